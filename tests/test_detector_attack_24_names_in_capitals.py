"""The twenty-fourth attack's self-introduction in capitals (`EM DIC JORDI PUIGVERDALET`,
tests/privacy_attack_cases_24.py): in a text or a URL path's segment in capitals, two or three words in capitals after
a self-introduction opening a clause after a mark, each with a vowel; not opening the text, as product titles in
capitals do (the attack's case, the whole text, is not claimed). With the near misses the rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("HOLA, EM DIC JORDI PUIGVERDALET", PERSON_NAME),  # Catalan "I call myself", after a greeting
    ("BON DIA. EM DIC JORDI PUIGVERDALET, GRÀCIES", PERSON_NAME),
    ("HELLO, MY NAME IS ANNA KOWALSKA!", PERSON_NAME),
    ("SUT MAE, FY ENW I YW GARETH JONES", PERSON_NAME),  # Welsh "my name is": no `M` to cue it
    ("BONJOU, MWEN RELE WIDELINE PIERRE-LOUIS", PERSON_NAME),
    ("EM DIC JORDI PUIGVERDALET", ""),  # opening the text: a title's layout (not claimed)
    ("MERA NAAM KURTA SET", ""),  # a product's title in capitals (`Mera Naam Kurta Set`)
    ("MIA NOMO ESTAS RUĜA POSTER", ""),
    ("MY NAME IS KHAN BLU-RAY", ""),
    ("HI, MY NAME IS KHAN DVD", ""),  # a word in capitals without a vowel: an acronym, as `My name is Khan DVD`
    ("HOLA, EM DIC FLORS DEL MEDITERRANI CANDLE", ""),  # four words and more
    ("HI, MY NAME IS EARL SEASON 1", ""),
    ("HI, MY NAME IS RED", ""),  # one word
    ("HOLA, EM DIC CUSTOMER SERVICE", ""),  # a generic addressee's words
])
def test_a_self_introduction_after_a_mark_in_a_text_in_capitals_before_two_or_three_words_is_a_name(
        text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://shop.example.com/account/HOLA,%20EM%20DIC%20JORDI%20PUIGVERDALET/tickets", "https://shop.example.com/"),
    ("https://shop.example.com/films/MY%20NAME%20IS%20KHAN%20BLU-RAY",
     "https://shop.example.com/films/MY%20NAME%20IS%20KHAN%20BLU-RAY"),
])
def test_a_self_introduction_in_capitals_in_a_url_paths_segment_is_dropped(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned
