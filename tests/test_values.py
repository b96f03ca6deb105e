import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi.consent import require_granted
from meta_capi.errors import ConsentError
from meta_capi.values import bounded_json, nested_deeper_than, present, typed_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True), ("false", False), ("10", 10), ("-3", -3), ("2.5", 2.5), ("1e5", 100000.0), ("0", 0),
        ("007", "007"), ("+33", "+33"), ("1e400", "1e400"), ("inf", "inf"), ("NaN", "NaN"), (".5", ".5"),
        ("5.", "5."), ("1_000", "1_000"), (" 7 ", " 7 "), ("True", "True"), ("", ""),
        ("12345678901234567890", "12345678901234567890"), ("9" * 5000, "9" * 5000),
    ],
)
def test_values_type_only_strict_json_numbers_and_booleans(text, expected):
    value = typed_value(text)
    assert value == expected and type(value) is type(expected)
    json.dumps(value, allow_nan=False)


@pytest.mark.parametrize("consent", ["pending", "denied", None])
def test_consent_other_than_granted_is_an_error(consent):
    with pytest.raises(ConsentError) as raised:
        require_granted(consent)
    assert str(raised.value) == (
        f"consent was not granted (consent is {consent or 'missing'}): the event is not sent to Meta"
    )


def test_consent_granted_passes():
    require_granted("granted")


@pytest.mark.parametrize("text", [
    '[{"id":"A","item_price":1.5e3,"quantity":2}]', '{"a":NaN,"b":-Infinity}', " [1] ", "\ufeff[1]", "[1] x", "",
    "[1,]", '"x"',
])
def test_json_with_numbers_as_text_parses_and_refuses_as_json_loads_does(text: str) -> None:
    try:
        expected = json.loads(text, parse_int=str, parse_float=str, parse_constant=str)
    except ValueError as error:
        with pytest.raises(ValueError) as refused:
            bounded_json(text, numbers_as_text=True)
        assert str(refused.value) == f"invalid JSON ({error})"
    else:
        assert bounded_json(text, numbers_as_text=True) == expected


def _depth_outside_strings(text: str) -> int:
    """The nesting depth of `text`'s arrays and objects, read character by character as a JSON scanner does."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


@settings(max_examples=400)
@given(st.text(alphabet='[]{}"\\aé,:1 ', max_size=60), st.integers(min_value=0, max_value=6))
def test_json_depth_check_ignores_brackets_inside_strings_with_or_without_escapes(text, limit):
    # Brackets only (the usual JSON) take the fast path; escapes or other scripts take the regex path.
    assert nested_deeper_than(text, limit) == (_depth_outside_strings(text) > limit)


@pytest.mark.parametrize("text", [
    '[{"id":"a]]]]","n":1}]', '["\\"]]]]"]', '["é]]]]"]', '["unterminated [[[[[[', '[[["x"]]]',
    '["x[[",""," [[[[",""]', '[{"":"","[[[[":""}]', '[["","",[[[""]]]]]', '["a""[[[[[',  # quotes side by side
])
def test_json_depth_check_reads_strings_as_a_scanner_does(text):
    assert nested_deeper_than(text, 2) == (_depth_outside_strings(text) > 2)


@pytest.mark.parametrize(("pairs", "expected"), [
    ([("a", "1"), ("b", "2")], {"a": "1", "b": "2"}),
    ([("a", "1"), ("a", "2")], {"a": "2"}),
    ([("a", "null"), ("b", "2")], {"b": "2"}),
    ([("a", "1"), ("a", "null")], {"a": "1"}),  # the proxy's null is no value: the last real one stays
    ([("a", "null"), ("a", "1")], {"a": "1"}),
    ([], {}),
])
def test_a_property_list_becomes_a_dict_without_the_proxys_nulls_the_last_value_winning(pairs, expected):
    assert present(pairs) == expected
