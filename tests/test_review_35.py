"""Review 35: session 45's closers 193 to 198 (lottery_draws.py, a fantasy game's account and manager, a winner's
congratulations; a customer's proofs and a player's winnings, tipsters' pages; a salary's range of round thousands,
Swish merchants' numbers, referral campaigns' words; review 32's plates, notices, pets, a party's bank or tier, a user
name's state, golden motifs; standings.py read by home_services, role_labels' bettors, wagers, payees and
referral_links) attacked both ways by an outsider who has read them: personal near variants the closers' edges let
out (a mobile after a draw's word, a phone's groups of round hundreds, a referral slug holding a campaign's or a
standing's word, a family name that is a standing's, a club's, a region's, a breed's or a topic's word) that must be
kept, and what lotteries, bookmakers, fantasy games, payment apps, job boards, referral programmes, pet shops and
town halls send near those rules in other words, languages and orders, that must go out. Text is read by
detector.reason, keys by detector.key_reason, URLs by privacy.clean_url. What fails today is a strict expected failure
grouped by family, each naming the rule that decides it; each says whether session 45's start (51ca5c1e) judged it
the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (closer 231: a pro's service after a household pro's label and its colon)
    'Carer: Home Care', 'Tasker: Furniture Assembly',
    # (a lottery draw's numbers (closer 193: lottery_draws.a_draw) and phones beside a draw)
    'Lotto 6 aus 49: 3, 12, 19, 27, 38, 45 – Superzahl 7', 'EuroMillions: 05-16-28-33-49 + 04-11',
    'Thunderball 4 11 18 29 33 TB 7', 'Set For Life 2 9 17 28 36 Life Ball 5', 'Keno 2 9 17 28 36 45 52 61 70 78',
    'La Primitiva: 4 12 23 31 44 49 C 12 R 3', 'Bonoloto 2 11 17 25 33 41 C 9 R 4', 'Mega-Sena 04-12-23-31-44-59',
    'Lotto 4 12 23 31 44 49 Zusatzzahl 7', 'Saturday Lotto 5 12 17 23 33 38 Supps 7 19',
    'Powerball results: 6-14-25-38-59 PB 26 Power Play 3x', 'Eurojackpot 7 15 23 31 42 Eurozahlen 3 9',
    'EuroMillions 05 16 28 33 49 Lucky Stars 04 11', 'Lotto 3 12 19 27 38 45 Bonus 22 – Jackpot £5.2m',
    '3 12 19 27 38 45 Bonus Ball 22', '5 12 23 44 61 Mega Ball 9', 'Lottozahlen vom Samstag: 3 12 19 27 38 45',
    'Les numéros du Loto : 3 12 19 27 38 + 5', 'Loto 3 12 19 27 38 N° Chance 5',
    'Superenalotto 3 12 19 27 38 45 Jolly 22 Superstar 7', 'Lotto 3 12 19 27 38 45 (Bonus 22)',
    'Health Lottery 5 12 23 33 45', 'Irish Lotto 3 12 19 27 38 45 Bonus 22', 'Vikinglotto 3 12 19 27 38 45 + 5',
    'Lotto Max 3 8 15 22 30 41 47 Bonus 19', 'Lotto-Ergebnis: 3 12 19 27 38 45', 'Ergebnis: 3 12 19 27 38 45 SZ 7',
    'Trekking: 3 12 19 27 38 45', 'Lottery numbers 3 12 19 27 38 45 drawn Saturday',
    # (a salary's range (closer 195: detector._thousands_range), Swish's, Vipps's and MobilePay's numbers
    # (detector._after_swish))
    'Salaire : 40 000 € – 46 000 €', 'Salary: £38 000 - £42 000', 'Gehalt: 52 000 - 60 000 € brutto',
    'Salaire : de 38 000 à 42 000 € brut', 'Lønn: 550 000 – 650 000 kr', 'Stipendio: 28 000 – 34 000 € lordi',
    'Salaire : 38 000 – 42 000 EUR', 'Budget: 10 000 – 20 000 €', 'Prix : 150 000 – 200 000 €',
    '38 000 – 42 000 €/an + variable', 'Lön 32 000 – 38 000 SEK i månaden', 'Salary range 38 000 – 42 000',
    'Löneintervall: 32 500 – 38 500 kr', 'Betala med Swish: 123 456 78 90', 'Swish 123-456 78 90',
    'Swish 123 456 78 90 (Röda Korset)', 'Ge en gåva: Swish 123 456 78 90', 'Bankgiro 5050-1055, Swish 123 456 78 90',
    'Swish: 123 456 7890',
    # (fantasy games' accounts, bettors with family names near the standings, winners congratulated (closers 193,
    # 198))
    'Congratulations Team GB, you did it', 'Congratulations Valued Customer, you have been selected',
    "Congratulations Gold Member, you've unlocked a reward",
    # (a player's or a customer's files (closer 194: personal_documents) and tipsters' pages
    # (person_routes.TIPSTER_WORDS))
    'Proof_of_Address_British_Gas_bill.pdf', 'Proof_of_Address_Council_Tax_bill.pdf',
    'Proof_of_Address_Thames_Water_bill.pdf',
    # (a party's bank or tier, a horse's keys (closer 196: personal_keys._a_partys_bank_or_tier), golden motifs
    # (cued_names._a_golden_motif), a user name's state (labelled_values._value_reason))
    'Baptism Golden Cross', 'Christening Silver Dove', 'First Communion Golden Chalice Cake Topper',
    'Baptism Gold Dove', 'Christening Golden Wings', 'First Holy Communion Golden Chalice', 'Username: Gesperrt',
    'Username: Available', 'Username: Vergeben', 'Benutzername: Gesperrt', "Nom d'utilisateur : Bloqué",
    'Nombre de usuario: Bloqueado', 'Username: Banned', 'Gebruikersnaam: Geblokkeerd', 'Username: Unavailable',
    # (a standing, a service, a tier, a market after closer 198's labels (standings.a_standing), golden motifs)
    'Message from Customer Services:', 'Tasker: Handyman Services', 'Nanny: Night Nanny',
    'Homeowner: First Time Buyer', 'Tasker: Background Checked', 'Nanny: Ofsted Registered', 'Carer: Live-In Care',
    'Payout to Scratchcard Winner', 'Payout to Jackpot Winners', 'Payout to Top Tipster', 'Tipster: Tennis Tips',
    'Tipster: Golf Expert', 'Tipster: Racing Post', 'Bettor: Casual Player', 'Punter: Value Hunter',
    'Apostador: Nivel Plata', 'Tipper: Bundesliga Experte', 'Tipster: Daily Acca', 'Gokker: Online Gokker',
    'Parieur : Olympique de Marseille', 'Bet placed from Android Phone', 'Wette platziert von Handy App',
    'Bet slip shared by Tipster Group', 'Appointment confirmed for Gas Safety Check',
    'Gas Safe Register no. 765432 – Check an Engineer', 'Gas Safe Register no. 765432 – Landlord Gas Safety',
    'Baptism Golden Angel', 'Baptism Golden Star', 'Baptism Golden Heart', 'Baptism Golden Lamb',
    # (fantasy games' managers and accounts (closer 193: role_labels.names_a_fantasy_manager, gamer_ids))
    'Fantasy Premier League – Manager: Top 10k', 'FPL – Manager: Gameweek 14', 'Comunio – Manager: Spieltag 12',
    # (closer 202: review 35's regressions of session 45 fixed)
    "Congratulations Manchester United, you've won the cup",
    'Herzlichen Glückwunsch Borussia Dortmund, ihr habt es geschafft', "Congratulations Lucky Winner, you've won",
    "Congratulations Dear Player, you've won 50 free spins", 'Congratulations Grand Prize Winner, you won',
    'Congratulations Lotto Player, you matched 3 numbers', 'Congratulations Jackpot Winner, your ticket won',
    "Well done Super Saver, you've saved £20", "Congratulations Season Ticket Holder, you've won",
    "Congratulations Early Bird, you've unlocked 20% off", 'Congratulations Player One, you win',
    "Congratulations Big Winner, you've hit the jackpot", 'Congratulations Welsh Rugby, you were brilliant',
    'Kickbase – Manager: Neuer Rekord', 'Fantacalcio – Allenatore: Formazione Tipo',
    'Fantasy Premier League – Manager: Chips Used', 'Fantasy – Manager: Free Hit', 'FPL – Manager: Wildcard Active',
    'Biwenger – Entrenador: Modo Carrera', 'DraftKings – Manager: Daily Fantasy', 'FanDuel – Manager: Best Ball',
    'Proof_of_Identity_Driving_Licence_example.pdf', 'Proof_of_Address_Utility_Bill_sample.pdf',
    'Source_of_Funds_Crypto_Assets_guide.pdf',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a draw's numbers with no draw's word on their line and no bonus after them (a ticket's line, a field's or a "
        "result's label, the word on the line above, a bracketed bonus without its word: lottery_draws.a_draw reads "
        'DRAW_WORDS before the run on its line and BONUS_WORDS or `+` after it; `Lucky Dip`, `Your numbers`, '
        "`Tippfeld`, `Wyniki` are no draw's words); refused at session 45's start too"
    ): [
        'Lucky Dip: 3 12 19 27 38 45', 'Your numbers: 3 12 19 27 38 45', 'Ticket numbers 4 11 18 29 33 41',
        'Lucky numbers: 5 12 23 44 61', 'Lotto (Sat): 3 12 19 27 38 45 (22)', 'Lotto results:\n3 12 19 27 38 45',
        'Quick Pick 1: 3 12 19 27 38 45', 'Line 1: 3 12 19 27 38 45', 'Tippfeld 1: 3 12 19 27 38 45',
        'Hot numbers: 3 12 19 27 38 45', 'Most drawn: 3 12 19 27 38 45', 'Numbers drawn: 3 12 19 27 38 45',
        'Wyniki: 3 12 19 27 38 45', 'Kombination: 3 12 19 27 38 45', 'Joker: 3 12 19 27 38 45',
    ],
    (
        "a salary's range of round thousands around an unspaced dash (detector._thousands_range asks a blank on each "
        "side of the dash); refused at session 45's start too"
    ): [
        'Gehalt: 52 000–60 000 € brutto', 'Lön: 35 000–40 000 kr/mån',
    ],
    (
        "a Swish merchant's 123 number after Swish's number's word, a verb, a bracket or a payee "
        '(detector._after_swish reads `swish` only as the last label word or before payees.DIRECTION_WORDS: '
        "`Swish-nummer`, `Swishnr`, `Swisha`, `Swish (företag)` are not it); refused at session 45's start too"
    ): [
        'Swish-nummer: 123 456 78 90', 'Swishnummer 123 456 78 90', 'Swish nr 123 456 78 90',
        'Swisha till 123 456 78 90', 'Swish-nummer till Stadsmissionen: 123 900 44 55', 'Swishnr: 123-456 78 90',
        'Swish (företag): 123 456 78 90',
    ],
    (
        "a fantasy game's page naming a chip, a mode, a record or a market after its manager's label "
        "(role_labels.names_a_fantasy_manager reads two capitalized words as a manager's name; gamer_ids reads "
        "`Comunio-Manager:` as an account's label before a word), and public managers in a fantasy game's text (only "
        "a list of public people tells `Pep Guardiola`); went out at session 45's start: regressions of session 45 "
        '(closer 193)'
    ): [
        'Comunio-Manager: Marktwert', 'Fantasy Premier League – Manager: Pep Guardiola', 'FPL – Manager: Mikel Arteta',
    ],
    (
        "a proof's or a winnings statement's file naming a utility, a public utility, a draw, a charity lottery or a "
        'document before a lower-case word or a date (personal_documents.DOCUMENTS["a proof for a customer\'s check"],'
        ' ["a player\'s winnings"] with personal_documents._QUOTES: two capitalized words before `bill`, `sample`, '
        "`example`, `guide` or a date read as the customer); went out at session 45's start: regressions of session "
        '45 (closer 194)'
    ): [
        'Proof-of-Address-Virgin-Media-bill.pdf', 'Adressnachweis_Stadtwerke_München_2026-03-02.pdf',
        'Winnings_Statement_Mega_Millions_2026-03-02.pdf', 'Gewinnmitteilung_Aktion_Mensch_2026-03-02.pdf',
    ],
    (
        "a client's housing, a pro's service, a payout's balance, a bettor's kind, a gambling record's photo, bill, "
        "mismatch or period, a share's server or group, a trade's kind after a register's dash, none in "
        'standings.STANDING_WORDS (home_services._a_person, home_services._REGISTERED, role_labels.a_bettors_thing, '
        "wagers._a_player, payees._a_counterparty; `Booking confirmed for …` is record_names' "
        "key_lexicon.RECORD_FOR); refused at session 45's start too"
    ): [
        'Homeowner: Housing Co-operative',
        'Homeowner: Social Housing', 'Homeowner: Private Renter', 'Payout to Bonus Balance',
        'Bettor: Recreational Player', 'Tipster: Free Bets', 'Bettor: Sports Fan',
        'Booking confirmed for Garden Maintenance', 'Booking confirmed for Chimney Sweep',
        'Booking confirmed for Pest Control', 'Message from Trustpilot Reviews:', 'Our cleaner Dyson Robot was great',
        'KYC check failed for Blurry Photo', 'KYC check failed for Utility Bill',
        'KYC check failed for Selfie Mismatch', 'KYC check failed for Name Mismatch',
        'Deposit limit set for Seven Days', 'Selbstsperre für Zwölf Monate', 'Bet slip shared by Discord Server',
        'Apuesta compartida por Grupo Telegram', 'NICEIC registration no. 112233 – Electrical Contractor',
        'Handwerksrolle Nr. 12345 – Sanitär Heizung Klima',
    ],
    (
        "a club named by its town or its nickname, a race meeting after a bettor's label "
        '(role_labels.a_bettors_thing: CLUB_AND_BREED_WORDS has no `Celta`, `Celtics`, `Patriots`, `National`); '
        "refused at session 45's start too"
    ): [
        'Apostador: Celta de Vigo', 'Bettor: Boston Celtics', 'Bettor: New England Patriots',
        'Tipster: Grand National',
    ],
    (
        "a user name's state `Deleted`, `Reserved`, Italian `Sospeso` (personal_keys.titled_state, read by "
        "labelled_values._value_reason); refused at session 45's start too"
    ): [
        'Username: Deleted', 'Username: Reserved', 'Nome utente: Sospeso',
    ],
}


PERSONAL = [
    # (a lottery draw's numbers (closer 193: lottery_draws.a_draw) and phones beside a draw)
    'Lotto-Tippgemeinschaft: Ilse +45 51 62 73 84', 'EuroMillions syndicate: Orla +47 48 52 63 79',
    'Draw entry – Orla Quenby, portable 06 14 22 35 47',
    # (a salary's range (closer 195: detector._thousands_range), Swish's, Vipps's and MobilePay's numbers
    # (detector._after_swish))
    'Telefon 123 400 – 567 800', 'Konto: 123 400 – 567 800', 'Swish: 123 456 78 90, Orla Quenby 070 123 45 67',
    # (people after closer 198's labels and prepositions, a standing's word beside them (standings.a_standing))
    'Homeowner: Orla Quenby (Landlord)', 'Homeowner: Orla Quenby, Landlord', 'Nanny: Orla Quenby, Part Time',
    'Tasker: Orla Quenby – Fully Insured', 'Sitter: Orla Quenby – Weekend', 'Carer: Orla Quenby (Overnight)',
    'Pflegekraft: Ilse Wendtkamp, examiniert', 'Appointment confirmed for Orla Quenby – Boiler Service',
    'Tipster: Orla Quenby – Racing', 'Bettor: Orla Quenby (Premium)', 'Bet slip shared by Orla Quenby via App',
    'KYC check failed for Orla Quenby – Proof Address', 'Payout to Orla Quenby (winner)', 'Tipster: Orla King',
    'Bettor: Orla Silver', 'Payout to Orla Gold', 'Appointment confirmed for Orla Clean',
    'Payout to Orla Quenby, Lucky Winner', 'Gewinnauszahlung an Ilse Wendtkamp', 'Jackpot winner: Orla Quenby',
    'Jackpot winner: Orla Quenby (Mega Jackpot)', 'Lottery winner: Orla Quenby, Lotto',
    'Deposit limit set by Orla Quenby, Operator', 'Bet placed by Orla Quenby on Mobile',
    'Self-exclusion for Orla Quenby – Problem Gambler',
    # (fantasy games' accounts, bettors with family names near the standings, winners congratulated (closers 193,
    # 198))
    'Booking confirmed for Tjorven Winner', 'FPL manager ID: 4829137', 'Sorare username: orlaq88',
    'Betfair username: orlaq88', 'Fantasy football – Manager: Orla Quenby',
    'Fantasy league – Managerin: Ilse Wendtkamp', "Congratulations Orla Quenby! You've won £250",
    'Congrats Orla Quenby, you won', "Well done Orla Quenby, you've won", 'Félicitations Orla Quenby, vous avez gagné',
    'Congratulations Orla Quenby — your numbers matched', "Congratulations Mrs Quenby, you've won",
    'Congratulations Orla Quenby, your ticket is a winner', 'Grattis Orla Quenby, du har vunnit',
    "Congratulations Alexandra Quenby, you've won",
    # (a player's or a customer's files (closer 194: personal_documents) and tipsters' pages
    # (person_routes.TIPSTER_WORDS))
    'Source of Funds – Orla Quenby – payslip.pdf', 'Proof-of-ID-Orla-Quenby-passport.jpg',
    'Proof_of_Address_Orla_Quenby_British_Gas_bill.pdf',
    # (a party's bank or tier, a horse's keys (closer 196: personal_keys._a_partys_bank_or_tier), golden motifs
    # (cued_names._a_golden_motif), a user name's state (labelled_values._value_reason))
    'Username: Orla Quenby',
    # (fantasy games' managers and accounts (closer 193: role_labels.names_a_fantasy_manager, gamer_ids))
    'Fantasy Premier League – Manager: Orla Quenby', 'FPL – Manager: Orla Quenby', 'Sorare manager: Orla Quenby',
    'Fantasy Premier League – Manager: Orla Winner', 'Fantasy Premier League – Manager: Orla Slot',
    'Fantasy Premier League – Manager: Alexandra Quenby', 'Betfair Exchange username: orlaq88',
    'Biwenger – Entrenador: Orla Quenby', 'Mon Petit Gazon – Entraîneur : Orla Quenby',
    # (closer 202: review 35's regressions of session 45 fixed)
    'Lotto syndicate – Orla Quenby 06 12 34 56 78', 'Loterie : gagnante Orla Quenby, 06 14 22 35 47',
    'Tirage au sort – contactez Orla au 06 12 34 56 78', 'Loterij winnaar Orla Quenby 06-12-34-56-78',
    'Prize draw winner: Orla Quenby 06 12 34 56 78', 'Keno – Orla 06 12 34 56 78',
    'Lotto winner Orla Quenby, call her on 06 12 34 56 78', 'Loterij: bel 06-12-34-56-78',
    'Ziehung am Samstag, Rückruf 06 12 34 56 78', 'Tel: 38 000 – 42 000', 'Tel. 12 300 – 45 600',
    'Mobil: 12 300 – 45 600', 'Phone: 45 600 – 78 900', 'Ring mig 12 300 – 45 600', 'Kontonummer 12 300 – 45 600',
    # (closer 203: review 35's leaks closed: detector._p2p_payee_named, role_labels.FANTASY_GAMES and
    # role_labels._a_chip_or_a_mode, greetings._AFTER_CONGRATULATED and a given name alone)
    'Vipps til Orla: 412 34 567', 'MobilePay til Orla 21 34 56 78', 'Manager: Orla Quenby – Gameweek 14 – 72 pts',
    'Mini-league manager: Orla Quenby', 'Dream Team manager: Orla Quenby',
    'Kicker Managerspiel – Manager: Ilse Wendtkamp', 'Congratulations to Orla Quenby, winner of our prize draw',
    "Congratulations, Orla! You've won", 'Enhorabuena Orla Quenby, has ganado',
    'Congratulations Orla Quenby on your win',
    # (closer 208: a given name before a standing's or a club's word as a family name, a full name before a
    # standing's word (standing_names.a_person_before_a_standing, a_person_beside_a_club))
    'Tasker: Orla Tasker', 'Punter: Orla Punter', 'Payout to Orla Winner', 'Tipster: Orla Winner',
    'Bettor: Tjorven Winner', 'Bet slip shared by Orla Winner', 'Homeowner: Orla Buyer', 'Nanny: Orla Daily',
    'Nanny: Orla Weekly', 'Tipster: Orla Slot', 'Payout to Orla Lotto', 'Bet slip shared by Tjorven Slot',
    'Wette von Hilde Spiel', 'Sitter: Orla Sitter', 'Message from Orla Daily:',
    'Appointment confirmed for Orla Buyer', 'Our cleaner Orla Weekly came today',
    'Self-exclusion confirmed for Orla Punter', 'KYC check failed for Orla Winner', 'Payout to Orla Tasker',
    'Contest winner: Orla Winner', 'Tipster: Orla Quenby Tips', 'Bet slip shared by Orla Quenby Online',
    'KYC check failed for Orla Quenby Passport', 'Payout to Orla Quenby Online',
    'Auszahlung an Ilse Wendtkamp Gewinner', 'Tipper: Ilse Wendtkamp Experte',
    "Bet placed from Orla Quenby's Phone", 'Wette platziert von Ilse Wendtkamp Online', 'Tipster: Alexandra Quenby',
    'Punter: Alexandra Dunstreth', 'Bettor: Orla Berger', 'Apostador: Orla Real', 'Tipster: Hertha Wendtkamp',
    'Tipster: Tjorven Argyle',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a club's word that is a given name rarer than given_names.GIVEN_NAMES holds before a family name's shape "
        "(standing_names.a_person_beside_a_club asks a given name's proof: `Fortuna` is a club's, `Fortuna "
        "Sittard`); went out at session 45's start too"
    ): [
        'Bettor: Fortuna Quenby',
    ],
    (
        "a full name with a standing's word glued after it or opening the words before it (standings.a_standing reads"
        ' every word after the label, so `Orla Quenby Online`, `Ilse Wendtkamp Gewinner`, `Find Orla Quenby` hold a '
        "standing); refused at session 45's start: regressions of session 45 (closer 198)"
    ): [
        'Gas Safe Register no. 765432 – Find Orla Quenby',
    ],
    (
        "a full name with a service's, a desk's, a tier's or a trade's word after it after a booking's, a message's, "
        "a punter's, a withdrawal's cue, a family name `Service`, `Berger` (home_services._a_person, payees, "
        "role_labels.names_a_bettor ask the name to end the value); went out at session 45's start too"
    ): [
        'Booking confirmed for Orla Quenby Cleaning', 'Message from Orla Quenby (Support):', 'Punter: Orla Quenby VIP',
        'Withdrawal to Orla Quenby Premium', 'Message from Orla Quenby, Engineer:', 'Homeowner: Orla Service',
        'Uitbetaling aan Orla Berger',
    ],
    (
        "a fantasy manager with no fantasy game's word in the text (a private league's name, a team's id, a rank: a "
        "club's manager's page holds them as often), in lower case, `<Family>, <Given>`, a bracket after the name, "
        "a game's name before `Name:` (role_labels.names_a_fantasy_manager asks role_labels.FANTASY_GAMES and a full "
        "name ending the value; closer 203 read the games' and rounds' words, not these shapes); went out at session "
        "45's start too"
    ): [
        'League: Office Mates – Manager: Orla Quenby', 'Manager: Orla Quenby (Team ID 4829137)',
        "Manager: Orla Quenby, Team: Orla's Invincibles, Rank 12,345", 'Kicktipp Name: Orla Quenby',
        'Comunio – Manager: orla quenby', 'Kickbase – Manager: Quenby, Orla', 'FPL manager: Orla Quenby (ID 4829137)',
    ],
    (
        'a winner congratulated alone (a winner in the news is so: `Congratulations Max Verstappen`), in lower case '
        '(greetings._CONGRATULATIONS asks a full name in capitals and a comma or `!` before the second person: '
        "greetings._GOES_ON_WORDS; closer 203 read the third person, `on your`, Spanish and a given name alone); went "
        "out at session 45's start too"
    ): [
        'Congratulations Orla Quenby', "Congratulations orla quenby, you've won",
    ],
    (
        "a proof's or a winnings statement's file naming its person in capitals, family first, before the document's "
        'words, in lower case, after a date, at the end, after an honorific (personal_documents._QUOTES asks a '
        "capitalized name after the document's words and before a lower-case word, a date or a code); went out at "
        "session 45's start too"
    ): [
        'Proof_of_Address_ORLA_QUENBY_2026.pdf', 'Proof_of_Address_Quenby_Orla_2026.pdf',
        'Orla_Quenby_Proof_of_Address.pdf', 'proof_of_address_orla_quenby_2026.pdf',
        'Winnings_Statement_2026_Orla_Quenby.pdf', 'Proof_of_Address_Orla_Quenby.pdf',
        'Gewinnmitteilung_Ilse_Wendtkamp_2026.pdf', 'Proof_of_Address_Mrs_Orla_Quenby_2026.pdf',
        'Winnings_Statement_Orla_Winner_2026.pdf',
    ],
    (
        "a name after a rite's golden motif (cued_names' rite reads the two words after it, "
        'cued_names._a_golden_motif sends `Golden Dove` out and the name after it goes unread); went out at session '
        "45's start too"
    ): [
        'Baptism Golden Dove Orla Quenby', 'First Communion Silver Cross for Orla Quenby',
    ],
}


ORDINARY_KEYS = [
    # (a party's bank or tier, a horse's keys (closer 196: personal_keys._a_partys_bank_or_tier), golden motifs
    # (cued_names._a_golden_motif), a user name's state (labelled_values._value_reason))
    'payer_bank_name', 'donor_tier_level', 'donor_level', 'donor_segment', 'remitter_bank_name', 'pferd_geschlecht',
    'cavallo_sesso', 'paard_geslacht', 'caballo_sexo',
    # (a standing, a service, a tier, a market after closer 198's labels (standings.a_standing), golden motifs)
    'donor_tier_name',
]


DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "a party's bank's BIC, SWIFT, branch, city, country or id, a recipient's or a creditor's bank "
        "(personal_keys._a_partys_bank_or_tier reads payee, counterparty, donor, beneficiary's bank name or code "
        "only; `recipient`, `creditor`, `debtor`, `sender` parties not); refused at session 45's start too"
    ): [
        'recipient_bank_code', 'beneficiary_bank_country', 'payee_bank_bic', 'payee_bank_swift', 'sender_bank_id',
        'payee_bank_branch', 'counterparty_bank_country_code', 'beneficiary_bank_city', 'recipient_bank',
        'creditor_bank_bic', 'debtor_bank_bic',
    ],
}


PERSONAL_KEYS = [
    # (a party's bank or tier, a horse's keys (closer 196: personal_keys._a_partys_bank_or_tier), golden motifs
    # (cued_names._a_golden_motif), a user name's state (labelled_values._value_reason))
    'payee_bank_account_number', 'beneficiary_bank_iban', 'payee_bank_holder_name',
]


ORDINARY_URLS = [
    # (referral routes' campaigns, places, clubs and sources (closer 195: referral_links.CAMPAIGN_WORDS,
    # PLACE_AND_CLUB_WORDS, CAMPAIGN_SOURCE_WORDS; closer 198: referral_links._words_ordinary))
    'https://www.example.com/invite/black-friday-2026', 'https://www.example.com/invite/christmas-2026',
    'https://www.example.com/invite/xmas-party', 'https://www.example.com/invite/easter-bonus',
    'https://www.example.com/invite/galaxy-s26', 'https://www.example.com/invite/pixel-10',
    'https://www.example.com/einladung/weihnachtsfeier-2026', 'https://www.example.com/einladung/oktoberfest-2026',
    'https://www.example.com/invitation/fete-des-meres', 'https://www.example.com/parrainage/noel-2026',
    'https://www.example.com/invitacion/navidad-2026', 'https://www.example.com/invito/festa-della-mamma',
    'https://www.example.com/invite/santa-monica', 'https://www.example.com/invite/los-angeles-lakers',
    'https://www.example.com/invite/saint-etienne', 'https://www.example.com/invite/sankt-pauli',
    'https://www.example.com/invite/real-betis', 'https://www.example.com/invite/sporting-cp',
    'https://www.example.com/invite/premier-inn', 'https://www.example.com/invite/hilton-hotels',
    'https://www.example.com/join/mclaren-racing', 'https://www.example.com/join/jackpot-city',
    'https://www.example.com/invite/?from=Black+Friday', 'https://www.example.com/invite/?from=Summer+Sale',
    'https://www.example.com/invite/?from=Product+Hunt', 'https://www.example.com/invite/?from=Hacker+News',
    'https://www.example.com/invite/?from=Soldes+Hiver', 'https://www.example.com/invite/?from=Rebajas+Enero',
    'https://www.example.com/invite/?from=Green+Monday', 'https://www.example.com/invite/?from=Spring+Deals',
    'https://www.example.com/invite/?from=Winter+Sales',
    # (a player's or a customer's files (closer 194: personal_documents) and tipsters' pages
    # (person_routes.TIPSTER_WORDS))
    'https://www.example.com/tipsters/champions-league/picks', 'https://www.example.com/tipsters/world-cup/tips',
    'https://www.example.com/tippgeber/bundesliga-heute/tipps',
    # (promotion codes, tyres and regions under ?reg=, notices' places and papers, pets' breeds and guides, sitters'
    # towns (closer 196))
    'https://shop.example.com/p?reg=SUMMER2026', 'https://shop.example.com/p?reg=WELCOME10',
    'https://shop.example.com/p?reg=FREESHIP', 'https://shop.example.com/tyres?reg=255-35-ZR19',
    'https://shop.example.com/p?reg=SPRING15', 'https://shop.example.com/obituaries/long-island',
    'https://shop.example.com/obituaries/palm-springs', 'https://shop.example.com/obituaries/grand-rapids',
    'https://shop.example.com/obituaries/sioux-falls', 'https://shop.example.com/obituaries/scottish-borders',
    'https://shop.example.com/obituaries/yorkshire-post', 'https://shop.example.com/obituaries/liverpool-echo',
    'https://shop.example.com/obituaries/irish-independent', 'https://shop.example.com/obituaries/evening-standard',
    'https://shop.example.com/obituaries/send-flowers', 'https://shop.example.com/obituaries/staten-island',
    'https://shop.example.com/obituaries/the-times', 'https://shop.example.com/traueranzeigen/berlin-mitte',
    'https://shop.example.com/traueranzeigen/frankfurt-innenstadt',
    'https://shop.example.com/traueranzeigen/sueddeutsche-zeitung',
    'https://shop.example.com/traueranzeigen/frankfurter-rundschau',
    'https://shop.example.com/avis-de-deces/aix-en-provence', 'https://shop.example.com/owners/golden-retriever/pets',
    'https://shop.example.com/owners/cocker-spaniel/pets', 'https://shop.example.com/owners/french-bulldog/pets',
    'https://shop.example.com/owners/border-collie/pets', 'https://shop.example.com/owners/car-travel/pets',
    'https://shop.example.com/sitter/north-london', 'https://shop.example.com/sitter/greater-manchester',
    'https://shop.example.com/sitter/west-end', 'https://shop.example.com/sitter/san-diego',
    'https://shop.example.com/sitter/los-angeles', 'https://shop.example.com/cuidador/personas-mayores',
    'https://shop.example.com/cuidador/las-palmas', 'https://shop.example.com/oppas/den-haag',
    'https://shop.example.com/landlords/free-template/rent-statement',
    'https://shop.example.com/landlords/excel-template/rent-statement',
    'https://shop.example.com/landlords/selective-licensing/rent-statement',
    # (closer 202: review 35's regressions of session 45 fixed)
    'https://www.example.com/tipsters/grand-national/tips', 'https://www.example.com/tipsters/cheltenham-festival/tips',
    'https://www.example.com/tipsters/royal-ascot/picks', 'https://www.example.com/tipsters/kentucky-derby/picks',
    'https://www.example.com/tipsters/both-teams-to-score/tips', 'https://www.example.com/tipsters/over-under/picks',
    'https://www.example.com/tipsters/march-madness/picks', 'https://www.example.com/tipsters/super-bowl/picks',
    'https://www.example.com/tipsters/each-way/tips', 'https://www.example.com/tipsters/value-bets/tips',
    'https://www.example.com/tipsters/most-profitable/picks', 'https://www.example.com/tipsters/new-tipsters/tips',
    'https://www.example.com/tipsters/formula-one/tips', 'https://www.example.com/tipsters/six-nations/picks',
    'https://www.example.com/tipsters/correct-score/tips', 'https://www.example.com/tipsters/lay-the-draw/tips',
    'https://www.example.com/tipsters/in-play/tips', 'https://www.example.com/tipsters/high-odds/picks',
    'https://www.example.com/typerzy/ekstraklasa-dzis/typy', 'https://www.example.com/tipsters/masters-augusta/picks',
    'https://www.example.com/tipsters/us-open/picks', 'https://www.example.com/tipsters/wimbledon-final/picks',
]


DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a referral route's coin, feast, town or club outside the closers' vocabularies "
        '(referral_links.CAMPAIGN_WORDS has no `dogecoin`, `solana`, `sinterklaas`; PLACE_AND_CLUB_WORDS no `san`, '
        '`st`, `el`, `la`, `le`, and the club words of role_labels.CLUB_AND_BREED_WORDS, `atletico`, `united`, are '
        "not read; a hotel's brand), a sale day's or a season's source (referral_links.CAMPAIGN_SOURCE_WORDS has no "
        "`day`, `week`, `school`); refused at session 45's start too"
    ): [
        'https://www.example.com/invite/dogecoin2026', 'https://www.example.com/invite/solana-airdrop',
        'https://www.example.com/uitnodiging/sinterklaas-2026', 'https://www.example.com/invite/san-francisco-2026',
        'https://www.example.com/invite/san-diego', 'https://www.example.com/invite/st-tropez',
        'https://www.example.com/invite/el-paso', 'https://www.example.com/invite/la-rochelle',
        'https://www.example.com/invite/le-mans-2026', 'https://www.example.com/invite/atletico-madrid',
        'https://www.example.com/invite/inter-miami', 'https://www.example.com/invite/manchester-united',
        'https://www.example.com/invite/marriott-bonvoy', 'https://www.example.com/invite/?from=Boxing+Day',
        'https://www.example.com/invite/?from=Prime+Day', 'https://www.example.com/invite/?from=Singles+Day',
        'https://www.example.com/invite/?from=Back+To+School', 'https://www.example.com/invite/?from=Black+Week',
    ],
    (
        "a promotion's code of five letters or fewer under `?reg=` (privacy._a_code_not_a_plate asks six letters: "
        "`SAVE20`, `XMAS25` keep a plate's shape), towns and papers after a notice's word, breeds of two words after "
        "an owner's word, Spanish towns opening `la`, `el` after a carer's word, a safety certificate before a rent "
        'statement (person_routes._REGION_WORDS, _NOTICE_LIST_WORDS have no `hills`, `fort`, `post`, `globe`, '
        '`parisien`, `vanguardia`; _PET_GUIDE_WORDS no `shepherd`, `russell`, `coon`, `shorthair`; _not_a_place_slug '
        "only `las`, `los`; _TENANCY_GUIDE_WORDS no `gas`, `safety`); refused at session 45's start too"
    ): [
        'https://shop.example.com/p?reg=SAVE20', 'https://shop.example.com/p?reg=XMAS25',
        'https://shop.example.com/obituaries/bristol-post', 'https://shop.example.com/obituaries/beverly-hills',
        'https://shop.example.com/obituaries/fort-worth', 'https://shop.example.com/obituaries/washington-post',
        'https://shop.example.com/obituaries/boston-globe', 'https://shop.example.com/avis-de-deces/le-parisien',
        'https://shop.example.com/avis-de-deces/ouest-france', 'https://shop.example.com/esquelas/la-vanguardia',
        'https://shop.example.com/owners/german-shepherd/pets', 'https://shop.example.com/owners/jack-russell/pets',
        'https://shop.example.com/owners/shih-tzu/pets', 'https://shop.example.com/owners/cavalier-king-charles/pets',
        'https://shop.example.com/owners/maine-coon/pets', 'https://shop.example.com/owners/british-shorthair/pets',
        'https://shop.example.com/cuidador/la-coruna', 'https://shop.example.com/cuidador/el-puerto',
        'https://shop.example.com/landlords/gas-safety/rent-statement',
    ],
}


PERSONAL_URLS = [
    # (referral routes' campaigns, places, clubs and sources (closer 195: referral_links.CAMPAIGN_WORDS,
    # PLACE_AND_CLUB_WORDS, CAMPAIGN_SOURCE_WORDS; closer 198: referral_links._words_ordinary))
    'https://shop.example.com/invite/orla-quenby-2026',
    # (a player's or a customer's files (closer 194: personal_documents) and tipsters' pages
    # (person_routes.TIPSTER_WORDS))
    'https://shop.example.com/tipsters/orla-quenby/stats', 'https://shop.example.com/tipster/orla-quenby/record',
    'https://shop.example.com/pronostiqueurs/orla-quenby/pronostics',
    'https://shop.example.com/typerzy/orla-quenby/typy',
    # (notices', pets' and sitters' pages, plates (closer 196: person_routes, privacy._a_code_not_a_plate))
    'https://shop.example.com/obituaries/emily-post', 'https://shop.example.com/cuidador/lola-de-la-cruz',
    'https://shop.example.com/sitter/la-toya-quenby',
    # (closer 202: review 35's regressions of session 45 fixed)
    'https://shop.example.com/invite/orla-quenby-halloween', 'https://shop.example.com/invite/orla-quenby-fest',
    'https://shop.example.com/invite/orla-quenby-iphone', 'https://shop.example.com/einladung/ilse-wendtkamp-feier',
    'https://shop.example.com/invite/juan-santa-cruz', 'https://shop.example.com/invite/orla-real',
    'https://shop.example.com/invite/orla-saint', 'https://shop.example.com/invite/orla-quenby-casino',
    'https://shop.example.com/join/orla-quenby-racing', 'https://shop.example.com/invite/orla-quenby-xmas',
    'https://shop.example.com/invite/orla-quenby-vip', 'https://shop.example.com/join/orla-quenby-premium',
    'https://shop.example.com/join/orla-quenby-online', 'https://shop.example.com/join/orla-quenby-tips',
    'https://shop.example.com/obituaries/susan-hampshire', 'https://shop.example.com/obituaries/orla-cheshire',
    'https://shop.example.com/owners/orla-child/pets', 'https://shop.example.com/owners/orla-senior/pets',
    'https://shop.example.com/owners/orla-kind/pets', 'https://shop.example.com/oppas/orla-kinder',
    'https://shop.example.com/sitter/orla-south', 'https://shop.example.com/sitter/orla-north',
    'https://shop.example.com/obituaries/orla-west', 'https://shop.example.com/obituaries/orla-north',
    'https://shop.example.com/obituaries/orla-south', 'https://shop.example.com/traueranzeigen/ilse-ost',
    # (closer 203: review 35's leaks closed: national_ids._VANITY_PLATE, privacy._a_code_not_a_plate)
    'https://shop.example.com/quote?reg=QUENBY1', 'https://shop.example.com/quote?reg=DUNSTR1',
]


LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a person's referral slug beside a feast's, a device's, a place's or a club's word, or a family name that is "
        "one (`Real`, `Saint`, `Santa Cruz`), a sale's, a blog's or a day's word beside a name under `?from=` "
        '(referral_links.CAMPAIGN_WORDS, PLACE_AND_CLUB_WORDS in referral_links._NOT_A_REFERRER; '
        'referral_links.CAMPAIGN_SOURCE_WORDS in referral_links.an_inviters_name: `Sale`, `Friday` are family names '
        "too); refused at session 45's start: regressions of session 45 (closer 195)"
    ): [
        'https://shop.example.com/invite/?from=Orla+Quenby+Blog', 'https://shop.example.com/invite/?from=Orla+Friday',
        'https://shop.example.com/invite/?from=Orla+Sale', 'https://shop.example.com/invite/?from=Orla+Quenby+Sale',
    ],
    (
        "a person's referral slug holding a standing's word or a family name that is one "
        '(referral_links._words_ordinary with standings.STANDING_WORDS: `casino`, `racing`, `winner`, `tasker`, '
        "`daily`); refused at session 45's start: regressions of session 45 (closer 198)"
    ): [
        'https://shop.example.com/invite/orla-winner', 'https://shop.example.com/join/tjorven-tasker',
        'https://shop.example.com/invite/orla-daily',
    ],
    (
        "a person's referral slug beside a tier's, a season's or a channel's word, glued, a family name `Buyer`, a "
        "Spanish name holding `de los` (referral_links' ordinary words before closer 195); went out at session 45's "
        'start too'
    ): [
        'https://shop.example.com/invite/orlaquenbyxmas', 'https://shop.example.com/invite/orla-buyer',
        'https://shop.example.com/invite/orla-pro', 'https://shop.example.com/invite/orlaquenby-pro',
        'https://shop.example.com/invite/maria-de-los-angeles',
    ],
    (
        "a family name that is a falls', a county's or a paper's word after a notice's word, a breed's, a child's, an"
        " elder's word after an owner's word, a compass word or a Spanish article after a sitter's "
        '(person_routes._REGION_WORDS `falls`, _COUNTY_ENDING `shire` (`Hampshire`, `Cheshire`), _NOTICE_LIST_WORDS '
        '`courier`, _PET_GUIDE_WORDS `collie`, `child`, `senior`, `kind`, `kinder`, _not_a_place_slug `north`, '
        "`south`, `las`); refused at session 45's start: regressions of session 45 (closer 196)"
    ): [
        'https://shop.example.com/obituaries/orla-falls', 'https://shop.example.com/obituaries/orla-courier',
        'https://shop.example.com/owners/orla-collie/pets', 'https://shop.example.com/cuidadora/las-heras',
    ],
    (
        "a tipster's page by a name's slug with no page after it, with digits, glued, or holding a topic's word as a "
        'family name (person_routes.TIPSTER_WORDS asks person_routes.PLAYER_PAGES after a slug of two words, no '
        "digit, none in TIP_TOPICS: `Daily`, `Best`, `Free` are family names too); went out at session 45's start too"
    ): [
        'https://shop.example.com/tipsters/orla-quenby', 'https://shop.example.com/tipsters/orla-quenby-87/picks',
        'https://shop.example.com/tipsters/orlaquenby/picks', 'https://shop.example.com/tipsters/orla-daily/picks',
        'https://shop.example.com/tipsters/orla-best/picks', 'https://shop.example.com/tipsters/orla-free/picks',
    ],
}


globals().update(review_tests(globals()))
