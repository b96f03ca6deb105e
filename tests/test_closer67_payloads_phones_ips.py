"""Closer 67 (attack 42): a cookie-shaped value's parts judged apart from its creation time (`fb.1.<ms>.07700-952-847`,
`GCL.<s>.<payload>`, a mailbox in an fbc's version), vanity letters after `+` and a country's code or after a phone's
label, NANP's exit code `011`, Braille's digits after the number sign, an IPv6 address with blanks around its colons
and its `::`, an IPv4 address in an id apart by commas or tabs or dashed after a dotted prefix; both ways: ordinary
values near each rule (real fbc, fbp and gclid cookies, toll-free brands, an item's `011`, times, prices and lists of
sizes) go out, personal ones are kept with the exact reason."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from meta_capi import detector
from meta_capi.detector import EMAIL, IP_ADDRESS, PHONE

MS = "1764000000000"

# (value, judged as an id, reason)
PERSONAL: List[Tuple[str, bool, str]] = [
    # a payload glued after an fbc's or another network's creation time, in free text and in ids
    (f"fb.1.{MS}.07700-952-847", False, PHONE), (f"fb.1.{MS}.07700-952-847", True, PHONE),
    (f"fb.1.{MS}.07700.952.847", False, PHONE), (f"fb.1.{MS}.07700_952_847", True, PHONE),
    (f"fb.1.{MS}.06-52-84-71-93", False, PHONE), (f"fb.1.{MS}.415-952-8471", True, PHONE),
    (f"fb.1.{MS}.0151-9528-4713", False, PHONE), (f"fb.2.{MS}.07700-961-384", True, PHONE),
    (f"fb.1.{MS}.185-231-14-77", True, IP_ADDRESS), (f"fb.1.{MS}.185.231.14.77", False, IP_ADDRESS),
    ("GCL.1764000000.07700-952-847", False, PHONE), ("GCL.1764000000.0151-9528-4713", True, PHONE),
    (f"Ref fb.1.{MS}.07700-952-847 danke", False, PHONE),
    (f"fb.quelmarisk.od@example.org.{MS}.1098115397", False, EMAIL),
    (f"fb.quelmarisk.od@example.org.{MS}.1098115397", True, EMAIL),
    # NANP's exit code before a country's code and a plan's mobile
    ("011 49 176 29483715", False, PHONE), ("011-49-176-29483715", True, PHONE),
    ("Order 011 49 176 29483715", False, PHONE), ("011 44 7700 900481", False, PHONE),
    # vanity letters after `+` and a country's code (a group of its plan's length), or after a phone's label
    ("Handy: +49 176 TANZBAR", False, PHONE), ("+49 176 TANZBAR", False, PHONE),
    ("Handy: 0176 TANZBAR", False, PHONE), ("Mobile: 1-415-JOHNNY5", False, PHONE),
    ("Mobile: 1-800-FLOWERS", False, PHONE), ("+1 (650) SIG-RUNJ", False, PHONE),
    # Braille's digits after the number sign
    ("⠼⠚⠁⠛⠋ ⠼⠃⠊⠙⠓ ⠼⠉⠛⠁⠑", False, PHONE), ("Tel ⠼⠚⠁⠛⠋⠃⠊⠙⠓⠉⠛⠁⠑", False, PHONE),
    # an IPv6 address with blanks around its colons and its `::`
    ("2a03 : b0c0 : 3 : d0 :: 1f4e : 7001", False, IP_ADDRESS),
    ("Client 2a03 : b0c0 :: 1f4e here", False, IP_ADDRESS), ("fe80 :: 1ff : fe23 : 4567 : 890a", True, IP_ADDRESS),
    # an IPv4 address in an id apart by commas or tabs, or dashed as the last dotted part
    ("178,62,193,45", True, IP_ADDRESS), ("178\t62\t193\t45", True, IP_ADDRESS),
    ("178,62,193,45", False, IP_ADDRESS), ("srv.12.178-62-193-45", True, IP_ADDRESS),
    ("srv.12.178-62-193-45", False, IP_ADDRESS), ("host.a.81-2-69-160", True, IP_ADDRESS),
]

ORDINARY: List[Tuple[str, bool]] = [
    # real cookies: an fbc's fbclid, with its appendix, an fbp's random number (one NANP-shaped as an id), a gclid, GA's
    (f"fb.1.{MS}.IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQ", False), (f"fb.1.{MS}.IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQ", True),
    (f"fb.1.{MS}.IwZXh0bgNhZW0CMTEAAR3kQ8vL2pT.AQ", False), (f"fb.1.{MS}.1098115397", False),
    (f"fb.1.{MS}.2098115397", True), (f"fb.1.{MS}.1853907214.Bg", True),
    ("GCL.1764000000.Cj0KCQiA5rGuBhCnARIsAN11", False), ("GA1.2.1234567890.1764000000", True),
    ("GA1.1.918273645.1764000000", False), ("Build 20261123.4", False), ("v3.12.0-rc.1", False),
    # `011` as an ordinary number, toll-free brands and letters after an undialled area code
    ("Item 011 49", False), ("Art. 011 49 2", False), ("1-800-FLOWERS", False), ("Call 1-800-GOT-JUNK", False),
    ("+1-800-FLOWERS", False), ("650 SIG-RUNJ", False), ("+10 200 BONUSES", False), ("Pack of 12 GIFTBOX", False),
    # Braille's letters without the number sign
    ("⠓⠑⠇⠇⠕ ⠺⠕⠗⠇⠙", False),
    # times, ratios, prices and lists of sizes, a list's steps, a table's row of small counts
    ("12 : 30 : 45", False), ("16 :: 9", False), ("178,62", False), ("178,62", True), ("36,38,40,42", True),
    ("36,38,40,42", False), ("12\t5\t3\t8", True), ("3,1,4,2", True), ("SKU.1.10-12-14-16", True),
    ("v1.2.3.4-10-12-14-16", False),
]


@pytest.mark.parametrize(("value", "id_like", "why"), PERSONAL)
def test_a_payload_phone_or_address_in_the_new_shapes_is_kept(value: str, id_like: bool, why: str) -> None:
    assert detector.reason(value, id_like=id_like) == why


@pytest.mark.parametrize(("value", "id_like"), ORDINARY)
def test_ordinary_cookies_numbers_and_lists_near_them_go_out(value: str, id_like: bool) -> None:
    assert detector.reason(value, id_like=id_like) == ""
