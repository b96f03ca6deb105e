"""The canonical form of a value, in which the detector looks for personal data.

Spelling tricks that keep a value readable to a person (or to Meta's own scanners) but hide it from a
pattern are undone first: percent-encoding, HTML entities and backslash escapes, repeated until nothing
changes (so `%2540` and `&amp;#64;` come back to `@`); Unicode compatibility forms (full-width, small-form
and math-alphanumeric letters) and look-alike letters from other scripts (Cyrillic `р`, Greek `ο`) folded
to the Latin letter they imitate; invisible characters (zero-width spaces and joiners, soft hyphens, bidi
controls, combining marks) removed, and tag characters read as the ASCII they copy; addresses spelled with words
or marks rejoined. The canonical form is only ever looked at, never sent, so a value may also be read other ways
(readings, hex_text, digits_for_letters): the detector judges each reading that applies.

Every step is linear in its input and the number of rounds is bounded; tables are built once at import
(the component's snapshot holds them).
"""

from __future__ import annotations

import binascii
import codecs
import re
import unicodedata
from typing import Dict, Iterable, List, Mapping, Tuple

from .notations import CALL_MARK, backslashed, byte_readings, called, called_ahead

# More `@` than any address list a person writes in one value: such a value is left out without reading each one
# (the work per `@` is Python's; this bounds it).
MAX_AT_SIGNS = 32
# Decoding rounds before we stop trusting a value: real values are encoded once, at most twice.
MAX_ROUNDS = 6

# Backslash escapes of JavaScript, C, Python and CSS: `\u0040`, `\x40`, octal `\100`, `\u{40}`, `\U00000040`, and
# CSS's one to six hex digits ended by a blank (`\40 `), the blank optional after six (`\000040`: CSS reads no more
# digits; three octal digits followed by three more hex digits are such an escape). Each string a value is written
# in again doubles the backslash (`\\\\u002e` in JSON text is `\\u002e` in the string it holds): an escape after a few
# backslashes is read as one after one.
_ESCAPE = re.compile(r"\\{1,8}(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-3][0-7]{2})(?![0-9a-fA-F]{3})"
                     r"|u\{0*([0-9a-fA-F]{1,6})\}|U([0-9a-fA-F]{8})|([0-9a-fA-F]{1,6})[ \t\n\r\f]"
                     r"|([0-9a-fA-F]{6}))")
_OCTAL = 3  # the group of _ESCAPE in base 8
# JSON's (and C's) escapes of a line break and a tab inside a string in a string (`"Saludos,\nYusleidy"`): the text
# reads as the lines it holds. Not after a backslash (`\\n` is a backslash and an `n`).
_BLANK_ESCAPE = re.compile(r"(?<!\\)\\([nrt])")
_BLANKS_ESCAPED = {"n": "\n", "r": "\r", "t": "\t"}
# iCalendar's and vCard's escaped comma and semicolon inside a text value (RFC 5545, RFC 6350: `LOCATION:12 Karangahape
# Road\, Auckland`), read as the mark they escape, not after a backslash (twenty-fourth attack).
_TEXT_ESCAPE = re.compile(r"(?<!\\)\\([,;])")
# JavaScript's escape() and old IIS servers write a character as `%u0040` (`%U0040` too: IIS reads either case).
_PERCENT_U = re.compile(r"%[uU]([0-9a-fA-F]{4})")
# Addresses spelled out for humans: a word for "@" or "." (or the sign itself) between brackets or quotes (any of
# Unicode's opening, closing, initial and final punctuation): `jo [at] example [dot] com`, `jo(at)example(dot)com`,
# `jo[@]example[.]com`, `jo 'at' example`, `jo「at」example`, and an `a` in brackets, which draws `@` as `ⓐ` does
# (`jo(a)example.com`); or bare words between blanks, `_`, `-`, `/` or `*`: `jo at example dot com`,
# `jo_at_example_dot_com`, `jo/at/example/dot/com`. The words, by language (the patterns are built below, from the
# words folded as values are): bare, an "@" word and a "." word are read together only when of one language.
_SPELLED_LANGUAGES = {  # language: (words for "@", words for ".")
    "en": ("at at_the_rate", "dot period full_stop point dt"), "de": ("at klammeraffe bei", "punkt"),
    "nl": ("at apenstaartje apenstaart bij", "punt"),
    "sv": ("at snabel_a kanelbulle hos", "punkt"), "da": ("at snabel_a grisehale hos", "punktum"),
    "no": ("at krøllalfa alfakrøll alfa snabel_a hos", "punktum"),
    "fi": ("miukumauku kissanhäntä ät", "piste"), "es": ("arroba", "punto"), "pt": ("arroba a_comercial", "ponto"),
    "it": ("chiocciola chiocciolina", "punto"), "fr": ("arobase arobas chez", "point"), "pl": ("małpa", "kropka"),
    "cs": ("zavináč", "tečka"), "hu": ("kukac", "pont"), "ru": ("собака собачка", "точка"),
    "uk": ("равлик собачка", "крапка"), "el": ("παπάκι", "τελεία"),
    # the same words as typed in Latin letters where the keyboard has no other script (Russian `sobaka`, Greek
    # `papaki`, Ukrainian `ravlyk`, Bulgarian `klyomba`, Hebrew `shtrudel`)
    "ru_latn": ("sobaka sobachka", "tochka"), "el_latn": ("papaki", "teleia"),
    "uk_latn": ("ravlyk sobachka", "krapka"),
    "bg_latn": ("klyomba maymunka", "tochka"), "he_latn": ("shtrudel", "nekuda"),
    "ja_latn": ("attomaku atto_maaku", "dotto dot"), "zh_latn": ("xiaolaoshu xiao_laoshu", "dot"),
    "ko_latn": ("golbaengi", "dot"),
    # the other names a language has for it (German's monkey's tail, Dutch's spelling without `n`, Turkish's tailed a)
    "de_more": ("affenschwanz affenohr", "punkt"), "nl_more": ("apestaartje", "punt"),
    "tr_more": ("kuyruklu_a et_işareti at_işareti", "nokta"),
    # the key lexicon's other languages (README, "Judge keys by their tokens"), in their own script
    "tr": ("et", "nokta"), "ro": ("arond", "punct"), "he": ("שטרודל", "נקודה"),
    "hi": ("ऐट एट", "डॉट"), "th": ("แอท", "จุด ดอท ดอต"), "ar": ("آت", "نقطة دوت دات"), "id": ("et keong", "titik"),
    "vi": ("a_còng a_móc", "chấm"), "ja": ("アットマーク アット", "ドット"),
    "zh": ("艾特 小老鼠", "点 點"), "ko": ("골뱅이 앳", "점 닷"),
    # Arabic and Persian also write the English words in their script (`آت`, `دوت`/`دات`), Persian with its own
    # spelling of the Arabic word for a point (`نقطه`); so does Thai (`แอท` is English `at`, `ดอท` its `dot`)
    "fa": ("اَت", "نقطه دات دوت"),
    # more of Europe and the Caucasus (Icelandic, the Baltic states, the Western and Southern Slavic languages in
    # both their scripts, Albanian, Armenian, Georgian; Estonian says `ät` as Finnish does)
    "is": ("hjá", "punktur"), "lt": ("eta", "taškas"), "lv": ("et", "punkts"), "et": ("kommertsmärk ät", "punkt"),
    "sk": ("zavináč", "bodka"), "sl": ("afna", "pika"), "hr": ("et majmunčić majmunče manki", "točka"),
    "sr": ("majmunče мајмунче", "tačka тачка"), "bs": ("majmunče", "tačka"), "mk": ("мајмунче", "точка"),
    "bg": ("маймунка кльомба маймунче", "точка"), "sq": ("et majmun majmuni", "pikë"), "hy": ("շնիկ", "կետ"),
    "ka": ("ეთ ძაღლუკა", "წერტილი"),
    # Belarusian and Haitian Creole (nineteenth attack, as Croatian's, Bulgarian's and Albanian's other words for "@"
    # above: a little monkey, a little dog)
    "be": ("сабачка", "кропка"), "ht": ("aroba", "pwen"),
    # South Asia (twentieth attack): Bengali, Nepali and Urdu write the English words in their script, as Hindi does
    "bn": ("এট অ্যাট", "ডট"), "ne": ("एट", "डट"), "ur": ("ایٹ", "ڈاٹ"),
    # Esperanto (`ĉe`, "at", folded to `ce`; `punkto`) and Kurmanji (`li`, "at, in"; `xal`, a point) (twenty-fourth
    # attack)
    "eo": ("ĉe", "punkto"), "ku": ("li", "xal"),
    # Kazakh (`айқұлақ`, "moon ear", and `нүкте`; twenty-sixth attack)
    "kk": ("айқұлақ", "нүкте"),
    # Amharic writes the English words in its script (`አት`, `ዶት`), as Hindi does; Welsh calls "@" a snail (`malwen`)
    # and says `dot`; Basque a rolled a (`a bildua`, with `puntu`); Irish its word for "at" (`ag`, with `ponc`)
    # (twenty-seventh attack)
    "am": ("አት", "ዶት"), "cy": ("malwen", "dot"), "eu": ("a_bildua", "puntu"), "ga": ("ag", "ponc"),
    # Uzbek (`kuchukcha`, a puppy, and `nuqta`); Burmese, Khmer and Lao write the English words in their script, as
    # Hindi does (`အက်`, `អាត់`, `ແອັດ`; `ဒေါ့`, `ដត់`, `ດອດ`) (twenty-eighth attack)
    "uz": ("kuchukcha", "nuqta"), "my": ("အက်", "ဒေါ့"), "km": ("អាត់", "ដត់"), "lo": ("ແອັດ", "ດອດ"),
    # Catalan (`arrova`, `punt`; Dutch's `apenstaart` beside its diminutive above) (thirty-third attack)
    "ca": ("arrova", "punt"),
    # Malay (`di`, "at", and `titik`), Afrikaans (`aapstert`, a monkey's tail, and `punt`), Tagalog (the English `at`
    # and `tuldok`) (forty-fourth attack)
    "ms": ("di", "titik"), "af": ("aapstert", "punt"), "tl": ("at", "tuldok"),
}
# A `_` in a word stands for what may join its two words, a blank, `_`, `-` or nothing (Vietnamese `a còng`, Swedish
# `snabel-a` typed `snabel a` or `snabela`, Indian English `at the rate` typed `at-the-rate` or `atthe rate`).
# A word of a language's preposition for "at" a person's place (German `bei`, Dutch `bij`, French `chez`, the
# Scandinavian `hos`: `jo bei gmx.de`, as English `at`) names a shop's site before a product as often (`Jacke bei
# Otto.de`): read as the prepositions are (_ORDINARY_TOO below) and only before a mail provider's domain or after a
# mail word (_AT_ELSEWHERE), never in a slug.
# Words for "@" that are an ordinary word of another lexicon language (`et` is French and Latin for "and") are read
# only next to their own language's word for "." (`jo et example nokta com`), never alone before a domain or in a
# slug (`fnac.com et amazon.fr`, `noir-et-blanc-fr` are French).
# Kurmanji `li` is also a name's word (Chinese `Li`, the brand `Li-Ning`): not read in a slug, where words lose their
# case.
# Words for "@" that are ordinary words of a sentence too (Lithuanian `eta`: Basque "and", an arrival's ETA; Norwegian
# `alfa`: a Greek letter, a car's name; Portuguese `a comercial`: "the commercial") are read as the prepositions are
# (_ORDINARY_TOO below: typed as an address is, after a mail word or alone), never in a slug (`giulia-alfa-romeo-it`).
_ORDINARY_AT_WORDS = frozenset({"eta", "alfa", "a_comercial"})
_AT_ELSEWHERE = frozenset({"bei", "bij", "chez", "hos"})
_NOT_IN_SLUGS = frozenset({"li"}) | _ORDINARY_AT_WORDS | _AT_ELSEWHERE
_PAIRED_ONLY = frozenset({"et", "ce"})  # (`ce`: French "this")
_PAIRED_ONLY |= {"ag"}  # Irish "at" is German's `AG` (a company) and silver's symbol too
_PAIRED_ONLY |= {"di"}  # Malay "at" is Italian's "of" and Indonesian's "in" too
# Words for "." that are ordinary English words too (`point`, `period`, `full stop`, `dt`, the other languages' `punt`,
# `pont`, `piste`, `pike`) count bare after an "@" word of their own language that is no English word (`jo arobase
# exemple point fr`); after `@`, English `at` or a preposition, only before a mailbox's top-level domain
# (_MAILBOX_TOP_LEVEL: `jo at example point com`; `thanks @john point taken`, `ski at the piste today`, `at this point
# in time` are sentences).
_ENGLISH_TOO = frozenset({"point", "punt", "pont", "piste", "pike", "period", "full_stop", "dt"})
# A word for "@" with another language's word for "." (`jo at example titik com`: a user writes the English `at` with
# their own language's dot) is read as the ordinary words above are, before a mailbox's top-level domain; not the
# words read only with their own language's word for "." nor those that are ordinary words of a sentence too.
_NOT_MIXED = _PAIRED_ONLY | _ORDINARY_AT_WORDS
# A mailbox's top-level domain right after a word for ".": `com`, `net`, `org`, `edu`, `gov` ending a word, or two
# letters ending the value or before a mark (`… point in time` goes on as a sentence), no English word of two letters
# (`We were at this point in.`: a country's code is one as often, `in`, `it`, `is`, `me`, `no`, `to`, `us`).
_MAILBOX_TOP_LEVEL = re.compile(r"(?:com|net|org|edu|gov)(?![^\W_])|[a-z]{2}(?=[^\w\s]|\s*\Z)", re.IGNORECASE)
_TWO_LETTER_WORDS = frozenset("am an as at be by do go he if in is it me my no of on or so to up us we".split())
# Blanks around `@`, and before the first dot of the domain after it (`jo @ example . com`, a line break
# before `@`): a person reads through them, an address pattern does not. (`Meet @ home. Then` stays apart:
# a sentence's full stop has no blank before it; so does a mention, spaces before `@`, none after and no dot in the
# word: `thanks @jo`, `npm i @scope/name`.)
# Only an `@` with a blank beside it is matched: one without is left as it is, so a value of many `@` (`a@a@a@...`)
# costs one scan, not a call per `@`. A domain begins with a letter: `5 @ 3.50` is a price.
_AT_BLANKS = re.compile(r"(?<!\s)(?=\s|@\s)(\s*)@(\s*)(?=[^\W\d_])")
_DOMAIN_AHEAD = re.compile(r"[^\s@.]*\.[^\W\d_]")
_DOMAIN_DOT_BLANKS = re.compile(r"@([^\s@.]+)\s+\.\s*(?=[A-Za-z]{2})")
_AT_RUN = re.compile("@{2,}")
_CONCATENATION = re.compile(r"(['\"`])\s*\+\s*\1")
# PHP's and Perl's `.` between two strings (`"jo" . "@" . "example.com"`): a closing quote after a string's last
# character and an opening one before the next string's first (not `join('.')`, a string holding a dot).
# ... and SQL's `||`, Visual Basic's and Excel's `&` (`'jo' || '@' || …`, `"jo" & "@" & …`).
_DOT_CONCATENATION = re.compile(r"(?<=[^(\[{,'\"`])(['\"])\s*(?:\.|\|\||&)\s*\1(?=[^)\]},;'\"`])")
# An `@` (its quotes read already: `'@'` is `@`) between two quoted strings joined by an operator or a call's commas,
# whatever the language writes (SQL's `CONCAT('jo', '@', 'example.com')`, a spreadsheet's `CONCATENATE`, Twig's `~`,
# Elixir's `<>`, Haskell's `++`, Lua's `..`, OCaml's `^`): the closing quote, the marks (any but a letter, a digit or
# a line break), the `@` and the opening quote read as `@`.
_QUOTED_AT = re.compile(r"(?<=[^\s'\"`])['\"`][^\w'\"`@\n]{0,6}@[^\w'\"`@\n]{0,6}['\"`](?=[^\s'\"`])")
_TEMPLATE_STRING = re.compile(r"\$\{\s*(['\"])([^'\"{}]*)\1\s*\}")
_INVISIBLE_CATEGORIES = frozenset({"Mn", "Me", "Cf"})
# iCalendar and vCard fold a long line with a line break and one blank, removed when the line is read (RFC 5545 3.1,
# RFC 6350 3.2): inside an address's domain (`mailto:jo@exa` and ` mple.et` on the next line) the domain is read whole.
# The domain's run has no `@` nor blank: each `@` starts one scan, to the run's end.
_FOLDED_DOMAIN = re.compile(r"(@[\w.-]+)\r?\n[ \t](?=[\w.-])")


