"""Review 45: an outside attack on issue 16's promise that no raw personal value leaves in any field, written from
README's "Personal data" section and docs/privacy-gate.md's first sections without reading the gate's code, the
project's tests or the later closers' sections, against main at 0aa3c4c1. The values are what a visitor, a CRM export
or a sloppy integration puts in an event: mail addresses spelled, obfuscated and encoded every way people do, phones in
national prints, in words and disguised, bank accounts, cards, national ids, IP addresses, dates of birth, home
addresses, full names in greetings, orders, exports, signatures, chats and file names, in English, German, French,
Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Japanese, Korean, Chinese and Russian; keys naming personal data
in those languages and in an integration's shapes; URLs with them in path, query and fragment; and the look-alikes a
shop sends that must go out. Text is read by detector.reason, keys by detector.key_reason, URLs by privacy.clean_url,
whole events by the mapping (build_request) and by the built component. What fails today is a strict expected failure
grouped by the value's shape (the family as a visitor writes it, not the rule that misses it)."""

from __future__ import annotations

from typing import Dict, List
from urllib.parse import quote

from privacy_attack_cases_2 import Case
from review_cases import review_tests

_S = "https://shop.example.com"

PERSONAL = [
    # mail, words for @ and .
    "anna at example dot com", "anna(at)example.de", "anna [at] web [dot] de", "anna.schmidt{at}gmx{dot}net",
    "anna dot schmidt at gmail dot com", "anna<at>example<dot>com", "anna -at- example -dot- com",
    "anna_at_example_dot_com", "Kontakt: anna.schmidt (at) gmx (punkt) de", "anna arroba gmail punto com",
    "anna chiocciola libero punto it", "anna arobase orange point fr", "anna małpa wp kropka pl",
    "anna собака mail точка ru", "anna (at) example (dot) co (dot) uk", "anna.schmidt(a)web.de",
    "anna.schmidt[@]web.de", "E-Mail-Adresse: anna.schmidt bei gmx punkt de", "邮箱 wangwei at 163 dot com",
    "anna.schmidt AT web DOT de", "anna@example dot com", "anna at example.com", "anna.schmidt（at）web.de",
    "anna.schmidt [ät] web.de", "anna.schmidt AT web PUNKT de", "anna.schmidt(ät)web(punkt)de",
    "a.n.n.a.s.c.h.m.i.d.t at web.de", "anna bei example punkt com", "anna snabel-a example punkt se",
    "anna apenstaartje example punt nl", "anna kukac example pont hu", "anna at example d0t c0m",
    "annaschmidt（アットマーク）gmail.com", "anna.schmidt★web.de", "이메일 anna.kim 골뱅이 naver 점 com",
    "wangwei#qq.com", "wangwei at qq点com", "anna ＠ example ． com", "anna·schmidt@web·de",
    # mail, encoded
    "anna%40example.com", "anna%2540example.com", "anna&#64;example.com", "anna&#x40;example.com",
    "anna\\u0040example.com", "anna.schmidt&commat;web.de", "anna.schmidt%40web%2Ede",
    "mailto%3Aanna%40example.com", "YW5uYUBleGFtcGxlLmNvbQ==", "anna=40example.com", "moc.elpmaxe@anna",
    "anna＠example．com", "anna%252540example.com", "anna&amp;#64;example.com", "anna\\x40example.com",
    "anna%u0040example.com", "anna+AEA-example.com", "=?utf-8?B?YW5uYUBleGFtcGxlLmNvbQ==?=",
    "eyJlbWFpbCI6ImFubmFAZXhhbXBsZS5jb20ifQ", "616e6e61406578616d706c652e636f6d", "ZW1haWw9YW5uYUBleGFtcGxlLmNvbQ",
    "ANNA.SCHMIDT＠ＷＥＢ．ＤＥ",
    # mail, plain in context
    "mailto:anna.schmidt@web.de", "ANNA.SCHMIDT@GMAIL.COM", "anna+newsletter@example.com",
    '"Anna Schmidt" <anna@example.com>', "Reply to anna.s@firma-gmbh.de asap", "anna.schmidt@bücher.de",
    "tarou.yamada＠docomo.ne.jp", "이메일: minji.kim@naver.com", "邮箱：wang.wei@qq.com",
    "почта: ivan.petrov@yandex.ru", "e-posta: ayse.yilmaz@hotmail.com", "a n n a @ e x a m p l e . c o m",
    "anna @ example . com", "anna.schmidt @ web.de", "contact_email=anna.schmidt@web.de", "anna.schmidt@web.de.",
    "<anna.schmidt@web.de>", "anna.schmidt@web.de;thomas.mueller@gmx.de",
    '{"user":"anna.schmidt","domain":"web.de"}', "anna.schmidt@web-de.com",
    "customer=anna.schmidt%40web.de&total=5", "{'email': 'anna@example.com'}", "email:anna@example.com|plan:pro",
    "Anna;Schmidt;anna.schmidt@web.de;Berlin", "anna.schmidt\n@web.de", "anna.schmidt@ web .de",
    "anna@xn--bcher-kva.de", '<a href="mailto:anna@example.com">Mail</a>',
    # mail, typo'd
    "anna.schmidt@gmail,com", "anna.schmidt@gmail .com", "anna.schmidt@@gmail.com", "anna.schmidt@gmailcom",
    "anna.schmidt@gmail.con",
    # phone, national prints
    "+49 151 23456789", "0151 23456789", "0151/23456789", "(0151) 234 567 89", "+49 (0)30 12345678",
    "030 12345678", "+44 7700 900123", "07700 900123", "+1 (415) 867-5309", "415.867.5309", "+33 6 12 34 56 78",
    "06 12 34 56 78", "06.12.34.56.78", "+34 612 345 678", "612 34 56 78", "+39 347 123 4567", "347 1234567",
    "+351 912 345 678", "+31 6 12345678", "06-12345678", "+48 512 345 678", "512-345-678", "+90 532 123 45 67",
    "0532 123 45 67", "090-1234-5678", "+81 90-1234-5678", "010-1234-5678", "+82 10 1234 5678", "138 0013 8000",
    "+86 138-0013-8000", "+7 916 123-45-67", "8 (916) 123-45-67", "+55 11 91234-5678", "(11) 91234-5678",
    "+43 664 1234567", "+41 79 123 45 67", "+46 70 123 45 67", "+45 20 12 34 56", "0049 151 23456789",
    "(+34) 612-345-678", "tel:+4915123456789", "+49-151-2345-6789", "(+49) 0151 23456789", "+49.151.23456789",
    "0151 234 56 789 (mobil)", "00 49 151 234 567 89", "Tel 0151/234 567-89", "07700900123", "4915123456789",
    "+44 (0) 7700-900-123", "+49 151 23 45 67 89 ext 12", "Telefon 23 45 67 89", "+49 (151) 234-56-789",
    "+49/151/23456789", "49 151 23456789", "Tel. +49 (0) 151 - 234 567 89", "0151.234.567.89", "(0)151 23456789",
    "01 51 23 45 67 89", "Mobil: 0151 2345 6789 (ab 18 Uhr)", "+1 415 867 5309 x204", "415-867-5309",
    "(415)8675309", "1 (415) 867-5309", "+61 412 345 678", "0412 345 678", "+91 98765 43210", "+62 812-3456-7890",
    "+234 803 123 4567", "+27 82 123 4567", "+353 87 123 4567", "+30 691 234 5678", "+420 601 123 456",
    "+36 20 123 4567", "+40 721 234 567", "+380 67 123 4567", "+972 52-123-4567", "+971 50 123 4567",
    "+52 1 55 1234 5678", "+54 9 11 1234-5678", "+852 9123 4567", "+65 9123 4567", "+886 912 345 678",
    "+84 912 345 678", "+66 81 234 5678",
    # phone, labelled or in a sentence
    "Tel.: 0151 2345 6789", "Rückruf unter 0171-9876543", "call me on 07911 123456", "WhatsApp +4915123456789",
    "Teléfono: 612 345 678", "telefono 347.123.4567", "Telefone: (21) 98765-4321", "電話 090-1234-5678",
    "전화번호 010-9876-5432", "手机：13912345678", "тел. 8-916-123-45-67", "Telefoon: 06 1234 5678",
    "telefon: 512 345 678", "cep: 0532 123 45 67", "bitte anrufen 01512345678",
    # phone, spelled or disguised
    "zero one five one two three four five six seven eight nine",
    "null eins fünf eins zwei drei vier fünf sechs sieben acht neun", "Handy 0 1 5 1 2 3 4 5 6 7 8 9",
    "O151 2345 6789", "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
    "cero seis uno dos tres cuatro cinco seis siete", "oh seven seven double oh nine double oh one two three",
    "tre quattro sette uno due tre quattro cinque sei sette", "𝟎𝟏𝟓𝟏 𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "٠١٥١٢٣٤٥٦٧٨٩",
    "０１５１－２３４５６７８９", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "一三八 零零一三 八零零零", "전화 공일공-일이삼사-오육칠팔",
    "восемь девять один шесть один два три четыре пять шесть семь", "+49 1 5 1 - 2 3 4 - 5 6 7 8 9",
    "zero six one two three four five six seven eight",
    # bank accounts
    "DE89 3704 0044 0532 0130 00", "de89370400440532013000", "IBAN: GB82 WEST 1234 5698 7654 32",
    "FR14 2004 1010 0505 0001 3M02 606", "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456",
    "NL91ABNA0417164300", "PL61 1090 1014 0000 0712 1981 2874", "BE68 5390 0754 7034",
    "Kontonummer 0532013000 BLZ 37040044", "TR33 0006 1005 1978 6457 8413 26", "DE44-5001-0517-5407-3249-31",
    "sort code 20-00-00 account 55779911", "iban de89-3704-0044-0532-0130-00",
    "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0", "routing 021000021 account 123456789",
    "BIC COBADEFFXXX Konto 0532013000", "IBAN GB29NWBK60161331926819", "CH93 0076 2011 6238 5295 7",
    "AT61 1904 3002 3457 3201", "IE29 AIBK 9311 5212 3456 78", "DK50 0040 0440 1162 43",
    "SE45 5000 0000 0583 9825 7466", "NO93 8601 1117 947", "FI21 1234 5600 0007 85", "LU28 0019 4006 4475 0000",
    "CZ65 0800 0000 1920 0014 5399", "HU42 1177 3016 1111 1018 0000 0000", "RO49 AAAA 1B31 0075 9384 0000",
    "GR16 0110 1250 0000 0001 2300 695", "SA03 8000 0000 6080 1016 7519", "BR97 0036 0305 0000 1000 9795 493P 1",
    # payment cards
    "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "3782 822463 10005", "6011 1111 1111 1117",
    "card 4111111111111111 exp 12/27 cvv 123", "four one one one one one one one one one one one one one one one",
    "4111\xa01111\xa01111\xa01111", "Kreditkarte: 5555 5555 5555 4444", "tarjeta 4111.1111.1111.1111",
    "41111111 11111111", "4111 11 11 1111 1111", "3530 1113 3330 0000", "cc: 5555-5555-5555-4444 (exp 03/28)",
    "Amex 3714 496353 98431", "Diners 3056 9309 0259 04", "Mastercard 2221 0000 0000 0009",
    "UnionPay 6200 0000 0000 0005", "4111111111111111|12|2027|123",
    # national ids
    "SSN 078-05-1120", "ssn: 078051120", "social security number 536-90-4399", "PR 31 41 59 B",
    "NI number AB123456C", "National Insurance: JG 10 37 26 A", "Steuer-ID 65929970489",
    "Steuerliche IdNr. 47 151 628 392", "12345678Z", "DNI: 12.345.678-Z", "NIE X1234567L", "NIE Y-7654321-G",
    "RSSMRA85T10A562S", "CF: rssmra85t10a562s", "codice fiscale RSSMRA85T10A562S", "PESEL 87031401231",
    "PESEL: 92021505815", "BSN 111222333", "burgerservicenummer 1234.56.782", "personnummer 870314-2342",
    "19870314-2342", "CPF 529.982.247-25", "CPF: 31804759279", "NIR 1 87 03 75 123 045 63",
    "numéro de sécurité sociale 187037512304563", "TC Kimlik No: 10000000146", "TCKN 38472915638",
    "11010519491231002X", "身份证号 440304198703142815", "주민등록번호 870314-1234567",
    "マイナンバー 1234 5678 9018", "個人番号 483729156028", "СНИЛС 112-233-445 95", "ИНН 500314567806",
    "паспорт 45 06 123456", "numéro national 87.03.14-123.44", "NIF 234567899", "SVNR 1235 140387",
    "Personalausweis T22000129", "DNI 47291836H", "NSS 28 1234567840", "NHS number 943 476 5919",
    "SIN 046 454 286", "TFN 123 456 782", "AHV 756.1234.5678.97", "HETU 131052-308T", "OIB 69435151530",
    "RUT 12.345.678-5", "PPS 1234567T", "Reisepass C01X00T47", "passport no. 533380006",
    "driver's license D1234567", "Führerschein B072RRE2I55", "NIE: Z-1234567-R", "EGN 7523169263",
    "PESEL 02070803628", "CURP HEGG560427MVZRRL04", "Steuernummer 21/815/08150",
    "Sozialversicherungsnummer 65 170839 J 003", "numéro AVS 756.9217.0769.85", "NIR 2 84 12 76 451 089 93",
    "RG 12.345.678-9", "DNI 12.345.678 (Argentina)",
    # ip addresses
    "81.2.69.160", "IP: 81.2.69.160", "2a00:1450:4001:82b::200e", "2a02:8108:1234:5678:9abc:def0:1234:5678",
    "::ffff:81.2.69.160", "81.002.069.160", "[2a00:1450:4001:82b::200e]:443", "client ip 92.117.45.3",
    "X-Forwarded-For: 92.117.45.3, 10.0.0.1", "81[.]2[.]69[.]160", "ip-81-2-69-160.dynamic.example.net",
    "92.117.45.3:51234", "IP-Adresse 92.117.45.3", "2A02:8108:1234:5678:9ABC:DEF0:1234:5678",
    "160.69.2.81.in-addr.arpa", "0x51.0x2.0x45.0xa0", "IP 1359103392", "0121.02.0105.0240", "81.2.69.160/32",
    "2a00:1450:4001:082b:0000:0000:0000:200e", "2a00-1450-4001-82b--200e.ipv6.example.net", "IP 81 2 69 160",
    # dates of birth
    "DOB: 14.03.1987", "born 14/03/1987", "geb. 14.03.1987", "Geburtsdatum: 1987-03-14", "né le 14 mars 1987",
    "fecha de nacimiento: 14/03/1987", "data di nascita 14/03/1987", "data de nascimento: 14/03/1987",
    "geboortedatum 14-03-1987", "data urodzenia: 14.03.1987", "doğum tarihi: 14.03.1987", "生年月日 1987年3月14日",
    "생년월일 1987.03.14", "出生日期：1987年3月14日", "дата рождения 14.03.1987", "birthday: March 14, 1987",
    "Birthdate 3/14/87", "geboren am 14. März 1987", "date of birth 1987-03-14", "b. 14 Mar 1987", "DOB 870314",
    "Geb.-Dat. 14031987", "born on the 14th of March 1987", "nato il 14 marzo 1987",
    "nacida el 14 de marzo de 1987", "urodzony 14 marca 1987", "1987年3月14日生まれ", "родился 14 марта 1987 г.",
    "age 37, born 1987-03-14", "DOB 03/14/1987", "Born: 14-Mar-87", "Birthday 1987.03.14",
    "date de naissance : 14/03/87", "Geburtstag am 14.03.87", "doğum: 14 Mart 1987", "b. 1987-03-14",
    "DOB: 19870314",
    # postal addresses
    "Musterstraße 12, 10115 Berlin", "Hauptstr. 5a, 80331 München", "Lieferadresse: Am Markt 3, 04109 Leipzig",
    "221B Baker Street, London NW1 6XE", "14 Acacia Avenue, Leeds LS6 2AB",
    "742 Evergreen Terrace, Springfield, OR 97477", "ship to: 55 Oak Street Apt 4B, Brooklyn NY 11201",
    "12 rue de la Paix, 75002 Paris", "Calle Mayor 15, 3º B, 28013 Madrid", "C/ Gran Vía 28, 2º izq, 28013 Madrid",
    "Via Roma 10, 00184 Roma RM", "Rua Augusta 100, 1100-053 Lisboa", "Kerkstraat 12, 1017 GC Amsterdam",
    "ul. Marszałkowska 10/5, 00-590 Warszawa", "Atatürk Cad. No: 15 Daire: 3, 34710 Kadıköy/İstanbul",
    "〒100-0001 東京都千代田区千代田1-1", "서울특별시 강남구 테헤란로 123, 101동 202호",
    "北京市朝阳区建国路88号3单元502室", "г. Москва, ул. Тверская, д. 7, кв. 15",
    "Rechnungsadresse Lindenweg 7 53111 Bonn", "Leave at door: 8 Elm Close, Oxford OX2 7AB",
    "PO Box 1234, Austin, TX 78701", "Packstation 123, Postnummer 12345678, 10115 Berlin",
    "musterstrasse 12 10115 berlin", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "Flat 3, 27 Queen's Road, Brighton BN1 3XA", "Bahnhofstrasse 45, 8001 Zürich",
    "Mariahilfer Straße 12/3/14, 1060 Wien", "Strada Nuova 5, int. 3, 16124 Genova",
    "Paseo de Gracia 92, 08008 Barcelona", "1234 Main St Unit 5, Seattle WA 98101",
    "Rua das Flores, 45 - apto 302", "大阪市北区梅田3-1-1", "대구광역시 수성구 범어동 123-4",
    "Postfach 10 12 34, 10115 Berlin", "Anna Schmidt, Musterstraße 12, 10115 Berlin",
    "Musterstraße 12\n10115 Berlin", "Str. des 17. Juni 135, 10623 Berlin",
    "2-3-4 Shibuya, Shibuya-ku, Tokyo 150-0002", "Carrer de Mallorca 401, 5è 2a", "Largo do Chiado 8, 2º Dto",
    # names, greetings and orders
    "Welcome back, Maria Lopez!", "Bestellung für Thomas Müller", "Lieferung an Sabine Krüger",
    "Commande de Jean-Pierre Dubois", "Pedido de María García López", "Hola, José Hernández",
    "Ordine di Giulia Rossi", "Ciao Marco Bianchi, il tuo ordine è in arrivo", "Encomenda de João Silva",
    "Bestelling voor Jan de Vries", "Zamówienie dla Katarzyny Nowak", "Dzień dobry, Piotr Kowalski",
    "Заказ для Ивана Петрова", "Здравствуйте, Анна Смирнова", "Geschenk für Lena Hoffmann",
    "Tarjeta regalo para Sofía Martínez", "Delivered to Olivia Martin at reception",
    "bestellung für thomas müller", "Hey Oliver Smith, your cart is waiting", "Привет, Дмитрий Соколов",
    "Dear Mr. James Anderson",
    # names, East Asian
    "山田太郎様のご注文", "田中 花子 様", "안녕하세요 이서준 고객님", "王伟的订单", "收货人：李娜", "氏名：佐藤健",
    "이름: 박지훈", "姓名：张伟", "ヤマダ タロウ 様",
    # names, labelled fields and CRM exports
    "Customer: Robert Taylor", "Name: Sophie Dubois", "Nombre: Lucía Fernández", "Nome: Francesca Romano",
    "Naam: Daan Bakker", "Imię i nazwisko: Agnieszka Wiśniewska", "Ad Soyad: Zeynep Kaya",
    "ФИО: Смирнов Алексей Викторович", "Full name: O'Brien, Siobhan", "Ticket #4521 opened by Kevin O'Connor",
    "Vorname: Jörg", "Empfänger: Familie Schröder, Birkenweg 4", "Kontaktperson: Uwe Hartmann",
    "recipient: Hannah Schulz", "BEGIN:VCARD\nFN:Anna Schmidt\nEND:VCARD",
    # names, signatures and reviews
    "Best regards, Michael Brown", "Mit freundlichen Grüßen, Julia Weber", "Cordialement, Pierre Lefebvre",
    "Saludos, Carmen Ruiz", "Great product! - Jennifer Davis, Ohio", "Review by Lukas Schneider",
    "Cordiali saluti, Alessandro Conti", "Met vriendelijke groet, Pieter van Dijk", "Pozdrawiam, Tomasz Wójcik",
    "Atenciosamente, Beatriz Almeida", "xoxo, Jessica Parker",
    # names, chat lines and notes
    "[10:42] Anna Schmidt: wann kommt mein Paket?", "Anna Schmidt hat den Chat verlassen",
    "Agent: Hi Daniel Fischer, how can I help?", "my name is Laura Gómez and my order is late",
    "ich heiße Stefan Braun", "je m'appelle Claire Moreau",
    # names, file names
    "Lebenslauf_Maximilian_Fischer.pdf", "CV - Chloé Bernard.docx", "IMG_2024_Anna-Schmidt-Ausweis.png",
    "Rechnung_Thomas_Mueller_2024.pdf", "Personalausweis Thomas Müller.pdf",
    # handles and accounts
    "Instagram: @anna.schmidt87", "Telegram @ivanpetrov", "Skype: live:anna.schmidt_1", "username: john.smith84",
    "twitter.com/annaschmidt87", "LINE ID: yamada_taro", "WeChat: wangwei1987",
    # mail, provider named without @
    "my gmail is anna.schmidt87", "anna.schmidt87 (gmail)", "anna.schmidt87 on gmail", "anna.schmidt87 auf gmx",
    "Email: anna.schmidt87 at googlemail", "anna.schmidt at gmail", "gmail: anna.schmidt",
    # (closer 234: closed by rule)
    "* 14.03.1987", "1987년 3월 14일생", "生日 1987-03-14", "*14.3.1987", "Musterstr. 12 · 10115 Berlin · Deutschland",
    "ZIP 10115 Berlin Musterstr 12", "Flat 2B, 45 Kensington High St", "Bağdat Caddesi No: 123/5",
    "Schillerstr 7 2.OG links", "10115 Berlin, Torstraße 1", "Karl-Marx-Allee 90 Wohnung 23",
    "3rd floor, 12 Rue Oberkampf", "c/o Müller, Lindenweg 7", "ul. Długa 5 m. 12",

    # (closer 233) a full name a greeting, a gift's or an order's label or a letter's closing calls, ending the text
    "Hello Anna Schmidt", "Bonjour Camille Martin", "Olá Ana Costa", "Hallo Sanne Jansen", "Merhaba Mehmet Demir",
    "Hi Jessica Parker", "Guten Tag Frau Sabine Krüger", "Buongiorno Chiara Ferrari", "Buenos días Javier Moreno",
    "Goedemorgen Lotte Visser", "Witaj Magdalena Zielińska", "Sipariş: Ayşe Yılmaz",
    "To: Emma Wilson, From: Liam Wilson", "Hediye: Elif Şahin için", "For: Mia Thompson", "Pour Isabelle Laurent",
    "Per Matteo Esposito", "Para Gabriela Souza", "Signed: Emily Johnson", "Thanks! Kind regards Oliver Smith",
    "Gruß, Uwe Hartmann", "Rezension von Katharina Meyer", "Avis de Nathalie Girard",
    # ... and after an honorific or a contact's label
    "Dr. Klaus Wagner", "Mrs. Elizabeth Clarke", "Ansprechpartner Frau Petra Lang",
    # (closer 233) a full name in a file's name after an identity document's and a scan's words or a job
    # application's or a notice's word
    "passport_scan_john_smith.jpg", "bewerbung-laura-koch.pdf", "Kündigung_Sabine_Krüger.docx",
    "resume-jennifer-davis-2024.pdf",
    # (closer 235) a CRM export's shapes, a signature, a chat's join line, a note asking to call a person, a closing
    # and a dedication to a relative, a file's name
    "Anna;Schmidt;Berlin;VIP", '{"firstName":"Anna","lastName":"Schmidt"}', "Anna Schmidt (Kundin seit 2019)",
    "Müller, Thomas", "SCHMIDT Anna", "first_name=Anna;last_name=Schmidt", "Anderson, James (VIP)",
    "KRÜGER, Sabine", "— Sarah Williams", "5 stars, would buy again. Tom K. Becker",
    "Love it!!! Stephanie Miller from Texas", "chat: Maria Lopez joined the conversation",
    "Order note: please call Hans Zimmermann before delivery", "Gift message: Happy birthday Lena! Love, Oma Gertrud",
    "Note: ring twice, ask for Mr. Patel", "Geburtstagsgeschenk für Oma Ingrid Schulz",
    "Liebe Grüße von Katrin und Jens Schubert", "Screenshot from Maria Lopez.png", "anna_schmidt_1987.jpg",

    # (closer 236: closed by rule) a sign or a dot standing for @, digits in words among figures or apart by a slash,
    # ten digits said one by one, a local number after a calling verb, an IBAN's country apart, an Italian identity
    # card, a house's and a flat's numbers after a street's word, a flat's number before its line, a Turkish door
    "anna.schmidt.gmail.com", "anna.schmidt#web.de", "anna.schmidt◎web.de",
    "seven seven zero zero nine zero zero one two three", "0151-two three four-56789",
    "null-eins-fünf-eins / zwei-drei-vier-fünf-sechs-sieben-acht-neun", "call 867-5309",
    "DE 89 370 400 440 532 013 000", "carta d'identità CA00000AA", "ул. Ленина, 10-25", "Aleja Jana Pawła II 12/34",
    "Appartement 12, 3 avenue Victor Hugo, 69003 Lyon", "apt 4b 55 oak st brooklyn", "İstiklal Cd. No:12 D:4 Beyoğlu",
]

