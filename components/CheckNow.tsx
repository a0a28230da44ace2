import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import type { CheckState } from '../utils/db/check-state';
import { CheckProgress } from './CheckProgress';

interface Props {
  t: Translate;
  start: () => Promise<CheckState | null>;
  status: () => Promise<CheckState | null>;
  /** The check ended (or read another page): the page reloads what it shows. */
  onDone: () => void;
}

/** "Check now", and while a check runs, where it is and how far (a bar of pages done / planned). */
export function CheckNow({ t, start, status, onDone }: Props) {
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
    </div>
  );
}
