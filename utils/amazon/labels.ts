import type { Marketplace } from '../marketplaces';

/**
 * The words Amazon prints next to each field, per UI language. A new marketplace is a new row here, not new code.
 * Compared after whitespace folding and case folding.
 */
export interface LabelTable {
  orderDate: readonly string[];
  total: readonly string[];
  shipTo: readonly string[];
  orderNumber: readonly string[];
}

export const LABELS: Record<Marketplace['language'], LabelTable> = {
  ja: {
    orderDate: ['注文日', '注文確定日'],
    total: ['合計', '注文合計'],
    shipTo: ['お届け先'],
    orderNumber: ['注文番号'],
  },
  'en-US': {
    orderDate: ['Order placed', 'Order date'],
    total: ['Total', 'Order total'],
    shipTo: ['Ship to', 'Dispatch to'],
    orderNumber: ['Order #', 'Order number'],
  },
};

/** English month names, and the abbreviations Amazon uses. */
export const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Country names as Amazon writes them on an address's last line. */
export const COUNTRY_NAMES = ['日本', 'Japan', 'United States', 'USA', 'United Kingdom', 'Deutschland', 'Germany', 'Canada'];
