"""Closer 58 (thirty-ninth attack): what shoppers type into a shop's forms. A delivery's "to" and a guest's word in
more languages before a name, plate labels of more languages, Dutch and Polish salutations, a Chinese name before a
full-width colon, Swedish and Polish "born", and a label with what it names as text in an id field; both ways:
ordinary shop values near each rule go out, personal ones are kept."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.personal_keys import names_personal_data

# A name after a delivery's "to" (German, Dutch, Spanish, Swedish) or a guest's label (the shops' languages).
LABELLED_PERSONAL = [
    "Lieferung an: Ilsabet Wachtelbruck", "Leveren aan: Ilsabet Wachtelbruck", "Entregar a: Ilsabet Wachtelbruck",
    "Leverera till: Ilsabet Wachtelbruck", "LEVEREN AAN: ILSABET WACHTELBRUCK", "Gastname: Renske Tarvellini",
    "Nombre del huésped: Renske Tarvellini", "Nome dell'ospite: Renske Tarvellini",
    "Nom de l'invité : Renske Tarvellini", "Naam gast: Renske Tarvellini", "Imię i nazwisko gościa: Renske Tarvellini",
    "Imię gościa: Renske Tarvellini", "Nome e cognome dell'ospite: Renske Tarvellini",
]
# A place of the building after the same labels, a guest's network or room, a label of a shop's own.
LABELLED_ORDINARY = [
    "Guest WiFi name: ShopFree", "Gast WLAN: Shop Free", "Leveren aan: Hoofdingang", "Lieferung an: Haupteingang Nord",
    "Leverera till: Ingång B", "Entregar a: Conserjería", "Entregar a: Recepción Principal",
    "Lieferung an: Packstation 123", "Leveren aan: voordeur, niet aanbellen", "Entregar a: portería",
    "Gastzimmer: 2 Betten", "Ospite: 2 adulti", "Invité : 1 enfant", "Huésped adicional: 25 EUR",
    "Goście: 2 osoby", "Naam en adres van de winkel: Example Shop",
]


@pytest.mark.parametrize("value", LABELLED_PERSONAL)
def test_a_name_after_a_delivery_s_or_a_guest_s_label_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", LABELLED_ORDINARY)
def test_a_place_or_a_count_after_those_labels_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", ["leveren_aan", "entregar_a", "lieferung_an", "gastname", "nome_ospite",
                                 "nombre_huesped", "imie_goscia"])
def test_their_words_as_keys_are_personal(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize("key", ["gast_wlan", "guest_wifi", "ospite_numero", "huesped_adicional", "lieve_kleuren",
                                 "targa_edition", "entrega_domicilio", "leveren_naar_winkel"])
def test_ordinary_keys_near_them_are_not(key: str) -> None:
    assert not names_personal_data(key)


# A plate after its Spanish, Italian, Polish or Swedish label.
PLATE_PERSONAL = [
    "Matrícula: 4821 KTV", "Targa: GK 482 TQ", "Tablica rejestracyjna: WX 48217", "Registreringsnummer: TRV 482",
    "Parking, matrícula: 1234-BCD", "Targa = AB 123 CD",
]
PLATE_ORDINARY = [
    "Targa: 2024 edition", "Porsche 911 Targa 4 GTS", "Targa commemorativa 20x30 cm", "Matrícula 2024/25: 150 EUR",
    "Targa Florio 1955 poster", "Tablica rejestracyjna ozdobna 52 cm", "Registreringsnummer krävs",
    "Bargain 2 for 1", "Matrícula gratuita",
]


@pytest.mark.parametrize("value", PLATE_PERSONAL)
def test_a_plate_after_its_label_is_kept(value: str) -> None:
    assert detector.reason(value) == detector.PLATE


@pytest.mark.parametrize("value", PLATE_ORDINARY)
def test_a_product_near_a_plate_s_word_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A salutation and one given name called by a mark (Dutch, Polish), a Chinese name before a full-width colon.
CALLED_PERSONAL = [
    "Lieve Annelvie, gefeliciteerd met je verjaardag!", "Kochana Annelvie, wszystkiego najlepszego!",
    "Kochany Tomku, sto lat!", "親愛的王霓蔓：生日快樂！", "亲爱的王霓蔓：生日快乐！",
]
CALLED_ORDINARY = [
    "Lieve kleuren set", "Lieve Mama, fijne moederdag!", "Kochana Mamo, wszystkiego najlepszego!",
    "Lieve schat, ik hou van je", "Kochanie, kocham cię", "Lieve, lieve kleuren", "Kochana babciu, sto lat!",
    "親愛的：生日快樂", "Lieve Oma, alles liefs!",
]


@pytest.mark.parametrize("value", CALLED_PERSONAL)
def test_a_name_called_by_a_salutation_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", CALLED_ORDINARY)
def test_a_salutation_to_the_family_or_a_product_s_word_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A date after Swedish or Polish "born".
BORN_PERSONAL = ["Född 2019-09-22", "Urodzona 19.09.2019", "Urodzony 1.05.2019", "FÖDD 2019-09-22",
                 "Född: 22 september 2019", "Mia, född 2019-09-22"]
BORN_ORDINARY = ["Född i Sverige tröja", "Urodziny 19.09.2024", "Fodder 2024-05-01", "Född 1990 t-shirt",
                 "Urodziny Zosi, 12.05.2024", "Födelsedagskort 2024"]


@pytest.mark.parametrize("value", BORN_PERSONAL)
def test_a_date_after_born_is_kept(value: str) -> None:
    assert detector.reason(value) == detector.BIRTH_DATE


@pytest.mark.parametrize("value", BORN_ORDINARY)
def test_a_birthday_s_date_or_a_product_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# In an id field: a label and what it names are two words, text; one word or a code is an id.
ID_PERSONAL = ["お名前：樫鳰 瑞穂", "Numberplate: RT21 XQV", "Matrícula: 4821 KTV", "Name: Ottilie Quellhofer",
               "Ilica 242, Zagreb"]  # (an id that reads whole as a street line and its town stays judged as one)
ID_ORDINARY = ["Blue Sneakers", "SKU-1", "ORD-000123", "ABC 123", "Size: 42", "Colour: Blue", "Targa: 2024 edition",
               "Running Socks - Size 42", "Order 4500012345", "Gift card 50€", "Variant: Dark Blue", "Lieve kleuren"]


@pytest.mark.parametrize("value", ID_PERSONAL)
def test_a_label_and_what_it_names_in_an_id_field_is_kept(value: str) -> None:
    assert privacy.free_text(value, "content_ids", id_like=True) == ""


@pytest.mark.parametrize("value", ID_ORDINARY)
def test_an_id_or_a_product_s_words_in_an_id_field_go_out(value: str) -> None:
    assert privacy.free_text(value, "content_ids", id_like=True) == value
