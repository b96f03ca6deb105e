"""The names in support tools' texts and the spelled phone number of the eighteenth attack (named_in_text.py,
assembled.py): a self-introduction, a word for a person, an English honorific in running text and a signature after
`--` before a full name, and number words read as digits right after their label; exact verdicts, and the ordinary
values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, named_in_text, postal

NAMES = [
    "Customer: Hi, I am Grace Nakato, order not arrived. Agent: Sorry Grace",
    "hi i am Grace Nakato and my parcel is late",
    "I'm Tigran Hakobyan.",
    "I’m Tigran Hakobyan, order 12",
    "Hello, my name is Grace",
    "My name is Kwame Mugisha and I ordered shoes",
    "Summary: the user Tigran Hakobyan asked about a refund",
    "customer Sopheap Lim called twice",
    "Refund approved for client Tsetseg Dorj.",
    "Called back Mr. Kwame Mugisha re delivery",
    "spoke to Mrs Grace Nakato, refund sent",
    "Ms. Sopheap Lim asked for a refund",
    "Great fast delivery! -- Tsetseg Dorj, Ulaanbaatar",
    "-- Tsetseg Dorj",
    "Works well.\n-- Kwame Mugisha\nKampala",
    '{"msg": "Love it. -- Grace Nakato"}',
]

ORDINARY = [
    "Agent Provocateur Lingerie Set",
    "Name Tag Set",
    "I Am Legend Blu-ray",
    "I am Very Happy With This Product Overall",
    "My Name Is Earl Season 1",
    "Customer Service Team",
    "Customer Reviews Widget",
    "user Interface Design Kit Pro Edition",
    "Mr. Potato Head",
    "Mr. Clean Magic Eraser",
    "Mrs. Meyer's Clean Day Hand Soap",
    "Mr. Kwame",
    "the Mr. Potato Head",
    "Buy Mr. Potato Head Toy",
    "Jacket -- Navy Blue",
    "Socks -- Size 42",
    "Great fast delivery! -- Fast Shipping Guaranteed Today",
    "I am happy with Blue Sneakers Deluxe Edition",
    "member since 2019",
]


@pytest.mark.parametrize("value", NAMES)
def test_a_name_in_a_support_tools_text_is_a_persons_name(value):
    assert named_in_text.reason(detector.decode(value)[0]) == postal.PERSON_NAME
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", ORDINARY)
def test_a_title_next_to_those_layouts_is_not_a_name(value):
    assert named_in_text.reason(detector.decode(value)[0]) == ""
    assert detector.reason(value) == ""


@pytest.mark.parametrize(("value", "expected"), [
    # (the possessive and the number word are linked to the number by `is`: the label names it, twenty-second attack)
    ("my number is five five five one two three four five six", detector.LABELLED_NUMBER),
    ("Please deliver: my number is five five five one two three four five six. Thanks", detector.LABELLED_NUMBER),
    ("phone: five five five one two three four five six", detector.LABELLED_NUMBER),
])
def test_number_words_after_their_label_are_read_as_the_labelled_number(value, expected):
    assert detector.reason(value) == expected


@pytest.mark.parametrize("value", [
    "one two three four five six seven eight nine ten",
    "Size chart: one two three four five six seven",
])
def test_number_words_counting_without_a_label_are_not_a_number(value):
    assert detector.reason(value) == ""


def test_a_name_in_text_is_not_looked_for_in_an_id_or_a_url_path():
    assert detector.reason("Called back Mr. Kwame Mugisha re delivery", id_like=True) == ""
