"""The thirtieth attack's mail addresses (tests/privacy_attack_cases_30.py) as visitors type them: at a country's
largest provider without its top-level domain (`anna.schwertfeger@web`), a mailbox's local part beside a large
provider's name without `@` (a blank, `at`, German `bei`, `_` for `@` and `.`), a local part alone after a mail label
(`E-Mail: anna.schwertfeger`). With the near misses each rule leaves alone: a campaign's or a product's words after
`@`, a slug's, one word beside a provider's domain or after a mail label (`E-Mail: support`)."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import EMAIL


@pytest.mark.parametrize("text", [
    "anna.schwertfeger@web", "anna.schwertfeger@t-online", "marie.dufresnoy@orange", "agnieszka.wroblewska@wp",
    "jo@free", "meine Adresse: jo.smith@o2", "jan.kowalski@onet, danke", "m.rossi@virgilio",
])
def test_an_address_at_a_national_provider_without_its_top_level_domain_is_kept(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", [
    "Summer@Web", "Orange@Home 2024", "@orange", "T-Shirt @orange", "npm i @web/dev-server", "Preis 3@orange",
    "shop@web-shop", "jo@webshop", "summer-web-de", "t-shirt-orange-xl", "Polo_Shirt_orange_de",
])
def test_a_near_miss_of_a_national_providers_address_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "anna.schwertfeger gmail.com", "anna.schwertfeger web.de", "meine mail ist anna.schwertfeger bei gmx",
    "anna.schwertfeger at gmail", "anna.schwertfeger at gmail.com", "john_doe at gmx.de", "jo.smith chez orange",
    "anna_schwertfeger_gmail_com", "anna.schwertfeger_gmail_com",
])
def test_a_local_part_beside_a_large_providers_name_without_at_is_kept(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", [
    "Sign in with gmail.com", "Login at gmail", "e.g. gmail.com", "v2.0 gmail.com", "Sale at web", "a.b at gmail",
    "Gutschein bei web.de einlösen", "Kaufen bei Orange.fr", "Polo_Shirt_orange_de", "summer_sale_web_de",
    "anna_schwertfeger gmail_com",
])
def test_a_near_miss_of_a_local_part_beside_a_provider_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "E-Mail: anna.schwertfeger", "Email: anna.schwertfeger", "E-Mail-Adresse: anna.schwertfeger",
    "Your email: j.smith77", "Courriel : marie.dufresnoy",
])
def test_a_local_part_after_a_mail_label_is_kept(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", [
    "E-Mail: support", "E-Mail: info", "E-Mail: web.de", "E-Mail: n.a.", "E-Mail: z.B. kontakt", "E-Mail: opt-in",
    "E-Mail: shop.example.com", "Version: 2.0.1", "Preis: 59.90", "Farbe: blau.grau",
])
def test_a_near_miss_of_a_local_part_after_a_mail_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
