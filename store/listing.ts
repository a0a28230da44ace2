import type { Localized } from '../utils/localized';

/**
 * What the two stores ask for besides the package, as data: `npm run store-assets` writes it out beside the images,
 * and tests check it against the built manifest (every permission justified) and the stores' length limits.
 * Facts here must match PRIVACY.md and the manifest; the stores' forms are filled in English, the listings in both.
 */

/** Chrome Web Store: summary ≤ 132 characters; AMO: summary ≤ 250. */
export const LIMITS = { chromeSummary: 132, amoSummary: 250 } as const;

export const NAME = 'Order Sentinel';

export const SUMMARY: Localized = {
  en: 'Warns you in the browser when your Amazon orders show signs that someone else is using your account, and guides recovery.',
  ja: 'Amazon の注文に乗っ取りの兆候があればブラウザー内で知らせ、アカウントを取り戻す手順を案内します。',
};

export const SINGLE_PURPOSE: Localized = {
  en:
    'Order Sentinel has one purpose: to detect signs that someone else has taken over the user\'s own Amazon account ' +
    '(orders shipped to unknown addresses, sudden digital or gift-card purchases, new devices, security settings ' +
    'changed) by reading the user\'s own Amazon account pages, to warn the user in the browser, and to guide them ' +
    'through recovery.',
  ja:
    'Order Sentinel の目的は一つです。ご自身の Amazon アカウントのページを読み取り、他人による乗っ取りの兆候（知らない住所への発送、' +
    '急なデジタル商品やギフトカードの購入、新しい端末、セキュリティ設定の変更）を見つけてブラウザー内で知らせ、復旧までを案内します。',
};

const SITES = 'www.amazon.co.jp, www.amazon.com, www.amazon.co.uk, www.amazon.de, www.amazon.ca';

export const DESCRIPTION: Localized = {
  en: [
    'Someone who signs in to your Amazon account with a reused password can buy e-books, games and gift cards, ship them to a warehouse, pay with your points, and switch on two-step verification to lock you out. Most people notice days later, in a mailbox they rarely read. Order Sentinel notices on the next page you open.',
    '',
    'WHAT IT DOES',
    '• Reads the order history and order details you open on Amazon, and checks them every 6 hours (one request at a time, with your own sign-in).',
    '• Compares every order with your own addresses, devices and habits: an unknown address (another region, a warehouse, forwarder or locker), a burst of digital orders or gift cards, points drained, a new device, two-step verification or e-mail changed.',
    '• Warns you in the browser: a red badge with the number of orders that need you, a notification, and a mark on the order itself, with the reasons in plain words.',
    '• "Not me" opens a recovery checklist with one-click links to Amazon\'s contact page, the steps in order, and a summary to copy for Amazon, your card company or the police.',
    '• Says what it could not read ("sign in to …", "layout not recognised"): never "all clear" when it is not sure.',
    '',
    'WHAT IT READS',
    `Only pages of ${SITES}: order history and details, digital orders, payments, address book, Content & Devices, Login & security.`,
    '',
    'WHAT IT NEVER DOES',
    '• Nothing leaves your browser: no server, no account, no analytics, no advertising, no remote code.',
    '• It talks to no site but the Amazon sites you watch, and never places, cancels or changes anything on Amazon.',
    '• Delete everything at any time from Settings → Your data.',
    '',
    'In English and Japanese. Open source (MIT).',
  ].join('\n'),
  ja: [
    '使い回したパスワードで Amazon アカウントにログインされると、電子書籍やゲーム、ギフトカードを買われて倉庫に送られ、ポイントを使われ、2段階認証をオンにされて締め出されることがあります。多くの人が気づくのは数日後、普段読まないメールの中です。Order Sentinel は、次に開いたページで気づきます。',
    '',
    '【できること】',
    '・Amazon で開いた注文履歴や注文の詳細を読み取り、6時間ごとに確認します（ご自身のログインで、1件ずつ）。',
    '・すべての注文を、ご自身の住所・端末・いつもの買い方と比べます：知らない住所（別の地域、倉庫・転送業者・ロッカー）、デジタル商品やギフトカードの急な購入、ポイントの使い切り、新しい端末、2段階認証やメールアドレスの変更。',
    '・ブラウザー内で知らせます：対応が必要な注文の数を示す赤いバッジ、通知、注文そのものへの印。理由はわかりやすい言葉で示します。',
    '・「身に覚えがない」を押すと、Amazon のお問い合わせへのワンクリックのリンク、順番どおりの手順、Amazon・カード会社・警察に伝えるまとめを備えた復旧チェックリストが開きます。',
    '・読めなかったことは読めなかったと伝えます（「… にログインしてください」「ページの形式を認識できません」）。確かでないときに「問題なし」とは言いません。',
    '',
    '【読み取るもの】',
    `${SITES} のページだけです：注文履歴と詳細、デジタル注文、お支払い、アドレス帳、コンテンツと端末、ログインとセキュリティ。`,
    '',
    '【しないこと】',
    '・情報がブラウザーの外に出ることはありません。サーバー、アカウント、解析、広告、外部から読み込むコードはありません。',
    '・見守っている Amazon サイト以外とは通信せず、Amazon で注文・キャンセル・変更を行うこともありません。',
    '・設定 →「データ」からいつでもすべて削除できます。',
    '',
    '日本語と英語に対応。オープンソース（MIT）。',
  ].join('\n'),
};

