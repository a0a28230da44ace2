import type { MessageKey, Translate } from '../utils/i18n';
import type { CheckOutcome } from '../utils/db/check-state';
import type { PageRead } from '../utils/db/records';
import { MARKETPLACES, marketplaceById, type MarketplaceId } from '../utils/marketplaces';
import { formatTime } from '../utils/format/format';

interface Props {
  reads: PageRead[];
  checks: Partial<Record<MarketplaceId, CheckOutcome>>;
  incompleteOrders: Partial<Record<MarketplaceId, number>>;
  marketplacesWithoutAddresses: MarketplaceId[];
  addressesPresumed: MarketplaceId[];
  findingCount: number;
  language: 'ja' | 'en';
  t: Translate;
  onOpenOptions: () => void;
}

const PROBLEM_KEYS: Record<string, MessageKey> = {
  'layout not recognised': 'problemLayout',
  'sign-in page': 'problemSignedOut',
  'robot check': 'problemRobotCheck',
  'read refused': 'problemReadRefused',
};

/** Every supported site, "amazon.co.jp, amazon.com, …, or amazon.ca" in the UI's language. */
const everySite = (language: 'ja' | 'en') => new Intl.ListFormat(language, { type: 'disjunction' }).format(MARKETPLACES.map((m) => m.host.replace(/^www\./, '')));

const whyKey = (problem: string) => `checkWhy_${problem.replaceAll(/[ -]/g, '_')}` as MessageKey;

/**
 * What we know and what we could not check. "All clear" is said only when every page read was read, the last check
 * of every marketplace finished with every page read, and every marketplace has addresses to judge against.
 */
export function StatusLine({ reads, checks, incompleteOrders, marketplacesWithoutAddresses, addressesPresumed, findingCount, language, t, onOpenOptions }: Props) {
  const failedChecks = (Object.entries(checks) as [MarketplaceId, CheckOutcome][]).filter(([, c]) => c.problem !== null);
  if (reads.length === 0 && failedChecks.length === 0) return <p class="status status--idle">{t('statusNothingRead', everySite(language))}</p>;
  const incomplete = Object.entries(incompleteOrders) as [MarketplaceId, number][];
  const allRead = reads.every((r) => r.recognized) && failedChecks.length === 0 && incomplete.length === 0;
  const allClear = allRead && marketplacesWithoutAddresses.length === 0 && findingCount === 0;
  const hostOf = (m: MarketplaceId) => marketplaceById(m)?.host ?? m;
  return (
    <section class="status" aria-label={t('statusHeading')}>
      <ul class="status__reads">
        {reads.map((read) => (
          <li key={read.marketplace} class={read.recognized ? 'status__read' : 'status__read status__read--problem'}>
            {read.recognized
              ? t('statusRead', [hostOf(read.marketplace), formatTime(read.at, language), String(read.orderCount)])
              : t(PROBLEM_KEYS[read.problem ?? ''] ?? 'problemLayout', [hostOf(read.marketplace), formatTime(read.at, language)])}
          </li>
        ))}
        {failedChecks.map(([marketplace, check]) => (
          <li
            key={`check-${marketplace}`}
            class={check.problem === 'page cut short' ? 'status__read status__read--problem status__incomplete' : 'status__read status__read--problem'}
          >
            {t('checkFailed', [
              hostOf(marketplace),
              formatTime(check.at, language),
              t(whyKey(check.problem!)),
              check.lastCompleteAt === null ? t('checkNeverComplete') : formatTime(check.lastCompleteAt, language),
            ])}
          </li>
        ))}
        {incomplete.map(([marketplace, count]) => (
          <li key={`incomplete-${marketplace}`} class="status__read status__read--problem status__incomplete">
            {t('statusIncompleteOrders', [hostOf(marketplace), String(count)])}
          </li>
        ))}
      </ul>
      {marketplacesWithoutAddresses.map((m) => (
        <p key={m} class="status__missing" role="note">
          {t('statusNoAddresses', hostOf(m))}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('addAddresses')}
          </button>
        </p>
      ))}
      {addressesPresumed.map((m) => (
        <p key={`presumed-${m}`} class="status__presumed" role="note">
          {t('statusAddressesPresumed', hostOf(m))}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('confirmAddresses')}
          </button>
        </p>
      ))}
      {allClear && <p class="status__clear">{t('statusAllClear')}</p>}
    </section>
  );
}
