import { useEffect, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../utils/i18n';
import { marketplaceById } from '../utils/marketplaces';
import type { CheckState } from '../utils/db/check-state';

interface Props {
  t: Translate;
  start: () => Promise<CheckState | null>;
  status: () => Promise<CheckState | null>;
  /** The check ended: the popup reloads what it shows. */
  onDone: () => void;
}

/** "Check now", and while a check runs, where it is ("page 2 of order history, www.amazon.co.jp"). */
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
  const step = running ? state.queue[0] : undefined;
  return (
    <div class="check-now">
      <button type="button" disabled={running} onClick={() => void start().then(setState)}>
        {t('checkNow')}
      </button>
      <span role="status" class="check-now__progress">
        {step ? t('checkProgress', [String(step.page), t(`list_${step.list.replace('-', '_')}` as MessageKey), marketplaceById(step.marketplace)?.host ?? '']) : ''}
      </span>
    </div>
  );
}
