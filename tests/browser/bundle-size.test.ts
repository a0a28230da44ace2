import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, FORBIDDEN_IN_CONTENT_SCRIPTS } from '../../utils/bundle-budgets';

const built = (target: string, path: string) => readFileSync(fileURLToPath(new URL(`../../.output/${target}/${path}`, import.meta.url)));

describe.each(['chrome-mv3', 'firefox-mv3'])('the built %s extension keeps its byte budgets', (target) => {
  const manifest = JSON.parse(built(target, 'manifest.json').toString('utf8'));
  const contentScripts: string[] = manifest.content_scripts.flatMap((s: { js: string[] }) => s.js);

  it('has one content script per page kind: order lists, order details, account pages', () => {
    expect(contentScripts.sort()).toEqual(['content-scripts/account-page.js', 'content-scripts/order-detail.js', 'content-scripts/order-list.js']);
  });

  it.each(['content-scripts/account-page.js', 'content-scripts/order-detail.js', 'content-scripts/order-list.js'])(
    `%s is at most ${BUNDLE_BUDGETS.contentScriptBytes} bytes and carries no Dexie and no valibot`,
    (file) => {
      const code = built(target, file);
      expect(code.byteLength).toBeGreaterThan(5_000); // a real bundle, not an empty file
      expect(code.byteLength).toBeLessThanOrEqual(BUNDLE_BUDGETS.contentScriptBytes);
      for (const [library, marker] of Object.entries(FORBIDDEN_IN_CONTENT_SCRIPTS)) expect(code.toString('utf8'), library).not.toContain(marker);
    },
  );

  it(`background.js is at most ${BUNDLE_BUDGETS.backgroundGzipBytes} bytes gzip-compressed`, () => {
    const code = built(target, 'background.js');
    // Dexie and valibot are in it (the markers above are not vacuous).
    for (const marker of Object.values(FORBIDDEN_IN_CONTENT_SCRIPTS)) expect(code.toString('utf8')).toContain(marker);
    expect(gzipSync(code, { level: 6 }).byteLength).toBeLessThanOrEqual(BUNDLE_BUDGETS.backgroundGzipBytes);
  });
});
