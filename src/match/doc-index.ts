/**
 * The in-process index: documents numbered internally in insertion order, a term dictionary,
 * postings with per-field frequencies, and per-document columns (typed arrays) for filters,
 * facets and signals. Removal marks a document dead; `compact` renumbers and drops the dead.
 */
import { COOPERATION_TYPES, IPR_STATUSES, LISTING_KINDS } from '../core/listings/listing.js';
import type { Analyzer } from './analyzer.js';
import type { MatchDoc } from './doc.js';
import { analyzeDocTerms, BatchDocTerms, type DocTerms, type TermDictionary } from './doc-terms.js';
import { Dict, ensure, MultiColumn } from './growable.js';
import { parseIpc, type IpcParts } from './ipc.js';
import { detectLanguage } from './language.js';
import { FIELD_COUNT, fieldTf, PostingStore } from './postings.js';
import { type SnapshotReader, type SnapshotWriter, snapshotInvalid } from './snapshot.js';
import type { MatchWeights } from './weights.js';

const NF = FIELD_COUNT;
export const KIND_CODE: ReadonlyMap<string, number> = new Map(LISTING_KINDS.map((k, i) => [k, i + 1]));
export const IPR_CODE: ReadonlyMap<string, number> = new Map(IPR_STATUSES.map((k, i) => [k, i + 1]));
export const COOP_BIT: ReadonlyMap<string, number> = new Map(COOPERATION_TYPES.map((k, i) => [k, 1 << i]));
export const LANG_CODE: ReadonlyMap<string, number> = new Map([
  ['zh', 1],
  ['en', 2],
]);

/** A compiled query: term ids with weights. */
export type TermQuery = { ids: Int32Array; weights: Float64Array };

export class DocIndex {
  readonly vocab = new Map<string, number>();
  postings = new PostingStore();
  ids: string[] = [];
  /** Per document: its texts packed into one string (see packTexts); '' once removed. */
  texts: string[] = [];
  readonly byId = new Map<string, number>();
  n = 0;
  liveCount = 0;
  zhDocs = 0;
  enDocs = 0;
  live = new Uint8Array(0);
  fieldLen = new Uint16Array(0);
  readonly fieldLenSum = new Float64Array(NF);
  kind = new Uint8Array(0);
  lang = new Uint8Array(0);
  /** Bit 1: has Chinese text, bit 2: has English text. */
  scripts = new Uint8Array(0);
  trl = new Uint8Array(0);
  ipr = new Uint8Array(0);
  coop = new Uint8Array(0);
  priceMin = new Float64Array(0);
  priceMax = new Float64Array(0);
  published = new Float64Array(0);
  deadline = new Float64Array(0);
  country = new Int32Array(0);
  owner = new Int32Array(0);
  /** 1: visible to members only (MatchDoc.membersOnly); left out of public queries. */
  membersOnly = new Uint8Array(0);
  /** Live documents visible to members only. */
  membersOnlyCount = 0;
  /** Per document: MatchDoc.version (NaN: none). */
  version = new Float64Array(0);
  sectors = new MultiColumn();
  ipc = new MultiColumn();
  targets = new MultiColumn();
  readonly sectorDict = new Dict();
  readonly countryDict = new Dict();
  readonly ownerDict = new Dict();
  readonly ipcDict = new Dict();
  /** Parsed IPC symbol per ipcDict id, and its subclass (or class) id in subclassDict. */
  readonly ipcParts: IpcParts[] = [];
  ipcSubclass = new Int32Array(0);
  readonly subclassDict = new Dict();
  private readonly ipcRaw = new Map<string, number>();
  /** Per decoder dictionary (terms analyzed on another thread): its term numbers to this index's ids, -1 unknown. */
  private readonly dictIds = new WeakMap<TermDictionary, Int32Array>();
  private acc = new Float32Array(0);
  private touched = new Int32Array(0);
  private refused = new Int32Array(0);

  constructor(private readonly analyzer: Analyzer) {}

