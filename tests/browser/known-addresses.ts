import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { OWNERS } from './fixtures';

/** Adds the owner's address through the options page, as a person would. */
export async function addOwnerAddressInOptions(session: ExtensionSession, marketplace: keyof typeof OWNERS): Promise<Page> {
  const owner = OWNERS[marketplace];
  const options = await session.openOptions();
  await options.locator('form.address-form select').selectOption(owner.marketplace);
  for (const field of ['name', 'postalCode', 'region', 'line1', 'line2', 'country'] as const) {
    await options.locator(`input[name="${field}"]`).fill(owner[field]);
  }
  await options.locator('form[aria-label] button[type="submit"]').first().click();
  await options.locator('.address-list li', { hasText: owner.line1 }).waitFor();
  return options;
}
