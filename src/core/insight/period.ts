/**
 * Reporting periods: a year ('2026'), a quarter ('2026Q3') or a month ('2026-07'), and ranges
 * of them ('2026Q1..2026Q3'). Periods are calendar periods of the center's local time, a fixed
 * offset from UTC (China Standard Time, UTC+8, by default: China has no daylight saving time).
 */
import { DomainError } from '../shared/domain-error.js';
import type { InsightErrorCode } from './errors.js';

export const GRAINS = ['month', 'quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];

/** Minutes east of UTC of the center's calendar: China Standard Time. */
export const CENTER_UTC_OFFSET_MINUTES = 480;

export type Period = {
  grain: Grain;
  year: number;
  /** Month 1..12, quarter 1..4, or 1 for a year. */
  index: number;
};

/** From `from` to `to`, both included; `from` and `to` may be of different grains. */
export type PeriodRange = { from: Period; to: Period };

/** Instants [start, end) of a period in the center's local calendar. */
export type TimeWindow = { start: Date; end: Date };

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const invalid = (raw: string) =>
  new DomainError<InsightErrorCode>(
    'INSIGHT_PERIOD_INVALID',
    `"${raw.slice(0, 40)}" is not a period: write a year (2026), a quarter (2026Q3), a month (2026-07), or a range (2026Q1..2026Q3).`,
    { issues: [{ path: 'period', message: 'Not a period.' }] },
  );

/**
 * Parses '2026', '2026Q3' (also '2026-Q3', '2026q3') or '2026-07'.
 * Throws INSIGHT_PERIOD_INVALID.
 */
export function parsePeriod(raw: string): Period {
  const s = raw.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(s);
  if (m) return checked({ grain: 'year', year: Number(m[1]), index: 1 }, raw);
  m = /^(\d{4})-?Q([1-4])$/.exec(s);
  if (m) return checked({ grain: 'quarter', year: Number(m[1]), index: Number(m[2]) }, raw);
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return checked({ grain: 'month', year: Number(m[1]), index: Number(m[2]) }, raw);
  throw invalid(raw);
}

function checked(p: Period, raw: string): Period {
  if (p.year < MIN_YEAR || p.year > MAX_YEAR) throw invalid(raw);
  return p;
}

/** Parses one period or a range 'A..B' (A not after B). Throws INSIGHT_PERIOD_INVALID. */
export function parsePeriodRange(raw: string): PeriodRange {
  const parts = raw.split('..');
  if (parts.length > 2) throw invalid(raw);
  const from = parsePeriod(parts[0]!);
  const to = parts.length === 2 ? parsePeriod(parts[1]!) : from;
  if (periodStartDay(from) > periodStartDay(to)) throw invalid(raw);
  return { from, to };
}

/** '2026', '2026Q3' or '2026-07'. */
export function formatPeriod(p: Period): string {
  if (p.grain === 'year') return String(p.year);
  if (p.grain === 'quarter') return `${p.year}Q${p.index}`;
  return `${p.year}-${String(p.index).padStart(2, '0')}`;
}

export function formatRange(r: PeriodRange): string {
  const a = formatPeriod(r.from);
  const b = formatPeriod(r.to);
  return a === b ? a : `${a}..${b}`;
}

const firstMonth = (p: Period): number => (p.grain === 'year' ? 1 : p.grain === 'quarter' ? (p.index - 1) * 3 + 1 : p.index);
const monthCount = (g: Grain): number => (g === 'year' ? 12 : g === 'quarter' ? 3 : 1);
const isoDay = (year: number, month: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;

/** The first local calendar day of the period, YYYY-MM-DD. */
export function periodStartDay(p: Period): string {
  return isoDay(p.year, firstMonth(p));
}

/** The first local calendar day after the period, YYYY-MM-DD. */
export function periodEndDay(p: Period): string {
  const m0 = p.year * 12 + firstMonth(p) - 1 + monthCount(p.grain);
  return isoDay(Math.floor(m0 / 12), (m0 % 12) + 1);
}

const dayStart = (day: string, offsetMinutes: number): Date => new Date(Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000);

/** The instants [start, end) of a range in a calendar `offsetMinutes` east of UTC. */
export function rangeWindow(r: PeriodRange, offsetMinutes = CENTER_UTC_OFFSET_MINUTES): TimeWindow {
  return { start: dayStart(periodStartDay(r.from), offsetMinutes), end: dayStart(periodEndDay(r.to), offsetMinutes) };
}

/** The local calendar days [startDay, endDay) of a range, for date columns. */
export function rangeDays(r: PeriodRange): { startDay: string; endDay: string } {
  return { startDay: periodStartDay(r.from), endDay: periodEndDay(r.to) };
}

/** The period of `grain` holding the local calendar day `day` (YYYY-MM-DD). */
export function periodOfDay(day: string, grain: Grain): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (grain === 'year') return { grain, year, index: 1 };
  if (grain === 'quarter') return { grain, year, index: Math.floor((month - 1) / 3) + 1 };
  return { grain, year, index: month };
}

/** The local calendar day (YYYY-MM-DD) of an instant. */
export function localDay(at: Date, offsetMinutes = CENTER_UTC_OFFSET_MINUTES): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The period of `grain` holding the instant `at`. */
export function periodOf(at: Date, grain: Grain, offsetMinutes = CENTER_UTC_OFFSET_MINUTES): Period {
  return periodOfDay(localDay(at, offsetMinutes), grain);
}

/** The periods of `grain` that cover the range, in order (at most `limit`; more is INSIGHT_PERIOD_INVALID). */
export function periodsIn(r: PeriodRange, grain: Grain, limit = 600): Period[] {
  const out: Period[] = [];
  let p = periodOfDay(periodStartDay(r.from), grain);
  const endDay = periodEndDay(r.to);
  while (periodStartDay(p) < endDay) {
    out.push(p);
    if (out.length > limit) throw invalid(`${formatRange(r)} by ${grain}`);
    p = nextPeriod(p);
  }
  return out;
}

export function nextPeriod(p: Period): Period {
  const n = p.grain === 'year' ? 1 : p.grain === 'quarter' ? 4 : 12;
  return p.index === n ? { grain: p.grain, year: p.year + 1, index: 1 } : { grain: p.grain, year: p.year, index: p.index + 1 };
}

/** The period of `grain` holding `at`, and the `count - 1` before it: a trailing window for dashboards. */
export function trailingRange(at: Date, grain: Grain, count: number, offsetMinutes = CENTER_UTC_OFFSET_MINUTES): PeriodRange {
  const to = periodOf(at, grain, offsetMinutes);
  let from = to;
  for (let i = 1; i < count; i++) from = previousPeriod(from);
  return { from, to };
}

export function previousPeriod(p: Period): Period {
  const n = p.grain === 'year' ? 1 : p.grain === 'quarter' ? 4 : 12;
  return p.index === 1 ? { grain: p.grain, year: p.year - 1, index: n } : { grain: p.grain, year: p.year, index: p.index - 1 };
}

export const isGrain = (s: string): s is Grain => (GRAINS as readonly string[]).includes(s);
