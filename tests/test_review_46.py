"""Review 46: an outside attack on issue 16's promise that no raw personal value leaves in any field, from a new
angle: what real integrations send. Written from README's "Personal data" section and docs/privacy-gate.md's first
sections without reading the gate's code, the project's tests (but review 45's harness for the built component) or the
later closers' sections, against main at 49244ffb. The values are what Shopify, WooCommerce, Magento, HubSpot,
Salesforce, Segment, Klaviyo, Typeform, Calendly, booking engines, marketplaces, SaaS trials and travel or ticketing
sites put in an event: order notes, gift messages, billing and shipping blocks, form answers, CRM traits, serialized
identify calls, account page titles, booking and ticket holders, marketplace messages, upload file names, in English,
German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish, Japanese, Chinese and Arabic; the field
names those tools use as keys; their redirect and form URLs with query strings; and the look-alikes a shop sends that
must go out (products and brands named after people, works and artists, occasions, stores and streets as places,
SKUs, variant and order ids, campaign values, form labels without values, dates of events, prices). Text is read by
detector.reason, keys by detector.key_reason, URLs by privacy.clean_url, whole events by the mapping (build_request)
and by the built component. What fails today is a strict expected failure grouped by the value's shape (the family as
an integration writes it, not the rule that misses it)."""

from __future__ import annotations

from typing import Any, List, Tuple
from urllib.parse import quote, unquote_plus

import pytest

from meta_capi import privacy
from privacy_attack_cases_2 import Case
from review_cases import review_tests

_S = "https://shop.example.com"