LEAKS = {
    "mail: a webmail's name with no domain or before the local part": [
        "annaschmidt at web", "@web.de: anna.schmidt",
    ],
    "phone: a letter o for 0 before dotted groups, a digit word glued between figures": [
        "o.151.234.567.89", "01five1 23456789",
    ],
    ("national id: a NINO unspaced with no label (a code's shape, as test_detector_attack_15_ids asserts of "
     "`AB123456C`)"): [
        "JG103726A",
    ],
    "postal address: a street and house number alone (no postcode, no town)": [
        "Lindenweg 7", "Baker Street 221B", "55 rue du Faubourg Saint-Honoré", "Viale Monza 12/B",
        "Stationsweg 4a",
    ],
    ("name: a full name after a greeting (Hello, Hi, Bonjour, Olá, Hallo, Merhaba, Buongiorno, Buenos "
     "días, Goedemorgen, Witaj, Guten Tag Frau), lower case too"): [
        "hi anna schmidt",
    ],
    ("name: a full name a gift or an order is for (For:, für Oma, Pour, Per, Para, için, To:/From:, "
     "Sipariş:), a Korean name before 님"): [
        "김민지 님의 주문",
    ],
    ("name: a CRM export's shape (Last, First; LAST First; a note in brackets after it; a title or "
     "honorific before it; key=value pairs, a CSV row, a JSON object's firstName and lastName; Kunde or "
     "Ansprechpartner before it)"): [
        "Kunde Max Mustermann",
    ],
    ("name: a full name alone, in any script or case (no label, no greeting: as a user trait or a note "
     "sends it)"): [
        "Anna Schmidt", "María García López", "Jan de Vries", "Иван Петров", "山田太郎", "anna schmidt",
    ],
}

