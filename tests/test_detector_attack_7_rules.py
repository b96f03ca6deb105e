"""Rules closing families of the seventh attack (issue 16): dates after a birth label, national ids under their own
label or key, a Turkish Troy card; each with near-misses."""

import pytest

from meta_capi.detector import (
    BIRTH_DATE,
    CARD,
    LABELLED_NUMBER,
    NATIONAL_ID,
    PHONE,
    key_reason,
    reason,
    value_reason,
)


@pytest.mark.parametrize("text", [
    "Date of birth: 1988-07-14", "DOB 14.07.1988", "Born on 14 July 1988", "Born on July 14, 1988",
    "Birthdate: 07/14/1988", "dateOfBirth: 14-Jul-88", "Fæðingardagur: 14.07.1988", "Sünniaeg: 14.07.1988",
    "Gimimo data: 1988-07-14", "Datum rođenja: 14.7.1988.", "Датум рођења: 14.07.1988",
    "Дата рождения: 1988-07-14", "geburtsdatum 14. Juli 1988",
])
def test_a_date_right_after_a_birth_label_is_personal(text: str) -> None:
    assert reason(text) != ""


@pytest.mark.parametrize("text", [
    "Date of birth: 1988-07-14", "Born on 14 July 1988", "Gimimo data: 1988-07-14",
])
def test_a_birth_date_is_named_as_such(text: str) -> None:
    assert reason(text) == BIRTH_DATE


def test_a_birth_label_of_the_key_lexicon_names_the_number_first() -> None:
    # (Estonian is among the key lexicon's languages since closer 70: its label is personal alone)
    assert reason("Sünniaeg: 14.07.1988") == LABELLED_NUMBER


@pytest.mark.parametrize("text", [
    "Valid until 31.12.2026", "Order date: 2026-07-14", "Delivered on 14 July 2026", "Birthday: 24.12",
    "Birthday sale until 24.12.2026", "Adobe 2024-01-01", "LOT 2026-07-14", "release 2026.07.14",
    "Born to run, 3 colours", "14/07/2026 – 16/07/2026", "v2.14.7",
])
def test_an_ordinary_date_or_a_birth_word_without_a_date_goes_out(text: str) -> None:
    assert reason(text) == ""


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        digits = [int(d) for d in reversed(body + check)]
        if sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits)) % 10 == 0:
            return body + check
    raise AssertionError(body)


def test_a_luhn_valid_troy_card_is_a_card() -> None:
    assert reason(luhn_complete("979200000000000")) == CARD


@pytest.mark.parametrize("text", ["9792000000000001", "9791000000000000", "SKU 9792-0000"])
def test_a_troy_prefix_without_a_valid_card_is_no_card(text: str) -> None:
    assert reason(text) != CARD


@pytest.mark.parametrize("text", [
    "Kennitala: 1407884309", "JMBG: 1407988710020", "ИИН 880714400129", "kt 1407884309", "KT 12345678",
    "ci 4567890", "IIN: 880714400129",
])
def test_a_number_after_a_national_id_label_is_personal(text: str) -> None:
    assert reason(text) in (LABELLED_NUMBER, NATIONAL_ID)


@pytest.mark.parametrize("text", ["18 kt gold 750", "CI 2026-07-14", "kt 5", "ci main build 42"])
def test_short_id_words_without_a_long_number_are_ordinary(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("key", ["kennitala", "jmbg", "iin", "ci_number", "kt_number", "ИИН"])
def test_national_id_words_are_personal_keys(key: str) -> None:
    assert key_reason(key) != ""


@pytest.mark.parametrize("key", ["kt", "ci", "weight_kt", "ci_build", "gold_kt"])
def test_short_id_words_alone_are_no_personal_key(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize(("key", "value", "personal"), [
    ("kt", "1407884309", True), ("ci", "45678901", True), ("kt", "18", False), ("ci", "main", False),
    ("weight_kt", "750", False), ("ci", "v2.14.7", False),
])
def test_a_short_id_word_as_a_key_labels_a_long_number(key: str, value: str, personal: bool) -> None:
    assert bool(value_reason(key, value)) is personal


@pytest.mark.parametrize("text", ["Farsími: 615 1234", "Sími 615-1234", "Símanúmer: 6151234", "simi=615 1234"])
def test_a_seven_digit_number_after_an_icelandic_phone_label_is_personal(text: str) -> None:
    assert reason(text) != ""


@pytest.mark.parametrize("key", ["simi", "sími", "farsimi", "simanumer", "heimasimi"])
def test_icelandic_phone_words_are_personal_keys(key: str) -> None:
    assert key_reason(key) != ""


@pytest.mark.parametrize("text", ["615-1234", "SKU 615-1234-BL", "sími: 5", "Simian Mobile 2026", "simile 12"])
def test_a_national_seven_digit_number_alone_or_a_near_word_is_not_claimed(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("key", ["simian", "simile", "simulation"])
def test_words_beginning_like_simi_are_no_personal_key(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("text", ["+1 (650) SIG-RUNJ", "(650) SIG-RUNJ", "+1-650-SIGRUNJ", "call +1 650 sig runj",
                                  "(650) ABC-1234"])
def test_a_dialled_us_number_with_vanity_letters_is_a_phone(text: str) -> None:
    assert reason(text) == PHONE


@pytest.mark.parametrize("text", ["Call 1-800-FLOWERS", "Hotline 1-800-MY-APPLE", "+1 800 FLOWERS",
                                  "+1 (888) GO-APPLE", "650 SIG-RUNJ", "Model (650) ABC", "(Size 650) XL",
                                  "Lego (42115) Lamborghini", "v2.14.7 (650) build"])
def test_toll_free_vanity_numbers_and_undialled_letters_go_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("text", ["1407884309", "note 1407884309", "1407988710020", "0101990712345"])
def test_a_bare_kennitala_or_jmbg_passing_its_check_is_a_national_id(text: str) -> None:
    assert reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", [
    "1407884305",  # a kennitala's body with a wrong check digit
    "1407884301",  # a right check digit, but no century 9, 0 or 8
    "1407988710021",  # a JMBG's body with a wrong check digit
    "1732875000", "1700000000000",  # timestamps in seconds and milliseconds
    "3214884309",  # no date at its head
])
def test_ten_and_thirteen_digit_numbers_failing_those_checks_are_no_national_id(text: str) -> None:
    assert reason(text) != NATIONAL_ID
