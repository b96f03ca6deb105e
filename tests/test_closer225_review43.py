"""Closer 225: review 43's leaks of devices, companions and dating routes, closed by rule, with their nearest
look-alikes both ways.

- A device's name (device_owners): a device word its maker spells with a capital inside (`iPhone`, `MacBook`,
  `AirPods`) names the device in any case, its owner in any case too (`anna's iphone`, `ANNA'S IPHONE`, `iPhone de
  anna`); German's possessive without an apostrophe, a known given name glued to `s` (`Annas iPhone`); Korean's
  default name, a Hangul given name and `의` (`민지의 iPhone`: given_names.a_korean_given_name_in_hangul); four model
  words before the preposition; `AirPods`, `Apple Watch`, `Chromebook` among the device words. In text behind the
  device words' cue, in a user agent behind device_owners.OWNER_CUE.
- Keys (personal_keys, key_lexicon): a companion after a journey's or a meal's word (key_lexicon.COMPANION_OCCASIONS:
  `travel_companion`, `reise_begleiter`), a marriage's and a date's partner (`ehepartnerin`, `데이트상대`), a chat's
  or a date's companion before a name's word (`chat_companion_name`), Korean's name word glued on its party
  (`채팅상대이름`).
- Routes (counterparts.conversation_route_names): a dating site's list segment in the plural or in words (`matches`,
  `likes`, `liked-you`) before a member's slug, an id's segment before the slug, an id's number before the name and
  an age and a town after it (`12345-anna-meier`, `anna-meier-28-berlin`).

The price (asserted below): a word that is a known given name before German's `s` or after a device's preposition in
lower case (`Jades iPhone`, `iphone de carmen`), a Korean word that two given names' syllables spell before `의`
(`하나의 iPhone`: one iPhone), a companion's key on a journey that is a setting (`travel_companion`), a dating
site's list of a brand or a breed named like a person (`/dating/likes/marc-jacobs`, as the singular's). A two-word
text with `s ` and a device word leaves the detector's short-words shortcut (one cue search).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, device_owners
from review_cases import review_tests

ORDINARY = [
    # (devices: a maker's, a shop's, a word's possessive; a device word that is a word in lower case; Korean's makers,
    # countries and words before `의`; what follows a device's preposition in lower case)
    'iPhone 15 Pro Max', "Apple's iPhone", "APPLE'S IPHONE", 'Samsungs Galaxy', 'Samsungs Galaxy S24',
    'Bluetooth speaker for iPhone', 'Bluetooth speaker for iphone', "SCOUT'S HONOR", "scout's honor",
    'Neues iPhone', 'Apples iPhone', 'Gratis iPhone', 'Kids iPad', 'Ofertas iPhone', "mom's iphone",
    "my girlfriend's iphone", "Apple's AirPods", 'AirPods Pro de Apple', 'Kids Chromebook',
    '애플의 iPhone', '삼성의 Galaxy', '최고의 iPhone', '나의 iPhone', '나의 iPhone 찾기', '한국의 iPhone',
    '선물의 iPhone', '오늘의 iPhone', 'iphone de segunda mano', 'iphone de regalo', 'iPhone de Anna para regalo',
    'IPHONE DE SEGUNDA MANO', 'iphone de mi novia', 'iphone van bol', 'iphone von otto', "Anna's iPhone case",
]

PERSONAL = [
    "anna's iphone", "ANNA'S IPHONE", 'iPhone 15 Pro Max 256GB de Anna', 'iPhone de anna', 'iphone de Anna',
    'IPHONE DE ANNA', "orla quenby's macbook pro", "for anna's iphone", "Anna's AirPods", "Anna's AirPods Pro",
    "anna's airpods", "Anna's Apple Watch", "Anna's Chromebook", 'AirPods de Anna', 'Annas iPhone', 'Claras iPad',
    'Annas AirPods', 'Für Annas iPhone', '민지의 iPhone', '김민지의 iPhone', '서연의 iPad', 'iphone de maria jose',
    # (the price: a known given name before German's `s` or after a preposition in lower case, a Korean word two
    # given names' syllables spell)
    'Jades iPhone', 'iphone de carmen', '하나의 iPhone',
]

ORDINARY_KEYS = [
    'travel_companion_count', 'companion_pass', 'companion_fare', 'companion_app', 'ai_companion', 'companion_mode',
    'chat_companion_bot', 'date_companion_type', 'begleitung_erlaubt', 'travel_partner', 'travel_partner_name',
    'dinner_partner', 'reise', 'tisch', 'lunch_partner', 'partnerin', 'partnerin_programm', 'chat_partner',
    'holiday_companion_count', '상대이름', '경기상대',
]

PERSONAL_KEYS = [
    'chat_companion_name', 'dateCompanionName', 'travel_companion_name', 'trip_companion', 'dinner_companion',
    'reise_begleiter', 'reisebegleiterin', 'ehepartnerin', 'ehepartner_name', '데이트상대', '데이트_상대',
    '채팅상대이름', '대화상대이름',
    # (the price: a companion's key on a journey, a setting's as often as a person's)
    'travel_companion',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/matches/real-madrid-barcelona', '/likes/hugo-boss', '/dating/matches/real-madrid',
    '/dating/matches/golden-retriever', '/dating/likes/berlin-2025', '/tour/dates/like/paris-2025',
    '/dating/matches/page/2', '/dating/likes/see-who-likes-you', '/dating/likes/10-tips-for-dating',
    '/dating/matches/12345', '/dating/match/12345/settings', '/dating/liked-you/upgrade',
    '/dating/matches/12345-summer-party', '/dating/matches/2025-06-14/jordan-iraq',
    '/football/matches/2025/real-madrid-barcelona', '/messages/with/12345', '/messages/with/2-support',
    '/dating/matches/new-york-10001',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/dating/matches/anna-meier', '/dating/likes/anna-meier', '/dating/liked-you/anna-meier',
    '/dating/likes/anna-quenby', '/dating/match/anna-meier-28-berlin', '/dating/matches/anna-meier-28',
    '/dating/match/12345/anna-meier', '/messages/with/12345-anna-meier', '/messages/with/2-anna-meier',
    '/chat/12345/anna-meier',
    # (the price: a brand or a breed named like a person on a dating site's list, as on its singular's page)
    '/dating/likes/marc-jacobs', '/dating/likes/jack-russell',
)]

globals().update(review_tests(globals()))

USER_AGENTS_WITH_OWNERS = [
    'MyApp/1.2 (Annas iPhone; iOS 17.0)', "MyApp/1.2 (anna's iphone; iOS 17.0)", 'MyApp/1.2 (민지의 iPhone; iOS 17.0)',
    "MyApp/1.2 (ANNA'S IPHONE; iOS 17.0)", "MyApp/1.2 (Anna's AirPods; iOS 17.0)", 'MyApp/1.2 (민지의iPhone; iOS 17.0)',
]
PLAIN_USER_AGENTS = [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    'MyApp/1.2 (애플의 iPhone; iOS 17.0)', 'MyApp/1.2 (Samsungs Galaxy; Android 14)',
]


@pytest.mark.parametrize(("user_agent", "found"), [
    *((agent, detector.postal.PERSON_NAME) for agent in USER_AGENTS_WITH_OWNERS),
    *((agent, "") for agent in PLAIN_USER_AGENTS)])
def test_a_user_agent_is_refused_by_its_devices_owner_alone(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


def test_the_owners_cue_is_the_price_on_a_plain_user_agents_path() -> None:
    # (one search in C, no call into device_owners' rules)
    assert [device_owners.OWNER_CUE.search(agent) for agent in PLAIN_USER_AGENTS[:2]] == [None, None]


@pytest.mark.parametrize("text", ["Annas iPhone", "Claras iPad"])
def test_a_glued_possessive_leaves_the_short_words_shortcut(text: str) -> None:
    # (the price: a two-word text holding `s ` and a device's word is judged by the full rules)
    assert detector._SHORT_WORDS.fullmatch(text) is not None and detector.reason(text) == detector.postal.PERSON_NAME


@pytest.mark.parametrize("text", ["Blue Sneakers", "Kids Shoes", "Mens Socks"])
def test_ordinary_short_words_keep_the_shortcut(text: str) -> None:
    assert device_owners.CUE.search(text) is None
