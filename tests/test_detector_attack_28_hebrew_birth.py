"""A date of birth in the Hebrew calendar (detector.py): after a birth label (`תאריך לידה`), a day and a year in letters
with their geresh or gershayim and a month after `ב`. With the near misses that go out: the date without the label (a
holiday's), the birth word without a date."""

from __future__ import annotations

import pytest

from meta_capi import detector


@pytest.mark.parametrize("text", ["תאריך לידה: ט״ו באדר תשמ״ז", "תאריך לידה: ה׳ בניסן תש״ן"])
def test_a_hebrew_calendar_date_after_a_birth_label_is_a_birth_date(text: str) -> None:
    assert detector.reason(text) == detector.BIRTH_DATE


@pytest.mark.parametrize("text", ["ט״ו באדר תשמ״ז", "מבצע פורים: י״ד באדר תשפ״ה", "ספר לידה טבעית"])
def test_the_date_without_a_birth_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
