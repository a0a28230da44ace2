import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SentinelDatabase } from '../../utils/db/database';

let counter = 0;

/** A fresh, isolated database on fake-indexeddb. */
export function testDatabase(name = `test-${++counter}`): SentinelDatabase {
  return new SentinelDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
