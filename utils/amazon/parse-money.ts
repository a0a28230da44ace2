import type { Money } from './types';

const SYMBOLS: [RegExp, string, number][] = [
  // [symbol, ISO code, decimals]; yen is written both full-width (￥) and half-width (¥), never with decimals.
  [/[¥￥]|円/, 'JPY', 0],
  [/US\$|\$|USD/, 'USD', 2],
  [/£|GBP/, 'GBP', 2],
  [/€|EUR/, 'EUR', 2],
];

/** Reads "￥8,200", "¥8,200", "8,200円", "$106.18", "£45.11", "7,43 €" into an amount and currency, or null. */
export function parseMoney(text: string): Money | null {
  const symbolMatch = SYMBOLS.find(([pattern]) => pattern.test(text));
  if (!symbolMatch) return null;
  const [, currency, decimals] = symbolMatch;
  const digits = /\d[\d.,\s]*/.exec(text.normalize('NFKC'))?.[0].replace(/\s/g, '');
  if (!digits) return null;
  const amount = decimals === 0 ? Number(digits.replace(/[.,]/g, '')) : Number(withDecimalPoint(digits));
  return Number.isFinite(amount) ? { amount, currency } : null;
}

/** "1,234.56" and "1.234,56" both become "1234.56": the last separator followed by two digits is the decimal one. */
function withDecimalPoint(digits: string): string {
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  return decimal ? `${whole}.${decimal[1]}` : whole;
}
