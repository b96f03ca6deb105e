"""Closer 154: review 25's findings on session 39's rules, fixed by rule, by meaning and by language.

- e_signatures.DOCUMENT_WORDS: a document's words (besides e_signatures.CONTRACT_WORDS, German and Dutch compounds of a
  contract) after a pending signature's label (e_signatures._PENDING_LABEL) end the name's candidacy: `Awaiting
  signature: Employment Contract`, `Firma pendiente: Orden de Compra` go out; a signer's full name stays refused.
- person_routes.SCHEDULING_ROUTE_WORDS, person_routes.MEETING_TYPE_WORDS: a booking's or a scheduling page's word by
  language (`book`, `schedule`, `termin`, `rdv`, `reservar`, `prenota` ...) before a host's slug and a meeting's type
  (a duration or a meeting's word) is a booking page's host (person_routes.BOOKING_ROUTE_WORDS' rule, its team words
  exempt: `/book/sales-team/30min`); a shop's book or a hotel's booking goes out (`/book/harry-potter/paperback`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORIGIN = "https://shop.example.com"

PENDING_DOCUMENTS = [
    "Awaiting signature: Employment Contract", "Pending signature – Rental Contract",
    "Pending signature – Lease Agreement", "Firma pendiente: Orden de Compra",
    "Signature en attente : Contrat de Travail", "Unterschrift ausstehend: Arbeitsvertrag",
    "Awaiting signature: Consent Form", "Firma in attesa: Contratto di Lavoro",
    "Handtekening openstaand: Huurovereenkomst", "Assinatura pendente: Pedido de Compra",
]
PENDING_SIGNERS = [
    "Awaiting signature: Ingrid Solvang", "Firma pendiente: Ximena Torquado", "Pending signature: Marta Vellingroe",
    "Unterschrift ausstehend: Jonas Brekkelund", "Signature en attente : Maëlle Quervan",
]


@pytest.mark.parametrize("text", PENDING_DOCUMENTS)
def test_a_pending_documents_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PENDING_SIGNERS)
def test_a_pending_signer_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


HOST_PAGES = [
    "/book/jonas-brekkelund/intro-call", "/schedule/ingrid-solvang/30min", "/termin/marta-vellingroe/30min",
    "/reservar/ximena-torquado/cita", "/rdv/maelle-quervan/30-min", "/prenota/giulia-ferri/consulenza",
    "/booking/sem-vrankelstee/discovery-call",
]
NO_HOST_PAGES = [
    "/book/sales-team/30min", "/book/demo-call/30min", "/schedule/onboarding/45min", "/book/harry-potter/paperback",
    "/book/the-hobbit/reviews", "/booking/hotel-sacher/rooms", "/termin/support/15min", "/reservar/mesa-terraza/cena",
]


@pytest.mark.parametrize("path", HOST_PAGES)
def test_a_booking_pages_host_loses_its_path(path: str) -> None:
    assert privacy.clean_url(ORIGIN + path) == ORIGIN + "/"


@pytest.mark.parametrize("path", NO_HOST_PAGES)
def test_a_teams_page_a_book_or_a_room_goes_out(path: str) -> None:
    assert privacy.clean_url(ORIGIN + path) == ORIGIN + path
