"""Review 19: the thirty-third attack's new rules (an address spelled with a word for @ or built by code, escapes
behind several backslashes and quoted-printable, `|` and `~` between digit groups, four dotted numbers glued between
words, colours, look-alike and new keys, hardware addresses, messenger links, IBANs glued to a label, national ids)
attacked both ways: ordinary shop values beside those rules that must go out, personal near variants (other words
for @, other separators, other labels) that must be kept. Text is read by detector.reason, keys by
detector.key_reason, URLs by privacy.clean_url: a personal value in the path leaves the origin, in the query loses
its parameter. The failing ones are strict expected failures grouped by cause."""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    "Available at Amazon.com", "Sold at Target.com", "Join us at booth 42", "at the rate of 5%",
    "arroba (unit of weight)", "Also available at Walmart.com and Target.com", "Now at Zalando.de",
    "Exclusively at Apple.com", "Only at Sephora.com", "Order online at Tesco.com",
    "Email sign-up: get 10% off at example.com", "Newsletter: deals at gmail.com users",
    "Email marketing at scale: Klaviyo vs Mailchimp", "Mail order at its best: Lands' End",
    "Write to us at our Paris store", "Contact: support team at example.com",
    "Available at Gmail.com? No, at Google Store", "Outlook at a glance", "Yahoo at 30: a history",
    "Mail: Outlook at work", "Interest at the rate of 3.5% p.a.", "Pay at the rate of €10 per month",
    "at the rate of knots", "Arroba de Castilla – medida antigua", "Chiocciola di mare al pomodoro",
    "Chiocciola – portachiavi in argento", "Małpa pluszowa 30 cm", "Małpka – zabawka dla dzieci",
    "Собака-игрушка, 25 см", "Игрушка собака и кот", "Klammeraffe Plüschtier", "Apenstaartje sleutelhanger",
    "Kukac gumicukor 200 g", "Zavináč – tričko s potiskem", "Snabel-a tröja", "Arrova de vi",
    "Email: info at the store desk", "Send a gift at checkout", "Contact us at +our+ store",
    "reach new customers at scale with example.com", "['S', 'M', 'L'].join(' / ')", "sizes.join('|')",
    "'SKU-'.concat(id)", "implode(', ', $tags)", "String.fromCharCode(65, 66, 67)", "[brand, model].join(' ')",
    "\"-\".join([\"red\", \"blue\"])", "['@nike', 'Air Max'].join(' ')",
    "'Price: ' + String.fromCharCode(8364) + '19.99'", "['cart', 'checkout'].join('/')",
    "const url = [base, 'products'].join('/')", "Summer=20Sale=20-=2020%", "Subject: =?UTF-8?Q?Black_Friday=20Deals?=",
    "Size=3D40", "Caf=C3=A9 au lait", "Price\\\\u0020list", "{\"text\": \"Caf\\\\u00e9 cr\\\\u00e8me\"}",
    "50% off =\r\nall shoes", "color=40 grey", "Rabatt=40%", "discount=40&size=40", "Tab=09Separated",
    "عطر الورد 100 مل", "קרם לחות לפנים 50 מ\"ל", "\u202bעגיל זהב\u202c", "\u202eSALE\u202c", "S A L E – 5 0 % O F F",
    "N E W  I N", "F R E E  S H I P P I N G", "M E N ' S", "<b>Sale</b> on shoes", "Summer<br>Collection",
    "<i>New</i> arrivals @ our store", "shop|sale|new", "Size 38~40", "Size 38|40|42", "Pack 06|12|24", "EU 36~41",
    "SKU 1234|5678|9012", "Ref 2026|11|23", "Model 4000|5000|6000|7000", "Batch 12~34~56~78",
    "Order 1042 | 2 items | €59.90", "Pages 1 | 2 | 3 | 4 | 5", "EAN 4006381333931 | 4006381333948",
    "Years 2020~2021~2022~2023", "ISBN 978-3-16-148410-0 | Hardcover", "build81.2.69.160", "release1.2.3.4final",
    "version10.0.19045.4291", "Windows 10.0.19045.4291", "Chrome/120.0.6099.109", "v2.0.0.1-beta", "fw1.0.2.3",
    "Office16.0.17328.20184", "iOS17.1.2.0build", "Item 1.2.3.4 in catalogue", "Section 4.2.1.7",
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.6778.86 Safari/537.36"
    ),
    "Colour: rgba(0,0,0,0.5)", "rgba(255, 0, 0, .75)", "color: rgb(12,34,56)", "hsl(120, 60%, 70%)",
    "#AABBCC / #DDEEFF", "Colours: AA-BB-CC, DD-EE-FF", "Hex AA:BB:CC", "RAL 9010 | RAL 9016", "SKU AB-CD-EF-12-34",
    "Part no. 12-34-56-78-90", "Serial 2026-11-23-01-02", "Code 12:30:45:00", "Timecode 01:02:03:04",
    "Lap times 01:02:03:04:05", "Scores 10-20-30-40-50-60", "Viber sticker pack", "WhatsApp Business ready",
    "LINE Friends plush 20 cm", "Skype headset USB", "Signal booster 4G", "FaceTime-compatible webcam",
    "wa.me link generator plugin", "Callto action button kit", "Telegram channel: @nikeofficial", "IBAN checker tool",
    "IBAN-Rechner", "NIE y DNI: trámites", "CNP: Cod numeric personal – ce este?", "EAN 5901234123457",
    "Model 2850314", "Serial 28503141234", "CPF obrigatório na nota", "NINO explained: guide", "Rack JG-103 759A",
    "ip6.arpa zone delegation guide", "DNS: in-addr.arpa explained", "Shop at https://example.com/sale",
    "1e-40 (tiny)", "Weight 1e3 g", "Mail-in offer at Staples.com", "Email exclusive at Nike.com",
    "Email offers at Target.com", "Email-only deal at Gap.com", "Mail order catalogue at Argos.co.uk",
    "E-Mail-Newsletter bei Otto.de", "Newsletter deals at Zara.com", "Email signup bonus at Macys.com",
    "Email: offers at example.com", "Email deals at gmail.com", "Contact sales at Dell.com",
    "Email support at apple.com", "Email us: orders at example.com", "Mail us at example.com",
    "Write to sales at example.com", "Sizes 36 | 38 | 40 | 42 | 44", "Years 2020 | 2021 | 2022 | 2023",
    "EU 39 | 40 | 41 | 42 | 43 | 44", "Sizes 36~38~40~42~44", "Sizes 36 ~ 38 ~ 40 ~ 42",
    "Price 19 | 29 | 39 | 49 | 59 €", "Zoll 24 | 27 | 32 | 34 | 43", "Ages 3 | 4 | 5 | 6 | 7 | 8",
    "Qty 10|20|30|40|50", "ml 30 | 50 | 100", "Release 2026.1.2.3 final", "v81.2.69.160", "Model81.2.69.160X",
    "Widths 120 | 140 | 160 | 180 | 200 cm",
    "Widths 120 | 140 | 160 cm",
    "Lengths 100 | 120 | 140 | 160 | 180",
    "Pack 6 | 12 | 24 | 48 | 96",
    "Watt 600 | 800 | 1000 | 1200",
    "GB 128 | 256 | 512",
    "64 | 128 | 256 | 512 GB",
    "Steps 250 ~ 500 ~ 750 ~ 1000",
    "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10",
    "SKU AA-BB-CC-DD-EE-FF",
    "Colour code AA-BB-CC-DD-EE-FF",
    "Pattern: AB-AB-AB-AB-AB-AB",
    "Set DE-AD-BE-EF-00-01",
    "Code CA-FE-BA-BE-00-01",
    "Grid A1-B2-C3-D4-E5-F6",
    "Mix AD-DA-BA-AB-CC-DD",
    "Mail-in rebate at Staples.com",
    "Mail-in rebate at BestBuy.com",
    "Mail-in rebates at Newegg.com",
    # closed in session 20 (closer36)
    "120~140~160~180~200 cm", "mm 100|120|140|160|180", "Mail: rebate at Staples.com", "E-mail rebate at Dell.com",
    "Speedtest81.2.69.160Mbps", "Kit12.0.0.1pro", "Style 12-34-56-78-9A-BC", "Tiles 10-20-30-40-50-6A",
    "from1.2.3.4to2.0.0.0", "upgrade1.2.3.4to1.2.3.5",
]

