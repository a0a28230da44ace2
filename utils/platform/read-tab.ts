import { browser } from 'wxt/browser';
import { marketplaceForUrl } from '../marketplaces';
import { READ_FOR_REPORT } from '../protocol/read-for-report';

/** A content script answers at once (it reads the page it is in); one that has not within this is not answering. */
const ANSWER_WITHIN_MS = 5_000;

/**
 * For "Report this page": asks the content script in the top frame of `tabId` for what the readers see there. Only a
 * tab on a supported marketplace is asked (its URL is shown to us by our host permissions; any other tab's is not).
 * No content script there (a page it does not read, host access switched off, still loading) answers undefined.
 */
export async function readTabForReport(tabId: number): Promise<{ url: string | null; reply: unknown }> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url ?? null;
  if (!marketplaceForUrl(url ?? undefined)) return { url, reply: undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_WITHIN_MS);
  });
  try {
    const reply: unknown = await Promise.race([browser.tabs.sendMessage(tabId, READ_FOR_REPORT, { frameId: 0 }).catch(() => undefined), silence]);
    return { url, reply };
  } finally {
    clearTimeout(timer);
  }
}
