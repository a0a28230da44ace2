/** Seconds between two requests of a check: polite, one at a time. */
export const PAUSE_MS = 5_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 15 * 60_000;
/** After this many failures in a row a marketplace waits for the next period: no retry storm. */
export const MAX_ATTEMPTS = 4;

/** The wait before retry `attempt` (1, 2, 3 …): 30 s, 60 s, 120 s …, at most 15 minutes. */
export function backoffDelay(attempt: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1), BACKOFF_CAP_MS);
}
