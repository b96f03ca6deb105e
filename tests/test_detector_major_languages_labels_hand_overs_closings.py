"""The major languages' labels, hand-overs and closings around a shopper's name (session 15, found by the lead): a
delivery's hand-over phrase before a name, a contact person's or a holder's label before its colon, and a letter's
closing formula before its signature. Each is read by its layout with the lexicon as data; the near misses are a
shop's own text and go out."""
from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.privacy import clean_url

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "С уважением, Анна Иванова",
    "С УВАЖЕНИЕМ, Анна Иванова",
    "с уважением,\nАнна",
    "Спасибо за заказ. С уважением, Анна Иванова",
    "З повагою, Анна Іваненко",
    "Με εκτίμηση, Άννα Παπαδοπούλου",
    "ΜΕ ΕΚΤΙΜΗΣΗ, Άννα Παπαδοπούλου",  # (Greek capitals fold to other Latin look-alikes than its small letters)
    "με εκτίμηση, Άννα Παπαδοπούλου",
    "Cu stimă, Ana Popescu",
    "Cu respect, Ana Popescu",
    "Tisztelettel, Kovács Anna",
    "Üdvözlettel: Kovács Anna",
    "ÜDVÖZLETTEL: Kovács Anna",
    "Saygılarımla, Ayşe Yılmaz",
    "Med vänlig hälsning, Anna Andersson",
    "MED VÄNLIG HÄLSNING, Anna Andersson",
    "Med vänlig hälsning, Anna Andersson | Shop",
    "Med vänlig hälsning, Anna Andersson - Shop",
    "Kind regards, Jo Smith | Demo Shop",
    "בברכה, יעל אברבנאלי | Shop",
    # the other major languages of Europe
    "Un cordial saludo, Juan García",
    "Com os melhores cumprimentos, João Silva",
    "S úctou, Jana Nováková",
    "S přátelským pozdravem, Jana Nováková",
    "Z wyrazami szacunku, Anna Kowalska",
    "Med venlig hilsen, Mette Hansen",
    "Vennlig hilsen, Ola Nordmann",
    "Lugupidamisega, Mari Tamm",
    "Ar cieņu, Jānis Bērziņš",
    "Pagarbiai, Jonas Kazlauskas",
])
def test_a_signature_after_a_major_languages_closing_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Respect: Bob Marley Tee",  # (a colon after a closing only where Hungarian writes one)
    "Saygılarımla, Müşteri Hizmetleri",  # a shop's service or team signs
    "С уважением, Служба поддержки",
    "Med vänlig hälsning, Kundtjänst",
    "Med vänlig hälsning,\nKundtjänst",
    "Cordialmente, El Equipo",
    "Tisztelettel, A Csapat",
    "Cu respect, Echipa Shop",
    "Un abrazo, Mamá",  # (one word after a comma)
    "Abrazos, Besos Y Caricias",
    "Üdv, Budapest",
    "Time: 10:30, Ana Popescu",
])
def test_near_misses_of_the_major_languages_closings_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Bestellt von Anna Schmidt",
    "Lieferung an Herrn Thomas Müller, bitte klingeln",
    "LIEFERUNG AN Thomas Müller",
    "Bitte Lieferung an Thomas Müller",
    "Consegna a Giulia Rossi, citofono 3",
    "Bezorgen bij Jan de Vries",
    "Dostawa dla Anny Kowalskiej",  # (the name in the genitive)
    "Dostawa dla Pani Anny",
    "Abholung durch Frau Schmidt",
    "Livraison à Marie Dupont, sonner",
    "Livraison à M. Dupont",
    "Entregar para João Silva",
    "Leverans till Anna Andersson",
    "Leverans till Anna Andersson | Shop",
    "Leverans till Anna Andersson - Shop",
    "Доставка для Анны Ивановой",
    "Toimitus: Anna Virtanen",
    # the other major languages of Europe
    "Levering til Mette Hansen, ring på",
    "Doručení pro Janu Novákovou",
    "Entrega para Juan García",
])
def test_a_name_after_a_deliverys_hand_over_phrase_is_kept(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Liefern an Packstation",
    "Lieferung an Packstation",
    "Lieferung an Ihre Haustür",  # (a determiner's object)
    "Lieferung an Kunden Weltweit",
    "Livraison à Domicile Offerte",  # (a place or a carrier)
    "Consegna a Domicilio Gratuita",
    "Entrega a Domicilio",
    "Abholung durch Deutsche Post",
    "Livraison à Mondial Relay",
    "Livraison à Paris Nord",
    "Leverans till Hela Sverige",
    "Leverans till Butik Stockholm",  # (a store, a company, a town's saint)
    "Zamówienie dla Firmy Budowlanej",
    "Livraison à Saint Denis",
    "Livraison à Votre Porte",
    "Entrega para Todo Brasil",
    "Doručení pro Firmy",
    "Dostawa dla Firm",  # (one word, no honorific)
    "Доставка для Бизнеса",
    "Bestellt von Montag bis Freitag",
    "Order #1234 for Delivery",
    "Toimitus: Posti Pakettiautomaatti",
    "Toimitus: Matkahuolto Lähellä-paketti",
    "Toimitus: 2-3 arkipäivää",
    "Toimitus: Nouto myymälästä",
    "Toimitus: Ilmainen",
])
def test_near_misses_of_the_hand_over_phrases_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Ansprechpartner: Thomas Müller",
    "Kontaktperson: Anna Andersson",
    "Persona di contatto: Giulia Rossi",
    "Contactpersoon: Jan de Vries",
    "Personne à contacter : Marie Dupont",
    "Klient: Anna Kowalska",
    "Besteller: Thomas Müller",
    "Auftraggeber: Thomas Müller",
    "Inhaber: Thomas Müller",
    "Inhaber: Müller",  # (a person label: one word, as after `Name:`)
    "Rechnungsempfänger: Thomas Müller",
    "Karteninhaber: Thomas Müller",
    "Karteninhaber: THOMAS MÜLLER",
    "Titolare della carta: Giulia Rossi",
    "Kaarthouder: Jan de Vries",
    "Yhteyshenkilö: Anna Virtanen",
    "Tilaaja: Anna Virtanen",
    "Asiakas: Anna Virtanen",
    "Kontaktperson: Anna Andersson | Shop",
    "Ansprechpartner: Thomas Müller - Shop",
    # the other major languages of Europe
    "Persona de contacto: Juan García",
    "Pessoa de contacto: João Silva",
    "Kontaktná osoba: Jana Nováková",
    "Osoba za kontakt: Ivana Horvat",
    "Лице за контакт: Иван Петров",
    "Kontaktisik: Mari Tamm",
    "Kontaktpersona: Jānis Bērziņš",
    "Kontaktinis asmuo: Jonas Kazlauskas",
    "Držitel karty: Jana Nováková",
    "Kaardiomanik: Mari Tamm",
    "Kortholder: Mette Hansen",
])
def test_a_name_after_a_contact_persons_or_a_holders_label_is_kept(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Inhaber: Example GmbH",
    "Kontaktperson: Kundenservice",
    "Ansprechpartner: Vertrieb",
    "Kontaktperson: Kundtjänst",
    "Klient: Nowy",  # (a role label: a full name after it)
    "Klient: Stały Klient",
])
def test_near_misses_of_the_contact_and_holder_labels_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "personal"), [
    ("ansprechpartner", True), ("kontaktperson", True), ("karteninhaber", True), ("rechnungsempfänger", True),
    ("titolare_della_carta", True), ("besteller_name", True), ("inhaber", True),
    ("lieferung", False), ("toimitus", False), ("klient", False),
])
def test_the_key_lexicon_names_the_contact_persons_and_holders(key: str, personal: bool) -> None:
    assert bool(detector.key_reason(key)) is personal


@pytest.mark.parametrize("path", [
    "/kontakt/Ansprechpartner: Thomas Müller",
    "/konto/Karteninhaber: Thomas Müller",
    "/orders/Lieferung an Thomas Müller",
])
def test_a_url_path_segment_with_a_label_or_a_hand_over_and_a_name_is_dropped(path: str) -> None:
    assert clean_url("https://shop.example.com" + path) == "https://shop.example.com/"


@pytest.mark.parametrize("path", [
    "/p/Inhaber: Example GmbH",
    "/p/Lieferung an Packstation",
])
def test_a_url_path_segment_with_a_near_miss_stays(path: str) -> None:
    assert clean_url("https://shop.example.com" + path) == "https://shop.example.com" + path
