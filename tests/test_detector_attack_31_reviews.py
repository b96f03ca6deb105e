"""The thirty-first attack's reviews (reviews.py, read by greetings.py's cues and the detector): a review's byline
dated or followed by its text, a verified shopper's label, a signature after a dash closing a review. A
publication's or a brand's name after the same words, undated, goes out."""

from __future__ import annotations

import json

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    # a byline, then the review's date or age
    "Reviewed by Anna Kowalczyk on 3 Dec 2026",
    "Reviewed by Anna Kowalczyk on December 3, 2026",
    "Posted by Anna Kowalczyk · 3 days ago",
    "Written by Anna Kowalczyk, 03/12/2026",
    "Bewertet von Anna Kowalczyk am 3. Dezember 2026",
    "Geschrieben von Anna Kowalczyk vor 3 Tagen",
    "Publié par Marie Dupont le 3 décembre 2026",
    "Publicado por María Fernández el 3 de diciembre",
    "Beoordeeld door Sanne Vermeulen op 3 december 2026",
    "5/5 | Reviewed by Anna Kowalczyk on 3 Dec 2026",
    # ... or a colon and the review's words
    "Avis de Anna Kowalczyk : très bon produit",
    "Opinión de María Fernández: muy buen producto",
    # a verified shopper's label
    "Verified buyer: Anna Kowalczyk",
    "Verifizierter Käufer: Anna Kowalczyk",
    "Acheteuse vérifiée : Marie Dupont",
    # a signature after a dash closing a review, maybe its town
    "Super Schuhe, passen perfekt! – Anna Kowalczyk, Berlin",
    "„Super Schuhe!“ — Anna Kowalczyk, München",
    "Great quality. — Anna Kowalczyk",
    "Would buy again! - Anna Kowalczyk, New York",
    "Love it! – Anna Kowalczyk\nNext review",
])
def test_a_reviews_writer_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(json.dumps({"last_message": text}, ensure_ascii=False)) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Reviewed by Wirecutter", "Reviewed by Good Housekeeping", "Posted by Demo Shop", "Posted by Nike Running",
    "Posted by Nike Running · 3 days ago", "Bewertet von Stiftung Warentest", "Avis de Que Choisir",
    "Verified buyer: Yes", "Verified buyer", "Verified by Visa", "Posted by PostNL", "5 stars - verified purchase",
    "Sehr gut (1,5) – Stiftung Warentest, Berlin", "★★★★★ Great shoes – Berlin", "Dear Edward – Apple TV+",
    "Gift for Him – Leather Wallet", "Review: Anna Karenina – Penguin Classics", "Just do it! – Nike Running",
    "Written by Anna Karenina fans", "Great shoes! - Demo Shop, Berlin",
    "Recensione di Anna Karenina: un classico", "Reseña de Cien Años: una obra maestra",
    "Order #1234 - Anna Kowalczyk Bags", "Great! - My Account",
    "Thanks! - Order History",
])
def test_a_reviews_words_without_a_writers_name_go_out(text):
    assert detector.reason(text) == ""
