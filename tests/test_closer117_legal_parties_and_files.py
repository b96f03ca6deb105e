"""Closer 117 (sixtieth attack: courts, notaries, immigration offices, public administration): a legal text's parties
by their labels' meaning and language (key_lexicon.PARTIES: a claimant, a defendant, a power of attorney's principal,
who acquires by a deed; PARTIES_IN_TEXT: a lawyer's client, `Mandant`; PARTIES_IN_LABELS, read as a label only, in
lower case or before an honorific: Portuguese `autor`, Italian `ricorrente`, a deed's seller), Japanese labels of an
applicant or a requester, a name after a person's file number and a dash, a client's slug under a law firm's clients
route (a path alone read as a route too), French inclusive writing's `né(e) le` before a birth date, a residence
card's and a US A-number's labels (key_lexicon.IDENTITY_DOCUMENTS), a benefit's claimant (`allocataire`); and a kind
of area under a town's key (`?ort=innerorts`), which no address is."""

from __future__ import annotations

import pytest

from meta_capi import detector, person_routes, privacy
from meta_capi.postal import PERSON_NAME

NAME = "Idris Quendrix"  # (none of the attack's own names)

# A party's label and a full name, by meaning and language.
PARTIES = [
    "Kläger: {}", "Klägerin: Frau {}", "plaintiff: {}", "Claimant: {}", "Petitioner: {}", "demandante: {}",
    "requérante : Mme {}", "eiser: {}", "powód: {}",  # a claimant
    "Defendant: {}", "Beklagte: Frau {}", "demandado: {}", "défenderesse : Mme {}", "gedaagde: {}", "pozwany: {}",
    "Vollmachtgeber: {}", "poderdante: {}", "outorgante: {}", "delegante: {}", "volmachtgever: {}", "mocodawca: {}",
    "Erwerber: {}", "acquéreur : M. {}", "adquirente: {}", "verkrijger: {}",  # who acquires by a deed
    "Mandant: {}", "Mandantin: {}", "mandante: {}",  # a lawyer's client, a power of attorney's principal
    # read as labels only, in lower case or before an honorific
    "autor: {}", "autora: {}", "ricorrente: {}", "convenuto: {}", "respondent: {}", "réu: {}",
    "vendeur : M. {}", "Vendeur : Mme {}", "Verkäufer: Herr {}", "vendedora: Sra. {}", "venditore: Sig. {}",
    "verkoper: dhr. {}",
]


@pytest.mark.parametrize("label", PARTIES)
def test_a_partys_label_before_a_name_is_a_persons(label):
    text = label.format(NAME)
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(f"Procedimiento 12/2026 – {text}") == PERSON_NAME


# A label read only as a label, capitalized before a name with no honorific (a book's author, a marketplace's seller),
# and the words of those labels in running text, go out.
@pytest.mark.parametrize("text", [
    "Autor: Paulo Coelho", "Autora: Isabel Allende", "Verkäufer: Media Markt", "Vendeur : Boutique Paris",
    "Vendedor: Tienda Oficial Samsung", "Ricorrente: Abbonamento Mensile", "pagamento ricorrente mensile",
    "prezzo convenuto: 120 EUR", "Kläger und Beklagte im Zivilprozess", "Vollmacht Vorlage für Vollmachtgeber",
    "Ratgeber für Mandanten", "Der Kläger trägt die Kosten",
])
def test_the_words_of_a_partys_label_alone_go_out(text):
    assert detector.reason(text) == ""


# Japanese labels of an applicant, a requester, a client before a name (`申請者：`).
@pytest.mark.parametrize("label", ["申請者", "申請人", "申込者", "請求者", "依頼者", "相談者"])
def test_a_japanese_applicants_label_before_a_name_is_a_persons(label):
    assert detector.reason(f"{label}：山科 透子") == PERSON_NAME
    assert detector.reason(f"{label}: 山科透子") == PERSON_NAME


@pytest.mark.parametrize("text", ["申請者数：12", "在留カード 更新 手数料 4000円", "在留カードの更新",
                                  "在留カード番号 確認"])
def test_japanese_words_of_a_form_go_out(text):
    assert detector.reason(text) == ""


