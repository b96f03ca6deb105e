"""Closer 200: review 34's regressions of session 44 and its dash, colon and particle families, claimed by rule; the
ordinary look-alikes nearest each widened rule go out.

- postal._a_name_after_its_dash (read by postal.labelled_person where a role's thing, role_labels.a_witness_state,
  or a form's answer, postal.a_fields_answer, stood after the label): a full name after a dash between blanks ending
  the text or a clause is the label's value, the state before it no value alone; not a roles' thing's, a standing's
  (standings.a_standing), a form's answer's or a placeholder's words there (`Witness: Not Required – Available
  Weekends`).
- brand_words.a_carriers_compass_point: `Eastern`, `Western`, `Northern`, `Southern` are a brand's words where they
  open a name or follow a country's name (`China Eastern`, `Western Union`); after a given name a family name.
- race_results._names_no_player: an intensifier (`Super`, `Mega`) closing a pair of words on a leaderboard is a
  family name (`Tjorven Super`); opening or inside a title it is the title's (`Super Mario`, `Street Fighter Turbo`).
- postal._weak_label_cued with role_labels.names_a_bettor, and postal._weakly_named with postal._ROLES_THINGS: a
  bettor's label before a dash is read as before its colon (`Tipster – …`), its club, tier or market going out
  (`Tipster – Racing Post`).
- home_services._PRO_DASHED: a pro's word opening the text before a dash between blanks, as before its colon.
- home_services._CONFIRMED_NAME, wagers.MADE_OUT_COLON: a confirmation's or a gambling record's colon where it opens
  the text, as its `for` (`Booking confirmed: …`, `KYC check failed: …`), not before a practitioner's title
  (_PRACTITIONER); `for:` (_FOR_NAME) and a household pro `booked` (_PRO_BOOKED) as a confirmation, not a
  collection's booking; a day's name or its part no name (_NOT_NAME_WORDS).
- home_services._WHEN in _END: `on`, `at`, `am`, `op` … before a day's name, a date or a time end a booked name.
- home_services._BOOKED_BY, _DOOR (English `by`, a rating's stars, a review's word before `door`), _RELATED (an
  honorific and a family name after `Putzfrau`), _THE_FAMILY (`for the … family`, a family's kind aside: `Royal`,
  `Whole`).
- home_services._NAME with postal._NAME_PARTICLE, name_shapes.a_place_before_particle: a lower-case particle between
  a name's words (`Ilse van Wendtkamp`), a place's, a building's or an institution's word before it naming no one
  (`Rijksmuseum van Gogh`, `Huis van Oranje`); record_names._a_name reads a lower-case `van` as a particle, not a
  vehicle; home_services._FAMILY_FIRST after a confirmation's `for` alone.

Left: a tribute after the deceased's full name (`The deceased: Paul Walker Tribute` goes out: only a list of public
people tells it), `<Family>, <Given>` and a bracketed family name after a pro's or a tipster's label (`Sitter: Dogs,
Cats`: only a list of given names tells them).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # (a state or an answer alone, or a standing, a placeholder, a form's answer after its dash)
    "Witness: Not Required", "Witness: Not Required – Available Weekends", "Witness: Not Required – See Notes",
    "Name: Not Applicable – Customer Service", "Name: Not Applicable",
    # (a region, a carrier's compass point)
    "Birth certificate – Western Australia", "Offer from China Eastern", "Offer from China Southern Eastern",
    "Payment request from Western Union",
    # (a game's title on a leaderboard)
    "Highscore: Super Mario 12.500 Punkte", "Highscore: Mega Man 12.500 Punkte",
    "Highscore: Street Fighter Turbo 12.500 Punkte",
    # (a bettor's club, tier or market after a dash)
    "Tipster – Premier League", "Tipster – Racing Post", "Tipster – Sky Sports", "Punter – Betfair Exchange",
    "Tipster – Horse Racing",
    # (a pro's terms after a dash)
    "Babysitter – Available Weekends", "Babysitter – Last Minute", "Nanny – Part Time", "Carer – Night Shift",
    "Tasker – Top Tasker 2025", "Babysitter – Sitters Club",
    # (a confirmation's time, service or day after its colon)
    "Booking confirmed: Friday 10:00", "Booking confirmed: Deep Clean", "Booking confirmed: Boiler Service",
    "Booking confirmed: Saturday Morning", "Booked: Pilates for Beginners", "Booked for: Boiler Service",
    "Collection booked for Old Sofa", "Appointment confirmed: Dr Amir Khan, 15 Jan",
    "Booking confirmed: Yes", "KYC check failed: Proof Address", "Identity check failed: Driving Licence",
    "Deposit limit: Weekly Period", "Lotto ticket: Saturday Draw",
    # (a service before a day or a time, a booked job's service)
    "Booking confirmed for Boiler Service on Friday", "Booking confirmed for Deep Clean at 10:00",
    "Plumber booked for Boiler Repair", "Nanny booked for Christmas Eve", "Plumber booked by Mobile App",
    "Plumber booked by Customer Service",
    # (a review site, a buyer's word after a review's `by`)
    "Review – 5 stars by Trustpilot", "Review – 5 stars by Google Reviews", "Review – 5 stars by Verified Buyer",
    "Review by Trusted Shops", "Beoordeling van 5 sterren door Google Reviews",
    "Beoordeling door Klantenservice Werkspot",
    # (a family's kind, a product after a cleaner's word)
    "Booking for the Royal family", "Booking for the whole family", "Our cleaner Dyson V15 was great",
    # (a place or a firm named `X van Y`)
    "Afspraak bevestigd voor Rijksmuseum van Gogh", "Oppas: Huis van Oranje", "Opdrachtgever: Museum van Loon",
    "Beoordeling door Bakkerij van Dam", "Weddenschap van Museum van Loon",
    # (a list after a pro's or a client's label, a place after a confirmation's `for`)
    "Sitter: Dogs, Cats", "Sitter: Cats (Indoor)", "Homeowner: Yes, Please", "Booking confirmed for London, Ontario",
    "Booking confirmed for Tuesday, March",
]

PERSONAL = [
    "Witness: Not Required – Orla Quenby", "Name: Not Applicable – Orla Quenby", "Birth certificate – Orla Western",
    "Offer from Orla Western", "Highscore: Tjorven Super 12.000 Punkte", "Tipster – Orla Quenby",
    "Punter - Orla Quenby", "EuroMillions syndicate manager – Orla Quenby", "Babysitter – Orla Quenby",
    "Babysitter — Orla Quenby", "Booking confirmed: Orla Quenby", "Appointment confirmed: Mrs Quenby",
    "Booked for: Orla Quenby", "KYC check failed: Orla Quenby", "Self-exclusion: Orla Quenby",
    "Cleaner booked for Orla Quenby on Friday", "Booking confirmed for Orla Quenby on 12 May",
    "Booking confirmed for Orla Quenby at 10:00", "Termin bestätigt für Tjorven Dunstreth am Montag",
    "Plumber booked by Orla Quenby", "Review – 5 stars by Orla Quenby", "Review by Orla Quenby",
    "Unsere Putzfrau Frau Wendtkamp kommt dienstags", "Booking for the Quenby family",
    "Visit to the Quenby family, Tuesday", "Opdrachtgever: Tjorven van Dunstreth", "Oppas: Ilse van Wendtkamp",
    "Booking confirmed for Quenby, Orla", "Afspraak bevestigd voor Mevr. van Dunstreth",
    "Reinigung – familie Van Dunstreth,", "Beoordeling door Ilse van Wendtkamp",
    "Weddenschap van Ilse van Wendtkamp", "Uitbetaling aan Ilse van Wendtkamp", "Our cleaner Orla de Quenby was great",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_states_terms_places_and_firms_near_the_widened_rules_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_a_name_after_a_dash_a_colon_a_particle_or_before_a_day_is_read(text: str) -> None:
    assert detector.reason(text) != ""
