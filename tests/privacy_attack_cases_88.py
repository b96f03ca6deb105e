"""The eighty-eighth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: betting, lotteries, casinos and fantasy sports (Bet365, Betfair, Tipico,
PokerStars, DraftKings, FanDuel, Lottoland, EuroMillions, national lotteries, Sorare) and their pages: accounts and
their identity checks, deposits and withdrawals, bet slips and shared bets, tipsters, syndicates, lottery tickets and
winners, prize claims, self-exclusion and responsible-gambling limits, affiliate and referral links, VIP hosts.

About 160 personal cases put a player's own data in the leaves the README maps, across settings (rotated through the
thirty-sixth attack's places): a KYC check's national id, passport or tax number after its label (DNI, codice
fiscale, personnummer, CPR, CPF, PAN, SSN, Personalausweis, PESEL, BSN), a withdrawal's IBAN, card or wallet, a bet
slip shared or placed by a named player, a tipster's or a syndicate's members, a lottery ticket's or a win's holder,
a prize claim's claimant, a self-exclusion's or a limit's person (GAMSTOP, OASIS, Spelpaus, RGIAJ, ANJ), a referral
link naming its player, a VIP host's note about a guest, a player's label by language, a nickname, a fantasy
manager's team and id, an upload's file name, a search for a winner. Each carries the made-up player `Corvin
Orlquenby` (the family name is the marker) or the marker `731946` inside its id, so a leak is found anywhere in the
request. About 300 ordinary values (operators and games, bet types and promotions, fixtures and markets, athletes
and racehorses in the news, odds and stakes, draws' dates, bet and payment statuses, lottery numbers and codes,
responsible-gambling guidance and regulators, venues, results with their winners and officials, in several
languages) must go out whole.
"""

from __future__ import annotations

import base64
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Corvin", "Orlquenby", "731946"
FULL = f"{GIVEN} {FAMILY}"
LOWER = FAMILY.lower()
EMAIL = "corvin.orlquenby@example.net"
BOOK = "https://www.example-sportsbook.com"
LOTTO = "https://www.example-lotto.de"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "88")


# Ids built with their check digits (each computed by its scheme's rule), the marker inside where the layout allows.
DNI = "73194652G"  # the letter of the number mod 23
CODICE_FISCALE = "RLQCVN87S04F205Q"  # odd and even places' tables, mod 26
PERSONNUMMER = "871104-7319"  # Luhn over the nine digits
CPR = "041187-7310"  # the old mod-11 weights 4327654321
CPF = "731.946.208-78"
PERSONALAUSWEIS = "LZ73194620"  # weights 7, 3, 1 mod 10
PESEL = "87110473199"
BSN = "731946200"  # eleven-test
PAN = "BKQPO7319M"  # fourth letter P (a person), fifth the family name's initial
SSN = "731-94-6208"
NINO = "JK 73 19 46 D"
IBAN_DE = "DE30 1001 0010 0731 9462 01"  # mod 97
IBAN_GB = "GB60 NWBK 6016 1373 1946 20"
IBAN_ES = "ES95 2100 0418 4507 3194 6201"
IBAN_IT = "IT31X0306909606100000731946"
IBAN_FR = "FR82 2004 1010 0507 3194 6201 X28"
VISA = "4539 7319 4612 0385"  # Luhn
MASTERCARD = "5222731946100048"
ETH = "0x7319460b2c4fd93a1e85c07a6d2bf39e4c15a7d2"
PHONE_UK = "+44 7700 731946"
PHONE_DE = "+49 151 2731 9460"

