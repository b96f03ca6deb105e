"""Personal data put together from pieces, for the detector (detector.py): readings of a canonical form in which an
address or a number written in parts is whole again. Each reading is judged as free text, never sent.

- JSON text: each string is read joined by `@` to each of the next two (the next value, whether or not a key stands
  between them), when the first is shaped like an address's local part holding `.` or `+` and the other like a
  domain (`{"user": "jo.smith", "domain": "example.com"}`, `["jo.smith", "example.com"]`).
- A code in capitals (no lower-case letter): a `-` between a dotted name and a domain reads as `@`
  (`WELCOME-JO.SMITH-EXAMPLE.COM`, an address upper-cased into a code with its `@` made a dash).
- Four number words or more in a row saying seven digits or more (`six five zero ...`, `zéro six quarante-sept ...`:
  English, German, French, Spanish, Italian, Portuguese,
  Dutch, Swahili, Indonesian, Turkish, Russian, Ukrainian, Polish, Czech, Romanian, Hungarian, Greek, Croatian,
  Serbian and Bosnian, Arabic, Hindi and Urdu typed in Latin letters, eight languages of India and Pakistan in
  their scripts, Vietnamese, Thai, Hebrew and the Scandinavian languages; Russian,
  Ukrainian, Polish, Czech and Greek numbers said in groups too: `девятьсот шестнадцать` is 916) read as their
  digits, after the words; and the digits alone in their place, read after the label before them.
- A value spelled aloud one character at a time, a letter said with a spelling alphabet's word among them (`k as in
  kilo a z l a u s`): the characters joined in their place (a word, or a code and its check character apart).

(Slugged addresses are rejoined by canonical.py with the other spelled addresses; lower-case base32 and IPv4 written
with commas are read by the detector's own rules.) Each reading needs what its shape cannot do without (`"`, capitals,
five words), which detector.reason tests first, so an ordinary value pays a few membership tests. Every pattern is
linear: its repeated parts are separated by characters they cannot match.
"""

from __future__ import annotations

import re
from typing import Dict, List, Sequence, Tuple

from .canonical import DOT_WORD, MAIL_PROVIDERS, by_first_letter, canonical
from .personal_keys import WORD_RUN
from .phone_plans import home_mobile, international_mobile, nanp, trunk_mobile

# ---- object text -----------------------------------------------------------------------------------------------
_QUOTED = re.compile(r'"([^"\\]{1,256})"')
# A local part holding `.` or `+` (what addresses hold and words do not, as for a word for "@"), and a domain:
# labels, a dot and a top-level domain of letters (the detector judges the joined address).
_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
_DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,63}")


def _local_part(text: str) -> bool:
    """Shaped like an address's local part with a `.` or `+` in it, each dotted label holding a letter (`v1.2` is a
    version), and not like a file name (`logo.png`) or a domain (`example.com`): a name ending in a dot and two to
    four letters is one of those."""
    if _LOCAL.fullmatch(text) is None or not ("." in text or "+" in text):
        return False
    labels = text.split(".")
    tail = labels[-1]
    return all(label.strip("0123456789_%+-") for label in labels) and not (2 <= len(tail) <= 4 and tail.isalpha())


def _object_reading(form: str) -> str:
    """Each quoted string shaped like a local part joined by `@` to each of the next two shaped like a domain."""
    return joined_addresses([("", text) for text in _QUOTED.findall(form)])


def _domain(text: str) -> str:
    """`text` (after its `@`, if it opens on one) when shaped like a domain, else ""."""
    domain = text[1:] if text[:1] == "@" else text
    return domain if _DOMAIN.fullmatch(domain) is not None else ""


MAIL_PROVIDER_NAMES = frozenset(MAIL_PROVIDERS)
# Keys that name an address's two parts when they stand side by side (`?user=jo&domain=example.com`): with them the
# local part needs no `.` or `+`.
LOCAL_PART_KEYS = frozenset("user username login local localpart mailbox usuario utilisateur benutzer".split())
DOMAIN_KEYS = frozenset("domain maildomain host domaine dominio domein".split())
# ... and keys that name a domain's place in short or say "@" (`?d=gmail.com`, `?to=jo&at=gmail.com`): under them a
# large mail provider's domain joins any local part before it (`/u/jo?d=gmail.com`; `/u/store42?d=example.com` names a
# store's site).
_PROVIDER_DOMAIN_KEYS = DOMAIN_KEYS | {"d", "dom", "at", "mx", "provider"}
# Keys that name a phone's calling code (`?cc=33&n=…`): the next piece of digits is read after it, as `+33 …`.
CALLING_CODE_KEYS = frozenset("cc countrycode country_code callingcode calling_code dialcode dial_code dial indicatif "
                              "prefix prefijo prefisso ddi".split())


