import type { z } from 'zod';
import { releasedMinor, SCORE_MAX, SCORE_MIN, type FundingApplication, type FundingCall, type Grant, type Review, type ReviewAssignment } from '../core/funding/call.js';
import { todayOf } from '../core/funding/policy.js';
import type { RankedApplication } from '../core/funding/scoring.js';
import { kpiDefinition } from '../core/programs/kpi-catalogue.js';
import type { ProgrammeMeasurement } from '../core/programs/measure-programme.js';
import { SCORE_WEIGHTS } from '../core/programs/performance.js';
import type { ProgrammeReport } from '../core/programs/programme-report.js';
import type { AllocationProposal, OutcomeReport, Programme } from '../core/programs/programme.js';
import type * as C from './funding-contracts.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const money = (amount_minor: number, currency: string) => ({ amount_minor, currency });

export function presentCall(c: FundingCall, now: Date, extra: { awardedMinor?: number; applicationCount?: number | null } = {}): z.infer<typeof C.Call> {
  const today = todayOf(now);
  return {
    id: c.id,
    funder_organization_id: c.funderOrganizationId,
    title: c.title,
    theme: c.theme,
    description: c.description,
    sectors: c.sectors,
    trl_min: c.trlMin,
    trl_max: c.trlMax,
    instrument: c.instrument,
    budget: money(c.budgetMinor, c.currency),
    ceiling: money(c.ceilingMinor, c.currency),
    eligibility: {
      organization_types: c.eligibility.organizationTypes,
      countries: c.eligibility.countries,
      regions: c.eligibility.regions,
      size_classes: c.eligibility.sizeClasses,
    },
    criteria: c.criteria,
    score_scale: { min: SCORE_MIN, max: SCORE_MAX },
    opens_on: c.opensOn,
    closes_on: c.closesOn,
    status: c.status,
    is_open: c.status === 'published' && c.opensOn <= today && today <= c.closesOn,
    ...(extra.awardedMinor !== undefined ? { awarded: money(extra.awardedMinor, c.currency) } : {}),
    ...(extra.applicationCount !== undefined ? { application_count: extra.applicationCount } : {}),
    published_at: iso(c.publishedAt),
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export function presentRanking(r: RankedApplication): z.infer<typeof C.Ranking> {
  return { rank: r.rank, score: r.score, review_count: r.reviewCount, criterion_means: r.criterionMeans };
}

export function presentApplication(a: FundingApplication, currency: string, ranking?: RankedApplication | null): z.infer<typeof C.Application> {
  return {
    id: a.id,
    call_id: a.callId,
    applicant_organization_id: a.applicantOrganizationId,
    listing_id: a.listingId,
    title: a.title,
    plan: a.plan,
    requested: money(a.requestedMinor, currency),
    co_funding: money(a.coFundingMinor, currency),
    trl: a.trl,
    milestones: a.milestones.map((m) => ({ seq: m.seq, title: m.title, due_on: m.dueOn, amount_minor: m.amountMinor })),
    status: a.status,
    submitted_at: a.submittedAt.toISOString(),
    decided_at: iso(a.decidedAt),
    version: a.version,
    ...(ranking !== undefined ? { ranking: ranking === null ? null : presentRanking(ranking) } : {}),
  };
}

export function presentReview(r: Review): z.infer<typeof C.Review> {
  return {
    id: r.id,
    assignment_id: r.assignmentId,
    application_id: r.applicationId,
    reviewer_user_id: r.reviewerUserId,
    scores: r.scores.map((s) => ({ criterion_key: s.criterionKey, score: s.score, comment: s.comment })),
    comment: r.comment,
    weighted_score: r.weightedHundredths / 100,
    conflict_declaration: r.conflictDeclaration,
    submitted_at: r.submittedAt.toISOString(),
  };
}

export function presentAssignment(a: ReviewAssignment): z.infer<typeof C.Assignment> {
  return {
    id: a.id,
    call_id: a.callId,
    application_id: a.applicationId,
    reviewer_user_id: a.reviewerUserId,
    reviewer_organization_ids: a.reviewerOrganizationIds,
    assigned_at: a.assignedAt.toISOString(),
  };
}

export function presentGrant(g: Grant): z.infer<typeof C.Grant> {
  return {
    id: g.id,
    call_id: g.callId,
    application_id: g.applicationId,
    recipient_organization_id: g.recipientOrganizationId,
    funder_organization_id: g.funderOrganizationId,
    title: g.title,
    instrument: g.instrument,
    amount: money(g.amountMinor, g.currency),
    disbursed: money(releasedMinor(g), g.currency),
    status: g.status,
    disbursements: g.disbursements.map((d) => ({
      seq: d.seq,
      milestone_title: d.milestoneTitle,
      due_on: d.dueOn,
      amount_minor: d.amountMinor,
      status: d.status,
      released_on: d.releasedOn,
    })),
    awarded_at: g.awardedAt.toISOString(),
    version: g.version,
  };
}

export function presentProgramme(p: Programme, budgetThisYearMinor?: number): z.infer<typeof C.Programme> {
  return {
    id: p.id,
    name: p.name,
    name_zh: p.nameZh,
    description: p.description,
    owner_organization_id: p.ownerOrganizationId,
    currency: p.currency,
    home_country: p.homeCountry,
    start_year: p.startYear,
    end_year: p.endYear,
    status: p.status,
    manager_user_ids: p.managerUserIds,
    budget_lines: p.budgetLines.map((l) => ({ year: l.year, key: l.key, label: l.label, amount_minor: l.amountMinor })),
    targets: p.targets.map((t) => ({ year: t.year, kpi: t.kpi, unit: kpiDefinition(t.kpi).unit === 'count' ? 'count' : p.currency, value: t.value })),
    catalogue_version: p.catalogueVersion,
    ...(budgetThisYearMinor !== undefined ? { budget_this_year: money(budgetThisYearMinor, p.currency) } : {}),
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function presentOutcomeReport(r: OutcomeReport): z.infer<typeof C.OutcomeReport> {
  return {
    id: r.id,
    programme_id: r.programmeId,
    grant_id: r.grantId,
    year: r.year,
    note: r.note,
    values: r.values.map((v) => ({
      kpi: v.kpi,
      value: v.value,
      unit: v.unit,
      declared: true as const,
      evidence: { kind: v.evidenceKind, note: v.evidenceNote, url: v.evidenceUrl },
    })),
    submitted_at: r.submittedAt.toISOString(),
  };
}

export function presentPerformance(p: Programme, m: ProgrammeMeasurement): z.infer<typeof C.Performance> {
  const cur = p.currency;
  return {
    programme_id: p.id,
    currency: cur,
    score_weights: {
      version: SCORE_WEIGHTS.version,
      input: SCORE_WEIGHTS.input,
      process: SCORE_WEIGHTS.process,
      output: SCORE_WEIGHTS.output,
      effect: SCORE_WEIGHTS.effect,
      declared_credit_percent: SCORE_WEIGHTS.declaredCreditPercent,
    },
    years: m.years.map((y) => ({
      year: y.year,
      budget: money(y.budgetMinor, cur),
      spent: money(y.spentMinor, cur),
      execution_rate: y.executionRate,
      grants_active: y.grantsActive,
      grants_reported: y.grantsReported,
      kpis: y.kpis.map((k) => ({
        kpi: k.kpi,
        unit: k.unit === 'count' ? 'count' : cur,
        category: k.category,
        target: k.target,
        actual: k.actual,
        verified: k.verified,
        declared: k.declared,
        attainment: k.attainment,
        credit: k.credit,
        cost_per_outcome: k.costPerOutcome,
        cost_per_outcome_unit: k.unit === 'count' ? `${cur} minor units per unit` : `${cur} spent per ${cur} of value`,
      })),
      ipoe: {
        weights_version: y.ipoe.weightsVersion,
        input: y.ipoe.input,
        process: y.ipoe.process,
        output: y.ipoe.output,
        effect: y.ipoe.effect,
        score: y.ipoe.score,
      },
      notes: y.notes,
    })),
    grants: m.grants.map((g) => ({
      grant_id: g.grantId,
      title: g.title,
      recipient_organization_id: g.recipientOrganizationId,
      budget_line_key: g.budgetLineKey,
      amount: money(g.amountMinor, cur),
      disbursed: money(g.disbursedMinor, cur),
      execution_rate: g.executionRate,
      years_reported: g.yearsReported,
      outcomes: g.outcomes.map((o) => ({
        kpi: o.kpi,
        unit: o.unit === 'count' ? 'count' : cur,
        verified: o.verified,
        declared: o.declared,
        expected: o.expected,
        attainment: o.attainment,
        cost_per_outcome: o.costPerOutcome,
      })),
    })),
    contributions: m.contributions.map((c) => ({ deal_id: c.dealId, kpi: c.kpi, year: c.year, value: c.value, basis: c.basis })),
    notes: m.notes,
  };
}

export function presentReport(r: ProgrammeReport): z.infer<typeof C.ProgrammeReport> {
  const cur = r.programme.currency;
  return {
    programme: presentProgramme(r.programme),
    generated_at: r.generatedAt.toISOString(),
    performance: presentPerformance(r.programme, r.measurement),
    spending: r.spending.map((s) => ({ year: s.year, key: s.key, label: s.label, budget: money(s.budgetMinor, cur), spent: money(s.spentMinor, cur) })),
    outcome_reports: r.outcomes.map(presentOutcomeReport),
    top_deals: r.topDeals.map((d) => ({
      deal_id: d.dealId,
      title: d.title,
      owner_name: d.ownerName,
      interested_name: d.interestedName,
      agreement_type: d.agreementType,
      registration_number: d.registrationNumber,
      registered_on: d.registeredOn,
      buyer_country: d.buyerCountry,
      seller_country: d.sellerCountry,
      value: d.valueMinor === null ? null : money(d.valueMinor, cur),
    })),
  };
}

export function presentAllocation(p: AllocationProposal): z.infer<typeof C.Allocation> {
  return {
    id: p.id,
    period: p.period,
    budget: money(p.budgetMinor, p.currency),
    policy_version: p.policyVersion,
    score_weights_version: p.scoreWeightsVersion,
    lines: p.lines.map((l) => ({
      programme_id: l.programmeId,
      name: l.name,
      current_minor: l.currentMinor,
      proposed_minor: l.proposedMinor,
      score: l.score,
      reasons: l.reasons,
      approved_minor: l.approvedMinor,
    })),
    status: p.status,
    note: p.note,
    created_at: p.createdAt.toISOString(),
    created_by_user_id: p.createdByUserId,
    approved_at: iso(p.approvedAt),
    approved_by_user_id: p.approvedByUserId,
    version: p.version,
  };
}