PERSONAL = [
    # order note: a recipient's full name
    "Please deliver to my neighbour Margaret Oyelaran at no. 14 if I'm out",
    "Gift for Henrike Lüdemann, please no invoice in the parcel",
    "Merci de laisser le colis chez Mme Brigitte Vauquelin", "Consegnare a Giuseppina Altobelli, secondo piano",
    # gift message signed or addressed
    "Joyeux anniversaire Clémence Dufresnoy, bises de toute la famille",
    "Feliz cumpleaños, Ximena Arriagada. Con cariño, tu hermana",
    "Buon compleanno Lorenza Pellegatti! Un abbraccio, Marco", "Parabéns, Gonçalo Meireles! Um abraço da equipa",
    "Gefeliciteerd Maartje Hoogendoorn, liefs van oma", "Wszystkiego najlepszego, Agnieszka Wróblewska!",
    # billing / shipping block as text
    "Billing: Oliver Pemberton, 27 Larkspur Avenue, Leeds LS6 2QT",
    "Shipping address: Hannah Gutierrez, 4410 Sycamore Ridge Dr, Austin, TX 78731",
    "Lieferadresse: Jonas Brinkhoff, Wiesenweg 7a, 48149 Münster",
    "Adresse de livraison : Aurélien Marchetti, 18 rue des Tanneurs, 69002 Lyon",
    "Dirección de envío: Calle de Alcalá 214, 3º B, 28028 Madrid",
    "Indirizzo di spedizione: Via dei Mille 45, 20129 Milano", "Morada: Rua Augusta 112, 2º Esq, 1100-053 Lisboa",
    "Verzendadres: Kerkstraat 128, 1017 GP Amsterdam", "Adres dostawy: ul. Piotrkowska 87 m. 12, 90-423 Łódź",
    "Leveransadress: Storgatan 42, 411 38 Göteborg",
    "Teslimat adresi: Bağdat Cad. No: 215 D: 7, 34728 Kadıköy/İstanbul",
    "Ship to: 1600 Pennsylvania Ave apt 4C, Washington DC 20500",
    "shipping_address: 88 Hobson Street, Auckland 1010, NZ",
    # street address alone (form answer)
    "Flat 3, 19 Ravenscourt Gardens, London W6 0TU", "Hauptstraße 12, 69117 Heidelberg",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "Carrer de Mallorca 401, 08013 Barcelona",
    "Prinsengracht 263, Amsterdam", "ul. Długa 18/4, 80-827 Gdańsk",
    "〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 1203号室", "北京市朝阳区建国路88号 SOHO现代城 5号楼1202室",
    "Atatürk Mah. Gül Sok. No:5 Daire:3 Ataşehir İstanbul", "742 Evergreen Terrace, Springfield, OR 97403",
    # phone in a national print
    "Callback requested: 07700 900461", "Rückruf bitte unter 0151 23456789", "Tél. portable : 06 45 78 12 39",
    "Móvil: 612 34 56 78", "Cellulare 347 123 4567", "Telemóvel: 912 345 678", "Bel me op 06-12345678",
    "Tel. 601 234 567", "Mobil: 070-123 45 67", "Cep: 0532 123 45 67", "携帯: 080-1234-5678", "手机号码 138 0013 8000",
    "جوال: 0501234567", "WhatsApp +34 612 345 678", "(415) 555-0132 ext. 4 — call after 5pm", "Phone: +1 646-555-0199",
    "+971 50 123 4567", "+90 532 123 45 67", "+48 601 234 567", "+46 70 123 45 67",
    # phone inside a booking / appointment text
    "Table for 4 at 19:30, contact 0176 98765432", "Calendly: Discovery call, invitee phone +44 7911 123456",
    "Reservierung auf Müller, Tel 0171 2345678", "Réservation au nom de Leclerc, 07 81 23 45 67",
    "Pickup at hotel lobby, driver will call +39 333 765 4321", "SMS reminder sent to 0612-345678",
    # mail in a form answer or trait
    "Contact: stephanie.okafor@outlook.com", "reply-to: j.whitcombe+orders@icloud.com",
    "Typeform answer: my email is rohan.mehta1987@yahoo.co.in", "E-Mail: kerstin_dahlmann@web.de",
    "Courriel : celine.boucharde@orange.fr", "Correo: pablo.iturbe@hotmail.es", "email: martina.ferrante@libero.it",
    "e-mail: joao.pedro.alves@sapo.pt", "e-mailadres: sanne.vd.berg@ziggo.nl", "adres e-mail: tomasz.zielinski@wp.pl",
    "e-post: karin.ostberg@telia.com", "e-posta: mehmet.aydin@gmail.com", "メール: yamada.hanako@docomo.ne.jp",
    "邮箱: zhangwei1990@163.com", "البريد: ahmed.alharbi@gmail.com", "invitee_email=lucas.moreau@proton.me",
    "Lead: Dana Whitfield <dana.whitfield@acme-corp.io>", "\"Fiona Castellano\" <fiona@castellano-design.co.uk>",
    # mail spelled or obfuscated by a visitor
    "my mail is anja dot berger at gmx dot net", "lucia(at)telefonica(dot)es",
    "contact me: t.nakamura [at] softbank [dot] jp", "ingrid.haugen (a) online (punkt) no",
    "marco chiocciola fastwebnet punto it", "bart punt dewit apenstaartje kpnmail punt nl", "kasia.nowak małpa onet.pl",
    "sven.eriksson snabel-a bredband punkt net", "ali.demir at yandex dot com dot tr",
    # dates of birth in forms and traits
    "DOB: 03/11/1984", "Date of birth 1991-07-22", "Geburtsdatum: 14.02.1979", "Date de naissance : 05/09/1988",
    "Fecha de nacimiento: 23/04/1995", "Data di nascita: 12/12/1969", "Data de nascimento: 30/01/2001",
    "Geboortedatum: 17-06-1983", "Data urodzenia: 08.03.1992", "Födelsedatum: 1986-10-05", "Doğum tarihi: 21.08.1990",
    "生年月日：1985年4月12日", "出生日期：1993年6月8日", "birthday: 1997-02-28 (for the birthday discount)",
    "Passenger 1 born 14 May 1976",
    # national ids after their label
    "SSN: 536-90-4399", "Personnummer: 811228-9874", "TC Kimlik No: 10000000146", "DNI: 12345678Z", "NIE X1234567L",
    "Codice fiscale: MRTMTT91D08F205J", "BSN 111222333", "PESEL: 44051401359", "NIF 123456789", "CPF 111.444.777-35",
    "身份证: 11010519491231002X", "マイナンバー 1234 5678 9018", "Sozialversicherungsnummer 12 150875 M 123",
    "NHS number 943 476 5919", "Steuer-ID: 65 929 970 489", "numéro de sécurité sociale 1 84 12 75 108 254 32",
    # passport and licence at a travel booking
    "Passport number: C01X00T47", "Reisepassnummer: C4F7KJ2M9", "Numéro de passeport : 18AV34567",
    "Pasaporte: PAA123456", "Passaporto n. YA1234567", "Paszport: EA1234567", "Pasaport No: U12345678",
    "旅券番号 TK1234567", "Driver's licence: SMITH812055J99AB", "Führerschein-Nr. B072RRE2I55",
    "Frequent flyer: LH 992 001 234 5678 (Miles & More)",
    # bank and card details in a note
    "Please refund to IBAN DE44 5001 0517 5407 3249 31", "Rembourser sur FR14 2004 1010 0505 0001 3M02 606",
    "IBAN: NL91ABNA0417164300", "IBAN ES9121000418450200051332", "IBAN IT60X0542811101000000123456",
    "PL61 1090 1014 0000 0712 1981 2874", "SE45 5000 0000 0583 9825 7466", "TR33 0006 1005 1978 6457 8413 26",
    "Card 4532 0151 1283 0366 exp 04/27", "Mastercard 5425233430109903", "Amex 3714 496353 98431",
    "sort code 20-00-00 account 55779911",
    # IP addresses in logs and traits
    "ip: 84.155.20.33", "X-Forwarded-For: 203.0.113.195, 81.2.69.142",
    "client_ip=2001:16b8:2a4:c900:b5e1:7d3a:9f21:44c0", "Login from 95.91.214.7 (Berlin)", "remote_addr 176.12.84.230",
    # names in page titles of account areas
    "My account – Jennifer Obuya", "Mein Konto | Friedrich Wollenhaupt", "Mon compte - Solène Marchal",
    "Mi cuenta: Ignacio Beltrán", "Il mio account · Federica Sarti", "Minha conta | Thiago Nascimento",
    "Mijn account - Joris Veldkamp", "Moje konto – Przemysław Górecki", "Mitt konto | Oskar Lundgren",
    "Hesabım - Burak Çelik", "Welcome back, Priyanka Venkataraman!", "Hallo Annegret Pfeiffer, schön dass du da bist",
    "Bonjour Thibault Garnier", "山田 花子 様のマイページ", "张伟的个人中心",
    # CRM and marketing traits as text
    "firstName: Kwame lastName: Mensah-Bonsu", "name=Eleanor Fitzgerald-Hayes; company=Northwind",
    "Contact owner: Rebecca Lindqvist-Haas", "Lead source: webinar, lead: Arjun Krishnamurthy",
    "Account holder: Mariana Albuquerque Sá",
    # booking and ticket holders
    "Booking confirmed for Mr Desmond Achterberg, 2 adults", "Guest name: Francesca Lombardini",
    "Reserva a nombre de Rodrigo Villalobos", "Réservation : M. et Mme Fauconnier",
    "Buchung für Herrn Klaus-Dieter Rammelsberg", "Prenotazione a nome di Ettore Bianconi",
    "Ticket holder: Siobhan McAllister, Row F Seat 12", "Lead passenger: MRS ANNABEL CRICHTON",
    "Passenger: KOWALCZYK/MAGDALENA MS", "Passenger: SMITH/JOHN MR", "Attendee: Dr. Hiroshi Watanabe (Keynote)",
    "Zoom meeting with Fatima Zahra Benali", "予約者: 佐藤 健太 様",
    # marketplace messages and reviews
    "Review by Alessandro Fumagalli: 5/5", "Question from buyer Natalia Sokołowska: is this original?",
    "Bewertung von Lukas Hinterberger ★★★★★", "Avis de Margaux Lefebvre : 4/5", "Opinión de Beatriz Ocampo ⭐⭐⭐⭐⭐",
    # file names of uploads
    "CV_Johanna_Niederberger_2024.pdf", "passport_scan_Rahul_Bhattacharya.jpg", "Lebenslauf-Katharina-Zimmermann.docx",
    "IMG_ID_card_Sofia_Castellanos.png", "Rechnung_Bernd_Schäfer_Musterweg_3.pdf",
    # names with honorifics and family words
    "Herr Prof. Dr. Ulrich Hagedorn", "Mme Odile Peyrefitte", "Sr. Ramón Echeverría", "Sig.ra Donatella Ruggeri",
    "Pan Zbigniew Malinowski", "田中 一郎 様",
    # a person's id in an integration's value
    "user_4915123456789", "guest-0612345678", "member 07912345678", "hubspot contact jennifer.lopez@hubspot-demo.com",
    # health and sensitive notes
    "Allergic to penicillin – patient Roswitha Kerner, born 12.03.1958",
    "Rezept für Hans Brückner, Versichertennummer A123456780", "Appointment for Eoin Gallagher, NHS no 485 777 3456",
    "Carte Vitale 2 55 08 75 116 012 83",
    # coordinates of a home
    "Drop pin: 52.520008, 13.404954 (my house)", "Lieferort 48.137154,11.576124",
    "geo: 40.416775, -3.703790 entrance by the garage",
    # vehicle and plate in a service booking
    "Kennzeichen: B-MK 4721", "VIN WVWZZZ1JZXW000001", "Immatriculation : AB-123-CD", "Targa: FG 123 AB",
    # serialized traits and form payloads
    "name=Roisin+Fennelly&email=roisin.fennelly%40eircom.net",
    "Jorinde,Vermeulen,jorinde.vermeulen@telenet.be,+32 470 12 34 56",
    "Vorname: Ilse | Nachname: Brückmann | PLZ: 80331", "Nom: Delacroix Prénom: Anouk",
    "Nombre: Esperanza Apellidos: Goicoechea Larrañaga", "Ime i prezime: Dragana Petrović",
    "İsim: Cansu Soyisim: Aksoy", "氏名：鈴木 一郎", "姓名：陈静", "الاسم: فاطمة الزهراء",
    # lower-case and one-field names from forms
    "customer: maximilian schönberger", "recipient: ruth abernathy", "ship to elodie marchand",
    "name: sergio villanueva", "destinatario: paola ferri", "odbiorca: jan kowalski", "mottagare: sara holm",
    # order notes with a name and a phone or a door
    "Ring bell 3 (Nowak), call 601 234 567 if no answer", "Code porte 4821B, interphone Delorme",
    # product personalisation (engraving, jersey, monogram)
    "Engraving: Sophie & Maximilian 12.06.2021", "Gravur: Für Lena Hartmann – in Liebe",
    "Gravure : Camille Rousseau 14/02/2024", "Name on jersey: OKONKWO 9", "Grabado: Lucía y Andrés 25.07.2020",
    # travel manifests and passenger lists
    "Traveller 1: ANDERSEN/METTE MRS", "Fahrgast: Dr. Cornelia Wegscheider", "Passager : M. Gaëtan Lemoine",
    # mail and phone as an integration writes them
    "JOHN.TREMBLAY@VIDEOTRON.CA", "mailto:anke.schroeder@t-online.de", "tel:+4930901820", "tel:0033645781239",
    "٠٥٠١٢٣٤٥٦٧", "+49 (0) 151 / 234 567 89", "0049-151-23456789", "Phone: 020 7946 0958 (home)",
    "whatsapp://send?phone=447911123456", "sms:+34612345678",
    # SaaS workspace and account names
    "Shared with Mateusz Wilk",
    # a surname after an honorific in a note
    "Llamar al Sr. Etxeberria antes",
    # dates of birth as integrations write them
    "Geburtstag: 03.11.1984", "birthdate=1990-11-03", "Age 34 (born 03/11/1990)", "dob 19841103",
    # (closed by session 55's closers: 235's calling verbs and embedded pairs, 236's street line before its post code)
    "Please call Mr. Schmidt-Rottluff before delivery", "Appeler Mme Fontaine avant livraison",
    '{"first_name":"Ludmila","last_name":"Hrdličková","city":"Brno"}',
    "first_name=Aurelio;last_name=Castiglione;newsletter=1", "12 avenue Jean Jaurès, 33000 Bordeaux",
]
LEAKS = {
    ("name: a full name after a delivery note's neighbour, porter or handing-over words outside English (beim "
     "Nachbarn, destinatário, bij de buren, u sąsiadki, hos grannen, komşum, entregar a), or English's "
     "'addressed to' and a title"): [
        "Bitte beim Nachbarn Wolfgang Kettelhut abgeben", "Entregar a Maria del Carmen Quiñones en recepción",
        "Entregar ao porteiro, destinatário Joaquim Bettencourt", "Afleveren bij de buren, Annelies van Wijngaarden",
        "Proszę zostawić u sąsiadki Bożeny Kwiatkowskiej", "Lämna paketet hos grannen Birgitta Lindqvist",
        "Kargo komşum Ayşe Yıldırımoğlu'na bırakılabilir",
        "Leave with the concierge, addressed to Dr. Priya Raghunathan",
    ],
    ("name: a gift message's wish naming the person (German 'liebe', Swedish 'Grattis', Turkish 'kutlu olsun'), a "
     "closing signed by two people ('Love, Theo and Imogen Fairweather')"): [
        "Happy birthday Grandma Rosalind! Love, Theo and Imogen Fairweather",
        "Alles Gute zum 40., liebe Sabine Oberhauser! Dein Team",
        "Grattis på födelsedagen Linnea Sjöberg, kram från mamma", "Doğum günün kutlu olsun Elif Karaosmanoğlu!",
    ],
    ("name: a full name after a role or an object of a CRM, a CDP or a platform (profile, deal, opportunity, "
     "sales rep, identify, guest, check-in, a meeting between two people, seller, host, driver, courier)"): [
        "Klaviyo profile: Gemma Trevelyan (VIP)", "Opportunity – Stefan Hrabowski – Renewal 2025",
        "Deal: Northwind / Tobias Wennerström", "Assigned to sales rep Camille Desrosiers",
        "Segment identify: Yuki Tanabe", "Hotel voucher – guest Yiannis Papadakis",
        "Check-in: Olamide Adebayo, room 412", "Calendly: 30 Minute Meeting between Ana Ribeiro and Carlos Mendes",
        "Seller Gerhard Pölzl replied to your question", "Great seller, fast shipping – Verena Stockinger",
        "Message to host Ingeborg Halvorsen: arriving late", "Driver Sipho Dlamini is on the way",
        "Your courier Mateusz Wilk will arrive between 10-12",
    ],
    ("name: a name standing alone after an honorific (Mrs. with its dot, Dutch Dhr. with initials, Turkish Bay and "
     "Hanım before the name, Chinese 女士 after it, Arabic السيد)"): [
        "Mrs. Geraldine Whitmore", "Dhr. H. J. de Groot", "Bay Mustafa Öztürk", "Hanım Zeynep Kaya", "王芳女士",
        "السيد عبدالله القحطاني",
    ],
    ("name: a surname after an honorific in a note's running text or a manifest (Mr., Frau, Mme; 'Pax: Mr … + "
     "1')"): [
        "Bitte Frau Kowalewski anrufen", "Pax: Mr Rupert Ashdown + 1",
    ],
    "name: after a passenger's label in Turkish or Japanese (Yolcu, 乗客)": [
        "Yolcu: Emre Doğan", "乗客：高橋 美咲",
    ],
    ("name: a SaaS workspace's, a trial's or an account's owner (a possessive 's, '(Owner)'), an invitation's "
     "sender ('Invited by')"): [
        "Workspace: Jennifer Obuya's workspace", "Trial for Priyanka Venkataraman's team",
        "Account: Lukas Hinterberger (Owner)", "Invited by Gemma Trevelyan",
    ],
    "name: a product's personalisation text (a mug's printed line ending in a name, a monogram's full name)": [
        "Personalised mug text: World's best dad, Gareth Pritchard", "Monogram: Charlotte Evans-Whitby",
    ],
    "name: in a script without capitals after a booker's or a guest's label or a greeting (Chinese, Arabic)": [
        "预订人：李娜", "اسم الضيف: خالد الشمري", "مرحبا محمد العتيبي",
    ],
    ("name: first and last name in serialized traits (JSON of an identify call, key=value pairs joined by "
     "';')"): [
        '{"name": "Kenji Morimoto", "plan": "pro"}',
    ],
    "name: a lower-case full name after a Dutch recipient's label": [
        "ontvanger: pieter de boer",
    ],
    ("name: a household's surname on a doorbell or an intercom in a delivery note, with its floor or door "
     "(Klingel, Timbre, Citofono, Bel aan bij)"): [
        "Klingel Schubert-Lange, 2. OG links", "Timbre 2ºB Fernández, dejar en conserjería", "Citofono Russo, scala B",
        "Bel aan bij Jansen, nr 12 huis",
    ],
    "date of birth: after a birthday's label (French 'Anniversaire', Spanish 'Cumpleaños'), its month spelled": [
        "Anniversaire : 3 novembre 1984", "Cumpleaños: 3 de noviembre de 1984",
    ],
    ("address: a French street named after a person with its postcode and town; an Arabic address with its "
     "district, postcode and flat"): [
        "شارع الملك فهد، حي العليا، الرياض 12214، شقة 7",
    ],
    ("id: a customer's handle of a name and a birth year after 'customer:'; a WhatsApp id (a mobile in E.164 "
     "digits) after 'wa_id'"): [
        "customer: jane.doe-1984", "wa_id 4917612345678",
    ],
    "plate: a UK registration after 'Registration:' with the owner's car named after it": [
        "Registration: WV68 KXP (my car)",
    ],
}

