import type { Localized } from '../localized';
import type { RuleId } from './rule';

/**
 * Each rule's sign as it is named when signs on one order are weighed together (combine.ts): "Together with a card
 * you have not used before and …". Text is data: the rules' own reasons say the details.
 */
export const SIGNS: Record<RuleId, Localized> = {
  'unknown-address': { en: 'an address that is not yours', ja: '登録外のお届け先' },
  'digital-burst': { en: 'a burst of digital orders', ja: 'デジタル注文の集中' },
  'gift-card': { en: 'a gift card or code', ja: 'ギフトカード・コード' },
  'points-or-balance': { en: 'points or balance you do not use', ja: '普段使わないポイント・残高' },
  'unfamiliar-card': { en: 'a card you have not used before', ja: '初めて使われたカード' },
  'high-value': { en: 'a price far above your usual', ja: 'いつもより大幅に高い金額' },
  'archived-order': { en: 'hidden in archived orders', ja: '非表示にされた注文' },
  'new-device': { en: 'a new device', ja: '新しい端末' },
  'new-book-address': { en: 'a new address in your address book', ja: 'アドレス帳の新しい住所' },
  'security-change': { en: 'a change to sign-in settings', ja: 'ログイン設定の変更' },
  'signed-out': { en: 'an unexpected sign-out', ja: '予期しないサインアウト' },
};
