"""Closer 83: the README's exceptions narrowed to what they are about (forty-ninth attack): a review's author before a
rating in stars or a verified shopper's label, a singular person's noun after a gender's label, an adult's age with a
mark, a gender's or an age's label naming its shopper, `my age is`, a campaign's row naming a person before an
address's lines or in a JSON string, a national id's layout with its check and an IPv4 after a code's label, and a
provider's secret by its format (credentials.py)."""

from __future__ import annotations

from typing import List, Tuple
from urllib.parse import quote

import pytest

from meta_capi import credentials, detector, labelled_values, postal, privacy, self_introductions
from meta_capi.privacy import PERSONAL_KEY, custom_refusal

PERSON_NAME = "holds a person's name"

# A review's author after its byline, then a rating in stars or a verified shopper's label.
REVIEWERS: List[str] = [
    "Reviewed by Anna Fisher ★★★★★", "Reviewed by Carter Smith ★★★★☆", "Posted by Lena Vogt ⭐⭐⭐⭐",
    "Bewertet von Petra Schneider ★★★★★", "Avis de Marie Boulanger ★★★☆☆", "Written by Ola Nordmann - ★★★★",
    "Reviewed by Tom Baker, Verified Buyer", "Review by Ella Weaver (verified purchase)",
    "Posted by Jo Weber (Verified Purchaser)", "Rezension von Jonas Müller, verifizierter Kauf",
    "Avis de Luc Martin, achat vérifié", "Opinión de Lucía Gómez, compra verificada",
]
# ... and what goes out: a publication's name, an activity's, a rating-less byline, a verified label glued to a word.
NOT_REVIEWERS: List[str] = [
    "Reviewed by Good Housekeeping: 5 stars", "Reviewed by Good Housekeeping ★★★★★", "Reviewed by Wirecutter ★★★★★",
    "Reviewed by The Guardian ★★★★", "Reviewed by Acme Publishing, Verified Buyer", "Reviewed by Consumer Reports",
    "Getestet von Stiftung Warentest", "Rezension von Harry Potter, verifizierter Kaufhaus",
]


@pytest.mark.parametrize("text", REVIEWERS)
def test_a_reviewer_before_stars_or_a_verified_label_is_a_person(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", NOT_REVIEWERS)
def test_a_publication_or_an_unrated_byline_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# A person's gender or age after a label or under a key, the audience's words aside.
GENDERS: List[str] = [
    "Gender: woman", "Gender: man", "gender=Woman", "Sexe : femme", "Sexe : homme", "Sexo: mujer", "Sexo: hombre",
    "Sesso: donna", "Geschlecht: frau", "Gender: Woman",
]
AUDIENCES: List[str] = [
    "Gender: Women", "Gender: WOMAN", "Genre : Femme", "Genre : Homme", "Género: Mujer", "Geschlecht: Damen",
    "Gender: Men & Women", "Gender: Girls", "Sesso: Donna", "gender=women",
]


@pytest.mark.parametrize("text", GENDERS)
def test_a_singular_persons_noun_after_a_genders_label_is_refused(text: str) -> None:
    assert detector.reason(text) == labelled_values.GENDER


@pytest.mark.parametrize("text", AUDIENCES)
def test_a_departments_word_after_a_genders_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "value"), [("gender", "woman"), ("sexe", "femme"), ("gender", "Man")])
def test_a_singular_persons_noun_under_a_genders_key_is_refused(key: str, value: str) -> None:
    assert custom_refusal(key, value) == PERSONAL_KEY
    url = f"https://shop.example.com/c?{key}={quote(value)}"
    assert privacy.clean_url(url) != url


ADULT_AGES = ["Age: 38 years and up", "Age: 40+", "Alter: ab 35 Jahren", "Edad: 30 años y más", "age=25+"]
MARKS = ["Age: 3+", "Age: 14 years and up", "Age 18+ only", "Age: 21+", "Age: 16+", "Ages 8-12", "Âge : 3 ans et +",
         "Altersempfehlung: 8+", "age=21 and over"]


@pytest.mark.parametrize("text", ADULT_AGES)
def test_an_adults_age_with_a_mark_is_a_persons(text: str) -> None:
    assert detector.reason(text) == labelled_values.AGE


@pytest.mark.parametrize("text", MARKS)
def test_a_childs_or_a_laws_age_mark_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# A gender's or an age's label naming its shopper after the word for "of": every value is the person's.
OF_A_SHOPPER: List[Tuple[str, str]] = [
    ("Age of buyer: 38", labelled_values.AGE), ("Age of the customer: 3+", labelled_values.AGE),
    ("Edad del comprador: 14 años y más", labelled_values.AGE), ("Alter des Kunden: 38", labelled_values.AGE),
    ("Geschlecht der Kundin: Damen", labelled_values.GENDER), ("Gender of the user: Women", labelled_values.GENDER),
]


