import type { Listing } from '../listings/listing.js';
import type { Organization } from '../organizations/organization.js';
import type { FundingCall } from './call.js';
import { eligibilityProblems, type EligibilityReason } from './eligibility.js';

/**
 * Matching between funding calls and funding_request listings (both directions). Pure and
 * deterministic: a fit score in [0, 1] from four weighted signals, with eligibility of the
 * listing's owner organization as a gate (ineligible pairs rank after every eligible one).
 * Only public listing fields are read (never confidential_details).
 *
 *   score = (30·sector + 20·trl + 20·amount + 30·text) / 100
 *
 * - sector: 0 without a shared sector; 0.5 + 0.5 × (shared / the listing's sectors) with one;
 *   0.5 when the call names no sector (open to all) and the listing has some.
 * - trl: 1 inside the call's window, minus 1/3 per level outside (floor 0); 0.5 when the call
 *   has no window; 0.25 when the listing gives no TRL.
 * - amount: the request (the listing's budget maximum, else minimum) against the call's
 *   per-project ceiling: 1 when it fits, else ceiling / request (the share the call could fund);
 *   0.5 when unknown or in another currency than the call's (CNY calls use the listing's CNY
 *   conversion).
 * - text: cosine of the two texts' term sets (Latin words of 3+ letters without stop words,
 *   CJK character bigrams), scaled so that 0.25 or more counts fully.
 */
export const CALL_MATCH_VERSION = 'call-match-2026.1';
export const CALL_MATCH_WEIGHTS = { sector: 30, trl: 20, amount: 20, text: 30 } as const;

export type CallMatchReason =
  | { kind: 'sector'; shared: string[] }
  | { kind: 'trl'; trl: number | null; min: number | null; max: number | null; fits: boolean }
  | { kind: 'amount'; requestedMinor: number | null; ceilingMinor: number; currency: string; fits: boolean | null }
  | { kind: 'text'; terms: string[] }
  | { kind: 'eligibility'; eligible: boolean; problems: EligibilityReason[] };

export type CallMatch = {
  callId: string;
  listingId: string;
  score: number;
  eligible: boolean;
  signals: { sector: number; trl: number; amount: number; text: number };
  reasons: CallMatchReason[];
};

const STOP = new Set(
  'the and for with from that this are was were has have not but its our their your into over under more most such than then them these those also can will all any per via who what when where which while use used using new based about project projects call calls fund funding technology technologies'.split(
    ' ',
  ),
);

/** Terms of a text: lower-case Latin words of 3+ letters (stop words out) and CJK character bigrams. */
export function textTerms(text: string): Set<string> {
  const out = new Set<string>();
  const s = text.normalize('NFKC').toLowerCase();
  for (const w of s.match(/[a-z][a-z0-9-]{2,}/g) ?? []) if (!STOP.has(w)) out.add(w.replace(/-+$/, ''));
  for (const run of s.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export const callText = (c: Pick<FundingCall, 'title' | 'theme' | 'description'>) => `${c.title} ${c.theme} ${c.description}`;
export const listingText = (l: Pick<Listing, 'title' | 'summary' | 'keywords' | 'translations'>) =>
  [l.title, l.summary, ...l.keywords, ...Object.values(l.translations).flatMap((t) => (t ? [t.title, t.summary] : []))].join(' ');

/** The request a listing states, in the call's currency when comparable; null when unknown. */
function requestedIn(listing: Pick<Listing, 'price' | 'priceCny'>, currency: string): number | null {
  const pick = (r: { minMinor: number | null; maxMinor: number | null } | null) => (r ? (r.maxMinor ?? r.minMinor) : null);
  if (listing.price && listing.price.currency.toUpperCase() === currency) return pick(listing.price);
  if (currency === 'CNY') return pick(listing.priceCny);
  return null;
}

/** Scores one call against one funding_request listing and its owner organization. */
export function scoreCallMatch(
  call: Pick<FundingCall, 'id' | 'sectors' | 'trlMin' | 'trlMax' | 'ceilingMinor' | 'currency' | 'eligibility' | 'title' | 'theme' | 'description'>,
  listing: Pick<Listing, 'id' | 'sectors' | 'trl' | 'price' | 'priceCny' | 'title' | 'summary' | 'keywords' | 'translations'>,
  owner: Pick<Organization, 'type' | 'country' | 'region' | 'sizeClass'> | null,
  terms?: { call?: Set<string>; listing?: Set<string> },
): CallMatch {
  const reasons: CallMatchReason[] = [];

  const shared = listing.sectors.filter((s) => call.sectors.includes(s));
  let sector: number;
  if (call.sectors.length === 0) sector = listing.sectors.length > 0 ? 0.5 : 0;
  else sector = shared.length > 0 ? 0.5 + (0.5 * shared.length) / listing.sectors.length : 0;
  if (shared.length > 0) reasons.push({ kind: 'sector', shared });

  let trl: number;
  const hasWindow = call.trlMin !== null || call.trlMax !== null;
  const lo = call.trlMin ?? 1;
  const hi = call.trlMax ?? 9;
  if (!hasWindow) trl = 0.5;
  else if (listing.trl === null) trl = 0.25;
  else {
    const d = listing.trl < lo ? lo - listing.trl : listing.trl > hi ? listing.trl - hi : 0;
    trl = Math.max(0, 1 - d / 3);
  }
  if (hasWindow) reasons.push({ kind: 'trl', trl: listing.trl, min: call.trlMin, max: call.trlMax, fits: listing.trl !== null && listing.trl >= lo && listing.trl <= hi });

  const requested = requestedIn(listing, call.currency);
  let amount: number;
  if (requested === null || requested <= 0) amount = 0.5;
  else amount = requested <= call.ceilingMinor ? 1 : call.ceilingMinor / requested;
  reasons.push({ kind: 'amount', requestedMinor: requested, ceilingMinor: call.ceilingMinor, currency: call.currency, fits: requested === null ? null : requested <= call.ceilingMinor });

  const a = terms?.call ?? textTerms(callText(call));
  const b = terms?.listing ?? textTerms(listingText(listing));
  const common = [...a].filter((x) => b.has(x));
  const cosine = a.size && b.size ? common.length / Math.sqrt(a.size * b.size) : 0;
  const text = Math.min(1, cosine / 0.25);
  if (common.length > 0) reasons.push({ kind: 'text', terms: common.sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).slice(0, 6) });

  const problems = owner ? eligibilityProblems(call, owner, listing.trl).filter((p) => p.rule !== 'trl') : [];
  const eligible = owner !== null && problems.length === 0;
  reasons.push({ kind: 'eligibility', eligible, problems });

  const w = CALL_MATCH_WEIGHTS;
  const score = round4((w.sector * sector + w.trl * trl + w.amount * amount + w.text * text) / 100);
  return {
    callId: call.id,
    listingId: listing.id,
    score,
    eligible,
    signals: { sector: round4(sector), trl: round4(trl), amount: round4(amount), text: round4(text) },
    reasons,
  };
}

/** Best first: eligible before ineligible, then by score, then by the other side's id (stable). */
export function rankCallMatches(matches: CallMatch[], by: 'listing' | 'call'): CallMatch[] {
  const key = (m: CallMatch) => (by === 'listing' ? m.listingId : m.callId);
  return [...matches].sort((x, y) => Number(y.eligible) - Number(x.eligible) || y.score - x.score || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}
