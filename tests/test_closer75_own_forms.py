"""Closer 75: attack 46's "own identity hashed or encoded" and "own identity respelt" leaks, and the initial with
the family name it did not claim, both ways. The visitor's own values are judged by their skeletons (letters and
digits, casefolded, standing where the text's tokens start and end), with the forms derived from them once per event
(own_values.py): an identifier's digests and base64, any value reversed, the mail's local part, the name family name
first, as a username and as an initial with the family name, the date of birth in the layouts dates are written.
Under the floor, or near a value but not it, a text goes out."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any, Dict, List, Tuple

import pytest

from builders import NOW, make_event
from meta_capi import build_request, detector
from meta_capi.diagnostics import explain
from meta_capi.own_values import INITIAL, ONE_TOKEN, SPREAD, USERNAME, needles, skeleton, visitor
from privacy_attack_cases_2 import ATTACK_SETTINGS

UID = "mbr_42QX7ZL3"
ANON = "A1C9E0F4-7B2D-4E61-9A3F-5C8D2B7E1F60"
MAIL = "Orla.Fennimore@Example.NET"
PHONE = "+33 6 12 34 56 78"
VISITOR = {"email": MAIL, "phone": PHONE, "first_name": "Orla", "last_name": "Fennimore", "city": "Lyon",
           "zip": "SW1A 2AA", "date_of_birth": "1979-11-08"}
IDS: Dict[str, Any] = {"user_id": UID, "anonymous_id": ANON, "visitor": VISITOR}


def own(what: str, field: str, how: str = "") -> str:
    return f"holds the visitor's own {what} ({field})" + (f", {how}" if how else "")


USER_ID, ANON_ID = own("user id", "user_id"), own("anonymous id", "anonymous_id")
EMAIL, PHONE_NUMBER = own("email address", "email"), own("phone number", "phone")
NAME, BIRTH = own("name", "first_name and last_name"), own("date of birth", "date_of_birth")


def digest(name: str, text: str) -> str:
    return hashlib.new(name, text.encode()).hexdigest()


def left_out(text: str, **overrides: Any) -> Tuple[Dict[str, Any], List[Tuple[str, str]]]:
    """(custom_data, --explain's reasons) of a track event whose property `note` is `text`, beside `color`."""
    event = dict(IDS, **overrides)
    properties = {"note": text, "color": "red"}
    reasons = explain("track", make_event("track", properties=properties, **event), ATTACK_SETTINGS,
                      now=NOW).left_out
    body = json.loads(build_request("track", make_event("track", properties=properties, **event), ATTACK_SETTINGS,
                                    now=NOW).body)
    return body["data"][0].get("custom_data", {}), reasons


# ---- the forms of each value, left out with the reason naming the kind and the field ---------------------------

HELD = [
    # an id respelt: spaced, marked otherwise, without its marks, in capitals, reversed
    ("MBR 42QX 7ZL3", USER_ID), ("mbr-42qx-7zl3", USER_ID), ("mbr42qx7zl3", USER_ID),
    ("see /u/Mbr.42qx.7zl3/orders", USER_ID), ("3LZ7XQ24_rbm", own("user id", "user_id", "reversed")),
    ("a1c9e0f47b2d4e619a3f5c8d2b7e1f60", ANON_ID), ("session A1C9 E0F4 7B2D 4E61 9A3F 5C8D 2B7E 1F60", ANON_ID),
    # an identifier's digests (as given; hex in any case) and base64 (padded or not, base64url)
    (digest("md5", UID), own("user id", "user_id", "hashed (MD5)")),
    (digest("md5", UID).upper(), own("user id", "user_id", "hashed (MD5)")),
    (f"trace={digest('sha1', UID)}", own("user id", "user_id", "hashed (SHA-1)")),
    (digest("sha256", UID), own("user id", "user_id", "hashed (SHA-256)")),
    (base64.urlsafe_b64encode(UID.encode()).decode().rstrip("="), own("user id", "user_id", "base64-encoded")),
    (digest("md5", ANON), own("anonymous id", "anonymous_id", "hashed (MD5)")),
    (digest("md5", MAIL.lower()), own("email address", "email", "hashed (MD5)")),
    (digest("md5", MAIL), own("email address", "email", "hashed (MD5)")),
    (f"gravatar/{digest('sha1', MAIL.lower())}.png", own("email address", "email", "hashed (SHA-1)")),
    (digest("sha256", "+33612345678"), own("phone number", "phone", "hashed (SHA-256)")),
    (digest("md5", "33612345678"), own("phone number", "phone", "hashed (MD5)")),
    # the name: as one word, a slug, family name first, as a username, an initial with the family name, reversed
    ("OrlaFennimore", NAME), ("orla_fennimore", NAME), ("orla-fennimore-1979", NAME), ("orlafennimore2024", NAME),
    # (closer 235: a CRM's `Fennimore, Orla` and `FENNIMORE Orla` are a person's name by rule now, whoever's: the
    # visitor's own order is asserted on a form no rule reads, `Fennimore Orla`)
    ("Fennimore Orla", own("name", "first_name and last_name", "family name first")),
    ("ofennimore", own("name", "first_name and last_name", "initial and family name")),
    ("ofennimore79", own("name", "first_name and last_name", "initial and family name")),
    ("O. Fennimore", own("name", "first_name and last_name", "initial and family name")),
    ("o.fennimore@work", own("name", "first_name and last_name", "initial and family name")),
    ("Orla Fennimore"[::-1], own("name", "first_name and last_name", "reversed")),
    # the post code respelt
    ("sw1a2aa", own("post code", "zip")), ("SW1A-2AA", own("post code", "zip")),
    # the date of birth in the layouts dates are written
    ("08/11/1979", BIRTH), ("11/08/1979", BIRTH), ("8.11.1979", BIRTH), ("11/8/1979", BIRTH), ("08.11.79", BIRTH),
    ("791108", BIRTH), ("1979/11/08", BIRTH), ("1979 11 08", BIRTH), ("08-11-79", BIRTH),
]


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_a_form_of_the_visitor_s_own_value_is_left_out_naming_its_kind(text: str, reason: str) -> None:
    assert left_out(text) == ({"color": "red"}, [("note", f"{reason}: left out")])


SHORT_LOCAL = "j.li@fennimore-example.net"  # (a local part under the floor: the address is judged whole only)


@pytest.mark.parametrize(("mail", "text", "reason"), [
    (MAIL, "orla fennimore", own("email address", "email", "its local part")),
    (MAIL, "Orla_Fennimore", own("email address", "email", "its local part")),
    (MAIL, "ORLA FENNIMORE EXAMPLE NET", own("email address", "email", "its local part")),
    (SHORT_LOCAL, "J LI FENNIMORE EXAMPLE NET", EMAIL),
    (SHORT_LOCAL, SHORT_LOCAL[::-1].replace("@", " "), own("email address", "email", "reversed"))])
def test_the_mail_respelt_and_its_local_part_are_the_visitor_s_when_no_name_is_known(
        mail: str, text: str, reason: str) -> None:
    assert left_out(text, visitor={"email": mail}) == ({"color": "red"}, [("note", f"{reason}: left out")])


def test_the_mail_s_local_part_is_the_visitor_s_when_no_name_is_known() -> None:
    # (its dotted form, `orla.fennimore`, is any person's first.last since closer 236, read before the visitor's own)
    assert left_out("orla.fennimore", visitor={"email": MAIL}) == (
        {"color": "red"}, [("note", "holds a person's name: left out")])
    assert left_out("orla_fennimore", visitor={"email": MAIL}) == (
        {"color": "red"}, [("note", f"{own('email address', 'email', 'its local part')}: left out")])


def test_a_key_holding_a_form_of_the_user_id_is_left_out() -> None:
    event = make_event("track", properties={"MBR-42QX-7ZL3": "1", "color": "red"}, **IDS)
    assert explain("track", event, ATTACK_SETTINGS, now=NOW).left_out == [
        ("a property whose key holds personal data", f"key {USER_ID}: left out")]


def test_the_event_name_holding_a_digest_of_the_user_id_is_an_err() -> None:
    event = make_event("track", name=digest("sha1", UID), **IDS)
    assert explain("track", event, ATTACK_SETTINGS, now=NOW).rejected == (
        f"the track event's name {own('user id', 'user_id', 'hashed (SHA-1)')}: the event is not sent")


def test_a_digest_of_the_mail_in_custom_data_is_left_out_while_user_data_keeps_meta_s_own() -> None:
    email_hash = digest("sha256", MAIL.lower())
    event = make_event("track", properties={"hashed_email": email_hash, "color": "red"}, **IDS)
    server = json.loads(build_request("track", event, ATTACK_SETTINGS, now=NOW).body)["data"][0]
    assert (server["user_data"]["em"], server["custom_data"]) == (email_hash, {"color": "red"})


# ---- what goes out: values alone that are not the visitor's, near neighbours, under the floor ---------------------

KEPT = [
    # a first or a last name alone; a name's initial before a blank (`A Baker's dozen`) is a word as often
    "Fennimore", "Orla", "Fennimore Cooper novels", "O Fennimore", "fennimore2", "orlaf",
    # near the id but not it as tokens
    "mbr_42QX7ZL34", "xmbr42qx7zl3", "mbr 42QX", "42QX7ZL3",
    # other dates, a month and a year, a year alone
    "08/11/1980", "11/1979", "1979 edition", "Size 8 11", "18.11.1979",
    # a digest and base64 of something else
    digest("md5", "mbr_42QX7ZL4"), base64.b64encode(b"mbr_42QX7ZL4").decode(),
    # a post code's neighbours
    "SW1A 2AB", "SW1A",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_text_near_the_visitor_s_values_but_none_of_their_forms_goes_out(text: str) -> None:
    assert left_out(text) == ({"note": text, "color": "red"}, [])


@pytest.mark.parametrize(("ids", "visitor", "text"), [
    # digits alone under 7 stand only as written, one token: `48120` the id, not the price `48 120`
    ({"user_id": "48120"}, {}, "48 120"), ({"user_id": "48120"}, {}, "48.120,00 EUR"),
    ({"user_id": "48120"}, {}, "Lot 481 20"),
    # a mailbox named for a role is nobody's own: its local part alone is not judged
    ({}, {"email": "customer.service@acme-industries.example"}, "Customer Service"),
    ({}, {"email": "purchasing2@acme-industries.example"}, "Purchasing guide"),
    ({}, {"email": "einkauf.buero@acme-industries.example"}, "Einkauf Buero"),
    # a local part under the floor (`j.li`), of one word shorter than eight letters (`fenmore`)
    ({}, {"email": "j.li@example.net"}, "J Li"), ({}, {"email": "fenmore@example.net"}, "fenmore"),
    # a family name under five letters has no initial form (`jlee` is too many people's)
    ({}, {"first_name": "Jin", "last_name": "Lee", "email": "x@example.net"}, "jlee"),
    # an initial alone before a blank is a word as often: `A Baker's dozen`
    ({}, {"first_name": "Alice", "last_name": "Baker", "email": "x@example.net"}, "A Baker's dozen"),
    # a date of birth's layouts count from six digits: `8/1/79` is too many other dates'
    ({}, {"date_of_birth": "1979-01-08", "email": "x@example.net"}, "8/1/79"),
])
def test_a_value_under_the_floor_or_too_common_in_this_form_goes_out(
        ids: Dict[str, str], visitor: Dict[str, str], text: str) -> None:
    assert left_out(text, **{"user_id": "", "anonymous_id": "", **ids}, visitor=visitor) == (
        {"note": text, "color": "red"}, [])


@pytest.mark.parametrize(("ids", "visitor", "text", "reason"), [
    ({"user_id": "48120"}, {}, "Lot 48120", USER_ID), ({"user_id": "48120"}, {}, "02184", own(
        "user id", "user_id", "reversed")),
    ({}, {"first_name": "Alice", "last_name": "Baker", "email": "x@example.net"}, "A. Baker",
     own("name", "first_name and last_name", "initial and family name")),
    ({}, {"date_of_birth": "1979-01-08", "email": "x@example.net"}, "8/1/1979", BIRTH),
])
def test_the_same_values_as_one_token_or_with_an_initial_s_mark_are_left_out(
        ids: Dict[str, str], visitor: Dict[str, str], text: str, reason: str) -> None:
    assert left_out(text, **{"user_id": "", "anonymous_id": "", **ids}, visitor=visitor) == (
        {"color": "red"}, [("note", f"{reason}: left out")])


# ---- the needles: built once per event, shortest first, no value in a reason ---------------------------------------

def test_the_needles_are_skeletons_shortest_first_with_their_shapes() -> None:
    found = needles("track", make_event("track", **IDS))
    assert [len(letters) for letters, _, _ in found] == sorted(len(letters) for letters, _, _ in found)
    shapes = {letters: shape for letters, _, shape in found}
    assert (shapes["mbr42qx7zl3"], shapes["orlafennimore"], shapes["fennimoreorla"], shapes["ofennimore"],
            shapes["081179"]) == (SPREAD, USERNAME, USERNAME, INITIAL, SPREAD)
    assert needles("track", make_event("track", user_id="48120", visitor={}))[0][2] == ONE_TOKEN


def test_no_reason_holds_a_value_or_a_form_of_one() -> None:
    found = needles("track", make_event("track", **IDS))
    words = {skeleton(word) for value in (UID, ANON, MAIL, PHONE, *VISITOR.values()) for word in value.split()}
    assert [reason for _, reason, _ in found if any(word in skeleton(reason) for word in words if len(word) > 3)] == []


def test_an_event_without_own_values_judges_nothing_this_way() -> None:
    assert (visitor("track", make_event("track", visitor={}, edgee_id="e-1")),
            needles("track", make_event("track", visitor={}, edgee_id="e-1"))) == (None, ())


def test_the_digests_are_taken_only_for_a_text_with_a_run_of_hex_as_long_as_an_md5_s() -> None:
    found = visitor("track", make_event("track", **IDS))
    assert found is not None
    assert (found.reason("Trail Runner 3 GTX - Stridewell Online Shop, winter sale"), found._digests) == ("", None)
    # (an event's uuid: 32 hex digits with its dashes between, as every page event judges one)
    assert (found.reason("9b2f61c4-7d3e-4a58-b1c9-e06f5d2a8b47"), found._digests) == ("", None)
    assert found.reason(f"ref {digest('sha256', UID)}") == own("user id", "user_id", "hashed (SHA-256)")
    assert found._digests is not None and len(found._digests) == 3 * 6  # (two ids, the mail twice, the phone twice)


def test_outside_an_event_no_form_is_the_visitor_s() -> None:
    assert (detector.reason(digest("md5", UID)), detector.reason("Fennimore Orla")) == ("", "")


@pytest.mark.parametrize(("text", "held"), [
    ("x" * 5000 + " mbr 42qx 7zl3", True), ("mbr42qx7zl3" * 400, False), ("m b r 4 2 q x 7 z l 3", True),
    ("0" * 5000 + " " + digest("md5", UID), True)])
def test_a_long_text_is_read_once(text: str, held: bool) -> None:
    found = visitor("track", make_event("track", **IDS))
    assert found is not None
    assert (found.reason(text) != "") is held


def test_a_digest_is_found_in_a_text_shorter_than_the_values_themselves() -> None:
    mail = "orla.fennimore.purchasing.department@fennimore-industries.example"
    found = visitor("track", make_event("track", user_id="", anonymous_id="", visitor={"email": mail}))
    assert found is not None and len(found.needles[0][0]) > 32
    assert found.reason(digest("md5", mail)) == own("email address", "email", "hashed (MD5)")
