"""The layout rules of postal.py, through the one detector: postal address lines, CJK addresses, home coordinates,
and a name after a letter's salutation or a personal label, found in free text; the shop text next to them, and
ids, left alone."""

import json

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import build_request, detector, postal
from meta_capi.privacy import clean_url

ADDRESS, COORDINATES, NAME = postal.POSTAL_ADDRESS, postal.COORDINATES, postal.PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    # a house number, a name and a street word, then the next part of the address
    ("Wyn Okafor, 12 Awolowo Road, Ikoyi, Lagos 101233, Nigeria", ADDRESS),
    ("12 Awolowo Rd\nIkoyi, Lagos", ADDRESS),
    ("742 Evergreen Terrace, Springfield, OR 97477", ADDRESS),
    ("Flat 3, 10 Baker St, London NW1 6XE", ADDRESS),
    ("221B Baker Street, London", ADDRESS),
    ("350 5th Ave, New York", ADDRESS),
    ("12 AWOLOWO ROAD; LAGOS", ADDRESS),
    ("ADR;TYPE=home:;;12 Awolowo Road;Lagos;;101233;Nigeria", ADDRESS),
    # French: the street word before the name
    ("12 rue de Rivoli, 75001 Paris", ADDRESS),
    ("12, Rue du Faubourg Saint-Honore\n75008 Paris", ADDRESS),
    ("5 place de la Bastille, Paris", ADDRESS),
    # the street word first, the number after the name
    ("Envío: J. García, C/ Mayor 12, 3º B, 28013 Madrid", ADDRESS),
    ("Via Roma 12, 20121 Milano", ADDRESS),
    ("Rua Augusta, 100, Lisboa", ADDRESS),
    ("ul. Marszałkowska 10, Warszawa", ADDRESS),
    ("Str. Lipscani nr. 12, Bucuresti", ADDRESS),
    # the street word at the end of the name (German, Dutch, Scandinavian), or apart
    ("Frau Anna Schmidt, Hauptstraße 5, 10115 Berlin", ADDRESS),
    ("Hauptstr. 5\n10115 Berlin", ADDRESS),
    ("Berliner Straße 12a, Potsdam", ADDRESS),
    ("Keizersgracht 123, 1015 CJ Amsterdam", ADDRESS),
    ("Drottninggatan 5, Stockholm", ADDRESS),
    # CJK: the postal mark, blocks, a street's number, a Korean road
    ("〒100-0001 東京都千代田区千代田1-1 山田太郎", ADDRESS),
    ("千代田区丸の内2丁目", ADDRESS),
    ("北京市朝阳区建国路88号", ADDRESS),
    ("서울특별시 종로구 세종대로 110", ADDRESS),
    # coordinates: two decimal degrees of four decimals or more, or degrees, minutes, seconds with hemispheres
    ("Drop-off pin: 6.447412, 3.455307", COORDINATES),
    ("-33.868820 151.209290", COORDINATES),
    ("6.4474° N, 3.4553° E", COORDINATES),
    ("https://maps.example.com/@6.447412,3.455307,17z", COORDINATES),
    ("6°26'50.7\"N 3°27'19.1\"E", COORDINATES),
    ("6°26′50.7″N, 3°27′19.1″E", COORDINATES),
    # a name after a letter's salutation, or after a label the key lexicon calls personal
    ("Dear Wyn Okafor, your order has shipped", NAME),
    ("Dear Mr Okafor, thank you", NAME),
    ("Sehr geehrte Frau Schmidt,\nvielen Dank", NAME),
    ("Thanks!\nDear Wyn Okafor\nyour order", NAME),
    ("Ship to: Wyn Okafor, Lagos", NAME),
    ("Attn: J. Okafor", NAME),
    ("Order 1001 | Recipient: Wyn Okafor", NAME),
    # street lines of more languages and layouts (issue 16, fifth attack)
    ("Jl. Sudirman No. 45, Menteng", ADDRESS), ("Jalan Merdeka 12, Bandung", ADDRESS),
    ("Atatürk Cad. No: 12 D: 5, Kadıköy", ADDRESS), ("Gül Sokak 7, Çankaya", ADDRESS),
    ("ул. Ленина, д. 5, кв. 12", ADDRESS), ("Václavské náměstí 12, Praha", ADDRESS),
    ("Andrássy út 12, 1061 Budapest", ADDRESS), ("Οδός Ερμού 12, Αθήνα", ADDRESS),
    ("Av. Paulista, 1000 - Bela Vista", ADDRESS), ("12 Đường Lê Lợi, Quận 1", ADDRESS),
    ("Mannerheimintie 12 B 7, 00100 Helsinki", ADDRESS), ("Hse 12, Kilimani Estate, Nairobi", ADDRESS),
    ("شارع التحرير 12، القاهرة", ADDRESS),
    # a house's place as a code
    ("6GCRPR6C+24 Nairobi", COORDINATES), ("PR6C+24 Nairobi", COORDINATES), ("geohash: kzf0tvg5n8", COORDINATES),
    ("///index.home.raft", COORDINATES),
    # names after labels and salutations of more languages, and inside JSON
    ("Empfänger: Jonas Weber", NAME), ("Naam: Sanne de Vries", NAME), ("Имя: Иван Петров", NAME),
    ("氏名: 山田花子", NAME), ("Penerima: Dewi Lestari", NAME), ("Người nhận: Nguyễn Văn An", NAME),
    ("Kepada Yth. Ibu Dewi Lestari,", NAME), ("Уважаемый Иван Петров,", NAME), ("尊敬的王伟先生：\n您的订单", NAME),
    ('{"ref": "Nome: Giulia Rossi"}', NAME), ('{"msg": "Sehr geehrter Herr Weber,"}', NAME),
])
def test_the_detector_finds_an_address_coordinates_or_a_name_by_their_layout(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    # a street line with nothing after it: a store's address as often as a home's, or a product name
    "Click & Collect: Hamngatan 18", "12 Oak Street Candle", "Dinner at 10 Downing Street", "12 rue de Rivoli",
    "10 Downing Street", "Visit 5th Avenue",
    # numbers next to words that are also street words
    "2 TB External Hard Drive", "Set of 4 Place Mats", "3 Way Switch, white", "Route 66 Diner, Arizona",
    "Via DHL 2, tracked", "Pack of 3, Oak Road Collection", "Avenue Collection 2024, navy", "Kit 12-24-36-48",
    "Einweg 10 Stück, blau", "O-Ring 12, Viton",
    # store text
    "Open Mon-Fri 10-19, Sat 10-17", "Gate 23, Terminal 5", "Aisle 12 / Bay 4", "Store #0423 Stockholm Södermalm",
    "Lekki Phase 1 pickup point", "Mon–Sat 09:00–18:00", "Room 1204, 29/11-02/12", "Table 12 / Seat 4",
    # numbers with decimals that are no coordinates
    "4.7 ★ (2,318 reviews)", "Rated 4.8/5 (1,234 reviews)", "Chrome 131.0.6778.86", "GA1.1.1234567890.1732875000",
    "fb.1.1732875000000.1234567890", "HS 6109.10.00", "6.44, 3.45", "91.447412, 3.455307", "1.2345 kg",
    "EUR 1.0823, USD", "45° 30', bevel",
    # salutations without a person, brands that begin with a greeting, labels that are no person's
    "Dear Valued Customer, thank you", "Dear Santa, I want", "Dear Sir or Madam,", "Hello Kitty Backpack, pink",
    "Hey Dude Wally, black", "Color: Navy Blue, size M", "Brand: Acme Corp", "Product name: Classic Tee",
    "Size: EU 42 / US 9", "Dear Wyn Okafor",
    # codes and words near the new rules (issue 16)
    "Necklace 2, silver", "Bow tie 2, red", "Plus 2 (+24 GB)", "SKU 6GCRPR6C-24", "MP3+CD Bundle, black", "CFGH+2 pack",
    "geohash kzf0", "//cdn.example.com",
    "尊敬的客户：感谢", '{"title": "Brand: Acme Corp"}', "Jalan-jalan 2024, Bali", "Hotel Estate 5, Napa",
])
def test_the_detector_leaves_shop_text_that_only_looks_like_an_address_alone(text):
    assert detector.reason(text) == ""


