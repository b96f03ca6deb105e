"""Rules closing the identity-number families of the eleventh attack (issue 16): Japan's My Number and India's
Aadhaar by their check digits, a person's PAN in any case, national ids and id documents in the user agent, the
passport's Japanese, Chinese and Korean labels, and 64 hex characters that spell text (no SHA-256 digest); each
with near-misses that go out."""

import pytest

from meta_capi import detector, identity
from meta_capi.detector import CARD, LABELLED_NUMBER, NATIONAL_ID, PHONE
from meta_capi.privacy import user_agent_refusal

MY_NUMBER = "482173650919"  # eleven digits and the check digit of weights 6 5 4 3 2 7 6 5 4 3 2
AADHAAR = "497318260543"  # eleven digits and Verhoeff's check digit


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def _user_agent(inside: str) -> str:
    return f"Mozilla/5.0 (Linux; Android 14; {inside}) AppleWebKit/537.36 Chrome/120.0.0.0 Mobile Safari/537.36"


@pytest.mark.parametrize("text", [
    MY_NUMBER, "4821 7365 0919", "4821-7365-0919", _full_width("4821-7365-0919"),
    "234123412346",  # UIDAI's sample Aadhaar
    AADHAAR, "4973-1826-0543", "Happy Diwali! 4973 1826 0543 - see you soon",
    f"お届け先メモ {MY_NUMBER} よろしく",
])
def test_twelve_digits_with_a_my_number_or_aadhaar_check_digit_are_a_national_id(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("path", ["mypage\n4821 7365 0919\norders", "mypage\n4821-7365-0919\norders"])
def test_a_my_number_in_groups_in_a_url_path_is_a_national_id(path: str) -> None:
    assert detector.reason(path, segments=True) == NATIONAL_ID


@pytest.mark.parametrize("path", [f"mypage\n{MY_NUMBER}\norders", "100234567890\n2024-1001.pdf"])
def test_twelve_digits_unbroken_in_a_url_path_are_an_id_of_the_path(path: str) -> None:
    assert detector.reason(path, segments=True) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("482173650918", ""),  # the check digit off by one (nor a Verhoeff number)
    ("Order 482173650919", ""),  # after a code label: the order's number
    ("S/N 4821 3379 1204", ""),  # a serial number
    ("4111 1111 1111 1111", CARD),  # 4-4-4-4: a card's groups, never read as twelve digits
    ("+52 55 1234 5678", PHONE),  # dialled: a phone number
    ("123456789012", ""),
])
def test_twelve_digits_without_the_check_or_after_a_code_label_are_no_national_id(text: str, expected: str) -> None:
    assert detector.reason(text) == expected


UPC_A_AND_MY_NUMBER = "050699079801"  # passes the GS1 check and a My Number's (one My Number in ten does)


@pytest.mark.parametrize("text", [f"Blue Sneakers {UPC_A_AND_MY_NUMBER}", f"UPC-A barcode: {UPC_A_AND_MY_NUMBER}"])
def test_twelve_unbroken_digits_with_a_gs1_check_digit_are_a_products_upc_a(text: str) -> None:
    assert detector.reason(text) == ""


def test_twelve_digits_with_a_gs1_check_digit_in_4_4_4_groups_are_still_a_national_id() -> None:
    grouped = f"{UPC_A_AND_MY_NUMBER[:4]} {UPC_A_AND_MY_NUMBER[4:8]} {UPC_A_AND_MY_NUMBER[8:]}"
    assert detector.reason(grouped) == NATIONAL_ID


def test_a_my_number_in_an_id_is_the_ids_own_number() -> None:
    assert detector.reason(MY_NUMBER, id_like=True) == ""


@pytest.mark.parametrize("text", ["azqpv4821k", "Azqpv4821K", "mera pan azqpv4821k hai", "AZQPV4821K", "AAACB1234F"])
def test_a_persons_pan_in_any_case_and_any_pan_in_capitals_are_a_national_id(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", [
    "aaacb1234f",  # a company's PAN (fourth letter C) in lower case: as many codes are spelled
    "abcde1234f",  # no holder type
    "order12345", "sku-ab1234x",
])
def test_lower_case_codes_of_a_pans_length_that_name_no_person_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("inside", [
    AADHAAR, "4973-1826-0543", MY_NUMBER, "4821 7365 0919", "AZQPV4821K", "azqpv4821k", "mera PAN AZQPV4821K hai",
    "Passport No: Z4821736",
])
def test_national_ids_and_a_labelled_passport_in_the_user_agent_are_left_out(inside: str) -> None:
    assert user_agent_refusal(_user_agent(inside)) == NATIONAL_ID


