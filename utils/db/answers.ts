import type { SentinelDatabase } from './database';
import { judgeMarketplace } from './judge-marketplace';
import { ruleById } from '../detection/judge';
import type { Finding } from './records';
import { inOneTransaction } from './transaction';

export type Answer = 'mine' | 'not-me';

/**
 * The owner's answer to a finding. "Not me" marks it (and every finding on the same order) as fraud, kept for the
 * incident summary. "This was me" resolves them and teaches the known world what made them suspicious, so the same
 * thing is not flagged again; then the marketplace is judged again, in the same transaction. Answers are never
 * undone by a later judgement. `inMarketplace`, when given, is the only marketplace the answer may be about (a mark
 * on an Amazon tab answers for that tab's marketplace only).
 */
export function answerFinding(db: SentinelDatabase, id: string, answer: Answer, now: number, inMarketplace?: string): Promise<{ answered: boolean }> {
  return inOneTransaction(db, async () => {
    const finding = await db.findings.get(id);
    if (!finding || (inMarketplace !== undefined && finding.marketplace !== inMarketplace)) return { answered: false };
    const related = finding.orderId
      ? (await db.findings.where('[marketplace+orderId]').equals([finding.marketplace, finding.orderId]).toArray()).filter((f) => f.id === id || f.status === 'open')
      : [finding];
    await db.findings.bulkPut(related.map((f) => ({ ...f, status: answer, answeredAt: now })));
    if (answer === 'mine') for (const f of related) await learnFrom(db, f, now);
    await judgeMarketplace(db, finding.marketplace, now);
    return { answered: true };
  });
}

/** What the finding's rule says "This was me" teaches (rules own their learning), stored in the same transaction. */
async function learnFrom(db: SentinelDatabase, finding: Finding, now: number): Promise<void> {
  const rule = ruleById(finding.rule);
  if (!rule) return;
  const marketplace = finding.marketplace;
  const [order, orders, addressBook] = await Promise.all([
    finding.orderId ? db.orders.get([marketplace, finding.orderId]) : undefined,
    db.orders.where('marketplace').equals(marketplace).toArray(),
    db.addressBook.where('marketplace').equals(marketplace).toArray(),
  ]);
  for (const lesson of rule.learn({ finding, order: order ?? null, orders, addressBook })) {
    if ('address' in lesson) await db.knownAddresses.add({ marketplace, address: lesson.address, source: 'answer', addedAt: now });
    else await db.learned.put({ id: `${marketplace}|${lesson.kind}|${lesson.value}`, marketplace, kind: lesson.kind, value: lesson.value, addedAt: now });
  }
}
