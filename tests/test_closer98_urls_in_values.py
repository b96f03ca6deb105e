"""Closer 98 (issue 16): a URL or a path that is a query parameter's or a fragment parameter's value (a login's, a
checkout's or a single-page app's redirect: `?next=/…`, `?return_to=https%3A%2F%2F…`, `#route=/…`), decoded once or
twice, is judged as the URL it is: cleaned as a page's URL is (its path's segments, person routes, a personal key's
segment and its value, its own query and fragment, a URL within it in turn), and the parameter is removed when
something of it would be. Both ways: real platforms' redirects go out; the same shapes holding a person go. The
values are made up for the rule, not the attack's."""

from __future__ import annotations

import pytest

from url_reasons import FIELD, FRAGMENT_REMOVED, QUERY_REMOVED, cleaned

SHOP = "https://shop.example.com"


# Logins', checkouts', payments' and single-page apps' redirects as real platforms write them.
ORDINARY = [
    f"{SHOP}/account/login?checkout_url=%2Fcheckouts%2Fc%2F2a7e0f0c8b9d4e1a",
    f"{SHOP}/account/login?return_url=/account",
    f"{SHOP}/challenge?return_to=/account/login",
    f"{SHOP}/cart?return_to=/collections/all",
    f"{SHOP}/wp-login.php?redirect_to=https%3A%2F%2Fshop.example.com%2Fwp-admin%2F&reauth=1",
    f"{SHOP}/wp-login.php?redirect_to=https%253A%252F%252Fshop.example.com%252Fmy-account%252Forders%252F",
    f"{SHOP}/my-account/?redirect_to=%2Fcheckout%2F",
    f"{SHOP}/accounts/login/?next=/admin/",
    f"{SHOP}/accounts/login/?next=/orders/2026/11/",
    f"{SHOP}/users/sign_in?redirect_to=/users/edit",
    f"{SHOP}/api/auth/signin?callbackUrl=https%3A%2F%2Fshop.example.com%2Fdashboard",
    f"{SHOP}/login?callbackUrl=%2Fdashboard%2Fsettings",
    "https://login.example-auth.net/authorize?response_type=code&redirect_uri=https%3A%2F%2Fshop.example.com"
    "%2Fcallback&scope=openid%20profile",
    "https://sso.example.com/realms/shop/protocol/openid-connect/auth?redirect_uri=https%3A%2F%2Fshop.example.com%2F"
    "&response_mode=fragment",
    f"{SHOP}/on/demandware.store/Sites-US-Site/en_US/Login-Show?original=%2Fs%2FSites-US-Site%2Fcart",
    f"{SHOP}/login.php?from=account.php%3Faction%3Dorder_status",
    "https://checkout.example-pay.com/pay?success_url=https%3A%2F%2Fshop.example.com%2Forder%2Fsuccess%3Fsession_id"
    "%3Dcs_test_a1B2c3&cancel_url=https%3A%2F%2Fshop.example.com%2Fcart",
    "https://www.example-pay.com/cgi-bin/webscr?return=https%3A%2F%2Fshop.example.com%2Fcheckout%2Fcomplete"
    "&cancel_return=https%3A%2F%2Fshop.example.com%2Fcart",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2Fproducts%2Fblue-sneakers&h=AT0abcDEF",
    "https://www.google.com/url?q=https://shop.example.com/sale/&sa=D&source=editors",
    f"{SHOP}/#/login?returnUrl=%2Fproducts%2F42",
    f"{SHOP}/#/checkout?redirect=/cart",
    "https://www.amazon.de/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.de%2Fgp%2Fyourstore%2Fhome"
    "%3Fref_%3Dnav_signin",
    "https://signin.ebay.com/signin/?ru=https%3A%2F%2Fwww.ebay.com%2Fitm%2F394857261034",
    "https://www.zalando.de/login?target=/myaccount/orders/",
    "https://www.asos.com/identity/login?returnUrl=%2Fmen%2Fshoes%2Fcat%2F%3Fcid%3D4209",
    "https://www.etsy.com/signin?from_page=https%3A%2F%2Fwww.etsy.com%2Flisting%2F1234567890%2Fhandmade-mug",
    "https://www.ikea.com/profile/login/?redirect=%2Fus%2Fen%2Ffavourites%2F",
    "https://accounts.example.com/login?continue=https%3A%2F%2Fopen.spotify.com%2Fplaylist%2F37i9dQZF1DXcBWIGoYBM5M",
    "https://login.live.com/login.srf?ru=https%3A%2F%2Foutlook.live.com%2Fmail%2F0%2F%3Fnlp%3D1",
    f"{SHOP}/cdn-cgi/access/login/shop.example.com?redirect_url=%2Fadmin%2F",
    f"{SHOP}/login/default?fromURI=%2Fapp%2FUserHome",
    f"{SHOP}/account/login?returnUrl=https%3A%2F%2Fwww.shop.example.com%2Fmembers-area%2Fmy-orders",
    f"{SHOP}/login?dest=/store/en/USD/cart",
    "https://www.example.com/shop/signIn?path=/shop/bag",
    f"{SHOP}/app?next=/account/orders",
    f"{SHOP}/app?return_to=/products/blue-sneakers?size=42",
    f"{SHOP}/app?redirect=%2Fcheckout%2Fshipping",
    f"{SHOP}/app?continue=/c/shoes/men/",
    f"{SHOP}/app?url=https%3A%2F%2Fshop.example.com%2Fsale%2F2026",
    f"{SHOP}/app?u=/p/blue-sneakers-42",
    f"{SHOP}/app?route=/checkout/payment",
    f"{SHOP}/app?next=/login?next=/cart",
    f"{SHOP}/app?return=/orders/2026/12/03",
    f"{SHOP}/app?next=/products/SKU-10042-BLK-M",
    f"{SHOP}/app?next=/authors/jane-austen",
    f"{SHOP}/app?next=/products/dear-evan-hansen-vinyl",
    f"{SHOP}/app?next=/c/phones/android",
    f"{SHOP}/app?next=/country/India",
    f"{SHOP}/app?next=/account/first_name/edit",
    f"{SHOP}/app?return_to=/search?q=iphone+15+pro&page=2",
    f"{SHOP}/p?img=//cdn.shop.example.com/img/blue-sneakers-42.jpg",
    f"{SHOP}/app?referrer=android-app%3A%2F%2Fcom.google.android.gm%2F",
    f"{SHOP}/app?q=/shrug",
    f"{SHOP}/app#/search?q=red+dress",
    f"{SHOP}/app#redirect=/checkout/shipping&step=2",
    f"{SHOP}/app#next=%2Faccount%2Forders",
]


