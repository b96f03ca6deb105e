"""Review 42: an outside attack on issue 16's personal-data families other than names (mail addresses in every
encoding and by language, phone numbers by country, vanity and letters for digits, IP addresses in every notation,
payment cards, bank accounts, national ids with a checkable shape, postal addresses, dates of birth, a cookie's and an
external id's payloads, credentials and ids in links, keys by language and look-alike letters), written from the
README's "Personal data" section and docs/privacy-gate.md's contents without reading the gate's code or the project's
own cases, against main at 4af8b400; with the look-alikes a shop sends that must go out (order numbers, SKUs, versions,
timestamps, prices, tracking numbers, coupons, colours, hashes, part numbers). Text is read by detector.reason, keys by
detector.key_reason, URLs by privacy.clean_url, whole events by the mapping (build_request) and, for a sample, by the
built component. What fails today is a strict expected failure grouped by cause, each naming the rule that decides
it."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple
from urllib.parse import quote

import pytest

from builders import NOW, USER_AGENT
from meta_capi import build_request, privacy
from privacy_attack_cases import strings_of
from privacy_attack_cases_2 import ATTACK_SETTINGS, Case, _attack_event, _b64, _b64url, component_outcome, outcome
from review_cases import review_tests

_SITE = "https://shop.example.com"
_MAIL = "maria.lopez@gmail.com"


_JWT_WITH_A_MAIL = f"eyJhbGciOiJIUzI1NiJ9.{_b64url(json.dumps({'email': _MAIL}))}.c2lnbmF0dXJl"

PERSONAL = [
    # (mail addresses: as written, percent-, doubly percent-, entity- and escape-encoded, full-width, look-alike and
    # invisible characters, brackets and words for `@` and `.` by language, mailto:, JSON, base64, quoted-printable,
    # IDN and punycode, markup, comments and quotes, reversed, hex)
    f"contact me at {_MAIL}", "maria.lopez%40gmail.com", "maria.lopez%2540gmail.com", "jo.smith%252540gmail.com",
    "maria.lopez&#64;gmail&#46;com", "maria.lopez&#x40;gmail.com", "maria.lopez&commat;gmail&period;com",
    "maria.lopez&#64gmail.com", "maria.lopez&#0064;gmail.com", "maria.lopez\\u0040gmail.com",
    "maria.lopez\\x40gmail.com", "maria.lopez\\40 gmail.com", "maria.lopez%u0040gmail.com",
    "maria.lopez%EF%BC%A0gmail.com", "ｍａｒｉａ．ｌｏｐｅｚ＠ｇｍａｉｌ．ｃｏｍ", "maria.lopez＠gmail。com",
    "maria.lopez﹫gmail.com",
    "maria.lopez ＠ gmail ． com", "maria.lopez\u200b@\u200bgmail.com", "jo\u00adsmith@gmail\u00ad.com",
    "jo.smith@g\u200cmail.c\u200dom", "mаriа.lоpez@gmаil.com", "\u202emoc.liamg@htims.oj", "moc.liamg@zepol.airam",
    "maria.lopez [at] gmail [dot] com", "maria.lopez (at) gmail (dot) com", "JO.SMITH(AT)GMAIL(DOT)COM",
    "maria.lopez {at} yahoo {dot} co {dot} uk", "my email is maria dot lopez at gmail dot com",
    "maria.lopez arroba gmail punto com", "maria.lopez chez gmail point com", "maria.lopez ät gmail punkt de",
    "maria.lopez (Klammeraffe) gmail (Punkt) com", "maria.lopez (bei) web (punkt) de",
    "maria.lopez chiocciola gmail punto it", "maria.lopez艾特gmail点com", "maria.lopez собака gmail точка ком",
    "maria.lopez アットマーク gmail ドット com", "maria.lopez 골뱅이 gmail 닷 com",
    "maria.lopez małpa gmail kropka com",
    "maria.lopez apenstaartje gmail punt com", "maria.lopez שטרודל gmail נקודה com",
    "maria.lopez παπάκι gmail τελεία com", "maria.lopez snabel-a gmail punkt com", "maria.lopez kukac gmail pont com",
    "maria.lopez zavináč gmail tečka com", "maria.lopez a còng gmail chấm com", "maria.lopez แอท gmail ดอท com",
    "maria.lopez et işareti gmail nokta com", "m a r i a . l o p e z @ g m a i l . c o m",
    f"mailto:{_MAIL}?subject=Order", f'{{"contact":"{_MAIL}","qty":2}}', _b64(_MAIL),
    _b64url("jean.dupont+shop@orange.fr"), f"data:text/plain;base64,{_b64(_MAIL)}", "=6Daria.lopez=40gmail.com",
    "kontakt: anna.kowalska@xn--wp-kqa.pl", "jörg.müller@bücher.de", "анна@почта.рф", "用户@例子.广告",
    "maria.lopez<span>@</span>gmail.com", "maria.lopez(work)@gmail.com", '"maria lopez"@gmail.com',
    "maria@[81.2.69.160]", "6d617269612e6c6f70657a40676d61696c2e636f6d", "EMAIL;TYPE=INTERNET:maria.lopez@gmail.com",
    "https://maria.lopez%40gmail.com:pw@example.com/", "email=maria.lopez%40gmail.com&x=1", "maria.lopez@gmail",
    "Maria Lopez <mlopez@outlook.com>", "reply to: k.tanaka@docomo.ne.jp", f"fb.1.1733400000000.{_MAIL}",
    f"fb.2.1733400000000.{_b64(_MAIL)}", f"ext-{_MAIL}", f"cust_{_MAIL}", _JWT_WITH_A_MAIL,
    # (phone numbers: dialled by country, national layouts, extensions, vanity letters, letters for digits, number
    # words, other scripts' digits, links)
    "+44 7700 900123", "+33 6 12 34 56 78", "+49 151 23456789", "+34 612 34 56 78", "+39 347 123 4567",
    "+31 6 12345678", "+48 512 345 678", "+46 70 123 45 67", "+91 98765 43210", "+55 11 91234-5678",
    "+52 55 1234 5678", "+81 90-1234-5678", "+82 10-1234-5678", "+86 138 0013 8000", "+61 412 345 678",
    "+7 912 345-67-89", "+90 532 123 45 67", "+27 82 123 4567", "+234 803 123 4567", "+971 50 123 4567",
    "+353 87 123 4567", "+420 601 123 456", "+36 30 123 4567", "+30 691 234 5678", "+351 912 345 678",
    "+62 812-3456-7890", "+63 917 123 4567", "+84 91 234 56 78", "+880 1712-345678", "+92 300 1234567",
    "+41 79 123 45 67", "+43 664 1234567", "+358 40 123 4567", "+1 (415) 555-0173", "(415) 555-0173 ext. 204",
    "415-555-0173 x12", "+44 20 7946 0958 ext 123", "+49 (0)151 2345 6789", "0033612345678", "0044 7700 900123",
    "call me on 07700 900123", "ring 0612345678 after 6pm", "06.12.34.56.78", "0171/2345678", "Handy: 0171 2345678",
    "meu celular 11 91234-5678", "mi móvil es 612 345 678", "my cell is 415 555 0173", "Mob: 0412 345 678",
    "+44 77OO 9OO l23", "+33 6 l2 34 56 78", "O6 l2 34 56 78", "+49 170 HANDYNR", "+1 415 CALLNOW",
    "zero seven seven zero zero nine zero zero one two three",
    "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
    "null eins sieben eins zwei drei vier fünf sechs sieben acht", "seis uno dos tres cuatro cinco seis siete ocho",
    "0️⃣7️⃣7️⃣0️⃣0️⃣ 9️⃣0️⃣0️⃣1️⃣2️⃣3️⃣", "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "+९१ ९८७६५ ४३२१०", "⓪⑦⑦⓪⓪ ⑨⓪⓪①②③", "#07700900123",
    "https://wa.me/447700900123", "tel:+447700900123", "sms:+33612345678", "uid:+447700900123",
    f"fb.1.1733400000000.{'+447700900123'}", "fb.1.1733400000000.0612345678",
    # (IP addresses: v4 and v6 in text, with a port, a prefix, a zone, mapped, octal, hex, full-width, reverse DNS, a
    # host name, a header)
    "client 203.0.113.45 connected", "from ip 81.2.69.160", "visitor ip=81.2.69.160;", "81.2.69.160:443",
    "81.2.69.160/32", "IP81.2.69.160", "81.002.069.160", "0121.02.0105.0240", "0x51.0x02.0x45.0xa0", "0x510245a0",
    "８１．２．６９．１６０", "81‧2‧69‧160", "81_2_69_160", "visitor_81_2_69_160", "160.69.2.81.in-addr.arpa",
    "ip-81-2-69-160.eu-west-1.compute.internal", "81-2-69-160.static.example.net",
    "X-Forwarded-For: 81.2.69.160, 10.0.0.1", "2001:db8:85a3::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329",
    "[2001:db8::1]:8080", "::ffff:81.2.69.160", "0:0:0:0:0:ffff:5102:45a0", "fe80::1ff:fe23:4567:890a%eth0",
    "2a02:1810:4f2a:3b00:a1b2:c3d4:e5f6:7788", "sent from 2001:db8::1", "2001-db8-85a3--8a2e-370-7334.ipv6-literal.net",
    # (payment cards: Luhn-valid, spaced, dashed, dotted, slashed, no-break spaces, en dashes, full-width, with expiry)
    "4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111.1111.1111", "4111/1111/1111/1111",
    "4111\u00a01111\u00a01111\u00a01111", "4111\u20131111\u20131111\u20131111", "４１１１ １１１１ １１１１ １１１１",
    "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "5500005555555559", "3782 822463 10005", "3714-496353-98431",
    "card 6011 0009 9013 9424", "4111111111111111 exp 12/27 cvv 123", "5105 1051 0510 5100", "3530111333300000",
    "cust-4111111111111111",
    # (bank accounts: IBANs in groups, unbroken, lower case, dashed, full-width; UK and US account numbers)
    "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "de89-3704-0044-0532-0130-00", "GB29NWBK60161331926819",
    "gb82west12345698765432", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300", "ch9300762011623852957",
    "iban: be68539007547034", "my iban: no9386011117947", "PL61 1090 1014 0000 0712 1981 2874",
    "IBAN：ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００", "sort code 20-00-00 account 55779911",
    "routing 021000021 account 1234567890",
    # (national ids with a checkable shape, with and without their labels, upper and lower case)
    "SSN 123-45-6789", "078-05-1120", "078 05 1120", "SSN: 078051120", "NINO QQ123456C", "AB 12 34 56 C",
    "JG 10 37 33 A", "BSN 111222333", "BSN-nummer: 123456782", "Steuer-ID 65929970489",
    "Steuer-IdNr. 86 095 742 719", "NIR 1 84 12 76 451 089 46", "numéro de sécurité sociale 2 55 08 14 168 025 38",
    "DNI 12345678Z", "12345678z", "NIE X1234567L", "Y1234567X", "CPF 529.982.247-25", "52998224725",
    "meu cpf é 52998224725", "CURP GODE561231HDFRRN09", "HEGG560427MVZRRL05", "Aadhaar 2345 6789 0123",
    "PESEL 44051401359", "PESEL: 4405-1401-359", "personnummer 811228-9874", "19811228-9874", "811228+9874",
    "Codice Fiscale RSSMRA85T10A562S", "rssmra85t10a562s", "HETU 131052-308T", "CPR 070761-4285",
    "rijksregisternummer 85.07.30-033.28", "CNP 1800101221144", "身份证 11010519491231002X",
    "주민등록번호 900101-1234568",
    "TC Kimlik No: 10000000146", "RUT 12.345.678-5", "NHS number 943 476 5919", "SIN 046 454 286", "PAN ABCPD1234F",
    # (postal addresses in text)
    "deliver to 221B Baker Street, London NW1 6XE", "12 rue des Lilas, 75011 Paris", "Hauptstraße 5, 10115 Berlin",
    "Calle Mayor 23, 3º B, 28013 Madrid", "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "ul. Marszałkowska 1/2, 00-001 Warszawa", "Kerkstraat 12, 1017 GL Amsterdam", "flat 3, 14 Oak Road, Leeds LS6 2AB",
    "12 oak road leeds ls6 2ab", "〒100-0001 東京都千代田区千代田1-1", "北京市朝阳区建国路88号",
    "서울특별시 강남구 테헤란로 123",
    "ул. Тверская, д. 7, кв. 15, Москва", "Rua Augusta, 1500, apto 32, São Paulo - SP, 01304-001",
    "PO Box 1234, Austin TX 78701", "ship to: 45 Rue de Rivoli, 75001 Paris", "Lieferadresse: Hauptstr. 5",
    # (dates of birth by language and layout)
    "DOB 14/03/1987", "d.o.b. 03/14/87", "born 1987-03-14", "date of birth: 14 March 1987", "Geburtsdatum 14.03.1987",
    "geb. 14.3.1987", "fecha de nacimiento 14/03/1987", "né le 14/03/1987", "né le 14 mars 1987",
    "nacido el 14 de marzo de 1987", "geboren am 14. März 1987", "urodzony 14.03.1987", "data di nascita 14/03/1987",
    "生年月日 1987年3月14日", "Fødselsdato: 14.03.1987", "born on March 14, 1987", "I was born on 14 March 1987",
    "DOB 14-Mar-1987", "dob: 1987.03.14", "birthday: March 14, 1987",
    # (closer 222: a vanity number's letters split by a dash or a blank; letters typed for a number's digits; a NINO and
    # a CURP in lower case; an IPv4 address joined to a word by - or _; dates of birth with an ordinal day, a two-digit
    # year, a birthday's word by language; a street line after a destination's label with no colon or comma, in lower
    # case or capitals; NANP's area code in brackets glued)
    "+1 415 CALL-NOW", "+1 (415) CALL-NOW", "+1 415 CALL NOW", "+1 650 MY-PHONE", "+44 7700 BROS-VAN",
    "+33 6 CHAT-CHAT", "O77OO 9OO123", "O77OO 9OO 123", "call me: O77OO 9OO123", "4lll llll llll llll",
    "4lll-llll-llll-llll", "nino: ab 12 34 56 c", "ni number: jg 10 37 33 a", "gode561231hdfrrn01",
    "curp: gode561231hdfrrn09", "user_81.2.69.160", "user-81.2.69.160", "client-81.2.69.160",
    "born on the 14th of March 1987", "born on 3rd of May 1990", "birthday is the 14th of March, 1987",
    "born 14 March '87", "cumpleaños 14/03/1987", "compleanno 14/03/1987", "aniversário 14/03/1987",
    "anniversaire : 14/03/1987", "urodziny 14.03.1987", "ship to: 45 Rue de Rivoli 75001",
    "deliver to 45 Rue de Rivoli", "ship to 12 Oak Rd Leeds", "send it to 45 rue de rivoli paris",
    "12 RUE DES LILAS 75011 PARIS", "(415)5550173",
    # (closer 224: a home's street after `I live` in German, Spanish, French)
    "wohne in der Hauptstraße 5", "vivo en Calle Mayor 23", "j'habite 12 rue des Lilas",
]

LEAKS: Dict[str, List[str]] = {
    (
        "a UK National Insurance number unbroken in lower case with no label (national_ids: in capitals it goes out "
        "too, `JG103733A`; after its name, `nino: ab 12 34 56 c`, a CURP in lower case and a Codice Fiscale in lower "
        "case are kept)"
    ): [
        "jg103733a",
    ],
}

ORDINARY = [
    # (orders, invoices, references, tickets)
    "Order #100234567", "order 2024-000123", "Ref: INV-2024-00987", "invoice 00012345", "Ticket #55512",
    "Case 00123456", "Order 302-4457791-1234567", "Amazon order 114-3941689-8772232", "Pedido nº 4000123456",
    "Commande n° 1234567890", "Bestellung 4500123456", "注文番号 250-1234567-8901234", "订单号 202411231405001234",
    "Bestellnummer 302-4457791-1234567", "Order 4111",
    # (SKUs, part and model numbers, codes)
    "SKU-48213-BLK-XL", "SKU 4006381333931", "EAN 4006381333931", "5901234123457", "GTIN 00012345600012",
    "ISBN 978-3-16-148410-0", "978-0-306-40615-7", "B08N5WRWNW", "Model XPS 13 9340", "SM-S928B/DS", "MQ8N3ZD/A",
    "Bosch 0 986 452 041", "Bosch 0 451 103 367", "Serial SN-8F3K-22Q1", "Batch L2418903", "Lot 240915-A",
    "Artikelnummer 12345678", "Tariff 8471.30.00", "HS code 6109.10", "CAS 7732-18-5", "M8 x 40 bolt",
    # (versions, builds, file names)
    "v2.14.3", "1.2.3.4-beta", "version 10.0.19045.3803", "Build 22H2 (10.0.22621.2715)", "Firmware 4.1.2.10",
    "Release 1.0.0.1", "Python 3.12.1", "Chrome 120.0.6099.109", "v1.2.3+build.456", "build 2024.11.23.1405",
    "release 24.11.2.3", "ubuntu-22.04.3-desktop-amd64.iso", "node-v20.10.0-linux-x64.tar.xz", "x86_64", "logo@2x.png",
    # (timestamps, dates, times)
    "2024-11-23T14:05:00Z", "14:05:33.123", "1733400000", "1733400000000", "20241123140500", "2024-03-14",
    "14/03/2025 10:00", "09:00–17:30", "Mon–Fri 9am–5pm", "Since 1987", "Apollo 11: 1969-07-20", "Q3 2024 report",
    # (prices and quantities)
    "€1,299.00", "$ 49.99", "19,99 €", "¥12,800", "Total: 1.234,56 €", "1 299,00 zł", "R$ 1.299,90", "₹1,29,999",
    "qty 3 @ 4.99", "10 @ 5€", "2x@ 9.99", "pack of 12 x 330 ml", "Dimensions 120 x 60 x 45 cm", "Weight 1.25 kg",
    # (tracking numbers and coupons)
    "1Z999AA10123456784", "tracking 9400 1000 0000 0000 0000 00", "9400111899223197428490", "FedEx 7489 3487 2938",
    "JJD0099999999", "RR123456789GB", "LX123456789CN", "JD014600006281234567", "coupon SUMMER2024", "code WELCOME10",
    "SAVE-20-NOW", "Voucher 6284 1930 4471",
    # (colours and hashes)
    "#FF5733", "#1a2b3c", "0xFFAA00", "rgb(255, 87, 51)",
    "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "d41d8cd98f00b204e9800998ecf8427e",
    "da39a3ee5e6b4b0d3255bfef95601890afd80709", "commit 4af8b400", "550e8400-e29b-41d4-a716-446655440000",
    # (a family's word in a product's or a page's text, masked cards, standards, specs)
    "email marketing guide", "Enter your email address", "phone case iPhone 15", "phone stand for desk",
    "ip camera 1080p", "IP67 waterproof", "IPv6 ready router", "IP address lookup tool", "Netmask 255.255.255.0",
    "card holder wallet", "Pay with card", "IBAN transfer accepted", "Visa •••• 4242", "Mastercard ending in 4444",
    "SSN format: XXX-XX-XXXX", "Date of birth is required", "Birthday card for dad", "Born in the USA vinyl",
    "ZIP code lookup", "postcode 90210 hoodie", "Beverly Hills 90210 DVD", "SW1A 1AA souvenir mug",
    "Store #0417 Berlin Mitte", "Room 1204, floor 12", "ISO 9001:2015", "EN 71-3:2019", "M.2 2280 NVMe 2TB",
    "1080p @ 60Hz", "1920x1080", "24/7 support", "2001: A Space Odyssey", "1984 by George Orwell",
    "follow @shopexample", "@home collection", "Call center hours 8-20", "Tel. support: Mon–Fri",
    # (closer 224: Ethernet's speeds, a reference's dashed numbers, DOIs, a span of years before a count, German
    # shared-cost service numbers after a hotline's word)
    "10/100/1000 Mbps", "Gigabit 10/100/1000", "Ref 00-1234-567", "DOI 10.1000/182",
    "doi:10.1000/182", "1995-2025 30 years", "Hotline 01805 123456", "Service 01805 123456", "Hotline 0180 6 123456",
]

DROPPED: Dict[str, List[str]] = {
    (
        "a maker's part number of ten digits in 4-3-3 dashed groups after a product's label read as a phone "
        "(detector's phone rule: an Australian or a Kenyan mobile is printed so, `Art.-Nr. 0712-345-678` stays "
        "refused: tests/test_shop_codes.py)"
    ): [
        "Part no. 0451-103-367",
    ],
}

ORDINARY_KEYS = [
    "order_id", "orderNumber", "sku", "product_sku", "coupon_code", "promoCode", "cart_total", "currency",
    "shipping_method", "shippingCost", "payment_method", "paymentType", "tracking_number", "trackingUrl", "page_type",
    "app_version", "build_number", "color_hex", "item_count", "category_path", "search_term", "utm_campaign",
    "variant_id", "warehouse_code", "delivery_window", "discount_percent", "tax_rate", "store_id", "loyalty_tier",
    "plan_name", "phone_model", "device_os", "ip_rating", "card_type", "gift_card_amount", "email_opt_in",
    "emailSubscribed", "sms_consent", "phone_case_color", "birthday_discount", "timezone", "language",
    "screen_resolution", "ipv6_enabled", "cardBrand", "date_created", "phone_brand", "card_count",
    # (closer 224: a place's or a phone's word before a shop's service, file, price or goods)
    "postal_service", "zip_file", "postal_rate", "mail_order", "street_price", "street_wear_line", "street_view",
    "city_break", "tel_plan",
]

DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "a country or a region alone under its key (personal_keys: Meta's `country` is user data; a documented "
        "drop, docs/privacy-gate.md 'Misses traded for ordinary data, and drops accepted')"
    ): [
        "country", "country_code", "delivery_country", "region",
    ],
}

PERSONAL_KEYS = [
    # (compound, camelCase and abbreviated)
    "email", "emailAddress", "e_mail", "E_MAIL_ADDR", "userEmail", "billing_email", "mail_addr", "phone",
    "phoneNumber", "mobile_no", "mobileNo", "ph_no", "contactNo", "whatsappNumber", "shipToPhone", "recipientMobile",
    "contact_tel_2", "MSISDN", "imsi", "ip_address", "clientIP", "ipAddr", "custIPv4", "remote_addr",
    "x_forwarded_for", "x-real-ip", "cf_connecting_ip", "true_client_ip", "card_number", "ccNumber", "creditCardNo",
    "ccnum", "cvv", "cvc2", "card_exp", "iban", "payerIban", "bankAccount", "accountNumber", "sortCode",
    "routingNumber", "ssn", "ssnLast4", "socialSecurityNumber", "nationalInsuranceNumber", "national_id", "tax_id",
    "clientNIF", "date_of_birth", "dob", "dob_dd", "birthDate", "birthMonth", "birthday", "birth_dt",
    "street_address", "addressLine1", "ship_addr_line2", "home_address", "postcode", "postalCode", "zip", "zipcode",
    "ZIP5", "zip_code", "bill_to_zip", "billingPostCode", "passport_number", "driver_license",
    # (national ids' own names)
    "steuer_id", "codice_fiscale", "codiceFiscale", "cpf", "dni", "numeroDNI", "nie", "pesel", "personnummer", "rut",
    "curp", "aadhaar_no", "panCard", "pan_number", "rfc", "cnp", "hetu", "cpr_nr", "bsn_nummer",
    "sozialversicherungsnummer", "numero_securite_sociale", "tessera_sanitaria",
    # (other languages and scripts)
    "courriel", "correo_electronico", "correo", "indirizzo_email", "e-posta", "sähköposti", "epost", "telefono",
    "Handynummer", "telefonnummer", "cellulare", "numero_telefono", "телефон", "geburtsdatum", "geburtstag",
    "fecha_nacimiento", "dtNascimento", "data_nascimento", "adresse_postale", "endereco", "cep", "plz",
    "postleitzahl", "codigo_postal", "kod_pocztowy", "postnummer", "kreditkarte", "numero_carte", "numero_tarjeta",
    "メールアドレス", "電話番号", "住所", "生年月日", "电话", "手机号", "邮箱", "이메일", "전화번호",
    "البريد_الإلكتروني", "رقم_الهاتف", "טלפון",
    # (look-alike letters, invisible characters)
    "рhone", "ｅｍａｉｌ", "𝐞𝐦𝐚𝐢𝐥", "ⅇmail", "e‐mail", "ΕΜΑΙL", "emaіl", "p\u200bhone",
    # (closer 222: the key lexicon's Japanese mail and hiragana phone, German's landline, a card's number abbreviated)
    "電子メール", "でんわ", "festnetz", "cardnum",
]

LEAKED_KEYS: Dict[str, List[str]] = {
}

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    "/products/iphone-15-case?color=black&size=xl", "/search?q=running+shoes&page=2", "/checkout/step-2",
    "/order/confirmation?order_id=100234567", "/p/SKU-48213-BLK-XL", "/blog/2024/11/black-friday-deals",
    "/cart?coupon=SUMMER2024", "/track?carrier=ups&tn=1Z999AA10123456784", "/category/phones/android",
    "/downloads/app-v2.14.3.apk", "/img/logo@2x.png", "/?utm_source=newsletter&utm_medium=email&utm_campaign=bf24",
    "/sale?sort=price_asc&min=10&max=50", "/de/damen/schuhe?groesse=38", "/help/contact-us", "/account/orders",
    "/stores/berlin-mitte-0417", "/events/2024-11-23", "/colors?hex=FF5733", "/api/v1/products/42",
    "/p/4006381333931", "/compare?ids=42,43,44", "/size-guide#shoes", "/blog/how-to-reset-your-router",
    "/login?next=%2Faccount", "/password/forgot", "/invoice/INV-2024-00987.pdf", "/s?k=ipv6+router",
    "/blog/how-to-find-your-ip-address", "/p?color=%23FF5733", "/p?v=2.14.3", "/p?ts=1733400000000",
    "/p?order=302-4457791-1234567", "/p?tn=9400111899223197428490", "/p?hash=d41d8cd98f00b204e9800998ecf8427e",
    "/p?uuid=550e8400-e29b-41d4-a716-446655440000", "/p?fbclid=IwAR2Fx3abcDEF", "/p?gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt",
    "/p?utm_content=email_footer_button", "/p?utm_source=phone_campaign", "/p?price=1299.00&currency=EUR",
    "/p?isbn=978-0-306-40615-7", "/p?asin=B08N5WRWNW", "/p?ip_rating=IP67", "/p?lang=de-DE", "/p?tz=Europe%2FBerlin",
    "/p?v=10.0.19045.3803", "/p?build=2024.11.23.1405", "/p?mc_cid=8a1b2c3d4e&mc_eid=0f9e8d7c6b",
    "/p?_ga=2.1234567.987654321.1733400000",
    # (closer 224: Ethernet's speeds under a size's key, a DOI under its key, a street price under its key)
    "/p?size=10%2F100%2F1000", "/p?doi=10.1000%2F182", "/p?street_price=99",
)]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a country alone under its key (a documented drop: `?country=DE`, docs/privacy-gate.md 'Misses traded for "
        "ordinary data, and drops accepted')"
    ): [f"{_SITE}{path}" for path in (
        "/p?country=DE",
    )],
}

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    # (a mail address, a phone, an IP, a card, an IBAN, an id, a date of birth, an address as a parameter's value or
    # a path's segment, in every encoding)
    "/account?email=maria.lopez%40gmail.com", "/unsubscribe?e=maria.lopez@gmail.com",
    "/p?contact=maria.lopez%2540gmail.com", "/p?e=maria.lopez%252540gmail.com",
    "/p?m=%6D%61%72%69%61%40%67%6D%61%69%6C%2E%63%6F%6D", "/p?contact=maria.lopez%EF%BC%A0gmail.com",
    "/p?ref=maria.lopez&#64;gmail.com", "/share?to=maria.lopez%40gmail.com", "/track?email=jo%40example.org",
    "/login?user=maria.lopez%40gmail.com", "/wishlist/shared?owner=maria.lopez%40gmail.com",
    "/confirm?e=bWFyaWEubG9wZXpAZ21haWwuY29t", "/confirm/bWFyaWEubG9wZXpAZ21haWwuY29t", "/u/maria-lopez-at-gmail-com",
    "/contact/maria.lopez(at)gmail.com", "/profile/maria.lopez@gmail.com", "/mailto:maria.lopez@gmail.com",
    "/p?q=maria.lopez+at+gmail+dot+com", "/search?q=maria.lopez%40gmail.com",
    "/r?u=https%3A%2F%2Fex.com%2Fa%3Femail%3Djo%2540example.org",
    "/r?url=https%3A%2F%2Fex.com%2F%3Femail%3Dmaria.lopez%2540gmail.com", "/p?external_id=maria.lopez%40gmail.com",
    "/p?uid=maria.lopez%40gmail.com", "/p?fbp=fb.1.1733400000000.maria.lopez@gmail.com",
    "/?fbclid=IwAR2xmaria.lopez@gmail.com", f"/verify?t={_JWT_WITH_A_MAIL}", "/callback?phone=%2B447700900123",
    "/invite?phone=0033612345678", "/u/+447700900123", "/u/+44-7700-900123", "/call/0033612345678",
    "/search?q=07700+900123", "/p?q=call+me+07700+900123", "/p?user=%2B447700900123", "/p?x=%2B447700900123",
    "/a?tel=%2B33612345678", "/a?telefono=612345678", "/a?handy=015123456789", "/orders?ip=81.2.69.160",
    "/p?x=81.2.69.160", "/ip/81.2.69.160", "/debug?client=2001:db8::1", "/p?x=2001%3Adb8%3A%3A1",
    "/pay?card=4111111111111111", "/p?v=4111-1111-1111-1111", "/pay?iban=DE89370400440532013000",
    "/search?q=DE89+3704+0044+0532+0130+00", "/form?ssn=078-05-1120", "/p/078-05-1120", "/p?ssn=078051120",
    "/form?cpf=529.982.247-25", "/a?codice_fiscale=RSSMRA85T10A562S", "/p?cf=RSSMRA85T10A562S", "/a?pesel=44051401359",
    "/a?nino=QQ123456C", "/a?bsn=111222333", "/p?nie=X1234567L", "/form?dob=1987-03-14", "/p?dob=14%2F03%2F1987",
    "/p?birthday=1987-03-14", "/delivery?addr=221B+Baker+Street+London",
    "/checkout?address=45+Rue+de+Rivoli%2C+75001+Paris", "/p?postcode=LS6+2AB", "/p?zip=90210", "/p?plz=10115",
)]

LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a credential or a session's id in a link with no personal value in it: a password reset's or a magic link's "
        "token under `token`, a JWT of a subject number under `jwt`, a session id under `sid`, `PHPSESSID` or as "
        "Java's `;jsessionid=` (privacy's URL parameters, credentials: `access_token` is a personal key, `token` "
        "alone is not: an id's as often)"
    ): [f"{_SITE}{path}" for path in (
        "/reset-password?token=8f14e45fceea167a5a36dedd4bea2543", "/login/magic?token=Qm9iLWF1dGgtdG9rZW4tMTIzNDU2",
        "/verify?jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "/cart?sid=4f8c2b9e6a1d3f7b", "/cart?PHPSESSID=9s7d6f5g4h3j2k1l0p9o8i7u6y",
        "/session;jsessionid=1A530637289A03B07199A44E8D531427",
    )],
}


globals().update(review_tests(globals()))

# (a URL whose personal parameter sits beside ordinary ones keeps the ordinary ones; a fragment's credential or mail
# is dropped and the path kept)
PERSONAL_PARTS = [(f"{_SITE}{url}", f"{_SITE}{kept}") for url, kept in (
    ("/share?to=maria.lopez%40gmail.com&msg=hi", "/share?msg=hi"),
    ("/track?email_hash=&email=jo%40example.org", "/track?email_hash="),
    ("/reset-password?token=8f14e45fceea167a5a36dedd4bea2543&email=jo%40example.org",
     "/reset-password?token=8f14e45fceea167a5a36dedd4bea2543"),
    ("/auth/callback?code=4%2F0AX4XfWj&id_token=eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImpvQGV4YW1wbGUub3JnIn0.c2ln",
     "/auth/callback?code=4%2F0AX4XfWj"),
    ("/welcome#access_token=ya29.a0AfH6SMBx3kLq9Zz8YpQ&token_type=Bearer", "/welcome"),
    ("/auth/callback#id_token=eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImpvQGV4YW1wbGUub3JnIn0.c2ln", "/auth/callback"),
    ("/#/account?email=jo%40example.org", "/"),
    ("/p?sku=4006381333931&phone=%2B447700900123", "/p?sku=4006381333931"),
    ("/pay?card=4111111111111111&cvv=123", "/pay"),
)]


@pytest.mark.parametrize(("url", "kept"), PERSONAL_PARTS)
def test_personal_parts_are_left_out_and_the_rest_kept(url: str, kept: str) -> None:
    assert privacy.clean_url(url) == kept


# Whole events: a personal value in each field the component sends, found neither raw nor decoded in the request
# (privacy_attack_cases_2.outcome: the core; component_outcome: the built .wasm).
def _places(tag: str, value: str, form: str) -> List[Case]:
    return [
        (f"{tag} @ page title", "page", {"title": f"Welcome back {value}"}, [form]),
        (f"{tag} @ url query", "page", {"url": f"{_SITE}/p/42?note={quote(value)}"}, [form]),
        (f"{tag} @ url path", "page", {"url": f"{_SITE}/p/{quote(value, safe='@+')}"}, [form]),
        (f"{tag} @ referrer", "page", {"referrer": f"https://www.example.org/out?to={quote(value)}"}, [form]),
        (f"{tag} @ search", "page", {"search": f"?q={quote(value)}"}, [form]),
        (f"{tag} @ user agent", "page", {"user_agent": f"{USER_AGENT} ({value})"}, [form]),
        (f"{tag} @ property", "track", {"properties": {"note": value}}, [form]),
        (f"{tag} @ property key", "track", {"properties": {value: "1"}}, [form]),
        (f"{tag} @ track name", "track", {"name": f"Signed up {value}"}, [form]),
        (f"{tag} @ product name", "track", {"name": "Product Added",
                                            "products": [{"product_id": "SKU-1", "name": value, "price": "5"}]},
         [form]),
        (f"{tag} @ order_id", "track", {"name": "Order Completed", "properties": {
            "order_id": value, "value": "5", "currency": "EUR"}}, [form]),
    ]


PERSONAL_EVENTS: List[Case] = [
    *_places("mail percent", "maria.lopez%40gmail.com", _MAIL),
    *_places("mail words", "maria.lopez [at] gmail [dot] com", "maria.lopez"),
    *_places("phone dialled", "+44 7700 900123", "7700900123"),
    *_places("ip v4", "81.2.69.160", "81.2.69.160"),
    *_places("ip v6", "2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334"),
    *_places("card spaced", "4111 1111 1111 1111", "4111111111111111"),
    *_places("iban", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    *_places("ssn", "SSN 078-05-1120", "078051120"),
    ("fbc payload mail", "track", {"properties": {"fbc": f"fb.1.1733400000000.{_MAIL}"}}, [_MAIL]),
    ("fbp payload phone", "track", {"properties": {"fbp": "fb.1.1733400000000.+447700900123"}}, ["447700900123"]),
    ("visitor fbc payload mail", "track",
     {"visitor": {"email": "visitor@example.com", "fbc": f"fb.1.1733400000000.{_MAIL}"}}, [_MAIL]),
    ("user_id as a property", "track", {"properties": {"user_id": _MAIL}}, [_MAIL]),
    ("external_id as a property", "track", {"properties": {"external_id": "+447700900123"}}, ["447700900123"]),
    ("referrer with a mail in its path", "page", {"referrer": f"https://mail.example.org/u/{_MAIL}/inbox"}, [_MAIL]),
    ("url fragment access token mail", "page", {"url": f"{_SITE}/cb#access_token=x&email={quote(_MAIL)}"}, [_MAIL]),
    ("referrer host is an IP", "page", {"referrer": "http://81.2.69.160:8080/login"}, ["81.2.69.160"]),
]

# (leaks of the lists above, shown whole: the same rules miss them in an event's fields)
LEAKED_EVENTS: List[Case] = [
    ("vanity dashed @ property", "track", {"properties": {"note": "+1 415 CALL-NOW"}}, ["CALL-NOW"]),
    ("NINO lower case @ product name", "track", {"name": "Product Added", "products": [
        {"product_id": "SKU-1", "name": "nino: ab 12 34 56 c", "price": "5"}]}, ["ab 12 34 56 c"]),
    ("birthday in Spanish @ page title", "page", {"title": "cumpleaños 14/03/1987"}, ["14/03/1987"]),
    ("session id @ url query", "page", {"url": f"{_SITE}/cart?sid=4f8c2b9e6a1d3f7b"}, ["4f8c2b9e6a1d3f7b"]),
]

EVENT_LEAKS: Dict[str, str] = {
    "session id @ url query": "as the URL: privacy keeps a session's id under `sid`",
}

# A sample of thirty for the built component: every family, every field, and the leaks shown whole.
COMPONENT_SAMPLE = [case for index, case in enumerate(PERSONAL_EVENTS) if index % 3 == 0][:26] + LEAKED_EVENTS
PERSONAL_EVENTS += LEAKED_EVENTS


def _event_params(cases: List[Case]) -> List[Any]:
    return [pytest.param(case, id=case[0], marks=pytest.mark.xfail(strict=True, reason=EVENT_LEAKS[case[0]]))
            if case[0] in EVENT_LEAKS else pytest.param(case, id=case[0]) for case in cases]


@pytest.mark.parametrize("case", _event_params(PERSONAL_EVENTS))
def test_personal_values_leave_no_field_of_the_core(case: Case) -> None:
    assert outcome(case) == []


@pytest.mark.parametrize("case", _event_params(COMPONENT_SAMPLE))
def test_personal_values_leave_no_field_of_the_component(host: Any, case: Case) -> None:
    assert component_outcome(host, case) == []


ORDINARY_EVENTS: List[Tuple[str, str, Dict[str, Any], str]] = [
    ("order number @ order_id", "track", {"name": "Order Completed", "properties": {
        "order_id": "302-4457791-1234567", "value": "5", "currency": "EUR"}}, "302-4457791-1234567"),
    ("version @ property", "track", {"properties": {"app_version": "10.0.19045.3803"}}, "10.0.19045.3803"),
    ("timestamp @ property", "track", {"properties": {"sent_at": "2024-11-23T14:05:00Z"}}, "2024-11-23T14:05:00Z"),
    ("tracking number @ property", "track", {"properties": {"tracking_number": "1Z999AA10123456784"}},
     "1Z999AA10123456784"),
    ("coupon @ property", "track", {"properties": {"coupon_code": "SUMMER2024"}}, "SUMMER2024"),
    ("hex colour @ product name", "track", {"name": "Product Added", "products": [
        {"product_id": "SKU-1", "name": "Paint #FF5733", "price": "5"}]}, "Paint #FF5733"),
    ("EAN @ product id", "track", {"name": "Product Added", "products": [
        {"product_id": "4006381333931", "name": "Hat", "price": "5"}]}, "4006381333931"),
    ("price @ page title", "page", {"title": "Sale: €1,299.00 TVs"}, "Sale: €1,299.00 TVs"),
    ("hash @ property", "track", {"properties": {"checksum": "d41d8cd98f00b204e9800998ecf8427e"}},
     "d41d8cd98f00b204e9800998ecf8427e"),
    ("SKU @ url query", "page", {"url": f"{_SITE}/p?sku=SKU-48213-BLK-XL"}, f"{_SITE}/p?sku=SKU-48213-BLK-XL"),
]


@pytest.mark.parametrize("case", [pytest.param(case, id=case[0]) for case in ORDINARY_EVENTS])
def test_ordinary_values_go_out_of_the_core(case: Tuple[str, str, Dict[str, Any], str]) -> None:
    name, kind, overrides, value = case
    event, settings = _attack_event((name, kind, overrides, [value]), ATTACK_SETTINGS)
    request = build_request(kind, event, settings, now=NOW)
    assert value in list(strings_of(json.loads(request.body)))
