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

from attack_tests import attack_tests
from privacy_attack_cases_2 import number_params, number_problems
from privacy_attack_cases_36 import NUMBERS, ORDINARY_TOKEN, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name in a file name, a Content-Disposition filename (a payment URI's `label` goes out with its bech32 address
    # since closer 51; a device's owner in a screenshot's file is read since closer 221: device_owners)
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a salutation"
    " or a personal label before it": [
        "file upload named by a person @",
        "file upload named by a person capitalised @ product id", "file content-disposition filename name @"],
    # a one-word account name in a home folder (`C:\\Users\\jsmith`, `/Users/jsmith`, `~jsmith`, `/var/mail/jsmith`; a
    # pasted path in a URL field or a query value is read as the path it is since closers 94 and 98)
    "so does a one-word name such as `jsmith`": [
        "log Python traceback with home dir @", "file Windows user folder @", "file macOS user folder @ order id",
        "file UNC home share @", "file tilde user page @", "file mail spool @"],
    # `/payslips/AB123456C-2026-11.pdf`
    "unbroken and without its label, a code's shape, it is not read": [
        "file payslip with a UK NI number @"],
    # `ID_9203155129084.pdf` in a URL path and as an event id (ids and paths are no free text)
    "and, in free text only, a number of 10 to 13 digits that begins with a birth date": [
        "file document named by a national id @"],
    # LDAP's `sn`, `cn`, `l` as bare keys (`?sn=…`): a serial number, China and a size as often; read as LDAP's only in
    # a key naming LDAP (`ldap_sn`: closer 45). Their neighbours (`objectClass`, `givenName` beside them) are not read.
    "A bare `cn`, `sn` or `l` is not read as LDAP's: alone it is China, a serial number or a size as often": [
        "key sn: url query", "key cn: listed custom property", "key l: page property"],
    # `passport_no_X48217365` as an order id or a content's id
    "and, in free text, one token of 6 to 20 letters and digits holding a digit right after an id document's"
    " label": [
        "file passport scan with number @ contents id", "file passport scan with number @ order id"],
}


# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # `<input type="number" name="quantity" value="2">`: the markup's `name="quantity"` reads as a bare `name` key
    "accepted by the README": [
        f"serialized: <input type=\"number\" name=\"quantity\" value=\"2\"> @ {where}" for where in
        ["custom property", "page title", "product name", "search string"]],
    # a token after `Bearer`, an Authorization header's credential, is left out as a password is (closer 78: the README
    # leaves credentials out by the label rule; the same token alone, no credential's label before it, goes out)
    "a credential after its label": [
        f"tokens: Bearer {ORDINARY_TOKEN} @ {where}" for where in
        ["custom property", "page title", "product name", "search string"]],
    # an authenticator's enrolment link is a second factor's key, a credential whatever its label names (closer 184:
    # the whole `otpauth://` link is left out)
    "an authenticator's link, a credential": [
        f"payloads: otpauth://totp/Shop?secret=JBSWY3DPEHPK3PXP&issuer=Shop @ {where}" for where in
        ["custom property", "page title", "product name", "search string"]],
}

# Numbers sent as another number, left out without an Err, or an Err not naming the field today, by family.
CHANGED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "thirty-sixth", cases=(600, 900),
                              families=["card", "err", "fb", "file", "jwt", "key", "link", "log", "nested", "serial"],
                              ordinary=(250, None)))


@pytest.mark.parametrize("name", number_params(NUMBERS, CHANGED, "thirty-sixth"))
def test_a_number_goes_out_as_written_or_ends_in_an_err_naming_its_field(name):
    assert number_problems(*NUMBERS[name]) == []
