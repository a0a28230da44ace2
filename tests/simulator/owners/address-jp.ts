import { ENTERED, address, folded, spelling, type AddressFactory, type Area } from './address-kit';
import { digitsOf, type Rng } from './rng';
import type { AddressKind, SimAddress } from './types';

/**
 * Invented Japanese places, printed as co.jp's ship-to popover prints them: the prefecture and first line in one
 * row, the building on the next, 〒 and the postal code, 日本. Owners' spellings vary as in the story fixtures
 * (2-14-8, 2丁目14番8号, full-width ２－１４－８).
 */
interface JpArea extends Area {
  prefecture: string;
  cities: { city: string; postal: string; towns: string[] }[];
}

const AREAS: JpArea[] = [
  { id: '東京都', region: '東京都', prefecture: '東京都', cities: [
    { city: '世田谷区', postal: '154', towns: ['太子堂', '経堂', '三軒茶屋', '池尻', '上馬'] },
    { city: '杉並区', postal: '166', towns: ['阿佐谷南', '阿佐谷北', '高円寺南', '荻窪'] },
    { city: '江東区', postal: '135', towns: ['豊洲', '東陽', '亀戸', '大島'] },
  ] },
  { id: '神奈川県', region: '神奈川県', prefecture: '神奈川県', cities: [
    { city: '横浜市港北区', postal: '222', towns: ['日吉', '綱島西', '菊名', '大倉山'] },
    { city: '川崎市中原区', postal: '211', towns: ['小杉町', '新丸子町', '木月'] },
  ] },
  { id: '埼玉県', region: '埼玉県', prefecture: '埼玉県', cities: [
    { city: 'さいたま市浦和区', postal: '330', towns: ['高砂', '常盤', '岸町'] },
    { city: '所沢市', postal: '359', towns: ['小手指町', '東町', '緑町'] },
  ] },
  { id: '千葉県', region: '千葉県', prefecture: '千葉県', cities: [
    { city: '船橋市', postal: '273', towns: ['本町', '湊町', '前原西'] },
    { city: '市川市', postal: '272', towns: ['八幡', '南八幡', '塩浜'] },
  ] },
  { id: '大阪府', region: '大阪府', prefecture: '大阪府', cities: [
    { city: '大阪市北区', postal: '530', towns: ['天神橋', '中崎', '本庄東'] },
    { city: '豊中市', postal: '560', towns: ['本町', '岡町', '服部元町'] },
  ] },
  { id: '愛知県', region: '愛知県', prefecture: '愛知県', cities: [{ city: '名古屋市千種区', postal: '464', towns: ['今池', '覚王山通', '春岡'] }] },
  { id: '福岡県', region: '福岡県', prefecture: '福岡県', cities: [{ city: '福岡市中央区', postal: '810', towns: ['大名', '薬院', '平尾'] }] },
  { id: '北海道', region: '北海道', prefecture: '北海道', cities: [{ city: '札幌市中央区', postal: '064', towns: ['南十条西', '宮の森', '円山西町'] }] },
  { id: '兵庫県', region: '兵庫県', prefecture: '兵庫県', cities: [{ city: '神戸市灘区', postal: '657', towns: ['六甲町', '篠原中町', '備後町'] }] },
  { id: '京都府', region: '京都府', prefecture: '京都府', cities: [{ city: '京都市左京区', postal: '606', towns: ['田中里ノ前町', '北白川', '下鴨'] }] },
  { id: '宮城県', region: '宮城県', prefecture: '宮城県', cities: [{ city: '仙台市青葉区', postal: '980', towns: ['一番町', '国分町', '上杉'] }] },
];

const BUILDINGS = ['コーポ', 'メゾン', 'グリーンハイツ', 'パークハイム', 'ハイツ', 'レジデンス'];
const FULL = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, '－');

interface JpPlace {
  area: JpArea;
  city: string;
  town: string;
  postal: string;
  block: [number, number, number];
}

function place(rng: Rng, area: Area): JpPlace {
  const a = area as JpArea;
  const c = rng.pick(a.cities);
  return { area: a, city: c.city, town: rng.pick(c.towns), postal: `${c.postal}-${digitsOf(rng, 4)}`, block: [rng.int(1, 5), rng.int(1, 30), rng.int(1, 25)] };
}

/** Rows as the popover prints them, and what the reader reads. `lines` are the street line and the building. */
function printed(p: JpPlace, name: string, lines: string[], postal = p.postal) {
  const rows = [[`${p.area.prefecture}${lines[0]}`, ...lines.slice(1)], [`〒${postal}`], ['日本']];
  return spelling(rows, { name, lines: lines.map(folded), postalCode: folded(postal).replace(/[^0-9]/g, '').replace(/^(\d{3})/, '$1-'), region: p.area.prefecture, country: '日本' });
}

