"""Review 22: session 22's new gate rules (closers 43 to 48: serialized layouts' keys, decoded tokens' keys, addresses
glued to file words, providers' slugs as file names, IPv4 between a file name's separators, a dotted account under a
home folder, base64 between `/`, an id document's label joined by `_`, vendors' keys, role words before `name`,
networks' clause rules, mail providers beside a word, pictures for `@`, spelled and reversed addresses, number lists,
reversed cards by issuer range, letters for digits in a group, a standard's number and its year) attacked both ways by
an outsider who has read them: ordinary shop values, keys, URLs and serialized text near those rules that must go out,
and personal near variants that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by
privacy.clean_url, serialized text and tokens by privacy.free_text (the whole gate a free-text value passes: the
detector, then the keys a layout or a decoded token holds), `content_ids` by the ids commerce sends (products_of, then
contents_of: an ordinary list goes out whole, a personal one sends its product's id `4451` alone). What fails today is a
strict expected failure grouped by family, each naming the rule that decides it."""

from __future__ import annotations

from typing import Dict, List

import pytest

from meta_capi import commerce, privacy
from review_cases import review_tests, with_expected_failures

ORDINARY = [
    'logo@2x.de-DE.png', 'banner_summer@2x.de-DE.webp', 'hero@1.5x.com-landing.jpg', 'icon@3x.co.uk-flag.png',
    'sprite@2x.fr-FR.svg', 'react@18.2.0', 'vue@3.4.21-beta.tgz', 'product-4451@2x.jpg', 'gmail-com-setup-guide.pdf',
    'outlook-com-vs-gmail-com-comparison.pdf', 'yahoo-com-logo.png', 'hotmail-com-migration-checklist.pdf',
    'icloud-com-storage-plans.pdf', 'gmail-com-sticker-pack.png', 'gmx-de-anleitung-postfach.pdf',
    'web-de-freemail-handbuch.pdf', 'firmware-11.22.33.44-release.bin', 'Lens-Firmware_1.12.10.11_update.zip',
    'Router-Firmware_10.20.30.40_de.bin', 'Katalog_2025.12.01.10_final.pdf', 'TPLink_192.168.1.1_setup.pdf',
    'tp-link_192.168.0.1-quickstart.pdf', 'nas-4.3.6.2450-update.img', 'DSM_7.2.1-69057_update.pat',
    'cam-firmware_5.12.40.21-beta.zip', '/home/products/sale', '/home/new-arrivals/', '/home/index.html',
    '/home/www.shop.de/', '/home/main.css', '/home/style.min.css', 'C:\\Users\\Public\\Documents\\catalog.pdf',
    'C:\\Users\\Default User\\Desktop', '/Users/Shared/catalog.pdf', '/home/shop/public_html/media/logo.png',
    '/home/deploy/releases/2025-12-01/', '/home/ubuntu/app/logs/', '/home/forge/shop.example.com/storage',
    '/home/customer/www/shop.example.com/public_html/',
    '/home/u123456789/public_html/wp-content/uploads/2025/12/hero.jpg', '/home/sites/shop.de/htdocs/',
    'Home/Kitchen.Dining/Pans', 'Shop > Home > Kitchen.Dining', '/users/sign.in', 'passport_holder_leather.jpg',
    'Passport_Cover_Navy_2024.jpg', 'passport-wallet_PW102BLK_1.jpg', 'passport_case_RFID01.jpg',
    'Reisepass_Huelle_RH2024.jpg', 'passport_holder_PH1203.jpg', 'RFC_7231_summary.pdf', 'RFC_9110_http_semantics.pdf',
    'rfc_2616_v2.pdf', 'RFC_8446_TLS13_notes.pdf', 'passport_photo_35x45mm', 'passport_size_35x45_print',
    'passport_bag_B1205X_black', 'pasaporte_funda_PF2025A.jpg', 'Colour: Burnt.Orange',
    'Syncs with Outlook • Gmail • iCloud', 'Works with iCloud • Gmail • Outlook', 'Compatible: Gmail · Outlook · Yahoo',
    'Outlook ✉ Gmail ✉ Yahoo', 'Sale 🔥 amazon.de', 'Nike ➜ zalando.de', 'Shop ❤ etsy.com', 'Deals ⚡ ebay.de',
    'Jo Malone London ✨ douglas.de', 'jo.malone ✨ douglas.de', 'new.in ✨ asos.com', 'Hugo.Boss ★ breuninger.com',
    'Gmail-Konto: setup.pdf', 'Outlook - calendar.ics', 'Outlook: Contacts.csv', 'Interia: poczta.pl',
    'SFR Box 8: fibre.optique', 'Sizes S/M/L/XL at asos.com', 'XS/S/M/L/XL at zalando.de',
    'A/B/C/D cups at bravissimo.com', 'Kubota 4t excavator', '5 x 4t jacks at toolstation.com', 'Threads: cotton_40wt',
    'Threads - polyester_120', 'Threads: gutermann.mara', 'Instagram - story.template', "Levi's 501 1955 vintage jeans",
    'Porsche 911 1989 poster', 'Fender Stratocaster 1957 reissue', 'Vans Authentic 106 1966',
    'Lamy 2000 1966 fountain pen', 'Canon EOS 2000 2018 kit', 'Braun SK 4 1956 replica', 'EN 1090 2018 certified',
    'IEC 60529 2013 IP68', 'DIN 4102 1998 B1', 'BS EN 1176 2017 playground', 'EN ISO 13688 2013 workwear',
    'ISO/IEC 27001 2022 certified', 'VDE 0100 2024 guide', 'ASTM F963 2017 toy safety', 'EN 71 2014 toy safety',
    'EN 166 2001 safety glasses', 'EN 388 2016 gloves', 'EN 20471 2013 hi-vis', 'EN 13432 2000 compostable',
    'DIN 5008 2020 Vorlage', 'UNI 11337 2017', 'IEC 62133 2012 battery', 'EN 12472 2020 nickel test',
    'Sizes 36/38/40/42', 'Lotto 03/11/19/27/38', 'Palette 01/03/05/07', 'Widths 30/32/34/36', 'Packs 6/12/24/48',
    'Zoll 24/26/27/29', 'Ring 48 · 50 · 52 · 54', 'Schuhe 38 • 39 • 40 • 41', 'Pack 10 | 20 | 50 | 100',
    'Tiles 10/20/30/40 cm', 'Cups 65 / 70 / 75 / 80', 'Menge 250 500 750 1000', 'Grams 100 150 200 250',
    'Hoses 25 50 75 100 m', 'Countdown 5 4 3 2 1', 'Pages 100 200 300', 'Ml 50 100 150 200', 'Sizes 90 95 100 105 110',
    'ISO 9001 2015 and ISO 14001 2015', "Levi's 511 2019 slim", 'Nike Air Force 1 1982 retro', 'Adidas Samba 1950 OG',
    'BMW E30 325i 1988 model', 'Mercedes W123 1976 model car', 'VW T1 1950 Bulli model', 'Seiko SKX007 1996',
    'Casio F91W 1989', 'Apple II 1977 poster', 'Commodore C64 1982 tee', 'Nintendo NES 1985 console',
    'Game Boy DMG 1989', 'Sony PS1 1994 controller', 'Nokia 3310 2000 retro', 'EU 36 37 38', 'Ring 49 51 53 55',
    'Bra 70 75 80 85', 'Gr. 62 68 74 80', 'Baby 50 56 62 68', 'Trainer 42 43 44', 'Jeans 28 30 32', 'Cups 65 70 75',
    'Pixel 7 8 9', 'Galaxy S22 S23 S24', 'iPhone 13 14 15 16', 'Canon R5 R6 R8', 'Sony A7 A7S A7R', 'Nikon Z5 Z6 Z7 Z8',
    'Volvo XC40 XC60 XC90', 'Audi A3 A4 A5 A6', 'BMW X1 X3 X5 X7', 'Lego 10316 10317 10318', 'Sizes XS S M L XL',
    'Sizes S M L XL XXL', 'Audi S3 S4 S5 S6', 'Paper A1 A2 A3 A4', 'Paper A3 A4 A5 A6', 'Fits A4 B5 A5 B6',
    'Batteries AA AAA 9V', 'Oppo A54 A74 A94', 'Samsung A14 A34 A54', 'Galaxy S8 S9 S10 S20', 'Pixel 6 6A 7 7A',
    'Vans SK8 Hi 38 40', 'Moto G54 G84 G04', 'Redmi A1 A2 A3', 'Samsung Z Flip 4 5 6', 'Xiaomi 12 13 14 15',
    'Honor X6 X7 X8 X9', 'Case for A05 A15 A25', 'Galaxy A05s A15 A25 A35', 'Lenovo E14 E15 E16', 'Size S 36 38 40',
    'Sizes 0 2 4 6 8', 'Air Max 90 Orange 42', "Nike Air Force 1 '07 white", 'Adidas Samba OG 44 2/3',
    'New Balance 550 white green', "Levi's 501 Original Fit 32/32", "Levi's 511 Slim 30/34", 'Wrangler Texas 34/32',
    'Tommy Hilfiger Polo XL', 'Hugo Boss Hemd 41/42', 'Calvin Klein Boxer 3er-Pack',
    'Jo Malone Lime Basil & Mandarin 100 ml', 'Jo Malone London Cologne 30 ml', 'Hugo.Boss Bottled EDT 100 ml',
    'Dr. Oetker Vanillin-Zucker 10 x 8 g', 'Ritter Sport 100 g Nuss', 'Haribo Goldbären 200 g',
    'Lindt Excellence 70 % 100 g', 'Nespresso Vertuo Pop', "De'Longhi Magnifica S ECAM 22.110.B",
    'Philips 3200 EP3246/70', 'Siemens EQ.6 plus s300', 'Bosch Serie 6 WGG244A40', 'Miele WWD 320 WCS', 'AEG L7FE76485',
    'Samsung WW90T534DAW/S2', 'Dyson V15 Detect Absolute', 'Roborock S8 Pro Ultra', 'iRobot Roomba j7+',
    'Logitech MX Master 3S', 'Apple iPad Air 11" M2 128 GB', 'Apple MacBook Air 13" M3 8/256',
    'Lenovo ThinkPad T14 Gen 4', 'HP LaserJet Pro M404dn', 'Brother HL-L2350DW', 'Canon PIXMA TS5150',
    'Epson EcoTank ET-2850', 'Kingston Fury Beast 32 GB DDR5-5600', 'Samsung 990 Pro 2 TB', 'WD Red Plus 8 TB',
    'Synology DS923+', 'TP-Link Archer AX55', 'AVM FRITZ!Box 7590 AX', 'Ubiquiti UniFi U6+', 'Netgear Nighthawk RAX50',
    'Sonos Era 100 black', 'Bose QuietComfort Ultra Earbuds', 'JBL Flip 6 blue', 'Marshall Emberton II',
    'Garmin Forerunner 265', 'Fitbit Charge 6', 'Kindle Paperwhite 16 GB', 'Tolino Vision 6', 'Lego Technic 42115',
    'Playmobil 71148', 'Ravensburger Puzzle 1000 Teile', 'Schleich Horse Club 42466', 'Barbie Dreamhouse 2023',
    'Hot Wheels 5er Pack', 'Carrera GO!!! 62550', 'Märklin H0 29074', 'Tamiya 1/24 Porsche 911',
    'Revell 1:72 Eurofighter', 'Airfix A55000 starter set', 'Weber Spirit E-325 GBS', 'Tefal Ingenio 13-teilig',
    'WMF Profi Plus 5-teilig', 'Le Creuset Bräter 28 cm', 'Fissler Original-Profi 20 cm',
    'Zwilling Pro 20 cm Kochmesser', 'KitchenAid Artisan 4,8 l', 'Thermomix TM6', 'Vorwerk Kobold VK7',
    'Kärcher K 5 Power Control', 'Gardena Comfort 18 m', 'Stihl MS 170', 'Makita DHP482Z 18 V', 'Bosch GSR 18V-55',
    'Festool TS 55 FEBQ-Plus', 'Metabo SBE 650', 'Wera Kraftform Kompakt 60', 'Knipex Cobra 250 mm',
    'Fischer DuoPower 6x30', 'Tesa Powerstrips Large', '3M Command Haken 6 Stück', 'Pattex Montagekleber 142 g',
    'Osram LED Star E27 8,5 W', 'Philips Hue White E27 3er', 'IKEA KALLAX 77x147', 'IKEA BILLY 80x28x202',
    'IKEA MALM 160x200', 'Tempur Original 90x200', 'Emma One 140x200', 'Schiesser Unterhemd 2er 6/L',
    'Falke Run Socken 39-42', 'Jack Wolfskin Texapore 3in1', 'The North Face Nuptse 1996',
    'Patagonia Better Sweater XL', 'Vaude Brenta 25', 'Deuter Futura 32', 'Osprey Atmos AG 65',
    'Fjällräven Kånken 16 l', "Eastpak Padded Pak'r", 'Samsonite Proxis 69 cm', 'Rimowa Essential Cabin',
    'Tumi Alpha 3', 'Herschel Little America', 'Moleskine Classic A5 dotted', 'Leuchtturm1917 A5 Dotted',
    'Stabilo Boss Original 6er', 'Faber-Castell Polychromos 36', 'Pelikan Pelikano Junior', 'Staedtler Noris 120 HB',
    'Lamy safari Füller M', 'Montblanc Meisterstück 146', 'Parker Jotter XL', 'Uni-ball Eye UB-157', 'Pilot G2 07',
    'Post-it 76x76 mm 12er', 'Leitz 180° Ordner A4', 'Herlitz Heft A4 liniert', 'Oxford Collegeblock A4',
    'Canon EOS R6 Mark II body', 'Sony FE 24-70 mm F2.8 GM II', 'Sigma 18-35 mm F1.8 DC HSM Art',
    'Tamron 28-75 mm F/2.8 Di III VXD G2', 'DJI Mini 4 Pro Fly More', 'GoPro HERO12 Black', 'Insta360 X4',
    'Peak Design Everyday 20L', 'Manfrotto Befree Advanced', 'SanDisk Extreme Pro 128 GB SDXC',
    'Lexar Professional 1066x 64 GB', 'Anker 737 Power Bank 24000', 'Belkin BoostCharge Pro 3-in-1',
    'Apple MagSafe Charger 1 m', 'Ugreen Nexode 65 W', 'Samsung 45W USB-C Adapter',
    'Xbox Wireless Controller Carbon Black', 'DualSense Edge', 'Nintendo Switch Pro Controller',
    'Razer DeathAdder V3 Pro', 'SteelSeries Arctis Nova 7', 'HyperX Cloud III', 'Corsair K70 RGB Pro',
    'Elgato Stream Deck MK.2', 'Elgato Stream Deck XL', 'Shure SM7B', 'Rode NT-USB+', 'Audio-Technica ATH-M50x',
    'Beyerdynamic DT 770 Pro 80 Ohm', 'Sennheiser HD 660S2', 'Live Nation Gutschein 50 €', 'Xbox Live Gold 12 Monate',
    'Ableton Live 12 Suite', 'Live-Konzert Tickets Berlin', 'Liveshopping: 20 % Rabatt', 'Live Wallpaper 4K pack',
    'Microsoft Live Cam HD-3000', 'Posteo Gutscheinkarte 12 Monate', 'Fastmail Standard 1 year',
    'T-Online Magenta TV Stick', 'Freenet Funk Prepaid', 'Arcor DSL Router', 'Virgilio Mail app sticker',
    'Tiscali Internet Fibra', 'Interia Poczta sticker', 'WP Pilot abonament', 'Onet Premium 12 miesięcy',
    'SFR Box 8 fibre', '163 cm Körpergröße Modell', 'Größe 126 cm Lauflernrad', 'Item 163 of 200', 'Seite 126 Katalog',
    'Orange Flybox 5G', 'Proton Unlimited 1 year', 'Tuta Legend 12 months', 'Libero Mail Plus',
    'Outlook 365 Single 1 Jahr', 'Hotmail-Sticker Retro', 'hey.com gift card', 'Mailbox.org Standard 12 Monate',
    'GMX ProMail 12 Monate', 'web.de Club 12 Monate', 'Gmail Workspace Business Starter', 'iCloud+ 2 TB 12 months',
    'Outlook Kalender 2025: Wochenplaner', 'Orange Juice: Valencia.Late 1 l', 'Orange: pantone.code 151 C',
    'Live: 2025 tour merch', 'Outlook: 2025.planner A5', 'Gmail-Sticker: 3 Stück', 'Seznam Zboží: kategorie',
    'Rambler: bike.26 Zoll', 'Proton: x70 mats', 'Tuta: 12 months plan', '163 Pflanzen: garten.deko set',
    '126 Stück: deko.steine', 'Live: DJ.set vinyl', 'Posteo: 12 Monate Gutschein', 'Twitch Prime Gaming Abo',
    'Pinterest Predicts 2025 poster', 'YouTube Premium Family 12 Monate', 'LinkedIn Learning 1 Jahr',
    'Reddit Gold coins', 'Wise Travel Card sleeve', 'Monzo Hot Coral card holder', 'Pix QR Code stand',
    'Threads Mara 100 1000 m', 'Gütermann Threads 100 m set', 'Twitch Streamer Starter Kit', 'YouTube Creator Kit 2025',
    'Pinterest Board Planner', 'LinkedIn Profile Photo Session', 'Reddit Alien Plush', 'Wise words wall art',
    'YouTube: music_premium gift', 'Twitch: prime_gaming loot', 'Pinterest: board_planner A4',
    'Threads: polyester_120 5 pcs', 'Wise: owl_decor figurine', 'Instagram: story_template pack', 'logo@2x.png',
    'hero@2x.webp', 'banner@3x.jpg', 'icon-cart@2x.svg', 'product_4451@2x.jpg', 'thumb_4451@1.5x.jpg',
    'Swatch @ 2x zoom', '@home collection', '@work backpack', 'Rabatt @ Checkout', 'Kaffee @ home Set',
    'T-Shirt @ 19,99 €', 'react@18.3.1', 'lodash@4.17.21', '@angular/core@17.3.0', 'vue@3.4.21', 'typescript@5.4.5',
    'firmware_v2.1.0.build.zip', 'Firmware 1.2.3.4 release notes', 'Version 10.0.0.1 installer',
    'setup_4.2.0.17_x64.exe', 'Treiber 31.0.101.5186', 'BIOS 1.15.0 update', 'app-1.2.3.4-setup.exe',
    'tool-2.4.1.120-win64.zip', 'FRITZ.OS_7.57_update.image', 'Katalog_2025_12_01_final.pdf',
    'Preisliste_01.12.2025.pdf', 'Datenblatt_10.20.30.40.pdf', '/s/files/1/0612/3456/7890/products/air-max-90.jpg',
    '//shop.example.com/cdn/shop/files/hero.jpg?v=1699999999', '/_next/static/chunks/pages/_app-4f9c2b1a8e7d6c5b.js',
    '/_next/image?url=%2Fimages%2Fhero.jpg&w=1080&q=75',
    '/image/upload/c_fill,w_400/v1699999999/products/air-max-90.jpg',
    '/media/catalog/product/cache/9df78eab33525d08d6e5fb8d27136e95/a/i/air-max-90.jpg',
    '/static/js/main.8f3a2b1c.chunk.js', '/assets/fonts/Inter-Regular.woff2',
    '/api/v2/products/Z2lkOi8vc2hvcGlmeS9Qcm9kdWN0LzQ0NTE=',
    '/graphql/Z2lkOi8vc2hvcGlmeS9Qcm9kdWN0VmFyaWFudC80NDUx/variants',
    '/cdn-cgi/image/width=800,quality=75/uploads/hero.jpg', '/i/aGVyby1iYW5uZXItc3VtbWVy/800x600.webp',
    '/p/QWlyIE1heCA5MCBPcmFuZ2U/reviews', '/wp-content/uploads/2025/12/hero-1024x576.jpg',
    '/wp-content/uploads/sites/3/2025/12/passport-holder.jpg', '/media/wysiwyg/home/banner_summer@2x.jpg',
    '/pub/media/catalog/product/a/i/air-max-90-orange.jpg',
    '/on/demandware.static/-/Sites-master-catalog/default/dw8f3a2b1c/images/large/4451.jpg',
    '/dw/image/v2/BFKB_PRD/on/demandware.static/-/Sites-catalog/default/dwa1b2c3d4/4451.jpg',
    '/is/image/Nike/AirMax90_Orange?wid=800&hei=800', 'YouTube: how_to videos for beginners',
    'TikTok: led_ringlight 26 cm', 'Twitch: stream_deck MK.2 bundle', 'Pinterest: board_planner A4 printable',
    'LinkedIn: sales_navigator 12 months',
    'Kids 104 110 116 122',
    'Kids 98 104 110 116',
    'Sizes 86 92 98 104',
    'Größen 116 122 128 134',
    'Sizes 128 140 152 164',
    'Kids 110 116 122',
    'Jahrgang 2021 2022 2023',
    'Years 2019 2020 2021',
    'Kollektion 2024 2025 2026',
    'Rolex Submariner 16610 1999',
    'Omega Speedmaster 3570.50 1998',
    'app-2.14.128.77-setup.exe',
    'FW_3.10.25.110_EU.zip',
    'Treiber_31.12.24.15_win64.zip',
    'printer_fw_2.40.17.11_eu.bin',
    'Router_192.168.178.1_Anleitung.pdf',
    'Samsung A15 A25 A35 A55',
    'Galaxy A05 A15 A25 A35',
    'Samsung S20 S21 S22 S23',
    'Galaxy S10 S20 S21 S22',
    'BMW E30 E36 E46 E90',
    'Galaxy A12 A22 A32 A52',
    'Moto G04 G14 G24 G34',
    'Oppo A17 A38 A58 A78',
    'Glass for S21 S22 S23 S24',
    'Kids 0-3 3-6 6-9 9-12',
    '/s/files/1/0533/2089/files/AirMax90_Orange_1024x1024.jpg',
    '/s/files/1/0265/8401/2345/files/hero.jpg',
    '/s/files/1/0070/7202/products/shirt.jpg',
    '/s/files/1/2289/4231/products/shirt.jpg',
    'cdn.shopify.com/s/files/1/0533/2089/files/logo.png',
    '//cdn.shopify.com/s/files/1/0533/2089/products/air-max-90_1024x1024.jpg',
    'Saison 2023 2024 2025',
    'how-to-forward-gmail-com-to-outlook-com.pdf', 'Passport_PC2024A_navy.jpg', 'passport_PH12034_front.jpg',
    'Twitch - stream.deck',
    'Twitch: stream.deck',
    'LinkedIn: sales.navigator',
    'Wise - travel.card',
    'YouTube: music.premium',
    'Twitch: prime.gaming',
    'Facebook - portal.stand',
    'Ableton Live: lite.edition',
    'Xbox Live: gold.membership',
    'Seite 126 | garten.deko',
    'Größe 126 - kids.wear',
    'Pack 163: sport.socks',
    'Gmail account setup_guide',
    'Gmail account recovery.guide',
    'inbox.zero - Gmail',
    'Posteo: Mail.Guide',
    'Fastmail - calendar.sync',
    'hey.com - email.book',
    'T-Online: email.center',
    'Virgilio: mail.guide',
    'Tiscali: fibra.casa',
    'Freenet: funk.tarif',
    'Arcor: dsl.tarif',
    'summer.sale 🌞 zalando.de',
    'black.friday 🔥 amazon.com',
    'home.decor 🏡 ikea.com',
]

