"""Cyrillic's and Greek's capitals that look like Latin ones fold to Latin capitals, not to small letters (fourteenth
session, from the thirteenth review's leaks): a name opening with `М`, `В`, `Е`, `К`, `Н`, `О`, `Р`, `С`, `Т`, `У`,
`Х` (most Russian given names) opens in a capital as any name does, and a text in capitals stays in capitals. The
self-introductions in those scripts are read in any case (`Менин Атым`), as the folding once read them by accident.
With the near misses that go out: titles, a book named "My name is Red", a service desk speaking in a chat."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical

NAME = "holds a person's name"


def test_look_alike_capitals_fold_to_latin_capitals() -> None:
    assert canonical("Марина Соколова")[0] == "Mapиha Cokoлoba"
    assert canonical("ΜΑΡΙΑ")[0] == "MAPIA"
    assert canonical("марина")[0] == "mapиha"  # (small letters as before)


@pytest.mark.parametrize("text", [
    "Меня зовут Марина Соколова", "Здравствуйте, меня зовут Ольга Смирнова", "Привет, меня зовут Том",
    "Γεια σας! Με λένε Μαρία Παπαδοπούλου.", "Με λένε Μαρία Παπαδοπούλου",
    "ЗДРАВСТВУЙТЕ, МЕНЯ ЗОВУТ ИВАН ПЕТРОВ", "ΓΕΙΑ, ΜΕ ΛΕΝΕ ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ",
    "Менин Атым Бакыт Асанов", "Минем Исемем Гөлнара Хәйруллина", "МИНЕМ ИСЕМЕМ ГӨЛНАРА ХӘЙРУЛЛИНА",
    "Dear Марина Соколова,", "[10:02] Πελάτης (Νίκος Παπαδόπουλος): καλησπέρα",
])
def test_names_opening_with_a_look_alike_capital_are_read(text: str) -> None:
    assert detector.reason(text) == NAME


def test_an_address_in_cyrillic_capitals_is_still_an_address() -> None:
    assert detector.reason("МАРИЯ@example.com") == "holds an email address"


def test_a_recipient_label_reads_a_cyrillic_word_as_it_reads_an_english_one() -> None:
    # (one capitalized word after `Ship to:` is read as a name in any script: `Ship to: Moscow` was before)
    assert detector.reason("Ship to: Москва") == detector.reason("Ship to: Moscow") == NAME


@pytest.mark.parametrize("text", [
    "Анна Каренина", "Кофе Лавацца Оро 1 кг", "Маша и Медведь Игрушка", "Мастер и Маргарита",
    "Смартфон Samsung Galaxy A54 128 ГБ", "Пальто Мужское Зимнее", "Ο Μικρός Πρίγκιπας", "Μέλι Θυμαρίσιο Κρήτης",
    "Με λένε Κόκκινο - Ορχάν Παμούκ", "Με λένε Κόκκινο", "ΜΕ ΛΕΝΕ ΝΙΚΟ DVD",
    "[10:02] Πελάτης (Εξυπηρέτηση Πελατών): καλησπέρα", "[10:02] Клиент (Служба Поддержки): здравствуйте",
])
def test_titles_and_desks_in_those_scripts_go_out(text: str) -> None:
    assert detector.reason(text) == ""
