import type { Currency, MarketplaceId } from '../../../utils/marketplaces';
import type { AddressFactory } from './address-kit';
import { JP_ADDRESSES } from './address-jp';
import { CA_ADDRESSES, US_ADDRESSES } from './address-na';
import { DE_ADDRESSES, UK_ADDRESSES } from './address-eu';
import { GERMAN, JAPANESE, englishCatalogue, type Catalogue } from './catalogue';

/** Everything marketplace-specific an invented owner is made of. */
export interface Locale {
  marketplace: MarketplaceId;
  origin: string;
  currency: Currency;
  orderPrefixes: string[];
  addresses: AddressFactory;
  catalogue: Catalogue;
  given: string[];
  family: string[];
  fullName: (given: string, family: string) => string;
  /** The owner's own devices: [name, type], `{given}` replaced by the owner's given name. */
  ownDevices: [string, string][];
  /** What attackers register: a phone app or a tablet. */
  attackerDevices: [string, string][];
  cardBrands: string[];
  /** Owners here pay with Amazon points (co.jp) rather than gift-card balance. */
  points: boolean;
  languages: ('ja' | 'en-US' | 'en-GB' | 'de' | 'en-CA' | 'fr-CA')[];
}

const western = (given: string, family: string) => `${given} ${family}`;

export const LOCALES: Record<MarketplaceId, Locale> = {
  'co.jp': {
    marketplace: 'co.jp', origin: 'https://www.amazon.co.jp', currency: 'JPY', orderPrefixes: ['249', '250', '503'],
    addresses: JP_ADDRESSES, catalogue: JAPANESE,
    given: ['健一', '陽子', '大輔', '美咲', '翔太', '由美', '直樹', '恵', '拓也', '麻衣', '誠', '彩'],
    family: ['佐藤', '中村', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '小林', '加藤', '吉田', '松本'],
    fullName: (g, f) => `${f} ${g}`,
    ownDevices: [['{given}のKindle', 'Kindle Paperwhite (第11世代)'], ['{given}のiPhone', 'Kindle for iPhone'], ['リビングのFire TV', 'Fire TV Stick 4K'], ['{given}のEcho', 'Echo Dot (第5世代)']],
    attackerDevices: [['Galaxy A23', 'Kindle for Android'], ['Redmi Note 12', 'Kindle for Android'], ['iPad', 'Kindle for iPad'], ['Fire HD 10', 'Fire HD 10 (第13世代)']],
    cardBrands: ['JCB', 'Visa', 'Mastercard', 'Amex'], points: true, languages: ['ja'],
  },
  com: {
    marketplace: 'com', origin: 'https://www.amazon.com', currency: 'USD', orderPrefixes: ['111', '112', '113', '114'],
    addresses: US_ADDRESSES, catalogue: englishCatalogue(1),
    given: ['Jordan', 'Rachel', 'Marcus', 'Emily', 'Tyler', 'Priya', 'Daniel', 'Olivia', 'Kevin', 'Maria', 'Brandon', 'Hannah'],
    family: ['Ellis', 'Carter', 'Nguyen', 'Patel', 'Brooks', 'Ramirez', 'Foster', 'Sullivan', 'Hayes', 'Kim', 'Morgan', 'Reed'],
    fullName: western,
    ownDevices: [["{given}'s Kindle", 'Kindle Oasis (10th Generation)'], ['Living Room Fire TV', 'Fire TV Stick 4K'], ["{given}'s Pixel", 'Kindle for Android'], ['Kitchen Echo', 'Echo Show 8']],
    attackerDevices: [['Galaxy A14', 'Kindle for Android'], ['Moto G Play', 'Kindle for Android'], ['iPad', 'Kindle for iPad'], ['Fire HD 10', 'Fire HD 10 (13th Generation)']],
    cardBrands: ['Visa', 'Mastercard', 'Amex', 'Discover', 'Prime Visa'], points: false, languages: ['en-US'],
  },
  'co.uk': {
    marketplace: 'co.uk', origin: 'https://www.amazon.co.uk', currency: 'GBP', orderPrefixes: ['202', '203', '204', '205', '206'],
    addresses: UK_ADDRESSES, catalogue: englishCatalogue(0.8),
    given: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Sophie', 'Jack', 'Grace', 'Thomas', 'Freya', 'James', 'Chloe'],
    family: ['Hartley', 'Bennett', 'Shaw', 'Whitaker', 'Hughes', 'Patel', 'Clarke', 'Davies', 'Murray', 'Evans', 'Walsh', 'Cooper'],
    fullName: western,
    ownDevices: [["{given}'s Kindle", 'Kindle Paperwhite (11th Generation)'], ['Lounge Fire TV', 'Fire TV Stick 4K'], ["{given}'s iPhone", 'Kindle for iPhone'], ['Kitchen Echo', 'Echo Dot (5th Generation)']],
    attackerDevices: [['Galaxy A14', 'Kindle for Android'], ['Redmi 12', 'Kindle for Android'], ['iPad', 'Kindle for iPad'], ['Fire HD 8', 'Fire HD 8 (12th Generation)']],
    cardBrands: ['Visa', 'Mastercard', 'Amex'], points: false, languages: ['en-GB'],
  },
  de: {
    marketplace: 'de', origin: 'https://www.amazon.de', currency: 'EUR', orderPrefixes: ['302', '303', '304', '305', '306'],
    addresses: DE_ADDRESSES, catalogue: GERMAN,
    given: ['Lukas', 'Sophie', 'Jonas', 'Lena', 'Felix', 'Marie', 'Paul', 'Anna', 'Maximilian', 'Laura', 'Tim', 'Julia'],
    family: ['Brenner', 'Albrecht', 'Müller', 'Schmidt', 'Krüger', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Wolf'],
    fullName: western,
    ownDevices: [['Kindle von {given}', 'Kindle Paperwhite (11. Generation)'], ['Wohnzimmer Fire TV', 'Fire TV Stick 4K'], ['iPhone von {given}', 'Kindle für iPhone'], ['Küchen-Echo', 'Echo Dot (5. Generation)']],
    attackerDevices: [['Galaxy A14', 'Kindle für Android'], ['Redmi 12', 'Kindle für Android'], ['iPad', 'Kindle für iPad'], ['Fire HD 10', 'Fire HD 10 (13. Generation)']],
    cardBrands: ['Visa', 'Mastercard', 'Amex'], points: false, languages: ['de'],
  },
  ca: {
    marketplace: 'ca', origin: 'https://www.amazon.ca', currency: 'CAD', orderPrefixes: ['701', '702', '703'],
    addresses: CA_ADDRESSES, catalogue: englishCatalogue(1.35),
    given: ['Nathan', 'Chloé', 'Liam', 'Émilie', 'Ethan', 'Sarah', 'Noah', 'Camille', 'Owen', 'Megan', 'Mathieu', 'Ava'],
    family: ['Cole', 'Tremblay', 'Gagnon', 'MacDonald', 'Roy', 'Wilson', 'Bouchard', 'Campbell', 'Côté', 'Singh', 'Leblanc', 'Martin'],
    fullName: western,
    ownDevices: [["{given}'s Kindle", 'Kindle Paperwhite (11th Generation)'], ['Living Room Fire TV', 'Fire TV Stick 4K'], ["{given}'s iPhone", 'Kindle for iPhone']],
    attackerDevices: [['Galaxy A14', 'Kindle for Android'], ['Moto G Play', 'Kindle for Android'], ['iPad', 'Kindle for iPad']],
    cardBrands: ['Visa', 'Mastercard', 'Amex'], points: false, languages: ['en-CA', 'fr-CA'],
  },
};