DROPPED: Dict[str, List[str]] = {
    (
        "a dotted name of two words of letters under `/home` at a path's root, in lower case, in text (accepted, "
        "closer 53: detector.home_folder_account reads a path given as text as a local one, as `/home/jo.smith/` "
        "is; a URL's, an http(s) page's, goes out unless a profile's folder or a document follows the account)"
    ): [
        '/home/kitchen.dining/', '/home/garden.furniture/', '/home/living.room/sofas', '/home/bath.shower/towels',
        '/home/summer.sale/', '/home/black.friday/deals',
    ],
    (
        "an address's domain ended at a country's two letters before `-` or `_` and a file's words (accepted, "
        "closer 53: detector._ended_before_file_words reads an address whatever its local part, as "
        "`catalog@shop.de` alone is refused; a shop's file glued to a mailbox's shape is rare)"
    ): [
        'lookbook@home.de_summer.pdf', 'catalog@shop.de-2025.pdf', 'news@shop.de_2025-12.pdf',
    ],
    (
        "a provider whose name is an ordinary word (provider_handles._WORD_PROVIDERS, closer 47: `live`, `163`, "
        "`126`, `orange`) before or after a dotted pair of words: a concert's `Live:` opening the text, a colour in "
        "brackets after a dotted variant name (`Mango.Sorbet (orange)`), an article's number after `Art.` label a "
        "product's dotted words as they label `jo.smith` (closer 54 reads such a name as a label only opening a "
        "clause, `Ableton Live:`, `Seite 126 |` now go out; what is left is `Live: jo.smith`'s own layout: a trade-off)"
    ): [
        'Live: jazz.night', 'Live: Berlin.Tour',
        'Live - unplugged.sessions', 'Live » studio.sessions', 'Live: concert.hall', 'Farbe: Mango.Sorbet (orange)',
        'Color: sun.kissed (orange)', 'Art. 163 / tee.shirt',
        'Tee.shirt (orange)',
    ],
    (
        "a network's label before dotted or joined words, and its dash or `»` (handles._network_account, closer "
        "46: YouTube, Twitch, Pinterest, LinkedIn, Reddit, Wise, Pix newly labels, ` - ` and ` » ` newly "
        "separators): a product's or a service's dotted name after the network it is for is shaped as `Twitch - "
        "jo.smith`; closer 54 reads the networks' own products' words (handles._TOOL_WORDS: `stream`, `navigator`, "
        "`premium`, `card`), and leaves a category's or a tutorial's words (`home.decor`, `how.to`, `pc.master`): a "
        "trade-off, they are a visitor's account's shape with no mark of their own"
    ): [
        'YouTube - how.to', 'YouTube » unboxing_video',
        'Pinterest - home.decor', 'Pinterest: boho.decor', 'LinkedIn - b2b.marketing',
        'Pix: photo_01', 'Pix - summer_sale', 'Reddit: pc.master',
        'Pinterest: pin.board', 'TikTok - led.ringlight',
    ],
    (
        "numbers apart by blanks that rise unevenly after a label (detector._even_list, closer 52, reads even "
        "steps only: a phone's groups rise unevenly as often, and blanks are no list's separator for _rising_list; "
        "a trade-off: `Watt 40 60 75 100` is shaped as a phone's groups after a name)"
    ): [
        'Watt 40 60 75 100', 'Bose 700 900 1000',
    ],
}

