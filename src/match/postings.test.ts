import { describe, expect, it } from 'vitest';
import { fieldTf, packTf, PostingStore } from './postings.js';

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

  it('packs four field frequencies capped at 15 into 16 bits', () => {
    const p = packTf([1, 300, 0, 15]);
    expect([0, 1, 2, 3].map((f) => fieldTf(p, f))).toEqual([1, 15, 0, 15]);
    expect(p).toBeLessThan(1 << 16);
  });

  it('reuses the chunks lists leave behind when they grow', () => {
    const s = new PostingStore();
    const first = Array.from({ length: 500 }, () => s.addTerm());
    for (let d = 0; d < 64; d++) for (const t of first) s.append(t, d, 1);
    // 500 lists grew through chunks of 2, 4, ... 32 to 64 entries: 500 x 126 allocated.
    expect(s.allocated).toBe(63_000);
    const second = Array.from({ length: 500 }, () => s.addTerm());
    for (let d = 0; d < 64; d++) for (const t of second) s.append(t, d, 1);
    // The next 500 take the freed chunks of 2 ... 32 and allocate only their chunks of 64.
    expect(s.allocated).toBe(63_000 + 32_000);
    for (const t of [...first, ...second]) expect([...s.list(t).docs]).toEqual(Array.from({ length: 64 }, (_, d) => d));
  });
});
