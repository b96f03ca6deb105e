"""Closer 72: attack 44's "ident" leaks and their natural variants both ways. The visitor's own identifiers (the
event's user, anonymous and Edgee ids, and the raw values the identity step hashes) leave in no field but hashed in
`user_data`, by construction (own_values.py builds them once per event, the detector leaves out any text holding one
as a token); a value under the floor goes out where it is ordinary. A customer's, a client's or a member's own number
after its label, in a URL path after a customer's word and under a customer number's key is personal; an article's,
an order's or an invoice's is not."""

from __future__ import annotations

import json
from typing import Any, Dict, Tuple

import pytest

from builders import NOW, make_event
from meta_capi import build_request, detector
from meta_capi.diagnostics import explain
from meta_capi.errors import MetaCapiError
from meta_capi.own_values import needles
from meta_capi.privacy import clean_url
from privacy_attack_cases_2 import ATTACK_SETTINGS

UID = "kelvorandt_8841"
ANON = "3b9e7c1a-5d24-4f8e-a6b1-9c0d7e2f4a18"
IDS: Dict[str, Any] = {"user_id": UID, "anonymous_id": ANON}
SHOP = "https://laden.example.it"
UUID = "11111111-2222-3333-4444-555555555555"  # the builders' event uuid: the event_id when no property gives one
OWN_UID = "holds the visitor's own user id (user_id)"
OWN_ANON = "holds the visitor's own anonymous id (anonymous_id)"
VISITOR = {"email": "Tessa.Morvani@Example.NET", "phone": "+44 7700 900 431", "first_name": "Tessa",
           "last_name": "Morvani", "city": "Paris", "zip": "LS1 4AP", "date_of_birth": "1990-04-01", "state": "CA",
           "gender": "f"}


def run(kind: str = "track", **overrides: Any) -> Tuple[Any, list]:
    """(the server event without its user_data and time, or the Err's text; the reasons --explain gives) of an event
    with the visitor's ids UID and ANON unless `overrides` set others."""
    overrides = {**IDS, **overrides}
    left_out = explain(kind, make_event(kind, **overrides), ATTACK_SETTINGS, now=NOW).left_out
    try:
        body = build_request(kind, make_event(kind, **overrides), ATTACK_SETTINGS, now=NOW).body
    except MetaCapiError as error:
        return str(error), left_out
    server = json.loads(body)["data"][0]
    del server["user_data"], server["event_time"]
    return server, left_out


def custom(kind: str = "track", **overrides: Any) -> Dict[str, Any]:
    server, _ = run(kind, **overrides)
    assert isinstance(server, dict)
    result: Dict[str, Any] = server.get("custom_data", {})
    return result


# ---- the visitor's own ids, wherever they stand ----------------------------------------------------------------------

def test_the_user_id_under_a_neutral_key_is_left_out_and_explained_without_its_value() -> None:
    server, left_out = run(properties={"member": UID, "color": "red"})
    assert server == {"event_name": "Button Clicked", "event_id": UUID, "action_source": "website",
                      "event_source_url": "https://shop.example.com/product/42", "custom_data": {"color": "red"}}
    assert left_out == [("member", f"{OWN_UID}: left out")]


@pytest.mark.parametrize("text", [f"logged in as {UID}", f"User ID: {UID}", f"Login: {UID}", f"Username: {UID}",
                                  f"Dashboard - {UID.upper()}", f"({UID})", f"{UID}."])
def test_the_user_id_in_a_sentence_after_a_label_or_in_any_case_is_left_out(text: str) -> None:
    assert custom(properties={"note": text, "color": "red"}) == {"color": "red"}


def test_the_user_id_as_an_order_id_is_neither_the_event_id_nor_custom_data() -> None:
    server, left_out = run(name="Order Completed", properties={"order_id": UID, "value": "5", "currency": "EUR"})
    assert (server["event_id"], server["custom_data"]) == (UUID, {"value": 5, "currency": "EUR"})
    assert left_out == [("order_id", f"{OWN_UID}: not sent as event_id"), ("order_id", f"{OWN_UID}: left out")]


def test_the_user_id_in_the_event_name_is_an_err_as_other_personal_data_there() -> None:
    assert run(name=f"Viewed by {UID}")[0] == f"the track event's name {OWN_UID}: the event is not sent"


@pytest.mark.parametrize("path", [f"/users/{UID}/profile", "/users/kelvorandt%5F8841/profile",
                                  "/users/KELVORANDT_8841"])
def test_the_user_id_in_a_url_path_leaves_only_the_origin(path: str) -> None:
    assert run("page", url=SHOP + path)[0]["event_source_url"] == f"{SHOP}/"


