"""Closer 121 (sixty-second attack: charities and pets).

- The deceased after a memorial phrase in French (its stem `memoi` reached at last) and the languages it lacked
  (memorials.MEMORIAL_PHRASES: `Don en mémoire de …`, `Til minde om …`, `Na památku …`).
- A donor's or a supporter's number after its label, their words by meaning and language an account's holder's
  (key_lexicon.DONORS: `Supporter no.`, `Spendernummer`, `Förderer-Nr.`, `N° de donateur`).
- An owner's or a keeper's label before a full name, in any case (key_lexicon.OWNERS: `owner: …`, `Pet owner:`,
  `Besitzerin:`, `Propriétaire :`), and German's in running text (`…, Halterin Anna …,`); German `Halter` alone, a
  stand's as often, only in lower case or before an honorific.
- A name in a certificate's or a badge's file past the credential's code naming its kind (personal_documents:
  `<Family>_<Given>_DBS_certificate.pdf`, `DBS_Certificate_<Given>_<Family>.pdf`), not a standard's or a mark's
  (`ISO`, `CE`).
- A post code narrowing to a street after a post code's label, maybe its town after it, filling its field
  (labelled_values, key_lexicon.POST_CODES: `postcode: LS6 2QB`, `Postal code: K1A 0B6`, `Eircode: D02 X285`), not a
  store's (`Store postcode:`) nor a district's digits alone (`PLZ: 10827`, `Pincode: 500034`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"
LABELLED_NUMBER = "holds a number labelled as personal data"
PERSONAL_KEY = "personal key"
POST_CODE = "holds a post code after its label"

# --- a memorial phrase before the deceased's full name --------------------------------------------------------------
MEMORIAL_NAMES = [
    "Don en mémoire de Jeanne Quendrix", "Don à la mémoire de Jeanne Quendrix", "En mémoire de Paul Quendrix",
    "Dons en mémoire de feue Jeanne Quendrix", "Til minde om Jens Quendrix", "Til minne om Ola Quendrix",
    "Na památku Jana Quendrixe", "Na pamiatku Jána Quendrixa", "În memoria lui Ion Quendrix",
    "În amintirea ei Ana Quendrix", "U spomen na Ivana Quendrixa", "V spomin na Janeza Quendrixa",
    "En memòria de Jordi Quendrix",
]


@pytest.mark.parametrize("text", MEMORIAL_NAMES)
def test_the_deceased_after_a_memorial_phrase_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


MEMORIAL_ORDINARY = [
    "Carte mémoire SanDisk 64 Go", "Mousse à mémoire de forme 128 x 190", "En mémoire de nos soldats",
    "Les Mémoires de Hadrien – Folio", "Faire un don en mémoire d'un proche", "Collection Souvenir de Paris",
    "Na památku z Prahy – hrnek", "Til minde om – mindeindsamling", "In Memoria – Kerzen",
]


@pytest.mark.parametrize("text", MEMORIAL_ORDINARY)
def test_a_memorial_word_without_a_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a donor's or a supporter's number after its label ---------------------------------------------------------------
SUPPORTER_NUMBERS = [
    "Supporter no. 48172639 – Winter Appeal", "Supporter number: 48172639", "Supporter ID: SP-48172639",
    "Supporter# 48172639", "Spendernummer: 48172639", "Spender-Nr. 48172639", "Förderer-Nr. 48172639",
    "Fördermitgliedsnummer 48172639", "Unterstützer-Nr. 48172639", "N° de donateur : 48172639",
    "Numéro donatrice 48172639", "Donante nº 48172639", "Numero sostenitore 48172639", "Lahjoittajanumero 48172639",
]


@pytest.mark.parametrize("text", SUPPORTER_NUMBERS)
def test_a_supporter_s_number_after_its_label_is_refused(text: str) -> None:
    assert detector.reason(text) == LABELLED_NUMBER


SUPPORTER_ORDINARY = [
    "Supporter Care – contact us", "Supporters Club 1892", "Supporter ID: required",
    "Förderer werden – ab 5 € im Monat", "Supporter 2026 Tee – size M", "Donor wall 2026", "Devenez donateur",
    "Unterstützer-Paket Gold",
]


@pytest.mark.parametrize("text", SUPPORTER_ORDINARY)
def test_a_supporter_s_word_without_their_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["supporter_id", "supporterNumber", "spendernummer", "foerderer_nr", "numero_donateur",
                                 "sostenitore_id"])
def test_a_supporter_s_number_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


# --- an owner's or a keeper's label before a full name ---------------------------------------------------------------
OWNER_NAMES = [
    "Collar tag 7 – owner: Anna Quendrix", "owner: Anna Quendrix", "Owner: Anna Quendrix",
    "Pet owner: Anna Quendrix", "Registered owner: Anna Quendrix", "Co-owner: Anna Quendrix",
    "Besitzerin: Anna Quendrix", "Eigentümer: Jan Quendrix", "Tierhalterin: Anna Quendrix",
    "Propriétaire : Jeanne Quendrix", "Dueña: Ana Quendrix", "Proprietario: Marco Quendrix",
    "Eigenaar: Jan Quendrix", "Właścicielka: Anna Quendrix", "Ägare: Anna Quendrix",
    "Vermisst seit 02.12.: Kater Felix, Halterin Anna Quendrix, bitte über TASSO melden",
    "Kater Felix, Besitzer Jan Quendrix, bitte melden", "Entlaufen: Hündin Luna – Hundehalterin Anna Quendrix",
    "halter: Jan Quendrix", "Halter: Herr Jan Quendrix",
]


@pytest.mark.parametrize("text", OWNER_NAMES)
def test_a_full_name_after_an_owner_s_or_a_keeper_s_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


OWNER_ORDINARY = [
    "Halter: Edelstahl Silber", "Handyhalter: Schwarz Matt", "Owner's Manual: Model X 2026", "Owner: required",
    "Owner: You", "Besitzer: 2", "Previous owners: 1", "Eigentümer: Stadtwerke München GmbH",
    "Dog owners love it: KONG Classic Large", "Propriétaire : oui", "Owner: Acme Ltd",
]


@pytest.mark.parametrize("text", OWNER_ORDINARY)
def test_an_owner_s_label_without_a_person_s_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["owner", "owner_type", "besitzer", "proprietaire", "halterin"])
def test_an_owner_s_word_alone_in_a_key_stays_ordinary(key: str) -> None:
    assert detector.key_reason(key) == ""


# --- a name in a certificate's file past the credential's code -------------------------------------------------------
CERTIFICATE_FILES = [
    "Quendrix_Anna_DBS_certificate_2026.pdf", "Anna_Quendrix_DBS_Certificate.pdf", "QUENDRIX_Anna_CRB_certificate.pdf",
    "Anna_Quendrix_PMP_Badge.png", "DBS_Certificate_Anna_Quendrix.pdf", "PVG_Zertifikat_Anna_Quendrix.pdf",
    "Jan-Quendrix-DBS-certificate.pdf",
]


@pytest.mark.parametrize("text", CERTIFICATE_FILES)
def test_a_name_in_a_certificate_s_file_past_its_code_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(text, id_like=True) == PERSON_NAME


CERTIFICATE_ORDINARY = [
    "Royal_Canin_ISO_Certificate.pdf", "ISO_Certificate_Royal_Canin.pdf", "Acme_Pets_CE_Certificate.pdf",
    "Sample_DBS_Certificate.pdf", "DBS_Certificate_Template.pdf", "Gift_Voucher_XMAS_Certificate.pdf",
    "ISO_Certificate_9001.pdf", "DBS_certificate_guidance_2026.pdf",
]


@pytest.mark.parametrize("text", CERTIFICATE_ORDINARY)
def test_a_certificate_s_file_naming_no_person_goes_out(text: str) -> None:
    assert detector.reason(text, id_like=True) == ""


# --- a post code after its own label ---------------------------------------------------------------------------------
POST_CODES = [
    "Gift Aid details – house number: 14, postcode: LS6 2QB", "postcode: SW1A 1AA", "Postcode: ls6 2qb",
    "Post code: LS62QB", "Delivery postcode: M1 1AE", "Your postcode: G2 1DU", "Postcode: LS6 2QB (Leeds)",
    "Postal code: K1A 0B6", "Code postal : H2X 1Y4 Montréal", "Postcode: 1012 AB Amsterdam", "Eircode: D02 X285",
    "Zip code: SW1A1AA", "Postleitzahl: EC1A 1BB",
]


@pytest.mark.parametrize("text", POST_CODES)
def test_a_post_code_after_its_label_is_refused(text: str) -> None:
    assert detector.reason(text) == POST_CODE


POST_CODE_ORDINARY = [
    "Store postcode: LS1 4AP", "Postcode: required", "Postcode checker: enter your postcode", "Zip: 2-way",
    "PLZ: 10000 mAh", "Cap: 2026", "Zip: YKK 5", "Zip code: see below", "CP : 6 ans", "Postcode: LS6 (district)",
    "Zip: 3 pack", "PLZ-Bereich: 10", "ZIP: 2026 edition", "Postcode: 2000 SD",
    # (a district's digits alone, as attack 25's ordinary PIN codes)
    "PLZ: 10827", "PLZ: 10827 Berlin", "Pincode: 500034", "Code postal : 69003 Lyon", "CAP: 00184 (Roma)",
]


@pytest.mark.parametrize("text", POST_CODE_ORDINARY)
def test_a_post_code_s_label_without_a_post_code_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
