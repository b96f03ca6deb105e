"""The thirtieth attack's keys (tests/privacy_attack_cases_30.py): German and Dutch compounds of a qualifier and a
personal word, German often with its linking `s` (`Rechnungsname`, `Lieferanschrift`, `factuurnaam`), read as the
two words. With the shop's compounds of the same qualifiers, whose noun is no word of the lexicon (`Rechnungsnummer`,
`Lieferzeit`, `Lieferart`), which are ordinary."""

from __future__ import annotations

import pytest

from meta_capi.personal_keys import names_personal_data


@pytest.mark.parametrize("key", [
    "Rechnungsname", "rechnungsname", "RECHNUNGSNAME", "kunde_rechnungsname",  # the billing name
    "Lieferanschrift", "Lieferstraße", "Lieferstrasse", "Rechnungsstadt", "Wohnanschrift",  # an address
    "Lieferland", "Versandland",  # a country, as `shipping_country` is
    "Empfängername", "Empfaengername", "Absendername", "Käufername",  # a person of the order
    "factuurnaam", "afleveradres", "bezorgnaam",  # Dutch
])
def test_a_compound_of_a_qualifier_and_a_personal_word_names_personal_data(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize("key", [
    "Rechnungsnummer", "Rechnungsdatum", "Rechnungsbetrag", "Rechnungsart",  # an invoice's number, date, sum
    "Lieferzeit", "Lieferart", "Lieferstatus", "Lieferdatum", "Lieferoptionen", "Lieferort",  # a delivery's terms
    "Lieferantenname", "Lieferant",  # a supplier's
    "Versandart", "Versandkosten", "Versanddienstleister", "Wohnzimmer", "Wohnzimmerlampe",
    "factuurnummer", "verzendkosten", "bezorgmoment", "liefer", "rechnungs",
])
def test_a_compound_of_a_qualifier_and_a_shop_word_is_ordinary(key: str) -> None:
    assert not names_personal_data(key)
