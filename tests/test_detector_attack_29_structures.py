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


@pytest.mark.parametrize(("text", "found"), [
    # EDIFACT: separators a `UNA` declares; a released character is data
    ("UNA:*.? 'NAD*BY***Hoekstraqa:Wybe*Tsjerkestrjitte 12*Ljouwert**8911*NL'", NAME),
    ("UNH+1+ORDERS:D:96A:UN'NAD+BY+++O?'Kerjeanqa?+Fils:Yann+12 Straed Kerzu+Brest++29200+FR'", NAME),
    # X12: the element separator after the tag, one of `*`, `|`, `^`, `!`; tags and values in lower case
    ("N1|ST|Sigridqa Bakken|92|0042~N3|Storgata 12~N4|Oslo||0155|NO~", NAME),
    ("NM1^IL^1^Hettingaqa^Sjoerd^^^^MI^123456789~", NAME),
    ("n1*st*jessqa kieffer*92*0042~", NAME),
    ("N1*ST*Jess Kieffer*92*0042~", NAME),
    ("NAD+BY+++Kerjean:Yann'", NAME),
    # HL7: separators `MSH` declares; a name's field of PID, NK1, GT1, IN1
    ("MSH#^~\\&#LAB#HOSP#EHR#HOSP#20261201##ADT^A01#1#P#2.5\rPID#1##12345^^^MRN##Gaupqa^Máret^^^##19800101#F",
     NAME),
    ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5\rNK1|1|Gaupqa^Inga|MTH|", NAME),
    ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5\rGT1|1||Painemalqa^Ayelen||Calle 5^^Temuco", NAME),
    ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5\rIN1|1|PLAN01|INS01|ACME INSURANCE|||||||||||Gagloevqa^Batraz",
     NAME),
    # near misses: a party that is a company or a business's site (a word of a company's legal form or a site),
    # a separator the segment did not open with, a party that is no buyer's, an HL7 code's components
    ("N1*ST*ACME DISTRIBUTION CENTER*92*0042~", ""),
    ("N1*BY*BEST BUY CO*92*0042~", ""),
    ("N1*ST*HOME DEPOT DISTRIBUTION~", ""),
    ("N1*ST*AMAZON FULFILLMENT CENTER*92*PHX7~", ""),
    ("n1*st*acme distribution center*92*0042~", ""),
    ("NAD+BY+++ACME STORES:HEAD OFFICE'", ""),
    ("NAD+SU+++ACME:Yann'", ""),
    ("N1*SF*Acme Tea*92*0042~", ""),
    ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5", ""),
])
def test_edi_and_hl7_separators_declared_by_the_interchange(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a mail's recipients' headers: `Cc:` opening a line, `To:` in a block with another header only a mail has
    ("To: Sigridqa Bakken\nSubject: Your order 1001", NAME),
    ("Cc: Ingaqa Nyström, Ánte Guttorm", NAME),
    ("Subject: Your order 1001\nBcc: Ingaqa Nyström", NAME),
    # near misses: a trip's `From:` and `To:`, `To:` alone, a business's name, a gift's label
    ("From: Berlin\nTo: New York", ""),
    ("To: New York", ""),
    ("Subject: Your order\nTo: Example Shop Support", ""),
    ("Gift to: Mom", ""),
])
def test_a_mails_recipients_headers_name_people(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # airline names: given names of up to three words, Amadeus's `NM1`, no title after a passenger's number, a
    # boarding pass's name field, a passport line's names, lower case after `pax:`
    ("1.1KEALOHAQA/KAIULANI MAILE MRS", NAME),
    ("NM1HOEKSTRAQA/WYBE MR", NAME),
    ("1.1KEALOHAQA/KAIULANI", NAME),
    ("M1GUTTORMQA/ANTE       EABC123 TOSOSLSK 4321 335Y012A0025 100", NAME),
    ("SSR DOCS YY HK1/P/NO/Z1234567/NO/15JUL86/F/15JUL30/GUTTORMQA/ANTE", NAME),
    ("pax: boersmaqa/tina ms, seat 12A", NAME),
    # near misses: sizes, a pass's field too short, a count after `pax:`, a passport line without its names
    ("1.1 XL/XXL", ""),
    ("Sizes: S/M/L/XL", ""),
    ("M1SMALL/LARGE", ""),
    ("pax: 2/3", ""),
    ("SSR DOCS YY HK1/P/NO/Z1234567/NO/15JUL86/F/15JUL30", ""),
    ("AC/DC T-Shirt", ""),
])
def test_airline_names(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a distinguished name in JSON text, its comma escaped by `\` (doubled in JSON), in lower case
    ('{"order": {"meta": {"note": "CN=Nystøqa\\\\, Máret,OU=Users,DC=example,DC=no"}}}', NAME),
    ('{"order": {"meta": {"note": "cn=Kepsonqa Waim,ou=customers,o=Example PNG"}}}', NAME),
    # near misses: a filter's pairs, one pair alone
    ('{"filter": "size=XL,color=blue"}', ""),
    ('{"note": "cn=Rooibos"}', ""),
])
def test_a_distinguished_name_in_json_text(text: str, found: str) -> None:
    assert detector.reason(text) == found


# An LDIF value written in base64 after two colons (RFC 2849) is decoded before it is judged; what is no base64 is
# judged as nothing.
@pytest.mark.parametrize(("text", "found"), [
    ("dn: uid=8,dc=example\ndisplayName:: WXViYXFhIEFpdCBBbWV1cg==", "holds a person's name"),
    ('{"order": {"meta": {"note": "dn: uid=8,dc=example\\ndisplayName:: WXViYXFhIEFpdCBBbWV1cg=="}}}',
     "holds a person's name"),
    ("dn: uid=8\ncn:: !!!notbase64", ""), ("dn: uid=8\ncn:: w6k=", ""), ("displayname:: é", ""),
])
def test_an_ldif_value_in_base64(text: str, found: str) -> None:
    assert detector.reason(text) == found