DROPPED = {
    (
        "hardware addresses (this session, accepted): six hex pairs joined by `:`, or by `-` as the whole value, are a "
        "device's address whatever they spell"
    ): ["FA-CE-B0-0C-AF-E1", "12:34:56:78:9a:bc", "ab:cd:ef:ab:cd:ef"],
    (
        "before this session (accepted): four dotted numbers alone in text, an address's shape (`1.1.1.1` is a "
        "resolver's)"
    ): [
        "Schedule 1.1.1.1 of the contract",
    ],
}

PERSONAL = [
    "write to mirelqa arroba gmail.com", "mirelqa chiocciola libero.it", "scrivi a mirelqa chiocciola example.it",
    "napisz na mirelqa małpa wp.pl", "mirelqa małpa example.pl", "пишите mirelqa собака mail.ru",
    "mirelqa собака yandex.ru", "email mirelqa at the rate gmail.com", "mirelqa (at) gmail.com",
    "mirelqa [at] example.com", "mirelqa {at} example.com", "mirelqa <at> example.com", "mirelqa AT gmail DOT com",
    "mirelqa at gmail dot com", "mirelqa at example dot com", "mirelqa snabel-a example.se", "mirelqa ät example.fi",
    "mirelqa krøllalfa example.dk", "mirelqa παπάκι example.gr", "mirelqa arobase example.fr",
    "écrire à mirelqa arobase orange.fr", "mirelqa kukac freemail.hu", "mirelqa zavináč seznam.cz",
    "mirelqa afna example.lv", "mirelqa at hotmail.com", "mirelqa at icloud.com", "mirelqa at protonmail.com",
    "mirelqa at gmx.de", "mirelqa at web.de", "mirelqa at aol.com", "mirelqa at live.com",
    "e-mail mirelqa at example.com", "Mail an mirelqa at example.de", "contact mirelqa at example.com",
    "mirelqa at example.com", "my email is mirelqa at example dot org", "['mirelqa', 'gmail.com'].join(\"@\")",
    "['mirelqa', 'gmail', 'com'].join('@').replace", "'mirelqa' + '@' + 'example.com'",
    "'mirelqa'.concat('@', 'gmail.com')", "['mirelqa','example.com'].join('\\x40')",
    "['mirelqa','example.com'].join('\\u0040')",
    "String.fromCharCode(109,105,114,101,108,113,97,64,103,109,97,105,108,46,99,111,109)",
    "`${'mirelqa'}@${'example.com'}`", "''.join(['mirelqa', '@', 'example.com'])",
    "['mirelqa', 'example.com'].join('&#64;')", "mirelqa\\\\\\\\u0040gmail.com", "mirelqa=40gmail=2Ecom",
    "mirel=\r\nqa@example.com", "mirelqa=\n=40gmail.com", "mirelqa&#64;example.com", "mirelqa&commat;example.com",
    "mirelqa%2540example.com", "m i r e l q a @ e x a m p l e . c o m", "m-i-r-e-l-q-a@example.com",
    "\u202emoc.liamg@aqlerim", "\u202emoc.liamg@aqlerim\u202c", "mirelqa<span>@</span>example.com",
    "mirelqa<b>@</b>gmail<b>.</b>com", "mirelqa\u200b@\u200bexample.com", "06|12|34|56|74",
    "+49|170|1234567", "+33 6|12|34|56|74", "06/12/34/56/74", "06_12_34_56_74", "06•12•34•56•74",
    "06 ⁓ 12 ⁓ 34 ⁓ 56 ⁓ 74", "4539|1488|0343|6467", "4539~1488~0343~6467", "DE89|3704|0044|0532|0130|00",
    "DE89~3704~0044~0532~0130~00", "from81.2.69.160to", "ip81.2.69.160end", "81.2.69.160visited", "host=81.2.69.160;",
    "addr:81.2.69.160", "IP81.2.69.160", "AA-BB-CC-DD-EE-FF", "aa:bb:cc:dd:ee:ff", "wa.me/+33612345674",
    "https://api.whatsapp.com/send?phone=33612345674", "viber://add?number=33612345674",
    "tg://resolve?phone=33612345674", "sms:+33612345674", "tel:+33612345674", "https://t.me/+33612345674",
    "skype:33612345674?call", "weixin://33612345674",
    "4.3.2.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", "IBAN:DE89370400440532013000",
    "IBAN-DE89370400440532013000", "ibande89370400440532013000", "CNP: 1850314123455", "cnp 2850314123454",
    "CPF 529.982.247-25", "NINO JG103759A", "DNI 12345678Z", "NIE X1234567L",
    # closed in session 20 (closer36)
    "06 ~ 12 ~ 34 ~ 56 ~ 74", "06 | 12 | 34 | 56 | 74", "4539 | 1488 | 0343 | 6467",
    "DE89 | 3704 | 0044 | 0532 | 0130 | 00", "mirelqa kissanhäntä example.fi", "mirelqa alfa example.no",
    "mirelqa grisehale example.dk", "mirelqa papaki example.gr", "mirelqa a comercial example.com",
    "mirelqa eta example.lt", "mirelqa sobaka mail.ru", "courriel : mirelqa at example.fr",
    "correo: mirelqa at example.es", "\"mirelqa\" . \"@\" . \"example.com\"", "06¦12¦34¦56¦74", "client81.2.69.160",
    "Device aabb.ccdd.eeff", "MAC 00 1A 2B 3C 4D 5E", "00|1A|2B|3C|4D|5E", "mac 001A2B3C4D5E",
    "KontoDE89370400440532013000",
]


