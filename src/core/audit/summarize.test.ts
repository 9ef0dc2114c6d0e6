import { describe, expect, it } from 'vitest';
import { summarizeChange } from './summarize.js';

const options = { confidential: ['confidentialDetails'], ignore: ['updatedAt', 'version'] };

describe('audit summaries', () => {
  it('names changed fields in snake_case with their values before and after', () => {
    const s = summarizeChange({ title: 'A', trl: 3, updatedAt: 1, version: 1 }, { title: 'B', trl: 3, updatedAt: 2, version: 2 }, options);
    expect(s).toEqual({ changed: ['title'], before: { title: 'A' }, after: { title: 'B' } });
  });

  it('names a confidential field but never stores its text', () => {
    const s = summarizeChange({ title: 'A', confidentialDetails: 'SECRET-1' }, { title: 'A', confidentialDetails: 'SECRET-2' }, options);
    expect(s.changed).toEqual(['confidential_details']);
    expect(JSON.stringify(s)).not.toMatch(/SECRET/);
  });

  it('summarizes a creation by its non-empty fields, clipping long text and arrays', () => {
    const s = summarizeChange(null, { summaryText: 'x'.repeat(500), keywords: Array.from({ length: 15 }, (_, i) => `k${i}`), empty: null, confidentialDetails: 'SECRET' }, options);
    expect(s.changed).toEqual(['summary_text', 'keywords', 'confidential_details']);
    expect(s.before).toBeUndefined();
    expect((s.after!.summary_text as string).length).toBe(121);
    expect(s.after!.keywords).toHaveLength(11);
    expect(JSON.stringify(s)).not.toMatch(/SECRET/);
  });

  it('summarizes a deletion by what there was', () => {
    const s = summarizeChange({ name: 'Org', city: null }, null, options);
    expect(s).toEqual({ changed: ['name'], before: { name: 'Org' } });
  });
});
