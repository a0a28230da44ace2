import { describe, expect, it } from 'vitest';
import type { OrderSummary, ShipTo } from '../../../utils/amazon/types';
import type { KnownAddress } from '../../../utils/db/records';
import { unknownAddressRule } from '../../../utils/detection/rules/unknown-address-rule';

const home: ShipTo = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都', country: '日本' };
const known: KnownAddress[] = [{ id: 1, marketplace: 'co.jp', address: home, source: 'manual', addedAt: 0 }];
const order = (shipTo: ShipTo | null): OrderSummary => ({
  id: '250-4417283-9920416', placedOn: '2026-11-27', total: { amount: 9878, currency: 'JPY' }, digital: false,
  shipTo, items: [], status: null, detailUrl: null,
});

describe('unknownAddressRule', () => {
  it('raises an alert, with the fact in both languages, for a Kansai warehouse when the owner lives in Tokyo', () => {
    const kansai: ShipTo = { name: '佐藤 健一', lines: ['大阪市住之江区南港北1-7-89', '関西ロジ倉庫 B棟 受付'], postalCode: '559-0034', region: '大阪府', country: '日本' };
    const finding = unknownAddressRule(order(kansai), 'co.jp', known);
    expect(finding).toMatchObject({ rule: 'unknown-address', severity: 'alert', orderId: '250-4417283-9920416', id: 'unknown-address|co.jp|250-4417283-9920416' });
    expect(finding?.reason.ja).toBe('大阪府大阪市住之江区南港北1-7-89 に発送されました。登録済みのお届け先（1件）のいずれでもありません（別の地域）。倉庫・ロッカーのような住所です。');
    expect(finding?.reason.en).toBe('Shipped to 大阪府大阪市住之江区南港北1-7-89, which is not your known address, in another region (it looks like a warehouse or locker).');
  });

  it('counts the known addresses in the sentence', () => {
    const parents: KnownAddress = { id: 2, marketplace: 'co.jp', address: { ...home, lines: ['杉並区阿佐谷南3-4-5'], postalCode: '166-0004' }, source: 'manual', addedAt: 0 };
    const kansai: ShipTo = { name: null, lines: ['大阪市北区梅田1-1'], postalCode: '530-0001', region: '大阪府', country: '日本' };
    const finding = unknownAddressRule(order(kansai), 'co.jp', [...known, parents]);
    expect(finding?.reason.en).toContain('which is not one of your 2 known addresses, in another region.');
    expect(finding?.reason.ja).toContain('登録済みのお届け先（2件）のいずれでもありません（別の地域）。');
  });

  it('only warns for an unknown home address in the same prefecture', () => {
    const friend: ShipTo = { name: '田中 美咲', lines: ['杉並区阿佐谷北1-2-3'], postalCode: '166-0001', region: '東京都', country: '日本' };
    expect(unknownAddressRule(order(friend), 'co.jp', known)?.severity).toBe('warning');
  });

  it('says nothing for the owner’s own address, written another way', () => {
    const same: ShipTo = { ...home, lines: ['世田谷区太子堂２－１４－８', 'コーポ太子堂２０３'], postalCode: '〒154－0004' };
    expect(unknownAddressRule(order(same), 'co.jp', known)).toBeNull();
  });

  it('leaves digital orders and owners without known addresses to other rules', () => {
    expect(unknownAddressRule(order(null), 'co.jp', known)).toBeNull();
    expect(unknownAddressRule(order({ ...home, lines: ['大阪市北区1-1'], postalCode: '530-0001' }), 'co.jp', [])).toBeNull();
  });
});