ORDINARY = [
    # brands and products named after people
    "Tommy Hilfiger Polo Shirt Slim Fit", "Ralph Lauren Big Pony Hoodie", "Calvin Klein Boxer 3-Pack",
    "Hugo Boss Bottled Eau de Toilette 100 ml", "Jimmy Choo Romy 85 Pumps", "Dr. Martens 1460 Smooth Leather Boots",
    "Ben & Jerry's Cookie Dough 465 ml", "Johnnie Walker Black Label 12 Years", "Marc O'Polo Strickpullover",
    "Jean Paul Gaultier Le Male", "Giorgio Armani Sì Eau de Parfum", "Carolina Herrera Good Girl",
    "Massimo Dutti Blazer", "Karl Lagerfeld Ikonik Tote", "Paul Smith Signature Stripe Wallet",
    "Stella McCartney Falabella", "Victoria Beckham Dora Bag", "Yves Saint Laurent Libre", "Ted Baker Gift Set",
    "Mary Kay TimeWise Cleanser", "Estée Lauder Advanced Night Repair", "Tom Ford Black Orchid",
    "Michael Kors Jet Set Travel", "Vivienne Westwood Orb Necklace", "Anne Klein Women's Watch",
    # works, artists and famous people
    "Harry Potter und der Stein der Weisen – Taschenbuch", "Frida Kahlo Selbstbildnis Kunstdruck 50x70",
    "Van Gogh Sunflowers Poster A2", "Taylor Swift The Eras Tour – Floor Seat", "Lionel Messi Inter Miami Trikot 2024",
    "Mozartkugeln 12 Stück", "Beethoven Symphonie Nr. 9 – Berliner Philharmoniker",
    "Leonardo da Vinci Puzzle 1000 Teile", "Agatha Christie: Mord im Orientexpress",
    "Gabriel García Márquez – Cien años de soledad", "Il nome della rosa di Umberto Eco",
    "Os Lusíadas – Luís de Camões", "Astrid Lindgren Pippi Långstrump box", "Andrzej Sapkowski – Wiedźmin, tom 1",
    "Orhan Pamuk – Masumiyet Müzesi", "村上春樹 ノルウェイの森 上", "Ed Sheeran Live in Concert – Olympiastadion",
    "Cristiano Ronaldo CR7 Fragrance",
    # days and occasions named after people
    "St. Patrick's Day Sale – 20% off", "Valentinstag Geschenkbox", "Fête des Pères : idées cadeaux",
    "Día de la Madre – envío gratis", "Festa del Papà offerte", "Santa Claus Costume Deluxe XL",
    "Saint-Nicolas Chocolat 250 g", "Sinterklaas Pepernoten 500 g", "Black Friday Deals 2024",
    "Ramazan Bayramı Kampanyası", "Boże Narodzenie – Kalendarz adwentowy", "Midsommar rea",
    # streets, cities and stores as product or place
    "Abbey Road 50th Anniversary Vinyl", "Penny Lane Trench Coat", "Baker Street Tee – Navy", "Route 66 Enamel Mug",
    "Fifth Avenue Leather Handbag", "Champs-Élysées Silk Scarf", "Store Berlin Alexanderplatz – opening hours",
    "Filiale Hamburg Mönckebergstraße", "Flagship Store Madrid Gran Vía", "Boutique Paris Rivoli",
    "Negozio Milano Corso Buenos Aires", "Loja Porto Santa Catarina", "Winkel Utrecht Oudegracht",
    "Sklep Warszawa Złote Tarasy", "Butik Stockholm Drottninggatan", "Mağaza İstanbul İstiklal Caddesi",
    "Click & Collect: Munich Marienplatz", "Pick-up point Amsterdam Centraal",
    # SKUs, model numbers and ids
    "SKU-TSHIRT-RED-XL", "ART-4006381333931", "EAN 4006381333931", "Model RB2140 901 50-22", "MPN: MQKJ3ZD/A",
    "Artikelnummer 100234-567", "Réf. 3045320094084", "Ref. 0123/456/789", "Cod. art. 8001234567890",
    "Part no. 06H 905 110 G", "ISBN 978-3-16-148410-0", "ASIN B08N5WRWNW", "Lot L24189 0341", "SN-2024-000123",
    "Bestellnr. 328-6391099-6742200",
    # orders, invoices and shipments
    "Order #1043 confirmed", "Bestellung Nr. 100045678", "Commande n° 2024-118874", "Pedido 5543210",
    "Zamówienie nr 48213", "Sipariş No: TY1234567890", "Invoice INV-2024-00087", "注文番号 250-1234567-8901234",
    "订单号 2024031512345678", "Tracking: 1Z999AA10123456784", "Sendungsnummer 00340434161234567890",
    "Shipment 3 of 4 dispatched",
    # campaign, coupon and utm values
    "bf24_email_de_segment-a", "SUMMER-SALE-2024", "WELCOME10", "newsletter_2024_03_15",
    "spring_launch_fb_lookalike_1pct", "retargeting_cart_abandoners_7d", "google_pmax_fr_shoes", "tiktok_ugc_video_v3",
    "cmp-12345-adset-678", "ref_partner_awin_1234", "influencer_code_ANNA15", "BIRTHDAY20",
    # form field labels without values
    "First name", "Last name *", "E-mail address", "Phone number (optional)", "Date of birth",
    "Street and house number", "Vorname", "Nachname", "Straße und Hausnummer", "Telefonnummer für Rückfragen", "Prénom",
    "Adresse e-mail", "Nombre y apellidos", "Código postal", "Numero di telefono", "Número de telemóvel", "Voornaam",
    "Numer telefonu", "Förnamn", "Ad Soyad", "お名前", "电子邮箱", "رقم الجوال", "Enter your email to get 10% off",
    "We'll text you when it ships",
    # dates of events and offers
    "Concert 14.03.2025 20:00", "Offer valid until 31/12/2024", "Angebot gültig bis 28.02.2025",
    "Valable jusqu'au 15/08/2025", "Válido hasta el 30/06/2025", "Check-in 2025-07-12, check-out 2025-07-19",
    "Flight LH2034 FRA-MUC 12 May 2025 07:15", "Departure 03/11/2025 – Return 10/11/2025",
    "Webinar: 22.05.2025, 10:00 CET", "Since 1984", "Est. 1969", "2025年4月12日 発売", "活动时间：2025年6月8日",
    "Born in 1998: our first collection",
    # prices, quantities and sizes
    "2 x 19,99 €", "Total: 1.249,00 zł", "R$ 1.299,90 em 10x", "Gesamt 84,90 EUR inkl. MwSt.", "Qty 3 @ $12.50",
    "Size 42 EU / 8 UK", "Pack of 12 – 330 ml", "Subtotal 1 234,56 kr", "₺1.499,99", "¥12,800 (税込)", "١٢٠ ر.س",
    "Weight 2.5 kg, 40 x 30 x 15 cm",
    # travel, tickets and bookings without a person
    "Row 12 Seat 34", "Gate B22, boarding 06:40", "Flight FR1234 DUB-STN", "Double Room – Sea View, breakfast included",
    "2 adults, 1 child (6)", "ICE 578 Wagen 7 Platz 45", "Hotel Adlon Kempinski Berlin ★★★★★",
    "Camping Les Mimosas – emplacement 48", "Tour: Sagrada Família skip-the-line", "Colosseo – biglietto intero",
    "Tram 28 Lisboa day pass", "Anne Frank Huis – toegangskaart", "Kraków Old Town walking tour",
    "Vasa Museum entrance", "Galata Kulesi bilet", "東京スカイツリー 入場券",
    # support and service texts of the shop
    "Contact our customer service Mon–Fri 9–18", "Kundenservice: Mo–Fr 8–20 Uhr",
    "Service client : du lundi au vendredi", "Hotline 0800 123 4567 (free)", "Call us on 0800 800 150",
    "Live chat with an agent", "Support ticket #88231 resolved", "Returns within 30 days", "Free shipping from 50 €",
    "Klarna Pay in 3",
    # SaaS trials, plans and forms
    "Pro plan – 14-day trial", "Team (5 seats) annual", "Company size: 51-200", "Industry: Retail & E-commerce",
    "Demo requested – Enterprise", "Typeform: How did you hear about us?", "Calendly: 30 Minute Meeting",
    "HubSpot form: Contact us", "Lifecycle stage: Marketing Qualified Lead", "Role: Head of Marketing",
    "Job title: Software Engineer", "Trial started",
    # page titles of shops
    "Checkout – Step 2 of 4 | Shop", "Mein Konto – Bestellungen", "Mon panier (3)", "Mi cuenta | Pedidos",
    "Il mio account", "Minha conta", "Winkelwagen", "Koszyk – 2 produkty", "Varukorg", "Sepetim",
    "マイページ | ログイン", "我的订单", "سلة التسوق", "Thank you for your order!",
    "Order confirmation #1043 – Acme Store",
    # categories and product words in many languages
    "Damen > Schuhe > Sneaker", "Homme / Chemises", "Mujer - Vestidos de fiesta", "Uomo > Giacche", "Roupa de criança",
    "Heren > Jassen", "Koszulka męska rozmiar L", "Herrjacka storlek M", "Erkek Kot Pantolon", "無印良品 ノート A5",
    "小米 手机 13 Pro", "عطر عود 100 مل", "Gift card 50 €", "Gutschein für Zwei", "Carte cadeau Anniversaire",
    # more look-alikes from integrations
    "Lifecycle: Customer since 2019", "Shopify POS – Berlin Mitte", "Segment: Order Completed",
    "Klaviyo flow: Welcome Series – Email 2", "HubSpot workflow: Lead nurturing DE",
    "Salesforce Opportunity Stage: Closed Won", "Gift message: Happy Birthday!", "Gift wrap: yes",
    "Note: please ship together", "Leave at front door", "Bitte nicht klingeln", "Ne pas plier", "Ring the bell twice",
    "Delivery window 10:00–12:00", "Signature required",
    # brands shaped like a person's name, with an honorific or a first name
    "Anna Field Sommerkleid", "Paul Hewitt Armband Phrep", "Emma Matratze One 140x200", "Jack Wolfskin Jacke",
    "Tom Tailor Jeans Regular", "Betty Barclay Blazer", "Marc Cain Strickjacke", "Jack & Jones Hoodie",
    "Fred Perry Twin Tipped Polo", "Kate Spade Tote", "Tory Burch Miller Sandals", "Ben Sherman Oxford Shirt",
    "Pedro del Hierro Camisa", "Dr. Oetker Ristorante Pizza Mozzarella", "Mr. Clean Magic Eraser",
    "Mrs. Meyer's Clean Day Hand Soap", "Monsieur Cuisine Connect", "Madame Tussauds Berlin Ticket",
    "Uncle Ben's Langkornreis", "Papa John's Gift Card", "Tim Hortons Gift Card", "Café Sacher Original Sacher-Torte",
    "Müller Drogerie Gutschein", "Señor Frog's T-Shirt", "Captain Morgan Spiced Gold", "Sir Edmund Hillary biography",
    # personalisation and service offers without a value
    "Personalisation: add your name (+5 €)", "Engraving available – up to 20 characters", "Gravur möglich",
    "Name on jersey (optional)", "Monogram service", "Passenger details required", "Workspace settings",
    "Invite your team",
    # authors, performers and signings on products and events
    "Fourth Wing by Rebecca Yarros – Hardcover", "Signed copy – Ken Follett",
    "Meet & Greet with Ed Sheeran – VIP Package", "André Rieu – Maastricht 2025", "Lesung mit Sebastian Fitzek",
    "Dédicace de Joël Dicker à la Fnac", "Firma de libros con Arturo Pérez-Reverte",
    "Concerto di Andrea Bocelli – Arena di Verona", "Sezen Aksu Konseri – Harbiye", "Fado com Mariza – Coliseu",
    # birthday and anniversary offers with a date
    "Birthday sale ends 03/11/2025", "Anniversaire de la marque : jusqu'au 12/05/2025",
    "Cumpleaños de la tienda 15/06/2025", "Compleanno del negozio: sconti fino al 30.09.2025",
    "生日特惠 2025年6月8日截止", "Jubiläum: 25 Jahre seit 01.04.2000",
    # a store's own address as its location
    "Boutique : 12 rue de Rivoli, 75004 Paris", "Flagship: 767 Fifth Avenue, New York, NY 10153",
    # (closer 240) a variant id of fourteen digits from 4 (no network issues that length there), Amazon's 3-7-7 order
    # numbers (no card's print), a sale's end date after a birthday's compound
    "Variant 44012345678901", "variant_id 46517625737472", "Variant ID: 43429542486352",
    "Amazon order 374-6624777-6170454", "390-6413101-0013260", "Ordine n. 301-4421798-2210043",
    "Geburtstagsaktion bis 14.02.2025",
]
DROPPED = {
    ("a Shopify variant id alone opening with 43 read as a phone dialled without its `+` (Austria's plan takes up to "
     "thirteen digits after its code; closer 240 reads it as no card)"): [
        "43708750650530",
    ],
    ("a store's own street address as its pickup location (a business's public address; the same layout as a "
     "visitor's: perhaps a price to accept, the other stores' addresses of the list go out)"): [
        "Pickup at our store, Kurfürstendamm 21, 10719 Berlin",
    ],
}

