"""A twelfth outside attack (tests/privacy_attack_cases_12.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): a shopper in Lagos, Nairobi or Johannesburg and one in São Paulo or
Buenos Aires, their mobiles dialled, national and compact, WhatsApp click-to-chat links, M-Pesa confirmation texts,
Pix keys (a CPF, a phone, an address, a random key), CPF, DNI, CUIL, the South African ID number and the Kenyan
national id, addresses and names after Portuguese, Spanish, Swahili, Zulu, Afrikaans and Yoruba labels and keys, in
plain form and percent-, entity-, full-width- and zero-width-encoded, in every leaf of Meta's payload the README maps,
in the fields whose failure is an `Err` (which must not echo them), and in Meta's own identity fields, run through
the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data of both shops close to the rules (boleto lines, order and tracking numbers,
prices in reais, shillings, naira, rand and pesos, EANs, product names) must still go out, and what the gate drops
today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_12 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name only where the layout says it is one": [
        "name M-Pesa recipient @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "twelfth", cases=(300, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(60, None), readme_test=False))
