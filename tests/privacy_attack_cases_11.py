"""An eleventh outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out", the mapping tables and the event format), without reading the gate's code. Two new
personas: a shopper in Bengaluru (UPI handles, Aadhaar and PAN, Indian mobiles and landlines in Latin, Devanagari,
Bengali and Tamil digits, addresses with their PIN codes, Hindi and Hinglish sentences, Hindi and Indian keys) and a
shopper in Tokyo (mobiles and landlines with full-width digits, the long-vowel mark and the wave dash as dashes,
kanji digits, `〒` postal codes and addresses in Japanese, My Number, names with honorifics and in katakana,
full-width email, Japanese keys). Each value is tried in every leaf of Meta's payload the README maps (page fields,
commerce fields, each content's fields, `event_id`, the user agent), in the fields that make an event an `Err`
(whose text must not echo it), and in Meta's own identity fields (`fbc`/`fbp` grammar, values in `user_data` that
look like SHA-256 digests and are the hex of an address).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The forms are looked for with the second attack's `found_any`.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import crossed, luhn_complete, order_place, ordinary_in_places, ordinary_keys, ordinary_urls

Case = Tuple[str, str, Dict[str, Any], List[str]]

EMAIL_IN = "zqpriya.venkatesh@rediffmail.com"
FORM_IN = "zqpriya"  # what must not leave of her addresses and handles
EMAIL_JP = "zqhanako.yamada@docomo.ne.jp"
FORM_JP = "zqhanako"
MOBILE_IN = "9845217306"  # a Bengaluru mobile's ten digits
LANDLINE_IN = "8041235678"  # a Bengaluru fixed line without its trunk 0
MOBILE_JP = "9048217365"  # a Tokyo mobile (090) without its trunk 0
LANDLINE_JP = "354128876"  # a Tokyo fixed line (03) without its trunk 0
IP_IN = "49.36.112.77"
IP_JP = "126.21.88.4"
IP6_IN = "2409:4063:4d8e:1a2b::7f"
SHOP_IN = "https://shop.example.in"
SHOP_JP = "https://shop.example.co.jp"
MS = (NOW - 3600) * 1000  # a click an hour before the event, in ms


def _shift(text: str, base: int) -> str:
    """`text` with its ASCII digits written in the script whose zero is `base`."""
    return "".join(chr(base + int(ch)) if ch.isdigit() else ch for ch in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def _verhoeff(body: str) -> str:
    """An Aadhaar number: eleven digits and their Verhoeff check digit (the dihedral group D5)."""
    def d(j: int, k: int) -> int:
        if j < 5 and k < 5:
            return (j + k) % 5
        if j < 5:
            return (j + k - 5) % 5 + 5
        if k < 5:
            return (j - 5 - k) % 5 + 5
        return (j - k) % 5
    p = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for row in range(2, 8):
        p.append([p[1][p[row - 1][j]] for j in range(10)])
    check = 0
    for i, ch in enumerate(reversed(body + "0")):
        check = d(check, p[i % 8][int(ch)])
    return body + str([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][check])


def _my_number(body: str) -> str:
    """A Japanese Individual Number: eleven digits and the check digit of the Cabinet Office's ordinance."""
    total = sum(int(ch) * (n + 1 if n <= 6 else n - 5) for n, ch in enumerate(reversed(body), start=1))
    remainder = total % 11
    return body + str(0 if remainder <= 1 else 11 - remainder)


AADHAAR = _verhoeff("49731826054")
MY_NUMBER = _my_number("48217365091")
PAN = "AZQPV4821K"  # a person's PAN: its fourth letter is P
RUPAY = luhn_complete("652150482173650")
JCB = luhn_complete("356600482173650")


