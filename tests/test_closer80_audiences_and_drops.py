"""Closer 80 (issue 16): one rule for a gender's and an age's value under a key and after a label (audiences.py), one
state table for a login's, a password's, a secret's and a device id's value, and the drops closers noted (an
activity's name after a byline, a quoted word after `To:`, a campaign's row, a dated order number after an order's
label or key, a verb before `-at-` in a host)."""

from __future__ import annotations

import datetime
from typing import List, Tuple
from urllib.parse import quote

import pytest

from meta_capi import audiences, detector, labelled_values, privacy
from meta_capi.privacy import PERSONAL_KEY, custom_refusal

# A gender's or an age's key or label, and a value: a product's audience, under either spelling.
AUDIENCES: List[Tuple[str, str]] = [
    ("gender", "unisex"), ("gender", "women"), ("gender", "Women"), ("gender", "WOMAN"), ("gender", "Men & Women"),
    ("gender", "Men's"), ("gender", "kids"), ("gender", "Boys/Girls"), ("product_gender", "unisex"),
    ("item_gender", "Damen"), ("target_gender", "women"), ("geschlecht", "Herren"), ("sexe", "Femme"),
    ("sexo", "Mujer"), ("sex", "unisex"), ("age", "3+"), ("age", "14 years and up"), ("age", "6-12 years"),
    ("age", "18 months"), ("age", "adult"), ("age", "Adults"), ("age", "All ages"), ("age", "18+"),
    ("age", "21 and over"), ("age", "Ages 8 & up"), ("age", "3T"), ("age", "12"), ("alter", "ab 3 Jahren"),
    ("edad", "14 años y más"), ("âge", "à partir de 3 ans"), ("age", "newborn"), ("age", "toddler"),
    ("age", "n/a"), ("gender", "unknown"),
]
# ... and a person's gender or age: refused under either spelling.
PERSONS: List[Tuple[str, str]] = [
    ("gender", "female"), ("gender", "male"), ("gender", "f"), ("gender", "m"), ("gender", "non-binary"),
    ("sex", "weiblich"), ("sexo", "feminino"), ("product_gender", "female"), ("age", "38"), ("age", "38 years"),
    ("age", "38 years old"), ("age", "13"), ("alter", "38 Jahre"), ("age", "Jo Smith"), ("age", "1986"),
]
# Keys and labels naming the person: refused whatever the value, a product's audience too.
NAMING_THE_PERSON = [("customer_gender", "unisex"), ("user_age", "3+"), ("your_gender", "women"),
                     ("baby_gender", "unisex"), ("kid_age", "3+"), ("my_age", "adult"), ("visitor_gender", "kids")]


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


@pytest.mark.parametrize(("key", "value"), AUDIENCES)
def test_a_products_audience_goes_out_under_a_key_and_after_a_label(key: str, value: str) -> None:
    assert custom_refusal(key, value) == ""
    assert detector.reason(f"{_label(key)}: {value}") == ""
    url = f"https://shop.example.com/c?{quote(key)}={quote(value)}"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize(("key", "value"), PERSONS)
def test_a_persons_gender_or_age_is_refused_under_a_key_and_after_a_label(key: str, value: str) -> None:
    assert custom_refusal(key, value) == PERSONAL_KEY
    kind = audiences.kind_of_key(key)
    expected = labelled_values.GENDER if kind == audiences.GENDER else labelled_values.AGE
    assert detector.reason(f"{_label(key)}: {value}") in (expected, "holds a person's name")


@pytest.mark.parametrize(("key", "value"), NAMING_THE_PERSON)
def test_a_key_or_a_label_naming_the_person_keeps_every_value_personal(key: str, value: str) -> None:
    assert custom_refusal(key, value) == PERSONAL_KEY
    assert detector.reason(f"{_label(key)}: {value}") in (labelled_values.GENDER, labelled_values.AGE)


