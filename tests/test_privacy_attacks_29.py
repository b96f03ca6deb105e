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

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_29 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # structures whose field names are keys, in variants the README's wording does not spell: CDATA inside a named
    # element, microdata's `<meta itemprop="name" content="…">` and RDFa's `typeof="Person"` / `property="name"`;
    # SQL `REPLACE INTO … (surname)`; EDIFACT's `NAD+BY` whose name holds a release character
    # (`O?'Kerjeanqa?+Fils`) or whose separators a `UNA` segment changed (`NAD*BY***…`); X12 with `|` or `^` for `*`
    # or in lower case (`n1*st*…`); HL7 with `#` for `|`, and its next of kin (`NK1`) and guarantor (`GT1`) segments;
    # an S-expression's nested `(name "…")` or `(first "…") (last "…")` after its head, an EDN map's namespaced
    # `:customer/first-name`; airline names of three words, after Amadeus's `NM1`, without a title after a
    # passenger's number, in a boarding pass's `M1SURNAME/GIVEN`, in lower case after `pax:`
    "structures": [
        "name xml cdata @", "name microdata meta content @", "name rdfa person @", "name sql replace @",
        "name edifact release @", "name edifact una @", "name x12 pipe @", "name x12 nm1 caret @",
        "name x12 lower case @", "name hl7 hash separators @", "name hl7 next of kin @", "name hl7 guarantor @",
        "name sexp nested name @", "name sexp first last lists @", "name edn map @",
        "name airline three words @", "name airline amadeus @", "name airline no title @", "name airline bcbp @",
        "name airline lower case @",
        # an airline's passport line (`SSR DOCS … /GUTTORMQA/ANTE`), HL7's insured (`IN1`), PostgreSQL's `COPY …
        # (first_name, …) FROM stdin` rows, a billing element's `<first>` and `<last>`
        "name airline ssr docs @", "name hl7 insured @", "name sql copy @", "name xml billing @",
        # an LDAP name with an escaped comma (`CN=Nystøqa\\, Máret,OU=…`) and an X.509 name in lower case
        # (`cn=…,ou=…,o=…`): kept as a property's whole text, sent as a string inside JSON text
        "name ldap escaped comma @ JSON text", "name x509 lower cn @ JSON text",
    ],
    # a user agent's comment: a label and a name after an escaped parenthesis (`\\) Customer: …`), a label inside the
    # Facebook in-app browser's `[FBAN/…;Name: …]` fields, in a comment after Line's product, as the last field of
    # Instagram's comment (`…; 1290x2796; user: …`), a Chinese recipient's label after WeChat's product
    # (`(收件人: 陳大文)`); a device's name (`Jessqa Kieffer's Galaxy S23`)
    "user agents": [
        "name ua escaped parens @", "name ua fban field @", "name ua line app field @", "name ua instagram field @",
        "name ua wechat field @", "name ua device name @",
    ],
    # a URL path's sentence in a slug: a self-introduction, a label or a hand-over phrase is read with a blank or
    # `%20` in the segment (`/account/I'm Ilhamqa Rzayev from Baku/` is kept), not with `-`, `_` or `+` between its
    # words (`/account/my_name_is_Ayelenqa_Painemal/`), nor an address in a slug
    "path sentences": [
        "name path dashes @", "name path dashes capitalized @", "name path underscores @", "name path pluses @",
        "name path mixed @", "name path honorific dashes @", "name path label dashes @", "postal path dashes @",
        # a personal key's segment and the next (`/form/first_name/Yannqa_Kerjean/`): a name joined by `_` is not
        # read as a label's value (joined by `-` or `%20` it is)
        "name path key route underscores @",
    ],
    # mail headers naming a person without an address: `To:` and `Cc:` before a full name (a mail's recipients, as
    # `Sent to` is a recipient's label of the lexicon)
    "mail headers": [
        "mail to display name only @", "mail cc display name only @",
    ],
    # street lines: Frisian's street word glued to its name (`Tsjerkestrjitte 12, 8911 AB Ljouwert`), Sámi `geaidnu`,
    # Tok Pisin's `Seksen 12, Lot 5, Boroko Drive`, Jamaica's `12 Hope Road, Kingston 6`; Yucatán's house between
    # its cross streets (`Calle 60 #123 x 45 y 47, Centro, Mérida`), a Luxembourg house in a village without a street
    # (`Maison 12, L-9515 Wiltz`), Pashto's `کور ۱۲، کوڅه ۳` (house, lane) and Uyghur's `… يولى ١٢-نومۇر` (road, number)
    "postal layouts": [
        "postal fy street @", "postal se street @", "postal tpi street @", "postal jam street @",
        "postal yua cross streets @", "postal lb lieu-dit @", "postal ps address @", "postal ug address @",
    ],
    # Bhutan's mobile in Tibetan digits after Dzongkha's `ཁ་པར` (phone) in a sentence
    "phones": [
        "phone bo unlabelled @",
    ],
    # Luxembourg's matricule (thirteen digits, its Luhn and Verhoeff digits) after `Matrikelnummer:` in groups; a
    # Pakistani CNIC unbroken after Pashto's label (`د پېژندپاڼې شمېره`); India's EPIC after Telugu's `ఓటర్ ఐడి:`
    # (Voter ID); Azerbaijan's FIN after `FİN kod:`
    "ids": [
        "id matricule lb @", "id cnic pashto unbroken @", "id epic telugu @", "id fin az @",
    ],
    # keys: Breton `anv_familh` (`anv` is a name word of the lexicon), Esperanto `familia_nomo` (`nomo` is one) and
    # `retposxto` (an email), Uyghur `ئىسمى` (a name)
    "keys": [
        "key br anv:", "key eo nomo:", "key eo retposto:", "key ug isim:",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a label naming who did an act only a shopper does ... is a name label; not a shop's or a maker's act (`Made"
    " by:`, `Sold by:`, `Shipped by:`) nor `From:`": [
        "mail from display name only @",
    ],
    "What the gate does not claim ...: personal data written as a product of the user agent, its name or its"
    " version": [
        "name ua product token @",
    ],
    "The layout rules for addresses and names (`postal.py`) do not claim ... an address in an id or in a URL path"
    " with `+` for its blanks": [
        "postal path pluses @",
    ],
}

