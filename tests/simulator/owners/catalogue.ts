/**
 * What owners and attackers buy: titles and unit prices. Everything is invented (no real product pages); brand names
 * appear only where they name what a gift card or code is for, as Amazon's own titles do.
 */
export interface GiftCardProduct {
  title: string;
  price: number;
  /** E-mailed gift cards are ordinary orders without a ship-to; codes are digital orders (`D01-…`). */
  delivery: 'email' | 'code';
}

export interface Catalogue {
  household: [string, number][];
  gifts: [string, number][];
  big: [string, number][];
  business: [string, number][];
  /** What attackers ship and resell: electronics, consoles, sneakers. */
  resellable: [string, number][];
  series: string[];
  volume: (series: string, n: number) => string;
  seriesPrice: number;
  books: [string, number][];
  /** What attackers buy digitally: bundles, premium editions, game downloads. */
  digitalLoot: [string, number][];
  giftCards: GiftCardProduct[];
  /** Gift cards owners buy for others now and then. */
  ownGiftCards: GiftCardProduct[];
}

/** Prices written in US dollars, converted for the other English-language marketplaces. */
const EN_USD: Omit<Catalogue, 'volume' | 'seriesPrice'> & { seriesPrice: number } = {
  household: [
    ['Paper Towels, 12 Double Rolls', 24.99], ['Dish Soap Refill, 90 fl oz', 9.49], ['AA Alkaline Batteries, 24-Pack', 15.78],
    ['Laundry Detergent Pods, 81 Count', 21.97], ['USB-C to USB-C Cable, 6 ft, 2-Pack', 11.99], ['Trash Bags, 13 Gallon, 120 Count', 18.49],
    ['Ground Coffee, Medium Roast, 32 oz', 16.98], ['Electric Toothbrush Replacement Heads, 8 Pack', 19.99], ['Stainless Steel Water Bottle, 32 oz', 22.40],
    ['Microfiber Cleaning Cloths, 24-Pack', 13.99], ['Wireless Mouse, Silent Click', 17.99], ['LED Light Bulbs, 60W Equivalent, 8-Pack', 14.99],
    ['Shampoo and Conditioner Set, 2 x 25 oz', 18.75], ['Hand Soap Refill, 50 fl oz', 8.99], ['Spiral Notebooks, College Ruled, 5-Pack', 9.87],
    ['Cast Iron Skillet, 10-inch', 24.90], ['Yoga Mat, 6mm, Non-Slip', 28.75], ['Phone Case, Clear, Shockproof', 12.99],
    ['Kitchen Sponges, 24 Count', 7.99], ['Fleece Throw Blanket, 50 x 60 in', 19.95], ['Merino Wool Socks, 4 Pairs', 17.64],
    ['Sunscreen Lotion SPF 50, 2-Pack', 16.20], ['Dog Treats, Chicken Jerky, 2 lb', 23.49], ['Cat Litter, Unscented, 25 lb', 17.98],
    ['Vitamin D3 Softgels, 360 Count', 12.49], ['Printer Paper, 8.5 x 11, 500 Sheets', 9.29], ['Bath Towels, Set of 4', 32.99],
    ['Over-Ear Wireless Headphones', 88.49], ['Electric Kettle, 1.7 Liter', 51.34], ['Paperback Novel: The Quiet Orchard', 14.35],
  ],
  gifts: [
    ['Scented Candle Gift Set, 4 Pieces', 38.50], ['Kids Art Supplies Set, 150 Pieces', 33.00], ['Ceramic Plant Pots, Set of 3', 42.00],
    ['Gourmet Chocolate Gift Box, 24 Pieces', 36.95], ['Cozy Slipper Socks, Gift Box', 24.99], ['Photo Frame Set, 7 Pieces', 29.99],
    ['Board Game: Harbor Lights', 24.99], ['Tea Sampler Gift Set, 40 Bags', 27.50], ['Plush Teddy Bear, 14 inch', 21.99],
  ],
  big: [
    ['55-inch 4K Smart TV', 479.99], ['Robot Vacuum with Self-Empty Base', 399.00], ['Standing Desk, Electric, 60 x 30 in', 429.00],
    ['Espresso Machine with Milk Frother', 549.95], ['Mattress, Queen, Hybrid 12 inch', 689.00], ['Road Bike, Aluminum Frame', 899.00],
    ['Kestrel 14 Laptop, 16GB RAM, 512GB SSD', 849.99], ['Refrigerator, French Door, 25 cu ft', 1499.00],
  ],
  business: [
    ['Copy Paper, 8.5 x 11, 10 Reams', 54.99], ['Toner Cartridge, Black, High Yield, 2-Pack', 129.99], ['Sticky Notes, 3 x 3 in, 24 Pads', 18.99],
    ['Ballpoint Pens, Black, 60 Count', 13.49], ['Hanging File Folders, Letter, 50 Pack', 26.99], ['Breakroom Coffee Pods, 96 Count', 49.99],
    ['Shipping Boxes, 12 x 9 x 6 in, 50 Pack', 39.99], ['Packing Tape, 36 Rolls', 44.99], ['Disinfecting Wipes, 6 Canisters', 29.99],
    ['Monitor, 27-inch QHD', 229.99], ['Office Chair, Mesh, Lumbar Support', 189.00], ['Label Maker Tape, 4-Pack', 34.99],
    ['Paper Cups, 12 oz, 500 Count', 42.50], ['Whiteboard Markers, Assorted, 36 Pack', 24.99], ['USB Flash Drives, 64GB, 10 Pack', 59.99],
  ],
  resellable: [
    ['Kestrel 15 Pro Laptop, 15.6 inch FHD, 16GB RAM, 1TB SSD', 1249.99], ['Game Console, Digital Edition', 449.99], ['Wireless Earbuds Pro, 2nd Generation', 229.99],
    ['Smartphone, 256GB, Unlocked', 999.00], ['Graphics Card, 16GB GDDR6X', 1099.99], ['Tablet, 11-inch, 256GB, Wi-Fi', 749.00],
    ['Smartwatch, GPS + Cellular, 45mm', 429.00], ['Mirrorless Camera Body, 24MP', 1399.00], ['Running Sneakers, Limited Edition, Size 10', 219.99],
    ['Portable Handheld Gaming PC, 512GB', 649.00], ['Designer Perfume, 100 ml', 142.00], ['Cordless Stick Vacuum, Flagship', 699.99],
  ],
  series: ['The Lighthouse Keeper Chronicles', 'Harbor Street Mysteries', 'Starfall Academy', 'The Ember Throne', 'Quiet Valley Romance'],
  seriesPrice: 4.99,
  books: [
    ['The Quiet Orchard: A Novel', 12.99], ['Budgeting Made Simple', 9.99], ['Weekend Hikes of the Midwest', 7.99], ['Learn Python in a Weekend', 24.99],
    ['The Lighthouse Keeper\'s Ledger', 12.99], ['Small Kitchen, Big Flavor', 14.99], ['A Field Guide to Backyard Birds', 11.99], ['Sleep Better Tonight', 8.99],
  ],
  digitalLoot: [
    ['Crimson Legion: Complete Collection, Books 1-12 (Kindle Edition)', 89.99], ['Starbreakers Deluxe Edition [Online Game Code]', 69.99],
    ['Crimson Legion: The Art Book (Kindle Edition)', 34.99], ['Neon Racer DX - Nintendo Switch [Digital Code]', 59.99],
    ['Galactic Frontier: Season Pass [Online Game Code]', 39.99], ['Complete Programming Library, 20-Book Bundle (Kindle Edition)', 119.99],
    ['Pro Photo Editor 2026 [PC Download]', 149.99], ['Mystic Saga Collector\'s Bundle [Online Game Code]', 99.99],
  ],
  giftCards: [
    { title: 'Apple Gift Card - App Store, iTunes, iPhone, iPad (Email Delivery)', price: 200, delivery: 'email' },
    { title: 'Google Play gift code - give the gift of games, apps and more (Email Delivery)', price: 100, delivery: 'email' },
    { title: 'PlayStation Store Gift Card $100 [Digital Code]', price: 100, delivery: 'code' },
    { title: 'Nintendo eShop Gift Card $50 [Digital Code]', price: 50, delivery: 'code' },
    { title: 'Xbox Gift Card - $100 [Digital Code]', price: 100, delivery: 'code' },
    { title: 'Roblox Digital Gift Code for 10,000 Robux [Online Game Code]', price: 100, delivery: 'code' },
    { title: 'Steam Wallet Code $50 [Online Game Code]', price: 50, delivery: 'code' },
    { title: 'Amazon eGift Card - Happy Birthday (Email Delivery)', price: 150, delivery: 'email' },
    { title: 'Razer Gold Gift Card $100 [Digital Code]', price: 100, delivery: 'code' },
  ],
  ownGiftCards: [
    { title: 'Amazon eGift Card - Happy Birthday (Email Delivery)', price: 25, delivery: 'email' },
    { title: 'Amazon eGift Card - Thank You (Email Delivery)', price: 50, delivery: 'email' },
    { title: 'Nintendo eShop Gift Card $20 [Digital Code]', price: 20, delivery: 'code' },
  ],
};

