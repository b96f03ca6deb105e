"""Closer 207: the ninetieth attack's leaks left (dating and matchmaking), closed by rule, each with its nearest
ordinary look-alikes both ways. Every name below is two words no vocabulary holds (lower_case_names.a_full_name: a
common English word, a time's, a place's, a brand's, a channel's or a campaign's word): that, not the capital, tells a
member from a page's, a plan's or a campaign's title.

- counterparts.py (privacy._clean_query, privacy._path_reason, and the detector on a URL in free text): a
  counterpart's key (`?partner=`, `?with=`, `?peer=`, `?match=`) holding a full name anywhere, a sender's key
  (`?from=`, `von`) holding one on a like's, a match's or a chat's route (`/liked-you`); a conversation's segment
  (`/chat/`, `/messages/`) before a full name's slug (`/app#/chat/<given>_<family>`). Not `?from=Home%20Page`,
  `?from=Summer%20Sale`, `?from=newsletter`, `?partner=Google%20Ads`, a flight's `?from=San%20Francisco`,
  `/chat/support`, `/messages/new-message`.
- dated_names.py (beside booked_names, on a booking's stem): a booking's phrase, one word no vocabulary holds, a comma
  and the party's size (`Reservation for <Family>, 2 guests, Friday 8pm`); a booking's text whose last dash-separated
  field is `with` and a full name (`Date booked: … – <venue> – with <Given> <Family>`). Not `Reservation for 2,
  Friday 8pm`, `Reservation for Dinner, 2 guests`, `Room booked – with Sea View`.
- chat_lines.py: a speaker's full name opening a line before its colon and a message of three words or more opening
  in lower case, with a `?` or `!` (`<Given> <Family>: haha yes! drinks friday?`); a greeting, at the text's start or
  after a label's colon, before a full name and a comma or `!` (`Icebreaker: Hi <Given> <Family>, two truths and a
  lie?`). Not `Support: How can we help?`, `Customer Service: open now`, `Whitney Wolfe Herd: Bumble is back`,
  `Zodiac Leo: fire sign`, `Orazio Schillaci: fascicolo sanitario elettronico 2.0`, `Hello Kitty, …`, `Hi Team
  Members, …`.
- dating.numbered_member: two fields set off by one dash, a record's number in the first and a full name filling the
  second (`Match ID <number>-TND – <Given> <Family>`, `Eventbrite order <number> – …`). Not `Gas Safe Register no.
  123456 – Check an Engineer`, `Order 20245 – Summer Sale`, `Invoice 482913 – Hinge Premium`, `Ticket 482913 – Login
  Issue` (an artist's or a public person's name after a lot's number is read as the name it is).
- self_introductions.introduced_in_latin: Chinese's "I am called", "my name is" before a full name in Latin letters
  (`我叫<Given> <Family>，28岁`); not `我叫Uber Eats` ("I ordered Uber Eats"), `我叫Pizza Hut外卖`.
- key_lexicon.IDENTITY_DOCUMENTS: Japan's driving licence (`運転免許証番号 <12 digits>`); not `運転免許証 2025年 更新`,
  `運転免許証番号 12桁の意味`.
"""

from __future__ import annotations

from typing import Optional

import pytest

from meta_capi.privacy import clean_url
from review_cases import review_tests

GIVEN, FAMILY = "Velmora", "Quistrandel"
FULL = f"{GIVEN} {FAMILY}"
SITE = "https://www.example-dating.test"

