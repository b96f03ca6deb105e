"""Names 51: given_names' lexicon grown from ~440 names in 8 language groups to ~3,300 in 21, by rule.

- The lexicon's rule (given_names' docstring): no name is a common word of a language the gate reads (BIP39's list and
  its plurals, common_words' tables and everyday nouns), a brand's word, a town or a country; names that are a word, a
  place, a brand, a month, a product or a character more often where the gate reads text are left out.
- Every rule reading a known given name now reads the common names of those groups (`John`, `Jean`, `Maria`, `Elena`,
  `Nina`, `Kasia`, `Mohammed`, `Fatima`, `Wei`, `Yuki`, `Priya`): reviews 38 and 39's leaks of a given name off the
  list close (a phone's label before a name ending like an agent's noun, a full name whose family name is a common
  word of a language, as a speaker, a greeted name, a date's person, a counterpart under a key or as a slug).
- A quote's customer in a file's name is a family name in capitals before a known given name
  (personal_documents._a_customer_in_capitals): a maker in capitals before its product goes out
  (`Quote_TOYOTA_Corolla.pdf`, review 40's drops).

The price (asserted below): a quote's customer whose given name is off the list goes out (`Quote_QUENBY_Velmora.pdf`);
a product named like a person after its maker is refused (`Quote_RENAULT_Zoe.pdf`), and a cocktail after a date's `with`
(`with john collins`); `Tom` is left out (a cocktail's, a brand's: `tom collins`, `Tom Ford`), so a `Tom` is read no
better than before.
"""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import brand_words, geography, given_names
from meta_capi.common_words import EVERYDAY_NOUNS, a_common_word_in_a_language
from review_cases import review_tests


def _off_the_rule(name: str) -> bool:
    """Whether a lexicon's `name` breaks given_names' rule: a common word of a language, a brand's word, a town or a
    country."""
    return (a_common_word_in_a_language(name) or name in EVERYDAY_NOUNS or name in brand_words.BRAND_WORDS
            or name in geography.TOWN_NAMES or name in geography.TOWNS_THAT_ARE_WORDS
            or name in geography.COUNTRY_BY_KEY)


def test_no_given_name_is_a_common_word_a_brands_word_a_town_or_a_country() -> None:
    assert sorted(name for name in given_names.GIVEN_NAMES if _off_the_rule(name)) == []


def test_the_lexicon_holds_the_common_names_of_21_groups() -> None:
    assert (len(given_names._GIVEN_NAMES), 3000 <= len(given_names.GIVEN_NAMES) <= 3500) == (21, True)


@pytest.mark.parametrize("group", sorted(given_names._GIVEN_NAMES))
def test_each_groups_names_read_as_given_names_capitalized(group: str) -> None:
    words: List[str] = given_names._GIVEN_NAMES[group].split()
    assert [word for word in words if not given_names.a_given_name(word.capitalize())] == []


@pytest.mark.parametrize("name", [
    "John", "Jean", "Maria", "Elena", "Nina", "Kasia", "Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Fatima",
    "Wei", "Yuki", "Priya", "Rhys", "Jürgen", "Françoise", "Lucía", "João", "Giulia", "Maarten", "Björn", "Søren",
    "Małgorzata", "Dmitry", "Giorgos", "Zeynep", "Shirin", "Arjun", "Xiaoming", "Haruto", "Jiwoo", "Nguyệt", "Thanh",
    "Ngozi", "Kwame", "Yonatan", "Zsófia", "Marvin's", "Kristin,",
])
def test_a_common_given_name_of_each_group_is_read_as_one(name: str) -> None:
    assert given_names.a_given_name(name)


@pytest.mark.parametrize("word", [
    "Grace", "Hope", "Joy", "Mark", "Will", "Bill", "Rose", "May", "June", "August", "Paris", "Florence", "Jordan",
    "Austin", "Sydney", "Chelsea", "Madison", "Georgia", "Virginia", "Victoria", "Porsche", "Ferrari", "Tesla", "Kia",
    "China", "Mario", "Luigi", "Wendy", "Douglas", "Tom", "Una", "Ville", "Dev", "Uri", "Matt", "Sander", "Montserrat",
    "Hind", "Rana", "Said", "Tien", "Lien",
])
def test_a_word_a_place_or_a_brand_more_often_is_no_given_name(word: str) -> None:
    assert not given_names.a_given_name(word)