@pytest.mark.parametrize(("text", "expected"), OF_A_SHOPPER)
def test_a_label_naming_its_shopper_keeps_every_value_personal(text: str, expected: str) -> None:
    assert detector.reason(text) in (expected, PERSON_NAME)


@pytest.mark.parametrize("text", ["Age of product: 3 years", "Age of the wine: 12 years", "Recommended age: 3+"])
def test_a_label_naming_no_shopper_keeps_the_audience_rule(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["my age is 38", "My age is 38 years.", "Mein Alter ist 38 Jahre",
                                  "mon âge est 38 ans", "mi edad es 38, vivo en Madrid"])
def test_my_age_is_states_an_age(text: str) -> None:
    assert detector.reason(text) == self_introductions.AGE_STATED


@pytest.mark.parametrize("text", ["my age is 3", "The recommended age is 38", "My age is 38 and up"])
def test_an_age_no_one_states_of_oneself_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# An export's row naming a person before an address's lines and the town, or in a JSON string.
ROWS = [
    "Jo Tarvenholm,12 Baker Street,London,NW1 6XE", "Christmas Sale,Jo Tarvenholm,Flat 3,22 Elm Road,Leeds,LS1 4AP",
    "Petra Quendrix;Hauptstraße 5;Berlin;10115", "Ola Brenne\t7 Mill Lane\tApt 2B\tLeeds\tLS1 4AP",
    '{"detail": "Summer Sale,Petra Quendrix,London,SW1A 1AA"}', '{"a": "T-1", "row": "Ida Varn,Leeds,LS1 4AP"}',
]
CAMPAIGN_ROWS = [
    "Summer Sale,London,SW1A 1AA", "Summer Sale,Store 12,London,SW1A 1AA", "Black Friday,Berlin,10115",
    '{"campaign": "Summer Sale,London,SW1A 1AA"}', "Spring Launch;Paris;75001", "Summer Sale,Level 3,London,SW1A 1AA",
]


@pytest.mark.parametrize("text", ROWS)
def test_a_row_naming_a_person_before_address_lines_is_an_address(text: str) -> None:
    assert detector.reason(text) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("text", CAMPAIGN_ROWS)
def test_a_campaigns_row_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# A national id's layout with its check, or an IPv4, after a code's label; a code's own number goes out.
CODED_IDS: List[Tuple[str, str]] = [
    ("Art.-Nr. 86.04.23-447.18", detector.NATIONAL_ID), ("Model JT 48 17 26 C", detector.NATIONAL_ID),
    ("Order 91.03.12-481.24", detector.NATIONAL_ID), ("SKU: 81.17.26.123", detector.IP_ADDRESS),
    ("Item 81.17.26.123", detector.IP_ADDRESS), ("EAN: 81.17.26.123", detector.IP_ADDRESS),
]
CODES = ["SKU 12345-678", "SKU-185.61.27.99-blue", "Firmware 4.2.1.7", "Section 3.2.1.4", "Model 4.2.1.7",
         "Lot 1.2.3.4", "Art.-Nr. 4817", "S/N 4719 2836 5478", "Version 10.0.19041.1", "Order 250317-0042"]


@pytest.mark.parametrize(("text", "expected"), CODED_IDS)
def test_a_checked_layout_after_a_codes_label_is_an_id(text: str, expected: str) -> None:
    assert detector.reason(text) == expected
    assert detector.reason(text, id_like=True) == expected


@pytest.mark.parametrize("text", CODES)
def test_a_codes_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["SKU 250317-0042", "SKU 860423-4479", "S/N 4719 2836 5478"])
def test_in_an_id_a_dated_id_or_twelve_digits_after_a_codes_label_are_the_codes(text: str) -> None:
    assert detector.reason(text, id_like=True) == ""


SECRETS = [
    "token: ghp_" + "Ab3" * 12, "gho_" + "x9Y" * 12, "github_pat_" + "A1_b" * 20 + "Zz",
    "sk_live_" + "51Hq" * 6, "rk_test_" + "Zq9" * 9, "xoxb-123456789012-abcdefghijkl",
]
NOT_SECRETS = ["ghp_short", "my-ghp_slug", "sk_live_demo", "sku_live_" + "a1" * 12, "token: summer-sale"]


@pytest.mark.parametrize("text", SECRETS)
def test_a_providers_secret_by_its_format_is_refused(text: str) -> None:
    assert detector.reason(text) == credentials.SECRET
    assert detector.reason(text, id_like=True) == credentials.SECRET


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_a_word_like_a_prefix_goes_out(text: str) -> None:
    assert credentials.reason(text) == ""
