import * as v from 'valibot';
import { storedItem } from './items';
import type { SentinelDatabase } from './database';

/** Messages the background dropped (unknown sender, malformed, another marketplace's), counted. */
const droppedMessages = storedItem('droppedMessages', v.pipe(v.number(), v.integer(), v.minValue(0)), 0);

export async function countDroppedMessage(db: SentinelDatabase): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const next = (await droppedMessages.read(db)) + 1;
    await droppedMessages.write(db, next);
    return next;
  });
}
