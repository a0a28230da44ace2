import { useId, useRef, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

interface Props {
  /** The plain-text summary (utils/recovery/incident-summary.ts). */
  text: string;
  t: Translate;
  /** Puts the text on the clipboard; rejects when it could not. */
  onCopy: (text: string) => Promise<void>;
}

/**
 * The incident summary, read-only, with a copy button. The result of copying is announced politely; when copying
 * fails the text is selected so the owner can copy it by hand.
 */
export function IncidentSummary({ text, t, onCopy }: Props) {
  const prefix = `incident-${useId().replace(/[^A-Za-z0-9-]/g, '-')}`;
  // The outcome belongs to the text that was copied: a new summary clears it.
  const [outcome, setOutcome] = useState<{ text: string; copied: boolean } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const state = outcome?.text !== text ? 'idle' : outcome.copied ? 'copied' : 'failed';

  const copy = async () => {
    try {
      await onCopy(text);
      setOutcome({ text, copied: true });
    } catch {
      setOutcome({ text, copied: false });
      textarea.current?.focus();
      textarea.current?.select();
    }
  };

  return (
    <section class="incident" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>{t('incidentSummaryHeading')}</h2>
      <label for={`${prefix}-text`}>{t('incidentSummaryLabel')}</label>
      <textarea
        id={`${prefix}-text`}
        ref={textarea}
        class="incident__text"
        readOnly
        spellcheck={false}
        rows={Math.min(20, Math.max(4, text.split('\n').length))}
        value={text}
      />
      <button type="button" class="incident__copy" onClick={() => void copy()}>
        {t('copySummary')}
      </button>
      <p class="incident__status" role="status" aria-live="polite">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </p>
    </section>
  );
}
