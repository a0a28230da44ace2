/**
 * Every CSS selector the readers use, in one place, so that a layout change at Amazon is a change here and the
 * conformance tests against saved pages say which one broke. Field labels (language-dependent) live in labels.ts.
 */
export const orderListSelectors = {
  /** The page shell of the order history (2023 →), and the older one. */
  shell: '.your-orders-content-container, #ordersContainer, #yourOrdersContent, .js-yo-main-content',
  /** One order: current and transitional cards (`.js-order-card`), old boxes (`.a-box-group.order`). */
  card: '.js-order-card, .a-box-group.order',
  /** Current layout header; old and transitional header. */
  header: '.order-header, .order-info',
  headerLabel: '.a-text-caps, .label',
  orderId: '.yohtmlc-order-id [dir="ltr"], .yohtmlc-order-id .value',
  detailLink: 'a[href*="order-details"][href*="orderID="], a[href*="orderID="][href*="/summary/"], a[href*="order-summary.html"]',
  recipient: '.yohtmlc-recipient, .recipient',
  shipToTemplate: 'script[type="text/template"][id^="shipToData-"]',
  shipToInsertionNode: '[id^="shipToInsertionNode-"]',
  shipToPopover: '.a-popover-preload',
  shipToTrigger: 'a.a-popover-trigger',
  /** Old layout: the address is HTML inside the JSON of this attribute. */
  shipToPopoverJson: '[data-a-popover]',
  /** Tried in this order; the first with text is the order's status. */
  status: ['.yohtmlc-shipment-status-primaryText', '.delivery-box__primary-text', '.js-shipment-info-container .a-text-bold'],
  digitalMarker: 'a[href*="/gp/digital/fiona/manage"], a[href*="/hz/mycd/"], a[href*="/gp/digital/your-account/order-summary"]',
  orderCount: 'span.num-orders',
  /** 2026 pages print the count in bold in the time-filter label ("<b>229 Bestellungen</b>"). */
  orderCountLabel: '.time-filter__label, label[for="time-filter"], .js-time-filter-form label',
  nextPage: 'ul.a-pagination li.a-last a[href]',
} as const;

export const itemSelectors = {
  /** One purchased item: current `.item-box`, old `.yohtmlc-item`, detail `[data-component=purchasedItems]`. */
  item: '.item-box, .yohtmlc-item, [data-component="purchasedItems"], .a-fixed-left-grid.item, .od-shipment-item',
  title: '.yohtmlc-product-title, [data-component="itemTitle"]',
  link: 'a[href*="/dp/"], a[href*="/gp/product/"]',
  quantity: '.product-image__qty, .item-view-qty, .od-item-view-qty',
} as const;

export const orderDetailSelectors = {
  container: '#orderDetails, #orderDetailsContainer, [data-component="orderDetailsTitle"], #digitalOrderSummaryContainer, #od-container, [data-component="orderCard"]',
  digitalSummary: '#digitalOrderSummaryContainer',
  dataComponent: '[data-component]',
  orderDate: '[data-component="orderDate"], .order-date-invoice-item, [data-component="orderDateInvoice"]',
  orderId: '[data-component="orderId"], .order-date-invoice-item bdi, .order-date-invoice-item [dir="ltr"], [data-component="briefOrderInfo"] bdi',
  shippingAddress: '[data-component="shippingAddress"], .od-shipping-address-container, .displayAddressDiv',
  displayAddress: 'ul.displayAddressUL',
  paymentSection: '[data-component="paymentMethod"], [data-component="viewPaymentPlanSummaryWidget"], .pmts-payments-instrument-list, #od-payment-method',
  paymentInstrument: '.pmts-payments-instrument-detail-box-paystationpaymentmethod, .pmts-payments-instrument-detail-box, [data-testid="payment-instrument"]',
  paymentName: '[data-testid="payment-instrument-name"]',
  paymentNumber: '[data-testid="payment-instrument-number"]',
  summary: '#od-subtotals, [data-component="orderSubtotals"], [data-component="chargeSummary"], .od-line-item-container, #digitalOrderSummaryContainer',
  lineItemRow: '.od-line-item-row',
  lineItemLabel: '.od-line-item-row-label',
  lineItemContent: '.od-line-item-row-content',
  status: '.od-status-message, [data-component="shipmentStatus"] .a-text-bold, .js-shipment-info-container .a-text-bold',
  nextData: 'script#__NEXT_DATA__',
} as const;

export const transactionSelectors = {
  container: '.apx-transactions-line-item-component-container, .apx-transaction-date-container',
  date: '.apx-transaction-date-container',
  row: '.apx-transactions-line-item-component-container',
} as const;

