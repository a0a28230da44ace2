import type { Language, Localized } from '../localized';
import { marketplaceById, type MarketplaceId } from '../marketplaces';
import { LINKS, SECTION_IDS, STEPS, WHEN, type ChecklistText, type StepContext, type Text } from './steps';
import { EN } from './steps.en';
import { JA } from './steps.ja';

/**
 * The way back after a takeover: what to do, in which order, with one-click links to the marketplace's own pages and
 * to public help. The steps, their conditions and links are the table in steps.ts; the words are in steps.ja.ts and
 * steps.en.ts. This only picks the steps that apply and fills in their texts.
 */

export { PUBLIC_HELP_HOSTS } from './steps';

export interface RecoveryLink {
  label: Localized;
  url: string;
}

export interface RecoveryStep {
  id: string;
  title: Localized;
  detail: Localized;
  links: RecoveryLink[];
}

export interface RecoverySection {
  id: string;
  title: Localized;
  steps: RecoveryStep[];
}

/** The card issuer's numbers, as the owner stored them in the options. */
export interface CardIssuer {
  name: string;
  regularLine: string | null;
  theftLine: string | null;
}

export interface RecoveryContext {
  /** The orders the owner said were not theirs. */
  orderIds: string[];
  /** The owner can no longer sign in (password, e-mail or 2SV changed by the attacker). */
  lockedOut: boolean;
  issuer: CardIssuer | null;
}

const TEXTS: Record<Language, ChecklistText> = { ja: JA, en: EN };

export function recoveryChecklist(marketplace: MarketplaceId, context: RecoveryContext): RecoverySection[] {
  const market = marketplaceById(marketplace);
  if (!market) throw new Error(`unknown marketplace ${marketplace}`);
  const facts: StepContext = {
    marketplace,
    site: market.host.replace(/^www\./, ''),
    japan: marketplace === 'co.jp',
    lockedOut: context.lockedOut,
    orderIds: context.orderIds.map((id) => id.trim()).filter((id) => id !== ''),
    issuerName: context.issuer?.name.trim() ?? '',
    regularLine: context.issuer?.regularLine?.trim() || null,
    theftLine: context.issuer?.theftLine?.trim() || null,
  };
  const fill = (text: (texts: ChecklistText) => Text): Localized => {
    const one = (language: Language) => {
      const t = text(TEXTS[language]);
      return typeof t === 'string' ? t : t(facts);
    };
    return { ja: one('ja'), en: one('en') };
  };

  const steps = STEPS.filter((step) => !step.when || WHEN[step.when](facts));
  return SECTION_IDS.map((section) => ({
    id: section,
    title: fill((t) => t.sections[section]),
    steps: steps
      .filter((step) => step.section === section)
      .map((step) => ({
        id: step.id,
        title: fill((t) => t.steps[step.id].title),
        detail: fill((t) => t.steps[step.id].detail),
        links: step.links.map((key) => {
          const link = LINKS[key];
          return { label: fill((t) => t.links[key]), url: 'url' in link ? link.url : `https://${market.host}${link.path}` };
        }),
      })),
  }));
}

/** The ids of the steps in a checklist, in order (e.g. to count progress or drop stored ids that no longer apply). */
export function recoveryStepIds(sections: RecoverySection[]): string[] {
  return sections.flatMap((section) => section.steps.map((step) => step.id));
}
