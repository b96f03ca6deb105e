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
    # `東京都渋谷区鵺沢町二丁目十四番三号`: a block in kanji numerals (`二丁目十四番三号`; the README reads `1丁目`,
    # `5番地` in digits), and `Nuezawa 2-chome 14-3, Shibuya-ku`: a Japanese block in romaji before its ward
    "a Japanese block in kanji numerals or in romaji": [
        "addr JP kanji numerals @", "addr JP romaji chome @"],
    # `14 Myurenda-ro 27-gil, Mapo-gu, Seoul 04157`: a romanized road whose `-gil` follows its `-ro`, before the
    # district (the README reads `396 World Cup buk-ro, Mapo-gu`)
    "a romanized Korean road with its side street's `-gil`": ["addr KR romanized @"],
    # `C/O Sharma, Opp. Bus Stand, Zarvenpur Village, PIN 176001`: India's landmark layout (care of, opposite, the
    # village, `PIN` and six digits) has no house number beside a street word
    "an Indian address by its landmarks and PIN code": ["addr IN C/O opposite @"],
    # `دبي، منطقة زرفندا، فيلا ٧، ص.ب. ١٢٣٤٥`: an area, a villa and a P.O. Box in Arabic (the README reads a quarter
    # `حي`, a street and its number, `عمارة 7، شارع 10،`)
    "an Arabic address by its area, villa and P.O. Box": ["addr AR villa PO box @"],
    # `זרוונקו 12, חיפה`: a Hebrew street named alone, its number and a town (the README reads it with its flat,
    # `הרצל 12 דירה 4,`, or after `רחוב`)
    "a Hebrew street named alone before its number and a town": ["addr HE street alone number @"],
    # `101000, Россия, Новосибирск, пр-т Зарвенский, 5-12`, `Зарвенская ул., д 12 кв 42`, `ул зарвенская д 12 кв 42
    # москва`: the index first with `пр-т` and a dashed house-flat, the street word after the name, or no dots in lower
    # case
    "a Russian address with its index first, its street word after the name or no dots": [
        "addr RU index first @", "addr RU street word after @", "addr RU lower case no dots @"],
    # `Zarvenli Mah. Gül Sok. No:12 D:5 34710 Kadıköy/İstanbul`, `Zarvenli Sk. No 7 Daire 3 Bornova İzmir`: a
    # neighbourhood before its street, `Sk.` and `No` without a colon, a district and a province after a slash or a
    # blank
    "a Turkish address by its neighbourhood, `Sk.` or a district after a slash": [
        "addr TR mah sok no @", "addr TR street first @"],
    # `av. zarvenquia 1578 bloco b ap 32 são paulo`: a Brazilian line in lower case as a search box is typed
    "a Brazilian address in lower case without commas": ["addr BR avenida lower case @"],
    # `Av. Zarvendo #45 Int. 3, Col. Centro, CP 44100 Guadalajara, Jal.`: a Mexican number after `#` and an interior
    "a Mexican address with its number after `#` and an interior number": ["addr MX avenida interior @"],
    # `생년월일 870917`: six digits YYMMDD after a Korean birth label (the README reads them after `DOB` only)
    "a YYMMDD birth date after a birth label other than `DOB`": ["dob KR six digits @"],
    # `出生日期：民國76年9月17日`: Taiwan's Minguo year after a birth label
    "a birth date in the Minguo calendar": ["dob TW Minguo year @"],
    # `เกิดวันที่ 17 ก.ย. 2530`: a Thai month's abbreviation and a Buddhist year after Thai `born on`
    "a Thai birth date with an abbreviated month after `เกิดวันที่`": ["dob TH abbreviated month @"],
    # `متولد ۲۶ شهریور ۱۳۶۶`: a Persian month's name and a year after `متولد` ("born")
    "a Persian birth date by its month's name after `متولد`": ["dob FA month name @"],
    # `تاریخ پیدائش: ۱۷-۰۹-۱۹۸۷`: Urdu's birth label in Urdu digits
    "a birth date after Urdu's label": ["dob UR Urdu digits @"],
    # `נולד ב-17 בספטמבר 1987`, `род. 17 сентября 1987 г.`: Hebrew `born on` with a Gregorian month's name after `ב`,
    # Russian's abbreviation `род.` with a month in the genitive
    "a birth date after Hebrew `נולד` or Russian `род.` with a month's name": [
        "dob HE born in month @", "dob RU abbreviated born @"],
    # `nascido em 17 de setembro de 1987`, `nacida el 17 de septiembre de 1987`: the README's own labels, with the
    # month's name between `de` as Portuguese and Spanish write it
    "a birth date after `nascido em` or `nacida el` with `de` around its month": [
        "dob PT nascido em @", "dob ES nacida el @"],
    # `TTL: Bandung, 17 September 1987`: Indonesia's `tempat, tanggal lahir` abbreviation, a town before the date
    "a birth date after Indonesia's `TTL` and a town": ["dob ID place and date @"],
    # `паспорт серия 45 12 № 739258`: a Russian passport's series and number after their words
    "a Russian passport's series and number": ["nid RU passport @ event name", "nid RU passport @ order id"],
    # `po_box`: a post office box as a key
    "a key naming a post office box": ["key po_box:"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `〒150-0041 東京都渋谷区鵺沢町2-14-3 …`, `广东省深圳市南山区翟鸾路１２８号` as an order's or a content's id
    # (read in free text)
    "an address in an id or in a URL path with `+` for its blanks": [
        "addr JP postal mark ASCII dashed block @ order id", "addr JP postal mark ASCII dashed block @ content ids",
        "addr CN full-width number @ order id", "addr CN full-width number @ content ids"],
    # `Ζαρβένου 45, Αθήνα`
    "Nor a street named in the genitive without a street word, its number and a town": [
        "addr GR genitive alone @ standard content name", "addr GR genitive alone @ standard search string"],
    # `خیابان زرپنگ، پلاک ۲۷`: a street and its plaque with nothing after them
    "a street line with nothing after it and no personal address label before it": [
        "addr FA street alone with plaque @"],
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
    assert 300 <= len(names) <= 500
    assert sorted({name.split(" ")[0] for name in names}) == ["addr", "dob", "err", "key", "nid"]
    assert 100 <= len(ORDINARY) <= 150


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-eighth"))
def test_ordinary_data_of_the_thirty_eighth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
