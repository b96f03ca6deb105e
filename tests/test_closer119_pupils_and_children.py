"""Closer 119: pupils and children (sixty-first attack: schools and daycare). A pupil's label
(key_lexicon.PARTIES_IN_KEYS' pupil, by language) reads a full name after it as a party's does (`Schülerin: …`,
`Élève : …`, `alumna: …`, surname first too), while a course's or a promotion's words after it stay ordinary
(`Student: Back To School`), and the word in running text names no one (`Student Discount Code`). A child's word in the
key lexicon's languages (key_lexicon.CHILDREN) qualifies a name word in a key (`nom_enfant`, `nome_bambino`), as
English's `child_name` does; alone it is a product's audience (`taille_enfant`)."""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys

PERSON_NAME = "holds a person's name"

NAMED = [
    "Zeugnis 2026 – Schüler: Jonas Quarbeck, Deutsch 1", "Schülerin: Lena Quarbeck", "Élève : Quarbeck Léa, 6e A",
    "Relevé de notes – élève : Léa Quarbeck", "Étudiante : Léa Quarbeck", "Alumno: Pablo Quarbeck Ruiz",
    "Informe – alumna: Lucía Quarbeck", "Estudante: Ana Quarbeck", "Aluna: Ana Quarbeck (5º ano)",
    "Scheda – alunno: Marco Quarbeck", "Studentessa: Giulia Quarbeck", "leerling: Sem Quarbeck (groep 5)",
    "Świadectwo – uczennica: Zofia Quarbeck", "Uczeń: Jan Quarbeck", "Pupil: Oliver Quarbeck, Year 4",
    "student: Emma Quarbeck", "Élève : Quarbeck, Léa",
    # the pupil's word in lower case in running text
    "Gita a Firenze 4B – quota alunna Giulia Quarbeck", "reference letter for student Emma Quarbeck",
    "Klassenfahrt – Beitrag für schülerin Lena Quarbeck", "sortie scolaire – élève Léa Quarbeck",
]
KEPT = [
    "Student: Back To School", "Student Discount Code", "Schüler: 5 €", "Élève : 6e A", "Alumno: nuevo ingreso",
    "studente: fuori sede", "Student: Returning", "Schülerin der Woche", "Leerling van de maand",
    "Studentenrabatt 10 % für Schüler und Studenten", "Pupil Premium Strategy 2026", "Uczeń: klasa 3b",
    "student discount for student Back To School", "per lo studente Erasmus Plus", "student Union Card 2026",
    "Voucher for student Beans members",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_pupil_s_name_after_the_pupil_s_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", KEPT)
def test_a_pupil_s_label_before_a_course_a_class_or_a_price_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PERSONAL_KEYS = ["nom_enfant", "nom_de_l_enfant", "prenom_enfant", "nombre_del_niño", "nombre_nina", "nome_bambino",
                 "nome_bambina", "imie_dziecka", "nazwisko_dziecka", "nome_crianca", "jmeno_ditete", "barnets_namn"]
ORDINARY_KEYS = ["taille_enfant", "menu_bambini", "prix_enfant", "enfant", "bambino", "categorie_enfant",
                 "kind_name", "tarif_enfant"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_child_s_word_before_a_name_word_makes_a_personal_key(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_child_s_word_alone_or_beside_a_product_s_word_is_an_ordinary_key(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


# --- a card made out to one reader or one pupil (personal_documents.DOCUMENTS): its number and the name after a dash,
# or a phrase making it out to someone; a shop's card holders, lanyards and guides go out
CARDS_NAMED = [
    "Carte de bibliothèque n° 48213377 au nom de Léa Quarbeck", "Legitymacja szkolna nr 48213/2026 – Zofia Quarbeck",
    "Schülerausweis Nr. 48213 – Jonas Quarbeck", "Library card 48213377 issued to Oliver Quarbeck",
    "Carné de biblioteca nº 48213 - Lucía Quarbeck", "Karta biblioteczna nr 48213 – Jan Quarbeck",
    '{"detail": "Bibliotheekpas 48213377 op naam van Sem Quarbeck"}',
]
CARDS_KEPT = [
    "Library card 2026 - Harry Potter", "Library Card Holder Lanyard", "Carte étudiante : réductions 2026",
    "Legitymacja szkolna – etui 2026", "Student ID card lanyard 3 pack", "Carnet de estudiante internacional ISIC 2026",
    "Schülerausweis Hülle transparent", '{"title": "Library card 2026 - Reading Challenge"}',
]


@pytest.mark.parametrize("text", CARDS_NAMED)
def test_a_reader_s_or_a_pupil_s_card_with_the_holder_s_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", CARDS_KEPT)
def test_a_shop_s_card_goods_and_a_reading_challenge_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a pupil's or a student's own number by its names (key_lexicon.STUDENT_NUMBERS) as a label and in a key
PERSON_ID = "holds a person's id after its label"
NUMBERS = [
    "Inscription 6e – INE : 482133771KJ", "INE: 7482133771Z", "学籍番号：24L482133 後期授業料", "学籍番号: 24L482133",
    "学号: 2024AB4821", "학번: 2024AB4821", '{"detail": "INE : 482133771KJ"}',
]
NUMBERS_KEPT = ["Fuente: INE 2024", "INE: 28079", "Datos INE: población 2024", "Mine: 2024-05-06",
                "学籍番号の確認方法", "会員番号：スタンダード 2024"]


@pytest.mark.parametrize("text", NUMBERS)
def test_a_pupil_s_number_after_its_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_ID


@pytest.mark.parametrize("text", NUMBERS_KEPT)
def test_a_statistics_office_s_code_and_a_help_page_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["numero_ine", "ine_number", "num_ine", "no_ine", "学籍番号", "학번"])
def test_a_pupil_s_number_s_key_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ["ine", "codigo_ine", "cod_ine", "mine_number"])
def test_a_spanish_municipality_s_code_is_an_ordinary_key(key: str) -> None:
    assert not personal_keys.names_personal_data(key)
