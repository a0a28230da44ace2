import { marketplaceForUrl } from '../marketplaces';
import { boundProblems, boundUrl, noteInto } from './bound';
import { detectProblemPage } from './detect-problem-page';
import { ORDER_ID, sameMarketplaceUrl } from './page-helpers';
import { parseOrderDate } from './parse-date';
import { parseMoney } from './parse-money';
import { queryAll, queryFirst } from './query';
import { transactionSelectors as s } from './selectors';
import { textOf } from './text';
import type { Transaction, TransactionsResult, UnrecognizedReason } from './types';

const REFUND = /refund|返金|erstattung|rückerstattung|remboursement/i;

/** Reads Your Payments → Transactions: each row under its date heading, with its signed amount. Never throws. */
export function readTransactions(root: ParentNode, url: string): TransactionsResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'transactions', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) => ({ recognized: false, kind: 'transactions', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const transactions: Transaction[] = [];
    const problems: string[] = [];
    let date: string | null = null;
    for (const node of queryAll(root, s.container)) {
      if (node.matches(s.date)) {
        date = parseOrderDate(textOf(node));
        continue;
      }
      const columns = Array.from(node.querySelectorAll('.a-row .a-column'));
      const amountNode = columns.find((c) => c.classList.contains('a-text-right')) ?? null;
      const amount = parseMoney(textOf(amountNode), marketplace.currency);
      if (!amount) {
        problems.push(`transaction ${transactions.length + 1}: no amount`);
        continue;
      }
      const text = textOf(node);
      const link = queryFirst(node, 'a[href*="orderID="], a[href*="orderId="]');
      transactions.push({
        date,
        amount,
        type: REFUND.test(text) || amount.amount > 0 ? 'refund' : 'charge',
        orderId: ORDER_ID.exec(textOf(link) || (link?.getAttribute('href') ?? '') || text)?.[1] ?? null,
        instrument: textOf(columns[0]) || null,
      });
    }
    if (transactions.length === 0 && !queryFirst(root, '.apx-transactions-sleeve-header-container, [class*="apx-transaction"]')) {
      return unrecognized('layout not recognised');
    }
    // The next page is a link on some pages and a form button (its name carries the page key) on others.
    const next = root.querySelector('.a-pagination li.a-last a[href]')?.getAttribute('href');
    const nextButton = root.querySelector('input[name*="NextPageNavigationEvent"]')?.getAttribute('name') ?? null;
    return {
      recognized: true,
      kind: 'transactions',
      marketplace: marketplace.id,
      transactions,
      // No schema reads transactions yet; LIMITS.url and the problem bounds hold here all the same.
      nextPage: boundUrl(sameMarketplaceUrl(next, url) ?? nextButton, noteInto(problems), 'next-page link'),
      problems: boundProblems(problems),
    };
  } catch {
    return unrecognized('layout not recognised');
  }
}
