"""A forty-second outside attack (tests/privacy_attack_cases_42.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): issue 16's families in spellings the issue does
not list. `fbc`/`fbp` payloads carrying a mailbox, a phone or an address in new encodings; keys that are a mailbox or a
phone; compound and foreign keys in more languages and casings; look-alike keys in new scripts and with invisible
characters; a mailbox in new encodings and shapes; phone numbers in new forms and digits; IPv4 and IPv6 addresses in
new forms; user and anonymous ids under new keys; in every leaf the README maps, under each data-minimisation
setting; the same fields holding nothing personal must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
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
from privacy_attack_cases_42 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # an fbc-shaped value (`fb.1.<ms>.<payload>`, or another network's click id) outside Meta's own fields, its payload
    # a phone or an IPv4 address apart by `-`, `.` or `_` (`fb.1.<ms>.07700-952-847`, `fb.1.<ms>.185-231-14-77`), or
    # a mailbox whose domain runs on into the fbc's digits (`fb.quelmarisk.od@example.org.<ms>.1098115397`); the same
    # payloads in `fbc`/`fbp` themselves are refused
    "fbid: an fbc-shaped value in free text and ids": [
        "fbid mail in the version @ product name", "fbid dotted trunk phone @",
        "fbid underscored trunk phone @ product name", "fbid dashed french phone @", "fbid dashed nanp phone @",
        "fbid dashed german phone @ referrer query", "fbid ipv4 payload @ user agent",
        "fbid dashed ipv4 payload @ url query value", "fbid click id of another network @ custom property"],
    # a mailbox spelled by a language's or a format's character escape or function the gate does not decode: Python's
    # `\N{COMMERCIAL AT}`, Perl's `\x{40}`, SQL's `CHR(64)`/`CHAR(64)`, a spreadsheet's and Basic's `Chr(64)`, RTF's
    # `\'40` and `\u64?`, TeX's `\char64`, XML CDATA sections around `@`, decimal byte codes, uuencoding
    "menc: escapes and encodings not decoded": [
        "menc uuencoded @", "menc python named escape @", "menc python named escapes lower @",
        "menc perl braced hex @", "menc sql chr concatenation @ standard content name", "menc sql char concat @",
        "menc spreadsheet char @", "menc basic chr @", "menc rtf hex escape @", "menc rtf unicode escape @",
        "menc latex char @", "menc xml cdata pieces @ user agent", "menc decimal codes @"],
    # a mailbox whose `@` stands between slashes (`vesmarquel.tk/@/example.net`) or whose words are joined in
    # camelCase (`vesmarquelTkAtExampleDotNet`)
    "menc: the sign and its words in new separators": ["menc slash at @", "menc camel case words @"],
    # a phone number with letters for its last digits after a mobile's label (`Handy: +49 176 TANZBAR`, `Mobile:
    # 1-415-JOHNNY5`: the README reads a US vanity number after `Mobile:` "whatever it holds"), after NANP's exit code
    # `011` (`011 49 176 29483715`), or in Braille's digits (`⠼⠚⠁⠛⠋ …`)
    "phone: vanity letters, the 011 exit code, Braille digits": [
        "phone nanp exit code @", "phone vanity letters de @", "phone vanity letters us @", "phone braille digits @"],
    # a key that is a mailbox or a phone spelled as the encodings family spells it: `brosvantel.ui\N{COMMERCIAL AT}…`,
    # `\x{40}`, RTF's `\'40`, `'||CHR(64)||'`, CDATA pieces, `/@/`, camelCase words, a vanity number
    "mkey: a key that is a mailbox or a phone in new escapes": [
        "mkey python named escape @", "mkey perl braced hex @", "mkey rtf hex escape @ page search", "mkey sql chr @",
        "mkey cdata pieces @", "mkey slash at @", "mkey camel case words @", "mkey vanity phone @"],
    # an IPv6 address with blanks around its colons (`2a03 : b0c0 : …`); an IPv4 address in an id apart by commas or
    # tabs (`178,62,193,45`, a table's cells pasted) or dashed after a dotted prefix (`srv.12.178-62-193-45`)
    "ipad: new separators": [
        "ipad v6 spaced around colons @", "ipad v4 commas @ event id", "ipad v4 tabs @",
        "ipad dashed after a dotted prefix @"],
    # an id holding the visitor's mailbox in camelCase words (`caldrissunPeAtExampleDotCom`) or Python's named escape,
    # or an fbc-shaped value with a dashed phone (`fb.1.<ms>.07700-961-384`)
    "uid: ids in the new spellings": [
        "uid camel case words mail @ standard order id", "uid python escape mail @", "uid fbc shaped dashed phone @"],
    # keys abbreviated so that an ordinary word is spelt alike (`lst_nm`: `lst` is a list's too), or cut short
    # (vCard's `adr`), or whose cut form is an ordinary word's (`strt` is start's too), holding a name or a street
    # (closer 68 reads the other abbreviations: tests/test_closer68_keys.py)
    "ckey: abbreviated personal keys": [
        "ckey abbreviated last name @", "ckey vcard adr @", "ckey abbreviated street @"],
    # a key naming a person by `att` (for the attention of: `att` is an attribute's key as often), as a partner
    # (`partner_name` names a business partner as often: tests/test_privacy_keys.py keeps it ordinary) or an author (a
    # book's author is a product's: attack 29's `<author><name>Jane Austen</name></author>` goes out), and `location`
    # holding `Zandrowel Close 17, Zandrowelby`: an English street word read only after the house number, not before
    # it (closer 68 reads the other role and place keys: tests/test_closer68_keys.py)
    "ckey: role and place keys": ["ckey attention of @", "ckey partner name @", "ckey review author name @",
                                  "ckey street and town in location @"],
    # keys in letters that Unicode's confusables data does not draw as Latin ones: Cherokee `Ꮎ` and `Ꮜ` (`ᏢᎻᎾNᎬ`,
    # `ᏚᏌᎡNᎪᎷᎬ`), Coptic small letters (`ⲛⲁⲙⲉ`), Canadian syllabics `ᑎ`, `ᗴ`, `ᗩ` (`ᑭᕼOᑎᗴ`, `ᗴᗰᗩIᒪ`)
    "lkey: look-alike letters of unfolded scripts": [
        "lkey cherokee phone @", "lkey cherokee surname @", "lkey coptic name @", "lkey canadian syllabics phone @",
        "lkey canadian syllabics email @"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `throndavik@intranet`
    "a provider not among the large ones (nor a UPI handle) without its top-level domain (`jo@mailbox`)": [
        "mshape intranet single label @"],
    # `4917629483715` as an event id or a content id, alone or ending a URL
    "an undialled mobile number in an id without a suffix": [
        "phone country code no plus @", "phone country code no plus in a url @"],
    # `2990457133` (178.62.193.45)
    "an IPv4 address written as one decimal number (`1359103392`) or in three parts (`81.2.17824`)": [
        "ipad v4 as one number @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an order id with `@` between two words and no dot (`price@checkout`; it goes out as a custom property)
    "an at sign between words in an id": ["mail-like: price@checkout @ order id"],
    # a fraud tool's `ip_country_match` key (whether the IP's country matches the billing country)
    "a key naming a check on the IP": ["keys: ip_country_match"],
    # a dotted reference whose date is written with dashes (`ref.2026.11-24-001`; it goes out as a product's name)
    "a dated reference in free text": ["near: ref.2026.11-24-001 @ custom property"],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "forty-second", NOT_CLAIMED))
def test_no_forty_second_attack_form_field_leaves_the_core(case):
    assert outcome(case) == []


def test_the_forty_second_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 400 <= len(names) <= 500
    assert sorted({name.split(" ")[0] for name in names}) == ["ckey", "fbid", "ipad", "lkey", "menc", "mkey",
                                                               "mshape", "phone", "uid"]
    assert 100 <= len(ORDINARY) <= 150


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "forty-second"))
def test_ordinary_data_of_the_forty_second_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