# Every Latin small capital of one letter is that letter, by its Unicode name (`ꜱ`, `ɪ`, `ꞯ`: the table above lists
# the common ones; small capitals spell whole words, `ꜱᴜʀɴᴀᴍᴇ`), not the turned, barred or ligature ones.
_SMALL_CAPITAL_NAME = re.compile(r"LATIN LETTER SMALL CAPITAL ([A-Z])")
# A Latin small letter drawn with a stroke, a hook or a bar that no decomposition takes apart (`ꝑ`, a p with a stroke
# through its descender; `ꝁ`) is its letter, by its Unicode name.
_MARKED_LETTER_NAME = re.compile(r"LATIN SMALL LETTER ([A-Z]) WITH (?:STROKE|DIAGONAL STROKE|STROKE THROUGH DESCENDER)")
_ROUND_DOT_NAME = re.compile(
    r"(?:N-ARY )?(?:CIRCLED |SQUARED )?DOT OPERATOR|BULLET OPERATOR|(?:CIRCLED )?(?:WHITE )?BULLET")


def _look_alikes() -> Tuple[Dict[int, str], Dict[str, str]]:
    """Letters of other scripts that render like a Latin letter, and separators that render like `.` or `@`:
    the subset of Unicode's confusables that matters for the addresses and keys we look for. Besides, from the same
    pass, the characters of Unicode's opening, closing, initial and final punctuation (categories Ps, Pe, Pi, Pf),
    escaped for a character class (the brackets and quotes of _SPELLED)."""
    pairs = (
        # Cyrillic
        "аa вb еe ёe ѐe кk мm нh оo рp сc тt уy хx ѕs іi їi јj һh ԁd ԛq ԝw ӏl ɡg ԍg ҽe ӕa ѵv ѡw үy"
        " АA ВB ЕE ЁE КK МM НH ОO РP СC ТT УY ХX ЅS ІI ЇI ЈJ Һh Ԁd ԚQ ԜW Ӏl ҮY"
        # Greek
        " αa βb εe ηn ιi κk νv οo ρp τt υu χx ωw γy ϲc ϳj"
        " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ϿJ"
        # Armenian, Latin variants
        " օo սu հh ոn ցg զq ɑa ıi ȷj ɩi ʟl ᴀa ʙb ᴄc ᴅd ᴇe ɢg ʜh ᴊj ᴋk ᴍm ɴn ᴏo ᴘp ʀr ᴛt ᴜu ᴠv ᴡw ʏy ᴢz"
        # letters with a stroke, which no decomposition takes apart (Polish, Scandinavian, Croatian, Maltese); a
        # capital stays one (a name's first letter: `Ørsted`, `Łukasz`)
        " łl ŁL øo ØO đd ĐD ħh ĦH ŧt ŦT ƀb ɨi"
        # dots and at signs that compatibility normalization leaves alone
        " 。. ｡. ︒. ․. ‧. ⸳. ·."
    ).split()
    table: Dict[int, str] = {}
    punctuation: Dict[str, List[str]] = {"Ps": [], "Pe": [], "Pi": [], "Pf": []}
    for pair in pairs:
        table[ord(pair[0])] = pair[1:]
    # Beyond the letters, whole classes by Unicode's own data: every dash is `-`, every full stop, dot leader
    # and one-dot punctuation a `.`, every commercial at an `@` (Arabic, Ethiopic, Mongolian stops included), and
    # the bullet and the dots mathematics draws alone or in a ring or a square (`∙`, `⋅`, `⊙`, `⊡`, `◦`, `⦿`) a `.` too.
    for code in range(0x80, 0x10000):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Pd":
            table.setdefault(code, "-")
        elif category == "Po":
            name = unicodedata.name(char, "")
            if name.endswith(("FULL STOP", "ONE DOT LEADER", "MIDDLE DOT", "HYPHENATION POINT")) or name == "BULLET":
                table.setdefault(code, ".")
            elif name.endswith("COMMERCIAL AT"):
                table.setdefault(code, "@")
        elif category in ("Sm", "So") and _ROUND_DOT_NAME.fullmatch(unicodedata.name(char, "")) is not None:
            table.setdefault(code, ".")
        elif category == "Ll" and code > 0x250:
            capital = _SMALL_CAPITAL_NAME.fullmatch(unicodedata.name(char, ""))
            if capital is not None:
                table.setdefault(code, capital.group(1).lower())
            elif not unicodedata.decomposition(char):
                marked = _MARKED_LETTER_NAME.fullmatch(unicodedata.name(char, ""))
                if marked is not None:
                    table.setdefault(code, marked.group(1).lower())
        elif category in punctuation:
            punctuation[category].append(re.escape(char))
    # Hangul fillers and the braille blank render as nothing.
    for invisible in "\u115f\u1160\u3164\uffa0\u2800\u180e":
        table[ord(invisible)] = ""
    return table, {category: "".join(chars) for category, chars in punctuation.items()}


_LOOK_ALIKE_TABLE, _PUNCTUATION = _look_alikes()
_LOOK_ALIKES = str.maketrans(_LOOK_ALIKE_TABLE)

# Separators that look like `-` or `.` but are no dash or full stop to Unicode (a minus sign, a box drawing's line, a
# spacing dot above, Tibetan's tsheg, a syllabary's middle dot), by their Unicode names: a character named a minus, a
# dash, a tilde (mathematics' tilde operator `∼` too), a hyphen bullet or a box drawing's horizontal line, alone or
# with a word for its weight, size or place, is `-`; one named a middle, raised, sinological, separator or
# punctuation dot, a dot above, or a tsheg (the dot between Tibetan syllables) is `.`; a fraction, division, big,
# dotted or very heavy slash or solidus is `/`;
# any other script's comma (Arabic, ideographic, Armenian, a small one; not a turned, raised or double one) is `,`;
# any other script's colon (Ethiopic's `፥` and its preface colon `፦`, Mongolian's, Syriac's; not a semicolon nor a
# tricolon) and Khmer's, which Unicode names for its shape (camnuc pii kuuh, `៖`), is `:` (a label's colon: `ስም፦`);
# so is Ethiopic's wordspace `፡`, drawn as a colon and written as one after a greeting or a label (`ሰላም፡ ሽመይ …`).
# Read before compatibility decomposition, which turns some into a blank and a
# combining mark (`˙`) or into ASCII that is no separator (full-width `～` into `~`).
_STROKE_NAME = re.compile(
    r"(?:(?:MODIFIER LETTER(?: LOW)?|SUPERSCRIPT|SUBSCRIPT|HEAVY|FULLWIDTH|SMALL|SWUNG|REVERSED) )?(?:MINUS SIGN|MINUS"
    r"|HYPHEN BULLET|DASH|TILDE(?: OPERATOR)?)"
    r"|BOX DRAWINGS (?:LIGHT|HEAVY|DOUBLE)(?: (?:DOUBLE|TRIPLE|QUADRUPLE) DASH)? HORIZONTAL")
_DOT_NAME = re.compile(r"(?!.* WITH )(?:.* )?(?:MIDDLE|RAISED|SINOLOGICAL|SEPARATOR|PUNCTUATION) DOT|DOT ABOVE"
                       r"|.* (?:INTERSYLLABIC|DELIMITER) TSHEG(?: BSTAR)?")
_SLASH_NAME = re.compile(r"(?:FRACTION|DIVISION|BIG|DOTTED|VERY HEAVY|FULLWIDTH) (?:SLASH|SOLIDUS)")
_COMMA_NAME = re.compile(r"(?!.*(?:TURNED|RAISED|DOUBLE) |DIGIT )(?:.* )?COMMA")  # (`🄇` is a digit: below)
_COLON_NAME = re.compile(r"(?:.* )?COLON(?: .*)?|KHMER SIGN CAMNUC PII KUUH|ETHIOPIC WORDSPACE")
# A number's own separators named so (Arabic's `٫` and `٬`, written between Arabic-Indic digits): the decimal one is
# `.`, the thousands one `,`, as the digits they separate fold to ASCII.
_NUMBER_SEPARATOR_NAME = re.compile(r"(?:.* )?(DECIMAL|THOUSANDS) SEPARATOR")
# A character drawn as a vertical bar (a broken bar `¦`, a box drawing's vertical line `│`, mathematics' `∣`, a light
# vertical bar `❘`, a dental click `ǀ`) is `|`, which the detector reads between digit groups.
_BAR_NAME = re.compile(r"BROKEN BAR|DIVIDES|(?:LIGHT )?VERTICAL (?:BAR|LINE EXTENSION)|LATIN LETTER DENTAL CLICK"
                       r"|BOX DRAWINGS (?:LIGHT|HEAVY)(?: (?:DOUBLE|TRIPLE|QUADRUPLE) DASH)? VERTICAL")


_PARENTHESIZED_A = 0x249C
# Latin capitals drawn in a shape (circled, squared, negative circled or squared: `🅰`, `🅐`, `🄰`, `Ⓐ`) and the
# regional indicators that spell a flag (`🇦🇹` is `AT`), by their Unicode names: the letter they draw (thirty-fifth
# attack); an `A` among them draws `@` too (readings()).
_DRAWN_LETTER_NAME = re.compile(r"(?:(?:NEGATIVE )?(?:CIRCLED|SQUARED) LATIN CAPITAL LETTER|REGIONAL INDICATOR SYMBOL "
                                r"LETTER) ([A-Z])")


def _separator_look_alikes() -> Dict[int, str]:
    table: Dict[int, str] = {}
    for code in range(0x80, 0x20000):
        category = unicodedata.category(chr(code))
        if category in ("Sm", "Sk", "So", "Po", "Lo", "No"):
            name = unicodedata.name(chr(code), "")
            if _STROKE_NAME.fullmatch(name):
                table[code] = "-"
            elif _DOT_NAME.fullmatch(name):
                table[code] = "."
            elif _SLASH_NAME.fullmatch(name):
                table[code] = "/"
            elif _COMMA_NAME.fullmatch(name):
                table[code] = ","
            elif category == "Po" and _COLON_NAME.fullmatch(name):
                table[code] = ":"
            elif _BAR_NAME.fullmatch(name):
                table[code] = "|"
            elif _NUMBER_SEPARATOR_NAME.fullmatch(name):
                table[code] = "." if name.endswith("DECIMAL SEPARATOR") else ","
            elif category == "No" and "CIRCLED" in name and not unicodedata.decomposition(chr(code)):
                # a dingbat's, a negative or a double circled digit (`➀`, `❶`, `⓵`), which compatibility folding
                # leaves alone; these sets count 1 to 10 with no zero (but `⓿`, `🄋`): their ten is typed for 0
                digit = unicodedata.digit(chr(code), None)
                if digit is not None or name.endswith(("NUMBER TEN", "DIGIT ZERO")):
                    table[code] = str(digit or 0)
            elif category == "No" and (name.startswith("PARENTHESIZED ") or name.endswith((" FULL STOP", " COMMA"))):
                # a number in parentheses, or with a full stop or a comma (`⒍`, `🄇`: a list's marks), stands alone,
                # as digits typed apart do (`⑹⑷⑺` and `⒍⒋⒎` are `6 4 7 `)
                table[code] = unicodedata.normalize("NFKD", chr(code)).strip("(),.") + " "
            elif name.startswith("PARENTHESIZED ") and code != _PARENTHESIZED_A:
                # `⒵` is `z`, not the `(z)` compatibility folding makes of it; `⒜` stays `(a)`, which draws `@`
                # (its reading as `a` is another reading: readings())
                inner = unicodedata.normalize("NFKD", chr(code))[1:-1]
                if inner.isascii() and inner.isalnum():
                    table[code] = inner
    return table


def _drawn_letters() -> Dict[int, str]:
    table: Dict[int, str] = {}
    # (Unicode's blocks of enclosed alphanumerics, U+2460 to U+24FF and U+1F100 to U+1F1FF)
    for code in (*range(0x2460, 0x2500), *range(0x1F100, 0x1F200)):
        drawn = _DRAWN_LETTER_NAME.fullmatch(unicodedata.name(chr(code), ""))
        if drawn is not None:
            table[code] = drawn.group(1)
    return table


_SEPARATOR_LOOK_ALIKES = str.maketrans({**_separator_look_alikes(), **_drawn_letters()})


# Unicode's tag characters (U+E0020 to U+E007E) copy printable ASCII invisibly (emoji flag sequences use them; so
# does "ASCII smuggling"): read as the character they copy, the others (language tag, cancel tag) removed.
_FIRST_TAG, _LAST_TAG = "\U000e0020", "\U000e007e"
# Arabic-script letters written in either of two forms (Persian `ی` and `ک` for Arabic `ي` and `ك`, alef maksura, tā'
# marbūṭa and the ezafe's `ۀ` for `ه`): the rules that read words (a key's tokens, an address's words) fold them to
# one, so a Persian and an Arabic spelling meet; the canonical form keeps them.
ARABIC_LETTER_VARIANTS = {"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643", "\u0629": "\u0647",
                          "\u06c0": "\u0647"}
_TATWEEL = "\u0640"  # Arabic script's elongation of a joint (`دوـت` is `دوت`): a filler, no letter


# A capital digraph letter of Serbian and Croatian Latin (`Ǉ`, `Ǌ`, `Ǆ`, `Ǳ`) opening a word in small letters is
# its title-case form (`Ǉubica` is `Ljubica`): compatibility folding splits it into two capitals (`LJubica`), which no
# name's word is. Before a capital or alone it stays two capitals (`ǇUBICA`).
_CAPITAL_DIGRAPH = re.compile("[\u01c4\u01c7\u01ca\u01f1](?=[^\\W\\d_])")


def _titled_digraph(match: re.Match[str]) -> str:
    digraph = match.group()
    following = match.string[match.end()]
    return unicodedata.normalize("NFKD", digraph.title()) if following.islower() else digraph


# Braille's digits: the number sign `⠼`, then the cells of the letters a to j for 1 to 9 and 0 (`⠼⠚⠁⠛⠋` is 0176),
# up to the next cell of another kind or a blank; the same cells without the sign are letters, left as they are.
_BRAILLE_DIGIT_CELLS = "\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a"
_BRAILLE_NUMBER = re.compile(f"\u283c([{_BRAILLE_DIGIT_CELLS}]+)")
_BRAILLE_AS_DIGITS = str.maketrans(_BRAILLE_DIGIT_CELLS, "1234567890")


def _braille_digits(match: re.Match[str]) -> str:
    return match.group(1).translate(_BRAILLE_AS_DIGITS)


