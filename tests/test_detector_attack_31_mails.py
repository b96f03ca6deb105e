"""The thirty-first attack's mails (mails.py, canonical.readings): a mail's HTML body read as the text a browser
renders; closings signing after a message, without a comma or after a colon; and the shop data of the same shapes
that goes out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical, readings
from meta_capi.postal import PERSON_NAME


# A tag read as what a browser renders in its place: a line break, a blank, or nothing.
@pytest.mark.parametrize(("text", "rendered"), [
    ("<p>Danke!<br>Viele Grüße<br>Katrin Oberhauser</p>", ["Danke!\nViele Gruße\nKatrin Oberhauser"]),
    ("<div>Hi</div>\n  <div>there</div>", ["Hi\nthere"]),  # (a run of them is one line break)
    ("<h3>Tee</h3><div>Mug</div>", ["Tee\nMug"]),
    ("<td>Colour</td><td>Red</td>", ["Colour  Red"]),
    ("<b>New</b> arrival", ["New arrival"]),
    ("jo<span>@</span>example.com", ["jo@example.com"]),
    ("<BR/>Line<Br />", ["Line"]),
    ("<bread>Rye</bread>", ["Rye"]),  # (a tag named like one, not one)
])
def test_a_tag_reads_as_what_a_browser_renders(text, rendered):
    assert readings(text, canonical(text)[0], False) == rendered


NAMED_IN_HTML = [
    "<p>Dobrý den, kdy dorazí balík?<br>S pozdravem<br>Jana Dvořák</p>",
    "<p>Πότε θα έρθει το δέμα;<br>Με εκτίμηση,<br>Μαρία Καραγιαννοπούλου</p>",
    "<p>Hvornår kommer pakken?<br>Med venlig hilsen<br>Mette Jørgensen</p>",
    "<p>拝啓 時下ますますご清栄のこととお慶び申し上げます。<br>敬具<br>鷲尾伊佐子</p>",
    "<div>请问什么时候发货？</div><div>此致</div><div>敬礼</div><div>欧阳晓婷</div>",
    "<p>From: Demo Shop<br>Sent: Monday, December 3, 2026 10:14 AM<br>To: Annabel Whitcombe<br>Subject: Your order</p>",
    "<p>Danke!<br>Viele Grüße<br>Katrin Oberhauser<br><br>Von meinem Samsung Galaxy gesendet</p>",
    "<p>Thanks for the help.</p><p>Kind regards,</p><p>Harriet Pemberton</p>",
]

GOES_OUT_IN_HTML = [
    "<p>Best Friends Mug<br>Size M</p>",
    "<div>Cheers Beer Glass Set</div><div>Set of 4</div>",
    "<p>Kind Regards Greeting Card</p>",
    "<h2>Dear Evan Hansen (Broadway CD)</h2><p>Original cast recording</p>",
    "<table><tr><td>Colour</td><td>Red</td></tr><tr><td>Size</td><td>M</td></tr></table>",
    "<p>Free shipping<br>on orders over 50 €</p>",
    "<p>Sent from my iPhone Case<br>Clear, 6.1 inch</p>",
]


@pytest.mark.parametrize("value", NAMED_IN_HTML)
def test_a_mail_in_html_names_its_writer(value):
    assert detector.reason(value, False) == PERSON_NAME


@pytest.mark.parametrize("value", GOES_OUT_IN_HTML)
def test_shop_data_in_html_goes_out(value):
    assert detector.reason(value, False) == ""


CLOSED = [
    "Grazie\nCiao,\nGiulia Rossi",
    "Obrigada!\nBeijos,\nMariana Costa",
    "Bedankt!\nGroeten,\nSanne de Vries",
    "Merci !\nBonne journée,\nCamille Durand",
    "Dobrý den,\nděkuji.\nHezký den\nJana Dvořák",
    "Дякую!\nГарного дня,\nОлена Ковальчишин",
    "Thanks!\nWarmly,\nAnnabel Whitcombe",
    "Thanks!\nBest,\nAnnabel Whitcombe",
    "Tak!\nVh Mette Jørgensen",
    "Köszönöm!\nÜdvözlettel:\nHorváth Eszter",
    "Khi nào hàng đến?\nTrân trọng,\nTrần Văn Hùng",
    "Kapan paket saya sampai?\nSalam hangat,\nSiti Rahmawati",
    "สินค้าจะมาถึงเมื่อไหร่คะ\nขอแสดงความนับถือ\nสมศรี ศรีสุวรรณพงศ์",
    "Kiitos nopeasta toimituksesta!\nTerveisin Aino Virtanen",
    "Takk for hjelpen!\nHilsen Ingrid Haug\n\nSendt fra min iPhone",
    '{"last_message": "Grazie\\nCiao,\\nGiulia Rossi"}',
    "감사합니다.\n남궁민서 배상",  # (Korean `배상` after the name, as `드림`)
    # the earlier lexicon's gift messages on one line still sign
    "Groetjes, Sanne", "Abraços, Beatriz", "VG Katrin Oberhauser",
]

CLOSINGS_GO_OUT = [
    "Ciao,\nBella Italia", "Beijos,\nBom Apetite Café", "Warmly,\nWilliams Sonoma", "Best, Bestie Card",
    "Groeten uit Amsterdam,\nVan Gogh Museum", "Bonne journée, Paris! Affiche", "Hezký den, Praha! Hrnek",
    "Vh – Volkswagen Händler", "VH Van Halen Tee", "Trân trọng,\nShopee Việt Nam", "Salam hangat,\nTim Shopee",
    "Salam Hangat Kopi Blend", "Terveisin Muumilaakso Postikortti", "Med venlig hilsen Danmark Plakat",
    "Hilsen\nKundeservice", "Üdv,\nAz ügyfélszolgálat", "Respect: Bob Marley Tee", "Thanks!\nWarmly, Team",
    "New in!\nCheers Beer Glass Set", "Thanks!\nCiao, Mamma",
    "손해 배상 청구 안내", "교통사고.\n김철수 배상 책임",  # (`배상` is "compensation" too: not ending the text)
    # a salutation calling a diary
    "Dear Diary,\na journal for teens", "Liebes Tagebuch, heute war ein guter Tag",
]


@pytest.mark.parametrize("value", CLOSED)
def test_a_closing_and_its_signature_name_the_writer(value):
    assert detector.reason(value, False) == PERSON_NAME


@pytest.mark.parametrize("value", CLOSINGS_GO_OUT)
def test_titles_and_businesses_after_a_closing_go_out(value):
    assert detector.reason(value, False) == ""


FOOTERS = [
    "Kiitos!\nTerveisin,\nAino Virtanen\n\nLähetetty iPhonesta",
    "Ευχαριστώ!\nΜε εκτίμηση,\nΜαρία Καραγιαννοπούλου\n\nΣτάλθηκε από το iPhone μου",
    "Дякую!\nЗ повагою,\nОлена Ковальчишин\n\nНадіслано з iPhone",
    "Köszönöm!\nÜdvözlettel,\nHorváth Eszter\n\niPhone-ról küldve",
    "Thanks!\nBest,\nAnnabel Whitcombe\n\nGet Outlook for Android",
    "Mulțumesc!\nCu drag,\nIoana Popescu\n\nTrimis de pe iPhone-ul meu",
]

FOOTERS_GO_OUT = [
    "Sent from my iPhone Phone Case", "Get Outlook for Android", "Kind regards\n\nLähetetty iPhonesta",
    "Samsung Galaxy S24\nApple iPhone 15", "Thanks!\nBest,\nSamsung Galaxy\n\nGet Outlook for Android",
]


@pytest.mark.parametrize("value", FOOTERS)
def test_a_signature_above_a_device_footer_names_the_writer(value):
    assert detector.reason(value, False) == PERSON_NAME


@pytest.mark.parametrize("value", FOOTERS_GO_OUT)
def test_device_lines_without_a_signature_go_out(value):
    assert detector.reason(value, False) == ""
