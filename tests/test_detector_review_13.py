"""Session 13's review of the new rules as an outsider would attack them: ordinary shop data in the languages and
scripts the rules read (product titles after a label, street-named products, `Tribal` prints, `as in` in marketing
copy, dotted abbreviations before a colon, `CN=` outside a calendar, titles in capitals), the near variants of what
was closed (other letters of the same class, other separators), and a value of a rule's cue repeated (its verdict
here, its cost in the bench)."""

from __future__ import annotations

import pytest

from meta_capi import canonical, detector, privacy

NAME = "holds a person's name"
ADDRESS = "holds a postal address"
ID = "holds a national id number"


@pytest.mark.parametrize("text", [
    # a product named with a cased alphabet's capitals after a label that names no person
    "Brand: Ægir Outdoor", "Collection: Ørsted Edition", "Product: Ωmega Watch Strap", "Title: Ярослав Мудрий Book",
    "Series: Աrarat Brandy", "Category: Ðe Luxe Bags", "Brand: Ɛkwa Textiles", "Model: Ŋoro Lamp",
    "Shipping: Ελληνικά Προϊόντα", "Brand: Ελληνικό Μέλι", "Title: Αθηνά Παρθένος Statue",
    "Product: Ænima Vinyl", "Product: Þór Hammer Keychain", "Author: Þórbergur Þórðarson",
    "Film: Ægteskab og Kærlighed", "Gift for: Þór Hammer", "Ship to: UNITED KINGDOM", "Ship to: Germany",
    "Welcome to Þingvellir Tours", "Þrír Frakkar Restaurant Gift Card", "Ægir Brugghús, 815 Þorlákshöfn",
    "Ørsted 3 Pack Socks, 2000 Aarhus",
    # street words in products and shops' page titles
    "12 Heol y Frenhines Whisky Glass", "Heol y Frenhines Gin 70cl", "Triq il-Kbira 45 Print",
    "Poster Triq il-Kbira 45", "Triq Ir-Repubblika 12 Poster", "Nagusia kalea 12 t-shirt", "Bilbao Kalea 3 mug",
    "Nizami küçəsi 12 magnet", "12 Sráid an Mhuilinn Candle", "Hoodie 12 Stryd Fawr", "Home / Heol Fawr Cafe Menu",
    "Kalea Surf Shop", "Triq tal-Ħarrub Wine 2019", "Maltese Triq Sign 12",
    # a Nordic street word in a game's or a puzzle's title, a year and a release's noun after it
    "Star Wars Gate 3, 2019 Edition", "Star Wars Gate 3, 2019 Deluxe", "Anders Andersens Vej 5, 2023 Tour",
    "Baldurs Gate 3, 2023 Deluxe", "Hells Gate 2, 2024 Remake", "Kings Gate 12, 2000 Pieces",
    "Rivers Gate 1, 1000 Pieces Puzzle", "Gamers Gate 2, 2024 Limited",
    # `Tribal` prints and collections with numbers
    "Tribal Print 12345 Dress", "Tribal Collection No. 12345", "Navajo Tribal Rug 20000", "Tribal Print 45-6789",
    "Tribal Enrollment Number Tee Size 12345", "Tribal Tattoo 12345 Sticker", "Tribal Card 12345",
    "Enrollment #: 45-6789",
    # `as in` in marketing copy
    "A as in Apple Tee", "Make it k as in kilo strong", "B as in Bravo Hoodie", "Spell it: K as in Kilo, 9 as in nine",
    "Love as in Love Actually", "s as in sierra, a as in alpha, m as in mike sale", "Z as in Zulu tribe poster",
    "N as in November sale 2024", "A as in Apple, 1 2 3 4 5 6 pack of crayons", "A as in Apple Tee, sizes 1 2 3 4 5",
    "Order 1 2 3 4 5 as in the catalogue", "Count 1, 2, 3, 4, 5 - A as in Apple book",
    # dotted abbreviations before a colon: initials naming no person, nor a key's word read letter by letter
    "F.A.Q.: Shipping Times", "U.S.A.: Free Shipping", "P.S.: Thank You Card", "N.B.: Handle With Care",
    "Q.A.: Passed Inspection", "A.K.A.: The Boss", "M.D.: Doctor Kit", "R.I.P.: Tribute Candle",
    "R.I.P: Tribute Candle", "R.I.P.: Tribute", "P.O.: Box Set", "I.D.: Card Holder", "V.A.T.: Included",
    # `CN=` outside a calendar
    "CN=Apple Store", "Cert CN=shop.example.com", "ATTENDEE;CN=Workshop", "Organizer CN=Big Sale",
    "BEGIN:VEVENT\nSUMMARY:Summer Sale\nLOCATION:CN=Main Store",
    # titles in capitals, self-introductions a title borrows
    "HELLO, I AM LEGEND POSTER", "HOLA, SOY FELIZ TEE", "HI, MY NAME IS EARL DVD", "SALE! I AM GROOT FIGURE",
    "THANK YOU, I LOVE YOU MUG", "HI, MY NAME IS KHAN DVD", "HI, MY NAME IS ÆGIR DVD", "MERA NAAM ÞÓR SET",
    "HELLO, MY NAME IS ÆON FLUX DVD", "NEW ARRIVALS, SUMMER SALE, UP TO 50%", "HELLO KITTY, HELLO FRIENDS",
    "Hello, Kitty", "My Surname Is Unknown Novel",
    # AVS, spelled words, salutations in a product
    "AVS check passed", "Address verification AVS code Y", "Sony AVS 1200 receiver", "avs_result: Y",
    "Kæri vinur gift card", "Kæri Jólasveinn Mug", "Kæra Reykjavík Poster", "Nike Air Max 90, Size 42",
])
def test_ordinary_shop_data_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert privacy.free_text(text) == text