def _fold_unicode(text: str) -> str:
    if "\u283c" in text:  # (Braille's number sign, in C first: most text holds none)
        text = _BRAILLE_NUMBER.sub(_braille_digits, text)
    if not text.isascii() and _CAPITAL_DIGRAPH.search(text) is not None:
        text = _CAPITAL_DIGRAPH.sub(_titled_digraph, text)
    decomposed = unicodedata.normalize("NFKD", text.translate(_SEPARATOR_LOOK_ALIKES))
    if not decomposed.isascii():
        # (each distinct character read once, the text then translated in C: a text repeats its characters)
        readings: Dict[int, str] = {}
        for char in set(decomposed):
            reading = _folded_character(char)
            if reading != char:
                readings[ord(char)] = reading
        decomposed = decomposed.translate(readings)
    return unicodedata.normalize("NFKC", decomposed.translate(_LOOK_ALIKES))


def _folded_character(char: str) -> str:
    """What _fold_unicode reads a decomposed character as: a digit of any script as the digit, a tag character as
    the ASCII character it spells (unseen), nothing for an invisible mark or a tatweel, else itself."""
    if char.isascii():
        return char
    category = unicodedata.category(char)
    if category == "Nd":  # a digit of any script counts as the digit
        return str(unicodedata.decimal(char))
    if _FIRST_TAG <= char <= _LAST_TAG:  # a tag character spells its ASCII character, unseen
        return chr(ord(char) - 0xE0000)
    return char if category not in _INVISIBLE_CATEGORIES and char != _TATWEEL else ""


def _words_by_language(index: int) -> Dict[str, frozenset[str]]:
    """Each word of _SPELLED_LANGUAGES for "@" (index 0) or "." (1), folded as values are, with its languages."""
    languages: Dict[str, set[str]] = {}
    for language, words in _SPELLED_LANGUAGES.items():
        for word in words[index].split():
            # (a word written in katakana is typed in hiragana as often: `アット` as `あっと`)
            for written in {word, word.translate(_HIRAGANA_FOR_KATAKANA)}:
                languages.setdefault(_fold_unicode(written).lower(), set()).add(language)
    return {word: frozenset(found) for word, found in languages.items()}


# Katakana's letters (U+30A1 to U+30F6) and the hiragana letter each one writes the same syllable as, 0x60 below.
_HIRAGANA_FOR_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def spelled_key(word: str) -> str:
    """A word for "@" or "." as the lexicon spells it (`at_the_rate`), from any way it is joined in a value
    (`at-the-rate`, `atthe rate`): its letters alone looked up (_JOINED_WORDS)."""
    letters = _UNJOINED.sub("", word.lower())
    return _JOINED_WORDS.get(letters, letters)


_UNJOINED = re.compile(r"[\s_-]+")


def longest_first(word: str) -> Tuple[int, str]:
    """The order an alternation of words wants (`sorted(words, key=longest_first)`): longest first (a word before
    its prefix), then in code point order. Never a set's order, which follows the string hash seed (random per run;
    the .wasm build cannot fix it): the pattern's text, so the match it finds, is then the same in every run."""
    return -len(word), word


