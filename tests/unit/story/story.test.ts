import { beforeEach, describe, expect, it } from 'vitest';
import type { SentinelDatabase } from '../../../utils/db/database';
import type { Finding } from '../../../utils/db/records';
import { testBackground } from '../../helpers/background';
import { testDatabase } from '../../helpers/test-db';
import { POPUP, visit } from '../../helpers/visit';

/*
 * The story (../shared/docs/story.md), as the extension meets it: installed three days after the attack, the owner
 * opens his order history, the game's order details and his Login & security page. Six orders and the 2SV switch
 * must be alerts on first sight; his two ordinary years must not produce one.
 */
const ATTACK_CO_JP = ['250-4417283-9920416', 'D01-2782772-5032501', 'D01-4323856-7747165', 'D01-3434599-6846071', 'D01-2907807-2269459', 'D01-4977201-8167942'];
const ATTACK_COM = ['113-5520917-6634208', '112-2204651-9977771', '112-9823055-6510707'];
const THREE_DAYS_LATER = Date.UTC(2026, 10, 30, 1); // 1 a.m., as in the story

let db: SentinelDatabase;
let handle: ReturnType<typeof testBackground>['handle'];

beforeEach(() => {
  db = testDatabase();
  handle = testBackground(db, () => THREE_DAYS_LATER).handle;
});

/** Findings not withdrawn: withdrawn ones are kept (never notified twice) but are no longer raised. */
const liveFindings = async (db: SentinelDatabase) => (await db.findings.toArray()).filter((f) => f.status !== 'withdrawn');

const alertsByOrder = (findings: Finding[]) => new Set(findings.filter((f) => f.severity === 'alert' && f.orderId).map((f) => f.orderId));

describe('the story on amazon.co.jp, first sight three days after the attack', () => {
  it('raises an alert on all six attack orders, and on none of the ordinary two years', async () => {
    for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
    await visit(handle, 'co.jp/order-detail-current-points.html');
    const findings = await liveFindings(db);

    expect([...alertsByOrder(findings)].sort()).toEqual([...ATTACK_CO_JP].sort());
    const byRule = (orderId: string) => findings.filter((f) => f.orderId === orderId).map((f) => `${f.rule}:${f.severity}`).sort();
    expect(byRule('250-4417283-9920416')).toEqual(['points-or-balance:alert', 'unknown-address:alert']);
    for (const id of ATTACK_CO_JP.slice(1)) expect(byRule(id)).toEqual(['digital-burst:alert']);

    const game = findings.find((f) => f.rule === 'unknown-address')!;
    expect(game.reason.ja).toBe('大阪府大阪市住之江区南港北1-7-89 に発送されました。登録済みのお届け先（2件）のいずれでもありません（別の地域・倉庫・転送業者・ロッカーのような住所）。');
    expect(findings.find((f) => f.rule === 'points-or-balance')!.reason.ja).toBe(
      '全額Amazonポイント（￥9,878）で支払われています。お支払い方法を確認できた注文はまだ0件です。',
    );
    expect(findings.find((f) => f.rule === 'digital-burst')!.reason.en).toBe(
      '5 digital orders (e-books, games, codes) on 2026-11-27; your busiest run before had 1; at least twice as many; ¥30,760 together, over twice your most (¥3,080).',
    );

    // The ordinary history: one warning (a gift to a friend in Tokyo, once); the ¥38,000 rice cooker of 2025 is part
    // of his habits, not judged against them.
    const ordinary = findings.filter((f) => !ATTACK_CO_JP.includes(f.orderId ?? ''));
    expect(ordinary.map((f) => `${f.rule}:${f.severity}:${f.orderId}`)).toEqual([expect.stringMatching(/^unknown-address:warning:/)]);
  });

  it('sees on first sight what the attacker changed: 2SV sending codes to his phone, and his new Android reading app', async () => {
    for (const page of ['login-security-after-attack', 'two-step-settings-after-attack', 'address-book-after-attack', 'devices-after-attack']) {
      await visit(handle, `co.jp/${page}.html`);
    }
    for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
    const account = (await liveFindings(db)).filter((f) => f.orderId === null).map((f) => [f.rule, f.subject, f.severity]);
    expect(account).toEqual([
      ['new-device', 'Galaxy A23', 'alert'],
      ['security-change', 'twoStepPhone:0088', 'alert'],
    ]);
    const overview = (await handle({ type: 'popup:get-overview' }, POPUP)) as { findings: { finding: { orderId: string | null } }[]; marketplacesWithoutAddresses: string[] };
    expect(overview.findings).toHaveLength(9); // one on each of the 6 orders, the friend's address, 2 account findings
    expect(overview.marketplacesWithoutAddresses).toEqual([]); // trust on first use knows his addresses
    // The attacker's warehouse was already in the address book when we first looked: not "added since", but its
    // presence does not make it the owner's either — the game is still an alert.
    expect((await db.findings.get('unknown-address|co.jp|250-4417283-9920416'))?.severity).toBe('alert');
  });

  it('raises a change of the highest severity when 2SV is switched on after we first saw it off', async () => {
    await visit(handle, 'co.jp/login-security.html');
    expect(await liveFindings(db)).toEqual([]);
    await visit(handle, 'co.jp/login-security-after-attack.html');
    expect((await liveFindings(db)).map((f) => [f.subject, f.severity])).toEqual([
      ['twoStepEnabled:true', 'alert'],
      ['twoStepPhone:0088', 'alert'],
    ]);
  });

  it('learns from "this was me" and keeps "not me" for the incident, and never re-flags an answer', async () => {
    for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
    const friend = (await liveFindings(db)).find((f) => f.rule === 'unknown-address' && f.severity === 'warning')!;
    await handle({ type: 'popup:answer-finding', id: friend.id, answer: 'mine' }, POPUP);
    expect((await db.knownAddresses.toArray()).map((k) => [k.source, k.address.lines[0]])).toEqual([['answer', '杉並区阿佐谷北1-2-3']]);
    const game = 'unknown-address|co.jp|250-4417283-9920416';
    await handle({ type: 'popup:answer-finding', id: game, answer: 'not-me' }, POPUP);

    // Reading every page again changes no answer and raises nothing answered.
    for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
    expect((await db.findings.get(friend.id))?.status).toBe('mine');
    expect((await db.findings.get(game))?.status).toBe('not-me');
    expect((await db.findings.where('status').equals('open').toArray()).map((f) => f.orderId).sort()).toEqual(ATTACK_CO_JP.slice(1).sort());
  });
});

