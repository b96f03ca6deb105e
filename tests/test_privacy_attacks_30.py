"""A thirtieth outside attack (tests/privacy_attack_cases_30.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): the commonest shapes of the languages Edgee's shops sell in
(English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Japanese, Korean, Chinese in both
scripts, Turkish, Arabic, Russian), both ways. Leaks: the page titles of order, account, checkout, invoice and
wishlist pages with the shopper's name, checkout fields (full names, company and name, addresses in each big
country's layout, delivery notes, gift messages, tax and identity numbers with their check digits, IBANs in free
text, national phone numbers without a label), e-mail templates and support chats (closings and signatures,
`Sent from my iPhone`, quoted replies, transcripts, self-introductions) and what visitors type in a search box;
in the leaves of Meta's payload the README maps, run natively. Drops: real in-app browsers' user agents, ad-click
URLs, products and brands named after people, films and books, shop page titles, variants, sizes, prices, order
numbers and product references, categories and shop URLs of the same languages.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_30 import FOUNDER_SHOP_TITLES, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it, nor a Japanese honorific after it (`Wyn Okafor`, `Thanks, Wyn`...)": [
        "name mail gift fr @",
        "name mail sent from iphone @", "name field field full name @", "name field note reception en @",
        "name field note neighbour de @", "name field note it @", "name field note ja @",
        "name field note search order name @", "name field typed name search @", "name mail gift en to from @",
        "name mail gift de fuer von @",
    ],
    "The layout rules for addresses and names (`postal.py`) do not claim ... a street line with nothing after it and"
    " no personal address label before it (`12 Awolowo Road`, ...)": [
        "postal es avenida alone @", "postal it piazza alone @", "postal br apto @", "postal ru street alone @",
    ],
    "a mail's recipients' headers, read as a recipient's label (... `To:` when a header only a mail has ... opens"
    " another line: `From: Berlin` and `To: New York` are a trip's); a label naming who did an act only a shopper"
    " does ... not ... `From:`": [
        "name mail gift from to @",
    ],
    "the UK's National Insurance number as printed (...: unbroken and without its label, a code's shape, it is not"
    " read)": [
        "id uk nino unbroken @",
    ],
}

_TEXT = ["custom property", "page title", "content title"]
_GO_OUT = {"Warenkorb | Hugo Boss", "Wishlist - Ralph Lauren", "Mein Konto | HUGO BOSS", "Mein Konto | s.Oliver",
           "Mein Konto | Zalando", "Mein Konto | Hugo Boss", "Order #48213 for Hugo Boss Outlet",
           "Mein Konto | Marc O'Polo Online-Shop", "Mi cuenta | Massimo Dutti España",
           "Hello, Tommy Hilfiger | Official Store"}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an account's, a wishlist's or an order's title naming the shop, whose brand is its founder's name (`My Account
    # | Ralph Lauren`, `Mein Konto - Tom Tailor`, `Ralph Lauren's Wishlist`): read as the holder's full name, a drop
    # the README accepts (nothing in the text tells the two apart); a shop's kind or a country's name after the brand,
    # or the brand in capitals, goes out
    "founder shops' titles": [
        f"founder shops' titles: {title} @ page title" for title in FOUNDER_SHOP_TITLES if title not in _GO_OUT
    ],
    # a numeric click id of 19 digits passing Luhn and beginning with 4 (Reddit's `rdt_cid`): a Visa card's length and
    # prefix, which no key makes an id (a card number put under a click id's key must not leave); left out of the page
    # URL and the referrer
    "click ids": [
        f"ad-click urls as {where}: https://shop.example.com/?rdt_cid=4738291647382916473"
        for where in ["page URL", "referrer"]
    ],
    # a Japanese product named after its maker with `さん` (`田中さんのパン`, "Tanaka-san's bread"): a family name in
    # kanji before `さん` is read as a person's, as the README says (`山田 様`); `山田さんち` goes out. Left listed:
    # `さんの` and a noun is as well a shopper's mention (`田中さんのご注文`, `佐藤さんのお届け先`,
    # `田中さんのアカウント`): only the noun tells them apart, and the nouns of goods are an open class
    "named products": [
        f"named products: {title} @ {where}" for title in ["田中さんのパン 食パン", "佐藤さんの手作りジャム"]
        for where in [*_TEXT, "content brand"]
    ],
    # the README accepts this drop: a nine-digit number in free text passing the Dutch 11-test (ids are exempt; an
    # order number's label is not)
    "accepted by the README": [
        f"variants and prices: Bestellnummer 100048213 @ {where}" for where in _TEXT
    ],
}


globals().update(attack_tests(globals(), "thirtieth", cases=(300, 600),
                              families=["id", "key", "mail", "name", "phone", "postal"], ordinary=(len(CASES), None),
                              readme_test=False))