/** Why each permission of the manifest is needed (the Chrome Web Store's "Privacy practices" tab asks for each). */
export const PERMISSION_JUSTIFICATIONS: Record<string, string> = {
  notifications: 'To tell the owner of a new alert about their own Amazon account (an order they may not have placed) when the popup is closed. Each alert is notified once; notifications can be switched off in the settings.',
  alarms: 'To run the periodic check of the owner\'s own Amazon order history (every 6 hours by default) even after Chrome has stopped the idle service worker.',
  offscreen: 'The periodic check fetches the owner\'s own Amazon order pages in the service worker, which has no DOMParser; an offscreen document (reason DOM_PARSER) parses them. It shows nothing and loads nothing else.',
  host: `Host access to ${SITES} only: the content script reads the order, address, device and security pages the owner opens there, and the periodic check fetches the same pages with the owner's own session. No other host is contacted.`,
};

/** The Chrome Web Store's "Privacy practices" answers. */
export const PRIVACY_PRACTICES = {
  remoteCode: 'No, I am not using remote code. Every script is in the package; the content security policy is the default.',
  /** The data types of the form this extension handles, and how. All of it stays in the browser's IndexedDB. */
  dataHandled: [
    { type: 'Personally identifiable information', handled: 'Names, postal addresses, and the e-mail address and mobile number shown on Amazon\'s Login & security page.' },
    { type: 'Financial and payment information', handled: 'Order totals, the card brand and last digits, points and gift-card balance used, as shown on the owner\'s Amazon pages.' },
    { type: 'Website content', handled: 'The content of the owner\'s own Amazon order, address, device and security pages: order numbers, dates, item titles.' },
  ],
  notHandled: ['Health information', 'Authentication information', 'Personal communications', 'Location', 'Web history', 'User activity'],
  storage: 'All of it is stored only in the extension\'s IndexedDB in the user\'s browser profile. None of it is transmitted to the developer or to any third party; there is no server.',
  certifications: [
    'I do not sell or transfer user data to third parties, outside of the approved use cases.',
    'I do not use or transfer user data for purposes that are unrelated to my item\'s single purpose.',
    'I do not use or transfer user data to determine creditworthiness or for lending purposes.',
  ],
  privacyPolicy: 'PRIVACY.md (English and Japanese) in the package\'s sources; publish it at a public URL and give that URL here.',
} as const;

/** Categories as each store names them. */
export const CATEGORY = { chrome: 'Privacy & Security', firefox: 'Privacy & Security' } as const;

/** The promo tile's one line. */
export const PROMO_TAGLINE: Localized = {
  en: 'Know at once when someone else orders on your Amazon account',
  ja: 'Amazon アカウントの乗っ取りに、すぐ気づく',
};

/** The captions of the store screenshots, in their order. */
export const SCREENSHOT_CAPTIONS: Record<keyof Localized, { title: string; text: string }[]> = {
  en: [
    { title: 'A warning on the order itself', text: 'The badge counts the orders that need you; the popup and the mark say why, in plain words.' },
    { title: 'Get your account back, step by step', text: 'One-click links to Amazon\'s contact page, the steps in order, and a summary to copy.' },
    { title: 'Your addresses, your sites, your data', text: 'Everything stays in your browser. Export it, or delete it all at once.' },
  ],
  ja: [
    { title: '注文そのものに警告を表示', text: 'バッジは確認が必要な注文の数。ポップアップと注文の印が、理由をわかりやすく伝えます。' },
    { title: 'アカウントを取り戻す手順を順番に', text: 'Amazon のお問い合わせへのワンクリックのリンク、順番どおりの手順、コピーできるまとめ。' },
    { title: 'ご自身の住所、見守るサイト、データ', text: 'すべてブラウザーの中に保存。書き出すことも、一度に削除することもできます。' },
  ],
};

/** What of a built manifest the stores ask to justify. */
export interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
}

/** The manifest's permissions (and host access) that have no justification here: each must be added above. */
export function unjustifiedPermissions(manifest: Manifest): string[] {
  const missing = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter((p) => !(p in PERMISSION_JUSTIFICATIONS));
  if ((manifest.host_permissions ?? []).length > 0 && !PERMISSION_JUSTIFICATIONS.host) missing.push('host permissions');
  return missing;
}
