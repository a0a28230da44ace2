import { MONTHS } from './labels';

/**
 * Reads the dates Amazon prints ("2025年1月7日", "July 14, 2025", "7 February 2019", "06. September 2026",
 * "7 février 2025", "1er mars 2025", "May 5 2024") into YYYY-MM-DD, or null. Never guesses from numbers alone.
 */
export function parseOrderDate(text: string): string | null {
  const folded = text.normalize('NFKC');
  const ja = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(folded);
  if (ja) return isoDate(Number(ja[1]), Number(ja[2]), Number(ja[3]));
  const monthFirst = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(folded);
  if (monthFirst && MONTHS[monthFirst[1].toLowerCase()]) return named(monthFirst[1], monthFirst[2], monthFirst[3]);
  const dayFirst = /(\d{1,2})(?:er)?\.?\s+(\p{L}+)\.?\s+(\d{4})/u.exec(folded);
  if (dayFirst) return named(dayFirst[2], dayFirst[1], dayFirst[3]);
  return null;
}

function named(month: string, day: string, year: string): string | null {
  const m = MONTHS[month.toLowerCase()];
  return m ? isoDate(Number(year), m, Number(day)) : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Four digits always: "0100年1月1日" is year 100, and the schema's ISO date takes no three-digit year.
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
