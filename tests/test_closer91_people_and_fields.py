"""Closer 91 (attack 51 and a fuzz): people a key names by their part (an invitee, an attendee, a participant alone;
a visitor, a chat widget's visitor and a personalised product's name before a name word), a form's bracketed field
judged by its own key (Typeform's `hidden[…]`, a contact form's `contact[…]`, either way), a name set off after a
relation of the writer's (`with my neighbour, …`), also in a form body whose blanks are `+`, a mobile with its
country code glued by `_` or `-` to a word naming no code, and four dotted numbers after a generic code's label (`id:`,
`code=`) read as an address. Both ways: counts, types and states of those people, a form's subject, product
properties, a title's dedication, campaign and order numbers, and versions after their labels go out. The values are
made up for each rule, not the attack's."""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import detector
from meta_capi.detector import IP_ADDRESS, PERSONAL_KEY, PHONE, key_reason
from meta_capi.postal import PERSON_NAME
from meta_capi.privacy import EMBEDDED_KEY, custom_refusal, embedded_reason
from meta_capi.privacy import PERSONAL_KEY as KEPT_OUT

# Keys naming a person by role, a visitor's or a chat widget's name, a personalised product's name, a form's field.
PERSONAL_KEYS = [
    "invitee", "attendee", "Participant", "addressee", "inviter", "teilnehmer", "deelnemer", "partecipante",
    "attendee_name", "invitee_first_name", "participantName", "visitor_name", "visitorFullName", "besucher_name",
    "visiteur_nom", "drift_name", "crisp_name", "tawk_name", "olark_name", "engraving_name", "embroidery_name",
    "Monogram name", "gravur_name", "properties[Inscription name]", "hidden[name]", "hidden[email]",
    "contact[email]", "contact[Telefon]", "contact[full_name]", "contact[body]", "contact[message]",
]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_keys_naming_people_by_part_are_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


# Their counts, types, ids and a name's font; a form's subject, message and product properties.
ORDINARY_KEYS = [
    "attendee_count", "invitee_type", "participant_id", "registrant_status", "visitor_type", "visitor_count",
    "guest_type", "recipient_type", "name_engraving_font", "engraving_name_font", "engraving_font",
    "properties[Engraving font]", "properties[Color]", "properties[Size]", "contact[subject]", "contact[Betreff]",
    "contact[topic]",
    "hidden[utm_source]", "form[name]", "fields[0][name]", "intercom_app_id", "event_name", "product_name",
]


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_their_counts_types_and_a_forms_subject_stay_ordinary(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize(("key", "value"), [
    ("visitor", "Oriane Pelvaquet"), ("Visitor", "Teodor Mazurekwin"), ("attendee", "returning"),
    ("invitee", "Haldis Brunvoltz"), ("contact[email]", "oriane@example.org"),
])
def test_a_person_by_role_holding_a_name_is_left_out(key: str, value: str) -> None:
    assert custom_refusal(key, value) == KEPT_OUT


@pytest.mark.parametrize(("key", "value"), [
    ("visitor", "returning"), ("visitor", "new"), ("attendee_count", "3"), ("contact[subject]", "Wholesale"),
    ("properties[Color]", "Navy Blue"), ("hidden[utm_source]", "newsletter"),
])
def test_states_counts_and_a_forms_subject_go_out(key: str, value: str) -> None:
    assert custom_refusal(key, value) == ""


# A name set off after a relation of the writer's, ending the text or before a word in lower case.
RELATED: List[str] = [
    "Please leave with my neighbour, Oriane Pelvaquet", "please leave it with my neighbor, Teodor Mazurekwin.",
    "Give it to my husband, Haldis Brunvoltz, if I am out", "Bitte bei meiner Nachbarin, Anna Körtvelyessy, abgeben",
    "Laisser chez ma voisine, Zélie Marbrantoux", "Dejar con mi vecino, Ulises Carbadenqo",
    "Lasciare al mio vicino, Gianfredo Lottavenzi", "Afgeven bij mijn buurman, Joris Vandermeulenq",
]


@pytest.mark.parametrize("text", RELATED)
def test_a_name_after_a_relation_of_the_writer_is_a_persons(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Gift for my husband, Leather Wallet", "Mug for my Wife, Best Wife Ever", "To My Wife, Forever Yours",
    "To my son, Happy Birthday", "Leave with my neighbour, Customer Service", "My Neighbor Totoro, Studio Ghibli",
    "Please leave with the neighbour at number 12", "Bitte bei meinem Nachbarn abgeben",
])
def test_a_titles_dedication_and_no_name_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "form_id=3&order_comments=Please+leave+with+my+neighbour%2C+Oriane+Pelvaquet&_wpnonce=9c1e2f",
    "note=the+customer%2C+Teodor+Mazurekwin%2C+asked+about+it",
])
def test_a_form_bodys_sentence_is_judged_as_its_text(text: str) -> None:
    assert embedded_reason(text) == EMBEDDED_KEY


@pytest.mark.parametrize("text", ["form_id=3&q=red+wool+scarf%2C+large&step=2", "note=Leave+at+the+door%2C+thanks"])
def test_a_form_bodys_ordinary_sentence_goes_out(text: str) -> None:
    assert embedded_reason(text) == ""


# A mobile with its country code and no `+`, glued by `_` or `-` to a word naming no code (UK, German, French; one
# that a national id's check reads too is left out as that).
@pytest.mark.parametrize("text", [
    "promo_447538204617", "spring-sale-447538204617", "promo_491623458129", "vip_33645218793",
    "winter-4915204731862", "utm_source=sms&utm_campaign=promo_447538204617&gclid=Cj0KCQiA91",
    "promo_447538204617_v2",
])
def test_a_mobile_glued_into_a_campaigns_name_is_a_phone(text: str) -> None:
    assert detector.reason(text) == PHONE


@pytest.mark.parametrize("text", [
    "order_447700953216", "id_447700953216", "campaign_447700953216", "ad-447700953216", "promo_20261203",
    "black_friday_2026", "sale_120201234567890123", "newsletter_week_49", "promo_14155550173",
])
def test_codes_dates_and_ad_objects_numbers_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# Four dotted numbers after a generic code's label are an address; after a version's, a section's, a model's, not.
@pytest.mark.parametrize("text", [
    "id:81.188.48.124", "id=81.188.48.124", "code:81.188.48.124", "ID 203.0.113.77", "Code 185.61.27.99",
    "ref: 185.61.27.99", "Order 81.188.48.124", "SKU: 81.17.26.123", "Tracking: 185.61.27.99",
])
def test_an_address_after_a_generic_codes_label_is_an_address(text: str) -> None:
    assert detector.reason(text) == IP_ADDRESS


@pytest.mark.parametrize("text", [
    "Firmware 4.2.1.7", "Version 2.4.1.0", "Section 3.2.1.4", "Model 4.2.1.7", "Build 10.0.19045.3803",
    "Release 4.2.1.7", "Ver. 4.2.1.7", "Chapter 4.2.1.7", "rev 1.2.3.4", "SKU-185.61.27.99-blue", "Part 4.2.1.7",
])
def test_versions_and_sections_after_their_labels_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_rules_name_no_value() -> None:
    for reason in (PERSONAL_KEY, PERSON_NAME, PHONE, IP_ADDRESS, EMBEDDED_KEY):
        assert "Pelvaquet" not in reason and "81.188" not in reason
