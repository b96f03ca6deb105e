"""The twenty-seventh attack's street lines (tests/privacy_attack_cases_27.py): the house number before a Welsh, Irish
or Breton street word and its name, Maltese `Triq`, a Basque or Azerbaijani street word after the name, a Sinhala lane
and a Tamil road after a bare house number, a Nordic street word with its capital after a name of two words in the
genitive; with the near misses each layout leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector

POSTAL = "holds a postal address"


@pytest.mark.parametrize(("text", "found"), [
    ("12 Heol y Frenhines, Caerdydd CF10 2BH", POSTAL),  # Welsh
    ("Cyfeiriad: 12 Heol y Frenhines, Caerdydd", POSTAL),
    ("12 Sráid an Mhuilinn, Baile Átha Cliath, D02 X285", POSTAL),  # Irish
    ("4 Bóthar na Trá, Gaillimh", POSTAL),
    ("12 straed Sant-Mikael, 29200 Brest", POSTAL),  # Breton
    ("Triq il-Kbira 45, Ħal Qormi", POSTAL),  # Maltese
    ("Triq San Pawl 12, Naxxar", POSTAL),
    ("Nagusia kalea 12, 3. ezk., 20003 Donostia", POSTAL),  # Basque
    ("Nizami küçəsi 12, Bakı", POSTAL),  # Azerbaijani
    ("NIZAMI KÜÇƏSI 12, BAKI", POSTAL),
    ("12, 2 වන පටුමග, කොළඹ 03", POSTAL),  # Sinhala: a lane
    ("නිවස අංක 12, 2 වන පටුමග, කොළඹ 03", POSTAL),
    ("இல. 12, காலி வீதி, கொழும்பு 03", POSTAL),  # Tamil: a road
    ("Niels Ebbesens Vej 12, 1911 Frederiksberg", POSTAL),  # Danish
    ("Karl Johans Gate 22, 0159 Oslo", POSTAL),  # Norwegian, its capital too
    # near misses: no name, a product's words, a year before an edition, one word before the Nordic street word
    ("12 Heol, 5 pack", ""),
    ("2 straed posters vintage, A3", ""),
    ("12 Stryd Chips", ""),
    ("Triq 45, Ħal", ""),
    ("Triq Tal-Ġebel Mug 2024, blue", ""),
    ("Kalea 12, blue", ""),
    ("Euskal kalea 2024, blue", ""),
    ("Nagusia kalea 12 cm", ""),
    ("Pack 12, 2 වන පාර", ""),
    ("Size 12, Tamil Nadu", ""),
    ("Star Wars Gate 3, 2019 Edition", ""),
    ("Hells Gate 12, 2000 Copies", ""),
    ("Ebbesens Vej 12, 1911 Frederiksberg", ""),  # (one name's word before the capital: not read)
])
def test_the_round_s_street_lines(text: str, found: str) -> None:
    assert detector.reason(text) == found
