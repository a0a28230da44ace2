import { accountFinding } from '../finding';
import { defineRule, type Rule } from '../rule';
import { isoDay } from '../world';

export const SIGNED_OUT_RULE = 'signed-out';

/**
 * Amazon signed the owner out: a marketplace whose last check read every page was answered with its sign-in page.
 * Attackers who change the password (or add two-step verification) sign every other session out; the owner may also
 * have signed out himself, which "This was me" says. A warning: it is the first sign of a lock-out, not proof of one.
 */
const detect: Rule = ({ input }) => {
  if (input.signedOutAt === null) return [];
  const day = isoDay(input.signedOutAt);
  return [
    accountFinding(SIGNED_OUT_RULE, input.marketplace, `signed-out ${day}`, 'warning', {
      en: `Amazon signed you out of this browser (${day}), and not by a sign-out here that we know of. Sign in again; if your password no longer works, someone may have changed it: follow the steps for a locked-out account.`,
      ja: `このブラウザーで Amazon からログアウトされました（${day}）。ここでログアウトした覚えがなければ、もう一度ログインしてください。パスワードが通らない場合は他人に変更された可能性があります。ログインできない場合の手順に進んでください。`,
    }),
  ];
};

export const signedOutRule = defineRule({
  id: SIGNED_OUT_RULE,
  detect,
  // Signing out is a moment, not a habit: the answer stays on this finding, nothing more is learned.
  learn: () => [],
});
