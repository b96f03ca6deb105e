"""Closer 118 (the sixtieth attack: courts and public administration; the fifty-ninth: events and races): names with
no label, read by the context that makes them a person's. A party's name in a legal matter's title after its docket's
number or its filing's word, a file's subject after its number, a waiver's signer (case_titles.py); a name and its
bearer's birth year in brackets (birth_years.py); a guest's name before a verb of attendance in a reply to an
invitation (invitation_replies.py); a name beside a birth date in a record's row (record_rows.py)."""

from __future__ import annotations

import pytest

from meta_capi import birth_years, case_titles, detector, invitation_replies, record_rows

NAME = "holds a person's name"
ROW = "holds a name and a birth date in a record's row"

NAMED = [
    # a party after a docket's label and number, around an adversary's separator, one side a company
    "Az. 7 C 1203/25 – Tovrin ./. Hausverwaltung Süd GmbH", "Aktenzeichen 4 O 88/26: Brennaquist gegen Telekom AG",
    "Case No. 3:25-cv-00912 Quenby v. Harlow Freight Inc.", "Docket No. 24-1187 Orla Quenby vs. Acme Corp",
    "Claim No. H12YX903 Harlow Bank plc v Quenby",
    "Requête en divorce Tovrin c/ Brennaquist",
    "Zaaknummer C/13/7123 – Brennaquist tegen Woonstad BV",
    # ... or after a filing's word, both sides persons around a joint filing's separator
    "Scheidungsantrag Tovrin ./. Brennaquist", "Sorgerechtsantrag Orla Quenby gegen Tam Quenby",
    "Divorce petition – Orla Quenby and Tam Harlow", "Echtscheidingsverzoek Tovrin - Brennaquist",
    "Demanda de divorcio – Orla Quenby y Tam Harlow", "Heiratsurkunde: Tovrin – Brennaquist, 12.06.2015",
    "Acte de mariage : Tovrin – Brennaquist",
    # a file's subject last, after the file's number
    "Wohngeld Antrag – Vorgang 2026-4471 – Orla Quenby", "Extrait de casier judiciaire – bulletin n°2 – QUENBY Orla",
    "Certificado de antecedentes – expediente 44718 – Orla Quenby",
    "Wohngeldbescheid Nr. 12 – Orla Quenby",
    # a waiver's signer
    "Waiver signed by Orla Quenby, trampoline session", "Haftungsverzicht unterschrieben von Orla Quenby",
    "Liberatoria firmata da Orla Quenby", "Descargo de responsabilidad firmado por Orla Quenby",
    # a name and its birth year in brackets
    "Quenby, Orla (Jg. 1979, W45) – Halbmarathon", "Orla Quenby (M40, Jahrgang 1984)", "Orla Quenby (born 1979)",
    "Orla Quenby (geb. 1979)", "Orla Quenby (née en 1979)", "Tam Harlow (nacido en 2001)",
    "ハーロウ オルラ（1979年生まれ）",
    # a guest's reply to an invitation
    "RSVP: Orla Quenby will attend, one guest", "Zusage Hochzeit: Orla Quenby kommt mit Begleitung",
    "Confirmación de asistencia: Orla Quenby asistirá", "Risposta invito: Orla Quenby verrà",
    "Antwoord uitnodiging: Orla Quenby komt",
]
NOT_NAMED = [
    # public case law: a law report's or an ECLI's citation after the parties, no docket's label before them
    "Donoghue v Stevenson [1932] UKHL 100", "Brown v. Board of Education, 347 U.S. 483 (1954)",
    "Case No. 1:19-cv-0001 Smith v. Jones, 590 U.S. 1 (2020)", "BGH, Urteil vom 12.10.2021 – VI ZR 489/19",
    "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256", "ECLI:NL:HR:2023:1234 Tovrin ./. Staat",
    # two companies after a docket's number
    "Az. 3 O 12/26 – Stadtwerke Nord GmbH ./. Energie AG",
    # a filing's or a document's word before goods, tiers and offers
    "Scheidung online – Paket Basis", "Scheidung Online - Paket Basis", "Heiratsurkunde Vorlage - Gold Rahmen",
    "Marriage Certificate Holder - Gold Foil", "Kindergeld Antrag Formular KG 1",
    "Extrait de casier judiciaire bulletin n°3", "Divorce petition template – 2026 edition",
    # German capitalizes its nouns: a page's title after a filing's word, a year (no file's number) before a dash
    "Klage einreichen in 3 Schritten - Jetzt Starten", "Antrag auf Elterngeld 2026 - Schritt Eins",
    "Bescheid prüfen 2026 - Kostenlose Beratung",
    # a signed shirt, a print: no waiver
    "Maillot signé par Kylian Mbappé", "Trikot signiert von Thomas Müller", "Signed by the artist – Limited Print",
    # a wine's vintage, a year in brackets with no birth's word
    "Riesling Spätlese (Jg. 2019)", "Château Margaux (Jg. 2015)", "Taylor Swift (1989)", "Berlin-Marathon (2026)",
    # attendance with no invitation, an invitation with no name
    "Orla Quenby will attend the premiere", "Wedding RSVP cards – kraft, 50 pcs", "Einladung: Der Weihnachtsmann kommt",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_party_a_subject_a_signer_a_named_birth_year_and_a_guest_are_refused(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", NOT_NAMED)
def test_case_law_companies_goods_vintages_and_titles_go_out(text: str) -> None:
    assert detector.reason(text) == ""


DATED_ROWS = [
    "CHK|EVT-9|4471|Orla Quenby|1979-05-02", "Orla Quenby;02.05.1979;Gold", "4471\tQuenby\tOrla\t02/05/1979",
    "1979-05-02|Orla Quenby|Berlin",
]
UNDATED_ROWS = [
    "ORD-1|Blue Sneakers|2026-12-03", "ORD-2|Orla Quenby|2026-11-30", "SKU-9|Summer Sale|1999-01-01",
    "EVT-9|Berlin|1979-05-02",
]


@pytest.mark.parametrize("text", DATED_ROWS)
def test_a_row_with_a_name_beside_a_birth_date_is_refused(text: str) -> None:
    assert detector.reason(text) == ROW


@pytest.mark.parametrize("text", UNDATED_ROWS)
def test_an_order_s_date_a_campaign_or_a_town_beside_a_date_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_party_beside_a_company_after_a_french_docket_s_number_is_read() -> None:
    # (the whole value is refused earlier for its labelled number; the party alone is read here)
    assert case_titles.reason("RG n° 25/01187 - Tovrin c/ SARL Maisonneuve") == NAME
    assert case_titles.reason("RG n° 25/01187 - SARL Batiplus c/ Maisonneuve SAS") == ""


def test_the_rules_read_nothing_without_their_context() -> None:
    assert case_titles.reason("Orla Quenby v. Tam Harlow") == ""
    assert birth_years.reason("Orla Quenby (1979)") == ""
    assert invitation_replies.reason("Orla Quenby kommt") == ""
    assert record_rows.holds_dated_row("Orla Quenby, 1979-05-02") is False
