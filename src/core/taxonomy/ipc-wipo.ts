/**
 * IPC -> WIPO technology field (wipo-01..wipo-35), after the public WIPO IPC-technology
 * concordance (Schmoch 2008, with WIPO's later additions of new subclasses).
 *
 * Rules are prefixes at three depths: a class ('B60'), a subclass ('H01M') or a main group
 * ('A61K 8/'). The longest matching prefix wins, so a group rule refines its subclass and a
 * subclass rule refines its class. A bare subclass whose groups are split between fields
 * (A61K, G01N, H04N, B01D, C13B, E01F) maps to the field that holds most of its groups.
 */
import { parseIpc } from './ipc.js';
import { wipoFieldCode } from './sectors.js';

/*
 * Rule notation, per field number:
 *   'H01:BCFG'   subclasses H01B, H01C, H01F, H01G
 *   'A61K/8,31'  main groups A61K 8/ and A61K 31/
 *   'B60'        the whole class (a fallback for subclasses not listed anywhere)
 */
const RULES: Record<number, readonly string[]> = {
  1: ['F21:HKLSVWY', 'H01:BCFGHJKMRT', 'H02', 'H02:BGHJKMNPS', 'H05:BCF', 'H99:Z'],
  2: ['G09:FG', 'G11:B', 'H04N', 'H04N/3,5,7,9,11,13,15,17,19,23,25,101', 'H04:RS', 'H05:K'],
  3: ['G08:C', 'H01:PQ', 'H04:BHJKMQ', 'H04N/1'],
  4: ['H04:LW', 'H04N/21'],
  5: ['H03', 'H03:BCDFGHJKLM'],
  6: ['G06:CDEFGJKMNTV', 'G10:L', 'G11:C', 'G16:BCZ'],
  7: ['G06:Q'],
  8: ['H01:L', 'H10', 'H10:BKN'],
  9: ['G02', 'G02:BCF', 'G03:BCDFGH', 'H01:S'],
  10: [
    'G01',
    'G01:BCDFGHJKLMPQRSVW',
    'G01N',
    'G01N/1,3,5,7,9,11,13,15,17,19,21,22,23,24,25,27,29,30,31,35,37',
    'G04',
    'G04:BCDFGR',
    'G12:B',
    'G99:Z',
  ],
  11: ['G01N/33'],
  12: ['G05:BDF', 'G07', 'G07:BCDFG', 'G08:BG', 'G09:BCD'],
  13: ['A61:BCDFGHJLMN', 'G16:H', 'H05:G'],
  14: ['A61K/8', 'A61:Q', 'C07', 'C07:BCDFHJ', 'C40:B'],
  15: ['C07:GK', 'C12:MNPQRS'],
  16: ['A61K', 'A61K/6,9,31,33,35,36,38,39,41,45,47,48,49,50,51,101,103,125,127,129,131,133,135', 'A61:P'],
  17: ['C08:BCFGHKL'],
  18: [
    'A01:H',
    'A21:D',
    'A23:BCDFGJKL',
    'C12:CFGHJ',
    'C13B',
    'C13B/10,20,30,35,40,50,99',
    'C13:DFJK',
  ],
  19: ['A01:NP', 'C05', 'C05:BCDFG', 'C06', 'C06:BCDF', 'C09', 'C09:BCDFGHJK', 'C10:BCFGHJKLMN', 'C11', 'C11:BCD', 'C99:Z'],
  20: ['B22', 'B22:CDF', 'C01', 'C01:BCDFG', 'C03:C', 'C04', 'C04:B', 'C21', 'C21:BCD', 'C22', 'C22:BCF'],
  21: ['B05:CD', 'B32:B', 'C23', 'C23:CDFG', 'C25', 'C25:BCDF', 'C30:B'],
  22: ['B81', 'B81:BC', 'B82', 'B82:BY'],
  23: [
    'B01:BFJL',
    'B01D',
    'B01D/1,3,5,7,8,9,11,12,15,17,19,21,24,25,27,29,33,35,36,37,39,41,43,57,59,61,63,65,67,69,71',
    'B02:C',
    'B03',
    'B03:BCD',
    'B04',
    'B04:BC',
    'B05:B',
    'B06:B',
    'B07',
    'B07:BC',
    'B08:B',
    'C14:C',
    'D06:BCL',
    'F25:J',
    'F26',
    'F26:B',
    'H05:H',
  ],
  24: ['A62:C', 'B01D/45,46,47,49,50,51,52,53', 'B09', 'B09:BC', 'B65:F', 'C02', 'C02:F', 'E01F/8', 'F01:N', 'F23:GJ', 'G01:T'],
  25: ['B25:J', 'B65:BCDGH', 'B66', 'B66:BCDF', 'B67', 'B67:BCD'],
  26: [
    'A62:D',
    'B21',
    'B21:BCDFGHJKL',
    'B23',
    'B23:BCDFGHKPQ',
    'B24',
    'B24:BCD',
    'B25:BCDFGH',
    'B26',
    'B26:BDF',
    'B27',
    'B27:BCDFGHJKLMN',
    'B30',
    'B30:B',
  ],
  27: [
    'F01',
    'F01:BCDKLMP',
    'F02',
    'F02:BCDFGKMNP',
    'F03',
    'F03:BCDGH',
    'F04',
    'F04:BCDF',
    'F23:R',
    'F99:Z',
    'G21',
    'G21:BCDFGHJK',
  ],
  28: [
    'A41:H',
    'A43:D',
    'A46:D',
    'B31',
    'B31:BCDF',
    'B41',
    'B41:BCDFGJKLMN',
    'C14:B',
    'D01',
    'D01:BCDFGH',
    'D02',
    'D02:GHJ',
    'D03',
    'D03:CDJ',
    'D04:BCGH',
    'D05',
    'D05:BC',
    'D06:GHJMPQ',
    'D21',
    'D21:BCDFGHJ',
    'D99:Z',
  ],
  29: [
    'A01:BCDFGJKLM',
    'A21:BC',
    'A22',
    'A22:BC',
    'A23:NP',
    'B02:B',
    'B28',
    'B28:BCD',
    'B29',
    'B29:BCDKL',
    'B33',
    'B33:Y',
    'B99:Z',
    'C03:B',
    'C08:J',
    'C12:L',
    'C13B/5,15,25,45',
    'C13:CGH',
    'F41',
    'F41:ABCFGHJ',
    'F42',
    'F42:BCD',
  ],
  30: [
    'F22',
    'F22:BDG',
    'F23:BCDHKLMNQ',
    'F24',
    'F24:BCDFHJSTV',
    'F25:BC',
    'F27',
    'F27:BD',
    'F28',
    'F28:BCDFG',
  ],
  31: ['F15', 'F15:BCD', 'F16', 'F16:BCDFGHJKLMNPST', 'F17', 'F17:BCD', 'G05:G'],
  32: ['B60', 'B60:BCDFGHJKLMNPQRSTVW', 'B61', 'B61:BCDFGHJKL', 'B62', 'B62:BCDHJKLM', 'B63', 'B63:BCGHJ', 'B64', 'B64:BCDFGU'],
  33: ['A47', 'A47:BCDFGHJKL', 'A63', 'A63:BCDFGHJK'],
  34: [
    'A24',
    'A24:BCDF',
    'A41:BCDFG',
    'A42',
    'A42:BC',
    'A43:BC',
    'A44',
    'A44:BC',
    'A45',
    'A45:BCDF',
    'A46:B',
    'A62:B',
    'A99:Z',
    'B42',
    'B42:BCDF',
    'B43',
    'B43:KLM',
    'B44',
    'B44:BCDF',
    'B68',
    'B68:BCFG',
    'D04:D',
    'D06:FN',
    'D07',
    'D07:B',
    'F25:D',
    'G10:BCDFGHK',
  ],
  35: [
    'E01',
    'E01:BCDH',
    'E01F',
    'E01F/1,3,5,7,9,11,13,15',
    'E02',
    'E02:BCDF',
    'E03',
    'E03:BCDF',
    'E04',
    'E04:BCDFGH',
    'E05',
    'E05:BCDFG',
    'E06',
    'E06:BC',
    'E21',
    'E21:BCDF',
    'E99:Z',
  ],
};