ORDINARY = [
    # (the names left out: a cocktail's, a brand's, a game's words)
    'Drinks booked – with tom collins', 'Thanks Tom Ford fans, sold out!', 'Super Mario Party – new in!',
    # (a phone's label before words that are no given name)
    'Tel. Support 12 300 – 45 600',
    # (a full name opening on no given name, its words common ones of a language)
    'Neue Nachricht: hast du morgen Zeit?', 'Vista Mar: see you at 8?',
    # (a maker in capitals before its product in a quote's file; a quote's state and its job)
    'Quote_TOYOTA_Corolla.pdf', 'Devis_RENAULT_Clio.pdf', 'Quote_HONDA_Civic.pdf', 'Quote_FORD_Transit.pdf',
    'Quote_SONY_Bravia.pdf', 'Offerte_DAIKIN_Airco.pdf', 'Quote_URGENT_Boiler.pdf', 'Devis_TRAVAUX_Cuisine.pdf',
    'Quote_OPEL_Corsa.pdf', 'Quote_TOYOTA_Yaris.pdf', 'Quote_SKODA_Octavia.pdf', 'Quote_RENAULT_Megane.pdf',
    # (the price: a quote's customer whose given name is off the list)
    'Quote_QUENBY_Velmora.pdf', 'Quote_DRANVOQUIST_Tessaly.pdf',
]

PERSONAL = [
    # (review 38: a given name off the old list after a phone's label, ending like an agent's noun or a plural)
    'Tel. Esther 12 300 – 45 600', 'Tel. Agnes 12 300 – 45 600', 'Tel. Kristin 12 300 – 45 600',
    'Ring Marvin 12 300 – 45 600',
    # (review 39: a known given name before a family name that is a common word of a language)
    'Kasia Nowa: widzimy się jutro?', 'Elena Vista: are you free saturday?', 'Hola Elena Mar, ¿qué tal?',
    'Ciao Elena Cena, ci vediamo?', 'Reserva – sábado 21h – con Elena Mar', 'Nina Mar: see you at 8?',
    'Date booked: Sat 19:30 – Nobu – with Kasia Nowa', 'Nanny – Elena Klein', 'Elena Klein (elenak) joined the server',
    'Gas Safe ID 123456 (Elena Klein)', 'Selfie_Elena_Klein.jpg', 'Congratulations to Elena Klein, winners',
    'Open https://shop.example.com/chat?partner=Elena+Klein',
    # (a quote's customer: a family name in capitals before a known given name)
    'Quote_SMITH_John.pdf', 'Quote_NGUYEN_Thanh.pdf', 'Devis_DUPONT_Jean.pdf', 'Presupuesto_GARCIA_Lucia.pdf',
    'Quote_KLEIN_Orla.pdf', 'Quote_QUENBY_Orla.pdf', 'Devis_BAIN_Thanh.pdf', 'Quote_SMITH_John_2026.pdf',
    # (the price: a product named like a person after its maker; a cocktail named like one after a date's `with`)
    'Quote_RENAULT_Zoe.pdf', 'Quote_OPEL_Adam.pdf', 'Quote_DACIA_Logan.pdf', 'Drinks booked – with john collins',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/inbox/spam-folder', '/p?partner=Klarna+Pay', '/uploads/Quote_TOYOTA_Corolla.pdf')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/messages?with=Elena+Klein', '/messages?with=Kasia+Nowa', '/messages?with=Nina+Mar', '/date?partner=Elena+Vista',
    '/chat?partner=Kasia+Nowa', '/chat/kasia-nowa', '/chat/elena-vista', '/uploads/Quote_SMITH_John.pdf')]

globals().update(review_tests(globals()))
