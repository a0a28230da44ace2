import type { Verdict as VerdictData } from '../utils/db/verdict';
import type { Translate } from '../utils/i18n';
import { marketplaceById } from '../utils/marketplaces';

interface Props {
  verdict: VerdictData;
  t: Translate;
}

/**
 * What the first check read per site (orders and the dates they cover) and what it means. "No sign of someone else"
 * is said only when every site was read whole and nothing needs attention.
 */
export function Verdict({ verdict, t }: Props) {
  const { sites, overview } = verdict;
  const complete = sites.every((s) => s.stopped === null && s.outcome !== null && s.outcome.problem === null) && Object.keys(overview.incompleteOrders).length === 0;
  const orders = sites.reduce((sum, s) => sum + s.orders, 0);
  const since = sites.flatMap((s) => (s.from ? [s.from] : [])).sort()[0];
  const findings = overview.findings.length;
  return (
    <section class="verdict" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('verdictHeading')}</h2>
      <ul class="verdict__sites">
        {sites.map((s) => {
          const host = marketplaceById(s.marketplace)?.host ?? s.marketplace;
          return <li key={s.marketplace}>{s.orders > 0 ? t('verdictSite', [host, String(s.orders), s.from!, s.to!]) : t('verdictSiteEmpty', host)}</li>;
        })}
      </ul>
      {findings > 0 && <p class="verdict__findings" role="alert">{t('verdictFindings', String(findings))}</p>}
      {findings === 0 && complete && since && <p class="verdict__clear">{t('verdictClear', [String(orders), since])}</p>}
      {!complete && <p class="verdict__incomplete">{t('verdictIncomplete')}</p>}
    </section>
  );
}
