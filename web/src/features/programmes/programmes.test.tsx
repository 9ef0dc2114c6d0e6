import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderAt } from '../../test-utils';
import { me, meRoute, sentBody, withSession } from '../funding/test-fixtures';
import type { Allocation, Performance, Programme } from './api';
import AllocationsPage from './allocations-page';
import ProgrammePage from './programme-page';
import ProgrammeReportPage from './programme-report-page';
import ProgrammesPage from './programmes-page';

afterEach(() => vi.unstubAllGlobals());

const programme: Programme = {
  id: 'p1', name: 'Technology Transfer Subsidy', name_zh: '技术转移补贴', description: '', owner_organization_id: null, currency: 'CNY', home_country: 'CN',
  start_year: 2025, end_year: 2026, status: 'active', manager_user_ids: ['u1'], budget_lines: [], targets: [], catalogue_version: 'kpi-1', version: 1,
  budget_this_year: { amount_minor: 1_500_000_000, currency: 'CNY' },
};
const kpi = (key: string, unit: string, target: number | null, verified: number, declared: number, cost: number | null) => ({
  kpi: key, unit, category: 'output', target, actual: verified + declared, verified, declared, attainment: target ? (verified + declared) / target : null, credit: null,
  cost_per_outcome: cost, cost_per_outcome_unit: '',
});
const year = (y: number, budget: number, spent: number, score: number | null) => ({
  year: y, budget: { amount_minor: budget, currency: 'CNY' }, spent: { amount_minor: spent, currency: 'CNY' }, execution_rate: budget ? spent / budget : null,
  grants_active: 3, grants_reported: 2,
  kpis: score === null ? [] : [kpi('contracts_registered', 'count', 4, 3, 1, 100_000_000), kpi('contract_value', 'CNY', 2_000_000_000, 1_000_000_000, 0, 0.4)],
  ipoe: { weights_version: 'ipoe-1', input: 0.5, process: 1, output: 0.6, effect: 0.4, score },
  notes: [],
});
const performance: Performance = {
  programme_id: 'p1', currency: 'CNY', score_weights: { version: 'ipoe-1', input: 15, process: 15, output: 35, effect: 35, declared_credit_percent: 80 },
  years: [year(2025, 1_000_000_000, 400_000_000, 49.3), year(2026, 1_000_000_000, 250_000_000, 61.4)], grants: [], contributions: [], notes: [],
};
const kpis = { match: (u: URL) => u.pathname === '/api/programmes/kpis', body: { version: 'kpi-1', items: [
  { key: 'contracts_registered', unit: 'count', category: 'output', en: 'Technology contracts registered', zh: '登记技术合同数', definition: '', source: '', automatic: true },
  { key: 'contract_value', unit: 'CNY', category: 'effect', en: 'Registered contract value', zh: '登记合同金额', definition: '', source: '', automatic: true },
] } };
const report = { id: 'or1', programme_id: 'p1', grant_id: 'g1', year: 2025, note: 'Spin-off founded.', values: [{ kpi: 'contracts_registered', value: 1, unit: 'count', declared: true, evidence: { kind: 'document', note: 'Contract', url: null } }], submitted_at: '2025-12-28T09:00:00Z' };
const dashboardRoutes = [
  meRoute(me({ roles: ['programme_manager'], memberships: [] })),
  kpis,
  { match: (u: URL) => u.pathname === '/api/programmes/p1', body: { programme, grants: [], deals: [], outcome_reports: [report] } },
  { match: (u: URL) => u.pathname === '/api/programmes/p1/performance', body: performance },
];

