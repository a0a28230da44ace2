import type { ShipTo } from '../amazon/types';
import type { StoredOrder } from '../db/records';
import type { RuleFinding } from './finding';
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

export type Rule = (context: RuleContext) => RuleFinding[];

/** The learned facts of one kind, as a set of values. */
export function learnedValues(input: JudgeInput, kind: string): Set<string> {
  return new Set(input.learned.filter((f) => f.kind === kind).map((f) => f.value));
}

export function money(amount: number, currency: string, language: 'ja' | 'en'): string {
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}