def _groups(text: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(text[i:i + size] for i in range(0, len(text), size))


def _contents(item: Dict[str, Any]) -> str:
    return json.dumps([item], ensure_ascii=False)


# Places: every leaf of Meta's payload the README maps, and the fields whose failure is an Err.
def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    paid = {"value": "499", "currency": "INR"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"delivery_note": value}}),
        "gift message": ("track", {"properties": {"gift_message": f"Happy Diwali! {value} - see you soon"}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"data": {"name": value}}),
        "page category": ("page", {"data": {"category": value}}),
        "page keywords": ("page", {"data": {"keywords": ["diwali", value]}}),
        "page path": ("page", {"data": {"path": f"/u/{value}"}}),
        "page search": ("page", {"url": f"{SHOP_IN}/search", "search": f"?q={q}"}),
        "url query": ("page", {"url": f"{SHOP_IN}/cart?ref={q}"}),
        "url path": ("page", {"url": f"{SHOP_JP}/mypage/{q}/orders"}),
        "url fragment": ("page", {"url": f"{SHOP_JP}/#/checkout/{q}"}),
        "referrer query": ("page", {"referrer": f"https://mail.example.net/inbox?from={q}"}),
        "order_id": ("track", {**order, "properties": {**paid, "order_id": value}}),
        "event_id": ("track", {**order, "properties": {**paid, "event_id": value}}),
        "content_ids": ("track", {"name": "Product Added", "properties": {"content_ids": f"SKU-1,{value}"}}),
        "contents title": ("track", {**order, "properties": {**paid, "contents": _contents(
            {"id": "SKU-1", "item_price": 499, "title": value})}}),
        "contents brand": ("track", {**order, "properties": {**paid, "contents": _contents(
            {"id": "SKU-1", "item_price": 499, "brand": value})}}),
        "contents category": ("track", {**order, "properties": {**paid, "contents": _contents(
            {"id": "SKU-1", "item_price": 499, "category": value})}}),
        "contents id": ("track", {"name": "Product Added", "properties": {"contents": _contents({"id": value})}}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"search_string": value}}),
        "status": ("track", {"name": "Signed Up", "properties": {"status": value}}),
        "content_name": ("track", {**order, "properties": {**paid, "content_name": value}}),
        "content_category": ("track", {"name": "Product Viewed", "properties": {"sku": "SKU-1",
                                                                                 "category": value}}),
        "product name (WIT)": ("track", {"name": "Product Added", "products": [{"sku": "SKU-1", "name": value}]}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) Chrome/120.0.0.0"}),
        "err currency": ("track", {**order, "properties": {"value": "499", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "INR"}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err action_source": ("track", {"properties": {"action_source": value}}),
        "err data_processing_options": ("track", {"properties": {"data_processing_options": value}}),
        "err item_price": ("track", {**order, "properties": {"currency": "JPY", "contents": _contents(
            {"id": "SKU-1", "item_price": value})}}),
        "err quantity": ("track", {**order, "properties": {"currency": "JPY", "contents": _contents(
            {"id": "SKU-1", "item_price": 1280, "quantity": value})}}),
        "err event name": ("track", {"name": value}),
        "predicted_ltv": ("track", {"name": "Subscribe", "properties": {"predicted_ltv": value}}),
    }
    return table[place]


LEAVES = ["custom property", "page title", "page name", "page category", "page search", "url query", "url path",
          "url fragment", "referrer query", "order_id", "event_id", "content_ids", "contents title",
          "contents brand", "contents category", "contents id", "search_string", "status", "content_name",
          "content_category", "product name (WIT)"]
ERRS = ["err currency", "err value", "err opt_out", "err action_source", "err data_processing_options",
        "err item_price", "err quantity", "err event name", "predicted_ltv"]
TEXT = ["custom property", "gift message", "page title", "search_string", "contents title", "url query"]
UNMAPPED = ["page keywords", "page path"]  # read by no rule of the README: nothing of them may leave either

# Addresses and handles: UPI ids are addresses whose domain has no dot.
MAILS: Dict[str, Tuple[str, str]] = {
    "rediffmail address": (EMAIL_IN, FORM_IN),
    "docomo address": (EMAIL_JP, FORM_JP),
    "UPI id of a mobile number": (f"{MOBILE_IN}@ybl", MOBILE_IN),
    "UPI id okicici": ("zqpriya.v@okicici", FORM_IN),
    "UPI id paytm": ("zqpriyav@paytm", FORM_IN),
    "UPI id okhdfcbank with a digit": ("zqpriya1990@okhdfcbank", FORM_IN),
    "UPI pay link": ("upi://pay?pa=zqpriya.v@okaxis&pn=Priya%20Venkatesh&am=499.00&cu=INR", FORM_IN),
    "full-width address": (_full_width(EMAIL_JP), FORM_JP),
    "address with ideographic full stops": ("zqhanako.yamada＠docomo。ne。jp", FORM_JP),
    "address in a Japanese sentence": (f"連絡先は{EMAIL_JP}までお願いします", FORM_JP),
    "address spelled in katakana words": ("zqhanako アットマーク docomo ドット ne ドット jp", FORM_JP),
    "docomo address with a dot before the at": ("zqhanako.@docomo.ne.jp", FORM_JP),
    "ezweb address": ("zqhanako_0714@ezweb.ne.jp", FORM_JP),
    "address at the rate": ("zqpriya.v at the rate gmail dot com", FORM_IN),
    "address in a Hindi sentence": (f"मेरा ईमेल {EMAIL_IN} है", FORM_IN),
    "address in Hinglish": (f"mera email {EMAIL_IN} hai, bhej do", FORM_IN),
    "address glued to Devanagari": (f"ईमेल{EMAIL_IN}पर", FORM_IN),
    "address with Devanagari digits": ("zqpriya१९९०@gmail.com", FORM_IN),
}
MAIL_PLACES = [*LEAVES, "gift message", "user agent", *UNMAPPED]

PHONES: Dict[str, Tuple[str, str]] = {
    "IN +91 grouped 5-5": ("+91 98452 17306", MOBILE_IN),
    "IN +91 dashed": ("+91-98452-17306", MOBILE_IN),
    "IN trunk 0": ("098452 17306", MOBILE_IN),
    "IN bare ten digits": (MOBILE_IN, MOBILE_IN),
    "IN grouped 5-5": ("98452 17306", MOBILE_IN),
    "IN 91 without plus": ("91 98452 17306", MOBILE_IN),
    "IN 0091": ("0091 9845217306", MOBILE_IN),
    "IN Devanagari digits": (_shift("+91 98452 17306", 0x0966), MOBILE_IN),
    "IN Bengali digits": (_shift("+91 98452 17306", 0x09E6), MOBILE_IN),
    "IN Tamil digits": (_shift("+91 98452 17306", 0x0BE6), MOBILE_IN),
    "IN Hinglish mera number": (f"mera number {MOBILE_IN} hai", MOBILE_IN),
    "IN Hinglish whatsapp": ("whatsapp karo 98452-17306 pe", MOBILE_IN),
    "IN Hindi sentence": (f"मेरा नंबर {MOBILE_IN} है", MOBILE_IN),
    "IN Hindi sentence Devanagari digits": (f"मेरा नंबर {_shift(MOBILE_IN, 0x0966)} है", MOBILE_IN),
    "IN landline Bengaluru": ("080 4123 5678", LANDLINE_IN),
    "IN landline with STD code dashed": ("080-41235678", LANDLINE_IN),
    "JP mobile dashed": ("090-4821-7365", MOBILE_JP),
    "JP mobile compact": ("09048217365", MOBILE_JP),
    "JP +81 spaced": ("+81 90 4821 7365", MOBILE_JP),
    "JP +81 dashed": ("+81-90-4821-7365", MOBILE_JP),
    "JP full-width": (_full_width("090-4821-7365"), MOBILE_JP),
    "JP full-width with long-vowel marks": ("０９０ー４８２１ー７３６５", MOBILE_JP),
    "JP long-vowel marks": ("090ー4821ー7365", MOBILE_JP),
    "JP wave dashes": ("090〜4821〜7365", MOBILE_JP),
    "JP landline Tokyo": ("03-5412-8876", LANDLINE_JP),
    "JP landline with parentheses": ("03(5412)8876", LANDLINE_JP),
    "JP landline full-width parentheses": ("０３（５４１２）８８７６", LANDLINE_JP),
    "JP in a sentence": ("電話番号は090-4821-7365です", MOBILE_JP),
    "JP full-width glued in a sentence": ("携帯：０９０４８２１７３６５まで", MOBILE_JP),
    "JP kanji digits": ("〇九〇 四八二一 七三六五", MOBILE_JP),
    "JP TEL label": ("TEL.090-4821-7365", MOBILE_JP),
}
PHONE_PLACES = [*LEAVES, "gift message", "user agent"]

IDS: Dict[str, Tuple[str, str]] = {
    "Aadhaar grouped 4-4-4": (_groups(AADHAAR), AADHAAR),
    "Aadhaar compact": (AADHAAR, AADHAAR),
    "Aadhaar dashed": (_groups(AADHAAR, sep="-"), AADHAAR),
    "Aadhaar after its label": (f"Aadhaar No: {_groups(AADHAAR)}", AADHAAR),
    "Aadhaar in Hindi": (f"आधार संख्या {_groups(AADHAAR)}", AADHAAR),
    "Aadhaar in Devanagari digits": (_shift(_groups(AADHAAR), 0x0966), AADHAAR),
    "PAN": (PAN, PAN),
    "PAN lower case": (PAN.lower(), PAN),
    "PAN in Hinglish": (f"mera PAN {PAN} hai", PAN),
    "My Number compact": (MY_NUMBER, MY_NUMBER),
    "My Number grouped 4-4-4": (_groups(MY_NUMBER), MY_NUMBER),
    "My Number after its label": (f"マイナンバー：{_groups(MY_NUMBER)}", MY_NUMBER),
    "My Number full-width": (_full_width(_groups(MY_NUMBER, sep="-")), MY_NUMBER),
    "passport of India": ("Passport No: Z4821736", "Z4821736"),
    "passport of Japan in Japanese": ("旅券番号：TK4821736", "TK4821736"),
    "RuPay card": (_groups(RUPAY), RUPAY),
    "JCB card full-width": (_full_width(_groups(JCB)), JCB),
    "IP address of Jio": (f"from {IP_IN}", IP_IN),
    "IP address Japanese": (f"IPアドレス：{IP_JP}", IP_JP),
    "IPv6 address of Jio": (IP6_IN, "4063:4d8e"),
}
ID_PLACES = [*TEXT, "page name", "content_name", "url path", "user agent"]

POSTAL: Dict[str, Tuple[str, str]] = {
    "Gurugram flat and sector": ("Flat 4B, Zqtower 7, Sector 21, Gurugram 122001", "Zqtower"),
    "Hyderabad house number": ("H.No. 12-3-456, Zqbanjara Hills, Hyderabad 500034", "Zqbanjara"),
    "Bengaluru cross and main": ("No. 17, 2nd Cross, 4th Main, Zqindiranagar, Bengaluru 560038", "Zqindiranagar"),
    "Bengaluru road with PIN": ("12, Zqmahatma Road, Bengaluru - 560001", "Zqmahatma"),
    "Delhi block": ("C-42, Zqlajpat Nagar II, New Delhi 110024", "Zqlajpat"),
    "address in Hindi": ("मकान नं. 42, ज़ेडक्यू मार्ग, नई दिल्ली 110024", "ज़ेडक्यू"),
    "Tokyo with its postal mark": ("〒150-0001 東京都渋谷区神宮前1丁目2-3", "神宮前1丁目"),
    "Tokyo block numbers": ("東京都渋谷区神宮前1-2-3 メゾン渋谷101号室", "メゾン渋谷101"),
    "Tokyo full-width postal mark": ("〒１５０－０００１　東京都渋谷区神宮前１－２－３", "神宮前"),
    "Osaka chome ban go": ("大阪府大阪市北区梅田3丁目1番1号", "梅田3丁目1番1号"),
    "Tokyo in romaji": ("1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001", "Jingumae"),
}
POSTAL_PLACES = ["custom property", "gift message", "page title", "contents title", "search_string",
                 "content_name"]

NAMES: Dict[str, Tuple[str, str]] = {
    "after 氏名": ("氏名: 山田花子", "山田花子"),
    "after お名前 with a space": ("お名前：山田 花子", "花子"),
    "after お名前 with 様": ("お名前：山田花子様", "山田花子"),
    "katakana after 宛名": ("宛名：ヤマダ　ハナコ", "ハナコ"),
    "alone with 様": ("山田花子様", "山田花子"),
    "family name and 様": ("山田 様", "山田"),
    "after a Hindi label": ("नाम: प्रिया वेंकटेश", "वेंकटेश"),
    "after a Devanagari salutation": ("प्रिय प्रिया वेंकटेश,", "वेंकटेश"),
    "after Dear": ("Dear Priya Zqvenkatesh,", "Zqvenkatesh"),
    "after Ship to": ("Ship to: Priya Zqvenkatesh", "Zqvenkatesh"),
    "in capitals after Recipient": ("Recipient: HANAKO ZQYAMADA", "ZQYAMADA"),
    "after Naam": ("Naam: Priya Zqvenkatesh", "Zqvenkatesh"),
}
NAME_PLACES = ["custom property", "page title", "contents title", "content_name"]

# Values that make the event an Err where they stand: the Err must name the field, never echo them.
ERR_VALUES: Dict[str, Tuple[str, str]] = {
    "address": (EMAIL_IN, FORM_IN),
    "UPI id": (f"{MOBILE_IN}@ybl", MOBILE_IN),
    "IN mobile": ("+91 98452 17306", MOBILE_IN),
    "JP mobile": ("090-4821-7365", MOBILE_JP),
    "Aadhaar": (_groups(AADHAAR), AADHAAR),
    "PAN": (PAN, PAN),
    "My Number": (MY_NUMBER, MY_NUMBER),
    "full-width address": (_full_width(EMAIL_JP), FORM_JP),
}


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)
    yield from crossed("err", ERR_VALUES, ERRS, _place)


