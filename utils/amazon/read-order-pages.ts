import { pageReader } from './page-reader';
import { readOrderDetail } from './read-order-detail';
import { readOrderList } from './read-order-list';

/* One reader per content script, so that each carries only its own: the list's has no payments reader, the
   detail's no card finder or mark. */

export const readOrderListPage = pageReader({ 'order-list': readOrderList });
export const readOrderDetailPage = pageReader({ 'order-detail': readOrderDetail });
