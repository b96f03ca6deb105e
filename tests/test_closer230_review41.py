"""Closer 230: review 41's names in other scripts and off given_names, closed by rule, with their nearest look-alikes
both ways.

- A chat's speaker and a conversation's counterpart in Cyrillic (cyrillic_names.py): two capitalized words, a common
  Russian, Ukrainian, Bulgarian or Serbian given name either way round or a family name's Slavic ending last, neither
  a common word of the language (common_words' Cyrillic entry): `Олександр Коваленко: буду поздно`,
  `?with=Сергей+Мельник` are refused; `Доставка Москва: …`, `Новая коллекция: …`, `?with=Отель+Москва` go out.
- A match's record with a short number and a status (dating._SHORT_MATCH_RECORD): a known given name before a family
  name by its shape (name_shapes.a_family_name_by_its_shape: Arabic's article, an East Asian or a Japanese family
  name, a Slavic ending): `Match 12 – Mohammed Al-Farsi – Accepted`, `match 7 – yuki tanaka – accepted`; fixtures
  and shops stay ordinary (`Match 12 – Real Madrid – 2:1`, `Match 5 – Harvey Nichols – Accepted`).
- East Asian names by their shape (name_shapes.an_east_asian_name_by_its_shape, read by
  lower_case_names.a_full_name_written_any_way and a quote's customer in capitals): family first before a Chinese or
  Korean given name's two syllables (`hi zhang xiaoyu, …`), a short word of no vocabulary before a Vietnamese family
  name (`hi mai nguyen, …`; name_shapes.VIETNAMESE_FAMILY_NAMES), `Quote_PARK_Minjae.pdf`.
- A self-introduction in capitals opening the text, a known given name's full name before a sentence's end (a full
  stop ending the text, or a comma and words going on to the person: self_introductions._CAPITALS_SENTENCE_ENDS):
  `MY NAME IS SERHII MELNYK.`, `I'M JUNHAO LI, YOUR NEW DRIVER.`; a print's or a title's text ends on none (`ICH BIN
  ANNA SCHMIDT` goes out, closer 218's reading).
- Japanese's `私は` before a common family name in kanji (name_shapes.JAPANESE_FAMILY_KANJI) and a given name of at
  most three kanji holding no place's nor role's kanji, then `です` (self_introductions).

The price (asserted below as going out or refused): a town's name of a Slavic ending after a word no table holds
(`Гид Ростов: …` refused; one whose letters all fold to Latin look-alikes is read by the Latin rules only, `Тур
Ростов: …`); a public figure's name on a short match record (`Match 3 – Daniil Medvedev – 6:4` refused); a short word
of no table before a Vietnamese family name (`hi pho nguyen, …` refused); `私は森林です` ("I am a forest") refused; a
drink's name introduced in capitals before a full stop (`I AM JACK DANIELS.`) refused; a Slavic family name off
every ending (`Мельник` after no known given name) goes out.
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (cyrillic_names: a shop's, a notice's, a street's words; a second word in lower case)
    'Новая коллекция: скидки до 50%', 'Доставка Москва: бесплатно', 'Новая Коллекция: скидки',
    'Доставка Ростов: бесплатно', 'Проспект Невский: пробки', 'Київ Пасс: квитки', 'Москва Сити – офисы',
    'Распродажа Зима: всё по 999', 'Отель Москва: номера от 5000',
    # (dating: a fixture's, a shop's, a breed's short match record)
    'Match 12 – Real Madrid – 2:1', 'Match 5 – Harvey Nichols – Accepted', 'Match 4 – Real Betis – 1:1',
    'Match 2 – Dynamo Kyiv – 1:0', 'Match 2 – Lokomotiv Moscow – 1:0', 'Match 9 – Slavia Praha – 2:2',
    'match 5 – jack russell – accepted', 'Match 7 – Leon vs Pachuca – 2:1',
    # (East Asian shapes: a dish, a team, a maker's car)
    'hi pho bo fans!', 'hi team nguyen, welcome!', 'Hi Team Wang, welcome!', 'hi bun cha fans!',
    'Le Creuset – new pans', 'Quote_TOYOTA_Yaris.pdf', 'Quote_GEELY_Xingyue.pdf', 'Quote_PARK_Lane.pdf',
    # (self_introductions: Japanese's "I am" before a place, a role, a liking)
    'ICH BIN ANNA SCHMIDT', 'I AM SAM.', "Hi, I'M HUGO BOSS FAN NUMBER 1.", 'Hello! MY NAME IS JADE GARDEN WIFI.',
    '私は石川県出身です', '私は学生です', '私は山田市民です', '私は日本人です', '私は森が好きです', '我是客服小美',
    # (the price: a Slavic family name of no listed ending after no known given name)
    'Левко Мельник: буду поздно',
    # (a pair whose letters all fold to Latin look-alikes is read by the Latin rules only)
    'Тур Ростов: скоро старт',
]

PERSONAL = [
    'Олександр Коваленко: буду поздно', 'Сергей Мельник: буду поздно', 'ОЛЕКСАНДР КОВАЛЕНКО: буду вдома',
    'Иванова Анна – привет всем', 'Марко Петровић: стижем у 8', 'Остап Шевчук: вже їду',
    'Match 12 – Mohammed Al-Farsi – Accepted', 'match 12 – mohammed al-farsi – accepted',
    'match 7 – yuki tanaka – accepted', 'Match 12 – Oleksandr Kovalenko – Accepted', 'Match 3 – Hana Kim – Accepted',
    'hi zhang xiaoyu, welcome!', 'dinner with zhang xiaoyu at 8', 'hi mai nguyen, your order shipped!',
    'hi lan tran, your table is ready', 'Quote_PARK_Minjae.pdf',
    '私は山田花子です', '私は田中です', '私は中村です。よろしく',
    # (self_introductions: a name in capitals opening the text before a sentence's end)
    'MY NAME IS SERHII MELNYK.', "I'M JUNHAO LI, YOUR NEW DRIVER.", 'MY NAME IS ANNA MEIER.',
    "MY NAME IS SIOBHAN O'SULLIVAN.", 'ICH BIN ANNA SCHMIDT, IHRE FAHRERIN.',
    # (the price: look-alikes now refused)
    'Гид Ростов: скоро старт', 'Match 3 – Daniil Medvedev – 6:4', 'hi pho nguyen, welcome!', '私は森林です',
    'I AM JACK DANIELS.',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/chat?with=Доставка+Москва', '/chat?with=Отель+Москва', '/chat?with=Новая+коллекция')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/chat?with=%D0%A1%D0%B5%D1%80%D0%B3%D0%B5%D0%B9+%D0%9C%D0%B5%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA',
    '/chat?with=Иван+Петров', '/chat?with=Олена+Бондаренко')]

globals().update(review_tests(globals()))
