"""Rules the seventh outside attack asked for (tests/test_privacy_attacks_7.py): the words for "@" and "." of more
languages, personal keys of form builders and messaging apps, keys about a contact channel's source or status, an
OAuth callback's `state`, a decimal number in brackets."""

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical


@pytest.mark.parametrize(("text", "form"), [
    ("jo hjá daemi punktur is", "jo@daemi.is"),  # Icelandic
    ("jo eta pavyzdys taškas lt", "jo@pavyzdys.lt"),  # Lithuanian
    ("jo et piemers punkts lv", "jo@piemers.lv"),  # Latvian
    ("jo kommertsmärk naide punkt ee", "jo@naide.ee"),  # Estonian
    ("jo zavináč priklad bodka sk", "jo@priklad.sk"),  # Slovak
    ("jo afna primer pika si", "jo@primer.si"),  # Slovene
    ("jo majmunčić primjer točka hr", "jo@primjer.hr"),  # Croatian
    ("jo majmunče primer tačka rs", "jo@primer.rs"),  # Serbian in Latin letters (and Bosnian)
    ("jo мајмунче primer тачка rs", "jo@primer.rs"),  # Serbian in Cyrillic
    ("jo маймунка primer точка bg", "jo@primer.bg"),  # Bulgarian
    ("jo et shembull pikë al", "jo@shembull.al"),  # Albanian
    ("jo շնիկ orinak կետ am", "jo@orinak.am"),  # Armenian
    ("jo ეთ magaliti წერტილი ge", "jo@magaliti.ge"),  # Georgian
    ("jo ძაღლუკა magaliti წერტილი ge", "jo@magaliti.ge"),
])
def test_an_address_spelled_with_the_words_of_one_more_language_is_read_as_one(text, form):
    found, _ = canonical(text)
    assert found.lower() == canonical(form)[0].lower()
    assert detector.reason(text) == detector.EMAIL


@pytest.mark.parametrize("text", [
    "ETA example.com tomorrow",  # `eta` alone (an arrival's, Basque "and") before a domain is no "@"
    "jo eta example punktur is",  # a Lithuanian "@" with an Icelandic "." : two languages
    "Pike at the lake dot",  # Albanian `pikë` folds to an English word: not after the English `at`
    "tačka po tačka",  # the words alone, no address around them
])
def test_the_new_words_alone_or_of_two_languages_spell_no_address(text):
    assert detector.reason(text) == ""
