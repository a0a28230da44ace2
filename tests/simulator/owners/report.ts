import { MARKETPLACE_IDS, type MarketplaceId } from '../../../utils/marketplaces';
import { SCENARIOS, type OwnerResult, type Scenario } from './pipeline';
import { ACCOUNT_CHANGES, ATTACK_CLASSES, type AccountChange, type AttackClass } from './types';

export interface Tally {
  n: number;
  flagged: number;
  alerted: number;
}

type Column = MarketplaceId | 'all';
const COLUMNS: Column[] = ['all', ...MARKETPLACE_IDS];

export interface Summary {
  owners: number;
  attackedOwners: number;
  ownerYears: Record<Column, number>;
  pages: number;
  detailPages: number;
  pageProblems: number;
  readBackProblems: number;
  byScenario: Record<Scenario, {
    classes: Record<AttackClass, Record<Column, Tally>>;
    /** Alerts on the owner's own orders, and owners with at least one. */
    falseAlerts: Record<Column, { alerts: number; owners: number }>;
    ownFlagged: Record<Column, number>;
    account: Record<AccountChange, Tally>;
    accountFalseAlerts: number;
  }>;
}

const tally = (): Tally => ({ n: 0, flagged: 0, alerted: 0 });
const perColumn = <T>(make: () => T) => Object.fromEntries(COLUMNS.map((c) => [c, make()])) as Record<Column, T>;

export function summarize(results: readonly OwnerResult[]): Summary {
  const summary: Summary = {
    owners: results.length,
    attackedOwners: results.filter((r) => r.attackClasses.length > 0).length,
    ownerYears: perColumn(() => 0),
    pages: 0,
    detailPages: 0,
    pageProblems: 0,
    readBackProblems: 0,
    byScenario: Object.fromEntries(SCENARIOS.map((s) => [s, {
      classes: Object.fromEntries(ATTACK_CLASSES.map((c) => [c, perColumn(tally)])) as Record<AttackClass, Record<Column, Tally>>,
      falseAlerts: perColumn(() => ({ alerts: 0, owners: 0 })),
      ownFlagged: perColumn(() => 0),
      account: Object.fromEntries(ACCOUNT_CHANGES.map((c) => [c, tally()])) as Record<AccountChange, Tally>,
      accountFalseAlerts: 0,
    }])) as Summary['byScenario'],
  };
  for (const r of results) {
    for (const column of ['all', r.marketplace] as const) summary.ownerYears[column] += r.years;
    summary.pages += r.pagesRead;
    summary.detailPages += r.detailPagesRead;
    summary.pageProblems += r.pageProblems.length;
    summary.readBackProblems += r.readBackProblems.length;
    for (const s of SCENARIOS) {
      const into = summary.byScenario[s];
      const result = r.scenarios[s];
      for (const column of ['all', r.marketplace] as const) {
        for (const a of result.attackOrders) {
          const t = into.classes[a.attack][column];
          t.n += 1;
          if (a.flagged) t.flagged += 1;
          if (a.alerted) t.alerted += 1;
        }
        into.falseAlerts[column].alerts += result.falseAlerts.length;
        if (result.falseAlerts.length) into.falseAlerts[column].owners += 1;
        into.ownFlagged[column] += result.ownFlagged;
      }
      for (const a of result.account) {
        const t = into.account[a.change];
        t.n += 1;
        if (a.flagged) t.flagged += 1;
        if (a.alerted) t.alerted += 1;
      }
      into.accountFalseAlerts += result.accountFalseAlerts.length;
    }
  }
  return summary;
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);
export const falseAlertRate = (alerts: number, years: number) => (years === 0 ? 0 : (alerts / years) * 50);

/** The markdown tables: per scenario, per attack class and marketplace "flagged / alerted (attack orders)", then false alerts. */
export function markdown(summary: Summary): string {
  const out: string[] = [];
  const head = `| class | ${COLUMNS.join(' | ')} |\n| --- | ${COLUMNS.map(() => '---').join(' | ')} |`;
  for (const s of SCENARIOS) {
    const into = summary.byScenario[s];
    out.push(`### ${s === 'first-sight' ? 'First sight (no address entered: trust on first use)' : "Addresses entered (the owner's real addresses known)"}`, '');
    out.push('Each cell: flagged % / alerted % of attack orders (attack orders).', '', head);
    for (const c of ATTACK_CLASSES) {
      out.push(`| ${c} | ${COLUMNS.map((col) => { const t = into.classes[c][col]; return t.n ? `${pct(t.flagged, t.n)} / ${pct(t.alerted, t.n)} (${t.n})` : '—'; }).join(' | ')} |`);
    }
    const all = ATTACK_CLASSES.reduce((acc, c) => { const t = into.classes[c].all; return { n: acc.n + t.n, flagged: acc.flagged + t.flagged, alerted: acc.alerted + t.alerted }; }, tally());
    out.push(`| **all classes** | ${pct(all.flagged, all.n)} / ${pct(all.alerted, all.n)} (${all.n}) | ${MARKETPLACE_IDS.map((m) => { const t = ATTACK_CLASSES.reduce((acc, c) => { const x = into.classes[c][m]; return { n: acc.n + x.n, flagged: acc.flagged + x.flagged, alerted: acc.alerted + x.alerted }; }, tally()); return `${pct(t.flagged, t.n)} / ${pct(t.alerted, t.n)} (${t.n})`; }).join(' | ')} |`);
    out.push(`| false alerts per 50 owner-years | ${COLUMNS.map((col) => falseAlertRate(into.falseAlerts[col].alerts, summary.ownerYears[col]).toFixed(1)).join(' | ')} |`);
    out.push(`| owners with a false alert | ${COLUMNS.map((col) => `${into.falseAlerts[col].owners}`).join(' | ')} |`);
    out.push('');
    out.push(`Account changes (attacked owners with the change: flagged % / alerted % by an account finding): ${ACCOUNT_CHANGES.map((c) => { const t = into.account[c]; return `${c} ${t.n ? `${pct(t.flagged, t.n)} / ${pct(t.alerted, t.n)}` : '—'} (${t.n})`; }).join(', ')}; account alerts about the owners' own devices or settings: ${into.accountFalseAlerts}.`, '');
  }
  return out.join('\n');
}