@pytest.mark.parametrize("text, found", [
    # the initials labels (postal._INITIALS_LABEL) still name a person, by the lexicon or by their letters joined
    ("F.I.O.: Ivanov Ivan", NAME), ("F.I.O: Ivanov Ivan", NAME), ("Ф.И.О.: Иванов Иван", NAME),
    ("Ф.И.О: Иванов Иван", NAME), ("F.I.Sh.: Karimov", NAME), ("F.I.Sh: Karimov Anvar", NAME),
    ("П.І.Б.: Шевченко Тарас", NAME), ("ФИО: Иванов Иван", NAME),
    # a key's word with dots between its letters is read as the word (`TIN:` before capitalized words is a name's)
    ("T.I.N.: Tribute Candle", NAME), ("I.P.: Tribute Candle", NAME), ("N.A.M.E.: Jane Doe", NAME),
    ("D.O.B.: 12/03/1990", "holds a date after a birth label"),
    # a self-introduction in capitals: any cased alphabet's capitals, not only those folded to ASCII
    ("HELLO, MY NAME IS ÞÓRUNN ÆGISDÓTTIR", NAME), ("HELLO, MY NAME IS JORDI PUIGVERDALET", NAME),
    ("HELLO, MY NAME IS ÉLODIE DUPRÉ", NAME), ("HOLA, ME LLAMO ÍÑIGO MONTOYA", NAME),
    ("HELLO. MY NAME IS JORDI PUIGVERDALET", NAME), ("Hello, my name is Þórunn Ægisdóttir", NAME),
    ("Hello, my name is Ŋoro Ɛkwa", NAME), ("My surname is Ægisdóttir", NAME),
    # a value spelled aloud: digits alone as digit words, commas or dashes between the characters
    ("a as in alpha one two three four five six three", ID), ("a as in alpha 1 2 3 4 5 6 3", ID),
    ("A as in Alpha, 1, 2, 3, 4, 5, 6, 3", ID), ("a as in alpha, one, two, three, four, five, six, three", ID),
    ("my surname is k as in kilo a z l a u s k a s", NAME), ("my surname is K as in Kilo A Z L A U S K A S", NAME),
    ("my surname is k as in kilo, a, z, l, a, u, s, k, a, s", NAME),
    ("my surname is k as in kilo-a-z-l-a-u-s-k-a-s", NAME),
    ("my surname is k as in kilo a as in alpha z as in zulu l a u s k a s", NAME),
    # street lines of the new layouts, with the article in capitals too
    ("12 Heol y Frenhines, Caerdydd", ADDRESS), ("12 Heol Y Frenhines, Caerdydd", ADDRESS),
    ("12 Heol Yr Orsaf, Caerdydd", ADDRESS), ("12 Ffordd y Brenin, Bangor", ADDRESS),
    ("12 Stryd Ŵyn, Bangor", ADDRESS), ("12 Bóthar na Trá, Gaillimh", ADDRESS),
    ("12 Straed Sant-Mikael, Kemper", ADDRESS), ("Triq tal-Ħarrub 45, Birkirkara", ADDRESS),
    ("Triq Ħal Qormi 45, Birkirkara", ADDRESS), ("Nagusia Kalea 12, Bilbo", ADDRESS),
    ("Nizami prospekti 12, Bakı", ADDRESS), ("Niels Ebbesens Vej 12, 8000 Aarhus", ADDRESS),
    ("Niels Ebbesens Vej 12, 2019 Aarhus", ADDRESS), ("Karl Johans Gate 12, 0154 Oslo", ADDRESS),
    # tribal enrollment, calendar participants
    ("Tribal enrolment no. 123456", ID), ("Tribal membership number: 98765", ID), ("Tribal ID# 55555", ID),
    ("Tribal ID card: 12 345", ID), ("Tribal roll no 123456", ID),
    ("BEGIN:VEVENT\nORGANIZER;CN=Jane Doe:mailto:x", NAME), ("BEGIN:VEVENT\nORGANIZER;CN=\"Jane Doe\":mailto:x", NAME),
    ("BEGIN:VTODO\nATTENDEE;CN=Jane Doe:mailto:x", NAME), ("begin:vevent\nattendee;cn=Jane Doe", NAME),
])
def test_the_new_rules_and_their_near_variants_keep_the_value(text: str, found: str) -> None:
    assert detector.reason(text) == found
    assert privacy.free_text(text) == ""


