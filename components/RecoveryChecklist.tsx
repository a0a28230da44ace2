import { useId } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import type { RecoverySection } from '../utils/recovery/checklist';

interface Props {
  sections: RecoverySection[];
  language: 'ja' | 'en';
  t: Translate;
  /** Ids of the steps the owner has ticked. */
  done: ReadonlySet<string>;
  onToggle: (stepId: string) => void;
}

const safeId = (id: string) => id.replace(/[^A-Za-z0-9-]/g, '-');

/**
 * The way back, step by step: every step a real checkbox with its label, its explanation and its links (new tab).
 * Native controls only, so it works with the keyboard alone (Tab, Space). Every string is rendered as text.
 */
export function RecoveryChecklist({ sections, language, t, done, onToggle }: Props) {
  const prefix = `recovery-${safeId(useId())}`;
  const stepIds = sections.flatMap((section) => section.steps.map((step) => step.id));
  const doneCount = stepIds.filter((id) => done.has(id)).length;
  return (
    <section class="recovery" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>{t('recoveryHeading')}</h2>
      <p class="recovery__progress">{t('recoveryProgress', [String(doneCount), String(stepIds.length)])}</p>
      {sections.map((section) => {
        const headingId = `${prefix}-section-${safeId(section.id)}`;
        return (
          <section key={section.id} class="recovery__section" aria-labelledby={headingId}>
            <h3 id={headingId}>{section.title[language]}</h3>
            <ol class="recovery__steps">
              {section.steps.map((step) => {
                const inputId = `${prefix}-step-${safeId(step.id)}`;
                const checked = done.has(step.id);
                return (
                  <li key={step.id} class={checked ? 'recovery__step recovery__step--done' : 'recovery__step'}>
                    <input
                      type="checkbox"
                      id={inputId}
                      checked={checked}
                      aria-describedby={`${inputId}-detail`}
                      onChange={() => onToggle(step.id)}
                    />
                    <label for={inputId}>{step.title[language]}</label>
                    <p id={`${inputId}-detail`} class="recovery__detail">
                      {step.detail[language]}
                    </p>
                    {step.links.length > 0 && (
                      <ul class="recovery__links">
                        {step.links.map((link) => (
                          <li key={link.url}>
                            <a href={link.url} target="_blank" rel="noreferrer">
                              {link.label[language]}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