PERSONAL_KEYS = [
    # checkout field names
    "billing_first_name", "billing_last_name", "billing_phone", "billing_email", "billing_address_1",
    "shipping_address_2", "shipping_postcode", "customer_email", "customer_phone_number", "buyer_full_name",
    "recipient_name", "delivery_street", "ship_to_address",
    # CRM and CDP trait names
    "firstName", "lastName", "email_address", "phoneNumber", "mobile_phone", "date_of_birth", "birthdate",
    "traits.email", "context.traits.phone", "$email", "$phone_number", "hs_email", "MobilePhone", "MailingStreet",
    "home_address", "personal_email", "contact_phone", "guest_name", "passenger_name", "lead_name", "invitee_email",
    "attendee_full_name",
    # field names in other languages
    "vorname", "nachname", "geburtsdatum", "telefonnummer", "strasse_hausnummer", "prenom", "nom_de_famille",
    "date_de_naissance", "adresse_postale", "nombre_completo", "apellidos", "fecha_nacimiento", "telefono_movil",
    "nome_completo", "cognome", "data_di_nascita", "codice_fiscale", "numero_de_telemovel", "morada", "voornaam",
    "achternaam", "geboortedatum", "imie", "nazwisko", "numer_telefonu", "data_urodzenia", "fornamn", "efternamn",
    "personnummer", "ad_soyad", "dogum_tarihi", "tc_kimlik_no", "cep_telefonu", "お名前", "電話番号", "生年月日",
    "姓名", "手机号", "身份证号", "الاسم_الكامل", "رقم_الهاتف",
    # ids and documents
    "passport_number", "national_id", "ssn", "tax_id_personal", "iban", "card_number", "ip_address",
    "drivers_license_no", "dni", "cpf", "pesel",
    # a personal value inside a key
    "answer_jane.doe@gmail.com", "guest_+4915123456789", "note_06 12 34 56 78", "ip_84.155.20.33",
    # form builders' and platforms' field names
    "Billing First Name", "billing.address.line1", "customer.default_address.phone", "properties[Recipient Name]",
    "note_attributes.gift_recipient", "your-email", "your-name", "your-tel", "form_fields[email]", "fields[phone]",
    "q3_fullName", "ctl00$MainContent$txtEmail", "ContactForm.Phone", "pax[0][surname]", "travellers.0.passportNumber",
    "guest_1_name", "emergency_contact_phone", "next_of_kin", "spouse_name", "child_birthdate",
    # a recipient's or a contact person's word in other languages
    "Ansprechpartner", "empfaenger_name", "destinataire", "destinatario", "ontvanger", "odbiorca", "mottagare",
    "alici_adi", "受取人", "收件人", "المستلم",
    # (closed by closer 235 of session 55: a key that is a full name)
    "Hannah Gutierrez",
]
LEAKED_KEYS = {
    "a full name as a key (a form builder's answer keyed by the respondent, joined by a blank or by '_')": [
        "review_by_Alessandro_Fumagalli",
    ],
    "a gift message's sender named by its 'From' in a platform's attribute key": [
        "attributes[Gift Message From]",
    ],
}

