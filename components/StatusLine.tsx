import type { MessageKey, Translate } from '../utils/i18n';
import type { PageRead } from '../utils/db/records';
import { marketplaceById, type MarketplaceId } from '../utils/marketplaces';
import { formatTime } from '../utils/format/format';

interface Props {
  reads: PageRead[];
  marketplacesWithoutAddresses: MarketplaceId[];
  findingCount: number;
  language: 'ja' | 'en';
  t: Translate;
  onOpenOptions: () => void;
}

const PROBLEM_KEYS: Record<string, MessageKey> = {
  'layout not recognised': 'problemLayout',
  'sign-in page': 'problemSignedOut',
  'robot check': 'problemRobotCheck',
};

/**
 * What we know and what we could not check. "All clear" is said only when every watched page was read and
 * every marketplace has known addresses to judge against.
 */
export function StatusLine({ reads, marketplacesWithoutAddresses, findingCount, language, t, onOpenOptions }: Props) {
  if (reads.length === 0) return <p class="status status--idle">{t('statusNothingRead')}</p>;
  const allRead = reads.every((r) => r.recognized);
  const allClear = allRead && marketplacesWithoutAddresses.length === 0 && findingCount === 0;
  return (
    <section class="status" aria-label={t('statusHeading')}>
      <ul class="status__reads">
        {reads.map((read) => {
          const host = marketplaceById(read.marketplace)?.host ?? read.marketplace;
          return (
            <li key={read.marketplace} class={read.recognized ? 'status__read' : 'status__read status__read--problem'}>
              {read.recognized
                ? t('statusRead', [host, formatTime(read.at, language), String(read.orderCount)])
                : t(PROBLEM_KEYS[read.problem ?? ''] ?? 'problemLayout', [host, formatTime(read.at, language)])}
            </li>
          );
        })}
      </ul>
      {marketplacesWithoutAddresses.map((m) => (
        <p key={m} class="status__missing" role="note">
          {t('statusNoAddresses', marketplaceById(m)?.host ?? m)}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('addAddresses')}
          </button>
        </p>
      ))}
      {allClear && <p class="status__clear">{t('statusAllClear')}</p>}
    </section>
  );
}