@pytest.mark.xfail(strict=True, reason="a label naming a recipient before one or two capitalized words is a name's "
                   "(`Ship to: Thorshamar Hoodie` was kept before this session): the cased letters only join the class")
@pytest.mark.parametrize("text", ["Ship to: Þórshamar Hoodie", "Ship to: Þýskaland", "Ship to: Ωmega"])
def test_a_recipient_labels_capitalized_words_after_it(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.xfail(strict=True, reason="`Tribal` and a membership word before five digits is the enrollment label's "
                   "layout; a product so named is rare")
def test_a_tribal_member_tee() -> None:
    assert detector.reason("Tribal Member 12345 Tee") == ""


# A letter said after another spelling connective (`for`, `like`, German `wie`, French `comme`, Italian `come`), or a
# word of the ICAO spelling alphabet alone (`lima` a letter among them, Malay's five elsewhere).
@pytest.mark.parametrize(("text", "found"), [
    ("my surname is k wie kaufmann a z l a u s k a s", NAME), ("my surname is k comme kleber a z l a u s k a s", NAME),
    ("my surname is k for kilo a z l a u s k a s", NAME), ("my last name is k like kilo a z l a u s k a s", NAME),
    ("a like alpha one two three four five six three", ID),
    ("my surname is kilo alpha zulu lima alpha uniform sierra kilo alpha sierra", NAME),
])
def test_other_spelling_phrases(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "A for Apple B for Ball C for Cat D for Dog E for Egg poster for kids",
    "Golf Hotel India Delta Echo resort package for two nights",
    "Alpha Bravo Charlie Delta Echo Foxtrot flash cards for learning the NATO alphabet",
    "Romeo and Juliet, Oscar winner, India Golf Tour, Papa John's pizza for everyone",
    "Lima Peru Tango Delta Hotel holiday tour for two people",
    "harga satu dua tiga empat lima produk untuk anak anak",
])
def test_spelling_words_in_a_shops_text_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# A capital digraph letter opening a word in small letters reads as its title-case form (`Ǉubica` is `Ljubica`); before
# capitals it stays two (`ǇUBICA` is `LJUBICA`), as compatibility folding makes it.
@pytest.mark.parametrize("text", ["Name: Ǉubica Ǌegoš", "Name: Ǆemal Bijedić", "Name: ǈubica ǋegoš",
                                  "Ime i prezime: Ǉubica Ǌegoš"])