  private grow(n: number): void {
    if (n <= this.live.length && n * NF <= this.fieldLen.length) return;
    this.live = ensure(this.live, n);
    this.fieldLen = ensure(this.fieldLen, n * NF);
    this.kind = ensure(this.kind, n);
    this.lang = ensure(this.lang, n);
    this.scripts = ensure(this.scripts, n);
    this.trl = ensure(this.trl, n);
    this.ipr = ensure(this.ipr, n);
    this.coop = ensure(this.coop, n);
    this.priceMin = ensure(this.priceMin, n);
    this.priceMax = ensure(this.priceMax, n);
    this.published = ensure(this.published, n);
    this.deadline = ensure(this.deadline, n);
    this.country = ensure(this.country, n);
    this.owner = ensure(this.owner, n);
    this.membersOnly = ensure(this.membersOnly, n);
    this.version = ensure(this.version, n);
  }

  ipcId(code: string): number {
    const known = this.ipcRaw.get(code);
    if (known !== undefined) return known;
    const id = this.parseIpcId(code);
    if (this.ipcRaw.size < 1_000_000) this.ipcRaw.set(code, id);
    return id;
  }

  private parseIpcId(code: string): number {
    const parts = parseIpc(code);
    if (parts === null) return -1;
    const before = this.ipcDict.size;
    const id = this.ipcDict.id(parts.code);
    if (id === before) {
      this.ipcParts.push(parts);
      this.ipcSubclass = ensure(this.ipcSubclass, id + 1);
      this.ipcSubclass[id] = this.subclassDict.id(parts.subclass ?? parts.cls);
    }
    return id;
  }

  docIpc(d: number): IpcParts[] {
    return [...this.ipc.get(d)].map((id) => this.ipcParts[id] as IpcParts);
  }

  /**
   * Adds a document (its id must not be indexed). Returns its internal number. `pre` is the
   * document's analyzed text when it was computed already (analyzeDocTerms).
   */
  add(doc: MatchDoc, pre?: DocTerms): number {
    const terms = pre ?? analyzeDocTerms(this.analyzer, doc);
    const d = this.n++;
    this.grow(this.n);
    this.ids[d] = doc.id;
    this.texts[d] = terms.texts ??= packTexts(doc);
    this.byId.set(doc.id, d);
    this.live[d] = 1;
    this.liveCount++;

    // Terms decoded from another thread are read from their batch's arrays, numbered in the
    // decoder's dictionary (mapped to this index's term ids once per term and dictionary).
    const batch = terms instanceof BatchDocTerms ? terms : null;
    const lens = batch !== null ? batch.batch.lens : terms.lens;
    const lensAt = batch !== null ? batch.index * NF : 0;
    for (let f = 0; f < NF; f++) {
      const len = lens[lensAt + f] as number;
      this.fieldLen[d * NF + f] = len;
      (this.fieldLenSum as Float64Array)[f] = (this.fieldLenSum[f] as number) + len;
    }
    const postings = this.postings;
    if (batch !== null) {
      const { ids, tfs } = batch.batch;
      const strings = batch.dict.strings;
      const map = this.dictMap(batch.dict);
      for (let i = batch.at, end = batch.at + batch.n; i < end; i++) {
        const local = ids[i] as number;
        let t = map[local] as number;
        if (t < 0) map[local] = t = this.termId(strings[local] as string);
        postings.append(t, d, tfs[i] as number);
      }
    } else {
      const { tfs } = terms;
      for (let i = 0; i < terms.terms.length; i++) postings.append(this.termId(terms.terms[i] as string), d, tfs[i] as number);
    }

    const language = doc.language ?? langOf(doc);
    this.lang[d] = LANG_CODE.get(language) ?? 0;
    let scripts = 0;
    const detected = doc.language != null ? doc.language : detectLanguage(`${doc.title} ${doc.summary ?? ''}`);
    if (detected === 'zh' || detected === 'mixed' || doc.translations?.zh) scripts |= 1;
    if (detected === 'en' || detected === 'mixed' || doc.translations?.en) scripts |= 2;
    this.scripts[d] = scripts;
    if (scripts & 1) this.zhDocs++;
    if (scripts & 2) this.enDocs++;
    this.kind[d] = doc.kind != null ? (KIND_CODE.get(doc.kind) ?? 0) : 0;
    this.trl[d] = doc.trl != null && doc.trl >= 1 && doc.trl <= 9 ? doc.trl : 0;
    this.ipr[d] = doc.iprStatus != null ? (IPR_CODE.get(doc.iprStatus) ?? 0) : 0;
    let coop = 0;
    for (const c of doc.cooperationTypes ?? []) coop |= COOP_BIT.get(c) ?? 0;
    this.coop[d] = coop;
    const p = doc.priceCny;
    this.priceMin[d] = p?.min ?? Number.NaN;
    this.priceMax[d] = p?.max ?? Number.NaN;
    this.published[d] = doc.publishedAt ?? Number.NaN;
    this.deadline[d] = doc.deadline ?? Number.NaN;
    this.country[d] = doc.country ? this.countryDict.id(doc.country.toUpperCase()) : -1;
    this.owner[d] = doc.ownerOrganizationId ? this.ownerDict.id(doc.ownerOrganizationId) : -1;
    this.membersOnly[d] = doc.membersOnly === true ? 1 : 0;
    if (doc.membersOnly === true) this.membersOnlyCount++;
    this.version[d] = doc.version ?? Number.NaN;
    this.sectors.set(d, distinct((doc.sectors ?? []).map((s) => this.sectorDict.id(s))));
    this.ipc.set(d, distinct((doc.ipcCodes ?? []).map((c) => this.ipcId(c))));
    this.targets.set(d, (doc.targetCountries ?? []).map((c) => this.countryDict.id(c.toUpperCase())));
    return d;
  }

