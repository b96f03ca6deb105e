"""Closer 129 (the thirty-second and thirtieth attacks' last leaks: reviews' bylines, order and invoice titles, gift
notes and a Korean self-introduction).

- A verified label's third form, a verified review (reviews.VERIFIED: `Recensione verificata`, `Verified Review`,
  `Avis vérifié`), and after any verified label a middle dot, a bullet or ` | ` and a full name ending the line, or a
  dash and a full name before its town (reviews.AFTER_VERIFIED); a review page's badge there is none
  (reviews.REVIEW_TITLE_WORDS: `Verified Purchase · Top Contributor`).
- A full name opening the text or a line before a verified label in brackets or after a comma, a dash, ` | ` or a
  middle dot, ending the line (reviews.NAMED_VERIFIED); a review's title there is none (reviews.REVIEW_TITLE_WORDS:
  `Top Qualität – Verifizierter Kauf`).
- A review's label and its colon opening the text (reviews.REVIEW_LABELS: `Opinia:`, `Review:`, `Bewertung:`), then
  a sentence's end and a signature with its town, maybe its date (reviews._SIGNED_UNDER_LABEL); a signature after a
  dash may carry the date too (reviews._SIGNED, reviews._DATE).
- A full name alone on a line above a reviewer's profile line, Google's `Local Guide · 42 reviews · 18 photos` and
  Trustpilot's `DE • 3 reviews` (reviews.PROFILE_ABOVE); a product's card with its count of reviews alone goes out.
- An order's or an invoice's number holding three digits in a row, a title's separator and a full name
  (greetings._AFTER_ORDER_SET_OFF: `Zamówienie nr 48213 – …`, `Order #48213 | …`), not a booking's.
- An invoice's or a receipt's noun alone before a full name filling the text, in the languages that set a name so
  (greetings._INVOICES: `Rechnung …`, `Invoice …`), not before a template's or stationery's words
  (greetings._INVOICE_GOODS).
- A message signed as the reader's own (mails._FROM_YOURS: `von deiner Lina`, `from your Anna`, `de ta …`), opening
  the text or a clause or after a wish or a closing; not the family by its role, a crowd, a shop's page.
- A Korean self-introduction after a greeting (mails._KOREAN_GREETED_INTRO: `안녕하세요, 저는 박지훈입니다`), not a
  role's or a nationality's word (`저는 한국인입니다`) nor `저는` without the greeting.
- `Transcript:` before a name and a date stays unclaimed (a podcast's episode is titled so as often), and so does a
  dash glued to a name under a line ending in an emoji (`So cute 🥰\\n-Hello Kitty` is a list's).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

# --- verified labels and a review's writer ------------------------------------------------------------------------
VERIFIED_WRITERS = [
    "Verified Purchase · Mareike Quendrix", "Verified Buyer | Mareike Quendrix", "Verifizierter Kauf · Jonas Quarvelle",
    "Achat vérifié • Claire Quendrix", "Verified Review – Mareike Quendrix, Leeds",
    "Avis vérifié – Claire Quendrix, Lyon", "Reseña verificada – Lucía Quarvelle, Sevilla",
    "Mareike Quendrix (Verified Buyer)", "Mareike Quendrix (verified purchase)\nToo small for me.",
    "Mareike Quendrix [Verified Buyer] – ★★★★☆", "M. Quendrix {Verified Buyer}",
    "Jonas Quarvelle – Verifizierter Käufer\nPasst gut", "Claire Quendrix, Acheteuse vérifiée",
    "Lucía Quarvelle · Compra verificada", '{"author": "Mareike Quendrix (Verified Buyer)"}',
    "Sanne Quarvelle - Geverifieerde aankoop",
]


@pytest.mark.parametrize("text", VERIFIED_WRITERS)
def test_a_writer_beside_a_verified_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


VERIFIED_LOOK_ALIKES = [
    "Verified Purchase", "Verified Purchase · Top Contributor", "Verified Purchase · Size Guide",
    "Verified Purchase – Size Guide", "Verified Purchase | Helpful Report", "Top Qualität – Verifizierter Kauf",
    "Perfect Fit – Verified Purchase", "Great Shoes (Verified Purchase)", "Nike Air (Verified Purchase)",
    "Sehr Gut (Verifizierter Kauf)", "Great fit, true to size. (Verified Buyer)", "Verified Buyer",
    "Verified Purchase · Color: Black", "Love These – Verified Buyer",
]


@pytest.mark.parametrize("text", VERIFIED_LOOK_ALIKES)
def test_a_verified_label_beside_a_review_s_title_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a review's label and its signature; a dated signature ---------------------------------------------------------
LABELLED_SIGNATURES = [
    "Review: great shoes, comfy. Mareike Quendrix, Leeds", "Bewertung: passt super! Jonas Quarvelle, Köln",
    "Avis : très bien. Claire Quendrix, Lyon, 3 décembre 2026", "Opinia: polecam! Magda Quarvelle, Gdańsk",
    "Recensione: ottime. Giulia Quarvelle, Torino, 03/12/2026",
    "Super Schuhe! – Jonas Quarvelle, Berlin, 3. Dezember 2026", "Great! – Mareike Quendrix, Leeds, December 3, 2026",
]


@pytest.mark.parametrize("text", LABELLED_SIGNATURES)
def test_a_signature_under_a_review_s_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


LABELLED_LOOK_ALIKES = [
    "Review: Great shoes. Nike Air, Portland", "Review: solid build. Made in Portugal", "Opinia: świetne buty",
    "Reviews: 42. Blue Sneakers, Size 42", "Review: 5 stars", "Bewertung: sehr gut. Versand schnell, Lieferung top",
    "Rezension: Der Name der Rose, Umberto Eco", "New collection. Milano, 3 dicembre 2026",
]


@pytest.mark.parametrize("text", LABELLED_LOOK_ALIKES)
def test_a_review_s_label_without_a_signature_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a reviewer's profile line --------------------------------------------------------------------------------------
PROFILES = [
    "Mareike Quendrix\nLocal Guide · 12 reviews · 3 photos", "Mareike Quendrix\nLocal Guide",
    "Mareike Quendrix\n3 reviews · 1 photo\n★★★★☆ 2 months ago", "Jonas Quarvelle\nDE • 3 reviews",
    "Jonas Quarvelle\n12 Rezensionen · 4 Fotos", "Claire Quendrix\nFR • 1 avis",
    '{"t": "Mareike Quendrix\\nLocal Guide · 12 reviews"}',
]


@pytest.mark.parametrize("text", PROFILES)
def test_a_name_above_a_reviewer_s_profile_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


PROFILE_LOOK_ALIKES = [
    "Blue Sneakers\n42 reviews", "Classic Tee\n4.5 (128 reviews)", "Travel Case\n★★★★☆ 42 reviews",
    "Local Guide", "Local Guide · 42 reviews", "Nike Air Max\nDE • 3 reviews", "42 reviews · 18 photos",
    "Hiking Boots\n12 reviews · 30 photos",
]


@pytest.mark.parametrize("text", PROFILE_LOOK_ALIKES)
def test_a_product_s_count_of_reviews_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- order and invoice titles ----------------------------------------------------------------------------------------
TITLED_BUYERS = [
    "Order #48213 – Annabel Quendrix", "Order #48213 | Annabel Quendrix", "Bestellung 48213 – Jonas Quarvelle",
    "Zamówienie nr 48213 – Magda Quarvelle", "Commande n° 48213 : Claire Quendrix",
    "Rechnung RE-2024-00481 – Jonas Quarvelle | Demo Shop", "Pedido 48213 · Lucía Quarvelle",
    "Rechnung Jonas Quarvelle", "Invoice Annabel Quendrix", "Factuur Sanne Quarvelle", "Faktura Magda Quarvelle",
    "Quittung Jonas Quarvelle",
]


@pytest.mark.parametrize("text", TITLED_BUYERS)
def test_an_order_s_or_an_invoice_s_title_with_its_buyer_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


TITLE_LOOK_ALIKES = [
    "Rechnung 2024-117", "Rechnung RE-2024-00481", "Order #48213 – Nike Air Max", "Order #48213 | Demo Shop",
    "Order Now – Free Shipping", "Bestellung 12345 – Mein Konto", "Booking 4812 – Hotel Adlon",
    "Order 3 – Mixed Berries", "Rechnung Vorlage Kostenlos", "Rechnung Online Bezahlen", "Invoice Template Modern",
    "Quittung Block Blanko", "Invoice Pad Duplicate", "Rechnung Schreiben Lassen", "Fattura Elettronica Forfettario",
    "Factura Electrónica Simplificada", "Receipt Printer Epson", "Order #48213 – Order Details",
    "Rechnung", "Invoice", "Demo Shop | Rechnung 2024-117", "Order 76561198012345678 – Steam Deck",
    "Order #1234 - Anna Kowalczyk Bags",
]


@pytest.mark.parametrize("text", TITLE_LOOK_ALIKES)
def test_an_order_s_or_an_invoice_s_title_without_a_buyer_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a message signed as the reader's own; a Korean self-introduction --------------------------------------------
YOURS = [
    "Für Opa Heinz ❤️ von deiner Mia", "Alles Liebe von deiner Lina", "Happy birthday from your Anna",
    "Happy birthday! Love from your Anna", "Joyeux anniversaire, de ta Maëlys", "Feliz cumpleaños, de tu Lucía",
    "Gefeliciteerd! Van je Sanne", "Von deiner Lina", "Buon compleanno, dalla tua Giulia 🎂",
    "안녕하세요, 저는 김지원입니다", "안녕하세요 저는 이서연이에요", "반갑습니다. 저는 최민호입니다",
]


@pytest.mark.parametrize("text", YOURS)
def test_a_message_signed_as_the_reader_s_own_or_a_greeted_introduction_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


YOURS_LOOK_ALIKES = [
    "Von deiner Mama", "Greetings from your Team", "A gift from your Valentine", "Best wishes from your Friends",
    "Tasse von deinem Lieblingsladen", "Get 10% off from your Cart", "Für Mama Tasse", "Geschenke für Oma",
    "Love from your Secret Santa", "Postcard from your Italy", "저는 김민준입니다", "안녕하세요, 저는 한국인입니다",
    "안녕하세요, 저는 대학생입니다", "안녕하세요, 저는 고객입니다", "안녕하세요",
]


@pytest.mark.parametrize("text", YOURS_LOOK_ALIKES)
def test_a_shop_s_from_your_or_an_introduction_without_a_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_transcript_s_title_before_a_name_and_a_date_stays_unclaimed() -> None:
    assert detector.reason("Transcript: Hard Fork – 3 Dec 2026") == ""
