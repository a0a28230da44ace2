import { parseAddressLines } from './parse-address';
import { orderListSelectors as s } from './selectors';
import { linesOf, textOf } from './text';
import type { ShipTo } from './types';

/**
 * The ship-to of one order card. In the rendered page (content script) the popover sits in the card; in static
 * HTML (background fetch) it is still inside a `script type="text/template"`, whose text we parse into an inert
 * document (DOMParser runs no script and loads nothing).
 */
export function readShipTo(card: Element): ShipTo | null {
  const recipient = card.querySelector(s.recipient);
  const popover = recipient?.querySelector(s.shipToPopover) ?? popoverFromTemplate(card);
  if (popover) {
    const rows = Array.from(popover.querySelectorAll('.a-row'));
    if (rows.length > 0) {
      const name = textOf(rows[0]) || null;
      return parseAddressLines(name, rows.slice(1).flatMap((row) => linesOf(row)));
    }
  }
  const name = textOf(recipient?.querySelector(s.shipToTrigger));
  return name ? parseAddressLines(name, []) : null;
}

function popoverFromTemplate(card: Element): Element | null {
  const template = card.querySelector(s.shipToTemplate);
  const Parser = card.ownerDocument?.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!template?.textContent || !Parser) return null;
  const inert = new Parser().parseFromString(template.textContent, 'text/html');
  return inert.querySelector(s.shipToPopover);
}