def test_an_id_is_a_code_not_an_address_line():
    assert detector.reason("12 Awolowo Road, Lagos") == ADDRESS
    assert detector.reason("12 Awolowo Road, Lagos", id_like=True) == ""


def test_in_a_url_path_a_line_break_is_a_slash_not_a_line():
    assert detector.reason("\nletters\nDear Wyn Okafor\nthanks", segments=True) == ""
    assert detector.reason("\nmaps\n@6.447412,3.455307,17z", segments=True) == COORDINATES


def test_a_label_is_judged_as_a_key_would_be():
    labels = []

    def never(label: str) -> bool:
        labels.append(label)
        return False

    assert postal.reason("Ship to: Wyn Okafor", never) == ""
    assert labels == ["Ship to"]


def test_an_address_in_a_gift_message_is_left_out_with_its_reason():
    event = make_event("track", name="Order Completed", properties={
        "gift_message": "Wyn Okafor, 12 Awolowo Road, Ikoyi, Lagos", "wrapping": "Kraft paper, 2 ribbons",
        "value": "5", "currency": "NGN"})
    request = build_request("track", event, make_settings(meta_require_email_or_phone="false"), now=NOW)
    custom = json.loads(request.body)["data"][0]["custom_data"]
    assert custom == {"value": 5, "currency": "NGN", "wrapping": "Kraft paper, 2 ribbons"}


