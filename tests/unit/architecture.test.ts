import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TABLES = ['orders', 'knownAddresses', 'findings', 'pageReads', 'settings', 'learned', 'addressBook', 'devices', 'security', 'marketplaceState', 'judgeBasis', 'judgeWindows'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const product = ['utils', 'entrypoints', 'components'].flatMap((dir) => sources(join(ROOT, dir)));

describe('the shape of the house', () => {
  it('no code outside utils/db/ touches a table or opens a transaction', () => {
    const tableCall = new RegExp(`\\b\\w+\\.(${TABLES.join('|')}|tables|table\\(|transaction\\()\\b`);
    const offenders = product
      .filter((path) => !relative(ROOT, path).startsWith('utils/db/'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          // `db.` is how every table call starts; the word alone (a field named `orders` in a read) is fine.
          .filter(([line]) => /\bdb\./.test(line) && tableCall.test(line))
          .map(([line, i]) => `${relative(ROOT, path)}:${i + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('orders are written in one place, where they are judged, and by an import, which empties what judgements kept', () => {
    // A read judges against the window the day's whole judgement kept (utils/db/judge-changes.ts): an order written
    // anywhere else would leave that window stale, and the verdict silently wrong.
    const write = /(?:\borders|\btable\((?!['"](?!orders['"]))[^()]*\))\s*(?:\.\w+\([^()]*\))*\s*\.(?:put|bulkPut|add|bulkAdd|update|bulkUpdate|delete|bulkDelete|clear|modify)\(/;
    const writers = product.filter((path) => write.test(readFileSync(path, 'utf8'))).map((path) => relative(ROOT, path));
    expect(writers.sort()).toEqual(['utils/db/backup.ts', 'utils/db/judge-changes.ts']);
  });

  it('no product code writes HTML: page text is untrusted and is rendered as text only', () => {
    // The two innerHTML warnings of `web-ext lint` are Preact's own dangerouslySetInnerHTML branch; this keeps it unused.
    const html = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|createContextualFragment/;
    const offenders = product.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => html.test(line))
        .map(([line, i]) => `${relative(ROOT, path)}:${i + 1}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every rule file is registered once, with a unique id, and has tests that name it', async () => {
    const dir = join(ROOT, 'utils/detection/rules');
    const { RULES } = await import('../../utils/detection/judge');
    const files = readdirSync(dir).filter((name) => name.endsWith('-rule.ts'));
    expect(files.length).toBe(RULES.length);
    const tests = sources(join(ROOT, 'tests/unit')).map((path) => readFileSync(path, 'utf8')).join('\n');
    for (const file of files) {
      const module = (await import(join(dir, file))) as Record<string, unknown>;
      const definitions = Object.values(module).filter((value) => RULES.includes(value as never));
      expect(definitions, `${file} exports one registered rule`).toHaveLength(1);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const { id } of RULES) expect(tests, `a unit test names the rule '${id}'`).toContain(`'${id}`);
  });

  it('every request file is registered in the one registry', () => {
    const dir = join(ROOT, 'utils/background/requests');
    const registry = readFileSync(join(dir, 'index.ts'), 'utf8');
    const files = readdirSync(dir).filter((name) => name !== 'index.ts');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const exported = /export const (\w+_REQUESTS)/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
      expect(exported, file).toBeDefined();
      expect(registry).toContain(`import { ${exported} } from './${file.replace(/\.ts$/, '')}'`);
      expect(registry).toContain(`...${exported}`);
    }
  });

  it('content scripts import no handler code, no Dexie, no valibot and no Preact', () => {
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content.ts'));
    expect(scripts.sort()).toEqual(['account-page.content.ts', 'order-detail.content.ts', 'order-list.content.ts']);
    for (const name of scripts) {
      const content = readFileSync(join(ROOT, 'entrypoints', name), 'utf8');
      expect(content, name).not.toMatch(/from '.*\/(db|background)\/|from 'dexie'|from 'valibot'|from 'preact/);
    }
    const send = readFileSync(join(ROOT, 'utils/messaging/send.ts'), 'utf8');
    expect(send).toMatch(/import type \{ Requests \}/);
  });
});
