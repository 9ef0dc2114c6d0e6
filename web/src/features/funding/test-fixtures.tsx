import type { ReactElement } from 'react';
import type { Me } from '../../api/types';
import { SessionProvider } from '../../ui/session';
import type { FakeRoute } from '../../test-utils';
import type { Application, Call } from './api';

/** Fixtures shared by the funding and programmes component tests. */
export const call: Call = {
  id: 'c1',
  funder_organization_id: 'fund',
  title: 'Robotics adoption voucher 2026',
  theme: 'SMEs adopting collaborative robots',
  description: 'Vouchers for licensing university technology.',
  sectors: ['ind-robotics'],
  trl_min: 4,
  trl_max: 7,
  instrument: 'voucher',
  budget: { amount_minor: 1_000_000_000, currency: 'USD' },
  ceiling: { amount_minor: 50_000_000, currency: 'USD' },
  eligibility: { organization_types: ['enterprise'], countries: ['CN'], regions: ['Guangdong'], size_classes: [] },
  criteria: [
    { key: 'impact', label: 'Impact', weight: 60 },
    { key: 'team', label: 'Team', weight: 40 },
  ],
  score_scale: { min: 0, max: 10 },
  opens_on: '2026-01-01',
  closes_on: '2099-12-31',
  status: 'published',
  is_open: true,
  awarded: { amount_minor: 0, currency: 'USD' },
  published_at: '2026-01-01T00:00:00Z',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  version: 2,
};

export const application: Application = {
  id: 'a1',
  call_id: 'c1',
  applicant_organization_id: 'firm',
  listing_id: null,
  title: 'Cobot deburring cell',
  plan: 'License and integrate.',
  requested: { amount_minor: 40_000_000, currency: 'USD' },
  co_funding: { amount_minor: 10_000_000, currency: 'USD' },
  trl: 6,
  milestones: [{ seq: 1, title: 'Pilot', due_on: '2026-09-30', amount_minor: 40_000_000 }],
  status: 'submitted',
  submitted_at: '2026-02-01T00:00:00Z',
  decided_at: null,
  version: 1,
  ranking: { rank: 1, score: 7.6, review_count: 2, criterion_means: { impact: 8, team: 7 } },
};

export const me = (over: Partial<Me> = {}): Me => ({
  user: { id: 'u1', email: 'a@example.org', name: 'Ada', email_verified: true, roles: [], created_at: '2026-01-01T00:00:00Z' } as Me['user'],
  memberships: [{ organization_id: 'firm', organization_name: 'Pearl Robotics', organization_name_zh: '珠江机器人', role: 'member' }],
  roles: [],
  csrf_token: 'csrf',
  auth: 'session',
  token_scope: null,
  ...over,
});

export const meRoute = (value: Me | null): FakeRoute =>
  value ? { match: (u) => u.pathname === '/api/me', body: value } : { match: (u) => u.pathname === '/api/me', status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Sign in.' } } };

export const orgRoute: FakeRoute = {
  match: (u) => u.pathname.startsWith('/api/organizations/'),
  body: { id: 'firm', name: 'Pearl Robotics', name_zh: '珠江机器人', type: 'enterprise', country: 'CN', region: 'Guangdong', size_class: '11-49' },
};

export const withSession = (element: ReactElement) => <SessionProvider>{element}</SessionProvider>;

/** The JSON body of the first request fetch was called with whose URL ends with `suffix` (and, if given, method). */
export function sentBody(fetchMock: { mock: { calls: unknown[][] } }, suffix: string, method = 'POST'): unknown {
  const call = fetchMock.mock.calls.find(([u, init]) => String(u).split('?')[0]!.endsWith(suffix) && (init as RequestInit | undefined)?.method === method);
  if (!call) throw new Error(`no ${method} ${suffix}`);
  return JSON.parse(String((call[1] as RequestInit).body));
}
