"""Closer 122: the sixty-second attack's charities and pet sites. A pet's microchip (ISO 11784: fifteen digits) after a
chip's label by meaning is its owner's (animal_ids.py); ordinary chip words, models and standards go out."""

from __future__ import annotations

import pytest

from meta_capi import animal_ids, detector

MICROCHIPS = [
    "Microchip: 826098100583914", "N° de puce : 250268731583914", "Transpondernummer 276098106583914",
    "Chip 941000024583914 – owner: see file", "Chipnummer: 528140000583914", "Chip-Nr. 040098100583914",
    "Número de microchip: 724098100583914", "numero microcip 380260000583914", "Mikrochip 616093900583914",
    "puce électronique n° 250269606583914", "chip number 900.164.000.583.914", "chip:956000010583914",
    "microchip ID 977200009583914 (scanned 12/12)",
]
# (in groups apart by blanks or dashes the phone rule reads them first: refused either way)
GROUPED_MICROCHIPS = ["micro-chip no. 985 141 000 583 914", "Transpondeur : 250-268-731-583-914",
                      "Chipnummer 900 164 000 583 914"]
NO_MICROCHIPS = [
    "Microchipping £15", "ISO 11784/11785 FDX-B", "Transponder chip ID48", "Apple M3 chip 8-core CPU",
    "Microchip scanner 134.2 kHz", "Chips EAN 4006381333931", "chip 1234567890123456789",
    "Microchip 999000000583914 test tag", "Chocolate chip cookies 12 x 40 g", "puce 2 Go",
]


@pytest.mark.parametrize("text", MICROCHIPS)
def test_a_microchip_after_its_label_is_refused(text: str) -> None:
    assert animal_ids.reason(text) == animal_ids.MICROCHIP
    assert detector.reason(text) == animal_ids.MICROCHIP
    assert detector.reason(text, True) == animal_ids.MICROCHIP


@pytest.mark.parametrize("text", GROUPED_MICROCHIPS)
def test_a_microchip_in_groups_after_its_label_is_refused(text: str) -> None:
    assert animal_ids.reason(text) == animal_ids.MICROCHIP
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NO_MICROCHIPS)
def test_a_chip_word_without_a_chip_s_number_is_no_microchip(text: str) -> None:
    assert animal_ids.reason(text) == ""
