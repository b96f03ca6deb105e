"""The twenty-sixth outside attack's cases, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code nor the earlier attacks' cases.

Where the README is thin: shoppers of Southeast Asia (Vietnamese with and without its diacritics, Thai, Khmer, Lao,
Burmese, Tagalog, Bahasa), the Caucasus (Georgian, Armenian, Azerbaijani), the Horn of Africa (Amharic, Tigrinya,
Somali), West Africa (Yoruba, Hausa, Igbo, Wolof), Central Asia (Kazakh, Uzbek in both scripts, Mongolian), the
Pacific (Samoan, Tongan, Fijian, Hawaiian), the Nordic and Baltic countries, Greece and Israel: their names with
their labels and self-introductions, their addresses in the local layout, phones in national formats and their
scripts' digits, national ids with check digits computed here; structures a value travels in (markup, Markdown,
`tel:`/`sms:`/messenger links, a redirect's URL or JSON inside a query, JWT-like tokens, MIME encoded words,
quoted-printable, punycode, data: URIs); and positions (after a kilobyte of ordinary text, at a value's start or
end, between emoji, split over two properties). Each value goes into several leaves of Meta's payload the README
maps; ordinary shop data of the same shapes must go out unchanged.

A case is `(name, kind, make_event overrides, forms)`: its name's first word is its family, `forms` are the raw
pieces that must not appear in the request.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Case, Ordinary

Table = List[Tuple[str, str, List[str]]]  # (case name without family, value, forms)

_UA_HEAD = "Mozilla/5.0 (Linux; Android 14; "
_UA_TAIL = ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"


def _seg(value: str) -> str:
    return quote(value, safe="")


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of Meta's payload."""
    contents = {"id": "SKU-26", "quantity": 1, "item_price": 12.5}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"note": value}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"data": {"name": value}}),
        "URL path": ("page", {"url": f"https://shop.example.com/account/{_seg(value)}/orders"}),
        "query value": ("page", {"url": f"https://shop.example.com/collections/all?utm_content={_seg(value)}"}),
        "fragment": ("page", {"url": f"https://shop.example.com/p/42#{_seg(value)}"}),
        "referrer": ("page", {"referrer": f"https://ref.example.net/r?utm_term={_seg(value)}"}),
        "search": ("page", {"url": "https://shop.example.com/search", "search": f"?q={_seg(value)}"}),
        "content title": ("track", {"name": "Product Viewed",
                                    "properties": {"contents": json.dumps([{**contents, "title": value}])}}),
        "content brand": ("track", {"name": "Product Viewed",
                                    "properties": {"contents": json.dumps([{**contents, "brand": value}])}}),
        "user agent": ("page", {"user_agent": _UA_HEAD + value + _UA_TAIL}),
        "JSON in a property": ("track", {"properties": {"meta": json.dumps({"note": value})}}),
        "content name": ("track", {"name": "Product Viewed", "properties": {"content_name": value}}),
    }
    return table[where]


# Every value goes to a custom property and to one more leaf, taken in turn from these (a family's values cover
# them all).
ROTATION = ["page title", "URL path", "user agent", "query value", "content title", "fragment",
            "JSON in a property", "referrer", "content brand", "search", "page name", "content name"]


def _places(index: int) -> List[str]:
    return ["custom property", ROTATION[index % len(ROTATION)]]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


_JWT_HEAD = _b64url('{"alg":"HS256","typ":"JWT"}')
_JWT_BODY = _b64url('{"sub":"8841","email":"trungqa@example.vn","iat":1732875000}')
_MIME_B = _b64("Người nhận: Phạm Thị Lanqa")
_MIME_MAIL = _b64("Tran Trung <trungqa@example.vn>")
_DATA_MAIL = _b64("maricelqa@example.ph")
_TOKEN_MAIL = _b64url("sitiqa@example.co.id")

# A kilobyte and more of a product's description, before or after the personal value.
_LONG = ("Áo dài lụa tơ tằm may đo theo số đo, vải dệt thủ công tại làng Vạn Phúc, đường may kép, "
         "giao hàng toàn quốc trong 3 đến 5 ngày, đổi trả miễn phí trong 7 ngày. ") * 8
_LONG_TH = "ผ้าไหมไทยทอมือ ลายดั้งเดิม ซักมือได้ จัดส่งฟรีทั่วประเทศ " * 24