ORDINARY_KEYS = [
    # order and product keys
    "order_id", "product_sku", "variant_title", "product_name", "brand_name", "category_path", "quantity", "unit_price",
    "discount_code", "coupon_code", "shipping_method", "payment_method", "tax_amount", "gift_wrap", "store_location",
    "store_name", "pickup_store_id", "currency_code",
    # marketing and analytics keys
    "utm_source", "utm_medium", "utm_campaign", "utm_content", "campaign_id", "adset_name", "creative_name",
    "experiment_variant", "page_type", "list_name", "search_term", "referrer_domain", "session_count",
    # consent flags and look-alike keys
    "email_opt_in", "sms_consent", "newsletter_signup", "phone_verified", "address_validated", "has_account",
    "is_guest_checkout", "name_of_collection", "first_purchase", "last_order_value", "preferred_language",
    # booking and SaaS keys
    "num_guests", "checkin_date", "checkout_date", "room_type", "seat_class", "fare_family", "event_date",
    "ticket_category", "plan_tier", "trial_days", "seats", "billing_cycle", "company_size", "form_id", "question_3",
    "meeting_type",
    # keys in other languages
    "bestellnummer", "artikelnummer", "versandart", "numero_commande", "taille", "numero_pedido", "talla", "taglia",
    "maat", "rozmiar", "storlek", "beden", "商品名", "数量", "订单号",
    # form builders' and platforms' ordinary field names
    "properties[Size]", "properties[_bundle_id]", "note_attributes.delivery_date", "attributes[Gift Wrap]",
    "your-subject", "form_fields[message_type]", "input_4", "q5_howDidYou", "utm_id", "gad_source", "fields[plan]",
    "ctl00$MainContent$ddlCountry", "pax_count", "guest_count", "recipient_count", "contact_preference",
    "emailCampaignId", "phone_model", "address_type", "company_name",
    "birthday_discount_applied",  # (closer 240: an offer's state after its word)
]
DROPPED_KEYS: dict[str, list[str]] = {}

