import type { PageWords } from './page-words';
import type { Owner, SimOrder } from './types';

/**
 * An order's detail page, as static HTML: physical orders in the data-component layout of
 * co.jp/order-detail-current-points.html (payment instruments in the paystation list, the charge summary in
 * `od-line-item-row`s), digital orders as the legacy digital order summary of co.jp/digital-order-summary.html.
 * Payments come only from here: the list pages never show them.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function instruments(order: SimOrder, words: PageWords): string[] {
  const p = order.payment;
  const list: string[] = [];
  if (p.card) list.push(`<img alt="${escape(p.card.brand)}" src="data:," class="pmts-payment-credit-card-instrument-logo" height="23px" width="34px"><span class="a-letter-space"></span>${escape(p.card.brand)}<span class="a-letter-space"></span><span class="a-color-base">${escape(words.card(p.card.brand, p.card.lastDigits).slice(p.card.brand.length + 1))}</span>`);
  if (p.points > 0) list.push(escape(words.pointsInstrument));
  if (p.giftCard > 0) list.push(escape(words.giftCardInstrument));
  return list;
}

function charges(order: SimOrder, words: PageWords): [string, number, boolean][] {
  const p = order.payment;
  const rows: [string, number, boolean][] = [[words.subtotal, order.total, false], [words.shipping, 0, false]];
  if (words.orderTotal) rows.push([words.orderTotal, order.total, false]);
  if (p.points > 0) rows.push([words.pointsLabel, -p.points, false]);
  if (p.giftCard > 0) rows.push([words.giftCardLabel, -p.giftCard, false]);
  rows.push([words.grandTotal, Math.max(0, order.total - p.points - p.giftCard), true]);
  return rows;
}

export function detailPage(order: SimOrder, owner: Owner, words: PageWords): string {
  return order.digital ? digitalSummary(order, owner, words) : physicalDetail(order, words);
}

function physicalDetail(order: SimOrder, words: PageWords): string {
  const spelling = order.shipTo?.address.spellings[order.shipTo.spelling];
  const address = spelling
    ? `<div class="" data-component="shippingAddress"><h5 class="a-spacing-micro">${escape(words.deliveryAddress)}</h5><ul class="a-unordered-list a-nostyle a-vertical">
<li><span class="a-list-item">${escape(spelling.read.name ?? '')}</span></li>
${spelling.rows.map((lines) => `<li><span class="a-list-item">${lines.map(escape).join('<br>')}</span></li>`).join('\n')}
</ul></div>`
    : '';
  const payments = instruments(order, words)
    .map((i) => `<li class="a-spacing-micro pmts-payments-instrument-detail-box-paystationpaymentmethod"><span class="a-list-item">${i}</span></li>`)
    .join('');
  const summary = charges(order, words)
    .map(([label, amount, bold]) => `<div class="a-row od-line-item-row"><div class="a-column a-span7 od-line-item-row-label"><span class="a-size-base${bold ? ' a-text-bold' : ''}"><span>${escape(label)}</span></span></div><div class="a-column a-span5 od-line-item-row-content a-span-last"><span class="a-size-base a-color-base${bold ? ' a-text-bold' : ''}">${words.money(amount)}</span></div></div>`)
    .join('\n');
  const items = order.items
    .map((i) => `<div class="" data-component="purchasedItems"><div class="a-row a-spacing-top-base"><div class="a-fixed-left-grid"><div class="a-fixed-left-grid-inner" style="padding-left:100px">
<div class="" data-component="purchasedItemsLeftGrid"><div class="a-fixed-left-grid-col a-col-left" style="width:100px;margin-left:-100px;float:left;"><div class="" data-component="itemImage"><div class="aok-relative"><a class="a-link-normal" href="/dp/${i.asin}?ref_=ppx_hzod_image_dt_b_fed_asin_title_0_0"><img alt="${escape(i.title)}" src="data:," height="90" width="90"></a>${i.quantity > 1 ? `<span class="od-item-view-qty"><span>${i.quantity}</span></span>` : ''}</div></div></div></div>
<div class="" data-component="purchasedItemsRightGrid"><div class="a-fixed-left-grid-col a-col-right" style="padding-left:1.5%;float:left;"><div class="" data-component="itemTitle"><div class="a-row"><a class="a-link-normal" href="/dp/${i.asin}?ref_=ppx_hzod_title_dt_b_fed_asin_title_0_0">${escape(i.title)}</a></div></div>
<div class="" data-component="unitPrice"><span class="a-price a-text-price"><span class="a-offscreen">${words.money(i.price)}</span><span aria-hidden="true">${words.money(i.price)}</span></span></div></div></div>
</div></div></div></div>`)
    .join('\n');
  return `<!doctype html>
<!-- Order Sentinel's simulated page (tests/simulator/owners/detail-page.ts), after co.jp/order-detail-current-points.html. Everything here is invented. -->
<html lang="${words.htmlLang}" class="a-no-js">
<head><meta charset="utf-8"><title>${escape(words.detailTitle)}</title></head>
<body>
<div id="a-page"><div class="a-container a-color-alternate-background" role="main"><div id="orderDetails" class="a-section dynamic-width">
<div class="a-cardui-deck"><div class="a-cardui"><div class="a-cardui-body"><div class="" data-component="default">
<div class="" data-component="title"><div class="a-section"><div class="a-row"><div class="" data-component="titleLeftGrid"><div class="a-column a-span6"><div class="" data-component="orderDetailsTitle"><h1>${escape(words.detailTitle)}</h1></div></div></div></div></div></div>
<div class="" data-component="briefOrderInfoInvoice"><div class="a-section"><div class="a-row a-spacing-mini"><div class="" data-component="briefOrderInfoInvoiceLeftGrid"><div class="a-section"><div class="a-column a-span9 a-spacing-top-mini">
<div class="" data-component="orderDateLabel"><span>${escape(words.orderDateLabel)}</span></div>
<div class="" data-component="orderDate"><span>${escape(words.date(order.placedOn))} <i class="a-icon a-icon-text-separator" role="presentation"></i></span></div>
<div class="" data-component="orderIdLabel"><span>${escape(words.orderIdLabel)}</span></div>
<div class="" data-component="orderId"><span>${order.id}</span></div>
</div></div></div></div></div></div>
<div class="" data-component="orderSummary"><div class="a-box-group a-spacing-base"><div class="a-box"><div class="a-box-inner"><div class="a-fixed-right-grid"><div class="a-fixed-right-grid-inner" style="padding-right:260px">
<div class="a-fixed-right-grid-col a-col-left" style="padding-right:0%;float:left;"><div class="a-row">
<div class="a-column a-span5">${address}</div>
<div class="a-column a-span7 a-span-last"><div class="a-section a-spacing-base"><div class="" data-component="viewPaymentPlanSummaryWidget"><h5 class="a-spacing-micro">${escape(words.paymentMethod)}</h5>
<div class="a-section"><div class="a-row pmts-portal-root-Sim pmts-portal-component"><div class="a-column a-span12 pmts-payment-instrument-billing-address"><div class="a-row a-spacing-small pmts-portal-component"><div class="a-row pmts-payments-instrument-details"><ul class="a-unordered-list a-nostyle a-vertical no-bullet-list pmts-payments-instrument-list">${payments}</ul></div></div></div></div></div>
</div></div></div>
</div></div>
<div id="od-subtotals" class="a-fixed-right-grid-col a-col-right" style="width:260px;margin-right:-260px;float:left;"><div class="" data-component="chargeSummary"><div class="a-column a-span12">
${summary}
</div></div></div>
</div></div></div></div></div></div>
<div class="" data-component="orderCard"><div class="" data-component="shipments"><div class="a-box-group"><div class="a-box"><div class="a-box-inner">
${items}
</div></div></div></div></div>
</div></div></div></div>
</div></div></div>
</body>
</html>
`;
}

function digitalSummary(order: SimOrder, owner: Owner, words: PageWords): string {
  const rows = order.items
    .map((i) => `<tr><td valign="top" align="left"><a href="/gp/product/${i.asin}/ref=docs-os-doi_0">${escape(i.title)}</a><br><span class="tiny">${escape(words.kindleEdition)}</span></td><td valign="top" align="right">${words.money(i.price * i.quantity)}</td></tr>`)
    .join('\n');
  const lines = charges(order, words).filter(([label]) => label !== words.shipping && label !== words.orderTotal);
  const summary = lines.map(([label, amount, bold]) => `<tr><td align="right">${bold ? `<b>${escape(words.digitalTotal)}</b>` : escape(label)}</td><td align="right">${bold ? `<b>${words.money(amount)}</b>` : words.money(amount)}</td></tr>`).join('');
  const p = order.payment;
  const method = [p.card ? words.card(p.card.brand, p.card.lastDigits) : null, p.points > 0 ? words.pointsInstrument : null, p.giftCard > 0 ? words.giftCardInstrument : null].filter(Boolean).map((t) => escape(t!)).join('<br>');
  return `<!doctype html>
<!-- Order Sentinel's simulated page (tests/simulator/owners/detail-page.ts), after co.jp/digital-order-summary.html. Everything here is invented. -->
<html lang="${words.htmlLang}">
<head><meta charset="utf-8"><title>${escape(words.digitalHeading(words.date(order.placedOn)))}</title></head>
<body>
<div id="a-page"><div id="digitalOrderSummaryContainer">
<table width="90%" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>
<b class="h1">${escape(words.digitalHeading(words.date(order.placedOn)))}</b><br><br>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td valign="top" align="left"><b>${escape(words.digitalOrderDate)}</b> ${escape(words.date(order.placedOn))}</td></tr>
<tr><td valign="top" align="left"><b>${escape(words.digitalOrderNumber)}</b> ${order.id}</td></tr>
<tr><td valign="top" align="left"><b>${escape(words.recipient)}</b> ${escape(owner.name)}</td></tr>
</table><br>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="sample"><tbody>
<tr><td valign="top" align="left"><b>${escape(words.itemsOrdered)}</b></td><td valign="top" align="right"><b>${escape(words.price)}</b></td></tr>
${rows}
<tr><td colspan="2" align="right"><table border="0" cellspacing="0" cellpadding="0">${summary}</table></td></tr>
</tbody></table><br>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="sample"><tbody>
<tr><td valign="top" align="left"><b>${escape(words.paymentInfo)}</b></td></tr>
<tr><td valign="top" align="left"><b>${escape(words.digitalPaymentLabel)}</b><br>${method}</td></tr>
</tbody></table>
</td></tr></table>
</div></div>
</body>
</html>
`;
}
