/**
 * Inverted index storage: per term, a list of (document number, packed term frequencies) sorted
 * by document number. Lists live in chunks of large shared pages so that millions of rare terms
 * cost a few bytes each (no typed array object per term). A list that outgrows its chunk moves to
 * a chunk of twice the size; the old chunk goes to a free list of its size and is reused by the
 * next list that needs a chunk of that size (a list's chunks double, so sizes repeat).
 * `sealed()` packs every list to its exact length after a bulk build (the doubling leaves about a
 * third of the entries allocated but unused).
 *
 * Pages are large (16M entries: 64 MB of document numbers, 32 MB of frequencies) and so are the
 * pages of lists longer than that: the C allocator maps blocks of 32 MB and more on their own and
 * gives them back to the system when they are freed, while smaller blocks stay in its heap after
 * a free, and the process keeps that memory (measured: sealing a 1M-listing index with 1M-entry
 * pages freed 757 MB that the process kept). Pages are zero-filled when allocated, so the part of
 * a page not yet written costs address space only, not memory: a small index stays small.
 */
import { ensure } from './growable.js';
import { type SnapshotReader, type SnapshotWriter, snapshotInvalid } from './snapshot.js';

const PAGE = 1 << 24; // entries of a shared page
const MAX_SEALED_PAGE = 1 << 26; // entries of a page of a sealed store at most
// A chunk's address in the free lists: page * ADDRESS + offset (pages never exceed ADDRESS entries).
const ADDRESS = 2 ** 27;

/** Number of text fields; each takes 4 bits of a 16-bit packed frequency word. */
export const FIELD_COUNT = 4;
/** Highest frequency a field records: BM25 saturates long before (k1 about 1, tf 15 gives 94 % of the limit). */
export const MAX_FIELD_TF = 15;

/** Packs per-field term frequencies (each capped at MAX_FIELD_TF) into one 16-bit word. */
export const packTf = (tfs: ArrayLike<number>): number =>
  Math.min(tfs[0] ?? 0, 15) | (Math.min(tfs[1] ?? 0, 15) << 4) | (Math.min(tfs[2] ?? 0, 15) << 8) | (Math.min(tfs[3] ?? 0, 15) << 12);

/** The frequency of field `f` in a packed word. */
export const fieldTf = (packed: number, f: number): number => (packed >>> (4 * f)) & 15;

export class PostingStore {
  private docPages: Int32Array[] = [];
  private tfPages: Uint16Array[] = [];
  private current = -1;
  private used = 0;
  private pageLength = 0;
  /**
   * Per term, side by side (one cache line for all four): page, offset, length and capacity of its
   * list. Appending is bound by memory access, not arithmetic.
   */
  private meta = new Int32Array(0);
  terms = 0;
  /** Entries allocated in pages (live, dead and free), for memory figures. */
  allocated = 0;
  /** Free chunks by size: page * PAGE + offset of each. */
  private readonly free = new Map<number, number[]>();

  addTerm(): number {
    const t = this.terms++;
    this.meta = ensure(this.meta, this.terms * 4);
    this.meta.fill(0, t * 4, t * 4 + 4);
    return t;
  }

  private alloc(cap: number): [number, number] {
    const reusable = this.free.get(cap);
    if (reusable !== undefined && reusable.length > 0) {
      const at = reusable.pop() as number;
      return [Math.floor(at / ADDRESS), at % ADDRESS];
    }
    this.allocated += cap;
    if (cap > PAGE) {
      this.docPages.push(new Int32Array(cap));
      this.tfPages.push(new Uint16Array(cap));
      return [this.docPages.length - 1, 0];
    }
    if (this.used + cap > this.pageLength) this.newPage(PAGE);
    const off = this.used;
    this.used += cap;
    return [this.current, off];
  }

  private newPage(length: number): void {
    this.docPages.push(new Int32Array(length));
    this.tfPages.push(new Uint16Array(length));
    this.current = this.docPages.length - 1;
    this.used = 0;
    this.pageLength = length;
  }

  append(t: number, doc: number, tf: number): void {
    const meta = this.meta;
    const m = t * 4;
    const len = meta[m + 2] as number;
    let cap = meta[m + 3] as number;
    if (len === cap) {
      const ncap = cap === 0 ? 2 : cap * 2;
      const [page, off] = this.alloc(ncap);
      if (len > 0) {
        const op = meta[m] as number;
        const oo = meta[m + 1] as number;
        const fromDocs = this.docPages[op] as Int32Array;
        const fromTfs = this.tfPages[op] as Uint16Array;
        const toDocs = this.docPages[page] as Int32Array;
        const toTfs = this.tfPages[page] as Uint16Array;
        if (len <= 64) {
          // Most moves are of short lists: a loop, without the two views a copy of a range needs.
          for (let i = 0; i < len; i++) {
            toDocs[off + i] = fromDocs[oo + i] as number;
            toTfs[off + i] = fromTfs[oo + i] as number;
          }
        } else {
          toDocs.set(fromDocs.subarray(oo, oo + len), off);
          toTfs.set(fromTfs.subarray(oo, oo + len), off);
        }
        if (cap > PAGE) {
          // A page of its own is freed at once.
          this.docPages[op] = new Int32Array(0);
          this.tfPages[op] = new Uint16Array(0);
          this.allocated -= cap;
        } else {
          let list = this.free.get(cap);
          if (list === undefined) this.free.set(cap, (list = []));
          list.push(op * ADDRESS + oo);
        }
      }
      meta[m] = page;
      meta[m + 1] = off;
      meta[m + 3] = cap = ncap;
    }
    const p = meta[m] as number;
    const o = (meta[m + 1] as number) + len;
    (this.docPages[p] as Int32Array)[o] = doc;
    (this.tfPages[p] as Uint16Array)[o] = tf;
    meta[m + 2] = len + 1;
  }

