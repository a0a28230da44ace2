import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's rules about a whole page's structure: they judge Amazon's page, not a mark placed in it. */
const PAGE_STRUCTURE_RULES = ['page-has-heading-one', 'region', 'landmark-one-main'];

/** axe-core's violations in a page (the extension's own pages, or a fragment of one with `fragment`). */
export async function axeViolations(page: Page, fragment = false) {
  // Evaluated through the DevTools protocol, so extension pages' CSP does not stop it.
  await page.evaluate(AXE);
  const disabled = fragment ? PAGE_STRUCTURE_RULES : [];
  const result = (await page.evaluate(
    (off) =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
        rules: Object.fromEntries(off.map((id: string) => [id, { enabled: false }])),
      }),
    disabled,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