ORDINARY_KEYS = [
    "gift_to_message", "card_design", "gift_message", "gift_wrap", "card_style", "card_color", "account_type",
    "account_tier", "recipient_count", "id_type", "national_holiday", "card_theme", "gift_from_store", "billing_cycle",
    "mac_compatible", "macbook_model", "cnp_valid", "version", "build_number", "app_ver", "sdk_version", "ᴄᴏʟᴏʀ",
    "ꜱᴋᴜ", "price@1x", "icon@3x", "$price", "total$", "viber_campaign", "whatsapp_optin", "account_created_at",
    "card_count", "gift_card_balance", "mail_campaign", "e_post_campaign", "konto_type", "cuenta_tipo", "tarjeta_tipo",
    "payee_count", "gift_to_occasion", "gift_for", "gift_for_age", "card_design_id", "national_shipping",
    "account_page", "mac_os_version", "skype_button", "viber_share", "for_whom", "tarjeta_regalo", "numero_de_pedido",
    "konto_seite",
    # closed in session 20 (closer36)
    "payee_type", "payee_category", "giftee_age_range", "giftee_interests", "giftee_relationship", "gifter_type",
    "card_no_of_items", "recipients_total", "recipient_type", "recipient_relationship", "ship_to_store",
    "emailing_frequency", "nationality_filter",
]

