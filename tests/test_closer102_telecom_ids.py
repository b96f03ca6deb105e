"""Closer 102 (the fifty-sixth attack's SIM, IMEI and porting families): a SIM card's ICCID and an eSIM chip's EID
by their layouts and checks, alone or labelled; an eSIM's activation code by its grammar; number porting codes after
their labels (telecom_ids.py); an IMEISV and a SIM card's number after their labels (the key lexicon's device ids);
a password's word glued after what qualifies it (`Kundenkennwort`: personal_keys.glued_credential). Both ways, with
numbers made for each rule, not the attack's."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import LABELLED_NUMBER, PERSONAL_KEY, key_reason
from meta_capi.labelled_values import SECRET
from meta_capi.national_ids import luhn
from meta_capi.telecom_ids import ESIM_ACTIVATION_CODE, EUICC_ID, PORTING_CODE, SIM_CARD


def iccid(body: str) -> str:
    """`body` (18 or 19 digits opening `89`) with Luhn's check digit."""
    digit = next(str(check) for check in range(10) if luhn(f"{body}{check}"))
    return f"{body}{digit}"


def eid(thirty: str) -> str:
    """Thirty digits opening `89` with the two check digits making the whole number 1 mod 97."""
    return f"{thirty}{98 - int(thirty + '00') % 97:02d}"


def fours(number: str, separator: str = " ") -> str:
    return separator.join(number[at:at + 4] for at in range(0, len(number), 4))


US_ICCID = iccid("8901260" + "481395" + "704123")  # (20 digits: the US's `01`, an issuer's `260`)
ES_ICCID = iccid("893401" + "481395" + "704512")  # (19 digits)
CN_ICCID = iccid("898600" + "4813957" + "041266")
IN_ICCID = iccid("899110" + "4813957" + "04127")
AU_ICCID = iccid("896101" + "481395" + "704192")
EID_DE = eid("8904403200" + "0000" + "4813957041261" + "883")
EID_FR = eid("8903304400" + "0012" + "0000004813957041")


def test_the_numbers_made_have_their_shapes() -> None:
    assert [len(number) for number in (US_ICCID, ES_ICCID, CN_ICCID, IN_ICCID, AU_ICCID)] == [20, 19, 20, 19, 19]
    assert all(luhn(number) for number in (US_ICCID, ES_ICCID, CN_ICCID, IN_ICCID, AU_ICCID))
    assert len(EID_DE) == len(EID_FR) == 32 and int(EID_DE) % 97 == int(EID_FR) % 97 == 1


# A SIM card's ICCID alone, in fours, with a phone's `F`, after labels in several languages, in a URL, in an id.
ICCIDS = [
    US_ICCID, ES_ICCID, f"{CN_ICCID}F", f"{IN_ICCID}f", fours(AU_ICCID), fours(US_ICCID, "-"),
    f"Numéro de carte SIM : {fours(ES_ICCID)}", f"Número de tarjeta SIM: {CN_ICCID}", f"SIM-Nr. {IN_ICCID}",
    f"Seriennummer der SIM {AU_ICCID}", f"https://shop.example/activate?sim={US_ICCID}&plan=1",
    f"esim/{AU_ICCID}/status", f"SIM {fours(IN_ICCID)}F (Rückseite)", f"Replacement SIM ordered, ICCID {ES_ICCID}",
]


@pytest.mark.parametrize("text", ICCIDS)
def test_a_sim_cards_iccid_is_its_number_in_text_and_in_ids(text: str) -> None:
    assert detector.reason(text) == SIM_CARD
    assert detector.reason(text, id_like=True) == SIM_CARD


# An eUICC's EID alone, in fours, after its label.
EIDS = [EID_DE, fours(EID_FR), f"EID: {EID_FR}", f"eSIM EID {fours(EID_DE)}", f"EID des Geräts {EID_DE}",
        f"device/{EID_FR}/profiles"]


@pytest.mark.parametrize("text", EIDS)
def test_an_esim_chips_eid_is_its_id(text: str) -> None:
    assert detector.reason(text) == EUICC_ID
    assert detector.reason(text, id_like=True) == EUICC_ID


# An eSIM's activation code: with or without `LPA:`, any case, an object id and a flag after it, percent-encoded.
ACTIVATION_CODES = [
    "LPA:1$consumer.rsp.example.net$ABCD-1234-EFGH-5678", "lpa:1$sm-v4-004-a-gtm.pr.example-esim.com$9F3C2A1B7E",
    "1$rsp.carrier.example$KCBF8-2N7XQ-31PZ6-4ETQM", "LPA:1$rsp.example.org$MATCH-1234$1.3.6.1.4.1.31746$1",
    "Scan LPA%3A1%24rsp.example.org%24QX7P-48139570", "Code d'activation : LPA:1$smdp.example.fr$TQ9-R7W2-4813",
]


