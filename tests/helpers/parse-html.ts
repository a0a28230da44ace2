/** A fixture as a Document, the way a content script (scripts not run here) or a background parse sees it. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
