import { PAGE_SIZE } from '../two-year-history';
import { dayOf, isoOf } from './dates';
import type { PageWords } from './page-words';
import { hash } from './rng';
import type { Owner, SimOrder } from './types';

/**
 * The order-history list pages of one owner, as static HTML (what a background fetch sees), after the project's own
 * fixtures: co.jp, com, co.uk and ca in the 2025 layout (co.jp/story-history-*.html, com/reshipper-history-*.html,
 * co.uk/order-list-current.html, ca/order-list-current.html: `li.order-card__list`, `span.num-orders`, startIndex
 * paging, ship-to in `script type="text/template"`); ca's Kindle orders as the old-layout card that fixture carries;
 * de in the 2026 layout (de/order-list-2026.html: bare `div.order-card` widgets, the count in `<b>`, `page=N` paging).
 */
export type ListLayout = '2025' | '2026';

export const layoutOf = (owner: Owner): ListLayout => (owner.marketplace === 'de' ? '2026' : '2025');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const keyOf = (id: string) => (hash(id).toString(16).padStart(8, '0') + hash(`${id}|k`).toString(16).padStart(8, '0')).repeat(2);

export const ordersPath = (owner: Owner) => `${owner.language === 'fr-CA' ? '/-/fr' : ''}/your-orders/orders`;
export const yearPath = (owner: Owner, year: number) => `${ordersPath(owner)}?timeFilter=year-${year}`;
export const archivedPath = (owner: Owner) => `${ordersPath(owner)}?timeFilter=archived`;

/** The detail link of an order card: digital orders open the digital order summary. */
export const detailPath = (order: SimOrder) =>
  order.digital ? `/gp/digital/your-account/order-summary.html?orderID=${order.id}` : `/gp/css/order-details?orderID=${order.id}`;

export interface ListPages {
  /** path + query → HTML. */
  pages: Map<string, string>;
  /** The first page of each list the check reads: every year from the install's back to the one before the oldest order, and the archived list. */
  firstPages: string[];
}

export function listPages(owner: Owner, words: PageWords): ListPages {
  const layout = layoutOf(owner);
  const pages = new Map<string, string>();
  const firstPages: string[] = [];
  const visible = owner.orders.filter((o) => !owner.archived.has(o.id));
  const installYear = Number(owner.installOn.slice(0, 4));
  const oldestYear = Number((owner.orders.at(-1)?.placedOn ?? owner.installOn).slice(0, 4));
  const years: number[] = [];
  for (let y = installYear; y >= oldestYear - 1; y--) years.push(y);
  for (const year of years) {
    const path = yearPath(owner, year);
    firstPages.push(path);
    addList(pages, owner, words, layout, path, visible.filter((o) => o.placedOn.startsWith(`${year}-`)), years, { value: `year-${year}`, name: String(year) }, words.noOrders(year));
  }
  const archived = owner.orders.filter((o) => owner.archived.has(o.id));
  firstPages.push(archivedPath(owner));
  addList(pages, owner, words, layout, archivedPath(owner), archived, years, { value: 'archived', name: 'archived' }, words.noOrders(installYear));
  return { pages, firstPages };
}

function addList(
  pages: Map<string, string>, owner: Owner, words: PageWords, layout: ListLayout, firstPath: string, orders: SimOrder[],
  years: number[], filter: { value: string; name: string }, emptyText: string,
) {
  const count = Math.max(1, Math.ceil(orders.length / PAGE_SIZE));
  const pathOf = (page: number) =>
    page === 1 ? firstPath : layout === '2026' ? `${firstPath}&page=${page - 1}` : `${firstPath}&startIndex=${(page - 1) * PAGE_SIZE}`;
  for (let page = 1; page <= count; page++) {
    const onPage = orders.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const cards = onPage.map((o) => card(o, owner, words, layout)).join('');
    const body = onPage.length === 0 ? `<div class="a-row a-spacing-extra-large a-spacing-top-large"><div class="a-section a-spacing-top-medium a-text-center">${escape(emptyText)}</div></div>\n` : layout === '2025' ? `<ul class="a-unstyled-list">\n${cards}</ul>\n` : cards;
    pages.set(pathOf(page), shell(owner, words, layout, filter, years, orders.length, body + (count > 1 ? pagination(page, count, pathOf, words, layout) : '')));
  }
}

