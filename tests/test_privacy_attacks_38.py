"""A thirty-eighth outside attack (tests/privacy_attack_cases_38.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): postal addresses, birth dates and national ids of every region, in
their own scripts, numerals and layouts (Japanese, Korean, Chinese, Taiwanese, Thai, Vietnamese, Indian, Arabic,
Persian, Hebrew, Russian, Greek, Turkish, Brazilian, Mexican, Nigerian and Kenyan addresses; birth dates in local
calendars after their labels; national ids with their checks in local digits or full-width forms), keys naming them
in local languages, in every leaf the README maps and under each data-minimisation setting, and the Err strings of
refusals; ordinary values of the same shapes (products named after places, sizes in local digits, dates of sales,
the shop's own stores) must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_38 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # `東京都渋谷区鵺沢町二丁目十四番三号`, `鵺沢町二の十四の三`: a block in kanji numerals (the README reads
    # `1丁目`, `5番地` in digits); `Nuezawa 2-chome 14-3, Shibuya-ku`, `とうきょうと しぶやく ぬえざわちょう 2-14-3`: in
    # romaji or hiragana; `鵺沢町3-14-3 ヴィラ鵺沢 502`: a town's block with no ward before it
    "a Japanese block in kanji numerals, in romaji or hiragana, or with no ward before it": [
        "addr JP kanji numerals @", "addr JP romaji chome @", "addr JP hiragana @",
        "addr JP block with no and kanji numerals @", "addr JP town block and building no ward @"],
    # `14 Myurenda-ro 27-gil, Mapo-gu, Seoul 04157`, `Myurenda-dong 45-6, Bundang-gu`: a romanized road with its
    # side street's `-gil`, a romanized lot (the README reads `396 World Cup buk-ro, Mapo-gu`); `뮤렌다로２７길 １４`:
    # a road's numbers in full-width digits
    "a Korean road or lot romanized, or its numbers in full-width digits": [
        "addr KR romanized @", "addr KR romanized lot @", "addr KR full-width road @"],
    # `河南省周口市翟鸾村3组12号`: a village and its group (`村`, `组`); `zhailuan lu 128 hao nanshan qu shenzhen`:
    # pinyin in lower case as a search box is typed
    "a Chinese village's group, or an address in pinyin": ["addr CN village group @", "addr CN pinyin lower case @"],
    # `99/12 Soi Ploywaran, Sukhumvit Rd, Khlong Toei, Bangkok 10110`: a Thai house and its soi in Latin letters
    "a Thai address romanized": ["addr TH romanized soi @"],
    # `Hẻm 12 Khuyvênh P3 Q5`: ward and district abbreviated without commas; `Địa chỉ: 12 Khuyvênh, Q.5`: after
    # Vietnam's address label
    "a Vietnamese address with its ward and district abbreviated": [
        "addr VN alley no commas @ standard content name", "addr VN label @"],
    # `RRRD2929 زرفندا`: a Saudi short address (four letters, four digits) with no address label before it, in an id
    # or a URL path: the shape of a product's SKU or a variant's code (`ABCD1234`), which no rule can tell from it
    "an Arabic address by its area, villa, P.O. Box, flat, Morocco's lane or a Saudi short address": [
        "addr AR Saudi short address @"],
    # `זרוונקו 12, חיפה`: a street named alone, its number and a town, no street word, flat or label (the README reads
    # it with its flat, `הרצל 12 דירה 4,`, its entrance, after `רחוב` or after `כתובת:`): a product's line and its
    # colour or size writes the same shape (`סט 12, כחול`), as Greek's genitive alone (NOT_CLAIMED)
    "a Hebrew street named alone, with its entrance, or transliterated": ["addr HE street alone number @"],
    # `101000, Россия, Новосибирск, пр-т Зарвенский, 5-12`, `Зарвенская ул., д 12 кв 42`, `ул зарвенская д 12 кв 42
    # москва`, `Зарвенский пер., 7, стр. 2`: the index first with `пр-т` and a dashed house-flat, the street word
    # after the name, no dots in lower case, a lane (`пер.`) and a building (`стр.`)
    "a Russian address with its index first, its street word after the name, no dots, or a lane": [
        "addr RU index first @", "addr RU street word after @", "addr RU lower case no dots @",
        "addr RU pereulok building @"],
    # `οδός ζαρβένου 45 αθήνα`: Greek's street word, number and town in lower case without a comma
    "a Greek address in lower case without commas": ["addr GR odos lower case @"],
    # `Zarvenli Mah. Gül Sok. No:12 D:5 34710 Kadıköy/İstanbul`, `Zarvenli Sk. No 7 Daire 3 Bornova İzmir`,
    # `zarvenli mah gül sok no 12 daire 5 kadıköy`, `Zarvenli Apt. Kat 3 Daire 5, Bağdat Cad.`: a neighbourhood
    # before its street, `Sk.` and `No` without a colon, a district after a slash, lower case, a building's floor
    "a Turkish address by its neighbourhood, `Sk.`, lower case or a building's floor and flat": [
        "addr TR mah sok no @", "addr TR street first @ standard content name", "addr TR lower case @",
        "addr TR apartment floor @"],
    # `av. zarvenquia 1578 bloco b ap 32 são paulo`: lower case as a search box is typed; `SQS 308 Bloco Zarvenquia
    # Apto 12, Brasília - DF`: Brasília's sectors and blocks; `Rua Zarvenquia, s/n, Centro`: a street without number
    "a Brazilian address in lower case, by Brasília's blocks or without number": [
        "addr BR avenida lower case @", "addr BR quadra bloco @", "addr BR sem numero @"],
    # `Av. Zarvendo #45 Int. 3, Col. Centro, CP 44100 Guadalajara, Jal.`: a number after `#` and an interior;
    # `Calle Zarvendo s/n, Col. Centro`: without number; `Zarvendo 45 entre Hidalgo y Juárez, Col. Centro`: a street
    # named alone and the streets it lies between
    "a Mexican address with `#` and an interior, without number, or between two streets": [
        "addr MX avenida interior @", "addr MX sin numero @", "addr MX between streets @ standard content name"],
    # `생일: 87.09.17`: a two-digit year after Korean "birthday" (`생년월일 870917`, six digits after the birth label,
    # is read since the thirty-eighth attack, as after `DOB`)
    "a birth date with a two-digit year after a label other than `DOB`": [
        "dob KR two-digit year @"],
    # `เกิดวันที่ 17 ก.ย. 2530`: a Thai month's abbreviation and a Buddhist year after Thai `born on`
    "a Thai birth date with an abbreviated month after `เกิดวันที่`": ["dob TH abbreviated month @"],
    # `род. 17 сентября 1987 г.`: Russian's abbreviation `род.` with a month in the genitive (Persian `متولد`, Arabic
    # `مواليد`, Urdu's and Amharic's labels and Hebrew `נולד` are read since this attack; `род` alone is a kind, a
    # genus, as often)
    "a birth date after Russian `род.` with a month's name": ["dob RU abbreviated born @"],
    # `TTL: Bandung, 17 September 1987`: Indonesia's `tempat, tanggal lahir` abbreviation, a town before the date;
    # `1987年9月17日出生`: the date before Chinese `出生` ("born")
    "a birth date after Indonesia's `TTL` and a town, or before Chinese `出生`": [
        "dob ID place and date @", "dob CN date before born @"],
    # `паспорт серия 45 12 № 739258`: a Russian passport's series and number after their words
    "a Russian passport's series and number": ["nid RU passport @"],
    # `Clave de elector: ZRVNDO87091709M100`: Mexico's voter key after its label
    "Mexico's voter key after its label": ["nid MX voter key @"],
    # `香港身份證：Ｚ６８３３６５（５）` as an event's id
    "a Hong Kong id in full-width forms as an event's id": ["nid HK id full-width @ event id"],
    # `po_box`: a post office box as a key
    "a key naming a post office box": ["key po_box:"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `〒150-0041 東京都渋谷区鵺沢町2-14-3 …`, `广东省深圳市南山区翟鸾路１２８号`, `10617 台北市翟鸞路128號` as an
    # order's, an event's, a product's or a content's id (read in free text)
    "an address in an id or in a URL path with `+` for its blanks": [
        "addr JP postal mark ASCII dashed block @ order id", "addr CN full-width number @ standard order id",
        "addr CN postal code after @", "addr TW postal code first @ order id", "addr TW full-width @ content ids",
        "addr AF PO box name @ content ids"],
    # `Ζαρβένου 45, Αθήνα`
    "Nor a street named in the genitive without a street word, its number and a town": ["addr GR genitive alone @"],
    # `خیابان زرپنگ، پلاک ۲۷`: a street and its plaque with nothing after them; `01310-100 Rua Zarvenquia 100`: a
    # street line after its CEP, nothing after it
    "a street line with nothing after it and no personal address label before it": [
        "addr FA street alone with plaque @", "addr BR CEP first @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # `ship_from_city`: the shop's warehouse town under a key holding `city` (the README keeps `?city=` a person's
    # place outside a store locator)
    "a shop's own town under a key naming a city": ["keys: ship_from_city"],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-eighth", NOT_CLAIMED))
def test_no_thirty_eighth_attack_address_birth_date_or_id_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_eighth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 400 <= len(names) <= 500
    assert sorted({name.split(" ")[0] for name in names}) == ["addr", "dob", "err", "key", "nid"]
    assert 140 <= len(ORDINARY) <= 150


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-eighth"))
def test_ordinary_data_of_the_thirty_eighth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
