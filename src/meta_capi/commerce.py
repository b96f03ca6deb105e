"""Purchase and product data: the `custom_data` of a track event (Meta's Standard Parameters page)."""

from __future__ import annotations

from itertools import chain, repeat
from math import isfinite
from operator import itemgetter, mul
from typing import AbstractSet, Any, Callable, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple, Union, cast

from . import decisions
from .budget import MAX_PRODUCTS
from .decisions import note
from .detector import OVER_ALLOWANCE, property_label, written_again
from .errors import EventError
from .meta_fields import META_FIELD_KEYS
from .privacy import custom_refusal, free_text, joined_refusal, member_refusal, names_the_subject
from .reference_data import CURRENCY_CODES
from .values import PROXY_NULL, amount_refusal, bounded_json, describe, parse_number, typed_value, whole_as_written

Number = Union[int, float]
Product = Mapping[str, str]

_PRODUCT_ID_KEYS = ("product_id", "sku", "id")
# Properties that describe the product itself when an event carries one product without a `products` list.
SINGLE_PRODUCT_KEYS = frozenset({"product_id", "sku", "price", "quantity", "name", "brand", "category"})
# Purchase data sent flat through the proxy, which never passes track products to a component: `contents` as
# JSON text in Meta's own field names, or `content_ids` as a JSON array or a comma-separated list.
_FLAT_PRODUCT_KEYS = frozenset({"contents", "content_ids"})
# Keys that fill a standard field, or user_data, and so never repeat as custom properties.
_STANDARD_KEYS = frozenset(
    "value revenue total currency order_id query search_string content_name content_category "
    "predicted_ltv status event_id fbc fbp content_type delivery_category".split()
) | _FLAT_PRODUCT_KEYS | META_FIELD_KEYS
# Meta's values (Standard Parameters): a catalog's items are products or product groups; how a purchase is
# delivered. Anything else is left out, never sent for Meta to guess.
CONTENT_TYPES = frozenset({"product", "product_group"})
DELIVERY_CATEGORIES = frozenset({"in_store", "curbside", "home_delivery"})
MAX_QUANTITY = 1_000_000  # more of one item in one event is a data error, not an order


class ProductProblem(ValueError):
    """A product whose price or quantity cannot be used: it is left out, and a value is not computed from it."""

    def __init__(self, position: int, detail: str) -> None:
        # Named by its position alone: an Err reaches the proxy's logs, and an id the gate missed would leak there too.
        super().__init__(f"product {position + 1}: {detail}")
        self.position, self.detail = position, detail


def _text(mapping: Mapping[str, str], *names: str, where: str = "", id_like: bool = False) -> str:
    for name in names:
        raw = mapping.get(name)
        if raw:
            value = free_text(raw, where + name, id_like)
            if value:
                return value
    return ""


def _number(properties: Mapping[str, str], name: str) -> Optional[Number]:
    raw = properties.get(name, "").strip()
    if not raw:
        return None
    number = parse_number(raw)
    if number is None or number < 0:  # a negative value is refused like a negative price
        raise EventError(f"property {name} must be a finite number of 0 or more, got {describe(raw)}")
    found = amount_refusal(number)
    if found:
        raise EventError(f"property {name} {found}, got {describe(raw)}")
    return number


def _quantity(product: Product) -> int:
    text = product.get("quantity", "").strip()
    if not text:
        return 1
    if text.isascii() and text.isdigit() and len(text) < 7:  # the usual "3", without a regex
        whole = int(text)
        if whole:  # (at most 999999: within MAX_QUANTITY)
            return whole
        number: Optional[Number] = whole
    else:
        number = parse_number(text)
        # Whole as written, not after rounding to a float: 999999.99999999999 is no whole number.
        if number is not None and not isinstance(number, int) and not whole_as_written(text):
            number = None
    if number is None or number != int(number) or not 1 <= number <= MAX_QUANTITY:
        raise ValueError(f"quantity must be a whole number from 1 to {MAX_QUANTITY}, got {describe(text)}")
    return int(number)


