import { describe, expect, it } from 'vitest';
import { preferredMarketplace, suggestedMarketplaces } from '../../utils/first-run/suggest-marketplaces';

describe('the sites the welcome page pre-selects', () => {
  it.each([
    [['ja'], [], ['co.jp']],
    [['ja-JP', 'en-US'], [], ['co.jp']],
    [['en-US'], [], ['com']],
    [['en-GB'], [], ['co.uk']],
    [['en'], [], ['com']],
    [['de-AT'], [], ['de']],
    [['fr-CA'], [], ['ca']],
    [['en-CA'], [], ['ca']],
    [['pt-BR'], [], []],
    [['ja'], ['com', 'de'], ['co.jp', 'com', 'de']],
  ] as const)('%j, visited %j: %j', (languages, visited, expected) => {
    expect(suggestedMarketplaces(languages, visited)).toEqual(expected);
  });
});

describe('the site an address form starts on', () => {
  it.each([
    [['en-US'], ['co.jp', 'com', 'co.uk', 'de', 'ca'], 'com'],
    [['ja-JP'], ['co.jp', 'com', 'co.uk', 'de', 'ca'], 'co.jp'],
    [['en-GB'], ['co.jp', 'com', 'co.uk', 'de', 'ca'], 'co.uk'],
    [['en-US'], ['de', 'co.uk'], 'de'],
    [['pt-BR'], ['ca', 'com'], 'ca'],
    [['pt-BR'], [], 'co.jp'],
    [['en-US'], [], 'com'],
  ] as const)('%j, watching %j: %s', (languages, watched, expected) => {
    expect(preferredMarketplace(languages, watched)).toBe(expected);
  });
});
