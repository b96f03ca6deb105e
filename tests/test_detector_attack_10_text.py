"""Rules closing text families of the tenth attack (issue 16): a phone number in Turkish number words, a name after a
label opening a sentence or written in capitals after a label in any case (`Teslim alan` is a recipient word of the
key lexicon), and a parcel's number after a word naming a parcel or its shipment (a code, not a phone number); each
with near-misses."""

import pytest

from meta_capi.detector import PERSONAL_KEY, PHONE, key_reason, reason
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("text", [
    "sıfır beş üç iki dört bir yedi iki sekiz altı üç", "sifir bes uc iki dort bir yedi iki sekiz alti uc",
    "Numaram: SIFIR BEŞ ÜÇ İKİ DÖRT BİR YEDİ İKİ SEKİZ ALTI ÜÇ",
    "Merhaba, siparişim nerede? sıfır beş üç iki dört bir yedi iki sekiz altı üç",
    "beni ara: beş üç iki, dört bir yedi, iki sekiz, altı üç",
])
def test_a_phone_number_in_turkish_number_words_is_a_phone_number(text: str) -> None:
    assert reason(text) == PHONE


@pytest.mark.parametrize("text", [
    "beş yıldız, üç gün, iki kargo", "bir iki üç dört beş altı", "Bir, iki, üç: hadi başlayalım",
    "altı yedi sekiz dokuz bölüm", "Dokuz Sekiz Yedi Altı serisi",
])
def test_fewer_than_seven_turkish_number_words_go_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("text", [
    "Merhaba, siparişim nerede? Alıcı: Zqemine Yıldırım", "Teşekkürler. Ad Soyad: Zqemine Yıldırım",
    "Harika! Teslim alan: Zqemine Yıldırım", "Teslim alan: Zqemine Yıldırım", "Kapıcıya bırakın\nTeslim alan: "
    "Zqemine Yıldırım\nTeşekkürler", "Thanks. Ship to: Wyn Okafor", "Alıcı: ZQEMINE YILDIRIM",
    "Teslim alan: ZQEMINE YILDIRIM", "Ad Soyad: ZQEMINE YILDIRIM", "Customer name: WYN OKAFOR",
    "Recipient: WYN OKAFOR", "Nerede? Alıcı: ZQEMINE YILDIRIM", "Empfänger: SANNE DE VRIES, Berlin",
])
def test_a_name_after_a_label_opening_a_sentence_or_in_capitals_after_a_person_label_is_a_persons_name(
        text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Ship to: USA", "Alıcı: TR", "Ship to: UNITED KINGDOM", "Deliver to: NEW YORK",
    "Billing address: SAME AS SHIPPING", "Brand: ACME CORP", "Marka: ACME CORP", "Ürün adı: ZEN KUPA",
    "Nerede? Renk: Mavi Beyaz", "Teslim tarihi: Pazartesi Sabah", "Alan adı: Example Shop", "Teslim alan: kapıcı",
    "Teslim alan: Zqemine Yıldırım yazdı ki", "Bana Alıcı: Zqemine Yıldırım yaz", "v1.2 Kategori: Ev Dekor",
    "Kargo: Aras Kargo", "Harika ürün. Kargo: Hızlı Teslimat",
])
def test_a_label_not_personal_capitals_after_a_place_label_or_words_going_on_after_the_name_go_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("key", ["Teslim alan", "teslim_alan", "TeslimAlan"])
def test_teslim_alan_is_a_recipient_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["alan", "teslim", "teslim_tarihi", "Alan adı"])
def test_teslim_and_alan_alone_are_ordinary_keys(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("text", [
    "Aras Kargo 3801234567", "Yurtiçi Kargo 3801234567", "MNG Kargo gönderi 3801234567", "PTT Kargo 4012345678",
    "DHL parcel 3801234567", "Colis 6123456789", "Paket 3801234567", "Sendung 3801234567", "No. Resi 3801234567",
    "Przesyłka 3801234567", "Посылка 3801234567", "Shipment 3801234567 is on its way",
])
def test_a_number_after_a_word_naming_a_parcel_is_a_code_and_goes_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("Aras Kargo 05324172863", PHONE), ("Kargo +90 532 417 28 63", PHONE), ("Paket 0049 171 2345678", PHONE),
    ("Paket 0532 417 28 63", PHONE), ("Kargo gelince beni ara 3801234567", PHONE),
    ("Kargo için telefon: 3801234567", PHONE), ("Bana 3801234567 yaz", PHONE),
])
def test_a_dialled_mobile_after_a_parcel_word_or_a_number_after_other_words_is_personal(text: str,
                                                                                     expected: str) -> None:
    assert reason(text) == expected