NAMES: Table = [
    # Vietnamese, with and without its diacritics
    ("vi label Họ và tên", "Họ và tên: Nguyễn Văn Trungqa", ["Trungqa"]),
    ("vi label without diacritics", "Ho va ten: Nguyen Van Trungqa", ["Trungqa"]),
    ("vi my name is", "Tên tôi là Trần Thị Hoaqa, tôi muốn đổi size", ["Hoaqa"]),
    ("vi my name is without diacritics", "Ten toi la Tran Thi Hoaqa, toi muon doi size", ["Hoaqa"]),
    ("vi I am after a greeting", "Xin chào, tôi là Lê Minh Khoaqa, cho tôi hỏi đơn hàng", ["Khoaqa"]),
    ("vi recipient", "Người nhận: Phạm Thị Lanqa", ["Lanqa"]),
    ("vi recipient without diacritics in capitals", "NGUOI NHAN: PHAM THI LANQA", ["LANQA"]),
    ("vi salutation", "Kính gửi anh Đỗ Quangqa, đơn hàng của anh đã được giao", ["Quangqa"]),
    ("vi hand-over to a woman", "Giao cho chị Võ Thị Mỹqa ở quầy lễ tân", ["Mỹqa"]),
    # Thai, Khmer, Lao, Burmese: scripts without capitals
    ("th label full name", "ชื่อ-นามสกุล: สมชาย ศรีสุวรรณวงศ์", ["ศรีสุวรรณวงศ์"]),
    ("th my name", "สวัสดีครับ ผมชื่อ สมชาย ศรีสุวรรณวงศ์ ครับ", ["ศรีสุวรรณวงศ์"]),
    ("th recipient", "ผู้รับ: นางสาวมาลี ทองประเสริฐ", ["ทองประเสริฐ"]),
    ("th salutation Rian Khun", "เรียน คุณมาลี ทองประเสริฐ", ["ทองประเสริฐ"]),
    ("km label with the Khmer colon", "ឈ្មោះ៖ ស្រីនាង ហេងសំណាង", ["ហេងសំណាង"]),
    ("km my name", "ខ្ញុំឈ្មោះ ស្រីនាង ហេងសំណាង", ["ហេងសំណាង"]),
    ("lo my name", "ຂ້ອຍຊື່ ບຸນມີ ພົມມະຈັນ", ["ພົມມະຈັນ"]),
    ("lo label name and surname", "ຊື່ ແລະ ນາມສະກຸນ: ບຸນມີ ພົມມະຈັນ", ["ພົມມະຈັນ"]),
    ("my label", "အမည်: ဒေါ်ခင်မာဝင်းထွဋ်", ["ခင်မာဝင်းထွဋ်"]),
    ("my my name", "ကျွန်မနာမည် ခင်မာဝင်းထွဋ် ပါ", ["ခင်မာဝင်းထွဋ်"]),
    # Tagalog, Bahasa
    ("tl label Pangalan", "Pangalan: Maricel Dimaculanganqa", ["Dimaculanganqa"]),
    ("tl label full name", "Buong pangalan: Maricel Dimaculanganqa", ["Dimaculanganqa"]),
    ("tl Ako si", "Magandang araw! Ako si Maricel Dimaculanganqa, taga-Cebu.", ["Dimaculanganqa"]),
    ("tl my name is", "Ang pangalan ko ay Jericho Macapagalqa", ["Macapagalqa"]),
    ("tl recipient", "Tatanggap: Jericho Macapagalqa", ["Macapagalqa"]),
    ("tl honorific Gng for", "Para kay Gng. Lourdes Dimaculanganqa, salamat po", ["Dimaculanganqa"]),
    ("id label full name", "Nama lengkap: Siti Rahmawatiqa", ["Rahmawatiqa"]),
    ("id my name", "Halo, nama saya Siti Rahmawatiqa dari Bandung", ["Rahmawatiqa"]),
    ("id recipient with Bapak", "Penerima: Bapak Budi Santosoqa", ["Santosoqa"]),
    ("ms my name with binti", "Nama saya Nurul Izzati binti Ahmadqa", ["Ahmadqa"]),
    ("id hand-over to Ibu", "Titip ke Ibu Dewi Kartikaqa di lobi ya", ["Kartikaqa"]),
    # the Caucasus
    ("ka my name", "მე მქვია ნინო გელაშვილი", ["გელაშვილი"]),
    ("ka recipient", "მიმღები: ნინო გელაშვილი", ["გელაშვილი"]),
    ("ka label name and surname", "სახელი და გვარი: ნინო გელაშვილი", ["გელაშვილი"]),
    ("hy my name", "Իմ անունը Արամ Մկրտչյան է", ["Մկրտչյան"]),
    ("hy label name surname", "Անուն Ազգանուն: Արամ Մկրտչյան", ["Մկրտչյան"]),
    ("hy recipient", "Ստացող: Արամ Մկրտչյան", ["Մկրտչյան"]),
    ("az my name", "Salam, mənim adım Leyla Hüseynovaqa", ["Hüseynovaqa"]),
    ("az label name surname", "Ad, soyad: Leyla Hüseynovaqa", ["Hüseynovaqa"]),
    ("az recipient", "Alıcı: Leyla Hüseynovaqa", ["Hüseynovaqa"]),
    # the Horn of Africa
    ("am my name", "ስሜ ሰላም ወልደጊዮርጊስ ነው", ["ወልደጊዮርጊስ"]),
    ("am label with the Ethiopic colon", "ስም፦ ሰላም ወልደጊዮርጊስ", ["ወልደጊዮርጊስ"]),
    ("ti my name", "ስመይ ሚካኤል ተስፋጽዮን እዩ", ["ተስፋጽዮን"]),
    ("so my name", "Magacaygu waa Cabdiraxmaan Xasanqa", ["Xasanqa"]),
    ("so label", "Magaca: Cabdiraxmaan Xasanqa", ["Xasanqa"]),
    ("so label full name", "Magaca oo buuxa: Cabdiraxmaan Xasanqa", ["Xasanqa"]),
    # West Africa
    ("yo my name", "Orúkọ mi ni Adébáyọ̀ Ọlátúnjíqa", ["túnjíqa"]),
    ("yo label", "Orúkọ: Adébáyọ̀ Ọlátúnjíqa", ["túnjíqa"]),
    ("ha label", "Suna: Aminu Danjumaqa", ["Danjumaqa"]),
    ("ig my name", "Aha m bụ Chukwuemeka Okonkwoqa", ["Okonkwoqa"]),
    ("ig label", "Aha: Chukwuemeka Okonkwoqa", ["Okonkwoqa"]),
    ("wo my name", "Maa ngi tudd Mamadou Diopqa", ["Diopqa"]),
    ("wo my name is", "Sama tur mooy Mamadou Diopqa", ["Diopqa"]),
    # Central Asia
    ("kk my name", "Менің атым Айгерім Жақсыбекова", ["Жақсыбекова"]),
    ("kk recipient's full name", "Алушының аты-жөні: Айгерім Жақсыбекова", ["Жақсыбекова"]),
    ("uz Latin my name", "Mening ismim Dilnoza Karimovaqa", ["Karimovaqa"]),
    ("uz Latin label F.I.Sh.", "F.I.Sh.: Dilnoza Karimovaqa", ["Karimovaqa"]),
    ("uz Cyrillic my name", "Менинг исмим Дилноза Тошпулатова", ["Тошпулатова"]),
    ("mn my name", "Миний нэр Дорждагва Болормаа", ["Дорждагва"]),
    ("mn label", "Овог нэр: Дорждагва Болормаа", ["Дорждагва"]),
    # the Pacific
    ("sm my name", "O loʻu igoa o Sione Tuilagiqa", ["Tuilagiqa"]),
    ("to my name", "Ko hoku hingoa ko Sione Fifitaqa", ["Fifitaqa"]),
    ("haw name before my name", "ʻO Kaleo Kealohaqa koʻu inoa", ["Kealohaqa"]),
    ("haw label", "Inoa: Kaleo Kealohaqa", ["Kealohaqa"]),
    # the Nordic and Baltic countries
    ("no my name", "Hei, jeg heter Ingrid Haugstveitqa og har et spørsmål", ["Haugstveitqa"]),
    ("no recipient", "Mottaker: Ingrid Haugstveitqa", ["Haugstveitqa"]),
    ("sv my name", "Hej! Jag heter Astrid Lindqvistqa, var är mitt paket?", ["Lindqvistqa"]),
    ("da my name", "Jeg hedder Mette Kjærgaardqa", ["Kjærgaardqa"]),
    ("da recipient", "Modtager: Mette Kjærgaardqa", ["Kjærgaardqa"]),
    ("fi my name", "Nimeni on Aino Virtanenqa", ["Virtanenqa"]),
    ("fi recipient", "Vastaanottaja: Aino Virtanenqa", ["Virtanenqa"]),
    ("et my name", "Minu nimi on Kadri Tammqa", ["Tammqa"]),
    ("lv my name", "Mani sauc Jānis Bērziņqa", ["Bērziņqa"]),
    ("lt my name", "Mano vardas Jonas Kazlauskasqa", ["Kazlauskasqa"]),
    # Greek, Hebrew
    ("el my name", "Ονομάζομαι Γιώργος Παπαδοπουλάκης", ["Παπαδοπουλάκης"]),
    ("el label in capitals", "ΟΝΟΜΑΤΕΠΩΝΥΜΟ: ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΑΚΗΣ", ["ΠΑΠΑΔΟΠΟΥΛΑΚΗΣ"]),
    ("el Greeklish they call me", "Me lene Giorgos Papadopoulakisqa", ["Papadopoulakisqa"]),
    ("he my name", "שמי נועה אברמוביץ", ["אברמוביץ"]),
    ("he they call me", "קוראים לי נועה אברמוביץ", ["אברמוביץ"]),
    ("he label full name", "שם מלא: נועה אברמוביץ", ["אברמוביץ"]),
    # structures and positions
    ("html bold label", "<b>Họ tên:</b> Nguyễn Văn Trungqa", ["Trungqa"]),
    ("html label and break", "Giao hàng<br>Người nhận: Phạm Thị Lanqa<br>Cảm ơn", ["Lanqa"]),
    ("html attribute", '<span data-name="Siti Rahmawatiqa">Pesanan</span>', ["Rahmawatiqa"]),
    ("markdown bold label", "**Nama:** Siti Rahmawatiqa", ["Rahmawatiqa"]),
    ("MIME encoded word", f"=?UTF-8?B?{_MIME_B}?=", [_MIME_B]),
    ("quoted-printable", "Ng=C6=B0=E1=BB=9Di nh=E1=BA=ADn: Ph=E1=BA=A1m Th=E1=BB=8B Lanqa", ["Lanqa"]),
    ("between emoji", "🎁 Người nhận: Phạm Thị Lanqa 🎁", ["Lanqa"]),
    ("in guillemets", "«Họ tên: Nguyễn Văn Trungqa»", ["Trungqa"]),
    ("after a kilobyte", _LONG + "Người nhận: Phạm Thị Lanqa", ["Lanqa"]),
    ("opening a kilobyte", "Người nhận: Phạm Thị Lanqa\n" + _LONG, ["Lanqa"]),
    ("label alone on its line", "Người nhận:\nPhạm Thị Lanqa", ["Lanqa"]),
    ("th after a kilobyte", _LONG_TH + " ผู้รับ: นางสาวมาลี ทองประเสริฐ", ["ทองประเสริฐ"]),
]

