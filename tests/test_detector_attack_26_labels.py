"""Twenty-sixth outside attack, name labels: a script's own colon, label words of more languages, a label in
capitals of a script whose capitals have no Latin look-alike; with the near misses that must go out."""
import pytest

from meta_capi import canonical, detector, personal_keys

NAME = "holds a person's name"


@pytest.mark.parametrize("value", [
    "ឈ្មោះ៖ ស្រីនាង ហេងសំណាង",  # Khmer's colon
    "ስም፦ ሰላም ወልደጊዮርጊስ",  # Ethiopic's preface colon
    "ስም፥ ሰላም ወልደጊዮርጊስ",  # Ethiopic's colon
    "ຊື່ ແລະ ນາມສະກຸນ: ບຸນມີ ພົມມະຈັນ",
    "Pangalan: Maricel Dimaculangan",
    "Buong pangalan: Maricel Dimaculangan",
    "Tatanggap: Jericho Macapagal",
    "მიმღები: ნინო გელაშვილი",
    "Ստացող: Արամ Մկրտչյան",
    "Magaca: Cabdiraxmaan Xasan",
    "Magaca oo buuxa: Cabdiraxmaan Xasan",
])
def test_a_name_after_its_label_is_held(value):
    assert detector.value_reason("note", value) == NAME


@pytest.mark.parametrize("value", [
    "ឈ្មោះ ផលិតផល",  # a product's name, no colon
    "ስም፦ ",  # a label without a value
    "Pangalan ng produkto",  # the product's name, no colon
    "Tatanggap kami ng GCash",  # we accept GCash
    "Magaca alaabta",
    "ፕሮግራም፦ 10:00 - 12:00",
])
def test_near_misses_go_out(value):
    assert detector.value_reason("note", value) == ""


def test_a_script_colon_is_a_colon_in_the_canonical_form():
    assert canonical.canonical("ስም፦ ឈ្មោះ៖ ᠄")[0] == "ስም: ឈមោះ: :"
    assert canonical.canonical("፤ ⁝")[0] == "፤ ⁝"  # a semicolon, a tricolon


def test_a_capital_without_a_latin_look_alike_meets_its_lower_case():
    assert personal_keys.key_tokens("ՍՏԱՑՈՂ") == personal_keys.key_tokens("ստացող")
    assert detector.key_reason("Ստացող")


@pytest.mark.parametrize("value", [
    "🎁 Người nhận: Phạm Thị Lan 🎁",  # between pictographs
    "«Họ tên: Nguyễn Văn Trung»",  # in guillemets
    "„Name: Anna Kowalska“",
    "**Nama:** Siti Rahmawati",  # Markdown's bold label
    "**Nama**: Siti Rahmawati",
    "Người nhận:\nPhạm Thị Lan",  # the label alone on its line, with its colon
    "จัดส่งฟรีทั่วประเทศ ผู้รับ: นางสาวมาลี ทองประเสริฐ",  # a blank ends a Thai phrase
    "ผ้าไหมไทยทอมือ ลายดั้งเดิม ซักมือได้ " * 40 + " ผู้รับ: นางสาวมาลี ทองประเสริฐ",
])
def test_a_label_in_its_field_marks_is_read(value):
    assert detector.value_reason("note", value) == NAME


@pytest.mark.parametrize("value", [
    "🎁 Brand: Acme Corp 🎁",
    "«Produk: Kemeja Batik»",
    "**Brand:** Classic Tee",
    "**Name:** Classic Tee (Blue)",
    "Brand:\nAcme Corp",
    "Ship to:\nUnited Kingdom",
    "ผ้าไหมไทยทอมือ ลายดั้งเดิม: ผ้าไหม",
    "จัดส่งฟรี ยี่ห้อ: ผ้าไหมไทย",
    "🎁 Gift for: Mother's Day 🎁",
])
def test_near_misses_in_field_marks_go_out(value):
    assert detector.value_reason("note", value) == ""


@pytest.mark.parametrize("value", [
    '<span data-name="Siti Rahmawati">Pesanan</span>',  # a data attribute read as its label
    "=?UTF-8?B?TmfGsOG7nWkgbmjhuq1uOiBQaOG6oW0gVGjhu4sgTGFu?=",  # `Người nhận: Phạm Thị Lan` in a MIME word
    "=?UTF-8?Q?Name:_Anna_Smith?=",
    "Ship to: Wyn Okafor",
    "Recipient: Chad Smith",  # a country's name among a person's
    "Name: Jo",  # a country's code is no country's name
    "Penerima: Siti Rahmawati",
])
def test_names_in_markup_mime_words_and_after_recipient_labels_are_held(value):
    assert detector.value_reason("note", value) == NAME


@pytest.mark.parametrize("value", [
    '<div data-product="Classic Tee" data-brand="Acme Corp">Buy</div>',
    '<span data-user="jo" data-host="example.com">x</span>',
    "=?UTF-8?B?Q2xhc3NpYyBUZWUgLSBCbHVl?=",  # `Classic Tee - Blue`
    "=?UTF-8?Q?Caf=C3=A9_Cr=C3=A8me?=",
    "=?bogus?B?!!!?=",
    "Ship to: Vietnam, Thailand, Laos",
    "Ship to: United Kingdom",
    "Penerima Manfaat: Yayasan Anak Bangsa",
    "Penerima: Toko Sinar Jaya",
    "Recipient: Example Foundation",
])
def test_places_businesses_and_product_attributes_go_out(value):
    assert detector.value_reason("note", value) == ""


@pytest.mark.parametrize("value", [
    "Giao cho chị Võ Thị Mỹ ở quầy lễ tân",  # a hand-over phrase, a kinship honorific, a full name
    "Titip ke Ibu Dewi Kartika di lobi ya",
    "Para kay Gng. Lourdes Dimaculangan, salamat po",
    "Para kay Jose Rizal, salamat",
])
def test_a_name_handed_over_is_held(value):
    assert detector.value_reason("note", value) == NAME


@pytest.mark.parametrize("value", [
    "Giao cho bạn trong 2 giờ",
    "Giao hàng toàn quốc, giao cho khách trong ngày",
    "Para kay Nanay",
    "Titip ke satpam ya",
    "Serahkan ke kurir JNE",
    "Para kay Lola Collection",
    "Giao cho anh Nguyễn Văn Trung",  # the whole text: a title as often
])
def test_hand_over_near_misses_go_out(value):
    assert detector.value_reason("note", value) == ""


def test_a_greek_label_in_capitals_meets_its_word():
    assert detector.key_reason("ΟΝΟΜΑΤΕΠΩΝΥΜΟ") == detector.key_reason("Ονοματεπώνυμο") != ""
    assert detector.value_reason("note", "ΟΝΟΜΑΤΕΠΩΝΥΜΟ: ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΑΚΗΣ") == NAME
    assert detector.value_reason("note", "ΠΕΡΙΓΡΑΦΗ: ΜΠΛΟΥΖΑ ΒΑΜΒΑΚΕΡΗ") == ""  # description: cotton blouse
    assert detector.value_reason("note", "ΜΑΡΚΑ: ADIDAS ORIGINALS") == ""


def test_igbo_name_label_only_alone():
    assert detector.value_reason("note", "Aha: Chukwuemeka Okonkwo") == NAME
    assert detector.value_reason("note", "Aha moment: Great Deals") == ""
    assert detector.value_reason("note", "Aha! Great Deals Inside") == ""
    assert detector.key_reason("aha_moment") == ""
