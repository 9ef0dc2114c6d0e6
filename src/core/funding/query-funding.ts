import { authorizeRoute } from '../accounts/authorize.js';
import { hasRole, type Actor } from '../shared/actor.js';
import type { FundingApplication, FundingCall, Grant, Review, ReviewAssignment } from './call.js';
import { loadManagedCall, loadReadableCall } from './funding-helpers.js';
import { applicationNotFound, canManageCall, canReadApplication, canReadGrant, grantNotFound, seesAllGrants } from './policy.js';
import type { CallFilter, FundingDeps } from './ports.js';
import { rankApplications, type RankedApplication } from './scoring.js';

export type CallSummary = FundingCall & { awardedMinor: number; applicationCount: number | null };

/**
 * Calls the actor may see: published and closed ones for everyone, drafts and cancelled ones
 * for the funder's staff (and brokers, administrators).
 */
export async function listCalls(deps: FundingDeps, actor: Actor, filter: Omit<CallFilter, 'unpublishedFunderScope'>): Promise<FundingCall[]> {
  const seesAll = actor.kind === 'system' || hasRole(actor, 'admin') || hasRole(actor, 'broker');
  const scope = seesAll ? 'all' : actor.kind === 'user' && hasRole(actor, 'funder') ? actor.organizationIds : [];
  return deps.calls.list({ ...filter, unpublishedFunderScope: scope });
}

/** One call with how much of its budget is awarded (and, for its managers, how many applications). Errors: FUNDING_CALL_NOT_FOUND. */
export async function getCall(deps: FundingDeps, actor: Actor, id: string): Promise<CallSummary> {
  const call = await loadReadableCall(deps.calls, actor, id);
  const awardedMinor = await deps.grants.awardedTotal(id);
  const applicationCount = canManageCall(actor, call) ? (await deps.applications.listForCall(id)).length : null;
  return { ...call, awardedMinor, applicationCount };
}

export type ApplicationWithRank = FundingApplication & { ranking: RankedApplication | null };

/**
 * The call's applications ranked by weighted review score, with every review: for the funder's
 * staff only. Errors: FUNDING_CALL_NOT_FOUND, FUNDING_FORBIDDEN.
 */
export async function listApplications(
  deps: FundingDeps,
  actor: Actor,
  callId: string,
): Promise<{ call: FundingCall; applications: ApplicationWithRank[]; reviews: Review[]; assignments: ReviewAssignment[] }> {
  authorizeRoute(actor, 'signed_in:read');
  const call = await loadManagedCall(deps.calls, actor, callId);
  const [applications, reviews, assignments] = await Promise.all([
    deps.applications.listForCall(callId),
    deps.reviews.listForCall(callId),
    deps.assignments.listForCall(callId),
  ]);
  const ranking = rankApplications(call.criteria, applications, reviews);
  const byId = new Map(applications.map((a) => [a.id, a]));
  const ranked = ranking.map((r) => ({ ...byId.get(r.applicationId)!, ranking: r }));
  const withdrawn = applications.filter((a) => a.status === 'withdrawn').map((a) => ({ ...a, ranking: null }));
  return { call, applications: [...ranked, ...withdrawn], reviews, assignments };
}

/**
 * One application, for those who may see it (applicant members, the funder's staff, its
 * assigned reviewers, brokers). Reviews come with it for the funder's staff; a reviewer gets
 * only their own. Errors: FUNDING_APPLICATION_NOT_FOUND.
 */
export async function getApplication(deps: FundingDeps, actor: Actor, id: string): Promise<{ application: FundingApplication; call: FundingCall; reviews: Review[] }> {
  authorizeRoute(actor, 'signed_in:read');
  const application = await deps.applications.findById(id);
  const call = application ? await deps.calls.findById(application.callId) : null;
  if (!application || !call) throw applicationNotFound(id);
  const mine = actor.kind === 'user' ? (await deps.assignments.listForReviewer(actor.userId)).filter((a) => a.applicationId === id) : [];
  if (!canReadApplication(actor, application, call, mine.length > 0)) throw applicationNotFound(id);
  const all = (await deps.reviews.listForCall(call.id)).filter((r) => r.applicationId === id);
  const reviews = canManageCall(actor, call) ? all : all.filter((r) => mine.some((a) => a.id === r.assignmentId));
  return { application, call, reviews };
}

/** The applications of organizations the actor belongs to. */
export async function listMyApplications(deps: FundingDeps, actor: Actor): Promise<FundingApplication[]> {
  authorizeRoute(actor, 'signed_in:read');
  return actor.kind === 'user' ? deps.applications.listForApplicants(actor.organizationIds) : [];
}

export type AssignmentView = { assignment: ReviewAssignment; application: FundingApplication; call: FundingCall; review: Review | null };

/** The reviewer's own assignments (a reviewer sees only these), with the application and their review if submitted. */
export async function listMyAssignments(deps: FundingDeps, actor: Actor): Promise<AssignmentView[]> {
  authorizeRoute(actor, 'signed_in:read');
  if (actor.kind !== 'user') return [];
  const out: AssignmentView[] = [];
  for (const assignment of await deps.assignments.listForReviewer(actor.userId)) {
    const [application, call, review] = await Promise.all([
      deps.applications.findById(assignment.applicationId),
      deps.calls.findById(assignment.callId),
      deps.reviews.findByAssignment(assignment.id),
    ]);
    if (application && call) out.push({ assignment, application, call, review });
  }
  return out;
}

/** Grants the actor may see: their organizations' (as recipient or funder), or all for brokers and administrators. */
export async function listGrants(deps: FundingDeps, actor: Actor, filter: { callId?: string }): Promise<Grant[]> {
  authorizeRoute(actor, 'signed_in:read');
  if (seesAllGrants(actor)) return deps.grants.list(filter);
  if (actor.kind !== 'user') return [];
  const [asRecipient, asFunder] = await Promise.all([
    deps.grants.list({ ...filter, recipientOrganizationIds: actor.organizationIds }),
    hasRole(actor, 'funder') ? deps.grants.list({ ...filter, funderOrganizationIds: actor.organizationIds }) : Promise.resolve([]),
  ]);
  const seen = new Map([...asRecipient, ...asFunder].map((g) => [g.id, g]));
  return [...seen.values()].sort((a, b) => b.awardedAt.getTime() - a.awardedAt.getTime() || (a.id < b.id ? -1 : 1));
}

/** One grant with its disbursement schedule. Errors: FUNDING_GRANT_NOT_FOUND. */
export async function getGrant(deps: FundingDeps, actor: Actor, id: string): Promise<Grant> {
  authorizeRoute(actor, 'signed_in:read');
  const grant = await deps.grants.findById(id);
  if (!grant || !canReadGrant(actor, grant)) throw grantNotFound(id);
  return grant;
}

