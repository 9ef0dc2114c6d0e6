/**
 * Organization name resolution: maps a free-text affiliation ("Dept. of Physics, Tsinghua
 * University, Beijing 100084, China") or an organization name to registry organizations with a
 * confidence in [0, 1], or to nothing when unsure. Pure and in memory: build it once over the
 * registry (createOrgResolver), then resolve and add.
 *
 * How a text is scored (measured effect in bench/eval/ror.ts):
 * 1. Parsing (org-query.ts): segments at commas, semicolons and brackets; tokens normalized as
 *    names are (org-normalize.ts: "Univ." and "Universität" both read "university", CJK one
 *    character a token); segments that only name places ("Beijing 100084", "Seattle, WA") are
 *    marked and never taken for an organization; the countries the text mentions.
 * 2. Phrase hits: token spans looked up among the normalized names. A span that is a whole
 *    segment scores highest, a span inside a longer segment scores by its share; a name may run
 *    over one comma ("University of Wisconsin, Madison") or into a later place segment
 *    ("University of California, Dept. of X, Los Angeles").
 * 3. Fuzzy hits: each segment and pair of adjacent segments against all names, by
 *    character-trigram TF-IDF cosine (org-trigram-index.ts) capped by word-level agreement.
 * 4. Acronym hits: a capitalized token equal to a registry acronym ("CNRS").
 * 5. Adjustments: a name inside a longer strong hit of another organization is discounted
 *    ("Peking University" inside "Peking University Third Hospital"); generic names ("Institute
 *    of Technology") and names several organizations share lose a little; a country named outside
 *    the matched words that agrees adds a little, one that disagrees takes a lot; the
 *    organization's city adds a little; later segments (where institutions usually stand) and
 *    main names weigh a little more; a withdrawn organization's match goes to its successor.
 * The best hit per organization gives its score; results at or above the threshold are returned.
 */
import { diceBigrams, nameVariants } from './org-names.js';
import { isCjkChar, nameKey } from './org-normalize.js';
import { parseQuery, type ParsedQuery } from './org-query.js';
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
  /**
   * How well known the organization is, in [0, 1] (default 0). Breaks near-ties between
   * organizations with the same name ("York University" in Toronto and in Nebraska).
   */
  prominence?: number;
  /** Ids of successors. A withdrawn or inactive organization's match goes to its successor first. */
  successorIds?: readonly string[];
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
  /** Indexes one more organization; adding an id again replaces the earlier entry. */
  add: (org: OrgResolverEntry) => void;
  /** Number of distinct organization ids indexed. */
  readonly size: number;
  readonly threshold: number;
};

export type OrgResolverOptions = {
  /** Decision threshold used when `resolve` gets none; see DEFAULT_ORG_THRESHOLD. */
  threshold?: number;
};

/**
 * Decision threshold chosen on the development sets only (ROR crossref gold set, subset
 * registry): the value in a 0.01 grid that maximizes decision accuracy on the crossref set
 * (right organization first for positive strings, empty answer for no-match strings); 0.80-0.85
 * are within 0.002 of it. See bench/eval/ror.ts.
 */
export const DEFAULT_ORG_THRESHOLD = 0.83;

// Scoring constants (hand-set, then checked on the development sets).
const SCORE = {
  exactMulti: 1,
  exactSingle: 0.9,
  containedBase: 0.8,
  containedCoverage: 0.15,
  containedSingle: 0.45,
  containedSingleRare: 0.6,
  inPlaceSegment: 0.6,
  dominated: 0.8,
  dominatorMin: 0.85,
  fuzzyDominatorMin: 0.9,
  fuzzyCap: 0.92,
  fuzzyMin: 0.45,
  acronymAlone: 0.85,
  acronymInSegment: 0.6,
  acronymPerHomonym: 0.1,
  acronymMin: 0.35,
  homonymPenalty: 0.04,
  homonymPenaltyMax: 0.16,
  genericPenalty: 0.1,
  genericContainedPenalty: 0.25,
  countryAgrees: 0.08,
  countryDisagrees: -0.3,
  cityAgrees: 0.05,
  prominence: 0.03,
  mainName: 0.02,
  laterSegment: 0.04,
  inactive: 0.97,
  withdrawn: 0.9,
} as const;

