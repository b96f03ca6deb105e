"""Review 24: session 38's new gate rules (closers 138 to 145: a review's author by its rating, a name beside a
health or a genetic word; a couple's, a family's, a hen party's names in a celebration's title or a file's name; a
record's person, an aged opening, a plate after a vehicle record's words; work roles and their teams, greetings, a
chat's tagged speaker, one name after a dash; e-signatures' signers, a ticket's person, CRM and notice routes, a DNA
match's route, a tree's person in a query; sole traders' VAT ids; the deceased, the mourners, condolences, ribbons,
engravings, life spans and numbered memorials; death records, kit codes, and the keys of the deceased, an informant,
a grave holder and a DNA match) attacked both ways by an outsider who has read them: ordinary shop, SaaS, event,
print, funeral-shop and genealogy values, keys and URLs near those rules that must go out, and personal near variants
that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by privacy.clean_url. What fails
today is a strict expected failure grouped by family, each naming the rule that decides it; ordinary values an older
rule refuses are marked as such."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    'Great product! – Fast Shipping ★★★★★', 'Love it! — Customer Favourite ★★★★★',
    'Sehr gut! – Testsieger 2024 ★★★★★', 'Excelente! – Envío gratis ⭐⭐⭐⭐⭐', 'Top! – Hotel Sacher Wien ★★★★★',
    'Great stay! – Grand Hotel Europa ★★★★☆', 'Must read. – New York Times Bestseller ★★★★★',
    'Fantastic! – Editor’s Choice 5/5', 'Amazing! – Best Seller ★ 4.8', 'Perfect fit. – True To Size ★★★★☆',
    'Superbe ! – Coup de cœur ★★★★★', 'Ottimo! – Made in Italy ★★★★★', 'Lovely! – Senior Therapist ★ 4.9',
    'Wow! – Store Manager ★★★★★', '美味しい。★5 大阪 本店', '最高でした。★★★★★ 京都 祇園店',
    '素晴らしい。★4 醤油 ラーメン', 'Trustpilot ★★★★★ 4.8', 'Google Reviews ★ 4.9 (1,204)',
    'Hotel Adlon Kempinski ★★★★★', 'Sensitive Skin Cream – Eczema Relief 200ml',
    'Psoriasis Shampoo – Coal Tar Formula', 'Rosacea Serum – Green Tint 30ml', 'Neurodermitis Pflegecreme 100ml',
    'Diabetic Socks – Grey 3 Pack', 'Gluten Free Bread Mix – Oat & Rice', 'Prenatal Vitamins – Lemon 60 caps',
    'Schwangerschaft Massageöl – Mandel', 'Maternity Pillow – Grey Jersey', 'Hair Loss Shampoo – Caffeine 250ml',
    'Chemo Care Kit – Gift Box', 'Baby Eczema Balm – Calendula', 'DNA Test Kit – Genetic Health + Ancestry',
    '23andMe Health + Ancestry Service', 'Genetic Testing Guide – Paperback',
    'Diabetes Cookbook – Mary Berry Edition', 'Jamie Oliver – Gluten Free Recipes',
    'Allergy Relief Tablets – Loratadine 30', 'Acne Patch – Hydrocolloid 36 dots', 'Dr. Hauschka Rosacea Care',
    'La Roche-Posay Lipikar – Eczema Balm', 'Eucerin AtopiControl – Creme 100 ml',
    'Wedding Album – Ivory Linen 30x30', 'Wedding Guest Book – Mr & Mrs', 'Hochzeit Deko Gold & Rose Gold',
    'Hochzeitsalbum Leinen Creme 30x30', 'Mariage Élégance – Faire-part Blanc & Or',
    'Album di nozze Bianco & Argento', 'Boda Rústica – Kraft & Encaje', 'Wedding Cake Topper – Bride & Groom',
    'Birthday Banner – Pink & Gold', 'Geburtstag Girlande Blau & Silber', 'Romeo & Juliet – Wedding Playlist Vinyl',
    'Simon & Garfunkel – Wedding Songs', 'Wedding Invitation – Rose & Thistle', 'Anniversary Card – Salt & Pepper',
    'Hochzeit Lena & Tobias – Muster', 'Team Bride T-Shirt – Rose Gold Print', 'Hen Party Sash – Pink Glitter',
    'JGA Shirt – Braut Security', 'EVJF Kit – Rose & Or', 'Family Calendar 2027 – A4 Spiral',
    'Familienplaner 2027 – Blumen', 'wedding_album_template_30x30.pdf', 'birthday-invitation-pink-gold.png',
    'hochzeit_einladung_vorlage_2025.docx', 'Wedding Album: Ivory Linen, 02.08.2025 delivery',
    'Ślub – Album Biały & Złoty', 'Casamento – Convite Kraft & Renda', 'Bruiloft Gastenboek – Goud & Wit',
    'Birthday Cake Topper – Happy 40th', 'Dolce & Gabbana Light Blue 100ml', 'Quote for Kitchen Fitting',
    'Quote for Bathroom Renovation', 'Quote for Home Insurance', 'Appointment for Annual Service',
    'Estimate for Roof Repair', 'Policy for Travel Insurance', 'Claim for Lost Luggage', 'Angebot für Badsanierung',
    'Offerte voor Dakkapel', 'Quote for Wedding Photography', 'Inventory for Office Move',
    'Receipt for Online Order', 'Order for Pickup', 'Booked by Phone', 'Slot booked by Web',
    'Quote for Grand Piano Removal', 'Quote for Tesla Model 3 Wrap', 'Claim Form for Travel Insurance – PDF',
    'Invoice for Adobe Creative Cloud', 'Policy for Apple Watch Series 9', 'Quote for Garden Design – Free',
    'Appointment for Oil Change, Tue 10:00', 'Valuation for Classic Cars', 'MOT for Motorcycles – Book Online',
    'Road tax for Electric Cars', 'Host: Zoom', 'Host: Shopify', 'Lead time: 3 days', 'Lead: 2B pencil',
    'Organizer: Acme Events', 'Presenter: Marketing Team', 'Account owner: Unassigned', 'Assignee: Support Team',
    'Gastgeber: Hotel Adlon', 'Ponente: Equipo Comercial', 'Deltager: Alle velkomne',
    'Billing contact: Accounts Payable team', 'Sales rep: To be assigned', 'Host: Microsoft Teams',
    'Participant: Guest (Read only)', 'Organiser: Events Team (internal)', 'Hello Kitty Party Pack',
    'Hi Tech Gadget Set 👋 Welcome', 'Hey Duggee – Squirrel Club Badge', 'Hello Fresh Box – Family',
    'Bonjour Paris – Mug', 'Hola Barcelona – Camiseta', 'Ciao Bella – Lipstick Red',
    'Customer (Guest): checkout question', 'Bot (Auto): your order shipped', 'Support (Bot): where is my order?',
    'Bestseller – Vintage Edition', 'New In – Summer Linen', 'Signed by the Author – Hardcover',
    'Signé par l’artiste – Lithographie', 'Signed copy – First Edition', 'Firmado por el autor – Edición limitada',
    'Signiert vom Künstler – Druck A3', 'Contract sent to Legal Team for signature',
    'Ready for Signature – Template', 'Awaiting signature – 3 documents', 'Prepared for Winter – Checklist',
    'Arbeitsvertrag Vorlage – Word', 'NDA Template – Mutual', 'DocuSign Business Pro – Annual',
    'Ticket #48213: Login Issue', 'Ticket #55120: Refund request – duplicate charge',
    'Anfrage Nr. 55120: Lieferzeit', 'Request 4821 | Password Reset | Closed', 'Case 7731: Damaged parcel',
    'Ticket #1002: Feature Request – Dark Mode', 'Einzelunternehmen Gründung – Ratgeber',
    'Sole Trader Accounting Software', 'Auto-entrepreneur : guide 2025', 'Freelancer Invoice Template',
    'VAT ID check tool', 'Company number lookup', 'Handelsregister Auszug bestellen', 'SIRET: guide de création',
    'USt-IdNr. prüfen – Online', 'Funeral Flowers – Lily Wreath', 'Sympathy Bouquet – White Roses',
    'Trauerkranz – Rosen Weiß', 'Ribbon: Satin Gold', 'Ribbon text: Ruhe in Frieden', 'Ribbon: To Dear Mum',
    'Schleife: In Liebe, Deine Enkel', 'Nastro: Con affetto', 'Szarfa: Ostatnie pożegnanie', 'Lint: Rust zacht',
    'Engraving font: Times', 'Engraving: Forever Loved', 'Plaque: Brass 20x10 cm',
    'Grabstein: Granit Schwarz poliert', 'Epitaph: Forever in our hearts', 'Urn – Blue Marble',
    'Memorial Bench – Oak, Brass Plaque', 'Memorial Candle – In Loving Memory', 'In Loving Memory – Photo Frame',
    'Celebration of Life – Guest Book', 'The Late Show – Season 3 DVD', 'The Late Late Show Mug',
    'Funeral March – Chopin – Sheet Music', 'Requiem – Mozart (1756–1791) CD',
    'Claude Monet (1840-1926) Water Lilies print', 'Queen Elizabeth II (1926–2022) Commemorative Coin',
    'King Charles III Coronation Mug', 'Pope John Paul II (1920–2005) Rosary', 'RIP Tee – Skull Print',
    'R.I.P. Metal – Vinyl', 'QEPD – Tarjetas de condolencia', 'With Sympathy – Card Pack 10',
    'Sympathy Card – With Deepest Condolences', 'Beileidskarte – Aufrichtige Anteilnahme',
    'Condoglianze – Biglietto', 'Family Tree Template – 4 generations', 'Ahnentafel Vorlage – 5 Generationen',
    'Arbre généalogique – Modèle A3', 'Árbol genealógico – Plantilla', 'Genealogy Software – Family Historian 7',
    'Find a Grave – How to search', 'DNA Match Review – Help Center', 'Death Certificate – How to Order',
    'Death certificate copies: 3', 'England & Wales, Death Index, 1916-2007', 'Acte de décès – Demande en ligne',
    'Memorial #12 – Oak Bench', 'Memorial Day Sale – 20% off', 'Memorial Stadium Tour Ticket',
    'Grave Digger Monster Truck Toy', 'Obituary Template – Word', 'Nachruf Vorlage – kostenlos',
    'Esquela – Modelo Editable', 'Todesanzeige Muster – Text', 'Family of Four – Camping Tent',
    'Familie Feuerstein – DVD Box', 'Familie Lange Schreibtisch', 'Widow Maker Chilli Sauce',
    'Beloved – Toni Morrison – Paperback', 'Last Will and Testament Kit', 'Activation code: SAVE20',
    'Kit code: SUMMER2025', 'DNA kit activation – Help', 'Kit ID: see box lid', 'Activation code: WELCOME10',
    'Grandma’s Recipes – Family Cookbook', 'Oma Hilde Kuchen – Backmischung', 'Opa’s Werkstatt – Schild',
    'Relaxing. – Nail Technician ★ 4.9', 'うまい。★5 味噌 ラーメン', 'よかった。★4 季節の 天ぷら',
    'ありがとう。★5 鈴木 ラーメン店', 'Sehr lecker! – Hausgemachte Pasta ★★★★★',
    'Parfait ! – Livraison Rapide ★★★★★', 'Top! – Schnelle Lieferung 5/5', 'Bestes Steak! – Hotel Adlon ★★★★★',
    'Five stars. – The Guardian ★★★★★', 'Brilliant! – Sunday Times ★★★★★', 'DNA Test – Family Pack',
    'Genetic Health Report – Sample Page', 'Eczema Cream – Baby Bee', 'Psoriasis Gel – Dead Sea Salt',
    'Pregnancy Pillow – Cloud Nine', 'Diabetic Chocolate – Green Thumb', 'Chemo Hat – Soft Bamboo',
    'Rosacea Cream – Paula Choice', 'Neurodermitis – Eubos Haut Ruhe', 'Devis pour Toiture',
    'Orçamento para Cozinha Planejada', 'Oferta dla Firmy Budowlanej', 'Invoice for Consulting Services',
    'Quote for Loft Conversion', 'Policy for Pet Insurance', 'Quote for Jaguar Land Rover',
    'Appointment for Tyre Fitting', 'Quote for Marks Spencer Catering', 'Organizer: Chamber of Commerce',
    'Presenter: Adobe Express', 'Lead: Sales Navigator', 'Account owner: Acme Corp', 'Sales rep: Smart Sales',
    'The Family of Man – Photo Book', 'The Family of Blood – Doctor Who DVD', 'Deceased Estate – Guide',
    'Grave Owner Certificate Template', 'Funeral for a Friend – Elton John Vinyl',
    'The Late Great Johnny Cash – Vinyl', 'R.I.P. Harambe Tee', 'Celebration of Life – Bob Marley Tribute',
    'In Loving Memory of Grandma – Candle', 'Frida Kahlo (1907–1954) Poster', 'Vincent van Gogh 1853-1890 Calendar',
    'Obituary – Rolling Stone Magazine', 'Nachruf – Der Spiegel 12/2024', 'The Funeral of Hearts – HIM Single',
    'Requiem for a Dream – Blu-ray', 'Beerdigung Kranz – Weiße Rosen', 'Wake for a Friend – Whiskey Gift Set',
    'Sweat – M. Noir', 'T-Shirt – M. Blau', 'Poster – Dr. Who', 'Sneaker – Mr. Porter Edition',
    'Candle – Mrs. Meyer Lavender', 'USt-IdNr. DE123456789 – Acme GmbH', 'BTW NL123456789B01 – Acme B.V.',
    'Einzelunternehmen Gründung – Kosten 2025', 'EI – Entreprise Individuelle guide',
    'Hi there, is the Lily Wreath in stock?', 'Hello, do you ship to Ireland?', 'Hi Res Audio – Is it worth it?',
    'Hey Jude – Is This Love vinyl', 'Support Bot: hi there!', 'Order Bot (Auto): shipped',
    'Signiert von Udo Lindenberg – Lithografie', 'Signed by Banksy – Print', 'Signed by Lionel Messi – Framed Shirt',
    'Firmado por Rafa Nadal – Raqueta', 'Signed Copy – Stephen King – It', 'Pending signature: NDA Template',
    'Prepared for: Board Meeting Q3', 'Sent to Sales Team for signature', 'Ticket #4821: Order 5512 – Refund',
    'Anfrage Nr. 55120: Kranz – Weiße Rosen', 'DNA match: 912 cM shared – Help', 'DNA Match Sale – 30% off kits',
    'Death certificate no. 3 copies', 'Deceased: Yes', 'Grave holder: Council',
    'Lead Singer: Freddie Mercury Tribute Tee', 'Host: Hotel Adlon Kempinski', 'Host: The Ritz London',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a trade's or a kitchen's staff as a rated review's source (reviews._STAFF_ROLES, read by "
        "reviews.RATED_AFTER_REVIEW): its roles hold a salon's, a kitchen's and a gym's (`Stylist`, `Chef`, "
        "`Trainer`), not a barber's, whose word is a family name as often (`Anna Barber`), nor a role with a dish's "
        "word after it"
    ): [
        'Great cut! – Head Barber ★★★★★', 'Nice fade! – Master Barber ★★★★★', 'Loved it. – Sous Chef Special ★★★★★',
    ],
    (
        "a guide's or a publication's name as a quoted review's source (reviews.RATED_AFTER_REVIEW): `The Guardian` "
        'and `Sunday Times` go out, a title of two capitalized words without an article does not'
    ): [
        'Recommended. – Lonely Planet ★★★★☆',
    ],
    (
        "a dish's name in kanji and hiragana after a Japanese review's rating (reviews._CJK_NAME): only a dish's word "
        'in katakana is none, `つけ麺` and `うな重` read as a given name'
    ): [
        'おすすめ。★5 特製 つけ麺', '美味。★5 特上 うな重',
    ],
    (
        "a DNA kit's sale words after its dash (named_diets.GENETIC_STEMS: a full name beside a genetic word): "
        '`Holiday Sale`, `Black Friday`, `Christmas Deal` read as a full name'
    ): [
        ],
    (
        "a quote's service in French, German, Dutch, Italian or Spanish (record_names.RECORD_NAMED): `pour`, `für`, "
        '`voor`, `per`, `para` with neither a reference nor an honorific need no record going on after the name, as '
        "English's `for` does (record_names._RECORD_GOES_ON), so a service of two capitalized words reads as a name: "
        "accepted, as these languages write a heading in sentence case far more often than a name after the record "
        "(`Rechnung für Katrin Oberhauser`, attack 30)"
    ): [
        'Devis pour Cuisine Équipée', 'Devis pour Salle de Bain', 'Angebot für Neue Küche',
        'Offerte voor Nieuwe Keuken', 'Preventivo per Cucina Moderna', 'Presupuesto para Reforma Integral',
    ],
    (
        "a novel's title naming a family by its fictional head (memorials.FAMILY_OF: `la familia de`, `a família de` "
        "before a full name): Cela's and Machado de Assis's books"
    ): [
        'La familia de Pascual Duarte – Libro', 'La familia de Pascual Duarte', 'A família de Dom Casmurro',
    ],
    (
        "a ticket's subject of two capitalized words (case_titles.ticket_reason): a product's or a title's (`Apple "
        "Watch`, `Harry Potter`) reads as the customer's name before the dash, by choice (closer 146): nothing tells "
        "it from `Anna Schmidt – Firmware update failed`"
    ): [
        'Ticket #4821: Harry Potter – Wrong Edition', 'Ticket #4821: Apple Watch – Strap broken',
    ],
}


PERSONAL = [
    'Amazing service! – Perdita Quellmore ★★★★★', 'Tolles Hotel. Gerne wieder – Wiebke Strandhagel 5/5',
    'Très bien ! – Solène Brivaudière ⭐⭐⭐⭐', 'とても満足。★5 柳瀬 千晴',
    'Client note: Perdita Quellmore – eczema on hands, no fragrance',
    'Massage for Wiebke Strandhagel, 30 weeks pregnant', 'Perdita Quellmore: rosacea, avoid retinol',
    'DNA results for Perdita Quellmore – BRCA1 positive',
    'Genetic test: Wiebke Strandhagel, carrier of cystic fibrosis', 'Diabetes notes – Perdita Quellmore, insulin',
    'Wedding Album – Perdita Quellmore & Anselm Drayford', 'Hochzeit von Wiebke Strandhagel und Jorn Pellmark',
    'Mariage de Solène Brivaudière et Yann Corvelet – 05/09/2026',
    'Our Wedding: Perdita & Anselm Drayford, 02.08.2025', 'Boda de Lucía Quernadez y Pablo Ostriv',
    'Familie Strandhagel: Lea, Ben und Mia Strandhagel', 'Team Bride – Perdita Quellmore – 14.06.2026',
    'IMG_Perdita_Quellmore_wedding_2025.jpg', 'hochzeit_wiebke+jorn_strandhagel_0013.jpg',
    'Quote Q771204 for P. Quellmore', 'Claim ref CLM-771204 for Perdita Quellmore',
    'Invoice 2026-114 for Anselm Drayford', 'Quote for Perdita Quellmore, kitchen fitting',
    'Devis pour Mme Solène Brivaudière', 'Angebot für Herrn Jorn Pellmark',
    'Appointment for Dr Ottilie Fernbrook, Tue 10:00', 'Perdita Quellmore, 40, nine years no claims bonus',
    'Valuation for AB12 CDE', 'MOT for KX19 LMN, due 03/2026', 'Lead: Perdita Quellmore, Head of Sales',
    'Host: Anselm Drayford', 'Gastgeberin: Wiebke Strandhagel', 'Organisateur : Solène Brivaudière',
    'Assignee: Perdita Quellmore (Tier 2)', 'Account manager: Jorn Pellmark',
    'Perdita Quellmore (Customer): where is my refund?', 'Hi Perdita Quellmore, welcome back!',
    'Signed electronically by Perdita Quellmore on 03/12/2026', 'Perdita Quellmore has signed the agreement',
    'Contract sent to Anselm Drayford for signature', 'Proposal prepared for: Wiebke Strandhagel',
    'En attente de signature de Solène Brivaudière', 'Ticket #55120: Quellmore, Perdita – cannot reset 2FA',
    'Case 7731: Anselm Drayford – damaged parcel', 'Flowers for the late Ottilie Fernbrook',
    'Deliver to the funeral of Anselm Drayford, St Mary’s, 10:00',
    'Obsèques de Solène Brivaudière, église Saint-Roch', 'Beerdigung von Wiebke Strandhagel, Friedhof Ohlsdorf',
    'R.I.P. Ottilie Fernbrook, beloved mother', 'QEPD Lucía Quernadez Ostriv, sus hijos',
    'Ottilie Fernbrook * 1938 † 2026', 'Mary Fernbrook (née Quellmore)', 'Survived by her husband, Anselm Drayford',
    'With heartfelt sympathy, Perdita Quellmore', 'Con cariño de la familia Quernadez',
    'Ribbon: Rest in peace, dear Dad Anselm Drayford', 'Schleife: Lieber Opa Jorn Strandhagel',
    'Engraving: Ottilie Fernbrook 1938–2026', 'Plaque: Anselm Drayford (1931–2019)',
    'Grabstein: Wiebke Strandhagel geb. Pellmark * 12.03.1940 † 2025',
    'Ottilie Fernbrook (1921–1999) • FamilySearch', 'Family tree of Ottilie Fernbrook (1921-1999)',
    'Find a Grave Memorial #83710254 – Ottilie Fernbrook', 'Death certificate no. QX 5512044',
    'DNA match: Perdita Quellmore – 912 cM shared', 'Kit code: AB12-CD34-EF56',
    'In loving memory of Ottilie Fernbrook', 'Great cut! — Ottilie F. ★★★★★', 'Great cut! — O. Fernbrook ★★★★★',
    '最高。★5 柳瀬 ちはる', 'Wedding – Perdita & Anselm Drayford', 'Hochzeit Wiebke & Jorn Strandhagel 12.06.2025',
    'Birthday Album – Ottilie & Anselm Drayford', 'Devis pour Solène Brivaudière', 'Angebot für Jorn Pellmark',
    'Policy holder Perdita Quellmore, 40, clean licence', 'Road tax for KX19 LMN', 'Invoice for Perdita Quellmore',
    'Quote QT-55120 for Perdita Quellmore', 'Host: Dr. Anselm Drayford', 'Moderator: Anselm Drayford',
    'Referent: Jorn Pellmark', 'Relatore: Marco Quarvelle', 'Owner: Perdita Quellmore',
    'Hi Perdita, your quote is ready', 'Hi Sumida, are you open Sunday?', 'Hallo Strandhagel, wann öffnet ihr?',
    'Perdita Q. (Customer): refund?', 'Awaiting signature from Anselm Drayford',
    'Signed electronically by Perdita Quellmore', 'Ticket #55120: Perdita Quellmore – refund',
    'Problème de facturation – Mme Brivaudière', 'Lieferproblem – Herrn Pellmark',
    'Einzelunternehmer – USt-IdNr. DE123456789', 'Ditta individuale – P.IVA IT12345678901',
    'Sole trader – VAT GB123456789', 'Obituary: Ottilie Fernbrook (1938–2026)',
    'Obituary – Ottilie Fernbrook (1938–2026)', 'Obituary: Wiebke Strandhagel (1938–2026)',
    'Esquela: Lucía Quernadez (1938–2026)', 'Traueranzeige: Ottilie Fernbrook (1938–2026)',
    'In memory of Ottilie Fernbrook 1938-2026', 'Wreath for the funeral of Anselm Drayford',
    'Ribbon: Dear Dad, Anselm Drayford', 'Engraving: OTTILIE FERNBROOK 1938–2026',
    'Family tree of Ottilie Fernbrook', 'Stammbaum von Wiebke Strandhagel',
    'Genetic test: Wiebke Strandhagel, BRCA1 carrier', 'Ancestry DNA – Perdita Quellmore', 'GEDmatch kit T123456',
    'Condolences to the family of Ottilie Fernbrook',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a record's person after English `for` ending the text (record_names.RECORD_NAMED, _RECORD_GOES_ON): by "
        "choice (closer 156), a service's page's shape (`Quote for Bathroom Renovation`, `Invoice for Photo "
        "Editing`): with no given names' list nothing tells the two"
    ): [
        'Quote for Perdita Quellmore',
    ],
}


ORDINARY_KEYS = [
    'memorial_type', 'wreath_size', 'ribbon_colour', 'engraving_font', 'kit_type', 'product_name',
    'event_host_platform', 'lead_time', 'ticket_status', 'review_rating', 'obituary_template', 'dna_match_count',
    'dna_match_cm', 'informant_type', 'grave_holder_type', 'is_deceased',
]

PERSONAL_KEYS = [
    'deceased_name', 'informant_name', 'nom_defunt', 'grave_holder_name', 'plot_owner_name', 'informant_phone',
    'verstorbener_vorname', 'declarante_nombre', 'dna_relative_name', 'deceased_first_name', 'genetic_match_email',
    'nom_du_defunt',
]

LEAKED_KEYS: Dict[str, List[str]] = {
}


ORDINARY_URLS = [
    'https://shop.example.com/obituaries/local-news/', 'https://shop.example.com/obituaries/',
    'https://shop.example.com/memorial/benches', 'https://shop.example.com/memorial/create',
    'https://shop.example.com/dna/matches', 'https://shop.example.com/obituary/templates',
    'https://shop.example.com/funeral-flowers/lily-wreath', 'https://shop.example.com/contacts/123/edit',
    'https://shop.example.com/search?q=lily+wreath', 'https://shop.example.com/family-tree/template-4-generations',
    'https://shop.example.com/wedding-albums/ivory-linen-30x30',
    'https://shop.example.com/esquela/ejemplos-de-esquelas/', 'https://shop.example.com/leads/new',
    'https://shop.example.com/obituaries/2026/11/14/', 'https://shop.example.com/memorial/oak-bench-brass-plaque',
    'https://shop.example.com/sympathy/white-roses-bouquet', 'https://shop.example.com/condolences/sympathy-cards',
    'https://shop.example.com/dna/kit/activate', 'https://shop.example.com/search?q=family+tree+template',
    'https://shop.example.com/quotes/kitchen-fitting',
]

PERSONAL_URLS = [
    'https://shop.example.com/obituaries/2026/11/14/ottilie-fernbrook-1938-2026/',
    'https://shop.example.com/memorial/83710254/ottilie-fernbrook',
    'https://shop.example.com/esquela/lucia-quernadez-ostriv/',
    'https://shop.example.com/dna/match/perdita-quellmore-912cm',
    'https://shop.example.com/contacts/391846/perdita-quellmore',
    'https://shop.example.com/traueranzeige/wiebke-strandhagel/kondolenzbuch',
    'https://shop.example.com/leads/anselm-drayford-391846/edit',
]

LEAKED_URLS: Dict[str, List[str]] = {
}


globals().update(review_tests(globals()))