PERSONAL_URLS = [
    # mail in a query from forms and tools
    f"{_S}/account/reset?email=anna.lindberg%40gmail.com",
    f"{_S}/typeform/done?hidden_email=rohan.mehta1987%40yahoo.co.in",
    f"{_S}/newsletter/confirm?e=tomasz.zielinski%40wp.pl",
    f"{_S}/unsubscribe?contact=sanne.vd.berg@ziggo.nl",
    f"{_S}/welcome?user=mehmet.aydin%2Bshop%40gmail.com",
    f"{_S}/confirm?mail=yamada.hanako%40docomo.ne.jp",
    # names in a query
    f"{_S}/thanks?firstname=Kwame&lastname=Mensah-Bonsu",
    f"{_S}/signup?first_name=Eleanor&last_name=Fitzgerald",
    f"{_S}/order-received?billing_name=Oliver%20Pemberton",
    f"{_S}/konto?vorname=Friedrich&nachname=Wollenhaupt",
    f"{_S}/compte?prenom=Sol%C3%A8ne&nom=Marchal",
    f"{_S}/cuenta?nombre=Ignacio+Beltr%C3%A1n",
    f"{_S}/?name=%E5%B1%B1%E7%94%B0%E8%8A%B1%E5%AD%90",
    f"{_S}/form?ad_soyad=Burak+%C3%87elik",
    f"{_S}/checkout?imie=Przemys%C5%82aw&nazwisko=G%C3%B3recki",
    # phones in a query
    f"{_S}/callback?phone=07700900461", f"{_S}/sms/verify?tel=%2B491512345678",
    f"{_S}/rappel?telephone=06+45+78+12+39", f"{_S}/whatsapp?wa=34612345678",
    f"{_S}/book?mobile=0532-123-45-67", f"{_S}/contact?phone=(415)%20555-0132",
    f"{_S}/reserva?movil=612345678", f"{_S}/otp?to=%2B46701234567",
    f"{_S}/kontakt?telefon=0176%2098765432",
    # addresses and places of the visitor in a query
    f"{_S}/shipping?address=27+Larkspur+Avenue%2C+Leeds+LS6+2QT",
    f"{_S}/versand?strasse=Wiesenweg+7a&plz=48149&ort=M%C3%BCnster",
    f"{_S}/livraison?adresse=18%20rue%20des%20Tanneurs%2C%2069002%20Lyon",
    f"{_S}/delivery?addr=Kerkstraat%20128%2C%201017%20GP%20Amsterdam",
    f"{_S}/envio?direccion=Calle+de+Alcal%C3%A1+214+3B",
    # dates of birth and ids in a query
    f"{_S}/age-check?dob=1984-11-03", f"{_S}/signup?birthday=14.02.1979",
    f"{_S}/kyc?ssn=536-90-4399", f"{_S}/verify?personnummer=811228-9874",
    f"{_S}/fatura?tckn=10000000146", f"{_S}/checkout?cpf=111.444.777-35",
    f"{_S}/checkout?codice_fiscale=MRTMTT91D08F205J",
    f"{_S}/pay?iban=DE44500105175407324931",
    f"{_S}/flight/checkin?passport=C01X00T47",
    f"{_S}/refund?card=4532015112830366", f"{_S}/debug?ip=84.155.20.33",
    # personal values in the path
    f"{_S}/u/stephanie.okafor@outlook.com/orders",
    f"{_S}/profile/jennifer-obuya-1984", f"{_S}/users/kerstin.dahlmann%40web.de",
    f"{_S}/invite/07700900461", f"{_S}/track/0151-23456789",
    f"{_S}/member/536-90-4399",
    # encoded or nested personal values
    f"{_S}/go?redirect=https%3A%2F%2Fshop.example.com%2Faccount%3Femail%3Danja.berger%2540gmx.net",
    f"{_S}/?u=YW5qYS5iZXJnZXJAZ214Lm5ldA%3D%3D",
    f"{_S}/lp?data=%7B%22email%22%3A%22lucia%40telefonica.es%22%7D",
    f"{_S}/?utm_term=call+me+0612345678",
    f"{_S}/apply?ref=CV_Johanna_Niederberger_2024.pdf",
    # more form and tool redirects
    f"{_S}/thanks?name=Roisin%20Fennelly",
    f"{_S}/survey/complete?respondent=kenji.morimoto%40gmail.com",
    f"{_S}/account/activate?login=Ludmila.Hrdlickova",
    f"{_S}/order/status?phone=%2B32470123456",
    f"{_S}/appointments/confirm?patient=Eoin+Gallagher",
    f"{_S}/bestellung?kunde=Ilse%20Br%C3%BCckmann",
    f"{_S}/prenotazione?ospite=Ettore%20Bianconi",
    f"{_S}/reserva?huesped=Rodrigo%20Villalobos",
    f"{_S}/rezerwacja?gosc=Magdalena%20Kowalczyk",
    f"{_S}/bokning?gast=Linnea%20Sj%C3%B6berg", f"{_S}/?utm_content=0612345678",
    f"{_S}/referral/anja.berger",
]
LEAKED_URLS = {
    ("name: a full name as a path segment (a slug with hyphens or a blank, a dotted handle) after a share, an "
     "order, a voucher's or a referral's word"): [
        f"{_S}/wishlist/share/Margaret-Oyelaran", f"{_S}/orders/for/Friedrich%20Wollenhaupt",
        f"{_S}/gutschein/fuer-sabine-oberhauser", f"{_S}/r/priya.raghunathan",
    ],
    ("a query's value under a personal key in a language's word (Turkish 'misafir' for a guest, Polish 'numer' "
     "for a phone's number) or a handle with a birth year under 'ref'"): [
        f"{_S}/rezervasyon?misafir=Elif%20Karaosmano%C4%9Flu", f"{_S}/verify?numer=601234567",
        f"{_S}/?ref=kenji_morimoto_1990",
    ],
}

