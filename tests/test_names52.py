"""Names 52: given names written another common way and Chinese and Korean given names of two syllables, by rule.

- A listed name in another common spelling (given_names.a_listed_names_other_spelling): German's umlaut written out
  (`Juergen`, `Joerg`, `Baerbel`), Ukrainian's official -ii and -iia (`Serhii`, `Anatolii`, `Yuliia`), Russian's `ks`
  (`Aleksey`), Arabic's `oo` (`Mahmood`); never a common word of a gate language.
- Two given names' syllables of pinyin or of Korean's romanization written together (given_names.two_name_syllables:
  `Xiaoyu`, `Junhao`, `Minjae`, `Seojin`, `Doyun`), 5 to 10 letters, no common word, town or word of
  _WORDS_OF_NAME_SYLLABLES (English's -ing forms, German's `danke`, pinyin's `mingzi`, China's places, brands).
- Added names no rule reaches: `Oleksandr`, `Tetiana`, `Gennaro`, `Renée`, `Jörg`, `Muhamad`, `Yousuf`...
Review 41's leaks those decided close (17 texts, 2 URLs, moved to its PERSONAL lists).

The price (asserted below): the syllables are the ones given names use, not all of pinyin's, so a name on a rarer
syllable is no better read than before (`Mingde`); a place two name syllables spell and no table holds reads as a given
name (`Jinjiang`), which only matters where a person's name would stand.
"""

from __future__ import annotations

import pytest

from meta_capi import brand_words, detector, geography, given_names, privacy
from meta_capi.common_words import a_common_word_in_a_language

_SITE = "https://shop.example.com"


@pytest.mark.parametrize("word", [
    "Juergen", "Joerg", "Baerbel", "Guenter", "Serhii", "Anatolii", "Dmitrii", "Yuliia", "Nataliia", "Aleksey",
    "Aleksei", "Mahmood", "Oleksandr", "Tetiana", "Tetyana", "Gennaro", "Renée", "Jörg", "Muhamad", "Yousuf", "Sergii",
    "Xiaoyu", "Junhao", "Yiwen", "Haoyu", "Jiahui", "Minjae", "Seojin", "Doyun", "Minji", "Hayoon",
])
def test_a_listed_names_other_spelling_and_two_name_syllables_read_as_given_names(word: str) -> None:
    assert given_names.a_given_name(word)


@pytest.mark.parametrize("word", [
    # (spellings: common words whose ae/oe/ue, ii, ks or oo would fold onto nothing listed, or are words)
    "poem", "does", "book", "shoe", "blue", "queen", "toes", "goods", "Marii", "books", "Mueller",
    # (syllables: English's, German's and French's words, brands, places and pinyin's words)
    "women", "taken", "linen", "leben", "sagen", "zeigen", "panda", "china", "sushi", "manga", "bandage", "change",
    "landing", "binding", "mixing", "shining", "beijing", "Huawei", "Xiaomi", "danke", "Milan", "Dubai", "mingzi",
    "xingming", "dizhi", "youxiang", "hanzi", "erlang", "Mingde",
])
def test_common_words_places_brands_and_rarer_syllables_are_no_given_names(word: str) -> None:
    assert not given_names.a_given_name(word)


def test_the_table_of_words_holds_only_words_two_name_syllables_spell() -> None:
    table = given_names._WORDS_OF_NAME_SYLLABLES
    try:
        given_names._WORDS_OF_NAME_SYLLABLES = frozenset()
        assert sorted(word for word in table if not given_names.two_name_syllables(word)) == []
    finally:
        given_names._WORDS_OF_NAME_SYLLABLES = table


def test_no_brands_word_country_or_town_reads_as_two_name_syllables() -> None:
    words = brand_words.BRAND_WORDS | geography.TOWN_NAMES | geography.TOWNS_THAT_ARE_WORDS | set(
        geography.COUNTRY_BY_KEY)
    assert sorted(word for word in words if given_names.two_name_syllables(word)) == []


@pytest.mark.parametrize("word", ["poem", "women", "seminar", "domain", "lemon", "xylophone", "ab"])
def test_a_common_word_or_an_ordinary_word_is_no_other_spelling(word: str) -> None:
    assert not given_names.a_listed_names_other_spelling(word) or a_common_word_in_a_language(word)


def test_the_price_a_place_two_name_syllables_spell_reads_as_a_given_name() -> None:
    assert (given_names.a_given_name("Jinjiang"), given_names.a_given_name("Mingde")) == (True, False)


PERSONAL = [
    'Quote_KOVALENKO_Oleksandr.pdf', 'Quote_SCHMITT_Juergen.pdf', 'Devis_DUPONT_Renée.pdf', 'Quote_ZHANG_Xiaoyu.pdf',
    'Quote_ZHANG_Yiwen.pdf', 'hi juergen schmitt, dein paket ist da!', 'hallo baerbel schmitt, bis morgen!',
    'hi anatolii melnyk, welcome back!', 'hi yuliia melnyk, welcome back!', 'hi aleksei smirnov, welcome back!',
    "i'm doyun kim, your new driver", 'my name is mahmood qureshi', 'Hallo Bärbel Schmitt!', 'hi seojin lee, welcome!',
]
ORDINARY = [
    'hi landing page visitors, welcome!', 'Quote_HUAWEI_Mate.pdf', 'Quote_XIAOMI_Redmi.pdf',
    'hi women runners, race at 9!', 'Match 7 – Beijing Guoan – 2:1', 'Danke Schmidt Team!',
    'hi mixing desk users, update out!', 'Dinner with Huawei team at 8', 'Liked: Xiaomi Band',
]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_name_in_another_spelling_or_of_two_syllables_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_words_two_name_syllables_spell_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("path", ['/uploads/Quote_KOVALENKO_Oleksandr.pdf', '/chat?with=Seojin+Park'])
def test_a_url_naming_such_a_person_is_cut(path: str) -> None:
    assert privacy.clean_url(_SITE + path) != _SITE + path