def _price(product: Product) -> Optional[Number]:
    for name in ("price", "item_price"):
        text = product.get(name, "").strip()
        if text:
            number = parse_number(text)
            if number is None or number < 0:
                raise ValueError(f"{name} must be a finite number of 0 or more, got {describe(text)}")
            found = amount_refusal(number)
            if found:
                raise ValueError(f"{name} {found}, got {describe(text)}")
            return number
    return None


# A product's text fields: Meta key and the property it is read from, the first non-blank one winning.
_PRODUCT_TEXTS = (("title", "name"), ("title", "title"), ("brand", "brand"), ("category", "category"))


def _content(product: Product, position: int, recording: bool = True,
             passed: Optional[Dict[str, str]] = None) -> Optional[Dict[str, Any]]:
    """Meta's `contents` entry for one product; None without a usable id; ProductProblem for a bad number, or
    for a price on a product without a usable id (a value computed without it would be wrong). `recording`:
    someone records decisions (the labels below name a product only in a note, so are built only then).
    `passed`: the order's texts already judged fit to go out, raw to stripped (a verdict depends on the text
    alone; an order's brands and categories repeat from product to product), filled here."""
    where = f"product {position + 1} " if recording else ""
    product_id = ""
    for name in _PRODUCT_ID_KEYS:  # _text unrolled, as the text fields below: this runs for every product
        raw = product.get(name)
        if raw:
            product_id = free_text(raw, where + name, True, product=True)
            if product_id:
                break
    # an id shaped like an address's local part, its domain in the product's next text (`jo.smith`, `@example.com`)
    if ("." in product_id or "+" in product_id) and joined_refusal(
            [product_id, *(product.get(name, "") for _, name in _PRODUCT_TEXTS)]):
        note(where + "id", "an address with the product's text beside it: left out")
        product_id = ""
    if product_id and not written_again(product_id):  # written twice: in `contents` and in `content_ids`
        product_id = _over_allowance(where + name)
    if not product_id:
        if any(product.get(name, "").strip() for name in ("price", "item_price")):
            raise ProductProblem(position, "a priced product without a usable id (product_id, sku or id)")
        note(f"product {position + 1}", "no usable id (product_id, sku or id): left out")
        return None
    try:
        content: Dict[str, Any] = {"id": product_id, "quantity": _quantity(product)}
        price = _price(product)
    except ValueError as error:
        raise ProductProblem(position, str(error)) from None
    if price is not None:
        content["item_price"] = price
    for meta_key, name in _PRODUCT_TEXTS:  # _text unrolled: this runs for every product of an order
        raw = product.get(name)
        if raw and meta_key not in content:
            text = _product_text(raw, where + name, passed)
            if text:
                content[meta_key] = text
    delivery = product.get("delivery_category")
    if delivery and delivery.strip() in DELIVERY_CATEGORIES:
        content["delivery_category"] = delivery.strip()
    return content


def _product_text(raw: str, field: str, passed: Optional[Dict[str, str]]) -> str:
    """A product's title, brand or category as it may go out, or "": judged once an order (`passed`), and charged
    to the allowance each time the request writes it (detector.written_again), so that it bounds the request."""
    text = passed.get(raw) if passed is not None else None
    if text is None:
        text = free_text(raw, field)
        if text and passed is not None:
            passed[raw] = text
        return text
    return text if written_again(text) else _over_allowance(field)


def _over_allowance(field: str) -> str:
    """Nothing, noted under `field`, for a text passed by the gate already that the allowance no longer holds for one
    more place in the request (detector.written_again, which each caller asks first: once per product)."""
    note(field, f"{OVER_ALLOWANCE}: left out")
    return ""


_TEXT_ONLY = frozenset({str})
_DICT_ONLY = frozenset({dict})
# A parsed product's values, by dict's own method (in C), typed once here: a `cast` in the function would build
# its typing subscripts (Python code in typing.py) on every event.
_PARSED_VALUES = cast(Callable[[Product], Iterable[str]], dict.values)


