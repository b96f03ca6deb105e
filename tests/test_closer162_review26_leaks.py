"""Closer 162 (review 26's leaks): personal values the gate let out near session 39's rules, claimed by rule, and
ordinary look-alikes that still go out.

- A booking's dash for its colon and between its class's tokens, and a lower-case name after the dash
  (record_names.CLASS_BOOKED: `Class booking – Yoga 18:30 – …`, `Booking – Spin 45 – Tue 18:30 – …`); who booked
  before the slot, opening the text (record_names.SLOT_BOOKED: `Booked by … – Yoga 18:30`).
- A contest's words before a winner's label (role_labels.CONTESTS_BEFORE, in role_labels.WINNER_LABELS: `Prize draw
  winner: …`), and a lower-case name after a winner's label (record_names.LOWER_WINNER: `Winner: … …`), not a prize's,
  a category's, a vote's or a pending outcome's words (record_names._CONTEST_OUTCOMES: `Winner: best picture`).
- Records made out (record_names.RECORD_NAMED, record_names._made_out): German `Abo` and a bare plan opening the text
  (key_lexicon.RECORD_NOUNS); a switch's or a collection's reference after the name (record_names._REFERENCE_AFTER:
  `Tariff switch for … – ref 4482910`) or before a dash for `for` (`Bulky waste collection 2026-114 – …`); a
  personal plan's dash (record_names._PERSONAL_PLAN: `Personal training plan – …`). A plan's goal and what a
  collection takes away are no name (record_names._RECORD_SUBJECTS: `Plan for Weight Loss`), nor an article's title
  (`Abo für Die Zeit`), nor a data plan (a bare plan opens the text).
- An age ending the text after a personal ad's or a caption's label (record_names.AGED_AFTER_LABEL, its cue in
  record_names.CUE_SOURCE: `Kontaktanzeige: …, 52`); a venue's or a club's words are no name there (`Pictured: Royal
  Albert Hall, 12`, `Rencontre : Real Madrid, 2`), nor a year an age (`Pictured: Ford Focus, 2019`).
- A lower-case name after a gift's words (wishes._GIVEN_LOWER, beside wishes._GIVEN: `Gift to … …`), before a client
  notes' colon (record_names.CLIENT_NOTED: `Client notes – … …: knee`), and as an @mention (handles
  .mention_names_a_person: `@given.family`); a kin's or a kind of people's words are none (`Gift for dad and mum`), nor
  a brand account's section (handles._ACCOUNT_SECTIONS: `@nike.store`, `@zara.home`) or an acronym (`@bbc.sport`).
- A letter's formal closing by language before the signer and the town (reviews.LETTER_CLOSINGS: `Mit freundlichen
  Grüßen, …, Graz`, `Cordialement, …, Lyon`), and a letter's writer before `of` a town and a verb of writing
  (reviews._LETTER_OF_TOWN, read by reviews.letter_reason: `Letter: … of Harrogate writes`).
- A name's label saying where it is printed (record_names._ON_THE_KIT in record_names.PRINTED_NAME: `Name on shirt:
  …`, `Nom sur le maillot : …`), and a plate right after a fine's words and `for` by language
  (national_ids._BLANK_PLATE_LABEL, its cue in national_ids._PLATE_CUE: `Parking fine for …`).
- `booked_by` (review 26's LEAKED_KEYS) stays ordinary as a key alone: a travel agency or a channel fills it as often
  (`Booked by: Expedia`). Read with its value as a role's key (personal_keys._BOOKED_BY_KEYS, read by
  personal_keys.role_key and personal_keys.role_named): a person's full name under it is refused, an agency's goes out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL_BOOKINGS = [
    'Class booking – Yoga 18:30 – Ingrid Solvang', 'Kursbuchung – Zumba 19:00 – Sem Vrankelstee',
    'Class booking – Spin 45 – ingrid solvang', 'Lesboeking – Pilates 10:00 – Sem Vrankelstee',
    'Booking – Boxing 07:00 – Wed – Maëlle Quervan', 'Booked by Ingrid Solvang – Spin 45 Tue 18:30',
    'Reserved by Mrs Maëlle Quervan – Padel 19:00', 'Gebucht von Sem Vrankelstee – Pilates 10h00',
]
ORDINARY_BOOKINGS = [
    'Class booking – Yoga 18:30 – Studio Blue', 'Class booking – Yoga 18:30 – studio blue',
    'Class booking – Spin 45 – sold out', 'Class booking – Yoga 18:30 – main hall',
    'Booking – Spin 45 – Tue 18:30 – Studio Two', 'Class booking – Yoga 18:30 – all levels',
    'Booked by 12 people – Yoga 18:30', 'Booked by Tour Operator – Tour 10:00', 'Booked by Phone – Yoga 18:30',
    'Booked by Main Studio – Spin 45 18:30',
]

PERSONAL_WINNERS = [
    'Prize draw winner: Ingrid Solvang, York', 'Competition winner: Sem Vrankelstee',
    'Giveaway winners: Maëlle Quervan',
    'Winner: ingrid solvang', 'Gewinnerin: ingrid solvang', 'Prize draw winner: sem vrankelstee, leeds',
]
ORDINARY_WINNERS = [
    'Prize draw winner: announced Friday', 'Winner: best in show', 'Competition winners: Manchester United',
    'Prize draw winner: Apple Watch Ultra', 'Winner: gold medal', 'Winner: manchester united',
    'Winner: golden retriever', 'Winner: not yet announced', 'Winner: best picture', 'Winner: public vote',
    'Winner: grand prize', 'Winners: everyone who entered', 'Prize draw winner announced 12/03/2026',
]

PERSONAL_RECORDS = [
    'Abo für Sem Vrankelstee – verlängert sich', 'Abo für Maëlle Quervan', 'Plan for Ingrid Solvang, week 3',
    'Plan for Sem Vrankelstee – 12 weeks', 'Individueller Trainingsplan – Sem Vrankelstee',
    'Personal training plan – Ingrid Solvang', 'Tariff switch for Ingrid Solvang – ref 5512093',
    'Collection for Sem Vrankelstee, ref BW-550192', 'Garden waste collection 2026-208 – Ingrid Solvang',
    'Tariff switch 4482910 – Maëlle Quervan',
]
ORDINARY_RECORDS = [
    'Abo für Einsteiger', 'Abo für Die Zeit – digital', 'Plan for families – 8 weeks',
    'Collection for Christmas – ref 44',
    'Plan for Weight Loss – 8 weeks', 'Plan for Muscle Gain – 12 weeks', 'Personal training plan – Fat Loss',
    'Collection for Christmas Trees, ref 44', 'Data plan for Samsung Galaxy – 30 days', 'Meal plan – Chicken Curry',
    'Training plan – Half Marathon', 'Bulky waste collection 2026-114 – Garden Waste', 'Collection for Kate Moss',
]

PERSONAL_AGES = [
    'Kontaktanzeige: Ingrid Solvang, 47', 'Pictured: Sem Vrankelstee, 9', 'Lonely hearts: Maëlle Quervan, 61',
    'Im Bild: Jonas Brekkelund, 38',
]
ORDINARY_AGES = [
    'Pictured: Ford Focus, 2019', 'Pictured: Manchester United, 3', 'Pictured: Royal Albert Hall, 12',
    'Rencontre : Real Madrid, 2', 'Pictured: Team GB, 4',
]

PERSONAL_LOWER_NAMES = [
    'Gift for ingrid solvang', 'Gift to sem vrankelstee, with love', 'Client notes – ingrid solvang: hamstring',
    'Trainer notes – sem vrankelstee: avoid lunges', '@ingrid.solvang thanks for this', '@sem_vrankelstee see my post',
]
ORDINARY_LOWER_NAMES = [
    'Gift to mum', 'Gift to a friend under £20', 'Gift for dad and mum', 'Gift for new parents',
    'Gift for garden lovers', 'Gift for dog owners', 'Client notes – free template: intake form',
    'Client notes – personal trainer: template', '@nike.store new in', '@bbc.sport live', '@zara.home new',
    '@Zara.Home new', '@adidas.originals restock', '@apple.music', '@the.guardian', '@odata.context',
]

PERSONAL_LETTERS = [
    'Mit freundlichen Grüßen, Sem Vrankelstee, Innsbruck', 'Cordialement, Maëlle Quervan, Lyon',
    'Met vriendelijke groet, Sem Vrankelstee, Deventer', 'Letter: Ingrid Solvang of Hebden Bridge writes',
    'Leserbrief: Jonas Brekkelund aus Graz schreibt',
]
ORDINARY_LETTERS = [
    'Mit freundlichen Grüßen – Grußkarte, Motiv Blumen', 'Mit freundlichen Grüßen, Ihr Team, Berlin',
    'Cordialement, Service Client, Paris', 'Letter: Duke of Wellington writes', 'Letter: The Mayor of London writes',
]

PERSONAL_PRINTS_AND_PLATES = [
    'Name on shirt: SOLVANG', 'Name auf dem Trikot: VRANKELSTEE 7', 'Nom sur le maillot : QUERVAN',
    'Parking fine for YR21 KXF', 'Amende pour AB-123-CD', 'PCN for LK19 ABC',
]
ORDINARY_PRINTS_AND_PLATES = [
    'Name on shirt: NONE', 'Name on shirt: NAVY', 'Name on back: XXL', 'Parking fine for 2 hours',
    'Parking fine for BMW X5', 'Parking ticket for 2 hours – £3.50', 'Parking fine for 12 weeks',
]


@pytest.mark.parametrize("value", ORDINARY_BOOKINGS + ORDINARY_WINNERS + ORDINARY_RECORDS + ORDINARY_AGES
                         + ORDINARY_LOWER_NAMES + ORDINARY_LETTERS + ORDINARY_PRINTS_AND_PLATES)
def test_an_ordinary_value_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_BOOKINGS + PERSONAL_WINNERS + PERSONAL_RECORDS + PERSONAL_AGES
                         + PERSONAL_LOWER_NAMES + PERSONAL_LETTERS + PERSONAL_PRINTS_AND_PLATES)
def test_a_personal_value_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize(("key", "value"), [
    ('booked_by', 'Ingrid Solvang'), ('bookedBy', 'Sem Vrankelstee'), ('reserved_by', 'Maëlle Quervan'),
    ('gebucht_von', 'Jonas Brekkelund'),
])
def test_a_bookers_name_under_its_key_is_refused(key: str, value: str) -> None:
    assert privacy.member_refusal(key, value)


@pytest.mark.parametrize(("key", "value"), [
    ('booked_by', 'Expedia'), ('booked_by', 'Booking.com'), ('reserved_by', 'OpenTable'), ('booked_by', 'web'),
    ('booked_by', 'Tour Operator'),
])
def test_an_agency_or_a_channel_under_the_key_goes_out(key: str, value: str) -> None:
    assert not privacy.member_refusal(key, value)
