"""Closer 160: the seventy-sixth attack's marketplace disputes, offers, reviews and profiles, by rule, by meaning and
by language.

- case_titles.MARKETPLACE_PARTIES, case_titles.party_reason: a marketplace's buyer's or seller's word by language in
  running text (after a lower-case word or an elision) before a full name, maybe after a colon, names that party
  (`Konflikt mit Käufer …`, `par l'acheteuse …`, `od kupującego: …`); a title's capitalized words, a compound, a
  best seller, a shop's trading name (case_titles.SHOP_NAME_WORDS) or a town after the word go out.
- case_titles.OFFER_WORDS, case_titles.offer_reason: an offer's or a bid's word by language, an amount (no
  percentage) and a bare preposition (`from`, `von`, `de`, `da`, `van`, `od`) before a full name name the offer's
  sender (`Offer of £45 from …`, `Preisvorschlag: 40 € von …`); a brand's discount (`Offer of 20% from Nike`) and a
  shop's offer (`Angebot: 40 € von Adidas`) go out.
- reviews.RATED_THEN_SIGNED: a review's words (reviews._review_words) opening a line, stars (U+2605, U+2B50), a dash
  and a full name ending the line sign the review; a title's stars and a dash (`Best seller ⭐⭐⭐⭐⭐ — Harry Potter`,
  `Hotel Adlon Kempinski ★★★★★ – Berlin Mitte`) go out.
- reviews.REVIEWS_LEFT, reviews.OPENING_REVIEW_LEFT: a full name opening the text before the act of leaving a review
  by language (`a laissé une évaluation`, `hat eine Bewertung abgegeben`, `ha dejado una valoración`, `left you a
  review`) and a rating names who rated.
- greetings._THANKS_TO, greetings._AFTER_THANKS_TO: thanks to someone by language (`Danke an`, `Thanks to`, `Merci
  à`, `Gracias a`), a full name and the word for "for" name the person thanked; `Danke an alle Kunden für 10 Jahre`
  goes out.
- named_in_text._OWN_RELATION_NAMED: a relation of the writer's after their own determiner (`my husband`, `mein
  Mann`, `mon mari`, `mi marido`) before a full name with no comma, the sentence going on in lower case, names that
  person; a title's dedication (`Gift for my husband Leather Wallet set`) goes out.
- named_in_text._SURNAME_FIRST_DELIVERED, named_in_text._DELIVERY_ZONES: after a delivery's phrase and its colon
  (`Versand an:`, `Ship to:`), a family name, a comma and a given name in mixed case ending the field or before a dash
  name the recipient; a pickup point's, a carrier's, a zone's, a town's or a country's words go out (`Versand an:
  Packstation, Filiale`, `Entrega a: Península, Baleares`, `Versand an: Wien, Graz`).
- person_routes.USER_ABBREVIATIONS, person_routes._names_a_user: a user's abbreviation as a route's segment (eBay's
  `/usr/`) before a slug of two name's words or more names that user; a file system's folders (`/usr/local/bin`,
  `/usr/share/doc`) go out.
- detector._VANITY: an area code in parentheses closes them before a vanity number's letters (`(312 reviews)`, a
  count of reviews in brackets, goes out; `(650) SIG-RUNJ` stays a phone).
- detector.LISTING_ROUTES: a classified ad's or a listing's route word by language (`/ad/`, `/annonce/`,
  `/s-anzeige/`) right before a number or before one segment and the number makes the number a listing's id
  (Leboncoin's `/ad/ameublement/<id>`); a mobile with its trunk prefix there stays a phone.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

DISPUTED_PARTIES = [
    "Konflikt mit Käufer Ingrid Solvang – Paket nicht angekommen",
    "Streit mit der Verkäuferin Marta Vellingroe wegen Rückgabe",
    "Litige ouvert par l'acheteur Jonas Brekkelund : article cassé",
    "Réclamation contre la vendeuse Maëlle Quervan, colis vide",
    "Reklamacja od sprzedającego: Ximena Torquado, brak zwrotu",
    "Disputa con el vendedor Jonas Brekkelund: no responde",
    "Reclamação contra o vendedor Ximena Torquado - produto danificado",
    "Contestazione con l'acquirente Marta Vellingroe per il reso",
    "Geschil met verkoper Ingrid Solvang over de betaling",
    "Problem with my seller Jonas Brekkelund, never shipped",
    "Refund dispute opened against buyer Maëlle Quervan – item returned",
    "Tvist med säljaren Ingrid Solvang om returen",
]
PARTY_LOOK_ALIKES = [
    "Käuferschutz – so funktioniert's", "Seller Central", "Top Seller Badge", "Acheteur Pro", "seller Apple Store",
    "Contact seller Apple Store", "the best seller Harry Potter", "Bought from seller Amazon Warehouse",
    "Nachricht vom Verkäufer Media Markt", "Contactez le vendeur Boulanger Paris", "Verkäufer-Tipps für Anfänger",
    "Become a seller on Example Market", "Guía del vendedor: Cómo Vender Rápido",
]


@pytest.mark.parametrize("text", DISPUTED_PARTIES)
def test_a_marketplace_party_before_a_full_name_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", PARTY_LOOK_ALIKES)
def test_a_marketplace_partys_word_beside_no_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


OFFER_SENDERS = [
    "Offer of £45 from Jonas Brekkelund – accept or counter?", "Neuer Preisvorschlag: 40 € von Ingrid Solvang",
    "Gegenangebot über 35 € von Marta Vellingroe", "Nouvelle offre de 30 € de Maëlle Quervan",
    "Oferta de 25 € de Ximena Torquado", "Offerta di 40 € da Marta Vellingroe", "Bod van € 40 van Ingrid Solvang",
    "New bid of $120 from Jonas Brekkelund", "Propozycja 50 zł od Ximena Torquado",
]
OFFER_LOOK_ALIKES = [
    "Offer of 20% from Nike", "Angebot: 40 € von Adidas", "Offer of £45 from Nike Store",
    "Offer of 20 % from Ralph Lauren", "Offre de 10 € de réduction", "Oferta de 25 € de descuento en Zara",
    "Offer ends in 3 days from today",
]


@pytest.mark.parametrize("text", OFFER_SENDERS)
def test_an_offers_sender_after_its_amount_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", OFFER_LOOK_ALIKES)
def test_a_shops_offer_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


SIGNED_RATINGS = [
    "Venditore affidabile, pacco perfetto ⭐⭐⭐⭐⭐ — Marta Vellingroe",
    "Great seller, fast shipping ★★★★★ - Jonas Brekkelund", "Super vendeuse, envoi rapide ★★★★☆ – Maëlle Quervan",
    "Ingrid Solvang a laissé une évaluation : ★★★★★", "Jonas Brekkelund hat eine Bewertung abgegeben: 5/5",
    "Ximena Torquado ha dejado una valoración ★★★★☆", "Marta Vellingroe left you a review ★★★★★",
    "Danke an Ingrid Solvang für den netten Kontakt!", "Thanks to Jonas Brekkelund for the quick payment!",
    "Merci à Maëlle Quervan pour la rapidité", "Gracias a Ximena Torquado por todo",
]
RATING_LOOK_ALIKES = [
    "Best seller ⭐⭐⭐⭐⭐ — Harry Potter", "Hotel Adlon Kempinski ★★★★★ – Berlin Mitte", "Rated ★★★★★ – Best Seller",
    "Top Verkäufer, schnelle Lieferung ★★★★★ – Nike Store", "Good Housekeeping left a review ★★★★★",
    "Someone left a review ★★★★★", "Danke an alle Kunden für 10 Jahre",
    "Danke an Hermes Versand für die schnelle Lieferung",
]


@pytest.mark.parametrize("text", SIGNED_RATINGS)
def test_a_rated_reviews_author_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", RATING_LOOK_ALIKES)
def test_a_titles_rating_or_thanks_to_all_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


RELATIONS_NAMED = [
    "Can my husband Jonas Brekkelund collect it tomorrow?", "Mein Mann Jonas Brekkelund holt es morgen ab",
    "Kann meine Frau Ingrid Solvang das Paket abholen?", "Mon mari Jonas Brekkelund passera demain",
    "Mi marido Jonas Brekkelund lo recoge mañana", "Il mio vicino Marta Vellingroe lo ritira alle 18",
]
RELATION_LOOK_ALIKES = ["Gift for my husband Leather Wallet set", "To My Wife Forever Yours", "For my wife, with love"]


@pytest.mark.parametrize("text", RELATIONS_NAMED)
def test_a_writers_relation_before_a_full_name_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", RELATION_LOOK_ALIKES)
def test_a_dedication_to_a_relation_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


SURNAME_FIRST_RECIPIENTS = [
    "Versand an: Morrowick, Dellan – Paket bitte beim Nachbarn abgeben", "Zustellung an: Brekkelund, Jonas",
    "Livraison à : Quervan, Maëlle – sonner deux fois", "Consegna a: Vellingroe, Marta",
]
RECIPIENT_LOOK_ALIKES = [
    "Versand an: Deutschland, Österreich", "Versand an: Packstation, Filiale", "Versand an: Wien, Graz",
    "Livraison à : Domicile, Point Relais", "Versand an: Abholstation, Paketshop", "Entrega a: Península, Baleares",
]


@pytest.mark.parametrize("text", SURNAME_FIRST_RECIPIENTS)
def test_a_recipient_surname_first_after_a_delivery_phrase_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", RECIPIENT_LOOK_ALIKES)
def test_a_delivery_option_after_a_delivery_phrase_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


USER_PAGES = ["https://www.ebay.co.uk/usr/fenwyn.oskarrel", "https://www.ebay.de/usr/jonas-brekkelund?_trksid=1",
              "Seller: https://www.ebay.com/usr/marta_vellingroe"]
SYSTEM_PATHS = ["https://example.com/usr/local/bin", "https://example.com/usr/share/doc/python3",
                "file:///usr/share/doc/git-core/README", "https://example.com/usr/lib/x86_64-linux-gnu"]


@pytest.mark.parametrize("text", USER_PAGES)
def test_a_users_page_under_usr_is_a_persons_slug(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", SYSTEM_PATHS)
def test_a_file_systems_usr_path_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


ORDINARY_COUNTS_AND_LISTINGS = [
    "4.9 ★ (312 reviews)", "4.9 (312 reviews)", "4.9 ★ (312 ratings)",
    "https://www.leboncoin.fr/ad/ameublement/2718364527", "https://example.com/ad/2718364527",
    "https://www.kleinanzeigen.de/s-anzeige/sofa/2718364527-88-3331",
]
PHONES_STILL = [
    "+1 (650) SIG-RUNJ", "(650) SIG-RUNJ", "https://example.com/annonce/vends-velo/0612345678",
    "https://example.com/anzeige/sofa/01761234567",
]


@pytest.mark.parametrize("text", ORDINARY_COUNTS_AND_LISTINGS)
def test_a_count_in_brackets_and_a_listings_id_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PHONES_STILL)
def test_a_vanity_number_and_a_mobile_in_a_listings_path_are_phones(text: str) -> None:
    assert detector.reason(text) != ""
