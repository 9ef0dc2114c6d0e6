import { IssueCollector, isValidIsoDate } from '../shared/validation.js';
import { FUNDING_LIMITS, type Milestone } from './call.js';

/** What an applicant supplies (camelCase). Title, plan and TRL default to the listing's when applying from one. */
export type ApplicationInput = {
  applicantOrganizationId: string;
  listingId?: string | null | undefined;
  title?: string | undefined;
  plan?: string | undefined;
  requestedMinor: number;
  /** When given, the currency of the request and co-funding: it must be the call's. */
  currency?: string | undefined;
  coFundingMinor?: number | undefined;
  trl?: number | null | undefined;
  milestones: { title: string; dueOn: string; amountMinor: number }[];
};

export type ApplicationFields = {
  title: string;
  plan: string;
  requestedMinor: number;
  coFundingMinor: number;
  trl: number | null;
  milestones: Milestone[];
};

const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();

/**
 * Validates an application's own fields: a title, a plan, a positive whole request, non-negative
 * co-funding, TRL 1-9, and 1-24 milestones with dates and non-negative amounts that sum exactly
 * to the request (each milestone is a tranche of it). Milestones are numbered in date order.
 * Throws FUNDING_APPLICATION_INVALID with every problem, or the one problem's own code
 * (FUNDING_MILESTONES_INVALID, FUNDING_TEXT_TOO_LONG, FUNDING_TITLE_REQUIRED).
 */
export function validateApplication(
  input: ApplicationInput,
  defaults: { title: string; plan: string; trl: number | null },
  callCurrency?: string,
): ApplicationFields {
  const issues = new IssueCollector();
  if (callCurrency !== undefined && input.currency !== undefined && clean(input.currency).toUpperCase() !== callCurrency) {
    issues.add('requested.currency', 'FUNDING_APPLICATION_INVALID', `The call funds in ${callCurrency}; ask in it.`);
  }
  const title = clean(input.title) || defaults.title;
  const plan = clean(input.plan) || defaults.plan;
  if (title.length === 0) issues.add('title', 'FUNDING_TITLE_REQUIRED', 'An application needs a title.');
  if ([...title].length > FUNDING_LIMITS.title) issues.add('title', 'FUNDING_TEXT_TOO_LONG', `A title has at most ${FUNDING_LIMITS.title} characters.`);
  if (plan.length === 0) issues.add('plan', 'FUNDING_APPLICATION_INVALID', 'Describe the plan: what the money will do.');
  if ([...plan].length > FUNDING_LIMITS.plan) issues.add('plan', 'FUNDING_TEXT_TOO_LONG', `A plan has at most ${FUNDING_LIMITS.plan} characters.`);

  const requested = input.requestedMinor;
  if (!Number.isSafeInteger(requested) || requested <= 0) issues.add('requested.amount_minor', 'FUNDING_APPLICATION_INVALID', 'The request is a positive whole number of minor units.');
  const coFunding = input.coFundingMinor ?? 0;
  if (!Number.isSafeInteger(coFunding) || coFunding < 0) issues.add('co_funding.amount_minor', 'FUNDING_APPLICATION_INVALID', 'Co-funding is a whole, non-negative number of minor units.');
  const trl = input.trl === undefined ? defaults.trl : input.trl;
  if (trl !== null && (!Number.isInteger(trl) || trl < 1 || trl > 9)) issues.add('trl', 'FUNDING_APPLICATION_INVALID', 'TRL is a whole number from 1 to 9.');

  const ms = input.milestones ?? [];
  if (ms.length === 0 || ms.length > FUNDING_LIMITS.milestones) {
    issues.add('milestones', 'FUNDING_MILESTONES_INVALID', `Give 1 to ${FUNDING_LIMITS.milestones} milestones; each releases a tranche of the money.`);
  }
  let sum = 0;
  const parsed = ms.map((m, i) => {
    const t = clean(m.title);
    if (t.length === 0 || [...t].length > FUNDING_LIMITS.milestoneTitle) {
      issues.add(`milestones.${i}.title`, 'FUNDING_MILESTONES_INVALID', `A milestone needs a title of at most ${FUNDING_LIMITS.milestoneTitle} characters.`);
    }
    const dueOn = clean(m.dueOn);
    if (!isValidIsoDate(dueOn)) issues.add(`milestones.${i}.due_on`, 'FUNDING_MILESTONES_INVALID', 'due_on must be a date as YYYY-MM-DD.');
    if (!Number.isSafeInteger(m.amountMinor) || m.amountMinor < 0) {
      issues.add(`milestones.${i}.amount_minor`, 'FUNDING_MILESTONES_INVALID', 'A milestone amount is a whole, non-negative number of minor units.');
    } else sum += m.amountMinor;
    return { title: t, dueOn, amountMinor: m.amountMinor, i };
  });
  if (ms.length > 0 && Number.isSafeInteger(requested) && sum !== requested) {
    issues.add('milestones', 'FUNDING_MILESTONES_INVALID', `The milestone amounts sum to ${sum}; they must sum to the request, ${requested}.`);
  }
  issues.throwIfAny('FUNDING_APPLICATION_INVALID', 'The application');
  const milestones = parsed
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.i - b.i))
    .map((m, k) => ({ seq: k + 1, title: m.title, dueOn: m.dueOn, amountMinor: m.amountMinor }));
  return { title, plan, requestedMinor: requested, coFundingMinor: coFunding, trl, milestones };
}
