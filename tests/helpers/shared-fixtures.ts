import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real saved Amazon pages live beside the checkout (../shared), never in the repository. */
export const SHARED_FIXTURES = resolve(__dirname, '../../../shared/fixtures/amazon');

export const sharedFixturesPresent = existsSync(SHARED_FIXTURES);

if (!sharedFixturesPresent) {
  console.warn(`[shared fixtures] ${SHARED_FIXTURES} is absent: the tests against real Amazon pages are SKIPPED.`);
}

export function readSharedFixture(relative: string): string {
  return readFileSync(resolve(SHARED_FIXTURES, relative), 'utf8');
}