def test_the_anonymous_id_in_a_query_and_a_fragment_is_removed_and_the_title_left_out() -> None:
    server, left_out = run("page", url=f"{SHOP}/p?ajs_aid={ANON}&utm_source=x#aid={ANON}", title=f"Visit {UID}")
    assert (server["event_source_url"], "custom_data" in server) == (f"{SHOP}/p?utm_source=x", False)
    assert ("page_title", f"{OWN_UID}: left out") in left_out


@pytest.mark.parametrize("properties", [{"sid": ANON}, {"note": ANON}, {"note": ANON.upper()},
                                        {"session": f"s:{ANON}"}])
def test_the_anonymous_id_alone_or_in_a_value_is_left_out(properties: Dict[str, str]) -> None:
    assert custom(properties={**properties, "color": "red"}) == {"color": "red"}


def test_the_anonymous_id_among_content_ids_leaves_its_product_out() -> None:
    assert custom(name="Product Added", properties={"content_ids": f"ART-44,{ANON}"}) == {
        "contents": [{"id": "ART-44", "quantity": 1}], "content_ids": ["ART-44"], "content_type": "product",
        "num_items": 1}


def test_a_key_holding_the_user_id_is_left_out() -> None:
    server, left_out = run(properties={UID: "yes", "color": "red"})
    assert (server["custom_data"], left_out) == (
        {"color": "red"}, [("a property whose key holds personal data", f"key {OWN_UID}: left out")])


def test_the_edgee_id_of_the_visitor_is_one_of_its_ids() -> None:
    edgee = "0f6b1a52-ffff-4f5a-9d8e-2b1f0c9a7e03"
    assert custom(edgee_id=edgee, properties={"ref": edgee, "color": "red"}) == {"color": "red"}


def test_a_user_call_s_own_ids_are_the_visitor_s() -> None:
    server, _ = run("user", user_id="new_user_77", anonymous_id="", url=f"{SHOP}/welcome/new_user_77")
    assert server["event_source_url"] == f"{SHOP}/"


# ---- the identity's raw values, as given and as normalized --------------------------------------------------------

@pytest.mark.parametrize("text", ["gift for tessa morvani", "tessamorvani", "447700900431", "ref 44 7700 900 431",
                                  "ls14ap", "LS1 4AP", "19900401", "born 1990-04-01"])
def test_the_visitor_s_identity_values_are_left_out_where_no_other_rule_reads_them(text: str) -> None:
    assert custom(visitor=VISITOR, properties={"note": text, "color": "red"}) == {"color": "red"}


def test_the_needles_of_a_visitor_are_its_ids_and_identity_values_by_their_skeletons() -> None:
    event = make_event(visitor=VISITOR, **IDS)
    found = {letters: reason for letters, reason, _ in needles("track", event)}
    values = {
        "kelvorandt8841": OWN_UID, ANON.replace("-", ""): OWN_ANON,
        "tessamorvaniexamplenet": "holds the visitor's own email address (email)",
        "447700900431": "holds the visitor's own phone number (phone)",
        "tessamorvani": "holds the visitor's own name (first_name and last_name)",
        "ls14ap": "holds the visitor's own post code (zip)",
        "19900401": "holds the visitor's own date of birth (date_of_birth)"}
    assert {letters: found.get(letters) for letters in values} == values


# ---- the floor: what is too short or too common to judge this way -------------------------------------------------

@pytest.mark.parametrize(("ids", "visitor"), [
    ({"user_id": "42", "anonymous_id": "", "edgee_id": "e-1"}, {}),
    ({"user_id": "admin", "anonymous_id": "anonymous", "edgee_id": "undefined"}, {}),
    ({"user_id": "", "anonymous_id": ""}, {"city": "Paris", "zip": "75001", "first_name": "Marie", "state": "CA",
                                          "country": "FR", "gender": "f"}),
    ({"user_id": "", "anonymous_id": ""}, {"email": "not-an-email", "phone": "112", "last_name": "Dior"}),
])
def test_an_event_with_no_value_past_the_floor_has_no_needle(ids: Dict[str, Any], visitor: Dict[str, str]) -> None:
    assert needles("track", make_event(visitor=visitor, **ids)) == ()


