"""The address layouts of the fifteenth attack (postal.py): a Colombian street named by its number on the grid and
its house after `#` (`Calle 93 # 11-27`), Peruvian street words first (`Jr.`, `Jirón`, `Pje.`), a Peruvian block and
lot (`Mz. B Lt. 4`), Quito's numbering by quarter (`Av. Amazonas N34-451 y Av. Atahualpa`), a Canadian rural route
and its site or box (`RR 2, Site 7, Box 12`), a street line after a label naming an address (`Dirección de
despacho: Los Leones 1850, Ñuñoa`); exact verdicts, and the ordinary values next to each rule they must leave
alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    # Bogotá: the grid street's word and number, `#` or `No.`, the crossing street and the metres, the next part
    "Calle 93 # 11-27, Apto 502, Bogotá",
    "CALLE 93 # 11-27, APTO 502, BOGOTÁ",
    "Cra. 7 # 71-21, Torre B, Bogotá",
    "Carrera 15 No. 88-64, Bogotá",
    "Av. Calle 26 # 69D-91, Bogotá",
    "Calle 93B bis # 11A-27 sur, Bogotá",
    "Dg. 40A # 8-24\nBogotá",
    "Transversal 6 N° 27-10, Bogotá",
    "Cl. 72 No 10-34, Chapinero",
    "Calle 93 # 11-27 - Bogotá",
    # Lima: a street word first (`Jr.`, `Ca.` opening a part), a block and a lot
    "Jr. Huallaga 345, Cercado de Lima",
    "JR. HUALLAGA 345, CERCADO DE LIMA",
    "Jirón Huallaga 345, Cercado de Lima",
    "Envío a: Jr. Huallaga 345, Lima",
    "Pje. Los Pinos 120, Miraflores",
    "Ca. Los Pinos 123, Miraflores",
    "Prol. Iquitos 1250, Lince",
    "Mz. B Lt. 4, Urb. Los Olivos, Lima",
    "MZ. B LT. 4, URB. LOS OLIVOS, LIMA",
    "Manzana 12 Lote 5, San Juan de Lurigancho",
    "Mz B Lt 4, Comas",
    "Mza. C1 Lte. 12, Ate",
    # Quito: the quarter, the crossing street's number and the metres, maybe `y` and the crossing street
    "Av. Amazonas N34-451 y Av. Atahualpa, Quito",
    "AV. AMAZONAS N34-451 Y AV. ATAHUALPA, QUITO",
    "Av. 10 de Agosto N24-59 y Av. Colón, Quito",
    "Amazonas N34-451 y Av. Atahualpa, Quito",
    "Av. Amazonas N34-451 y Atahualpa, Quito",
    "Calle Toledo E9-45, Quito",
    # a Canadian or US rural route and its site, compartment or box, in either order
    "RR 2, Site 7, Box 12, Olds, AB T4H 1P3",
    "RR 2, SITE 7, BOX 12, OLDS, AB T4H 1P3",
    "Site 7 Comp 12 RR 2, Olds",
    "R.R. 3 Box 152, Smithville",
    "Rural Route 1, Box 40, Tweed",
    "RR #2 Site 7, Olds",
    # a street line after a label naming an address, the key lexicon calling it personal
    "Dirección de despacho: Los Leones 1850, Ñuñoa",
    "Dirección: Los Leones 1850, Ñuñoa",
    "Direccion de entrega: Pedro de Valdivia 123, Providencia",
    "Pedido 12; Dirección de despacho: Los Leones 1850, Ñuñoa",
    "Shipping address: 42 Wallaby, Sydney",
    "Lieferadresse: Am Markt 5, Berlin",
    '{"nota": "Dirección de despacho: Los Leones 1850, Ñuñoa"}',
]
ORDINARY_NEAR_ADDRESSES = [
    # a grid street's words without the house's `#` and dash, or with nothing after the line (README: not claimed)
    "Calle 93",
    "Calle 13 #1 Vinyl",
    "Calle 93 # 11-27",
    "Calle 93 # 11-27 - ver mapa",
    "Carrera 4 Sunglasses #12-14",
    "Porsche Carrera 911, 1:18",
    "Café Calle 5, 500 g",
    # `Jr.` after a name, `Ca.` as circa, a street word before a count
    "Sammy Davis Jr. Greatest Hits 12, Vinyl",
    "Martin Luther King Jr. Day 2024, Sale",
    "Jr. Huallaga 345",
    "Ca. 1850, Lima",
    "ca. Lincoln 1865, USA",
    "Pasaje 2, Adultos",
    # an apple (`manzana`) and a lot (`lote`) without a block's code before the lot's number
    "Manzana Verde Lote 4, Lima",
    "Manzana 500 g, Lote 12",
    "Lote 4, Mz",
    "Mz. B Lt. 4",
    "Manzana B, Lote 4 kg",
    # a model's code shaped as Quito's number, without a street word
    "Galaxy S24-128 y Funda, Negro",
    "Nike Air N34-451, Black",
    "Model N34-451 y Model S12-3, Pack",
    "Av. Amazonas N34-451",
    # a box, a site or a route without a rural route and its number
    "RR 2, Box Set",
    "Box 12, Site 7",
    "RR 2 Site 7",
    "Route 66 Sign",
    "Box Set Series 1-3, DVD",
    "Site 7 Box 12, x",
    # words and a number after a label not naming an address, or a store's address label, or nothing after the line
    "Phone: Pixel 8, Obsidian",
    "Teléfono: Samsung Galaxy 12, Negro",
    "Dirección de la tienda: Los Leones 1850, Ñuñoa",
    "Address: Pixel 8",
    "Dirección: Los Leones 1850",
    "Talla: M 12, Rojo",
    "Colour: Navy Blue 12, Slim",
    "Nombre: Camiseta Talla 12, Rojo",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_an_address_line_of_the_fifteenth_attack_is_an_address(value):
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", ORDINARY_NEAR_ADDRESSES)
def test_a_product_a_count_or_a_word_of_an_address_without_its_layout_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["Calle 93 # 11-27, Apto 502, Bogotá", "RR 2, Site 7, Box 12, Olds, AB T4H 1P3"])
def test_an_address_line_is_no_id(value):
    assert detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize("value", [
    "22 Thurloe Street SW7 2LT", "22 THURLOE STREET SW7 2LT", "221B Baker Street NW1 6XE", "10 Downing Street SW1A 2AA",
    "24 Sussex Drive K1M 1M4", "3 Kings Road A1B2C3", "Flat 3, 22 Thurloe Street SW7 2LT", '5 Mill Lane EH1 1AA"',
])
def test_a_street_line_ending_on_a_british_or_canadian_postal_code_is_an_address(value):
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", [
    "22 Jump Street DVD", "10 Downing Street Mug", "Model X5 2AB", "Abbey Road Vinyl SW7 2LT", "5th Avenue Tote",
    "22 Thurloe Street SW7 2LT Edition", "Route 66 Sign", "12 Angry Men DVD",
])
def test_a_street_or_a_code_alone_or_followed_by_more_words_goes_out(value):
    assert detector.reason(value) == ""
