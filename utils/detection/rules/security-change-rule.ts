import type { SecuritySnapshot } from '../../db/records';
import type { Localized } from '../../localized';
import { accountFinding, type WeighedFinding } from '../finding';
import { defineRule, type Rule } from '../rule';
import { TRUST_AGE, epochOf } from '../world';

export const SECURITY_CHANGE_RULE = 'security-change';

const FIELDS: (Localized & { key: keyof SecuritySnapshot })[] = [
  { key: 'email', en: 'e-mail address', ja: 'Eメールアドレス' },
  { key: 'mobileLastDigits', en: 'mobile number', ja: '携帯電話番号' },
  { key: 'twoStepEnabled', en: 'two-step verification', ja: '2段階認証' },
  { key: 'twoStepMethods', en: 'two-step verification phone or app', ja: '2段階認証の電話番号・アプリ' },
  { key: 'passkeys', en: 'passkeys', ja: 'パスキー' },
];

/**
 * Changes to the account's sign-in settings: the story's attacker began by switching on 2SV with his own phone to
 * lock the owner out. Every change since the last snapshot is an alert. On first sight, with nothing to compare,
 * 2SV sending codes to a phone that is not the account's mobile is an alert, and 2SV set up within 30 days a warning.
 * False-positive guard: a change the owner confirmed ("this was me") is not raised again; null (not shown) is never
 * a change.
 */
const detect: Rule = ({ input }) => {
  const record = input.security;
  if (!record) return [];
  const { previous, current } = record;
  const findings: WeighedFinding[] = [];
  const show = (value: unknown) => (Array.isArray(value) ? value.join(', ') || '—' : value === null ? '—' : String(value));
  if (previous) {
    for (const field of FIELDS) {
      const before = previous[field.key];
      const after = current[field.key];
      if (before === null || after === null || JSON.stringify(before) === JSON.stringify(after)) continue;
      // Switching 2SV on brings its methods with it: one finding says so, not two.
      if (field.key === 'twoStepMethods' && previous.twoStepEnabled === false && current.twoStepEnabled === true) continue;
      const subject = `${field.key}:${show(after)}`;
      const on = field.key === 'twoStepEnabled' && after === true;
      findings.push(
        accountFinding(SECURITY_CHANGE_RULE, input.marketplace, subject, 'alert', {
          en: on
            ? 'Two-step verification was switched on. If you did not do this, someone may be locking you out of your account.'
            : `Your account's ${field.en} changed (${show(before)} → ${show(after)}).`,
          ja: on
            ? '2段階認証がオンにされました。ご自身で設定していない場合、第三者があなたを締め出そうとしている可能性があります。'
            : `アカウントの${field.ja}が変更されました（${show(before)} → ${show(after)}）。`,
        }),
      );
    }
  }
  const foreignPhones = current.twoStepEnabled
    ? current.twoStepMethods.filter((m) => /^\d+$/.test(m) && current.mobileLastDigits && !current.mobileLastDigits.endsWith(m) && !m.endsWith(current.mobileLastDigits))
    : [];
  for (const phone of foreignPhones) {
    findings.push(
      accountFinding(SECURITY_CHANGE_RULE, input.marketplace, `twoStepPhone:${phone}`, 'alert', {
        en: `Two-step verification sends codes to a phone ending in ${phone}, not to your account's mobile (ending in ${current.mobileLastDigits}).`,
        ja: `2段階認証のコードが、アカウントの携帯電話（末尾${current.mobileLastDigits}）ではなく末尾${phone}の電話に送られる設定です。`,
      }),
    );
  }
  const added = current.twoStepAddedOn ? epochOf(current.twoStepAddedOn) : null;
  if (current.twoStepEnabled && added !== null && added > input.now - TRUST_AGE && foreignPhones.length === 0 && !previous) {
    findings.push(
      accountFinding(SECURITY_CHANGE_RULE, input.marketplace, `twoStepAddedOn:${current.twoStepAddedOn}`, 'warning', {
        en: `Two-step verification was set up recently (${current.twoStepAddedOn}). If you did not do this, act now.`,
        ja: `2段階認証が最近（${current.twoStepAddedOn}）設定されました。ご自身で設定していない場合はすぐに対処してください。`,
      }),
    );
  }
  return findings;
};

export const securityChangeRule = defineRule({
  id: SECURITY_CHANGE_RULE,
  detect,
  // A setting the owner changed is the account's new normal: the next snapshot is compared with it anyway.
  learn: () => [],
});