  /** This index's term id for each number of a decoder's dictionary (-1: not mapped yet), grown to its size. */
  private dictMap(dict: TermDictionary): Int32Array {
    const map = this.dictIds.get(dict);
    const grown = ensure(map ?? new Int32Array(0), dict.strings.length, -1);
    if (grown !== map) this.dictIds.set(dict, grown);
    return grown;
  }

  /**
   * Writes the index (documents, columns, terms, postings) after `meta`; `DocIndex.read` loads
   * it. Dead documents are written as they are (compaction is the index's own business).
   */
  write(w: SnapshotWriter, meta: Record<string, unknown>): void {
    const n = this.n;
    w.header({
      ...meta,
      n,
      liveCount: this.liveCount,
      zhDocs: this.zhDocs,
      enDocs: this.enDocs,
      membersOnlyCount: this.membersOnlyCount,
      fieldLenSum: [...this.fieldLenSum],
      dicts: this.dicts().map((d) => d.values),
    });
    const terms = new Array<string>(this.vocab.size);
    for (const [term, t] of this.vocab) terms[t] = term;
    w.strings(terms);
    w.strings(this.ids.slice(0, n));
    w.strings(this.texts.slice(0, n));
    for (const col of this.columns()) w.array(col.subarray(0, col === this.fieldLen ? n * NF : n));
    w.array(this.ipcSubclass.subarray(0, this.ipcDict.size));
    for (const m of [this.sectors, this.ipc, this.targets]) {
      w.array(m.start.subarray(0, n));
      w.array(m.count.subarray(0, n));
      w.array(m.values.subarray(0, m.used));
    }
    this.postings.writeTo(w);
  }