ORDINARY = [
    "Anna Karenina (Tolstoy, paperback)", "Ben & Jerry's Cookie Dough", "Paul Smith Men's Wallet",
    "Calvin Klein Eternity 100ml", "Hugo Boss Bottled", "Tommy Hilfiger Polo", "Marc O'Polo Shirt",
    "Jack Daniel's Old No. 7", "Johnnie Walker Black Label", "Dr. Martens 1460 Boots", "Ralph Lauren Oxford",
    "Harry Potter and the Philosopher's Stone", "Mona Lisa Poster 50x70", "Margherita Pizza", "Earl Grey Tea 250g",
    "Chanel No. 5 Eau de Parfum", "Louis Vuitton Neverfull", "Version 10.0.19045.3803",
    "Bestellnummer 2024-11-000123", "Tracking 00340434161094042557", "Model SM-A556B/DS", "Price 1.299,00 €",
    "Size 42 EU / 8 UK", "Delivery 14.03.2025", "Valid until 12/27", "Promo code SUMMER-2025", "Paint RAL 9010",
    "Screen 1920x1080 @ 144Hz", "2x USB-C @ 65W", "Gift for dad", "Birthday card for grandma",
    "Phone case for iPhone 15", "Address book A5 leather", "Name badge holder 10 pack", "Samsung Galaxy S24 Ultra",
    "Canon EOS R6 Mark II", "Nike Air Max 90", "Lego 42115 Lamborghini Sián", "Bosch GSR 18V-55",
    "Ernest Hemingway: The Old Man and the Sea", "Taylor Swift - 1989 (Vinyl)", "Beethoven Symphony No. 9",
    "Saint-Émilion Grand Cru 2015", "Rue de la Paix Monopoly edition", "Route 66 Sign", "Baker Street Tea Blend",
    "Lieferung am Freitag zwischen 10-14 Uhr", "IP67 waterproof", "IPv6 ready router", "ISBN 978-3-16-148410-0",
    "EAN 5901234123457", "商品番号 4902102072618", "Kapazität 12000 mAh", "Serie A 2024/25 Trikot",
    "Cyber Monday -30%", "Art.-Nr. 0151-234-567", "Part 612-345-678-A", "Hotel Adlon Kempinski Berlin",
    "Victoria Beckham Dress", "San Pellegrino 24 x 0,5 l", "Adidas Stan Smith", "Kaffee Gran Via Espresso",
    "Zara Woman Blazer", "Mr. Clean Magic Eraser", "Release date 14.03.1987", "Founded 1987", "Hotel Müller Garni",
    "Müller Milchreis", "Dr. Oetker Pizza", "Mrs. Doubtfire DVD", "Mr. Bean Teddy", "Anna & Elsa Frozen Doll",
    "Jamie Oliver Pan Set", "Gordon Ramsay Knives", "Hello Kitty Backpack", "Bonjour Paris Poster",
    "Hola Mexico Tequila", "Casa Batlló ticket", "Via Veneto Shoes", "Abbey Road Vinyl", "Penny Lane Jacket",
    "Router login 192.168.0.1", "Firmware 2.4.0.1", "Pour Homme Eau de Toilette", "Para Ti Chocolate",
    "Per Lei Profumo", "Love, Actually DVD", "Dear Evan Hansen Soundtrack", "Dr. Pepper 24 Pack",
    "Mrs. Meyer's Clean Day Soap", "Mr. Porter Gift Card", "Tom Ford Black Orchid",
    "Jo Malone Peony & Blush Suede", "Hallo Welt Tasse", "Olá Brasil Kaffee", "Sesamstraße 123 DVD",
    "Abbey Road 3 LP", "Miracle on 34th Street", "Baker Street 221B Board Game", "Born to Run Vinyl 1975",
    "Version 1.2.3.4", "v4.12.1.160", "Emily in Paris Season 3", "Harry Styles Fine Line",
    "Marco Polo Travel Guide", "Thomas the Tank Engine", "Hans im Glück Burger", "Peter Pan Collar Blouse",
    "Jean Paul Gaultier Le Male", "Giorgio Armani Sì", "Carolina Herrera Good Girl", "Yves Saint Laurent Libre",
    "Dolce & Gabbana Light Blue", "Paco Rabanne 1 Million", "Agatha Christie Box Set", "For Her Gift Set",
    "Signed First Edition Print", "Kind Regards Greeting Cards 10 pack", "Hello Fresh Box",
    "Merhaba Istanbul Guide", "Liebe Grüße Postkarte", "Bestellung 2024-000481", "Buenos Aires Tango Shoes",
    # (closer 236: closed by rule) a compound label whose head is a product's label
    "Ersatzteil 030-123-456",
]

