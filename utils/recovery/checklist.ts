import type { Localized } from '../localized';
import { marketplaceById, type MarketplaceId } from '../marketplaces';

/**
 * The way back after a takeover, as data: what to do, in which order, with one-click links to the marketplace's own
 * pages and to public help. Built from docs/threats-and-recovery.md and the story in docs/story.md.
 *
 * Step ids are stable (the owner's progress is stored by step id); a step that does not apply is left out, never
 * renumbered. No company phone numbers (they change): only the public short numbers #9110 and 188, and the card
 * issuer's numbers the owner stored themselves.
 */

export interface RecoveryLink {
  label: Localized;
  url: string;
}

export interface RecoveryStep {
  id: string;
  title: Localized;
  detail: Localized;
  links: RecoveryLink[];
}

export interface RecoverySection {
  id: string;
  title: Localized;
  steps: RecoveryStep[];
}

/** The card issuer's numbers, as the owner stored them in the options. */
export interface CardIssuer {
  name: string;
  regularLine: string | null;
  theftLine: string | null;
}

export interface RecoveryContext {
  /** The orders the owner said were not theirs. */
  orderIds: string[];
  /** The owner can no longer sign in (password, e-mail or 2SV changed by the attacker). */
  lockedOut: boolean;
  issuer: CardIssuer | null;
}

/** Hosts of the public help the checklist links to, besides the marketplace's own host. */
export const PUBLIC_HELP_HOSTS: readonly string[] = [
  'www.npa.go.jp',
  'www.ipa.go.jp',
  'www.identitytheft.gov',
  'www.actionfraud.police.uk',
];

const NPA_CYBERCRIME_DESKS = 'https://www.npa.go.jp/bureau/cyber/soudan.html';
const IPA_ANSHIN = 'https://www.ipa.go.jp/security/anshin/';
const IDENTITY_THEFT_GOV = 'https://www.identitytheft.gov/';
const ACTION_FRAUD = 'https://www.actionfraud.police.uk/';

/** Paths on every marketplace (the same on all of them). */
const PATHS = {
  contactUs: '/gp/help/customer/contact-us',
  orders: '/your-orders/orders',
  archivedOrders: '/your-orders/orders?timeFilter=archived',
  loginSecurity: '/ax/account/manage',
  twoStep: '/a/settings/approval',
  addresses: '/a/addresses',
  wallet: '/cpe/yourpayments/wallet',
  transactions: '/cpe/yourpayments/transactions',
  memberships: '/yourmembershipsandsubscriptions',
  devices: '/hz/mycd/digital-console/alldevices',
  giftCardBalance: '/gc/balance',
  reportAScam: '/reportascam',
} as const;

/** A label of Amazon's UI quoted in Japanese text: amazon.co.jp shows it in Japanese, the others in English. */
function quoteJa(japanese: boolean, ja: string, en: string): string {
  return japanese ? `「${ja}」` : `「${en}」（${ja}）`;
}