function pagination(page: number, count: number, pathOf: (page: number) => string, words: PageWords, layout: ListLayout): string {
  const href = (p: number) => escape(`${pathOf(p)}${pathOf(p).includes('?') ? '&' : '?'}ref_=ppx_yo2ov_dt_b_pagination_${page}_${p}`);
  const previous = page === 1 ? `<li class="a-disabled">${words.previous}</li>` : `<li><a href="${href(page - 1)}">${words.previous}</a></li>`;
  const numbers = Array.from({ length: count }, (_, i) => i + 1).map((p) => `<li class="${p === page ? 'a-selected' : 'a-normal'}"><a href="${href(p)}">${p}</a></li>`).join('');
  const next = page === count ? `<li class="a-disabled a-last">${words.next}</li>` : `<li class="a-last"><a href="${href(page + 1)}">${words.next}</a></li>`;
  return `<div class="a-row"><div class="a-text-center"><ul class="a-pagination">${previous}${numbers}${layout === '2026' ? '\n' : ''}${next}</ul></div></div>\n`;
}

function shell(owner: Owner, words: PageWords, layout: ListLayout, filter: { value: string; name: string }, years: number[], count: number, body: string): string {
  const options = [
    { value: 'last30', name: 'last30' }, { value: 'months-3', name: 'months-3' },
    ...years.map((y) => ({ value: `year-${y}`, name: String(y) })), { value: 'archived', name: 'archived' },
  ];
  const select = options.map((o) => `<option value="${o.value}"${o.value === filter.value ? ' selected' : ''}>${o.name}</option>`).join('');
  const counted = layout === '2026' ? `<b>${words.count(count)}</b> ${words.countSuffix}` : `<span class="num-orders">${words.count(count)}</span> ${words.countSuffix}`;
  return `<!doctype html>
<!-- Order Sentinel's simulated page (tests/simulator/owners/list-page.ts), after the structure of the project's own
     ${owner.marketplace} fixtures. Every person, address, order number, product and ASIN here is invented. -->
<html lang="${words.htmlLang}" class="a-no-js">
<head><meta charset="utf-8"><title>${escape(words.title)}</title></head>
<body class="${words.bodyClass}">
<div id="a-page">
<section class="your-orders-content-container aok-relative js-yo-container">
<div class="your-orders-content-container__content js-yo-main-content">
<div class="a-section a-spacing-medium a-spacing-top-small"><ul class="breadcrumbs"><li class="breadcrumbs__crumb"><a class="a-link-normal" href="/your-account/ref=ppx_yo2ov_dt_b_ya_link">Account</a></li><li class="breadcrumbs__crumb breadcrumbs__crumb--divider">›</li><li class="breadcrumbs__crumb breadcrumbs__crumb--current"><span class="a-color-state">${escape(words.heading)}</span></li></ul></div>
<div class="a-row a-spacing-medium"><div class="a-column a-span6"><h1>${escape(words.heading)}</h1></div></div>
<div class="a-row a-spacing-base"><form action="${ordersPath(owner)}" class="js-time-filter-form a-spacing-none" method="get">
<label class="a-form-label time-filter__label aok-inline-block a-text-normal" for="time-filter">${counted}</label>
<span class="a-dropdown-container"><select autocomplete="off" class="a-native-dropdown" id="time-filter" name="timeFilter" tabindex="-1">${select}</select><span class="a-button a-button-dropdown" tabindex="-1"><span class="a-button-inner"><span aria-hidden="true" class="a-button-text a-declarative" role="button"><span class="a-dropdown-prompt">${filter.name}</span></span><i class="a-icon a-icon-dropdown"></i></span></span></span>
<input name="ref_" type="hidden" value="ppx_yo2ov_dt_b_filter_all"></form></div>
${body}</div>
</section>
</div>
</body>
</html>
`;
}

function status(order: SimOrder, owner: Owner, words: PageWords): string {
  if (order.digital) return words.digitalOrder;
  const installDay = dayOf(owner.installOn);
  const placed = dayOf(order.placedOn);
  return installDay - placed < 3 ? words.shipped : words.deliveredOn(isoOf(placed + 2));
}

/** The ship-to popover rows: the name, then each row's lines joined by `<br>` (the last row the country). */
function popover(order: SimOrder, key: string): string {
  const to = order.shipTo!;
  const spelling = to.address.spellings[to.spelling];
  const name = escape(spelling.read.name ?? '');
  const rows = spelling.rows.map((lines) => `<div class="a-row">${lines.map(escape).join('<br>')}</div>`).join('');
  return `<script id="shipToData-shippingAddress-${key}" type="text/template">
<span class="a-declarative" data-action="a-popover"><a href="javascript:void(0)" class="a-popover-trigger a-declarative insert-encrypted-trigger-text aok-break-word">${name}<i class="a-icon a-icon-popover"></i></a></span>
<div class="a-popover-preload" id="a-popover-shippingAddress-${key}"><span class="a-color-base"><div class="a-row"><h5>${name}</h5></div>${rows}</span></div>
</script>
<script>
var insertionNode = document.getElementById("shipToInsertionNode-" + "shippingAddress-${key}");
if (insertionNode !== null) { var encryptedDataNode = document.getElementById("shipToData-" + "shippingAddress-${key}"); insertionNode.innerHTML = encryptedDataNode.innerHTML; }
</script>
`;
}

