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


@pytest.mark.parametrize(("text", "found"), [
    # markup: CDATA is its element's text; RDFa's `typeof` and `property` are microdata's; a property's value in its
    # `content` attribute; a name's part alone (`<first>`) is read with `name` after it
    ("<customer><name><![CDATA[Zauremqa Aliyeva]]></name></customer>", NAME),
    ('<div itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Batrazqa Gagloev"></div>',
     NAME),
    ('<div vocab="https://schema.org/" typeof="Person"><span property="name">Ánteqa Guttorm</span></div>', NAME),
    ("<billing><first>Sigridqa</first><last>Bakken</last><zip>0155</zip></billing>", NAME),
    # near misses: a product's name in CDATA, in a `content` attribute, Open Graph's properties
    ("<product><name><![CDATA[Rooibos Tea]]></name></product>", ""),
    ('<div itemscope itemtype="https://schema.org/Product"><meta itemprop="name" content="Rooibos Tea">'
     '<meta itemprop="brand" content="Acme Tea"></div>', ""),
    ('<meta property="og:title" content="Rooibos Tea 100g"><meta property="og:site_name" content="Acme Tea">', ""),
    ('<div typeof="Product"><span property="name">Rooibos Tea</span></div>', ""),
    # S-expressions: a list of a key and its string inside a list with a head; an EDN map's namespaced keywords
    ('(customer (name "Tinaqa Boersma") (city "Ljouwert"))', NAME),
    ('(person (first "Ixchelqa") (last "Canul"))', NAME),
    ('{:customer/first-name "Aamaduqa" :customer/last-name "Jallow"}', NAME),
    # near misses: a product's name, a bare `name` keyword (a thing's as often)
    ('(product (name "Rooibos Tea") (price "4.99"))', ""),
    ('{:product/name "Rooibos Tea" :product/sku "RT-100"}', ""),
    ('{:name "Rooibos Tea"}', ""),
])
def test_markup_and_s_expressions_name_their_fields(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # SQL: MySQL's REPLACE as an INSERT; PostgreSQL's COPY and its first row, cut by tabs
    ("REPLACE INTO customers (id, surname) VALUES (9, 'Painemalqa')", NAME),
    ("COPY customers (id, first_name, last_name) FROM stdin;\n7\tAyseqa\tHuseynova\n\\.", NAME),
    # near misses: a product's rows
    ("REPLACE INTO products (id, name) VALUES (9, 'Rooibos Tea')", ""),
    ("COPY products (id, name, price) FROM stdin;\n7\tRooibos Tea\t4.99\n\\.", ""),
])
def test_sql_rows_under_their_columns(text: str, found: str) -> None:
    assert detector.reason(text) == found
