"""The shapes of a person's name in running text, shared by the layouts that read one (self_introductions.py,
named_in_text.py): a name's words and where a name ends, where a phrase or a clause opens, and what tells a
person's name from a generic addressee's or a business's words."""

from __future__ import annotations

import re
from typing import FrozenSet, Iterator, Tuple

from .canonical import longest_first
from .common_words import a_common_word_in_a_language
from .given_names import a_given_name, two_name_syllables
from .postal import _NAME_PARTICLE, _NOT_A_PERSON, _PERSON_WORD, CAPITAL_LETTERS, PRODUCT_LINE_ENDS

# What ends a name in a sentence: the text's end, a mark, blanks and a lower-case word, or a dash between blanks
# (as in postal.py).
END = r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"])|[ \t]{1,3}(?:[a-z]|-[ \t]))"
# A name's word, and the ʻokina (U+02BB) of Hawaiian, Tongan and Samoan inside it (`Keʻala`, `Fifitaʻapaki`).
# (and the letters the canonical form keeps outside ASCII: Danish `Kjærgaard`, twenty-sixth attack)
WORD = f"{_PERSON_WORD}(?:ʻ[a-z]{{1,29}}|[æœßþð][a-z]{{0,29}}){{0,3}}"
FULL_NAME = f"{WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}(?:[ \\t]{{1,3}}{WORD})?"
# A family name's initial, a capital and its dot (`Orla Q.`).
INITIAL = re.compile(r"[A-Z]\.")
# A name in a text in capitals or in lower case, where no case tells it (twenty-fifth attack): two or three words of
# capitals of any cased alphabet (postal.CAPITAL_LETTERS: `ÞÓRUNN ÆGISDÓTTIR`), or of letters in lower case, as a full
# name is (`LEONOR REMEDIOSQA`, `priya raghunathan`).
CAPITAL_WORD = f"[{CAPITAL_LETTERS}][{CAPITAL_LETTERS}'’\\-]{{1,29}}"
CAPITAL_NAME = f"{CAPITAL_WORD}(?:[ \\t]{{1,3}}{CAPITAL_WORD}){{1,2}}"
LOWER_WORD = "[a-z][a-z'’\\-]{1,29}"
CASELESS_NAME = f"{CAPITAL_NAME}|{LOWER_WORD}(?:[ \\t]{{1,3}}{LOWER_WORD}){{1,2}}"
# Where a phrase opens: the text's start, or after a blank, a mark or a JSON string's quote.
OPENS = r"(?:^|(?<=[\s,.;:!?(\"]))"
# Where a clause opens: the text's start, or after a mark or a line break (and blanks).
CLAUSE = r"(?:^|(?<=[,.;:!?(\"\n]))[ \t]{0,3}"

# Chinese family names (named_in_text's bracketed speakers, self_introductions' names after `我叫`; lexicon data).
CHINESE_FAMILY_NAMES = {  # (the most common, traditional and simplified; two-character ones first)
    "two characters": "歐陽 欧阳 司馬 司马 諸葛 诸葛 上官 司徒 東方 东方 皇甫 慕容 令狐 夏侯",
    "one character": ("王 李 張 张 劉 刘 陳 陈 楊 杨 黃 黄 趙 赵 吳 吴 周 徐 孫 孙 馬 马 朱 胡 郭 何 "
                      "高 林 羅 罗 鄭 郑 梁 謝 谢 宋 唐 許 许 韓 韩 馮 冯 鄧 邓 曹 彭 曾 蕭 萧 田 董 "
                      "袁 潘 於 于 蔣 蒋 蔡 余 杜 葉 叶 程 蘇 苏 魏 呂 吕 丁 任 沈 姚 盧 卢 姜 崔 鍾 "
                      "钟 譚 谭 陸 陆 汪 范 金 石 廖 賈 贾 夏 韋 韦 方 白 鄒 邹 孟 熊 秦 邱 江 尹 薛 "
                      "閻 阎 段 雷 侯 龍 龙 史 陶 黎 賀 贺 顧 顾 毛 郝 龔 龚 邵 萬 万 錢 钱 嚴 严 覃 "
                      "武 戴 莫 孔 向 湯 汤 歐 欧 區 区 麥 麦 岑 伍 翁 莊 庄 温 溫 甘 施 洪 游 柯 紀 "
                      "纪 簡 简 關 关 鄺 邝"),
}
HAN = "[\u4e00-\u9fff\u3400-\u4dbf]"
# The words joining two names or clauses, by language (`Anna and Tom`, `… anna meier und ich`).
CONJUNCTIONS = {"English": "and", "German": "und", "French": "et", "Italian and Portuguese": "e", "Spanish": "y",
                "Dutch": "en", "Polish and Catalan": "i", "Afrikaans": "'n"}


