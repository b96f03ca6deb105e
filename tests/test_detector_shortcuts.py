"""Shortcuts in the detector's value rules give the verdict the rules they skip would give: each is checked here
against the rule written out in full."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import detector
from meta_capi.canonical import text_codec


def _bytes_reason_in_full(raw: bytes, email: str, other: str) -> str:
    """detector._bytes_reason without its control-byte shortcut: decoded, then tested for printable text."""
    try:
        text = raw.decode(text_codec(raw) if len(raw) >= 4 and (not raw[0] or not raw[1]) else "utf-8")
    except UnicodeDecodeError:
        return ""
    if not text.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():
        return ""
    found = detector.reason(text, id_like=True, other_readings=False)
    if found in (detector.EMAIL, detector.EMAIL_BASE64, detector.EMAIL_BASE32, detector.EMAIL_BASE85):
        return email
    return other if found and sum(48 <= byte <= 57 for byte in raw) >= 7 else ""


TEXTS = st.sampled_from(["jo@example.com", "+1 650 555 0173", "Blue Sneakers", "81.2.69.160", "tel 0612345678"])
DECODED_BYTES = st.one_of(
    st.binary(max_size=40),
    st.builds(lambda text, codec, extra: text.encode(codec) + extra, TEXTS,
              st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]),
              st.sampled_from([b"", b"\x00", b"\x07", b"\x7f", b"\t\n", b"\xc3\xa9", b"\xff", b"\x1b[0m"])),
)


@settings(max_examples=3000)
@given(raw=DECODED_BYTES)
def test_decoded_bytes_with_a_control_byte_are_judged_as_the_full_rule_judges_them(raw):
    assert detector._bytes_reason(raw, "email", "other") == _bytes_reason_in_full(raw, "email", "other")
