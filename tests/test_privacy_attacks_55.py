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

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_55 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a name after a tenancy form's role label (`lead applicant:`, `tenant: Quarmbeck, Idris`, `co-applicant Dana …`)
    "tenant": ["tenant uk application @", "tenant dps certificate @", "tenant us application @"],
    # a borrower's name after a loan form's label in four languages (`aanvrager:`, `Kreditnehmer`, `applicant I.
    # Quarmbeck`, `emprunteur : M. …`, `proponente:`), with a loan application's and a credit file's number
    "loan": ["loan hypotheek @", "loan darlehen @", "loan credit file @", "loan pret immo @", "loan financiamento @"],
    # a NINO after `NI number …:` in a URL's path or query (in text it is caught)
    "taxid": ["taxid nino @"],
    # a Polish account number (NRB: an IBAN without `PL`, its check good) after `Numer rachunku`
    "bank": ["bank nrb @"],
    # a deceased person's name after `In memory of` / `im Gedenken an` / `Late Smt.`; a donor's reference after its
    # label (`Donor ref D-7315-4482`)
    "memorial": ["memorial in memory @", "memorial gedenken @", "memorial donor ref @", "memorial shraddhanjali @"],
    # 学籍番号 and 氏名 (student number, full name) in a URL's path or query (closer 108: a UCAS Personal ID after its
    # label is refused, `personal` before an id word naming a person's, an employee's, number)
    "student": ["student gakuseki @"],
    # a due date after `My due date:` in a URL's fragment and search
    "birth": ["birth due date @"],
    # `?mieter=` (tenant) holding a name; a tribute's and a child's name slug after `/tribute/` and `#/kinder/`
    "url": ["url tenant portal @", "url tribute @", "url school @"],
    # keys naming the deceased's and a pupil's name in French and Portuguese (`nom_du_defunt`, `nome_do_aluno`)
    "key": ["key nom_du_defunt @", "key nome_do_aluno @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after a document's title and a dash, a couple's names in a registry's slug, title or heading (`… von
    # Lotte … und Jan …`, `Baby Quarmbeck's registry`, `霧ヶ城家`), a tribute's slug, a child's name before a class
    "names with no label or salutation": [
        "tenant selbstauskunft @", "registry slug @", "registry title @", "registry baby @",
        "registry hochzeitstisch @", "registry lista de bodas @", "registry gift list jp @", "memorial tribute slug @",
        "student klasse @", "student parent portal @", "student roll no @", "url registry @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an estate agency's SIRET (SIREN and NIC, Luhn's check good) and a company's CNPJ (its two checks good): a
    # company's registration numbers, public, dropped as a person's id would be
    "company ids": [f"housing code: {code} @ {where}" for code in ("SIRET 552 100 554 00021", "CNPJ 11.222.333/0001-81")
                    for where in ("product id", "contents id", "order id", "custom property")],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "fifty-fifth", NOT_CLAIMED))
def test_no_fifty_fifth_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fifty_fifth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 140 <= len(names) <= 160
    assert len({name.split(" ")[0] for name in names}) <= 12
    assert 290 <= len(ORDINARY) <= 320


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "fifty-fifth"))
def test_ordinary_data_of_the_fifty_fifth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
