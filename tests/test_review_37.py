"""Review 37: session 47's closers 203 to 206 (a P2P payee's name before a mobile, fantasy games' words and chips,
winners congratulated in the third person, vanity plates under `?reg=`; visit logs, registers' holders in brackets,
quote files family-first in capitals, server members before a handle, couples, named parties' keys, `?with=` inboxes,
referral routes, lower-case names after thanks, a thing's `for:`, a label's dash and `… of`, party labels by language,
genealogy's notices and files by a name's shape; dating.py's matches, reports, `filed by` and records made out to a
member, handles in running text, selfie and biodata files; a phone's or an account's label, zero-padded draws, a pro's
service after a dash, a game series' edition, towns that are words) attacked both ways by an outsider who has read
them: personal near variants their edges let out (other languages, separators, orders, apps and payment services) that
must be kept, and what dating apps, payment apps, shops, fantasy games, lotteries, trades' directories, genealogy
sites, chat tools and forms send near those rules that must go out. Text is read by detector.reason, keys by
detector.key_reason, URLs by privacy.clean_url. What fails today is a strict expected failure grouped by family, each
naming the rule that decides it and saying whether session 47's start (6b5dfa4e) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (closer 203: charities' and shops' short numbers after a transfer's word, fantasy pages, clubs and tiers
    # congratulated)
    'Vipps til Røde Kors 2272', 'Vipps til Kirkens Bymisjon 10 20 30', 'PayNow to UEN 201912345K',
    'Vipps til Frelsesarmeen: 2022', 'FPL – Manager: Triple Captain', 'FPL – Manager: Bench Boost Active',
    'Kicktipp – Tipprunde: Bundesliga 2025', 'Comunio – Manager: Marktwert', 'Dream Team – Manager: Team Value',
    'FPL mini-league: Work Colleagues', 'Gameweek 14 – Deadline Saturday 11:00', 'FPL – Manager: Wildcard Played',
    'Managerspiel – Manager: Saisonwertung', 'Kickbase – Manager: Transfermarkt',
    'Fantasy League – Manager: Head to Head', 'Congratulations to Real Madrid, winners of the Champions League',
    'Congratulations to all our winners', 'Congratulations New Member on your first order',
    'Enhorabuena, Campeón, has ganado', 'Felicidades Ganador, has ganado',
    'Félicitations à Paris Saint-Germain, le champion', "Congratulations, Champion! You've won",
    'Congratulations Early Bird on your discount', 'Congratulations Top Tipster on your streak',
    # (closer 204: brands after an honorific, registers' states, a pro's bracketed kind, quote files, bots, a
    # wedding's parts, thanks, audiences, a label's dash, documents `of`, party labels, newspapers' notices)
    'Visite – Monsieur Bricolage –', 'Besuch – Dr. Oetker –', 'Gas Safe no. 123456 (Check Online)',
    'NICEIC reg 12345 (Approved Contractor)', 'Gas Safe no. 123456 (Domestic Only)', 'Sitter: Dogs (Large)',
    'Tutor: Maths (GCSE)', 'Nanny: Full Time (Live Out)', 'Nanny: Newborn (Twins)', 'Quote_UPDATED_Kitchen.pdf',
    'Angebot_NEU_Küche_2026.pdf', 'Quote_IKEA_Kitchen.pdf', 'Welcome Bot (welcome) joined the server',
    'Music Bot (musicbot) joined the server', 'Wedding enquiry – Mr & Mrs', 'Hochzeitsanfrage – Trauung & Feier',
    'Wedding enquiry – Dinner & Dance', 'thanks for your order', 'merci pour votre commande',
    'danke für ihre bestellung', 'thank you kindly sir', 'dziękuję bardzo', 'Ideal for: sensitive skin',
    'Geeignet für: empfindliche haut', 'Great for: game nights', 'Gift for: new parents', 'Empfänger – siehe unten',
    'Certificate of authenticity', 'Proof of purchase', 'Bill of lading', 'Mottaker: se bestilling',
    'Modtager: se ordre', 'Namn: saknas', 'Odbiorca: paczkomat inpost', 'Obituary – The Guardian',
    'In Memoriam – Sunday Times', 'Obituary Writing Guide', 'Death_Certificate_Sample_Template.pdf',
    # (closer 205: dating apps' pages, plans and help, handles' look-alikes, selfie and biodata products)
    'Match with Style', 'Blocked User List', 'Report user: Underage User',
    'Ticket 482913 submitted by Customer Service', 'Netflix – 1 month – Premium Plan',
    'Headspace – 1 year – Annual Plan', 'Invoice 482913 – Office 365 – Microsoft Ireland',
    'eharmony – 12 Monate – Premium Light', 'my ig is private', 'unmatch and block feature', 'find user_id in settings',
    'IG: new_in collection', 'selfie_verification_guide.pdf', 'Biodata_Template_Marriage.pdf',
    'Biodata Format for Marriage.pdf',
    # (closer 206: jobs' titles before salaries, draws, a pro's service, game series' editions, shops' towns)
    'Telefonverkäufer (m/w/d) 28 000 – 32 000 €', 'Mobile Engineer: 38 000 – 42 000 €',
    'Telefonistin: 28 000 – 32 000 €', 'Accountant: 38 000 – 42 000 €', 'Account Manager, Berlin: 38 000 – 42 000 €',
    'Powerball 06 12 34 45 48 PB 07', 'Lotto – 06 12 34 45 48', 'Set for Life 06 12 34 45 47 LB 07',
    'Saturday Lotto 06 12 34 45 48 49', 'Powerball: 06 12 34 45 48', 'Nanny – After School', 'Cleaner – Oven Cleaning',
    'Handyman – Odd Jobs', 'Sitter – Drop In', 'Tasker – Garden Clearance', 'Highscore: Kirby Super 9.800 Punkte',
    'Highscore: Pokemon Ultra 12.500 Punkte', 'Highscore: Mario Super 12,500 points', 'Payment to Tesco, Reading',
    'Refund from Boots, York', 'Zahlung an Rewe, Essen', 'Payment to Tesco, Cork', 'Payment to Boots, Chelsea',
    'Payment to Zara, Florence',
    # (closer 209: a page's, an audience's, a report's reason or an offer where dating.py reads a member's name)
    'Like sent to Top Picks', 'Rose sent to Daily Picks', 'Super Like sent to Top Picks!',
    'Matched with Real People!', 'Match mit Echten Menschen!', 'Match avec Célibataires Vérifiés',
    'Report user: Fake Profile', 'Report user: Spam Account', 'Report member: Inappropriate Photos',
    'Blocked user: Not Found', 'Signalement de Contenu Inapproprié', 'Denuncia de Perfil Falso',
    'Reported user: Account Suspended', 'Report 482913 filed by Trust Safety', 'Patent 482913 filed by Match Group',
    'Tinder Gold – 1 month – Best Value', 'Bumble Premium – 3 Monate – Bestes Angebot',
    'Hinge+ – 6 months – Most Popular', 'Parship Premium – 12 Monate – Jetzt Sparen',
    'Gym Membership – 12 months – Pure Gym', 'Rental 482913 – 7 days – Sixt Berlin',
    'Subscription – 1 month – Free Trial', 'Order 482913 – 2 weeks – Hello Fresh',
    'Bumble Boost – 1 week – Try Free', 'Meetic – 3 mois – Offre Spéciale', 'Lovoo VIP – 1 Monat – Jetzt Testen',
    'Lease 482913 – 36 months – Tesla Model', 'Hotel 482913 – 2 nights – Grand Hyatt',
    # (closer 210: a register's state, quotes' status words in capitals, bots, forms' fillers by language, a wish, a
    # compound's or a slang's account, selfie products, a class congratulated)
    'Gas Safe ID 123456 (Expires June)', 'Devis_TRAVAUX_Cuisine.pdf', 'Offerte_DEFINITIEF_Keuken.pdf',
    'Quote_URGENT_Boiler.pdf', 'Ticket Tool (tickettool) joined the server', 'Rythm Music (rythm) joined the server',
    'Double Counter (doublecounter) joined the server', 'Odbiorca: patrz zamówienie', 'Navn: ikke oppgitt',
    'Klient: firma prywatna', 'Nadawca: sklep internetowy', 'Nome: não informado', 'Rest in Peace, Always Loved',
    'block spam_calls', 'my ig is shadow_banned lol', 'Selfie_Ring_Light.jpg', 'selfie_Summer_Vibes.jpg',
    'Selfie_Mirror_Gold.png', 'Congratulations to Year Six, winners of sports day',
    # (closer 210, same verdict at session 47's start: a pro's service of common words after its dash)
    'Nanny – Maternity Cover', 'Nanny – Emergency Cover', 'Sitter – Cat Feeding', 'Tasker – Wall Mounting',
]

DROPPED: Dict[str, List[str]] = {
    (
        "a dating app's audience after a match's preposition (dating._MATCHED decides it today; refused at session "
        "47's start (6b5dfa4e) too, by another reading)"
    ): [
        'Match with Local Singles!', 'Match with Verified Profiles', 'New match with Hinge Standouts',
    ],
    (
        "a plan's period and a lodging, a store or a tier after a booking's, an order's or a membership's number "
        "(record_names, greetings' `Order … – …`, labelled_values.member_number_reason); refused at session 47's "
        "start (6b5dfa4e) too"
    ): [
        'Booking 482913 – 3 nights – Premier Inn', 'Order 482913 – Tinder Gold – Google Play',
        'Membership 482913 – 1 year – Gold Tier',
    ],
    (
        "a brand or a fairy tale's character after a visit's word and an honorific (home_services._VISIT_HONORED: "
        "_a_nickname knows `Fixit`, `Muscle`, not `Kipling`, `Selfridge`, `Holle`, `Sheen`); went out at session 47's "
        "start (6b5dfa4e): regressions of session 47 (closer 204)"
    ): [
        'Visit log – Mr Kipling –', 'Visit log – Miss Selfridge –', 'Besuch – Frau Holle –', 'Visit log – Mr Sheen –',
    ],
    (
        "a company register's state in a bracket after its number (not home_services: a register's number and a "
        "capitalized pair, detector's number readings); refused at session 47's start (6b5dfa4e) too"
    ): [
        'Companies House no. 12345678 (Active Company)',
    ],
    (
        "a newspaper or a broadcaster of two capitalized words after a notice's word and a dash, merchandise after "
        "`R.I.P.`, a guide's file after a certificate's words (genealogy._NAME_AFTER_WORDS, _a_names_shape, "
        "_file_named; cued_names._DOCUMENT_FILE for `Marriage_Certificate_…`); refused at session 47's start "
        "(6b5dfa4e) too"
    ): [
        'Nachruf – Frankfurter Allgemeine', 'Nachruf – Bayerischer Rundfunk', 'Obituary – Daily Telegraph',
        'Nekrolog – Gazeta Wyborcza', 'R.I.P. Grumpy Cat mug', 'Marriage_Certificate_Replacement_Form.pdf',
        'Birth_Certificate_Apostille_Guide.pdf',
    ],
    (
        "a compound's identifier after a network's label and a pictograph (handles._running_text_account, "
        "_PICTOGRAPH_AFTER: `new_filters` read as a member's account, `new` no vocabulary's word); went out at "
        "session 47's start (6b5dfa4e): a regression of session 47 (closer 205)"
    ): [
        'snap: new_filters 👻 out now',
    ],
    (
        "a charity's or a shop's short MobilePay number, Swish's business number `123 …` after a payee's name "
        "(payees' transfer reading; detector's phone layout for Swish's ten digits); refused at session 47's start "
        "(6b5dfa4e) too"
    ): [
        'MobilePay til Red Barnet 1 23 45', 'MobilePay til Kræftens Bekæmpelse 12 45 67',
        'Swish till Stadsmissionen: 123 900 11 22',
    ],
    (
        "an Italian or a Spanish fantasy game's market after its manager's label (role_labels.names_a_fantasy_manager: "
        "_a_chip_or_a_mode reads English and German chips, not `Asta`, `Mercado de Fichajes`); refused at session "
        "47's start (6b5dfa4e) too"
    ): [
        'Fantacalcio – Allenatore: Asta Fantacalcio', 'Biwenger – Mánager: Mercado de Fichajes',
    ],
    (
        "a zero-padded draw whose game's word is followed by a day, a brand's word or a bracket, or that "
        "lottery_draws.GAME_TOPS does not know (lottery_draws._a_games_numbers: _GAME_RIGHT_BEFORE; `Loto du "
        "samedi`, `Lotto Plus`, `EuroDreams`, `Euromillones`, `Oz Lotto`: a French mobile's shape); refused at "
        "session 47's start (6b5dfa4e) too"
    ): [
        'Loto du samedi : 06 12 34 45 48', 'Lotto Hotpicks 06 12 34 45 48', 'EuroDreams 06 12 34 35 38 40 Dream 04',
        'Euromillones 06 12 34 45 48 Estrellas 03 09', 'Oz Lotto 06 12 34 45 46 47 07', 'Lotto Plus 06 12 34 45 48',
        'Lotto draw 1789: 06 12 34 45 48', 'Lotto Saturday 06 12 34 45 48', 'Lotto (Mi) 06 12 34 45 48',
    ],
    (
        "a game's title of two words, a series' name and its subtitle, on a leaderboard (race_results: GAME_SERIES "
        "reads only an intensifier after a series' title; `Sonic Mania`, `Mario Kart`, `Donkey Kong`, `Crash "
        "Bandicoot` read as a player); refused at session 47's start (6b5dfa4e) too"
    ): [
        'Highscore: Sonic Mania 12.500 Punkte', 'Highscore: Tetris Effect 9.800 Punkte',
        'Highscore: Mario Kart 12.500 Punkte', 'Highscore: Doom Eternal 12.500 Punkte',
        'Highscore: Donkey Kong 12.500 Punkte', 'Highscore: Rayman Legends 9.800 Punkte',
        'Bestenliste: Wipeout Pure 9.800 Punkte', 'Highscore: Crash Bandicoot 9.800 Punkte',
        'Highscore: Halo Infinite 9.800 Punkte',
    ],
    (
        "a shop and a town after a payment's `to` where the town is in neither geography.TOWN_NAMES nor "
        "geography.TOWNS_THAT_ARE_WORDS (payees' `Family, Given`: `Lincoln`, `Preston`, `Stanley`, `Ede` read as a "
        "given name); refused at session 47's start (6b5dfa4e) too"
    ): [
        'Payment to Argos, Chester', 'Payment to Tesco, Lincoln', 'Payment to Tesco, Preston',
        'Payment to Asda, Warrington', 'Payment to Primark, Luton', 'Payment to Aldi, Kendal',
        'Betaling aan Albert Heijn, Ede', 'Payment to Costa, Stanley', 'Payment to Greggs, Durham',
    ],
}

PERSONAL = [
    # (closer 203: P2P payees, fantasy managers, winners congratulated)
    'Vipps to Orla 412 34 567', 'MobilePay til Orla Q. 21 34 56 78', 'Swish till Orla: 070 123 45 67',
    'Bizum a Orla Quenby 612 34 56 78', 'Kicktipp – Tipper: Orla Quenby', 'FPL – Manager: Orla Quenby – Triple Captain',
    'Fantacalcio – Allenatore: Orla Quenby', 'Félicitations à Orla Quenby, la gagnante',
    'Felicidades Orla Quenby, has ganado', 'Congratulations to Orla Q., winner of the prize draw',
    # (closer 204: visits, registers, brackets, quotes, joins, couples, lower-case names, notices)
    'Carer visit log – Mrs Quenby –', 'NICEIC reg 12345 (Orla Quenby)', 'Offerte_DUNSTRETH_Tjorven.pdf',
    'Orla Quenby (orlaq) joined the channel', 'Wedding enquiry – Orla Quenby and Tjorven Dunstreth',
    'thank you orla quenby', 'Lieferung für: tjorven dunstreth', 'Colis pour : orla quenby', 'Empfänger – orla quenby',
    'Mottaker: orla quenby', 'Todesanzeige Ilse Wendtkamp', 'Dödsannons – Orla Quenby',
    'Death_Certificate_Orla_Quenby.pdf',
    # (closer 205: matches, reports, records, handles, files)
    'Hai un match con Velmora Quistrandel!', 'Tinder Gold – 1 month – Velmora Q.',
    'Receipt #482913 – Velmora Quistrandel – Tinder Plus', 'my insta is velmo.quistrandel',
    'reported user quistrandel_velmo',
    # (closer 206: a phone's label, a draw's game beside a name, a pro after a dash, players, payees)
    'Tel. Nr. 38 000 – 42 000', 'Bel me op 38 000 – 42 000', 'Keno – Orla 06 12 34 45 48',
    'Highscore: Orla Mega 12.500 Punkte',
    # (closer 209: a call's German phrase or a person's name between a phone's word and its round groups)
    'Ruf an unter 38 000 – 42 000', 'Phone Orla Quenby 38 000 – 42 000', 'Tel. Orla: 38 000 – 42 000',
    # (closer 213: a match's or a report's member in lower case, dating._member_named)
    'Match with velmora quistrandel!', 'Report user: velmora quistrandel – spam',
    # (closer 231: a lower-case name after a memory's `RIP`, lower_case_names._ADDRESSING)
    'RIP orla quenby',
    # (closer 231: the household's pros, home_services.PRO_WORDS)
    'Cleaner: Orla (Quenby)', 'Cleaner – Orla Quenby', 'Gardener – Tjorven Dunstreth',
    # (closer 238: French `Avis de décès` without its `de`, genealogy.NOTICE_WORDS)
    'Avis de décès – Orla Quenby',
]

LEAKS: Dict[str, List[str]] = {
    (
        "a P2P payee in lower case, joined by a hyphen, or after a transfer's word between the app and its "
        "preposition (detector._p2p_payee_named: the app, a direction word and capitalized words of letters alone "
        "right before the number); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Vipps til orla 412 34 567', 'MobilePay overførsel til Orla 21 34 56 78', 'Vipps betaling til Orla 412 34 567',
        'Vipps til Orla-Marie 412 34 567',
    ],
    (
        "a fantasy manager under another label (`Coach`, `Player`, `Fantasy league:`), none (`FPL manager …`, a "
        "gameweek's or a lineup's fields), or in lower case (role_labels.names_a_fantasy_manager reads a manager's "
        "label; lower_case_names._PERSONS_LABELS has no manager); went out at session 47's start (6b5dfa4e) too"
    ): [
        'FPL manager Orla Quenby – GW14 – 72 pts', 'Fantasy league: Orla Quenby – 1st place',
        'Gameweek 14 – Orla Quenby – 72 pts', 'Mon Petit Gazon – Coach : Orla Quenby', 'Superbru – Player: Orla Quenby',
        'DraftKings – Orla Quenby – Lineup 3', 'Sorare – Manager: orla quenby',
    ],
    (
        "a winner congratulated before `our lucky winner`, `this week's winner`, a dash, `who won`, Swedish "
        "`vinnaren`, `for your win`, `on winning`, German `zu deinem`, after `our winner` or `the winner is`, or by a "
        "given name without the comma (greetings._AFTER_CONGRATULATED, _AFTER_GREETING_CALLS_ONE); went out at "
        "session 47's start (6b5dfa4e) too"
    ): [
        'Congratulations to Orla Quenby, our lucky winner', "Congratulations to Orla Quenby, this week's winner",
        'Congratulations to Orla Quenby – winner of our prize draw',
        'Congratulations to Orla Quenby who won our prize draw', 'Grattis till Orla Quenby, vinnaren',
        'Congratulations Orla Quenby for your win', 'Congrats Orla Quenby on winning',
        'Glückwunsch Orla Quenby zu deinem Gewinn', 'Congratulations to our winner Orla Quenby',
        'And the winner is… Orla Quenby!', "Congratulations Orla! You've won",
    ],
    (
        "a visit's log with `Dr`, a German compound's word (`Besuchsprotokoll`) or a Dutch honorific "
        "(home_services._VISIT_HONORED); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Visit log – Dr Quenby –', 'Besuchsprotokoll: Frau Wendtkamp', 'Bezoek – mevrouw Quenby –',
    ],
    (
        "a register's holder in square brackets or after a number opening on a letter, a cleaner's or a tasker's "
        "family name in a bracket (home_services._REGISTERED, _PRO_BRACKETED: round brackets, digits, "
        "home_services.PRO_WORDS); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Gas Safe Register 123456 [Tjorven Dunstreth]', 'OFTEC reg. C12345 (Tjorven Dunstreth)',
        'Tasker: Orla [Quenby]',
    ],
    (
        "a quote's customer all in capitals, or after German `Angebot` (personal_documents._capital_family_first "
        "asks the given name not in capitals; _QUOTES has `Kostenvoranschlag`, not `Angebot`); went out at session "
        "47's start (6b5dfa4e) too"
    ): [
        'QUOTE_QUENBY_ORLA.pdf', 'Angebot_WENDTKAMP_Ilse_2026.pdf',
    ],
    (
        "a member joining in lower case, with `@` in the bracket, in German, `just joined`, `aka`, or by a given "
        "name alone (named_in_text._JOINED_WITH_HANDLE: capitalized words, a bare handle, English `joined the "
        "server`); went out at session 47's start (6b5dfa4e) too"
    ): [
        'orla quenby (orlaq) joined the server', 'Orla Quenby (@orlaq) joined the server',
        'Orla Quenby (orlaq) hat den Server betreten', 'Orla Quenby (orlaq) just joined',
        'Orla Quenby aka orlaq joined the server', 'Orla (orlaq) joined the server',
    ],
    (
        "a couple by given names, after a booking's or a shoot's word, or joined by `+` "
        "(record_names.BRIDAL_BOOKED: an enquiry's dash, a first full name, `&`); went out at session 47's start "
        "(6b5dfa4e) too"
    ): [
        'Wedding enquiry – Orla & Tjorven', 'Wedding booking – Orla Quenby & Tjorven Dunstreth',
        'Engagement shoot – Orla Quenby + Tjorven Dunstreth', 'Wedding enquiry – Orla & Tjorven Quenby',
    ],
    (
        "a lower-case full name after `Thanks to`, `Thanks,`, `cheers`, an invoice's `of` or Finnish "
        "`Vastaanottaja` (lower_case_names' thanks cue, _PARTY_LABELS, a person's document's `of`); went out at "
        "session 47's start (6b5dfa4e) too"
    ): [
        'Thanks to orla quenby', 'cheers orla quenby', 'Thanks, orla quenby!', 'Invoice of orla quenby',
        'Vastaanottaja: orla quenby',
    ],
    (
        "a name after `In Memoriam`, `RIP` in lower case, or a census' file in lower case (genealogy.NOTICE_WORDS, "
        "_NAME_AFTER_WORDS, _file_named); went out at session 47's start (6b5dfa4e) too"
    ): [
        'In Memoriam – Orla Quenby', 'census_1911_orla_quenby.pdf',
    ],
    (
        "a match closing on a pictograph, a like in the member's own words (`… liked you`, `You and … liked each "
        "other`), a given name alone, Polish, Danish or Swedish, or lower case (dating._MATCHED, _NAME_ENDS, "
        "FULL_NAME); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Neues Match mit Velmora Quistrandel 🎉', 'Match con Velmora Quistrandel 💕',
        'You and Velmora Quistrandel liked each other', 'Velmora Quistrandel liked you',
        'Velmora Quistrandel super liked you', 'Like sent to Velmora', 'Masz parę z Velmora Quistrandel!',
        'Du har en match med Velmora Quistrandel!', 'Ny match med Velmora Quistrandel',
    ],
    (
        "a reported or a blocked member after `Reported:`, a verb (`Report … for`, `Block …`, `You blocked …`), "
        "German `Meldung:`, Polish, Swedish, a dash, or in lower case (dating._REPORTED: its words by language and a "
        "colon or a preposition); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Reported: Velmora Quistrandel – spam', 'Report Velmora Quistrandel for spam', 'Block Velmora Quistrandel',
        'You blocked Velmora Quistrandel', 'Meldung: Velmora Quistrandel – Fake-Profil',
        'Zgłoszenie użytkownika Velmora Quistrandel', 'Anmäld användare: Velmora Quistrandel',
        'Reported user – Velmora Quistrandel',
    ],
    (
        "a record's filer after a number of four digits, a dash, `lodged by` or `filed by:` (dating._FILED_BY: five "
        "digits and a blank); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Safety report #4829 filed by Velmora Quistrandel', 'Report #482913 – filed by Velmora Quistrandel',
        'Complaint 482913 lodged by Velmora Quistrandel', 'Report 482913 filed by: Velmora Quistrandel',
    ],
    (
        "a plan's record made out to a member with bars or middle dots, the name in capitals, in lower case, "
        "or `Family, Given`, or a period in words (dating._made_out: dashes, _LAST_NAME_FIELD, _PERIOD's "
        "digits); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Tinder Gold | 1 month | Velmora Quistrandel', 'Hinge+ · 3 months · Velmora Quistrandel',
        'Bumble Premium – 3 Monate – VELMORA QUISTRANDEL', 'Invoice 482913 – Hinge+ – Quistrandel, Velmora',
        'Tinder Gold – one month – Velmora Quistrandel', 'Tinder Gold – 1 month – velmora quistrandel',
    ],
    (
        "a member's account after French `mon insta c'est`, Spanish `mi ig es`, `find me on ig`, a past `blocked` "
        "(handles._running_text_account, _NAMED_BY_VERB: English `my … is`, `block`); went out at session 47's start "
        "(6b5dfa4e) too"
    ): [
        "mon insta c'est quistrandel_velmo", 'mi ig es velmo.quistrandel', 'find me on ig velmo.quistrandel',
        'blocked quistrandel_velmo',
    ],
    (
        "a selfie's or a biodata's file named in lower case with hyphens, in words, camel-cased or after "
        "`Rishta_` (cued_names._DOCUMENTS: capitalized words joined by `_`); went out at session 47's start "
        "(6b5dfa4e) too"
    ): [
        'selfie-verification-velmora-quistrandel.jpg', 'Biodata of Velmora Quistrandel.pdf',
        'VelmoraQuistrandel_selfie.jpg', 'Rishta_Biodata_Velmora_Quistrandel.docx',
    ],
    (
        "a tutor's full name after a dash (home_services.PRO_WORDS: sitters, nannies, carers, taskers, dog walkers "
        "and the household's pros since closer 231); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Tutor – Orla Quenby',
    ],
    (
        "a player whose family name is an intensifier (`Ultra`) or whose given name is a series' (`Yoshi`) "
        "(race_results.GAME_SERIES, the edition's intensifiers); went out at session 47's start (6b5dfa4e) too"
    ): [
        'Bestenliste: Tjorven Ultra 9.800 Punkte', 'Rangliste: Yoshi Tanaka 9.800 Punkte',
    ],
    (
        "`Family, Given` after a payment's `to` whose given name is a town's (`Florence`, `Sydney`: "
        "geography.TOWN_NAMES read by lower_case_names.titled and payees); went out at session 47's start "
        "(6b5dfa4e) too"
    ): [
        'Payment to Quenby, Florence', 'Refund to Quenby, Sydney',
    ],
}

ORDINARY_KEYS = [
    'homeowner_count', 'tasker_level', 'tipster_roi', 'winner_count', 'matched_count', 'manager_points',
    'server_member_count', 'vipps_order_id', 'draw_number', 'visit_log_id', 'match_id', 'block_reason',
    'biodata_status', 'fantasy_league_id', 'chip_used', 'plate_type', 'referrer_source', 'tipster_market',
    'client_segment',
]

PERSONAL_KEYS = [
    'homeowner_full_name', 'tasker_first_name', 'tipster_naam', 'apostador_nombre', 'homeowner_lastname',
    'reported_user_name', 'winner_full_name', 'vipps_number', 'member_display_name', 'inviter_email', 'payee_phone',
    'groom_name',
]

LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a fantasy manager's name, a reported member as a key (detector.key_reason: `manager` is a betting account's "
        "word, key_lexicon.BETTING_ACCOUNT_WORDS, and `fpl_manager_name` passes as a shop's manager; `reported_member` "
        "holds no name's word); went out at session 47's start (6b5dfa4e) too"
    ): [
        'fpl_manager_name', 'reported_member',
    ],
}

_SITE = "https://shop.example.com"

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    # (vanity plates' look-alikes: promotions' and regions' codes under `reg`)
    '/p?reg=ONLINE', '/p?reg=step2', '/p?reg=HOLIDAY1', '/p?reg=europe', '/p?reg=EMEA',
    # (inboxes with a team, referral campaigns)
    '/messages/?with=Customer+Support', '/messages/?with=Tinder+Team', '/messages/?with=Billing+Team',
    '/messages/?with=Apple+Support', '/signup?ref=product-hunt', '/signup?ref=newsletter-may',
    '/signup?ref=hero-banner', '/signup?referrer=TechCrunch', '/r/home-decor', '/r/black_friday', '/referral/level-a',
    '/signup?ref=spring_sale', '/signup?referrer=HackerNews', '/r/new_arrivals', '/signup?ref=app-store',
    '/r/mens-shoes', '/signup?referrer=MailChimp', '/signup?ref=top-nav', '/signup?ref=partner-page',
    # (closer 209: a season's, a launch's, a tier's or a region's word and a digit under `reg`)
    '/p?reg=SUMMER1', '/p?reg=WINTER1', '/p?reg=SPRING1', '/p?reg=AUTUMN1', '/p?reg=REGION1', '/p?reg=LAUNCH1',
    '/p?reg=MOBILE1', '/p?reg=BRONZE1', '/p?reg=SILVER2', '/p?reg=GOLDEN1', '/p?reg=TICKET1',
    # (closer 210: a team's, an update channel's or a hotel chain's words under `with`)
    '/messages/?with=Trust+Safety', '/messages/?with=Delivery+Updates', '/messages/?with=Premier+Inn',
)]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a promotion's code of four or five letters and two digits under `reg` (national_ids.holds_plate_parameter: "
        "a plate's shape); refused at session 47's start (6b5dfa4e) too"
    ): [
        f"{_SITE}/p?reg=PROMO10", f"{_SITE}/p?reg=SAVE10",
    ],
}

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/quote?reg=quenby1', '/quote?numberplate=QUENBY1', '/quote?kenteken=QUENBY1', '/inbox?with=Orla%20Quenby',
    '/chat?with=Orla+Quenby', '/messages/?with=Orla', '/referral/tjorven-d', '/invite/orla-quenby',
    '/signup?invited_by=Orla+Quenby', '/join/orla-q', '/ref/orla_quenby', '/messages/?with=orla+quenby',
    '/messages/?with=Orla+Q',  # (closer 214: a known given name and an initial, counterparts)
    '/signup?ref=orla.quenby',  # (closer 236: a known given name and a family name joined by a dot, the whole value)
)]

LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a vanity plate of four or six letters, with a blank, a digit first or inside, or under `registration` "
        "(national_ids._VANITY_PLATE: six letters then a digit, under a plate's key); kept whole at session 47's start "
        "(6b5dfa4e) too"
    ): [f"{_SITE}/quote?{query}" for query in (
        'reg=ORLA1', 'reg=QUENBY', 'reg=ORLA+1', 'registration=QUENBY1', 'reg=1QUENBY', 'reg=QU3NBY', 'reg=QUENBY+1',
    )],
    (
        "an inbox's counterpart in lower case or under `with_user` (person_routes' `with`: a capitalized full "
        "name); kept whole at session 47's start (6b5dfa4e) too"
    ): [
        f"{_SITE}/conversations?with_user=Orla+Quenby",
    ],
    (
        "a full name's referral camel-cased or dotted under `ref`, hyphenated under `referrer`, glued after `/r/`, "
        "or a given name and an initial under `ref` (referral_links: a slug joined by `-` or `_` under `ref`, "
        "camel-cased under `referrer`, an initial after a route's word); kept whole at session 47's start "
        "(6b5dfa4e) too"
    ): [
        f"{_SITE}/signup?ref=OrlaQuenby", f"{_SITE}/signup?referrer=orla-quenby", f"{_SITE}/r/orlaquenby",
        f"{_SITE}/signup?ref=tjorven-d",
    ],
}

globals().update(review_tests(globals()))