ORDINARY_URLS = [
    # product and collection pages
    f"{_S}/products/tommy-hilfiger-polo-shirt?variant=40211234567890",
    f"{_S}/collections/summer?utm_source=newsletter&utm_medium=email&utm_campaign=bf24",
    f"{_S}/products/frida-kahlo-print-50x70",
    f"{_S}/p/harry-potter-stein-der-weisen-9783551354013",
    f"{_S}/products/abbey-road-vinyl?ref=home",
    f"{_S}/de/damen/schuhe/sneaker?size=38&color=weiss",
    f"{_S}/fr/homme/chemises?page=2&sort=price_asc",
    f"{_S}/es/mujer/vestidos?talla=M", f"{_S}/it/uomo/giacche?taglia=50",
    f"{_S}/pl/koszulki-meskie?rozmiar=L", f"{_S}/tr/erkek-kot-pantolon?beden=32",
    f"{_S}/ja/products/%E7%84%A1%E5%8D%B0%E8%89%AF%E5%93%81",
    f"{_S}/products/victoria-beckham-dora-bag",
    f"{_S}/products/dr-martens-1460?variant=123",
    # search and filter pages
    f"{_S}/search?q=calvin+klein+boxer", f"{_S}/search?q=taylor%20swift%20poster",
    f"{_S}/suche?q=winterjacke+damen", f"{_S}/recherche?q=robe+de+soir%C3%A9e",
    f"{_S}/search?q=iphone+15+case&type=product",
    f"{_S}/collections/all?filter.v.price.gte=20&filter.v.price.lte=50",
    # checkout, cart and order pages
    f"{_S}/cart", f"{_S}/checkout?step=payment_method",
    f"{_S}/checkouts/c/abc123def456/thank_you",
    f"{_S}/checkout/order-received/1043/?key=wc_order_8vR2kLmQ9x",
    f"{_S}/account/orders/1043", f"{_S}/mein-konto/bestellungen",
    f"{_S}/cart/40211234567890:2", f"{_S}/order/confirmation?order_id=100045678",
    # campaign and ad parameters
    f"{_S}/?gclid=Cj0KCQiA4L2BBhCvARIsAO0SBdZ3",
    f"{_S}/?fbclid=IwAR2xYz8kLmNoPqRsTuVwXyZ0aB1cD2",
    f"{_S}/?utm_source=facebook&utm_medium=paid&utm_campaign=spring_launch_fb_lookalike_1pct",
    f"{_S}/?utm_campaign=influencer_code_ANNA15",
    f"{_S}/?mc_cid=8f2a1b3c4d&mc_eid=9e8d7c6b5a",
    f"{_S}/?ttclid=E.C.P.CsABxyz&utm_source=tiktok",
    f"{_S}/?msclkid=3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f",
    f"{_S}/?hsa_acc=1234567890&hsa_cam=98765&hsa_grp=4321&hsa_ad=55555&hsa_src=g",
    f"{_S}/?coupon=WELCOME10",
    # booking, tickets and SaaS pages
    f"{_S}/booking?checkin=2025-07-12&checkout=2025-07-19&adults=2&children=1",
    f"{_S}/events/ed-sheeran-olympiastadion-2025?seat=row12-34",
    f"{_S}/flights?from=FRA&to=MUC&date=2025-05-12",
    f"{_S}/tickets/anne-frank-huis?date=2025-06-01&time=10:30",
    f"{_S}/pricing?plan=pro&billing=annual&seats=5",
    f"{_S}/signup?trial=14d&source=hubspot_form",
    f"{_S}/demo?company_size=51-200&industry=retail",
    f"{_S}/stores/berlin-alexanderplatz", f"{_S}/store-locator?city=Hamburg",
    f"{_S}/blog/meet-our-designer-behind-the-spring-collection",
    f"{_S}/pages/contact", f"{_S}/help/returns?lang=de",
    # more shop and integration pages
    f"{_S}/products/ben-jerrys-cookie-dough?variant=39012345678901",
    f"{_S}/collections/valentinstag",
    f"{_S}/products/santa-claus-costume-deluxe?size=xl",
    f"{_S}/blogs/news/fete-des-peres-idees-cadeaux",
    f"{_S}/products/johnnie-walker-black-label",
    f"{_S}/apps/reviews?product_id=7412345678&page=2",
    f"{_S}/account/login?checkout_url=%2Fcheckouts%2Fc%2Fabc123",
    f"{_S}/pages/store-berlin-alexanderplatz?utm_source=gmb",
    f"{_S}/wishlist?share=wl_9fK2mQ",
    f"{_S}/book/calendly?event_type=30min&month=2025-05",
    f"{_S}/typeform/thanks?form=AbC12xYz&score=8",
    f"{_S}/orders/328-6391099-6742200",
    # form builders' redirects without personal values
    f"{_S}/cart/add?id=40211234567890&properties%5BSize%5D=M",
    f"{_S}/danke?your-subject=Retoure&form=cf7",
    f"{_S}/?form_fields%5Bmessage_type%5D=question&form_id=4a2b",
    f"{_S}/booking/step2?pax_count=2&room=double",
    # (closer 240) a Shopify variant id, fourteen digits from 4: no card's length there
    f"{_S}/?variant=44012345678901", f"{_S}/products/polo?variant=43708750650530", f"{_S}/products/43429542486352",
]
DROPPED_URLS: dict[str, list[str]] = {}

# A personal parameter among ordinary ones: the URL goes out without it (not cut to its path), so these are
# judged apart: the URL changes and the value, as typed, is nowhere in what is left.
PERSONAL_PARAMETERS = [
    (f"{_S}/thank-you?email=kerstin_dahlmann@web.de&plan=pro", "kerstin_dahlmann@web.de"),
    (f"{_S}/booked?invitee_email=lucas.moreau%40proton.me&event_type_name=Demo", "lucas.moreau@proton.me"),
    (f"{_S}/?_hsenc=p2&hsCtaTracking=1&email=dana.whitfield%40acme-corp.io", "dana.whitfield@acme-corp.io"),
    (f"{_S}/cart?ref=share&from=celine.boucharde%40orange.fr", "celine.boucharde@orange.fr"),
    (f"{_S}/checkout#email=pablo.iturbe%40hotmail.es", "pablo.iturbe@hotmail.es"),
    (f"{_S}/booked?invitee_full_name=Ana%20Ribeiro&answer_1=Lisbon", "Ana Ribeiro"),
    (f"{_S}/reservation?guest_name=Francesca+Lombardini&nights=3", "Francesca Lombardini"),
    (f"{_S}/store-locator?lat=52.520008&lng=13.404954&from=home", "52.520008"),
    (f"{_S}/?utm_source=newsletter&utm_content=ingrid.haugen%40online.no", "ingrid.haugen@online.no"),
    (f"{_S}/booking?room=double&guest_phone=%2B447911123456&nights=2", "447911123456"),
    (f"{_S}/signup?plan=team&company=Northwind&work_email=r.lindqvist%40northwind.se", "r.lindqvist@northwind.se"),
    (f"{_S}/checkout?step=2&billing_postcode=LS6+2QT&billing_address_1=27+Larkspur+Avenue", "27 Larkspur Avenue"),
    (f"{_S}/events/tickets?show=1234&attendee=Hiroshi+Watanabe&qty=1", "Hiroshi Watanabe"),
    (f"{_S}/cart/add?id=40211234567890&properties%5BRecipient%20Name%5D=Ana%20Ribeiro", "Ana Ribeiro"),
    (f"{_S}/danke?your-name=Jonas%20Brinkhoff&your-subject=Retoure", "Jonas Brinkhoff"),
    (f"{_S}/thanks?form=contact&q3_fullName=Kwame%20Mensah-Bonsu", "Kwame Mensah-Bonsu"),
    (f"{_S}/?form_fields%5Bemail%5D=sanne.vd.berg%40ziggo.nl&form_id=4a2b", "sanne.vd.berg@ziggo.nl"),
    (f"{_S}/booking/step2?pax%5B0%5D%5Bsurname%5D=Ashdown&pax_count=2", "Ashdown"),
    (f"{_S}/contact?your-tel=0151%2023456789&your-subject=Angebot", "0151 23456789"),
]