def after_a_stop(form: str, start: int) -> bool:
    """Whether `start` follows a comma, a full stop, a semicolon, (closer 226) an exclamation's or a question's mark or
    a dash between blanks of `form`, and up to three blanks (read in place)."""
    at = start
    while at > 0 and start - at < 3 and form[at - 1] in " \t":
        at -= 1
    return at > 0 and (form[at - 1] in ",.;!?" or form[at - 1] == "-" and at < start and at > 1 and (
        form[at - 2] in " \t"))


def capital_blocks(form: str) -> Iterator[Tuple[int, int]]:
    """The spans of `form`'s runs of lines with no letter in lower case (each line read once)."""
    block = -1
    start = 0
    while True:
        end = form.find("\n", start)
        stop = len(form) if end < 0 else end
        line = form[start:stop]
        if line.upper() == line:
            block = start if block < 0 else block
        elif block >= 0:
            yield block, start - 1
            block = -1
        if end < 0:
            break
        start = end + 1
    if block >= 0:
        yield block, len(form)


def a_person(name: str) -> bool:
    """Whether the words of `name` are no generic addressee's nor a business's (`Customer Service`, `Example Shop`),
    nor an activity's name (_ACTIVITY: `Good Housekeeping`, `Acme Publishing`)."""
    return not any(word.lower() in _NOT_A_PERSON or _ACTIVITY.fullmatch(word) is not None for word in name.split())


# (closer 200, review 34) A place's, a building's or an institution's word, alone or ending a compound, which opens the
# name of a place or a firm named `X van Y` (`Museum van Loon`, `Rijksmuseum van Gogh`, `Huis van Oranje`, `Bakkerij
# van Dam`, `Schloss von Thurn`) and no given name ends on, by language (closer 210: and a shop's word of the party
# labels' languages, `sklep`, `loja`, `butikk`, after a label as no name's: `Nadawca: sklep internetowy`). Lexicon
# data, lower case.
# (closer 210, review 37) A lodging's words are no family name in a counterpart's or a campaign's full name either
# (`Premier+Inn`: counterparts, referral_links); all but `inn`, which given names end on (`Finn`, `Quinn`), and a plural
# open a place's name before a particle (`Hotel van Gogh`).
# (closer 217, review 40; tidy 51, review 39) and a guest house's, an inn's or a holiday let's by language (`Pension
# Sonnenhof`, `Gasthof Krone`, `Albergo Roma`, `Villa Rentals`; not Spanish `Posada` nor Portuguese `Pousada`, family
# names too).
LODGING_WORDS: FrozenSet[str] = frozenset((
    "inn hotel hotels hostel motel resort guesthouse rentals pension pensione pensao gasthof gasthaus landgasthof "
    "albergo auberge hostal ryokan").split())
_PLACE_BEFORE_PARTICLE = tuple(sorted(LODGING_WORDS - {"inn", "hotels", "rentals"})) + tuple((
    "museum musee museo muzeum huis haus house hof kasteel slot paleis schloss burg palast palais castle palace kerk "
    "kirche church abdij klooster kloster herberg restaurant cafe brasserie bakkerij bakkerei brouwerij brauerei "
    "molen muhle galerie gallery theater theatre schouwburg stichting fonds stiftung verein vereniging genootschap "
    "college school academie akademie instituut institut bibliotheek bibliothek archief archiv park tuin garten plein "
    "platz straat strasse gracht kade haven hafen markt fabriek winkel kantoor firma apotheek trattoria ristorante "
    "osteria pizzeria taverna locanda bodega cantina casa villa sklep loja butikk butik "
    # (closer 226, review 43: a shop's word in Spanish, French and Italian, `soy Carmen de la tienda`)
    "tienda boutique magasin negozio "
    # (closer 239, review 36: a castle's, a bistro's, a campsite's, a bakery's and a holiday flat's word, `Château de
    # Versailles`, `Camping de Kleine Wolf`; not `marina`, a given name too)
    "chateau bistro camping boulangerie apartment apartments").split())
