"""Closer 101 (fifty-fourth attack, issue 16: pharmacies, clinics, insurers). Four rules, both ways:

- a European Health Insurance Card's card id by its shape: twenty digits numbered as ISO/IEC 7812 numbers a card,
  `80` (health) and an issuing state's ISO 3166 numeric code (national_ids.EHIC_STATES), unbroken or broken where a
  card prints it; no check digit is read (issuers compute none in common). After a code's or an order's label it is
  the code's; a shipping unit's, a SIM's or a random id's twenty digits open otherwise;
- France's NIR alone in a URL path's segment by its key of 97 (ids of digits alone are not read in a path: the NIR's
  sex, month and key pass once in three to four thousand numbers of fifteen digits), Corsica's `2A` and `2B` too;
- a person's own id after its label and a blank alone (`Subscriber ID XQT481726`): one token, as after `:`; a
  subscriber's word by meaning in the lexicon's larger languages before an id word;
- a birth date after its label in a URL path, the date's `/` splitting it into segments (`/account/born 02/13/1971`):
  the path read with its `/` as text's for the birth rule alone; a dated path with no birth label goes out.

The values are made up for the rules, not the attack's."""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import detector, labelled_values, personal_keys
from meta_capi.national_ids import EHIC_STATES, HEALTH_ID, nir
from url_reasons import FIELD, cleaned

SHOP = "https://apotheke.example.com"
PATH_LEFT_OUT = (FIELD, "personal data in the path: only the origin sent")


def _nir(body: str) -> str:
    """A NIR: thirteen characters and the key 97 - n mod 97 (Corsica's `2A`, `2B` counted as 19 and 18)."""
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return f"{body}{97 - number % 97:02d}"


def _lines(path: str) -> str:
    """A URL path as the detector reads it: a line break for each `/`."""
    return path.replace("/", "\n")


# --- a European Health Insurance Card's card id ----------------------------------------------------------------------
def _card(state: str, serial: str = "0059203174") -> str:
    return f"80{EHIC_STATES[state]}00913{serial}"


CARD_IDS = [
    _card("DE"), _card("GB"), _card("FR"), _card("IT"), _card("NL"), _card("AT"), _card("CH"), _card("NO"),
    _card("PL", "9900000001"),
    # printed apart: ten and ten, in fives, by its parts (industry, state, issuer, serial), in dashed fours
    "8027600913 0059203174", "80276 00913 00592 03174", "80 276 00913 0059203174", "8027-6009-1300-5920-3174",
    "80826-00913-00592-03174",
    # in a text, after the card's words in any language (or none), in a field's line
    "Kennnummer der Karte: 80276009130059203174", "Numéro d'identification de la carte 80250009130059203174",
    "Número de identificación de la tarjeta 80724009130059203174", "Karte 80826009130059203174 gültig bis 12/2029",
]


@pytest.mark.parametrize("text", CARD_IDS)
def test_a_health_insurance_card_s_id_is_refused_by_its_prefix(text: str) -> None:
    assert detector.reason(text) == HEALTH_ID


@pytest.mark.parametrize("value", [_card("DE"), _card("BE")])
def test_a_card_id_is_refused_in_an_id_and_in_a_path_s_segment(value: str) -> None:
    assert detector.reason(value, id_like=True) == HEALTH_ID
    assert cleaned(f"{SHOP}/versicherte/{value}/karte") == (f"{SHOP}/", [PATH_LEFT_OUT])


TWENTY_DIGITS_KEPT = [
    "00340434161234567890",  # a shipping unit's SSCC after its application identifier `00`
    "89490200001234567890",  # a SIM's ICCID (`89`: telecoms)
    "70191120000012345678",  # a USPS certified mail number
    "18446744073709551615",  # a 64-bit id
    "80004123456789012345",  # `80` and no issuing state's code (`004`, also GS1's GIAI `8004`)
    "80840009130059203174",  # the United States' code: no EHIC
    "8027600913005920317",  # nineteen digits
    "802760091300592031745",  # twenty-one
    "8027600 9130059 203174",  # broken where no card prints it
    "Order 80276009130059203174", "SKU 80276009130059203174", "Sendungsnummer 80276009130059203174",
]


@pytest.mark.parametrize("text", TWENTY_DIGITS_KEPT)
def test_twenty_digits_of_another_numbering_or_after_a_code_s_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a NIR alone in a URL path's segment -----------------------------------------------------------------------------
NIR = _nir("2910349352043")
CORSICAN_NIR = _nir("186072A312726")
NIR_PATHS = [
    f"/patients/{NIR}/ordonnances", f"/dl/{NIR}", f"/{NIR}", f"/compte/{CORSICAN_NIR}/",
    f"/files/{NIR}/view",
]


