/**
 * Demo funding and programmes: funders' calls (closed and awarded, awarded this year, open now,
 * a draft), applications (one made from a funding_request listing), reviewer assignments and
 * reviews, grants with milestone disbursements, and two programmes of the city's S&T commission
 * with budgets, targets, attached grants and registered demo deals, and two years of outcome
 * reports. Written for ITTC, deterministic: everything is replayed through the funding and
 * programmes use cases (rules, audit entries) at dates derived from the seeding day, so the
 * dashboards and the allocation proposal show something true, traceable to rows, on first start.
 */
import type { Transaction } from 'kysely';
import { assignReviewers } from '../../core/funding/assign-reviewers.js';
import { changeCallStatus } from '../../core/funding/change-call-status.js';
import { createCall } from '../../core/funding/create-call.js';
import { decideApplication } from '../../core/funding/decide-application.js';
import { releaseDisbursement } from '../../core/funding/release-disbursement.js';
import { submitApplication } from '../../core/funding/submit-application.js';
import { submitReview } from '../../core/funding/submit-review.js';
import type { CallInput } from '../../core/funding/validate-call.js';
import { attachDeal, attachGrant } from '../../core/programs/attach-to-programme.js';
import { createProgramme } from '../../core/programs/create-programme.js';
import type { KpiKey } from '../../core/programs/kpi-catalogue.js';
import type { Programme } from '../../core/programs/programme.js';
import { submitOutcomeReport, type OutcomeValueInput } from '../../core/programs/submit-outcome-report.js';
import { SYSTEM } from '../../core/shared/actor.js';
import { DAY_MS } from '../../core/shared/validation.js';
import { createDealStore } from '../deal-store.js';
import { createFundingDeps } from '../funding-store.js';
import { createMembershipStore } from '../membership-store.js';
import { createProgrammeDeps } from '../programme-store.js';
import { createRateStore, toRateTable } from '../rate-store.js';
import type { DB } from '../schema.js';
import { createUserStore } from '../user-store.js';

type DemoId = (key: string) => string;
export type DemoFundingResult = { calls: number; applications: number; grants: number; programmes: number; outcomeReports: number };

/** Demo reviewers (sign in with the demo password); a reviewer sees only their own assignments. */
export const DEMO_REVIEWERS = [
  { key: 'user-reviewer', email: 'reviewer@demo.ittc', name: 'Huang Lei 黄磊', organization: 'cn-sz-bay-tech-transfer' },
  { key: 'user-reviewer-2', email: 'reviewer2@demo.ittc', name: 'Dr. Jonas Weber', organization: null },
] as const;

const CRITERIA = [
  { key: 'impact', label: 'Economic and technological impact', weight: 40 },
  { key: 'feasibility', label: 'Feasibility of the plan and milestones', weight: 30 },
  { key: 'team', label: 'Team and partners', weight: 20 },
  { key: 'cofunding', label: 'Co-funding and leverage', weight: 10 },
];

const yuan = (n: number) => n * 100;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Seeds the demo's funding and programmes inside the seeder's transaction `tx`. Needs the demo
 * organizations, listings, users and deals already written. Returns what it wrote.
 */
