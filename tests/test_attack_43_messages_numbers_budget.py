"""A forty-third outside attack, on issue 16's promises other than the detector's reading of text, written from the
README ("Personal data: one budget in, one gate out", "Settings", "Events", "Purchase and product data", "Meta's own
fields", "Hostile values") without reading the gate's code; run natively (tests/test_attack_43_component.py sends a
selection through the built component).

- Messages: a made-up mailbox, phone number and name of this attack (and their percent-encoded and full-width forms)
  in every field that can make an `Err` or a reason; no form of them (raw, lower-cased, canonical, percent-encoded,
  its digits through separators) may appear in the `Err` nor in any `--explain` line, and each line names its field.
- Numbers: item 5's silent changes and their neighbours, with the outcome the README gives (an `Err`, a reason, a
  value), asserted exactly.
- Budget: each limit at exactly its value and one over, the fields it names, and the request's size against the
  documented maximum for events within the budget.

Every case that fails today is a strict expected failure naming its family.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple
from urllib.parse import unquote

import pytest

from builders import NOW, make_event
from meta_capi import build_request
from meta_capi.budget import MAX_EVENT, MAX_KEY, MAX_PRODUCTS, MAX_PROPERTIES, MAX_REQUEST, MAX_VALUE
from meta_capi.diagnostics import Explanation, explain
from meta_capi.errors import MetaCapiError
from privacy_attack_cases import normalised
from privacy_attack_cases_2 import ATTACK_SETTINGS

# This attack's own made-up visitor: a mailbox, a mobile number and a name no other file uses.
MAIL = "Vendeline.Qorvath43@example.org"
PHONE = "+44 7700 900431"
NAME = "Vendeline Qorvath"
MARKERS: Dict[str, str] = {
    "mail": MAIL,
    "phone": PHONE,
    "name": NAME,
    "percent mail": MAIL.replace("@", "%40").replace(".", "%2E"),
    "full-width mail": "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in MAIL),
}
# The forms looked for: the name's words and the phone's national digits, in any case and spelling.
FORMS = ["qorvath", "vendeline", "7700900431"]

Settings = List[Tuple[str, str]]
PURCHASE = {"value": "10", "currency": "EUR"}


def echoes(text: str) -> List[str]:
    """The forms of the marker that `text` holds: raw, lower-cased, percent- or entity-decoded, canonical (full-width
    folded), or the phone's digits read through separators."""
    texts = [text, unquote(text), normalised(text)]
    digits = re.sub(r"\D", "", normalised(text))
    return sorted({form for form in FORMS if any(form in each.lower() for each in texts) or form in digits})


@pytest.mark.parametrize("text", [MAIL, MAIL.lower(), "%56endeline%2EQorvath", "&#86;endeline", "Ｑｏｒｖａｔｈ",
                                  "7700 900 431", "(7700) 900-431", "got 'QORVATH'"])
def test_echoes_finds_every_form_of_the_marker(text: str) -> None:
    assert echoes(f"an Err quoting {text}") != []


def explain_lines(explanation: Explanation) -> List[str]:
    """Every line `--explain` prints from the record, but the values that go out (the event's name and id, which the
    request carries and the gate judges)."""
    lines = [explanation.rejected, explanation.deduplication_warning, explanation.event_id_source]
    lines += [f"{name}: {reason}" for name, reason in explanation.left_out]
    lines += [f"{key}: {source}" for key, source in explanation.sources.items()]
    return lines


def run(kind: str, overrides: Dict[str, Any], settings: Sequence[Tuple[str, str]] = ()) -> Tuple[str, Explanation, str]:
    """(the Err or "", the explanation, the request body or "") of an event made by make_event(kind, **overrides)."""
    everything = [*ATTACK_SETTINGS, *settings]
    explanation = explain(kind, make_event(kind, **overrides), everything, now=NOW)
    try:
        request = build_request(kind, make_event(kind, **overrides), everything, now=NOW)
    except MetaCapiError as error:
        return str(error), explanation, ""
    return "", explanation, request.body


# Where a value can make an Err or a reason: name -> (kind, make_event overrides with {} for the marker, settings with
# {} for the marker, what the README says must come of any marker there: ("err", word the Err names), ("reason",
# word the --explain line names), or None where the gate decides (free text, an operator's free setting)).
Place = Tuple[str, Dict[str, Any], Dict[str, str], Optional[Tuple[str, str]]]


def _purchase(**properties: str) -> Dict[str, Any]:
    return {"name": "Order Completed", "properties": {**PURCHASE, **properties}}


