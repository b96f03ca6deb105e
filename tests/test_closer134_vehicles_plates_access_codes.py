"""Closer 134 (sixty-sixth attack: vehicles, plates, access codes).

- A VIN after its label by meaning (national_ids._VIN_LABEL, national_ids._OWN_VEHICLE): the vehicle named as one's
  own between (`Número de bastidor de mi coche:`), the label's short form in brackets (`N° de châssis (VIN) :`),
  Spanish `chasis`, Polish `numer nadwozia`/`podwozia`; Japan's chassis number after its label
  (national_ids._JAPANESE_CHASSIS: `車台番号：…`).
- A North American VIN split at its check digit or in its three groups (national_ids._SPLIT_VIN,
  national_ids.holds_split_vin): the check and an id's VIN layout, in text and in ids.
- A European VIN beside its owner or keeper (national_ids._EUROPEAN_VIN, national_ids._VEHICLE_OWNER).
- A plate after its label in lower case with a blank only (national_ids._BLANK_PLATE_LABEL: `matrícula …`,
  `kenteken …`, `for plate …`, `Kennzeichen …`), after one's own car as the label (national_ids._OWN_CAR_LABEL:
  `Mein Auto:`), both in a plate's strict measure (national_ids._strictly_plate_shaped); under a query's key naming a
  plate (national_ids.holds_plate_parameter, national_ids._PLATE_KEYS: `?reg=`, `&vrm=`, `kennzeichen=`).
- A full name after a person's document's number and a dash (named_in_text.document_named,
  named_in_text._DOCUMENT_WORDS: an insurance's document or claim, a fine, a notice, an appeal; `Carte verte n° … –
  …`, `Appeal PCN … – …`), as `Dossier client n° … – …` is, in ids too.
- A home's access code after its label (access_codes.ACCESS_CODE, access_codes._LABELLED, access_codes._NAMED_BEFORE):
  a gate's, a door's, an alarm's, an intercom's, a key safe's code or PIN by meaning and language, as a password.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

VEHICLE_ID = "holds a vehicle identification number"


def _vin(first8: str, last8: str) -> str:
    values = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", map(int, "12345678123457923456789"), strict=True))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(values[c] * w for c, w in zip(f"{first8}0{last8}", weights, strict=True)) % 11
    return f"{first8}{'X' if total == 10 else total}{last8}"


US_VIN = _vin("1FMCU9G6", "LU204718")
EU_VIN = "VF3ABCDEFGH204718"

VINS_LABELLED = [
    f"Número de bastidor de mi coche: {EU_VIN}", f"Nº de bastidor del vehículo: {EU_VIN}",
    f"N° de châssis (VIN) : {EU_VIN}", f"Numéro de châssis de ma voiture : {EU_VIN}",
    f"Numero di telaio della mia auto: {EU_VIN}", f"Chassisnummer van mijn auto: {EU_VIN}",
    f"Fahrgestellnummer (FIN): {EU_VIN}", f"Número de chasis: {EU_VIN}", f"Numer nadwozia: {EU_VIN}",
    f"nr podwozia {EU_VIN}", f"Numer VIN mojego auta: {EU_VIN}", "車台番号：NHP10-2047185", "車体番号 ZVW30-1204718",
]
VINS_SPLIT = [f"{US_VIN[:3]}-{US_VIN[3:9]}-{US_VIN[9:]}", f"{US_VIN[:8]} {US_VIN[8]} {US_VIN[9:]}",
              f"{US_VIN[:8]}-{US_VIN[8:]}", f"{US_VIN[:9]}-{US_VIN[9:]}", f"Trade-in {US_VIN[:9]} {US_VIN[9:]}"]
VINS_OWNED = [f"History check for {EU_VIN}, owner Marta Quellwig", f"{EU_VIN} – Halterin Marta Quellwig",
              f"Propriétaire : M. Quellwig, {EU_VIN}", f"Registered keeper Marta Quellwig ({EU_VIN})"]


@pytest.mark.parametrize("text", VINS_LABELLED + VINS_SPLIT + VINS_OWNED)
def test_a_vin_by_its_label_its_check_or_its_owner_is_refused(text: str) -> None:
    assert detector.reason(text) == VEHICLE_ID


@pytest.mark.parametrize("text", VINS_SPLIT[:3])
def test_a_split_vin_is_refused_in_an_id(text: str) -> None:
    assert detector.reason(f"ART-1,{text}", id_like=True) == VEHICLE_ID


VINS_ORDINARY = [
    "VIN decoder", "VIN check – free report", "Número de bastidor: dónde encontrarlo", "車台番号の確認方法",
    f"{US_VIN[:8]}-{'0' if US_VIN[8] != '0' else '1'}-{US_VIN[9:]}", "Bosch 0 986 494 052 brake pads",
    f"{EU_VIN} owner's manual", "Owner reviews: VW Golf 1.5 eTSI", "Stock no. 58214, owner 1",
    "Gates K015603XS timing kit", "OEM 5Q0 698 151 B", "A 000 180 26 09 Ölfilter",
]


@pytest.mark.parametrize("text", VINS_ORDINARY)
def test_vin_look_alikes_go_out(text: str) -> None:
    assert detector.reason(text) != VEHICLE_ID


ACCESS_CODE = "holds an access code after its label"
ACCESS_CODES = [
    "Gate code: 4711", "Key safe code 2580", "Alarm code 9043#", "Door code is 7319", "Entry code #20471",
    "Lockbox code: 3390", "Lock change for Mr Quellwig, gate code #204718", "Key safe by the back door, code 2047",
    "Torcode 4711", "Türcode: 20471", "Haustür-Code 4711", "Alarmcode 9043", "Schlüsseltresor Code 2580",
    "deurcode 4711", "code van de poort: 4711", "sleutelkluis code 2580", "code portail 4711", "digicode 12A45",
    "Code d'accès : 4711B", "código del portal 4711", "Código de la alarma: 9043", "codice cancello 4711",
    "codice citofono: 20471", "kod do domofonu 4711", "Kod bramy: 4711", "暗証番号：4711", "オートロック暗証番号 2047",
    "Intercom code 4711, 3rd floor",
]


@pytest.mark.parametrize("text", ACCESS_CODES)
def test_an_access_code_after_its_label_is_refused(text: str) -> None:
    assert detector.reason(text) == ACCESS_CODE
    assert detector.reason(text, id_like=True) == ACCESS_CODE


ACCESS_ORDINARY = [
    "Gate code required at delivery", "Alarm clock 7:00", "Key safe (4-digit code) – Black",
    "Key safe 4 digit code, wall mounted", "Motorcode DFGA 2.0 TDI", "Promo code SPRING25", "Gutscheincode WINTER-10",
    "Door colour code 7016", "Alarm system 4 zones, code panel 1234", "Gate pin 316 stainless",
    "Access code sent by e-mail", "digicode 2 boutons", "Locksmith – uPVC door lock change", "暗証番号の変更方法",
    "código del portal: cambiar",
]


@pytest.mark.parametrize("text", ACCESS_ORDINARY)
def test_access_code_look_alikes_go_out(text: str) -> None:
    assert detector.reason(text) != ACCESS_CODE


PLATE = "holds a vehicle's licence plate"
PLATES = [
    "Multa expediente 204718 matrícula 4718 KRT", "verbale targa GF 471 KT", "boete kenteken S-471-KT",
    "Parking ticket for plate 7ABC471 (CA)", "Bußgeldbescheid – Kennzeichen HH-VB 4718",
    "avis immatriculation GK-471-QF",
    "Mein Auto: HH-VB 4718", "My car: YR21 KXF", "Ma voiture : GK-471-QF", "Mi coche: 4718 KRT",
    "https://www.example-carvalue.co.uk/valuation?reg=YR21KXF&miles=48000",
    "https://pay.example-parking.com/fines/pay?pcn=WK47184&vrm=YR21KXF", "https://x.example/check?kennzeichen=HH-VB+4718",
    "https://x.example/assurance?immatriculation=GK-471-QF&step=2", "https://x.example/bollo?targa_auto=GF471KT",
    "https://x.example/?licence_plate=YR21KXF",
]


@pytest.mark.parametrize("text", PLATES)
def test_a_plate_after_its_loose_label_or_under_its_key_is_refused(text: str) -> None:
    assert detector.reason(text) == PLATE


PLATES_ORDINARY = [
    "Kennzeichenhalter aus Edelstahl", "https://x.example/?reg=eu", "https://x.example/?region=eu-west-1&x=1",
    "https://x.example/?reg=us-east-1", "https://x.example/signup?reg=1&step=2", "My car: 2019 BMW X5",
    "Porsche 911 Targa 4S 2021", "Licence plate LED 12V 5W", "kenteken 2019 checken", "matrícula 2026 abierta",
    "Kennzeichen EU 520x110 mm", "My car: VW Golf", "https://x.example/?plate=dinner&size=2",
]


@pytest.mark.parametrize("text", PLATES_ORDINARY)
def test_plate_look_alikes_go_out(text: str) -> None:
    assert detector.reason(text) != PLATE


PERSON_NAME = "holds a person's name"
DOCUMENTS = [
    "Carte verte n° FR/204718/26 – Marta Quellwig", "Appeal PCN WK20471842 – Marta Quellwig",
    "Policy MTR-204718-01 – QUELLWIG Marta", "Claim CLM-204718 - Marta Quellwig", "Polizza n. 2047183 – Marta Quellwig",
    "Bußgeldbescheid Az. 204718/26 – Marta Quellwig", "Multa expediente 204718 – Marta Quellwig",
    "Numer polisy OC 204718 – Marta Quellwig", "Bezwaar CJIB 2047184 – Marta Quellwig",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_name_after_a_document_s_number_and_a_dash_is_refused(text: str) -> None:
    assert detector.reason(text)  # (its number alone, after some labels)
    assert detector.reason(f"ART-1,{text}", id_like=True) == PERSON_NAME


DOCUMENTS_ORDINARY = [
    "Parking fine 2026 – Harbour Road", "Policy 2024 - Terms And Conditions", "Claim 204718 – approved",
    "Green card 204718 – Apply Now", "Carte verte n° FR/204718/26 – assurance auto", "PCN 204718 - Pay Online",
    "Appeal 2047184 – Step 2",
]


@pytest.mark.parametrize("text", DOCUMENTS_ORDINARY)
def test_document_look_alikes_go_out(text: str) -> None:
    assert detector.reason(text) != PERSON_NAME
