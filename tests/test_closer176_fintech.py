"""Closer 176: attack 80 (banking and fintech apps), claimed by rule, by meaning and by language.

- detector.ROUTING_WORDS, detector._aba_routing_number: nine digits after a routing number's label (`Routing number`,
  `ABA`, `RTN`) whose ABA check (weights 3, 7, 1) holds are a bank's public code, no phone; an account's number beside
  it is still refused.
- payees.TRANSFERS, payees.QUALIFIERS, payees.DIRECTIONS, payees.SPLITS, payees.REQUESTS, payees.OWED,
  payees.NOT_A_PERSONS (payees.reason): a transfer's or a debit's word by language, maybe a scheme's or a direction's
  qualifier, and its direction's preposition before a full name, an initial and a family name or capitals (`SEPA-
  Überweisung an …`, `VIR SEPA RECU /DE …`, `FASTER PAYMENT TO I …`); a split's or a request's words before the
  friend (`Rechnung geteilt mit …`, `Betaalverzoek van …`); a full name before what the friend owes, asked for or
  paid and an amount (`… owes you €45.00`). A pot, an account, a charity or a business goes out.
- payees.RENTS (payees.reason, _RENT): a transfer reference's label and a colon or a month or a year, a rent's word
  by language and a full name (`Verwendungszweck: Miete November …`, `Loyer novembre …`); a listing's title after a
  rent's word alone goes out (`Alquiler Vacacional Mallorca`).
- personal_keys.PERSONAL_TOKENS (`counterparty`, `favorecido`, `splitwith`, `requestedfrom`) and key_lexicon.PARTIES'
  counterparty: a key naming a transfer's other party, a split's friend or a request's sender.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PAYEES = [
    "Payment to Orla Pennywhistle", "Transfer from Jonas Weidemar", "Virement de Mme Maëlys Fontarrel",
    "Bizum a Ximena Torquado", "Überweisung an J. Quastmeyer", "STANDING ORDER TO ORLA PENNYWHISTLE",
    "Przelew od Zofia Kwiatrzyk", "Overføring til Femke Draaisteeg", "Tikkie van Femke Draaisteeg",
    "Split with Jorinde Quastmeyer", "Compartido con Ximena Torquado", "Delad med Femke Draaisteeg",
    "Money request from Orla Pennywhistle", "Richiesta di pagamento da Ilaria Brontevasi",
    "Pedido de pagamento de Inês Carvalhosa", "Jonas Weidemar owes you £12.00", "Ilaria Brontevasi ti deve 20 €",
    "Orla Pennywhistle sent you $15", "Femke Draaisteeg heeft je betaald €8,50",
]
NOT_PAYEES = [
    # (the lead's review: a public office, a salary, a refund, a provider's line)
    "Überweisung an Finanzamt Berlin", "Transfer from Employer Payroll", "Transfer from Tax Refund",
    "Payment to Direct Line", "Payment to Sky Digital", "Transfer to Vanguard Investor",
    "Transfer to Emergency Fund", "Payment to Amazon Marketplace", "Zelle to Bank of America",
    "Transfer to Savings Account", "Payment from PayPal Europe", "Split with Friends", "Shared with Google Drive",
    "Payment to Deutsche Telekom", "Pix para Nu Pagamentos", "Top Seller requested $20", "Most requested $5 items",
    "Transfer to New York", "Split the bill with friends", "Payment request", "Lastschrift von Allianz Versicherung",
    "Swish till Stockholms Stadsmission",
]

RENT_REFERENCES = ["Verwendungszweck: Miete Dezember Jorinde Quastmeyer", "Rent Nov 2026 Orla Pennywhistle",
                   "Miete 12/2026 Jonas Weidemar", "Aluguel março Inês Carvalhosa", "Referencia: renta Ximena Torquado",
                   "Meddelande: hyra Femke Draaisteeg"]
NOT_RENT_REFERENCES = ["Verwendungszweck: Miete November", "Concepto: alquiler diciembre", "Rent Apartment Berlin",
                       "Miete Wohnung München", "Alquiler Coches Baratos", "Rent The Runway", "Affitto Casa Vacanze",
                       "Rent Payment Portal", "Alquiler Vacacional Mallorca", "Miete November 2026",
                       "Huur Bedrijfsruimte Utrecht"]
COUNTERPARTY_KEYS = ["counterparty", "favorecido", "split_with", "requested_from", "counter_party", "requestedFrom"]
NOT_COUNTERPARTY_KEYS = ["counterparty_type", "split_count", "requested_amount", "requested_at"]


@pytest.mark.parametrize("text", RENT_REFERENCES)
def test_a_rent_references_tenant_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_RENT_REFERENCES)
def test_a_rent_with_no_name_or_a_listings_title_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", COUNTERPARTY_KEYS)
def test_a_counterpartys_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", NOT_COUNTERPARTY_KEYS)
def test_a_counterpartys_count_type_or_amount_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("text", PAYEES)
def test_a_transfers_split_or_requests_other_person_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_PAYEES)
def test_a_pot_an_account_or_a_business_after_a_transfers_words_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


ROUTING_NUMBERS = ["Routing number 021000021", "ABA 011000015", "ABA routing number: 026009593",
                   "RTN 121000358", "Routing # 322271627"]
NOT_ROUTING_NUMBERS = ["Routing number 021000022", "Routing 021000021 Acct 4758391472", "Call 021000021",
                       "Routing number 0210000210"]


@pytest.mark.parametrize("text", ROUTING_NUMBERS)
def test_a_banks_routing_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", NOT_ROUTING_NUMBERS)
def test_a_number_failing_the_routing_check_or_an_account_beside_it_is_refused(text: str) -> None:
    assert detector.reason(text) != ""