def table_phrases(table: Mapping[str, str], apart: str = "|") -> List[str]:
    """The phrases of a vocabulary by language (each line's phrases apart by `apart`), in the canonical form in lower
    case with one blank between words, longest first: what phrase_alternation and by_first_letter read."""
    return sorted({" ".join(canonical(phrase)[0].lower().split()) for line in table.values()
                   for phrase in line.split(apart)}, key=longest_first)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Phrases (canonical, lower case, one blank between words) as one alternation, longest first, each blank read as
    one to three blanks or tabs, as a text writes them."""
    return "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}")
                    for phrase in sorted(set(phrases), key=longest_first))


def table_alternation(table: Mapping[str, str], apart: str = "|") -> str:
    """A vocabulary by language (each line's phrases apart by `apart`) as one alternation: table_phrases read by
    phrase_alternation, the one way a module turns its table into a pattern."""
    return phrase_alternation(table_phrases(table, apart))


def by_first_letter(*words: Iterable[str]) -> str:
    """One alternation per first letter (`a(?:t|rroba)|p(?:unkt|oint)`): a search tries a few branches at each
    position instead of every word."""
    groups: Dict[str, List[str]] = {}
    for word in sorted({word for group in words for word in group}, key=longest_first):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _branches(alternation: str) -> List[str]:
    """The top-level branches of regex `alternation` (its `|` outside groups and character classes)."""
    branches, start, depth, in_class, at = [], 0, 0, False, 0
    while at < len(alternation):
        letter = alternation[at]
        if letter == "\\":
            at += 1
        elif in_class:
            in_class = letter != "]"
        elif letter == "[":
            in_class = True
            at += alternation[at + 1:at + 2] == "]"  # (a `]` first in a class is a member)
        elif letter in "()":
            depth += 1 if letter == "(" else -1
        elif letter == "|" and depth == 0:
            branches.append(alternation[start:at])
            start = at + 1
        at += 1
    return [*branches, alternation[start:]]


def branches_by_first_letter(alternation: str) -> str:
    """Regex `alternation` with its branches that open with one literal character grouped by it, as by_first_letter
    groups words (`am |an(?:ga)? |[0-9]x` as `a(?:m |n(?:ga)? )|[0-9]x`): a search tries a few branches at each
    position instead of every one, and finds a match where the alternation does (a cue's search reads no more).
    When every branch opens so, the engine skips in C to a position holding one of their first characters."""
    groups: Dict[str, List[str]] = {}
    others = []
    for branch in _branches(alternation):
        # (a plain character, punctuation escaped or a line break or a tab: `\(`, `\n`; not one a quantifier follows)
        size = 2 if branch[:1] == "\\" and branch[1:2] != "" and (branch[1] in "nt" or not branch[1].isalnum()) else 1
        if (size == 2 or branch[:1] != "" and branch[0] not in "\\[](){}.*+?^$|") and (
                branch[size:size + 1] not in ("?", "*", "+", "{")):
            groups.setdefault(branch[:2] if size == 2 else re.escape(branch[0]), []).append(branch[size:])
        else:
            others.append(branch)
    return "|".join([*(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()), *others])


_AT_LANGUAGES = _words_by_language(0)
_DOT_LANGUAGES = _words_by_language(1)
_JOINED_WORDS = {word.replace("_", ""): word for word in [*_AT_LANGUAGES, *_DOT_LANGUAGES] if "_" in word}
_JOINT = "[\\s_-]?"  # (what joins a word's two words in a value: see _SPELLED_LANGUAGES)
_AT_WORD, _DOT_WORD = (by_first_letter(_AT_LANGUAGES).replace("_", _JOINT),
                       by_first_letter(_DOT_LANGUAGES).replace("_", _JOINT))
_AT_WORD_ALONE = by_first_letter(word for word in _AT_LANGUAGES if word not in _PAIRED_ONLY).replace("_", _JOINT)
_SLUG_AT_WORD = by_first_letter(word for word in _AT_LANGUAGES
                                if word not in _PAIRED_ONLY and word not in _NOT_IN_SLUGS).replace("_", _JOINT)
DOT_WORD = _DOT_WORD  # (a pattern) the words for "." of every language: the detector's spelled IPv4 addresses too


def _language_keepers() -> Dict[str, str]:
    """Words for "@" that folding turns into the English one (Finnish `ät` into `at`, after which `piste` would read
    as English): each with the first word for "@" of the first language listing it, which it is read as before
    folding; that word is read in every language listing the kept one (Finnish and Estonian `ät`): _AT_LANGUAGES,
    updated here, gives it those languages."""
    keepers: Dict[str, str] = {}
    for language, (words, _) in _SPELLED_LANGUAGES.items():
        for word in words.split():
            if not word.isascii() and "en" in _AT_LANGUAGES.get(_fold_unicode(word).lower(), ()):
                kept = _fold_unicode(keepers.setdefault(word.lower(), words.split()[0])).lower()
                _AT_LANGUAGES[kept] = _AT_LANGUAGES[kept] | {language}
    return keepers


_KEEPERS = _language_keepers()
_KEEPER_CHARACTERS = "".join(sorted({char for word in _KEEPERS for char in word + word.upper() if not char.isascii()}))
_KEEPER = re.compile(f"(?<![^\\W\\d_])(?:{'|'.join(map(re.escape, _KEEPERS))})(?![^\\W\\d_])", re.IGNORECASE)


def _keep_language(text: str) -> str:
    if any(char in text for char in _KEEPER_CHARACTERS):
        return _KEEPER.sub(lambda match: _KEEPERS[match.group().lower()], text)
    return text


_OPENING, _CLOSING = "\\[({<" + _PUNCTUATION["Ps"], "\\])}>" + _PUNCTUATION["Pe"]
_QUOTES = "'\"" + _PUNCTUATION["Pi"] + _PUNCTUATION["Pf"]
# Marks that may enclose a field in text, escaped for a character class (postal: a label's field): brackets and quotes
# of any script (`«Name: …»`), Markdown's emphasis (`**Name:** …`) and pictographs (arrows, dingbats and emoji: `🎁`).
# (_PUNCTUATION holds Unicode's brackets beyond ASCII: postal._LABELLED reads ASCII's in pairs.)
FIELD_OPENERS = f"{_PUNCTUATION['Ps']}{_QUOTES}*\u2190-\u2bff\U0001f000-\U0001faff"
FIELD_CLOSERS = f"{_PUNCTUATION['Pe']}{_QUOTES}*\u2190-\u2bff\U0001f000-\U0001faff"
# Each match begins after a non-blank: a run of blanks is scanned once, not from each of its characters.
# (not the words that are an HTML tag's name too, read bare only: English `dt`, `<dt>Surname</dt>`)
_BARE_ONLY = frozenset({"dt"})
_MARKED_DOT_WORDS = [word for word in _DOT_LANGUAGES if word not in _BARE_ONLY]
_MARKED_DOT_WORD = by_first_letter(_MARKED_DOT_WORDS).replace("_", _JOINT)
_SPELLED = re.compile(
    f"(?<!\\s)\\s*(?:[{_OPENING}{_QUOTES}]\\s*({_AT_WORD}|{_MARKED_DOT_WORD}|@|\\.)\\s*[{_CLOSING}{_QUOTES}]"
    f"|[{_OPENING}]\\s*a\\s*[{_CLOSING}])\\s*", re.IGNORECASE)
# A separator around a spelled word is any character that is neither a letter, a digit, `@` nor `.` (a blank, `_`,
# `|`, `+`, `~`, `:`, ...), the same on both sides or not: a rule, not a list of the separators seen so far.
_SEPARATOR = "(?:[^\\w@.]|_)"
# A match begins at the separators after a letter or digit (so a run of them is scanned once), and a domain label
# here has no `_` and a `-` only between letters or digits, three at most (`t-home`), so the pattern never rescans a
# run (with any number, each word for "@" in `x-at-x-at-…` scanned the rest of the run: quadratic). The
# domain's name and its top-level domain after the word for "." may be written in the words' script (`яндекс точка
# ру`, `دوت كوم`, `دات کام`: "com"), as an internationalized domain is (`почта.рф`, `.中国`).
# ... and the same words between dots, the dots standing for the blanks (`jo.at.example.dot.com`; a host name's labels
# hold no word for "@" before one for "."): its own three groups.
_SPELLED_WORDS = re.compile(
    f"(?<=[A-Za-z0-9])(?:(?:{_SEPARATOR}+({_AT_WORD}){_SEPARATOR}+|\\s*@\\s*)([^\\W_]+(?:-[^\\W_]+){{0,3}})"
    f"{_SEPARATOR}+({_DOT_WORD}){_SEPARATOR}+"
    f"|\\.({_AT_WORD})\\.([^\\W_]+(?:-[^\\W_]+){{0,3}})\\.({_DOT_WORD})\\.)(?=[^\\W_])", re.IGNORECASE)
# Quicker first tests, on the value in lower case: a word for "@" or "." between separators or marks (for both
# patterns above), a word for "@" (for _AT_WORD_ADDRESS), and a mark around a word (for _SPELLED, whose classes are
# slow to match ignoring case).
_SPELLED_TRIGGER = re.compile(f"{_SEPARATOR}(?:{_AT_WORD}|{_DOT_WORD}){_SEPARATOR}|\\.(?:{_AT_WORD})\\.")
_AT_TRIGGER = re.compile(f"[\\s_\\-/*#'\"](?:{_AT_WORD_ALONE})[\\s_\\-/*#'\"]")
_MARKED = re.compile(f"[{_OPENING}{_QUOTES}]\\s*(?:{by_first_letter(_AT_LANGUAGES, _MARKED_DOT_WORDS, 'a')}|@|\\.)\\s*"
                     f"[{_CLOSING}{_QUOTES}]")  # (one branch: a search skips to the marks)
# The same two tests for ASCII text (most values), where no word of another script can stand: ASCII words only.
_ASCII_AT = by_first_letter(word for word in _AT_LANGUAGES if word.isascii()).replace("_", _JOINT)
_ASCII_DOT = by_first_letter(word for word in _DOT_LANGUAGES if word.isascii()).replace("_", _JOINT)
_ASCII_MARKED_WORD = by_first_letter([word for word in [*_AT_LANGUAGES, *_MARKED_DOT_WORDS] if word.isascii()],
                                     "a").replace("_", _JOINT)
_ASCII_AT_OR_DOT = by_first_letter([word for word in _AT_LANGUAGES if word.isascii()],
                                   [word for word in _DOT_LANGUAGES if word.isascii()]).replace("_", _JOINT)
# (_SEPARATOR as one class: in ASCII, `\w` is letters, digits and `_`; one class opens the pattern, a separator or a
# dot, told apart by a look-behind, so that a search skips in C to what may open a match, and the words for "@" and
# "." are one alternation by first letter: a third fewer instructions on a user agent or a URL than two branches)
_SPELLED_TRIGGER_ASCII = re.compile(
    f"[^0-9A-Za-z@](?:(?<!\\.)(?:{_ASCII_AT_OR_DOT})[^0-9A-Za-z@.]|(?<=\\.)(?:{_ASCII_AT})\\.)")
SPELLED_WORDS_ASCII = _SPELLED_TRIGGER_ASCII.pattern  # (a pattern) a word for "@" or "." in ASCII text (spelled_words)
_MARKED_ASCII = re.compile(f"[{_OPENING}{_QUOTES}]\\s*(?:{_ASCII_MARKED_WORD}|@|\\.)\\s*[{_CLOSING}{_QUOTES}]")


def _marked(low: str) -> bool:
    """Whether lower-cased `low` holds a word for "@" or "." (or `a`, `@`, `.`) between brackets or quotes."""
    return (_MARKED_ASCII if low.isascii() else _MARKED).search(low) is not None


# A slug (words joined by `-` or `_`, which stand for both "@" and "."): a word for "@", a word, and a top-level domain
# that ends the slug or comes before its number, when the domain has two letters (a country's: `jo-smith-at-example-se`,
# `jo-at-example-se-1001`) or the word is a large mail provider's name (`jo_at_gmail_com`); `live-at-wembley-stadium`
# and `dinner-at-home-in-paris` are titles. The slug's other separators stay: its local part is read as written.
MAIL_PROVIDERS = (
    "gmail googlemail yahoo ymail hotmail outlook msn icloud aol gmx yandex protonmail naver hanmail daum "
    "rambler seznam libero wanadoo laposte comcast rediffmail qq "
    "163 126 sina sohu foxmail").split()  # (China's: NetEase's `163.com` and `126.com`, Sina, Sohu, Tencent's Foxmail)
_PROVIDER_NAMES = frozenset(MAIL_PROVIDERS)
# A country's largest mail providers whose domain names are ordinary words or short (Germany's `web.de`, `t-online.de`,
# France's `orange.fr`, `free.fr`, Poland's `wp.pl`, `o2.pl`, Italy's, the Benelux's, Switzerland's, Brazil's, Czech,
# Slovak, Bulgarian and Ukrainian ones; thirtieth attack), and those whose users type their domain without its dot
# or top-level part (Russia's `mailru`, Australia's `bigpond` and `optusnet`, Canada's `sympatico`, the UK's
# `btinternet`, Japan's carriers `docomo` and `ezweb`, Hungary's `freemail`; thirty-seventh attack): the detector reads
# them after `@` (NATIONAL_ADDRESS).
NATIONAL_MAIL_PROVIDERS = (
    "web t-online freenet arcor posteo orange free sfr neuf wp onet interia o2 virgilio tiscali bluewin telenet "
    "skynet ziggo kpnmail hetnet uol bol centrum azet abv ukr "
    "mailru bigpond optusnet sympatico btinternet docomo ezweb freemail").split()
_NATIONAL_PROVIDER_NAMES = frozenset(NATIONAL_MAIL_PROVIDERS)
# The second levels countries register domains under (`example.com.bd`, `example.co.uk`): in a slug, such a label
# between the domain's name and a two-letter top-level domain is part of the domain (`jo-at-example-com-bd`).
SECOND_LEVELS = "com|co|net|org|ac|edu|gov|gob|gouv|nic|ltd|plc|sch"
# (the domain's own dots kept as well: `jo_at_gmail.com`, `jo-at-example.co.uk`)
_SLUG_AT = re.compile(
    f"(?<=[A-Za-z0-9])([-_])(?:{_SLUG_AT_WORD})\\1([A-Za-z0-9]+)(?:\\1|\\.)(?:({SECOND_LEVELS})(?:\\1|\\.)"
    "(?=[A-Za-z]{2}(?:\\1[0-9]|[^A-Za-z0-9_-]|$)))?([A-Za-z]{2,6})(?=\\1[0-9]|[^A-Za-z0-9_-]|$)",
    re.IGNORECASE)


def _mail_domain(name: str, top: str) -> bool:
    """Whether a domain spelled without its dot in a slug or an id (`example`, `se`) is read as one: a two-letter
    top-level domain, or a large mail provider's name (`gmail`, `com`)."""
    return len(top) == 2 or name.lower() in _PROVIDER_NAMES


def _slug_address(match: re.Match[str]) -> str:
    _, word, second, top = match.groups()
    text, start = match.string, match.start()
    first = start
    while first > 0 and text[first - 1].isalnum():
        first -= 1
    if before_a_site(text[first:start]):  # (a slug's sentence: `shop-at-zalando-de`)
        return match.group()
    if second:  # a second level (lookahead: before a two-letter top-level domain)
        return f"@{word}.{second}.{top}"
    return f"@{word}.{top}" if _mail_domain(word, top) or top.lower() in MAIL_TOP_LEVELS and _host_label(
        text, first, match.end()) else match.group()


# A URL's host is no title: a slug there (its first label, or one after a dot, ended by a dot) spelling a word for
# "@" before a domain and a mailbox's top-level domain is an address (`jo-smith-at-example-org.preview.shop.net`, as
# a subdomain a site gives each customer); `meet-at-noon.example.com` has no top-level domain after its word.
_HOST_OPENERS = ("//", ".")


def _host_label(text: str, first: int, end: int) -> bool:
    """Whether the slug ending at `end`, its last word before the word for "@" opening at `first`, is a host's label:
    a dot after it, and `//` or a dot before the label's first character (its words joined by `-`)."""
    if text[end:end + 1] != ".":
        return False
    while first > 0 and (text[first - 1].isalnum() or text[first - 1] == "-"):
        first -= 1
    return text.endswith(_HOST_OPENERS, 0, first)


# A cookie's payload is no title (detector: a cookie's parts), so a slug's word for "@" before a domain ending it is
# read there with a mailbox's own top-level domains too (`fb.1.<ms>.jo-oak-at-example-org`; in a slug elsewhere,
# `jo-at-example-com` may be a title's words).
_PAYLOAD_SLUG_AT = re.compile(
    f"(?<=[A-Za-z0-9])([-_])(?:{_SLUG_AT_WORD})\\1([A-Za-z0-9]+)\\1(?:com|net|org|edu|gov)\\Z", re.IGNORECASE)


def payload_address(payload: str) -> bool:
    """Whether a cookie's `payload` (after its creation time) ends in a slug's address (_PAYLOAD_SLUG_AT) whose
    local part holds a letter and is no shop's word before a site."""
    match = _PAYLOAD_SLUG_AT.search(payload) if "-" in payload or "_" in payload else None
    if match is None:
        return False
    local = payload[:match.start()].rpartition(".")[2]
    return any(char.isalpha() for char in local) and not before_a_site(local.replace("_", "-").rpartition("-")[2])


def _spelled_mark(match: re.Match[str]) -> str:
    word = (match.group(1) or "a").lower()
    return "." if word == "." or word in _DOT_LANGUAGES else "@"


def _spelled_words_address(match: re.Match[str]) -> str:
    at_word, label, dot_word = match.group(1, 2, 3) if match.group(3) is not None else match.group(4, 5, 6)
    dot_word = spelled_key(dot_word)  # (`full stop`, `a còng`: see _SPELLED_LANGUAGES)
    at_word = spelled_key(at_word) if at_word else "@"
    # (a preposition before an English word too is a sentence: `dîner chez nous point final`)
    ordinary = dot_word in _ENGLISH_TOO and (at_word in ("@", "at") or at_word in _AT_ELSEWHERE)
    mixed = at_word != "@" and _AT_LANGUAGES[at_word].isdisjoint(_DOT_LANGUAGES[dot_word])
    if mixed and at_word in _NOT_MIXED or (ordinary or mixed) and not _before_top_level(match):
        return match.group()
    return f"@{label}."


def _before_top_level(match: re.Match[str]) -> bool:
    """Whether a mailbox's top-level domain (_MAILBOX_TOP_LEVEL) follows a spelled address's word for "."."""
    top = _MAILBOX_TOP_LEVEL.match(match.string, match.end())
    return top is not None and top.group().lower() not in _TWO_LETTER_WORDS


# HTML character references: numeric ones in full, and the named ones that spell the characters addresses,
# phone numbers and URLs are made of (html.entities' 2,000 names would cost the snapshot for nothing).
# Zeros before the digits are as many as the writer likes (`&#x0000040;`), as a browser reads them.
_ENTITY = re.compile(r"&(?:#0*([0-9]{1,7})|#[xX]0*([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));?")
_NAMED_ENTITIES = {
    "commat": "@", "period": ".", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " ",
    "plus": "+", "num": "#", "percnt": "%", "sol": "/", "colon": ":", "semi": ";", "lowbar": "_", "dash": "-",
    "hyphen": "-", "equals": "=", "quest": "?", "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]",
    "lbrack": "[", "rbrack": "]", "excl": "!", "comma": ",", "bsol": "\\", "Tab": "\t", "NewLine": "\n",
}
# ... and the Latin letters with a diacritic, a name's letters in a mail's HTML (`J&ouml;rg Br&auml;unling`;
# thirty-second attack): a letter and the accent's name, each pair whose composed form is one character, and the
# ligatures and letters of their own.
_ACCENTS = {"uml": "\u0308", "acute": "\u0301", "grave": "\u0300", "circ": "\u0302", "tilde": "\u0303",
            "ring": "\u030a", "cedil": "\u0327", "caron": "\u030c"}
_NAMED_ENTITIES.update({
    letter + accent: composed for accent, mark in _ACCENTS.items() for letter in "AaCcEeIiNnOoSsUuYyZz"
    for composed in (unicodedata.normalize("NFC", letter + mark),) if len(composed) == 1})
_NAMED_ENTITIES.update({"szlig": "ß", "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "eth": "ð",
                        "ETH": "Ð", "thorn": "þ", "THORN": "Þ", "oelig": "œ", "OElig": "Œ"})
# ... and the names of the characters folded or removed as characters are: invisible ones (a soft hyphen, joiners,
# direction marks), the middle dot, bullets and dot operators, each read as a `.` once folded.
_NAMED_ENTITIES.update({"shy": "\u00ad", "zwj": "\u200d", "zwnj": "\u200c", "lrm": "\u200e", "rlm": "\u200f",
                        "NoBreak": "\u2060", "middot": "\u00b7", "bull": "\u2022", "bullet": "\u2022",
                        "sdot": "\u22c5", "odot": "\u2299"})
# ... and the names of typographic punctuation and spaces (closer 182, eighty-fifth attack): a title's dash, quotes,
# an ellipsis, thin and wide spaces (`Befund f&uuml;r Frau … &ndash; Videosprechstunde`), read as the characters they
# name are, so that a name before them ends as it does before `–` (left as written, `&ndash;` glued a word to the name).
_NAMED_ENTITIES.update({"ndash": "\u2013", "mdash": "\u2014", "horbar": "\u2015",
                        "lsquo": "\u2018", "rsquo": "\u2019", "sbquo": "\u201a", "ldquo": "\u201c",
                        "rdquo": "\u201d", "bdquo": "\u201e", "laquo": "\u00ab", "raquo": "\u00bb",
                        "lsaquo": "\u2039", "rsaquo": "\u203a", "hellip": "\u2026", "ensp": "\u2002",
                        "emsp": "\u2003", "thinsp": "\u2009"})


def _entity(match: re.Match[str]) -> str:
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name, match.group())
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()


# A UTF-16 surrogate pair, as two escapes write a character past U+FFFF (JSON's `\\ud835\\ude8a` for `𝚊`, JavaScript's
# `%uD835%uDE8A`): read as the one character it is, so that the folding reads it.
_SURROGATE_PAIR = re.compile("([\ud800-\udbff])([\udc00-\udfff])")


def _paired(match: re.Match[str]) -> str:
    return chr(0x10000 + (ord(match.group(1)) - 0xD800 << 10) + ord(match.group(2)) - 0xDC00)


def joined_surrogates(text: str) -> str:
    """`text` with each surrogate pair read as its character (_SURROGATE_PAIR)."""
    return _SURROGATE_PAIR.sub(_paired, text)


def _percent_u(text: str) -> str:
    """JavaScript's `%uXXXX` escapes read, a surrogate pair's two as one character."""
    pairs = "%uD" in text or "%ud" in text
    text = _PERCENT_U.sub(_unescape, text)
    return joined_surrogates(text) if pairs else text


def _unescape(match: re.Match[str]) -> str:
    group = match.lastindex or 1
    code = int(match.group(group), 8 if group == _OCTAL and match.re is _ESCAPE else 16)
    return chr(code) if code <= 0x10FFFF else match.group()


# Overlong UTF-8 in percent-encoding (`%C0%40`, `%E0%81%80` for `@`): no decoder accepts it (each becomes U+FFFD),
# but a lenient one, or a person reading the bytes, gets the ASCII character; that is the only reading worth a look.
_OVERLONG = re.compile(r"%[cC]([01])%([89aAbB][0-9a-fA-F])|%[eE]0%([89][0-9a-fA-F])%([89aAbB][0-9a-fA-F])")


def _overlong(match: re.Match[str]) -> str:
    lead, tail, middle, last = match.groups()
    if lead is not None:
        return chr((int(lead) << 6) | (int(tail, 16) & 0x3F))
    return chr(((int(middle, 16) & 0x3F) << 6) | (int(last, 16) & 0x3F))


# A numeric reference without `;` followed by more digits (`&#x40example`: a browser reads `&#x40e`, U+040E); the
# reading with the fewest digits that make a printable ASCII character (`&#x40` = `@`) is judged too.
_UNCLOSED_REFERENCE = re.compile(
    r"&#[xX][2-7][0-9a-fA-F](?=[0-9a-fA-F])|&#(?:3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])(?=[0-9])")


def _shortest(match: re.Match[str]) -> str:
    digits = match.group()[2:]
    return chr(int(digits[1:], 16) if digits[0] in "xX" else int(digits))


# A `%XX` that is no UTF-8 (`%B4` alone) stays as written, as a browser's decodeURIComponent refuses it, rather than
# becoming U+FFFD: it may be no escape at all (track 1 of a card's magnetic stripe begins `%B` and the card number).
_UNDECODED = re.compile("[\udc80-\udcff]")


# A run of `%XX` escapes: what unquote decodes, each run's bytes as UTF-8 apart (a byte of text between two runs is
# ASCII, which ends any UTF-8 sequence), read by one search in C where unquote reads each run of ASCII in Python.
_PERCENT_RUN = re.compile("(?:%[0-9A-Fa-f]{2})+")


def _percent_run(match: re.Match[str]) -> str:
    return bytes.fromhex(match.group().replace("%", "")).decode("utf-8", "surrogateescape")


# (perf 46b) An ASCII text's escapes are read in one pass in C with no call each (a path of 250 escapes apart,
# `a%2Fa%2F…`, made 250 calls a reading): each `%` before two hex digits becomes `\x` (its backslashes doubled
# first), the codec of escapes reads the bytes, and they are decoded as UTF-8 once. The same reading as each run's
# apart: between two runs stands an ASCII byte, and where a run's UTF-8 stops short the decoder escapes its bytes one
# by one there as at a run's end.
_ESCAPE_MARK = re.compile("%(?=[0-9A-Fa-f]{2})")


def _ascii_percent_decoded(text: str) -> str:
    return _ESCAPE_MARK.sub(r"\\x", text.replace("\\", "\\\\")).encode("ascii").decode(
        "unicode_escape").encode("latin-1").decode("utf-8", "surrogateescape")


def _percent_decoded(text: str) -> str:
    decoded = text if "%" not in text else _ascii_percent_decoded(text) if text.isascii() else _PERCENT_RUN.sub(
        _percent_run, text)
    return decoded if decoded.isascii() else _UNDECODED.sub(lambda byte: f"%{ord(byte.group()) - 0xDC00:02X}", decoded)


def _round(text: str, shortest: bool = False) -> Tuple[str, bool]:
    """One round of decoding, and whether it met a numeric reference that has a shorter reading."""
    unclosed = False
    if "%" in text:
        if "%u" in text or "%U" in text:
            text = _percent_u(text)
        if "%c" in text or "%C" in text or "%e" in text or "%E" in text:
            text = _OVERLONG.sub(_overlong, text)
        text = _percent_decoded(text)
    if "&" in text:
        if "&#" in text and _UNCLOSED_REFERENCE.search(text) is not None:
            unclosed = True
            if shortest:
                text = _UNCLOSED_REFERENCE.sub(_shortest, text)
        text = _ENTITY.sub(_entity, text)
    if "\\" in text:
        text = _backslash_escapes(text)
    text = _code_notations(text)
    if not text.isascii():
        text = _GLUED_AT_WORD.sub(_glued_at_word, _fold_unicode(_keep_language(text)))
    if ("+" in text or "." in text or "|" in text or "&" in text or "@" in text) and ("'" in text or '"' in text) or (
            "${" in text):
        text = _javascript_strings(text)
    text = _at_signs(text)
    low = text.lower()
    words = len(text) > 8 and spelled_words(low)  # callers skip values shorter than `a at b.co`
    if ("[" in text or "(" in text or "{" in text or "<" in text or not text.isascii() or (words or "@" in text) and (
            "'" in text or '"' in text)) and _marked(low):
        text = _SPELLED.sub(_spelled_mark, text)
    if "@" in text or words:
        text = _SPELLED_WORDS.sub(_spelled_words_address, text)
    # (a domain's dot or a slug's separator, or a large provider's name as a word, whose dot may be left out: `mail:
    # jo at gmail`; in C first)
    if words and ("." in text or "-" in text or "_" in text or not _PROVIDER_NAMES.isdisjoint(low.split())) and (
            _AT_TRIGGER.search(low) is not None):
        text = _at_word_addresses(text)
    if "@" in text and text.count("@") <= MAX_AT_SIGNS:  # more: the detector leaves the value out unread
        text = _DOMAIN_DOT_BLANKS.sub(r"@\1.", _AT_BLANKS.sub(_at_blanks, text))
    return text, unclosed


def _at_signs(text: str) -> str:
    """A line folded inside an address's domain read unfolded (_FOLDED_DOMAIN), an `@` between slashes read as one
    (_SLASHED_AT), a run of at signs read as one; `at` as a path's segment between a local part and a domain
    (_SLASHED_AT_WORD)."""
    if "/at/" in text or "/AT/" in text or "\nat\n" in text:
        text = _SLASHED_AT_WORD.sub(_slashed_at_word, text)
    if "@" not in text:
        return text
    if "\n" in text:
        text = _FOLDED_DOMAIN.sub(r"\1", text)
    if "/@/" in text:
        text = _SLASHED_AT.sub(_slashed_at, text)
    return _AT_RUN.sub("@", text) if "@@" in text else text


def _code_notations(text: str) -> str:
    """Characters code writes with a function of their number, CDATA sections (notations.called) and an address's
    words in camelCase (_CAMEL_RUN) read."""
    if "(" in text or "<!" in text:
        text = called(text)
    return _CAMEL_RUN.sub(_camel_address, text) if "At" in text and "Dot" in text else text


def _backslash_escapes(text: str) -> str:
    """Backslash escapes read (_ESCAPE), JSON's escaped quote too (a string in a string) and its line breaks and tabs
    (_BLANK_ESCAPE)."""
    pairs = "\\ud" in text or "\\uD" in text  # (a character past U+FFFF as JSON writes it: two escapes)
    text = _ESCAPE.sub(_unescape, backslashed(text)).replace('\\"', '"')
    if pairs:
        text = joined_surrogates(text)
    if "\\n" in text or "\\r" in text or "\\t" in text:
        text = _BLANK_ESCAPE.sub(lambda match: _BLANKS_ESCAPED[match.group(1)], text)
    if "\\," in text or "\\;" in text:
        text = _TEXT_ESCAPE.sub(r"\1", text)
    return text


def _javascript_strings(text: str) -> str:
    """JavaScript's strings joined (`'jo' + '@' + 'example.com'`), PHP's, SQL's and Basic's too (`.`, `||`, `&`),
    a quoted `@` between two quoted strings by any operator or a call's commas (_QUOTED_AT), and a template literal's
    quoted strings read in place (`${'jo'}@${'example.com'}`)."""
    if "+" in text and ("'" in text or '"' in text):
        text = _CONCATENATION.sub("", text)
    if "." in text or "|" in text or "&" in text:
        text = _DOT_CONCATENATION.sub("", text)
    if "@" in text:
        text = _QUOTED_AT.sub("@", text)
    return _TEMPLATE_STRING.sub(r"\2", text) if "${" in text else text


# An address's words joined in camelCase, the sign and its dots said as the words `At` and `Dot`
# (`jo.smithAtExampleDotCom`, `joSmithAtMailDotExampleDotCo`): a run of letters and digits opening in lower case (code's
# PascalCase names, `GetAtDotNet`, `MeetAtDawn`, stay), whose words are a local part (its last word no shop's word
# before a site, `shopAtExampleDotCom`), `At`, labels apart by `Dot`, and a top-level domain ending the run that the
# detector reads as a mailbox's (com, net, org, edu, gov, or two letters).
_CAMEL_RUN = re.compile(r"(?<![A-Za-z0-9])[a-z0-9][A-Za-z0-9]{0,254}+(?![A-Za-z0-9])")
_CAMEL_WORD = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")


def _camel_address(match: re.Match[str]) -> str:
    run = match.group()
    if "At" not in run or "Dot" not in run:
        return run
    words: List[str] = _CAMEL_WORD.findall(run)
    top = words[-1].lower()
    if len(words) < 5 or words[-2] != "Dot" or not (top in MAIL_TOP_LEVELS or len(top) == 2 and top.isalpha()):
        return run
    at = len(words) - 1 - words[::-1].index("At") if "At" in words[1:] else 0
    labels: List[str] = [""]
    for word in words[at + 1:-2]:
        if word == "Dot":
            labels.append("")
        else:
            labels[-1] += word.lower()
    if at == 0 or "" in labels or len("".join(words[:at])) < 3 or before_a_site(words[at - 1]):
        return run
    domain = ".".join(labels)
    return "".join(words[:at]) + "@" + domain + "." + top


# An address's `@` between slashes (`jo.smith/@/example.com`): after a local part that opens the value or follows a
# blank, a quote or a URL's marks (no path's segment: `/src/@/app.js` stays), before a domain with a dot and a top-level
# domain of letters that no path goes on from.
_SLASHED_AT = re.compile(r"(?<![^\s'\"=:;,?&#(<\[{])([A-Za-z0-9._+-]{1,64}+)/@/([A-Za-z0-9.-]{1,253}+)(?![\w/])")


def _slashed_at(match: re.Match[str]) -> str:
    local, domain = match.groups()
    labels = domain.split(".")
    if len(labels) < 2 or "" in labels or not (labels[-1].isalpha() and len(labels[-1]) >= 2) or not any(
            char.isalpha() for char in local):
        return match.group()
    return f"{local}@{domain}"


# ... and the word `at` as a path's segment between a local part and a domain (`/contact/jo.smith/at/example.com`, a
# URL's path with a line for each `/`): a local part holding what addresses hold and words do not (`.`, `_`, `+` or a
# digit: `/shop/at/example.com` is a path), a domain as above ending the path; `/at/` alone is Austria's.
_SLASHED_AT_WORD = re.compile(r"(?<![^\s'\"=:;,?&#(<\[{/])([A-Za-z0-9._+-]{1,64}+)([/\n])(?:at|AT)\2"
                              r"([A-Za-z0-9.-]{1,253}+)(?![\w/\n])")


def _slashed_at_word(match: re.Match[str]) -> str:
    local, _, domain = match.groups()
    if not any(char in local for char in "._+0123456789"):
        return match.group()
    slashed = _SLASHED_AT.match(f"{local}/@/{domain}")
    read = match.group() if slashed is None else _slashed_at(slashed)
    return match.group() if "/@/" in read else read


def _at_word_addresses(text: str) -> str:
    """A word for "@" without a word for ".": in a slug (_SLUG_AT), or before a domain (_AT_WORD_ADDRESS)."""
    if "-" in text or "_" in text:
        text = _SLUG_AT.sub(_slug_address, text)
    upper = text.isupper()  # (once: a match asks it of the whole value)
    return _AT_WORD_ADDRESS.sub(lambda match: _at_word_address(match, upper), text)


# A word for "@" of a script other than Latin glued between an address's local part and its domain, as Chinese and
# Japanese write words without blanks (`wangxm1988艾特163.com`): the change of script is the word's edge, and the
# domain has a dot and a top-level domain of letters. (The words are matched first, so a search skips to them.)
_GLUED_AT_WORD = re.compile("(?:{})(?=[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{{2}})".format(by_first_letter(
    word for word in _AT_LANGUAGES if not any(char.isascii() and char.isalpha() for char in word))))


def _glued_at_word(match: re.Match[str]) -> str:
    start = match.start()
    return "@" if start and match.string[start - 1] in _LOCAL_PART_END else match.group()


_LOCAL_PART_END = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


def _at_blanks(match: re.Match[str]) -> str:
    before, after = match.groups()
    if before and not after and _DOMAIN_AHEAD.match(match.string, match.end()) is None and (
            not before.strip(" ") or not before.strip(" \t\r\n") and not _mail_provider_ahead(match)):
        return match.group()  # a mention (a handle opening a line too: a path's `/@nike/sneakers`, its `/` a line)
    return "@"


def _mail_provider_ahead(match: re.Match[str]) -> bool:
    """Whether the word after an `@` is a mail provider's name (`jo\n@gmail`: an address cut by a line)."""
    word = _WORD_AHEAD.match(match.string, match.end())
    return word is not None and word.group().lower() in _ALL_PROVIDER_NAMES


_WORD_AHEAD = re.compile(r"[\w-]{1,20}")
_ALL_PROVIDER_NAMES = _PROVIDER_NAMES | _NATIONAL_PROVIDER_NAMES


def spelled_words(low: str) -> bool:
    """Whether lower-cased `low` holds a word for "@" or "." between separators or marks (what a spelled address
    is read from: text without one has none)."""
    return (_SPELLED_TRIGGER_ASCII if low.isascii() else _SPELLED_TRIGGER).search(low) is not None


# "at" as a word before a domain with a real dot and a top-level domain of letters: `jo.smith at example.com` is an
# address when its local part holds what addresses hold and words do not (`.`, `_`, `+` or a digit), or when the
# value is nothing else (`alice at example.com`, lower-case as addresses are typed; `Sale at example.com` is a
# sentence). Each match starts at the blanks after a word (its local part, read back to the blank before it) and spans
# two words.
_AT_WORD_ADDRESS = re.compile(
    f"(?<=[^\\s@])[ \\t]+((?i:{_AT_WORD_ALONE}))[ \\t]+([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
    f"|(?i:{by_first_letter(name for name in MAIL_PROVIDERS if name.isalpha())})(?![\\w.@-]))")
# A local part of letters alone (a word: `mirelqa at example.com`) is one too, in a sentence (thirty-third attack):
# - before a word that names only "@" (`arroba`, `chiocciola`, `małpa`, `собака`: no sentence puts one between a word
#   and a domain), in any case;
# - before a word that is also a preposition (English, German, Scandinavian `at`, Indian English `at the rate`,
#   Icelandic `hjá`, Kurmanji `li`: `Sold at Target.com`), when it is typed as an address is (lower case, or capitals
#   in a value all in capitals), is no word a sentence naming a website puts there (_WORDS_BEFORE_AT: `Find us at`,
#   `Available at`, `deals at`) and
#   the value says it is mail right before it (_MAIL_CUE: `Contact jo at`, `Mail: jo at`, or a word for "to" or
#   "is" after such a word: `write to jo at`, `my mail is jo at`; `Compare email marketing tools at …` is no address),
#   or the domain is a large mail provider's, or the value is the address alone (`MIRELQA AT EXAMPLE.COM`; `SHOP AT
#   EXAMPLE.COM` is a sentence); a word after an article or a possessive is a noun, no mailbox (`Write a review at
#   example.com`, `Contact our team at …`).
_ORDINARY_TOO = frozenset({"at", "hja", "li", "at_the_rate"}) | _ORDINARY_AT_WORDS
# (a mailbox's last characters ending the token before the word for "@": `(jo`, `?s=jo.li`; `10%` has none)
_MAILBOX_TAIL = re.compile(r"[A-Za-z0-9._+-]{1,64}\Z")
# (a word that takes its person right after it, `Contact jo`, `Mail: jo`; and one that takes them after "to" only:
# `write to jo`, `send the invoice to jo`)
# (the whole last part of the word before the local part: `Mail-in rebate at …` names no mailbox)
# (other languages' words for mail, folded as the value is: French `courriel` and `mél`, Spanish `correo`, Portuguese
# `correio`, Italian `posta`, the Nordic `e-post`, Turkish `e-posta`, Finnish `sähköposti`, Polish `poczta`, and the
# adjective after `correo`, `courrier`, `posta`: `electrónico`, `électronique`, `elettronica`)
_MAIL_WORDS = (r"e?mail|contact|kontakt|reach|message|address|adres(?:se)?|mejl|courriel|correo|correio|e?posta?"
               r"|sahkoposti|poczta|electronic[oa]|electronique|elettronic[ao]")
_MAIL_CUE = re.compile(rf"(?:{_MAIL_WORDS}|mel)(?:s|en|ez|er|ieren)?")
_MAIL_TO_CUE = re.compile(rf"(?<![a-z])(?:{_MAIL_WORDS}|writ|send|schreib|schrijf|skriv)")
_LAST_WORD = re.compile(r"[^\W_][\w-]*(?=[^\w-]*$)")  # (the last word of a token: `"Mail:`, `?q=mail:`)
_MAIL_TO_REACH = 60  # (how far before the local part a mail word is looked for: `send the invoice to jo at`)
_TO_OR_IS = frozenset("to is an aan naar till til ist er är".split())  # (English, German, Dutch, Scandinavian)
_DETERMINERS = frozenset("a an the our your my his her their its this that these those some any every each no".split())
_WORDS_BEFORE_AT = frozenset((
    # pronouns and adverbs (`Find us at`, `Order now at`, `Only at`)
    "us me you him her them it this that these those one all everything anything something here there now today "
    "online only exclusively also both each just still again directly right live more "
    # what a shop says is done or found at a website
    "available availability sold sale sales buy bought shop shopping shops store stores find found order orders "
    "ordered visit book booked booking get got purchase purchased pay paid donate register registered apply join "
    "subscribe download downloads stream watch play listen check look looking see read learn login logged log signin "
    "sign signed up in out on off work works working based located hosted published posted listed made shipped ships "
    "delivered open opens "
    # what is found there, and a shop's own mailboxes (a role address is nobody's)
    "deals deal offers offer prices price discount discounts savings coupon coupons code codes tickets ticket stock "
    "products items support help team service services staff office desk info information details news newsletter "
    "newsletters updates emails mails mail email inquiries enquiries questions feedback contact hello hours billing "
    "returns press careers jobs privacy legal marketing partners admin webmaster orders accounts "
    # people a gift or a word goes to (`Send gifts to friends at example.com`)
    "friends family people customers members clients others colleagues "
    "best great cheap cheaper cheapest lowest low free new exclusive "
    # (a shop's collecting, renting and reserving: `pickup at bol.com`)
    "pickup collect collection reserve reserved rent rental hire instore "
    # (the same before the other languages' prepositions: German, Dutch, French, the Scandinavian languages)
    "kaufen kaufe jetzt auch nur bestellen erhaltlich verfugbar angebot kopen koop nu ook alleen bestel "
    "verkrijgbar aanbieding acheter achetez achat maintenant aussi seulement disponible commander commandez offre "
    "kop kjop kob ogsa kun bara endast tilbud "
    # (what a telephone company or a provider that is a shop too sells: `forfait chez orange.fr`, `internet bij
    # ziggo.nl`, `rabatt bij bol.com`)
    "internet abo abonnement forfait vertrag contrat contract tarif tarief handy mobiel telefoon portable smartphone "
    "glasvezel fibre glasfaser dsl tv box rabatt korting remise descuento sconto "
    # (closer 80: what one does at a place, a sentence's verb before its `at`: `eat-at-home-net.example.com`, `meet at
    # noon`; English, German, Dutch and French)
    "eat eats eating dine dines dining drink drinks drinking meet meets meeting stay stays staying sleep sleeps "
    "sleeping cook cooks cooking relax party dance dancing train training study studying essen treffen wohnen "
    "eten ontmoeten manger dîner diner").split())
# A model's or a product's name, letters and digits with a capital among them (`PS5`, `iPhone15`, `R2D2`; review 21),
# before a word for "@" and a domain no mail provider's label is in, names where it is sold, not a mailbox (typed in
# lower case: `jo85 at example.com`; in a value all in capitals, or before `gmail.com`, it still is one).
_MODEL_NAME = re.compile(r"(?=[a-z0-9]*[A-Z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{2,16}")
# Letters a value writes with digits in a word for "." (`d0t`, `punk7`), read as the letters.
_LETTERS_FOR_LEET = str.maketrans("013457", "oleast")
# A word for "." and a top-level domain after a provider's name without its dot (`gmail dotcom`, `gmail d0t com`).
_SPELLED_TOP_LEVEL = re.compile(f"[ \\t_-]*({_ASCII_DOT})[ \\t_-]*(?:com|net|org|[a-z]{{2}})(?![a-z])")


def _at_word_address(match: re.Match[str], upper: bool) -> str:
    """What a word for "@" before a domain stands for (above); `upper`: the whole value is in capitals. Each match reads
    its own token and the few words before it, never the whole value: linear in a value of many matches."""
    word, domain = match.groups()
    dotless = "." not in domain  # (a large provider's name alone: `mail: jo at gmail`)
    tld = domain.rpartition(".")[2]
    if not (dotless or tld.isalpha() and len(tld) >= 2):
        return match.group()
    text, start = match.string, match.start()
    first = start
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    local = text[first:start]
    mailbox = _MAILBOX_TAIL.search(local[-64:])
    name = mailbox.group() if mailbox is not None else ""
    if "@" in local or name[-1:] == "." or not (any(char.isalpha() for char in name) or name.isdigit() and len(
            name) >= 5):
        return match.group()  # (no mailbox's last characters: `get 10% at …`, an abbreviation's dot, `z.B. bei …`)
    if not (dotless or upper) and len(local) <= 16 and _MODEL_NAME.fullmatch(local) is not None and (
            _ALL_PROVIDER_NAMES.isdisjoint(domain.lower().split(".")[:-1])):
        return match.group()  # (a model's name at a shop's site, `PS5 at bestbuy.com`, `iPhone15 at apple.com`)
    key = spelled_key(word)
    if dotless:
        named = len(local) - len(name) <= 2 and _provider_named(match, first, name, key, upper)
        return f"@{domain}" if named else match.group()
    if any(char in local for char in "._+0123456789") or key not in _ORDINARY_TOO and key not in _AT_ELSEWHERE:
        return f"@{domain}"
    if len(local) - len(name) > 2 or before_a_site(name):
        return match.group()  # (a word after marks, `?s=jo`; a shop's word, `shop at`)
    alone = first == 0 and match.end() == len(text.rstrip())
    large = domain.partition(".")[0].lower() in _PROVIDER_NAMES
    if alone and local.islower() and key not in _AT_ELSEWHERE:
        return f"@{domain}"
    if not (name.islower() or name.isupper() and upper or large):
        return match.group()  # (a large provider's domain in any case: `Mirelqa at Gmail.com`)
    previous = _word_before(text, first)
    if previous in _DETERMINERS and (previous != "an" or name[0].lower() in "aeiou"):
        return match.group()  # (English `an` only before a vowel: German `an` is "to", `schreib an jo at …`)
    if not (alone or large or upper or domain.islower()):
        return match.group()  # (a site named in a sentence, `Mail: rebate at Staples.com`: an address is in one case)
    mail = _mail_cued(text, first, previous)
    if key in _AT_ELSEWHERE:  # (`jo bei gmx.de`, `jo chez orange.fr`; `Jacke bei otto.de` names a shop)
        return f"@{domain}" if mail or large or domain.partition(".")[0].lower() in _NATIONAL_PROVIDER_NAMES else (
            match.group())
    return f"@{domain}" if alone or large or mail else match.group()


def _mail_cued(text: str, first: int, previous: str) -> bool:
    """Whether a mail word is the whole word `previous` before the local part opening at `first` of `text`
    (`Contact jo at`, `Mail: jo at`), or `to`, `is` after one (`write to jo at`, `my mail is jo at`)."""
    return _MAIL_CUE.fullmatch(previous.rpartition("-")[2]) is not None or _MAIL_CUE.fullmatch(
        previous.replace("-", "")) is not None or (
        previous in _TO_OR_IS and _MAIL_TO_CUE.search(text[max(first - _MAIL_TO_REACH, 0):first].lower()) is not None)


def _provider_named(match: re.Match[str], first: int, name: str, key: str, upper: bool) -> bool:
    """Whether a large provider's name without its dot after a word for "@" (`mail: jo at gmail`, `jo at gmail
    dotcom`) is an address's domain: after a mailbox's name of three letters in a row at least, typed as an address
    is, no shop's word and no article before it; the value nothing else, a mail word before it, or a word for "." of
    the word for "@"'s language and a top-level domain after it (a digit for a letter: `d0t`; words of two languages,
    `ahmed آت hotmail dot com`, are read by _spelled_words_address before a mailbox's top-level domain)."""
    text = match.string
    if _THREE_LETTERS.search(name.lower()) is None or before_a_site(name) or not (
            name.islower() or name.isupper() and upper):
        return False
    if first == 0 and match.end() == len(text.rstrip()):
        return True
    previous = _word_before(text, first)
    if previous in _DETERMINERS:
        return False
    if _mail_cued(text, first, previous) or _dotted_local_part(text, first, previous, key):
        return True
    spelled = _SPELLED_TOP_LEVEL.match(text[match.end():match.end() + 16].lower().translate(_LETTERS_FOR_LEET))
    return spelled is not None and not _AT_LANGUAGES.get(key, frozenset()).isdisjoint(
        _DOT_LANGUAGES.get(spelled_key(spelled.group(1)), ()))


_THREE_LETTERS = re.compile("[a-z]{3}")


def _dotted_local_part(text: str, first: int, previous: str, key: str) -> bool:
    """(closer 211, ninetieth attack) Whether the mailbox's name opening at `first` of `text` follows a word for "." of
    the word for "@"'s language (`previous`) and a word of three letters in a row in lower case before it: a local
    part's two words spelled with their dot (`sorvinka dot brelvaskund at gmail`), as a mailbox is, no sentence's."""
    if not _AT_LANGUAGES.get(key, frozenset()).intersection(_DOT_LANGUAGES.get(spelled_key(previous), ())):
        return False
    at = first
    while at > 0 and text[at - 1].isspace():
        at -= 1
    at -= len(previous)
    if at <= 0 or text[at:at + len(previous)].lower() != previous or not text[at - 1].isspace():
        return False
    word = _word_before(text, at)
    return word.islower() and _THREE_LETTERS.search(word) is not None and not before_a_site(word)


def _word_before(text: str, first: int) -> str:
    """The word before the local part opening at `first` of `text`, in lower case: the last part of the last 40
    characters of the token before it (`"Mail:` in JSON, `?q=mail:`), past a label's mark between blanks."""
    end = first
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if 0 < end < first and text[end - 1] in ":=-" and (end == 1 or text[end - 2].isspace()):
        end -= 1  # (a label's mark between blanks, French typography's `Courriel : jo at …`)
        while end > 0 and text[end - 1].isspace():
            end -= 1
    begin = end
    while begin > max(end - 40, 0) and not text[begin - 1].isspace():
        begin -= 1
    last_word = _LAST_WORD.search(text[begin:end].lower()) if begin < end else None
    return last_word.group() if last_word is not None else ""


def before_a_site(word: str) -> bool:
    """Whether `word`, before a word for "@" and a domain, is one a sentence naming a website puts there
    (_WORDS_BEFORE_AT: `shop at zalando.de`, `pickup at bol.com`): the word, a part of it joined by `-` (`mail-in`), or
    a part without the prefix of a verb done again or before (`preorder`, `reorder`: `re`, `pre`)."""
    for part in word.lower().split("-"):
        if part in _WORDS_BEFORE_AT or part[:3] == "pre" and part[3:] in _WORDS_BEFORE_AT or (
                part[:2] == "re" and len(part) > 5 and part[2:] in _WORDS_BEFORE_AT):
            return True
    return False


# The signs of a vowel (and of a nasal, a visarga) that the Indic scripts write as spacing marks, which `\w` misses
# (Devanagari `लिंग`'s `ि`: a word's letters read by `\w` alone break there), as a regex class's ranges: each script's
# block of 128 holds them at the same places (closer 89).
INDIC_SIGNS = "".join(f"\\u{block + 0x01:04x}-\\u{block + 0x03:04x}\\u{block + 0x3e:04x}-\\u{block + 0x4c:04x}"
                      for block in range(0x0900, 0x0d80, 0x80))


def canonical(text: str) -> Tuple[str, bool]:
    """(canonical form of `text`, True when it reached a fixpoint). A value still changing after MAX_ROUNDS
    rounds of decoding is layered on purpose: callers treat it as suspect."""
    form, settled, _ = decode(text)
    return form, settled


# An `&` _ENTITY reads as another character: a numeric reference's, or a name of _NAMED_ENTITIES as _ENTITY takes it
# (its letters up to 8: a shorter name followed by a letter is another name). A query's `&utm_source` is none.
_READ_ENTITY = re.compile("&(?:#|(?:{}))".format("|".join(
    name + ("(?![A-Za-z])" if len(name) < 8 else "") for name in _NAMED_ENTITIES)))


def as_is(text: str) -> bool:
    """Whether `text` is its own canonical form by the first tests alone (the usual value: ASCII holding no mark a
    decoding reads, an `&` only before a name no entity has, and no word for "@" or "." when longer than 8
    characters, SPELLED_WORDS_ASCII): nothing to decode, no scan beyond these."""
    if text.isascii() and not ("%" in text or "&" in text and _READ_ENTITY.search(text) is not None or "\\" in text
                               or "@" in text
                               or "+" in text and ("'" in text or '"' in text) or "${" in text
                               # (its marks in C first: a CDATA's `<`, a call's `(` after `r`, `w` or `$`,
                               # notations.CALL_MARK; a browser's `(KHTML, like Gecko)` holds none, and calls nothing
                               # of notations.py)
                               or ("(" in text and CALL_MARK.search(text) is not None or "<" in text) and called_ahead(
                                   text)
                               or "At" in text and "Dot" in text):
        low = text.lower()
        return not (len(text) > 8 and _SPELLED_TRIGGER_ASCII.search(low) is not None or (
            "[" in text or "(" in text or "{" in text or "<" in text) and _MARKED_ASCII.search(low) is not None)
    return False


# A long text's decoding, remembered: an event judges one value's text several times (each leaf and reading that
# carries it, the key's and the URL's readers), and each decoding of a long text is some rounds over all of it. A
# settled form is remembered as its own decoding too (the round that found it settled read it whole). decode is a
# function of its arguments alone, so what the memo holds from earlier values or events changes no answer; a short
# text (most values) is decoded as before, unremembered. Bounded: past DECODINGS_REMEMBERED characters (texts and
# forms) the memo is emptied; an event's judged text is at most its allowance (detector.JUDGED_PER_EVENT, 32 KiB).
_REMEMBERED_FROM = 256
DECODINGS_REMEMBERED = 128 * 1024
_decodings: Dict[Tuple[str, bool], Tuple[str, bool, bool]] = {}
_decoded_characters = [0]


def decode(text: str, shortest: bool = False) -> Tuple[str, bool, bool]:
    """canonical(), and whether a numeric reference without `;` had a shorter reading (`shortest`: take it)."""
    if len(text) < _REMEMBERED_FROM:
        form, settled, unclosed, _ = _decode(text, shortest)
        return form, settled, unclosed
    known = _decodings.get((text, shortest))
    if known is not None:
        return known
    form, settled, unclosed, last_met = _decode(text, shortest)
    decoding = form, settled, unclosed
    characters = len(text) + (len(form) if settled and form != text else 0)
    if _decoded_characters[0] + characters > DECODINGS_REMEMBERED:
        forget_decodings()
    if characters <= DECODINGS_REMEMBERED:
        _decodings[(text, shortest)] = decoding
        _decoded_characters[0] += characters
        if settled and form != text:  # (its decoding: as_is, or one round that leaves it, meeting what the last did)
            _decodings.setdefault((form, shortest), (form, True, last_met))
    return decoding


def forget_decodings() -> None:
    """Empty the memo of decodings, as a fresh instance starts (for a bench that times one value's judging)."""
    _decodings.clear()
    _decoded_characters[0] = 0


def _decode(text: str, shortest: bool) -> Tuple[str, bool, bool, bool]:
    """decode(), and whether its last round met a numeric reference without `;` (False when the text is as_is)."""
    if as_is(text):
        return text, True, False, False
    unclosed = False
    for _ in range(MAX_ROUNDS):
        decoded, met = _round(text, shortest)
        unclosed = unclosed or met
        if decoded == text:
            return text, True, unclosed, met
        text = decoded
    return text, False, unclosed, False


# ---- other readings ---------------------------------------------------------------------------------------------
# The canonical form is only looked at, so a value may be read more than one way: each reading below is judged as
# well, and the value fails if any of them holds personal data. Each one runs only when its own shape is present, so
# an ordinary value pays for none of them.

# Quoted-printable (`=40` is `@`, `=2E` is `.`): mail's transfer encoding, upper-case hex. Triggered by an `=XX` that
# stands for punctuation or a non-ASCII byte, which is what the encoding is for (`size=10` does not trigger it).
# Decoders accept lower-case hex too (`=2e`), for the punctuation the trigger names; an `=` encoded once more (`=3D40`)
# is read again, QP_ROUNDS times at most.
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2}|=[2-7][0-9a-fA-F])+")
_QP_TRIGGER = re.compile(r"=(?:2[0-9A-Fa-f]|3[A-Fa-f]|40|5[B-Fb-f]|60|7[B-Eb-e]|[89A-F][0-9A-F])")
_QP_ROUNDS = 3


