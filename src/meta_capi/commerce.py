"""Purchase and product data: the `custom_data` of a track event (Meta's Standard Parameters page)."""

from __future__ import annotations

from typing import AbstractSet, Any, Dict, List, Mapping, Optional, Tuple, Union

from .errors import EventError
from .identity import PERSONAL_KEYS
from .reference_data import CURRENCY_CODES
from .values import parse_number, typed_value

Number = Union[int, float]

_PRODUCT_ID_KEYS = ("product_id", "sku", "id")
# Properties that describe the product itself when an event carries one product without a `products` list.
_SINGLE_PRODUCT_KEYS = frozenset({"product_id", "sku", "price", "quantity", "name", "brand", "category"})
# Keys that fill a standard field and so never repeat as custom properties.
_STANDARD_KEYS = frozenset(
    "value revenue total currency order_id query search_string content_name content_category "
    "predicted_ltv status event_id".split()
)


def _text(mapping: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = mapping.get(name, "").strip()
        if value:
            return value
    return ""


def _number(properties: Mapping[str, str], name: str) -> Optional[Number]:
    raw = properties.get(name, "").strip()
    if not raw:
        return None
    number = parse_number(raw)
    if number is None:
        raise EventError(f"property {name} must be a number, got {raw[:40]!r}")
    return number


def _quantity(product: Mapping[str, str]) -> int:
    text = product.get("quantity", "").strip()
    if text.isascii() and text.isdigit() and len(text) < 10:  # the usual "3", without a regex
        return int(text) or 1
    number = parse_number(text)
    if number is None or number != int(number) or number < 1:
        return 1
    return int(number)


def _content(product: Mapping[str, str]) -> Optional[Dict[str, Any]]:
    product_id = _text(product, *_PRODUCT_ID_KEYS)
    if not product_id:
        return None
    content: Dict[str, Any] = {"id": product_id, "quantity": _quantity(product)}
    price = parse_number(product.get("price", "").strip())
    if price is not None:
        content["item_price"] = price
    title = _text(product, "name", "title")
    if title:
        content["title"] = title
    brand = product.get("brand", "").strip()
    if brand:
        content["brand"] = brand
    category = product.get("category", "").strip()
    if category:
        content["category"] = category
    return content


def contains_email(text: str) -> bool:
    """True when some word of `text` looks like an address (a@b.c); linear, as values can be huge."""
    if "@" not in text:
        return False
    for word in text.split():
        local, at, domain = word.partition("@")
        if at and local and "." in domain.strip(".") and "@" not in domain:
            return True
    return False


def _custom_value(text: str) -> Any:
    value = typed_value(text)
    if isinstance(value, str) and contains_email(value):
        return None  # an email under an unexpected key is still personal data
    return value


def custom_properties(properties: Mapping[str, str], consumed: AbstractSet[str] = frozenset()) -> Dict[str, Any]:
    """The remaining properties, typed; personal data and consumed keys are left out."""
    custom: Dict[str, Any] = {}
    for key, text in properties.items():
        if key in consumed or key in PERSONAL_KEYS or key in _STANDARD_KEYS or not text:
            continue
        value = _custom_value(text)
        if value is not None:
            custom[key] = value
    return custom


# Any of these, or products, or a Purchase, means there is commerce data to derive.
_COMMERCE_KEYS = _STANDARD_KEYS | _SINGLE_PRODUCT_KEYS
_CATEGORY_ONLY = frozenset({"category"})


# Standard text fields: Meta key -> the properties it is read from, first non-blank wins.
_TEXT_FIELDS = (
    ("order_id", ("order_id",)),
    ("search_string", ("query", "search_string")),
    ("content_name", ("content_name",)),
    ("content_category", ("content_category", "category")),
)
_SINGLE_PRODUCT_TEXT_FIELDS = (
    _TEXT_FIELDS[:2] + (("content_name", ("content_name", "name")),) + _TEXT_FIELDS[3:]
)


def _value_and_currency(
    event_name: str, properties: Mapping[str, str], contents: List[Dict[str, Any]], default_currency: str
) -> Tuple[Optional[Number], str]:
    value = None
    for name in ("value", "revenue", "total"):
        if name in properties:
            value = _number(properties, name)
            if value is not None:
                break
    if value is None and any("item_price" in content for content in contents):
        total = sum(content.get("item_price", 0) * content["quantity"] for content in contents)
        value = round(total, 10)  # drop binary noise such as 59.970000000000006
    currency = properties.get("currency", "").strip().upper()
    if currency and currency not in CURRENCY_CODES:
        raise EventError(f"property currency must be an ISO 4217 code, got {currency[:40]!r}")
    if not currency and value is not None:
        currency = default_currency
    if event_name == "Purchase":  # Meta rejects the whole request otherwise (2804009, 2804010)
        if value is None:
            raise EventError("a Purchase needs a value (property value, revenue or total, or product prices)")
        if not currency:
            raise EventError("a Purchase needs a currency (property currency, or setting meta_default_currency)")
    return value, currency


def track_custom_data(
    event_name: str, properties: Mapping[str, str], products: List[Mapping[str, str]], default_currency: str
) -> Dict[str, Any]:
    if not products and event_name != "Purchase" and properties.keys().isdisjoint(_COMMERCE_KEYS):
        return custom_properties(properties)  # most custom events: nothing to derive
    single_product = not products and bool(_text(properties, "product_id", "sku"))
    items = [properties] if single_product else products
    contents = [content for content in map(_content, items) if content is not None]
    data: Dict[str, Any] = {}
    value, currency = _value_and_currency(event_name, properties, contents, default_currency)
    if value is not None:
        data["value"] = value
    if currency:
        data["currency"] = currency
    if contents:
        data["contents"] = contents
        data["content_ids"] = [content["id"] for content in contents]
        data["content_type"] = "product"
        data["num_items"] = sum(content["quantity"] for content in contents)
    for meta_key, names in _SINGLE_PRODUCT_TEXT_FIELDS if single_product else _TEXT_FIELDS:
        for name in names:
            text = properties.get(name, "").strip()
            if text:
                data[meta_key] = text
                break
    if "predicted_ltv" in properties:
        predicted_ltv = parse_number(properties["predicted_ltv"].strip())
        if predicted_ltv is not None:
            data["predicted_ltv"] = predicted_ltv
    status = properties.get("status", "").strip()
    if status:
        data["status"] = typed_value(status)
    consumed = _SINGLE_PRODUCT_KEYS if single_product else _CATEGORY_ONLY
    for key, custom_value in custom_properties(properties, consumed).items():
        data.setdefault(key, custom_value)  # a custom property never replaces a derived standard field
    return data
