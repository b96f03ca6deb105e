"""A free text of one short part repeated up to MAX_FREE_TEXT (the speed pass on texts of short parts): the verdicts
of named_in_text's word alternations, grouped by their first letter, are those of the words one by one."""
import re

import pytest

from meta_capi import detector, named_in_text


def _repeated(unit: str) -> str:
    return (unit * (4096 // len(unit) + 1))[:4096]


@pytest.mark.parametrize("unit, verdict", [
    ("the customer, Arjun Rao, ", "holds a person's name"),
    ("Customer (Arjun Rao): hi\n", "holds a person's name"),
    ("Flat 1,\t\t\t\r\n", ""),
    ("customer, ", ""),
    ("my, ", ""),
    ("the cliente, x, ", ""),
    ("the customer, 2 kg, ", ""),
    ("a, b\n", ""),
    ("1, ", ""),
])
def test_repeated_parts_keep_their_verdict(unit, verdict):
    detector.forget_remembered()
    assert detector.reason(_repeated(unit), False) == verdict


@pytest.mark.parametrize("words", [
    named_in_text._ROLE_WORDS, named_in_text._ROLE_DETERMINERS, named_in_text._FIRST_PERSON_WORDS,
    named_in_text._CUSTOMER_WORDS,
])
def test_grouped_alternation_matches_as_the_words_one_by_one(words):
    plain = sorted({re.escape(named_in_text.canonical(word)[0]) for line in words.values() for word in line.split()},
                   key=len, reverse=True)
    grouped = re.compile(f"(?i:{named_in_text._words_alternation(words)})")
    one_by_one = re.compile(f"(?i:{'|'.join(plain)})")
    texts = [word.replace("\\", "") for word in plain]
    texts += [text.upper() for text in texts] + [text.capitalize() + "s, x" for text in texts] + ["Flat 1, ", "zz"]
    for text in texts:
        assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in one_by_one.finditer(text)], text



# (verdicts as the reading of every line gave them before a repeated line was read once)
@pytest.mark.parametrize("text, verdict", [
    ("x\ty\n" * 1000, ""),
    ("a, b\n" * 800, ""),
    ("Qty,Price\n,\n" * 100 + "Name,Email\n\n,\n", ""),
    ("Name,Email\nJo,x\n" * 200, detector.TABLE_CELL),
    ("Qty,Price\n" * 300 + "Name,Email\nJo,x\n", detector.TABLE_CELL),
    ("Name,Email\n" * 300 + "Jo,x\n", detector.TABLE_CELL),
    ("Name,Email\n" * 300, detector.TABLE_CELL),  # (a header's row under it)
    ("| Name | Qty |\n" * 270, detector.TABLE_CELL),
    ("Name,Email\n,\n" * 200, detector.TABLE_CELL),
    ("Name,Qty\nQty,Name\n" * 50, detector.TABLE_CELL),
    ("a\tb\nName\tEmail\na\tb\nJo\tx\n" * 30, detector.TABLE_CELL),
])
def test_tabled_reason_of_repeated_lines(text, verdict):
    assert detector._tabled_reason(text, False) == verdict


@pytest.mark.parametrize("text, found", [
    # national_ids._PRINTED_ID opens on a digit or a capital: a text of short numbered parts is left fast, its
    # layouts still found
    (_repeated("1\u00a0,\u2009"), False),
    (_repeated("1, ") + " 123456/78/1", True),
    (_repeated("Zona 1, ") + " GHA-123456789-0", True),
    (_repeated("ab 12 cd ") + " 63-123456 X 78", True),
])
def test_printed_id_in_repeated_parts(text, found):
    from meta_capi import national_ids
    assert national_ids.holds_printed_id(text, False) is found
