"""The twenty-fourth attack's addresses (tests/privacy_attack_cases_24.py): a house by its word (maybe with a number
word) and its number opening a part of an address before the next part, in Telugu, Kannada, Marathi, Urdu and Sorani;
the house's word after its number in Tatar; a Kurmanji street's word before its name, then the number's word and the
number as the next part. With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS


@pytest.mark.parametrize(("text", "found"), [
    ("ఇంటి నెం. 8-2-293, రోడ్ నెం. 12, బంజారా హిల్స్, హైదరాబాద్", POSTAL_ADDRESS),
    ("ಮನೆ ಸಂಖ್ಯೆ 12, 3ನೇ ಕ್ರಾಸ್, ಇಂದಿರಾನಗರ, ಬೆಂಗಳೂರು", POSTAL_ADDRESS),
    ("घर क्र. 45, कोथरूड, पुणे", POSTAL_ADDRESS),
    ("घर 45, कोथरूड", POSTAL_ADDRESS),  # the house's word alone before its number
    ("मकान नं. 45, गांधी नगर, जयपुर", POSTAL_ADDRESS),  # Hindi's other house word, as Urdu, Gujarati, Gurmukhi write it
    ("मकान नंबर 45, गांधी नगर, जयपुर", POSTAL_ADDRESS),
    ("مکان نمبر 45، گلی 7، کراچی", POSTAL_ADDRESS),
    ("شەقامی گوڵان، خانووی 23، هەولێر", POSTAL_ADDRESS),
    ("ઘર નં. 7, નવરંગપુરા, અમદાવાદ", POSTAL_ADDRESS),
    ("घर सजावट 2, लाल", ""),  # a product's words between the house's word and a number
    ("मकान 3", ""),  # no next part
    ("ఇంటి నెం. 8-2-293", ""),
])
def test_a_house_by_its_word_and_number_opens_a_part_of_an_address(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Бауман урамы, 12 йорт, 5 фатир, Казан", POSTAL_ADDRESS),
    ("БАУМАН УРАМЫ, 12 ЙОРТ, 5 ФАТИР, КАЗАН", POSTAL_ADDRESS),
    ("12 йорт", ""),  # no next part
    ("Йорт 12, Казан", ""),  # the house's word before the number is not Tatar's order
])
def test_a_tatar_house_word_after_its_number_before_the_next_part(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Kolana Gazî, Hejmar 14, Amed", POSTAL_ADDRESS),
    ("KOLANA GAZÎ, HEJMAR 14, AMED", POSTAL_ADDRESS),
    ("Kuçeya Şêx Seîd, Hejmar 3, Amed", POSTAL_ADDRESS),
    ("Hejmar 14, Amed", ""),  # a number's word alone
    ("Kolana Gazî", ""),  # a street alone
])
def test_a_kurmanji_street_and_its_number_as_the_next_part(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("LOCATION:12 Karangahape Road\\, Auckland 1010", POSTAL_ADDRESS),
    ("ADR;TYPE=home:;;12 Karangahape Road\\; Auckland", POSTAL_ADDRESS),
    ("SUMMARY:Sale\\, 12 items", ""),
    ("C:\\\\, 12 Karangahape Road", ""),  # an escaped backslash before a comma: no escaped comma
])
def test_icalendar_and_vcard_escaped_commas_and_semicolons_are_read_as_the_marks(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "segments", "found"), [
    ("invoice_H.No.8-2-293_Banjara_Hills.pdf", False, POSTAL_ADDRESS),
    ("invoice_H.No.8-2-293_Banjara_Hills.pdf", True, POSTAL_ADDRESS),
    ("upload 12_Karangahape_Road_Auckland.pdf", False, POSTAL_ADDRESS),
    ("files\n12_Karangahape_Road_Auckland.pdf", True, POSTAL_ADDRESS),
    ("03_Penny_Lane_Remastered.mp3", False, ""),  # a track
    ("3_Penny_Lane.mp3", False, ""),  # no document's or photo's extension
    ("IMG_2041_Abbey_Road.jpg", False, ""),  # a camera's counter, no house number opening the name
    ("Size_12_Main_Street_Poster.pdf", False, ""),
])
def test_a_file_named_by_a_street_line_or_an_indian_house_number(text: str, segments: bool, found: str) -> None:
    assert detector.reason(text, segments=segments) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Near Hanuman Temple, 2-45 Gandhi Nagar, Vijayawada", POSTAL_ADDRESS),
    ("Opp. Bus Stand, 41/2317 Kaloor Road, Kochi", POSTAL_ADDRESS),
    ("Behind Ram Mandir, 8-2-293 Banjara Hills, Hyderabad", POSTAL_ADDRESS),
    ("Near Mint Condition, 2-3 Days Delivery, Fast", ""),  # no locality's word after the number
    ("Near Mint Condition", ""),
    ("Opp. Brand Outlet Deal, 2 Pack", ""),
    ("Near Hanuman Temple, 45 Gandhi Nagar, Vijayawada", ""),  # a number without an Indian door number's dash
])
def test_an_indian_address_opening_on_its_landmark(text: str, found: str) -> None:
    assert detector.reason(text) == found
