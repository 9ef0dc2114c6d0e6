/**
 * Organization name resolution: maps a free-text affiliation ("Dept. of Physics, Tsinghua
 * University, Beijing 100084, China") or an organization name to registry organizations with a
 * confidence in [0, 1], or to nothing when unsure.
 *
 * How a query is scored (see docs in bench/eval/ror.ts for the measured effect):
 * 1. The text is split into segments (commas, semicolons, brackets) and tokenized with the name
 *    normalizer (org-normalize.ts), so "Univ." and "Universität" both read "university".
 * 2. Phrase hits: every token span inside one segment (or ending a segment that follows another
 *    segment, for "University of Wisconsin, Madison") is looked up among the normalized names.
 *    A span that is a whole segment scores highest; a span inside a longer segment scores by the
 *    share of the segment it covers; a name inside a longer hit of another organization is
 *    discounted ("Peking University" inside "Peking University Third Hospital").
 * 3. Fuzzy hits: each segment and each pair of adjacent segments is compared with all names by
 *    character-trigram TF-IDF cosine (candidates from an inverted index over the rarer trigrams).
 * 4. Acronym hits: a capitalized token equal to a registry acronym ("CNRS").
 * 5. Evidence: a country the text mentions that agrees with the organization's country adds a
 *    little, one that disagrees takes a lot; the organization's city in the text adds a little.
 * The best hit per organization gives its score; results at or above the threshold are returned.
 */
import { detectCountries } from './org-geo.js';
import { isCjkChar, nameKey, splitSegments, tokenize } from './org-normalize.js';
import { TrigramIndex } from './org-trigram-index.js';

export type OrgStatus = 'active' | 'inactive' | 'withdrawn';

/** What the resolver needs to know about one organization. */
export type OrgResolverEntry = {
  /** Caller's id, returned as `orgId` (a ROR id, an ITTC organization id, ...). */
  id: string;
  name: string | null;
  nameZh?: string | null;
  /** Other names: labels in other languages, former names, aliases. */
  aliases?: readonly string[];
  acronyms?: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  city?: string | null;
  /** Withdrawn and inactive records rank just below an active record with the same name. */
  status?: OrgStatus;
};

export type OrgMatchKind = 'exact' | 'contained' | 'fuzzy' | 'acronym';

export type OrgMatch = {
  orgId: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** The registry name (or acronym) that matched. */
  matchedName: string;
  how: OrgMatchKind;
};

export type ResolveOptions = {
  /** Most results to return (default 5). */
  limit?: number;
  /** Lowest score returned (default: the resolver's threshold). 0 returns every candidate. */
  threshold?: number;
};

export type OrgResolver = {
  resolve: (text: string, options?: ResolveOptions) => OrgMatch[];
  add: (org: OrgResolverEntry) => void;
  /** Number of organizations indexed. */
  readonly size: number;
  readonly threshold: number;
};

export type OrgResolverOptions = {
  /** Decision threshold used when `resolve` gets none; see DEFAULT_ORG_THRESHOLD. */
  threshold?: number;
};

/**
 * Decision threshold chosen on the development sets only (ROR crossref + names gold sets):
 * the value that maximizes decision accuracy on the crossref set (right organization first
 * for positive strings, empty answer for no-match strings). See bench/eval/ror.ts.
 */
export const DEFAULT_ORG_THRESHOLD = 0.7;

// Scoring constants (hand-set, then checked on the development sets).
const SCORE = {
  exactMulti: 1,
  exactSingle: 0.9,
  containedBase: 0.74,
  containedCoverage: 0.2,
  containedSingle: 0.45,
  dominated: 0.8,
  fuzzyCap: 0.95,
  fuzzyMin: 0.45,
  acronymSegment: 0.62,
  acronymToken: 0.5,
  countryAgrees: 0.08,
  countryDisagrees: -0.3,
  cityAgrees: 0.05,
  inactive: 0.97,
  withdrawn: 0.9,
} as const;

