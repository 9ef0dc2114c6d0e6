/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted with double quotes when they hold
 * a comma, quote or line break, a quote inside a quoted field doubled. Reading also accepts a
 * leading UTF-8 byte-order mark, CRLF, LF or CR line ends, and blank lines (skipped).
 */

/** One record and the physical line (1-based) it starts on, for error messages. */
export type CsvRecord = {
  line: number;
  fields: string[];
  /** Set when the record is malformed (e.g. a quote never closed); `fields` is then partial. */
  error?: string;
};

const BOM = '\uFEFF';

/** Parses a whole CSV text into records (the header is the first record). */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = s.length;

  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let wasQuoted = false;
    let error: string | undefined;
    let ended = false;

    while (!ended) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = s[i]!;
      if (c === '"' && field.length === 0 && !wasQuoted) {
        // A quoted field: read to the closing quote; doubled quotes are one quote.
        wasQuoted = true;
        i++;
        let closed = false;
        while (i < n) {
          const q = s[i]!;
          if (q === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (q === '\n' || (q === '\r' && s[i + 1] !== '\n')) line++;
          field += q;
          i++;
        }
        if (!closed) {
          error = `a quoted field opened on line ${start} is never closed`;
          fields.push(field);
          break;
        }
        // After a closing quote only a separator or a line end may follow.
        if (i < n && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') {
          error ??= `unexpected text after a closing quote on line ${line}`;
          while (i < n && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') field += s[i++];
        }
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        wasQuoted = false;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        fields.push(field);
        i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
        line++;
        ended = true;
        continue;
      }
      field += c;
      i++;
    }

    // Blank lines, and rows of empty fields that spreadsheets leave at the end, are no records.
    const blank = !error && fields.every((f) => f.trim() === '');
    if (!blank) records.push(error ? { line: start, fields, error } : { line: start, fields });
  }
  return records;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as CSV: quoted when it must be. `null` is an empty field. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record as a CSV line, ending with CRLF (RFC 4180). */
export function csvLine(values: (string | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The byte-order mark spreadsheet programs need to read a CSV file as UTF-8. */
export const CSV_BOM = BOM;

/**
 * A list inside one CSV field: items separated by `;`. A `;` or `\` inside an item is
 * escaped with a backslash, so any list survives a round trip.
 */
export function joinList(items: readonly string[]): string {
  return items.map((s) => s.replace(/[\\;]/g, (c) => `\\${c}`)).join(';');
}

/** Splits a `;`-separated list field (see joinList); blank items are dropped. */
export function splitList(field: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    if (c === '\\' && (field[i + 1] === ';' || field[i + 1] === '\\')) {
      current += field[i + 1];
      i++;
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}
