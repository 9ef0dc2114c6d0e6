import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import type { Organization } from '../organizations/organization.js';
import { disbursementSchedule } from './disbursement.js';
import { eligibilityProblems } from './eligibility.js';
import { rankApplications, validateScores, weightedHundredths } from './scoring.js';
import { validateApplication } from './validate-application.js';
import { validateCall, type CallInput } from './validate-call.js';
import type { Criterion } from './call.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, paths: (e.details?.issues ?? []).map((i) => i.path) };
    throw e;
  }
  return null;
};

const callInput = (over: Partial<CallInput> = {}): CallInput => ({
  funderOrganizationId: 'f1',
  title: ' Shenzhen SME technology voucher 2026 ',
  theme: 'Adopting university technology in SMEs',
  sectors: ['ind-robotics'],
  trlMin: 4,
  trlMax: 7,
  instrument: 'voucher',
  currency: 'cny',
  budgetMinor: 1_000_000_000,
  ceilingMinor: 50_000_000,
  eligibility: { organizationTypes: ['enterprise'], countries: ['cn'], regions: ['Guangdong'], sizeClasses: ['1-10', '11-49', '50-249'] },
  criteria: [
    { key: 'Impact', label: 'Economic impact', weight: 50 },
    { key: 'feasibility', label: 'Feasibility', weight: 30 },
    { key: 'team', label: 'Team', weight: 20 },
  ],
  opensOn: '2026-03-01',
  closesOn: '2026-04-30',
  ...over,
});

describe('validateCall', () => {
  it('normalizes a valid call', () => {
    const c = validateCall(callInput());
    expect(c).toMatchObject({ title: 'Shenzhen SME technology voucher 2026', currency: 'CNY', eligibility: { countries: ['CN'] } });
    expect(c.criteria.map((x) => x.key)).toEqual(['impact', 'feasibility', 'team']);
  });

  it.each([
    [{ ceilingMinor: 2_000_000_000 }, 'FUNDING_AMOUNT_INVALID', 'ceiling.amount_minor'],
    [{ budgetMinor: 0 }, 'FUNDING_AMOUNT_INVALID', 'budget.amount_minor'],
    [{ trlMin: 8, trlMax: 3 }, 'FUNDING_TRL_WINDOW_INVALID', 'trl_max'],
    [{ instrument: 'lottery' }, 'FUNDING_INSTRUMENT_INVALID', 'instrument'],
    [{ currency: 'XXX' }, 'FUNDING_CURRENCY_UNKNOWN', 'currency'],
    [{ closesOn: '2026-02-01' }, 'FUNDING_DATES_INVALID', 'closes_on'],
    [{ criteria: [{ key: 'impact', label: 'Impact', weight: 60 }, { key: 'team', label: 'Team', weight: 30 }] }, 'FUNDING_CRITERIA_INVALID', 'criteria'],
    [{ eligibility: { organizationTypes: ['castle'] } }, 'FUNDING_ELIGIBILITY_INVALID', 'eligibility.organization_types.0'],
    [{ sectors: ['nope'] }, 'FUNDING_SECTOR_UNKNOWN', 'sectors.0'],
  ])('refuses %j with %s at %s', (over, code, path) => {
    expect(codeOf(() => validateCall(callInput(over as Partial<CallInput>)))).toEqual({ code, paths: [path] });
  });

  it('lists every problem at once under FUNDING_CALL_INVALID', () => {
    const r = codeOf(() => validateCall(callInput({ title: '', currency: 'ZZZ', opensOn: '2026-13-01' })));
    expect(r?.code).toBe('FUNDING_CALL_INVALID');
    expect(r?.paths.sort()).toEqual(['currency', 'opens_on', 'title']);
  });
});

const org = (over: Partial<Organization> = {}): Pick<Organization, 'type' | 'country' | 'region' | 'sizeClass'> => ({
  type: 'enterprise',
  country: 'CN',
  region: 'Guangdong',
  sizeClass: '11-49',
  ...over,
});

describe('eligibilityProblems', () => {
  const call = validateCall(callInput());

  it('accepts an eligible applicant', () => {
    expect(eligibilityProblems(call, org(), 5)).toEqual([]);
  });

  it('gives a clear reason for each rule the applicant fails', () => {
    const reasons = eligibilityProblems(call, org({ type: 'university', country: 'DE', region: 'Bavaria', sizeClass: '250+' }), 9);
    expect(reasons.map((r) => r.rule)).toEqual(['organization_type', 'country', 'region', 'size_class', 'trl']);
    expect(reasons[0]!.message).toBe('The call is open to enterprise organizations; the applicant is university.');
    expect(reasons[4]!.message).toBe('The call funds TRL 4-7; the project is at TRL 9.');
  });

  it('refuses an applicant whose size or region is not on record when the call restricts them', () => {
    expect(eligibilityProblems(call, org({ sizeClass: null, region: null }), 5).map((r) => r.rule)).toEqual(['region', 'size_class']);
  });

  it('matches regions case-insensitively and imposes nothing for empty rules', () => {
    expect(eligibilityProblems(call, org({ region: 'guangdong' }), 4)).toEqual([]);
    const open = validateCall(callInput({ eligibility: {}, trlMin: null, trlMax: null }));
    expect(eligibilityProblems(open, org({ type: 'university', country: 'US', region: null, sizeClass: null }), null)).toEqual([]);
  });
});