describe('an amazon.com reshipper attack', () => {
  it('is caught: the three orders to the Doral reshipper are alerts, the ordinary history is not', async () => {
    for (let page = 1; page <= 3; page++) await visit(handle, `com/reshipper-history-${page}.html`);
    const findings = await liveFindings(db);
    expect([...alertsByOrder(findings)].sort()).toEqual([...ATTACK_COM].sort());
    expect(findings.filter((f) => f.orderId === '113-5520917-6634208').map((f) => f.rule).sort()).toEqual(['gift-card', 'high-value', 'unknown-address']);
  });
});

describe('the known world in the options page', () => {
  it('lists the addresses trusted on first use as "presumed", and confirming one makes it known', async () => {
    for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
    const listed = (await handle({ type: 'options:list-known-addresses' }, POPUP)) as { known: unknown[]; presumed: { address: { lines: string[] } }[] };
    expect(listed.known).toEqual([]);
    expect(listed.presumed.map((p) => p.address.lines[0]).sort()).toEqual(['世田谷区太子堂2-14-8', '杉並区阿佐谷南3-4-5']);
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: listed.presumed[0].address }, POPUP);
    const after = (await handle({ type: 'options:list-known-addresses' }, POPUP)) as { known: unknown[]; presumed: unknown[] };
    expect([after.known.length, after.presumed.length]).toEqual([1, 1]);
  });

  it('imports addresses from a file and judges again', async () => {
    for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
    const friend = { name: '田中 美咲', lines: ['杉並区阿佐谷北1-2-3'], postalCode: '166-0001', region: '東京都', country: '日本' };
    expect(await handle({ type: 'options:import-known-addresses', marketplace: 'co.jp', addresses: [friend] }, POPUP)).toEqual({ imported: 1 });
    expect((await liveFindings(db)).filter((f) => f.severity === 'warning')).toEqual([]);
  });
});
