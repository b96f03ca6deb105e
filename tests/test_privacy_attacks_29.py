"""A twenty-ninth outside attack (tests/privacy_attack_cases_29.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the gate's newest readings pressed as a shop would use them
(a person's record in XML with namespaces, CDATA and attributes, microdata, LDIF with base64 values, LDAP names with
escaped commas, SQL `UPDATE … SET` and `VALUES` of several rows, EDIFACT with release characters, X12 and HL7 with
other separators, S-expressions, airline names and boarding passes, a user agent's comment with nested or escaped
parentheses and in-app browsers' fields, a URL path's sentence in `-`, `_`, `+`, `%20`); mail and web formats (mail
headers, RFC 2047 encoded words, internationalised and punycode addresses, a URL's userinfo, `data:` URIs, JSON web
tokens, cookie strings, UTM values, GS1 Digital Link); and languages little pressed (the Caucasus, Sámi, Frisian,
Luxembourgish, Breton, Romani, Esperanto, Telugu, Kannada, Malayalam, Marathi, Gujarati, Punjabi in both scripts,
Sindhi, Pashto, Dari, Uyghur, Tamazight in Tifinagh and Latin, Wolof, Fula, Lingala, Dzongkha, Mongolian's vertical
script, Nahuatl, Yucatec Maya, Aymara, Mapudungun, Papiamento, Tok Pisin, Jamaican Patois, Hawaiian):
self-introductions, name labels, addresses, phones in their digits and number words, national ids with their check
digits, personal keys; in the leaves of Meta's payload the README maps, run natively; and ordinary shop data of the
same structures (product feeds' XML, schema.org markup, EDIFACT and X12 order lines, SQL of products, real user
agents of apps, TVs, consoles, cars and crawlers, blog slugs that are sentences, titles with people in them).

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_29 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # Bhutan's mobile in Tibetan digits after Dzongkha's `ཁ་པར` (phone) in a sentence
    "phones": [
        "phone bo unlabelled @",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "What the gate does not claim ...: personal data written as a product of the user agent, its name or its"
    " version": [
        "name ua product token @",
    ],
    "The layout rules for addresses and names (`postal.py`) do not claim ... an address in an id or in a URL path"
    " with `+` for its blanks": [
        "postal path pluses @", "postal path dashes @",
    ],
    "The layout rules for addresses and names (`postal.py`) do not claim ... a self-introduction in a URL path's"
    " slug written in lower case": [
        "name path dashes @",
    ],
}

_THREE = ["custom property", "page title", "content title"]

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "edi order lines": [
        # an interchange's GLNs with `:14` (the README reads `::9` after an element's `+` as a qualifier naming a GS1
        # number: a code)
        f"edi order lines: {line} @ {where}"
        for line in ["UNB+UNOC:3+5412345000013:14+4006381333931:14+261201:1030+42'"]
        for where in _THREE
    ],
    # a brand element glued to a GTIN-13 opening on `0` (`…Patagonia</g:brand><g:gtin>0889833000001…`): the reading
    # without tags joins the brand's word to the number, as it must join an address's parts around a `<span>`, and
    # a word glued before a trunk's `0` and a mobile's digits is a phone's
    "product feeds": [
        f"product feeds: <g:brand>Patagonia</g:brand><g:gtin>0889833000001</g:gtin> @ {where}" for where in _THREE
    ],
    # `me llamo` (Spanish "my name is") and one capitalized word opening a book's title
    "titles with people": [
        f"titles with people: Me llamo Juan: Spanish for Kids @ {where}" for where in _THREE
    ],
    # the README accepts these drops: a book's JSON-LD whose author is a `Person` with a `name` ("a property holding
    # object text or parameters with a bare `name` key"), and a crawler's user agent holding its contact address
    # (the user agent "is not sent when it holds an email address")
    "accepted by the README": [
        *(f"books and authors: {{\"@type\":\"Book\",\"name\":\"Emma\",\"author\":{{\"@type\":\"Person\","
          f"\"name\":\"Jane Austen\"}}}} @ {where}" for where in _THREE),
        "user agents: Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0;"
        " +claudebot@anthropic.com)",
    ],
    # the README accepts this drop ("capitalized words after a personal label"): a table's header row whose label
    # cell `Name` comes before the cell `Size`
    "schema.org markup": [
        f"schema.org markup: <tr><td>Name</td><td>Size</td><td>Price</td></tr> @ {where}" for where in _THREE
    ],
}


globals().update(attack_tests(globals(), "twenty-ninth", cases=(300, 1000),
                              families=["err", "id", "key", "mail", "name", "phone", "postal"], ordinary=(150, None),
                              readme_test=False))
