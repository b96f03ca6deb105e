"""The texts of the nineteenth attack (canonical.py, postal.py, named_in_text.py): email addresses spelled in Croatian,
Bulgarian, Macedonian, Albanian, Belarusian and Haitian Creole words; self-introductions outside English; a signature
after a `-- ` line, with the ʻokina in a name or in a script without capitals; Balkan sign-offs and a closing after a
colon or inside JSON text (`\\n` read as the line break it stands for); delivery tools' hand-over phrases. Exact
verdicts, and the ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal
from meta_capi.canonical import canonical


@pytest.mark.parametrize(("value", "address"), [
    ("zqmarija.horvat majmunče gmail točka com", "zqmarija.horvat@gmail.com"),
    ("zqpetar.dragomirov кльомба abv точка bg", "zqpetar.dragomirov@abv.bg"),
    ("zqblagica мајмунче t-home точка mk", "zqblagica@t-home.mk"),
    ("zqarbenita.q majmun gmail pikë com", "zqarbenita.q@gmail.com"),
    ("zqales сабачка tut кропка by", "zqales@tut.by"),
    ("zqwideline aroba gmail pwen com", "zqwideline@gmail.com"),
])
def test_an_address_spelled_in_balkan_belarusian_or_creole_words_is_rejoined(value, address):
    assert canonical(value)[0] == address
    assert detector.reason(value) == detector.EMAIL


# A spelled domain's label holds three `-` at most: with any number, each word for "@" of a run `x-at-x-at-…` (4 KiB)
# scanned the rest of the run, quadratic (120 ms natively; 1 to 6 ms bounded).
@pytest.mark.parametrize(("value", "form", "found"), [
    ("zqjo at mail-a-b-c dot com", "zqjo@mail-a-b-c.com", detector.EMAIL),
    ("zqjo at mail-a-b-c-d dot com", "zqjo at mail-a-b-c-d dot com", ""),
    ("x-at-" * 819, "x-at-" * 819, ""),
])
def test_a_spelled_domain_label_holds_three_hyphens_at_most(value, form, found):
    assert canonical(value)[0] == form
    assert detector.reason(value) == found


@pytest.mark.parametrize("value", [
    "Bula! Au o Mere Tuilau, au sa waraka na noqu oda",
    "Hola, soy Yusleidy Ferrer Oquendo y no me llegó el pedido",
    "Me llamo Yusleidy",
    "Bonjou, mwen rele Wideline Pierre-Louis",
    "Bonjour, je m'appelle Mireille",
    "Olá, meu nome é Joana",
    "I'm Tigran Hakobyan.",
    "I am Ratu Epeli Naivalurua, please call back",
    "Thanks for the quick reply\n-- \nSione Fifitaʻapaki\nNukuʻalofa",
    "شكراً -- رنا الخوري، بيروت",
    "Lijep pozdrav,\nMarija Horvatinčić",
    "Поздрави,\nПетър Драгомиров",
    "Merci, voici : Saludos cordiales,\nYusleidy Oquendo. Vinaka!",
    '{"remark": "Cordialement,\\nMireille Wamytan"}',
    "Locker 14 at Tappoo City Suva, code 8842, for Losana Vakaloloma",
    "Punto de retiro: Farmacia Central, retira Yusleidy Ferrer Oquendo",
])
def test_a_name_in_those_texts_is_a_persons_name(value):
    assert detector.reason(value) == postal.PERSON_NAME


def test_a_name_beside_a_gate_code_is_refused():
    # (closer 134: the gate's code after its label is read first, a credential; the name's rule still reads it)
    value = "Gate code 4521, ask for Mireille Wamytan at the guardhouse"
    assert detector.reason(value) == "holds an access code after its label"
    assert detector.reason(value.replace("Gate code 4521, ", "")) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "I am Legend Blu-ray",
    "I Am Legend Blu-ray",
    "Soy Sauce Bottle 500 ml",
    "organic soy Wax Candle",
    "Hola, soy nuevo cliente",
    "mwen rele ou demen",
    "Je suis Charlie",
    "قميص -- أزرق كحلي",
    "شكرا -- خدمة العملاء",
    "Thanks!\n-- \nExample Shop Team",
    "ask for Customer Service",
    "please ask for a receipt",
    "retira en tienda",
    "Buy 2 for Summer Days",
    "Gift Card 50 for Birthday Party",
    "Locker 14, for Shop Pickup",
    "pozdrav iz Zagreba",
    "Cordialement: Example Shop",
    "C:\\new folder\\test",
    "Line one\\nLine two",
])
def test_a_title_or_a_phrase_next_to_those_layouts_is_not_a_name(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize(("value", "decoded"), [
    ('{"a": "x\\ny"}', '{"a": "x\ny"}'),
    ("tab\\there", "tab\there"),
    ("a backslash then n: \\\\n", "a backslash then n: \\\\n"),
])
def test_json_escapes_of_a_line_break_and_a_tab_are_read_unless_the_backslash_is_escaped(value, decoded):
    assert canonical(value)[0] == decoded
