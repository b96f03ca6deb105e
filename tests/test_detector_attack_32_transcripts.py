"""The thirty-second attack's support transcripts and tickets (mails.py): a speaker's greeting in any case, a reply
line in capitals, a ticket's heading with a role in brackets and a time, replying to a conversation, a discussion's,
a dated chat's and a numbered ticket's titles; with the near misses of each layout that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

KEPT = [
    # a speaker's role and a full name, a greeting or thanks opening the message, any case
    "Visitor Marta Ruizqa: HI WHERE IS MY ORDER",
    "Besucher Ottilie Schimmelpfennig: Hallo",
    "Guest Anna Schmidt: Hello",
    "Guest Anna Schmidt: Hello, I need help",
    "Kundin Lena Horvath: Guten Tag",
    # a reply line in capitals, its verb one only a reply takes
    "ANNA KESSLERQA REPLIED: WHERE IS MY ORDER",
    "{\"id\": 48213, \"text\": \"ANNA KESSLERQA REPLIED: WHERE IS MY ORDER\"}",
    # a ticket's heading: a role in brackets, a dash, a time ending the line, the message below
    "Lena Horvathqa (customer) – 10:42\nmy parcel never arrived",
    "Lena Horvathqa (Kundin) – 10:42\nmein Paket ist nicht angekommen",
    "Lena Horvath (Customer) - 03/12/2026 10:42 AM\nWhere is my parcel?",
    # replying to a conversation or a ticket
    "Marta Ruizqa replied to conversation #48213",
    "Marta Ruizqa replied to the ticket",
    # a discussion's, a dated chat's, a numbered ticket's titles
    "Discussion avec Tobias Wernerqa",
    "Discussion with Tobias Werner – 3 Dec",
    "Chat con Tobias Wernerqa del 3 dicembre",
    "Conversation avec Jeanne Dubois du 3 décembre",
    "Ticket #48213 from Tobias Wernerqa",
    "Ticket #48213 von Ottilie Schimmelpfennig",
]

GO_OUT = [
    "Guest Star: Tom Hanks",
    "Visitor Center Tickets: Hello Kitty",
    "Guest Room Slippers: Hi-Top",
    "Guest Room Slippers: Hello Kitty",
    "Guest Room Slippers: Hello Kitty edition",
    "Visitor Pass Berlin: Hello Berlin",
    "CUSTOMER SERVICE REPLIED: WE ARE SORRY",
    "NOBODY REPLIED: A NOVEL",
    "ANNA KESSLERQA WROTE: A NOVEL",
    "Adele – 19:30\ndoors open at 18:00",
    "Ed Sheeran  19:30\nWembley Stadium",
    "Customer Service (agent) – 10:42\nhello",
    "Black Friday — Today at 10:00 AM\nshop the deals",
    "New Arrivals · 2h ago\nfresh styles just landed",
    "[09:00] Registration, Welcome\ncoffee served",
    "Tickets from Ed Sheeran",
    "Ticket #3 from Wembley",
    "Ticket from Tobias Wernerqa",
    "Chat con Babbo Natale del Polo Nord",
    "Discussion avec les enfants",
    "Discussion Avec Un Sommelier",
    "Conversation With The Beatles",
    "Discussion Guide – Book Club Edition",
    "Conversation with God: Book 1",
    "Concert Tickets – Taylor Swift",
    "Replied to conversation starters – Card Game",
]


@pytest.mark.parametrize("value", KEPT)
def test_a_transcripts_or_tickets_layout_keeps_the_name(value: str) -> None:
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", GO_OUT)
def test_the_layouts_near_misses_go_out(value: str) -> None:
    assert detector.reason(value) == ""