def _scalar_texts(item: Mapping[Any, Any]) -> Dict[Any, str]:
    """A JSON object's values as the proxy would pass them: strings and numbers (parsed as text) as they are,
    booleans as JSON text; null, arrays and objects carry nothing a content uses and are left out. A `contents`
    list all text never reaches it (_flat_products uses it as parsed); in one that does, a product all text is
    copied in C, else one comprehension."""
    if set(map(type, item.values())) <= _TEXT_ONLY:
        return dict(item)
    return {key: value if type(value) is str else "true" if value else "false" for key, value in item.items()
            if type(value) is str or type(value) is bool}


def _flat_products(properties: Mapping[str, str]) -> List[Product]:
    """Products sent as flat properties: `contents` (JSON array of objects) or `content_ids`."""
    contents = properties.get("contents", "").strip()
    if contents:
        try:
            items = bounded_json(contents, numbers_as_text=True)
        except ValueError as error:
            raise EventError(f"property contents must be a JSON array of objects, got {error}") from None
        # (the parser builds plain dicts and lists: the types of fifty items compared in one C pass)
        if type(items) is not list or not set(map(type, items)) <= _DICT_ONLY:
            raise EventError("property contents must be a JSON array of objects such as "
                             '[{"id":"SKU-1","quantity":2,"item_price":49.99}]')
        if len(items) > MAX_PRODUCTS:
            _check_count(len(items), "contents")
        # The usual list, every value text (numbers are parsed as text), is used as parsed, fresh dicts nobody
        # else holds: one C pass over all its values instead of one call per product.
        if set(map(type, chain.from_iterable(map(dict.values, items)))) <= _TEXT_ONLY:
            return _without_nulls(items)
        return _without_nulls([_scalar_texts(item) for item in items])
    ids = properties.get("content_ids", "").strip()
    if not ids:
        return []
    if ids.startswith("["):
        try:
            parsed = bounded_json(ids, numbers_as_text=True)
        except ValueError as error:
            message = f"property content_ids must be a JSON array or a comma-separated list, got {error}"
            raise EventError(message) from None
        if not isinstance(parsed, list):
            raise EventError("property content_ids must be a JSON array or a comma-separated list")
        _check_count(len(parsed), "content_ids")
        return [{"id": text} for text in _scalar_texts(dict(enumerate(parsed))).values() if text and text != PROXY_NULL]
    # A record's layout (a CSV header and its row, an SQL insert, a DN, a form record, a struct) is read whole before
    # the commas cut its keys from its values: its cue in C first (a list of ids holds none of it).
    if ("\n" in ids or "=" in ids or "{" in ids or "(" in ids) and not _ids_on_lines(ids) and not all(
            free_text(text, "content_ids", False, "its products left out") for text in _records_in_ids(ids)):
        return []
    parts = ids.split(",", MAX_PRODUCTS)  # never more pieces than the budget allows
    _check_count(len(parts), "content_ids")
    # An address's parts apart by commas are cut apart by the list's (`ART-1,Baker Street 17, London`: the street line
    # and its town): a list with a piece holding a blank, which no id holds, is judged whole as text too, its pieces
    # apart by a comma and a blank as text writes them (`ART-1,17 Oak Road, Leeds`; a blank in C first: most lists hold
    # none).
    # (closer 183: and as written from its first piece holding a blank, where a text's own commas and line breaks
    # are its layout's, `ART-86,Kind regards,\n<name>`: a closing formula opens it there, not after an id's comma)
    if " " in ids and any(" " in part.strip() for part in parts) and not (free_text(
            ", ".join(part.strip() for part in parts), "content_ids", False, "its products left out") and free_text(
            _from_first_words(parts), "content_ids", False, "its products left out")):
        return []
    # A piece written as a key and its value after `:` or a blank (`lastname:Smith`, `surname Smith`) is a record's
    # field: judged as the member it is (a blank or a colon in C first; most lists of ids hold none).
    if (":" in ids or " " in ids) and any(_keyed_piece(part) for part in parts):
        note("content_ids", "a record's field among the ids: its products left out")
        return []
    return [{"id": part} for part in parts if part.strip() and part.strip() != PROXY_NULL]