# (those of them that are family names too, `Villa`, `Hof`, `Park`, `Haven`, `Molen`: a name's word alone)
_ALSO_FAMILY_NAMES = frozenset("huis haus house hof slot burg kerk molen muhle park haven markt casa villa".split())
_PLACE_WORDS = frozenset(_PLACE_BEFORE_PARTICLE) - _ALSO_FAMILY_NAMES
# (mend 52) ... all of them, read where the word opens a name (`villa-sofia`, `casa-lucia`: a house's).
PLACE_AND_HOUSE_WORDS = frozenset(_PLACE_BEFORE_PARTICLE)
# (closer 218, review 40) A family name's particles, one list for the readers of a name written any way
# (FULL_NAME_ANY_WAY) and of a slug's or a record's words (counterparts, dating): Dutch, German, French, Spanish,
# Italian, Portuguese, Arabic and Malay (`bin`, `binti`, `al`), Maghreb (`ben`, `ibn`, `ould`) and Welsh (`ap`) ones.
# (postal's own, _NAME_PARTICLE, reads capitalized names of its layouts.)
PARTICLE_WORDS = frozenset("van von de der den ter ten te da di du le la del della dos bin binti al ben ibn ould ap"
                           .split())


# (closer 230, review 41) Vietnamese's most common family names beside `Vo`, `Vu`, `Ly`, `Ho` (below), none a word of a
# gate language (not `Le`, `Do`).
VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyen tran pham hoang huynh phan bui dang duong ngo dinh truong trinh".split())
# (closer 220, mend 52; reviews 41, 43) Common Chinese, Korean and Vietnamese family names as romanized (lexicon data,
# lower case): pinyin (`Li`, `Zhang`), Cantonese and Taiwanese spellings (`Ng`, `Cheung`, `Hsu`), Revised Romanization
# and the older spellings people keep (`Oh`, `Park`, `Jeong`), Vietnamese (`Vo`, `Ly`). Not those of two or three
# letters that are a common word of a gate language (`he`, `ma`, `do`, `an`, `le`, `so`).
EAST_ASIAN_FAMILY_NAMES = frozenset((
    "li wu xu hu lu yu du gu fu ye yi bi qi ji mo ng ho lo ko au oh vo vu ly qu xi "
    "zhang wang chen yang huang zhao zhou xiao feng deng liang song tang peng zeng jiang shen zhong cheng qian dong "
    "yuan xiong chang chan cheung chow wong leung kwok chiu tsai hsu "
    "park choi jung jeong chung kang yoon jang hwang shin jeon hong moon kwon kwak baek kim lee lim"
).split()) | VIETNAMESE_FAMILY_NAMES
# Those of two letters: a vocabulary reads three letters or more, so a known given name before one of these is read as
# a full name by this table (`hi ming li, …`: lower_case_names). (closer 226, review 43) And those of two letters that
# are a gate language's word too (`Ma`, `He`, `Do`, `Le`, `Su`, `Ou`: Spanish's and Italian's `su`, French's `ou`): a
# known given name before one, in a layout that makes a full name certain (a greeting and a sentence going on to the
# person, a speaker's colon, a table's party), names a person (`hi anna ma, welcome back`); the word after a given name
# has no such place in a sentence. The price: `hi anna he, welcome!` is refused.
SHORT_FAMILY_NAMES = frozenset(name for name in EAST_ASIAN_FAMILY_NAMES if len(name) == 2) | frozenset(
    "ma he do le su ou".split())


