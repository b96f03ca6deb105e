"""The twenty-eighth attack's self-introductions (self_introductions.py): the round's languages as lexicon data of the
layouts, a name glued to its copula (Zulu, Xhosa, Shona), Arabizi in lower case and digits, Tibetan without blanks;
and the near misses that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "Sawubona! Igama lami nguThandeka Dlamini.",
    "Molo, igama lam nguLuthando Mbele",
    "Mhoro, zita rangu ndiTendai Moyo",
    "Ngingu Sipho Ndlovu, ngicela ukuthumela namhlanje",
    "Hallo, my naam is Pieter van der Merwe",
    "Lebitso la ka ke Palesa Mokoena",
    "Dumela, leina la me ke Kagiso Molefe",
    "Maqaan koo Caaltuu Gammachuu jedhama",
    "Ani Caaltuu Gammachuu dha",
    "Muraho, nitwa Uwase Mugisha",
    "Amazina yanjye ni Uwase Mugisha",
    "Erinnya lyange nze Nakato Ssebuggwawo",
    "Номи ман Фарзона Раҳимзода аст",
    "Përshëndetje, unë quhem Arben Krasniqi",
    "Emri im është Arben Krasniqi",
    "Živjo, ime mi je Mojca Novak",
    "Aluu, uanga Aqqaluk Lynge",
    "السلام عليكم، إسمي ياسين بنشقرون",
    "مرحبا، اسمي عبدالله الكعبي",
    "salam, smiti Yassine Benchekroun",
    "mar7aba, esmi 5aled al-3ajmi",
    "ana ismi Yassine Benchekroun",
    "ངའི་མིང་ལ་བསྟན་འཛིན་རྡོ་རྗེ་ཟེར།",
    "Mimi naitwa Amina Mwangi, nataka kurudisha",
    "Waxaa la i yiraahdaa Cabdi Xasan",
    "Ismim Dilnoza Karimova, buyurtma haqida",
    "Mans vārds ir Ilze Bērziņa",
    "Mane vadina Rūta Kazlauskaitė",
    "Mina olen Kadri Tamm, tellimus 12",
    "amar naam Rafiqul Islam",
])
def test_detector_reads_the_twenty_eighth_attack_self_introductions(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Igama lami ngumama",  # (no capital: no name glued)
    "Ngingu Mama Mug",  # (a full name that is the whole text: a title)
    "Ismim Sevgi Kitobi",
    "Mina Olen Eesti Fänn",
    "Uanga Kalaallit Nunaat",
    "Esmi Skin Minerals",
    "New in: Esmi Skin Minerals Serum",
    "Ani Difranco Vinyl",
    "Jedhama Coffee Beans",
    "اسمي أحمر",
    "اسمي أحمر، رواية",
    "Номи ман",
    "Amar Naam Sonar Bangla",
])
def test_detector_lets_near_misses_of_the_twenty_eighth_attack_self_introductions_out(text):
    assert detector.reason(text) == ""
