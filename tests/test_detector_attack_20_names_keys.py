"""The twentieth attack's names after labels, titles and keys (tests/privacy_attack_cases_20.py): name, full-name,
family-name, address, phone and id words of Shona, Bemba, Lingala, Umbundu, Turkmen, Bengali, Dhivehi, Pashto, Nepali,
Kyrgyz, Tajik, Dari and Portuguese-speaking Africa's forms as keys and labels, a family name in capitals beside a
capitalized given name, a label on the line above its name, a name label in a user agent's comment, a salutation
opening ASCII text before an honorific with its dot, the chiefly titles `Fon` and `Ishe`; with the near misses each
rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

PERSONAL_KEY = "personal key"


@pytest.mark.parametrize(("key", "found"), [
    ("zita", PERSONAL_KEY),  # Shona: name
    ("ishina", PERSONAL_KEY),  # Bemba: name
    ("nkombo", PERSONAL_KEY),  # Lingala: name
    ("onduko", PERSONAL_KEY),  # Umbundu: name
    ("ady", PERSONAL_KEY),  # Turkmen: name
    ("customer_zita", PERSONAL_KEY),  # a name word with a person qualifier
    ("নাম", PERSONAL_KEY),  # Bengali: name
    ("ނަން", PERSONAL_KEY),  # Dhivehi: name
    ("نوم", PERSONAL_KEY),  # Pashto: name, alone
    ("аты_жөнү", PERSONAL_KEY),  # Kyrgyz: full name
    ("ному_насаб", PERSONAL_KEY),  # Tajik: full name
    ("насаб", PERSONAL_KEY),
    ("تخلص", PERSONAL_KEY),  # Dari: family name
    ("ठेगाना", PERSONAL_KEY),  # Nepali: address
    ("ঠিকানা", PERSONAL_KEY),  # Bengali: address
    ("дарек", PERSONAL_KEY),  # Kyrgyz: address
    ("মোবাইল_নম্বর", PERSONAL_KEY),  # Bengali: mobile number
    ("ফোন", PERSONAL_KEY),
    ("tazkira", PERSONAL_KEY),  # Afghanistan's identity card
    ("nuit", PERSONAL_KEY),  # Mozambique's tax number, alone
    ("nuit_number", PERSONAL_KEY),
    ("numero_bi", PERSONAL_KEY),  # the identity card (bilhete de identidade) with a number word
    ("bi_number", PERSONAL_KEY),
    ("zita_pasta_shape", ""),  # a name word with another word and no person qualifier stays ordinary
    ("ishina_ya_bulanketi", ""),
    ("ملابس_نوم", ""),  # Arabic: sleepwear
    ("prix_nuit", ""),  # French: a night's price
    ("nuit_blanche_edition", ""),
    ("bi_dashboard", ""),  # business intelligence
    ("bi", ""),
])
def test_a_key_in_the_twentieth_attacks_languages_is_judged_by_its_words(key: str, found: str) -> None:
    assert detector.key_reason(key) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Zita: Tendai Moyo", postal.PERSON_NAME),
    ("Ishina: Mwila Chanda", postal.PERSON_NAME),
    ("Nkombo: Mbuyi Tshilombo", postal.PERSON_NAME),
    ("Onduko: Kalei Tchissola", postal.PERSON_NAME),
    ("নাম: মোহাম্মদ রহিম উদ্দিন", postal.PERSON_NAME),
    ("ނަން: އަޙްމަދު ނާޞިރު", postal.PERSON_NAME),
    ("نام و تخلص: احمد شاه رحیمی", postal.PERSON_NAME),
    ("نوم: ګل احمد وردک", postal.PERSON_NAME),  # the label's only word
    ("Аты-жөнү: Асанов Бакыт Төлөгөнович", postal.PERSON_NAME),
    ("Ному насаб: Раҳимов Фаррух", postal.PERSON_NAME),
    ("ملابس نوم: حرير ناعم", ""),  # sleepwear: silk (Arabic `نوم` after another word)
    ("Zita Swoon Live Album", ""),  # no label's colon
    ("Onduko Wooden Bowl", ""),
])
def test_a_name_after_a_name_label_of_the_twentieth_attack_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Nom et prénom: KABILA Marie-Josée", postal.PERSON_NAME),
    ("Destinataire : Christelle NGONO", postal.PERSON_NAME),
    ("Recipient: Wyn OKAFOR", postal.PERSON_NAME),
    ("Nom: NGONO Christelle Aimée", postal.PERSON_NAME),
    ("Product name: NIKE Air", ""),  # a product's name: the key rule calls the label no person's
    ("Brand: NIKE Air", ""),
    ("Destinataire : Customer SERVICE", ""),  # a generic addressee
    # (one word in capitals alone after a name's label was a code as often; since closer 152 it is a printed name's,
    # record_names.PRINTED_NAME: `Name: BRELLQUORVIN` on a shirt, refused)
    ("Nom: KABILA", postal.PERSON_NAME),
])
def test_a_family_name_in_capitals_beside_a_given_name_after_a_person_label_is_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Nom\nMutombo Kabasele", postal.PERSON_NAME),
    ("Nom\\nMutombo Kabasele", postal.PERSON_NAME),  # JSON's `\n`
    ('{"note": "Nom\\nMutombo Kabasele"}', postal.PERSON_NAME),  # the label opening a JSON string
    ("Customer name\nWyn Okafor\nPhone", postal.PERSON_NAME),
    ("Nom et prénom\nKABILA Marie-Josée", postal.PERSON_NAME),
    ("Name\nBlue Sneakers", postal.PERSON_NAME),  # a product under a name label: a drop the README accepts
    ("Product name\nClassic Tee", ""),  # a product's label
    ("Name\nCustomer Service", ""),  # a generic addressee
    ("Nom\nMutombo Kabasele Shop Kinshasa Gombe", ""),  # more than a name on the line
    ("Colour\nNavy Blue", ""),
])
def test_a_person_label_on_the_line_above_a_name_names_it(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; Nom : Mutombo Kabasele) Mobile", postal.PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Nome completo: João Manuel dos Santos) Mobile", postal.PERSON_NAME),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0", ""),
    ("Mozilla/5.0 (Linux; Android 14; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
     "Safari/537.36", ""),
    ("Mozilla/5.0 (Linux; Android 14; Model: Tecno Camon) Mobile", ""),  # a label naming no person
])
def test_a_name_label_in_a_user_agents_comment_is_read_as_in_text(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Dear Mr. Henshaw", postal.PERSON_NAME),  # a book's title too: the README accepts the drop
    ("Dear Mr Henshaw", postal.PERSON_NAME),
    ("Fon Abumbi Ndefru of Bafut", postal.PERSON_NAME),  # Cameroon's Grassfields: the name goes on in lower case
    ("Delivered to Ishe Tendai Chirau", postal.PERSON_NAME),
    ("Dear Evan Hansen", ""),  # no honorific, no mark: a title
    ("Dear Santa Letter Kit", ""),
    ("Chief Keef Poster", ""),
    ("Chief Marketing Officer at Example Shop", ""),  # `Chief` is no chiefly title here
    ("Fon Tea Blend Premium", ""),
    # an honorific and a name with no mark around them, the whole text: not claimed (written as a brand is)
    ("Mme Fatou Ndiaye", ""),
    ("Mrs. Kaʻiulani Kealoha", ""),
    ("Ishe Tendai Chirau", ""),
    ("Mme Figaro Magazine", ""),
])
def test_an_honorific_before_a_name_is_read_where_a_layout_says_so(text: str, found: str) -> None:
    assert detector.reason(text) == found
