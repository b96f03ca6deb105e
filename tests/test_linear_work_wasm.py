"""Every judgment is linear in its text, counted by the engine, not by a clock.

The gate judges at most `MAX_FREE_TEXT` characters of a free text and `MAX_URL` of a URL, and an event's
allowance bounds how many it judges (detector.JUDGED_PER_EVENT); what keeps one event's work in proportion to its
size is that each judgment is linear. This test runs the built meta_capi.wasm on an engine that counts fuel
(wasmtime's count of executed wasm instructions, the same for the same build and input whatever the machine's load)
and gives it hostile texts: one unit repeated, with the prefix and suffix that wake a rule. The work per unit at
about the longest text a field is judged at may not exceed the most work per unit at a quarter of it (three lengths
near a quarter, since a rule may stop early on one length and not on the next) by more than rounding: linear work
spends the same per unit, a quadratic rule's grows with the text. The work is the fuel of a fresh instance's call
(as the proxy runs us) less that of the same event with a one-word value in the same field.

The texts are those the wall-clock tests of earlier closers and attacks used (profile paths, ledgers' grammars,
address layouts, account labels, URLs in values, slugs and user agents of one cue, mail headers, marketplaces'
spellings), each in the field its rule reads, and units that hypothesis puts together from what the rules read.
"""

from __future__ import annotations

import math
import time
from typing import Dict, List, Tuple

import pytest
import wasmtime
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wasmtime.component import Component

from builders import make_event, make_settings
from edgee_host.component.runtime import DataCollectionHost
from meta_capi.model import Event
from meta_capi.privacy import MAX_FREE_TEXT, MAX_URL
from wasm_support import WASM, retimed

SHOP = "https://shop.example.com"
FUEL = 10**15  # far more than any call spends: the meter only counts
# The most the work per unit may grow when the text grows fourfold. Linear work spends the same per unit (less, with a
# fixed part), with room for rounding at a rule's boundaries; a quadratic rule's work per unit would grow fourfold.
GROWTH_PER_UNIT = 1.125
# The quarter's text and four times it differ in length by a multiple of 240 characters (three times ALIKE), so both
# read alike as base64, base32, base85 and hex, to bytes of the same parity (a text's length decides which decodings
# apply, and whether the bytes read as UTF-16: linear each, but not each as costly).
ALIKE = 80

