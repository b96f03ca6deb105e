"""Closer 172: review 29's leaks in transfer references, registrations and classes, by rule, by meaning and by
language.

- record_names.TRANSFER_NAMED, record_names._FEE_GOODS: a fee capitalized in any language before a name ending the
  text (`Dinner Money …`, `Obiady …`, `Comedor` and three words), a comma for the fee's colon, or a name in lower case
  after a capitalized fee; not a trip's destination, a payment's own word, a membership's or a uniform's garment
  (`Lunch Money Top Up`, `School Trip Chester Zoo`, `Cuota Socio Anual`, `Uniform Blue Jumper`), nor towns in lower
  case.
- record_names.AGED_REGISTERED, record_names._AGE_BEFORE: a colon and a dash either way round the registration's
  words (`Registration: Summer Camp 2026 – …, 8 years`), and an age's word before its number by language (`age 7`,
  `Alter 6`, `edad 9`).
- record_names.AGED_IN_CLASS, record_names._SHORT_CLASSES: an age after a comma, and a school year's short form by
  country (`CP`, `CE1`, `CM2`, `Y4`, `P3`, `3ºB`) for the class's word and number.
- named_diets.JAPANESE_HEALTH_LABELS (_KANA_NAMED), named_diets.KANJI_HEALTH_WORDS: a name in katakana before a blank
  and what in kanji, or a name in kanji (a family and a given name apart by a blank) before a bracket; not allergens,
  illnesses or medicines in kanji, nor a run ending in a kind's kanji (`甲殻類`, `花粉症`, `降圧剤`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

NAMED = [
    # (record_names.TRANSFER_NAMED)
    "Référence : Cantine Léa Dubois", "Causale: Mensa Giulia Bianchi", "Payment reference: Trip, Orla Fennimore",
    "Payment reference: School Dinners Ottilie Brandvold", "Mededeling: Schoolreis Jorien Wassenbroek",
    "Concepto: Excursión, Ximena Torquado Lleida", "Verwendungszweck: Klassenfahrt ottilie brandvold",
    "Tytuł przelewu: Wycieczka, Zofia Nowak",
    # (record_names.AGED_REGISTERED)
    "Registration: Holiday Club – Orla Fennimore, age 7", "Enrolment – Reception Class: Ottilie Brandvold, aged 4",
    "Anmeldung Schwimmkurs: Tobias Kranewitter, Alter 6", "Inscripción – Campamento: Lucía Martínez, edad 9",
    "Inscription – Stage de Pâques : Maëlle Quervan, 8 ans", "Zapisy: Półkolonie – Zofia Nowak, 7 lat",
    # (record_names.AGED_IN_CLASS)
    "Léa Dubois (6) – CE1", "Maëlle Quervan (9), CM2", "Orla Fennimore (8), Y4", "Isla Brandvold (7) – P3",
    "Lucía Martínez (8) – 3ºB", "Lucía Martínez, 8 – 3ºB", "Tobias Kranewitter, 9 – Klasse 3b",
    # (named_diets.JAPANESE_HEALTH_LABELS)
    "持病：佐藤 花子（喘息）", "食物アレルギー：鈴木 一郎（エビ）", "常用薬：タナカ ユイ 吸入薬",
    "アレルギー：サトウ ハナコ 小麦",
]

ORDINARY = [
    # (record_names.TRANSFER_NAMED)
    "Payment reference: School Trip Chester Zoo", "Concepto: Excursión Museo Prado", "Reference: Lunch Money Top Up",
    "Verwendungszweck: Essensgeld oktober november", "Concepto: Cuota Socio Anual",
    "Verwendungszweck: Klassenfahrt berlin hamburg", "Payment reference: Uniform Blue Jumper",
    "Payment reference: Breakfast Club Spring Term", "Concepto: Matrícula Curso Escolar",
    "Causale: Centro Estivo Luglio Agosto", "Payment reference: School Trip Eden Project",
    "Verwendungszweck: Essensgeld Oktober", "Causale: retta mensa Ottobre Novembre",
    # (record_names.AGED_REGISTERED, AGED_IN_CLASS)
    "Registration: Summer Camp 2026, 8 years and up", "Registration: Summer Camp 2026 – ages 8-12",
    "Registration – Holiday Club: 5-11 years", "Enrolment: Reception Class 2026, age 4", "Toy Story (4) – CP",
    "Frozen (2), Y4", "Harry Potter (7) – Year 7 reading list", "Room 101, 2 – CP", "Cars (3) – Class 2 movie night",
    # (named_diets.JAPANESE_HEALTH_LABELS)
    "アレルギー：卵、乳", "アレルギー：エビ カニ 少量", "アレルギー：小麦 大豆（微量）", "持病：喘息 高血圧（治療中）",
    "食物アレルギー：甲殻類 魚卵（加熱）", "アレルギー：花粉症 鼻炎（季節性）", "常用薬：降圧剤 睡眠薬（毎日）",
    "アレルギー：卵 乳（微量）", "持病：なし",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_pupil_is_kept(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_a_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
