"""Closer 152 (seventy-first attack: sports clubs, gyms, fitness apps, races): whom a class is booked for, a plan or
a trainer's notes made out to a name, a printed shirt's name, a name under a kit's or a club's key, a runner's route.

- Whom a class or a slot is booked for (record_names.CLASS_BOOKED, key_lexicon.BOOKINGS): a booking's noun by
  language, maybe glued after a word (`Lesboeking`, `Kursbuchung`), its class and slot (one to four tokens), then a
  dash or a `for` word and a full name; with a dash or English `for` the class holds a digit. Who booked a slot after
  its time (record_names.SLOT_BOOKED, key_lexicon.BOOKED_BY: `… 18:30 – booked by …`). A venue's, a staff's or a
  booking's state's words are no name (record_names._VENUES: `– Sala Grande`, `– Sold Out`).
- A plan a trainer writes for one person (key_lexicon.RECORD_NOUNS["plans"], read by record_names.RECORD_NAMED:
  `Trainingsplan für …`), a level's or a group's word no name (record_names._RECORD_SUBJECTS: `für Anfänger`); a
  trainer's notes or file on one client (record_names.CLIENT_NOTED, key_lexicon.CLIENT_RECORDS), a dash or a colon, a
  full name and the record going on (`Client notes – …: lower back pain`; `Client Notes – Free Template` names none).
- A shirt printed with the customer's own name (record_names.PRINTED_NAME, key_lexicon.KIT_PRINTS,
  PERSONALISATION, BOOKING_NAME_WORDS): a print's or a personalisation's label (`Trikot-Beflockung:`, `Flocage
  maillot :`, `Personalised Home Shirt –`) or a name's (`Nombre:`, `Name:`) before one word in capitals and maybe a
  shirt's number. The choice: a replica's print written with a print's label (`Beflockung: MÜLLER 25`) is refused
  too, a public name lost and none leaked; unlabelled (`MESSI 10`) it goes out; a size, a colour or a state is no
  name (record_names._NOT_PRINTED), nor a word after a label in capitals (a text in capitals).
- A name under a kit's, a club's or a race's key (personal_keys.PERSONALISATION_WORDS with key_lexicon.KIT_PRINTS:
  `print_name`; key_lexicon.EMERGENCY_CONTACTS: `notfallkontakt`; key_lexicon.ATHLETES, a name's qualifier:
  `nome_atleta`); `print_size`, `notfallkontakt_required` (a form's flag), `nome_squadra`, `player_name` go out.
- A runner's or an athlete's route (person_routes.ENTRANT_WORDS, person_routes._an_entrant_or_a_member): a name's
  slug after the singular word, beside a result's or an athlete's page (`/athlete/<slug>/activities`); a member's
  number after a member's word (`/members/<number>/profile`); `/athlete/eliud-kipchoge`, a public athlete's page on
  a shop, goes out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, person_routes, personal_keys

PERSON_NAME = "holds a person's name"

CLASS_BOOKED = [
    "Yoga 7am booked by Orla Quenby", "Tue 19:00 – gebucht von Jonas Quarvelle",
    "Kursbuchung Yoga 19:00 – Jonas Quarvelle",
    "Reserva Spinning 20:00 para Lucía Quarvelle", "Prenotazione Pilates per Marco Quarvelle",
    "Booking Spin 45 for Orla Quenby", "Boeking Bootcamp 07:00 – Sanne de Quarvelle",
    "Réservation Aquagym pour Mme Anne Quendrix",
]


@pytest.mark.parametrize("text", CLASS_BOOKED)
def test_whom_a_class_is_booked_for_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


NOT_BOOKED = [
    "Spin 45 – booked by 12 members", "Lesboeking HIIT 45 – Vol", "Bokning: Cirkelträning 18:00 – Sal 2",
    "Cours pour Débutants", "Booking – Hot Yoga", "Booking Yoga 45 – Studio Nord", "Booking Spin 45 – Free Trial",
    "Buchung Kurs 18:00 – Raum Zwei", "Tour 10:00 – booked by Tour Operator", "Booking Tennis Court 2 – Centre Court",
    "Booking HIIT 45 – Sold Out", "Booking Spin 18:00 – Main Studio", "Reservation 7pm – Window Table",
    "Reserva Clase 19:00 – Sala Grande", "Bokning Padel 18:00 – Bana Tre", "Booking 18:00 – Paddle Board",
    "Boeking Padel 19:00 – Baan Drie", "Booking Spin 45 – Early Bird",
]


@pytest.mark.parametrize("text", NOT_BOOKED)
def test_a_class_booking_without_a_person_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PLANNED = [
    "Trainingsplan für Jonas Quarvelle – Woche 3, Knie schonen", "Training plan for Orla Quenby, week 3",
    "Plan d'entraînement pour Anne Quendrix", "Plan de entrenamiento para Lucía Quarvelle",
    "Client notes – Orla Quenby: lower back pain", "Fiche client : Mme Anne Quendrix",
    "Client notes: Orla Quenby, knee", "Kundenakte – Jonas Quarvelle: linkes Knie",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_plan_or_a_trainers_notes_made_out_to_a_name_are_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


NOT_PLANNED = [
    "Trainingsplan für Anfänger – Woche 3", "Client Notes Template – PDF", "Client Notes – Free Template",
    "Trainingsplan für Fortgeschrittene Läufer – Woche 3", "Training Plan for Half Marathon",
    "Meal Plan for Busy Mums", "Client notes – Personal Training", "Plan de entrenamiento para Corredores Populares",
]


@pytest.mark.parametrize("text", NOT_PLANNED)
def test_a_plan_or_notes_for_no_one_go_out(text: str) -> None:
    assert detector.reason(text) == ""


KEYS_NAMING = ["notfallkontakt", "Notfallkontakt", "contatto_emergenza", "contact_d_urgence", "print_name",
               "shirt_print_name", "printName", "nome_atleta", "athlete_name", "Beflockung_Name", "flocage_nom"]
KEYS_ORDINARY = ["print_size", "shirt_print_colour", "notfallkontakt_required", "nome_squadra", "print_number",
                 "athlete_id", "player_name", "athlete"]


@pytest.mark.parametrize("key", KEYS_NAMING)
def test_a_kits_a_clubs_or_a_races_key_names_personal_data(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", KEYS_ORDINARY)
def test_a_kits_option_a_forms_flag_and_a_team_are_ordinary_keys(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


ROUTES = ["/results/2026/berlin/runner/orla-quenby", "/athlete/orla-quenby/activities", "/members/836147/profile",
          "/ergebnisse/laeufer/jonas-quarvelle", "/athletes/12345/orla-quenby", "/mitglieder/48213/buchungen",
          "/resultados/corredor/lucia-quarvelle"]
NOT_ROUTES = ["/runner/shoes/pegasus-41", "/members/join/premium", "/athletes/", "/athlete/kipchoge",
              "/athletes/eliud-kipchoge", "/athlete/eliud-kipchoge", "/members/2026/", "/members/page/2",
              "/athlete/trail-running/shoes", "/runner/road-shoes", "/members/12/"]


@pytest.mark.parametrize("path", ROUTES)
def test_a_runners_an_athletes_or_a_members_route_names_a_person(path: str) -> None:
    assert person_routes.route_names_a_person(path)


@pytest.mark.parametrize("path", NOT_ROUTES)
def test_a_shops_a_teams_or_a_clubs_pages_name_no_one(path: str) -> None:
    assert not person_routes.route_names_a_person(path)


PRINTED = ["Trikot-Beflockung: QUARVELLE 23", "Flocage maillot : QUENDRIX 9",
           "Camiseta personalizada – Nombre: QUENBY, Número 10", "Personalised Home Shirt – QUENBY 7",
           "Name: QUARVELLE", "Beflockung: MÜLLER 25"]
NOT_PRINTED = ["MESSI 10", "Name: NONE", "Print: NAVY", "Personalised Mug – WHITE", "Name: XL",
               "Personalised Home Shirt – Size M", "Printed T-Shirt – SALE", "KEY TA NAME: PROPERTY"]


@pytest.mark.parametrize("text", PRINTED)
def test_a_name_printed_on_a_shirt_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", NOT_PRINTED)
def test_a_prints_option_or_an_unlabelled_replica_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
