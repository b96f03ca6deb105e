"""Closer 143 (sixty-eighth attack: funerals and obituaries): the deceased, the mourners and the relatives a notice
names, by rules of memorials.py:

- memorials.DEATH_PHRASES and memorials.DEATH_SIGNS: the deceased's full name after a death's phrase or sign by
  language (`the late …`, `the funeral of …`, `obsèques de …`, `Beerdigung von …`, `na pogrzeb …`, `Q.E.P.D. …`,
  `zmarł ś.p. …`, `È mancato all'affetto dei suoi cari …`); after a sign the notice goes on (a mark or the dates);
- memorials._LIFE_DATED, memorials.MAIDEN_WORDS and memorials._JAPANESE_LATE: a full name before a star's and a
  cross's dates, a maiden name in brackets (`(née …)`), a Japanese notice's `故 … 儀`;
- memorials.MOURNERS, memorials.POSSESSIVES and memorials.KIN_EPITHETS: a relative after a possessive and a spouse's
  or the children's word, or after an epithet, the word and `of`;
- memorials.FAMILY_SIGNED and memorials.FAMILY_OF: a family signed by its surname, or named by a person's full name;
- memorials.CONDOLENCE_CLOSINGS: a condolence's closing and its signers' names ending the text;
- memorials.PUBLIC_TITLES: a royal's, a pope's or a saint's title opens no private person's name;
- labelled_values.NAME_STUDIES: a label naming a name's meaning, origin or spread (`Surname meaning:`) is no person's.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSONAL = [
    "Flowers for the late Anna Schmidt, died last week",
    "Deliver to the funeral of Jane Smith, St Mary's, 10:00",
    "Funeral expenses for Tomasz Nowak - help us",
    "Obsèques de Jean Dupont, église Saint-Roch",
    "Spenden für die Beisetzung von Hans Müller",
    "Zbiórka na pogrzeb Jana Kowalskiego",
    "Colecta para el sepelio de Carmen Ruiz Ortega",
    "Missa de 7o dia de Maria Silva – Igreja Matriz",
    "È venuta a mancare Giulia Bianchi, di anni 90",
    "Zmarła ś.p. Krystyna Wiśniewska",
    "R.I.P. Jane Doe, beloved mother",
    "D.E.P. Carlos Ruiz Ortega, sus hijos",
    "Todesanzeige Karl Becker * 1938 † 2026",
    "Mary Byrne (née Walsh), peacefully at home",
    "故 山田 太郎 儀 告別式",
    "She is survived by her husband, John Doe, and three children",
    "Loving father of Sarah Jones and grandfather of two",
    "Sus hijas Ana y Lucía Pérez Gómez participan",
    "Con cariño de la familia Olmedo.",
    "Salamat mula sa pamilya Reyes",
    "Ajude a família de Pedro Santos com o enterro",
    "So sorry for your loss. With heartfelt sympathy, Ellen Marsh",
    "Sentite condoglianze, con affetto Marco Rossi",
    "Mit aufrichtigem Beileid, Ihre Familie Wagner",
    "Card: With sympathy, from Tom and Anna Becker",
]
ORDINARY = [
    "In Loving Memory", "Ruhe in Frieden", "The Late Show with Stephen Colbert", "RIP Tee – Black",
    "Funeral Costs Guide 2026", "With deepest sympathy – card", "Beloved Husband Mug", "In Memory of Princess Diana",
    "The Late Late Show Mug", "Funeral for a Friend", "The Family of Man", "Con cariño, Mamá",
    "RIP Harambe Gorilla Tee", "Sympathy card for loss of husband", "In memory of Saint John Paul",
    "故郷 の 味 儀", "Trauerkarte mit Spruch in stiller Trauer", "Sympathy Gift Basket - With Sympathy",
    "Gedenkkerze * 1941 † 2026", "my wife loves the Rose Gold Necklace", "Surname meaning: Smith",
    "Origine du nom : Dupont", "Significado del apellido: García",
]
STILL_PERSONAL = ["Surname: Smith", "Customer name: Jane Smith", "Surname meaning: Smith. Customer: Jane Smith",
                  "Origin address: 12 Main Street, Springfield"]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_notice_names_a_person(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_a_funeral_trade_title_names_no_one(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", STILL_PERSONAL)
def test_a_name_or_an_address_label_still_holds_its_value(text: str) -> None:
    assert detector.reason(text) != ""
