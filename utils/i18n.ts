import { browser } from 'wxt/browser';

/** The keys of the `_locales` messages (WXT generates the union), so a missing string is a type error. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** A UI string from `_locales` in the browser's language (Japanese or English). */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export function uiLanguage(): 'ja' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
