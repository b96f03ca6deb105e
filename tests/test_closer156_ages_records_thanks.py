"""Closer 156: reviews 24 and 25's leaks and ordinary values refused, and attack 70's headline with an age.

- record_names.AGED_OPENING, record_names.HEADLINE_VERBS: after a full name and an age opening the text, a town (one
  to three capitalized words ending the text or before a comma or a date: `…, 40, Leeds`) or an age in brackets
  before a word in lower case (`… (40) aus Köln`) names a person, as a word in lower case after the age did; a
  headline's verb in the third person by language (`wins`, `gewinnt`, `remporte`, `gana`, `vince`) after the age is
  a news story's shape and goes out, and a product's colour, material or size (personal_keys.ATTRIBUTE_WORDS) is no
  town (`Dining Table, 40, Grey Velvet`).
- record_names.LOWER_RECORD_NAMED: a record's noun with its reference, a `for` word by language and a name in lower
  case, two or three words ending the text or before a comma (`Invoice INV-5512 for … …`) names a person; not what a
  record is for (record_names._RECORD_SUBJECTS, greetings' work words), a function word
  (record_names._FUNCTION_WORDS) or an activity's noun by its ending (record_names._ACTIVITY_ENDING). English `for`
  ending the text before a capitalized name stays out by choice (`Quote for …` is a service's page's shape).
- national_ids._BLANK_PLATE_LABEL: an insurance's quote, policy or cover and its `for` word, by language, before a
  plate's measure (`Insurance quote for AB12 CDE`, `Kfz-Versicherung für HH-VB 5836`) holds a plate.
- reviews._ONE_SIGNED: thanks of up to twelve words before the dash and one given name (`Thanks for the quick reply –
  …`); reviews.RELATIVES: a relative's word by language signs no given name (`Gracias – Abuela`, `Danke – Oma`).
- reviews.RATED_CJK: a bare rating opening the line before a Japanese name, glued or apart (`★5 …`).
- memorials._CARD_SIGNED_GIVEN: a sympathy card signed by two given names joined by `and` by language (`Sympathy card
  from … & …`), not kin's words nor a colour's pair.
- named_in_text._NOT_AGENTS, named_in_text._AGENT_NOUN: a software's feature word (`Agent Assist`) or a French agent
  noun (`Agent Provocateur`) after `Agent` is no agent's given name.
- named_in_text._HELP_TITLE_WORDS: a help page's or a tag's title word in brackets before a greeting is no speaker
  (`[Order Status]: hi there`).
- greetings._NO_MEDIUM: a question after a greeting and one word that names a release's medium (`Is this on vinyl?`)
  asks about the title the greeting is (`Hey Jude!`), not a person.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

AGED_PERSONS = [
    "Perdita Quellmore, 40, Leeds", "Wiebke Strandhagel, 52, Bad Homburg", "Jonas Brekkelund, 31, Bergen, 12.03.2026",
    "Marta Vellingroe, 67, Milton Keynes, retired", "Perdita Quellmore, 40, from Leeds",
    "Perdita Quellmore (40) aus Köln", "Sem Vrankelstee (34) uit Deventer", "Maëlle Quervan (28), Lyon",
    "Ingrid Solvang, 45, Tromsø", "Yorvenna Brastelwick, 40, nine years no claims bonus",
    "Mr Perdita Quellmore, 40, Leeds",
]
HEADLINES = [
    "Rory McIlroy, 36, wins the Masters at last", "Rory McIlroy, 36, Wins The Masters",
    "Thomas Müller, 35, verlässt den FC Bayern", "Kylian Mbappé, 25, remporte la Ligue des champions",
    "Rafa Nadal, 38, gana Roland Garros", "Jannik Sinner (23) vince a Melbourne",
    "Roger Federer, 41, retires from tennis", "Lionel Messi, 36, signs for Inter Miami",
    "Max Verstappen (26) gewinnt in Monaco", "Virgil van Dijk, 33, tekent bij Liverpool",
]
PRODUCT_VARIANTS = [
    "Dining Table, 40, Grey Velvet", "Velvet Chair, 45, Dark Blue", "Levis Jeans, 32, Black",
    "Sofa, 40, Grey Velvet",
]


@pytest.mark.parametrize("text", AGED_PERSONS)
def test_a_name_and_an_age_before_a_town_or_a_word_is_a_person(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", HEADLINES + PRODUCT_VARIANTS)
def test_a_headline_or_a_products_variant_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


LOWER_RECORD_PERSONS = [
    "Invoice INV-5512 for perdita quellmore", "Rechnung Nr. 5512 für jonas brekkelund",
    "Order #48213 for marta vellingroe, paid", "Facture n° F-2291 pour maëlle quervan",
    "Invoice INV-5512 for jonas lawrence", "Quote Q583617 for ingrid solvang (renewal)",
]
LOWER_RECORD_SUBJECTS = [
    "Invoice INV-5512 for graphic design", "Invoice INV-5512 for web design", "Order #4821 for click and collect",
    "Invoice 2026/01 for consulting services", "Invoice #12 for social media", "Order 48213 for store pickup",
    "Quote Q583617 for kitchen fitting", "Invoice INV-5512 for voice over", "Invoice INV-5512 for legal advice",
    "Invoice INV-5512 for march rent", "Invoice INV-5512 for extra luggage", "Invoice INV-5512 for roof repair",
    "Invoice INV-5512 for photo editing", "Invoice INV-5512 for project management",
    "Quote for Kitchen Fitting", "Quote for Bathroom Renovation",
    # (the lead's review: a thing's, a product's or an attribute's word, as capitalized names are judged)
    "Invoice INV-5512 for oak table", "Order 55 for red roses", "Order 55 for navy blue",
]
INSURED_PLATES = [
    "Insurance quote for AB12 CDE", "Car insurance quote for YR21 KXF", "Kfz-Versicherung für HH-VB 5836",
    "Assurance pour AB-123-CD", "Seguro para 1234 BCD", "Insurance policy for LK19 XQV",
]
INSURED_THINGS = [
    "Insurance quote for Tesla Model 3", "Quote for Home Insurance", "Insurance for iPhone 15 Pro",
    "Insurance quote for 2 cars", "Insurance for PS5 Pro", "Versicherung für Hausrat",
]


@pytest.mark.parametrize("text", LOWER_RECORD_PERSONS + INSURED_PLATES)
def test_a_referenced_records_lower_case_name_or_an_insured_plate_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", LOWER_RECORD_SUBJECTS + INSURED_THINGS)
def test_what_a_record_or_an_insurance_is_for_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


SIGNED_THANKS = [
    "Thanks for the quick reply – Marta", "Danke für die schnelle Hilfe – Jonas",
    "Many thanks for sorting out my order so quickly – Ingrid", "Merci beaucoup pour votre aide rapide – Maëlle",
    "Gracias – Lucía", "★5 柳瀬千晴", "★4 佐藤 花子", "Sympathy card from Jonas & Ingrid",
    "Beileidskarte von Jonas und Ingrid",
]
NOT_SIGNED = [
    "Gracias – Abuela", "Danke – Oma", "Merci – Mamie", "Grazie – Nonna", "Thanks – Mum",
    "Thanks for visiting our online store – Welcome", "Thank you for your order, it ships soon – Team",
    "★5 海鮮丼", "★★★★★ 東京 銀座店", "Sympathy card from Mum & Dad", "Sympathy card from Black & White",
    "Sympathy card from the team – Lilies",
]
CHAT_PERSONS = [
    "Agent Priya: happy to help", "Agent Marta: hi there", "[Marta Vellingroe]: hi, refund?",
    "Hey Marta! Is the wreath ready?",
]
CHAT_TITLES = [
    "Agent Provocateur: new arrivals", "Agent Assist: how can I help", "Agent Desk: how can I help",
    "[Order Status]: hi there", "[Shipping Update]: hello", "Hey Jude! Is this on vinyl?",
    "Hey Duggee! Is it on DVD?",
]


@pytest.mark.parametrize("text", SIGNED_THANKS + CHAT_PERSONS)
def test_a_signer_a_rated_author_or_a_chats_person_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_SIGNED + CHAT_TITLES)
def test_a_relative_a_title_or_a_feature_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
