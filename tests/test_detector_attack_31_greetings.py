"""The thirty-first attack's greetings (greetings.py): the round's languages' greetings and welcomes back (Indonesian,
Vietnamese, Hungarian's and Greek's welcomes back, Ukrainian `Доброго дня`), a word of kin or an honorific after a
greeting of its language (`Halo Kak …,`, `Chào chị …,`, `Bună ziua, doamna …,`); and the near misses of shop text
that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "Bună ziua, doamna Popescu,\ncomanda dumneavoastră a fost expediată.",
    "Bună ziua, domnule Ionescu!",
    "Halo Kak Rahmawati,\npesanan kakak sudah dikirim ya.",
    "Hai Mbak Sari, pesananmu sudah dikirim",
    "Selamat pagi Bu Wulandari,",
    "Chào chị Lan,\nđơn hàng của chị đã được gửi.",
    "Xin chào anh Minh Tuấn!",
    "Доброго дня, Олено Ковальчишин!\nВаше замовлення відправлено.",
    "Üdv újra, Ottilie!",
    "Selamat datang kembali, Ottilie!",
    "Καλώς ήρθατε ξανά, Οτίλια Σιμελπφένιχ!",
    "Xin chào, Ottilie Schimmelpfennig | Tài khoản của tôi",
    "Chào mừng trở lại, Ottilie!",
    "Terima kasih, Budi Santoso!",
])
def test_a_greeting_of_the_rounds_languages_calls_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Hai Bà Trưng, Hà Nội",  # (a street's name: Vietnamese words after Indonesian's `hai`, "two" in Vietnamese)
    "Hai Anh Em, quán ăn gia đình",
    "Halo Kak, pesanan sudah dikirim",
    "Chào chị, đơn hàng đã được gửi",
    "Bună ziua, doamnă!",
    "Halo Infinite Steelbook Edition",
    "Selamat Datang Doormat",
    "Terima Kasih Card",
    "Chào Mừng Sale 50%",
])
def test_a_greeting_of_the_rounds_languages_without_a_name_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Hei Aino Virtanen,\ntilauksesi on lähetetty.",
    "Hei Aino Virtanen, tilauksenne on matkalla",
    "Hi Annabel Whitcombe 👋\nyour order has shipped",
    "Hallo Katrin Oberhauser 😊\nIhre Bestellung ist unterwegs",
    "Welcome back, Hunter!",
    "Kedves Anna,\nköszönjük a rendelést",
])
def test_a_greeting_before_a_line_said_to_the_person_calls_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Willkommen zurück, Schnäppchenjäger!",
    "Welcome back, Bargain Hunter!",
    "Hello, Gorgeous Lipstick",
    "Hey, Beautiful Skin Serum",
    "Hello Kitty Plush 💖\nsoft toy for kids",
    "Hei Hei Monkey,\nuusi lelu",
    "Kedves Mikulás,\nlevélpapír készlet",
    "Αγαπητέ Άγιε Βασίλη,\nγράμμα",
    "Dear Santa Claus,\nwriting set",
    "Lieber Weihnachtsmann,\nBriefpapier",
])
def test_a_greeting_calling_a_visitor_or_a_figure_goes_out(text):
    assert detector.reason(text) == ""