def joined_addresses(pieces: Sequence[Tuple[str, str]]) -> str:
    """Pieces side by side, each a (key, text) in order (JSON strings, a CSV line's fields, a URL's last path segment
    and its parameters' values): each text shaped like a local part holding `.` or `+` (or any local part, under a
    LOCAL_PART_KEYS key, the other under a DOMAIN_KEYS key; or any local part, the other a large mail provider's domain
    under a _PROVIDER_DOMAIN_KEYS key) joined by `@` to each of the next two shaped like a domain, maybe after its `@`;
    all such joins, blank-separated."""
    pairs = []
    for index, (key, text) in enumerate(pieces[:-1]):
        dotted = _local_part(text)
        local = dotted or _LOCAL.fullmatch(text) is not None
        if not local:
            continue
        for other_key, other in pieces[index + 1:index + 3]:
            provider_key = other_key in _PROVIDER_DOMAIN_KEYS
            if not (dotted or key in LOCAL_PART_KEYS and other_key in DOMAIN_KEYS or provider_key):
                continue
            domain = _domain(other)
            if domain and (dotted or key in LOCAL_PART_KEYS and other_key in DOMAIN_KEYS or (
                    domain.partition(".")[0].lower() in MAIL_PROVIDER_NAMES)):
                pairs.append(f"{text}@{domain}")
    return " ".join(pairs)


# An address's two parts labelled in text (`user: jo | domain: example.com`, `E-Mail: jo\nDomain: example.com`,
# `Benutzer jo Domain example.com`): a label of LOCAL_PART_KEYS (or a mail word, or `name`) and its value, then one of
# DOMAIN_KEYS and its value, read as the keys and values of a URL's parameters are (joined_addresses). Each label is
# a word of its own, a colon or `=` after it maybe; its value one token.
_LOCAL_LABELS = LOCAL_PART_KEYS | {"name", "email", "e-mail", "mail"}
_LABELLED_PIECE = re.compile(
    f"(?<![^\\W_])((?i:{by_first_letter(_LOCAL_LABELS | DOMAIN_KEYS)}))[ \\t]{{0,3}}[:=]?[ \\t]{{0,3}}"
    f"([A-Za-z0-9._%+-]{{1,64}})(?![\\w@])")


def _labelled_addresses(form: str) -> str:
    """The labelled parts of an address in `form` joined (above), or ""."""
    pieces = []
    for label, value in _LABELLED_PIECE.findall(form):
        label = label.lower()
        pieces.append(("user" if label in _LOCAL_LABELS and label not in DOMAIN_KEYS else label, value))
    return joined_addresses(pieces) if len(pieces) > 1 else ""


# A calling code, then words or marks but no digit, then a number (`+49 | 1701234567`, `Ländervorwahl +49 Nummer
# 1701234567`, `country code 33, number 612345674`, `dial +49 then 1701234567`): the code after `+` opening a token or
# a label of the calling code, up to 40 characters of no digit and no line with a blank among them, six to fourteen
# digits, read as one number (`+49 1701234567`) when the code and the number (its trunk `0` dropped) dial a mobile of
# the code's national plan (phone_plans: `+2 sizes, item 1234567` dials none). (EDIFACT's segments glue a
# `+` to their tag and their marks between numbers, `LIN+1++4006381333931`: no code.)
_CALLING_CODE_LABELS = ("country code|calling code|dialling code|dialing code|dial code|landervorwahl|vorwahl|"
                        "indicatif|prefijo|prefisso|codigo de pais|code pays")
_CODE_THEN_NUMBER = re.compile(
    f"(?:(?<![\\w+])\\+|(?i:{_CALLING_CODE_LABELS})[ \\t]{{0,3}}[:=]?[ \\t]{{0,3}}\\+?)([0-9]{{1,3}})(?![0-9])"
    f"([^0-9\\n]{{1,40}})([0-9]{{6,14}})(?![0-9])")


def _pieces_apart(form: str) -> List[str]:
    """The readings of `form` with an address's labelled parts joined and each calling code read with its number
    (above), those that find any."""
    return [joined for joined in (_labelled_addresses(form) if "." in form else "", _code_then_number(form)) if joined]


def _code_then_number(form: str) -> str:
    """Each calling code and the number after it in `form` (above) as one number, blank-separated, or ""."""
    return "  ".join(f"+{code} {number}" for code, apart, number in _CODE_THEN_NUMBER.findall(form)
                     if (" " in apart or "\t" in apart) and international_mobile(code + number.removeprefix("0")))


def joined_phones(pieces: Sequence[Tuple[str, str]]) -> str:
    """Pieces side by side (joined_addresses): a calling code (`+` and one to three digits, or the digits under a
    CALLING_CODE_KEYS key) and the next piece of six to fourteen digits read as one number (`+33 647832915`)."""
    numbers = []
    for index, (key, text) in enumerate(pieces[:-1]):
        code = text[1:] if text[:1] == "+" else text if key in CALLING_CODE_KEYS else ""
        if 1 <= len(code) <= 3 and code.isdigit() and code.isascii():
            number = pieces[index + 1][1]
            if 6 <= len(number) <= 14 and number.isdigit() and number.isascii():
                numbers.append(f"+{code} {number}")
    return "  ".join(numbers)


# A line of fields (CSV, TSV, a bar-separated log line): its fields are pieces side by side.
_FIELD_SEPARATOR = re.compile(r"[,;\t|]")


# ---- codes --------------------------------------------------------------------------------------------------
# A dotted name after the start, a blank or a `-`, then `-` and a domain (checked by the detector's address rule).
_CODE_ADDRESS = re.compile(r"(?<![^\s-])([A-Z0-9_+]+(?:\.[A-Z0-9_+]+)+)-(?=[A-Z0-9]+(?:\.[A-Z0-9]+)*\.[A-Z]{2})")


def _code_address(match: re.Match[str]) -> str:
    name = match.group(1)
    # each label of the name holds a letter: `V1.2-RC.FINAL` is a version
    return f"{name}@" if all(label.strip("0123456789_+") for label in name.split(".")) else match.group()