PLACES: Dict[str, Place] = {
    # purchase and product data
    "value": ("track", {"name": "Order Completed", "properties": {"value": "{}", "currency": "EUR"}}, {},
              ("err", "value")),
    "revenue": ("track", {"name": "Order Completed", "properties": {"revenue": "{}", "currency": "EUR"}}, {},
                ("err", "revenue")),
    "total": ("track", {"name": "Order Completed", "properties": {"total": "{}", "currency": "EUR"}}, {},
              ("err", "total")),
    "currency": ("track", _purchase(currency="{}"), {}, ("err", "currency")),
    "contents price": ("track", _purchase(contents='[{{"id": "A", "item_price": "{}"}}]'), {}, ("reason", "price")),
    "contents price of a purchase": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": '[{{"id": "A", "item_price": "{}"}}]'}}, {}, ("err", "price")),
    "contents quantity of a purchase": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": '[{{"id": "A", "item_price": 2, "quantity": "{}"}}]'}}, {}, ("err", "quantity")),
    "contents id of a priced product": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": '[{{"id": "{}", "item_price": 2}}]'}}, {}, None),
    "contents as text": ("track", _purchase(contents="{}"), {}, ("err", "contents")),
    "contents as a JSON string": ("track", _purchase(contents='"{}"'), {}, ("err", "contents")),
    "contents with a malformed number": ("track", _purchase(contents='[{{"id": "A", "item_price": 1.5.{}}}]'), {},
                                         ("err", "contents")),
    "contents with a bare word for a number": ("track", _purchase(contents='[{{"id": "A", "item_price": {}}}]'), {},
                                               ("err", "contents")),
    "product list price": ("track", {"name": "Order Completed", "properties": {"currency": "EUR"},
                                     "products": [{"product_id": "A", "price": "{}"}]}, {}, ("err", "price")),
    "product list quantity": ("track", {"name": "Order Completed", "properties": {"currency": "EUR"},
                                        "products": [{"product_id": "A", "price": "2", "quantity": "{}"}]}, {},
                              ("err", "quantity")),
    "single product quantity": ("track", {"name": "Product Added", "properties": {
        "product_id": "A", "price": "2", "quantity": "{}", "currency": "EUR"}}, {}, ("reason", "quantity")),
    "predicted_ltv": ("track", _purchase(predicted_ltv="{}"), {}, ("reason", "predicted_ltv")),
    # Meta's own fields
    "opt_out": ("track", _purchase(opt_out="{}"), {}, ("err", "opt_out")),
    "action_source": ("track", _purchase(action_source="{}"), {}, ("err", "action_source")),
    "data_processing_options": ("track", _purchase(data_processing_options="{}"), {},
                                ("err", "data_processing_options")),
    "data_processing_options as a list": ("track", _purchase(data_processing_options='["{}"]'), {},
                                          ("err", "data_processing_options")),
    "data_processing_options_country": ("track", _purchase(data_processing_options="LDU",
                                                           data_processing_options_country="{}"), {},
                                        ("err", "data_processing_options_country")),
    "data_processing_options_state": ("track", _purchase(data_processing_options="LDU",
                                                         data_processing_options_state="{}"), {},
                                      ("err", "data_processing_options_state")),
    "fb_login_id": ("track", _purchase(fb_login_id="{}"), {}, ("reason", "fb_login_id")),
    "lead_id": ("track", _purchase(lead_id="{}"), {}, ("reason", "lead_id")),
    "subscription_id": ("track", _purchase(subscription_id="{}"), {}, None),
    "test_event_code": ("track", _purchase(test_event_code="{}"),
                        {"meta_allow_test_event_code_property": "true"}, ("reason", "test_event_code")),
    "content_type": ("track", _purchase(content_type="{}"), {}, ("reason", "content_type")),
    "delivery_category": ("track", _purchase(delivery_category="{}"), {}, ("reason", "delivery_category")),
    "event_id": ("track", _purchase(event_id="{}"), {}, None),
    "order_id": ("track", _purchase(order_id="{}"), {}, None),
    # the event itself
    "track name": ("track", {"name": "{}"}, {}, None),
    "track name mapped to it": ("track", {"properties": PURCHASE}, {"meta_event_mapping": '{{"Button Clicked": "{}"}}'},
                                None),
    "consent": ("track", {"properties": PURCHASE, "consent": "{}"}, {}, ("err", "consent")),
    # the visitor, the client and the page: identity's reasons
    "visitor email": ("track", {"visitor": {"email": "{}"}}, {}, None),
    "visitor email_address beside an invalid email": ("track", {"visitor": {"email": "x", "email_address": "{}"}},
                                                      {}, None),
    "visitor phone": ("track", {"visitor": {"phone": "{}"}}, {}, None),
    "visitor mobile beside a phone": ("track", {"visitor": {"phone": "+33612345678", "mobile": "{}"}}, {}, None),
    "visitor first_name": ("track", {"visitor": {"first_name": "{}"}}, {}, None),
    "visitor gender": ("track", {"visitor": {"gender": "{}"}}, {}, ("reason", "gender")),
    "visitor date_of_birth": ("track", {"visitor": {"date_of_birth": "{}"}}, {}, ("reason", "date_of_birth")),
    "visitor country": ("track", {"visitor": {"country": "{}"}}, {}, ("reason", "country")),
    "visitor state": ("track", {"visitor": {"state": "{}"}}, {}, None),
    "visitor zip": ("track", {"visitor": {"zip": "{}"}}, {}, None),
    "visitor fbc": ("track", {"visitor": {"fbc": "fb.1.1795400000000.{}"}}, {}, ("reason", "fbc")),
    "visitor fbp": ("track", {"visitor": {"fbp": "fb.1.1795400000000.{}"}}, {}, ("reason", "fbp")),
    "visitor fb_login_id": ("track", {"visitor": {"fb_login_id": "{}"}}, {}, ("reason", "fb_login_id")),
    "visitor custom key": ("track", {"visitor": {"{}": "x"}}, {}, None),
    "visitor data_processing_options": ("track", {"visitor": {"data_processing_options": "{}"}}, {},
                                        ("err", "data_processing_options")),
    "user call property": ("user", {"user_properties": {"{}": "x", "note": "{}"}}, {}, None),
    "user call user_id": ("user", {"user_id": "{}"}, {}, None),
    "client ip": ("track", {"ip": "{}"}, {}, None),
    "client ip list": ("track", {"ip": "{}, 81.2.69.160"}, {}, None),
    "client country_code": ("track", {"country_code": "{}"}, {}, None),
    "user agent": ("track", {"user_agent": "Mozilla/5.0 (Linux; {})"}, {}, None),
    "page URL query": ("page", {"url": "https://shop.example.com/p?who={}&utm_source=x"}, {}, None),
    "page URL path": ("page", {"url": "https://shop.example.com/u/{}/cart"}, {}, None),
    "referrer": ("page", {"referrer": "https://mail.example.com/?to={}"}, {}, None),
    "page search": ("page", {"search": "?q={}"}, {}, None),
    "page title": ("page", {"title": "Cart of {}"}, {}, None),
    "custom key": ("track", {"properties": {"{}": "red"}}, {}, None),
    "custom key with a JSON value": ("track", {"properties": {"{}": '{{"a": 1}}'}}, {}, None),
    "product custom key": ("track", {"name": "Order Completed", "properties": {"currency": "EUR"},
                                     "products": [{"product_id": "A", "price": "1", "{}": "x"}]}, {}, None),
    "product list id": ("track", {"name": "Order Completed", "properties": {"currency": "EUR", "value": "1"},
                                  "products": [{"product_id": "{}", "price": "1"}]}, {}, None),
    "content_ids": ("track", _purchase(content_ids="A,{},B"), {}, None),
    # settings
    "meta_pixel_id": ("track", {}, {"meta_pixel_id": "{}"}, ("err", "meta_pixel_id")),
    "meta_test_event_code": ("track", {}, {"meta_test_event_code": "{}"}, None),
    "meta_api_version": ("track", {}, {"meta_api_version": "{}"}, ("err", "meta_api_version")),
    "meta_event_mapping as text": ("track", {}, {"meta_event_mapping": "{}"}, ("err", "meta_event_mapping")),
    "meta_event_mapping with a bare word": ("track", {}, {"meta_event_mapping": '{{"a": {}}}'},
                                            ("err", "meta_event_mapping")),
    "meta_event_mapping key to a number": ("track", {}, {"meta_event_mapping": '{{"{}": 5}}'},
                                           ("err", "meta_event_mapping")),
    "meta_event_mapping to a list": ("track", {}, {"meta_event_mapping": '{{"a": ["{}"]}}'},
                                     ("err", "meta_event_mapping")),
    "meta_event_mapping as a list": ("track", {}, {"meta_event_mapping": '["{}"]'}, ("err", "meta_event_mapping")),
    "meta_standard_events": ("track", {}, {"meta_standard_events": "{}"}, ("err", "meta_standard_events")),
    "meta_default_currency": ("track", {"name": "Order Completed", "properties": {"value": "1"}},
                              {"meta_default_currency": "{}"}, ("err", "meta_default_currency")),
    "meta_generate_fbp": ("track", {}, {"meta_generate_fbp": "{}"}, ("err", "meta_generate_fbp")),
    "meta_action_source": ("track", {}, {"meta_action_source": "{}"}, ("err", "meta_action_source")),
    "meta_ldu": ("track", {}, {"meta_ldu": "{}"}, ("err", "meta_ldu")),
    "meta_ldu_country": ("track", {}, {"meta_ldu_country": "{}"}, ("err", "meta_ldu_country")),
    "meta_ldu_state": ("track", {}, {"meta_ldu_state": "{}"}, ("err", "meta_ldu_state")),
    "meta_require_email_or_phone": ("track", {}, {"meta_require_email_or_phone": "{}"},
                                    ("err", "meta_require_email_or_phone")),
    "meta_allow_test_event_code_property": ("track", {}, {"meta_allow_test_event_code_property": "{}"},
                                            ("err", "meta_allow_test_event_code_property")),
    "meta_custom_data": ("track", {"properties": {"color": "red"}}, {"meta_custom_data": "{}"}, None),
    "meta_custom_data list": ("track", {"properties": {"color": "red"}}, {"meta_custom_data": "color,{},size"}, None),
    "meta_url_query": ("track", {}, {"meta_url_query": "{}"}, ("err", "meta_url_query")),
    "meta_app_secret": ("track", {}, {"meta_app_secret": "{}"}, None),
    "edgee_default_consent": ("track", {"consent": None}, {"edgee_default_consent": "{}"}, ("err", "consent")),
    # over the budget: a key, a value, the whole event
    "key over the budget": ("track", {"properties": {"{}" + "k" * MAX_KEY: "red"}}, {}, ("err", str(MAX_KEY))),
    "custom value over the budget": ("track", {"properties": {"{}": "v" * (MAX_VALUE + 1)}}, {},
                                     ("err", str(MAX_VALUE))),
    "email value over the budget": ("track", {"properties": {"email": "{}" + "v" * MAX_VALUE}}, {},
                                    ("err", str(MAX_VALUE))),
    "visitor value over the budget": ("track", {"visitor": {"phone": "{}" + " 1" * MAX_VALUE}}, {},
                                      ("err", str(MAX_VALUE))),
    "page URL over the budget": ("track", {"url": "https://shop.example.com/?q={}&" + "a" * MAX_VALUE}, {},
                                 ("err", str(MAX_VALUE))),
    "page title over the budget": ("page", {"title": "{} " + "t" * MAX_VALUE}, {}, ("err", str(MAX_VALUE))),
    "properties over the budget, keyed by it": ("track", {"properties": {
        f"{{}} {index}": "x" for index in range(MAX_PROPERTIES + 1)}}, {}, ("err", str(MAX_PROPERTIES))),
    "event over the budget": ("track", {"properties": {
        f"{{}} {index}": "x" * 60_000 for index in range(5)}}, {}, ("err", str(MAX_EVENT))),
    "content_ids over the budget": ("track", _purchase(content_ids=",".join(["{}"] * (MAX_PRODUCTS + 1))), {},
                                    ("err", "content_ids")),
}