@pytest.mark.parametrize(("text", "found"), [
    ("Hamngatan 18, Stockholm", ADDRESS),  # a store's own address, followed by its town
    ("221B Baker Street, London mug", ADDRESS),  # a product named as an address, followed by a comma
    ("Dear Evan Hansen, the musical", NAME),  # a title after a salutation
    ("Name: Classic Tee", NAME),  # capitalized words after a personal label
    ("Phone: Samsung Galaxy", NAME),
    ("العنوان: قميص أزرق", NAME),  # any words after a personal label in a script without capitals
    ("1.0823, 1.0845", COORDINATES),  # two numbers of four decimals side by side
])
def test_the_drops_the_readme_accepts_are_the_rules_price(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Wyn Okafor", "Thanks, Wyn", "12 Awolowo Road", "Ikoyi, Lagos 101233",
    "6.4474, 3.455",
])
def test_what_the_readme_does_not_claim_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("kind", "overrides", "form"), [
    ("page", {"title": "Wyn Okafor\n12 Awolowo Rd\nIkoyi, Lagos – My account"}, "Awolowo"),
    ("track", {"name": "Product Added", "products": [{"sku": "S-1", "name": "Dear Wyn Okafor, enjoy"}]}, "Okafor"),
    ("page", {"url": "https://shop.example.ng/p?utm_content=12%20Awolowo%20Road%2C%20Lagos"}, "Awolowo"),
    ("page", {"referrer": "https://maps.example.com/maps/@6.447412,3.455307,17z"}, "6.447412"),
    ("track", {"properties": {"note": "Drop-off pin: 6.447412, 3.455307"}}, "6.447412"),
])
def test_an_address_a_pin_or_a_greeted_name_leaves_no_trace_in_the_request(kind, overrides, form):
    request = build_request(kind, make_event(kind, **overrides), make_settings(meta_require_email_or_phone="false"),
                            now=NOW)
    assert form not in request.url + request.body


# A geohash after its label with blanks alone between (issue 16, fifth attack): the word `hash` cues the rule.
@pytest.mark.parametrize("text", [
    "geohash kzf0tvg5n8", "geohash u4pruydqqvj", "GeoHash u4pruyd", "geo-hash U4PRUYDQQVJ", "GEOHASH\tkzf0tvg5",
    "pin geo hash kzf0tvg5n8 please", "geohash= kzf0tvg5n8", "geohash kzf0tvg",  # seven: a block
    "geohash texture",  # seven letters of its alphabet: read as one (a price of the rule)
])
def test_a_geohash_of_seven_characters_or_more_after_its_label_is_coordinates(text):
    assert detector.reason(text) == COORDINATES