# ---- numbers ---------------------------------------------------------------------------------------------------
# The number words of English, German, French, Spanish, Italian, Portuguese, Dutch, Swahili, Indonesian (Malay),
# Turkish, Russian, Ukrainian, Polish, Czech, Romanian, Hungarian, Greek and Croatian, Serbian and Bosnian (both
# scripts; nineteenth attack), folded as values are (accents, case,
# look-alikes: Turkish `altı` is `alti`, Russian `восемь` holds Latin letters): a run of seven or more (a phone number
# has more) read as digits. Digits first, by value; then the words of the languages whose speakers say a number in
# groups in words of their own (`девятьсот шестнадцать`, `pięćset dwanaście`, `εξακόσια ενενήντα τέσσερα`), by value:
# teens, tens, hundreds.
_DIGIT_WORDS: Tuple[str, ...] = (
    "zero oh null nul cero sifuri nol kosong sıfır ноль нуль nula nulla μηδέν μηδενικό нула",
    "one eins un uno um een moja satu bir один одна одно jeden jedna jedno unu egy ένα jedan један",
    "two zwei deux dos dois due twee mbili dua iki два две дві dwa dwie dva dvě doi kettő két δύο dvije",
    "three drei trois tres tre drie tatu tiga üç три trzy tři trei három τρία τρεις tri",
    "four vier quatre cuatro quattro quatro nne empat dört четыре чотири cztery čtyři patru négy "
    "τέσσερα τέσσερις četiri четири",
    "five funf cinq cinco cinque vijf tano lima beş пять п'ять pięć pět cinci öt πέντε pet пет",
    "six sechs seis sei zes sita enam altı шесть шість sześć šest șase hat έξι шест",
    "seven sieben sept siete sette sete zeven saba tujuh yedi семь сім siedem sedm șapte hét επτά εφτά sedam седам",
    "eight acht huit ocho otto oito nane delapan sekiz восемь вісім osiem osm opt nyolc οκτώ οχτώ osam осам",
    "nine neun neuf nueve nove negen tisa sembilan dokuz девять дев'ять dziewięć devět nouă kilenc "
    "εννέα εννιά devet девет")
# ... and Arabic's, as Gulf, Sudanese and Libyan shoppers write them (twenty-first attack): each digit's masculine and
# feminine forms and their spoken ones (`اتنين`, `تلاتة`), with a final `ه` typed for `ة` (canonical folding has
# dropped the hamza: `أربعة` is `اربعة`).
_ARABIC_DIGIT_WORDS = ("صفر", "واحد واحدة", "اثنان اثنين اتنين ثنين", "ثلاثة ثلاث تلاتة", "اربعة اربع", "خمسة خمس",
                       "ستة ست", "سبعة سبع", "ثمانية ثمان ثماني تمانية", "تسعة تسع")
_DIGIT_WORDS = tuple(f"{words} {arabic} {arabic.replace('ة', 'ه')}"
                     for words, arabic in zip(_DIGIT_WORDS, _ARABIC_DIGIT_WORDS, strict=True))
# ... and India's and Pakistan's (twenty-fourth attack): Hindi and Urdu as typed in Latin letters (`nau aath chaar`),
# Hindi and Marathi in Devanagari, Urdu, Gujarati, Gurmukhi, Telugu, Kannada and Malayalam in their scripts, folded as
# values are (their vowel signs that are combining marks removed; the spacing ones stay inside the word).
_SOUTH_ASIAN_DIGIT_WORDS = (
    "shunya shoonya sifar शून्य सिफ़र صفر શૂન્ય ਸਿਫ਼ਰ ਸਿਫਰ సున్నా ಸೊನ್ನೆ ಸೊನ್ನೆ പൂജ്യം",
    "ek एक ایک એક ਇੱਕ ఒకటి ಒಂದು ഒന്ന്",
    "do दो दोन دو બે ਦੋ రెండు ಎರಡು രണ്ട്",
    "teen तीन تین ત્રણ ਤਿੰਨ మూడు ಮೂರು മൂന്ന്",
    "chaar char चार چار ચાર ਚਾਰ నాలుగు ನಾಲ್ಕು നാല്",
    "paanch panch पांच पाँच पाच پانچ પાંચ ਪੰਜ ఐదు ಐದು അഞ്ച്",
    "chhah chhe chah छह छः सहा چھ છ ਛੇ ఆరు ಆರು ആറ്",
    "saat सात سات સાત ਸੱਤ ఏడు ಏಳು ഏഴ്",
    "aath आठ آٹھ આઠ ਅੱਠ ఎనిమిది ಎಂಟು എട്ട്",
    "nau नौ नऊ نو નવ ਨੌਂ ਨੌ తొమ్మిది ಒಂಬತ್ತು ഒമ്പത്")
_DIGIT_WORDS = tuple(f"{words} {more}" for words, more in zip(_DIGIT_WORDS, _SOUTH_ASIAN_DIGIT_WORDS, strict=True))
# ... and (twenty-sixth attack) Vietnamese, Thai, Hebrew (both genders) and the Scandinavian languages (Norwegian,
# Danish, Swedish).
_MORE_DIGIT_WORDS = (
    "không ศูนย์ אפס null nul noll",
    "một หนึ่ง אחת אחד en ett",
    "hai สอง שתיים שתים שניים שנים to två",
    "ba สาม שלוש שלש שלושה tre",
    "bốn สี่ ארבע ארבעה fire fyra",
    "năm ห้า חמש חמישה fem",
    "sáu หก שש שישה seks sex",
    "bảy เจ็ด שבע שבעה sju syv",
    "tám แปด שמונה åtte otte åtta",
    "chín เก้า תשע תשעה ni nio")
