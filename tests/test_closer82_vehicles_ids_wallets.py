"""Closer 82 (attack 48): a VIN by its label's words in the lexicon's languages and, alone in free text, by North
America's full layout and check digit; a plate after Polish, Turkish and English labels; a person's id after its
holder's label (`Member ID:`, `Patient ID:`, `Policy number:`, an insured person's key); a Medicare MBI by its layout;
an airline ticket's number after its label; TRON's address by its checksum and Solana's after its label; a review's
handle; a booking's traveller after a salutation. Both ways: the ordinary neighbours of each rule (SKUs of seventeen
characters, `Member price`, `Policy: 30-day returns`, `Plate: ceramic`, `Solana: the blockchain explained`...) go
out. The values are built from each rule (check digits, checksums computed here), not the attack's."""

from __future__ import annotations

import hashlib
from typing import List, Tuple

import pytest

from meta_capi import detector
from meta_capi.detector import PERSONAL_KEY, key_reason
from meta_capi.handles import PAYMENT_ACCOUNT
from meta_capi.labelled_values import PERSON_ID
from meta_capi.national_ids import HEALTH_ID, PLATE, VEHICLE_ID, vin_checked
from meta_capi.reviews import PERSON_NAME
from meta_capi.travel_documents import AIRLINE_TICKET

NAME = PERSON_NAME
_VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _vin(draft: str) -> str:
    """`draft` (seventeen characters, `?` ninth) with its check digit."""
    return next(vin for vin in (draft[:8] + digit + draft[9:] for digit in "0123456789X") if vin_checked(vin))


def _unchecked_vin(draft: str) -> str:
    """`draft` with a ninth character that is not its check digit."""
    return next(vin for vin in (draft[:8] + digit + draft[9:] for digit in "0123456789") if not vin_checked(vin))


def _base58(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    text = ""
    while number:
        number, digit = divmod(number, 58)
        text = _BASE58[digit] + text
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + text


def _tron(seed: str, version: int = 0x41, broken: bool = False) -> str:
    """A TRON address from `seed`'s hash (its version byte and double SHA-256 checksum; `broken`: one checksum byte
    off)."""
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    checksum = bytearray(hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])
    if broken:
        checksum[0] ^= 1
    return _base58(payload + bytes(checksum))


def _solana(seed: str) -> str:
    return _base58(hashlib.sha256(seed.encode()).digest())


VIN_NA = _vin("2HGFC2F5?MH512840")  # (a maker's code, the year's `M`, a serial of digits)
VIN_EU = _unchecked_vin("VF1RFB00?51234567")  # (a European maker's: no check written)
assert not vin_checked(VIN_EU)
TRON = _tron("closer 82 wallet")
SOLANA = _solana("closer 82 key")

# (value, judged as an id, reason)
PERSONAL: List[Tuple[str, bool, str]] = [
    # a VIN after a vehicle id's label in the lexicon's languages: its check, or a European one's layout
    (f"Fahrgestellnummer: {VIN_EU}", False, VEHICLE_ID), (f"FIN {VIN_EU}", True, VEHICLE_ID),
    (f"Numéro de châssis : {VIN_EU}", False, VEHICLE_ID), (f"N° de châssis {VIN_EU}", False, VEHICLE_ID),
    (f"Número de bastidor: {VIN_EU}", False, VEHICLE_ID), (f"telaio {VIN_EU}", False, VEHICLE_ID),
    (f"Chassis number: {VIN_EU}", True, VEHICLE_ID), (f"chassisnummer {VIN_NA}", False, VEHICLE_ID),
    # a VIN alone in free text: North America's full layout and its check
    (VIN_NA, False, VEHICLE_ID), (f"Filter for my Civic, {VIN_NA}, thanks", False, VEHICLE_ID),
    # (closer 88: in an id too, by the whole layout, a model year's tenth and its codes' letters and digits mixed)
    (VIN_NA, True, VEHICLE_ID),
    (f"my car is {VIN_NA}", False, VEHICLE_ID),
    # a plate after its label: Polish, Turkish, English registration
    ("Numer rejestracyjny: KR 7J214", False, PLATE), ("numer rejestracyjny = PO 5T731", False, PLATE),
    ("Plaka: 06 ABC 123", False, PLATE), ("Plaka no: 35 TK 2291", False, PLATE),
    ("Vehicle registration: LB07 SEO", False, PLATE), ("Car registration number: KX19 PLW", False, PLATE),
    # a person's id after its holder's label: letters glued to the digits, six digits, a policy's number
    ("Member ID: XKD77120483", False, PERSON_ID), ("Patient ID: MR-553019", True, PERSON_ID),
    ("Patient-ID: 553019", False, PERSON_ID), ("Insured ID: QX-48812", False, PERSON_ID),
    ("Subscriber ID: ABC5530191", False, PERSON_ID), ("Policy no: PL/2024/7731", False, PERSON_ID),
    ("Policyholder ID = HX-99120", False, PERSON_ID),
    ("Policy number: 77312048", False, detector.LABELLED_NUMBER),
    # a Medicare MBI: dashed in free text, after its label run together
    ("MBI 7AC9-HN3-TY52", False, HEALTH_ID), ("card 5RW2-K74-UF18 attached", False, HEALTH_ID),
    ("Medicare number: 5RW2K74UF18", True, HEALTH_ID), ("MBI: 9D20-P01-XK88", False, HEALTH_ID),
    # an airline ticket's number after its label
    ("E-ticket no. 220-2991837465", False, AIRLINE_TICKET), ("ETKT 0572991837465 issued", True, AIRLINE_TICKET),
    ("Ticket number: 125-2991837465", False, AIRLINE_TICKET), ("N° de billet : 0572991837465", False, AIRLINE_TICKET),
    # TRON by its checksum, anywhere; Solana after its label
    (TRON, True, PAYMENT_ACCOUNT), (f"send USDT to {TRON} please", False, PAYMENT_ACCOUNT),
    (f"Solana: {SOLANA}", False, PAYMENT_ACCOUNT), (f"SOL address = {SOLANA}", True, PAYMENT_ACCOUNT),
    (f"Phantom → {SOLANA}", False, PAYMENT_ACCOUNT),
    # a review's handle, a booking's traveller after a salutation
    ("Review by @morvathel_22: great fit, 4 stars", False, NAME), ("Posted by @brindle_oak · 2 days ago", False, NAME),
    ("Buchung K7P2QX für Frau Liesel Ambrovik", False, NAME),
    ("Reservierung 4471 für Herrn Ottmar Quelling", False, NAME),
    ("Reservation 8812 for Mrs Dalia Fenwright", False, NAME),
]


