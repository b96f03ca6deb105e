"""Closer 90 (issue 16, the fifty-first attack's greetings and person routes): one word of a name after a greeting
or thanks (greetings.py), a person's slug after a route's person word (person_routes.py), a street said as one's own
(self_introductions.py); each both ways, with spellings beyond the attack's own."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.person_routes import PERSON_ROUTE
from meta_capi.postal import PERSON_NAME, POSTAL_ADDRESS

GREETED = [
    "Thank you, Quendrix!", "Thanks, Maribel!", "Danke, Jördis!", "Merci, Solenne !", "Gracias, Itzel!",
    "Hi Quendrix!", "Hey Tamsin!", "Hallo Jördis!", "Hi Quendrix, your order is on its way",
    "Hello Maribel, your parcel has shipped", "Hallo Jördis, deine Bestellung ist unterwegs",
    "Hello quendrix (not quendrix? Log out)", "Hello Anouk (not Anouk? Sign out)",
    "Bonjour solenne (pas solenne ? Déconnexion)", "Hallo jördis (nicht jördis? Abmelden)",
    "Order shipped | Hi Tamsin!", "utm_content=Hi Quendrix!&ttclid=E.C.P.51abc", "Hi Quendrix! Your order has shipped",
    "Hey Annabel,\nyour order has shipped", "Order #48213 confirmed – thanks, Annabel!",
    "Hi Annabel, welcome back! – My Account", "Hi Anna, welcome back", "Доброго ранку, Олено!",
]
NOT_GREETED = [
    "Hello Kitty Backpack", "Hi-Fi Speaker", "Thank You Card", "Hey Dude Shoes", "Hello Fresh", "Welcome Offer!",
    "Hi there", "Hello world", "Thank you, team", "Hi all", "Thank you for your order", "Hello Kitty (Pink)",
    "Thank you, Team!", "Hello World!", "Hi There!", "Welcome Home!", "Thanks Again!", "Hello Summer!",
    "Hello Sunshine!", "Hey Dude!", "Thank You!", "Thank you, Everyone!", "Hi Friends!", "Hello December!",
    "Welcome Bonus!", "utm_content=Hello Fresh&utm_source=mail", "Hello Kitty (not included)",
    "Hey Arnold! The Complete Series", "Hello, Dolly! DVD", "Hi Barbie!\nThe Movie Soundtrack",
    "Hej Sverige,\nVälkommen Hem Tavla", "Welcome Back, Kotter: The Complete Series", "Grazie Mille,\nLa Dolce Vita",
    "Üdv, Budapest", "Thanks, Wyn", "Halo Bunda, cek koleksi baru kami",
]


@pytest.mark.parametrize("text", GREETED)
def test_one_word_greeted_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", NOT_GREETED)
def test_greetings_objects_go_out(text: str) -> None:
    assert detector.reason(text) == ""


ROUTES = [
    "https://shop.example/author/quendrix-tarvenholm/", "https://shop.example/#!/profile/quendrix-tarvenholm",
    "https://acme.pipedrive.com/person/51-quendrix-tarvenholm", "https://shop.example/#/u/quendrix.tarvenholm",
    "https://shop.example/members/qtarvenholm/profile/", "https://shop.example/community/members/jo-ann/activity/",
    "https://blog.example/autor/maria-gonzalez", "https://forum.example/mitglieder/joerdis88/",
    "https://forum.example/membres/solenne_b/", "https://app.example/users/tamsin.rey/settings",
    "https://shop.example/leden/anouk-visser/", "https://forum.example/profil/joerdis88/beitraege",
]
NOT_ROUTES = [
    "https://shop.example/products/author-signed-edition", "https://shop.example/blog/authors",
    "https://shop.example/members-area/pricing", "https://shop.example/account/orders/1051",
    "https://shop.example/u/2/settings", "https://shop.example/profile/edit", "https://shop.example/author/",
    "https://shop.example/members/login", "https://shop.example/authors/jane-austen",
    "https://shop.example/user/settings", "https://shop.example/members/",
    "https://shop.example/customer/account/login/", "https://shop.example/user/avatar.png",
    "https://shop.example/members/search", "https://shop.example/members/page/2",
]


@pytest.mark.parametrize("url", ROUTES)
def test_person_route_is_personal(url: str) -> None:
    assert detector.reason(f"see {url} now") == PERSON_ROUTE
    origin = url.split("/")[2]
    assert privacy.clean_url(url) == f"https://{origin}/"


@pytest.mark.parametrize("url", NOT_ROUTES)
def test_section_routes_go_out(url: str) -> None:
    assert detector.reason(f"see {url} now") == ""
    assert privacy.clean_url(url) == url


OWN_ADDRESSES = [
    "my address is 12 Tarvenholm Lane", "My address is 221B Baker Street, thanks", "I live at 4 Elm Road",
    "meine Adresse ist Hauptstraße 5", "mi dirección es Calle Mayor 12", "mon adresse est 8 rue de la Paix",
    "mijn adres is Kerkstraat 14",
]
NOT_OWN_ADDRESSES = [
    "my address is on the invoice", "my address is 12 days old", "address book 12 pages",
    "my address is wrong, order 1051", "12 Days of Christmas", "change my address",
]


@pytest.mark.parametrize("text", OWN_ADDRESSES)
def test_own_street_is_an_address(text: str) -> None:
    assert detector.reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", NOT_OWN_ADDRESSES)
def test_not_own_street_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
