"""Self-introductions of the major languages of Edgee's shops (self_introductions.py; the lead's review, not an
attack): German, Italian, Dutch, Polish, Czech, Slovak, Romanian, Hungarian, Portuguese, the Cyrillic of Ukrainian,
Bulgarian, Serbian, Macedonian and Belarusian, Greek, and the name's part ("my surname is") of Spanish, Portuguese,
French, German, Italian, Dutch and Polish, as lexicon data of the existing layouts; and the book, film, song and
product titles that open with the same phrases, which must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"
UA = "Mozilla/5.0 (Linux; Android 14; {}) AppleWebKit/537.36"


@pytest.mark.parametrize("text", [
    # German
    "Ich heiße Anna Schmidt",
    "Ich heisse Anna Schmidt",
    "Hallo, mein Name ist Anna Schmidt",
    "Ich bin Anna Schmidt, Kundin seit 2019",
    "Guten Tag, ich bin Anna Schmidt und warte auf mein Paket",
    "Guten Tag! Ich heiße Anna und warte auf mein Paket",
    "mein Nachname ist Kazlauskas",
    "Mein Vorname ist Anna",
    "mein Name ist Kazlauskas",
    # Italian
    "Mi chiamo Giulia Rossi",
    "Buongiorno, mi chiamo Giulia e vorrei un reso",
    "Il mio nome è Giulia Rossi",
    "Sono Giulia Rossi, vorrei sapere",
    "Salve, sono Giulia Rossi e ho un problema",
    "il mio cognome è Rossi",
    # Dutch
    "Mijn naam is Jan de Vries",
    "Ik heet Jan de Vries",
    "Hallo, ik ben Jan de Vries en mijn pakket is niet aangekomen",
    "Ik ben Jan de Vries, klant sinds 2020",
    "mijn achternaam is Jansen",
    # Polish
    "Nazywam się Anna Kowalska",
    "Dzień dobry, jestem Anna Kowalska i czekam na paczkę",
    "Jestem Anna Kowalska, proszę o zwrot",
    "Mam na imię Anna",
    "moje nazwisko to Kowalska",
    # Czech and Slovak
    "Jmenuji se Jana Nováková",
    "Dobrý den, jsem Jana Nováková a píšu kvůli objednávce",
    "Volám sa Jana Nováková",
    "Moje meno je Jana",
    # Romanian
    "Numele meu este Ana Popescu",
    "Mă numesc Ana Popescu",
    "Bună ziua, mă numesc Ana și aștept coletul",
    "Eu sunt Ana Popescu, clientă",
    # Hungarian, the family name first
    "A nevem Kovács Anna",
    "Kovács Anna vagyok",
    "Jó napot, Kovács Anna vagyok, a rendelésemről írok",
    "Szia, Kovács Anna a nevem",
    # Portuguese
    "Chamo-me João Silva",
    "Eu sou João Silva, cliente",
    "Olá, eu sou João Silva e preciso de ajuda",
    "meu sobrenome é Kazlauskas",
    "o meu apelido é Silva",
    # Spanish and French: the name's part, and French typed without its apostrophe
    "mi apellido es Kazlauskas",
    "Hola, mis apellidos son García Márquez",
    "mon nom de famille est Kazlauskas",
    "je m appelle Anna Schmidt",
    "Bonjour, je mappelle Anna",
    # Cyrillic, read as the canonical form folds it
    "Мене звати Анна Іваненко",
    "Привіт, мене звати Анна",
    "Моє ім'я Анна Іваненко",
    "Казвам се Анна Иванова",
    "Здравейте, казвам се Анна Иванова",
    "Зовем се Марко Петровић",
    "Се викам Марија Петровска",
    "Мяне завуць Ганна Іванова",
    # Greek
    "Ονομάζομαι Άννα Παπαδοπούλου",
    "Γεια σας, ονομάζομαι Άννα Παπαδοπούλου",
    "Το όνομά μου είναι Άννα Παπαδοπούλου",
])
def test_a_major_languages_self_introduction_is_read(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "HALLO, ICH HEISSE ANNA SCHMIDT",
    "BUONGIORNO, MI CHIAMO GIULIA ROSSI",
    "DZIEŃ DOBRY, NAZYWAM SIĘ ANNA KOWALSKA",
    "BUNĂ, MĂ NUMESC ANA POPESCU",
])
def test_a_major_languages_self_introduction_in_capitals_after_a_greeting_is_read(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("path", [
    "account\nIch heiße Anna Schmidt\norders",
    "support\nSono Giulia Rossi, vorrei sapere\ntickets",
    "account\nNazywam się Anna Kowalska\norders",
    "account\nKovács Anna vagyok\norders",
])
def test_a_major_languages_self_introduction_in_a_url_paths_segment_is_read(path: str) -> None:
    assert detector.reason(path, segments=True) == PERSON_NAME


@pytest.mark.parametrize("field", [
    "Ich heiße Anna Schmidt",
    "Mi chiamo Giulia Rossi",
    "Mijn naam is Jan de Vries",
    "Mă numesc Ana Popescu",
])
def test_a_major_languages_self_introduction_in_a_user_agents_field_is_read(field: str) -> None:
    assert detector.user_agent_reason(UA.format(field)) == PERSON_NAME


@pytest.mark.parametrize("text", [
    # "I am" opening a title: one word after it, or a full name that is the whole text
    "Ich bin dann mal weg",
    "Ich bin dann mal weg - Hape Kerkeling",
    "Ich bin Zlatan",
    "Ich bin Malala",
    "Ich bin Nummer Vier",
    "Ich bin ein Berliner T-Shirt",
    "Sono Pazzo di Te",
    "Io sono Leggenda",
    "Io Sono Leggenda - Blu-ray",
    "Sono Solo Parole",
    "Sono Io Tazza, bianca",  # ("it is I")
    "Ik ben Willem",
    "Ik ben Willem - Peuterboek",
    "Ik ben Jan de Vries",  # (the whole text: as `I Am Legend`, a title's place)
    "Jestem Legendą",
    "Jestem Legendą - Blu-ray",
    "Jestem Anna Kowalska",
    "Jsem Ema",
    "Eu sou a Lenda",
    "Eu Sou a Lenda DVD",
    "Magyar vagyok",
    # Italian's formal "my name is" and Greek's before one word: a film's, a book's title
    "Il mio nome è Nessuno",
    "Il mio nome è Nessuno DVD",
    "Ονομάζομαι Κόκκινο",
    "Το όνομά μου είναι Κόκκινο",
    # German "heißen ... willkommen", to welcome
    "Ich heiße Sie herzlich willkommen",
    "Hallo, ich heiße Sie willkommen in unserem Shop",
    "Ich heiße Willkommen Fußmatte",
    "Ich bin Kunde Seit 2019",
    # ordinary shop text
    "Mein Warenkorb ist leer",
    "Il mio ordine è in ritardo",
    "Mijn bestelling is niet aangekomen",
    "Moje zamówienie nie dotarło",
    "A rendelésem nem érkezett meg",
])
def test_a_major_languages_title_or_shop_text_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    # a given name alone after "my name is" titles a book or a film as in English (`My name is Khan`): dropped
    "Mein Name ist Hase",
    "Mein Name ist Eugen",
    "Mi chiamo Sam",
    "Nazywam się Earl",
    "Казвам се Червен",
    "Мене звати Червоний",
    # a title going on after a dash or a comma after "I am" and two capitalized words, as `Je suis ... - T-shirt`
    "Ich bin Nummer Vier - Taschenbuch",
    "Ich bin Oma Tasse, Geschenk",
])
def test_a_title_that_reads_as_a_self_introduction_is_dropped(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "اسم من علی رضایی است",
    "سلام، اسم من علی رضایی است",
    "نام من مریم احمدی است",
    "ฉันชื่อสมชาย ใจดี",
    "สวัสดีค่ะ ดิฉันชื่อสมหญิง ใจดี ค่ะ",
    "ผมชื่อสมชาย ใจดีครับ",
    "สวัสดีครับ ผมชื่อ สมชาย ศรีสุวรรณวงศ์ ครับ",
])
def test_a_persian_or_thai_self_introduction_is_read(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "نام من سرخ",  # (a book's title: one word after "my name", as Arabic's `اسمي أحمر`)
    "نام من سرخ اثر اورهان پاموک",
    "اسم من قرمز است",
    "کتاب اسم من",
    "سفارش من کجاست",
    "ผมชอบสินค้านี้ มาก",  # ("I like": `ชอบ` folds as `ชื่อ`, "name", does)
    "ฉันชอบสีแดง มากค่ะ",
    "ดิฉันชอบมาก ค่ะ",
    "ชื่อของฉันคือสีแดง",
    "หนังสือ ชื่อของฉันคือสีแดง",
    "แชมพูสระผม ชื่อดัง ยี่ห้อ",
    "ฉันชื่อ",
])
def test_a_persian_or_thai_title_or_shop_text_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
