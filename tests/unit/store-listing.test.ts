import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION, LIMITS, PROMO_TAGLINE, SCREENSHOT_CAPTIONS, SINGLE_PURPOSE, SUMMARY, unjustifiedPermissions } from '../../store/listing';
import { MARKETPLACES } from '../../utils/marketplaces';

const LANGUAGES = ['en', 'ja'] as const;

describe('the store listing texts', () => {
  it.each(LANGUAGES)('fit the stores\' limits (%s)', (language) => {
    expect(SUMMARY[language].length).toBeGreaterThan(20);
    expect(SUMMARY[language].length).toBeLessThanOrEqual(Math.min(LIMITS.chromeSummary, LIMITS.amoSummary));
    for (const text of [SINGLE_PURPOSE[language], DESCRIPTION[language], PROMO_TAGLINE[language]]) expect(text.trim()).not.toBe('');
    expect(SCREENSHOT_CAPTIONS[language]).toHaveLength(3);
  });

  it.each(LANGUAGES)('name every site the extension reads, as PRIVACY.md does (%s)', (language) => {
    const privacy = readFileSync(resolve(__dirname, '../../PRIVACY.md'), 'utf8');
    for (const { host } of MARKETPLACES) {
      expect(DESCRIPTION[language]).toContain(host);
      expect(privacy).toContain(host);
    }
  });

  it('finds a permission without a justification', () => {
    expect(unjustifiedPermissions({ permissions: ['notifications', 'alarms', 'offscreen'], host_permissions: ['https://www.amazon.com/*'] })).toEqual([]);
    expect(unjustifiedPermissions({ permissions: ['notifications', 'tabs'], optional_permissions: ['downloads'] })).toEqual(['tabs', 'downloads']);
  });
});