  /** An index read from what `write` wrote; `check` sees the meta before the rest is read, and may throw. */
  static read(analyzer: Analyzer, r: SnapshotReader, check: (meta: Record<string, unknown>) => void = () => {}): DocIndex {
    const meta = r.header();
    check(meta);
    const ix = new DocIndex(analyzer);
    const n = meta.n;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw snapshotInvalid('no document count');
    const dicts = meta.dicts;
    if (!Array.isArray(dicts) || dicts.length !== ix.dicts().length) throw snapshotInvalid('no dictionaries');
    ix.dicts().forEach((d, i) => {
      const values = dicts[i] as unknown[];
      for (const v of values) d.id(String(v));
      if (d.size !== values.length) throw snapshotInvalid('a dictionary holds a value twice');
    });
    for (const code of ix.ipcDict.values) {
      const parts = parseIpc(code);
      if (parts === null) throw snapshotInvalid(`an IPC symbol does not parse: ${code}`);
      ix.ipcParts.push(parts);
    }
    const terms = r.strings();
    terms.forEach((term, t) => ix.vocab.set(term, t));
    ix.ids = r.strings(n);
    ix.texts = r.strings(n);
    ix.n = n;
    ix.grow(n);
    for (const col of ix.columns()) r.arrayInto(col.subarray(0, col === ix.fieldLen ? n * NF : n));
    ix.ipcSubclass = r.array(Int32Array, ix.ipcDict.size);
    for (const m of [ix.sectors, ix.ipc, ix.targets]) {
      m.start = r.array(Int32Array, n);
      m.count = r.array(Uint8Array, n);
      m.values = r.array(Int32Array);
      m.used = m.values.length;
    }
    ix.postings = PostingStore.readFrom(r);
    if (ix.postings.terms !== terms.length) throw snapshotInvalid('terms and postings disagree');
    for (let d = 0; d < n; d++) if (ix.live[d] === 1) ix.byId.set(ix.ids[d] as string, d);
    if (ix.byId.size !== meta.liveCount) throw snapshotInvalid('live documents and their count disagree');
    ix.liveCount = ix.byId.size;
    ix.zhDocs = Number(meta.zhDocs);
    ix.enDocs = Number(meta.enDocs);
    ix.membersOnlyCount = Number(meta.membersOnlyCount);
    const sums = meta.fieldLenSum;
    if (!Array.isArray(sums) || sums.length !== NF) throw snapshotInvalid('no field length sums');
    sums.forEach((v, f) => ((ix.fieldLenSum as Float64Array)[f] = Number(v)));
    return ix;
  }

  /** The per-document columns, in snapshot order (compaction moves them all). */
  private columns(): (Uint8Array | Uint16Array | Int32Array | Float64Array)[] {
    return [this.live, this.fieldLen, this.kind, this.lang, this.scripts, this.trl, this.ipr, this.coop, this.priceMin, this.priceMax, this.published, this.deadline, this.country, this.owner, this.membersOnly, this.version];
  }

  private dicts(): Dict[] {
    return [this.sectorDict, this.countryDict, this.ownerDict, this.ipcDict, this.subclassDict];
  }

  /** The id of a term, added to the dictionary when new. */
  private termId(term: string): number {
    let t = this.vocab.get(term);
    if (t === undefined) {
      t = this.postings.addTerm();
      this.vocab.set(term, t);
    }
    return t;
  }

  /** Marks a document dead. Returns false when the id is not indexed. */
  remove(id: string): boolean {
    const d = this.byId.get(id);
    if (d === undefined) return false;
    this.byId.delete(id);
    this.live[d] = 0;
    this.texts[d] = '';
    this.liveCount--;
    for (let f = 0; f < NF; f++) (this.fieldLenSum as Float64Array)[f] = (this.fieldLenSum[f] as number) - (this.fieldLen[d * NF + f] as number);
    const s = this.scripts[d] as number;
    if (s & 1) this.zhDocs--;
    if (s & 2) this.enDocs--;
    if (this.membersOnly[d] === 1) this.membersOnlyCount--;
    return true;
  }

  get dead(): number {
    return this.n - this.liveCount;
  }

  /** Packs the postings to their exact lengths (after a bulk build; later writes still work). */
  seal(): void {
    this.postings = this.postings.sealed();
  }

