"""A forty-ninth outside attack (tests/privacy_attack_cases_49.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): the exceptions. Wherever the README says that
something shaped like personal data goes out (a product's audience after a gender's or an age's label, an order's
number with a date's id's layout, a campaign's row with a town and a post code, a field's state under a password's
key, a trade's name after "reviewed by", a town's coordinates, codes passing GTIN's and ISBN's checks, ids after a
code's label, a masked card showing ten digits, a product's handle, a shop's filters), about 360 cases put a person's
data in that exception's words or beside it, and about 180 ordinary values (the exceptions' own examples and their
neighbours) must keep going out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there);
ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_49 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a Swedish personnummer with its check after `Order` and as a purchase's `order_id` (closer 84: the order's number
    # stamped with its day, `250317-0042`; Belgium's printed national numbers after `Order` and `Bestellnummer` are
    # read: closer 83, a layout no order's number takes)
    "a date's id after an order's label or under an order's key is the order's number": [
        "order swedish @", "keyed order id swedish @ property"],
    # a Swedish personnummer after `SKU`, in text and as a content's id (closer 84: `SKU: 250317-0042` is the code)
    "a date's id after a product code's label is the code": ["code sku swedish @"],
    # three decimals (`52.517, 13.389`, about 100 m): a street, not a town, but below the rule's four
    "decimal degrees of four decimals or more": ["coords three decimals @", "coords three decimals home @"],
    # degrees and minutes to one decimal (`N 52° 31.0' E 13° 23.3'`, about 185 m)
    "degrees and minutes to two decimals": ["coords dm one decimal @"],
    # Google's `!3d…!4d…` as an id (an `order_id`; what3words after `///` in an id since closer 130)
    "in ids too, a full plus code, a what3words address after `///` or a URL holding a place": [
        "coords maps 3d4d @ standard order id"],
    # a German mobile with its trunk 0 whose 12 digits pass the GS1 check, after `EAN` (bare and after `Tel.-Nr.` it is
    # caught)
    "a phone without `+` passing the GS1 check": ["gtin de trunk ean label @"],
    # a name as a sort's value (`sort=Petra Quendrix`)
    "names with no label or salutation": ["keyed sort name @"],
    # a NINO without blanks under `order_id` in a page URL's query and in a property's text (`JT481726C`; closer 83:
    # the order's key turns off no rule here, the NINO's unbroken shape is a code's everywhere but in an fbc)
    "unbroken and without its label, a code's shape, it is not read": ["keyed order id nino @"],
    # a gender's word in another part of a note than the audience after its label (`Gender: Women | Customer:
    # Quendrix, female`; closer 83)
    "a gender's word beside an audience in another part of a note": ["gender note with audience @"],
    # a child's age after `Alter:` behind a name after `Kind:` (`Kind: Quendrix, Alter: 7`; closer 83)
    "a child's age after a name's cell": ["age kid age @"],
    # a given name before an activity's word after a byline (`Reviewed by Grace Housekeeping ★★★★★`; closer 83)
    "the gate holds no lexicon of given names, and such a name goes out": ["review housekeeping name @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a shop's role mailboxes (`info@`, `sales@`, `support@`, `customer.service@` at the shop's domain): the README's
    # mail rule ("`@` and a domain ending in a top-level domain") makes no exception for them; the README's only role
    # words are the own identifiers' floor (closer 84: the README says so, a mail is left out whatever its local part)
    "a shop's role mailbox": [
        "ordinary mailbox 0 @ property", "ordinary mailbox 0 @ page title", "ordinary mailbox 1 @ product name",
        "ordinary mailbox 1 @ search", "ordinary mailbox 2 @ content category", "ordinary mailbox 2 @ property",
        "ordinary mailbox 3 @ page title", "ordinary mailbox 3 @ product name"],
    # a store locator's filter keyed `city` (`/filialen?city=berlin`): the README calls `city` customer information,
    # the parameter leaves and only the rest of the URL goes out
    "a filter keyed as customer information": ["ordinary url 5 @ page url"],
}


globals().update(attack_tests(globals(), "forty-ninth", cases=(350, 375), family_count=(14, 14), ordinary=(240, 270)))
