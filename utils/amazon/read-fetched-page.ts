import { pageReader } from './page-reader';
import { readDevices } from './read-devices';
import { readLoginSecurity } from './read-login-security';
import { readOrderList } from './read-order-list';

/**
 * The pages the periodic check fetches (utils/watch/check-plan.ts: order lists, devices, Login & security), read in
 * Firefox's background or Chrome's offscreen document. Nothing else: those bundles carry only these readers (a test
 * checks that every step of a check plan is one of these kinds).
 */
export const readFetchedPage = pageReader({ 'order-list': readOrderList, devices: readDevices, 'login-security': readLoginSecurity });
