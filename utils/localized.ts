/**
 * A text in the two languages the extension speaks. One shape for every bilingual string (reasons, signs, the
 * recovery checklist), so that a text can go from the rules to the popup or the checklist without conversion.
 */
export interface Localized {
  ja: string;
  en: string;
}

export type Language = keyof Localized;
