import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShipTo } from '../../../utils/amazon/types';
import { addressLines, addressOneLine, addressShort } from '../../../utils/format/address';

const FIXTURES = resolve(__dirname, '../../fixtures/amazon');

/** Every ship-to in the oracles of the project's own fixtures (the addresses the readers read from real layouts). */
function fixtureAddresses(): { file: string; shipTo: ShipTo }[] {
  const found: { file: string; shipTo: ShipTo }[] = [];
  const walk = (value: unknown, file: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, file));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const shipTo = record.shipTo as ShipTo | null | undefined;
      if (shipTo && Array.isArray(shipTo.lines) && shipTo.lines.length > 0) found.push({ file, shipTo });
      for (const v of Object.values(record)) walk(v, file);
    }
  };
  for (const site of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(FIXTURES, site.name)).filter((f) => f.endsWith('.expected.json'))) {
      walk(JSON.parse(readFileSync(join(FIXTURES, site.name, file), 'utf8')), `${site.name}/${file}`);
    }
  }
  return found;
}

describe('addresses in their country’s order', () => {
  it.each([
    ['Japan: 〒, prefecture and city, lines, name', { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都', country: '日本' }, '日本 〒154-0004 東京都世田谷区太子堂2-14-8 コーポ太子堂 203 佐藤 健一', '東京都世田谷区太子堂2-14-8'],
    ['US: name, street, "City, ST ZIP"', { name: 'Jordan Lee', lines: ['1208 Cargo Way Suite 4B', 'New Castle'], postalCode: '19720', region: 'DE', country: 'United States' }, 'Jordan Lee, 1208 Cargo Way Suite 4B, New Castle, DE 19720, United States', '1208 Cargo Way Suite 4B, New Castle, DE'],
    ['Canada as the US', { name: 'Nathan Tremblay', lines: ['1156 ch. de la Côte-de-Liesse', 'Dorval'], postalCode: 'H9P 7X0', region: 'QC', country: 'Canada' }, 'Nathan Tremblay, 1156 ch. de la Côte-de-Liesse, Dorval, QC H9P 7X0, Canada', '1156 ch. de la Côte-de-Liesse, Dorval, QC'],
    ['UK: lines, town, postcode', { name: 'Amelia Hughes', lines: ['14 Acacia Avenue', 'Reading'], postalCode: 'RG1 2AB', region: null, country: 'United Kingdom' }, 'Amelia Hughes, 14 Acacia Avenue, Reading, RG1 2AB, United Kingdom', '14 Acacia Avenue, Reading, RG1 2AB'],
    ['Germany: lines, "PLZ Ort"', { name: 'Sophie Becker', lines: ['Hauptstraße 12', 'München'], postalCode: '80331', region: null, country: 'Deutschland' }, 'Sophie Becker, Hauptstraße 12, 80331 München, Deutschland', 'Hauptstraße 12, 80331 München'],
    ['no country named: told by what it looks like', { name: null, lines: ['1208 Cargo Way Suite 4B', 'New Castle'], postalCode: '19720', region: 'DE', country: null }, '1208 Cargo Way Suite 4B, New Castle, DE 19720', '1208 Cargo Way Suite 4B, New Castle, DE'],
  ] as [string, ShipTo, string, string][])('%s', (_, address, oneLine, short) => {
    expect(addressOneLine(address)).toBe(oneLine);
    expect(addressShort(address)).toBe(short);
  });

  it('loses no part of any fixture’s address, and writes each part once', () => {
    const addresses = fixtureAddresses();
    expect(addresses.length).toBeGreaterThan(20);
    for (const { file, shipTo } of addresses) {
      const text = addressLines(shipTo).join('\n');
      for (const part of [shipTo.name, ...shipTo.lines, shipTo.postalCode?.replace(/^〒/, ''), shipTo.region, shipTo.country]) {
        if (!part?.trim()) continue;
        expect(text, `${file}: ${part}`).toContain(part.replace(/\s+/g, ' ').trim());
      }
      expect(addressShort(shipTo).length, file).toBeGreaterThan(0);
    }
  });
});