@pytest.mark.parametrize(("value", "id_like", "expected"), PERSONAL)
def test_personal_values_are_recognized_with_their_reason(value: str, id_like: bool, expected: str) -> None:
    assert detector.reason(value, id_like=id_like) == expected


ORDINARY: List[Tuple[str, bool]] = [
    # SKUs and codes of seventeen characters: a dash, a blank, I/O/Q, letters closing it, or no check
    ("ABCDEFGH123456789", False), ("SKU-2024-ABCDE-123", False), ("ORD20240512123456", False),
    (_unchecked_vin("2HGFC2F5?MH512840"), False), ("4006381333931ABCD", False),
    ("Samsung QE55Q80CATXXU", False), ("VIN decoder tool", False), ("FIN-2024 spring sale", False),
    (f"SKU {VIN_NA}", False), (f"Art.-Nr. {VIN_NA}", False),  # (after a code's label: a code)
    # plates' labels before ordinary words
    ("Plate: ceramic, 27 cm", False), ("Plaka: Ahşap, 30 cm", False), ("Vehicle registration: 2024-05-01", False),
    ("Vehicle registration: required", False), ("Licence plate frame, chrome", False),
    # a holder's word with no id word, or an id's label with a state or a price
    ("Member price: 19.99", False), ("Policy: 30-day returns", False), ("Patient education leaflet", False),
    ("Member ID: required", False), ("Member ID: 1234", False), ("Return policy ID: see FAQ", False),
    ("Insurance: included", False), ("Frequent flyer miles explained", False),
    # MBI-like codes: not dashed as CMS prints them, no label (unbroken in an id: in free text, closer 87 reads it)
    ("7AC9HN3TY52", True), ("1AB4-TE5-MK73", False), ("Part 2EG4-TE5-MK73-B", False),
    # tickets with short numbers, no label
    ("Ticket #48172", False), ("Concert ticket 2024 for 2 people", False), ("Order 0742991837465", True),
    # wallets: a broken checksum, another version byte, Solana's word with no key
    (_tron("closer 82 wallet", broken=True), False), (_tron("closer 82 wallet", version=0x42), False),
    ("Solana: the blockchain explained", False), (SOLANA, False),
    ("T-Shirt TRON Legacy Light Cycle 2010 edition", False),
    # a review by a brand, a booking for a number of people
    ("Reviewed by @admin: ok", False), ("Booking 4 for Two People", False), ("Buchung 2 für Zwei Personen", False),
]


@pytest.mark.parametrize(("value", "id_like"), ORDINARY)
def test_ordinary_neighbours_go_out(value: str, id_like: bool) -> None:
    assert detector.reason(value, id_like=id_like) == ""


@pytest.mark.parametrize("key", ["insured_number", "policy_number", "policyNo", "frequent_flyer_number",
                                 "frequentFlyerNumber", "policyholder_id", "numero_assicurato", "insuree_id"])
def test_an_id_holders_keys_are_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["policy", "return_policy", "policy_id", "policy_url", "insured_value",
                                 "frequent_flyer", "insurance", "shipping_insurance"])
def test_their_words_alone_stay_ordinary(key: str) -> None:
    assert key_reason(key) == ""
