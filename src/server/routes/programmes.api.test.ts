import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../../test/support/accounts.js';
import { testApp, type TestClock } from '../../../test/support/app.js';
import { testDatabases } from '../../../test/support/databases.js';
import type { AppDeps } from '../../compose.js';
import type { Deal } from '../../core/deals/deal.js';
import { assignReviewers } from '../../core/funding/assign-reviewers.js';
import { changeCallStatus } from '../../core/funding/change-call-status.js';
import { createCall } from '../../core/funding/create-call.js';
import { decideApplication } from '../../core/funding/decide-application.js';
import { releaseDisbursement } from '../../core/funding/release-disbursement.js';
import { submitApplication } from '../../core/funding/submit-application.js';
import { submitReview } from '../../core/funding/submit-review.js';
import { createListing } from '../../core/listings/create-listing.js';
import { createOrganization } from '../../core/organizations/manage-organization.js';
import { SYSTEM } from '../../core/shared/actor.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';

/**
 * A programme manager defines programmes, attaches grants and deals, reads performance that
 * traces to outcomes in the database, reports (JSON, CSV, HTML) and gets, adjusts and approves
 * an allocation proposal. KPI values in the wrong unit are refused and nothing is written.
 */
describe.each(testDatabases())('programmes API on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let clock: TestClock;
  const org = {} as Record<'commission' | 'fund' | 'firm' | 'lab', string>;
  const u = {} as Record<'pm1' | 'pm2' | 'recipient' | 'stranger', TestUser>;
  let grantId: string;
  let dealId: string;
  let p1: string;
  let p2: string;
  let proposalId: string;

  const post = (user: TestUser | null, url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: user ? user.headers() : {} });
  const get = (user: TestUser | null, url: string) => app.inject({ method: 'GET', url, headers: user ? user.headers() : {} });
  const count = async (table: string) =>
    Number(((await deps.database.db.selectFrom(table as 'organizations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()) as { n: unknown }).n);

  const programmeBody = (over: Record<string, unknown> = {}) => ({
    name: 'Technology transfer subsidy',
    name_zh: '技术转移补贴计划',
    description: 'Subsidizes the licensing of university technology by Shenzhen SMEs.',
    owner_organization_id: org.commission,
    currency: 'CNY',
    home_country: 'CN',
    start_year: 2025,
    end_year: 2027,
    budget_lines: [
      { year: 2026, key: 'grants', label: 'Grants to projects', amount_minor: 3_000_000_000 },
      { year: 2026, key: 'services', label: 'Transfer services', amount_minor: 1_000_000_000 },
      { year: 2027, key: 'grants', label: 'Grants to projects', amount_minor: 3_000_000_000 },
    ],
    targets: [
      { year: 2026, kpi: 'contracts_registered', value: 4 },
      { year: 2026, kpi: 'contract_value', value: 1_000_000_000 },
      { year: 2026, kpi: 'startups_formed', value: 2 },
    ],
    ...over,
  });

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps, clock } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    const mk = async (name: string, type: string, country: string, sizeClass: string | null) =>
      (await createOrganization(deps.organizations, SYSTEM, { name, type, country, region: 'Guangdong', sizeClass })).id;
    org.commission = await mk('Shenzhen S&T Innovation Commission', 'government', 'CN', null);
    org.fund = await mk('Shenzhen Transfer Fund', 'government', 'CN', null);
    org.firm = await mk('Longgang Photonics', 'enterprise', 'CN', '11-49');
    org.lab = await mk('Lake Constance Photonics Lab', 'research_institute', 'DE', '50-249');

    // A grant awarded and partly disbursed in 2026, made through the funding use cases.
    clock.set(new Date('2026-02-01T08:00:00Z'));
    const reviewer = await createTestUser(deps);
    const call = await createCall(deps.funding, SYSTEM, {
      funderOrganizationId: org.fund,
      title: 'Photonics adoption grants 2026',
      instrument: 'grant',
      currency: 'CNY',
      budgetMinor: 500_000_000,
      ceilingMinor: 200_000_000,
      criteria: [{ key: 'impact', label: 'Impact', weight: 100 }],
      opensOn: '2026-02-01',
      closesOn: '2026-03-31',
    });
    await changeCallStatus(deps.funding, SYSTEM, call.id, 1, 'publish');
    const application = await submitApplication(deps.funding, SYSTEM, call.id, {
      applicantOrganizationId: org.firm,
      title: 'Licensing a laser cleaning head',
      plan: 'License and industrialize.',
      requestedMinor: 200_000_000,
      milestones: [
        { title: 'License signed', dueOn: '2026-05-31', amountMinor: 100_000_000 },
        { title: 'First sales', dueOn: '2026-12-31', amountMinor: 100_000_000 },
      ],
    });
    const [assignment] = await assignReviewers(deps.funding, SYSTEM, call.id, { reviewerUserId: reviewer.id, applicationIds: [application.id] });
    await submitReview(deps.funding, SYSTEM, assignment!.id, { scores: [{ criterionKey: 'impact', score: 8 }], declaresNoConflict: true });
    clock.set(new Date('2026-04-15T08:00:00Z'));
    const { grant } = await decideApplication(deps.funding, SYSTEM, call.id, { applicationId: application.id, decision: 'award', amountMinor: 200_000_000 });
    grantId = grant!.id;
    clock.set(new Date('2026-06-10T08:00:00Z'));
    await releaseDisbursement(deps.funding, SYSTEM, grantId, 1, 1);

    // A deal registered in 2026: a German lab licensed its technology to the Shenzhen firm.
    const listing = await createListing(deps.listings, SYSTEM, {
      kind: 'technology_offer',
      language: 'en',
      title: 'Ultrafast laser cleaning head',
      summary: 'Laser cleaning of moulds.',
      sectors: ['wipo-09'],
      country: 'DE',
      ownerOrganizationId: org.lab,
    });
    const at = new Date('2026-09-01T08:00:00Z');
    const deal: Deal = {
      id: deps.ids.newId(),
      listingId: listing.id,
      ownerOrganizationId: org.lab,
      interestedOrganizationId: org.firm,
      createdByUserId: null,
      stage: 'registered',
      message: 'We would like to license it.',
      cooperationType: 'license',
      declineReason: null,
      ndaVersion: null,
      ndaOwnerAcceptance: null,
      ndaInterestedAcceptance: null,
      ndaUnlockedAt: null,
      agreement: { type: 'license_exclusive', valueMinor: 10_000_000, currency: 'EUR', signedOn: '2026-08-20' },
      registration: {
        registrationNumber: '2026440300012345',
        registry: 'Shenzhen Technology Contract Registration Office',
        registeredOn: '2026-09-01',
        buyerCountry: 'CN',
        buyerRegion: 'Guangdong',
        sellerCountry: 'DE',
        sellerRegion: 'Baden-Württemberg',
        valueMinor: 10_000_000,
        currency: 'EUR',
      },
      lostReason: null,
      lostReasonText: null,
      createdAt: at,
      updatedAt: at,
      stageChangedAt: at,
      closedAt: null,
      publishConsentOwnerAt: null,
      publishConsentInterestedAt: null,
      version: 1,
    };
    await deps.deals.deals.insert(deal);
    dealId = deal.id;

    clock.set(new Date('2026-11-26T09:00:00Z'));
    u.pm1 = await createTestUser(deps, { roles: ['programme_manager'] });
    u.pm2 = await createTestUser(deps, { roles: ['programme_manager'] });
    u.recipient = await createTestUser(deps, { memberOf: [org.firm] });
    u.stranger = await createTestUser(deps, { memberOf: [org.lab] });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('publishes the KPI catalogue with units and sources', async () => {
    const r = (await get(null, '/api/programmes/kpis')).json();
    expect(r.version).toBe('kpi-2026.1');
    expect(r.items).toHaveLength(12);
    expect(r.items.find((k: { key: string }) => k.key === 'license_income')).toMatchObject({ unit: 'money', automatic: false, source: expect.stringContaining('AUTM') });
  });

  it('lets programme managers create programmes and refuses others', async () => {
    expect((await post(u.recipient, '/api/programmes', programmeBody())).json().error.code).toBe('PERMISSION_DENIED');
    const bad = await post(u.pm1, '/api/programmes', programmeBody({ targets: [{ year: 2026, kpi: 'happiness', value: 3 }] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'PROGRAMME_KPI_UNKNOWN', details: { issues: [{ path: 'targets.0.kpi' }] } });

    const r = await post(u.pm1, '/api/programmes', programmeBody());
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'active', manager_user_ids: [u.pm1.id], targets: [{ kpi: 'contract_value', unit: 'CNY' }, { kpi: 'contracts_registered', unit: 'count' }, { kpi: 'startups_formed' }] });
    p1 = r.json().id;
    const r2 = await post(u.pm1, '/api/programmes', programmeBody({
      name: 'International cooperation programme',
      name_zh: null,
      budget_lines: [{ year: 2026, key: 'cooperation', label: 'Joint projects', amount_minor: 2_500_000_000 }],
      targets: [{ year: 2026, kpi: 'international_transfers_inbound', value: 10 }],
    }));
    p2 = r2.json().id;
    expect((await get(u.stranger, '/api/programmes')).json().items.map((p: { id: string }) => p.id).sort()).toEqual([p1, p2].sort());
    expect((await get(null, '/api/programmes')).statusCode).toBe(401);
  });

  it('lets only a programme’s managers change it', async () => {
    const r = await app.inject({ method: 'PATCH', url: `/api/programmes/${p1}`, headers: u.pm2.headers(), payload: { version: 1, description: 'Hijacked' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('PROGRAMME_FORBIDDEN');
    const ok = await app.inject({ method: 'PATCH', url: `/api/programmes/${p1}`, headers: u.pm1.headers(), payload: { version: 1, description: 'Licensing subsidies for SMEs.' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, description: 'Licensing subsidies for SMEs.' });
  });

  it('attaches a grant (once) and a deal to a programme', async () => {
    const g = await post(u.pm1, `/api/programmes/${p1}/grants`, { grant_id: grantId, budget_line_key: 'grants' });
    expect(g.statusCode).toBe(201);
    const again = await post(u.pm1, `/api/programmes/${p2}/grants`, { grant_id: grantId });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PROGRAMME_GRANT_ALREADY_ATTACHED');
    const unknownLine = await post(u.pm1, `/api/programmes/${p2}/grants`, { grant_id: grantId, budget_line_key: 'nope' });
    expect(unknownLine.json().error.code).toBe('PROGRAMME_BUDGET_LINE_UNKNOWN');
    const d = await post(u.pm1, `/api/programmes/${p1}/deals`, { deal_id: dealId, grant_id: grantId });
    expect(d.statusCode).toBe(201);
    const detail = (await get(u.pm2, `/api/programmes/${p1}`)).json();
    expect(detail.grants).toMatchObject([{ grant_id: grantId, budget_line_key: 'grants' }]);
    expect(detail.deals).toMatchObject([{ deal_id: dealId, grant_id: grantId }]);
  });

  it('refuses KPI values in the wrong unit and writes nothing', async () => {
    const before = await count('outcome_reports');
    const evidence = { kind: 'document', note: 'Company registration certificate' };
    const countAsMoney = await post(u.recipient, `/api/programmes/${p1}/outcome-reports`, { grant_id: grantId, year: 2026, values: [{ kpi: 'startups_formed', value: 2, unit: 'CNY', evidence }] });
    expect(countAsMoney.statusCode).toBe(400);
    expect(countAsMoney.json().error).toMatchObject({ code: 'PROGRAMME_KPI_UNIT_MISMATCH', details: { issues: [{ path: 'values.0.unit' }] } });
    const wrongCurrency = await post(u.recipient, `/api/programmes/${p1}/outcome-reports`, { grant_id: grantId, year: 2026, values: [{ kpi: 'license_income', value: 500_000, unit: 'USD', evidence }] });
    expect(wrongCurrency.json().error.code).toBe('PROGRAMME_KPI_UNIT_MISMATCH');
    const noEvidence = await post(u.recipient, `/api/programmes/${p1}/outcome-reports`, { grant_id: grantId, year: 2026, values: [{ kpi: 'startups_formed', value: 2, unit: 'count' }] });
    expect(noEvidence.json().error.code).toBe('PROGRAMME_EVIDENCE_REQUIRED');
    const future = await post(u.recipient, `/api/programmes/${p1}/outcome-reports`, { grant_id: grantId, year: 2027, values: [{ kpi: 'startups_formed', value: 2, unit: 'count', evidence }] });
    expect(future.json().error.code).toBe('PROGRAMME_REPORT_YEAR_INVALID');
    const stranger = await post(u.stranger, `/api/programmes/${p1}/outcome-reports`, { grant_id: grantId, year: 2026, values: [{ kpi: 'startups_formed', value: 2, unit: 'count', evidence }] });
    expect(stranger.statusCode).toBe(403);
    expect(await count('outcome_reports')).toBe(before);
  });

  it('takes the grant recipient’s outcome report, declared and flagged, once a year', async () => {
    const body = {
      grant_id: grantId,
      year: 2026,
      note: 'First year of the project.',
      values: [
        { kpi: 'startups_formed', value: 1, unit: 'count', evidence: { kind: 'url', note: 'Business licence', url: 'https://example.org/licence.pdf' } },
        { kpi: 'jobs_created', value: 12, unit: 'count', evidence: { kind: 'statement', note: 'Payroll summary signed by the CFO' } },
      ],
    };
    const r = await post(u.recipient, `/api/programmes/${p1}/outcome-reports`, body);
    expect(r.statusCode).toBe(201);
    expect(r.json().values).toMatchObject([{ kpi: 'startups_formed', declared: true, evidence: { kind: 'url' } }, { kpi: 'jobs_created', value: 12 }]);
    const again = await post(u.recipient, `/api/programmes/${p1}/outcome-reports`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PROGRAMME_REPORT_EXISTS');
  });

  it('measures performance: verified values from the deal, declared ones flagged, spending from disbursements', async () => {
    const r = await get(u.stranger, `/api/programmes/${p1}/performance`);
    expect(r.statusCode).toBe(200);
    const perf = r.json();
    const y2026 = perf.years.find((y: { year: number }) => y.year === 2026);
    const kpi = (k: string) => y2026.kpis.find((x: { kpi: string }) => x.kpi === k);
    expect(y2026).toMatchObject({ budget: { amount_minor: 4_000_000_000 }, spent: { amount_minor: 100_000_000 }, execution_rate: 0.025, grants_active: 1, grants_reported: 1 });
    // EUR 100,000.00 at the seeded 7.83 CNY per EUR: CNY 783,000.00.
    expect(kpi('contracts_registered')).toMatchObject({ target: 4, verified: 1, declared: 0, attainment: 0.25, cost_per_outcome: 100_000_000 });
    expect(kpi('contract_value')).toMatchObject({ target: 1_000_000_000, verified: 78_300_000, attainment: 0.0783 });
    expect(kpi('licenses_executed')).toMatchObject({ verified: 1, target: null });
    expect(kpi('international_transfers_inbound')).toMatchObject({ verified: 1 });
    expect(kpi('startups_formed')).toMatchObject({ declared: 1, verified: 0, attainment: 0.5, credit: 0.4 });
    // input 0.025, process 1, output 0.25, effect (0.0783 + 0.4) / 2 = 0.23915 -> 0.2392:
    // 15×0.025 + 15×1 + 35×0.25 + 35×0.2392 = 0.375 + 15 + 8.75 + 8.372 = 32.497 -> 32.5
    expect(y2026.ipoe).toMatchObject({ input: 0.025, process: 1, output: 0.25, effect: 0.2392, score: 32.5 });
    expect(perf.contributions.filter((c: { deal_id: string }) => c.deal_id === dealId).map((c: { kpi: string }) => c.kpi).sort()).toEqual([
      'contract_value',
      'contracts_registered',
      'international_transfers_inbound',
      'licenses_executed',
    ]);
    expect(perf.grants[0]).toMatchObject({ grant_id: grantId, amount: { amount_minor: 200_000_000 }, disbursed: { amount_minor: 100_000_000 }, execution_rate: 0.5, years_reported: [2026] });
  });

  it('serves the report as JSON, CSV and a print-styled HTML page', async () => {
    const json = (await get(u.pm2, `/api/programmes/${p1}/report`)).json();
    expect(json.top_deals).toMatchObject([{ deal_id: dealId, title: 'Ultrafast laser cleaning head', value: { amount_minor: 78_300_000, currency: 'CNY' }, seller_country: 'DE' }]);
    expect(json.spending).toEqual(
      expect.arrayContaining([{ year: 2026, key: 'grants', label: 'Grants to projects', budget: { amount_minor: 3_000_000_000, currency: 'CNY' }, spent: { amount_minor: 100_000_000, currency: 'CNY' } }]),
    );

    const csv = await get(u.pm2, `/api/programmes/${p1}/report.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('section,year,item,unit,target,actual,verified,declared,rate,credit,cost_per_outcome,note');
    expect(lines).toContain('kpi,2026,contracts_registered,count,4,1,1,0,0.25,0.25,100000000,');
    expect(lines.some((l) => l.startsWith('declared,2026,startups_formed,count,,1,,1,'))).toBe(true);

    const html = await get(u.pm2, `/api/programmes/${p1}/report.html`);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('Technology transfer subsidy');
    expect(html.body).toContain('@media print');
    expect(html.body).toContain('<span class="flag">declared</span>');
    expect(html.body).not.toContain('<script');
    expect((await get(null, `/api/programmes/${p1}/report.html`)).statusCode).toBe(401);
  });

  it('proposes an allocation that sums exactly to the budget, side by side with the current one', async () => {
    expect((await post(u.recipient, '/api/allocations/proposal', { period: 2027, budget: { amount_minor: 7_000_000_001, currency: 'CNY' } })).statusCode).toBe(403);
    const r = await post(u.pm2, '/api/allocations/proposal', { period: 2027, budget: { amount_minor: 7_000_000_001, currency: 'CNY' } });
    expect(r.statusCode).toBe(201);
    const proposal = r.json();
    proposalId = proposal.id;
    expect(proposal).toMatchObject({ period: 2027, status: 'proposed', policy_version: 'alloc-2026.1', score_weights_version: 'ipoe-2026.1' });
    const lines = proposal.lines as { programme_id: string; current_minor: number; proposed_minor: number; score: number | null; reasons: string[] }[];
    expect(lines.map((l) => l.programme_id).sort()).toEqual([p1, p2].sort());
    expect(lines.reduce((s, l) => s + l.proposed_minor, 0)).toBe(7_000_000_001);
    const l1 = lines.find((l) => l.programme_id === p1)!;
    expect(l1).toMatchObject({ current_minor: 4_000_000_000, score: 32.5 });
    expect(l1.reasons[0]).toMatch(/^Score 32\.50 for 2026/);
    // P2 spent nothing and brought in no transfer (score 0): it falls to its floor, 80% of its baseline, and P1 takes the rest.
    const l2 = lines.find((l) => l.programme_id === p2)!;
    expect(l2.score).toBe(0);
    expect(l2.reasons).toContain('Raised to the floor 21,538,461.55 CNY (80% of baseline).');
    expect(l2.proposed_minor).toBe(2_153_846_155);
    expect(l1.proposed_minor).toBe(7_000_000_001 - 2_153_846_155);
  });

  it('approves an adjusted allocation only when it still sums to the budget, and sets next year’s budgets', async () => {
    const proposal = (await get(u.pm1, `/api/allocations/${proposalId}`)).json();
    const [a, b] = proposal.lines as { programme_id: string; proposed_minor: number }[];
    const bad = await post(u.pm1, `/api/allocations/${proposalId}/approve`, { adjustments: [{ programme_id: a!.programme_id, amount_minor: a!.proposed_minor + 100 }], note: 'More for A.' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'PROGRAMME_ALLOCATION_SUM_MISMATCH', details: { difference_minor: 100 } });
    const silent = await post(u.pm1, `/api/allocations/${proposalId}/approve`, {
      adjustments: [
        { programme_id: a!.programme_id, amount_minor: a!.proposed_minor + 100 },
        { programme_id: b!.programme_id, amount_minor: b!.proposed_minor - 100 },
      ],
    });
    expect(silent.json().error.code).toBe('PROGRAMME_ALLOCATION_INVALID');

    const ok = await post(u.pm1, `/api/allocations/${proposalId}/approve`, {
      adjustments: [
        { programme_id: a!.programme_id, amount_minor: a!.proposed_minor + 100 },
        { programme_id: b!.programme_id, amount_minor: b!.proposed_minor - 100 },
      ],
      note: 'Round figures agreed with the finance bureau.',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', approved_by_user_id: u.pm1.id, note: 'Round figures agreed with the finance bureau.' });
    const approvedA = a!.proposed_minor + 100;
    const prog = (await get(u.pm1, `/api/programmes/${a!.programme_id}`)).json().programme;
    expect(prog.budget_lines.filter((l: { year: number }) => l.year === 2027).reduce((s: number, l: { amount_minor: number }) => s + l.amount_minor, 0)).toBe(approvedA);

    const audit = await deps.audit.list({ entityType: 'allocation', entityId: proposalId }, { page: 1, pageSize: 10 });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['allocation.approve', 'allocation.propose']);
    const approveEntry = audit.items.find((e) => e.action === 'allocation.approve')!;
    expect((approveEntry.summary.note as { adjusted: unknown[] }).adjusted).toEqual(
      expect.arrayContaining([
        { programme_id: a!.programme_id, proposed_minor: a!.proposed_minor, approved_minor: approvedA },
        { programme_id: b!.programme_id, proposed_minor: b!.proposed_minor, approved_minor: b!.proposed_minor - 100 },
      ]),
    );

    const twice = await post(u.pm1, `/api/allocations/${proposalId}/approve`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('PROGRAMME_ALLOCATION_ALREADY_APPROVED');
  });
});
