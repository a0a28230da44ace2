import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountPageKind, AccountPageResult } from '../../../utils/amazon/account-types';
import { readAddressBook } from '../../../utils/amazon/read-address-book';
import { readDevices } from '../../../utils/amazon/read-devices';
import { readLoginSecurity } from '../../../utils/amazon/read-login-security';
import { parseHtml } from '../../helpers/parse-html';

/*
 * The account pages have no public capture: every fixture here is Order Sentinel's own MODELLED page (see the comment
 * at the top of each), with its oracle beside it, written from the page.
 */
const FIXTURES = resolve(__dirname, '../../fixtures/amazon');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

const READERS: Record<AccountPageKind, (root: ParentNode, url: string) => AccountPageResult> = {
  'address-book': readAddressBook,
  devices: readDevices,
  'login-security': readLoginSecurity,
};

interface Oracle {
  url: string;
  kind: AccountPageKind;
  marketplace: string;
  recognized: boolean;
  [field: string]: unknown;
}

const oracles = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ path: f, oracle: JSON.parse(fixture(f)) as Oracle }))
  .filter(({ oracle }) => oracle.kind in READERS)
  .sort((a, b) => a.path.localeCompare(b.path));

const URLS = {
  addresses: 'https://www.amazon.co.jp/a/addresses',
  devices: 'https://www.amazon.co.jp/hz/mycd/digital-console/alldevices',
  myx: 'https://www.amazon.com/mn/dcw/myx.html#/home/devices/1',
  login: 'https://www.amazon.co.jp/ax/account/manage',
  cnep: 'https://www.amazon.co.jp/ap/cnep',
  approval: 'https://www.amazon.co.jp/a/settings/approval',
};

/** A fixture with some of its words replaced, in order (the same page in another UI language, or damaged). */
function variant(path: string, replacements: [string | RegExp, string][]): Document {
  let html = fixture(path);
  for (const [from, to] of replacements) html = html.replaceAll(from, to);
  return parseHtml(html);
}

function recognized<T extends AccountPageResult>(result: T): Extract<T, { recognized: true }> {
  if (!result.recognized) throw new Error(`not recognised: ${result.reason}`);
  return result as Extract<T, { recognized: true }>;
}

