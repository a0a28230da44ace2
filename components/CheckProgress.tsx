import type { CheckState, CheckStep } from '../utils/db/check-state';
import type { MessageKey, Translate } from '../utils/i18n';
import { marketplaceById } from '../utils/marketplaces';

interface Props {
  state: CheckState;
  t: Translate;
}

/** "amazon.co.jp: order history 2025, page 3" for the step in flight. */
export function stepLabel(step: CheckStep, t: Translate): string {
  const host = marketplaceById(step.marketplace)?.host ?? step.marketplace;
  const list = t(`list_${step.list.replace('-', '_')}` as MessageKey);
  return step.year === undefined ? t('checkStep', [host, list, String(step.page)]) : t('checkStepYear', [host, list, String(step.year), String(step.page)]);
}

/**
 * A running check: what is being read and a bar of pages done / planned. The plan grows as lists turn out longer, so
 * the bar can step back; it never claims more than was read.
 */
export function CheckProgress({ state, t }: Props) {
  const done = state.done ?? 0;
  const planned = done + state.queue.length;
  const step = state.queue[0];
  return (
    <div class="check-progress">
      <progress max={Math.max(planned, 1)} value={done} aria-label={t('checkProgressLabel')} />
      <span role="status" class="check-progress__step">
        {step ? `${stepLabel(step, t)} · ` : ''}
        {t('checkPagesDone', [String(done), String(planned)])}
      </span>
    </div>
  );
}
