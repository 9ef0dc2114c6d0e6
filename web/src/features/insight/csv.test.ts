import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv';

describe('client-side CSV', () => {
  it('prefixes text that a spreadsheet would run as a formula with a quote', () => {
    expect(['=1+1', '+49 30', '-2', '@SUM(A1)', '\tx'].map(safeCell)).toEqual(["'=1+1", "'+49 30", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(safeCell('plain')).toBe('plain');
  });

  it('keeps numbers as numbers, quotes separators and empties nulls', () => {
    expect(safeCell(-0.25)).toBe('-0.25');
    expect(safeCell(null)).toBe('');
    expect(safeCell('a, "b"')).toBe('"a, ""b"""');
    expect(safeCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['stage', 'deals'], [['nda', 2], ['合同登记', 1]])).toBe('\uFEFFstage,deals\r\nnda,2\r\n合同登记,1\r\n');
  });
});
