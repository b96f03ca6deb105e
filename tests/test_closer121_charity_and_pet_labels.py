"""Closer 121 (sixty-second attack: charities and pets). The deceased after a memorial phrase in French and the
languages it lacked (memorials.MEMORIAL_PHRASES: `Don en mémoire de …`, `Til minde om …`, `Na památku …`)."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

# --- a memorial phrase before the deceased's full name --------------------------------------------------------------
MEMORIAL_NAMES = [
    "Don en mémoire de Jeanne Quendrix", "Don à la mémoire de Jeanne Quendrix", "En mémoire de Paul Quendrix",
    "Dons en mémoire de feue Jeanne Quendrix", "Til minde om Jens Quendrix", "Til minne om Ola Quendrix",
    "Na památku Jana Quendrixe", "Na pamiatku Jána Quendrixa", "În memoria lui Ion Quendrix",
    "În amintirea ei Ana Quendrix", "U spomen na Ivana Quendrixa", "V spomin na Janeza Quendrixa",
    "En memòria de Jordi Quendrix",
]


@pytest.mark.parametrize("text", MEMORIAL_NAMES)
def test_the_deceased_after_a_memorial_phrase_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


MEMORIAL_ORDINARY = [
    "Carte mémoire SanDisk 64 Go", "Mousse à mémoire de forme 128 x 190", "En mémoire de nos soldats",
    "Les Mémoires de Hadrien – Folio", "Faire un don en mémoire d'un proche", "Collection Souvenir de Paris",
    "Na památku z Prahy – hrnek", "Til minde om – mindeindsamling", "In Memoria – Kerzen",
]


@pytest.mark.parametrize("text", MEMORIAL_ORDINARY)
def test_a_memorial_word_without_a_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
