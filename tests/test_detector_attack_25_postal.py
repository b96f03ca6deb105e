"""The twenty-fifth attack's Indian address over lines (tests/privacy_attack_cases_25.py): a house by its number's word
and number, then parts a comma or a line break ends, the last a locality by its kind's word (`H.No. 8-2-293/A,\\nRoad
No. 14,\\nBanjara Hills`), and the Indian layouts with a comma that ends its line as one ending a part on one line;
with the product titles and sales that share their words, which go out."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal, privacy


@pytest.mark.parametrize("text", [
    "H.No. 8-2-293/A,\nRoad No. 14,\nBanjara Hills",
    "H.No. 8-2-293/A, Road No. 14, Banjara Hills",  # the same on one line, without the town and the PIN code
    "H.No. 8-2-293/A,\r\nRoad No. 14,\r\nBanjara Hills",
    "H.No. 8-2-293/A\nRoad No. 14\nBanjara Hills",  # a line break alone ends a part
    "H.No. 8-2-293/A, Banjara Hills",
    "House No. 12, Gandhi Nagar",
    "D.No. 4-5-6, Main Road, Gandhi Nagar, Vijayawada",
    "Flat No. 3\nBanjara Hills",
    "मकान नं. 42, Gandhi Nagar",
    '{"remark": "H.No. 8-2-293/A,\\nRoad No. 14,\\nBanjara Hills"}',
    # the layouts with a town and a PIN code, or a landmark first, over lines
    "H.No. 8-2-293/A,\nRoad No. 14,\nBanjara Hills,\nHyderabad 500034",
    "Flat 4B,\nIndiranagar,\nBengaluru 560038",
    "Near Hanuman Temple,\n2-45 Gandhi Nagar,\nVijayawada",
])
def test_an_indian_house_line_and_its_locality_over_lines_is_an_address(text: str) -> None:
    assert detector.reason(text) == postal.POSTAL_ADDRESS


def test_an_indian_house_line_over_lines_in_a_url_path_leaves_only_the_origin() -> None:
    url = "https://shop.example.com/c/H.No.%208-2-293%2FA%2C%0ARoad%20No.%2014%2C%0ABanjara%20Hills/view"
    assert privacy.clean_url(url) == "https://shop.example.com/"


@pytest.mark.parametrize("text", [
    # a bare `No.`, `Flat` or `Block` before the number: a product's, a perfume's, a sale's words
    "Chanel No. 5, Rose Garden Extension",
    "Symphony No. 5, Abbey Road",
    "No. 5, Abbey Road",
    "Flat 50, Diwali Sale Extension",
    "Flat 4B, Banjara Hills",
    # the house's word and number, but no locality's kind ending the field, or initials before it
    "Plot No. 5, MG Road",
    "Flat No. 3, Banjara Hills Residency",
    "Plot No. 5 Premium\nGreen Hills",
    # another word before `No.`
    "Pack No. 2, Green Hills",
    "Size No. 5, Garden Road",
])
def test_a_title_with_a_number_word_and_a_place_word_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