def filled(item: Any, marker: str) -> Any:
    """`item` with every `{}` of its strings (keys too) replaced by the marker (`{{`, `}}` stand for braces)."""
    if isinstance(item, str):
        return item.replace("{}", "\0").replace("{{", "{").replace("}}", "}").replace("\0", marker)
    if isinstance(item, dict):
        return {filled(key, marker): filled(value, marker) for key, value in item.items()}
    if isinstance(item, list):
        return [filled(value, marker) for value in item]
    return item


# What fails today, by family: "place / marker".
ECHOES: Dict[str, List[str]] = {
}
UNNAMED: Dict[str, List[str]] = {
}
OUTCOMES: Dict[str, List[str]] = {
}


def _params(failing: Dict[str, List[str]], judged: bool = False) -> List[Any]:
    """Each place with each marker (`judged`: only the places whose outcome the README fixes)."""
    reasons = {name: f"attack 43: {family}" for family, names in failing.items() for name in names}
    return [pytest.param(place, marker, id=f"{place} / {marker}", marks=[
        pytest.mark.xfail(strict=True, reason=reasons[f"{place} / {marker}"])]
        if f"{place} / {marker}" in reasons else [])
        for place in PLACES for marker in MARKERS if not judged or PLACES[place][3] is not None]


def _run_place(place: str, marker: str) -> Tuple[str, Explanation, str]:
    kind, overrides, settings, _ = PLACES[place]
    value = MARKERS[marker]
    return run(kind, filled(overrides, value), list(filled(settings, value).items()))


