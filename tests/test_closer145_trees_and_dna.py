"""Closer 145 (sixty-eighth attack: funerals, memorials, genealogy and DNA tests): family trees, obituary slugs, DNA
results and kits.

- A death notice's or a memorial's route before the deceased's slug (person_routes._names_a_notice, _NOTICE_WORDS,
  _SINGLE_NOTICE_WORDS, _NOTICE_PAGES, _NOTICE_SECTIONS): past a date's or a grave's id's segments, a slug with the
  life's years (`/obituaries/2026/11/14/<name>-1938-2026/`), a name after a grave's memorial id
  (`/memorial/<id>/<name>`), after `name` (`/obituaries/name/<name>-obituary`), before a notice's own page
  (`/traueranzeige/<name>/kondolenzbuch`), with a notice's number (`/death-notice/<name>-<town>-638147`), ending the
  route after a single notice's word (`/esquela/<name>/`); a DNA match's page (person_routes._names_a_match,
  _DNA_WORDS, _MATCH_WORDS: `/dna/match/<name>-1742cm`). Not `/obituaries/`, `/obituaries/search?q=`,
  `/memorial/create`, `/dna/matches`, `/obituaries/2026/11/`, a shop's `/memorial/benches`, `/obituary/templates`.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

SITE = "https://www.example.org"
PERSON_ROUTE = "holds a person's slug in a site's route"

NOTICE_ROUTES = [
    "/us/obituaries/name/tamsin-orvelloway-obituary?id=51234", "/obituaries/2025/03/02/tamsin-orvelloway-1941-2025/",
    "/todesanzeigen/2025/tamsin-orvelloway-1941-2025", "/traueranzeige/tamsin-orvelloway/kondolenzbuch",
    "/necrologi/tamsin-orvelloway/condoglianze", "/obituary/tamsin-orvelloway/guestbook",
    "/death-notice/tamsin-orvelloway-killarney-kerry-512398", "/esquela/tamsin-orvelloway-brevaquin/",
    "/avis-de-deces/tamsin-orvelloway", "/memorial/83710254/tamsin-orvelloway", "/dna/match/tamsin-orvelloway-87cm",
    "/adn/correspondance/tamsin-orvelloway", "/dna/relative/tamsin-orvelloway",
]
SECTION_ROUTES = [
    "/obituaries/", "/obituaries/search?q=orvelloway", "/memorial/create", "/dna/matches", "/obituaries/2026/11/",
    "/obituaries/2026/11/14/", "/memorial/benches", "/memorial/garden-stones/", "/obituary/templates",
    "/esquela/ejemplos-de-esquelas/", "/obituaries/name/", "/dna/match/settings", "/memorial/12345/edit",
    "/death-notices/county-mayo-12345", "/obituary/funeral-homes/", "/memorial/day-sale", "/memorial/stones/photos",
    "/condolences/sympathy-cards", "/obituary/how-to-write", "/memorials/plaques-12345", "/dna/match/list",
]


@pytest.mark.parametrize("path", NOTICE_ROUTES)
def test_a_notice_or_a_match_route_names_the_person(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + "/"
    assert detector.reason("see " + SITE + path) == PERSON_ROUTE


@pytest.mark.parametrize("path", SECTION_ROUTES)
def test_a_notice_site_section_goes_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + path.partition("?")[0] + (
        "?" + path.partition("?")[2] if "?" in path else "")
