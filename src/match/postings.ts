/**
 * Inverted index storage: per term, a list of (document number, packed term frequencies) sorted
 * by document number. Lists live in chunks of large shared pages so that millions of rare terms
 * cost a few bytes each (no typed array object per term). A list that outgrows its chunk moves to
 * a chunk of twice the size; the old chunk is garbage until `compact`.
 */
import { ensure } from './growable.js';

const PAGE = 1 << 20; // entries per shared page
const BIG = PAGE >> 2; // lists above this get a page of their own

/** Number of text fields and the bits each takes in a packed frequency word. */
export const FIELD_COUNT = 4;

/** Packs per-field term frequencies (each capped at 255) into one 32-bit word. */
export const packTf = (tfs: ArrayLike<number>): number =>
  (Math.min(tfs[0] ?? 0, 255) |
    (Math.min(tfs[1] ?? 0, 255) << 8) |
    (Math.min(tfs[2] ?? 0, 255) << 16) |
    (Math.min(tfs[3] ?? 0, 255) << 24)) >>>
  0;

export class PostingStore {
  private docPages: Int32Array[] = [];
  private tfPages: Uint32Array[] = [];
  private current = -1;
  private used = PAGE;
  termPage = new Int32Array(0);
  termOff = new Int32Array(0);
  termLen = new Int32Array(0);
  termCap = new Int32Array(0);
  terms = 0;
  /** Entries allocated in pages (live, dead and abandoned), for memory figures. */
  allocated = 0;

  addTerm(): number {
    const t = this.terms++;
    this.termPage = ensure(this.termPage, this.terms);
    this.termOff = ensure(this.termOff, this.terms);
    this.termLen = ensure(this.termLen, this.terms);
    this.termCap = ensure(this.termCap, this.terms);
    this.termCap[t] = 0;
    this.termLen[t] = 0;
    return t;
  }

  private alloc(cap: number): [number, number] {
    this.allocated += cap;
    if (cap > BIG) {
      this.docPages.push(new Int32Array(cap));
      this.tfPages.push(new Uint32Array(cap));
      return [this.docPages.length - 1, 0];
    }
    if (this.used + cap > PAGE) {
      this.docPages.push(new Int32Array(PAGE));
      this.tfPages.push(new Uint32Array(PAGE));
      this.current = this.docPages.length - 1;
      this.used = 0;
    }
    const off = this.used;
    this.used += cap;
    return [this.current, off];
  }

  append(t: number, doc: number, tf: number): void {
    const len = this.termLen[t] as number;
    let cap = this.termCap[t] as number;
    if (len === cap) {
      const ncap = cap === 0 ? 2 : cap * 2;
      const [page, off] = this.alloc(ncap);
      if (len > 0) {
        const op = this.termPage[t] as number;
        const oo = this.termOff[t] as number;
        (this.docPages[page] as Int32Array).set((this.docPages[op] as Int32Array).subarray(oo, oo + len), off);
        (this.tfPages[page] as Uint32Array).set((this.tfPages[op] as Uint32Array).subarray(oo, oo + len), off);
        if (cap > BIG) {
          // A page of its own is freed at once.
          this.docPages[op] = new Int32Array(0);
          this.tfPages[op] = new Uint32Array(0);
        }
      }
      this.termPage[t] = page;
      this.termOff[t] = off;
      this.termCap[t] = cap = ncap;
    }
    const p = this.termPage[t] as number;
    const o = (this.termOff[t] as number) + len;
    (this.docPages[p] as Int32Array)[o] = doc;
    (this.tfPages[p] as Uint32Array)[o] = tf;
    this.termLen[t] = len + 1;
  }

  /** The list of term `t`: docs and packed frequencies, as views (valid until the next write). */
  list(t: number): { docs: Int32Array; tfs: Uint32Array } {
    const len = this.termLen[t] ?? 0;
    if (len === 0) return { docs: new Int32Array(0), tfs: new Uint32Array(0) };
    const p = this.termPage[t] as number;
    const o = this.termOff[t] as number;
    return {
      docs: (this.docPages[p] as Int32Array).subarray(o, o + len),
      tfs: (this.tfPages[p] as Uint32Array).subarray(o, o + len),
    };
  }

  length(t: number): number {
    return this.termLen[t] ?? 0;
  }

  /** Packed frequencies of term `t` in document `doc`, or 0 (binary search). */
  find(t: number, doc: number): number {
    const { docs, tfs } = this.list(t);
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = docs[mid] as number;
      if (d === doc) return tfs[mid] as number;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * Rewrites every list keeping only documents with `remap[doc] >= 0`, renumbered to
   * `remap[doc]` (which must keep the order). Returns the new store.
   */
  compacted(remap: Int32Array): PostingStore {
    const next = new PostingStore();
    for (let t = 0; t < this.terms; t++) {
      next.addTerm();
      const { docs, tfs } = this.list(t);
      let n = 0;
      for (let i = 0; i < docs.length; i++) if ((remap[docs[i] as number] as number) >= 0) n++;
      if (n === 0) continue;
      const [page, off] = next.alloc(n);
      const dp = next.docPages[page] as Int32Array;
      const tp = next.tfPages[page] as Uint32Array;
      let j = off;
      for (let i = 0; i < docs.length; i++) {
        const nd = remap[docs[i] as number] as number;
        if (nd >= 0) {
          dp[j] = nd;
          tp[j++] = tfs[i] as number;
        }
      }
      next.termPage[t] = page;
      next.termOff[t] = off;
      next.termLen[t] = n;
      next.termCap[t] = n;
    }
    return next;
  }

  /** Approximate bytes held by the lists and per-term tables. */
  bytes(): number {
    let b = 0;
    for (const p of this.docPages) b += p.byteLength * 2;
    return b + this.termPage.byteLength * 4;
  }
}
