"""The nineteenth attack's names after labels, titles and keys (tests/privacy_attack_cases_19.py): name and family
name words of Fijian, Samoan, Tongan, Hawaiian, Tok Pisin, Croatian, Albanian, Bulgarian, Macedonian, Belarusian,
Kreyòl and Papiamento forms as keys and labels, the ʻokina as a letter of a name, the chiefly titles of Fiji and
Tonga before a name, a label's search going on after a label that names no person, a vocative after a colon, a bare
person key inside JSON text; with the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal, privacy

PERSONAL_KEY = "personal key"


@pytest.mark.parametrize(("key", "found"), [
    ("yaca", PERSONAL_KEY),  # Fijian: name
    ("igoa", PERSONAL_KEY),  # Samoan: name
    ("hingoa", PERSONAL_KEY),  # Tongan: name
    ("inoa", PERSONAL_KEY),  # Hawaiian: name
    ("prezime", PERSONAL_KEY),  # Croatian: family name
    ("ime_i_prezime", PERSONAL_KEY),
    ("mbiemri", PERSONAL_KEY),  # Albanian: family name
    ("име", PERSONAL_KEY),  # Bulgarian, Macedonian: name
    ("презиме", PERSONAL_KEY),
    ("прозвішча", PERSONAL_KEY),  # Belarusian: family name
    ("namba_fon", PERSONAL_KEY),  # Tok Pisin: phone number
    ("ime_kupca", ""),  # no person qualifier of the lexicon: a name word with another word stays ordinary
    ("non_interaction", ""),  # Kreyòl `non` is a name word alone, not before any word
    ("ime_mode", ""),  # an input method's mode
    ("nomber_di_produkto", ""),  # a product's name (Papiamento)
    ("fon_size", ""),
])
def test_a_key_in_the_nineteenth_attacks_languages_is_judged_by_its_words(key: str, found: str) -> None:
    assert detector.key_reason(key) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Yaca: Losana Vakaloloma", postal.PERSON_NAME),
    ("Igoa: Faʻamanu Leiataua", postal.PERSON_NAME),  # the ʻokina inside the given name
    ("Hingoa: Sione Fifitaʻapaki", postal.PERSON_NAME),
    ("Nem: Kila Warakai", postal.PERSON_NAME),
    ("Inoa: Keʻala Kahananui", postal.PERSON_NAME),
    ("Non: Wideline Pierre-Louis", postal.PERSON_NAME),
    ("Nomber: Shurendy Martina-Pieters", postal.PERSON_NAME),
    ("Прозвішча: Кавалёнак", postal.PERSON_NAME),
    ("име: петър драгомиров", postal.PERSON_NAME),  # a Cyrillic label in lower case
    ("Пакупнік: Алесь Уладзіміравіч Кавалёнак", postal.PERSON_NAME),  # Belarusian: the buyer
    ("Passenger: Sione Fifitaʻapaki", postal.PERSON_NAME),  # a role label and a name holding the ʻokina
    ("Nem Bilong Yu T-Shirt", ""),  # no label's colon
    ("Ime Ruže Book", ""),
    ("Nom de la Rose (roman)", ""),
    ("Ime i prezime naljepnice (label set)", ""),
    ("Attention: Limited Stock", ""),  # `Attention` names no person's data: a notice
    ("Poke Bowl Kit ʻAhi", ""),
    ("Malo ʻaupito, fast shipping", ""),
])
def test_a_name_after_a_name_label_of_the_nineteenth_attack_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Merci, voici : Emri dhe mbiemri: Arbenita Qerimaj. Vinaka!",
    "Merci, voici : Ime i prezime: Marija Horvatinčić. Vinaka!",
    "Merci, voici : Име и презиме: Благица Трајкоска. Vinaka!",
])
def test_a_label_that_names_no_person_does_not_hide_the_next_label(text: str) -> None:
    # `voici :` reads `Emri dhe` as its name: the search goes on right after it, at the next label
    assert detector.reason(text) == postal.PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Deliver to Ratu Epeli Naivalurua", postal.PERSON_NAME),  # the text's end after a word in lower case
    ("For Tui Kolovai Havealeta, Nukuʻalofa", postal.PERSON_NAME),  # a comma after the name
    ("Merci, voici : Deliver to Ratu Epeli Naivalurua. Vinaka!", postal.PERSON_NAME),
    ("Attention: Adi Litia Cakobauniu", postal.PERSON_NAME),  # the label addressing a parcel, then a title
    ('{"remark": "Attention: Adi Litia Cakobauniu"}', postal.PERSON_NAME),
    ("Attn: Mr Kwame Mugisha", postal.PERSON_NAME),
    ("Called back Mr. Keʻala Kahananui re delivery", postal.PERSON_NAME),  # the ʻokina inside a name
    ("please call Mr. Kwame Mugisha", postal.PERSON_NAME),
    ("Ratu Premium Kava", ""),  # a title opening the text: a brand as often
    ("Adi Collection Earrings", ""),
    ("Tui Tonga Vanilla", ""),
    ("Ratu Sukuna Day Sale", ""),
    ("Tui Manu'a Cookbook", ""),
    ("Brand: Tui Tonga Vanilla", ""),  # after another label
    ("Product: Mr. Bean Mug", ""),
    ("Buy Mr. Potato Head Toy", ""),
    ("Mr. Bean Mug", ""),
    ("the Mr. Potato Head", ""),  # after an article: a thing's name
    ("gift set for la Ratu Kava Bowl", ""),
    ("for Ratu Sukuna Day Sale", ""),  # three capitalized words: a title's, not a name ending the text
])
def test_a_chiefly_title_before_a_name_in_running_text_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Merci, voici : Sra. Oquendo Ferrer, su pedido está listo. Vinaka!", postal.PERSON_NAME),
    ("Note: Dr. Martens, 1460 Boots", ""),  # the comma goes on with no lower-case word
])
def test_an_honorific_calling_a_name_after_a_colon_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ('{"customer": "Ratu Epeli Naivalurua"}', privacy.EMBEDDED_KEY),
    ('{"guest": "Mireille Wamytan"}', privacy.EMBEDDED_KEY),
    ('{"customer": "Returning"}', ""),  # one word: a kind of customer
    ('{"customer": "Premium Member"}', ""),  # a person key's word is no name
    ('{"customer_type": "Ratu Epeli Naivalurua"}', ""),  # no bare person key: the value is judged as text
])
def test_a_bare_person_key_in_json_text_holding_a_name_is_personal(text: str, found: str) -> None:
    assert privacy.embedded_reason(text) == found
