import * as v from 'valibot';
import type { AnyPageResult } from '../../amazon/read-page';
import { answerFinding } from '../../db/answers';
import { recordRefusedRead, storePageRead } from '../../db/page-reads';
import { defineRequest } from '../../protocol/define-request';
import {
  AddressBookResultSchema,
  DevicesResultSchema,
  LoginSecurityResultSchema,
  OrderDetailResultSchema,
  OrderListResultSchema,
  text,
} from '../../protocol/read-schemas';

/** A page read by a content script: stored and judged for the tab's own marketplace only. */
function pageRead<S extends v.GenericSchema<unknown, AnyPageResult>>(schema: S) {
  return defineRequest({
    from: 'page',
    fields: { read: schema },
    effect: 'findings',
    handle: (request, { db, now, sender, drop }) => {
      // The schema is the read's own; the generic entry only loses that it is required.
      const read = request.read as AnyPageResult;
      if (read.marketplace !== sender.marketplace) drop('page read for another marketplace');
      return storePageRead(db, read, sender.url, now);
    },
    onRefused: ({ db, now, sender }) => recordRefusedRead(db, sender.marketplace, now),
  });
}

/** Requests from content scripts (code in an Amazon tab). */
export const PAGE_REQUESTS = {
  'page:order-list-read': pageRead(OrderListResultSchema),
  'page:order-detail-read': pageRead(OrderDetailResultSchema),
  'page:address-book-read': pageRead(AddressBookResultSchema),
  'page:devices-read': pageRead(DevicesResultSchema),
  'page:login-security-read': pageRead(LoginSecurityResultSchema),
  // From the mark on an order card: the owner's answer, for a finding of the marketplace the tab is on.
  'page:answer-finding': defineRequest({
    from: 'page',
    fields: { id: text(400), answer: v.picklist(['mine', 'not-me']) },
    effect: 'findings',
    handle: async ({ id, answer }, { db, now, sender, drop }) => {
      const answered = await answerFinding(db, id, answer, now, sender.marketplace);
      if (!answered.answered) drop('answer for an unknown finding or another marketplace');
      return answered;
    },
  }),
};