def _from_first_words(parts: List[str]) -> str:
    """The `content_ids` pieces from the first one holding a blank on, joined again by their commas as written."""
    first = next(index for index, part in enumerate(parts) if " " in part.strip())
    return ",".join(parts[first:])


def _without_nulls(items: List[Product]) -> List[Product]:
    """Flat `contents` products without their "null" texts: absent, as in a products list (values.present) and
    everywhere else (one C scan of the values first: most lists hold none)."""
    if PROXY_NULL not in chain.from_iterable(map(_PARSED_VALUES, items)):  # (parsed dicts)
        return items
    return [{key: value for key, value in item.items() if value != PROXY_NULL} for item in items]


def _keyed_piece(piece: str) -> bool:
    """Whether a `content_ids` piece is a key, `:` or a blank, and a value that may not go out together."""
    key, separator, value = piece.strip().partition(":")
    if not separator:
        key, separator, value = piece.strip().partition(" ")
    return bool(separator) and key.strip() != "" and value.strip() != "" and not any(
        character.isdigit() for character in key) and member_refusal(key.strip(), value.strip())


def _ids_on_lines(ids: str) -> bool:
    """Whether a `content_ids` value holding line breaks is a list of ids copied from a sheet's column: no `=`, `{`,
    `(`, and each piece holding a digit (a table's header holds words: `ART-36,first_name,last_name`)."""
    return "=" not in ids and "{" not in ids and "(" not in ids and all(
        any(character.isdigit() for character in piece) for line in ids.split("\n") for piece in line.split(","))


def _records_in_ids(ids: str) -> List[str]:
    """What a `content_ids` value is judged as whole: itself, and, when it holds a line break (no id does: a table),
    the table its lines make once the ids before its header are set aside: the header's last cells, as many as its
    next line has (`ART-36,first_name,last_name` over `Ysolt,…`)."""
    if "\n" not in ids:
        return [ids]
    header, _, rows = ids.partition("\n")
    width = rows.split("\n", 1)[0].count(",") + 1
    cells = header.split(",")
    return [ids, ",".join(cells[-width:]) + "\n" + rows] if len(cells) > width else [ids]


def _check_count(count: int, name: str) -> None:
    if count > MAX_PRODUCTS:
        raise EventError(f"property {name} lists more than {MAX_PRODUCTS} products: the event is not sent")


def not_allowed(key: str, allowed: Optional[FrozenSet[str]]) -> bool:
    """True when setting meta_custom_data (`allowed`: None for all) keeps custom property `key` out."""
    if allowed is None or key in allowed:
        return False
    note(key, "not allowed by meta_custom_data: left out")
    return True


def custom_properties(properties: Mapping[str, str], consumed: AbstractSet[str] = frozenset(),
                      allowed: Optional[FrozenSet[str]] = None, page: bool = False) -> Dict[str, Any]:
    """The remaining properties, typed; personal data, huge values, consumed keys and keys the setting
    meta_custom_data does not allow are left out, each with its reason recorded. `page`: a page event's."""
    custom: Dict[str, Any] = {}
    subject_named = names_the_subject(properties, page)
    for key, text in properties.items():
        if key in consumed or key in _STANDARD_KEYS or not text:
            continue
        refusal = custom_refusal(key, text, subject_named)
        if refusal:
            note(property_label(key), refusal)
            continue
        if not_allowed(key, allowed):
            continue
        custom[key] = typed_value(text)
    return custom


# Any of these, or products, or a Purchase, means there is commerce data to derive.
_COMMERCE_KEYS = _STANDARD_KEYS | SINGLE_PRODUCT_KEYS
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