  /** Renumbers live documents 0..live-1 and drops dead postings. */
  compact(): void {
    const remap = new Int32Array(this.n).fill(-1);
    let j = 0;
    for (let d = 0; d < this.n; d++) if (this.live[d]) remap[d] = j++;
    this.postings = this.postings.compacted(remap);
    // fieldLen holds NF values a document: moved below.
    const cols = this.columns().filter((c) => c !== this.fieldLen);
    for (const col of cols) for (let d = 0; d < this.n; d++) if (remap[d]! >= 0) col[remap[d]!] = col[d]!;
    for (let d = 0; d < this.n; d++) {
      const nd = remap[d]!;
      if (nd < 0) continue;
      for (let f = 0; f < NF; f++) this.fieldLen[nd * NF + f] = this.fieldLen[d * NF + f]!;
      this.ids[nd] = this.ids[d]!;
      this.texts[nd] = this.texts[d]!;
      this.byId.set(this.ids[nd]!, nd);
    }
    const multi = (col: MultiColumn) => {
      const next = new MultiColumn();
      for (let d = 0; d < this.n; d++) if (remap[d]! >= 0) next.set(remap[d]!, [...col.get(d)]);
      return next;
    };
    this.sectors = multi(this.sectors);
    this.ipc = multi(this.ipc);
    this.targets = multi(this.targets);
    this.ids.length = j;
    this.texts.length = j;
    this.n = j;
  }

  /**
   * Document `d` as it was added, rebuilt from its packed texts and the columns (null once
   * removed). Structured values come back normalized as the columns hold them: country codes in
   * upper case, sectors and IPC symbols without duplicates, IPC symbols in their canonical spelling.
   * With `texts: false`, only the structured fields (texts empty): what ranking signals read,
   * without unpacking the texts.
   */
  doc(d: number, opts?: { texts: boolean }): MatchDoc | null {
    if (this.live[d] !== 1) return null;
    const t = opts?.texts === false ? NO_TEXTS : unpackTexts(this.texts[d] as string);
    const coop = this.coop[d] as number;
    const cooperationTypes: (typeof COOPERATION_TYPES)[number][] = [];
    for (let i = 0; i < COOPERATION_TYPES.length; i++) if ((coop >>> i) & 1) cooperationTypes.push(COOPERATION_TYPES[i]!);
    const country = this.country[d] as number;
    const owner = this.owner[d] as number;
    const pmin = this.priceMin[d] as number;
    const pmax = this.priceMax[d] as number;
    return {
      id: this.ids[d] as string,
      kind: byCode(LISTING_KINDS, this.kind[d] as number),
      language: t.language,
      title: t.title,
      summary: t.summary,
      description: t.description,
      keywords: t.keywords,
      translations: t.translations,
      sectors: [...this.sectors.get(d)].map((s) => this.sectorDict.values[s] as string),
      ipcCodes: [...this.ipc.get(d)].map((i) => (this.ipcParts[i] as IpcParts).code),
      trl: this.trl[d] === 0 ? null : (this.trl[d] as number),
      iprStatus: byCode(IPR_STATUSES, this.ipr[d] as number),
      cooperationTypes,
      priceCny: Number.isNaN(pmin) && Number.isNaN(pmax) ? null : { min: Number.isNaN(pmin) ? null : pmin, max: Number.isNaN(pmax) ? null : pmax },
      country: country < 0 ? null : (this.countryDict.values[country] as string),
      targetCountries: [...this.targets.get(d)].map((c) => this.countryDict.values[c] as string),
      ownerOrganizationId: owner < 0 ? null : (this.ownerDict.values[owner] as string),
      publishedAt: Number.isNaN(this.published[d] as number) ? null : (this.published[d] as number),
      deadline: Number.isNaN(this.deadline[d] as number) ? null : (this.deadline[d] as number),
      ...(this.membersOnly[d] === 1 ? { membersOnly: true } : {}),
    };
  }

