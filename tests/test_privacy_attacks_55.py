"""A fifty-fifth outside attack (tests/privacy_attack_cases_55.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): housing, lending and life events (issue 16).
Rental and tenancy sites, mortgage and loan applications, wedding and baby registries, memorial and charity
donations, schools and universities, in ten countries. 320 ordinary cases (listings' titles, references and URLs,
property ids, loan products and rates, registry items and SKUs, courses and their codes, charities' numbers, campaign
codes) must go out whole; 154 personal cases put an applicant's, a couple's, a donor's, a deceased person's or a
child's own data in the same leaves (names after the domain's labels, national and tax ids with their checks, bank
details, loan and credit references, student numbers, birth and due dates, contact details spelled oddly, URLs and
keys carrying them), each with a made-up marker (`Quarmbeck`, `Vornhallow`, digits around `739154`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_55 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # (closer 104: a name after a tenancy's and a loan's role labels, or the role's word in running text, is caught:
    # key_lexicon.PARTIES; the value goes with a loan application's and a credit file's numbers beside it; the
    # deceased's name after `In memory of`, `im Gedenken an`, `Late Smt.`: memorials.py; `?mieter=` holding a name, a
    # tribute's slug with the life's years and a child's before a school record's page, and the keys `nom_du_defunt`,
    # `nome_do_aluno`: key_lexicon.PARTIES, person_routes)
    # (closer 105 closed `taxid nino`, `bank nrb`, `memorial donor ref`, `student ucas`, `student gakuseki`, `birth due
    # date` and the roll number of `student roll no`: a NINO after the words naming it, a Polish account as banks
    # print it, a donor's reference, a student's number by its names, a pregnancy's due date after its label)
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after a document's title and a dash, a couple's names in a registry's slug or title (`Baby Quarmbeck's
    # registry`, `霧ヶ城家`), a tribute's slug, a child's name before a class (a couple's names after a wedding's word,
    # `Hochzeitstisch von … und …`, `Lista de bodas de … y …`, are read since closer 139)
    "names with no label or salutation": [
        "tenant selbstauskunft @", "registry slug @", "registry title @", "registry baby @",
        "registry gift list jp @", "memorial tribute slug @", "student klasse @", "student parent portal @",
        "url registry @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
# (closer 105 let out the SIRET and the CNPJ, a company's numbers in their registers' printed layouts with their
# checks, and after their labels: company_numbers.py)
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "fifty-fifth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
