"""Review 26: session 39's later gate rules (closers 150, 152 and 153: a letter to the editor signed with a name and its
town, a contest's winner, a reader's and a subscriber's id, a gift's and an account's holder, a personal ad's or a
caption's name and age, an @mention spelling a name; whom a class or a slot is booked for, a plan or a client's notes
made out to a name, a printed shirt's name, a kit's, an emergency contact's and an athlete's keys, a runner's and a
member's route; a metering point, a holder's record at a supplier, a council or a library, a switch or a collection
made out to a name, a fine's plate, a permit holder and a voter) attacked both ways by an outsider who has read them:
ordinary news, magazine, podcast, sports-shop, gym, race, energy, broadband, council, library and shop values, keys
and URLs near those rules that must go out, and personal near variants that must be kept. Text is read by
detector.reason, keys by detector.key_reason, URLs by privacy.clean_url. What fails today is a strict expected failure
grouped by family, each naming the rule that decides it; ordinary values an older rule refuses (refused at the
session's start, 7213aadf) are marked as such."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Letters of Note – Book', 'Letters of Note – Hardcover', 'Letters: Brexit, Boris Johnson and the NHS',
    'Letters to the Editor – Archive 2026', 'Letters: The Budget, Potholes and Parking',
    'Letter to the editor – how to submit', 'Leserbriefe – Archiv 2026', 'Leserbrief schreiben – Richtlinien',
    'Cartas al director – Normas de publicación', 'Courrier des lecteurs – Archives',
    'Lettere al direttore – Archivio 2026', 'Yours Sincerely – Notebook A5', 'Yours Truly – Perfume 50 ml',
    'Yours Faithfully – Stationery Set', 'Letters from Iwo Jima – DVD', 'Letter from Birmingham Jail – Essay',
    'Letters: Climate, Cycling and Council Tax', 'Winner Winner Chicken Dinner',
    'Winner Winner Chicken Dinner – T-Shirt', 'Winner: Best Podcast 2026', 'Winner: Best Actor',
    'Gewinner des Gewinnspiels: Reisegutschein 500 €', 'Gewinner: Goldene Kamera 2026',
    'Winners: Premier League 2025/26', 'Winner Takes It All – ABBA Vinyl', 'The Winner Takes It All – Sheet Music',
    'Zwycięzca konkursu: nagroda główna', 'Gagnant : Prix Goncourt 2026', 'Ganador: Mejor Podcast del Año',
    'Vincitore: Premio Strega 2026', 'Prize draw winner announced 12/03/2026', 'Competition winners – how we choose',
    'Winner of the Booker Prize – Paperback', 'Winner: FC Bayern München', 'Reader ID – how to find it',
    'Lesernummer – wo finde ich sie?', 'Kindle Paperwhite – E-Reader', 'Subscriber offers – 30% off',
    'Abonnenten-Vorteile 2026', 'Gift to Yourself – 20% off', 'Gift to a Friend – eGift Card', 'Gift to Mum – Flowers',
    'Account for Business – Pro', 'Account for Teams – Annual', 'Subscription for Students – Digital',
    'Subscription for Schools – renews yearly', 'Abo für Studenten – Digital', 'Lonely Hearts Club Band – Vinyl',
    "Sgt. Pepper's Lonely Hearts Club Band", 'Pictured: Scottish Highlands at dawn',
    'Pictured: The new Ford Puma, 2026', 'Foto: Shutterstock', 'Rencontre : Real Madrid, 2 buts',
    'Kontaktanzeigen – Ratgeber', '@Nike.Store new drop', '@Adidas.Originals restock Friday', '@BBC.Sport live now',
    'Class booking – Yoga 18:30 – Sala Grande', 'Class booking – Spin 45 – Sold Out',
    'Kursbuchung – Pilates 10:00 – Studio 2', 'Lesboeking – Zumba 19:00 – Zaal 1', 'Booking for Yoga Class 18:30',
    'Booking confirmed – HIIT 07:00 – Main Studio', 'Reserva – Spinning 20:00 – Sala Azul',
    'Class booking – how it works', 'Kursbuchung für Anfänger', 'Booking for Groups – Boxing 12 weeks',
    'Slot 18:30 – booked by phone', 'Slot 09:00 – booked out', 'Trainingsplan für Anfänger',
    'Trainingsplan für Fortgeschrittene', 'Training plan for Beginners – 12 weeks', 'Marathon Plan for Sub-4 Runners',
    "Plan d'entraînement pour débutants", 'Plan de entrenamiento para principiantes', 'Client Notes – Free Template',
    'Client Notes Template – Personal Trainer', 'Kundennotizen – Vorlage', 'Trikot-Beflockung: Größe M',
    'Beflockung: Name und Nummer', 'Flocage maillot : taille L', 'Personalised Home Shirt – Size M',
    'Personalised Home Shirt – Red', 'Personalised Home Shirt – Arsenal', 'Name: Size M', 'Nombre: ROJO', 'Name: BLACK',
    'Print your name – Kids Kit', 'Personalised Shirt – Manchester United', 'Flocage maillot – PSG domicile',
    'MESSI 10', 'Trikot FC BAYERN 2026 – Beflockung', 'Personalised Home Shirt – Junior',
    'PDL : où trouver votre numéro ?', 'PRM – Point de Référence Mesure', 'CUPS – qué es y dónde encontrarlo',
    'Anläggnings-ID – var hittar jag det?', 'PPE – numer punktu poboru energii', 'Energy account: how to pay',
    'Kundennummer: wo finde ich sie?', 'Council tax reference – help', 'Library card: renew online',
    'Order ref: SUMMER25', 'Broadband account – Fibre 500 – £29.99', 'Energy account – Fixed Tariff 12M',
    'Numéro client – Tarif Bleu 9 kVA', 'Library card – Lost? £2.50', 'Kundennummer – Tarif Ökostrom 24 Monate',
    'Council tax band D – £2,171', 'Vorgangsnummer – Was ist das?', 'Line ID – how to find your Openreach line',
    'Tariff switch for Business Customers', 'Tariff switch – how long does it take?', 'Collection for Kate Moss',
    'Collecte pour Les Restos', 'Bulky waste collection – prices 2026', 'Bulky waste collection booked for Saturday',
    'Tariff switch confirmed for Business Plan', 'Garden waste collection for Flats',
    'Switch for Small Business – Fixed 24M', 'PCN – how to appeal a parking fine', 'Parking citation – pay online',
    'Penalty Charge Notice – guide for drivers', 'PCN issued to vehicle – what next?',
    'Parking fine: vehicle clamped – FAQ', 'Bußgeldbescheid – Einspruch Muster', 'VRM lookup – guide',
    'Permit holders only – sign 600 x 400', 'Voter registration deadline 2026', 'Poll card – what to bring',
    'Wähler: Informationen zur Bundestagswahl', 'Letters: Keats to Fanny Brawne – Penguin Classics',
    'Letters to a Young Poet – Rilke, Paperback', 'Letter to the editor: template, Word', 'Leserbrief: Vorlage, Word',
    'Carta al director: plantilla, Word', 'Lettre au rédacteur : modèle gratuit', 'Letters: Tolkien, Oxford',
    'Letters: Hemingway, Key West', 'Winner: Best Crime Novel – Ian Rankin', 'Winner: Gold – Cannes Lions 2026',
    'Gewinner des Gewinnspiels: Thermomix TM7', "Gagnant du concours : bon d'achat 100 €",
    'Winners announced: Photography Competition 2026', "Readers' Choice Award 2026 – Winner",
    'Reader ID card – PVC, pack of 100', 'Leserbrief-Wettbewerb – Gewinner', 'Account for Kids – Family Plan',
    'Account for Freelancers – Starter', 'Subscription for Libraries – Annual', 'Abonnement pour les entreprises',
    'Gift to Myself – Spa Voucher', 'Pictured: Lake Como, Italy, 2026', 'Pictured: Dacia Sandero, 2026',
    'Pictured: Team GB, 4 gold medals', 'Lonely Hearts – Rare Vinyl, 1983', 'Kontaktanzeige aufgeben – Preise',
    'Class booking – Hot Yoga', 'Booking – Hot Yoga', 'Booking Spin 45 for Beginners', 'Booking Spin 45 for Seniors',
    'Booking Pilates 10:00 for Mums and Babies', 'Kursbuchung Pilates 10:00 für Anfänger',
    'Reserva Clase 19:00 – Sala Grande', 'Bokning Padel 18:00 – Bana Tre', 'Tour 10:00 – booked by Tour Operator',
    'Spin 45 – Tue 18:30 – booked by App', 'Yoga 18:30 – booked by Members', 'Booking: Tennis 18:00 – Court One',
    'Booking: Yoga 18:30 – Studio Blue', 'Booking: Zumba 19:00 – Main Hall', 'Reservation 19:30 – booked by OpenTable',
    'Trainingsplan für Marathon Läufer', 'Training plan for Cyclists – FTP 250', 'Plan for Runners – 10K',
    'Trainingsplan für Frauen', 'Client notes – how to write SOAP notes', 'Client notes: Best Practices 2026',
    'Personalised Home Shirt – NONE', 'Name: NAVY', 'Print: NAVY', 'Name: XXL', 'Nombre: AZUL', 'Flocage : BLANC',
    'Beflockung: SCHWARZ', 'Personalised Home Shirt – Adult', 'Personalised Home Shirt 2026/27 – Chelsea',
    'Trikot-Beflockung – Preise', 'Personalised Kit – Sunday League Team', 'Energy account – Smart Meter Installation',
    'Customer number: 8 digits, top right', 'Council tax – Band D 2026/27', 'Library card – apply online',
    'Broadband account – Full Fibre 900', 'PDL : 14 chiffres', 'PRM 14 chiffres – Linky',
    'PDR: 14 cifre – bolletta gas', 'ESI ID: 17 digits', 'Kundennummer – Telekom Hilfe',
    'Claim reference – what is it?', 'Bulky waste collection for Businesses', 'Collection for Christmas Trees',
    'Tariff switch confirmed for April', 'Collection booked for Monday 12/03', 'Switch confirmed for Fixed 24',
    'Bulky waste collection for 3 items', 'PCN issued to vehicle – appeal template',
    'Penalty charge notice: vehicle removed – costs', 'Parking citation plate – lost?', 'VRM: how to check',
    'Wähler: Hinweise zur Briefwahl', 'Permit holder: Zone A, Zone B', 'Energy account: £1,234.56 in credit',
    'Kundennummer: ab Rechnung 2026', 'Council tax reference: 10 digits', 'Energy account – £89.50 a month',
    'Broadband account: £29.99/month, 500Mb', 'Numéro client : 10 chiffres', 'Name: SCHWARZ', 'Name: XXL 10',
    'Personalised Home Shirt – XXL', 'Personalised Home Shirt – 2026', 'Winner: Oppo Find X8 Pro',
    'Winner: Samsung Galaxy S26', 'Winner: Apple Watch Ultra', 'Gewinner: Dyson V15 Detect', 'Reader ID: Kindle 2026',
    'Leserbrief: Tempolimit, Bürgergeld', 'Client notes – Free Template: intake form',
    'Client notes – Personal Trainer: template', 'Class booking – Yoga 18:30 – Sold Out',
    'Booking: Spin 45 – Waitlist Only', 'Kursbuchung: Pilates 10:00 – Raum Zwei', 'Booking: Yoga 18:30 – Hot Room',
    'Booking: Padel 19:00 – Court Central', 'Booking: Swim 07:00 – Olympic Pool',
    'Bulky waste collection booked for Tuesday Morning', 'Tariff switch confirmed for EDF Energy',
    'PCN issued to vehicle owner – template', 'Parking citation plate 7 – what to do', 'VRM: where to find it',
    'Gift to a Colleague – Mug', 'Account for Business – renews monthly', 'Subscription for Teams – renews 01/2027',
    'Account for Families – renews yearly', 'Pictured: Arsenal Women, 2026', 'Pictured: Royal Albert Hall, London',
    'Lonely hearts: how to write one, 52 tips',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a class's brand after the dash of a booking (record_names.CLASS_BOOKED, new): `Les Mills` reads as the "
        "booker's full name (`– Studio Blue`, `– Main Hall` are _VENUES' words); left by closer 163: a person's name "
        "in shape, only a brand's list would tell"
    ): [
        'Booking: Body Pump 45 – Les Mills',
    ],
    (
        "a club in capitals after a print's or a name's label (record_names.PRINTED_NAME, new): a club is no one's "
        "own name; left by closer 163: one word in capitals is a printed family name's shape (a club's word and a "
        "town go out: `Nombre: REAL MADRID`)"
    ): [
        'Name: ARSENAL',
    ],
    (
        "a brand's two-word handle (handles.mention_names_a_person, new): `@Marks.Spencer`, `@Tesco.Clubcard` spell "
        "a full name's shape (`@Nike.Store` goes out); left by closer 163: no brand list"
    ): [
        '@Marks.Spencer new in', '@Tesco.Clubcard deals',
    ],
}


PERSONAL = [
    'Letters: I was appalled by your coverage. Osric Pellendrake, Hebden Bridge',
    'Letter to the editor: Bins again. Marta Vellingroe, Harrogate',
    'Leserbrief von Jonas Brekkelund, 1100 Wien: Die Baustelle nervt',
    'Cartas al director: Vergüenza. Ximena Torquado. Getafe (Madrid)',
    'Yours, etc, Marta Vellingroe, Ballina, Co Mayo.', 'Yours faithfully, Jonas Brekkelund, Leeds',
    'Dear Editor: shame on the council. Jonas Brekkelund, York', 'Gewinner des Gewinnspiels: Jonas Brekkelund aus Linz',
    'Zwycięzca konkursu: Marta Vellingroe z Poznania', 'Winner: Marta Vellingroe',
    'Ganadora del sorteo: Ximena Torquado', 'Vincitore del concorso: Jonas Brekkelund', 'Reader ID 614829',
    'Lesernummer: 4481920', 'Numéro de lecteur : 77120943', 'Subscriber number 927461', 'Gift to Marta Vellingroe',
    'Account for Marta Vellingroe – renews 01/2027', 'Subscription for Jonas Brekkelund – renews monthly',
    'Lonely hearts: Marta Vellingroe, 52, likes walking', 'Kontaktanzeige: Jonas Brekkelund (52)',
    'Pictured: Sem Vrankelstee, 9, with his bike', 'Annuncio personale di Marta Vellingroe, 52 anni',
    '@Marta.Vellingroe you are wrong about this', '@Jonas_Brekkelund see my reply',
    'Lesboeking Zumba 19:00 voor Sem Vrankelstee', 'Booking for Spin 45 – Ingrid Solvang',
    'Yoga 18:30 – booked by Marta Vellingroe', 'Trainingsplan für Jonas Brekkelund',
    'Training plan for Marta Vellingroe – 12 weeks', 'Client notes – Marta Vellingroe: lower back pain',
    'Client notes: Jonas Brekkelund – knee, avoid squats', 'Trikot-Beflockung: VELLINGROE 7',
    'Personalised Home Shirt – BREKKELUND 14', 'Nombre: TORQUADO', 'Name: VELLINGROE', 'Beflockung: MÜLLER 25',
    'Personalised Home Shirt – VELLINGROE', 'Tariff switch confirmed for Marta Vellingroe',
    'Bulky waste collection booked for Jonas Brekkelund', 'Energy account: 84412093', 'Kundennummer: 10044812',
    'Council tax reference 40018823', 'Library card: 21190004412', 'Octopus Energy: Account number A-4F2B9C81',
    'Numéro client : 6019 4472 10', 'Vorgangsnummer: 2026-004471', 'Line ID: LK12345678',
    'PCN AB12345678 issued to vehicle LK19 ABC', 'Parking citation #448812 plate 7ABC123', 'VRM: LK19 ABC',
    'Poll card 4412 – elector Marta Vellingroe', 'Wähler: Jonas Brekkelund', 'Permit holder: Marta Vellingroe',
    'PDL : 12345678901234', 'PPE 590310600000000026', 'Anläggnings-ID 735999100000000027', 'CUPS ES0031405812345678VT',
    'PDL : 14512345678901', 'PCE GI123456', 'ESI ID 10443720001234567', 'Collection 2026-114 for Jonas Brekkelund',
    'Tariff switch 4482910 for Marta Vellingroe', 'Lonely hearts: Jonas Brekkelund, 61, seeks',
    'Annuncio personale di Jonas Brekkelund, 61 anni', 'Konto für Marta Vellingroe – verlängert sich',
    'Winner: Jonas Brekkelund from Leeds', 'Zwyciężczyni: Marta Vellingroe', 'Abonnentennummer 927461',
    "Numéro d'abonné : 927461", 'Client Notes – Mrs Marta Vellingroe: diabetic', 'Nom : QUERVAN', 'Naam: VRANKELSTEE',
    'Printed name: VELLINGROE', '@Marta_Vellingroe you are wrong',
    'Courrier des lecteurs : honteux. Maëlle Quervan, Lyon', 'Gewinnerin: Marta Vellingroe aus Wien',
    'Vincitrice: Marta Vellingroe di Bologna', 'Membership for Marta Vellingroe – renews 01/2027',
    'Trainer notes – Jonas Brekkelund: hamstring', 'Print: VELLINGROE 7', 'Notfallkontakt: Jonas Brekkelund',
]


LEAKS: Dict[str, List[str]] = {
}


ORDINARY_KEYS = [
    'print_size', 'print_colour', 'print_font', 'print_price', 'print_position', 'print_enabled', 'print_number',
    'notfallkontakt_required', 'nome_squadra', 'player_name', 'team_name', 'club_name', 'kit_name', 'nombre_equipo',
    'categoria_atleta', 'numero_atleta', 'tipo_atleta', 'livello_atleta', 'vrm_lookup_enabled', 'vrm_format',
    'permit_type', 'permit_zone', 'voter_registration_deadline', 'voter_turnout', 'reader_count', 'reader_type',
    'subscriber_count', 'subscriber_tier', 'winner_count', 'winner_prize', 'letter_count', 'letters_page',
    'booking_class', 'booking_slot', 'class_time', 'tariff_name', 'tariff_type', 'meter_type', 'account_type',
    'library_branch', 'council_area', 'collection_day', 'collection_type', 'switch_date', 'energy_plan',
    'broadband_speed', 'vrm_valid', 'print_name_enabled', 'print_name_price', 'print_team', 'winner_announced',
    'letters_count',
]


DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "a form's label after the emergency contact's or the athlete's key word in German or Italian "
        "(key_lexicon.EMERGENCY_CONTACTS, ATHLETES, closer 152): `notfallkontakt_required` goes out, `_label` and "
        "`_hinweis` do not (as `first_name_label`, `password_hint`: closer 159 keeps a label's and a hint's key the "
        "field's, by choice)"
    ): [
        'notfallkontakt_hinweis', 'notfallkontakt_label', 'nome_atleta_label',
    ],
    (
        "a plate lookup's feature after `vrm` (personal_keys._MORE_TOKENS, closer 153): `vrm_valid` goes out (closer "
        "159: a lookup holds the plate looked up, by choice)"
    ): [
        'vrm_lookup',
    ],
}


PERSONAL_KEYS = [
    'print_name', 'print_surname', 'print_nom', 'notfallkontakt', 'notfallkontakt_name', 'notfallkontakt_telefon',
    'nome_atleta', 'nombre_atleta', 'nom_athlete', 'athlete_name', 'vrm', 'pcn_vrm', 'permit_holder_name', 'voter_name',
    'reader_id', 'reader_number', 'subscriber_number', 'lesernummer', 'numero_lecteur', 'winner_email',
    'emergency_contact_phone', 'energy_account_number', 'library_card_number', 'client_name',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "who booked a class under a booking's key (key_lexicon.BOOKED_BY is read in text only: `booked by` joined as a "
        "key's token makes `Booked by: Expedia`, a travel agency's label, a person's)"
    ): [
        'booked_by',
    ],
}


ORDINARY_URLS = [
    'https://shop.example.com/subscribers/offers', 'https://shop.example.com/subscribers/2026/',
    'https://shop.example.com/abonnenten/vorteile/', 'https://shop.example.com/athlete/eliud-kipchoge',
    'https://shop.example.com/athletes/running-shoes', 'https://shop.example.com/members/benefits',
    'https://shop.example.com/members/2026/events', 'https://shop.example.com/members/join',
    'https://shop.example.com/pcn/how-to-pay', 'https://shop.example.com/pcn/appeal/guide',
    'https://shop.example.com/letters/2026/03/', 'https://shop.example.com/letters-to-the-editor/submit',
    'https://shop.example.com/winners/2026/prize-draw', 'https://shop.example.com/readers/offers/garden-tools',
    'https://shop.example.com/search?q=letters+of+note',
    'https://shop.example.com/search?q=winner+winner+chicken+dinner',
    'https://shop.example.com/search?q=personalised+home+shirt', 'https://shop.example.com/timetable/yoga/18-30',
    'https://shop.example.com/classes/spin-45/book', 'https://shop.example.com/athlete/running-plans/activities',
    'https://shop.example.com/subscribers/digital/renew', 'https://shop.example.com/account/energy/tariffs',
    'https://shop.example.com/bulky-waste/collection/book', 'https://shop.example.com/library/card/renew',
    'https://shop.example.com/members/100/top-picks', 'https://shop.example.com/subscribers/2026/invoices',
    'https://shop.example.com/athlete/nike-pegasus-41/reviews', 'https://shop.example.com/members/top-10/profile',
    'https://shop.example.com/subscribers/premium/invoices',
]


DROPPED_URLS: Dict[str, List[str]] = {}


PERSONAL_URLS = [
    'https://shop.example.com/subscribers/927461/invoices', 'https://shop.example.com/abonnenten/AB-927461/',
    'https://shop.example.com/athlete/marta-vellingroe/activities', 'https://shop.example.com/members/48213/profile',
    'https://shop.example.com/runner/jonas-brekkelund/results',
    'https://shop.example.com/athlete/marta-vellingroe/results', 'https://shop.example.com/subscribers/927461/',
    'https://shop.example.com/members/48213/bookings', 'https://shop.example.com/mitglieder/48213/profil',
    'https://shop.example.com/socios/48213/perfil', 'https://shop.example.com/athlete/jonas-brekkelund/results',
    'https://shop.example.com/abonnenten/927461/rechnungen', 'https://shop.example.com/abonnes/927461/factures',
    'https://shop.example.com/members/48213/',
]


LEAKED_URLS: Dict[str, List[str]] = {}

globals().update(review_tests(globals()))