# An account's identity check (KYC): a national id, a passport or a tax number after its label, a name with them.
KYC: Dict[str, Tuple[str, Any]] = {
    "DGOJ DNI": (f"Verificación de identidad – DNI: {DNI} (Registro DGOJ)", ["73194652G"]),
    "ADM codice fiscale": (f"Apertura conto gioco ADM – codice fiscale {CODICE_FISCALE}", [CODICE_FISCALE]),
    "Spelpaus personnummer": (f"Svenska Spel – verifiera konto, personnummer {PERSONNUMMER}", ["8711047319"]),
    "Danske Spil CPR": (f"Danske Spil – bekræft din identitet, CPR-nr.: {CPR}", ["0411877310"]),
    "bets CPF": (f"Cadastro na casa de apostas – CPF {CPF}", ["73194620878", MARK]),
    "Dream11 PAN": (f"Dream11 KYC – PAN card: {PAN}", [PAN]),
    "DraftKings SSN": (f"DraftKings identity verification – SSN {SSN}", ["7319462", MARK]),
    "Tipico Personalausweis": (f"Tipico Verifizierung – Ausweisnummer {PERSONALAUSWEIS}", [PERSONALAUSWEIS]),
    "STS PESEL": (f"STS – weryfikacja konta, PESEL: {PESEL}", [PESEL]),
    "Holland Casino BSN": (f"Holland Casino Online – CRUKS-registratie, BSN {BSN}", [BSN]),
    "passport for KYC": (f"KYC documents – passport number 5{MARK}22, expires 03/2031", [f"5{MARK}22"]),
    "bet365 verification name": (f"bet365 – verify your identity: full name {FULL}, DOB 04/11/1987",
                                 [FAMILY, "04/11/1987"]),
    "Lottoland NINO": (f"Lottoland account – National Insurance number {NINO}", ["JK731946D", MARK]),
    "KYC failed for name": (f"KYC check failed for {FULL} – document blurry", [FAMILY]),
    "Kontoinhaber Tipico": (f"Tipico – Kontoinhaber: {FULL}, Kundennummer {MARK}201", [FAMILY, MARK]),
}

# A deposit's or a withdrawal's account: an IBAN, a card, a wallet, a payee's name.
PAYMENTS: Dict[str, Tuple[str, Any]] = {
    "Auszahlung IBAN": (f"Auszahlung 250,00 € auf IBAN {IBAN_DE}", ["DE30100100100731946201", MARK]),
    "withdrawal to GB IBAN": (f"Withdrawal £400 to {IBAN_GB} – processing", [MARK, "60161373194620"]),
    "retirada IBAN": (f"Retirada de fondos: 120 € a {IBAN_ES}", [MARK, "21000418450731946201"]),
    "prelievo IBAN": (f"Prelievo vincita su IBAN {IBAN_IT}", [IBAN_IT]),
    "retrait IBAN": (f"Retrait Winamax vers {IBAN_FR}", [MARK]),
    "deposit Visa": (f"Deposit £50 with Visa {VISA}", ["4539731946120385"]),
    "Mastercard bare": (f"Einzahlung Mastercard {MASTERCARD} abgelehnt", [MASTERCARD]),
    "crypto withdrawal": (f"Stake withdrawal – ETH to {ETH}", [ETH[2:]]),
    "PayPal payout email": (f"Payout via PayPal to {EMAIL}", ["corvin.orlquenby"]),
    "Skrill account": ("Skrill wallet: c.orlquenby@example.org – deposit 30 €", ["orlquenby@example"]),
    "payee name Trustly": (f"Trustly Auszahlung an {FULL} – Sparkasse Bremen", [FAMILY]),
    "withdrawal reference name": (f"Withdrawal WD-{MARK} – payee: {FULL}", [FAMILY, MARK]),
    "bonifico a nome": (f"Bonifico vincita a favore di {FULL}", [FAMILY]),
    "UK phone for payout SMS": (f"Payout code sent to {PHONE_UK}", ["7700731946", MARK]),
}

# A bet slip placed or shared by a named player; a bet's reference with the customer.
SLIPS: Dict[str, Tuple[str, Any]] = {
    "shared by": (f"Bet slip shared by {FULL}: Arsenal v Chelsea @ 2.10", [FAMILY]),
    "Wettschein von": (f"Wettschein von {FULL} – Kombiwette 3er", [FAMILY]),
    "schedina giocata da": (f"Schedina giocata da {FULL} – quota 12,50", [FAMILY]),
    "apuesta compartida": (f"Apuesta compartida por {FULL} en Betano", [FAMILY]),
    "pari partagé": (f"Pari partagé par {FULL} sur Winamax", [FAMILY]),
    "cash out customer": (f"Cash out request – bet ref O/{MARK}/0000012 – customer {FULL}", [FAMILY]),
    "possessive acca": (f"{FULL}'s Saturday acca – 5 folds", [FAMILY]),
    "Betfair account name": (f"Betfair Exchange – account holder: {FULL}", [FAMILY]),
    "kupon gracza": (f"Kupon gracza {FULL} – AKO 4 zdarzenia", [FAMILY]),
    "tipped by handle": (f"Bet Builder tailed from @{LOWER}_tips – 4 legs", [LOWER]),
}

