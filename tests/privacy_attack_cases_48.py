"""The forty-eighth outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events", "Meta's own fields" and "Purchase and product data") only, without
reading the gate's code nor the earlier attacks' cases. The ordinary side first: what a real shop sends that must go
out, then the personal families attacks 44 to 47 touched least.

- **Ordinary** (`ordinary_cases`, about 730 values, each in one leaf where it is the whole value, rotated through the
  text leaves, the id leaves, the URL leaves or a custom property's key): product names with sizes, models, numbers and
  dates; products and brands named after people, places and streets (`Abbey Road (Remastered)`, `Frida Kahlo Tote`, `Dr.
  Martens 1460`, `Hugo Boss`); the same in German, French, Spanish, Italian, Dutch, Polish, Portuguese, Turkish,
  Russian, Arabic, Hindi, Japanese and Chinese; page titles, breadcrumbs, blog titles, store locators and opening hours;
  searches; the shop's URLs with tracking parameters, pagination, filters, sort orders, locale paths, slugs with
  numbers, hashed assets and CDN links, ad networks' and affiliates' click and campaign ids (Google, Meta, TikTok,
  Microsoft, LinkedIn, Awin, CJ, Rakuten, Impact), filters and sorts keyed `city`, `gender`, `age`, `st`, `ct`, `name`,
  `state`, `country`; order, cart and product ids (marketplaces' and carriers' numbers, payment references), EANs,
  ISBNs, ASINs, GTINs, coupon and gift card codes (influencers' `ANNA15`); toys' ages and a product's audience; products
  beside the personal families (a passport cover, a plate frame, a bitcoin mug); numbers in text (prices, dates, times,
  percentages, temperatures, dimensions, versions, a city's coordinates to two decimals); custom property keys, some
  about a field rather than a datum (`phone_verified`). A shop's own street address, phone and mail are not among them:
  the README's rules (a house number by a street word and the next part, any dialled phone, any mail address) make no
  exception for a shop's own, so they are neither ordinary nor attacked here.
- **Vehicles** (`vehicle`): licence plates after their label in eight languages and alone, VINs with their check digit,
  bare, labelled and as a query's or JSON's value. The README claims them only after a label the key lexicon calls
  personal ("Numbers named by a label") and, for a VIN, as "an id with no check by a layout no code shares, or after its
  label".
- **Travel** (`travel`): passport numbers after their label, a passport's machine-readable zone ("a passport's
  machine-readable zone"), a booking reference with the traveller's name after a person's label, a salutation or in
  the airline's `SURNAME/GIVEN MS` layout, an e-ticket with its passenger, a Known Traveler Number, frequent-flyer
  numbers after a member's label and as JSON ("A customer's, client's or member's number after its label is personal
  too"), a passport number alone.
- **Health and insurance** (`health`): an NHS number (mod 11), a German insurance number, a French NIR, a Medicare
  MBI, an Australian Medicare card, member, patient and policy numbers after their labels.
- **Tax ids of a person** (`tax`): a Steuer-ID, a Steuernummer, a Spanish NIF, a Portuguese NIF, a CPF, a TC Kimlik
  No, a PESEL, a PAN, an SSN, a UTR, a NINO and a codice fiscale (its check letter computed), bare and after their
  labels ("national ids by their own check digit and layout").
- **Wallets** (`wallet`): `0x` and 40 hex digits, a bech32 `bc1` address and a base58check one with valid checksums,
  a TRON address, a Solana address, an ENS name, an explorer's link ("a wallet by its network's grammar").
- **Social handles** (`handle`): a shopper's account after a network's or messenger's label, in a profile link, as a
  review's author, as Reddit's `u/…`, and bare (the README disclaims "a messenger's id with no label").

Each personal value goes into two leaves by attack 36's rotation (`TEXT_PLACES`, `URL_PLACES` for links), and each
family carries made-up markers (`QZ 4817` and the VINs in the vehicles, `Tarranquist` and `C4X7QZ918` in travel, the
digits 481726 in the ids, `quendrix` in the handles and wallets, the wallets' own strings), so a leak is found
anywhere in the request. The check digits were computed by each scheme's published algorithm (VIN's weights, NHS's
mod 11, ICAO 9303's 7-3-1, the Steuer-ID's ISO 7064 MOD 11,10, CPF's, TC Kimlik's, PESEL's, bech32's and
base58check's checksums).
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
Table = Dict[str, Tuple[str, Any]]

# Attack 36's leaves and their rotation, the ids beside a value tagged 48 (`ART-48`).
place = partial(place_tagged, tag="48")
rotated = partial(rotated_tagged, tag="48")

# --- the ordinary side ----------------------------------------------------------------------------------------------
# The leaves where an ordinary value is the whole leaf, so it must reach the request as written (the harness's
# ordinary_goes_out takes no settings, so the `standard` and listed leaves are the personal cases' only).
ORDINARY_TEXT = ["product name", "page title", "content name", "search string", "contents title", "custom property",
                 "product brand", "product category", "page name", "page category", "content category",
                 "page property"]
ORDINARY_IDS = ["order id", "product id", "contents id", "event id", "custom property", "page property"]
ORDINARY_URLS = ["page url", "referrer", "custom property", "page property"]

PRODUCTS_EN = [
    "iPhone 15 Pro Max 256GB", "iPhone 15 Pro Max 256GB Natural Titanium", "Levi's 501 W32 L34",
    "Levi's 501 Original Fit Jeans - W34 L32", "Lego 42115", "LEGO Technic Lamborghini Sián FKP 37 (42115)",
    "Nike Air Max 90 - Women's", "Nike Air Force 1 '07 - Size 10.5", "Samsung 55\" QN90C",
    "Samsung 65\" QN90C Neo QLED 4K",
    "Sony WH-1000XM5 Black", "Apple Watch Series 9 GPS 45mm", "MacBook Air 13\" M3 8/256", "Dyson V15 Detect Absolute",
    "Kindle Paperwhite (16 GB) – 2024", "Canon EOS R6 Mark II + RF 24-105mm F4", "GoPro HERO12 Black",
    "Nintendo Switch OLED Model", "PlayStation 5 Slim Digital Edition", "Xbox Series X 1TB", "Bose QuietComfort Ultra",
    "Philips Hue White and Color Ambiance E27 3-pack", "Instant Pot Duo 7-in-1, 6 Qt", "KitchenAid Artisan 5KSM175",
    "Nespresso Vertuo Next", "Vitamix A3500", "Le Creuset Signature 24cm Round Casserole", "Moleskine Classic A5 Ruled",
    "Fjällräven Kånken 16L", "The North Face 1996 Retro Nuptse", "Patagonia Better Sweater 1/4 Zip",
    "Ray-Ban RB2140 Wayfarer 50mm", "Casio F-91W", "Seiko 5 Sports SRPD55K1", "Rolex Submariner Date 126610LN",
    "Converse Chuck 70 Hi", "Adidas Samba OG - 42 2/3", "Birkenstock Arizona Soft Footbed 41 narrow",
    "Crocs Classic Clog M9/W11", "Uniqlo Heattech Crew Neck T-Shirt XL", "Chanel N°5 Eau de Parfum 100 ml",
    "4711 Echt Kölnisch Wasser 200 ml", "Château Margaux 2015, Premier Grand Cru Classé",
    "Château Pétrus Pomerol 1998", "Dom Pérignon Vintage 2013", "Penfolds Grange 2018", "Glenfiddich 18 Year Old",
    "Johnnie Walker Blue Label 70cl", "Haribo Goldbären 1kg", "Nutella 750g", "Bonne Maman Confiture Fraises 370g",
    "Yeti Rambler 20 oz Tumbler", "Stanley Quencher H2.0 40oz", "Hydro Flask 32 oz Wide Mouth", "Garmin Forerunner 265",
    "Fitbit Charge 6", "Anker 737 Power Bank (PowerCore 24K)", "Logitech MX Master 3S", "Keychron K2 V2",
    "Raspberry Pi 5 8GB", "Arduino Uno R4 WiFi", "Samsung 990 PRO 2TB NVMe", "WD Red Plus 8TB WD80EFZZ",
    "Tesla Model 3 floor mats (2021-2023)", "Michelin Pilot Sport 4S 245/40 ZR18 97Y", "Bosch GSR 18V-55",
    "IKEA KALLAX Shelf 77x147 cm", "IKEA BILLY Bookcase, white, 80x28x202 cm", "Vans Old Skool Black/White UK 8",
]
PRODUCTS_NAMED = [
    "Abbey Road (Remastered)", "Frida Kahlo Tote", "Rue de Rivoli scarf", "Route 66 mug", "Park Avenue Blazer",
    "Anne of Green Gables", "Dr. Martens 1460", "Dr. Martens 1460 Smooth Leather Boots", "Ben & Jerry's Cookie Dough",
    "Victoria's Secret Bombshell", "Ralph Lauren Custom Slim Fit Polo", "Tommy Hilfiger Essential Hoodie",
    "Hugo Boss Bottled EDT 100ml", "Calvin Klein Eternity", "Giorgio Armani Acqua di Giò", "Jean Paul Gaultier Le Male",
    "Yves Saint Laurent Libre", "Christian Louboutin So Kate 120", "Stella McCartney Falabella",
    "Vivienne Westwood Orb",
    "Harry Potter and the Philosopher's Stone", "Sherlock Holmes: The Complete Novels",
    "Pride and Prejudice (Penguin Classics)",
    "Mozart: The Magic Flute, K. 620", "Beethoven Symphony No. 9 in D minor, Op. 125",
    "Van Gogh Sunflowers Print 50x70",
    "Mona Lisa Puzzle 1000 pcs", "Marie Curie biography", "Einstein Bros. Bagels gift card",
    "Dolly Parton's Coat of Many Colors",
    "Taylor Swift – The Tortured Poets Department (Vinyl)", "Beatles Let It Be 50th Anniversary",
    "Elvis Presley Gold Records",
    "Mrs. Meyer's Clean Day Lavender", "Aunt Jemima Pancake Mix", "Uncle Ben's Basmati 500g",
    "Miss Dior Blooming Bouquet",
    "Lady Gaga Chromatica CD", "Sir Kensington's Mayonnaise", "Jack Daniel's Old No. 7", "Jim Beam Bourbon 1 l",
    "Captain Morgan Spiced Gold", "Johnson & Johnson Baby Oil", "Wall Street Journal subscription",
    "Fifth Avenue Chocolate Bar", "Baker Street Trench Coat", "Champs-Élysées Tote Bag", "Abbey Road Studios Tee",
    "Sunset Boulevard Poster", "Penny Lane Socks", "Bond Street Loafers", "Hollywood Walk of Fame Star Keychain",
    "Brooklyn Bridge 3D puzzle", "Eiffel Tower Lego 10307", "Taj Mahal Lego 21056", "Mount Fuji Print",
]
PRODUCTS_WORLD = [
    # German
    "Herren Winterjacke Gr. XL, wasserdicht", "Damen Sneaker Größe 38", "Kaffeevollautomat mit Milchsystem 15 bar",
    "Birkenstock Boston Wildleder Taupe 42", "Steiff Teddybär Original 30 cm", "Ritter Sport Vollmilch Nuss 100g",
    "Lebkuchen Nürnberger Elisen, 200 g", "Weihnachtspyramide aus dem Erzgebirge, 4-stöckig",
    "Schwarzwälder Kirschtorte Backmischung", "Stollen Dresdner Art 750g", "Kölsch-Stange 0,2 l (6er-Set)",
    "Haus & Garten – Rasenmäher 46 cm", "Hochbeet Lärche 200x100x80 cm", "Sommerreifen 205/55 R16 91V",
    # French
    "Collection Automne-Hiver 2024", "Robe longue fleurie – taille 38", "Parfum Eau de Toilette 50 ml",
    "Baguette tradition (lot de 2)", "Fromage Comté AOP 18 mois 250 g", "Champagne Brut Réserve, 75 cl",
    "Pull marinière en coton bio", "Sac à main cuir Saint-Germain", "Chaussures de randonnée homme 43",
    "Crème hydratante 24h, peaux sèches", "Calendrier de l'Avent 2024", "Bougie parfumée Figuier 190 g",
    # Spanish
    "Zapatillas de running mujer talla 39", "Camiseta manga corta algodón orgánico", "Aceite de oliva virgen extra 5 L",
    "Jamón ibérico de bellota 100% 7 kg", "Turrón de Jijona 300 g", "Vestido de fiesta largo rojo",
    "Colchón viscoelástico 150x190", "Sartén antiadherente 28 cm", "Rioja Reserva 2018",
    # Italian
    "Borsa in pelle fatta a mano", "Scarpe da uomo in camoscio 42", "Pasta di Gragnano IGP 500 g",
    "Parmigiano Reggiano 24 mesi 1 kg", "Caffè macinato miscela 100% arabica 250g", "Moka Bialetti 6 tazze",
    "Barolo DOCG 2017", "Panettone Milano 1 kg", "Vespa Primavera 125 specchietto",
    # Dutch
    "Fietsverlichting set LED oplaadbaar", "Stroopwafels 8 stuks", "Heren overhemd slim fit maat 40",
    "Gouda kaas belegen 500 gram", "Tulpenbollen mix 25 stuks", "Kinderfiets 16 inch blauw",
    # Polish
    "Buty zimowe damskie rozmiar 39", "Kurtka puchowa męska XL", "Pierogi ruskie 1 kg", "Krówki ciągutki 250 g",
    "Bursztyn bałtycki naszyjnik", "Żubrówka 0,7 l", "Kalendarz adwentowy 2024",
    # Portuguese
    "Tênis de corrida masculino 42", "Vestido midi estampado tamanho M", "Vinho do Porto Tawny 10 anos",
    "Azeite extra virgem 750 ml", "Pastel de nata congelado (12 un.)", "Chinelo Havaianas Top 39/40",
    # Turkish
    "Erkek deri ceket XL", "Kadın spor ayakkabı 38 numara", "Türk kahvesi 100 g", "Lokum fıstıklı 500 gr",
    "Çaydanlık seti paslanmaz çelik", "Kilim halı 160x230",
    # Russian
    "Мужская зимняя куртка размер 52", "Женские кроссовки 38 размер", "Матрёшка 7 кукол", "Чай чёрный листовой 250 г",
    "Смартфон Xiaomi Redmi Note 13 8/256 ГБ", "Платье летнее хлопок",
    # Arabic
    "حذاء رياضي رجالي مقاس 42", "عطر عود 100 مل", "تمر مجدول 1 كجم", "عباية سوداء مطرزة",
    "قهوة عربية بالهيل 500 غرام", "ساعة يد رجالية ستانلس ستيل",
    # Hindi
    "पुरुषों की कॉटन शर्ट साइज़ L", "बासमती चावल 5 किलो", "साड़ी रेशमी बनारसी", "प्रेशर कुकर 5 लीटर",
    "मसाला चाय 250 ग्राम",
    # Japanese
    "メンズ ダウンジャケット Lサイズ", "レディース スニーカー 24.5cm", "抹茶 宇治 100g", "電気ケトル 1.0L ホワイト",
    "日本酒 純米大吟醸 720ml", "ユニクロ ヒートテック クルーネックT 長袖", "無印良品 ポリプロピレンケース 引出式",
    "任天堂スイッチ 有機ELモデル", "ポケモンカード スカーレット&バイオレット 拡張パック",
    # Chinese
    "男士羽绒服 XL码", "女士运动鞋 38码", "西湖龙井茶 2024年新茶 250g", "小米手环8 NFC版",
    "华为 Mate 60 Pro 12GB+512GB", "月饼礼盒 8个装", "茅台 飞天 53度 500ml", "儿童乐高积木 1000片",
]
TITLES = [
    "Home › Women › Dresses | Acme", "Home > Men > Shoes > Sneakers", "Startseite › Damen › Kleider | Modehaus",
    "Accueil > Femme > Robes – Boutique", "Inicio / Hombre / Zapatillas", "Home » Uomo » Giacche",
    "Dresses | Summer Sale – Up to 50% off", "Checkout – Step 2 of 3: Shipping", "Your cart (3 items)",
    "Order confirmation – Thank you!", "Bestellbestätigung – Vielen Dank für Ihren Einkauf",
    "Page not found (404)", "Wishlist", "Compare products (2)", "Gift Guide 2024: 25 Ideas Under $50",
    "How to choose the right running shoe", "10 Tips for a Greener Kitchen", "Black Friday Deals 2024 | Acme",
    "Cyber Monday: 30% auf alles", "Soldes d'hiver 2025 : jusqu'à -70 %", "Rebajas de enero – hasta 60%",
    "Saldi estivi 2024", "Opruiming: tot 70% korting", "Wyprzedaż zimowa -50%", "Promoções de verão 2024",
    "Store locator – Berlin Mitte", "Stores in London", "Opening hours: Mon–Fri 9:00–18:00, Sat 10:00–16:00",
    "Öffnungszeiten: Mo–Sa 10–20 Uhr", "Horaires : du lundi au samedi, 10h–19h", "Shipping & Returns",
    "Versand und Rückgabe", "Livraison gratuite dès 49 €", "Free shipping on orders over $75",
    "Size guide – Women's shoes (EU 35–42)", "Größentabelle Herren", "Guide des tailles", "FAQ – Payment methods",
    "Impressum", "Datenschutzerklärung", "Terms & Conditions", "Cookie settings", "About us – Our story since 1952",
    "Careers at Acme", "Press", "Sustainability report 2023", "Blog: What's new in spring 2025",
    "Recipe: Grandma's apple pie", "Interview with our head designer", "Lookbook FW24",
    "トップ > メンズ > ジャケット", "首页 > 女装 > 连衣裙", "الرئيسية > نساء > فساتين", "Главная › Мужчинам › Обувь",
    "Ana Sayfa > Kadın > Elbise", "होम > पुरुष > शर्ट्स",
]
SEARCHES = [
    "red dress size 12", "running shoes men 10.5", "iphone 15 case", "wireless earbuds under 100", "sofa bed grey",
    "gift for mom", "birthday card", "christmas jumper", "lego star wars", "coffee grinder burr",
    "winterjacke damen", "rotwein trocken", "robe de soirée", "chaussures femme 38", "zapatillas hombre",
    "camiseta barcelona", "scarpe donna", "borsa pelle", "fietstas", "buty do biegania", "kurtka zimowa",
    "tênis feminino", "çanta", "кроссовки", "платье", "عطر", "साड़ी", "スニーカー", "连衣裙", "手机壳",
    "4k tv 55 inch", "ssd 2tb", "usb-c cable 2m", "size 42", "xl", "navy", "sale", "new arrivals", "gluten free pasta",
    "vegan leather", "mother's day", "valentine's day gifts", "back to school 2024", "halloween costume kids",
    "harry potter", "taylor swift vinyl", "frida kahlo", "van gogh", "route 66",
]
URLS = [
    f"{SHOP}/", f"{SHOP}/de-de/", f"{SHOP}/fr-fr/femme/robes/", f"{SHOP}/en-gb/sale?page=2",
    f"{SHOP}/products/nike-air-max-90-womens-dh8010-100", f"{SHOP}/p/iphone-15-pro-max-256gb/MU793ZD-A",
    f"{SHOP}/c/dresses?size=42&color=navy", f"{SHOP}/c/dresses?size=M&color=red&sort=price_asc",
    f"{SHOP}/search?q=red+dress&page=3", f"{SHOP}/search?q=levis+501&sort=relevance&per_page=48",
    f"{SHOP}/?utm_source=google&utm_medium=cpc&utm_campaign=summer_sale_2024&utm_term=running+shoes",
    f"{SHOP}/?utm_source=newsletter&utm_medium=email&utm_campaign=bf2024&utm_content=hero_banner",
    f"{SHOP}/landing?gclid=EAIaIQobChMI4sK7n8Lw_wIVx4BQBh0Q8gT7EAAYASAAEgL2Q_D_BwE",
    f"{SHOP}/landing?msclkid=5e1f7a2c9b3d4e6f8a0b1c2d3e4f5a6b",
    f"{SHOP}/landing?ttclid=E.C.P.CqgBxYz1AbC2dEf3GhI4jKl5MnO6pQr7StU8vWx9Yz",
    f"{SHOP}/landing?fbclid=IwAR2xYk7QpL9mNbV3cX5zR8tW1uE4oI6aS0dF2gH7jK9lP3qZ",
    f"{SHOP}/collections/summer-2024/products/linen-shirt-white", f"{SHOP}/blog/2024/05/17/how-to-style-linen",
    f"{SHOP}/category/women/shoes/sneakers?brand=adidas&brand=nike&price=50-100",
    f"{SHOP}/catalog/product/view/id/4811/s/lego-technic-42115/", f"{SHOP}/item/B0CHX3QBCH",
    f"{SHOP}/isbn/9780747532699", f"{SHOP}/ean/4006381333931", f"{SHOP}/products/lego-42115?variant=40983744512",
    f"{SHOP}/cart", f"{SHOP}/checkout/shipping", f"{SHOP}/checkout/thank-you?order=ORD-2024-118734",
    f"{SHOP}/account/orders", f"{SHOP}/stores/berlin-mitte", f"{SHOP}/stores?lat=52.52&lng=13.40",
    f"{SHOP}/ja-jp/%E3%83%A1%E3%83%B3%E3%82%BA/", f"{SHOP}/zh-cn/%E5%A5%B3%E8%A3%85/",
    f"{SHOP}/de/herren/jacken/winterjacke-wasserdicht-gr-xl-10045", f"{SHOP}/es/mujer/vestidos?talla=38&orden=precio",
    f"{SHOP}/it/uomo/scarpe?taglia=42", f"{SHOP}/nl/heren/overhemden?maat=40", f"{SHOP}/pl/kobiety/buty?rozmiar=39",
    f"{SHOP}/pt-br/masculino/tenis?tamanho=42", f"{SHOP}/tr/kadin/elbise?beden=38", f"{SHOP}/ru/muzhchinam/obuv",
    f"{SHOP}/ar/nisa/fasatin", f"{SHOP}/gift-cards?amount=50", f"{SHOP}/wishlist?share=wl_8f3a2c",
    "https://cdn.example-shop.net/assets/app.3f9a1c7e.js",
    "https://cdn.example-shop.net/img/products/42115-1_800x800.jpg",
    "https://cdn.shopify.com/s/files/1/0123/4567/8901/products/dress-red_1024x1024.jpg?v=1712345678",
    "https://images.example-cdn.com/w_800,h_800,c_fill/v1712345678/catalog/sneaker-white.webp",
    "https://www.google.com/", "https://www.google.de/search?q=winterjacke+damen",
    "https://www.bing.com/search?q=lego+42115", "https://duckduckgo.com/",
    "https://www.facebook.com/", "https://l.instagram.com/", "https://t.co/",
    "https://www.pinterest.com/pin/123456789012345678/", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    f"{SHOP}/sale#reviews", f"{SHOP}/products/linen-shirt#size-guide", f"{SHOP}/amp/products/linen-shirt",
    f"{SHOP}/products/linen-shirt?currency=EUR&country=DE",
    f"{SHOP}/c/tv?screen=55-65&resolution=4k&hdr=true&sort=newest",
    f"{SHOP}/c/wine?vintage=2015&region=bordeaux", f"{SHOP}/c/tyres?width=205&ratio=55&rim=16",
    f"{SHOP}/products/frida-kahlo-tote", f"{SHOP}/products/abbey-road-remastered-vinyl",
]
IDS = [
    "ORD-2024-118734", "100045872", "#1001", "1001", "SO-48213", "A-2024-000187", "WEB-DE-2024-11-29-0042",
    "INV-2024/11/00381", "cart_8f3a2c9d", "c1f4e8a2-9b7d-4c3e-a1f0-6d2b8e4c7a91", "CART-7H2K9Q",
    "4006381333931", "5901234123457", "0012345678905", "00012345600012", "9780747532699", "978-0-7475-3269-9",
    "0747532699", "B0CHX3QBCH", "B08N5WRWNW", "MU793ZD/A", "DH8010-100", "42115", "SKU-42115-BLK-L", "501-0193-W32L34",
    "QN55QN90CAFXZA", "WH1000XM5/B", "RB2140 901 50-22", "126610LN", "F-91W-1YER", "5KSM175PSEER",
    "SUMMER20", "WELCOME-10", "BF2024-30OFF", "FREESHIP", "XMAS24", "GIFT-50-EUR", "GC-100-USD",
    "gid://shopify/Product/7981234567890", "gid://shopify/ProductVariant/43210987654321", "prod_Q7x2LmN4pR",
    "SKU_00042", "VAR-42-NAVY", "EAN 4006381333931", "ISBN 978-3-16-148410-0", "ASIN: B0CHX3QBCH",
    "GTIN-14 10012345678902", "Lot 2024-11-A", "v2.4.1", "1.0.0-beta.3",
]
NUMBERS = [
    "€49.99", "49,99 €", "$1,299.00", "£12.50", "CHF 89.–", "¥12,800", "₹2,499", "R$ 199,90", "1.299,00 zł",
    "Sale ends 31/12/2024", "Valid until 2025-01-31", "Delivery in 2–3 working days",
    "Order by 14:00 for next-day delivery",
    "Lieferung am 24.12.2024", "Livraison le 15/01/2025", "20% off", "-30 %", "3 for 2", "Buy 2 get 1 free",
    "Store at -18 °C", "Wash at 30°C", "180x200 cm", "90 x 200 cm", "24\" x 36\"", "Ø 28 cm", "2.5 kg", "750 ml",
    "1/4 zip", "12V 2A", "65W USB-C", "4K 120Hz", "Berlin 52.52, 13.40", "Paris 48.86, 2.35", "Tokyo 35.68, 139.69",
    "Rated 4.7 out of 5 (1,283 reviews)", "In stock: 12", "Only 3 left!", "Ships from Hamburg", "Made in Italy",
    "Since 1952",
]
# Ordinary values beside the personal families attacked below (a passport cover, a plate frame, a crypto mug), and
# products and brands that read as a person's name, a salutation or a contact.
NEAR = [
    "Passport cover, genuine leather", "Passport holder with RFID blocking",
    "Travel wallet for passport and boarding pass",
    "Licence plate frame, chrome", "Kennzeichenhalter Edelstahl (2 Stück)", "VIN etching kit",
    "Car cover for VW Golf 8",
    "Bitcoin mug", "Ethereum logo T-shirt", "Hardware wallet Ledger Nano X", "Trezor Model T",
    "Instagram photo frame prop", "TikTok ring light 10\"", "Steuererklärung Software 2024 (WISO)",
    "Tax return organizer 2024", "First aid kit (NHS approved)", "Medicare approved blood pressure monitor",
    "Frequent flyer luggage tag", "Boarding pass print", "Phone case for iPhone 15",
    "Phone number stickers for mailbox",
    "Email marketing template pack", "Name necklace (personalised)", "Custom name mug", "Address book A5, linen",
    "Password notebook", "Birthday card for Dad, 60th", "Happy 40th Birthday banner", "Mr Men Little Miss box set",
    "Mrs Potts teapot", "Madame Bovary (Folio)", "Don Quijote de la Mancha", "Herr der Ringe Box-Set",
    "Jack & Jones slim jeans", "Marc O'Polo Pullover", "Tom Tailor Hemd", "Paul Smith socks",
    "Charlotte Tilbury Pillow Talk",
    "Maison Margiela Replica Jazz Club", "Miss Sixty jeans", "Street Fighter 6", "Chelsea boots", "Born to Run (Vinyl)",
    "Mr. Coffee 12-Cup", "Dear John (DVD)", "Love, Actually (Blu-ray)", "Yours Truly notebook",
    "Gift for her", "Valentine's gift for my wife", "Dad jokes book",
]
# What a shop's own systems write that reads closer to personal data: ad networks' and affiliates' click ids,
# filters keyed by a word Meta's customer keys share (`city`, `gender`, `age`, `st`), the order numbers of
# marketplaces and carriers, influencers' coupon codes, toys' ages, keys about a field rather than a datum.
TRACKING = [
    f"{SHOP}/?gad_source=1&gclid=Cj0KCQiA4Y-sBhC6ARIsAGXF1g7xZ&gbraid=0AAAAADqW3x",
    f"{SHOP}/?wbraid=CjkKCQiA4Y-sBhC6EikAGXF1g7&utm_source=google",
    f"{SHOP}/?dclid=CjgKEAiA4Y-sBhC6ARIsAGXF1g&utm_medium=display",
    f"{SHOP}/?yclid=2893485711240934399&utm_source=yandex",
    f"{SHOP}/?li_fat_id=8c1e5b0a-1f9d-4c4c-9a57-3a5e7b2f9d11",
    f"{SHOP}/?epik=dj0yJnU9WXhSZ2Z5Z0FfQmhHV0xvRmRfUUpRZnZG",
    f"{SHOP}/?irclickid=Wx9QkT2ZhxyPRw1S2dW0wzHYUkD1XZ0Xy0",
    f"{SHOP}/?awc=12345_1712345678_4f2c8e9b1d3a5c7e9f0a2b4c6d8e0f1a",
    f"{SHOP}/?cjevent=8f1c2a3b4d5e11ee81a2003a0a1c0e0c",
    f"{SHOP}/?ranMID=43210&ranEAID=TnL5HPStwNw&ranSiteID=TnL5HPStwNw-7uOoXj",
    f"{SHOP}/?sscid=a1k8_3xq9z&utm_source=shareasale",
    f"{SHOP}/?igshid=MzRlODBiNWFlZA%3D%3D",
    f"{SHOP}/?_ga=2.123456789.987654321.1700000000-1234567890.1700000000",
    f"{SHOP}/?srsltid=AfmBOoqXyZ1a2B3c4D5e6F7g8H9i0J",
    f"{SHOP}/products/linen-shirt?_pos=1&_sid=8f3a2c9d1&_ss=r",
    f"{SHOP}/?hsa_acc=1234567890&hsa_cam=987654321&hsa_grp=1122334455&hsa_ad=5566778899&hsa_src=g&hsa_net=adwords",
    f"{SHOP}/?campaignid=20123456789&adgroupid=151234567890&keyword=linen%20shirt&device=m&matchtype=e&network=g",
    f"{SHOP}/?ref=homepage_banner&aff_id=12345&sub_id=spring",
    f"{SHOP}/stores?city=berlin", f"{SHOP}/stores?city=Hamburg&radius=25km", f"{SHOP}/c/toys?age=3-5",
    f"{SHOP}/c/shoes?gender=women&size=38", f"{SHOP}/c/shirts?st=in_stock", f"{SHOP}/c/shoes?ct=sneakers",
    f"{SHOP}/products?first=20&after=Y3Vyc29yOjIw", f"{SHOP}/c/books?name=asc", f"{SHOP}/orders?state=open",
    f"{SHOP}/c/wine?country=france&region=bordeaux",
    f"{SHOP}/?utm_source=google&utm_medium=cpc&utm_campaign=21876543210&utm_id=21876543210",
    f"{SHOP}/?gad_source=1&gad_campaignid=22134567890",
    f"{SHOP}/?utm_source=facebook&utm_medium=paid&utm_campaign=120208123456789012&utm_content=120208123456789013",
    f"{SHOP}/?fbadid=120208123456789013&ad_id=120208123456789013&adset_id=120208123456789014",
    f"{SHOP}/?utm_source=tiktok&utm_campaign=1790123456789012&ad_id=1790123456789013",
    f"{SHOP}/?utm_source=bing&utm_campaign=412345678&msclkid=5e1f7a2c9b3d4e6f8a0b1c2d3e4f5a6b",
]
ORDERS = [
    "302-1234567-1234567", "028-7654321-7654321", "12-34567-89012", "3012345678", "wc_order_5f8a9b2c3d4e5",
    "000000123", "PO-4500012345", "10105012345678", "9X123456AB1234567", "pi_3OqXyZ2eZvKYlo2C1a2b3c4d",
    "8815712345678901", "00340434161094042557", "1Z999AA10123456784", "JJD000390007765432", "1712345678",
    "1712345678901", "ANNA15", "LENA20", "MAX10", "SOPHIE-25", "JULIA2024", "GC-EUR-025", "K1234567",
    "2024-11-29T14:03:22Z", "20241129-0042", "#48213 (2 items)", "SHOP-DE-0049-176",
]
AGES = [
    "Ages 8–12", "Age: 3+", "Altersempfehlung: ab 6 Jahren", "Âge : 3 ans et +", "Edad recomendada: +14",
    "Età: 6+ anni", "Leeftijd: 4+", "Wiek: 3+", "3歳以上", "适用年龄 3-6岁", "Gender: unisex", "For him",
    "Für Damen und Herren", "Toddler 2T-5T", "Baby 0–3 months", "Born in 1952: our heritage collection",
    "Happy 18th birthday mug", "Since 1887 in Solingen", "Spring/Summer 2025", "Size 10 (US) / 43 (EU)",
]
# Spare parts, consumables and parcels: manufacturers' part numbers (leading zeros, 8 to 12 digits), carriers' tracking
# numbers (UPU S10 with its check digit, USPS, DHL, Hermes), long platform ids.
PARTS = [
    "Bosch 00754866", "Miele 07193561", "Whirlpool 481010595149", "Electrolux 140000738017", "Dyson 969569-01",
    "Siemens SN23HI60AE", "Brother TZe-231", "HP 305XL 3YM62AE", "Epson 603XL", "DIN 912 M8x40",
    "E27 806lm 2700K", "Nothing Phone (2a) 12/256GB", "Google Pixel 8a", "Philips Sonicare HX9911/09",
    "Braun Series 9 9390cc", "Dremel 4000-4/65", "Kärcher 2.863-005.0", "Vorwerk FP200", "AB123456789GB",
    "RR123456785DE", "9400111899223197428490", "H1001990123456789012", "6A12345678901", "CP123456785FR",
    "7981234567890", "4065418123456", "0049-7112", "Art.-Nr. 0612 3456", "Ref. 0645 812 347", "Modell 0176 2",
]
HARD_KEYS = [
    "customer_type", "customer_segment", "user_type", "member_tier", "is_logged_in", "login_method", "account_type",
    "billing_cycle", "address_autocomplete_used", "phone_verified", "tax_id_required", "birthday_discount_eligible",
    "gender_filter", "age_group", "name_search_used", "contact_form_id", "email_template", "city_page",
]
KEYS = [
    "color", "size", "shoe_size", "fit", "material", "collection", "season", "gift_wrap", "gift_message_enabled",
    "coupon", "coupon_code", "discount_code", "promotion_id", "promo_name", "campaign", "list_name", "list_id",
    "item_list_name", "shipping_method", "shipping_tier", "delivery_window", "payment_type", "store_id",
    "store_name", "store_city", "warehouse", "variant", "variant_id", "product_group_id", "brand", "ean", "gtin",
    "isbn", "mpn", "vintage", "grape", "farbe", "groesse", "taille", "couleur", "talla", "taglia", "kleur", "rozmiar",
    "renk", "tamanho", "サイズ", "颜色", "page_type", "ab_test_variant", "loyalty_tier", "newsletter_opt_in",
    "phone_model", "email_opt_in", "passport_cover_color", "plate_frame_finish", "wallet_color", "name_engraving_font",
    "birthday_card_age", "gift_for", "tax_rate", "vat_included",
]


def _ordinary(family: str, values: List[str], places: List[str], start: int = 0) -> Iterator[Ordinary]:
    for index, value in enumerate(values):
        where = places[(start + index) % len(places)]
        kind, overrides = place(where, value)
        yield (f"ordinary {family} {index + 1} @ {where}", kind, overrides, value)


def ordinary_cases() -> Iterator[Ordinary]:
    yield from _ordinary("product", PRODUCTS_EN, ORDINARY_TEXT)
    yield from _ordinary("named", PRODUCTS_NAMED, ORDINARY_TEXT, 3)
    yield from _ordinary("world", PRODUCTS_WORLD, ORDINARY_TEXT, 7)
    yield from _ordinary("title", TITLES, ["page title", "page name", "page category", "custom property",
                                           "page property", "content name"])
    yield from _ordinary("search", SEARCHES, ["search string", "page title", "search string", "custom property"])
    yield from _ordinary("url", URLS, ORDINARY_URLS)
    yield from _ordinary("id", IDS, ORDINARY_IDS)
    yield from _ordinary("number", NUMBERS, ORDINARY_TEXT, 5)
    yield from _ordinary("near", NEAR, ORDINARY_TEXT, 9)
    yield from _ordinary("tracking", TRACKING, ["page url", "referrer"])
    yield from _ordinary("order", ORDERS, ORDINARY_IDS, 1)
    yield from _ordinary("age", AGES, ORDINARY_TEXT, 2)
    yield from _ordinary("part", PARTS, ["product id", "product name", "contents id", "order id", "custom property",
                                         "search string"])
    for index, key in enumerate(HARD_KEYS):
        kind = "page" if index % 2 else "track"
        yield (f"ordinary field key {index + 1} {kind}", kind, {"properties": {key: "yes"}}, key)
    for index, key in enumerate(KEYS):
        kind = "page" if index % 2 else "track"
        yield (f"ordinary key {index + 1} {kind}", kind, {"properties": {key: "yes"}}, key)


# --- the personal side ----------------------------------------------------------------------------------------------
VIN_US = "1FZVB48K9PR817263"  # check digit 9 (VIN's weights)
VIN_EU = "WVWZZZ1K7RX481726"  # check digit 7
VEHICLE: Table = {
    "plate de": ("Kennzeichen: M-QZ 4817", ["M-QZ 4817", "QZ 4817", "QZ4817"]),
    "plate de key value": ("kfz_kennzeichen=M-QZ4817&typ=golf", ["QZ4817", "QZ 4817"]),
    "plate gb": ("Vehicle registration: QZ71 VRN", ["QZ71 VRN", "QZ71VRN"]),
    "plate fr": ("Immatriculation : QZ-481-VR", ["QZ-481-VR", "QZ481VR"]),
    "plate es": ("Matrícula: 4817 QZV", ["4817 QZV", "4817QZV"]),
    "plate it": ("Targa: QZ 481 VR", ["QZ 481 VR", "QZ481VR"]),
    "plate nl": ("Kenteken: QZ-481-V", ["QZ-481-V", "QZ481V"]),
    "plate us": ("License plate: 7QZV481 (CA)", ["7QZV481"]),
    "plate sentence": ("My licence plate number is QZ71 VRN, please park it", ["QZ71 VRN", "QZ71VRN"]),
    "vin labelled": (f"VIN: {VIN_US}", [VIN_US]),
    "vin bare": (VIN_US, [VIN_US]),
    "vin german label": (f"Fahrgestellnummer {VIN_EU}", [VIN_EU]),
    "vin in order note": (f"Brake pads for my Golf, {VIN_EU}", [VIN_EU]),
    "vin json": (json.dumps({"vehicle": {"vin": VIN_EU, "model": "Golf"}}), [VIN_EU]),
    "plate bare": ("M-QZ 4817", ["M-QZ 4817", "QZ 4817", "QZ4817"]),
    "plate pl": ("Numer rejestracyjny: WX 4817Q", ["WX 4817Q", "WX4817Q"]),
    "plate tr": ("Plaka: 34 QZ 4817", ["34 QZ 4817", "34QZ4817"]),
    "vin key value": (f"vin={VIN_US}&model=f150", [VIN_US]),
}
MRZ = "P<GBRTARRANQUIST<<YSOLDE<<<<<<<<<<<<<<<<<<<<\nC4X7QZ9185GBR8604231F3109177<<<<<<<<<<<<<<02"
TRAVEL: Table = {
    "passport labelled": ("Passport No.: C4X7QZ918", ["C4X7QZ918"]),
    "passport german": ("Reisepassnummer: C4X7QZ918", ["C4X7QZ918"]),
    "passport french": ("N° de passeport : 19QZ48172", ["19QZ48172"]),
    "passport us": ("Passport number 548172936", ["548172936"]),
    "passport key value": ("passport_no=C4X7QZ918&nationality=GBR", ["C4X7QZ918"]),
    "passport mrz": (MRZ, ["C4X7QZ918", "TARRANQUIST"]),
    "booking airline name": ("PNR QZ7K4B TARRANQUIST/YSOLDE MS LHR-JFK 12DEC", ["TARRANQUIST"]),
    "booking passenger label": ("Passenger: Ysolde Tarranquist, booking ref QZ7K4B", ["Tarranquist"]),
    "booking salutation de": ("Buchung QZ7K4B für Frau Ysolde Tarranquist", ["Tarranquist"]),
    "booking au nom de": ("Réservation QZ7K4B au nom de Mme Ysolde Tarranquist", ["Tarranquist"]),
    "booking traveller json": ('{"pnr": "QZ7K4B", "traveller": "Ysolde Tarranquist"}', ["Tarranquist"]),
    "frequent flyer labelled": ("Frequent flyer number: 992004817263", ["992004817263"]),
    "miles and more": ("Miles & More Servicekarte 992 004 817 263 95", ["99200481726395"]),
    "flying blue": ("Flying Blue n° 4817263950", ["4817263950"]),
    "membership number": ("Membership no. BA 48172639", ["48172639"]),
    "passport bare": ("C4X7QZ918", ["C4X7QZ918"]),
    "passport spanish": ("Número de pasaporte: PAQ481726", ["PAQ481726"]),
    "known traveler": ("Known Traveler Number: 481726395", ["481726395"]),
    "e-ticket": ("E-ticket 220-4817263954, passenger Ysolde Tarranquist", ["4817263954", "Tarranquist"]),
    "frequent flyer json": ('{"ffp": "LH", "ff_number": "992004817263"}', ["992004817263"]),
}
HEALTH: Table = {
    "nhs labelled": ("NHS number: 481 726 3954", ["4817263954"]),
    "nhs bare": ("4817263954", ["4817263954"]),
    "nhs spaced bare": ("948 172 6398", ["9481726398"]),
    "kvnr": ("Versichertennummer: Q481726395", ["Q481726395"]),
    "kvnr key": ("krankenversichertennummer=Q481726395", ["Q481726395"]),
    "nir": ("N° de sécurité sociale : 2 86 04 75 481 726 38", ["28604754817263"]),
    "medicare mbi": ("Medicare MBI 1EG4-TE5-MK73", ["1EG4-TE5-MK73", "1EG4TE5MK73"]),
    "member id": ("Member ID: QZH481726390", ["QZH481726390"]),
    "policy number": ("Policy number: POL-48172639", ["48172639"]),
    "insurance card": ("Insurance card no. 80276 004817263951", ["004817263951"]),
    "health json": ('{"insurer": "AOK", "insured_number": "Q481726395"}', ["Q481726395"]),
    "patient id": ("Patient ID: PT-481726", ["PT-481726"]),
    "nhs key value": ("nhs_number=4817263954&clinic=leeds", ["4817263954"]),
    "medicare au": ("Medicare card: 4817 26395 1", ["4817263951"]),
}
TAX: Table = {
    "steuer id labelled": ("Steuer-ID: 58 172 639 416", ["58172639416"]),
    "steuer id bare": ("58172639416", ["58172639416"]),
    "nif es labelled": ("NIF: 48172639J", ["48172639J"]),
    "nif es bare": ("48172639-J", ["48172639J", "48172639-J"]),
    "nif pt": ("NIF 248172638", ["248172638"]),
    "cpf labelled": ("CPF: 481.726.395-46", ["48172639546"]),
    "cpf bare": ("481.726.395-46", ["48172639546"]),
    "tc kimlik": ("T.C. Kimlik No: 48172639550", ["48172639550"]),
    "pesel labelled": ("PESEL 86042317489", ["86042317489"]),
    "pan": ("PAN: QZXPT4817K", ["QZXPT4817K"]),
    "ssn": ("SSN 481-72-6395", ["481726395"]),
    "ssn sentence": ("my social security number is 481 72 6395", ["481726395"]),
    "utr": ("UTR: 4817263950", ["4817263950"]),
    "nino": ("National Insurance number NX 48 17 26 B", ["NX481726B"]),
    "tax json": ('{"tax_id": "58172639416", "country": "DE"}', ["58172639416"]),
    "codice fiscale labelled": ("Codice fiscale: TRRYSL86D63F205Y", ["TRRYSL86D63F205Y"]),
    "codice fiscale bare": ("TRRYSL86D63F205Y", ["TRRYSL86D63F205Y"]),
    "nino bare": ("NX 48 17 26 B", ["NX481726B"]),
    "ssn bare": ("481-72-6395", ["481726395"]),
    "steuernummer": ("Steuernummer 143/481/72639", ["14348172639"]),
}
ETH = "0x8f4387bd87d803639c8f0b0ddd6cf31a95f08c22"
BTC_BECH32 = "bc1q0zs0y33pdyr78mqwlzf9kcqp8mlqt2vhk7hmdu"
BTC_LEGACY = "1BzptmgVcGg4Z73cjQnLq4RRtZSB3KJ2tb"
TRON = "TLy2tq4Dkzo1iH7FKgS4MD7ZoMBVBZJRDG"
SOLANA = "6k9hgtGUqMrbZ9dXJG7Nx7yaK3UrypHbAYM5xT6oskCi"  # 32 bytes in base58, no checksum
WALLET: Table = {
    "eth bare": (ETH, [ETH]),
    "eth refund note": (f"Please refund to my wallet {ETH}", [ETH]),
    "eth checksummed upper": (ETH.upper().replace("0X", "0x"), [ETH]),
    "btc bech32": (BTC_BECH32, [BTC_BECH32]),
    "btc bech32 labelled": (f"BTC address: {BTC_BECH32}", [BTC_BECH32]),
    "btc legacy": (f"Bitcoin: {BTC_LEGACY}", [BTC_LEGACY]),
    "btc uri": (f"bitcoin:{BTC_LEGACY}?amount=0.0012", [BTC_LEGACY]),
    "tron": (f"USDT (TRC20): {TRON}", [TRON]),
    "ens": ("Tips: quendrix48.eth", ["quendrix48"]),
    "eth key value": (f"wallet={ETH}&chain=1", [ETH]),
    "eth explorer link": (f"https://etherscan.io/address/{ETH}", [ETH]),
    "solana labelled": (f"Solana: {SOLANA}", [SOLANA]),
    "ens link": ("https://app.ens.domains/quendrix48.eth", ["quendrix48"]),
}
HANDLE: Table = {
    "instagram labelled": ("Instagram: @quendrix.vel", ["quendrix.vel"]),
    "tiktok sentence": ("follow me on TikTok @quendrix_vel", ["quendrix_vel"]),
    "twitter labelled": ("Twitter/X: @quendrixvel48", ["quendrixvel48"]),
    "telegram labelled": ("Telegram: @quendrixvel48", ["quendrixvel48"]),
    "discord labelled": ("Discord: quendrix#4817", ["quendrix#4817", "quendrix"]),
    "snapchat labelled": ("Snapchat: quendrix.vel", ["quendrix.vel"]),
    "instagram link": ("https://www.instagram.com/quendrix.vel/", ["quendrix.vel"]),
    "tiktok link": ("https://www.tiktok.com/@quendrix_vel", ["quendrix_vel"]),
    "x link": ("https://x.com/quendrixvel48", ["quendrixvel48"]),
    "threads link": ("https://www.threads.net/@quendrix.vel", ["quendrix.vel"]),
    "handle bare": ("@quendrix_vel", ["quendrix_vel"]),
    "handle key value": ("instagram_handle=quendrix.vel&src=story", ["quendrix.vel"]),
    "linkedin labelled": ("LinkedIn: quendrix-vel-48a17b2", ["quendrix-vel-48a17b2"]),
    "reddit": ("u/quendrix_vel", ["quendrix_vel"]),
    "handle in review": ("Review by @quendrix_vel: love it, 5 stars", ["quendrix_vel"]),
    "youtube link": ("https://www.youtube.com/@quendrixvel48", ["quendrixvel48"]),
}
LINKS = {"instagram link", "tiktok link", "x link", "threads link", "youtube link"}


def cases() -> List[Case]:
    out: List[Case] = []
    out += rotated("vehicle", VEHICLE, TEXT_PLACES, 2)
    out += rotated("travel", TRAVEL, TEXT_PLACES, 2, start=3)
    out += rotated("health", HEALTH, TEXT_PLACES, 2, start=7)
    out += rotated("tax", TAX, TEXT_PLACES, 2, start=11)
    out += rotated("wallet", WALLET, TEXT_PLACES, 2, start=17)
    text_handles = {name: entry for name, entry in HANDLE.items() if name not in LINKS}
    out += rotated("handle", text_handles, TEXT_PLACES, 2, start=23)
    out += rotated("handle", {name: HANDLE[name] for name in sorted(LINKS)}, URL_PLACES, 2)
    return out
