"""Rules closing the Meta-field family of the thirteenth attack (issue 16): 64 hex characters that are text padded
with zero bytes, in UTF-16 or with a Latin-1 accent are no SHA-256 digest (a digest's 32 random bytes are none of
these); a login or lead id that a national plan reads as a mobile number is no Meta id; an fbp's random number is
written as an integer is, without a leading 0. Each with the near-misses that still pass: real digests, digests
with a shorter run of zero bytes or with one byte too many outside the text's kind, Meta's own ids."""

import hashlib
from typing import Dict

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import click_ids, identity, meta_fields
from meta_capi.diagnostics import explain

MS = "1732875000000"


def _padded(text: bytes, at_end: bool = True) -> str:
    padding = b"\0" * (32 - len(text))
    return (text + padding if at_end else padding + text).hex()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


FAKE_DIGESTS = {
    "an address padded with zeros": _padded(b"minjun.kim88@naver.com"),
    "an address padded with zeros before it": _padded(b"minjun.kim88@naver.com", at_end=False),
    "a phone in UTF-16 padded with zeros": _padded("01048217365".encode("utf-16-le")),
    "a phone in big-endian UTF-16": _padded("+966548217365".encode("utf-16-be")),
    "a Korean name and phone in UTF-8 padded with zeros": _padded("김민준 010-4821-7365".encode()),
    "a Korean name alone in UTF-16": _padded("김민준".encode("utf-16-le")),
    "a Korean name and phone in UTF-16 cut at 32 bytes": "김민준 010-4821-7365".encode("utf-16-be")[:32].hex(),
    "an Arabic name in UTF-16 filling the 32 bytes": "محمد عبدالله العتيبي".encode("utf-16-le")[:32].hex(),
    "a Hebrew name in UTF-16 filling the 32 bytes": "יוסף בן דוד כהן מירושלים".encode("utf-16-be")[:32].hex(),
    "a Korean address in UTF-8 cut inside a character": "서울특별시 강남구 테헤란로 152".encode()[:32].hex(),
    "a name with two Latin-1 accents": _padded("Zoë Müller 0612345678".encode("latin-1")),
    "an address in UTF-32": "jo@x.se".encode("utf-32-le")[:32].hex(),
    "an address with zero bytes between its parts": b"minjun\0kim88\0naver\0com\0\0\0\0\0\0\0\0\0\0".hex(),
    "Persian words padded with zeros": _padded("علی رضایی ۰۹۱۲".encode()),
}


@pytest.mark.parametrize("digest", FAKE_DIGESTS.values(), ids=FAKE_DIGESTS.keys())
def test_text_in_a_digest_s_shape_is_no_digest_and_is_hashed_as_any_value(digest: str) -> None:
    assert identity.prehashed(digest) is None
    assert identity.prehashed(digest.upper() + ".AQ") is None
    assert identity.customer_information({"email": digest}, "", 2026) == {}  # as an address: nothing, left out
    assert identity.external_ids([digest]) == [_sha(digest)]


def _with(digest: str, offset: int, raw: bytes) -> str:
    """`digest` with its bytes from `offset` replaced by `raw`."""
    data = bytearray(bytes.fromhex(digest))
    data[offset:offset + len(raw)] = raw
    return bytes(data).hex()


REAL = _sha("minjun.kim88@naver.com")
NEAR_MISSES = {
    "Meta's documented digest of an address": _sha("joe@eg.com"),
    "a digest with five zero bytes in a row": _with(REAL, 10, b"\0" * 5),
    "a digest with zero bytes here and there": _with(_with(REAL, 3, b"\0\0\0"), 20, b"\0\0\0\0\0"),
    "a digest with three bytes outside printable ASCII": _with(REAL, 0, b"jo@x.se minjun kim 88 naver\x81\x82\x83"),
    "a digest whose even bytes take seven values": bytes(byte for pair in zip(
        b"\x10\x20\x30\x40\x50\x60\x70\x10\x20\x30\x40\x50\x60\x70\x10\x20", bytes.fromhex(REAL)[:16], strict=True)
        for byte in pair).hex(),
    "a digest with a control byte inside UTF-8 text": _with(REAL, 0, "김민준 010-4821-7365 서울\x01".encode()[:32]),
}


@pytest.mark.parametrize("digest", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_a_digest_with_less_than_a_text_s_layout_passes_through(digest: str) -> None:
    assert identity.prehashed(digest.upper()) == digest
    assert identity.prehashed(f"{digest}.AQ") == f"{digest}.AQ"


def test_ten_thousand_real_digests_all_pass_through() -> None:
    digests = [_sha(f"visitor-{number}@example.com") for number in range(10_000)]
    assert [digest for digest in digests if identity.prehashed(digest) != digest] == []


def _unhashed(value: str) -> Dict[str, object]:
    return meta_fields.unhashed_ids({"fb_login_id": value, "lead_id": value}, {})


@pytest.mark.parametrize(("value", "plan"), [
    ("966548217365", "Saudi mobile with its country code"),
    ("201224837165", "Egyptian mobile with its country code"),
    ("989354821736", "Iranian mobile with its country code"),
    ("821048217365", "Korean mobile with its country code"),
    ("89123456789", "Russian mobile with its trunk 8"),
    ("13982736451", "Chinese mobile as dialled at home"),
    ("512345678", "Polish mobile as dialled at home"),
    ("12025550143", "a number of the Americas with its 1"),
    ("2025550143", "a number of the Americas without it"),
])
def test_a_login_or_lead_id_a_national_plan_reads_as_a_mobile_is_left_out(value: str, plan: str) -> None:
    assert _unhashed(value) == {}


def test_explain_names_the_mobile_number_rule_without_the_number() -> None:
    event = make_event(properties={"lead_id": "201224837165", "fb_login_id": "12ab"})
    left_out = explain("track", event, make_settings(meta_require_email_or_phone="false"), now=NOW).left_out
    assert left_out == [
        ("fb_login_id", "fb_login_id not sent: must be a whole number of 1 to 19 digits (a Meta id)"),
        ("lead_id", "lead_id not sent: a mobile number as a national plan dials it, not a Meta id"),
    ]


@pytest.mark.parametrize("value", ["10157982365124123", "525645896321548", "1234567890123456", "4", "100000000",
                                   "1024837165", "9223372036854775807"])
def test_meta_s_login_and_lead_ids_go_out_as_integers(value: str) -> None:
    assert _unhashed(value) == {"fb_login_id": int(value), "lead_id": int(value)}


@pytest.mark.parametrize("random", ["0983174265", "0912345678", "00", "0123"])
def test_an_fbp_random_number_with_a_leading_zero_is_not_the_pixel_s(random: str) -> None:
    assert click_ids.valid_fbp(f"fb.1.{MS}.{random}") == ""


@pytest.mark.parametrize("random", ["0", "7", "983174265", "1098115397", "2147483647"])
def test_an_fbp_random_number_written_as_an_integer_goes_out(random: str) -> None:
    assert click_ids.valid_fbp(f"fb.1.{MS}.{random}") == f"fb.1.{MS}.{random}"
    assert click_ids.valid_fbp(f"fb.1.{MS}.{random}.AQ") == f"fb.1.{MS}.{random}.AQ"
