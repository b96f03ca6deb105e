"""Closer 89: a review's author before its rating opening a JSON string's value, not only the text (a property holding
JSON text is judged whole: reviews.opening_rated); gender and age labels in Hindi's and Arabic's scripts and a word
naming a gender or a work's genre (Portuguese `Gênero`, Spanish `Género`: a form's answer alone after it); the person
nouns and departments' words in Polish, Turkish, Hindi and Arabic (audiences.py: `Płeć: damskie`, `Cinsiyet: Kadın` go
out as `Femme` does); an export's row naming a person in Japanese, and a name, a street line and a town without a post
code (record_rows.py)."""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"
GENDER = "holds a gender after its label"
AGE = "holds a person's age after its label"
POSTAL_ADDRESS = "holds a postal address"

# (JSON text as a property holds it: its string's value opens after the key's colon, an array's `[` or `,`; in a JSON
# string the rating is read in stars or as a score out of five or ten)
RATED_IN_JSON: List[str] = [
    '{"trace": "T-1", "detail": "Lena Vogt &#9733;&#9733;&#9733;&#9733;"}',
    '{"detail": "Jonas Brinkmann ★★★★☆"}',
    '{"a":"x","review":"Marta Kowalska: ★★★★"}',
    '["Good Housekeeping ★★★★★", "Ayşe Demirtaş ☆★★"]',
    '{"note": "Lena Vogt &#x2605;&#x2605;&#x2605;"}',
    '{"by": "@lena_vogt - 4/5"}',
    '{"r": "4/5 by Lena Vogt"}',
]
NOT_RATED_IN_JSON: List[str] = [
    '{"title": "Great shoes &#9733;&#9733;&#9733;&#9733;&#9733;"}', '{"detail": "Nike Air ★★★★☆"}',
    '["Good Housekeeping ★★★★★", "★★★★★ (128 reviews)"]', '{"detail": "★★★★★ Lena Vogt"}',
    '{"name": "Lena Vogt", "qty": 2}', '{"rating": "4.5/5", "source": "Editor Choice"}',
]


@pytest.mark.parametrize("text", RATED_IN_JSON)
def test_an_author_before_a_rating_in_a_json_string_is_a_person(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", NOT_RATED_IN_JSON)
def test_a_rating_in_a_json_string_without_an_author_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


GENDERS: List[str] = [
    "Gênero: mulher", "Gênero: homem", "Gênero: feminino", "Género: femenino", "Género: mujer", "Genere: donna",
    "Genre : femme", "लिंग: महिला", "लिंग: पुरुष", "Płeć: kobieta", "Płeć: mężczyzna", "Cinsiyet: kadın",
    "Cinsiyet: erkek", "Gender: woman", "Gender: female", "الجنس: امرأة",
]
AGES: List[str] = ["العمر: 38", "العمر: 41 سنة", "आयु: 38 वर्ष", "Wiek: 38"]
AUDIENCES: List[str] = [
    "Płeć: damskie", "Płeć: męskie", "Płeć: Kobiety", "Płeć: dziecięce", "Cinsiyet: Kadın", "Cinsiyet: Erkek",
    "Cinsiyet: Çocuk", "लिंग: महिलाएं", "लिंग: पुरुषों", "الجنس: نسائي", "الجنس: رجالي", "Gênero: Feminino",
    "Gênero: Mulher", "Gênero: Romance", "Género: Ficción", "Genre : Polar", "Genre: Rock", "Gender: Women",
    "Femme", "Women", "Damen", "العمر: 3+", "Moda Mulher", "Kadın Ayakkabı",
]


@pytest.mark.parametrize("text", GENDERS)
def test_a_person_s_gender_after_its_label_is_personal(text: str) -> None:
    assert detector.reason(text) == GENDER


@pytest.mark.parametrize("text", AGES)
def test_a_person_s_age_after_its_label_is_personal(text: str) -> None:
    assert detector.reason(text) == AGE


@pytest.mark.parametrize("text", AUDIENCES)
def test_a_department_a_genre_or_a_product_s_age_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


ROWS: List[str] = [
    "クエンドリクス ペトラ,東京都千代田区,100-0001", "山田 花子,大阪府大阪市,530-0001", "佐藤 健;札幌市;060-0001",
    "Petra Quendrix,12 Tarvenholm Road,London", "Lena Vogt;Hauptstraße 5;Berlin", "Anna Kowalczyk|ul. Długa 12|Kraków",
    "Jonas Brinkmann,500 Elm Dr,Springfield",
]
NOT_ROWS: List[str] = [
    "Summer Sale,12 Oxford Street,London", "Blue Shirt,2 Pack,London", "Nike Store,12 Oxford Street,London",
    "Order 12,Lena Vogt,3 items", "Christmas Market,Berlin,10115", "Summer Sale,London,SW1A 1AA",
    "セール,東京都千代田区,100-0001", "2026,100-0001,東京", "Lena Vogt,London,3 items",
    "渋谷 本店,東京都渋谷区,150-0001", "東京 支店,東京都千代田区,100-0001",
]


@pytest.mark.parametrize("text", ROWS)
def test_a_row_naming_a_person_and_an_address_is_personal(text: str) -> None:
    assert detector.reason(text, id_like=True) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", NOT_ROWS)
def test_a_row_without_a_person_and_an_address_goes_out(text: str) -> None:
    assert detector.reason(text, id_like=True) == ""