@pytest.mark.parametrize("text", [
    "geohash kzf0tv",  # six characters: about 1.2 km by 0.6 km
    "geohash u4pruydqqvjabc",  # thirteen, and `a` is no geohash character
    "geohash precision 7", "geohash_precision 8", "geohash decoder",  # words holding `a`, `i`, `l` or `o`
    "hash u4pruydqqvj", "hashtag kzf0tvg5n8", "kzf0tvg5n8",  # no geohash label
    "geohashkzf0tvg5n8",  # glued to its label: one word
])
def test_a_geohash_label_without_a_geohash_or_a_geohash_without_its_label_goes_out(text):
    assert detector.reason(text) == ""


# A what3words address in a URL path: its `///` encoded (`%2F%2F%2F`), or as three path separators (two empty
# segments before it).
@pytest.mark.parametrize("url", [
    "https://toko.example.co.id/store-locator/%2F%2F%2Findex.home.raft/near",
    "https://toko.example.co.id/store-locator///index.home.raft/near",
    "https://toko.example.co.id///filled.count.soap",
    "https://toko.example.co.id/pin/%2f%2f%2ffilled.count.soap",
    "https://toko.example.co.id/assets///app.min.js",  # a file after `///`: a drop the README accepts
])
def test_a_what3words_address_in_a_url_path_leaves_only_the_origin(url):
    assert clean_url(url) == "https://toko.example.co.id/"


@pytest.mark.parametrize("url", [
    "https://toko.example.co.id/store-locator/index.home.raft/near",  # no `///` before it: a dotted name
    "https://toko.example.co.id/static//app.bundle.js",  # one empty segment: a doubled slash
    "https://web.example.org/web/2024/https://www.example.com/",  # a URL in a path
    "https://toko.example.co.id/a///b.c",  # two words
    "https://toko.example.co.id/a///index.home.raft.html",  # four
    "https://toko.example.co.id/a///Index.Home.Raft",  # capitals: no what3words address is written so
])
def test_a_path_with_dotted_words_or_doubled_slashes_goes_out_whole(url):
    assert clean_url(url) == url


# Salutations of every lexicon language (issue 16, sixth attack): in Latin letters with capitalized names or a
# lower-case honorific; in scripts whose canonical form has no capitals (Greek and Cyrillic folded to Latin
# look-alikes, Arabic, Devanagari, Hangul), one to three words of any case.
@pytest.mark.parametrize("text", [
    "Hyvä Nadia Rahman,\nkiitos", "Kedves Rahman Nádia!", "Tisztelt Kovács Anna!", "Vážená paní Rahmanová,",
    "Stimată doamnă Rahman,", "Geachte mevrouw Rahman,", "Geachte heer Jansen,", "Kära Anna Svensson,",
    "Kjære Kari Nordmann,", "Sevgili Ayşe Yılmaz,", "Kính gửi ông Nguyễn Văn An,",
    "Αγαπητή Νάντια Ραχμάν,", "Αγαπητέ κύριε Παπαδόπουλε,", "Шановна Надіє Рахман,", "Шановний пане Петренко,",
    "Уважаемая Наталья Андреевна,", "عزيزتي نادية رحمن،", "عزيزي السيد أحمد،", "प्रिय राहुल शर्मा,",
    "친애하는 김민준 님,", "亲爱的王伟先生：", "Order 12\nШановна Надіє Рахман,",
])
def test_a_name_after_a_salutation_of_a_lexicon_language_is_a_name(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    # the circular's addressee, one word alone, or no salutation of the list
    "Hyvä asiakas,", "Kedves Vásárlónk!", "Tisztelt Vásárlóink!", "Vážení zákazníci,", "Stimate client,",
    "Geachte klant,", "Kính gửi quý khách,", "Sevgili müşterimiz,", "Αγαπητέ πελάτη,", "Αγαπητοί πελάτες και φίλοι,",
    "Шановні клієнти,", "Шановний клієнте,", "عزيزي العميل،", "عزيزي العميل الكريم،", "प्रिय ग्राहक,",
    "亲爱的顾客：", "Hyvä Olo", "Kara Sevda, season 2",
    # words that open titles as often as letters: an adjective (expensive), a road
    "Дорогой подарок для мамы, 2 шт", "Дорога додому, книга",
])
def test_a_salutation_without_a_person_or_a_title_that_opens_like_one_goes_out(text):
    assert detector.reason(text) == ""


