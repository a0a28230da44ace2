import * as v from 'valibot';
import { deleteEverything, exportBackup, importBackup } from '../../db/backup';
import { judgeMarketplace } from '../../db/judge-marketplace';
import { addKnownAddress, confirmDevice, forgetDevice, importKnownAddresses, listDevices, listKnownAddresses, rejectPresumedAddress, removeKnownAddress } from '../../db/known-world';
import { readSettings, saveSettings, SettingsSchema } from '../../db/settings';
import { defineRequest } from '../../protocol/define-request';
import { ShipToSchema, marketplaceId, text } from '../../protocol/read-schemas';

/** Requests from the options page. */
export const OPTIONS_REQUESTS = {
  'options:list-known-addresses': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db }) => listKnownAddresses(db) }),
  'options:add-known-address': defineRequest({
    from: 'extension-page',
    fields: { marketplace: marketplaceId, address: ShipToSchema },
    effect: 'findings',
    handle: ({ marketplace, address }, { db, now }) => addKnownAddress(db, marketplace, address, now),
  }),
  'options:import-known-addresses': defineRequest({
    from: 'extension-page',
    fields: { marketplace: marketplaceId, addresses: v.pipe(v.array(ShipToSchema), v.minLength(1), v.maxLength(100)) },
    effect: 'findings',
    handle: ({ marketplace, addresses }, { db, now }) => importKnownAddresses(db, marketplace, addresses, now),
  }),
  'options:reject-presumed-address': defineRequest({
    from: 'extension-page',
    fields: { marketplace: marketplaceId, address: ShipToSchema },
    effect: 'findings',
    handle: ({ marketplace, address }, { db, now }) => rejectPresumedAddress(db, marketplace, address, now),
  }),
  'options:remove-known-address': defineRequest({
    from: 'extension-page',
    fields: { id: v.pipe(v.number(), v.integer(), v.minValue(1)) },
    effect: 'findings',
    handle: ({ id }, { db, now }) => removeKnownAddress(db, id, now),
  }),
  'options:get-settings': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db }) => readSettings(db) }),
  'options:save-settings': defineRequest({
    from: 'extension-page',
    fields: { settings: v.partial(SettingsSchema) },
    effect: 'store',
    handle: async ({ settings }, { db, services }) => {
      const saved = await saveSettings(db, settings);
      await services.reschedule();
      return saved;
    },
  }),
  'options:list-devices': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db }) => listDevices(db) }),
  'options:confirm-device': defineRequest({
    from: 'extension-page',
    fields: { marketplace: marketplaceId, name: text(200) },
    effect: 'findings',
    handle: ({ marketplace, name }, { db, now }) => confirmDevice(db, marketplace, name, now),
  }),
  'options:forget-device': defineRequest({
    from: 'extension-page',
    fields: { id: text(300) },
    effect: 'findings',
    handle: ({ id }, { db, now }) => forgetDevice(db, id, now),
  }),
  'options:export': defineRequest({ from: 'extension-page', fields: {}, effect: 'read', handle: (_, { db, now }) => exportBackup(db, now) }),
  // A backup is checked whole, with the store's own record schemas, before anything is replaced.
  'options:import-backup': defineRequest({
    from: 'extension-page',
    fields: { backup: v.unknown() },
    effect: 'findings',
    handle: async ({ backup }, { db, now, services }): Promise<{ imported: boolean; refused?: string }> => {
      const result = await importBackup(db, backup);
      if (!result.imported) return result;
      for (const marketplace of result.marketplaces) await judgeMarketplace(db, marketplace, now);
      await services.reschedule();
      return { imported: true };
    },
  }),
  'options:delete-all': defineRequest({
    from: 'extension-page',
    fields: { confirmed: v.literal(true) },
    effect: 'findings',
    handle: async (_, { db, services }) => {
      const deleted = await deleteEverything(db);
      await services.reschedule();
      return deleted;
    },
  }),
};