QP_ESCAPE = _QP_TRIGGER  # (a pattern) an `=XX` that writes punctuation or a byte outside ASCII
# A soft line break (`=` ending a line) is no text: the encoded line goes on after it (RFC 2045, 6.7).
_SOFT_LINE_BREAK = re.compile(r"=\r?\n")


def _quoted_printable(match: re.Match[str]) -> str:
    return bytes.fromhex(match.group().replace("=", "")).decode("utf-8", "replace")


def _quoted_printable_text(form: str) -> str:
    """`form` read as quoted-printable, unfolded, and again while an escape is left (`=3D40`), _QP_ROUNDS at most."""
    text = _SOFT_LINE_BREAK.sub("", form) if "=\n" in form or "=\r" in form else form
    for _ in range(_QP_ROUNDS):
        text = _QP_RUN.sub(_quoted_printable, text)
        if "=" not in text or _QP_TRIGGER.search(text) is None:
            break
    return text


# UTF-7 (`+AEA-` is `@`): a `+`, then UTF-16 in base64, as the codec reads it (a run with bits left over, as most
# words and numbers after a `+` have, is no UTF-7). Triggered by a `+` and three base64 characters.
_UTF7 = re.compile(r"\+[A-Za-z0-9/]{3,}-?")
# Markup around the characters of an address (`jo<span>@</span>example.com`, `<!-- -->`): tags and comments removed.
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
# An image's alt text is what a browser shows in its place (`jo<img src="at.png" alt="@">example.com`).
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


