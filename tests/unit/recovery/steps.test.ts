import { describe, expect, it } from 'vitest';
import type { Language } from '../../../utils/localized';
import { MARKETPLACES } from '../../../utils/marketplaces';
import { recoveryChecklist, recoveryStepIds } from '../../../utils/recovery/checklist';
import { LINKS, SECTION_IDS, STEPS, type ChecklistText, type StepContext, type Text } from '../../../utils/recovery/steps';
import { EN } from '../../../utils/recovery/steps.en';
import { JA } from '../../../utils/recovery/steps.ja';

const TEXTS: Record<Language, ChecklistText> = { ja: JA, en: EN };

/** Every shape of context a template can see, so that no branch of a template goes unread. */
const CONTEXTS: StepContext[] = MARKETPLACES.flatMap((market) =>
  [false, true].flatMap((lockedOut) =>
    [[], ['503-1234567-1234567', 'D01-7654321-7654321']].flatMap((orderIds) =>
      ['', 'JCB'].flatMap((issuerName) =>
        [null, '0120-111-111'].flatMap((regularLine) =>
          [null, '0120-222-222'].map((theftLine) => ({
            marketplace: market.id,
            site: market.host.replace(/^www\./, ''),
            japan: market.id === 'co.jp',
            lockedOut,
            orderIds,
            issuerName,
            regularLine,
            theftLine,
          })),
        ),
      ),
    ),
  ),
);

const read = (text: Text, context: StepContext) => (typeof text === 'string' ? text : text(context));
const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('the recovery steps table', () => {
  it('has unique step ids', () => {
    const ids = STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['ja', 'en'] as const)('has text in %s for exactly its steps, sections and links', (language) => {
    const texts = TEXTS[language];
    expect(sorted(Object.keys(texts.steps))).toEqual(sorted(STEPS.map((step) => step.id)));
    expect(sorted(Object.keys(texts.sections))).toEqual(sorted(SECTION_IDS));
    expect(sorted(Object.keys(texts.links))).toEqual(sorted(Object.keys(LINKS)));
  });

  it.each(['ja', 'en'] as const)('has no empty or padded text in %s, in any context', (language) => {
    const texts = TEXTS[language];
    const all: [string, Text][] = [
      ...STEPS.flatMap((step): [string, Text][] => [
        [`${step.id} title`, texts.steps[step.id].title],
        [`${step.id} detail`, texts.steps[step.id].detail],
      ]),
      ...SECTION_IDS.map((id): [string, Text] => [`section ${id}`, texts.sections[id]]),
      ...Object.entries(texts.links).map(([id, text]): [string, Text] => [`link ${id}`, text]),
    ];
    for (const context of CONTEXTS) {
      for (const [name, text] of all) {
        const words = read(text, context);
        expect(words.trim(), `${name} on ${context.marketplace}`).not.toBe('');
        expect(words, `${name} on ${context.marketplace}`).toBe(words.trim());
      }
    }
  });

  it('puts every step of the table in some checklist, and every section in all of them', () => {
    const shown = new Set(
      CONTEXTS.flatMap((c) =>
        recoveryStepIds(
          recoveryChecklist(c.marketplace, {
            orderIds: c.orderIds,
            lockedOut: c.lockedOut,
            issuer: { name: c.issuerName, regularLine: c.regularLine, theftLine: c.theftLine },
          }),
        ),
      ),
    );
    expect(sorted(shown)).toEqual(sorted(STEPS.map((step) => step.id)));
    for (const market of MARKETPLACES) {
      const sections = recoveryChecklist(market.id, { orderIds: [], lockedOut: false, issuer: null });
      expect(sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
      expect(sections.every((s) => s.steps.length > 0)).toBe(true);
    }
  });
});