@pytest.mark.parametrize("key", ["dob", "birth_year", "gender_identity", "customer_age", "edad_cliente"])
def test_keys_naming_a_persons_datum_by_their_own_words_are_no_audiences(key: str) -> None:
    assert audiences.kind_of_key(key) == ""
    assert custom_refusal(key, "adult") == PERSONAL_KEY


@pytest.mark.parametrize(("key", "value"), [*AUDIENCES, *PERSONS])
def test_the_key_and_the_label_agree(key: str, value: str) -> None:
    assert bool(custom_refusal(key, value)) == bool(detector.reason(f"{_label(key)}: {value}"))


# The other kinds closer 78 added: a field's state goes out under the key as after the label; a sign-in name is
# refused under both.
STATES = [("username", "guest"), ("password", "required"), ("passwort", "erforderlich"), ("api_key", "none"),
          ("imei", "unknown"), ("login", "Google"), ("user", "anonymous"), ("login", "SSO")]
SIGN_IN_NAMES = [("login", "jsmith"), ("user", "jo88"), ("username", "ilvethra.z"), ("benutzername", "tovra_b"),
                 ("login", "Tovra")]


@pytest.mark.parametrize(("key", "value"), STATES)
def test_a_fields_state_goes_out_under_its_key_and_after_its_label(key: str, value: str) -> None:
    assert custom_refusal(key, value) == ""
    assert detector.reason(f"{_label(key)}: {value}") == ""


@pytest.mark.parametrize(("key", "value"), SIGN_IN_NAMES)
def test_a_sign_in_name_is_refused_under_its_key_and_after_its_label(key: str, value: str) -> None:
    assert custom_refusal(key, value) == PERSONAL_KEY
    assert detector.reason(f"{_label(key)}: {value}") == labelled_values.SIGN_IN_NAME


def test_a_persons_name_under_a_user_key_is_still_refused() -> None:
    assert custom_refusal("user", "Harriet Ashdown") == PERSONAL_KEY


