import { ENTERED, address, spelling, upperLetters, type AddressFactory, type Area } from './address-kit';
import { digitsOf, type Rng } from './rng';
import type { AddressKind, SimAddress, Spelling } from './types';

/**
 * Invented British and German places. Neither country's addresses carry a region the reader reads (the co.uk and de
 * fixtures have none), so an area here is a city. British: lines, "City, POSTCODE", United Kingdom. German: lines,
 * "PLZ Ort", Deutschland (Packstation as the 2026 fixture prints it).
 */
interface EuArea extends Area {
  city: string;
  postal: (rng: Rng) => string;
  streets: string[];
}

const UK_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const inward = (rng: Rng) => `${rng.int(1, 9)}${UK_LETTERS[rng.int(0, UK_LETTERS.length - 1)]}${UK_LETTERS[rng.int(0, UK_LETTERS.length - 1)]}`;
const uk = (outward: string[]) => (rng: Rng) => `${rng.pick(outward)} ${inward(rng)}`;

const UK: EuArea[] = [
  { id: 'London', region: null, city: 'London', postal: uk(['N7', 'SE15', 'E8', 'SW9', 'NW5']), streets: ['Whitcomb Mews', 'Elm Grove', 'Albion Road', 'Chatsworth Street'] },
  { id: 'Leeds', region: null, city: 'Leeds', postal: uk(['LS6', 'LS8', 'LS11']), streets: ['Hawthorn Road', 'Cardigan Lane', 'Victoria Terrace'] },
  { id: 'Manchester', region: null, city: 'Manchester', postal: uk(['M14', 'M20', 'M21']), streets: ['Wilbraham Road', 'Burton Road', 'Canal Street'] },
  { id: 'Bristol', region: null, city: 'Bristol', postal: uk(['BS6', 'BS7', 'BS3']), streets: ['Gloucester Road', 'Cotham Hill', 'North Street'] },
  { id: 'Glasgow', region: null, city: 'Glasgow', postal: uk(['G12', 'G41', 'G3']), streets: ['Byres Road', 'Kelvin Way', 'Pollokshaws Road'] },
  { id: 'Birmingham', region: null, city: 'Birmingham', postal: uk(['B13', 'B15', 'B30']), streets: ['Moseley Road', 'Harborne Park Road', 'Bristol Road'] },
  { id: 'Cardiff', region: null, city: 'Cardiff', postal: uk(['CF24', 'CF11', 'CF5']), streets: ['Cathays Terrace', 'Cowbridge Road East', 'Albany Road'] },
  { id: 'Edinburgh', region: null, city: 'Edinburgh', postal: uk(['EH9', 'EH6', 'EH10']), streets: ['Marchmont Road', 'Leith Walk', 'Morningside Road'] },
];

const plz = (prefixes: string[]) => (rng: Rng) => `${rng.pick(prefixes)}${digitsOf(rng, 5 - prefixes[0].length)}`;
const DE: EuArea[] = [
  { id: 'Berlin', region: null, city: 'Berlin', postal: plz(['101', '104', '120', '109']), streets: ['Friedrichstraße', 'Gartenweg', 'Lindenallee', 'Schönhauser Allee'] },
  { id: 'Leipzig', region: null, city: 'Leipzig', postal: plz(['041', '042', '043']), streets: ['Karl-Liebknecht-Straße', 'Gartenweg', 'Ahornstraße'] },
  { id: 'Hamburg', region: null, city: 'Hamburg', postal: plz(['200', '220', '227']), streets: ['Osterstraße', 'Eppendorfer Weg', 'Lindenstraße'] },
  { id: 'München', region: null, city: 'München', postal: plz(['803', '804', '806']), streets: ['Leopoldstraße', 'Rosenheimer Straße', 'Birkenweg'] },
  { id: 'Köln', region: null, city: 'Köln', postal: plz(['506', '509', '507']), streets: ['Venloer Straße', 'Aachener Straße', 'Kastanienweg'] },
  { id: 'Frankfurt am Main', region: null, city: 'Frankfurt am Main', postal: plz(['603', '604', '605']), streets: ['Berger Straße', 'Schweizer Straße', 'Eichenweg'] },
  { id: 'Dresden', region: null, city: 'Dresden', postal: plz(['010', '011', '013']), streets: ['Hauptstraße', 'Königsbrücker Straße', 'Ulmenweg'] },
  { id: 'Stuttgart', region: null, city: 'Stuttgart', postal: plz(['701', '703', '704']), streets: ['Königstraße', 'Tübinger Straße', 'Fichtenweg'] },
];

