/**
 * The ISO 4217 currencies ITTC lists, with their minor-unit exponent (amounts are stored as
 * integer minor units: EUR 250,000.00 = 25000000, JPY 30,000,000 = 30000000).
 */
import { DomainError } from '../shared/domain-error.js';
import type { TaxonomyErrorCode } from './errors.js';

export type Currency = { readonly code: string; readonly minorUnits: 0 | 2 | 3; readonly en: string; readonly zh: string };

export const CURRENCIES: readonly Currency[] = [
  { code: 'CNY', minorUnits: 2, en: 'Chinese yuan', zh: '人民币' },
  { code: 'USD', minorUnits: 2, en: 'US dollar', zh: '美元' },
  { code: 'EUR', minorUnits: 2, en: 'Euro', zh: '欧元' },
  { code: 'HKD', minorUnits: 2, en: 'Hong Kong dollar', zh: '港元' },
  { code: 'MOP', minorUnits: 2, en: 'Macanese pataca', zh: '澳门元' },
  { code: 'TWD', minorUnits: 2, en: 'New Taiwan dollar', zh: '新台币' },
  { code: 'GBP', minorUnits: 2, en: 'Pound sterling', zh: '英镑' },
  { code: 'JPY', minorUnits: 0, en: 'Japanese yen', zh: '日元' },
  { code: 'KRW', minorUnits: 0, en: 'South Korean won', zh: '韩元' },
  { code: 'SGD', minorUnits: 2, en: 'Singapore dollar', zh: '新加坡元' },
  { code: 'CHF', minorUnits: 2, en: 'Swiss franc', zh: '瑞士法郎' },
  { code: 'CAD', minorUnits: 2, en: 'Canadian dollar', zh: '加拿大元' },
  { code: 'AUD', minorUnits: 2, en: 'Australian dollar', zh: '澳大利亚元' },
  { code: 'NZD', minorUnits: 2, en: 'New Zealand dollar', zh: '新西兰元' },
  { code: 'SEK', minorUnits: 2, en: 'Swedish krona', zh: '瑞典克朗' },
  { code: 'NOK', minorUnits: 2, en: 'Norwegian krone', zh: '挪威克朗' },
  { code: 'DKK', minorUnits: 2, en: 'Danish krone', zh: '丹麦克朗' },
  { code: 'PLN', minorUnits: 2, en: 'Polish zloty', zh: '波兰兹罗提' },
  { code: 'CZK', minorUnits: 2, en: 'Czech koruna', zh: '捷克克朗' },
  { code: 'HUF', minorUnits: 2, en: 'Hungarian forint', zh: '匈牙利福林' },
  { code: 'ILS', minorUnits: 2, en: 'Israeli new shekel', zh: '以色列新谢克尔' },
  { code: 'INR', minorUnits: 2, en: 'Indian rupee', zh: '印度卢比' },
  { code: 'RUB', minorUnits: 2, en: 'Russian ruble', zh: '俄罗斯卢布' },
  { code: 'BRL', minorUnits: 2, en: 'Brazilian real', zh: '巴西雷亚尔' },
  { code: 'MXN', minorUnits: 2, en: 'Mexican peso', zh: '墨西哥比索' },
  { code: 'ZAR', minorUnits: 2, en: 'South African rand', zh: '南非兰特' },
  { code: 'TRY', minorUnits: 2, en: 'Turkish lira', zh: '土耳其里拉' },
  { code: 'AED', minorUnits: 2, en: 'UAE dirham', zh: '阿联酋迪拉姆' },
  { code: 'SAR', minorUnits: 2, en: 'Saudi riyal', zh: '沙特里亚尔' },
  { code: 'THB', minorUnits: 2, en: 'Thai baht', zh: '泰铢' },
  { code: 'MYR', minorUnits: 2, en: 'Malaysian ringgit', zh: '马来西亚林吉特' },
  { code: 'IDR', minorUnits: 2, en: 'Indonesian rupiah', zh: '印度尼西亚卢比' },
  { code: 'VND', minorUnits: 0, en: 'Vietnamese dong', zh: '越南盾' },
  { code: 'PHP', minorUnits: 2, en: 'Philippine peso', zh: '菲律宾比索' },
  { code: 'KWD', minorUnits: 3, en: 'Kuwaiti dinar', zh: '科威特第纳尔' },
];

const byCode: ReadonlyMap<string, Currency> = new Map(CURRENCIES.map((c) => [c.code, c]));

/** True when `code` is one of the listed ISO 4217 currency codes (upper case). */
export const isCurrencyCode = (code: string): boolean => byCode.has(code);

/** The currency with this code, or undefined. */
export const findCurrency = (code: string): Currency | undefined => byCode.get(code);

/**
 * The minor-unit exponent of a currency (2 for EUR, 0 for JPY, 3 for KWD).
 * Throws DomainError CURRENCY_CODE_UNKNOWN (details.value) for an unlisted code.
 */
export function minorUnits(code: string): 0 | 2 | 3 {
  const c = byCode.get(code);
  if (c === undefined) {
    throw new DomainError<TaxonomyErrorCode>('CURRENCY_CODE_UNKNOWN', `Currency "${code.slice(0, 8)}" is not supported.`, {
      value: code.slice(0, 8),
    });
  }
  return c.minorUnits;
}