@pytest.mark.parametrize(("ids", "visitor", "properties"), [
    ({"user_id": "42"}, {}, {"size": "EU 42", "note": "Top 42 gifts"}),
    ({"user_id": "admin"}, {}, {"note": "admin panel"}),
    ({"anonymous_id": "anonymous"}, {}, {"note": "anonymous checkout"}),
    ({}, {"city": "Paris", "first_name": "Marie"}, {"product": "Paris perfume", "collection": "Marie scarf"}),
    ({}, {"first_name": "Marie", "last_name": "Morvani"}, {"collection": "Marie scarf"}),
    ({}, {"zip": "75001"}, {"note": "Lot 75001"}),
])
def test_a_value_under_the_floor_still_goes_out_where_it_is_ordinary(
        ids: Dict[str, str], visitor: Dict[str, str], properties: Dict[str, str]) -> None:
    assert custom(**{**{"user_id": "", "anonymous_id": ""}, **ids}, visitor=visitor, properties=properties) == (
        properties)


@pytest.mark.parametrize("text", ["kelvorandt", "kelvorandt_88412", "xkelvorandt_8841", "kelvorandt_884",
                                  "3b9e7c1a-5d24-4f8e-a6b1-9c0d7e2f4a19", "Lot 8841"])
def test_a_value_near_the_visitor_s_id_but_not_it_as_a_token_goes_out(text: str) -> None:
    assert custom(properties={"note": text}) == {"note": text}


def test_a_page_s_own_ids_go_out_beside_the_visitor_s() -> None:
    server, left_out = run("page", url=f"{SHOP}/ordine/ORD-44-0091/grazie?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRL",
                           title="Mon compte – Commandes")
    assert (server["event_source_url"], server["custom_data"], left_out) == (
        f"{SHOP}/ordine/ORD-44-0091/grazie?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRL",
        {"page_title": "Mon compte – Commandes"}, [])


def test_outside_an_event_no_value_is_the_visitor_s() -> None:
    assert (detector.reason(UID), detector.reason(ANON), detector.key_reason(UID)) == ("", "", "")


# ---- a customer's own number ----------------------------------------------------------------------------------------

CUSTOMER_NUMBERS = [
    "Customer no. KD-48120937", "N° client 48120937", "N° de client 48120937", "nº de cliente 48120937",
    "Kd.-Nr. 48120937", "Cust# 48120937", "Client ID: KD-48120937", "codice cliente 48120937",
    "Area clienti - codice cliente 48120937", "Kundenkonto KD-48120937", "Customer N° 48120937",
    "Member #48120937", "compte client 48120937", "cuenta de cliente 48120937", "Nr. Kunde 48120937",
    "Kundennummer: KD-48120937", "Customer number 48120937"]
NOT_A_CUSTOMER_S = [
    "Order no. KD-48120937", "Invoice no. KD-48120937", "Art.-Nr. 48120937", "SKU-48120937", "Order #48120937",
    "Order N° 48120937", "Customer no. required at checkout", "Kundennummer eingeben", "Member since 2012",
    "Kundenkonto anlegen", "Cust# 12", "Customer service 0800 (free)"]


@pytest.mark.parametrize("text", CUSTOMER_NUMBERS)
def test_a_customer_s_own_number_after_its_label_is_personal(text: str) -> None:
    assert detector.reason(text) == detector.LABELLED_NUMBER


@pytest.mark.parametrize("text", NOT_A_CUSTOMER_S)
def test_an_order_s_an_article_s_or_a_label_alone_is_not_a_customer_s_number(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("url", "cleaned"), [
    (f"{SHOP}/kunden/KD-48120937/rechnungen", f"{SHOP}/"),
    (f"{SHOP}/customers/48120937/orders", f"{SHOP}/"),
    (f"{SHOP}/konto?kdnr=KD-48120937&tab=2", f"{SHOP}/konto?tab=2"),
    (f"{SHOP}/products/48120937", f"{SHOP}/products/48120937"),
    (f"{SHOP}/kunden/login", f"{SHOP}/kunden/login"),
    (f"{SHOP}/customer/service/contact", f"{SHOP}/customer/service/contact"),
    (f"{SHOP}/ordine/ORD-48120937/grazie", f"{SHOP}/ordine/ORD-48120937/grazie"),
])
def test_a_customer_s_number_in_a_path_after_a_customer_s_word_or_under_its_key_is_removed(
        url: str, cleaned: str) -> None:
    assert clean_url(url) == cleaned


def test_a_customer_s_word_ending_a_camel_case_name_labels_no_number() -> None:
    assert detector.reason("Mobile/15E148 AlipayClient/10.5.86.6000".replace("/", "\n"), segments=True) == ""


def test_a_customer_s_number_in_a_page_title_is_left_out() -> None:
    server, left_out = run("page", url=f"{SHOP}/konto", title="Kundenkonto KD-48120937")
    assert ("custom_data" in server, left_out) == (
        False, [("page_title", f"{detector.LABELLED_NUMBER}: left out")])
