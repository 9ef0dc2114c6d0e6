import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import {
  ipcClass,
  ipcCommonLevel,
  ipcCovers,
  ipcLineage,
  ipcMainGroup,
  ipcSection,
  ipcSubclass,
  isIpcCode,
  isNormalizedIpc,
  normalizeIpc,
  parseIpc,
  toIpcCode,
} from './ipc.js';

describe('normalizeIpc', () => {
  it.each([
    ['H01M10/052', 'H01M 10/052'],
    ['H01M 10/052', 'H01M 10/052'],
    ['  h01m   10/052 ', 'H01M 10/052'],
    ['G06F 16/30', 'G06F 16/30'],
    ['A61K', 'A61K'],
    ['H01', 'H01'],
    ['H01M 010/0525', 'H01M 10/0525'],
    ['H01M0010052000', 'H01M 10/052'],
    ['G06N0003080000', 'G06N 3/08'],
    ['H01L0029000000', 'H01L 29/00'],
    ['Ｈ０１Ｍ１０／０５２', 'H01M 10/052'],
    ['C12N 15/113', 'C12N 15/113'],
    ['A01B 1/022345', 'A01B 1/022345'],
  ])('normalizes %s to %s', (raw, expected) => {
    expect(normalizeIpc(raw)).toBe(expected);
  });

  it.each(['', 'H', 'I01M', 'Z01M 10/052', 'H1M', 'H01MM', 'H01M 10', 'H01M 10/5', 'H01M 12345/00', 'H01M 10/1234567', 'H01M-10/052', '01M'])(
    'rejects %j',
    (raw) => {
      expect(normalizeIpc(raw)).toBeNull();
      expect(isIpcCode(raw)).toBe(false);
    },
  );
});

describe('parseIpc', () => {
  it('splits a subgroup into its hierarchy', () => {
    expect(parseIpc('H01M10/0525')).toEqual({
      normalized: 'H01M 10/0525',
      level: 'subgroup',
      section: 'H',
      class: 'H01',
      subclass: 'H01M',
      mainGroup: 'H01M 10/00',
      groupNumber: '10',
      subgroupNumber: '0525',
    });
  });

  it('recognizes main groups, subclasses and classes', () => {
    expect(parseIpc('B25J 15/00')?.level).toBe('main_group');
    expect(parseIpc('B25J')?.level).toBe('subclass');
    expect(parseIpc('B25')?.level).toBe('class');
  });
});

describe('hierarchy helpers', () => {
  it('return each level of a code', () => {
    expect(ipcSection('C01B 25/45')).toBe('C');
    expect(ipcClass('C01B 25/45')).toBe('C01');
    expect(ipcSubclass('C01B 25/45')).toBe('C01B');
    expect(ipcMainGroup('C01B 25/45')).toBe('C01B 25/00');
    expect(ipcSubclass('C01')).toBeNull();
    expect(ipcMainGroup('C01B')).toBeNull();
  });

  it('lists the lineage from section to the code', () => {
    expect(ipcLineage('H01M10/052')).toEqual(['H', 'H01', 'H01M', 'H01M 10/00', 'H01M 10/052']);
    expect(ipcLineage('H01M 10/00')).toEqual(['H', 'H01', 'H01M', 'H01M 10/00']);
    expect(ipcLineage('bad')).toEqual([]);
  });

  it('finds the deepest common level of two codes', () => {
    expect(ipcCommonLevel('H01M 10/052', 'H01M 10/052')).toBe('subgroup');
    expect(ipcCommonLevel('H01M 10/052', 'H01M 10/0525')).toBe('main_group');
    expect(ipcCommonLevel('H01M 10/052', 'H01M 4/13')).toBe('subclass');
    expect(ipcCommonLevel('H01M 10/052', 'H01L 29/16')).toBe('class');
    expect(ipcCommonLevel('H01M 10/052', 'H02J 7/00')).toBe('section');
    expect(ipcCommonLevel('H01M 10/052', 'C01B 25/45')).toBeNull();
    expect(ipcCommonLevel('H01M', 'H01M 10/052')).toBe('subclass');
  });

  it('tells whether a code lies under another', () => {
    expect(ipcCovers('H01M', 'H01M 10/052')).toBe(true);
    expect(ipcCovers('H', 'h01m10/052')).toBe(true);
    expect(ipcCovers('H01M 10/00', 'H01M 10/052')).toBe(true);
    expect(ipcCovers('H01M 4/00', 'H01M 10/052')).toBe(false);
    expect(ipcCovers('H01M 10/052', 'H01M')).toBe(false);
  });

  it('knows a normalized code from a raw one', () => {
    expect(isNormalizedIpc('H01M 10/052')).toBe(true);
    expect(isNormalizedIpc('H01M10/052')).toBe(false);
  });
});

describe('toIpcCode', () => {
  it('throws IPC_CODE_INVALID for an invalid code', () => {
    try {
      toIpcCode('X99');
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('IPC_CODE_INVALID');
    }
  });
});
