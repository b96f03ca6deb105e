"""An eighty-ninth outside attack (tests/privacy_attack_cases_89.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): genealogy and DNA testing (Ancestry,
MyHeritage, 23andMe, FamilySearch, Geni, Findmypast, Geneanet, FamilyTreeDNA, GEDmatch, Find a Grave; issue 16).
About 300 ordinary values (kits, plans and prices, features, record collections, ethnicity regions, haplogroups,
archives and cemeteries, statuses, guidance pages, famous trees and people in the news, in several languages), which
must go out whole; and about 160 personal cases putting a researcher's own data and her living family's in the same
leaves (a tree's owner, a relative after a kinship word, a DNA match, a health report, a kit's number, a national id
in an archive's request, a parent's notice or grave, a census or a parish entry, a GEDCOM line or file, a record
search's link, an invitation), each with a made-up marker (`Morvandecq`, `Pruvellan`, `738254`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_89 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a tree's title naming its owner or home person: English's possessive (`… 's Family Tree – Ancestry`), a manager
    # (`Tree managed by … · 1,204 people`), a label (`Home person: …, b. 1986`), Swedish's `Släktträd för … (f. 1986)`,
    # Russian's `Генеалогическое древо: …, 1986 г.р.` and a katakana name after `家系図：` before `（1986年生まれ）`
    "a family tree's owner or person": ["tree owner's tree @", "tree tree managed by @", "tree home person @",
                                        "tree släktträd för @", "tree Russian древо @", "tree Japanese 家系図 @"],
    # a relative after the writer's possessive and a kinship word, no comma (`my biological father …, born 1961`,
    # `my half sister is …`, `Ma grand-mère …, née …`), or after a kinship label (`Sibling: … (Living)`)
    "a relative after a kinship word": ["relative biological father @", "relative half sister @ standard content name",
                                        "relative grand-mère @", "relative living sibling @"],
    # a DNA match's name beside its relationship and centimorgans or after a match's words (`… – Parent/Child –
    # 3,487 cM`, `New DNA match: … (predicted half sibling)`, `Shared matches with … (14)`)
    "a DNA match": ["dna match with cM @", "dna new match @", "dna shared matches @"],
    # an owner's German key holding a full name in a query given as text (`stammbaum_besitzerin=Given%20Family&…`)
    "a tree owner's key": ["dna owner's key in German @"],
    # a GEDmatch kit's number after a lower-case `kit` (`one-to-one: kit A… vs T…`)
    "a DNA kit's number": ["ids GEDmatch kit @"],
    # a deceased parent after a notice's, a grave's or a memorial's words (`Traueranzeige … – Kondolenzbuch`, `Section
    # C, Row 12, Grave 7 – …`, `Photo request for … at Lawnswood Cemetery`, `Rest in peace Dad ❤ … 1961-2019`)
    "a notice's or a grave's deceased": ["grave Traueranzeige @", "grave grave plot @", "grave photo request @",
                                         "grave rest in peace Dad @"],
    # a register's or a parish's entry after its label (`GRO birth index: FAMILY, GIVEN, mother's maiden name …`,
    # `Baptism: …, 1986, St Chad's`, `Passenger list: Family, Given, age 24`)
    "a census's or a parish's entry": ["record GRO birth index @", "record baptism @", "record passenger list @"],
    # a GEDCOM's `1 NAME Given /Family/` line alone; a tree's, a raw DNA file's or a certificate's scan named after
    # its person (`…_tree_2026.ged`, `23andMe_…_v5_raw.txt`, `scan_birth_certificate_….pdf`)
    "a GEDCOM line or a file named after its person": ["file GEDCOM name line @", "file tree export @",
                                                       "file raw data @", "file certificate scan @"],
    # a record search's link whose name is in keys no lexicon reads: GeneWeb's `n=` and `p=` (and its tree's base
    # named after its owner, `gw.geneanet.org/hmorvandecq`), MyHeritage's `qname=Name+fn.…+ln.…` as text
    "a record search's name parameters": ["link Geneanet GeneWeb @", "link MyHeritage qname @"],
    # a name's page whose slug is a given and a family name, a link given as text (`myheritage.com/names/given_family`)
    "a name's page slug": ["link MyHeritage names page @"],
    # a shared tree's inviter or a match's sender before or after the invitation's words (`… invited you to view the
    # … Family Tree`, `Einladung von … zu ihrem Stammbaum`, `Invitación de … para colaborar`, `New message from your
    # DNA match …`)
    "a shared tree's inviter": ["invite invited you @", "invite Einladung von @", "invite invitación @",
                                "invite message from match @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name in lower case typed into a record search (`… 1986 brno`, `… obituary leeds 2019`, `ilse … born
    # 1958`, `geburtsurkunde …`), a family name before `family tree` and a parent's given name, a relative after a
    # kinship word with no possessive or label (`Adoption search: birth mother …, Leeds`), a grandfather's full name
    # in a photo's file name (`IMG_Grandpa_…_1938.jpg`)
    "names with no label or salutation": ["search name and year @", "search father's obituary @",
                                          "search maiden name @", "search Geburtsurkunde @",
                                          "search surname with relation @", "relative adoption search @",
                                          "file photo upload @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a president's full name and life's span before a genealogy site's name, the layout closer 145 refuses
    "a famous person's tree page": ["famous: Abraham Lincoln (1809–1865) • FamilySearch @ page title",
                                    "famous: Abraham Lincoln (1809–1865) • FamilySearch @ content name"],
}


globals().update(attack_tests(globals(), "eighty-ninth", cases=(155, 160), family_count=(10, 10),
                              ordinary=(300, 310)))