@pytest.mark.parametrize(("place", "marker"), _params(ECHOES))
def test_no_err_nor_explain_line_echoes_the_marker(place: str, marker: str) -> None:
    error, explanation, _ = _run_place(place, marker)
    assert [(line, echoes(line)) for line in [error, *explain_lines(explanation)] if echoes(line)] == []


@pytest.mark.parametrize(("place", "marker"), _params(UNNAMED))
def test_every_explain_line_names_its_field(place: str, marker: str) -> None:
    _, explanation, _ = _run_place(place, marker)
    assert [line for line in explanation.left_out if not line[0].strip() or not line[1].strip()] == []


@pytest.mark.parametrize(("place", "marker"), _params(OUTCOMES, judged=True))
def test_a_bad_value_is_an_err_or_a_reason_naming_its_field(place: str, marker: str) -> None:
    expected = PLACES[place][3]
    assert expected is not None
    error, explanation, _ = _run_place(place, marker)
    what, word = expected
    if what == "err":
        assert word in error
        assert explanation.rejected == error
    else:
        assert error == ""
        assert [line for line in explanation.left_out if word in line[0] + line[1]] != []


# ---- numbers -------------------------------------------------------------------------------------------------------

def _custom(kind: str, overrides: Dict[str, Any]) -> Tuple[str, Dict[str, Any], str]:
    """(the Err or "", custom_data, the body)."""
    error, _, body = run(kind, overrides)
    return error, (json.loads(body)["data"][0].get("custom_data", {}) if body else {}), body


# A `value` the README refuses: non-numeric, negative, not finite, below a float's range, 12 digits or more.
VALUES_REFUSED = {
    "NaN": "NaN", "inf": "inf", "-inf": "-inf", "Infinity": "Infinity", "1e309": "1e309",
    "huge exponent": "1e999999999", "negative": "-10", "tiny negative": "-1e-9", "hex": "0x10",
    "underscores": "1_000", "Arabic-Indic digits": "١٢٣",
    "full-width digits": "１２３", "decimal comma": "1,5", "thousands and comma": "1.000,50",
    "thousands separators": "1,000.50", "400 digits": "9" * 400, "5000 digits": "9" * 5000, "1e-400": "1e-400",
    "400 zeros then e-400": "1" + "0" * 400 + "e-400", "12 digits": "123456789012", "float beyond 64 bits":
        "1.2345678901234568e22", "a mailbox": MAIL, "a phone": PHONE,
}


@pytest.mark.parametrize("field", ["value", "revenue", "total"])
@pytest.mark.parametrize("number", list(VALUES_REFUSED.values()), ids=list(VALUES_REFUSED))
def test_a_purchase_value_the_readme_refuses_is_an_err_naming_it(field: str, number: str) -> None:
    error, _, _ = _custom("track", {"name": "Order Completed", "properties": {field: number, "currency": "EUR"}})
    assert error.startswith(f"property {field} must be")
    assert echoes(error) == []


# A `value` that is a number of 0 or more goes out as that number, without a sign.
VALUES_SENT = {"-0": ("-0", 0), "-0.0 (the proxy's -0)": ("-0.0", 0), "1e2": ("1e2", 100), "100.0": ("100.0", 100),
               "1.5e-5 as the proxy writes it": ("0.000015", 0.000015), "11 digits": ("99999999999", 99999999999)}


@pytest.mark.parametrize(("number", "sent"), list(VALUES_SENT.values()), ids=list(VALUES_SENT))
def test_a_purchase_value_of_0_or_more_goes_out_as_that_number(number: str, sent: float) -> None:
    error, custom, body = _custom("track", {"name": "Order Completed", "properties": {"value": number,
                                                                                    "currency": "EUR"}})
    assert (error, custom["value"]) == ("", sent)
    assert '"value": -' not in body and '"value":-' not in body


WHERE = ["contents text", "contents number", "product list"]