  /** The list of term `t`: docs and packed frequencies, as views (valid until the next write). */
  list(t: number): { docs: Int32Array; tfs: Uint16Array } {
    const len = t < this.terms ? (this.meta[t * 4 + 2] as number) : 0;
    if (len === 0) return { docs: new Int32Array(0), tfs: new Uint16Array(0) };
    const p = this.meta[t * 4] as number;
    const o = this.meta[t * 4 + 1] as number;
    return {
      docs: (this.docPages[p] as Int32Array).subarray(o, o + len),
      tfs: (this.tfPages[p] as Uint16Array).subarray(o, o + len),
    };
  }

  length(t: number): number {
    return t < this.terms ? (this.meta[t * 4 + 2] as number) : 0;
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

  /** A copy with every list packed to its exact length, in as few pages as it takes. */
  sealed(): PostingStore {
    return this.compacted(null);
  }

  /**
   * Rewrites every list keeping only documents with `remap[doc] >= 0`, renumbered to
   * `remap[doc]` (which must keep the order); with no remap, every document as it is. Lists are
   * packed to their exact length. Returns the new store.
   */
  compacted(remap: Int32Array | null): PostingStore {
    const kept = new Int32Array(this.terms);
    for (let t = 0; t < this.terms; t++) {
      const { docs } = this.list(t);
      let n = docs.length;
      if (remap !== null) {
        n = 0;
        for (let i = 0; i < docs.length; i++) if ((remap[docs[i] as number] as number) >= 0) n++;
      }
      kept[t] = n;
    }
    const next = PostingStore.packed(kept);
    for (let t = 0; t < this.terms; t++) {
      if (kept[t] === 0) continue;
      const dp = next.docPages[next.meta[t * 4] as number] as Int32Array;
      const tp = next.tfPages[next.meta[t * 4] as number] as Uint16Array;
      const off = next.meta[t * 4 + 1] as number;
      const { docs, tfs } = this.list(t);
      if (remap === null) {
        dp.set(docs, off);
        tp.set(tfs, off);
      } else {
        let j = off;
        for (let i = 0; i < docs.length; i++) {
          const nd = remap[docs[i] as number] as number;
          if (nd >= 0) {
            dp[j] = nd;
            tp[j++] = tfs[i] as number;
          }
        }
      }
    }
    return next;
  }

  /**
   * An empty store with a list of each of `lengths` placed, packed, in as few pages as it takes
   * (the layout of `sealed()`; the lists' entries are left to the caller). A list that grows
   * afterwards moves to a chunk of the last page's free part.
   */
  private static packed(lengths: Int32Array): PostingStore {
    const next = new PostingStore();
    next.terms = lengths.length;
    next.meta = new Int32Array(next.terms * 4);
    let left = 0;
    for (let t = 0; t < next.terms; t++) left += lengths[t] as number;
    for (let t = 0; t < next.terms; t++) {
      const n = lengths[t] as number;
      if (n === 0) continue;
      // Pages of at least PAGE entries, for the allocator's sake (see above).
      if (next.used + n > next.pageLength) next.newPage(Math.max(n, PAGE, Math.min(left, MAX_SEALED_PAGE)));
      next.meta[t * 4] = next.current;
      next.meta[t * 4 + 1] = next.used;
      next.meta[t * 4 + 2] = n;
      next.meta[t * 4 + 3] = n;
      next.used += n;
      next.allocated += n;
      left -= n;
    }
    return next;
  }

  /** Writes every list (lengths, then documents, then frequencies, in term order). */
  writeTo(w: SnapshotWriter): void {
    const lengths = new Int32Array(this.terms);
    let total = 0;
    for (let t = 0; t < this.terms; t++) total += lengths[t] = this.meta[t * 4 + 2] as number;
    w.array(lengths);
    const lists = function* (self: PostingStore, tfs: boolean) {
      for (let t = 0; t < self.terms; t++) {
        const l = self.list(t);
        yield tfs ? l.tfs : l.docs;
      }
    };
    w.parts(total, lists(this, false));
    w.parts(total, lists(this, true));
  }

  /** A store read from what `writeTo` wrote: packed, laid out as `sealed()` lays it out. */
  static readFrom(r: SnapshotReader): PostingStore {
    const lengths = r.array(Int32Array);
    for (let t = 0; t < lengths.length; t++) if ((lengths[t] as number) < 0) throw snapshotInvalid('a list has a negative length');
    const next = PostingStore.packed(lengths);
    // Lists fill each page from its start, in term order: the two streams fill the pages in turn.
    const used = next.docPages.map(() => 0);
    for (let t = 0; t < next.terms; t++) {
      const p = next.meta[t * 4] as number;
      if (lengths[t] !== 0) used[p] = (next.meta[t * 4 + 1] as number) + (lengths[t] as number);
    }
    r.partsInto(next.docPages.map((p, i) => p.subarray(0, used[i])));
    r.partsInto(next.tfPages.map((p, i) => p.subarray(0, used[i])));
    return next;
  }

  /** Approximate bytes held by the lists and per-term tables. */
  bytes(): number {
    // The chunks handed out (in use or free); the rest of a page was never written.
    return this.allocated * (Int32Array.BYTES_PER_ELEMENT + Uint16Array.BYTES_PER_ELEMENT) + this.meta.byteLength;
  }
}