# (field, prefix, unit repeated, suffix)
HOSTILE: List[Tuple[str, str, str, str]] = [
    # profile paths and the ledgers' grammars
    ("text", "a.example.com/", "@a/", ""), ("text", "a.example.com/u/", "a.", ""), ("text", "x.com/@", "a:", ""),
    ("text", "@a:", "b.", ""), ("text", "", "0x", ""), ("text", "", "a.eth.", ""), ("text", "bc1", "q", ""),
    ("text", "did:plc:", "a", ""), ("text", "Solana: ", "a-", ".sol"),
    # address layouts
    ("text", "C/O ", "Sharma ", ", 560001"), ("text", "near ", "shiv ", "201301"),
    ("text", "near ", "a ", "sector 12 " * 30 + " 201301"), ("text", "", "Opp. x,", " 560001"),
    ("text", "آدرس: ", "زرپنگ ", "12"), ("text", "", "زرپنگ 12 כניסה ב' ", ""), ("text", "منطقة ", "فيلا 7، ", ""),
    ("text", "Near ", "Mint, ", "UK 123456"), ("text", "Vill. ", "x, ", "Kangra 176001"),
    ("text", "near ", "mandir ", "sector 12 noida 201301"), ("text", "Rehov ", "Herzl ", "12, Tel Aviv"),
    ("text", "منطقة ", "فيلا 7، ", "مجسم"), ("text", "آدرس: ", "جلد ", "12"),
    ("text", "", "shiv ", "mandir ke paas sector 12 noida 201301"), ("text", "c/o ", "sharma ", "vill 176001"),
    ("text", "", "הרצל 12 דירה 4 ", "כניסה"), ("text", "", "زنقة 12 ", "رقم 5، الرباط"),
    ("text", "ул ", "а ", "5"), ("text", "Rua ", "Aa ", "s/n, Centro"), ("text", "", "SQS 1 ", ""),
    ("text", "οδός ", "α ", "5 α"), ("text", "", "Gül Sk. ", "No 5"),
    # account labels
    ("text", "", "acc ", "52817740"), ("text", "", "savings ", "1"), ("text", "", "Sort code 20-45-77, ", ""),
    ("text", "", "a/c no ", "528177"), ("text", "", "conta ", "52817-4"), ("text", "", "transferir a 1", ""),
    # marketplaces' spellings
    ("text", "", "a ", ""), ("text", "", "a-", ""), ("text", "", "gm41l ", "at"), ("text", "", "gmail: ", ""),
    ("text", "", "🅰 ", ""), ("text", "", "gmail 👉 ", ""), ("text", "", "insta @", ""),
    ("text", "", "instagram.com/", ""),
    # mail headers and titles' cues
    ("title", "", "On Mon, A wrote: ", ""), ("title", "", "On Mon, Anna Smith <x> wrote: ", ""),
    ("title", "", "a wrote:", ""), ("title", "", "Pedido de A B ", ""), ("title", "", "Gift for A B | ", ""),
    ("title", "", "Am 3 schrieb A: ", ""),
    # URLs within values, slugs of one cue
    ("url", f"{SHOP}/app?a=", "/x?a=", "/author/quendrix-tarvenholm"), ("url", f"{SHOP}/", "my_name_is_", ""),
    ("url", f"{SHOP}/", "my-name-is-", ""), ("url", f"{SHOP}/", "deliver-to-mr-", ""),
    ("url", f"{SHOP}/", "recipient-name-", ""), ("url", f"{SHOP}/", "i+am+", ""),
    # user agents of one field repeated
    ("user_agent", "Mozilla/5.0 ", "(user: A; ", ""), ("user_agent", "Mozilla/5.0 ", "[a: b;", ""),
    ("user_agent", "Mozilla/5.0 ", "(A's Galaxy; ", ""), ("user_agent", "Mozilla/5.0 ", "\\) x: y \\(", ""),
    ("user_agent", "Mozilla/5.0 ", "(", ""),
]
# The longest text each field is judged at (a longer one is left out unjudged, in a few instructions).
LONGEST = {"text": MAX_FREE_TEXT, "title": MAX_FREE_TEXT, "url": MAX_URL, "user_agent": MAX_FREE_TEXT}
ONE_WORD = {"text": "hello", "title": "hello", "url": f"{SHOP}/hello", "user_agent": "Mozilla/5.0 (X11)"}


def event_with(field: str, text: str) -> Tuple[str, Event]:
    seconds = int(time.time()) - 5
    if field == "text":
        return "track", retimed(make_event("track", properties={"note": text}), seconds)
    if field == "title":
        return "page", retimed(make_event("page", title=text), seconds)
    if field == "url":
        return "page", retimed(make_event("page", url=text), seconds)
    return "page", retimed(make_event("page", user_agent=text), seconds)


class MeteredHost(DataCollectionHost):
    """A host whose store counts fuel from the start, so the instantiation and the call are both counted."""

    def new_batch(self) -> None:
        super().new_batch()
        self.store.set_fuel(FUEL)