DROPPED: Dict[str, List[str]] = {}

PERSONAL_KEYS = [
    "email", "e_mail", "E-Mail-Adresse", "emailAddress", "user_email", "customerEmail", "mail", "correo",
    "correo_electronico", "courriel", "adresse_mail", "posta_elettronica", "email_cliente", "endereco_email",
    "e-posta", "eposta_adresi", "adres_email", "メールアドレス", "이메일", "电子邮件", "邮箱", "электронная_почта",
    "phone", "phone_number", "telefon", "telefonnummer", "handynummer", "mobile", "cell_phone", "téléphone",
    "numero_de_telephone", "teléfono", "telefono_cellulare", "celular", "telemovel", "telefoonnummer",
    "numer_telefonu", "telefon_numarasi", "電話番号", "전화번호", "手机号", "телефон", "first_name", "firstName",
    "last_name", "surname", "vorname", "nachname", "prenom", "nom_de_famille", "nombre_completo", "apellido",
    "cognome", "sobrenome", "achternaam", "imie", "nazwisko", "ad_soyad", "氏名", "이름", "姓名", "имя", "фамилия",
    "birthdate", "date_of_birth", "dob", "geburtsdatum", "date_naissance", "fecha_nacimiento", "data_nascita",
    "street_address", "strasse", "hausnummer", "adresse", "direccion", "indirizzo", "iban", "card_number",
    "cc_number", "cvv", "ssn", "national_id", "steuer_id", "dni", "codice_fiscale", "pesel", "bsn", "personnummer",
    "cpf", "passport_number", "ip_address", "client_ip", "billing.email", "shipping_address.line1", "user.phone",
    "customer[email]", "contact-email", "EMAIL_ADDR", "Mail_Adresse", "Geburtstag", "住所", "주소", "地址",
    "адрес", "numéro_de_sécurité_sociale", "tc_kimlik_no", "customer_full_name", "recipientName",
    "billingFirstName", "anschrift", "wohnort", "geburtsort", "maiden_name", "mother_maiden_name", "spouse_name",
    "ansprechpartner", "contact_person", "empfaenger", "destinatario", "remote_addr", "x_forwarded_for", "imei",
    "mac_address", "license_plate", "kennzeichen", "targa", "matricula", "nif", "nie", "curp", "aadhaar",
    "nhs_number", "kontonr", "bankverbindung", "routing_number", "card_cvc", "EMailAddr", "emial", "e.mail",
    "mail_addr", "mobil_nr", "tel_nr", "rufnummer", "whatsapp_number", "postleitzahl", "codigo_postal", "FNAME",
    "LNAME", "PHONE", "BIRTHDAY", "fullName", "displayName", "benutzername", "kunde.vorname",
    "billing_address[street]", "customer__last_name", "LASTNAME", "prénom", "date_de_naissance", "sähköposti",
    "epost", "e-postadresse", "telefonszám", "jméno", "příjmení", "ulica", "numer_domu", "kod_pocztowy",
    "doğum_tarihi", "isim", "cep_telefonu", "携帯番号", "誕生日", "생일", "휴대폰", "出生日期", "身份证",
    "дата_рождения", "паспорт", "emailadres", "woonplaats", "voornaam", "tussenvoegsel", "huisnummer",
    "user[contact][mail]", "data.customer.emailAddress", "Ship-To-Name", "x-user-email", "cust_ph_no", "usr_eml",
    "em", "ph", "fn", "ln", "db", "anna.schmidt@web.de", "+4915123456789", "mailAdresse", "homeAddress", "addr1",
    "address_line_1", "street1", "hnr", "gebdat", "geb_datum", "bday", "birth_dt", "tel1", "fon_privat", "mob",
    "msisdn", "phoneNo", "ph_num", "contact_no", "e_addr", "emailid", "cc_num", "acct_no", "sort_code", "tax_id",
    "nationalInsuranceNumber", "passport", "voter_id", "snils", "inn", "my_number", "身份證", "電子郵件", "メール",
    "携帯", "名前", "苗字", "お名前", "성명", "연락처", "주민번호", "联系电话", "收货地址", "收件人", "отчество",
    "e-mailadres", "adres_zamieszkania", "kimlik_no", "dogum_tarihi", "eposta", "nome_completo",
    "data_de_nascimento", "indirizzo_email", "cellulare",
    # (closer 234: closed by rule)
    "soyisim", "kundenmail", "vname", "nname", "dl_number",
    # (closer 235: a full name as the key)
    "Thomas Müller",
]

