"""Rules the seventh outside attack asked for (tests/test_privacy_attacks_7.py): the words for "@" and "." of more
languages, personal keys of form builders and messaging apps, keys about a contact channel's source or status, an
OAuth callback's `state`, a decimal number in brackets."""

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical
from meta_capi.privacy import clean_url


@pytest.mark.parametrize(("text", "form"), [
    ("jo hjá daemi punktur is", "jo@daemi.is"),  # Icelandic
    ("jo eta pavyzdys taškas lt", "jo@pavyzdys.lt"),  # Lithuanian
    ("jo et piemers punkts lv", "jo@piemers.lv"),  # Latvian
    ("jo kommertsmärk naide punkt ee", "jo@naide.ee"),  # Estonian
    ("jo zavináč priklad bodka sk", "jo@priklad.sk"),  # Slovak
    ("jo afna primer pika si", "jo@primer.si"),  # Slovene
    ("jo majmunčić primjer točka hr", "jo@primjer.hr"),  # Croatian
    ("jo majmunče primer tačka rs", "jo@primer.rs"),  # Serbian in Latin letters (and Bosnian)
    ("jo мајмунче primer тачка rs", "jo@primer.rs"),  # Serbian in Cyrillic
    ("jo маймунка primer точка bg", "jo@primer.bg"),  # Bulgarian
    ("jo et shembull pikë al", "jo@shembull.al"),  # Albanian
    ("jo շնիկ orinak կետ am", "jo@orinak.am"),  # Armenian
    ("jo ეთ magaliti წერტილი ge", "jo@magaliti.ge"),  # Georgian
    ("jo ძაღლუკა magaliti წერტილი ge", "jo@magaliti.ge"),
])
def test_an_address_spelled_with_the_words_of_one_more_language_is_read_as_one(text, form):
    found, _ = canonical(text)
    assert found.lower() == canonical(form)[0].lower()
    assert detector.reason(text) == detector.EMAIL


@pytest.mark.parametrize("text", [
    "ETA example.com tomorrow",  # `eta` alone (an arrival's, Basque "and") before a domain is no "@"
    "jo eta example punktur is",  # a Lithuanian "@" with an Icelandic "." : two languages
    "Pike at the lake dot",  # Albanian `pikë` folds to an English word: not after the English `at`
    "tačka po tačka",  # the words alone, no address around them
])
def test_the_new_words_alone_or_of_two_languages_spell_no_address(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "personal"), [
    ("your-name", True),  # Contact Form 7: a possessive right before a name word
    ("your_name", True),
    ("yourName", True),
    ("my_name", True),
    ("votre_nom", True),
    ("your_product_name", False),  # apart from the possessive, the name word keeps its own rule
    ("your_store_name", False),
    ("your-subject", False),
    ("BillToPostalCode", True),  # camel case: bill + to + postal + code
    ("shipToZip", True),
    ("wa_number", True),  # WhatsApp's `wa` right before a number word
    ("waNo", True),
    ("wa_nr", True),
    ("wa", False),  # alone: an ordinary syllable
    ("wa_link", True),  # a WhatsApp link carries the number (wa.me/<number>): thirty-fifth attack
    ("wa_card", False),
    ("sawa_number", False),  # inside a word it is no `wa`
])
def test_form_builders_possessive_name_keys_and_whatsapps_number_key_are_judged_by_the_rule(key, personal):
    assert (detector.key_reason(key) == detector.PERSONAL_KEY) is personal


@pytest.mark.parametrize(("key", "personal"), [
    ("sms_opt_in_source", False),  # `opt` + `in` anywhere in the key: a consent about the channel
    ("sms_opt_in_date", False),
    ("email_opt_in", False),
    ("address_validation_status", False),  # a contact's status or source is not the contact
    ("email_status", False),
    ("email_source", False),
    ("hiv_status", True),  # a status of no contact channel: the key's own words judge it
    ("vaccination_status", True),
    ("status_phone", True),  # the status word not last: the key still names the number
    ("source_email", True),
    ("billing_state", True),  # `state` is no status
    ("email", True),
])
def test_a_key_about_a_channels_consent_status_or_source_is_not_the_contact(key, personal):
    assert (detector.key_reason(key) == detector.PERSONAL_KEY) is personal


@pytest.mark.parametrize(("url", "cleaned"), [
    # an OAuth authorization response: `code` (or `error`) and `state` on a callback's path
    ("https://shop.example.is/oauth/callback?code=4/0AX4XfWh&state=af0ifjsldkj",
     "https://shop.example.is/oauth/callback?code=4/0AX4XfWh&state=af0ifjsldkj"),
    ("https://shop.example.com/auth/google/callback?state=Zx81kq&code=abc",
     "https://shop.example.com/auth/google/callback?state=Zx81kq&code=abc"),
    ("https://shop.example.com/oauth2/authorize?error=access_denied&state=Zx81kq",
     "https://shop.example.com/oauth2/authorize?error=access_denied&state=Zx81kq"),
    # its value is still judged: an address in it is removed
    ("https://shop.example.com/oauth/callback?code=abc&state=jo%40example.com",
     "https://shop.example.com/oauth/callback?code=abc"),
    # not an OAuth response: `state` is a region
    ("https://shop.example.com/checkout?code=SAVE10&state=CA", "https://shop.example.com/checkout?code=SAVE10"),
    ("https://shop.example.com/oauth/callback?state=CA", "https://shop.example.com/oauth/callback"),
    ("https://shop.example.com/authors/callbacks?code=1&state=CA", "https://shop.example.com/authors/callbacks?code=1"),
    ("https://shop.example.com/oauth/callback?code=1&billing_state=CA", "https://shop.example.com/oauth/callback?code=1"),
])
def test_an_oauth_responses_state_is_judged_by_its_value_and_any_other_state_is_a_region(url, cleaned):
    assert clean_url(url) == cleaned


@pytest.mark.parametrize(("text", "found"), [
    ("Android 14 (UP1A.231005.007)", ""),  # a build's date and number in brackets: a decimal number
    ("Android 13 (TQ3A.230805.001)", ""),
    ("(231005.007)", ""),
    ("231005.007", ""),
    ("call (650) 555.0199", detector.PHONE),  # brackets around an area code are a phone's layout
    ("Tel (0612.345678)", detector.PHONE),  # a trunk `0` first: dialled, bracketed or not
    ("(01712.345678)", detector.PHONE),
])
def test_brackets_around_a_decimal_number_do_not_make_it_a_phone_number(text, found):
    assert detector.reason(text) == found
