import { pageReader } from './page-reader';
import { readAddressBook } from './read-address-book';
import { readDevices } from './read-devices';
import { readLoginSecurity } from './read-login-security';

/** The account pages' content script: the address book, devices, and Login & security (a file of its own, so its
 * bundle has no other reader). */
export const readAccountPage = pageReader({ 'address-book': readAddressBook, devices: readDevices, 'login-security': readLoginSecurity });
