"""Closer 111 (the fifty-seventh attack's EMAID, charging card, licence, toll, travel card and own plate families): an
e-mobility contract id by its layout in a text naming a contract, an account or a charge; a charging card's UID or
printed number, a toll transponder's id and a travel card's number after their labels; the UK's DVLA licence number
by its layout alone and India's after `DL` (mobility_ids.py); a plate after words naming one's own vehicle
(national_ids.py's plate labels). Both ways, with values made for each rule, not the attack's."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.mobility_ids import (
    CHARGING_CARD,
    DRIVING_LICENCE,
    EMOBILITY_CONTRACT,
    TOLL_TRANSPONDER,
    TRAVEL_CARD,
)
from meta_capi.national_ids import PLATE

# Each value with the reason its own rule gives, in free text and in an id (a label's words say it is text).
PERSONAL = [
    ("Vertragsnummer: AT-VER-C4B8217K3-9", EMOBILITY_CONTRACT),
    ("EMAID NL-EVB-C12X48K73", EMOBILITY_CONTRACT),
    ("contract id FR-TOT-C0482K17M-Q", EMOBILITY_CONTRACT),
    ("Mein Ladevertrag läuft über DE-EWE-C7Q2K8351-4", EMOBILITY_CONTRACT),
    ("emaid=SE-CLE-C00482173-Z&plan=basic", EMOBILITY_CONTRACT),
    ('{"emaid":"BE-ALL-C92K41730"}', EMOBILITY_CONTRACT),
    ("e-MA-ID: DEEWEC7Q2K83514", EMOBILITY_CONTRACT),
    ("charging card UID 04-A2-19-7C-3E-51-80", CHARGING_CARD),
    ("RFID UID: 5a:3c:19:e2", CHARGING_CARD),
    ("Ladekarte Nr. DE*EWE*4821739*2", CHARGING_CARD),
    ("laadpas nummer NL-EVB-482173-X", CHARGING_CARD),
    ("Carte de recharge n° 4821 7390 1122", CHARGING_CARD),
    ("tarjeta de recarga número ES-IBD-4821739", CHARGING_CARD),
    ("karta do ladowania 4821739011", CHARGING_CARD),
    ("Telepass numero 482173905", TOLL_TRANSPONDER),
    ("SunPass transponder 4821739051", TOLL_TRANSPONDER),
    ("Via-T n.º 4821739051 de mi coche", TOLL_TRANSPONDER),
    ("Bip&Go badge 48217390", TOLL_TRANSPONDER),
    ("OV-chipkaart nummer 3528 0482 1739 0011", TRAVEL_CARD),
    ("BahnCard 50 Nr. 7081 4110 4821 7390", TRAVEL_CARD),
    ("photocard no. 48217390", TRAVEL_CARD),
    ("Navigo 4821739011 de ma fille", TRAVEL_CARD),
    ("SMITH861019J99AB", DRIVING_LICENCE),
    ("smith861019j99ab", DRIVING_LICENCE),
    ("JONES 562142 AB9CD", DRIVING_LICENCE),
    ("LI999706219AK9XY", DRIVING_LICENCE),
    ("https://shop.example/rent?dl=BROWN710305JR3ST&x=1", DRIVING_LICENCE),
    ("Driving licence KA05-2019-0012345", DRIVING_LICENCE),
    ("Immatriculation de ma voiture : GH-482-QX", PLATE),
    ("Numéro d'immatriculation de mon véhicule : AB-123-CD", PLATE),
    ("Targa della mia macchina: GK 482 TQ", PLATE),
    ("Matrícula de mi moto: 4821 KTV", PLATE),
    ("Kennzeichen meines Fahrzeugs: M-QX 4817", PLATE),
    ("Kenteken van mijn auto: 48-KTV-2", PLATE),
    ("My vehicle's registration: RT21 XQV", PLATE),
    ("Vehicle no. KA 05 MX 4821", PLATE),
    ("nr rejestracyjny mojego samochodu: WX 48172", PLATE),
]


@pytest.mark.parametrize(("text", "reason"), PERSONAL)
def test_a_drivers_or_travellers_own_id_is_left_out(text: str, reason: str) -> None:
    assert detector.reason(text) == reason
    assert detector.reason(text, id_like=True) == reason


def test_an_indian_licence_after_dl_number_is_left_out() -> None:
    # (closer 234 reads `dl` as a driving licence's label word: in free text its number is read as an id first)
    assert detector.reason("dl number TN0920180048217") == detector.NATIONAL_ID
    assert detector.reason("dl number TN0920180048217", id_like=True) == DRIVING_LICENCE


# Brazil's plate after `Placa` and one's own car: in free text only (`Placa` is a board as often in an id).
@pytest.mark.parametrize("text", ["Placa do meu carro: QXD4E17", "Placa do meu veículo QXD-4817"])
def test_ones_own_brazilian_plate_is_left_out_in_text(text: str) -> None:
    assert detector.reason(text) == PLATE


# Caught by an earlier rule (a phone's groups, a licence's label): left out all the same.
@pytest.mark.parametrize("text", ["E-ZPass tag # 00482173951", "FASTag ID 3416 1FA8 2032 8EE2 0482 1739",
                                  "Oyster card 0482 1739 0118", "DL No. KA05 20190012345",
                                  "Driving licence number: SMITH861019J99AB"])
def test_the_same_ids_caught_by_earlier_rules_are_left_out(text: str) -> None:
    assert detector.reason(text)


# The trade's public codes and products beside them: charge points' EVSE ids (type `E`), cables, card holders,
# fare products, a licence's course, a plate's holder, a form's page after an own vehicle's words.
ORDINARY = [
    "DE*ION*E40201", "DE-ION-E40201", "DE*EBW*E106102*1", "EVSE-ID DE*ICE*E0001", "NL-GFX-E02178",
    "Contract DE-ION-E40201 pricing", "Charging account GB-BPC-E1021-2", "Schokolade DE8AAC57391401X",
    "Führerschein Klasse B196 Kurs", "Kennzeichenhalter 520x110 mm", "fleet 12345", "Chargemap Pass RFID card",
    "Type 2 to Type 2 charging cable 7 m 32 A", "RFID Schutzhülle 10 Stück 4006381333931", "Ladekabel 7,5 m 32 A 400 V",
    "Ladekarte Design 2026 limited", "tessera di ricarica 10 euro", "Contrato de recarga 50 kWh plan",
    "BahnCard 25 2. Klasse", "BahnCard 100 1. Klasse 2026", "Oyster photocard 16+ Zip", "OV-chipkaart opladen 20 euro",
    "Navigo Semaine Zones 1-5", "Season ticket 2026/27 prices", "photocard 16-25 Railcard", "Telepass Pay X 2026",
    "FASTag recharge 500 INR", "Transponder chip ID48 for keys", "Vehicle no. 3 in the series",
    "Immatriculation de mon véhicule : démarches en ligne", "Targa del mio veicolo: prezzi 2026", "DL 5 litres",
    "DL No. 12", "SKU-CABLE-T2-7M", "ACRISS CDMR", "Kia EV6 GT-Line AWD 77,4 kWh",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_the_trades_public_codes_go_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""
