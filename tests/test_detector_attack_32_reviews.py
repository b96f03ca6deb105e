"""The thirty-second attack's reviews (reviews.py): bylines of "a review of" dated, "by" and a date, a place between
an act of reviewing and "by", a label in brackets after a byline's name; and their near misses, which go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("value", [
    "Recensione di Giulia Rossettiqa, 3 dicembre 2026: ottime scarpe",
    "Reseña de Marta Villalobosqa · hace 3 días",
    "Bewertung von Jonas Brinkmannqa am 3. Dezember 2026",
    "Rezension von Jonas Brinkmann, 03.12.2026",
    "Avaliação de Beatriz Nogueiraqa em 3 de dezembro de 2026",
    "Recension av Elin Lindqvistqa den 3 december 2026",
    "Opinión de Lucía Etxeberriaqa (Compra verificada): me encantan",
    "By Emily Hartwellqa on December 3, 2026",
    "Von Jonas Brinkmann am 3. Dezember 2026",
    "Reviewed in Germany by Lukas Oberreiterqa on 3 December 2026",
    "Reviewed in the United Kingdom by Chloe Ashworth on 3 December 2026",
    "Recensie door Daan Verheijenqa op 3 december 2026",
    "Review by Olivia Brennanqa (verified buyer) 03/12/2026",
    '{"text": "Bewertung von Jonas Brinkmann am 3. Dezember 2026"}',
])
def test_a_reviews_byline_names_its_writer(value: str) -> None:
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Recensione di Dante",
    "Recensione di Giulia Rossi: ottimo prodotto",
    "Reseña de Cien Años: una obra maestra",
    "Recensione di Harry Potter 2",
    "Rezension von Harry Potter: Band 2",
    "Bewertung von Nike Air Max am 3. Dezember",
    "Review of the Year 2026",
    "Review of Harry Potter, 3 December 2026",
    "Bewertungen von Kunden",
    "Recensioni dei clienti",
    "Reseñas de clientes",
    "By Malene Birger Dress",
    "By Appointment Only",
    "Von Dutch Cap",
    "Par Avion Notebook",
    "Reviewed in the United States on December 3, 2026",
    "Reviewed in Germany on 3 December 2026",
    "Reviewed by Good Housekeeping (UK)",
])
def test_a_works_title_or_a_shops_words_after_a_byline_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "Super Schuhe, passen perfekt! – Friederike Wendlingqa, 34, aus Hamburg",
    "„Perfekt!“ — Matthias Kornblumqa, 52, München",
    "Très satisfaite. – Élodie Marchettiqa (Lyon)",
    "Geweldige jas! – Sanne Dijkhuizenqa uit Utrecht",
    "Great shoes!! ~Miranda Thistlewoodqa",
    "Great fit! ~ Anna Kowalczyk, Berlin",
    "Passt super! – Annelieseqa, 34, aus Hamburg",
    '{"id": 1, "text": "Passt super! – Annelieseqa, 34, aus Hamburg"}',
])
def test_a_reviews_signature_with_an_age_a_town_or_a_tilde_names_its_writer(value: str) -> None:
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Love it 😍\n- Soft Cotton",
    "New 😍\n-Soft Cotton\n-Blue",
    "Gift idea 🎁\n-Harry Potter",
    "Perfect 👌\n-Calvin Klein",
    "Passt super! – Größe 42, Farbe Blau",
    "Top! – Größe 38, 42, 44",
    "Great shoes! – Size 42",
    "Sale! ~ Summer 2026",
    "Wow! ~ Free Shipping",
    "Great! – Made in Italy",
    "“A triumph.” — The New York Times",
])
def test_a_size_a_list_or_a_shops_words_after_a_reviews_dash_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "“Gripping from the first page.” – Daily Mail",
    "„Ein Meisterwerk.“ — Die Zeit",
    "« Bouleversant. » — Le Monde",
    "“Brillant.” — Der Spiegel",
    "“Superb.” — The Sunday Times",
])
def test_a_press_quote_signed_by_a_publication_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "Great fit! – Anna La Rosa",
    "Super! – Lena Meyer-Landrut",
    "„Perfekt!“ — Matthias Kornblum, München",
])
def test_a_person_signing_a_review_after_a_dash_is_kept(value: str) -> None:
    assert detector.reason(value) == PERSON_NAME
