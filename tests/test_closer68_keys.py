"""Closer 68: keys respelt as forms write them (vowels cut, a compound's initial, a qualifier cut short, two letters
swapped, digits for letters) and keys in letters Unicode's confusables data draws as Latin ones are personal; ordinary
keys that an abbreviation would also spell go out."""

from __future__ import annotations

import pytest

from meta_capi.detector import PERSONAL_KEY, key_reason

PERSONAL = [
    # vowels and doubled letters cut, alone or with a qualifier or a number word
    "phne", "mbl", "mbl_no", "mblNo", "cntct_no", "cntct", "frst_nm", "cust_nm", "cust_nme", "custNm",
    # a two-word compound's initial before its second word, cut or as a number's abbreviation
    "fnm", "lnm", "hnr",
    # two adjacent letters swapped in a word of five letters or more
    "emial", "phoen", "customer_emial", "surnmae",
    # digits for letters
    "n4me", "5urname", "ph0ne", "N4ME", "billing_n4me",
    # letters of other scripts drawn as Latin ones (Cherokee, Lisu, Coptic, Tifinagh), a p with a stroke
    "ᎬᎷᎪᎥᏞ", "ᏢHONᎬ", "ꓑꓧꓳꓠꓰ", "ꓝꓲꓣꓢꓔ_ꓠꓮꓟꓰ", "ꓰꓟꓮꓲꓡ", "ⲣhⲟne", "phⵔne", "ꝑhone", "ꝑhone_number",
    # people by their role, alone or before a name word, an umlaut typed as its vowel and `e`, a home's place
    "receiver", "reviewer", "assignee", "empfaenger", "Empfaenger", "empfaenger_name",
    "home_location", "home_lat", "stad",
]

ORDINARY = [
    # abbreviations an ordinary word spells too
    "str", "strt_date", "strt", "nm", "size_nm", "wavelength_nm", "pg", "ctg", "qty", "amt", "sku", "cat", "img", "src",
    "dst", "lst", "cnt", "desc", "stat", "prc",
    # a qualifier cut short beside an ordinary word, and the attack's ordinary keys
    "cust_type", "cust", "billingCycle", "receiver_type", "firstVisitPage", "lastCategoryViewed", "reviewer_badge",
    "partner_program", "phone_case_model", "email_template", "AMS_LHR",
    # digits that count, not letters
    "3days", "4kids", "2nd", "5star_rating", "size_4xl", "item4sale",
    # a role's or a partner's things, a book's author, a home page
    "reviewer_avatar", "author", "author_name", "partner", "partner_id", "partner_name", "caller_id", "homepage",
    "stadium",
    # other scripts' own words
    "χρώμα", "գույն", "ᏣᎳᎩ",
]


@pytest.mark.parametrize("key", PERSONAL)
def test_respelt_and_look_alike_keys_are_personal(key):
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ORDINARY)
def test_ordinary_keys_an_abbreviation_spells_too_go_out(key):
    assert key_reason(key) == ""
