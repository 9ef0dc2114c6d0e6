import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../../test/support/accounts.js';
import { testApp, type TestClock } from '../../../test/support/app.js';
import { testDatabases } from '../../../test/support/databases.js';
import type { AppDeps } from '../../compose.js';
import { signIn } from '../../core/accounts/sign-in.js';
import { createOrganization } from '../../core/organizations/manage-organization.js';
import { SYSTEM } from '../../core/shared/actor.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';
import { SESSION_COOKIE } from '../auth.js';

/**
 * A funder runs a call from publication to awards: eligibility, deadline, reviewers and their
 * conflicts of interest, scores, ranking, the budget and ceiling on awards, grants with
 * milestone disbursements. Every refusal writes nothing.
 */
describe.each(testDatabases())('funding API on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let clock: TestClock;
  const org = {} as Record<'funder' | 'firmA' | 'firmB' | 'uni' | 'reviewers' | 'firm', string>;
  const u = {} as Record<'funder' | 'applicantA' | 'applicantB' | 'uniUser' | 'reviewer' | 'conflicted' | 'stranger', TestUser>;
  let callId: string;
  let appA: string;
  let appB: string;

  const post = (user: TestUser | null, url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: user ? user.headers() : {} });
  const get = (user: TestUser | null, url: string) => app.inject({ method: 'GET', url, headers: user ? user.headers() : {} });
  const callBody = (over: Record<string, unknown> = {}) => ({
    funder_organization_id: org.funder,
    title: 'Shenzhen SME technology adoption voucher 2026',
    theme: 'SMEs adopting university technology',
    sectors: ['ind-robotics', 'wipo-12'],
    trl_min: 4,
    trl_max: 8,
    instrument: 'voucher',
    budget: { amount_minor: 10_000_000, currency: 'CNY' },
    ceiling: { amount_minor: 6_000_000, currency: 'CNY' },
    eligibility: { organization_types: ['enterprise'], countries: ['CN'], regions: ['Guangdong'], size_classes: ['11-49', '50-249'] },
    criteria: [
      { key: 'impact', label: 'Economic impact', weight: 50 },
      { key: 'feasibility', label: 'Feasibility', weight: 30 },
      { key: 'team', label: 'Team', weight: 20 },
    ],
    opens_on: '2026-03-01',
    closes_on: '2026-04-30',
    ...over,
  });
  const applicationBody = (orgId: string, over: Record<string, unknown> = {}) => ({
    applicant_organization_id: orgId,
    title: 'Vision-guided deburring cell',
    plan: 'License the university’s defect detection and integrate it into our deburring line.',
    requested: { amount_minor: 6_000_000, currency: 'CNY' },
    co_funding: { amount_minor: 2_000_000, currency: 'CNY' },
    trl: 6,
    milestones: [
      { title: 'License signed and pilot cell built', due_on: '2026-07-31', amount_minor: 3_000_000 },
      { title: 'Line in production', due_on: '2026-12-15', amount_minor: 2_000_000 },
      { title: 'Six months of operation', due_on: '2027-06-30', amount_minor: 1_000_000 },
    ],
    ...over,
  });
  /** Sessions end when the test clock jumps weeks ahead: sign everyone in again. */
  const signInAgain = async () => {
    for (const k of Object.keys(u) as (keyof typeof u)[]) {
      const t = u[k];
      const { session, sessionToken } = await signIn(deps.accounts, { email: t.email, password: t.password });
      const cookie = `${SESSION_COOKIE}=${sessionToken}`;
      u[k] = { ...t, cookie, csrf: session.csrfToken, headers: (extra = {}) => ({ cookie, 'x-csrf-token': session.csrfToken, ...extra }) };
    }
  };
  const count = async (table: string) =>
    Number(((await deps.database.db.selectFrom(table as 'organizations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()) as { n: unknown }).n);

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps, clock } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    clock.set(new Date('2026-03-10T02:00:00Z'));
    const mk = async (name: string, type: string, country: string, region: string | null, sizeClass: string | null) =>
      (await createOrganization(deps.organizations, SYSTEM, { name, type, country, region, sizeClass })).id;
    org.funder = await mk('Shenzhen Science and Technology Innovation Fund', 'government', 'CN', 'Guangdong', null);
    org.firmA = await mk('Pearl River Precision Robotics', 'enterprise', 'CN', 'Guangdong', '11-49');
    org.firmB = await mk('Bao’an Smart Sensors', 'enterprise', 'CN', 'Guangdong', '50-249');
    org.uni = await mk('Alpine Technical University', 'university', 'AT', 'Tyrol', '250+');
    org.reviewers = await mk('Independent Review Panel', 'intermediary', 'CN', 'Guangdong', null);
    org.firm = await mk('Nanshan Motion Ltd', 'enterprise', 'CN', 'Guangdong', '11-49');
    u.funder = await createTestUser(deps, { roles: ['funder'], memberOf: [org.funder] });
    u.applicantA = await createTestUser(deps, { memberOf: [org.firmA] });
    u.applicantB = await createTestUser(deps, { memberOf: [org.firmB] });
    u.uniUser = await createTestUser(deps, { memberOf: [org.uni] });
    u.reviewer = await createTestUser(deps, { memberOf: [org.reviewers] });
    u.conflicted = await createTestUser(deps, { memberOf: [org.reviewers, org.firmA] });
    u.stranger = await createTestUser(deps, { roles: ['funder'], memberOf: [org.firm] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lets a funder create a draft call and refuses others', async () => {
    const stranger = await post(u.stranger, '/api/calls', callBody());
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error.code).toBe('FUNDING_FORBIDDEN');
    const notFunderOrg = await post(u.stranger, '/api/calls', callBody({ funder_organization_id: org.firm }));
    expect(notFunderOrg.statusCode).toBe(422);
    expect(notFunderOrg.json().error.code).toBe('FUNDING_FUNDER_INVALID');
    const anon = await post(null, '/api/calls', callBody());
    expect(anon.statusCode).toBe(401);

    const r = await post(u.funder, '/api/calls', callBody());
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'draft', budget: { amount_minor: 10_000_000, currency: 'CNY' }, score_scale: { min: 0, max: 10 }, is_open: false });
    callId = r.json().id;
    expect((await get(null, `/api/calls/${callId}`)).statusCode).toBe(404);
  });

  it('refuses criteria whose weights do not sum to 100', async () => {
    const r = await post(u.funder, '/api/calls', callBody({ criteria: [{ key: 'impact', label: 'Impact', weight: 70 }] }));
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'FUNDING_CRITERIA_INVALID', details: { issues: [{ path: 'criteria' }] } });
  });

  it('publishes the call: open to everyone', async () => {
    const r = await post(u.funder, `/api/calls/${callId}/publish`, { version: 1 });
    expect(r.statusCode).toBe(200);
    const pub = await get(null, `/api/calls/${callId}`);
    expect(pub.json()).toMatchObject({ status: 'published', is_open: true, awarded: { amount_minor: 0 } });
    expect((await get(null, '/api/calls')).json().items.map((c: { id: string }) => c.id)).toContain(callId);
  });

  it('accepts applications from eligible organizations', async () => {
    const a = await post(u.applicantA, `/api/calls/${callId}/applications`, applicationBody(org.firmA));
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ status: 'submitted', requested: { amount_minor: 6_000_000 }, milestones: [{ seq: 1 }, { seq: 2 }, { seq: 3 }] });
    appA = a.json().id;
    const b = await post(u.applicantB, `/api/calls/${callId}/applications`, applicationBody(org.firmB, { title: 'Sensor calibration by transfer learning', requested: { amount_minor: 5_000_000, currency: 'CNY' }, milestones: [{ title: 'Prototype', due_on: '2026-09-30', amount_minor: 5_000_000 }] }));
    expect(b.statusCode).toBe(201);
    appB = b.json().id;
    const again = await post(u.applicantA, `/api/calls/${callId}/applications`, applicationBody(org.firmA));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('FUNDING_APPLICATION_DUPLICATE');
  });

  it('refuses an ineligible applicant with every reason and writes nothing', async () => {
    const before = await count('funding_applications');
    const r = await post(u.uniUser, `/api/calls/${callId}/applications`, applicationBody(org.uni, { trl: 2 }));
    expect(r.statusCode).toBe(422);
    const err = r.json().error;
    expect(err.code).toBe('FUNDING_NOT_ELIGIBLE');
    expect(err.details.reasons.map((x: { rule: string }) => x.rule)).toEqual(['organization_type', 'country', 'region', 'size_class', 'trl']);
    expect(await count('funding_applications')).toBe(before);
  });

  it('refuses a request above the ceiling, and applying for an organization one does not belong to', async () => {
    const above = await post(u.applicantB, `/api/calls/${callId}/applications`, applicationBody(org.firm, { requested: { amount_minor: 7_000_000, currency: 'CNY' } }));
    expect(above.json().error.code).toBe('FUNDING_APPLICANT_INVALID');
    const firmUser = await createTestUser(deps, { memberOf: [org.firm] });
    const r = await post(firmUser, `/api/calls/${callId}/applications`, applicationBody(org.firm, { requested: { amount_minor: 7_000_000, currency: 'CNY' }, milestones: [{ title: 'All', due_on: '2026-12-01', amount_minor: 7_000_000 }] }));
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('FUNDING_REQUEST_ABOVE_CEILING');
  });

  it('refuses a conflicted reviewer and assigns an independent one', async () => {
    const before = await count('funding_review_assignments');
    const c = await post(u.funder, `/api/calls/${callId}/assignments`, { reviewer_user_id: u.conflicted.id, application_ids: [appB, appA] });
    expect(c.statusCode).toBe(409);
    expect(c.json().error).toMatchObject({ code: 'FUNDING_REVIEWER_CONFLICT', details: { application_id: appA } });
    expect(await count('funding_review_assignments')).toBe(before);
    const notManager = await post(u.stranger, `/api/calls/${callId}/assignments`, { reviewer_user_id: u.reviewer.id, application_ids: [appA] });
    expect(notManager.statusCode).toBe(403);

    const ok = await post(u.funder, `/api/calls/${callId}/assignments`, { reviewer_user_id: u.reviewer.id, application_ids: [appA, appB] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().items).toHaveLength(2);
    const conflictOnB = await post(u.funder, `/api/calls/${callId}/assignments`, { reviewer_user_id: u.conflicted.id, application_ids: [appB] });
    expect(conflictOnB.statusCode).toBe(201);
  });

  it('refuses an application after the deadline and writes nothing', async () => {
    clock.set(new Date('2026-05-01T00:30:00Z'));
    await signInAgain();
    const before = await count('funding_applications');
    const firmUser = await createTestUser(deps, { memberOf: [org.firm] });
    const r = await post(firmUser, `/api/calls/${callId}/applications`, applicationBody(org.firm));
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toMatchObject({ code: 'FUNDING_DEADLINE_PASSED', details: { closes_on: '2026-04-30' } });
    expect(await count('funding_applications')).toBe(before);
  });

  it('shows reviewers only their own assignments and lets only them review', async () => {
    const mine = (await get(u.reviewer, '/api/review-assignments')).json();
    expect(mine.items).toHaveLength(2);
    expect(mine.conflict_declaration).toMatch(/no conflict of interest/);
    expect((await get(u.stranger, '/api/review-assignments')).json().items).toEqual([]);
    const assignmentA = mine.items.find((i: { application: { id: string } }) => i.application.id === appA).assignment.id;
    const scores = [
      { criterion_key: 'impact', score: 8, comment: 'Clear market.' },
      { criterion_key: 'feasibility', score: 6 },
      { criterion_key: 'team', score: 5 },
    ];
    const byOther = await post(u.stranger, `/api/review-assignments/${assignmentA}/review`, { scores, declares_no_conflict: true });
    expect(byOther.statusCode).toBe(404);
    expect(byOther.json().error.code).toBe('FUNDING_ASSIGNMENT_NOT_FOUND');
    expect((await get(u.stranger, `/api/applications/${appA}`)).statusCode).toBe(404);
    expect((await get(u.reviewer, `/api/applications/${appA}`)).statusCode).toBe(200);

    const before = await count('funding_reviews');
    const outOfScale = await post(u.reviewer, `/api/review-assignments/${assignmentA}/review`, { scores: [{ ...scores[0], score: 11 }, scores[1], scores[2]], declares_no_conflict: true });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().error).toMatchObject({ code: 'FUNDING_SCORE_OUT_OF_RANGE', details: { issues: [{ path: 'scores.0.score' }] } });
    const undeclared = await post(u.reviewer, `/api/review-assignments/${assignmentA}/review`, { scores, declares_no_conflict: false });
    expect(undeclared.json().error.code).toBe('FUNDING_REVIEWER_CONFLICT');
    expect(await count('funding_reviews')).toBe(before);

    const ok = await post(u.reviewer, `/api/review-assignments/${assignmentA}/review`, { scores, comment: 'Fund it.', declares_no_conflict: true });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().weighted_score).toBe(6.8);
    const twice = await post(u.reviewer, `/api/review-assignments/${assignmentA}/review`, { scores, declares_no_conflict: true });
    expect(twice.json().error.code).toBe('FUNDING_REVIEW_ALREADY_SUBMITTED');
  });

  it('blocks a reviewer who joined the applicant organization since assignment', async () => {
    const assignments = (await get(u.conflicted, '/api/review-assignments')).json().items;
    expect(assignments).toHaveLength(1);
    const now = deps.clock.now();
    await deps.accounts.memberships.insert({ organizationId: org.firmB, userId: u.conflicted.id, role: 'member', createdAt: now });
    const r = await post(u.conflicted, `/api/review-assignments/${assignments[0].assignment.id}/review`, {
      scores: [{ criterion_key: 'impact', score: 9 }, { criterion_key: 'feasibility', score: 9 }, { criterion_key: 'team', score: 9 }],
      declares_no_conflict: true,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('FUNDING_REVIEWER_CONFLICT');
  });

  it('ranks applications by weighted score for the funder only', async () => {
    const assignmentB = (await get(u.reviewer, '/api/review-assignments')).json().items.find((i: { application: { id: string } }) => i.application.id === appB).assignment.id;
    await post(u.reviewer, `/api/review-assignments/${assignmentB}/review`, {
      scores: [{ criterion_key: 'impact', score: 9 }, { criterion_key: 'feasibility', score: 8 }, { criterion_key: 'team', score: 7 }],
      declares_no_conflict: true,
    });
    const r = await get(u.funder, `/api/calls/${callId}/applications`);
    expect(r.statusCode).toBe(200);
    expect(r.json().items.map((a: { id: string; ranking: { rank: number; score: number } }) => [a.id, a.ranking.rank, a.ranking.score])).toEqual([
      [appB, 1, 8.3],
      [appA, 2, 6.8],
    ]);
    expect((await get(u.applicantA, `/api/calls/${callId}/applications`)).statusCode).toBe(403);
  });

  it('refuses awards above the ceiling or the remaining budget, writing nothing', async () => {
    const grantsBefore = await count('grants');
    const aboveCeiling = await post(u.funder, `/api/calls/${callId}/awards`, { application_id: appA, amount: { amount_minor: 6_500_000, currency: 'CNY' } });
    expect(aboveCeiling.statusCode).toBe(422);
    expect(aboveCeiling.json().error.code).toBe('FUNDING_AWARD_EXCEEDS_CEILING');

    const first = await post(u.funder, `/api/calls/${callId}/awards`, { application_id: appB, amount: { amount_minor: 5_000_000, currency: 'CNY' } });
    expect(first.statusCode).toBe(201);
    const overBudget = await post(u.funder, `/api/calls/${callId}/awards`, { application_id: appA, amount: { amount_minor: 5_500_000, currency: 'CNY' } });
    expect(overBudget.statusCode).toBe(422);
    expect(overBudget.json().error).toMatchObject({ code: 'FUNDING_AWARD_EXCEEDS_BUDGET', details: { remaining_minor: 5_000_000 } });
    expect(await count('grants')).toBe(grantsBefore + 1);
    expect((await get(u.applicantA, `/api/applications/${appA}`)).json().application.status).toBe('submitted');
  });

  it('awards within the budget: a grant whose disbursements follow the milestones and sum to the award', async () => {
    const r = await post(u.funder, `/api/calls/${callId}/awards`, { application_id: appA, amount: { amount_minor: 4_800_000, currency: 'CNY' } });
    expect(r.statusCode).toBe(201);
    const grant = r.json().grant;
    // Milestones 3,000,000 / 2,000,000 / 1,000,000 of 6,000,000 requested; award 4,800,000 -> 80% each.
    expect(grant.disbursements.map((d: { amount_minor: number }) => d.amount_minor)).toEqual([2_400_000, 1_600_000, 800_000]);
    expect(r.json().application.status).toBe('awarded');
    expect((await get(null, `/api/calls/${callId}`)).json().awarded).toEqual({ amount_minor: 9_800_000, currency: 'CNY' });
    expect((await get(u.applicantA, '/api/grants')).json().items.map((g: { id: string }) => g.id)).toEqual([grant.id]);

    const early = await post(u.funder, `/api/grants/${grant.id}/disbursements/2/release`, { version: 1 });
    expect(early.json().error.code).toBe('FUNDING_DISBURSEMENT_NOT_ALLOWED');
    const byRecipient = await post(u.applicantA, `/api/grants/${grant.id}/disbursements/1/release`, { version: 1 });
    expect(byRecipient.statusCode).toBe(403);
    const released = await post(u.funder, `/api/grants/${grant.id}/disbursements/1/release`, { version: 1 });
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({ disbursed: { amount_minor: 2_400_000 }, disbursements: [{ status: 'released', released_on: '2026-05-01' }, { status: 'scheduled' }, { status: 'scheduled' }] });

    const audit = await deps.audit.list({ entityType: 'grant', entityId: grant.id }, { page: 1, pageSize: 10 });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['grant.create', 'grant.release']);
  });
});
