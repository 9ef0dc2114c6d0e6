import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import { type Analyzer, createAnalyzer } from './analyzer.js';
import type { MatchDoc } from './doc.js';
import { createMatchEngine, type MatchEngine } from './engine.js';
import type { SnapshotSink, SnapshotSource } from './snapshot.js';
import { makeDoc, NOW, seededPick } from './test-corpus.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = (await loadAnalyzers()).analyzer;
});

/** A sink that keeps the bytes, and a source over them (optionally cut short). */
const memory = () => {
  const chunks: Uint8Array[] = [];
  const sink: SnapshotSink = { write: (b) => void chunks.push(Uint8Array.from(b)) };
  const bytes = () => Buffer.concat(chunks);
  const source = (data: Uint8Array = bytes()): SnapshotSource => {
    let at = 0;
    return {
      read(into) {
        if (at + into.length > data.length) throw new Error('end of snapshot');
        into.set(data.subarray(at, at + into.length));
        at += into.length;
      },
    };
  };
  return { sink, bytes, source };
};

/** Everything the engine answers that a snapshot must keep: queries of each kind and the documents. */
const answers = (e: MatchEngine, ids: string[]) => {
  // A loaded index's lists are packed (postingsBytes is smaller, as after seal()).
  const { postingsBytes: _, ...stats } = e.stats();
  const out: unknown[] = [stats, [...e.versions()].sort()];
  for (const q of ['锂电池 回收', 'graphene sensor', 'hydrogen 燃料电池', 'H01M']) {
    for (const publicOnly of [false, true])
      out.push(e.search({ text: q, limit: 8, facets: true, publicOnly, filters: publicOnly ? { trl: { min: 3, max: 9 }, ipc: ['H01M'] } : {} }));
  }
  for (const id of ids) {
    if (!e.has(id)) continue;
    // A members-only listing is "not found" for the public: the same error on both.
    const publicMatches = (() => {
      try {
        return e.matches(id, { limit: 5, publicOnly: true });
      } catch (err) {
        return (err as { code?: string }).code;
      }
    })();
    out.push(e.get(id), e.matches(id, { limit: 5 }), e.similar(id, { limit: 3 }), publicMatches);
  }
  out.push(
    e.partners({ id: 'q1', kind: 'rd_partnership', title: 'lithium battery recycling' }, { limit: 3 }),
    e.classify({ id: 'q2', title: '石墨烯 传感器 芯片' }),
  );
  return out;
};

const build = (docs: MatchDoc[], removed: number[], sealed: boolean): MatchEngine => {
  const e = createMatchEngine({ analyzer, now: () => NOW, compactAt: 1 });
  for (const d of docs) e.add(d);
  for (const i of removed) e.remove(`doc-${i}`);
  if (sealed) e.seal();
  return e;
};

describe('index snapshots', () => {
  it('a loaded snapshot answers every query as the index it was written from, and both take the same writes after', () => {
    let hits = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 1, max: 60 }), fc.boolean(), (seed, n, sealed) => {
        const pick = seededPick(seed);
        const docs = Array.from({ length: n }, (_, i) => makeDoc(i, pick));
        const removed = Array.from({ length: pick(5) }, () => pick(n));
        const a = build(docs, removed, sealed);
        const m = memory();
        a.writeSnapshot(m.sink, 'test');
        const b = createMatchEngine({ analyzer, now: () => NOW, compactAt: 1, snapshot: { source: m.source(), tag: 'test' } });
        const ids = docs.map((d) => d.id);
        expect(answers(b, ids)).toEqual(answers(a, ids));
        hits += a.search({ text: '锂电池 graphene', limit: 1 }).total;
        // Writes after loading: a replaced document, a new one, a removal, then compaction.
        for (const e of [a, b]) {
          e.add({ ...makeDoc(0, () => 1), id: 'doc-1', title: '锂电池 graphene recycling' });
          e.add(makeDoc(n + 1, () => 2));
          e.remove('doc-2');
          e.compact();
        }
        expect(answers(b, [...ids, `doc-${n + 1}`])).toEqual(answers(a, [...ids, `doc-${n + 1}`]));
      }),
      { numRuns: 25 },
    );
    // The comparison is not of empty answers.
    expect(hits).toBeGreaterThan(25);
  });

  it('an empty index round-trips', () => {
    const m = memory();
    createMatchEngine({ analyzer }).writeSnapshot(m.sink);
    const b = createMatchEngine({ analyzer, snapshot: { source: m.source() } });
    expect(b.size).toBe(0);
    expect(b.search({ text: 'battery' }).total).toBe(0);
    b.add({ id: 'x', title: 'Lithium battery recycling' });
    expect(b.search({ text: 'battery' }).hits.map((h) => h.id)).toEqual(['x']);
  });

  it('refuses a snapshot that is cut short, is not a snapshot, or was made for another tag or analyzer', () => {
    const a = build(
      Array.from({ length: 20 }, (_, i) => makeDoc(i, (k) => (i * 7 + k) % k)),
      [3],
      true,
    );
    const m = memory();
    a.writeSnapshot(m.sink, 'db-1');
    const bytes = m.bytes();
    const load = (source: SnapshotSource, tag = 'db-1', an = analyzer) => () => createMatchEngine({ analyzer: an, snapshot: { source, tag } });
    for (const cut of [0, 5, 12, 100, Math.floor(bytes.length / 2), bytes.length - 1])
      expect(load(m.source(bytes.subarray(0, cut)))).toThrow();
    const garbled = Uint8Array.from(bytes);
    garbled[0] = 0x58;
    expect(load(m.source(garbled))).toThrow(expect.objectContaining({ code: 'MATCH_SNAPSHOT_INVALID' }));
    expect(load(m.source(), 'db-2')).toThrow(expect.objectContaining({ code: 'MATCH_SNAPSHOT_STALE' }));
    // Another analyzer (no segmenter: Chinese as character bigrams) makes other terms.
    expect(load(m.source(), 'db-1', createAnalyzer())).toThrow(expect.objectContaining({ code: 'MATCH_SNAPSHOT_STALE' }));
    expect(load(m.source())().size).toBe(19);
  });
});
