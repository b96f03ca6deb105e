"""An alternation regrouped by its branches' first characters (canonical.branches_by_first_letter) finds a match
wherever the alternation does: the cues of the gate's rules are built so, and read only whether there is one."""

import re

import pytest

from meta_capi.canonical import branches_by_first_letter

ALTERNATION = (r"am |an(?:ga|gi)? |'m |’m |[0-9][,;] for |\(x|\{:|\n(?<=[A-Z]{2}\n)[A-Z]{2}|b[|]c|a?z|"
               r"n(?:ame|om) is|(?i:зobyt )")


def test_branches_opening_with_a_literal_are_grouped_the_others_kept() -> None:
    grouped = branches_by_first_letter(ALTERNATION)
    assert grouped.startswith("a(?:m |n(?:ga|gi)? )|'(?:m )|’(?:m )|\\((?:x)|\\{(?::)|\\n(?:(?<=[A-Z]{2}\\n)[A-Z]{2})")
    assert grouped.endswith("|[0-9][,;] for |a?z|(?i:зobyt )")  # (a class, a quantified letter, a group: kept whole)


@pytest.mark.parametrize("text", [
    "I am here", "anga moto", "ani", "he'm ", "he’m ", "5, for Ana", "(x)", "{:a", "AB\nCD", "AB\ncd", "b|c", "bc",
    "z", "name is", "nom is", "nome is", "ЗOBYT ", "Blue Sneakers - Demo Shop", "",
])
def test_the_grouped_alternation_matches_where_the_alternation_does(text: str) -> None:
    assert (re.search(branches_by_first_letter(ALTERNATION), text) is None) == (re.search(ALTERNATION, text) is None)
