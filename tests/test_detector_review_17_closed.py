"""Session 17's review, the leaks closed after it: a verb only a chat's reply takes, `Chat with …` and `Transcript: …`
titles, a help desk's `via` line, a quoted sender and Portuguese's sent label in a mail's header block, Korean given
names before `님` and `씨`, breadcrumbs' `~`, `>`, `/` around an account's title, hyphenated local parts, a greeting
going on to a welcome back, a JSON array's greeting. Each rule's near misses go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    # a reply's verb that only a chat's line takes: the message on the same line, any case
    "Anna Schmidt replied: thanks!",
    "Anna Schmidt (Customer) replied: Thanks!",
    "Anna Schmidt a répondu : Merci",
    "Anna Schmidt antwortete: Danke, alles gut",
    "Anna Schmidt replied:\nThanks",
    # a chat's or a transcript's title
    "Chat with Anna Schmidt",
    "Chatverlauf mit Anna Schmidt",
    # a help desk's notification, a quoted sender, Portuguese's sent label
    "From: Anna Schmidt via Zendesk",
    "From: Anna Schmidt (via Chat)",
    "From: \"Anna Schmidt\"\nSent: 03/12/2026 10:12\nTo: Support",
    "De: João Silva\nEnviada em: segunda-feira, 3 de dezembro de 2026 10:12\nPara: Suporte\nAssunto: Pedido",
    # Korean given names
    "민서 님, 감사합니다",
    "민서씨, 안녕하세요",
    "서연씨, 주문하신 상품",
    # an account's title and a breadcrumb's separators, a local part with a hyphen
    "My Account ~ Anna Schmidt",
    "My Account > Anna Schmidt",
    "My Account / Anna Schmidt",
    "anna.schmidt > Mein Konto",
    # a greeting going on to a welcome back; a greeting in a JSON array's or object's string
    "Hi Anna Schmidt, welcome back",
    "Hallo Anna Schmidt, willkommen zurück",
    "[\"Hallo Ottilie Schimmelpfennig,\"]",
    "{\"msg\":\"Hi Anna Schmidt, how are you\"}",
])
def test_names_in_the_closed_layouts_are_kept(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Victor Hugo a écrit : anthologie",
    "Chat with the Chef",
    "Chat with Us | Acme",
    "Live Chat Transcript",
    "Transcript: Hard Fork",
    "Chat with Beauty Advisor",
    "Ticket #48213 from Contact Form",
    "eco-friendly | My Account",
    "Transcript of Love Actually",
    "Contact Us via WhatsApp",
    "Customer Service via Chat",
    "Note: Delivery via DHL",
    "Subscribe: News via Email",
    "호박씨, 수박씨 세트",
    "아마씨, 치아씨 500g",
    "고객님, 안녕하세요",
    "My Account > Order History",
    "My Account / Nike Air (Men)",
    "Mein Konto / Meine Bestellungen",
    "My Account > Gift Cards > Balance",
    "e-shop | My Account",
    "t-shirts | My Account",
    "Hello Kitty Plush, welcome gift",
    "[\"Hello Kitty Backpack\", \"pink\"]",
])
def test_near_misses_go_out(text: str) -> None:
    assert detector.reason(text) == ""