# A tipster, a syndicate's members and manager, a Tippgemeinschaft's players.
PEOPLE: Dict[str, Tuple[str, Any]] = {
    "tipster label": (f"Tipster: {FULL} – 62% strike rate", [FAMILY]),
    "Tipp von": (f"Tipp von {FULL}: Bayern -1,5", [FAMILY]),
    "syndicate members": (f"Syndicate members: {FULL}, Maela {FAMILY}, Ruth Benn", [FAMILY]),
    "syndicate manager": (f"EuroMillions syndicate manager: {FULL}", [FAMILY]),
    "Spielleiter": (f"Tippgemeinschaft Büro – Spielleiter: {FULL}", [FAMILY]),
    "peña titular": (f"Peña de lotería – titular: {FULL}", [FAMILY]),
    "Kicktipp Tipper": (f"Kicktipp-Runde – Tipper: {FULL} (Platz 3)", [FAMILY]),
    "tipster page greeting": (f"Hi {GIVEN}, your tipster subscription renews – {FULL}", [FAMILY]),
}

# A lottery ticket's holder, a winner, a prize claim's claimant, a tax form for winnings.
WINNERS: Dict[str, Tuple[str, Any]] = {
    "ticket for": (f"EuroMillions ticket for {FULL} – 12 19 27 38 44 ★3 ★9", [FAMILY]),
    "Spielschein Nr": (f"Lottoland Spielschein Nr. {MARK}4 – Spieler: {FULL}", [FAMILY]),
    "winner label": (f"Winner: {FULL} (Bolton) – £1,000,000", [FAMILY]),
    "Gewinner": (f"Gewinner: {FULL} – Lotto 6aus49, Gewinnklasse 2", [FAMILY]),
    "décimo a nombre de": (f"Décimo del Gordo a nombre de {FULL}", [FAMILY]),
    "claim with DOB": (f"Prize claim PC-{MARK} – claimant {FULL}, DOB 04/11/1987", [FAMILY, MARK]),
    "richiesta vincita": (f"Richiesta pagamento vincita – vincitore: {FULL}, CF {CODICE_FISCALE}",
                          [FAMILY, CODICE_FISCALE]),
    "gagnant FDJ": (f"Demande de paiement FDJ – gagnant : M. {FAMILY}", [FAMILY]),
    "W-2G": (f"Form W-2G 2026 for {FULL} – gambling winnings $6,200", [FAMILY]),
    "Premium Bonds holder": (f"Premium Bonds – holder's number {MARK}102", [MARK]),
    "congratulations": (f"Congratulations {FULL}, you've won £500!", [FAMILY]),
    "prize claim address": ("Prize claim – send cheque to 14 Quarry Lane, Bolton BL1 4XT", ["14 Quarry"]),
    "Gewinnbenachrichtigung Herr": (f"Gewinnbenachrichtigung – Sehr geehrter Herr {FAMILY},", [FAMILY]),
}

# A self-exclusion's, a cool-off's or a limit's person; a national register's ids.
EXCLUSION: Dict[str, Tuple[str, Any]] = {
    "GAMSTOP registration": (f"GAMSTOP registration – {FULL}, born 04/11/1987, postcode BL1 4XT", [FAMILY]),
    "OASIS Sperre": (f"OASIS-Spielersperre – {FULL}, geb. 04.11.1987", [FAMILY, "04.11.1987"]),
    "Spelpaus": (f"Spelpaus.se – avstängning för personnummer {PERSONNUMMER}", ["8711047319"]),
    "RGIAJ DNI": (f"Inscripción RGIAJ – DNI {DNI}", ["73194652G"]),
    "ANJ interdiction": (f"ANJ – interdiction volontaire de jeux : M. {FULL}", [FAMILY]),
    "self-exclusion confirmed for": (f"Self-exclusion confirmed for {FULL} – 5 years", [FAMILY]),
    "limit set by": (f"Deposit limit set by {FULL}: £50 per week", [FAMILY]),
    "reality check": (f"Reality check: {FULL} has been playing for 60 minutes", [FAMILY]),
    "account number cool-off": (f"Cool-off request – account no. {MARK}201 – 6 weeks", [MARK]),
    "ROFUS CPR": (f"ROFUS – udelukkelse, CPR {CPR}", ["0411877310"]),
    "autoexclusão CPF": (f"Autoexclusão – CPF: {CPF}", ["73194620878"]),
    "Spielersperre Kundennummer": (f"Spielersperre beantragt – Kundennummer: {MARK}201", [MARK]),
}

