"""Closer 170 (attack 77's pets): an animal's sex, age or birth date as a product's attribute.

- An animal's sex after a gender's label, its sex's noun or its neutering by language beside a gender's words
  (audiences.ANIMAL_SEXES, SEX_WORDS: `Gender: male (neutered)`, `Geschlecht: Rüde`, `Sexe : mâle castré`); a gender's
  words alone stay a person's (`Gender: male`). An age in weeks, a baby's or a puppy's (audiences.WEEKS: `Age: 8
  weeks`, `Alter: 10 Wochen`). A birth date beside a litter's word by language (animal_ids.LITTER_WORDS, a_litters:
  `Born: 12/03/2025 (litter A)`); a person's birth date stays refused (`Born: 12/03/1985`).
- A microchip's number after a national registry's name or a Japanese, Korean or Chinese chip's word as its label
  (animal_ids.REGISTRIES, _CJK_CHIP: `Identifiant I-CAD …`, `マイクロチップ番号：…`), and fifteen unbroken digits of a
  chip's code anywhere in a text naming a registry or a chip (animal_ids._ANY_CHIP_WORD, _UNBROKEN: `… – please ring
  Petlog`); a registry's plan or fee holds no such number (`Petlog Premium – 12 months`).
- A pet passport's or an animal health certificate's number after its label by language (animal_ids.PET_PASSPORT,
  _PASSPORT_LABEL, _pet_passport: `Heimtierausweis Nr. DE-…`, `Animal Health Certificate AHC-…`, `pasaporte para
  animales …`): a code holding six digits or more, no date; not a fee, a price or a page about it.
- A keeper's, a vet client's or a pet insurance's number after its label (animal_ids.KEEPER_NUMBER, _HOLDER_FIRST,
  _NUMBER_FIRST, _PET_CARE: `Tierhalter-Nr. …`, `N° client clinique vétérinaire : …`, `Numéro de contrat SantéVet :
  …`): a keeper's word always, a client's, a patient's or a contract's in a text naming a vet or a pet insurer; a
  shop's contract number or a clinic's hours go out.
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


CHIPS = [
    "Identifiant I-CAD 250268500472193", "TASSO: 276094500472193", "Petlog ref 826098100472193",
    "マイクロチップ番号：392141000472193", "마이크로칩 410098100472193", "ANIS 756098100472193 (Luna)",
    "Lost cat, chip read at the shelter 250268500472193, owner unknown",
    "Hund gefunden, 276094500472193 – bitte FINDEFIX anrufen",
]
CHIP_LOOK_ALIKES = [
    "Petlog Premium – 12 months", "ANIS Registrierung CHF 25", "I-CAD : enregistrement en ligne",
    "マイクロチップ装着済み", "Order 250268500472193", "Anis étoilé 100 g", "Chip clip 4 pack",
]
PASSPORTS = [
    "Animal Health Certificate AHC-UK-0847219", "Heimtierausweis Nr. DE-09-0847219",
    "EU-Heimtierausweis: DE 09 1234567", "Pet passport no. GB52 1234567",
    "Pasaporte para animales de compañía nº ES-28-0847219", "Passaporto per animali da compagnia IT 0847219",
    "huisdierenpaspoort NL-123456",
]
PASSPORT_LOOK_ALIKES = [
    "Heimtierausweis beantragen – 15 €", "Animal Health Certificate from £180", "Pet passport guide 2025",
    "Passeport pour animaux : les démarches", "Animal Health Certificate – book now",
]


@pytest.mark.parametrize("text", CHIPS + PASSPORTS)
def test_a_chip_or_a_pet_passport_number_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", CHIP_LOOK_ALIKES + PASSPORT_LOOK_ALIKES)
def test_a_registry_or_passport_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


KEEPER_NUMBERS = [
    "Tierhalternummer 836142", "Keeper no. 836142", "n° détenteur : 836142", "Halter-ID: TH-836142",
    "Patienten-Nr. 483920 – Tierarztpraxis am Park", "Vertragsnummer Agila: 12345678",
    "Número de póliza Barkibu: BK-483920", "Customer number 483920 (Petplan)",
]
KEEPER_LOOK_ALIKES = [
    "Numéro de contrat : 123456", "Contract no. 123456 – supplier", "Tierarzt Dr. Meier, Öffnungszeiten 8-18",
    "Petplan – 20% off the first month", "Client no. – see your vet's invoice", "Halterneck dress 38",
]


@pytest.mark.parametrize("text", KEEPER_NUMBERS)
def test_a_keeper_or_a_vet_client_number_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", KEEPER_LOOK_ALIKES)
def test_a_vet_or_insurer_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