# Keys: Japanese, Hindi and Indian field names, in a property, a URL query and JSON text.
KEY_VALUE = "Zqkeyvalue"
KEYS = ["メールアドレス", "電話番号", "氏名", "住所", "お名前", "郵便番号", "生年月日", "携帯番号", "フリガナ",
        "ご住所", "連絡先", "姓", "都道府県", "市区町村", "番地", "マイナンバー", "会員番号", "携帯電話番号",
        "denwa_bangou", "jusho", "yubin_bangou", "namae", "seinengappi", "keitai",
        "aadhaar", "aadhar_no", "aadhaar_number", "pan_card", "pan_no", "upi_id", "vpa", "mobile_no", "mob_no",
        "whatsapp_no", "pincode", "pin_code", "landmark", "father_name", "pita_ka_naam", "naam", "pata",
        "मोबाइल", "पता", "ईमेल", "आधार", "मोबाइल_नंबर", "पिन_कोड", "voter_id", "epic_no", "ration_card_no",
        "alt_mobile", "houseNo", "flatNo", "localityName", "dob_ddmmyyyy"]


def _key_place(place: str, key: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "property": ("track", {"properties": {key: KEY_VALUE}}),
        "query": ("page", {"url": f"{SHOP_JP}/form/done?{quote(key)}={KEY_VALUE}"}),
        "JSON text": ("track", {"properties": {"form": json.dumps({key: KEY_VALUE}, ensure_ascii=False)}}),
    }
    return table[place]