# A data attribute names what it holds (`<span data-name="Siti Rahmawati">`): each is read as a label, its colon and
# its value on a line of their own (the label reader judges the label: `name: Siti Rahmawati`), never joined to the
# text around the tag nor to another attribute.
_DATA_ATTRIBUTE = re.compile(r"""\sdata-([A-Za-z][A-Za-z0-9_-]{0,40})\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""")


def _data_attributes(tag: str) -> str:
    return "".join(f"\n{label}: {double if double is not None else single}\n"
                   for label, double, single in _DATA_ATTRIBUTE.findall(tag))


# A tag is read as what a browser renders in its place (one reading for every rule, thirty-first attack: a mail's HTML
# body `…<br>S pozdravem<br>Jana Dvořák</p>`): one that breaks a line (`<br>`, a paragraph's, a block's, an item's, a
# row's, a heading's, opening or closing) as a line break, a table's cell as a blank; any other as nothing. A run of
# them is one line break (Outlook writes each line as a paragraph: `<p>Kind regards,</p><p>Harriet Pemberton</p>`),
# and the rendered text has no blank line at its ends.
_BREAK_TAG = re.compile(r"</?(?i:br|p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|hr)(?![A-Za-z0-9])")
_CELL_TAG = re.compile(r"</?(?i:td|th)(?![A-Za-z0-9])")
_BLANK_LINES = re.compile(r"\n[ \t\r\n]*")