PHONES: Table = [
    ("vi dotted after my number", "Số điện thoại của tôi: 0912.345.678", ["912345678"]),
    ("vi +84 grouped", "Gọi mình nhé +84 912 345 678", ["912345678"]),
    ("vi Zalo", "Zalo: 0987 654 321", ["987654321"]),
    ("vi sdt without trunk", "sdt 987654321", ["987654321"]),
    ("vi Zalo link", "https://zalo.me/0987654321", ["987654321"]),
    ("th dashed", "โทร. 081-234-5678", ["812345678"]),
    ("th Thai digits", "เบอร์โทร ๐๘๑-๒๓๔-๕๖๗๘", ["0812345678"]),
    ("th +66", "ติดต่อ +66 81 234 5678", ["812345678"]),
    ("km Khmer digits", "ទូរស័ព្ទ ០១២ ៨៤៥ ៣១៧", ["012845317"]),
    ("km +855", "Tel +855 12 845 317", ["12845317"]),
    ("lo Lao digits", "ເບີໂທ ໐໒໐ ໕໕໘໗ ໑໒໔໓", ["2055871243"]),
    ("lo +856", "WhatsApp +856 20 5587 1243", ["2055871243"]),
    ("my Burmese digits", "ဖုန်း ၀၉ ၄၅၁ ၂၃၄ ၅၆၇", ["09451234567"]),
    ("my +95", "Viber +95 9 451 234 567", ["9451234567"]),
    ("ph grouped call me", "Pakitawagan ako sa 0917 123 4567", ["9171234567"]),
    ("ph +63 dashed", "+63-917-123-4567", ["9171234567"]),
    ("ph GCash unbroken", "GCash 09171234567", ["9171234567"]),
    ("id WA dashed", "WA: 0812-3456-7890", ["81234567890"]),
    ("id wa.me", "https://wa.me/6281234567890", ["81234567890"]),
    ("ms dashed", "Tel: 012-487 3921", ["124873921"]),
    ("ka +995", "+995 555 12 34 56", ["555123456"]),
    ("ka local after its label", "ტელ: 555 12 34 56", ["555123456"]),
    ("hy Armenian comma after label", "Հեռ.՝ 094 81 72 63", ["94817263"]),
    ("hy +374", "+374 94 81 72 63", ["94817263"]),
    ("az mobile", "Mobil: 050 123 45 67", ["501234567"]),
    ("az WhatsApp +994", "WhatsApp: +994 55 876 54 32", ["558765432"]),
    ("et Ethiopic colon", "ስልክ፦ 0911 23 45 67", ["911234567"]),
    ("et +251", "+251 911 234 567", ["911234567"]),
    ("er +291", "+291 7 148236", ["7148236"]),
    ("so my number is", "Lambarkayga waa 0615 123 456", ["615123456"]),
    ("so EVC Plus", "EVC Plus 0615123456", ["615123456"]),
    ("ng Yoruba my phone number", "Nọ́mbà fóònù mi: 0803 123 4567", ["8031234567"]),
    ("ng +234", "+234 803 123 4567", ["8031234567"]),
    ("sn without trunk", "Tel 77 123 45 67", ["771234567"]),
    ("kz trunk 8", "Тел.: 8 (701) 234-56-78", ["7012345678"]),
    ("kz +7", "+7 701 234 5678", ["7012345678"]),
    ("uz +998", "Tel: +998 90 123 45 67", ["901234567"]),
    ("uz my number", "raqamim 90 123 45 67", ["901234567"]),
    ("mn eight digits after its label", "Утас: 9911 2345", ["99112345"]),
    ("ws +685", "Telefoni: +685 72 12345", ["7212345"]),
    ("to seven digits after its label", "Telefoni: 771 2345", ["7712345"]),
    ("fj M-PAiSA", "M-PAiSA 921 2345", ["9212345"]),
    ("haw NANP", "Kelepona: (808) 555-0142", ["8085550142"]),
    ("no mobile", "Mobil: 412 34 567", ["41234567"]),
    ("no +47", "+47 412 34 567", ["41234567"]),
    ("se call me", "Ring mig på 070-123 45 67", ["701234567"]),
    ("dk Tlf", "Tlf. 20 12 34 56", ["20123456"]),
    ("fi Puh", "Puh. 040 123 4567", ["401234567"]),
    ("ee +372", "+372 5123 4567", ["51234567"]),
    ("lv Talr", "Tālr. 2123 4567", ["21234567"]),
    ("lt trunk 8", "Tel. 8 612 34567", ["61234567"]),
    ("gr mobile", "Κιν.: 694 123 4567", ["6941234567"]),
    ("il mobile", "נייד: 052-487-3915", ["524873915"]),
    # structures and positions
    ("tel link", "tel:+84912345678", ["912345678"]),
    ("sms link", "sms:+66812345678?body=hi", ["812345678"]),
    ("wa.me without plus", "wa.me/998901234567", ["901234567"]),
    ("t.me with plus", "t.me/+995555123456", ["555123456"]),
    ("viber link", "viber://chat?number=%2B995555123456", ["555123456"]),
    ("markdown tel link", "[Gọi ngay](tel:0912345678)", ["912345678"]),
    ("html tel link", '<a href="tel:+62 812-3456-7890">Hubungi</a>', ["81234567890"]),
    ("WhatsApp send link", "https://api.whatsapp.com/send?phone=6281234567890&text=Halo", ["81234567890"]),
    ("between emoji", "📞0912345678📞", ["912345678"]),
    ("after a kilobyte", _LONG + "Zalo 0912 345 678", ["912345678"]),
    ("opening a kilobyte", "0912 345 678 " + _LONG, ["912345678"]),
    ("id number words", "nomor saya nol delapan satu dua tiga empat lima enam tujuh delapan sembilan",
     ["nol delapan satu dua tiga"]),
    ("vi number words", "số của tôi không chín một hai ba bốn năm sáu bảy tám", ["không chín một hai ba"]),
    ("th number words", "เบอร์ ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด", ["ศูนย์ แปด หนึ่ง สอง สาม"]),
    ("el number words", "κινητό έξι εννέα τέσσερα ένα δύο τρία τέσσερα πέντε έξι επτά",
     ["έξι εννέα τέσσερα ένα δύο"]),
    ("he number words", "הטלפון שלי אפס חמש שתיים ארבע שמונה שבע שלוש תשע אחת חמש", ["אפס חמש שתיים ארבע"]),
    ("no number words", "nummeret mitt er fire en to tre fire fem seks sju", ["fire en to tre fire"]),
]