LEAKED_KEYS: dict = {}

ORDINARY_KEYS = [
    "product_id", "sku", "currency", "value", "quantity", "category", "page_type", "utm_source", "coupon",
    "shipping_method", "payment_method", "order_id", "email_opt_in", "newsletter_sent", "phone_case_color",
    "product_name", "brand_name", "ip_rating", "birthday_sale", "first_purchase", "last_seen_days",
    "delivery_date", "cart_size", "screen_resolution", "email_campaign_id", "phone_model", "birthday_discount",
    "address_type", "first_order_date", "name_length_limit",
    # (closer 234: closed by rule)
    "address_validated", "mail_channel",
]

DROPPED_KEYS = {
    ("a key whose personal word qualifies an ordinary datum (a country: the customer's, Meta's customer "
     "information key `country`, a documented price)"): [
        "shipping_country", "ip_country",
    ],
}

PERSONAL_URLS = [
    # mail in a URL
    f"{_S}/account?email=anna.schmidt%40web.de", f"{_S}/u/anna.schmidt@web.de/orders",
    f"{_S}/#email=anna@example.com", f"{_S}/search?q=anna+at+example+dot+com",
    f"{_S}/login?redirect=mailto:anna@example.com", f"{_S}/?utm_content=anna.schmidt%40gmx.de",
    f"{_S}/?e=YW5uYUBleGFtcGxlLmNvbQ%3D%3D", f"{_S}/?user=anna.schmidt%2540web.de",
    f"{_S}/#/profile/anna@example.com", f"{_S}/?%E3%83%A1%E3%83%BC%E3%83%AB=anna%40example.jp",
    f"{_S}/?correo=maria%40gmail.com", f"{_S}/search/anna%20at%20example%20dot%20com",
    f"{_S}/?ref=https%3A%2F%2Fmail.example.org%2F%3Fu%3Danna%40example.com",
    f"{_S}/newsletter/confirm/anna(at)example.de", f"{_S}/?s=ANNA.SCHMIDT@GMAIL.COM",
    f"{_S}/unsubscribe?address=anna+schmidt%40web.de", f"{_S}/?anna.schmidt@web.de",
    f"{_S}/?q=anna%5Bat%5Dweb%5Bdot%5Dde", f"{_S}/?em=anna%26%2364%3Bexample.com",
    f"{_S}/share?text=write+me+at+anna.schmidt%40web.de", f"{_S}/?to=anna.schmidt%40web.de",
    f"{_S}/?q=anna.schmidt+at+web.de", f"{_S}/users/anna.schmidt%40web.de",
    f"{_S}/?data=eyJlbWFpbCI6ImFubmFAZXhhbXBsZS5jb20ifQ",
    f"{_S}/?payload=%7B%22email%22%3A%22anna%40example.com%22%7D", f"{_S}/?u=anna.schmidt&d=web.de",
    f"{_S}/?q=anna.schmidt87+gmail", f"{_S}/#/checkout?email=anna%40example.com",
    f"{_S}/reset-password?email=anna%40web.de", f"{_S}/?EMAIL=anna.schmidt%40web.de",
    f"{_S}/?email=anna%2Eschmidt%40web%2Ede",
    # phone in a URL
    f"{_S}/?phone=%2B4915123456789", f"{_S}/?tel=0151-23456789", f"{_S}/?q=0151+23456789",
    f"{_S}/#phone=+4915123456789", f"{_S}/de/kunde/0151-23456789", f"{_S}/?utm_term=015123456789",
    f"{_S}/callback?number=%2B44+7700+900123", f"{_S}/?telefono=347+123+4567", f"{_S}/?handy=0171%2F9876543",
    f"{_S}/contact/+33612345678", f"{_S}/?q=%2B1+(415)+867-5309", f"{_S}/?whatsapp=4915123456789",
    f"{_S}/?s=090-1234-5678", f"{_S}/?mobile=13912345678",
    f"{_S}/?q=zero+one+five+one+two+three+four+five+six+seven+eight+nine", f"{_S}/?phone=tel%3A%2B4915123456789",
    f"{_S}/?whatsapp=https%3A%2F%2Fwa.me%2F4915123456789",
    # ids and accounts in a URL
    f"{_S}/?iban=DE89370400440532013000", f"{_S}/p/DE89370400440532013000", f"{_S}/?ssn=078-05-1120",
    f"{_S}/?pesel=87031401231", f"{_S}/?cf=RSSMRA85T10A562S", f"{_S}/?dni=12345678Z", f"{_S}/?cpf=529.982.247-25",
    f"{_S}/?card=4111111111111111", f"{_S}/?q=4111+1111+1111+1111", f"{_S}/?bsn=111222333",
    f"{_S}/?nino=QQ123456C", f"{_S}/?steuerid=65929970489", f"{_S}/?tckn=10000000146",
    f"{_S}/verify/11010519491231002X", f"{_S}/?q=DE89+3704+0044+0532+0130+00", f"{_S}/?personnummer=19870314-2342",
    f"{_S}/?id=870314-1234567", f"{_S}/#iban=GB82WEST12345698765432", f"{_S}/?cc=4111-1111-1111-1111",
    f"{_S}/?nhs=9434765919", f"{_S}/?q=SSN+078-05-1120",
    # ip in a URL
    f"{_S}/?ip=81.2.69.160", f"{_S}/?ref=81.2.69.160", f"{_S}/?client=2a00:1450:4001:82b::200e",
    f"{_S}/debug/92.117.45.3", f"{_S}/?xff=92.117.45.3%2C10.0.0.1", f"{_S}/#ip=92.117.45.3",
    f"{_S}/ip/81.2.69.160", f"{_S}/?ip=1359103392", f"{_S}/?ip=81-2-69-160",
    # birth date in a URL
    f"{_S}/?dob=1987-03-14", f"{_S}/?birthday=14.03.1987", f"{_S}/?geburtsdatum=14.03.1987",
    f"{_S}/signup?fecha_nacimiento=14%2F03%2F1987", f"{_S}/#dob=14/03/1987", f"{_S}/?q=born+14%2F03%2F1987",
    f"{_S}/?q=DOB+14.03.1987", f"{_S}/?bday=1987-03-14",
    # address in a URL
    f"{_S}/?address=Musterstra%C3%9Fe+12%2C+10115+Berlin",
    f"{_S}/?street=Musterstra%C3%9Fe+12&zip=10115&city=Berlin",
    f"{_S}/track/order?recipient=Jan+de+Vries&zip=1017GC", f"{_S}/?ship_to=221B+Baker+Street%2C+London+NW1+6XE",
    f"{_S}/?q=12+rue+de+la+Paix+75002+Paris", f"{_S}/?adresse=Hauptstr.+5a%2C+80331+M%C3%BCnchen",
    f"{_S}/?plz=10115&strasse=Musterstr.+12", f"{_S}/?q=Flat+3%2C+27+Queen%27s+Road%2C+Brighton+BN1+3XA",
    f"{_S}/?addr=Lindenweg+7",
    # name in a URL
    f"{_S}/?name=Thomas+M%C3%BCller", f"{_S}/?vorname=Thomas&nachname=M%C3%BCller",
    f"{_S}/customers/thomas-mueller/orders", f"{_S}/invoice/Rechnung_Thomas_Mueller.pdf",
    f"{_S}/?first_name=Anna&last_name=Schmidt", f"{_S}/?q=Bestellung+f%C3%BCr+Thomas+M%C3%BCller",
    f"{_S}/?recipient=Sophie+Dubois", f"{_S}/?nombre=Luc%C3%ADa+Fern%C3%A1ndez", f"{_S}/?customer=Robert+Taylor",
    f"{_S}/?%E6%B0%8F%E5%90%8D=%E4%BD%90%E8%97%A4%E5%81%A5", f"{_S}/?%D0%B8%D0%BC%D1%8F=%D0%98%D0%B2%D0%B0%D0%BD",
    f"{_S}/#name=Maria%20Lopez", f"{_S}/?fullname=O%27Brien%2C+Siobhan", f"{_S}/?name=anna+schmidt",
    f"{_S}/kunde/Schmidt-Anna/", f"{_S}/files/Lebenslauf_Maximilian_Fischer.pdf",
    f"{_S}/?fname=Anna&lname=Schmidt", f"{_S}/profile/Anna-Schmidt-1987", f"{_S}/?recipient_name=Jan%20de%20Vries",
    f"{_S}/u/anna.schmidt87",
    # personal key in a URL
    f"{_S}/?telefon=x", f"{_S}/?kunde_email=hidden", f"{_S}/?correo_electronico=1",
    # (closer 234: closed by rule)
    f"{_S}/maps/Calle+Mayor+15,+28013+Madrid", f"{_S}/?born=1987-03-14", f"{_S}/?geb=14.03.1987",
    f"{_S}/?vname=Anna&nname=Schmidt",

    # (closer 233) a greeted full name in a query's value or a path's slug, a scanned passport's holder in a file name
    f"{_S}/?msg=Hello+Anna+Schmidt", f"{_S}/greeting/Hallo-Anna-Schmidt",
    f"{_S}/uploads/passport_scan_john_smith.jpg",
    # (closer 235) a note asking to call a person
    f"{_S}/?note=please+call+Hans+Zimmermann",

    # (closer 236) a given name and a family name joined by a dot, a campaign term's whole value
    f"{_S}/?utm_term=anna.schmidt",
]

