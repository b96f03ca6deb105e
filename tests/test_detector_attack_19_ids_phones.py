"""The nineteenth attack's ids, phones, refusals and Meta fields (tests/privacy_attack_cases_19.py): phone label
words by kind (a six-digit number after one), Croatian, Serbian and Bosnian number words, ids read after their labels
(`ЕМБГ`, Jordan's national number, `C.I. N°`, a voter card) or by their printed layout and check (Venezuela's and
Uruguay's cédulas, Belarus's and Albania's personal numbers), the JMBG and the IDNP in the user agent, the EGN and the
OIB refused as amounts, a form's field refused as an event name, words alone giving way as event_id; with the near
misses each rule leaves alone."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import detector, values
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE
from meta_capi.errors import EventError
from meta_capi.national_ids import egn, idnp, jmbg, oib
from meta_capi.payload import build_request
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Tél. portable : 78 42 13", PHONE),  # six digits after a mobile's word (New Caledonia)
    ("Tel: 784213", PHONE),
    ("Mobile 78.42.13", PHONE),
    ("телефон: 78 42 13", PHONE),
    ("Naba ni talevoni: 927 4813", LABELLED_NUMBER),  # Fijian: the telephone's number
    ("Namba bilong fon: 7248 2136", LABELLED_NUMBER),  # Tok Pisin
    ("Tél. portable : 78 42 1", ""),  # five digits: no number of any plan
    ("Prix: 78 42 13", ""),  # no phone's word
    ("Tel-784213", ""),  # glued by a dash: a code
    ("Tel: 78 42 13 45 67", PHONE),  # ten digits, not six: judged by the other rules (an NANP number in pairs)
    ("Fon 2024", ""),
])
def test_a_number_after_a_phone_word_is_a_phone_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("nula devet jedan četiri osam dva sedam jedan tri šest", PHONE),  # Croatian number words
    ("нула девет један четири осам два седам један три шест", PHONE),  # Serbian in its script
    ("jedan dva tri", ""),  # three words: no number
])
def test_croatian_and_serbian_number_words_are_read_as_digits(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("ЕМБГ: 2305877455036", LABELLED_NUMBER),  # the JMBG in Macedonian, after its label
    ("ЈМБГ 1403985710025", LABELLED_NUMBER),  # (its check wrong: the label says it)
    ("الرقم الوطني: 9861043217", NATIONAL_ID),  # Jordan's national number after its label
    ("رقم الهوية: 000048217365", NATIONAL_ID),  # twelve digits after an identity label
    ("ID number 3084567235", ""),  # ten digits after another identity label need a check
    ("ID: 000048217365", ""),  # `ID` alone: a record's number as often
    ("Voter card no. 0084213765", PHONE),  # a voter card's number is personal (read as a phone first)
    ("C.I. N° 4.512.837", LABELLED_NUMBER),  # Paraguay: the number sign leaves the label in charge
    ("Order N° 4.512.837", ""),
    ("Gift card no. 0084213765", ""),  # a card, but no identity card
    ("Identity number 4.512.837", NATIONAL_ID),  # a dotted number after an identity label
    ("Order number 4.512.837", ""),
])
def test_an_id_after_its_label_is_personal(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("C.I. " + "N° " * 1000 + "4.512.837", LABELLED_NUMBER),  # the label before the signs, however many
    ("N°" * 1000 + "4512837", ""),  # signs alone, no label: no trap (they were a call deeper each)
    ("Order " + "N°" * 1000 + " 4.512.837", ""),
])
def test_number_signs_in_a_row_leave_the_label_before_them_in_charge(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("V-17.482.913", NATIONAL_ID),  # Venezuela's cédula as printed: V, a dash, dotted digits
    ("C.I. E-84.213.765", NATIONAL_ID),
    ("order_id V-1.482.913", NATIONAL_ID),
    ("4.827.136-6", NATIONAL_ID),  # Uruguay's cédula: seven digits dotted and its check digit
    ("4.827.136-5", ""),  # a wrong check digit
    ("TV-17.482.913", ""),  # a word glued before: a code
    ("X-17.482.913", ""),
    ("17.482.913", ""),  # dotted digits alone: an amount
    ("3140385A004PB5", NATIONAL_ID),  # Belarus: a birth date, a region's letter, citizenship PB, a digit
    ("3140385X004PB5", ""),  # no region letter
    ("3143385A004PB5", ""),  # no month 33
    ("3140385A004XY5", ""),  # no citizenship
    ("Nr. personal: J85415012K", NATIONAL_ID),  # Albania: a letter, a birth date (a woman's month + 50), a letter
    ("J87115012K", ""),  # month 71: no date
    ("j85415012k", NATIONAL_ID),  # in lower case too (twenty-first attack): its letters in one case
    ("j85415012K", ""),  # letters of two cases
])
def test_an_id_by_its_printed_layout_and_check_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14) 1403985710024", NATIONAL_ID),  # a JMBG: birth date and check
    ("Mozilla/5.0 (Linux; Android 14) 2004004827131", NATIONAL_ID),  # a Moldovan IDNP: its check
    ("Mozilla/5.0 (Linux; Android 14) رقم الهوية: 000048217365", NATIONAL_ID),
    ("Mozilla/5.0 (Linux; Android 14) 4.827.136-6", NATIONAL_ID),
    ("Mozilla/5.0 (Linux; Android 14) 1403985710025", ""),  # a wrong check digit
    ("Mozilla/5.0 (Linux; Android 14) 1732875000000", ""),  # a time in ms
])
def test_ids_in_the_user_agent(agent: str, found: str) -> None:
    assert detector.user_agent_reason(agent) == found


@pytest.mark.parametrize(("digits", "check", "expected"), [
    ("69482137054", oib, True), ("69482137055", oib, False),
    ("8506124716", egn, True), ("0442183579", egn, True), ("8506124717", egn, False), ("8533124716", egn, False),
    ("1403985710024", jmbg, True), ("1403985710025", jmbg, False),
    ("2004004827131", idnp, True), ("2004004827132", idnp, False), ("2504004827131", idnp, False),
])
def test_the_checks_of_the_new_ids(digits: str, check: Any, expected: bool) -> None:
    assert check(digits) is expected


@pytest.mark.parametrize(("amount", "refusal"), [
    (69482137054, values.ID_SHAPED),  # a Croatian OIB
    (8506124716, values.ID_SHAPED),  # a Bulgarian EGN
    (8506124000, ""),  # in thousands: an amount
    (8506124717, ""),  # a wrong check digit
    (999999999, ""),  # nine digits
    (69482137000, ""),
])
def test_an_egn_or_an_oib_is_no_amount(amount: int, refusal: str) -> None:
    assert values.amount_refusal(amount) == refusal


def _request(properties: Dict[str, str], name: str = "Product Viewed") -> Dict[str, Any]:
    event = make_event("track", name=name, properties=properties)
    request = build_request("track", event, make_settings(), now=NOW)
    return json.loads(request.body)["data"][0]


@pytest.mark.parametrize("name", ["Yaca: Losana Vakaloloma", "Hingoa: Sione Fifita", "Igoa: Tavita Leiataua"])
def test_a_label_and_its_value_as_an_event_name_is_an_err_without_the_value(name: str) -> None:
    with pytest.raises(EventError) as raised:
        _request({}, name)
    assert str(raised.value) == f"the track event's name {PERSON_NAME}: the event is not sent"


@pytest.mark.parametrize("name", ["Video: Play", "Button Clicked", "Quiz: Step 2", "Checkout Step: Shipping Address"])
def test_an_event_name_with_a_colon_but_no_field_goes_out(name: str) -> None:
    assert _request({}, name)["event_name"] == name


@pytest.mark.parametrize(("event_id", "sent"), [
    ("Losana Vakaloloma", "11111111-2222-3333-4444-555555555555"),  # words alone: the uuid instead
    ("evt-2024-0001", "evt-2024-0001"),
    ("Order 1001", "Order 1001"),
])
def test_words_alone_give_way_as_event_id(event_id: str, sent: str) -> None:
    assert _request({"event_id": event_id})["event_id"] == sent
