import { minorUnits } from '../taxonomy/currencies.js';

/** CNY per one major unit of each currency, as of the rate table's latest applicable date. */
export type RateTable = ReadonlyMap<string, number>;

/**
 * Converts an amount in minor units of `currency` to CNY minor units (fen), rounding half
 * away from zero. Returns null when no rate is known for the currency.
 */
export function toCnyMinor(amountMinor: number, currency: string, rates: RateTable): number | null {
  if (currency === 'CNY') return amountMinor;
  const rate = rates.get(currency);
  if (rate === undefined) return null;
  const major = amountMinor / 10 ** minorUnits(currency);
  const fen = major * rate * 100;
  return Math.sign(fen) * Math.round(Math.abs(fen));
}
