import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SentinelDatabase } from '../../../utils/db/database';
import { storedItem, storedItemFamily } from '../../../utils/db/items';

const freshDb = () => new SentinelDatabase(`items-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('storedItemFamily', () => {
  it('reads every id written in one range read, as reading each id does', async () => {
    const db = freshDb();
    const outcome = storedItemFamily('outcome', v.nullable(v.number()), null);
    // Neighbours in key order that are not the family's: a bare item named like its prefix, a longer prefix.
    const bare = storedItem('outcome', v.number(), 0);
    const longer = storedItemFamily('outcomes', v.number(), 0);
    await Promise.all([
      outcome('co.jp').write(db, 5),
      outcome('com').write(db, null),
      outcome('a|b').write(db, 7),
      bare.write(db, 1),
      longer('de').write(db, 2),
      db.settings.put({ key: 'outcome|de', value: 'not a number' }),
    ]);

    const written = await outcome.written(db);

    expect(Object.fromEntries(written)).toEqual({ 'co.jp': 5, com: null, 'a|b': 7 });
    // A value that no longer passes the schema is absent here, and the default when read by id.
    expect(await outcome('de').read(db)).toBeNull();
    for (const [id, value] of written) expect(await outcome(id).read(db)).toEqual(value);
  });
});
