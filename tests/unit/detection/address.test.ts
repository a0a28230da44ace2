import { describe, expect, it } from 'vitest';
import type { ShipTo } from '../../../utils/amazon/types';
import { looksLikeForwarder, regionOf, sameAddress, sameRegion } from '../../../utils/detection/address';

const jp = (lines: string[], postalCode: string | null, region: string | null = '東京都'): ShipTo => ({
  name: '佐藤 健一', lines, postalCode, region, country: '日本',
});
const us = (lines: string[], postalCode: string, region = 'OH'): ShipTo => ({
  name: 'Jordan Ellis', lines, postalCode, region, country: 'United States',
});

describe('sameAddress', () => {
  it.each([
    ['full-width digits and dashes', jp(['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], '154-0004'), jp(['世田谷区太子堂２－１４－８', 'コーポ太子堂２０３'], '〒154－0004')],
    ['丁目/番地/号 against numbers', jp(['世田谷区太子堂2丁目14番8号'], '154-0004'), jp(['世田谷区太子堂2-14-8'], '1540004')],
    ['prefecture written in the street line', jp(['東京都世田谷区太子堂2-14-8'], '154-0004'), jp(['世田谷区太子堂2-14-8'], '154-0004')],
    ['building written differently', jp(['世田谷区太子堂2-14-8', 'コーポ太子堂203号室'], '154-0004'), jp(['世田谷区太子堂2-14-8', 'Corpo Taishido 203'], '154-0004')],
    ['Street/St. and case', us(['1450 Maple Street Apt 3', 'Columbus'], '43215'), us(['1450 MAPLE ST. APT 3', 'Columbus'], '43215')],
    ['ZIP+4', us(['1450 Maple Ave', 'Columbus'], '43215-1102'), us(['1450 Maple Ave', 'Columbus'], '43215')],
  ])('treats %s as the same place', (_why, a, b) => {
    expect(sameAddress(a, b)).toBe(true);
    expect(sameAddress(b, a)).toBe(true);
  });

  it.each([
    ['another street in the same postal code', jp(['世田谷区太子堂2-14-8'], '154-0004'), jp(['世田谷区太子堂3-1-1'], '154-0004')],
    ['the same street under another postal code', jp(['世田谷区太子堂2-14-8'], '154-0004'), jp(['世田谷区太子堂2-14-8'], '559-0034')],
    ['another house number', us(['1450 Maple Ave'], '43215'), us(['1452 Maple Ave'], '43215')],
    ['an empty address', jp([], null), jp([], null)],
  ])('tells %s apart', (_why, a, b) => {
    expect(sameAddress(a, b)).toBe(false);
  });
});

describe('looksLikeForwarder', () => {
  it('sees warehouses and lockers, not a home', () => {
    expect(looksLikeForwarder(jp(['大阪市住之江区南港北1-7-89', '関西ロジ倉庫 B棟'], '559-0034', '大阪府'))).toBe(true);
    expect(looksLikeForwarder(us(['Amazon Hub Locker - Zephyr', 'Columbus'], '43215'))).toBe(true);
    expect(looksLikeForwarder(jp(['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], '154-0004'))).toBe(false);
  });
});

describe('regions where addresses carry none', () => {
  const at = (postalCode: string, country: string | null, region: string | null = null): ShipTo => ({ name: null, lines: ['x'], postalCode, region, country });
  it.each([
    ['10115', 'Deutschland', 'de-1'],
    ['80331', 'Germany', 'de-8'],
    ['SW1A 1AA', 'United Kingdom', 'uk-sw'],
    ['M1 1AE', 'UK', 'uk-m'],
    ['EH1 1YZ', null, 'uk-eh'],
    ['K1A 0B1', 'Canada', 'on'],
    ['H2X 1Y4', null, 'qc'],
    ['12345', null, null],
  ])('%s (%s): %s', (postalCode, country, region) => {
    expect(regionOf(at(postalCode, country))).toBe(region);
  });

  it('a reshipper across the country is in another region; a neighbour is not', () => {
    expect(sameRegion(at('10115', 'Deutschland'), at('80331', 'Deutschland'))).toBe(false);
    expect(sameRegion(at('10115', 'Deutschland'), at('14467', 'Deutschland'))).toBe(true);
    expect(sameRegion(at('SW1A 1AA', 'United Kingdom'), at('M1 1AE', 'United Kingdom'))).toBe(false);
    expect(sameRegion(at('K1A 0B1', 'Canada', 'ON'), at('M5V 3L9', 'Canada'))).toBe(true);
  });
});

describe('forwarders, lockers and pickup points in every marketplace’s language', () => {
  const at = (lines: string[], name: string | null = null): ShipTo => ({ name, lines, postalCode: null, region: null, country: null });
  it.each([
    [['Packstation 157', 'Berlin'], true],
    [['c/o Paketweiterleitung Nord', 'Hamburg'], true],
    [['Unit 4 Riverside Trade Park', 'Slough'], true],
    [['Unit 12 / JP-18342', 'Dover'], true],
    [['ファミリーマート 梅田店 コンビニ受取'], true],
    [['Amazon Hub カウンター 新宿'], true],
    [['受取スポット 池袋'], true],
    [['Point Relais Tabac du Centre', 'Montréal'], true],
    [['4324 Express Ln Ste 985-QJ5073', 'Sarasota'], true],
    [['ul. Graniczna 22', 'Kunde 043443', 'Słubice'], true],
    [['Hauptstraße 12', 'München'], false],
    [['c/o Harborview Hotel', '4644 Pine St', 'Seattle'], false],
    [['c/o Hotel Adlon', 'Unter den Linden 77', 'Berlin'], false],
    [['14 Acacia Avenue', 'Reading'], false],
    [['世田谷区太子堂2-14-8'], false],
  ])('%j: %s', (lines, expected) => {
    expect(looksLikeForwarder(at(lines))).toBe(expected);
  });
});
