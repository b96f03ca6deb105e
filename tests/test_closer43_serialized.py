"""Keys in serialized layouts and decoded tokens, and `content_ids` records, closed by closer 43 (attack 36), with
values nobody listed: PHP's serialize() and session format, arrows, a call's labelled arguments, pairs, a plist, an
LDAP filter, an HTML form's fields named by `id`, `autocomplete`, `placeholder`, `aria-label` or a `<label>`, a
token's base64, base64url or hex decoding to claims, a form body or a dict, and records in `content_ids`; and the
same shapes holding a shop's data, which go out. Each value is put in the leaves attack 36 maps (place)."""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, List

import pytest

from builders import NOW, make_event
from meta_capi.payload import build_request
from privacy_attack_cases_2 import ATTACK_SETTINGS, ordinary_goes_out, outcome
from privacy_attack_cases_36 import place

MARK = "Vexholmqa"  # a surname nobody has, in every personal value below

PLACES = ["custom property", "page title", "product name", "search string", "json property", "url path",
          "url fragment", "referrer query", "contents title", "order id"]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _token(claims: Dict[str, Any]) -> str:
    return ".".join([_b64url('{"alg":"ES256","typ":"JWT"}'), _b64url(json.dumps(claims)), "c2lnbmF0dXJlMDEyMzQ1"])


PERSONAL = [
    # PHP's serialize() and session format, with other keys and in an object
    f'a:2:{{s:3:"sku";s:4:"P-77";s:7:"nachname";s:9:"{MARK}";}}',
    f'O:5:"Buyer":1:{{s:11:"family_name";s:9:"{MARK}";}}',
    f'cart|s:4:"P-77";billing_surname|s:9:"{MARK}";',
    # arrows (Perl, Ruby, PHP arrays), a call's labelled arguments (Swift, Kotlin, C#)
    f"{{ 'billing_last_name' => '{MARK}' }}", f'array("apellido" => "{MARK}")',
    f'Buyer(givenName: "Ilse", familyName: "{MARK}")', f'Shipping(street: "4 {MARK} Lane", qty: 1)',
    # pairs: a two-item list or tuple, a key string first
    f'[["sku","P-77"],["surname","{MARK}"]]', f"[('ship_to_name', 'Ilse {MARK}')]",
    # a property list's key, an LDAP filter's surname and given name
    f"<plist><dict><key>familyName</key><string>{MARK}</string></dict></plist>",
    f"(|(givenName=Ilse)(sn={MARK}))",
    # an HTML field named by another attribute than `name`
    f'<input id="billing-last-name" value="{MARK}">', f'<input autocomplete="shipping family-name" value="{MARK}">',
    f'<input placeholder="Nachname" value="{MARK}">', f'<input aria-label="Family name" value="{MARK}">',
    f'<label for="x1">Surname</label><input id="x1" type="text" value="{MARK}">',
    f'<label>Recipient name <textarea id="r">Ilse {MARK}</textarea></label>',
    f'<label for="s">Last name</label><select id="s"><option selected>{MARK}</option></select>',
    # a token's decoded text: JWT claims, base64 of a form body and of a dict, hex of JSON, a pair in JSON text
    _token({"sub": "k9", "family_name": MARK}), _token({"sub": "k9", "nickname": f"Ilse {MARK}"}),
    _b64(f"surname={MARK}&step=2"), _b64url(repr({"last_name": MARK})),
    json.dumps({"nachname": MARK}).encode().hex(),
    json.dumps({"trace": json.dumps([{"key": "surname", "value": MARK}])}),
]

ORDINARY = [
    'a:2:{s:3:"sku";s:4:"P-77";s:6:"colour";s:4:"teal";}', 'basket|s:4:"P-77";size|s:1:"M";',
    "{ 'sku' => 'P-77', 'size' => 'M' }", 'Variant(colour: "teal", size: "M")', "Color(red: 0.5, green: 0.2)",
    'Product(title: "Oolong Tea", brand: "Dilmah")', '[["colour","teal"],["size","M"]]', "[('sku', 'P-77')]",
    '["teal", "navy"]', "<plist><dict><key>CFBundleVersion</key><string>4.2</string></dict></plist>",
    "(&(objectClass=product)(size=42))", "(size=42)", '<input id="qty" type="number" value="3">',
    '<input autocomplete="off" placeholder="Coupon code" value="TEAL10">',
    '<label for="c">Colour</label><select id="c"><option>Teal</option><option>Navy</option></select>',
    '<input aria-label="Search products" value="oolong tea">', '<label>Name</label><input id="qty" value="3">',
    '<label for="sn">Surname</label><input id="sn" value=""><input id="qty" type="number" value="3">',
    '<label for="ln">Last name</label><input id="coupon" value="TEAL10">',
    _token({"sub": "k9x7", "scope": "cart:read", "exp": 1795503600}), _b64(json.dumps({"sku": "P-77", "qty": 3})),
    json.dumps({"sku": "P-77"}).encode().hex(), json.dumps({"trace": json.dumps([{"key": "size", "value": "M"}])}),
    "Men's Oolong (Loose Leaf)", 'Book: "Dune" (Frank Herbert)', "teal-oolong-tea-loose-leaf-2026",
]


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize("value", PERSONAL)
def test_a_key_of_a_serialized_layout_or_a_decoded_token_keeps_its_value_out(value: str, where: str) -> None:
    assert outcome((f"{value} @ {where}", *place(where, value), [MARK])) == []


@pytest.mark.parametrize("where", ["custom property", "page title", "product name", "search string"])
@pytest.mark.parametrize("value", ORDINARY)
def test_the_same_layouts_holding_a_shops_data_go_out(value: str, where: str) -> None:
    assert ordinary_goes_out(*place(where, value), value)


RECORDS = [
    f"sku,nachname\nP-77,{MARK}", f"INSERT INTO buyers (sku, surname) VALUES ('P-77', '{MARK}')",
    f"uid=ilse,sn={MARK},ou=people,dc=shop,dc=example", f"rows[1][field]=family_name,rows[1][answer]={MARK}",
    f"Buyer{{Sku:P-77, FamilyName:{MARK}}}", f'Buyer(familyName: "{MARK}")',
    f"BEGIN:VCARD\nN:{MARK};Ilse;;;\nEND:VCARD",
]


def _ids_sent(content_ids: str) -> List[str]:
    event = make_event("track", name="Product Added", properties={"content_ids": content_ids})
    body = json.loads(build_request("track", event, ATTACK_SETTINGS, now=NOW).body)
    return list(body["data"][0].get("custom_data", {}).get("content_ids", []))


@pytest.mark.parametrize("record", RECORDS)
def test_a_record_in_content_ids_is_read_whole_before_its_commas_cut_it(record: str) -> None:
    assert not any(MARK in text for text in _ids_sent(f"P-1,{record}"))
    assert not any(MARK in text for text in _ids_sent(record))


@pytest.mark.parametrize("ids, sent", [
    ("SKU-1,SKU-2", ["SKU-1", "SKU-2"]), ("42,43", ["42", "43"]), ("red,blue", ["red", "blue"]),
    ("SKU-1, SKU-2 ,SKU-3", ["SKU-1", "SKU-2", "SKU-3"]), ("P-1 (teal),P-2 (navy)", ["P-1 (teal)", "P-2 (navy)"]),
    ("sku:P-1,sku:P-2", ["sku:P-1", "sku:P-2"]), ("v=2,P-9", ["v=2", "P-9"]),
])
def test_an_ordinary_comma_list_of_ids_goes_out_as_its_ids(ids: str, sent: List[str]) -> None:
    assert _ids_sent(ids) == sent
