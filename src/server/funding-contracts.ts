import { z } from 'zod';
import { Id, listParam } from './contracts.js';

/**
 * The JSON contract of the funding, programme and allocation routes (snake_case, stable).
 * zod checks shapes and types; the rules (eligibility, deadlines, budgets, units, scores)
 * answer from core with their own codes. Money is {amount_minor, currency}: integer minor units
 * of an ISO 4217 currency.
 */

const str = (max: number) => z.string().max(max);
const minor = z.number().int();

export const Money = z.object({ amount_minor: minor, currency: str(8) }).strict();
const MoneyOut = z.object({ amount_minor: z.number().int(), currency: z.string() });

export const IdParams = z.object({ id: Id });
export const DisbursementParams = z.object({ id: Id, seq: z.coerce.number().int().min(1).max(1000) });
export const VersionBody = z.object({ version: z.number().int().min(1) }).strict();

// Calls -----------------------------------------------------------------------

const Eligibility = z
  .object({
    organization_types: z.array(str(64)).max(1000).optional(),
    countries: z.array(str(8)).max(1000).optional(),
    regions: z.array(str(1000)).max(1000).optional(),
    size_classes: z.array(str(16)).max(100).optional(),
  })
  .strict();

const CriterionBody = z.object({ key: str(200), label: str(2000), weight: z.number() }).strict();

export const CallBody = z
  .object({
    funder_organization_id: Id,
    title: str(2000),
    theme: str(5000).optional(),
    description: str(80_000).optional(),
    sectors: z.array(str(64)).max(100).optional(),
    trl_min: z.number().int().nullable().optional(),
    trl_max: z.number().int().nullable().optional(),
    instrument: str(32),
    budget: Money,
    ceiling: Money,
    eligibility: Eligibility.optional(),
    criteria: z.array(CriterionBody).max(100),
    opens_on: str(32),
    closes_on: str(32),
  })
  .strict();

export const CallPatch = CallBody.partial().extend({ version: z.number().int().min(1) }).strict();

export const CallQuery = z.object({
  status: listParam,
  funder_organization_id: Id.optional(),
});

export const Call = z.object({
  id: z.string(),
  funder_organization_id: z.string(),
  title: z.string(),
  theme: z.string(),
  description: z.string(),
  sectors: z.array(z.string()),
  trl_min: z.number().nullable(),
  trl_max: z.number().nullable(),
  instrument: z.string(),
  budget: MoneyOut,
  ceiling: MoneyOut,
  eligibility: z.object({
    organization_types: z.array(z.string()),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
    size_classes: z.array(z.string()),
  }),
  criteria: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number() })),
  score_scale: z.object({ min: z.number(), max: z.number() }),
  opens_on: z.string(),
  closes_on: z.string(),
  status: z.string(),
  /** Whether applications are accepted today. */
  is_open: z.boolean(),
  awarded: MoneyOut.optional(),
  application_count: z.number().int().nullable().optional(),
  published_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  version: z.number().int(),
});
export const CallList = z.object({ items: z.array(Call) });

// Applications, reviews, awards ---------------------------------------------

const MilestoneBody = z.object({ title: str(5000), due_on: str(32), amount_minor: minor }).strict();

export const ApplicationBody = z
  .object({
    applicant_organization_id: Id,
    listing_id: Id.nullable().optional(),
    title: str(5000).optional(),
    plan: str(200_000).optional(),
    requested: Money,
    co_funding: Money.optional(),
    trl: z.number().int().nullable().optional(),
    milestones: z.array(MilestoneBody).max(1000),
  })
  .strict();

const Milestone = z.object({ seq: z.number().int(), title: z.string(), due_on: z.string(), amount_minor: z.number().int() });

export const Ranking = z.object({
  rank: z.number().int().nullable(),
  score: z.number().nullable(),
  review_count: z.number().int(),
  criterion_means: z.record(z.string(), z.number()),
});

export const Application = z.object({
  id: z.string(),
  call_id: z.string(),
  applicant_organization_id: z.string(),
  listing_id: z.string().nullable(),
  title: z.string(),
  plan: z.string(),
  requested: MoneyOut,
  co_funding: MoneyOut,
  trl: z.number().nullable(),
  milestones: z.array(Milestone),
  status: z.string(),
  submitted_at: z.string(),
  decided_at: z.string().nullable(),
  version: z.number().int(),
  ranking: Ranking.nullable().optional(),
});

export const Review = z.object({
  id: z.string(),
  assignment_id: z.string(),
  application_id: z.string(),
  reviewer_user_id: z.string(),
  scores: z.array(z.object({ criterion_key: z.string(), score: z.number(), comment: z.string() })),
  comment: z.string(),
  weighted_score: z.number(),
  conflict_declaration: z.string(),
  submitted_at: z.string(),
});

export const Assignment = z.object({
  id: z.string(),
  call_id: z.string(),
  application_id: z.string(),
  reviewer_user_id: z.string(),
  reviewer_organization_ids: z.array(z.string()),
  assigned_at: z.string(),
});

