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
- German's role's word opening the text, the name ending its part (named_in_text._GERMAN_ROLE_OPENING: `Gast …,
  Zimmer 12`); not a title going on (`Gast Bewertung sehr gut`).
- An airline ticket's word capitalized opening a part, its thirteen digits no GTIN
  (travel_documents._TICKET_OPENING_A_PART: `… – Ticket 2204817263954`); not opening the text.
- A programme's `&` read as "and" in a label (labelled_values._labelled's head; key_lexicon.LOYALTY_PROGRAMMES
  `miles_and_more`: `Miles & More: …`).
- A key's programme name of three words before an id or a number word (personal_keys.THREE_WORD_PROGRAMMES,
  personal_keys._programme_of_three_words: `worldOfHyattId`, `miles_and_more_number`).
- German's and Dutch's application's number word before the permit in apposition
  (personal_keys.PERMIT_NUMBER_FIRST_LABELS, PERMIT_WORDS: `Antragsnummer Visum …`, `antragsnummer_visum`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys, postal, privacy

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
    "Calle Quarvelle 12, 3º B, 28013 Madrid", "27 Quarvelle Road, Leeds LS6 2QT",
    "500 Vorstelk Avenue, Toronto M5V 2T6",
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


# --- travel's leftovers (closer 127's and 128's limits) ------------------------------------------------------------
TRAVEL_PERSONAL = [
    "Gast Zelfrida Oskwantel, Zimmer 12", "Hauptreisender Jonas Quarvelle; Zimmer 12", "Fahrgast Anna Quendrix | 12A",
    "Gast Frau Anna Quendrix, Ankunft 18 Uhr",
    "Passenger receipt – Ticket 2204817263954", "LH 400, Ticket 220-4817263954",
    "Buchung XK4P2Q (Ticket 2204817263954)", "Mathis Quarvelle – Billet 0574817263954",
    "Miles & More: 992004583914726", "Miles & More #992004583914726", "Miles & Smiles: 583914726",
    "Antragsnummer Visum 58391472", "Antragsnummer Visum: VIS58391472", "Antragsnummer ESTA: 8WX583914QP2R7",
    "Aanvraagnummer visum 58391472",
]


@pytest.mark.parametrize("text", TRAVEL_PERSONAL)
def test_travel_s_leftovers_are_refused(text: str) -> None:
    assert detector.reason(text) != ""


TRAVEL_ORDINARY = [
    "Gast Bewertung sehr gut", "Gast Zelfrida Oskwantel", "Ticket 2204817263954", "Einzel - Ticket 4006381333931",
    "Konzert Ticket 4006381333931", "Miles & More Credit Card Gold", "Miles & More: 5000 Meilen",
    "Terms & Conditions: 12345678", "Visum 58391472", "Antragsnummer Visum beantragen 2026", "ESTA 2026",
]


@pytest.mark.parametrize("text", TRAVEL_ORDINARY)
def test_travel_s_look_alikes_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "personal"), [
    ("worldOfHyattId", True), ("miles_and_more_number", True), ("milesAndMoreNumber", True),
    ("best_western_rewards_number", True), ("antragsnummer_visum", True), ("aanvraagnummer_esta", True),
    ("world_of_hyatt_tier", False), ("miles_and_more_status", False), ("visum_typ", False),
])
def test_a_programme_s_or_a_permit_s_number_key(key: str, personal: bool) -> None:
    assert personal_keys.names_personal_data(key) is personal