_DIGIT_WORDS = tuple(f"{words} {more}" for words, more in zip(_DIGIT_WORDS, _MORE_DIGIT_WORDS, strict=True))
# ... and (twenty-ninth attack) Azerbaijani, Esperanto (`naŭ` folds to `nau`, Hindi's nine too), Hawaiian (with its
# ʻokina, with an apostrophe typed for it, or without), Papiamento and Pashto.
_HAWAIIAN_DIGIT_WORDS = ("ʻole", "ʻekahi", "ʻelua", "ʻekolu", "ʻehā", "ʻelima", "ʻeono", "ʻehiku", "ʻewalu", "ʻeiwa")
_TWENTY_NINTH_DIGIT_WORDS = (
    "sero صفر", "unu un یو", "du dos دوه", "tres درې دری", "dörd kvar kuater څلور", "kvin sinku پنځه",
    "ses شپږ", "yeddi sep shete اووه", "səkkiz ok ocho اته", "doqquz naŭ nuebe نهه")
_DIGIT_WORDS = tuple(f"{words} {more} {hawaiian} {hawaiian.replace('ʻ', chr(39))} {hawaiian[1:]}"
                     for words, more, hawaiian in zip(_DIGIT_WORDS, _TWENTY_NINTH_DIGIT_WORDS, _HAWAIIAN_DIGIT_WORDS,
                                                      strict=True))
_TEEN_WORDS: Tuple[str, ...] = (  # 10 to 19 (a teen fills the group's last two places)
    "десять dziesięć deset δέκα", "одиннадцать одинадцять jedenaście jedenáct έντεκα",
    "двенадцать дванадцять dwanaście dvanáct δώδεκα", "тринадцать тринадцять trzynaście třináct δεκατρία",
    "четырнадцать чотирнадцять czternaście čtrnáct δεκατέσσερα", "пятнадцать п'ятнадцять piętnaście patnáct δεκαπέντε",
    "шестнадцать шістнадцять szesnaście šestnáct δεκαέξι δεκάξι",
    "семнадцать сімнадцять siedemnaście sedmnáct δεκαεπτά δεκαεφτά",
    "восемнадцать вісімнадцять osiemnaście osmnáct δεκαοκτώ δεκαοχτώ",
    "девятнадцать дев'ятнадцять dziewiętnaście devatenáct δεκαεννέα δεκαεννιά")
# ... and (thirty-fourth attack) the teens, tens and hundreds of the languages whose speakers say a phone number in
# pairs or groups: English, German, French, Spanish, Italian, Portuguese, Dutch and Turkish (not Turkish's ten, `on`:
# an English word)
_PAIRED_TEENS = (
    "ten zehn dix diez dieci dez tien", "eleven elf onze once undici", "twelve zwolf zwölf douze doce dodici doze "
    "twaalf", "thirteen dreizehn treize trece tredici treze dertien", "fourteen vierzehn quatorze catorce "
    "quattordici catorze veertien", "fifteen funfzehn fünfzehn quinze quince quindici vijftien",
    "sixteen sechzehn seize dieciséis sedici dezesseis dezasseis zestien", "seventeen siebzehn diecisiete "
    "diciassette dezessete dezassete zeventien", "eighteen achtzehn dieciocho diciotto dezoito achttien",
    "nineteen neunzehn diecinueve diciannove dezenove dezanove negentien")
_PAIRED_TENS = (
    "twenty zwanzig vingt vingts veinte venti vinte twintig yirmi", "thirty dreißig dreissig trente treinta trenta "
    "trinta dertig otuz", "forty vierzig quarante cuarenta quaranta quarenta veertig kırk", "fifty fünfzig "
    "cinquante cincuenta cinquanta cinquenta vijftig elli", "sixty sechzig soixante sesenta sessanta sessenta zestig "
    "altmış", "seventy siebzig septante setenta settanta zeventig yetmiş", "eighty achtzig huitante octante ochenta "
    "ottanta oitenta tachtig seksen", "ninety neunzig nonante noventa novanta negentig doksan")
_PAIRED_HUNDREDS = (
    "", "doscientos duecento duzentos", "trescientos trecento trezentos", "cuatrocientos quattrocento quatrocentos",
    "quinientos cinquecento quinhentos", "seiscientos seicento seiscentos", "setecientos settecento setecentos",
    "ochocientos ottocento oitocentos", "novecientos novecento novecentos")
_TEEN_WORDS = tuple(f"{words} {more}" for words, more in zip(_TEEN_WORDS, _PAIRED_TEENS, strict=True))
_TENS_WORDS: Tuple[str, ...] = (  # 20 to 90
    "двадцать двадцять dwadzieścia dvacet είκοσι", "тридцать тридцять trzydzieści třicet τριάντα",
    "сорок czterdzieści čtyřicet σαράντα", "пятьдесят п'ятдесят pięćdziesiąt padesát πενήντα",
    "шестьдесят шістдесят sześćdziesiąt šedesát εξήντα", "семьдесят сімдесят siedemdziesiąt sedmdesát εβδομήντα",
    "восемьдесят вісімдесят osiemdziesiąt osmdesát ογδόντα",
    "девяносто дев'яносто dziewięćdziesiąt devadesát ενενήντα")
