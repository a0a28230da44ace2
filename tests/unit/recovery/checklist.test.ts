import { describe, expect, it } from 'vitest';
import { MARKETPLACE_IDS, marketplaceById, type MarketplaceId } from '../../../utils/marketplaces';
import { PUBLIC_HELP_HOSTS, recoveryChecklist, recoveryStepIds, type RecoveryContext, type RecoverySection } from '../../../utils/recovery/checklist';

const plain: RecoveryContext = { orderIds: [], lockedOut: false, issuer: null };
const lockedOut: RecoveryContext = { orderIds: ['503-1234567-1234567', 'D01-7654321-7654321'], lockedOut: true, issuer: null };

const steps = (sections: RecoverySection[]) => sections.flatMap((s) => s.steps);
const step = (sections: RecoverySection[], id: string) => steps(sections).find((s) => s.id === id);
const urls = (sections: RecoverySection[]) => steps(sections).flatMap((s) => s.links.map((l) => l.url));
const allText = (sections: RecoverySection[]) =>
  sections
    .flatMap((s) => [s.title.ja, s.title.en, ...s.steps.flatMap((st) => [st.title.ja, st.title.en, st.detail.ja, st.detail.en, ...st.links.map((l) => `${l.label.ja} ${l.label.en}`)])])
    .join('\n');

describe('recoveryChecklist on amazon.co.jp', () => {
  it('starts with the co.jp contact-us link', () => {
    const sections = recoveryChecklist('co.jp', plain);
    expect(sections[0].id).toBe('contact-amazon');
    expect(sections[0].steps[0].links[0].url).toBe('https://www.amazon.co.jp/gp/help/customer/contact-us');
  });

  it('shows the locked-out path (「ログインできない」, a second account) only when locked out', () => {
    const locked = recoveryChecklist('co.jp', lockedOut);
    const path = step(locked, 'amazon-locked-out');
    expect(path).toBeDefined();
    expect(path!.detail.ja).toContain('「ログインできない」');
    expect(path!.detail.ja).toContain('別のメールアドレスで新しい Amazon アカウント');
    expect(path!.detail.en).toContain('second Amazon account');
    expect(path!.links.map((l) => l.url)).toEqual(['https://www.amazon.co.jp/gp/help/customer/contact-us']);
    expect(step(recoveryChecklist('co.jp', plain), 'amazon-locked-out')).toBeUndefined();
  });

  it('lists the order numbers in what to tell Amazon', () => {
    const say = step(recoveryChecklist('co.jp', lockedOut), 'amazon-what-to-say')!;
    expect(say.detail.ja).toContain('注文番号：503-1234567-1234567、D01-7654321-7654321。');
    expect(say.detail.en).toContain('you did not place these orders: 503-1234567-1234567, D01-7654321-7654321.');
  });

  it('links the account pages on www.amazon.co.jp', () => {
    const all = urls(recoveryChecklist('co.jp', plain));
    for (const path of [
      '/a/addresses',
      '/cpe/yourpayments/wallet',
      '/cpe/yourpayments/transactions',
      '/hz/mycd/digital-console/alldevices',
      '/your-orders/orders?timeFilter=archived',
      '/ax/account/manage',
      '/a/settings/approval',
    ]) {
      expect(all).toContain(`https://www.amazon.co.jp${path}`);
    }
  });

  it('names the Japanese public help: #9110, the NPA desks, 188 and IPA', () => {
    const sections = recoveryChecklist('co.jp', plain);
    const report = sections.find((s) => s.id === 'report')!;
    expect(report.steps.map((s) => s.id)).toEqual(['report-jp-police', 'report-jp-consumer-hotline', 'report-jp-ipa', 'report-fake-support']);
    expect(step(sections, 'report-jp-police')!.detail.ja).toContain('#9110');
    expect(step(sections, 'report-jp-consumer-hotline')!.detail.ja).toContain('188');
    expect(urls(sections)).toEqual(expect.arrayContaining(['https://www.npa.go.jp/bureau/cyber/soudan.html', 'https://www.ipa.go.jp/security/anshin/']));
    expect(urls(sections)).not.toContain('https://www.identitytheft.gov/');
  });

  it('quotes the Japanese labels of amazon.co.jp, and the English ones elsewhere', () => {
    expect(step(recoveryChecklist('co.jp', plain), 'secure-reset-password')!.detail.ja).toContain('「パスワードを忘れた場合」');
    expect(step(recoveryChecklist('com', plain), 'secure-reset-password')!.detail.ja).toContain('「Forgot your password?」（パスワードを忘れた場合）');
  });
});

