import { describe, expect, it } from 'vitest';
import { convertRange, daysUntil, formatDate, formatMoney, formatMoneyRange, minorUnitsOf } from './format';

const words = { from: (a: string) => `from ${a}`, upTo: (a: string) => `up to ${a}` };

describe('formatting for the viewer', () => {
  it('knows the minor units of currencies', () => {
    expect(minorUnitsOf('CNY')).toBe(2);
    expect(minorUnitsOf('JPY')).toBe(0);
  });

  it('formats money from minor units in the locale', () => {
    expect(formatMoney(123456700, 'CNY', 'zh-CN')).toBe('¥1,234,567');
    expect(formatMoney(1050, 'USD', 'en-US')).toBe('$10.50');
    expect(formatMoney(500000, 'EUR', 'en-US')).toBe('€5,000');
    expect(formatMoney(301153846, 'USD', 'en-US', true)).toBe('$3,011,538');
  });

  it('formats open and closed ranges', () => {
    expect(formatMoneyRange({ min_minor: 100, max_minor: 500, currency: 'USD' }, 'en-US', words)).toBe('$1 – $5');
    expect(formatMoneyRange({ min_minor: 100, max_minor: null, currency: 'USD' }, 'en-US', words)).toBe('from $1');
    expect(formatMoneyRange({ min_minor: null, max_minor: null, currency: 'USD' }, 'en-US', words)).toBeNull();
  });

  it('converts through CNY rates, respecting each currency exponent', () => {
    const rates = [
      { currency: 'USD', cny_per_unit: 7.2, as_of: '2025-01-01' },
      { currency: 'JPY', cny_per_unit: 0.048, as_of: '2025-01-01' },
    ];
    expect(convertRange({ min_minor: 10000, max_minor: null, currency: 'USD' }, 'CNY', rates)).toEqual({
      min_minor: 72000,
      max_minor: null,
      currency: 'CNY',
    });
    expect(convertRange({ min_minor: 1000000, max_minor: 1000000, currency: 'JPY' }, 'USD', rates)).toEqual({
      min_minor: 666667,
      max_minor: 666667,
      currency: 'USD',
    });
    expect(convertRange({ min_minor: 1, max_minor: 1, currency: 'GBP' }, 'USD', rates)).toBeNull();
  });

  it('shows a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(formatDate('2026-03-01', 'zh-CN')).toBe('2026年3月1日');
  });

  it('counts days to a deadline', () => {
    expect(daysUntil('2026-03-11', new Date(2026, 2, 1, 15, 0))).toBe(10);
  });
});
