"""The address layouts of the nineteenth attack (postal.py): the eighteenth attack's parts side by side read with more
words by kind (a house, a building or an allotment in Fijian, Kreyol, Croatian, Albanian, Bulgarian, Arabic and Papua
New Guinea's English; a flat, a stair or a floor; a numbered quarter; a plot's section or lot beside a house; a street,
a village, a building or a landmark by its word before its name), the fourteenth attack's street-first lines in
Bulgarian, Macedonian, Albanian and Romanian, a post office box or a private mail bag opening a part, a street's house
number and the crossing streets after it with or without a mark after them, a house number before a street word
written first anywhere in a sentence, a house named by its word beside a street or a quarter, a lot ending an address
after its street; exact verdicts, and the ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    # two parts side by side, one a home's unit by its word and number (lexicon data by kind)
    "Vale 14, Koro ko Nakorovou, Tikina ko Wainibuka, Tailevu",
    "Section 23, Allotment 7, Boroko, NCD",
    "Lot 12, Allotment 7, Hohola",
    "Rr. Myslym Shyri, Pallati 14, Shk. 2, Ap. 9, Tiranë",
    "Pallati 14, Shkalla 2, Blloku, Tiranë",
    "Hamra, Bliss Street, Bldg. Salam, 5th floor, near AUB gate",
    "شارع الملكة رانيا، عمارة ٤٢، الطابق الثالث، عمّان",
    "محلة 915، زقاق 12، دار 7، الكرادة، بغداد",
    "kuća br. 27 kod Maksimirske",
    "KUĆA BR. 27 KOD MAKSIMIRSKE",
    # a street written first, its house and its flats (Bulgarian, Macedonian, Albanian, Romanian)
    "ж.к. Люлин 5, бл. 512, вх. Б, ет. 4, ап. 17",
    "ул. Македонија бр. 31/4, 1000 Скопје",
    "str. Ștefan cel Mare 126, ap. 48, MD-2012 Chișinău",
    "RETURN FROM: Arbenita Qerimaj, Rr. Myslym Shyri 14, Tiranë",
    # a house, a flat or a plot opening the address, a place (maybe numbered) and a town
    "stan 14, Trešnjevka, Zagreb",
    "Kay 14, Delmas 33, Pòtoprens",
    "Plot 45, Gerehu Stage 2, Port Moresby",
    # a post office box or a private mail bag, followed by the next part
    "P.O. Box 4827, Apia, Samoa",
    "PMB 482, Boroko, Port Moresby",
    "BP 4821, 98845 Nouméa Cedex",
    "Merci, voici : P.O. Box 4827, Apia, Samoa. Vinaka!",
    "POB 4827, Apia, Samoa",  # (every word of the box's lexicon, not only those holding `box` or `bp`)
    "Boîte postale 4821, 98845 Nouméa",
    # a house's number after `#`, a Spanish street word first, a flat after the number, a flat's number and its letter
    "Rue Mercier #14, Delmas 33, Port-au-Prince",
    "Kaya Flamboyan 27, Willemstad, Kòrsou",
    "Av. 18 de Julio 1453 apto 602, Montevideo",
    "Apto 8-C, Urb. El Cafetal, Caracas",
    # the crossing streets after the house's number, with or without a mark after them
    "Calle 23 #1056 e/ L y M, Vedado, La Habana",
    "Calle 23 #1056 entre L y M",
    '{"remark": "Calle 23 #1056 entre L y M"}',
    "Mcal. López 2847 c/ Brasilia, Asunción",
    "Mcal. López 2847 casi Brasilia, Asunción",  # (every crossing word, the number's `#` or not)
    "Calle 23 1056 entre L y M, Vedado, La Habana",
    "Calle 23 1056 esq. L, Vedado",
    # a house number before a street word written first, anywhere in a sentence
    "Leave with neighbour at no. 12 Kaya Flamboyan if not home",
    # a house named by its word beside a street or a quarter; a lot ending the address after its street
    "Qta. Mi Refugio, Calle Los Laureles, Urb. El Cafetal, Caracas",
    "Fatai Road, Kolofoʻou, Nukuʻalofa, lot 19",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_an_address_of_the_nineteenth_attack_is_a_postal_address(text: str) -> None:
    assert detector.reason(text) == postal.POSTAL_ADDRESS


NEAR_MISSES = [
    # a plot or a house and one numbered word: a season, a chapter
    "House 2, Season 1, Blu-ray",
    "Plot 2, Chapter 3, Paperback",
    # a lot after its street with fewer than two parts of words between: an auction's
    "Abbey Road, Remastered, Lot 19",
    "Lot 3, Lot 4, Auction",
    # a floor beside a section or a landmark: a venue's
    "Floor 2, Section 3, Hall B",
    "5th floor, near the lifts",
    # a box's word without its number or not opening a part; a crossing's `c/` after a product
    "Box 12, Blue",
    "P.O. Box",
    "BP Ultimate 95, Castrol",
    "Funda Galaxy 12 c/ Tapa, Negro",
    "Café 250 g c/ Leche, Colombia",
    # a house number and a word that is no street's
    "Chanel No. 5 Eau de Parfum",
    "Bond No. 9 Bleecker Street",
    # a named house's word beside no street nor quarter; a unit's word next to a part of no kind
    "Quinta do Noval, Porto Vintage 2017",
    "Stand 14, Blue",
    "Vale 50, Tienda Online",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_ordinary_values_near_the_nineteenth_attacks_layouts_go_out(text: str) -> None:
    assert detector.reason(text) == ""