def _json_number(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


# A product's quantity the README refuses ("a whole number from 1 to 1,000,000 as written").
QUANTITIES_REFUSED = {
    "999999.99999999999": "999999.99999999999", "1e308": "1e308", "1.5": "1.5", "0": "0", "-1": "-1", "-0": "-0",
    "1000001": "1000001", "NaN": "NaN", "inf": "inf", "Arabic-Indic one": "١", "full-width two": "２",
    "underscores": "1_0", "hex": "0x2", "decimal comma": "2,0", "400 digits": "9" * 400, "-0.5": "-0.5",
    "2.0000000000000001 (a float's 2.0)": "2.0000000000000001", "1000000.0000000001": "1000000.0000000001",
    "0.99999999999999999 (a float's 1.0)": "0.99999999999999999", "15e-1": "15e-1",
    "1 and 26 decimals": "1.00000000000000000000000001",
}
QUANTITIES_WHOLE = {"1.5e1": 15, "10e-1": 1, "2.0": 2, "1e6": 1_000_000, "1000000": 1_000_000, "02": 2}


@pytest.mark.parametrize(("quantity", "whole"), list(QUANTITIES_WHOLE.items()), ids=list(QUANTITIES_WHOLE))
def test_a_quantity_whole_as_written_counts(quantity: str, whole: int) -> None:
    contents = json.dumps([{"id": "A", "item_price": 2, "quantity": quantity}])
    _, custom, _ = _custom("track", {"name": "Order Completed", "properties": {"currency": "EUR",
                                                                               "contents": contents}})
    assert (custom["num_items"], custom["value"]) == (whole, 2 * whole)


@pytest.mark.parametrize(("where", "quantity"), [
    pytest.param(where, number, id=f"{name} in {where}") for name, number in QUANTITIES_REFUSED.items()
    for where in WHERE if where != "contents number" or _json_number(number)])
def test_a_purchase_whose_quantity_is_refused_is_an_err_naming_the_product_and_field(where: str, quantity: str) -> None:
    overrides = _order_with("quantity", quantity, where)
    assert overrides is not None
    error, _, _ = _custom("track", overrides)
    assert error.startswith("a Purchase's value cannot be computed from its products: product 2: quantity must be")


def _order_with(field: str, number: str, where: str, name: str = "Order Completed") -> Optional[Dict[str, Any]]:
    """An order of two products in `where`, the second's `field` (quantity or item_price) `number`."""
    first = {"id": "A", "item_price": 1}
    if where == "product list":
        products = [{"product_id": "A", "price": "1"}, {"product_id": "B", "price": "2", "quantity": "1",
                                                        {"item_price": "price"}.get(field, field): number}]
        return {"name": name, "properties": {"currency": "EUR"}, "products": products}
    if where == "contents text":
        second: Dict[str, Any] = {"id": "B", "item_price": 2, "quantity": 1, field: number}
        return {"name": name, "properties": {"currency": "EUR", "contents": json.dumps([first, second])}}
    try:
        json.loads(number)
    except ValueError:
        return None
    text = json.dumps([first, {"id": "B", "item_price": 2, "quantity": 1, field: 0}])
    text = text.replace(f'"{field}": 0', f'"{field}": {number}')
    return {"name": name, "properties": {"currency": "EUR", "contents": text}}


PRICES_REFUSED = {
    "-3": "-3", "NaN": "NaN", "inf": "inf", "-Infinity": "-Infinity", "1e309": "1e309", "1e400": "1e400",
    "decimal comma": "1,5", "hex": "0x10", "400 digits": "9" * 400, "Arabic-Indic digits": "١٢",
    "full-width digits": "１２", "12 digits": "123456789012", "a mailbox": MAIL,
}
PRICE_PARAMS = [pytest.param(where, number, id=f"{name} in {where}") for name, number in PRICES_REFUSED.items()
                for where in WHERE if where != "contents number" or _json_number(number)]


@pytest.mark.parametrize(("where", "price"), PRICE_PARAMS)
def test_a_purchase_whose_price_is_refused_is_an_err_naming_the_product_and_field(where: str, price: str) -> None:
    overrides = _order_with("item_price", price, where)
    assert overrides is not None
    error, _, _ = _custom("track", overrides)
    assert error.startswith("a Purchase's value cannot be computed from its products: product 2: ")
    assert "price must be" in error
    assert echoes(error) == []


@pytest.mark.parametrize(("where", "price"), PRICE_PARAMS)
def test_another_event_with_a_refused_price_goes_out_without_value_and_with_the_reason(where: str, price: str) -> None:
    overrides = _order_with("item_price", price, where, name="Product Added")
    assert overrides is not None
    error, explanation, body = run("track", overrides)
    custom = json.loads(body)["data"][0]["custom_data"]
    assert (error, "value" in custom, [item["id"] for item in custom["contents"]]) == ("", False, ["A"])
    assert [reason for name, reason in explanation.left_out if "product 2" in reason and "price" in reason] != []


@pytest.mark.parametrize("second", [
    pytest.param({"item_price": 3}, id="no id"), pytest.param({"id": MAIL, "item_price": 3}, id="a mailbox for its id"),
    pytest.param({"id": "", "item_price": 3}, id="an empty id"),
    pytest.param({"id": "null", "item_price": 3}, id="a null id"),
    pytest.param({"id": PHONE, "item_price": 3}, id="a phone for its id")])
def test_a_priced_product_without_a_usable_id_makes_a_purchase_an_err_not_the_others_sum(second: Dict[str, Any]
                                                                                         ) -> None:
    contents = json.dumps([{"id": "A", "item_price": 2}, second])
    error, _, _ = _custom("track", {"name": "Order Completed", "properties": {"currency": "EUR", "contents": contents}})
    assert error == ("a Purchase's value cannot be computed from its products: product 2: a priced product without a "
                     "usable id (product_id, sku or id)")


def test_a_declared_value_wins_over_the_products_sum_exactly() -> None:
    contents = json.dumps([{"id": "A", "item_price": 2, "quantity": 3}, {"id": "B", "item_price": 5}])
    error, custom, _ = _custom("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "value": "500", "contents": contents}})
    assert (error, custom["value"], custom["num_items"]) == ("", 500, 4)


def test_a_declared_value_with_a_refused_product_goes_out_with_the_reason() -> None:
    contents = json.dumps([{"id": "A", "item_price": 2}, {"item_price": 3}])
    error, explanation, body = run("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "value": "5", "contents": contents}})
    custom = json.loads(body)["data"][0]["custom_data"]
    assert (error, custom["value"], custom["content_ids"]) == ("", 5, ["A"])
    assert ("contents", "product 2 left out: a priced product without a usable id (product_id, sku or id)") in (
        explanation.left_out)


def test_value_wins_over_revenue_and_a_refused_value_is_not_replaced_by_revenue() -> None:
    assert _custom("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "value": "10", "revenue": "20"}})[1]["value"] == 10
    assert _custom("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "value": "NaN", "revenue": "20"}})[0].startswith("property value must be")


LTV_REFUSED = {"NaN": "NaN", "-5": "-5", "1e309": "1e309", "text": "abc", "decimal comma": "1,5",
               "12 digits": "123456789012", "a mailbox": MAIL, "hex": "0x10", "full-width": "１２"}


@pytest.mark.parametrize("ltv", list(LTV_REFUSED.values()), ids=list(LTV_REFUSED))
def test_an_unusable_predicted_ltv_is_left_out_with_its_reason(ltv: str) -> None:
    error, explanation, body = run("track", _purchase(predicted_ltv=ltv))
    assert (error, "predicted_ltv" in json.loads(body)["data"][0]["custom_data"]) == ("", False)
    assert [name for name, reason in explanation.left_out if name == "predicted_ltv" and reason] == ["predicted_ltv"]


@pytest.mark.parametrize("field", ["predicted_ltv", "item_price"])
def test_a_negative_zero_goes_out_as_0_in_every_number_field(field: str) -> None:
    properties = ({"predicted_ltv": "-0.0"} if field == "predicted_ltv"
                  else {"contents": '[{"id": "A", "item_price": -0.0}]'})
    _, _, body = run("track", _purchase(**properties))
    assert re.findall(r'":\s*-0', body) == []


# ---- budget ----------------------------------------------------------------------------------------------------------

def _err(overrides: Dict[str, Any], kind: str = "track") -> str:
    return run(kind, overrides)[0]


def test_properties_at_the_limit_pass_and_one_more_is_an_err_naming_the_list() -> None:
    at = {f"k{index}": "x" for index in range(MAX_PROPERTIES)}
    over = {**at, "one_more": "x"}
    assert _err({"properties": at}) == ""
    assert _err({"properties": over}) == "properties has more than 256 properties: the event is not sent"


def test_a_key_at_the_limit_passes_and_one_more_character_is_an_err_not_naming_it() -> None:
    assert _err({"properties": {"k" * MAX_KEY: "x"}}) == ""
    assert _err({"properties": {"k" * (MAX_KEY + 1): "x"}}) == (
        "a key of properties is 257 characters long, more than the 256 allowed: the event is not sent")


def test_a_value_at_the_limit_passes_and_one_more_character_is_an_err_naming_the_field() -> None:
    assert _err({"properties": {"email": "x" * MAX_VALUE}}) == ""
    assert _err({"properties": {"email": "x" * (MAX_VALUE + 1)}}) == (
        "properties 'email' is 65537 characters long, more than the 65536 allowed: the event is not sent")


def test_the_event_over_its_limit_is_an_err() -> None:
    values = {f"note{index}": "x" * (MAX_EVENT // 4) for index in range(4)}
    assert _err({"properties": dict(list(values.items())[:3])}) == ""
    assert "262144" in _err({"properties": values})


@pytest.mark.parametrize(("ids", "error"), [
    (",".join(f"S{index}" for index in range(MAX_PRODUCTS)), ""),
    (",".join(f"S{index}" for index in range(MAX_PRODUCTS + 1)),
     "property content_ids lists more than 200 products: the event is not sent"),
    ("," * 60_000, "property content_ids lists more than 200 products: the event is not sent"),
    ("," * 100_000, "properties 'content_ids' is 100000 characters long, more than the 65536 allowed: the event is not "
                    "sent"),
], ids=["200 ids", "201 ids", "60,000 commas", "10^5 commas"])
def test_content_ids_are_split_at_most_200_times(ids: str, error: str) -> None:
    assert _err(_purchase(content_ids=ids)) == error


def test_200_products_pass_and_201_are_an_err() -> None:
    products = [{"product_id": f"S{index}", "price": "1"} for index in range(MAX_PRODUCTS + 1)]
    assert _err({"name": "Order Completed", "properties": {"currency": "EUR"}, "products": products[:-1]}) == ""
    assert "200" in _err({"name": "Order Completed", "properties": {"currency": "EUR"}, "products": products})


NESTED = {"brackets": "[" * 60_000, "objects": '{"a":' * 12_000, "closing brackets": "]" * 60_000,
          "brackets and quotes": '["' * 30_000}


@pytest.mark.parametrize("text", list(NESTED.values()), ids=list(NESTED))
@pytest.mark.parametrize("where", ["note", "contents", "content_ids", "meta_event_mapping"])
def test_deep_looking_text_is_bounded_everywhere(text: str, where: str) -> None:
    if where == "meta_event_mapping":
        error, explanation, _ = run("track", {"properties": PURCHASE}, [(where, text)])
        assert error.startswith("meta_event_mapping must be a JSON object")
        return
    error, explanation, _ = run("track", _purchase(**{where: text}))
    if where == "note":
        assert error == ""
    elif where == "contents":
        assert error.startswith("property contents must be a JSON array of objects")
    assert explanation.rejected == error


# Events within the budget that the README says never reach the request's maximum ("under the allowance below, no
# event within the budget reaches it"): built, and at most MAX_REQUEST bytes.
def _titled(title: Sequence[str]) -> Dict[str, Any]:
    products = [{"product_id": f"SKU-{index}", "name": title[index % len(title)], "price": "1"}
                for index in range(MAX_PRODUCTS)]
    return {"name": "Order Completed", "properties": PURCHASE, "products": products}


WITHIN_BUDGET: Dict[str, Dict[str, Any]] = {
    "one title of emoji repeated over 200 products": _titled(["\U0001f381" * 1250]),
    "one accented title repeated over 200 products": _titled(["\u00e9t\u00e9 " * 300]),
    "one title of control characters repeated": _titled(["\u0001" * 1250]),
    "one ASCII title repeated": _titled(["Hat " * 312]),
    "200 different ASCII titles": _titled([f"Hat {index} " * 150 for index in range(MAX_PRODUCTS)]),
    "256 properties of 1,000 accented characters": {"properties": {f"k{index}": "\u00e9" * 1000
                                                                   for index in range(MAX_PROPERTIES)}},
    "200 ids of 160 emoji (within the allowance)": {"name": "Order Completed", "properties": PURCHASE, "products": [
        {"product_id": f"{index}" + "\U0001f381" * 160, "price": "1"} for index in range(MAX_PRODUCTS)]},
    "200 ids of 160 CJK characters": {"name": "Order Completed", "properties": PURCHASE, "products": [
        {"product_id": f"{index}" + "\u65e5" * 160, "price": "1"} for index in range(MAX_PRODUCTS)]},
    "256 properties of 120 emoji": {"properties": {f"k{index}": "\U0001f381" * 120 for index in range(MAX_PROPERTIES)}},
    "brands and categories repeated": {"name": "Order Completed", "properties": PURCHASE, "products": [
        {"product_id": f"SKU-{index}", "brand": "\u00df" * 600, "category": "\u00e6" * 600, "price": "1"}
        for index in range(MAX_PRODUCTS)]},
}


@pytest.mark.parametrize("overrides", list(WITHIN_BUDGET.values()), ids=list(WITHIN_BUDGET))
def test_an_event_within_the_budget_makes_a_request_within_the_documented_maximum(overrides: Dict[str, Any]) -> None:
    error, _, body = run("track", overrides)
    assert (error, len(body.encode()) <= MAX_REQUEST) == ("", True)


# ---- a key twice -----------------------------------------------------------------------------------------------------
# The WIT's properties are a list of pairs, so a host can hand over a key twice (the proxy's JSON object cannot). The
# README says whatever is left out is named with its reason, and that a negative value is an Err: a value given twice
# must not be replaced silently.
@pytest.mark.parametrize("first", ["-5", "10", MAIL], ids=["negative", "another number", "a mailbox"])
def test_a_value_given_twice_is_an_err_or_a_reason_naming_value(first: str) -> None:
    event = make_event("track", name="Order Completed")
    event.data.properties = [("value", first), ("value", "20"), ("currency", "EUR")]
    explanation = explain("track", event, ATTACK_SETTINGS, now=NOW)
    named = [name for name, _ in explanation.left_out if name == "value"]
    assert "value" in explanation.rejected or named == ["value"]


# ---- a computed value --------------------------------------------------------------------------------------------
# The README's rule for an amount's leaf ("an amount, `value`, `item_price` or `predicted_ltv`, of 12 digits or more
# ... is refused as an invalid one is: an Err") holds for a given `value` (test above); a value computed from prices
# of 11 digits reaches 12 and goes out.
COMPUTED_ORDERS: Dict[str, Dict[str, Any]] = {
    "11 digits times 2 in contents": {"contents": json.dumps([{"id": "A", "item_price": 99999999999, "quantity": 2}])},
    "11 digits times 10^6 in contents": {"contents": json.dumps([
        {"id": "A", "item_price": 99999999999, "quantity": 1000000}])},
    "two products of 11 digits": {"contents": json.dumps([{"id": "A", "item_price": 60000000000},
                                                          {"id": "B", "item_price": 60000000000}])},
    "cents times 20": {"contents": json.dumps([{"id": "A", "item_price": 9999999999.99, "quantity": 20}])},
}


@pytest.mark.parametrize("properties", list(COMPUTED_ORDERS.values()), ids=list(COMPUTED_ORDERS))
def test_a_computed_value_of_12_digits_is_an_err_as_a_given_one_is(properties: Dict[str, str]) -> None:
    error, _, _ = run("track", {"name": "Order Completed", "properties": {"currency": "EUR", **properties}})
    assert "value" in error and "12 digits" in error


def test_a_given_value_of_12_digits_is_an_err() -> None:
    error, _, _ = run("track", _purchase(value="199999999998"))
    assert error.startswith("property value must be below 100,000,000,000")


@pytest.mark.parametrize(("price", "quantity"), [
    ("0.000000000000000000001", 1), ("0.0000000000000004", 2), ("0.0000003", 1), ("0.1", 3)],
    ids=["1e-21", "4e-16 times 2", "3e-7", "0.1 times 3"])
def test_a_computed_value_is_the_sum_of_its_prices_never_0_from_positive_prices(price: str, quantity: int) -> None:
    contents = json.dumps([{"id": "A", "item_price": price, "quantity": quantity}])
    _, custom, _ = _custom("track", {"name": "Order Completed", "properties": {"currency": "EUR",
                                                                               "contents": contents}})
    assert custom["value"] == pytest.approx(float(price) * quantity, rel=1e-9)
    assert custom["value"] > 0


# ---- each field the budget names -----------------------------------------------------------------------------------
TOO_LONG = "v" * (MAX_VALUE + 1)
_NOT_SENT = "65537 characters long, more than the 65536 allowed: the event is not sent"
BUDGET_NAMES: Dict[str, Tuple[str, Dict[str, Any], str]] = {
    "a product's custom property": ("track", {"products": [{"product_id": "A"}] * 3 + [
        {"product_id": "B", "zq": TOO_LONG}]}, f"property 2 of product 4 is {_NOT_SENT}"),
    "a product's price": ("track", {"products": [{"product_id": "A", "price": TOO_LONG}]},
                          f"product 1 'price' is {_NOT_SENT}"),
    "a product's key": ("track", {"products": [{"product_id": "A", "k" * (MAX_KEY + 1): "x"}]},
                        "a key of product 1 is 257 characters long, more than the 256 allowed: the event is not sent"),
    "a product's properties": ("track", {"products": [{f"k{index}": "x" for index in range(MAX_PROPERTIES + 1)}]},
                               "product 1 has more than 256 properties: the event is not sent"),
    "a visitor's key": ("track", {"visitor": {"k" * (MAX_KEY + 1): "x"}}, "a key of context.user.properties is 257 "
                        "characters long, more than the 256 allowed: the event is not sent"),
    "a visitor's custom property": ("track", {"visitor": {"zq": TOO_LONG}},
                                    f"property 1 of context.user.properties is {_NOT_SENT}"),
    "the visitor's properties": ("track", {"visitor": {f"k{index}": "x" for index in range(MAX_PROPERTIES + 1)}},
                                 "context.user.properties has more than 256 properties: the event is not sent"),
    "the track name": ("track", {"name": TOO_LONG}, f"the track name is {_NOT_SENT}"),
    "the uuid": ("track", {"uuid": TOO_LONG}, f"uuid is {_NOT_SENT}"),
    "the user_id": ("track", {"user_id": TOO_LONG}, f"context.user.user_id is {_NOT_SENT}"),
    "the referrer": ("track", {"referrer": TOO_LONG}, f"context.page.referrer is {_NOT_SENT}"),
    "the client ip": ("track", {"ip": TOO_LONG}, f"context.client.ip is {_NOT_SENT}"),
    "a user call's property": ("user", {"user_properties": {"zq": TOO_LONG}},
                               f"property 1 of properties is {_NOT_SENT}"),
    "a page's title": ("page", {"title": TOO_LONG}, f"page.title is {_NOT_SENT}"),
}


@pytest.mark.parametrize(("kind", "overrides", "error"), list(BUDGET_NAMES.values()), ids=list(BUDGET_NAMES))
def test_the_budget_names_each_field_by_its_place_or_vocabulary_key(kind: str, overrides: Dict[str, Any],
                                                                    error: str) -> None:
    base = {"name": "Order Completed", "properties": PURCHASE} if kind == "track" else {}
    assert run(kind, {**base, **overrides})[0] == error


# ---- the deduplication line of a refused event ---------------------------------------------------------------------
# `--explain` prints, for each event, "deduplication: event_id <id> (<source>)" and the Pixel call with that id: a
# line naming a source must name its id.
REFUSED: Dict[str, Dict[str, Any]] = {
    "a bad value": {"name": "Order Completed", "properties": {"value": "x", "currency": "EUR"}},
    "a bad value with an event_id": {"name": "Order Completed", "properties": {
        "value": "x", "currency": "EUR", "event_id": "E-1"}},
    "no currency": {"name": "Order Completed", "properties": {"value": "1"}},
    "a bad opt_out": {"properties": {"opt_out": "x"}},
    "a name holding a mailbox": {"name": MAIL},
    "a key over the budget": {"properties": {"k" * (MAX_KEY + 1): "x"}},
}


@pytest.mark.parametrize("overrides", list(REFUSED.values()), ids=list(REFUSED))
def test_a_refused_events_deduplication_line_names_an_id_with_its_source(overrides: Dict[str, Any]) -> None:
    error, explanation, _ = run("track", overrides)
    assert error != ""
    assert explanation.event_id_source == "" or explanation.event_id != ""


# ---- what is wrong, said right ------------------------------------------------------------------------------------
def test_a_subscription_id_holding_a_phone_is_left_out_for_what_it_holds() -> None:
    _, explanation, _ = run("track", _purchase(subscription_id=PHONE))
    reasons = [reason for name, reason in explanation.left_out if name == "subscription_id"]
    assert reasons != [] and [reason for reason in reasons if "email" in reason or "256" in reason] == []


# ---- a setting's value quoted only when short and plain --------------------------------------------------------------
# "it quotes the bad value only when the value is short and plain ... (at most 8 ASCII letters, digits, `.`, `_` or
# `-`, at most 6 of them digits ...), and otherwise gives its length"
SETTING_VALUES = {"Qorvath4": True, "q.o_r-v": True, "ab123456": True, "900431": True, "Qorvath43": False,
                  "Q1234567": False, "7700900": False, "Qörvath": False, "a@b.c": False, "Qorv ath": False}


@pytest.mark.parametrize("setting", ["meta_ldu_state", "meta_api_version", "meta_action_source", "meta_ldu"])
@pytest.mark.parametrize(("value", "quoted"), list(SETTING_VALUES.items()), ids=list(SETTING_VALUES))
def test_a_settings_err_quotes_only_a_short_plain_value(setting: str, value: str, quoted: bool) -> None:
    error = run("track", {}, [(setting, value)])[0]
    assert error.startswith(f"{setting} must ")
    assert error.lower().endswith(f"got '{value.lower()}'" if quoted else f"got text of {len(value)} characters")
