import type { Currency } from '../marketplaces';
import type { Money } from './types';

/** [pattern, currency or "local" for a bare $ (US or Canadian by marketplace), decimals]. Most specific first. */
const SYMBOLS: [RegExp, Currency | 'local-dollar', number][] = [
  [/[¥￥]|円|JPY/, 'JPY', 0],
  [/CDN\s?\$|CA\s?\$|C\$|CAD/, 'CAD', 2],
  [/US\s?\$|USD/, 'USD', 2],
  [/\$/, 'local-dollar', 2],
  [/£|GBP/, 'GBP', 2],
  [/€|EUR/, 'EUR', 2],
];

/**
 * Reads "￥8,200", "¥8,200", "8,200円", "$106.18", "-$12.99", "+$5.00", "£45.11", "7,43 €", "1.234,56 €",
 * "45,99 $" into a signed amount and currency, or null when there is no currency or no number.
 * `localCurrency` says what a bare "$" means (USD on amazon.com, CAD on amazon.ca).
 */
export function parseMoney(text: string, localCurrency: Currency = 'USD'): Money | null {
  const folded = text.normalize('NFKC');
  const symbol = SYMBOLS.find(([pattern]) => pattern.test(folded));
  if (!symbol) return null;
  const [, found, decimals] = symbol;
  const currency = found === 'local-dollar' ? (localCurrency === 'CAD' ? 'CAD' : 'USD') : found;
  const number = /([-+−–]?)\s*[^\d\s-]{0,4}\s*(\d[\d.,\s]*\d|\d)/.exec(folded.replace(/\u00a0|\u202f/g, ' '));
  if (!number) return null;
  const digits = number[2].replace(/\s/g, '');
  const magnitude = decimals === 0 ? Number(digits.replace(/[.,]/g, '')) : Number(withDecimalPoint(digits));
  if (!Number.isFinite(magnitude)) return null;
  const negative = /[-−–]/.test(number[1]) || /^\s*[-−–]/.test(folded);
  return { amount: negative ? -magnitude : magnitude, currency };
}

/** "1,234.56" and "1.234,56" both become "1234.56": the last separator followed by one or two digits is the decimal one. */
function withDecimalPoint(digits: string): string {
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  return decimal ? `${whole}.${decimal[1]}` : whole;
}
