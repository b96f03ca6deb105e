"""The twenty-ninth attack's structures (tests/privacy_attack_cases_29.py): a person's record in structures whose
separators, tags and keys vary, closed by structured.py's layouts; and ordinary shop data of the same structures
(product feeds' GTINs, EDI parties that are companies) that must go out. Each rule with its near misses."""

from __future__ import annotations

import pytest

from meta_capi import detector

PHONE = "holds a phone number"
NAME = "holds a person's name"


@pytest.mark.parametrize(("text", "found"), [
    # a GTIN by its GS1 check digit after a product code's label, opening on `00` (a UPC-A written as a GTIN-13)
    ("GTIN 0036000291452", ""),
    ("EAN 0036000291452", ""),
    ("<g:gtin>0036000291452</g:gtin>", ""),
    ("<item><g:brand>Carhartt WIP</g:brand><g:gtin>0035481234569</g:gtin></item>", ""),
    ("UPC: 0036000291452", ""),
    # near misses: a wrong check digit, a plan's mobile after its country code dialled with `00`
    ("GTIN 0036000291453", PHONE),
    ("ART 00966548217365", PHONE),
])
def test_a_gtin_after_a_product_code_label_is_a_code(text: str, found: str) -> None:
    assert detector.reason(text) == found