IDS: Table = [
    ("th national id printed", "3-1017-00230-71-2", ["3101700230712"]),
    ("th national id after its label", "เลขบัตรประชาชน 3101700230712", ["3101700230712"]),
    ("vi CCCD", "CCCD: 001088012345", ["001088012345"]),
    ("vi CCCD grouped", "Số CCCD 079 188 012 345", ["079188012345"]),
    ("vi CMND", "CMND số 025123456", ["025123456"]),
    ("ph SSS", "SSS No. 34-1234567-8", ["3412345678"]),
    ("ph PhilSys", "PhilSys PSN 2468-1357-9024-6813", ["2468135790246813"]),
    ("ph TIN", "TIN 123-456-789-000", ["123456789000"]),
    ("id NIK", "NIK: 3174054107880001", ["3174054107880001"]),
    ("id KTP", "No. KTP 3174054107880001", ["3174054107880001"]),
    ("my MyKad dashed", "No. K/P: 880714-14-5678", ["880714145678"]),
    ("ka personal number", "პირადი ნომერი: 01024085083", ["01024085083"]),
    ("ng NIN", "NIN: 12345678901", ["12345678901"]),
    ("ng BVN", "BVN 22123456789", ["22123456789"]),
    ("kz IIN after its label", "ЖСН: 880714401236", ["880714401236"]),
    ("kz IIN alone", "880714401236", ["880714401236"]),
    ("no fødselsnummer after its label", "Fødselsnummer: 14078512394", ["14078512394"]),
    ("no fødselsnummer alone", "14078512394", ["14078512394"]),
    ("dk CPR after its label", "CPR-nr.: 140785-1234", ["1407851234"]),
    ("dk CPR alone", "140785-1234", ["1407851234"]),
    ("ee isikukood after its label", "Isikukood 48507140125", ["48507140125"]),
    ("ee isikukood alone", "48507140125", ["48507140125"]),
    ("lt asmens kodas", "Asmens kodas: 48803220390", ["48803220390"]),
    ("lv personas kods dashed", "140785-12346", ["14078512346"]),
    ("gr AFM after its label", "ΑΦΜ: 047812367", ["047812367"]),
    ("il teudat zehut after its label", "ת.ז. 039481726", ["039481726"]),
    ("il teudat zehut Hebrew label", "מספר זהות: 039481726", ["039481726"]),
    ("card Vietnamese label", "Số thẻ: 4532 0151 1283 0366", ["4532015112830366"]),
    ("card Thai digits", "บัตร ๔๕๓๒ ๐๑๕๑ ๑๒๘๓ ๐๓๖๖", ["4532015112830366"]),
    ("iban Norway", "Kontonummer NO93 8601 1117 947", ["86011117947"]),
    ("iban Georgia", "GE29 NB00 0000 0101 9049 17", ["0101904917"]),
    ("iban Azerbaijan", "AZ21NABZ00000000137010001944", ["137010001944"]),
    ("iban Kazakhstan", "KZ86 125K ZT50 0410 0100", ["5004100100"]),
    ("iban Greece", "IBAN GR16 0110 1250 0000 0001 2300 695", ["12300695"]),
    ("iban Israel", "IL62-0108-0000-0009-9999-999", ["99999999"]),
    ("iban Estonia in a sentence", "palun kanna EE382200221020145685 kontole", ["221020145685"]),
    ("passport Vietnamese", "Hộ chiếu số: C1234567", ["C1234567"]),
    ("passport Thai", "หนังสือเดินทาง AA1234567", ["AA1234567"]),
    ("passport Indonesian", "Paspor: X1234567", ["X1234567"]),
    ("passport Greek", "Διαβατήριο: AK4827316", ["AK4827316"]),
]

