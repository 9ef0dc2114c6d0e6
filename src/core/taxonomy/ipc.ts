/**
 * International Patent Classification (IPC) codes: validation, normalization and the
 * hierarchy section > class > subclass > main group > subgroup used by matching.
 *
 * Normalized forms: 'H' (section, only from hierarchy helpers), 'H01' (class), 'H01M'
 * (subclass), 'H01M 10/00' (main group), 'H01M 10/052' (subgroup).
 */
import { DomainError } from '../shared/domain-error.js';
import type { TaxonomyErrorCode } from './errors.js';

export const IPC_LEVELS = ['section', 'class', 'subclass', 'main_group', 'subgroup'] as const;
export type IpcLevel = (typeof IPC_LEVELS)[number];

export type IpcCode = {
  /** 'H01M 10/052' */
  normalized: string;
  level: Exclude<IpcLevel, 'section'>;
  section: string; // 'H'
  class: string; // 'H01'
  subclass: string | null; // 'H01M'
  mainGroup: string | null; // 'H01M 10/00'
  /** Group number and subgroup digits, e.g. '10' and '052'; null above group level. */
  groupNumber: string | null;
  subgroupNumber: string | null;
};

const CLASS_RE = /^([A-H])(\d{2})$/;
const SUBCLASS_RE = /^([A-H])(\d{2})([A-Z])$/;
const GROUP_RE = /^([A-H])(\d{2})([A-Z])(\d{1,4})\/(\d{2,6})$/;
// The 14-character fixed-width form of patent office data: H01M0010052000.
const FIXED_WIDTH_RE = /^([A-H])(\d{2})([A-Z])(\d{4})(\d{6})$/;

const stripLeadingZeros = (digits: string): string => digits.replace(/^0+(?=\d)/, '');

function build(section: string, cls: string, letter: string | null, group: string | null, sub: string | null): IpcCode {
  const klass = `${section}${cls}`;
  if (letter === null) {
    return { normalized: klass, level: 'class', section, class: klass, subclass: null, mainGroup: null, groupNumber: null, subgroupNumber: null };
  }
  const subclass = `${klass}${letter}`;
  if (group === null || sub === null) {
    return { normalized: subclass, level: 'subclass', section, class: klass, subclass, mainGroup: null, groupNumber: null, subgroupNumber: null };
  }
  const groupNumber = stripLeadingZeros(group);
  const mainGroup = `${subclass} ${groupNumber}/00`;
  const isMain = /^0+$/.test(sub);
  const subgroupNumber = isMain ? '00' : sub;
  return {
    normalized: `${subclass} ${groupNumber}/${subgroupNumber}`,
    level: isMain ? 'main_group' : 'subgroup',
    section,
    class: klass,
    subclass,
    mainGroup,
    groupNumber,
    subgroupNumber,
  };
}

/**
 * Parses an IPC code written in any common form ('H01M10/052', 'h01m 10/052',
 * 'H01M  10/052', 'H01M0010052000', full-width characters) down to class level.
 * Returns null when it is not a valid IPC code. A bare section ('H') is not accepted.
 */
export function parseIpc(raw: string): IpcCode | null {
  const s = raw.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  let m = GROUP_RE.exec(s);
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!);
  m = FIXED_WIDTH_RE.exec(s);
  if (m) {
    // Fixed-width subgroups are right-padded with zeros: '052000' is subgroup 052.
    const sub = m[5]!.replace(/0+$/, '').padEnd(2, '0');
    return build(m[1]!, m[2]!, m[3]!, m[4]!, sub);
  }
  m = SUBCLASS_RE.exec(s);
  if (m) return build(m[1]!, m[2]!, m[3]!, null, null);
  m = CLASS_RE.exec(s);
  if (m) return build(m[1]!, m[2]!, null, null, null);
  return null;
}

/** The normalized form of an IPC code ('H01M10/052' -> 'H01M 10/052'), or null when invalid. */
export const normalizeIpc = (raw: string): string | null => parseIpc(raw)?.normalized ?? null;

/** True when `raw` parses as an IPC class, subclass, main group or subgroup. */
export const isIpcCode = (raw: string): boolean => parseIpc(raw) !== null;

/** True when `code` is already in normalized form. */
export const isNormalizedIpc = (code: string): boolean => parseIpc(code)?.normalized === code;

/**
 * The parsed code; throws DomainError IPC_CODE_INVALID (details.value) when `raw` is not
 * a valid IPC code.
 */
export function toIpcCode(raw: string): IpcCode {
  const parsed = parseIpc(raw);
  if (parsed === null) {
    throw new DomainError<TaxonomyErrorCode>('IPC_CODE_INVALID', `"${raw.slice(0, 40)}" is not a valid IPC code (e.g. H01M 10/052).`, {
      value: raw.slice(0, 40),
    });
  }
  return parsed;
}

/** Section letter of a code ('H01M 10/052' -> 'H'), or null when invalid. */
export const ipcSection = (raw: string): string | null => parseIpc(raw)?.section ?? null;
/** Class of a code ('H01M 10/052' -> 'H01'), or null when invalid. */
export const ipcClass = (raw: string): string | null => parseIpc(raw)?.class ?? null;
/** Subclass of a code ('H01M 10/052' -> 'H01M'), or null when invalid or class-only. */
export const ipcSubclass = (raw: string): string | null => parseIpc(raw)?.subclass ?? null;
/** Main group of a code ('H01M 10/052' -> 'H01M 10/00'), or null above group level. */
export const ipcMainGroup = (raw: string): string | null => parseIpc(raw)?.mainGroup ?? null;

/**
 * The code and its ancestors from the section down, e.g. 'H01M 10/052' ->
 * ['H', 'H01', 'H01M', 'H01M 10/00', 'H01M 10/052']. Empty when invalid.
 */
export function ipcLineage(raw: string): string[] {
  const c = parseIpc(raw);
  if (c === null) return [];
  const out = [c.section, c.class];
  if (c.subclass !== null) out.push(c.subclass);
  if (c.mainGroup !== null) out.push(c.mainGroup);
  if (c.level === 'subgroup') out.push(c.normalized);
  return out;
}

const LEVEL_DEPTH: Record<IpcLevel, number> = { section: 0, class: 1, subclass: 2, main_group: 3, subgroup: 4 };

/**
 * The deepest level at which two IPC codes agree, or null when either is invalid or they
 * differ already in the section. 'H01M 10/052' and 'H01M 10/0525' agree at 'main_group';
 * identical subgroups at 'subgroup'. Used to score IPC overlap in matching.
 */
export function ipcCommonLevel(a: string, b: string): IpcLevel | null {
  const la = ipcLineage(a);
  const lb = ipcLineage(b);
  let depth = -1;
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) break;
    depth = i;
  }
  if (depth < 0) return null;
  return IPC_LEVELS.find((l) => LEVEL_DEPTH[l] === depth) ?? null;
}

/** True when `ancestor` is `code` or one of its ancestors ('H01M' covers 'H01M 10/052'). */
export function ipcCovers(ancestor: string, code: string): boolean {
  const a = normalizeIpc(ancestor) ?? (/^[A-H]$/i.test(ancestor.trim()) ? ancestor.trim().toUpperCase() : null);
  if (a === null) return false;
  return ipcLineage(code).includes(a);
}
