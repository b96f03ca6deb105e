"""The thirtieth attack's mail addresses (tests/privacy_attack_cases_30.py) as visitors type them: at a country's
largest provider without its top-level domain (`anna.schwertfeger@web`). With the near misses each rule leaves alone:
a campaign's or a product's words after `@`, a slug's."""

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