_THREE = ["custom property", "page title", "content title"]

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "edi order lines": [
        # EDIFACT's party named by its GLN and `::9`, a line's GTIN with `::9`, an interchange's GLNs with `:14`
        # (the README reads `::9` after an element's `+` as a qualifier naming a GS1 number: a code)
        f"edi order lines: {line} @ {where}"
        for line in ["NAD+SU+5412345000013::9'", "NAD+BY+5412345000020::9'", "NAD+DP+5412345000037::9'",
                     "LIN+1++4006381333931::9'", "NAD+SU+4006381333931::9'",
                     "UNB+UNOC:3+5412345000013:14+4006381333931:14+261201:1030+42'"]
        for where in _THREE
    ] + [
        # X12's ship-to and buyer parties and EDIFACT's buyer named by a company, as B2B orders name them
        # (`N1*ST*ACME DISTRIBUTION CENTER*92*0042~`, `N1*BY*BEST BUY CO*92*0042~`, `NAD+BY+++ACME STORES:HEAD
        # OFFICE'`): a company's name of two or three words in the README's person's field
        f"edi order lines: {line} @ {where}"
        for line in ["N1*ST*ACME DISTRIBUTION CENTER*92*0042~", "N1*BY*BEST BUY CO*92*0042~",
                     "N1*ST*HOME DEPOT DISTRIBUTION~", "N1*ST*AMAZON FULFILLMENT CENTER*92*PHX7~",
                     "NAD+BY+++ACME STORES:HEAD OFFICE'"]
        for where in _THREE
    ],
    # a GTIN-13 opening on `00` (a UPC-A written as GTIN-13, read as a number dialled with `00`?) in a feed's
    # element or after `GTIN`/`EAN` (alone it goes out), and a brand element before a GTIN-13 opening on `0`
    "product feeds": [
        f"product feeds: {value} @ {where}"
        for value in ["<g:brand>Patagonia</g:brand><g:gtin>0889833000001</g:gtin>", "<g:gtin>0036000291452</g:gtin>",
                      "<item><g:brand>Carhartt WIP</g:brand><g:gtin>0035481234569</g:gtin></item>",
                      "EAN 0036000291452", "GTIN 0036000291452"]
        for where in _THREE
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


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-ninth", NOT_CLAIMED))
def test_no_twenty_ninth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_ninth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 1000
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "name", "phone", "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-ninth"))
def test_ordinary_shop_data_of_the_twenty_ninth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
