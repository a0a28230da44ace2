import * as v from 'valibot';
import type { SentinelDatabase } from '../db/database';
import { countDroppedMessage } from '../db/diagnostics';
import { classifySender, type Self, type SenderInfo } from '../messaging/sender';
import { DROPPED, type DroppedReply } from '../protocol/dropped';
import { messageSchema, type AnyRequestDefinition, type BackgroundServices, type RequestContext } from '../protocol/define-request';
import { REQUESTS } from './requests';
import type { Writer } from './writer';

export interface BackgroundDeps {
  db: SentinelDatabase;
  self: Self;
  now: () => number;
  /** The one writer every change goes through. */
  write: Writer;
  services: BackgroundServices;
  /** After anything that may have changed the findings, inside the same write: the badge and notifications follow. */
  showFindings: () => Promise<void>;
  log: (message: string, detail: unknown) => void;
}

class Dropped extends Error {}

const DEFINITIONS = new Map<string, AnyRequestDefinition>(Object.entries(REQUESTS));
const SCHEMAS = new Map([...DEFINITIONS].map(([type, definition]) => [type, messageSchema(type, definition)]));

/**
 * The background's one entry for messages, built from the request definitions. Checks who is talking and that the
 * request may come from them, validates it against its schema, and only then runs its handler — in the writer when
 * it changes the store. A message that is not for us, or not valid, is dropped, logged and counted. Dropped from our
 * content script it is answered `DROPPED` (the content script sends a read again when the answer is `undefined`, which
 * is what Chrome gives for a worker stopped mid-message); from anyone else by no reply at all (`undefined`,
 * synchronously), so another listener may answer it.
 */
export function createMessageHandler(deps: BackgroundDeps) {
  const count = (why: string, detail: unknown) => {
    deps.log(`Order Sentinel dropped a message: ${why}`, detail);
    void deps.write(() => countDroppedMessage(deps.db));
  };

  return function handleMessage(message: unknown, senderInfo: SenderInfo): Promise<unknown> | undefined {
    const sender = classifySender(senderInfo, deps.self);
    const drop = (why: string, detail: unknown): Promise<DroppedReply> | undefined => {
      count(why, detail);
      return sender?.kind === 'content-script' ? Promise.resolve(DROPPED) : undefined;
    };
    if (!sender) return drop('unknown sender', { url: senderInfo.url, id: senderInfo.id });
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    const definition = typeof type === 'string' ? DEFINITIONS.get(type) : undefined;
    if (!definition) return drop('unknown message type', type);
    if ((definition.from === 'page') !== (sender.kind === 'content-script')) return drop('request from the wrong direction', type);

    const base = { db: deps.db, now: deps.now(), sender, services: deps.services };
    const parsed = v.safeParse(SCHEMAS.get(type as string)!, message);
    if (!parsed.success) {
      const reply = drop(`malformed ${type}`, v.flatten(parsed.issues));
      if (definition.onRefused) void deps.write(() => definition.onRefused!(base as never).then(deps.showFindings));
      return reply;
    }
    const { type: _type, ...fields } = parsed.output;
    const context: RequestContext<typeof definition.from> = {
      ...(base as RequestContext<typeof definition.from>),
      drop: (why) => {
        throw new Dropped(why);
      },
    };
    const run = async () => {
      const reply = await definition.handle(fields, context);
      if (definition.effect === 'findings') await deps.showFindings();
      return reply;
    };
    return (definition.effect === 'read' ? run() : deps.write(run)).catch((error: unknown) => {
      if (error instanceof Dropped) return drop(error.message, type);
      throw error;
    });
  };
}