PERSONAL = [
    'Card 4111-4222-5333-9000', 'Karte 4111-4222-5333-9000', 'WhatsApp 06/12/34/56/78', 'Handy 0151/23/45/67/89',
    'Mobil 06 ; 12 ; 34 ; 56 ; 78', 'jo 06•12•34•56•78', 'Kontakt: Jo 06 12 34 56 78', 'Numéro Jo 06 12 34 56 78',
    'SMITH 0612345678 1985', 'Passport 612345 1990', 'Mrs SMITH 612 345 6789', 'Ref 4024 5678 8888 9997',
    'Jo Smith 4024 5678 8888 9997', 'Jo 4024 5678 8888 9997', 'Jo O6 I2 34 S6 78', 'Jo O6 12 34 B6 78',
    'Jo 06 12 34 5G 78', 'tel O6-I2-34-S6-78', 'Jo O6.12.34.S6.78', 'Jo 0G 12 34 56 78', 'Null sechs 12 34 56 78',
    'jo.smith@example.com_invoice.pdf', 'jo.smith@example.co.uk-passport.jpg', 'jo.smith@example.de_rechnung.pdf',
    'jo.smith@example.io_invoice.pdf', 'jo.smith@example.shop_invoice.pdf', 'jo.smith@example.fr-facture.pdf',
    'jo.smith@example.com.invoice.pdf', 'jo.smith@example.com invoice.pdf', 'jo.smith@example.com+invoice.pdf',
    'jo.smith@gmail.com_cv.docx', 'jo@gmail.com-resume.pdf', 'jo.smith@example.info_rechnung.pdf',
    'resume-jo-smith-gmail-com.pdf', 'resume_jo_smith_gmail_com.pdf', 'resume-jo-smith-gmail-com.docx',
    'cv-jo-smith-yahoo-fr.pdf', 'cv-jo-smith-gmx-de.pdf', 'jo-smith-outlook-com.pdf', 'jo-smith-gmail-com.heic',
    'jo-smith-at-gmail-com.pdf', 'jo_smith_icloud_com.png', 'jo-smith-hotmail-co-uk.pdf',
    'cam-185.61.27.99-snapshot.jpg', 'access_185.61.27.99_2026-12-01.log', 'cam-185.61.27.9-snapshot.jpg',
    'cam-81.2.69.160-snapshot.jpg', 'cam.185.61.27.99.snapshot.jpg', 'cam 185.61.27.99 snapshot.jpg',
    '185-61-27-99_snapshot.jpg', 'cam-185_61_27_99-snapshot.jpg', '/home/jo.smith/', '/home/jo.smith/Documents/cv.pdf',
    'C:\\Users\\Jo Smith\\Desktop\\cv.pdf', 'C:\\Users\\jo.smith\\Desktop\\cv.pdf', '/Users/jo.smith/Desktop/cv.pdf',
    '/Users/Jo Smith/Desktop', 'passport_no_X48217365_scan.pdf', 'passport_X48217365_scan.pdf',
    'passport-X48217365-scan.pdf', 'passport_number_C01X00T47.pdf', 'passport.X48217365.scan.pdf',
    'pasaporte_X48217365.jpg', 'reisepass_C01X00T47_scan.pdf', 'passportX48217365.pdf', 'passport__X48217365__scan.pdf',
    'personalausweis-L01X00T47.jpg', 'dni_12345678Z_scan.pdf', 'Live: jo.smith', 'live - jo.smith', 'jo.smith (live)',
    'Posteo: jo.smith', 'jo.smith | posteo', 'Fastmail: jo.smith', 'jo.smith (fastmail)', 'T-Online: jo.smith',
    'jo.smith (t-online)', '163: jo.smith', 'jo.smith (163)', '126 - jo.smith', 'jo.smith [126]', 'SFR: jo.smith',
    'Freenet: jo.smith', 'hey.com: jo.smith', 'Arcor: jo.smith', 'Virgilio: mario.rossi', 'Tiscali: mario.rossi',
    'wp.pl: jan.kowalski', 'o2.pl: jan.kowalski', 'Interia: jan.kowalski', 'jan.kowalski (interia)',
    'mailbox.org: jo.smith', 'Gmail – jo.smith', 'Gmail — jo.smith', 'Gmail > jo.smith', 'Gmail >> jo.smith',
    'Gmail: jo.smith, thanks', 'my gmail jo.smith', 'my gmail: jo.smith', 'Meine Gmail-Adresse: jo.smith',
    'Gmail-Adresse jo.smith', 'Gmail address is jo.smith', 'Gmail id jo.smith', 'Gmail username jo.smith',
    'gmail account jo.smith', 'Gmail account - jo.smith', 'Gmail Konto jo.smith', 'jo.smith gmail account',
    'mirelqa1985 (gmail)', 'Gmail: mirelqa1985', 'Gmail: mirelqa2001', 'Outlook: josmith85', 'jo-smith (orange)',
    'jo-smith85 (orange)', 'Orange: josmith1985', 'jo.smith 🙂 example.com', 'jo.smith 🙂 example.de',
    'jo_smith 🙂 example.com', 'josmith85 🙂 web.de', 'jo 👉 gmail 👉 com', 'jo ✉ gmail.com', 'jo.smith ⓐ example.com',
    'jo.smith ＠ example.com', 'jo.smith﹫example.com', 'jo.smith • gmail.com', 'jo.smith · gmail.com',
    'moc.liamg@htims.oj', 'moc.elpmaxe@htims.oj', 'ed.bew@htims.oj', 'j/o/s/m/i/t/h at gmail.com',
    'j/o/s/m/i/t/h 4t gmail.com', 'j-o-s-m-i-t-h at gmail.com', 'j.o.s.m.i.t.h at gmail dot com',
    'j o s m i t h at gmail dot com', 'jo.smith 4t gmail d0t com', 'jo.smith [at] gmail [dot] com',
    'jo.smith AT gmail DOT com', 'jo dot smith at gmail dot com', 'Amex 500013642282873', 'Karte 500013642282873',
    'Visa 7646343088419354', 'Card 7646 3430 8841 9354', 'Card 7111111111111106', 'Visa 7646-3430-8841-9354',
    'Card 2223002213003222', 'Card 4444555555555555', '/m/am8uc21pdGhAZXhhbXBsZS5jb20/8f3a2b1c',
    '/m/am8uc21pdGhAZXhhbXBsZS5jb20=/8f3a2b1c', '/u/am8uc21pdGhAZXhhbXBsZS5jb20', '/m/KzMzNjEyMzQ1Njc4/x',
    '/m/am9AZXhhbXBsZS5jb20/x', '/m/bWFpbHRvOmpvLnNtaXRoQGV4YW1wbGUuY29t/x', 'track/am8uc21pdGhAZXhhbXBsZS5jb20.png',
    'IG: jo.smith 💕', 'Instagram - jo.smith', 'Instagram – jo.smith', 'Instagram — jo.smith', 'Instagram » jo.smith',
    'Pinterest » jo.smith', 'Reddit: u/jo_smith', 'LinkedIn: jo-smith-4a1b2c', 'YouTube: @jo.smith',
    'Threads @jo.smith', 'Wise: jo.smith', 'Pix: jo.smith', 'Monzo - jo.smith', 'Venmo @jo-smith', 'Twitch: jo_smith',
    'Twitch » jo_smith85', 'Gmail: jo.smith (private)', 'Gmail: jo.smith - write me', 'Gmail: jo.smith or WhatsApp',
    'write jo.smith (gmail)', 'please mail jo.smith (gmail)', 'Email me: jo.smith (gmail)', 'contact jo.smith on gmail',
    'Send it to jo.smith on gmail', 'Hi, jo.smith (gmail) here', 'Orders: jo.smith (gmail)', 'jo.smith (gmail) or call',
    'Reddit u/jo_smith',
    'Jo Smith 06/12/34/56/78',
    'Contact Marie 06/12/34/56/78',
    'Marie: 06 - 12 - 34 - 56 - 78',
    'Jo 06 ✨ 12 ✨ 34 ✨ 56 ✨ 78',
    'Ruf an 01/23/45/67/89',
    'Appelle Marie au 06, 12, 34, 56, 78',
    'Jo Smith 06 · 12 · 34 · 56 · 78',
    'Jo, 06|12|34|56|78',
    'Jo 06 | 12 | 34 | 56 | 78',
    'Karte 4024/5678/8888/9997',
    'Visa 4024/5678/8888/9997',
    'Visa 4024 · 5678 · 8888 · 9997',
    'Visa 4024, 5678, 8888, 9997',
    'MasterCard 5155 / 5255 / 5355 / 6000',
    'Server 81 · 92 · 169 · 200',
    'My IP 12 / 34 / 56 / 78',
    'IP 10/20/30/140',
    'Jo 06 11 16 21 26',
    'JO 612345 1990',
    'cam-81.2.9.160-snapshot.jpg',
    'cam_185.061.027.099_snap.jpg',
    'Diners 40952090396503',
    '/home/jo_smith/Documents/cv.pdf', '/home/jo-smith/Documents/cv.pdf', '/home/jo.smith85/', 'C:\\Users\\Jo Smith',
    '/Users/jo-smith/Desktop/cv.pdf', '/mnt/c/Users/Jo Smith/Desktop', '\\\\server\\home\\jo.smith\\cv.pdf',
    '/home2/jo.smith/public_html', '/homes/jo.smith/cv.pdf', '/var/mail/jo.smith',
    'cv-jo-smith-web-de.pdf', 'jo-smith-gmail-com.pages', 'jo-smith-gmail-com-resume.pdf', 'ausweis_T22000129_scan.pdf',
    'jo.smith@example.nl~factuur.pdf',
    '/m/am8uc21pdG/hAZXhhbXBsZS5jb20',
    'Instagram: jo.smith follow me',
    'Instagram: jo.smith pls follow',
    'Insta: jo.smith and more',
    'TikTok: jo.smith daily',
    'Snapchat: jo.smith add me',
    'Twitch: jo_smith85 live now',
    'YouTube: jo.smith subscribe',
    'Gmail: jo.smith please',
    'Gmail: jo.smith thx',
    'Gmail: jo.smith merci',
    'Gmail: jo.smith bitte',
    'reach me at jo.smith on gmail',
    'I am jo.smith on gmail',
    'jo.smith on gmail thanks',
    'jo.smith on gmail please',
    'Yahoo: jo_smith85 asap',
    'Hotmail: jo.smith today',
    'Instagram | jo.smith',
    'Instagram / jo.smith',
    'Instagram >> jo.smith',
    'Instagram ~ jo.smith',
    'Venmo: jo-smith',
    'WP: jan.kowalski',
    'Onet: jan.kowalski',
    'Gmail ~ jo.smith',
    'jo.smith ~ gmail',
    'jo.smith » gmail',
    'jo.smith // gmail',
    'jo.smith :: gmail',
    'jo.smith ✉ example.com',
    'jo.smith 📧 gmail',
    'moc.liamg ta htims.oj',
    'J/O/S/M/I/T/H at gmail.com',
]