  /** Inverse document frequency of a term (dead documents count until compaction). */
  idf(t: number): number {
    const df = this.postings.length(t);
    return Math.log(1 + (this.n - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25F scores of live documents containing a query term. Calls `visit(doc, score)` once per
   * such document. Field lengths are normalized per field by the live average.
   * With `topK`, only documents that can still reach the best `topK` are guaranteed a visit
   * (exact scores for those): once the k-th best score exceeds what the remaining terms could
   * add, new documents stop entering. `accept` drops documents before scoring.
   */
  score(q: TermQuery, w: MatchWeights, visit: (d: number, s: number) => void, opts: { topK?: number; accept?: (d: number) => boolean } = {}): void {
    if (this.acc.length < this.n) {
      this.acc = new Float32Array(Math.max(this.n, this.acc.length * 2));
      this.touched = new Int32Array(this.acc.length);
      this.refused = new Int32Array(this.acc.length);
    }
    const acc = this.acc;
    const touched = this.touched;
    let nt = 0;
    // Documents the filters refused (their accumulator holds -1 until the end of the pass).
    const refused = this.refused;
    let nr = 0;
    const live = this.live;
    const fl = this.fieldLen;
    const k1 = w.k1;
    const fw = w.fieldWeight;
    const fb = w.fieldB;
    const n = Math.max(1, this.liveCount);
    const accept = opts.accept;
    const topK = opts.topK ?? 0;
    // Per field: weight / (1 - b + b len/avg) = A / (B + C len)
    const A = new Float64Array(NF);
    const B = new Float64Array(NF);
    const C = new Float64Array(NF);
    for (let f = 0; f < NF; f++) {
      const avg = Math.max(1e-9, (this.fieldLenSum[f] as number) / n);
      A[f] = fw[f] as number;
      B[f] = 1 - (fb[f] as number);
      C[f] = (fb[f] as number) / avg;
    }
    const a0 = A[0]!, a1 = A[1]!, a2 = A[2]!, a3 = A[3]!;
    const b0 = B[0]!, b1 = B[1]!, b2 = B[2]!, b3 = B[3]!;
    const c0 = C[0]!, c1 = C[1]!, c2 = C[2]!, c3 = C[3]!;
    // The saturating part's input: field-weighted, length-normalized frequencies of one posting.
    const bm25f = (p: number, base: number): number => {
      let tfn = 0;
      const f0 = p & 15;
      if (f0) tfn += (a0 * f0) / (b0 + c0 * fl[base]!);
      const f1 = (p >>> 4) & 15;
      if (f1) tfn += (a1 * f1) / (b1 + c1 * fl[base + 1]!);
      const f2 = (p >>> 8) & 15;
      if (f2) tfn += (a2 * f2) / (b2 + c2 * fl[base + 2]!);
      const f3 = p >>> 12;
      if (f3) tfn += (a3 * f3) / (b3 + c3 * fl[base + 3]!);
      return tfn;
    };
    const m = q.ids.length;
    const qws = new Float64Array(m);
    for (let i = 0; i < m; i++) qws[i] = q.weights[i]! * this.idf(q.ids[i]!) * (k1 + 1);
    // Highest bound first; a term adds less than its qw (tfn / (k1 + tfn) < 1).
    const order = Array.from({ length: m }, (_, i) => i).sort((x, y) => qws[y]! - qws[x]!);
    let remaining = 0;
    for (let i = 0; i < m; i++) remaining += qws[i]!;
    let growing = true;
    let best = 0;
    // Once no new document can enter: the k-th best score so far, a floor under the final one.
    let floor = 0;
    let sorted = false;
    for (const i of order) {
      const t = q.ids[i]!;
      const qw = qws[i]!;
      const { docs, tfs } = this.postings.list(t);
      if (!growing) {
        // Documents that cannot reach the floor with every term left leave the race; the
        // others are few, and a long list is cheaper searched for them than read through.
        let kept = 0;
        for (let x = 0; x < nt; x++) {
          const d = touched[x]!;
          if (acc[d]! + remaining >= floor) touched[kept++] = d;
          else acc[d] = 0;
        }
        nt = kept;
        if (nt === 0) break;
      }
      remaining -= qw;
      if (!growing && nt * LOOKUP_RATIO < docs.length) {
        if (!sorted) {
          touched.subarray(0, nt).sort();
          sorted = true;
        }
        let j = 0;
        const len = docs.length;
        for (let x = 0; x < nt && j < len; x++) {
          const d = touched[x]!;
          j = gallop(docs, j, d);
          if (j < len && docs[j] === d) {
            const tfn = bm25f(tfs[j]!, d * NF);
            acc[d]! += (qw * tfn) / (k1 + tfn);
          }
        }
      } else {
        for (let j = 0; j < docs.length; j++) {
          const d = docs[j]!;
          const a = acc[d]!;
          if (a < 0) continue; // refused earlier in this pass
          if (a === 0) {
            // A document seen for the first time (or left out): the filters run once per pass.
            if (!growing) continue;
            if (live[d] === 0 || (accept !== undefined && !accept(d))) {
              acc[d] = -1;
              refused[nr++] = d;
              continue;
            }
            touched[nt++] = d;
            sorted = false;
          }
          const tfn = bm25f(tfs[j]!, d * NF);
          const v = (acc[d] = a + (qw * tfn) / (k1 + tfn));
          if (v > best) best = v;
        }
      }
      // The k-th best score is at most the best one: select it only when the best could stop growth.
      if (topK > 0 && nt > topK && (!growing || best > remaining)) {
        const kth = kthLargest(acc, touched, nt, topK, this.scratch());
        if (growing && kth > remaining) growing = false;
        if (!growing) floor = kth;
      }
    }
    for (let i = 0; i < nr; i++) acc[refused[i]!] = 0;
    let positive = true;
    for (let i = 0; i < m; i++) if (!(qws[i]! > 0)) positive = false;
    if (positive && nt * SWEEP_SHARE > this.n) {
      // Many documents (a search counting facets): visited in document order, one sweep of the
      // accumulators, so that what the visitor reads of each document's columns streams through
      // memory instead of jumping. Every visited document scored above 0.
      const n = this.n;
      for (let d = 0; d < n; d++) {
        const a = acc[d]!;
        if (a !== 0) {
          acc[d] = 0;
          visit(d, a);
        }
      }
      return;
    }
    for (let i = 0; i < nt; i++) {
      const d = touched[i]!;
      visit(d, acc[d]!);
      acc[d] = 0;
    }
  }

  /**
   * Calls `visit(d)` once for each live document holding any of the terms `ids`, in document
   * order (what a search counts in its total and facets, without scoring).
   */
  forEachHolding(ids: Int32Array, visit: (d: number) => void): void {
    const n = this.n;
    if (this.mark.length < n) this.mark = new Uint8Array(Math.max(n, this.mark.length * 2));
    const mark = this.mark;
    let postings = 0;
    for (let i = 0; i < ids.length; i++) postings += this.postings.length(ids[i]!);
    const live = this.live;
    if (postings * SWEEP_SHARE > n) {
      // Many documents: mark them, then one sweep in document order.
      for (let i = 0; i < ids.length; i++) {
        const { docs } = this.postings.list(ids[i]!);
        for (let j = 0; j < docs.length; j++) mark[docs[j]!] = 1;
      }
      for (let d = 0; d < n; d++) {
        if (mark[d] === 0) continue;
        mark[d] = 0;
        if (live[d] === 1) visit(d);
      }
      return;
    }
    const found: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const { docs } = this.postings.list(ids[i]!);
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j]!;
        if (mark[d] === 0 && live[d] === 1) {
          mark[d] = 1;
          found.push(d);
        }
      }
    }
    found.sort((a, b) => a - b);
    for (const d of found) {
      mark[d] = 0;
      visit(d);
    }
  }

