import { pageReader } from './page-reader';
import { readOrderDetail } from './read-order-detail';

/** The order details' content script: order details only (a file of its own, so its bundle has no other reader). */
export const readOrderDetailPage = pageReader({ 'order-detail': readOrderDetail });
