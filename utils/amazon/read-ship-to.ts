import type { MarketplaceId } from '../marketplaces';
import { parseInert } from './inert-html';
import { parseAddressLines } from './parse-address';
import { queryFirst } from './query';
import { orderDetailSelectors, orderListSelectors as s } from './selectors';
import { linesOf, textOf } from './text';
import type { ShipTo } from './types';

/**
 * The ship-to of one order card, from whichever form the page carries, newest first: the popover copied into the card
 * (rendered page), the `script type="text/template"` it is copied from (static HTML a background fetch sees), the
 * address HTML inside an old card's `data-a-popover` JSON, a plain `ul.displayAddressUL`, and last the recipient's
 * name alone (digital orders); an empty ship-to when the card has a place for an address but none was there.
 */
export function readShipTo(card: Element, marketplace: MarketplaceId, templates = shipToTemplates(card.ownerDocument ?? card)): ShipTo | null {
  const recipient = queryFirst(card, s.recipient);
  const popover = recipient?.querySelector(s.shipToPopover) ?? popoverFromTemplate(card, templates);
  if (popover) {
    const address = popover.querySelector(orderDetailSelectors.displayAddress);
    if (address) return readDisplayAddress(address, marketplace);
    const rows = Array.from(popover.querySelectorAll('.a-row'));
    if (rows.length > 0) {
      const shipTo = parseAddressLines(textOf(rows[0]) || null, rows.slice(1).flatMap((row) => linesOf(row)), marketplace);
      // The popover's last row is the country, even one our table does not know ("Test country" on sanitised pages).
      const last = rows.length > 2 ? textOf(rows[rows.length - 1]) : '';
      if (!shipTo.country && last && !/\d/.test(last) && shipTo.lines.at(-1) === last) {
        shipTo.lines.pop();
        shipTo.country = last;
      }
      return shipTo;
    }
  }
  const fromJson = recipient ? popoverJsonAddress(recipient) : null;
  if (fromJson) return readDisplayAddress(fromJson, marketplace);
  const plain = recipient?.querySelector(orderDetailSelectors.displayAddress);
  if (plain) return readDisplayAddress(plain, marketplace);
  const name = textOf(recipient?.querySelector(s.shipToTrigger));
  if (name) return parseAddressLines(name, [], marketplace);
  // The card has a place for its address but none could be read (its template missing: a page cut short). Said as an
  // empty ship-to, not as none, so the order is known to be incomplete rather than taken for one without an address.
  return recipient?.querySelector(s.shipToInsertionNode) ? { name: null, lines: [], postalCode: null, region: null, country: null } : null;
}

/** `ul.displayAddressUL` (old cards, detail pages): one `li` per part, named by class. */
export function readDisplayAddress(list: Element, marketplace: MarketplaceId): ShipTo {
  const part = (name: string) => list.querySelector(`.displayAddress${name}`);
  const name = textOf(part('FullName')) || null;
  const named = ['AddressLine1', 'AddressLine2', 'AddressLine3', 'CityStateOrRegionPostalCode', 'CountryName'];
  const lines = named.flatMap((n) => (part(n) ? linesOf(part(n)!) : []));
  if (lines.length === 0) {
    // Unlabelled items: everything after the name, in order.
    lines.push(...Array.from(list.querySelectorAll('li')).slice(name ? 1 : 0).flatMap((li) => linesOf(li)));
  }
  return parseAddressLines(name, lines, marketplace);
}

/**
 * All ship-to templates of a page, parsed on first use in one inert document (one parse per page, not per order),
 * each by its id. Rendered pages (content scripts) never need them: the popover is already in the card.
 */
export function shipToTemplates(root: ParentNode): () => Map<string, Element> {
  let parsed: Map<string, Element> | undefined;
  return () => {
    if (parsed) return parsed;
    parsed = new Map();
    const scripts = Array.from(root.querySelectorAll(s.shipToTemplate));
    const markup = scripts.map((script, i) => `<div data-template="${i}">${script.textContent ?? ''}</div>`).join('');
    const inert = scripts.length > 0 ? parseInert(root as Node, markup) : null;
    if (!inert) return parsed;
    // Look the wrappers up in order: a template's own markup may hold a stray div, never a data-template one.
    for (const wrapper of Array.from(inert.querySelectorAll('div[data-template]'))) {
      const script = scripts[Number(wrapper.getAttribute('data-template'))];
      if (script && !parsed.has(script.id)) parsed.set(script.id, wrapper);
    }
    return parsed;
  };
}

/** The template named after the card's insertion node (old pages put it after the card), else the card's own. */
function popoverFromTemplate(card: Element, templates: () => Map<string, Element>): Element | null {
  const insertionId = card.querySelector(s.shipToInsertionNode)?.id;
  const id = insertionId?.replace('shipToInsertionNode-', 'shipToData-') ?? card.querySelector(s.shipToTemplate)?.id;
  return id ? (templates().get(id)?.querySelector(s.shipToPopover) ?? null) : null;
}

function popoverJsonAddress(recipient: Element): Element | null {
  for (const holder of Array.from(recipient.querySelectorAll(s.shipToPopoverJson))) {
    let inline: unknown;
    try {
      inline = (JSON.parse(holder.getAttribute('data-a-popover') ?? '') as { inlineContent?: unknown }).inlineContent;
    } catch {
      continue;
    }
    if (typeof inline !== 'string') continue;
    const address = parseInert(recipient, inline)?.querySelector(orderDetailSelectors.displayAddress);
    if (address) return address;
  }
  return null;
}
