"""The twenty-eighth attack's address layouts (tests/privacy_attack_cases_28.py): Baltic streets with their word after
the name, a ward's or a khoroo's number as a part, a Nepali house before its street, Swahili houses and streets,
Kyrgyz `көч.`, Greenlandic `Aqq.`, Moroccan `Derb`, Hebrew `רח'`, Faroese `-gøta`, Kigali's street codes and Somali
districts and quarters. With the near misses: each word in a shop's text, without the layout's other parts."""

from __future__ import annotations

import pytest

from meta_capi import detector

POSTAL = "holds a postal address"


@pytest.mark.parametrize(("text", "found"), [
    ("Petrauskas g. 15-42, LT-01103 Vilnius", POSTAL),
    ("Kazlauskaitė g. 15, Kaunas", POSTAL),
    ("Rīga, Bērziņa iela 15 dz. 42", POSTAL),
    ("श्रेष्ठ टोल, वडा नं. ४, काठमाडौं", POSTAL),
    ("Улаанбаатар, СБД, 1-р хороо, Батбаяр 15-42", POSTAL),
    ("घर नं १५, श्रेष्ठ मार्ग, ललितपुर", POSTAL),
    ("Mtaa wa Kamau, Nyumba Na. 15, Dar es Salaam", POSTAL),
    ("Nyumba 15, Barabara ya Kamau, Arusha", POSTAL),
    ("ш. Бишкек, Токтогулова көч. 15, кв. 42", POSTAL),
    ("B-1501, Lyngep Aqq. 15, 3900 Nuuk", POSTAL),
    ("Derb Alaoui n° 15, Médina, Fès", POSTAL),
    ("רח' זילברשטיין 15 ד' 42, חיפה", POSTAL),
    ("Joensensgøta 15, 700 Klaksvík", POSTAL),
    ("Aderesi: KG 7 Ave, inzu 15, Kacyiru, Kigali", POSTAL),
    ("Degmada Hodan, Xaafadda Xasan, Muqdisho", POSTAL),
    # near misses: the words alone or without the layout's other parts
    ("Lavazza g. 250, Espresso 2x", ""),
    ("Cukrus 500 g., Kaunas", ""),
    ("Iela 15 dz", ""),
    ("वडा नं. ४", ""),
    ("1-р хороо", ""),
    ("Nyumba Yangu, Kitabu 2", ""),
    ("Barabara Kuu DVD", ""),
    ("KG 7 Ave", ""),
    ("5 KG Rice, 7 Ave Foods", ""),
    ("Toyota 15, 100 Series", ""),
    ("Degmada iyo Xaafadda 2", ""),
    ("Aqq. 15", ""),
])
def test_an_address_of_the_twenty_eighth_attack(text: str, found: str) -> None:
    assert detector.reason(text) == found