def _rendered(tag: str) -> str:
    return "\n" if _BREAK_TAG.match(tag) is not None else " " if _CELL_TAG.match(tag) is not None else ""


def _tag_text(match: re.Match[str]) -> str:
    tag = match.group()
    if tag[1:4].lower() != "img":
        return _data_attributes(tag) + _rendered(tag) if "data-" in tag else _rendered(tag)
    alt = _ALT.search(tag)
    return next((text for text in alt.groups() if text is not None), "") if alt else ""


# (A JSON string's closing quote is a block's edge as the text's end is: no line break before it, `"text": "<p>Kind
# regards,</p><p>…</p>"`; thirty-second attack.)
_BREAK_AT_QUOTE = re.compile('\n"')


def rendered_text(form: str) -> str:
    """`form` as a browser renders it (_tag_text): a raw URL path's tags, whose `/` cuts no segment (privacy)."""
    return _rendered_text(form)


def _rendered_text(form: str) -> str:
    text = _TAG.sub(_tag_text, form)
    if "\n" in text:
        text = _BLANK_LINES.sub("\n", text)
        text = _BREAK_AT_QUOTE.sub('"', text) if '"' in text else text
    return text.strip()


# A MIME encoded word (RFC 2047, a mail header's way to write text outside ASCII: `=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`)
# is read as the text it spells, in its charset when Python knows it without a lookup (UTF-8, ASCII, Latin-1), else
# as UTF-8; a word that is no such text stays as written.
_ENCODED_WORD = re.compile(r"=\?([A-Za-z0-9_-]{1,40})\?([BbQq])\?([^?\s]{1,4000})\?=")
_BUILT_IN_CHARSETS = {"utf-8": "utf-8", "utf8": "utf-8", "us-ascii": "ascii", "ascii": "ascii",
                      "iso-8859-1": "latin-1", "latin1": "latin-1", "latin-1": "latin-1"}


def _encoded_word(match: re.Match[str]) -> str:
    charset, kind, payload = match.groups()
    try:
        if kind in "Bb":
            raw = binascii.a2b_base64(payload.encode("ascii") + b"=" * (-len(payload) % 4))
        else:
            raw = binascii.a2b_qp(payload.encode("ascii"), header=True)
        text = raw.decode(_BUILT_IN_CHARSETS.get(charset.lower(), "utf-8"))
    except (binascii.Error, ValueError):  # (UnicodeError is a ValueError)
        return match.group()
    return text if text.isprintable() else match.group()


def _utf7(match: re.Match[str]) -> str:
    try:
        decoded = codecs.utf_7_decode(match.group().encode("ascii"), "strict", True)[0]
    except UnicodeDecodeError:
        return match.group()
    return decoded if decoded.isprintable() else match.group()


# A right-to-left override (U+202E) shows the characters after it in reverse order, up to its pop (U+202C), the next
# override or the line's end (`\u202emoc.elpmaxe@oj` shows `jo@example.com`).
_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\n]*)")
# A printable ASCII character named by its code point in Unicode's notation (`U+0040`, glibc's `<U0040>`), as an
# address's signs are: no other code point, so that a number after `U+` elsewhere (an EDI segment's `SU+5412…`) is
# not cut into a character and the digits left.
_CODE_POINT = re.compile(r"<[Uu]\+?00([2-7][0-9A-Fa-f])>|[Uu]\+00([2-7][0-9A-Fa-f])")


def as_shown(text: str) -> str:
    """`text` in the order a reader sees it: each span after a right-to-left override reversed (_OVERRIDDEN)."""
    return _OVERRIDDEN.sub(lambda span: span.group(1)[::-1], text)


# A right-to-left override written as an escape (percent-encoded UTF-8, a JSON or JavaScript escape, a character
# reference), in any case: decoding drops the override with the other invisible characters.
_ESCAPED_OVERRIDE = re.compile(r"%[eE]2%80%[aA][eE]|\\[uU]202[eE]|&#(?:8238|[xX]202[eE]);?")


def override_escaped(text: str) -> bool:
    """Whether `text` holds a right-to-left override written as an escape (its first characters in C first)."""
    return ("%" in text or "\\" in text or "&#" in text) and _ESCAPED_OVERRIDE.search(text) is not None


