"""Closer 167: review 28's leaks and older refusals, by rule, by meaning and by language.

- postal._COMPANION_END: a companion's word ends a name after a label, as a place's preposition does (`Winner: … with
  Border Collie`, `Gewinnerin: … mit ihrem Pudel`, `… & her Beagle`), so role_labels.a_winners_team reads the name's
  words only, not the dog's; `with` before a capitalized word or a possessive, `and` before a possessive only.
- reviews._APPRAISED, reviews._review_words: what a buyer appraises (`product`, `Qualität`, `qualité`) after a review
  title's word makes a review's words (`Great product ★★★★★ – …`); role_labels.THINGS reads a listening good's last
  word (`… – Samsung Galaxy Buds`).
- named_in_text._RELATION_WORDS: grandparents, grandchildren, aunts, uncles, cousins and in-laws by language as the
  writer's relation (`meine Oma …`, `my nan …`, `mi abuela …`, `ma grand-mère …`, `mia nonna …`).
- record_names.LABELLED_KIT (group `lower`), record_names._LABEL_GOODS: two words in lower case after a name label's
  colon are a name typed as it came, unless a label's goods, care or small words (`Name labels: dishwasher safe`).
- personal_keys (closer 167's tokens): a parent's word in Dutch and German as a name's qualifier (`naam_ouder`); a
  council's tax before its payer's word (`council_tax_payer`); a name label's words before its text's
  (`name_label_text`; not a badge's `name_tag_text`). `seller_name` stays ordinary (the sixth attack's).
- key_lexicon.PICKUP_PEOPLE: German's `Abholer` (`abholer`, `abholer_name`).
- role_labels.CLUB_AND_BREED_WORDS, role_labels._PRIZE_MAKERS, role_labels.a_winners_team: a club's short form
  (`Inter`), a breed's head noun (`Dog`, `Hund`) and a prize's goods by language (`Casserole`, `Waschmaschine`,
  `Kühlschrank`, `Prosecco`) after a winner's label, or a maker opening the prize's name (`Dyson Airwrap`; `Esther
  Dyson` is kept); `Bayer`, `Villa`, `Saint-Germain`, `Tzu` left out, family names or a name's syllable as often.
- record_names._RECORD_SUBJECTS: a supplier's power, broadband or municipal utility, a tariff's words and a
  collection's caddy or bulky item by language (`Sky Broadband`, `Stadtwerke München`, `Octopus Go`, `Old Sofa`);
  not `Power`, `Box`, `Go`, `Easy` alone, family names too (the lead's review: `Switch confirmed for Scottish Power`
  stays refused beside `… for Marta Power`).
- record_names._NOT_PRINTED: empty, free, optional or plain by language and a print that is no name (`NIL`, `LEER`,
  `OFFERT`, `GRATIS`, `LOGO`, `SPONSOR`).
- person_routes._USER_NUMBER_END: a number or a birth year ending a user's slug after `/usr/` is read away.
- person_routes.SCHOOL_RECORD_PAGES: a school report's other words by language (`bericht`, `rapport`, `informe`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

NAMED = [
    "Winner: Jonas Brekkelund with Border Collie", "Winner: Marta Vellingroe and her Spaniel",
    "Gewinner: Ingrid Solvang mit Dackel", "Gewinnerin: Marta Vellingroe mit ihrem Pudel",
    "Winner: Jonas Brekkelund & his Beagle", "Gagnante : Maëlle Quervan avec son Caniche",
    "Great product ★★★★★ – Jonas Brekkelund", "Sehr gute Qualität ★★★★★ – Ingrid Solvang",
    "Très bonne qualité ★★★★☆ – Maëlle Quervan",
    "meine Oma Ingrid Solvang wohnt in Graz", "my nan Marta Vellingroe will pay", "mi abuela Ximena Torquado vive aquí",
    "ma grand-mère Maëlle Quervan habite à Lyon", "mia nonna Marta Vellingroe abita a Roma",
    "my uncle Jonas Brekkelund will collect", "Name labels: jonas brekkelund", "Namensetiketten: ingrid solvang",
]
ORDINARY = [
    "Winner: Real Madrid with Vinicius", "Winner: Leeds United with 89 points", "Winner: Golden Retriever with Puppies",
    "Print: Happy Birthday with Love", "Winner: Salt and Pepper", "Great product ★★★★★ – Samsung Galaxy Buds",
    "Review ★★★★★ – Harry Potter", "Excellent quality ★★★★★ – Le Creuset", "Great read ★★★★★ – Stephen King",
    "meine Oma Kuscheldecke ist super weich", "Regalo per mia nonna Sciarpa Lana", "Gift for my nan Cashmere Scarf set",
    "Name labels: iron on", "Name labels: dishwasher safe", "Name labels: shoe labels", "Name labels: mixed pack",
    "Namensetiketten: zum aufbügeln", "Name tapes: navy white", "Étiquettes nominatives – lot de 60",
    "Étiquettes nominatives : lot de 60",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_name_is_kept(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_a_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PERSONAL_KEYS = [
    "naam_ouder", "eltern_name", "council_tax_payer",
    "name_label_text", "abholer", "abholer_name",
]
ORDINARY_KEYS = [
    "seller_name", "seller_id", "seller_rating", "seller_type", "seller_country", "bestseller_name", "parent_name",
    "name_label_design", "name_label_pack", "council_tax_band", "name_tag_text",
]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_persons_key_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_an_ordinary_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


PERSONAL_URLS = [
    "https://shop.example.com/usr/jonas-brekkelund-1982", "https://shop.example.com/usr/marta_vellingroe_77",
    "https://shop.example.com/kinder/ingrid-solvang/bericht", "https://shop.example.com/kinderen/jonas-brekkelund/rapport",
]
ORDINARY_URLS = [
    "https://shop.example.com/usr/lib/python3", "https://shop.example.com/usr/local-2/bin",
    "https://shop.example.com/usr/share/doc-2",
]


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_a_persons_route_loses_its_path(url: str) -> None:
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_an_ordinary_route_is_kept(url: str) -> None:
    assert privacy.clean_url(url) == url


PRIZES_AND_SUBJECTS = [
    "Winner: Dyson Airwrap", "Winner: Le Creuset Casserole", "Gewinner: Miele Waschmaschine", "Winner: Prosecco Rosé",
    "Gewinner: Bosch Kühlschrank", "Gagnant : Cocotte en fonte", "Vincitore: Inter Milano",
    "Winner: Bernese Mountain Dog", "Tariff switch confirmed for Octopus Go",
    "Switch confirmed for Sky Broadband", "Wechsel bestätigt für Stadtwerke München",
    "Collection booked for Food Caddy", "Collection booked for Old Sofa", "Collection booked for Christmas Tree",
    "Name: NIL", "Beflockung: LEER", "Flocage : OFFERT", "Print: LOGO", "Print: SPONSOR", "Name: PLAIN",
]
PRIZE_WINNERS = [
    "Winner: Esther Dyson", "Winner: Jonas Brekkelund – Dyson V15", "Gewinner: Ingrid Solvang aus Graz",
    "Tariff switch confirmed for Jonas Brekkelund – Octopus Go", "Collection booked for Marta Vellingroe",
    "Name: VELLINGROE", "Beflockung: BREKKELUND 7",
    "Switch confirmed for Marta Power", "Collection booked for Jonas Box",
]


@pytest.mark.parametrize("text", PRIZES_AND_SUBJECTS)
def test_a_prize_a_tariff_a_bin_or_an_empty_print_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PRIZE_WINNERS)
def test_a_winner_a_switcher_or_a_printed_name_is_kept(text: str) -> None:
    assert detector.reason(text) != ""