/** Rounds a converted price the way shops print them: ….99 (or ….49 below 10). */
function shopPrice(value: number): number {
  if (value >= 1000) return Math.round(value / 10) * 10 - 0.01;
  const whole = Math.max(1, Math.round(value));
  return value < 10 ? whole - 0.51 : whole - 0.01;
}

/** The English catalogue in a currency: `rate` per US dollar (gift-card face values are rounded to whole units). */
export function englishCatalogue(rate: number): Catalogue {
  const convert = (list: [string, number][]): [string, number][] => list.map(([t, p]) => [t, rate === 1 ? p : shopPrice(p * rate)]);
  const card = (list: GiftCardProduct[], symbol: string) =>
    list.map((g) => {
      const face = rate === 1 ? g.price : Math.round((g.price * rate) / 5) * 5;
      return { ...g, title: g.title.replace(/\$(\d+(?:,\d{3})*)/, (_, v: string) => `${symbol}${rate === 1 ? v : Math.round((Number(v.replace(/,/g, '')) * rate) / 5) * 5}`), price: face };
    });
  const symbol = rate === 1 ? '$' : rate < 1 ? '£' : '$';
  return {
    household: convert(EN_USD.household),
    gifts: convert(EN_USD.gifts),
    big: convert(EN_USD.big),
    business: convert(EN_USD.business),
    resellable: convert(EN_USD.resellable),
    series: EN_USD.series,
    volume: (series, n) => `${series}, Book ${n} (Kindle Edition)`,
    seriesPrice: rate === 1 ? EN_USD.seriesPrice : shopPrice(EN_USD.seriesPrice * rate),
    books: convert(EN_USD.books),
    digitalLoot: convert(EN_USD.digitalLoot),
    giftCards: card(EN_USD.giftCards, symbol),
    ownGiftCards: card(EN_USD.ownGiftCards, symbol),
  };
}

