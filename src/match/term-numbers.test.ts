import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermNumbers } from './term-numbers.js';

describe('term numbers', () => {
  // Short and long terms over a few characters, so that many share their first units: Han,
  // Latin, a surrogate pair's halves, U+0000 and U+FFFF at the edges of a unit.
  const unit = fc.constantFrom('电', '池', '回', 'a', 'b', '\uD840', '\uDC00', '\u0000', '\uFFFF');
  const term = fc.array(unit, { maxLength: 7 }).map((us) => us.join(''));

  it('finds every term with the number it was given, and no term it was not given', () =>
    fc.assert(
      fc.property(fc.array(term, { maxLength: 400 }), fc.array(term, { maxLength: 50 }), (added, others) => {
        const numbers = new TermNumbers();
        const expected = new Map<string, number>();
        for (const t of added) {
          expect(numbers.get(t)).toBe(expected.get(t) ?? -1);
          if (!expected.has(t)) {
            expected.set(t, expected.size * 3);
            numbers.set(t, expected.size * 3 - 3);
          }
        }
        for (const t of [...added, ...others]) expect(numbers.get(t)).toBe(expected.get(t) ?? -1);
      }),
      { numRuns: 200 },
    ));

  it('keeps them through many growths of its table', () => {
    const numbers = new TermNumbers();
    const terms: string[] = [];
    for (let i = 0; i < 100_000; i++) terms.push(String.fromCharCode(0x4e00 + (i % 20_000), 0x4e00 + Math.floor(i / 20_000)));
    terms.forEach((t, i) => numbers.set(t, i));
    terms.forEach((t, i) => expect(numbers.get(t)).toBe(i));
    expect(numbers.get('电池回收方法')).toBe(-1);
    expect(numbers.get('')).toBe(-1);
  });
});
