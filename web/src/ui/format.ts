import type { ExchangeRate, MoneyRange } from '../api/types';

/** Number of minor units in one major unit of an ISO 4217 currency (CNY 2, JPY 0, ...). */
export function minorUnitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorUnitsOf(currency);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * Money from integer minor units, e.g. (12345600, 'CNY', 'zh-CN') -> '¥123,456' (whole amounts
 * drop the cents). `isApproximate` rounds to whole units, for converted amounts.
 */
export function formatMoney(minor: number, currency: string, locale: string, isApproximate = false): string {
  const exact = toMajor(minor, currency);
  const major = isApproximate ? Math.round(exact) : exact;
  const whole = Number.isInteger(major);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      minimumFractionDigits: whole ? 0 : undefined,
      maximumFractionDigits: whole ? 0 : undefined,
    }).format(major);
  } catch {
    return `${formatNumber(major, locale)} ${currency}`;
  }
}

export type RangeWords = { from: (amount: string) => string; upTo: (amount: string) => string };

/** '¥1 – ¥5', 'from ¥1', 'up to ¥5'; null when the range has no bound. */
export function formatMoneyRange(range: MoneyRange, locale: string, words: RangeWords, isApproximate = false): string | null {
  const { min_minor: min, max_minor: max, currency } = range;
  const money = (minor: number) => formatMoney(minor, currency, locale, isApproximate);
  if (min !== null && max !== null) {
    if (min === max) return money(min);
    return `${money(min)} – ${money(max)}`;
  }
  if (min !== null) return words.from(money(min));
  if (max !== null) return words.upTo(money(max));
  return null;
}

/**
 * Converts a range to another currency through CNY rates (CNY per one major unit).
 * Returns null when a rate is missing. Minor units follow each currency's own exponent.
 */
export function convertRange(range: MoneyRange, target: string, rates: ExchangeRate[]): MoneyRange | null {
  if (range.currency === target) return range;
  const rateOf = (code: string) => (code === 'CNY' ? 1 : rates.find((r) => r.currency === code)?.cny_per_unit);
  const from = rateOf(range.currency);
  const to = rateOf(target);
  if (!from || !to) return null;
  const convert = (minor: number | null) =>
    minor === null ? null : Math.round((toMajor(minor, range.currency) * from * 10 ** minorUnitsOf(target)) / to);
  return { min_minor: convert(range.min_minor), max_minor: convert(range.max_minor), currency: target };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD, shown as is, no time-zone shift) or a timestamp, in the locale's style. */
export function formatDate(value: string, locale: string): string {
  const date = DATE_ONLY.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: DATE_ONLY.test(value) ? 'UTC' : undefined,
  }).format(date);
}

/** Whole days from today to a YYYY-MM-DD date (negative once past). */
export function daysUntil(date: string, now: Date = new Date()): number {
  const target = Date.parse(`${date}T00:00:00Z`);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target - today) / 86_400_000);
}

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
