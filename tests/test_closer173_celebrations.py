"""Closer 173: attack 78's weddings and celebrations left, claimed by rule, by meaning and by language.

- record_names.HONEYMOON_REFERENCE, key_lexicon.WEDDING_FUNDS: in a text holding a wedding's, a honeymoon's or a
  wedding gift's word by language, a transfer's reference label, maybe a wedding's word, then a full name (in
  capitals too), names in capitals glued by dashes before the reference's number, or one name before a reference's
  number (not a year); or a gift's sender (`gift from`, `Geschenk von`) and an honorific or an initial and a family
  name, or a full name before a reference (record_names._a_fund_name: no wedding's, gift's, record's or place's word).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

FUND_REFERENCES = [
    "Honeymoon fund – payment reference: Anselma Threfwick",
    "Honeymoon fund – reference: THREFWICK DALLOWMERE 551902",
    "Hochzeitsgeschenk – Verwendungszweck: Hochzeit Threfwick Dallowmere",
    "Wedding gift – ref: THREFWICK-DALLOWMERE-551902",
    "Huwelijksreis – omschrijving: Threfwick 551902",
    "Lua de mel – referência: casamento Anselma Threfwick",
    "Wedding gift from Mrs. Threfwick, ref 551902",
    "Honeymoon fund: gift from Anselma Threfwick, ref 551902",
    "Cadeau de mariage de M. Threfwick",
    "Bröllop – meddelande: Anselma Threfwick",
]
ORDINARY_FUND_REFERENCES = [
    "Honeymoon fund – reference: HONEYMOON FUND 2026", "Honeymoon fund – reference: Bali 2026",
    "Wedding gift – payment reference: Order 418627", "Honeymoon fund – reference: Maldives Trip",
    "Luna de miel: transferencia, concepto Regalo de boda", "Bonifico viaggio di nozze – causale: regalo nozze",
    "Bonifico viaggio di nozze – causale: Lista Nozze 2026", "Virement lune de miel – Réf. CADEAU-MARIAGE-2026",
    "Honeymoon cash fund: Maldives – gift from the whole team, ref 536194", "Wedding gift from John Lewis",
    "Honeymoon fund reference: WEDDING GIFT", "Wedding gift voucher – ref GIFT-CARD-418627",
    "Honeymoon fund – reference: Maldives Package 418627", "Honeymoon fund – reference: Save The Date 418627",
    "Payment reference: Anselma Threfwick", "Save the date – 12.06.2026",
]


@pytest.mark.parametrize("text", FUND_REFERENCES)
def test_a_wedding_funds_reference_names_a_person(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY_FUND_REFERENCES)
def test_a_wedding_funds_other_reference_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
