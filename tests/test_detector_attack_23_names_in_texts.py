"""The twenty-third attack's names in texts (tests/privacy_attack_cases_23.py): the self-introductions of Europe's
smaller languages (Catalan, Galician, Basque, whose name comes before "I am", Welsh, Irish and Scottish Gaelic,
Breton, West Frisian, Luxembourgish, Maltese, Faroese, Icelandic, Romansh, Turkish), a chat speaker in square
brackets whose line is said in Welsh or Basque, and both read in a user agent's field. With the near misses each rule
leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Em dic Jordi Puigverd", PERSON_NAME),  # Catalan "I call myself"
    ("El meu nom és Jordi Puig", PERSON_NAME),  # Catalan "my name is"
    ("Chámome Uxía Castelao", PERSON_NAME),  # Galician, the whole text
    ("Chámome Uxía Castelao — moltes gràcies", PERSON_NAME),  # opening a text that goes on in lower case
    ("O meu nome é Uxía Castelao", PERSON_NAME),
    ("Nire izena Miren da", PERSON_NAME),  # Basque "my name": one word is enough after it
    ("Kaixo, Mikel Etxeberria naiz", PERSON_NAME),  # Basque: the name, then "I am", after a greeting
    ("Fy enw i yw Dafydd", PERSON_NAME),  # Welsh
    ("Is mise Seán Ó Briain, Gaillimh", PERSON_NAME),  # Irish "I am", opening a clause
    ("Dia duit, is mise Máire Ní Bhriain agus", PERSON_NAME),
    ("Ma anv zo Yann Le Gwenn", PERSON_NAME),  # Breton
    ("Myn namme is Sjoerd Hiemstra", PERSON_NAME),  # West Frisian
    ("Ik hjit Sjoerd Hiemstra", PERSON_NAME),
    ("Ech heeschen Jhemp Hoscheit", PERSON_NAME),  # Luxembourgish
    ("Mäin Numm ass Jhemp Hoscheit", PERSON_NAME),
    ("Jiena jisimni Marija Borg", PERSON_NAME),  # Maltese
    ("Eg eiti Rókur Joensen", PERSON_NAME),  # Faroese
    ("Ég heiti Jón Jónsson", PERSON_NAME),  # Icelandic
    ("Mes num è Gian Casutt", PERSON_NAME),  # Romansh
    ("Benim adım Elif Yılmaz", PERSON_NAME),  # Turkish
])
def test_a_self_introduction_of_europes_smaller_languages_names_a_person(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Euskal Herria naiz",  # the whole text before Basque "I am": a slogan's, a title's
    "Pizza Margherita naiz",
    "Chamomile Tea",  # not Galician's `Chámome`
    "Is Mise Seán Nós",  # the whole text in capitals: a title
    "Ech heeschen Festival 2024",  # the words after the phrase go on as a title's
])
def test_a_near_miss_of_the_smaller_languages_self_introductions_is_no_name(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("[Gwenllian Prichard]: ble mae fy mharsel?", PERSON_NAME),  # Welsh "my"
    ("[Gwenllian Prichard] fi sydd yma", PERSON_NAME),  # Welsh "me"
    ("[Mikel Arrieta] nire paketea non dago?", PERSON_NAME),  # Basque "my"
    ("[10:02] [Mikel Arrieta]: nik ez dut jaso", PERSON_NAME),  # Basque "I", after a time in brackets
])
def test_a_chat_speaker_in_brackets_saying_a_line_in_welsh_or_basque_in_the_first_person_is_a_name(
        text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "[Size Guide]: gweler y siart",  # a tag, its line in no first person
    "[Free Shipping]: bidalketa doakoa",
    "[Gwenllian Prichard] ble mae'r parsel?",  # a speaker's line in no first person
])
def test_a_bracketed_tag_with_a_welsh_or_basque_line_is_no_chat_speaker(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; Chámome Uxía Castelao) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Ech heeschen Jhemp Hoscheit) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Eg eiti Rókur Joensen) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Kaixo, Mikel Etxeberria naiz) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; [Gwenllian Prichard]: ble mae fy mharsel?) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; [Mairead Ní Bhriain]: where is my order?) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Eg 2 Pro) Mobile", ""),  # an introduction's first word, no introduction
    ("Mozilla/5.0 (Linux; Android 14; Em 10) Mobile", ""),
    ("Mozilla/5.0 (Linux; Android 14; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile "
     "Safari/537.36", ""),
])
def test_a_user_agent_field_that_is_a_smaller_languages_introduction_or_a_bracketed_speaker_names_a_person(
        user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


@pytest.mark.parametrize(("text", "found"), [
    ("[10:02] Πελάτης (Nikos Georgiou): πού είναι η παραγγελία μου;", PERSON_NAME),  # Greek "customer"
    ("[10:02] Client (Jordi Puigcer): on és la meva comanda?", PERSON_NAME),  # Catalan
    ("Cwsmer (Gwenllian Prichard): diolch", PERSON_NAME),  # Welsh
    ("Bezeroa (Mikel Arrieta): kaixo", PERSON_NAME),  # Basque
    ("Agent (Bot): hi", ""),  # an agent's
    ("Cwsmer (Customer Service): helo", ""),  # a generic addressee's
])
def test_a_chat_transcripts_customer_in_the_rounds_languages_is_a_speaker(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; [10:02] Client (Jordi Puigcer): on és la meva comanda?) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Pixel 8 (Pro): x) Mobile", ""),  # no word for a person before the brackets
])
def test_a_user_agent_field_holding_a_chat_transcripts_speaker_names_a_person(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Wish list of Mrs Aoife Kavanagh — moltes gràcies", PERSON_NAME),  # after a word in lower case, a dash ends it
    ("Buy Mr. Potato Head - Toy — moltes gràcies", ""),  # after a title's capitalized word: a product's name
    ("the Mr. Potato Head — gift", ""),  # after an article
])
def test_a_dash_between_blanks_ends_an_honorifics_name_after_a_word_in_lower_case(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; Wish list of Mrs Aoife Kavanagh) Mobile", PERSON_NAME),  # a plain user agent
    ("Mozilla/5.0 (Linux; Android 14; Booking confirmed for guest Mr Cathal Ó Briain, 2 nights) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; the Mr. Potato Head) Mobile", ""),  # each field a whole text: after an article
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 "
     "Safari/605.1.15", ""),
])
def test_a_user_agent_field_holding_an_honorific_and_a_name_in_running_text_names_a_person(
        user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found
