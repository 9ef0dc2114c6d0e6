import { describe, expect, it } from 'vitest';
import { parseQuery } from './org-query.js';

const cities = new Map<string, ReadonlySet<string>>([
  ['beijing', new Set(['CN'])],
  ['cambridge', new Set(['GB', 'US'])],
  ['providence', new Set(['US'])],
]);
const parse = (text: string) => parseQuery(text, (key) => cities.get(key));

describe('parseQuery', () => {
  it('marks segments that only name places, postal codes and state codes', () => {
    const q = parse('Dept. of Physics, Tsinghua University, Beijing 100084, China');
    expect(q.isPlaceSegment).toEqual([false, false, true, true]);
    expect(parse('Brown University, Providence, RI 02912').isPlaceSegment).toEqual([false, true, true]);
  });

  it('lists the countries mentioned, cities only inside place segments', () => {
    const countries = (text: string) => [...new Set(parse(text).places.flatMap((p) => [...p.countries]))].sort();
    expect(countries('Trinity College, Cambridge')).toEqual(['GB', 'US']);
    expect(countries('University of Cambridge Press')).toEqual([]);
    expect(countries('Seattle, WA 98195')).toEqual(['US']);
    expect(countries('PR China')).toEqual(['CN']);
  });

  it('keeps the core of a segment without trailing postal codes', () => {
    const q = parse('Indian Institute of Technology, Kharagpur 721 302');
    expect(q.keys.slice(q.coreStart[1], q.coreEnd[1])).toEqual(['kharagpur']);
  });

  it('takes capitalized tokens as acronyms, but not in an all-capitals text', () => {
    const q = parse('LIPN, CNRS UMR 7030, Villetaneuse');
    expect(q.acronymTokens.map((i) => q.raws[i])).toEqual(['LIPN', 'CNRS', 'UMR']);
    expect(parse('GAZI UNIVERSITESI ANKARA').acronymTokens).toEqual([]);
    const lone = parse('GAZI UNIVERSITESI, TUBA');
    expect(lone.acronymTokens.map((i) => lone.raws[i])).toEqual(['TUBA']);
  });
});
