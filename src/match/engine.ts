/**
 * The matching engine facade: an in-process index of public listing texts and attributes, with
 * search (filters, facets, highlights), matches for a listing (complementary kinds, text +
 * structured signals, reasons), similar listings, classification suggestions and partner search.
 *
 *   const { analyzer } = await loadAnalyzers(); // src/loaders/analyzers.ts
 *   const engine = createMatchEngine({ analyzer, now: () => Date.now() });
 *   engine.add(doc); engine.matches(doc.id, { limit: 10 });
 *
 * Everything after `loadAnalyzers` is synchronous and pure (no I/O); time comes from `now`.
 */
import { COMPLEMENTARY_KINDS, type ListingKind } from '../core/listings/listing.js';
import { DomainError } from '../core/shared/domain-error.js';
import { type Analyzer, type TermSet, termSet } from './analyzer.js';
import { docTexts, type MatchDoc, TEXT_FIELDS } from './doc.js';
import { DocIndex, KIND_CODE, type TermQuery } from './doc-index.js';
import { analyzerFingerprint, type SnapshotErrorCode, SnapshotReader, type SnapshotSink, type SnapshotSource, SnapshotWriter } from './snapshot.js';
import type { DocTerms } from './doc-terms.js';
import type { MatchedTerm, MatchReason } from './explain.js';
import { compileFilter, FacetCounter, type FacetCounts, type SearchFilters } from './facets.js';
import { analyzeDoc, type AnalyzedDoc, highlight, type Highlight } from './highlight.js';
import { type IpcParts, parseIpc } from './ipc.js';
import { detectLanguage } from './language.js';
import { combineSignals } from './signals.js';
import { TopK } from './top-k.js';
import { mergeWeights, type MatchWeights } from './weights.js';

export type { MatchDoc } from './doc.js';
export { analyzeDocTerms, type DocTerms } from './doc-terms.js';
export type { MatchReason, MatchedTerm } from './explain.js';
export type { FacetCounts, SearchFilters } from './facets.js';
export type { Highlight } from './highlight.js';
export { createAnalyzer, type Analyzer } from './analyzer.js';
export { DEFAULT_WEIGHTS, type MatchWeights } from './weights.js';

/** Error codes the engine throws (as DomainError): an unknown id, a document without id. */
export type MatchErrorCode = 'MATCH_DOCUMENT_NOT_FOUND' | 'MATCH_DOCUMENT_INVALID';

export type MatchEngineOptions = {
  analyzer: Analyzer;
  weights?: Partial<MatchWeights>;
  /** Clock for freshness (epoch ms). Without it, freshness is not scored. */
  now?: () => number;
  /** Compact automatically when dead documents exceed this share (default 0.3; 1 disables). */
  compactAt?: number;
  /**
   * Score every document a relevance-sorted search finds, not only those that can reach its page
   * (same results, slower; for tests and side-by-side measurements).
   */
  exhaustiveSearch?: boolean;
  /**
   * Start from a snapshot (`MatchEngine.writeSnapshot`) instead of empty. Throws DomainError
   * MATCH_SNAPSHOT_STALE when it was written by another analyzer (or with another `tag`), and
   * MATCH_SNAPSHOT_INVALID when it cannot be read.
   */
  snapshot?: { source: SnapshotSource; tag?: string };
};

export type MatchHit = {
  id: string;
  /** Final score in [0, 1]. */
  score: number;
  /** Raw BM25F text score. */
  textScore: number;
  why: MatchReason[];
};

export type SearchHit = MatchHit & { highlights: Highlight[] };

export type SearchSort = 'relevance' | 'newest' | 'deadline';

export type SearchParams = {
  /** Query text in any language; empty or absent = browse with filters only. */
  text?: string;
  filters?: SearchFilters;
  /** Default: relevance with text, newest without. */
  sort?: SearchSort;
  offset?: number;
  /** Page size, default 20, at most 200. */
  limit?: number;
  /** Facet counts (default true) and values per dimension (default 20). */
  facets?: boolean;
  facetLimit?: number;
  /** Highlights per hit (default true). */
  highlight?: boolean;
  /** Reasons per hit (default true). */
  explain?: boolean;
  /** Only documents everyone may see (not `membersOnly`): the public's view. */
  publicOnly?: boolean;
};

