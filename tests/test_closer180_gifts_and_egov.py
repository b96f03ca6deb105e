"""Closer 180: attacks 82 (personalised gifts and printing) and 83 (e-government portals), claimed by rule, by meaning
and by language.

- privacy._web_keyed_reason (national_ids.nir_segment): a web page's URL alone as an id's value (a `content_ids`
  piece) whose path has a segment that is a NIR alone (its sex, month and key of 97) holds a national id, as a URL
  field's path does; the id's other digits stay an id's.
- postal._THE_DECEASED (postal.person_role): the deceased's word after its definite article by language is a
  party's label (`the deceased:`, `der Verstorbene:`, `le défunt :`); not the other parties' words after an article.
- personal_documents.DOCUMENTS["a civil status certificate"], personal_documents._REGISTRY_PAGES
  (personal_documents._certified_person): a birth, marriage or death certificate's words opening the text or a part,
  then a dash, a colon or the holder's preposition and a full name; a registry's page's words (an office, a request,
  a copy's kind, a fee, help, an organization), a known town or a country after it, and a product's words before it,
  go out.
- record_names.APPOINTMENT_FOR, key_lexicon.OFFICE_APPOINTMENTS, record_names._PUBLIC_SERVICES: an office's
  appointment's noun, the office's words, a date, a `for` word and a full name (or the date right after the name);
  a service's page without a date, a salon's hour alone and what a citizen books it for go out.
- cued_names._BIRTHDAYS_LISTED, cued_names._BIRTHDAY_HEADINGS: a birthdays heading (a plural's or a calendar's
  words by language), its colon, maybe a relation, then a full name and its date; not under a famous people's
  heading (cued_names._FAMOUS), nor a thing's words.
- mails.signed_after_a_closing (mails._CLOSINGS_FROM, _YOURS_ALONE, _POSTCARD_PLACES): a closing with its "from"
  after a wish or a sentence's end, or after a label's colon before a family's list, or a possessive alone after a
  wish, then the signers ending the text maybe before kisses; a souvenir's title, a place, a figure, the family by
  its role or a business goes out.
- cued_names._NAMED_PRODUCT, cued_names._WITH_A_NAME: a personalised product's words for the name it carries and a
  colon before a full name; a placeholder goes out (postal._placeholder, Polish's possessive among its openers).
- cued_names._PERSONALISED_FOR_AGED: a personalised product's word, `for` by language, a full name and a child's age
  with its word; an age's range goes out.
- record_names.NAMED_IN_CLASS: a full name opening a quoted string and a class's word with its year and section; a
  school book's year alone goes out.
- named_in_text._PET_OWNER_NAMED, named_in_text._PETS: the owner's word in lower case opening a part before a full
  name, after a pet's word; a club's owner and a title's audience go out.
- mails._DEDICATED_TO_KIN, mails._RELATIONS: `To` or `For` by language, a relation's word and a full name before a
  comma, `!`, a dash or the end; a card's title going on with a wish's or a thing's words goes out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

NIR_IN_AN_ID = [
    "https://www.example-caisse.fr/assure/288037511573992/attestation",
    "https://portail.example.fr/dossiers/192054821731115",
]
IDS_OF_DIGITS = [
    "https://www.example-caisse.fr/assure/288037511573993/attestation",  # (its key is wrong)
    "https://shop.example.com/r/4917629483715", "https://shop.example.com/p/380012345678901/reviews",
]


@pytest.mark.parametrize("url", NIR_IN_AN_ID)
def test_a_nir_alone_in_a_path_segment_of_an_ids_url_is_refused(url: str) -> None:
    assert privacy.free_text(url, "content_ids", id_like=True) == ""


@pytest.mark.parametrize("url", IDS_OF_DIGITS)
def test_an_ids_url_with_other_digits_goes_out(url: str) -> None:
    assert privacy.free_text(url, "content_ids", id_like=True) == url


THE_DECEASED = [
    "Register a death – the deceased: Wrenna Haldecott", "The deceased: Tobiah Quennell",
    "Sterbefall melden – der Verstorbene: Oskar Brimsworth", "Déclaration de décès – le défunt : Ysolde Marrowby",
    "El fallecido: Tobiah Quennell", "De overledene: Wrenna Haldecott",
]
NOT_THE_DECEASED = [
    "Register a death – the deceased: what you need", "Tell Us Once – the deceased: Bank Accounts",
    "The deceased: A Novel", "The Customer: Tobiah Quennell", "The Keeper: Wrenna Haldecott",
    "Der Verstorbene: Rechte und Pflichten",
]


@pytest.mark.parametrize("text", THE_DECEASED)
def test_the_deceased_after_its_article_is_a_partys_label(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_THE_DECEASED)
def test_guidance_and_other_parties_after_an_article_go_out(text: str) -> None:
    assert detector.reason(text) == ""


CERTIFICATES = [
    "Geburtsurkunde für Oskar Brimsworth", "Acte de naissance de Ysolde Marrowby",
    "Certificato di nascita – Quennell Tobiah", "Birth certificate – Wrenna Haldecott",
    "Sterbeurkunde: Oskar Brimsworth", "Partida de nacimiento de Tobiah Quennell",
    "Heiratsurkunde – Ysolde Marrowby", "Akt urodzenia – Wrenna Haldecott",
]
REGISTRY_PAGES = [
    "Birth certificate – Apply Online", "Heiratsurkunde – Standesamt München", "Acte de naissance – Copie Intégrale",
    "Certificato di nascita – Comune di Milano", "Death certificate – Northern Ireland",
    "Certidão de nascimento – Segunda Via", "Geboorteakte – Gemeente Amsterdam", "Birth Certificate – Long Form",
    "Certificado de nacimiento – Sede Electrónica", "Novelty Birth Certificate – Teddy Bear",
    "Geburtsurkunde für Neugeborene", "Geburtsurkunde beantragen", "Birth_Certificate_Baby_Girl.pdf",
    "Birth Certificate – Frequently Asked Questions", "Certificato di nascita – Richiesta Online",
]


@pytest.mark.parametrize("text", CERTIFICATES)
def test_a_civil_status_certificates_person_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", REGISTRY_PAGES)
def test_a_registrys_pages_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_certificates_person_in_a_url_path_is_cut() -> None:
    url = "https://portal.example.de/files/Geburtsurkunde%20f%C3%BCr%20Oskar%20Brimsworth?x=1"
    assert privacy.clean_url(url, drop_query=True) == "https://portal.example.de/"


APPOINTMENTS = [
    "Termin Bürgeramt Mitte 12.01.2026 09:30 für Oskar Brimsworth",
    "Cita previa Seguridad Social – para Tobiah Quennell, 14/01/2026 10:15",
    "Rendez-vous Préfecture 15/01/2026 pour Ysolde Marrowby",
    "Appointment at Passport Office 12.01.2026 09:30 for Wrenna Haldecott",
    "Termin Ausländerbehörde 12.01.2026 für Oskar Brimsworth",
]
NOT_APPOINTED = [
    "Termin Bürgeramt Mitte 12.01.2026 09:30 für Reisepass Beantragung",
    "Cita previa Seguridad Social – para Pensionistas Extranjeros",
    "Cita previa Seguridad Social – para Jubilación Anticipada, 14/01/2026",
    "Appointment 14:30 at Barber Shop for Beard Trim", "Appointment at DVLA 12.01.2026 for Driving Test",
    "Termin Kfz-Zulassungsstelle 14.02.2026 für Neue Fahrzeuge", "Termin Standesamt 12.01.2026 für Eheschließung",
    "Termin: 12.01.2026, 09:30 Uhr", "Solicitar cita previa",
]


@pytest.mark.parametrize("text", APPOINTMENTS)
def test_whom_a_dated_office_appointment_is_for_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_a_services_page_a_salons_hour_and_a_service_go_out(text: str) -> None:
    assert detector.reason(text) == ""


BIRTHDAYS = [
    "Calendar birthdays: Opa Tobiah Quennell 12.03.1948", "Geburtstage: Oskar Brimsworth 14.07.2019",
    "Verjaardagskalender: oma Wrenna Haldecott 23-09-1951", "Anniversaires : Ysolde Marrowby 12/03/2015",
    "Cumpleaños: Tobiah Quennell 12/03/2015",
]
NOT_BIRTHDAYS = [
    "Famous birthdays: Albert Einstein 14.03.1879", "Celebrity Birthdays: Taylor Swift 13.12.1989",
    "Promi-Geburtstage: Helene Fischer 05.08.1984", "Birthdays: Party Ideas 2026",
    "Birthday calendar: Family Planner 2026", "Birthdays: Balloons Gold 12.03.2026", "Birthday Balloons",
]


@pytest.mark.parametrize("text", BIRTHDAYS)
def test_a_familys_birthdays_under_a_heading_are_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_BIRTHDAYS)
def test_famous_birthdays_and_a_calendars_goods_go_out(text: str) -> None:
    assert detector.reason(text) == ""


SIGNED = [
    "Gift message: Happy birthday, love from Tobiah Quennell x",
    "Grußkarte: Alles Gute zum 50.! Deine Wrenna Haldecott",
    "Christmas card inside: Love from Ysolde, Oskar & Tobiah Marrowby",
    "Merry Christmas! Love from Ysolde, Oskar and Tobiah Marrowby xx",
    "Joyeux anniversaire ! Bisous de Ysolde Marrowby", "Feliz cumpleaños, con cariño de Tobiah Quennell",
    "We miss you.\nLove from Wrenna Haldecott",
]
NOT_SIGNED = [
    "Love from Tobiah Quennell", "Love From Lake District", "Mug: Love from Lake District",
    "Tea towel, Love from Lake District", "Postcard: Love from New York", "Happy holidays, love from New York",
    "Happy birthday, love from Santa Claus", "Merry Christmas, hugs from Costa Brava",
    "Frohe Weihnachten! Dein Team Example", "Danke für deine Bestellung! Deine Bestellung Versandkostenfrei",
    "Christmas card inside: Love from Mum, Dad & Family", "Happy birthday, love from Mum & Dad x",
    "Thank you for your order! Best wishes from Example Shop", "Souvenir magnet – Greetings from Costa Rica",
    "With love from Italy: Pasta Gift Set",
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_cards_signers_after_a_closing_without_a_comma_are_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_a_souvenirs_title_a_place_a_figure_and_a_business_go_out(text: str) -> None:
    assert detector.reason(text) == ""


NAMED_PRODUCTS = [
    "Kubek z imieniem: Wrenna Haldecott", "Tasse mit Namen: Oskar Brimsworth", "Mug with name: Tobiah Quennell",
    "Bol avec prénom : Ysolde Marrowby", "Persönliches Kinderbuch für Oskar Brimsworth (6 Jahre)",
    "Livre personnalisé pour Ysolde Marrowby (4 ans)", "Personalised storybook for Tobiah Quennell, 5 years old",
]
NOT_NAMED_PRODUCTS = [
    "Mug with name: Your Name Here", "Kubek z imieniem: Twoje Imię", "Tasse mit Namen: Dein Wunschname",
    "Mug with name: Gold Foil", "Personalised Name Mug 11oz", "Kubek z imieniem – prezent dla mamy",
    "Personalised Book for Little Explorers (3-6 years)", "Persönliches Kinderbuch für Kleine Entdecker (ab 3 Jahre)",
    "Personalised Story for Little Explorers (age 4)", "Persönliches Kinderbuch für Jungen und Mädchen (6 Jahre)",
    "Name Labels – Pack of 50",
]


@pytest.mark.parametrize("text", NAMED_PRODUCTS)
def test_the_name_a_personalised_product_carries_or_is_for_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_NAMED_PRODUCTS)
def test_a_placeholder_an_option_and_an_audience_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_named_products_name_in_a_url_path_is_cut() -> None:
    url = "https://shop.example.pl/files/Kubek%20z%20imieniem%3A%20Wrenna%20Haldecott/view"
    assert privacy.clean_url(url) == "https://shop.example.pl/"


IN_CLASS = ['Text layer 2: "Oskar Brimsworth, Kl. 1b"', "Tobiah Quennell, Class 4B", "Ysolde Marrowby, classe 5A"]
NOT_IN_CLASS = ["Lesebuch Deutsch, Klasse 2", "Maths Workbook, Year 4", 'Text layer 1: "Happy Birthday, Class 4B"',
                "Harry Potter, Year 1", "name labels school"]


@pytest.mark.parametrize("text", IN_CLASS)
def test_a_pupils_name_before_a_class_and_its_section_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_IN_CLASS)
def test_a_school_books_year_and_a_greeting_go_out(text: str) -> None:
    assert detector.reason(text) == ""


PET_OWNERS = [
    "Pet portrait of Pudding – owner Wrenna Haldecott", "Portrait de chien – propriétaire Ysolde Marrowby",
    "Retrato de perro Toby – dueña Tobiah Quennell", "Dog tag, owner Oskar Brimsworth, tel on back",
]
NOT_PET_OWNERS = [
    "Chelsea FC – owner Todd Boehly", "Funny dog owner Christmas Jumper", "Dog owner Gift Set",
    "Cat owner Starter Kit", "Dog portrait – owner Portrait Bundle",
]


@pytest.mark.parametrize("text", PET_OWNERS)
def test_a_pets_owner_after_the_owners_word_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", PET_OWNERS)
def test_a_pets_owner_in_an_order_id_is_refused(text: str) -> None:
    assert privacy.free_text(text, "order_id", id_like=True) == ""


@pytest.mark.parametrize("text", NOT_PET_OWNERS)
def test_a_clubs_owner_and_a_titles_audience_go_out(text: str) -> None:
    assert detector.reason(text) == ""


TO_KIN = [
    "Card front: To Grandad Tobiah Quennell, 80 today!", "Für Oma Wrenna Haldecott – alles Gute zum 80.!",
    "Pour Mamie Ysolde Marrowby, joyeux anniversaire",
]
NOT_TO_KIN = [
    "To Grandad With Love Card", "To Mum Happy Birthday", "To Nan Birthday Card", "To Grandad From Grandson",
    "To My Grandad On Your Birthday", "To Grandad, 80 today!", "For Mum Gift Set", "To Sister Act Tickets",
]


@pytest.mark.parametrize("text", TO_KIN)
def test_a_cards_relative_by_name_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", TO_KIN[:1])
def test_a_cards_relative_by_name_in_a_products_id_is_refused(text: str) -> None:
    assert privacy.free_text(text, "product_id", id_like=True, product=True) == ""


@pytest.mark.parametrize("text", NOT_TO_KIN)
def test_a_cards_title_going_on_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
