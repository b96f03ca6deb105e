"""The twenty-second attack's names left open (tests/privacy_attack_cases_22.py): Aymara's and Quechua's "my name"
with its pronoun opening a user agent's field (`Nayan sutijax Juana Mamani Choque`), and a surname spelled aloud one
letter at a time after `my surname is` (`k as in kilo a z l a u s k a s`). With the near misses each rule leaves
alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; Nayan sutijax Juana Mamani Choque) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Ñuqaq sutiymi Rosa Quispe Huamán) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Nayan Edition) Mobile", ""),
    ("Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile", ""),
])
def test_a_self_introduction_with_its_pronoun_opening_a_user_agents_field_is_read(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


@pytest.mark.parametrize(("text", "found"), [
    ("my surname is k as in kilo a z l a u s k a s", PERSON_NAME),
    ("Hola, my surname is k as in kilo a z l a u s k a s — gracias", PERSON_NAME),
    ("My surname is Kazlauskas", PERSON_NAME),  # the name's part, as `my name is`
    ("my last name is Okonkwo, thanks", PERSON_NAME),
    ("my first name is Aino", PERSON_NAME),
    ("a b c d e f Alphabet Blocks", ""),
    ("my surname is on the card", ""),  # no capitalized word
    ("Phonetic alphabet poster: a as in alpha", ""),
])
def test_a_surname_spelled_aloud_after_my_surname_is_is_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found
