import type { Owner } from './types';

/**
 * The words and number formats of each page language, as the project's own fixtures print them
 * (co.jp/story-history-*.html, com/reshipper-history-*.html, co.uk/order-list-current.html, de/order-list-2026.html,
 * ca/order-list-current.html and order-list-current-fr.html; the detail pages after co.jp/order-detail-current-points.html).
 */
export interface PageWords {
  htmlLang: string;
  bodyClass: string;
  title: string;
  heading: string;
  orderPlaced: string;
  total: string;
  shipTo: string;
  orderNumber: string;
  viewDetails: string;
  invoice: string;
  next: string;
  previous: string;
  /** The order count as printed in `span.num-orders` (or the 2026 `<b>`). */
  count: (n: number) => string;
  countSuffix: string;
  date: (iso: string) => string;
  /** A short delivery date for the status line ("9 February", 「2026/02/09」). */
  deliveredOn: (iso: string) => string;
  shipped: string;
  digitalOrder: string;
  kindleEdition: string;
  contentAndDevices: string;
  money: (amount: number) => string;
  noOrders: (year: number) => string;
  // The order-detail page.
  detailTitle: string;
  orderDateLabel: string;
  orderIdLabel: string;
  deliveryAddress: string;
  paymentMethod: string;
  subtotal: string;
  shipping: string;
  orderTotal: string | null;
  pointsLabel: string;
  giftCardLabel: string;
  grandTotal: string;
  pointsInstrument: string;
  giftCardInstrument: string;
  card: (brand: string, last: string) => string;
  // The legacy digital order summary.
  digitalHeading: (date: string) => string;
  digitalOrderDate: string;
  digitalOrderNumber: string;
  recipient: string;
  itemsOrdered: string;
  price: string;
  digitalTotal: string;
  paymentInfo: string;
  digitalPaymentLabel: string;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const group = (whole: string, sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const cents = (amount: number, thousands: string, decimal: string) => {
  const [whole, frac] = Math.abs(amount).toFixed(2).split('.');
  return `${amount < 0 ? '-' : ''}${group(whole, thousands)}${decimal}${frac}`;
};

const ENGLISH_DETAIL = {
  detailTitle: 'Order Details', orderDateLabel: 'Order placed', orderIdLabel: 'Order #', deliveryAddress: 'Ship to', paymentMethod: 'Payment method',
  subtotal: 'Item(s) Subtotal:', shipping: 'Shipping & Handling:', orderTotal: null, pointsLabel: 'Rewards Points:', giftCardLabel: 'Gift Card Amount:',
  grandTotal: 'Grand Total:', pointsInstrument: 'Amazon Rewards Points', giftCardInstrument: 'Amazon Gift Card balance',
  card: (brand: string, last: string) => `${brand} ending in ${last}`,
  digitalHeading: (date: string) => `Digital Order: ${date}`, digitalOrderDate: 'Order Placed:', digitalOrderNumber: 'Amazon.com order number:', recipient: 'Recipient:',
  itemsOrdered: 'Items Ordered', price: 'Price', digitalTotal: 'Grand Total:', paymentInfo: 'Payment Information', digitalPaymentLabel: 'Payment Method:',
};

const EN_US: PageWords = {
  htmlLang: 'en-US', bodyClass: 'a-m-us', title: 'Your Orders', heading: 'Your Orders',
  orderPlaced: 'Order placed', total: 'Total', shipTo: 'Ship to', orderNumber: 'Order #', viewDetails: 'View order details', invoice: 'View invoice',
  next: 'Next&rarr;', previous: '&larr;Previous', count: (n) => `${n} order${n === 1 ? '' : 's'}`, countSuffix: 'placed in',
  date: (iso) => { const [y, m, d] = parts(iso); return `${MONTHS_EN[m - 1]} ${d}, ${y}`; },
  deliveredOn: (iso) => { const [, m, d] = parts(iso); return `Delivered ${MONTHS_EN[m - 1]} ${d}`; },
  shipped: 'Shipped', digitalOrder: 'Digital order', kindleEdition: 'Kindle Edition', contentAndDevices: 'Content and devices',
  money: (a) => `$${cents(a, ',', '.')}`, noOrders: (y) => `You have not placed any orders in ${y}.`,
  ...ENGLISH_DETAIL,
};

const EN_CA: PageWords = { ...EN_US, htmlLang: 'en-CA', bodyClass: 'a-m-ca', digitalOrderNumber: 'Amazon.ca order number:' };

const EN_GB: PageWords = {
  ...EN_US, htmlLang: 'en-gb', bodyClass: 'a-m-uk', shipTo: 'Dispatch to', viewDetails: 'Order Details', invoice: 'Invoice',
  date: (iso) => { const [y, m, d] = parts(iso); return `${d} ${MONTHS_EN[m - 1]} ${y}`; },
  deliveredOn: (iso) => { const [, m, d] = parts(iso); return `Delivered ${d} ${MONTHS_EN[m - 1]}`; },
  shipped: 'Dispatched', money: (a) => `£${cents(a, ',', '.')}`, deliveryAddress: 'Delivery address', shipping: 'Postage & Packing:',
  pointsLabel: 'Amazon Points:', giftCardLabel: 'Gift Card Amount:', pointsInstrument: 'Amazon Points', giftCardInstrument: 'Amazon Gift Card balance',
  digitalOrderNumber: 'Amazon.co.uk order number:',
};

const DE: PageWords = {
  htmlLang: 'de-de', bodyClass: 'a-m-de', title: 'Meine Bestellungen', heading: 'Meine Bestellungen',
  orderPlaced: 'Bestellung aufgegeben', total: 'Summe', shipTo: 'Versandadresse', orderNumber: 'Bestellnr.', viewDetails: 'Bestelldetails anzeigen', invoice: 'Rechnung',
  next: 'Weiter<span class="a-letter-space"></span><span class="a-letter-space"></span>→', previous: '←<span class="a-letter-space"></span><span class="a-letter-space"></span>Zurück',
  count: (n) => `${n} Bestellung${n === 1 ? '' : 'en'}`, countSuffix: 'aufgegeben in',
  date: (iso) => { const [y, m, d] = parts(iso); return `${String(d).padStart(2, '0')}. ${MONTHS_DE[m - 1]} ${y}`; },
  deliveredOn: (iso) => { const [, m, d] = parts(iso); return `Zugestellt: ${d}. ${MONTHS_DE[m - 1]}`; },
  shipped: 'Versandt', digitalOrder: 'Digitale Bestellung', kindleEdition: 'Kindle Ausgabe', contentAndDevices: 'Inhalte und Geräte',
  money: (a) => `${cents(a, '.', ',')} €`, noOrders: (y) => `Sie haben ${y} keine Bestellungen aufgegeben.`,
  detailTitle: 'Bestelldetails', orderDateLabel: 'Bestellt am', orderIdLabel: 'Bestellnr.', deliveryAddress: 'Lieferadresse', paymentMethod: 'Zahlungsart',
  subtotal: 'Zwischensumme:', shipping: 'Verpackung & Versand:', orderTotal: null, pointsLabel: 'Amazon Punkte:', giftCardLabel: 'Gutschein:',
  grandTotal: 'Gesamtsumme:', pointsInstrument: 'Amazon Punkte', giftCardInstrument: 'Amazon.de Gutschein-Guthaben',
  card: (brand, last) => `${brand} endet mit ${last}`,
  digitalHeading: (date) => `Digitale Bestellung: ${date}`, digitalOrderDate: 'Bestellt am:', digitalOrderNumber: 'Amazon.de Bestellnummer:', recipient: 'Empfänger:',
  itemsOrdered: 'Bestellte Artikel', price: 'Preis', digitalTotal: 'Gesamtsumme:', paymentInfo: 'Zahlungsinformationen', digitalPaymentLabel: 'Zahlungsart:',
};

const FR_CA: PageWords = {
  htmlLang: 'fr-CA', bodyClass: 'a-m-ca', title: 'Vos commandes', heading: 'Vos commandes',
  orderPlaced: 'Commande effectuée', total: 'Total', shipTo: 'Livrer à', orderNumber: 'Commande n°', viewDetails: 'Afficher les détails de la commande', invoice: 'Facture',
  next: 'Suivant<span class="a-letter-space"></span><span class="a-letter-space"></span>→', previous: '←<span class="a-letter-space"></span><span class="a-letter-space"></span>Précédent',
  count: (n) => `${n} commande${n === 1 ? '' : 's'}`, countSuffix: 'effectuées en',
  date: (iso) => { const [y, m, d] = parts(iso); return `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`; },
  deliveredOn: (iso) => { const [, m, d] = parts(iso); return `Livré le ${d} ${MONTHS_FR[m - 1]}`; },
  shipped: 'Expédié', digitalOrder: 'Commande numérique', kindleEdition: 'Édition Kindle', contentAndDevices: 'Contenu et appareils',
  money: (a) => `${cents(a, '&nbsp;', ',')} $`, noOrders: (y) => `Vous n'avez passé aucune commande en ${y}.`,
  detailTitle: 'Détails de la commande', orderDateLabel: 'Commande effectuée le', orderIdLabel: 'Commande n°', deliveryAddress: 'Adresse de livraison', paymentMethod: 'Mode de paiement',
  subtotal: 'Sous-total des articles :', shipping: 'Livraison :', orderTotal: null, pointsLabel: 'Points :', giftCardLabel: 'Carte-cadeau :',
  grandTotal: 'Montant total :', pointsInstrument: 'Points Amazon', giftCardInstrument: 'Solde de carte-cadeau Amazon.ca',
  card: (brand, last) => `${brand} se terminant par ${last}`,
  digitalHeading: (date) => `Commande numérique : ${date}`, digitalOrderDate: 'Commande effectuée le :', digitalOrderNumber: 'Numéro de commande Amazon.ca :', recipient: 'Destinataire :',
  itemsOrdered: 'Articles commandés', price: 'Prix', digitalTotal: 'Montant total :', paymentInfo: 'Informations de paiement', digitalPaymentLabel: 'Mode de paiement :',
};

const JA: PageWords = {
  htmlLang: 'ja-JP', bodyClass: 'a-m-jp', title: 'Amazon.co.jp：注文履歴', heading: '注文履歴',
  orderPlaced: '注文日', total: '合計', shipTo: 'お届け先', orderNumber: '注文番号', viewDetails: '注文内容を表示', invoice: '領収書等',
  next: '次へ&rarr;', previous: '&larr;前へ', count: (n) => `${n}件`, countSuffix: 'の注文',
  date: (iso) => { const [y, m, d] = parts(iso); return `${y}年${m}月${d}日`; },
  deliveredOn: (iso) => { const [y, m, d] = parts(iso); return `配達済み ${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`; },
  shipped: '発送済み', digitalOrder: 'デジタル注文', kindleEdition: 'Kindle版', contentAndDevices: 'コンテンツと端末の管理',
  money: (a) => `￥${group(String(Math.round(a)), ',')}`, noOrders: (y) => `${y}年に確定された注文はありません。`,
  detailTitle: '注文の詳細', orderDateLabel: '注文日', orderIdLabel: '注文番号', deliveryAddress: 'お届け先住所', paymentMethod: '支払い方法',
  subtotal: '商品の小計：', shipping: '配送料・手数料：', orderTotal: '注文合計：', pointsLabel: 'Amazonポイント：', giftCardLabel: 'Amazonギフトカード：',
  grandTotal: 'ご請求額：', pointsInstrument: 'Amazonポイント', giftCardInstrument: 'Amazonギフトカード',
  card: (brand, last) => `${brand} 末尾 ${last}`,
  digitalHeading: (date) => `デジタル注文: ${date}`, digitalOrderDate: '注文日：', digitalOrderNumber: 'Amazon.co.jp 注文番号：', recipient: '受取人：',
  itemsOrdered: '注文商品', price: '価格', digitalTotal: 'この注文の合計:', paymentInfo: 'お支払い情報', digitalPaymentLabel: '支払い方法：',
};

export function wordsFor(language: Owner['language']): PageWords {
  switch (language) {
    case 'ja': return JA;
    case 'en-US': return EN_US;
    case 'en-GB': return EN_GB;
    case 'de': return DE;
    case 'en-CA': return EN_CA;
    case 'fr-CA': return FR_CA;
  }
}
