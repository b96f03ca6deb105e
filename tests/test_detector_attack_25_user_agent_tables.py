"""The twenty-fifth attack's user agents and tables: a user agent's comment read as other free text is (a relation
between names, `S/o`, is no product; a title opening a comment opens its field; a comment spanning lines is no
platform's), a table's column headed by a person's role (`Customer`), and a product table under a bare `name`
header (detector.user_agent_reason, detector._tabled_reason)."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from test_user_agent import REAL_USER_AGENTS

APP = "Mozilla/5.0 (Linux; Android 14) ShopApp/2.1 "
NAME = "holds a person's name"
TABLE = detector.TABLE_CELL


@pytest.mark.parametrize(("comment", "found"), [
    # a relation between full names: `S/o`, `W/o`, `H/o`, a letter, a slash and a letter, is no product
    ("(Ravi Teja Kondapalliqa S/o Venkata Rao Kondapalliqa)", NAME),
    ("(Ravi Teja Kondapalliqa S\uff0fo Venkata Rao Kondapalliqa)", NAME),  # (a full-width slash)
    ("(Meena Iyengarqa W/o Ramesh Iyengarqa)", NAME),
    ("(Ramesh Iyengarqa H/o Meena Iyengarqa)", NAME),
    ("(C/o Lakshmi Narayanaswamyqa, Near Bus Stand)", NAME),
    ("(Ravi Teja Gowda S/o Venkata Rao Gowda)", NAME),  # (short words: a user agent of products and words alone)
    ("(Linux; Ravi Gowda D/o Anil Gowda; wv)", NAME),
    # a title opening a comment opens its field: read as a whole text, in a user agent of short words alone too
    ("(Shri Ramesh Chandra Guptaqa ka order)", NAME),
    ("(Shri Ramesh Gupta ka order)", NAME),
    ("(Smt. Kamala Devi Agarwal ka parcel)", NAME),
    ("(Linux; Mrs Aoife Kavanagh wrote)", NAME),
    # a comment spanning lines, judged as free text: a table pasted in it
    ("(name,city,qty\nAnil Gowdaruqa,Mysuru,2)", TABLE),
    ("(NAME;CITY;QTY\nANIL GOWDARUQA;MYSURU;2)", TABLE),
    ("(full_name\tcity\nAnil Gowdaruqa\tMysuru)", TABLE),
    ("(| Customer | Qty |\n|---|---|\n| Anil Gowdaruqa | 2 |)", TABLE),
    ("(Linux; Android 14)\nname;email\nAnil;x", TABLE),  # (outside parentheses too)
])
def test_a_user_agent_s_comment_is_read_as_free_text_is(comment, found):
    assert detector.user_agent_reason(APP + comment) == found
    assert privacy.user_agent_refusal(APP + comment) == found


@pytest.mark.parametrize("comment", [
    # `w/o` and `W/O` are "without" too; a care-of a place; a relation with no full name on one side
    "(Tee w/o Logo)", "(Samsung Tablet W/o Keyboard Cover)", "(Burger w/o Onions; Pizza W/O Cheese)",
    "(C/o Front Desk)", "(C/o Amazon Locker pickup)", "(Build S/o)", "(r/o)", "(I/O Edition)", "(A/B test)",
    # a devotional product, a shop's collection after a title's letters: no name in running text
    "(Shri Ram Pooja Thali)", "(Shri Balaji Agarbatti 100 sticks)", "(Smt. Rose Candle)", "(Janab Attar Collection)",
    "(Sri Sri Tattva Shampoo)", "(Shrimati Saree Collection)", "(Mr Coffee Maker)", "(Shri)",
    "MxPlayer/1.5 (Mx Player)", "(a/1; X/2.0)",
    # one line, a table's words: no line break, no table
    "(name,price,qty)", "(name,city,qty)",
    # a product table spanning lines
    "(name,price,qty\nClassic Tee,19.99,2)", "(| Product | Price |\n|---|---|\n| Classic Tee | 19.99 |)",
])
def test_a_user_agent_s_comment_of_ordinary_words_goes_out(comment):
    assert privacy.user_agent_refusal(APP + comment) == ""


@pytest.mark.parametrize("name", sorted(REAL_USER_AGENTS))
def test_no_real_user_agent_holds_a_title_s_letters_or_a_line_break(name):
    # (so none pays for the field reading the titles' letters or an introduction's first word open, nor for the
    # reading of lines)
    user_agent = REAL_USER_AGENTS[name]
    assert detector._UA_INTRODUCED_CUE.search(user_agent) is None
    assert "\n" not in user_agent


@pytest.mark.parametrize(("text", "found"), [
    # a header naming a person by their role or an act: the cell read as the words after that label in text
    ("| Customer | Qty |\n|---|---|\n| Anil Gowdaruqa | 2 |", TABLE),
    ('[{"id": "S-1", "title": "| Customer | Qty |\\n|---|---|\\n| Anil Gowdaruqa | 2 |"}]', TABLE),
    ("Customer,Product\nAnil Gowdaru,Classic Tee", TABLE),
    ("| Ordered by | Qty |\n|---|---|\n| Anil Gowdaruqa | 2 |", TABLE),
    ("Buyer\tTotal\nAnil Gowdaru\t250", TABLE),
    # a bare name beside no product's column, or beside another personal column: a person's table
    ("name,city,qty\nAnil Gowdaruqa,Mysuru,2", TABLE),
    ("name,qty\nAnil Gowdaru,2", TABLE),
    ("name,product\nAnil Gowdaru,Classic Tee", TABLE),
    ("name,email,price\nAnil Gowdaru,anil,250", TABLE),
    ("name,phone,size\nAnil Gowdaru,x,M", TABLE),
    ("customer_name,price\nAnil Gowdaru,250", TABLE),
    ("full_name\tsku\nAnil Gowdaru\tS-1", TABLE),
    ("NAME;CITY;QTY\nANIL GOWDARUQA;MYSURU;2", TABLE),
])
def test_a_table_s_person_is_found_under_a_role_or_beside_no_product_s_column(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    # a bare name beside a column only a product has: the product's name
    "name,price,qty\nClassic Tee,19.99,2", "name\tprice\nLinen Shirt\t29.00", "NAME,PRICE,QTY\nCLASSIC TEE,19.99,2",
    "Name;Preis\nLeinenhemd;29,00", "nombre,precio,talla\nCamisa de Lino,29.00,M", "name,sku\nClassic Tee,S-1",
    "| Name | Size | Colour |\n|---|---|---|\n| Classic Tee | M | Navy Blue |", "name,brand\nAir Max 90,Nike",
    "Name,Unit Price\nLinen Shirt,29.00",
    # a role's column holding a kind, not a full name
    "| Customer | Qty |\n|---|---|\n| Returning | 2 |", "| Customer | Qty |\n|---|---|\n| New Customer | 2 |",
    "Customer,Product\nreturning,Classic Tee",
    # the attack's ordinary tables
    "sku,qty,price\nS-1,2,12.99", "| Product | Price |\n|---|---|\n| Classic Tee | 19.99 |",
    "title;price\nSummer Dress;49,90",
])
def test_a_product_table_and_a_role_s_kind_go_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["name,weight\nAnil Gowdaru,72 kg", "name,height,weight\nAnil Gowdaru,172,72"])
def test_a_weight_beside_a_name_is_a_person_s_table(text):
    assert detector.reason(text) == TABLE
