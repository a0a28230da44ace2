import type { AnyPageResult, UnknownPage } from '../amazon/page-reader';
import { sendFromPage } from '../messaging/send';
import { pageReadMessage } from '../protocol/page-read-message';
import { answerReadForReport } from './answer-read-for-report';

/**
 * What every content script does with the reader it carries: answers "Report this page" with it, reads the page once
 * and hands the read to the background. Resolves to the background's reply (undefined for a page we do not read, or
 * when no reply came).
 */
export async function handOverRead<R extends AnyPageResult | UnknownPage>(readThisPage: (root: ParentNode, url: string) => R) {
  answerReadForReport(readThisPage);
  const message = pageReadMessage(readThisPage(document, location.href));
  return message ? sendFromPage(message) : undefined;
}
