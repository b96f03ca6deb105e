"""The twenty-ninth attack's self-introductions and name labels (Avar, Ossetian, Romani, Pashto, Tamazight, Fula,
Dzongkha, Mongolian, Yucatec Maya, Aymara, Mapudungun, Papiamento, Tok Pisin, Jamaican Patois, Lule Sami, West Frisian,
Breton, Lingala, Hawaiian): kept, and their near misses (titles, ordinary sentences) sent."""

from __future__ import annotations

import pytest

from meta_capi import detector

KEPT = [
    "Sastipe! Miro anav si Šanin Ramadani",
    "Mo anav si Ardian, palikerav",
    "Мæ ном у Батраз Гаглоев",
    "Azul, isem-iw d Yuba Ait Ameur",
    "Jam waali, innde am ko Aamadu Jallow",
    "Ba'ax ka wa'alik, in k'aaba'e' Ixchel Canul Pech",
    "Bon dia, mi nòmber ta Shurendy Martina",
    "Bon tardi, mi ta Shurendy Martina",
    "Gude, nem bilong mi Kepson Waim",
    "Wah gwaan, mi name Shanika Campbell an mi deh a Mobay",
    "Dem call mi Shanika Campbell",
    "Buoris! Mån lav Inga Kuoljok",
    "Goeie, ik bin Hyltje Wiersma út Snits",
    "Demat deoc'h, me eo Nolwenn Le Gall",
    "Mbote, nazali Mputu Kabasele",
    "Aloha kākou, ʻo wau ʻo Kaʻiulani Kealoha",
    "Дир цӀар Патимат Гаджиева буго",
    "زما نوم احمد شاه مسعود دی",
    "ⵉⵙⵎ ⵉⵏⵓ ⵢⵓⴱⴰ ⴰⵢⵜ ⵄⵎⵎⵓⵔ",
    "ᠮᠢᠨᠦ ᠨᠡᠷᠡ ᠪᠠᠲᠤᠪᠣᠯᠣᠳ ᠭᠠᠨᠪᠠᠲᠤ",
    "Сайн байна уу, миний нэрийг Батболд Ганбаатар гэдэг",
    "ངའི་མིང་ དོརྗི་ཝང་ཆུག་བསོད་ནམས་ ཨིན།",
    "Mari mari, iñche Ayelén Painemal pingen",
    "Suti: Wilma Mamani Condori",
    "Ном æмæ мыггаг: Батраз Гаглоев",
    "Мыггаг: Гаглоев",
]

SENT = [
    "Mi Ta Bon T-shirt",
    "Ik bin Frysk sticker",
    "Ik bin Frysk",
    "Me Eo Breizh Hoodie",
    "Nazali Mwana Congo",
    "Mi ta Bon Bini",
    "Me eo Breizh Atao",
    "Mi Name Tag Sticker Pack",
    "Tok Pisin phrasebook: Nem Bilong Mi Edition",
    "Papiamento Bon Dia Mug",
    "Innde Am Ko Wrap Dress",
    "Fula Beaded Necklace, Red",
    "миний нэрийг буруу бичсэн байна",  # ("my name was written wrong": no "is called" after it)
    "زما نوم غلط لیکل شوی",  # ("my name is written wrong": no copula)
    "Дир цӀар Patimat DVD",  # (a Latin word is a title's)
    "Ayelén Painemal pingen",  # (no "I" before it: a title's place)
    "Fabric: Suti",  # (Hindi's "cotton" as a value, no label)
    "Suti Kurta: Pure Cotton",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert detector.reason(text, False) != ""


@pytest.mark.parametrize("text", SENT)
def test_sent(text: str) -> None:
    assert detector.reason(text, False) == ""