export const GERMAN: Catalogue = {
  household: [
    ['Küchenrolle, 8 Rollen', 8.99], ['Spülmittel Nachfüllpack, 3 x 1,5 l', 11.49], ['Batterien AA Alkaline, 24 Stück', 13.99],
    ['Waschmittel Pulver, 100 Waschladungen', 24.95], ['USB-C Ladekabel, 2 m, 2er-Pack', 10.99], ['Müllbeutel 60 l, 100 Stück', 12.49],
    ['Kaffeebohnen, Espresso, 1 kg', 16.90], ['Zahnbürstenaufsätze, 8 Stück', 19.99], ['Trinkflasche Edelstahl, 1 l', 21.95],
    ['Notizbuch A5 gepunktet, Hardcover', 7.43], ['Kabellose Maus, leise', 15.99], ['LED Lampe E27, 6er-Pack', 14.49],
    ['Shampoo Nachfüllbeutel, 1 l', 9.95], ['Handseife Nachfüller, 1 l', 6.49], ['Gusseisenpfanne, 26 cm', 34.90],
    ['Yogamatte, rutschfest, 6 mm', 24.99], ['Handyhülle, transparent', 11.99], ['Schwämme, 20 Stück', 6.99],
    ['Kuscheldecke, 150 x 200 cm', 19.99], ['Wandersocken Merino, 3 Paar', 21.99], ['Sonnencreme LSF 50, 2 x 200 ml', 15.49],
    ['Katzenstreu, 20 l', 16.99], ['Vitamin D3 Tropfen, 50 ml', 12.90], ['Druckerpapier A4, 500 Blatt', 6.99],
    ['Handtücher, 4er-Set', 29.99], ['Over-Ear Kopfhörer, kabellos', 79.99], ['Wasserkocher Edelstahl, 1,7 l', 39.99],
  ],
  gifts: [
    ['Duftkerzen Geschenkset, 4 Stück', 29.99], ['Bastelset für Kinder, 150 Teile', 27.99], ['Pflanztöpfe Keramik, 3er-Set', 34.99],
    ['Pralinen Geschenkbox, 24 Stück', 24.95], ['Bilderrahmen-Set, 7 Stück', 26.99], ['Brettspiel: Hafenlichter', 22.99],
    ['Teeset Geschenk, 40 Beutel', 19.90], ['Plüschbär, 35 cm', 18.99],
  ],
  big: [
    ['4K Smart TV, 55 Zoll', 499.00], ['Saugroboter mit Absaugstation', 449.00], ['Elektrischer Schreibtisch, 160 x 80 cm', 399.00],
    ['Kaffeevollautomat mit Milchsystem', 649.00], ['Matratze 140 x 200, Hybrid', 599.00], ['E-Bike Trekking, 28 Zoll', 1899.00],
    ['Kestrel 14 Notebook, 16 GB RAM, 512 GB SSD', 899.00], ['Kühl-Gefrier-Kombination, 360 l', 1199.00],
  ],
  business: [
    ['Kopierpapier A4, 2500 Blatt', 29.99], ['Toner Schwarz, XL, 2er-Pack', 119.99], ['Haftnotizen 76 x 76 mm, 24 Blöcke', 16.99],
    ['Kugelschreiber Blau, 50 Stück', 12.99], ['Hängeregistratur A4, 50 Stück', 27.99], ['Kaffeebohnen Büro, 6 kg', 89.90],
    ['Versandkartons 30 x 20 x 15 cm, 50 Stück', 34.99], ['Packband, 36 Rollen', 39.99], ['Desinfektionstücher, 6 Dosen', 27.99],
    ['Monitor 27 Zoll QHD', 219.00], ['Bürostuhl ergonomisch', 199.00], ['Etikettenband, 4er-Pack', 32.99],
  ],
  resellable: [
    ['Kestrel 15 Pro Notebook, 15,6 Zoll, 16 GB RAM, 1 TB SSD', 1299.00], ['Spielkonsole Digital Edition', 449.99], ['Kabellose In-Ear-Kopfhörer Pro, 2. Generation', 249.00],
    ['Smartphone 256 GB, ohne Vertrag', 1049.00], ['Grafikkarte 16 GB GDDR6X', 1149.00], ['Tablet 11 Zoll, 256 GB, WLAN', 799.00],
    ['Smartwatch GPS + Cellular, 45 mm', 459.00], ['Systemkamera Gehäuse, 24 MP', 1449.00], ['Limitierte Sneaker, Größe 43', 229.99],
    ['Handheld-Gaming-PC, 512 GB', 679.00], ['Designer Parfum, 100 ml', 139.00], ['Akku-Staubsauger, Flaggschiff', 699.00],
  ],
  series: ['Die Leuchtturmwärter-Chroniken', 'Hafengassen-Krimis', 'Sternfall-Akademie', 'Der Glutthron'],
  volume: (series, n) => `${series}, Band ${n} (Kindle Ausgabe)`,
  seriesPrice: 4.99,
  books: [
    ['Der stille Obstgarten: Roman', 11.99], ['Haushaltsbuch leicht gemacht', 8.99], ['Wanderungen im Harz', 9.99], ['Python an einem Wochenende', 22.99],
    ['Kleine Küche, großer Geschmack', 13.99], ['Vögel im Garten bestimmen', 10.99], ['Besser schlafen', 7.99],
  ],
  digitalLoot: [
    ['Karmesin-Legion: Gesamtausgabe, Band 1-12 (Kindle Ausgabe)', 89.99], ['Starbreakers Deluxe Edition [PC Download Code]', 69.99],
    ['Karmesin-Legion: Das Artbook (Kindle Ausgabe)', 34.99], ['Neon Racer DX - Nintendo Switch [Download-Code]', 59.99],
    ['Galactic Frontier: Season Pass [Download-Code]', 39.99], ['Programmier-Bibliothek, 20 Bücher (Kindle Ausgabe)', 119.99],
  ],
  giftCards: [
    { title: 'Apple Geschenkkarte – App Store, iTunes, iPhone, iPad (E-Mail-Versand)', price: 200, delivery: 'email' },
    { title: 'Google Play Guthaben – 100 € (Digitaler Code)', price: 100, delivery: 'code' },
    { title: 'PlayStation Store Guthaben 100 EUR [Digitaler Code]', price: 100, delivery: 'code' },
    { title: 'Nintendo eShop Card 50 EUR [Download-Code]', price: 50, delivery: 'code' },
    { title: 'Xbox Live Guthaben 100 EUR [Digitaler Code]', price: 100, delivery: 'code' },
    { title: 'Amazon.de Geschenkkarte per E-Mail – Alles Gute', price: 150, delivery: 'email' },
    { title: 'paysafecard 100 EUR (Code per E-Mail)', price: 100, delivery: 'code' },
  ],
  ownGiftCards: [
    { title: 'Amazon.de Geschenkkarte per E-Mail – Alles Gute zum Geburtstag', price: 25, delivery: 'email' },
    { title: 'Amazon.de Gutschein per E-Mail – Danke', price: 50, delivery: 'email' },
  ],
};

