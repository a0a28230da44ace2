import { describe, expect, it } from 'vitest';
import type { ShipTo } from '../../../utils/amazon/types';
import type { SecuritySnapshot } from '../../../utils/db/records';
import { judge } from '../../../utils/detection/judge';
import { presumedAddresses } from '../../../utils/detection/trust-on-first-use';
import { DAY } from '../../../utils/detection/world';
import { NOW, judgeInput, order } from '../../helpers/judge-input';

const home: ShipTo = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8'], postalCode: '154-0004', region: '東京都', country: '日本' };
const old = (days: number) => new Date(NOW - days * DAY).toISOString().slice(0, 10);
const ruleOf = (rule: string, findings: ReturnType<typeof judge>) => findings.filter((f) => f.rule === rule);

describe('trust on first use', () => {
  it('presumes an address used twice more than 30 days before first sight, and not one first used since', () => {
    const orders = [order({ shipTo: home, placedOn: old(200) }), order({ shipTo: home, placedOn: old(90) }), order({ shipTo: { ...home, lines: ['大阪市北区1-1'], postalCode: '530-0001' }, placedOn: old(10) }), order({ shipTo: { ...home, lines: ['大阪市北区1-1'], postalCode: '530-0001' }, placedOn: old(5) })];
    expect(presumedAddresses(orders, NOW)).toEqual([home]);
    expect(presumedAddresses(orders, null)).toEqual([]);
  });
});

describe('digital burst', () => {
  const digital = (day: string) => order({ digital: true, placedOn: day, shipTo: null });
  it('is an alert at 3 on a day when the owner never had more than 1, and nothing for the owner’s usual pace', () => {
    const usual = [digital(old(100)), digital(old(70)), digital(old(40))];
    expect(ruleOf('digital-burst', judge(judgeInput({ orders: [...usual, digital(old(1)), digital(old(1))] })))).toEqual([]);
    const burst = judge(judgeInput({ orders: [...usual, digital(old(1)), digital(old(1)), digital(old(1))] }));
    expect(ruleOf('digital-burst', burst).map((f) => f.severity)).toEqual(['alert', 'alert', 'alert']);
    const firstEver = judge(judgeInput({ orders: [digital(old(1)), digital(old(1)), digital(old(1))] }));
    expect(ruleOf('digital-burst', firstEver)[0].reason.ja).toBe(`${old(1)} にデジタル注文（電子書籍・ゲーム・コードなど）が3件ありました。これまでデジタル注文はありませんでした。`);
  });
  it('guard: an owner who buys several e-books a day is not flagged for doing it again', () => {
    const busyDay = [digital(old(60)), digital(old(60)), digital(old(60)), digital(old(60))];
    expect(ruleOf('digital-burst', judge(judgeInput({ orders: [...busyDay, digital(old(1)), digital(old(1)), digital(old(1))] })))).toEqual([]);
  });
});

describe('gift cards and points', () => {
  it('warns on a first gift card, and not when the owner buys them regularly', () => {
    const gift = order({ items: [{ title: 'Apple Gift Card - App Store (Email Delivery)', asin: null, quantity: 1 }], placedOn: old(1) });
    expect(ruleOf('gift-card', judge(judgeInput({ orders: [gift] })))[0].severity).toBe('warning');
    const habit = [old(200), old(100)].map((d) => order({ items: [{ title: 'Nintendo eShop Card', asin: null, quantity: 1 }], placedOn: d }));
    expect(ruleOf('gift-card', judge(judgeInput({ orders: [...habit, gift] })))).toEqual([]);
  });

  it('alerts on points never used before, and only warns when used rarely', () => {
    const byCard = (placedOn: string) => order({ placedOn, payments: [{ kind: 'card', brand: 'JCB', lastDigits: '4821', amount: null }] });
    const withPoints = (placedOn: string) => order({ placedOn, charges: [{ kind: 'points', label: 'Amazonポイント', amount: { amount: -9878, currency: 'JPY' } }] });
    const cardHistory = Array.from({ length: 5 }, (_, i) => byCard(old(40 + i)));
    expect(ruleOf('points-or-balance', judge(judgeInput({ orders: [...cardHistory, withPoints(old(1))] })))[0].severity).toBe('alert');
    const history = [withPoints(old(300)), ...Array.from({ length: 11 }, (_, i) => byCard(old(40 + i)))];
    expect(ruleOf('points-or-balance', judge(judgeInput({ orders: [...history, withPoints(old(1))] })))[0].severity).toBe('warning');
  });
});

describe('unfamiliar card and high value', () => {
  const paid = (digits: string, placedOn: string, amount = 2000) =>
    order({ placedOn, total: { amount, currency: 'JPY' }, payments: [{ kind: 'card', brand: 'JCB', lastDigits: digits, amount: null }] });
  it('warns on a card not used before, never before any card is known', () => {
    expect(ruleOf('unfamiliar-card', judge(judgeInput({ orders: [paid('4821', old(90)), paid('0088', old(1))] })))[0].reason.en).toBe('Paid with JCB …0088, a card you have not used on this account before.');
    expect(ruleOf('unfamiliar-card', judge(judgeInput({ orders: [paid('0088', old(1))] })))).toEqual([]);
  });
  it('warns at 3× the typical order above a floor, with 5 baseline orders', () => {
    const baseline = [1, 2, 3, 4, 5].map((i) => paid('4821', old(40 + i), 3000));
    expect(ruleOf('high-value', judge(judgeInput({ orders: [...baseline, paid('4821', old(1), 12000)] })))[0].reason.ja).toBe('￥12,000 は、いつもの注文（￥3,000）の約4倍です。');
    expect(ruleOf('high-value', judge(judgeInput({ orders: [...baseline, paid('4821', old(1), 8000)] })))).toEqual([]);
    expect(ruleOf('high-value', judge(judgeInput({ orders: [...baseline.slice(0, 4), paid('4821', old(1), 50000)] })))).toEqual([]);
  });
});

