"""A date after "born" in the major languages' everyday spellings: German's `geb.`, French `né`/`née`, Italian
`nata`/`nato`, Spanish `nacido`/`nacida`, Portuguese `nascido`/`nascida`, each before the preposition its date takes;
near misses of shop text go out."""
from __future__ import annotations

import pytest

from meta_capi import detector

BIRTH = "holds a date after a birth label"


@pytest.mark.parametrize("text", [
    "geb. am 14.07.1988", "Geb.: 14.07.1988", "geb. 14.07.1988", "Thomas Müller, geb. 14.07.1988",
    "né le 14/07/1988", "née le 14 juillet 1988", "Marie, née le 14/07/1988 à Lyon", "nata il 14/07/1988",
    "nato il 14.07.1988", "nacida el 14/07/1988", "nacido el 14-07-1988", "nascido em 14/07/1988",
    "nascida em 14/07/1988", "NÉ LE 14/07/1988",
])
def test_a_date_after_born_in_the_major_languages(text: str) -> None:
    assert detector.reason(text) == BIRTH


@pytest.mark.parametrize("text", [
    "next delivery: 14/07/2026", "Gebühr 14.07.2026", "new 14.07.2026", "NATO summit 14.07.2026",
    "Le colis ne 14/07/2026", "one 14/07/2026", "Geb. 3, Raum 12", "Donato il 14/07/2026 concerto",
    "Renato il 14/07/2026", "Spedito il 14/07/2026", "Arriva il 14/07/2026",
])
def test_near_misses_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "nascido em 17 de setembro de 1987", "nacida el 17 de septiembre de 1987", "née le 1er mai 1987",
    "Fecha de nacimiento: 17 de enero de 1990", "Data de nascimento: 1º de maio de 1987", "née le 1er septembre 1987",
])
def test_a_date_in_its_languages_layout_after_born(text: str) -> None:
    # (thirty-eighth attack: `de` around the month, as Spanish and Portuguese write it, a first day's ordinal, a month's
    # name of ten letters)
    assert detector.reason(text) == BIRTH


@pytest.mark.parametrize("text", [
    "Oferta 17 de enero de 2026", "Soldes du 1er mai 2026", "Promoção 1º de maio de 2026", "Entrega el 17 de enero",
])
def test_dates_in_those_layouts_without_a_birth_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["생년월일 870917", "생년월일: 870917", "生年月日 870917", "出生日期：870917"])
def test_six_digits_after_a_cjk_birth_label(text: str) -> None:
    assert detector.reason(text) == BIRTH


@pytest.mark.parametrize("text", ["商品番号 870917", "생년월일 991332", "주문번호 870917"])
def test_six_digits_without_a_birth_label_or_a_date_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "تاریخ پیدائش: ۱۷-۰۹-۱۹۸۷", "የትውልድ ቀን: 07/01/1980", "مواليد 17/9/1987", "متولد ۲۶ شهریور ۱۳۶۶",
    "נולד ב-17 בספטמבר 1987", "родился 17 сентября 1987 г.", "родилась 17.09.1987",
])
def test_born_in_urdu_amharic_arabic_persian_hebrew_and_russian(text: str) -> None:
    assert detector.reason(text) == BIRTH


@pytest.mark.parametrize("text", ["ملابس مواليد 0-3 شهور", "ملابس مواليد 2024", "Родина 17.09.1987",
                                  "родильный дом 2024"])
def test_their_shop_words_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["出生日期：民國76年9月17日", "生年月日 令和元年5月1日", "出生日期：民国76年9月17日"])
def test_a_minguo_year_and_an_eras_first_year_after_a_birth_label(text: str) -> None:
    assert detector.reason(text) == BIRTH


@pytest.mark.parametrize("text", ["令和元年5月1日 発売", "民國76年9月17日 開幕"])
def test_those_dates_without_a_birth_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""
