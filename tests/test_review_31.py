"""Review 31: session 42's first gate rules (closers 171 to 173: words beside allergens and names in their bracket,
reception desks and offices before a name, kin's words in brackets, a town's club after a name label, publishers'
houses, history topics and nurseries, sign-ups for an age group, marketplaces, brands, clubs and airlines sending a
message or an offer, offers without an amount, pickups at a person's before a street; transfer references after a
capitalized fee, registrations with an age's word, school years' short forms, Japanese health labels with names in kanji
or katakana; honeymoon funds' references and senders, children after a rite's word, babies before a due date, bridal
appointments and RSVPs) attacked both ways by an outsider who has read them: ordinary school, nursery, marketplace,
grocer, pharmacy, airline, publisher, football club, celebration shop, bridal shop, bank and brand values and keys near
those rules that must go out, and personal near variants that must be kept. Text is read by detector.reason, keys by
detector.key_reason. What fails today is a strict expected failure grouped by family, each naming the rule that decides
it; each says whether the session's start (4c73e84c) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Allergy info: Contains Milk, Soya', 'Allergy info: Contains Celery, Mustard', 'Allergie: Enthält Milch, Senf',
    'Allergènes : Peut contenir Fruits à coque', 'Alergia: Sin Gluten, Sin Lactosa', 'Allergy: Sesame (Seeds)',
    'Allergy info: Made In A Factory Handling Nuts', 'Allergeni: Contiene Latte, Uova',
    'Allergie: Sellerie (Knollensellerie)', 'Allergy: Eggs (Free Range)', 'Allergy: Soy (Soya Lecithin)',
    'Emergency contact: Main Reception', 'Emergency contact: Reception Desk', 'Emergency contact: Front Office',
    'Emergency contact: Box Office', 'Emergency contact: Ticket Office', 'Emergency contact: Office Manager',
    'Notfallkontakt: Sekretariat', 'Notfallkontakt: Rezeption', 'Notfallkontakt: Schulsekretariat Grundschule',
    'Contact d’urgence : Accueil', 'Contact d’urgence : Secrétariat', 'Contacto de emergencia: Recepción',
    'Contatto di emergenza: Segreteria', 'Emergency contact: Office Hours 9-5', 'Emergency contact: Office Depot',
    'Emergency contact: Post Office Counter', 'Emergency contact: Office (Main Campus)',
    'Contact: Customer Services (Mother’s Day)', 'Gift card: Mother’s Day (Mum)', 'Card: Happy Birthday (Dad)',
    'Mug: Best Dad Ever (Dad)', 'Karte: Alles Gute (Mama)', 'Carte : Bonne fête (Maman)', 'Tarjeta: Feliz Día (Papá)',
    'Emergency contact: School Office (Main)', 'Keyring: Super Dad (Vater)', 'Notfallkontakt: Sekretariat (Schule)',
    'Name: Leeds United', 'Name: Newcastle United', 'Name: Norwich City', 'Name: Hull City', 'Name: Real Madrid',
    'Name: Atletico Madrid', 'Name: Borussia Dortmund', 'Name: Bayern München', 'Name: Inter Milan',
    'Name: Dundee United', 'Name: Exeter City', 'Name: Hertha Berlin', 'Name: Real Sociedad', 'Name: Ajax Amsterdam',
    'Team: Leeds United', 'Letters: Charles Dickens, Penguin Classics', 'Letters: Jane Austen, Oxford University Press',
    'Briefe: Franz Kafka, Suhrkamp Verlag', 'Lettres : Victor Hugo, Le Livre de Poche', 'Letters: Van Gogh, Phaidon',
    'Letters: John Keats, Faber & Faber', 'Cartas: Federico García Lorca, Editorial Cátedra',
    'Lettere: Italo Calvino, Mondadori', 'Publisher: Bloomsbury Publishing', 'Verlag: Rowohlt Verlag',
    'Letters: Emily Dickinson, Harvard University Press', 'Letters: Sylvia Plath, Faber',
    'Briefe: Rainer Maria Rilke, Insel', 'Letters: Van Gogh, Taschen', 'Sign-up: Junior Netball, Under 11',
    'Sign-up: Mini Rugby, Under 7', 'Sign-up: Youth Football – Under 14', 'Registration: Junior Tennis – ages 6-9',
    'Anmeldung: Kinderturnen, ab 4 Jahren', 'Inscripción: Fútbol Infantil, Sub 10', 'Inscription : École de foot – U9',
    'Iscrizione: Minibasket – Under 10', 'Registration: Summer Camp 2026 – Week 2',
    'Vinted hat dir eine Nachricht geschickt', 'Leboncoin vous a envoyé un message',
    'Wallapop te ha enviado un mensaje', 'Marktplaats heeft je een bericht gestuurd',
    'Amazon Marketplace sent you a message', 'Etsy Shop sent you an offer', 'Depop Team sent you a message',
    'Facebook Marketplace sent you a message', 'Real Madrid sent you a message', 'Arsenal FC sent you a message',
    'Lufthansa hat dir ein Angebot gemacht', 'Ryanair sent you an offer', 'Booking.com sent you a message',
    'Waterstones sent you a message', 'Offer from Cyber Monday', 'Offer from Boxing Day Sale', 'Offer from Summer Sale',
    'Angebot von Rewe', 'Angebot von Edeka Center', 'Angebot von Lidl Plus', 'Angebot von Tchibo',
    'Angebot von Deutsche Telekom', 'Offre de Carrefour Market', 'Offre de SNCF Connect', 'Oferta de Mercadona',
    'Oferta de Iberia Plus', 'Offerta da Esselunga', 'Aanbieding van Albert Heijn', 'Offer from Boots Advantage',
    'Offer from Lloyds Pharmacy', 'Offer from Waterstones', 'Offer from Leeds United', 'Offer from Emirates',
    'Offer from Air India', 'Offer from Turkish Airlines', 'Offer from Air New Zealand', 'Offer from Qatar Airways',
    'Offre de Air Canada', 'Angebot von Austrian Airlines', 'Pickup at Morrisons Daily, 5 High Street',
    'Pickup at Co-op Food, 12 Mill Lane', 'Pickup at Superdrug, 5 High Street',
    'Pickup at Lloyds Pharmacy, 7 Church Road', 'Pickup at Argos, 5 High Street', 'Pickup at Car Park B, 5 High Street',
    'Pickup at Gate 3, Station Road', 'Pickup at Reception, 5 High Street',
    'Pickup at Waterstones Piccadilly, 203 Piccadilly', 'Pick up at Leeds United Stadium, Elland Road',
    'Abholung bei Edeka Center, Hauptstraße 12', 'Abholung bei DM Drogerie, Bahnhofstraße 4',
    'Retrait chez Monoprix, 3 rue Foch', 'Retrait chez Pharmacie Centrale, 3 rue Foch',
    'Ophalen bij Kruidvat, Kerkstraat 10', 'Recogida en Farmacia Central, Calle Mayor 5',
    'Thanks to Air India for the upgrade', 'Merci à Air Algérie pour le vol', 'Offer of £20 from Air Malta',
    'Thanks to Air Canada for the upgrade', 'Offer from Air Mauritius', 'Merci à Air Tahiti Nui pour le vol',
    'Thanks to Air Serbia for the lift', 'Offer of €30 from Air Europa', 'Lesson notes: Tudor England',
    'Lesson notes: Ancient Greece', 'Lesson notes: Ancient Egypt', 'Lesson notes: Iron Age',
    'Lesson notes: World War Two', 'Lesson notes: Norman Conquest', 'Lesson notes: Cold War',
    'Lesson notes: Anglo Saxons', 'Lesson notes: Romans In Britain', 'Payment reference: Dinner Money Autumn Term',
    'Payment reference: Dinner Money Week 3', 'Payment reference: School Trip Natural History Museum',
    'Payment reference: School Trip Warwick Castle', 'Payment reference: School Trip Science Museum',
    'Payment reference: Dinner Money Top Up', 'Payment reference: School Trip Isle Of Wight',
    'Payment reference: After School Club Spring Term', 'Verwendungszweck: Klassenfahrt Berlin',
    'Verwendungszweck: Essensgeld November Dezember', 'Concepto: Comedor Escolar Octubre',
    'Concepto: Excursión Parque Warner', 'Référence : Cantine Septembre Octobre', 'Mededeling: Schoolreis Efteling',
    'Verwendungszweck: Klassenfahrt sylt', 'Payment reference: School Trip london zoo',
    'Payment reference: Dinner Money term two', 'Registration: Swimming Lessons – age 5 and over',
    'Anmeldung Schwimmkurs: ab Alter 6', 'Inscripción – Campamento: edad 6 a 12',
    'Enrolment – Reception Class: aged 4 by September', 'Inscription – Stage de Pâques : 6-10 ans',
    'Registration: Holiday Club – Minimum age 5', 'Frozen (2) – CP', 'Le Petit Prince (6) – CE1', 'Matilda (8), Y4',
    'The Gruffalo (3) – P3', 'Wonder (10) – Y6', 'Manual de lectura (8) – 3ºB', 'Cahier de vacances (7) – CE2',
    'Lot de cahiers (12), CM2', 'Pack 2 – Y4', 'Classeur A4 (4) – 6e', 'Reading Book (5) – Y1',
    'アレルギー：ピーナッツ 微量', 'アレルギー：キウイ バナナ', 'アレルギー：ソバ（十割そば）',
    '常用薬：ロキソニン 頭痛時', '持病：アトピー 軽度', 'アレルギー：エビ（甘エビ）', '常用薬：インスリン 毎食前',
    'アレルギー：小麦（パン）', 'Honeymoon fund – reference: BALI 2026', 'Honeymoon fund – reference: MALDIVES 2026',
    'Honeymoon fund – reference: Trailfinders', 'Honeymoon fund – reference: Kenya Safari',
    'Honeymoon fund – reference: Santorini Greece', 'Honeymoon fund – reference: TUI Holidays',
    'Hochzeitsgeschenk – Verwendungszweck: Flitterwochen Bali', 'Honeymoon fund – reference: New York City',
    'Honeymoon fund – reference: BALI-2026-418627', 'Wedding gift from Marks & Spencer',
    'Cadeau de mariage de Galeries Lafayette', 'Erstkommunion Kerze Fisch', 'Erstkommunion Tischdeko Gold',
    'Erstkommunion Einladungskarten Blau 2026', 'Mis XV años – Invitaciones Elegantes', 'Bar Mitzvah Kippah Navy Blue',
    'Bar Mitzvah Invitations – Star Of David', 'Bat Mitzvah Centerpieces Silver', 'Geboortekaartje Gouden Sterren 2026',
    'First Communion Dress Ivory Satin', 'Christening Gown Vintage Lace', 'Prima comunione bomboniere Angelo Custode',
    'Faire-part de naissance Petit Prince', 'Festa de 15 anos da Disney', 'Quinceañera Tiara Silver Crystal',
    'È nata una stella – fiocco nascita', 'Taufkerze Lebensbaum Grün', 'Erstkommunion Kerze Heiliger Geist',
    'Mis XV años – Vestidos Azul Rey', 'Baby Yoda plush, due 14.03.2026', 'baby yoda, due 14.03.2026',
    'Baby Born doll – due 14.03.2026', 'Baby Twins, due 14.03.2026', 'Baby Moses basket, due 14.03.2026',
    'Bridal appointment for Mother Of The Bride', 'Bridal appointment: Sunday Afternoon',
    'Brautkleid-Termin: Samstag Vormittag', 'Pasafspraak: Zaterdag 10:00', 'RSVP: No from Greenvelope',
]


DROPPED: Dict[str, List[str]] = {
    (
        "menu words after an allergen and a dash other than `Kids Menu` (allergens._BESIDE_ALLERGEN_WORDS lists "
        "`Kids` and `Menu`, not `Vegan`, `Lunch` or `Only`; postal.labelled_person reads the words as a name); "
        "refused at the session's start too"
    ): [
        'Allergy: Peanuts – Vegan Menu', 'Allergy: Gluten – Lunch Menu', 'Allergy: Nuts – Kids Menu Only',
    ],
    (
        "a pack's warning in German with `von` before the allergen (`Spuren von Nüssen`: "
        "allergens.a_packs_allergen_words does not lift it, named_diets._a_name takes it for a name); refused at the "
        "start too"
    ): [
        'Allergie: Kann Spuren von Nüssen enthalten',
    ],
    (
        "a club's name whose first word is no known town or whose last word is no club's word (postal._named_no_one "
        "reads `Leeds United`, not `West Ham`, `Oxford`, `Cambridge` before `United`, nor `Celtic FC`, `Sheffield "
        "Wednesday`, `Queens Park Rangers`; personal_keys.names_personal_data reads `Name:`); refused at the start "
        "too"
    ): [
        'Name: West Ham United', 'Name: Celtic FC', 'Name: Sheffield Wednesday', 'Name: Queens Park Rangers',
        'Name: Cambridge United', 'Name: Oxford United',
    ],
    (
        "a baby class's name before an age range in months (meeting_guests._a_guest reads `Baby Sensory` as a guest; "
        "record_names._AGE_BEFORE's `age` does not lift it); refused at the start too"
    ): [
        'Registration: Baby Sensory, age 0-6 months',
    ],
    (
        "a history topic outside record_names._SCHOOLING_WORDS (`Black Death`, `Viking Britain`, `Space Race`, German "
        "`Römisches Reich`), read as a lesson's pupil by record_names._a_booker; refused at the start too"
    ): [
        'Lesson notes: Black Death', 'Lesson notes: Viking Britain', 'Unterrichtsnotizen: Römisches Reich',
        'Lesson notes: Space Race',
    ],
    (
        "a trip's destination of two capitalized place words after a capitalized fee, neither a known town ending them "
        "nor a destination's word (record_names.TRANSFER_NAMED reads `Legoland Windsor`, `Kraków Wieliczka` as a "
        "pupil; closer 178 reads a town ending them, not a town opening them, a given name's shape as often: "
        "`Florence`); went out at the session's start"
    ): [
        'Payment reference: School Trip Legoland Windsor', 'Tytuł przelewu: Wycieczka Kraków Wieliczka',
    ],
    (
        "a destination's word before a number as a wedding fund's reference (record_names.HONEYMOON_REFERENCE with "
        "record_names._a_fund_name reads `Bali` before a number as a family name: told apart only by a list of "
        "places); went out at the session's start"
    ): [
        'Huwelijksreis – omschrijving: Bali 551902',
    ],
    (
        "a toy's or a doll's name after `Baby` before a due date (cued_names._BABY_DUE, new in closer 173: `Baby "
        "Shark`, `Baby Annabell` are told apart from a baby's name only by a list of toys); went out at the session's "
        "start"
    ): [
        'Baby Shark, due 14.03.2026 (pre-order)', 'Baby Annabell – due 14.03.2026',
    ],
}


PERSONAL = [
    # (kept since closer 199: a lower-case name after `Offer from`, read capitalized: lower_case_names.titled)
    'Offer from orla fennimore',
    'Allergy info: Contains Wheat, Orla Fennimore', 'Allergy: Peanuts – Orla Fennimore',
    'Allergie: Enthält Weizen (Tobias Kranewitter)', 'Allergy: Sesame (Ottilie Brandvold)',
    'Allergy: Milk, Eggs – Isla Brandvold', 'Allergeni: Latte (Giulia Bianchi)', 'Alergia: Cacahuete (Lucía Martínez)',
    'Emergency contact: Office Ottilie Brandvold', 'Contact d’urgence : Accueil Léa Dubois',
    'Notfallkontakt: Tobias Kranewitter (Opa)', 'Emergency contact: Orla Fennimore (Mum)',
    'Emergency contact: Orla Fennimore (Grandma)', 'Contatto di emergenza: Giulia Bianchi (Nonna)',
    'Contacto de emergencia: Lucía Martínez (Abuela)', 'Noodcontact: Sem Vrankelstee (Vader)',
    'Emergency contact: Orla Fennimore (Aunt)', 'Name: Orla United', 'Name: Tobias Rovers',
    'Name: Orla Fennimore, Leeds United', 'Letters: Orla Fennimore, Leeds',
    'Letters: Outrageous. Orla Fennimore, Hogarth Press', 'Sign-up: Junior Football – Ottilie Brandvold',
    'Sign-up: Youth Rugby – Orla Fennimore, 9', 'Sign-up: Junior Netball – Isla Brandvold, Under 11',
    'Anmeldung: Kinderturnen – Tobias Kranewitter, 5', 'Inscripción: Fútbol Infantil – Lucía Martínez, 9',
    'Offer from Ottilie Brandvold', 'Angebot von Anna Schmidt', 'Offre de Maëlle Quervan', 'Offerta da Giulia Bianchi',
    'Offer from Mrs Fennimore', 'Ottilie Brandvold sent you a message', 'Anna Schmidt hat dir ein Angebot gemacht',
    'Maëlle Quervan vous a envoyé un message', 'Pickup at Ottilie Brandvold, 12 Mill Lane',
    'Pickup at Orla Fennimore’s, 5 High Street', 'Pickup at Mrs Fennimore, 5 High Street',
    'Retrait chez Léa Dubois, 3 rue Foch', 'Recogida en casa de Lucía Martínez, Calle Mayor 5',
    'Merci à Léa Dubois pour le vol', 'Thanks to Ottilie Brandvold for the upgrade', 'Offer of £20 from Orla Fennimore',
    'Lesson notes: Ottilie Brandvold', 'Lesson notes: Isla Stone', 'Lesson notes: Orla Victoria',
    'Payment reference: Dinner Money Ottilie Brandvold', 'Payment reference: School Trip Ottilie Brandvold',
    'Payment reference: Dinner Money orla fennimore', 'Payment reference: School Trip, Isla Brandvold',
    'Verwendungszweck: Klassenfahrt Tobias Kranewitter', 'Concepto: Comedor Lucía Martínez',
    'Causale: Gita Giulia Bianchi', 'Mededeling: Schoolreis sem vrankelstee',
    'Registration: Swimming Lessons – Orla Fennimore, age 5', 'Anmeldung Kinderturnen: Tobias Kranewitter, 5 Jahre',
    'Inscription – Stage de Pâques : Léa Dubois, 7 ans', 'Registration: Holiday Club – Isla Brandvold, aged 6',
    'Léa Dubois (7) – CE2', 'Orla Fennimore (10), Y6', 'Isla Brandvold, 7 – P3', 'Lucía Martínez (9) – 4ºA',
    'アレルギー：山田 太郎（卵）', '持病：スズキ イチロウ 喘息', '常用薬：佐藤 花子（インスリン）',
    'Honeymoon fund – reference: Orla Fennimore', 'Honeymoon fund – reference: BRANDVOLD BALI',
    'Wedding gift from Mr. Brandvold', 'Honeymoon fund – reference: Fennimore 551902',
    'Hochzeitsgeschenk – Verwendungszweck: Kranewitter Schmidt', 'Erstkommunion Ottilie Brandvold 2026',
    'Mis XV años – Lucía Martínez – 3 de julio de 2026', 'Bar Mitzvah of Ottilie Brandvold',
    'Geboortekaartje Sem Vrankelstee 03-02-2026', 'Festa de 15 anos da Orla Fennimore',
    'First Communion of Isla Brandvold on 12.05.2026', 'Prima comunione di Giulia Bianchi',
    'Faire-part de naissance Maëlle Quervan 03/02/2026', 'Baby Fennimore, due 14.03.2026',
    'Baby Ottilie – due 14.03.2026', 'bébé Quervan, prévu le 14/03/2026', 'Bridal appointment for Ottilie Brandvold',
    'Bridal appointment: Orla Fennimore, Saturday Morning', 'Brautkleid-Termin: Anna Schmidt, Samstag',
    'RSVP: Yes (2) from Ottilie Brandvold', 'RSVP: No from Orla Fennimore',
    'Wedding enquiry: Fennimore/Brandvold, June 2026', 'Cita nupcial: Lucía Martínez',
    'Dress fitting booked by Orla Fennimore',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a full name after a desk's word and a comma or a dash (postal._behind_a_desk needs the name right after the "
        "word); went out at the start too"
    ): [
        'Emergency contact: Reception, Orla Fennimore', 'Emergency contact: Office – Orla Fennimore',
    ],
    (
        "a kin's word in square brackets after a full name (postal._kin_aside reads round brackets only); went out at "
        "the start too"
    ): [
        'Emergency contact: Orla Fennimore [Mum]',
    ],
    (
        "a given name alone in the bracket after an allergen (allergens.named_beside_allergens needs two capitalized "
        "words); went out at the start too"
    ): [
        'Allergy: Peanuts (Orla)',
    ],
    (
        "a family or a given name before `City` after a name label (postal._named_no_one keeps `Name: Tobias United`, "
        "`Name: Fennimore United`, not `City` after an unknown word); went out at the start too"
    ): [
        'Name: Fennimore City', 'Name: Orla City',
    ],
    (
        "a full name before a publisher's bare kind word (reviews._a_publisher takes `Verlag` alone for the house); "
        "went out at the start too"
    ): [
        'Letters: Tobias Kranewitter, Verlag',
    ],
    (
        "an offer's cue in Dutch (`Aanbod van`; case_titles.OFFER_CUE_SOURCE has `Bod`); went out at the start too"
    ): [
        'Aanbod van Sem Vrankelstee',
    ],
    (
        "a full name after a fee and a term's words (record_names.TRANSFER_NAMED reads a name ending the text right "
        "after the fee, not after `Autumn Term`); went out at the start too"
    ): [
        'Payment reference: Dinner Money Autumn Term Orla Fennimore',
    ],
    (
        "a French collège year after a name and an age (record_names._SHORT_CLASSES has `CP` to `CM2`, not `6e`); "
        "went out at the start too"
    ): [
        'Maëlle Quervan (11) – 6e',
    ],
    (
        "a name in katakana before an allergen in katakana (named_diets.JAPANESE_HEALTH_LABELS asks kanji after the "
        "name); went out at the start too"
    ): [
        'アレルギー：タナカ ユイ エビ',
    ],
    (
        "one family name in capitals before a year as a honeymoon fund's reference (record_names.HONEYMOON_REFERENCE "
        "takes a name before a number, not a year, so that `BALI 2026` goes out: told apart only by a list of "
        "places); went out at the start too"
    ): [
        'Honeymoon fund – reference: FENNIMORE 2026',
    ],
    (
        "a baby's family name in lower case before its due date (cued_names._BABY_DUE asks a capitalized name); went "
        "out at the start too"
    ): [
        'baby fennimore, due 14.03.2026',
    ],
}


ORDINARY_KEYS = [
    'club_name', 'publisher_name', 'celebration_type', 'school_year', 'registration_age_group', 'pickup_location',
    'bridal_appointment_time', 'rsvp_reply', 'communion_date', 'airline_name', 'history_topic', 'allergen_list',
    'menu_allergens', 'age_group', 'offer_source', 'honeymoon_destination', 'product_title', 'party_theme',
]


DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "a reception desk's business line or address (personal_keys reads `phone` and `email` whatever the desk's "
        "word before them; postal._ORGANIZATIONS' desks are not asked); refused at the start too"
    ): [
        'front_desk_phone', 'reception_desk_email',
    ],
}


PERSONAL_KEYS = [
    'celebrated_child_name', 'baby_name', 'pickup_person', 'offer_sender_name', 'registered_child_name',
    'emergency_contact_name', 'bride_name', 'groom_name', 'rsvp_guest_name', 'pupil_name', 'honeymoon_fund_sender',
    'allergy_child_name', 'offer_from_name', 'pickup_contact',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a rite's or a celebration's person without a person's word the key lexicon reads (key_lexicon has no "
        "communicant, quinceañera, Taufkind, bar mitzvah or guest of honour; `kind` and `nombre` alone are no name's "
        "word); went out at the start too"
    ): [
        'communicant_name', 'quinceanera_name', 'bar_mitzvah_name', 'erstkommunion_kind', 'taufkind_name',
        'nombre_quinceanera', 'guest_of_honour',
    ],
    (
        "a bridal appointment's, an RSVP's or a wedding gift's person after `from` or before `name(s)` "
        "(key_lexicon.BRIDAL_APPOINTMENTS and key_lexicon.WEDDING_FUNDS are read in values, not keys: `rsvp_from`, "
        "`wedding_gift_from`, `bridal_appointment_name`, `bridal_party_names`); went out at the start too"
    ): [
        'rsvp_from', 'wedding_gift_from', 'bridal_appointment_name', 'bridal_party_names',
    ],
    (
        "a fee's pupil (`dinner_money_pupil`: personal_keys reads `pupil_name`, not `pupil` ending a fee's key); went "
        "out at the start too"
    ): [
        'dinner_money_pupil',
    ],
}


globals().update(review_tests(globals()))
