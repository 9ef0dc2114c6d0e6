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

  it('sealing packs every list to its length and keeps it, and later appends still grow it', () => {
    const s = new PostingStore();
    const terms = Array.from({ length: 300 }, () => s.addTerm());
    for (let d = 0; d < 1000; d++) for (const t of terms) if (d % (t + 1) === 0) s.append(t, d, (d % 15) + 1);
    const sealed = s.sealed();
    let entries = 0;
    for (const t of terms) {
      entries += s.length(t);
      expect([...sealed.list(t).docs]).toEqual([...s.list(t).docs]);
      expect([...sealed.list(t).tfs]).toEqual([...s.list(t).tfs]);
    }
    expect(sealed.allocated).toBe(entries);
    expect(sealed.allocated).toBeLessThan(s.allocated);
    sealed.append(0, 1000, 3);
    sealed.append(299, 1001, 4);
    expect(sealed.length(0)).toBe(1001);
    expect(sealed.find(0, 1000)).toBe(3);
    expect(sealed.find(0, 999)).toBe((999 % 15) + 1);
    expect([...sealed.list(299).docs]).toEqual([0, 300, 600, 900, 1001]);
  });

  it('keeps a long list and a short one whole as both grow, and when sealed', () => {
    const s = new PostingStore();
    const t = s.addTerm();
    const u = s.addTerm();
    for (let d = 0; d < 300_000; d++) {
      s.append(t, d, 1);
      if (d % 1000 === 0) s.append(u, d, 2);
    }
    expect(s.length(t)).toBe(300_000);
    expect(s.find(t, 299_999)).toBe(1);
    expect([...s.sealed().list(u).docs].slice(-2)).toEqual([298_000, 299_000]);
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