export function recoveryChecklist(marketplace: MarketplaceId, context: RecoveryContext): RecoverySection[] {
  const market = marketplaceById(marketplace);
  if (!market) throw new Error(`unknown marketplace ${marketplace}`);
  const host = market.host;
  const site = host.replace(/^www\./, '');
  const url = (path: string) => `https://${host}${path}`;
  const jp = marketplace === 'co.jp';
  const q = (ja: string, en: string) => quoteJa(jp, ja, en);
  const orderIds = context.orderIds.map((id) => id.trim()).filter((id) => id !== '');

  const link = (path: string, ja: string, en: string): RecoveryLink => ({ label: { ja, en }, url: url(path) });
  const contactUs = link(PATHS.contactUs, `お問い合わせ（${site}）`, `Contact Us (${site})`);
  const loginSecurity = link(PATHS.loginSecurity, 'ログインとセキュリティ', 'Login & security');

  // ---- Amazon -------------------------------------------------------------------------------------------------
  const lockedOutFallback: Localized = jp
    ? {
        ja: 'ログインできなくなっている場合は、サインインを求められた画面で「ログインできない」を選ぶか、別のメールアドレスで新しいアカウントを作ってお問い合わせページを開いてください。',
        en: 'If you can no longer sign in, choose 「ログインできない」 ("I can\'t sign in") when asked to sign in, or create a second account with another e-mail address just to open Contact Us.',
      }
    : {
        ja: 'ログインできなくなっている場合は、別のメールアドレスで新しいアカウントを作り、そのアカウントでお問い合わせページを開いてください。',
        en: 'If you can no longer sign in, create a second account with another e-mail address just to open Contact Us.',
      };

  const contactSteps: RecoveryStep[] = [
    {
      id: 'amazon-call-back',
      title: { ja: 'Amazon から折り返し電話をもらう', en: 'Ask Amazon to call you' },
      detail: {
        ja:
          `Amazon の${q('お問い合わせ', 'Contact Us')}ページを開き、お問い合わせ方法で電話を選んでください。` +
          'ご自身の電話番号を入力すると、Amazon から折り返し電話がかかってきます。' +
          'メールよりも早く対応してもらえ、アカウントの停止が早いほど取り消せる注文も多くなります。' +
          (context.lockedOut ? '' : lockedOutFallback.ja),
        en:
          "Open Amazon's Contact Us page and choose the phone option: you enter your number and Amazon calls you back. " +
          'A call is faster than e-mail, and the sooner Amazon locks the account, the more can still be cancelled.' +
          (context.lockedOut ? '' : ` ${lockedOutFallback.en}`),
      },
      links: [contactUs],
    },
  ];

  if (context.lockedOut) {
    contactSteps.push({
      id: 'amazon-locked-out',
      title: { ja: 'ログインできなくても Amazon に連絡する', en: 'Reach Amazon without signing in' },
      detail: {
        ja:
          '乗っ取り犯がパスワードやメールアドレスを変えたり、2段階認証をオンにしたりすると、ご自身ではログインできなくなります。' +
          (jp
            ? 'その場合は、お問い合わせページでサインインを求められたときに「ログインできない」を選ぶと、サインインせずに問い合わせを進められます。' +
              'うまくいかないときは、別のメールアドレスで新しい Amazon アカウントを作成し、そのアカウントでお問い合わせページを開いて電話を依頼してください。'
            : 'その場合は、別のメールアドレスで新しい Amazon アカウントを作成し、そのアカウントでお問い合わせページを開いて電話を依頼してください。') +
          'オペレーターには、乗っ取られたアカウントの氏名・メールアドレス・住所・電話番号を伝えてください。それをもとにアカウントを特定してもらえます。',
        en:
          'If the intruder changed your password or e-mail address, or turned on two-step verification, you cannot sign in any more. ' +
          (jp
            ? 'When the Contact Us page asks you to sign in, choose 「ログインできない」 ("I can\'t sign in"): it lets you go on without signing in. ' +
              'If that does not work, create a second Amazon account with another e-mail address just to open Contact Us, and request the call from there. '
            : 'Create a second Amazon account with another e-mail address just to open Contact Us, and request the call from there. ') +
          'Give the operator the name, e-mail address, postal address and phone number of the hijacked account: that is how they find it.',
      },
      links: [contactUs],
    });
  }

  contactSteps.push(
    {
      id: 'amazon-what-to-say',
      title: { ja: 'Amazon に伝えること', en: 'What to tell Amazon' },
      detail:
        orderIds.length > 0
          ? {
              ja:
                `アカウントが第三者に乗っ取られたこと、次の注文はご自身によるものではないことを伝えてください。注文番号：${orderIds.join('、')}。` +
                'あわせて、アカウントの保護、注文のキャンセルと返金、メールアドレス・電話番号・2段階認証・住所など変更された設定を元に戻すことを依頼します。' +
                '「被害状況のまとめ」を手元に用意しておくと説明がスムーズです。',
              en:
                `Say that your account has been compromised and that you did not place these orders: ${orderIds.join(', ')}. ` +
                'Ask Amazon to lock the account, cancel and refund the orders, and undo the changes to your e-mail address, phone, two-step verification and addresses. ' +
                'Keep the incident summary at hand.',
            }
          : {
              ja:
                'アカウントが第三者に乗っ取られたことを伝え、身に覚えのない注文の注文番号をすべて伝えてください（注文履歴や Amazon からのメールに記載されています）。' +
                'あわせて、アカウントの保護、注文のキャンセルと返金、メールアドレス・電話番号・2段階認証・住所など変更された設定を元に戻すことを依頼します。',
              en:
                "Say that your account has been compromised and give the number of every order you did not place (they are in your order history and in Amazon's e-mails). " +
                'Ask Amazon to lock the account, cancel and refund the orders, and undo the changes to your e-mail address, phone, two-step verification and addresses.',
            },
      links: [],
    },
    {
      id: 'amazon-cancel-digital',
      title: { ja: 'デジタル注文は最優先で取り消してもらう', en: 'Have digital orders cancelled first' },
      detail: {
        ja:
          '電子書籍・ゲーム・ギフトカード・ダウンロードコードなどのデジタル商品はすぐに届くため、返金してもらえるのは早い段階に限られます。' +
          'まずこれらの取り消しを依頼してください。発送済みの商品は止められないこともありますが、あわせて伝えておきましょう。',
        en:
          'E-books, games, gift cards and download codes are delivered at once, and Amazon can refund them only while it is early: ask about them first. ' +
          'Items that have already shipped may not be stoppable, but report them too.',
      },
      links: [link(PATHS.orders, '注文履歴', 'Your Orders')],
    },
  );

  // ---- The account ---------------------------------------------------------------------------------------------
  const secureSteps: RecoveryStep[] = [
    {
      id: 'secure-reset-password',
      title: { ja: 'Amazon の対応後にパスワードを再設定する', en: 'Reset your password after Amazon locks the account' },
      detail: {
        ja:
          '連絡を受けた Amazon は、パスワードを無効にし、第三者による変更を元に戻したうえで、メールで手順を知らせてくれます。' +
          `そのメールに書かれた時間（数時間。2〜5時間と案内された例があります）が過ぎたら、サインイン画面の${q('パスワードを忘れた場合', 'Forgot your password?')}から新しいパスワードを設定してください。` +
          'ほかのサイトで使っていない、パスワード管理ツールで作ったパスワードがおすすめです。',
        en:
          "After your report, Amazon disables the password, reverts the intruder's changes and e-mails you the next steps. " +
          'Wait as long as that e-mail says (a few hours; victims have been told 2 to 5 hours), then choose "Forgot your password?" on the sign-in page ' +
          'and set a new password that you use nowhere else, ideally one made by a password manager.',
      },
      links: [loginSecurity],
    },
    {
      id: 'secure-two-step',
      title: { ja: '2段階認証をご自身で設定する', en: 'Turn on two-step verification yourself' },
      detail: {
        ja:
          '乗っ取り犯は、あなたを締め出すために自分の電話で2段階認証を設定していることがあります（Amazon に連絡すれば解除してもらえます）。' +
          'そのうえで、ご自身の携帯電話または認証アプリで2段階認証を設定し、心当たりのない電話番号やアプリが登録されていないか確認してください。',
        en:
          'The intruder may have turned on two-step verification with their own phone to lock you out (Amazon removes it once you report the takeover). ' +
          'Then turn it on yourself, with your own phone or an authenticator app, and check that no phone number or app you do not know is listed.',
      },
      links: [link(PATHS.twoStep, '2段階認証の設定', 'Two-Step Verification settings')],
    },
    {
      id: 'secure-sign-out-everywhere',
      title: { ja: 'すべての端末からサインアウトする', en: 'Sign out everywhere' },
      detail: {
        ja:
          `${q('ログインとセキュリティ', 'Login & security')}にある、アカウントが侵害された場合の項目から、すべてのブラウザ・アプリ・端末でサインアウトしてください。` +
          '乗っ取り犯の端末に残っているログイン状態も終わらせることができます。その後、ご自身の端末でサインインし直します。',
        en:
          'In Login & security, use the compromised-account option to sign out of every browser, app and device, so that any session the intruder still holds ends. ' +
          'Then sign in again on your own devices.',
      },
      links: [loginSecurity],
    },
  ];

  // ---- What the intruder may have changed ---------------------------------------------------------------------
  const checkSteps: RecoveryStep[] = [
    {
      id: 'check-addresses',
      title: { ja: '住所（アドレス帳）を確認する', en: 'Check your addresses' },
      detail: {
        ja:
          '転送業者の倉庫、宅配ロッカー、ホテルなど、心当たりのない住所は削除してください。' +
          '最近追加された住所は Amazon から再入力を求められることがあるので、使う前に一つずつ確認しましょう。',
        en:
          'Delete any address you do not know, such as a forwarding warehouse, a locker or a hotel. ' +
          'Amazon asks you to re-enter recently added addresses: check each one before you use it again.',
      },
      links: [link(PATHS.addresses, 'アドレス帳', 'Your Addresses')],
    },
    {
      id: 'check-payment-methods',
      title: { ja: 'お支払い方法を確認する', en: 'Check your payment methods' },
      detail: {
        ja:
          '乗っ取りの後、Amazon が登録済みのカードを削除することがあります。その場合は次回の注文時に入力し直してください。' +
          '心当たりのないカードやお支払い方法があれば削除します。',
        en:
          'Amazon may erase the stored cards after a takeover; you then re-enter them at your next order. ' +
          'Remove any card or payment method you do not recognise.',
      },
      links: [link(PATHS.wallet, 'お支払い方法', 'Your Payments: Wallet')],
    },
    {
      id: 'check-subscriptions',
      title: { ja: 'メンバーシップと定期購読を確認する', en: 'Check memberships and subscriptions' },
      detail: {
        ja: 'ご自身で申し込んでいないメンバーシップ、チャンネル、定期購読があれば解約してください。',
        en: 'Cancel any membership, channel or subscription you did not start yourself.',
      },
      links: [link(PATHS.memberships, 'メンバーシップおよび購読', 'Memberships & Subscriptions')],
    },
    {
      id: 'check-devices',
      title: { ja: 'コンテンツと端末を確認する', en: 'Check Content & Devices' },
      detail: {
        ja:
          '心当たりのない Kindle、Fire タブレット、スマートフォンのアプリなどは登録を解除してください。' +
          '乗っ取り犯が自分の端末を登録し、電子書籍やアプリをそこへ配信させることがあります。',
        en:
          'Deregister any Kindle, Fire tablet, phone app or other device you do not know: an intruder can register their own device ' +
          'and have e-books and apps delivered to it.',
      },
      links: [link(PATHS.devices, 'コンテンツと端末の管理', 'Content & Devices')],
    },
    {
      id: 'check-archived-orders',
      title: { ja: '非表示にした注文を確認する', en: 'Check archived orders' },
      detail: {
        ja:
          '乗っ取り犯は、注文履歴から隠すために注文を非表示にすることがあります。' +
          'ここにも身に覚えのない注文がないか確認し、あれば注文番号を Amazon に伝えてください。',
        en:
          'Intruders archive their orders to hide them from your order history. ' +
          'Look for orders you did not place there too, and give their numbers to Amazon.',
      },
      links: [link(PATHS.archivedOrders, '非表示にした注文', 'Archived orders')],
    },
    {
      id: 'check-balance',
      title: jp
        ? { ja: 'ギフトカード残高とポイントを確認する', en: 'Check your gift card balance and points' }
        : { ja: 'ギフトカード残高を確認する', en: 'Check your gift card balance' },
      detail: jp
        ? {
            ja:
              'ギフトカード残高や Amazon ポイントが使われていないか確認してください。' +
              '不正に使われた分は、Amazon の対応後、数日でギフトカード残高として戻されることがあります。',
            en:
              'Check that your gift card balance and Amazon points were not spent. ' +
              'What the fraud used is usually credited back as gift card balance a few days after Amazon steps in.',
          }
        : {
            ja: 'ギフトカード残高が使われていないか確認してください。不正に使われた分は、Amazon の対応後、数日で戻されることがあります。',
            en: 'Check that your gift card balance was not spent. What the fraud used is usually credited back a few days after Amazon steps in.',
          },
      links: [link(PATHS.giftCardBalance, 'ギフトカード残高', 'Gift card balance')],
    },
    {
      id: 'check-transactions',
      title: { ja: 'お支払いの取引履歴を確認する', en: 'Check Your Payments: Transactions' },
      detail: {
        ja:
          'カードへの請求が注文番号とともに一覧できます。カードの利用明細と照らし合わせ、' +
          '心当たりのない請求があれば、カード会社に伝えられるよう日付と金額を控えておきましょう。',
        en:
          'Every charge to your cards is listed here with its order number. Compare it with your card statement ' +
          'and note the date and amount of any charge you do not recognise, for the card company.',
      },
      links: [link(PATHS.transactions, '取引履歴', 'Transactions')],
    },
  ];

  // ---- The card company ------------------------------------------------------------------------------------------
  const issuerName = context.issuer?.name.trim() ?? '';
  const regular = context.issuer?.regularLine?.trim() || null;
  const theft = context.issuer?.theftLine?.trim() || null;
  const named = (number: string, separator: string) => (issuerName ? `${issuerName}${separator}${number}` : number);
  const callWhom: Localized = regular
    ? {
        ja: `${issuerName || 'カード会社'}の通常のお問い合わせ窓口（${named(regular, '：')}）`,
        en: `${issuerName ? `${issuerName}'s` : "your card company's"} regular customer line (${named(regular, ': ')})`,
      }
    : issuerName
      ? { ja: `${issuerName}のカード裏面に記載の電話番号`, en: `the number on the back of your ${issuerName} card` }
      : { ja: 'カード裏面に記載の電話番号（通常のお問い合わせ窓口）', en: 'the number on the back of your card (the regular customer line)' };
  const afterHours: Localized = theft
    ? {
        ja: `受付時間外で通常の窓口につながらないときは、紛失・盗難窓口（${named(theft, '：')}）に電話し、「カード情報の不正利用」として相談してください。`,
        en: ` If the regular line is closed, call the loss and theft line (${named(theft, ': ')}) and say it is unauthorised use of your card details.`,
      }
    : { ja: '', en: '' };

  const cardSteps: RecoveryStep[] = [
    {
      id: 'card-call-regular-line',
      title: { ja: 'カード会社の通常の窓口に電話する', en: "Call your card company's regular line" },
      detail: {
        ja:
          `${callWhom.ja}に電話してください。カード自体は盗まれていないため、紛失・盗難窓口では「アカウントの乗っ取りはカードの盗難にあたらない」と案内されることがあります（実際にそう言われた例があります）。` +
          '利用状況の確認、カードの停止、再発行は通常の窓口で対応してもらえます。不正利用専用の24時間窓口があるカード会社なら、そちらでも構いません。' +
          afterHours.ja,
        en:
          `Call ${callWhom.en}. The card itself was not stolen, so the loss and theft line may tell you that an account takeover is not a theft case, as one victim was told; ` +
          'the regular line can check, freeze and reissue the card. If your card company has a 24-hour desk for unauthorised use, that is the right place too.' +
          afterHours.en,
      },
      links: [],
    },
    {
      id: 'card-what-to-say',
      title: { ja: 'カード会社に伝えること', en: 'What to tell the card company' },
      detail: {
        ja:
          '「ショッピングサイトのアカウントが乗っ取られ、カード情報が無断で使われました」と伝えてください。' +
          '心当たりのない請求の日付と金額もあわせて伝えます（「被害状況のまとめ」に記載されています）。',
        en:
          'Say: "My card details were used without my permission through a hacked shopping account." ' +
          'Give the dates and amounts of the charges you do not recognise (the incident summary lists them).',
      },
      links: [],
    },
    {
      id: 'card-what-to-ask',
      title: { ja: 'カード会社に依頼すること', en: 'What to ask the card company for' },
      detail: {
        ja:
          '最近の利用状況を確認してほかに不正な利用がないか調べてもらうこと、カードを止めること、不正な請求の取り消し（返金の手続き）、新しい番号でのカードの再発行を依頼してください。' +
          '再発行には2週間ほどかかり、手数料がかかる場合もあります。新しいカードが届いたら、登録しているサービスのカード情報を更新しましょう。',
        en:
          'Ask them to check your recent usage for other unauthorised charges, freeze the card, dispute the unauthorised charges, and reissue the card with a new number. ' +
          'A new card can take about two weeks and may cost a small fee; once it arrives, update it wherever your card is stored.',
      },
      links: [],
    },
  ];

  // ---- The way in ------------------------------------------------------------------------------------------------
  const passwordSteps: RecoveryStep[] = [
    {
      id: 'passwords-change-reused',
      title: { ja: '使い回したパスワードをすべて変更する', en: 'Change every reused password' },
      detail: {
        ja:
          '乗っ取りの多くは、ほかのサイトから漏れたパスワードが使われることから始まります。' +
          '同じパスワードや、一部の文字を変えただけの似たパスワードを使っているサイトは、メールアカウントを最優先に、すべて変更してください。' +
          'サイトごとに別のパスワードを使い、パスワード管理ツールで管理すると安心です。',
        en:
          'Takeovers usually start with a password leaked from another site. Change the password on every site where you used the same ' +
          'or a similar one (even one with only a few letters different), starting with your e-mail account. ' +
          'Use a different password on each site; a password manager makes that easy.',
      },
      links: [],
    },
    {
      id: 'passwords-email-you-read',
      title: { ja: '毎日確認するメールアドレスを登録する', en: 'Use an e-mail address you read every day' },
      detail: {
        ja:
          'Amazon からの注文確認メールは、異変にいち早く気づける手がかりです。' +
          `あまり見ないメールアドレスを登録している場合は、${q('ログインとセキュリティ', 'Login & security')}で毎日確認するアドレスに変更しましょう。数日後ではなく、数時間のうちに気づけるようになります。`,
        en:
          "Amazon's order e-mails are the earliest warning. If your account uses an address you rarely check, change it in Login & security " +
          'to one you read every day, so that you notice an unknown order within hours, not days.',
      },
      links: [loginSecurity],
    },
  ];

  // ---- Public help -------------------------------------------------------------------------------------------------
  const reportAScam = (scamHost: string): RecoveryStep => ({
    id: 'report-amazon-scam',
    title: { ja: 'Amazon に詐欺を報告する', en: 'Report the scam to Amazon' },
    detail: {
      ja: 'Amazon を装ったメール・SMS・電話や、身に覚えのない注文は、Amazon の詐欺報告ページから報告できます。',
      en: "Report e-mails, texts or calls that pretended to be Amazon, and orders you did not place, on Amazon's scam-reporting page.",
    },
    links: [{ label: { ja: `詐欺の報告（${scamHost.replace(/^www\./, '')}）`, en: `Report a scam (${scamHost.replace(/^www\./, '')})` }, url: `https://${scamHost}${PATHS.reportAScam}` }],
  });

  const reportSteps: RecoveryStep[] = [];
  if (marketplace === 'co.jp') {
    reportSteps.push(
      {
        id: 'report-jp-police',
        title: { ja: '警察に相談する（#9110・サイバー犯罪相談窓口）', en: 'Talk to the police (#9110, cybercrime desks)' },
        detail: {
          ja:
            '警察相談専用電話「#9110」で相談できます。被害の届け出や詳しい相談は、お住まいの都道府県警察のサイバー犯罪相談窓口へどうぞ。' +
            '窓口の一覧は警察庁のサイトに掲載されています。「被害状況のまとめ」とカードの利用明細を用意しておくとスムーズです。',
          en:
            'Call #9110, the police consultation line. To report the crime or get detailed advice, contact your prefecture\'s cybercrime desk; ' +
            'the National Police Agency lists them all. Have the incident summary and your card statement at hand.',
        },
        links: [
          {
            label: { ja: '都道府県警察のサイバー犯罪相談窓口（警察庁）', en: 'Cybercrime desks by prefecture (National Police Agency)' },
            url: NPA_CYBERCRIME_DESKS,
          },
        ],
      },
      {
        id: 'report-jp-consumer-hotline',
        title: { ja: '消費者ホットライン「188」に相談する', en: 'Call the consumer hotline 188' },
        detail: {
          ja: '返金やカード会社とのやり取りで困ったときは、消費者ホットライン「188」に電話すると、お近くの消費生活センターなどの相談窓口につながります。',
          en: 'If refunds or the card company become difficult, call the consumer hotline 188: it connects you to your local consumer affairs centre.',
        },
        links: [],
      },
      {
        id: 'report-jp-ipa',
        title: { ja: 'IPA「情報セキュリティ安心相談窓口」に相談する', en: "Ask IPA's security consultation desk" },
        detail: {
          ja: 'パスワードの管理や、パソコン・スマートフォンのウイルス感染が心配なときは、IPA（情報処理推進機構）の「情報セキュリティ安心相談窓口」に相談できます。',
          en: "If you are unsure how your password leaked or whether your computer or phone is infected, IPA's Information Security Consultation Desk (情報セキュリティ安心相談窓口) can advise you.",
        },
        links: [{ label: { ja: '情報セキュリティ安心相談窓口（IPA）', en: 'Information Security Consultation Desk (IPA)' }, url: IPA_ANSHIN }],
      },
    );
  } else if (marketplace === 'com') {
    reportSteps.push(
      {
        id: 'report-us-identitytheft',
        title: { ja: 'IdentityTheft.gov に報告する', en: 'Report it at IdentityTheft.gov' },
        detail: {
          ja: '米国連邦取引委員会（FTC）の IdentityTheft.gov で被害を報告すると、状況に合わせた復旧計画と、カード会社などに送る書面を作成できます。',
          en: "The FTC's IdentityTheft.gov takes your report and gives you a personal recovery plan, with letters for your card company and others.",
        },
        links: [{ label: { ja: 'IdentityTheft.gov（FTC）', en: 'IdentityTheft.gov (FTC)' }, url: IDENTITY_THEFT_GOV }],
      },
      reportAScam(host),
    );
  } else if (marketplace === 'co.uk') {
    reportSteps.push(
      {
        id: 'report-uk-action-fraud',
        title: { ja: 'Action Fraud に報告する', en: 'Report it to Action Fraud' },
        detail: {
          ja: 'Action Fraud は英国の詐欺・サイバー犯罪の通報窓口です。報告すると受理番号（crime reference number）が発行され、銀行やカード会社から求められることがあります。',
          en: "Action Fraud is the UK's national reporting centre for fraud and cybercrime. Your report gets a crime reference number, which your bank or card company may ask for.",
        },
        links: [{ label: { ja: 'Action Fraud', en: 'Action Fraud' }, url: ACTION_FRAUD }],
      },
      reportAScam(host),
    );
  } else {
    reportSteps.push({
      id: 'report-police',
      title: { ja: '警察に届け出る', en: 'Report it to the police' },
      detail: {
        ja: '身に覚えのない注文について、お住まいの地域の警察に届け出てください。受理番号はカード会社とのやり取りで必要になることがあるので控えておきましょう。',
        en: 'Report the orders you did not place to your local police, and keep the report number: your card company may ask for it.',
      },
      links: [],
    });
  }
  reportSteps.push({
    id: 'report-fake-support',
    title: { ja: '「Amazon サポート」を名乗る偽の連絡に注意する', en: 'Beware of fake "Amazon support"' },
    detail: {
      ja:
        '被害に遭った直後の人を狙う詐欺があります。信用してよいのは、ご自身がお問い合わせページから依頼した Amazon からの電話だけです。' +
        'パスワードや確認コードは誰にも伝えず、「解決のため」とギフトカードを買わせたり、遠隔操作アプリを入れさせたりする話には応じないでください。' +
        '少しでも不安なときは電話を切り、お問い合わせページからあらためて連絡しましょう。',
      en:
        'Scammers target people who have just been hacked. Trust a call from Amazon only if you requested it on Contact Us yourself. ' +
        'Never tell anyone a password or a verification code, never buy gift cards to "fix" anything, and never install remote-access software because a caller asks. ' +
        'If in doubt, hang up and start again from Contact Us.',
    },
    links: [contactUs],
  });

  return [
    { id: 'contact-amazon', title: { ja: 'すぐに Amazon に連絡する', en: 'Contact Amazon now' }, steps: contactSteps },
    { id: 'secure-account', title: { ja: 'アカウントを安全な状態に戻す', en: 'Secure your account' }, steps: secureSteps },
    { id: 'check-account', title: { ja: '変更されたものがないか確認する', en: 'Check what the intruder may have changed' }, steps: checkSteps },
    { id: 'card-company', title: { ja: 'カード会社に連絡する', en: 'Call your card company' }, steps: cardSteps },
    { id: 'passwords', title: { ja: '侵入経路をふさぐ', en: 'Close the way in' }, steps: passwordSteps },
    { id: 'report', title: { ja: '相談・通報する', en: 'Report it and get help' }, steps: reportSteps },
  ];
}

/** The ids of the steps in a checklist, in order (e.g. to count progress or drop stored ids that no longer apply). */
export function recoveryStepIds(sections: RecoverySection[]): string[] {
  return sections.flatMap((section) => section.steps.map((step) => step.id));
}
