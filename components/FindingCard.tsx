import type { Translate } from '../utils/i18n';
import type { FindingView } from '../utils/messages';
import { formatDate, formatMoney } from '../utils/format/format';

interface Props {
  view: FindingView;
  language: 'ja' | 'en';
  t: Translate;
}

/** One order that needs attention. Every page string is rendered as text (Preact escapes it), never as HTML. */
export function FindingCard({ view, language, t }: Props) {
  const { finding, order } = view;
  const shipTo = order?.shipTo;
  const headingId = `finding-${finding.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <article class={`finding finding--${finding.severity}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="finding__title">
        <span class="finding__severity">{t(`severity_${finding.severity}`)}</span>{' '}
        <span dir="ltr">{finding.orderId}</span>
      </h2>
      <p class="finding__reason">{finding.reason[language]}</p>
      <dl class="finding__facts">
        <dt>{t('orderDate')}</dt>
        <dd>{formatDate(order?.placedOn ?? null, language)}</dd>
        <dt>{t('orderTotal')}</dt>
        <dd>{formatMoney(order?.total ?? null, language)}</dd>
        {shipTo && (
          <>
            <dt>{t('shipTo')}</dt>
            <dd>
              {[shipTo.name, shipTo.postalCode, shipTo.region, ...shipTo.lines]
                .filter(Boolean)
                .join(' ')}
            </dd>
          </>
        )}
        {order && order.items.length > 0 && (
          <>
            <dt>{t('items')}</dt>
            <dd>
              <ul class="finding__items">
                {order.items.map((item, i) => (
                  <li key={i}>
                    {item.title}
                    {item.quantity > 1 ? ` ×${item.quantity}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {order?.detailUrl && (
        <a class="finding__open" href={order.detailUrl} target="_blank" rel="noreferrer">
          {t('openOrder', finding.orderId ?? '')}
        </a>
      )}
    </article>
  );
}
