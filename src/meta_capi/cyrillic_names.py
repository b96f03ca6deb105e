"""A person's full name in Cyrillic (closer 230, review 41), where the Latin rules read a name: a chat's speaker
before a colon or a dash and the message (`Олександр Коваленко: буду поздно`), a conversation's counterpart under
`with` (`?with=Сергей+Мельник`: counterparts).

The name is two capitalized words (or two in capitals), a Cyrillic letter in them, neither a common word of the
language (common_words: `Доставка`, `Новая`, `Проспект`), and either a common given name (_GIVEN_NAMES, the most
common Russian, Ukrainian, Bulgarian and Serbian ones, either way round) or a family name's Slavic ending last
(_FAMILY_ENDINGS: `-ов`, `-ева`, `-енко`, `-чук`, `-ский`, `-вич`, `-ић`…). Words are compared in the canonical
form, lower case (the canonical form folds a Cyrillic letter to its Latin look-alike, a capital and its lower case
maybe to different ones): the text may be read as written or canonical. A pair whose letters all fold to Latin
look-alikes is left to the Latin rules (`Тур Ростов`). The price: a town's name of such an ending after a word no
table holds (`Гид Ростов: …`), a historical person's (`Иван Грозный: …`).
"""

from __future__ import annotations

import re
from typing import FrozenSet, Tuple

from .canonical import canonical
from .common_words import a_common_word_in_a_language

_GIVEN_NAMES_BY_LANGUAGE = {
    "Russian": (
        "Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Борис Вадим Валентин Валерий Василий Виктор "
        "Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор "
        "Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марк Матвей Михаил Никита Николай Олег Павел Пётр "
        "Роман Ростислав Руслан Семён Сергей Станислав Степан Тимофей Тимур Фёдор Филипп Эдуард Юрий Ярослав "
        "Александра Алина Алиса Алла Анастасия Ангелина Анна Валентина Валерия Варвара Василиса Вера Вероника "
        "Виктория Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна Зоя Инна Ирина Карина Кира "
        "Кристина Ксения Лариса Любовь Людмила Маргарита Марина Мария Милана Надежда Наталья Наталия Нина Оксана "
        "Ольга Полина Раиса Светлана София Софья Таисия Тамара Татьяна Ульяна Юлия Яна"),
    "Ukrainian": (
        "Олександр Олексій Андрій Богдан Василь Віктор Віталій Володимир Дмитро Іван Ігор Микола Михайло Назар "
        "Остап Павло Петро Сергій Тарас Юрій Ганна Галина Ірина Катерина Леся Мирослава Наталія Олена Соломія "
        "Світлана Тетяна Христина Юлія Зоряна"),
    "Bulgarian": (
        "Георги Димитър Петър Стоян Христо Тодор Васил Красимир Пламен Радослав Десислава Йорданка Росица "
        "Цветелина Иванка"),
    "Serbian": (
        "Милош Марко Никола Стефан Душан Драган Зоран Горан Милан Јован Ненад Небојша Вук Јелена Милица Драгана "
        "Ивана Снежана Бојана Марија"),
}


def _folded(word: str) -> str:
    """`word` as the tables hold it: canonical, lower case."""
    return canonical(word)[0].lower()


_GIVEN_NAMES: FrozenSet[str] = frozenset(
    _folded(written) for names in _GIVEN_NAMES_BY_LANGUAGE.values() for name in names.split()
    for written in (name, name.upper()))

# A family name's endings (masculine and feminine): Russian and Bulgarian `-ов(а)`, `-ев(а)`, `-ин(а)`, `-ский`,
# `-ская`, `-ски`, `-ска`; Ukrainian `-енко`, `-ук`, `-юк`, `-чук`, `-ський`, `-ська`, `-ич`; Serbian `-ић`; the
# patronymic's `-вич`, `-вна`. Folded as the words are (a capital's fold too: a name in capitals).
_FAMILY_ENDINGS: Tuple[str, ...] = tuple(sorted({
    _folded(written) for ending in (
        "ов ова ев ева ёв ёва ин ина ын ына ский ская цкий цкая ски ска ський ська цький цька енко ук юк чук "
        "ич ић вна").split() for written in (ending, ending.upper())}, key=len, reverse=True))

# A Cyrillic letter (the canonical form keeps those with no Latin look-alike: `л`, `д`, `г`, `и`).
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_NAME_WORD = "[^\\W\\d_]{2,29}"
# A chat's speaker: two words opening a line, a colon (or a dash between blanks), and the message's first letter.
_SPEAKER = re.compile(f"(?m)^[ \\t]{{0,3}}({_NAME_WORD})[ \\t]{{1,3}}({_NAME_WORD})[ \\t]{{0,2}}"
                      f"(?::|(?<=[ \\t])[-\u2013\u2014])[ \\t]{{1,3}}[^\\W\\d_]")
_TWO_WORDS = re.compile(f"({_NAME_WORD})[ \\t]{{1,3}}({_NAME_WORD})")


def _written_as_a_name(word: str) -> bool:
    """Whether `word` is capitalized or in capitals."""
    return word[:1].isupper() and (word[1:].islower() or word[1:].isupper())


def a_full_name(given: str, family: str) -> bool:
    """Whether two words are a person's full name in Cyrillic (the module's docstring)."""
    if not (_written_as_a_name(given) and _written_as_a_name(family)) or _CYRILLIC.search(given + family) is None:
        return False
    if a_common_word_in_a_language(given) or a_common_word_in_a_language(family):
        return False
    # (a known given name either way round: `Иванова Анна`)
    return _folded(given) in _GIVEN_NAMES or _folded(family) in _GIVEN_NAMES or _folded(family).endswith(
        _FAMILY_ENDINGS)


def a_written_full_name(value: str) -> bool:
    """Whether `value` (a query's value, decoded) is two words, a full name in Cyrillic (a_full_name)."""
    match = _TWO_WORDS.fullmatch(value.strip())
    return match is not None and a_full_name(match.group(1), match.group(2))


def speaker_named(form: str) -> bool:
    """Whether `form` holds a chat's line whose speaker is a full name in Cyrillic (_SPEAKER)."""
    return any(a_full_name(match.group(1), match.group(2)) for match in _SPEAKER.finditer(form))