# Names after labels (issue 16, sixth attack): the name words of Finnish and Hungarian; words in capitals after a
# label in capitals; one to three words of any case after a label holding a letter outside ASCII.
@pytest.mark.parametrize("text", [
    "Nimi: Nadia Rahman", "Név: Rahman Nádia", "CUSTOMER NAME: NADIA RAHMAN", "SHIP TO: NADIA RAHMAN, DHAKA",
    "Όνομα: Νάντια Ραχμάν", "Ім'я: Надія Рахман", "Order 5 | Имя: Наталья Андреевна", "الاسم: نادية رحمن",
    "שם: נדיה רחמן", "नाम: राहुल शर्मा", "ชื่อ: สมชาย ใจดี", "이름: 김민준",
])
def test_a_name_after_a_personal_label_of_any_script_is_a_name(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Color: navy blue", "Nimi: classic", "SIZE: EXTRA LARGE", "BRAND: ACME CORP", "PRODUCT NAME: CLASSIC TEE",
    "Colour: NAVY BLUE",  # capitals after a label that is not in capitals
    "NAME TAG: 2 PACK", "اللون: أزرق داكن", "Размер: большой", "Цвет: темно синий", "色: 青", "배송 안내: 무료 배송",
])
def test_words_after_a_label_that_names_nothing_personal_or_in_another_case_go_out(text):
    assert detector.reason(text) == ""


# Address layouts of one country each (issue 16, sixth attack), followed by the next part of the address.
@pytest.mark.parametrize("text", [
    "Storgata 12B, 0155 Oslo", "Kirkegata 5, Oslo", "Nørrebrogade 12, 3. tv, 2200 København N",
    "Østergade 3, 1100 København", "12, Avenue Hassan II, Casablanca", "Order 7\n15, Boulevard Zerktouni, Casablanca",
    "45, Place de la Nation, Paris", "Calle 5 de Mayo #123, Col. Centro, CDMX", "Av. Reforma #222, Juárez",
    "Calle Hidalgo # 12, Centro", "House 12, Road 5, Dhanmondi, Dhaka 1205", "Hse 7, Rd 11, Banani, Dhaka",
    "Blk 5 Lot 12, Phase 2, Brgy. San Isidro, Quezon City", "Block 3, Lot 7, Camella Homes, Bacoor",
    "99/9 ซอยสุขุมวิท 21 ถนนสุขุมวิท, กรุงเทพ", "123 ถนนพหลโยธิน, กรุงเทพ",
])
def test_an_address_line_of_more_countries_is_an_address(text):
    assert detector.reason(text) == ADDRESS


@pytest.mark.parametrize("text", [
    "Storgata 12B",  # nothing after the line
    "Regata 12, blue", "Brigade 12, green", "Renegade 2, black", "Stargate 2, Blu-ray",  # short stems, no street word
    "Avenue Collection 2024, navy", "Size 12, Avenue Collection, Navy", "12, Place Mats", "12, Avenue",
    "Pack of 4, Route 66 Diner", "House 12, Road Trip, blue", "House Party 2, Road Trip 3, DVD", "Block 5, Lot 12",
    "Lego Block 5 Lot 12 pieces", "Calle 13 #1 hits, vinyl", "Calle Ocho #1", "Hot Wheels #12, red", "ซอย 5, ผัก",
    "Level 5, Road to Glory",
])
def test_shop_text_near_those_layouts_goes_out(text):
    assert detector.reason(text) == ""


