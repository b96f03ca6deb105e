"""The names and keys of the seventeenth attack (postal.py, personal_keys.py): a name in running text ended by a dash
or a sentence's end after a label or a closing formula, Caribbean closings, an honorific and a name called by a
comma, Arabizi names (digits for the letters Latin lacks), Maghreb particles, honorifics and greeting, a greeting
opening a sentence; the `cin` and `trn` keys, and a role in the trade under a person key; exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal
from meta_capi.personal_keys import person_named

NAMES = [
    "Merci beaucoup ! Nom : Khadija Bennani — à bientôt",
    "Merci beaucoup ! Consignee: Dwayne Brown — see you",
    "Merci beaucoup ! الاسم: محمد بناني — à bientôt",
    "Merci ! Cordialement, Amina Kettani — à bientôt",
    "Gracias. Saludos cordiales, María García. Hasta pronto",
    "Merci ! Bien à vous,\nMamadou Diallo — à bientôt",
    "Mit freundlichen Grüßen\nJonas Weber - bis bald",
    "Respect,\nDwayne Campbell",
    "Blessings, Shanice Morgan",
    "Sra. Mendoza, su pedido está listo",
    "Gracias. Sr. Pérez, su pedido está listo",
    "M. Dupont, votre commande est prête",
    "Nom: Khadija b. Mo7amed Ammar",
    "Nom: Khadija Zq3ammar",
    "Salam 3alikoum Si 7assan Tazi,",
    "Merci ! Salam alaykoum Lalla Fatima,",
    "Destinataire : Sidi Mohamed ould Ahmed",
    "Merci beaucoup ! Dear Wyn Okafor, thank you",
]
ORDINARY_NEAR_NAMES = [
    "Cordialement Tote Bag",
    "Kind Regards Mug",
    "Respect Tee - Black",
    "Dr. Martens, 1460 Boots",
    "Mr. Coffee, 12 Cup",
    "Sra. Sapatos Collection",
    "Mme Figaro Magazine",
    "Sir Kensington Mayo",
    "Marque : Bosch - Série 6",
    "Catégorie: Électroménager — Promo",
    "Brand: Oraimo - Freepods 4",
    "Taille: 3XL - Noir",
    "Pack 2 x 500 ml. Livraison gratuite",
    "Salam Tajine 30 cm",
    "Coupon: 3alpha - valid",
    "Merci beaucoup ! Dear customer, thank you",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_name_the_seventeenth_attack_wrote_is_a_person_s_name(text):
    assert detector.reason(text) == postal.PERSON_NAME


@pytest.mark.parametrize("text", ORDINARY_NEAR_NAMES)
def test_ordinary_text_near_those_names_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["cin", "CIN", "numero_cin", "trn", "TRN"])
def test_the_moroccan_identity_card_and_the_jamaican_tax_number_are_personal_keys(key):
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", ["trn_status", "cinema", "vaccine_type"])
def test_keys_near_cin_and_trn_are_not(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize(("text", "verdict"), [
    ("TRN 100123456700003", ""),  # the UAE's tax registration number: a business's, after its label
    ("TRN: 123-456-789", detector.PHONE),  # Jamaica's, grouped: read by its layout as before
    ("CIN: BE123456", detector.NATIONAL_ID),
])
def test_trn_as_a_label_leaves_the_number_to_its_layout(text, verdict):
    assert detector.reason(text) == verdict


@pytest.mark.parametrize(("key", "value", "verdict"), [
    ("customer", "Best Seller", False),
    ("customer", "Top Vendor", False),
    ("client", "Meilleur Vendeur", False),
    ("customer", "Gold Member", False),
    ("customer", "Jean Dupont", True),
    ("customer", "Amina Kettani", True),
])
def test_a_role_in_the_trade_under_a_person_key_is_no_name(key, value, verdict):
    assert person_named(key, value) is verdict
