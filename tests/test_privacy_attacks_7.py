"""A seventh outside attack (tests/privacy_attack_cases_7.py, written from the README's promises without reading the
gate's code): what marketing, payment and login tools emit (HubSpot, Marketo, Pardot and Salesforce form posts,
Klaviyo's `_kx`, Mailchimp's `mc_eid`, Stripe and PayPal return URLs, magic and password-reset links, order-status
pages, OAuth `state` as base64 JSON, JWTs in fragments), internationalized and sub-addressed domains, phones with
extensions and vanity letters, ids, IBANs, dates of birth, addresses and labelled names of countries not yet visited
(Iceland, the Baltic states, the Balkans, the Caucasus, Central Asia, Latin America, Africa), in places the earlier
attacks filled little (a page's title and properties, a product in the event's list, a user event's traits,
`utm_term`, a referrer's fragment, a field of the flat `contents`), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_7 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("mail IDN domain in punycode @" is
# that value in every place).
def _at(stems: List[str], places: List[str]) -> List[str]:
    """Each of `stems` in each of `places` (the places that send the field: a user event's traits and a `contents`
    item's note never leave, so a stem is named by its places when it sits there too)."""
    return [f"{stem} @ {place}" for stem in stems for place in places]


LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name alone under a key that names nothing personal (README: the layout rules `do not claim a "
    "person's name written without a salutation or a personal label before it`)": [
        "key input_2_3:"],  # (WPForms' `wpforms[fields][1][first]`: a name part after a field's id, closer 45)
    "a phone number of seven or eight digits written nationally with no label, key or country code (README: "
    "`a national number of fewer than nine digits alone`: `615-1234` is a product's code as often)": [
        "phone IS national dashed @"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "seventh", cases=(600, None),
                              families=["dob", "id", "ip", "key", "mail", "name", "phone", "postal", "ua", "url"],
                              readme_test=False))
