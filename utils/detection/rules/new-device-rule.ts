import { accountFinding } from '../finding';
import { defineRule, learnedValues, type Rule } from '../rule';
import { TRUST_AGE, epochOf } from '../world';

export const NEW_DEVICE_RULE = 'new-device';

/**
 * A device registered to the account since we first saw the device list, or (on first sight) registered within the
 * last 30 days: attackers register an app or Kindle and buy digital content to it. A warning, an alert when digital
 * orders were placed the day it was registered or after. False-positive guard: devices present at first sight and
 * older than 30 days, and devices the owner confirmed, are never flagged.
 */
const detect: Rule = ({ input }) => {
  const confirmed = learnedValues(input, 'device');
  const firstSeen = input.devices.firstSeenAt;
  if (firstSeen === null) return [];
  return input.devices.entries.flatMap((device) => {
    if (confirmed.has(device.name)) return [];
    const registered = device.registeredOn ? epochOf(device.registeredOn) : null;
    const added = device.firstSeenAt > firstSeen || (registered !== null && registered > firstSeen - TRUST_AGE);
    if (!added) return [];
    const since = registered ?? device.firstSeenAt;
    const digitalAfter = input.orders.some((o) => o.digital && o.placedOn && epochOf(o.placedOn) >= since);
    const when = device.registeredOn ?? new Date(device.firstSeenAt).toISOString().slice(0, 10);
    return [
      accountFinding(NEW_DEVICE_RULE, input.marketplace, device.name, digitalAfter ? 'alert' : 'warning', {
        en: `A new device, "${device.name}"${device.type ? ` (${device.type})` : ''}, was registered to your account (${when})${digitalAfter ? ', and digital orders followed' : ''}.`,
        ja: `新しい端末「${device.name}」${device.type ? `（${device.type}）` : ''}がアカウントに登録されました（${when}）${digitalAfter ? '。その後デジタル注文があります' : ''}。`,
      }),
    ];
  });
};

export const newDeviceRule = defineRule({
  id: NEW_DEVICE_RULE,
  detect,
  // The device is the owner's.
  learn: ({ finding }) => (finding.subject ? [{ kind: 'device', value: finding.subject }] : []),
});
