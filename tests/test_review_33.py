"""Review 33: sessions 43's and 44's closers 179 to 186 (games and streams: gift cards' dedications, parents'
consents, leaderboards, players' years and keys, a member's handle, YouTube's and Steam's profiles, an invitation's
inviter; e-government: the deceased's label, civil status certificates, an office's appointments, birthdays, closings;
fintech: referral links, cashtags, a P2P app's phone, a codice fiscale; telehealth: patient records, journals,
consultations, medical files, `&ndash;`, ABHA handles, patients' keys; recruiting: CVs' and cover letters' files,
applications, recruiting roles, LinkedIn's and Indeed's profiles, a salary's range, immigration ids; crypto: an
exchange account's codes, `?ref=` and referral routes' codes, OpenSea's profiles, tax forms and statements made out to
a holder, an individual's name, `Panie`, wallet owners' keys; review 32's payees, tips, desks, bays, ratings, named
parties' keys and witnesses) attacked both ways by an outsider who has read them: what game stores, streaming sites,
town halls, banks and payment apps, online pharmacies and labs, job boards, crypto exchanges and NFT marketplaces send
near those rules (brands, places, diseases, agencies, campaigns, forms' states, public people) that must go out, and
personal near variants (lower case, initials, `<Family>, <Given>`, a bracket, a dash, another language) that must be
kept. Text is read by detector.reason, keys by detector.key_reason, URLs by privacy.clean_url. What fails today is a
strict expected failure grouped by family, each naming the rule that decides it; each says whether session 43's start
(7f15236e) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (a gift card's sale day, game, store or subscription after `for` (closer 179: wishes.GIFT_CARDS, _CARD_GIVEN))
    'Steam gift card 50€ for Black Friday', 'Steam Gift Card for Counter-Strike 2',
    # (a parent's consent's state, game, means or audience (closer 179: parental_consents))
    'Parental consent: Roblox Voice Chat', 'Elterliche Zustimmung für Fortnite Festival',
    'Elterliche Zustimmung für Fortnite Festival, 12 Jahre', 'Parental consent for Roblox, 13 years',
    'Parental consent for Rocket League, age 12', 'Parental consent for Among Us, age 10',
    # (a leaderboard's team, club, mode or public figure (closer 179: race_results._SCORED))
    'Leaderboard #1: Fnatic – 3,200 pts', 'Leaderboard: Ranked Solo – 1,250 pts', 'Highscore: Tetris 99 12.500 Punkte',
    'Highscore: Neues Level 500 Punkte',
    # (a vintage's year, a club's player, a member count (closer 179: birth_years, named_in_text))
    'Spieler des Monats (Jg. 2019)', 'Spätburgunder Spieler Weingut (Jg. 2020)',
    # (the deceased's label before a guide's or a bank's words (closer 180: postal._THE_DECEASED))
    'The deceased: Tell Us Once', 'Der Verstorbene: Was Tun im Trauerfall', 'El fallecido: Herencia y Testamento',
    'The deceased: Probate Registry', 'The deceased: Paul Walker Foundation',
    # (a registry's office, service, town or a product after a certificate (closer 180: _REGISTRY_PAGES))
    'Birth certificate – Apostille Service', 'Geburtsurkunde – Bürgeramt Berlin',
    'Birth certificate – New South Wales', 'Death certificate – Los Angeles County',
    # (what a citizen books an office's appointment for (closer 180: record_names.APPOINTMENT_FOR))
    'Termin Bürgeramt 12.01.2026 für Personalausweis Beantragen',
    'Rendez-vous Préfecture 15/01/2026 pour Titre de Séjour',
    # (famous people's and a thing's birthdays (closer 180: cued_names._BIRTHDAYS_LISTED))
    'Cumpleaños: Tarta Chocolate 12/03/2026', 'Birthdays this week: Taylor Swift 13.12.1989',
    # (a closing's place, family or business (closer 180: mails.signed_after_a_closing))
    'Merry Christmas, love from Lapland', 'Happy birthday, love from all at Moonpig',
    "Merry Christmas love from Santa's Grotto", 'Happy Easter love from Cadbury World',
    # (tickers, amounts, variables, brands after `$` (closer 181: cashtags.tagged))
    '$GME to the moon', 'Bought $NVDA and $AAPL',
    # (a P2P app's payee that is a charity, a shop or a count (closer 181: detector._p2p_payee))
    'Vipps til Kirkens Bymisjon', 'MobilePay til Røde Kors', 'Swish till 1234567890',
    # (a codice fiscale's label before a state (closer 181: national_ids._cf_layout))
    'Codice fiscale: obbligatorio',
    # (a sick note's or a lab result's guidance, audience, lab or benefit (closer 182: patient_records.MADE_OUT))
    'Sick note for Work – Template', 'Krankschreibung für Arbeitgeber – Muster',
    # (a journal for an audience, a template, a public diary (closer 182: patient_records.JOURNALS))
    'Mood diary of a Stay-at-Home Mum', 'Mood Journal for Teens', 'Diary of Anne Frank',
    # (a practitioner, a class or a service booked (closer 182: patient_records.CONSULTATIONS, WAITING_ROOMS))
    'Video consultation confirmed – Dr Rangan Chatterjee, 09:15', 'Session booked: Pilates with Sarah',
    # (a prescription's pharmacy, medicine or a score's severity (closer 182: patient_records.NUMBERED, SCORED))
    'Prescription #448120 ready – Boots Oxford Street', 'E-Rezept 448120 eingelöst – DocMorris',
    'Prescription #448120 ready – Superdrug Covent Garden', 'E-Rezept 448120 eingelöst – Apotheke am Rathaus',
    # (medical files' templates, guides, makers, labs (closer 182: personal_documents.MEDICAL_FILES))
    'Laborbefund_Muster_2026.pdf', 'Arztbrief_Vorlage_Kardiologie.pdf', 'Laborbefund_BIOSCIENTIA.pdf',
    'Referto_CDI_Milano.pdf',
    # (brands and medicines around `&ndash;` (closer 182: canonical._NAMED_ENTITIES))
    'Sale &ndash; Nintendo Switch 2', 'Apotheke am Markt &ndash; Öffnungszeiten',
    # (ABHA's help (closer 182: detector.ABHA_HANDLES))
    'Create your ABHA address @abdm',
    # (CVs', cover letters' and payslips' templates and employers (closer 183: personal_documents))
    'CV_Template_Modern.docx', 'Lebenslauf_Muster_Pflege.pdf', 'AppleCV.pdf', 'MicrosoftResume.pdf',
    # (an application's employer, town or scholarship (closer 183: personal_documents._APPLIED))
    'Application: Customer Success Manager – London', 'Bewerbung als Erzieherin – Stadt München',
    # (a recruiting role's agency, title or team (closer 183: role_labels.RECRUITING_ROLES))
    'Hiring manager: Head of Product', 'Reports to: Managing Director', 'Recruiter: Page Personnel',
    'Recruiter: Kelly Services',
    # (a salary's range (closer 183: detector._grouped_reason))
    '55.000 – 65.000 € brutto/Jahr', '£45,000 – £55,000 per annum', 'Salaire : 35 000 € – 40 000 €',
    'Wynagrodzenie: 8 000 – 12 000 zł brutto',
    # (a share code's and an A-Number's guidance (closer 183: immigration_ids))
    'Share code: how to prove your right to work', 'Right to work share code – check online',
    # (tax forms' guides, issuers and statements of a company (closer 184: personal_documents.DOCUMENTS))
    'Form 8949 – Instructions', 'Tax report 2025 – Koinly', 'Tax report 2025 – Kraken Pro',
    'Tax report 2025 – Accointing',
    # (an exchange account's labels before a state or a promotion (closer 184: exchange_accounts))
    'Memo: Optional', 'Destination tag: Not Required', 'Invite code: BETA', 'Promo code: SUMMER2026',
    'Name of individual: Unknown', 'Name of individual: Required',  # (closer 187: a form's state)
    # (an authenticator's help (closer 184: credentials._OTPAUTH))
    'Scan the QR code with Google Authenticator', 'otpauth is a URI scheme',
    # (a word list, a transaction's hash, a contract (closer 184: wallet_secrets, ledgers.CONTRACT_WORDS))
    'abandon ability able about above absent absorb abstract absurd abuse access accident',
    'Tx hash 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060', 'Bought 0.5 $BTC on Coinbase',
    'Staked 32 $ETH with Lido',
    # (`Panie` before a title, a company's Labs, a crypto asset (closer 184: postal._HONORIFIC_WORD))
    'Panie i Panowie, witamy!', '회원님 환영합니다', 'Panie Boże', 'Panie Premierze', 'Panie Jezu, ufam Tobie',
    'Panie Boże, błogosław',
    # (a payee that is a bank, a pot, an office or a brand (closer 185: payees.NOT_A_PERSONS))
    "Payment to Sainsbury's Bank", 'Transfer to Emergency Fund', 'Transfer to Savings Pot',
    'Transfer to Christmas Pot',
    # (a tip's scheme, jar or tier (closer 185: e_signatures._NOT_TIPPERS))
    'Tip £3 from Gift Aid', 'Tip from Tip Jar',
    # (desks, bays, reservations, ratings, witnesses' states (closers 185, 186))
    'Reception Premier Inn', 'Emergency contact: Reception Hilton Garden Inn', 'Witness: Yes', 'Witness: Optional',
    # (OpenSea's own pages (closer 184: handles._NETWORK_LINK))
    'https://opensea.io/collection/pudgypenguins/overview',
    # (rating systems' ages on their scales (closer 185: audiences.RATING_SCALES))
    'Age rating: PEGI 7', 'Altersfreigabe: USK 18',
    # (bays and goods-in doors after a pickup's `at` (closer 185: postal.HANDOVER_PLACES))
    'Pickup at Bay 4, Tesco Extra', 'Collection from Click & Collect Bay 2',
    # (a hotel's desks (closer 185: postal._SITE_WORDS))
    'Front desk: Holiday Inn Express', 'Concierge: Four Seasons Hotel',
    # (a witness's form state or kind (closer 192: role_labels.a_witness_state))
    'Witness: Not Required', 'Witness: Signature Required', 'Witness: Not Needed', 'Witness: Independent Adult',
    'Witness: Expert Evidence', 'Witness: Protection Program', 'Testigo: No Requerido',
    'Testemunha: Não Obrigatório',
    # (a procedure's, a guide's or a memorial's words after the deceased's label (closer 192: postal.after_a_death))
    'The deceased: Estate Administration', 'The deceased: What Happens Next', 'Der Verstorbene: Letzter Wille',
    'Le défunt : Succession Vacante', 'El fallecido: Pensión de Viudedad', 'De overledene: Nalatenschap Regelen',
    'De overledene: Aangifte Overlijden', 'The deceased: Paul Walker Tribute',
    'The deceased: Princess Diana Memorial',
    # (a state, a territory or a country's service after a certificate (closer 192: personal_documents.a_region))
    'Birth certificate – Western Australia', 'Birth certificate – Northern Territory',
    "Death certificate – Scotland's People",
    # (a record's or a title's intensifier on a high score (closer 192: race_results.RECORDS_AND_TITLE_WORDS))
    'Highscore: Super Mario 12.500 Punkte', 'Highscore: Neuer Rekord 12.500 Punkte',
    # (a game's title and its age after a parent's consent (closer 192: parental_consents.a_games_title))
    'Elterliche Zustimmung für Minecraft Bedrock, 12 Jahre', 'Elterliche Zustimmung für Animal Crossing, 10 Jahre',
    'Elterliche Zustimmung für Lego Fortnite, 8 Jahre', 'Consentement parental pour Just Dance, 9 ans',
    # (a server's bot or a role before its handle (closer 192: named_in_text.SERVER_MEMBERS))
    'New member Welcome Bot (mee6) joined', 'New member Carl Bot (carl-bot) joined',
    'Discord user Dyno Bot (dyno) joined the server', 'New member Server Booster (nitro)',
    # (closer 191: review 33's regressions of closers 182, 183 and 184 sent out again by rule)
    'Referral code: FRIEND', 'Referral code: BONUS', 'Referral code: WELCOME', 'Referral code: NEWUSER',
    'Code de parrainage : BIENVENUE', 'Use referral code WELCOME to get $10', 'Invite code: SUMMER2026',
    'Invite code: EARLY2026', 'Use referral code SAVE10 at checkout',
    'Name of individual: Optional', 'Name of individual: Not Applicable', 'Name of individual: See Attached',
    'Lab results for Hashimoto Thyroiditis', "Lab results for Crohn's Disease", "Lab results for Addison's Disease",
    'Lab results for Hodgkin Lymphoma', 'Lab results for Cushing Syndrome', "Lab results for Parkinson's Disease",
    'Lab results for Lyme Disease', "Sick note for Bell's Palsy", 'Krankschreibung für Morbus Crohn',
    'Laborbefund_SYNLAB_Hamburg.pdf', 'Laborbefund_AMEDES_Berlin.pdf', 'Laborbefund_QUEST_Diagnostics.pdf',
    'Arztbrief_CHARITE_Berlin.pdf', 'Arztbrief_HELIOS_Klinikum.pdf', 'Ordonnance_CERBALLIANCE_Paris.pdf',
    'Ordonnance_BIOGROUP_Lyon.pdf', 'Referto_SYNLAB_Milano.pdf', 'Referto_LABORATORIO_ROSSI.pdf',
    'Anschreiben_Deutsche_Bahn.pdf', 'Anschreiben_Deutsche_Telekom.pdf', 'AmazonWarehouseCV.pdf',
    'Recruteur : Michael Page France', 'Recruiter: Randstad Deutschland', 'Account statement – Binance Holdings',
    'Kontoauszug – Sparkasse Köln', 'Relevé de compte – Boursorama Banque',
    'Jahressteuerbescheinigung 2025 – Trade Republic', 'Staking rewards statement 2025 – Lido Finance',
    'Form 1099-DA – Gemini Trust', 'Form 1099-DA – What Coinbase Reports', 'Tax report 2025 – Turbo Tax',
    'Tax report 2025 – United Kingdom', 'Tax report 2025 – South Africa',
    'Form 1099-MISC issued to Independent Contractors', 'Form 1099-K issued to Online Sellers', 'ABHA: name@abdm',
    'ABHA address: example@abdm', 'ABHA address: yourname@abdm', 'Format: username@abdm', 'ABHA address: abc@abdm',
    'Panie Boże, dziękujemy',
    # (closer 195: a salary's range of round thousands grouped by a blank, a Swish merchant's number)
    'Salaire : 38 000 – 42 000 € brut/an', 'Gehalt: 45 000 – 55 000 € brutto', 'Lön: 35 000 – 42 000 kr/mån',
    'Salario: 28 000 – 32 000 €', 'Swish till 123 456 78 90', 'Swish till 123 900 1223', 'Swish: 123 456 78 90',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a village known only for its registry after a civil status certificate's dash "
        "(personal_documents._certified_person, closer 180: `Gretna Green` is a village's name, `Green` a family name "
        "too; closer 192's personal_documents.a_region reads a state's, a territory's and a country's service, and "
        "only a list of places tells this one); went out at the session's start"
    ): [
        'Marriage certificate – Gretna Green',
    ],
    (
        "a disease named after its describers, or a disease's two words, after a lab result's or a sick note's `for` "
        "(patient_records.MADE_OUT, closer 182, with record_names._a_name: `Hashimoto`, `Crohn's`, `Graves`, "
        "`Hodgkin`, `Lyme`, `Down` are family names too, and a disease's word after them, `Disease`, `Syndrome`, "
        "`Lymphoma`, `Palsy`, `Morbus`, is not read); went out at the session's start"
    ): [
        'Lab results for Epstein Barr',
    ],
    (
        "a public figure's diary after a symptom journal's `of` (patient_records.JOURNALS, closer 182: `Frida Kahlo`, "
        "`Virginia Woolf`; only a list of public people tells them from a patient, as closer 182's `Diary of Anne "
        "Frank` goes out without a symptom's word); went out at the session's start"
    ): [
        'Pain diary of Frida Kahlo', 'Pain diary of Florence Nightingale', 'Mood diary of Virginia Woolf',
        'Sleep diary of Thomas Edison',
    ],
    (
        "a lab's, a clinic's or a hospital's name in capitals, then a town or its kind, in a medical file's name "
        "(personal_documents._names_a_patient and _leading_name, closer 182: a family name in capitals is a patient's; "
        "`SYNLAB`, `LIMBACH`, `CERBALLIANCE`, `CHARITE`, `HELIOS` before `Hamburg`, `Klinikum`); went out at the "
        "session's start"
    ): [
        'Laborbefund_LIMBACH_Heidelberg.pdf',
    ],
    (
        "an employer's two words in a CV's or a cover letter's file name, apart or glued in camelCase "
        "(personal_documents._leading_name and _name_before_document, closer 183: `Deutsche Bahn`, `Robert Bosch`, "
        "`Ernst Young`, `GoldmanSachs`, `AmazonWarehouse`, `JohnDeere`); went out at the session's start"
    ): [
        'Anschreiben_Robert_Bosch.pdf',
        'Cover_Letter_Ernst_Young.docx', 'GoldmanSachsResume.pdf', 'MorganStanleyResume.pdf', 'JohnDeereResume.pdf',
    ],
    (
        "a fashion house or a bank named for its founders after a CV's word, or a payslip's month before a word of "
        "help (personal_documents._leading_name: `Louis Vuitton`, `Hugo Boss`, `Goldman Sachs`; "
        "`Loonstrook_april_2026_Uitleg`); refused at the start too"
    ): [
        'Resume_Goldman_Sachs.pdf', 'CV_Louis_Vuitton.pdf', 'Lebenslauf_Hugo_Boss.pdf',
        'Loonstrook_april_2026_Uitleg.pdf',
    ],
    (
        "a recruitment agency or a bank named for its founders, or an agency's country, after a recruiting role's "
        "label (role_labels.RECRUITING_ROLES, closer 183, read by postal.labelled_person; postal._ORGANIZATIONS knows "
        "`Hays Recruitment`, not `Robert Half`, `Michael Page`, `Korn Ferry`, `Morgan Stanley`, `Randstad "
        "Deutschland`); went out at the session's start"
    ): [
        'Recruiter: Robert Half', 'Recruiter: Michael Page',
        'Recruiter: Harvey Nash', 'Recruiter: Spencer Stuart', 'Recruiter: Korn Ferry',
        'Hiring manager: Morgan Stanley', 'Hiring manager: Goldman Sachs',
    ],
    (
        "an exchange, a bank, a broker or a tax tool after a tax form's or a statement's dash "
        "(personal_documents.DOCUMENTS' tax forms and statements, _names_a_holder, closer 184: `Binance Holdings`, "
        "`Trade Republic`, `Sparkasse Köln`, `Crédit Agricole`, `Charles Schwab`, `Turbo Tax`, `What Coinbase "
        "Reports`; closer 184 let `Tax report – Koinly Pro` and `Account statement – Acme Corp` out); went out at the "
        "session's start"
    ): [
        'Account statement – Charles Schwab',
    ],
    (
        "a game's title of a hero's or a creature's name on a high score (race_results._SCORED and _an_entrant, "
        "closer 179: `Pac Man`, `Donkey Kong` before a score's points; closer 192's "
        "race_results.RECORDS_AND_TITLE_WORDS reads a record's and a title's intensifier, `Neuer Rekord`, `Super "
        "Mario`; only a list of titles tells these from a player); went out at the session's start"
    ): [
        'Highscore: Pac Man 3.333.360 Punkte', 'Highscore: Donkey Kong 1.247.700 Punkte',
    ],
    (
        "a public sportsman's standings on a leaderboard (race_results._SCORED, closer 179: `Lewis Hamilton`, `Max "
        "Verstappen`, `Magnus Carlsen`; only a list of public people tells them from a player); went out at the "
        "session's start"
    ): [
        'Leaderboard #2: Lewis Hamilton – 234 pts', 'Leaderboard #1: Max Verstappen – 437 pts',
        'Leaderboard: Lando Norris – 374 pts', 'Leaderboard #1: Magnus Carlsen – 2,830 pts',
    ],
    (
        "a famous person's birthday under a plain birthdays heading (cued_names._BIRTHDAYS_LISTED, closer 180: only "
        "cued_names._FAMOUS' heading lifts `Johann Sebastian Bach`, `Jean Dujardin`); went out at the session's start"
    ): [
        'Geburtstage: Johann Sebastian Bach 21.03.1685', 'Anniversaires : Jean Dujardin 19/06/1972',
    ],
    (
        "a store, a game or a show after a gift card's `for` or `para` (wishes._a_name and greetings.reason read two "
        "capitalized words after a gift's word: `El Corte Inglés`, `Grand Theft Auto`, `Thalia Buchhandlung`, `Taylor "
        "Swift Tickets`); refused at the start too"
    ): [
        'Tarjeta regalo para El Corte Inglés', 'Gift card for Grand Theft Auto', 'Gutschein für Thalia Buchhandlung',
        'Gift card for Taylor Swift Tickets',
    ],
    (
        "a fashion brand or a store chain named for a person after a transfer's phrase (payees._a_counterparty with "
        "record_names._a_name: `Ted Baker`, `Ralph Lauren`, `Laura Ashley`, `Hargreaves Lansdown`; Norwegian `Coop "
        "Extra`); refused at the start too"
    ): [
        'Payment to Ted Baker', 'Payment to Paul Smith', 'Payment to Ralph Lauren', 'Payment to Calvin Klein',
        'Payment to Laura Ashley', 'Transfer to Hargreaves Lansdown', 'Vipps til Coop Extra',
    ],
    (
        "a codice fiscale's label before a guide's words or a company's number (postal.labelled_person after "
        "personal_keys' `codice`; national_ids.cpf reads a company's eleven digits); refused at the start too"
    ): [
        'Codice fiscale: Come Richiederlo', "Codice fiscale dell'azienda: 01234567890",
    ],
    (
        "a date after an office's or a birthdays' word labelled personal, a bakery's possessive after a closing, a "
        "treatment's words after a request's number (detector._number_reason with personal_keys.personal_tokens' "
        "`passport`, `birthday`; cued_names._one_celebrated; case_titles._a_ticket_person); refused at the start too"
    ): [
        'Appointment at Passport Office 12.01.2026 for Urgent Travel', 'Birthdays: Happy Birthday Banner 12.03.2026',
        "Happy birthday, love from Uncle Bob's Bakery", 'Treatment request #448120 – Hair Loss Treatment',
    ],
    (
        "a lake's place after a birthday's wish and `love from`, with or without a comma (cued_names._one_celebrated "
        "reads `Lake Como` as the one celebrated before mails.signed_after_a_closing's _POSTCARD_PLACES are asked); "
        "refused at the start too"
    ): [
        'Happy birthday love from Lake Como', 'Happy birthday, love from Lake Como',
    ],
    (
        "an NFT collection as its owner (postal.labelled_person after postal.person_role's `Owner:`: `Pudgy Penguins`; "
        "closer 184 let `Owner: Yuga Labs` out by postal._ORGANIZATIONS' `labs`); refused at the start too"
    ): [
        'Owner: Pudgy Penguins',
    ],
}


PERSONAL = [
    # (closer 233) a job application's file named after a known given name and a family name that is no common word
    'cv_ilse_wendtkamp.pdf', 'lettre_de_motivation_ilse_wendtkamp.docx',
    # (kept: a gift card's recipient)
    'Steam gift card 20 € for I. Dunstreth – code 4821-KQ7P',
    # (kept: a parent and a child named in a consent)
    'Elterliche Zustimmung für I. Dunstreth, 11 Jahre',
    # (kept: a player on a leaderboard)
    'Leaderboard #1: I. Dunstreth – 98,214 pts',
    # (kept: a player's year, a member's handle)
    'Jugador Tjorven Dunstreth (Jg. 2010)',
    # (kept: a gamer's profile, an invitation's inviter)
    'https://steamcommunity.com/id/ilvara_dunstreth',
    # (kept: the deceased)
    'Le défunt : M. Tobiah Quennell',
    # (kept: a certificate's holder)
    'Geburtsurkunde: T. Quennell',
    # (kept: a citizen's appointment)
    'Appointment at Passport Office 12.01.2026 for O. Brimsworth',
    # (kept: a relative's birthday)
    'Birthdays: Oma O. Brimsworth 14.07.1948',
    # (kept: a card's signer)
    'Happy birthday! Love from T. Quennell',
    # (kept: a person's cashtag)
    'Sent $25 to $IlvaraDunstreth',
    # (kept: a P2P payee's mobile)
    'Swish till 070 123 45 67',
    # (kept: a codice fiscale)
    'codice fiscale RSSMRA85T10A562S',
    # (kept: a patient's record)
    'Sick note: J. Pellandre, 7 days',
    # (kept: a patient's journal)
    'Sleep diary of J. Pellandre',
    # (kept: a patient's consultation)
    'Video consultation confirmed: J. Pellandre, 09:15',
    # (kept: a patient's prescription)
    'Prescription #448120 ready – J. Pellandre',
    # (kept: a patient's file)
    'Referto_Pellandre_Jorvik_2026-02-03.pdf',
    # (kept: a patient around `&ndash;`)
    'Befund f&uuml;r Jorvik Pellandre &ndash; Labor',
    # (kept: an ABHA address)
    'ABHA address: jorvik.pellandre@abdm',
    # (kept: a candidate's file)
    'Lebenslauf I. Wendtkamp.pdf',
    # (kept: an applicant)
    'Bewerbung als Erzieherin – I. Wendtkamp',
    # (kept: a recruiter, a manager, a referee)
    'recruiter: ilse wendtkamp',
    # (kept: a LinkedIn profile)
    'https://www.linkedin.com/in/ilse-wendtkamp-4b21a9/details/skills/',
    # (kept: an A-Number, a share code)
    'a-number: A072553918',
    # (kept: an OpenSea profile)
    'https://opensea.io/orla_quenby',
    # (kept: a tax report's holder)
    'Tax report 2025 – O. Quenby',
    # (kept: an exchange account's code)
    'Referral code: ORLAQ',
    # (kept: an authenticator's account)
    'otpauth://totp/Binance:orla.quenby%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Binance',
    # (kept: a Polish honorific, a holder)
    'Panie Marku Kowalczyku, dziękujemy',
    # (kept: a payee)
    'Transfer to O. Quenby',
    # (kept: a tipper)
    'Tip £3 from O. Quenby',
    # (kept: a witness, whom a thing is reserved for, a rated age)
    'Witness: O. Quenby',
    # (kept: the cues of the families above before a capitalized full name)
    'Leaderboard #1: Ilvara Dunstreth – 98,214 points',
    # (kept: a referrer's or an inviter's route)
    'https://opensea.io/ilvaradunstreth',
    # (kept: a Polish vocative, a player's year)
    'Panie Marku, dziękujemy',
    # (kept: a birthday's signer, a wallet's owner, a patient in capitals, a rated age)
    'Happy birthday love from Tobiah Quennell',
    # (kept, closers 197 and 199: a full name in lower case after a cue introducing a person, read capitalized:
    # lower_case_names.titled)
    'the deceased: tobiah quennell', 'Termin Bürgeramt 12.01.2026 für oskar brimsworth',
    'Happy birthday, love from tobiah quennell x', 'sick note for jorvik pellandre – 7 days',
    'Name of individual: orla quenby', 'payment to orla quenby', 'tip £3 from orla quenby', 'Witness: orla quenby',
    # (kept, closers 197 and 199: a capitalized family name, a comma and the given name after the same cues)
    'Guthaben für Dunstreth, Ilvara – alles Liebe!', 'Reports to: Wendtkamp, Ilse', 'Payment to Quenby, Orla',
    # (closer 213: a record's number, one dash and a full name in lower case, dating.numbered_member)
    'prescription #448120 ready – jorvik pellandre',
]


LEAKS: Dict[str, List[str]] = {
    (
        "LinkedIn's profile on a country's host, OpenSea's profile before a section as text (handles._NETWORK_LINK "
        "reads `www.linkedin.com/in/`, OpenSea's root alone); went out at the start too"
    ): [
        'https://de.linkedin.com/in/ilsewendtkamp', 'https://de.linkedin.com/in/ilse-wendtkamp',
        'https://uk.linkedin.com/in/ilse-wendtkamp-4b21a9', 'https://opensea.io/OrlaQuenby/favorites',
    ],
    (
        "a full name in lower case after a cue that is a word, not a preposition nor a mark (a player's, a member's), "
        "opening the text, between a file's `_`, or where the capitalized name goes out too (a gift card's title's "
        "end, an application's dash: lower_case_names.titled, closer 197, reads the capitalized name's rules); went "
        "out at the start too"
    ): [
        'Steam gift card for ilvara dunstreth', 'spieler tjorven dunstreth (Jg. 2010)',
        'Discord user tjorven dunstreth (tjorven.d) joined the server', 'jorvik pellandre is in the waiting room',
        'laborbefund_pellandre_jorvik.pdf', 'Application: Barista – ilse wendtkamp',
    ],
    (
        "a full name in lower case or family name first after a cue that introduces no person by itself: a thing's "
        "label (a consent's, a leaderboard's, a birthday list's, a session's), a dash, `of` (lower_case_names.titled "
        "reads a lower-case name only after `for`, `from`, `by`, `to` or a person's label and its colon since closer "
        "199: without capitals such cues are followed by ordinary words as often); went out at the start too"
    ): [
        'Parental consent: ilvara dunstreth for my son Tjorven', 'leaderboard #1: ilvara dunstreth – 98,214 pts',
        'birth certificate – tobiah quennell', 'geburtstage: oskar brimsworth 14.07.2019',
        'mood diary of jorvik pellandre – february', 'Session booked: jorvik pellandre with his therapist',
        'Form 8949 (2025) – orla quenby',
        'Leaderboard #1: Dunstreth, Ilvara – 98,214 pts',
    ],
    (
        "a full name in brackets after the rules' cue (a gift's `für`, the deceased, an office's appointment, lab "
        "results, an application's job, a referee: each rule asks its colon, dash or preposition right before the "
        "name); went out at the start too"
    ): [
        'Gutschein (für Ilvara Dunstreth) – alles Gute', 'The deceased (Tobiah Quennell)',
        'Termin Bürgeramt 12.01.2026 (Oskar Brimsworth)', 'Lab results (Jorvik Pellandre)',
        'Application for Data Engineer (Ilse Wendtkamp)', 'Referee (Ilse Wendtkamp)',
    ],
    (
        "a dash where the rule asks a colon, a comma or a bracket (parental_consents.CONSENTS' colon, "
        "race_results.LEADERBOARD_WORDS' colon, mails.signed_after_a_closing's comma, patient_records.JOURNAL_OF's "
        "`of`, role_labels' colon, birth_years._after_a_player's bracket); went out at the start too"
    ): [
        'Parental consent – Ilvara Dunstreth for my daughter Maelis', 'Leaderboard #1 – Ilvara Dunstreth – 98,214 pts',
        'Merry Christmas – love from Tobiah Quennell', 'Pain diary – Jorvik Pellandre, week 3',
        'Hiring manager – Ilse Wendtkamp', 'Spieler Tjorven Dunstreth, Jg. 2010',
    ],
    (
        "a leaderboard's, an application's, a tip's or a deposit's cue in French, Spanish or German: `Classement`, "
        "`Clasificación` are race_results.RANKING_WORDS (a race's), not LEADERBOARD_WORDS (`tableau des scores`); "
        "personal_documents._APPLIED reads `Candidatura de`, not `Solicitud de`; e_signatures._TIP_FROM asks an amount "
        "before the tipper (`Trinkgeld 3 € von …` is read); payees.TRANSFERS reads `SEPA Einzahlung`, not the compound "
        "`SEPA-Einzahlung`; went out at the start too"
    ): [
        'Classement #1 : Ilvara Dunstreth – 98 214 pts', 'Clasificación: Ilvara Dunstreth – 12.500 puntos',
        'Solicitud de Ilse Wendtkamp para Barista', 'Trinkgeld von Orla Quenby', 'Propina de Orla Quenby',
        'SEPA-Einzahlung von Orla Quenby',
    ],
    (
        "a gift card's title ending on its recipient's full name without a dedication after it (wishes._CARD_GIVEN: `a "
        "card's title ending on what it is for goes out`, so a name there does too); went out at the start too"
    ): [
        'Roblox gift card for Ilvara Dunstreth',
    ],
    (
        "a cashtag of a name in lower case, glued with two digits or with `_`, or a capitalized name with a hyphen "
        "(cashtags.tagged: alone a tag asks four digits or more, two only after a transfer's preposition; a lower-case "
        "tag alone is `$price`'s shape, left out by the module's docstring; a hyphen ends the tag); went out at the "
        "start too"
    ): [
        '$ilvaradunstreth99', '$ilvara_dunstreth', 'Paid $12 to $Ilvara-Dunstreth',
    ],
    (
        "a codice fiscale after an abbreviated label with a wrong check letter (national_ids._cf_layout, closer 181, "
        "reads `Codice fiscale` and `C.F.`, not `Cod. fiscale`); went out at the start too"
    ): [
        'Cod. fiscale RSSMRA85T10A562X',
    ],
    (
        "a patient's name in a medical file or a CV's in other layouts (personal_documents._names_a_patient asks a "
        "family name in capitals or the document's full date: an initial, hyphens, blanks, the name after the body "
        "part's words; _HUMPS reads the name before the document's word but not before `_Resume`); went out at the "
        "start too"
    ): [
        'Laborbefund_J_Pellandre_2026-02-03.pdf', 'Arztbrief-Jorvik-Pellandre.pdf', 'Ordonnance Jorvik Pellandre.pdf',
        'Befund_MRT_Knie_Pellandre_Jorvik.pdf', 'IlseWendtkamp_Resume.pdf',
    ],
    (
        "a sub-account of a name with a dot, a memo's number without a deposit's word, a referral code of a given name "
        "and an initial (exchange_accounts.reason: a sub-account asks a digit, `_` or `@`; a memo's label its deposit "
        "word; a code five capitals or a digit); went out at the start too"
    ): [
        'Sub-account: orla.quenby', 'Memo: 481726390', 'Use my referral code ILVARA-D to get $20',
    ],
    (
        "a name after a bay's number and a comma, after a desk's label and its colon, before a pot's word (closer 185: "
        "postal.HANDOVER_PLACES make the words after a pickup's `at` a place, postal._behind_a_desk reads a desk's "
        "words before the name, not a label's colon; payees._a_counterparty's pot lifts `<name>'s Pot`); went out at "
        "the start too"
    ): [
        'Pickup at Bay 4, Tobiah Quennell', 'Front desk: Tobiah Quennell', "Transfer to Tobiah Quennell's Pot",
    ],
}


ORDINARY_KEYS = [
    # (a player's, a creator's keys (closer 179: personal_keys.player_named, _a_creators_legal_name))
    'player_name', 'nombre_jugador_max', 'spieler_anzahl',
    # (a patient's and a journal's keys (closer 182: key_lexicon.PARTIES['patient'], _KEPT_WRITINGS))
    'pasient_type', 'patient_count', 'rogi_sankhya',
    # (a product list's key (closer 183: commerce._from_first_words))
    'content_ids',
    # (a wallet's, an account's and a referral's keys (closer 184: personal_keys._HOLDERS_84))
    'wallet_address_type', 'wallet_name', 'owner_count', 'wallet_owner_count', 'account_holder_type',
    'wallet_owner_verified',
    # (closer 191: a wallet owner's kind)
    'wallet_owner_type',
    # (named parties' keys (closer 186: personal_keys._a_named_party, _brought_by_a_referral))
    'sitter_count', 'debtor_days', 'adopter_type',
]


DROPPED_KEYS: Dict[str, List[str]] = {
}


PERSONAL_KEYS = [
    # (kept: a player's, a creator's keys)
    'imie_gracza', 'creator_legal_name', 'streamer_real_name',
    'oyuncu_adi',  # (kept since closer 204: a bettor's word before a name's, personal_keys._NAMED_PARTIES)
    # (kept: a patient's keys)
    'pasientens_navn', 'potilas_nimi', 'patient_nachname',
    # (kept: a holder's keys)
    'wallet_owner_name', 'account_holder_name', 'kontoinhaber',
    # (kept: named parties' keys)
    'sitter_name', 'debtor_name', 'adopter_full_name',
    # (kept: a player's, a witness's, a sitter's, an owner's keys)
    'player_name_full', 'spieler_vorname', 'wallet_owner',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a player's name in Dutch, Swedish, Turkish, or with a Portuguese or Spanish article between "
        "(key_lexicon.PLAYERS and personal_keys.player_named, closer 179: `naam_speler` is read, `speler_naam` is not; "
        "`nome_do_jogador`, `nombre_del_jugador`, `spelarnamn`, `oyuncu_adi`); went out at the start too"
    ): [
        'speler_naam', 'nome_do_jogador', 'nombre_del_jugador', 'spelarnamn',
    ],
    (
        "a journal's or a diary's writer in other words (personal_keys._KEPT_WRITINGS and _WRITERS, closer 182, read "
        "`journal_author`: not `journal_writer`, `diary_author`); went out at the start too"
    ): [
        'journal_writer', 'diary_author',
    ],
}


_SITE = "https://shop.example.com"


ORDINARY_URLS = [
    # (YouTube's, Steam's and Epic's pages, an invitation's campaign (closer 179: handles, person_routes))
    'https://steamcommunity.com/app/730/', 'https://store.steampowered.com/app/1091500/Cyberpunk_2077/',
    # (a referral programme's pages, campaigns and promo codes (closer 181: referral_links))
    'https://www.revolut.com/referral/', 'https://monzo.com/i/refer-a-friend',
    # (closer 188: a word glued to a season's year or an amount is no referrer's code)
    'https://www.example.com/referral/spring2026', 'https://www.example.com/referral/bonus50',
    'https://www.example.com/invite/new-year', 'https://www.example.com/invite/game-night',
    # (LinkedIn's and Indeed's own pages (closer 183: handles))
    'https://www.linkedin.com/company/google/', 'https://www.linkedin.com/in/',
    # (a store's, a blog's and an exchange's `ref` and `/join/` pages (closer 184: referral_coded, REFERRAL_WORDS))
    'https://www.amazon.com/dp/B0C1234567?ref=ppx_yo_dt',
    'https://www.amazon.co.uk/gp/product/B0C1234567/?ref=nav_logo',
    # (OpenSea's own pages (closer 184: handles._NETWORK_LINK))
    'https://opensea.io/collection/boredapeyachtclub', 'https://opensea.io/rankings', 'https://opensea.io/blog',
    'https://opensea.io/about',
    # (an invitation's source under `from` (closer 179: person_routes.inviter_parameter))
    'https://example.com/invite/?from=Google+Ads', 'https://example.com/invite/?from=Twitter+Bio',
    # (closer 191: OpenSea's own sections)
    'https://opensea.io/explore-collections', 'https://opensea.io/explore-art', 'https://opensea.io/explore-gaming',
    'https://opensea.io/pro', 'https://opensea.io/rewards',
    # (closer 195: a place's, a club's, a holiday's, a device's, a coin's or a feast's words as a referral route's
    # code, a campaign's or a source's words under an invitation's `from`)
    'https://www.example.com/invite/los-angeles-2026', 'https://www.example.com/invite/real-madrid',
    'https://www.example.com/invite/mothers-day', 'https://www.example.com/parrainage/saint-valentin',
    'https://www.example.com/referral/premier-inn',
    'https://www.example.com/invite/bitcoin2024', 'https://www.example.com/invite/iphone17',
    'https://www.example.com/invite/xbox360', 'https://www.example.com/invite/galaxy-s25',
    'https://www.example.com/invitacion/navidad-2026', 'https://www.example.com/einladung/sommerfest-2026',
    'https://www.example.com/join/pro-2026', 'https://example.com/join/premium-2026',
    'https://example.com/einladung/weihnachtsfeier-2026',
    'https://store.steampowered.com/invite/?from=Spring+Sale',
    'https://store.steampowered.com/invite/?from=Summer+Sale', 'https://example.com/invite/?from=Black+Friday',
    'https://example.com/invite/?from=Product+Hunt', 'https://example.com/invite/?from=Hacker+News',
    'https://example.com/invite/?from=Hacker%20News',
]


DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a campaign's, a place's, a team's, a holiday's or a public person's two words as a referral route's code "
        "(referral_links.route_names_a_referrer with names_a_referrer, closer 181: `los-angeles-2026`, `real-madrid`, "
        "`mothers-day`, `saint-valentin`, `taylor-swift`, `john-lewis`; referral_links.NOT_A_REFERRER has "
        "`summer-sale`, `friends-and-family`; closer 195's referral_links.PLACE_AND_CLUB_WORDS and CAMPAIGN_WORDS "
        "let a place's, a club's and a holiday's words out, a public person's name only a list tells); went out at "
        "the session's start"
    ): [
        'https://www.example.com/referral/harry-potter',
        'https://www.example.com/invite/taylor-swift', 'https://www.example.com/invite/lewis-hamilton',
        'https://www.example.com/invite/john-lewis',
    ],
    (
        "a team's value under an `inviter` key, a job's ten-digit id on LinkedIn, a contract's address on an NFT's "
        "page (personal_keys' `inviter` token, detector._bare_phone, ledgers._holds_ethereum); refused at the start "
        "too"
    ): [
        'https://example.com/invite/?inviter=Customer+Success', 'https://www.linkedin.com/jobs/view/4012345678/',
        'https://opensea.io/assets/ethereum/0xbc4ca0eda7647a8ab7c2061c2e118a18a936f13d/1',
    ],
}


PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    # (kept: a gamer's profile, an invitation's inviter)
    '/invite/?inviter=Ilvara+Dunstreth', '/friend-invite/ilvara-van-dunstreth-517906',
    '/join/quenby_o',  # (kept since closer 204: a name's word and an initial, referral_links._GIVEN_AND_INITIAL)
    # (kept: a referrer's route)
    '/referral/ilvara-dunstreth', '/invite/ilvaradunstreth77', '/join/ilvara-dunstreth',  # (`join`: closer 188)
    # (kept: an exchange's referral code)
    '/join/QX48Z7?utm_source=x',
    # (kept: a referrer's or an inviter's route)
    '/invite/ilvara-dunstreth', '/invite/?from=Ilvara+Dunstreth',
    # (kept, closer 197: an inviter's name in lower case, referral_links.an_inviter_in_lower_case)
    '/invite/?from=ilvara+dunstreth',
)]


LEAKED_URLS: Dict[str, List[str]] = {
    (
        "an exchange's referral code of capitals and digits under `ref`, of digits or a name's word under `/join/`, a "
        "name's slug under `referral` (personal_keys.referral_coded and referral_links.referrer_parameter ask digits "
        "or a name's slug; person_routes.REFERRAL_WORDS' code one run of letters; referral_links.names_a_referrer a "
        "name glued to digits); went out at the start too"
    ): [f"{_SITE}{path}" for path in (
        '/register?ref=K7QX42ZP', '/invite?ref=ORLAQ88', '/join/48172639',
        '/sign-up?referral=orla-quenby', '/referral/ilvaradunstreth',
    )],
}


globals().update(review_tests(globals()))
