import { describe, expect, it } from 'vitest';
import { isIpcPrefix, labelIpc, lookupIpcByPrefix } from './lookup-ipc.js';

describe('IPC lookup', () => {
  it('tells code prefixes from words', () => {
    for (const q of ['H', 'h0', 'H01', 'H01M', 'H01M 10', 'h01m10/05']) expect(isIpcPrefix(q), q).toBe(true);
    for (const q of ['battery', 'HX', '电池', 'I01']) expect(isIpcPrefix(q), q).toBe(false);
  });

  it('labels a code with its section and WIPO field in both languages', () => {
    expect(labelIpc('H01M')).toEqual({
      code: 'H01M',
      en: 'Electricity › Electrical machinery, apparatus, energy',
      zh: '电学 › 电机、电气装置与电能',
      field: 'wipo-01',
    });
    expect(labelIpc('G')).toMatchObject({ code: 'G', en: 'Physics', field: null });
    expect(labelIpc('Z99')).toBeNull();
  });

  it('lists the codes under a prefix, shortest first, within the limit', () => {
    const r = lookupIpcByPrefix('h01', 5);
    expect(r.length).toBe(5);
    expect(r[0]!.code).toBe('H01');
    expect(r.every((x) => x.code.startsWith('H01'))).toBe(true);
    expect(lookupIpcByPrefix('a61k', 3).map((x) => x.code)).toEqual(['A61K']);
  });

  it('puts a full code the user typed first, normalized, and adds codes in use', () => {
    expect(lookupIpcByPrefix('h01m10/0562', 3)[0]).toMatchObject({ code: 'H01M 10/0562', field: 'wipo-01' });
    expect(lookupIpcByPrefix('C12N', 10, ['C12N 15/11']).map((x) => x.code)).toContain('C12N 15/11');
  });

  it('answers words and nonsense with nothing', () => {
    expect(lookupIpcByPrefix('lithium', 10)).toEqual([]);
    expect(lookupIpcByPrefix('', 10)).toEqual([]);
  });
});
