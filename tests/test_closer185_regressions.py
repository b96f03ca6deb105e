"""Closer 185: review 32's regressions of session 42's rules (ordinary values newly refused, personal ones newly let
out), claimed by rule, by meaning and by language.

- payees.NOT_A_PERSONS (read by payees._a_counterparty after a transfer's, a split's or a request's words, before
  what a friend owes, and after a rent's word): a benefit's, a loan's, a fine's, a health insurer's or a public
  office's words (`Universal Credit`, `Krankenkasse`, `France Travail`), a charity's, a church's, a nursery's or an
  association's in its own language (`Kyrkan`, `Kors`, `Asociación`, `Kita`), a pot's goal or an account's kind
  (`Rainy Day`, `Easy Access`), a card's, a platform's, a market's, a gym's or a driver's word (`Visa`, `Photos`,
  `Mercado`, `Gym`), a department's or a crowd's after a request's (`Popular Demand`), a plan's instalments or a
  station's after a payment's `a` (`Plazos`, `Centrale`), and what a rent is paid for (`Stellplatz`, `Parking Space`,
  `Kamer`); a full name goes on being read.
- e_signatures._NOT_TIPPERS (read after e_signatures._TIP_FROM and _PATRON): a giving scheme's, a tip jar's, a
  match's or a payment app's words and a patron tier's or a fan's, by language (`Gift Aid`, `Tip Jar`, `Cash App`,
  `Super Fan`, `Nivel Oro`).
- postal._SITE_WORDS (read by postal._behind_a_desk): a hotel's, a hospital's or a support line's words after a
  desk's (`Reception Holiday Inn`, `Service Desk First Line`).
- postal.HANDOVER_PLACES: a loading bay or dock after a pickup's `at` (`Pickup at Loading Bay, …`).
- booked_names.NOT_BOOKED_NAMES (read after booked_names._RESERVED_OR_ADOPTED_FOR): a facility's, a vehicle's, a
  boarding's or a camp's words and regulars' by language (`Disabled Parking`, `Priority Boarding`, `Eltern Kind`,
  `Vaste Klanten`).
- record_names._AFTER_THE_GOODS and _NOT_AFTER_THE_GOODS (read by record_names._an_engraved_couple): a full name or
  a couple's given names after a pair of the table's goods engraved, past a dash or a comma, is a name; a material,
  a mill's kind, a colour or a sentiment there is none (`– Marble Grinder`, `– Rose Gold`).
- audiences.RATING_SCALES (read by audiences.is_an_audience): a number after a rating system's name is a rating only
  on that system's scale (`PEGI 16`; `PEGI 17`, `PEGI 21` are a person's age).
- labelled_values._named_after_the_age with audiences.RATING_DESCRIPTORS: a full name after a rated age, past a comma
  or a semicolon, makes the age that person's; a rating's descriptor or a game's platform there is none (`, Bad
  Language`, `, Nintendo Switch`).

A pupil's given name before a town that is a family name too (`Klassenfahrt Anna Berlin`) is left: no shape tells it
from a trip's two towns where one is outside geography.TOWN_NAMES (`Klassenfahrt Potsdam Berlin`, closer 178).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY_PAYEES = [
    "Transfer from Universal Credit", "Payment from Child Benefit", "Payment to Student Loan",
    "Lastschrift von Techniker Krankenkasse", "Virement de France Travail", "Transferencia de Seguridad Social",
    "Payment to Dartford Crossing Charge", "Gutschrift von Familienkasse Bayern", "Payment to Leeds City Council",
    "Swish till Svenska Kyrkan", "Vipps til Røde Kors", "Payment to Cats Protection", "Bizum a Asociación Vecinos",
    "Bonifico a Condominio Via Roma", "Überweisung an Kita Sonnenschein", "Payment to Barclaycard Visa",
    "Shared with Google Photos", "Pago a Mercado Libre", "Payment to Pure Gym", "Direct debit to Virgin Money",
    "Transfer to Rainy Day", "Transfer to Easy Access", "Split with Ski Trip", "Requested by Popular Demand",
    "Anfrage von Google Analytics", "Pago a Plazos Sin Intereses", "Pagamento a Milano Centrale",
    "Envío a Gran Canaria", "Miete Dezember Stellplatz Nord", "Rent Jan 2027 Parking Space",
    "Huur januari Kamer Utrecht", "Rent 2026 Holiday Cottage", "Uber Driver paid you $60",
]
PERSONAL_PAYEES = [
    "Transfer to Wenna Thistlecombe", "Payment from Idris Vanterpool", "Überweisung an Jorinde Haselkamp",
    "Bizum a Itziar Goikoetxea", "Requested by Wenna Thistlecombe", "Anfrage von Jorinde Haselkamp",
    "Pago a Itziar Goikoetxea", "Rent Jan 2027 Wenna Thistlecombe", "Miete Dezember Jorinde Haselkamp",
    "Split with Idris Vanterpool", "Idris Vanterpool paid you $60",
]


@pytest.mark.parametrize("text", ORDINARY_PAYEES)
def test_an_institutions_a_pots_a_brands_or_a_lets_words_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL_PAYEES)
def test_a_payees_full_name_is_still_read(text: str) -> None:
    assert detector.reason(text) != ""


ORDINARY_TIPS_AND_DESKS = [
    "Donation €10 from Gift Aid", "Tip $5 from Tip Jar", "Donation $50 from Matching Gift", "Tip $2 from Cash App",
    "New patron: Super Fan", "New patron: Early Bird", "Nuevo mecenas: Nivel Oro",
    "Emergency contact: Reception Holiday Inn", "Emergency contact: Reception Royal Infirmary",
    "Emergency contact: Service Desk First Line", "Pickup at Loading Bay, 5 High Street",
    "Reserved for Disabled Parking", "Reserved for Priority Boarding", "Reserviert für Eltern Kind",
    "Gereserveerd voor Vaste Klanten", "Reserved for Summer Camp",
]
PEOPLE_TIPPING_AT_DESKS = [
    "Tip $5 from Wenna Thistlecombe", "Donation €10 from Idris Vanterpool", "New patron: Jorinde Haselkamp",
    "Emergency contact: Reception Wenna Thistlecombe", "Reserved for Idris Vanterpool",
    "Reserviert für Jorinde Haselkamp",
]


@pytest.mark.parametrize("text", ORDINARY_TIPS_AND_DESKS)
def test_a_schemes_a_tiers_a_sites_or_a_facilitys_words_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PEOPLE_TIPPING_AT_DESKS)
def test_a_tippers_a_patrons_a_desks_or_a_reservations_person_is_read(text: str) -> None:
    assert detector.reason(text) != ""


ORDINARY_ENGRAVINGS_AND_RATINGS = [
    "Engraving: Salt & Pepper", "Engraving: Salt & Pepper – Marble Grinder", "Engraving: Salt & Pepper – Rose Gold",
    "Engraving: Oil & Vinegar, Olive Wood", "Gravur: Salz & Pfeffer – Eiche Massiv",
    "Grabado: Sal y Pimienta – Madera Natural", "Engraving: Bread & Butter – Love & Light",
    "Age: 16+ (PEGI 16)", "Age: 15 (BBFC 15)", "Altersfreigabe: FSK 12", "Age: 16+ (PEGI 16), Bad Language",
    "Age: 12 (PEGI 12), Mild Violence", "Age: 7+ (PEGI 7), Nintendo Switch", "Age: 3+ (PEGI 3), Super Mario",
    "Causale: Gita Scolastica Venezia", "Concepto: Viaje Escolar Sevilla", "Verwendungszweck: Klassenfahrt Berlin",
    "Payment reference: School Trip Lake District", "Verwendungszweck: Klassenfahrt Potsdam Berlin",
]
PEOPLE_ENGRAVED_RATED_AND_TRAVELLING = [
    "Engraving: Salt & Pepper – Wenna Thistlecombe", "Engraving: Oil & Vinegar, Idris Vanterpool",
    "Engraving: Fish & Chips – Wenna & Idris", "Age: 16+ (PEGI 16), Wenna Thistlecombe",
    "Age: 12 (USK 12); Jorinde Haselkamp", "Age: 17 (PEGI 17)", "Age: 14 (FSK 14)",
]


@pytest.mark.parametrize("text", ORDINARY_ENGRAVINGS_AND_RATINGS)
def test_goods_materials_ratings_and_destinations_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PEOPLE_ENGRAVED_RATED_AND_TRAVELLING)
def test_a_name_after_goods_or_a_rating_and_an_off_scale_age_are_read(text: str) -> None:
    assert detector.reason(text) != ""
