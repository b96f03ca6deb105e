"""Review 21: session 21's new gate rules (emoji and drawn letters read as `@`, letters spelled out or in leet next to
a word for `@`, a webmail provider's name labelling a handle, networks' and payment apps' handles, links and keys, digit
groups apart by one repeated separator joined when they check, numbers written backwards, letters for digits, number
words glued or dashed, countdowns and counted lists, IPv6 with other separators, the keys a message may name) attacked
both ways by an outsider who has read them: ordinary shop values near those rules that must go out, and personal near
variants that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by privacy.clean_url.
What fails today is a strict expected failure grouped by family, each naming the rule that decides it."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    "Seznam produktu tricko_cerne", "QQ music.vip gift card", "Yahoo Finance: stock.market poster",
    "Laposte colissimo_eco envoi", "iCloud+ storage.plan 200 GB", "Orange (color) tshirt_basic",
    "Hoodie ultra_soft on Orange", "Y2K jeans at asos.com", "4K TV at Target.com",
    "H2O bottle at rei.com", "mp3 player at amazon.de", "S.W.A.T. Team Kit at Walmart.com",
    "L O V E necklace at Etsy.com", "D-I-Y kit at Bauhaus.de", "A B C blocks at toys.com",
    "G7 laptop at lenovo.com", "3M tape at homedepot.com", "K2 skis at rei.com",
    "🎯 target.com weekly ad", "Goals 🎯 reached at nike.com", "🐌 slow cooker at kohls.com",
    "Blood type 🅰 sticker", "🅰🅱 sticker set", "Grade 🅰 quality at shop.de", "Anarchy Ⓐ patch",
    "Punk Ⓐ logo shirt", "🇩🇪 🇦🇹 🇨🇭 shipping from shop.de", "Versand 🇩🇪 🇦🇹 🇨🇭", "Made in 🇦🇹 Austria",
    "Lieferung 🇦🇹 nach Wien", "Sync ✅ Outlook ✅ PC", "Calendar 📅 Outlook ⭐ UK", "Team 🅰 jersey",
    "Plan 🅰 or Plan 🅱", "New 🌀 fan at argos.co.uk", "Volumes 1 ✦ 2 ✦ 3 ✦ 4", "Ages 3 ★ 5 ★ 7 ★ 9",
    "Years 1990 2000 2010 2020", "SAGE 50 2024", "ABBA 1974 2024", "ZEISS 50 135",
    "SOS 112 911 sticker", "Galaxy A35 5G 128GB", "Paper A0 A1 A2 A3 A4 A5", "Sizes 36/38/40/42/44",
    "Gmail sticker pack", "Outlook 2021 Home and Student", "Orange Tee size M",
    "Proton X70 floor mats", "Yahoo Finance book", "Libero jersey 2024", "Seznam produktů",
    "QQ music gift card", "Outlook Express retro mug", "Hotmail nostalgia tee", "Zoho CRM course",
    "Tuta sticker", "iCloud 200 GB plan", "Naver webtoon 30 days", "Gmail for Business guide",
    "Orange juice 1 l", "Proton pack replica", "Libero size L", "Orange: new season", "Outlook: sunny",
    "Gmail: support", "Instagram Story Template pack", "PayPal Gift Card 50 EUR",
    "Snap Button Kit 200 pcs", "Discord Nitro gift", "X-Large t-shirt", "Model X: P100D",
    "TikTok LED ring light", "Facebook Portal stand", "Twitter bird plush", "Venmo card sleeve",
    "Revolut card holder", "Swish payment sign", "Twint QR stand", "Cash App card skin",
    "Insta camera 360", "Instax mini 12 film", "Zelle sticker", "Kik scooter 200 mm",
    "Lydia dress blue", "Vipps sticker", "MobilePay sign", "GCash load card", "Messenger bag leather",
    "Bluesky poster A3", "Discord server banner", "Snapchat Spectacles 3", "Sizes 36*38*40*42",
    "Packs 10, 20, 30, 40", "Packs 12; 24; 36; 48", "Lengths 10 x 20 x 30 x 40",
    "Sizes 5 ~ 6 ~ 7 ~ 8 ~ 9", "Ring 48 ~ 50 ~ 52 ~ 54", "Countdown 10 9 8 7 6 5 4 3 2 1",
    "Years 2020 2021 2022 2023 2024", "Sizes 34 36 38 40 42 44", "Bingo 1 2 3 4 5 6 7 8 9 10",
    "Sizes 98 104 110 116 122 128", "EU 40 41 42 43 44 45 46", "Sizes 8 10 12 14 16 18",
    "Windows 11 Pro 10.0.22631.4460", "ver 10.0.19045.5131", "Lenovo 20XW00K0GE", "Dell 5420 i5 8 GB",
    "Bose QC45 white", "ISO 9001 certified", "BIO Kaffee 500 g", "GEO Saison 2024", "ABBA Gold CD",
    "ZEISS Batis 85 mm", "SOS Kinderdorf Spende", "Sony A7 IV body", "Canon R6 II kit", "Nikon Z6 III",
    "Fuji X100VI silver", "Samsung S24 256 GB", "Pixel 9 Pro 128 GB", "Apple Watch S9 45 mm",
    "AirPods Pro 2 USB-C", "Xbox Series X 1 TB", "PS5 Slim Digital", "Switch OLED white",
    "Steam Deck 512 GB", "Lego 10316 Rivendell", "Lego 42115 Lamborghini", "Gmail ✉ stickers",
    "Outlook 📅 planner 2025", "🎁 Gift ideas under 50 €", "🔥 Hot deals today", "✨ New arrivals ✨",
    "💥 Flash sale 💥", "🎄 Christmas 2025 🎄", "⭐ Bestseller ⭐", "🇫🇷 Livraison en France",
    "🇩🇪 Versand aus Deutschland", "🇦🇹 Österreich Edition", "Ⓡ registered brand", "© 2025 Shop GmbH",
    "™ Trademark notice", "🅿 parking sign", "🆕 new label", "🆗 ok button", "🅾 blood type sticker",
    "Ⓜ metro sign", "Ⓟ parking", "T-shirt 'basic_fit' (cotton)", "Sneaker air.max.90 white",
    "Config file settings.json for Outlook", "report.pdf via Gmail", "Node.js in Outlook add-in",
    "Vintage.shop Orange Tee", "Gmail: support team", "Outlook 2.0 theme", "gmail.com mug",
    "outlook: config.json", "Chef.knife set", "Dr. Martens 1460 black", "St. Patrick's Day hat",
    "Mr. & Mrs. mugs", "U.S. Polo Assn. shirt", "Yahoo! Japan gift card", "Proton Saga 2024 mats",
    "Orange County Choppers tee", "Orange Is the New Black DVD", "Free.fr Freebox Pop", "Web.de Club",
    "GMX Mail app guide", "AOL CD collector item", "MSN Messenger nostalgia tee", "Sina Weibo fan tee",
    "Daum Kakao sticker", "Rambler bike 26", "Seznam.cz sticker", "Libero 2 l water bottle",
    "Comcast Xfinity XB8", "Bluewin TV box", "Zoho One license", "Tuta Secure notebook",
    "Yandex Station Mini", "Naver Line friends plush", "QQ penguin plush",
    "Chaussures de running orange fluo 42", "Scarpe da corsa arancione 43",
    "Zapatillas naranja talla 41", "Laufschuhe Orange Gr. 44", "Hardloopschoenen oranje maat 42",
    "Buty do biegania pomarańczowe 40", "Běžecké boty oranžové 42", "Koşu ayakkabısı turuncu 43",
    "Беговые кроссовки оранжевые 42", "ランニングシューズ オレンジ 27cm", "跑步鞋 橙色 42码", "러닝화 오렌지 270",
    "Orange Livebox 6 Wi-Fi", "Orange Flybox 4G", "Forfait Orange 5G 100 Go",
    "Outlook-Kalender 2025 A5", "Agenda Outlook 2025", "Gmail-Aufkleber 3 Stück",
    "Yahoo Auctions Japan proxy", "Tempo libero e sport", "Libero pants XL 32 pcs",
    "Seznam zboží na skladě", "Proton Persona 1.6 floor mats", "Tuta Mail stickers",
    "iCloud storage card 50 GB", "Instagram-Vorlagen für Canva", "Modèles Instagram pour Canva",
    "Plantillas de Instagram 30 pack", "TikTok-Ringlicht 26 cm", "Facebook-Werbung Kurs",
    "PayPal-Zahlung möglich", "Paiement PayPal accepté", "Pago con PayPal disponible",
    "Betalen met PayPal of iDEAL", "Płatność BLIK i PayPal", "Bezahlen mit TWINT", "Betala med Swish",
    "Betal med Vipps eller MobilePay", "Pagar con Bizum", "Payez avec Lydia", "Pague com MB WAY",
    "Pay with Venmo or Cash App", "Follow us on Instagram", "Seen on TikTok", "As seen on Facebook",
    "Share on X", "Snap Fasteners 100 sets", "Snapback cap black", "X-Men #1 comic",
    "SpaceX Falcon 9 model 1:72", "Tesla Model X floor mats", "Model Y: 2024 refresh",
    "Discord-Server Banner", "Kik Scooter 200", "Lydia Bluse rot", "Zelle & Co. Buch",
    "Vipps QR-skilt", "GCash sticker", "Revolut Metal", "🎯 Zielscheibe Dart 45 cm",
    "🌀 Ventilator leise", "🐌 Schneckenkorn 1 kg", "🅰 Blutgruppe Aufkleber", "Ⓐ Anarchy Aufnäher",
    "🇦🇹 Flagge 90 x 150 cm", "🇩🇪🇦🇹🇨🇭 DACH Versand", "Dart 🎯 board at argos.co.uk",
    "Sizes 36 • 38 • 40", "Packs 6 • 12 • 24", "Sizes 36, 38, 40, 42", "Packs 12, 24, 48",
    "Lotto 6 aus 49 Tippschein", "EuroMillions ticket", "Bingo cards 1-75", "Sizes 10 12 14 16 18 20",
    "Widths 40 45 50 55 60", "Prices from 10 to 40", "Waist 30 32 34 36 38 40", "ISO 9001",
    "ISO 9001:2015 certified", "DIN EN ISO 20345:2022 S3", "BIO-Siegel EG-Öko-Verordnung",
    "BOSE QuietComfort Ultra", "GEO Epoche 2024", "OBI Gutschein 50 €", "IBIS Hotel voucher",
    "A4 80 g 500 sheets", "A5 notebook 96 pages", "USB-C 3.1 Gen 2 cable 2 m", "HDMI 2.1 8K 2 m",
    "Galaxy S24 SM-S921B 128 GB", "Redmi Note 13 Pro 5G 256 GB", "OnePlus 12R 16/256",
    "Honor 200 Lite 8/256", "Windows 11 Home 64-bit OEM", "Office 2024 Home & Business",
    "Build 26100.2605", "Version 24H2", "Kit 2 x 16 GB DDR5", "SSD 2 TB NVMe PCIe 4.0",
    "Monitor 27 inch 2560 x 1440 165 Hz", "Sofa 3-Sitzer 220 x 95 x 85 cm", "Sale at Zalando.de",
    "Jacke bei Otto.de", "Now 30% off at Asos.com", "Pickup at store 12", "Free shipping at 50 €",
    "Meet us at booth 7", "Summer at home", "Valentine's at Tiffany.com", "Christmas at Harrods.com",
    "Back to school at target.com", "Best price at mediamarkt.de", "Deals at amazon.co.uk",
    "Only at apple.com", "Now at zara.com", "Available at Boots.com", "Exclusive at sephora.fr",
    "Buy at ebay.de", "Shop at Lidl.de", "Order at Bol.com", "Also at Fnac.com", "Größe 36 ", " 38 ",
    " 40 ", " 42", "Taille 38 / 40 / 42", "Talla 36, 38, 40", "Maat 38 – 40 – 42",
    "Misura 40 42 44 46", "Rozmiar 36 38 40 42", "Storlek 36/38/40", "Koko 36, 38, 40, 42",
    "Méret 36 38 40 42", "Velikost 38 40 42 44", "Beden 36 38 40 42", "Размер 44 46 48 50",
    "Μέγεθος 38 40 42", "サイズ 36 38 40 42", "尺码 36 38 40 42", "Mărime 38 40 42", "Veľkosť 36 38 40",
    "Dydis 38 40 42", "Izmērs 36 38 40 42", "Preis 19,99 € statt 29,99 €",
    "Prix 24,90 € au lieu de 39,90 €", "Precio 15,95 € antes 25,95 €",
    "Prezzo 9,90 € invece di 14,90 €", "Prijs € 12,50", "Price $19.99 was $29.99", "Cena 49,99 zł",
    "Pris 199 kr", "Hinta 29,90 €", "Ár 4 990 Ft", "Cena 499 Kč", "Fiyat 299,90 TL", "Цена 1 990 ₽",
    "Τιμή 19,90 €", "価格 2,980円", "价格 ¥199", "가격 29,900원", "Qty 2 x 19.99", "2 × 4.99 €",
    "3 for 2 on all socks",
    # closed by closer 47 (review 21)
    "attribute_pa_color (Orange)",
    "pa_color (orange)",
    "pa_size [orange]",
    "variant_title (Orange)",
    "Libero jersey_2024 size M",
    "Tempo libero: outdoor.camping set",
    "Outlook calendar_sync plugin",
    "Gmail api_key setup guide",
    "Proton: saga.2024 floor mats",
    "Orange: color.code 7",
    "Save cart_items in iCloud",
    "Sync photos_2024 via iCloud",
    "Hotmail classic.theme sticker",
    "Comcast xfinity_router XB8",
    "MSN weather.widget app",
    "Sina weibo_vip card",
    "Naver webtoon_pass 30 days",
    "Zoho books.premium plan",
    "Tuta mail_pro subscription",
    "AOL desktop_gold license",
    "Gmx cloud.storage 100 GB",
    "Yandex plus.multi subscription",
    "Daum cafe_goods keyring",
    "Rambler top_100 badge",
    "Microsoft Outlook - inbox_zero course",
    "Office 365 Outlook: shared.mailbox guide",
    "Mail.ru cloud_backup 1 TB",
    "Free.fr freebox_delta router",
    "Web.de club.smart abo",
    "libero tshirt_team (orange)",
    "basic_tee (orange)",
    "air_max (orange)",
    "Sneaker air_max_90 (Orange)",
    "size_xl [orange]",
    "Bluewin tv_box remote",
    "Wanadoo retro.logo mug",
    "PS5 at bestbuy.com",
    "PS5 at BestBuy.com",
    "iPhone15 at apple.com",
    "Xbox360 at ebay.com",
    "B2B at alibaba.com",
    "Win11 at microsoft.com",
    '"Summer Sale" at Macys.com',
    '"Black Friday" at Amazon.com',
    '"Big Deal" at costco.com',
    '"Red Dress" at zara.com',
    "Pixel8 at store.google.com",
    "R2D2 at lego.com",
    "C3PO at disney.com",
    "W40 at wd40.com",
    '"Air Max" at nike.com',
    '"Gift Cards" at target.com',
    "Best deals 🎯 Target.com",
    "Spin 🌀 dyson.com",
    "Escargots 🐌 bourgogne.fr",
    "Works 👉 Gmail 👉 UK",
    "Sale 🎯 hm.com",
    # closed by closer 46 (review 21): kept as tests
    "Facebook: pixel_id setup",
    "TikTok: events_api",
    "Instagram: shopping_tags",
    "PayPal: smart_buttons",
    "Snap: conversions_api",
    "X: ads_pixel",
    "Source: Facebook: catalog_sync",
    "PayPal: PAYID-M12345",
    "Paid with PayPal: txn_3f9a",
    "Instagram: story_template.psd",
    "Instagram: Template_01 pack",
    "TikTok: trending.sounds 2024",
    "Facebook: Ads_Manager course",
    "IG: summer_sale lookbook",
    "FB: shop_now banner",
    "X: size_xl long",
    "Tesla Model X: long_range mats",
    "Snap: hook_set 10 pcs",
    "SC: usb_cable 2 m",
    "DC: power_supply 12V",
    "PayPal: pay_later option",
    "PayPal → checkout_v2 button",
    "Venmo: split_bill feature",
    "Twint: qr_code sticker",
    "Swish: qr_code stand",
    "Discord: nitro_basic 1 month",
    "Kik: starter_pack",
    "Bluesky: starter.pack poster",
    "Revolut: metal_card sleeve",
    "Cash App: card_design sticker",
    "Zelle: pay.now sticker",
    "Messenger: chat_bot template",
    "Dimension X = width_120",
    "Kerbal SC: mk2_parts",
    "tg=ab_test",
    "tiktok.com/trending",
    "tiktok.com/coins",
    "facebook.com/bookmarks",
    "facebook.com/saved",
    "x.com/premium",
    "twitter.com/compose",
    "tiktok.com/safety",
    "tiktok.com/transparency",
    "tiktok.com/community-guidelines",
    "instagram.com/download",
    "venmo.com/card",
    "instagram.com/shop",
    "Shop on tiktok.com/shop",
    "Visit tiktok.com/foryou",
    "Watch on tiktok.com/live",
    "Join facebook.com/gaming",
    "See facebook.com/offers",
    "Shop facebook.com/shops",
    "Post on x.com/compose",
    "Upload at tiktok.com/upload",
    "Donate facebook.com/fundraisers",
    "Read tiktok.com/discover",
]

DROPPED: Dict[str, List[str]] = {
    (
        "a brand's own `@handle` after its network's name (handles._network_account; accepted, closer 46): an "
        "account on a network is the holder's whoever holds it, and a shop's `@nike` is written as a visitor's "
        "`@josmith` is, so the README leaves a shop's own account out with a visitor's (an attribute after a "
        "network's label, `Instagram: story_template`, now goes out: closer 46)"
    ): [
        "Instagram @nike", "Follow us on TikTok @zara", "Follow us on Instagram @nike.store",
    ],
    (
        "older number rules, not this session's (detector._number_reason and the run rules), left open by closer "
        "48: 0815/4711/1234 is a trunk 0 and twelve digits in groups of one width, a layout German numbers take; "
        "makers' long part numbers with no check to read (Philips' 871951434068000 is no GTIN: its GS1 check digit "
        "fails, as Bosch's 3165140836427's does) are 15 digits a country's plan may hold, 13 in a phone's groups"
    ): [
        "Ref 0815/4711/1234",
        "Philips 871951434068000",
        "Bosch 3 165 140 836 427",
    ],
    (
        "sixteen digits whose reverse passes Luhn (detector._reversed_reason, this session): a shop's "
        "16-digit reference after a label that is not a code label's is a card once in ten more; closer 48 "
        "wants an issuer's range and length read back (_issued_card): 9.2 % of random `Ref` + 16 digits refused "
        "before, 7.0 % now, 5.0 % by the forward reading alone; these two read back open with UnionPay's 62 and "
        "Mastercard's 2296, real ranges (accepted, to keep reversed cards)"
    ): [
        "Ref 8579659252558826", "Ref 1047858268266922",
    ],
}

PERSONAL = [
    "j|o|s|m|i|t|h@gmail.com", "4765 4321 60", "47 65 43 21 6 33+", "call 4765432160",
    "jo.smith (gmail)", "GMAIL: JO.SMITH", "Gmail - jo.smith", "Gmail — jo.smith",
    "mi gmail es jo.smith", "meine Gmail ist jo.smith", "il mio gmail è jo.smith", "IG → jo_smith",
    "Instagram:jo.smith", "Snapchat: josmith85", "FB: jo.smith", "instagram.com/jo.smith?igsh=abc",
    "www.instagram.com/jo.smith/", "tiktok.com/@jo.smith/video/7300000000000000000",
    "06 ❤️ 12 ❤️ 34 ❤️ 56 ❤️ 74", "06 👍🏽 12 👍🏽 34 👍🏽 56 👍🏽 74",
    "06 👨‍👩‍👧 12 👨‍👩‍👧 34 👨‍👩‍👧 56 👨‍👩‍👧 74", "4539 ⭐⭐⭐ 1488 ⭐⭐⭐ 0343 ⭐⭐⭐ 6467", "7646-3430-8841-9354",
    "O6.I2.34.S6.74", "O6I2345674", "zero6one2three4five6seven4",
    "2a02 ✨ 8109 ✨ 1234 ✨ 5678 ✨ 0 ✨ 0 ✨ 0 ✨ 1", "2a02 · 8109 · 1234 · 5678 · 0 · 0 · 0 · 1",
    "81 👉 2 👉 69 👉 160", "Gmail: jo.smith", "my gmail is jo.smith", "icloud ➜ jo.smith",
    "write me on gmail, jo.smith", "jo.smith [gmail]", "jo.smith on gmail", "jo.smith bei gmx",
    "Orange: jo.smith", "jo.smith (orange)", "yahoo: jo_smith85", "outlook = jo.smith",
    "hotmail → jo.smith", "jo.smith via outlook", "mirelqa.k (hotmail)", "Proton: jo.smith",
    "Zoho: jo.smith", "web.de: jo.smith", "free.fr: jo.smith", "Instagram: jo.smith",
    "Insta: jo_smith", "IG: jo.smith85", "TikTok: @jo.smith", "Snap: jo_smith", "X: jo_smith85",
    "Facebook: jo.smith.85", "Discord: jo_smith#1234", "Kik: jo.smith", "PayPal: jo.smith",
    "Venmo @Jo-Smith-12", "Cash App $josmith", "cashapp $josmith", "Revolut: jo.smith",
    "Swish → jo.smith", "Zelle: jo_smith", "instagram.com/jo.smith", "facebook.com/jo.smith.85",
    "x.com/jo_smith", "twitter.com/jo_smith", "threads.net/@jo.smith", "tiktok.com/@jo.smith",
    "snapchat.com/add/jo_smith", "m.me/jo.smith", "paypal.me/JoSmith", "venmo.com/u/Jo-Smith-12",
    "cash.app/$josmith", "revolut.me/josmith", "instagr.am/jo.smith", "j o s m i t h at gmail dot com",
    "j-o-s-m-i-t-h at gmail.com", "j.o.s.m.i.t.h at gmail.com", "j_o_s_m_i_t_h at gmail.com",
    "v3xm0rr4 at gm41l d0t c0m", "v3xm0rr4 at gmail.com", "\"jo smith\" at example.com",
    "\"mirela kowalska\" at gmail.com", "j*o*s*m*i*t*h at gmail dot com", "jo 🌀 gmail.com",
    "jo 🐌 gmail.com", "jo 🎯 gmail.com", "josmith 🅐 gmail.com", "josmith 🅰 gmail.com",
    "josmith Ⓐ gmail.com", "josmith 🄰 gmail.com", "jo 😀 smith 👉 gmail 👉 com", "0.6.1.2.3.4.5.6.7.4",
    "06 ✨ 12 ✨ 34 ✨ 56 ✨ 74", "06 x 12 x 34 x 56 x 74", "06*12*34*56*74", "06;12;34;56;74",
    "06, 12, 34, 56, 74", "4539 ✨ 1488 ✨ 0343 ✨ 6467", "4539*1488*0343*6467", "4539;1488;0343;6467",
    "3782 ✨ 822463 ✨ 10005", "DE89 ✨ 3704 ✨ 0044 ✨ 0532 ✨ 0130 ✨ 00", "DE89*3704*0044*0532*0130*00",
    "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0", "81 ✨ 2 ✨ 69 ✨ 160", "81•2•69•160",
    "81 ★ 2 ★ 69 ★ 160", "+33 ✨ 6 ✨ 12 ✨ 34 ✨ 56 ✨ 74", "(06) ✨ 12 ✨ 34 ✨ 56 ✨ 74",
    "2a02 8109 1234 5678 0 0 0 1", "2a02-8109-1234-5678-0000-0000-0000-0001",
    "2a02_8109_1234_5678_0000_0000_0000_0001", "fe80 1 2 3 4 5 6 7a", "fd12 3456 789a 1 0 0 0 1",
    "7646343088419354", "7646 3430 8841 9354", "47 65 43 21 60", "47.65.43.21.60",
    "call 47 65 43 21 60", "00 0310 2350 4400 4073 98ED", "4I5-8E9-Z746", "OG 7I 3B SZ 9A",
    "O6 I2 3A 5G 7A", "zerosixseventyone385294", "zero-six-seven-one-three-eight-five-two-nine-four",
    "001a-2b3c-4d5e", "mac 0:1a:2b:3c:4d:5e", "router0x51.0x02.0x45.0xa0", "Royal Mail 0612345674",
    # closed by closer 47 (review 21)
    "jo.smith | hotmail",
    "Gmail | jo.smith",
    "Gmail » jo.smith",
    "Gmail • jo.smith",
    "Gmail / jo.smith",
    "Gmail; jo.smith",
    "Gmail account jo.smith",
    "Gmail-Adresse: jo.smith",
    "Gmail-Konto jo.smith",
    "mój gmail to jo.smith",
    "min gmail är jo.smith",
    "josmith85 (gmail)",
    "jo-smith (gmail)",
    "jo.smith, gmail",
    "jo.smith - yahoo",
    "Gmail: mirelqa85",
    "jo 🐒 gmail.com",
    "jo 🐵 gmail.com",
    "jo 🐶 gmail.com",
    "jo 🐭 gmail.com",
    "jo 🐈 gmail.com",
    "jo 🐘 gmail.com",
    "jo 🦆 gmail.com",
    "jo 🐛 gmail.com",
    "jo 🍥 gmail.com",
    "jo ꩜ gmail.com",
    "jo 🄐 gmail.com",
    "jo • gmail • com",
    "jo → gmail → com",
    "jo ⟶ gmail ⟶ com",
    "jo ★ gmail ★ com",
    "posteo: jo.smith",
    "t-online: jo.smith",
    "fastmail: jo.smith",
    "live: jo.smith",
    "hey.com: jo.smith",
    "mailbox.org: jo.smith",
    "163: jo.smith",
    "126: jo.smith",
    "jo.smith (posteo)",
    "jo.smith (t-online)",
    "jo.smith sur orange",
    "jo ✨ gmail ✨ com",
    "moc.liamg@htimsoj",
    "j/o/s/m/i/t/h at gmail.com",
    "v3xm0rr4 4t gm41l d0t c0m",
    # closed by closer 46 (review 21): kept as tests
    "Instagram - jo.smith",
    "Instagram » jo.smith",
    "Venmo - @jo-smith",
    "Pinterest: jo.smith",
    "Twitch: jo_smith",
    "YouTube: @josmith",
    "LinkedIn: jo-smith-1234",
    "Reddit: u/jo_smith",
    "Wise: jo.smith",
    "Monzo: jo.smith",
    "IG - jo.smith",
    "facebook.com/profile.php?id=100012345678",
    "facebook.com/people/Jo-Smith/100012345678",
    "x.com/jo_smith/status/1800000000000000000",
    "instagram.com/jo.smith/reels",
    "ko-fi.com/josmith",
    "buymeacoffee.com/josmith",
    "linktr.ee/josmith",
    "patreon.com/josmith",
    "onlyfans.com/josmith",
    "youtube.com/@josmith",
    "pinterest.com/josmith",
    "linkedin.com/in/jo-smith",
    "twitch.tv/josmith",
    "monzo.me/josmith",
]

LEAKS: Dict[str, List[str]] = {
    (
        "a mailbox beside a provider in another layout (provider_handles: closer 47 reads bars, slashes, `;`, "
        "`»`, bullets, account words, a possessive's verb, a birth year's digits, dashed local parts in brackets): "
        "a local part of letters and digits beside a provider with no mark in the value (`mirelqa85 on gmail`: "
        "the detector asks for `.`, `_`, `-`, `:` or a bracket before it reads a provider's name, as most titles "
        "hold none); `jo.smith ` and ` hotmail` alone name no mailbox (a local part without its provider, a "
        "provider without a local part: not claimed)"
    ): [
        "jo.smith ", " hotmail",
        "mirelqa85 on gmail",
    ],
    (
        "pictures for `@` around a name and a top-level domain that are not a large provider's written with a dot "
        "(canonical._PICTURED_AT, closer 47: any mark that is no letter, digit, blank nor ASCII between a local "
        "part and a provider's name or domain, or a mailbox-shaped local part and any domain): a country's "
        "provider or any name with its top-level domain after a second picture and no dot in the value (the "
        "detector asks an emoji value for a `.`, or a large provider's name, before it reads pictures: most "
        "titles with emoji name neither)"
    ): [
        "jo 😀 web 👉 de",
        "jo 😀 example 👉 com",
    ],
    (
        "an account of letters alone after a network's label, or after a blank alone (handles._network_account; "
        "accepted, closer 46): `Instagram: new`, `Instagram Story_01` are a product's words in the same layouts "
        "(Pinterest, Twitch, YouTube, LinkedIn, Reddit, Wise, Monzo and ` - ` are read: closer 46); Threads, a "
        "sewing thread's word (`Threads: cotton_50wt`), is read before `@` alone"
    ): [
        "Instagram: josmith", "Instagram jo.smith_85", "Threads: jo.smith",
    ],
    (
        "a phone's groups apart by one symbol in a layout _one_number does not take, left open by closer 48: "
        "a flag is read as its two capitals (canonical: ` FR ` is a word between numbers), an IPv4 address and "
        "its port (a rating's `5 ★ 4 ★ 3 ★ 2 ★ 1` has that shape), two symbols alternating (one separator "
        "repeated is what _APART_RUN reads, by back-reference: linear)"
    ): [
        "06 🇫🇷 12 🇫🇷 34 🇫🇷 56 🇫🇷 74", "81 ✨ 2 ✨ 69 ✨ 160 ✨ 443",
        "06✨12⭐34✨56⭐74",
    ],
    (
        "other shortcuts: Orange after `sur` (a word provider wants a bracket), ✨ around a provider, glued "
        "number words with one digit group, a MAC's halves with the device word after, an address written "
        "backwards (no reversed reading of `@` text), an address's letters apart by bars"
    ): [
        "zerosix71385294", "aabbcc-ddeeff mac",
        ],
    (
        "number words glued in another language (assembled.glued_number reads English words, in any case since "
        "closer 48; German's glued words are left open)"
    ): [
        "nullsechseinszweidreiviernfünfsechssiebenvier",
    ],
    (
        "letters for digits in lower case beyond o and l (`s6` for 56: _LETTERED_GROUP), left open by closer 48: "
        "its cheap gate is a capital Z, S, B, G, E or A in the value; a lower-case `s` is in most titles, whose "
        "every value would pay the scan"
    ): [
        "O6 l2 34 s6 74",
    ],
}

ORDINARY_KEYS = [
    "paypal_fee", "paypal_order_id", "paypal_transaction_id", "paypal_express", "paypal_button_color",
    "venmo_enabled", "twint_available", "blik_code", "insta_feed", "insta_post_id", "tg_campaign",
    "snap_pixel_id", "signal_strength", "ship_zone", "shipzone", "ship_method", "ship_date",
    "ship_speed", "bill_cycle", "billing_cycle", "shipstation_id", "shipStationId", "ship_line",
    "bill_line", "homepage", "home_page", "big_mac_qty", "mac_cosmetics_sku", "yas_marina_ticket",
    "konto_typ", "konto_type", "rib_knit", "rib_eye_weight", "ship_from_region", "shipping_rate",
    "shipping_lines", "paypal_status", "paypal_capture_id", "paypal_intent", "paypal_funding_source",
    "venmo_eligible", "payment_gateway", "gateway_name", "instagram_post_url", "instagram_media_id",
    "tiktok_video_id", "tiktok_pixel", "twitter_card", "facebook_pixel_id", "fb_content_type",
    "ig_story_id", "snap_ad_id", "snapchat_pixel", "discord_invite", "telegram_channel",
    "signal_strength_dbm", "signal_quality", "x_coordinate", "x_axis", "tg_type", "rib_width",
    "rib_knit_cuff", "ribbon_color", "kontor", "shipping_speed", "ship_to_country_required",
    "ship_via", "shipvia", "bill_type", "billable", "billing_interval", "homepage_banner",
    "homeware_category", "home_delivery", "mac_lipstick_shade", "macaron_flavor", "mach_speed",
    "big_mac_meal", "wifi_enabled", "bluetooth_version", "lan_speed", "device_type", "router_brand",
    "age_restriction", "age_verification", "region_lock", "nac_region", "dt_created", "fecha_pedido",
    "data_pedido", "geb_pack", "yas_category", "vek_series", "umri_range", "patronymic_filter",
    "anne_collection", "padre_pio_medal", "madre_perla", "shipping_tier", "payment_type",
    "item_list_name", "affiliation", "location_id", "creative_slot", "promotion_name", "coupon",
    "shipping_method", "shipping_description", "base_shipping_amount", "store_region", "sales_region",
    "paypal_payer_status", "mbway_enabled", "gcash_enabled", "zelle_supported", "vipps_express",
    "mobilepay_enabled", "revolut_pay", "cashapp_pay", "twint_qr", "paylib_enabled", "ship_to_store",
    "shippingzone", "shipcost", "shipfee", "billamount", "billtotal", "mac_compatible",
    "macbook_model", "device_model", "router_model", "wifi_standard", "bt_version", "lan_ports",
    "host_name", "ip_rating", "ip_version", "age_rating", "age_group", "region_code", "ort_typ",
    "nac_code", "geb_type", "signal_type", "x_position", "x_offset", "snap_points", "snap_grid",
    "insta_shop",
    # closed by closer 46 (review 21): kept as tests
    "paypal",
    "swish",
    "twint",
    "blik",
    "bizum",
    "lydia",
    "insta",
    "tg",
]

DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "keys that name a person's data beside a shop's word (accepted, closer 46; a payment app's, `insta`'s "
        "and `tg`'s name alone now go out, the value judged as an account after the name, "
        "handles.account_under_key): `konto` alone is a bank account or a customer's account in German, Polish "
        "and Nordic forms, France's `rib` its bank details (an IBAN and its holder's name, which no value rule "
        "reads); `ship_region_id` is the shipping address's state, coded (Magento's `region_id`); "
        "`client_id` is Google Analytics' id of a browser, an online identifier; `hometown_team` names the "
        "visitor's home town's team; a bill-to company is a sole trader's name as often; `gender` is personal "
        "whatever is before it (`tg_gender`)"
    ): [
        "konto", "rib", "hometown_team", "bill_to_company", "ship_region_id", "client_id", "tg_gender",
    ],
}

PERSONAL_KEYS = [
    "paypal_email", "paypal_mail", "paypal_adresse", "ig_user", "insta_name", "tiktok_handle",
    "snapchat", "instagram", "tiktok", "twitter_handle", "facebook_profile", "x_username",
    "venmoHandle", "cashAppTag", "zelleEmail", "twintNumber", "swishNr", "revolutTag", "bizum_movil",
    "blik_telefon", "discord_tag", "discord", "kik_username", "telegram", "whatsapp_nr", "ig", "fb",
    "wise_email", "chave_pix", "lydia_phone", "mbwayNumber", "paylib_tel", "rib_iban", "konto_inhaber",
    "kontoinhaber", "kontonummer", "ship_city", "shipCity", "billZip", "bill_zip", "billingpostcode",
    "homeaddress", "home_addr", "wifi_mac_addr", "wlanMac", "macAddress", "mac_addr", "bssid_list",
    "geb_dat", "gebdatum", "nac_fecha", "fecha_de_nac", "data_nasc", "edat_client", "usia_pelanggan",
    "yasi", "müşteri_yaş", "paypal_handle", "paypalme", "paypal_me", "venmo_handle", "venmo_username",
    "cashtag", "cashapp_handle", "swish_nummer", "swish_number", "vipps_nr", "gcash_number",
    "mbway_phone", "lydia_tel", "zelle_email", "revolut_tag", "twint_handy", "insta_handle",
    "x_handle", "tg_username", "snap_username", "signal_nr", "signal_number", "wa_link", "walink",
    "nomor_wa", "ship_region", "bill_state", "shipcountry", "shipstate", "billcity", "hometown",
    "homecity", "billingregion", "shipaddress", "wifi_mac", "wlan0_mac", "bt_mac", "device_mac",
    "mac_id", "host_mac", "client_mac", "bssid", "bdaddr", "konto_nr", "kontonr", "bankkonto",
    "konto_klienta", "geb_datum", "fecha_nac", "dt_nasc", "date_naiss", "lieu_de_naiss", "geb_ort",
    "usia", "edat", "yas", "müşteri_yaşı", "vek", "vanus", "mosha", "umri", "celu", "celu_nro",
    "localité", "obec", "город", "hemort", "kotipaikka", "memleket", "pays_natal", "ville_natale",
    "region_klienta", "imie_klienta", "vatersname", "nombre_del_padre", "nome_do_pai", "anne_adi",
    "heimatort", "pix_key", "pinterest_user", "linkedin_url", "reddit_user",
    # closed by closer 46 (review 21): kept as tests
    "monzo_me",
    "wise_tag",
    "monzo_handle",
    "twitch_handle",
    "threads_handle",
    "youtube_handle",
]

LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a payment app's or a network's name alone (accepted, closer 46): `pix` is a payment method's flag as "
        "`paypal` is, its value judged as an account after the name (`?pix=jo.smith` is refused); Signal's and "
        "Snapchat's words are ordinary words; a customer's age in Swahili, Serbian, Czech (the new age words "
        "beside a qualifier the lexicon lacks)"
    ): [
        "pix", "signal", "snap", "umri_mteja", "starost_kupca", "vek_zakaznika",
    ],
    (
        "a ZIP code after `ship` glued and a French RIB's owner (personal_keys: `shipzip`, `rib_client`)"
    ): [
        "shipzip", "rib_client",
    ],
}

ORDINARY_URLS = [
    "https://shop.example.com/p?x=size_xl", "https://shop.example.com/search?q=iso+9001+2015",
    "https://shop.example.com/p/air-max-90?color=orange",
    "https://shop.example.com/p?utm_source=instagram&utm_content=story_template",
    "https://shop.example.com/p?sc=usb_cable", "https://shop.example.com/p/iso-9001-2015-certificate",
    "https://shop.example.com/p?ref=https://www.instagram.com/explore/",
    "https://shop.example.com/p?ref=https://l.instagram.com/",
    "https://shop.example.com/p?q=%F0%9F%8E%AF+target.com",
    "https://shop.example.com/p?region=emea&age=3-5",
    "https://shop.example.com/p?ids=4451;4452;4453;4460",
    "https://shop.example.com/p/philips-871951434068000",
    "https://shop.example.com/p?ua=Windows+NT+10.0.19045.4291",
    "https://shop.example.com/p?utm_source=facebook&utm_medium=paid_social&utm_campaign=bf_2025",
    "https://shop.example.com/p?utm_source=tiktok&utm_medium=cpc&utm_content=video_01",
    "https://shop.example.com/p?utm_source=pinterest&utm_campaign=home_decor",
    "https://shop.example.com/p?variant=43567890123456&currency=EUR",
    "https://shop.example.com/products/air-max-90?variant=41234567890123",
    "https://shop.example.com/?add-to-cart=4451&quantity=2",
    "https://shop.example.com/checkout/?wc-ajax=update_order_review",
    "https://shop.example.com/catalog/product/view/id/4451/s/air-max-90/",
    "https://shop.example.com/p?_ga=2.123456789.987654321.1733130000",
    "https://shop.example.com/p?gclid=Cj0KCQiA_example&gad_source=1",
    "https://shop.example.com/p?ttclid=E.C.P.abc123&utm_source=tiktok",
    "https://shop.example.com/p?sscid=a1k8_abcde",
    "https://shop.example.com/p?color=orange&size=xl&ref=outlook_newsletter",
    "https://shop.example.com/collections/orange?filter.p.m.custom.color=orange",
    "https://shop.example.com/p?q=gmail+sticker",
    "https://shop.example.com/p?q=instagram+story+template",
    "https://shop.example.com/p?q=paypal+gift+card", "https://shop.example.com/p?sizes=36*38*40*42",
    "https://shop.example.com/p?dims=40+x+30+x+20", "https://shop.example.com/p?q=lego+42115",
    "https://shop.example.com/p?utm_source=instagram&utm_medium=social",
    "https://shop.example.com/p?utm_source=tiktok&utm_campaign=summer_sale",
    "https://shop.example.com/p?pay=paypal", "https://shop.example.com/checkout?method=twint",
    "https://shop.example.com/p?region=EMEA", "https://shop.example.com/p?age=18plus",
    "https://shop.example.com/p?age=3-5", "https://shop.example.com/p?ip=65",
    "https://shop.example.com/p?mac=1", "https://shop.example.com/p/gmail-sticker-pack",
    "https://shop.example.com/p/outlook-2021-home", "https://shop.example.com/p?src=fb&campaign=x_mas",
    "https://shop.example.com/p/iso-9001-poster", "https://shop.example.com/p/ps5-slim?ref=bestbuy",
    "https://shop.example.com/p?q=%F0%9F%8E%81+gift", "https://shop.example.com/p/proton-x70-mats",
    "https://shop.example.com/p?ref=instagram.com", "https://shop.example.com/p?ref=tiktok.com",
    "https://shop.example.com/p?build=10.0.22631.4460", "https://shop.example.com/p?q=windows+11+pro",
    "https://shop.example.com/p?ref=facebook.com/groups",
    "https://shop.example.com/p?ref=x.com/explore",
    # closed by closer 47 (review 21)
    "https://shop.example.com/p?q=pa_color+(orange)",
    "https://shop.example.com/p?q=libero+jersey_2024",
    "https://shop.example.com/search?q=libero+jersey_2024",
    "https://shop.example.com/search?q=outlook+calendar_sync",
    # closed by closer 46 (review 21): kept as tests
    "https://shop.example.com/p?ref=ig:summer_sale",
    "https://shop.example.com/p?source=Facebook:catalog_sync",
    "https://shop.example.com/p?tg=ab_test",
    "https://shop.example.com/p?pm=paypal:pay_later",
    "https://shop.example.com/search?q=instagram:+story_template",
    "https://shop.example.com/p?ref=https://www.tiktok.com/foryou",
    "https://shop.example.com/p?ref=https://www.facebook.com/gaming",
    "https://shop.example.com/p?ref=https://www.tiktok.com/shop",
    "https://shop.example.com/p?ref=tiktok.com/shop",
    "https://shop.example.com/p?ref=facebook.com/gaming",
]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        "Facebook's short name as a key (accepted, closer 46): `fb` alone names an account as `ig` and "
        "`facebook` do (PERSONAL_KEYS), whatever its value (`?fb=share_button` was refused before too)"
    ): [
        "https://shop.example.com/p?fb=share_button",
    ],
    (
        "a product's name before `at` and a shop's domain typed in lower case (canonical._at_word_address, "
        "spelled_out.readings): closer 47 reads a model's name by its capitals and digits (`PS5`, `iPhone15`) "
        "and a quoted title by its capitals; a search typed in lower case (`ps5 at bestbuy.com`, `\"black friday\" "
        "at amazon.com`) is shaped as `jo85 at example.com`, `\"jo smith\" at example.com` are: only a table of "
        "shops' sites would tell them apart"
    ): [
        "https://shop.example.com/p?q=%22black+friday%22+at+amazon.com",
        "https://shop.example.com/p?q=ps5+at+bestbuy.com",
        "https://shop.example.com/search?q=%22summer+sale%22+at+macys.com",
    ],
    (
        "four numbers up to 255 apart by a bullet glued between them, left open by closer 48: canonical reads a "
        "`•` as a full stop, and four dotted numbers are an address's own writing (spaced, `36 • 38`, a rising "
        "list after its label goes out)"
    ): [
        "https://shop.example.com/p?sizes=36%E2%80%A238%E2%80%A240%E2%80%A242",
    ],
}

PERSONAL_URLS = [
    "https://shop.example.com/p?q=jo.smith+(gmail)", "https://shop.example.com/p?q=Gmail+-+jo.smith",
    "https://shop.example.com/p?ref=https://www.instagram.com/jo.smith/",
    "https://shop.example.com/p?q=06+%E2%9C%A8+12+%E2%9C%A8+34+%E2%9C%A8+56+%E2%9C%A8+74",
    "https://shop.example.com/p?q=jo+%F0%9F%90%8C+gmail.com",
    "https://shop.example.com/p?q=%22jo+smith%22+at+example.com",
    "https://shop.example.com/p?q=4539,1488,0343,6467",
    "https://shop.example.com/p?q=4539/1488/0343/6467", "https://shop.example.com/p?q=O6+I2+34+56+74",
    "https://shop.example.com/p?q=2a02+8109+1234+5678+0+0+0+1",
    "https://shop.example.com/p?q=47+65+43+21+60", "https://shop.example.com/p?insta=jo.smith",
    "https://shop.example.com/p?ig=jo.smith", "https://shop.example.com/p?paypal=jo.smith",
    "https://shop.example.com/p?venmo=jo-smith", "https://shop.example.com/p?tg=jo_smith",
    "https://shop.example.com/p?q=Instagram:+jo.smith+%F0%9F%93%B8",
    "https://shop.example.com/p?ref=https://www.tiktok.com/@jo.smith",
    "https://shop.example.com/p?ref=https://cash.app/$josmith",
    "https://shop.example.com/p?q=Gmail:+jo.smith", "https://shop.example.com/p?q=Instagram:+jo.smith",
    "https://shop.example.com/p?ref=instagram.com/jo.smith",
    "https://shop.example.com/p?ref=paypal.me/JoSmith",
    "https://shop.example.com/p?q=v3xm0rr4+at+gm41l+d0t+c0m",
    "https://shop.example.com/p?q=jo+%F0%9F%8C%80+gmail.com",
    "https://shop.example.com/p?q=06*12*34*56*74", "https://shop.example.com/p?q=7646343088419354",
    "https://shop.example.com/p?client=81-2-69-160", "https://shop.example.com/p?dev=001a-2b3c-4d5e",
    "https://shop.example.com/p?venmo_handle=jo",
    "https://shop.example.com/p?wifi_mac=00:1a:2b:3c:4d:5e",
    "https://shop.example.com/p?ship_region=Bavaria", "https://shop.example.com/p?konto_nr=12345678",
    "https://shop.example.com/p?q=j+o+s+m+i+t+h+at+gmail+dot+com",
    "https://shop.example.com/p?ip=81.2.69.160", "https://shop.example.com/p?q=jo.smith+(hotmail)",
    # closed by closer 47 (review 21)
    "https://shop.example.com/p?q=Gmail-Adresse:+jo.smith",
    "https://shop.example.com/p?q=posteo:+jo.smith",
    "https://shop.example.com/p?q=jo+%F0%9F%90%B6+gmail.com",
    # closed by closer 46 (review 21): kept as tests
    "https://shop.example.com/p?ref=facebook.com/profile.php%3Fid%3D100012345678",
    "https://shop.example.com/p?ref=https://www.facebook.com/profile.php?id=100012345678",
    "https://shop.example.com/p?ref=https://linktr.ee/josmith",
    "https://shop.example.com/p?pix=jo.smith",
    "https://shop.example.com/p?snap=jo.smith",
    "https://shop.example.com/p?ref=linktr.ee/josmith",
]

LEAKED_URLS: Dict[str, List[str]] = {
    (
        "personal values in URLs in the leak families above (a provider outside the lists, a picture for @); "
        "`?x=jo_smith` is accepted (closer 46): X's name is a coordinate's letter as a key, and `?x=size_xl` has "
        "the same shape"
    ): [
        "https://shop.example.com/p?x=jo_smith",
        ],
}


# Closed by closer 48, passing now (detector: numbers that rise after a label naming no phone are a list; a reversed
# reading needs groups that do not rise and an issuer's range and length; a word of three letters or more before
# numbers is a name; a standard's number and its year; round steps; a phone's groups apart by up to four symbols,
# `00` for `+`, a trunk 0's 3-3-4; IPv6 of digits alone; glued number words in any case; privacy: a query value
# across `;`).
ORDINARY += [
    'Bingo 04, 18, 33, 47, 62',
    'Format 08 x 12 x 15 x 20 x 25 cm',
    'Tiles 06 x 12 x 24 x 36 x 48',
    'EuroMillions 05 • 12 • 23 • 34 • 45',
    'Colours 01/03/07/12/15',
    'Shades 01*05*08*12*20',
    'Lotto 03, 07, 12, 25, 31, 42',
    'Numbers 03, 07, 12, 25, 31',
    'Sizes 04/06/10/12/14',
    'Sizes 08, 10, 14, 16, 18',
    'Items 4451, 4452, 4453, 4460',
    'Ref 05;12;33;47;81',
    'Sizes 05/07/09/12/15',
    'Fits 01 x 03 x 07 x 12 x 15',
    'Ring 05 ~ 06 ~ 08 ~ 10 ~ 13',
    'Farben 02; 05; 09; 11; 17',
    'Tailles 06 / 10 / 12 / 16 / 20',
    'Pins 02*04*09*16*25',
    'Shades 03, 05, 11, 14, 22, 31',
    'Numéros 03 / 17 / 22 / 35 / 41',
    'Lotto 6 aus 49: 03 | 11 | 19 | 27 | 38 | 44',
    'Sizes 06|08|12|14|16',
    'Order 05-11-23-47-81',
    'Farbe 01 - 03 - 07 - 12 - 15',
    'Sizes 02/04/06/08/10',
    'Sizes 01/02/03/04/05',
    'OBI 2024 0815',
    'IBIS 750 1250',
    'ISO 9001 2015',
    'BIO 500 1000',
    'BOSE 700 1000',
    'GEO 2024 1234',
    'Größen 36 · 38 · 40 · 42 · 44',
    'Packs 6 • 12 • 24 • 48',
    'Sizes 36 • 38 • 40 • 42',
    'Sizes 36 · 38 · 40 · 42',
    'Sizes 36 ✦ 38 ✦ 40 ✦ 44',
    'Gauge 10 ◆ 12 ◆ 14 ◆ 16',
    'Watt 25 ★ 40 ★ 60 ★ 100',
    'Cups 70 ◆ 75 ◆ 80 ◆ 85',
    'Prices 10 20 25 30 40',
    'Band sizes 65 70 75 85 90',
    'Discount 10 15 25 40 60',
    'Speeds 15 25 35 45 60',
    'Widths 12 15 18 24 30',
    'Tog 45 55 65 75 90',
    'Ref 1918502566521192',
    'Ref 7967911027502843',
    'build 26100.2314 (24H2)',
    '사이즈 90 95 100 105',
    'ISO 45001 2018',
    'ISO 50001 2018',
    'ISO 14001 2015',
    'ISO 27001 2022 poster',
    'BIO 250 500 750',
]
ORDINARY_URLS += [
    'https://shop.example.com/p?sizes=36/38/40/42',
    'https://shop.example.com/p/palette?colors=01/03/07/12/15',
    'https://shop.example.com/c/lotto-03-07-12-25-31',
    'https://shop.example.com/c/sizes-05-07-09-12-15',
    'https://shop.example.com/p?lotto=03,07,12,25,31,42',
    'https://shop.example.com/p?ids=4451,4452,4453,4460',
    'https://shop.example.com/p?prices=10+20+25+30+40',
    'https://shop.example.com/search?q=prices+10+20+25+30+40',
    'https://shop.example.com/p?colors=01*03*07*12*15',
    'https://shop.example.com/p?std=ISO+14001+2015',
]
PERSONAL += [
    '4539 ⭐⭐⭐⭐ 1488 ⭐⭐⭐⭐ 0343 ⭐⭐⭐⭐ 6467',
    '06  /  12  /  34  /  56  /  74',
    '061 ✨ 234 ✨ 5674',
    '0033 ✨ 6 ✨ 12 ✨ 34 ✨ 56 ✨ 74',
    'ZEROSIXSEVENONE385294',
    'ZeroSixOneTwoThreeFourFiveSixSevenFour',
    'zerosixonetwothreefourfivesixsevenfour',
    '2003 1234 5678 9012 3456 7890 1234 5678',
    '2001 0 0 0 0 0 0 1',
]
PERSONAL_URLS += [
    'https://shop.example.com/p?q=4539;1488;0343;6467',
]

globals().update(review_tests(globals()))