_HUNDREDS_WORDS: Tuple[str, ...] = (  # 100 to 900 (Czech says them in two words, `pět set`: its hundred alone)
    "сто sto εκατό", "двести двісті dwieście διακόσια", "триста trzysta τριακόσια", "четыреста чотириста czterysta "
    "τετρακόσια", "пятьсот п'ятсот pięćset πεντακόσια", "шестьсот шістсот sześćset εξακόσια",
    "семьсот сімсот siedemset επτακόσια εφτακόσια", "восемьсот вісімсот osiemset οκτακόσια οχτακόσια",
    "девятьсот дев'ятсот dziewięćset εννιακόσια εννεακόσια")
_TENS_WORDS = tuple(f"{words} {more}" for words, more in zip(_TENS_WORDS, _PAIRED_TENS, strict=True))
_HUNDREDS_WORDS = tuple(f"{words} {more}" for words, more in zip(_HUNDREDS_WORDS, _PAIRED_HUNDREDS, strict=True))


def _compounds(units: str, joiner: str, tens: str, tens_first: bool = False) -> Dict[int, str]:
    """A language's numbers of two places written as one word (German `achtundvierzig`, Dutch `achtenveertig`: the
    unit, a joiner, the ten; Italian `ventisette`, `cinquantuno`: the ten, its last vowel dropped before a vowel),
    by value."""
    found: Dict[int, str] = {}
    for ten, ten_word in enumerate(tens.split(), start=2):
        for unit, unit_word in enumerate(units.split(), start=1):
            if tens_first:
                word = ten_word[:-1] + unit_word if unit_word[0] in "aeiou" else ten_word + unit_word
            else:
                word = unit_word + joiner + ten_word
            found[ten * 10 + unit] = f"{found.get(ten * 10 + unit, '')} {word}".strip()
    return found


# German, Dutch and Italian write 21 to 99 as one word; Spanish 21 to 29 (`veintinueve`)
_COMPOUNDS: Dict[int, str] = {}
for _table in (
        _compounds("ein zwei drei vier fünf sechs sieben acht neun", "und",
                   "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig"),
        _compounds("ein zwei drei vier fünf sechs sieben acht neun", "und",
                   "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig"),
        _compounds("een twee drie vier vijf zes zeven acht negen", "en",
                   "twintig dertig veertig vijftig zestig zeventig tachtig negentig"),
        _compounds("uno due tre quattro cinque sei sette otto nove", "",
                   "venti trenta quaranta cinquanta sessanta settanta ottanta novanta", tens_first=True),
        {20 + unit: "veinti" + word for unit, word in enumerate(
            "uno dos tres cuatro cinco seis siete ocho nueve".split(), start=1)}):
    for _value, _words in _table.items():
        _COMPOUNDS[_value] = f"{_COMPOUNDS.get(_value, '')} {_words}"
# Words a number's parts are joined by (French `et`, Spanish `y`, Portuguese `e`, English `and`), a hundred said
# after its digit (`cent`, `hundred`, Turkish `yüz`, `beş yüz` is 500), French's `vingt` after `quatre` (80), and
# `double` and `triple` before a digit said twice or thrice (`double one` is 11): markers, not digits.
_AND, _HUNDRED, _DOUBLE, _TRIPLE = -1, -100, -2, -3
_MARKERS = {_AND: "et y e and", _HUNDRED: "hundred hundert cent cents cien ciento cento cem honderd yüz",
            _DOUBLE: "double", _TRIPLE: "triple"}
# Ukrainian writes an apostrophe inside a word (`п'ять`): each of its spellings.
_APOSTROPHES = "'\u2019\u02bc"
_NUMBER_WORDS: Dict[str, Tuple[int, int]] = {}  # folded word: (value, the places it fills in its group)
for _values, _words_by_value in ((range(10), _DIGIT_WORDS), (range(10, 20), _TEEN_WORDS),
                                 (range(20, 100, 10), _TENS_WORDS), (range(100, 1000, 100), _HUNDREDS_WORDS),
                                 (list(_COMPOUNDS), list(_COMPOUNDS.values())),
                                 (list(_MARKERS), list(_MARKERS.values()))):
    for _value, _words in zip(_values, _words_by_value, strict=True):
        for _word in _words.split():
            for _spelled in {_word.replace("'", _apostrophe) for _apostrophe in _APOSTROPHES}:
                _NUMBER_WORDS[_spelled if _spelled.isascii() else canonical(_spelled)[0].lower()] = (
                    _value, len(str(_value)))
