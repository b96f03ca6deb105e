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

from attack_tests import attack_tests
from privacy_attack_cases_38 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # `RRRD2929 زرفندا`: a Saudi short address (four letters, four digits) with no address label before it, in an id
    # or a URL path: the shape of a product's SKU or a variant's code (`ABCD1234`), which no rule can tell from it
    "an Arabic address by its area, villa, P.O. Box, flat, Morocco's lane or a Saudi short address": [
        "addr AR Saudi short address @"],
    # `זרוונקו 12, חיפה`: a street named alone, its number and a town, no street word, flat or label (the README reads
    # it with its flat, `הרצל 12 דירה 4,`, its entrance, after `רחוב` or after `כתובת:`): a product's line and its
    # colour or size writes the same shape (`סט 12, כחול`), as Greek's genitive alone (NOT_CLAIMED)
    "a Hebrew street named alone, with its entrance, or transliterated": ["addr HE street alone number @"],
    # `οδός ζαρβένου 45 αθήνα` in a product's brand or category (in text, with a comma or a postal code, or after `οδ.`
    # the line is kept): after the whole street word, one lower-case word alone ending the line is a book's or a
    # film's kind as often (`οδός ονείρων 2 βιβλίο`, review 23), so a town alone there is read only after its postal
    # code, the region's or the country's word, or a comma
    "a Greek line in lower case, the whole street word and a town alone": [
        "addr GR odos lower case @ product brand", "addr GR odos lower case @ product category"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `广东省深圳市南山区翟鸾路１２８号`, `10617 台北市翟鸞路128號` as an order's, an event's, a product's or a
    # content's id (read in free text)
    "an address in an id or in a URL path with `+` for its blanks": [
        "addr CN full-width number @ standard order id", "addr CN postal code after @",
        "addr TW postal code first @ order id", "addr TW full-width @ content ids"],
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


globals().update(attack_tests(globals(), "thirty-eighth", cases=(400, 500),
                              families=["addr", "dob", "err", "key", "nid"], ordinary=(140, 150)))
