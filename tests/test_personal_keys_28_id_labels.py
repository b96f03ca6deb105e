"""The twenty-eighth attack's identity-card and driving-licence labels as key-lexicon data (personal_keys.py): a key
holding one is personal, and a number after one in text is an id's, as after `ID card:` or `Driver's licence:`. With the
near misses that go out: the words without a number, the same number after a code's label."""

from __future__ import annotations

import pytest

from meta_capi import detector

NATIONAL_ID = "holds a national id number"


@pytest.mark.parametrize(("text", "found"), [
    ("Juhiluba: ET384713", NATIONAL_ID), ("ID-kaart: AB0384712", NATIONAL_ID), ("KRA PIN: A003847126Z", NATIONAL_ID),
    ("Haydovchilik guvohnomasi: AF3847126", NATIONAL_ID), ("Vadītāja apliecība: AT384712", NATIONAL_ID),
    ("Жеке куәлік № 038471266", NATIONAL_ID), ("Rijbewysnommer: 384712658", detector.LABELLED_NUMBER),
])
def test_a_number_after_the_round_s_id_labels_is_personal(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("key", ["juhiluba", "id_kaart", "kra_pin", "rijbewys", "haydovchilik_guvohnomasi"])
def test_a_key_naming_them_is_personal(key: str) -> None:
    assert detector.names_personal_data(key)


@pytest.mark.parametrize("text", [
    "Juhiluba kaaned", "ID-kaart lugeja USB", "KRA PIN reset guide", "Rijbewys hoes, leer",
    "SKU: ET384713", "Model: AF3847126",
])
def test_the_words_without_a_number_or_a_code_s_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""