describe('recoveryChecklist on amazon.com', () => {
  const sections = recoveryChecklist('com', lockedOut);

  it('links contact-us on www.amazon.com, IdentityTheft.gov and amazon.com/reportascam', () => {
    expect(urls(sections)).toEqual(
      expect.arrayContaining([
        'https://www.amazon.com/gp/help/customer/contact-us',
        'https://www.identitytheft.gov/',
        'https://www.amazon.com/reportascam',
      ]),
    );
  });

  it('has no Japanese police or consumer desks', () => {
    const text = allText(sections);
    expect(text).not.toContain('#9110');
    expect(text).not.toContain('188');
    expect(text).not.toContain('「ログインできない」');
    expect(urls(sections).some((u) => u.includes('npa.go.jp') || u.includes('ipa.go.jp'))).toBe(false);
  });

  it('still offers the second-account path when locked out', () => {
    expect(step(sections, 'amazon-locked-out')!.detail.en).toContain('second Amazon account');
  });
});

describe('recoveryChecklist on amazon.co.uk', () => {
  it('links Action Fraud and amazon.co.uk/reportascam', () => {
    expect(urls(recoveryChecklist('co.uk', plain))).toEqual(
      expect.arrayContaining(['https://www.actionfraud.police.uk/', 'https://www.amazon.co.uk/reportascam']),
    );
  });
});

describe.each(MARKETPLACE_IDS)('recoveryChecklist(%s)', (marketplace: MarketplaceId) => {
  const host = marketplaceById(marketplace)!.host;
  const variants: RecoveryContext[] = [
    plain,
    lockedOut,
    { orderIds: ['1'], lockedOut: false, issuer: { name: 'JCB', regularLine: '0120-111-111', theftLine: '0120-222-222' } },
  ];

  it.each(variants)('has unique step and section ids (%#)', (context) => {
    const sections = recoveryChecklist(marketplace, context);
    const ids = recoveryStepIds(sections);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(sections.every((s) => s.steps.length > 0)).toBe(true);
  });

  it.each(variants)('links only over https to its own Amazon host or the public help (%#)', (context) => {
    for (const url of urls(recoveryChecklist(marketplace, context))) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect([host, ...PUBLIC_HELP_HOSTS]).toContain(parsed.hostname);
    }
  });

  it('links contact-us on its own host', () => {
    expect(urls(recoveryChecklist(marketplace, plain))).toContain(`https://${host}/gp/help/customer/contact-us`);
  });

  it('keeps the ids of the steps that do not depend on the context', () => {
    const a = recoveryStepIds(recoveryChecklist(marketplace, plain));
    const b = recoveryStepIds(recoveryChecklist(marketplace, lockedOut));
    expect(b.filter((id) => id !== 'amazon-locked-out')).toEqual(a);
  });

  it('has text in both languages everywhere, without stray whitespace', () => {
    for (const section of recoveryChecklist(marketplace, lockedOut)) {
      for (const text of [section.title, ...section.steps.flatMap((s) => [s.title, s.detail, ...s.links.map((l) => l.label)])]) {
        expect(text.ja.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.ja).toBe(text.ja.trim());
        expect(text.en).toBe(text.en.trim());
        expect(text.en).not.toMatch(/ {2}/);
      }
    }
  });

  it('contains no phone number other than #9110 and 188', () => {
    const text = allText(recoveryChecklist(marketplace, lockedOut));
    expect(text).not.toMatch(/\d{2,4}-\d{2,4}-\d{3,4}/);
  });
});

describe('the card company step', () => {
  const cardStep = (context: RecoveryContext) => step(recoveryChecklist('co.jp', context), 'card-call-regular-line')!;

  it('gives the stored numbers of the issuer, the regular line first', () => {
    const s = cardStep({ ...plain, issuer: { name: 'JCB', regularLine: '0120-111-111', theftLine: '0120-222-222' } });
    expect(s.detail.ja).toContain('JCBの通常のお問い合わせ窓口（JCB：0120-111-111）に電話してください。');
    expect(s.detail.ja).toContain('紛失・盗難窓口（JCB：0120-222-222）');
    expect(s.detail.en).toContain("Call JCB's regular customer line (JCB: 0120-111-111).");
    expect(s.detail.en).toContain('(JCB: 0120-222-222)');
    expect(s.detail.en.indexOf('0120-111-111')).toBeLessThan(s.detail.en.indexOf('0120-222-222'));
  });

  it('says "the number on the back of your card" when no number is stored', () => {
    expect(cardStep(plain).detail.en).toContain('Call the number on the back of your card (the regular customer line).');
    expect(cardStep(plain).detail.ja).toContain('カード裏面に記載の電話番号');
    const named = cardStep({ ...plain, issuer: { name: '三井住友カード', regularLine: null, theftLine: null } });
    expect(named.detail.ja).toContain('三井住友カードのカード裏面に記載の電話番号に電話してください。');
    expect(named.detail.en).toContain('the number on the back of your 三井住友カード card');
  });

  it('warns that the theft line may refuse, and says what to say and ask', () => {
    const sections = recoveryChecklist('com', plain);
    expect(step(sections, 'card-call-regular-line')!.detail.en).toContain('an account takeover is not a theft case');
    expect(step(sections, 'card-what-to-say')!.detail.en).toContain('"My card details were used without my permission through a hacked shopping account."');
    const ask = step(sections, 'card-what-to-ask')!.detail.en;
    for (const word of ['check your recent usage', 'freeze the card', 'dispute', 'reissue']) expect(ask).toContain(word);
  });
});
