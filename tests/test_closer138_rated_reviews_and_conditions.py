"""Closer 138 (sixty-seventh attack: a review's author beside its rating; a health word beside an unlabelled name).

- A review's author after a dash between blanks, then its rating (reviews.RATED_AFTER_REVIEW: `Best balayage I've
  had! — … ★★★★★`, `Świetny salon! Polecam – … ⭐⭐⭐⭐⭐`): the dash follows a sentence's end, or up to three words
  closing it. The sentence's end is what tells a review from a product's or a hotel's title and its stars, which have
  none (`Hotel Adlon Kempinski ★★★★★`, `Balayage & Cut – Senior Stylist ★ 4.9`); a business's word in the name keeps
  it a place's even so (`Great stay! – Hotel Adlon Kempinski ★★★★★`).
- A name in kanji after the rating ending the text (reviews._CJK_NAME: `…でした。★5 … …`): a family name led by a
  kanji, a blank, a given name in kanji or hiragana, not ending in a shop's or a place's word (`東京 本店`); a
  dish's word in katakana is none (`醤油 ラーメン`). Stars before a name may carry their score (reviews._SCORE: `★5`).
- A staff's role as a rated name's last word is no name (reviews._STAFF_ROLES: `Senior Stylist ★ 4.9`).
- A full name beside a health word (named_diets.HEALTH_STEMS, by meaning: a skin's or a scalp's condition, a chronic
  one, a pregnancy, a drug or its class; `Client note: … – psoriasis on scalp`, `… – on isotretinoin`, `Massaggio
  prenatale – …`), in the neighbourhood closer 132's diets are read. A care product's words are no name
  (named_diets.CARE_PRODUCT_WORDS: `Shampoo for Psoriasis – Sensitive Scalp`), and a condition's word with a care
  product's kind ending the text or a line (maybe one word between) is a product's purpose, the name before it its brand
  (named_diets._a_products_purpose: `La Roche Posay – eczema cream`): two capitalized words are a brand's as often as
  a person's, and a client's note says more after (`… – eczema cream twice daily` is still refused).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, postal


@pytest.mark.parametrize("value", [
    "Best balayage I've had! — Cressida Mowbrayne ★★★★★",
    "Świetny salon! Polecam – Grażyna Wódkiewska ⭐⭐⭐⭐⭐",
    "最高のヘッドスパでした。★5 湯ノ谷 美月",
    "Loved it. Highly recommend – Marta Kowalczyk 5/5",
    "Toller Service. Danke - Jonas Brinkmann ★★★★☆ 4.0",
    "Super Schnitt! — Hannelore Brinkmeier, 5/5",
    "Great cut! ★5 Annabel Whitcombe",
    "とても良い。★★★★ 佐藤 花子",
    "Servizio ottimo! Consiglio – Ornella Bracciaventi ☆☆☆☆",
    "Great cut! – Anna Barber ★★★★★",
])
def test_a_reviews_author_beside_its_rating_is_refused(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "Google Reviews ★★★★★ 5.0", "Trustpilot ★★★★☆", "Rated ★★★★★ – Best Seller", "Hotel Adlon Kempinski ★★★★★",
    "Balayage & Cut – Senior Stylist ★ 4.9", "Great stay! – Hotel Adlon Kempinski ★★★★★",
    "Our pick. – Senior Stylist ★ 4.9", "New! – Balayage Deluxe ★★★★★", "Bestseller! – La Roche Posay ★★★★★",
    "Top rated! – Best Seller ★★★★★", "Worth it. - Google Reviews ★★★★★", "美味しかった。★★★★★ 醤油 ラーメン",
    "美味しかった。★5 東京 本店",
])
def test_a_products_or_a_places_rating_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "Client note: Rosalind Feathergill – psoriasis on scalp, use sensitive shampoo",
    "Filler consult for Tobias Wrenthistle – on isotretinoin, no peel for 6 months",
    "Massaggio prenatale – Serafina Bottaleone, 28ª settimana di gravidanza",
    "Anna Schmidt: Neurodermitis, keine Retinoide",
    "Wig fitting after chemo – Marguerite Tolleshunt",
    "Schwangerschaftsmassage für Henrike Oberwaltzer",
    "Notitie: Sjoukje Hoekstrandel heeft eczeem op de hoofdhuid",
    "Peeling – Aurelie Brocquemart, enceinte de 5 mois",
    "Facial for Dorothea Quillbrook – rosacea, avoid acids",
    "Massage – Ignatius Peverstone, on anticoagulants",
    "Anna Schmidt – eczema cream twice daily", "Anna Schmidt – psoriasis on scalp",
])
def test_a_name_beside_a_skin_condition_a_pregnancy_or_a_drug_is_refused(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "Shampoo for Psoriasis – Sensitive Scalp", "Prenatal Massage 60 min", "Massaggio prenatale 50 minuti",
    "Isotretinoin-safe Moisturiser", "La Roche Posay – eczema cream", "Eucerin Urea – eczema cream",
    "Avène Cicalfate – psoriasis balm", "Retinoid Serum – Night Repair", "Enceinte Bluetooth JBL Flip 6",
    "Sensitive Scalp – psoriasis", "Pregnancy Massage – Deep Relief", "Schwangerschaftsmassage 60 Minuten",
    "Mama Mio – pregnancy belly oil",
])
def test_a_care_products_or_a_treatments_title_goes_out(value):
    assert detector.reason(value) == ""
