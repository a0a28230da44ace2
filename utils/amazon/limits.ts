/**
 * The largest thing a reader may hand on, one definition for the readers (which cut or drop what is larger) and the
 * background's message schemas (which refuse what is larger). Page text is untrusted and unbounded; these sizes are
 * far above anything a real Amazon page prints, so cutting never loses a real value.
 */
export const LIMITS = {
  /** Characters. */
  name: 200,
  addressLine: 300,
  postalCode: 20,
  region: 100,
  country: 100,
  itemTitle: 1000,
  status: 500,
  url: 2000,
  problem: 200,
  paymentBrand: 100,
  chargeLabel: 200,
  deviceName: 200,
  email: 320,
  mobile: 40,
  /** Counts. */
  addressLines: 8,
  itemsPerOrder: 200,
  itemQuantity: 10_000,
  ordersPerPage: 100,
  problems: 100,
  payments: 20,
  charges: 50,
  addressBookEntries: 200,
  devices: 200,
  twoStepMethods: 20,
  passkeys: 1000,
} as const;
