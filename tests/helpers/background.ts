import { vi } from 'vitest';
import { createMessageHandler } from '../../utils/background/handle-message';
import { createWriter } from '../../utils/background/writer';
import type { SentinelDatabase } from '../../utils/db/database';
import type { SenderInfo } from '../../utils/messaging/sender';

export const SELF = { id: 'ourextensionidourextensionidxxxx', baseUrl: 'chrome-extension://ourextensionidourextensionidxxxx/' };
export const POPUP = { id: SELF.id, url: `${SELF.baseUrl}popup.html` };

/**
 * The background's message handler over a test database, as the background wires it (one writer). `handle` also
 * waits until the writer is idle, so what a dropped message writes (its count, a refused read) is there to see.
 */
export function testBackground(db: SentinelDatabase, now: () => number) {
  const write = createWriter();
  const log = vi.fn<(message: string, detail: unknown) => void>();
  const showFindings = vi.fn(async () => {});
  const services = {
    checkNow: vi.fn(async () => null),
    reschedule: vi.fn(async () => {}),
    readTab: vi.fn(async (_tabId: number): Promise<{ url: string | null; reply: unknown }> => ({ url: null, reply: undefined })),
  };
  const handleMessage = createMessageHandler({ db, self: SELF, now, write, showFindings, log, services });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const handle = async (message: unknown, sender: SenderInfo): Promise<any> => {
    const reply = await handleMessage(message, sender);
    await write(async () => {});
    return reply;
  };
  return { handle, handleMessage, write, log, showFindings, services };
}
