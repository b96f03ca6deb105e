"""Closer 85: a review's author opening the text before its rating, with no byline (fiftieth attack): a full name, a
handle or two words of a script without capitals, then stars, a score, a number and the word for stars or a rating's
label (reviews.opening_rated); a name after a whole rating and the word for "by". And an age said of oneself as the
years word's suffix (Turkish `38 yaşındayım`, Hungarian `38 éves vagyok`: self_introductions.states_an_age). And an
export's row (record_rows.py) in Portugal's, Brazil's and the US's layouts, after a campaign's cell, in quoted cells."""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

AUTHORS_BEFORE_RATINGS: List[str] = [
    "Jonas Brinkmann ★★★★☆", "Marta Kowalska ⭐⭐⭐⭐", "Lena Vogt ☆☆★", "Lena Vogt ★4", "Lena Vogt - ★★★★★",
    "Lena Vogt (4 stars)", "Lena Vogt: 4 stelle", "Marie Boulanger - 4 étoiles", "Marta Kowalska 4 gwiazdki",
    "Ayşe Demirtaş 4 yıldız", "Lucía Gómez: 4 estrellas", "João Pereira 5 estrelas", "Lena Vogt 4/5", "Lena Vogt 9/10",
    "Lena Vogt 4 out of 5", "Lena Vogt, Rating: 4", "Lena Vogt | Bewertung: 4",
    "@lena_vogt ★★★★", "lena.vogt ⭐⭐⭐", "lenavogt77 - 4/5", "@l.vogt (4 stars)",
    "ヴォクト レナ ★★★★", "سارة منصور ★★★★☆", "अनीता शर्मा ★★★★★", "Иван Петров ★★★★",
    "4/5 by Lena Vogt", "★★★★★ von Jonas Brinkmann", "5/5 par Marie Boulanger",
]
ORDINARY_RATINGS: List[str] = [
    "Great shoes ★★★★★", "Nike Air ★★★★☆", "Good Housekeeping ★★★★★", "★★★★★ (128 reviews)", "Rated 4.8/5",
    "5 stars", "4.5/5 Editor's choice", "Size 10 - 4/5", "Editor Choice ★★★★", "★★★★★ Petra Quendrix",
    "4/5 by Good Housekeeping", "The Daily ★★★★", "Running shoes: 4.5 out of 5", "Lena Vogt", "Hotel Adlon 5 Sterne",
    "Summer Sale 50%", "Cyber Monday: 30% auf alles", "Galaxy Note: 13 Pro", "Смартфон Xiaomi Redmi Note 13 8/256 ГБ",
]


@pytest.mark.parametrize("text", AUTHORS_BEFORE_RATINGS)
def test_an_author_before_a_rating_is_a_person(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ORDINARY_RATINGS)
def test_a_rating_without_an_author_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


AGE_STATED = "holds a person's own age in a sentence"
SUFFIXED_AGES: List[str] = ["38 yaşındayım", "Ben 41 yaşındayım.", "27 yasindayim", "64 yaşımdayım", "38 éves vagyok"]
NOT_SUFFIXED_AGES: List[str] = ["12 yaşındayım", "38 yaş ve üzeri", "2 yaşında", "Kids 6-8 years", "Kadın Ayakkabı"]


@pytest.mark.parametrize("text", SUFFIXED_AGES)
def test_an_age_said_as_a_suffix_is_a_person_s(text: str) -> None:
    assert detector.reason(text) == AGE_STATED


@pytest.mark.parametrize("text", NOT_SUFFIXED_AGES)
def test_a_child_s_or_a_product_s_age_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


POSTAL_ADDRESS = "holds a postal address"
ADDRESSED_ROWS: List[str] = [
    "Lena Vogt,Porto,4000-322", "Lena Vogt;Coimbra;3000-123", "Lena Vogt,Belo Horizonte,30130-010",
    "Lena Vogt,Curitiba,80010-000", "Lena Vogt,10 Elm St,Austin,TX 78701", "Lena Vogt,Boston,MA 02108",
    "Lena Vogt,Black Friday,Leeds,LS1 4AP", "Lena Vogt;Sommer Aktion;Berlin;10115",
    '"Vogt, Lena","Leeds","LS1 4AP"', '"Vogt, Lena","Porto","4000-322"',
]
ORDINARY_ROWS: List[str] = [
    "Spring Promo,Lisboa,1100-148", "Summer Sale,Porto,4000-322", "Black Friday,Austin,TX 78701",
    "Nike Air,Summer Sale,London,SW1A 1AA", '"Leeds","LS1 4AP","Summer Sale"', "Order 4000-322,Porto",
]


@pytest.mark.parametrize("text", ADDRESSED_ROWS)
def test_a_person_s_row_is_an_address(text: str) -> None:
    assert detector.reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", ORDINARY_ROWS)
def test_a_campaign_s_row_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
