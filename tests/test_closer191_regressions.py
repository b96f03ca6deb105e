"""Closer 191: review 33's regressions of closers 182, 183 and 184 sent out again by rule, personal values beside them
kept.

- patient_records.NOT_PATIENTS: a disease's kind by language (`Disease`, `Syndrome`, `Lymphoma`, `Morbus`) is no
  patient's name after a lab result's `for`.
- personal_documents._names_a_patient (MEDICAL_PROVIDER_WORDS, a known town): a lab's or a hospital's words, or a
  word in capitals before a known town without the document's date, name no patient in a medical file's name.
- personal_documents._a_name: a business's name (brand_words.a_business_name) and a warehouse's or a factory's word
  (NOT_NAMES_BY_MEANING's workplace) are no candidate's in a CV's or a cover letter's file.
- personal_documents.an_issuer_or_a_kind (ISSUER_WORDS, RECIPIENT_KINDS, a country): a tax form's or a statement's
  issuer, country or recipients' kind is no holder.
- role_labels.a_recruiting_firms_branch: an agency's national branch after a recruiting role.
- exchange_accounts.a_programmes_code (PROGRAMME_WORDS, SEASONS): a programme's word as a referral code.
- postal.a_fields_answer (FIELDS_ANSWERS): a form's answer in place of a name (`Not Applicable`).
- detector.ABHA_PLACEHOLDERS: a form's placeholder before `@abdm`.
- postal._PRAYED_TO: God called in a prayer after `Panie`.
- personal_keys._about_a_person: a two-word holder's kind (`wallet_owner_type`).
- handles._NETWORK_PATHS and _a_marketplace_section: OpenSea's own sections (`pro`, `explore-music`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    'Lab results for Graves Disease', 'Blood test results for Cushing Syndrome', 'Krankschreibung für Morbus Bechterew',
    'Laborbefund_SYNLAB_Berlin.pdf', 'Arztbrief_VIVANTES_Klinikum.pdf', 'Referto_CENTRO_Diagnostica.pdf',
    'Anschreiben_Deutsche_Post.pdf', 'SiemensFactoryCV.pdf',
    'Account statement – Kraken Holdings', 'Tax report 2025 – Blockpit Finance', 'Tax report 2025 – New Zealand',
    'Form 1099-NEC issued to Independent Freelancers', 'Recruiter: Hays Deutschland',
    'Referral code: WELKOM', 'Invite code: WINTER2026', 'Name of individual: Mandatory',
    'Name of individual: Not Required', 'ABHA address: firstname@abdm', 'Panie Jezu, dziękujemy',
]
PERSONAL = [
    'Lab results for Jorvik Pellandre', 'Laborbefund_PELLANDRE_Jorvik.pdf', 'Ordonnance_HILTON_Paris_2026-01-14.pdf',
    'Anschreiben_Ilse_Wendtkamp.pdf', 'Account statement – Orla Quenby', 'Form 1099-K issued to Orla Quenby',
    'Recruiter: Ilse Wendtkamp', 'Recruiter: Michael B. Jordan', 'Referral code: ORLAQ', 'Referral code: USER4821',
    'Name of individual: Orla Quenby', 'ABHA address: jorvik.pellandre@abdm', 'Panie Marku, dziękujemy',
    # (the lead, at the merge: a patient's name after a hospital's word is read past it)
    'Laborbefund_KLINIKUM_PELLANDRE_Jorvik.pdf', 'Referto_OSPEDALE_Niguarda_PELLANDRE_Jorvik_2026-01-14.pdf',
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_personal_values_are_kept(value: str) -> None:
    assert detector.reason(value) != ""


def test_a_holders_kind_goes_out_and_the_holder_is_refused() -> None:
    assert detector.key_reason("wallet_holder_type") == ""
    assert detector.key_reason("wallet_owner_name") != ""


@pytest.mark.parametrize("url", ["https://opensea.io/explore-music", "https://opensea.io/pro"])
def test_opensea_sections_go_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


def test_an_opensea_profile_loses_its_path() -> None:
    assert privacy.clean_url("https://opensea.io/orla-quenby") == "https://opensea.io/"
