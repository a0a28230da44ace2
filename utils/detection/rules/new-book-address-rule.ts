import { looksLikeForwarder, normalizePostalCode, sameAddress, sameRegion } from '../address';
import { accountFinding } from '../finding';
import { addressShort } from '../../format/address';
import { defineRule, type Rule } from '../rule';

export const NEW_BOOK_ADDRESS_RULE = 'new-book-address';

/**
 * An address that appeared in the account's address book after we first saw it ("a key indicator of account
 * takeover is a change to the shipping address"). A warning, an alert when it is in another region or looks like a
 * warehouse or locker. False-positive guard: addresses already in the book at first sight, and addresses that are the
 * owner's own (confirmed or presumed), are not flagged; a locker alone is not proof (Amazon once added lockers itself).
 */
const detect: Rule = ({ input, ownAddresses }) => {
  const firstSeen = input.addressBook.firstSeenAt;
  if (firstSeen === null) return [];
  return input.addressBook.entries.flatMap((entry) => {
    if (entry.firstSeenAt <= firstSeen || ownAddresses.some((own) => sameAddress(entry.address, own))) return [];
    const otherRegion = ownAddresses.length > 0 && !ownAddresses.some((own) => sameRegion(entry.address, own));
    const where = addressShort(entry.address);
    const subject = `${normalizePostalCode(entry.address.postalCode) ?? ''} ${where}`.trim();
    return [
      accountFinding(NEW_BOOK_ADDRESS_RULE, input.marketplace, subject, otherRegion || looksLikeForwarder(entry.address) ? 'alert' : 'warning', {
        en: `A new address was added to your account's address book: ${where}.`,
        ja: `アカウントのアドレス帳に新しい住所が追加されました：${where}。`,
      }),
    ];
  });
};

export const newBookAddressRule = defineRule({
  id: NEW_BOOK_ADDRESS_RULE,
  detect,
  // The address-book entry the finding names is the owner's.
  learn: ({ finding, addressBook }) => {
    const entry = addressBook.find((e) => finding.subject?.includes(e.address.lines[0] ?? '\u0000'));
    return entry ? [{ address: entry.address }] : [];
  },
});
