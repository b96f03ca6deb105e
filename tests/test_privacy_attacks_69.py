"""A sixty-ninth outside attack (tests/privacy_attack_cases_69.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): B2B software, CRM and sales tools, help desks,
live chat, invoicing and billing portals, e-signature, scheduling links, webinars, marketing automation and
webhooks, HR and payroll trials (issue 16). About 300 ordinary cases (plans and seats, features and integrations,
pipeline stages, ticket categories and SLAs, invoice lines and tax labels, API versions and webhook events,
templates and reports, roles, companies with their legal form and VAT id, unrendered merge tags, SaaS URLs, in
several languages), which must go out whole; and about 150 personal cases putting a person's data in the same leaves
(a lead, a ticket's customer, a chat's visitor, an invoice's billing contact, an envelope's signer, a scheduling
link's slug, a webinar's attendee, a CRM record's URL, a payroll list's national ids, a rendered merge tag, webhook
payloads), each with a made-up marker (`Quelmarsk`, `Fandrovy`, `730591`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_69 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name in a search's keywords, a merge tag's name opening the text, a ticket's sender after a bare preposition
    # with no number before it (`Ticket van … over factuur …`: a title's `of` as often)
    "names with no label or salutation": [
        "lead LinkedIn Sales Navigator search @ custom property", "merge name first with a comma @",
        "ticket Dutch ticket of @"],
    # a given name and a family name in a form's `first` and `last` parameters, each one word alone
    "a value split across properties or fields": ["lead lead form's thank-you page @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "sixty-ninth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
