"""Closer 65 (attack 41's NOT_CLAIMED labels), both ways: a label naming a person by their part in an occasion, their
kinship or an act they did (role_labels.py), or a gift's side after a gift's word, before a full name is read as a
name label (postal.labelled_person), after a field's start, a comma or a dash between blanks; a thing's words, one
word, a business's or a word no name holds after the same labels go out. Values of my own beside attack 41's."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME
from privacy_attack_cases_2 import outcome
from privacy_attack_cases_41 import cases

ROLES = [
    # a part in a wedding or a celebration, in the shops' languages
    "Bride: Ysoldine Halmstrupp", "Groom: Tomas Vellencourt", "Registry - Partner: Ysoldine Halmstrupp",
    "Fiancée: Ysoldine Halmstrupp", "Spouse: Ysoldine Halmstrupp", "Wedding gift, husband: Tomas Vellencourt",
    "Guest of honour: Ysoldine Halmstrupp", "Braut: Ysoldine Halmstrupp", "Bräutigam: Tomas Vellencourt",
    "Mariée : Ysoldine Halmstrupp", "Marié : Tomas Vellencourt", "Novia: Ysoldine Halmstrupp",
    "Novio: Tomas Vellencourt", "Sposa: Ysoldine Halmstrupp", "Noiva: Ysoldine Halmstrupp",
    "Bruid: Ysoldine Halmstrupp", "Bruidegom: Tomas Vellencourt", "Panna młoda: Ysoldine Halmstrupp",
    "Pan młody: Tomas Vellencourt", "Brud: Ysoldine Halmstrupp", "Brudgum: Tomas Vellencourt",
    "新婦：鳰沢 瑞希", "新郎：鵜沢 悠真",
]

KIN = [
    "Baby registry, mother: Ondine Ondrevik", "Father: Pelleas Ondrevik", "Mum: Ondine Ondrevik",
    "Baby: Pelleas Ondrevik", "Daughter: Ysmay Ondrevik", "Grandmother: Ondine Ondrevik",
    "Babyliste - Mutter: Ondine Ondrevik", "Vater: Pelleas Ondrevik", "Mère : Ondine Ondrevik",
    "Bébé : Pelleas Ondrevik", "Madre: Ondine Ondrevik", "Hija: Ysmay Ondrevik", "Mamma: Ondine Ondrevik",
    "Mãe: Ondine Ondrevik", "Moeder: Ondine Ondrevik", "Matka: Ondine Ondrevik", "Córka: Ysmay Ondrevik",
    "Dotter: Ysmay Ondrevik", "母：鳰沢 瑞希",
]

DOERS = [
    "Photo book - uploaded by: Eddrun Kwaspelin", "Created by: Eddrun Kwaspelin", "Ordered by: Eddrun Kwaspelin",
    "Sent by: Eddrun Kwaspelin", "Wishlist - shared by: Eddrun Kwaspelin", "Gifted by: Eddrun Kwaspelin",
    "Fotobuch - hochgeladen von: Eddrun Kwaspelin", "Erstellt von: Eddrun Kwaspelin",
    "Envoyé par : Eddrun Kwaspelin", "Créé par : Eddrun Kwaspelin", "Subido por: Eddrun Kwaspelin",
    "Creado por: Eddrun Kwaspelin", "Inviato da: Eddrun Kwaspelin", "Caricato da: Eddrun Kwaspelin",
    "Enviado por: Eddrun Kwaspelin", "Geüpload door: Eddrun Kwaspelin", "Przesłane przez: Eddrun Kwaspelin",
    "Uppladdat av: Eddrun Kwaspelin",
]

GIFT_SIDES = [
    "Gift card - From: Mirabeth Tessaloun", "Gift card - To: Mirabeth Tessaloun",
    "E-gift card, from: Mirabeth Tessaloun",
    "Gutschein - Von: Mirabeth Tessaloun", "Geschenkkarte - Für: Mirabeth Tessaloun",
    "Carte cadeau - De : Mirabeth Tessaloun", "Tarjeta regalo - Para: Mirabeth Tessaloun",
    "Buono regalo - Da: Mirabeth Tessaloun", "Cadeaubon - Van: Mirabeth Tessaloun",
    "Karta podarunkowa - Od: Mirabeth Tessaloun", "Presentkort - Från: Mirabeth Tessaloun",
]

ORDINARY = [
    # a thing's words after a role or a kin word: a good ending them, a word no name holds, digits, lower case
    "Bride: Ivory Lace Veil", "Mother: of Pearl Earrings", "Mother of Pearl: Silver Pendant", "Baby: Blue 3-6 Months",
    "Groom: Navy Suit 42R", "Bride: Happily Ever After", "Baby: Pink Bunny Rattle", "Braut: Weißes Kleid",
    "Mariée : Robe Ivoire", "Novia: Velo Largo", "Sposa: Abito Lungo", "Bruid: Witte Jurk", "Baby: 0-3 months",
    "Mother: Daughter Matching Dresses", "Brother: Sister Mug Set", "Brud: Vit Klänning", "Father: Son Socks",
    "Groom: Black Tuxedo", "Bride: White Satin Shoes", "Bridesmaid Gift - Bride: Rose Gold Bracelet",
    "Baby: Organic Cotton Bodysuit", "Son: Dinosaur Socks", "Daughter: Unicorn Blanket", "Mum: Floral Mug",
    "Dad: Leather Cufflinks", "Grandma: Photo Frame", "Vater: Grauer Anzug", "Bébé : Body Coton",
    "Madre: Vestido Rojo", "Hija: Zapatos Blancos", "Figlia: Scarpe Rosse", "Mãe: Vestido Azul",
    "Moeder: Blauwe Jurk", "Matka: Suknia Wieczorowa", "Dotter: Röda Skor", "Sposo: Abito Blu",
    "Bräutigam: Anzug Slim Fit", "Panna młoda: Welon Długi", "Groom: Grey Waistcoat",
    "Baby: Shark Plush Toy", "Kind: Gift Card", "Make: Apple Watch", "Barn: Owl Poster", "Mum: Birthday Card",
    # one word after them (a kind, a size): a full name is two words
    "Bride: Ivory", "Groom: Classic", "Mum: Gold", "Baby: Girl", "Daughter: Teen", "Mutter: Tochter",
    # an act's label before a business's, a role's noun, one word, or a maker's act
    "Made by: Hand", "Designed by: Studio Nord", "Created by: Apple Inc.", "Uploaded by: Admin",
    "Signed by: Author", "Created by: Example Shop", "Ordered by: Customer Service", "Sent by: Example Store Team",
    "Made by: Anna Studio", "Designed by: Karl Moravec", "Sold by: Example Store", "Hochgeladen von: Admin",
    "Created by: Photo Team",
    # a gift's side outside a gift's text (a trip's, a price's), or before no full name
    "From: Paris With Love", "From: New York", "Flight - From: New York", "From: Mirabeth Tessaloun",
    "Gift card - From: Paris With Love", "Gift card - To: Mum", "Gift card - From: 12.99 USD",
    "Train - To: Berlin Hbf", "Gutschein - Von: Example Shop", "Gift card - To: Best Friend Mug",
    # a dash before a label naming nothing personal
    "Envoyé par : La Poste", "Uploaded by: Phone Or Email",
    "T-shirt - Colour: Navy Blue", "Poster - Size: A2 Landscape", "Mug - Font: Script Gold",
]


@pytest.mark.parametrize("value", ROLES + KIN + DOERS + GIFT_SIDES)
def test_a_full_name_after_a_part_s_a_kin_s_or_a_doer_s_label_is_kept(value: str) -> None:
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", ORDINARY)
def test_a_thing_s_words_after_such_a_label_go_out(value: str) -> None:
    assert detector.reason(value) == ""


CLOSED = ["reg EN couple names label @", "baby EN mother label @", "file EN uploaded by @", "gcard EN from label @"]


@pytest.mark.parametrize("case", [case for case in cases() if any(case[0].startswith(stem) for stem in CLOSED)],
                         ids=lambda case: case[0])
def test_attack_41_s_labelled_names_leave_no_form(case) -> None:
    assert outcome(case) == []


def test_more_ordinary_values_than_closed_ones() -> None:
    assert len(ORDINARY) >= len(ROLES + KIN + DOERS + GIFT_SIDES)
