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


/**
 * Your Addresses (`/a/addresses`). Amazon repeats the `address-ui-widgets-*` ids in every tile, so parts are looked up
 * by id prefix inside one tile, never with getElementById. No public capture exists: see the modelled fixtures.
 */
export const addressBookSelectors = {
  /** One address: the display block of tile N. */
  block: '[id^="ya-myab-display-address-block-"]',
  /** The tile around a block (and, without display-block ids, the address itself). */
  tile: '.address-tile, .normal-desktop-address-tile, .first-desktop-address-tile',
  /** The "Add address" tile: its link or its plus icon. */
  addTile: '#ya-myab-address-add-link, #ya-myab-plus-address-icon, a[href*="/a/addresses/add"]',
  fullName: '[id^="address-ui-widgets-FullName"]',
  /** Address parts in page order (the phone number and delivery instructions are not among them). */
  parts:
    '[id^="address-ui-widgets-AddressLine"], [id^="address-ui-widgets-City"], [id^="address-ui-widgets-PostalCode"], ' +
    '[id^="address-ui-widgets-StateOrRegion"], [id^="address-ui-widgets-District"], [id^="address-ui-widgets-Country"]',
  phone: '[id^="address-ui-widgets-PhoneNumber"]',
  /** The section class of the default address's tile (`address-section-no-default` on the others). */
  defaultSection: '.address-section-with-default',
  list: 'ul',
} as const;

/**
 * Manage Your Content and Devices → Devices (`/hz/mycd/digital-console/alldevices`, older `/mn/dcw/myx.html#/home/devices`).
 * The console renders in the browser (its class names are build hashes), so fields are found by label first.
 */
export const deviceSelectors = {
  /** One registered device. */
  device: '[data-device-id], .device-tile, [id^="device-tile-"]',
  deviceName: '.device-name, [data-testid="device-name"]',
  /** The group of one device type ("Kindle Paperwhite", "Kindle for Android") and its title. */
  typeGroup: '.device-type-group, [data-device-type]',
  typeTitle: '.device-type-title, [data-testid="device-type-title"]',
  /** Where field labels are printed in the device details. */
  label: '.a-text-bold, .device-detail-label, dt, th, h5',
} as const;

/** Login & security (`/ax/account/manage`, legacy `/ap/cnep`) and 2-Step Verification settings (`/a/settings/approval`). */
export const loginSecuritySelectors = {
  scope: '#a-page',
  /** Where a setting's label is printed. */
  label: '.a-text-bold, h2, h3, h4, h5, dt, th',
  /** One setting (label, value, button). */
  setting: '.a-box, li, tr',
  button: '.a-button-text, button',
  title: 'h1',
  /** The 2SV settings page's section headings ("Preferred method", "Backup methods"). */
  methodHeading: 'h2, h3, h4, .a-text-bold',
  /** Short texts that may carry the 2SV state on the settings page ("Enabled" / 「有効」). */
  status: 'span, b, strong, h2, h3',
} as const;
