"""The twenty-fifth attack's rules on long hostile values, as the speed review built them (the budget's limits: a
URL of 8,192 characters, a value of 64 KB): the verdict of a path whose segments repeat, and of a text whose every
line may be a table's header, is the verdict of its first occurrence. Their time is measured by benchmarks (the
review's notes), never here; these hold that the work saved changed no verdict."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

SHOP = "https://shop.example.com"


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("path", [
    _repeated("/first_name/X", 8000),  # a personal key's segment before a value with nothing in it, repeated
    _repeated("/Blue_Sneakers", 8000),  # a segment judged as a key each time it comes
    _repeated("/abcdefgh/IJ", 8000),
    "".join(f"/k{number}/V" for number in range(1300))[:8000],  # every key distinct
])
def test_a_long_path_of_repeated_or_distinct_segments_goes_out(path):
    assert privacy.clean_url(SHOP + path) == SHOP + path


@pytest.mark.parametrize("path", [
    _repeated("/first_name/X", 7000) + "/naam/Ayesha%20Siddiqueeqa",  # the personal pair after thousands of others
    "/naam/Ayesha%20Siddiqueeqa" + _repeated("/naam/X", 7000),
])
def test_a_personal_key_and_its_value_among_repeated_segments_is_kept_back(path):
    assert privacy.clean_url(SHOP + path) == SHOP + "/"


@pytest.mark.parametrize("text", [
    "name,price\n" + _repeated("a,b\n", 65536 - 11),  # a product table, then rows each read as a header
    "qty,price\n" + _repeated("a,b\n", 65536 - 10),
    "".join(f"a{number},b\n" for number in range(9000))[:65536],
])
def test_a_long_table_of_repeated_rows_under_no_personal_column_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "qty,price\n" + _repeated("a,b\n", 60000) + "\nname,city\nAnil Gowdaru,Mysuru\n",
    _repeated("name,price\na,b\n", 60000) + "\nname,city\nAnil Gowdaru,Mysuru\n",
])
def test_a_personal_header_after_thousands_of_repeated_lines_is_still_read(text):
    assert detector.reason(text) == detector.TABLE_CELL