# Address layouts of the seventh attack (issue 16): Icelandic glued street words, Baltic street words after the
# name, a flat after a dash or a slash, Chilean and Serbian street words first, an English street word after the
# name with the number after it, a street named without its word, each followed by a flat, a postal code and a town
# or a town and a postal code; a Ghana digital address, a house number with its word opening a part of an address.
@pytest.mark.parametrize("text", [
    "Hverfisgata 40, 101 Reykjavík", "Suðurlandsbraut 4, 108 Reykjavík", "Skólavörðustígur 12, Reykjavík",
    "Bankastræti 7\n101 Reykjavík", "Shipping address: Hringbraut 119, 107 Reykjavík",
    "Narva mnt 7-12, 10117 Tallinn", "Vabaduse pst 3, Tallinn", "Tartu maantee 25, Tallinn",
    "Elizabetes iela 2-4, Rīga, LV-1010", "Kalnu gatve 3, Ogre", "Konstitucijos pr. 12-5, LT-09308 Vilnius",
    "Vilniaus g. 31, Vilnius", "Kralja Petra 41/2, 11000 Beograd", "Bulevar Oslobođenja 15, Novi Sad",
    "Pasaje Las Rosas 120, Providencia, Santiago", "Chavchavadze Ave 37, apt 12, Tbilisi 0162",
    "Tumanyan St 5, flat 3, Yerevan 0002", "Main Street 12, Springfield 49007", "Kralja Milana 7, LT-01103 Vilnius",
    "GA-492-3364, Osu, Accra", "Delivery to: AK-039-5028, Kumasi", "Woreda 03, Kebele 14, House No. 215, Addis Ababa",
    "Kebele 07, H. No. 88, Bole",
])
def test_an_address_line_of_the_seventh_attack_is_an_address(text):
    assert detector.reason(text) == ADDRESS


@pytest.mark.parametrize("text", [
    "Laugavegur 28",  # nothing after the line
    "Brīvības iela", "Pärnu mnt, Tallinn",  # no house number
    "MacBook Air 13, Midnight 2024", "Nike Air Max 90, Triple White", "Galaxy S24 Ultra 12/256, Titanium 5000 mAh",
    "Sesame Street 2, Blu-ray", "Fifth Avenue 2024, New York", "Puzzle 3, 1000 Pieces", "Xiaomi 14T Pro 12/512",
    "Lego 42115 Lamborghini, 3696 Pieces", "Route 66 Ave 5, blue", "Abbey Road 50th Anniversary, vinyl",
    "SKU GA-183-8164", "Model GA-183-8164, Black", "VN-2026-881, Hanoi",  # a code inside a line, a SKU's shape
    "House No. 5", "Tiny House No. 5, Blue", "House of Cards 3, Netflix",  # a house number's word inside a name
    "Coffee 250 g. 2, dark", "Pack pr. 2, black",
])
def test_shop_text_near_the_seventh_attacks_layouts_goes_out(text):
    assert detector.reason(text) == ""


# Names after labels of the seventh attack: the Russian `ФИО` and Vietnamese `Họ và tên` in the key lexicon, and a
# name in capitals after a payment card's label in any case (a card is embossed in capitals).
@pytest.mark.parametrize("text", [
    "ФИО: Иванов Пётр Сергеевич", "Fio: Ivanov Petr", "Họ và tên: Trần Văn An", "Cardholder: MARIA GARCIA",
    "Card holder: JOHN SMITH", "Name on card: ANNA LINDQVIST", "Account holder: HANS MÜLLER",
])
def test_a_name_after_the_seventh_attacks_labels_is_a_name(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Card type: VISA GOLD", "Card: VISA", "Cardholder: ",  "Gift card: HAPPY BIRTHDAY", "Holder: 2 PACK",
    "Ship to: UNITED KINGDOM", "Họ và tên sản phẩm", "Fiolet: Niebieski",
])
def test_words_near_the_seventh_attacks_labels_go_out(text):
    assert detector.reason(text) == ""


