import { describe, expect, it } from 'vitest';
import { incidentSummary, shipToLine, type IncidentInput } from '../../../utils/recovery/incident-summary';

// 2025-03-09 01:05 in Tokyo: found at 1 a.m., as in the story.
const detectedAt = Date.UTC(2025, 2, 8, 16, 5);

const kansai = {
  name: '山田 太郎',
  lines: ['大阪市住之江区南港北1-2-3', '  転送センター  B棟 '],
  postalCode: '559-0034',
  region: '大阪府',
  country: null,
};

function input(language: 'ja' | 'en'): IncidentInput {
  return {
    marketplace: 'co.jp',
    language,
    detectedAt,
    timeZone: 'Asia/Tokyo',
    orders: [
      {
        id: '503-7777777-0000001',
        placedOn: '2025-03-06',
        total: { amount: 9878, currency: 'JPY' },
        shipTo: kansai,
        items: [{ title: 'ゲームソフト\n限定版', quantity: 1 }],
        reasons: [language === 'ja' ? '登録にないお届け先（大阪府）' : 'Shipped to an address you do not know (Osaka)'],
      },
      {
        id: 'D01-1111111-0000002',
        placedOn: '2025-03-05',
        total: { amount: 30400, currency: 'JPY' },
        shipTo: null,
        items: [
          { title: '電子書籍 第1巻', quantity: 1 },
          { title: '電子書籍 第2巻', quantity: 2 },
        ],
        reasons: [language === 'ja' ? '短時間に5件のデジタル注文' : '5 digital orders in a row', language === 'ja' ? '深夜の注文' : 'Ordered at night'],
      },
    ],
    accountChanges: [language === 'ja' ? '2段階認証がオンにされました' : 'Two-step verification was turned on'],
  };
}

describe('incidentSummary in Japanese', () => {
  const text = incidentSummary(input('ja'));
  const lines = text.split('\n');

  it('starts with the title, the marketplace and when it was detected', () => {
    expect(lines.slice(0, 3)).toEqual([
      'Amazon アカウントへの不正アクセスについて（概要）',
      'マーケットプレイス：www.amazon.co.jp',
      '検知日時：2025年3月9日 1:05 JST',
    ]);
  });

  it('lists every order, oldest first, with date, total, ship-to, items and reasons', () => {
    expect(lines).toContain('不審な注文（2件）');
    const first = lines.indexOf('1. 注文番号：D01-1111111-0000002');
    const second = lines.indexOf('2. 注文番号：503-7777777-0000001');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(lines.slice(first, second)).toEqual([
      '1. 注文番号：D01-1111111-0000002',
      '   注文日：2025/03/05',
      '   合計：￥30,400',
      '   商品：',
      '   - 電子書籍 第1巻 ×1',
      '   - 電子書籍 第2巻 ×2',
      '   不審な点：',
      '   - 短時間に5件のデジタル注文',
      '   - 深夜の注文',
    ]);
    expect(lines.slice(second, second + 8)).toEqual([
      '2. 注文番号：503-7777777-0000001',
      '   注文日：2025/03/06',
      '   合計：￥9,878',
      '   お届け先：〒559-0034 大阪府大阪市住之江区南港北1-2-3 転送センター B棟 山田 太郎',
      '   商品：',
      '   - ゲームソフト 限定版 ×1',
      '   不審な点：',
      '   - 登録にないお届け先（大阪府）',
    ]);
  });

  it('ends with the account changes and the closing line', () => {
    expect(lines.slice(-4)).toEqual([
      'アカウントの変更',
      '- 2段階認証がオンにされました',
      '',
      '上記の注文とアカウントの変更は、私が行ったものではありません。第三者にアカウントを乗っ取られたものと考えています。',
    ]);
  });
});

describe('incidentSummary in English', () => {
  const text = incidentSummary(input('en'));
  const lines = text.split('\n');

  it('contains every order id, the totals, the ship-to, the reasons and the account changes', () => {
    for (const part of [
      '503-7777777-0000001',
      'D01-1111111-0000002',
      '   Total: ¥9,878',
      '   Total: ¥30,400',
      '   Ship to: 〒559-0034 大阪府大阪市住之江区南港北1-2-3 転送センター B棟 山田 太郎',
      '   - Shipped to an address you do not know (Osaka)',
      '   - 5 digital orders in a row',
      '- Two-step verification was turned on',
    ]) {
      expect(lines.some((line) => line.includes(part))).toBe(true);
    }
  });

  it('has exact title, marketplace, order and closing lines', () => {
    expect(lines[0]).toBe('Unauthorised access to my Amazon account: summary');
    expect(lines[1]).toBe('Marketplace: www.amazon.co.jp');
    expect(lines[2]).toMatch(/^Detected: March 9, 2025(,| at) 1:05\sAM GMT\+9$/);
    expect(lines).toContain('Suspicious orders (2)');
    expect(lines).toContain('1. Order: D01-1111111-0000002');
    expect(lines).toContain('   Placed on: Mar 5, 2025');
    expect(lines).toContain('   Items:');
    expect(lines.at(-1)).toBe('I did not place these orders or make these account changes; someone else took over my account.');
  });
});

describe('incidentSummary, any input', () => {
  it('is plain text: no HTML, no Markdown tables, no trailing spaces, no tabs', () => {
    for (const language of ['ja', 'en'] as const) {
      const text = incidentSummary(input(language));
      expect(text).not.toMatch(/<[a-z]/i);
      expect(text).not.toMatch(/\|/);
      expect(text).not.toMatch(/[ \t]+$/m);
      expect(text).not.toContain('\t');
      expect(text.endsWith('\n')).toBe(false);
    }
  });

  it('does not depend on the order of the input', () => {
    const a = input('ja');
    const b = { ...a, orders: [...a.orders].reverse() };
    expect(incidentSummary(b)).toBe(incidentSummary(a));
  });

  it('says when nothing was found, and marks missing dates and totals', () => {
    const empty = incidentSummary({ ...input('en'), orders: [], accountChanges: [] });
    expect(empty.split('\n')).toEqual(expect.arrayContaining(['Suspicious orders: none found', 'Changes to the account: none found']));
    const bare = incidentSummary({
      ...input('en'),
      orders: [{ id: 'X-1', placedOn: null, total: null, shipTo: null, items: [], reasons: [] }],
    });
    expect(bare).toContain('1. Order: X-1\n   Placed on: —\n   Total: —\n\nChanges to the account');
  });

  it('names the marketplace host of other marketplaces, in their currency', () => {
    const text = incidentSummary({
      ...input('en'),
      marketplace: 'com',
      orders: [{ id: '111-2223334-5556667', placedOn: '2025-01-02', total: { amount: 49.5, currency: 'USD' }, shipTo: null, items: [], reasons: [] }],
    });
    expect(text).toContain('Marketplace: www.amazon.com');
    expect(text).toContain('   Total: $49.50');
  });
});

describe('shipToLine', () => {
  it('writes each address in its country’s order, whatever the language of the summary', () => {
    expect(shipToLine({ name: 'Jane Roe', lines: ['1 Main St', 'Springfield'], postalCode: '62701', region: 'IL', country: 'United States' })).toBe(
      'Jane Roe, 1 Main St, Springfield, IL 62701, United States',
    );
    expect(shipToLine({ name: null, lines: ['1 Main St', 'Springfield'], postalCode: '62701', region: 'IL', country: null })).toBe('1 Main St, Springfield, IL 62701');
    expect(shipToLine({ name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都', country: null })).toBe(
      '〒154-0004 東京都世田谷区太子堂2-14-8 コーポ太子堂 203 佐藤 健一',
    );
  });
});
