import { marketplaceForUrl } from '../marketplaces';
import type { MarketplaceId } from '../marketplaces';
import type { AddressBookResult, SavedAddress } from './account-types';
import { boundAddress, boundProblems, cutList, noteInto } from './bound';
import { detectProblemPage } from './detect-problem-page';
import { ACCOUNT_LABELS, PHONE_LINE } from './labels';
import { LIMITS } from './limits';
import { parseAddressLines } from './parse-address';
import { outermost } from './page-helpers';
import { addressBookSelectors as s } from './selectors';
import { linesOf, sameLabel, textOf } from './text';
import type { ShipTo, UnrecognizedReason } from './types';

/**
 * Reads Your Addresses: one entry per address tile, with its default badge. The "Add address" tile is not an address;
 * the phone number printed on a tile is dropped (it must never reach the address lines). Tiles are found by their
 * display-block id, else by tile class, else around each full-name span. Never throws; a page with neither an address
 * nor the "Add address" tile is "layout not recognised".
 */
export function readAddressBook(root: ParentNode, url: string): AddressBookResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'address-book', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) => ({ recognized: false, kind: 'address-book', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const blocks = addressBlocks(root);
    const hasAddTile = root.querySelector(s.addTile) !== null || hasAddLabel(root);
    if (blocks.length === 0) {
      // Positive evidence of an empty book: the "Add address" tile and no name printed anywhere.
      return hasAddTile && !root.querySelector(s.fullName)
        ? { recognized: true, kind: 'address-book', marketplace: marketplace.id, addresses: [], problems: [] }
        : unrecognized('layout not recognised');
    }
    const addresses: SavedAddress[] = [];
    const problems: string[] = [];
    // Amazon caps an address book well below LIMITS; tiles past it are not read at all.
    for (const [index, block] of cutList(blocks, LIMITS.addressBookEntries, noteInto(problems), 'addresses').entries()) {
      const address = readBlock(block, marketplace.id);
      if (!address) {
        problems.push(`address ${index + 1}: nothing readable`);
        continue;
      }
      if (!address.name) problems.push(`address ${index + 1}: no name`);
      const bounded = boundAddress(address, noteInto(problems, `address ${index + 1}: `));
      addresses.push({ address: bounded, isDefault: isDefault(block.closest(s.tile) ?? block) });
    }
    if (addresses.length === 0 && !hasAddTile) return unrecognized('layout not recognised');
    return { recognized: true, kind: 'address-book', marketplace: marketplace.id, addresses, problems: boundProblems(problems) };
  } catch {
    return unrecognized('layout not recognised');
  }
}

/** The address blocks of the page, the "Add address" tile left out. */
function addressBlocks(root: ParentNode): Element[] {
  const byId = Array.from(root.querySelectorAll(s.block));
  const candidates =
    byId.length > 0
      ? byId
      : outermost(Array.from(root.querySelectorAll(s.tile)), s.tile).filter((tile) => !isAddTile(tile) || tile.querySelector(s.fullName));
  if (candidates.length > 0) return candidates.filter((block) => !isAddTile(block) || block.querySelector(s.fullName));
  // Neither ids nor tile classes: the element around each name's list.
  const around = Array.from(root.querySelectorAll(s.fullName)).map((name): Element | null => name.closest(s.list)?.parentElement ?? name.parentElement);
  return around.filter((el, i): el is Element => el !== null && around.indexOf(el) === i);
}

function isAddTile(el: Element): boolean {
  return el.querySelector(s.addTile) !== null || el.matches(s.addTile) || hasAddLabel(el);
}

/** "Add address" / 「住所を追加」 printed alone on a line (a heading or a link). */
function hasAddLabel(scope: ParentNode): boolean {
  return Array.from(scope.querySelectorAll('h2, h3, a')).some((el) => sameLabel(textOf(el), ACCOUNT_LABELS.addAddress));
}

function readBlock(block: Element, marketplace: MarketplaceId): ShipTo | null {
  let name = textOf(block.querySelector(s.fullName)) || null;
  const parts = outermost(Array.from(block.querySelectorAll(s.parts)), s.parts);
  let lines = parts.flatMap((part) => linesOf(part));
  if (parts.length === 0) {
    // Unlabelled list items: the name (when no span names it), then the address, then the phone.
    const list = block.querySelector(s.list);
    const items = list ? Array.from(list.querySelectorAll('li')).filter((li) => !li.querySelector('li')) : [];
    const all = items.flatMap((li) => linesOf(li)).filter((line) => !isPhoneLine(line));
    if (name && all[0] === name) all.shift();
    else if (!name) name = all.shift() ?? null;
    lines = all;
  }
  lines = lines.filter((line) => !isPhoneLine(line));
  if (!name && lines.length === 0) return null;
  return parseAddressLines(name, lines, marketplace);
}

/** "Phone number: 6145550142", 「電話番号：09012344421」, or a bare number of 10 digits and more. */
function isPhoneLine(line: string): boolean {
  const folded = line.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  return PHONE_LINE.test(folded) || ((folded.match(/\d/g)?.length ?? 0) >= 10 && /^[+\d\s().\-‐－−]+$/.test(folded));
}

/** The default tile: its "Default:" / 「既定：」 badge printed alone on a line, or the section class Amazon gives it. */
function isDefault(tile: Element): boolean {
  if (tile.matches(s.defaultSection) || tile.querySelector(s.defaultSection)) return true;
  return linesOf(tile).some((line) => sameLabel(line, ACCOUNT_LABELS.defaultAddress));
}
