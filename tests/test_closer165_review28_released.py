"""Closer 165: review 28's ordinary values refused by session 40's rules, released by rule, by meaning and by language,
with their personal neighbours kept.

- brand_words.BRAND_WORDS (brand_words.a_brands_name): a brand's common words (a trade's goods or service, a greeting a
  brand opens with, a firm's nationality or home country, a research body's, a charity's, a railway's or a racing
  team's word), none a given or a family name: after an offer's `from`/`de` (case_titles.offer_reason: `Offer of £5
  from Just Eat`), a marketplace's seller (case_titles.party_reason: `Bought from seller Cotswold Outdoor`), on a
  school bag's print (record_names.LABELLED_KIT: `Hello Kitty`), after a condition's word (named_diets: `ADHD planner
  – Spiral Notebook`). Kept: `Offer of £45 from Orla Fennimore`, `Dispute with buyer Orla Fennimore`. A brand spelled
  as a person's full name (`John Lewis`, `Ted Baker`, `Yves Rocher`) or holding a word that is a family name too
  (`Coca Cola`: `Cola`, `Soda`, `Bahn` are none of brand_words') stays refused: only a list of brands tells it.
- brand_words.a_business_name (greetings._THANKS_TO): a business, a charity or a team thanked before `for` (a brand's
  word, postal's organizations, role_labels.CLUB_AND_BREED_WORDS of four letters or more: `Thanks to British Heart
  Foundation for …`, `Danke an Deutsche Bahn für …`, `Thanks to Manchester United for …`). Kept: `Thanks to Orla
  Fennimore for the lift`, `Danke an Tobias Kranewitter für die Hilfe`.
- role_labels.PICKUP_PLACES_AND_TIMES (role_labels.a_pickup_place): a grocer's store format after the bare pickup's
  label (`Pickup: Morrisons Daily`, `Sainsbury's Local`, `Simply Food`). Kept: `Pickup: Orla Fennimore (Grandma)`.
  A suburb that is a family name as often stays refused (`Pickup: Waitrose Clifton`).
- record_names._KIT_DESIGNS (record_names.LABELLED_KIT): a crest's, a logo's or a character's animal's word (`School
  jumper print: Crest Only`, `Book bag print: Spider Man`). Kept: `Book bag print: Tobias Kranewitter`. A character
  spelled as a full name stays refused (`Harry Potter`).
- record_names._SCHOOLING_WORDS (record_names.TAUGHT_NOTED): a history topic's words (`Lesson notes: Ancient Egypt`).
  Kept: `Lesson notes for Orla Fennimore: Grade 2 piano`.
- person_routes._SHOP_CATEGORY_WORDS (person_routes.SCHOOL_RECORD_PAGES): a shop's category under a children's word
  (`/children/shoes/report`, `/kinder/spielzeug/tagebuch`). Kept: `/children/orla-fennimore/report`.
- Left refused (reviews.RATED_THEN_SIGNED): a brand or a product after a review's stars and a dash (`– Russell Hobbs`,
  `– De Longhi`, `– Ted Baker` are persons' names' shapes; `– Nike Pegasus`, `– Moulinex Cookeo` hold no common word).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    # an offer's or a seller's brand (case_titles)
    "Oferta de 20 € de El Corte Inglés", "Offer of £5 from Just Eat", "Offer of £10 from Uber Eats",
    "Offer of £12 from Hello Fresh", "Bought from seller Cotswold Outdoor", "Offer of £8 from Deutsche Bahn",
    "Offer of £15 from Mountain Outdoor", "Message from seller Harbour Outdoors",
    # a business, a charity or a team thanked (greetings)
    "Danke an Lidl Deutschland für die Spende",
    "Thanks to Red Bull Racing for the tickets", "Thanks to British Heart Foundation for the support",
    "Thanks to Cancer Research for the partnership", "Thanks to Manchester United for the visit",
    "Danke an Deutsche Bahn für die Verspätung", "Thanks to Dogs Rescue for the adoption day",
    "Merci à Decathlon Outdoor pour les cadeaux", "Grazie a Juventus Women per la visita",
    # a grocer's store format (role_labels)
    "Pickup: Morrisons Daily", "Pickup: Sainsbury’s Local", "Pickup: Marks Spencer Simply Food",
    "Pickup: Tesco Metro", "Pickup: Asda Superstore",
    # a kit's crest, a character's animal or a brand, a history topic, a product after a condition (record_names,
    # named_diets)
    "School jumper print: Crest Only", "Book bag print: Spider Man", "School bag print: Hello Kitty",
    "Book bag print: School Logo", "Lesson notes: Ancient Egypt", "Lesson notes: Medieval Castles",
    "ADHD planner – Spiral Notebook", "ADHD planner – Weekly Planner",
]

PERSONAL = [
    "Offer of £45 from Orla Fennimore", "Offre de 30 € de Ilse Varhagen",
    "Offer of £45 from Orla Fennimore – accepted", "Dispute with buyer Orla Fennimore",
    "Bought from seller Tobias Kranewitter", "Thanks to Orla Fennimore for the lift",
    "Danke an Tobias Kranewitter für die Hilfe", "Merci à Ilse Varhagen pour tout",
    "Thanks to Georgia Jordan for the lift",
    "Gracias a Piotr Zawadowski por todo",
    "Pickup: Orla Fennimore", "Pickup: Orla Fennimore (Grandma)", "Pickup: Ilse Varhagen – Mon, Wed",
    "Book bag print: Tobias Kranewitter", "Name labels: Orla Fennimore", "School jumper print: Ilse Varhagen",
    "Lesson notes for Orla Fennimore: Grade 2 piano", "ADHD – Sanne Oostveld: medication at 12",
    # (left refused: a brand spelled as a person's full name)
    "Offer of £25 from John Lewis", "Thanks to Ted Baker for the styling", "Pickup: Waitrose Clifton",
    "Book bag print: Harry Potter", "Love this kettle ★★★★★ – Russell Hobbs",
]

ORDINARY_URLS = [
    "https://shop.example.com/children/shoes/report", "https://shop.example.com/kinder/schuhe/tagebuch",
    "https://shop.example.com/children/school-uniform/progress", "https://shop.example.com/children/baby-girl/report",
    "https://shop.example.com/kids/swimwear/report", "https://shop.example.com/children/books/progress",
    "https://shop.example.com/children/toys/report", "https://shop.example.com/children/clothing/progress",
    "https://shop.example.com/kinder/spielzeug/tagebuch", "https://shop.example.com/children/reading/report",
    "https://shop.example.com/children/summer-camp/report", "https://shop.example.com/kids/uniform/report",
    "https://shop.example.com/enfants/jouets/bulletin", "https://shop.example.com/kinder/kleidung/zeugnis",
]

PERSONAL_URLS = [
    "https://shop.example.com/children/orla-fennimore/report",
    "https://shop.example.com/kinder/tobias-kranewitter/tagebuch",
    "https://shop.example.com/kids/ilse-varhagen/report", "https://shop.example.com/enfants/ilse-varhagen/bulletin",
    "https://shop.example.com/students/482913/grades", "https://shop.example.com/children/ilse-varhagen/progress",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_personal_neighbours_stay_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_shop_categories_under_a_childs_word_go_out(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_childs_record_pages_stay_cleaned(url: str) -> None:
    assert privacy.clean_url(url) != url
