/**
 * Parses markup that Amazon ships as text (ship-to templates, popover JSON) into an inert document: DOMParser runs
 * no script and loads nothing, and the result is only ever read with textContent.
 */
export function parseInert(context: Node, html: string): Document | null {
  const Parser = (context.ownerDocument ?? (context as Document)).defaultView?.DOMParser ?? globalThis.DOMParser;
  return Parser ? new Parser().parseFromString(html, 'text/html') : null;
}
