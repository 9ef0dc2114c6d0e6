import { describe, expect, it } from 'vitest';
import { packTf, PostingStore } from './postings.js';

describe('posting store', () => {
  it('keeps every appended posting in order across chunk moves', () => {
    const s = new PostingStore();
    const a = s.addTerm();
    const b = s.addTerm();
    for (let d = 0; d < 5000; d++) {
      s.append(a, d, d % 7);
      if (d % 3 === 0) s.append(b, d, 1);
    }
    expect(s.length(a)).toBe(5000);
    expect(s.length(b)).toBe(1667);
    expect([...s.list(a).docs.slice(0, 5)]).toEqual([0, 1, 2, 3, 4]);
    expect(s.find(a, 4321)).toBe(4321 % 7);
    expect(s.find(b, 4)).toBe(0);
    expect(s.find(b, 4323)).toBe(1);
  });

  it('compaction drops removed documents and renumbers the rest', () => {
    const s = new PostingStore();
    const t = s.addTerm();
    for (let d = 0; d < 10; d++) s.append(t, d, d + 1);
    const remap = Int32Array.from({ length: 10 }, (_, d) => (d % 2 === 0 ? d / 2 : -1));
    const c = s.compacted(remap);
    expect([...c.list(t).docs]).toEqual([0, 1, 2, 3, 4]);
    expect([...c.list(t).tfs]).toEqual([1, 3, 5, 7, 9]);
  });

  it('packs four field frequencies capped at 255', () => {
    const p = packTf([1, 300, 0, 255]);
    expect(p & 255).toBe(1);
    expect((p >>> 8) & 255).toBe(255);
    expect((p >>> 16) & 255).toBe(0);
    expect(p >>> 24).toBe(255);
  });
});
