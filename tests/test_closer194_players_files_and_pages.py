"""Closer 194: attack 88 (betting, lotteries, casinos and fantasy sports), a player's document's file and a tipster's
page, claimed by rule.

- personal_documents.DOCUMENTS["a proof for a customer's check"] and ["a player's winnings"]: a customer's proof of
  identity, of address or of funds and a player's winnings statement, by meaning and language, name their person in
  a file's name as a quote's does (personal_documents._QUOTES): a name after the document's words, before a lower-case
  word, a date or a code (`Source-of-Funds-<Given>-<Family>-payslip.pdf`); two capitalized words alone are an
  operator's guide's or a draw's as often, and go out.
- person_routes.TIPSTER_WORDS, TIP_TOPICS: a tipster's segment is read as a player's (person_routes.PLAYER_PAGES
  after the slug: `picks`, `tips`, `Tipps`), by a name's slug of two words or more, no digit, none of its words a
  sport's, a competition's or a ranking's.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL_FILES = [
    "Source-of-Funds-Hanna-Krolsby-payslip.pdf", "Proof_of_Address_Hanna_Krolsby_utility_bill.pdf",
    "Adressnachweis_Hanna_Krolsby_2026-03-02.pdf", "Winnings_Statement_Hanna_Krolsby_W2G.pdf",
    "Justificatif_de_domicile_Hanna_Krolsby_facture.pdf",
]
ORDINARY_FILES = [
    "Source_of_Funds_Policy_2026.pdf", "Proof_of_Address_Requirements_UK.pdf",
    "Source-of-Wealth-Questionnaire-Private-Clients.pdf", "Gewinnmitteilung Eurojackpot Hessen.pdf",
    "Proof_of_Identity_Accepted_Documents.pdf", "Winnings_Statement_Mega_Millions.pdf",
    "Proof_of_Address_Utility_Bill_2026.pdf", "Source_of_Funds_Declaration_Form_v2.pdf",
    "Proof_of_Address_Bank_Statement_sample.pdf", "Gewinnbestätigung_Vorlage_Muster.docx",
    "Adressnachweis_Deutsche_Telekom.pdf", "proof-of-address-guide.pdf",
]
PERSONAL_ROUTES = [
    "https://www.example-tips.com/tipsters/hanna-krolsby/picks",
    "https://www.example-tips.de/tippgeber/hanna-krolsby/tipps",
]
ORDINARY_ROUTES = [
    "https://www.example-tips.com/tipsters/best-of-2026", "https://www.example-tips.com/tipsters/leaderboard",
    "https://www.example-tips.com/tipsters/premier-league/picks", "https://www.example-tips.com/tipsters/football/tips",
    "https://www.example-tips.com/tipsters/best-of-2026/picks", "https://www.example-tips.com/tipsters/top-tipsters/tips",
    "https://www.example-tips.com/tipsters/horse-racing/stats",
]


@pytest.mark.parametrize("name", PERSONAL_FILES)
def test_a_proof_s_or_a_winnings_file_names_its_person(name: str) -> None:
    assert detector.reason(name) != ""


@pytest.mark.parametrize("name", ORDINARY_FILES)
def test_an_operator_s_guide_s_or_a_draw_s_file_goes_out(name: str) -> None:
    assert detector.reason(name) == ""


@pytest.mark.parametrize("url", PERSONAL_ROUTES)
def test_a_tipster_s_page_by_a_name_s_slug_is_cut(url: str) -> None:
    assert privacy.clean_url(url) == url[:url.index("/", 8) + 1]
    assert detector.reason(url) != ""


@pytest.mark.parametrize("url", ORDINARY_ROUTES)
def test_a_tips_site_s_list_or_topic_goes_out(url: str) -> None:
    assert privacy.clean_url(url) == url
    assert detector.reason(url) == ""
