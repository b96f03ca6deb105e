"""Closer 166: review 27's findings, by rule, with look-alikes both ways.

- record_names.LOWER_GOODS: goods a record is for in lower case (a goods' noun opening the words, or closing them in a
  plural's shape) are no person's name after a record's reference and `for`.
- reviews.CUSTOMERS_DEALINGS: a shop's thanks for an order, a purchase, shopping or a delivery is signed by its
  brand, not by a given name.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

GOES_OUT = [
    # record_names.LOWER_GOODS
    'Receipt R-1182 for coffee beans', 'Order 58391 for kitchen knives', 'Quote Q-2231 for roof tiles',
    'Facture F-2026-11 pour pièces détachées', 'Facture F-2026-11 pour travaux électriques',
    'Invoice INV-7781 for printer cartridges', 'Pedido 4471 para piezas usadas', 'Invoice 4412 for paint brushes',
    # reviews.CUSTOMERS_DEALINGS
    'Thanks for the quick delivery – Amazon', 'Thanks for your order – Etsy', 'Danke für Ihren Einkauf – Otto',
    'Merci pour votre achat – Darty', 'Gracias por tu pedido – Mango',
]

KEPT = [
    # record_names.LOWER_GOODS
    'Invoice 4412 for marta vellingroe', 'Invoice 4412 for sean bean', 'Receipt R-1182 for tom jones',
    'Facture F-2026-11 pour jean dupont', 'Order 58391 for rosa parkinson',
    # reviews.CUSTOMERS_DEALINGS
    'Thanks for the quick reply – Priya', 'Thanks so much for all your help – Kelvor', 'Merci pour votre aide – Jeanne',
    'Danke für die schnelle Hilfe – Thomas', 'Danke für die schnelle Lieferung meiner Bestellung – Petra',
    'Thanks for sorting my order out – Ingrid',
]


@pytest.mark.parametrize("value", GOES_OUT)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", KEPT)
def test_personal_values_are_kept(value: str) -> None:
    assert detector.reason(value) != ""
