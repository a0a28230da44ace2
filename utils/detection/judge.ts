import type { ShipTo } from '../amazon/types';
import { combineFindings } from './combine';
import type { RuleFinding } from './finding';
import { baselineOrders, habitsOf, isInBaseline, type Habits } from './habits';
import type { RuleContext, RuleDefinition, RuleId } from './rule';
import { archivedOrderRule } from './rules/archived-order-rule';
import { digitalBurstRule } from './rules/digital-burst-rule';
import { giftCardRule, isGiftCardOrder } from './rules/gift-card-rule';
import { highValueRule } from './rules/high-value-rule';
import { newBookAddressRule } from './rules/new-book-address-rule';
import { newDeviceRule } from './rules/new-device-rule';
import { pointsOrBalanceRule } from './rules/points-or-balance-rule';
import { securityChangeRule } from './rules/security-change-rule';
import { signedOutRule } from './rules/signed-out-rule';
import { unfamiliarCardRule } from './rules/unfamiliar-card-rule';
import { unknownAddressRule } from './rules/unknown-address-rule';
import { presumption } from './trust-on-first-use';
import type { JudgeInput } from './world';

/** Every rule, registered here once (a test checks that every file in rules/ is). */
export const RULES: readonly RuleDefinition[] = [
  unknownAddressRule,
  digitalBurstRule,
  giftCardRule,
  pointsOrBalanceRule,
  unfamiliarCardRule,
  highValueRule,
  archivedOrderRule,
  newDeviceRule,
  newBookAddressRule,
  securityChangeRule,
  signedOutRule,
];

/**
 * What the rules judge against that only the whole history gives: the owner's habits (from the baseline) and the
 * addresses trust on first use presumes, with how many orders could change those (its slack). Pure; kept by the
 * store between judgements (utils/db/judge-basis.ts).
 */
export interface JudgeBasis {
  habits: Habits;
  presumed: ShipTo[];
  presumptionSlack: number;
}

export function judgeBasisOf(input: JudgeInput): JudgeBasis {
  const { uses, slack } = presumption(input.orders, input.firstHistoryAt, input.rejectedAddresses, input.enteredAddresses);
  return { habits: habitsOf(baselineOrders(input), isGiftCardOrder), presumed: uses.map((u) => u.address), presumptionSlack: slack };
}

/** Every rule over one marketplace's orders and account, against the owner's known world. Pure. */
export function judge(input: JudgeInput): RuleFinding[] {
  return judgeWith(input, judgeBasisOf(input));
}

/**
 * Every rule over these orders, with the habits and presumed addresses of the whole history given: the findings on
 * `input.orders` are those of `judge` over the whole history whenever the orders given hold every order the rules
 * compare them with (utils/db/judge-changes.ts says which those are).
 */
export function judgeWith(input: JudgeInput, basis: JudgeBasis): RuleFinding[] {
  const inBaseline = isInBaseline(input);
  const context: RuleContext = {
    input,
    habits: basis.habits,
    recentOrders: input.orders.filter((o) => !inBaseline(o)),
    ownAddresses: [...input.knownAddresses, ...basis.presumed],
    isGiftCard: isGiftCardOrder,
  };
  return combineFindings(RULES.flatMap((rule) => rule.detect(context)));
}

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((rule) => rule.id === (id as RuleId));
}
