"""A thirty-sixth outside attack (tests/privacy_attack_cases_36.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): identity in what machines make. JWTs and their
claims, login, reset, unsubscribe and campaign links, OAuth and SAML parameters, URLs inside URLs, user info;
serialized forms (PHP, Python, YAML, TOML, XML, HTML, CSV, form bodies, JSON in JSON, protobuf text, GraphQL,
language dumps), logs, traces, SQL and header dumps; vCard, MeCard, iCalendar, `tel:`/`sms:`/`mailto:`, SEPA and
Swiss QR texts, `geo:` and `data:` URIs; file names and paths; keys machines write; `fbc`/`fbp` payloads encoding a
value; in every leaf the README maps and under each data-minimisation setting, the Err strings of the refusals, and
numbers as software prints them; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README);
ordinary data that the gate drops today, and a number sent changed, are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    number_params,
    number_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_36 import NUMBERS, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # keys of PHP's serialize() and session format, Perl's Data::Dumper, Swift's dump, Python's OrderedDict, an Apple
    # plist's <key>, a JSON list of pairs and an LDAP filter's `(sn=...)` are not read as keys (rule 4 names JSON,
    # Python dicts, JS literals); raw object text with blanks in a URL path is not read either
    "serialized: PHP serialize() and sessions, Perl, Swift, OrderedDict, plist, pairs, LDAP filters": [
        "serial PHP serialize last name @", "serial PHP serialize object @", "serial Perl Data::Dumper @",
        "serial Swift dump @", "log Django form errors @ url raw path", "serial PHP session format @",
        "serial PHP serialize with integer keys @", "serial Python OrderedDict repr @", "serial Apple plist XML @",
        "serial MessagePack-ish JSON of pairs @", "serial JSON key value list @ json property",
        "serial LDAP filter @", "serial minimised PHP serialize last name @ url fragment under dropped query",
        "serial minimised PHP serialize last name @ listed page property",
        "serial minimised PHP serialize last name @ standard search string"],
    # a token's payload is decoded and its shapes read (an email, a phone), but the decoded JSON's or form's keys are
    # not judged: `name`, `nickname`, `given_name`/`family_name`, an OIDC `address`, `last_name=` go out encoded
    "tokens: keys of base64- or hex-decoded text not judged (a JWT's name and address claims)": [
        "jwt given and family name claims @ page property", "jwt given and family name claims @ custom event name",
        "jwt name claim @", "jwt nickname claim @", "jwt OIDC address claim @", "serial base64 of form body @",
        "serial base64 of a JSON name @", "serial base64url of a Python dict @",
        "serial base64 of a customer name pair @", "serial hex of a JSON name @"],
    # `content_ids` is cut at commas before its ids are judged: a CSV header and its row, an SQL insert's columns and
    # values, an LDAP DN, a form record, a Go struct, an iCalendar line land in several ids (a CSV in a contents id too)
    "content ids: a comma list cuts a record from its key": [
        "card iCalendar home location @ content ids", "serial record in content ids CSV header and row @",
        "serial record in content ids SQL insert @ content ids", "serial record in content ids LDAP DN @",
        "serial record in content ids form record @", "serial record in content ids Go struct @ content ids"],
    # `<input id="last_name" value=...>`, `autocomplete="family-name"`, `placeholder`/`aria-label`, a `<label>`
    # before its input or select: the field's name is in markup the gate does not read (`name="last_name"` is read)
    "serialized: HTML fields named by another attribute than `name`": [
        "serial HTML label and input @", "serial html input by id @", "serial html input by autocomplete @",
        "serial html input by placeholder @", "serial html input by aria-label @", "serial html select with label @"],
    # SAP's `STRAS`, `TELF1`, `PSTLZ`, Mailchimp's `MERGE2`, `MMERGE6`, Entra ID's `upn`, `unique_name`, LDAP's `sn`,
    # `cn`, `l`, a form builder's `field_5f2a_last`, a help desk's `requester_name` (in a query)
    "keys: vendors' field names holding no lexicon word": [
        "key MERGE2: listed custom property", "key upn: url query", "key unique_name: listed custom property",
        "key STRAS: page property", "key TELF1: json property", "key PSTLZ: json property",
        "key requester_name: url query", "key sn: url query", "key cn: listed custom property",
        "key l: page property", "key MMERGE6: page property", "key field_5f2a_last: json property"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name in a file name, a payment URI's `label`, a Content-Disposition filename, a device's owner in a file
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a salutation"
    " or a personal label before it": [
        "link signed download filename name @", "card bitcoin label name @", "file upload named by a person @",
        "file upload named by a person capitalised @", "file screenshot of a named device @",
        "file content-disposition filename name @"],
    # a one-word account name in a home folder (`C:\\Users\\jsmith`, `/Users/jsmith`, `~jsmith`, `/var/mail/jsmith`)
    "so does a one-word name such as `jsmith`": [
        "log Python traceback with home dir @", "file Windows user folder @", "file macOS user folder @",
        "file file URL of a user folder @", "file UNC home share @", "file tilde user page @", "file mail spool @"],
    # `/payslips/AB123456C-2026-11.pdf`
    "unbroken and without its label, a code's shape, it is not read": [
        "file payslip with a UK NI number @"],
    # `ID_9203155129084.pdf` in a URL path and as an event id (ids and paths are no free text)
    "and, in free text only, a number of 10 to 13 digits that begins with a birth date": [
        "file document named by a national id @"],
    # `passport_no_X48217365` as an order id or a content's id
    "and, in free text, one token of 6 to 20 letters and digits holding a digit right after an id document's"
    " label": [
        "file passport scan with number @ contents id", "file passport scan with number @ order id"],
    # the operator's setting, not the visitor's data, is echoed (upper-cased) by the setting's Err
    "A missing or invalid setting is an `Err` that names it and the bad value (never the token's value)": [
        "err default currency setting a path"],
}


# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # `<input type="number" name="quantity" value="2">`: the markup's `name="quantity"` reads as a bare `name` key
    "accepted by the README": [
        f"serialized: <input type=\"number\" name=\"quantity\" value=\"2\"> @ {where}" for where in
        ["custom property", "page title", "product name", "search string"]],
}

# Numbers sent as another number, left out without an Err, or an Err not naming the field today, by family.
CHANGED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-sixth", NOT_CLAIMED))
def test_no_thirty_sixth_attack_machine_made_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_sixth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    assert [name for names in CHANGED.values() for name in names if name not in NUMBERS] == []
    names = [name for name, *_ in CASES]
    assert 600 <= len(names) <= 900
    assert sorted({name.split(" ")[0] for name in names}) == [
        "card", "err", "fb", "file", "jwt", "key", "link", "log", "nested", "serial"]
    assert len(ORDINARY) >= 250


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-sixth"))
def test_ordinary_data_of_the_thirty_sixth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)


@pytest.mark.parametrize("name", number_params(NUMBERS, CHANGED, "thirty-sixth"))
def test_a_number_goes_out_as_written_or_ends_in_an_err_naming_its_field(name):
    assert number_problems(*NUMBERS[name]) == []