/** Prefix -> field number; prefixes are 'B60', 'H01M' or 'A61K 8/'. */
function compile(rules: Record<number, readonly string[]>): Map<string, number> {
  const table = new Map<string, number>();
  const put = (prefix: string, field: number): void => {
    const existing = table.get(prefix);
    if (existing !== undefined && existing !== field) {
      throw new Error(`IPC-WIPO rule ${prefix} is given to fields ${existing} and ${field}`);
    }
    table.set(prefix, field);
  };
  for (const [key, list] of Object.entries(rules)) {
    const field = Number(key);
    for (const rule of list) {
      const subclasses = /^([A-H]\d{2}):([A-Z]+)$/.exec(rule);
      const groups = /^([A-H]\d{2}[A-Z])\/([\d,]+)$/.exec(rule);
      if (subclasses) for (const letter of subclasses[2]!) put(`${subclasses[1]}${letter}`, field);
      else if (groups) for (const g of groups[2]!.split(',')) put(`${groups[1]} ${g}/`, field);
      else if (/^[A-H]\d{2}[A-Z]?$/.test(rule)) put(rule, field);
      else throw new Error(`Malformed IPC-WIPO rule ${rule}`);
    }
  }
  return table;
}

const TABLE = compile(RULES);

/** Field numbers every subclass rule of a class agrees on, for class-only codes. */
function classFields(): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [prefix, field] of TABLE) {
    if (prefix.length !== 4) continue; // subclass rules only
    const cls = prefix.slice(0, 3);
    const seen = out.get(cls);
    out.set(cls, seen === undefined || seen === field ? field : null);
  }
  return out;
}
const CLASS_FIELDS = classFields();

