"""Closer 157: the seventy-fourth attack's (real estate: lettings, mortgages, conveyancing) records, holders, routes
and keys.

- personal_keys.PERSON_QUALIFIERS (key_lexicon.PARTIES_IN_TEXT["tenant"]): English's tenant before a name word is a
  person's (`tenant_name`); before an id or a count word a software's customer organization (`tenant_id`).
- key_lexicon.PARTIES["landlord"]: who lets a home, by language, is a party as a tenant is (`landlord_name`,
  `Vermieter: …`, `Landlord ID …`).
- key_lexicon.PARTIES["holder"]: whose name a loan or an account is made out in, by language (`intestataria …`,
  `titular …`), a holder's word in running text before a full name.
- record_names.PERSONS_RECORD_NAMED (key_lexicon.PERSONS_RECORDS, PERSONS_RECORD_OF): a record only a person has (a
  tenant's reference, a credit report, an agreement in principle, a tenancy's inventory), by language, before a word
  saying whom it is made out to or `of` and a full name, whatever follows.
- key_lexicon.EMPLOYEES: a payroll's number is an employee's (`Payroll No. …`, `payroll_id`), as a staff number is.
- person_routes.TENANCY_PARTY_WORDS, TENANCY_RECORD_PAGES: a tenant's or a landlord's word, a name's slug of two words
  and a page of that tenancy's record (`/tenants/<given>-<family>/inventory`); a help page's slug is none.
- case_titles.CONVEYANCING_WORDS (and TICKET_WORDS' matters): a conveyancing matter's number, then one capitalized
  word, the client's family name, before the transaction's word (`Matter …: <Family> purchase`).
- named_in_text._DOCUMENT_HOLDER_FIRST: a person's document's words, a dash, its holder family name first in capitals,
  a comma and a given name, then a dash and its number (`TDS certificate – <FAMILY>, <Given> – 583174`), in an id.
- personal_keys.CODE_LABELS: a property portal's listing number by its label (`MLS# …`, `zpid …`) is a code's, not a
  phone's.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys, privacy

PERSON_NAME = "holds a person's name"

# --- keys: a tenant's and a landlord's name
PERSONAL_KEYS = [
    "tenant_name", "tenant_first_name", "tenantName", "landlord_name", "landlordName", "landlord_id", "mieter_name",
    "vermieter_name", "locataire_nom", "nom_du_bailleur", "inquilino_nombre", "nombre_arrendador", "guarantor_name",
    "buyer_name", "naam_verhuurder",
]
ORDINARY_KEYS = ["tenant_id", "tenantId", "tenant_count", "tenancy_type", "tenant", "landlord", "landlord_count",
                 "tenant_region", "tenant_slug"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_tenant_s_or_a_landlord_s_name_key_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_software_s_tenant_and_a_party_alone_are_ordinary_keys(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


# --- a landlord's label and a holder's word in running text
NAMED = [
    "Vermieterin: Frau Ottilie Brandenkamp", "Landlord: Otto Brandenkamp", "Bailleur : M. Julien Brandenkamp",
    "Richiesta prestito – intestatario Otto Brandenkamp, reddito 2.100 €", "Préstamo – titular Otto Brandenkamp",
    "Conta conjunta – titular Ottilie Brandenkamp", "Verhuurder: dhr. O. Brandenkamp",
]
KEPT = [
    "Ratgeber für Mieter und Vermieter", "Landlord insurance – compare quotes", "titular de la cuenta",
    "Titular: Los mejores libros", "Intestatario del conto: come cambiarlo", "Landlord Fees Explained",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_landlord_s_label_or_a_holder_s_word_before_a_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", KEPT)
def test_a_landlord_s_or_a_holder_s_word_alone_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a record only a person has, made out to a full name
RECORDS = [
    "Employer reference for Otto Brandenkamp – Brandt Logistik GmbH", "Landlord reference for Ottilie Brandenkamp",
    "Decision in principle issued to Otto Brandenkamp – 5.1% fixed", "Schufa-Auskunft von Otto Brandenkamp",
    "Bonitätsauskunft für Frau Ottilie Brandenkamp", "Check-in inventory for Ottilie Brandenkamp: Flat 4",
    "État des lieux de Mme Ottilie Brandenkamp", "Informe de solvencia de Otto Brandenkamp",
    "Credit report for Otto Brandenkamp (Experian)",
]
RECORDS_KEPT = [
    "Inventory for Beginners", "Employer reference template", "Schufa-Auskunft kostenlos",
    "Agreement in principle – how it works", "Agreement in principle for First Time Buyers",
    "Credit check for Landlords", "Übergabeprotokoll für Wohnung Berlin", "Credit report from Experian",
    "État des lieux de l'appartement", "Credit report for Small Businesses",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_person_s_record_made_out_to_a_full_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", RECORDS_KEPT)
def test_a_person_s_record_s_help_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a payroll's number
@pytest.mark.parametrize("text", ["Payroll No. 48213075", "Reference: Otto Brandenkamp, payroll number 48213075"])
def test_a_payroll_number_after_its_label_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("key", ["payroll_id", "payroll_number"])
def test_a_payroll_number_key_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("text", ["Payroll software 2026", "Payroll services for small businesses"])
def test_a_payroll_product_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a tenant's or a landlord's route
ROUTES = [
    ("https://lettings.example.co.uk/tenants/otto-brandenkamp/inventory", "https://lettings.example.co.uk/"),
    ("https://portal.example.co.uk/landlords/ottilie-brandenkamp/statements?m=12", "https://portal.example.co.uk/"),
    ("https://hausverwaltung.example.de/mieter/otto-brandenkamp/kaution", "https://hausverwaltung.example.de/"),
    ("https://agence.example.fr/locataires/julien-brandenkamp/quittances", "https://agence.example.fr/"),
]
ROUTES_KEPT = [
    "https://x.example.co.uk/tenants/faq", "https://x.example.co.uk/landlords/fees",
    "https://x.example.co.uk/tenants/how-to-rent", "https://x.example.co.uk/tenants/how-to-rent/documents",
    "https://x.example.co.uk/landlords/buy-to-let/statements", "https://x.example.co.uk/landlords/guides/deposit",
]


@pytest.mark.parametrize(("url", "cleaned"), ROUTES)
def test_a_tenant_s_or_a_landlord_s_route_is_cut(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url, "page url") == cleaned


@pytest.mark.parametrize("url", ROUTES_KEPT)
def test_a_lettings_site_s_help_pages_go_out(url: str) -> None:
    assert privacy.clean_url(url, "page url") == url


# --- a conveyancing matter's client
@pytest.mark.parametrize("text", ["Matter 48213075: Brandenkamp purchase – exchange booked",
                                  "Matter 48213075: Brandenkamp remortgage", "Akte 48213: Brandenkamp Kauf"])
def test_a_matter_s_client_after_its_number_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ["Matter 48213075: Freehold purchase", "Matter 48213075: London sale",
                                  "Matter 48213075: Summer sale", "Expediente 48213: Compraventa piso"])
def test_a_matter_s_tenure_or_place_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a portal's listing number
@pytest.mark.parametrize("text", ["zpid 2074628459", "MLS# 2074628459", "MLS 2074628459"])
def test_a_portal_s_listing_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Tel 2074628459", "call 2074628459"])
def test_a_phone_of_as_many_digits_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


# --- a document's holder, family name first, after a dash (a URL's path: an id)
HOLDER_FIRST = [
    "https://files.example.co.uk/TDS%20certificate%20%E2%80%93%20BRANDENKAMP%2C%20Ottilie%20%E2%80%93%20482130",
    "https://files.example.co.uk/Policy%20%E2%80%93%20BRANDENKAMP%2C%20Otto%20%E2%80%93%20PL-482130",
]
HOLDER_FIRST_KEPT = [
    "https://files.example.co.uk/Certificate%20%E2%80%93%20ISO%2C%20Quality%20%E2%80%93%20900112",
    "https://files.example.co.uk/Certificate%20%E2%80%93%20GOLD%2C%20Standard%20%E2%80%93%20583174",
]


@pytest.mark.parametrize("url", HOLDER_FIRST)
def test_a_document_s_holder_family_name_first_is_cut(url: str) -> None:
    assert privacy.clean_url(url, "page url") == "https://files.example.co.uk/"


@pytest.mark.parametrize("url", HOLDER_FIRST_KEPT)
def test_a_document_s_kind_or_acronym_goes_out(url: str) -> None:
    assert privacy.clean_url(url, "page url") == url