const MAX_SPAN_TOKENS = 24;
const FUZZY_CANDIDATES = 40;
const FUZZY_PER_SEGMENT = 8;
const MAX_FUZZY_TOKENS = 14;
// Longest place part of a name looked up in a place segment ("Los Angeles", "San Francisco").
const MAX_PLACE_TOKENS = 4;
// A name whose every token is in more than this share of names is generic ("Department of Health").
// (and in at least GENERIC_TOKEN_MIN_NAMES names, so that a small registry has no generic names).
const GENERIC_TOKEN_SHARE = 0.0015;
const GENERIC_TOKEN_MIN_NAMES = 20;
// A one-token name is rare when at most this many names contain its token.
const RARE_TOKEN_NAMES = 3;
// Two words are spelled alike from this bigram Dice up ("wuerzburg" and "wurzburg": 0.8).
const SPELLED_ALIKE = 0.7;

type OrgRow = {
  id: string;
  country: string | null;
  cityKey: string | null;
  statusFactor: number;
  prominence: number;
  isCurrent: boolean;
  successorIds: readonly string[];
  /** Set when the same id was added again: the newer row answers for it. */
  isReplaced: boolean;
};

type Hit = { org: number; sim: number; name: number; how: OrgMatchKind; start: number; end: number; label?: string };