_WORD = f"(?:{by_first_letter(_NUMBER_WORDS)})"
# Searched in the lower-cased form after a blank added before it, each word (or a group of up to four digits, said
# among words: `06 quarante-sept 83`) after a separator (a blank, `,`, `-` or `_`: words joined in a slug or a
# handle): a search skips to the separators. Four at least: a number said
# in pairs has fewer words than digits; the digits said must be seven or more (_MIN_DIGITS_SAID).
# (the word pattern written once: a large alternation compiled twice would weigh twice in the snapshot's memory)
# (closer 236: `/` too, a number's halves apart by it, `null-eins-fünf-eins / zwei-drei-…`; and a group of five digits
# among words, `0151-two three four-56789`)
_NUMBER_WORD_RUN = re.compile(f"(?:[\\s,_/-]{{1,3}}(?:{_WORD}|[0-9]{{1,5}})(?![^\\W\\d_])){{4,}}")
# A run's words: letters and the vowel signs that take space in Indic scripts (category Mc, no letter to `\w`), as a
# key's words are read (WORD_RUN), and its digits
_LETTERS = re.compile(f"{WORD_RUN}(?:[{_APOSTROPHES}][^\\W\\d_]+)?|[0-9]+")
_MIN_WORDS_TEXT = 16  # five words, four blanks (MIN_BLANKS)
MIN_BLANKS = 4
_MIN_DIGITS_SAID = 7  # a phone number has more
_DIGITS_WITHOUT_TRUNK = 10  # (closer 236) a national number said digit by digit without its trunk 0
_MIN_COUNTED = 9  # digits said one by one that count: number cards (`zero … nine`), no number ending in `… 1234567`


def _digits_said(match: re.Match[str]) -> str:
    """The digits a run of number words found by _NUMBER_WORD_RUN says (_digits_in)."""
    return _digits_in(match.group())


def _digits_in(run: str) -> str:
    """The digits a run of number words says: a word joins the group before it when it fills places the group left
    open (`девятьсот` `шестнадцать` is 916, `восемьдесят` `два` is 82, `quatrocentos e oitenta e três` 483), else
    begins a group (`восемь` `девятьсот` is 8 then 9..); a hundred multiplies the digit before it (`beş yüz` 500),
    `vingt` after `quatre` is 80; `double` and `triple` repeat the digit after them. "" when the run says fewer than
    seven digits, holds digits written and only digit words but for two or more opening a trunk 0 or making a card's
    length (`Set 6 4 7 8 3 un`: no number said in words), or counts (each group one more than the one before: number
    cards); a trunk `0` before digits said in pairs or hundreds that make a plan's mobile with it."""
    groups, written, said, spelled = _said_groups(_LETTERS.findall(run))
    digits = "".join(groups)
    # (a count, `one two three … ten`, `zero one two … nine`, says no number; digits alone are read as before)
    # (and a keypad's row, `one two … nine zero`: its 0 after the 9)
    counted = (said or not written and len(groups) >= _MIN_COUNTED) and all(
        int(after) - int(before) == 1 or before == "9" and after == "0"
        for before, after in zip(groups, groups[1:], strict=False))
    # (digit words among digits say a number when two of them at least open a phone's trunk 0 or a card's length:
    # `zero six 71 38 52 94`, `4539 one four eight eight 0343 6467`)
    if len(digits) < _MIN_DIGITS_SAID or written and not said and not (spelled >= 2 and (
            digits[0] == "0" or len(digits) >= 13)) or counted:
        return ""
    # a mobile said in pairs or hundreds without its trunk prefix, as it is said at home (Turkish `beş yüz otuz iki …`
    # is 0532…): the prefix put back (not digit by digit: `one two … nine zero` are a keypad's keys, no number; nor
    # after a plan's mobile as it is: `восемь девятьсот …` is 8 916…)
    # (closer 236: and ten digits said one by one, no figure among them, as a UK mobile is without its 0: `seven seven
    # zero zero nine …`; a number said so is no code; not a number of the Americas' plan, said as it is dialled)
    return "0" + digits if (said or not written and len(digits) == _DIGITS_WITHOUT_TRUNK and not nanp(digits)) and (
        digits[0] != "0" and not home_mobile(digits) and trunk_mobile("0" + digits)) else digits


def _said_groups(words: List[str]) -> Tuple[List[str], bool, bool, int]:
    """The groups of digits number words and digits `words` say (_digits_in), whether digits were written among
    them, whether a word said more than a digit, and how many words said a number."""
    groups: List[str] = []
    open_places = 0
    repeat = 1
    spelled = 0
    written = said = False
    for word in words:
        if word[0] in "0123456789":
            groups.append(word)
            written, open_places = True, 0
            continue
        value, places = _NUMBER_WORDS[word]
        said = said or value >= 10
        spelled += value >= 0
        if value < 0:
            if value == _HUNDRED:
                places = 3
                if groups and open_places == 0 and len(groups[-1]) == 1 and groups[-1] != "0":
                    groups[-1] = str(int(groups[-1]) * 100)
                else:
                    groups.append("100")
                open_places, said = 2, True
            elif value in (_DOUBLE, _TRIPLE):
                repeat = -value
            continue
        if word.startswith("vingt") and groups and groups[-1] == "4" and open_places == 0:
            groups[-1], open_places = "80", 2  # (French's 80, which a teen fills: `quatre-vingt-dix-sept`)
            continue
        if groups and places <= open_places:
            groups[-1] = str(int(groups[-1]) + value)
        else:
            groups.extend([str(value)] * repeat)
        repeat = 1
        # a round ten or hundred leaves its lower places open (French's 60 and 80 a teen too: `soixante-treize`), a
        # digit or a teen fills them
        open_places = 2 if value in (60, 80) else places - 1 if value % 10 == 0 and value >= 10 else 0
    return groups, written, said, spelled


def _number_words(match: re.Match[str]) -> str:
    """A run of number words and, after it, the digits it says (_digits_said): a number said in words stands in a
    sentence, where the detector reads a national plan's mobile without its trunk prefix (`pięć jeden dwa ...` is
    Poland's 512...)."""
    digits = _digits_said(match)
    return f"{match.group()} {digits}" if digits else match.group()