export type SearchResult = {
  total: number;
  offset: number;
  limit: number;
  hits: SearchHit[];
  facets: FacetCounts | null;
};

export type MatchOptions = {
  limit?: number;
  /** Extra filters on candidates. */
  filters?: SearchFilters;
  /** Keep listings of the query's own organization (default false). */
  includeSameOwner?: boolean;
  /** Compute reasons (default true). */
  explain?: boolean;
  /**
   * The public's view: candidates and an indexed query document must not be `membersOnly` (such
   * a query id is not found).
   */
  publicOnly?: boolean;
};

export type SimilarOptions = { limit?: number; sameKind?: boolean; filters?: SearchFilters; explain?: boolean; publicOnly?: boolean };

export type Suggestion = { code: string; score: number };
export type Classification = { ipc: Suggestion[]; sectors: Suggestion[]; neighbours: { id: string; score: number }[] };

export type PartnerHit = {
  organizationId: string;
  score: number;
  /** The organization's best listings for the need, best first. */
  listings: { id: string; score: number }[];
  /** Reasons of its best listing. */
  why: MatchReason[];
};

export type EngineStats = {
  documents: number;
  /** Live documents not `membersOnly`. */
  publicDocuments: number;
  deadDocuments: number;
  terms: number;
  postingsBytes: number;
  zhDocuments: number;
  enDocuments: number;
};

export type MatchEngine = {
  /**
   * Adds or replaces a document. `terms` is its analyzed text when computed already
   * (`analyzeDocTerms` with the engine's analyzer, possibly on another thread).
   */
  add(doc: MatchDoc, terms?: DocTerms): void;
  /** Removes a document; false when absent. */
  remove(id: string): boolean;
  has(id: string): boolean;
  get(id: string): MatchDoc | undefined;
  readonly size: number;
  search(params: SearchParams): SearchResult;
  /**
   * Complementary listings for an indexed id or a document (which need not be indexed).
   * An id that is not indexed throws DomainError MATCH_DOCUMENT_NOT_FOUND (also for similar,
   * classify and partners).
   */
  matches(query: string | MatchDoc, opts?: MatchOptions): MatchHit[];
  /** Listings like this one (any kind, or the same kind). */
  similar(query: string | MatchDoc, opts?: SimilarOptions): MatchHit[];
  /** IPC subclasses and sectors of the nearest classified documents, vote shares in [0, 1]. */
  classify(query: string | MatchDoc, opts?: { limit?: number }): Classification;
  /** Organizations ranked for a need by their listings' match scores. */
  partners(query: string | MatchDoc, opts?: MatchOptions): PartnerHit[];
  stats(): EngineStats;
  compact(): void;
  /**
   * Packs the index's postings to their exact lengths, about a third less memory for them; call
   * after a bulk build (the server's start-up, `ittc match`). Writes after it still work.
   */
  seal(): void;
  /**
   * Writes the index to `sink`, with the analyzer's fingerprint and `tag` (what the caller needs
   * to recognize it: the engine refuses a snapshot whose tag is not the one it is given).
   */
  writeSnapshot(sink: SnapshotSink, tag?: string): void;
  /** The `version` of each indexed document, by id (NaN for none). */
  versions(): Iterable<[id: string, version: number]>;
};

type TermInfo = { id: number; term: string; weight: number; idf: number; direct: string | null; via: string | null };
type Compiled = { q: TermQuery; info: TermInfo[]; located?: TermSet };

const ALL_SIGNALS = new Set(['text', 'sector', 'ipc', 'trl', 'cooperation', 'budget', 'country', 'freshness'] as const);
const SIMILAR_SIGNALS = new Set(['text', 'sector', 'ipc'] as const);

const readSnapshot = (analyzer: Analyzer, source: SnapshotSource, tag: string): DocIndex => {
  const fingerprint = analyzerFingerprint(analyzer);
  return DocIndex.read(analyzer, new SnapshotReader(source), (meta) => {
    if (meta.analyzer !== fingerprint)
      throw new DomainError<SnapshotErrorCode>('MATCH_SNAPSHOT_STALE', 'The index snapshot was made by another analyzer.', { snapshot: meta.analyzer, analyzer: fingerprint });
    if (meta.tag !== tag) throw new DomainError<SnapshotErrorCode>('MATCH_SNAPSHOT_STALE', 'The index snapshot was made for something else.', { snapshot: meta.tag, expected: tag });
  });
};

