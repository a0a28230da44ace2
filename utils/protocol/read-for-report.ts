import type { AnyPageResult, UnknownPage } from '../amazon/read-page';

/*
 * Background → content script, for the popup's "Report this page": read the page again and hand over what the readers
 * see. Only the background sends it (the popup asks the background with `popup:report-page`, naming the tab); the
 * content script answers it from our own extension only, and the background validates the answer with the readers'
 * own schemas before anything is redacted and passed on. No valibot here: the content script imports this file.
 */
export const READ_FOR_REPORT = { type: 'background:read-for-report' } as const;
export type ReadForReport = typeof READ_FOR_REPORT;

/** Exactly `READ_FOR_REPORT`: its type and no other field. */
export function isReadForReport(message: unknown): message is ReadForReport {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const keys = Object.keys(message);
  return keys.length === 1 && keys[0] === 'type' && (message as { type: unknown }).type === READ_FOR_REPORT.type;
}

/** The content script's answer: the page's URL and what the readers returned for it. */
export interface TabRead {
  url: string;
  read: AnyPageResult | UnknownPage;
}