export const JAPANESE: Catalogue = {
  household: [
    ['ドリップバッグ コーヒー 深煎り 50袋', 1780], ['食器用洗剤 詰め替え 1,200ml', 698], ['トイレットペーパー ダブル 12ロール', 1280],
    ['単3形 アルカリ乾電池 20本パック', 1090], ['USB-C ケーブル 2m 2本組', 1380], ['ワイヤレスマウス 静音 2.4GHz', 2480],
    ['ステンレス 水筒 500ml', 2980], ['洗濯洗剤 ジェル 詰め替え 超特大', 1580], ['キッチンペーパー 6ロール', 698],
    ['ハンドクリーム 無香料 50g', 780], ['折りたたみ傘 軽量 自動開閉', 2680], ['ヨガマット 10mm 収納ベルト付き', 3280],
    ['緑茶 ティーバッグ 100袋', 1180], ['LED電球 60W形 昼白色 4個', 1980], ['ゴミ袋 45L 半透明 100枚', 980],
    ['歯ブラシ やわらかめ 8本', 880], ['ガラス保存容器 5個セット', 2780], ['スマホケース 手帳型 ベージュ', 1680],
    ['加湿器 交換用フィルター', 1480], ['モバイルバッテリー 10000mAh', 2990], ['ゲルインクボールペン 0.5mm 黒 10本', 760],
    ['バスタオル 今治 2枚組', 2580], ['シャンプー 詰め替え 大容量', 1380], ['ミネラルウォーター 2L×9本', 2178],
    ['キャットフード 2.5kg', 2480], ['無洗米 5kg', 2980], ['ワイヤレスイヤホン ノイズキャンセリング', 8980], ['電気ケトル 0.8L ホワイト', 3980],
  ],
  gifts: [
    ['新潟県産コシヒカリ 5kg', 3280], ['和菓子 詰め合わせ 12個入', 3240], ['敬老の日 花鉢 ミニ胡蝶蘭', 4400], ['国産 はちみつ 500g', 2800],
    ['まくら 低反発 カバー付き', 3980], ['母の日 カーネーション 鉢植え 5号', 4400], ['父の日 甚平 メンズ L 紺', 5480], ['ハンドクリーム ギフトセット 3本入り', 3300],
  ],
  big: [
    ['4Kテレビ 55V型', 79800], ['ロボット掃除機 自動ゴミ収集', 64800], ['電動昇降デスク 140×70cm', 52800], ['全自動コーヒーメーカー ミル付き', 43800],
    ['ドラム式洗濯乾燥機 11kg', 198000], ['IH炊飯器 5.5合炊き 黒', 38000], ['ノートパソコン 14インチ 16GB 512GB', 129800], ['電動アシスト自転車 26インチ', 118000],
  ],
  business: [
    ['コピー用紙 A4 5000枚', 3980], ['トナーカートリッジ ブラック 大容量 2本', 18800], ['付箋 75×75mm 20冊', 1980], ['ボールペン 黒 0.7mm 50本', 2200],
    ['クリアファイル A4 100枚', 1680], ['業務用コーヒー 粉 2kg', 4980], ['ダンボール 60サイズ 50枚', 4480], ['OPPテープ 50巻', 5980],
    ['除菌ウェットティッシュ 業務用 6個', 3280], ['27インチ モニター WQHD', 32800], ['オフィスチェア メッシュ', 24800], ['ラベルテープ 12mm 5本', 6980],
  ],
  resellable: [
    ['ノートパソコン 15.6インチ 16GB 1TB SSD', 189800], ['ゲーム機 デジタル・エディション', 72980], ['ワイヤレスイヤホン Pro 第2世代', 39800],
    ['スマートフォン 256GB SIMフリー', 159800], ['グラフィックボード 16GB', 168000], ['タブレット 11インチ 256GB Wi-Fi', 118800],
    ['スマートウォッチ GPS+Cellular 45mm', 69800], ['ミラーレス一眼 ボディ 2400万画素', 218000], ['限定スニーカー 27.0cm', 32800],
    ['ネオンレーサー DX -Switch', 9878], ['携帯ゲーミングPC 512GB', 98800], ['ブランド香水 100ml', 21800],
  ],
  series: ['港町ダイアリー', '月影書房の事件簿', '星降る港の事件簿', '蒼穹のレギオン', 'ひだまり食堂'],
  volume: (series, n) => `${series} ${n}`,
  seriesPrice: 594,
  books: [
    ['はじめての家計管理', 1100], ['週末キャンプの教科書', 1320], ['やさしい統計入門', 2200], ['朝の台所 十五分レシピ', 990],
    ['北の町の小さな図書館', 770], ['散歩がたのしくなる植物図鑑', 1540], ['TypeScript 実践入門', 3080], ['眠れない夜の物理学', 990],
  ],
  digitalLoot: [
    ['紅蓮の騎士団 合本版 第1集（1～10巻）', 9900], ['紅蓮の騎士団 合本版 第2集（11～20巻）', 9900], ['蒼穹のレギオン 合本版 第3集（17～22巻）', 6600],
    ['紅蓮の騎士団 公式ビジュアルブック', 4400], ['スターブレイカーズ デラックス -Switch [ダウンロード版]', 9680], ['ギャラクシーフロンティア シーズンパス [ダウンロード版]', 5280],
    ['プログラミング大全 20冊セット', 24800],
  ],
  giftCards: [
    { title: 'Apple Gift Card（Eメールタイプ）- App Store、iTunes、iPhone、iPad、AirPods、アクセサリなど', price: 50000, delivery: 'email' },
    { title: 'Google Play ギフトコード 10,000円（Eメールタイプ）', price: 10000, delivery: 'email' },
    { title: 'プレイステーション ストアチケット 10,000円 [オンラインコード]', price: 10000, delivery: 'code' },
    { title: 'ニンテンドープリペイド番号 9,000円 [オンラインコード]', price: 9000, delivery: 'code' },
    { title: 'Xbox ギフトカード 5,000 円 [デジタルコード]', price: 5000, delivery: 'code' },
    { title: 'Amazonギフトカード(Eメールタイプ) - お誕生日おめでとう', price: 20000, delivery: 'email' },
    { title: 'Steam ウォレットコード 10,000円 [オンラインコード]', price: 10000, delivery: 'code' },
  ],
  ownGiftCards: [
    { title: 'Amazonギフトカード(Eメールタイプ) - お誕生日おめでとう', price: 3000, delivery: 'email' },
    { title: 'Amazonギフトカード(Eメールタイプ) - ありがとう', price: 5000, delivery: 'email' },
    { title: 'ニンテンドープリペイド番号 3,000円 [オンラインコード]', price: 3000, delivery: 'code' },
  ],
};
