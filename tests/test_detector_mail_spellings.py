"""The detector's rules for addresses spelled the sixth attack's ways (canonical.py's slugs, spelled words and
other readings, detector.py's ids and click ids): each spelling is found, and the near-misses an ordinary shop
writes still go out."""

import pytest

from meta_capi import click_ids, detector

FBC_MS = "1795496400000"


@pytest.mark.parametrize(("payload", "found"), [
    ("zqnadia_rahman_gmail_com", detector.EMAIL),
    ("IwAR2F4-jo-smith-yahoo-co-uk", detector.EMAIL),
    ("jo_outlook_de_17328", detector.EMAIL),
    # near-misses: a real fbclid, a provider's name without a top-level domain after it
    ("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk", ""),
    ("IwAR2F4_gmail_account", ""),
    ("gmail_com", detector.WORDS),  # no address, but words: no random fbclid is of one case without a digit
])
def test_an_fbc_payload_is_judged_as_an_id_with_its_slug_readings(payload, found):
    assert detector.click_id_reason(payload) == found
    assert (click_ids.creation_time_ms(f"fb.1.{FBC_MS}.{payload}", "fbc") is None) is bool(found)


@pytest.mark.parametrize(("value", "found"), [
    ("zqnadia_rahman_gmail_com", detector.EMAIL),
    ("jo-hotmail-com-1001", detector.EMAIL),
    ("jo.li_yahoo_com_bd", detector.EMAIL),
    # near-misses: a provider's name as a product or a plugin, no top-level domain ending the id
    ("connect-gmail-account", ""),
    ("skin-yahoo-red", ""),
    ("plugin-outlook-addin-2", ""),
    ("gmail-com", ""),
])
def test_an_id_ending_in_a_mail_providers_name_and_a_top_level_domain_is_an_address(value, found):
    assert detector.reason(value, id_like=True) == found


@pytest.mark.parametrize(("value", "found"), [
    ("hubspot-contact-zqnadia.rahman-at-example-com-bd", detector.EMAIL),
    ("jo-smith-at-example-co-uk-1001", detector.EMAIL),
    ("jo_at_shop_ac_id", detector.EMAIL),
    ("jo-at-example-com-bd", detector.EMAIL),
    # near-misses: titles with `at`, a second level with no country after it, a three-letter top-level domain
    ("dinner-at-home-in-paris", ""),
    ("meet-at-home-or-go", ""),
    ("sale-at-shop-com-page", ""),
    ("jo-at-example-com", ""),
    ("live-at-wembley-stadium-uk-tour", ""),
])
def test_a_slug_address_may_have_a_second_level_before_its_country(value, found):
    assert detector.reason(value) == found


@pytest.mark.parametrize(("value", "found"), [
    ("zqnadia.rahman=example.com.bd", detector.EMAIL),
    ("write to jo.li=example.com today", detector.EMAIL),
    ("https://cdn.example.com/og.png?text=jo.li%3Dexample.com&w=600", detector.EMAIL),
    ("JO.LI=EXAMPLE.DE", detector.EMAIL),
    # near-misses: settings and query strings an ordinary shop writes
    ("filter.p.m.custom.size=42", ""),
    ("utm_source=google.com", ""),
    ("theme.color=navy.blue", ""),
    ("v1.2=example.com", ""),
    ("page.host=example.com", ""),
    ("window.location=example.com", ""),
    ("a=1&jo.li=example.com", ""),
    ("?jo.li=example.com", ""),
])
def test_an_equals_sign_standing_for_at_as_verp_writes_the_recipient_is_read_as_at(value, found):
    assert detector.reason(value) == found


@pytest.mark.parametrize(("value", "found"), [
    ("zqnadia.rahman#at#example#dot#com#dot#bd", detector.EMAIL),
    ("jo_smith#arroba#example#punto#es", detector.EMAIL),
    ("zqnadia.rahman at the rate example.com.bd", detector.EMAIL),
    ("zqnadia dot rahman at the rate example dot com dot bd", detector.EMAIL),
    ("jo at the rate gmail dot com", detector.EMAIL),
    # near-misses: hashtags, a rate in a sentence, a shop's address after `at the rate`
    ("tags: #sale #at #home", ""),
    ("#at#home#dot#", ""),
    ("Buy 10 kg at the rate of 5 percent", ""),
    ("interest at the rate of 5.5 p.a.", ""),
    ("sold at the rate example.com charges", ""),
])
def test_spelled_words_may_be_joined_by_a_hash_and_at_the_rate_is_an_english_word_for_at(value, found):
    assert detector.reason(value) == found


def _parenthesized(text: str) -> str:
    return "".join(chr(0x249C + ord(char) - 97) if "a" <= char <= "z" else char for char in text)


@pytest.mark.parametrize(("value", "found"), [
    (_parenthesized("zqnadia.rahman@example.com.bd"), detector.EMAIL),
    (_parenthesized("jo@shop.ca"), detector.EMAIL),
    ("jo\u249cexample.com", detector.EMAIL),  # `⒜` still draws `@`
    # near-misses: parenthesized letters and numbers as list marks
    ("\u249c option one \u249d option two", ""),
    ("\u2474 first \u2475 second", ""),
    (_parenthesized("sale"), ""),
])
def test_parenthesized_letters_are_read_as_their_letters(value, found):
    assert detector.reason(value) == found


@pytest.mark.parametrize(("value", "found"), [
    ("zqnadia.rahman@example-com-bd", detector.EMAIL),
    ("write to jo@example-com please", detector.EMAIL),
    ("JO@EXAMPLE-CO-UK", detector.EMAIL),
    ("jo@example-com-bd-1001", detector.EMAIL),
    # near-misses: a release tag, an image's density, a word after the dashes, a price, a package scope
    ("jo@release-rc", ""),
    ("logo@2x-com", ""),
    ("jo@example-company", ""),
    ("Buy 2 get 1 @ 50%", ""),
    ("npm i @scope/pkg-com", ""),
])
def test_a_domain_with_dashes_for_its_dots_is_an_address_in_free_text(value, found):
    assert detector.reason(value) == found


EMAIL_CODES = ",".join(str(byte) for byte in b"zqnadia.rahman@example.com.bd")


@pytest.mark.parametrize(("value", "found"), [
    ("`${'zqnadia.rahman'}@${'example.com.bd'}`", detector.EMAIL),
    ("`${'jo'}${'@'}${\"example.com\"}`", detector.EMAIL),
    ('zqnadia.rahman<img src="/at.png" alt="@">example.com.bd', detector.EMAIL),
    ("jo<IMG ALT='@' SRC=at.gif>example.com", detector.EMAIL),
    (f"String.fromCharCode({EMAIL_CODES})", detector.EMAIL),
    ("String.fromCharCode(0x6a, 0x6f, 64, 0x78, 46, 99, 111)", detector.EMAIL),
    # near-misses: a template with variables, an image with a caption, codes that spell a word or no text
    ("Total: ${price} now", ""),
    ('Nice <img src="x.png" alt="photo"> shirt', ""),
    ("String.fromCharCode(72,105)", ""),
    ("fromCharCode(" + "9" * 6000 + ")", ""),
    ("fromCharCode(0x0x1, 2)", ""),
])
def test_javascript_strings_char_codes_and_an_images_alt_text_are_read_in_place(value, found):
    assert detector.reason(value) == found
