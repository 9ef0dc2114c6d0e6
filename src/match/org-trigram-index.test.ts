import { describe, expect, it } from 'vitest';
import { TrigramIndex } from './org-trigram-index.js';

describe('TrigramIndex', () => {
  const keys = ['university tokyo', 'tokyo institute technology', 'kyoto university', 'university toronto', '清华大学'];

  it('ranks the nearest key first and gives an identical key cosine 1', () => {
    const index = new TrigramIndex();
    for (const k of keys) index.add(k);
    const hits = index.search('university tokio', 3);
    expect(hits[0]?.id).toBe(0);
    expect(index.search('kyoto university', 1)[0]).toEqual({ id: 2, cosine: expect.closeTo(1, 9) });
  });

  it('returns nothing when no trigram is shared', () => {
    const index = new TrigramIndex();
    for (const k of keys) index.add(k);
    expect(index.search('zzzq', 5)).toEqual([]);
  });

  it('finds keys added after the index was built', () => {
    const index = new TrigramIndex();
    for (const k of keys) index.add(k);
    index.search('tokyo', 1); // builds the postings
    const id = index.add('osaka university');
    expect(index.search('osaka universty', 1)[0]?.id).toBe(id);
  });

  it('matches CJK keys written as one token per character', () => {
    const index = new TrigramIndex();
    for (const k of keys) index.add(k);
    expect(index.search('清 华 大 学 物 理 系', 1)[0]?.id).toBe(4);
  });
});