# A VIP host's notes about a guest; a casino's player card.
VIP: Dict[str, Tuple[str, Any]] = {
    "VIP player note": (f"VIP manager note: player {FULL}, tier Diamond", [FAMILY]),
    "host will call": (f"Your VIP host will call you on {PHONE_UK}", ["7700731946"]),
    "comp for guest": (f"Comp request for guest {FULL} – suite, 2 nights", [FAMILY]),
    "Caesars Rewards": (f"Caesars Rewards #: {MARK}10823", [MARK]),
    "MGM Rewards": (f"MGM Rewards number {MARK}553", [MARK]),
    "Spielbank Gästekarte": (f"Spielbank Baden-Baden – Gästekarte Nr. {MARK}7, Gast: {FULL}", [FAMILY, MARK]),
    "Stammgast Herr": (f"Stammgast Herr {FAMILY} – Tisch 4 reserviert", [FAMILY]),
    "German mobile": (f"Rückruf VIP-Betreuer: {PHONE_DE}", ["15127319460", MARK]),
}

# Fantasy sports: a manager's name, team and id.
FANTASY: Dict[str, Tuple[str, Any]] = {
    "Sorare manager label": (f"Sorare manager: {LOWER}", [LOWER]),
    "DraftKings lineup by": (f"DraftKings lineup by {GIVEN}{FAMILY} – NFL Millionaire Maker", [FAMILY]),
    "FanDuel contest winner": (f"FanDuel contest winner: {FULL} – $25,000", [FAMILY]),
    "FPL team manager": (f"Fantasy Premier League – manager: {FULL}", [FAMILY]),
    "FPL team id": (f"FPL team ID: {MARK}2", [MARK]),
    "Comunio Manager": (f"Comunio – Manager: {FULL}", [FAMILY]),
    "équipe de": (f"Ligue Sorare – équipe de {FULL}", [FAMILY]),
    "PokerStars screen name": (f"PokerStars screen name: {FAMILY}Aces", [FAMILY]),
    "Betfair username": (f"Betfair username: {LOWER}87", [LOWER]),
}

# A player's, a bettor's or a winner's label by language, a nickname's, a player card's and a manager's id.
LABELS: Dict[str, Tuple[str, Any]] = {
    "Bettor": (f"Bettor: {FULL} – 3 open bets", [FAMILY]),
    "Apostador": (f"Apostador: {FULL} – bilhete múltiplo", [FAMILY]),
    "Speler": (f"Speler: {FULL} – Toto combinatie", [FAMILY]),
    "Giocatore": (f"Giocatore: {FULL}", [FAMILY]),
    "Parieur": (f"Parieur : {FULL} – ticket combiné", [FAMILY]),
    "Chinese player": (f"玩家：{FULL}", [FAMILY]),
    "Korean player": (f"플레이어: {FULL}", [FAMILY]),
    "Manager ID": (f"Sorare Manager ID: {MARK}", [MARK]),
    "Spielerkarte": (f"Casino-Spielerkarte Nr. {MARK}1023", [MARK]),
    "Nickname": (f"Nickname: {FAMILY}Aces – Sunday Million", [FAMILY]),
    "Pseudo Winamax": (f"Pseudo Winamax : {FAMILY}87", [FAMILY]),
    "jackpot winner from": (f"Jackpot winner {FULL} from Bolton", [FAMILY]),
}

