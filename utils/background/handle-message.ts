import * as v from 'valibot';
import type { SentinelDatabase } from '../db/database';
import { countDroppedMessage } from '../db/operations';
import { ExtensionPageToBackgroundSchema, PageToBackgroundSchema, type Replies } from '../messages';
import { classifySender, type Self, type SenderInfo } from '../messaging/sender';
import { addKnownAddress, importKnownAddresses, listKnownAddresses, removeKnownAddress } from './known-addresses';
import { overview } from './overview';
import { answerFinding } from './answer-finding';
import { deleteEverything, exportBackup, importBackup } from './backup';
import { readIncident, updateIncident } from './incident';
import { rejudge } from './rejudge';
import { readSettings, saveSettings } from './settings';
import { readCheckState, type CheckState } from '../watch/run-check';
import { storePageRead } from './store-page-read';

export interface BackgroundDeps {
  /** Starts a periodic check now (or continues the one under way); resolves once it is planned. */
  checkNow?: () => Promise<CheckState | null>;
  /** Called when the owner changes when checks run. */
  onSettingsChanged?: () => Promise<void>;
  db: SentinelDatabase;
  self: Self;
  now: () => number;
  /** Called after anything that can change the open findings (the badge follows). */
  onFindingsChanged: () => Promise<void>;
  log: (message: string, detail: unknown) => void;
}

/**
 * The background's one entry for messages. Checks who is talking, validates the message against its direction's
 * schema, and only then acts. Anything else is dropped, logged and counted; nothing of it is stored.
 */
export function createMessageHandler(deps: BackgroundDeps) {
  const drop = async (why: string, detail: unknown) => {
    deps.log(`Order Sentinel dropped a message: ${why}`, detail);
    await countDroppedMessage(deps.db);
    return undefined;
  };

  return async function handleMessage(message: unknown, senderInfo: SenderInfo): Promise<Replies[keyof Replies] | undefined> {
    const sender = classifySender(senderInfo, deps.self);
    if (!sender) return drop('unknown sender', { url: senderInfo.url, id: senderInfo.id });

    if (sender.kind === 'content-script') {
      const parsed = v.safeParse(PageToBackgroundSchema, message);
      if (!parsed.success) return drop('malformed page message', v.flatten(parsed.issues));
      const page = parsed.output;
      const now = deps.now();
      if (page.type === 'page:answer-finding') {
        const finding = await deps.db.findings.get(page.id);
        if (!finding || finding.marketplace !== sender.marketplace) return drop('answer for another marketplace', page.id);
        const answered = await answerFinding(deps.db, page.id, page.answer, now);
        await deps.onFindingsChanged();
        return answered;
      }
      if (page.read.marketplace !== sender.marketplace) return drop('page message for another marketplace', page.read.marketplace);
      const reply = await storePageRead(deps.db, page.read, senderInfo.url!, now);
      await deps.onFindingsChanged();
      return reply;
    }

    const parsed = v.safeParse(ExtensionPageToBackgroundSchema, message);
    if (!parsed.success) return drop('malformed extension-page message', v.flatten(parsed.issues));
    const request = parsed.output;
    switch (request.type) {
      case 'popup:get-overview':
        return overview(deps.db);
      case 'options:list-known-addresses':
        return listKnownAddresses(deps.db);
      case 'popup:get-incident':
        return readIncident(deps.db, request.marketplace, deps.now());
      case 'popup:update-incident':
        return updateIncident(deps.db, request.marketplace, request, deps.now());
      case 'options:get-settings':
        return readSettings(deps.db);
      case 'options:save-settings': {
        const saved = await saveSettings(deps.db, request.settings);
        await deps.onSettingsChanged?.();
        return saved;
      }
      case 'popup:check-now':
        return deps.checkNow ? deps.checkNow() : readCheckState(deps.db);
      case 'popup:check-status':
        return readCheckState(deps.db);
      case 'options:list-devices': {
        const [devices, learned] = await Promise.all([deps.db.devices.toArray(), deps.db.learned.toArray()]);
        return { devices, confirmed: learned.filter((f) => f.kind === 'device').map((f) => `${f.marketplace}|${f.value}`) };
      }
      case 'options:confirm-device': {
        const now = deps.now();
        await deps.db.learned.put({ id: `${request.marketplace}|device|${request.name}`, marketplace: request.marketplace, kind: 'device', value: request.name, addedAt: now });
        await rejudge(deps.db, request.marketplace, now);
        await deps.onFindingsChanged();
        return { confirmed: true };
      }
      case 'options:forget-device': {
        const device = await deps.db.devices.get(request.id);
        if (!device) return { forgotten: false };
        await deps.db.devices.delete(request.id);
        await deps.db.learned.delete(`${device.marketplace}|device|${device.name}`);
        await rejudge(deps.db, device.marketplace, deps.now());
        await deps.onFindingsChanged();
        return { forgotten: true };
      }
      case 'options:export':
        return exportBackup(deps.db, deps.now());
      case 'options:import-backup': {
        const imported = await importBackup(deps.db, request.backup, deps.now());
        await deps.onFindingsChanged();
        return imported;
      }
      case 'options:delete-all': {
        const deleted = await deleteEverything(deps.db);
        await deps.onFindingsChanged();
        return deleted;
      }
      case 'options:import-known-addresses': {
        const imported = await importKnownAddresses(deps.db, request.marketplace, request.addresses, deps.now());
        await deps.onFindingsChanged();
        return imported;
      }
      case 'options:add-known-address': {
        const added = await addKnownAddress(deps.db, request.marketplace, request.address, deps.now());
        await deps.onFindingsChanged();
        return added;
      }
      case 'popup:answer-finding': {
        const answered = await answerFinding(deps.db, request.id, request.answer, deps.now());
        await deps.onFindingsChanged();
        return answered;
      }
      case 'options:remove-known-address': {
        const removed = await removeKnownAddress(deps.db, request.id, deps.now());
        await deps.onFindingsChanged();
        return removed;
      }
    }
  };
}
