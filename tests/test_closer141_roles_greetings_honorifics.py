"""Closer 141 (sixty-ninth attack: people's roles in CRMs, meetings and webinars, greetings, honorifics).

- A person's part in a sale, a meeting or a webinar is a role's label (role_labels.WORK_ROLES, read as role_labels.ROLES
  are by postal.labelled_person): a lead or a prospect, an account's manager or owner, a meeting's organizer or host,
  a webinar's presenter or participant, by language (`Lead:`, `Account manager:`, `Organizer:`, `Gastgeber:`, Danish
  `Deltager:`, Swedish `Deltagare:`), before a full name only (`Host: Shopify`, `Lead: 2B`, `Lead time: 3 days` go out).
- A team's, a department's or an unset field's words after a role's label are no name (role_labels.TEAMS_AND_STATES,
  role_labels.a_team_or_state, read by postal._placeholder, postal._full_name and named_in_text._crm_person:
  `Billing contact: Accounts Payable team`, `Assignee: Unassigned`, `Host: Acme Events`).
- An aside's bracket ends a full name after a personal label naming someone by a person's word, as it does after
  `Name:` (postal._named_before_aside, personal_keys.names_someone_by_word: `Assignee: … (Tier 2)`, `Billing contact:
  … (Accounts Payable)`); not a label naming data (`Phone: Samsung Galaxy (Blue)` stays as it was).
- A chat speaker's full name with their side's tag in brackets before the colon and the line said
  (named_in_text._TAGGED_SPEAKER: `… (Visitor): is SSO included in Pro?`).
- One word a greeting calls before `!`, `?`, a comma or symbols, then a sentence going on to the person: a word of the
  second person within five words, or a welcome (greetings._AFTER_GREETING_ONE_ASKED: `Hi …! How can I help you
  today?`, `Hey … 👋 welcome to Acme CRM!`); a greeting's object stays none (`Hey Google, what can you do`).
- An honorific of the one-name layouts after a title's dash, before one capitalized word ending the text or an aside's
  bracket (named_in_text._ONE_NAME_AFTER_DASH, named_in_text._named_after_dash: `Problème de facturation – M. …
  (commande …)`); French `M.` only after a word in lower case (not `Size 42 - M. Regular`), not before a colour
  (`Sweat – M. Noir`); `M. Night Shyamalan Box Set` goes out (no dash, two words).
- Japanese `さん` and `くん` after a romanized name (named_in_text._TITLES_AFTER_IN_KANA: `…さん、トライアルは…`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, postal, role_labels


@pytest.mark.parametrize("value", [
    "Lead: Idrovan Quelmarsk, Head of Sales",
    "New lead: QUELMARSK, Idrovan – Brightwave GmbH",
    "Account owner: Marit Solheimsvik",
    "Account manager: Marit Solheimsvik",
    "Sales rep: Jonas Brekkestad",
    "Organiser: Anna Quendrix",
    "Co-host: Anna Quendrix – Q1 update",
    "Gastgeberin: Katrin Oberhauser",
    "Veranstalter: Katrin Oberhauser",
    "Organisateur : Anaïs Brisebois",
    "Ponente: Lucía Arrieta Vallejo",
    "Deelnemer: Sanne Vermeulen",
    "Deltaker: Marit Solheimsvik",
    "Deltagare: Astrid Lindqvist",
    "Uczestnik: Krzysztof Zieliński",
    "Osallistuja: Aino Virtanen",
    "Presenter: Anna Quendrix",
])
def test_a_work_role_before_a_full_name_is_refused(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "Assignee: Ostrelune Fandrovy (Tier 2)",
    "Billing contact: Harvennic Plostrude (Accounts Payable)",
    "Teilnehmer: Pelquarine Stodderve (Nordlys AS)",
    "Requester: Anna Quendrix (VIP)",
    "Organizer: Anna Quendrix (internal)",
])
def test_an_aside_ends_a_name_after_a_role_label(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "Tamsivel Orquendy (Visitor): is SSO included in Pro?",
    "Anna Quendrix (Customer): where is my order?",
    "Sarah Miller (Agent): happy to help",
    "Agent Sarah: Hi Tamsivel! How can I help you today?",
    "Hey Tamsivel 👋 welcome to Acme CRM!",
    "Hi Marta, how can I help you?",
    "Hallo Jonas! Wie kann ich Ihnen helfen?",
    "Problème de facturation – M. Fandrovy (commande 48213)",
    "Reklamation – Herrn Oberhauser",
    "Sternavel Bruquetteさん、トライアルは明日終了します",
    "Sternavel Bruquette くん",
])
def test_chat_speakers_greetings_and_honorifics_name_a_person(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "Host: Shopify", "Organizer: Eventbrite", "Lead: Pencil HB", "Lead time: 3 days", "Lead: 2B",
    "Host: Acme Events GmbH", "Host: Acme Events", "Account manager: Not assigned", "Assignee: N/A",
    "Assignee: Unassigned", "Billing contact: Accounts Payable team", "Participant: Sales Team",
    "Phone: Samsung Galaxy (Blue)", "Pro Plan (Customer): 12", "Customer Service (Agent): hello",
    "Hi there! Welcome", "Hey Google", "Hey Google, what can you do", "Hey Arnold! The Complete Series",
    "M. Night Shyamalan Box Set", "Sweat – M. Noir", "Coffret – M. Night Shyamalan", "Pink Triangleさんかく",
    "Size 42 - M. Regular", "Gate A12 – M. Lyon",
    # (an organization's words after a role's label: postal._full_name asks postal._place_or_business)
    "Organiser: Royal Society", "Host: Chess Club", "Organizer: Deutsche Gesellschaft", "Host: Stanford University",
])
def test_ordinary_roles_greetings_and_titles_go_out(value):
    assert detector.reason(value) == ""


def test_a_team_or_a_state_is_read_by_its_words():
    assert role_labels.a_team_or_state("Accounts Payable team")
    assert role_labels.a_team_or_state("Nicht zugewiesen")
    assert not role_labels.a_team_or_state("Anna Quendrix")