POSTAL: Table = [
    ("vi street with diacritics", "Số 12 Ngõ 34 Phố Hàng Bạcqa, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội",
     ["Bạcqa"]),
    ("vi street without diacritics", "So 12 Ngo 34 Pho Hang Bacqa, Phuong Hang Bac, Quan Hoan Kiem, Ha Noi",
     ["Bacqa"]),
    ("vi alley", "Hẻm 45/12 Lê Văn Sỹqa, Phường 14, Quận 3, TP.HCM", ["Sỹqa"]),
    ("th moo and tambon", "บ้านเลขที่ 99/12 หมู่ 5 ตำบลบางพลีใหญ่ อำเภอบางพลี สมุทรปราการ 10540", ["99/12 หมู่ 5"]),
    ("km house and street", "ផ្ទះលេខ ២៣ ផ្លូវ ២៧១ សង្កាត់ទឹកល្អក់ ខណ្ឌទួលគោក ភ្នំពេញ", ["ផ្ទះលេខ ២៣"]),
    ("my Burmese", "အမှတ် ၁၂၊ ဗိုလ်ချုပ်အောင်ဆန်းလမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်", ["ဗိုလ်ချုပ်အောင်ဆန်းလမ်း"]),
    ("tl Kalye first", "123 Kalye Mabiniqa, Barangay Poblacion, Makati", ["Mabiniqa"]),
    ("tl purok and barangay", "Purok 3, Brgy. Maligayaqa, Lungsod Quezon", ["Maligayaqa"]),
    ("id gang and RT RW", "Gg. Mawarqa No. 12, RT 02/RW 04, Kel. Menteng, Jakarta Pusat 10310", ["Mawarqa"]),
    ("ms Jalan SS", "No. 12, Jalan SS 2/24qa, 47300 Petaling Jaya, Selangor", ["2/24qa"]),
    ("ka avenue and flat", "ჭავჭავაძის გამზ. 37, ბინა 12, თბილისი 0179", ["ჭავჭავაძის"]),
    ("hy avenue and flat", "Մաշտոցի պող. 12, բն. 5, Երևան 0002", ["Մաշտոցի"]),
    ("az street and flat", "Nizamiqa küç. 45, mənzil 12, Bakı AZ1000", ["Nizamiqa"]),
    ("am house number", "ቂርቆስ ክ/ከተማ፣ ወረዳ 08፣ የቤት ቁጥር 123", ["የቤት ቁጥር 123"]),
    ("so road and house", "Waddada Makkaqa, Guriga 12, Degmada Hodan, Muqdisho", ["Makkaqa"]),
    ("ng road", "No. 12, Opebiqa Road, Ikeja, Lagos", ["Opebiqa"]),
    ("yo house and road", "Ile 12, Opopona Awolowoqa, Ibadan", ["Awolowoqa"]),
    ("ha house and street", "Gida mai lamba 12, Titin Zariaqa, Kano", ["Zariaqa"]),
    ("kk avenue and flat", "Абай даңғылы 150, 12 пәтер, Алматы 050000", ["Абай даңғылы 150"]),
    ("uz Latin street and house", "Amir Temurqa ko'chasi 108-uy, 12-xonadon, Toshkent", ["Temurqa"]),
    ("mn district khoroo building", "Баянзүрх дүүрэг, 26-р хороо, 45-р байр, 12 тоот", ["45-р байр"]),
    ("ws lot", "Lot 12, Vailimaqa, Apia", ["Vailimaqa"]),
    ("fj road", "12 Waimanuqa Road, Suva", ["Waimanuqa"]),
    ("haw avenue", "1234 Kalakauaqa Ave, Honolulu, HI 96815", ["Kalakauaqa"]),
    ("no veien glued", "Haugstveitveien 12B, 0155 Oslo", ["Haugstveitveien"]),
    ("se flat number", "Lindqvistvägen 5 lgh 1102, 123 45 Farsta", ["Lindqvistvägen"]),
    ("dk floor and side", "Kjærgaardsvej 12, 1. th., 8000 Aarhus C", ["Kjærgaardsvej"]),
    ("fi katu glued", "Virtasenkatu 12 B 7, 00100 Helsinki", ["Virtasenkatu"]),
    ("ee tee apart", "Tammsaareqa tee 47-12, 11316 Tallinn", ["Tammsaareqa"]),
    ("lv iela apart", "Bērziņqa iela 55-12, Rīga, LV-1010", ["Bērziņqa"]),
    ("lt g. after genitive", "Kazlauskaqo g. 9-12, LT-01103 Vilnius", ["Kazlauskaqo"]),
    ("gr Odos", "Οδός Παπαδοπουλάκη 12, 105 63 Αθήνα", ["Παπαδοπουλάκη"]),
    ("gr genitive without street word", "Παπαδοπουλάκη 45, Αθήνα", ["Παπαδοπουλάκη"]),
    ("he street and flat", "רחוב אברמוביץ 12 דירה 4, תל אביב", ["אברמוביץ"]),
    ("coordinates Hanoi", "Giao tới 21.028511, 105.804817 nhé", ["105.804817"]),
    ("coordinates in Thai digits", "๑๓.๗๕๖๓๓๑, ๑๐๐.๕๐๑๗๖๕", ["100.501765"]),
    ("maps link", "https://maps.google.com/?q=41.715138,44.827096", ["44.827096"]),
    ("plus code before town", "QPG4+JX Hà Nội", ["QPG4+JX"]),
    ("html lines", "Ship to:<br>12 Opebiqa Road<br>Ikeja, Lagos", ["Opebiqa"]),
    ("after a kilobyte", _LONG + "Số 12 Ngõ 34 Phố Hàng Bạcqa, Phường Hàng Bạc, Hà Nội", ["Bạcqa"]),
]

