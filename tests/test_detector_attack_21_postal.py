"""The address layouts of the twenty-first attack (postal.py): the eighteenth attack's two parts with Oman's way,
Lesotho's village and a numbered block by kind; an opening unit of Cotonou (a carré) or Southern Africa (an erf) and a
plot's long number before a numbered place; a post office box in Arabic or with a private bag's letter; layouts with
no mark ending their parts (a box and its town, a zone's numbered parts, an Antananarivo lot); a Ghana digital
address after a label naming an address; a whole id read as a street line and its town. Exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS

ADDRESSES = [
    # two parts by kind: a way (Muscat), a village (Maseru), a block (Khartoum, Kuwait) beside a home's unit
    "سكة ٢٧١٩، مبنى ١٤٨٠، الخوير",
    "سكة 4012, منزل 7",
    "Ha Thetsane, House 45, Maseru 100",
    "Ha Abia, House 12",
    "Khartoum 2, Block 12, House 45",
    "Block 4, Building 17, Jabriya",
    # an opening unit by its word and number, then its place
    "Carré 123, Quartier Akpakpa, Cotonou",
    "carré 1045, Quartier Gbégamey, Cotonou",
    "Erf 1234, Klein Windhoek",
    "Erf 5521, Olympia",
    "Plot 12345, Extension 9, Gaborone",
    "Plot 2841, Block 8, Gaborone",
    # a box: in Arabic, a private bag's letter, and with no mark before its town
    "ص.ب ١٢٣٤٥ الكويت",
    "ص.ب 4411, الدوحة",
    "Private Bag X12, Gaborone",
    "BP 1234 Lomé",
    "B.P. 2156 Cotonou",
    "Envoyer à\nBP 88 Niamey",
    "PO Box 301 Maseru",
    "POB 1234 Accra",
    # a zone's numbered parts with no mark (Doha's blue plate)
    "Zone 66 Street 950 Building 12",
    "ZONE 25 STREET 230 BUILDING 9",
    # an Antananarivo lot, its code opening on a Roman numeral, then its quarter
    "Lot II M 45 Bis Antanimena",
    "Lot IVG 123 Ambohipo",
    # a Ghana digital address after a label naming an address or a place
    "GhanaPost GPS: GA-123-4567",
    "My location: GE-2310-1234",
]

NEAR_MISSES = [
    "BP 1234 Engine Oil",
    "BP 2024 Annual Report",
    "PO Box 12 Crayons Pack",
    "House 2, Season 1, Episode 4",
    "Plot 12, Chapter 3, Summary",
    "Zone 3 Training Plan",
    "Zone 2 Street Style Building Blocks",
    "Lot 45 Antique Clock",
    "Lot II Vintage Posters",
    "SKU: GA-123-4567",
    "Model: AB-1234-5678",
    "Block 12 Puzzle, 500 pieces",
    "Ha ha, great product",
    "Erf function table",
    "Carré de soie 90, Hermès",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_address_of_the_twenty_first_attack_is_found(address: str) -> None:
    assert detector.reason(address) == POSTAL_ADDRESS


def test_a_digital_address_after_a_label_personal_alone_is_a_labelled_number() -> None:
    # (`gps` is a personal key word: the label names the number before the layout would; dropped either way)
    assert detector.reason("GPS: AK-039-5028") == detector.LABELLED_NUMBER


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_ordinary_value_near_those_layouts_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("path", "found"), [
    ("/account/BP 1234 Lomé/tickets", POSTAL_ADDRESS),
    ("/delivery/Zone 66 Street 950 Building 12/", POSTAL_ADDRESS),
    ("/catalog/BP 1234 Engine Oil/", ""),
    ("/catalog/Zone 3 Training Plan/", ""),
])
def test_an_unmarked_layout_in_a_url_path_is_read_in_its_segment(path: str, found: str) -> None:
    assert detector.reason(path.replace("/", "\n"), segments=True) == found


@pytest.mark.parametrize(("order_id", "found"), [
    ("Ilica 242, Zagreb", POSTAL_ADDRESS),
    ("Jalan Merdeka 12, Bandung", POSTAL_ADDRESS),
    ("Kaya Flamboyan 27, Willemstad", POSTAL_ADDRESS),
    ("Pick-Up At Stand 12, Market", ""),
    ("ORD-1234, Paid", ""),
    ("Batch 2024, Spring", ""),
    ("Order 1045", ""),
    ("Ilica 242", ""),
])
def test_an_id_reading_whole_as_a_street_line_and_its_town_is_an_address(order_id: str, found: str) -> None:
    assert detector.reason(order_id, id_like=True) == found
