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

/**
 * Labels of the account pages (addresses, devices, login & security). None of these pages has a public capture:
 * the Japanese and German words are the ones Amazon is known to use where we know them, otherwise assumed.
 */
export const ACCOUNT_LABELS = {
  defaultAddress: ['Default', 'Default address', '既定', '既定の住所', 'デフォルト', 'デフォルトの住所', 'Standard', 'Standardadresse', 'Par défaut', 'Adresse par défaut'],
  addAddress: ['Add address', 'Add a new address', '住所を追加', '新しい住所を追加', 'Adresse hinzufügen', 'Neue Adresse hinzufügen', 'Ajouter une adresse', 'Ajouter une nouvelle adresse'],
  deviceName: ['Device name', 'Name', 'デバイス名', '端末名', '名前', 'Gerätename', 'Name des Geräts', "Nom de l'appareil", 'Nom'],
  deviceType: ['Device type', 'Type', 'デバイスの種類', 'デバイスタイプ', '端末の種類', '種類', 'Gerätetyp', 'Typ', "Type d'appareil"],
  registeredOn: ['Registered on', 'Registered', 'Registration date', 'Date registered', '登録日', '登録日時', 'Registriert am', 'Registrierungsdatum', 'Enregistré le', "Date d'enregistrement"],
  name: ['Name', 'Your name', '名前', '氏名', 'Nom', 'Votre nom'],
  email: ['Email', 'E-mail', 'Email address', 'Eメール', 'Eメールアドレス', 'メールアドレス', 'E-Mail', 'E-Mail-Adresse', 'Adresse e-mail', 'Courriel', 'Adresse courriel'],
  mobile: ['Primary mobile number', 'Mobile number', 'Mobile phone number', 'Mobile phone', '携帯電話番号', '電話番号', 'Handynummer', 'Mobiltelefonnummer', 'Primäre Handynummer', 'Numéro de téléphone portable', 'Numéro de téléphone mobile', 'Numéro de mobile principal', 'Numéro de cellulaire'],
  passkey: ['Passkey', 'Passkeys', 'パスキー', "Clé d'accès", "Clés d'accès"],
  twoStep: ['2-step verification', '2-Step Verification', 'Two-Step Verification', 'Two-Step Verification (2SV)', 'Two-Step Verification (2SV) Settings', '2-Step Verification (2SV) Settings', '2段階認証', '2段階認証(2SV)', '2段階認証の設定', '2段階認証(2SV)の設定', 'Zwei-Schritt-Verifizierung', 'Zwei-Schritt-Verifizierung (2SV)', 'Einstellungen für die Zwei-Schritt-Verifizierung (2SV)', 'Vérification en deux étapes', 'Paramètres de vérification en deux étapes (2SV)'],
  /** The 2SV settings page's own title. */
  twoStepSettings: ['Two-Step Verification (2SV) Settings', '2-Step Verification (2SV) Settings', '2段階認証(2SV)の設定', '2段階認証の設定', 'Einstellungen für die Zwei-Schritt-Verifizierung (2SV)', 'Paramètres de vérification en deux étapes (2SV)'],
  enabled: ['Enabled', 'On', 'Turned on', '有効', '有効です', 'オン', 'Aktiviert', 'Aktiv', 'Activé', 'Activée'],
  disabled: ['Disabled', 'Off', 'Turned off', '無効', 'オフ', 'Deaktiviert', 'Désactivé', 'Désactivée'],
  turnOn: ['Turn on', 'Enable', 'オンにする', '有効にする', 'Aktivieren', 'Einschalten', 'Activer'],
  setUp: ['Set up', 'Setup', 'Create passkey', 'Add passkey', '設定', 'セットアップ', 'パスキーを作成', 'Einrichten', 'Passkey erstellen', 'Configurer', "Créer une clé d'accès"],
  preferredMethod: ['Preferred method', '優先する方法', '優先方法', '優先される方法', 'Bevorzugte Methode', 'Méthode préférée'],
  backupMethods: ['Backup methods', 'Backup method', 'バックアップ方法', 'バックアップの方法', 'Backup-Methoden', 'Backup-Methode', 'Méthodes de secours', 'Méthode de secours'],
} as const satisfies Record<string, readonly string[]>;

/** How a 2SV method is named, most specific first ("Authenticator App" before anything with "phone" in it). */
export const TWO_STEP_METHOD_KINDS: readonly ['sms' | 'voice' | 'authenticator', RegExp][] = [
  ['authenticator', /authenticator|認証アプリ|auth(?:entication)? app|authentifizierungs-?app|authenticator-app|application d'authentification/i],
  ['voice', /voice|phone call|音声|電話による|sprachanruf|anruf|appel vocal|appel téléphonique/i],
  ['sms', /text message|\bsms\b|ショートメッセージ|テキストメッセージ|textnachricht|\bsms-|message texte|texto/i],
];

/** "Added on Nov 27, 2026", 「追加日：2026年11月27日」, "Hinzugefügt am 27. November 2026", "Ajouté le 27 novembre 2026". */
export const ADDED_ON = /added on|added|追加日|登録日|hinzugefügt am|ajoutée? le/i;

/** A line that offers to add a method ("Add new phone or Authenticator App", 「新しい電話番号または認証アプリを追加」). */
export const ADD_METHOD = /^\+?\s*(add\b|ajouter\b|neue[ns]?\b|新しい)|を追加(する)?$|hinzufügen$/i;

/** The label Amazon prints before the phone number of a saved address. */
export const PHONE_LINE = /^(phone number|phone|tel\.?|電話番号|電話|telefonnummer|telefon|numéro de téléphone|téléphone)\s*[:：]/i;
