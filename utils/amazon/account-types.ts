import type { MarketplaceId } from '../marketplaces';
import type { ShipTo, UnrecognizedReason } from './types';

/** Account pages (not orders) whose state a takeover changes: saved addresses, registered devices, sign-in security. */
export type AccountPageKind = 'address-book' | 'devices' | 'login-security';

export interface AccountUnrecognized<K extends AccountPageKind> {
  recognized: false;
  kind: K;
  marketplace: MarketplaceId;
  reason: UnrecognizedReason;
}

/** One tile of Your Addresses (`/a/addresses`). The phone number printed on the tile is not kept. */
export interface SavedAddress {
  address: ShipTo;
  /** The tile carries the "Default" / 「既定」 badge. */
  isDefault: boolean;
}

export interface AddressBookRead {
  recognized: true;
  kind: 'address-book';
  marketplace: MarketplaceId;
  /** In page order; the "Add address" tile is not an address and is never here. */
  addresses: SavedAddress[];
  problems: string[];
}

/** One device or reading app registered to the account (Manage Your Content and Devices → Devices). */
export interface RegisteredDevice {
  /** The name the owner (or whoever registered it) gave it: "佐藤さんのKindle", "Galaxy A23". */
  name: string;
  /** The device type as printed: "Kindle Paperwhite", "Fire TV Stick", "Kindle for Android"; null when not shown. */
  type: string | null;
  /** ISO date (YYYY-MM-DD) when the device details print one, else null. */
  registeredOn: string | null;
}

export interface DevicesRead {
  recognized: true;
  kind: 'devices';
  marketplace: MarketplaceId;
  devices: RegisteredDevice[];
  problems: string[];
}

export type TwoStepMethodKind = 'sms' | 'voice' | 'authenticator' | 'other';

export interface TwoStepMethod {
  kind: TwoStepMethodKind;
  /** The digits Amazon leaves visible of the phone the codes go to ("0088" of "***-***-0088"); null for an app. */
  phoneLastDigits: string | null;
  /** ISO date when the page prints "Added on …" / 「追加日：…」, else null. */
  addedOn: string | null;
}

export interface LoginSecuritySnapshot {
  /** The account holder's name as printed; null when the page does not show it (the 2SV settings page). */
  name: string | null;
  /** As shown, possibly masked ("k****@example.jp"). */
  email: string | null;
  /** As shown, possibly masked ("+81 ***-****-4421"). */
  mobile: string | null;
  /** The last (up to 4) digits of `mobile` that the page leaves visible. */
  mobileLastDigits: string | null;
  twoStep: {
    /** null when the page shows no state we can read. */
    enabled: boolean | null;
    /** Preferred method first, then backup methods, in page order. */
    methods: TwoStepMethod[];
  };
  /** How many passkeys the page says are set up (0 for a "Set up" button alone); null when not shown. */
  passkeys: number | null;
}

/** Login & security (`/ax/account/manage`, legacy `/ap/cnep`) or the 2-Step Verification settings (`/a/settings/approval`). */
export type LoginSecurityLayout = 'login-security' | 'two-step-settings';

export interface LoginSecurityRead {
  recognized: true;
  kind: 'login-security';
  marketplace: MarketplaceId;
  /** Which of the two pages was read: the 2SV settings page shows no name, e-mail, mobile or passkeys (all null). */
  layout: LoginSecurityLayout;
  snapshot: LoginSecuritySnapshot;
  problems: string[];
}

export type AddressBookResult = AddressBookRead | AccountUnrecognized<'address-book'>;
export type DevicesResult = DevicesRead | AccountUnrecognized<'devices'>;
export type LoginSecurityResult = LoginSecurityRead | AccountUnrecognized<'login-security'>;
export type AccountPageResult = AddressBookResult | DevicesResult | LoginSecurityResult;
