"""postal.person_role reads a label of one word by a set (issue 20: a look-up instead of a walk of the role labels'
pattern); the set must answer as the pattern does, for every word the key lexicon could make of a role."""

from __future__ import annotations

import re
from typing import Any, Set

from meta_capi import key_lexicon, postal
from meta_capi.canonical import canonical


def _words(value: Any, found: Set[str]) -> None:
    if isinstance(value, str):
        found.update(word for word in re.split(r"[\s|,]+", value) if word)
    elif isinstance(value, dict):
        for item in value.values():
            _words(item, found)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _words(item, found)


def _lexicon_words() -> Set[str]:
    found: Set[str] = set()
    for name in dir(key_lexicon):
        if name.isupper():
            _words(getattr(key_lexicon, name), found)
    return {canonical(word)[0] for word in found}


def test_a_single_word_is_a_role_exactly_when_the_pattern_says_so():
    words = _lexicon_words() | set(postal._ROLE_WORDS)
    roles = {word.casefold() for word in words if postal._PERSON_ROLE_LABEL.fullmatch(word) is not None}
    candidates = set(words)
    for word in words:
        candidates |= {word.upper(), word.capitalize(), "co" + word, "Co" + word}
    # (glued labels: a held thing's word before a holder's, `Ticketinhaber`)
    candidates |= {first + second for first in words if len(first) <= 14 for second in roles}
    differ = sorted(word for word in candidates if word.isalpha()
                    and postal.person_role(word) != (postal._PERSON_ROLE_LABEL.fullmatch(word) is not None))
    assert differ == []


def test_every_word_of_the_set_is_one_the_pattern_matches():
    assert sorted(word for word in postal._PERSON_ROLE_WORDS if postal._PERSON_ROLE_LABEL.fullmatch(word) is None) == []