def key_cases() -> Iterator[Case]:
    for key in KEYS:
        for where in ["property", "query", "JSON text"]:
            yield (f"key {where}: {key}", *_key_place(where, key), [KEY_VALUE])


# Meta's own identity fields: fbc/fbp payloads that carry personal data, and values that look like a digest.
def _hex(text: str) -> str:
    return text.encode().hex()


EMAIL_32 = "zqpriya.venkatesh@rediffmail.com"
assert len(EMAIL_32) == 32  # its hex is 64 characters: a SHA-256 digest's shape
PHONE_32 = "+91 98452 17306 (Priya, Zqhome) "
assert len(PHONE_32) == 32


def meta_cases() -> Iterator[Case]:
    fbc = {
        "digits only (a mobile)": (f"fb.1.{MS}.{MOBILE_IN}", MOBILE_IN),
        "mobile after a prefix": (f"fb.1.{MS}.IwAR{MOBILE_IN}", MOBILE_IN),
        "mobile in the appendix": (f"fb.1.{MS}.IwAR0xYz.{MOBILE_IN}", MOBILE_IN),
        "underscored address": (f"fb.1.{MS}.zqpriya_v_rediffmail_com", FORM_IN),
        "dashed UPI id": (f"fb.1.{MS}.zqpriya-v-okicici", FORM_IN),
        "Japanese mobile with underscores": (f"fb.1.{MS}.IwAR_090_4821_7365", MOBILE_JP),
        "Aadhaar": (f"fb.1.{MS}.IwAR{AADHAAR}", AADHAAR),
        "PAN": (f"fb.1.{MS}.IwAR{PAN}", PAN),
        "My Number": (f"fb.1.{MS}.IwAR_{MY_NUMBER}", MY_NUMBER),
        "IP address with dashes": (f"fb.1.{MS}.IwAR-49-36-112-77", "49-36-112-77"),
        "base64url of the address": (f"fb.1.{MS}.{'enFwcml5YS52ZW5rYXRlc2hAcmVkaWZmbWFpbC5jb20'}", "enFwcml5YS52ZW5r"),
        "full-width digits": (f"fb.1.{MS}.IwAR{_full_width(MOBILE_JP)}", MOBILE_JP),
    }
    for name, (value, form) in fbc.items():
        yield (f"meta fbc {name} @ event", "track", {"properties": {"fbc": value}}, [form])
        yield (f"meta fbc {name} @ visitor", "track", {"visitor": {"email": "v@example.com", "fbc": value}}, [form])
    fbp = {
        "mobile as the random number": (f"fb.1.{MS}.{MOBILE_IN}", MOBILE_IN),
        "address as the random number": (f"fb.1.{MS}.{EMAIL_IN}", FORM_IN),
        "UPI id": (f"fb.1.{MS}.{MOBILE_IN}@ybl", MOBILE_IN),
        "mobile in the appendix": (f"fb.1.{MS}.1234567890.{MOBILE_JP}", MOBILE_JP),
        "Aadhaar as the random number": (f"fb.1.{MS}.{AADHAAR}", AADHAAR),
    }
    for name, (value, form) in fbp.items():
        yield (f"meta fbp {name} @ event", "track", {"properties": {"fbp": value}}, [form])
        yield (f"meta fbp {name} @ visitor", "track", {"visitor": {"email": "v@example.com", "fbp": value}}, [form])
    fbclids = {
        "mobile": (MOBILE_IN, MOBILE_IN),
        "UPI id": (f"{MOBILE_IN}@ybl", MOBILE_IN),
        "address with underscores": ("zqpriya_v_rediffmail_com", FORM_IN),
        "Japanese mobile after a prefix": ("IwAR_090_4821_7365", MOBILE_JP),
    }
    for name, (value, form) in fbclids.items():
        yield (f"meta fbclid {name}", "page", {"url": f"{SHOP_IN}/p?fbclid={quote(value, safe='')}"}, [form])
    # Values shaped as a SHA-256 digest that are the hex of an address or a phone number: the README passes a
    # digest through unhashed, so the hex of text would leave as it is.
    digests = {
        "hex of an address as email": ({"email": _hex(EMAIL_32)}, _hex(EMAIL_32)),
        "hex of an address as external id": ({"email": "v@example.com"}, _hex(EMAIL_32)),
        "hex of a phone as phone": ({"email": "v@example.com", "phone": _hex(PHONE_32)}, _hex(PHONE_32)),
        "hex of an address as first_name": ({"email": "v@example.com", "first_name": _hex(EMAIL_32)},
                                            _hex(EMAIL_32)),
        "hex of an address with an appendix": ({"email": f"{_hex(EMAIL_32)}.AQ"}, _hex(EMAIL_32)),
        "upper-case hex of an address": ({"email": _hex(EMAIL_32).upper()}, _hex(EMAIL_32)),
    }
    for name, (visitor, form) in digests.items():
        overrides: Dict[str, Any] = {"visitor": visitor}
        if "external id" in name:
            overrides = {"visitor": visitor, "user_id": _hex(EMAIL_32)}
        yield (f"meta digest {name}", "track", overrides, [form])
    # A 64-character value that holds an address is not a digest: it is hashed, or left out, never sent raw.
    padded = (EMAIL_IN + "0" * 64)[:64]
    yield ("meta digest 64 characters holding an address", "track", {"visitor": {"email": padded}}, [FORM_IN])
    yield ("meta digest 64 characters holding an address as external id", "track",
           {"visitor": {"email": "v@example.com"}, "user_id": padded}, [FORM_IN])
    # Meta's own unhashed fields from properties.
    for key, value, form in [("subscription_id", f"{MOBILE_IN}@ybl", MOBILE_IN),
                             ("subscription_id", "+91 98452 17306", MOBILE_IN),
                             ("subscription_id", _groups(AADHAAR), AADHAAR),
                             ("subscription_id", _full_width(EMAIL_JP), FORM_JP),
                             ("lead_id", f"91{MOBILE_IN}", MOBILE_IN),
                             ("fb_login_id", f"0{MOBILE_JP}", MOBILE_JP),
                             ("test_event_code", f"TEST{MOBILE_IN}", MOBILE_IN),
                             ("content_type", f"{MOBILE_IN}@ybl", MOBILE_IN),
                             ("delivery_category", EMAIL_JP, FORM_JP)]:
        yield (f"meta {key} holding {value}", "track", {"properties": {key: value}}, [form])


