"""Rules closing the thirtieth attack's drops of shop numbers by their layouts: Inditex's product reference after
`Ref.` (`5536/302/800`), a model's number of 4-3-3 digits after a product's label (`Modell 0123 456 800`), eBay's
order number (`12-34567-89012`); each with the phone numbers in those layouts that must still be caught."""

import pytest

from meta_capi.detector import PHONE, reason


@pytest.mark.parametrize("value", [
    "Ref. 0123/456/800", "Zara Ref. 5536/302/800", "Ref. 1274/361/800", "Massimo Dutti Ref. 6855/750/401",
    "REF. 5536/302/800", "Modell 0123 456 800", "Model 5536 302 800", "eBay 12-34567-89012", "12-34567-89012",
    "eBay order 04-10836-57364",
])
def test_a_product_reference_a_model_number_or_an_ebay_order_number_goes_out(value: str) -> None:
    assert reason(value) == ""


@pytest.mark.parametrize("value", [
    "Ref. 0712/345/678",  # a Kenyan mobile after its trunk prefix
    "Ref. 0412/345/678",  # an Australian one
    "Ref. 0123 456 800",  # blanks: not the reference's layout, `Ref` names no code
    "0123/456/800", "Tel. 0123/456/800", "Ref. 650/555/0173",
    "Modell 0412 345 678", "Modell 0171 234 5678", "Modell 650 555 0173", "Modell 0049 171 2345678",
    "Modell 49 171 2345678", "SKU 0612 345 678",
    "91-98765-43210",  # India's country code before ten digits
    "44-20794-60000", "01-51234-56789", "Call 91-98765-43210",
])
def test_a_phone_number_in_those_layouts_is_still_caught(value: str) -> None:
    assert reason(value) == PHONE
