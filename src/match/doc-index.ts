/**
 * The in-process index: documents numbered internally in insertion order, a term dictionary,
 * postings with per-field frequencies, and per-document columns (typed arrays) for filters,
 * facets and signals. Removal marks a document dead; `compact` renumbers and drops the dead.
 */
import { COOPERATION_TYPES, IPR_STATUSES, LISTING_KINDS } from '../core/listings/listing.js';
import type { Analyzer } from './analyzer.js';
import { docTexts, type MatchDoc, TEXT_FIELDS } from './doc.js';
import { Dict, ensure, MultiColumn } from './growable.js';
import { parseIpc, type IpcParts } from './ipc.js';
import { detectLanguage } from './language.js';
import { FIELD_COUNT, PostingStore } from './postings.js';
import type { MatchWeights } from './weights.js';

const NF = FIELD_COUNT;
const FIELD_INDEX: Record<string, number> = Object.fromEntries(TEXT_FIELDS.map((f, i) => [f, i]));
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
  docs: (MatchDoc | null)[] = [];
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
  private readonly tfScratch = new Map<string, number>();
  private readonly ipcRaw = new Map<string, number>();
  private acc = new Float32Array(0);
  private touched = new Int32Array(0);

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

  /** Adds a document (its id must not be indexed). Returns its internal number. */
  add(doc: MatchDoc): number {
    const d = this.n++;
    this.grow(this.n);
    this.ids[d] = doc.id;
    this.docs[d] = doc;
    this.byId.set(doc.id, d);
    this.live[d] = 1;
    this.liveCount++;

    // Terms per field; a field's length is that of its longest language version.
    const tf = this.tfScratch;
    tf.clear();
    const lens = new Uint32Array(NF * 3);
    const verIndex = { original: 0, zh: 1, en: 2 } as const;
    const buf: string[] = [];
    for (const src of docTexts(doc)) {
      const f = FIELD_INDEX[src.field] as number;
      buf.length = 0;
      this.analyzer.terms(src.text, buf);
      const li = f * 3 + verIndex[src.lang];
      lens[li] = (lens[li] as number) + buf.length;
      const shift = 8 * f;
      const one = 1 << shift;
      for (const t of buf) {
        const v = tf.get(t) ?? 0;
        if (((v >>> shift) & 255) < 255) tf.set(t, (v + one) >>> 0);
      }
    }
    for (let f = 0; f < NF; f++) {
      const len = Math.min(65535, Math.max(lens[f * 3] as number, lens[f * 3 + 1] as number, lens[f * 3 + 2] as number));
      this.fieldLen[d * NF + f] = len;
      (this.fieldLenSum as Float64Array)[f] = (this.fieldLenSum[f] as number) + len;
    }
    for (const [term, packed] of tf) {
      let t = this.vocab.get(term);
      if (t === undefined) {
        t = this.postings.addTerm();
        this.vocab.set(term, t);
      }
      this.postings.append(t, d, packed);
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
    this.sectors.set(d, [...new Set(doc.sectors ?? [])].map((s) => this.sectorDict.id(s)));
    this.ipc.set(d, [...new Set((doc.ipcCodes ?? []).map((c) => this.ipcId(c)).filter((i) => i >= 0))]);
    this.targets.set(d, (doc.targetCountries ?? []).map((c) => this.countryDict.id(c.toUpperCase())));
    return d;
  }

  /** Marks a document dead. Returns false when the id is not indexed. */
  remove(id: string): boolean {
    const d = this.byId.get(id);
    if (d === undefined) return false;
    this.byId.delete(id);
    this.live[d] = 0;
    this.docs[d] = null;
    this.liveCount--;
    for (let f = 0; f < NF; f++) (this.fieldLenSum as Float64Array)[f] = (this.fieldLenSum[f] as number) - (this.fieldLen[d * NF + f] as number);
    const s = this.scripts[d] as number;
    if (s & 1) this.zhDocs--;
    if (s & 2) this.enDocs--;
    return true;
  }

  get dead(): number {
    return this.n - this.liveCount;
  }

  /** Renumbers live documents 0..live-1 and drops dead postings. */
  compact(): void {
    const remap = new Int32Array(this.n).fill(-1);
    let j = 0;
    for (let d = 0; d < this.n; d++) if (this.live[d]) remap[d] = j++;
    this.postings = this.postings.compacted(remap);
    const cols = [this.live, this.kind, this.lang, this.scripts, this.trl, this.ipr, this.coop, this.priceMin, this.priceMax, this.published, this.deadline, this.country, this.owner];
    for (const col of cols) for (let d = 0; d < this.n; d++) if (remap[d]! >= 0) col[remap[d]!] = col[d]!;
    for (let d = 0; d < this.n; d++) {
      const nd = remap[d]!;
      if (nd < 0) continue;
      for (let f = 0; f < NF; f++) this.fieldLen[nd * NF + f] = this.fieldLen[d * NF + f]!;
      this.ids[nd] = this.ids[d]!;
      this.docs[nd] = this.docs[d]!;
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
    this.docs.length = j;
    this.n = j;
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
    }
    const acc = this.acc;
    const touched = this.touched;
    let nt = 0;
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
    const m = q.ids.length;
    const qws = new Float64Array(m);
    for (let i = 0; i < m; i++) qws[i] = q.weights[i]! * this.idf(q.ids[i]!) * (k1 + 1);
    // Highest bound first; a term adds less than its qw (tfn / (k1 + tfn) < 1).
    const order = Array.from({ length: m }, (_, i) => i).sort((x, y) => qws[y]! - qws[x]!);
    let remaining = 0;
    for (let i = 0; i < m; i++) remaining += qws[i]!;
    let growing = true;
    for (const i of order) {
      const t = q.ids[i]!;
      const qw = qws[i]!;
      remaining -= qw;
      const { docs, tfs } = this.postings.list(t);
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j]!;
        if (live[d] === 0) continue;
        const fresh = acc[d] === 0;
        if (fresh && (!growing || (accept !== undefined && !accept(d)))) continue;
        const p = tfs[j]!;
        const base = d * NF;
        let tfn = 0;
        const f0 = p & 255;
        if (f0) tfn += (a0 * f0) / (b0 + c0 * fl[base]!);
        const f1 = (p >>> 8) & 255;
        if (f1) tfn += (a1 * f1) / (b1 + c1 * fl[base + 1]!);
        const f2 = (p >>> 16) & 255;
        if (f2) tfn += (a2 * f2) / (b2 + c2 * fl[base + 2]!);
        const f3 = p >>> 24;
        if (f3) tfn += (a3 * f3) / (b3 + c3 * fl[base + 3]!);
        const s = (qw * tfn) / (k1 + tfn);
        if (fresh) touched[nt++] = d;
        acc[d]! += s;
      }
      if (growing && topK > 0 && nt > topK && kthLargest(acc, touched, nt, topK, this.scratch()) > remaining) growing = false;
    }
    for (let i = 0; i < nt; i++) {
      const d = touched[i]!;
      visit(d, acc[d]!);
      acc[d] = 0;
    }
  }

  private scratchBuf = new Float32Array(0);
  private scratch(): Float32Array {
    if (this.scratchBuf.length < this.acc.length) this.scratchBuf = new Float32Array(this.acc.length);
    return this.scratchBuf;
  }

  /** Fields (bit per TEXT_FIELDS index) where term `t` occurs in document `d`. */
  fieldsOf(t: number, d: number): number {
    const p = this.postings.find(t, d);
    let bits = 0;
    for (let f = 0; f < NF; f++) if ((p >>> (8 * f)) & 255) bits |= 1 << f;
    return bits;
  }
}

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

const langOf = (doc: MatchDoc): 'zh' | 'en' => {
  const l = detectLanguage(`${doc.title} ${doc.summary ?? ''}`);
  return l === 'en' ? 'en' : 'zh';
};
