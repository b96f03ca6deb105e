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


@pytest.mark.parametrize("value", ORDINARY_ROLES)
def test_an_organization_or_an_offer_after_a_role_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_ROLES)
def test_a_person_after_a_role_is_kept(value: str) -> None:
    assert detector.reason(value) != ""
