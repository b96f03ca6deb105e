"""Closer 195: review 33's regressions of closers 181, 183 and 184 (ordinary values newly refused) sent out again by
rule, personal values beside them kept.

- detector._thousands_range (read by detector._a_range and, after a personal label, by detector._number_reason): two
  round amounts in thousands grouped by a blank, the lower first, on each side of a spaced dash are a salary's range,
  no phone (`38 000 – 42 000 € brut/an`); after a label whose letters fold to a personal one's too (`Lön`, a
  longitude's `lon`).
- detector._after_swish (read by detector._digit_groups_reason): after Swish's name, maybe with a transfer's
  preposition (payees.DIRECTION_WORDS), ten digits opening with `123` are a merchant's or a charity's Swish number,
  no mobile (`Swish till 123 456 78 90`); a mobile (`07…`) stays a phone.
- referral_links.CAMPAIGN_WORDS and PLACE_AND_CLUB_WORDS (in referral_links._NOT_A_REFERRER; CAMPAIGN_WORDS inside
  a glued code too; referral_links._an_opaque_run reads an opaque code's letters against both): a device's, a
  console's, a coin's, a feast's or a holiday's word, a place's article or saint, a club's or a hotel's word as a
  referral route's code is no referrer's (`/invite/xbox360`, `/einladung/sommerfest-2026`, `/invite/los-angeles-2026`).
- referral_links.CAMPAIGN_SOURCE_WORDS (read by referral_links.an_inviters_name): a sale's, a sale day's, a launch's
  or a site's section's word under an inviter's key is a campaign's or a source's (`?from=Spring+Sale`).

Left: a brand or a public person spelled as a person's full name (`/invite/john-lewis`, `/invite/taylor-swift`): only
a list of names tells it.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    "Salaire : 40 000 – 46 000 € brut/an", "Gehalt: 52 000 – 60 000 € brutto", "Lön: 32 000 – 38 000 kr/mån",
    "Sueldo: 24 000 – 30 000 €", "Swish till 123 567 89 01", "Swish: 123 900 4455", "Swish to 123 456 12 34",
]
PERSONAL = [
    "Swish till 070 123 45 67", "Swish: 0701 234 567", "Ring 123 456 78 90", "Gehalt: 55 000 – 45 000 €",
    "Tel: 38 000 42 000",
]
ORDINARY_URLS = [
    "https://www.example.com/invite/ipad2026", "https://www.example.com/invite/playstation5",
    "https://www.example.com/invite/ethereum2025", "https://www.example.com/einladung/sommerfeier-2026",
    "https://www.example.com/invite/fathers-day", "https://www.example.com/invite/las-vegas-2026",
    "https://www.example.com/invite/sporting-lisboa", "https://www.example.com/referral/holiday-inn",
    "https://example.com/invite/?from=Winter+Sale", "https://example.com/invite/?from=Cyber+Monday",
]
PERSONAL_URLS = [
    "https://shop.example.com/invite/ilvara-dunstreth", "https://shop.example.com/invite/santana1988",
    "https://shop.example.com/join/orlaq_48", "https://shop.example.com/invite/?from=Summer+Quenby",
    "https://shop.example.com/invite/?from=Orla+Black", "https://shop.example.com/invite/ilvaradunstreth77",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_personal_values_are_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_ordinary_urls_go_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_personal_urls_lose_their_path_or_their_query(url: str) -> None:
    cleaned = privacy.clean_url(url)
    assert cleaned != url and cleaned in ("https://shop.example.com/", url.partition("?")[0])