function makeUk(): AddressFactory {
  const printed = (name: string, lines: string[], city: string, postal: string): Spelling =>
    spelling([[...lines, `${city}, ${postal}`], ['United Kingdom']], { name, lines: [...lines, city], postalCode: postal, region: null, country: 'United Kingdom' });
  const pick = (rng: Rng, area: Area) => {
    const a = area as EuArea;
    return { a, postal: a.postal(rng), street: rng.pick(a.streets), number: rng.int(1, 180) };
  };
  return {
    areas: UK,
    dwelling(rng, area, name, kind, note) {
      const { a, postal, street, number } = pick(rng, area);
      const flat = rng.chance(0.5) ? rng.int(1, 12) : null;
      const spellings = [printed(name, [...(flat ? [`Flat ${flat}`] : []), `${number} ${street}`], a.city, postal)];
      if (kind === 'home' || kind === 'old-home' || kind === 'family') {
        spellings.push(printed(name, [flat ? `Flat ${flat}, ${number} ${street}` : `${number}, ${street}`], a.city, postal));
      }
      return address(kind, spellings, ENTERED[kind], note);
    },
    office(rng, area, name, company, kind, note) {
      const { a, postal, street, number } = pick(rng, area);
      return address(kind, [printed(name, [company, `Unit ${rng.int(1, 9)}, ${number} ${street}`], a.city, postal)], ENTERED[kind], note);
    },
    locker(rng, area, name, kind: AddressKind, note) {
      const { a, postal, street, number } = pick(rng, area);
      const where = rng.weighted([
        [`Amazon Locker - ${rng.pick(['Dove', 'Heron', 'Thistle', 'Bramble', 'Kestrel'])}`, 4],
        [`Amazon Hub Counter - ${rng.pick(['Morrisons', 'Corner Newsagent', 'Co-op'])}`, 2],
        [`InPost Locker ${upperLetters(rng, 3)}${rng.int(10, 99)}`, 1],
      ] as const);
      return address(kind, [printed(name, [where, `${number} ${street}`], a.city, postal)], ENTERED[kind], note);
    },
    hotel(rng, area, name, note) {
      const { a, postal, street, number } = pick(rng, area);
      return address('hotel', [printed(name, [`${rng.pick(['The Grand', 'Riverside', 'Station', 'Park View'])} Hotel, Reception`, `${number} ${street}`], a.city, postal)], false, note);
    },
    reshipper(rng, ownerArea, name, note): SimAddress {
      const choices: [string, string, (r: Rng) => string[]][] = [
        ['Feltham', 'TW14', (r) => [`Unit ${r.int(1, 40)}, Heathrow Logistics Park`, `Bedfont Road, Ref ${upperLetters(r, 2)}${r.int(1000, 9999)}`]],
        ['Slough', 'SL1', (r) => [`Unit ${r.int(1, 30)} Bath Road Trading Estate`, `Suite ${upperLetters(r, 2)}${r.int(100, 999)}`]],
        ['Manchester', 'M90', (r) => [`Skyport Freight Centre, Bay ${r.int(1, 20)}`, `Customer ${upperLetters(r, 2)}${r.int(10000, 99999)}`]],
        ['Coventry', 'CV6', (r) => [`${r.int(1, 90)} Holbrook Lane`, `Unit ${r.int(1, 9)}${upperLetters(r, 1)}`]],
      ];
      const [city, outward, lines] = rng.pick(choices.filter(([c]) => c !== (ownerArea as EuArea).city));
      return address('attacker-reshipper', [printed(name, lines(rng), city, `${outward} ${inward(rng)}`)], false, note);
    },
    companies: ['Hartley & Shaw Ltd', 'Greenway Joinery Ltd', 'Brook Street Dental', 'Northfield Lettings Ltd'],
  };
}

