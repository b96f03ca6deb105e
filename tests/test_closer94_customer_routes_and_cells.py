"""Closer 94 (issue 16): a shop's customer's, buyer's or client's own page in a URL's path (person_routes.py: a name's
shape after a customer's word, not a customer area's section), and a phone as one tab-separated cell of an id (each
cell judged as its own value); each both ways, with spellings beyond the issue's own."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.person_routes import PERSON_ROUTE

SHOP = "https://shop.example.com"
CUSTOMER_ROUTES = [
    "/buyer/quendrix-tarvenholm", "/customer/quendrix", "/customers/quendrix-tarvenholm/orders",
    "/customer/jo-ann-smith/", "/customer/Maribel_Ortega", "/buyer/tamsin.rey", "/client/solenne-b",
    "/clients/anna-berg/invoices", "/shoppers/itzel-ramos/wishlist", "/kunde/j%C3%B6rdis-m%C3%BCller",
    "/kunden/joerdis-mueller/bestellungen", "/cliente/maria-gonzalez", "/clientes/maria-gonzalez/pedidos",
    "/klant/anouk-visser", "/acheteur/solenne", "/acquirente/giulia-rossi", "/customer/jan-van-der-berg",
    "/#!/customer/jo-ann", "/#/buyers/tamsin-rey/profile", "/%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82/anna",
    "/клиент/анна-петрова", "/πελάτης/μαρία-παππά", "/customer/Jo%20Ann%20Smith", "/customer/clement",
    "/customer/felicity-jones", "/cliente/concepcion-garcia", "/kunde/jung", "/buyer/lars",
]
# A platform's own pages under a customer's word: Magento's, OroCommerce's, Shopware's, Devise's and Rails' resources,
# WooCommerce's, a SaaS site's customer stories, a web app's client bundle, each language's customer area.
CUSTOMER_SECTIONS = [
    "/customer/account/login/", "/customer/account/", "/customer/account/create/", "/customer/address/edit/",
    "/customer/address/new/", "/customer/section/load/?sections=cart", "/customer/ajax/login",
    "/customer/account/loginPost/", "/review/customer/", "/downloadable/customer/products/",
    "/customer/user/login", "/customer/shoppinglist/", "/customer/rfp/", "/customer/profile", "/account/profile",
    "/customers/sign_in", "/customers/sign_up", "/customers/password/new", "/customers/confirmation/new",
    "/customers/auth/google_oauth2/callback", "/customers/new", "/customers/123/edit", "/customers/edit",
    "/customer-service/", "/customer/reviews", "/customer/loyalty-program", "/customer/dashboard",
    "/customer/wishlist", "/customers/shopify", "/customers/stories/acme", "/customers/case-studies",
    "/buyer/protection", "/buyers/guide", "/client/dist/app.js", "/client/static/main.css", "/clients/portal/login",
    "/users/123", "/user/settings", "/customers/cus_NffrFeUfNV2Hib/payments", "/kunde/konto", "/kunden/anmelden",
    "/client/mon-compte", "/client/commandes", "/cliente/mi-cuenta", "/cliente/minha-conta", "/klant/mijn-account",
    "/klant/inloggen", "/клиент/заказы", "/πελάτης/σύνδεση", "/customer/avatar.png", "/customer/12345",
    "/customer/", "/customers", "/customer/transactions", "/customer/claims", "/customer/two-factor",
    "/kunde/zahlungsarten", "/kunde/lieferadressen", "/cliente/suscripciones", "/cliente/configuracoes",
    "/client/parrainage", "/buyer/payouts", "/customer/refer-a-friend", "/client/projects",
]


@pytest.mark.parametrize("path", CUSTOMER_ROUTES)
def test_customer_route_is_personal(path: str) -> None:
    assert privacy.clean_url(SHOP + path) == SHOP + "/"
    assert detector.reason(f"see {SHOP}{path} now") == PERSON_ROUTE


@pytest.mark.parametrize("path", CUSTOMER_SECTIONS)
def test_customer_sections_go_out(path: str) -> None:
    assert privacy.clean_url(SHOP + path) == SHOP + path
    assert detector.reason(f"see {SHOP}{path} now") == ""


# An id's tab-separated cells, each judged as an id of its own: a phone, a mail, an IP address as one cell.
PERSONAL_CELLS = [
    ("0151/48172609\t42", detector.PHONE), ("42\t0151/48172609", detector.PHONE),
    ("0151/48172609\t42\t", detector.PHONE), ("015148172609\t42", detector.PHONE),
    ("0151-48172609\t42", detector.PHONE), ("SKU-1\t0151/48172609\t2", detector.PHONE),
    ("ORD-1\t030/12345678", detector.PHONE), ("ORD-1\t+44 7700 900481\t3", detector.PHONE),
    ("SKU-1\tjo@example.com\t2", detector.EMAIL), ("10.0.0.1\t42", detector.IP_ADDRESS),
    ("SKU-1\t81.2.69.160\t2", detector.IP_ADDRESS),
]
# Order lines copied from a spreadsheet: codes, quantities, prices, dates each in a cell.
ORDINARY_CELLS = [
    "SKU-1\t4006381333931\t2", "A1\t4006381333931\t2\t19.99", "4006381333931\t5901234123457\t036000291452",
    "ORD-2026-0042\t3\t19.99", "2026-12-03\t10:30\tORD-48213", "1\t2\t3\t4", "SKU-7700-BLK-42\t1\t129.00",
    "9780747532699\t1", "B0CHX3QBCH\t2\t24.99", "ART-4711-BLK\t036000291452\t12",
]


@pytest.mark.parametrize(("value", "expected"), PERSONAL_CELLS)
def test_personal_cell_of_an_id(value: str, expected: str) -> None:
    assert detector.reason(value, id_like=True) == expected
    assert privacy.free_text(value, "event_id", id_like=True) == ""


@pytest.mark.parametrize("value", ORDINARY_CELLS)
def test_order_line_cells_go_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""
    assert privacy.free_text(value, "event_id", id_like=True) == value