/**
 * The WIPO technology field number (1..35) of an IPC code in any accepted form, or null
 * when the code is invalid or not covered. A class-only code ('B60') maps only when all its
 * subclasses fall in one field; 'H01' (semiconductors, optics, energy…) maps to null.
 */
export function wipoFieldNumberForIpc(raw: string): number | null {
  const c = parseIpc(raw);
  if (c === null) return null;
  if (c.subclass === null) {
    const agreed = CLASS_FIELDS.get(c.class);
    return agreed !== undefined ? agreed : (TABLE.get(c.class) ?? null);
  }
  if (c.groupNumber !== null) {
    const byGroup = TABLE.get(`${c.subclass} ${c.groupNumber}/`);
    if (byGroup !== undefined) return byGroup;
  }
  return TABLE.get(c.subclass) ?? TABLE.get(c.class) ?? null;
}

/** The WIPO field sector code ('wipo-08') of an IPC code, or null (see wipoFieldNumberForIpc). */
export function wipoFieldForIpc(raw: string): string | null {
  const n = wipoFieldNumberForIpc(raw);
  return n === null ? null : wipoFieldCode(n);
}

/** The distinct WIPO field codes of a list of IPC codes, in first-seen order; unmapped codes are skipped. */
export function wipoFieldsForIpcCodes(codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of codes) {
    const f = wipoFieldForIpc(code);
    if (f !== null && !out.includes(f)) out.push(f);
  }
  return out;
}

/** The IPC classes and subclasses the concordance names (e.g. 'B60', 'H01M'), sorted. */
export function concordanceIpcCodes(): string[] {
  return [...TABLE.keys()].filter((k) => /^[A-H]\d{2}[A-Z]?$/.test(k)).sort();
}