# Keys in other languages and encodings: object text, pairs, base64, entities, CJK and Turkish labels.
KEYED: Dict[str, Tuple[str, Any]] = {
    "nome giocatore json": (f'{{"nome_giocatore": "{FULL}", "puntata": 5}}', [FAMILY]),
    "spieler json": (f'{{"spieler": "{FULL}", "einsatz": "10 €"}}', [FAMILY]),
    "jugador pairs": (f"jugador={quote(FULL)}&cuota=2.10", [FAMILY]),
    "nom du joueur pairs": (f"nom_du_joueur={quote(FULL)}&mise=5", [FAMILY]),
    "base64 player": (base64.b64encode(f"player: {FULL}; stake 10".encode()).decode(), [FAMILY]),
    "gracz label": (f"Gracz: {FULL}", [FAMILY]),
    "oyuncu label": (f"Oyuncu: {FULL} – kupon 3'lü", [FAMILY]),
    "japanese player name": (f"プレイヤー名：{FULL}", [FAMILY]),
    "html entities": ("Winner: &#67;&#111;&#114;vin &#79;rlquenby", [FAMILY]),
    "spiller label": (f"Spiller: {FULL} – Lotto lørdag", [FAMILY]),
}

# A referral's or an affiliate's link naming its player; a player's pages.
LINKS: Dict[str, Tuple[str, Any]] = {
    "refer a friend name": (f"{BOOK}/open-account?ref={GIVEN.lower()}.{LOWER}&offer=bet10get30", [LOWER]),
    "invite slug": (f"https://www.example-fanduel.com/invite/{GIVEN.upper()}{FAMILY.upper()}", [LOWER]),
    "referral email": (f"{BOOK}/join?invited_by={quote(EMAIL)}", ["corvin.orlquenby"]),
    "referral name and code": (f"https://sportsbook.example-dk.com/r/{GIVEN.lower()}-{LOWER}-{MARK}", [LOWER]),
    "Sorare referral": (f"https://example-sorare.com/r/{LOWER}", [LOWER]),
    "player history route": (f"{BOOK}/account/players/{GIVEN.lower()}-{LOWER}/history", [LOWER]),
    "user bets route": (f"{BOOK}/user/{LOWER}/bets?status=settled", [LOWER]),
    "tipster route": (f"https://www.example-tips.com/tipsters/{GIVEN.lower()}-{LOWER}/picks", [LOWER]),
    "winner story": (f"{LOTTO}/gewinner/2026/{GIVEN.lower()}-{LOWER}-aus-bremen", [LOWER]),
    "syndicate members route": (f"{LOTTO}/tippgemeinschaft/{LOWER}-familie/mitglieder", [LOWER]),
    "FPL entry": (f"https://fantasy.example-pl.com/entry/{MARK}2/event/14", [MARK]),
    "username query": (f"{BOOK}/login?username={LOWER}87&next=/my-bets", [LOWER]),
    "kyc fragment": (f"{BOOK}/my-account#/kyc?passport=5{MARK}22&step=2", [MARK]),
    "btag name": (f"{BOOK}/promo?btag=aff_{LOWER}_{MARK}&utm_source=affiliate", [LOWER, MARK]),
    "claim form prefilled": (f"{LOTTO}/gewinn-anfordern?vorname={GIVEN}&nachname={FAMILY}&iban=DE30100100100731946201",
                             [LOWER, MARK]),
}

# Uploads' file names: proof of identity, address, a winnings statement.
FILES: Dict[str, Tuple[str, Any]] = {
    "kyc passport": (f"KYC_{FAMILY}_{GIVEN}_passport.jpg", [FAMILY]),
    "proof of address": (f"proof_of_address_{GIVEN.lower()}_{LOWER}.pdf", [LOWER]),
    "bank statement": (f"bank_statement_{FAMILY}_Nov2026.pdf", [FAMILY]),
    "W2G file": (f"W2G_2026_{FAMILY}.pdf", [FAMILY]),
    "selfie with id": (f"selfie_with_id_{LOWER}.png", [LOWER]),
    "Gewinnbestätigung": (f"Gewinnbestätigung_{FAMILY}_{GIVEN}.pdf", [FAMILY]),
    "source of funds": (f"Source-of-Funds-{GIVEN}-{FAMILY}-payslip.pdf", [FAMILY]),
}

