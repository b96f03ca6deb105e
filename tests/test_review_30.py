"""Review 30: session 41's later gate rules (closers 166 to 170: lower-case goods after a record's `for`, a shop's
thanks for an order, a headline's verbs, business and freephone lines, NL 0900, five-digit landlord's, staff and permit
ids, a matter's year and serial, a couple with a colour's family name, a letter's greeting before a question; a
winner's companion, an appraised review, grandparents, a name label's words, a record's supplier, a print that is no
name, a parent's, a council tax payer's and a pickup person's keys, a user's slug with a year; prayer requests, Mass
intentions, petitions' signers, church, donor and contributor numbers, donations on receipts, referrers, member
profiles; a wedding's people keys, engraved couples, seating plans and guest lists, couples before a wedding's verb,
royal titles, a family's wedding with its date; an animal's sex, weeks and litters, microchips after a registry's
name, pet passports, keepers' and vet clients' numbers) attacked both ways by an outsider who has read them: ordinary
shop, news, charity, church, wedding, pet shop, vet, insurer, landlord and brand values, keys and URLs near those
rules that must go out, and personal near variants that must be kept. Text is read by detector.reason, keys by
detector.key_reason, URLs by privacy.clean_url. What fails today is a strict expected failure grouped by family, each
naming the rule that decides it; each says whether the session's start (1d7ab99b) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Invoice 2026-0412 for garden furniture', 'Order #48213 for kitchen towels', 'Rechnung 2026-118 für gartenmöbel',
    'Quote Q-1182 for roof repairs', 'Invoice 2026-77 for school uniforms', 'Order 55123 for birthday candles',
    'Facture 2026-014 pour housses de coussin', 'Invoice INV-3321 for replacement filters',
    'Order #9921 for wedding favours', 'Thank you for your order – Tesco', 'Thanks for shopping with Marks & Spencer',
    'Danke für Ihre Bestellung – Zalando', 'Merci pour votre commande – Fnac',
    'Gracias por tu compra – El Corte Inglés', 'Grazie per il tuo ordine – Feltrinelli',
    'Thanks for your purchase, Argos', 'Bedankt voor je bestelling – Bol.com',
    'Thank you for your delivery booking – John Lewis', 'Thank you for shopping with us – The Body Shop',
    'Rafael Nadal reaches final in Madrid', 'Emma Raducanu withdraws from Wimbledon',
    'Tom Hanks stars in new thriller', 'Thomas Tuchel übernimmt Bayern', 'Lewis Hamilton joins Ferrari',
    'Kylian Mbappé signs for Real Madrid', 'Taylor Swift announces new album', 'Novak Djokovic wins Australian Open',
    'Jürgen Klopp verlässt Liverpool', 'Marie Curie biography tops charts', 'Angela Merkel receives award',
    'Lionel Messi scores twice in Miami', 'Freephone 0800 123 4567', 'Freefone 0800 123 4567',
    'Gratis Servicenummer 0800 1234567', 'Numéro vert : 0 800 123 456', 'Klantenservice 0900 1234',
    'Infolijn 0900-0233', 'Servicenummer: 0900 8844', 'Numero verde 800 123 456', 'Freephone – lines open 8am to 8pm',
    'Landlord registration: 12345 – how to apply', 'Permit number format: 5 digits',
    'Staff ID badge holder – pack of 10', 'Parking permit zone 12345 map',
    'Matter 2026/118: Case studies in contract law', 'Matter 2026/118 – public hearing agenda',
    'Landlord licence fees 2026', 'Staff room supplies – order 48213', 'Permit fees: £45 per year',
    'Weiß & Groß – Kinderbettwäsche', 'Bettwäsche Weiß & Grau', 'T-Shirt Weiß und Schwarz',
    'Groß und Klein – Spielzeug', 'Sneaker Weiß/Groß', 'Weiß & Gold Hochzeitsdeko', 'Tasse Weiß und Blau',
    'Hello, how can we help?', 'Hi there, can we help you?', 'Hallo, wie können wir helfen?',
    'Bonjour, besoin d’aide ?', 'Winner: Best in Show – Border Collie', 'Winner: Crufts 2026 with Border Collie',
    'Gewinner: Hundeschau mit Pudel', 'Winner: Team Canada with Gold', 'Prize: Dyson Airwrap',
    'Winner gets a Kühlschrank', 'Winner: Inter Milan', 'Gewinnerin: Waschmaschine von Bosch',
    'Winner: Best Dog – Labrador', 'Great product ★★★★★ – fast delivery', 'Great sound ★★★★★ – Samsung Galaxy Buds',
    'Excellent product ★★★★ – Sony WH-1000XM5', 'Producto excelente ★★★★★', 'Gifts for grandparents',
    'Geschenke für Oma und Opa', 'Cadeaux pour grand-mère', 'Regalos para la abuela', 'Regali per la nonna',
    'Best Nan Ever mug', 'Grandma’s Kitchen cookbook', 'Nonna’s recipes – Italian cookbook',
    'Cards for aunts and uncles', 'Cousins weekend packages', 'Mother-in-law gift ideas',
    'Name labels: dishwasher safe', 'Name labels: iron on', 'Namensetiketten: zum Aufbügeln',
    'Name labels: pack of 50', 'Étiquettes nominatives : thermocollantes', 'Name labels: waterproof stickers',
    'Switch confirmed for Sky Broadband', 'Switch confirmed for Octopus Go',
    'Wechsel bestätigt für Stadtwerke München', 'Collection booked for Old Sofa', 'Collection booked for Garden Waste',
    'Switch confirmed for British Gas', 'Name print: NIL', 'Namensdruck: LEER', 'Print: LOGO', 'Name: GRATIS',
    'Back print: SPONSOR', 'Nom : OFFERT', 'Pray for Ukraine', 'Please pray for Ukraine', 'Mass for St Patrick’s Day',
    'Mass for the Feast of St Joseph', 'Pray for Notre Dame', 'Mass offered for Holy Souls',
    'Prayer request: for peace in the Middle East', 'Priez pour la paix', 'Oremos por Venezuela',
    'Preghiamo per Papa Francesco', 'Gebetsanliegen: für den Frieden', 'Módlmy się za Ojczyznę',
    'Prayer request: St Mary’s Parish', 'Please pray for St Anne’s Church roof appeal',
    'Mass intention: for the Parish of St Mary', 'Messintention: für die Pfarrgemeinde St. Martin',
    'Intention de messe pour la paix', 'Intenzione S. Messa: per le vocazioni', 'Pray for Gaza',
    'Please pray for the people of Valencia', 'Prayers for Manchester', 'Pray for Pope Leo', 'Mass for Ash Wednesday',
    'Dua request for rain', 'Zakat al-Fitr paid for 2026', 'Qurbani 2026 – sheep share £120', 'Signed by Keir Starmer',
    'Signed by the author', 'Signed by Ed Sheeran – vinyl', 'Petition signed by 10,000 people',
    'Thank you for signing, supporter!', 'Petition: Save Hackney Library – 5,231 signatures',
    'Signed copy, London 2026', 'Signed by Dua Lipa, Future Nostalgia LP', 'Donor number – where to find it',
    'Member no. format: 8 digits', 'Church envelope number scheme 2026', 'Beitragsnummer – was ist das?',
    'Signer no. shown on receipt', 'Receipt – donation from Tesco plc',
    'Spendenquittung – Spende von Deutsche Bahn AG', 'Receipt: donation from Rotary Club of Bath',
    'Donation receipt – gift from the Lions Club', 'Receipt: Gift Aid donation – how to claim',
    'Receipt – donation from Lush Ltd', 'Donation receipt – gift from Barclays Bank',
    'Reçu fiscal – don de la Fondation de France', 'Contributor: Reuters, Occupation: News agency', 'Donor: Anonymous',
    'Edit Profile – User Profile', 'Lionel Messi – Player Profile', 'Member profile – settings',
    'Mitgliedsprofil bearbeiten', 'Company profile – Siemens AG', 'Artist Profile – Taylor Swift',
    'Engraving: Forever & Always', 'Engraving: Rose Gold', 'Gravur: Für immer & ewig',
    'Grabado: Siempre y para siempre', 'Engraving: Mr & Mrs', 'Gravure : Pour toujours', 'Engraving: Love & Light',
    'Engraving: Always & Forever', 'Personalised cake topper – Mr & Mrs', 'Engraving: Mr & Mrs Right',
    'Engraving: Love You Always', 'Engraving: Est. 2026', 'Table 5 – Family', 'Table 4: Roses', 'Tisch 7: Eiche Natur',
    'Table plan – template', 'Guest list template (Excel)', 'Gästeliste: Vorlage', 'Liste des invités : modèle Word',
    'Place card: Kraft paper, pack of 50', 'Table 12: Bride’s Family', 'Seating plan: Rustic Wood', 'Table 3: Friends',
    'Tischplan – Tisch 7: Freunde', 'Table 1: Top Table', 'Royal wedding of Prince William and Kate Middleton',
    'The Royal Wedding 2026', 'Wedding of Prince Harry and Meghan Markle', 'Salt and Pepper are getting married – mug',
    'Beauty and the Beast weds', 'Rustic Barn Wedding 2026', 'Gender: male (neutered)', 'Geschlecht: Rüde',
    'Sexe : mâle castré', 'Age: 8 weeks', 'Alter: 10 Wochen', 'Puppy food – 8 to 12 weeks',
    'Born: 12/03/2025 (litter A)', 'Litter: 5 puppies', 'Born: 01.04.2026 (Wurf B)', 'Wurf B – 01.04.2026',
    'Petlog Premium – 12 months', 'Microchip scanner – ISO 11784', 'Microchip registration: Petlog – £17.99',
    'Pet passport holder – leather', 'Heimtierausweis Hülle', 'Animal Health Certificate – how to get one',
    'Pasaporte para animales – precio 50 €', 'Pet passport fee: £110', 'Tierhalter-Haftpflicht Tarif Basis',
    'Vet clinic hours: 8–18', 'Contract number format – SantéVet', 'Shop contract number 2026-14',
    'Neutered male cat food', 'Gender: female (spayed)', 'Geschlecht: Hündin, kastriert',
    'Kitten 12 weeks starter pack', 'Sex: female (spayed)',
]


DROPPED: Dict[str, List[str]] = {
    (
        "goods in lower case closing on a singular noun after a receipt's reference and `for`, or after Spanish "
        "`para` (record_names.LOWER_GOODS reads a goods' noun opening the words or a plural closing them: `dog food`, "
        "`cat litter`, `fundas nórdicas`); refused at the session's start too"
    ): [
        'Receipt R-20418 for dog food', 'Receipt 4471 for cat litter', 'Factura 2026/33 para fundas nórdicas',
    ],
    (
        "a shop's thanks for an order signed by its brand after a letter's closing (mails' `Love, <name>` closing "
        "reads the brand as a name; reviews.CUSTOMERS_DEALINGS does not reach a closing); refused at the start too"
    ): [
        'Thanks for your order! Love, Lush',
    ],
    (
        "a German review title's appraised word and its grade after a dash (`Qualität top` is read as a signed name "
        "by greetings.a_cued_name; reviews._APPRAISED does not reach it); refused at the start too"
    ): [
        'Tolles Produkt ★★★★★ – Qualität top',
    ],
    (
        "a litter's birth date after German `geboren` (personal_keys reads `geboren` as a birth's label before the "
        "number; animal_ids.LITTER_WORDS' `Wurf` does not lift it, though `Born: … (Wurf B)` goes out); refused at "
        "the start too"
    ): [
        'Wurf B – geboren 01.04.2026',
    ],
}


PERSONAL = [
    # (a greeted full name before a comma: closer 207's chat_lines)
    'Hi Orla Fennimore, can we talk?', 'Hi Orla Fennimore, is this on vinyl?',
    'Invoice 2026-0412 for orla fennimore', 'Order #48213 for tobias kranewitter', 'Call Orla Fennimore: 07700 900123',
    'Orla mobile 0900 1234', 'Freephone Orla Fennimore 07700 900123', 'Landlord ID: 48213', 'Staff ID: 48213',
    'Resident parking permit 48213', 'Blue Badge 48213', 'Matter 2026/118: Fennimore purchase',
    'Akte 2026/118: Kranewitter Kauf', 'Verlobung zwischen Tobias Kranewitter und Anna Weiß',
    'Hochzeit von Anna Groß und Tobias Kranewitter', 'Hello Orla, how are you?', 'Hi Orla, is this on vinyl?',
    'Hallo Tobias, ist das noch da?', 'Winner: Orla Fennimore with Border Collie',
    'Gewinnerin: Anna Kranewitter mit ihrem Pudel', 'Winner: Orla Fennimore & her Beagle', 'Winner: Esther Dyson',
    'Winner: Orla Fennimore – Kühlschrank', 'Great product ★★★★★ – Orla Fennimore',
    'Tolles Produkt ★★★★★ – Tobias Kranewitter', 'meine Oma Ilse Kranewitter wohnt in Graz',
    'my nan Orla Fennimore will pay', 'Name labels: orla fennimore', 'Name labels: tobias kranewitter',
    'Switch confirmed for Marta Power', 'Collection booked for Orla Fennimore', 'Please pray for Orla Fennimore',
    'Prayer request: Orla Fennimore', 'Pray for Orla Fennimore’s recovery', 'Messintention: für + Ilse Kranewitter',
    'Intention de messe pour Léa Dubois', 'Intenzione S. Messa: def. Giulia Bianchi',
    'Intencja mszy św.: śp. Zofia Nowak', 'Mass intention: the late Orla Fennimore', 'Oremos por Lucía Martínez',
    'Priez pour Léa Dubois', 'Preghiamo per Giulia Bianchi', 'Zakat al-Fitr paid for Orla Fennimore and family',
    'Dua request for Orla Fennimore', 'Signed by Orla Fennimore, Penrith CA11 7QP',
    'Signed by Orla Fennimore, SW1A 1AA', 'Thank you for signing, Orla Fennimore', 'Signer no. 4821377',
    'Unterzeichner Nr. 4821377', 'Beitragsnummer 4821377', 'Donor number 4821377',
    'Reçu fiscal n° 2026-118 – don de Léa Dubois', 'Spendenquittung – Spende von Tobias Kranewitter',
    'Receipt – donation from Orla Fennimore', 'Contributor: Orla Fennimore, Occupation: Teacher',
    'Orla Fennimore – member profile – Rotary', 'Tobias Kranewitter | Mitgliedsprofil', 'Engraving: Orla & Tobias',
    'Engraving: Orla & Tobias Kranewitter', 'Grabado: Lucía y Pablo', 'Gravure : I. Dubois ∞ T. Martin',
    'Personalised cake topper – Mr & Mrs Kranewitter', 'Seat 12B assigned to guest Orla Fennimore',
    'Table 4: Orla Fennimore, Tobias Kranewitter', 'Tischplan – Tisch 7: Ilse Kranewitter',
    'Place card: Orla Fennimore', 'Guest list (2): Orla Fennimore', 'Gästeliste: Tobias Kranewitter',
    'Liste des invités : Léa Dubois', 'Table 3: Fennimore, O.', 'Orla and Tobias Kranewitter are getting married',
    'Lucía y Pablo Martínez se casan', 'Orla weds Tobias Kranewitter', 'Mr & Mrs Kranewitter 2026',
    'The Fennimore Wedding 12.06.2026', 'Born: 12/03/1985', 'Gender: male', 'Gender: female',
    'Microchip: Petlog 826098100123456', 'Identifiant I-CAD 250269812345678', 'マイクロチップ番号：392141000123456',
    'Lost cat 985112003456789 – please ring Petlog', 'Heimtierausweis Nr. DE-0123456789',
    'Animal Health Certificate AHC-2026-481377', 'pasaporte para animales ES-0123456', 'Tierhalter-Nr. 4821377',
    'N° client clinique vétérinaire : 4821377', 'Numéro de contrat SantéVet : 4821377',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a given name signing a shop's thanks for an order (reviews.CUSTOMERS_DEALINGS, new in closer 166, takes any "
        "signature for the brand's); refused at the session's start"
    ): [
        'Thanks for your order – Orla',
    ],
    (
        "a full name signing a shop's thanks for an order, after a dash, a comma or `love` "
        "(reviews.CUSTOMERS_DEALINGS; a brand's signature is not told from a person's); leaked at the start too"
    ): [
        'Thanks for your order – Orla Fennimore', 'Danke für die Bestellung – Tobias Kranewitter',
        'Thank you for your order, love Orla Fennimore',
    ],
    (
        "a private person's headline (record_names.HEADLINE_VERBS: `marries`, `leaves hospital` leak by choice, and a "
        "contest's `reaches` reads a birthday too); leaked at the start too"
    ): [
        'Orla Fennimore marries Tobias Kranewitter', 'Orla Fennimore leaves hospital', 'Orla Fennimore reaches 100',
    ],
    (
        "a five-digit number after a bare permit's or badge's label (utility_records._PERMIT_LABEL reads `Resident "
        "parking permit`, `Blue Badge`, not `Permit no.` or `Badge number`); leaked at the start too"
    ): [
        'Permit no. 48213', 'Badge number 48213',
    ],
    (
        "a full name, or two parties' full names, after a matter's year and serial (case_titles.TICKET_CUE_SOURCE "
        "reads a family name alone, `Matter 2026/118: Pennington purchase`); leaked at the start too"
    ): [
        'Matter 2026/118: Orla Fennimore v Tobias Kranewitter', 'Matter 2026/118: Orla Fennimore purchase',
    ],
    (
        "a couple with a colour's family name and no occasion's word, or both family names a colour's or a size's "
        "(cued_names._a_couple_name: the second by choice); leaked at the start too"
    ): [
        'Anna Weiß & Tobias Kranewitter', 'Verlobung zwischen Tobias Weiß und Anna Groß',
    ],
    (
        "a grandparent's full name ending the text (named_in_text._RELATION_WORDS reads the relation before a name "
        "and words after it: `my nan … will pay` is kept); leaked at the start too"
    ): [
        'meine Oma Ilse Kranewitter', 'my nan Orla Fennimore', 'mi abuela Lucía Martínez', 'ma grand-mère Léa Dubois',
        'mia nonna Giulia Bianchi',
    ],
    (
        "a full name after a name print's label, in capitals or not (record_names.LABELLED_KIT and _NOT_PRINTED read "
        "`Name labels:`, not `Name print:`); leaked at the start too"
    ): [
        'Name print: ORLA FENNIMORE', 'Name print: Orla Fennimore',
    ],
    (
        "a church envelope's number (labelled_values.MEMBER_WORDS reads a signer's, a donor's, a contributor's "
        "number, not a parish's envelope scheme's); leaked at the start too"
    ): [
        'Church envelope no. 4821',
    ],
    (
        "a single full name engraved (record_names.ENGRAVED_COUPLE reads two names joined, or an honorifics' pair); "
        "leaked at the start too"
    ): [
        'Engraving: Orla Fennimore',
    ],
    (
        "an honorifics' pair and a family name after a table's bare label, or a seat `given to` a guest "
        "(record_names.SEATED_OR_LISTED reads `Tisch 7:` before a full name and another, and `assigned to guest`); "
        "leaked at the start too"
    ): [
        'Table 5: Mr and Mrs Fennimore', 'Table 5: Mr & Mrs Fennimore', 'Seat given to guest Orla Fennimore',
    ],
}


ORDINARY_KEYS = [
    'council_tax_band', 'business_line', 'freephone_number', 'referrer', 'referrer_source', 'wedding_date',
    'wedding_venue', 'table_number', 'seating_plan_template', 'guest_count', 'engraving_font', 'pet_species',
    'litter_size', 'microchip_registry', 'tiergeschlecht', 'litter_name', 'puppy_age_weeks', 'prayer_category',
    'mass_time', 'donation_amount', 'petition_id', 'seller_name', 'name_tag_text', 'abholzeit', 'ouder_type',
    'profile_type', 'breed', 'landlord_type', 'permit_type',
]


DROPPED_KEYS: Dict[str, List[str]] = {
}


PERSONAL_KEYS = [
    'petition_signer_name', 'inviter_name', 'unterzeichner_name', 'naam_ouder', 'ouder_naam', 'council_tax_payer',
    'council_tax_payer_name', 'abholer', 'abholer_name', 'name_label_text', 'bride_name', 'groom_name', 'nombre_novia',
    'nome_sposa', 'couple_names', 'gewerkschaftsmitglied_nr', 'donor_name', 'pet_owner_name', 'keeper_name',
    'guest_name', 'name_ouder',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a petition's signer's bare key (key_lexicon.PARTIES['petition signer'] needs a name's word after it: "
        "`petition_signer_name` is refused; closer 168 reads the bare key's value, `petition_signer=yes` goes out); "
        "leaked at the start too"
    ): [
        'petition_signer',
    ],
}


ORDINARY_URLS = [
    'https://shop.example.com/usr/share/docs-2026', 'https://shop.example.com/wedding/salt-and-pepper-shakers',
    'https://shop.example.com/gallery/rustic-barn-wedding-2026/', 'https://shop.example.com/p/1?referrer=google',
    'https://shop.example.com/p/1?invited_by=friend-link', 'https://shop.example.com/hochzeit-deko-2026/418627',
    'https://shop.example.com/boda/decoracion-y-flores', 'https://shop.example.com/wedding-registry/how-it-works',
    'https://shop.example.com/school/report/2026', 'https://shop.example.com/kinder/bericht/2026',
    'https://shop.example.com/usr/docs/2026', 'https://shop.example.com/p/1?ref=newsletter-2026',
    'https://shop.example.com/wedding/bride-and-groom-toppers', 'https://shop.example.com/gallery/beach-wedding-2026/',
    'https://shop.example.com/p/1?couple=mr-and-mrs', 'https://shop.example.com/pets/puppy-8-weeks',
]


PERSONAL_URLS = [
    'https://shop.example.com/usr/orla-fennimore-1985',
    'https://shop.example.com/gallery/fennimore-kranewitter-wedding-2026/',
    'https://shop.example.com/hochzeit-fennimore-kranewitter-418627',
    'https://shop.example.com/wedding-registry/orla-fennimore-and-tobias-kranewitter',
    'https://shop.example.com/p/1?invited_by=orla-fennimore',
    'https://shop.example.com/p/1?couple=Orla+%26+Tobias+Kranewitter',
    'https://shop.example.com/p/1?referrer_name=Orla+Fennimore', 'https://shop.example.com/usr/orla-fennimore-88',
]

globals().update(review_tests(globals()))