# Address lines of the eighth attack: the next part after ` - ` and a capitalized town (a line opening on its
# number), after a tag that breaks a line (`<br>`, `</p>`), after a flat (`Apt 3,`); a Philippine block and lot with
# up to two numbered parts after it (`Phase 2`).
@pytest.mark.parametrize("text", [
    "10 Downing Street - London SW1A 2AA", "221B Baker Street - London", "12 Awolowo Road<br>Ikoyi, Lagos",
    "12 Awolowo Road<br/>Ikoyi", "12 Awolowo Road<BR />Lagos", "<p>12 Awolowo Road</p><p>Ikoyi</p>",
    "742 Evergreen Terrace Apt 3, Springfield", "742 Evergreen Terrace, Apt. 3, Springfield",
    "10 Baker St Flat 2\nLondon", "Blk 12 Lot 5 Phase 2, Quezon City", "Block 3 Lot 7 Phase 1 Purok 4, Davao",
    "742 Evergreen Terrace Apt 3",  # (closer 234: a flat's word beside a street line is a home's, nothing after it)
])
def test_an_address_line_of_the_eighth_attack_is_an_address(text):
    assert detector.reason(text) == ADDRESS


@pytest.mark.parametrize("text", [
    "12 Oak Street Candle - Large",  # the product goes on with words before the dash
    "221B Baker Street - sale",  # no capitalized town after the dash
    "Running Socks - Size 42", "Route 66 Mug - Blue", "5th Avenue Chocolate Bar - 12 pcs",
    "Baker Street Trench Coat<br>Size M", "Buy 2<br>Get 1",
    "Blk 12 Lot 5 Phase 2", "Blk 12 Lot 5 Phase 2019 Edition",  # nothing after; a year is no part's number
])
def test_shop_text_near_the_eighth_attacks_address_lines_goes_out(text):
    assert detector.reason(text) == ""


# Labels of the eighth attack: the participles of the recipient labels (`Billed to`, `Shipped to`) and who sends.
@pytest.mark.parametrize("text", [
    "Billed to: Maricel Bautista", "Shipped to: Maricel Bautista", "Delivered to: M. Bautista",
    "Sender: Maricel Bautista", "Sent by: Maricel Bautista",
    # a name label ended by ` - ` (its last word a name word of the key lexicon)
    "Name - Maricel Bautista", "Customer name - Maricel Bautista", "Full Name - M. Bautista", "Nombre - Juan Perez",
    "Order 1001\nName - Maricel Bautista",
])
def test_a_name_after_the_eighth_attacks_labels_is_a_name(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Billed to: 2 cards", "Shipped to: all regions", "Sender: ", "Shipped: Monday", "Sent: 12 items",
    "Product name - Classic Tee", "Brand name - Acme Corp", "Name - Size 42", "Name Tag - Blue",  # not a person's
    "Checkout - Example Shop", "Gift for Name - Maricel Bautista",  # no name word; the label opens no line
])
def test_words_near_the_eighth_attacks_labels_go_out(text):
    assert detector.reason(text) == ""


# A label naming who did an act only a shopper does (the ninth attack's `Reviewed by:`, `Gift from:`) names a person;
# a shop's or a maker's act, a bare `From:` and what is not capitalized words go out.
@pytest.mark.parametrize("text", [
    "Reviewed by: Lucia Hernandez", "Gift from: Lucia Hernandez", "Written by: Lucia", "review by: Lucia Hernandez",
    "Sent-by: Lucia Hernandez", "Gift card from: Lucia Hernandez", "5 stars; Posted by: Lucia Hernandez",
    "Great fit\nSubmitted by: Lucia Hernandez",
])
def test_a_name_after_a_label_of_a_shoppers_act_is_a_name(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "Made by: Acme Corp", "Sold by: Example Store", "Shipped by: DHL Express", "Designed by: Stella Studio",
    "From: 12.99 USD", "From: Example Store", "Reviewed by: 5 customers", "Reviewed by: ", "Gift for: Dad",
    "Reviewed: Lucia Hernandez", "Fulfilled by: Amazon",
])
def test_words_after_a_label_of_a_shops_act_or_a_bare_from_go_out(text):
    assert detector.reason(text) == ""
