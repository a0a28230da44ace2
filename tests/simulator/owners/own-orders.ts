import { isoOf, monthOf } from './dates';
import type { Locale } from './locales';
import type { OwnWorld } from './own-world';
import { asinOf, digitsOf, orderId, type Rng } from './rng';
import type { OrderHabit, SimAddress, SimItem, SimOrder, SimPayment } from './types';

/** The owner's cards over time: a card is replaced now and then (expiry, a lost card). */
export interface Wallet {
  cardOn: (day: number) => { brand: string; lastDigits: string };
}

export function wallet(rng: Rng, locale: Locale, firstDay: number, installDay: number): Wallet {
  const cards: { from: number; brand: string; lastDigits: string }[] = [{ from: firstDay, brand: rng.pick(locale.cardBrands), lastDigits: digitsOf(rng, 4) }];
  for (let day = firstDay + rng.int(600, 1400); day < installDay; day += rng.int(900, 1500)) {
    cards.push({ from: day, brand: rng.chance(0.8) ? cards.at(-1)!.brand : rng.pick(locale.cardBrands), lastDigits: digitsOf(rng, 4) });
  }
  // Some owners pay with two cards at once (a personal and a shared one).
  const second = rng.chance(0.3) ? { brand: rng.pick(locale.cardBrands), lastDigits: digitsOf(rng, 4) } : null;
  return {
    cardOn: (day) => {
      const card = [...cards].reverse().find((c) => c.from <= day) ?? cards[0];
      return second && rng.chance(0.3) ? second : { brand: card.brand, lastDigits: card.lastDigits };
    },
  };
}

const round = (amount: number, currency: string) => (currency === 'JPY' ? Math.round(amount) : Math.round(amount * 100) / 100);

export function totalOf(items: SimItem[], currency: string): number {
  return round(items.reduce((sum, i) => sum + i.price * i.quantity, 0), currency);
}

export const item = (title: string, price: number, quantity = 1): SimItem => ({ title, asin: asinOf(title), quantity, price });

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k += 1;
  return k;
}

/**
 * The owner's own orders from `firstDay` to the day before the install, newest first: household goods to the home of
 * the time, e-books (one a day, a series in order), gifts to family (more in May and December) and friends, some to
 * work or a locker, one hotel stay, a few big purchases, binge days of a series, and for business buyers many
 * orders of office supplies to one or two offices and a few client sites.
 */
