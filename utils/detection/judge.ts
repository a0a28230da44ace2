import { combineFindings } from './combine';
import type { RuleFinding } from './finding';
import { baselineOrders, habitsOf } from './habits';
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
import { presumedAddresses } from './trust-on-first-use';
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

/** Every rule over one marketplace's orders and account, against the owner's known world. Pure. */
export function judge(input: JudgeInput): RuleFinding[] {
  const baseline = baselineOrders(input);
  const inBaseline = new Set(baseline);
  const context: RuleContext = {
    input,
    habits: habitsOf(baseline, isGiftCardOrder),
    recentOrders: input.orders.filter((o) => !inBaseline.has(o)),
    ownAddresses: [...input.knownAddresses, ...presumedAddresses(input.orders, input.firstHistoryAt, input.rejectedAddresses, input.enteredAddresses)],
    isGiftCard: isGiftCardOrder,
  };
  return combineFindings(RULES.flatMap((rule) => rule.detect(context)));
}

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((rule) => rule.id === (id as RuleId));
}
