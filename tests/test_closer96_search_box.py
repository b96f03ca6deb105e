"""Closer 96 (issue 16, the fifty-third attack's leaks): what a shopper types into a search box, lower case, with no
comma and no label's colon: an address whose street line stands with its post code and town or a known town, or
after a label naming an address (postal.searched_address); a search page's path, whose terms are the query and are
read as free text as a `?q=` value is (privacy._search_terms); a National Insurance number in any case after the
shopper's own account's words (national_ids.owned_nino); a mail with its `@` and `.` typed as blanks
(detector._signless_address). Both ways, with spellings beyond the attack's own; the values are made up."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.detector import EMAIL, NATIONAL_ID
from meta_capi.postal import POSTAL_ADDRESS

# A street line with its next part as a search box gets it: a post code of its country's layout and a town, a town
# known by its name, either first, or a label naming an address opening the text.
SEARCHED_ADDRESSES = [
    "7 quillon street manchester", "221 vessaby road bristol", "58 orrinmere lane new york",
    "glasgow 14 dunmarra avenue", "14 dunmarra avenue, glasgow", "3a kelvedon close dublin",
    "9 brackwater rd e1 6an", "e1 6an 9 brackwater rd", "bs1 4dj 40 harlow terrace",
    "40 harlow terrace bs14dj bristol", "77 pellmore drive austin tx 73301", "5 ostrey way portland or 97201",
    "80331 munchen quellbachstr 8", "quellbachweg 8 80331 munchen", "wienerbergstrasse 14 1100 wien",
    "lindenlaan 9 3511 ak utrecht", "kerkstraat 17 1017 gb amsterdam", "ul miodowa 14 00-251 warszawa",
    "calle orrinmere 8, sevilla", "avenida quellbach 21 lisboa", "viale orrinmere 4 20121 milano",
    "rua quellbach 9 porto", "8quellbachroad,london", "8quellbachroad leeds",
    "delivery address 7 quillon street", "shipping address 40 harlow terrace", "lieferadresse quellbachstr 8",
    "ship to 9 brackwater rd", "home address 3a kelvedon close",
    'Results for "7 quillon street manchester" | Boutique', "Suche: \u201e80331 munchen quellbachstr 8\u201c",
]

# Neighbours a shop's search box gets every day: a street word and a number alone, a town alone, counts and sizes
# before a street word, a town after words that are no street line.
SEARCHED_ORDINARY = [
    "42nd street", "route 66", "5th avenue boots", "abbey road 50th anniversary", "12 days of christmas",
    "calle 13 album", "oxford street store hours", "10 speed road bike", "2 tb hard drive enclosure",
    "10 inch crescent wrench", "26 inch road bike london", "3 way street light", "4 lane highway toy",
    "london 2012 olympics", "berlin 1989 poster", "paris 2024 tickets", "fahrradweg 12 zoll", "2 seater sofa grey",
    "1 tb usb drive", "london underground map 1933", "route 66 mug", "via ferrata 3 set", "piazza 4 pizza oven",
    "corso di inglese 2, livello b1", "address book 12 pack", "ship to 3 addresses", "delivery address",
    "my account", "iphone 15 pro 256gb", "vitamin d3 1000 ie", "225/45 r17 winter tyres", "size 38/40",
    "w32 l34", "golf 7 brake pads", "sofa 3 sitzer grau", "10.5", "2x4 lumber 8ft",
    "12 oak street, candle", "Results for \"route 66 mug\" | Boutique",
]


@pytest.mark.parametrize("text", SEARCHED_ADDRESSES)
def test_an_address_typed_into_a_search_box_is_one(text: str) -> None:
    assert detector.reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", [text for text in SEARCHED_ORDINARY if text != "12 oak street, candle"])
def test_a_search_boxs_ordinary_query_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_street_line_and_a_word_after_a_comma_stays_the_layout_rule_s() -> None:
    # (a comma ends a line for the layout rules already, in any case: this closer does not change that reading)
    assert detector.reason("12 oak street, candle") == POSTAL_ADDRESS


# A search page's path: its terms are the query (`/search/<terms>`, in the shop's language).
SEARCH_PATHS = [
    "https://shop.example/search/123456782", "https://shop.example/suche/123456782",
    "https://shop.example/recherche/285072648172668", "https://shop.example/buscar/jo%20smith%20gmail%20com",
    "https://shop.example/zoeken/kerkstraat%2017%201017%20gb%20amsterdam",
    "https://shop.example/search/7%20quillon%20street%20manchester", "https://shop.example/Search/123456782/",
]
PATHS_KEPT = [
    "https://shop.example/search/4006381333931", "https://shop.example/search/9783161484100",
    "https://shop.example/search/iphone%2015%20pro", "https://shop.example/p/123456782",
    "https://shop.example/ip/123456782", "https://shop.example/search/", "https://shop.example/search/route%2066",
    "https://shop.example/suche/sofa%203%20sitzer%20grau", "https://shop.example/research/123456782",
    "https://shop.example/search/category/shoes",
]


@pytest.mark.parametrize("url", SEARCH_PATHS)
def test_a_search_paths_terms_are_read_as_its_query(url: str) -> None:
    assert privacy.clean_url(url, "page_url") == "https://shop.example/"


@pytest.mark.parametrize("url", PATHS_KEPT)
def test_other_paths_and_ordinary_terms_go_out(url: str) -> None:
    assert privacy.clean_url(url, "page_url") == url


OWNED_NINOS = ["my account jr123456c", "My Account: AB123456A", "mein konto ce654321b", "mon compte  jt192837d",
               "mi cuenta: hk111222a", "my profile wl998877c"]
NOT_OWNED = ["bosch ab123456c", "ab123456c", "my account", "my account settings 2026", "my account dq481726c",
             "my account jt481726e", "my account bg123456a", "my account ab1234567c", "your account ab123456"]


@pytest.mark.parametrize("text", OWNED_NINOS)
def test_a_nino_after_the_shoppers_own_account_is_one(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", NOT_OWNED)
def test_a_codes_shape_alone_stays_a_code(text: str) -> None:
    assert detector.reason(text) == ""


SIGNLESS_MAILS = ["jo smith gmail com", "ORRIN VESSABY HOTMAIL COM", "orrin vessaby88 yahoo co uk",
                  "jsmith gmx de", "orrin vessaby outlook com", "vessaby orrin icloud com"]
NOT_SIGNLESS = ["gmail com", "sign in gmail com", "www gmail com", "gmail com login", "hotmail com sign in",
                "create new gmail com", "how to login yahoo com", "my gmail com", "gmail com not working",
                "samsung galaxy s24 ultra 512gb", "buty zimowe damskie", "jo smith gmail"]


@pytest.mark.parametrize("text", SIGNLESS_MAILS)
def test_a_mail_with_its_signs_left_out_is_one(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", NOT_SIGNLESS)
def test_a_webmails_own_page_searched_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
