"""A twenty-first outside attack (tests/privacy_attack_cases_21.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Doha, Kuwait City, Muscat, Manama, Khartoum and Tripoli,
in Accra, Freetown, Monrovia, Bamako, Niamey, Ouagadougou, Conakry, Lomé and Cotonou, in Antananarivo, Port Louis,
Victoria, Moroni, Windhoek, Gaborone, Maseru and Mbabane: their phones in local layouts, digits and number words,
mobile-money texts, ids after their labels, addresses and names as they write them; data as help-desk, CRM,
shop-admin and file tools leak it (ticket subjects, file names, vCards, signatures, invoices, CSV rows, log lines);
near misses of the newest rules, in the leaves of Meta's payload the README maps, in Meta's own fields and in the
fields whose failure is an `Err`, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_21 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "id": [
    ],
    "name": [
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # (the whole text `Mon nom est Koffi Adjovi` is laid out as the title `Mon nom est Personne Novel`)
    "French `Mon nom est` opening a clause, not as the whole text (`Mon nom est Personne`, a film's title)": [
        "name near mon nom est @",
    ],
    "a national number of fewer than nine digits alone, without a label, key or country code": [
        "phone Mali pairs @",
    ],
    "a person's name written without a salutation or a personal label before it": [
        "name kunya alone @",
        # (closer 233 closed `name scan file name @`: a scan's word between a document's and its holder's name)
        # (closer 114 closed `name upload path @`: a CV's file name, a name after its word: personal_documents.py)
        "name calendar invite @",
        "name alt text @",
    ],
    "an honorific and a name with no mark around them": [
        "name chiefly title Ghana @",
        "name near chiefly Togbe @",
        "name near Sheikh @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "capitalized words after a personal label (accepted by the README)": [
        "near misses Name: Gold Edition @ page title",
        "near misses Name: Gold Edition @ content_name",
        "near misses Recipient: Gift Box @ page title",
        "near misses Recipient: Gift Box @ content_name",
    ],
}


globals().update(attack_tests(globals(), "twenty-first", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