def a_place_or_firm_word(word: str) -> bool:
    """Whether `word` in lower case is itself a place's, a building's, an institution's or a firm's word
    (_PLACE_BEFORE_PARTICLE: `firma`, `sklep`), no family name's (`villa`, `hof` are: _ALSO_FAMILY_NAMES)."""
    return word in _PLACE_WORDS


def a_place_before_particle(name: str) -> bool:
    """Whether capitalized `name` holds a lower-case particle (PARTICLE_WORDS) after a word that is or ends on a
    place's, a building's or an institution's word (_PLACE_BEFORE_PARTICLE): a place's or a firm's name, no
    person's."""
    words = name.split()
    return any(word in PARTICLE_WORDS and index > 0 and words[index - 1].lower().endswith(_PLACE_BEFORE_PARTICLE)
               for index, word in enumerate(words))


# The words for `at a person's` before a name, by language (`bei`, `chez`, `da`, `bij`, `u`, `hos`; case_titles reads
# them after a pickup's word). (closer 227, review 44) Those that are no particle (`Chez`, `Bei`) opening a name make it
# a restaurant's or a shop's, `at Paul's`, as a place's or a house's word does (PLACE_AND_HOUSE_WORDS: `Casa Lucio`,
# `Trattoria Mario`): rated (reviews) or booked (home_services) it is no person.
AT_A_PERSONS = "bei|chez|da|bij|u|hos|en casa de|a casa di|c/o|at"
_AT_A_PERSONS_WORDS = frozenset(AT_A_PERSONS.split("|")) - PARTICLE_WORDS