MAILS: Table = [
    ("punycode domain", "nguyen.trungqa@xn--mnchen-3ya.de", ["nguyen.trungqa"]),
    ("Vietnamese domain", "trungqa@cửahàng.vn", ["trungqa"]),
    ("Thai domain", "somchaiqa@ตัวอย่าง.ไทย", ["somchaiqa"]),
    ("Greek domain", "giorgosqa@παράδειγμα.ελ", ["giorgosqa"]),
    ("Hebrew domain", "noaqa@דוגמה.ישראל", ["noaqa"]),
    ("ka spelled", "ninoqa ეთ mail წერტილი ge", ["ninoqa"]),
    ("el spelled", "giorgosqa παπάκι gmail τελεία com", ["giorgosqa"]),
    ("vi spelled without diacritics", "trungqa a cong gmail cham com", ["trungqa"]),
    ("id spelled with English at", "sitiqa at gmail titik com", ["sitiqa"]),
    ("id spelled with et", "sitiqa et gmail titik com", ["sitiqa"]),
    ("no spelled", "ingridqa krøllalfa online punktum no", ["ingridqa"]),
    ("da spelled", "mettekqa snabel-a gmail punktum dk", ["mettekqa"]),
    ("kk spelled", "aigerimqa айқұлақ mail нүкте kz", ["aigerimqa"]),
    ("ha spelled", "aminuqa a gmail digo com", ["aminuqa"]),
    ("MIME B", f"=?UTF-8?B?{_MIME_MAIL}?=", [_MIME_MAIL]),
    ("MIME Q", "=?UTF-8?Q?trungqa=40example.vn?=", ["trungqa"]),
    ("quoted-printable", "Email: trungqa=40example=2Evn", ["trungqa"]),
    ("JWT payload", f"{_JWT_HEAD}.{_JWT_BODY}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", [_JWT_BODY]),
    ("base64url token", f"token={_TOKEN_MAIL}", [_TOKEN_MAIL]),
    ("data URI base64", f"data:text/plain;base64,{_DATA_MAIL}", [_DATA_MAIL]),
    ("data URI percent", "data:text/plain,maricelqa%40example.ph", ["maricelqa"]),
    ("markdown mailto", "[Liên hệ](mailto:trungqa@example.vn)", ["trungqa"]),
    ("html mailto", '<a href="mailto:ingridqa@example.no">skriv til oss</a>', ["ingridqa"]),
    ("redirect URL holding an address", "https://shop.example.com/login?next=https%3A%2F%2Fshop.example.com"
     "%2Faccount%3Femail%3Dingridqa%2540example.no", ["ingridqa"]),
    ("JSON text", '{"email":"sitiqa@example.co.id"}', ["sitiqa"]),
    ("between emoji", "📧sitiqa@example.co.id📧", ["sitiqa"]),
    ("full-width", "somchaiqa＠gmail．com", ["somchaiqa"]),
    ("Armenian full stop", "aramqa@mail։am", ["aramqa"]),
    ("Ethiopic full stop", "selamqa@gmail።com", ["selamqa"]),
    ("Khmer khan for the dot", "sokhaqa@gmail។com", ["sokhaqa"]),
    ("Myanmar section for the dot", "khinqa@gmail။com", ["khinqa"]),
    ("after a kilobyte", _LONG + " sitiqa@example.co.id", ["sitiqa"]),
]

IPS: Table = [
    ("Thai digits", "IP ๑๐๓.๒๓๐.๑๐๔.๓๗", ["103.230.104.37"]),
    ("Khmer digits", "IP ១០៣.២៣០.១០៤.៣៧", ["103.230.104.37"]),
    ("Lao digits", "IP ໑໐໓.໒໓໐.໑໐໔.໓໗", ["103.230.104.37"]),
    ("Burmese digits", "IP ၁၀၃.၂၃၀.၁၀၄.၃၇", ["103.230.104.37"]),
    ("Mongolian digits", "IP ᠑᠐᠓.᠒᠓᠐.᠑᠐᠔.᠓᠗", ["103.230.104.37"]),
    ("Armenian full stops", "IP 103։230։104։37", ["103։230։104։37"]),
    ("Ethiopic full stops", "IP 103።230።104።37", ["103።230።104።37"]),
]


def _table_cases(family: str, table: Table) -> Iterator[Case]:
    for index, (name, value, forms) in enumerate(table):
        for where in _places(index):
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


