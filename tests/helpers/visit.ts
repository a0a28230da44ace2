import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPage } from '../../utils/amazon/read-page';
import type { SenderInfo } from '../../utils/messaging/sender';
import { SELF } from './background';
import { parseHtml } from './parse-html';

export { POPUP, SELF } from './background';
const FIXTURES = resolve(__dirname, '../fixtures/amazon');

/** The message a content script sends for a page, read with the same readers, from the page's own fixture and URL. */
export function pageMessage(fixture: string, url?: string): { message: unknown; url: string } {
  const html = readFileSync(resolve(FIXTURES, fixture), 'utf8');
  const pageUrl = url ?? (JSON.parse(readFileSync(resolve(FIXTURES, fixture.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string }).url;
  const read = readPage(parseHtml(html), pageUrl);
  const type = { 'order-list': 'page:order-list-read', 'order-detail': 'page:order-detail-read' }[read.kind as string] ?? `page:${read.kind}-read`;
  return { message: { type, read }, url: pageUrl };
}

/** Visits a fixture page as the owner would: the content script's message reaches the background's handler. */
export async function visit(handle: (message: unknown, sender: SenderInfo) => Promise<unknown>, fixture: string, url?: string) {
  const { message, url: pageUrl } = pageMessage(fixture, url);
  const reply = await handle(message, { id: SELF.id, url: pageUrl, frameId: 0, tab: { url: pageUrl } });
  if (reply === undefined) throw new Error(`the background dropped ${fixture}`);
  return reply as { stored: number; findings: number; marks: { orderId: string }[] };
}