export const createMatchEngine = (opts: MatchEngineOptions): MatchEngine => {
  const analyzer = opts.analyzer;
  const w = mergeWeights(opts.weights);
  const compactAt = opts.compactAt ?? 0.3;
  const ix = opts.snapshot ? readSnapshot(analyzer, opts.snapshot.source, opts.snapshot.tag ?? '') : new DocIndex(analyzer);
  const sat = (x: number) => (x * (w.queryK3 + 1)) / (x + w.queryK3);

  const compile = (parts: { text: string; weight: number }[], toEnglish: boolean, toChinese: boolean, maxTerms: number, maxDfShare = 1): Compiled => {
    const acc = new Map<string, { direct: number; bridged: number; dsrc: string | null; bsrc: string | null }>();
    for (const part of parts) {
      for (const qt of analyzer.query(part.text, { toEnglish, toChinese })) {
        let a = acc.get(qt.term);
        if (a === undefined) acc.set(qt.term, (a = { direct: 0, bridged: 0, dsrc: null, bsrc: null }));
        if (qt.bridged) {
          a.bridged += qt.weight * part.weight;
          a.bsrc ??= qt.source;
        } else {
          a.direct += qt.weight * part.weight;
          a.dsrc ??= qt.source;
        }
      }
    }
    const info: TermInfo[] = [];
    const maxDf = maxDfShare * ix.n;
    for (const [term, a] of acc) {
      const id = ix.vocab.get(term);
      if (id === undefined || ix.postings.length(id) === 0) continue;
      if (ix.postings.length(id) > maxDf && ix.n >= 100) continue;
      const weight = Math.max(a.direct > 0 ? sat(a.direct) : 0, a.bridged > 0 ? w.bridgeWeight * sat(a.bridged) : 0);
      info.push({ id, term, weight, idf: ix.idf(id), direct: a.direct > 0 ? a.dsrc : null, via: a.bridged > 0 ? a.bsrc : null });
    }
    info.sort((x, y) => y.weight * y.idf - x.weight * x.idf);
    if (info.length > maxTerms) info.length = maxTerms;
    return {
      q: { ids: Int32Array.from(info.map((i) => i.id)), weights: Float64Array.from(info.map((i) => i.weight)) },
      info,
    };
  };

  const docLanguageSet = (doc: MatchDoc): { zh: boolean; en: boolean } => {
    const l = doc.language ?? detectLanguage(`${doc.title} ${doc.summary ?? ''}`);
    return {
      zh: l === 'zh' || l === 'mixed' || doc.translations?.zh != null,
      en: l === 'en' || l === 'mixed' || doc.translations?.en != null,
    };
  };

  const compileDoc = (doc: MatchDoc, maxTerms: number): Compiled => {
    const langs = docLanguageSet(doc);
    const qfw = w.queryFieldWeight;
    const parts = docTexts(doc).map((s) => ({ text: s.text, weight: qfw[TEXT_FIELDS.indexOf(s.field)] ?? 1 }));
    return compile(parts, ix.enDocs > 0 && !langs.en, ix.zhDocs > 0 && !langs.zh, maxTerms, w.maxDocFrequencyShare);
  };

  const compileText = (text: string): Compiled => {
    const l = detectLanguage(text);
    return compile([{ text, weight: 1 }], ix.enDocs > 0 && l !== 'en', ix.zhDocs > 0 && l !== 'zh', 256);
  };

  const explainTerms = (c: Compiled, d: number, ad: AnalyzedDoc, textNorm: number): { reason: MatchReason | null; matched: Set<string> } => {
    const surfaces = new Map<string, { surface: string; field: MatchedTerm['field'] }>();
    ad.tokens.forEach((toks, i) => {
      const field = ad.sources[i]!.field;
      for (const t of toks) if (!surfaces.has(t.term)) surfaces.set(t.term, { surface: t.surface, field });
    });
    const found: { mt: MatchedTerm; c: number }[] = [];
    const matched = new Set<string>();
    for (const t of c.info) {
      if (ix.fieldsOf(t.id, d) === 0) continue;
      const s = surfaces.get(t.term);
      if (s === undefined) continue;
      matched.add(t.term);
      const mt: MatchedTerm = { term: s.surface, field: s.field };
      if (t.direct === null && t.via !== null) mt.via = t.via;
      found.push({ mt, c: t.weight * t.idf });
    }
    found.sort((a, b) => b.c - a.c);
    const seen = new Set<string>();
    const terms: MatchedTerm[] = [];
    for (const f of found) {
      const key = `${f.mt.term.toLowerCase()}|${f.mt.via ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      terms.push(f.mt);
      if (terms.length >= 10) break;
    }
    return { reason: terms.length > 0 ? { type: 'terms', terms, score: textNorm } : null, matched };
  };

  const resolve = (query: string | MatchDoc, publicOnly = false): { doc: MatchDoc; self: number } => {
    if (typeof query === 'string') {
      const d = ix.byId.get(query);
      const doc = d === undefined || (publicOnly && ix.membersOnly[d] === 1) ? null : ix.doc(d);
      if (d === undefined || doc == null) throw new DomainError<MatchErrorCode>('MATCH_DOCUMENT_NOT_FOUND', 'The listing is not in the match index.', { id: query });
      return { doc, self: d };
    }
    return { doc: query, self: ix.byId.get(query.id) ?? -1 };
  };

  const ipcOf = (doc: MatchDoc): IpcParts[] =>
    (doc.ipcCodes ?? []).map(parseIpc).filter((p): p is IpcParts => p !== null);

  type Ranked = { c: Compiled; maxS: number; items: { d: number; s: number; score: number; reasons: MatchReason[] }[] };

  /** Text pass, filtered, then re-rank of the best `rerankDepth` with structured signals. */
  const rank = (
    query: string | MatchDoc,
    o: {
      limit: number;
      filters?: SearchFilters;
      kinds: readonly ListingKind[] | null;
      excludeOwner: boolean;
      use: ReadonlySet<keyof MatchWeights['signal']>;
      publicOnly: boolean;
    },
  ): Ranked => {
    const { doc, self } = resolve(query, o.publicOnly);
    const c = compileDoc(doc, w.maxQueryTerms);
    const filter = compileFilter(ix, o.filters, o.publicOnly);
    // A bit per kind code the query accepts (code 0, no kind, always); null: any kind.
    let kindMask: number | null = null;
    if (o.kinds !== null) {
      kindMask = 1;
      for (const k of o.kinds) kindMask |= 1 << (KIND_CODE.get(k) ?? 0);
    }
    const owner = o.excludeOwner && doc.ownerOrganizationId ? ix.ownerDict.find(doc.ownerOrganizationId) : -1;
    const depth = Math.max(o.limit, w.rerankDepth);
    const top = new TopK(depth);
    const kinds = ix.kind;
    // Scoring visits live documents only, and `self` is the live document with the query's id, if any.
    const accept = (d: number): boolean =>
      d !== self &&
      (kindMask === null || ((kindMask >>> kinds[d]!) & 1) === 1) &&
      (owner < 0 || ix.owner[d] !== owner) &&
      (!filter.active || filter.fails(d) === 0);
    ix.score(c.q, w, (d, s) => top.push(d, s), { topK: depth, accept });
    const cands = top.sorted();
    const maxS = cands[0]?.key || 1;
    const qIpc = ipcOf(doc);
    if (cands.length < o.limit && (qIpc.length > 0 || (doc.sectors?.length ?? 0) > 0)) {
      // Too few text matches: add documents that share a sector or an IPC subclass.
      const seen = new Set(cands.map((x) => x.id));
      const secIds = new Set((doc.sectors ?? []).map((x) => ix.sectorDict.find(x)).filter((x) => x >= 0));
      const subIds = new Set(qIpc.map((p) => ix.subclassDict.find(p.subclass ?? p.cls)).filter((x) => x >= 0));
      for (let d = 0; d < ix.n && cands.length < w.rerankDepth; d++) {
        if (ix.live[d] === 0 || seen.has(d) || d === self || ix.ids[d] === doc.id) continue;
        if (kindMask !== null && ((kindMask >>> kinds[d]!) & 1) === 0) continue;
        if (owner >= 0 && ix.owner[d] === owner) continue;
        let shared = false;
        for (const x of ix.sectors.get(d)) if (secIds.has(x)) shared = true;
        for (const x of ix.ipc.get(d)) if (subIds.has(ix.ipcSubclass[x]!)) shared = true;
        if (!shared || (filter.active && filter.fails(d) !== 0)) continue;
        cands.push({ id: d, key: 0, tie: 0 });
      }
    }
    const now = opts.now?.();
    let items: Ranked['items'];
    if (now === undefined && !hasStructure(doc)) {
      // Every signal but text needs data on the query side: they all score `neutral`.
      let total = 0;
      for (const k of o.use) total += w.signal[k];
      const rest = (total - (o.use.has('text') ? w.signal.text : 0)) * w.neutral;
      const tw = o.use.has('text') ? w.signal.text : 0;
      items = cands.map(({ id: d, key: s }) => ({ d, s, score: total > 0 ? (tw * (s / maxS) + rest) / total : 0, reasons: [] }));
    } else {
      items = cands.map(({ id: d, key: s }) => {
        const cd = ix.doc(d, { texts: false }) as MatchDoc;
        const sig = combineSignals({ query: doc, queryIpc: qIpc, doc: cd, docIpc: ix.docIpc(d), text: s / maxS, now, use: o.use }, w);
        return { d, s, score: sig.score, reasons: sig.reasons };
      });
    }
    items.sort((a, b) => b.score - a.score || b.s - a.s || a.d - b.d);
    if (items.length > o.limit) items.length = o.limit;
    return { c, maxS, items };
  };

  const toHits = (r: Ranked, explain: boolean): MatchHit[] =>
    r.items.map(({ d, s, score, reasons }) => ({ id: ix.ids[d]!, score, textScore: s, why: explain ? explainItem(r.c, d, s / r.maxS, reasons) : [] }));

  /** The tokens of the query's terms in document `d`'s texts (reasons and highlights). */
  const analyzedOf = (c: Compiled, d: number): AnalyzedDoc => {
    c.located ??= termSet(c.info.map((t) => t.term));
    return analyzeDoc(analyzer, ix.doc(d) as MatchDoc, c.located, matchedFields(c, d));
  };

  /** The fields of document `d` holding a query term (a bit per TEXT_FIELDS index). */
  const matchedFields = (c: Compiled, d: number): number => {
    let bits = 0;
    for (const t of c.info) bits |= ix.fieldsOf(t.id, d);
    return bits;
  };

  const explainItem = (c: Compiled, d: number, textNorm: number, reasons: MatchReason[]): MatchReason[] => {
    const { reason } = explainTerms(c, d, analyzedOf(c, d), textNorm);
    return reason !== null ? [reason, ...reasons] : reasons;
  };

  const search = (p: SearchParams): SearchResult => {
    const text = (p.text ?? '').trim();
    const limit = Math.max(0, Math.min(200, p.limit ?? 20));
    const offset = Math.max(0, p.offset ?? 0);
    const sort: SearchSort = p.sort ?? (text.length > 0 ? 'relevance' : 'newest');
    const filter = compileFilter(ix, p.filters, p.publicOnly ?? false);
    const wantFacets = p.facets ?? true;
    const facets = wantFacets ? new FacetCounter(ix) : null;
    const top = new TopK(offset + limit);
    let total = 0;
    // Counts a document in the facets, and in the total when the filters accept it.
    const count = (d: number): boolean => {
      const fails = filter.active ? filter.fails(d) : 0;
      facets?.add(d, fails);
      if (fails !== 0) return false;
      total++;
      return true;
    };
    const consider = (d: number, s: number) => {
      if (!count(d)) return;
      if (sort === 'relevance') top.push(d, s, nz(ix.published[d]!, -Infinity));
      else if (sort === 'newest') top.push(d, nz(ix.published[d]!, -Infinity), s);
      else top.push(d, -nz(ix.deadline[d]!, Infinity), s);
    };
    let c: Compiled | null = null;
    if (text.length === 0) {
      for (let d = 0; d < ix.n; d++) if (ix.live[d] === 1) consider(d, 0);
    } else if (sort === 'relevance' && !opts.exhaustiveSearch) {
      c = compileText(text);
      // The total and the facets count every document holding a query term (no scoring); the
      // page is the best offset + limit of those the filters accept, scored with pruning.
      ix.forEachHolding(c.q.ids, count);
      if (total > 0 && offset + limit > 0) {
        const accept = filter.active ? (d: number) => filter.fails(d) === 0 : undefined;
        ix.score(c.q, w, (d, s) => top.push(d, s, nz(ix.published[d]!, -Infinity)), { topK: offset + limit, accept });
      }
    } else {
      c = compileText(text);
      ix.score(c.q, w, consider);
    }
    // The text score is the key (relevance) or the tie-break (other sorts).
    const page = top.sorted().slice(offset).map((e) => ({ d: e.id, s: sort === 'relevance' ? e.key : e.tie }));
    const maxS = c === null ? 1 : Math.max(1e-9, ...page.map((e) => e.s));
    const hits: SearchHit[] = page.map(({ d, s }) => {
      const why: MatchReason[] = [];
      let highlights: Highlight[] = [];
      if (c !== null && ((p.explain ?? true) || (p.highlight ?? true))) {
        const ad = analyzedOf(c, d);
        const { reason, matched } = explainTerms(c, d, ad, s / maxS);
        if (reason !== null && (p.explain ?? true)) why.push(reason);
        if (p.highlight ?? true) highlights = highlight(ad, matched);
      }
      return { id: ix.ids[d]!, score: s, textScore: s, why, highlights };
    });
    return { total, offset, limit, hits, facets: facets?.result(p.facetLimit ?? 20) ?? null };
  };

  const compactIndex = () => ix.compact();

  const maybeCompact = () => {
    if (ix.dead > 1000 && ix.dead > compactAt * ix.n) compactIndex();
  };

  const engine: MatchEngine = {
    add(doc, terms) {
      if (typeof doc.id !== 'string' || doc.id.length === 0)
        throw new DomainError<MatchErrorCode>('MATCH_DOCUMENT_INVALID', 'A match document needs a non-empty id.');
      if (ix.byId.has(doc.id)) ix.remove(doc.id);
      ix.add(doc, terms);
      maybeCompact();
    },
    remove(id) {
      const ok = ix.remove(id);
      if (ok) maybeCompact();
      return ok;
    },
    has: (id) => ix.byId.has(id),
    get: (id) => {
      const d = ix.byId.get(id);
      return d === undefined ? undefined : (ix.doc(d) ?? undefined);
    },
    get size() {
      return ix.liveCount;
    },
    search,
    matches(query, o = {}) {
      const doc = resolve(query, o.publicOnly).doc;
      const r = rank(query, {
        limit: o.limit ?? 10,
        filters: o.filters,
        kinds: doc.kind != null ? COMPLEMENTARY_KINDS[doc.kind] : null,
        excludeOwner: !(o.includeSameOwner ?? false),
        use: ALL_SIGNALS,
        publicOnly: o.publicOnly ?? false,
      });
      return toHits(r, o.explain ?? true);
    },
    similar(query, o = {}) {
      const doc = resolve(query, o.publicOnly).doc;
      const r = rank(query, {
        limit: o.limit ?? 10,
        filters: o.filters,
        kinds: o.sameKind && doc.kind != null ? [doc.kind] : null,
        excludeOwner: false,
        use: SIMILAR_SIGNALS,
        publicOnly: o.publicOnly ?? false,
      });
      return toHits(r, o.explain ?? true);
    },
    classify(query, o = {}) {
      const { doc, self } = typeof query === 'string' && !ix.byId.has(query) ? { doc: { id: '', title: query }, self: -1 } : resolve(query);
      const c = compileDoc(doc, w.maxQueryTerms);
      const top = new TopK(w.classifyNeighbours);
      ix.score(c.q, w, (d, s) => top.push(d, s), {
        topK: w.classifyNeighbours,
        accept: (d) => d !== self && (ix.ipc.count[d] !== 0 || ix.sectors.count[d] !== 0),
      });
      const nb = top.sorted();
      const total = nb.reduce((a, e) => a + e.key, 0) || 1;
      const ipcVotes = new Map<string, number>();
      const secVotes = new Map<string, number>();
      for (const { id: d, key } of nb) {
        const subs = new Set([...ix.ipc.get(d)].map((i) => ix.subclassDict.values[ix.ipcSubclass[i]!]!));
        for (const s of subs) ipcVotes.set(s, (ipcVotes.get(s) ?? 0) + key / total);
        for (const s of ix.sectors.get(d)) {
          const code = ix.sectorDict.values[s]!;
          secVotes.set(code, (secVotes.get(code) ?? 0) + key / total);
        }
      }
      const lim = o.limit ?? 5;
      const list = (m: Map<string, number>) =>
        [...m.entries()].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1)).slice(0, lim);
      return { ipc: list(ipcVotes), sectors: list(secVotes), neighbours: nb.map((e) => ({ id: ix.ids[e.id]!, score: e.key })) };
    },
    partners(query, o = {}) {
      const doc = resolve(query, o.publicOnly).doc;
      const r = rank(query, {
        limit: w.partnerDepth,
        filters: o.filters,
        kinds: doc.kind != null ? COMPLEMENTARY_KINDS[doc.kind] : null,
        excludeOwner: !(o.includeSameOwner ?? false),
        use: ALL_SIGNALS,
        publicOnly: o.publicOnly ?? false,
      });
      const byOrg = new Map<number, typeof r.items>();
      for (const it of r.items) {
        const org = ix.owner[it.d]!;
        if (org < 0) continue;
        let list = byOrg.get(org);
        if (list === undefined) byOrg.set(org, (list = []));
        list.push(it);
      }
      let norm = 0;
      for (let i = 0; i < w.partnerListings; i++) norm += Math.pow(w.partnerDecay, i);
      const orgs = [...byOrg.entries()].map(([org, list]) => {
        const best = list.slice(0, w.partnerListings);
        let s = 0;
        best.forEach((l, i) => (s += l.score * Math.pow(w.partnerDecay, i)));
        return { org, organizationId: ix.ownerDict.values[org]!, score: s / norm, best };
      });
      orgs.sort((a, b) => b.score - a.score || (a.organizationId < b.organizationId ? -1 : 1));
      return orgs.slice(0, o.limit ?? 10).map((g) => ({
        organizationId: g.organizationId,
        score: g.score,
        listings: g.best.map((l) => ({ id: ix.ids[l.d]!, score: l.score })),
        why: (o.explain ?? true) ? explainItem(r.c, g.best[0]!.d, g.best[0]!.s / r.maxS, g.best[0]!.reasons) : [],
      }));
    },
    stats: () => ({
      documents: ix.liveCount,
      publicDocuments: ix.liveCount - ix.membersOnlyCount,
      deadDocuments: ix.dead,
      terms: ix.vocab.size,
      postingsBytes: ix.postings.bytes(),
      zhDocuments: ix.zhDocs,
      enDocuments: ix.enDocs,
    }),
    compact: () => compactIndex(),
    seal: () => ix.seal(),
    writeSnapshot: (sink, tag) => ix.write(new SnapshotWriter(sink), { analyzer: analyzerFingerprint(analyzer), tag: tag ?? '' }),
    *versions() {
      for (const [id, d] of ix.byId) yield [id, ix.version[d] as number];
    },
  };

  return engine;
};

const nz = (x: number, dflt: number): number => (Number.isNaN(x) ? dflt : x);

/** Whether a query document has any attribute a structured signal reads. */
const hasStructure = (d: MatchDoc): boolean =>
  (d.sectors?.length ?? 0) > 0 ||
  (d.ipcCodes?.length ?? 0) > 0 ||
  d.trl != null ||
  (d.cooperationTypes?.length ?? 0) > 0 ||
  d.priceCny != null ||
  d.country != null ||
  (d.targetCountries?.length ?? 0) > 0;

/** Reason types, for clients that render them. */
export const REASON_TYPES = ['terms', 'sector', 'ipc', 'trl', 'cooperation', 'budget', 'country', 'freshness'] as const;
