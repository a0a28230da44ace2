import type { SecuritySnapshot } from '../../../utils/db/records';
import { isoOf } from './dates';
import type { Locale } from './locales';
import type { OwnWorld } from './own-world';
import { digitsOf, type Rng } from './rng';
import type { AccountChange, SimAddress, SimDevice } from './types';

export interface AccountState {
  devices: SimDevice[];
  security: SecuritySnapshot;
  addressBook: SimAddress[];
  traits: string[];
}

/**
 * The account pages at first sight (the install): the owner's devices (some registered long ago, some apps without a
 * date, now and then a device of their own bought in the last month), Login & security (2SV on for about half, set
 * up long ago, a few recently by the owner), the address book (home, family, work, lockers; the old home sometimes
 * still there) — and what the attacker changed before the install.
 */
export function accountAtInstall(
  rng: Rng,
  locale: Locale,
  world: OwnWorld,
  firstDay: number,
  installDay: number,
  attack: { changes: AccountChange[]; startDay: number; addresses: SimAddress[] } | null,
): AccountState {
  const traits: string[] = [];
  const devices: SimDevice[] = rng.sample(locale.ownDevices, rng.int(1, 3)).map(([name, type]) => ({
    name: name.replace('{given}', world.given),
    type,
    registeredOn: rng.chance(0.25) ? null : isoOf(rng.int(firstDay, Math.max(firstDay, installDay - 60))),
    attack: false,
  }));
  if (rng.chance(0.06)) {
    const [name, type] = rng.pick(locale.ownDevices);
    devices.push({ name: `${name.replace('{given}', world.given)} (2)`, type, registeredOn: isoOf(installDay - rng.int(2, 25)), attack: false });
    traits.push('own-new-device');
  }
  const mobile = digitsOf(rng, 4);
  const twoStep = rng.chance(0.5);
  const app = twoStep && rng.chance(0.3);
  const recent = twoStep && rng.chance(0.08);
  if (recent) traits.push('own-2sv-recent');
  const security: SecuritySnapshot = {
    email: `${world.given.normalize('NFKD').replace(/[^a-z]/gi, '').slice(0, 1).toLowerCase() || 'u'}****@example.${locale.marketplace === 'co.jp' ? 'jp' : 'com'}`,
    mobileLastDigits: mobile,
    twoStepEnabled: twoStep,
    twoStepMethods: twoStep ? (app ? ['app', mobile] : [mobile]) : [],
    twoStepAddedOn: recent ? isoOf(installDay - rng.int(3, 25)) : twoStep && rng.chance(0.3) ? isoOf(rng.int(firstDay, installDay - 60)) : null,
    passkeys: rng.chance(0.15) ? 1 : 0,
  };
  const addressBook: SimAddress[] = [world.home, ...world.family, ...(world.work ? [world.work] : []), ...world.lockers, ...world.branches];
  if (world.oldHome && rng.chance(0.5)) addressBook.push(world.oldHome);

  for (const change of attack?.changes ?? []) {
    const on = isoOf(attack!.startDay);
    if (change === 'new-device') {
      const [name, type] = rng.pick(locale.attackerDevices);
      devices.push({ name, type, registeredOn: rng.chance(0.25) ? null : on, attack: true });
    } else if (change === 'two-step-takeover') {
      const phone = digitsOf(rng, 4);
      if (!security.twoStepEnabled) {
        // Switched on with the attacker's own phone; the 2SV settings page (when opened) says when.
        security.twoStepEnabled = true;
        security.twoStepMethods = [phone];
        security.twoStepAddedOn = rng.chance(0.5) ? on : null;
      } else if (rng.chance(0.5)) {
        // Both the account's mobile and the 2SV phone replaced by the attacker's.
        security.mobileLastDigits = phone;
        security.twoStepMethods = [phone];
        security.twoStepAddedOn = rng.chance(0.5) ? on : security.twoStepAddedOn;
      } else {
        // An authenticator app of the attacker's added to the owner's 2SV.
        security.twoStepMethods = [...security.twoStepMethods.filter((m) => m !== 'app'), 'app'];
        security.twoStepAddedOn = rng.chance(0.5) ? on : security.twoStepAddedOn;
      }
    } else if (change === 'email-change') {
      security.email = `${String.fromCharCode(97 + rng.int(0, 25))}****@${rng.pick(['mailbox.example', 'proton.example', 'fastmail.example'])}`;
    } else if (change === 'address-book-add') {
      addressBook.push(...attack!.addresses);
    }
  }
  return { devices, security, addressBook, traits };
}
