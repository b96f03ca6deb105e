"""Closer 110 (the fifty-eighth attack: work): people named by their part at work, the candidate's, the employee's,
the holder's and the owner's words by meaning and language (key_lexicon.PARTIES: after their label, in running text in
lower case, a German one opening a field, under a URL's bare key holding a name), a sole trader's legal form before
its one person's name (France's `EI`), a Japanese honorific in kana or kanji after a romanized name, a street line
before its post code and town with no mark between, Germany's social insurance number alone by its check; and a
business's tax numbers that go out: a VAT id with its country's prefix and its check, a Polish NIP after its label
with its check (company_numbers.py)."""

from __future__ import annotations

import pytest

from meta_capi import company_numbers, detector, personal_keys, privacy

NAME = "holds a person's name"
ADDRESS = "holds a postal address"
NATIONAL_ID = "holds a national id number"
LABELLED_NUMBER = "holds a number labelled as personal data"

# --- names by their part at work ------------------------------------------------------------------------------------
NAMED = [
    # a candidate's label, by language
    "Candidate: Orla Quenby – Backend Engineer (REQ-2031)", "Kandidatin: Orla Quenby", "Candidat : Orla Quenby",
    "Candidata: Orla Quenby, CV allegato", "Kandydatka: Orla Quenby – rekrutacja", "Sollicitant: Orla Quenby",
    # ... and in a record's first field, German capitalized, before a bar, a semicolon or a line break
    "Bewerberin Orla Quenby | Stelle 2031-DEV", "Kandidat Orla Quenby; Status: offen",
    # an employee in running text or after a label
    "Cedolino 10/2031 dipendente Orla Quenby matricola 7741", "employee Orla Quenby, cost centre 4110",
    "Mitarbeiterin: Orla Quenby", "Salariée : Orla Quenby", "Empleada: Orla Quenby", "Pracownik: Orla Quenby",
    # a certificate's or a business's holder and owner
    "Holder: Orla Quenby | Credential 7741AB", "Titulaire : Orla Quenby", "Titolare: Orla Quenby",
    "Quenby Malerbetrieb e.K., Inh. Orla Quenby", "Gartenbau e.K., Inhaberin Orla Quenby",
    # a French sole trader's legal form before its person's name, the family name in capitals too
    "EI Orla QUENBY – SIRET 552 100 554 00021", "Facture n° 12, EI Orla Quenby", "EIRL Orla QUENBY",
    # a Japanese honorific in kana or kanji after a romanized name, glued too
    "面接予約：Quenby Orla 様 12月12日", "Orla Quenby様", "Quenby Orla さま", "Orla Quenby 殿、ご確認ください",
]
NOT_NAMED = [
    "Candidate Experience Manager (m/w/d)", "Candidate: Shortlisted", "Employee Benefits Guide 2031",
    "Employee: of the month", "Holder: Included", "Mitarbeiter Rabatt 10 %", "Bewerber Tipps und Tricks",
    "Kandidat | Status", "EI 2031 Rapport annuel", "SARL Quenby Conseil",
    "Pack EI Deluxe Edition - 3 pièces", "仕様書 様式 12月", "Hello Kitty 様式",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_name_after_a_part_at_work_a_sole_trader_s_form_or_a_kana_honorific_is_refused(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", NOT_NAMED)
def test_a_title_s_words_a_product_s_holder_and_a_form_alone_go_out(text: str) -> None:
    assert detector.reason(text) == ""


PERSONAL_KEYS = ["candidate_name", "kandidat_nr", "bewerber_id", "employee_name", "dipendente_nome", "holder_name",
                 "inhaber_name", "titulaire_nom", "mitarbeiter_id", "numero_empleado", "staff_id", "personalnummer"]
ORDINARY_KEYS = ["candidate", "employee", "holder", "employees", "staff_pick", "placeholder", "candidates_count"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_key_naming_a_candidate_s_an_employee_s_or_a_holder_s_name_or_number_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_part_s_word_alone_is_no_personal_key(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


URLS = [
    ("https://jobs.example.com/apply/thanks?job=JR-2031&candidate=Orla%20Quenby",
     "https://jobs.example.com/apply/thanks?job=JR-2031"),
    ("https://learn.example.com/certificate?holder=Orla+Quenby&course=ITIL4",
     "https://learn.example.com/certificate?course=ITIL4"),
    ("https://hr.example.de/akte?mitarbeiter=Orla%20Quenby&tab=2", "https://hr.example.de/akte?tab=2"),
    ("https://ats.example.de/?bewerber=Orla%20Quenby", "https://ats.example.de/"),
]
URLS_KEPT = [
    "https://jobs.example.com/search?candidate=remote&page=2", "https://jobs.example.com/filter?employees=50-200",
    "https://shop.example.com/p/phone?holder=magnetic&color=black",
]


@pytest.mark.parametrize(("url", "cleaned"), URLS)
def test_a_candidate_s_an_employee_s_or_a_holder_s_name_under_its_key_is_cut(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url, "page url") == cleaned


@pytest.mark.parametrize("url", URLS_KEPT)
def test_a_filter_or_a_product_s_holder_under_those_keys_goes_out(url: str) -> None:
    assert privacy.clean_url(url, "page url") == url


# --- a street line before its post code and town, no mark between ----------------------------------------------------
ADDRESSES = [
    "Note de frais – domicile 12 rue des Lilas 69003 Lyon", "12 rue des Lilas 69003 Lyon",
    "Fahrt von Hauptstraße 5 10115 Berlin", "Via Roma 5 00184 Roma",
    "Keizersgracht 12 1015 CS Amsterdam", "42 Elm Street 10115 Berlin", "Rue des Lilas 12 69003 Lyon",
    "ul. Lipowa 58 30-702 Kraków",
]
NOT_ADDRESSES = [
    "Levis 501 Original 32 Blue", "Route 66 Edition 12345 Collector", "Puzzle 3 1000 Pieces",
    "Sesame Street 2 Elmo", "12 rue des Lilas", "Salle 12 Lyon", "Tour 2031 Lyon 69003",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_a_street_line_before_its_post_code_and_town_is_refused(text: str) -> None:
    assert detector.reason(text) == ADDRESS


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_a_product_s_numbers_or_a_street_line_alone_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- Germany's social insurance number alone -------------------------------------------------------------------------
def _sv(area: str, birth: str, letter: str, serial: str) -> str:
    digits = f"{area}{birth}{ord(letter) - 64:02d}{serial}"
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(char) * weight, 10)) for char, weight in zip(digits, weights, strict=True))
    return f"{area}{birth}{letter}{serial}{total % 10}"


SV_NUMBERS = [_sv("12", "010190", "M", "51"), _sv("53", "311299", "Q", "07"), _sv("65", "170839", "J", "00")]


@pytest.mark.parametrize("number", SV_NUMBERS)
def test_a_social_insurance_number_alone_is_refused_in_text(number: str) -> None:
    assert detector.reason(number) == NATIONAL_ID
    assert detector.reason(f"meine SV {number.lower()} bitte") == NATIONAL_ID


@pytest.mark.parametrize("number", SV_NUMBERS)
def test_the_same_layout_with_a_wrong_check_or_after_a_code_s_label_goes_out(number: str) -> None:
    wrong = f"{number[:-1]}{(int(number[-1]) + 1) % 10}"
    assert detector.reason(wrong) == ""
    assert detector.reason(f"SKU {number}") == ""


# --- a business's tax numbers go out ---------------------------------------------------------------------------------
BUSINESS_NUMBERS = [
    "IT01234567897", "IT 00743110157", "P.IVA IT00743110157", "FR 40 303265045", "FR40303265045",
    "NIP 5261044737", "NIP 526-104-47-37", "BE0403170701", "PL5261044737",
]
PERSONAL_NUMBERS = [
    ("IT01234567898", "holds a phone number"),  # (the check fails: an Italian landline's digits)
    ("NIP 5261044738", LABELLED_NUMBER),  # (no NIP's check: the label names a person's number)
    ("Customer no. IT01234567897", "holds a person's id after its label"),
]


@pytest.mark.parametrize("value", BUSINESS_NUMBERS)
def test_a_vat_id_with_its_prefix_or_a_nip_after_its_label_with_its_check_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
    assert detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize(("value", "found"), PERSONAL_NUMBERS)
def test_a_failed_check_or_a_customer_s_label_keeps_the_number_personal(value: str, found: str) -> None:
    assert detector.reason(value, id_like=True) == found


@pytest.mark.parametrize(("prefix", "digits", "expected"), [
    ("IT", "00743110157", True), ("FR", "40303265045", True), ("PL", "5261044737", True), ("BE", "0403170701", True),
    ("FR", "41303265045", False), ("ES", "12345678", False), ("NL", "803912345", False), ("IT", "0074311015", False),
])
def test_prefixed_vat_id_reads_each_country_s_length_and_check(prefix: str, digits: str, expected: bool) -> None:
    assert company_numbers.prefixed_vat_id(prefix, digits) is expected
