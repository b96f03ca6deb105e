"""An eighty-seventh outside attack (tests/privacy_attack_cases_87.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): home services and tradespeople
marketplaces (TaskRabbit, Checkatrade, MyHammer, Helpling, Thumbtack, Angi, Bark, Travaux.com, Habitissimo, Werkspot,
Care.com; issue 16). About 290 ordinary values (trades and services, platforms and their plans, boilers, paints and
tools, trade bodies' schemes and standards, towns, prices, slots, status words, guidance pages, people in the news, in
several languages), which must go out whole; and about 160 personal cases putting a customer's or a pro's own data
in the same leaves (a job post's address and access notes, a booking or a care visit made out to its customer, a
message introducing or signing its writer, an invoice's payer and a sole trader's bank and tax numbers, a review naming
its pro, a pro's registration numbers, a job named after its customer, a job's record under keys naming the client, a
marketplace's links, a site search, an upload's file name), each with a made-up marker
(`Wenzlacroft`, `Quorrindale`, `739254`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_87 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a job's street line and post code in a site search's lower case, after `near` (`plumber near 42 … road leeds
    # ls6 4dp`)
    "a job's address in a search": ["search plumber near address @"],
    # a document made out to its customer or its sitter in its file's name, the family name alone after an invoice's
    # word, or both names in lower case (`Invoice_…_2026-02.pdf`, `contract_nanny_…_…_signed.docx`)
    "a document's file named after its person": ["file invoice file @", "file nanny contract @"],
    # a photo of the job whose file names its street line and post code, as an id (`IMG_20260214_leak_42_…_Road_LS6_
    # 4DP.jpg`)
    "a job photo's file naming its address": ["file photo with address @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a pro named in a review's running text or after a review's label (`★★★★★ Marek … fixed our boiler`, `Reseña:
    # Jorge …, fontanero en Madrid`), a pro's or a sitter's name in a profile's slug (`/trades/marek…plumbing`,
    # `/p/ilvana-…-babysitter-leeds`), a name in a site search's lower case (`marek … gas safe`, `ilvana …
    # babysitter`); a job named after its customer as trades name their sites (`BV … – Fliesen OG`, `Chantier … –
    # pose carrelage`, `Obra … – alicatado cocina`, `Klus … – dakgoot vervangen`, `Project … kitchen – snagging list`)
    "names with no label or salutation": ["review stars pro fixed signed @", "review reseña fontanero @",
                                          "link trade profile slug @", "link sitter slug @",
                                          "search pro name gas safe @", "search sitter by name @",
                                          "site BV tiles @", "site chantier carrelage @", "site obra cocina @",
                                          "site klus dakgoot @", "site project snagging @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "eighty-seventh", cases=(155, 165), family_count=(11, 11),
                              ordinary=(280, 310)))
