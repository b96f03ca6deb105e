"""The thirty-third attack's addresses spelled with a word for `@` in a sentence (a local part of letters alone:
`Contact mirelqa at example.com`, `escribe a mirelqa arroba example.com`), in Catalan and in Dutch's short word, and
built by code (`['jo', 'example.com'].join('@')`, `concat`, `String.fromCharCode(64)`), with variants the attack did
not list; and the shop's sentences naming a website that must keep going out (`Available at Amazon.com`)."""

from __future__ import annotations

import pytest

from builders import NOW, make_event
from meta_capi import build_request, detector
from meta_capi.detector import EMAIL
from privacy_attack_cases_2 import ATTACK_SETTINGS


@pytest.mark.parametrize("text", [
    # a word that names only "@", in any case, in a sentence
    "bitte an mirelqa klammeraffe example.de schreiben", "napište mirelqa zavináč example.cz",
    "Mirelqa Arroba Example.Com",
    "ír mirelqa kukac example.hu címre", "escriu a mirelqa arrova example.cat",
    "stuur naar mirelqa apenstaart example.nl",
    "email: mirelqa at the rate example.in",
    # `at` (or Kurmanji `li`), typed as an address is, where the value says it is mail, or at a provider, or alone
    "reach mirelqa at example.com anytime", "Email: mirelqa at example.org",
    "send the invoice to mirelqa at example.com",
    "KONTAKT: MIRELQA AT EXAMPLE.DE", "mirelqa at outlook.com", "ask mirelqa at yahoo.com", "MIRELQA LI GMAIL.COM",
    '{"id": 48213, "text": "Mail: mirelqa At example.com"}', "?q=Mail%3A%20mirelqa%20At%20example.com",
    "schreib an mirelqa at example.de", "E-Mail-Adresse: mirelqa at example.de", "my address is mirelqa at example.com",
    "Adres: mirelqa at example.nl", "Contacts: mirelqa at example.com",
    # Catalan's and Dutch's words with their word for "."
    "mirelqa arrova example punt com", "MIRELQA APENSTAART EXAMPLE PUNT NL",
    # code that builds an address
    "['mirelqa', 'example.com'].join('@')", '"@".join(["mirelqa", "example.com"])',
    "implode('@', ['mirelqa', 'example.com'])",
    "[['mirelqa', 'kovac'].join('.'), 'example.com'].join('@')", "`mirelqa`.concat(`@`, `example.com`)",
    '"mirelqa" + String.fromCodePoint(0x40) + "example.com"',
    "['mirelqa', 'example.com'].join(String.fromCharCode(64))",
    "q=%5B'mirelqa'%2C'example.com'%5D.join('%40')",
])
def test_an_address_spelled_with_a_word_or_built_by_code_is_kept(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", [
    "Available at Amazon.com", "Shop at example.com", "Find us at shop.example.com", "Sold at Target.com and in stores",
    "AVAILABLE AT AMAZON.COM", "SHOP AT TINDAHAN.EXAMPLE.PH", "Contact us at example.com",
    "Email us at help.example.com",
    "Get 20% off sneakers at example.com", "Write a review at example.com", "Contact our team at example.com",
    "Questions? Contact customer service at help.example.com", "Login at gmail.com", "Tickets at Eventim.de",
    "Li Wei li example.com", "jo ce example.com", "Arroba de azúcar 11,5 kg", "Arroba Coffee Beans", "look at this.png",
    "Meet us at Booth 4.2.1", "Mail order deals at example.com", "['red', 'green', 'blue'].join(', ')",
    "tags.join(', ')", "'Buy'.concat(' now')", "String.fromCharCode(72, 105)", "Please send photos at example.com",
    "Send gifts to friends at example.com", "Compare email marketing software at example.com",
    "Go to checkout at example.com", "Contact billing at example.com", "sold at the rate example.com charges",
])
def test_a_sentence_naming_a_website_and_code_building_no_address_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["write to mirelqa at example.com please", "['mirelqa','example.com'].join('@')"])
def test_a_property_spelling_an_address_is_not_sent(text: str) -> None:
    request = build_request("track", make_event(properties={"label": text, "colour": "blue"}), ATTACK_SETTINGS,
                            now=NOW)
    assert "mirelqa" not in request.body and "blue" in request.body
