import * as v from 'valibot';
import { answerFinding } from '../../db/answers';
import { checkStateItem } from '../../db/check-state';
import { readIncident, updateIncident } from '../../db/incident';
import { overview } from '../../db/overview';
import { pageReport } from '../../inspect/page-report';
import { defineRequest } from '../../protocol/define-request';
import { marketplaceId, text } from '../../protocol/read-schemas';

/** Requests from the popup. */
export const POPUP_REQUESTS = {
  'popup:get-overview': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db }) => overview(db) }),
  'popup:answer-finding': defineRequest({
    from: 'extension-page',
    fields: { id: text(400), answer: v.picklist(['mine', 'not-me']) },
    effect: 'findings',
    handle: ({ id, answer }, { db, now }) => answerFinding(db, id, answer, now),
  }),
  'popup:get-incident': defineRequest({
    from: 'extension-page',
    fields: { marketplace: marketplaceId },
    effect: 'read',
    handle: ({ marketplace }, { db, now }) => readIncident(db, marketplace, now),
  }),
  'popup:update-incident': defineRequest({
    from: 'extension-page',
    fields: { marketplace: marketplaceId, toggle: v.optional(text(100)), lockedOut: v.optional(v.boolean()) },
    effect: 'store',
    handle: ({ marketplace, ...patch }, { db, now }) => updateIncident(db, marketplace, patch, now),
  }),
  // The check writes through the writer itself, page by page, with pauses between: it is not one write.
  'popup:check-now': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { services }) => services.checkNow() }),
  'popup:check-status': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db }) => checkStateItem.read(db) }),
  // "Report this page": the popup names the tab; the background asks that tab's content script, checks its answer
  // like every read, and redacts it, so that nothing identifying the owner reaches the popup or the saved file.
  'popup:report-page': defineRequest({
    from: 'extension-page',
    fields: { tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) },
    effect: 'read',
    handle: async ({ tabId }, { services }) => {
      const { url, reply } = await services.readTab(tabId);
      return pageReport(url, reply);
    },
  }),
};
