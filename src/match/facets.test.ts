import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, IPR_STATUSES, LISTING_KINDS } from '../core/listings/listing.js';
import { createAnalyzer } from './analyzer.js';
import type { MatchDoc } from './doc.js';
import { createMatchEngine } from './engine.js';
import { FACET_DIMENSIONS, type FacetCounts, type SearchFilters } from './facets.js';
import { parseIpc } from './ipc.js';

const analyzer = createAnalyzer();
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
const SECTORS = ['s1', 's2', 's3'];
const COUNTRIES = ['CN', 'DE', 'US'];
const IPCS = ['H01M10/052', 'H01M4/58', 'G06F17/30', 'A61K9/00'];

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const docArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
  kind: opt(fc.constantFrom(...LISTING_KINDS)),
  sectors: subset(SECTORS),
  country: opt(fc.constantFrom(...COUNTRIES)),
  trl: opt(fc.integer({ min: 1, max: 9 })),
  iprStatus: opt(fc.constantFrom(...IPR_STATUSES)),
  cooperationTypes: subset(COOPERATION_TYPES),
  price: opt(fc.tuple(fc.option(fc.integer({ min: 0, max: 100 })), fc.option(fc.integer({ min: 100, max: 200 })))),
  ipcCodes: subset(IPCS),
  language: fc.constantFrom('zh' as const, 'en' as const),
});

const filtersArb = fc.record(
  {
    kinds: subset(LISTING_KINDS),
    sectors: subset(SECTORS),
    countries: subset(COUNTRIES),
    trl: fc.record({ min: opt(fc.integer({ min: 1, max: 9 })), max: opt(fc.integer({ min: 1, max: 9 })) }),
    iprStatuses: subset(IPR_STATUSES),
    cooperationTypes: subset(COOPERATION_TYPES),
    budgetCny: fc.record({ min: opt(fc.integer({ min: 0, max: 200 })), max: opt(fc.integer({ min: 0, max: 200 })) }),
    ipc: subset(['H01M', 'H01M10', 'G06F', 'A61K9/00']),
    languages: subset(['zh', 'en'] as const),
  },
  { requiredKeys: [] },
);

type Dim = (typeof FACET_DIMENSIONS)[number];

/** Which facet dimensions (and budget) a document fails, computed from the documents directly. */
const failing = (d: MatchDoc, f: SearchFilters): Set<Dim | 'budget'> => {
  const out = new Set<Dim | 'budget'>();
  const some = <T>(xs: readonly T[] | undefined, ok: (x: T) => boolean) => xs !== undefined && xs.length > 0 && !xs.some(ok);
  if (some(f.kinds, (k) => d.kind === k)) out.add('kind');
  if (some(f.sectors, (s) => (d.sectors ?? []).includes(s))) out.add('sector');
  if (some(f.countries, (c) => d.country === c)) out.add('country');
  const tmin = f.trl?.min ?? null;
  const tmax = f.trl?.max ?? null;
  if ((tmin !== null || tmax !== null) && (d.trl == null || (tmin !== null && d.trl < tmin) || (tmax !== null && d.trl > tmax))) out.add('trl');
  if (some(f.iprStatuses, (s) => d.iprStatus === s)) out.add('iprStatus');
  if (some(f.cooperationTypes, (c) => (d.cooperationTypes ?? []).includes(c))) out.add('cooperationType');
  const codes = (d.ipcCodes ?? []).map((c) => parseIpc(c)!.code);
  const ipcMatch = (p: string) =>
    p.includes('/') ? codes.includes(parseIpc(p)!.code) : codes.some((c) => (parseIpc(p)!.group ? c.startsWith(`${parseIpc(p)!.group}/`) : c.startsWith(p)));
  if (some(f.ipc, ipcMatch)) out.add('ipc');
  if (some(f.languages, (l) => d.language === l)) out.add('language');
  const bmin = f.budgetCny?.min ?? null;
  const bmax = f.budgetCny?.max ?? null;
  if (bmin !== null || bmax !== null) {
    const p = d.priceCny;
    if (p == null || (p.min == null && p.max == null)) out.add('budget');
    else if ((bmax !== null && (p.min ?? -Infinity) > bmax) || (bmin !== null && (p.max ?? Infinity) < bmin)) out.add('budget');
  }
  return out;
};

const valuesOf = (d: MatchDoc, dim: Dim): string[] => {
  switch (dim) {
    case 'kind':
      return d.kind ? [d.kind] : [];
    case 'sector':
      return [...new Set(d.sectors ?? [])];
    case 'country':
      return d.country ? [d.country] : [];
    case 'trl':
      return d.trl != null ? [String(d.trl)] : [];
    case 'iprStatus':
      return d.iprStatus ? [d.iprStatus] : [];
    case 'cooperationType':
      return [...new Set(d.cooperationTypes ?? [])];
    case 'ipc':
      return [...new Set((d.ipcCodes ?? []).map((c) => parseIpc(c)!.subclass!))];
    case 'language':
      return d.language ? [d.language] : [];
  }
};

const asMap = (facets: FacetCounts, dim: Dim) => new Map(facets[dim].map((v) => [v.value, v.count]));

describe('search facets', () => {
  it('count what a brute-force pass over the documents counts', () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 25 }), filtersArb, fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }), (raw, filters, q) => {
        const docs: MatchDoc[] = raw.map((r, i) => ({
          id: `d${i}`,
          title: r.words.join(' '),
          kind: r.kind,
          sectors: r.sectors,
          country: r.country,
          trl: r.trl,
          iprStatus: r.iprStatus,
          cooperationTypes: r.cooperationTypes,
          priceCny: r.price ? { min: r.price[0], max: r.price[1] } : null,
          ipcCodes: r.ipcCodes,
          language: r.language,
        }));
        const e = createMatchEngine({ analyzer });
        for (const d of docs) e.add(d);
        const text = q.join(' ');
        const res = e.search({ text, filters, limit: 200, facetLimit: 100 });
        const qTerms = new Set(analyzer.terms(text));
        const textOk = (d: MatchDoc) => qTerms.size === 0 || analyzer.terms(d.title).some((t) => qTerms.has(t));
        const candidates = docs.filter(textOk).map((d) => ({ d, fails: failing(d, filters) }));
        expect(res.total).toBe(candidates.filter((c) => c.fails.size === 0).length);
        expect(new Set(res.hits.map((h) => h.id))).toEqual(new Set(candidates.filter((c) => c.fails.size === 0).map((c) => c.d.id)));
        for (const dim of FACET_DIMENSIONS) {
          const expected = new Map<string, number>();
          for (const c of candidates) {
            if (c.fails.has('budget')) continue;
            if ([...c.fails].some((x) => x !== dim)) continue;
            for (const v of valuesOf(c.d, dim)) expected.set(v, (expected.get(v) ?? 0) + 1);
          }
          expect(asMap(res.facets!, dim)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