LEAKS: Dict[str, List[str]] = {
    (
        "an account after a network's name and a blank alone (accepted, closer 46: `Instagram Story_01` is a "
        "product's line in the same layout)"
    ): [
        'Instagram jo.smith',
    ],
    (
        "number words and letters for digits glued in other layouts (assembled.glued_number wants three words "
        "glued, `ZEROSIX` is two before digits; words each glued to a digit; _LETTERED_RUN wants separators)"
    ): [
        'ZEROSIX12345678', 'zero6 one2 three4 five6 seven8', 'O6l234S678',
    ],
    (
        "an address's slug in a file name with dots for its separators, and Proton's `proton.me` (accepted, closer "
        "53: detector._provider_slug_file reads `-` and `_`, as a server's name is dotted, `smtp.gmail.com.png`; "
        "`proton` is not among canonical.MAIL_PROVIDERS, the mail providers' vocabulary)"
    ): [
        'jo.smith.gmail.com.pdf',
        'jo-smith-proton-me.pdf',
    ],
    (
        "a dotted name in title case under `/home` (accepted, closer 53: detector.home_folder_account reads `home` "
        "in lower case, as Unix writes its accounts; a page's path given alone, `/home/Kitchen.Dining/`, is a "
        "shop's category in title case), and `_` or `-` between a name's words with no profile's folder after it "
        "(`/home/new-arrivals/` is a slug)"
    ): [
        '/home/Jo.Smith/',
    ],
    (
        "an account of one word under a home folder (accepted, closer 44: `jsmith`, `Public`, `/home/products/` "
        "are written alike)"
    ): [
        '/home/jsmith/Documents/cv.pdf', '/home/josmith85/Documents/cv.pdf', 'C:\\Users\\JoSmith\\Desktop\\cv.pdf',
        'C:\\Users\\jsmith\\Desktop\\cv.pdf', '/Users/josmith/Desktop/cv.pdf',
    ],
    (
        "an identity card's label joined by `_` to its number (detector._ID_DOCUMENT and _GERMAN_ID_CARD read a "
        "passport's and a German card's labels: `id_card` names no issuer, whose number's shape could be read; "
        "left to the national ids' own rules)"
    ): [
        'id_card_T22000129_scan.pdf',
    ],
    (
        "a mailbox beside a provider in layouts closer 47 does not read (provider_handles._mailbox): a birth year "
        "from 2010 (a season's year as often, `summer2010`), a dashed local part after a label (`Gmail: set-up` is "
        "written alike; closer 54 read WP and Onet by their short names, `~`, `//`, `::` and `»`)"
    ): [
        'Gmail: mirelqa2010', 'Gmail: jo-smith', 'Outlook: jo-smith',
        'Orange: jo-smith',
    ],
    (
        "a mailbox of a person's shape beside its provider followed by a number (accepted, closer 54: only a word "
        "addressing the reader after the pair, `thx`, `follow me`, makes an account of it; a product's dotted name "
        "is followed by its own year as often, `TikTok: trending.sounds 2024`)"
    ): [
        'Gmail: jo.smith 2024',
    ],
    (
        "a local part of letters alone beside a provider with no mark (accepted, review 21 and closer 47: `Gmail: "
        "support` is written alike)"
    ): [
        'mirelqa85 gmail', 'Gmail: josmith',
    ],
    (
        "a picture for `@` in layouts canonical._PICTURED_AT does not read (closer 47): before a large provider's "
        "name without its domain a picture other than an envelope (`jo 😀 gmail`; closer 54 reads `📧`, `✉`: a "
        "face there is a title's as often, `Works 😀 gmail`), a local part of letters alone before any domain, a "
        "star below U+1F000 before a provider's name in title case; and (closer 54, a trade-off) before any domain a "
        "picture that does not stand for `@` itself (canonical._AT_PICTURES: a title's `summer.sale 🌞 zalando.de` "
        "is written alike)"
    ): [
        'jo 😀 gmail', 'jo.smith 😀 gmail', 'josmith 🙂 example.com',
        'Jo.Smith ★ Web.de', 'jo.smith 🦊 example.org',
    ],
    (
        "an address written backwards with blanks for its dots, `@t` and a bracketed `4t` (spelled_out.readings, "
        "closer 47: ` 4t ` between blanks; closer 54 reads `ta` for `at` backwards with its dots, and capitals "
        "between slashes before `at` and a provider's name; a reversed address with blanks for its dots is any "
        "words in reverse, `ed liamg ta`; `@t` and `(4t)` were outside closer 54's brief)"
    ): [
        'moc liamg ta htims oj', 'jo.smith @t gmail.com',
        'jo.smith (4t) gmail.com',
    ],
    (
        "a reversed card of 14 digits (detector._reversed_reason reads 16 to 19 digits: Diners' 14 are not "
        "turned), and base64 of a name and a street (accepted, closer 53: detector._base64_runs' decoded text is read "
        "for an address or a phone alone; a decoded name would be judged as free text, and tokens decode to "
        "products' names as often)"
    ): [
        '/m/Sm8gU21pdGgsIDEgTWFpbiBTdA/x',
    ],
}

