import { minorUnits } from '../taxonomy/currencies.js';

/** Formats minor units as major units with grouping, e.g. 4800000000 CNY -> "48,000,000.00 CNY". */
export function formatMoney(minor: number, currency: string): string {
  const mu = minorUnits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = BigInt(Math.abs(minor));
  const scale = 10n ** BigInt(mu);
  const major = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = mu > 0 ? `.${(abs % scale).toString().padStart(mu, '0')}` : '';
  return `${sign}${major}${frac} ${currency}`;
}
