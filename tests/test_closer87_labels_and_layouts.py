"""Closer 87 (attack 50): an id holder's label in the lexicon's other languages (Polish, Turkish, Arabic, Hindi,
Japanese, Portuguese), `MRN`, airlines' programmes' names; a VIN after its Turkish, Portuguese and Arabic labels,
in groups or in lower case after its label (its check decides), dashed in its three groups; a plate after Polish
`Nr rej.` and Brazil's layouts after `Placa`; a Medicare MBI bare in its whole layout; an airline ticket after its
labels in those languages and after `/eticket/` in a path. Both ways: the ordinary neighbours (`Member price`,
`Policy: 30-day returns`, a board after `Placa`, Mercosur-shaped SKUs with no label, SKUs of the same lengths) go out.
The values are built from each rule (check digits computed here), not the attack's."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from meta_capi import detector
from meta_capi.detector import PERSONAL_KEY, key_reason
from meta_capi.national_ids import HEALTH_ID, PLATE, VEHICLE_ID, vin_checked
from meta_capi.travel_documents import AIRLINE_TICKET

LABELLED = "holds a number labelled as personal data"


def _vin(draft: str) -> str:
    """`draft` (seventeen characters, `?` ninth) with its check digit."""
    return next(vin for vin in (draft[:8] + digit + draft[9:] for digit in "0123456789X") if vin_checked(vin))


def _unchecked_vin(draft: str) -> str:
    return next(vin for vin in (draft[:8] + digit + draft[9:] for digit in "0123456789") if not vin_checked(vin))


EU_VIN = _vin("TMBJJ7NE?F0391527")
US_VIN = _vin("2T1BU4EE?DC052846")
WRONG_VIN = _unchecked_vin("TMBJJ7NE?F0391527")

PERSONAL: List[Tuple[str, str]] = [
    # an id holder's label, by meaning, in other languages
    ("Numer członkowski: 30571948", LABELLED), ("Nr pacjenta 30571948", LABELLED),
    ("Numer polisy: 30571948", LABELLED), ("Üye No: 30571948", LABELLED), ("Hasta no: 30571948", LABELLED),
    ("Müşteri No: 30571948", LABELLED), ("Poliçe No: 305719-02", LABELLED), ("رقم العضوية: 30571948", LABELLED),
    ("رقم المريض: 30571948", LABELLED), ("सदस्य आईडी: 30571948", LABELLED), ("ग्राहक संख्या: 30571948", LABELLED),
    ("मरीज़ आईडी: 30571948", LABELLED), ("患者ID：30571948", LABELLED), ("証券番号：305719-33", LABELLED),
    ("Número da apólice: 3057194", LABELLED), ("MRN: 30571948", LABELLED), ("mrn 30571948", LABELLED),
    ("SkyMiles number: 30571948", LABELLED), ("MileagePlus no. 30571948", LABELLED),
    # a VIN after its other labels; in groups, dashed, in lower case with its check
    (f"Şasi numarası: {EU_VIN}", VEHICLE_ID), (f"Chassi {EU_VIN}", VEHICLE_ID), (f"الهيكل: {US_VIN}", VEHICLE_ID),
    (f"VIN: {EU_VIN[:3]} {EU_VIN[3:9]} {EU_VIN[9:]}", VEHICLE_ID), (f"vin# {US_VIN.lower()}", VEHICLE_ID),
    (f"VIN {US_VIN[:9]}-{US_VIN[9:]}", VEHICLE_ID), (f"Auto {EU_VIN} verkauft", VEHICLE_ID),
    (f"#fz={EU_VIN}", VEHICLE_ID), (f"ref {EU_VIN[:3]}-{EU_VIN[3:9]}-{EU_VIN[9:]}", VEHICLE_ID),
    # a plate after Polish `Nr rej.`, Brazil's after `Placa`
    ("Nr rej. KR 7C391", PLATE), ("nr.rej. PO3K571", PLATE), ("Placa: RTB2F71", PLATE), ("placa: HJK-3057", PLATE),
    ("Placa do veículo RTB2F71", PLATE),
    # an MBI bare in its whole layout; in lower case after its label
    ("card 7KD3WM4PR19 ok", HEALTH_ID), ("/member/7KD3WM4PR19/claims", HEALTH_ID), ("MBI 7kd3-wm4-pr19", HEALTH_ID),
    # an airline ticket after its labels in other languages, after `/eticket/`
    ("Numer biletu: 0573057194826", AIRLINE_TICKET), ("E-bilet numarası: 2353057194826", AIRLINE_TICKET),
    ("Bilhete: 0473057194826", AIRLINE_TICKET), ("رقم التذكرة 0653057194826", AIRLINE_TICKET),
    ("टिकट संख्या: 0983057194826", AIRLINE_TICKET), ("/trips/eticket/0573057194826", AIRLINE_TICKET),
]


@pytest.mark.parametrize(("value", "expected"), PERSONAL)
def test_personal_values_are_recognized_with_their_reason(value: str, expected: str) -> None:
    assert detector.reason(value) == expected


ORDINARY: List[str] = [
    "Member price: 30571948", "Policy: 30-day returns", "Numer katalogowy: 30571948", "Bilet no 12",
    "Bilet No: 30571", "Placa: B450M", "Placa base ABC1D23", "SKU ABC1D23", "ABC1D23", "Nr rej. 2024",
    "SKU-7KD3WM4PR19", "7KD3 WM4 PR19 kit", "1AB2345678X", f"VIN: {WRONG_VIN[:3]} {WRONG_VIN[3:9]} {WRONG_VIN[9:]}",
    f"ref {WRONG_VIN[:3]}-{WRONG_VIN[3:9]}-{WRONG_VIN[9:]}", "ABC-DEFGHJ-KLMN4817", f"Auto {WRONG_VIN} verkauft",
    "Hasta luego", "Chassi preto",
    "/eticket/help", "Ticket 0573057194826 shipped", "証券会社 ランキング", "患者さま向け",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_neighbours_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", ["uye_no", "hasta_no", "musteri_no", "numer_polisy", "police_number", "mrn"])
def test_their_keys_are_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["police", "police_font", "hasta", "policy_id", "skymiles_tier"])
def test_their_words_alone_stay_ordinary(key: str) -> None:
    assert key_reason(key) == ""