export async function seedDemoFunding(tx: Transaction<DB>, now: Date, demoId: DemoId, options: { passwordHash: string }): Promise<DemoFundingResult> {
  let t = now;
  const clock = { now: () => t };
  let n = 0;
  const ids = { newId: () => demoId(`funding-row-${++n}`) };
  const rates = toRateTable(await createRateStore(tx).ratesOn(iso(now)));
  const funding = createFundingDeps(tx, clock, ids);
  const programmes = createProgrammeDeps(tx, clock, ids, { current: async () => rates });
  const at = (d: string | Date) => (t = typeof d === 'string' ? new Date(`${d}T09:00:00Z`) : d);

  const Y = now.getUTCFullYear();
  const P = Y - 1;
  const today = Date.UTC(Y, now.getUTCMonth(), now.getUTCDate());
  const elapsed = Math.floor((today - Date.UTC(Y, 0, 1)) / DAY_MS);
  // A date in the current year, `frac` of the way from 1 January to today (never in the future).
  const inYear = (frac: number) => new Date(Date.UTC(Y, 0, 1) + Math.floor(frac * elapsed) * DAY_MS + 9 * 3_600_000);
  const org = (key: string) => demoId(`${key}`);

  // People: the demo funder manages the commission's and the guidance fund's calls; two reviewers.
  const users = createUserStore(tx);
  const memberships = createMembershipStore(tx);
  const funderUser = demoId('user-funder');
  for (const o of ['cn-sz-stic', 'cn-sz-pengcheng-guidance-fund']) {
    if ((await users.findById(funderUser)) && !(await memberships.find(org(o), funderUser))) {
      await memberships.insert({ organizationId: org(o), userId: funderUser, role: 'member', createdAt: now });
    }
  }
  for (const r of DEMO_REVIEWERS) {
    if (await users.findByEmail(r.email)) continue;
    await users.insert({ id: demoId(r.key), email: r.email, name: r.name, passwordHash: options.passwordHash, emailVerifiedAt: now, roles: [], createdAt: now, updatedAt: now });
    if (r.organization) await memberships.insert({ organizationId: org(r.organization), userId: demoId(r.key), role: 'member', createdAt: now });
  }
  const reviewers = DEMO_REVIEWERS.map((r) => demoId(r.key));

  const result: DemoFundingResult = { calls: 0, applications: 0, grants: 0, programmes: 0, outcomeReports: 0 };
  const call = async (input: CallInput, publishOn: Date | null) => {
    const c = await createCall(funding, SYSTEM, input);
    result.calls++;
    if (publishOn) {
      at(publishOn);
      await changeCallStatus(funding, SYSTEM, c.id, 1, 'publish');
    }
    return c;
  };
  type DemoApplication = { title?: string; plan?: string; listingId?: string; trl?: number; requested: number; coFundingMinor?: number; milestones: [string, string, number][] };
  const apply = async (callId: string, applicant: string, over: DemoApplication) => {
    const a = await submitApplication(funding, SYSTEM, callId, {
      applicantOrganizationId: org(applicant),
      title: over.title,
      plan: over.plan,
      listingId: over.listingId,
      trl: over.trl,
      requestedMinor: yuan(over.requested),
      coFundingMinor: over.coFundingMinor,
      milestones: over.milestones.map(([title, dueOn, amount]) => ({ title, dueOn, amountMinor: yuan(amount) })),
    });
    result.applications++;
    return a;
  };
  const review = async (callId: string, applicationId: string, reviewer: string, scores: [number, number, number, number], comment: string) => {
    const [assignment] = await assignReviewers(funding, SYSTEM, callId, { reviewerUserId: reviewer, applicationIds: [applicationId] });
    await submitReview(funding, SYSTEM, assignment!.id, {
      scores: CRITERIA.map((c, i) => ({ criterionKey: c.key, score: scores[i]!, comment: '' })),
      comment,
      declaresNoConflict: true,
    });
  };
  /** Releases every milestone due by today, ten days after its due date (or today). */
  const releaseDue = async (grantId: string) => {
    let g = (await funding.grants.findById(grantId))!;
    for (const d of g.disbursements) {
      const due = Date.parse(`${d.dueOn}T09:00:00Z`);
      if (due > today) break;
      at(new Date(Math.min(due + 10 * DAY_MS, today + 9 * 3_600_000)));
      g = await releaseDisbursement(funding, SYSTEM, grantId, d.seq, g.version);
    }
  };
  const award = async (callId: string, applicationId: string, amount: number) => {
    const { grant } = await decideApplication(funding, SYSTEM, callId, { applicationId, decision: 'award', amountMinor: yuan(amount) });
    result.grants++;
    return grant!;
  };

  // 1. Last year's technology transfer voucher: closed, three awards, one rejection.
  at(`${P}-02-10`);
  const voucher = await call(
    {
      funderOrganizationId: org('cn-sz-stic'),
      title: `Shenzhen technology transfer voucher ${P}`,
      theme: 'SMEs licensing or buying technology from universities and institutes',
      description: 'Vouchers of up to CNY 5 million co-finance the licence fees, engineering and first production runs of technology that Shenzhen SMEs bring in from universities and research institutes, in China or abroad.',
      sectors: ['ind-robotics', 'ind-new-materials', 'ind-agrifood', 'ind-environment'],
      trlMin: 4,
      trlMax: 8,
      instrument: 'voucher',
      currency: 'CNY',
      budgetMinor: yuan(15_000_000),
      ceilingMinor: yuan(5_000_000),
      eligibility: { organizationTypes: ['enterprise'], countries: ['CN'], regions: ['Guangdong'], sizeClasses: ['1-10', '11-49', '50-249'] },
      criteria: CRITERIA,
      opensOn: `${P}-03-01`,
      closesOn: `${P}-04-30`,
    },
    new Date(`${P}-02-20T09:00:00Z`),
  );
  at(`${P}-03-20`);
  const v1 = await apply(voucher.id, 'cn-sz-zhixin-robotics', {
    title: 'Harmonic reducers for collaborative robot joints',
    plan: 'License a harmonic-drive tooth profile and heat treatment process from a university partner and put it into series production for our 7-axis collaborative arm.',
    trl: 6,
    requested: 5_000_000,
    coFundingMinor: yuan(3_000_000),
    milestones: [
      ['Licence signed, tooling ordered', `${P}-07-31`, 2_500_000],
      ['First 500 reducers produced', `${P}-12-15`, 1_500_000],
      ['Qualified by two customers', `${Y}-06-30`, 1_000_000],
    ],
  });
  at(`${P}-04-02`);
  const v2 = await apply(voucher.id, 'cn-sz-nongzhi-iot', {
    title: 'Soil moisture sensing for greenhouse irrigation',
    plan: 'Adopt a capacitive soil sensor design and calibration method from an agricultural institute; integrate it into our irrigation controllers.',
    trl: 5,
    requested: 4_000_000,
    coFundingMinor: yuan(1_000_000),
    milestones: [
      ['Technology transfer contract registered', `${P}-08-31`, 2_000_000],
      ['Pilot in 20 greenhouses', `${P}-12-31`, 1_200_000],
      ['Commercial launch', `${Y}-05-31`, 800_000],
    ],
  });
  at(`${P}-04-18`);
  const v3 = await apply(voucher.id, 'cn-sz-lingdong-exo', {
    title: 'Lightweight hip exoskeleton actuators',
    plan: 'License a quasi-direct-drive actuator design and its control software; industrialize it for logistics workers.',
    trl: 5,
    requested: 3_500_000,
    coFundingMinor: yuan(1_500_000),
    milestones: [
      ['Licence and prototype', `${P}-09-30`, 2_000_000],
      ['Field trial with a logistics park', `${Y}-03-31`, 1_500_000],
    ],
  });
  at(`${P}-04-28`);
  const v4 = await apply(voucher.id, 'cn-sz-qingyuan-membrane', {
    title: 'Anti-fouling coating for ultrafiltration membranes',
    plan: 'Buy the patent for a zwitterionic coating and scale it to our hollow-fibre lines.',
    trl: 4,
    requested: 5_000_000,
    milestones: [['Patent assigned and coating line built', `${P}-12-31`, 5_000_000]],
  });
  at(`${P}-05-10`);
  await review(voucher.id, v1.id, reviewers[0]!, [9, 8, 8, 7], 'Clear customer pull; milestones realistic.');
  await review(voucher.id, v1.id, reviewers[1]!, [8, 8, 7, 8], 'Strong team; leverage is good.');
  await review(voucher.id, v2.id, reviewers[0]!, [7, 8, 6, 5], 'Solid, modest impact.');
  await review(voucher.id, v2.id, reviewers[1]!, [8, 7, 7, 6], 'Good fit for the voucher.');
  await review(voucher.id, v3.id, reviewers[0]!, [7, 6, 7, 6], 'Promising; field trial is key.');
  await review(voucher.id, v4.id, reviewers[0]!, [5, 4, 6, 2], 'Early stage; no co-funding.');
  await review(voucher.id, v4.id, reviewers[1]!, [6, 4, 5, 2], 'TRL 4 is at the edge of the call.');
  at(`${P}-05-25`);
  const g1 = await award(voucher.id, v1.id, 4_500_000);
  const g2 = await award(voucher.id, v2.id, 4_000_000);
  const g3 = await award(voucher.id, v3.id, 3_000_000);
  await decideApplication(funding, SYSTEM, voucher.id, { applicationId: v4.id, decision: 'reject' });
  for (const g of [g1, g2, g3]) await releaseDue(g.id);
  at(`${P}-06-30`);
  const closing = (await funding.calls.findById(voucher.id))!;
  await changeCallStatus(funding, SYSTEM, voucher.id, closing.version, 'close');

  // 2. This year's international cooperation grants: awarded when the year allows it.
  at(inYear(0));
  const coop = await call(
    {
      funderOrganizationId: org('cn-sz-stic'),
      title: `International technology cooperation grants ${Y}`,
      theme: 'Joint projects that bring foreign technology to Shenzhen or take Shenzhen technology abroad',
      description: 'Grants of up to CNY 8 million for cooperation projects with a foreign partner that end in a licence, an assignment or a joint venture, registered as a technology contract.',
      sectors: ['ind-new-materials', 'ind-energy-storage', 'ind-biomedicine', 'ind-medical-devices'],
      trlMin: 3,
      trlMax: 8,
      instrument: 'grant',
      currency: 'CNY',
      budgetMinor: yuan(20_000_000),
      ceilingMinor: yuan(8_000_000),
      eligibility: { organizationTypes: ['enterprise', 'research_institute', 'university'], countries: ['CN'], regions: ['Guangdong'], sizeClasses: [] },
      criteria: CRITERIA,
      opensOn: iso(inYear(0)),
      closesOn: iso(inYear(0.3)),
    },
    inYear(0),
  );
  at(inYear(0.1));
  const c1 = await apply(coop.id, 'cn-sz-lvhe-materials', {
    title: 'PHA compounding with a Dutch biopolymer partner',
    plan: 'License PHA compounding know-how from a Dutch partner and co-develop grades for injection-moulded packaging in Shenzhen.',
    trl: 6,
    requested: 6_000_000,
    coFundingMinor: yuan(4_000_000),
    milestones: [
      ['Licence registered', iso(inYear(0.5)), 3_000_000],
      ['Two grades qualified', `${Y + 1}-03-31`, 3_000_000],
    ],
  });
  const c2 = await apply(coop.id, 'cn-sz-penghai-institute', {
    title: 'Sulfide electrolyte scale-up with a German institute',
    plan: 'Joint development of a scalable argyrodite synthesis route with a German partner, transferred to a Shenzhen cell maker.',
    trl: 4,
    requested: 8_000_000,
    coFundingMinor: yuan(2_000_000),
    milestones: [
      ['Joint lab operating', iso(inYear(0.6)), 4_000_000],
      ['Kilogram batches delivered', `${Y + 1}-06-30`, 4_000_000],
    ],
  });
  at(inYear(0.32));
  await review(coop.id, c1.id, reviewers[0]!, [8, 8, 7, 9], 'Licence partner committed; strong leverage.');
  await review(coop.id, c2.id, reviewers[1]!, [9, 6, 8, 5], 'High impact, ambitious timeline.');
  const coopGrants = [];
  if (elapsed >= 20) {
    at(inYear(0.35));
    coopGrants.push(await award(coop.id, c1.id, 6_000_000), await award(coop.id, c2.id, 7_000_000));
    for (const g of coopGrants) await releaseDue(g.id);
  }

  // 3. The guidance fund's open proof-of-concept call, with one application from a funding_request listing.
  const openFrom = new Date(today - 20 * DAY_MS + 9 * 3_600_000);
  at(new Date(today - 25 * DAY_MS));
  const poc = await call(
    {
      funderOrganizationId: org('cn-sz-pengcheng-guidance-fund'),
      title: 'Cross-border hard-tech proof-of-concept investment',
      theme: 'Equity for hard-tech companies ready to manufacture or sell in the Greater Bay Area',
      description: 'The guidance fund co-invests up to CNY 10 million of equity next to a lead investor in companies at TRL 5-8 that set up production or a partnership in Shenzhen.',
      sectors: ['ind-robotics', 'ind-agrifood', 'ind-aerospace', 'ind-new-materials'],
      trlMin: 5,
      trlMax: 8,
      instrument: 'equity',
      currency: 'CNY',
      budgetMinor: yuan(50_000_000),
      ceilingMinor: yuan(10_000_000),
      eligibility: { organizationTypes: ['enterprise'], countries: [], regions: [], sizeClasses: ['1-10', '11-49', '50-249'] },
      criteria: CRITERIA,
      opensOn: iso(openFrom),
      closesOn: iso(new Date(today + 40 * DAY_MS)),
    },
    openFrom,
  );
  at(new Date(today - 12 * DAY_MS));
  const o1 = await apply(poc.id, 'gb-fenland-agritech', {
    listingId: demoId('gb-fenland-fund-series-a'),
    requested: 8_000_000,
    milestones: [
      ['Shenzhen assembly partner contracted', iso(new Date(today + 120 * DAY_MS)), 4_000_000],
      ['First 50 units delivered in the Greater Bay Area', iso(new Date(today + 300 * DAY_MS)), 4_000_000],
    ],
  });
  at(new Date(today - 6 * DAY_MS));
  const o2 = await apply(poc.id, 'cn-sz-lingdong-exo', {
    title: 'Series A extension for exoskeleton production',
    plan: 'Equity to build a 2,000 units/year assembly line for the hip exoskeleton field-tested under last year’s voucher.',
    trl: 7,
    requested: 6_000_000,
    milestones: [['Assembly line commissioned', iso(new Date(today + 200 * DAY_MS)), 6_000_000]],
  });
  at(new Date(today - 3 * DAY_MS));
  // The first reviewer has both applications waiting in the workspace; the second reviewed one.
  await assignReviewers(funding, SYSTEM, poc.id, { reviewerUserId: reviewers[0]!, applicationIds: [o1.id, o2.id] });
  await review(poc.id, o1.id, reviewers[1]!, [8, 7, 8, 7], 'Proven product; the Shenzhen partner must be named.');

  // 3b. A validation voucher call that closed last week: both applications are reviewed and wait
  // for the funder's award decision (the demo funder can make it).
  const validationOpen = new Date(today - 70 * DAY_MS + 9 * 3_600_000);
  at(new Date(today - 75 * DAY_MS));
  const validation = await call(
    {
      funderOrganizationId: org('cn-sz-stic'),
      title: `Lab-to-market validation vouchers ${Y}`,
      theme: 'Validation of a university or institute technology in a Shenzhen firm’s product',
      description: 'Vouchers of up to CNY 2 million for pilot tests, certification and first-article production when a Shenzhen firm takes over a technology from a university or institute.',
      sectors: ['ind-new-materials', 'ind-energy-storage', 'ind-robotics', 'ind-semiconductors', 'ind-medical-devices'],
      trlMin: 4,
      trlMax: 7,
      instrument: 'voucher',
      currency: 'CNY',
      budgetMinor: yuan(4_000_000),
      ceilingMinor: yuan(2_000_000),
      eligibility: { organizationTypes: ['enterprise'], countries: ['CN'], regions: [], sizeClasses: [] },
      criteria: CRITERIA,
      opensOn: iso(validationOpen),
      closesOn: iso(new Date(today - 5 * DAY_MS)),
    },
    validationOpen,
  );
  at(new Date(today - 40 * DAY_MS));
  const vApp1 = await apply(validation.id, 'cn-sz-xinjing-power', {
    title: 'Qualifying licensed SiC trench MOSFETs for traction inverters',
    plan: 'AEC-Q101 qualification and a 500-unit first article run of 1200 V trench MOSFETs made with the process licensed from a Shenzhen institute.',
    trl: 6,
    requested: 1_800_000,
    milestones: [['Qualification report', iso(new Date(today + 150 * DAY_MS)), 1_800_000]],
  });
  at(new Date(today - 30 * DAY_MS));
  const vApp2 = await apply(validation.id, 'cn-sz-lingdong-exo', {
    title: 'Clinical usability test of the hip exoskeleton controller',
    plan: 'A usability study with two rehabilitation hospitals for the gait controller adopted from a university lab.',
    trl: 5,
    requested: 1_500_000,
    milestones: [['Study report', iso(new Date(today + 120 * DAY_MS)), 1_500_000]],
  });
  at(new Date(today - 3 * DAY_MS));
  await review(validation.id, vApp1.id, reviewers[0]!, [8, 9, 7, 8], 'Licence signed, clear qualification plan.');
  await review(validation.id, vApp2.id, reviewers[1]!, [7, 6, 8, 6], 'Useful study; hospital partners to be confirmed.');

  // 4. Next year's voucher, drafted.
  at(now);
  await call(
    {
      funderOrganizationId: org('cn-sz-stic'),
      title: `Shenzhen technology transfer voucher ${Y + 1}`,
      theme: 'SMEs licensing or buying technology from universities and institutes',
      instrument: 'voucher',
      currency: 'CNY',
      budgetMinor: yuan(18_000_000),
      ceilingMinor: yuan(5_000_000),
      eligibility: { organizationTypes: ['enterprise'], countries: ['CN'], regions: ['Guangdong'], sizeClasses: ['1-10', '11-49', '50-249'] },
      criteria: CRITERIA,
      opensOn: `${Y + 1}-03-01`,
      closesOn: `${Y + 1}-04-30`,
    },
    null,
  );

  // 5. The commission's two programmes, managed by the demo programme manager.
  at(`${P}-01-05`);
  const pm = demoId('user-pm');
  // The demo programme manager creates (and so manages) the programmes, when the demo users exist.
  const pmActor = (await users.findById(pm)) ? { kind: 'user' as const, userId: pm, organizationIds: [], roles: ['programme_manager' as const] } : SYSTEM;
  const makeProgramme = async (input: Parameters<typeof createProgramme>[2]): Promise<Programme> => {
    const p = await createProgramme(programmes, pmActor, input);
    result.programmes++;
    return p;
  };
  const target = (year: number, kpi: KpiKey, value: number) => ({ year, kpi, value });
  const transfer = await makeProgramme({
    name: 'Technology Transfer Subsidy Programme',
    nameZh: '技术转移补贴计划',
    description: 'Vouchers and services that help Shenzhen SMEs license and adopt technology from universities and institutes. Results-based: next year’s budget follows registered contracts, licences, startups and jobs.',
    ownerOrganizationId: org('cn-sz-stic'),
    currency: 'CNY',
    homeCountry: 'CN',
    startYear: P,
    endYear: Y + 2,
    budgetLines: [
      { year: P, key: 'vouchers', label: 'Technology transfer vouchers', amountMinor: yuan(15_000_000) },
      { year: P, key: 'services', label: 'Brokerage and contract registration services', amountMinor: yuan(3_000_000) },
      { year: Y, key: 'vouchers', label: 'Technology transfer vouchers', amountMinor: yuan(12_000_000) },
      { year: Y, key: 'services', label: 'Brokerage and contract registration services', amountMinor: yuan(3_000_000) },
    ],
    targets: [
      target(P, 'contracts_registered', 4),
      target(P, 'contract_value', yuan(20_000_000)),
      target(P, 'licenses_executed', 3),
      target(P, 'startups_formed', 2),
      target(P, 'jobs_created', 60),
      target(P, 'patents_filed', 8),
      target(P, 'smes_served', 30),
      target(Y, 'contracts_registered', 6),
      target(Y, 'contract_value', yuan(25_000_000)),
      target(Y, 'licenses_executed', 3),
      target(Y, 'assignments', 2),
      target(Y, 'startups_formed', 2),
      target(Y, 'jobs_created', 80),
      target(Y, 'patents_filed', 10),
      target(Y, 'smes_served', 40),
    ],
  });
  const cooperation = await makeProgramme({
    name: 'International Technology Cooperation Programme',
    nameZh: '国际科技合作专项',
    description: 'Grants for cooperation projects that bring foreign technology into Shenzhen or take Shenzhen technology abroad, counted as registered international technology contracts.',
    ownerOrganizationId: org('cn-sz-stic'),
    currency: 'CNY',
    homeCountry: 'CN',
    startYear: P,
    endYear: Y + 2,
    budgetLines: [
      { year: P, key: 'grants', label: 'Cooperation grants', amountMinor: yuan(10_000_000) },
      { year: Y, key: 'grants', label: 'Cooperation grants', amountMinor: yuan(20_000_000) },
      { year: Y, key: 'missions', label: 'Partnering missions and events', amountMinor: yuan(2_000_000) },
    ],
    targets: [
      target(P, 'international_transfers_inbound', 2),
      target(P, 'international_transfers_outbound', 1),
      target(P, 'follow_on_investment', yuan(30_000_000)),
      target(Y, 'international_transfers_inbound', 3),
      target(Y, 'international_transfers_outbound', 1),
      target(Y, 'contract_value', yuan(15_000_000)),
      target(Y, 'follow_on_investment', yuan(40_000_000)),
      target(Y, 'license_income', yuan(1_000_000)),
    ],
  });

  at(`${P}-06-01`);
  for (const g of [g1, g2, g3]) await attachGrant(programmes, SYSTEM, transfer.id, { grantId: g.id, budgetLineKey: 'vouchers' });
  at(now);
  for (const g of coopGrants) await attachGrant(programmes, SYSTEM, cooperation.id, { grantId: g.id, budgetLineKey: 'grants' });

  // Registered demo deals count automatically once attached (those the deals demo wrote).
  const deals = createDealStore(tx);
  const attachIfPresent = async (programmeId: string, dealKey: string, grantId: string | null = null) => {
    const d = await deals.findById(demoId(dealKey));
    if (d) await attachDeal(programmes, SYSTEM, programmeId, { dealId: d.id, grantId });
  };
  await attachIfPresent(transfer.id, 'deal-puxin-xinjing-sic');
  await attachIfPresent(transfer.id, 'deal-jinghua-pengyuan-hardcarbon');
  await attachIfPresent(transfer.id, 'deal-qinchuan-zhixin-harmonic', g1.id);
  await attachIfPresent(transfer.id, 'deal-yangcheng-chiyuan-wireless');
  await attachIfPresent(transfer.id, 'deal-shenjiang-chiyuan-hairpin');
  await attachIfPresent(cooperation.id, 'deal-elbtal-pengyuan-sulfide', coopGrants[1]?.id ?? null);
  await attachIfPresent(cooperation.id, 'deal-thameside-kangheng-ct');
  await attachIfPresent(cooperation.id, 'deal-binhai-straits-thyroid');

  // Two years of outcome reports: declared values with their evidence.
  const report = async (programmeId: string, grantId: string | null, year: number, when: Date | string, values: [KpiKey, number, string][], note: string) => {
    at(when);
    const currency = 'CNY';
    await submitOutcomeReport(programmes, SYSTEM, programmeId, {
      grantId,
      year,
      note,
      values: values.map(
        ([kpi, value, evidence]): OutcomeValueInput => ({
          kpi,
          value,
          unit: ['contract_value', 'license_income', 'follow_on_investment'].includes(kpi) ? currency : 'count',
          evidenceKind: evidence.startsWith('https://') ? 'url' : 'document',
          evidenceNote: evidence.startsWith('https://') ? 'Published record' : evidence,
          evidenceUrl: evidence.startsWith('https://') ? evidence : null,
        }),
      ),
    });
    result.outcomeReports++;
  };
  const endOfP = `${P}-12-28`;
  await report(transfer.id, g1.id, P, endOfP, [['licenses_executed', 1, 'Licence agreement with the university, registered copy'], ['jobs_created', 18, 'Social insurance register, December'], ['patents_filed', 3, 'CNIPA filing receipts']], 'Reducer line built; first batches shipped.');
  await report(transfer.id, g2.id, P, endOfP, [['contracts_registered', 1, 'Technology contract registration certificate'], ['contract_value', yuan(1_800_000), 'Registered contract value'], ['jobs_created', 9, 'Payroll summary'], ['smes_served', 14, 'List of greenhouse operators served']], 'Pilot in 20 greenhouses done.');
  await report(transfer.id, g3.id, P, endOfP, [['licenses_executed', 1, 'Licence agreement'], ['startups_formed', 1, 'Business licence of the spin-off'], ['jobs_created', 12, 'Payroll summary'], ['patents_filed', 2, 'CNIPA filing receipts']], 'Actuator licensed; spin-off founded for after-sales service.');
  await report(transfer.id, null, P, endOfP, [['smes_served', 11, 'Broker service logs of the centre']], 'Brokerage services of the centre.');
  await report(cooperation.id, null, P, endOfP, [['international_transfers_inbound', 1, 'Registration certificate of an imported technology contract'], ['follow_on_investment', yuan(22_000_000), 'Investment agreements of cooperation partners']], 'Pre-ITTC cooperation projects, declared by the commission.');

  const lateY = inYear(0.95);
  if (elapsed >= 30) {
    await report(transfer.id, g1.id, Y, lateY, [['jobs_created', 22, 'Social insurance register'], ['patents_filed', 4, 'CNIPA filing receipts']], 'Two customers qualified the reducers.');
    await report(transfer.id, g2.id, Y, lateY, [['jobs_created', 6, 'Payroll summary'], ['smes_served', 21, 'Customer list']], 'Commercial launch.');
    await report(transfer.id, g3.id, Y, lateY, [['startups_formed', 1, 'Business licence'], ['jobs_created', 15, 'Payroll summary']], 'Field trial with a logistics park completed.');
    await report(transfer.id, null, Y, lateY, [['smes_served', 12, 'Broker service logs of the centre']], 'Brokerage services of the centre.');
    await report(cooperation.id, null, Y, lateY, [['follow_on_investment', yuan(18_000_000), 'Investment agreements of cooperation partners'], ['license_income', yuan(600_000), 'Royalty statements of the partners']], 'Declared by the commission.');
    for (const g of coopGrants) {
      await report(cooperation.id, g.id, Y, lateY, [['jobs_created', g === coopGrants[0] ? 8 : 5, 'Payroll summary']], 'First year of the cooperation.');
    }
  }
  at(now);
  return result;
}