def _digits_alone(match: re.Match[str]) -> str:
    """A blank and the digits a run of number words says, in the words' place."""
    digits = _digits_said(match)
    return " " + digits if digits else match.group()


# English number words glued into one token with digits (`zerosixseventyone385294`, as a filter's word list is
# dodged): read apart, each word taken longest first (atomic: one reading, linear), three words at least.
_GLUED_WORD = ("(?>" + by_first_letter(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split()) + ")")
_GLUED_NUMBER = re.compile(f"(?:{_GLUED_WORD}|[0-9]+)++")
_GLUED_WORDS = re.compile(_GLUED_WORD)
_MIN_GLUED_WORDS = 3


def glued_number(form: str) -> str:
    """The digits a token of lower-case English number words glued together says, digits maybe among them
    (_GLUED_NUMBER), as a number said in words apart (_digits_in), or ""."""
    if _GLUED_NUMBER.fullmatch(form) is None or len(_GLUED_WORDS.findall(form)) < _MIN_GLUED_WORDS:
        return ""
    return _digits_in(" ".join(_GLUED_WORDS.sub(r" \g<0> ", form).split()))


def said_numbers(form: str) -> List[str]:
    """The digits each run of number words in canonical `form` says (_digits_said), for the callers that judge those
    digits alone (a user agent's fields, judged as an id, where the words would not be read)."""
    if len(form) < _MIN_WORDS_TEXT or form.count(" ") < MIN_BLANKS:
        return []
    return [digits for match in _NUMBER_WORD_RUN.finditer(" " + form.lower()) for digits in [_digits_said(match)]
            if digits]


# An IPv4 address said aloud (thirty-fourth attack): number words between three words for "." of any lexicon language
# (`un huit cinq point quatre sept point ...`, `eighty-one dot two dot …`, `one sixty`, `one hundred sixty`), each run
# of them read as the digits it says (_said_groups: `185 point 47 point ...`, `81 dot 2 dot …`), which the detector's
# spelled address rule reads.
_SAID_DOT = re.compile(f"\\s(?:{DOT_WORD})\\s")
_MIN_SAID_DOTS = 3


def said_address(low: str) -> str:
    """Lower-cased canonical `low` read as an address said aloud (above), or "" when it holds fewer than three words
    for "." between blanks."""
    if len(_SAID_DOT.findall(low)) < _MIN_SAID_DOTS:
        return ""
    pieces: List[str] = []
    run: List[str] = []
    copied = run_end = 0  # (the text before `copied` is read; the run of number words ends at `run_end`)
    for token in _LETTERS.finditer(low):
        word, start = token.group(), token.start()
        if run and (low[run_end:start].strip(" -") or not (word[0] in "0123456789" or word in _NUMBER_WORDS)):
            pieces.append("".join(_said_groups(run)[0]))  # (a run ends at another word or another separator)
            run, copied = [], run_end
        if word[0] in "0123456789" or word in _NUMBER_WORDS:
            if not run:
                pieces.append(low[copied:start])
            run.append(word)
            run_end = token.end()
    if run:
        pieces.append("".join(_said_groups(run)[0]))
        copied = run_end
    pieces.append(low[copied:])
    return "".join(pieces)


# ---- spelled aloud ---------------------------------------------------------------------------------------------
# A voice assistant's transcript of a value spelled one character at a time (twenty-second attack): letters alone,
# digits alone and digit words (_NUMBER_WORDS' digits), between blanks, commas or dashes, one letter at least said
# with a word after a spelling connective that opens with it (`k as in kilo`, `k for kilo`, `a like alpha`, German `k
# wie Kaufmann`, French `k comme Kléber`, Italian `k come Kursaal`: the layout, no alphabet's list), or a word of the
# ICAO spelling alphabet alone (`kilo alpha zulu`: a closed class of 26 words, as the digit words are). Five
# characters or more so said are read as the characters joined, in their place: letters alone as a word,
# its first in capitals as a spelled name is written (`my surname is k as in kilo a z l a u s k a s` is `my surname
# is Kazlauskas`); letters and digits as a code in capitals (`a as in alpha one two three four five six three` is
# `A1234563`), and again with its last character apart, as a printed check character stands (`A123456(3)`: Hong
# Kong's identity card).
_DIGIT_ONLY_WORDS = [word for word, (value, _) in _NUMBER_WORDS.items() if value < 10 and word.isascii()]
_SPELLING_ALPHABET = ("alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike "
                      "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee "
                      "zulu").split()
_ALPHABET_WORDS = frozenset(_SPELLING_ALPHABET)
_CONNECTIVE = "(?i:as[ \t]{1,3}in|for|like|wie|comme|come)"
_SPELLED_UNIT = (f"(?:[A-Za-z](?:[ \t]{{1,3}}{_CONNECTIVE}[ \t]{{1,3}}[A-Za-z][a-z]{{1,19}})?"
                 f"|(?i:{by_first_letter(_DIGIT_ONLY_WORDS)})|(?i:{by_first_letter(_SPELLING_ALPHABET)})"
                 f"|[0-9](?![0-9]))(?![^\\W\\d_])")
# A connective between a letter alone and a word, or a spelling alphabet's word: the readings' cue (a scan in C).
_SPELLING_CUE = re.compile(f"(?<![^\\W\\d_])(?:[a-z] {_CONNECTIVE} [a-z]|(?:{by_first_letter(_SPELLING_ALPHABET)})"
                           f"(?![^\\W\\d_]))")
