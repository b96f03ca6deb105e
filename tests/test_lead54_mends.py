"""Session 54's lead mends after the re-read: a post code's label opening a home's line in any case, a name run
together with and without its middle name, a birth word as a URL key, a greeting after a label's colon."""

import pytest

from meta_capi import detector


@pytest.mark.parametrize("text", [
    "Zip 10115 Berlin Musterstr 12", "ZIP 10115 Berlin Musterstr 12", "zip 10115 Berlin Musterstr 12",
    "PLZ 10115 Berlin Musterstr 12", "10115 Berlin, Torstraße 1",
])
def test_a_post_code_and_town_opening_a_street_line_in_any_case_is_a_homes(text: str) -> None:
    assert detector.reason(text) == detector.postal.POSTAL_ADDRESS


@pytest.mark.parametrize("text", ["Name: TessalyMaeDranvoquist", "Name: TessalyDranvoquist92"])
def test_a_name_run_together_after_its_label_with_or_without_a_middle_name(text: str) -> None:
    assert detector.reason(text) == detector.postal.PERSON_NAME


@pytest.mark.parametrize("key, value, personal", [
    ("born", "1987-03-14", True), ("geb", "14.03.1987", True), ("born", "x", False), ("needs", "1987-03-14", False),
    ("bornholm", "1987-03-14", False),
])
def test_a_birth_word_as_a_key_labels_the_date_it_holds(key: str, value: str, personal: bool) -> None:
    assert (detector.value_reason(key, value) != "") is personal


@pytest.mark.parametrize("text, personal", [
    ("Order update: hi anna meier, your parcel is here", True), ("hi, anna meier, your order shipped", True),
    ("Order update: your parcel is here", False), ("Blue Sneakers - Demo Shop", False),
])
def test_a_greeting_after_a_labels_colon(text: str, personal: bool) -> None:
    assert (detector.reason(text) != "") is personal


@pytest.mark.parametrize("text, personal", [
    ("kære jul julekort", False), ("kære god jul", False), ("God jul og godt nytår", False),
    ("kære mette jørgensen,\ntak for din ordre.", True), ("Kære Mette Jørgensen, tak for din ordre", True),
])
def test_a_scandinavian_seasons_greeting_after_dear_is_no_name(text: str, personal: bool) -> None:
    # (closer 231 read `kære jul julekort`, a Christmas card, as a salutation before a lower-case full name: the
    # season's words are common words of the language)
    assert (detector.reason(text) != "") is personal


@pytest.mark.parametrize("text", [
    # (closers 230 and 233: a full name greeted, after an honorific, a review's `Avis de` or a closing; once listed
    # as ordinary look-alikes in closer 112's, attack 18's, closer 83's, attack 31's and the major languages' tests)
    "THANK YOU, JOHN SMITH! YOUR ORDER", "Mr. Kwame Mugisha", "Avis de Marie Boulanger", "Avis de Anna Kowalczyk",
    "Saygılar: Ayşe Yılmaz",
    # (stated prices: a fashion house named as a person greeted, closer 232; a café's brand after Malay's honorific,
    # closer 233)
    "HI CALVIN KLEIN, NEW DROP!", "Encik Ali Kopi",
])
def test_names_that_older_tests_listed_as_ordinary_are_refused(text: str) -> None:
    assert detector.reason(text) == detector.postal.PERSON_NAME