export function ownOrders(rng: Rng, locale: Locale, world: OwnWorld, firstDay: number, installDay: number, used: Set<string>, cards: Wallet): SimOrder[] {
  const c = locale.catalogue;
  const currency = locale.currency;
  const orders: SimOrder[] = [];
  const series = { name: rng.pick(c.series), volume: 1 };
  const lastDay = installDay - 1;
  const special = new Map<number, ('binge' | 'big' | 'hotel' | 'gift-card')[]>();
  const mark = (day: number, what: 'binge' | 'big' | 'hotel' | 'gift-card') => special.set(day, [...(special.get(day) ?? []), what]);
  for (let i = 0; i < world.bingeDays; i++) mark(rng.int(firstDay + 30, lastDay), 'binge');
  for (let i = 0; i < world.bigPurchases; i++) mark(rng.int(firstDay, lastDay), 'big');
  if (world.hotel) mark(rng.int(firstDay + 30, lastDay), 'hotel');
  if (world.giftCardBuyer) for (let i = rng.int(1, 4); i > 0; i--) mark(rng.int(firstDay, lastDay), 'gift-card');
  const friendUses = new Map<SimAddress, number>(world.friends.map((f) => [f, rng.chance(0.3) ? 2 : 1]));

  const payment = (day: number, total: number): SimPayment => {
    const p: SimPayment = { card: cards.cardOn(day), points: 0, giftCard: 0 };
    if (world.pointsShare > 0 && rng.chance(world.pointsShare)) {
      const part = rng.chance(0.35) ? total : round(Math.min(total, total * rng.between(0.05, 0.6)), currency);
      if (locale.points) p.points = part;
      else p.giftCard = part;
      if (part >= total) p.card = null;
    }
    return p;
  };
  const push = (day: number, digital: boolean, items: SimItem[], habit: OrderHabit, to: SimAddress | null, spellingOf = spellingFor) => {
    const total = totalOf(items, currency);
    orders.push({
      id: orderId(rng, used, locale.orderPrefixes, digital), placedOn: isoOf(day), total, digital, items, habit, attack: null,
      shipTo: to ? { address: to, spelling: spellingOf(to, day) } : null,
      payment: payment(day, total), detailRead: rng.chance(world.detailShare),
    });
  };
  // Each address is printed in its first spelling most of the time, in eras of the others now and then.
  const eras = new Map<SimAddress, number[]>();
  function spellingFor(address: SimAddress, day: number): number {
    const n = address.spellings.length;
    if (n === 1) return 0;
    if (!eras.has(address)) eras.set(address, Array.from({ length: n - 1 }, () => rng.int(firstDay, lastDay)).sort((a, b) => a - b));
    if (rng.chance(0.15)) return rng.int(0, n - 1);
    const cuts = eras.get(address)!;
    const era = cuts.filter((cut) => cut <= day).length;
    return era % 2 === 0 ? 0 : era % n;
  }
  const homeOn = (day: number) => (world.oldHome && world.movedOn !== null && day < world.movedOn ? world.oldHome : world.home);
  const goods = world.profile === 'business' ? c.business : c.household;
  const basket = (list: [string, number][], max: number, maxQuantity: number) =>
    rng.sample(list, rng.int(1, max)).map(([t, p]) => item(t, p, rng.chance(0.2) ? rng.int(2, maxQuantity) : 1));

  for (let day = firstDay; day <= lastDay; day++) {
    const month = monthOf(day);
    const season = month === 12 ? 1.4 : month === 11 ? 1.15 : 1;
    let n = poisson(rng, (world.ordersPerMonth / 30.44) * season);
    if (day === firstDay) n = Math.max(n, 1);
    let digitalToday = false;
    for (const what of special.get(day) ?? []) {
      if (what === 'binge') {
        const name = rng.pick(c.series.filter((s) => s !== series.name));
        const from = rng.int(1, 6);
        for (let v = from, end = from + rng.int(3, 9); v < end; v++) push(day, true, [item(c.volume(name, v), c.seriesPrice)], 'binge', null);
        digitalToday = true;
      } else if (what === 'big') {
        const [t, p] = rng.pick(c.big);
        push(day, false, [item(t, p)], 'big-purchase', homeOn(day));
      } else if (what === 'hotel') {
        push(day, false, basket(c.household.slice(0, 12), 1, 1), 'hotel', world.hotel);
      } else {
        const g = rng.pick(c.ownGiftCards);
        push(day, g.delivery === 'code', [item(g.title, g.price)], 'own-gift-card', null);
      }
    }
    for (let k = 0; k < n; k++) {
      if (world.ebookShare > 0 && !digitalToday && rng.chance(world.ebookShare)) {
        digitalToday = true;
        const [title, price] = rng.chance(0.6) ? [c.volume(series.name, series.volume++), c.seriesPrice] : rng.pick(c.books);
        push(day, true, [item(title, price)], 'ebook', null);
        continue;
      }
      if (world.profile === 'business') {
        const r = rng.next();
        const to = r < 0.04 && world.clientSites.length ? rng.pick(world.clientSites) : r < 0.25 && world.branches.length ? rng.pick(world.branches) : homeOn(day);
        push(day, false, basket(goods, 5, 10), to.kind === 'client-site' ? 'client-site' : 'business', to);
        continue;
      }
      const giftChance = world.family.length ? (month === 5 || month === 12 ? 0.18 : 0.04) : 0;
      const friend = [...friendUses].find(([, uses]) => uses > 0);
      if (rng.chance(giftChance)) {
        push(day, false, basket(c.gifts, 1, 1), 'gift-family', rng.pick(world.family));
      } else if (friend && rng.chance(0.012)) {
        friendUses.set(friend[0], friend[1] - 1);
        push(day, false, basket(c.gifts, 1, 1), 'gift-friend', friend[0]);
      } else if (world.work && rng.chance(world.workShare)) {
        push(day, false, basket(goods, 2, 2), 'work', world.work);
      } else if (world.lockers.length && rng.chance(world.lockerShare)) {
        push(day, false, basket(goods, 2, 2), 'locker', world.lockers.length > 1 && rng.chance(0.3) ? world.lockers[1] : world.lockers[0]);
      } else {
        push(day, false, basket(goods, 3, 3), 'household', homeOn(day));
      }
    }
  }
  return orders.reverse();
}