const MAX_SPAN_TOKENS = 24;
const FUZZY_CANDIDATES = 40;
const FUZZY_PER_SEGMENT = 8;

type OrgRow = {
  id: string;
  country: string | null;
  cityKey: string | null;
  statusFactor: number;
};

type Hit = { sim: number; name: number; how: OrgMatchKind; label?: string };

/** Builds a resolver over `orgs`; more can be added later with `add`. */
export function createOrgResolver(orgs: Iterable<OrgResolverEntry>, options: OrgResolverOptions = {}): OrgResolver {
  const threshold = options.threshold ?? DEFAULT_ORG_THRESHOLD;
  const orgRows: OrgRow[] = [];
  // Names, as parallel arrays indexed by name number.
  const nameOrg: number[] = [];
  const nameText: string[] = [];
  const exact = new Map<string, number[]>();
  const acronyms = new Map<string, number[]>();
  const trigrams = new TrigramIndex();

  function addOrg(org: OrgResolverEntry): void {
    const orgIndex = orgRows.length;
    const cityKey = org.city ? nameKey(org.city) : '';
    orgRows.push({
      id: org.id,
      country: org.country ? org.country.toUpperCase() : null,
      cityKey: cityKey.length > 0 ? cityKey : null,
      statusFactor: org.status === 'withdrawn' ? SCORE.withdrawn : org.status === 'inactive' ? SCORE.inactive : 1,
    });
    const seen = new Set<string>();
    const allNames = [org.name, org.nameZh, ...(org.aliases ?? [])];
    for (const text of allNames) {
      if (!text) continue;
      const key = nameKey(text);
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const n = nameOrg.length;
      nameOrg.push(orgIndex);
      nameText.push(text);
      let list = exact.get(key);
      if (!list) exact.set(key, (list = []));
      list.push(n);
      trigrams.add(key);
    }
    for (const acronym of org.acronyms ?? []) {
      const a = acronym.replace(/[^\p{L}\p{N}]/gu, '');
      if (a.length < 2) continue;
      const key = a.toUpperCase();
      let list = acronyms.get(key);
      if (!list) acronyms.set(key, (list = []));
      if (!list.includes(orgIndex)) list.push(orgIndex);
    }
  }

  function resolve(text: string, opts: ResolveOptions = {}): OrgMatch[] {
    const limit = opts.limit ?? 5;
    const minScore = opts.threshold ?? threshold;

    // Tokens of all segments, with segment boundaries.
    const keys: string[] = [];
    const raws: string[] = [];
    const segOf: number[] = [];
    const segStart: number[] = [];
    const segEnd: number[] = [];
    for (const segment of splitSegments(text)) {
      const tokens = tokenize(segment);
      if (tokens.length === 0) continue;
      const s = segStart.length;
      segStart.push(keys.length);
      for (const t of tokens) {
        keys.push(t.key);
        raws.push(t.raw);
        segOf.push(s);
      }
      segEnd.push(keys.length);
    }
    if (keys.length === 0) return [];

    const best = new Map<number, Hit>();
    const offer = (org: number, hit: Hit): void => {
      const prev = best.get(org);
      if (!prev || hit.sim > prev.sim) best.set(org, hit);
    };

    // 2. Phrase hits.
    type Span = { name: number; start: number; end: number };
    const spans: Span[] = [];
    for (let i = 0; i < keys.length; i++) {
      let phrase = '';
      for (let j = i; j < keys.length && j - i < MAX_SPAN_TOKENS; j++) {
        if (segOf[j]! - segOf[i]! > 1) break;
        phrase = j === i ? keys[j]! : `${phrase} ${keys[j]!}`;
        // A span crossing a comma must end where the second segment ends.
        if (segOf[j] !== segOf[i] && j + 1 !== segEnd[segOf[j]!]) continue;
        const names = exact.get(phrase);
        if (names) for (const n of names) spans.push({ name: n, start: i, end: j + 1 });
      }
    }
    for (const span of spans) {
      const org = nameOrg[span.name]!;
      const first = segOf[span.start]!;
      const last = segOf[span.end - 1]!;
      const segLength = segEnd[last]! - segStart[first]!;
      const length = span.end - span.start;
      const single = length === 1 && !isCjkChar(keys[span.start]!.charAt(0));
      let sim: number;
      let how: OrgMatchKind;
      if (length === segLength) {
        sim = single ? SCORE.exactSingle : SCORE.exactMulti;
        how = 'exact';
      } else {
        sim = single ? SCORE.containedSingle : SCORE.containedBase + SCORE.containedCoverage * (length / segLength);
        how = 'contained';
      }
      const dominated = spans.some(
        (o) => nameOrg[o.name] !== org && o.start <= span.start && o.end >= span.end && o.end - o.start > length,
      );
      if (dominated) sim *= SCORE.dominated;
      offer(org, { sim, name: span.name, how });
    }

    // 3. Fuzzy hits over segments and adjacent pairs.
    const segCount = segStart.length;
    for (let s = 0; s < segCount; s++) {
      for (let width = 1; width <= 2 && s + width <= segCount; width++) {
        const key = keys.slice(segStart[s]!, segEnd[s + width - 1]!).join(' ');
        if (key.replace(/ /g, '').length < 4) continue;
        for (const { id: name, cosine } of trigrams.search(key, FUZZY_PER_SEGMENT, FUZZY_CANDIDATES)) {
          if (cosine < SCORE.fuzzyMin) continue;
          offer(nameOrg[name]!, { sim: Math.min(cosine, SCORE.fuzzyCap), name, how: 'fuzzy' });
        }
      }
    }

    // 4. Acronyms written in capitals.
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i]!;
      if (raw.length < 2 || raw.length > 12 || raw !== raw.toUpperCase() || !/\p{Lu}.*\p{Lu}/u.test(raw)) continue;
      const orgsWith = acronyms.get(raw);
      if (!orgsWith) continue;
      const alone = segEnd[segOf[i]!]! - segStart[segOf[i]!]! === 1;
      const sim = (alone ? SCORE.acronymSegment : SCORE.acronymToken) / Math.sqrt(orgsWith.length);
      for (const org of orgsWith) offer(org, { sim, name: -1, how: 'acronym', label: raw });
    }

    // 5. Evidence from places.
    const countries = detectCountries(keys, raws);
    const phrases = new Set<string>();
    for (let i = 0; i < keys.length; i++) {
      let phrase = '';
      for (let j = i; j < keys.length && j - i < 4; j++) {
        phrase = j === i ? keys[j]! : `${phrase} ${keys[j]!}`;
        phrases.add(phrase);
      }
    }
    const results: OrgMatch[] = [];
    for (const [org, hit] of best) {
      const row = orgRows[org]!;
      let score = hit.sim;
      if (countries.size > 0 && row.country) score += countries.has(row.country) ? SCORE.countryAgrees : SCORE.countryDisagrees;
      if (row.cityKey && phrases.has(row.cityKey)) score += SCORE.cityAgrees;
      score = Math.max(0, Math.min(1, score * row.statusFactor));
      if (score < minScore || score === 0) continue;
      results.push({
        orgId: row.id,
        score: Math.round(score * 10000) / 10000,
        matchedName: hit.name >= 0 ? nameText[hit.name]! : (hit.label ?? ''),
        how: hit.how,
      });
    }
    results.sort((a, b) => b.score - a.score || a.orgId.localeCompare(b.orgId));
    return results.slice(0, limit);
  }

  for (const org of orgs) addOrg(org);

  return {
    resolve,
    add: addOrg,
    get size() {
      return orgRows.length;
    },
    threshold,
  };
}
