import { describe, expect, it } from 'vitest';
import type { ShipTo } from '../../../utils/amazon/types';
import { judge } from '../../../utils/detection/judge';
import { judgeInput, order } from '../../helpers/judge-input';

const home: ShipTo = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都', country: '日本' };
const parents: ShipTo = { name: '佐藤 正男', lines: ['杉並区阿佐谷南3-4-5'], postalCode: '166-0004', region: '東京都', country: '日本' };
const kansai: ShipTo = { name: '佐藤 健一', lines: ['大阪市住之江区南港北1-7-89', '関西ロジ倉庫 B棟 受付'], postalCode: '559-0034', region: '大阪府', country: '日本' };

const unknownAddress = (shipTo: ShipTo | null, known: ShipTo[] = [home]) =>
  judge(judgeInput({ knownAddresses: known, orders: [order({ id: '250-4417283-9920416', shipTo })] })).filter((f) => f.rule === 'unknown-address');

describe('unknownAddressRule', () => {
  it('raises an alert, with the fact in both languages, for a Kansai warehouse when the owner lives in Tokyo', () => {
    const [finding] = unknownAddress(kansai);
    expect(finding).toMatchObject({ severity: 'alert', orderId: '250-4417283-9920416', id: 'unknown-address|co.jp|250-4417283-9920416' });
    expect(finding.reason.ja).toBe('大阪府大阪市住之江区南港北1-7-89 に発送されました。登録済みのお届け先（1件）のいずれでもありません（別の地域・倉庫・転送業者・ロッカーのような住所）。');
    expect(finding.reason.en).toBe('Shipped to 大阪府大阪市住之江区南港北1-7-89, which is not your known address (in another region; it looks like a warehouse, forwarder or locker).');
  });

  it('counts the known addresses in the sentence', () => {
    const [finding] = unknownAddress({ ...kansai, lines: ['大阪市北区梅田1-1'] }, [home, parents]);
    expect(finding.reason.en).toContain('which is not one of your 2 known addresses (in another region).');
    expect(finding.reason.ja).toContain('登録済みのお届け先（2件）のいずれでもありません（別の地域）。');
  });

  it('only warns for an unknown home address in the same prefecture', () => {
    const friend: ShipTo = { name: '田中 美咲', lines: ['杉並区阿佐谷北1-2-3'], postalCode: '166-0001', region: '東京都', country: '日本' };
    expect(unknownAddress(friend)[0].severity).toBe('warning');
  });

  it('says nothing for the owner’s own address, written another way', () => {
    expect(unknownAddress({ ...home, lines: ['世田谷区太子堂２丁目１４番８号', 'コーポ太子堂２０３号室'], postalCode: '〒154－0004' })).toEqual([]);
  });

  it('leaves digital orders and owners without any address to other rules', () => {
    expect(unknownAddress(null)).toEqual([]);
    expect(unknownAddress(kansai, [])).toEqual([]);
  });
});
