/** Test support for the deal components: a fetch stand-in that knows methods and records bodies. */
import { vi } from 'vitest';
import type { Me } from '../../api/types';
import { clearCache } from '../../ui/cache';
import type { Deal } from './api';

export type Call = { method: string; url: URL; body: unknown };
export type Handler = {
  method?: string;
  path: string | RegExp;
  status?: number;
  /** A value, or a function of the call (to answer differently over time). */
  body: unknown | ((call: Call, n: number) => unknown);
  statusOf?: (call: Call, n: number) => number;
};

export function fakeApi(handlers: Handler[]) {
  clearCache();
  const calls: Call[] = [];
  const counts = new Map<Handler, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method, url, body };
    calls.push(call);
    const h = handlers.find(
      (x) => (x.method ?? 'GET') === method && (typeof x.path === 'string' ? x.path === url.pathname : x.path.test(url.pathname)),
    );
    if (!h) {
      return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No route ${method} ${url.pathname}.` } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    }
    const n = counts.get(h) ?? 0;
    counts.set(h, n + 1);
    const payload = typeof h.body === 'function' ? (h.body as (c: Call, n: number) => unknown)(call, n) : h.body;
    const status = h.statusOf ? h.statusOf(call, n) : (h.status ?? 200);
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, posts: (path: string) => calls.filter((c) => c.method === 'POST' && c.url.pathname === path) };
}

export function meOf(over: Partial<Me> = {}): Me {
  return {
    user: { id: 'u1', email: 'shenzhen@demo.ittc', name: 'Li Wei', email_verified: true, roles: [], created_at: '2026-01-01T00:00:00Z' },
    memberships: [{ organization_id: 'org-sz', organization_name: 'Shenzhen Firm', organization_name_zh: '深圳公司', role: 'member' }],
    roles: [],
    csrf_token: 'csrf',
    auth: 'session',
    token_scope: null,
    ...over,
  } as Me;
}

export function dealOf(over: Partial<Deal> = {}): Deal {
  return {
    id: 'd1',
    listing_id: 'l1',
    listing: { id: 'l1', title: 'Picosecond laser scribing', kind: 'technology_offer', status: 'published' },
    owner_organization: { id: 'org-fr', name: 'Rhine Valley Institute', name_zh: null, country: 'DE' },
    interested_organization: { id: 'org-sz', name: 'Shenzhen Firm', name_zh: '深圳公司', country: 'CN' },
    stage: 'interest',
    cooperation_type: 'license',
    message: 'We would like to license this.',
    decline_reason: null,
    nda: { version: null, owner_accepted: null, interested_accepted: null, in_effect_since: null },
    agreement: null,
    registration: null,
    lost_reason: null,
    lost_reason_text: null,
    created_by_user_id: 'u1',
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-02T10:00:00Z',
    stage_changed_at: '2026-11-02T10:00:00Z',
    closed_at: null,
    publish_consent: { owner_at: null, interested_at: null },
    version: 1,
    my_roles: ['interested'],
    ...over,
  };
}
