"""Closer 142 (sixty-ninth attack: B2B software, CRMs, help desks, e-signature): the rules it adds, each read beyond
the attack's cases, and look-alikes that must go out.

- A CRM's person record in a route (person_routes.RECORD_WORDS, person_routes._names_a_record): a record's word
  (contacts, leads, people, candidates, patients, by language) before the record's id and a name's slug of two words
  or more, or before that slug with the id glued after it; in a URL and in a path sent alone.
- An envelope's signer and a document's recipient (e_signatures.SIGNED_ELECTRONICALLY, e_signatures.SIGNED_AFTER,
  e_signatures.CONTRACT_WORDS, e_signatures.SIGNATURE_OF, e_signatures.PENDING, e_signatures.AWAITING,
  e_signatures.SENT_TO, e_signatures.FOR_SIGNATURE, e_signatures.PREPARED_FOR), by language and in either order.
- A contract or an offer made out to one employee (personal_documents.DOCUMENTS "an employment contract"): a name
  set off after its word alone.
- A ticket's person as its subject after the ticket's word and number (case_titles.TICKET_WORDS,
  case_titles.ticket_reason, case_titles.TICKET_TOPIC_WORDS): a row's cell, `<Family>, <Given>` or a full name after
  a colon.
- A sole trader's VAT id (sole_traders.SOLE_TRADER_FORMS, sole_traders.reason): a VAT id after a sole trader's legal
  form within its line is the trader's own; a Dutch VAT id's 11-test cannot tell a BSN from a company's RSIN, so it
  is read so only there too.
- A company register's label before its digits (personal_keys.BUSINESS_ID_WORDS, personal_keys.ORG_NUMBER_LABELS:
  `RCS`, `org.nr.`, `HRB`, `CVR`, `Y-tunnus`, `KRS`): a company's number, no phone.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, person_routes
from meta_capi.e_signatures import PERSON_NAME

HOST = "https://app.example-crm.io"


@pytest.mark.parametrize("path", [
    "/contacts/391846/ilvana-quorstede/activity", "/#/contacts/391846/ilvana-quorstede",
    "/leads/ilvana-quorstede-391846/edit", "/kontakte/48213/ilvana-quorstede", "/prospects/77120/ilvana-quorstede",
    "/candidates/5561/ilvana-van-quorstede/notes", "/contactos/88231/ilvana-quorstede",
    "/contacts/0035g00000AbCdE12/ilvana-quorstede", "/people/43110/ilvana-quorstede/timeline",
])
def test_a_crm_record_names_its_person(path: str) -> None:
    assert person_routes.route_names_a_person(path)
    assert detector.reason(f"{HOST}{path}") == person_routes.PERSON_ROUTE
    assert detector.reason(path) == person_routes.PERSON_ROUTE


@pytest.mark.parametrize("path", [
    "/contacts/123/edit", "/leads/new", "/contacts/123/activity", "/contacts/import-csv", "/people/team",
    "/contacts/123/email-history", "/leads/summer-sale-2024", "/people/2026/keynote-speakers",
    "/contacts/123/new-note", "/leads/45/stage", "/contacts/segments/vip-customers",
])
def test_a_crm_section_names_nobody(path: str) -> None:
    assert not person_routes.route_names_a_person(path)
    assert detector.reason(path) == ""


@pytest.mark.parametrize("text", [
    "Signé électroniquement par Ilvana Quorstede le 03/12/2026", "Digitally signed by Ilvana Quorstede",
    "Firmado digitalmente por Ilvana Quorstede", "Elektronisch unterschrieben von Ilvana Quorstede",
    "Firmado por Ilvana Quorstede – contrato 55120", "Unterzeichnet von Ilvana Quorstede: Rahmenvertrag 2027",
    "Ilvana Quorstede signed 'NDA – Lumen SAS'", "Ilvana Quorstede hat unterschrieben (Mietvertrag)",
    "Ilvana Quorstede has signed the agreement", "Unterschrift von Ilvana Quorstede ausstehend",
    "Signature of Ilvana Quorstede required", "Awaiting signature from Ilvana Quorstede",
    "En attente de signature de Ilvana Quorstede", "Envelope sent to Ilvana Quorstede for signature",
    "Contrato enviado a Ilvana Quorstede para firma", "Angebot erstellt für Ilvana Quorstede, Nordlys AS",
    "Proposal prepared for: Ilvana Quorstede", "Employment contract – Ilvana Quorstede",
    "Arbeitsvertrag – Ilvana Quorstede", "Contrat de travail : Ilvana Quorstede", "Offer letter – Ilvana Quorstede",
    "Ticket #55120: Quorstede, Ilvana – cannot reset 2FA", "Case 00055120 | Ilvana Quorstede | Priority: Low",
    "Anfrage Nr. 55120: Ilvana Quorstede – Rechnung doppelt",
])
def test_a_signer_a_recipient_a_ticket_s_person_is_read(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Maillot signé par Kylian Mbappé", "Poster signed by Andy Warhol", "Signed by the Artist",
    "Be prepared for Winter Storms", "Proposal prepared for Brightwave GmbH", "Prepared for: Brightwave GmbH",
    "Contract sent to Legal Team for signature", "Employment contract – Template", "Employment Contract – Fixed Term",
    "Arbeitsvertrag Muster – Word Vorlage", "Offer letter – Sales Manager Berlin", "Envelope completed",
    "Ticket #48213: Login Issue – cannot log in", "Case 00730591 | Billing Question | Priority: High",
    "Request 4821 | Password Reset | Closed", "Ticket #48213: Payment Failed – card declined", "Ticket #48213",
    "Case 12345 | Acme Corp | High", "Signature required", "Awaiting signature",
    # (an organization's words as the signer or the recipient: e_signatures._a_person asks postal._place_or_business)
    "Contract signed by Acme Corp", "Proposal prepared for: Small Businesses",
])
def test_look_alikes_of_signers_recipients_and_tickets_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Einzelunternehmerin – USt-IdNr. DE311846257", "Ditta individuale Rossi – P.IVA IT03118462571",
    "Micro-entreprise – TVA FR13248176505", "Auto-entrepreneur, TVA intracommunautaire FR13248176505",
    "Eenmanszaak – btw NL311846257B01", "Sole trader – VAT GB311846257", "EI – TVA FR13248176505",
    "Empresario individual – NIF ES31184625",
])
def test_a_sole_trader_s_vat_id_is_the_trader_s_own(text: str) -> None:
    assert detector.reason(text) != ""  # (a labelled number, or a phone where the check fails)


@pytest.mark.parametrize("text", [
    "Brightwave GmbH – USt-IdNr. DE136695976", "Lumen SAS – TVA FR40303265045", "Hoekstra B.V. – btw NL004495445B01",
    "BTW-nummer: NL237164954B01", "Einzelunternehmer gründen: Kosten 2026", "Eenmanszaak starten – KvK 12345678",
    "Nordlys AS – org.nr. 923 609 016", "Lumen SAS – RCS Paris 552 100 554", "Fjord AB – org.nr 556036-0793",
    "Brightwave GmbH – HRB 123456 B", "Nordlys AS – Org no 923609016", "Kraków Sp. z o.o. – KRS 0000123456",
])
def test_a_company_s_numbers_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_phone_after_a_domain_is_still_one() -> None:
    assert detector.reason("example.org 0171 2345678") == detector.PHONE