def test_a_name_opening_in_a_capital_digraph_letter(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize(("text", "form"), [
    ("Ǉubica", "Ljubica"), ("ǇUBICA", "LJUBICA"), ("Ǉ", "LJ"), ("ǄEMAL", "DZEMAL"), ("Ǳ1", "DZ1"), ("ǆem", "dzem"),
])
def test_a_capital_digraph_letters_canonical_form(text: str, form: str) -> None:
    assert canonical.canonical(text)[0] == form


# A value of a new rule's cue repeated to the limit of a free text: its time is measured by the bench
# (tools/gate_bench.py --crafted holds these parts), never here; these hold its verdict.
@pytest.mark.parametrize(("cue", "verdict"), [
    ("k as in kilo ", ""), ("k as in kilo, ", ""), ("1, ", ""), ("a, ", ""),
    ("Tribal id 12345, ", "holds a national id number"), ("F.I.O.: ", ""), ("R.I.P.: ", ""), ("Triq il-", ""),
    ("HELLO, MY NAME IS ÞÓR ", "holds a person's name"), ("ÆGIR ÞÓR, ", ""), ("Ab Cs Vej 12, ", ""),
    ("BEGIN:VEVENT\nCN=", ""), ("12 Heol Y ", ""),
])
def test_a_value_of_a_rules_cue_repeated_keeps_its_verdict(cue: str, verdict: str) -> None:
    detector.forget_remembered()
    assert detector.reason((cue * (4096 // len(cue) + 1))[:4096], False) == verdict


@pytest.mark.xfail(strict=True, reason="`Tribal` and a membership word before five digits is the enrollment label's "
                   "layout, marketing copy's count of members too")
def test_a_tribal_membership_count() -> None:
    assert detector.reason("Tribal membership 50000 strong community") == ""


@pytest.mark.xfail(strict=True, reason="a calendar's `;CN=` is read on any property, not only ATTENDEE and ORGANIZER "
                   "(RFC 5545 gives it to calendar users' addresses); no shop sends such a calendar")
def test_a_common_name_on_a_calendars_location() -> None:
    assert detector.reason("BEGIN:VEVENT\nLOCATION;CN=Main Store:Store 1") == ""


@pytest.mark.xfail(strict=True, reason="not read (before this session too): an address spelled with its `at` and `dot` "
                   "words whose local part is in a script without case (`ዮሐንስ@example.com` is kept)")
@pytest.mark.parametrize("text", ["ዮሐንስ at example dot com", "ዮሐንስ አት ምሳሌ ዶት ኮም"])
def test_a_spelled_address_in_ethiopic(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text, found", [
    # a street line ended as a part is an address whatever the next part says, as in English and German before
    ("12 Stryd Fawr, Fleece", ADDRESS), ("Triq il-Kbira 45, Limited Edition", ADDRESS),
    ("12 High Street, Fleece", ADDRESS), ("Hauptstraße 12, Limited Edition", ADDRESS),
    # the new address words with a Latin local part
    ("jon malwen enghraifft dot cymru", "holds an email address"),
    ("jon a bildua adibidea puntu eus", "holds an email address"),
    ("seán ag sampla ponc ie", "holds an email address"), ("ægir ag sampla ponc ie", "holds an email address"),
])
def test_kept_as_before(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Malwen Garden Ornament", "malwen gardd puntu eus", "Puntu Bat Kafea", "A bildua puntu", "Siemens AG ponc 2",
    "Siemens ag ponc com", "Volkswagen AG punkt com", "Ponc Studio Print", "Anarako dia tsara",
    "Aymara Jilata Poncho, 2024", "Ad: Reklam kampanyası", "ATTENDEE;CN=Jane Doe;ROLE=CHAIR",
    "BEGIN:VEVENT\nSUMMARY:CN=Black Friday Sale", "Tribal Rights Enrollment 2024 Event Tickets",
    "Tribal Nation Citizenship Day 12345 attendees", "Tribal ID 2024 Tee", "AVS: Y", "Hans Christians Vej 12 Plakat",
    "Hells Kitchen Gate 12, 2000 Lumens", "Kalea 12, Kamiseta",
])
def test_more_ordinary_data_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
