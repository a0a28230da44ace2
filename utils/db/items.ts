import * as v from 'valibot';
import type { SentinelDatabase } from './database';
import type { Setting } from './records';

/**
 * A typed value kept in the `settings` table under its own key, with a default: what was never written, or what no
 * longer passes its schema, reads as the default. Each item is defined once and read and written only through it.
 */
export interface StoredItem<T> {
  key: string;
  read(db: SentinelDatabase): Promise<T>;
  write(db: SentinelDatabase, value: T): Promise<void>;
}

export function storedItem<S extends v.GenericSchema>(key: string, schema: S, fallback: v.InferOutput<S>): StoredItem<v.InferOutput<S>> {
  return {
    key,
    read: async (db) => {
      const parsed = v.safeParse(schema, (await db.settings.get(key))?.value);
      return parsed.success ? parsed.output : structuredClone(fallback);
    },
    write: async (db, value) => {
      await db.settings.put({ key, value });
    },
  };
}

/** One item per marketplace (or other id), under `${prefix}|${id}`. */
export function storedItemFamily<S extends v.GenericSchema>(prefix: string, schema: S, fallback: v.InferOutput<S>) {
  const items = new Map<string, StoredItem<v.InferOutput<S>>>();
  const itemOf = (id: string) => {
    let item = items.get(id);
    if (!item) items.set(id, (item = storedItem(`${prefix}|${id}`, schema, fallback)));
    return item;
  };
  /** The keys of the family's items, for a range read: those starting with `${prefix}|`, as `startsWith` reads them. */
  const keys = (keyRange: typeof IDBKeyRange) => keyRange.bound(`${prefix}|`, `${prefix}|\uffff`);
  /** Of the rows of a range read, every id written with its value: a value that no longer passes the schema is absent. */
  const valuesOf = (rows: readonly Setting[]): Map<string, v.InferOutput<S>> => {
    const values = new Map<string, v.InferOutput<S>>();
    for (const row of rows) {
      const parsed = v.safeParse(schema, row.value);
      if (parsed.success) values.set(row.key.slice(prefix.length + 1), parsed.output);
    }
    return values;
  };
  /** Every id written, with its value, in one range read (one request, where reading each id is one each). */
  const written = async (db: SentinelDatabase) => valuesOf(await db.settings.where('key').startsWith(`${prefix}|`).toArray());
  return Object.assign(itemOf, { keys, valuesOf, written });
}
