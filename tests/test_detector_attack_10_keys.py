"""Rules closing the key families of the tenth attack (issue 16): Turkish nouns read with their possessive suffix
(`adı`, `ilçesi`), district and neighbourhood words as town words, Korean compounds of a person word and a name
word (`주문자명`), Hausa and Yoruba words, and a form's field keyed by its bracketed name (`form_fields[name]`); each
with the ordinary keys next to them."""

import pytest

from meta_capi.detector import PERSONAL_KEY, key_reason
from meta_capi.privacy import clean_url


@pytest.mark.parametrize("key", [
    "Adı", "müşteri_adı", "Müşteri Adı", "musteriAdi", "kullanıcı_adı", "üye_adı", "gönderen_adı", "Soyadı",
    "üye_ismi", "epostası", "cinsiyeti", "teslimat_şehri",
])
def test_a_turkish_name_or_contact_noun_with_its_possessive_suffix_is_a_personal_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "ad", "ad_id", "ad_name", "ad_group", "ad_set_name", "urun_adi", "ürün_adı", "Ürün Adı", "kategori_adı",
    "kampanya_adı", "marka_adi", "ürün_ismi", "kargo_firmasi",
])
def test_an_advertisement_or_a_things_name_in_turkish_is_an_ordinary_key(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", [
    "İlçe", "ilçesi", "teslimat_ilçesi", "Mahalle", "Mahallesi", "Semt", "Şehir", "İl", "fatura_il", "teslimat_ili",
    "Ülke", "tỉnh_thành_phố", "Tỉnh/Thành", "Quận/Huyện", "Phường/Xã", "quận", "thành_phố", "kecamatan",
    "kelurahan", "kota", "kabupaten", "kabupaten_kota", "provinsi", "kecamatan_pengiriman",
])
def test_a_town_district_or_neighbourhood_word_is_a_personal_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "magaza_sehir", "mağaza_şehir", "mağaza_ilçe", "şube_mahalle", "depo_il", "toko_kota", "gudang_kecamatan",
    "cabang_kelurahan", "hotel_kota", "destination_ilçe", "il_sayisi", "tinh_tien", "quan_id",
])
def test_a_shops_or_a_trips_place_and_a_province_word_with_no_qualifier_are_ordinary_keys(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", [
    "주문자명", "수령인명", "수취인명", "고객명", "입금자명", "예금주명", "받는분이름", "주문자_이름",
    "연락처", "주문자연락처", "비상연락처", "배송지", "배송지_주소",
])
def test_a_korean_person_word_glued_to_a_name_word_a_contact_or_a_delivery_place_is_a_personal_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "제품명", "상품명", "회사명", "쿠폰명", "브랜드명", "배송지역", "배송비", "배송방법", "주문번호",
])
def test_a_korean_things_name_or_a_shipping_zone_is_an_ordinary_key(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", [
    "sunan_mai_siya", "sunan", "cikakken_suna", "sunan_farko", "lambar_waya", "waya", "adireshi", "adireshin_gida",
    "imel", "ranar_haihuwa", "orúkọ", "orúkọ_ìdílé", "orúkọ_oníbàárà", "nọ́mbà_fóònù", "fóònù", "àdírẹ́sì",
    "ímeèlì", "ọjọ́_ìbí", "ìpínlẹ̀",
])
def test_a_hausa_or_yoruba_name_contact_address_or_birth_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["sunan_kaya", "sunan_shago", "orúkọ_ọjà", "orúkọ_ìsọ̀rí", "farashi", "iye"])
def test_a_hausa_or_yoruba_things_name_is_an_ordinary_key(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", [
    "form_fields[name]", "form_fields[email]", "wpforms[fields][name]", "fields[name]", "input[name]",
    "entry[name]", "form_fields[name]]",
])
def test_a_fields_bracketed_name_is_read_as_the_fields_own_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "fields[0][name]", "data[0][name]", "line_items[0][name]", "items[name]", "product[name]", "form[name]",
    "form_name", "form_fields[message]", "form_fields[product]", "form_fields[email_opt_in]", "fields[]", "item_name]",
])
def test_a_records_or_a_things_bracketed_name_is_an_ordinary_key(key: str) -> None:
    assert key_reason(key) == ""


def test_a_store_locators_district_is_judged_by_its_value_and_a_forms_is_left_out() -> None:
    assert clean_url("https://shop.example/stores?ilce=Kadikoy") == "https://shop.example/stores?ilce=Kadikoy"
    assert clean_url("https://shop.example/form?ilce=Kadikoy&step=2") == "https://shop.example/form?step=2"
