"""Closer 188: one reading of a referral's or an invitation's link (referral_links.py) where five closers read it.

- referral_links.ROUTE_WORDS (one vocabulary by language: closer 181's, closer 184's `/join/` and closer 179's
  `/friend-invite/`), names_a_referrer: the code after a route's word is a name's slug, a name glued to digits or an
  opaque code; a page's, a programme's or a campaign's words are none (`/referral/earn-50-euro`,
  `/invite/summer-sale-202611`, `/referral/black-friday-123456`, `/join/premium`, `/invite/design-crew`).
- referral_links.CODE_KEYS, INVITER_KEYS, referrer_parameter: a code's or an inviter's key on a referral's route;
  referral_coded, referrer_named: a referral's key anywhere (`?ref=<digits>`, `?invited_by=<given>-<family>`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy, referral_links

PERSONAL = [
    ("https://coinbase.example.com/join/orlaq_48", "https://coinbase.example.com/"),
    ("https://app.example-bank.com/referral/corvindallowmere4821", "https://app.example-bank.com/"),
    ("https://www.example-bank.de/einladung/jorinde-quastmeyer-12", "https://www.example-bank.de/"),
    ("https://games.example.com/friend-invite/corvin-dallowmere-517906/accept", "https://games.example.com/"),
    ("https://accounts.example-exchange.com/register?ref=583914", "https://accounts.example-exchange.com/register"),
    ("https://petition.example.org/sign?invited_by=jorinde-quastmeyer", "https://petition.example.org/sign"),
    ("https://games.example.com/invite/?from=Corvin+Dallowmere&lang=en", "https://games.example.com/invite/?lang=en"),
]
LOOK_ALIKES = [
    "https://www.example.com/referral/earn-50-euro", "https://www.example.com/invite/summer-sale-202611",
    "https://www.example.com/referral/black-friday-123456", "https://shop.example.com/join/premium",
    "https://www.example.com/invite/design-crew", "https://shop.example.com/join/step-2",
    "https://www.example.com/referral/?code=WELCOME10", "https://shop.example.com/?ref=20260114",
    "https://petition.example.org/sign?invited_by=friend-link", "https://games.example.com/invite/?from=Email+Campaign",
]


@pytest.mark.parametrize(("url", "cleaned"), PERSONAL)
def test_a_referrers_code_or_name_in_a_link_is_refused_and_left_out(url: str, cleaned: str) -> None:
    assert detector.reason(f"Join me: {url}")
    assert privacy.clean_url(url) == cleaned


@pytest.mark.parametrize("url", LOOK_ALIKES)
def test_a_programmes_page_or_a_campaigns_code_goes_out(url: str) -> None:
    assert detector.reason(url) == ""
    assert privacy.clean_url(url) == url


def test_one_module_owns_the_route_words_of_every_closer() -> None:
    assert {"join", "friend-invite", "parrainage", "einladung", "davet"} <= referral_links.ROUTE_WORDS
    assert referral_links.names_a_referrer("orlaq_48", opaque=True)
    assert not referral_links.names_a_referrer("earn-50-euro", opaque=True)