def a_place_named_like_a_person(name: str) -> bool:
    """Whether the first word of capitalized `name` is a place's, a house's or the word for `at a person's` (above)."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in PLACE_AND_HOUSE_WORDS or first in _AT_A_PERSONS_WORDS


# An activity's name, a trade's or a publication's (closer 80): a word of ten letters or more ending in `ing`
# (`Housekeeping`, `Publishing`, `Consulting`, `Engineering`); the family names of that ending are shorter (`Fleming`,
# `Browning`, `Pickering`).
_ACTIVITY = re.compile(r"[A-Za-z]{7,}ing")


def a_product(name: str) -> bool:
    """Whether the last word of `name` names a product's line, a plan's tier or a brand's goods (`Shopify Plus`;
    postal.PRODUCT_LINE_ENDS)."""
    words = name.split()
    return bool(words) and words[-1].lower() in PRODUCT_LINE_ENDS


def word_before(text: str, start: int) -> str:
    """The word of letters right before `start` of `text` (blanks between), as written; the character there when it
    is no letter (a mark, a quote); "" at the text's start. Walks back over that one word only: a rule asking it once
    per match stays linear."""
    index = start
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    end = index
    while index > 0 and text[index - 1].isalpha():
        index -= 1
    return text[index:end] if index < end else text[end - 1:end]


# (closer 218, review 40) A person's full name written any common way, one shape for the layouts that make a name
# certain (chat_lines' speaker and greeted name, dated_names' date's and table's person, dating's member): each word
# capitalized (WORD: `O'Neill`, `McKay`, `Smith-Jones`, an initial `O.`), in lower case or in capitals, its parts
# joined by a hyphen or an apostrophe (`smith-jones`, `O'NEILL`); particles of PARTICLE_WORDS between (in capitals in a
# name in capitals: `ORLA VAN DER QUENBY`). Groups `given` and `family`; FAMILY_FIRST's `family_first` and
# `given_after` (`Quenby, Orla`). Each repetition bounded, each word's letters one class at a time: linear.
# (a lower-case letter of the canonical form, as a character class's ranges: chat_lines' greeted message reads it too)
LOWER_LETTERS = "a-zß-öø-ÿ"
# (closer 226, review 43: Arabic's article glued to a capitalized family name, `AlFarsi`, `ElSayed`: _read_word reads
# the part after it)
_GLUED_ARTICLE = "[AE]l(?=[A-Z][a-z])"
ANY_WAY_WORD = (f"(?:(?:{_GLUED_ARTICLE})?{WORD}"
                f"|[{LOWER_LETTERS}](?:[{LOWER_LETTERS}]|['’\\-](?=[{LOWER_LETTERS}])){{1,29}}"
                f"|[{CAPITAL_LETTERS}](?:[{CAPITAL_LETTERS}]|['’\\-](?=[{CAPITAL_LETTERS}])){{1,29}})")
_PARTICLE_FORMS = sorted(PARTICLE_WORDS | {word.upper() for word in PARTICLE_WORDS}, key=longest_first)
# (closer 220, review 41) a second particle capitalized after a first in lower case, as French and Spanish write the
# article of a family name after `de` (`Jean-Baptiste de La Fontaine`, `Carlos de La Cruz`); a capitalized particle
# alone opens a place's or a firm's words as often (`Casa Di Giulia`), so only after one.
_CAPITALIZED_PARTICLES = sorted({word.capitalize() for word in PARTICLE_WORDS}, key=longest_first)
_SECOND_PARTICLE = f"(?:(?:{'|'.join(_PARTICLE_FORMS + _CAPITALIZED_PARTICLES)})[ \\t]{{1,3}})?"
PARTICLES = f"(?:(?:{'|'.join(_PARTICLE_FORMS)})[ \\t]{{1,3}}{_SECOND_PARTICLE})?"
# (closer 226, review 43) ... or a first particle capitalized after the given name, as Portuguese, Spanish, Dutch and
# Arabic names are written as often (`Maria Dos Santos`, `Carlos De La Cruz`, `Pieter Van Den Broek`), Arabic's
# article apart too (`Mohammed Al Farsi`, `Omar El Sayed`, `Zia Ul Haq`): group `titled_particles`, read only after a
# known given name (lower_case_names.a_matched_full_name), since a capitalized particle opens a place's or a firm's
# words as often (`Casa Di Giulia`).
_TITLED_PARTICLES = sorted({word.capitalize() for word in PARTICLE_WORDS | {"el", "ul"}}, key=longest_first)
FULL_NAME_ANY_WAY = (f"(?P<given>{ANY_WAY_WORD})[ \\t]{{1,3}}"
                     f"(?:(?P<titled_particles>(?:{'|'.join(_TITLED_PARTICLES)})[ \\t]{{1,3}}{_SECOND_PARTICLE})"
                     f"|{PARTICLES})(?P<family>{ANY_WAY_WORD})")
# (closer 220, review 41: its particles before the family name too, `van der Berg, Jaap`)
FAMILY_FIRST = f"{PARTICLES}(?P<family_first>{ANY_WAY_WORD}),[ \\t]{{1,3}}(?P<given_after>{ANY_WAY_WORD})"
# (a family name's prefix before its apostrophe, `O'`, `D'`, `d'`, opening the word: the name read is the part after
# it; an apostrophe inside a word is no prefix's, `dell'acqua` is read `Dell'acqua`)
_APOSTROPHE_PREFIX = re.compile("\\A[A-Za-z]['’](?=[^\\W\\d_]{2})")


def name_parts(match: re.Match[str]) -> Tuple[str, str]:
    """The given and the family name a match of FULL_NAME_ANY_WAY (or FAMILY_FIRST) holds, as written; the family
    name "" when the match has none."""
    groups = match.groupdict()
    if groups.get("given_after"):
        return groups["given_after"], groups["family_first"]
    return groups.get("given") or "", groups.get("family") or ""


# (closer 220, review 41) Arabic's article hyphened to a family name, as transliterated (`Al-Farsi`, `el-Sayed`,
# `Ul-Haq`, the sun letters' `As-Sayed`, `Ash-Shami`, `Ad-Din`, `Ar-Rashid`, `At-Tahir`, `Az-Zahra`, `An-Nasser`): the
# name read is the part after it, as after an apostrophe's prefix (`Mohammed Al-Farsi` is read `Mohammed Farsi`).
ARTICLE_PREFIXES = frozenset("al el ul ad ar as ash at az an".split())
_GLUED_ARTICLE_PREFIX = re.compile(f"\\A{_GLUED_ARTICLE}")


def _read_word(word: str) -> str:
    """A name's word as a vocabulary reads it: its first part before a hyphen, after an apostrophe's prefix or an
    article's (`Quenby-Dahlberg`, `O'Quenby`, `al-Quenby`, `AlQuenby` are read `Quenby`), or its syllables joined when
    they spell a known given name (`Min-jae` is read `Minjae`), capitalized."""
    parts = _GLUED_ARTICLE_PREFIX.sub("", _APOSTROPHE_PREFIX.sub("", word, count=1), count=1).split("-")
    word = parts[1] if len(parts) > 1 and parts[1] and parts[0].lower() in ARTICLE_PREFIXES else parts[0]
    if len(parts) == 2 and parts[1].islower() and a_given_name(parts[0] + parts[1]):
        # (closer 226, review 43) a Korean given name's syllables hyphened, the second in lower case (`Min-jae`,
        # `Ji-woo`: given_names.two_name_syllables reads `Minjae`); `Smith-Jones` capitalizes both
        word = parts[0] + parts[1]
    return word[:1].upper() + word[1:].lower()


def a_written_style(word: str) -> str:
    """How `word` is written: "initial" (`O.`), "lower", "capitals" (two letters or more) or "capitalized"."""
    if INITIAL.fullmatch(word):
        return "initial"
    letters = "".join(character for character in word if character.isalpha())
    if letters.islower():
        return "lower"
    return "capitals" if letters.isupper() and len(letters) > 1 else "capitalized"


def name_reading(given: str, family: str) -> str:
    """The full name `given` and `family` read as written capitalized, each word's first part (_read_word): `Orla
    Quenby` for `ORLA O'QUENBY`, `orla quenby-dahlberg`; an initial kept (`O. Quenby`, `Orla Q.`)."""
    return " ".join(word if INITIAL.fullmatch(word) else _read_word(word) for word in (given, family))