LEAKED_URLS = {
    ("URL: a name after a greeting (query or path), in a note, under a review's author, in an upload's "
     "file name"): [
        f"{_S}/?review_author=Jennifer+Davis",
    ],
}

ORDINARY_URLS = [
    f"{_S}/p/iphone-15-pro?color=blue&utm_source=newsletter", f"{_S}/search?q=anna+karenina",
    f"{_S}/c/damen/schuhe?size=38&sort=price_asc", f"{_S}/p/paul-smith-wallet",
    f"{_S}/blog/2024/03/14/spring-sale", f"{_S}/p/ral-9010-paint?qty=2", f"{_S}/checkout/step-2?method=dhl",
    f"{_S}/?utm_campaign=black_friday_2024&gclid=abc123", f"{_S}/p/hugo-boss-bottled-100ml",
    f"{_S}/search?q=phone+case+iphone+15", f"{_S}/c/ip67-waterproof-watches",
    f"{_S}/order/confirmation?order_id=2024-11-000123", f"{_S}/p/lego-42115?variant=1", f"{_S}/de/kontakt",
    f"{_S}/p/4006381333931", f"{_S}/search?q=address+book+a5", f"{_S}/c/geschenke-fuer-oma",
    f"{_S}/p/taylor-swift-1989-vinyl", f"{_S}/?page=2&per_page=48", f"{_S}/p/anna-elsa-frozen-doll",
    f"{_S}/search?q=jamie+oliver+pan", f"{_S}/c/release-1987", f"{_S}/help/router-192-168-0-1",
    f"{_S}/p/dr-oetker-pizza?store=berlin-mitte",
]

