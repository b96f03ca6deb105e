"""The twenty-seventh attack's addresses (tests/privacy_attack_cases_27.py): spelled with the words for "@" and "." of
Amharic, Welsh, Basque and Irish, and folded over two lines inside the domain as iCalendar and vCard fold a long line;
with the near misses each rule leaves alone (Irish `ag` alone, German's `AG`; a mention or a price before a folded
line)."""

from __future__ import annotations

import pytest

from meta_capi import detector

MAIL = "holds an email address"


@pytest.mark.parametrize(("text", "found"), [
    ("tigistqa.a አት gmail ዶት com", MAIL),  # Amharic: the English words in Ge'ez script
    ("dafyddqa.p malwen example dot cymru", MAIL),  # Welsh: a snail
    ("dafydd malwen example.cymru", MAIL),
    ("mikelqa.e a bildua euskaltel puntu eus", MAIL),  # Basque: a rolled a
    ("maireadqa.n ag eircom ponc ie", MAIL),  # Irish
    # near misses: Irish `ag` only with its own word for ".", German's company (`AG`), silver, words alone
    ("ag eircom.ie", ""),
    ("Siemens ag example.com", ""),
    ("Volkswagen AG gmail dot com", ""),
    ("silver ag 925 dot matrix", ""),
    ("Tshirt a bildua", ""),
    ("Jersey puntu 12", ""),
])
def test_an_address_spelled_in_the_round_s_languages(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("ORGANIZER;CN=Shop:mailto:tigistqa.alemu@exa\n mple.et", MAIL),
    ("ORGANIZER;CN=Shop:mailto:tigistqa.alemu@exa\r\n\tmple.et", MAIL),
    ("https://shop.example.com/p/ORGANIZER%3BCN%3DShop%3Amailto%3Atigistqa.alemu%40exa%0A%20mple.et/view", MAIL),
    # near misses: a mention, a price, a mention before a sentence on the next line
    ("Follow @shop\n on Instagram", ""),
    ("Price @ 5\n each", ""),
    ("see @home\n tonight. ok", ""),
])
def test_an_address_folded_inside_its_domain_is_read_whole(text: str, found: str) -> None:
    assert detector.reason(text) == found
