"""Closer 164: attacks 75 (children) and 76 (marketplaces), claimed by rule, by meaning and by language.

- record_names.TRANSFER_NAMED, key_lexicon.TRANSFER_REFERENCES, key_lexicon.SCHOOL_FEES, record_names._CLASS_AFTER,
  record_names._CAPITALIZED_FEES: a bank transfer's reference label by language (`Verwendungszweck:`, `Causale:`,
  `Tytuł przelewu:`, `Ref 583917`), a fee by language and a full name, or a full name before a fee or a class.
- record_names.AGED_REGISTERED, key_lexicon.REGISTRATIONS: a registration's word by language, what for, a colon or a
  dash, a full name and an age with its word (`Anmeldung Ferienlager 2026: …, 9 Jahre`).
- record_names.AGED_IN_CLASS, record_names._CLASS_WORDS: a full name opening the text, a child's age in brackets, a
  dash or a comma and a school year's or a class's word and its number (`… (8) – Year 4 Oak`); a title and a number
  in brackets go out (`Toy Story (4) – DVD`).
- named_diets.JAPANESE_HEALTH_LABELS, named_diets.KATAKANA_ALLERGENS: a Japanese health label, its colon, a name in
  katakana of two runs with a blank between, before a bracket (`アレルギー：… …（卵・乳）`); allergens go out.
- privacy._parameters_reason with labelled_values.PUPIL_KEYS: a bare key naming a pupil or a child in a link's query
  or fragment inside a value labels its value (`#eleve=…&classe=CM2` in a content id), as a URL's own query does.
- case_titles.OFFERS_TO_YOU (case_titles.notice_reason): a notification opening on a full name, then an offer's or a
  message's verb phrase aimed at `you` by language (`… hat dir ein Angebot gemacht`, `… sent you an offer`); one word
  (a brand's) is no full name, a shop's words are none.
- case_titles.PICKUPS, case_titles.AT_A_PERSONS: a pickup's word, its time, `bei`/`chez`/`da`/`bij`, a full name, a
  comma and a street line (postal.street_line_alone); a branch or a shop goes out, and English `at` is not read.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PAID_FOR = [
    "Verwendungszweck: Klassenfahrt Jonas Weidemar, Klasse 4a", "Payment reference: school trip Orla Pennywhistle",
    "Zahlungsreferenz: Mittagessen Jorinde Quastmeyer", "Causale del bonifico: gita scolastica Ilaria Brontevasi",
    "Concepto: excursión Ximena Torquado 2ºA", "Omschrijving: schoolreis Femke Draaisteeg groep 6",
    "Tytułem: Zofia Kwiatrzyk kl. 2a wycieczka", "Référence du virement : garderie Maëlys Fontarrel",
    "Referência: cantina Inês Carvalhosa 4º ano", "Ref 77120 Orla Pennywhistle school trip",
]
NOT_PAID_FOR = [
    "Verwendungszweck: Rechnungsnummer angeben", "Payment reference: your order number", "Causale: ordine 4412",
    "Verwendungszweck: Essensgeld Januar 2026", "Reference: Lunch Money Top Up", "Causale: retta Scuola Primaria",
    "Concepto: Comedor Escolar Curso 2025", "Référence : Nike Air Max 90", "Ref 4412 Trip Advisor Reviews",
    "Verwendungszweck: Max Mustermann", "School trip – Eden Project – £12.50",
    # (the lead's review: a month's, a trip's words as the "name")
    "Causale: retta mensa Ottobre Novembre", "Ref: school trip Eden Project",
]
REGISTERED = [
    "Summer camp registration: Orla Pennywhistle, 7 years old", "Inschrijving zomerkamp: Femke Draaisteeg, 9 jaar",
    "Inscription colonie – Maëlys Fontarrel (9 ans)", "Anmeldung Schwimmkurs: Jorinde Quastmeyer, 6 Jahre",
    "Inscripción campamento de verano: Ximena Torquado, 10 años",
]
NOT_REGISTERED = [
    "Registration: Summer Camp 2026, 9 years", "Anmeldung Ferienlager 2026: 9 Jahre",
    "Registration – Toy Story, 4 years", "Anmeldung: Kinderturnen, 6 Jahre", "Iscrizione centro estivo 2026",
    "Anmeldung Ferienlager 2026: Gruppe Blau, 9 Jahre",
]


@pytest.mark.parametrize("text", PAID_FOR + REGISTERED)
def test_a_pupil_paid_for_or_registered_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_PAID_FOR + NOT_REGISTERED)
def test_a_transfers_or_a_registrations_words_alone_go_out(text: str) -> None:
    assert detector.reason(text) == ""


AGED_IN_CLASS = [
    "Tamsinora Vellquarrin (8) – Year 4 Oak", "Orla Pennywhistle (11), Klasse 5b",
    "Jorinde Quastmeyer (7) – Grade 2 Maple", "Femke Draaisteeg (9) – groep 6",
]
TITLES_NUMBERED = [
    "Toy Story (4) – DVD", "Harry Potter (7) – box set", "Harry Potter (7) – Hardback", "Star Wars (9) – Blu-ray",
    "Fast Furious (10) – 4K", "Orla Pennywhistle (42) – Year 4 Oak",
    "Harry Potter (7) – Year 7 reading list", "Paw Patrol (3) – Year 1 favourites",
]


@pytest.mark.parametrize("text", AGED_IN_CLASS)
def test_a_full_name_a_childs_age_and_a_class_is_a_pupil(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", TITLES_NUMBERED)
def test_a_title_with_a_number_in_brackets_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


HEALTH_NAMED_IN_KANA = ["アレルギー：ヴェルクァリン タムシノラ（卵・乳）", "持病：ハスケルド ブロミヴァル（喘息）",
                        "食物アレルギー：ドラーイステーグ フェムケ (小麦)"]
HEALTH_LISTS_IN_KANA = ["アレルギー：ピーナッツ アーモンド（微量）", "アレルギー：ミルク・タマゴ（重度）",
                        "アレルギー：なし", "アレルギー：エビ カニ（加熱済み可）", "アレルギー表示：卵・乳",
                        "アレルギー：ヴェルクァリン"]


@pytest.mark.parametrize("text", HEALTH_NAMED_IN_KANA)
def test_a_katakana_name_after_a_japanese_health_label_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", HEALTH_LISTS_IN_KANA)
def test_allergens_after_a_japanese_health_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""


PUPILS_IN_EMBEDDED_LINKS = [
    "ART-75,https://ent.example-college.fr/#eleve=Elouanne+Vrastimbert&classe=CM2",
    "ART-75,https://portal.example.es/?alumno=Ximena+Torquado&curso=2", "https://x.example/#pupil=Orla+Pennywhistle",
]
CLASSES_IN_EMBEDDED_LINKS = ["https://x.example.fr/#eleve=tous&classe=CM2", "https://x.example/?student=12&view=grid",
                             "https://x.example.de/#schueler=alle&klasse=3b",
                             "https://x.example/?student=Premium+Plan"]


@pytest.mark.parametrize("text", PUPILS_IN_EMBEDDED_LINKS)
def test_a_pupils_key_in_an_embedded_links_query_or_fragment_labels_its_name(text: str) -> None:
    assert privacy.embedded_reason(text) != ""


@pytest.mark.parametrize("text", CLASSES_IN_EMBEDDED_LINKS)
def test_a_pupils_key_over_no_name_goes_out(text: str) -> None:
    assert privacy.embedded_reason(text) == ""


OFFERED_OR_PICKED_UP = [
    "Halric Dunmoresk hat dir ein Angebot gemacht: 40 € für Fahrrad 28 Zoll", "Halric Dunmoresk sent you an offer",
    "Halric Dunmoresk vous a fait une offre", "Halric Dunmoresk te ha hecho una oferta",
    "Halric Dunmoresk ti ha fatto un'offerta di 30 €", "Halric Dunmoresk heeft je een bod gedaan",
    "Abholung morgen 18 Uhr bei Corwen Haldisse, Gartenweg 3", "Retrait samedi chez Corwen Haldisse, 12 rue des Lilas",
    "Ophalen zaterdag bij Femke Draaisteeg, Kerkstraat 12",
]
BRANDS_AND_SHOPS = [
    "Nike hat dir ein Angebot gemacht", "Zalando Outlet hat dir ein Angebot gemacht",
    "Customer Service sent you a message", "Abholung bei Filiale Köln", "Abholung bei Filiale Köln, Hohe Straße 12",
    "Pickup at Tesco Extra, 5 High Street", "Abholung morgen bei Corwen Haldisse",
    "Abholung bei Rewe Markt, Hauptstraße 5",
    "Black Friday hat dir ein Angebot gemacht", "Retrait chez Boulangerie Paul, 12 rue de la Paix",
    "Abholung bei Dm Drogerie, Hauptstraße 3",
]


@pytest.mark.parametrize("text", OFFERED_OR_PICKED_UP)
def test_who_offered_to_you_or_hands_over_at_home_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", BRANDS_AND_SHOPS)
def test_a_brands_offer_and_a_shops_pickup_go_out(text: str) -> None:
    assert detector.reason(text) == ""