ORDINARY_KEYS = [
    'product_name', 'sap_material', 'brand_name', 'file_name', 'product_image_file_name', 'vendor_name',
    'manufacturer_name', 'store_name', 'shop_name', 'author', 'title', 'company', 'last_id', 'last_value', 'sub',
    'stras_crystal_count', 'pernr_count', 'matnr', 'werks', 'menge', 'sap_matnr', 'sap_werks', 'sap_vbeln', 'sap_posnr',
    'sap_charg', 'sap_lifnr', 'sap_ebeln', 'sap_bukrs', 'sap_vkorg', 'sap_vtweg', 'sap_spart', 'sap_meins', 'sap_netwr',
    'sap_waerk', 'unique_product_name', 'unique_id', 'unique_key', 'unique_sku', 'name_unique', 'product_upn',
    'upn_code', 'upn_product', 'upn_number', 'item_upn', 'MERGE7', 'MERGE8', 'MERGE10', 'merge7', 'merge_fields',
    'merge_request_id', 'merge_vars', 'merge_tag', 'merge_strategy', 'merge_cart', 'merge_carts', 'cart_merge',
    'merge4_enabled', 'MERGE3_label', 'merge_1', 'merge-2', 'ldap_enabled', 'ldap_server', 'ldap_port', 'ldap_ou',
    'ldap_dn', 'ldap_group', 'ldap_group_dn', 'ldap_sync', 'ldap_sync_status', 'ldap_base_dn', 'ldap_cache_ttl',
    'ldap_tls', 'ldap_st_enabled', 'ldap_filter', 'ldap_bind_dn', 'ldap_search_base', 'reviewer_count',
    'reviewer_rating', 'reviewer_id', 'reviewer_avatar', 'reviewer_verified', 'reviewer_level', 'reviewer_badge',
    'reviewer_type', 'purchaser_type', 'purchaser_count', 'applicant_count', 'caller_type', 'caller_version',
    'caller_file', 'caller_line', 'caller_function', 'caller_class', 'caller_module', 'reporter_id', 'reporter_type',
    'reporter_version', 'requester_type', 'requester_role', 'submitter_role', 'assignee_group', 'assignee_team',
    'submitter_count', 'orderer_type', 'field_12_last_updated', 'field_2_first_page', 'field_4_first_visit',
    'field1_last_modified', 'column_1_last', 'column_3_first', 'step_2_first', 'form_1_first', 'item_3_last',
    'slot_2_first', 'tier_1_first', 'page_1_last', 'rank_1_first', 'first', 'last', 'first_page', 'last_page',
    'last_order_date', 'last_seen', 'first_purchase', 'list_name', 'item_list_name', 'category_name', 'promotion_name',
    'creative_name', 'coupon_name', 'pa_author', 'book_author', 'cn', 'sn', 'gn', 'l', 'c',
    'natio_sku', 'natio_moisturiser', 'natio_product_id', 'natio_brand', 'brand_natio', 'product_unique_name',
    'unique_name_slug', 'unique_name_id', 'ldap_group_cn', 'reviewer_badge_name', 'caller_module_name',
    'caller_function_name', 'reporter_class_name', 'reporter_name_version', 'sort_field_1_last', 'sort_field_2_first',
]

DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "a word before a role word and its person's word (accepted, closer 53: personal_keys._role_field reads "
        "the person's word right after the role wherever the role stands, as a help desk's `ticket_requester_name` "
        "is a person's; a test reporter's name is code's)"
    ): [
        'test_reporter_name',
    ],
    (
        "older key rules, not this session's (accepted, closer 53: `display_name` is a member's shown name in "
        "most platforms, WordPress's and Entra ID's among them; a shop's own display name is the rarer reading)"
    ): [
        'display_name',
    ],
}

PERSONAL_KEYS = [
    'stras', 'anred', 'pernr', 'kunnr', 'perid', 'telf1', 'telfx', 'pstlz', 'pfach', 'nachn', 'vorna', 'midnm', 'rufnm',
    'gbdat', 'gbort', 'telnr', 'stcd1', 'sap_kunnr', 'sap_pernr', 'sap_nachn', 'sap_stras', 'KNA1-STRAS', 'STRAS',
    'TELNR_LONG', 'NAME1', 'ORT01', 'LAND1', 'SMTP_ADDR', 'NAME_FIRST', 'BIRTHDT', 'upn', 'UPN', 'uniquename',
    'entra_unique_name', 'userPrincipalName', 'user_principal_name', 'preferred_username', 'merge1', 'MERGE0', 'MERGE1',
    'MERGE2', 'MERGE5', 'MERGE6', 'mmerge6', 'MMERGE5', 'merges_MMERGE3', 'mc_merge1', 'merge_fields[FNAME]',
    'merges[LNAME]', 'merge_fields[PHONE]', 'merge_fields[BIRTHDAY]', 'FNAME', 'LNAME', 'ldap_cn', 'ldapCn', 'ldap.sn',
    'LDAP_SN', 'ldap_sn', 'ldap_gn', 'ldap_l', 'ldap_c', 'ldap_st', 'ldap_mail', 'ldap_uid', 'ldap_given_name',
    'ldap_givenname', 'ldap_displayname', 'ldap_telephonenumber', 'ldap_street', 'ldap_postaladdress', 'ldap-mobile',
    'ad_givenName', 'sAMAccountName', 'requester_name', 'requesterName', 'requestor_name', 'reporter_name',
    'reporterName', 'assignee_name', 'assigneeName', 'reviewer_name', 'reviewerName', 'applicant_name', 'applicantName',
    'caller_name', 'callerName', 'purchaser_name', 'purchaserName', 'orderer_name', 'submitter_name', 'submitterName',
    'requester_full_name', 'requesterFullName', 'reviewer_first_name', 'reviewer_nickname', 'reviewer_username',
    'reviewer_country', 'purchaser_country', 'reviewer_city', 'reviewer_hometown', 'requester_city', 'requester_email',
    'requesterEmail', 'requester_phone', 'reporter_email', 'reporter_mail', 'assignee_email', 'orderer_email',
    'purchaser_address', 'purchaser_zip', 'purchaser_phone', 'applicant_phone', 'applicant_dob', 'caller_phone',
    'caller_msisdn', 'submitter_ip', 'field_1_first', 'field_3_last', 'field_7_middle', 'field_2_first',
    'field_10_last', 'field5_last', 'field_5f2a_first', 'field_5f2a_last', 'input_3_last', 'wpforms[fields][1][first]',
    'wpforms[fields][2][last]', 'wpforms_fields_1_first', 'wpforms_fields_2_middle', 'nf_field_12_last',
    'frm_field_3_first', 'gform_field_1_last', 'ff_name_1_last',
    'kna1_name1', 'KNA1-NAME1', 'MC_NAME1', 'REGIO', 'user_upn', 'entra_upn', 'aad_upn', 'azure_upn', 'upn_claim',
    'claims_upn', 'upn_value', 'ad_sn', 'ad_cn', 'ad_samaccountname', 'samaccountname', 'reviewer_location',
    'reviewerLocation', 'reviewer_initials', 'reviewer_handle', 'requester_first', 'caller_number', 'approver_name',
    'signer_name', 'technician_name', 'requested_by', 'reported_by', 'submitted_by', 'reviewed_by', 'created_by_name',
    'input_1.3', 'input_1.6',
]

LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a driver's and a courier's name (accepted, closer 53: personal_keys._ROLE_QUALIFIERS leaves them out, "
        "`driver_name` is a printer's or a database's driver and `courier_name` the carrier a parcel goes with)"
    ): [
        'driver_name', 'courier_name',
    ],
}