# (closer 230, review 41) A family name's Slavic endings as transliterated (Ukrainian `-enko`, `-chuk`, `-yuk`, the
# patronymic's and Serbian's `-ovych`, `-ovich`, `-ović`, the adjectival `-skyi`, `-sky`, `-ska`, `-ski`, Russian's and
# Bulgarian's `-ov`, `-ova`, `-ev`, `-eva`), read after a known given name only (a_family_name_by_its_shape).
SLAVIC_FAMILY_ENDINGS = tuple(sorted(
    "enko chuk yuk ovych evych ovich evich ovic evic skyi skyy sky ska ski ov ova ev eva".split(), key=longest_first))


def a_family_name_by_its_shape(family: str) -> bool:
    """Whether `family` as written is a family name by its shape alone, no vocabulary asked: Arabic's article hyphened
    or glued to it (ARTICLE_PREFIXES: `Al-Farsi`, `al-farsi`, `AlFarsi`), an East Asian family name
    (EAST_ASIAN_FAMILY_NAMES, JAPANESE_FAMILY_NAMES: `Zhang`, `Kim`, `tanaka`) or a Slavic ending
    (SLAVIC_FAMILY_ENDINGS: `Kovalenko`); a layout where a brand's or a club's name stands as often reads a name only
    so (dating's short match record)."""
    low = family.lower()
    head, hyphen, rest = low.partition("-")
    if hyphen and head in ARTICLE_PREFIXES and len(rest) >= 3 or _GLUED_ARTICLE_PREFIX.match(family) is not None:
        return True
    return low in EAST_ASIAN_FAMILY_NAMES or low in JAPANESE_FAMILY_NAMES or len(low) >= 5 and low.isalpha() and (
        low.endswith(SLAVIC_FAMILY_ENDINGS))


