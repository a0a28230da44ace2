/*
 * Words that mark an address as a forwarding warehouse, reshipper, locker or pickup point, per language of the
 * marketplaces we read: stronger evidence that an order left the owner's hands, not proof on its own (the owner may
 * use a locker himself: an address of his own is never judged by these). Data, one list per language; matched on the
 * address's name and lines, NFKC-folded, case-insensitive.
 */
export const FORWARDER_WORDS: Record<'ja' | 'en' | 'de' | 'fr', readonly string[]> = {
  ja: ['倉庫', '転送', 'ロッカー', '営業所止め', '営業所留め', 'ロジ', 'センター留め', 'コンビニ受取', 'コンビニ受け取り', '受取スポット', '受け取りスポット', 'amazon hub', 'アマゾンハブ', '宅配便ロッカー', 'pudo'],
  en: ['locker', 'warehouse', 'forward', 'reship', 'freight', 'logistics', 'hub counter', 'amazon hub', 'trade park', 'industrial estate', 'parcel shop', 'pick up point', 'pickup point', 'fulfilment', 'fulfillment'],
  de: ['packstation', 'postfiliale', 'paketshop', 'paketstation', 'logistik', 'versandzentrum', 'spedition', 'weiterleitung', 'paketweiterleitung'],
  fr: ['casier', 'point relais', 'entrepôt', 'transitaire', 'réexpédition'],
};

/**
 * A customer reference of a reshipper ("#AB1234", "Unit 4 / JP-18342", "Ste 985-QJ5073", "Kd.-Nr. 043443"), whatever
 * the language. ("c/o" alone is not one: hotels and relatives are written "c/o" in every language.)
 */
export const CUSTOMER_REFERENCE =
  /#[a-z]{2}\d{3,}|\b(?:unit|suite|ste)\s*[\w-]*\s*[/,]\s*[a-z]{2,3}-?\d{4,}|\b(?:unit|suite|ste)\s*\d+-[a-z]{2}\d{4,}|\b[a-z]{2,3}-\d{5,}\b|\b(?:kd\.?-?nr\.?|kundennr\.?|kundennummer|kunde)\s*:?\s*\d{5,}/i;