# Keys in the languages of the round, each holding one word only the key makes personal.
KEY_VALUE = "Pheakdeyqa"
KEYS = [
    "số_điện_thoại", "so_dien_thoai", "họ_và_tên", "dia_chi_nhan_hang", "ten_nguoi_nhan",
    "เบอร์โทรศัพท์", "ชื่อผู้รับ", "ที่อยู่", "นามสกุล", "អាសយដ្ឋាន", "នាមត្រកូល", "ທີ່ຢູ່", "ນາມສະກຸນ",
    "လိပ်စာ", "ဖုန်းနံပါတ်", "pangalan", "buong_pangalan", "apelyido", "tirahan", "numero_ng_telepono",
    "nama_lengkap", "alamat_pengiriman", "მისამართი", "გვარი", "პირადი_ნომერი",
    "հասցե", "ազգանուն", "ünvan", "soyad", "telefon_nömrəsi", "አድራሻ", "magaca", "cinwaanka",
    "oruko", "adiresi", "adireshi", "тегі", "телефон_нөмірі", "familiya", "telefon_raqami",
    "manzil", "овог", "утасны_дугаар", "хаяг", "tuatusi", "hingoa", "inoa", "helu_kelepona", "fødselsnummer",
    "puhelinnumero", "etternavn", "isikukood", "asmens_kodas", "διεύθυνση", "επώνυμο", "כתובת", "שם_משפחה",
    "תעודת_זהות", "מספר_נייד",
]
KEY_PLACES = ["property", "query", "fragment route", "path parameter", "object text", "form dump",
              "referrer query"]


def key_place(where: str, key: str) -> Tuple[str, Dict[str, Any]]:
    value = KEY_VALUE
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "property": ("track", {"properties": {key: value}}),
        "query": ("page", {"url": f"https://shop.example.com/checkout?step=2&{_seg(key)}={value}"}),
        "fragment route": ("page", {"url": f"https://shop.example.com/app#/checkout?{_seg(key)}={value}"}),
        "path parameter": ("page", {"url": f"https://shop.example.com/checkout;{_seg(key)}={value}/step2"}),
        "object text": ("track", {"properties": {"payload": json.dumps({key: value}, ensure_ascii=False)}}),
        "form dump": ("track", {"properties": {"raw": f"step=2&{key}={value}"}}),
        "referrer query": ("page", {"referrer": f"https://ref.example.net/?{_seg(key)}={value}"}),
    }
    return table[where]


def _key_cases() -> Iterator[Case]:
    for index, key in enumerate(KEYS):
        places = ["property", KEY_PLACES[1 + index % 6]]
        for where in places:
            yield (f"key {key} @ {where}", *key_place(where, key), [KEY_VALUE])


# An event's name is judged as free text and is an Err that never names the value.
EVENT_NAMES: Table = [
    ("vi recipient", "Người nhận: Phạm Thị Lanqa", ["Lanqa"]),
    ("tl Ako si", "Ako si Maricel Dimaculanganqa, taga-Cebu", ["Dimaculanganqa"]),
    ("ka my name", "მე მქვია ნინო გელაშვილი", ["გელაშვილი"]),
    ("th phone", "โทร. 081-234-5678", ["812345678"]),
    ("punycode mail", "Signup nguyen.trungqa@xn--mnchen-3ya.de", ["nguyen.trungqa"]),
    ("no fødselsnummer", "Fødselsnummer: 14078512394", ["14078512394"]),
    ("kz IIN", "ЖСН: 880714401236", ["880714401236"]),
    ("el address", "Οδός Παπαδοπουλάκη 12, 105 63 Αθήνα", ["Παπαδοπουλάκη"]),
    ("so my name", "Magacaygu waa Cabdiraxmaan Xasanqa", ["Xasanqa"]),
    ("id self-introduction", "Halo, nama saya Siti Rahmawatiqa dari Bandung", ["Rahmawatiqa"]),
    ("JWT", f"Login {_JWT_HEAD}.{_JWT_BODY}.sig", [_JWT_BODY]),
    ("wa.me", "Chat wa.me/998901234567", ["901234567"]),
]

# A value split over two properties whose keys name nothing (the README judges each property alone).
SPLIT: List[Case] = [
    ("phone split over two properties", "track", {"properties": {"note": "0912 345", "note2": "678 Zalo"}},
     ["0912 345"]),
    ("mail split over two properties", "track", {"properties": {"u": "sitiqa", "d": "@example.co.id"}},
     ["sitiqa"]),
    ("name split over a label and a property", "track",
     {"properties": {"label": "Người nhận:", "value": "Phạm Thị Lanqa"}}, ["Lanqa"]),
]


def cases() -> List[Case]:
    out: List[Case] = []
    out += _table_cases("name", NAMES)
    out += _table_cases("phone", PHONES)
    out += _table_cases("id", IDS)
    out += _table_cases("postal", POSTAL)
    out += _table_cases("mail", MAILS)
    out += _table_cases("ip", IPS)
    out += list(_key_cases())
    out += [(f"err {name} @ event name", "track", {"name": value}, forms) for name, value, forms in EVENT_NAMES]
    out += [(f"{name} @ custom properties", kind, overrides, forms)
            for name, kind, overrides, forms in SPLIT]
    return out


