"""Perf 52: a page title's meeting word, its dash and a review's verified label behind look-ups in the detector
(meeting_guests.LAYOUT_CUE, _dash_before_last_word, the cue scan's bit of reviews.VERIFIED_CUE): each look-up is false
only where the call it spares finds nothing, and a shop's title reaches neither meeting_guests nor reviews."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import detector, meeting_guests, reviews
from meta_capi.greetings import a_cued_name

_MEETING_PIECES = ["Demo", "demo", "Meeting", "booked", "with", "WITH", "mit", "Termin", "Chat transcript",
                   "Registration", "sign-up", "Registrant", "invitee", ".created", "contact", ".updated", ":", " - ",
                   " ", "\t", "|", "\n", "Anna", "Schmidt", "Ann Lee", "Shop", "30 min", "joined", "(Pro)", "İ", "ſ"]


@settings(max_examples=3000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_MEETING_PIECES), min_size=1, max_size=10))
def test_a_meeting_guests_layout_holds_the_layout_cue(pieces):
    form = "".join(pieces)
    for layout, _marks in meeting_guests._LAYOUTS:
        if layout.search(form) is not None:
            assert meeting_guests.LAYOUT_CUE.search(form) is not None


@pytest.mark.parametrize("title", ["Meeting booked: 30 min with Anna Schmidt", "Chat transcript - Anna Schmidt",
                                   "Webinar registration: Anna Schmidt, CFO", "invitee.created - Anna Schmidt",
                                   "Registrant Anna Schmidt joined at 14:02"])
def test_a_meeting_guest_is_still_named(title):
    assert meeting_guests.LAYOUT_CUE.search(title) is not None
    assert detector.reason(title)


@pytest.mark.parametrize("title", ["Blue Sneakers - Demo Shop", "Book a Demo | Acme",
                                   "Consultation Room - Book Online"])
def test_a_shops_title_reads_nothing_of_meeting_guests_nor_reviews(title, monkeypatch):
    for module, name in ((meeting_guests, "reason"), (reviews, "one_signed_reason"), (reviews, "labelled_cued")):
        monkeypatch.setattr(module, name, lambda *_, name=name: pytest.fail(f"{name} called"))
    detector.forget_remembered()
    assert detector.reason(title) == ""


_SIGNED_PIECES = ["Thanks", "thank you", "Great", "product", " - ", " -  ", "\t-\t", "-", " ", "  ", "\t", "Anna",
                  "Anne-Marie", "M.", ".", "..", "!", ",", "(Support)", "(", ")", '"', "\n", "Demo Shop", "A", "x"]


@settings(max_examples=4000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_SIGNED_PIECES), min_size=1, max_size=10))
def test_a_one_signed_message_has_its_dash_before_its_last_word(pieces):
    form = "".join(pieces)
    if reviews._ONE_SIGNED.search(form) is not None and " - " in form:
        assert detector._dash_before_last_word(form)


@pytest.mark.parametrize("text", ["Thanks so much - Anna", "Great product, thank you! - Anne-Marie..",
                                  "Thank you - Anna (Support)"])
def test_a_one_signed_message_is_still_read(text):
    assert detector._dash_before_last_word(text)
    assert reviews.one_signed_reason(text, a_cued_name)


@settings(max_examples=2000, deadline=None)
@given(pieces=st.lists(st.sampled_from(["Verified", "verifiziert", "zweryfikowany", "Geprüft", "GEPR", "erif", "buyer",
                                        " ", "Anna Schmidt", ":", "\n", "Review", "é"]), min_size=1, max_size=8))
def test_a_verified_label_sets_its_bit_of_the_cue_scan(pieces):
    form = "".join(pieces)
    cues = detector._CUE_SCAN.bits(form.lower(), form.isascii())
    assert reviews.labelled_cued(form) <= (":" in form or "\n" in form or bool(cues & detector._VERIFIED_BIT))
