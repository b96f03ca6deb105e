"""Closer 131 (sixty-fifth attack's last two families: loyalty cards named by their scheme, reviews' authors).

- A shop's loyalty card named by its scheme before its number (labelled_values.SCHEMED_CARD_LABEL, read by
  labelled_values.card_number_label from the detector's label level): a scheme's capitalized name before a card's
  word (`Nectar card:`, `Boots Advantage Card:`), or after a card's word, a loyalty word maybe between (`Carte
  fidélité Carrefour n°`, `Tarjeta Club Dia nº`, `Karta Moja Biedronka`), then ten digits or more; a points' count,
  a year or a colon and words go out (`Nectar card 500 points offer`, `Carte fidélité Carrefour : conditions`), and a
  card's kind is no scheme (key_lexicon.CARD_KINDS: `Gift card no. …`, `Carte Cadeau Fnac n° …`).
- A parameter naming a card before twelve to nineteen digits (labelled_values.card_number_label,
  labelled_values.number_under_bare_key's _CARD_KEYS: `?card=…` in a loyalty link, even as an order's id).
- Japanese's glued loyalty cards as an account's holder (key_lexicon.GLUED_LOYALTY_CARDS, personal_keys.
  ACCOUNT_HOLDERS: `ポイントカード番号：…`).
- A review's author beside its rating after the review's words (reviews.RATED_AFTER_REVIEW, reviews.rated_reason):
  a full name and stars or a score ending the text (`Ottima pizza! … ⭐⭐⭐⭐`), a score or stars and a full name
  (`Lecker. 5/5 …`, `… ★★★★★ – …`), a katakana name before stars (`美味しかったです。… ★5`), a dash, a full name,
  a comma and a rating (`— …, 5 gwiazdek`); a full name opening the text before a verb of rating and a rating
  (reviews.OPENING_WITH_VERB, RATED_VERBS: `… rated Trattoria da Luigi 4/5`); a dash's signature with a verified
  label in brackets (reviews._SIGNED: `— … (cliente verificada)`). Ratings alone, a rating before a product's words,
  a product's name beside stars go out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

CARDS = [
    "Nectar card: 9826 3000 4726 1935 818", "Boots Advantage Card: 6338 5012 3456 7890",
    "Nectar card no. 9826300047261935818", "Payback Karte 4726 1935 8100", "Tesco Clubcard: 6340 0447 2619 3581",
    "Carte fidélité Carrefour n° 9131004726193589", "Carte Auchan n° 2123456789012",
    "Tarjeta Club Dia nº 9131004726193589", "Tarjeta Eroski Club: 9131004726193589",
    "Karta Moja Biedronka 2620047261936", "Karta Rossmann Club 2620047261936",
    "Tessera fedeltà Esselunga Fidaty 2620047261936", "Cartão Continente 2620047261936",
    "ポイントカード番号：4726-1935-8100", "会員カード番号：4726-1935-8100",
    "https://www.example-shop.fr/fidelite/lien?carte=2620047261936&etape=2",
    "https://www.example-market.co.uk/loyalty/link?card=2620047261936&step=2",
]


@pytest.mark.parametrize("text", CARDS)
def test_a_loyalty_card_named_by_its_scheme_is_refused(text: str) -> None:
    assert detector.reason(text)


def test_a_loyalty_link_s_card_is_refused_as_an_id() -> None:
    assert detector.reason("https://www.example-market.co.uk/loyalty/link?card=2620047261936&step=2", id_like=True)


CARDS_ORDINARY = [
    "Nectar card 500 points offer", "Nectar card 2x points this weekend", "Carte fidélité Carrefour : conditions",
    "Carte fidélité Carrefour 2026", "Tarjeta Club Dia: ventajas", "Karta Moja Biedronka - 10% rabatu",
    "Boots Advantage Card: 4 points per £1", "Gift Card 50", "Clubcard Prices", "ポイントカード 500ポイント",
    "https://www.example-market.co.uk/cards?card=2&step=2", "Pokemon Card Game Booster Pack 36",
    "Gift card no. 0084213765", "Carte Cadeau Fnac n° 9131004726193589", "SIM Card: 8944 1234 5678 9012 345",
]


@pytest.mark.parametrize("text", CARDS_ORDINARY)
def test_a_card_s_offer_or_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


REVIEWERS = [
    "Ottima pizza! Nerisa Quaglivetti ⭐⭐⭐⭐", "Great food. Orla Quenby ★★★★☆", "Fab service! Mathis Quarvelle 5/5",
    "Lecker, schnelle Lieferung. 5/5 Jonas Quarvelle", "Best ramen in town! ★★★★★ – Orla Quenby",
    "Super. 4.5/5 Anne Quendrix", "美味しかったです。クアストリンデル ★5", "最高でした！ヴォルステルカヤ ★★★★★",
    "Świetne pierogi — Anna Quarvelle, 5 gwiazdek", "Très bon — Anne Quendrix, 4/5",
    "Riquísimo todo. — Lucía Quarvelle (cliente verificada)", "Great! - Orla Quenby (Verified Buyer)",
    "Orla Quenby rated Trattoria da Luigi 4/5", "Jonas Quarvelle bewertete Pizzeria Roma mit 5/5",
    "Lucía Quarvelle valoró Casa Pepe 5/5",
]


@pytest.mark.parametrize("text", REVIEWERS)
def test_a_review_s_author_beside_its_rating_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


REVIEWS_ORDINARY = [
    "5/5 stars", "★★★★★ Great product", "★★★★★ Great Product", "Great product! ★★★★★ - Nike Air",
    "Nice shoes! Adidas Originals ★★★★☆", "Lovely. 5/5 Would Recommend", "Tasty. Great Value 5/5",
    "美味しい。ペペロンチーノ ★5", "Delicious! Pizza Margherita ★★★★★", "Rated 4.5/5 by 120 customers",
    "Customers rated this product 4/5", "Great value. ★★★★☆ Fast Delivery", "Excellent. 5/5",
]


@pytest.mark.parametrize("text", REVIEWS_ORDINARY)
def test_a_rating_beside_a_product_or_alone_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
