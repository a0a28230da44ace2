/**
 * The words Amazon prints next to each field, in every UI language we read (ja, en-US/GB/CA, de, fr-CA). Fields are
 * found by these labels, not by position, so a reordered header still reads. Matching folds case, whitespace and a
 * trailing colon; a new language is new words here, not new code.
 */
export interface LabelTable {
  orderDate: readonly string[];
  total: readonly string[];
  shipTo: readonly string[];
  orderNumber: readonly string[];
}

export const LABELS: LabelTable = {
  orderDate: ['注文日', '注文確定日', '購入日', 'Order placed', 'Order date', 'Purchased', 'Gekauft', 'Bestellung aufgegeben', 'Bestelldatum', 'Commande effectuée', 'Commande passée'],
  total: ['合計', '注文合計', 'Total', 'Order total', 'Summe', 'Gesamtsumme', 'Gesamt', 'Montant total'],
  shipTo: ['お届け先', 'Ship to', 'Dispatch to', 'Deliver to', 'Versandadresse', 'Empfänger', 'Lieferadresse', 'Livrer à', 'Expédier à'],
  orderNumber: ['注文番号', 'Order #', 'Order number', 'Bestellnr.', 'Bestellnummer', 'Commande n°', 'N° de commande'],
};

/** Month names as Amazon prints them in English, German and French, with the abbreviations it uses. */
export const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january jan januar janv janvier', 1],
    ['february feb februar févr février fevrier', 2],
    ['march mar märz mär mars', 3],
    ['april apr avril avr', 4],
    ['may mai', 5],
    ['june jun juni juin', 6],
    ['july jul juli juillet juil', 7],
    ['august aug août aout', 8],
    ['september sep sept septembre', 9],
    ['october oct oktober okt octobre', 10],
    ['november nov novembre', 11],
    ['december dec dezember dez décembre decembre déc', 12],
  ].flatMap(([names, month]) => String(names).split(' ').map((name) => [name, Number(month)])),
);

/** Country names as Amazon writes them on an address's last line. */
export const COUNTRY_NAMES = [
  '日本', 'Japan', 'United States', 'USA', 'United Kingdom', 'UK', 'Deutschland', 'Germany', 'Canada',
  'Vereinigte Staaten', 'Royaume-Uni', 'États-Unis', 'Österreich', 'Austria', 'France', 'Frankreich',
];

/**
 * `order-total` is the value of the order before gift cards and points (co.jp's 注文合計); `grand-total` is what is
 * left to pay after them (ご請求額, Grand Total, Gesamtsumme). An order's `total` is the first if printed, else the second.
 */
export type ChargeKind = 'subtotal' | 'shipping' | 'discount' | 'gift-card' | 'points' | 'total-before-tax' | 'tax' | 'order-total' | 'grand-total' | 'other';

/**
 * Charge-line labels, most specific first ("Total before tax" is not the grand total, "Zwischensumme" not "Summe",
 * "Free Shipping" is a discount). Each pattern is tested against the folded label; the first that matches wins.
 */
export const CHARGE_LABELS: readonly [ChargeKind, RegExp][] = [
  ['total-before-tax', /before tax|before vat|avant taxes|vor steuern|ohne mwst|税抜|税別/i],
  ['order-total', /注文合計/],
  ['gift-card', /gift ?card|ギフトカード|ギフト券|ショッピングカード|gutschein|carte-cadeau|carte cadeau/i],
  ['points', /points|ポイント|punkte/i],
  ['subtotal', /subtotal|小計|zwischensumme|sous-total/i],
  ['discount', /promotion|coupon|discount|savings|free shipping|割引|クーポン|rabatt|nachlass|réduction|remise|économies|kostenlose lieferung/i],
  ['tax', /\btax\b|\bvat\b|\bgst\b|\bhst\b|\bpst\b|\bqst\b|\btps\b|\btvh\b|\btvp\b|\btvq\b|\btvd\b|mwst|ust\.|消費税|taxe/i],
  ['grand-total', /grand total|order total|payment total|total for this order|^total|ご請求額|この注文の合計|gesamtsumme|gesamtbetrag|montant total/i],
  ['shipping', /shipping|postage|delivery|配送料|手数料|versand|verpackung|livraison|expédition/i],
];

/** Payment instruments by name. */
export const PAYMENT_KINDS: readonly ['gift-card' | 'points' | 'promotion', RegExp][] = [
  ['gift-card', /gift ?card|ギフトカード|ギフト券|gutschein|carte-cadeau|carte cadeau/i],
  ['points', /points|ポイント|punkte/i],
  ['promotion', /promotion|coupon|クーポン/i],
];

/** Card names as printed, longest first so that "Prime Visa" is not read as "Visa". */
export const CARD_BRANDS = [
  'Amazon Mastercard', 'Amazon Store Card', 'Amazon Visa', 'Prime Visa', 'American Express', 'Diners Club',
  'Mastercard', 'MasterCard', 'Discover', 'Maestro', 'AMEX', 'Amex', 'Visa', 'JCB',
];
