"""The twenty-fourth attack's self-introductions (tests/privacy_attack_cases_24.py): "my name is" of South Asia's
languages typed in Latin letters, of Kurdish, Uyghur, Tatar, Chechen, Yiddish, Esperanto and Guaraní; "my name" in the
scripts the canonical form leaves without capitals (Indic scripts with their vowel signs, Arabic and Hebrew scripts,
Cyrillic with Tatar's, Bashkir's and Chechen's letters), with the copula where "my name" opens film titles; a name
between a self-introduction's opening and closing words (Māori, a caller's `this is … from`); a single-page app's
fragment read as a path. With the near misses each rule leaves alone.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.postal import PERSON_NAME

UA = "Mozilla/5.0 (Linux; Android 14; {}) Mobile"


@pytest.mark.parametrize(("text", "found"), [
    ("naa peru Ravi Teja Kondapalli, order eppudu vastundi?", PERSON_NAME),  # Telugu
    ("nanna hesaru Anil Gowdaru, parcel bandilla", PERSON_NAME),  # Kannada
    ("ente peru Anu Mathewkutty aanu", PERSON_NAME),  # Malayalam
    ("maru naam Hiren Zqpatel che", PERSON_NAME),  # Gujarati
    ("maza naav Sachin Deshmukhe", PERSON_NAME),  # Marathi, the whole text: nothing else is said so
    ("mera naam Ayesha Siddiquee hai, delivery kab hogi", PERSON_NAME),  # Hindi and Urdu
    ("munhinjo naalo Ali Shah Bhuttozai aahe", PERSON_NAME),  # Sindhi
    ("Navê min Rojda Demirtaşoğlu e", PERSON_NAME),  # Kurmanji
    ("Nawm Aras Karimzadeh a", PERSON_NAME),  # Sorani
    ("Méning ismim Abdurehim Tursunjan", PERSON_NAME),  # Uyghur
    ("Minem isemem Gölnara Xäyrullina", PERSON_NAME),  # Tatar
    ("San tsʼe Iela Khasbulatovski yu", PERSON_NAME),  # Chechen, the glottal stop as typed
    ("San ts'e Iela Khasbulatovski yu", PERSON_NAME),
    ("mayn nomen iz Chaim Levinzon, a dank", PERSON_NAME),  # Yiddish
    ("Mia nomo estas Ludoviko Zamenhofski", PERSON_NAME),  # Esperanto
    ("Mi nomiĝas Ludoviko Zamenhofski.", PERSON_NAME),
    ("Che réra Rosa Ñamandúpy, aguyje", PERSON_NAME),  # Guaraní "my name"
    ("Che ha'e Ñandeyara Benítezcué ha aikuaase", PERSON_NAME),  # Guaraní "I am", the puso as an apostrophe
    ("Che haʼe Ñandeyara Benítezcué ha aikuaase", PERSON_NAME),  # ... as the modifier letter
    ("Is me, Keisha Ramdassingh, who order the doubles pan", PERSON_NAME),  # Caribbean English
    ("Mera Naam Joker (1970) DVD", ""),  # a film's title: its words all capitalized
    ("Mera Naam Kurta Set", ""),
    ("Mia Nomo Estas Ruĝa Poster", ""),
    ("Che Rembiapo Book", ""),
    ("Is Me Birthday Mug", ""),
    ("Mera naam", ""),  # no name after it
])
def test_a_self_introduction_typed_in_latin_letters_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("నా పేరు రవి తేజ కొండపల్లి", PERSON_NAME),  # Telugu
    ("ನನ್ನ ಹೆಸರು ಅನಿಲ್ ಗೌಡ", PERSON_NAME),  # Kannada
    ("എന്റെ പേര് അനു മാത്യു", PERSON_NAME),  # Malayalam
    ("મારું નામ હિરેન પટેલ છે", PERSON_NAME),  # Gujarati, its copula
    ("माझं नाव सचिन देशमुख आहे", PERSON_NAME),  # Marathi
    ("ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ ਹੈ", PERSON_NAME),  # Gurmukhi, with the copula
    ("میرا ناں گرپریت سنگھ سندھو اے", PERSON_NAME),  # Shahmukhi
    ("میرا نام عائشہ صدیقی ہے", PERSON_NAME),  # Urdu
    ("मेरा नाम आयशा सिद्दीकी है", PERSON_NAME),  # Hindi
    ("منهنجو نالو علي شاهه ڀٽو آهي", PERSON_NAME),  # Sindhi
    ("ناوی من ئاراس کەریمە", PERSON_NAME),  # Sorani
    ("مېنىڭ ئىسمىم ئابدۇرېھىم تۇرسۇن", PERSON_NAME),  # Uyghur
    ("מײַן נאָמען איז חיים לעווינזאָן", PERSON_NAME),  # Yiddish
    ("Минем исемем Гөлнара Хәйруллина", PERSON_NAME),  # Tatar
    ("Минең исемем Айгөл Ғәлиева", PERSON_NAME),  # Bashkir
    ("Сан цӀе Ӏела Хасбулатов ю", PERSON_NAME),  # Chechen, its palochka
    ("Здравствуйте! Минем исемем Гөлнара Хәйруллина, заказ где?", PERSON_NAME),  # opening a clause
    ("मेरा नाम जोकर", ""),  # Hindi's film title: "my name" without its copula
    ("ਮੇਰਾ ਨਾਮ ਜੋਕਰ", ""),
    ("میرا نام جوکر", ""),
    ("ناوی من ئاراس کەریمە و برای من ئازاد و خوشکی من", ""),  # more than three words: no name ending a clause
    ("Гөлнара чәй җыелмасы", ""),  # ordinary data of the same scripts
    ("పట్టు చీర - కంచి", ""),
    ("ייִדיש ספרים - פּאַק", ""),
])
def test_my_name_in_a_script_without_capitals_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Ko Mereana Te Rangihaeata tōku ingoa", PERSON_NAME),  # the whole text: the closing words are a sentence's
    ("Kia ora, ko Aroha Ngatawhai ahau", PERSON_NAME),
    ("Kia ora! Ko Aroha Ngatawhai tōku ingoa.", PERSON_NAME),
    ("Aroha Ngatawhai ahau", ""),  # the closing words without their opening ones
    ("Kaixo, Mikel Etxeberria naiz", PERSON_NAME),  # Basque's, read by the same rule
    ("Euskal Herria naiz", ""),  # ... not as the whole text
    ("this is Keisha Ramdassingh ahau", ""),  # an opening and a closing of two languages
    ("Good morning, this is Keisha Ramdassingh from Diego Martin", PERSON_NAME),
    ("Hi, this is Keisha Ramdassingh speaking", PERSON_NAME),
    ("Ko Aotearoa Tōku Kāinga Tee", ""),  # a title's capitals
    ("Kete Whakairo", ""),
    ("Hello, this is Customer Service speaking", ""),  # a business, not a person
    ("Great deal, this is Nike Air Max from our outlet", PERSON_NAME),  # the layout, whatever the words
    ("This Is England DVD", ""),
    ("this is Keisha", ""),  # no closing word
])
def test_a_name_between_the_opening_and_closing_words_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("field", "found"), [
    ("Minem isemem Gölnara Xäyrullina", PERSON_NAME),
    ("Nawm Aras Karimzadeh a", PERSON_NAME),
    ("Kia ora, ko Aroha Ngatawhai ahau", PERSON_NAME),
    ("Mera Naam Kurta Set", ""),
])
def test_a_user_agents_field_holding_a_self_introduction_is_read(field: str, found: str) -> None:
    assert detector.user_agent_reason(UA.format(field)) == found


@pytest.mark.parametrize(("path", "found"), [
    ("/account/ente peru Anu Mathewkutty aanu/orders", PERSON_NAME),
    ("/account/मेरा नाम जोकर/orders", ""),  # a film title in a segment: no copula
    ("/books/Mera Naam Joker/dvd", ""),
])
def test_a_url_paths_segment_holding_a_self_introduction_is_read(path: str, found: str) -> None:
    assert detector.reason(path.replace("/", "\n"), segments=True) == found


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://mail.example.net/#inbox/maza%20naav%20Sachin%20Deshmukhe", "https://mail.example.net/"),
    ("https://shop.example.com/#/products/blue-sneakers", "https://shop.example.com/#/products/blue-sneakers"),
    *[(url, url) for url in ["https://shop.example.com/#/search/Mera%20Naam%20Kurta%20Set",
                             "https://shop.example.com/#/cart"]],
])
def test_a_fragment_with_a_slash_is_read_as_a_route(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned
