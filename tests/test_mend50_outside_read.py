"""Session 50's last read of the change: a date's person searched after the text's first booking word once (each
`with` field searched the whole text before it: quadratic in a text of many `, with … at`), the family names among
closer 215's everyday nouns names again (`<Given> Stern: …`), and every set of words person_routes reads a slug after
held by the set privacy looks up before calling it (perf 50: a set left out would skip its rule unseen)."""

from __future__ import annotations

import ast
import inspect
import re
from typing import Any, List, Optional

import pytest

from meta_capi import dated_names, detector, person_routes


class _CountedSearches:
    """A pattern that counts the searches made with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args: Any) -> Optional[re.Match[str]]:
        self.searches += 1
        return self.pattern.search(*args)


def test_a_dates_person_is_read_after_one_search_for_the_booking(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _CountedSearches(dated_names.BOOKING_NAMED)
    monkeypatch.setattr(dated_names, "BOOKING_NAMED", counted)
    assert dated_names.reason(", with ab at " * 500 + "hand") == ""
    assert counted.searches == 1


@pytest.mark.parametrize("text", [
    "Date booked: Sat 14 Feb, 19:30 – Nobu – with Orla Quenby", "Date booked: Sat 19:30 | Nobu | with Orla Quenby",
    "Date booked: Sat 19:30, Nobu, with Orla Quenby",
])
def test_a_dates_person_after_the_booking_is_still_read(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["Velmora Stern: haha yes see you?", "Velmora Hauser: haha yes see you?",
                                  "Wei Pan: haha yes see you?", "Velmora Dolce: haha yes see you?"])
def test_a_family_name_that_is_a_things_noun_too_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", [
    "Name: KaffeeHaus", "Name: FortNite", "Name: StarBucks", "Geschenkabo für Tee Trinker"])
def test_a_things_words_still_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def _sets_read_after_a_segments_word() -> List[str]:
    """The names of the sets `_route_holds_a_person` looks a segment's word up in (`word in NAME`)."""
    tree = ast.parse(inspect.getsource(person_routes._route_holds_a_person))
    return sorted({node.comparators[0].id for node in ast.walk(tree) if isinstance(node, ast.Compare)
                   and isinstance(node.left, ast.Name) and node.left.id == "word"
                   and isinstance(node.ops[0], ast.In) and isinstance(node.comparators[0], ast.Name)})


def test_every_set_of_route_words_is_looked_up_before_the_call() -> None:
    names = _sets_read_after_a_segments_word()
    assert len(names) > 10
    assert [name for name in names if not getattr(person_routes, name) <= person_routes.ROUTE_OPENING_WORDS] == []
