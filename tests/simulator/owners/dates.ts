/** Days as integers (days since 1970-01-01), printed as 'YYYY-MM-DD': the simulator's only clock. */
export const DAY_MS = 24 * 60 * 60 * 1000;

export const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();
export const monthOf = (day: number) => new Date(day * DAY_MS).getUTCMonth() + 1;
