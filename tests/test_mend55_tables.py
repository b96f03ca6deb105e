"""Mend 55: the twins of session 54's re-read made one source of truth, verdicts unchanged.

- postal.SALUTATIONS is the one table of a letter's salutations: postal's greeting reads it whole, lower_case_names'
  addressing reads its languages (_ADDRESSED_SALUTATIONS), and its sign-offs are a subset of postal's closings.
"""
from __future__ import annotations

import pytest

from meta_capi import lower_case_names, postal
from meta_capi.canonical import table_phrases


def test_lower_case_names_sign_offs_are_postal_closings() -> None:
    assert set(table_phrases(postal._CLOSINGS)) >= lower_case_names._SIGN_OFFS


def test_lower_case_names_reads_salutations_of_postal_languages() -> None:
    assert set(lower_case_names._ADDRESSED_SALUTATIONS) <= set(postal.SALUTATIONS)


@pytest.mark.parametrize("text", ["Cher Zorvak Plimton,", "Kjære Zorvak Plimton,", "Lieve Zorvak Plimton,"])
def test_postal_greeting_reads_the_shared_salutations(text: str) -> None:
    assert postal._GREETING.match(text) is not None


@pytest.mark.parametrize("text", ["cher zorvak plimton", "kochana zorvak plimton", "regards, zorvak plimton"])
def test_lower_case_names_addressing_reads_the_shared_salutations(text: str) -> None:
    assert lower_case_names.cued_alone(text)


@pytest.mark.parametrize("text", ["kedves olvaso konyvjelzo", "terveisin muumilaakso postikortti", "udv ujra itt!"])
def test_lower_case_names_addressing_leaves_other_openings(text: str) -> None:
    assert not lower_case_names.cued_alone(text)