DROPPED_KEYS = {
    (
        "keys (accepted): a person's word before `country` (Meta's own customer key: an address's country), `gender` "
        "(a person's data whoever's) or `reference` (a payment's reference may name the payee's account)"
    ): [
        "payee_reference", "payee_country", "giftee_gender", "ship_to_country", "iban_country",
    ],
}

PERSONAL_KEYS = [
    "gift_to_name", "gift_to_email", "recipient_email", "payee_iban", "payee_email", "recipient_phone", "giftee_email",
    "national_id", "nationalId", "national_id_number", "personnummer", "henkilötunnus", "cpr_nummer", "fødselsnummer",
    "codice_fiscale", "dni", "nie", "cnp", "cpf", "nino", "account_number", "accountNumber", "bank_account",
    "kontonummer", "rekeningnummer", "card_number", "cardNumber", "card_no", "pan", "e_postadress", "epost",
    "sähköposti", "sahkoposti", "netfang", "e-mailadres", "mac_address", "macAddress", "ᴇᴍᴀɪʟ", "ᴀᴅᴅʀᴇꜱꜱ", "ᴅᴏʙ",
    "ph0ne", "em@il", "e-m@il", "fir$t_name", "l@st_name", "ꜰᴜʟʟ_ɴᴀᴍᴇ", "iban", "bic_iban", "whatsapp_number",
    "viber_number", "skype_id", "ship_to_phone", "recipient_address", "@ddress", "$treet",
]