describe('combined scores', () => {
  it('turns two warnings on one order into an alert, with both reasons kept', () => {
    const friendTown: ShipTo = { name: 'x', lines: ['杉並区阿佐谷北1-2-3'], postalCode: '166-0001', region: '東京都', country: '日本' };
    const gift = order({ shipTo: friendTown, items: [{ title: 'Google Play ギフトカード', asin: null, quantity: 1 }], placedOn: old(1) });
    const findings = judge(judgeInput({ knownAddresses: [home], orders: [gift] }));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['unknown-address', 'alert'], ['gift-card', 'alert']]);
    expect(findings[0].reason.en).toContain('Together with a gift card or code on this order, that is enough for an alert.');
    expect(findings[1].reason.ja).toContain('この注文には登録外のお届け先もあり、合わせて危険と判断しました。');
  });
});

describe('archived orders', () => {
  it('warns on a recent order hidden in the archive, not on an old one', () => {
    const findings = judge(judgeInput({ orders: [order({ archived: true, placedOn: old(3) }), order({ archived: true, placedOn: old(400) })] }));
    expect(ruleOf('archived-order', findings)).toHaveLength(1);
  });
});

describe('devices and the address book', () => {
  const device = (name: string, registeredOn: string | null, firstSeenAt: number) => ({ id: `co.jp|${name}`, marketplace: 'co.jp' as const, name, type: 'Kindle', registeredOn, firstSeenAt, lastSeenAt: NOW });
  it('flags a device registered since first sight (an alert when digital orders followed), never an old one', () => {
    const devices = { entries: [device('佐藤さんのKindle', '2023-05-02', NOW - 10 * DAY), device('Galaxy A23', old(3), NOW)], firstSeenAt: NOW - 10 * DAY };
    const findings = judge(judgeInput({ devices, orders: [order({ digital: true, placedOn: old(3) })] }));
    expect(ruleOf('new-device', findings).map((f) => [f.subject, f.severity])).toEqual([['Galaxy A23', 'alert']]);
  });
  it('flags an address added to the book after first sight; not one that was there, nor the owner’s own', () => {
    const kansai: ShipTo = { name: '佐藤 健一', lines: ['大阪市住之江区南港北1-7-89', '関西ロジ倉庫'], postalCode: '559-0034', region: '大阪府', country: '日本' };
    const entries = [
      { marketplace: 'co.jp' as const, address: home, firstSeenAt: NOW + 1, lastSeenAt: NOW },
      { marketplace: 'co.jp' as const, address: kansai, firstSeenAt: NOW + 1, lastSeenAt: NOW },
    ];
    const findings = judge(judgeInput({ knownAddresses: [home], addressBook: { entries, firstSeenAt: NOW } }));
    expect(ruleOf('new-book-address', findings).map((f) => f.severity)).toEqual(['alert']);
    expect(ruleOf('new-book-address', judge(judgeInput({ addressBook: { entries, firstSeenAt: NOW + 1 } })))).toEqual([]);
  });
});

describe('account security', () => {
  const snapshot = (patch: Partial<SecuritySnapshot> = {}): SecuritySnapshot => ({
    email: 'k****@example.jp', mobileLastDigits: '4421', twoStepEnabled: false, twoStepMethods: [], twoStepAddedOn: null, passkeys: 0, ...patch,
  });
  const security = (previous: SecuritySnapshot | null, current: SecuritySnapshot) => ({ marketplace: 'co.jp' as const, previous, current, changedAt: NOW, seenAt: NOW });
  it('raises an alert for every change since the last snapshot', () => {
    const findings = judge(judgeInput({ security: security(snapshot(), snapshot({ twoStepEnabled: true, twoStepMethods: ['4421'], email: 'x****@evil.example', passkeys: 1 })) }));
    expect(findings.map((f) => [f.subject, f.severity])).toEqual([
      ['email:x****@evil.example', 'alert'],
      ['twoStepEnabled:true', 'alert'],
      ['passkeys:1', 'alert'],
    ]);
    const phone = judge(judgeInput({ security: security(snapshot({ twoStepEnabled: true, twoStepMethods: ['4421'] }), snapshot({ twoStepEnabled: true, twoStepMethods: ['4421', '0088'] })) }));
    expect(phone.map((f) => f.subject)).toEqual(['twoStepMethods:4421, 0088', 'twoStepPhone:0088']);
  });
  it('on first sight, alerts when 2SV codes go to a phone that is not the account’s mobile', () => {
    const [finding] = judge(judgeInput({ security: security(null, snapshot({ twoStepEnabled: true, twoStepMethods: ['0088'] })) }));
    expect(finding.reason.ja).toBe('2段階認証のコードが、アカウントの携帯電話（末尾4421）ではなく末尾0088の電話に送られる設定です。');
  });
  it('guard: nothing for an owner’s own 2SV, set up long ago, or a setting not shown', () => {
    expect(judge(judgeInput({ security: security(null, snapshot({ twoStepEnabled: true, twoStepMethods: ['4421', 'app'], twoStepAddedOn: '2024-01-01' })) }))).toEqual([]);
    expect(judge(judgeInput({ security: security(snapshot(), snapshot({ passkeys: null })) }))).toEqual([]);
  });
});
