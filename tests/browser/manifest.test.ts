import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../../utils/marketplaces';
import { unjustifiedPermissions } from '../../store/listing';

const manifest = (target: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../.output/${target}/manifest.json`, import.meta.url)), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('the built %s manifest', (target) => {
  const m = manifest(target);

  it('asks for least privilege: the supported marketplaces only, notifications, alarms (offscreen on Chrome), default CSP', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions ?? []).toEqual(target === 'chrome-mv3' ? ['notifications', 'alarms', 'offscreen'] : ['notifications', 'alarms']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions).toEqual(MARKETPLACES.map((mp) => `https://${mp.host}/*`));
    expect(m.content_security_policy).toBeUndefined();
    for (const script of m.content_scripts) {
      for (const match of script.matches) expect(MARKETPLACES.some((mp) => match.startsWith(`https://${mp.host}/`))).toBe(true);
    }
  });

  it('justifies every permission it asks for in the store texts (store/listing.ts)', () => {
    expect(unjustifiedPermissions(m)).toEqual([]);
  });

  it('is localised in English and Japanese', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
  });
});

describe('Chrome specifics', () => {
  it('needs Chrome 116, where runtime.getContexts finds the offscreen document', () => {
    expect(manifest('chrome-mv3').minimum_chrome_version).toBe('116');
    expect(manifest('firefox-mv3').minimum_chrome_version).toBeUndefined();
  });
});

describe('Firefox specifics', () => {
  it('declares a gecko id and that no data is collected', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
