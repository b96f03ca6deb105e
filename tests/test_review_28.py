"""Review 28: session 40's gate rules (closers 159, 160 and 161: a winner's club or breed, a switch's tariff and
supplier, a collection's bin, `none` after a print's label, a holder's plan code, a winner's, a reader's, a permit's
and a council tax's keys, a runner's goods and a reader's route; a marketplace's buyer and seller, an offer's sender, a
rated review's signature, who left a review, thanks to someone, a writer's relation, a delivery's recipient, eBay's
`/usr/` and a listing's route; a child's pickup, a teaching record, a child's condition, a name label and a school
kit's print, a pupil's number, a birth's word and a child's record page) attacked both ways by an outsider who has
read them: ordinary news, magazine, school, nursery, club, camp, parents' app, second-hand marketplace, seller chat,
energy supplier, council and shop values, keys and URLs near those rules that must go out, and personal near
variants that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by
privacy.clean_url. What fails today is a strict expected failure grouped by family, each naming the rule that
decides it; ordinary values an older rule refuses (refused at the session's start, db48faff) are marked as such."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Name: NOT REQUIRED',  # (a field's answer after its label: postal.a_fields_answer, closer 191)
    'Winner: Leeds United', 'Winner: Real Sociedad', 'Winner: Cocker Spaniel', 'Winner: Sporting CP',
    'Gagnant : Olympique Lyonnais', 'Winner: Crufts Best in Show – Whippet', 'Winner: Apple MacBook Air',
    'Winner: Nintendo Switch 2', 'Winner: Golden Retriever Puppy Calendar', 'Winner: Team Sky',
    'Winner: Red Bull Racing', 'Winner: Great British Bake Off 2026', 'Ganador: Atlético de Madrid',
    'Prize draw winner: Dyson V15', 'Tariff switch confirmed for E.ON Next Pledge', 'Switch confirmed for Ovo Energy',
    'Switch confirmed for Thames Water', 'Switch confirmed for Virgin Media', 'Switch confirmed for So Energy',
    'Switch confirmed for Utility Warehouse', 'Beflockung: KEINE', 'Flocage : SANS', 'Name: N/A', 'Nombre: NINGUNO',
    'Print: BLANK', 'Stampa: NESSUNA', 'Nadruk: BRAK', 'Print: TBC', 'Broadband account: FTTP500 plan',
    'Energy account: E7 tariff', 'Energy account: FIX12M tariff', 'Broadband account: SOGEA 80 plan',
    'Buyer Protection – how it works', 'Seller Hub – Getting Started', 'Acheteur : protection PayPal',
    'Help: contact the seller before returning', "Aide : l'acheteur n'a pas payé", 'Top Seller Badge – what is it',
    'Seller: Amazon EU S.à r.l.', 'Seller: Apple Store', 'Vendeur : Fnac Darty', 'Contact seller – iPhone 13 128GB',
    'Konflikt mit Käufer – so gehst du vor', 'Message from seller Argos', 'Offer of £20 from Nike',
    'Offer of £10 from Marks & Spencer', 'Offer: £5 off from Tesco', 'Offre de 30 € de Decathlon',
    'Offer of £50 from Currys PC World', 'Offer of £100 from British Airways',
    'Great product ★★★★★ – Samsung Galaxy Buds', 'Review ★★★★☆ – Dyson V11', 'Review ★★★★★ – Harry Potter',
    'Great ⭐⭐⭐⭐⭐ – Le Creuset', 'Thanks to Nike for sponsoring', 'Thanks to Team GB for a great summer',
    'Thanks to Arsenal Women for the visit', 'Gift for my mum Cashmere Scarf', 'Gift for my dad Leather Wallet',
    'Cadeau pour ma mère Bougie Parfumée', 'Regalo per mia nonna Sciarpa Lana', 'My mum Pearl Earrings – gift set',
    'Allergy-friendly cookies – 12 pack', 'Gluten-free bread – Schär', 'Asthma inhaler spacer – kids',
    'ADHD fidget toys – set of 10', 'Medicatie-etui voor kinderen', 'Inhaler case – blue', 'Allergie-Ausweis Vorlage',
    'Epipen carry case – pink', 'Name labels – Iron-on – 60 pack', 'Book bag print: Rainbow Pattern',
    'Embroidered name on jumper – price', 'Name tapes: NAVY WHITE', 'Lesson notes – free template',
    'Swimming assessment – Stage 3 criteria', 'Swimming assessment – Stage 5 badge', 'Lesson notes: Year 6 Fractions',
    'Tutor notes – GCSE English', 'Swimming assessment for Adults – Level 1', 'Teacher report: Ofsted 2026',
    'Lesson notes – Key Stage 2', 'Admission No. – where to find it', 'Roll No. 17',
    'Matricola studente: come trovarla', 'NIA del alumno – qué es', 'Kraków, ul. Floriańska 12',
    'Født i Danmark – kogebog', 'Szül. nap torta – 20 cm', 'nar. 2026 – Praha', 'Tort na ur. – 24 porcje',
    'Jubilæum født 1926 – vin', 'Pickup: Tesco Extra Leeds', 'Pickup: Click & Collect', 'Pickup: InPost Paczkomat',
    'Pickup: DPD Pickup Shop', 'Pickup: John Lewis Oxford Street', 'Pickup: Amazon Hub Locker',
    'Pickup: Curbside at Target', 'Abholung: Packstation 112', 'Pickup: Boots Manchester Arndale',
    'Pickup: Evri ParcelShop', 'Winner: Manchester City Women', 'Winner: Tottenham Hotspur',
    'Winner: Jack Russell Terrier', 'Winner: French Bulldog', 'Winner: Pinot Noir 2022', 'Winner: Ferrari SF-26',
    'Great sound quality ★★★★★ – Sony WH-1000XM5', 'Excellent quality ★★★★★ – Le Creuset',
    'Great read ★★★★★ – Stephen King', 'meine Oma Kuscheldecke ist super weich', 'mi madre Lancôme usa siempre',
    'Offer of £20 from Hotel Chocolat', 'Thanks to Hotel Chocolat for the treats',
    'Thanks to all our customers for 10 years', "Retour : contactez l'acheteur via la messagerie",
    'Kontakt mit Verkäufer aufnehmen – Hilfe', 'Dispute with seller eBay Guaranteed Delivery',
    'Message to seller Apple Retail UK', 'Skontaktuj się ze sprzedającym – Pomoc',
    'Chat with seller Samsung Official Store', 'Verkauft von Verkäufer Saturn Online',
    'Lesson notes for Beginners – Guitar', 'Lesson notes – Jolly Phonics', 'Tutor notes: Times Tables',
    'Nachhilfe – Englisch Oberstufe', 'Report for Parents – Autumn Term', 'Swimming assessment – Rainbow Stages',
    'Feedback lezione di chitarra: Scuola Yamaha', 'Swimming assessment: Puffin Award',
    'Embroidered name on jumper – Navy Blue', 'Name labels – Stikins Original',
    'Allergy-friendly birthday cake – 8 slices', 'Dyslexia-friendly font – OpenDyslexic',
    'Epilepsy awareness wristband', 'Allergy Free Kitchen – Cookbook', 'UPN format guide for schools',
    'Matricola studente – guida', 'Roll No. list template', 'Hjem født – hverdagskost', 'ur. 1990 – rocznik wina?',
    'Szül. nap: ajándék ötletek', 'Født i går – podcast', 'Sklep, ul. Piękna 5', 'nar. 12 ks – balení',
    'Pickup: Leeds Trinity Centre', 'Pickup: Same Day Click & Collect', 'Pickup: Tesco Express',
    'Abholung: Rewe Abholservice', 'Retrait : Fnac Montparnasse', 'Collection booked for Garden Waste – 2 sacks',
    'Collection booked for Glass Box', 'Collection booked for Food Waste Caddy',
    'Switch confirmed for Outfox The Market', 'Switch confirmed for Good Energy', 'Switch confirmed for Rebel Energy',
    'Switch confirmed for Plusnet Fibre', 'Print: NONE REQUIRED', 'Beflockung: OHNE NAME', 'Print: CLUB CREST',
    'Versand an: Packstation 112, Filiale', 'Versand an: Österreich, Schweiz', 'Ship to: Royal Mail, Evri',
    'Nike Air Max 90 (312 reviews)', 'Bosch Serie 6 (1,204 reviews) – £499', 'Customers who left a review ★★★★★',
    'Livraison à : Corse, Monaco', 'Versand an: DHL Packstation, Postfiliale',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a brand spelled as a person's full name after an offer's amount and `from` or `de` (case_titles.offer_reason, "
        "new; closer 165 releases a brand's common word, brand_words.BRAND_WORDS: no list of brands tells these)"
    ): [
        'Offer of £25 from John Lewis', 'Offer of £15 from Charlotte Tilbury', 'Offer of £30 from Ted Baker',
        'Offre de 10 € de Yves Rocher',
    ],
    (
        "a brand spelled as a person's full name thanked before `for` (greetings._THANKS_TO, new; closer 165 releases "
        "a brand's, an organization's or a club's word, brand_words.a_business_name: no list of brands tells these)"
    ): [
        'Thanks to Ben Jerry for the ice cream', 'Merci à Yves Rocher pour les cadeaux',
        'Thanks to Ted Baker for the styling', 'Thanks to Marks Spencer for the food',
    ],
    (
        "a product's review words, stars, a dash and the product's or its maker's two words "
        "(reviews.RATED_THEN_SIGNED, new): a brand in a full name's shape reads as the review's signature"
    ): [
        'Fast delivery, well packed ★★★★★ – Nike Pegasus', 'Très bon produit ★★★★☆ – Moulinex Cookeo',
        'Love this kettle ★★★★★ – Russell Hobbs', 'Prodotto ottimo ★★★★★ – De Longhi',
        'Comfy and warm ★★★★☆ – Ted Baker',
    ],
    (
        "older rule (refused at db48faff too): a shop's badge in a title's case before stars and a shop's name"
    ): [
        'Top Verkäufer ★★★★★ – Otto Versand',
    ],
    (
        "a suburb that is a family name as often after a grocer's brand and the bare pickup's label "
        "(role_labels.PICKUP_PEOPLE, new; role_labels.a_pickup_place reads a store's format, closer 165, and a town of "
        "geography.TOWN_NAMES, not a suburb)"
    ): [
        'Pickup: Waitrose Clifton',
    ],
    (
        "a character spelled as a person's full name printed on a school bag (record_names.LABELLED_KIT, new; "
        "record_names._KIT_DESIGNS holds a design's, a crest's, an animal's word, closer 165, no character's name)"
    ): [
        'Book bag print: Harry Potter',
    ],
    (
        "older rule (refused at db48faff too): a design, a character or a colour after a name label's words and a "
        "colon (record_names._KIT_DESIGNS knows `Dinosaur`, `Design`, yet the label is still read as a name's)"
    ): [
        'Name labels: Dinosaur Design', 'Namensetiketten: Regenbogen Motiv', 'Name labels: Unicorn Pink',
        'Name labels: Football Stars', 'Name labels: Peppa Pig', 'Name labels: Paw Patrol',
        'Name labels: Minecraft Creeper', 'Name labels: Frozen Elsa', 'Étiquettes nominatives : Pat Patrouille',
    ],
    (
        "older rule (refused at db48faff too): a printable after an allergy's card and a dash"
    ): [
        'Nut allergy card – Free Printable',
    ],
    (
        "older rule (refused at db48faff too): a club or a breed with no word of role_labels.CLUB_AND_BREED_WORDS "
        "after a winner's label (left out on purpose, closer 167: `Villa`, `Bayer`, `Saint-Germain` and `Tzu` are "
        "family names or a name's syllable as often, `Sun Tzu`)"
    ): [
        'Winner: Aston Villa', 'Winner: Bayer Leverkusen', 'Gagnant : Paris Saint-Germain', 'Winner: Shih Tzu',
    ],
    (
        "older rule (refused at db48faff too): two words in capitals after a name's label, a refusal's "
        "(postal.labelled_person reads them as a full name in capitals; record_names._NOT_PRINTED reads one word)"
    ): [
        'Name: NO THANKS',
    ],
}


PERSONAL = [
    # (kept since closer 199: a name in lower case after an offer's `from` or after `Thanks to`, read capitalized:
    # lower_case_names.titled)
    'Offer of £12 from orla fennimore', 'Thanks to orla fennimore for the lift',
    'Winner: Orla Fennimore', 'Winner: Orla Fennimore, Leeds', 'Gewinner: Tobias Kranewitter aus Graz',
    'Winner: Orla Fennimore – Golden Retriever', 'Winner: Ilse Varhagen (Labrador)',
    'Winner: Tobias Kranewitter – Dyson V15', 'Tariff switch confirmed for Orla Fennimore',
    'Switch confirmed for Tobias Kranewitter', 'Collection booked for Ilse Varhagen', 'Beflockung: KRANEWITTER',
    'Print: FENNIMORE 9', 'Name: VARHAGEN', 'Nombre: ZAWADOWSKI', 'Konflikt mit Käufer Tobias Kranewitter',
    "Litige avec l'acheteuse Ilse Varhagen", 'Dispute with buyer Orla Fennimore', 'Offer of £45 from Orla Fennimore',
    'Preisvorschlag: 40 € von Tobias Kranewitter', 'Offre de 30 € de Ilse Varhagen',
    'Thanks to Orla Fennimore for the lift', 'Danke an Tobias Kranewitter für die Hilfe',
    'Merci à Ilse Varhagen pour tout', 'my mum Orla Fennimore is poorly', 'Allergy: Orla Fennimore – peanuts',
    'Alergia de Piotr Zawadowski: frutos secos', 'ADHD – Sanne Oostveld: medication at 12',
    'Name labels: Orla Fennimore', 'Book bag print: Tobias Kranewitter', 'Name labels: O. FENNIMORE',
    'Embroidered name on jumper: Ilse Varhagen', 'Lesson notes for Orla Fennimore: Grade 2 piano',
    'Swimming assessment – Tobias Kranewitter passed Stage 3', 'Nachhilfe – Ilse Varhagen: Mathe', 'UPN A123456789012',
    'Admission No. 482913', 'Matricola studente 1048291', 'NIA del alumno 7482913', 'ur. 12.03.2016',
    'født 12.03.2016', 'szül. 2016.03.12', 'nar. 12. 3. 2016', 'Orla Fennimore, født 12.03.2016',
    'Pickup: Orla Fennimore', 'Abholberechtigt: Tobias Kranewitter', 'Pickup: Orla Fennimore (Grandma)',
    'Pickup: Ilse Varhagen – Mon, Wed', 'Persona autorizzata al ritiro: Ilse Varhagen',
    'Osoba upoważniona do odbioru: Piotr Zawadowski', 'Winner: Orla Fennimore (Leeds United)',
    'Winner: Orla Fennimore, Arsenal fan', 'Winner: Orla Fennimore, Golden Retriever owner',
    'Fast delivery, well packed ★★★★★ – Orla Fennimore', 'Très bon vendeur ★★★★★ – Ilse Varhagen',
    'my mum Orla Fennimore will collect', 'mein Mann Tobias Kranewitter holt es ab',
    'Offer of £45 from Orla Fennimore – accepted', 'Gebot: 20 € von Tobias Kranewitter',
    'Thanks to Orla Fennimore for the donation', 'Gracias a Piotr Zawadowski por todo',
    'problem with buyer Orla Fennimore', 'Streit mit Verkäufer Tobias Kranewitter',
    'le vendeur Ilse Varhagen ne répond pas', 'Lesson notes – Orla Fennimore: scales, Grade 2',
    'Swimming assessment: Tobias Kranewitter – Stage 4', 'Tutor notes for Ilse Varhagen: fractions',
    'Name labels: ORLA FENNIMORE', 'Book bag print: T. KRANEWITTER', 'UPN: A123456789012', 'Admission No. 0048291',
    'Orla Fennimore ur. 12.03.2016', 'Ilse Varhagen, szül. 2016.03.12', 'Pickup: Orla Fennimore, Mon–Fri',
    'Pickup: Tobias Kranewitter (Dad)', 'Abholberechtigt: Ilse Varhagen, Oma',
    'Tariff switch confirmed for Orla Fennimore – Octopus Go', 'Collection booked for Tobias Kranewitter – Green Bin',
    'Print: FENNIMORE', 'Beflockung: VARHAGEN 7', 'Nombre: FENNIMORE 10', 'Versand an: Kranewitter, Tobias',
    'Ship to: Fennimore, Orla – Leeds', 'Orla Fennimore left you a review ★★★★★',
    'Tobias Kranewitter hat eine Bewertung abgegeben: 5/5', 'Ilse Varhagen a laissé une évaluation : ★★★★☆',
    'Call (650) SIG-RUNJ',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a bare review's noun before stars and a full name (reviews._review_words: `Review ★★★★★ – Harry Potter`, a "
        "book's title, has the same shape and goes out)"
    ): [
        'Bewertung ★★★★★ – Tobias Kranewitter',
    ],
}


ORDINARY_KEYS = [
    'winner_count', 'winner_prize_type', 'winner_announced_at', 'reader_count', 'reader_type', 'reader_device',
    'permit_type', 'permit_zone', 'permit_price', 'pickup_location', 'pickup_time', 'pickup_store', 'pickup_point_id',
    'pickup_type', 'product_kind', 'event_kind', 'item_kind', 'naam_product', 'naam_winkel', 'council_tax_band',
    'council_tax_year', 'council_tax_amount', 'kind_of_item', 'winner_team', 'winner_breed', 'reader_offer',
    'permit_zone_name', 'pickup_store_name', 'naam_cursus', 'kind_categorie', 'council_tax_band_name', 'pickup_slot',
    'pickup_window', 'winner_product', 'reader_poll', 'permit_duration', 'pickup_branch_id', 'kinderen_aantal',
    'kind_leeftijd_groep', 'lesson_type', 'lesson_notes_template', 'upn_format', 'buyer_protection', 'seller_rating',
    'seller_id', 'offer_amount', 'offer_currency', 'review_rating', 'review_count', 'barn_storlek', 'naam_school',
    'winner_selected', 'winner_notified', 'winner_prize_value', 'reader_survey_id', 'reader_poll_id',
    'reader_offer_code', 'permit_valid_from', 'permit_zone_code', 'permit_cost', 'pickup_date', 'pickup_store_id',
    'pickup_locker_id', 'pickup_point_name', 'pickup_method', 'pickup_instructions', 'pickup_fee', 'order_kind',
    'content_kind', 'kind_of_product', 'naam_artikel', 'naam_categorie', 'naam_merk', 'council_tax_bill_year',
    'council_tax_discount', 'council_tax_band_letter', 'winner_category', 'reader_segment', 'permit_kind',
    'pickup_kind', 'naam_les', 'kind_vriendelijk', 'barn_kategori', 'seller_type', 'offer_status', 'review_stars',
    'lesson_level', 'swim_stage', 'assessment_stage', 'name_label_design', 'name_label_pack', 'upn_required',
]


DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "older rule (refused at db48faff too): a buyer's country (personal_keys reads `buyer` as a person's token, "
        "its country as an address's part)"
    ): [
        'buyer_country',
    ],
}


PERSONAL_KEYS = [
    'winner_name', 'winner_email', 'reader_name', 'reader_id', 'permit_holder', 'permit_holder_name', 'pickup_person',
    'pickup_person_name', 'naam_kind', 'kind_naam', 'barnets_namn', 'council_tax_reference',
    'council_tax_account_number', 'abholberechtigte_person', 'prize_winner', 'letter_author', 'buyer_name', 'upn',
    'pupil_number', 'buyer_email', 'pickup_contact_phone', 'winner_phone', 'reader_email', 'kind_geboortedatum',
    'child_name', 'pickup_person_phone', 'permit_holder_address', 'winner_address', 'winner_surname', 'reader_surname',
    'reader_address', 'permit_holder_phone', 'pickup_person_relation', 'naam_kind_achternaam', 'voornaam_kind',
    'council_tax_payer_name', 'buyer_phone', 'seller_email', 'seller_phone', 'buyer_address', 'leerling_naam',
    'pupil_name', 'student_number', 'naam_leerling', 'kind_vorname', 'barn_namn', 'naam_moeder', 'naam_vader',
    'seller_full_name',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a marketplace's seller before a name's word (left on purpose, closer 167: the sixth attack and review 27 "
        "list `seller_name` as a shop's trading name's key, an ordinary one)"
    ): [
        'seller_name',
    ],
}


ORDINARY_URLS = [
    'https://shop.example.com/usr/local/bin', 'https://shop.example.com/str/nike-air-max-90',
    'https://shop.example.com/str/bestbuy-outlet', 'https://shop.example.com/usr/share/doc/readme',
    'https://shop.example.com/runner/trail-shoes/results', 'https://shop.example.com/runner/gore-tex-jackets/reviews',
    'https://shop.example.com/readers/offers/wine', 'https://shop.example.com/readers/2026/offers',
    'https://shop.example.com/leser/reisen/angebote', 'https://shop.example.com/pcn/how-to-pay/online',
    'https://shop.example.com/ad/ameublement/', 'https://shop.example.com/pickup/store-locator',
    'https://shop.example.com/click-and-collect/stores/leeds', 'https://shop.example.com/winners/2026/dogs',
    'https://shop.example.com/students/year-7/grades', 'https://shop.example.com/usr/lib/python3',
    'https://shop.example.com/str/patagonia-outlet', 'https://shop.example.com/str/apple-refurbished',
    'https://shop.example.com/str/tech-deals-uk/mobile-phones', 'https://shop.example.com/usr/bin/env',
    'https://shop.example.com/runner/road-running/results', 'https://shop.example.com/runner/trail-running/reviews',
    'https://shop.example.com/readers/travel/offers', 'https://shop.example.com/leser/service/abo',
    'https://shop.example.com/students/offers/grades', 'https://shop.example.com/children/0-3-years/progress',
    'https://shop.example.com/pickup/leeds/store-12', 'https://shop.example.com/ad/ameublement/2734519821',
    'https://shop.example.com/annonce/velos/2734519821', 'https://shop.example.com/s-anzeige/kinderwagen/2734519821',
    'https://shop.example.com/ad/2734519821',
]


DROPPED_URLS: Dict[str, List[str]] = {
    (
        "older rule (refused at db48faff too): a student's or a pupil's word, a section's slug and `grades`"
    ): [
        'https://shop.example.com/students/discount/grades', 'https://shop.example.com/pupils/handbook/grades',
    ],
}


PERSONAL_URLS = [
    'https://shop.example.com/usr/orla-fennimore', 'https://shop.example.com/readers/482913/account',
    'https://shop.example.com/leser/482913/abo', 'https://shop.example.com/pcn/4829132/LK19ABC/pay',
    'https://shop.example.com/children/orla-fennimore/report', 'https://shop.example.com/students/482913/grades',
    'https://shop.example.com/runner/orla-fennimore/results',
    'https://shop.example.com/kinder/tobias-kranewitter/tagebuch', 'https://shop.example.com/usr/tobias-kranewitter',
    'https://shop.example.com/usr/ilse-varhagen/feedback', 'https://shop.example.com/readers/48291/profile',
    'https://shop.example.com/children/ilse-varhagen/progress', 'https://shop.example.com/students/4829131/report',
    'https://shop.example.com/runner/tobias-kranewitter/activities', 'https://shop.example.com/usr/orla_fennimore',
    'https://shop.example.com/ad/07700900461', 'https://shop.example.com/kinder/ilse-varhagen/zeugnis',
    'https://shop.example.com/kids/ilse-varhagen/report', 'https://shop.example.com/enfants/ilse-varhagen/bulletin',
]


LEAKED_URLS: Dict[str, List[str]] = {}

globals().update(review_tests(globals()))