function dwelling(rng: Rng, area: Area, name: string, kind: AddressKind, note: string): SimAddress {
  const p = place(rng, area);
  const [c, b, g] = p.block;
  const building = rng.chance(0.7) ? `${p.town}${rng.pick(BUILDINGS)}` : null;
  const room = `${rng.int(1, 6)}0${rng.int(1, 9)}`;
  const spellings = [printed(p, name, [`${p.city}${p.town}${c}-${b}-${g}`, ...(building ? [`${building} ${room}`] : [])])];
  if (kind === 'home' || kind === 'old-home' || kind === 'family') {
    spellings.push(printed(p, name, [`${p.city}${p.town}${c}丁目${b}番${g}号`, ...(building ? [`${building} ${room}号室`] : [])]));
    spellings.push(printed(p, name, [`${p.city}${p.town}${FULL(`${c}-${b}-${g}`)}`, ...(building ? [`${building}${FULL(room)}`] : [])], FULL(p.postal)));
  }
  return address(kind, spellings, ENTERED[kind], note);
}

function office(rng: Rng, area: Area, name: string, company: string, kind: AddressKind, note: string): SimAddress {
  const p = place(rng, area);
  const [c, b, g] = p.block;
  return address(kind, [printed(p, name, [`${p.city}${p.town}${c}-${b}-${g}`, `${p.town}ビジネスビル ${rng.int(2, 9)}F ${company}`])], ENTERED[kind], note);
}

function locker(rng: Rng, area: Area, name: string, kind: AddressKind, note: string): SimAddress {
  const p = place(rng, area);
  const [c, b, g] = p.block;
  const where = rng.weighted([
    [`Amazon Hub ロッカー - ${rng.pick(['ソラ', 'ウミ', 'モリ', 'ホシ', 'ツキ'])}（${p.town}駅）`, 4],
    [`ファミリーマート ${p.town}${c}丁目店（コンビニ受取）`, 3],
    [`ローソン ${p.town}店 受取`, 2],
    [`ヤマト運輸 ${p.town}センター 営業所止め`, 1],
  ] as const);
  return address(kind, [printed(p, name, [`${p.city}${p.town}${c}-${b}-${g}`, where])], ENTERED[kind], note);
}

function hotel(rng: Rng, area: Area, name: string, note: string): SimAddress {
  const p = place(rng, area);
  const [c, b, g] = p.block;
  return address('hotel', [printed(p, name, [`${p.city}${p.town}${c}-${b}-${g}`, `ホテル${rng.pick(['サクラ', 'グランヴィア', 'ステーション', 'リバーサイド'])}${p.city.slice(0, 2)} フロント気付`])], false, note);
}

/** Forwarders near ports and airports, some with 倉庫/転送 in the name, some a plain building with a customer code. */
const FORWARDERS: { area: string; city: string; postal: string; town: string; line: (rng: Rng) => string }[] = [
  { area: '大阪府', city: '大阪市住之江区', postal: '559-0034', town: '南港北', line: (r) => `関西ロジ倉庫 B棟 受付 ${r.int(100, 999)}` },
  { area: '千葉県', city: '市川市', postal: '272-0127', town: '塩浜', line: (r) => `ベイ転送センター 3F #${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}${r.int(1000, 9999)}` },
  { area: '千葉県', city: '成田市', postal: '286-0106', town: '取香', line: (r) => `成田エアカーゴビル 2F JPX-${r.int(10000, 99999)}` },
  { area: '神奈川県', city: '川崎市川崎区', postal: '210-0869', town: '東扇島', line: (r) => `東扇島物流センター ${r.int(1, 9)}号棟 ${r.int(100, 999)}` },
  { area: '福岡県', city: '福岡市博多区', postal: '812-0051', town: '箱崎ふ頭', line: (r) => `博多国際倉庫 受付 ${r.int(100, 999)}` },
  { area: '埼玉県', city: '川口市', postal: '332-0012', town: '本町', line: (r) => `川口本町ビル 4F ${r.int(401, 420)}` },
];

function reshipper(rng: Rng, ownerArea: Area, name: string, note: string): SimAddress {
  const choices = FORWARDERS.filter((f) => f.area !== ownerArea.id);
  const f = rng.pick(choices);
  const area = AREAS.find((a) => a.id === f.area)!;
  const p: JpPlace = { area, city: f.city, town: f.town, postal: f.postal, block: [rng.int(1, 5), rng.int(1, 20), rng.int(1, 90)] };
  const [c, b, g] = p.block;
  return address('attacker-reshipper', [printed(p, name, [`${f.city}${f.town}${c}-${b}-${g}`, f.line(rng)])], false, note);
}

export const JP_ADDRESSES: AddressFactory = {
  areas: AREAS,
  dwelling,
  office,
  locker,
  hotel,
  reshipper,
  companies: ['株式会社ミナト設計', '合同会社あおば企画', '有限会社さくら工房', '株式会社ひかり商事', '株式会社みどり会計事務所'],
};
