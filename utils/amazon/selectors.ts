/**
 * Every CSS selector the readers use, in one place, so that a layout change at Amazon is a change here and the
 * conformance tests against saved pages say which one broke. Field labels (language-dependent) live in labels.ts.
 */
export const orderListSelectors = {
  /** The page shell of the order history (2023 →), and the older one. */
  shell: 'section.your-orders-content-container, .your-orders-content-container, #ordersContainer',
  /** One order, current and transitional layouts. */
  card: '.order-card.js-order-card, .js-order-card',
  header: '.order-header',
  /** Label elements in an order header; the value is the next row. */
  headerLabel: '.a-text-caps, .label',
  orderId: '.yohtmlc-order-id span[dir="ltr"], .yohtmlc-order-id bdi[dir="ltr"]',
  detailLink: '.yohtmlc-order-level-connections a[href*="order-details"], a[href*="order-details?orderID="]',
  recipient: '.yohtmlc-recipient',
  shipToTemplate: 'script[type="text/template"][id^="shipToData-"]',
  shipToPopover: '.a-popover-preload',
  shipToTrigger: 'a.a-popover-trigger',
  status: '.yohtmlc-shipment-status-primaryText, .delivery-box__primary-text',
  item: '.item-box, .yohtmlc-item',
  itemTitle: '.yohtmlc-product-title',
  itemLink: 'a[href*="/dp/"], a[href*="/gp/product/"]',
  itemQuantity: '.product-image__qty, .item-view-qty',
  digitalMarker: 'a[href*="/gp/digital/fiona/manage"], a[href*="/hz/mycd/"]',
  orderCount: 'span.num-orders',
  nextPage: 'ul.a-pagination li.a-last a[href]',
} as const;

/** Pages that stand where an order list should be. */
export const problemPageSelectors = {
  signIn: 'form[name="signIn"], #ap_email, #ap_password, form[action*="/ap/signin"]',
  robotCheck: 'form[action*="validateCaptcha"], #captchacharacters, input[name="field-keywords"][id="captchacharacters"]',
} as const;
