"""Closer 149 (sixty-ninth attack: B2B SaaS, CRMs, help desks): names with no label in tickets, meetings, signups,
scheduling links and file names.

- A ticket's, a request's or a complaint's sender after its word, maybe its number, and a sender's word by language
  (case_titles.sender_reason, case_titles.SENDER_WORDS, case_titles.COMPLAINT_WORDS: `Refund request from …`,
  `Incidencia 730591 de …:`, `Ticket aperto da …`; a bare preposition needs a number, a complaint's word or a
  topic's before it: `Ticket van … over …` is not read, nor `Ticket from …`, `Pedido de Compra Rápida`); not a desk's,
  a business's, an organization's, a channel's, a place's or a trip's (case_titles.SENDER_DESK_WORDS: `Ticket de
  Soporte Técnico`, `Request from Amazon`, `Ticket van Gogh Museum`, `Ticket from Santa Clara to Lodi`).
- A meeting's, a webinar's or a chat's guest with no label (meeting_guests.reason, meeting_guests.MEETING_WORDS,
  meeting_guests.TRANSCRIPT_WORDS, meeting_guests.REGISTRATION_WORDS, meeting_guests.GUEST_WORDS,
  meeting_guests.EVENT_SUBJECTS): `Meeting booked: 30 min with …`, `Termin mit … bestätigt`, `Chat transcript – … –
  2026-11-22`, `Registrant … joined at 14:02`, `Webinar registration: …, CFO`, `New signup: … (Pro …)`,
  `invitee.created – …`; not a team's, a bot's, a plan's, a form's or an event's words (meeting_guests.EVENT_WORDS).
- A booking page's host slug (person_routes.BOOKING_ROUTE_WORDS, person_routes.SCHEDULING_TEAM_WORDS:
  `/meet/<given>-<family>/30min`), HubSpot's scheduling pages as Calendly's (handles._HOSTED_PROFILE:
  `meetings.hubspot.com/<name>`); a team's page goes out (`/meet/sales-team/30min`, `calendly.com/acme-demo/30min`).
- A business document's file named after its party (cued_names.agreement_file: `NDA_<Given>_<Family>_464027.pdf`);
  not `NDA_Template_v2.pdf`, `Contract_Final_Signed.pdf`.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_NAME = "holds a person's name"
PERSON_ROUTE = "holds a person's slug in a site's route"
SOCIAL_PROFILE = "holds a social network profile id"
SITE = "https://app.example-crm.io"

SENDERS = [
    "Re: [#730591] Refund request from Ostrelune Fandrovy – order 48213",
    "Incidencia 730591 de Ostrelune Fandrovy: no puedo acceder a la cuenta",
    "Ticket aperto da Ostrelune Fandrovy – ordine 48213 non ricevuto",
    "Complaint from Marta Quellbrook about the delivery", "Beschwerde von Jonas Ferlinger",
    "Support request submitted by Priya Ramaswell", "Demande 48213 de Élodie Marchetti : colis manquant",
    "Reclamação aberta por Joana Velarinho", "Anfrage Nr. 4821 von Jonas Ferlinger",
]
SENDER_LOOK_ALIKES = [
    "Request from Amazon – order 48213", "Ticket de Soporte Técnico", "Feedback from Customers",
    "Ticket van Gogh Museum", "Flight ticket from Santa Clara to Lodi", "Ticket from Acme Corp",
    "Request from Customer Success", "Pedido de Mango Outlet", "Refund request from the shop",
    "Ticket from Tobias Wernerqa", "Pedido de Compra Rápida", "Ticket #1042 from Facebook Messenger",
    "Interview with Taylor Swift", "Entretien avec Emmanuel Macron",
]


@pytest.mark.parametrize("text", SENDERS)
def test_a_ticket_sender_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", SENDER_LOOK_ALIKES)
def test_a_ticket_sender_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


GUESTS = [
    "Meeting booked: 30 min with Drummelot Veskarine", "Termin mit Drummelot Veskarine bestätigt – Do., 10:00",
    "Chat transcript – Tamsivel Orquendy – 2026-11-22", "Registrant Pelquarine Stodderve joined at 14:02",
    "Webinar registration: Pelquarine Stodderve, CFO", "New signup: Yarrowick Dunsquelle (Pro – 10 seats annual)",
    "invitee.created – Yarrowick Dunsquelle", "Demo call with Harriet Quobble tomorrow",
    "Rendez-vous avec Élodie Marchetti confirmé", "contact.updated: Jonas Ferlinger",
    "Attendee Yolanda Brisquet registered for the webinar", "Reunión con Joana Velarinho el martes",
    "Neue Anmeldung: Jonas Ferlinger", "Chatverlauf – Jonas Ferlinger",
]
GUEST_LOOK_ALIKES = [
    "Meeting with Marketing Team", "Termin mit Steuerberater", "Webinar registration: Q1 Product Update",
    "New signup: Pro Plan", "Chat transcript – Sales Bot – 2026-11-22", "Guest Star Wars",
    "Participant Information Sheet", "Registro: Datos Personales", "Lead Generation Tools are great",
    "Meeting with New York office", "Registration: Now Open",
]


@pytest.mark.parametrize("text", GUESTS)
def test_a_meeting_guest_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", GUEST_LOOK_ALIKES)
def test_a_meeting_guest_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


HOST_ROUTES = ["/meet/drummelot-veskarine/30min", "/meet/drummelot-veskarine/discovery/booked",
               "/meet/yolanda-brisquet/intro-call"]
TEAM_ROUTES = ["/meet/sales-team/30min", "/meet/acme-demo/intro", "/meet/drummelot-veskarine", "/meet/",
               "/meet/support/15min"]


@pytest.mark.parametrize("path", HOST_ROUTES)
def test_a_booking_page_host_is_a_person(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + "/"
    assert detector.reason("book here " + SITE + path) == PERSON_ROUTE
    assert detector.reason(path) == PERSON_ROUTE


@pytest.mark.parametrize("path", TEAM_ROUTES)
def test_a_booking_page_of_a_team_goes_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + path
    assert detector.reason(path) == ""


@pytest.mark.parametrize("link", ["https://meetings.hubspot.com/dveskarine",
                                  "https://meetings-eu1.hubspot.com/drummelot-veskarine?embed=true",
                                  "https://calendly.com/drummelot-veskarine/30min"])
def test_a_scheduling_link_names_its_host(link: str) -> None:
    assert detector.reason(link) == SOCIAL_PROFILE


@pytest.mark.parametrize("link", ["https://meetings.hubspot.com/sales-team", "https://calendly.com/acme-demo/30min",
                                  "https://www.hubspot.com/products/crm"])
def test_a_team_scheduling_link_goes_out(link: str) -> None:
    assert detector.reason(link) == ""


@pytest.mark.parametrize("text", ["Completed: NDA_Corvettine_Sablowre_464027.pdf",
                                  "Arbeitsvertrag_Jonas_Ferlinger_2026001.pdf",
                                  "Engagement_Letter_Marta_Quellbrook_8812.docx", "Contrato_Joana_Velarinho_58213.pdf"])
def test_a_contract_file_names_its_party(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ["NDA_Template_v2.pdf", "Contract_Final_Signed.pdf", "Contract_Draft_Version_2026.pdf",
                                  "Offer_Acme_Corp_12345.pdf", "nda_template_final_2026.pdf"])
def test_a_contract_file_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