DROPPED_URLS = {
    ("a SKU in a path shaped like a German mobile (closer 236: a trunk mobile in a phone's groups after a product's "
     "label is read as a phone, as tests/test_shop_codes.py asserts of `Art.-Nr. 0712-345-678`)"): [
        f"{_S}/p/SKU-0151-2345-6789",
    ],
}


# Whole events: a personal value in one field each, neither it nor its canonical form found anywhere in the request
# (privacy_attack_cases_2.outcome: the core; component_outcome: the built .wasm, a fresh instance per event).
PERSONAL_EVENTS: List[Case] = [
    ("mail in words @ page title", "page", {"title": "Kontakt: anna.schmidt (at) gmx (punkt) de"},
     ["anna.schmidt (at) gmx", "anna.schmidt@gmx.de"]),
    ("mail percent-encoded @ url query", "page", {"url": f"{_S}/account?email=anna.schmidt%40web.de"},
     ["anna.schmidt%40web.de", "anna.schmidt@web.de"]),
    ("mail with arroba @ search", "page", {"search": "?q=" + quote("anna arroba gmail punto com")},
     ["anna arroba gmail", "anna@gmail.com"]),
    ("mail in base64 @ property", "track", {"properties": {"ref": "YW5uYUBleGFtcGxlLmNvbQ=="}},
     ["YW5uYUBleGFtcGxlLmNvbQ", "anna@example.com"]),
    ("mail in base64 JSON @ referrer", "page",
     {"referrer": "https://www.example.org/out?d=eyJlbWFpbCI6ImFubmFAZXhhbXBsZS5jb20ifQ"},
     ["eyJlbWFpbCI6ImFubmFAZXhhbXBsZS5jb20ifQ", "anna@example.com"]),
    ("mail full-width @ product name", "track", {"name": "Product Added", "products": [
        {"product_id": "SKU-1", "name": "anna＠example．com", "price": "5"}]}, ["anna＠example", "anna@example.com"]),
    ("mail @ property key", "track", {"properties": {"anna.schmidt@web.de": "1"}}, ["anna.schmidt@web.de"]),
    ("German mobile @ property", "track", {"properties": {"note": "Rückruf unter 0171-9876543"}},
     ["0171-9876543", "1719876543"]),
    ("French mobile @ track name", "track", {"name": "Callback 06 12 34 56 78"}, ["06 12 34 56 78", "612345678"]),
    ("Japanese mobile @ page title", "page", {"title": "電話 090-1234-5678"}, ["090-1234-5678", "9012345678"]),
    ("phone in English words @ property", "track",
     {"properties": {"note": "zero one five one two three four five six seven eight nine"}},
     ["zero one five one", "15123456789"]),
    ("phone @ property key", "track", {"properties": {"+4915123456789": "1"}}, ["4915123456789"]),
    ("IBAN @ order_id", "track", {"name": "Order Completed", "properties": {
        "order_id": "DE89 3704 0044 0532 0130 00", "value": "5", "currency": "EUR"}},
     ["DE89370400440532013000", "370400440532013000"]),
    ("card @ property", "track", {"properties": {"payment": "4111-1111-1111-1111"}}, ["4111111111111111"]),
    ("PESEL @ url query", "page", {"url": f"{_S}/?pesel=87031401231"}, ["87031401231"]),
    ("codice fiscale @ product name", "track", {"name": "Product Added", "products": [
        {"product_id": "SKU-1", "name": "CF: rssmra85t10a562s", "price": "5"}]}, ["RSSMRA85T10A562S"]),
    ("CPF @ search", "page", {"search": "?q=CPF+529.982.247-25"}, ["529.982.247-25", "52998224725"]),
    ("Chinese resident id @ page title", "page", {"title": "身份证号 440304198703142815"}, ["440304198703142815"]),
    ("SSN @ referrer", "page", {"referrer": "https://www.example.org/form?ssn=078-05-1120"},
     ["078-05-1120", "078051120"]),
    ("IPv4 @ property", "track", {"properties": {"client": "X-Forwarded-For: 92.117.45.3, 10.0.0.1"}},
     ["92.117.45.3"]),
    ("IPv6 @ url path", "page", {"url": f"{_S}/debug/2a02:8108:1234:5678:9abc:def0:1234:5678"},
     ["2a02:8108:1234:5678"]),
    ("date of birth @ property", "track", {"properties": {"note": "Geburtsdatum: 1987-03-14"}}, ["1987-03-14"]),
    ("German address @ product name", "track", {"name": "Product Added", "products": [
        {"product_id": "SKU-1", "name": "Musterstraße 12, 10115 Berlin", "price": "5"}]},
     ["Musterstraße 12", "10115 Berlin"]),
    ("Japanese address @ page title", "page", {"title": "〒100-0001 東京都千代田区千代田1-1"}, ["千代田区千代田1-1"]),
    ("name an order is for @ track name", "track", {"name": "Bestellung für Thomas Müller"}, ["Thomas Müller"]),
    ("Japanese name @ property", "track", {"properties": {"gift": "山田太郎様のご注文"}}, ["山田太郎"]),
    ("Russian full name @ page title", "page", {"title": "ФИО: Смирнов Алексей Викторович"}, ["Смирнов Алексей"]),
]

# (two leaks of the lists above, shown whole: they reach the request from an event's fields too)
LEAKED_EVENTS: List[Case] = [
    ("greeted name @ page title", "page", {"title": "Hello Anna Schmidt"}, ["Anna Schmidt"]),
    ("mail with # for @ @ property", "track", {"properties": {"note": "anna.schmidt#web.de"}},
     ["anna.schmidt#web.de"]),
]
EVENT_LEAKS: Dict[str, str] = {}  # (closer 236: `#` for `@` before a country's provider closed)

# (the review's lists, then its whole events: PERSONAL_EVENTS, LEAKED_EVENTS and EVENT_LEAKS above)
globals().update(review_tests(globals()))
