"""A fifty-eighth outside attack (tests/privacy_attack_cases_58.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): work. Job boards and applicant tracking,
payroll and HR portals, freelancer marketplaces and B2B invoicing, timesheets and expense reports, corporate training
and certificates, in eleven countries. About 300 ordinary cases (job titles and references, requisition ids,
companies' registration numbers and VAT ids with their checks, PO numbers, cost centres, course codes, job ads'
URLs) which must go out whole; and about 150 personal cases putting an applicant's, an employee's or a sole trader's
own data in the same leaves (CV file names, candidates' names, payslips, tax codes with NI numbers, the states'
person numbers with their checks, invoices' recipients and IBANs, mileage from home, certificates' holders,
interview bookings), each with a made-up marker (`Ysolde`, `Trevannick`, `583914`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_58 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # (closer 110 closed them all: a name after a candidate's, an employee's, a holder's or an owner's label, a sole
    # trader's `EI`, `様` after a romanized name, a street line before its post code and town with no comma, a German
    # social insurance number alone by its check, a person's name under `?candidate=`, `?holder=`)
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # (closer 114 closed a name on a document made out to one person: a CV's, a payslip's, a certificate's or a badge's
    # file name, a title after its reference or period, `issued to`, `für`, `rilasciato a`, `Candidature de`, a job
    # interview's `mit`, `con` before its date; `/candidates/<slug>/profile`.) Left: a name in a lower-case file name
    # or slug, a receipt's file, after English `Application` (software's as often), opening a salary's line or a
    # freelancer's trade: no label, no document's word, or no case to tell a name
    "names with no label or salutation": [
        "applicant cv lower @", "applicant application with name @", "payroll salary with person @",
        "invoice sole trader @", "timesheet receipt file @", "certificate verify url @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # (closer 110: a VAT id with its country's prefix and its check, `IT01234567897`, `FR 40 303265045`, and a Polish
    # NIP after its label with its check, `NIP 5261044737`, are a business's tax numbers: company_numbers.py)
}


globals().update(attack_tests(globals(), "fifty-eighth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
