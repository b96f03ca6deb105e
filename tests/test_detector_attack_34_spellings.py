"""The thirty-fourth attack's spellings of an address (tests/privacy_attack_cases_34.py): quoted-printable in lower-case
hex or encoded twice, `%U` escapes, entities of invisible characters and dots, dots drawn in a ring and code point
notation; each with variants the attack did not list, and the near misses that must still go out."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.detector import EMAIL

_KEY_EMAIL = "key holds an email address"


@pytest.mark.parametrize("value", [
    # quoted-printable in lower-case hex, mixed case, encoded twice (`=3D40`, `=3d40`), a literal `@` and a QP dot
    "quennzor=40example=2eorg",
    "quennzor=2eabiodun=40shop=2eexample=2eorg",
    "Bitte an quennzor=40example=2eorg schreiben",
    "quennzor=40example=2ede",
    "quennzor=3D40example.org",
    "quennzor=3d40example=2eorg",
    "quennzor@example=2eorg",
    # `%U` as `%u`
    "quennzor%U0040example.org",
    "quennzor%u0040example%U002eorg",
    # entities of invisible characters and of dots
    "quennzor&shy;@example&shy;.org",
    "quennzor&zwj;@example&zwnj;.org",
    "quennzor&lrm;@&rlm;example.org",
    "quennzor&NoBreak;@example.org",
    "quennzor@example&middot;org",
    "quennzor@example&bull;org",
    "quennzor&bullet;abiodun@example&sdot;org",
    "quennzor@example&odot;org",
    # dots in a ring or a square, a white bullet
    "quennzor ⓐ example ⊙ org",
    "quennzor@example⊡org",
    "quennzor@example◦org",
    "quennzor@example⦿org",
    # a sign named by its code point
    "quennzor U+0040 example.org",
    "quennzor u+0040 example u+002e org",
    "quennzorU+0040example.org",
    "quennzor<U0040>example<U002E>org",
])
def test_an_address_spelled_so_is_read(value):
    assert detector.reason(value) == EMAIL
    assert detector.key_reason(value) == _KEY_EMAIL


@pytest.mark.parametrize("value", [
    "?lang=de&size=2e",
    "Emoji U+1F600 and U+2764",
    "NAD+SU+5412345000013::9'",  # an EDI segment: `U+5412…` is no code point
    "Café • Thé • Chocolat",
    "Größe: 40 ⊙ 42",
    "Lot de 3 &middot; coton bio &bull; taille M",
    "Prix&nbsp;: 12&shy;,90 €",
])
def test_ordinary_text_so_spelled_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", [
    # a town, a region, a post code in short words, with their address qualifiers
    "Ort", "Ort_Lieferung", "lieferung_ort", "Ortschaft", "miasto", "plaats", "commune", "gemeente", "localidad",
    "shipping_commune", "département", "Bundesland", "billing_kanton", "शहर", "शहर_ग्राहक", "CP", "cp_livraison",
    "c.p.", "C.P.", "PSČ", "npa_livraison",
    # who receives a delivery in Japanese, a patronymic, a birth, an age, a mobile
    "渡し先", "お渡し先", "送り先住所", "patronymic", "patronimico", "geboren", "geboren_am", "âge", "edad", "Alter",
    "customer_age", "edad_cliente", "возраст", "cel", "cel_cliente",
])
def test_a_short_word_for_a_place_an_age_or_a_person_is_a_personal_key(key):
    assert detector.key_reason(key) == "personal key"


@pytest.mark.parametrize("key", [
    "cp_number", "cp_id", "CP123456789DE", "age_group", "min_age", "Age 3+", "delivery_eta", "cel Mare 126",
    "sort_order", "ort_id", "Lieferort", "Versandort", "Born to Run", "order_state",
])
def test_ordinary_keys_sharing_those_words_go_out(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("value", [
    "48213,quennzor.abiodun,example.org,FR",
    "48213;quennzor.abiodun;@example.org;FR",
    "48213\tquennzor+promo\tmail.example.org",
    "quennzor.abiodun | example.org | FR",
    '[{"id": "quennzor.abiodun", "title": "@example.org", "quantity": 1}]',
])
def test_an_address_in_fields_side_by_side_is_read(value):
    assert detector.reason(value) == EMAIL


@pytest.mark.parametrize("value", [
    "Size 10, 2.5 kg, v1.2",
    "logo.png, banner.jpg, example.org",
    "1.2.3, 4.5.6, example.org",
])
def test_ordinary_fields_side_by_side_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize(("url", "sent"), [
    ("https://www.amazon.com/dp/B0CHX3QBCH?th=1&psc=1", "https://www.amazon.com/dp/B0CHX3QBCH?th=1&psc=1"),
    ("https://shop.example.com/c?cp=2&npa=1", "https://shop.example.com/c?cp=2&npa=1"),
    ("https://shop.example.com/c?cp=75001&page=2", "https://shop.example.com/c?page=2"),
    ("https://shop.example.com/c?psc=110%2000&page=2", "https://shop.example.com/c?page=2"),
    ("https://shop.example.com/c?cp_livraison=13008", "https://shop.example.com/c"),
])
def test_a_post_codes_abbreviation_as_a_query_key_is_personal_only_holding_a_codes_length(url, sent):
    assert privacy.clean_url(url, "url") == sent


def test_a_post_codes_abbreviation_as_a_property_key_is_personal_only_holding_a_codes_length():
    assert privacy.custom_refusal("cp", "1") == ""
    assert privacy.custom_refusal("CP", "28001") == privacy.PERSONAL_KEY
    assert privacy.custom_refusal("cp_email", "1") == privacy.PERSONAL_KEY
