"""Tidy 51: one source of truth for five of the outside reader's findings on session 50, and older reviews' drops.

- canonical.table_alternation is the one way a module turns a vocabulary table into an alternation (booked_names',
  cued_names', dating's, memorials' and mails' `_alternation`, named_in_text's `_phrases` were copies): every compiled
  pattern is as it was.
- cued_names._FILE_WORDS is one table of a file name's non-name words by kind (`_FILE_NOISE` and `_SITE_FILE_WORDS`
  were two): a family name alone is read past all of them, a full name's two words past a scan's or a side's word
  only (an image's word after a given name is a family name as often: `Passport_Grace_Light.jpg`). An upload's
  words join it: beside one, the other word is read as a family name alone (review 39:
  `ID_upload_passport_front_739164.png` names nobody, `passport_upload_<Family>_739164.png` its holder). German's
  side written `Rueckseite` is read as a side (`Reisepass_<Given>_<Family>_Rueckseite.png` went out).
- A fragment continues the path's route with or without its `/` (review 40: `/chat#orla-quenby`), and a query-shaped
  fragment's counterpart key is read as a query's (`/chat#with=orla-quenby`); counterparts is called only after
  privacy's look-up of a conversation's word among the route's segments (perf 50's finding).
- common_words.PLAN_TIERS holds a plan's tiers once; referral_links.NOT_A_REFERRER reads it.
- A guesthouse's and a holiday let's words are lodging's (name_shapes.LODGING_WORDS: review 39's `?with=Villa+Rentals`,
  `?with=Pension+Sonnenhof`), and Japanese's `必須`/`任意` are a field's flags (personal_keys.FIELD_FLAGS: `氏名_必須`).

The price (asserted below): a family name that is a lodging's word after a given name under a conversation's
`with` (`?with=Orla+Gasthof`), a file's family name alone that is an upload's word
(`upload_passport_Verify_739164.png`).
"""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import common_words, counterparts, cued_names, privacy, referral_links
from meta_capi.canonical import phrase_alternation, table_alternation, table_phrases
from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    # (an upload's word before the document's, and the side's after it)
    'ID_upload_passport_front_739164.png', 'ID_upload_passport_back_2024.png', 'KYC_upload_passport_front_2025.jpg',
    'ID_verify_passport_back_2025.png', 'kyc_passport_Upload_739164.png', 'passport_upload_guide.png',
    'passport_upload_Draft_2024.png', 'Passport_Upload_Instructions.pdf',
    # (the price: a family name alone that is an upload's word)
    'upload_passport_Verify_739164.png',
]

PERSONAL = [
    'upload_passport_Quenby_739164.png', 'Scan_Passport_Orla_Quenby.pdf', 'Passport_Orla_Quenby_front.jpg',
    'passport_Orla_Quenby_739164.png', 'Reisepass_Orla_Quenby_Rückseite.png',
    # (a side written with `ue`, and an image's word as a family name after a given name)
    'Reisepass_Orla_Quenby_Rueckseite.png', 'Passport_Grace_Light.jpg', 'Passport_Orla_Preview.jpg',
    # (an upload's word beside one word: that word read as a family name alone)
    'passport_upload_Dranvoquist_739164.png', 'passport_Quenby_upload_739164.png', 'Passport_Velmora_Upload.jpg',
]

ORDINARY_KEYS = ['氏名_必須', '氏名_任意', '電話番号_任意', '住所_必須']

PERSONAL_KEYS = ['氏名', '電話番号', '氏名必須']

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/chat#top', '/chat#new-message', '/messages#inbox', '/chat#summer-sale', '/help#faq', '/chat#with=support',
    '/chat#/settings/notifications', '/product#reviews/orla-quenby', '/chat#page=2',
    '/messages?with=Villa+Rentals', '/messages?with=Pension+Sonnenhof', '/messages?with=Gasthof+Krone',
    '/messages?with=Hostal+Sol', '/messages?with=Pensione+Bella', '/chat?with=Albergo+Roma',
    # (the price: a family name that is a lodging's word)
    '/messages?with=Orla+Gasthof',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in ('/messages?with=Orla+Quenby', '/chat/orla-quenby')]

globals().update(review_tests(globals()))

# (a fragment naming a counterpart is dropped, the path kept)
PERSONAL_FRAGMENTS = [f"{_SITE}{path}" for path in (
    '/chat#orla-quenby', '/chat#tessaly-dranvoquist', '/chat#with=orla-quenby', '/messages#Orla%20Quenby',
    '/chat#/orla-quenby', '/help#chat/orla-quenby', '/messages#with=Orla%20Quenby',
)]


@pytest.mark.parametrize("url", PERSONAL_FRAGMENTS)
def test_a_fragment_naming_a_counterpart_is_dropped(url: str) -> None:
    assert privacy.clean_url(url) == url.partition("#")[0]


def test_a_fragment_off_a_conversations_route_calls_no_counterpart_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: List[str] = []

    def counted(path: str, fragment: str) -> bool:
        calls.append(fragment)
        return False

    monkeypatch.setattr(counterparts, "fragment_names_a_counterpart", counted)
    assert privacy.clean_url(f"{_SITE}/products/blue-sneakers#reviews/page-2") is not None
    assert privacy.clean_url(f"{_SITE}/chat#orla-quenby") == f"{_SITE}/chat#orla-quenby"
    assert calls == ["orla-quenby"]


def test_table_alternation_is_table_phrases_read_by_phrase_alternation() -> None:
    table = {"English": "gift subscription|gift", "German": "Geschenk-Abo|Geschenkabo"}
    assert table_alternation(table) == phrase_alternation(table_phrases(table))
    assert table_alternation({"words": "Front Back"}, " ") == phrase_alternation(["front", "back"])


def test_plan_tiers_are_not_a_referrers_words() -> None:
    assert common_words.PLAN_TIERS <= referral_links.NOT_A_REFERRER
    assert "premium" not in referral_links.CAMPAIGN_WORDS and "pro" not in referral_links.CAMPAIGN_WORDS


def test_a_file_names_words_are_one_table() -> None:
    assert cued_names._SCAN_WORD_SET <= cued_names._FILE_WORD_SET
    assert {"rueckseite", "scan"} <= cued_names._SCAN_WORD_SET and {"upload", "kyc"} <= cued_names._UPLOAD_WORD_SET
    assert {"preview", "light"} <= cued_names._FILE_WORD_SET - cued_names._SCAN_WORD_SET
