"""What a party's label or a record's preposition is followed by when it names no one (closer 198, review 34): a
party's standing, a tier, a service's terms, a trade's or a public body's word, a betting market's or a gambling
record's thing, by meaning and language. `Homeowner: Landlord`, `Tasker: Same Day`, `Pflegekraft: Pflegedienst …`,
`Tipster: Racing Tips`, `Bet placed from Apple Watch`, `KYC check failed for Proof Address` say what kind of client,
pro, bettor or record it is, not whose.

Read where a client's, a pro's, a bettor's label (home_services, postal's role rules), a wager's preposition
(wagers) or a payout's direction (payees) meets a name, beside the businesses' (brand_words), places' and clubs'
vocabularies. None of the words is a given or a family name (`Day`, `Power`, `Hill`, `Gold`, `Star`, `Free`, `High`,
`Money`, `Boot`, `Roller`, `Meister` are, and stay read as a name's: `Tipster: Orla Day`). Lexicon data, canonical
(accents folded), lower case, compared whole.
"""

from __future__ import annotations

from typing import FrozenSet

from .canonical import canonical

STANDING_WORDS: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    # a client's tenure or standing by language (`Homeowner: Private Landlord`, `Donneur d'ordre : Particulier`)
    "landlord landlords tenant tenants leaseholder freeholder occupier lessee buyer buyers "
    "vermieter mieter mieterin particulier particuliers proprietaire locataire inquilino arrendatario propietario "
    "affittuario locatore huurder verhuurder najemca wynajmujacy "
    # a housing firm's, an estate agent's, a public administration's or a care service's word by language
    "immobilien immobilier inmobiliaria immobiliare woningcorporatie woonstichting wohnungsbau "
    "amministrazione administration verwaltung administracion gemeinde gemeente "
    "pflegedienst pflegeheim altenpflege altenpflegerin altenpfleger krankenpflege kita kindergarten creche "
    # a pro's vetting, insurance, qualification or registration (`Tasker: Fully Insured`, `Sitter: Fully Vetted`,
    # `Pflegekraft: Examinierte …`, `Childminder: Ofsted Registered`)
    "fully vetted checked insured registered licensed certified accredited qualified unverified "
    "verifie verifiee verifiziert gepruft zertifiziert versichert examiniert examinierte examinierter "
    "verificado verificada verificato verificata geverifieerd gecertificeerd zweryfikowany "
    # a service's hours, days or terms (`Nanny: Part Time`, `Tasker: Same Day`, `Babysitter: Last Minute`, `Nanny: Live
    # Out`, `Tasker: Great Value`, `Caregiver: Home Instead`, `Tagesmutter: Kita Ersatz`)
    "part-time full-time same minute minutes overnight weekend weekends weekday weekdays hourly weekly monthly daily "
    "live-in live-out live out part time instead ersatz vertretung value "
    # a job's service, a trade's or a household firm's word, a team's or a support desk's by language (`Appointment
    # confirmed for Boiler Repair`, `Rendez-vous confirmé pour Entretien Chaudière`, `Our plumber Pimlico Plumbers`,
    # `My cleaner Molly Maid`, `Mensaje de Cronoshare Soporte:`, `DBS check confirmed for Scout Leaders`, `Bezoek –
    # familie Vakantiepark`)
    "check checks repair repairs service servicing maintenance installation install cleaning clean safety boiler "
    "boilers putzen reinigung wartung reparatur entretien reparation nettoyage ramonage chaudiere limpieza reparacion "
    "pulizia manutenzione riparazione onderhoud reparatie schoonmaak sprzatanie naprawa serwis "
    "plumbers plumbing electricians builders cleaners maid maids engineer engineers contractor contractors installer "
    "installers elektrotechnik handwerkskammer leaders volunteers support soporte supporto assistenza kundendienst "
    "klantenservice vakantiepark ferienpark campingplatz camping "
    # a trade register's own page or a call to check it (`Gas Safe Register no. … – Find an Engineer`, `… – Verify
    # Online`, `NICEIC registration no. … – Approved Contractor`, `… – Domestic Installer`)
    "find verify approved domestic register oil heating heizung "
    # a betting market's, a tipster service's, a bookmaker's or a casino game's word by language, a bettor's or a
    # pro's own word (`Tipster: Racing Tips`, `Punter: Betfair Exchange`, `Jackpot winner: Starburst Slot`, `Gokker:
    # Holland Casino`, `Tipster: Top Tipster`, `Sitter: Star Sitter`)
    "tips tipps tipsters tipster punter punters bettor bettors sitter sitters tasker taskers "
    "expert experts experten experte expertos esperti "
    "exchange odds casino casinos slot slots jackpot jackpots lotto lottery lotterie horse horses racing dip mega "
    "roulette blackjack poker bingo spel spiel juego gioco "
    # (a payout's winner or a lottery's retailer: `Payout to Lucky Winner`, `Gewinnauszahlung an Lotto Annahmestelle`)
    "winner winners gewinner gewinnerin winnaar gagnant gagnante ganador ganadora vincitore vincitrice annahmestelle "
    # a tier's or a mode's word by language (`Apostador: Nivel Oro`, `Parieur : Mode Expert`, `Punter: Casual …`)
    "nivel niveau level stufe livello poziom tier vip premium casual mode "
    # a device's or a channel's word a bet is placed or shared from (`Bet placed from Apple Watch`, `Apuesta
    # realizada por Teléfono Móvil`, `Wettschein geteilt von Kicker Online`, `Bet slip shared by Football Insider`)
    "watch phone telephone telefono movil mobile smartphone tablet online app insider football fussball futbol "
    "calcio match goal "
    # a gambling record's document, period, audience or scope (`KYC check failed for Proof Address`, `Deposit limit
    # set for Weekly Period`, `Self-exclusion for Problem Gamblers`, `Selbstsperre für Alle Anbieter`)
    "proof address document documents passport licence license invalid expired period gamblers gambler problem "
    "anbieter alle operator operators multi"
    ).split())


def a_standing(words: str) -> bool:
    """Whether capitalized `words` after a party's label or a record's preposition hold a standing's, a service's or a
    market's word (STANDING_WORDS), marks aside."""
    return any(canonical(word.strip(".,;:()!?"))[0].lower() in STANDING_WORDS for word in words.split())
