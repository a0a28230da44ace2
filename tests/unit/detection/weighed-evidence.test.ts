import { describe, expect, it } from 'vitest';
import type { ShipTo } from '../../../utils/amazon/types';
import { judge } from '../../../utils/detection/judge';
import { presumedAddresses } from '../../../utils/detection/trust-on-first-use';
import { DAY } from '../../../utils/detection/world';
import { NOW, judgeInput, order } from '../../helpers/judge-input';

/** The classes the first rules missed (issue 11), each as the smallest history that shows it. */
const home: ShipTo = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8'], postalCode: '154-0004', region: '東京都', country: '日本' };
const drop: ShipTo = { name: '佐藤 健一', lines: ['世田谷区三軒茶屋1-5-2', 'メゾン三茶 104'], postalCode: '154-0024', region: '東京都', country: '日本' };
const newHome: ShipTo = { name: '佐藤 健一', lines: ['横浜市港北区日吉3-2-1'], postalCode: '223-0061', region: '神奈川県', country: '日本' };
const old = (days: number) => new Date(NOW - days * DAY).toISOString().slice(0, 10);
const ruleOf = (rule: string, findings: ReturnType<typeof judge>) => findings.filter((f) => f.rule === rule);
/** Two years of orders home, one every 10 days. */
const homeOrders = (from = 730, to = 1) => Array.from({ length: Math.floor((from - to) / 10) + 1 }, (_, i) => order({ shipTo: home, placedOn: old(from - i * 10) }));

describe('trust on first use against a slow attacker', () => {
  const slowDrop = [old(120), old(95), old(70), old(45), old(20)].map((placedOn) => order({ shipTo: drop, placedOn }));
  it('does not presume a young address used alongside the owner’s home, and judges its orders', () => {
    const orders = [...homeOrders(), ...slowDrop];
    expect(presumedAddresses(orders, NOW)).toEqual([home]);
    const findings = ruleOf('unknown-address', judge(judgeInput({ orders })));
    expect(findings).toHaveLength(5);
    expect(findings.every((f) => f.severity === 'alert')).toBe(true);
    expect(findings[0].reason.en).toContain('new, and shipped to again and again while your own orders kept going to your address');
  });
  it('presumes the home the owner moved to: it took the orders, the old home got no more', () => {
    const moved = [...homeOrders(730, 100), ...[90, 80, 70, 60, 50, 40, 30, 20].map((d) => order({ shipTo: newHome, placedOn: old(d) }))];
    expect(presumedAddresses(moved, NOW)).toEqual([home, newHome]);
    expect(ruleOf('unknown-address', judge(judgeInput({ orders: moved })))).toEqual([]);
  });
  it('never lets a young presumed address outrank the addresses the owner entered', () => {
    const orders = [...homeOrders(730, 130), ...[120, 100, 80, 60, 40].map((d) => order({ shipTo: newHome, placedOn: old(d) }))];
    expect(presumedAddresses(orders, NOW, [], [])).toContainEqual(newHome);
    expect(presumedAddresses(orders, NOW, [], [home])).toEqual([home]);
  });
});

describe('digital runs against the owner’s own', () => {
  const digital = (placedOn: string, amount = 800) => order({ digital: true, placedOn, shipTo: null, total: { amount, currency: 'JPY' } });
  it('alerts on two a day for five days when the owner never bought digital (no single day has 3)', () => {
    const spread = [5, 5, 4, 4, 3, 3, 2, 2, 1].map((d) => digital(old(d)));
    const findings = ruleOf('digital-burst', judge(judgeInput({ orders: [...homeOrders(), ...spread] })));
    expect(findings.map((f) => f.severity)).toEqual(Array(9).fill('alert'));
    expect(findings[0].reason.en).toBe(`9 digital orders (e-books, games, codes) on ${old(5)} – ${old(1)}; you had placed none before.`);
  });
  it('leaves a binge reader’s usual binge alone, and alerts when a run spends far more than his binges', () => {
    const binges = [300, 200, 100].flatMap((d) => [0, 0, 0, 0, 0, 0].map(() => digital(old(d), 600)));
    expect(ruleOf('digital-burst', judge(judgeInput({ orders: [...binges, ...[1, 1, 1, 1, 1].map(() => digital(old(1), 600))] })))).toEqual([]);
    const takeover = [1, 1, 1, 1, 1, 1, 1].map(() => digital(old(1), 4800));
    expect(ruleOf('digital-burst', judge(judgeInput({ orders: [...binges, ...takeover] }))).map((f) => f.severity)).toEqual(Array(7).fill('alert'));
  });
});

describe('gift cards and codes by the owner’s own runs', () => {
  const card = (placedOn: string, title = 'Amazonギフトカード(Eメールタイプ) お誕生日', amount = 3000) => order({ placedOn, shipTo: null, items: [{ title, asin: null, quantity: 1 }], total: { amount, currency: 'JPY' } });
  it('two birthday cards in the past do not hide five codes at once, which alert on their own', () => {
    const past = [card(old(400)), card(old(200))];
    expect(ruleOf('gift-card', judge(judgeInput({ orders: [...past, card(old(2))] })))).toEqual([]);
    const codes = [1, 1, 1, 2, 2].map((d) => card(old(d), 'Google Play ギフトコード 10,000円', 10000));
    const findings = ruleOf('gift-card', judge(judgeInput({ orders: [...past, ...codes] })));
    expect(findings.map((f) => f.severity)).toEqual(Array(5).fill('alert'));
    expect(findings[0].reason.en).toContain('5 gift cards or digital codes (¥50,000)');
    expect(findings[0].reason.en).toContain('your most before was 1 (¥3,000)');
  });
  it('knows codes by their names in every language: paysafecard, Geschenkkarte, Roblox, gift code', () => {
    for (const title of ['paysafecard 100 EUR (Code per E-Mail)', 'Amazon.de Geschenkkarte per E-Mail', 'Roblox Gift Card - 1,700 Robux', 'Google Play gift code (Email Delivery)']) {
      expect(ruleOf('gift-card', judge(judgeInput({ orders: [card(old(1), title)] }))), title).toHaveLength(1);
    }
  });
});

describe('weighed evidence', () => {
  it('keeps a one-off gift in another region a warning, and names what raises an order to an alert', () => {
    const osaka: ShipTo = { name: '田中 美咲', lines: ['大阪市北区梅田1-1'], postalCode: '530-0001', region: '大阪府', country: '日本' };
    const gift = order({ shipTo: osaka, placedOn: old(3) });
    expect(ruleOf('unknown-address', judge(judgeInput({ knownAddresses: [home], orders: [gift] })))[0].severity).toBe('warning');
    const pricey = [...Array.from({ length: 6 }, (_, i) => order({ shipTo: home, placedOn: old(60 + i), total: { amount: 3000, currency: 'JPY' } })), order({ shipTo: osaka, placedOn: old(3), total: { amount: 48000, currency: 'JPY' } })];
    const raised = ruleOf('unknown-address', judge(judgeInput({ knownAddresses: [home], orders: pricey })))[0];
    expect(raised.severity).toBe('alert');
    expect(raised.reason.en).toContain('Together with a price far above your usual on this order, that is enough for an alert.');
  });
});