def products_of(properties: Mapping[str, str], products: List[Product]) -> Tuple[List[Product], bool]:
    """The event's products, and whether they are its own properties (a single-product event).

    The WIT `products` list wins when a host fills it (the Edgee proxy never does); then flat `contents` or
    `content_ids`; then the properties themselves when they name a product.
    """
    if products:
        return products, False
    flat = _flat_products(properties)
    if flat:
        return flat, False
    if properties.get("product_id", "").strip() or properties.get("sku", "").strip():
        return [properties], True
    return [], False


def contents_of(items: List[Product]) -> Tuple[List[Dict[str, Any]], List[ProductProblem]]:
    """The usable contents, and why the others were left out (a bad price or quantity)."""
    contents: List[Dict[str, Any]] = []
    problems: List[ProductProblem] = []
    recording = decisions.recording()  # tested once, not once per product
    passed: Dict[str, str] = {}
    for position, item in enumerate(items):
        try:
            content = _content(item, position, recording, passed)
        except ProductProblem as problem:
            problems.append(problem)
            note("contents", f"product {position + 1} left out: {problem.detail}")
            continue
        if content is not None:
            contents.append(content)
    return contents, problems


def _value_and_currency(
    event_name: str, properties: Mapping[str, str], contents: List[Dict[str, Any]], problems: List[ProductProblem],
    default_currency: str,
) -> Tuple[Optional[Number], str]:
    value = None
    for name in ("value", "revenue", "total"):
        if name in properties:
            value = _number(properties, name)
            if value is not None:
                break
    # Never a revenue computed from some of the products only: a left-out product stops the sum.
    problem = str(problems[0]) if problems else ""
    # (a price among any content's keys: one C scan, no generator)
    if value is None and not problems and "item_price" in chain.from_iterable(contents):
        # each content's price (0 without one) times its quantity, summed in order: in C, no generator
        total = sum(map(mul, map(dict.get, contents, repeat("item_price"), repeat(0)), map(_QUANTITY, contents)))
        if not isfinite(total):
            problem = "the products' total is not a finite number"
        else:
            # Binary noise such as 59.970000000000006 dropped at 15 significant digits, not at a fixed decimal: a
            # total of positive prices never rounds to 0 (`1e-21` stays `1e-21`, as a value given so goes out).
            value = float(f"{total:.15g}") if type(total) is float else total
            found = amount_refusal(value)  # the rule of a given value, for the same value computed
            if found:
                value, problem = None, f"the products' total {found}"
                if event_name != "Purchase":  # (a Purchase's is an Err below)
                    note("value", f"not computed: {problem}")
    currency = properties.get("currency", "").strip().upper()
    if currency and currency not in CURRENCY_CODES:
        got = "an unknown 3-letter code" if len(currency) == 3 and currency.isalpha() else describe(currency)
        raise EventError(f"property currency must be an ISO 4217 code, got {got}")
    if not currency and value is not None:
        currency = default_currency
    if event_name == "Purchase":  # Meta rejects the whole request otherwise (2804009, 2804010)
        if value is None and problem:
            raise EventError(f"a Purchase's value cannot be computed from its products: {problem}")
        if value is None:
            raise EventError("a Purchase needs a value (property value, revenue or total, or product prices)")
        if not currency:
            raise EventError("a Purchase needs a currency (property currency, or setting meta_default_currency)")
    return value, currency


def _catalog_field(properties: Mapping[str, str], name: str, allowed: AbstractSet[str]) -> str:
    raw = properties.get(name, "").strip()
    if raw and raw not in allowed:
        note(name, f"{name} not sent: must be one of {', '.join(sorted(allowed))}")
        return ""
    return raw


_ID, _QUANTITY = itemgetter("id"), itemgetter("quantity")