# Ordinary shop data of the same shapes, which must go out unchanged.
ORDINARY_VALUES: List[str] = [
    # titles that open as a self-introduction or a label does
    "Tên tôi là Đỏ - Orhan Pamuk", "Ako si Ninoy (DVD)", "Mitt namn är Lucy Barton – Elizabeth Strout",
    "Minu nimi on Punane – Orhan Pamuk", "Με λένε Κόκκινο - Ορχάν Παμούκ", "Ali and Nino – Kurban Said",
    "Things Fall Apart – Chinua Achebe", "Half of a Yellow Sun – Chimamanda Ngozi Adichie",
    "Seitsemän veljestä – Aleksis Kivi", "Pippi Långstrump – Astrid Lindgren", "Laskar Pelangi – Andrea Hirata",
    "Heneral Luna (2015) Blu-ray", "Kon-Tiki (2012)", "Mimino (1977) DVD", "The Color of Pomegranates",
    "Living in Bondage: Breaking Free", "Moana 2 (2024)", "Fauda Season 1", "Zorba the Greek DVD",
    "Tên áo: in theo yêu cầu", "Họ và tên in trên áo: tối đa 20 ký tự",
    # brands that look like names
    "Trung Nguyên Legend Coffee 500g", "Bánh Trung Thu Kinh Đô", "Singha Beer 6-pack", "Kopi Kapal Api 165g",
    "Indomie Mi Goreng 5-pack", "Lucky Me! Pancit Canton", "Borjomi 0.5L", "Ararat 5 Star Brandy 0.7L",
    "Azerchay Black Tea 100g", "Habesha Beer 330ml", "Dangote Cement 50kg", "Rakhat Chocolate 100g",
    "Gobi Cashmere Scarf", "Hawaiian Host Macadamia", "Vailima Beer", "Fiji Water 1L", "Marius genser str. M",
    "Fazer Blue 200g", "Kalev Chocolate", "Laima Šokolāde", "Ouzo Plomari 700ml", "Elite Chocolate",
    "Bamba Osem 80g", "Georgian wine Saperavi 2019", "Ethiopian Yirgacheffe coffee 250g",
    # clothing and crafts
    "Áo dài lụa tơ tằm size M", "Nón lá Huế", "Barong Tagalog size 40", "Batik Solo Kemeja L",
    "Chokha Georgian costume", "Habesha kemis dress", "Ankara print fabric 6 yards", "Kazakh chapan",
    "Mongolian deel for kids", "Puletasi Samoa", "Aloha shirt XL", "Lusekofte ullgenser", "Marimekko Unikko",
    "Krama scarf Khmer", "Longyi cotton", "ชุดไทย สีทอง", "ผ้าไหมไทย 2 เมตร", "Ɛkɔ kente stole",
    # prices in the round's currencies
    "1.250.000 ₫", "₫ 2.490.000", "฿1,290.00", "៛ 40,000", "₭ 150,000", "K 12,500 MMK", "₱ 1,299.00",
    "Rp 125.000", "RM 89.90", "₾ 45.00", "֏ 12 500", "₼ 25.50", "Br 1,250.00", "₦25,000.00", "CFA 15 000",
    "₸ 12 500", "125 000 so'm", "₮45,000", "WS$ 45.00", "T$ 45.00", "FJ$ 12.50", "kr 1 299,00", "1 299 kr",
    "€ 12,50", "₪ 149.90",
    # dates, order numbers, sizes and codes
    "ngày 29/11/2024", "29 พ.ย. 2567", "29.11.2024", "SO-2024-112901", "INV/2024/11/000123",
    "HD20241129-0001", "Đơn #DH1001234", "ORD-TH-20241129-0042", "EU 38 / UK 5 / US 7.5", "Size 36 38 40 42",
    "120x60x75 cm", "EAN 8934673582018", "EAN 8851234567898", "EAN 4860123456780", "EAN 4870123456789",
    "EAN 7038123456780", "EAN 5200123456783", "EAN 7290001234563", "Model TEL-2024", "Line 6 Helix",
    "Zalo Pay gift card 500.000 ₫", "GCash voucher 500", "M-PAiSA top up", "Samsung Galaxy A55 5G 8GB/256GB",
    "iPhone 15 Pro 256GB", "Mã đơn hàng 2411290042",
    # structures
    "<b>New</b> arrival", "Free shipping<br>on orders over 500.000 ₫", "[Size guide](https://shop.example.com/size)",
    "**Sale** 50%", "🎁 Quà Tết 2025 🎁", "🔥 Flash Sale 12.12 🔥", '{"color":"red","size":"M"}',
    "=?UTF-8?B?U2FsZQ==?=", "data:image/png;base64,iVBORw0KGgo=", "Café, ăn sáng & trà chiều",
    # places of shops and trips
    "Cửa hàng Quận 1", "Chi nhánh Hà Nội", "Tour Hạ Long 2 ngày 1 đêm", "Bangkok – Chiang Mai night train",
    "Tbilisi Old Town walking tour", "Lalibela rock churches guide", "Ulaanbaatar – Gobi 5 days",
    "Oslo–Bergen railway", "Santorini sunset cruise", "Tel Aviv beach towel", "Honolulu snorkel tour",
    "Plaza Indonesia Jakarta", "SM Mall of Asia pickup", "Ikeja City Mall pickup", "Almaty Mega store",
    "Rīga Central Market", "Vilnius Old Town map",
    # near misses of this round's layouts
    "Tôi là Người Việt T-shirt", "Orúkọ Mi – Yoruba naming ceremony book", "Ship to: Vietnam, Thailand, Laos",
    "Lot 12, Fiji Bitter Case", "No. 5, Chanel Eau de Parfum 100ml", "Hẻm 51 Cafe Gift Card", "Phở 24 Voucher",
    "Soi 11 Bangkok Bar Guide", "Kalye 99 Street Food Kit", "Purok Collection Mat", "Signal Booster 4G LTE",
    "Zalo Official Account Guide", "Jalan Jalan Travel Guide 2024", "Size 38, 40, 42", "Tel Aviv 2024 Calendar",
    "Abai Kunanbaiuly – Book of Words", "Nama Produk: Batik Tulis", "Penerima Manfaat: Yayasan Anak Bangsa",
    "Passport cover, Vietnam", "Telefoni Samsung A15 Case", "Mobil 4x4 Toy Car 1:18", "Tlf. holder for bike",
]

ORDINARY_URLS: List[str] = [
    "https://shop.example.vn/ao-dai/ao-dai-lua-ha-noi?size=M",
    "https://shop.example.co.th/th/product/thai-silk-2m",
    "https://shop.example.ph/collections/barong-tagalog?page=2",
    "https://shop.example.co.id/kategori/batik?sort=terlaris",
    "https://shop.example.ge/ka/products/chokha-42",
    "https://shop.example.no/produkt/marius-genser-str-m",
    "https://shop.example.gr/el/katigoria/feta?page=3",
    "https://shop.example.co.il/he/product/tallit-60x180",
    "https://shop.example.kz/ru/catalog/dombra?sort=price",
    "https://shop.example.com/blog/2024/11/29/ho-chi-minh-city-guide",
    "https://shop.example.com/orders/SO-2024-112901/thank-you",
    "https://shop.example.com/p/ean-8934673582018",
]


def ordinary_cases() -> Iterator[Ordinary]:
    for index, value in enumerate(ORDINARY_VALUES):
        for where in ("custom property", "page title"):
            yield (f"ordinary {index:03d} {value[:20]} @ {where}", *place(where, value), value)
    for url in ORDINARY_URLS:
        yield (f"ordinary URL {url} @ page URL", "page", {"url": url}, url)
        yield (f"ordinary URL {url} @ referrer", "page", {"referrer": url}, url)
