"""Closer 100 (issue 16, fifty-fourth attack): a patient's E-Rezept (its task id in gematik's dotted layout, its access
code of 64 hex digits after its label, the accept operation or an `ac` parameter beside the prescription's words) is
left out wherever it stands, as a credential is; a hex id of the same length with none of those beside it (a cart's
hash, a commit, an ETag) goes out. The values are made up for the rule, not the attack's."""

from __future__ import annotations

from typing import Optional

import pytest

from meta_capi import detector, e_prescriptions, privacy

PRESCRIPTION = e_prescriptions.PRESCRIPTION
HEX = "3b9d0c7e5a1f4e2d8c6b0a9f7e5d3c1b2a4f6e8d0c2b4a6f8e0d2c4b6a8f0e2d"
TASK = "160.100.920.004.318.55"
PRIVATE_TASK = "200.013.004.118.620.07"
SHOP = "https://apotheke.example"


# --- an e-prescription in text: its task id, its access code after its label or the accept operation
@pytest.mark.parametrize("text", [
    f"Task/{TASK}/$accept?ac={HEX}",
    '{"urls":["Task/' + PRIVATE_TASK + '/$accept?ac=' + HEX + '"]}',
    f"E-Rezept {TASK}",
    f"Rezept-ID: {PRIVATE_TASK}",
    "169.555.000.123.456.78 (in der App scannen)",
    f"Zugangscode {HEX}",
    f"Zugangs-Code: {HEX.upper()}",
    f'"accessCode": "{HEX}"',
    f"access_code={HEX}",
    f"Code d'accès : {HEX}",
    f"código de acceso {HEX}",
    f"codice di accesso {HEX}",
    f"toegangscode {HEX}",
    f"kod dostępu: {HEX}",
    f"Rezept einlösen: ac={HEX}",
    f"prescription link ?ac={HEX}",
])
def test_an_e_prescription_s_task_id_or_access_code_is_personal(text: str) -> None:
    assert detector.reason(text) == PRESCRIPTION


# ... and ordinary numbers and hex ids of the same shapes, with none of the prescription's words or layout
@pytest.mark.parametrize("text", [
    f"ETag {HEX}", f"commit {HEX}", f"sha256:{HEX}", f"cart {HEX}", f"ac={HEX}", f"?ac={HEX}&lang=de",
    f"Zugangscode {HEX[:40]}",  # (too short for an access code)
    "160.000.481.726.012", "Preis 160.000.481,70 €", "v160.100.920.004.318.55", "1.160.100.920.004.318.55",
    "10.0.26100.2314", "Rezept 123.456.789", "Ibuprofen 400 mg, Rezept nicht nötig",
])
def test_hex_ids_and_dotted_numbers_without_the_prescription_s_words_are_not(text: str) -> None:
    assert detector.reason(text) != PRESCRIPTION


@pytest.mark.parametrize(("url", "cleaned"), [
    (f"{SHOP}/e-rezept/einloesen?task={TASK}&ac={HEX}", f"{SHOP}/e-rezept/einloesen"),
    (f"{SHOP}/e-rezept/einloesen?ac={HEX}&utm_source=app", f"{SHOP}/e-rezept/einloesen?utm_source=app"),
    (f"{SHOP}/redeem?task={PRIVATE_TASK}&ac={HEX}&lang=de", f"{SHOP}/redeem?lang=de"),
    (f"{SHOP}/prescription/accept?ac={HEX}", f"{SHOP}/prescription/accept"),
    # an `ac` that is no access code, a hex hash under another key: kept
    (f"{SHOP}/e-rezept?ac=on&step=2", None),
    (f"{SHOP}/cart?ac={HEX}", None),
    (f"{SHOP}/cart?hash={HEX}&ac=1", None),
])
def test_a_url_s_access_code_and_task_id_are_removed_from_its_query(url: str, cleaned: Optional[str]) -> None:
    assert privacy.clean_url(url) == (url if cleaned is None else cleaned)


# --- a US National Drug Code in its layouts (4-4-2, 5-3-2, 5-4-1, and 5-4-2 for its eleven digits), alone or after
# its label, or after another register's label: a drug code, in text and in an id
DRUG_CODES = [
    "0169-7501-11", "0093-7267-56", "0173-0715-20", "51079-456-20", "00093-311-01", "60505-2671-3", "00409-4888-02",
    "NDC 0045-0502-60", "NDC: 12345-678-90", "NDC# 0378-1800-10", "ndc 0904-6734-61", "NDC 0781-2020-01",
    "Metformin 500 mg, NDC 65862-008-01", "PZN 0781150610", "NDC 0573016440",
]


@pytest.mark.parametrize("code", DRUG_CODES)
@pytest.mark.parametrize("id_like", [False, True])
def test_a_drug_code_s_layout_or_label_is_no_phone_number(code: str, id_like: bool) -> None:
    assert detector.reason(code, id_like=id_like) == ""


# ... and a phone number in its own layouts; in a drug code's after a phone's label, a call word, `00` and a country's
# code, or as a plan's mobile after its trunk prefix with no drug code's label (a French `0647-8329-15`, an
# Australian `0409-4888-02`): still one
PHONES = [
    "0781 150610", "0781/150610", "+1 781-150-6100", "+49 781 150610", "781-250-6100", "Tel. 0169-7501-11",
    "Handy: 0151-4817-26", "bitte Rückruf 0173-0715-20", "NDC 0781 150610", "0647-8329-15",
    "0409-4888-02", "06478-329-15", "0781-1506-10",
]


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize("id_like", [False, True])
def test_a_phone_number_beside_the_drug_codes_stays_one(phone: str, id_like: bool) -> None:
    assert detector.reason(phone, id_like=id_like) == detector.PHONE


def test_a_drug_code_s_layout_dialled_abroad_in_text_stays_a_phone_number() -> None:
    assert detector.reason("00491-7612-34") == detector.PHONE  # (`00`, Germany's code and a length of its plan)
