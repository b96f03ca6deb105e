"""Closer 115 (the fifty-ninth attack: events, ticketing, races): who a named ticket, a bib or a badge names. A named
ticket's holder by what a person holds in their own name and a holder's word (key_lexicon.HELD_IN_A_NAME: glued or
apart, the thing first or the holder first and `of`), a race's entrant and a ticket's bearer as shop roles (SHOP_ROLES),
a name badge (NAME_BADGES), a member's or a subscriber's label before a salutation and a name, a declaration's
`I, <name>,` formula (self_introductions.py) and a results line's placing, name and time (race_results.py)."""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys, race_results

NAME = "holds a person's name"

NAMED = [
    # a named ticket's holder: the thing held first, glued or apart, by language
    "Ticketinhaber: Orla Quenby – Konzert, Innenraum", "Dauerkarteninhaberin: Orla Quenby",
    "Abo-Inhaber: Orla Quenby", "Eintrittskarteninhaber: Orla Quenby, Block C",
    "Naam tickethouder: Orla Quenby | Vak 12", "Seizoenkaarthouder: Orla Quenby", "Abonnementhouder: Orla Quenby",
    "Season ticket holder: Orla Quenby, Block N4 Row K", "Ticketholder: Orla Quenby", "Licence holder: Orla Quenby",
    # ... the holder first and `of`
    "Titulaire du billet : Orla Quenby", "Titolare del biglietto: Orla Quenby", "Posiadacz biletu: Orla Quenby",
    # a named ticket's bearer, after a name word and `of` too
    "Nom du porteur : QUENBY Orla – Stade, Cat. 1", "Porteuse : Orla Quenby", "Nombre del portador: Orla Quenby",
    # a race's entrant, by language, in capitals or lower case as a label writes it
    "Bib #512 Runner: Orla Quenby, F, Age 41", "Dorsal 512 - Corredor: Orla Quenby (1985)",
    "Numer startowy 512, zawodnik: Orla Quenby, rocznik 1985", "Läuferin: Orla Quenby – Halbmarathon",
    "Coureuse : Orla Quenby, dossard 512", "Podista: Orla Quenby", "Loopster: Orla Quenby", "Entrant: Orla Quenby",
    "Biegaczka: Orla Quenby", "Löpare: Orla Quenby",
    # a name badge
    "Badge: Orla Quenby | Example AG | Panelist", "Namensschild: Orla Quenby", "Gafete: Orla Quenby",
    # a member's or a subscriber's label before a salutation and a full name
    "Abonnée : Mme Orla Quenby — Tribune Est, Rang 3", "Mitglied: Frau Orla Quenby", "Member: Ms Orla Quenby",
    "Abbonato: Sig. Orlo Quenby", "Abonnee: dhr. Orlo Quenby",
    # a declaration's self-naming formula
    "Minor release: I, Orla Quenby, parent/guardian of Tam Quenby", "Ich, Orla Quenby, geboren am 3. Mai",
    "Yo, Orla Quenby, mayor de edad, declaro", "Consent form. I, Orla Quenby, hereby agree",
    "Ik, Orla Quenby, verklaar hierbij", "Io, Orla Quenby, nata a Roma",
    # a results line's placing, name and time after a ranking's label
    "Classement 10 km : 88e, Orla Quenby, 44'02\", catégorie SEF", "Results: 3rd, Orla Quenby, 2:45:10",
    "Ergebnis Halbmarathon: 87. Orla Quenby – 1:41:07", "Wertung W40: 12. Orla QUENBY 3h02'15",
    "Clasificación general: 15º Orla Quenby 38:12",
]
NOT_NAMED = [
    # a holder's or a member's label before a tier, a kind, a product's words
    "Ticket holder: Adult 18+ – Standing", "Season Ticket Holder Priority Sale – 12 Jan 2027",
    "Ticketinhaber ändern – so funktioniert die Personalisierung", "Member: Gold Plus", "Mitglied: Premium 12 Monate",
    "Abonnée : Offre Premium", "Abonnement saison 2026-2027 Tribune Auteuil – Tarif jeune",
    "Badge: Gold", "Runner: 5k", "Name: Gold Membership 12 Monate",
    # a player's name on a replica shirt
    "Player: Lamine Yamal", "Maillot domicile 2026-27 Mbappé 10 taille L", "Trikot Heim 2026/27 – Flock Nr. 10",
    # a title's `I, …`, with no sentence going on
    "I, Daniel Blake", "I, Daniel Blake, DVD", "I, Claudius, Robert Graves", "Ich, Einfach Unverbesserlich",
    # a team's standing, a fixture's score, a time with no placing
    "Classement Ligue 1 : 1er, Paris Saint-Germain, 45 pts", "Résultat : 1er, Olympique Lyonnais, 2:1",
    "Results: 12:30 Kick-off", "Classement : Semi de Paris 2027, 21,1 km", "Ergebnis: 3. Platz Mannschaft",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_ticket_s_holder_an_entrant_a_badge_a_subscriber_a_declarant_and_a_ranked_name_are_refused(
        text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", NOT_NAMED)
def test_tiers_kinds_players_titles_and_team_standings_go_out(text: str) -> None:
    assert detector.reason(text) == ""


PERSONAL_KEYS = ["ticketholder_name", "naam_tickethouder", "nombre_corredor", "runner_name", "nom_porteur",
                 "abonne_id", "numero_abbonato", "laeufer_name"]
ORDINARY_KEYS = ["runner", "ticket_holder_count", "badge", "badge_name", "player_name", "competitor_name",
                 "abonnement", "season_ticket"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_holder_s_an_entrant_s_or_a_subscriber_s_name_or_number_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_their_words_alone_a_badge_s_and_a_player_s_keys_are_ordinary(key: str) -> None:
    assert detector.key_reason(key) == ""


def test_the_results_rule_reads_nothing_without_its_cue() -> None:
    assert race_results.reason("Blue Sneakers 3rd, Orla Quenby, 2:45:10") == ""
    assert personal_keys.names_personal_data("tickethouder") is False