export const ApplicationDetail = z.object({ application: Application, call: Call, reviews: z.array(Review) });
export const ApplicationList = z.object({ items: z.array(Application) });
export const CallApplications = z.object({ call: Call, items: z.array(Application), reviews: z.array(Review), assignments: z.array(Assignment) });

export const AssignBody = z.object({ reviewer_user_id: Id, application_ids: z.array(Id).min(1).max(500) }).strict();
export const AssignmentList = z.object({ items: z.array(Assignment) });
export const MyAssignments = z.object({
  items: z.array(z.object({ assignment: Assignment, application: Application, call: Call, review: Review.nullable() })),
  conflict_declaration: z.string(),
});

export const ReviewBody = z
  .object({
    scores: z.array(z.object({ criterion_key: str(200), score: z.number(), comment: str(50_000).optional() }).strict()).max(100),
    comment: str(50_000).optional(),
    declares_no_conflict: z.boolean(),
  })
  .strict();

export const AwardBody = z
  .object({
    application_id: Id,
    decision: z.enum(['award', 'reject']).default('award'),
    amount: Money.optional(),
  })
  .strict();

const Disbursement = z.object({
  seq: z.number().int(),
  milestone_title: z.string(),
  due_on: z.string(),
  amount_minor: z.number().int(),
  status: z.string(),
  released_on: z.string().nullable(),
});

export const Grant = z.object({
  id: z.string(),
  call_id: z.string(),
  application_id: z.string(),
  recipient_organization_id: z.string(),
  funder_organization_id: z.string(),
  title: z.string(),
  instrument: z.string(),
  amount: MoneyOut,
  disbursed: MoneyOut,
  status: z.string(),
  disbursements: z.array(Disbursement),
  awarded_at: z.string(),
  version: z.number().int(),
});
export const GrantList = z.object({ items: z.array(Grant) });
export const GrantQuery = z.object({ call_id: Id.optional() });
export const AwardResult = z.object({ application: Application, grant: Grant.nullable() });

// Programmes ------------------------------------------------------------------

const BudgetLineBody = z.object({ year: z.number().int(), key: str(200), label: str(2000), amount_minor: minor }).strict();
const TargetBody = z.object({ year: z.number().int(), kpi: str(200), value: minor }).strict();

export const ProgrammeBody = z
  .object({
    name: str(2000),
    name_zh: str(2000).nullable().optional(),
    description: str(40_000).optional(),
    owner_organization_id: Id.nullable().optional(),
    currency: str(8),
    home_country: str(8).optional(),
    start_year: z.number().int(),
    end_year: z.number().int(),
    budget_lines: z.array(BudgetLineBody).max(5000).optional(),
    targets: z.array(TargetBody).max(5000).optional(),
  })
  .strict();

export const ProgrammePatch = ProgrammeBody.partial()
  .extend({ version: z.number().int().min(1), status: str(32).optional() })
  .strict();

export const ProgrammeQuery = z.object({ status: listParam });

const BudgetLine = z.object({ year: z.number().int(), key: z.string(), label: z.string(), amount_minor: z.number().int() });
const Target = z.object({ year: z.number().int(), kpi: z.string(), unit: z.string(), value: z.number().int() });

export const Programme = z.object({
  id: z.string(),
  name: z.string(),
  name_zh: z.string().nullable(),
  description: z.string(),
  owner_organization_id: z.string().nullable(),
  currency: z.string(),
  home_country: z.string(),
  start_year: z.number().int(),
  end_year: z.number().int(),
  status: z.string(),
  manager_user_ids: z.array(z.string()),
  budget_lines: z.array(BudgetLine),
  targets: z.array(Target),
  catalogue_version: z.string(),
  budget_this_year: MoneyOut.optional(),
  created_at: z.string(),
  updated_at: z.string(),
  version: z.number().int(),
});
export const ProgrammeList = z.object({ items: z.array(Programme) });

const EvidenceOut = z.object({ kind: z.string(), note: z.string(), url: z.string().nullable() });
export const OutcomeReport = z.object({
  id: z.string(),
  programme_id: z.string(),
  grant_id: z.string().nullable(),
  year: z.number().int(),
  note: z.string(),
  values: z.array(z.object({ kpi: z.string(), value: z.number().int(), unit: z.string(), declared: z.literal(true), evidence: EvidenceOut })),
  submitted_at: z.string(),
});

export const ProgrammeDetail = z.object({
  programme: Programme,
  grants: z.array(z.object({ grant_id: z.string(), budget_line_key: z.string().nullable(), attached_at: z.string() })),
  deals: z.array(z.object({ deal_id: z.string(), grant_id: z.string().nullable(), attached_at: z.string() })),
  outcome_reports: z.array(OutcomeReport),
});

export const AttachGrantBody = z.object({ grant_id: Id, budget_line_key: str(200).nullable().optional() }).strict();
export const AttachDealBody = z.object({ deal_id: Id, grant_id: Id.nullable().optional() }).strict();
export const GrantLink = z.object({ programme_id: z.string(), grant_id: z.string(), budget_line_key: z.string().nullable(), attached_at: z.string() });
export const DealLink = z.object({ programme_id: z.string(), deal_id: z.string(), grant_id: z.string().nullable(), attached_at: z.string() });

