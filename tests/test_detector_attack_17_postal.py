"""The address layouts of the seventeenth attack (postal.py): a home's unit by its word and number next to a quarter's,
a building's or a street's part or another unit (`Cité 200 Logements, Villa n° 14,`, `Lot 45, Ilot 12,`), after its
numbered quarter (`Sicap Liberté 6 Villa 1234,`), metres and a direction from a landmark (`del Parque Central 200 m
al norte,`), a street named by its number with the crossing street's or the house's (`Rue 10 x 11,`, `Calle 4 #23,`),
a numbered zone after a street line (`6a Avenida 12-45, Zona 10`), a street word's abbreviation and a dashed house
number after an address label (`Dirección: Av. Reforma 8-20,`); exact verdicts, and the ordinary values next to each
rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    # a home's unit as a part of its own next to a building's, a quarter's or a street's part
    "Bd Zerktouni, Résidence Nour, Appt 12, Casablanca",
    "BD ZERKTOUNI, RÉSIDENCE NOUR, APPT 12, CASABLANCA",
    "Cité 200 Logements, Villa n° 14, Bab Ezzouar, Alger",
    "Cite 200 Logements, Villa No. 14\nBab Ezzouar",
    "Calle 50, Edificio Zqtorre, Piso 3, Apto 3B, Panamá",
    "Urb. Los Ríos, Casa 12, Santo Domingo",
    "Villa 3, Cité des Pins, Alger",
    "Casa 12, Calle Luna, Heredia",
    "Quartier Plateau, Appartement 4; Abidjan",
    # two units of different words
    "Cocody Riviera 3, Lot 45, Ilot 12, Abidjan",
    "Piso 3, Apto 3B, Panamá",
    "Lote 4, Bloque 2, Santo Domingo Este",
    # a home's unit after its numbered quarter
    "Sicap Liberté 6 Villa 1234, Dakar",
    "SICAP LIBERTÉ 6 VILLA 1234, DAKAR",
    "Riviera Golf 4 Villa 12, Cocody",
    # metres and a direction from a landmark, either way round
    "del Parque Central 200 m al norte, casa 14, San José",
    "De la Iglesia 100 metros al sur, Heredia",
    "200 m al norte de la Iglesia, casa 4",
    "A 100 metros al sur del Parque, Heredia",
    "50 varas al oeste del Colegio Lincoln, Moravia",
    "200 m au nord de la Mosquée, Villa 3",
    # a street named by its number and the crossing street's, or the house's after `#` or `n°`
    "Rue 10 x 11, Médina, Dakar",
    "RUE 10 X 11, MÉDINA, DAKAR",
    "Rue 12 n° 5, Medina, Dakar",
    "Urb. Zqlosrios, Calle 4 #23, Santo Domingo",
    "Calle 4 #23 - Santo Domingo",
    # a numbered zone after a street line
    "6a Avenida 12-45, Zona 10, Ciudad de Guatemala",
    "Calle Montúfar 5-18, Zona 9",
    "4a Calle 7-25 Zona 1, Guatemala",
    # a street word's abbreviation and a dashed house number after an address label
    "Dirección: Av. Zqreforma 8-20, Zona 9",
    "Dirección: Av. Zqreforma 8-20, Centro",
    "Merci beaucoup ! Dirección: Av. Zqreforma 8-20, Zona 9 — à bientôt",
]
ORDINARY_NEAR_ADDRESSES = [
    # a unit's word without its number, or a lot of an auction or a batch
    "Villa Sandals Beach Towel, 2 pack",
    "Casa Bacardí Gift Set, 70 cl",
    "Lot of 12 Pens, blue",
    "Lot 2026-11-B",
    "Lot 3, Lot 4, Lot 5",
    "Torre Eiffel Print, Lot 2, A3",
    "Bloc 5, Pack 12, Bleu",
    "Cite 5, Lot 3",
    "Apto para microondas, 2 piezas",
    "Piso 3 Rug, 120x60 cm",
    "Apartment 12, Blue Sneakers",
    "Sector 7 Game, Piso 2, Edition",
    # a unit with nothing after it (README: a street line with nothing after it is not claimed)
    "Piso 3, Apto 3B",
    "Villa 3, Cite des Pins",
    # a size or a count with `x`, a street word before a product's number
    "Pack 2 x 500 ml, Vanille",
    "Residence Collection Sheets, 140 x 200",
    "Rue 10 x 11",
    "Rue 21 Tee, Size M",
    "Route 66 Mug, 350 ml",
    "Calle 8 Sneakers 42, white",
    "Calle 13 #1 Vinyl",
    "Colonia 4711, 100 ml, Original",
    # a zone's word without a street line before it, a distance without a direction
    "Zona Rosa Candle, 200 g",
    "Zona 10 Tote, Black",
    "Hotel a 200 m de la playa, vistas",
    "Size 38-40-42-44",
    # a store's address label, an address label before a product
    "Dirección de la tienda: Av. Zqreforma 8-20, Zona 9x",
    "Dirección: Av. Zqreforma 8-20",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_an_address_line_of_the_seventeenth_attack_is_an_address(value):
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", ORDINARY_NEAR_ADDRESSES)
def test_a_product_a_count_or_a_unit_without_its_address_layout_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["Cité 200 Logements, Villa n° 14, Bab Ezzouar, Alger", "Rue 10 x 11, Médina, Dakar"])
def test_an_address_line_is_no_id(value):
    assert detector.reason(value, id_like=True) == ""