function items(order: SimOrder, words: PageWords): string {
  return order.items
    .map((i) => `<li><span class="a-list-item"><div class="a-fixed-left-grid item-box a-spacing-none"><div class="a-fixed-left-grid-inner" style="padding-left:100px">
<div class="a-fixed-left-grid-col a-col-left" style="width:100px;margin-left:-100px;float:left;"><div class="product-image"><a class="a-link-normal" href="/dp/${i.asin}?ref=ppx_yo2ov_dt_b_fed_asin_title" tabindex="-1"><img alt="${escape(i.title)}" src="data:,">${i.quantity > 1 ? `<span class="product-image__qty">${i.quantity}</span>` : ''}</a></div></div>
<div class="a-fixed-left-grid-col a-col-right" style="padding-left:0%;float:left;"><div class="a-row"><div class="yohtmlc-product-title"><a class="a-link-normal" href="/dp/${i.asin}?ref=ppx_yo2ov_dt_b_fed_asin_title">${escape(i.title)}</a></div></div>${order.digital ? `<div class="a-row"><span class="a-size-small a-color-secondary">${escape(words.kindleEdition)}</span></div>` : ''}</div>
</div></div></span></li>
`)
    .join('');
}

function card(order: SimOrder, owner: Owner, words: PageWords, layout: ListLayout): string {
  if (owner.marketplace === 'ca' && order.digital) return oldDigitalCard(order, words);
  const key = keyOf(order.id);
  const recipient = order.shipTo
    ? `<div class="a-column a-span7 a-span-last"><li class="order-header__header-list-item" role="presentation"><div class="yohtmlc-recipient"><div class="a-row a-size-mini"><span class="a-color-secondary a-text-caps">${escape(words.shipTo)}</span></div><div class="a-row a-size-base"><div id="shipToInsertionNode-shippingAddress-${key}"></div></div></div></li></div>`
    : '';
  const field = (label: string, value: string, span: number) =>
    `<div class="a-column a-span${span}"><li class="order-header__header-list-item" role="presentation"><div class="a-row a-size-mini"><span class="a-color-secondary a-text-caps">${escape(label)}</span></div><div class="a-row"><span class="a-size-base a-color-secondary aok-break-word">${value}</span></div></li></div>`;
  const headerList = `<ul class="order-header__header-list" role="presentation">
<div class="a-fixed-right-grid-col a-col-left" style="padding-right:0%;float:left;"><div class="a-row">${field(words.orderPlaced, escape(words.date(order.placedOn)), layout === '2026' ? 4 : 3)}${field(words.total, words.money(order.total), 2)}${recipient}</div></div>
<div class="a-text-right a-fixed-right-grid-col a-col-right" style="width:290px;margin-right:-290px;float:left;">
<div class="a-row a-size-mini"><li class="order-header__header-list-item" role="presentation"><div class="yohtmlc-order-id"><span class="a-color-secondary a-text-caps">${escape(words.orderNumber)}</span> <span class="a-color-secondary" dir="ltr">${order.id}</span></div></li></div>
<div class="a-row"><li class="order-header__header-list-item yohtmlc-order-level-connections" role="presentation"><a class="a-link-normal" href="${escape(detailPath(order))}&amp;ref=ppx_yo2ov_dt_b_fed_order_details">${escape(words.viewDetails)}</a><i class="a-icon a-icon-text-separator" role="img"></i><a class="a-link-normal" href="/gp/shared-cs/ajax/invoice/invoice.html?orderId=${order.id}">${escape(words.invoice)}</a></li></div>
</div>
</ul>`;
  const manage = order.digital ? `<div class="a-row"><a class="a-button-text" href="/gp/digital/fiona/manage?ref_=ppx_yo_dt_b_manage_content">${escape(words.contentAndDevices)}</a></div>` : '';
  const inner = `<div class="a-box-group a-spacing-base">
<div class="a-box a-color-offset-background order-header"><div class="a-box-inner"><div class="a-fixed-right-grid"><div class="a-fixed-right-grid-inner" style="padding-right:290px">
${layout === '2026' ? `<h5 class="a-text-normal">${headerList}</h5>` : headerList}
</div></div></div></div>
<div class="a-box delivery-box"><div class="a-box-inner">
<div class="a-row"><div class="yohtmlc-shipment-status-primaryText"><h3><span class="a-size-medium delivery-box__primary-text a-text-bold">${escape(status(order, owner, words))}</span></h3></div></div>
<ul class="a-unordered-list a-nostyle a-vertical" role="list">
${items(order, words)}</ul>${manage}
</div></div>
</div>
${order.shipTo ? popover(order, key) : ''}`;
  return layout === '2026'
    ? `<div class="order-card js-order-card" data-csa-c-content-id="amzn1.yourorders.order-card" data-csa-c-slot-id="yo-order-card-${key.slice(0, 8)}" data-csa-c-type="widget">\n${inner}</div>\n`
    : `<li class="order-card__list"><div class="order-card js-order-card">\n${inner}</div></li>\n`;
}

