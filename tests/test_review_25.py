"""Review 25: session 39's new gate rules (closers 146 to 149 and 151: an organization's or an offer's words after a
role's label, a ticket's name after a dash, a freelancer's work after `Invoice for`; a rated review's author, a
Japanese review's glued name, one given name signed after thanks; a celebrated person, a family's members, a lower-case
couple or role's name, a speaker, a madam before a numbered aside, a chat's greeting speaker or agent, a greeting's
question; a signer by a day, a pending signature, a notice's span, a grave's, a tree's, a card's person, a genetic
result, a kit's code, a DNA match's key, a tree's person in a query; a ticket's sender, a meeting's guest, a booking
page's slug, an agreement's file; a body's measure, an injury, a bib, a result's time, a youth roster, a member's
number) attacked both ways by an outsider who has read them: ordinary shop, SaaS, help-desk, event, sports-shop, gym,
race, funeral-shop and genealogy values, keys and URLs near those rules that must go out, and personal near variants
that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by privacy.clean_url. What fails
today is a strict expected failure grouped by family, each naming the rule that decides it; ordinary values an older
rule refuses (refused at the session's start, 7213aadf) are marked as such."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Host: Microsoft Teams Room', 'Organizer: Vienna City Marathon', 'Veranstalter: Stadt Graz',
    'Gastgeber: Gemeinde Zermatt', 'Organizer: Berlin Half Marathon', 'Participant: All Staff', 'Host: Webex Meetings',
    'Presenter: Sky News', 'Host: Zoom Webinar', 'Account manager: Premium Plan', 'Sales rep: Growth Plan',
    'Organizer: Chamber of Commerce', 'Organisateur : Mairie de Lyon', 'Organizador: Ayuntamiento de Madrid',
    'Host: Shopify Plus', 'Host: Twitch Stream', 'Presenter: ESPN Radio', 'Organizer: Food Standards Agency',
    'Organizer: Trading Standards Office', 'Organizer: Boots Pharmacy', 'Host: Ace Hardware Store',
    'Organiser: Parkrun UK', 'Account owner: Enterprise Plan', 'Organizer: Hamburg Marathon',
    'Gastgeber: Alle Mitarbeiter', 'Host: LinkedIn Live', 'Ticket #7731 – Missing Item – refund',
    'Ticket #2210 – Login Problem', 'Case 4410 – Wrong Colour – exchange', 'Ticket #9182 – Password Reset – urgent',
    'Anfrage Nr. 3301 – Lieferung verspätet', 'Invoice for Graphic Design', 'Invoice for Copywriting',
    'Invoice for Photo Editing', 'Invoice for SEO Consulting', 'Rechnung für Webdesign', 'Invoice for Video Editing',
    'Invoice for Translation Services', 'Receipt for Bookkeeping Services', 'Great value – Running Shoe ★★★★☆',
    'Lily Wreath – White Roses ★★★★★', 'Fast delivery – Amazon Prime ★★★★★', 'Love it – Nike Air Max ★★★★★',
    'Comfortable – Memory Foam Pillow ★★★★☆', 'Sehr bequem – Laufschuh Pegasus ★★★★★',
    'Top Qualität – Made in Germany ★★★★★', 'Great taste – Dark Roast Coffee ★★★★★', 'Nice fit – Slim Jeans ★★★★☆',
    'Very good – Customer Service ★★★★★', 'Perfect – Gift Wrapping ★★★★★', 'Excellent – Hotel Sacher ★★★★★',
    '★5 海鮮丼', '美味しい。★5 味噌 ラーメン', 'おいしい。★4 醤油 ラーメン 大盛', '★★★★★ 東京 銀座店',
    'T-Shirt – Navy', 'Thanks – Navy', 'Hello – Kitty',
    'Thank you card – Kraft', 'Thank You Card – Gold Foil', 'Thanks a Latte – Mug', 'Danke – Karte Kraft',
    'Merci – Carte Dorée', 'Gracias – Tarjeta Kraft', 'Thank You – Eucalyptus Candle', 'Thank you Teacher – Mug',
    'Cheers – Pint Glass Set', 'Birthday Party – Peppa Pig – Plates', 'Taufe Kerze Blau',
    'Happy Birthday Mr. President', 'Baptism Candle – Silver Cross', 'Christening Gown – Ivory Silk',
    'Birthday Card – Happy 80th', 'Taufkerze – Regenbogen', 'Geburtstagskarte – 60. Geburtstag',
    'Baptism Invitation – Blue Watercolor', 'The Addams Family – DVD', 'The Simpsons Family – Poster',
    'The Family Stone – Blu-ray', 'wedding cake – dark chocolate & salted caramel',
    'wedding favours – lavender & honey', 'anniversary cake – lemon & raspberry', 'Host: google meet',
    'Participant: read only', 'Lead: cold email', 'Organiser: events team', 'Speaker: Bose SoundLink',
    'Speaker: Marshall Emberton', 'Speaker: JBL Charge 5', 'Speaker: Sonos Era 100', 'Speaker: Ultimate Ears Boom',
    'Lautsprecher: Teufel Boomster', 'Speaker: Bluetooth Waterproof', 'Speaker: Keynote TBA',
    'Sprecher: Hörbuch Edition', 'Speaker: Harman Kardon Onyx', 'Speaker: Bang Olufsen Beosound',
    'Märchen – Frau Holle (Band 2)', '[Size Guide]: see chart', '[Shipping Info]: see details',
    '[FAQ]: how do I return?', 'Agent Bot: hi', 'Hey Duggee! Is it on DVD?', 'Hello Kitty! Is it back in stock?',
    'Hi Tech! Are you open?', 'Signed by Ken Follett – First Edition', 'Signed by the Author',
    'Signed by the Artist on 12/03/2026', 'Signed by Stephen King on his 1986 tour',
    'Signed by Ken Follett on the title page', 'Firma pendiente: Contrato de alquiler',
    'Awaiting signature: Acme Corp', 'Pending signature: Terms and Conditions', 'Unterschrift ausstehend: Mietvertrag',
    'Signature en attente : Bon de commande', 'Signed by Banksy – Limited Print 2004',
    'Signé par Hergé – Tintin édition 1946', 'Awaiting signature: Purchase Order 4821', 'Mozart 1756-1791 – Requiem',
    'Obituaries 2025-2026', 'Grave of Karl Marx – Highgate Tour', 'Grave of Karl Marx, Highgate Cemetery',
    'Memorial bench for parks – Oak', 'Grave of the Fireflies – Blu-ray', 'Grave Candle – Red Glass',
    'Grabkerze – Rot 7 Tage', 'Family tree: 4 generations template', 'Stammbaum: Vorlage A3',
    'Death notice – template, Word', 'Sympathy card from the team – Lilies', 'Sympathy Card – White Lily',
    'Funeral of a Friend – Poem Card', 'Funeral of Queen Victoria – Print', 'Obituary template – Word, 2026',
    'Nachruf Vorlage 2025–2026', 'Shakespeare 1564-1616 – Sonnets', 'Beethoven 1770–1827 – Symphony No. 9',
    'DNA Kit – BRCA1 Screening', 'BRCA1 Test – Info Leaflet', 'DNA Match Guide – 912 cM Explained',
    'Carrier Screening – Panel 2026', 'Activation code: SAVE20', 'Promo code: XMAS24GIFT10',
    'Activation code: WELCOME10', 'Gift code: SUMMER2026', 'Meeting with Marketing Team', 'Termin mit Steuerberater',
    'Webinar registration: Q1 Product Update', 'New signup: Pro Plan', 'Chat transcript – Sales Bot – 2026-11-22',
    'Request from Amazon – order 48213', 'Ticket de Soporte Técnico', 'Ticket from Acme Corp',
    'Feedback from Customers', 'Meeting with Sales Team – Q3 Review', 'Call with Support Team',
    'Demo call with Product Team', 'Reunión con Equipo de Ventas', 'Rendez-vous avec le Service Client',
    'Webinar: Growth Hacking 101', 'Meeting booked: 30 min with Sales', 'Termin mit Kundenservice bestätigt',
    'Complaint from Customer about delivery', 'Request from Head Office', 'Ticket from Help Desk',
    'Registration: Berlin Marathon 2026', 'Anmeldung: Stadtlauf Wien 2026', 'NDA_Template_v2.pdf',
    'Contract_Final_Signed.pdf', 'NDA_Mutual_2026.pdf', 'Service_Agreement_Acme_GmbH.pdf',
    'Body Fat Scale – Bluetooth', 'BMI Calculator', 'Weight 20 kg – Farbe Schwarz', 'Kettlebell – Weight 16 kg',
    'Körperfettwaage – Weiß', 'Bib: 1–2000 Wave A', 'Ergebnis: Platz 1 – FC Bayern',
    'Finish time 3:41:22 · Sub-4 Pacing Plan', 'Dorsal 42 – Carrera Popular Madrid', 'Startnummer 88 – Trikot Orange',
    'Bib Number Holder – Race Belt', 'Startnummernband – Schwarz', 'Dossard 12 – Trail des Cimes',
    'Results: Berlin Marathon 2026', 'Finish time 1:45:00 – Half Marathon Plan', 'Knee Support – Meniscus – Size M',
    'Physio Tape 5 cm – Blue', 'Sports Physiotherapy – Manchester City', 'Ankle Brace – Sprain Support',
    'Physio Roller – Foam 45 cm', 'U10 roster template – Excel', 'FC Bayern Kader: Manuel Neuer, Thomas Müller',
    'U12 Trikot – Größe 140', 'F-Jugend Training – Plan', 'Socio Plus – 12 meses', 'Membership 12 months – 49 €',
    'Member price 29.99', 'Mitgliedschaft – 12 Monate', 'Gym Membership – Annual 399', 'Club membership – Family plan',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a famous author's or singer's signed item with its signing's day (e_signatures._SIGNED_ON_DAY, new): a "
        "bookshop's signing or a dated photo reads as a document's signer; no rule tells a public figure"
    ): [
        'Signed by Ken Follett on 12/03/2026 at Waterstones', 'Signed by Elton John on 14 May 1985 – Photo',
    ],
    (
        "a birthday book's kind after the dash (cued_names._ONE_CELEBRATED, new): `Blank Pages` reads as one full name"
    ): [
        'Birthday Book – Blank Pages',
    ],
    (
        "a street's name after a memorial bench's words (memorials._GRAVE_NAMED, new): `Park Lane` reads as the "
        "deceased"
    ): [
        'Memorial bench for Park Lane',
    ],
    (
        "a public figure's obituary with a life span without brackets (memorials._NOTICE_SPAN_NAMED, new): by choice, "
        "no rule tells a chancellor from a private person"
    ): [
        'Nachruf Helmut Schmidt 1918–2015',
    ],
    (
        "older rule (refused at 7213aadf too): a fair's, a show's, an inn's, a stage's or everyone's words after a "
        "role's label (postal._full_name; postal._ORGANIZATIONS leaves `Fair` out by choice, lacks `Show`, `Inn`; "
        "postal._OFFER_ENDS lacks `Stage`)"
    ): [
        'Organiser: London Book Fair', 'Organizer: Frankfurt Book Fair', 'Organizer: Paris Air Show',
        'Host: Hilton Garden Inn', 'Host: Discord Stage',
    ],
    (
        "older rule (refused at 7213aadf too): a freelancer's work greetings._NOT_NAME_WORDS lacks after `Invoice "
        "for` (record_names.RECORD_NAMED): `Maintenance`, `Management`, `Voice Over`; French `pour` as in review 24"
    ): [
        'Receipt for Website Maintenance', 'Invoice for Social Media Management', 'Invoice for Garden Maintenance',
        'Invoice for Project Management', 'Invoice for Voice Over', 'Facture pour Création Graphique',
    ],
    (
        "older rule (refused at 7213aadf too): a Japanese dish in kanji after a rating (reviews._CJK_NAME), as review "
        "24's `特製 つけ麺`"
    ): [
        '最高！★5 特製 餃子',
    ],
    (
        "older rule (refused at 7213aadf too): Fontane's novel `Frau Jenny Treibel` (an honorific before a full name)"
    ): [
        'Roman – Frau Jenny Treibel (Reclam 7702)',
    ],
}


PERSONAL = [
    'Host: Tamsin Orvelloway', 'Organizer: Ingrid Solvang', 'Organiser: Marta Vellingroe',
    'Gastgeberin: Wiebke Strandhagel', 'Host: Anna Barber', 'Organizer: Anna Kreis',
    'Account manager: Jonas Brekkelund', 'Participant: Sem Vrankelstee', 'Presenter: Maëlle Quervan',
    'Host: Ville Valo', 'Ticket #7731 – Marta Vellingroe – refund', 'Case 4410 – Jonas Brekkelund',
    'Ticket #2210 – Vellingroe, Marta – login', 'Invoice for Marta Vellingroe', 'Receipt for Jonas Brekkelund',
    'Rechnung für Jonas Brekkelund', 'Great cut – Marta Vellingroe ★★★★★', 'Lovely stay – marta vellingroe ★★★★★',
    'Great service – Jonas Brekkelund, Stylist ★★★★★',
    'とても満足。★5 柳瀬 千晴', '美味しかった。★5 佐藤 花子', 'Great work – Priya',
    'Merci beaucoup – Maëlle (Support)', 'Thank you so much – Ingrid',
    'Birthday Book – Marta Vellingroe 80th, 12.03.2026', 'Baptism of Jonas Brekkelund', 'Taufe Sem Vrankelstee',
    'The Vellingroe Family – Marta, Jonas & Ingrid', 'wedding – marta vellingroe & jonas brekkelund',
    'Speaker: Marta Vellingroe', 'Sprecher: Jonas Brekkelund', 'Intervenante : Maëlle Quervan',
    'Ponente: Ximena Torquado', 'Organiser: marta vellingroe', 'Host: jonas brekkelund',
    'Reklamation – Frau Vellingroe (Bestellung 5512)', '[Marta Vellingroe]: hi, refund?', 'Agent Priya: happy to help',
    'Hey Marta! Is the wreath ready?', 'Signed by Marta Vellingroe on 14/11/2026',
    'Unterschrieben von Jonas Brekkelund am 14.11.2026', 'Awaiting signature: Ingrid Solvang',
    'Firma pendiente: Ximena Torquado', 'Signé par Maëlle Quervan le 3 mars 2026',
    'Obituary – Marta Vellingroe, 1938-2026', 'Nachruf Jonas Brekkelund 1941–2026',
    'Grave of Marta Vellingroe, plot 14', 'Grabstelle von Jonas Brekkelund', 'Memorial bench for Ingrid Solvang',
    'Family tree: Marta Vellingroe', 'Death notice – Marta Vellingroe, Killarney', 'Funeral of marta vellingroe',
    'Marta Vellingroe – BRCA1 positive', 'DNA match Jonas Brekkelund 912 cM', 'Activation code: 7F3K-92QX-LM4P',
    'Sample barcode: 4X7Q9K2M', 'Refund request from Marta Vellingroe – order 48213',
    'Beschwerde von Jonas Brekkelund', 'Meeting booked: 30 min with Ingrid Solvang',
    'Termin mit Jonas Brekkelund bestätigt', 'Chat transcript – Marta Vellingroe – 2026-11-22',
    'Webinar registration: Ingrid Solvang, CFO', 'NDA_Marta_Vellingroe_464027.pdf',
    'Marta Vellingroe – body fat 24.6%', 'Jonas Brekkelund – weight 81.5 kg',
    'Injury note: Sem Vrankelstee – hamstring', 'Physio: Marta Vellingroe', 'Startnummer 88: Jonas Brekkelund',
    'Dossard 12 – Maëlle Quervan', 'Finish time 3:41:22 · Marta Vellingroe',
    'U10 roster: Jonas Brekkelund, Sem Vrankelstee', 'F-Jugend Kader: Jonas Brekkelund (Jg. 2017)', 'Socio 83617245',
    'Medlemsnummer 836172',
]


LEAKS: Dict[str, List[str]] = {
}


ORDINARY_KEYS = [
    'bib_color', 'bib_size', 'member_count', 'race_distance', 'finish_time', 'body_fat_unit', 'meeting_type',
    'dna_match_count', 'tree_id', 'guest_count', 'speaker_model',
]

PERSONAL_KEYS = [
    'runner_name', 'dna_match_name', 'member_number', 'guest_name', 'meeting_guest_email',
]

ORDINARY_URLS = [
    'https://shop.example.com/meet/sales-team/30min', 'https://shop.example.com/meet/support/15min',
    'https://shop.example.com/search?q=lily+wreath', 'https://shop.example.com/trees/?q=japanese+maple',
    'https://shop.example.com/entries?bib=baby&size=m',
    'https://shop.example.com/results?race=berlin-marathon&year=2026',
    'https://shop.example.com/products/baby-bib-3-pack', 'https://shop.example.com/book/demo-call/30min',
    'https://shop.example.com/schedule/onboarding/45min',
    'https://shop.example.com/tree/search?q=family+tree+template', 'https://shop.example.com/meetings/team-sync',
]

PERSONAL_URLS = [
    'https://shop.example.com/meet/marta-vellingroe/30min', 'https://shop.example.com/tree/search?q=marta+vellingroe',
    'https://shop.example.com/search?q=jonas+brekkelund+obituary',
    'https://shop.example.com/entries?bib=4821&name=marta+vellingroe',

]

globals().update(review_tests(globals()))
