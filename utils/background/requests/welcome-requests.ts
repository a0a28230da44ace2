import * as v from 'valibot';
import { saveSettings, SettingsSchema } from '../../db/settings';
import { verdict } from '../../db/verdict';
import { defineRequest } from '../../protocol/define-request';

/** Requests from the welcome page (opened on install): the owner's choices, then the first check and its verdict. */
export const WELCOME_REQUESTS = {
  'welcome:get-verdict': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db }) => verdict(db) }),
  'welcome:save-choices': defineRequest({
    from: 'extension-page',
    fields: {
      watched: v.pipe(SettingsSchema.entries.watched, v.minLength(1)),
      notifications: SettingsSchema.entries.notifications,
      historyMonths: SettingsSchema.entries.historyMonths,
    },
    effect: 'store',
    handle: async (choices, { db, services }) => {
      const saved = await saveSettings(db, choices);
      await services.reschedule();
      return saved;
    },
  }),
};