describe('account readers against their modelled fixtures and oracles', () => {
  it('has an oracle for each of the ten modelled account pages', () => {
    expect(oracles.map((o) => o.path)).toEqual([
      'co.jp/address-book-after-attack.expected.json',
      'co.jp/address-book.expected.json',
      'co.jp/devices-after-attack.expected.json',
      'co.jp/devices.expected.json',
      'co.jp/login-security-after-attack.expected.json',
      'co.jp/login-security.expected.json',
      'co.jp/two-step-settings-after-attack.expected.json',
      'com/address-book.expected.json',
      'com/devices.expected.json',
      'com/login-security.expected.json',
    ]);
  });

  it.each(oracles)('$path', ({ path, oracle }) => {
    const { url, ...expected } = oracle;
    const html = fixture(path.replace(/\.expected\.json$/, '.html'));
    expect(html).toMatch(/^<!doctype html>\s*<!-- Order Sentinel's own MODELLED fixture/i);
    expect(html).not.toMatch(/<script/i);
    const read = READERS[oracle.kind](parseHtml(html), url);
    expect(read).toMatchObject(expected);
  });
});

describe('account readers on problem pages', () => {
  const signIn = parseHtml(fixture('co.jp/sign-in.html'));

  it.each([
    ['address-book', URLS.addresses],
    ['devices', URLS.devices],
    ['login-security', URLS.login],
    ['login-security', URLS.approval],
  ] as const)('a sign-in page served for %s (%s) is a sign-in page', (kind, url) => {
    expect(READERS[kind](signIn, url)).toEqual({ recognized: false, kind, marketplace: 'co.jp', reason: 'sign-in page' });
  });

  it.each(Object.keys(READERS) as AccountPageKind[])('%s: an unknown page is "layout not recognised", never an empty read', (kind) => {
    for (const html of [fixture('com/unknown-layout.html'), '<html><body><div id="a-page"></div></body></html>', fixture('co.jp/order-list-old.html')]) {
      const url = kind === 'devices' ? URLS.devices : kind === 'address-book' ? URLS.addresses : URLS.login;
      expect(READERS[kind](parseHtml(html), url)).toEqual({ recognized: false, kind, marketplace: 'co.jp', reason: 'layout not recognised' });
    }
  });

  it.each(Object.keys(READERS) as AccountPageKind[])('%s: a page on no marketplace we read is "unsupported marketplace"', (kind) => {
    const page = parseHtml(fixture('com/address-book.html'));
    for (const url of ['https://www.amazon.fr/a/addresses', 'http://www.amazon.com/a/addresses', 'https://www.amazon.com.evil.example/a/addresses']) {
      expect(READERS[kind](page, url)).toMatchObject({ recognized: false, kind, reason: 'unsupported marketplace' });
    }
  });

  it('never throws, whatever it is given', () => {
    for (const reader of Object.values(READERS)) {
      expect(reader(parseHtml(''), URLS.addresses).recognized).toBe(false);
      expect(reader(parseHtml('<p>x</p>').body, 'not a url')).toMatchObject({ recognized: false, reason: 'unsupported marketplace' });
    }
  });
});

describe('readAddressBook tolerance', () => {
  const home = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都' };

  it('reads amazon.co.jp in English: "Default:" badge alone (no section class), "Japan", "Phone number:"', () => {
    const page = variant('co.jp/address-book.html', [
      ['既定：', 'Default:'],
      ['住所を追加', 'Add address'],
      ['電話番号：', 'Phone number: '],
      ['日本', 'Japan'],
      ['address-section-with-default', 'address-section-no-default'],
    ]);
    expect(recognized(readAddressBook(page, URLS.addresses)).addresses).toEqual([
      { address: { ...home, country: 'Japan' }, isDefault: true },
      { address: { name: '佐藤 正男', lines: ['杉並区阿佐谷南3-4-5'], postalCode: '166-0004', region: '東京都', country: 'Japan' }, isDefault: false },
    ]);
  });

  it('keeps the phone number out of the address, even where no id names it', () => {
    const page = parseHtml(`<div id="a-page"><div class="a-box address-tile"><div class="a-box-inner">
      <div class="a-row"><span>既定</span></div>
      <ul class="a-unordered-list a-nostyle">
        <li><span class="a-list-item">佐藤 健一</span></li>
        <li><span class="a-list-item">〒154-0004</span></li>
        <li><span class="a-list-item">東京都世田谷区太子堂2-14-8</span></li>
        <li><span class="a-list-item">コーポ太子堂 203</span></li>
        <li><span class="a-list-item">日本</span></li>
        <li><span class="a-list-item">090-1234-4421</span></li>
      </ul></div></div>
      <div class="a-box address-tile"><a href="/a/addresses/add"><h2>住所を追加</h2></a></div></div>`);
    expect(readAddressBook(page, URLS.addresses)).toEqual({
      recognized: true,
      kind: 'address-book',
      marketplace: 'co.jp',
      addresses: [{ address: { ...home, country: '日本' }, isDefault: true }],
      problems: [],
    });
  });

  it('finds addresses around their name spans when neither block ids nor tile classes are there', () => {
    const tile = (name: string, street: string, city: string) => `<div class="a-box"><ul>
      <li><span id="address-ui-widgets-FullName">${name}</span></li><li><span id="address-ui-widgets-AddressLineOne">${street}</span></li>
      <li><span id="address-ui-widgets-CityStateOrRegionPostalCode">${city}</span></li><li><span id="address-ui-widgets-Country">United States</span></li>
      <li><span id="address-ui-widgets-PhoneNumber">Phone number: 6145550142</span></li></ul></div>`;
    const page = parseHtml(`<div id="a-page">${tile('Jordan Ellis', '1450 Maple Ave', 'Columbus, OH 43215')}${tile('Casey Ellis', '88 Birch Rd', 'Dayton, OH 45402')}</div>`);
    expect(recognized(readAddressBook(page, 'https://www.amazon.com/a/addresses')).addresses).toEqual([
      { address: { name: 'Jordan Ellis', lines: ['1450 Maple Ave', 'Columbus'], postalCode: '43215', region: 'OH', country: 'United States' }, isDefault: false },
      { address: { name: 'Casey Ellis', lines: ['88 Birch Rd', 'Dayton'], postalCode: '45402', region: 'OH', country: 'United States' }, isDefault: false },
    ]);
  });

  it('reads a missing part as null and a tile without a name as a problem, not a lost address', () => {
    const page = variant('co.jp/address-book-after-attack.html', [
      ['<li><span class="a-list-item"><span id="address-ui-widgets-Country" class="id-addr-ux-search-text">日本</span></span></li>', ''],
      ['<span id="address-ui-widgets-FullName" class="id-addr-ux-search-text a-text-bold">佐藤 正男</span>', ''],
    ]);
    const read = recognized(readAddressBook(page, URLS.addresses));
    expect(read.addresses.map((a) => [a.address.name, a.address.country, a.address.postalCode])).toEqual([
      ['佐藤 健一', null, '154-0004'],
      [null, null, '166-0004'],
      ['佐藤 健一', null, '559-0034'],
    ]);
    expect(read.problems).toEqual(['address 2: no name']);
  });

  it('reads a book of only the "Add address" tile as empty, and never counts that tile as an address', () => {
    const page = parseHtml(fixture('co.jp/address-book.html'));
    for (const tile of Array.from(page.querySelectorAll('.normal-desktop-address-tile'))) tile.closest('.address-column')!.remove();
    expect(page.querySelector('[id^="ya-myab-display-address-block-"]')).toBeNull();
    expect(readAddressBook(page, URLS.addresses)).toEqual({ recognized: true, kind: 'address-book', marketplace: 'co.jp', addresses: [], problems: [] });
  });
});

describe('readDevices tolerance', () => {
  it('reads amazon.co.jp in English, with English dates', () => {
    const page = variant('co.jp/devices-after-attack.html', [
      ['デバイス名：', 'Device name:'],
      ['デバイスの種類：', 'Device type:'],
      ['シリアル番号：', 'Serial number:'],
      ['登録日：', 'Registered on:'],
      ['2023年5月2日', 'May 2, 2023'],
      ['2026年11月27日', 'November 27, 2026'],
      ['第11世代', '11th Generation'],
    ]);
    expect(recognized(readDevices(page, URLS.devices)).devices).toEqual([
      { name: '佐藤さんのKindle', type: 'Kindle Paperwhite (11th Generation)', registeredOn: '2023-05-02' },
      { name: '佐藤さんのiPhone', type: 'Kindle for iPhone', registeredOn: null },
      { name: 'Galaxy A23', type: 'Kindle for Android', registeredOn: '2026-11-27' },
    ]);
  });

  it('takes the type from the device group and no date when the details are not shown', () => {
    const page = parseHtml(fixture('co.jp/devices-after-attack.html'));
    for (const details of Array.from(page.querySelectorAll('.device-details'))) details.remove();
    expect(readDevices(page, URLS.devices)).toMatchObject({
      recognized: true,
      devices: [
        { name: '佐藤さんのKindle', type: 'Kindle Paperwhite', registeredOn: null },
        { name: '佐藤さんのiPhone', type: 'Kindle for iPhone', registeredOn: null },
        { name: 'Galaxy A23', type: 'Kindle for Android', registeredOn: null },
      ],
      problems: [],
    });
  });

  it('reads devices by their labels alone (older /mn/dcw/myx.html list, or tiles whose classes changed), in German too', () => {
    const page = parseHtml(`<div id="a-page"><h1>Manage Your Content and Devices</h1><div class="contentTable">
      <div class="a-row rowBody"><div class="a-column"><div><span class="a-text-bold">Device name:</span> <span>Jordan's Kindle</span></div>
        <div><span class="a-text-bold">Device type:</span> <span>Kindle Paperwhite</span></div>
        <div><span class="a-text-bold">Registered on:</span> <span>March 14, 2024</span></div></div></div>
      <div class="a-row rowBody"><div class="a-column"><div><span class="a-text-bold">Gerätename:</span> <span>Wohnzimmer</span></div>
        <div><span class="a-text-bold">Gerätetyp:</span> <span>Fire TV Stick</span></div>
        <div><span class="a-text-bold">Registriert am:</span> <span>2. Mai 2023</span></div></div></div></div></div>`);
    expect(readDevices(page, URLS.myx)).toEqual({
      recognized: true,
      kind: 'devices',
      marketplace: 'com',
      devices: [
        { name: "Jordan's Kindle", type: 'Kindle Paperwhite', registeredOn: '2024-03-14' },
        { name: 'Wohnzimmer', type: 'Fire TV Stick', registeredOn: '2023-05-02' },
      ],
      problems: [],
    });
  });

  it('names a tile without a name and a date it cannot read as problems, and bounds page text', () => {
    const page = parseHtml(fixture('co.jp/devices-after-attack.html'));
    page.querySelector('[data-device-id="MODELLED-IOS-0001"] .device-name')!.textContent = '';
    page.querySelector('[data-device-id="MODELLED-PW-0421"] .device-details .a-row:last-of-type span:last-child')!.textContent = 'いつか';
    page.querySelector('[data-device-id="MODELLED-AND-0A23"] .device-details .a-row span:last-child')!.textContent = 'x'.repeat(5000);
    const read = recognized(readDevices(page, URLS.devices));
    expect(read.devices.map((d) => [d.name.length, d.registeredOn])).toEqual([
      [11, null],
      [200, '2026-11-27'],
    ]);
    expect(read.problems).toEqual(['device 1: registration date not read', 'device 2: no name', 'device 3: name cut to 200 characters']);
  });
});

describe('readLoginSecurity tolerance', () => {
  const englishOnCoJp: [string, string][] = [
    ['2段階認証', '2-step verification'],
    ['名前', 'Name'],
    ['Eメール', 'Email'],
    ['携帯電話番号', 'Primary mobile number'],
    ['パスワード', 'Password'],
    ['パスキー', 'Passkey'],
    ['>設定<', '>Set up<'],
    ['オンにする', 'Turn on'],
    ['>有効<', '>Enabled<'],
    ['優先する方法：SMS ****0088', 'Preferred method: Text message to ***-***-0088'],
    ['>編集<', '>Edit<'],
  ];

  it('reads amazon.co.jp in English, off and on', () => {
    const before = readLoginSecurity(variant('co.jp/login-security.html', englishOnCoJp), URLS.login);
    const after = readLoginSecurity(variant('co.jp/login-security-after-attack.html', englishOnCoJp), URLS.login);
    const owner = { name: '佐藤 健一', email: 'k****@example.jp', mobile: '+81 ***-****-4421', mobileLastDigits: '4421', passkeys: 0 };
    expect(before).toMatchObject({ recognized: true, layout: 'login-security', problems: [], snapshot: { ...owner, twoStep: { enabled: false, methods: [] } } });
    expect(after).toMatchObject({
      recognized: true,
      problems: [],
      snapshot: { ...owner, twoStep: { enabled: true, methods: [{ kind: 'sms', phoneLastDigits: '0088', addedOn: null }] } },
    });
  });

  it('reads the 2SV settings page in English, also at another address (its title says what it is)', () => {
    const page = variant('co.jp/two-step-settings-after-attack.html', [
      ['2段階認証（2SV）の設定', 'Two-Step Verification (2SV) Settings'],
      ['>有効<', '>Enabled<'],
      ['無効にする', 'Disable'],
      ['優先する方法', 'Preferred method'],
      ['バックアップ方法は登録されていません。', 'You have no backup method. '],
      ['バックアップ方法', 'Backup methods'],
      ['SMS ****0088', 'Text message to ***-***-0088'],
      ['追加日：2026年11月27日', 'Added on Nov 27, 2026'],
      ['新しい電話番号または認証アプリを追加', 'Add new phone or Authenticator App'],
    ]);
    for (const url of [URLS.approval, URLS.cnep]) {
      expect(readLoginSecurity(page, url)).toMatchObject({
        recognized: true,
        layout: 'two-step-settings',
        snapshot: { email: null, twoStep: { enabled: true, methods: [{ kind: 'sms', phoneLastDigits: '0088', addedOn: '2026-11-27' }] } },
        problems: [],
      });
    }
  });

  it('reads every method of the settings page, preferred first, and no explanation or add link as a method', () => {
    const page = parseHtml(fixture('co.jp/two-step-settings-after-attack.html'));
    const backup = Array.from(page.querySelectorAll('h2')).find((h) => h.textContent === 'バックアップ方法')!.parentElement!;
    backup.querySelector('ul')!.insertAdjacentHTML(
      'beforeend',
      `<li><span class="a-list-item"><span class="a-text-bold">認証アプリ</span><br><span>追加日：2026年11月28日</span></span></li>
       <li><span class="a-list-item"><span class="a-text-bold">音声通話 ***-****-4421</span></span></li>`,
    );
    expect(recognized(readLoginSecurity(page, URLS.approval)).snapshot.twoStep.methods).toEqual([
      { kind: 'sms', phoneLastDigits: '0088', addedOn: '2026-11-27' },
      { kind: 'authenticator', phoneLastDigits: null, addedOn: '2026-11-28' },
      { kind: 'voice', phoneLastDigits: '4421', addedOn: null },
    ]);
  });

  it('reads a missing row as null and names it in problems', () => {
    const page = parseHtml(fixture('com/login-security.html'));
    page.getElementById('PASSKEY_BUTTON')!.closest('.a-box')!.remove();
    page.getElementById('MOBILE_NUMBER_BUTTON')!.closest('.a-box')!.remove();
    expect(readLoginSecurity(page, 'https://www.amazon.com/ax/account/manage')).toMatchObject({
      recognized: true,
      snapshot: { email: 'jordan.ellis@example.com', mobile: null, mobileLastDigits: null, passkeys: null, twoStep: { enabled: true } },
      problems: ['mobile: not shown', 'passkey: not shown'],
    });
  });

  it('does not read a number in the passkey description as a passkey count', () => {
    const page = variant('co.jp/login-security.html', [['顔認証、指紋認証、PINなど、デバイスのロック解除と同じ方法でサインインできます。', 'Sign in the way you unlock your device: face, fingerprint, or a 6-digit PIN, with no password to remember.']]);
    expect(recognized(readLoginSecurity(page, URLS.login)).snapshot.passkeys).toBe(0);
  });

  it('says so when the 2SV row shows no state it knows', () => {
    const page = parseHtml(fixture('com/login-security.html'));
    const row = page.getElementById('TWO_STEP_VERIFICATION_BUTTON')!.closest('.a-box')!;
    row.querySelector('.a-column .a-row + .a-row span')!.textContent = 'Something new';
    expect(readLoginSecurity(page, 'https://www.amazon.com/ax/account/manage')).toMatchObject({
      recognized: true,
      snapshot: { twoStep: { enabled: null } },
      problems: ['twoStep: state not read'],
    });
  });

  it('reads German labels, and a legacy /ap/cnep page with "Label:<br>value" rows', () => {
    const de = variant('com/login-security.html', [
      ['Primary mobile number', 'Handynummer'],
      ['>Email<', '>E-Mail<'],
      ['2-step verification', 'Zwei-Schritt-Verifizierung'],
      ['>Enabled<', '>Aktiviert<'],
      ['Preferred method: Authenticator App', 'Bevorzugte Methode: Authentifizierungs-App'],
    ]);
    expect(readLoginSecurity(de, 'https://www.amazon.de/ax/account/manage')).toMatchObject({
      recognized: true,
      marketplace: 'de',
      snapshot: { email: 'jordan.ellis@example.com', mobileLastDigits: '0142', twoStep: { enabled: true, methods: [{ kind: 'authenticator' }] }, passkeys: 1 },
    });
    const cnep = parseHtml(`<div id="a-page"><h1>Login &amp; security</h1><div class="a-box-group">
      <div class="a-box"><div class="a-box-inner"><div class="a-column a-span10"><span class="a-text-bold">Name:</span><br>Jordan Ellis</div>
        <span class="a-button" id="auth-cnep-edit-name-button"><span class="a-button-inner"><a class="a-button-text">Edit</a></span></span></div></div>
      <div class="a-box"><div class="a-box-inner"><div class="a-column a-span10"><span class="a-text-bold">Email:</span><br>jordan.ellis@example.com</div></div></div>
      <div class="a-box"><div class="a-box-inner"><div class="a-column a-span10"><span class="a-text-bold">Mobile Phone Number:</span><br>+1 6145550142</div></div></div>
      <div class="a-box"><div class="a-box-inner"><div class="a-column a-span10"><span class="a-text-bold">Two-Step Verification (2SV) Settings:</span><br>Manage your Two-Step Verification (2SV) settings</div>
        <span class="a-button"><span class="a-button-inner"><a class="a-button-text">Turn on</a></span></span></div></div></div></div>`);
    expect(readLoginSecurity(cnep, 'https://www.amazon.com/ap/cnep')).toMatchObject({
      recognized: true,
      layout: 'login-security',
      snapshot: { name: 'Jordan Ellis', email: 'jordan.ellis@example.com', mobile: '+1 6145550142', mobileLastDigits: '0142', twoStep: { enabled: false } },
      problems: ['passkey: not shown'],
    });
  });
});