class FuelMeter:
    """The fuel one event costs as the proxy runs it: a fresh store and instance, one call."""

    def __init__(self) -> None:
        config = wasmtime.Config()
        config.consume_fuel = True
        self.engine = wasmtime.Engine(config)
        # (metered code is other machine code than the session's shared component: compiled once more, here)
        self.component = Component(self.engine, WASM.read_bytes())
        self.one_word: Dict[str, int] = {}

    def fuel(self, kind: str, event: Event) -> int:
        host = MeteredHost(WASM, engine=self.engine, component=self.component)
        host.call(kind, event, make_settings())
        return FUEL - host.store.get_fuel()

    def work(self, field: str, text: str) -> int:
        """The fuel `text` costs in `field` beyond a one-word value's."""
        if field not in self.one_word:
            self.one_word[field] = self.fuel(*event_with(field, ONE_WORD[field]))
        return self.fuel(*event_with(field, text)) - self.one_word[field]


@pytest.fixture(scope="module")
def meter() -> FuelMeter:
    if not WASM.exists():
        pytest.fail("meta_capi.wasm is missing: run `make build` (make test builds it first)")
    return FuelMeter()


def test_the_meter_counts_the_same_work_twice_and_more_for_more_text(meter: FuelMeter) -> None:
    text = "C/O " + "Sharma " * 100 + ", 560001"
    assert meter.work("text", text) == meter.work("text", text) > 0
    assert meter.work("text", "C/O " + "Sharma " * 400 + ", 560001") > meter.work("text", text)


def unit_counts(prefix: str, unit: str, suffix: str, longest: int) -> Tuple[List[int], int]:
    """The counts of `unit` to measure: about a quarter of what fits in `longest` characters (that count and its two
    neighbours a step away), and four times that count. A step is a multiple of ALIKE characters, so the quarter
    and four times it differ by a multiple of three times that."""
    step = ALIKE // math.gcd(ALIKE, len(unit))
    fitting = (longest - len(prefix) - len(suffix)) // len(unit)
    quarter = max(fitting // 4 // step * step, step)
    if 4 * quarter > fitting:  # (a unit so long that a step already fills the field: whole units, one apart)
        quarter, step = max(fitting // 4, 1), 1
    return [count for count in (quarter - step, quarter, quarter + step) if count > 0], 4 * quarter


@pytest.mark.parametrize(("field", "prefix", "unit", "suffix"), HOSTILE)
def test_a_judgment_grows_no_faster_than_its_text(meter: FuelMeter, field: str, prefix: str, unit: str,
                                                   suffix: str) -> None:
    shorter, longest = unit_counts(prefix, unit, suffix, LONGEST[field])
    per_unit_shorter = max(meter.work(field, prefix + unit * count + suffix) / count for count in shorter)
    per_unit_longest = meter.work(field, prefix + unit * longest + suffix) / longest
    assert per_unit_longest <= GROWTH_PER_UNIT * max(per_unit_shorter, 1.0), (
        f"{per_unit_longest / max(per_unit_shorter, 1.0):.2f} times the work per unit for 4 times the units")


# What a unit nobody listed is made of: letters, digits and marks the rules read (labels' ends, paths, queries, mails,
# handles, lists), words that wake a rule (a label, a street, a mail's header), and encodings the gate decodes.
PIECES = ["a", "B", "é", "7", "12", "1990", " ", "-", "_", ".", ",", ":", ";", "/", "@", "?", "=", "&", "#", "+", "(",
          ")", "'", "<", ">", "|", "\n", "no", "acc", "near", "Rua", "wrote", "name", "tel", "iban", "ул", "דירה",
          "فيلا", "gmail", "www.", "http://", "%40", "%2F", "&#64;", "Mr ", "DE89", "+49 "]
UNITS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join)


@hypothesis_settings(max_examples=30)
@given(field=st.sampled_from(["text", "url"]), prefix=st.one_of(st.just(""), UNITS), unit=UNITS, suffix=UNITS)
def test_any_unit_repeated_grows_no_faster_than_its_text(meter: FuelMeter, field: str, prefix: str, unit: str,
                                                         suffix: str) -> None:
    if field == "url":
        prefix = f"{SHOP}/{prefix}"
    test_a_judgment_grows_no_faster_than_its_text(meter, field, prefix, unit, suffix)