_SPELLED_APART = "(?:[ \t]{1,3}|[ \t]{0,2}[,-][ \t]{0,2})"
_SPELLED_RUN = re.compile(f"(?<![^\\W\\d_])(?:{_SPELLED_UNIT}{_SPELLED_APART}){{4,}}{_SPELLED_UNIT}")
_SPELLED_UNITS = re.compile(f"(?<![^\\W\\d_]){_SPELLED_UNIT}")
_MIN_SPELLED = 5


def _spelled_characters(run: str) -> str:
    """The characters a run of _SPELLED_RUN spells, or "" when none is said with a spelling alphabet's word or one
    is said with a word that opens with another letter (`b as in apple`). A word both a digit's and the alphabet's
    (Malay's and Indonesian's `lima`, five) is a letter among the alphabet's other words, a digit elsewhere."""
    units = _SPELLED_UNITS.findall(run)
    lettered = any(unit.lower() in _ALPHABET_WORDS and unit.lower() not in _NUMBER_WORDS for unit in units)
    characters = []
    alphabet = False
    for unit in units:
        if len(unit) == 1 or " " in unit or "\t" in unit:
            said = unit.split()
            if len(said) > 1:
                if said[-1][0].lower() != unit[0].lower():
                    return ""
                alphabet = True
            characters.append(unit[0])
        elif unit.lower() in _NUMBER_WORDS and not (lettered and unit.lower() in _ALPHABET_WORDS):
            characters.append(str(_NUMBER_WORDS[unit.lower()][0]))
        else:  # a spelling alphabet's word
            characters.append(unit[0])
            alphabet = True
    return "".join(characters) if alphabet and len(characters) >= _MIN_SPELLED else ""


def spelled_readings(form: str) -> List[str]:
    """The readings of canonical `form` with each run of characters spelled aloud (_SPELLED_RUN) joined in its
    place, or [] when it holds none (the caller finds _SPELLING_CUE first)."""
    joined, checked = [], []
    last = 0
    for match in _SPELLED_RUN.finditer(form):
        characters = _spelled_characters(match.group())
        if not characters:
            continue
        if characters.isalpha():
            word = characters[0].upper() + characters[1:].lower()
            joined.append(form[last:match.start()] + word)
            checked.append(form[last:match.start()] + word)
        else:
            code = characters.upper()
            joined.append(form[last:match.start()] + code)
            checked.append(form[last:match.start()] + f"{code[:-1]}({code[-1]})")
        last = match.end()
    if not joined:
        return []
    readings = ["".join(joined) + form[last:]]
    checked_reading = "".join(checked) + form[last:]
    return readings if checked_reading == readings[0] else [*readings, checked_reading]


def readings(form: str, words: bool = True) -> List[str]:
    """The readings of canonical `form` in which pieces are put together (see the module's docstring), each only
    when `form` holds its shape; number words only when `words`."""
    found: List[str] = []
    if words and form.isalnum():
        glued = glued_number(form if form.islower() else form.lower())  # (`ZEROSIX…`, `ZeroSix…`: the same words)
        if glued:
            found.append(f"{form} {glued}")
    if '"' in form and ("{" in form or "[" in form):
        joined = _object_reading(form)
        if joined:
            found.append(joined)
    if ("," in form or ";" in form or "\t" in form or "|" in form) and form.count(".") >= 2:
        joined = joined_addresses([("", field.strip()) for field in _FIELD_SEPARATOR.split(form)])
        if joined:
            found.append(joined)
    # (a word of DOMAIN_KEYS in any of its cases and a dot, or a calling code's `+` or label: substring tests in C;
    # the detector asks the same before it calls)
    if "." in form and ("omain" in form or "OMAIN" in form or "host" in form or "Host" in form or "HOST" in form
                        or "ominio" in form or "omein" in form) or (
            "+1" in form or "+2" in form or "+3" in form or "+4" in form or "+5" in form or "+6" in form
            or "+7" in form or "+8" in form or "+9" in form or "code" in form or "Code" in form or "CODE" in form
            or "orwahl" in form or "ndicatif" in form or "refi" in form):
        found.extend(_pieces_apart(form))
    if "-" in form and "." in form and form.isupper():
        code = _CODE_ADDRESS.sub(_code_address, form)
        if code != form:
            found.append(code)
    if words and len(form) >= _MIN_WORDS_TEXT and (form.count(" ") >= MIN_BLANKS or form.count("-") >= MIN_BLANKS
                                                   or form.count("_") >= MIN_BLANKS
                                                   # (closer 236: words and figures apart by blanks and dashes)
                                                   or form.count(" ") + form.count("-") >= MIN_BLANKS):
        low = " " + form.lower()
        if _NUMBER_WORD_RUN.search(low) is not None:
            said = _NUMBER_WORD_RUN.sub(_number_words, low)
            if said != low:
                found.append(said)
                # and the digits alone in the words' place, after what labels them (`my number is five five five
                # ...` is `my number is 555...`: a label's rules read a number right after it)
                found.append(_NUMBER_WORD_RUN.sub(_digits_alone, low))
        address = said_address(low)
        if address:
            found.append(address)
        if _SPELLING_CUE.search(low) is not None:  # (a value spelled aloud: one scan in C first)
            found.extend(spelled_readings(form))
    return found
