"""Closer 97 (attack 53's dropped search queries, issue 16): in a query's value a `+` between a word and digits is a
form's blank (`application/x-www-form-urlencoded` writes every blank as `+`), no dialled number's `+`, which opens the
value or follows a blank, `=` or a sign (`?phone=+44…`, `?q=call+%2B44…`); and a fragment of `key=value` pairs (a
search widget's `#q=…&page=1`) is read by its keys as a query is, not as one free text. Both ways: codes, dates and
sizes after a word go out; phones after `+` words, dialled or after their label, and personal keys in such a
fragment stay refused. The values are made up for each rule, not the attack's."""

from __future__ import annotations

import pytest

from url_reasons import FIELD, FRAGMENT_REMOVED, QUERY_REMOVED, cleaned

SHOP = "https://shop.example.net"


@pytest.mark.parametrize("query", [
    "q=ean+5901234123457", "k=upc+036000291452", "q=isbn+0-306-40615-2", "search=isbn+9780306406157",
    "q=gtin+00012345600012", "s=rechnung+2026-0117", "q=bestellung+vom+2026-11-30", "q=commande+2026-0315",
    "q=lieferung+12.12.2026", "q=sku+10042-blk-m", "q=tracking+1Z999AA10123456784", "q=w32+l34", "q=jeans+w32+l34",
    "q=size+42", "q=iphone+15+pro", "q=galaxy+s24+ultra+512gb", "q=r%C3%A9f%C3%A9rence+4006381333931",
    "q=artikel+4006381333931&page=2", "q=caf%C3%A9+4006381333931",
    "q=%E6%96%87%E5%85%B7+4006381333931", "q=ean+4006381333931&lang=fran%C3%A7ais",
    "k=ean+5901234123457&ref=nb_sb_noss", "q=Windows+NT+10.0.19045.4291",
])
def test_a_forms_blank_between_a_word_and_digits_goes_out(query: str) -> None:
    url = f"{SHOP}/search?{query}"
    assert cleaned(url) == (url, [])


@pytest.mark.parametrize("query", [
    "phone=+447700900461", "q=+447700900461", "q=%2B447700900461", "q=%2B44+7700+900461", "q=+33+6+12+34+56+78",
    "q=call+me+%2B447700900461", "q=whatsapp+%2B4917612345678", "q=tel+017612345678", "q=ruf+mich+an+017612345678",
    "q=mobile+06+12+34+56+78", "q=order+%2B447700900461", "q=call+me+(%2B44)+7700+900461",
    "q=%E2%82%AC+%2B447700900461", "q=t%C3%A9l%C3%A9phone+0612345678",
])
def test_a_dialled_or_labelled_phone_after_form_blanks_is_removed(query: str) -> None:
    assert cleaned(f"{SHOP}/search?{query}&page=2") == (f"{SHOP}/search?page=2", [(FIELD, QUERY_REMOVED)])


@pytest.mark.parametrize("fragment", [
    "q=5901234123457&page=1", "q=9780306406157&sort=price", "query=4006381333931", "q=ean+4006381333931&page=1",
    "search=size+42&page=3", "q=036000291452&view=grid", "q=bestellung+2026-11-30&page=1", "tab=reviews&page=2",
])
def test_a_fragment_of_key_value_pairs_with_a_code_goes_out(fragment: str) -> None:
    url = f"{SHOP}/suche#{fragment}"
    assert cleaned(url) == (url, [])


@pytest.mark.parametrize("fragment", [
    "q=%2B447700900461&page=1", "q=017612345678&page=1", "q=tel+017612345678&page=1", "q=jo.smith%40example.net",
    "email=jo@example.net&x=1", "first_name=Oriane&page=1", "q=DE89370400440532013000&page=1",
    "q=call+me+%2B447700900461", "u=jo.smith&d=@example.net", "cc=44&n=7700900461",
    "r=/kunden/48120937/orders", "route=/form/naam/Ayesha%20Siddiqueeqa",  # (a route's value: read as a path)
])
def test_a_fragment_of_key_value_pairs_with_personal_data_is_removed(fragment: str) -> None:
    assert cleaned(f"{SHOP}/suche#{fragment}") == (f"{SHOP}/suche", [(FIELD, FRAGMENT_REMOVED)])


@pytest.mark.parametrize("fragment", [
    "Call me on 07700 900461", "inbox/maza naav Sachin Deshmukhe", "jo.smith@example.net",
])
def test_a_fragment_of_another_shape_is_read_as_before(fragment: str) -> None:
    assert cleaned(f"{SHOP}/suche#{fragment}") == (f"{SHOP}/suche", [(FIELD, FRAGMENT_REMOVED)])
