"""A word alone among groups glued by bars or tildes is a row's cell, not a code's part (detector._cells_read): the
phone in `Quendrix|06 48 17 26 26|Paris` is read as it is after spaced bars, found by a fuzz of the core families
(session 30) where the word had been dashed into the number's first group (`Quendrix-06 48 …`). Two numbers glued by a
bar are read each in its cell (a dialled run of more digits than E.164's fifteen is no one number, counting the
groups that run on after the bars: `06 48 17 26 69|06 48 17 26 69`, session 31). Codes, IBANs and
lists glued by bars read as before. And a record's number after a site's route in the plural (`/products/…`), read
as after the singular code word (it was read as a phone, and the URL lost its path)."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PHONES = [
    "Quendrix|06 48 17 26 26|Paris", "red|06 48 17 26 26", "Paris~06 48 17 26 26", "Anna|06 48 17 26 26",
    "Quendrix|06|48|17|26|26|Paris", "Müller|0151 4817 2609|Berlin", "Smith|07911 481726|London",
    "Quendrix|0648172626|Paris", "name|+33 6 48 17 26 26|FR",
    # two numbers glued by a bar: more digits than E.164's fifteen are two numbers, each in its cell
    "0151/48172602|0151/48172602", "0151-48172602|0170-4817260", "0151/48172602|0170/4817260|Berlin",
    # ... and their groups running on past the bar (session 31's fuzz: the digits after it count too)
    "06 48 17 26 69|06 48 17 26 69", "06.48.17.26.69|06.48.17.26.69", "0151 4817 2609|0170 4817 2609",
    "06 48 17 26 69|06 48 17 26 69|Paris",
]
ORDINARY = [
    "Color|Red|Size|42", "Blue|90|140|160", "SKU|4006381333931", "ABC|123|456|7890", "Shoes|Berlin|10115",
    "Home|Sale|2024", "Sizes|36|38|40|42|44", "Pack|100|250|500", "Bed|90|140|160|180|cm", "Model|4000|5000|6000",
    "Sizes 36|38 40|42", "Art. 12|34 56", "W 32|34 L 30|32",
]


@pytest.mark.parametrize("text", PHONES)
def test_a_phone_in_a_row_of_bars_is_read(text: str) -> None:
    assert detector.reason(text) == detector.PHONE


@pytest.mark.parametrize("text", ORDINARY)
def test_codes_and_lists_glued_by_bars_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_an_iban_glued_by_bars_is_still_one() -> None:
    assert detector.reason("DE89|3704|0044|0532|0130|00") == detector.IBAN


# A site's route names its records in the plural before one's number (`/products/4817261234`, eBay's `/itm/`): a
# code's label as the singular is, so the URL keeps its path; a number dialled or after a personal segment does not.
ROUTED_IDS = ["/itm/254567891234", "/products/4155550173", "/items/2545678912", "/orders/21245678901",
              "/tickets/4817261234", "/invoices/3124567890"]
ROUTED_PHONES = ["/orders/0612345678", "/products/+14155550173", "/tel/4155550173", "/orders/07911481726"]


@pytest.mark.parametrize("path", ROUTED_IDS)
def test_a_record_number_after_its_plural_route_goes_out(path: str) -> None:
    url = "https://shop.example.com" + path
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("path", ROUTED_PHONES)
def test_a_dialled_number_after_a_route_is_still_refused(path: str) -> None:
    assert privacy.clean_url("https://shop.example.com" + path) == "https://shop.example.com/"
