/**
 * Character-trigram TF-IDF index over short strings (organization name keys), answering
 * "which names are nearest to this string by cosine". Binary trigram weights times idf;
 * candidates come from the postings of the query's rarer trigrams, then the cosine of each
 * candidate is computed exactly.
 *
 * Bulk-built names sit in compact typed-array postings; names added later go to overflow lists
 * until they are a tenth of the index, when everything is rebuilt and idf recomputed.
 */
import { isCjkChar } from './org-normalize.js';

export type TrigramHit = { id: number; cosine: number };

// Trigrams over [space a-z 0-9] get ids from a flat table; others from a map.
const ALPHABET = 37;
function asciiIndex(c: number): number {
  if (c === 32) return 0;
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return -1;
}

const CJK_ANY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A key with runs of CJK characters joined (they are space-separated tokens in keys). */
function joinCjk(key: string): string {
  if (!/[^ -~]/.test(key) || !CJK_ANY.test(key)) return key;
  return key.replace(/(\S) (?=\S)/gu, (m, c: string, offset: number, whole: string) =>
    isCjkChar(c) && isCjkChar(whole.charAt(offset + 2)) ? c : m,
  );
}

/** Open-addressing hash table from non-negative integer codes (< 2^53) to ids. */
class NumberTable {
  private keys = new Float64Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private count = 0;

  /** The id of `code`; when absent, a new id from `create`, or -1 without it. */
  lookup(code: number, create: (() => number) | null): number {
    const mask = this.keys.length - 1;
    let slot = (Math.imul((code / 4294967296) | 0, 0x9e3779b1) ^ Math.imul(code | 0, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === code) return this.values[slot]!;
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    if (!create) return -1;
    const id = create();
    this.keys[slot] = code;
    this.values[slot] = id;
    if (++this.count * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.values = new Int32Array(oldKeys.length * 2);
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k !== -1) {
        const v = oldValues[i]!;
        this.lookup(k, () => v);
      }
    }
  }
}

export class TrigramIndex {
  private readonly asciiIds = new Int32Array(ALPHABET * ALPHABET * ALPHABET).fill(-1);
  private readonly otherIds = new NumberTable();
  private gramCount = 0;
  private df = new Int32Array(1024);
  private readonly gramsByName: Int32Array[] = [];
  // Postings of names [0, frozen): CSR over gram ids [0, frozenGrams).
  private frozen = 0;
  private frozenGrams = 0;
  private offsets = new Int32Array(1);
  private postingIds = new Int32Array(0);
  private overflow = new Map<number, number[]>();
  private idf = new Float64Array(0);
  private idfNames = 0;
  private norms = new Float64Array(0);
  private normed = 0;
  private scores = new Float64Array(0);

  get size(): number {
    return this.gramsByName.length;
  }

  /** Adds a key; returns its id (0, 1, 2, ... in order of addition). */
  add(key: string): number {
    const id = this.gramsByName.length;
    const grams = this.gramIds(key, true);
    this.gramsByName.push(grams);
    for (const g of grams) this.df[g]!++;
    if (this.frozen > 0) {
      for (const g of grams) {
        let list = this.overflow.get(g);
        if (!list) this.overflow.set(g, (list = []));
        list.push(id);
      }
    }
    return id;
  }

  /** The `limit` keys nearest to `key` by cosine, best first. */
  search(key: string, limit: number, candidateCount = 40): TrigramHit[] {
    this.refresh();
    const total = this.gramsByName.length;
    if (total === 0) return [];
    const grams = this.gramIds(key, false);
    let qNorm = 0;
    const known: number[] = [];
    const rare = Math.log(1 + this.idfNames);
    for (const g of grams) {
      const w = g < 0 ? rare : this.idfOf(g);
      qNorm += w * w;
      if (g >= 0) known.push(g);
    }
    if (qNorm === 0 || known.length === 0) return [];
    qNorm = Math.sqrt(qNorm);
    // Rarer trigrams first; common ones (df above the cap) only score candidates found already.
    known.sort((a, b) => this.df[a]! - this.df[b]!);
    const cap = Math.max(300, total * 0.006);
    const scores = this.scores;
    const touched: number[] = [];
    for (const g of known) {
      const w = this.idfOf(g) ** 2;
      const common = this.df[g]! > cap;
      if (common && touched.length > 0) break;
      if (g < this.frozenGrams) {
        const ids = this.postingIds;
        const end = this.offsets[g + 1]!;
        for (let p = this.offsets[g]!; p < end; p++) {
          const n = ids[p]!;
          if (scores[n] === 0) touched.push(n);
          scores[n]! += w;
        }
      }
      const extra = this.overflow.get(g);
      if (extra) {
        for (const n of extra) {
          if (scores[n] === 0) touched.push(n);
          scores[n]! += w;
        }
      }
      if (common) break;
    }
    const candidates = this.topPartial(touched, candidateCount);
    for (const n of touched) scores[n] = 0;
    const q = Int32Array.from(known).sort();
    const out: TrigramHit[] = [];
    for (const n of candidates) {
      const ng = this.gramsByName[n]!;
      let i = 0;
      let j = 0;
      let dot = 0;
      while (i < q.length && j < ng.length) {
        const a = q[i]!;
        const b = ng[j]!;
        if (a === b) {
          const w = this.idfOf(a);
          dot += w * w;
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      out.push({ id: n, cosine: dot / (qNorm * this.norms[n]!) });
    }
    return out.sort((a, b) => b.cosine - a.cosine).slice(0, limit);
  }

  /** The `k` touched names with the highest partial cosine (a bounded min-heap). */
  private topPartial(touched: readonly number[], k: number): number[] {
    if (touched.length <= k) return [...touched];
    const heapName = new Int32Array(k);
    const heapScore = new Float64Array(k);
    let size = 0;
    for (const n of touched) {
      const v = this.scores[n]! / this.norms[n]!;
      if (size < k) {
        let i = size++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heapScore[parent]! <= v) break;
          heapScore[i] = heapScore[parent]!;
          heapName[i] = heapName[parent]!;
          i = parent;
        }
        heapScore[i] = v;
        heapName[i] = n;
      } else if (v > heapScore[0]!) {
        let i = 0;
        for (;;) {
          const left = 2 * i + 1;
          if (left >= size) break;
          const right = left + 1;
          const child = right < size && heapScore[right]! < heapScore[left]! ? right : left;
          if (heapScore[child]! >= v) break;
          heapScore[i] = heapScore[child]!;
          heapName[i] = heapName[child]!;
          i = child;
        }
        heapScore[i] = v;
        heapName[i] = n;
      }
    }
    return Array.from(heapName.subarray(0, size));
  }