def escapes_read(text: str) -> str:
    """`text` with its escapes read (percent-encoding, backslash escapes, character references) and nothing else
    folded: an escaped override kept for the key rule, which reads a key as shown."""
    if "%" in text:
        text = _percent_decoded(text)
    if "\\" in text:
        text = _backslash_escapes(text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    return text


def _code_point(match: re.Match[str]) -> str:
    return chr(int(match.group(match.lastindex or 1), 16))


def _code_readings(form: str) -> List[str]:
    """`form` with its characters written as codes read (UTF-7's runs, code point notation), each reading that
    differs, in canonical form."""
    found: List[str] = []
    for pattern, read, applies in ((_UTF7, _utf7, "+" in form),
                                   (_CODE_POINT, _code_point, "U+" in form or "u+" in form or "<U" in form)):
        if applies and pattern.search(form) is not None:
            decoded = pattern.sub(read, form)
            if decoded != form:
                found.append(canonical(decoded)[0])
    return found


# Scripts written without blanks between words (Han, kana, Hangul): a Latin letter glued to one of their characters
# starts or ends a word as a blank would (`来自DOB: 17-08-2003`, `旅券番号TK5172938`), read with a blank there too. (A
# session's fuzz of birth dates found labels glued so read as no label.) Not a digit: a count or an address's block
# glued to its word (`1-2巻`, volumes 1 and 2; `3길`, a lane's number) is read as written.
NO_BLANK_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# A Hangul syllable (U+AC00 to U+D7A3), as Korean names and words are written.
HANGUL = "[\uac00-\ud7a3]"
_SCRIPT_BOUNDARY = re.compile(f"(?<=[{NO_BLANK_SCRIPTS}])(?=[A-Za-z])|(?<=[A-Za-z])(?=[{NO_BLANK_SCRIPTS}])")


def script_glued(form: str) -> bool:
    """Whether canonical `form` holds a Latin letter glued to a character of a script written without blanks
    (_SCRIPT_BOUNDARY)."""
    return _SCRIPT_BOUNDARY.search(form) is not None


def _spaced_scripts(form: str) -> List[str]:
    """`form` with a blank where a Latin letter meets a script written without blanks, or none."""
    return [_SCRIPT_BOUNDARY.sub(" ", form)] if not form.isascii() and script_glued(form) else []


def readings(text: str, form: str, unclosed: bool) -> List[str]:
    """The other readings of `text`, whose canonical form is `form` (decode() said `unclosed`), each in
    canonical form: judged besides `form`, never sent. (Hex of text and letters for digits are read where the
    detector meets their shape: hex_text, digits_for_letters.)"""
    found: List[str] = []
    if unclosed:  # `&#x40example`: `&#x40` then `example` too
        found.append(decode(text, shortest=True)[0])
    if "\u249c" in text:  # `⒜` read as the letter it is, besides the `@` it draws
        found.append(canonical(text.replace("\u249c", "a"))[0])
    if "\u24d0" in text:  # `ⓐ` draws `@` as `⒜` does, besides the letter it is (in a circled word: `ⓔⓜⓐⓘⓛ`)
        found.append(canonical(text.replace("\u24d0", "@"))[0])
    if not text.isascii() and (_DRAWS_AT.search(text) is not None or "\U0001f110" in text or _PICTURED_AT.search(
            form) is not None):
        found.extend(pictograph_readings(text, form))
    if "\u202e" in text:  # a right-to-left override shows its span reversed: read as shown
        found.append(canonical(as_shown(text))[0])
    if "=" in form and _QP_TRIGGER.search(form) is not None:
        found.append(canonical(_quoted_printable_text(form))[0])
    if "+" in form or "<U" in form:
        found.extend(_code_readings(form))
    if "<" in form and _TAG.search(form) is not None:
        found.append(canonical(_rendered_text(form))[0])
    # (and the text rendered as written, when the canonical form read a tag as a spelled `@`: Kurmanji's `li`, "at",
    # is a list item's tag, `<li>Ship to: …</li>`; thirty-second attack)
    if "@" in form and "<" in text and "@" not in text and _TAG.search(text) is not None:
        found.append(canonical(_rendered_text(text))[0])
    if "=?" in form and _ENCODED_WORD.search(form) is not None:
        words = _ENCODED_WORD.sub(_encoded_word, form)
        if words != form:
            found.append(canonical(words)[0])
    found.extend(_address_layouts(form))
    found.extend(_spaced_scripts(form))
    found.extend(canonical(reading)[0] for reading in byte_readings(text, form))
    # (code's pieces as written, or percent-decoded in a URL: the canonical form reads a quoted `'@'` in parentheses
    # as a spelled `@` already)
    for source in (text, _percent_decoded(text) if "%" in text else text, form):
        if "(" in source and (".join" in source or "concat" in source or "implode" in source or "fromC" in source):
            built = _built_in_code(source)
            if built != source:
                found.append(canonical(built)[0])
                break
    return found


# What draws `@` besides `ⓐ` and `⒜` (thirty-fifth attack): another shape's `A` (circled, squared, negative: `Ⓐ`,
# `🄰`, `🅐`, `🅰`), read as `@` besides what it is.
# (not an `A` in a word of enclosed letters: `ⒺⓂⒶⒾⓁ` is a word)
_ENCLOSED = "\u24b6-\u24e9\U0001f130-\U0001f189"
_DRAWS_AT = re.compile(f"(?<![{_ENCLOSED}])[\u24b6\U0001f130\U0001f150\U0001f170](?![\ufe0f]?[{_ENCLOSED}])")
# A picture for `@` (review 21: the snail, the monkey, the dog, the cyclone, a swirl, an arrow, a star languages and
# filters' dodgers use, none listed): any mark that is no letter, digit, blank nor ASCII, up to eight in a row (an
# emoji's joiners and modifiers), between a local part and a mail provider's name before its top-level domain, after
# a dot or more such marks (`jo 🐶 gmail.com`, `jo → gmail → com`, `jo 😀 smith 👉 gmail 👉 com`; a dot between blanks
# too, a bullet folded, `jo • gmail • com`), or between a mailbox's local part (joined by `.`, `_`, `+` or `-`) and any
# domain (`mirel.voss 🐌 example.org`). Read as `@` (and `.`), in a copy of the canonical form: a title's pictures
# around a shop's site (`Best deals 🎯 Target.com`) or a country's code in capitals (`Works 👉 Gmail 👉 UK`, in a
# value not all in capitals) are not.
_MARK = "[^\\w\\s\\x00-\\x7f]"
_MAIL_NAMES = by_first_letter(MAIL_PROVIDERS, NATIONAL_MAIL_PROVIDERS)
_PICTURED_AT = re.compile(
    f"(?<![\\w.@+-])([a-z0-9][a-z0-9._+-]{{0,63}})[ \\t]{{0,3}}(?:{_MARK}{{1,8}}|(?<=[ \\t])\\.(?=[ \\t]))[ \\t]{{0,3}}"
    f"(?:({_MAIL_NAMES})(\\.|[ \\t]{{0,3}}(?:{_MARK}{{1,8}}|\\.)[ \\t]{{0,3}})"
    f"(com|net|org|[a-z]{{2}})|([a-z0-9-]{{1,63}}(?:\\.[a-z0-9-]{{1,63}}){{0,3}}\\.[a-z]{{2,24}})"
    f"|({by_first_letter(MAIL_PROVIDERS)}))(?![\\w.@-])",
    re.IGNORECASE)
_PICTURED_MAILBOX = re.compile(r"[a-z][a-z0-9]*(?:[._+-][a-z0-9]+)+")
# (closer 236) A mark right before a mail provider's domain (`anna.schmidt◎web.de`, `…★web.de`): the cue that sends
# a text holding no picture beyond U+1F000 to _PICTURED_AT's reading (the detector's scan, in the canonical form).
MARK_BEFORE_PROVIDER = re.compile(f"{_MARK}[ \\t]{{0,3}}(?:{_MAIL_NAMES})\\.[a-z]", re.IGNORECASE)
# (closer 54) The pictures that stand for `@` themselves, read before any domain or before a large provider's name
# without its domain (`jo.smith 🐌 example.org`, `jo.smith 📧 gmail`): mail's (an envelope, a mailbox), the animals
# and the shapes `@` is named after in languages (Italian's and Korean's snail, Dutch, Polish and German monkeys,
# Russian's dog, Danish's and Swedish's elephant, Finnish's cat, Chinese's mouse, Hungarian's worm, Greek's duckling,
# Czech's rolled herring, the curls of its shape, a cyclone's, an octopus's arm), a face in its place, an arrow
# pointing on, a flag's regional letters (`🇦🇹`, "at"); a picture a title decorates with (`🌞`, `🔥`, `🏡`, `✨`,
# `★`: `summer.sale 🌞 zalando.de`) is not.
_AT_PICTURES = frozenset("\u2709\U0001f4e7\U0001f4e8\U0001f4e9\U0001f48c\U0001f4ee\U0001f4ea\U0001f4eb\U0001f4ec"
                         "\U0001f4ed\U0001f40c\U0001f412\U0001f435\U0001f648\U0001f415\U0001f436\U0001f429"
                         "\U0001f418\U0001f408\U0001f431\U0001f401\U0001f42d\U0001f41b\U0001f986\U0001f41f"
                         "\U0001f300\U0001f419\U0001f449\u27a1\u279c\u2794\u2b95")
_PICTURE_RANGES = (("\U0001f600", "\U0001f64f"), ("\U0001f1e6", "\U0001f1ff"), ("\u2190", "\u21ff"))
_MAIL_PICTURES = frozenset("\u2709\U0001f4e7\U0001f4e8\U0001f4e9")  # (an envelope: `jo.smith ✉ gmail`)
_JOINERS = frozenset("\ufe0f\ufe0e\u200d")


def _stands_for_at(marks: str) -> bool:
    """Whether every picture of `marks` (between a local part and a domain) stands for `@` (_AT_PICTURES)."""
    pictures = [mark for mark in marks if mark not in _JOINERS and not mark.isspace()]
    return bool(pictures) and all(mark in _AT_PICTURES or any(
        low <= mark <= high for low, high in _PICTURE_RANGES) for mark in pictures)
# A parenthesized `A` (`🄐`) is the letter (`jo.li🄐example.ph`), and `@` right before a mail provider's domain only
# (review 21: `jo 🄐 gmail.com`).
_PARENTHESIZED_AT = re.compile(
    f"(?<=[\\w \\t])\U0001f110(?=[ \\t]{{0,3}}(?:{_MAIL_NAMES})\\.[a-z]{{2,24}}(?![\\w.@-]))", re.IGNORECASE)


def _pictured_at(match: re.Match[str]) -> str:
    """The address a picture for `@` stands in (_PICTURED_AT), or the match as written."""
    local, provider, joint, top, domain, alone = match.groups()
    if alone is not None:  # (a large provider's name without its domain: after an envelope, a mailbox's local part)
        marks = match.group()[len(local):match.start(6) - match.start()].strip()
        if _MAIL_PICTURES.isdisjoint(marks) or _PICTURED_MAILBOX.fullmatch(local.lower()) is None:
            return match.group()
        return f"{local}@{alone}"
    if provider is not None:
        # (a country's provider is a word, `free`, `orange`, `web`: a local part typed as a mailbox is, in lower case)
        if local.isdigit() or joint != "." and len(top) == 2 and top.isupper() and not match.string.isupper() or (
                provider.lower() not in _PROVIDER_NAMES and not (local.islower() or match.string.isupper())):
            return match.group()
        return f"{local}@{provider}.{top}"
    marks = match.group()[len(local):match.start(5) - match.start()].strip()
    provider_domain = not _ALL_PROVIDER_NAMES.isdisjoint(domain.lower().split(".")[:-1])
    if marks == "." or _PICTURED_MAILBOX.fullmatch(local.lower()) is None and not provider_domain or not (
            provider_domain or _stands_for_at(marks)):
        return match.group()
    return f"{local}@{domain}"


def pictograph_readings(text: str, form: str) -> List[str]:
    """`text` with what draws `@` read as `@`, and `form` with the pictures between a local part and a provider or a
    domain read as `@` and `.`, each reading that applies, in canonical form."""
    found: List[str] = []
    if _DRAWS_AT.search(text) is not None:
        found.append(canonical(_DRAWS_AT.sub("@", text))[0])
    if "\U0001f110" in text and _PARENTHESIZED_AT.search(text) is not None:
        found.append(canonical(_PARENTHESIZED_AT.sub("@", text))[0])
    if _PICTURED_AT.search(form) is not None:
        pictured = _PICTURED_AT.sub(_pictured_at, form)
        if pictured != form:
            found.append(pictured)
    return found


# Addresses written in other mail syntaxes: an RFC 5322 comment right after the `@` (`jo@(office)example.com`; one
# before it already sits between the local part and the `@`) is dropped; a UUCP bang path (`example.com!jo`, a host
# with a dot and a top-level domain of letters, `!`, a local part) is read as `jo@example.com`; a format string and
# its quoted arguments (`'{0}@{1}' % ('jo', 'example.com')`, `{}`, `%s`, `.format(...)`) are read filled in.
_AT_COMMENT = re.compile(r"@\([^()\s]{0,64}\)")
_BANG_PATH = re.compile(r"(?<![\w.-])((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63})!([A-Za-z0-9._+-]+)")
_FORMAT_ARGUMENTS = re.compile(r"(?:%|\.format)\s*\(([^()]*)\)")  # no blanks before: a run of them is read once
_PLACEHOLDER = re.compile(r"\{[0-9]{0,2}\}|%s")
_MAX_PLACEHOLDERS = 16
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")


def _address_layouts(form: str) -> List[str]:
    found: List[str] = []
    if "@(" in form and _AT_COMMENT.search(form) is not None:
        found.append(_AT_COMMENT.sub("@", form))
    if "!" in form and "." in form and _BANG_PATH.search(form) is not None:
        found.append(_BANG_PATH.sub(r"\2@\1", form))
    if ("{" in form or "%s" in form) and "(" in form and ("'" in form or '"' in form):
        filled = _filled_templates(form)
        if filled:
            found.append(filled)
    if "_" in form and "." in form and _UNDERSCORE_AT.search(form) is not None:
        underscored = _UNDERSCORE_AT.sub(_underscore_address, form)
        if underscored != form:
            found.append(underscored)
    if "fromCharCode" in form and _CHAR_CODES.search(form) is not None:
        found.append(_CHAR_CODES.sub(_char_codes, form))
    if "=" in form and "." in form and _EQUALS_AT.search(form) is not None:
        equals = _EQUALS_AT.sub(_equals_address, form)
        if equals != form:
            found.append(equals)
    return found


# JavaScript's `String.fromCharCode(106, 111, 64, ...)` spells text by its character codes (decimal or `0x` hex).
_CHAR_CODES = re.compile(r"fromCharCode\s*\(([0-9A-Fa-fxX\s,]*)\)")
_CHAR_CODE = re.compile(r"0x[0-9a-f]{1,6}|[0-9]{1,7}")


def _char_codes(match: re.Match[str]) -> str:
    chars = []
    for code in match.group(1).split(","):
        code = code.strip().lower()
        if _CHAR_CODE.fullmatch(code) is None:
            return match.group()
        number = int(code, 16) if code.startswith("0x") else int(code)
        if not 0 < number <= 0x10FFFF or 0xD800 <= number <= 0xDFFF:
            return match.group()
        chars.append(chr(number))
    text = "".join(chars)
    return text if text.isprintable() else match.group()


# Code that builds a string from quoted pieces (thirty-third attack): an array's join (`['jo', 'example.com']
# .join('@')`, Python's `'@'.join([...])`, PHP's `implode('@', [...])`), a string's `concat(...)`, and
# `String.fromCharCode(64)` or `fromCodePoint` (the quoted text of its codes); then quoted strings joined by `+` (or
# PHP's `.`) are read as one.
# Each piece is a quoted string of 256 characters at most, without escapes (decoding has read them), 16 at most.
_CODE_STRING = "(?:'[^'\\\n]{0,256}'|\"[^\"\\\n]{0,256}\"|`[^`\\\n]{0,256}`)"
_CODE_STRINGS = f"{_CODE_STRING}(?:\\s*,\\s*{_CODE_STRING}){{0,15}}"
_BUILT_STRING = re.compile(
    f"\\[\\s*({_CODE_STRINGS})\\s*\\]\\s*\\.\\s*join\\s*\\(\\s*({_CODE_STRING})\\s*\\)"
    f"|({_CODE_STRING})\\s*\\.\\s*join\\s*\\(\\s*[\\[(]\\s*({_CODE_STRINGS})\\s*[\\])]\\s*\\)"
    f"|implode\\s*\\(\\s*({_CODE_STRING})\\s*,\\s*(?:array\\s*\\(|\\[)\\s*({_CODE_STRINGS})\\s*[\\])]\\s*\\)"
    f"|({_CODE_STRING})\\s*\\.\\s*concat\\s*\\(\\s*({_CODE_STRINGS})\\s*\\)")
_CODE_PIECE = re.compile(_CODE_STRING)
_STRING_OF_CODES = re.compile(r"String\s*\.\s*fromC(?:harCode|odePoint)\s*\(([0-9A-Fa-fxX\s,]*)\)")
_JOINED_STRINGS = re.compile(r"['\"`]\s*[+.]\s*['\"`]")


def _built_string(match: re.Match[str]) -> str:
    array, separator, python_separator, python_array, php_separator, php_array, string, arguments = match.groups()
    if string is not None:
        pieces, joiner = [string, *_CODE_PIECE.findall(arguments)], ""
    else:
        joiner = (separator or python_separator or php_separator)[1:-1]
        pieces = _CODE_PIECE.findall(array or python_array or php_array)
    return '"' + joiner.join(piece[1:-1] for piece in pieces) + '"'


def _string_of_codes(match: re.Match[str]) -> str:
    text = _char_codes(match)
    return match.group() if text == match.group() else '"' + text + '"'


def _built_in_code(form: str) -> str:
    """`form` with the strings its code builds (_BUILT_STRING, _STRING_OF_CODES) written out and joined."""
    built = _STRING_OF_CODES.sub(_string_of_codes, form) if "fromC" in form else form
    for _ in range(3):  # (an array's piece may be built itself: `[['jo', 'li'].join('.'), 'example.com'].join('@')`)
        again = _BUILT_STRING.sub(_built_string, built)
        if again == built:
            break
        built = again
    return _JOINED_STRINGS.sub("", built) if built != form else form


# VERP writes a recipient with `=` for its `@` (`bounces+jo.li=example.com@...`); the recipient alone, a word between
# blanks or a parameter's whole value (`?text=jo.li=example.com`; not a query's `key=value`, which `&`, `?` or `;`
# join), is an address when its local part holds a dot, a letter in each dotted label and no last label naming a web
# place (`site.host=example.com` is a setting), and its domain ends in a top-level domain of two letters or com, net,
# org, edu or gov (`jo.li=example.com.bd`; `filter.size=42`, `theme.color=navy.blue`, `v1.2=example.com` and
# `utm_source=google.com` are settings).
_EQUALS_AT = re.compile(r"(?<![^\s=])([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)+)=((?:[A-Za-z0-9-]+\.)+([A-Za-z]{2,}))"
                        r"(?![^\s&;#])")
MAIL_TOP_LEVELS = frozenset("com net org edu gov".split())
_WEB_PLACES = frozenset("host hostname domain site url uri origin referrer referer server location href link website "
                        "homepage page source target redirect".split())


def _equals_address(match: re.Match[str]) -> str:
    local, domain, top = match.groups()
    labels = local.split(".")
    if (len(top) == 2 or top.lower() in MAIL_TOP_LEVELS) and labels[-1].lower() not in _WEB_PLACES and all(
            any(char.isalpha() for char in label) for label in labels):
        return f"{local}@{domain}"
    return match.group()


# An id of `_`-joined parts (`sess_jo.li_example.co.id_1732875000`): a dotted part, `_`, then a domain whose top-level
# domain has two letters (a country's) or whose name is a large mail provider's, as the slug rule reads them, is an
# address with `_` for `@` (`customer.default_address.phone` is a field name: `.phone` is no country).
_UNDERSCORE_AT = re.compile(r"(?<![^_\s])([A-Za-z0-9+-]+(?:\.[A-Za-z0-9+-]+)+)_((?:([A-Za-z0-9-]+)\.)+([A-Za-z]{2,}))"
                            r"(?=[_\s]|$)")


def _underscore_address(match: re.Match[str]) -> str:
    local, domain, name, top = match.groups()
    return f"{local}@{domain}" if _mail_domain(name, top) else match.group()


def _filled_templates(form: str) -> str:
    """Each format string of `form` (the word before `%` or `.format` and its parenthesised arguments) filled in
    with its quoted arguments, joined by blanks; "" when there is none."""
    filled: List[str] = []
    start = 0
    for match in _FORMAT_ARGUMENTS.finditer(form):
        before = form[start:match.start()].rstrip()
        start = match.end()
        filled.append(_filled(before[before.rfind(" ") + 1:], match.group(1)))
    if "%" in form and "," in form:  # (printf's: the format string first among a call's arguments)
        filled.extend(_filled(template[1:-1], arguments) for template, arguments in _FORMAT_CALL.findall(form))
    return " ".join(filter(None, filled))


# A call whose first argument is a quoted format string and the others quoted strings (`sprintf('%s@%s', 'jo',
# 'example.com')`, `printf`, `format`, `String.format`: the layout, not the function's name).
_FORMAT_CALL = re.compile(r"\(\s*('[^'\n]{0,256}'|\"[^\"\n]{0,256}\")\s*,([^()]*)\)")


def _filled(template: str, arguments: str) -> str:
    """`template` with its placeholders filled by the quoted strings of `arguments`, or "" when either has none."""
    values = [single or double for single, double in _QUOTED.findall(arguments)]
    if not values or not 0 < len(_PLACEHOLDER.findall(template)) <= _MAX_PLACEHOLDERS:
        return ""  # (a bounded number of them: an argument repeated fills at most that many times its length)
    order = iter(range(len(values)))

    def fill(placeholder: re.Match[str]) -> str:
        number = placeholder.group()[1:-1]
        index = int(number) if number.isdigit() else next(order, len(values))
        return values[index] if index < len(values) else placeholder.group()

    return _PLACEHOLDER.sub(fill, template)


def text_codec(raw: bytes) -> str:
    """UTF-16 for bytes with a zero after (or before) every other one, as Windows and JavaScript write text
    (`z\0q\0…`); else UTF-8."""
    if not len(raw) % 2 and (not any(raw[1::2]) or not any(raw[0::2])):
        return "utf-16-le" if not any(raw[1::2]) else "utf-16-be"
    return "utf-8"


def hex_text(run: str) -> str:
    """The text a run of hex digit pairs encodes, in canonical form, or "" when the bytes are not printable UTF-8
    text (a SHA-256 digest, a random hex id). Bytes with a zero before (or after) every other one are UTF-16, as
    Windows and JavaScript write text (`007a0071…`)."""
    raw = bytes.fromhex(run)
    decoded = raw.decode(text_codec(raw) if len(raw) >= 4 else "utf-8", "replace")
    return canonical(decoded)[0] if decoded.isprintable() and "\ufffd" not in decoded else ""


# Letters standing in for digits (`O7700 9OO173`, `+l 650`): in a run of digit tokens that does not start inside a
# word, a token holding a digit (or right after `+`) is read with O/o as 0 and l/I as 1, when the run has more
# digits than such letters. (`O-RING-12` and `Windows 10 Pro` have no token that mixes them.)
LETTERS_FOR_DIGITS = "OolI"
_LOOSE_NUMBER = re.compile(r"(?<![^\W\d_])\+?[0-9OolI]+(?:[\s.\-/()]{1,3}[0-9OolI]+)*")
_LOOSE_TOKEN = re.compile(r"[0-9OolI]+")
_AS_DIGITS = str.maketrans(LETTERS_FOR_DIGITS, "0011")
_NOT_DIGITS = str.maketrans("", "", "0123456789")
_NOT_STAND_INS = str.maketrans("", "", LETTERS_FOR_DIGITS)
# (perf 54) What a run's reading needs to differ from it (_digits_for_letters), searched in C before the read: in a run
# as _LOOSE_NUMBER finds it (from a place no letter precedes, so over the stand-in letters glued before a digit), two
# digits with at most one stand-in letter between them (more digits than letters put two so somewhere), or a card's
# first two groups opening the run. Where it finds nothing, digits_for_letters(form) == form.
READING_MAY_DIFFER = re.compile(
    r"(?<![^\W\d_])[OolI]*+[0-9](?:[\s.\-/()]{0,3}[OolI])?[\s.\-/()]{0,3}[0-9]"
    r"|(?<![^\W\d_])[0-9][0-9OolI]{3}[\s-][0-9OolI]{4}")


def _folded_token(token: re.Match[str]) -> str:
    text = token.group()
    if text.isalpha() and not (token.start() > 0 and token.string[token.start() - 1] == "+"):
        return text  # a word (`I`, `lo`) among the digits stays a word
    return text.translate(_AS_DIGITS)


# (closer 222, review 42) A payment card's four groups of four opening on a digit are a number whatever its share of
# letters (`4lll llll llll llll`): no word is written in that layout of these four letters; the card's check decides.
_CARD_GROUPS = re.compile(r"[0-9][0-9OolI]{3}([\s-])[0-9OolI]{4}(?:\1[0-9OolI]{4}){2}")


def _digits_for_letters(match: re.Match[str]) -> str:
    run, tail = match.group(), ""
    end = match.end()
    if end < len(match.string) and match.string[end].isalpha():  # its last token begins a word (`… 173\norders`)
        cut = len(run.rstrip("0123456789" + LETTERS_FOR_DIGITS))
        run, tail = run[:cut], run[cut:]
    letters = len(run) - len(run.translate(_NOT_STAND_INS))  # (in C: no generator per run)
    digits = len(run) - len(run.translate(_NOT_DIGITS))
    if letters and _CARD_GROUPS.fullmatch(run) is not None:
        return run.translate(_AS_DIGITS) + tail  # (every group a card's, letters alone too)
    if not letters or digits <= letters:
        return run + tail
    return _LOOSE_TOKEN.sub(_folded_token, run) + tail


def digits_for_letters(form: str) -> str:
    """`form` with the letters that stand in for digits in its digit runs read as digits."""
    return _LOOSE_NUMBER.sub(_digits_for_letters, form)
