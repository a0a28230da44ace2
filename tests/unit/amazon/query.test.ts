import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst, selectorsOf } from '../../../utils/amazon/query';
import * as selectors from '../../../utils/amazon/selectors';
import { parseHtml } from '../../helpers/parse-html';

const OWN_FIXTURES = resolve(__dirname, '../../fixtures/amazon');
const pages = readdirSync(OWN_FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const lists = Object.values(selectors).flatMap((group) => Object.values(group).flatMap((value) => (typeof value === 'string' ? [value] : [...value])));

describe('selector lists asked one selector at a time', () => {
  it('splits a list at its top-level commas only', () => {
    expect(selectorsOf('.a, .b  ,c d')).toEqual(['.a', '.b', 'c d']);
    expect(selectorsOf('a[title="x, y"], :is(.p, .q) b')).toEqual(['a[title="x, y"]', ':is(.p, .q) b']);
    expect(selectorsOf('.single')).toEqual(['.single']);
  });

  it.each(pages)('answers exactly what querySelectorAll / querySelector answer for every list in selectors.ts: %s', (page) => {
    const document = parseHtml(readFileSync(join(OWN_FIXTURES, page), 'utf8'));
    const scopes: ParentNode[] = [document, ...Array.from(document.querySelectorAll('.js-order-card, .a-box-group.order, #orderDetails')).slice(0, 5)];
    for (const scope of scopes) {
      for (const list of lists) {
        // The same elements, by identity, in the same order (toEqual would compare elements by their markup).
        const native = Array.from(scope.querySelectorAll(list));
        const one = queryAll(scope, list);
        expect(one.length, list).toBe(native.length);
        expect(one.every((el, i) => el === native[i]), list).toBe(true);
        expect(queryFirst(scope, list), list).toBe(scope.querySelector(list));
      }
    }
  });
});
