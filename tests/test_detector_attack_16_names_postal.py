"""The names and address layouts of the sixteenth attack (postal.py, canonical.py, personal_keys.py): Italian and
Malay honorifics, `Kepada` as a salutation, a name label after another field's colon or ` / `, a gift card's sender
(`De la part de :`), Thai recipients and senders as person labels, capitals with a stroke kept capital (`Ørsted`);
a Dutch Roman floor and Vienna's stair and door after the house number, a Nordic street word apart after a name in
the genitive before a postal code and its town, a Thai line whose next part follows a blank, Malaysian lines, a
German or Dutch one-word street after its number; exact verdicts, and the ordinary values next to each rule they
must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal
from meta_capi.canonical import canonical

NAMES = [
    "Gentile Sig.ra Marchetti,\ngrazie",
    "Gentile Dott.ssa Bianchi,",
    "Kepada Puan Siti Hajar,\nterima kasih",
    "Kepada Encik Ahmad,",
    "Penerima: Cik Aminah Yusof",
    "Bitte bei Nachbarin abgeben: Name: Frau Schmidt, Nr. 12",
    "Booking ref: K7XQ2P / Last name: Brevil",
    "Order 1182 / Recipient: Jonas Weidl",
    "Joyeux anniversaire ! De la part de : Camille Brévil",
    "Feliz cumpleaños. De parte de: Lucía Fernández",
    "Buon compleanno! Da parte di: Giulia Rossi",
    "Mottagare: Åsa Ørsted",
    "Odbiorca: Łukasz Nowak",
    "ผู้รับ: คุณสมหญิง รักไทย",
    "ผู้ส่ง: สมชาย ใจดี",
]
ORDINARY_NEAR_NAMES = [
    "Gentile cliente,",  # one word of a circular after a salutation
    "Kepada pelanggan yang dihormati",
    "Sig.ra Collection, Milano",
    "Booking ref: K7XQ2P / Seat: 14A",
    "Size: M / Colour: Navy Blue",
    "Shipping: Free / Returns: Free",
    "De la part de l'équipe",
    "From: Example Store",
    "Ørsted hoodie",
    "Łódź collection",
    "ผู้รับผิดชอบ: ฝ่ายขาย",  # `ผู้รับผิดชอบ`, the team in charge, is not `ผู้รับ`
    "สินค้าคุณภาพดี ส่งฟรี",  # `คุณภาพ`: quality
]

ADDRESSES = [
    "Keizersgracht 123-II, 1015 CJ Amsterdam",
    "Prinsengracht 263-III, Amsterdam",
    "Mariahilfer Gasse 12/3/14, 1060 Wien",
    "Karl Johans gate 22, 0159 Oslo",
    "Thorvald Meyers gate 12, 0555 Oslo",
    "Kongens gade 5, 1264 København",
    "99/9 ซอยสุขุมวิท 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ กรุงเทพฯ 10110",
    "12 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200",
    "Lot 5, Lorong Maarof, Bangsar, 59000 Kuala Lumpur",
    "No. 8, Jalan Bukit Bintang, 55100 Kuala Lumpur",
    "Lorong Maarof 3, Bangsar",
    "leave with neighbour Frau Schmidt, No 12 Lindenweg, 10115 Berlin",
    "12 Hauptstraße, Berlin",
    "Lindenweg 4, 10115 Berlin",
]
ORDINARY_NEAR_ADDRESSES = [
    "Pets gate 2, black",  # a gate for pets: no postal code and town after it
    "Safety gate 3, white",
    "Baby gate 2, 1000 Pieces",
    "Version 1.2-II, stable",
    "Puzzle 12/3/14, boxed",
    "Level 123-II, Blue",
    "Lot 5, Blue Sneakers",
    "Set of 3 Wanderweg maps",
    "12 Arcade, blue",
    "ถนนคนเดิน 2024 ของฝาก",  # a walking street's market, no house number
]


@pytest.mark.parametrize("text", NAMES)
def test_a_name_the_sixteenth_attack_wrote_is_a_person_s_name(text):
    assert detector.reason(text) == postal.PERSON_NAME


@pytest.mark.parametrize("text", ORDINARY_NEAR_NAMES)
def test_ordinary_text_near_those_names_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ADDRESSES)
def test_an_address_the_sixteenth_attack_wrote_is_a_postal_address(text):
    assert detector.reason(text) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("text", ORDINARY_NEAR_ADDRESSES)
def test_ordinary_text_near_those_addresses_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "form"), [("Ørsted", "Orsted"), ("Łukasz", "Lukasz"), ("Đorđe", "Dorde"),
                                            ("ørsted", "orsted"), ("łódź", "lodz")])
def test_a_letter_with_a_stroke_keeps_its_case_in_the_canonical_form(text, form):
    assert canonical(text)[0] == form


@pytest.mark.parametrize(("key", "verdict"), [("ผู้รับ", True), ("ผู้ส่ง", True), ("ผู้รับผิดชอบ", False)])
def test_thai_recipient_and_sender_are_person_labels_of_the_key_lexicon(key, verdict):
    assert (detector.key_reason(key), detector.names_a_person(key)) == (
        detector.PERSONAL_KEY if verdict else "", verdict)


SIGNED = [
    "Cheers, Jo Smithwick",
    "Kind regards,\nAlastair Pemberton",
    "Kind regards,\nJo",
    "Cordialement,\nJean Dupont",
    "Mit freundlichen Grüßen\nJonas Weidl",
    "MIT FREUNDLICHEN GRÜSSEN\nJonas Weidl",
    "Met vriendelijke groet,\nSanne de Vries",
    "Hälsningar, Åsa Ørsted",
    "Thanks for the order. Kind regards, Jo Smith",
    "Z poważaniem,\nJan Kowalski",
]
ORDINARY_NEAR_SIGNED = [
    "Cheers Beer Glass",
    "Cheers, Mate",  # one word after a comma, not on a line of its own
    "Best regards, Example Shop",
    "Kind regards,\nThe Team",
    "Kind Regards Mug, Large",
    "Cordialement Mug",
    "Thanks, Wyn",
    "Regards, blue",
    "Say cheers, Jo Smith",  # the closing opens no text, line or sentence
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_name_after_a_letter_s_closing_formula_is_a_person_s_name(text):
    assert detector.reason(text) == postal.PERSON_NAME


@pytest.mark.parametrize("text", ORDINARY_NEAR_SIGNED)
def test_ordinary_text_near_a_closing_formula_goes_out(text):
    assert detector.reason(text) == ""
