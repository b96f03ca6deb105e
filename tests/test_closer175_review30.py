"""Closer 175 (review 30's findings): session 41's regressions first, then older values and keys.

- A donation on a receipt from a firm, a bank or a place of worship goes out: a bank's, a savings bank's or an energy
  firm's word (brand_words.BRAND_WORDS: `Sparkasse Köln`, `Total Energies`), a place of worship's word by language or
  a saint's title opening the name (brand_words.WORSHIP_PLACES, brand_words.a_place_of_worship: `St Mary's Church`,
  `Parroquia Santiago`), read by brand_words.a_business_name; `Church` or `Temple` alone ends a family name too.
- A pair of the table's goods engraved is a motif, no couple (record_names._TABLE_GOODS: `Salt & Pepper`, `Sel et
  Poivre`); a given name alone in a couple is read with its partner's last word, and an empty print's word by language
  is a given name there (record_names._EMPTY_PRINTS: `Anna & Tom`).
- A recommendation's verb after a review's rating is the review's words, no reviewer (reviews._RECOMMENDS: `… ★★★★ – je
  recommande`).
- A national plan's non-geographic range after a business line's label is the line's (phone_plans._LABELLED_LINE,
  phone_plans.labelled_business_line, read by detector._toll_free: the UK's 0808 and 03 lines, Spain's 900 to 902),
  and a business line's label is two words too (personal_keys._LINE_OWNERS, _LINE_WORDS, _FREE_WORDS: `Business
  line`, `Teléfono gratuito`); without the label `0300 …` stays a phone (Pakistan's mobiles).
- An animal's age in weeks and its `old` by language (audiences._OLD_AFTER_WEEKS: `Alter: 8 Wochen alt`).
- An animal's word before a sex's, a gender's word, or a passport's word and its fee, as a key
  (personal_keys._an_animals_attribute, _ANIMALS: `pet_sex`, `hund_geschlecht`, `pet_passport_fee`).
- A named party's key before or after a name's word: a referrer's or an inviter's, a wedding's couple or witness, an
  animal's keeper or a donor by language (personal_keys._a_named_party, _NAMED_PARTIES: `referred_by_name`,
  `brautpaar_namen`, `trauzeuge_name`, `spender_name`, `nom_parrain`); the bare referrer, its source or a count stay
  ordinary.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # (brand_words.a_business_name: a firm's, a bank's, a place of worship's donation)
    "Receipt – donation from Volksbank Mittelhessen", "Receipt: donation from Green Energy",
    "Donation receipt – gift from St Anne’s Parish", "Recibo – donativo de Parroquia Santiago",
    "Ricevuta – donazione di Chiesa Valdese", "Spendenquittung – Spende von Pfarrei St. Martin",
    "Reçu fiscal – don de Banque Populaire", "Receipt – donation from Christ’s Chapel",
    "Thanks to St Mary’s Church",
    # (record_names._TABLE_GOODS)
    "Gravur: Salz & Pfeffer", "Engraved: Fish & Chips", "Gravure : Sel et Poivre", "Engraving: Gin & Tonic",
    "Grabado: Pan y Vino", "Engraving: Milk & Cookies",
    # (reviews._RECOMMENDS)
    "Sehr gute Qualität ★★★★★ – ich empfehle", "Great product ★★★★★ – highly recommended",
    "Producto excelente ★★★★★ – lo recomiendo", "Ottimo prodotto ★★★★★ – consigliato",
    "Bardzo dobry produkt ★★★★★ – polecam",
    # (phone_plans.labelled_business_line after personal_keys.a_business_line's label)
    "Freefone 0808 100 2040", "Service line 0370 010 0222", "Customer service line: 0300 123 4567",
    "Línea gratuita: 900 800 900", "Customer line: 0344 800 2400",
    # (audiences._OLD_AFTER_WEEKS)
    "Age: 10 weeks old", "Leeftijd: 9 weken oud",
]
PERSONAL = [
    "Receipt – donation from Charlotte Church", "Receipt – donation from Orla Temple",
    "Receipt – donation from Orla Banks", "Receipt – donation from Marta Power",
    "Spendenquittung – Spende von Tobias Kranewitter", "Reçu fiscal – don de Léa Dubois",
    "Engraving: Anna & Tom", "Engraving: Tom & Anna", "Engraving: Pepper & Tom", "Engraving: Salt & Orla",
    "Gravur: Brot & Tobias Kranewitter", "Engraving: Orla & Tobias",
    "Super qualité ★★★★ – léa dubois", "Super qualité ★★★★ – Léa Dubois", "Great product ★★★★★ – Orla Fennimore",
    "Ali Khan 0300 123 4567 Lahore", "Call 0300 123 4567", "0345 600 0000", "Mobile: 0808 157 0192",
    "Business line: 07700 900123", "Tel: 0345 600 0000", "Orla 0345 600 0000",
    "Age: 38 years old", "Alter: 38 Jahre alt", "Alter: alt",
]
ORDINARY_KEYS = [
    "referrer", "referrer_source", "invited_by", "spender_count", "donor_type", "tierhalter_type",
    "referrer_name_length", "dog_gender", "hund_geschlecht", "puppySex", "petPassportPrice", "pet_passport_holder",
]
PERSONAL_KEYS = [
    "empfohlen_von_name", "witness_name", "bestManName", "nom_parrain", "nombre_padrino", "name_referrer",
    "tierhalterin_name", "pet_passport_number", "pet_owner_name", "pet_owner_gender", "sex",
    "gender", "pet_passport", "user_sex", "customer_gender", "pet_sex_owner_email",
]


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_ordinary_keys_go_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_personal_keys_are_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_values_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_personal_values_are_kept(text: str) -> None:
    assert detector.reason(text) != ""
