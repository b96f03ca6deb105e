import pytest

from meta_capi import detector
from meta_capi.click_ids import fbc_from_fbclid, fresh_fbc, generated_fbp, query_parameter, valid_fbp

EVENT_MS = 1_795_500_000_000
DAY_MS = 86_400_000


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.com/p?fbclid=IwAR2F4-dbP0l7Mn1", "IwAR2F4-dbP0l7Mn1"),
        ("https://a.com/p?x=1&fbclid=AbC%2D_d&y=2", "AbC-_d"),
        ("?fbclid=XyZ", "XyZ"),
        ("https://a.com/p?utm_source=fb#fbclid=no", ""),
        ("https://a.com/p", ""),
        ("https://a.com/p?notfbclid=1", ""),
    ],
)
def test_click_ids_read_fbclid_from_the_query(url, expected):
    assert query_parameter(url, "fbclid") == expected


def test_click_ids_build_fbc_keeping_the_case_of_the_click_id():
    assert fbc_from_fbclid("IwAR2F4-dbP0", EVENT_MS) == f"fb.1.{EVENT_MS}.IwAR2F4-dbP0"
    assert fbc_from_fbclid("", EVENT_MS) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"fb.1.{EVENT_MS - DAY_MS}.AbCd", f"fb.1.{EVENT_MS - DAY_MS}.AbCd"),
        (f"fb.1.{EVENT_MS - DAY_MS}.AbCd.Bg", f"fb.1.{EVENT_MS - DAY_MS}.AbCd.Bg"),
        (f"fb.1.{EVENT_MS - 91 * DAY_MS}.AbCd", ""),
        (f"fb.1.{EVENT_MS + 1}.AbCd", ""),
        ("fb.1.123aa.abc", ""),
        ("fb.1.123.abc.def.ghi", ""),
        ("AbCd", ""),
    ],
)
def test_click_ids_keep_only_well_formed_fresh_fbc(value, expected):
    assert fresh_fbc(value, EVENT_MS) == expected


def test_click_ids_accept_fbp_of_the_documented_form():
    assert valid_fbp("fb.1.1596403881668.1116446470") == "fb.1.1596403881668.1116446470"
    assert valid_fbp("1116446470") == ""


def test_click_ids_generate_a_stable_fbp_per_visitor():
    first = generated_fbp("6bb171d5-2284-41ee-9889-91af03b71dc5", 1_738_597_536)
    assert first == generated_fbp("6bb171d5-2284-41ee-9889-91af03b71dc5", 1_738_597_536)
    assert first.startswith("fb.1.1738597536000.") and len(first.rsplit(".", 1)[1]) == 10
    assert first != generated_fbp("another-visitor", 1_738_597_536)
    assert generated_fbp("", 1_738_597_536) == "" and generated_fbp("x", 0) == ""


CLEAN_AND_PHONE = ("IwAR2F4-dbP0l7Mn1Iaw", "IwAR16505-550173")


@pytest.mark.parametrize("order", [CLEAN_AND_PHONE, CLEAN_AND_PHONE[::-1]])
def test_click_id_verdicts_do_not_depend_on_the_click_id_judged_before(order):
    # click_id_reason remembers the last verdict (an event judges its fbclid twice): alternating values, the
    # verdicts stay each value's own.
    verdicts = [detector.click_id_reason(value) for value in (*order, *order)]
    assert verdicts == [detector._click_id_verdict(value) for value in (*order, *order)]
    assert sorted(verdicts[:2]) == ["", detector.PHONE]
