"""The thirtieth attack's page titles (greetings.py): where an account's title puts its holder's name and where a shop
puts its own. A holder's name first, before the account's title (alone, in brackets, after a greeting), after the
title and `: `, ` - `, ` | ` or `·` or in brackets, or before another part. A shop named after its founder in that
place is a drop accepted (`My Account | Ralph Lauren`); an account's sub-page, a shop's kind, a country after a brand
and an official store's part are a shop's words."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    # the holder's name first, before the account's title
    "Katrin Oberhauser | Mein Konto",
    "Annabel Whitcombe – My Account",
    "[Katrin Oberhauser] Mein Konto",
    "(Katrin Oberhauser) Mein Konto",
    "Hallo Katrin Oberhauser | Mein Konto",
    "Hallo Katrin Oberhauser · Mein Konto",
    "Hello Anna Maria Smith - My Account",
    "Sanne Vermeulen: Mijn account",
    # after the account's title and `: ` or in brackets, or before another part
    "Mein Konto (Katrin Oberhauser)",
    "Mijn account (Sanne Vermeulen)",
    "Mein Konto [Katrin Oberhauser]",
    "Moje konto: Agnieszka Wróblewska",
    "Mon compte : Marie Dupont",
    "My Account | John Smith | Demo Shop",
    "Mein Konto - Anna Schwertfeger - Demo Shop",
    # as the title's last part, in any letters (a shop named after its founder there is a drop accepted)
    "Мой аккаунт — Ольга Смирнитская",
    "Mein Konto | Anna Schwertfeger",
    "My Account | Ralph Lauren",
    "Mein Konto - Tom Tailor",
    # who is signed in, in Polish
    "Zalogowany jako Agnieszka Wróblewska",
    "Zalogowana jako Agnieszka Wróblewska | Sklep",
    # a Russian name in the genitive after orders, purchases
    "Заказы Ольги Смирнитской",
    "Заказы Дмитрия Колесникова",
    "Покупки Анны Ивановой",
    # after a Turkish holder's label
    "Sipariş sahibi: Mehmet Karaosmanoğlu",
    "Hesap sahibi: Ayşe Yılmazer",
    # a title opening with symbols
    "🎉 Thank you for your order, Harriet Pemberton! 🎉",
    "★ Welcome back, John Smith",
    # an honorific and a name called by a comma, the sentence speaking to the person
    "Sra. Mendoza, su pedido está listo",
    "Mr. Jones, welcome back",
    "Mme Dupont, merci pour votre commande",
    # a sub-page's words beside a name are no sub-page
    "Mein Konto: Mina Karlsson",
])
def test_a_holders_name_in_an_account_title_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    # the shop's name as the title's last part with its kind
    "Mein Konto | Marc O'Polo Online-Shop",
    # an account's sub-page
    "My Account: Order History",
    "My Account – Order History – Demo Shop",
    "Mein Konto: Meine Daten",
    "Mein Konto - Persönliche Daten | Demo Shop",
    "Mon compte : Mes Commandes",
    "Mi cuenta: Datos Personales",
    "Mitt konto: Mina Ordrar",
    "Hesabım: Kargo Takibi",
    "Order History - My Account",
    "Saved Cards | Mein Konto",
    # a shop's kind, a country after a brand, an official store
    "Order #48213 for Hugo Boss Outlet",
    "Mein Konto: Massimo Dutti España",
    "Hello, Tommy Hilfiger | Official Store",
    "Willkommen, Tom Tailor - Offizieller Online-Shop",
    "Mein Konto: Gerry Weber Store | Demo",
    # a title's words before an account's title that are no name, symbols with no greeting
    "Demo Shop | Mein Konto",
    "🎉 Black Friday Deals 🎉",
    "[Sale] Mein Konto",
    "★ Hello Kitty Backpack",
    "Sipariş sahibi: Müşteri Hizmetleri",
    "Madame Figaro, édition du week-end",
    "Заказы Интернет Магазин",
    "Заказы Оптом",
    "Мои заказы",
    "Заказы | Мой аккаунт",
])
def test_a_shops_words_in_an_account_title_are_ordinary(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("part", ["Anna Smith | Mein Konto", "[Anna Smith] ", "🎉 ", "Mein Konto (A B) ",
                                  "Mein Konto | A B | ", "My Account: Order History | ",
                                  "Заказы Ольги Ивановой ", "Заказы "])
def test_a_long_value_of_a_title_repeated_is_judged(part):
    detector.forget_remembered()
    assert detector.reason((part * 700)[:4096]) in ("", PERSON_NAME)
