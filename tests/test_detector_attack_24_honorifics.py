"""The twenty-fourth attack's honorifics, relations and appositions (tests/privacy_attack_cases_24.py): the honorifics
of India and Pakistan in Latin letters and in scripts without capitals, a dash typed as two hyphens after an
honorific's name, a relation between names as Indian and Pakistani forms write it (`S/o`, `W/o`, `C/o`), and a name in
apposition to a word for a person (`the visitor, Leonor Remédios, asked`); with the near misses each rule leaves
alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal


@pytest.mark.parametrize(("text", "found"), [
    ("Wish list of Shri Venkata Subbarao — dhanyavadalu", postal.PERSON_NAME),
    ("Please deliver to Smt. Lakshmi Narayanaswamy at the gate", postal.PERSON_NAME),
    ("Janab Ali Shah Bhuttozai ka order", postal.PERSON_NAME),  # three words after a South Asian honorific
    ('{"msg": "Janab Ali Shah Bhuttozai ka order"}', postal.PERSON_NAME),  # a JSON string opens as the text does
    ("Wish list of Mrs Aroha Ngatawhai -- kia ora", postal.PERSON_NAME),  # two hyphens end the name as a dash does
    ("Gift list of Shrimati Meena Kumari Iyer, thank you", postal.PERSON_NAME),
    # near misses: a title's words after the honorific, Sri Lanka, a brand
    ("Smt Fancy Sarees Catalogue", ""),
    ("Shri Ram Pickles 1 kg", ""),
    ("Sri Lanka Tea 200g", ""),
    ("Tea from Sri Lanka Highlands, loose leaf", ""),
    ("Janab-e-Ali Attar 6ml", ""),
    ('[{"id": "S-1", "title": "Mr. Coffee Maker"}]', ""),  # a JSON string's title: no word in lower case after it
    ("Buy Mr. Potato Head -- Toy", ""),
])
def test_an_honorific_of_india_and_pakistan_before_a_name_is_read_in_running_text(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("శ్రీ రవి తేజ కొండపల్లి గారికి", postal.PERSON_NAME),  # Telugu
    ("શ્રી હિરેન પટેલ", postal.PERSON_NAME),  # Gujarati
    ("جناب علی شاہ بھٹو صاحب", postal.PERSON_NAME),  # Urdu
    ("جناب آقای علی رضایی", postal.PERSON_NAME),  # Persian: the same honorific before another
    ("ਸ੍ਰੀ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", postal.PERSON_NAME),  # Gurmukhi
    ("श्रीमती सुनीता जोशी", postal.PERSON_NAME),  # Devanagari
    ("सुनीता जोशी, पुत्री प्रकाश जोशी", postal.PERSON_NAME),  # a relation word opening a clause
    # near misses: one word after it, the honorific inside a clause, no honorific
    ("श्री गणेश", ""),
    ("जनाब", ""),
    ("ప్రియమైన శ్రీ", ""),
    ("सुनीता जोशी", ""),
])
def test_an_honorific_or_a_relation_in_a_script_without_capitals_before_words_of_it_is_a_name(
        text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Ramesh Kumar Zqreddy S/o Suresh Kumar Zqreddy", postal.PERSON_NAME),
    ("Anita Rao D/O Venkat Rao, Plot 12", postal.PERSON_NAME),
    ("Sunita Zqjoshi W/o Prakash Zqjoshi", postal.PERSON_NAME),  # `W/o`: the names share a word
    ("C/o Lakshmi Narayanaswamy, Near Bus Stand", postal.PERSON_NAME),
    ("c/o Maria Schmidt, Hauptstr. 5", postal.PERSON_NAME),
    # near misses: "without", a place a parcel is left at, a generic addressee, one word
    ("Samsung Tablet W/o Keyboard Cover", ""),
    ("Laptop w/o Charger Cable", ""),
    ("C/o Amazon Locker pickup", ""),
    ("C/O Amazon Locker Pickup", ""),
    ("C/o Customer Service, Example Shop", ""),
    ("S/o Suresh", ""),
])
def test_a_relation_between_names_as_indian_forms_write_it_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("the visitor, Leonor Remédios, asked about the parcel", postal.PERSON_NAME),
    ("our customer, Anu Mathewkutty, called twice", postal.PERSON_NAME),
    ("Delivered to the recipient, Aroha Ngatawhai, at 3pm", postal.PERSON_NAME),
    ("the buyer, Gurpreet Sandhuwalia, wants a refund", postal.PERSON_NAME),
    ("la clienta, Rosa Ñamandúpy, pidió un cambio", postal.PERSON_NAME),
    ("l'acheteur, Jean Dupont, a payé", postal.PERSON_NAME),
    ("L’UTILISATRICE, Léa Roux, a appelé", postal.PERSON_NAME),  # (no cue but the role word's, in capitals)
    ("Summary: the visitor, Leonor Remédios, asked twice about a refund", postal.PERSON_NAME),
    ("The customer, Anu Mathewkutty", postal.PERSON_NAME),  # opening the text, the name may end it
    ('{"t": "the customer, Anu Mathewkutty"}', postal.PERSON_NAME),
    ("the visitor,\nLeonor Remédios,\nasked about delivery", postal.PERSON_NAME),  # the name on the next line
    # near misses: no word for a person, a business, a title's last words, no determiner
    ("the seller, Amul Dairy, ships fast", ""),
    ("our client, Example Shop, renewed", ""),
    ("the customer, Customer Service, replied", ""),
    ("Gift for the shopper, Silk Scarf", ""),
    ('{"t": "Manual for the user, Quick Start Guide"}', ""),
    ("Customer, Anu Mathewkutty, called", ""),
    ("Gift for the shopper,\nSilk Scarf", ""),  # on the next line: still a title's last words
])
def test_a_full_name_in_apposition_to_a_word_for_a_person_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; the buyer, Gurpreet Sandhuwalia, wants a refund) AppleWebKit/537.36",
     postal.PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Gift list of Smt. Lakshmi Narayanaswamy — dhanyavaad) AppleWebKit/537.36",
     postal.PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; શ્રી હિરેન પટેલ) AppleWebKit/537.36", postal.PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Gift for the shopper, Silk Scarf) AppleWebKit/537.36", ""),
])
def test_a_user_agents_field_is_read_for_them_as_a_text_of_its_own(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


@pytest.mark.parametrize(("path", "found"), [
    ("account\nRamesh Kumar Zqreddy S/o Suresh Kumar Zqreddy\norders", postal.PERSON_NAME),
    ("account\nour customer, Anu Mathewkutty, called twice\norders", postal.PERSON_NAME),
    ("account\nJanab Ali Shah Bhuttozai ka order\norders", postal.PERSON_NAME),
    ("products\nMr. Coffee Maker\nreviews", ""),
    ("products\nC/o Amazon Locker pickup\norders", ""),
])
def test_a_url_paths_segment_is_read_for_them_as_a_sentence(path: str, found: str) -> None:
    assert detector.reason(path, segments=True) == found
