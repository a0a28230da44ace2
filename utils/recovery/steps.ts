import type { MarketplaceId } from '../marketplaces';

/**
 * The way back after a takeover as a table: the steps in their order, each with its section, when it applies and
 * what it links to. Their words are in steps.ja.ts and steps.en.ts, keyed by the same ids, so the order and the
 * conditions can be read without the prose and a translation cannot skip a step; checklist.ts puts them together.
 * Built from docs/threats-and-recovery.md and the story in docs/story.md.
 *
 * Step ids are stable (the owner's progress is stored by step id); a step that does not apply is left out, never
 * renumbered. No company phone numbers (they change): only the public short numbers #9110 and 188, and the card
 * issuer's numbers the owner stored themselves.
 */

/** What a step's condition and its texts may depend on, cleaned once so that no text has to trim or check for blanks. */
export interface StepContext {
  marketplace: MarketplaceId;
  /** The marketplace's host without "www.", as the owner knows it. */
  site: string;
  /** amazon.co.jp: its pages are in Japanese, its sign-in offers 「ログインできない」, its accounts have Amazon points. */
  japan: boolean;
  /** The owner can no longer sign in. */
  lockedOut: boolean;
  /** The orders the owner said were not theirs; none blank. */
  orderIds: string[];
  /** The card issuer's name as the owner stored it; '' when none. */
  issuerName: string;
  /** The issuer's stored numbers; null when none. */
  regularLine: string | null;
  theftLine: string | null;
}

/** A text, or a template where the words depend on the marketplace, the orders or the issuer. */
export type Text = string | ((context: StepContext) => string);

export interface StepText {
  title: Text;
  detail: Text;
}

export const SECTION_IDS = ['contact-amazon', 'secure-account', 'check-account', 'card-company', 'passwords', 'report'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A path is on the marketplace's own host (each is the same on every marketplace); a url is public help. */
export const LINKS = {
  contactUs: { path: '/gp/help/customer/contact-us' },
  orders: { path: '/your-orders/orders' },
  archivedOrders: { path: '/your-orders/orders?timeFilter=archived' },
  loginSecurity: { path: '/ax/account/manage' },
  twoStep: { path: '/a/settings/approval' },
  addresses: { path: '/a/addresses' },
  wallet: { path: '/cpe/yourpayments/wallet' },
  transactions: { path: '/cpe/yourpayments/transactions' },
  memberships: { path: '/yourmembershipsandsubscriptions' },
  devices: { path: '/hz/mycd/digital-console/alldevices' },
  giftCardBalance: { path: '/gc/balance' },
  reportAScam: { path: '/reportascam' },
  npaCybercrimeDesks: { url: 'https://www.npa.go.jp/bureau/cyber/soudan.html' },
  ipaAnshin: { url: 'https://www.ipa.go.jp/security/anshin/' },
  identityTheftGov: { url: 'https://www.identitytheft.gov/' },
  actionFraud: { url: 'https://www.actionfraud.police.uk/' },
} as const satisfies Record<string, { path: string } | { url: string }>;
export type LinkId = keyof typeof LINKS;

/**
 * Hosts of the public help the checklist links to, besides the marketplace's own host. Written out rather than read
 * from LINKS: a test holds every link to this list, so a new public host is a decision, not a side effect.
 */
export const PUBLIC_HELP_HOSTS: readonly string[] = ['www.npa.go.jp', 'www.ipa.go.jp', 'www.identitytheft.gov', 'www.actionfraud.police.uk'];

/** Marketplaces whose country has its own desks in the report section; elsewhere the owner is sent to the local police. */
const NATIONAL_DESKS: readonly MarketplaceId[] = ['co.jp', 'com', 'co.uk'];

/** When a step applies, by name; a step without a condition always does. */
export const WHEN = {
  lockedOut: (c: StepContext) => c.lockedOut,
  japan: (c: StepContext) => c.marketplace === 'co.jp',
  unitedStates: (c: StepContext) => c.marketplace === 'com',
  unitedKingdom: (c: StepContext) => c.marketplace === 'co.uk',
  amazonScamPage: (c: StepContext) => c.marketplace === 'com' || c.marketplace === 'co.uk',
  noNationalDesk: (c: StepContext) => !NATIONAL_DESKS.includes(c.marketplace),
} as const;

interface StepRow {
  id: string;
  section: SectionId;
  when?: keyof typeof WHEN;
  links: readonly LinkId[];
}

const TABLE = [
  { id: 'amazon-call-back', section: 'contact-amazon', links: ['contactUs'] },
  { id: 'amazon-locked-out', section: 'contact-amazon', when: 'lockedOut', links: ['contactUs'] },
  { id: 'amazon-what-to-say', section: 'contact-amazon', links: [] },
  { id: 'amazon-cancel-digital', section: 'contact-amazon', links: ['orders'] },

  { id: 'secure-reset-password', section: 'secure-account', links: ['loginSecurity'] },
  { id: 'secure-two-step', section: 'secure-account', links: ['twoStep'] },
  { id: 'secure-sign-out-everywhere', section: 'secure-account', links: ['loginSecurity'] },

  { id: 'check-addresses', section: 'check-account', links: ['addresses'] },
  { id: 'check-payment-methods', section: 'check-account', links: ['wallet'] },
  { id: 'check-subscriptions', section: 'check-account', links: ['memberships'] },
  { id: 'check-devices', section: 'check-account', links: ['devices'] },
  { id: 'check-archived-orders', section: 'check-account', links: ['archivedOrders'] },
  { id: 'check-balance', section: 'check-account', links: ['giftCardBalance'] },
  { id: 'check-transactions', section: 'check-account', links: ['transactions'] },

  { id: 'card-call-regular-line', section: 'card-company', links: [] },
  { id: 'card-what-to-say', section: 'card-company', links: [] },
  { id: 'card-what-to-ask', section: 'card-company', links: [] },

  { id: 'passwords-change-reused', section: 'passwords', links: [] },
  { id: 'passwords-email-you-read', section: 'passwords', links: ['loginSecurity'] },

  { id: 'report-jp-police', section: 'report', when: 'japan', links: ['npaCybercrimeDesks'] },
  { id: 'report-jp-consumer-hotline', section: 'report', when: 'japan', links: [] },
  { id: 'report-jp-ipa', section: 'report', when: 'japan', links: ['ipaAnshin'] },
  { id: 'report-us-identitytheft', section: 'report', when: 'unitedStates', links: ['identityTheftGov'] },
  { id: 'report-uk-action-fraud', section: 'report', when: 'unitedKingdom', links: ['actionFraud'] },
  { id: 'report-amazon-scam', section: 'report', when: 'amazonScamPage', links: ['reportAScam'] },
  { id: 'report-police', section: 'report', when: 'noNationalDesk', links: [] },
  { id: 'report-fake-support', section: 'report', links: ['contactUs'] },
] as const satisfies readonly StepRow[];

export type StepId = (typeof TABLE)[number]['id'];

export const STEPS: readonly (StepRow & { id: StepId })[] = TABLE;

/** Every word of the checklist in one language; a step, section or link without its text there does not compile. */
export interface ChecklistText {
  sections: Record<SectionId, string>;
  steps: Record<StepId, StepText>;
  links: Record<LinkId, Text>;
}