ORDINARY_URLS = [
    'https://shop.example.com/home/new-arrivals/', 'https://shop.example.com/home/index.html',
    'https://shop.example.com/users/sign.in', 'https://shop.example.com/home/Kitchen.Dining/',
    'https://shop.example.com/de/home/kitchen.dining/', 'https://cdn.shop.example.com/home/hero.banner.jpg',
    'https://shop.example.com/media/logo@2x.de-DE.png', 'https://shop.example.com/downloads/gmail-com-setup-guide.pdf',
    'https://shop.example.com/collections/all?page_info=eyJkaXJlY3Rpb24iOiJuZXh0IiwibGFzdF9pZCI6Nzg5NjIzNCwibGFzdF92YWx1ZSI6IkFpciBNYXggOTAifQ',
    'https://shop.example.com/checkout/cart/add/uenc/aHR0cHM6Ly9zaG9wLmV4YW1wbGUuY29tL2NoZWNrb3V0L2NhcnQv/product/4451/',
    'https://shop.example.com/p?d=eyJza3UiOiAiQU05MC1PUkctNDIiLCAibmFtZSI6ICJBaXIgTWF4IDkwIn0',
    'https://shop.example.com/p?ctx=eyJjb3VudHJ5IjogIkRFIiwgImN1cnJlbmN5IjogIkVVUiJ9',
    'https://shop.example.com/p?ref=https://www.pinterest.de/trends',
    'https://shop.example.com/p?ref=https://www.pinterest.com/ideas/',
    'https://shop.example.com/p?ref=https://www.twitch.tv/directory',
    'https://shop.example.com/p?ref=https://linktr.ee/marketplace',
    'https://shop.example.com/p?ref=https://www.patreon.com/login',
    'https://shop.example.com/p?ref=https://www.linkedin.com/company/acme',
    'https://shop.example.com/p?ref=https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://shop.example.com/search?q=samsung+s20+s21+s22+s23', 'https://shop.example.com/p?sizes=98/104/110/116',
    'https://shop.example.com/p?q=a:1:{s:4:%22city%22;s:5:%22Paris%22;}', 'https://shop.example.com/home/',
    'https://shop.example.com/home/sale', 'https://shop.example.com/home/kitchen-dining/',
    'https://shop.example.com/home/kitchen_dining/', 'https://shop.example.com/home/deco.html',
    'https://shop.example.com/home/page.php?id=12', 'https://shop.example.com/home/www.example.de/',
    'https://shop.example.com/en/home/garden.furniture/', 'https://shop.example.com/Home/Garden.Furniture/',
    'https://shop.example.com/users/login', 'https://shop.example.com/users/password/new',
    'https://shop.example.com/account/users/',
    'https://shop.example.com/media/catalog/product/cache/1/image/9df78eab33525d08d6e5fb8d27136e95/a/i/air-max-90.jpg',
    'https://shop.example.com/media/wysiwyg/home/hero@2x.jpg', 'https://shop.example.com/media/logo@2x.png',
    'https://shop.example.com/static/version1733130000/frontend/Magento/luma/de_DE/images/logo.svg',
    'https://shop.example.com/wp-content/uploads/2025/12/hero@2x.webp',
    'https://shop.example.com/wp-content/uploads/2025/12/passport-holder-leather.jpg',
    'https://shop.example.com/wp-content/uploads/2025/12/Passport_Cover_Navy_2024.jpg',
    'https://shop.example.com/downloads/firmware-11.22.33.44-release.bin',
    'https://shop.example.com/downloads/Lens-Firmware_1.12.10.11_update.zip',
    'https://shop.example.com/downloads/TPLink_192.168.1.1_setup.pdf',
    'https://shop.example.com/downloads/Datenblatt_10.20.30.40.pdf',
    'https://shop.example.com/downloads/gmail-com-sticker-pack.png',
    'https://shop.example.com/downloads/outlook-com-vs-gmail-com-comparison.pdf',
    'https://shop.example.com/downloads/RFC_9110_http_semantics.pdf',
    'https://shop.example.com/p/live-nation-gutschein', 'https://shop.example.com/p/xbox-live-gold-12-monate',
    'https://shop.example.com/p/posteo-gutscheinkarte', 'https://shop.example.com/p/elgato-stream-deck-mk2',
    'https://shop.example.com/p?q=elgato+stream+deck', 'https://shop.example.com/p?q=youtube+premium',
    'https://shop.example.com/p?q=twitch+prime', 'https://shop.example.com/p?q=samsung+s24+case',
    'https://shop.example.com/p?q=kinder+104', 'https://shop.example.com/p?sizes=104,110,116,122',
    'https://shop.example.com/p?sizes=86/92/98/104', 'https://shop.example.com/p?std=EN+ISO+13688+2013',
    'https://shop.example.com/p?q=levis+501+1955', 'https://shop.example.com/p?ref=https://www.pinterest.com/',
    'https://shop.example.com/p?ref=https://www.twitch.tv/', 'https://shop.example.com/p?ref=https://www.youtube.com/',
    'https://shop.example.com/p?ref=https://www.linkedin.com/feed/',
    'https://shop.example.com/p?ref=https://www.reddit.com/r/sneakers/',
    'https://shop.example.com/p?utm_source=pinterest&utm_medium=social&utm_campaign=home_decor',
    'https://shop.example.com/p?utm_source=youtube&utm_content=unboxing_video',
    'https://shop.example.com/p?utm_source=twitch&utm_campaign=stream_deck',
    'https://shop.example.com/p?utm_source=linkedin&utm_medium=paid', 'https://shop.example.com/p?pay=wise',
    'https://shop.example.com/checkout?method=pix', 'https://shop.example.com/p?ref=pinterest:home_decor',
    'https://shop.example.com/p?page_info=eyJkaXJlY3Rpb24iOiJuZXh0IiwibGFzdF9pZCI6Nzg5NjIzNCwibGFzdF92YWx1ZSI6Ijc4OTYyMzQifQ',
    'https://shop.example.com/p?sap_matnr=000000000000004451', 'https://shop.example.com/p?merge_cart=1',
    'https://shop.example.com/p?reviewer_rating=5', 'https://shop.example.com/p?ldap_sync=1',
    'https://shop.example.com/p?opt=Hoodie(Size:+XL)',
    'https://shop.example.com/p?opt=Set(Farbe:+Rot,+Gr%C3%B6%C3%9Fe:+M)',
    'https://shop.example.com/p?opt=%5B%22Size%22,%2242%22%5D', 'https://shop.example.com/p?q=Orange+Flybox+5G',
    'https://shop.example.com/p?q=Outlook+365+Single', 'https://shop.example.com/p?q=logo%402x.png',
    'https://cdn.shopify.com/s/files/1/0533/2089/files/AirMax90_Orange_1024x1024.jpg',
    'https://cdn.shopify.com/s/files/1/0612/3456/7890/products/air-max-90.jpg?v=1699999999',
    'https://shop.example.com/cdn/shop/files/hero.jpg?v=1699999999&width=1200',
    'https://cdn.shopify.com/s/files/1/0265/8401/2345/files/hero.jpg',
    'https://shop.example.com/search?q=kids+98+104+110+116',
    'https://shop.example.com/p?q=jahrgang+2021+2022+2023',
    'https://shop.example.com/p?q=Rolex+Submariner+16610+1999',
    'https://shop.example.com/downloads/app-2.14.128.77-setup.exe',
    'https://shop.example.com/downloads/printer_fw_2.40.17.11_eu.bin',
    'https://shop.example.com/downloads/Treiber_31.12.24.15_win64.zip',
    'https://shop.example.com/p?q=Galaxy+A15+A25+A35+A55',
    'https://shop.example.com/p?q=Kids+0-3+3-6+6-9+9-12',
    'https://shop.example.com/p?sort_field_1_last=1', 'https://shop.example.com/p?natio_sku=4451',
    'https://shop.example.com/p?ldap_group_cn=marketing', 'https://shop.example.com/p?caller_function_name=addToCart',
    'https://shop.example.com/p?q=(%26(objectClass%3DgroupOfNames)(cn%3DMarketing))',
    'https://shop.example.com/p?opt=Poster(City:+Paris,+Size:+A2)',
    'https://shop.example.com/p?opt=Map(Country:+France)',
    'https://shop.example.com/p/poster-paris?variant=(%27City%27,+%27Paris%27)',
    'https://shop.example.com/home/kitchen.dining/', 'https://shop.example.com/home/garden.furniture/',
    'https://shop.example.com/home/living.room/sofas', 'https://shop.example.com/home/summer.sale/',
    'https://shop.example.com/Users/Gift_Cards/list', 'https://shop.example.com/home/hero.banner/',
    'https://shop.example.com/downloads/how-to-forward-gmail-com-to-outlook-com.pdf',
    'https://shop.example.com/media/Passport_PC2024A_navy.jpg',
    'https://shop.example.com/media/passport_PH12034_front.jpg',
    'https://shop.example.com/p?q=Twitch:+stream.deck',
    'https://shop.example.com/p?q=Posteo:+Mail.Guide',
    'https://shop.example.com/p?q=summer.sale+%F0%9F%8C%9E+zalando.de',
]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a downloads' or a media library's file names in a path (the text families above: "
        "detector._ended_before_file_words, _provider_slug_file, _ID_DOCUMENT, closer 44)"
    ): [
        'https://shop.example.com/media/catalog@shop.de-2025.pdf',
    ],
    (
        "a creators' site's or a network's own page that _NETWORK_PATHS does not list (handles._NETWORK_LINK, "
        "closer 46: Twitch's wallet, Pinterest's pin builder, Ko-fi's Gold, Patreon's policy, Buy Me a Coffee's "
        "creators' directory; closer 184 listed OpenSea's drops, Twitch's with them)"
    ): [
        'https://shop.example.com/p?ref=https://www.pinterest.com/pin-builder/',
        'https://shop.example.com/p?ref=https://ko-fi.com/gold',
        'https://shop.example.com/p?ref=https://www.patreon.com/policy',
        'https://shop.example.com/p?ref=https://buymeacoffee.com/explore-creators',
        'https://shop.example.com/p?ref=https://www.twitch.tv/wallet',
    ],
    (
        "a search holding the text families above (provider_handles, handles, canonical._PICTURED_AT, the number "
        "rules)"
    ): [
        'https://shop.example.com/p?q=Live:+jazz.night',
        'https://shop.example.com/p?q=Art.+163+/+tee.shirt',
    ],
    (
        "Entra ID's `unique_name` claim as a whole key (accepted, closer 53: personal_keys._entra_claim reads the "
        "claim's own name alone, whatever its value)"
    ): [
        'https://shop.example.com/p?unique_name=air-max-90',
    ],
}

