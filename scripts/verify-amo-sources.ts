// `npm run verify-amo-sources`: does what an AMO reviewer does with the sources archive (`npm ci && npm run
// build-for-amo` in a clean folder) and compares the result, file by file, with the submitted Firefox package.
// Run `npm run zip` first. Needs the npm registry (npm ci) and `unzip`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'amo-sources-'));
const run = (command: string, args: string[], cwd = work) => execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
run('unzip', ['-q', join(process.cwd(), `.output/order-sentinel-${version}-sources.zip`), '-d', 'src']);
run('unzip', ['-q', join(process.cwd(), `.output/order-sentinel-${version}-firefox.zip`), '-d', 'submitted']);
run('npm', ['ci', '--no-audit', '--no-fund'], join(work, 'src'));
run('npm', ['run', 'build-for-amo'], join(work, 'src'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}
const built = join(work, 'src/.output/firefox-mv3');
const submitted = join(work, 'submitted');
const names = new Set([...files(built).map((f) => relative(built, f)), ...files(submitted).map((f) => relative(submitted, f))]);
const differing = [...names].filter((name) => {
  try {
    return !readFileSync(join(built, name)).equals(readFileSync(join(submitted, name)));
  } catch {
    return true;
  }
});
if (differing.length) {
  console.error(`The sources build differs from the package in ${differing.length} files:\n${differing.join('\n')}`);
  process.exit(1);
}
console.log(`The sources archive rebuilds the submitted Firefox package exactly: ${names.size} files identical (${work}).`);