@pytest.mark.parametrize("url", ORDINARY)
def test_a_redirect_to_an_ordinary_page_goes_out(url: str) -> None:
    assert cleaned(url) == (url, [])


# A redirect's value holding a person as a page's URL would: (value, the page's URL cleaned).
PERSONAL_IN_QUERY = [
    "next=/author/quendrix-tarvenholm",  # (a person's route)
    "redirect=%2Fauthor%2Fquendrix-tarvenholm%2F",
    "next=%252Fauthor%252Fquendrix-tarvenholm",  # (encoded twice)
    "u=/members/quendrix-tarvenholm",
    "route=/autor/quendrix-tarvenholm",
    "next=%2Fform%2Fname%2FQuendrix%2520Tarvenholm",  # (a personal key's segment and its value)
    "route=/form/naam/Ayesha%20Siddiq",
    "next=/form/first_name/Yannqa_Kerjean",
    "next=/profile/full_name/Quendrix%20Tarvenholm/edit",
    "ziel=/formular/vorname/Quendrix",
    "return_to=/account/cnic_number/3520276543213",
    "dest=/kunden/48120937/orders",  # (a customer's word and number)
    "next=/x/81/2/69/160",  # (an IPv4 address as segments)
    "redirect_to=/account/my_name_is_Ayelenqa_Painemal/",  # (a slug's sentence)
    "callbackUrl=%2Fship%2Frecipient-name-tala-waim%2F",
    "continue=https%3A%2F%2Fshop.example.com%2Fnote%2Fdeliver-to-mr-tala-waim-at-gate%2F",
    "next=https%3A%2F%2Fx.example.com%2Fform%2Fname%2FQuendrix%20Tarvenholm",  # (a whole URL encoded)
    "next=https%253A%252F%252Fshop.example.com%252Fform%252Fname%252FQuendrix%252520Tarvenholm",
    "url=//shop.example.com/form/naam/Ayesha%2520Siddiq",  # (a host's reference)
    "next=/login?next=/form/name/Quendrix%2520Tarvenholm",  # (a URL in a URL's value)
    "return_to=/orders?page=2%23/form/naam/Ayesha%2520Siddiq",  # (its fragment)
]


@pytest.mark.parametrize("parameter", PERSONAL_IN_QUERY)
def test_a_redirect_holding_a_person_is_removed(parameter: str) -> None:
    assert cleaned(f"{SHOP}/login?lang=en&{parameter}&step=2") == (f"{SHOP}/login?lang=en&step=2",
                                                                  [(FIELD, QUERY_REMOVED)])


@pytest.mark.parametrize("fragment", [
    "route=/form/naam/Ayesha%20Siddiq&tab=1", "next=/author/quendrix-tarvenholm&tab=1",
    "returnUrl=%2Fmembers%2Fquendrix-tarvenholm", "/login?redirect=%2Fform%2Fname%2FQuendrix%2520Tarvenholm",
    "/checkout?next=https%3A%2F%2Fshop.example.com%2Fform%2Ffull_name%2FQuendrix%2520Tarvenholm",
])
def test_a_fragments_redirect_holding_a_person_is_removed(fragment: str) -> None:
    assert cleaned(f"{SHOP}/app#{fragment}") == (f"{SHOP}/app", [(FIELD, FRAGMENT_REMOVED)])


@pytest.mark.parametrize("value", [
    "/ 2 items left", "1/2 price", "/10", "%2F%20rated", "//", "/%0Anote",  # (text, a number, no segment after `/`)
])
def test_a_value_of_another_shape_goes_out(value: str) -> None:
    url = f"{SHOP}/app?note={value}"
    assert cleaned(url) == (url, [])


def test_urls_within_values_are_read_to_a_bound_depth() -> None:
    # (two URLs deep are read: the page's value, and a value within it; test_linear_work_wasm counts the work of a
    # URL of such values nested to the longest URL judged)
    assert cleaned(f"{SHOP}/app?a=/x?b=/author/quendrix-tarvenholm") == (f"{SHOP}/app", [(FIELD, QUERY_REMOVED)])
