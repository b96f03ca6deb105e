"""cue_grams.py: one scan of a text's pieces for many rules' cues; a cue's bit is clear only where its own search fails
(issue 20: the detector skips a rule whose bit is clear, so the verdicts are those of searching each cue in turn)."""

from __future__ import annotations

import random
import re
from typing import List

import pytest

from meta_capi import cue_grams, detector

_ORDINARY = "blue sneakers demo shop page with edgee components products order size 2024 12 x".split()
_SEPARATORS = [" ", "-", "_", "/", "\n", ".", ",", ":", "(", ")", "=", "", "\t", "$", "é"]


def _sample(items: object, state: object, flags: int, rng: random.Random, out: List[str]) -> List[str]:
    """A random string the pattern's parse `items` spells (its lookarounds aside): a match most times."""
    codes = cue_grams._codes
    for op, argument in items:  # type: ignore[attr-defined]
        if op in (codes.LITERAL, codes.NOT_LITERAL, codes.IN, codes.ANY):
            chars = sorted(cue_grams._matched_chars(state, (op, argument), flags))
            if chars:
                out.append(rng.choice(chars))
        elif op is codes.SUBPATTERN:
            _sample(argument[3], state, (flags | argument[1]) & ~argument[2], rng, out)
        elif op is codes.BRANCH:
            _sample(rng.choice(argument[1]), state, flags, rng, out)
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT):
            least, most, item = argument
            for _ in range(rng.randint(least, min(most, least + 3))):
                _sample(item, state, flags, rng, out)
    return out


def _text(cue: re.Pattern[str], rng: random.Random) -> str:
    parsed = cue_grams._engine_parser.parse(cue.pattern, cue.flags)
    parts = []
    for _ in range(rng.randint(1, 4)):
        word = "".join(_sample(parsed, parsed.state, parsed.state.flags, rng, [])) if rng.random() < 0.5 else (
            rng.choice(_ORDINARY))
        parts.append(word.upper() if rng.random() < 0.2 else word[1:] if rng.random() < 0.1 else word)
        parts.append(rng.choice(_SEPARATORS))
    return "".join(parts[:-1] if rng.random() < 0.7 else parts)


_SCANS = [(detector._CUE_SCAN, detector._SCANNED_CUES, number) for number in range(len(detector._SCANNED_CUES))]


@pytest.mark.parametrize(("scan", "patterns", "number"), _SCANS)
def test_a_cue_that_matches_has_its_bit_set(scan: cue_grams.CueScan, patterns: List[re.Pattern[str]],
                                            number: int) -> None:
    cue, bit, rng = patterns[number], 1 << number, random.Random(number)
    matched = 0
    for _ in range(400):
        form = _text(cue, rng)
        low = form.lower()
        cues = scan.bits(low, form.isascii())
        for searched in (form, low):
            if cue.search(searched) is not None:
                matched += 1
                assert cues & bit, form
    assert matched  # (the texts reach the cue)


def test_ordinary_texts_clear_most_bits() -> None:
    for text in ("Blue Sneakers - Demo Shop", "\nanalytics-with-edgee.html", "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB"):
        assert bin(detector._CUE_SCAN.bits(text.lower(), True)).count("1") <= 3


@pytest.mark.parametrize("text", ["Page with Edgee components", "button_click", "\nanalytics-with-edgee.html",
                                  "Running Socks - Size 42", "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB"])
def test_the_recorded_events_texts_set_no_bit(text: str) -> None:
    # (their cues' words are not in them: the fbclid's `qq`, a webmail provider's name, is glued inside the code, with
    # nothing beside it that provider_handles reads; its cue asks for that)
    assert detector._CUE_SCAN.bits(text.lower(), True) == 0


def test_a_title_holding_a_records_stem_searches_none_of_its_patterns() -> None:
    # (`blue`: `Blue Badge`'s stem alone; record_names' patterns scanned with the detector's cues, past them)
    assert detector._CUE_SCAN.bits("blue sneakers - demo shop", True) >> detector._RECORD_PATTERNS == 0


def test_every_digit_reads_as_one() -> None:
    scan = cue_grams.CueScan([re.compile("[0-9]{6}"), re.compile("no[1-9]x")])
    assert cue_grams.openings(re.compile("[0-9]{6}")) == {"000000"}
    assert scan.bits("order 123456", True) == 1 and scan.bits("order 12345", True) == 0
    assert scan.bits("no0x", True) == 2  # (a zero scans as any digit: the bit may be set, the search decides)


def test_an_opening_ends_before_a_test_of_many_characters() -> None:
    assert cue_grams.openings(re.compile("ticket[a-z]{2}[0-9]")) == {"ticket"}
    assert cue_grams.openings(re.compile("(?i:code)[ \t]?[^,]")) == {"code", "code "}


def test_a_pattern_is_read_past_first_parts_that_match_too_much() -> None:
    found = cue_grams.openings(re.compile("[a-z][ \t]{1,3}(?:buyer|seller)"))  # (past the letter: 26 times fewer)
    assert found is not None and {opening.strip() for opening in found} == {"buyer", "seller", "selle"}


def test_a_short_match_ending_the_text_is_found() -> None:
    scan = cue_grams.CueScan([re.compile("sn|1\\$"), re.compile("(?i:serial)")])
    assert scan.bits("item sn", True) & 1 and scan.bits("1$", True) & 1
    assert scan.bits("s/n", True) == 0
    assert scan.bits("SERIAL".lower(), True) == 2


def test_a_text_beyond_ascii_sets_every_bit() -> None:
    scan = cue_grams.CueScan([re.compile("(?i:serial)"), re.compile("code")])
    assert scan.bits("ſerial", False) == 3  # (the long s matches `s` case-blind: no piece of ASCII says so)


def test_a_pattern_not_listed_is_always_searched() -> None:
    scan = cue_grams.CueScan([re.compile(r"(a)\1x"), re.compile("[a-z]"), re.compile("code")])
    assert scan.always == 3
    assert scan.bits("nothing here", True) == 3
