/** Small helpers for typed arrays that grow by doubling (the index's per-document columns). */

type Typed = Int32Array | Uint32Array | Uint8Array | Uint16Array | Float64Array | Float32Array;

/** Returns `arr` if it holds `n` elements, else a copy with at least double the capacity. */
export const ensure = <T extends Typed>(arr: T, n: number, fill?: number): T => {
  if (n <= arr.length) return arr;
  let cap = Math.max(16, arr.length * 2);
  while (cap < n) cap *= 2;
  const next = new (arr.constructor as new (n: number) => T)(cap);
  next.set(arr);
  if (fill !== undefined) next.fill(fill, arr.length);
  return next;
};

/** A string <-> small integer dictionary (sector codes, countries, organizations). */
export class Dict {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

/**
 * Variable-length lists of integers per document, stored flat (start offset + count per doc).
 * Documents are append-only, so values are appended; compaction rewrites the store.
 */
export class MultiColumn {
  start = new Int32Array(0);
  count = new Uint8Array(0);
  values = new Int32Array(0);
  used = 0;

  set(doc: number, vals: readonly number[]): void {
    this.start = ensure(this.start, doc + 1);
    this.count = ensure(this.count, doc + 1);
    const n = Math.min(vals.length, 255);
    this.values = ensure(this.values, this.used + n);
    this.start[doc] = this.used;
    this.count[doc] = n;
    for (let i = 0; i < n; i++) this.values[this.used + i] = vals[i] as number;
    this.used += n;
  }

  get(doc: number): Int32Array {
    const s = this.start[doc] ?? 0;
    return this.values.subarray(s, s + (this.count[doc] ?? 0));
  }

  has(doc: number, value: number): boolean {
    const s = this.start[doc] ?? 0;
    const e = s + (this.count[doc] ?? 0);
    for (let i = s; i < e; i++) if (this.values[i] === value) return true;
    return false;
  }
}
