"""The twenty-eighth attack's last id labels (personal_keys.py, detector.py): Tanzania's `NIDA` right before its
number or after its number word, a Lithuanian identity card's card word and number word after its identity word, a
country's name and `ID`. With the near misses that go out: the words without a number, a card word after another word,
a country's code or a code's word before `ID`."""

from __future__ import annotations

import pytest

from meta_capi import detector


@pytest.mark.parametrize("text", [
    "Namba ya NIDA: 19870917-38471-00001-25", "Nambari ya NIDA: 19870917384710000125", "NIDA 19870917384710000125",
    "Asmens tapatybės kortelė Nr. 38471267", "Kenya ID 29384713", "Tanzania ID: 29384713",
])
def test_a_number_after_the_round_s_last_id_labels_is_personal(text: str) -> None:
    assert detector.reason(text) == detector.LABELLED_NUMBER


@pytest.mark.parametrize("text", [
    "NIDA milk powder 400g", "Gift kortelė Nr. 38471267", "Kortelė Nr. 38471267", "Product ID 29384713",
    "Kenya SKU 29384713", "US ID 29384713", "Kenya ID card holder", "Kenya Airways ID 29384713",
])
def test_the_words_without_a_number_or_before_another_word_go_out(text: str) -> None:
    assert detector.reason(text) == ""