# A person's file or number by its holder's word, its number, a dash and the holder's name.
@pytest.mark.parametrize("text", [
    "Dossier client n° 552093 – QUENDRIX Idris", "Dossier client n° 552093 - Idris Quendrix",
    "Mandantenakte 2026/5520 – Idris Quendrix", "Kundennummer: 552093 – QUENDRIX Idris",
    "Expediente cliente 552093 – Idris Quendrix, Madrid", "klantnummer 5520-93 — Idris Quendrix",
    "Antragsteller Nr. 552093 – QUENDRIX Idris",
])
def test_a_name_after_a_persons_file_number_is_a_persons(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Art. 552093 – NIKE Air", "Kundenkarte 5520 – Gold Status", "Kundenservice 0800 5520 – Hotline Berlin",
    "Dossier n° 552093 – en cours", "SKU 552093 – Blue Shirt",
])
def test_a_number_and_a_dash_before_other_words_go_out(text):
    assert detector.reason(text) == ""


# A client's slug under a law firm's clients route, in a URL, or as a path alone before the client's file.
@pytest.mark.parametrize("text", [
    "/kanzlei/mandanten/quendrix-idris/akte-552093", "/mandant/idris-quendrix/dossier",
    "/clientes/idris-quendrix/expediente-2026", "/clients/idris-quendrix/files/552093",
    "https://kanzlei.example/mandanten/quendrix-idris/dokumente", "/kunden/idris-quendrix/akte-2026",
])
def test_a_clients_slug_under_a_law_firms_route_is_a_persons(text):
    assert detector.reason(text) == person_routes.PERSON_ROUTE


@pytest.mark.parametrize("text", [
    "/kanzlei/mandanten/erstberatung", "/mandanten/portal/login", "/mandant/100/rechnungen",
    "/kanzlei/arbeitsrecht/erstberatung", "/mandanten", "//cdn.example/mandanten/x/y",
    # (a path alone names a person's file only after a client's slug: a file system's paths go out as before)
    "/mandant/idris-quendrix", "/Users/Shared/Catalogue/x.pdf", "/home/customer/www/shop.example.com/public_html/",
    "/customers/case-studies/files", "/kunden/service/akte",
])
def test_a_law_firms_pages_go_out(text):
    assert detector.reason(text) == ""


# French inclusive writing's `né(e)`, `né·e`, `né-e`, `né.e` before `le` and a birth date.
@pytest.mark.parametrize("born", ["né(e)", "Né(e)", "né·e", "né-e", "né.e", "née", "né"])
def test_an_inclusive_born_before_a_date_is_a_birth_date(born):
    assert detector.reason(f"Procuration – {born} le 02/11/1979") == detector.BIRTH_DATE
    assert detector.reason(f"{born} le 2 novembre 1979 à Lyon") == detector.BIRTH_DATE


@pytest.mark.parametrize("text", ["livré le 02/11/2026", "né(e) le", "créé le 02/11/2026", "Ne le manquez pas"])
def test_other_dates_and_words_go_out(text):
    assert detector.reason(text) == ""


# An immigration document's number after its label: a Japanese residence card's, a US A-number (dashed, bare,
# spaced), a benefit claimant's number (`allocataire`).
@pytest.mark.parametrize("text", [
    "在留カード番号 XY55209318ZW", "在留カード番号：XY55209318ZW", "特別永住者証明書番号 XY55209318ZW",
    "Alien Registration Number A-055-209-318", "Alien Registration Number: A055209318",
    "alien registration no. A 055 209 318", "Alien Number A055209318", "USCIS Number: A-055-209-318",
    "Numéro allocataire : 5520931", "numéro d'allocataire CAF 5520931",
])
def test_an_immigration_or_benefit_number_after_its_label_is_dropped(text):
    # (the number rule, the labelled number rule or the person's id rule: the reason names the rule that read it)
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", [
    "Alien Registration Card", "Form I-485 A-Number field guide", "Alien registration number lookup",
    "Form AR-11 change of address", "CAF – allocataire : vos démarches", "Carte de résident 10 ans",
])
def test_immigration_forms_and_words_go_out(text):
    assert detector.reason(text) == ""


# A kind of area under a town's key is a setting, no address; a town's name stays out.
@pytest.mark.parametrize("value", ["innerorts", "außerorts", "Ausserorts", "urban", "rural", "agglomération",
                                   "autostrada"])
def test_a_kind_of_area_under_a_towns_key_goes_out(value):
    url = f"https://shop.example/bussgeld/rechner?kmh=25&ort={value}"
    assert privacy.clean_url(url, "page url") == url


@pytest.mark.parametrize("value", ["Berlin", "Bremen-Mitte", "Lyon"])
def test_a_town_under_its_key_stays_out(value):
    url = f"https://shop.example/bussgeld/rechner?kmh=25&ort={value}"
    assert privacy.clean_url(url, "page url") == "https://shop.example/bussgeld/rechner?kmh=25"