def cases() -> List[Case]:
    return [*value_cases(), *key_cases(), *meta_cases()]


# Ordinary shop data of both shops, close to the rules: it must still go out.
ORDINARY: Dict[str, List[str]] = {
    "order numbers": ["OD429183746519283100", "402-8317465-9182736", "INV/2026-27/00042", "Order #IN-2026-004821",
                      "123456-20261130-0012345678", "注文番号 2026113000482", "AWB 5948217365",
                      "EE123456789IN", "Yamato 4821-7365-0914", "Sagawa 482173650914"],
    "codes": ["GSTIN 27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "HSN 8517", "JAN 4901234567894", "4901234567894",
              "4549995186550", "JAN 4902370548501",
              "ASIN B0CHX3QBCH", "Model MQ6J3ZP/A", "SKU-IN-98452", "XXXX XXXX 4821", "Aadhaar XXXX XXXX 4821",
              "Card ending 4821", "IFSC HDFC0001234", "UPI", "Pay via UPI or COD", "Coupon DIWALI500"],
    "prices": ["₹1,499", "₹ 12,999.00", "Rs. 2,49,999", "₹1,00,000", "¥12,800", "￥12,800(税込)", "12,800円",
               "1万2800円", "₹499/month", "EMI from ₹2,083/month", "送料無料 ¥3,980以上"],
    "dates": ["30/11/2026", "2026年11月30日", "令和8年11月30日", "2026-11-30", "11/30 (月) 10:00-12:00",
              "Delivery by 3 Dec", "お届け予定日 12月3日"],
    "products": ["iPhone 15 case", "mail order catalog", "Tokyo street food kit", "Redmi Note 13 Pro+ mobile cover",
                 "Phone stand for desk", "Address book A5", "Name plate for home", "Aadhaar card holder",
                 "PAN card cover", "UPI QR stand for shop", "電話機 ホワイト", "お名前シール 100枚",
                 "郵便番号簿 2026年版", "Samsung Galaxy M34 5G (6GB RAM, 128GB)", "Basmati rice 5 kg",
                 "Kurta set for women - Size M", "抹茶 100g 京都宇治産", "Mobile number portability guide"],
    "places": ["Ships from Bengaluru", "Tokyo store pickup", "Delivery in 2-4 days", "COD available",
               "Customer care 1800 209 4999", "Made in Japan", "Sector 5 warehouse"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "order numbers": ["order note", "page title"],
    "codes": ["order note", "page title", "product name in the list"],
    "prices": ["order note", "page title"],
    "dates": ["order note", "page title"],
    "products": ["order note", "page title", "product name in the list"],
    "places": ["order note", "page title"],
}
ORDINARY_URLS = [
    f"{SHOP_IN}/order/OD429183746519283100",
    f"{SHOP_IN}/p/redmi-note-13-cover?utm_source=whatsapp&utm_medium=share",
    f"{SHOP_IN}/search?q=iphone+15+case",
    f"{SHOP_JP}/item/4901234567894/?sc_cid=mail_20261130",
    f"{SHOP_JP}/category/%E6%8A%B9%E8%8C%B6/",
    f"{SHOP_IN}/checkout/payment?method=upi&status=success",
    f"{SHOP_JP}/track?no=482173650914",
]
ORDINARY_KEYS = ["gstin", "gst_number", "hsn_code", "jan_code", "商品名", "商品コード", "注文番号", "配送方法",
                 "支払方法", "数量", "価格", "お届け予定日", "店舗名", "ショップ名", "メーカー名", "ブランド名",
                 "igst", "cgst", "emi_tenure", "cod_available", "upi_app", "payment_mode", "pincode_serviceable"]


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, lambda where, value: order_place(where, value, "INR"))
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
