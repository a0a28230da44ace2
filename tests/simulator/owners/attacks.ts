import { isoOf } from './dates';
import type { Locale } from './locales';
import { item, totalOf } from './own-orders';
import type { OwnWorld } from './own-world';
import { digitsOf, orderId, type Rng } from './rng';
import { ATTACK_CLASSES, type AccountChange, type AttackClass, type SimAddress, type SimItem, type SimOrder, type SimPayment } from './types';

export interface AttackPlan {
  orders: SimOrder[];
  addresses: SimAddress[];
  accountChanges: AccountChange[];
  startDay: number;
  /** The attacker hid the physical orders in the archived list. */
  archived: Set<string>;
}

const PHYSICAL: readonly AttackClass[] = ['reshipper', 'locker', 'drop-flat-same-region', 'slow-before-install'];

/**
 * An attack on the owner, before the install: `primary` and sometimes a second class. Every attack order carries its
 * class. Orders of the fast classes fall within the 3 weeks before the install; slow ones begin 35–150 days before
 * it, with at least two orders past the 30-day trust line, and go on until the install.
 */
export function planAttack(rng: Rng, locale: Locale, world: OwnWorld, primary: AttackClass, installDay: number, used: Set<string>, ownCard: (day: number) => { brand: string; lastDigits: string }): AttackPlan {
  const classes: AttackClass[] = [primary];
  if (rng.chance(0.35)) classes.push(rng.pick(ATTACK_CLASSES.filter((c) => c !== primary)));
  const c = locale.catalogue;
  const f = locale.addresses;
  const currency = locale.currency;
  const lastDay = installDay - 1;
  const startDay = installDay - rng.int(1, 21);
  const attackerCard = rng.chance(0.2) ? { brand: rng.pick(locale.cardBrands), lastDigits: digitsOf(rng, 4) } : null;
  const parcelName = () => (rng.chance(0.7) ? world.name : locale.fullName(rng.pick(locale.given), rng.pick(locale.family)));
  const orders: SimOrder[] = [];
  const addresses: SimAddress[] = [];
  let first = startDay;

  const pay = (day: number, total: number, points = false): SimPayment =>
    points ? { card: null, points: locale.points ? total : 0, giftCard: locale.points ? 0 : total } : { card: attackerCard ?? ownCard(day), points: 0, giftCard: 0 };
  const push = (cls: AttackClass, day: number, digital: boolean, items: SimItem[], to: SimAddress | null, points = false) => {
    const d = Math.min(day, lastDay);
    first = Math.min(first, d);
    const total = totalOf(items, currency);
    orders.push({
      id: orderId(rng, used, locale.orderPrefixes, digital), placedOn: isoOf(d), total, digital, items, habit: 'attack', attack: cls,
      shipTo: to ? { address: to, spelling: 0 } : null, payment: pay(d, total, points), detailRead: points || rng.chance(world.detailShare),
    });
  };
  const loot = (k: number) => rng.sample(c.resellable, k).map(([t, p]) => item(t, p, rng.chance(0.15) ? 2 : 1));

  for (const cls of classes) {
    const span = rng.int(0, 2);
    const day = () => startDay + rng.int(0, span);
    switch (cls) {
      case 'reshipper': {
        const to = f.reshipper(rng, world.homeArea, parcelName(), 'a reshipper');
        addresses.push(to);
        for (let i = rng.int(1, 4); i > 0; i--) push(cls, day(), false, loot(1), to);
        break;
      }
      case 'locker': {
        const area = rng.chance(0.6) ? world.homeArea : rng.pick(f.areas);
        const to = f.locker(rng, area, world.name, 'attacker-locker', "the attacker's locker");
        addresses.push(to);
        for (let i = rng.int(1, 3); i > 0; i--) push(cls, day(), false, loot(1), to);
        break;
      }
      case 'drop-flat-same-region': {
        const to = f.dwelling(rng, world.homeArea, parcelName(), 'attacker-drop', 'a drop flat in the same region');
        addresses.push(to);
        for (let i = rng.int(1, 3); i > 0; i--) push(cls, day(), false, loot(1), to);
        break;
      }
      case 'gift-cards': {
        const cards = rng.sample(c.giftCards, rng.int(2, 5));
        for (let i = rng.int(2, 8); i > 0; i--) {
          const g = rng.pick(cards);
          push(cls, day(), g.delivery === 'code', [item(g.title, g.price)], null);
        }
        break;
      }
      case 'digital-burst': {
        const spread = rng.chance(0.3);
        const titles = [...rng.sample(c.digitalLoot, rng.int(2, 5)).map(([t, p]) => [t, p] as [string, number])];
        const series = rng.pick(c.series);
        for (let v = rng.int(1, 5), k = titles.length + rng.int(2, 7); titles.length < k; v++) titles.push([c.volume(series, v), c.seriesPrice * rng.int(1, 3)]);
        titles.forEach(([t, p], i) => push(cls, spread ? startDay + Math.floor(i / 2) : startDay, true, [item(t, p)], null));
        break;
      }
      case 'slow-before-install': {
        const to = rng.chance(0.5) ? f.dwelling(rng, world.homeArea, parcelName(), 'attacker-drop', 'a slow drop') : f.reshipper(rng, world.homeArea, parcelName(), 'a slow reshipper');
        addresses.push(to);
        const begin = installDay - rng.int(35, 150);
        const cutoff = installDay - 31;
        push(cls, begin, false, loot(1), to);
        push(cls, rng.int(begin + 1, Math.max(begin + 1, cutoff)), false, loot(1), to);
        for (let d = begin + rng.int(7, 25); d < lastDay; d += rng.int(7, 25)) push(cls, d, false, loot(1), to);
        break;
      }
      case 'points-drain': {
        for (let i = rng.int(1, 4); i > 0; i--) {
          const [t, p] = rng.pick(c.digitalLoot);
          push(cls, day(), true, [item(t, p)], null, true);
        }
        break;
      }
    }
  }
  const accountChanges: AccountChange[] = [];
  const physical = classes.some((cl) => PHYSICAL.includes(cl));
  const digital = classes.some((cl) => cl === 'digital-burst' || cl === 'points-drain' || cl === 'gift-cards');
  if (physical && rng.chance(0.7)) accountChanges.push('address-book-add');
  if (rng.chance(digital ? 0.6 : 0.15)) accountChanges.push('new-device');
  if (rng.chance(0.3)) accountChanges.push('two-step-takeover');
  if (rng.chance(0.15)) accountChanges.push('email-change');
  const archived = new Set(rng.chance(0.25) ? orders.filter((o) => !o.digital).map((o) => o.id) : []);
  return { orders: orders.sort((a, b) => (a.placedOn < b.placedOn ? 1 : a.placedOn > b.placedOn ? -1 : 0)), addresses, accountChanges, startDay: first, archived };
}
