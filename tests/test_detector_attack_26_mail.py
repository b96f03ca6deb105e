"""The twenty-sixth attack's address spelled in Kazakh (tests/privacy_attack_cases_26.py): `айқұлақ` for "@" and
`нүкте` for ".", read together as the other languages' words are. With the near misses: either word alone."""

from __future__ import annotations

import pytest

from meta_capi import detector

MAIL = "holds an email address"


@pytest.mark.parametrize(("text", "found"), [
    ("aigerimqa айқұлақ mail нүкте kz", MAIL),
    ("AIGERIMQA АЙҚҰЛАҚ MAIL НҮКТЕ KZ", MAIL),
    ("aigerim айқұлақ gmail нүкте com", MAIL),
    # near misses: the words alone, in a title
    ("Айқұлақ кітабы", ""),
    ("нүкте 5", ""),
    ("кітап нүкте kz дүкені", ""),
])
def test_an_address_spelled_in_kazakh(text: str, found: str) -> None:
    assert detector.reason(text) == found
