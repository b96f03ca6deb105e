"""The twenty-fifth attack's names in free text (tests/privacy_attack_cases_25.py): a name in apposition in a text in
capitals, a relation between names in lower case or in capitals, an honorific's name before a dash typed as two
hyphens, Tamil's "my name", Maori's self-introduction in capitals; and the ordinary data the apposition and the
honorifics dropped: a title dedicating a product to its buyer, a quantity after the words set off, `श्री` before a
word of worship. With the near misses each rule leaves alone, in capitals too."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("THE VISITOR, LEONOR REMEDIOSQA, ASKED ABOUT DELIVERY", PERSON_NAME),
    ("LA CLIENTA, ROSA NAMANDUPY, PIDIÓ UN CAMBIO", PERSON_NAME),
    ("THE CUSTOMER, ANU MATHEWKUTTY", PERSON_NAME),  # opening the text, the name may end it
    ("NOTE:\nTHE VISITOR,\nLEONOR REMEDIOS,\nASKED ABOUT DELIVERY", PERSON_NAME),  # a run of lines in capitals
    ("Ticket 4411\nTHE BUYER, GURPREET SANDHUWALIA, WANTS A REFUND", PERSON_NAME),  # one line in capitals
    # near misses: a title's dedication, a quantity after it, a title's last words, no word for a person, a business,
    # a generic addressee; words in capitals in a line that has a case
    ("FOR THE CUSTOMER, FREE RETURNS, ALWAYS", ""),
    ("POUR LE CLIENT, LIVRAISON OFFERTE, DÈS 50 €", ""),
    ("THE VISITOR, MUSEUM PASS, 3 DAYS", ""),
    ("GIFT FOR THE SHOPPER, SILK SCARF", ""),
    ("FOR THE RUNNER, NIKE AIR ZOOM, LIGHTWEIGHT", ""),
    ("THE SELLER, AMUL DAIRY, SHIPS FAST", ""),
    ("OUR CLIENT, EXAMPLE SHOP, RENEWED", ""),
    ("THE CUSTOMER, CUSTOMER SERVICE, REPLIED", ""),
    ("the customer, FREE RETURNS, always", ""),
])
def test_a_name_in_apposition_in_capitals_is_read_where_the_line_has_no_case(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("For the customer, Free Returns, always", ""),
    ("Pour le client, Livraison Offerte, dès 50 €", ""),
    ("Para el cliente, Envío Gratis, siempre", ""),
    ("the visitor, Museum Pass, 3 days", ""),
    ("the visitor, Museum Pass, 2.5 days", ""),
    # still names: the preposition in running text, an age (a number alone), a capitalized verb before it
    ("Refund for the customer, Anu Mathew, approved", PERSON_NAME),
    ("the customer, Anu Mathewkutty, 34, called", PERSON_NAME),
    ("Called the customer, Anu Mathew, twice", PERSON_NAME),
    ("the visitor, Leonor Remédios, asked about the parcel", PERSON_NAME),
])
def test_a_titles_dedication_or_a_quantity_after_the_words_set_off_is_no_apposition(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("priya raghunathanqa d/o suresh raghunathanqa", PERSON_NAME),
    ("RAVI TEJA KONDAPALLI S/O VENKATA RAO KONDAPALLI", PERSON_NAME),
    ("ANITA RAO D/O VENKAT RAO, PLOT 12", PERSON_NAME),
    ("meena iyengar w/o ramesh iyengar", PERSON_NAME),
    ("C/O LAKSHMI NARAYANASWAMYQA, NEAR BUS STAND", PERSON_NAME),
    # near misses: "without", in any case; names that share no word where no case tells them; a place a parcel is
    # left at; a determiner; words in lower case after a care-of
    ("PIZZA W/O CHEESE", ""),
    ("KURTA SET W/O DUPATTA", ""),
    ("BLAZER W/O LINING, NAVY BLUE", ""),
    ("tee w/o logo", ""),
    ("coffee w/o sugar", ""),
    ("classic tee s/o summer sale", ""),
    ("C/O AMAZON LOCKER PICKUP", ""),
    ("C/O FRONT DESK", ""),
    ("C/O THE MANAGER", ""),
    ("c/o front desk", ""),
    ("relation C/O in capitals", ""),
])
def test_a_relation_between_names_is_read_in_lower_case_and_in_capitals(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Shri Ramesh Guptaqa -- urgent delivery", PERSON_NAME),
    ("Smt. Kamala Agarwal - call before delivery", PERSON_NAME),
    ('{"note": "Shri Ramesh Gupta -- urgent delivery"}', PERSON_NAME),  # a JSON string opens as the text does
    # near misses: a capitalized word after the dash, an article before the title, a devotional title, a brand
    ("Mr. Potato Head - Toy", ""),
    ("Mr. Potato Head -- Toy", ""),
    ("the Mr. Potato Head — gift", ""),
    ("Shri Ram Pooja Thali", ""),
    ("SHRIMATI SAREE COLLECTION", ""),
])
def test_an_honorifics_name_opening_the_text_goes_on_after_a_dash(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("श्री गणेश पूजा थाली", ""),
    ("श्री हनुमान चालीसा पुस्तक", ""),
    ("શ્રી ગણેશ પૂજા થાળી", ""),  # Gujarati
    # still names: no word of worship, `Pooja` a woman's name after `सुश्री` ("Ms")
    ("श्री गणेश पाटिल", PERSON_NAME),
    ("श्री राम प्रसाद शर्मा", PERSON_NAME),
    ("सुश्री पूजा शर्मा", PERSON_NAME),
    ("श्रीमती सुनीता जोशी", PERSON_NAME),
])
def test_shri_before_a_word_of_worship_is_a_devotional_title(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("என் பெயர் கார்த்திகேயன் சுப்ரமணியம்", PERSON_NAME),
    ("வணக்கம், என் பெயர் கார்த்திக்.", PERSON_NAME),
    ("KO HEMI RANGIHAEATAQA TŌKU INGOA", PERSON_NAME),
    ("KIA ORA, KO MEREANA TE RANGI TAKU INGOA", PERSON_NAME),
    # near misses: a film's title, "my name" alone; Maori's other words, one word, `AHAU` ("I", a slogan's), the
    # closing words in a title's case
    ("என் பெயர் சூர்யா என் வீடு இந்தியா DVD", ""),
    ("என் பெயர்", ""),
    ("KO AOTEAROA TŌKU KĀINGA TEE", ""),
    ("KO TANE MAHUTA PRINT", ""),
    ("KO WAI TŌKU INGOA?", ""),
    ("KO TE WHENUA AHAU", ""),
    ("Ko Hemi Rangihaeata Tōku Ingoa Tee", ""),
])
def test_tamils_my_name_and_maoris_self_introduction_in_capitals_are_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("path", "found"), [
    ("account\nKO HEMI RANGIHAEATA TŌKU INGOA\norders", PERSON_NAME),
    ("account\nTHE VISITOR, LEONOR REMEDIOS, ASKED\norders", PERSON_NAME),
    ("account\npriya raghunathan d/o suresh raghunathan\norders", PERSON_NAME),
    ("products\nFOR THE CUSTOMER, FREE RETURNS, ALWAYS\nreviews", ""),
])
def test_a_url_paths_segment_is_read_for_them_as_a_sentence(path: str, found: str) -> None:
    assert detector.reason(path, segments=True) == found


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; THE BUYER, GURPREET SANDHUWALIA, WANTS A REFUND) AppleWebKit/537.36",
     PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; KO HEMI RANGIHAEATA TŌKU INGOA) AppleWebKit/537.36", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Shri Ramesh Gupta -- urgent delivery) AppleWebKit/537.36", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; FOR THE CUSTOMER, FREE RETURNS, ALWAYS) AppleWebKit/537.36", ""),
])
def test_a_user_agents_field_is_read_for_them_as_a_text_of_its_own(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found
