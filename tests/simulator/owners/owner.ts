import { MARKETPLACE_IDS } from '../../../utils/marketplaces';
import { accountAtInstall } from './account';
import { planAttack } from './attacks';
import { DAY_MS, dayOf, isoOf } from './dates';
import { LOCALES } from './locales';
import { ownOrders, wallet } from './own-orders';
import { ownWorld } from './own-world';
import { seeded } from './rng';
import { ATTACK_CLASSES, type Owner, type SimAddress } from './types';

/** The install moment: 03:00 UTC on a day between 2026-03-01 and 2026-11-30. */
const FIRST_INSTALL = dayOf('2026-03-01');
const LAST_INSTALL = dayOf('2026-11-30');

/** Owners 0–4, 10–14, 20–24 … are attacked: exactly half, every marketplace alike. */
export const isAttacked = (index: number) => Math.floor(index / 5) % 2 === 0;

/** The attack class of an attacked owner: the classes in turn, so that even a small run has each. */
function primaryClass(index: number) {
  const ordinal = Math.floor(index / 10) * 5 + (index % 5);
  return ATTACK_CLASSES[ordinal % ATTACK_CLASSES.length];
}

export interface OwnerOptions {
  /** How many years of history (default 2 to 7). */
  years?: [number, number];
  /** Multiplies every owner's orders a month (default 1): small runs keep their pages few. */
  rate?: number;
}

/**
 * The invented owner number `index` of a run: marketplace by index (co.jp, com, co.uk, de, ca in turn), everything
 * else drawn from a generator seeded with the run's seed and the index alone (an owner is the same whatever the run's
 * size). Several years of history, the owner's own habits, and for attacked owners an attack before the install.
 */
export function generateOwner(seed: number, index: number, options: OwnerOptions = {}): Owner {
  const rng = seeded(`${seed}|owner|${index}`);
  const marketplace = MARKETPLACE_IDS[index % MARKETPLACE_IDS.length];
  const locale = LOCALES[marketplace];
  const language = rng.pick(locale.languages.length > 1 ? [locale.languages[0], locale.languages[0], locale.languages[1]] : locale.languages);
  const installDay = rng.int(FIRST_INSTALL, LAST_INSTALL);
  const [minYears, maxYears] = options.years ?? [2, 7];
  const years = rng.between(minYears, maxYears);
  const firstDay = installDay - Math.round(years * 365);
  const world = ownWorld(rng.fork('world'), locale, firstDay, installDay);
  world.ordersPerMonth *= options.rate ?? 1;
  const used = new Set<string>();
  const cards = wallet(rng.fork('wallet'), locale, firstDay, installDay);
  const orders = ownOrders(rng.fork('orders'), locale, world, firstDay, installDay, used, cards);
  const attack = isAttacked(index) ? planAttack(rng.fork('attack'), locale, world, primaryClass(index), installDay, used, cards.cardOn) : null;
  const account = accountAtInstall(rng.fork('account'), locale, world, firstDay, installDay, attack && { changes: attack.accountChanges, startDay: attack.startDay, addresses: attack.addresses });
  const all = [...(attack?.orders ?? []), ...orders].sort((a, b) => (a.placedOn < b.placedOn ? 1 : a.placedOn > b.placedOn ? -1 : 0));
  const addresses: SimAddress[] = [
    world.home, ...(world.oldHome ? [world.oldHome] : []), ...world.family, ...world.friends, ...(world.work ? [world.work] : []),
    ...world.lockers, ...(world.hotel ? [world.hotel] : []), ...world.branches, ...world.clientSites, ...(attack?.addresses ?? []),
  ];
  const oldest = all.at(-1)?.placedOn ?? isoOf(firstDay);
  return {
    index,
    marketplace,
    language,
    profile: world.profile,
    name: world.name,
    installAt: installDay * DAY_MS + 3 * 60 * 60 * 1000,
    installOn: isoOf(installDay),
    years: (installDay - dayOf(oldest)) / 365,
    addresses,
    orders: all,
    devices: account.devices,
    security: account.security,
    addressBook: account.addressBook,
    archived: attack?.archived ?? new Set(),
    attack: attack && {
      classes: [...new Set(attack.orders.map((o) => o.attack!))],
      accountChanges: attack.accountChanges,
      startedOn: isoOf(attack.startDay),
      addedAddresses: attack.accountChanges.includes('address-book-add') ? attack.addresses : [],
    },
    traits: [...world.traits, ...account.traits],
  };
}
