"""Closer 116: a club's, a gym's, a programme's, a fan club's or a sports federation's member's number after its label
(key_lexicon.CLUB_MEMBERS, CLUB_CARD_WORDS, SPORTS_CARDS, FEDERATION_LICENCES, MEMBER_BARCODES). A member's word by
meaning and language is an account's holder (before an id or a number word, glued or apart: `Lidmaatschapsnummer`,
`Rewards ID`) and a card's holder (`tessera del tifoso`, `carnet de peñista`, `karty członkowskiej`); a player's pass
or a federation's card is a document (`Spielerpass`, `ficha federativa`). In text the label is read after a number
word or sign and maybe "of" (`N° adhérent`, `Nº de socio`), after words naming the member's club (`Fanclub-Mitglied
Nr.`, kana glued before `会員番号`), before a blank alone when it ends in a card's or a holder's word, and a licence's
word before a federation's capitals is one (`licence FFA`); the id's value ends at an aside (a dash's, a bracket's).
A programme's barcode is its member's in a text naming the programme (`parkrun … (A4817263)`). A membership's tier, a
club's product, a software's licence and a shop's numbers go out."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_ID = "holds a person's id after its label"
NATIONAL_ID = "holds a national id number"
LABELLED_NUMBER = "holds a number labelled as personal data"
MEMBER_BARCODE = "holds a programme member's barcode"
PERSONAL_KEY = "personal key"

# --- labels in text, with the reason of the rule that reads them -----------------------------------------------------
MEMBER_NUMBERS = [
    # a member's word before an id or a number word, glued or apart, the value ending at an aside
    ("Mitgliedsnummer: 481726 – Tarif Basic", PERSON_ID), ("Member ID: QX4817 (Gold)", PERSON_ID),
    ("Membership no: 481726 - Off-Peak", PERSON_ID), ("Mitgliedschaftsnummer: 481726", PERSON_ID),
    ("Lidmaatschapsnummer 481726", PERSON_ID), ("Lidmaatschap nr. 481726", PERSON_ID),
    ("Medlemskapsnummer: 481726", PERSON_ID), ("Rewards number: 481726", PERSON_ID),
    ("Rewards ID YK481726", PERSON_ID), ("Vereinsmitglied Nr. 481726", PERSON_ID),
    # after a number word or sign, maybe past "of"
    ("N° adhérent : 481726", PERSON_ID), ("N° de membre : 481726", PERSON_ID),
    ("Numéro d'adhérent : 481726", PERSON_ID), ("Nº de socia: 481726", PERSON_ID),
    ("Número de socio: 481726 (Club Náutico)", PERSON_ID), ("N. tessera socio 481726", PERSON_ID),
    # a member's or a loyalty card, its holder after it (Romance languages, Polish's genitive and adjective)
    ("Numer karty klubowej: 481726", PERSON_ID), ("Nr karty lojalnościowej 481726", PERSON_ID),
    ("Tessera del Tifoso 481726", PERSON_ID), ("Carnet de peñista: 481726", PERSON_ID),
    ("Carte adhérent 481726", PERSON_ID), ("Carnet de socio nº 481726", NATIONAL_ID),
    ("Kundenkarte 48172639", LABELLED_NUMBER),
    # words naming the member's club before the label; kana glued before it
    ("Gym member ID: 481726", PERSON_ID), ("ファンクラブ会員番号：481726", PERSON_ID),
    ("ゴールド会員番号 481726", PERSON_ID),
    # a player's pass, a federation's card, a licence before a federation's capitals
    ("Spelerspas 481726", PERSON_ID), ("Licencia federativa: 481726", PERSON_ID),
    ("Karta zawodnika 481726", PERSON_ID),
    ("Spielerpass-Nr. 481726", NATIONAL_ID), ("Ficha federativa nº 481726", NATIONAL_ID),
    ("licence FFT 481726", PERSON_ID), ("Lizenz DLV 481726", PERSON_ID), ("licencia RFEA 481726", PERSON_ID),
    ("licenza FIDAL 481726", PERSON_ID),
    # a programme's barcode in a text naming the programme
    ("parkrun barcode A481726", MEMBER_BARCODE), ("parkrun #412: Anna QUENDRIX (A4817263), 21:58", MEMBER_BARCODE),
    ("Parkrun Hackney: Anna Quendrix A4817263", MEMBER_BARCODE),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_NUMBERS)
def test_a_member_s_number_after_a_club_s_or_a_programme_s_label_is_refused(text: str, expected: str) -> None:
    assert detector.reason(text) == expected


@pytest.mark.parametrize(("text", "expected"), MEMBER_NUMBERS)
def test_a_member_s_number_as_an_id_is_refused_too(text: str, expected: str) -> None:
    assert detector.reason(text, id_like=True) != ""


ORDINARY_TEXTS = [
    # a membership's tier, a club's product, a programme's counts
    "Mitgliedschaft Premium 12 Monate", "Membership tier: Gold (Off-Peak)", "Club 593", "Club 481726",
    "Club ID: 481726", "Fidelity 2000", "Rewards points: 4817", "Member ID: required – see FAQ",
    "Tessera del Tifoso – come richiederla", "Spielerpass beantragen", "ficha federativa 2026",
    "Carnet de 10 tickets 481726",
    # a software's, a degree's licence; a federation's with no number
    "licence MIT", "Licence 3 Informatique", "Licence GPL 3.0", "Windows 11 Lizenz MS 2026",
    "Licence FFA – comment l'obtenir",
    # a shop's numbers and codes after their labels, a product's code beside a card's word
    "Order no. 481726", "N° commande : 481726", "Nº de pedido: 481726 (enviado)", "Numéro de série 481726",
    "Tarif code 481726", "Order ID: 481726 – Mitgliedschaft Premium", "EAN 4006746329132 Spielerpass Hülle",
    # a programme's words without its member's barcode, a barcode's shape without the programme
    "parkrun 5k Hackney Marshes – Saturday 9am", "Parkrun A4 poster", "Marathon bib A4817",
]


@pytest.mark.parametrize("text", ORDINARY_TEXTS)
def test_a_tier_a_product_a_licence_and_a_shop_s_number_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- keys ------------------------------------------------------------------------------------------------------------
PERSONAL_KEYS = [
    "lidmaatschapsnummer", "mitgliedschaftsnummer", "rewards_id", "penista_id", "numero_tessera_socio",
    "tessera_tifoso", "tessera_del_tifoso", "carnet_de_socio", "spielerpass", "spelerspas", "ficha_federativa",
    "licencia_federativa", "karta_zawodnika",
]
ORDINARY_KEYS = [
    "mitgliedschaft", "membership_tier", "rewards_points", "rewards", "club_id", "licence", "license_type", "tessera",
    "carnet", "tifoso", "fanclub",
]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_key_naming_a_member_s_number_or_card_is_personal(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_membership_s_or_a_club_s_attribute_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


# --- URL paths -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "personal"), [
    ("/abbonamenti/tessera-tifoso/481726/", True), ("/club/carnet-de-socio/481726", True),
    ("/abbonamenti/tessera-tifoso/come-richiederla", False), ("/club/481726", False),
])
def test_a_member_card_s_segment_before_its_number_is_personal(path: str, personal: bool) -> None:
    assert privacy._path_reason(path) is personal
