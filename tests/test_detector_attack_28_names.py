"""The twenty-eighth attack's names after recipient labels, honorifics and in structures
(tests/privacy_attack_cases_28.py), as lexicon data and layouts of the rules that read them (personal_keys.py,
postal.py, named_in_text.py, structured.py). With the near misses that go out: the label's word in a product's title,
a label before words that name no person, a title's words, a product's record in the same structures."""

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


@pytest.mark.parametrize("text", [
    "CN=Luthando Mbeleqa,OU=Sales,O=Example,C=ZA",
    "/C=ZA/O=Example/CN=Luthando Mbeleqa",
    "CN=Mbeleqa\\, Luthando,OU=Users,DC=corp,DC=example",
    "cn: Luthando Mbeleqa",
    '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rūta Kazlauskaitė</span></div>',
    "<customer><name>Aigerim Zhaksybekova</name><city>Almaty</city></customer>",
    "<ns:FamilyName>Warsame</ns:FamilyName>",
    "<td>Name</td><td>Ilze Bērziņa</td>",
    "<dt>Surname</dt><dd>Kalniņa</dd>",
    "NAD+BY+++Mokoena:Palesa+12 Kerk Street+Maseru++100+LS'",
    "N1*ST*KAGISO MOLEFE~N3*15 NELSON MANDELA DR~N4*GABORONE**0000*BW~",
    "NM1*IL*1*MWANGI*AMINA****MI*12345~",
    '{"message": "NM1*QC*1*OTIENO*BARAKA~"}',
    "PID|1||12345||Dlamini^Thandeka||19870917|F",
    "INSERT INTO users (first_name, last_name) VALUES ('Arben', 'Gashi');",
    '(customer :first "Kagiso" :last "Molefe")',
    "1.1MWANGI/AMINAMS",
    "Ship-To: MWANGI/AMINA MS",
])
def test_a_person_in_a_structure_whose_field_names_are_keys_is_a_name(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "<product><name>Blue Shirt</name><price>19.99</price></product>",
    '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Rooibos Tea</span></div>',
    "<td>Colour</td><td>Navy Blue</td>",
    "<th>Product</th><td>Silk Scarf</td>",
    "<item><title>Silk Scarf</title><brand>Example</brand></item>",
    "CN=www.example.com,O=Example Shop,C=ZA",
    "NAD+SU+++Example Supplies+1 Main Road+Durban'",
    "N1*SF*ACME WAREHOUSE~",
    "NM1*85*2*EXAMPLE CLINIC~",
    "INSERT INTO products (name, price) VALUES ('Classic Tee', 19.99);",
    '(product :name "Classic Tee" :price "19.99")',
    "Size: XL/XXL MS",
    "BLACK/WHITE DR MARTENS",
    "Colour: BLACK/WHITE",
    "1.5KG/BAG",
])
def test_near_misses_of_the_structures_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_user_agent_s_comment_holding_a_distinguished_name_is_read() -> None:
    agent = ("Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0 "
             "(/C=ZA/O=Example/CN=Luthando Mbeleqa)")
    assert detector.user_agent_reason(agent) == NAME
