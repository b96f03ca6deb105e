"""The twenty-seventh attack's names with letters that fold to no ASCII letter (tests/privacy_attack_cases_27.py): a
name's word is an upper-case letter of any alphabet with case and lower-case letters after it (postal._PERSON_WORD),
so Icelandic `Þ`, `Ð`, Danish `Æ`, Azerbaijani `Ə`, Hausa `Ɗ`, `Ƙ`, Ewe `Ɖ`, `Ɔ`, Akan `Ɛ`, Sami `Ŋ` and Ojibwe's
modifier letter apostrophe are read where their ASCII twins are. With the near misses that go out as their ASCII twins
do: product titles holding those letters, one word after a role label, a business's words. And iCalendar's common name
parameter (`ATTENDEE;CN=…`) in a calendar, and a self-introduction with its capital after `!` or `.` (Quechua
`Sutiymi`)."""

from __future__ import annotations

import pytest

from meta_capi import detector

NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "Ship to: Þórunn Ægisdóttir",
    "Attn: Guðrún Sigurðardóttir",
    "Customer: Elvin Məmmədov",
    "Reviewed by: Ɗanjuma Ƙarƙasa",
    "Recipient: Kɔfi Ɖogbe",
    "Dear Ama Ɔsɛi,\nthank you for your order.",
    "Dear Mrs Áŋŋá Ŋuorra,\nyour parcel is on its way.",
    "Thanks for the quick delivery.\nKind regards,\nMaʼiingan Benais",
    "Hello, my name is Ægir Mælkevej and I ordered",
    "Sannu, sunana Ɗanjuma Ƙarƙasa",
    "Akwaaba, me din de Ama Ɔsɛi",
    "Ship to: Danjuma Ƙarƙasa",  # one such letter anywhere in the name
    "Ship to: Rókur Daðason",
])
def test_a_name_with_letters_that_fold_to_no_ascii_letter_is_read_as_its_ascii_twin(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Ægir Brugghús Lager 6-pack",
    "Þristur Candy Bar",
    "Lopapeysa Þel Wool Sweater",
    "Mælkebøtte Honning 500 g",
    "Bəy Çayı Qara Çay 250 g",
    "Ɗan Kano Kaftan",
    "Kɔkɔɔ Shea Butter",
    "Ɛkɔm Chocolate",
    "Ŋuorra Sami Knife",
    "Maʼiingan Beadwork Earrings",
    "Customer: Þjónusta",  # one word after a role label, as `Customer: Returning`
    "Customer: Ɔsɛ",
    "Attn: Ægir Brugghús Team",  # a business's word, as `Attn: Customer Service`
    "Best regards, Ægir Brugghús Team",
    "Kind regards,\nÆgir Brugghús Team",
    "Dear Þjóðhátíð Shoppers,",  # a generic addressee
    "Mr. Ægir Magic Eraser",  # a title's capitalized words going on
    "Ship to: ÞÓRSHÖFN",  # one word in capitals: a town as often
])
def test_a_product_with_letters_that_fold_to_no_ascii_letter_goes_out_as_its_ascii_twin(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "twin"), [
    ("Ship to: Ægir Mælkevej", "Ship to: Aegir Maelkevej"),
    ("Customer: Þjónusta", "Customer: Thjonusta"),
    ("Best regards, Ægir Brugghús Team", "Best regards, Aegir Brugghus Team"),
    ("Ɗan Kano Kaftan", "Dan Kano Kaftan"),
])
def test_letters_that_fold_to_no_ascii_letter_change_no_verdict_of_the_ascii_twin(text: str, twin: str) -> None:
    assert detector.reason(text) == detector.reason(twin)


@pytest.mark.parametrize(("text", "found"), [
    ("BEGIN:VEVENT\nATTENDEE;CN=Tigist Alemu;ROLE=REQ-PARTICIPANT;RSVP=TRUE\nEND:VEVENT", NAME),
    ('BEGIN:VCALENDAR BEGIN:VEVENT ORGANIZER;CN="Ana Ruiz":x END:VEVENT END:VCALENDAR', NAME),
    # near misses: a calendar without a common name, a certificate's outside a calendar, a room's number
    ("BEGIN:VEVENT\nSUMMARY:Black Friday Sale\nDTSTART:20261127T090000Z\nEND:VEVENT", ""),
    ("Subject: CN=shop.example.com, O=Example Shop", ""),
    ("BEGIN:VEVENT\nATTENDEE;CUTYPE=ROOM;CN=42:x\nEND:VEVENT", ""),
])
def test_a_calendars_common_name_parameter_names_its_participant(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Allillanchu! Sutiymi Rosa Quispe Huamán", NAME),
    ("Allillanchu. Sutiymi Rosa", NAME),
    ("Imaynalla? Sutiymi Rosa Quispe", NAME),
    # near misses: a title's words after `!` that open no self-introduction
    ("New! Alpaca Scarf", ""),
    ("Hurry! Limited Stock. Shop Now", ""),
    ("Sale! Sutiy Collection", ""),
])
def test_a_self_introduction_with_its_capital_opens_a_clause_after_a_sentences_end(text: str, found: str) -> None:
    assert detector.reason(text) == found
