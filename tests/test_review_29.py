"""Review 29: session 41's gate rules (closers 163, 164 and 165: allergens, offices and publishers after their labels,
a broadband product's code, `no name` and a club after a name's label, a listing's code prefix; a bank transfer's
reference with a fee and a name, a registration with an age, a name with an age in brackets and a class, a Japanese
health label before katakana, a pupil's key in a link, a marketplace's offer to you, a pickup at a person's; a brand's
common words, thanks to a business, a grocer's store format, a kit's design, a history topic, a shop's category in a
children's route) attacked both ways by an outsider who has read them: ordinary school, nursery, camp, parents' app,
marketplace, seller chat, insurer, shop, news and brand values, keys and URLs near those rules that must go out, and
personal near variants that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by
privacy.clean_url. What fails today is a strict expected failure grouped by family, each naming the rule that decides
it; each says whether the session's start (1d7ab99b) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Allergy: Peanuts, Sesame', 'Allergie: Erdnüsse, Milch, Sellerie', 'Allergies: Gluten, Soya, Mustard',
    'Allergène : Arachides, Lait', 'Alergia: Cacahuetes, Gluten', 'Allergia: Arachidi, Latte, Uova',
    'Allergy: Tree Nuts', 'Allergy: Celery and Lupin', 'Allergy: Milk, Eggs, Fish', 'Allergie: Nüsse',
    'Allergy: Crustaceans, Molluscs', 'Allergy: Sulphites', 'Allergie: Senf, Sesam', 'Allergy: None',
    'Allergy: Soy Milk', 'Allergie: Gluten (Weizen)', 'Allergy: Nuts – see menu', 'Allergies : Fruits à coque',
    'Emergency contact: School Office', 'Notfallkontakt: Sekretariat', 'Emergency contact: Reception',
    'Contact d’urgence : Secrétariat', 'Contacto de emergencia: Recepción', 'Contatto di emergenza: Segreteria',
    'Emergency contact: Camp Office', 'Noodcontact: Receptie', 'Emergency contact: Head Office',
    'Notfallkontakt: Rezeption', 'Emergency contact – how to update', 'Emergency contact: Main Reception (24h)',
    'Letters: Ted Hughes, Faber', 'Letters: Virginia Woolf, Penguin', 'Letters: Sylvia Plath, Faber',
    'Letters: Philip Larkin, Faber & Faber', 'Letters: Franz Kafka, Vintage',
    'Letters: Keats, Oxford World’s Classics', 'Briefe: Thomas Mann, Fischer',
    'Letters: Seamus Heaney, Faber, Hardcover', 'Letters: Flannery O’Connor, Macmillan', 'Letters: Mozart, Bloomsbury',
    'Letters: Orwell, Harvill Press', 'Lettres : Flaubert, Gallimard', 'Cartas: Frida Kahlo, Anagrama',
    'Line ID: GEA-FTTC-80', 'Line ID: GEA-FTTP-1000', 'Line ID: FTTC-80-20', 'Line ID: SOGEA-80-20',
    'Line ID: ADSL2-PLUS-24', 'Line ID: WLR3-PSTN-SMPF', 'Line ID: VDSL-250-40', 'Line ID – where to find it',
    'Name: NO NAME', 'Name: No Name', 'Nom : SANS NOM', 'Nombre: SIN NOMBRE', 'Name: KEIN NAME', 'Nome: SENZA NOME',
    'Naam: GEEN NAAM', 'Nombre: REAL MADRID', 'Name: BAYERN MÜNCHEN', 'Name: Olympique Lyon', 'Nome: JUVENTUS TORINO',
    'Name: Sporting Lisboa', 'Naam: AJAX AMSTERDAM', 'Name: Celtic Glasgow', 'Name: Borussia Dortmund',
    'Name: Union Berlin', 'Nom : OLYMPIQUE MARSEILLE', 'Name: Eintracht Frankfurt', 'Name: Hertha Berlin',
    'Nombre: ATLETICO MADRID', 'Name: Dynamo Dresden', 'Name: Racing Paris', 'RM-152847391', 'Listing RM-152847391',
    'Ref: ZP-301847562', 'Anuncio ID-284719365', 'Rightmove RM-152847391', 'Immoweb IW-428193756',
    'Idealista ID-104938271', 'Objekt IS-284719365', 'Angebot KA-571938462', 'Verwendungszweck: Essensgeld Oktober',
    'Verwendungszweck: Klassenfahrt 2026, Klasse 4b', 'Causale: retta mensa Ottobre',
    'Causale: gita scolastica Firenze', 'Concepto: comedor escolar marzo', 'Concepto: Cuota AMPA 2026',
    'Concepto: Matrícula Curso 2026/27', 'Référence : cantine novembre', 'Payment reference: Dinner Money Term 2',
    'Tytuł przelewu: Rada Rodziców 2026', 'Mededeling: Ouderbijdrage 2026', 'Causale: centro estivo Luglio',
    'Concepto: Excursión Museo Prado', 'Verwendungszweck – bitte angeben', 'Causale bonifico: come compilarla',
    'Concepto de la transferencia: Seguro Hogar', 'Verwendungszweck: Rechnung 2026-0412', 'Causale: Fattura 112/2026',
    'Verwendungszweck: Ferienlager Ostsee 2026', 'Payment reference: School Trip Paris',
    'Anmeldung Ferienlager 2026: Plätze frei', 'Registration: Summer Camp 2026 – ages 8-12',
    'Inscription stage de Pâques : 6-12 ans', 'Iscrizione centro estivo: bambini 6-11 anni',
    'Inscripción campamento 2026: de 7 a 14 años', 'Anmeldung Schwimmkurs – ab 5 Jahre',
    'Registration – Holiday Club, 5-11 years', 'Anmeldung Ferienlager 2026 – 9 Jahre und älter',
    'Stage de Pâques – 8 ans et plus', 'Enrolment: Reception Class 2026, age 4', 'Inschrijving zomerkamp: 8 jaar',
    'Toy Story (4) – DVD', 'Harry Potter (7) – Year 7 reading list', 'Frozen II (2) – Blu-ray',
    'Cars (3) – Class 2 movie night', 'Paw Patrol (12) – Year 2 party pack', 'Lego Friends (6) – Klasse 3 Geschenk',
    'Peppa Pig (5), Class 1 book box', 'Star Wars (9) – Box Set', 'Matilda (1) – Year 4 reading', 'Rocky (5) – Form 2',
    'アレルギー：卵・乳', 'アレルギー：ピーナッツ（加工品）', '食物アレルギー：エビ カニ（甲殻類）',
    'アレルギー情報：コムギ ダイズ（原材料）', '持病：なし', 'アレルギー：ナッツ ゴマ（ごま油）',
    'アレルギー：トクニナシ', '常用薬：ロキソニン', 'Black Friday hat dir ein Angebot gemacht',
    'Nike hat dir ein Angebot gemacht', 'Vinted sent you a message', 'Amazon Prime sent you an offer',
    'Leboncoin vous a envoyé un message', 'Wallapop Pro te ha enviado un mensaje', 'Cyber Monday sent you an offer',
    'Summer Sale made you an offer', 'Back Market sent you an offer', 'Customer Service sent you a message',
    'Kundenservice hat dir geschrieben', 'Service Client vous a écrit', 'Atención al Cliente te ha escrito',
    'Servizio Clienti ti ha scritto', 'Klantenservice heeft je een bericht gestuurd',
    'Marktplaats Team heeft je een bericht gestuurd', 'Abholung bei Filiale Köln, Hauptstraße 12',
    'Retrait chez Boulangerie Paul, 12 rue de la Paix', 'Abholung morgen 18 Uhr bei Bäckerei Schmidt, Gartenweg 3',
    'Pickup at Tesco Extra, 5 High Street', 'Abholung bei DHL Packstation, Bahnhofstraße 1',
    'Recogida en Correos, Calle Mayor 3', 'Retrait chez Leroy Merlin, 3 avenue Foch',
    'Odbiór u Paczkomat InPost, ul. Długa 5', 'Afhalen bij PostNL Punt, Dorpsstraat 2',
    'Abholung bei Deutsche Post, Marktplatz 1', 'Offer of £5 from Just Eat', 'Offer from Hello Fresh – 60% off',
    'Offer from Cotswold Outdoor', 'Angebot von Deutsche Bahn', 'Offre de Air France', 'Oferta de El Corte Inglés',
    'Bought from seller Cotswold Outdoor', 'Bought from seller Mountain Warehouse',
    'Offer from British Airways – Avios', 'Offer of £10 from Uber Eats', 'Offer from Cancer Research UK',
    'Offer from Red Bull Racing', 'Bought from seller Jack Wolfskin Outdoor', 'Offer from Lidl Deutschland',
    'Offer from Scottish Power', 'Hello Kitty – Book bag', 'ADHD planner – Spiral Notebook',
    'Offer from Deliveroo Plus', 'Offer from Ciao Bella Pizzeria', 'Offer of £5 from Hello Fresh',
    'Offer of £5 from Just Eat', 'Offerta di 5 € da Deliveroo Italia', 'Angebot über 20 € von Deutsche Bahn',
    'Offer of £3 from Scottish Power', 'Offer of £10 from Cancer Research UK',
    'Thanks to British Heart Foundation for the support', 'Danke an Deutsche Bahn für die Geduld',
    'Thanks to Manchester United for the tickets', 'Thanks to Cancer Research UK for hosting',
    'Thanks to Scottish Water for the update', 'Thanks to Just Eat for the voucher',
    'Thanks to Rangers Foundation for the kits', 'Danke an Borussia Dortmund für die Trikots',
    'Thanks to Celtic FC for the visit', 'Thanks to British Airways for the upgrade',
    'Thanks to Hello Fresh for the box', 'Thanks to Sporting Lisbon for hosting',
    'Thanks to Mountain Rescue for everything', 'Thanks to Air Ambulance Charity for the demo',
    'Pickup: Morrisons Daily', "Pickup: Sainsbury's Local", 'Pickup: Marks Spencer Simply Food',
    'Pickup: Tesco Express', 'Pickup: Tesco Extra', 'Pickup: Co-op Food', 'Pickup: Asda Superstore',
    'Pickup: Waitrose Local', 'Pickup: Spar Express', 'Pickup: Carrefour Market', 'Pickup: Carrefour City',
    'Pickup: Rewe City', 'Pickup: Edeka Center', 'Pickup: Albert Heijn To Go', 'Pickup: Lidl Metro',
    'Pickup: Tesco Metro', 'Pickup: Amazon Locker', 'Pickup: Costco Warehouse', 'School jumper print: Crest Only',
    'Book bag print: Spider Man', 'Book bag print: Hello Kitty', 'PE bag print: School Logo',
    'Book bag print: Rainbow Unicorn', 'Book bag print: Shark Attack', 'Turnbeutel Druck: Wappen',
    'Book bag print: Dinosaur Pattern', 'School jumper print: Crest and Logo', 'Book bag print: Space Rocket',
    'Book bag print: Panda Face', 'Lesson notes: Ancient Egypt', 'Lesson notes: Romans',
    'Lesson notes: Vikings and Saxons', 'Lesson notes: Ancient Greeks', 'Unterrichtsnotizen: Mittelalter',
    'Lesson notes: Medieval Castles', 'Lesson notes: World War Two', 'Lesson notes: Tudors',
    'Lesson notes: Ancient Rome', 'Allergie: Mandel',
    # (the lead's fixes after the review: a notification's or a pickup's name holding a brand's word, brand_words)
    'Just Eat sent you an offer', 'Hello Fresh sent you an offer', 'Deutsche Bahn hat dir ein Angebot gemacht',
    'Cotswold Outdoor sent you an offer', 'Ritiro da Farmacia Centrale, Via Roma 5',
    'Retrait chez Relais Colis, 4 rue Victor Hugo', 'Abholung bei Hermes Paketshop, Lindenweg 7',
    'Retrait chez Point Relais, 8 rue Nationale',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a film's title of two capitalized words, its number in brackets and a grade (record_names.AGED_IN_CLASS, new "
        "in closer 164: `Jurassic Park (3)` is a full name's shape and an age); went out at the session's start. "
        "Closer 171 argues it stays refused: `<a full name> (3) – Grade 5` is the same text, and only a list of "
        "titles tells them apart"
    ): [
        'Jurassic Park (3) – Grade 5',
    ],
    (
        "a shop, a pharmacy or a parcel point of two capitalized words after `da`/`bij`/`chez`/`bei` and a street "
        "(case_titles.PICKUPS with AT_A_PERSONS, new in closer 164: only `Filiale`, `Boulangerie`-like words are read "
        "as a shop; `Relais Colis`, `Albert Heijn`, `Hermes Paketshop` are not); went out at the session's start. "
        "Closer 171 reads a grocer's words (brand_words.BRAND_WORDS: `Jumbo Supermarkt`) and argues `Albert Heijn` "
        "stays refused: a given name and a family name's shape, told from a person's only by a list of brands "
        "(brand_words' `John Lewis`)"
    ): [
        'Ophalen bij Albert Heijn, Kerkstraat 10',
    ],
}


PERSONAL = [
    'Allergy: Peanuts – Orla Fennimore', 'Allergy: Orla Fennimore – peanuts', 'Allergy: Rye Barley',
    'Allergy: Peanuts, Orla Fennimore', 'Emergency contact: Orla Fennimore',
    'Emergency contact: Reception – Orla Fennimore 07700 900123', 'Emergency contact: Grandma Orla Fennimore',
    'Letters: Disgraceful bins. Orla Fennimore, Norton', 'Letters: Orla Fennimore, Penrith',
    'Letters: Shameful. Tobias Kranewitter, Vintage', 'Line ID: orla.fennimore', 'Line ID: orla-fennimore-88',
    'LINE ID: tobias_k88', 'Name: Orla Fennimore', 'Name: Orla Real', 'Name: Tobias United', 'Name: ORLA FENNIMORE',
    'Nombre: Ximena Torquado', 'Name: Orla Madrid', 'Name: Tobias Paris', 'BSN PT-123456782', 'NIF: RM-152847391',
    'BSN: 123456782', 'DNI ES-12345678Z', 'Verwendungszweck: Essensgeld Oktober Tobias Kranewitter',
    'Causale: retta mensa Ottobre Giulia Bianchi', 'Verwendungszweck: Tobias Kranewitter Klasse 4b',
    'Causale: Giulia Bianchi 3A', 'Verwendungszweck: Klassenfahrt – Tobias Kranewitter',
    'Concepto: comedor escolar – Lucía Martínez', 'Anmeldung Ferienlager 2026: Tobias Kranewitter, 9 Jahre',
    'Iscrizione centro estivo: Giulia Bianchi, 7 anni', 'Inscription stage de Pâques : Léa Dubois (8 ans)',
    'Inscripción campamento: Lucía Martínez, 10 años', 'Anmeldung Schwimmkurs: Tobias Kranewitter (6 Jahre)',
    'Sign-up: Junior Football – Orla Fennimore, 8', 'Orla Fennimore (8) – Year 4 Oak',
    'Tobias Kranewitter (7), Klasse 2b', 'Giulia Bianchi (9) – classe 4A', 'Orla Fennimore (8) - Year 4',
    'Sem Vrankelstee (7) – groep 4', 'Orla Fennimore (8) – Form 2', 'アレルギー：ヤマダ タロウ（卵・乳）',
    '持病：サトウ ハナコ（喘息）', '食物アレルギー：タナカ ユイ（エビ）', 'アレルギー: ヤマダ タロウ (卵)',
    'Orla Fennimore sent you an offer', 'Tobias Kranewitter hat dir ein Angebot gemacht',
    'Léa Dubois vous a fait une offre', 'Lucía Martínez te ha hecho una oferta',
    'Sem Vrankelstee heeft je een bod gedaan', 'Zofia Nowak złożyła ci ofertę', 'Orla F. sent you an offer',
    'Orla Fennimore messaged you', 'Tobias Kranewitter hat dir geschrieben',
    'Abholung morgen 18 Uhr bei Tobias Kranewitter, Gartenweg 3', 'Retrait chez Léa Dubois, 12 rue de la Paix',
    'Ritiro da Giulia Bianchi, Via Roma 5', 'Ophalen bij Sem Vrankelstee, Kerkstraat 10',
    'Abholung bei Familie Kranewitter, Gartenweg 3', 'Odbiór u Zofia Nowak, ul. Długa 5',
    'Recogida en casa de Lucía Martínez, Calle Mayor 3', 'Emergency contact: Orla Fennimore (Mum)',
    'Offer of £45 from Orla Fennimore', 'Dispute with buyer Orla Fennimore', 'Thanks to Orla Fennimore for the lift',
    'Danke an Tobias Kranewitter für die Hilfe', 'Merci à Léa Dubois pour le gâteau',
    'Pickup: Orla Fennimore (Grandma)', 'Book bag print: Tobias Kranewitter',
    'Lesson notes for Orla Fennimore: Grade 2 piano', 'Lesson notes: Orla Fennimore',
    # (the lead's fixes after the review: family names out of brand_words.BRAND_WORDS, `Cola`, `Soda`, `Bahn`)
    'Offer of £45 from Marta Cola', 'Thanks to Takeshi Soda for the lift', 'Bought from seller Klaus Bahn',
    'Offer of £45 from Klaus Bahn',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a family name that is a brand's common word (brand_words.BRAND_WORDS, new in closer 165: `Cola`, `Soda`, "
        "`Bahn` are family names, `Outdoor` a trade's word after a given name); refused at the session's start"
    ): [
        'Offer of £45 from Jonas Outdoor',
    ],
    (
        "a family name or a given name that is a place's or a time's word after the bare pickup's label "
        "(role_labels.PICKUP_PLACES_AND_TIMES: `Lane`, `Day`, `Street`, `Bridge`, `Pier`); leaked at the start too"
    ): [
        'Pickup: Orla Lane', 'Pickup: Doris Day', 'Pickup: Orla Street', 'Pickup: Ronan Bridge',
        'Pickup: Pier Fennimore',
    ],
    (
        "a given or a family name that is a kit design's word (record_names._KIT_DESIGNS: `Maxi`, `Mini`, `Styles`); "
        "leaked at the start too"
    ): [
        'Book bag print: Maxi Kranewitter', 'Book bag print: Tobias Styles', 'Book bag print: Mini Fennimore',
    ],
    (
        "a given or a family name that is a subject's word after lesson notes (record_names._SCHOOLING_WORDS: `Art`, "
        "`English`); leaked at the start too"
    ): [
        'Lesson notes: Art Fennimore', 'Lesson notes: Orla English',
    ],
    (
        "a pupil's key in a link's fragment in a text with a lower-case slug (privacy._parameters_reason with "
        "labelled_values.PUPIL_KEYS reads a value's link, not a text's path)"
    ): [
        'Cours CM2 /cours/cm2#eleve=lea-dubois&classe=CM2',
    ],
}


ORDINARY_KEYS = [
    'pickup_store_format', 'line_id_format', 'transfer_reference_format', 'kit_design', 'lesson_topic',
    'registration_age_range', 'brand_name', 'seller_type', 'verwendungszweck_hint', 'causale_template', 'listing_id',
    'class_year',
]


PERSONAL_KEYS = [
    'pupil_name', 'child_name', 'emergency_contact_name', 'seller_full_name', 'alumno_nombre', 'pickup_person',
    'transfer_payer_name', 'registrant_name',
]


ORDINARY_URLS = [
    'https://shop.example.com/children/shoes/report', 'https://shop.example.com/kinder/spielzeug/tagebuch',
    'https://shop.example.com/children/girls/report', 'https://shop.example.com/enfants/chaussures/bulletin',
    'https://shop.example.com/children/school-uniform/report', 'https://shop.example.com/ninos/zapatos/informe',
    'https://shop.example.com/children/baby-girl/report', 'https://shop.example.com/children/sale/report',
    'https://shop.example.com/kids/books/report', 'https://shop.example.com/children/camp/report',
    'https://shop.example.com/product?id=42#classe=CM2', 'https://shop.example.com/p/123?ref=school-trip',
    'https://shop.example.com/children/party-games/report', 'https://shop.example.com/kinder/bademode/tagebuch',
    'https://shop.example.com/children/outlet/report',
]


PERSONAL_URLS = [
    'https://shop.example.com/children/orla-fennimore/report',
    'https://shop.example.com/kinder/tobias-kranewitter/tagebuch', 'https://shop.example.com/children/orla/report',
    'https://shop.example.com/enfants/lea-dubois/bulletin',
]


LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a shop's category word opening a child's slug (person_routes._SHOP_CATEGORY_WORDS, new in closer 165, reads "
        "the slug's first word: `girls-…`, `shoes-…`); cut at the session's start"
    ): [
        'https://shop.example.com/children/girls-orla-fennimore/report',
        'https://shop.example.com/children/shoes-orla-fennimore/report',
    ],
    (
        "a child's slug with a number after it (person_routes.SCHOOL_RECORD_PAGES), or a pupil's key with a slug "
        "in the URL's own query (labelled_values.PUPIL_KEYS: a lower-case slug is not read as a name); leaked at the "
        "start too"
    ): [
        'https://shop.example.com/children/orla-fennimore-8/report', 'https://shop.example.com/p/1?eleve=lea-dubois',
    ],
}

globals().update(review_tests(globals()))
