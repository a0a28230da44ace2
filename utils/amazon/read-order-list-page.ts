import { pageReader } from './page-reader';
import { readOrderList } from './read-order-list';

/** The order lists' content script: order lists only (a file of its own, so its bundle has no other reader). */
export const readOrderListPage = pageReader({ 'order-list': readOrderList });
