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


@pytest.mark.parametrize("text", [
    "我叫王小明",
    "我的名字是王小明",
    "你好，我叫王小明，想问一下订单",
    "我叫王芳。",
    "我姓王",
    "我叫歐陽娜娜",
    "私の名前は山田花子です",
    "私は山田花子です",  # (closer 230: `私は`, a common family name in kanji and a given name)
    "私の名前は山田花子と申します",
    "はじめまして、山田花子と申します。",
    "山田と申しますが、注文について",
    "제 이름은 김민준입니다",
    "안녕하세요, 제 이름은 김민준이에요",
    "내 이름은 김민준예요",
])
def test_a_chinese_japanese_or_korean_self_introduction_is_read(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


def test_a_chinese_self_introduction_in_a_url_paths_segment_and_a_user_agents_field_is_read() -> None:
    assert detector.reason("account\n我叫王小明\norders", segments=True) == PERSON_NAME
    assert detector.reason("account\n私の名前は山田花子です\norders", segments=True) == PERSON_NAME
    assert detector.user_agent_reason(UA.format("我叫王小明")) == PERSON_NAME
    assert detector.user_agent_reason(UA.format("제 이름은 김민준입니다")) == PERSON_NAME


@pytest.mark.parametrize("text", [
    # Chinese: `我是` ("I am") is not read; after `我叫` a family name of the lexicon, then a mark or the end
    "我是学生", "我是中国人", "我是高中生", "我是王者", "我是余欢水", "我是歌手 第一季", "我是传奇 蓝光",
    "我是猫 夏目漱石", "我是山姆 DVD", "我叫外卖", "我叫了外卖", "我叫车去机场", "我叫醒了他", "我叫妈妈来",
    "我叫他王先生", "我叫张总过来开会", "我叫小明", "我叫什么名字", "我叫不出他的名字", "我的名字叫红",
    "我的名字是秘密", "我的名字是什么", "我的名字", "我姓什么", "男士运动鞋 透气 跑步鞋", "夏季连衣裙 女 雪纺",
    "苹果手机壳 防摔",
    # Japanese: `私は` ("I") is read only before a common family name in kanji and a given name (closer 230); after
    # `私の名前は` a closing word
    "私は猫が好きです", "私は学生です", "私は石川県出身です", "私は千葉在住です", "私は大丈夫です",
    "学生です", "大丈夫です", "以上です", "新品です", "送料無料です", "この商品は人気です", "ありがとうございます",
    "よろしくお願いします", "私の名前はルーシー・バートン", "私の名前は何ですか", "私の名前を呼んで",
    "君の名は。 Blu-ray",    "名前はまだない", "吾輩は猫である", "コーヒーメーカー 全自動 ミル付き",
    # Korean: `저는` ("I") is not read; after `제 이름은` a name glued to "is"
    "저는 김민준입니다", "저는 학생입니다", "저는 고객입니다", "저는 한국인입니다", "제 이름은 빨강",
    "내 이름은 김삼순", "내 이름은 김삼순 DVD", "내 이름은 빨강 오르한 파묵", "제 이름은 무엇입니까",
    "제 이름으로 주문했습니다", "제 주문은 어디에 있나요", "감사합니다", "배송이 빠릅니다", "이 제품은 좋습니다",
    "여성 원피스 여름", "무선 이어폰 블루투스",
])
def test_a_chinese_japanese_or_korean_title_or_shop_text_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_chinese_url_path_of_a_title_keeps_its_path() -> None:
    assert detector.reason("products\n我是学生\nreviews", segments=True) == ""