# What a player types into a site's search box.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "winner name": (f"{GIVEN.lower()} {LOWER} lottery winner", [LOWER]),
    "own account closed": (f"{LOWER} bet365 account closed", [LOWER]),
    "Gewinner Suche": (f"lotto gewinner {GIVEN.lower()} {LOWER}", [LOWER]),
    "own email": (f"forgot password {EMAIL}", ["corvin.orlquenby"]),
    "own IBAN search": (f"auszahlung {IBAN_DE.replace(' ', '').lower()}", [MARK]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("kyc", KYC, TEXT_PLACES, 1, 0, put=_put)
    found += rotated("payment", PAYMENTS, TEXT_PLACES, 1, 7, put=_put)
    found += rotated("slip", SLIPS, TEXT_PLACES, 1, 13, put=_put)
    found += rotated("people", PEOPLE, TEXT_PLACES, 1, 19, put=_put)
    found += rotated("winner", WINNERS, TEXT_PLACES, 1, 23, put=_put)
    found += rotated("exclusion", EXCLUSION, TEXT_PLACES, 1, 29, put=_put)
    found += rotated("vip", VIP, TEXT_PLACES, 1, 3, put=_put)
    found += rotated("fantasy", FANTASY, TEXT_PLACES, 1, 11, put=_put)
    found += rotated("keyed", KEYED, TEXT_PLACES, 1, 5, put=_put)
    found += rotated("label", LABELS, TEXT_PLACES, 1, 17, put=_put)
    found += rotated("link", LINKS, URL_PLACES, 2, 0, put=_put)
    found += rotated("file", FILES, FILE_PLACES, 2, 0, put=_put)
    found += rotated("search", SEARCHES, TEXT_PLACES, 1, 8, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "operators": ["Bet365", "Betfair Exchange", "Tipico", "PokerStars", "DraftKings Sportsbook", "FanDuel",
                  "Lottoland", "Sorare", "William Hill", "Paddy Power", "Unibet", "bwin", "888casino", "Winamax",
                  "FDJ – Française des Jeux", "Loterías y Apuestas del Estado", "Svenska Spel", "Danske Spil",
                  "Sisal", "Lottomatica", "Betano", "Ladbrokes", "Coral", "Holland Casino", "Allwyn"],
    "games": ["EuroMillions", "Lotto 6aus49", "Eurojackpot", "Powerball", "Mega Millions", "SuperEnalotto",
              "El Gordo de Navidad", "Loto du vendredi 13", "Set for Life", "Thunderball", "Keno", "GlücksSpirale",
              "Lightning Roulette", "Blackjack Live", "Book of Dead", "Starburst", "Gonzo's Quest", "Sunday Million",
              "Spin & Go", "Texas Hold'em", "Omaha Hi-Lo", "Baccarat Squeeze"],
    "bet types": ["Acca Boost", "Bet Builder", "Cash Out", "Early Payout Offer", "Same Game Parlay",
                  "No Sweat Bet", "Lucky 15", "Yankee", "Each Way", "Kombiwette", "Systemwette 3 aus 5",
                  "Pari combiné", "Apuesta combinada", "Scommessa multipla", "Quick Pick", "Lucky Dip",
                  "Both Teams To Score", "Over 2.5 Goals", "Asian Handicap -1.5", "Draw No Bet"],
    "promotions": ["Bet £10 Get £30 in Free Bets", "Welcome Bonus 100% up to €100", "50 Free Spins",
                   "Daily Jackpot", "VIP Club – Platinum tier", "Bonus code WELCOME100", "Promo code BET30",
                   "Bis zu 100 € Wettbonus", "Bonus de bienvenue 100 €", "Bono de bienvenida hasta 200 €",
                   "Refer a Friend – get £20", "DFS Millionaire Maker $20 entry",
                   "Sorare Limited card – Kylian Mbappé 2025-26"],
    "fixtures": ["Arsenal v Chelsea – Match Result", "Bayern München – Borussia Dortmund 2:1",
                 "Real Madrid vs FC Barcelona", "Super Bowl LX", "Cheltenham Gold Cup 2026", "Grand National 2026",
                 "Wimbledon Men's Singles Final", "UEFA Champions League Final", "NBA Finals Game 7",
                 "Kentucky Derby", "Roland-Garros – Finale dames", "Tour de France – Étape 17",
                 "Prix de l'Arc de Triomphe", "Inter – Juventus 1-1", "Ajax – Feyenoord"],
    "athletes": ["Erling Haaland anytime goalscorer", "Harry Kane to score first", "Kylian Mbappé",
                 "Patrick Mahomes over 2.5 passing TDs", "LeBron James over 25.5 points", "Carlos Alcaraz to win",
                 "Novak Djokovic", "Jannik Sinner", "Frankie Dettori", "Max Verstappen – Pole Position",
                 "Lewis Hamilton podium", "Rory McIlroy top 10", "Jude Bellingham", "Scottie Scheffler to win",
                 "Galopin des Champs", "Constitution Hill"],
    "odds": ["Odds 2.10", "5/2", "+150", "-110", "Stake: £10.00", "Potential returns: €45.50",
             "Jackpot €97,000,000", "Mindesteinsatz 1 €", "Quota 3,25", "Cote 1,85", "Cuota 2,40",
             "Max payout $1,000,000", "Einsatz 2,50 € pro Tipp", "Jackpot: 35 Mio. €"],
    "draws": ["Draw: Tuesday 9 December 2026", "Ziehung am Samstag, 12.12.2026", "Tirage du vendredi 11 décembre 2026",
              "Sorteo 22 de diciembre de 2026", "Estrazione del 10/12/2026", "Kick-off 20:00 CET",
              "Draw 1847", "Dragning lördag 12 december"],
    "statuses": ["Pending", "Settled", "Won", "Lost", "Void", "Cashed Out", "Gewonnen", "Verloren", "Gagné",
                 "Perdu", "Ganada", "Vinta", "Ausgezahlt", "Withdrawal pending", "Verification required",
                 "Account verified", "Bet accepted", "Half Won"],
    "codes": ["7 19 23 38 44 + 3 9", "Lucky Stars 3 9", "Superzahl 7", "Market 1.234567890", "Selection 47972",
              "Coupon 5X7K-2M9Q", "Numero Jolly 42", "Complementario 17", "Powerball 26",
              "Millionaire Maker ABC 12345"],
    "guidance": ["Responsible Gambling", "Set deposit limits", "Take a break", "Self-exclusion with GAMSTOP",
                 "BeGambleAware.org", "Spielerschutz", "Jeu responsable", "Juego seguro", "Gioco responsabile",
                 "18+ | Play responsibly", "Gambling Commission licence 39028", "GGL – Gemeinsame Glücksspielbehörde",
                 "How to withdraw", "KYC documents we accept", "Verify your identity", "Terms and Conditions apply",
                 "Was ist OASIS?", "Spelpaus – så fungerar det", "1-800-GAMBLER"],
    "venues": ["Las Vegas Strip", "Casino de Monte-Carlo", "Spielbank Baden-Baden", "Atlantic City", "Macau",
               "Cheltenham Racecourse", "Ascot", "Casino Barrière Deauville", "Casinò di Venezia",
               "Crown Melbourne", "Holland Casino Scheveningen", "Aintree"],
    "results": ["Winner: Real Madrid", "Winner: Frankie Dettori", "Gagnant : Kylian Mbappé", "Jockey: Frankie Dettori",
                "Trainer: Willie Mullins", "Manager: Pep Guardiola", "Referee: Michael Oliver",
                "Player: Kylian Mbappé", "Sieger: FC Bayern München", "Winning numbers 04 12 19 33 47 + 02 11",
                "Powerball 5-12-23-44-61 PB 26", "Eurojackpot 5 aus 50: 07 15 23 31 42 + 3 + 9",
                "Lotto 6aus49: 3 – 11 – 19 – 24 – 38 – 45, Superzahl 7"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "operators": ["page title", "product brand"],
    "games": ["product name", "search string"],
    "bet types": ["product name", "content category"],
    "promotions": ["page title", "content name"],
    "fixtures": ["page title", "product name"],
    "athletes": ["product name", "search string"],
    "odds": ["custom property", "product name"],
    "draws": ["page title"],
    "statuses": ["status"],
    "codes": ["custom property"],
    "guidance": ["page title"],
    "venues": ["content category"],
    "results": ["custom property"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