  private mark = new Uint8Array(0);
  private scratchBuf = new Float32Array(0);
  private scratch(): Float32Array {
    if (this.scratchBuf.length < this.acc.length) this.scratchBuf = new Float32Array(this.acc.length);
    return this.scratchBuf;
  }

  /** Fields (bit per TEXT_FIELDS index) where term `t` occurs in document `d`. */
  fieldsOf(t: number, d: number): number {
    const p = this.postings.find(t, d);
    let bits = 0;
    for (let f = 0; f < NF; f++) if (fieldTf(p, f)) bits |= 1 << f;
    return bits;
  }
}

/** Above one document in this many scored, the visit is a sweep in document order. */
const SWEEP_SHARE = 8;

/** A list's length over the documents still in the race above which it is searched, not read through. */
const LOOKUP_RATIO = 8;

/** The first index from `from` on whose document is at least `d` (exponential, then binary search). */
const gallop = (docs: Int32Array, from: number, d: number): number => {
  const len = docs.length;
  if (from >= len || docs[from]! >= d) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < len && docs[hi]! < d) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > len) hi = len;
  // docs[lo] < d, and docs[hi] >= d or hi = len
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < d) lo = mid;
    else hi = mid;
  }
  return hi;
};

/** The k-th largest accumulator among the touched documents (quickselect on a scratch copy). */
const kthLargest = (acc: Float32Array, touched: Int32Array, nt: number, k: number, buf: Float32Array): number => {
  for (let i = 0; i < nt; i++) buf[i] = acc[touched[i]!]!;
  let lo = 0;
  let hi = nt - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = buf[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (buf[i]! > pivot) i++;
      while (buf[j]! < pivot) j--;
      if (i <= j) {
        const x = buf[i]!;
        buf[i] = buf[j]!;
        buf[j] = x;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return buf[target]!;
};

/** The distinct values of a short list that are not negative, in first-seen order. */
const distinct = (xs: readonly number[]): number[] => {
  const out: number[] = [];
  for (const x of xs) if (x >= 0 && !out.includes(x)) out.push(x);
  return out;
};

// A document's texts in one string: far less memory than an object with a dozen small strings and
// arrays per document (a million listings). Control characters U+0001-U+0003 separate the parts
// and are dropped from the texts (they carry nothing a reader sees).
const FIELD_SEP = '\u0001';
const LIST_SEP = '\u0002';
// eslint-disable-next-line no-control-regex -- these control characters are the separators
const SEPARATORS = /[\u0001-\u0003]/g;
const clean = (s: string | null | undefined): string => (s == null ? '' : s.replace(SEPARATORS, ' '));
const ABSENT = '\u0003';

const packTexts = (doc: MatchDoc): string => {
  let keywords = '';
  for (const k of doc.keywords ?? []) if (k.length > 0) keywords = keywords.length === 0 ? clean(k) : `${keywords}${LIST_SEP}${clean(k)}`;
  const zh = doc.translations?.zh;
  const en = doc.translations?.en;
  return [
    doc.language ?? '',
    clean(doc.title),
    clean(doc.summary),
    clean(doc.description),
    keywords,
    zh == null ? ABSENT : clean(zh.title),
    clean(zh?.summary),
    clean(zh?.description),
    en == null ? ABSENT : clean(en.title),
    clean(en?.summary),
    clean(en?.description),
  ].join(FIELD_SEP);
};

type PackedTexts = Pick<MatchDoc, 'language' | 'title' | 'summary' | 'description' | 'keywords' | 'translations'>;

const NO_TEXTS: PackedTexts = { language: null, title: '', summary: null, description: null, keywords: [], translations: null };

/** The value of a 1-based column code (0: none). */
const byCode = <T>(values: readonly T[], c: number): T | null => (c > 0 ? (values[c - 1] ?? null) : null);

const unpackTexts = (packed: string): PackedTexts => {
  const p = packed.split(FIELD_SEP);
  const opt = (s: string | undefined): string | null => (s === undefined || s.length === 0 ? null : s);
  const translations: NonNullable<MatchDoc['translations']> = {};
  (['zh', 'en'] as const).forEach((lang, i) => {
    const at = 5 + 3 * i;
    if (p[at] === ABSENT) return;
    translations[lang] = { title: p[at] ?? '', summary: opt(p[at + 1]) ?? undefined, description: opt(p[at + 2]) ?? undefined };
  });
  const language = p[0] === 'zh' || p[0] === 'en' ? p[0] : null;
  return {
    language,
    title: p[1] ?? '',
    summary: opt(p[2]),
    description: opt(p[3]),
    keywords: p[4] ? p[4].split(LIST_SEP) : [],
    translations: translations.zh || translations.en ? translations : null,
  };
};

const langOf = (doc: MatchDoc): 'zh' | 'en' => {
  const l = detectLanguage(`${doc.title} ${doc.summary ?? ''}`);
  return l === 'en' ? 'en' : 'zh';
};
