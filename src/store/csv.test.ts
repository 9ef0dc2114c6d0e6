import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, joinList, parseCsv, splitList } from './csv.js';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and line ends', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const records = parseCsv('name,note\n"Acme, Inc.","He said ""hi""\nand left"\nlast,"x"\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['name', 'note'],
      ['Acme, Inc.', 'He said "hi"\nand left'],
      ['last', 'x'],
    ]);
    // The record after a two-line field starts on line 4.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads CRLF and lone CR line ends and counts lines across them', () => {
    const records = parseCsv('a,b\r\n"x\r\ny",2\r\n3,4\r5,6');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x\r\ny', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('drops a leading byte-order mark', () => {
    expect(fieldsOf('\uFEFFid,name\n1,北京大学\n')).toEqual([
      ['id', 'name'],
      ['1', '北京大学'],
    ]);
  });

  it('keeps empty fields, including a trailing one, and a last record without a line end', () => {
    expect(fieldsOf('a,,c,\n,,,x')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', 'x'],
    ]);
  });

  it('skips blank lines and rows of empty fields but keeps their line numbers counted', () => {
    const records = parseCsv('h1,h2\n\n1,2\n,\n\r\n3,4\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['h1', 'h2']],
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('reports a quote that is never closed on the record that opened it', () => {
    const records = parseCsv('a,b\n1,"open\n2,3\n');
    expect(records).toHaveLength(2);
    expect(records[1]!.line).toBe(2);
    expect(records[1]!.error).toMatch(/never closed/);
  });

  it('reports text after a closing quote and goes on with the next record', () => {
    const records = parseCsv('a,b\n"x"y,1\n2,3\n');
    expect(records[1]!.error).toMatch(/after a closing quote/);
    expect(records[2]).toEqual({ line: 3, fields: ['2', '3'] });
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(fieldsOf('5" screen,x\n')).toEqual([['5" screen', 'x']]);
  });
});

describe('csvLine', () => {
  it('quotes only the fields that need it and writes null as an empty field', () => {
    expect(csvLine(['plain', 'a,b', 'say "x"', 'two\nlines', null, ''])).toBe('plain,"a,b","say ""x""","two\nlines",,\r\n');
  });

  it('round-trips any text through parseCsv', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of only empty fields is a blank row, which the reader skips by design.
        const kept = rows.filter((r) => r.some((f) => f.trim() !== ''));
        const text = rows.map((r) => csvLine(r)).join('');
        fc.pre(!text.startsWith('\uFEFF')); // a leading BOM is dropped by design
        expect(parseCsv(text).map((r) => r.fields)).toEqual(kept);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a field with a leading quote character quoted', () => {
    expect(csvField('"quoted"')).toBe('"""quoted"""');
  });
});

describe('list fields', () => {
  it('split on semicolons, trim items and drop blank ones', () => {
    expect(splitList(' solar ; battery;;  ')).toEqual(['solar', 'battery']);
  });

  it('round-trip items holding semicolons and backslashes', () => {
    const items = ['a;b', 'c\\d', 'C:\\path;x', '锂电池'];
    expect(joinList(items)).toBe('a\\;b;c\\\\d;C:\\\\path\\;x;锂电池');
    expect(splitList(joinList(items))).toEqual(items);
  });

  it('keep a backslash that escapes nothing', () => {
    expect(splitList('C:\\temp;x')).toEqual(['C:\\temp', 'x']);
  });
});