ORDINARY_URLS = [
    "https://shop.example.com/p?version=1.2.3.4", "https://shop.example.com/downloads/app-1.2.3.4.zip",
    "https://shop.example.com/p/rgba-0-0-0-05", "https://shop.example.com/c/viber-stickers",
    "https://shop.example.com/p?size=40&discount=40", "https://shop.example.com/p?q=Available+at+Amazon.com",
    "https://shop.example.com/p?q=arroba+de+azucar", "https://shop.example.com/p?q=shop%7Csale%7Cnew",
    "https://shop.example.com/p?q=size+38~40", "https://shop.example.com/p/AA-BB-CC-DD",
    "https://shop.example.com/go/https://partner.example.net/deal", "https://shop.example.com/p/12345678-sneaker",
    "https://shop.example.com/p?ref=wa.me", "https://shop.example.com/blog/email-at-scale",
    "https://shop.example.com/p?q=%3Cb%3Esale%3C%2Fb%3E", "https://shop.example.com/p/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
    "https://shop.example.com/p?utm_content=build81.2.69.160", "https://shop.example.com/p?firmware=4.2.1.7",
    "https://shop.example.com/p/sku-aa-bb-cc-dd-ee-ff", "https://shop.example.com/p/dead-be-ef-00-11-22",
    "https://shop.example.com/c/sizes-36-38-40-42-44", "https://shop.example.com/p?sizes=36|38|40|42|44",
    "https://shop.example.com/colors/aa-bb-cc/dd-ee-ff",
    "https://shop.example.com/p/aa-bb-cc-dd-ee-ff",
    "https://shop.example.com/p/ab-cd-ef-12-34-56",
    "https://shop.example.com/p?q=Mail-in+rebate+at+Staples.com",
    # closed in session 20 (closer36)
    "https://shop.example.com/p?w=120~140~160~180", "https://shop.example.com/p?v=1.0.0.1",
    "https://shop.example.com/p?rel=1.2.3.4", "https://shop.example.com/p?c=ffaa00&v=1.0.0.1",
]

DROPPED_URLS = {
    (
        "this session's text rules in URLs (accepted): a query value that is six dashed hex pairs alone is a hardware "
        "address whatever its key"
    ): ["https://shop.example.com/p?code=AA-BB-CC-DD-EE-FF"],
}

PERSONAL_URLS = [
    "https://shop.example.com/p?q=mirelqa+at+gmail.com", "https://shop.example.com/p?q=mirelqa+arroba+gmail.com",
    "https://shop.example.com/u/mirelqa%20at%20gmail.com/x", "https://shop.example.com/p?q=mirelqa=40gmail.com",
    "https://shop.example.com/p?contact=wa.me/33612345674", "https://shop.example.com/p?mac=00-1A-2B-3C-4D-5E",
    "https://shop.example.com/d/00:1a:2b:3c:4d:5e/x", "https://shop.example.com/go/http://81.2.69.160/x",
    "https://shop.example.com/p?q=06|12|34|56|74", "https://shop.example.com/p?q=06~12~34~56~74",
    "https://shop.example.com/cuenta/X1234567L/pedidos", "https://shop.example.com/cuenta/12345678Z/pedidos",
    "https://shop.example.com/u/IBANDE89370400440532013000/x", "https://shop.example.com/p?q=from81.2.69.160to",
    "https://shop.example.com/u/%E2%80%AEmoc.liamg%40aqlerim/x",
    "https://shop.example.com/u/mirelqa<b>@</b>gmail.com/x",
    "https://shop.example.com/p?x=['mirelqa','gmail.com'].join('@')",
    "https://shop.example.com/p?rcpt=mirelqa+chiocciola+libero.it",
]


globals().update(review_tests(globals()))
