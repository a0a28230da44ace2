import { MARKETPLACES, type MarketplaceId } from '../marketplaces';

/**
 * The sites the welcome page pre-selects: the one whose languages include the browser's (ja-JP → amazon.co.jp, en-GB →
 * amazon.co.uk; a bare language matches its first site: de → amazon.de, en → amazon.com), and every site the owner
 * has already visited with us installed.
 */
export function suggestedMarketplaces(browserLanguages: readonly string[], visited: readonly MarketplaceId[]): MarketplaceId[] {
  const chosen = new Set<MarketplaceId>(visited);
  for (const language of browserLanguages.slice(0, 1)) {
    // A site's own language first (amazon.co.jp also serves en-US, but en-US is amazon.com's).
    const own = (m: (typeof MARKETPLACES)[number]) => m.languages[0].toLowerCase();
    const exact = MARKETPLACES.find((m) => own(m) === language.toLowerCase()) ?? MARKETPLACES.find((m) => m.languages.some((l) => l.toLowerCase() === language.toLowerCase()));
    const base = language.split('-')[0].toLowerCase();
    const match = exact ?? MARKETPLACES.find((m) => own(m).startsWith(`${base}-`));
    if (match) chosen.add(match.id);
  }
  return MARKETPLACES.filter((m) => chosen.has(m.id)).map((m) => m.id);
}

/**
 * The site an address form starts on: the browser language's site when it is watched, else the first watched one
 * (an English browser started on amazon.co.jp, the first site of the list).
 */
export function preferredMarketplace(browserLanguages: readonly string[], watched: readonly MarketplaceId[]): MarketplaceId {
  const ownSite = suggestedMarketplaces(browserLanguages, [])[0];
  if (ownSite && watched.includes(ownSite)) return ownSite;
  return watched[0] ?? ownSite ?? MARKETPLACES[0].id;
}
