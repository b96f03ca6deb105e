"""The twenty-eighth attack's last name labels: Hebrew `שם האם` (a parent a person qualifier, personal_keys.py) and
Estonian `Ees- ja perekonnanimi` (a word's hyphen before a blank, a compound's shared end left out, postal.py). With the
near misses that go out: the qualifier alone, a compound's hyphen in a title's label."""

from __future__ import annotations

import pytest

from meta_capi import detector

NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "שם האם: רבקה זילברשטיין", "שם האב: משה כהן", "Ees- ja perekonnanimi: Kadri Saarqa",
    "Ees- ja perekonnanimi: Kadri Saarqa, Tallinn", "Vor- und Nachname: Anna Schmidt",
])
def test_a_name_after_the_round_s_last_name_labels_is_a_name(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "האם: רבקה זילברשטיין", "האם זה מתאים למדיח?", "Sise- ja välisvalgusti: Philips Hue",
    "Kinder- und Jugendbuch: Harry Potter", "Damen- und Herrenmode: Hugo Boss", "Ost- und Westeuropa: Kadri Saarqa",
])
def test_the_qualifier_alone_or_a_title_s_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
