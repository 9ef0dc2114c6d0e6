/**
 * Numbers for terms: each term added gets the number it is given, and `get` finds it again. Most
 * index terms are short (Chinese words of one to four characters, short English stems): a term of at
 * most four UTF-16 units is found by its units packed into two 32-bit keys in an open-addressing
 * table, one cache line per probe, without hashing a string or reading the stored one (terms come
 * fresh from the segmenter, so a Map would do both). Longer terms go to a Map.
 */
const STRIDE = 4; // per slot: key a, key b, number + 1 (0: empty), length (a slot in one aligned 16 bytes)

export class TermNumbers {
  private slots = new Int32Array(STRIDE * 1024);
  private mask = 1023;
  private shortCount = 0;
  private readonly long = new Map<string, number>();

  /** The number of `term`, or -1. */
  get(term: string): number {
    const n = term.length;
    if (n > 4 || n === 0) return this.long.get(term) ?? -1;
    const a = keyA(term, n);
    const b = keyB(term, n);
    const slots = this.slots;
    for (let i = hash(a, b) & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * STRIDE;
      const v = slots[at + 2] as number;
      if (v === 0) return -1;
      if (slots[at] === a && slots[at + 1] === b && slots[at + 3] === n) return v - 1;
    }
  }

  /** Gives `term` (not numbered yet) the number `num` (>= 0). */
  set(term: string, num: number): void {
    const n = term.length;
    if (n > 4 || n === 0) {
      this.long.set(term, num);
      return;
    }
    if (2 * (this.shortCount + 1) > this.mask + 1) this.grow();
    const a = keyA(term, n);
    const b = keyB(term, n);
    this.put(a, b, num + 1, n);
    this.shortCount++;
  }

  private put(a: number, b: number, v: number, n: number): void {
    const slots = this.slots;
    let i = hash(a, b) & this.mask;
    while (slots[i * STRIDE + 2] !== 0) i = (i + 1) & this.mask;
    slots[i * STRIDE] = a;
    slots[i * STRIDE + 1] = b;
    slots[i * STRIDE + 2] = v;
    slots[i * STRIDE + 3] = n;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let at = 0; at < old.length; at += STRIDE)
      if (old[at + 2] !== 0) this.put(old[at] as number, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
  }
}

// A short term's two keys: its first two UTF-16 units, then its third and fourth (0 past its end).
const keyA = (term: string, n: number): number => (term.charCodeAt(0) << 16) | (n > 1 ? term.charCodeAt(1) : 0);
const keyB = (term: string, n: number): number => (n > 2 ? (term.charCodeAt(2) << 16) | (n > 3 ? term.charCodeAt(3) : 0) : 0);

const hash = (a: number, b: number): number => {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
};
