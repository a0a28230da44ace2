import { marketplaceForUrl } from '../marketplaces';
import type { ExtensionPageSender, PageSender } from '../protocol/define-request';

/** The parts of `runtime.MessageSender` we decide on (Chrome and Firefox both fill these). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { url?: string };
}

export interface Self {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, from runtime.getURL(''). */
  baseUrl: string;
}

export type Sender = PageSender | ExtensionPageSender;

/**
 * A message a content script may answer: from our own extension's background or pages, never from a tab (another
 * extension has another id; a page, or another content script, cannot send to a content script).
 */
export function isOwnExtension(sender: SenderInfo, self: Self): boolean {
  return !!sender.id && sender.id === self.id && !sender.tab && (sender.url === undefined || sender.url.startsWith(self.baseUrl));
}

/**
 * Who is talking. Only our own extension counts; a content script only from the top frame of a tab on a supported
 * marketplace, whose tab URL is on the same marketplace; an extension page only from our own origin. Anything else
 * is null and its message is dropped.
 */
export function classifySender(sender: SenderInfo, self: Self): Sender | null {
  if (!sender.id || sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.baseUrl)) return { kind: 'extension-page' };
  if (!sender.tab || sender.frameId !== 0) return null;
  const frame = marketplaceForUrl(sender.url);
  const tab = marketplaceForUrl(sender.tab.url ?? sender.url);
  if (!frame || frame !== tab) return null;
  return { kind: 'content-script', marketplace: frame.id, url: sender.url };
}