def track_custom_data(
    event_name: str, properties: Mapping[str, str], products: List[Product], default_currency: str,
    allowed: Optional[FrozenSet[str]] = None, passed_order_id: str = "",
) -> Dict[str, Any]:
    """The custom_data of a track event. `passed_order_id`: the order_id property as the gate already passed it
    (it is the event's event_id), else "": the same text is not judged twice."""
    if not products and event_name != "Purchase" and properties.keys().isdisjoint(_COMMERCE_KEYS):
        return custom_properties(properties, allowed=allowed)  # most custom events: nothing to derive
    items, single_product = products_of(properties, products)
    contents, problems = contents_of(items)
    data: Dict[str, Any] = {}
    value, currency = _value_and_currency(event_name, properties, contents, problems, default_currency)
    if value is not None:
        data["value"] = value
    if currency:
        data["currency"] = currency
    if contents:
        data["contents"] = contents
        data["content_ids"] = list(map(_ID, contents))  # (map in C: fifty products are no fifty bytecode loops)
        data["content_type"] = "product"  # a valid content_type property replaces it below
        data["num_items"] = sum(map(_QUANTITY, contents))
    for meta_key, names in _SINGLE_PRODUCT_TEXT_FIELDS if single_product else _TEXT_FIELDS:
        if properties.keys().isdisjoint(names):  # most events have few of these: tested in C
            continue
        if meta_key == "order_id" and passed_order_id:
            # (free_text of the same text, id_like: the same value, and no note; charged for its second place)
            text = passed_order_id if written_again(passed_order_id) else _over_allowance("order_id")
        elif (meta_key == "content_name" and single_product and contents and not properties.get("content_name")
              and contents[0].get("title") == properties.get("name", "").strip()):
            # A single product's `name` is its title already, passed by the gate: the same text, not judged twice
            # (but charged for the second place it is written).
            text = contents[0]["title"] if written_again(contents[0]["title"]) else _over_allowance("name")
        else:
            text = _text(properties, *names, id_like=meta_key == "order_id")
        if text:
            data[meta_key] = text
    if properties.get("predicted_ltv", "").strip():  # (most events have none: no call)
        _add_predicted_ltv(data, properties["predicted_ltv"].strip())
    status = _text(properties, "status") if "status" in properties else ""  # (most events have none: no call)
    if status:
        data["status"] = typed_value(status)
    for name, meta_values in (("content_type", CONTENT_TYPES), ("delivery_category", DELIVERY_CATEGORIES)):
        catalog_value = _catalog_field(properties, name, meta_values) if name in properties else ""
        if catalog_value:
            data[name] = catalog_value
    for key, custom_value in _remaining_properties(properties, single_product, allowed).items():
        data.setdefault(key, custom_value)  # a custom property never replaces a derived standard field
    return data


def _add_predicted_ltv(data: Dict[str, Any], text: str) -> None:
    predicted_ltv = parse_number(text)
    found = ("must be a finite number of 0 or more" if predicted_ltv is None or predicted_ltv < 0
             else amount_refusal(predicted_ltv))
    if found:
        note("predicted_ltv", f"{found}: left out")
    else:
        data["predicted_ltv"] = predicted_ltv


# What custom_properties leaves out whatever the values: the keys the commerce data consumed, and the standard keys.
_READ_WITH_A_PRODUCT = SINGLE_PRODUCT_KEYS | _STANDARD_KEYS
_READ_WITH_CATEGORY = _CATEGORY_ONLY | _STANDARD_KEYS


def _remaining_properties(properties: Mapping[str, str], single_product: bool,
                          allowed: Optional[FrozenSet[str]]) -> Dict[str, Any]:
    """custom_properties of a track event with commerce data (a single product's keys, or `category`, consumed);
    {} at once when every key is consumed or standard, as on most commerce events (one subset test in C)."""
    consumed, read = (SINGLE_PRODUCT_KEYS, _READ_WITH_A_PRODUCT) if single_product else (
        _CATEGORY_ONLY, _READ_WITH_CATEGORY)
    return {} if properties.keys() <= read else custom_properties(properties, consumed, allowed)
