/** A bounded min-heap keeping the k entries with the highest keys (key, then tie-break). */
export class TopK {
  private readonly keys: Float64Array;
  private readonly ties: Float64Array;
  private readonly ids: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.keys = new Float64Array(Math.max(1, k));
    this.ties = new Float64Array(Math.max(1, k));
    this.ids = new Int32Array(Math.max(1, k));
  }

  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && (this.ties[i]! < this.ties[j]! || (this.ties[i] === this.ties[j] && this.ids[i]! > this.ids[j]!)));
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i]!, t = this.ties[i]!, d = this.ids[i]!;
    this.keys[i] = this.keys[j]!;
    this.ties[i] = this.ties[j]!;
    this.ids[i] = this.ids[j]!;
    this.keys[j] = k;
    this.ties[j] = t;
    this.ids[j] = d;
  }

  push(id: number, key: number, tie = 0): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      this.ids[i] = id;
      this.keys[i] = key;
      this.ties[i] = tie;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.less(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    const k0 = this.keys[0]!;
    if (key < k0 || (key === k0 && (tie < this.ties[0]! || (tie === this.ties[0] && id >= this.ids[0]!)))) return;
    this.ids[0] = id;
    this.keys[0] = key;
    this.ties[0] = tie;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  /** Entries best first. */
  sorted(): { id: number; key: number; tie: number }[] {
    const out: { id: number; key: number; tie: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ id: this.ids[i]!, key: this.keys[i]!, tie: this.ties[i]! });
    out.sort((a, b) => b.key - a.key || b.tie - a.tie || a.id - b.id);
    return out;
  }
}
