// Part of `npm run bench`: the built extension's bytes against their budgets (utils/bundle-budgets.ts), as
// tests/browser/bundle-size.test.ts enforces them. Bytes are deterministic: one run says it all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLE_BUDGETS } from '../utils/bundle-budgets';

const built = (target: string, path: string) => readFileSync(fileURLToPath(new URL(`../.output/${target}/${path}`, import.meta.url)));

export function benchBytes(): string[] {
  const rows: string[] = [];
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const manifest = JSON.parse(built(target, 'manifest.json').toString('utf8')) as { content_scripts: { js: string[] }[] };
    for (const file of manifest.content_scripts.flatMap((s) => s.js)) {
      const bytes = built(target, file).byteLength;
      rows.push(`| ${target} ${file} | ${bytes.toLocaleString('en')} B minified | ≤ ${BUNDLE_BUDGETS.contentScriptBytes.toLocaleString('en')} | ${bytes <= BUNDLE_BUDGETS.contentScriptBytes ? 'met' : 'NOT MET'} |`);
    }
    const background = built(target, 'background.js');
    const gzip = gzipSync(background, { level: 6 }).byteLength;
    rows.push(`| ${target} background.js | ${gzip.toLocaleString('en')} B gzip (${background.byteLength.toLocaleString('en')} B) | ≤ ${BUNDLE_BUDGETS.backgroundGzipBytes.toLocaleString('en')} | ${gzip <= BUNDLE_BUDGETS.backgroundGzipBytes ? 'met' : 'NOT MET'} |`);
  }
  return rows;
}
