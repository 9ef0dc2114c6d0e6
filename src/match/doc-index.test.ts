import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { DocIndex } from './doc-index.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const analyzer = createAnalyzer();
const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'golf', 'hotel', 'india', 'kilo', 'lima', 'mike'];

const topOf = (ix: DocIndex, ids: number[], weights: number[], k: number, pruned: boolean, accept?: (d: number) => boolean) => {
  const got: [number, number][] = [];
  ix.score({ ids: Int32Array.from(ids), weights: Float64Array.from(weights) }, DEFAULT_WEIGHTS, (d, s) => got.push([d, s]), pruned ? { topK: k, accept } : { accept });
  return got.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
};

describe('BM25F scoring with top-k pruning', () => {
  it('returns the same best k documents and scores as the exhaustive pass', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 120 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (docs, query, k, filtered) => {
          const ix = new DocIndex(analyzer);
          docs.forEach((words, i) => ix.add({ id: `d${i}`, title: words.slice(0, 2).join(' '), description: words.join(' ') }));
          const ids = query.map((t) => ix.vocab.get(analyzer.terms(t)[0]!)).filter((x): x is number => x !== undefined);
          const weights = ids.map((_, i) => 1 / (i + 1));
          const accept = filtered ? (d: number) => d % 3 !== 0 : undefined;
          const full = topOf(ix, ids, weights, k, false, accept);
          const pruned = topOf(ix, ids, weights, k, true, accept);
          expect(pruned.map(([d]) => d)).toEqual(full.map(([d]) => d));
          pruned.forEach(([, s], i) => expect(s).toBeCloseTo(full[i]![1], 5));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the exhaustive best k when common terms are searched only for the documents still in the race', () => {
    // Skewed vocabulary: a few words in most documents (long lists, searched for the candidates
    // once no new document can enter), many rare ones (short lists that decide the race).
    const vocab = Array.from({ length: 60 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 2, max: 8 }),
        (seed, k, m) => {
          let x = seed;
          const rand = () => ((x = (Math.imul(x, 48271) >>> 0) % 2147483647) / 2147483647);
          const word = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length * rand() ** 3))]!;
          const ix = new DocIndex(analyzer);
          for (let i = 0; i < 600; i++) ix.add({ id: `d${i}`, title: `${word()} ${word()}`, description: Array.from({ length: 4 + Math.floor(rand() * 20) }, word).join(' ') });
          for (let i = 0; i < 600; i += 7) ix.remove(`d${i}`);
          const query = [...new Set(Array.from({ length: m }, (_, i) => (i % 2 === 0 ? vocab[Math.floor(rand() * 4)]! : word())))];
          const ids = query.map((t) => ix.vocab.get(analyzer.terms(t)[0]!)).filter((id): id is number => id !== undefined);
          const weights = ids.map(() => 0.5 + rand());
          const full = topOf(ix, ids, weights, k, false);
          const pruned = topOf(ix, ids, weights, k, true);
          expect(pruned.map(([d]) => d)).toEqual(full.map(([d]) => d));
          pruned.forEach(([, s], i) => expect(s).toBeCloseTo(full[i]![1], 5));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('scores nothing for removed documents', () => {
    const ix = new DocIndex(analyzer);
    ix.add({ id: 'a', title: 'alpha' });
    ix.add({ id: 'b', title: 'alpha bravo' });
    ix.remove('a');
    const got: number[] = [];
    ix.score({ ids: Int32Array.of(ix.vocab.get('alpha')!), weights: Float64Array.of(1) }, DEFAULT_WEIGHTS, (d) => got.push(d));
    expect(got).toEqual([1]);
  });
});

describe('stored documents', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '电', '池', '\u0001', '\u0002', '\u0003', 'Z', '-'), maxLength: 20 });
  const doc = fc.record({
    id: fc.uuid(),
    kind: fc.constantFrom('technology_offer' as const, 'technology_request' as const, null),
    language: fc.constantFrom('zh' as const, 'en' as const, null),
    title: text,
    summary: fc.option(text, { nil: null }),
    description: fc.option(text, { nil: null }),
    keywords: fc.array(text, { maxLength: 4 }),
    translations: fc.option(fc.record({ en: fc.record({ title: text, summary: text }) }), { nil: null }),
    sectors: fc.uniqueArray(fc.constantFrom('wipo-06', 'ind-ai-software', 'wipo-13'), { maxLength: 3 }),
    ipcCodes: fc.uniqueArray(fc.constantFrom('H01M 10/052', 'G06N', 'B25J 9/16'), { maxLength: 3 }),
    trl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    iprStatus: fc.constantFrom('granted' as const, null),
    cooperationTypes: fc.uniqueArray(fc.constantFrom('license' as const, 'joint_development' as const), { maxLength: 2 }),
    priceCny: fc.option(fc.record({ min: fc.option(fc.nat(), { nil: null }), max: fc.option(fc.nat(), { nil: null }) }), { nil: null }),
    country: fc.option(fc.constantFrom('CN', 'DE'), { nil: null }),
    targetCountries: fc.uniqueArray(fc.constantFrom('CN', 'US'), { maxLength: 2 }),
    ownerOrganizationId: fc.option(fc.uuid(), { nil: null }),
    publishedAt: fc.option(fc.nat(), { nil: null }),
    deadline: fc.option(fc.nat(), { nil: null }),
  });
  // Texts come back without the separators U+0001-U+0003 (replaced by spaces); empty optional texts as
  // null, empty keywords dropped.
  // eslint-disable-next-line no-control-regex -- the separators
  const clean = (s: string) => s.replace(/[\u0001-\u0003]/g, ' ');
  const opt = (s: string | null | undefined) => (s == null || s.length === 0 ? null : clean(s));

  it('gives back every field of an added document from its packed texts and columns', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), (docs) => {
        const ix = new DocIndex(analyzer);
        const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
        for (const d of unique) ix.add(d);
        unique.forEach((d, i) => {
          const back = ix.doc(i)!;
          expect(back).toEqual({
            ...d,
            title: clean(d.title),
            summary: opt(d.summary),
            description: opt(d.description),
            keywords: d.keywords.filter((k) => k.length > 0).map(clean),
            translations: d.translations === null ? null : { en: { title: clean(d.translations.en.title), summary: opt(d.translations.en.summary) ?? undefined, description: undefined } },
            priceCny: d.priceCny === null || (d.priceCny.min === null && d.priceCny.max === null) ? null : d.priceCny,
            ipcCodes: d.ipcCodes.map((c) => c.replace(/\s+/g, '')),
            cooperationTypes: ['license', 'joint_development'].filter((c) => d.cooperationTypes.includes(c as never)),
          });
          // Without texts: the same structured fields, no text.
          expect(ix.doc(i, { texts: false })).toEqual({ ...back, language: null, title: '', summary: null, description: null, keywords: [], translations: null });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('forgets a removed document', () => {
    const ix = new DocIndex(analyzer);
    ix.add({ id: 'a', title: 'alpha' });
    ix.remove('a');
    expect(ix.doc(0)).toBeNull();
  });
});
