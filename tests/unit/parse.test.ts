import { describe, expect, it } from 'vitest';
import { parseOrderDate } from '../../utils/amazon/parse-date';
import { parseMoney } from '../../utils/amazon/parse-money';

describe('parseOrderDate', () => {
  it.each([
    ['2025年1月7日', '2025-01-07'],
    ['２０２６年１１月２７日', '2026-11-27'],
    ['July 14, 2025', '2025-07-14'],
    ['November 28, 2026', '2026-11-28'],
    ['7 February 2019', '2019-02-07'],
    ['Sept. 3, 2024', '2024-09-03'],
  ])('%s → %s', (text, iso) => expect(parseOrderDate(text)).toBe(iso));

  it.each(['2025年2月30日', 'Smarch 3, 2024', '', '注文日'])('refuses %j', (text) => expect(parseOrderDate(text)).toBeNull());
});

describe('parseMoney', () => {
  it.each([
    ['￥8,200', { amount: 8200, currency: 'JPY' }],
    ['¥8,200', { amount: 8200, currency: 'JPY' }],
    ['￥ 270', { amount: 270, currency: 'JPY' }],
    ['8,200円', { amount: 8200, currency: 'JPY' }],
    ['$106.18', { amount: 106.18, currency: 'USD' }],
    ['$1,489.00', { amount: 1489, currency: 'USD' }],
    ['£45.11', { amount: 45.11, currency: 'GBP' }],
    ['7,43 €', { amount: 7.43, currency: 'EUR' }],
    ['1.234,56 €', { amount: 1234.56, currency: 'EUR' }],
  ])('%s', (text, money) => expect(parseMoney(text)).toEqual(money));

  it.each(['', 'free', '8,200'])('refuses %j (no currency)', (text) => expect(parseMoney(text)).toBeNull());
});