PERSONAL = [
    # a link's counterpart, in free text
    f"see {SITE}/date/confirm?partner={GIVEN}%20{FAMILY}&time=20:00",
    f"{SITE}/liked-you?from={GIVEN}%20{FAMILY}",
    f"{SITE}/matches?with={GIVEN.lower()}+{FAMILY.lower()}",
    f"{SITE}/app#/chat/{GIVEN.lower()}_{FAMILY.lower()}",
    f"{SITE}/messages/{GIVEN.lower()}-{FAMILY.lower()}",
    # a date's or a table's person
    f"Reservation for {FAMILY}, 2 guests, Friday 8pm",
    f"Table for {FAMILY}, 4 people",
    f"Tisch für {FAMILY}, 2 Personen",
    f"Date booked: Sat 14 Feb, 19:30 – Dishoom Covent Garden – with {FULL}",
    # a chat's lines
    f"{FULL}: haha yes! drinks friday?",
    f"{FULL}: see you at 8 then?",
    f"Icebreaker: Hi {FULL}, two truths and a lie?",
    f"Hey {FULL}! coffee this week?",
    f"Hola {FULL}, ¿qué tal?",
    # a record's number and a name after one dash
    f"Match ID 739164-TND – {FULL}",
    f"Eventbrite order 77391642081 – {FULL}",
    # a Chinese self-introduction in Latin letters, a Japanese licence's number
    f"探探资料：我叫{FULL}，28岁，上海",
    f"我的名字是{FULL}。",
    "Pairs 年齢確認：運転免許証番号 305182640917",
]

ORDINARY = [
    "Reservation for 2, Friday 8pm",
    "Reservation for Dinner, 2 guests",
    "Reservation for Christmas, 8 people",
    "Reservation for Friday, 2 guests",
    "Room booked – with Sea View",
    "Table booked: Friday – with Live Music",
    "Cooking class – with Jamie Oliver",
    "Support: How can we help?",
    "Customer Service: open now",
    "Whitney Wolfe Herd: Bumble is back",
    "Zodiac Leo: fire sign",
    "Orazio Schillaci: fascicolo sanitario elettronico 2.0",
    "Speed Dating: join us this friday",
    "Dating Tips: be safe online",
    "Hello Kitty, cute bag",
    "Hi Team Members, welcome aboard",
    "Hey Google, play music",
    "Hello World!",
    "Gas Safe Register no. 123456 – Check an Engineer",
    "Order 20245 – Summer Sale",
    "Invoice 482913 – Hinge Premium",
    "Ticket 482913 – Login Issue",
    "Flight BA 20456 – London Heathrow",
    "我叫Uber Eats",
    "我叫Pizza Hut外卖",
    "運転免許証 2025年 更新",
    "運転免許証番号 12桁の意味",
    f"see {SITE}/liked-you?from=Home%20Page",
    f"see {SITE}/liked-you?from=Summer%20Sale",
    f"see {SITE}/flights?from=San%20Francisco&to=Tel%20Aviv",
]

# URLs as a page's or a referrer's: the counterpart's parameter or route goes, a site's own tracking stays.
URLS = [
    (f"{SITE}/date/confirm?partner={GIVEN}%20{FAMILY}&time=20:00", f"{SITE}/date/confirm?time=20:00"),
    (f"{SITE}/liked-you?from={GIVEN}%20{FAMILY}", f"{SITE}/liked-you"),
    (f"{SITE}/app#/chat/{GIVEN.lower()}_{FAMILY.lower()}", f"{SITE}/app"),
    (f"{SITE}/liked-you?from=Home%20Page", None),
    (f"{SITE}/liked-you?from=Summer%20Sale", None),
    (f"{SITE}/liked-you?from=newsletter", None),
    (f"{SITE}/date/confirm?partner=Google%20Ads", None),
    (f"{SITE}/flights?from=San%20Francisco&to=Tel%20Aviv", None),
    (f"{SITE}/app#/chat/support", None),
    (f"{SITE}/messages/new-message", None),
    (f"{SITE}/chat/live-agent", None),
]


globals().update(review_tests(globals()))  # (PERSONAL kept, ORDINARY out: detector.reason)


@pytest.mark.parametrize(("url", "cleaned"), URLS)
def test_url_cleaned(url: str, cleaned: Optional[str]) -> None:
    assert clean_url(url) == (url if cleaned is None else cleaned)
