import type { CheckState, CheckStop } from '../utils/db/check-state';
import type { Translate } from '../utils/i18n';
import { marketplaceById, type MarketplaceId } from '../utils/marketplaces';

interface Props {
  marketplace: MarketplaceId;
  why: CheckStop;
  t: Translate;
  /** The owner signed in (or solved the robot check): the check of this site goes on. */
  onContinue: () => void;
  /** Asks the browser for access to the site (a click is needed for the browser to ask). */
  onGrantAccess: () => void;
}

/**
 * A site the check could not read is never skipped in silence: signed out (or a robot check, or sent elsewhere), the
 * owner opens Amazon, signs in and continues; not allowed to read it, the owner grants access.
 */
export function SignInStep({ marketplace, why, t, onContinue, onGrantAccess }: Props) {
  const host = marketplaceById(marketplace)?.host ?? marketplace;
  if (why === 'no access') {
    return (
      <div class="sign-in-step" role="note">
        <p>{t('noAccess', host)}</p>
        <button type="button" onClick={onGrantAccess}>
          {t('grantAccess', host)}
        </button>
      </div>
    );
  }
  return (
    <div class="sign-in-step" role="note">
      <p>{t('signInStep', host)}</p>
      {/* The order history: Amazon sends a signed-out owner to its sign-in page, and back here afterwards. */}
      <a href={`https://${host}/your-orders/orders`} target="_blank" rel="noreferrer">
        {t('signInLink', host)}
      </a>{' '}
      <button type="button" onClick={onContinue} aria-label={t('continueCheckLabel', host)}>
        {t('continueCheck')}
      </button>
    </div>
  );
}

/** The sites of a check that stopped for something only the owner can do (sign in, solve a check, grant access). */
export function sitesNeedingOwner(state: CheckState | null): [MarketplaceId, CheckStop][] {
  const stopped = Object.entries(state?.stopped ?? {}) as [MarketplaceId, CheckStop][];
  return stopped.filter(([, why]) => why !== 'network' && why !== 'page cut short' && why !== 'layout not recognised');
}
