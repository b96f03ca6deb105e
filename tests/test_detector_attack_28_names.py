"""The twenty-eighth attack's names after recipient labels, honorifics and in structures (tests/privacy_attack_cases_28.py),
as lexicon data and layouts of the rules that read them (personal_keys.py, postal.py, named_in_text.py,
structured.py). With the near misses that go out: the label's word in a product's title, a label before words that
name no person, a title's words."""

from __future__ import annotations

import pytest

from meta_capi import detector

NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "Mpokeaji: Amina Mwangi",
    "Ontvanger: Pieter Merwe",
    "Umamukeli: Thandeka Dlamini",
    "Qaataha: Cabdi Xasan",
    "Qabul qiluvchi: Dilnoza Karimova",
    "Saņēmējs: Ilze Bērziņa",
    "Gavėjas: Rūta Kazlauskaitė",
    "Saaja: Kadri Tamm",
    "Marrësi: Arben Krasniqi",
    "Prejemnik: Mojca Novak",
    "وصول کنندہ: عمران قریشی",
    "প্রাপক: রফিকুল ইসলাম",
    "प्रापक: सीता श्रेष्ठ",
    "လက်ခံသူ: အောင်ကျော်",
    "អ្នកទទួល: សុខ ចាន់ថា",
    "ຜູ້ຮັບ: ສົມພອນ ວົງສະຫວັນ",
    "Хүлээн авагч: Болормаа Батбаяр",
])
def test_names_after_the_round_s_recipient_labels_are_names(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Bluetooth ontvanger met afstandsbediening",
    "Ontvanger: Bluetooth 5.0 ontvanger",
    "Ontvanger: Example Shop",
    "Prejemnik: DVB-T2",
    "Mpokeaji wa zawadi atapokea ujumbe",
    "প্রাপক: ৩ জন",
])
def test_near_misses_of_the_recipient_labels_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Order for Bw. Baraka Otieno, thanks",
    "Order for Bw Baraka Otieno, thanks",
    "Zawadi kwa Bi. Amina Mwangi, asante",
    "Hadiyad Mudane Cabdi Xasan, mahadsanid",
    "Gift for Mnumzane Sipho Ndlovu, thanks",
    "Gift for Nkosazana Thandeka Dlamini, thanks",
    "Gift for Ntate Kagiso Molefe, thanks",
    "Geskenk vir: Mev. Marietjie Steyn",
    "FAO: Mrs Zanele Khumalo",
    "z. Hd. Frau Ingrid Ozolina",
    "An die Firma, z. Hd. Herr Jonas Weidl, Berlin",
    "Gift for Әйгерім Жақсыбекова ханым, thanks",
    "Gift for Ilze Bērziņa kundze, thanks",
    "Dāvana Ilzei Bērziņai kundzei",
    "Gift for ဒေါ် ခင်မာလာဝင်း, thanks",
    "Gift for លោកស្រី ចាន់ថាវី, thanks",
])
def test_names_after_or_before_the_round_s_honorifics_are_names(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "foldable Bi Fold Door, white",
    "Bi-Color Pen Set, blue",
    "buy Bwana Devi Coffee Beans",
    "Colour: Ntate Blue",
    "z. Hd. der Buchhaltung",
    "z. Hd. Example Shop Team",
    "Dāvana kundzei",
    "Skaista dāvana kundzei, sarkana",
    "Mazā kundze grāmata",
    "ဦးထုပ် အနီ",
    "Buy ဦးထုပ်, red",
    "ពិភពលោក ស្អាត",
])
def test_near_misses_of_the_honorifics_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Signed-off-by: Aqqaluk Lyngeqa",
    "Reported-by: Jógvan Joensen",
    "Co-authored-by: Tendai Moyo",
    "Tested-by: Nivi Olsen",
])
def test_a_commit_s_trailers_name_a_person(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Reported by: Example News",
    "Signed-off-by: ci-bot",
    "Tested-by: Example Lab Team",
    "Signed off by the manager",
])
def test_near_misses_of_the_trailers_go_out(text: str) -> None:
    assert detector.reason(text) == ""
