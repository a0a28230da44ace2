import type { SentinelDatabase } from './database';

/**
 * One read-write transaction over every table: a change and the judgement it causes commit together or not at all,
 * so no state exists in which an order is stored but not judged. (Nested calls join the outer transaction.)
 */
export function inOneTransaction<T>(db: SentinelDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, work);
}
