"""A twenty-second outside attack (tests/privacy_attack_cases_22.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers in Vientiane, Dili, Bandar Seri Begawan, Hong Kong,
Macau, Lhasa and Hohhot, in Cusco, El Alto, Oaxaca, Quetzaltenango, Iqaluit, Tahlequah, Window Rock, Nuuk and
Kautokeino, in Ljubljana, Bratislava, Prague, Tallinn, Riga and Vilnius: their phones in local layouts, digits and
numerals, their ids with check digits computed here, addresses and names as they write them; data as AI assistants,
chatbots and voice assistants leak it; near misses of the newest rules, in the leaves of Meta's payload the README
maps, in Meta's own fields and in the fields whose failure is an `Err`, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_22 import Case, cases, ordinary_cases

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
    # (the whole text `Laa Natividad Bautista Ruiz`, a query value's too, is laid out as the title `Laa Bonita Hat`)
    "Zapotec `Laa` and Sami `Mun lean` before a full name opening a clause, not as the whole text "
    "(`Laa Laa Plush Toy`)": [
        "name Zapotec self-introduction @ custom property",
        "name Zapotec self-introduction @ page title",
        "name leaf Zapotec self-introduction @ fragment",
    ],
    "a person's name written without a salutation or a personal label before it": [
        "name moderation log @",
        "name recommendation request @",
        "name leaf recommendation request @ percent-encoded property",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "a Czech catalogue number after its label (Obj. č., \"object number\") read as a personal number": [
        "codes: Obj. č. 2024001234 @ page title",
        "codes: Obj. č. 2024001234 @ custom property",
        "codes: Obj. č. 2024001234 @ product name in the list",
    ],
}


globals().update(attack_tests(globals(), "twenty-second", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