@pytest.mark.parametrize("text", ACTIVATION_CODES)
def test_an_esims_activation_code_is_left_out_by_its_grammar(text: str) -> None:
    assert detector.reason(text) == ESIM_ACTIVATION_CODE
    assert detector.reason(text, id_like=True) == ESIM_ACTIVATION_CODE


# Porting codes after their labels, in the layouts their regulators give them, or one code's token after the words
# naming a porting or a migration code.
PORTING_CODES = [
    "PAC: ABC123456", "My PAC is XYZ 123 456", "pac code abc123456", "PAC number: QRT481395",
    "STAC: 123456ABC", "STAC 123 456 ABC", "Code RIO : 01E1234AB7C9", "RIO 06P A1B2C3 4D5",
    "Codice migrazione: OPI1234567890123A", "Porting code: 48213957", "Portierungscode: PK-4821-3957",
    "Overstapcode: OV48213957", "Port-out PIN: 482139", "codice di trasferimento: WND4813957A0412",
]


@pytest.mark.parametrize("text", PORTING_CODES)
def test_a_porting_code_after_its_label_is_left_out(text: str) -> None:
    assert detector.reason(text) == PORTING_CODE
    assert detector.reason(text, id_like=True) == PORTING_CODE


# An IMEISV (no check digit) and a SIM card's number (here without its Luhn digit) after their labels: the
# lexicon's device ids.
LABELLED = [
    "IMEISV 3520991148213958", "IMEISV: 35 209911 481395 21", "imeisv=3520991148213958",
    "SIM-Kartennummer: 8949 2277 2936 4104 72", "SIM card number: 894410267293640519",
    "simkaartnummer 894410267293640519",
]


@pytest.mark.parametrize("text", LABELLED)
def test_an_imeisv_and_a_sim_number_after_their_labels_are_labelled_numbers(text: str) -> None:
    assert detector.reason(text) == LABELLED_NUMBER


@pytest.mark.parametrize("key", ["imeisv", "IMEISV", "simkartennummer", "sim_card_number", "SimCardNumber",
                                 "numero_seriale_sim", "Kundenkennwort", "Kundenpasswort", "Servicekennwort",
                                 "klantwachtwoord", "kundlösenord", "Einmalpasswort"])
def test_their_keys_and_a_passwords_compounds_are_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


# A password's word glued after what qualifies it, in the languages that glue it (German, Dutch, Swedish, ...).
GLUED_PASSWORDS = ["Kundenkennwort: Quendrix1987", "Servicepasswort: Haldor42!", "klantwachtwoord: Tulp2024",
                   "Kundlösenord = Sommar99", "Kundenkennwort: vergessen?"]


@pytest.mark.parametrize("text", GLUED_PASSWORDS)
def test_a_value_after_a_glued_passwords_label_is_a_secret(text: str) -> None:
    assert detector.reason(text) == SECRET


# Ordinary neighbours: 19 or 20 digits opening `89` failing Luhn, other long ids, an EID failing its check, prices in
# dollars, products named PAC, STAC or Rio, labels with a field's state, and compounds about a password.
ORDINARY = [
    US_ICCID[:-1] + str((int(US_ICCID[-1]) + 1) % 10), ES_ICCID[:-1], "00340434161094027318", "2583142317963018239",
    "7304817260391234567", "EAN 8901030865278", EID_DE[:-1] + str((int(EID_DE[-1]) + 1) % 10),
    f"{US_ICCID}7", f"{fours(US_ICCID)} 7", "Order 8912 3456 7890 1234", "8912-3456-7890-1234-5678-9012",
    "Save 1$ at shop.example.com today", "Price: 1$ - 2$", "PAC-MAN 256", "PAC 2000 Gaming Chair",
    "Rio 2016 Olympics Poster", "RIO: 2016 edition", "Heat pump PAC 12kW", "STAC 2 Stacking Bins", "Stac 123456 kit",
    "Porting code required", "Codice di migrazione: non disponibile", "Rio de Janeiro 1:50000 map",
    "PAC code: required", "Space ABC123456", "Pacific Blue 128GB", "Studio 1234567 Rio", "PAC 2 x 123456",
    "Kennwortlänge: 8 Zeichen", "Passwortmanager: 1Password", "Kundenkennwort: erforderlich",
    "Kundenkennwort vergessen?", "eSIM activation: scan the QR code", "SIM card number (on the back of your SIM)",
    "Dual SIM 5G 128GB", "IMEISV supported", "Galaxy S24 8944 edition", "TAC 35209911", "EID Mubarak Gift Box 2026",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_neighbours_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["kennwortstaerke", "Kennwortlänge", "Passwortmanager", "passwort_status", "sim_type",
                                 "sim_count", "dual_sim", "esim", "Rechnungsnummer"])
def test_keys_about_a_password_or_a_sim_stay_ordinary(key: str) -> None:
    assert key_reason(key) == ""
