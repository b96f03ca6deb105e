"""Review 20's email leaks and `at` drops, closed (session 21): words for @ joined or cased otherwise, in other
scripts and languages' prepositions, strings joined by any operator or a format call, an address's and a phone's
pieces labelled or apart, the `at` discipline's shop words, a path segment opening with `@`; each with variants the
review did not list. Text is read by detector.reason, URLs by privacy.clean_url."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

# A word for @ however its words are joined or cased, between dots, before a provider's name with its `.com` spelled
# or left out after a mail word; other scripts' and languages' words as typed.
WORDS_FOR_AT = [
    "Mirelqa at Gmail.com", "mirelqa at gmail dotcom", "mirelqa at-the-rate gmail.com", "mirelqa atthe rate gmail.com",
    "mirelqa.at.gmail.dot.com", "mail: mirelqa at gmail", "e-mail: Mirelqa at Gmail.com", "mirelqa at gmail d0t com",
    "mirelqa_at_gmail.com", "mirelqa-at-gmail.com", "mirelqa snabela example.se", "mirelqa snabel a example.se",
    "mirelqa あっと docomo.ne.jp",
    # (variants)
    "MIRELQA AT GMAIL DOTCOM", "Contact: mirelqa at yahoo", "mirelqa at hotmail d0t co d0t uk",
    "mirelqa AtTheRate gmail.com", "mirelqa at_the_rate gmail.com", "mirelqa.arroba.gmail.punto.com",
    "mirelqa.at.example.dot.co.uk", "mirelqa-at-yahoo.co.uk", "Mirelqa At Hotmail.com", "mirelqa snabel_a example.se",
    "mirelqa kuyrukluA example.com.tr", "mirelqa あっとまーく docomo どっと ne どっと jp", "mirelqa at gmail punk7 de",
    "my mail is mirelqa at outlook",
]
# A preposition of another language for "at" a person's place, before a mail provider's domain or after a mail word.
PREPOSITIONS = [
    "Kontakt: mirelqa bei gmx.de", "mirelqa bij ziggo.nl", "mirelqa chez orange.fr",
    # (variants)
    "mail: mirelqa hos example.se", "E-Mail: mirelqa bei example.de", "mirelqa chez gmail.com",
    "courriel : mirelqa chez free.fr", "mirelqa bei web.de", "mirelqa.k bei example.de",
]
# Strings joined by any operator or a call's commas, a format string's call.
JOINED_STRINGS = [
    "CONCAT('mirelqa', '@', 'gmail.com')", "concat(\"mirelqa\",\"@\",\"gmail.com\")",
    "=CONCATENATE(\"mirelqa\",\"@\",\"gmail.com\")", "'mirelqa' ~ '@' ~ 'gmail.com'",
    "\"mirelqa\" <> \"@\" <> \"gmail.com\"", "'mirelqa' ++ \"@\" ++ 'gmail.com'",
    "sprintf('%s@%s', 'mirelqa', 'gmail.com')",
    # (variants)
    "CONCAT_WS('', 'mirelqa', '@', 'gmail.com')", "printf(\"%s@%s\", \"mirelqa\", \"gmail.com\")",
    "String.format('%s@%s', 'mirelqa', 'gmail.com')", "'mirelqa' .. '@' .. 'gmail.com'",
    "\"mirelqa\" ^ \"@\" ^ \"gmail.com\"", "=TEXTJOIN(\"\", TRUE, \"mirelqa\", \"@\", \"example.org\")",
]
# An address's parts labelled.
LABELLED = [
    "name: mirelqa | domain: gmail.com", "user mirelqa, host gmail.com", "local=mirelqa;domain=gmail.com",
    "user: mirelqa\ndomain: gmail.com", "E-Mail: mirelqa\nDomain: gmail.com", "Benutzer mirelqa Domain gmail.com",
    # (variants)
    "username: mirelqa / domain: example.org", "Utilisateur : mirelqa ; domaine : exemple.fr",
    "login=mirelqa&host=example.net", "mailbox mirelqa\nHOST example.co.uk",
]
# A calling code and a number apart, words or marks between.
PHONES_APART = [
    "+49 | 1701234567", "Ländervorwahl +49 Nummer 1701234567", "country code 33, number 612345674",
    "dial +49 then 1701234567",
    # (variants)
    "+33 / 0612345674", "indicatif 33 numéro 612345674", "prefijo 34 teléfono 612345678", "+33 puis 612345674",
]
# ... and where a label names the number as well, read by the label's rule first
LABELLED_PHONES_APART = ["Vorwahl: +49, Rufnummer: 1701234567", "+44 mobile 7700900461"]


@pytest.mark.parametrize("value", WORDS_FOR_AT + PREPOSITIONS + JOINED_STRINGS + LABELLED)
def test_address_is_kept(value: str) -> None:
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize("value", PHONES_APART)
def test_phone_apart_is_kept(value: str) -> None:
    assert detector.reason(value) == detector.PHONE


@pytest.mark.parametrize("value", LABELLED_PHONES_APART)
def test_labelled_phone_apart_is_kept(value: str) -> None:
    assert detector.reason(value) == detector.LABELLED_NUMBER


# The `at` discipline: a shop's word before `at` (a verb of buying, an adverb, a word of what a shop or a provider
# sells) and a site; a shop's site after another language's preposition; a title's `at the rate`; code joining no `@`.
ORDINARY = [
    "shop at zalando.de", "buy at amazon.de", "also at otto.de", "now at ikea.com",
    "preorder at store.steampowered.com", "mail-in at 1-800-flowers.com", "get 10% at newsletter.example.com",
    "pickup at bol.com",
    # (variants)
    "available at amazon.com", "reorder at shop.example.com", "pick-up at store.example.de", "presale at tickets.com",
    "jacke bei otto.de", "Jacke bei Otto.de kaufen", "rabatt bij bol.com", "korting bij bol.com",
    "forfait chez orange.fr", "internet bij ziggo.nl", "shoes bei zalando.de", "Regalo chez moi.fr",
    "Sale at the rate of 2", "shop at-home collection", "Order at gmail.com", "mail-in rebate at staples.com",
    "Flash sale at the rate of 2 per customer", "Jacke bei Otto.de", "Rabatt bij Bol.com", "snabel-a tshirt",
    "'Sale' ~ 'Summer' ~ '2026'", "CONCAT('Summer', ' ', 'Sale')", "sprintf('%d%%', 20)",
    "Calling code +49 for Germany guide", "+1 day shipping, order 12345678", "Size +2 sizes, item 1234567",
    "LIN+1++4006381333931::9'", "DTM+137:20261201:102'", "Host: shop.example.com", "Domain name: example.com",
    "User guide PDF, example.com", "Code +44 sticker, 20 pcs", "diner chez nous point final",
    "Kaufen z.B. bei otto.de", "e.g. at example.com",
    # (left accepted: one word beside a provider's domain without a word for @ or mail; README)
    "mirelqa | gmail.com", "mirelqa / gmail.com", "Gmail | gmail.com",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_value_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


ORIGIN = "https://shop.example.com/"
PERSONAL_URLS = [
    "https://shop.example.com/u/mirelqa?d=gmail.com", "https://shop.example.com/p?q=Mirelqa+at+Gmail.com",
    "https://shop.example.com/p?q=mirelqa_at_gmail.com", "https://shop.example.com/p?q=mirelqa+chez+orange.fr",
    "https://shop.example.com/p?q=CONCAT(%27mirelqa%27,%27@%27,%27gmail.com%27)",
    "https://shop.example.com/p?to=mirelqa&at=gmail.com",
    # (variants)
    "https://shop.example.com/u/mirelqa-at-gmail.com", "https://shop.example.com/u/mirelqa/@gmail.com",
    "https://shop.example.com/p?u=mirelqa&domain=yahoo.co.uk", "https://shop.example.com/p?q=mirelqa.at.gmail.dot.com",
    "https://shop.example.com/p?q=mail%3A+mirelqa+at+gmail", "https://shop.example.com/p?q=%2B49+%7C+1701234567",
]
ORDINARY_URLS = [
    "https://shop.example.com/@nike/sneakers", "https://shop.example.com/c/shop-at-zalando-de",
    "https://shop.example.com/p?q=shop+at+zalando.de",
    # (variants)
    "https://shop.example.com/@adidas", "https://shop.example.com/@adidas/originals?x=1",
    "https://shop.example.com/npm/@scope/pkg", "https://shop.example.com/c/buy-at-amazon-de",
    "https://shop.example.com/u/store42?d=example.com", "https://shop.example.com/p?ref=gmail.com",
    "https://shop.example.com/p?q=jacke+bei+otto.de", "https://shop.example.com/c/jacke-bei-otto-de",
]


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_personal_url_loses_its_path_or_its_query(url: str) -> None:
    assert privacy.clean_url(url) in (ORIGIN, url.partition("?")[0])


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_ordinary_url_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url

