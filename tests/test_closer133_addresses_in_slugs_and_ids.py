"""Closer 133 (sixty-fifth attack: addresses in slugs and ids; the sixty-fourth's travel leftovers).

- A street line and its post code in a URL path's slug (postal._SLUG_ADDRESS, read by privacy._slug_addresses): its
  joints as blanks, in lower case, a house's number, a street word in its language's order (after the name, before
  it, glued to its end or apart after it) and after them a post code of a country's shape, a number's before a town
  word (`/delivery-area/27-<name>-road-leeds-ls6-2qt`, `/zone/14-rue-<name>-69003-lyon`); not a number and a street
  word as a title's (`/blog/27-road-trip-ideas`), a street alone (`/products/abbey-road-vinyl-lp`), a town and its
  district's code (`/stores/leeds-ls1`), a product's number ending the slug (`/p/12-oak-street-candle-12345`).
- A whole address in an id (postal.id_address: postal._LINE_BEFORE_ID_CODE, _ID_ENGLISH_ADDRESS,
  _JP_PREFECTURE_BLOCK): a street line, maybe a flat's or a floor's part, then a post code and its town; an English
  line, its town and a British or Canadian code; a Japanese prefecture's, city's or ward's signs before a town's block
  numbers. A store's code joining its country, code and town (`DE-10115-BER`, `JP-530-0001`), a SKU, a GTIN go out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, postal, privacy

SITE = "https://deliver.example-eats.com"

SLUG_ADDRESSES = [
    "/delivery-area/27-quarvelle-road-leeds-ls6-2qt", "/delivery-area/27-quarvelle-road-ls6-2qt",
    "/zone/14-rue-quendrix-69003-lyon", "/zone/calle-quarvelle-12-3-b-28013-madrid",
    "/liefergebiet/quendrixstrasse-19-10115-berlin", "/liefergebiet/quendrix-stra%C3%9Fe-19-10115-berlin",
    "/zona/via-quendrix-8-20121-milano", "/bezorg/quendrixstraat-41-1012-ab-amsterdam",
    "/strefa/ul-quarvelle-7-m-3-00-950-warszawa", "/check/27_Quarvelle_Road_Leeds_LS6_2QT",
    "/zone/500-vorstelk-avenue-toronto-m5v-2t6", "/deliver/3-quenby-close-york-yo1-7hh/slots",
]


@pytest.mark.parametrize("path", SLUG_ADDRESSES)
def test_a_street_line_and_its_post_code_in_a_slug_is_left_out(path: str) -> None:
    cleaned = privacy.clean_url(SITE + path)
    assert cleaned is not None and path.split("/")[2] not in cleaned


SLUGS = [
    "/blog/27-road-trip-ideas", "/products/abbey-road-vinyl-lp", "/stores/leeds-ls1", "/p/street-fighter-6-ps5",
    "/p/12-oak-street-candle-12345", "/events/10-downing-street-tour-2024-london", "/p/street-art-2024-10115",
    "/blog/10-main-street-shops-2024", "/recipes/5-via-veneto-pasta-dishes", "/p/221b-baker-street-mug-40213",
    "/stores/leeds-ls6-2qt", "/c/calle-8-tacos-12-pack",
]


@pytest.mark.parametrize("path", SLUGS)
def test_a_slug_without_a_whole_street_line_goes_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + path


ID_ADDRESSES = [
    "Quendrixstraße 19, 10115 Berlin", "Quendrixstraße 19 10115 Berlin", "14 rue Quenelle, 69003 Lyon",
    "Via Quendrix 8, 20121 Milano", "Quendrixstraat 41, 1012 AB Amsterdam", "ul. Quarvelle 7 m. 3, 00-950 Warszawa",
    "Calle Quarvelle 12, 3º B, 28013 Madrid", "27 Quarvelle Road, Leeds LS6 2QT", "500 Vorstelk Avenue, Toronto M5V 2T6",
    "大阪府大阪市北区梅田1-2-3 クアルヴェルハイツ305号", "〒530-0001 大阪府大阪市北区梅田1-2-3 クアルヴェル様",
    "東京都渋谷区神南1丁目2-3", "北海道札幌市中央区北1条西2-1",
]


@pytest.mark.parametrize("text", ID_ADDRESSES)
def test_a_whole_address_as_an_id_is_refused(text: str) -> None:
    assert detector.reason(text, id_like=True) == postal.POSTAL_ADDRESS


IDS = [
    "DE-10115-BER", "JP-530-0001", "SKU-4711-BLUE-42", "4006381333931", "ORD-65-7781", "BER 10115 Berlin",
    "Store 12 Berlin", "Order 12345, 10115 Berlin", "東京都限定 1-2", "Store Leeds LS6 2QT", "FR-69003-LYO-14",
    "大阪店 530-0001", "Art. 4711 Berlin",
]


@pytest.mark.parametrize("code", IDS)
def test_a_store_s_or_a_product_s_code_goes_out_as_an_id(code: str) -> None:
    assert detector.reason(code, id_like=True) == ""
