import type { ShipTo } from '../../../utils/amazon/types';
import { hash, type Rng } from './rng';
import type { AddressKind, SimAddress, Spelling } from './types';

/** A part of a marketplace's country where owners live: a prefecture, state or province (region), or a city. */
export interface Area {
  id: string;
  /** What the reader reads as the region: prefecture, state, province; null where addresses carry none (UK, DE). */
  region: string | null;
}

/** Invented places of one marketplace, as its pages print them. */
export interface AddressFactory {
  areas: readonly Area[];
  /** A flat or house: homes, family, friends, an attacker's drop. */
  dwelling(rng: Rng, area: Area, name: string, kind: AddressKind, note: string): SimAddress;
  /** An office (business buyers, and owners who ship to work). */
  office(rng: Rng, area: Area, name: string, company: string, kind: AddressKind, note: string): SimAddress;
  /** A locker or pickup point (Amazon Locker / Hub, Packstation, コンビニ受取). */
  locker(rng: Rng, area: Area, name: string, kind: AddressKind, note: string): SimAddress;
  hotel(rng: Rng, area: Area, name: string, note: string): SimAddress;
  /** A reshipper or forwarder, in another region (or country) than `ownerArea`. */
  reshipper(rng: Rng, ownerArea: Area, name: string, note: string): SimAddress;
  companies: readonly string[];
}

/** What the reader makes of a printed line: NFKC, one space. */
export const folded = (line: string) => line.normalize('NFKC').replace(/\s+/g, ' ').trim();

export function spelling(rows: string[][], read: ShipTo): Spelling {
  return { rows, read };
}

export function address(kind: AddressKind, spellings: Spelling[], entered: boolean, note: string): SimAddress {
  return { key: `${kind}-${hash(JSON.stringify(spellings[0].read)).toString(36)}`, kind, spellings, entered, note };
}

/** Whether the owner would enter this kind of address as theirs. */
export const ENTERED: Record<AddressKind, boolean> = {
  home: true,
  'old-home': true,
  family: true,
  friend: false,
  work: true,
  'own-locker': true,
  hotel: false,
  'client-site': false,
  'attacker-reshipper': false,
  'attacker-locker': false,
  'attacker-drop': false,
};

export const upperLetters = (rng: Rng, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');
