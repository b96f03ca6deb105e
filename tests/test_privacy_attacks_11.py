"""An eleventh outside attack (tests/privacy_attack_cases_11.py, written from the README's promises without reading the
gate's code): a shopper in Bengaluru and one in Tokyo, their UPI ids, Aadhaar, PAN and My Number, Indian and Japanese
phone numbers in every script's digits and every dash an IME types, addresses with PIN codes and `〒`, names with
honorifics, Japanese and Indian keys, each in every leaf of Meta's payload the README maps, in the fields whose
failure is an `Err` (which must not echo them), and in Meta's own identity fields (`fbc`/`fbp` grammar, values shaped
as a digest), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data of both shops close to the rules (order numbers, GSTINs, JAN codes, tracking
numbers, prices in rupees and yen, masked Aadhaar, product names with phone, mail and address words) must still go
out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_11 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "phone: an Indian mobile in an id or the user agent (a bare run, or inside a Hindi sentence of "
    "several words)": [
        "phone IN bare ten digits @ user agent", "phone IN Hindi sentence @ order_id",
        "phone IN Hindi sentence @ event_id", "phone IN Hindi sentence @ content_ids",
        "phone IN Hindi sentence @ contents id", "phone IN Hindi sentence @ user agent",
        "phone IN Hindi sentence Devanagari digits @ order_id",
        "phone IN Hindi sentence Devanagari digits @ event_id",
        "phone IN Hindi sentence Devanagari digits @ content_ids",
        "phone IN Hindi sentence Devanagari digits @ contents id",
        "phone IN Hindi sentence Devanagari digits @ user agent",
    ],
    "phone: a mobile after `mera number` (Hinglish 'my number'), read as a code's label": [
        "phone IN Hinglish mera number @",
    ],
    "phone: a Japanese landline with its area code in parentheses `03(5412)8876`, ASCII or full-width": [
        "phone JP landline with parentheses @", "phone JP landline full-width parentheses @",
    ],
    "id: national ids (Aadhaar compact or dashed, PAN, passport) inside the user agent": [
        "id Aadhaar compact @ user agent", "id Aadhaar dashed @ user agent", "id PAN @ user agent",
        "id PAN in Hinglish @ user agent", "id passport of India @ user agent",
    ],
    "id: an Indian PAN in lower case": [
        "id PAN lower case @",
    ],
    "id: a Japanese My Number (12 digits, check digit), compact, grouped or full-width": [
        "id My Number compact @", "id My Number grouped 4-4-4 @", "id My Number full-width @",
    ],
    "id: a passport number after the Japanese label 旅券番号": [
        "id passport of Japan in Japanese @",
    ],
    "err: a My Number given as a number (value, item_price, predicted_ltv) or as the event name goes out "
    "as it is": [
        "err My Number @ err value", "err My Number @ err item_price", "err My Number @ err event name",
        "err My Number @ predicted_ltv",
    ],
    "key: Japanese address, contact and member keys (連絡先, 姓, 都道府県, 市区町村, 番地, 会員番号, "
    "yubin_bangou)": [
        "key property: 連絡先", "key query: 連絡先", "key JSON text: 連絡先", "key property: 姓", "key query: 姓",
        "key JSON text: 姓", "key property: 都道府県", "key query: 都道府県", "key JSON text: 都道府県",
        "key property: 市区町村", "key query: 市区町村", "key JSON text: 市区町村", "key property: 番地",
        "key query: 番地", "key JSON text: 番地", "key property: 会員番号", "key query: 会員番号",
        "key JSON text: 会員番号", "key property: yubin_bangou", "key query: yubin_bangou",
        "key JSON text: yubin_bangou",
    ],
    "key: Indian keys (upi_id, vpa, landmark, pita_ka_naam, pata, आधार, epic_no, ration_card_no, "
    "localityName)": [
        "key property: upi_id", "key query: upi_id", "key JSON text: upi_id", "key property: vpa", "key query: vpa",
        "key JSON text: vpa", "key property: landmark", "key query: landmark", "key JSON text: landmark",
        "key property: pita_ka_naam", "key query: pita_ka_naam", "key JSON text: pita_ka_naam",
        "key property: pata", "key query: pata", "key JSON text: pata", "key property: आधार", "key query: आधार",
        "key JSON text: आधार", "key property: epic_no", "key query: epic_no", "key JSON text: epic_no",
        "key property: ration_card_no", "key query: ration_card_no", "key JSON text: ration_card_no",
        "key property: localityName", "key query: localityName", "key JSON text: localityName",
    ],
    "meta: fbc/fbp payloads and Meta ids holding personal data (dashed UPI id, PAN in fbc, a mobile as "
    "fbp, a trunk-0 mobile as fb_login_id)": [
        "meta fbc dashed UPI id @", "meta fbc PAN @", "meta fbp mobile as the random number @",
        "meta fb_login_id holding 09048217365",
    ],
    "meta: user_data values shaped as a SHA-256 digest that are the hex of an address or a phone (passed "
    "through)": [
        "meta digest hex of an address as email", "meta digest hex of an address as external id",
        "meta digest hex of a phone as phone", "meta digest hex of an address as first_name",
        "meta digest hex of an address with an appendix", "meta digest upper-case hex of an address",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "an undialled digit run in an id (`13800138000` as an `order_id`, `event_id` or content id, "
    "`ORD16505550173`, a contents `id` given as the JSON number `16505550173`)": [
        "phone IN bare ten digits @ order_id", "phone IN bare ten digits @ event_id",
        "phone IN bare ten digits @ content_ids", "phone IN bare ten digits @ contents id",
        "meta lead_id holding 919845217306",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "a Rakuten-style order number: shop, date and serial joined by dashes": [
        "order numbers: 123456-20261130-0012345678 @ order note",
        "order numbers: 123456-20261130-0012345678 @ page title",
    ],
    "JAN codes of Japanese products (prefix 45 and 49), bare or after `JAN`, in text and in a URL path": [
        "codes: JAN 4901234567894 @ order note",
        "codes: JAN 4901234567894 @ page title",
        "codes: JAN 4901234567894 @ product name in the list",
        "codes: 4901234567894 @ order note",
        "codes: 4901234567894 @ page title",
        "codes: 4901234567894 @ product name in the list",
        "codes: 4549995186550 @ order note",
        "codes: 4549995186550 @ page title",
        "codes: 4549995186550 @ product name in the list",
        "urls as page URL: https://shop.example.co.jp/item/4901234567894/?sc_cid=mail_20261130",
        "urls as referrer: https://shop.example.co.jp/item/4901234567894/?sc_cid=mail_20261130",
    ],
    "a key that names a shop's check on a PIN code (pincode_serviceable)": [
        "keys: pincode_serviceable",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "eleventh", NOT_CLAIMED))
def test_no_eleventh_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_eleventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 60


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "eleventh"))
def test_ordinary_shop_data_of_the_eleventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