describe('programmes', () => {
  it('lists programmes with this year’s budget for a signed-in user', async () => {
    mockFetch([meRoute(me()), { match: (u) => u.pathname === '/api/programmes', body: { items: [programme] } }]);
    renderAt(withSession(<ProgrammesPage />), { url: '/programmes', path: '/programmes', language: 'zh-CN' });
    const card = await screen.findByTestId('programme-card');
    expect(card.textContent).toContain('技术转移补贴');
    expect(card.textContent).toContain('¥15,000,000');
  });

  it('shows the dashboard of the latest scored year: charts with tables, burn-down, cost per outcome, outcome reports', async () => {
    mockFetch(dashboardRoutes);
    renderAt(withSession(<ProgrammePage />), { url: '/programmes/p1', path: '/programmes/:id' });
    expect((await screen.findByTestId('ipoe-score', {}, { timeout: 5000 })).textContent).toBe('61.4');
    for (const id of ['chart-targets', 'chart-burn', 'chart-cost']) expect(screen.getByTestId(id).getAttribute('aria-label')).toBeTruthy();
    await within(screen.getByTestId('table-targets')).findByText('Technology contracts registered', {}, { timeout: 5000 });
    const targets = within(screen.getByTestId('table-targets')).getAllByRole('row').map((r) => r.textContent);
    expect(targets[1]).toBe('Technology contracts registered4431100%');
    const burn = within(screen.getByTestId('table-burn')).getAllByRole('row').map((r) => r.textContent);
    // 20 000 000 budgeted in all; 4 000 000 then 2 500 000 spent.
    expect(burn.slice(1)).toEqual(['2025CN¥10,000,000CN¥4,000,000CN¥4,000,000CN¥16,000,000', '2026CN¥10,000,000CN¥2,500,000CN¥6,500,000CN¥13,500,000']);
    expect(screen.getByTestId('table-cost').textContent).toContain('CN¥1,000,000 per unit');
    expect(screen.getByTestId('csv-link').getAttribute('href')).toBe('/api/programmes/p1/report.csv');
    expect(screen.getByTestId('outcome-reports').textContent).toContain('Spin-off founded.');
  });

  it('shows a refused programme as an error', async () => {
    mockFetch([meRoute(me()), { match: (u) => u.pathname.startsWith('/api/programmes/p1'), status: 404, body: { error: { code: 'PROGRAMME_NOT_FOUND', message: 'No such programme.' } } }]);
    renderAt(withSession(<ProgrammePage />), { url: '/programmes/p1', path: '/programmes/:id' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('No such programme.');
  });

  it('prints the report page with spending and top deals', async () => {
    mockFetch([
      meRoute(me()),
      kpis,
      {
        match: (u) => u.pathname === '/api/programmes/p1/report',
        body: {
          programme, generated_at: '2026-11-26T00:00:00Z', performance,
          spending: [{ year: 2025, key: 'vouchers', label: 'Vouchers', budget: { amount_minor: 1_000_000_000, currency: 'CNY' }, spent: { amount_minor: 400_000_000, currency: 'CNY' } }],
          outcome_reports: [], top_deals: [],
        },
      },
    ]);
    renderAt(withSession(<ProgrammeReportPage />), { url: '/programmes/p1/report', path: '/programmes/:id/report' });
    expect((await screen.findByTestId('report-spending')).textContent).toContain('VouchersCN¥10,000,000CN¥4,000,000');
    expect(screen.getByText('No registered deal is attached.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });

  it('proposes an allocation and approves it with an adjustment that still sums to the budget', async () => {
    const proposal: Allocation = {
      id: 'al1', period: 2027, budget: { amount_minor: 10_000_000_000, currency: 'CNY' }, policy_version: 'alloc-1', score_weights_version: 'ipoe-1', status: 'proposed', note: null,
      created_at: '2026-11-26T00:00:00Z', approved_at: null, approved_by_user_id: null, version: 1,
      lines: [
        { programme_id: 'p1', name: 'Subsidy', current_minor: 1_500_000_000, proposed_minor: 6_000_000_000, score: 61.4, reasons: ['Score 61.4 above the mean.'], approved_minor: null },
        { programme_id: 'p2', name: 'Cooperation', current_minor: 2_200_000_000, proposed_minor: 4_000_000_000, score: 40, reasons: ['Floor applies.'], approved_minor: null },
      ],
    };
    const { fetchMock } = mockFetch([
      meRoute(me({ roles: ['programme_manager'] })),
      { match: (u) => u.pathname === '/api/allocations', body: { items: [] } },
      { match: (u) => u.pathname === '/api/allocations/proposal', status: 201, body: proposal },
      { match: (u) => u.pathname === '/api/allocations/al1/approve', body: { ...proposal, status: 'approved', note: 'Shift to subsidy', lines: proposal.lines.map((l, i) => ({ ...l, approved_minor: i ? 3_900_000_000 : 6_100_000_000 })) } },
    ]);
    renderAt(withSession(<AllocationsPage />), { url: '/allocations', path: '/allocations' });
    fireEvent.change(await screen.findByLabelText('Period (year)'), { target: { value: '2027' } });
    fireEvent.change(screen.getByLabelText('Total budget'), { target: { value: '100000000' } });
    fireEvent.click(screen.getByTestId('propose-button'));
    expect((await screen.findByTestId('proposed-total')).textContent).toBe('CN¥100,000,000');
    expect(sentBody(fetchMock, '/proposal')).toEqual({ period: 2027, budget: { amount_minor: 10_000_000_000, currency: 'CNY' } });

    fireEvent.change(screen.getByLabelText('Adjusted amount for Subsidy'), { target: { value: '61000000' } });
    expect(await screen.findByText('The adjusted amounts sum to CN¥101,000,000; they must sum to the budget, CN¥100,000,000.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Adjusted amount for Cooperation'), { target: { value: '39000000' } });
    fireEvent.change(screen.getByLabelText('Why the adjustments (required)'), { target: { value: 'Shift to subsidy' } });
    fireEvent.click(screen.getByTestId('approve-button'));
    expect(await screen.findByText(/Approved; the programmes’ budgets for the period are set/)).toBeTruthy();
    expect(sentBody(fetchMock, '/approve')).toEqual({
      adjustments: [
        { programme_id: 'p1', amount_minor: 6_100_000_000 },
        { programme_id: 'p2', amount_minor: 3_900_000_000 },
      ],
      note: 'Shift to subsidy',
    });
  });
});
