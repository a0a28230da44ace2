import { ENGLISH_MONTHS } from './labels';

/** Reads the dates Amazon prints ("2025年1月7日", "July 14, 2025", "7 February 2019") into YYYY-MM-DD, or null. */
export function parseOrderDate(text: string): string | null {
  const folded = text.normalize('NFKC');
  const ja = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(folded);
  if (ja) return isoDate(Number(ja[1]), Number(ja[2]), Number(ja[3]));
  const monthFirst = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(folded);
  if (monthFirst) return fromEnglish(monthFirst[1], monthFirst[2], monthFirst[3]);
  const dayFirst = /(\d{1,2})\.?\s+([A-Za-z]+)\.?\s+(\d{4})/.exec(folded);
  if (dayFirst) return fromEnglish(dayFirst[2], dayFirst[1], dayFirst[3]);
  return null;
}

function fromEnglish(month: string, day: string, year: string): string | null {
  const m = ENGLISH_MONTHS[month.toLowerCase()];
  return m ? isoDate(Number(year), m, Number(day)) : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
