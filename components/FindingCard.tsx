import type { MessageKey, Translate } from '../utils/i18n';
import type { FindingView } from '../utils/db/overview';
import { addressOneLine } from '../utils/format/address';
import { formatDate, formatMoney } from '../utils/format/format';

interface Props {
  /** The findings of one order (or one account finding), strongest first. */
  views: FindingView[];
  language: 'ja' | 'en';
  t: Translate;
  onAnswer: (answer: 'mine' | 'not-me') => void;
}

/**
 * One order that needs attention, with every reason found for it (an answer covers them all). Every page string is
 * rendered as text (Preact escapes it), never as HTML.
 */
export function FindingCard({ views, language, t, onAnswer }: Props) {
  const { finding, order } = views[0];
  const shipTo = order?.shipTo;
  const headingId = `finding-${finding.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const subject = finding.orderId ?? finding.subject ?? '';
  return (
    <article class={`finding finding--${finding.severity}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="finding__title">
        <span class="finding__severity">{t(`severity_${finding.severity}` as MessageKey)}</span>{' '}
        {finding.orderId ? <span dir="ltr">{finding.orderId}</span> : t('accountFinding')}
      </h2>
      <ul class="finding__reasons">
        {views.map((v) => (
          <li key={v.finding.id} class="finding__reason">
            {v.finding.reason[language]}
          </li>
        ))}
      </ul>
      {order && (
      <dl class="finding__facts">
        <dt>{t('orderDate')}</dt>
        <dd>{formatDate(order?.placedOn ?? null, language)}</dd>
        <dt>{t('orderTotal')}</dt>
        <dd>{formatMoney(order?.total ?? null, language)}</dd>
        {shipTo && (
          <>
            <dt>{t('shipTo')}</dt>
            <dd>
              {addressOneLine(shipTo)}
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
      )}
      <div class="finding__actions">
        <button type="button" onClick={() => onAnswer('mine')} aria-label={t('thisWasMeLabel', subject)}>
          {t('thisWasMe')}
        </button>
        <button type="button" class="finding__not-me" onClick={() => onAnswer('not-me')} aria-label={t('notMeLabel', subject)}>
          {t('notMe')}
        </button>
        {order?.detailUrl && (
          <a class="finding__open" href={order.detailUrl} target="_blank" rel="noreferrer">
            {t('openOrder', finding.orderId ?? '')}
          </a>
        )}
      </div>
    </article>
  );
}
