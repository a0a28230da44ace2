import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

export interface OrderMarkData {
  findingId: string;
  severity: 'alert' | 'warning' | 'info';
  reason: string;
}

interface Props {
  marks: OrderMarkData[];
  t: Translate;
  onAnswer: (findingId: string, answer: 'mine' | 'not-me') => Promise<void>;
}

/** The compact mark on a suspicious order card: why, and the owner's two answers. Page strings render as text. */
export function OrderMark({ marks, t, onAnswer }: Props) {
  const [answered, setAnswered] = useState<'mine' | 'not-me' | null>(null);
  const alert = marks.some((m) => m.severity === 'alert');
  // Only a person's click counts: a page script could call click() on a button it found.
  const answer = (event: Event, choice: 'mine' | 'not-me') => {
    if (event.isTrusted) void onAnswer(marks[0].findingId, choice).then(() => setAnswered(choice));
  };
  return (
    <aside class={`mark ${alert ? 'mark--alert' : 'mark--warning'}`} aria-label={t('markLabel')}>
      <strong class="mark__severity">{t(alert ? 'severity_alert' : 'severity_warning')}</strong>
      <span class="mark__by">Order Sentinel</span>
      <ul class="mark__reasons">
        {marks.map((m) => (
          <li key={m.findingId}>{m.reason}</li>
        ))}
      </ul>
      {answered ? (
        <p class="mark__answered" role="status">
          {t(answered === 'mine' ? 'answeredMine' : 'answeredNotMe')}
        </p>
      ) : (
        <div class="mark__actions">
          <button type="button" onClick={(e) => answer(e, 'mine')}>
            {t('thisWasMe')}
          </button>
          <button type="button" class="mark__not-me" onClick={(e) => answer(e, 'not-me')}>
            {t('notMe')}
          </button>
        </div>
      )}
    </aside>
  );
}

/** Inside a shadow root: Amazon's styles cannot reach it, and it sets its own from a clean slate. */
export const ORDER_MARK_CSS = `
:host { all: initial; display: block; margin: 0 0 8px; }
.mark { font: 13px/1.45 system-ui, "Noto Sans CJK JP", sans-serif; color: #111; background: #fff8f6; border: 1px solid #e6b3ad;
  border-left: 5px solid #c40000; border-radius: 6px; padding: 8px 12px; }
.mark--warning { background: #fffaf0; border-color: #f0d29c; border-left-color: #b35c00; }
.mark__severity { color: #fff; background: #c40000; border-radius: 3px; padding: 0 6px; margin-right: 6px; }
.mark--warning .mark__severity { background: #b35c00; }
.mark__by { color: #555; font-size: 12px; }
.mark__reasons { margin: 4px 0 6px; padding-left: 18px; }
.mark__actions { display: flex; gap: 8px; }
button { font: inherit; padding: 3px 12px; border-radius: 4px; border: 1px solid #888; background: #fff; color: #111; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.mark__not-me { border-color: #c40000; color: #a40000; }
.mark__answered { margin: 0; color: #333; }
`;