# Part 2: the drops closers noted, each with its ordinary neighbours and the personal ones kept refused.
ORDINARY = [
    "Reviewed by Good Housekeeping: 5 stars", "Reviewed by Acme Publishing: 4 stars",
    "Review by Northwind Consulting: 5/5", "Rated by Smart Engineering: 4 stars",
    'From: Berlin\nTo: New York',
    "Summer Sale,London,SW1A 1AA", "Black Friday;Leeds;LS1 4AP", "Grand Opening\tParis\t75011",
    "Winter Clearance,Manchester,M1 1AE", "Soldes Hiver;Lyon;69002",
    "https://eat-at-home-net.example.com/menu", "https://dine-at-home-org.example.com/",
    "https://meet-at-noon-net.example.com/", "https://cook-at-home-net.example.org/recipes",
]
PERSONAL = [
    ("Reviewed by Anna Schmidt: 5 stars", "holds a person's name"),
    ("Review by Ilvethra Zandrowel: 5 stars, great fit", "holds a person's name"),
    ("Reviewed by Tom Fleming: 5 stars", "holds a person's name"),
    ("Reviewed by Jo Pickering: 4 stars", "holds a person's name"),
    ('To: "Schmidt, Anna"', "holds a person's name"),
    # (a display name alone in quotes is read: a quoted place, `To: "New York"`, is left out with it, the drop we keep)
    ('To: "Anna Schmidt"', "holds a person's name"),
    ('To: "New York"', "holds a person's name"),
    ('To: "Anna Schmidt", "Jo Oak"', "holds a person's name"),
    ('Subject: Your order\nTo: "Anna Schmidt"', "holds a person's name"),
    ('To: "Brennaquist', "holds a person's name"),
    ("Tovra Brennaquist,London,SW1A 1AA", "holds a postal address"),
    ("Tovra;Brennaquist;Leeds;LS1 4AP", "holds a postal address"),
    ("Personnummer: 870917-2731", "holds a national id number"),
    ("Tel. 251231-1234", "holds a phone number"),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_the_ordinary_values_closers_noted_go_out(text: str) -> None:
    assert detector.reason(text) == ""
    if text.startswith("https://"):
        assert privacy.clean_url(text) == text


@pytest.mark.parametrize(("text", "why"), PERSONAL)
def test_their_personal_neighbours_stay_refused(text: str, why: str) -> None:
    assert detector.reason(text) == why


@pytest.mark.parametrize("url", ["https://jo-smith-at-example-org.shop.net/", "https://jo-at-example-net.preview.shop.net/"])
def test_a_mail_spelled_into_a_host_is_still_read(url: str) -> None:
    assert privacy.clean_url(url) is None


def _order_numbers() -> List[str]:
    """Every day of a year, a few serials: order numbers stamped `YYMMDD-NNNN`."""
    start = datetime.date(2025, 1, 1)
    return [(start + datetime.timedelta(days=day)).strftime("%y%m%d") + "-" + serial
            for day in range(365) for serial in ("0001", "0042", "0137", "2718", "4711", "9999")]


ORDER_LAYOUTS = ["Order {}", "Order #{}", "Order No. {}", "Bestellung {}", "Bestellnummer {}", "Votre commande {}",
                 "Numéro de commande {}", "Pedido {}", "Ordine {}"]


@pytest.mark.parametrize("layout", ORDER_LAYOUTS)
def test_a_dated_order_number_after_an_orders_label_goes_out(layout: str) -> None:
    refused = [number for number in _order_numbers() if detector.reason(layout.format(number))]
    assert refused == []


@pytest.mark.parametrize("key", ["order_id", "order", "order_number", "orderNo", "bestellung", "commande"])
def test_a_dated_order_number_under_an_orders_key_goes_out(key: str) -> None:
    refused = [number for number in _order_numbers() if custom_refusal(key, number)]
    assert refused == []


def test_a_dated_order_number_in_an_orders_query_goes_out() -> None:
    numbers = _order_numbers()[::7]
    urls = [f"https://shop.example.com/track?order={number}" for number in numbers]
    assert [url for url in urls if privacy.clean_url(url) != url] == []


@pytest.mark.parametrize("text", ["Personnummer 870917-2731", "personnummer: 870917-2731", "ID 870917-2731",
                                  "Order note: 870917-2731", "Order comment 870917-2731"])
def test_a_personnummer_after_a_persons_label_stays_refused(text: str) -> None:
    assert detector.reason(text) == "holds a national id number"


def test_a_personnummer_under_an_orders_key_is_the_orders_but_under_its_own_key_refused() -> None:
    assert custom_refusal("order_id", "870917-2731") == ""
    assert custom_refusal("personnummer", "870917-2731") == PERSONAL_KEY
    assert custom_refusal("note", "870917-2731") != ""
    assert custom_refusal("order_note", "870917-2731") != ""  # (a text about the order, not its number)
    assert custom_refusal("booking_note", "870917-2731") != ""


def test_a_dated_order_number_alone_is_no_phone_number() -> None:
    reasons = {detector.reason(number) for number in _order_numbers()}
    assert reasons == {"", "holds a national id number"}  # (a personnummer's Luhn, one in ten: the accepted drop)


@pytest.mark.parametrize(("text", "why"), [
    ("050317-0042", "holds a phone number"),  # (a trunk's 0 opens it: dialled as written)
    ("0701-234567", "holds a phone number"), ("650-555-0173", "holds a phone number"),
    ("123456-7890", "holds a phone number"),  # (no date)
    ("Tel: 251231-1234", "holds a phone number"),
    ("Handy 251231-1234", "holds a phone number"),
])
def test_a_phone_number_beside_them_is_still_read(text: str, why: str) -> None:
    assert detector.reason(text) == why