const criteria: Criterion[] = [
  { key: 'impact', label: 'Impact', weight: 50 },
  { key: 'feasibility', label: 'Feasibility', weight: 30 },
  { key: 'team', label: 'Team', weight: 20 },
];

describe('scores', () => {
  it('weights scores: 50/30/20 and 8/6/5 give 6.80 (680 hundredths)', () => {
    const s = validateScores(criteria, [
      { criterionKey: 'team', score: 5 },
      { criterionKey: 'impact', score: 8, comment: 'Clear market.' },
      { criterionKey: 'feasibility', score: 6 },
    ]);
    expect(s.map((x) => x.criterionKey)).toEqual(['impact', 'feasibility', 'team']);
    expect(weightedHundredths(criteria, s)).toBe(680);
  });

  it('refuses a score outside 0-10 with FUNDING_SCORE_OUT_OF_RANGE', () => {
    const r = codeOf(() => validateScores(criteria, [{ criterionKey: 'impact', score: 11 }, { criterionKey: 'feasibility', score: 6 }, { criterionKey: 'team', score: 5 }]));
    expect(r).toEqual({ code: 'FUNDING_SCORE_OUT_OF_RANGE', paths: ['scores.0.score'] });
    expect(codeOf(() => validateScores(criteria, [{ criterionKey: 'impact', score: 7.5 }, { criterionKey: 'feasibility', score: 6 }, { criterionKey: 'team', score: 5 }]))?.code).toBe(
      'FUNDING_SCORE_OUT_OF_RANGE',
    );
  });

  it('refuses missing or unknown criteria with FUNDING_SCORES_INCOMPLETE', () => {
    expect(codeOf(() => validateScores(criteria, [{ criterionKey: 'impact', score: 5 }, { criterionKey: 'team', score: 5 }]))).toEqual({
      code: 'FUNDING_SCORES_INCOMPLETE',
      paths: ['scores'],
    });
  });

  it('ranks by mean weighted score, ties to the smaller request, unreviewed last', () => {
    const at = new Date('2026-04-01T00:00:00Z');
    const apps = [
      { id: 'a', requestedMinor: 500, submittedAt: at, status: 'submitted' as const },
      { id: 'b', requestedMinor: 300, submittedAt: at, status: 'submitted' as const },
      { id: 'c', requestedMinor: 100, submittedAt: at, status: 'submitted' as const },
      { id: 'd', requestedMinor: 100, submittedAt: at, status: 'withdrawn' as const },
    ];
    const rev = (applicationId: string, w: number) => ({ applicationId, weightedHundredths: w, scores: [] });
    const ranked = rankApplications(criteria, apps, [rev('a', 700), rev('a', 660), rev('b', 680), rev('b', 680)]);
    expect(ranked.map((r) => [r.applicationId, r.rank, r.score, r.reviewCount])).toEqual([
      ['b', 1, 6.8, 2],
      ['a', 2, 6.8, 2],
      ['c', null, null, 0],
    ]);
  });
});

describe('applications and disbursements', () => {
  const ms = [
    { title: 'Prototype', dueOn: '2026-09-30', amountMinor: 300 },
    { title: 'Pilot line', dueOn: '2026-06-30', amountMinor: 500 },
    { title: 'Certification', dueOn: '2027-03-31', amountMinor: 200 },
  ];

  it('numbers milestones in date order and requires them to sum to the request', () => {
    const a = validateApplication({ applicantOrganizationId: 'o', title: 'T', plan: 'P', requestedMinor: 1000, milestones: ms }, { title: '', plan: '', trl: null });
    expect(a.milestones.map((m) => [m.seq, m.title])).toEqual([
      [1, 'Pilot line'],
      [2, 'Prototype'],
      [3, 'Certification'],
    ]);
    expect(codeOf(() => validateApplication({ applicantOrganizationId: 'o', title: 'T', plan: 'P', requestedMinor: 999, milestones: ms }, { title: '', plan: '', trl: null }))).toEqual({
      code: 'FUNDING_MILESTONES_INVALID',
      paths: ['milestones'],
    });
  });

  it('takes title, plan and TRL from the listing when not given', () => {
    const a = validateApplication({ applicantOrganizationId: 'o', requestedMinor: 1000, milestones: ms }, { title: 'From listing', plan: 'Listing summary', trl: 5 });
    expect(a).toMatchObject({ title: 'From listing', plan: 'Listing summary', trl: 5 });
  });

  it('schedules disbursements in proportion to milestones, summing exactly to the award', () => {
    const a = validateApplication({ applicantOrganizationId: 'o', title: 'T', plan: 'P', requestedMinor: 1000, milestones: ms }, { title: '', plan: '', trl: null });
    expect(disbursementSchedule(a.milestones, 800).map((d) => [d.seq, d.amountMinor])).toEqual([
      [1, 400],
      [2, 240],
      [3, 160],
    ]);
    const odd = disbursementSchedule(a.milestones, 777);
    expect(odd.reduce((s, d) => s + d.amountMinor, 0)).toBe(777);
    expect(odd.map((d) => d.amountMinor)).toEqual([389, 233, 155]);
  });
});