PERSONAL_URLS = [
    'https://shop.example.com/p?t=eyJsYXN0X25hbWUiOiAiU21pdGgifQ==',
    'https://shop.example.com/p?id_token=eyJhbGciOiJIUzI1NiJ9.eyJ1bmlxdWVfbmFtZSI6ICJqby5zbWl0aEBjb250b3NvLmNvbSJ9.c2ln',
    'https://shop.example.com/p?data=a%3A1%3A%7Bs%3A9%3A%22last_name%22%3Bs%3A5%3A%22Smith%22%3B%7D',
    'https://shop.example.com/p?q=Customer(lastName:+%22Smith%22)',
    'https://shop.example.com/p?q=(%26(objectClass%3Dperson)(sn%3DSmith))',
    'https://shop.example.com/p?q=%5B%5B%22last_name%22,%22Smith%22%5D%5D',
    'https://shop.example.com/p?q=%3Cinput+id%3D%22last_name%22+value%3D%22Smith%22%3E',
    'https://shop.example.com/p?q=%27last_name%27+%3D%3E+%27Smith%27',
    'https://shop.example.com/p/%3Ckey%3ElastName%3C/key%3E%3Cstring%3ESmith%3C/string%3E',
    'https://shop.example.com/p?file=/home/jo.smith/cv.pdf',
    'https://shop.example.com/p?file=C:%5CUsers%5CJo+Smith%5CDesktop%5Ccv.pdf',
    'https://shop.example.com/p?file=/Users/jo.smith/Desktop/cv.pdf',
    'https://shop.example.com/uploads/jo.smith@example.com_invoice.pdf',
    'https://shop.example.com/uploads/resume-jo-smith-gmail-com.pdf',
    'https://shop.example.com/uploads/cam-185.61.27.99-snapshot.jpg',
    'https://shop.example.com/uploads/passport_no_X48217365_scan.pdf', 'https://shop.example.com/p?q=Live:+jo.smith',
    'https://shop.example.com/p?q=Posteo:+jo.smith', 'https://shop.example.com/p?q=Jo+Smith+06/12/34/56/78',
    'https://shop.example.com/p?q=Visa+4024/5678/8888/9997',
    'https://shop.example.com/p?ip=81+%C2%B7+92+%C2%B7+169+%C2%B7+200',
    'https://shop.example.com/p?q=YouTube+%E2%80%93+jo.smith', 'https://shop.example.com/p?q=Reddit:+u/jo_smith',
    'https://shop.example.com/p?ref=https://www.twitch.tv/jo_smith85',
    'https://shop.example.com/p?ref=https://www.pinterest.com/josmith85/',
    'https://shop.example.com/p?ref=https://www.linkedin.com/in/jo-smith-4a1b2c',
    'https://shop.example.com/p?ref=https://www.youtube.com/@josmith85',
    'https://shop.example.com/p?ref=https://ko-fi.com/josmith',
    'https://shop.example.com/p?ref=https://www.patreon.com/josmith',
    'https://shop.example.com/p?ref=https://linktr.ee/jo.smith',
    'https://shop.example.com/p?ref=https://www.threads.net/@jo.smith',
    'https://shop.example.com/p?ref=https://monzo.me/josmith',
    'https://shop.example.com/p?ref=https://www.twitch.tv/jo_smith85/videos',
    'https://shop.example.com/p?ref=https://www.tiktok.com/@jo.smith/video/7300000000000000000',
    'https://shop.example.com/p?user_upn=jo.smith%40contoso.com', 'https://shop.example.com/p?caller_number=0612345678',
    'https://shop.example.com/p?ref=https://www.youtube.com/user/josmith85',
    'https://shop.example.com/p?ref=https://www.reddit.com/user/jo_smith',
    'https://shop.example.com/p?ref=https://www.reddit.com/u/jo_smith',
    'https://shop.example.com/p?ref=https://bsky.app/profile/jo.smith.bsky.social',
    'https://shop.example.com/p?ref=https://mastodon.social/@josmith',
    'https://shop.example.com/p?card=4024,5678,8888,9997',
    'https://shop.example.com/p?q=JO+612345+1990',
    'https://shop.example.com/uploads/cam-81.2.9.160-snapshot.jpg',
    'https://shop.example.com/p?ref=https://wise.com/pay/me/josmith',
    'https://shop.example.com/p?ad_sn=Smith', 'https://shop.example.com/p?reviewer_location=Berlin',
    'https://shop.example.com/p?input_1.3=Jo', 'https://shop.example.com/p?requested_by=Jo+Smith',
    'https://shop.example.com/p?data=a:1:{s:9:%22last_name%22;s:5:%22Smith%22;}',
    'https://shop.example.com/p?file=/homes/jo.smith/cv.pdf',
    'https://shop.example.com/uploads/jo-smith-gmail-com-resume.pdf',
    'https://shop.example.com/uploads/cv-jo-smith-web-de.pdf',
    'https://shop.example.com/uploads/ausweis_T22000129_scan.pdf',
    'https://shop.example.com/p?t=eyJsYXN0X25hbWUiOiAiU21pdGgifQ',
    'https://shop.example.com/p?t=eyJnaXZlbl9uYW1lIjogIkpvIiwgImZhbWlseV9uYW1lIjogIlNtaXRoIn0',
    'https://shop.example.com/p?t=7b226c6173745f6e616d65223a2022536d697468227d',
    'https://shop.example.com/p/eyJsYXN0X25hbWUiOiAiU21pdGgifQ',
    'https://shop.example.com/p?q=Gmail:+jo.smith+please',
    'https://shop.example.com/p?q=jo.smith+on+gmail+thanks',
    'https://shop.example.com/p?q=Instagram:+jo.smith+follow+me',
    'https://shop.example.com/p?q=Gmail+~+jo.smith',
    'https://shop.example.com/p?q=WP:+jan.kowalski',
    'https://shop.example.com/p?q=jo.smith+%F0%9F%93%A7+gmail',
    'https://shop.example.com/p?ref=https://www.youtube.com/c/JoSmith',
    'https://shop.example.com/p?ref=https://www.pinterest.co.uk/josmith85/',
    'https://shop.example.com/p?ref=https://x.com/jo_smith/status/1800000000000000000/photo/1',
]

LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a dotted name under a web page's first segment `home` (accepted, closer 53: privacy reads a home folder in "
        "a file's, an FTP's or a share's URL and in a parameter's path, not in an http(s) page's path, where "
        "`/home/garden.furniture/` is a shop's category and a server's home folders are not served)"
    ): [
        'https://shop.example.com/home/jo.smith/',
    ],
    (
        "base64 in a URL's path cut inside its run by `/`, or of a name and a street (accepted, closer 53: a path's "
        "segments are read one by one, and glued pieces only in text, detector._base64_runs; a decoded name and "
        "street are not read, as in text)"
    ): [
        'https://shop.example.com/m/am8uc21pdG/hAZXhhbXBsZS5jb20',
        'https://shop.example.com/m/Sm8gU21pdGgsIDEgTWFpbiBTdA/x',
    ],
    (
        "the text leak families above in a URL (home folders, provider slugs, file names' addresses, identity "
        "cards' labels, providers' layouts, pictures, the number rules of closer 48)"
    ): [
        'https://shop.example.com/p?file=/home/jo_smith/cv.pdf',
    ],
}

ORDINARY_FREE_TEXT = [
    'a:2:{s:8:"pa_color";s:6:"orange";s:7:"pa_size";s:2:"xl";}', 'a:1:{s:4:"name";s:10:"Air Max 90";}',
    'a:1:{s:6:"author";s:12:"J.K. Rowling";}', 'cart|a:1:{s:3:"sku";s:4:"4451";}', 'Upgrade: Basic => Premium',
    'Size M => L', "Color 'red' => 'blue'", 'Old price => new price', 'Hoodie(Size: XL)',
    'T-Shirt(Color: Red, Size: M)', 'Bundle(Name: Starter Kit)', 'Engraving(Text: Happy Birthday)',
    'Book(Author: J.K. Rowling, Title: Harry Potter)', 'Mug(Display name: Team Blue)', '[["Color","Red"],["Size","M"]]',
    "[('Brand', 'Nike')]", "('Size', 'XL')", '[["Author","Stephen King"]]', '[["Name","Air Max 90"]]',
    '<key>CFBundleName</key><string>Shop</string>', '(&(objectClass=product)(sku=4451))',
    '<label for="qty">Quantity</label><input id="qty" value="1">',
    '<select id="title"><option>Mr</option><option>Mrs</option></select>',
    '<label>Gift message<textarea>Happy birthday!</textarea></label>',
    'page_info=eyJkaXJlY3Rpb24iOiJuZXh0IiwibGFzdF9pZCI6Nzg5NjIzNCwibGFzdF92YWx1ZSI6IkFpciBNYXggOTAifQ',
    'eyJkaXJlY3Rpb24iOiJuZXh0IiwibGFzdF9pZCI6Nzg5NjIzNCwibGFzdF92YWx1ZSI6Ijc4OTYyMzQifQ',
    'aHR0cHM6Ly9zaG9wLmV4YW1wbGUuY29tL2NoZWNrb3V0L2NhcnQv',
    'aHR0cHM6Ly9zaG9wLmV4YW1wbGUuY29tL2NhdGFsb2cvcHJvZHVjdC92aWV3L2lkLzQ0NTE_Y29sb3I9b3JhbmdlJnNpemU9eGw',
    'eyJjYXJ0X2lkIjogImMxYTJiMyIsICJleHAiOiAxNzY0NzAwMDAwfQ',
    'eyJwcm9kdWN0IjogIkFpciBNYXggOTAiLCAiYXV0aG9yIjogIk5pa2UifQ', 'Geschenkgutscheinkarte', 'Kinderwagenzubehörset',
    'Preis => 19,99 €', 'Alt => Neu', 'Größe S => M => L', 'Upgrade 128 GB => 256 GB', 'Rabatt(code: SUMMER24)',
    'Set(Farbe: Rot, Größe: M)', 'Sneaker(size: 42, color: orange)', 'Mug(Text: Best Dad Ever)',
    'Print(Format: A2, Paper: matte)', 'Case(Model: iPhone 15, Color: Clear)',
    'Poster(Motiv: Berlin Skyline, Size: 50x70)', 'Engraving(Font: Script, Text: Love)', "['S', 'M', 'L']",
    '["red", "blue"]', '("Air Max", 90)', '[("Size", "42"), ("Color", "Orange")]',
    '[["Material", "Cotton"], ["Fit", "Regular"]]', "[('Brand', 'Nike'), ('Model', 'Air Max 90')]",
    "('Weight', '1.2 kg')", "['Format', 'A4']", '<key>CFBundleVersion</key><string>1.2</string>',
    '<key>CFBundleIdentifier</key><string>com.shop.app</string>',
    '<key>UIRequiredDeviceCapabilities</key><string>arm64</string>', '<input type="checkbox" checked>',
    '<select><option>S</option><option>M</option></select>', '<label>Menge</label><input value="2">',
    '<label for="size">Größe</label><select id="size"><option>M</option></select>',
    '<input placeholder="Gutscheincode" value="SUMMER24">', '<input aria-label="Menge" value="1">',
    '<textarea placeholder="Grußtext">Alles Gute!</textarea>', '<input id="qty" value="3">',
    '<input title="Anzahl" value="5">', '(&(objectClass=product)(brand=Nike))', '(|(color=orange)(color=red))',
    '(&(category=shoes)(size=42))', 'a:2:{s:3:"sku";s:4:"4451";s:3:"qty";i:2;}', 'a:1:{s:5:"color";s:6:"orange";}',
    'a:1:{s:10:"product_id";i:4451;}', 'cart|a:1:{i:4451;i:2;}', "'sku' => 'AM90-ORG-42'", '"color" => "orange"',
    ':size => "XL"', 'qty => 2', 'Personalisierungsmöglichkeiten',
    'a:1:{s:7:"country";s:2:"DE";}', 'a:1:{s:4:"city";s:5:"Paris";}', 'Poster(City: Paris, Size: A2)',
    'Map(Country: France)', 'Print(Country: Italy, City: Rome)', "('Country', 'France')", "['City', 'Paris']",
    '(&(objectClass=groupOfNames)(cn=Marketing))',
    'eyJza3UiOiAiQU05MC1PUkctNDIiLCAibmFtZSI6ICJBaXIgTWF4IDkwIn0', 'eyJjb3VudHJ5IjogIkRFIiwgImN1cnJlbmN5IjogIkVVUiJ9',
    'eyJjaXR5IjogIkJlcmxpbiIsICJzdG9yZSI6ICIxMiJ9',
]

