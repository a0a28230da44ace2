import { marketplaceForUrl } from '../marketplaces';
import type { DevicesResult, RegisteredDevice } from './account-types';
import { boundProblems, cutList, cutNullable, cutText, noteInto } from './bound';
import { detectProblemPage } from './detect-problem-page';
import { ACCOUNT_LABELS } from './labels';
import { LIMITS } from './limits';
import { parseOrderDate } from './parse-date';
import { deviceSelectors as s } from './selectors';
import { fieldValue, outermost } from './page-helpers';
import { sameLabel, textOf } from './text';
import type { UnrecognizedReason } from './types';

const DEVICE_LABELS = [...ACCOUNT_LABELS.deviceName, ...ACCOUNT_LABELS.deviceType, ...ACCOUNT_LABELS.registeredOn];

/**
 * Reads Manage Your Content and Devices → Devices: every device or reading app registered to the account, with its
 * type and, where the device details print it, its registration date. Device tiles first; without them (the older
 * `/mn/dcw/myx.html` list, or tiles whose classes changed) every "Device name" label marks one device. Never throws;
 * a page where neither finds a device is "layout not recognised", never "no devices".
 */
export function readDevices(root: ParentNode, url: string): DevicesResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'devices', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) => ({ recognized: false, kind: 'devices', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const tiles = outermost(Array.from(root.querySelectorAll(s.device)), s.device);
    const scopes = tiles.length > 0 ? tiles : labelScopes(root);
    if (scopes.length === 0) return unrecognized('layout not recognised');
    const devices: RegisteredDevice[] = [];
    const problems: string[] = [];
    // No account has LIMITS.devices devices; tiles past it are not read at all.
    for (const [index, scope] of cutList(scopes, LIMITS.devices, noteInto(problems), 'devices').entries()) {
      const name = fieldValue(scope, s.label, ACCOUNT_LABELS.deviceName, DEVICE_LABELS) ?? (textOf(scope.querySelector(s.deviceName)) || null);
      if (!name) {
        problems.push(`device ${index + 1}: no name`);
        continue;
      }
      const type = fieldValue(scope, s.label, ACCOUNT_LABELS.deviceType, DEVICE_LABELS) ?? (textOf(scope.closest(s.typeGroup)?.querySelector(s.typeTitle)) || null);
      const registeredText = fieldValue(scope, s.label, ACCOUNT_LABELS.registeredOn, DEVICE_LABELS);
      const registeredOn = registeredText ? parseOrderDate(registeredText) : null;
      if (registeredText && !registeredOn) problems.push(`device ${index + 1}: registration date not read`);
      const note = noteInto(problems, `device ${index + 1}: `);
      devices.push({ name: cutText(name, LIMITS.deviceName, note, 'name'), type: cutNullable(type, LIMITS.deviceName, note, 'type'), registeredOn });
    }
    if (devices.length === 0) return unrecognized('layout not recognised');
    return { recognized: true, kind: 'devices', marketplace: marketplace.id, devices, problems: boundProblems(problems) };
  } catch {
    return unrecognized('layout not recognised');
  }
}

/**
 * Without device tiles: the largest element around each "Device name" label that holds no other one, i.e. one
 * device's row or details box.
 */
function labelScopes(root: ParentNode): Element[] {
  const isName = (el: Element) => sameLabel(textOf(el), ACCOUNT_LABELS.deviceName);
  const nameLabels = Array.from(root.querySelectorAll(s.label)).filter(isName);
  return nameLabels.map((label) => {
    let scope: Element = label;
    for (let parent = scope.parentElement; parent && !parent.matches('body, html'); parent = parent.parentElement) {
      if (Array.from(parent.querySelectorAll(s.label)).filter(isName).length > 1) break;
      scope = parent;
    }
    return scope;
  });
}
