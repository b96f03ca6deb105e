"""Closer 175 (review 30's findings): session 41's regressions first, then older values and keys.

- A donation on a receipt from a firm, a bank or a place of worship goes out: a bank's, a savings bank's or an energy
  firm's word (brand_words.BRAND_WORDS: `Sparkasse Köln`, `Total Energies`), a place of worship's word by language or
  a saint's title opening the name (brand_words.WORSHIP_PLACES, brand_words.a_place_of_worship: `St Mary's Church`,
  `Parroquia Santiago`), read by brand_words.a_business_name; `Church` or `Temple` alone ends a family name too.
- A pair of the table's goods engraved is a motif, no couple (record_names._TABLE_GOODS: `Salt & Pepper`, `Sel et
  Poivre`); a given name alone in a couple is read with its partner's last word, and an empty print's word by language
  is a given name there (record_names._EMPTY_PRINTS: `Anna & Tom`).
- A recommendation's verb after a review's rating is the review's words, no reviewer (reviews._RECOMMENDS: `… ★★★★ – je
  recommande`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # (brand_words.a_business_name: a firm's, a bank's, a place of worship's donation)
    "Receipt – donation from Volksbank Mittelhessen", "Receipt: donation from Green Energy",
    "Donation receipt – gift from St Anne’s Parish", "Recibo – donativo de Parroquia Santiago",
    "Ricevuta – donazione di Chiesa Valdese", "Spendenquittung – Spende von Pfarrei St. Martin",
    "Reçu fiscal – don de Banque Populaire", "Receipt – donation from Christ’s Chapel",
    "Thanks to St Mary’s Church",
    # (record_names._TABLE_GOODS)
    "Gravur: Salz & Pfeffer", "Engraved: Fish & Chips", "Gravure : Sel et Poivre", "Engraving: Gin & Tonic",
    "Grabado: Pan y Vino", "Engraving: Milk & Cookies",
    # (reviews._RECOMMENDS)
    "Sehr gute Qualität ★★★★★ – ich empfehle", "Great product ★★★★★ – highly recommended",
    "Producto excelente ★★★★★ – lo recomiendo", "Ottimo prodotto ★★★★★ – consigliato",
    "Bardzo dobry produkt ★★★★★ – polecam",
]
PERSONAL = [
    "Receipt – donation from Charlotte Church", "Receipt – donation from Orla Temple",
    "Receipt – donation from Orla Banks", "Receipt – donation from Marta Power",
    "Spendenquittung – Spende von Tobias Kranewitter", "Reçu fiscal – don de Léa Dubois",
    "Engraving: Anna & Tom", "Engraving: Tom & Anna", "Engraving: Pepper & Tom", "Engraving: Salt & Orla",
    "Gravur: Brot & Tobias Kranewitter", "Engraving: Orla & Tobias",
    "Super qualité ★★★★ – léa dubois", "Super qualité ★★★★ – Léa Dubois", "Great product ★★★★★ – Orla Fennimore",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_values_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_personal_values_are_kept(text: str) -> None:
    assert detector.reason(text) != ""