export const OutcomeReportBody = z
  .object({
    grant_id: Id.nullable().optional(),
    year: z.number().int(),
    note: str(40_000).optional(),
    values: z
      .array(
        z
          .object({
            kpi: str(200),
            value: z.number(),
            unit: str(16),
            evidence: z.object({ kind: str(32).optional(), note: str(20_000).optional(), url: str(20_000).nullable().optional() }).strict().optional(),
          })
          .strict(),
      )
      .max(100),
  })
  .strict();

const KpiResult = z.object({
  kpi: z.string(),
  unit: z.string(),
  category: z.string(),
  target: z.number().nullable(),
  actual: z.number(),
  verified: z.number(),
  declared: z.number(),
  attainment: z.number().nullable(),
  credit: z.number().nullable(),
  cost_per_outcome: z.number().nullable(),
  cost_per_outcome_unit: z.string(),
});

const Ipoe = z.object({
  weights_version: z.string(),
  input: z.number().nullable(),
  process: z.number().nullable(),
  output: z.number().nullable(),
  effect: z.number().nullable(),
  score: z.number().nullable(),
});

export const YearPerformance = z.object({
  year: z.number().int(),
  budget: MoneyOut,
  spent: MoneyOut,
  execution_rate: z.number().nullable(),
  grants_active: z.number().int(),
  grants_reported: z.number().int(),
  kpis: z.array(KpiResult),
  ipoe: Ipoe,
  notes: z.array(z.string()),
});

export const GrantPerformance = z.object({
  grant_id: z.string(),
  title: z.string(),
  recipient_organization_id: z.string(),
  budget_line_key: z.string().nullable(),
  amount: MoneyOut,
  disbursed: MoneyOut,
  execution_rate: z.number(),
  years_reported: z.array(z.number().int()),
  outcomes: z.array(
    z.object({
      kpi: z.string(),
      unit: z.string(),
      verified: z.number(),
      declared: z.number(),
      expected: z.number().nullable(),
      attainment: z.number().nullable(),
      cost_per_outcome: z.number().nullable(),
    }),
  ),
});

export const Contribution = z.object({ deal_id: z.string(), kpi: z.string(), year: z.number().int(), value: z.number(), basis: z.string() });

export const Performance = z.object({
  programme_id: z.string(),
  currency: z.string(),
  score_weights: z.object({
    version: z.string(),
    input: z.number(),
    process: z.number(),
    output: z.number(),
    effect: z.number(),
    declared_credit_percent: z.number(),
  }),
  years: z.array(YearPerformance),
  grants: z.array(GrantPerformance),
  contributions: z.array(Contribution),
  notes: z.array(z.string()),
});

export const ProgrammeReport = z.object({
  programme: Programme,
  generated_at: z.string(),
  performance: Performance,
  spending: z.array(z.object({ year: z.number().int(), key: z.string(), label: z.string(), budget: MoneyOut, spent: MoneyOut })),
  outcome_reports: z.array(OutcomeReport),
  top_deals: z.array(
    z.object({
      deal_id: z.string(),
      title: z.string().nullable(),
      owner_name: z.string().nullable(),
      interested_name: z.string().nullable(),
      agreement_type: z.string().nullable(),
      registration_number: z.string(),
      registered_on: z.string(),
      buyer_country: z.string(),
      seller_country: z.string(),
      value: MoneyOut.nullable(),
    }),
  ),
});

export const KpiCatalogue = z.object({
  version: z.string(),
  items: z.array(
    z.object({
      key: z.string(),
      unit: z.string(),
      category: z.string(),
      en: z.string(),
      zh: z.string(),
      definition: z.string(),
      source: z.string(),
      automatic: z.boolean(),
    }),
  ),
});

// Allocations -----------------------------------------------------------------

export const ProposalBody = z.object({ period: z.number().int(), budget: Money }).strict();

export const AllocationLine = z.object({
  programme_id: z.string(),
  name: z.string(),
  current_minor: z.number().int(),
  proposed_minor: z.number().int(),
  score: z.number().nullable(),
  reasons: z.array(z.string()),
  approved_minor: z.number().int().nullable(),
});

export const Allocation = z.object({
  id: z.string(),
  period: z.number().int(),
  budget: MoneyOut,
  policy_version: z.string(),
  score_weights_version: z.string(),
  lines: z.array(AllocationLine),
  status: z.string(),
  note: z.string().nullable(),
  created_at: z.string(),
  created_by_user_id: z.string().nullable(),
  approved_at: z.string().nullable(),
  approved_by_user_id: z.string().nullable(),
  version: z.number().int(),
});
export const AllocationList = z.object({ items: z.array(Allocation) });
export const AllocationQuery = z.object({ period: z.coerce.number().int().min(2000).max(2100).optional() });

export const ApproveBody = z
  .object({
    adjustments: z.array(z.object({ programme_id: Id, amount_minor: minor }).strict()).max(1000).optional(),
    note: str(40_000).optional(),
  })
  .strict();
