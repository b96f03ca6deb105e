"""Review 34: session 44's closers 187 to 192 (review 32's dropped values: allergens' foods, sign-ups' day shares,
trips' destinations, tips' audiences, bridal venues and fittings, brand words, engraved pairs, age ratings, titled
states; referral_links.py; home_services.py: clients', pros', bookings', visits' words before a name, key boxes,
`pw`, sole traders' numbers, marketplace conversations, quotes' and record checks' files; betting:
role_labels.BETTORS, wagers.py, payees.PAYOUTS, players' keys; review 33's regressions: diseases, labs, employers,
recruiting branches, witnesses' states, after a death, regions, records and game titles, server members) attacked
both ways by an outsider who has read them: what home-services marketplaces, bookmakers, lotteries, fantasy games,
referral programmes, labs, job boards and town halls send near those rules (a status, a tier, a firm, a team, a
market, a service, a public athlete or pundit after a label, `for`, `by`, `von`, `door`, `an` or a dash) that must go
out, and personal near variants (lower case, a particle, `<Family>, <Given>`, a bracket, a dash for a colon, words
after the name) that must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by
privacy.clean_url. What fails today is a strict expected failure grouped by family, each naming the rule that decides
it; each says whether session 44's start (c8f9f66d) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (a client's or a pro's label before a state, a public body, a firm or a kind (closer 189: home_services._CLIENT,
    # _PRO))
    'Homeowner: Not Required', 'Homeowner: Prefer Not to Say', 'Homeowner: Council Tenant', 'Homeowner: Joint Owners',
    'Homeowner: Housing Association', 'Committente: Comune di Milano', 'Opdrachtgever: Gemeente Utrecht',
    'Zleceniodawca: Urząd Miasta', "Donneur d'ordre : Maître d'ouvrage", 'Tasker: Elite Tasker',
    'Tasker: Top Tasker 2025', 'Carer: Live In', 'Carer: Night Shift', 'Sitter: Cat Lover', 'Nanny: Maternity Nurse',
    'Dog walker: Rover Verified', 'Babysitter: Sitters Club', 'Oppas: Opa Jan', 'Homeowner: yes', 'homeowner=true',
    'committente=Comune di Roma', '{"homeowner": "Yes", "tasker": "Top Rated"}', '{"donneur_ordre": "Mairie de Lyon"}',
    # (a job's service, area, day or audience after `for` (closer 189: home_services._FOR_NAME, CONFIRMED_WORDS))
    'Booking confirmed for Boiler Service', 'Booking confirmed for IKEA Assembly', 'Plumber for Canary Wharf',
    'Cleaner for Airbnb Properties', 'Electrician for EV Charger Install', 'Handyman for IKEA Assembly',
    'Termin bestätigt für Heizungswartung', 'Rezerwacja potwierdzona dla Firmy', 'Afspraak bevestigd voor Glazenwasser',
    'Cleaner for End of Tenancy', 'Booking confirmed for Peppa Pig World',
    'Booking confirmed for Taylor Swift Eras Tour',
    'Booking confirmed for Harry Potter Studio Tour', 'Carer for Alzheimer Patients', 'Nanny for Twins',
    "Babysitter for New Year's Eve", 'Dog walker for Hampstead Heath', 'Plumber for Thames Water Leaks',
    'Booking confirmed for British Gas Boiler Care', 'DBS check for Volunteers', 'DBS check confirmed for Girl Guides',
    'Appointment confirmed for Mrs Hinch Cleaning Masterclass', 'Booking confirmed for Next Tuesday',
    'Booking confirmed for Christmas Eve', 'Appointment confirmed for Annual Service',
    "Booking confirmed for Anne Hathaway's Cottage", "Booking confirmed for Shakespeare's Globe",
    'Afspraak bevestigd voor Koningsdag', 'Dienstbuchung bestätigt für Frühjahrsputz', 'Booked: Pilates for Beginners',
    # (a brand after an honorific, a hotel after a family's word (closer 189: _VISIT_HONORED, _FAMILY))
    'Visit – Mr Muscle Kitchen Cleaner', 'Visit – Dr Oetker Welt', "Booking – Mrs Crimble's",
    'Appointment – Dr Martens Store', 'Visit log – Mr Fixit –', 'Besuch – Herr der Ringe –', 'Termin für Familie Plan',
    'Familienangebot für Familie Plus', 'Termin bei Familie Feuerstein Show', 'Ferien bei Familie Hotel Alpenrose',
    'Stay – Familie Hotel Sonnenhof', 'Urlaub bei Familie Stadler Hotel',
    # (a marketplace's, a team's or a review site's name as a message's or a review's sender (closer 189: _MESSAGE,
    # _DOOR, _RELATED))
    'Message from Checkatrade:', 'Message from TaskRabbit Support:', 'Nachricht von MyHammer:', 'Bericht van Werkspot:',
    'New message from Bark Team:', 'Message from Rated People:', 'Message from MyBuilder Team:',
    'Nachricht von Helpling Service:', 'Bericht van Helpling Nederland:', 'Messaggio da Pronto Pro:',
    'Wiadomość od Fixly Support:', 'Beoordeling van 5 sterren door Google Reviews',
    'Review – geplaatst door Trustpilot Nederland', 'Beoordeling door Klantenservice Werkspot',
    'Recensie – 4 sterren door Trusted Shops', 'Ervaring – geschreven door Eigen Huis',
    'Our cleaner Dyson V15 was great',
    'My nanny Cam Pro review', 'Our gardener Green Thumb did well', 'Our nanny Nanny Poppins Agency was',
    'Customer Service calls back within 24 hours', 'Kunde Service ruft zurück', 'Kunde Service fragt nach',
    'Klant Service belt terug', 'Customer Support calls back', 'Client Premium demande un devis',
    # (a key box's, a password's and a quote's or a record check's guidance (closer 189: access_codes, key_lexicon,
    # personal_documents))
    'Lockbox: Available on Request', 'Key safe: See Instructions', 'Schlüsselbox vorhanden', 'pw: see email',
    'Quote for Kitchen Refit.pdf', 'Angebot_Badsanierung_2026.pdf', 'Devis_Plomberie_2026.pdf',
    'DBS_Check_Guidance.pdf', 'Führungszeugnis_Antrag_Muster.pdf', 'VOG_aanvragen_Justis.pdf',
    # (a bettor's label before a team, a brand or a state (closer 190: role_labels.BETTORS))
    'Tipster: Sky Sports', 'Tipster: Gold Member', 'Tipster: Premier League', 'Contest winner: Grand Prize',
    'Lottery winner: Unclaimed Prize', 'Syndicate manager: Camelot', 'Tipper: Kicktipp Pro', 'Tipper: Kicktipp Liga',
    'Tippgeber: Kicker Redaktion', 'Bettor: New Customer', 'Lotto winner: Camelot Group', 'Mitspieler: Alle Mitglieder',
    'Player: Bukayo Saka – bet builder 3.25', 'Player of the Month: Cole Palmer – Lotto',
    # (a bet's source, an operator, a team after an agent's preposition (closer 190: wagers.SHARED_BY,
    # OPERATOR_WORDS))
    'Bet slip shared by Oddschecker', 'Bet from Ladbrokes', 'Wette von Bet365', 'Wettschein von Tipico',
    'Apuesta compartida por Codere', 'Schedina giocata da Sisal', 'Pari partagé par Winamax',
    'Bet on Manchester City by Erling Haaland', 'Acca from Sky Bet Super 6', 'Apuesta por Real Madrid',
    'Bet from Betfred', 'Tippschein von Lotto Bayern', 'Kupon od STS', 'Bet placed by Mobile App',
    'Bet slip shared by WhatsApp', 'Bet slip shared from Betting Tips', 'Wette platziert von Mobile App',
    'Schedina giocata da Gazzetta Dello Sport', 'Pari placé par Application Mobile', 'Bet Builder by Opta Stats',
    'Bet by Bet Builder', 'Parlay by Action Network', 'Lottery ticket from Post Office',
    'Lotto ticket from Tesco Express', 'Tippschein von Lotto Hessen', 'Tippschein von Westlotto',
    'Spielschein von Eurojackpot', 'Weddenschap door Toto Sport', 'Kupon od Fortuna Online',
    # (a gambling account's record for a scheme, a document, a game or a period (closer 190: wagers.MADE_OUT))
    'Self-exclusion confirmed for GamStop', 'Deposit limit set by Operator', 'Form W-2G for Casino Winnings',
    'Lottery ticket for EuroMillions Friday', 'Lotto ticket for Saturday Draw', 'Powerball ticket for Mega Jackpot',
    'Age verification by Yoti', 'Identity check by Onfido', 'KYC check by Sumsub', 'Verifizierung für Neukunden',
    'Self-exclusion confirmed for Online Casino', 'KYC check pending for Bank Statement',
    'Deposit limit set by Customer Service', 'Loss limit reached for Live Casino',
    'Identity check failed for Driving Licence', 'Verifizierung für Sportwetten', 'Form W-2G for Slot Jackpot',
    'Lottery ticket for Christmas Raffle', 'Euromillions ticket for Friday Draw', 'Syndicate share for Office Pool',
    # (a payout's wallet, bank or card (closer 190: payees.PAYOUTS))
    'Auszahlung an Paypal', 'Auszahlung an Neteller', 'Withdrawal to Skrill', 'Payout to Revolut',
    'Withdrawal to Bank Account', 'Retrait vers Apple Pay', 'Cash out to Visa Debit', 'Auszahlung an Trustly',
    'Prelievo a favore di Postepay', 'Uitbetaling naar ING Rekening', 'Wypłata na BLIK', 'Withdrawal to Wise',
    'Payout to Monzo', 'Winnings payment to Lloyds Bank', 'Retiro a Bizum', 'Saque para Pix',
    'Utbetalning till Swish', 'Auszahlung an Gewinner', 'Auszahlung an Bankkonto', 'Auszahlung an Girokonto',
    'Payout to Winners', 'Withdrawal to Bank Transfer', 'Withdrawal to Debit Card', 'Withdrawal to Paysafecard',
    'Withdrawal to Crypto Wallet', 'Cash out to Venmo', 'Payout to Coinbase', 'Prelievo a favore di Conto Corrente',
    'Retrait vers Compte Bancaire', 'Retiro a Cuenta Bancaria', 'Uitbetaling aan Winnaar', 'Uttak til Vipps',
    # (closer 187's families in other words)
    'Allergens: Milk (Cow, Buffalo)', 'Allergens: Nuts (Pecan, Brazil)', 'Allergènes : Fruits à coque (Noix, Pistache)',
    'School Trip Lake District', 'School Trip Isle of Wight', 'Klassenfahrt Bodensee Lindau',
    'Klassenfahrt Harz Brocken',
    'Gita scolastica Lago di Garda', 'Thanks Chat for the sub', 'Danke Leute für den Raid', 'Thanks YouTube for 100k',
    'Fitting: Slim Fit', 'Fitting: Petite Size', 'Wedding enquiry – Loch Lomond', 'Wedding enquiry – Castle Howard',
    'Payment request from Anglian Water', 'Payment request from Octopus Energy', 'Engraving: Salt & Pepper',
    'Engraving: Mr & Mrs', 'Age: 12+ (USK 12)', 'Age: 18+ (ESRB M)', 'Age: 16+ (PEGI 16) – Violence',
    'Helpline: 0800 123 456', 'Customer care: 0345 600 1234', 'Receipt – donation from Payroll Giving',
    'Payment request from Salvation Army', 'Signup – Half Term Holidays', 'Anmeldung – Herbstferien Woche 1',
    'Inscription – Vacances de la Toussaint',
    # (closers 191's and 192's families in other words)
    'Lab results for Hashimoto Thyroiditis', 'Lab results for Lyme Disease', 'Laborbefund für Morbus Crohn',
    'Lab results for Hodgkin Lymphoma', 'Lab results for Graves Disease', 'Lab results for Celiac Disease',
    'Lab results for Type 2 Diabetes', 'Lab results for Vitamin D', 'Lab results for Covid Antibodies',
    'Witness: Not Needed', 'Zeuge: Nicht Erforderlich', 'Témoin : Non Requis', 'Testigo: Opcional',
    'The deceased: Bereavement Support', 'The deceased: Funeral Arrangements', 'The deceased: Register a Death',
    'Der Verstorbene: Erbschein Beantragen', 'Le défunt : Succession et Notaire', 'Birth certificate – South Australia',
    'Marriage certificate – British Columbia', 'Death certificate – Northern Ireland',
    'Birth certificate – Isle of Man',
    'Birth certificate – General Register Office', 'Highscore: Mario Kart 8 – 9.999 Punkte',
    'Parental consent for Roblox Studio, age 10', 'Parental consent for Fall Guys, age 8',
    'Parental consent for Rocket League Sideswipe, age 11', 'Dyno Bot (dyno) joined the server',
    'MEE6 Bot (mee6) joined the server', 'Server Moderator (modteam) joined the server', 'Recruiter: Hays Deutschland',
    'Recruiter: Randstad Nederland', 'Recruiter: Adecco Italia', 'Lebenslauf_Siemens_Bewerbung.pdf',
    'CV_Amazon_Warehouse_2026.pdf', 'Form 1099-B issued to Brokerage Customers', 'ABHA address: xyz@abdm',
    'Nombre: No Aplica',
    # (closer 198: a client's or a pro's standing, a firm or a service's terms after their label (home_services._CLIENT,
    # _PRO with standings.a_standing); a bettor's club, tier or market after a bettor's label
    # (role_labels.a_bettors_thing))
    'Homeowner: Landlord', 'Homeowner: Tenant', 'Homeowner: First Time Buyer', 'Homeowner: Private Landlord',
    'Huiseigenaar: Woningcorporatie Ymere', 'Hausbesitzer: Vonovia Immobilien', 'Committente: Pubblica Amministrazione',
    "Donneur d'ordre : Particulier", 'Tasker: Background Checked', 'Tasker: Fully Insured', 'Tasker: Same Day',
    'Tasker: Great Value', 'Sitter: Fully Vetted', 'Sitter: Star Sitter', 'Nanny: Part Time', 'Nanny: Live Out',
    'Babysitter: Last Minute', 'Pflegekraft: Examinierte Altenpflegerin', 'Pflegekraft: Pflegedienst Sonnenschein',
    'Caregiver: Home Instead', 'Childminder: Ofsted Registered', 'Tagesmutter: Kita Ersatz', 'Tipster: Racing Post',
    'Tipster: Tipico Experten', 'Tipster: Betting Expert', 'Tipster: Pro Tipster', 'Tipster: Free Tips',
    'Tipster: Tips Daily', 'Tipster: Racing Tips', 'Tipster: Top Tipster', 'Tipster: Horse Racing',
    'Punter: Betfair Exchange', 'Punter: Casual Punter', 'Parieur : Mode Expert',
    'Parieur : Non Vérifié', 'Parieur : Olympique Marseille', 'Apostador: Nivel Oro', 'Apostador: Nivel Platino',
    'Apostador: Real Madrid', 'Jackpot winner: Lucky Dip', 'Jackpot winner: Mega Moolah',
    'Jackpot winner: Starburst Slot', 'Mitspieler: Bayern München', 'Spielleiter: Lotto Bayern',
    'Scommettitore: Inter Milano', 'Gokker: Holland Casino', 'Contest winner: Fantasy Football',
    # (closer 198: a device, an outlet, a market after a bet's agent's preposition, a document, a period, an audience
    # after a gambling record's `for` or `by` (wagers._a_player with standings.a_standing); a payout to a winner's word,
    # an app or a retailer (payees._a_counterparty))
    'Kupong av Svenska Spel', 'Bet slip shared by Football Insider', 'Wettschein geteilt von Kicker Online',
    'Bet placed from Apple Watch', 'Apuesta realizada por Teléfono Móvil', 'Acca by Match Day', 'Bet from Golden Goal',
    'KYC check failed for Proof Address', 'KYC check failed for Invalid Document',
    'Age verification failed for Expired Passport', 'Deposit limit set for Weekly Period',
    'Self-exclusion for Problem Gamblers', 'Selbstsperre für Alle Anbieter', 'Self-exclusion by Multi Operator',
    'Payout to Lucky Winner', 'Payout to Cash App', 'Gewinnauszahlung an Lotto Annahmestelle',
    # (closer 198: a job's service, a firm, a support desk or a holiday park where home_services reads a person
    # (home_services._a_person with standings.a_standing and brand_words.a_business_name), a register's own page or a
    # trade's service after its number's dash (_REGISTERED))
    'Appointment confirmed for Gas Safety Check', 'Appointment confirmed for Boiler Repair',
    'Terminbestätigung für Fenster Putzen', 'Rendez-vous confirmé pour Entretien Chaudière',
    'Background check passed for Uber Eats', 'Background check passed for Deliveroo Rider',
    'DBS check confirmed for Scout Leaders', 'Plumber for Mr Clean', 'Booking – Mr Sheen Polish',
    'Bezoek – familie Vakantiepark', 'Message from Gas Safe Register:', 'Message from Octopus Energy:',
    'Mensaje de Cronoshare Soporte:', 'Our plumber Pimlico Plumbers was great', 'My cleaner Molly Maid came today',
    'Gas Safe Register no. 123456 – Check an Engineer', 'Gas Safe registration 567890 – Find an Engineer',
    'Handwerksrolle Nr. 12345 – Handwerkskammer München', 'NICEIC registration no. 654321 – Approved Contractor',
    'Gas Safe Register no. 123456 – Verify Online', 'Gas Safe registration 567890 – Boiler Installation',
    'NICEIC registration no. 654321 – Domestic Installer', 'Handwerksrolle Nr. 12345 – Elektrotechnik Meister',
    'OFTEC registration 123456 – Oil Boiler Service',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a bettor's label before a bettor's jargon or a club named by its town (role_labels.a_bettors_thing, closer "
        "198: `High`, `Roller`, `Sharp`, `Money` are family names too, so standings.STANDING_WORDS leaves them out; "
        "`Paris`, `Warszawa`, `Poznań` after a club's short name are towns and family names too, only a list of "
        "clubs tells `Legia Warszawa` from `Orla Paris`); went out at the session's start"
    ): [
        'Bettor: High Roller', 'Bettor: Sharp Money', 'Parieur : Paris Saint-Germain',
        'Gracz: Legia Warszawa', 'Gracz: Lech Poznań', 'Typer: Legia Warszawa',
    ],
    (
        "a public athlete after a player's label in a text holding a stake's word, a bet on him "
        "(role_labels.SHARED_PLAYER_WORDS with role_labels.STAKES: `Player: Kylian Mbappé` goes out, `… – coupon` or "
        "`… – Lotto` keeps it; only a list of public people tells an athlete from a bettor); went out at the "
        "session's start"
    ): [
        'Player: Kylian Mbappé – Lotto lørdag', 'Spieler: Erling Haaland – Tippschein Bundesliga',
        'Player: Lionel Messi – coupon 2.50', 'Spieler: Thomas Müller – Toto Ergebniswette',
        'Joueur : Kylian Mbappé – coupon Winamax', 'Jugador: Lamine Yamal – quiniela jornada 12',
        'Giocatore: Lautaro Martinez – schedina Serie A', 'Spiller: Erling Haaland – Lotto',
        'Player: Harry Kane – Lottery scratchcard promo',
    ],
    (
        "a bookmaker spelled as a person's full name, a trophy after a bet's agent's preposition (wagers.SHARED_BY "
        "with standings.a_standing, closer 198: `Paddy Power`, `William Hill` hold only names' words, `Boot` is a "
        "family name; only a list of brands tells them); went out at the session's start"
    ): [
        'Bet slip from Paddy Power', 'Bet slip from William Hill', 'Bet by Golden Boot',
    ],
    (
        "a pundit's or a public sportsman's tip or bet after `by` (wagers.SHARED_BY: only a list of public people "
        "tells `Jeff Stelling`, `Bill Simmons`, `Tiger Woods` from a player; wagers.py leaves a tip's noun out for "
        "that reason, not `acca`, `wager`); went out at the session's start"
    ): [
        'Accumulator by Jeff Stelling', 'Wager by Bill Simmons', 'Wager by Tiger Woods',
    ],
    (
        "a day, a holiday, a sight, a venue, a restaurant or a job's service after a booking's or a reservation's "
        "`confirmed for` (record_names' record made out to a person, key_lexicon.RECORD_FOR, not closer 189: refused "
        "with home_services.reason left out), a show or a brand after an honorific; refused at the start too"
    ): [
        'Booking confirmed for Saturday Morning', 'Booking confirmed for Friday Afternoon',
        'Booking confirmed for Boxing Day', 'Booking confirmed for Bank Holiday', 'Booking confirmed for Half Term',
        'Booking confirmed for Deep Clean', 'Appointment confirmed for Flu Jab',
        'Appointment confirmed for Smart Meter',
        'Visit confirmed for Buckingham Palace', 'Visit confirmed for Tower Bridge',
        'Booking confirmed for Tate Modern',
        'Booking confirmed for Natural History Museum', 'Booking confirmed for Windsor Castle',
        'Booking confirmed for Lake Como', 'Booking confirmed for St Pancras', 'Reservation confirmed for Le Cinq',
        'Reserva confirmada para Casa Batlló', 'Reserva confirmada para Limpieza General',
        'Prenotazione confermata per Galleria Borghese', 'Prenotazione confermata per Pulizia Casa',
        'Buchung bestätigt für Schloss Neuschwanstein', 'Réservation confirmée pour Grand Ménage',
        'Booking confirmed for Mr Tumble Show', 'Booking confirmed for Dr Martens Repair',
        "Booking for Mrs Brown's Boys", 'Booking for Dr Who Experience', 'Booking for Mr Bean Live',
        'Cleaner for Mrs Hinch Fans', 'Visite – Mme Tussauds',
    ],
    (
        "closer 187's families in other words: German nuts in an allergen's bracket (allergens._ALLERGEN_FOODS: "
        "`Haselnuss`, `Walnuss`), French `Tout le Monde` thanked (greetings._GREETED_OBJECTS), water utilities and a "
        "building society (brand_words.BRAND_WORDS: `Severn Trent`, `Dwr Cymru`, `Building Society`), a famous "
        "couple engraved (record_names._TABLE_GOODS: only a list of couples tells `Romeo & Juliet`), a gamertag's "
        "state (personal_keys._TITLED_STATES: `Not Set`, `Pending Verification`); refused at the start too"
    ): [
        'Allergene: Schalenfrüchte (Haselnuss, Walnuss)', 'Merci Tout le Monde pour les subs',
        'Payment request from Severn Trent', 'Payment request from Dwr Cymru',
        'Payment request from Nationwide Building Society', 'Engraving: Bonnie & Clyde', 'Engraving: Romeo & Juliet',
        'Gamertag: Not Set', 'Gamertag: Pending Verification',
    ],
    (
        "closers 191's and 192's families in other words: a deficiency's or an organ's values after a lab result's "
        "`for` (patient_records.NOT_PATIENTS), a witness's kind `Character Reference` "
        "(role_labels.WITNESS_STATES_AND_KINDS), a record's `New Personal Best` and a hero's game title "
        "(race_results.RECORDS_AND_TITLE_WORDS), games' titles before an age (parental_consents.GAME_TITLE_WORDS), "
        "a field's answer `Not Provided`, `Not Known` (postal.FIELDS_ANSWERS); refused at the start too"
    ): [
        'Lab results for Iron Deficiency', 'Laborbefund für Schilddrüse Werte', 'Witness: Character Reference',
        'Leaderboard: New Personal Best – 12,000 pts', 'Leaderboard: Sonic Frontiers – 3,000 pts',
        'Highscore: Crash Bandicoot 12.000 Punkte', 'Parental consent for Pokémon Scarlet, age 9',
        'Parental consent for Zelda Tears, age 12', 'Parental consent for Stardew Valley, age 10',
        'Name: Not Provided', 'Name: Not Known',
    ],
}


PERSONAL = [
    # (kept since closer 194: a winnings form's words before its holder, personal_documents' "a player's winnings")
    'Form W-2G issued to Orla Quenby',
    # (kept: a client's, a pro's label before a name, by language, with an honorific or an initial; closer 189)
    'Homeowner: Orla Quenby', 'Home owner – Orla Quenby', 'Hauseigentümer: Tjorven Dunstreth',
    'Hausbesitzerin: Frau Ilse Wendtkamp', 'Committente: Sig.ra Ilvara Dunstreth', 'Opdrachtgever: Dhr. T. Dunstreth',
    'Zleceniodawca: Pani Orla Quenby', 'Client: Orla Quenby', 'Cliente: Orla Quenby', 'Tasker: Ilvara D.',
    'Tasker: I. Dunstreth', 'Tagesmutter: Frau Wendtkamp', 'Pflegekraft: Herr Dunstreth', 'Nounou : Mme Quenby',
    '{"homeowner": "Orla Quenby"}', 'committente=Orla%20Quenby',
    # (kept: a booking, a visit, a family, a customer, a message, a register made out to a person; closer 189)
    'Booking confirmed for Orla Quenby', 'Booking confirmed for O. Quenby', 'Booking confirmed for Mrs Quenby',
    'Booking for Mrs. Quenby', 'Plumber for Mrs Quenby', 'Termin bestätigt für Herrn Tjorven Dunstreth',
    'Termin bestätigt für Tjorven Dunstreth am Montag', 'Termin für Frau von Wendtkamp',
    'Afspraak bevestigd voor mevrouw Van den Berg', 'Rendez-vous confirmé pour Mme de Quenby',
    'Prenotazione confermata per Ilvara De Dunstreth', 'Reserva confirmada para Sra. García López',
    'Rezerwacja potwierdzona dla Pani Kowalskiej', 'Visit – Mrs Orla Quenby (Tuesday)', 'Care notes – Mrs Quenby',
    'Carer visit log – Mr Quenby – 09:00', 'Carer visit log – Mr Quenby (Tuesday)',
    'Terminbestätigung für Familie Wendtkamp', 'Terminbestätigung für Fam. Wendtkamp', 'Termin bei Familie Wendtkamp',
    'Kunde Wendtkamp ruft zurück', 'Kundin Frau Wendtkamp ruft zurück', 'Customer Quenby called back',
    'Message from Orla Quenby:', 'Message from Orla Q.:', 'New message from Orla Quenby – Kitchen tap',
    'Nachricht von Tjorven Dunstreth:', 'Our babysitter Orla Quenby was wonderful',
    'Our cleaner Orla Quenby came today', 'Gas Safe Register no. 123456 – Tjorven Dunstreth',
    'Gas Safe Register no. 123456 - T. Dunstreth',
    # (kept: key boxes' codes, `pw`, quotes' and record checks' files, sole traders' numbers; closer 189)
    'Lockbox: 4821', 'Key safe code 4821', 'Key safe: 4821, side door', 'Schlüsselbox Code 4821', 'pw: Sunflower88',
    'PW: Sunflower88', 'Quote_Orla_Quenby_kitchen.pdf', 'DBS_Check_Orla_Quenby.pdf',
    'Führungszeugnis_Tjorven_Dunstreth.pdf', 'VOG_Ilse_van_Wendtkamp.pdf', 'Facture_CESU_QUENBY_Orla_2025.pdf',
    'SIRET 123 456 789 00012 – Orla Quenby EI', 'Auto-entrepreneur Orla Quenby – SIRET 12345678900012',
    'Einzelunternehmen Tjorven Dunstreth – USt-IdNr DE123456789', 'Sole trader Orla Quenby, UTR 1234567890',
    'Jednoosobowa działalność gospodarcza Orla Kowalska NIP 1234567890',
    # (kept: a bettor's or a player's label before a name; closer 190)
    'Tipster: Orla Quenby', 'Tipster: O. Quenby', 'Punter: Mr Quenby', 'Parieur : Mme Orla Quenby',
    'Apostador: Tjorven Dunstreth', 'Gracz: Tjorven Dunstreth', 'Typer: Tjorven Dunstreth',
    'Spieler: Tjorven Dunstreth – Lottoschein 12', 'Player: Tjorven Dunstreth – bet slip #4821',
    'Speler: Tjorven van Dunstreth – Toto', 'Syndicate member: Orla Quenby',
    # (kept: a bet shared by a person, a gambling record made out to one; closer 190)
    'Bet slip shared by Orla Quenby', 'Bet slip shared by O. Quenby', 'Bet slip from Orla Quenby',
    'Wettschein von Tjorven Dunstreth', 'Wettschein von Herrn Dunstreth', 'Schedina giocata da Ilvara De Dunstreth',
    'Apuesta compartida por Orla Quenby', 'Pari partagé par Orla Quenby', 'Kupon od Tjorvena Dunstretha',
    'Self-exclusion confirmed for Orla Quenby', 'Self-exclusion confirmed for Mrs Quenby',
    'KYC check failed for Orla Quenby', 'KYC check failed for O. Quenby', 'Deposit limit set by Orla Quenby',
    'Form W-2G 2026 for Orla Quenby', 'Lottery ticket for Orla Quenby', 'Selbstsperre für Tjorven Dunstreth',
    'Spelpaus för Ilse Wendtkamp',
    # (kept: a payout to a person; closer 190)
    'Auszahlung an Tjorven Dunstreth', 'Auszahlung an Herrn Dunstreth', 'Auszahlung an T. Dunstreth',
    'Withdrawal to Orla Quenby', 'Payout to Orla Quenby (Monzo)', 'Bonifico vincita a favore di Ilvara De Dunstreth',
    # (kept: closers 191's and 192's people)
    'Lab results for Orla Quenby', 'Lab results for Mrs Quenby', 'Laborbefund für Frau Wendtkamp',
    'Witness: Orla Quenby', 'Zeuge: Herr Tjorven Dunstreth', 'The deceased: Orla Quenby', 'The deceased: Mrs Quenby',
    'The deceased: Orla Quenby – Estate Administration', 'Birth certificate – Orla Quenby',
    'Birth certificate – Quenby, Orla', 'Leaderboard: Orla Quenby – 12,000 pts',
    'Parental consent for Tjorven Dunstreth, age 10', 'Parental consent for Tjorven Craft, age 10',
    'Recruiter: Orla Quenby', 'Recruiter: Orla Quenby, Hays', 'Recruiter: Orla Quenby (Randstad)',
    'CV_Orla_Quenby_2026.pdf', 'Lebenslauf_Tjorven_Dunstreth_Siemens.pdf', 'CV_QUENBY_Orla_Amazon.pdf',
    'Form 1099-B issued to Orla Quenby', 'ABHA address: orla.quenby@abdm', 'ABHA address: orlaquenby88@abdm',
    'Name: Orla Quenby', 'Panie Tjorven, dziękujemy',
    # (kept since closer 200: session 44's regressions, a state or an answer before a dash and a name
    # (postal._a_name_after_its_dash), a compass point after a given name (brand_words.a_carriers_compass_point), an
    # intensifier closing a pair (race_results._names_no_player))
    'Witness: Not Required – Orla Quenby', 'Name: Not Applicable – Orla Quenby', 'Birth certificate – Orla Western',
    'Highscore: Tjorven Super 12.000 Punkte',
    # (kept since closer 200: a dash for a label's colon where the label opens the text (home_services._PRO_DASHED,
    # postal._weak_label_cued with role_labels.names_a_bettor), a confirmation's colon for `for`
    # (home_services._CONFIRMED_NAME, wagers.MADE_OUT_COLON), a name before `on`/`at` and a day or a time
    # (home_services._WHEN), a household pro `booked` as a confirmation (_PRO_BOOKED), `booked by` (_BOOKED_BY), a
    # review's stars before `by` (_DOOR), a cleaner's honorific (_RELATED), `the … family` (_THE_FAMILY))
    'Babysitter – Orla Quenby', 'Tipster – Orla Quenby', 'EuroMillions syndicate manager – Orla Quenby',
    'Booking confirmed: Orla Quenby', 'Booked for: Orla Quenby', 'KYC check failed: Orla Quenby',
    'Cleaner booked for Orla Quenby on Friday', 'Booking confirmed for Orla Quenby on 12 May',
    'Booking confirmed for Orla Quenby at 10:00', 'Plumber booked by Orla Quenby', 'Review – 5 stars by Orla Quenby',
    'Unsere Putzfrau Frau Wendtkamp kommt dienstags', 'Booking for the Quenby family',
    # (kept since closer 200: a Dutch particle in a client's, a pro's, a booking's, a review's, a bet's or a payout's
    # name (home_services._NAME, record_names._a_name), a capitalized particle after the family's word (_FAMILY), a
    # family name first after a confirmation's `for` (_FAMILY_FIRST), a review's word before `door`)
    'Opdrachtgever: Tjorven van Dunstreth', 'Oppas: Ilse van Wendtkamp', 'Booking confirmed for Quenby, Orla',
    'Afspraak bevestigd voor Mevr. van Dunstreth', 'Reinigung – familie Van Dunstreth,',
    'Beoordeling door Ilse van Wendtkamp', 'Beoordeling – 5 sterren door Ilse van Wendtkamp',
    'Weddenschap van Ilse van Wendtkamp', 'Uitbetaling aan Ilse van Wendtkamp',
    # (kept: closer 187's people)
    'Thanks Orla Quenby for the sub', 'Danke Tjorven Dunstreth für den Raid', 'Wedding enquiry – Orla Quenby',
    'Fitting: Orla Quenby', 'Engraving: Orla & Tjorven', 'Engraving: Orla Quenby & Tjorven Dunstreth',
    'Payment request from Orla Quenby', 'Receipt – donation from Orla Quenby', 'Gamertag: Orla Quenby',
    'Age: 15+ (Orla Quenby)', 'Allergens: Milk (Orla Quenby)', 'Helpline: Orla Quenby 0808 123 4567',
    # (kept since closer 199: a full name in lower case after a cue introducing a person, a preposition or a person's
    # label and its colon, read capitalized (lower_case_names.titled))
    'homeowner: orla quenby', 'Sitter: ilvara dunstreth', 'Booking confirmed for orla quenby',
    'Message from orla quenby:', 'Tipster: orla quenby', 'Player: tjorven dunstreth – Lotto',
    'Bet slip shared by orla quenby', 'Self-exclusion confirmed for orla quenby', 'Payout to orla quenby',
    'Witness: orla quenby', 'Payment request from orla quenby',
    # (kept since closer 199: a capitalized family name, a comma and the given name after the same cues, read given
    # name first (lower_case_names.titled))
    'Tasker: Dunstreth, Ilvara', 'Tipster: Quenby, Orla',
    # (kept since closer 204: a tip's thanks before a name in lower case (lower_case_names.cued_alone), a pro's given
    # name and the family name in a bracket (home_services._PRO_BRACKETED), a visit's log closing on its dash or opening
    # on a colon (_VISIT_HONORED), a register's holder in a bracket (_REGISTERED), a Polish payout `dla` (payees
    # DIRECTIONS), a quote's customer in capitals first (personal_documents._capital_family_first), a member before a
    # handle and `joined` (named_in_text._JOINED_WITH_HANDLE), a couple's first name before `&` (record_names
    # BRIDAL_BOOKED))
    'Thanks orla quenby for the tip', 'Nanny: Orla (Quenby)', 'Carer visit log – Mr Quenby –',
    'Carer visit log – Mr. O. Quenby –', 'Besuch – Frau Wendtkamp –', 'Visit log: Mr Quenby',
    'Gas Safe no. 123456 (Tjorven Dunstreth)', 'Wypłata wygranej dla Tjorvena Dunstretha', 'Quote_QUENBY_Orla_2026.pdf',
    'Orla Quenby (orlaq) joined the server', 'Server Booster Orla Quenby (orlaq) joined the server',
    'Wedding enquiry – Orla Quenby & Tjorven Dunstreth',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a quote's file naming its customer family name first, not in capitals, before a capitalized job's word "
        "(personal_documents._QUOTES asks the customer before the job's words in lower case, a date or a code, or "
        "(closer 204) a family name in capitals first; German writes a job's noun capitalized, and only a list of "
        "given names would tell `Wendtkamp_Ilse` from a job's two words); went out at the start too"
    ): [
        'Angebot_Wendtkamp_Ilse_Bad.pdf',
    ],
    (
        "a tribute's word after the deceased's name (postal.after_a_death, closer 200: review 33's `The deceased: Paul "
        "Walker Tribute` goes out, and only a list of public people tells a star's tribute from a private one); "
        "refused at the session's start: a regression of session 44"
    ): [
        'The deceased: Orla Quenby Tribute',
    ],
    (
        "a fitting's honorific, a trip's, a sign-up's person (record_names' trips, meeting_guests.EVENT_WORDS ask a "
        "dash's name alone), a desk's person (postal._SITE_WORDS); went out at the start too"
    ): [
        'Fitting: Mrs Quenby', 'School Trip Orla Quenby', 'Signup – Orla Quenby', 'Anmeldung – Tjorven Dunstreth',
        'Security Desk Orla Quenby',
    ],
}


ORDINARY_KEYS = [
    # (a client's, a pro's, a bettor's, a payout's and a player's keys that hold no name (closers 189, 190))
    'homeowner_type', 'homeowner', 'is_homeowner', 'tasker_rating', 'tasker_count', 'sitter_rate', 'bettor_count',
    'bettor_type', 'punter_id', 'payout_method', 'payout_to', 'withdrawal_to', 'player_position', 'jugador_dorsal',
    'spieler_nummer', 'committente_tipo', 'inviter_type', 'tipster_rank', 'client_type', 'carer_visits', 'nanny_hours',
]


PERSONAL_KEYS = [
    # (kept: a player's, a client's, a sitter's name)
    'player_full_name', 'client_name', 'sitter_full_name',
    # (kept since closer 204: a client's, a pro's or a bettor's word before a name's (personal_keys._NAMED_PARTIES with
    # key_lexicon.CLIENT_WORDS, PRO_WORDS and role_labels.BETTORS))
    'homeowner_name', 'tasker_name', 'bettor_name', 'punter_name', 'tipster_name', 'parieur_nom',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "an Italian client's word alone as a key (closer 204 reads a client's word before a name's; `homeowner` alone "
        "is a yes or a no as often, and only the word's meaning tells Italian `committente`, the party, from it; "
        "`committente=` is read in text); went out at the start too"
    ): [
        'committente',
    ],
}


_SITE = "https://shop.example.com"


ORDINARY_URLS = [
    # (a referral programme's pages, campaigns, leagues and tiers (closer 188: referral_links.names_a_referrer))
    'https://www.example.com/referral/earn-100-dollars', 'https://www.example.com/referral/how-it-works',
    'https://www.example.com/referral/terms-and-conditions', 'https://www.example.com/invite/champions-league',
    'https://www.example.com/invite/premier-league-fantasy', 'https://www.example.com/join/fantasy-premier-league',
    'https://www.example.com/join/gold', 'https://www.example.com/join/vip-club',
    'https://www.example.com/invite/cheltenham-festival', 'https://www.example.com/referral/refer-a-friend',
    'https://www.example.com/parrainage/offre-bienvenue', 'https://www.example.com/einladen/freunde-werben',
    'https://www.example.com/join/team-liquid',
    # (a referral's source under its keys (closer 188: referral_links.CODE_KEYS, INVITER_KEYS))
    'https://www.example.com/referral/?ref=homepage', 'https://www.example.com/referral/?ref=footer',
    'https://www.example.com/signup?ref=producthunt', 'https://www.example.com/signup?ref=google-ads',
    'https://www.example.com/invite?invited_by=partner-program', 'https://www.example.com/referral/?code=WELCOME50',
    'https://www.example.com/invite/?ref=newsletter_2026',
    # (a marketplace's trades and inboxes' own pages (closer 189: counterparts.conversation_route))
    'https://www.checkatrade.com/trades/plumber/london',
    'https://www.taskrabbit.com/services/handyman/furniture-assembly', 'https://www.example.com/pro-messages/',
    'https://www.example.com/customer-inbox/help', 'https://www.example.com/messages/?with=support',
    'https://www.example.com/messages/?with=Customer+Service',
    # (a bookmaker's, a fantasy game's pages and athletes (closer 190: personal_keys._players_name_key))
    'https://www.bet365.com/#/AC/B1/C1/D8/E172658781/F3/',
    'https://www.paddypower.com/football/premier-league?player=haaland',
    'https://fantasy.premierleague.com/entry/123456/event/12',
    'https://www.example.com/betslip/?selection=Mohamed+Salah', 'https://www.example.com/fantasy/player/erling-haaland',
    'https://www.example.com/fantasy/?player=Bukayo+Saka',
    # (closer 198: a racing team's slug holds a market's word (referral_links._words_ordinary with
    # standings.STANDING_WORDS))
    'https://www.example.com/join/red-bull-racing',
]


DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a public athlete under a Spanish or a German player's key in a query (personal_keys._players_name_key and "
        "may_be_player_key, closer 190: only English `player` is left out; only a list of public people tells "
        "`Lamine Yamal`, `Jamal Musiala` from a bettor); went out at the session's start"
    ): [
        'https://www.example.com/odds/?jugador=Lamine+Yamal', 'https://www.example.com/stats/?spieler=Jamal+Musiala',
    ],
    (
        "a sporting event's two words as an invitation's code (referral_links.names_a_referrer: `world-cup-2026`, "
        "`grand-national`, `super-bowl-lx`, `ryder-cup`, `march-madness` read as a name's slug); refused at the start "
        "too"
    ): [
        'https://www.example.com/invite/world-cup-2026', 'https://www.example.com/invite/grand-national',
        'https://www.example.com/invite/super-bowl-lx', 'https://www.example.com/invite/ryder-cup',
        'https://www.example.com/invite/march-madness',
    ],
}


PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    # (kept: a player under a Spanish key, a side's inbox's counterpart (closers 189, 190))
    '/odds/?jugador=Tjorven+Dunstreth', '/customer_inbox/?with=orla-quenby',
    # (kept: a referrer's or an inviter's route or key (closer 188))
    '/referral/orla-quenby', '/referral/quenby88', '/invite/orla.quenby', '/invite/orla_quenby', '/invite/Orla-Quenby',
    '/join/orla-quenby-2026', '/einladung/tjorven-dunstreth', '/parrainage/orla-quenby',
    '/signup?invited_by=Orla+Quenby', '/signup?inviter=orla.quenby', '/signup?referred_by=orla_quenby',
    '/friend-invite/orla-quenby',
    # (kept since closer 204: a counterpart's full name under `with` (counterparts.counterpart_parameter), a given
    # name and an initial, a name's slug under `ref` or `/r/`, a camel-cased name under `referrer`, lower-case words
    # under `invited_by` (referral_links.names_a_referrer, referral_coded, route_names_a_referrer, referrer_named))
    '/pro-messages/thread?with=Orla+Quenby', '/messages/?with=Orla+Quenby', '/referral/orla-q',
    '/signup?ref=orla-quenby', '/signup?referrer=OrlaQuenby', '/r/orla-quenby', '/invite/?invited_by=orla+quenby',
)]


LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a referrer's full name glued in lower case, no digits after it (referral_links.names_a_referrer reads one "
        "word alone past a link kind's letters only: after a route's word it is a page's as often, "
        "`/referral/dashboard`, and only a list of given names would tell `orlaquenby`); went out at the start too"
    ): [f"{_SITE}{path}" for path in (
        '/referral/orlaquenby',
    )],
}


globals().update(review_tests(globals()))