function makeDe(): AddressFactory {
  const printed = (name: string, lines: string[], city: string, postal: string, country = 'Deutschland'): Spelling =>
    spelling([[...lines, `${postal} ${city}`], [country]], { name, lines: [...lines, city], postalCode: postal, region: null, country });
  const pick = (rng: Rng, area: Area) => {
    const a = area as EuArea;
    return { a, postal: a.postal(rng), street: rng.pick(a.streets), number: rng.int(1, 140) };
  };
  return {
    areas: DE,
    dwelling(rng, area, name, kind, note) {
      const { a, postal, street, number } = pick(rng, area);
      const spellings = [printed(name, [`${street} ${number}`], a.city, postal)];
      if ((kind === 'home' || kind === 'old-home' || kind === 'family') && /straße/.test(street)) spellings.push(printed(name, [`${street.replace('straße', 'str.')} ${number}`], a.city, postal));
      if (kind === 'home' && rng.chance(0.3)) spellings.push(printed(name, [`${street} ${number}`, `${rng.int(1, 5)}. OG links`], a.city, postal));
      return address(kind, spellings, ENTERED[kind], note);
    },
    office(rng, area, name, company, kind, note) {
      const { a, postal, street, number } = pick(rng, area);
      return address(kind, [printed(name, [company, `${street} ${number}`], a.city, postal)], ENTERED[kind], note);
    },
    locker(rng, area, name, kind, note) {
      const { a, postal, street, number } = pick(rng, area);
      const lines = rng.weighted([
        [[`Packstation ${rng.int(100, 250)}`, `Postnummer ${digitsOf(rng, 8)}`], 5],
        [[`Postfiliale ${rng.int(400, 699)}`, `Postnummer ${digitsOf(rng, 8)}`], 2],
        [[`Amazon Locker ${rng.pick(['Lotte', 'Fritz', 'Greta', 'Emil'])}`, `${street} ${number}`], 2],
      ] as const);
      return address(kind, [printed(name, [...lines], a.city, postal)], ENTERED[kind], note);
    },
    hotel(rng, area, name, note) {
      const { a, postal, street, number } = pick(rng, area);
      return address('hotel', [printed(name, [`Hotel ${rng.pick(['Am Park', 'Zur Post', 'Stadtmitte', 'Elbblick'])}, Rezeption`, `${street} ${number}`], a.city, postal)], false, note);
    },
    reshipper(rng, ownerArea, name, note): SimAddress {
      if (rng.chance(0.35)) {
        // Across the border: a parcel forwarder in Poland, printed with the Polish postal code the reader does not know.
        const lines = [`ul. Graniczna ${rng.int(1, 40)}`, `Kunde ${digitsOf(rng, 6)}`, '69-100 Słubice'];
        return address('attacker-reshipper', [spelling([lines, ['Polen']], { name, lines, postalCode: null, region: null, country: 'Polen' })], false, note);
      }
      const choices: [string, string, (r: Rng) => string[]][] = [
        ['Frankfurt (Oder)', '15236', (r) => [`c/o PaketBrücke Paketweiterleitung`, `Am Frachtzentrum ${r.int(1, 20)}`, `Kd.-Nr. ${digitsOf(r, 6)}`]],
        ['Frankfurt am Main', '60549', (r) => [`Cargo City Süd, Gebäude ${r.int(500, 640)}`, `Lager ${upperLetters(r, 2)}${r.int(100, 999)}`]],
        ['Hamburg', '21129', (r) => [`Logistikzentrum Altenwerder, Tor ${r.int(1, 12)}`, `Kunde ${digitsOf(r, 5)}`]],
        ['Görlitz', '02826', (r) => [`Lagerhalle ${r.int(1, 9)}`, `Brautwiesenstraße ${r.int(1, 60)}`]],
      ];
      const [city, postal, lines] = rng.pick(choices.filter(([c]) => c !== (ownerArea as EuArea).city));
      return address('attacker-reshipper', [printed(name, lines(rng), city, postal)], false, note);
    },
    companies: ['Brenner & Albrecht GmbH', 'Werkstatt Nord GmbH', 'Praxis Dr. Krüger', 'Lindner Steuerberatung'],
  };
}

export const UK_ADDRESSES = makeUk();
export const DE_ADDRESSES = makeDe();
