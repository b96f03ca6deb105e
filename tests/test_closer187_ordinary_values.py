"""Closer 187: review 32's ordinary values still refused (its DROPPED families), claimed by rule, by meaning and by
language; the personal values beside them stay refused.

- allergens._ALLERGEN_FOODS: the animal a milk comes from, a fish's, a fruit's, a cheese's and a nut's kinds by
  language in an allergen's bracket (`Milk (Goat, Sheep)`, `Fruit (Kiwi, Mango)`); allergens._ALLERGEN_WORDS: French
  nuts in the singular (`Noisette`, `Amande`).
- meeting_guests.EVENT_WORDS: a day's share, holidays and seasons that are no name after a sign-up's dash (`– Full
  Day`, `– Summer Holidays`, `– Primera Quincena`, `– Vacances de Printemps`); not `Summer`, a given name too.
- record_names._DESTINATIONS: a landscape's, a sight's, a stadium's, a harbour's, an island's or a sea's word, and a
  country's name in German, after a trip's fee (`School Trip Peak District`, `Klassenfahrt Rügen Ostsee`, `Prag
  Tschechien`).
- greetings._GREETED_OBJECTS: a stream's audience by language, an anonymous giver and a streaming platform thanked for
  a tip (`Danke Euch für …`, `Grazie Ragazzi per …`, `Thanks Anonymous for …`, `Danke Twitch für …`).
- record_names._BRIDAL_SHOPS_AND_VENUES: a mansion's word and a fitting's (a lamp's cap, a pipe's joint, a garment's
  fit and size: `Fitting: Bayonet Cap`, `Prova abito: Taglia Unica`); record_names._VENUES_OPENING: a venue's word
  that ends family names opening the words (`Wedding enquiry – Lake Como`); record_names._bridal_booked asks
  brand_words.a_brands_name (`Fitting: Moss Bros`).
- brand_words.BRAND_WORDS: a firm of brothers or sons, a book's word in a publisher's name, a loyalty scheme's points,
  a carrier's nationality or compass point, a mutual's, an army of charity's and a water utility's word by language
  (`Moss Bros`, `Hachette Livre`, `Royal Jordanian`, `China Eastern`, `Crédit Mutuel`, `Salvation Army`, `Thames
  Water`); brand_words._DEDICATIONS: a church's dedication before `Church` or `Chapel` (`Trinity Church`).
- record_names._TABLE_GOODS: a drink's juice, a music's halves and pronouns engraved as a pair (`Gin & Juice`, `Rock &
  Roll`, `Lui & Elle`).
- audiences.RATING_LETTERS, RATING_SCALES' `kijkwijzer` and `icaa`, RATING_DESCRIPTORS after a rating, and
  audiences._AGE_AFTER_WEEKS and _ANIMAL_CARE after an animal's weeks (`Age: 15+ (CERO C)`, `Age: 16+ (Kijkwijzer
  16)`, `(PEGI 18) – Online Interactions`, `9 semanas de edad`, `10 semaines (vacciné)`), read by
  audiences.is_an_audience.
- personal_keys.titled_state: a state in title case, and personal_keys._TITLED_STATES' requirement and blocking words
  (`Gamertag: Not Available`, `Gamertag: Required`).
- e_signatures._a_giver: a receipt's donor as a tip's sender, with e_signatures._NOT_TIPPERS' giving scheme's and
  unnamed donor's words (`Receipt – donation from Gift Aid`).
- personal_keys.BUSINESS_LINES, _LINE_OWNERS and _SERVICE_WORDS: a help line glued, a booking's line, a customer's
  service (`Helpline: 0808 …`, `Booking line: 0344 …`, `Customer service: 0345 …`).
- postal._SITE_WORDS: a site's gate after a desk's word (`Security Desk Gate House`).
- handles._COMMUNITY_INVITE: a subreddit's and a Facebook or LinkedIn group's page (`reddit.com/r/…`).
- record_names._NOT_FUND_NAMES: a voucher's and a gift list's words as a wedding fund's reference (`Mydays
  Gutschein`, `Cadeaulijst Bol`).
- cued_names._INFLECTED_COLOURS: German white written with `ß` before a motif (`Erstkommunion Weiße Tauben`).
- case_titles.sender_reason and named_in_text._party_named ask brand_words.a_brands_name (`Payment request from
  Thames Water`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # (allergens' kinds)
    "Allergy: Milk (Cow, Goat)", "Allergy: Fish (Bream, Halibut)", "Allergy: Fruit (Mango, Banana)",
    "Allergie : Fruits à coque (Amande, Pistache)", "Allergy: Cheese (Stilton, Cheddar)",
    "Allergie: Milch (Ziege, Schaf)",
    "Allergy: Nuts (Brazil, Cashew)",
    # (sign-ups' days, holidays and seasons)
    "Registration: Football Camp – Half Day", "Registration: Holiday Club – Easter Holidays",
    "Inscripción: Campamento – Segunda Quincena", "Inscription : Stage de tennis – Vacances d'Hiver",
    "Anmeldung: Ferienbetreuung – Ganztags",
    # (trips' sights, seas and countries)
    "Payment reference: School Trip Lake District Beacons", "Payment reference: School Trip Anfield Stadium",
    "Verwendungszweck: Klassenfahrt Sylt Nordsee", "Verwendungszweck: Klassenfahrt Budapest Ungarn",
    "Verwendungszweck: Klassenfahrt Kiel Hafen",
    # (a stream's audience, an anonymous giver, a platform)
    "Danke Leute und Euch für die 100 Bits!", "Gracias Chicas por la donación", "Grazie Ragazze per i 10€!",
    "Merci Anonyme pour les 5€ !", "Thanks YouTube for the $100!",
    # (fittings and sizes, venues opening, firms of brothers)
    "Fitting: Screw Cap", "Fitting: Compression Fit", "Prova abito: Taglia Unica", "Fitting: Warner Bros",
    "Wedding enquiry – Lake Garda", "Wedding enquiry: Castle Howard",
    # (publishers, schemes, carriers, mutuals, utilities, churches)
    "Offer from Hachette Livres", "Offer from Ethiopian Airlines", "Offer from China Southern Eastern",
    "Receipt – donation from Grace Church", "Receipt – donation from Bethel Chapel",
    "Receipt – donation from Payroll Giving", "Reçu fiscal – don de Crédit Agricole",
    "Payment request from Anglian Water",
    # (pairs engraved)
    "Engraving: Rhythm & Blues", "Engraving: Him & Her", "Gravur: Er & Sie",
    # (ratings and animals' weeks)
    "Age: 17+ (CERO D)", "Age: 15+ (ACB MA15+)", "Leeftijd: 12+ (Kijkwijzer 12)",
    "Age: 16+ (PEGI 16) – Strong Violence", "Edad: 12 semanas de edad", "Alter: 10 Wochen (geimpft)",
    # (form states, lines, desks, communities, fund references, colours)
    "Gamertag: Already Taken", "Gamertag: Not Required", "Helpline: 0808 800 4000",
    "Booking line: 0345 300 1000", "Emergency contact: Reception Gate House",
    "Reddit: reddit.com/r/boardgames", "Facebook: facebook.com/groups/987654321",
    "Hochzeitsgeschenk – Verwendungszweck: Jochen Schweizer Gutschein", "Erstkommunion Weiße Kerze",
]

PERSONAL = [
    "Allergy: Milk (Goat, Wenna Thistlecombe)", "Allergy: Fruit (Idris Vanterpool)",
    "Registration: Holiday Club – Summer Thistlecombe", "Registration: Holiday Club – Wenna Thistlecombe",
    "Payment reference: School Trip Wenna Thistlecombe", "Verwendungszweck: Klassenfahrt Jorinde Haselkamp",
    "Payment reference: School Trip Orla Costa",
    "Danke Jorinde für die 500 Bits!", "Thanks Wenna Thistlecombe for the 5€!",
    "Fitting: Wenna Thistlecombe", "Wedding enquiry: Wenna Lake", "Bridal appointment for Idris Vanterpool",
    "Offer from Wenna Thistlecombe", "Receipt – donation from Wenna Chapel",
    "Receipt – donation from Idris Vanterpool", "Payment request from Idris Vanterpool",
    "Engraving: Wenna & Idris", "Engraving: Rock & Wenna",
    "Age: 30 (CERO C)", "Age: 16 (PEGI 16) Wenna Thistlecombe", "Age: 30 (vaccinated)", "Edad: 34 años de edad",
    "Username: Taken Thistlecombe", "Mobile: 0345 300 1000", "Emergency contact: Front Desk Wenna Thistlecombe",
    "Reddit: reddit.com/u/wennathistle", "Facebook: facebook.com/wenna.thistlecombe",
    "Honeymoon fund – reference: Wenna Thistlecombe", "First Communion Isla Golden",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_value_near_review_32s_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_a_personal_value_beside_them_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""