def test_a_passport_glued_to_its_japanese_label_in_the_user_agent_is_left_out() -> None:
    # (the reading with a blank where Latin letters meet kana or Han names its label first: session 31)
    assert user_agent_refusal(_user_agent("旅券番号TK4821736")) == LABELLED_NUMBER


@pytest.mark.parametrize("user_agent", [
    "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Instagram 309.1.0.41.113 Android (33/13; 420dpi; "
    "1080x2400; samsung; SM-A536B; a53x; s5e8825; en_US; 536988435)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "[FBAN/FBIOS;FBAV/442.0.0.41.113;FBBV/553542470;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;"
    "FBID/phone;FBLC/en_US;FBOP/5]",
    _user_agent("Pixel 8 Pro"),
    _user_agent("RMX3085"),
])
def test_ordinary_user_agents_with_builds_and_models_go_out(user_agent: str) -> None:
    assert user_agent_refusal(user_agent) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("旅券番号：TK4821736", LABELLED_NUMBER),
    ("パスポート番号 TK4821736", LABELLED_NUMBER),
    ("护照号码：E12345678", LABELLED_NUMBER),
    ("護照號碼: 312345678", LABELLED_NUMBER),
    ("여권번호 M12345678", LABELLED_NUMBER),
    ("旅券番号TK4821736", NATIONAL_ID),  # glued to its label, as Japanese is written
])
def test_a_passport_number_after_its_japanese_chinese_or_korean_label_is_found(text: str, expected: str) -> None:
    assert detector.reason(text) == expected


@pytest.mark.parametrize("text", ["パスポートケース 3個", "旅券 2冊", "パスポートケース ネイビー"])
def test_passport_products_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["旅券番号", "パスポート番号", "护照号码", "여권번호"])
def test_a_key_naming_a_passport_in_japanese_chinese_or_korean_is_personal(key: str) -> None:
    assert detector.key_reason(key) == detector.PERSONAL_KEY


EMAIL_HEX = b"zqpriya.venkatesh@rediffmail.com".hex()
PHONE_HEX = b"+91 98452 17306 (Priya, Zqhome) ".hex()


@pytest.mark.parametrize("value", [
    EMAIL_HEX, EMAIL_HEX.upper(), PHONE_HEX, f"{EMAIL_HEX}.AQ",
    "東京都千代田区丸の内1-".encode().hex(),  # UTF-8 text
    "東京都千代田区丸の内一丁目".encode().hex()[:64],  # cut in a character's bytes
    ("line one\nline two, " + "x" * 12).encode().hex(),  # a line break inside
])
def test_sixty_four_hex_characters_that_spell_text_are_no_digest(value: str) -> None:
    assert identity.prehashed(value) is None


def test_the_hex_of_an_address_is_hashed_as_any_external_id() -> None:
    assert identity.external_ids([EMAIL_HEX]) == [identity.sha256_hex(EMAIL_HEX)]


def test_the_hex_of_an_address_given_as_email_is_left_out_as_no_address() -> None:
    assert identity.customer_information({"email": EMAIL_HEX}, "", 2026) == {}


@pytest.mark.parametrize("value", [
    identity.sha256_hex("zq@example.com"), identity.sha256_hex("+919845217306"), identity.sha256_hex(""),
    bytes(range(1, 33)).hex(),  # control bytes: no text
    bytes(range(0x7F, 0x9F)).hex(),
    bytes(range(0xC0, 0xE0)).hex(),  # not UTF-8
])
def test_a_digest_whose_bytes_are_no_text_passes_through(value: str) -> None:
    assert identity.prehashed(value) == value
    assert identity.prehashed(value.upper() + ".AQ") == value + ".AQ"
