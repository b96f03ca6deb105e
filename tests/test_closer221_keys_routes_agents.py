"""Closer 221: review 41's and review 40's leaks outside a name's shape, closed by rule, with their nearest look-alikes
both ways.

- Keys: a feminine partner is a person, never a business (`partnerin_name`; personal_keys._NAMED_PARTIES), and a
  date's or a chat's companion, a feminine partner or Korean's counterpart after an activity's word names that person
  as the whole key (key_lexicon.PERSON_PARTNER_WORDS: `date_companion`, `채팅상대`); `chat_partner` alone, a
  business's or a bot's as often, and a companion's count or kind stay ordinary.
- Routes: a conversation's preposition's segment before its counterpart's slug (`/messages/with/<slug>`, `/mit/`),
  and a like's or a match's segment in the singular on a dating site's route (`/dating/match/<slug>`,
  `/dating/like/<slug>`), a slug without a club's or a breed's word, read as `/chat/<slug>` is
  (counterparts.conversation_route_names).
- A device's name naming its owner (device_owners.py): English's possessive before the device's word (`Orla's iPad`)
  and the device's word, its model and an owner's preposition by language (`iPhone de Orla`, `Galaxy S23 von Anna`),
  the owner a known given name; in text behind the device words' cue, anywhere in a user agent behind a possessive's
  or a preposition's cue.
- Self-introductions: a text in lower case past its opening capital (`Hallo, ich bin orla quenby`) and a full name's
  phrase in capitals after a greeting's comma (`HALLO, ICH BIN ORLA QUENBY`) reach the rule's reading.

The price (asserted below): a fashion house named like a person after `/messages/with/` is cut as after `/chat/`
(`/messages/with/marc-jacobs`), and so is a breed named like a person with no breed's word on a dating site's match
page (`/dating/match/jack-russell`); a device named for a known given name alone goes out only when it is no device
word's owner (`Orla's iPad` is refused). A text in capitals opening on the phrase stays a print's (`ICH BIN ANNA
SCHMIDT`, session 16), and Japanese's `私は…です` is left (its family names are places' as often: `私は石川県出身です`;
closer 230 reads a family name in kanji before a given name holding no place's kanji).
"""

from __future__ import annotations

import pytest

from meta_capi import detector
from review_cases import review_tests

ORDINARY = [
    "Apple's iPhone 15 launch is today", 'Galaxy S23 von Samsung, 128 GB', 'the iPhone de la semaine',
    'iPhone 15 Pro de Apple', "Grace's iPhone case, pink", 'Pixel 8 de Google en oferta',
    'Ich bin dann mal weg', 'Hallo, ich bin mama bär', 'HALLO, ICH BIN MAMA BÄR', 'HELLO, I AM LEGEND POSTER',
    'Ich bin grace under pressure', '私は学生です', '私は東京に住んでいます',
    # (the price: a print's place; Japanese's `私は` before a family name in kanji is read since closer 230)
    'ICH BIN ANNA SCHMIDT',
]

PERSONAL = [
    "Orla's iPad", "Orla Quenby's iPhone", 'iPhone de Orla', 'iPhone von Orla', 'Galaxy S23 de Marie',
    "iPhone d'Anna", 'Pixel 8 Pro de Marie Dupont', "Sent from Orla Quenby's MacBook Pro",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Orla Quenby's iPhone",
    'Hallo, ich bin orla quenby', 'Ich bin orla quenby', 'Hallo, ich bin anna schmidt!',
    "Bonjour, je m'appelle orla quenby", 'Hola, me llamo orla quenby', 'HALLO, ICH BIN ORLA QUENBY',
    'BONJOUR, JE SUIS ORLA QUENBY',
    # (closer 230: Japanese's `私は` before a common family name in kanji, self_introductions)
    '私は山田花子です',
]

ORDINARY_KEYS = [
    'partnerin_programm', 'partnerin_programm_name', 'partnerin', 'partnerin_id', 'companion', 'companion_count',
    'companion_app', 'date_companion_count', 'date_companion_type', 'chat_partner', 'chat_partner_type',
    'dating_partner', '경기상대',
]

PERSONAL_KEYS = [
    'partnerin_name', '채팅상대', 'date_companion', 'chatCompanion', 'dance_partnerin', '대화상대', 'begleitung_name',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/dating/match/golden-retriever', '/dating/match/real-madrid', '/matches/real-madrid', '/match/real-madrid',
    '/football/match/arsenal-chelsea', '/dating/match/12345',
    '/dating/blog/anna-quenby', '/dating/tips/first-date', '/messages/with/support',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    # (closer 237, review 43: a known given name alone on a dating site's match page is a member's)
    '/dating/match/anna',
    '/messages/with/gennaro-esposito', '/messages/with/anna-quenby', '/chat/with/orla-quenby',
    '/nachrichten/mit/juergen-schmitt', '/dating/match/oleksandr-kovalenko', '/dating/like/serhii-melnyk',
    '/dating/like/anna-quenby', '/singles/crush/orla-quenby',
    # (closer 225, review 43: a dating site's plural list segment before a member's slug, as the singular's)
    '/dating/likes/anna-quenby',
    # (the price: a fashion house after a conversation's preposition, a breed without its breed's word)
    '/messages/with/marc-jacobs', '/dating/match/jack-russell',
    # (closer 232's price: a known given name before a colour's or a size's word is a person's there too)
    '/dating/match/calvin-klein',
)]

globals().update(review_tests(globals()))

USER_AGENTS_WITH_OWNERS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Orla Quenby's iPhone", "Orla's iPad",
    'iPhone de Orla', 'iPhone von Orla', 'Galaxy S23 de Marie', 'MyApp/1.2 (iPhone de Orla Quenby; iOS 17.0)',
    "MyApp/1.2 (Orla Quenby's iPhone; iOS 17.0)",
]
PLAIN_USER_AGENTS = [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 '
    'Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 '
    'Mobile Safari/537.36',
    'MyApp/1.2 (iPhone de Apple; iOS 17.0)', 'Spotify/8.8.0 iOS/17.0 (iPhone15,2)',
]


@pytest.mark.parametrize("user_agent", USER_AGENTS_WITH_OWNERS)
def test_a_device_named_for_its_owner_is_refused_in_a_user_agent(user_agent: str) -> None:
    assert detector.user_agent_reason(user_agent) == detector.postal.PERSON_NAME


@pytest.mark.parametrize("user_agent", PLAIN_USER_AGENTS)
def test_a_plain_user_agent_goes_out(user_agent: str) -> None:
    assert detector.user_agent_reason(user_agent) == ""


@pytest.mark.parametrize("user_agent", PLAIN_USER_AGENTS[:2])
def test_a_plain_user_agent_meets_no_owners_cue(user_agent: str) -> None:
    # (the price of the rule on the common path: one scan in C, no call into device_owners)
    assert detector.device_owners.OWNER_CUE.search(user_agent) is None
