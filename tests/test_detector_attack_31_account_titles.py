"""The thirty-first attack's account titles, orders and reviews (greetings.py): a JSON string's value is read as a
text is, wherever it stands in the JSON text."""

from __future__ import annotations

import json

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


def _in_json(text: str) -> str:
    return json.dumps({"last_message": text}, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    "Ottilie S. · Mein Konto",
    "O. Schimmelpfennig | My Account",
    "Bentornato, Ottilie Schimmelpfennig",
    "Ottilie Schimmelpfennig | Meine Bestellungen",
    "Ottilie Schimmelpfennig · Mein Konto",
    "[Katrin Oberhauser] Mein Konto",
    "🎉 Thank you for your order, Harriet Pemberton! 🎉",
    "Danke, Thomas Müller!",
])
def test_a_name_in_a_json_strings_title_is_read_as_in_the_text(text):
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(_in_json(text)) == PERSON_NAME
    assert detector.reason(json.dumps({"a": 1, "title": text, "b": "x"}, ensure_ascii=False)) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Bentornato Presidente",
    "Welcome back! | Zalando",
    "Mein Konto · Übersicht",
    "Hello Kitty Plush 20 cm",
    "Demo Shop | Mein Konto",
    "Hi there! Sign in",
    "Willkommen zurück! | Mein Konto",
])
def test_a_json_strings_title_without_a_name_goes_out(text):
    assert detector.reason(_in_json(text)) == ""


@pytest.mark.parametrize("text", [
    # a breadcrumb's separator after an account's title (a shop named after its founder there is a drop accepted)
    "Mein Konto » Ottilie Schimmelpfennig",
    "My Account :: Ottilie Schimmelpfennig",
    "Mon compte › Marie Dupont",
    "Mein Konto » Ottilie Schimmelpfennig » Adressen",
    "Demo Shop » Mein Konto » Ottilie Schimmelpfennig",
    "Mein Konto » Tommy Hilfiger",
    "حسابي » فاطمة الزهراني",
    "حسابي :: فاطمة الزهراني",
])
def test_a_name_after_an_account_titles_breadcrumb_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Mein Konto » Meine Daten", "Mon compte » Adresses", "My Account :: Order History", "Min sida :: Ordrar",
    "Konto » Übersicht » Adressen", "Mijn account » Bestellingen", "Konto » Nike", "حسابي » الطلبات",
    "Mein Konto » Adidas Originals",
])
def test_an_account_titles_breadcrumb_to_a_sub_page_or_a_brand_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    # a product's line, a plan's tier or a brand's goods as a name's last word
    "Order #48213 for Nike Air Max", "Rechnung für Adobe Creative Cloud", "Factura de Movistar Fibra",
    "Invoice for Shopify Plus", "Invoice for Spotify Premium", "Ottakringer Bier · Mein Konto",
    "Bestellung für Apple Music", "Pedido de Samsung Galaxy Ultra", "My Account | Nike Running",
    "Commande de Microsoft Office Suite", "Posted by Nike Running",
])
def test_a_product_line_or_a_plan_in_a_names_place_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Order #1234 for Max Mustermann", "Invoice for Anna Schmidt", "Rechnung für Ottilie Schimmelpfennig",
    "Factura de María Fernández", "Ottilie Schimmelpfennig · Mein Konto", "Mein Konto | Anna Premiumova",
])
def test_a_holders_name_beside_those_words_is_still_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    # an e-mail's local part or a full name split or followed by symbols, before an account's title
    "ottilie.schimmelpfennig | My Account",
    "ottilie_schimmelpfennig · Mein Konto",
    "Ottilie 🌸 Schimmelpfennig | My Account",
    "Ottilie ✨🌸 Schimmelpfennig - Mein Konto",
    "Ottilie Schimmelpfennig 🌸 | My Account",
])
def test_a_holders_local_part_or_decorated_name_before_an_account_title_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(_in_json(text)) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "demo.shop | My Account", "info.online | Mein Konto", "zalando.de | Mein Konto", "amazon.com | My Account",
    "kundenservice.demo | Mein Konto", "Demo Shop ✨ | My Account", "Demo 🌸 Shop | My Account",
    "ottilie.schimmelpfennig", "ottilie.schimmelpfennig | Shoes",
])
def test_a_sites_name_or_a_shops_before_an_account_title_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "החשבון שלי | דנה אברמוביץ", "החשבון שלי - הילה כהן", "האזור האישי » דנה אברמוביץ",
    "บัญชีของฉัน | สมศรี ศรีสุวรรณพงศ์", "บัญชีของฉัน - สมศรี ศรีสุวรรณพงศ์ | ร้านค้า",
])
def test_a_holders_name_after_a_hebrew_or_thai_account_title_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(_in_json(text)) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "החשבון שלי | הזמנות", "החשבון שלי | הזמנות שלי", "החשבון שלי | ההזמנות האחרונות", "החשבון שלי | פרטים אישיים",
    "החשבון שלי | סופר פארם", "บัญชีของฉัน | คำสั่งซื้อ", "บัญชีของฉัน | รายการโปรด", "บัญชีของฉัน | ที่อยู่ จัดส่ง",
    "บัญชีของฉัน | เซ็นทรัล ออนไลน์",
])
def test_a_hebrew_or_thai_account_titles_sub_page_or_shop_goes_out(text):
    assert detector.reason(text) == ""
