/*
 * Selector lists, asked one selector at a time. Chromium answers a single selector on a fast path (a class, a tag, one
 * compound with its combinators), but a list ("a, b, c") on its slow path, which tries every selector of the list on
 * every element of the scope: about 20 ns per selector per element, so 0.1 ms for the two-selector card list on a
 * 3,000-element order list where each selector alone costs 0.01 ms. Asking for each selector alone and merging the
 * answers in document order is exactly the list's answer, 4–5 times faster on the largest real pages (npm run bench).
 * The lists themselves stay as they are written in selectors.ts.
 */

const split = new Map<string, readonly string[]>();

/** The selectors of a list, split at its top-level commas (never inside brackets, parentheses or quotes). */
export function selectorsOf(list: string): readonly string[] {
  let selectors = split.get(list);
  if (selectors) return selectors;
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  selectors = parts.filter(Boolean);
  split.set(list, selectors);
  return selectors;
}

/** `scope.querySelectorAll(list)`, as an array in document order, each element once. */
export function queryAll(scope: ParentNode, list: string): Element[] {
  let all: Element[] = [];
  for (const selector of selectorsOf(list)) {
    const found = scope.querySelectorAll(selector);
    if (found.length > 0) all = all.length === 0 ? Array.from(found) : mergeInDocumentOrder(all, Array.from(found));
  }
  return all;
}

/** `scope.querySelector(list)`: the first element in document order that any selector of the list matches. */
export function queryFirst(scope: ParentNode | null | undefined, list: string): Element | null {
  let first: Element | null = null;
  if (!scope) return first;
  for (const selector of selectorsOf(list)) {
    const found = scope.querySelector(selector);
    if (found && (first === null || precedes(found, first))) first = found;
  }
  return first;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, by value: not every DOM the readers run in has a global `Node`. */
const FOLLOWING = 4;

/** Whether `a` comes before `b` in document order (an ancestor comes before its descendants). */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** Two lists each in document order and each element once, as one such list. */
function mergeInDocumentOrder(a: readonly Element[], b: readonly Element[]): Element[] {
  const merged: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      merged.push(a[i++]);
      j++;
    } else if (precedes(a[i], b[j])) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}
