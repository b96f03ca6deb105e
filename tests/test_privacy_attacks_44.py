"""A forty-fourth outside attack (tests/privacy_attack_cases_44.py, written from the README's promises and issue 16's
families without reading the gate's code nor the earlier attacks' cases): personal values in the spellings people and
software give them. `fbc`/`fbp` cookies carrying a mail address, a phone or a street; a mail address in every encoding
a decoder reads and spelt out in words of many languages; phone numbers inside free text in a dozen national formats,
links and other scripts; IPv4 and IPv6 addresses in text; the visitor's own ids and a customer number sent as
properties or in URLs; one address in every leaf an event has, under each data-minimisation setting. The same fields
holding ordinary shop data must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the documentation says
the gate does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds in the README or
docs/privacy-gate.md); ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_44 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # cookie: an fbc/fbp cookie carrying a mail address spelt with `-at-` or a street, inside a cookie header's text
    # or as free text (`_fbp=fb.1.<ms>.1843027561; _fbc=fb.1.<ms>.pranthelvi-oak-at-example-org`,
    # `fb.1.<ms>.27-Ostrubel-Street-Leeds-LS1-4AP` as a custom property); as the fbc itself the mail one is refused
    "cookie: a mail address or a street in a cookie's payload, in free text": [
        "cookie fbc mail words payload @ cookie header property", "cookie fbc street payload @ custom property",
        "cookie fbp street appendix @ cookie header property"],
    # mail: one address split within one value, its local part and its domain apart (`u=vindelqarth.mo&d=example.com`
    # as a page title, `/contact/vindelqarth.mo/at/example.com` as an event name, `vindelqarth.mo | example.com`)
    "mail: an address split within one value": [
        "mail split local and domain in a query @", "mail split over path parts @", "mail split by a pipe @"],
    # spelt: words for "@" and "." of one language the gate does not read (`harvosquine at example period com`,
    # `... at example full stop com`, `... at example point com`, `... at example dt com`, Malay `di ... titik`,
    # Croatian `manki ... točka`, Afrikaans `aapstert ... punt`)
    "spelt: an address in words of one language not read": [
        "spelt EN period @", "spelt EN full stop @", "spelt EN point @", "spelt EN dt @", "spelt MS di titik @",
        "spelt HR manki tocka @", "spelt AF aapstert punt @"],
    # phone: digits grouped as no plan writes them (`0 648 279 153`, a French mobile with its trunk 0, as a product's
    # or a content's id; `41 57 38 29 46`, a US number in pairs, as a content's name or category)
    "phone: a number in groups no plan writes": ["phone FR trunk in odd groups @", "phone US in pairs @"],
    # phone: a UK mobile with letter O for its zeros (`call O77OO 936 142`) in a URL's fragment or the page's search;
    # in free text fields it is read
    "phone: letter O for zero in a URL's fragment or search": ["phone UK letter O for zero @"],
}

# What leaks today and the documentation says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `fb.1.<ms>.27_Ostrubel_Road_Leeds` as the event's fbc: an fbc's payload is judged as an id is
    "an address in an id or in a URL path with `+` for its blanks": ["cookie fbc street underscores @ fbc property"],
    # the English `at` with another language's word for "." (`harvosquine at example titik com`, Tagalog `tuldok`,
    # Turkish `nokta`)
    'words for "@" and "." mixed across languages': [
        "spelt ID at titik @", "spelt TL at tuldok @", "spelt TR at nokta @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a product code of digit groups (`1001-0042-7`) as a page's property
    "skus: a code of digit groups": ["skus: 1001-0042-7 @ page property"],
    # an article number after its code label, grouped as a US number is (`Art.-Nr. 415 738 2946`) as a search string
    "lookalikes: an article number after its code label": ["lookalikes: Art.-Nr. 415 738 2946 @ search string"],
    # a router's private default address in a guide's title (`192.168.1.1 setup guide`) as a page's property
    "lookalikes: a private IPv4 address in a title": ["lookalikes: 192.168.1.1 setup guide @ page property"],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "forty-fourth", NOT_CLAIMED))
def test_no_forty_fourth_attack_form_field_leaves_the_core(case):
    assert outcome(case) == []


def test_the_forty_fourth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["cookie", "ident", "ip", "leaf", "mail", "phone", "spelt"]
    assert 80 <= len(ORDINARY) <= 120


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "forty-fourth"))
def test_ordinary_data_of_the_forty_fourth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
