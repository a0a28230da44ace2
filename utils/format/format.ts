import type { Money } from '../amazon/types';

/** Money in the UI language's conventions (¥ without decimals, $ with two). */
export function formatMoney(money: Money | null, language: string): string {
  if (!money) return '—';
  return new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }).format(money.amount);
}

/** An ISO date (YYYY-MM-DD) as the UI language writes it; the date is a calendar day, so it is formatted in UTC. */
export function formatDate(isoDate: string | null, language: string): string {
  if (!isoDate) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(epochMs));
}