DROPPED_FREE_TEXT: Dict[str, List[str]] = {
    (
        "a display name's and a contacts permission's key in a serialized layout (accepted, closer 53: "
        "privacy._layout_reason lets a town's or a country's key alone out unless its record names a person, but "
        "`display_name` is a member's shown name in most platforms and `NSContacts…` names a person's contacts)"
    ): [
        'a:1:{s:12:"display_name";s:11:"Summer Sale";}',
        '<key>CFBundleDisplayName</key><string>Shop</string>',
        '<key>NSContactsUsageDescription</key><string>Find friends</string>',
    ],
    (
        "an HTML field's `aria-label` naming a person's field over a product's value (accepted, closer 53: a "
        "field's label says what its value is, as `<label>Last name</label>` does; a mislabelled field is rare)"
    ): [
        '<input aria-label="Your name" value="Air Max">',
    ],
    (
        "a token's decoded JSON holding a display name (accepted, closer 53: privacy._decoded_reason judges a "
        "bare `name` by its value's shape, but `display_name` is a member's shown name in most platforms)"
    ): [
        'eyJkaXNwbGF5X25hbWUiOiAiU3VtbWVyIFNhbGUifQ',
    ],
    (
        'older rules, not this session\'s: an HTML field\'s `name="…"` and an arrow\'s `\'country\' =>` read as '
        "parameters (privacy._parameters_reason: the key `name` with its value, `'country' ` with `> 'DE'`), "
        "whatever field the markup names"
    ): [
        "'country' => 'DE'", "'city' => 'Berlin'", '<input type="hidden" name="product_id" value="4451">',
        '<input name="quantity" value="2">', '<select name="size"><option>S</option><option>M</option></select>',
        '<select name="country"><option>Germany</option><option>France</option></select>',
        '<input name="coupon" placeholder="Gutscheincode" value="SUMMER24">',
        '<input type="search" name="q" placeholder="Search" value="air max 90">',
        '<select name="shipping_country"><option>Deutschland</option><option>Österreich</option></select>',
        '<input name="city" placeholder="Filter by city" value="Berlin">',
        '<input name="display_name" value="Summer Sale">',
    ],
}

PERSONAL_FREE_TEXT = [
    'a:1:{s:9:"last_name";s:5:"Smith";}', 'last_name|s:5:"Smith";', 'a:1:{s:8:"lastname";s:5:"Smith";}',
    'a:1:{s:9:"last_name";i:5;}', 'O:8:"Customer":1:{s:9:"last_name";s:5:"Smith";}', "'last_name' => 'Smith'",
    '"last_name" => "Smith"', 'last_name => Smith', ':last_name => "Smith"', 'last_name: "Smith" =>',
    '{:last_name => "Smith"}', '%{last_name: "Smith"}', "{last_name => 'Smith'}", 'Customer(lastName: "Smith")',
    'Customer(lastName = "Smith")', 'Customer(last_name="Smith")', 'new Customer { LastName = "Smith" }',
    "Customer{lastName='Smith'}", 'Customer[lastName=Smith]', 'Customer(id: 1, lastName: Smith)',
    '[["last_name", "Smith"]]', "[('last_name', 'Smith')]", '(("last_name", "Smith"),)', "['last_name' , 'Smith']",
    '<key>lastName</key><string>Smith</string>', '<key>lastName</key>\n<string>Smith</string>',
    '<key>email</key><string>jo@example.com</string>', '<dict><key>LastName</key><string>Smith</string></dict>',
    '(&(objectClass=person)(sn=Smith))', '(|(sn=Smith)(givenName=Jo))', '(&(sn=Smith))',
    '(&(objectClass=user)(sAMAccountName=jsmith))', '(&(objectClass=person)(displayName=Jo Smith))',
    '(&(objectClass=person)(postalCode=10115))', '(&(uid=jsmith)(objectClass=person))',
    '<input id="last_name" value="Smith">', '<input placeholder="Last name" value="Smith">',
    '<input aria-label="Nachname" value="Schmidt">', '<label for="ln">Last name</label><input id="ln" value="Smith">',
    '<label>Last name <input value="Smith"></label>', '<input autocomplete="family-name" value="Smith">',
    '<input title="Surname" value="Smith">', '<textarea id="address">1 Main St</textarea>',
    '<select id="birth_year"><option selected>1985</option></select>', '<input id=last_name value=Smith>',
    '<INPUT ID="LAST_NAME" VALUE="SMITH">', '<input value="Smith" id="last_name">',
    '<label for="ln">Last name</label><br><input id="ln" value="Smith">', '<span>Last name</span><input value="Smith">',
    '<div class="field"><label>Last name</label><input value="Smith"></div>', 'eyJsYXN0X25hbWUiOiAiU21pdGgifQ==',
    '7b226c6173745f6e616d65223a2022536d697468227d', 'eyJmaXJzdF9uYW1lIjogIkpvIiwgImxhc3RfbmFtZSI6ICJTbWl0aCJ9',
    'eyJ1cG4iOiAiam8uc21pdGhAY29udG9zby5jb20ifQ', 'eyJ1bmlxdWVfbmFtZSI6ICJqby5zbWl0aEBjb250b3NvLmNvbSJ9',
    'eyJnaXZlbl9uYW1lIjogIkpvIiwgImZhbWlseV9uYW1lIjogIlNtaXRoIn0', 'Zmlyc3RfbmFtZT1KbyZsYXN0X25hbWU9U21pdGg',
    'bmFtZT1KbyBTbWl0aA', 'eyJuYW1lIjogIkpvIFNtaXRoIn0',
    'eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogIkpvIFNtaXRoIiwgImlhdCI6IDE1MTYyMzkwMjJ9',
    'eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiAiam8uc21pdGgifQ', 'eyJwYXlsb2FkIjogImV5SnNZWE4wWDI1aGJXVWlPaUFpVTIxcGRHZ2lmUSJ9',
    'Customer(lastName:"Smith")', 'Customer (lastName: "Smith")', 'Customer(\n  lastName: "Smith"\n)',
    '{"last_name", "Smith"}', '(&(objectClass=person)(l=Berlin))', '<input data-label="Last name" value="Smith">',
]

LEAKED_FREE_TEXT: Dict[str, List[str]] = {
    (
        "an LDAP item outside a filter's `&`, `|`, `!` (accepted, closer 43: `(sn=…)` is read only in a filter's "
        "layout, a lone `(key=value)` in brackets is a product's note as often)"
    ): [
        '(sn=Smith)',
    ],
}

ORDINARY_CONTENT_IDS = [
    '4451,4452,4453', 'AM90-ORG-42,AM90-ORG-43', 'SKU-1 (black),SKU-2 (white)', '4451 (Größe M),4452 (Größe L)',
    '4451(M),4452(L)', 'AM90=2,AF1=1', 'color=orange,size=42', 'sku=4451,sku=4452', 'id=4451,qty=2', '{4451},{4452}',
    '4451 (Paris),4452 (Berlin)', 'set{4451,4452}', 'gid://shopify/Product/4451,gid://shopify/Product/4452',
    'shopify_DE_4451_40001,shopify_DE_4452_40002', '4451-orange-42,4452-white-43', 'AM90 (Orange 42),AF1 (White 43)',
    '4451 (Bundle: 3),4452 (Bundle: 6)', '4451 (Gift: yes),4452', 'SKU(4451),SKU(4452)',
    '4451,4452\n4453',
]

DROPPED_CONTENT_IDS: Dict[str, List[str]] = {
    (
        "a market's or a product's attribute among ids written as `key=value` (accepted, closer 53: "
        "commerce._flat_products reads a record whole with its keys, so that a directory's name, `CN=Jo Smith,"
        "OU=Sales`, is read in its layout; the commas then join a value to the next piece, `country` holds `DE,4451`)"
    ): [
        'country=DE,4451', 'city=Paris,sku=4451', 'name=Air Max 90,name=Air Force 1',
    ],
}

PERSONAL_CONTENT_IDS = [
    'first_name=Jo,last_name=Smith', 'ART-36,first_name,last_name\nJo,Smith',
    "INSERT INTO customers (first_name,last_name) VALUES ('Jo','Smith')", 'CN=Jo Smith,OU=Sales,DC=example,DC=com',
    '4451,last_name=Smith', '4451;last_name=Smith', '4451,{"last_name":"Smith"}', '4451,Customer(lastName: "Smith")',
    '4451,name=Jo Smith', '4451,name: Jo Smith', '4451,Last name: Smith', '4451,LN=Smith', '4451,jo.smith@example.com',
    '4451,06 12 34 56 78', '4451,+33612345678',
    '4451,lastname:Smith', '4451,last_name:Smith', '4451,surname Smith', '4451,Nachname: Schmidt',
    '4451,customer:Jo Smith', '4451,last_name Smith',
]

LEAKED_CONTENT_IDS: Dict[str, List[str]] = {
    (
        "a name alone among ids, or in brackets after one (older: `content_ids` pieces are judged as ids, which "
        "hold no name's reading)"
    ): [
        '4451,Jo Smith', '4451 (Jo Smith)',
    ],
}

globals().update(review_tests(globals()))


@pytest.mark.parametrize("value", with_expected_failures(ORDINARY_FREE_TEXT, DROPPED_FREE_TEXT))
def test_ordinary_free_text_goes_out(value: str) -> None:
    assert privacy.free_text(value) == value.strip()


@pytest.mark.parametrize("value", with_expected_failures(PERSONAL_FREE_TEXT, LEAKED_FREE_TEXT))
def test_personal_free_text_is_left_out(value: str) -> None:
    assert privacy.free_text(value) == ""


def _ids_sent(content_ids: str) -> List[str]:
    products, _ = commerce.products_of({"content_ids": content_ids}, [])
    return [content["id"] for content in commerce.contents_of(products)[0]]


@pytest.mark.parametrize("value", with_expected_failures(ORDINARY_CONTENT_IDS, DROPPED_CONTENT_IDS))
def test_ordinary_content_ids_go_out_whole(value: str) -> None:
    assert _ids_sent(value) == [part.strip() for part in value.split(",") if part.strip()]


@pytest.mark.parametrize("value", with_expected_failures(PERSONAL_CONTENT_IDS, LEAKED_CONTENT_IDS))
def test_personal_content_ids_send_the_product_alone(value: str) -> None:
    assert all(sent == "4451" for sent in _ids_sent(value))
