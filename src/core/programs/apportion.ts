/**
 * Exact arithmetic for money: rationals over BigInt and largest-remainder apportionment, so
 * that amounts split in integer minor units always sum exactly to the whole, on every machine.
 */

/** A non-negative rational n/d with d > 0, in lowest terms. */
export type Ratio = { n: bigint; d: bigint };

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export function ratio(n: bigint | number, d: bigint | number = 1n): Ratio {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('ratio with a zero denominator');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd);
  return { n: nn / g, d: dd / g };
}

export const addR = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const subR = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mulR = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
export const divR = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);
export const cmpR = (a: Ratio, b: Ratio): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const minR = (a: Ratio, b: Ratio): Ratio => (cmpR(a, b) <= 0 ? a : b);
export const maxR = (a: Ratio, b: Ratio): Ratio => (cmpR(a, b) >= 0 ? a : b);
/** Rounds toward negative infinity. */
export const floorR = (a: Ratio): bigint => (a.n >= 0n ? a.n / a.d : -((-a.n + a.d - 1n) / a.d));
export const ceilR = (a: Ratio): bigint => -floorR(ratio(-a.n, a.d));
export const toNumber = (a: Ratio): number => Number(a.n) / Number(a.d);

/**
 * Largest-remainder (Hamilton) rounding: turns exact shares into whole units that sum to
 * `total`. Each share gets its floor; the units left over go one each to the shares with the
 * largest fractional parts; ties go to the earlier share in `order` (callers pass a stable
 * order, e.g. by id). The shares must sum exactly to `total`.
 */
export function largestRemainder(shares: Ratio[], total: bigint, order: number[] = shares.map((_, i) => i)): bigint[] {
  const floors = shares.map(floorR);
  let left = total - floors.reduce((s, x) => s + x, 0n);
  if (left < 0n || left > BigInt(shares.length)) throw new RangeError('shares do not sum to the total');
  const rank = new Map(order.map((i, pos) => [i, pos]));
  const byRemainder = shares
    .map((s, i) => ({ i, rem: subR(s, ratio(floors[i]!)) }))
    .sort((a, b) => cmpR(b.rem, a.rem) || (rank.get(a.i) ?? a.i) - (rank.get(b.i) ?? b.i));
  const out = [...floors];
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    out[i]! += 1n;
    left -= 1n;
  }
  return out;
}

/**
 * Splits `total` minor units in proportion to `weights` (non-negative integers, not all zero),
 * by largest remainder: the parts sum exactly to `total`. Ties go to the earlier weight.
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) throw new RangeError('apportion needs a positive weight');
  const t = BigInt(total);
  return largestRemainder(
    weights.map((w) => ratio(t * BigInt(w), sum)),
    t,
  ).map(Number);
}
