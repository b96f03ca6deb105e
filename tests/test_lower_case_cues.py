"""The modules' cues the detector searches in a text's lower-cased form (detector._lower_case_cue, issue 20): each finds
there whatever its case-blind source finds in the text as it is, and a source that could not is refused."""

from __future__ import annotations

import importlib
import re
from typing import Any, Iterator

import pytest

from meta_capi import (
    animal_ids,
    detector,
    gamer_ids,
    labelled_values,
    memorials,
    mobility_ids,
    personal_documents,
    race_results,
    telecom_ids,
)
from meta_capi.canonical import canonical

SOURCES = {
    "mobility": mobility_ids.CUE_SOURCE, "telecom": telecom_ids.CUE_SOURCE, "memorials": memorials.CUE_SOURCE,
    "race results": race_results.CUE_SOURCE, "personal documents": personal_documents.CUE_SOURCE,
    "member barcode": labelled_values.BARCODE_CUE_SOURCE, "animal ids": animal_ids.CUE_SOURCE,
    "gamer ids": gamer_ids.CUE_SOURCE,
}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _texts() -> Iterator[str]:
    """Every string of the latest attacks' cases, personal and ordinary, in the canonical form and in capitals."""
    for number in range(55, 62):
        module = importlib.import_module(f"privacy_attack_cases_{number}")
        for case in [*module.cases(), *module.ordinary_cases()]:
            for text in _strings(case[2]):
                form = canonical(text)[0]
                yield form
                yield form.upper()


TEXTS = sorted(set(_texts()))


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_a_lower_case_cue_finds_what_its_case_blind_source_finds(name):
    blind, lowered = re.compile(SOURCES[name]), detector._lower_case_cue(SOURCES[name])
    missed = [text for text in TEXTS if blind.search(text) is not None and lowered.search(text.lower()) is None]
    assert missed == []
    assert any(blind.search(text) is not None for text in TEXTS)  # (the corpus reaches the cue at all)


@pytest.mark.parametrize("source", ["(?i:abc)|[A-Z]{3}", "(?i:ABC)", "Kod"])
def test_a_source_with_a_capital_letter_is_refused(source):
    with pytest.raises(ValueError):
        detector._lower_case_cue(source)


def test_an_escape_is_no_capital_letter():
    assert detector._lower_case_cue(r"(?i:a\Sb)").search("xA-Bx".lower()) is not None
