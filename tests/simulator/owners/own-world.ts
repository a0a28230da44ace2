import type { Area } from './address-kit';
import type { Locale } from './locales';
import type { Rng } from './rng';
import type { OwnerProfile, SimAddress } from './types';

/** The owner's places and habits: who they are, where they live and ship, how they buy. */
export interface OwnWorld {
  profile: OwnerProfile;
  given: string;
  name: string;
  homeArea: Area;
  /** Current home; before `movedOn` (a day number) the old home. */
  home: SimAddress;
  oldHome: SimAddress | null;
  movedOn: number | null;
  family: SimAddress[];
  friends: SimAddress[];
  work: SimAddress | null;
  workShare: number;
  lockers: SimAddress[];
  lockerShare: number;
  hotel: SimAddress | null;
  /** Business buyers: branch offices and client sites (some used once). */
  branches: SimAddress[];
  clientSites: SimAddress[];
  ordersPerMonth: number;
  /** Share of orders that are e-books (0 for non-readers). */
  ebookShare: number;
  /** Days the owner buys several volumes of a series at once. */
  bingeDays: number;
  giftCardBuyer: boolean;
  bigPurchases: number;
  /** Share of orders paid (partly) with points or gift-card balance. */
  pointsShare: number;
  /** Share of own orders whose detail page the owner opened (and the content script read). */
  detailShare: number;
  traits: string[];
}

export function ownWorld(rng: Rng, locale: Locale, firstDay: number, installDay: number): OwnWorld {
  const f = locale.addresses;
  const profile = rng.weighted<OwnerProfile>([['household', 82], ['light', 10], ['business', 8]]);
  const given = rng.pick(locale.given);
  const familyName = rng.pick(locale.family);
  const name = locale.fullName(given, familyName);
  const traits: string[] = [profile];
  const homeArea = rng.pick(f.areas);
  const otherArea = (not: Area) => rng.pick(f.areas.filter((a) => a.id !== not.id));
  const business = profile === 'business';
  const company = rng.pick(f.companies);

  const home = business
    ? f.office(rng, homeArea, name, company, 'home', `the company's office (${company})`)
    : f.dwelling(rng, homeArea, name, 'home', 'home');
  let oldHome: SimAddress | null = null;
  let movedOn: number | null = null;
  if (rng.chance(0.35) && installDay - firstDay > 120) {
    const sameArea = rng.chance(0.5);
    const oldArea = sameArea ? homeArea : otherArea(homeArea);
    movedOn = rng.int(firstDay + 60, installDay - 1);
    oldHome = business ? f.office(rng, oldArea, name, company, 'old-home', 'the old office') : f.dwelling(rng, oldArea, name, 'old-home', 'the home before the move');
    traits.push(`moved${sameArea ? '' : '-region'}${installDay - movedOn <= 30 ? '-recently' : ''}`);
  }
  const family: SimAddress[] = [];
  if (!business && rng.chance(0.65)) {
    for (let i = rng.int(1, 2); i > 0; i--) {
      const area = rng.chance(0.65) ? otherArea(homeArea) : homeArea;
      family.push(f.dwelling(rng, area, locale.fullName(rng.pick(locale.given), familyName), 'family', 'family'));
    }
    traits.push('family-gifts');
  }
  const friends: SimAddress[] = [];
  if (!business) {
    for (let i = rng.weighted([[0, 5], [1, 3], [2, 2], [3, 1]] as const); i > 0; i--) {
      const area = rng.chance(0.5) ? otherArea(homeArea) : homeArea;
      friends.push(f.dwelling(rng, area, locale.fullName(rng.pick(locale.given), rng.pick(locale.family)), 'friend', 'a friend'));
    }
    if (friends.length) traits.push('friend-gifts');
  }
  const work = !business && rng.chance(0.2) ? f.office(rng, rng.chance(0.85) ? homeArea : otherArea(homeArea), name, rng.pick(f.companies), 'work', 'work') : null;
  if (work) traits.push('ships-to-work');
  const lockers: SimAddress[] = [];
  if (!business && rng.chance(0.25)) {
    lockers.push(f.locker(rng, homeArea, name, 'own-locker', 'a locker near home'));
    if (rng.chance(0.3)) lockers.push(f.locker(rng, homeArea, name, 'own-locker', 'a second pickup point'));
    traits.push('own-locker');
  }
  const hotel = !business && rng.chance(0.2) ? f.hotel(rng, rng.chance(0.8) ? otherArea(homeArea) : homeArea, name, 'a hotel, once, while travelling') : null;
  if (hotel) traits.push('hotel-once');
  const branches = business && rng.chance(0.5) ? [f.office(rng, rng.chance(0.5) ? homeArea : otherArea(homeArea), name, company, 'work', 'a branch office')] : [];
  const clientSites = business ? Array.from({ length: rng.int(0, 3) }, () => f.office(rng, rng.chance(0.6) ? homeArea : otherArea(homeArea), locale.fullName(rng.pick(locale.given), rng.pick(locale.family)), rng.pick(f.companies), 'client-site', 'a client site')) : [];
  if (clientSites.length) traits.push('client-sites');

  const ordersPerMonth = profile === 'business' ? rng.between(10, 25) : profile === 'light' ? rng.between(0.4, 1.2) : rng.between(1.5, 6);
  const reader = rng.chance(locale.marketplace === 'co.jp' ? 0.6 : 0.45);
  const ebookShare = reader && !business ? rng.between(0.15, 0.5) : 0;
  const bingeDays = reader && rng.chance(0.35) ? rng.int(1, 4) : 0;
  if (reader && !business) traits.push(bingeDays ? 'binge-reader' : 'reader');
  const giftCardBuyer = rng.chance(0.15);
  if (giftCardBuyer) traits.push('buys-gift-cards');
  const bigPurchases = rng.weighted([[0, 3], [1, 4], [2, 2], [3, 1]] as const);
  const pointsUser = rng.chance(locale.points ? 0.55 : 0.15);
  const pointsShare = pointsUser ? (locale.points ? rng.between(0.15, 0.7) : rng.between(0.08, 0.3)) : 0;
  if (pointsUser) traits.push(locale.points ? 'uses-points' : 'uses-gift-card-balance');
  const detailShare = rng.chance(0.4) ? 0 : rng.between(0.02, 0.12);
  return {
    profile, given, name, homeArea, home, oldHome, movedOn, family, friends, work, workShare: work ? rng.between(0.1, 0.4) : 0,
    lockers, lockerShare: lockers.length ? rng.between(0.1, 0.4) : 0, hotel, branches, clientSites, ordersPerMonth, ebookShare, bingeDays,
    giftCardBuyer, bigPurchases, pointsShare, detailShare, traits,
  };
}
