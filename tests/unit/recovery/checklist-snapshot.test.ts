import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_IDS, type MarketplaceId } from '../../../utils/marketplaces';
import { recoveryChecklist, type CardIssuer, type RecoveryContext, type RecoverySection, type RecoveryStep } from '../../../utils/recovery/checklist';

/**
 * The checklist as it was before its text became data (issue 13), for every marketplace × locked out × orders × card
 * issuer: the refactoring had to change no step, link or sentence, and a later edit to the texts shows up here as a
 * reviewed diff of checklist.snapshot.json. To record a deliberate change: RECORD_RECOVERY_CHECKLIST=1 npx vitest run
 * --project unit tests/unit/recovery/checklist-snapshot.test.ts, then read the diff.
 *
 * The same step is mostly the same in every case, so the file keeps each distinct step (and section title) once and
 * every case as references to them: 220 full checklists would be megabytes nobody reviews.
 */

const SNAPSHOT = resolve(__dirname, 'checklist.snapshot.json');

const ORDER_IDS: string[][] = [[], ['503-1234567-1234567', ' D01-7654321-7654321 ', '  ']];
const ISSUERS: (CardIssuer | null)[] = [
  null,
  ...['', 'JCB'].flatMap((name) =>
    [null, '0120-111-111'].flatMap((regularLine) => [null, '0120-222-222'].map((theftLine) => ({ name, regularLine, theftLine }))),
  ),
  // Blank and padded entries from the options form.
  { name: '  ', regularLine: '  ', theftLine: '' },
  { name: ' 三井住友カード ', regularLine: ' 0120-111-111 ', theftLine: ' 0120-222-222 ' },
];

interface Case {
  marketplace: MarketplaceId;
  context: RecoveryContext;
}

const CASES: Case[] = MARKETPLACE_IDS.flatMap((marketplace) =>
  [false, true].flatMap((lockedOut) =>
    ORDER_IDS.flatMap((orderIds) => ISSUERS.map((issuer) => ({ marketplace, context: { orderIds, lockedOut, issuer } }))),
  ),
);

/** A section as [id, index of its title variant, [step id, index of its variant][]]. */
type SectionRef = [string, number, [string, number][]];

interface Snapshot {
  sectionTitles: Record<string, RecoverySection['title'][]>;
  steps: Record<string, RecoveryStep[]>;
  cases: (Case & { sections: SectionRef[] })[];
}

function variantIndex<T>(variants: Record<string, T[]>, id: string, value: T): number {
  const list = (variants[id] ??= []);
  const json = JSON.stringify(value);
  const found = list.findIndex((v) => JSON.stringify(v) === json);
  if (found >= 0) return found;
  list.push(value);
  return list.length - 1;
}

function record(): Snapshot {
  const snapshot: Snapshot = { sectionTitles: {}, steps: {}, cases: [] };
  for (const { marketplace, context } of CASES) {
    const sections = recoveryChecklist(marketplace, context).map((section): SectionRef => [
      section.id,
      variantIndex(snapshot.sectionTitles, section.id, section.title),
      section.steps.map((step) => [step.id, variantIndex(snapshot.steps, step.id, step)]),
    ]);
    snapshot.cases.push({ marketplace, context, sections });
  }
  return snapshot;
}

/** Variants pretty-printed to read in a diff; each case on one line. */
function serialize(snapshot: Snapshot): string {
  const indent = (json: string) => json.replace(/\n/g, '\n  ');
  return (
    '{\n' +
    `  "sectionTitles": ${indent(JSON.stringify(snapshot.sectionTitles, null, 2))},\n` +
    `  "steps": ${indent(JSON.stringify(snapshot.steps, null, 2))},\n` +
    `  "cases": [\n${snapshot.cases.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]\n` +
    '}\n'
  );
}

function expand(snapshot: Snapshot, sections: SectionRef[]): RecoverySection[] {
  return sections.map(([id, title, steps]) => ({
    id,
    title: snapshot.sectionTitles[id][title],
    steps: steps.map(([stepId, variant]) => snapshot.steps[stepId][variant]),
  }));
}

if (process.env.RECORD_RECOVERY_CHECKLIST) writeFileSync(SNAPSHOT, serialize(record()));

describe('the recovery checklist against its recorded snapshot', () => {
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;

  it('the snapshot holds every marketplace × locked out × orders × issuer case', () => {
    expect(snapshot.cases.map(({ marketplace, context }) => ({ marketplace, context }))).toStrictEqual(CASES);
  });

  it.each(MARKETPLACE_IDS)('gives exactly the recorded checklist on %s in every case', (marketplace) => {
    const cases = snapshot.cases.filter((c) => c.marketplace === marketplace);
    expect(cases.length).toBe(CASES.length / MARKETPLACE_IDS.length);
    for (const { context, sections } of cases) {
      expect(recoveryChecklist(marketplace, context), JSON.stringify(context)).toStrictEqual(expand(snapshot, sections));
    }
  });
});
