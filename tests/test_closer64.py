"""Closer 64: attack 41's registries, gift lists and gift cards (a person's list or gift card named by its noun and the
word for "of" or "for" before a full name), personal labels in brackets after a product's name, and German `Name des
Kindes:`. The same nouns in a shop's own titles (an occasion, a kind, a product's words after them) go out. The values
here are this file's own."""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # a registry's, a gift list's or a gift card's noun and "of"/"for" before no full name
    "Wedding registry of the year award", "Wedding Registry for Beginners", "Baby registry for twins",
    "Baby Registry for First Time Parents", "Gift list of the month", "Registry of Deeds poster",
    "Gift card for Mother's Day", "Gift card for Best Friend", "Gift Card for Coffee Lovers",
    "Gift card for Birthday", "Gift Card for Christmas", "E-gift card for Teachers", "Voucher for Spa Day",
    "Gift voucher for Two", "Gift certificate for Dinner", "Geschenkgutschein für Weihnachten",
    "Gutschein für Wellness", "Gutschein für Zwei Personen Essen", "Hochzeitsliste von Amazon",
    "Babyliste für Zwillinge", "Carte cadeau pour Noël", "Carte cadeau pour la Fête des Mères",
    "Bon cadeau pour Massage", "Liste de naissance de Bébé", "Liste de mariage de rêve",
    "Tarjeta regalo para Navidad", "Tarjeta regalo para Mamá", "Mesa de regalos de Boda",
    "Lista de bodas de Ensueño", "Buono regalo per Natale", "Lista nozze di lusso", "Lista nascita di Natale",
    "Cadeaubon voor Moederdag", "Cadeaubon voor Twee Personen", "Cartão presente para Natal",
    "Presentkort till Spa", "Gift card for Santa Claus", "Registry for Wedding Gifts", "Voucher for Summer Sale",
    # product names with the nouns and no "of"/"for" after them
    "Wedding Registry", "Gift card €50", "Carte cadeau 100 €", "Babyliste: Erstausstattung", "Buono regalo 50 €",
    "Wishlist of Dreams Candle", "Gift for Mom Mug",
]

PERSONAL = [
    "Wedding registry of Ysoldine Halmstrupp", "Gift list of Anna Kowalczyk", "Baby registry for Pelleas Ondrevik",
    "Registry for Tom Jones", "Gift card for Mirabeth Tessaloun", "Gift voucher for Joanna Smith",
    "Hochzeitsliste von Katrin Oberhauser", "Babyliste für Pelleas Ondrevik", "Geschenkgutschein für Thomas Müller",
    "Liste de naissance de Camille Dubois", "Liste de mariage de Camille Dubois", "Carte cadeau pour Camille Dubois",
    "Mesa de regalos de Lucía Fernández", "Tarjeta regalo para Lucía Fernández", "Lista nozze di Giulia Rossi",
    "Buono regalo per Giulia Rossi", "Cadeaubon voor Sanne de Vries", "Lista de presentes de João Silva",
    "Wedding Registry | Registry of Ysoldine Halmstrupp", "Shop - Gift card for Mirabeth Tessaloun",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_a_person_s_list_or_gift_card_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


BRACKETED_ORDINARY = [
    "Necklace (Name: your text here)", "Necklace (Name: up to 10 letters)", "Tee (Size: Large Blue)",
    "Ring (Engraving: Forever Yours)", "Bracelet [Colour: Rose Gold]", "Mug (Font: Script Bold)",
    "Hoodie (Brand: Acme Corp)", "Poster [Size: A3]", "Candle (Scent: Vanilla Bean)", "Notebook {Cover: Navy Blue}",
    "Custom Name Necklace (8 letters max)", "Print (Photo: 20x30 cm)", "Necklace (Name: Your Text Here)",
    "NECKLACE (NAME: YOUR TEXT HERE)", "Name: Your Name Here", "Mug [Name: Your Name]",
]

BRACKETED_PERSONAL = [
    "Custom Necklace (Name: Sorvane Vrendelkamp)", "Custom Necklace [Name: Anna Kowalczyk]",
    "Namenskette (Name: Katrin Oberhauser)", "Mug (Recipient: Joanna Smith)", "Ring {Name: Tom Jones}",
    "Bracelet (Name: Anna Kowalczyk, Font: Script)",
]


@pytest.mark.parametrize("value", BRACKETED_ORDINARY)
def test_a_product_s_option_in_brackets_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", BRACKETED_PERSONAL)
def test_a_personal_label_in_brackets_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ["Name des Kindes: Pelleas Ondrevik", "Name des Babys: Lena Hoffmann"])
def test_a_child_s_name_after_a_german_genitive_label_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ["Name des Kindes: bis 10 Buchstaben", "Alter des Kindes: 3 Jahre",
                                   "Größe des Kindes: 104 cm", "Name des Produkts: Kinderbett Luna", "Kind: Holz"])
def test_a_child_s_other_fields_and_a_kind_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["Registrant: Ysoldine Halmstrupp", "Co-registrant: Tom Jones",
                                   "Wedding Registry | Registrant: Anna Kowalczyk"])
def test_a_registrant_s_full_name_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ["Registrant: Wedding", "Registrant: Example Shop", "Registrant: Premium Member",
                                   "Registrant: GoDaddy Inc", "Registrant: Baby"])
def test_a_registrant_s_kind_or_a_business_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
