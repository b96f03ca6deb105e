"""Closer 144 (sixty-eighth attack: funerals, memorials, genealogy): a wreath's ribbon's and an engraving's text, a
pre-need contract's holder, and the keys of the deceased and their kin.

- Whom a ribbon's text calls or is dedicated to (memorials.RIBBON_LABELS, memorials._RIBBON_TEXT,
  memorials._RIBBON_NAMED): a ribbon's label by language (`Schleifentext:`, `Nastro:`, `Szarfa:`, `ribbon '…'`), then
  in its text a full name after a kin's word, an epithet, a greeting or a dedication's word, or after a comma or a
  quote; the mourners' words and a wish's are none (memorials._RIBBON_NOT_NAMES: `Deine Enkel`, `Love Always`).
- An engraving's name (memorials.ENGRAVING_LABELS, memorials.ENGRAVED_NAMED): an engraving's label by language, maybe
  an epithet, a full name in title case or in capitals, maybe a maiden name, then the life's dates; an engraving's
  goods are no name (memorials._ENGRAVED_THINGS); Japanese's secular name before a name (memorials._SECULAR_NAME).
- A death's civil record's number (key_lexicon.DEATH_RECORDS, key_lexicon.RECORD_NUMBER_WORDS,
  labelled_values._DEATH_RECORD_NUMBER): a death certificate, a registration or a coroner's file by language, maybe
  a number's words and a registry's letters, then a token holding five digits together, in text and in ids; a count,
  a price, a year or a span of years is none.
- A contract made out to a person (key_lexicon.RECORD_NOUNS["contracts"], read by record_names.RECORD_NAMED:
  `Vorsorgevertrag Nr. … für …`).
- The keys of the deceased and their kin (key_lexicon.PARTIES["deceased"], ["informant"], ["grave holder"],
  ["DNA match"]; personal_keys.PERSON_KEY_WORDS with a party of two words whole; personal_keys.PERSON_QUALIFIERS'
  `nok`; personal_keys._PERSONAL_STEMS' funeral's people in Japanese and Chinese).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_NAME = "holds a person's name"
PERSON_ID = "holds a person's id after its label"

RIBBONS = [
    "Schleife: Ruhe in Frieden, lieber Vater Hans Quenbrecht", "Ribbon text: To Grandad Orrin Quelvenast, love always",
    "Nastro: Ciao Marco Quarvelle", "Ruban : Pour notre chère maman Anne Quendrix", "Cinta: Siempre contigo, Lucía "
    "Quarvelle", "Lint: Rust zacht, lieve Oma Sanne Quarvelle", "Fita: Saudades de Maria Quenborges",
    "Szarfa: Kochanemu Mężowi Janowi Quenbowskiemu", "Sorgband: Vila i frid, Astrid Quennerholm",
    "Wreath – ribbon 'Dad Tomas Quarvelle'",
]
ENGRAVINGS = [
    "Grabstein: Anna Quarvelle geb. Müller * 12.03.1940 † 2025", "Inscription: JOHN QUENBY 1950 - 2020",
    "Epitaph: Mary Quendrix, 1921–2004, beloved mother", "Gravure : Mme Jeanne Quarvelle 1930-2020",
    "Plaque: Arthur Quenby (1931–2019)", "Lapide: Marco Quarvelle ✝ 2024", "Epitafio: Lucía Quarvelle 03/02/1944",
    "墓誌 俗名 鈴木 一郎",
]
CONTRACTS = ["Vorsorgevertrag Nr. 55120/26 für Anna Quenbrecht", "Contract C-1234 for Orla Quenby",
             "Contrat obsèques n° 55120 pour Mme Anne Quendrix", "Umowa nr 55120/26 dla Anna Kowalczyk"]


@pytest.mark.parametrize("text", RIBBONS + ENGRAVINGS + CONTRACTS)
def test_a_ribbons_an_engravings_or_a_contracts_person_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY = [
    "Ribbon text: Ruhe in Frieden", "Ribbon colour: Gold", "Headstone inscription: In Loving Memory",
    "Engraving font: Times", "Engraving: In Loving Memory", "Ribbon text: Rest in Peace, Love Always",
    "Schleife: In Liebe, Deine Enkel", "Schleifentext: Letzte Grüße, Deine Kinder", "Ribbon: Satin White 40 mm",
    "Ribbon: To Dear Mum", "Plaque: Brass Oval (2024)", "Inscription: Oak Bench 1990-2020 anniversary",
    "Fita: Com Carinho, Seus Netos", "Nastro: Con Affetto, La Famiglia", "Szarfa: Ostatnie Pożegnanie",
    "Lint: Rust zacht, lieve Oma", "Schleife: Lieber Papa, ruhe in Frieden", "Band: Rolling Stones 1962–2024",
    "Ribbon 'Forever Loved'", "Vorsorgevertrag Basis", "Contrat obsèques Sérénité", "Contract for Web Design",
    "Agreement for Business Services", "Jane Smith (1940–2020) – sample engraving", "Font: Times Roman V-cut",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_ribbons_or_an_engravings_template_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PERSONAL_KEYS = ["avliden_namn", "故人名", "喪主名", "nok_name", "dna_match", "dna-match", "informant",
                 "grave_holder", "plot_owner", "afdøde", "déclarant"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_key_of_the_deceased_or_their_kin_keeps_a_name_out(key: str) -> None:
    assert privacy.custom_refusal(key, "Ysolde Karnwhistle")


@pytest.mark.parametrize("key", ["ribbon_colour", "grave_size", "nok_count", "price_nok", "nok", "dna_match_count",
                                 "商品名"])
def test_an_ordinary_key_of_the_trade_goes_out(key: str) -> None:
    assert privacy.custom_refusal(key, "3") == ""
    assert privacy.custom_refusal(key, "Gold") == ""


DEATH_RECORDS = [
    "Death certificate no. QX 5512044", "Death registration 2026/551204", "Sterbeurkunde Nr. 55120/2026",
    "Todesbescheinigung 5512044", "Certificat de décès n° 551204", "Certificado de defunción 551204",
    "Atto di morte n. 551204", "Overlijdensakte nr. 551204", "Karta zgonu nr 551204", "Dödsattest 551204",
    "死亡診断書 番号 551204", "Coroner ref 551204", "Atestado de óbito 551204",
]


@pytest.mark.parametrize("text", DEATH_RECORDS)
def test_a_death_records_number_is_refused(text: str) -> None:
    assert detector.reason(text)  # (a slash's number may read as a phone's first: refused either way)
    assert detector.reason(text, id_like=True) == PERSON_ID


@pytest.mark.parametrize("text", [
    "Death certificate copies: 3", "Certified copy of death certificate – £11", "Sterbeurkunde beantragen",
    "England & Wales, Death Index, 1916-2007", "Death certificates 1837-2007", "Death certificate 12.11.2026",
    "Acte de décès 2026", "Sterbeurkunde Gebühr 12,00 EUR", "Coroner's Court 1 Queen St"])
def test_a_death_records_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
