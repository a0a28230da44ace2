import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import type { CheckState } from '../utils/db/check-state';
import type { MarketplaceId } from '../utils/marketplaces';
import { CheckProgress } from './CheckProgress';
import { SignInStep, sitesNeedingOwner } from './SignInStep';

interface Props {
  t: Translate;
  start: () => Promise<CheckState | null>;
  status: () => Promise<CheckState | null>;
  /** The check ended (or read another page): the page reloads what it shows. */
  onDone: () => void;
  /** Asks the browser for access to a site the check was not allowed to read; true when granted. */
  requestAccess: (marketplace: MarketplaceId) => Promise<boolean>;
}

/**
 * "Check now", and while a check runs, where it is and how far (a bar of pages done / planned); once it ended, each
 * site it could not read for something only the owner can do, with the step (sign in, or allow reading the site).
 */
export function CheckNow({ t, start, status, onDone, requestAccess }: Props) {
  const [state, setState] = useState<CheckState | null>(null);
  const running = state !== null && state.finishedAt === null;
  useEffect(() => {
    void status().then(setState);
  }, []);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void status().then((next) => {
        setState(next);
        if (next?.finishedAt) onDone();
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [running]);
  return (
    <div class="check-now">
      <button type="button" disabled={running} onClick={() => void start().then(setState)}>
        {t('checkNow')}
      </button>
      {running && <CheckProgress state={state} t={t} />}
      {!running &&
        sitesNeedingOwner(state).map(([m, why]) => (
          <SignInStep
            key={m}
            marketplace={m}
            why={why}
            t={t}
            onContinue={() => void start().then(setState)}
            onGrantAccess={() => void requestAccess(m).then((granted) => (granted ? start().then(setState) : undefined))}
          />
        ))}
    </div>
  );
}
