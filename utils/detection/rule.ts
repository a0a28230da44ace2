import type { ShipTo } from '../amazon/types';
import type { AddressBookEntry, Finding, LearnedFact, StoredOrder } from '../db/records';
import type { WeighedFinding } from './finding';
import type { Habits } from './habits';
import type { JudgeInput } from './world';

/** What every rule sees: the input, the owner's habits, and the addresses that count as theirs. */
export interface RuleContext {
  input: JudgeInput;
  habits: Habits;
  /** Orders not in the owner's baseline: what habit rules judge (the baseline is the habit). */
  recentOrders: readonly StoredOrder[];
  /** Confirmed and presumed (trust on first use) addresses. */
  ownAddresses: readonly ShipTo[];
  isGiftCard: (order: StoredOrder) => boolean;
}

export type Rule = (context: RuleContext) => WeighedFinding[];

/** Every rule's id: a finding's `rule`, and the first part of its id. */
export type RuleId =
  | 'unknown-address'
  | 'digital-burst'
  | 'gift-card'
  | 'points-or-balance'
  | 'unfamiliar-card'
  | 'high-value'
  | 'archived-order'
  | 'new-device'
  | 'new-book-address'
  | 'security-change'
  | 'signed-out';

/** What the owner's "This was me" to a finding lets the rule learn from. */
export interface LessonInput {
  finding: Finding;
  /** The order the finding is about, as stored; null for an account finding. */
  order: StoredOrder | null;
  /** The marketplace's orders and address book, as stored. */
  orders: readonly StoredOrder[];
  addressBook: readonly AddressBookEntry[];
}

/** What is learned: an address that is the owner's, or a fact of the known world. */
export type Lesson = { address: ShipTo } | { kind: LearnedFact['kind']; value: string };

/**
 * A rule, defined once: its id, what it detects, and what "This was me" teaches the known world so that the same thing
 * is not flagged again (the rule's own guard reads what it taught, through `learnedValues` or the known addresses).
 */
export interface RuleDefinition {
  id: RuleId;
  detect: Rule;
  learn: (input: LessonInput) => Lesson[];
}

export function defineRule(definition: RuleDefinition): RuleDefinition {
  return definition;
}

/** The learned facts of one kind, as a set of values. */
export function learnedValues(input: JudgeInput, kind: string): Set<string> {
  return new Set(input.learned.filter((f) => f.kind === kind).map((f) => f.value));
}

export function money(amount: number, currency: string, language: 'ja' | 'en'): string {
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}
