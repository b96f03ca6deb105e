"""The twenty-seventh attack's self-introductions (tests/privacy_attack_cases_27.py), as lexicon data of the layouts
that read them (named_in_text.py): Malagasy "my name is" and Romansh "I have (the) name" before one word or a full
name, Sinhala "my name" before the words of its script, Breton's name before "is my name" opening a clause (as
Basque's before its verb). With the near misses that go out: the phrase alone, a name with nothing said of it, a
Breton title whose words are the text's whole."""

from __future__ import annotations

import pytest

from meta_capi import detector

NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "Salama, ny anarako dia Hoby Randrianasolo",
    "Ny anarako dia Hoby",
    "Allegra, jau hai num Gian Caduff",
    "Jau hai num Gian Caduff",
    "මගේ නම දිලානි ජයසූරිය",
    "Demat, Yann Kerjean eo ma anv",
    "Demat, Yann Kerjean eo va anv",
])
def test_the_round_s_self_introductions_are_names(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Jau hai num",
    "මගේ නම",
    "Demat, Yann Kerjean",
    "Yann Kerjean eo ma anv",  # (the whole text: a title's, as Basque's `Euskal Herria naiz`)
    "Ar Gwir eo ma anv",
    "Anarako dia",
])
def test_near_misses_go_out(text: str) -> None:
    assert detector.reason(text) == ""