/** ca/order-list-current.html prints Kindle orders in the old card layout, inside a current `div.order-card`. */
function oldDigitalCard(order: SimOrder, words: PageWords): string {
  const label = (text: string, value: string, extra = '') =>
    `<div class="a-column a-span${extra ? '2 ' + extra : '3'}"><div class="a-row a-size-mini"><span class="a-color-secondary label">${escape(text)}</span></div><div class="a-row a-size-base"><span class="a-color-secondary value">${value}</span></div></div>`;
  const summary = escape(`${detailPath(order)}`);
  const i = order.items.map((it) => `<div class="a-fixed-left-grid a-spacing-none"><div class="a-fixed-left-grid-inner" style="padding-left:100px">
<div class="a-text-center a-fixed-left-grid-col a-col-left" style="width:100px;margin-left:-100px;float:left;"><div class="item-view-left-col-inner"><a class="a-link-normal" href="/gp/product/${it.asin}/ref=ppx_yo_dt_b_d_asin_image_o02?ie=UTF8&amp;psc=1"><img alt="" aria-hidden="true" height="90" src="data:," width="90"></a></div></div>
<div class="a-fixed-left-grid-col yohtmlc-item a-col-right" style="padding-left:1.5%;float:left;"><div class="a-row"><a class="a-link-normal" href="/gp/product/${it.asin}/ref=ppx_yo_dt_b_d_asin_title_o02?ie=UTF8&amp;psc=1">${escape(it.title)}</a></div><div class="a-row"><span class="a-size-small a-color-secondary a-text-bold">${escape(words.kindleEdition)}</span></div></div>
</div></div>`).join('');
  return `<div class="order-card js-order-card"><div class="a-box-group a-spacing-base order js-order-card">
<div class="a-box a-color-offset-background order-info"><div class="a-box-inner"><div class="a-fixed-right-grid"><div class="a-fixed-right-grid-inner" style="padding-right:290px">
<div class="a-fixed-right-grid-col a-col-left" style="padding-right:0%;float:left;"><div class="a-row">${label(words.orderPlaced, escape(words.date(order.placedOn)))}${label(words.total, words.money(order.total), 'yohtmlc-order-total')}<div class="a-column a-span7 recipient a-span-last"></div></div></div>
<div class="a-fixed-right-grid-col actions a-col-right" style="width:290px;margin-right:-290px;float:left;">
<div class="a-row a-size-mini yohtmlc-order-id"><span class="a-color-secondary label">${escape(words.orderNumber)}</span><span class="a-color-secondary value"><bdi dir="ltr">${order.id}</bdi></span></div>
<div class="a-row a-size-base yohtmlc-order-level-connections"><ul class="a-unordered-list a-nostyle a-vertical"><a class="a-link-normal yohtmlc-order-details-link" href="${summary}&amp;ie=UTF8">${escape(words.viewDetails)}</a></ul></div>
</div></div></div></div></div>
<div class="a-box"><div class="a-box-inner"><div class="a-fixed-right-grid a-spacing-top-none"><div class="a-fixed-right-grid-inner a-grid-vertical-align a-grid-top">
<div class="a-fixed-right-grid-col a-col-left" style="padding-right:3.2%;float:left;"><div class="a-row">${i}</div></div>
<div class="a-fixed-right-grid-col a-col-right" style="width:220px;margin-right:-220px;float:left;"><div class="a-row"><div class="a-button-stack yohtmlc-shipment-level-connections"><span class="a-button a-button-normal a-spacing-mini a-button-base"><span class="a-button-inner"><a class="a-button-text" href="/gp/digital/fiona/manage/ref=ppx_yo_dt_b_d_d_content_dev_o02" role="button">${escape(words.contentAndDevices)}</a></span></span></div></div></div>
</div></div></div></div>
</div></div>
`;
}