@pytest.mark.parametrize("path", NIR_PATHS)
def test_a_nir_alone_in_a_path_s_segment_is_refused(path: str) -> None:
    assert detector.reason(_lines(path), segments=True) == detector.NATIONAL_ID
    assert cleaned(f"{SHOP}{path}") == (f"{SHOP}/", [PATH_LEFT_OUT])


def test_the_nir_s_key_counts_corsica_s_departments() -> None:
    assert nir(CORSICAN_NIR) and not nir(CORSICAN_NIR[:-1] + str((int(CORSICAN_NIR[-1]) + 1) % 10))
    assert detector.reason(f"ma carte {CORSICAN_NIR}") == detector.NATIONAL_ID


WRONG_KEY = NIR[:-2] + f"{(int(NIR[-2:]) + 1) % 97:02d}"
PATHS_KEPT = [
    f"/p/{WRONG_KEY}", "/p/391034935204312",  # a key that fails, a sex digit no NIR has
    "/item/1005006123456789.html", "/events/1764000000000/", "/groups/100023456789012/",
    f"/p/{NIR}-blue-sneakers",  # not alone in its segment: a slug's number
    "/blog/2024/02/13/winter-sale",
]


@pytest.mark.parametrize("path", PATHS_KEPT)
def test_other_numbers_in_a_path_go_out(path: str) -> None:
    assert cleaned(f"{SHOP}{path}") == (f"{SHOP}{path}", [])


# --- a person's own id after its label and a blank -------------------------------------------------------------------
BLANK_LABELLED = [
    "Subscriber ID XQT559203 Group 00123", "Member ID QTV559203001", "Patient ID PT-559203",
    "Subscriber ID  RX-2026-5592", "Abonnenten-ID AB559203", "Kundennummer KD-559203 bitte angeben",
]


@pytest.mark.parametrize("text", BLANK_LABELLED)
def test_a_person_s_id_after_its_label_and_a_blank_is_refused(text: str) -> None:
    assert detector.reason(text) == labelled_values.PERSON_ID


BLANK_LABELS_KEPT = [
    "Subscriber ID required", "Newsletter subscriber ID 2026", "Member ID card holder 2026", "Subscriber ID XQT55",
    "Subscribers save 10% with code NL2026", "Subscriber exclusive SUMMER2026", "Produkt Nr. AB123456",
    "Apple ID 2FA setup", "Abonnenten 559203", "Plan Gold PPO 2500", "Member price 12.99",
]


@pytest.mark.parametrize("text", BLANK_LABELS_KEPT)
def test_a_label_with_no_id_after_it_or_a_subscriber_s_word_alone_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["abonnent_id", "abonnentennummer", "suscriptor_numero", "numero_abbonato",
                                 "assinante_id", "abonneenummer", "tilaajanumero", "subscriber_id"])
def test_a_subscriber_s_word_before_an_id_word_is_a_personal_key(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ["abonnenten_anzahl", "subscriber_count", "newsletter_subscriber", "abbonato",
                                 "assinante", "suscriptores_total"])
def test_a_subscriber_s_word_alone_or_with_a_count_is_an_ordinary_key(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


# --- a birth date after its label across a path's segments -----------------------------------------------------------
BIRTH_PATHS = [
    "/account/born 02/13/1971", "/account/born%2002/13/1971", "/born/13/02/1971", "/geb/14/03/1981",
    "/ne-le/14/03/1981", "/fr/compte/nee-le/14/03/1981/modifier", "/nascita/14/03/1981", "/profil/dob/13/02/1971",
]


@pytest.mark.parametrize("path", BIRTH_PATHS)
def test_a_birth_date_split_by_a_path_s_slashes_after_its_label_is_refused(path: str) -> None:
    assert cleaned(f"{SHOP}{path}") == (f"{SHOP}/", [PATH_LEFT_OUT])


@pytest.mark.parametrize("path", ["/account/born 02/13/1971", "/born/13/02/1971", "/ne-le/14/03/1981"])
def test_the_birth_rule_names_the_date(path: str) -> None:
    assert detector.reason(_lines(path), segments=True) == detector.BIRTH_DATE


DATED_PATHS_KEPT: List[str] = [
    "/blog/2024/02/13/title", "/archive/13/02/1971", "/events/13/02/1971", "/born-in-the-usa/1984/06/04",
    "/born-to-run/1975/08/25", "/news/2024/02/13/born-free", "/2024/02/13/born", "/collections/birthday-gifts",
    "/products/born-to-run-vinyl/2024",
]


@pytest.mark.parametrize("path", DATED_PATHS_KEPT)
def test_a_dated_path_with_no_birth_label_before_its_date_goes_out(path: str) -> None:
    assert cleaned(f"{SHOP}{path}") == (f"{SHOP}{path}", [])
