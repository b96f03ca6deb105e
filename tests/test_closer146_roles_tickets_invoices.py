"""Closer 146 (review 24's ordinary values refused): a role's label before an organization's or an offer's name, by
rule.

- A town's office, an event's, a whole staff's or everyone's words after a role's label name an organization, not a
  person (postal._ORGANIZATIONS, read by postal._place_or_business in postal._full_name: `Gastgeber: Stadt Wien`,
  `Organizer: Berlin Marathon`, `Teilnehmer: Alle Mitarbeiter`); not a word that is a given or a family name as
  often (`Ville`, `Kreis`, `Fair`, `Gala`).
- A product line's, a plan's or a channel's common noun ending the words after a role's label names an offer, not a
  person (postal._OFFER_ENDS, the last word only: `Host: Google Meet`, `Host: Airbnb Plus`, `Presenter: Sky Sports`,
  `Account manager: Enterprise Tier`). A name's family name that is a trade's word stays a name (`Host: Anna Barber`).
- The same for a grave holder's or an informant's label (key_lexicon.PARTIES, read in text by postal.person_role and
  postal.labelled_person) before an office's words or a guide's or a course's last word (postal._ORGANIZATIONS,
  postal._OFFER_ENDS: `Informant: Registrar Office`, `Grave Holder – Rights Guide`, `Informant – Training Course`).
- A ticket's subject after a dash between blanks is read as after its colon (case_titles._COLON_NAME: `Ticket #… –
  <Given> <Family> – refund` is refused, `Ticket #… – Wrong Size – refund`, a topic's words, goes out). A full name
  before an item's issue stays refused by choice (`Ticket #…: Harry Potter – Wrong Edition`): no rule tells a title or
  a product of two capitalized words from a customer (`Ticket #…: Anna Schmidt – Firmware update fails`), and a
  withheld title costs less than a name sent.
- A trade's work a freelancer invoices for is no name after an invoice's or a receipt's `for`
  (greetings._NOT_NAME_WORDS, read after greetings._DOCUMENTS_OF: `Invoice for Web Design`, `Receipt for Logo
  Design`, `Invoice for Web Hosting`). record_names._RECORD_GOES_ON cannot tell these from `Invoice for <Given>
  <Family>` (neither goes on after its words), which stays refused: the work's noun, by language, decides.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY_ROLES = [
    'Host: Google Meet', 'Co-host: Google Meet', 'Host: Amazon Chime', 'Host: Airbnb Plus', 'Gastgeber: Stadt Wien',
    'Organizer: Berlin Marathon', 'Presenter: Sky Sports', 'Account manager: Enterprise Tier',
    'Teilnehmer: Alle Mitarbeiter', 'Organizer: Tokyo Open', 'Veranstalter: Gemeinde Hallstatt',
    'Host: YouTube Live', 'Organisateur : Festival Lumière', 'Account owner: Starter Plan',
    'Organizer: Dublin City Council', 'Veranstalter: Wiener Festwochen Festival', 'Host: Vimeo Studio',
    'Participant: All Employees', 'Organizador: Copa América Cup', 'Organiser: Leeds Triathlon',
    'Gastgeber: Landkreis Harburg', 'Sales rep: Business Pro Plan', 'Presenter: BBC Radio',
    'Grave Holder – Rights Guide', 'Informant – Training Course', 'Informant: Registrar Office',
    'Grave holder: Stadt München', 'Informant – Death Registration Guide', 'Grave holder: Parish Office',
    'Informant: General Register Office', 'Grave holder – FAQ Checklist', 'Organizer: Passport Office',
]

PERSONAL_ROLES = [
    'Host: Anselm Drayford', 'Gastgeberin: Wiebke Strandhagel', 'Account manager: Jorn Pellmark',
    'Moderator: Anselm Drayford', 'Host: Anna Barber', 'Host: Dr. Anselm Drayford', 'Host: Ville Valo',
    'Organizer: Anna Kreis', 'Presenter: Lorrie Fair', 'Organisateur : Solène Brivaudière',
    'Referent: Jorn Pellmark', 'Teilnehmerin: Wiebke Strandhagel', 'Co-host: Perdita Quellmore',
    'Informant: Anselm Drayford', 'Grave holder: Perdita Quellmore', 'Grave Holder – Perdita Quellmore',
    'Informant – Anselm Drayford', 'Informant: Registrar Anselm Drayford',
]

ORDINARY_TICKETS = [
    'Ticket #4821 – Wrong Size – refund', 'Case 7731 – Damaged parcel', 'Ticket #1002 – Feature Request – Dark Mode',
]

PERSONAL_TICKETS = [
    'Ticket #55120: Perdita Quellmore – refund', 'Ticket #55120 – Perdita Quellmore – refund',
    'Ticket #55120: Quellmore, Perdita – wrong edition', 'Ticket #55120 – Quellmore, Perdita – refund',
    'Ticket #4821: Perdita Quellmore – wrong size', 'Case 7731 – Anselm Drayford',
    'Case 7731: Anselm Drayford – damaged parcel', 'Anfrage Nr. 55120 – Wiebke Strandhagel – Rückerstattung',
    'Ticket #4821: Perdita Quellmore', 'Ticket #4821 – Perdita Quellmore – colour faded',
    'Ticket #48213 – Anna Schmidt',
    # (by choice: an item's title of two capitalized words is refused as a customer's would be)
    'Ticket #4821: Harry Potter – Wrong Edition', 'Ticket #4821: Apple Watch – Strap broken',
    'Ticket #5512: Anna Schmidt – Firmware update failed', 'Caso 55120: Lucía Quernadez – Correa rota',
]

ORDINARY_INVOICES = [
    'Invoice for Web Design', 'Invoice for Logo Design', 'Receipt for Logo Design', 'Invoice for Web Hosting',
    'Invoice for Wedding Photography', 'Invoice for SEO Consulting', 'Receipt for Office Cleaning',
    'Invoice for App Development', 'Invoice for Brand Copywriting', 'Receipt for Garden Landscaping',
]

PERSONAL_INVOICES = [
    'Invoice for Perdita Quellmore', 'Invoice for Anselm Drayford', 'Receipt for Perdita Quellmore',
    'Rechnung für Katrin Oberhauser', 'Invoice 2026-114 for Anselm Drayford', 'Receipt for Mrs Wiebke Strandhagel',
]


@pytest.mark.parametrize("value", ORDINARY_INVOICES)
def test_a_trades_work_after_an_invoices_for_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_INVOICES)
def test_a_person_after_an_invoices_for_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_TICKETS)
def test_a_tickets_topic_after_a_dash_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_TICKETS)
def test_a_tickets_person_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_ROLES)
def test_an_organization_or_an_offer_after_a_role_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_ROLES)
def test_a_person_after_a_role_is_kept(value: str) -> None:
    assert detector.reason(value) != ""
