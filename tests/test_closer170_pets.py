"""Closer 170 (attack 77's pets): an animal's sex, age or birth date as a product's attribute.

- An animal's sex after a gender's label, its sex's noun or its neutering by language beside a gender's words
  (audiences.ANIMAL_SEXES, SEX_WORDS: `Gender: male (neutered)`, `Geschlecht: Rüde`, `Sexe : mâle castré`); a gender's
  words alone stay a person's (`Gender: male`). An age in weeks, a baby's or a puppy's (audiences.WEEKS: `Age: 8
  weeks`, `Alter: 10 Wochen`). A birth date beside a litter's word by language (animal_ids.LITTER_WORDS, a_litters:
  `Born: 12/03/2025 (litter A)`); a person's birth date stays refused (`Born: 12/03/1985`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ANIMAL_ATTRIBUTES = [
    "Gender: female (spayed)", "Geschlecht: Hündin", "Geschlecht: Kater, kastriert", "Sexe : mâle castré",
    "Sexo: hembra esterilizada", "Sesso: maschio castrato", "Geslacht: reu", "Gender: neutered",
    "Age: 10 weeks", "Alter: 12 Wochen", "Âge : 9 semaines", "Edad: 8 semanas",
    "Born: 02/04/2025 (litter B)", "Nacido: 12/03/2025 (camada B)", "Née le 12/03/2025 – portée C",
]
PERSONS_ATTRIBUTES = [
    "Gender: male", "Gender: female", "Geschlecht: weiblich", "Gender: woman (spayed)", "Born: 12/03/1985",
    "Born: 12/03/1985 (Hamburg)", "Age: 38", "Age: 38 weeks", "Sexe : femme",
]


@pytest.mark.parametrize("text", ANIMAL_ATTRIBUTES)
def test_an_animals_sex_age_or_litter_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONS_ATTRIBUTES)
def test_a_persons_gender_age_or_birth_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""
