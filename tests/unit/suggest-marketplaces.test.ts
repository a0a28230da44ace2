import { describe, expect, it } from 'vitest';
import { suggestedMarketplaces } from '../../utils/first-run/suggest-marketplaces';

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
