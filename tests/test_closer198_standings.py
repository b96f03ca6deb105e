"""Closer 198: review 34's regressions of session 44 (a party's standing, a club, a tier, a market, a service or a
firm where closers 189 and 190 read a person) go out by rule; the people beside them stay refused.

- standings.STANDING_WORDS, standings.a_standing: a new vocabulary by meaning and language (a client's tenure, a
  housing firm's or a public administration's word, a pro's vetting or hours, a job's service, a trade's word, a
  register's page, a betting market's, a tier's, a device's, a gambling record's document or period, a winner's word);
  none is a given or a family name (`Day`, `Power`, `Gold`, `Free`, `High`, `Meister` stay names' words).
- home_services._a_person: no standing (standings.a_standing) and no business (brand_words.a_business_name) is a
  client, a pro, a booked person, a message's sender, a family or a household's pro (`Homeowner: Landlord`, `Tasker:
  Same Day`, `Appointment confirmed for Boiler Repair`, `Message from Octopus Energy:`, `My cleaner Molly Maid …`).
- home_services._REGISTERED: the words after a register's number and its dash are read; opening on a standing's word
  (`Find an Engineer`, `Oil Boiler Service`) or naming a place or a business, they name no holder.
- role_labels.a_bettors_thing (in postal._ROLES_THINGS): after a bettor's label (role_labels.BETTORS), a club's word
  (role_labels.CLUB_AND_BREED_WORDS) or a standing's names no bettor (`Tipster: Racing Tips`, `Apostador: Real
  Madrid`).
- wagers._a_player: no standing after a bet's agent's preposition or a gambling record's `for`/`by` (`Bet placed from
  Apple Watch`, `KYC check failed for Proof Address`).
- payees._a_counterparty: no standing is a payout's payee (`Payout to Cash App`, `Payout to Lucky Winner`).
- referral_links._words_ordinary: a code's slug holding a standing's word names no referrer (`/join/red-bull-racing`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    # (home_services._CLIENT, _PRO with standings.a_standing)
    "Homeowner: Buy to Let Landlord", "Homeowner: Council Tenant", "Hausbesitzer: Mieter", "Tasker: Fully Licensed",
    "Nanny: Full-Time", "Sitter: Weekend Only", "Carer: Overnight", "Pflegekraft: Ambulanter Pflegedienst",
    "Opdrachtgever: Woonstichting De Key", "Committente: Amministrazione Condominiale",
    # (home_services._for_named, _MESSAGE, _RELATED, _FAMILY)
    "Appointment confirmed for Annual Boiler Service", "Booking confirmed for Oven Cleaning",
    "Afspraak bevestigd voor Onderhoud Cv-ketel", "Message from British Gas Support:", "Our cleaner Merry Maids came",
    "Ferien bei Familie Ferienpark Sonnenhang",
    # (home_services._REGISTERED)
    "Gas Safe Register no. 765432 – Find a Registered Engineer", "NICEIC registration no. 112233 – Approved Installer",
    "OFTEC registration 998877 – Heating Engineer",
    # (role_labels.a_bettors_thing)
    "Tipster: Horse Racing Tips", "Punter: Weekend Punter", "Bettor: VIP Level", "Parieur : Niveau Expert",
    "Apostador: Atletico Madrid", "Jackpot winner: Mega Jackpot", "Gokker: Online Casino",
    # (wagers._a_player)
    "Bet slip shared from Mobile App", "Wettschein geteilt von Fussball Insider",
    "KYC check failed for Expired Licence", "Deposit limit set for Monthly Period",
    # (payees._a_counterparty)
    "Payout to Lucky Winners", "Auszahlung an Gewinner Annahmestelle",
]

PERSONAL = [
    # (kept: people after the same labels and prepositions, names with a word shared with a vocabulary's neighbours)
    "Homeowner: Orla Quenby", "Tasker: Orla Day", "Nanny: Ilse Gold", "Pflegekraft: Frau Ilse Meister",
    "Appointment confirmed for Orla Quenby", "Message from Tjorven Dunstreth:", "Our cleaner Orla Quenby came today",
    "Gas Safe Register no. 765432 – Orla Quenby", "Gas Safe Register no. 765432 – Orla Quenby Plumbing",
    "Handwerksrolle Nr. 12345 – Tjorven Dunstreth Elektrotechnik", "Tipster: Orla Day", "Bettor: Orla High",
    "Punter: Tjorven Power", "Apostador: Tjorven Dunstreth", "Bet slip shared by Orla Free",
    "Bet slip from Tjorven Hill", "KYC check failed for Orla Quenby", "Payout to Orla Quenby",
]

ORDINARY_URLS = ["https://www.example.com/join/red-bull-racing-vip", "https://www.example.com/invite/casino-vip"]
PERSONAL_URLS = ["https://shop.example.com/join/orla-quenby", "https://shop.example.com/invite/tjorven-dunstreth"]


@pytest.mark.parametrize("text", ORDINARY)
def test_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_url_kept(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_url_cleaned(url: str) -> None:
    assert privacy.clean_url(url) != url
