"""A fifty-second outside attack (tests/privacy_attack_cases_52.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): real sites' URLs, mostly ordinary. The page
URL and the referrer are on every event, and a URL that loses its path or its query loses what Meta attributes: about
200 URLs as shops (Shopify, WooCommerce, Magento, PrestaShop, Shopware, BigCommerce, Wix, Squarespace), marketplaces
(eBay, Etsy, Amazon, Walmart, AliExpress, Zalando, Allegro, Mercado Libre, Rakuten) and travel, car parts, pharmacy,
grocery, electronics, fashion, B2B, news, forum and video sites write them (numeric ids of every length, dated slugs,
every ad network's click ids, CDN images, SPA hash routes, percent-encoded paths of many scripts, IDN hosts, ports),
each as the page's URL and as its referrer and some as text leaves, which must go out whole; and about 150 personal
cases putting an email, a phone, a name, an address or a national id into the same shapes (a path segment, a query
value, a fragment, a nested redirect URL); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary URLs that the gate
drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_52 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a UK National Insurance number as a path segment (`/claims/JT481726C/status`) of a URL given as an id's value
    # (content ids, an order id): a bare NINO has no check digit, and no label names it there (nor in a URL field)
    "numbers with no check digit and no label in ids": ["path tracking nino segment @"],
    # a name alone as a path segment after a booking reference (`/manage/4XK7PZ/Quendrix%20Tarvenholm`) or glued to
    # an order number (`/commerce/orders/Quendrix%20Tarvenholm-1051`); the booking's as a search string only (as a
    # page URL or a JSON property it is caught), the order's as the page's URL and its referrer
    "names with no label or salutation": ["path travel pnr name @ standard search string",
                                          "path squarespace order name @"],
    # `/adresse/12%20Tarvenholm%20Lane/edit` as a text leaf
    "an address in a URL slug": ["path prestashop address raw @"],
    # a SPA route's `from=12%20Tarvenholm%20Lane` (a key that says nothing of an address)
    "a street line alone": ["fragment vue router address @"],
}

# Ordinary URLs the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # Yandex's `yclid=4817260391234567890`: 19 digits passing Luhn's check after Visa's `4`, a card's number (Visa
    # issues 19-digit numbers) under a click id's key is still a card's (closer 95: the key names the network's id, but
    # a card's check and issuer's range are a shape only one id in ten takes; Meta attributes nothing by `yclid`); an
    # 11-digit `utm_campaign=17264810391` is cut from the query: a campaign's key holds its name, text, and the attacks
    # put bare national ids of eleven digits under it (an isikukood, a SNILS, a Cuban carné, an OIB: attacks 19 and 22),
    # which no shape tells from an ad platform's number (closer 95 tried and the gate corpus moved them)
    "a numeric id in a query parameter": [
        'ad clicks as page URL: https://www.fahrrad-werk.de/?utm_source=google&utm_medium=cpc&utm_campaign=17'
         '264810391&utm_term=e%20bike&utm_content=481726039&hsa_acc=4817260391&hsa_grp=172648103&hsa_kw=e%20bi'
         'ke&hsa_net=adwords',
        'ad clicks as referrer: https://www.fahrrad-werk.de/?utm_source=google&utm_medium=cpc&utm_campaign=17'
         '264810391&utm_term=e%20bike&utm_content=481726039&hsa_acc=4817260391&hsa_grp=172648103&hsa_kw=e%20bi'
         'ke&hsa_net=adwords',
        'ad clicks as page URL: https://www.fahrrad-werk.de/?yclid=4817260391234567890&utm_source=yandex',
        'ad clicks as referrer: https://www.fahrrad-werk.de/?yclid=4817260391234567890&utm_source=yandex',
        'ad clicks @ page title: https://www.fahrrad-werk.de/?yclid=4817260391234567890&utm_source=yandex',
    ],
}


globals().update(attack_tests(globals(), "fifty-second", cases=(140, 160), family_count=(0, 12), ordinary=(390, 480)))
