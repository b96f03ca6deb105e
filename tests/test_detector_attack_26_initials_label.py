"""The twenty-sixth attack's label of initials (Uzbek `F.I.Sh.:`, tests/privacy_attack_cases_26.py): a full name's
initials with their dots are a name label by their letters as the lexicon writes them, never as the word they spell
joined (`fish`). With the near misses the rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import key_reason
from meta_capi.personal_keys import names_a_person_by_initials
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("F.I.Sh.: Dilnoza Karimovaqa", PERSON_NAME),  # Uzbek: familiya, ism, sharif
    ("F.I.SH.: DILNOZA KARIMOVA", PERSON_NAME),
    ("Ф.И.Ш.: Дилноза Каримова", PERSON_NAME),  # in Cyrillic
    ("Ф.И.О.: Дилноза Каримова", PERSON_NAME),  # Russian's, as `FIO:`
    ("F.I.O.: Dilnoza Karimovaqa", PERSON_NAME),
    ("Note: F.I.Sh.: Dilnoza Karimovaqa", PERSON_NAME),
    ("Fish: Salmon Fillet", ""),  # the letters joined spell a shop's word
    ("FISH: Atlantic Salmon", ""),
    ("Fi.Sh.: Salmon Fillet", ""),  # not the label's initials
    ("F.I.Sh. Dilnoza Karimovaqa", ""),  # no colon: no label
])
def test_a_full_names_initials_with_their_dots_label_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("label", "initials"), [
    ("F.I.Sh.", True), ("Ф.И.О.", True), ("П.І.Б.", True), ("F.I.SH", True),
    ("FISh", False), ("fish", False), ("F.I.", False), ("F.I.Sh.X.", False),
])
def test_initials_name_a_person_only_with_their_dots(label: str, initials: bool) -> None:
    assert names_a_person_by_initials(label) is initials


@pytest.mark.parametrize("key", ["fish", "fish_type", "FISH"])
def test_a_key_spelling_the_initials_joined_is_no_personal_key(key: str) -> None:
    assert key_reason(key) == ""
