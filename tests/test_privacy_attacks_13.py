"""A thirteenth outside attack (tests/privacy_attack_cases_13.py, written from the README's promises without reading the
gate"s code nor the earlier attacks" cases): a shopper in Seoul, Shanghai, Shenzhen, Taipei or Ho Chi Minh City and
one in Cairo, Riyadh, Dubai, Tehran or Tel Aviv, their mobiles and landlines in Latin, full-width, Arabic-Indic and
Persian digits behind bidi marks and isolates, the Korean RRN, the Chinese and Taiwanese ids, the Vietnamese CCCD,
the Emirates ID, the Saudi id and iqama, the Teudat Zehut, the Iranian national code and the Egyptian national id,
addresses and names in Hangul, Hanzi, Vietnamese, Arabic, Persian and Hebrew, messenger ids and links, keys in those
languages, plain and encoded, in every leaf of Meta's payload the README maps, in the fields whose failure is an
`Err` (which must not echo them), and in Meta's own identity fields, run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data of both shops (prices in won, yuan, dong, riyal, dirham, rial and shekel,
order and tracking numbers, EANs, dates of their calendars, store hours, product names) must still go out, and what
the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_13 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "phone": [
        "phone Taiwanese landline Taipei @",
        "phone Saudi mobile 00 @ custom property",
        "phone Saudi mobile 00 @ east text",
        "phone Saudi mobile 00 @ page title",
        "phone Saudi mobile 00 @ url query value",
        "phone Saudi mobile 00 @ fragment",
        "phone Saudi mobile 00 @ contents title",
        "phone Saudi mobile 00 @ url path",
        "phone Saudi mobile 00 @ referrer path",
        "phone Saudi mobile 00 @ search string",
        "phone Saudi mobile 00 @ json property",
        "phone Saudi mobile 00 @ page search",
        "phone Saudi mobile Arabic thousands separators @",
        "phone Saudi mobile Arabic decimal separators @",
        "phone Saudi mobile with its plus at the end @ user agent",
    ],
    "id": [
        "id Taiwanese id @",
        "id Emirates ID compact @",
        "id Saudi national id after its label @",
        "id Iranian national code dashed @",
    ],
    "name": [
        "name Korean after a recipient label @",
        "name Korean before 님 after a label @",
        "name Chinese after a name label @ custom property",
        "name Chinese after a name label @ page title",
        "name Chinese after a name label @ contents brand",
        "name Arabic after a recipient label @",
        "name Arabic transliterated after a label @",
        "name Persian after a name label @",
        "name Persian after a recipient label @",
        "name Hebrew after a recipient label @",
        "name Korean after the orderer label @",
        "name Korean after the account holder label @",
        "name Taiwanese after the orderer label @",
        "name Vietnamese after Tên @",
        "name Arabic after the customer name label @",
        "name Hebrew after the customer name label @",
        "name Persian after the short name label @",
    ],
    "postal": [
        "postal Korean lot address @",
        "postal Taiwanese street in traditional script @",
        "postal Vietnamese alley @",
        "postal Arabic number in Arabic-Indic first @",
        "postal Persian plaque @",
        "postal Hebrew street @",
        "postal Hebrew street without its word @",
        "postal Transliterated Dubai villa @",
        "postal Transliterated Riyadh road @",
        "postal Transliterated Tehran plaque @",
        "postal Shenzhen building and unit @",
        "postal Vietnamese flat @",
        "postal Saudi national address @",
        "postal Korean apartment in romanization @",
    ],
    "key": [
        "key 수령인:",
        "key 받는분:",
        "key 联系方式:",
        "key 微信号:",
        "key sdt:",
        "key رقم الهوية:",
        "key ایمیل:",
        "key شماره موبایل:",
        "key شماره تلفن:",
        "key کد ملی:",
        "key نشانی:",
        "key آدرس:",
        "key نام و نام خانوادگی:",
        'key דוא"ל: json',
        "key שם מלא:",
        "key תעודת זהות:",
        "key youxiang:",
        "key raqm_aljawal:",
        "key lianxiren:",
        "key shoujianren:",
        "key hyudaepon:",
        "key jawal:",
        "key ktovet:",
        "key shem_male:",
        "key 주문자:",
        "key 예금주:",
        "key 訂購人:",
        "key tên:",
        "key اسم العميل:",
        "key שם הלקוח:",
        "key کدپستی:",
        "key 邮政编码:",
        "key mã bưu chính:",
    ],
    "meta": [
        "meta em of an address padded with zeros",
        "meta ph of a phone in UTF-16 padded with zeros",
        "meta fn of a name and phone padded with zeros",
        "meta em digest with a parameter-builder appendix",
        "meta external_id as a fake digest",
        "meta fb_login_id of a Saudi mobile",
        "meta fbp random of a Vietnamese mobile with its trunk",
        "meta lead_id of an Egyptian mobile",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "not in ids, whose codes may share their shapes": [
        "meta order_id of a Korean RRN",
        "meta content id of a Chinese resident id",
    ],
    ("a person's name written without a salutation or a personal label before it, nor a Japanese honorific "
     "after it"): [
        "name Chinese before 先生 alone @",
        "name Korean before 님 alone @",
        "name Persian after an honorific @",
        "err Hangul name @ event name",
        "err Hebrew name @ event name",
    ],
    "Not the openers that begin titles as often": [
        "name Hebrew after לכבוד @",
    ],
    "not the weak ids of nine to eleven digits, which a build number would pass": [
        "id Israeli Teudat Zehut after the Hebrew word @ user agent",
        "id Israeli Teudat Zehut after its label @ user agent",
    ],
    ("a national id of a shape no build or model number has (more than digits, or twelve digits with their "
     "check digit"): [
        "id Emirates ID dashed @ user agent",
        "id Emirates ID in Arabic-Indic digits @ user agent",
        "id Korean driving licence @ user agent",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "order numbers": [
        "order numbers: 발송번호 5812-0034-1177 @ order note",
        "order numbers: 발송번호 5812-0034-1177 @ page title",
        "order numbers: 발송번호 5812-0034-1177 @ product name in the list",
    ],
    "shipments": [
        "shipments: SMSA 290012345678 @ order note",
        "shipments: SMSA 290012345678 @ page title",
        "shipments: SMSA 290012345678 @ product name in the list",
    ],
    "business numbers": [
        "business numbers: VAT 300012345600003 @ order note",
        "business numbers: VAT 300012345600003 @ page title",
        "business numbers: VAT 300012345600003 @ product name in the list",
        "business numbers: 사업자등록번호 220-81-62517 @ order note",
        "business numbers: 사업자등록번호 220-81-62517 @ page title",
        "business numbers: 사업자등록번호 220-81-62517 @ product name in the list",
        "business numbers: MST 0101234567 @ order note",
        "business numbers: MST 0101234567 @ page title",
        "business numbers: MST 0101234567 @ product name in the list",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirteenth", NOT_CLAIMED))
def test_no_thirteenth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirteenth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "handle", "id", "key", "mail", "meta", "name",
                                                              "phone", "postal"]
    assert len(ORDINARY) >= 60


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirteenth"))
def test_ordinary_shop_data_of_the_thirteenth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