# (closer 230, review 41) Japan's most common family names (lexicon data), in kanji and romanized (Hepburn without
# long vowels' marks): self_introductions reads the kanji after `私は` ("I am"), a_family_name_by_its_shape the
# romanized.
_JAPANESE_FAMILY_NAMES_WRITTEN = (
    "佐藤 sato 鈴木 suzuki 高橋 takahashi 田中 tanaka 伊藤 ito 渡辺 watanabe 山本 yamamoto 中村 nakamura "
    "小林 kobayashi 加藤 kato 吉田 yoshida 山田 yamada 佐々木 sasaki 山口 yamaguchi 松本 matsumoto 井上 inoue "
    "木村 kimura 林 hayashi 斎藤 saito 清水 shimizu 山崎 yamazaki 森 mori 池田 ikeda 橋本 hashimoto 阿部 abe "
    "石川 ishikawa 山下 yamashita 中島 nakajima 石井 ishii 小川 ogawa 前田 maeda 岡田 okada 長谷川 hasegawa "
    "藤田 fujita 後藤 goto 近藤 kondo 村上 murakami 遠藤 endo 青木 aoki 坂本 sakamoto 斉藤 saito 福田 fukuda "
    "太田 ota 西村 nishimura 藤井 fujii 金子 kaneko 岡本 okamoto 藤原 fujiwara 中野 nakano 三浦 miura 原田 harada "
    "中川 nakagawa 松田 matsuda 竹内 takeuchi 小野 ono 田村 tamura 中山 nakayama 和田 wada 石田 ishida 森田 morita "
    "上田 ueda 原 hara 内田 uchida 柴田 shibata 酒井 sakai 宮崎 miyazaki 横山 yokoyama 高木 takagi 安藤 ando "
    "宮本 miyamoto 大野 ono 小島 kojima 谷口 taniguchi 今井 imai 工藤 kudo 高田 takada 増田 masuda 丸山 maruyama "
    "杉山 sugiyama 村田 murata 大塚 otsuka 新井 arai 小山 koyama 平野 hirano 藤本 fujimoto 河野 kono 上野 ueno "
    "野口 noguchi 武田 takeda 松井 matsui 岩崎 iwasaki 菅原 sugawara 木下 kinoshita 久保 kubo 佐野 sano "
    "野村 nomura 松尾 matsuo 菊地 kikuchi 杉本 sugimoto 市川 ichikawa 古川 furukawa 大西 onishi 島田 shimada "
    "水野 mizuno 桜井 sakurai 高野 takano 渡部 watanabe 吉川 yoshikawa 山内 yamauchi 西田 nishida 飯田 iida "
    "菊池 kikuchi 西川 nishikawa 小松 komatsu 北村 kitamura 安田 yasuda 五十嵐 igarashi 川口 kawaguchi 平田 hirata "
    "中田 nakata 久保田 kubota 服部 hattori 岩田 iwata 土屋 tsuchiya 樋口 higuchi 秋山 akiyama 田口 taguchi "
    "永井 nagai 山中 yamanaka 中西 nakanishi 吉村 yoshimura 川上 kawakami 石原 ishihara 大橋 ohashi 松岡 matsuoka "
    "浅野 asano 荒木 araki 大久保 okubo 野田 noda 小池 koike 田辺 tanabe 永田 nagata").split()
JAPANESE_FAMILY_KANJI = tuple(sorted(set(_JAPANESE_FAMILY_NAMES_WRITTEN[0::2]), key=longest_first))
JAPANESE_FAMILY_NAMES = frozenset(_JAPANESE_FAMILY_NAMES_WRITTEN[1::2])


def an_east_asian_name_by_its_shape(first: str, last: str) -> bool:
    """(closer 230, review 41) Whether lower-case `first` and `last` are an East Asian full name with no known given
    name asked: family first (EAST_ASIAN_FAMILY_NAMES) before a Chinese or a Korean given name's two syllables
    (given_names.two_name_syllables: `zhang xiaoyu`), or a short word of no vocabulary (common_words) before such a
    Vietnamese family name (VIETNAMESE_FAMILY_NAMES: `mai nguyen`; a Vietnamese given name is one syllable, and often a
    word of no table, `mai`, `lan`, `hoa`). The price: a dish or a shop of a short word before such a family name."""
    if first in EAST_ASIAN_FAMILY_NAMES and two_name_syllables(last):
        return True
    return last in VIETNAMESE_FAMILY_NAMES and 2 <= len(first) <= 5 and first.isalpha() and not (
        a_common_word_in_a_language(first))