  private idfOf(g: number): number {
    return g < this.idf.length ? this.idf[g]! : Math.log(1 + this.idfNames);
  }

  /**
   * Sorted unique gram ids of a key: trigrams of " key " plus bigrams of adjacent CJK characters.
   * `create` assigns ids to unseen grams; otherwise each unseen gram is -1.
   */
  private gramIds(key: string, create: boolean): Int32Array {
    const joined = joinCjk(key);
    const s = ` ${joined} `;
    const ids: number[] = [];
    for (let i = 0; i + 3 <= s.length; i++) {
      const x = s.charCodeAt(i);
      const y = s.charCodeAt(i + 1);
      const z = s.charCodeAt(i + 2);
      const a = asciiIndex(x);
      const b = asciiIndex(y);
      const c = asciiIndex(z);
      if (a >= 0 && b >= 0 && c >= 0) {
        const slot = (a * ALPHABET + b) * ALPHABET + c;
        let id = this.asciiIds[slot]!;
        if (id < 0 && create) this.asciiIds[slot] = id = this.newGram();
        ids.push(id);
      } else {
        ids.push(this.otherId(x * 4294967296 + y * 65536 + z, create));
      }
    }
    if (joined.length !== key.length) {
      for (let i = 0; i + 1 < joined.length; i++) {
        const a = joined.charAt(i);
        const b = joined.charAt(i + 1);
        if (isCjkChar(a) && isCjkChar(b)) ids.push(this.otherId(281474976710656 + a.charCodeAt(0) * 65536 + b.charCodeAt(0), create));
      }
    }
    const sorted = new Int32Array(ids);
    // Insertion sort: keys are short, and the builtin sort costs more per call than it saves.
    for (let i = 1; i < sorted.length; i++) {
      const v = sorted[i]!;
      let j = i - 1;
      while (j >= 0 && sorted[j]! > v) {
        sorted[j + 1] = sorted[j]!;
        j--;
      }
      sorted[j + 1] = v;
    }
    // Unique known ids; unknown grams (-1) each count once.
    let w = 0;
    for (let r = 0; r < sorted.length; r++) {
      if (r > 0 && sorted[r] === sorted[r - 1] && sorted[r]! >= 0) continue;
      sorted[w++] = sorted[r]!;
    }
    return sorted.subarray(0, w);
  }

  private otherId(code: number, create: boolean): number {
    return this.otherIds.lookup(code, create ? () => this.newGram() : null);
  }

  private newGram(): number {
    if (this.gramCount === this.df.length) {
      const grown = new Int32Array(this.df.length * 2);
      grown.set(this.df);
      this.df = grown;
    }
    return this.gramCount++;
  }

  /** Rebuilds postings and idf when a tenth or more of the names are new; weighs new names. */
  private refresh(): void {
    const total = this.gramsByName.length;
    if (total === this.normed) return;
    if (this.frozen === 0 || total - this.frozen > this.frozen * 0.1) this.rebuild();
    if (this.norms.length < total) {
      const grown = new Float64Array(Math.max(total, this.norms.length * 2));
      grown.set(this.norms.subarray(0, this.normed));
      this.norms = grown;
      this.scores = new Float64Array(grown.length);
    }
    for (let n = this.normed; n < total; n++) {
      let sum = 0;
      for (const g of this.gramsByName[n]!) {
        const w = g < 0 ? 0 : this.idfOf(g);
        sum += w * w;
      }
      this.norms[n] = Math.sqrt(sum);
    }
    this.normed = total;
  }

  private rebuild(): void {
    const total = this.gramsByName.length;
    const grams = this.gramCount;
    const offsets = new Int32Array(grams + 1);
    for (let g = 0; g < grams; g++) offsets[g + 1] = offsets[g]! + this.df[g]!;
    const fill = offsets.slice(0, grams);
    const ids = new Int32Array(offsets[grams]!);
    for (let n = 0; n < total; n++) for (const g of this.gramsByName[n]!) ids[fill[g]!++] = n;
    this.offsets = offsets;
    this.postingIds = ids;
    this.frozen = total;
    this.frozenGrams = grams;
    this.overflow = new Map();
    this.idf = new Float64Array(grams);
    for (let g = 0; g < grams; g++) this.idf[g] = Math.log(1 + total / Math.max(1, this.df[g]!));
    this.idfNames = total;
    this.normed = 0;
  }
}