PARAMETER_LEAKS = {
    "a full name under a ticket's holder or a gift's recipient ('holder', 'to') among ordinary parameters": [
        (f"{_S}/ticket?holder=Siobhan%20McAllister&row=F", "Siobhan McAllister"),
        (f"{_S}/gift?to=Henrike+L%C3%BCdemann&from=Theo", "Henrike Lüdemann"),
    ],
}


def _parameter_cases() -> List[Any]:
    cases = [pytest.param(pair, id=f"ok-{index}") for index, pair in enumerate(PERSONAL_PARAMETERS)]
    for cause, pairs in PARAMETER_LEAKS.items():
        mark = pytest.mark.xfail(strict=True, reason=cause)
        cases += [pytest.param(pair, marks=mark, id=f"xfail-{index}") for index, pair in enumerate(pairs, len(cases))]
    return cases


@pytest.mark.parametrize("url_and_value", _parameter_cases())
def test_a_personal_parameter_leaves_the_url(url_and_value: Tuple[str, str]) -> None:
    url, value = url_and_value
    cleaned = privacy.clean_url(url)
    assert cleaned != url and value.lower() not in unquote_plus(cleaned or "").lower()


# Whole events: a personal value in one field each, neither it nor its canonical form found anywhere in the request
# (privacy_attack_cases_2.outcome: the core; component_outcome: the built .wasm, a fresh instance per event).
PERSONAL_EVENTS: List[Case] = [
    ("neighbour's name in an order note @ property", "track",
     {"properties": {"order_note": "Please deliver to my neighbour Margaret Oyelaran at no. 14 if I'm out"}},
     ["Margaret Oyelaran"]),
    ("billing block @ property", "track",
     {"properties": {"billing": "Billing: Oliver Pemberton, 27 Larkspur Avenue, Leeds LS6 2QT"}},
     ["Oliver Pemberton", "27 Larkspur Avenue"]),
    ("Dutch mobile @ track name", "track", {"name": "Bel me op 06-12345678"}, ["06-12345678", "612345678"]),
    ("UK mobile @ page title", "page", {"title": "Callback requested: 07700 900461"},
     ["07700 900461", "7700900461"]),
    ("Calendly invitee mail among parameters @ url", "page",
     {"url": f"{_S}/booked?invitee_email=lucas.moreau%40proton.me&event_type_name=Demo"},
     ["lucas.moreau%40proton.me", "lucas.moreau@proton.me"]),
    ("CRM lead with its mail @ property", "track",
     {"properties": {"contact": "Lead: Dana Whitfield <dana.whitfield@acme-corp.io>"}},
     ["dana.whitfield@acme-corp.io", "Dana Whitfield"]),
    ("account page title's name @ page title", "page", {"title": "Mein Konto | Friedrich Wollenhaupt"},
     ["Friedrich Wollenhaupt"]),
    ("date of birth answer @ property", "track", {"properties": {"answer": "Geburtsdatum: 14.02.1979"}},
     ["14.02.1979"]),
    ("Swedish personnummer @ search", "page", {"search": "?q=" + quote("Personnummer: 811228-9874")},
     ["811228-9874", "8112289874"]),
    ("Turkish TC Kimlik @ property", "track", {"properties": {"note": "TC Kimlik No: 10000000146"}},
     ["10000000146"]),
    ("IBAN in a refund note @ property", "track",
     {"properties": {"note": "Please refund to IBAN DE44 5001 0517 5407 3249 31"}},
     ["DE44 5001 0517", "DE44500105175407324931"]),
    ("passport at a booking @ product name", "track", {"name": "Product Added", "products": [
        {"product_id": "SKU-1", "name": "Passport number: C01X00T47", "price": "5"}]}, ["C01X00T47"]),
    ("Japanese address @ page title", "page", {"title": "〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 1203号室"},
     ["渋谷2-21-1", "1203号室"]),
    ("Polish address @ property", "track",
     {"properties": {"shipping": "Adres dostawy: ul. Piotrkowska 87 m. 12, 90-423 Łódź"}}, ["Piotrkowska 87"]),
    ("guest's name among parameters @ referrer", "page",
     {"referrer": "https://www.example.org/reservation?guest_name=Francesca+Lombardini&nights=3"},
     ["Francesca+Lombardini", "Francesca Lombardini"]),
    ("German mobile in a verify link @ url", "page", {"url": f"{_S}/sms/verify?tel=%2B491512345678"},
     ["491512345678"]),
    ("Chinese name after its label @ property", "track", {"properties": {"profile": "姓名：陈静"}}, ["陈静"]),
    ("ticket holder @ track name", "track", {"name": "Ticket holder: Siobhan McAllister, Row F Seat 12"},
     ["Siobhan McAllister"]),
    ("card in a note @ property", "track", {"properties": {"payment": "Card 4532 0151 1283 0366 exp 04/27"}},
     ["4532 0151 1283 0366", "4532015112830366"]),
    ("IP address in a login log @ property", "track", {"properties": {"log": "Login from 95.91.214.7 (Berlin)"}},
     ["95.91.214.7"]),
    ("name and birth year in a profile path @ url", "page", {"url": f"{_S}/profile/jennifer-obuya-1984"},
     ["jennifer-obuya"]),
    ("lower-case customer name @ property", "track", {"properties": {"crm": "customer: maximilian schönberger"}},
     ["maximilian schönberger"]),
]

# (three leaks of the lists above, shown whole: they reach the request from an event's fields too)
LEAKED_EVENTS: List[Case] = [
    ("seller's name in a marketplace message @ page title", "page",
     {"title": "Seller Gerhard Pölzl replied to your question"}, ["Gerhard Pölzl"]),
    ("a meeting between two people @ track name", "track",
     {"name": "Calendly: 30 Minute Meeting between Ana Ribeiro and Carlos Mendes"}, ["Ana Ribeiro", "Carlos Mendes"]),
    ("gift recipient among parameters @ url", "page", {"url": f"{_S}/gift?to=Henrike+L%C3%BCdemann&from=Theo"},
     ["Henrike+L%C3%BCdemann", "Henrike Lüdemann"]),
]
EVENT_LEAKS = {
    "seller's name in a marketplace message @ page title": "name: a full name after a platform's role",
    "a meeting between two people @ track name": "name: a full name after a platform's role",
    "gift recipient among parameters @ url": "name: a full name under a gift's recipient among ordinary parameters",
}

# (the review's lists, then its whole events: PERSONAL_EVENTS, LEAKED_EVENTS and EVENT_LEAKS above)
globals().update(review_tests(globals()))
