import type { SentinelDatabase } from './database';
import { judgeMarketplace } from './judge-marketplace';
import type { Finding, LearnedFact } from './records';
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

async function learnFrom(db: SentinelDatabase, finding: Finding, now: number): Promise<void> {
  const marketplace = finding.marketplace;
  const order = finding.orderId ? await db.orders.get([marketplace, finding.orderId]) : undefined;
  const learn = (kind: LearnedFact['kind'], value: string) => db.learned.put({ id: `${marketplace}|${kind}|${value}`, marketplace, kind, value, addedAt: now });
  switch (finding.rule) {
    case 'unknown-address':
      if (order?.shipTo) await db.knownAddresses.add({ marketplace, address: order.shipTo, source: 'answer', addedAt: now });
      break;
    case 'new-book-address': {
      const entries = await db.addressBook.where('marketplace').equals(marketplace).toArray();
      const entry = entries.find((e) => finding.subject?.includes(e.address.lines[0] ?? '\u0000'));
      if (entry) await db.knownAddresses.add({ marketplace, address: entry.address, source: 'answer', addedAt: now });
      break;
    }
    case 'unfamiliar-card':
      for (const p of order?.payments ?? []) if (p.kind === 'card' && p.lastDigits) await learn('card', p.lastDigits);
      break;
    case 'points-or-balance':
      for (const kind of ['points', 'gift-card'] as const) {
        if (order?.charges?.some((c) => c.kind === kind) || order?.payments?.some((p) => p.kind === kind)) await learn('payment-kind', kind);
      }
      break;
    case 'digital-burst': {
      const sameDay = (await db.orders.where('marketplace').equals(marketplace).toArray()).filter((o) => o.digital && o.placedOn === order?.placedOn);
      await learn('digital-burst', String(sameDay.length));
      break;
    }
    case 'gift-card':
      await learn('gift-cards', 'yes');
      break;
    case 'high-value':
      if (order?.total) await learn('high-value', String(order.total.amount));
      break;
    case 'new-device':
      if (finding.subject) await learn('device', finding.subject);
      break;
  }
}
