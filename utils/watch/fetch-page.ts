import { marketplaceForUrl } from '../marketplaces';
import type { FetchedPage } from './run-check';

/**
 * One GET with the owner's own session (the browser adds its cookies; we never read them). Only to a supported
 * marketplace, and a redirect is not followed: fetch hides where it points, so following it could send the request
 * (and the session) to any host. A redirect is reported, and the check says the page could not be read.
 */
export async function fetchPage(url: string): Promise<FetchedPage> {
  if (!marketplaceForUrl(url)) throw new Error(`not a supported marketplace: ${url}`);
  const response = await fetch(url, { credentials: 'include', redirect: 'manual' });
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return { status: response.status, url, html: '', redirected: true };
  return { status: response.status, url: response.url || url, html: await response.text(), redirected: false };
}