/** Builds a resolver over `orgs`; more can be added later with `add`. */
export function createOrgResolver(orgs: Iterable<OrgResolverEntry>, options: OrgResolverOptions = {}): OrgResolver {
  const threshold = options.threshold ?? DEFAULT_ORG_THRESHOLD;
  const orgRows: OrgRow[] = [];
  // Names, as parallel arrays indexed by name number (= trigram index id).
  const nameOrg: number[] = [];
  const nameText: string[] = [];
  const nameKeys: string[] = [];
  const nameIsMain: boolean[] = [];
  const exact = new Map<string, number[]>();
  const tokenNames = new Map<string, number>();
  const acronymsExact = new Map<string, number[]>();
  const acronymsUpper = new Map<string, number[]>();
  const cities = new Map<string, Set<string>>();
  const indexOfId = new Map<string, number>();
  const trigrams = new TrigramIndex();

  const pushTo = (map: Map<string, number[]>, key: string, value: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };

  function addOrg(org: OrgResolverEntry): void {
    const orgIndex = orgRows.length;
    const cityKey = org.city ? nameKey(org.city) : '';
    if (cityKey.length > 0) {
      let countries = cities.get(cityKey);
      if (!countries) cities.set(cityKey, (countries = new Set()));
      if (org.country) countries.add(org.country.toUpperCase());
    }
    orgRows.push({
      id: org.id,
      country: org.country ? org.country.toUpperCase() : null,
      cityKey: cityKey.length > 0 ? cityKey : null,
      statusFactor: org.status === 'withdrawn' ? SCORE.withdrawn : org.status === 'inactive' ? SCORE.inactive : 1,
      prominence: Math.max(0, Math.min(1, org.prominence ?? 0)),
      isCurrent: org.status === undefined || org.status === 'active',
      successorIds: org.successorIds ?? [],
      isReplaced: false,
    });
    const previous = indexOfId.get(org.id);
    if (previous !== undefined) orgRows[previous]!.isReplaced = true;
    indexOfId.set(org.id, orgIndex);
    for (const { text, key, isMain } of nameVariants([org.name, org.nameZh], org.aliases ?? [])) {
      const n = nameOrg.length;
      nameOrg.push(orgIndex);
      nameText.push(text);
      nameKeys.push(key);
      nameIsMain.push(isMain);
      const sameKey = exact.get(key);
      if (sameKey) sameKey.push(n);
      else exact.set(key, [n]);
      const tokens = key.split(' ');
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (tokens.indexOf(token) === i) tokenNames.set(token, (tokenNames.get(token) ?? 0) + 1);
      }
      trigrams.add(key);
    }
    for (const acronym of org.acronyms ?? []) {
      const a = acronym.replace(/[^\p{L}\p{N}]/gu, '');
      if (a.length < 2) continue;
      pushTo(acronymsExact, a, orgIndex);
      pushTo(acronymsUpper, a.toUpperCase(), orgIndex);
    }
  }

  /** Whether every token of a name key is common among names. */
  function isGeneric(key: string): boolean {
    const limit = Math.max(GENERIC_TOKEN_MIN_NAMES, nameOrg.length * GENERIC_TOKEN_SHARE);
    return key.split(' ').every((t) => (tokenNames.get(t) ?? 0) > limit);
  }

  /** Number of distinct organizations that carry a name key. */
  function homonyms(key: string): number {
    const names = exact.get(key);
    if (!names) return 0;
    return new Set(names.map((n) => nameOrg[n])).size;
  }

  function phraseHits(q: ParsedQuery, hits: Hit[]): void {
    const { keys, segOf, coreStart, coreEnd } = q;
    for (let i = 0; i < keys.length; i++) {
      let phrase = '';
      for (let j = i; j < keys.length && j - i < MAX_SPAN_TOKENS; j++) {
        if (segOf[j]! - segOf[i]! > 1) break;
        phrase = j === i ? keys[j]! : `${phrase} ${keys[j]!}`;
        const first = segOf[i]!;
        const last = segOf[j]!;
        // A span across a comma must reach the end of the second segment, and start where the
        // first does unless it is long ("University of Wisconsin, Madison").
        if (first !== last && (j + 1 < coreEnd[last]! || (i > coreStart[first]! && j + 1 - i < 3))) continue;
        const names = exact.get(phrase);
        if (names) addPhraseHit(q, hits, names, phrase, i, j + 1);
      }
    }
    // A name whose place part sits in a later place segment: "University of California,
    // Department of X, Los Angeles" or "... University of California, San Francisco California USA".
    const segCount = q.segStart.length;
    for (let s = 0; s < segCount; s++) {
      if (q.isPlaceSegment[s] || coreStart[s] === coreEnd[s]) continue;
      for (let t = s + 1; t < segCount; t++) {
        if (!q.isPlaceSegment[t] || coreStart[t] === coreEnd[t]) continue;
        const tail = Math.min(MAX_PLACE_TOKENS, coreEnd[t]! - coreStart[t]!);
        for (let a = coreStart[s]!; a <= coreEnd[s]! - 2; a++) {
          const head = keys.slice(a, coreEnd[s]).join(' ');
          let phrase = head;
          for (let k = 1; k <= tail; k++) {
            phrase = `${phrase} ${keys[coreStart[t]! + k - 1]!}`;
            const names = exact.get(phrase);
            if (!names) continue;
            const length = coreEnd[s]! - a + k;
            let sim =
              a === coreStart[s]
                ? SCORE.exactMulti
                : SCORE.containedBase + (SCORE.containedCoverage * length) / (coreEnd[s]! - coreStart[s]! + k);
            sim -= Math.min(SCORE.homonymPenaltyMax, SCORE.homonymPenalty * (homonyms(phrase) - 1));
            const how: OrgMatchKind = a === coreStart[s] ? 'exact' : 'contained';
            for (const n of names) hits.push({ org: nameOrg[n]!, sim, name: n, how, start: a, end: coreStart[t]! + k });
          }
        }
      }
    }
  }

  function addPhraseHit(q: ParsedQuery, hits: Hit[], names: readonly number[], phrase: string, start: number, end: number): void {
    const { keys, segOf, coreStart, coreEnd } = q;
    const first = segOf[start]!;
    const last = segOf[end - 1]!;
    const coreLength = Math.max(1, coreEnd[last]! - coreStart[first]!);
    const length = end - start;
    const single = length === 1 && !isCjkChar(keys[start]!.charAt(0));
    let sim: number;
    let how: OrgMatchKind;
    if (start <= coreStart[first]! && end >= coreEnd[last]!) {
      sim = single ? SCORE.exactSingle : SCORE.exactMulti;
      how = 'exact';
    } else if (single) {
      const rare = (tokenNames.get(phrase) ?? 0) <= RARE_TOKEN_NAMES && !cities.has(phrase);
      sim = rare ? SCORE.containedSingleRare : SCORE.containedSingle;
      how = 'contained';
    } else {
      sim = SCORE.containedBase + SCORE.containedCoverage * Math.min(1, length / coreLength);
      how = 'contained';
    }
    if (first === last && q.isPlaceSegment[first]) sim *= SCORE.inPlaceSegment;
    // A generic name inside a longer segment is usually part of a longer, specific name.
    if (isGeneric(phrase)) sim -= how === 'exact' ? SCORE.genericPenalty : SCORE.genericContainedPenalty;
    sim -= Math.min(SCORE.homonymPenaltyMax, SCORE.homonymPenalty * (homonyms(phrase) - 1));
    for (const n of names) hits.push({ org: nameOrg[n]!, sim, name: n, how, start, end });
  }

  function fuzzyHits(q: ParsedQuery, hits: Hit[]): void {
    const segCount = q.segStart.length;
    // Segments that are exactly a name are settled: fuzzy matching would only add weaker rivals.
    const settled = new Set<number>();
    for (const h of hits) {
      if (h.how === 'exact' && h.sim >= SCORE.dominatorMin && q.segOf[h.start] === q.segOf[h.end - 1]) settled.add(q.segOf[h.start]!);
    }
    for (let s = 0; s < segCount; s++) {
      for (let width = 1; width <= 2 && s + width <= segCount; width++) {
        // Place segments ("Providence", "Boulder, Colorado") are not organization names.
        if (q.isPlaceSegment[s] || (width === 2 && q.isPlaceSegment[s + 1])) continue;
        const start = q.segStart[s]!;
        const end = q.segEnd[s + width - 1]!;
        // Long segments are sentences, not names; a segment that is exactly a name is settled.
        if (end - start > MAX_FUZZY_TOKENS || settled.has(s) || (width === 2 && settled.has(s + 1))) continue;
        const key = q.keys.slice(start, end).join(' ');
        if (key.replace(/ /g, '').length < 4) continue;
        for (const { id: name, cosine } of trigrams.search(key, FUZZY_PER_SEGMENT, FUZZY_CANDIDATES)) {
          if (cosine < SCORE.fuzzyMin) continue;
          const words = tokenAgreement(q.keys.slice(start, end), nameKeys[name]!.split(' '));
          let sim = Math.min(cosine, words, SCORE.fuzzyCap);
          if (sim < SCORE.fuzzyMin) continue;
          if (isGeneric(nameKeys[name]!)) sim -= SCORE.genericPenalty;
          hits.push({ org: nameOrg[name]!, sim, name, how: 'fuzzy', start, end });
        }
      }
    }
  }

  /** Weight of a token: rarer among names, heavier. */
  function tokenWeight(token: string): number {
    return Math.log(1 + nameOrg.length / (1 + (tokenNames.get(token) ?? 0)));
  }

  /**
   * Word-level agreement of a text and a name in [0, 1]: the F1 of idf-weighted tokens found on
   * the other side, a token counting as found when spelled alike ("wuerzburg", "wurzburg").
   */
  function tokenAgreement(text: readonly string[], name: readonly string[]): number {
    const found = (token: string, other: readonly string[]): number => {
      let bestSim = 0;
      for (const o of other) {
        if (o === token) return 1;
        // Dice cannot reach SPELLED_ALIKE when the lengths differ too much.
        if (2 * Math.min(o.length, token.length) < SPELLED_ALIKE * (o.length + token.length)) continue;
        const d = diceBigrams(token, o);
        if (d > bestSim) bestSim = d;
      }
      return bestSim >= SPELLED_ALIKE ? bestSim : 0;
    };
    let textMass = 0;
    let textFound = 0;
    for (const t of text) {
      const w = tokenWeight(t);
      textMass += w;
      textFound += w * found(t, name);
    }
    let nameMass = 0;
    let nameFound = 0;
    for (const t of name) {
      const w = tokenWeight(t);
      nameMass += w;
      nameFound += w * found(t, text);
    }
    const recall = textMass === 0 ? 0 : textFound / textMass;
    const precision = nameMass === 0 ? 0 : nameFound / nameMass;
    return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  }

  function acronymHits(q: ParsedQuery, hits: Hit[]): void {
    for (const i of q.acronymTokens) {
      const raw = q.raws[i]!;
      const isUpper = raw === raw.toUpperCase();
      const orgsWith = acronymsExact.get(raw) ?? (isUpper ? acronymsUpper.get(raw) : undefined);
      if (!orgsWith) continue;
      const alone = q.segEnd[q.segOf[i]!]! - q.segStart[q.segOf[i]!]! === 1;
      const base = alone ? SCORE.acronymAlone : SCORE.acronymInSegment;
      const sim = Math.max(SCORE.acronymMin, base - SCORE.acronymPerHomonym * (orgsWith.length - 1));
      for (const org of orgsWith) hits.push({ org, sim, name: -1, how: 'acronym', start: i, end: i + 1, label: raw });
    }
  }

  function resolve(text: string, opts: ResolveOptions = {}): OrgMatch[] {
    const limit = opts.limit ?? 5;
    const minScore = opts.threshold ?? threshold;
    const q = parseQuery(text, (key) => cities.get(key));
    if (q.keys.length === 0) return [];

    const hits: Hit[] = [];
    phraseHits(q, hits);
    fuzzyHits(q, hits);
    acronymHits(q, hits);
    const live = hits.filter((h) => !orgRows[h.org]!.isReplaced);

    // A hit inside a longer, strong hit of another organization is discounted.
    const dominators = live.filter(
      (h) => (h.how === 'exact' || h.how === 'contained' ? h.sim >= SCORE.dominatorMin : h.how === 'fuzzy' && h.sim >= SCORE.fuzzyDominatorMin),
    );
    const best = new Map<number, Hit>();
    for (const hit of live) {
      const length = hit.end - hit.start;
      const dominated = dominators.some(
        (o) => o.org !== hit.org && o.start <= hit.start && o.end >= hit.end && o.end - o.start > length,
      );
      const sim = dominated ? hit.sim * SCORE.dominated : hit.sim;
      const prev = best.get(hit.org);
      if (!prev || sim > prev.sim) best.set(hit.org, { ...hit, sim });
    }

    // Affiliations list units before their institution: later segments weigh a little more.
    const orgSegments = q.segStart.map((_, i) => i).filter((i) => !q.isPlaceSegment[i]);
    const position = (hit: Hit): number => {
      if (orgSegments.length < 2) return 0;
      const at = orgSegments.indexOf(q.segOf[hit.end - 1]!);
      return at < 0 ? 0 : at / (orgSegments.length - 1);
    };
    const scored = new Map<number, { raw: number; hit: Hit }>();
    for (const [org, hit] of best) {
      const row = orgRows[org]!;
      let raw = hit.sim;
      // Places named outside the matched words are evidence; inside, they are part of the name.
      const outside = q.places.filter((p) => p.end <= hit.start || p.start >= hit.end);
      if (outside.length > 0 && row.country) {
        raw += outside.some((p) => p.countries.has(row.country!)) ? SCORE.countryAgrees : SCORE.countryDisagrees;
      }
      if (row.cityKey && mentionsOutside(q.keys, row.cityKey, hit.start, hit.end)) raw += SCORE.cityAgrees;
      if (hit.name >= 0 && nameIsMain[hit.name]) raw += SCORE.mainName;
      raw += SCORE.laterSegment * position(hit);
      raw = raw * row.statusFactor + SCORE.prominence * row.prominence;
      scored.set(org, { raw, hit });
    }
    promote(scored);

    const ranked: { raw: number; match: OrgMatch }[] = [];
    for (const [org, { raw, hit }] of scored) {
      const row = orgRows[org]!;
      const score = Math.round(Math.max(0, Math.min(1, raw)) * 10000) / 10000;
      if (score < minScore || score === 0) continue;
      ranked.push({
        raw,
        match: { orgId: row.id, score, matchedName: hit.name >= 0 ? nameText[hit.name]! : (hit.label ?? ''), how: hit.how },
      });
    }
    ranked.sort((a, b) => b.raw - a.raw || a.match.orgId.localeCompare(b.match.orgId));
    return ranked.slice(0, limit).map((r) => r.match);
  }

  /** A former organization's match goes to its successor first. */
  function promote(scored: Map<number, { raw: number; hit: Hit }>): void {
    const lift = (to: number, from: { raw: number; hit: Hit }): void => {
      const current = scored.get(to);
      if (!current || current.raw <= from.raw) scored.set(to, { raw: from.raw + 1e-6, hit: current?.hit ?? from.hit });
    };
    for (const [org, entry] of [...scored]) {
      const row = orgRows[org]!;
      if (!row.isCurrent) {
        for (const id of row.successorIds) {
          const s = indexOfId.get(id);
          if (s !== undefined && orgRows[s]!.isCurrent) lift(s, entry);
        }
      }
    }
  }

  for (const org of orgs) addOrg(org);

  return {
    resolve,
    add: addOrg,
    get size() {
      return indexOfId.size;
    },
    threshold,
  };
}

/** Whether the token sequence `phrase` occurs in `keys` outside tokens [start, end). */
function mentionsOutside(keys: readonly string[], phrase: string, start: number, end: number): boolean {
  const words = phrase.split(' ');
  for (let i = 0; i + words.length <= keys.length; i++) {
    if (i < end && i + words.length > start) continue;
    let all = true;
    for (let k = 0; k < words.length && all; k++) all = keys[i + k] === words[k];
    if (all) return true;
  }
  return false;
}
