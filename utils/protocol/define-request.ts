import * as v from 'valibot';
import type { CheckState } from '../db/check-state';
import type { SentinelDatabase } from '../db/database';
import type { MarketplaceId } from '../marketplaces';

/*
 * A request is defined once: who may send it, the schema of its fields, whether it changes the store (then it runs
 * in the background's one writer) or the findings (then the badge and notifications follow), and its handler, whose
 * return type is the reply the sender gets. The dispatcher and the senders' types are derived from the definitions.
 */

/** Who sends: a content script in an Amazon tab (which a hostile page can influence), or our own popup/options. */
export type Direction = 'page' | 'extension-page';

export type PageSender = { kind: 'content-script'; marketplace: MarketplaceId; url: string };
export type ExtensionPageSender = { kind: 'extension-page' };
export type SenderOf<D extends Direction> = D extends 'page' ? PageSender : ExtensionPageSender;

/** What a handler may use besides the store. */
export interface BackgroundServices {
  /** Starts a periodic check now (or continues the one under way); resolves once it is planned. */
  checkNow(): Promise<CheckState | null>;
  /** The alarm follows the settings (after a settings change, an import, a delete-all). */
  reschedule(): Promise<void>;
  /**
   * For "Report this page": the tab's URL (null when the browser does not show it to us: a tab outside our host
   * permissions) and its content script's answer to `background:read-for-report` (undefined when none answered).
   */
  readTab(tabId: number): Promise<{ url: string | null; reply: unknown }>;
}

export interface RequestContext<D extends Direction> {
  db: SentinelDatabase;
  now: number;
  sender: SenderOf<D>;
  services: BackgroundServices;
  /** Refuses the message (logged and counted, no reply); for checks that need the message and the sender together. */
  drop(why: string): never;
}

/** 'read': nothing changes; 'store': changes the store; 'findings': may change the findings too. */
export type Effect = 'read' | 'store' | 'findings';

export interface RequestDefinition<D extends Direction, E extends v.ObjectEntries, R> {
  from: D;
  fields: E;
  effect: Effect;
  handle(request: v.InferOutput<v.StrictObjectSchema<E, undefined>>, context: RequestContext<D>): Promise<R>;
  /** A page read the schema refused: the owner must be told it could not be read (never silently dropped). */
  onRefused?(context: Omit<RequestContext<D>, 'drop'>): Promise<void>;
}

export function defineRequest<D extends Direction, E extends v.ObjectEntries, R>(definition: RequestDefinition<D, E, R>): RequestDefinition<D, E, R> {
  return definition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRequestDefinition = RequestDefinition<Direction, v.ObjectEntries, any>;

/** The message of a definition registered under `type`, as a sender writes it. */
export type MessageOf<K, Def> = Def extends RequestDefinition<Direction, infer E, unknown> ? { type: K } & v.InferInput<v.StrictObjectSchema<E, undefined>> : never;
export type ReplyOf<Def> = Def extends RequestDefinition<Direction, v.ObjectEntries, infer R> ? R : never;

/** The whole message's schema: its type and its fields, nothing else. */
export function messageSchema(type: string, definition: AnyRequestDefinition) {
  return v.strictObject({ type: v.literal(type), ...definition.fields });
}
