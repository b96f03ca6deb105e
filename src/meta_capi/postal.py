"""Postal addresses, home coordinates and people's names written out in free text, found by their layout.

No list of streets or names could be complete; what an address line has everywhere is its layout: a house
number next to a street word of its language (`12 Awolowo Road`, `12 rue de Rivoli`, `Hauptstraße 5`,
`C/ Mayor 12`, `ul. Długa 5`), ended by a comma, a line break or the end of the text as an address line is;
a postal code after the Japanese postal mark (`〒100-0001`) or a block number after a Chinese, Japanese or
Korean street (`建国路88号`, `千代田1丁目`, `세종대로 110`); two parts of an address read by their words and
numbers where a script has no capitals (`ბინა 12, ... ქუჩა`), or a home's unit beside its quarter or street
(`Villa n° 14, Cité ...`); coordinates precise enough to find a house and a place's codes (coordinates.py). A name
is only found where the layout says it is one: after a letter's salutation (`Dear Wyn Okafor,`) or an honorific
called by a comma (`Sra. Mendoza, su pedido`), after a label the key lexicon calls personal (`Ship to: Wyn Okafor`,
judged by detector.key_reason, passed in), a role label (`Customer: Aram Petrosyan`) or any label before a
patronymic line, or signing a letter after its closing formula (`Kind regards,\nWyn Okafor`).

Runs on the canonical form (accents folded, every dash a `-`), behind cheap tests of the characters each rule
needs, so text without them pays one scan. Every pattern is linear: its repeats are bounded.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Dict, FrozenSet, List, Optional, Set

from . import coordinates, honorifics, key_lexicon, label_ends, personal_keys
from .allergens import allergens_after, named_beside_allergens
from .business_labels import BUSINESS_LABEL
from .canonical import (
    ARABIC_LETTER_VARIANTS,
    FIELD_CLOSERS,
    FIELD_OPENERS,
    branches_by_first_letter,
    by_first_letter,
    canonical,
    longest_first,
)
from .coordinates import COORDINATES as COORDINATES  # (re-exported: the detector names the reason here)
from .geography import COUNTRY_BY_KEY, TOWN_NAMES, letters_key
from .given_names import a_given_name
from .label_ends import COLON_END, label_then_end
from .role_labels import (
    BETTOR_LAST_WORDS,
    CLUB_AND_BREED_WORDS,
    KIN,
    PART,
    SIDE,
    a_bettors_thing,
    a_pickup_place,
    a_recruiting_firms_branch,
    a_speakers_product,
    a_team_or_state,
    a_thing,
    a_winners_team,
    a_witness_state,
    first_gift,
    names_a_bettor,
    names_by_part,
)
from .standings import a_standing

POSTAL_ADDRESS = "holds a postal address"
PERSON_NAME = "holds a person's name"

# A character one of the rules below needs (the punctuation that ends an address line, a name after a salutation
# or a label, a line break, the dot of decimal degrees, the `+` of a plus code) or any character outside ASCII (CJK
# addresses, the degree sign): text without one (most values: `Blue Sneakers`, `Product 12`) is passed by one
# scan. In a URL path, judged with a line break for each `/`, only the punctuation is (a path's coordinates are
# written with a comma: `/@6.447412,3.455307,17z`), not `/` nor the dot of `index.html`. A code's own cues (a
# geohash's label, a what3words address's `///` in a path) are looked for by code_cued.
# A tag (`<br>`) may break a line.
CUE = re.compile(r"[,;:!|.\n\r+<]")
PATH_CUE = re.compile(r"[,;:!|+]|_[^\n]{0,60}\.")  # (and a file's name: `_` then its extension's dot in a segment)
_TEXT_REST = re.compile(r"[,;:!|\n\r]")
_DIGIT = re.compile(r"[0-9]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Tags that break a line in a browser, read as a line break by the layout rules.
_BREAK_TAG = re.compile(r"<(?i:br|/?p|/?div|/?li|/?tr)\b[^<>]{0,40}>")

# Letters an address is written with in more than one variant, folded to one before the address rules read it (the
# rules are written in the folded letters): the Arabic-script letter variants (`خیابان` and `خيابان`; the canonical
# form has dropped the tatweel that only stretches a word), the Hebrew geresh (`מס׳`), and the traditional Chinese
# characters of an address's words (`號`, `區`, `樓`, `棟`, `單元`: Taiwan and Hong Kong write them so).
_VARIANTS = {**ARABIC_LETTER_VARIANTS, "\u05f3": "'", "\u05f4": '"',
             "號": "号", "區": "区", "樓": "楼", "棟": "栋", "單": "单", "縣": "县", "鄉": "乡", "鎮": "镇"}
_ADDRESS_FOLD = str.maketrans(_VARIANTS)
_VARIANT = re.compile(f"[{''.join(_VARIANTS)}]")  # (one scan: most text holds no variant letter)


def _folded(words: List[str]) -> List[str]:
    """`words` in the form the address rules read: canonical, their variant letters folded."""
    return [canonical(word)[0].translate(_ADDRESS_FOLD) for word in words]


def _words(names: List[str]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=longest_first))


def _lexicon_words(*groups: Dict[str, str], separator: str = " ") -> List[str]:
    """The words (or, with `separator`, phrases) of `groups` (kind -> words) in their canonical form in lower case,
    their variant letters folded as the address rules read them (_ADDRESS_FOLD: `مبنى`), longest first (_lexicon's
    alternation folds capitals too and groups by first letter)."""
    return sorted({canonical(word)[0].lower().translate(_ADDRESS_FOLD) for group in groups for line in group.values()
                   for word in line.split(separator)}, key=longest_first)


def _any_case(*groups: Dict[str, str], separator: str = " ") -> str:
    """An alternation of the words (or, with `separator`, phrases) of `groups` (kind -> words), in their canonical
    form and any case, longest first; a word not ending in a dot, an apostrophe or a slash (`c/`) is not glued to a
    letter."""
    words = _lexicon_words(*groups, separator=separator)
    return "(?i:(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])(?:" + "|".join(
        re.escape(word).replace("\\ ", "[ \\t]{1,3}") + ("" if word[-1] in ".'/" else "(?![^\\W\\d_])")
        for word in words) + "))"


# A word of a street's name: letters of any script, or an ordinal (`5th`); two- and three-letter words in capitals
# are units and codes (`2 TB External Hard Drive`, `3 USB Ports Way`), not names.
_NOT_CODE = r"(?![A-Z]{2,3}(?![^\W\d_]))"
_WORD = f"(?:{_NOT_CODE}[^\\W\\d_](?:[^\\W\\d_]|['’-]){{1,29}}|[0-9]{{1,3}}(?:st|nd|rd|th))"
# What follows an address line: the next part of the address (a town, a district, a postal code) after a comma, a
# semicolon, a line break or a bar. A street line ending the text is a store's (`Click & Collect: Hamngatan 18`) as
# often as a home's, and a product name goes on with words (`12 Oak Street Candle`): neither is judged an address.
_LINE_END = r"(?=[ \t]{0,3}[,;\n\r|،][ \t,;\r\n]{0,3}[^\W_])"
# A Brazilian line goes on after a dash (`Av. Paulista, 1000 - Bela Vista`), and so does a line that opens on its
# number (`10 Downing Street - London`; eighth attack), the town capitalized.
_LINE_OR_DASH = r"(?=[ \t]{0,3}(?:[,;\n\r|،]|[ \t]-[ \t])[ \t,;\r\n]{0,3}[^\W_])"
_LINE_OR_DASH_TOWN = r"(?=[ \t]{0,3}(?:[,;\n\r|،][ \t,;\r\n]{0,3}[^\W_]|[ \t]-[ \t]{1,3}[A-Z]))"
# A flat after the street word, before what follows (`742 Evergreen Terrace Apt 3, Springfield`): a flat's word and
# its number.
_FLAT_WORD = r"(?i:apt|apartment|flat|unit|suite|ste|fl|floor|kv|piso|depto|dpto|apto)"
_FLAT_AFTER = f"(?:,?[ \\t]{{1,3}}{_FLAT_WORD}\\.?[ \\t]{{0,3}}#?[0-9]{{1,4}}[A-Za-z]?)?"
# A compass direction in a US street line, before the name or after the street word (`500 N Elm Dr`, `Main Ave NW`):
# capitals, maybe with a dot, no word.
_DIRECTION = r"(?:[NSEW]|N[EW]|S[EW])\.?(?![^\W\d_])"
_HOUSE = r"(?<![\w.,/+\-])[0-9]{1,5}[A-Za-z]?(?:[ \t]?[-/][ \t]?[0-9]{1,5}[A-Za-z]?)?"  # `221B`, `12-14`, `5/2`
# Number first, then the name, then the street word (English, and the Commonwealth's abbreviations).
_AFTER_NAME = ("street st road rd avenue ave boulevard blvd lane ln drive dr court ct place pl terrace terr tce "
               "way close crescent cres highway hwy parkway pkwy square sq circle cir trail trl mews grove gardens "
               "gdns walk row hill parade pde esplanade expressway expy freeway fwy loop alley quay wharf").split()
STREET_WORDS_AFTER_NAME = tuple(_AFTER_NAME)  # (detector: a street line in a cookie's payload)
# Number first, then the street word, then the name (French; those also English words need a particle: `4 Place
# Mats` is a product, `5 place de la Bastille` an address). A particle is a word of the name after it.
_BEFORE_NAME = ("rue boulevard bd allee chemin impasse quai duong pho".split()  # Vietnamese: `12 Đường Lê Lợi`
                + _folded(["شارع", "طريق", "خیابان"]))  # Arabic and Persian: `١٢ شارع الملك فهد،`
_BEFORE_PARTICLE = "avenue av place route cours square passage promenade".split()
# (closer 236) ... or in lower case, as French writes the street's word, before a name's capital with no particle
# and then its post code (`3 avenue Victor Hugo, 69003 Lyon`, `12 place Bellecour 69002 Lyon`): a product's name
# capitalizes its words (`4 Place Mats`).
_LOWER_BEFORE_PARTICLE = f"(?:{'|'.join(_BEFORE_PARTICLE)})[ \\t]{{1,3}}(?=[A-Z])"


def _particle(blank: str) -> str:
    """The particles before a street's name's word, each followed by `blank` (blanks in text, `_` in a file's name)."""
    return f"(?:(?:de|du|des|la|le|les|del|della|di|da|do|dos|das|van|von|der|y|e){blank}|(?:de{blank})?[dl]['’])"


_PARTICLE = _particle(r"[ \t]+")
# The street word first and the number after the name (Spanish, Italian, Portuguese, Polish, Romanian, Belgian
# French and Dutch), capitalized as an address writes it; a year after the name is a collection, not a number.
_TYPE_FIRST = (r"Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Pza\.|Carrer|Camino|Carretera|Ctra\.|Travesia|Via|Viale|"
               r"Piazza|Piazzale|Corso|Vicolo|Rua|Travessa|Praca|Alameda|Estrada|Rodovia|ul\.|ulica|al\.|aleja|"
               r"Strada|Str\.|Bulevardul|Bd\.|Calea|Splaiul|Soseaua|Rue|Avenue|Boulevard|Chaussee|Steenweg|"
               r"Jl\.|Jln\.?|Jalan|"  # Indonesian: `Jl. Sudirman No. 45`
               r"Pasaje|Psje\.|Bulevar|"  # Chilean `Pasaje Los Aromos 456`, Serbian `Bulevar Oslobođenja 5`
               r"Lorong|Lrg\.|Persiaran|Lebuh|"  # Malay: a lane, a drive, a street (`Lorong Maarof 3`)
               r"Kaya|"  # Papiamento: a street (`Kaya Flamboyan 27`; nineteenth attack)
               # Italian abbreviations, as addresses are printed (closer 77): viale, piazza, piazzale, corso, vicolo,
               # largo (`V.le Mazzini 5, int. 7, 00195 Roma`)
               r"V\.le|P\.zza|P\.za|P\.le|C\.so|V\.lo|L\.go|Largo")
_NAME_WORD = f"{_NOT_CODE}[A-Z](?:[^\\W\\d_]|['’-]){{1,29}}"
# German, Dutch and Scandinavian streets end their name with the street word (`Hauptstraße`, `Keizersgracht`,
# `Drottninggatan`) or write it apart (`Berliner Straße`), the number after.
_GLUED = ("straße strasse str. gasse allee chaussee damm ufer weg straat laan gracht kade singel dijk plein gatan "
          "vagen vej veien katu kuja vegur braut stræti stigur").split()  # Icelandic: `Laugavegur 28`
_GLUED += ["strjitte"]  # Frisian (twenty-ninth attack: `Tsjerkestrjitte 12`)
# (review 45) German's `str` cut with no dot, after a name's small letters, as forms type it (`Musterstr 12`; not
# `Instr 5`)
_CUT_STR = "(?<=[a-zäöüß]{4})str"
# Written apart after the name: German; Turkish (`Atatürk Cad. No: 12`); Czech (`Václavské náměstí 12`); Slovene;
# Hungarian (`Andrássy út 12`). Finnish `-tie` is glued after a longer name (`Mannerheimintie 12`).
_APART = (r"Straße|Strasse|Str\.|Weg|Allee|Gasse|Platz|Damm|Cad\.|Caddesi|Cadde|Sok\.|Sokak|Sokagi|Bulvari|"
          r"namesti|nam\.|trida|ulice|ut|utca|korut|"
          # Estonian (`Pärnu mnt 12`), Latvian (`Brīvības iela 55`), Lithuanian (`Gedimino prospektas 9`)
          r"mnt|maantee|tn|tanav|pst|puiestee|iela|bulvaris|prospekts|gatve|laukums|prospektas|aleja|plentas|"
          # Slovene, Croatian and Slovak (`Slovenska cesta 12`, `Trg republike 3`; twenty-second attack)
          r"cesta|trg|nabrezje|namestie")
# Lithuanian street words abbreviated (`Gedimino pr. 9`, `Vilniaus g. 5`, `Laisvės al. 3`) after the street's name in
# the genitive, as it is written (ending in `o`, `s`, `u`; `Pack pr. 2` is not).
_APART_GENITIVE = r"(?<=[^\W\d_]{2}[osu][ \t])(?:g|pr|al|pl)\."
# Malay street, lane and estate words (`Jalan`, `Lorong`, `Taman`), the Thai subdistrict and district words that open
# the next part of an address after a blank (`แขวง`, `ตำบล`, `เขต`, `อำเภอ`), Nordic street words written apart, and
# the German and Dutch ones a one-word street name ends in (sixteenth attack).
# (Brunei spells a village Kampong)
_MALAY_STREET = r"Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuhraya|Lebuh|Lingkaran|Taman|Kampung|Kg\.|Kampong|Kpg\."
_THAI_NEXT_PART = f"(?=[ \\t]{{1,3}}(?:{_words(_folded(['แขวง', 'ตำบล', 'ต.', 'เขต', 'อำเภอ', 'อ.']))}))"
# A Thai house number before its soi or road, and maybe the other (`99/9 ซอยสุขุมวิท 11 ถนนสุขุมวิท`): ended as a line
# is (_STREET_LINES) or by the next part after a blank (_THAI_LINE).
_THAI_STREETS = (f"{_HOUSE}[ \\t]{{1,3}}(?:ซอย|ถนน)[^\\W\\d_]{{1,30}}(?:[ \\t]{{1,3}}[0-9]{{1,4}})?"
                 f"(?:[ \\t]{{1,3}}(?:ซอย|ถนน)[^\\W\\d_]{{1,30}}(?:[ \\t]{{1,3}}[0-9]{{1,4}})?)?")
_NORDIC_APART = _words(_folded("gate gata gaten vei veien veg vegen gade vej gatan vägen väg".split()))
_GLUED_AFTER_NUMBER = "straße strasse gasse weg allee damm ufer straat laan gracht kade singel dijk plein".split()
# (the number's sign: `No.`, `Nr`, `n°`, and Portuguese `n.º`, folded to `n.o`)
_NUMBER_AFTER = (r"[ \t]{0,3},?[ \t]{0,3}(?:(?i:n\.?[o°]|n\.|nr\.?|num\.?)\.?:?[ \t]{0,3}|#[ \t]{0,2})?"
                 r"(?!19[0-9]{2}|20[0-9]{2})"
                 r"[0-9]{1,4}[A-Za-z]?")
# A flat after the house number and a dash or a slash (`55-12`, `12/3`; Vienna's stair and door: `12/3/14`; a Dutch
# floor in Roman numerals: `123-II`), or after a letter or a word (`No: 12 D: 5`, Finnish `12 B 7`).
# (thirtieth attack: Dutch and Belgian `bis` after the number, `Tulpenstraat 23 bis`, as French writes it)
_UNIT = (r"(?:[ \t]?(?i:bis|ter)(?![^\W\d_]))?"
         r"(?:[-/][0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,4}[A-Za-z]?)?|-(?:I{1,3}|IV|V)(?![\w-]))?"
         r"(?:[ \t]{1,3}[A-Za-z]{1,5}[.:]?[ \t]{0,3}[0-9]{1,4})?")
# A flat after a house's number and a slash, a number or a letter (`7/3`, `10/A`, `12/3/14`); not after a dash, which
# is the house's number itself where the street is a grid's (Guatemala's `Av. Reforma 8-20`: its zone says so).
_SLASHED_FLAT = r"(?:/(?:[0-9]{1,4}[A-Za-z]?|[A-Za-z](?![^\W\d_]))(?:/[0-9]{1,4}[A-Za-z]?)?)?"
# The street word first in scripts without capitals or folded to lower case (Greek `Οδός Ερμού 12`, Arabic
# `شارع التحرير 12`, Persian `کوچه نادر، پلاک ۱۲`, Hebrew `רחוב הרצל 12`), in their folded form; a house number's
# word may come before the number after a comma (Persian `پلاک`, Arabic `رقم`, Hebrew `מס'`).
_TYPE_FIRST_ANY_CASE = _words(_folded([
    "Οδός", "οδός", "Λεωφόρος", "شارع", "طريق", "خیابان", "کوچه", "بلوار", "רחוב", "שדרות", "דרך", "סמטת",
    "زنقة"]))  # (a lane in Morocco: `زنقة الحرية رقم 12،`; thirty-eighth attack)
_NUMBER_WORD_ANY_CASE = _words(_folded(["پلاک", "رقم", "מס'", "מספר"]))


# The next parts of an address after a street line whose own words say less (seventh attack): a flat (`apt 7`), a
# postal code and a town (`11000 Beograd`, `LT-01103 Vilnius`), or a town and a postal code (`Tbilisi 0108`), not a
# year (`Midnight 2024`), ending the field as a town does.
# (fourteenth attack: Polish `00-514`, Czech, Slovak and Greek `110 00`)
# (twenty-second attack: four digits, not a year, as Slovenia, Norway, Denmark and Greenland write them, `9520`,
# before a town, not before the noun a count of things is (`Puzzle 3, 1000 Pieces`): lexicon data by kind)
_COUNT_NOUN_KIND = {"English": "pieces pcs pc parts pages sheets units items points watts lumens calories words songs "
                               "cards tiles beads threads count tablets capsules stitches miles"}
# (thirty-eighth attack) What a number counts in a work's, a product's or a shop's own title, no street's name nor a
# town after a home's parts (`Volume 3`, `جلد ۲`, `כתובת: פרק 2`; a model, a game, a novel, a guide, a puzzle; the
# shop's own branch, store or arcade, `כתובת: סניף 12`): lexicon data by language, as folded.
_PART_NOUN_KIND = {"English": "volume vol part chapter book episode level size pack disc round stage",
                   "Persian": "جلد فصل قسمت نسخه مدل کتاب رمان بازی پازل فروشگاه شعبه پاساژ ایمیل",
                   "Hebrew": "כרך פרק עמוד חלק מהדורה דגם ספר משחק סניף חנות",
                   "Arabic": "جزء مجلد فصل طبعة مجسم لعبة رواية كتاب دليل قصة فرع متجر"}
_PART_NOUN = f"(?:{_words(_folded(_lexicon_words(_PART_NOUN_KIND)))})(?![^\\W\\d_])"
# (twenty-ninth attack: the Dutch code, four digits and two capitals, `8911 AB`, not a unit's, a size's or a region's
# in capitals: `1000 ML`, `1000 XL`, `2024 US Open`)
_UNIT_CAPITALS_KIND = {"units": "ML CL DL MG KG GR CM MM LB OZ GB TB MB KB HP KW MW HZ LM MP PC PK",
                       "sizes": "XS XL", "regions": "EU US UK"}
_NL_POSTCODE = (f"[1-9][0-9]{{3}}[ \\t]?(?!(?:{_words([word.upper() for word in _lexicon_words(_UNIT_CAPITALS_KIND)])}"
                f"|SA|SD|SS)(?![A-Za-z]))[A-Z]{{2}}(?=[ \\t])")
_POSTCODE = (r"(?:[A-Z]{2}-[0-9]{4,5}|[0-9]{5}|[0-9]{2}-[0-9]{3}|[1-9][0-9]{2}[ \t][0-9]{2}" f"|{_NL_POSTCODE}"
             f"|(?!19[0-9]{{2}}|20[0-9]{{2}})[1-9][0-9]{{3}}(?![0-9])"
             f"(?![ \\t]{{1,3}}(?i:{_words(_COUNT_NOUN_KIND['English'].split())})(?![^\\W\\d_])))"
             r"(?![0-9])")
_TOWN = r"[A-Z](?:[^\W\d_]|['’-]){2,29}"
# (a JSON string's closing quote ends a field too: `{"note": "..., Riyadh 12214"}`)
_FIELD_END = r"(?=[ \t]{0,3}(?:$|[,;\n\r|\"]))"
# (thirtieth attack) An Italian town is followed by its province's code, two capitals, bare or in brackets (`20121
# Milano MI`, `00184 Roma (RM)`): the codes are a closed class (lexicon data), so a size or a unit after a town's
# capitalized word (`XL`, `ML`) is none.
_PROVINCE_KIND = {"Italian": "AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS "
                             "CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT "
                             "NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP "
                             "SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV"}
_PROVINCE = "|".join(_PROVINCE_KIND["Italian"].split())
_PROVINCE_AFTER = f"(?:[ \\t]{{1,3}}(?:(?:{_PROVINCE})|\\((?:{_PROVINCE})\\))(?![^\\W\\d_]))?"
# A district between the line and its town (thirteenth attack: `King Fahd Rd 4821, Al Olaya, Riyadh 12214`), its
# words capitalized (`Al` too).
_DISTRICT = r"(?:[A-Z][a-z'’-]{1,29}[ \t]{1,3}){0,2}[A-Z][a-z'’-]{1,29},[ \t]{1,3}"
# A postal code and its town end a sentence too, or a clause before a dash (`…, 31-042 Kraków — thank you!`).
_CODE_TOWN_END = r"(?=[ \t]{0,3}(?:$|[,;\n\r|\"]|[.!?)](?![^\W\d_])|-[ \t]))"
# ... and a town ends a line there, or a parameter (`&location=Baker Street 17, London&`).
_TOWN_ENDS_LINE = r"(?=[ \t]{0,3}(?:$|[,;\n\r|\"&]|[.!?)](?![^\W\d_])|-[ \t]))"
# (closer 130) A Spanish floor and door after the house's number (`calle … 12, 3º B, 28013 Madrid`, `2ª izq.`): the
# floor's ordinal (`º`, `ª` folded to `o`, `a`), maybe its door's letter or side, before the post code and the town.
_SPANISH_FLOOR = (r"(?:[0-9]{1,2}[oa]\.?|(?i:bajo|entlo|ppal))(?:[ \t]{1,3}(?:[A-Za-z]|(?i:izq|izqda|izda|dcha|dch|"
                  r"der|dra|ctro|centro|int|ext))\.?)?")
_NEXT_PARTS = (f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?:{_FLAT_WORD}\\.?"
               r"[ \t]{0,3}[0-9]{1,4}[A-Za-z]?[ \t]{0,3}[,;\n]"
               f"|{_SPANISH_FLOOR}[ \\t]{{0,3}},[ \\t]{{1,3}}{_POSTCODE}[ \\t]{{1,3}}{_TOWN}{_CODE_TOWN_END}"
               f"|{_POSTCODE}[ \\t]{{1,3}}{_TOWN}(?:[ \\t]{_TOWN})?(?:[ \\t][0-9]{{1,2}})?{_PROVINCE_AFTER}"
               f"{_CODE_TOWN_END}"
               f"|(?:{_DISTRICT})?{_TOWN}(?:[ \\t]{_TOWN})?,?[ \\t]{{1,3}}"
               f"(?:[A-Z]{{2}}-)?(?!19[0-9]{{2}}(?![0-9])|20[0-9]{{2}}(?![0-9]))[0-9]{{4,6}}(?![0-9]){_FIELD_END}))")
_TOWN_AND_CODE = (f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?:{_DISTRICT})?{_TOWN}(?:[ \\t]{_TOWN})?,?[ \\t]{{1,3}}[0-9]{{5}}"
                  f"(?![0-9]){_FIELD_END})")

# What a record's, a film's or a print's title names after a comma where a town would stand (`Abbey Road 2, Deluxe
# Edition`, `Sesame Street 2, Elmo Poster`): lexicon data, read in any case.
_EDITION_KIND = {"English": "edition deluxe remastered remaster collection collector collectors limited special "
                            "anniversary vinyl poster print set box pack series season volume part disc album "
                            "blu dvd cd hardcover paperback ebook audiobook",
                "German": "edition ausgabe band teil taschenbuch hörbuch gebunden"}
_NOT_EDITION = f"(?!(?i:{_words(_lexicon_words(_EDITION_KIND))})(?![^\\W\\d_]))"

# A word of a street's name in Hebrew or Arabic letters, and a flat's word after its house number (Hebrew `דירה`,
# a floor `קומה`, an entrance `כניסה`; Arabic `شقة`), folded.
_RTL_WORD = "[\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3]{2,20}"
_FLAT_ANY_CASE = _words(_folded(["דירה", "קומה", "כניסה", "شقة"]))
_HE_ENTRANCE, _HE_FLAT = _folded(["כניסה", "דירה"])
_GAP = r"[ \t]{0,3}"
# A house or a building in Arabic (a villa, a building, a house), before its number.
_BUILDING_ANY_CASE = _words(_folded(["فيلا", "عمارة", "مبنى", "منزل"]))
# A Vietnamese syllable of a name, capitalized (`Đ` folds to `d`), and the ward after a street line, numbered
# (`Phường 3`, `P.3`) or named (`Phường Bến Nghé`, `Huyện Củ Chi`, `Thị trấn ...`), a field of its own as a part of
# an address is; a numbered district (`Quận 5`, `Q.5`) only after an alley's or a flat's word (`quần`, trousers,
# folds to the same letters: `Set 2 Áo Thun, Quần 5`).
_VN_NAME = r"(?:[A-Z]|d(?=[a-z]))[a-z]{1,6}(?![^\W\d_])"
_VN_WARD = (f"(?:(?:(?i:phuong)[ \\t]{{1,3}}|P\\.[ \\t]?)[0-9]{{1,2}}"
            f"|(?i:phuong|huyen|xa|thi[ \\t]tran)[ \\t]{{1,3}}(?:{_VN_NAME}[ \\t]{{1,3}}){{0,2}}{_VN_NAME})"
            f"{_FIELD_END}")
_VN_DISTRICT = f"(?:(?i:quan)[ \\t]{{1,3}}|Q\\.[ \\t]?)[0-9]{{1,2}}{_FIELD_END}"
# A house number (maybe with its alley's: `12/5`) and its street's name.
_VN_HOUSE = (f"[0-9]{{1,5}}[A-Za-z]?(?:/[0-9]{{1,4}}[A-Za-z]?){{0,3}}[ \\t]{{1,3}}(?:{_VN_NAME}[ \\t]{{1,3}}){{0,3}}"
             f"{_VN_NAME}")


# A street line (the number first, as _STREET_LINES' first layout reads it) ending the field on a British or Canadian
# postal code after a blank, with no mark between them (`22 Thurloe Street SW7 2LT`, `24 Sussex Drive K1M 1M4`;
# fifteenth attack): those codes alternate letters and digits as no word, amount or size does. The code is looked for
# in the text's last characters first (ends_on_uk_or_ca_code).
_UK_OR_CA_CODE = r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][A-Z]{2}|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9])"
_TRAILING_UK_OR_CA_CODE = re.compile(f"(?<![\\w'’-]){_UK_OR_CA_CODE}[ \\t]{{0,3}}[\"]?$")
_STREET_BEFORE_CODE = re.compile(
    f"{_HOUSE},?[ \\t]{{1,3}}(?:{_WORD}[ \\t]{{1,3}}){{1,3}}(?i:{_words(_AFTER_NAME)})\\.?{_FLAT_AFTER}"
    f"[ \\t]{{1,3}}{_UK_OR_CA_CODE}[ \\t]{{0,3}}[\"]?$")


# (closer 110) A street line ending on a post code and its town after a blank, with no mark between them, as a note
# or a search writes an address on one line (`domicile 12 rue des Lilas 69003 Lyon`, `Hauptstraße 5 10115 Berlin`,
# `Via Roma 5 00184 Roma`): the code of a country's layout and the town ending the field, as after a comma
# (_NEXT_PARTS), the line before it in the layouts of _STREET_LINES (the number first, a street word glued or apart
# before the number, the street word first). Each code and town found, the line is looked for in the 100 characters
# before it (bounded: linear).
_CODE_AND_TOWN = re.compile(f"(?<![\\w.,/+-]){_POSTCODE}[ \\t]{{1,3}}{_NOT_CODE}{_TOWN}(?:[ \\t]{_TOWN})?"
                            f"{_PROVINCE_AFTER}{_CODE_TOWN_END}")
_LINE_BEFORE_CODE_BODY = (
    f"(?:{_HOUSE},?[ \\t]{{1,3}}(?:(?:{_WORD}[ \\t]{{1,3}}){{1,3}}(?i:{_words(_AFTER_NAME)})\\.?"
    f"|(?i:{_words(_BEFORE_NAME)})\\.?[ \\t]{{1,3}}(?:{_WORD}[ \\t]{{1,3}}){{0,3}}{_WORD}"
    f"|(?:(?i:{_words(_BEFORE_PARTICLE)})\\.?[ \\t]{{1,3}}{_PARTICLE}|{_LOWER_BEFORE_PARTICLE})"
    f"(?:{_WORD}[ \\t]{{1,3}}){{0,3}}{_WORD})"
    f"|(?:(?<=[^\\W\\d_]{{2}})(?i:{_words(_GLUED)})|{_CUT_STR}|(?<=[^\\W\\d_]{{3}}[ \\t-])(?:{_APART}))"
    f"{_NUMBER_AFTER}{_UNIT}"
    f"|(?<![^\\W\\d_])(?:{_TYPE_FIRST})[ \\t]{{0,3}}{_PARTICLE}{{0,2}}(?:{_NAME_WORD}[ \\t]{{1,3}}{_PARTICLE}{{0,2}})"
    f"{{0,3}}{_NAME_WORD}{_NUMBER_AFTER}{_SLASHED_FLAT})")
_LINE_BEFORE_CODE = re.compile(f"{_LINE_BEFORE_CODE_BODY}[ \\t]{{1,3}}$")


_CODE_TOWN_CUE = re.compile(r"[0-9][ \t]{1,3}[A-Z]")


def street_line_before_code(form: str) -> bool:
    """Whether `form` holds a street line, a blank, and a post code and its town ending the field (above); written
    all in capitals, as a label prints it, read as its words' capitals would write it (closer 222: `12 RUE DES LILAS
    75011 PARIS`)."""
    return _line_before_code(form) or form.isupper() and _line_before_code(form.title())


def _line_before_code(form: str) -> bool:
    return any(_LINE_BEFORE_CODE.search(form, max(0, code.start() - 100), code.start()) is not None
               for code in _CODE_AND_TOWN.finditer(form))


# How such a code's field may end, its last two characters looked up before any call: a capital, then a capital or
# a digit (`2LT`, `1M4`; not `Product 17`), or a blank or a quote after the code's last character or a blank.
_CODE_ENDS = frozenset({capital + last for capital in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        for last in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
                       | {before + after for before in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t" for after in ' \t"'})
_CODE_LAST = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" \t')  # the last one first (a cached string: quicker)


def ends_on_uk_or_ca_code(form: str) -> bool:
    """Whether `form` ends on a British or a Canadian postal code (string tests on its last three characters first:
    a digit, then two capitals or a capital and a digit; most text ends otherwise)."""
    tail = form[-6:].rstrip(' \t"')[-3:]
    return (len(tail) == 3 and tail[0].isdigit() and tail[1:2].isupper() and (tail[2].isupper() or tail[2].isdigit())
            and _TRAILING_UK_OR_CA_CODE.search(form[-12:]) is not None)


# (thirty-eighth attack) Hebrew's street words in Latin letters, a name and its number, then a town after a comma
# ending the field (`Rehov Herzl 12, Tel Aviv`), or a flat after the house (`Rehov Herzl 12/4`, `12 Apt 4`): a title's
# words as often (`Rechov Sumsum 3, DVD`, Israel's Sesame Street; `Sderot Cinema 3, tickets`; `Derech Hashem 2,`)
_HE_LATIN_LINE = (f"(?:Rehov|Rechov|Sderot|Shderot|Derech)[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,2}}{_NAME_WORD}"
                  f"[ \\t]{{1,3}}(?!19[0-9]{{2}}|20[0-9]{{2}})[0-9]{{1,4}}[A-Za-z]?(?![0-9])"
                  f"(?:(?:/[0-9]{{1,4}}|[ \\t]{{1,3}}(?i:apt|apartment)\\.?[ \\t]{{0,3}}[0-9]{{1,4}})(?![0-9])"
                  f"(?:{_FIELD_END}|{_LINE_END})"
                  f"|[ \\t]{{0,3}},[ \\t]{{1,3}}{_NOT_CODE}{_TOWN}(?:[ \\t]{{1,3}}{_NOT_CODE}{_TOWN})?{_FIELD_END})")
# German streets named by a place and the preposition before it, with its article (`Am Markt`, `An der Alster`, `Im
# Winkel`, `Zur Mühle`, `Unter den Linden`): lexicon data, capitalized as a line opens.
_DE_STREET_PREPOSITION_KIND = {"German": "am|an der|an den|an dem|auf der|auf dem|auf den|im|in der|in den|zum|zur|"
                                         "unter den|hinter der|hinter dem|hinter den|vor dem|vor den|bei der|beim|"
                                         "uber den|uber der|zu den"}
_DE_STREET_PREPOSITION = "(?:" + "|".join(
    re.escape(phrase[0].upper() + phrase[1:]).replace("\\ ", "[ \\t]{1,3}")
    for phrase in _lexicon_words(_DE_STREET_PREPOSITION_KIND, separator="|")) + ")(?![^\\W\\d_])"
_GULF_AREA = f"(?:Al|AL|El)[ \\t-]{_NAME_WORD}(?:[ \\t]{{1,3}}[0-9]{{1,2}}(?![0-9]))?"
_STREET_LINES = (
    # the house number first: the name and the street word, or the street word and the name
    # (a US line's compass direction before the name or after the street word: `500 N Elm Dr`, `1600 Main Ave NW`)
    re.compile(f"{_HOUSE}(?:,?[ \\t]{{1,3}}(?:{_DIRECTION}[ \\t]{{1,3}})?(?:{_WORD}[ \\t]{{1,3}}){{1,3}}"
               f"(?i:{_words(_AFTER_NAME)})\\.?(?:[ \\t]{{1,3}}{_DIRECTION})?"
               f"|(?:[ \\t]?(?i:bis|ter))?,?[ \\t]{{1,3}}(?:(?i:{_words(_BEFORE_NAME)})\\.?[ \\t]{{1,3}}"
               f"|(?i:{_words(_BEFORE_PARTICLE)})\\.?[ \\t]{{1,3}}{_PARTICLE})(?:{_WORD}[ \\t]{{1,3}}){{0,3}}{_WORD}"
               # (closer 236: the lower-case word with no particle only before the post code, the line's end being
               # a shop's as often: `Retrait chez Leroy Merlin, 3 avenue Foch`)
               f"|,?[ \\t]{{1,3}}{_LOWER_BEFORE_PARTICLE}(?:{_WORD}[ \\t]{{1,3}}){{0,3}}{_WORD}"
               f"(?=[ \\t]{{0,3}},[ \\t]{{0,3}}[0-9]{{4,5}}[ \\t]))"
               f"{_FLAT_AFTER}{_LINE_OR_DASH_TOWN}"),
    re.compile(f"(?<![^\\W\\d_])(?:(?:{_TYPE_FIRST})[ \\t]{{0,3}}{_PARTICLE}{{0,2}}(?:{_NAME_WORD}[ \\t]{{1,3}}"
               # (a flat or a stair after the house's number and a slash, as these countries write one: Polish
               # `7/3`, Czech `12/345`, Italian `10/A`; closer 107)
               f"{_PARTICLE}{{0,2}}){{0,3}}{_NAME_WORD}{_NUMBER_AFTER}{_SLASHED_FLAT}(?![0-9]|[.,][0-9])"
               f"{_LINE_OR_DASH}"
               f"|{_HE_LATIN_LINE})"),
    re.compile(f"(?<![^\\W\\d_])(?:{_TYPE_FIRST_ANY_CASE})[ \\t]{{1,3}}(?:(?:{_WORD}[ \\t]{{1,3}}){{0,3}}{_WORD}"
               # (a street named by its number before the house's number word: `زنقة 12 رقم 5،`)
               f"|[0-9]{{1,4}}(?=[ \\t]{{0,3}},?[ \\t]{{0,3}}(?:{_NUMBER_WORD_ANY_CASE})))"
               f"(?:{_NUMBER_AFTER}|[ \\t]{{0,3}},?[ \\t]{{0,3}}(?:{_NUMBER_WORD_ANY_CASE}):?[ \\t]{{0,3}}[0-9]{{1,5}})"
               f"(?![0-9]){_LINE_END}(?![ \\t]{{0,3}}[,;\\n\\r|،][ \\t]{{0,3}}{_PART_NOUN})"),
    re.compile(f"(?:(?<=[^\\W\\d_]{{2}})(?i:{_words(_GLUED)})|(?<=[^\\W\\d_]{{5}})tie|"
               f"(?<=[^\\W\\d_]{{4}})(?i:gata)|(?<=[^\\W\\d_]{{5}})(?i:gade)|"  # `Storgata`, `Nørrebrogade`
               f"{_CUT_STR}|"
               f"(?<=[^\\W\\d_]{{3}}[ \\t-])(?:{_APART})|{_APART_GENITIVE})"
               f"{_NUMBER_AFTER}{_UNIT}(?![0-9]|[.,][0-9]){_LINE_END}"),
    # Russian: the house after the street (`ул. Ленина, д. 5, кв. 12`); Kenyan: a house in an estate
    re.compile(r"(?<![^\W\d_])д\.[ \t]{0,3}[0-9]{1,4}[^\W\d_]?[ \t]{0,3}[,;\n]"),
    re.compile(f"(?<![^\\W\\d_])(?:Hse|House|Plot|Apt|Flat)\\.?[ \\t]{{0,3}}[0-9]{{1,5}}[A-Za-z]?,[ \\t]{{1,3}}"
               f"(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,3}}(?:Estate|Court|Gardens|Apartments|Flats){_LINE_END}"),
    # Layouts of one country each (sixth attack): Dhaka's house and road numbers (`House 12, Road 5,`; Dubai's
    # villa and street, Cairo's building and street, thirteenth attack: `Villa 12, Street 5B,`), a
    # Philippine block and lot (`Blk 5 Lot 12,`; up to two numbered parts after it: `Phase 2`), a number opening
    # the line before a French street word without a
    # particle (`12, Avenue Hassan II, Casablanca`), a Spanish street named by a date or numbered with `#`
    # (`Calle 5 de Mayo #123,`), a Thai house number before its soi or road (`99/9 ซอยสุขุมวิท 21 ถนนสุขุมวิท,`).
    re.compile(f"(?<![^\\W\\d_])(?:House|Hse|H|Villa|Building|Bldg)[ \\t#:.]{{0,3}}[0-9]{{1,5}}[A-Za-z]?,[ \\t]{{0,3}}"
               f"(?:Road|Rd|Street|St)[ \\t#:.]{{0,3}}[0-9]{{1,4}}[A-Za-z]?{_LINE_END}"
               # (thirty-eighth attack) a Gulf villa beside its area named with the Arabic article, then the town
               # ending the field: `Villa 7, Al Barsha 2, Dubai`, `Al Barsha, Villa 7, Dubai`
               f"|(?<![^\\W\\d_])(?:Villa[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?,[ \\t]{{1,3}}{_GULF_AREA}"
               f"|{_GULF_AREA},[ \\t]{{1,3}}Villa[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?),[ \\t]{{1,3}}{_NOT_CODE}{_TOWN}"
               f"(?:[ \\t]{{1,3}}{_NOT_CODE}{_TOWN})?{_FIELD_END}"
               f"|(?<![^\\W\\d_])(?:Blk|Block)\\.?[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?,?[ \\t]{{1,3}}Lot\\.?[ \\t]{{0,3}}"
               f"[0-9]{{1,4}}[A-Za-z]?(?:,?[ \\t]{{1,3}}[A-Z][a-z]{{1,9}}\\.?[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?){{0,2}}"
               f"{_LINE_END}"
               f"|(?:^|(?<=[\\n\\r]))[0-9]{{1,5}}[A-Za-z]?,[ \\t]{{1,3}}(?:Avenue|Av\\.|Boulevard|Bd\\.|Place|Route)"
               f"[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}|{_PARTICLE}){{0,3}}(?:{_NAME_WORD}|[IVX]{{1,4}})"
               f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}[A-Z][a-z])"
               f"|(?<![^\\W\\d_])(?:Calle|Avenida|Av\\.)[ \\t]{{1,3}}(?:[0-9]{{1,2}}[ \\t]{{1,3}}de[ \\t]{{1,3}})?"
               f"(?:{_NAME_WORD}[ \\t]{{1,3}}{_PARTICLE}{{0,2}}){{0,3}}{_NAME_WORD}[ \\t]{{1,3}}#[ \\t]{{0,2}}"
               f"[0-9]{{1,5}}[A-Za-z]?{_LINE_END}"
               f"|{_THAI_STREETS}{_LINE_END}"),
    # Malaysian: a house or a lot by its word and number, then its street, lane or estate by its word (`Lot 5,
    # Lorong Maarof, Bangsar`), followed by the next part (sixteenth attack); Brunei's plot, and its numbered lane
    # off a road (`Simpang 123, Jalan Tutong,`; twenty-second attack).
    re.compile(f"(?<![^\\W\\d_])(?:No|Lot|Unit|Blok|Block|Plot|Simpang|Spg)\\.?[ \\t]{{0,3}}[0-9]{{1,5}}[A-Za-z]?"
               f"(?:-[0-9]{{1,4}}[A-Za-z]?){{0,2}},[ \\t]{{1,3}}(?:{_MALAY_STREET})[ \\t]{{1,3}}"
               f"(?:(?:{_NAME_WORD}|[0-9]{{1,3}})[ \\t]{{1,3}}){{0,3}}(?:{_NAME_WORD}|[0-9]{{1,3}}){_LINE_END}"),
    # A Norwegian, Danish or Swedish street word written apart after a name in the genitive (`Karl Johans gate 22`),
    # followed by a postal code of four digits (or three and two) and its town; a German or Dutch street named by
    # one word ending in its street word, after its house number (`No 12 Lindenweg, Berlin`; sixteenth attack).
    re.compile(f"(?<=[^\\W\\d_]{{2}}s[ \\t])(?:{_NORDIC_APART})(?![^\\W\\d_]){_NUMBER_AFTER}{_UNIT}(?![0-9]|[.,][0-9])"
               f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?:[0-9]{{4}}|[0-9]{{3}}[ \\t][0-9]{{2}})[ \\t]{{1,3}}[A-Z])"
               f"|{_HOUSE}[ \\t]{{1,3}}[A-Z][^\\W\\d_]{{2,25}}?(?i:{_words(_GLUED_AFTER_NUMBER)})(?![^\\W\\d_])"
               f"{_LINE_END}"),
    # Layouts of the seventh attack: an English street word after the name and the number after it (`Rustaveli Ave
    # 14`, `Abovyan St 10`) or no street word (`Knez Mihailova 12/3`), followed by a flat, a postal code and a town
    # or a town and a postal code (_NEXT_PARTS); a Ghana digital address (`GA-183-8164`) or a house number with its
    # word (`House No. 1234`) opening the text, a line, a field after its label, or a part of an address, followed
    # by the next part.
    re.compile(f"(?<![\\w'’-]){_NAME_WORD}[ \\t]{{1,3}}(?:(?=[A-Z])(?i:{_words(_AFTER_NAME)})\\.?"
               f"[ \\t]{{1,3}})?(?i:no\\.?[ \\t]{{0,3}})?(?!19[0-9]{{2}}|20[0-9]{{2}})[0-9]{{1,4}}[A-Za-z]?"
               f"(?:[-/][0-9]{{1,4}}[A-Za-z]?)?{_NEXT_PARTS}"
               # (forty-second attack) the English street word before the number, as shops abroad write an English
               # line (`Baker Street 17, London`), followed by its town ending the field or by a post code: not a
               # product's words after the number (`Abbey Road 2 vinyl`, `Park Lane 5-piece set`)
               f"|(?<![\\w'’-]){_NAME_WORD}[ \\t]{{1,3}}(?=[A-Z])(?i:{_words(_AFTER_NAME)})\\.?[ \\t]{{1,3}}"
               f"(?!19[0-9]{{2}}|20[0-9]{{2}})[0-9]{{1,4}}[A-Za-z]?(?:[-/][0-9]{{1,4}}[A-Za-z]?)?"
               f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?:{_NOT_CODE}{_NOT_EDITION}{_TOWN}(?:[ \\t]{_NOT_EDITION}{_TOWN})?"
               f"(?:[ \\t]{{1,3}}{_UK_OR_CA_CODE})?{_TOWN_ENDS_LINE}|{_UK_OR_CA_CODE}{_TOWN_ENDS_LINE}"
               f"|{_POSTCODE}[ \\t]{{1,3}}{_TOWN}))"
               # (closer 77) a German street named by a preposition and its article before the name, the number after
               # (`Am Sandtorkai 7, Hamburg`, `An der Alster 12, 20099 Hamburg`), followed by its town ending the field
               # or a post code, as the English street word before the number is (`Am Main Edition 7` goes on)
               f"|(?<![\\w'’-]){_DE_STREET_PREPOSITION}[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,2}}{_NAME_WORD}"
               f"[ \\t]{{1,3}}(?!19[0-9]{{2}}|20[0-9]{{2}})[0-9]{{1,4}}[A-Za-z]?(?:[-/][0-9]{{1,4}}[A-Za-z]?)?"
               f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?:{_NOT_CODE}{_NOT_EDITION}{_TOWN}(?:[ \\t]{_NOT_EDITION}{_TOWN})?"
               f"{_TOWN_ENDS_LINE}|{_POSTCODE}[ \\t]{{1,3}}{_TOWN}))"
               # (twenty-second attack) the number first, maybe a building's letter (Greenland: `B-1234 Aqqusinersuaq`)
               # before its postal code and town
               f"|(?<![\\w.,/+-])(?:[A-Z]-)?[0-9]{{1,4}}[A-Za-z]?[ \\t]{{1,3}}{_NAME_WORD}"
               f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}"
               f"{_POSTCODE}[ \\t]{{1,3}}{_TOWN}(?:[ \\t]{_TOWN})?{_CODE_TOWN_END})"
               f"|(?:^|(?<=[\\n\\r])|(?<=:[ \\t])|(?<=,[ \\t]))(?:[A-Z]{{2}}-[0-9]{{3,4}}-[0-9]{{4}}"
               f"|(?:House|H)\\.?[ \\t]{{0,3}}(?:No|Nr|#)\\.?[ \\t]{{0,3}}[0-9]{{1,5}}[A-Za-z]?){_LINE_END}"),
)
# What four street lines need, tested in C before their searches (a shop's title holds a bar and a year or a count,
# seldom these): the layouts whose number follows the street's name ([1] and [3], _NUMBER_AFTER) a number that is no
# year opening after a character that is no digit (their names end in a letter or `.`, their number's signs too), and
# the German and Dutch ones ([3]) that number, its flat (_UNIT) and the line's end after it; the house and its road
# ([6]) a comma, `Lot`'s `L`, `#` or a Thai letter; the name and its number before the next parts ([9]) a comma, a
# dash, `No`'s `N` or `#`. (Each cue opens on a digit, which a search skips to in C.) Each key (the number, the
# number ending a line, the house's cue, the name's cue) gives the layouts left to search.
_NUMBER_AFTER_START = "(?:[03-9]|1(?!9[0-9]{2})|2(?!0[0-9]{2}))(?<![0-9]{2})"
_NUMBER_AFTER_CUE = re.compile(_NUMBER_AFTER_START)
_NUMBER_ENDING_LINE = re.compile(f"{_NUMBER_AFTER_START}[0-9]{{0,3}}[A-Za-z]?{_UNIT}(?![0-9]|[.,][0-9]){_LINE_END}")
# (every street line ends after its number, on a mark ending a line or, [0] and [1], a dash: a text whose digits all
# follow its last such mark, `Event Tickets: Coldplay - Wembley Stadium, 12 Aug 2025`, holds none)
_LINE_MARK = re.compile("[,;\n\r|\u060c-]")
_STREET_LINES_BY_CUES = {
    (number, ending, house, named): tuple(
        pattern for at, pattern in enumerate(_STREET_LINES)
        if (number or at != 1) and (ending or at != 3) and (house or at != 6) and (named or at != 9))
    for number in (False, True) for ending in (False, True) for house in (False, True) for named in (False, True)}


def _holds_street_line(address: str, is_ascii: bool) -> bool:
    """Whether folded `address` holds a street line (_STREET_LINES), each layout searched where what it needs is."""
    digit = _DIGIT.search(address)
    if digit is None or _LINE_MARK.search(address, digit.end()) is None:
        return False
    comma = "," in address
    number = _NUMBER_AFTER_CUE.search(address) is not None
    for pattern in _STREET_LINES_BY_CUES[(
            number, number and _NUMBER_ENDING_LINE.search(address) is not None,
            comma or "L" in address or "#" in address or not is_ascii and ("ซ" in address or "ถ" in address),
            comma or "-" in address or "N" in address or "#" in address)]:
        if pattern.search(address) is not None:
            return True
    return False


# A Thai line as above whose next part, a subdistrict or a district by its word, follows after a blank, as Thai writes
# the parts of an address (`99/9 ซอยสุขุมวิท 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ`; read in text holding `ซอย` or `ถนน`).
_THAI_LINE = re.compile(f"{_THAI_STREETS}{_THAI_NEXT_PART}")


# Layouts of the thirteenth attack, each behind a test in C of a character or a word it needs (_cued_lines): in Hebrew
# or Arabic letters, a street named alone, the number and a flat after it (`הרצל 12 דירה 4,`), a building and its
# numbered street (`عمارة 7، شارع 10،`); a line opening on its number and the words of its street, in capitals or in
# Arabic, before a district, a town and its five-digit code (`2929 Al Amir Sultan, Al Muhammadiyah, Riyadh 12362`,
# `٢٩٢٩ الأمير سلطان، المحمدية، الرياض ١٢٣٦٢`); a house number as a part of its own after a street part
# (Tehran's `Nader Alley, No. 12, Tehran`); a Vietnamese line, a house (maybe in its alley: `Hẻm 12/5 Nguyễn Trãi`)
# or a flat (`Phòng 1203`), before its ward or district (`, Phường 3`, `, Quận 5`, `, P.3`); Korean in
# romanization, a flat by its building and unit (`101-dong 1203-ho`), a road and its building number before a
# district (`396 World Cup buk-ro, Mapo-gu`, `Teheran-ro 152, Gangnam-gu`).
_RTL_FLAT = re.compile(
    f"(?<![^\\W\\d_])(?:{_RTL_WORD}[ \\t]{{1,3}}){{1,3}}[0-9]{{1,4}}{_GAP},?{_GAP}(?:(?:{_FLAT_ANY_CASE}){_GAP}"
    f"[0-9]{{1,4}}(?![0-9]){_LINE_END}"
    # (thirty-eighth attack) an entrance by its letter or number, then the flat: three parts of a home, whatever
    # follows them (`הרצל 12 כניסה ב' דירה 4 ירושלים`)
    f"|{_HE_ENTRANCE}{_GAP}(?:[\u05d0-\u05ea]'?|[0-9]{{1,2}})(?![\\w']){_GAP},?{_GAP}{_HE_FLAT}{_GAP}[0-9]{{1,4}}"
    f"(?![0-9])"
    # (or the flat before the entrance: `הרצל 12 דירה 4 כניסה ב'`)
    f"|{_HE_FLAT}{_GAP}[0-9]{{1,4}}(?![0-9]){_GAP},?{_GAP}{_HE_ENTRANCE}{_GAP}(?:[\u05d0-\u05ea]'?|[0-9]{{1,2}})"
    f"(?![\\w']))")
_RTL_BUILDING = re.compile(
    f"(?<![^\\W\\d_])(?:{_BUILDING_ANY_CASE}){_GAP}(?:{_NUMBER_WORD_ANY_CASE})?{_GAP}[0-9]{{1,5}}{_GAP},{_GAP}"
    f"(?:{_TYPE_FIRST_ANY_CASE}){_GAP}(?:{_NUMBER_WORD_ANY_CASE})?{_GAP}[0-9]{{1,4}}(?![0-9]){_LINE_END}")
_TOWN_AND_CODE_LINES = re.compile(
    f"{_HOUSE}[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,3}}{_NAME_WORD}{_TOWN_AND_CODE}"
    f"|{_HOUSE}[ \\t]{{1,3}}(?:{_RTL_WORD}[ \\t]{{1,3}}){{0,3}}{_RTL_WORD}{_GAP},{_GAP}"
    f"(?:(?:{_RTL_WORD}[ \\t]{{1,3}}){{0,2}}{_RTL_WORD}{_GAP},{_GAP})?(?:{_RTL_WORD}[ \\t]{{1,3}})?"
    f"{_RTL_WORD}[ \\t]{{1,3}}[0-9]{{5}}(?![0-9]){_FIELD_END}")
# Twenty-fourth attack: a house by its word (maybe with a number word) and its number, opening a part of an address
# that a comma ends before the next part, as South Asia and Kurdistan write it (Telugu `ఇంటి నెం. 8-2-293, రోడ్ …`,
# Kannada `ಮನೆ ಸಂಖ್ಯೆ 12, 3ನೇ ಕ್ರಾಸ್, …`, Marathi `घर क्र. 45, …`, Urdu `مکان نمبر 45، …`, Sorani `خانووی 23، …`); the
# words by language, folded as text is (vowel signs that are combining marks removed), in any case, read in text
# outside ASCII (and in text holding a Kurmanji street's word: _cued_lines).
_SCRIPT_HOUSE_WORDS = {
    "Telugu": "ఇంటి ఇల్లు", "Kannada": "ಮನೆ", "Marathi and Hindi": "घर मकान", "Gujarati": "ઘર મકાન", "Gurmukhi": "ਘਰ ਮਕਾਨ",
    "Malayalam": "വീട് വീട്ടു", "Urdu": "مکان گھر", "Sorani": "خانووی خانوو ماڵی",
}
_SCRIPT_NUMBER_WORDS = {
    "Telugu": "నెం. నెం నంబర్ సంఖ్య", "Kannada": "ಸಂಖ್ಯೆ ನಂ. ನಂಬರ್", "Marathi and Hindi": "क्र. क्रमांक नं. नंबर",
    "Gujarati": "નં. નંબર ક્રમાંક", "Gurmukhi": "ਨੰ. ਨੰਬਰ", "Malayalam": "നമ്പർ നം.", "Urdu": "نمبر",
    "Sorani": "ژمارە", "Kurmanji": "hejmar",
}
# ... the house's word after its number, as Tatar and Bashkir write it (`Бауман урамы, 12 йорт, …`), and a street's word
# before its name in Kurmanji, then the number's word and the number as the next part (`Kolana Gazî, Hejmar 14, Amed`).
_SCRIPT_HOUSE_AFTER_WORDS = {"Tatar and Bashkir": "йорт"}
_SCRIPT_STREET_FIRST_WORDS = {"Kurmanji": "kolana kolan kuçeya kuçe"}

_SCRIPT_HOUSE = _any_case(_SCRIPT_HOUSE_WORDS)
_SCRIPT_NUMBER = _any_case(_SCRIPT_NUMBER_WORDS)
_SCRIPT_HOUSE_AFTER = _any_case(_SCRIPT_HOUSE_AFTER_WORDS)
_SCRIPT_STREET_FIRST = _any_case(_SCRIPT_STREET_FIRST_WORDS)
_NEXT_PART = "[ \\t]{0,3},[ \\t]{0,3}[^\\s,]"
_SCRIPT_HOUSE_PART = re.compile(
    f"(?<![^\\W\\d_])(?:{_SCRIPT_HOUSE})(?:[ \\t]{{1,3}}(?:{_SCRIPT_NUMBER}))?[ \\t.:]{{0,3}}"
    f"[0-9]{{1,5}}(?:[-/][0-9]{{1,5}}){{0,3}}{_NEXT_PART}"
    f"|(?<![\\w-])[0-9]{{1,5}}[ \\t]{{1,3}}(?:{_SCRIPT_HOUSE_AFTER}){_NEXT_PART}"
    f"|(?<![^\\W\\d_])(?:{_SCRIPT_STREET_FIRST})[ \\t]{{1,3}}(?:[^\\W\\d_]{{1,30}}[ \\t]{{1,3}}){{0,2}}"
    f"[^\\W\\d_]{{1,30}}"
    f"[ \\t]{{0,3}},[ \\t]{{0,3}}(?:{_SCRIPT_NUMBER})[ \\t.:]{{0,3}}[0-9]{{1,5}}{_NEXT_PART}")
_FIVE_DIGITS = re.compile("[0-9][0-9]{4}")  # (its first digit apart: a search skips to a digit in one scan)
_RTL_CUE = re.compile(f"{_FLAT_ANY_CASE}|{_BUILDING_ANY_CASE}")  # what _RTL_FLAT and _RTL_BUILDING need
_NUMBER_PART = re.compile(f"(?<![\\w'’-]){_NAME_WORD}[ \\t]{{1,3}}(?i:{_words(_AFTER_NAME)})\\.?,[ \\t]{{1,3}}"
                          f"(?:No|Nr|#)\\.?{_GAP}[0-9]{{1,5}}[A-Za-z]?(?={_GAP}[,;\\n\\r|]{_GAP}[A-Z])")
# (thirty-eighth attack) a house and its street after Vietnam's address label (`Địa chỉ: 12 Khuyvênh, Q.5`), and one
# followed by its ward and district abbreviated without their dots nor commas, in this order (`Hẻm 12 Khuyvênh P3 Q5`);
# a street's name of any length there (a made-up one is no syllable of six letters).
_VN_HOUSE_NAMED = (f"[0-9]{{1,5}}[A-Za-z]?(?:/[0-9]{{1,4}}[A-Za-z]?){{0,3}}[ \\t]{{1,3}}"
                   f"(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,3}}{_NAME_WORD}")
# (review 23) With no alley's word before it, the house opens the field and the street's name ends as a Vietnamese
# syllable does (a vowel, `c`, `ch`, `m`, `n`, `ng`, `nh`, `p`, `t`): `12 Pro Max P3 Q5` and `Set 4 Audi P1 Q5` are
# a phone's and a car's names. The ward (`P`, or `F` as Saigon writes it) and the district in either order, a city's
# word maybe after them (`TPHCM`).
_VN_SYLLABLE_END = "(?:(?<=[aeiouyAEIOUYcCmMnNpPtT])|(?<=[cCnN][hH])|(?<=[nN][gG]))"
_VN_WARD_LETTER = "(?:P|F)\\.?[ \\t]?[0-9]{1,2}"
_VN_DISTRICT_LETTER = "Q\\.?[ \\t]?[0-9]{1,2}"
_VN_WARD_AND_DISTRICT = re.compile(
    f"(?:(?<![^\\W\\d_])(?i:hem|ngo|ngach|kiet)[ \\t]{{1,3}}{_VN_HOUSE_NAMED}"
    f"|(?:^|(?<=[\\n\\r,;:|]))[ \\t]{{0,3}}{_VN_HOUSE_NAMED}{_VN_SYLLABLE_END})"
    f"[ \\t,]{{1,3}}(?:{_VN_WARD_LETTER}[ \\t,]{{1,3}}{_VN_DISTRICT_LETTER}|{_VN_DISTRICT_LETTER}[ \\t,]{{1,3}}"
    f"{_VN_WARD_LETTER})(?:[ \\t,]{{1,3}}(?:TP[ \\t.]{{0,2}})?[A-Z]{{2,5}})?{_FIELD_END}")
_VN_LINES = re.compile(f"(?:(?<![^\\W\\d_])(?i:hem|ngo|ngach|kiet)[ \\t]{{1,3}}{_VN_HOUSE}"
                       # (review 23: the label's colon may be left out, `Địa chỉ 12 Khuyvênh, Quận 5`)
                       f"|(?<![^\\W\\d_])(?i:dia[ \\t]chi)(?:[ \\t]{{0,3}}:[ \\t]{{0,3}}|[ \\t]{{1,3}})"
                       f"{_VN_HOUSE_NAMED}"
                       f"|(?<![^\\W\\d_])(?i:phong|can[ \\t]ho|toa|lau|tang)[ \\t]{{1,3}}[A-Z]?[0-9]{{1,5}}[A-Za-z]?)"
                       f"{_GAP},{_GAP}(?:{_VN_WARD}|{_VN_DISTRICT})"
                       f"|(?<![\\w.,/+\\-]){_VN_HOUSE}{_GAP},{_GAP}{_VN_WARD}")
# (thirty-eighth attack) A Thai house (maybe with its plot's number after `/`) and its soi, a lane, romanized, then its
# name or number, followed by the next part (`99/12 Soi Ploywaran, Sukhumvit Rd, Bangkok`); not a soi named alone (`Soi
# Cowboy`).
# (review 23) The soi's name is one word, maybe numbered (`Soi Sukhumvit 11`), or a number, and the next part opens on
# a capital or a digit, or a town and its postal code follow (`99/12 Soi Ploywaran Bangkok 10110`): `2 Soi Dog
# Foundation Tees, size L` is a count of a charity's tees. A house with its plot's number (`99/12`) may take a comma
# after it or its road's name before the soi (`99/12 Sukhumvit Soi 11, Bangkok`), `Soi.` its dot.
_TH_SOI_LINE = re.compile(f"(?<![\\w.,/+\\-])(?:[0-9]{{1,5}}[ \\t]{{1,3}}|[0-9]{{1,5}}/[0-9]{{1,4}}(?:[ \\t]{{0,3}},)?"
                          f"[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}})?)(?i:soi)(?:\\.[ \\t]{{0,3}}|[ \\t]{{1,3}})"
                          f"(?:{_NAME_WORD}(?:[ \\t]{{1,3}}[0-9]{{1,3}})?|[0-9]{{1,3}})"
                          f"(?:[ \\t]{{0,3}}[,;\\n\\r|][ \\t]{{0,3}}[A-Z0-9]"
                          f"|[ \\t]{{1,3}}{_TOWN}[ \\t]{{1,3}}[1-9][0-9]{{4}}{_FIELD_END})")
_VN_CUES = ("phuong", "quan", "huyen", "xa", "tran", "p.", "q.")  # (in lower case) a ward's or a district's word
_KR_CUES = ("dong", "-ro", "-gil", "-daero")
# What the Latin layouts need, in one scan of the text in lower case (a literal's: most text holds none).
_LINE_CUE = re.compile(f"no|nr|#|{'|'.join(re.escape(cue) for cue in _VN_CUES + _KR_CUES)}")
# (thirty-eighth attack) a road's numbered side street after it (`Myurenda-ro 27-gil`, `27beon-gil`), and a lot by its
# neighbourhood and number (`Myurenda-dong 45-6, Bundang-gu`; review 23: a neighbourhood's name of one letter is a
# print's, `K-dong 12-3, Seoul-si Tee`)
# (review 23: the side street's number glued to its road or apart from `gil` by a blank, `Myurenda-ro27-gil`, `27
# gil`; the house's number and a comma first, `14, Myurenda-ro 27-gil, Gangnam-gu`; the district in title case, `-Gu`,
# or first, as Korea orders an address, `Bundang-gu, Myurenda-dong 45-6`)
_KR_ROAD = r"[A-Za-z]{1,20}-(?:ro|gil|daero)(?:[ \t]{0,3}[0-9]{1,3}(?:beon)?[ \t-]gil)?(?![\w-])"
_KR_DISTRICT = r"[A-Z][a-z]{1,20}-(?i:gu|gun|si)(?![\w-])"
_KR_ROAD_OR_LOT = (f"(?:{_KR_ROAD}|(?<![\\w-])[A-Za-z]{{2,20}}-dong)[ \\t]{{1,3}}[0-9]{{1,4}}(?:-[0-9]{{1,4}})?"
                   "(?![\\w-])")
_KR_ROMAN = re.compile(f"(?<![\\w-])[0-9]{{1,4}}[ \\t-]?dong[ \\t]{{1,3}}[0-9]{{1,5}}[ \\t-]?ho(?![\\w-])"
                       f"|(?:(?<![\\w-])[0-9]{{1,4}},?[ \\t]{{1,3}}(?:{_WORD}[ \\t]{{1,3}}){{0,3}}{_KR_ROAD}"
                       f"|{_KR_ROAD_OR_LOT}),{_GAP}{_KR_DISTRICT}"
                       f"|(?<![\\w-]){_KR_DISTRICT},?{_GAP}{_KR_ROAD_OR_LOT}{_FIELD_END}")
# Layouts of the eleventh attack. An Indian address line: a house by its unit word and number (`Flat 4B`, `H.No.
# 12-3-456`, `No. 17`, `#12`, `Plot 5`, Hindi `मकान नं. 42`) or a block's letter and number (`C-42`), then one to six
# parts a comma ends, the last a town and a six-digit PIN code (`Bengaluru 560038`, `New Delhi - 110024`). A
# Japanese address in romaji: the block numbers of a town (chome-ban-go: `1-2-3 Jingumae`, `Jingumae 1-2-3`)
# before a ward or a city (`Shibuya-ku`, `-shi`, `-gun`), or a ward or a city before a prefecture and a postal code
# (`Shibuya-ku, Tokyo 150-0001`).
_IN_UNIT = (r"(?i:flat|h[ \t]?\.?[ \t]?no|house[ \t]?no|d(?:oor)?[ \t]?\.?[ \t]?no|plot(?:[ \t]?no)?|no|"
            r"shop(?:[ \t]?no)?|block|blk|sector|apt|unit)\.?|"
            + "|".join(re.escape(canonical(word)[0]) for word in ["मकान नं.", "म.नं.", "फ्लैट", "प्लॉट", "मकान"]))
# (twenty-fifth attack) The comma ending a part may end its line too (`H.No. 8-2-293/A,\nRoad No. 14,\n...`): an
# address written over lines is the address written on one.
_PART_GAP = r"[ \t]{0,3}+(?:\r?\n[ \t]{0,3}+)?"
_IN_PART = f"[^,;|\\n\\r]{{1,40}},{_PART_GAP}"
_JP_WARD = r"[A-Z][a-z]{1,20}-(?:ku|shi|gun|cho|machi|mura)(?![\w-])"
_JP_BLOCK = r"(?<![\w-])[0-9]{1,2}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![\w-])"
# (thirty-eighth attack) the block by its word, then its lot and house (`2-chome 14-3`, `2-chome-14-3`; review 23: `2
# chome`), before a ward in any case (`Shibuya-Ku`) or a town ending the field, or after the ward
_JP_CHOME_WARD = r"[A-Z][a-z]{1,20}-(?i:ku|shi|gun)(?![\w-])"
_JP_CHOME = r"(?<![\w-])[0-9]{1,2}[ \t-](?i:chome)(?:[ \t]{1,3}|-)[0-9]{1,4}(?:-[0-9]{1,4})?(?![\w-])"
_LINES_OF_ONE_COUNTRY = re.compile(
    f"(?:(?<![^\\W_])(?:{_IN_UNIT})[ \\t]{{0,3}}#?|(?<![^\\W_])#|(?<![\\w-])[A-Z]{{1,2}}-)[ \\t]{{0,2}}"
    f"[0-9]{{1,5}}[A-Za-z]?(?:[-/][0-9]{{1,5}}[A-Za-z]?){{0,3}}[ \\t]{{0,3}},{_PART_GAP}(?:{_IN_PART}){{0,5}}"
    f"(?:[A-Z]|[^\\x00-\\x7f])[^,;|\\n\\r0-9]{{0,30}}?[ \\t]{{0,3}}(?:-[ \\t]{{0,3}})?[1-9][0-9]{{2}}[ \\t]?[0-9]{{3}}"
    f"(?![0-9]|[.,][0-9])"
    f"|(?:{_JP_BLOCK}[ \\t]{{1,3}}{_NAME_WORD}|{_NAME_WORD}[ \\t]{{1,3}}(?:{_JP_BLOCK}|{_JP_CHOME})),[ \\t]{{0,3}}"
    f"{_JP_WARD}"
    f"|{_NAME_WORD}[ \\t]{{1,3}}{_JP_CHOME},[ \\t]{{0,3}}(?:{_JP_CHOME_WARD}|{_TOWN}{_FIELD_END})"
    f"|{_JP_CHOME_WARD},[ \\t]{{0,3}}{_NAME_WORD}[ \\t]{{1,3}}{_JP_CHOME}{_FIELD_END}"
    f"|{_JP_WARD}[ \\t]{{0,3}},?[ \\t]{{0,3}}(?:[A-Z][a-z]{{1,20}}(?:-(?:to|fu|ken|do))?[ \\t]{{0,3}},?[ \\t]{{0,3}})?"
    f"〒?[0-9]{{3}}-[0-9]{{4}}(?![0-9])")
# What those layouts need, looked for once in the text: the PIN code's six digits, or the dash of a Japanese ward or
# block (an attempt at every unit's word would otherwise span up to six parts before failing).
_ONE_COUNTRY_NEED = re.compile(r"[1-9][0-9]{2}[ \t]?[0-9]{3}|-")
# (twenty-fourth attack) An Indian address opening on its landmark (`Near`, `Opp.`, `Behind`, `Beside` and its
# capitalized name), then a part opening on a house number with its dashes or slashes (`2-45`, `41/2317`) and a
# locality named by its kind's last word (`Gandhi Nagar`, `Banjara Hills`), then the town ending the field (`Near
# Hanuman Temple, 2-45 Gandhi Nagar, Vijayawada`); lexicon data by kind.
_OPENING_LANDMARK_KIND = {"Indian English": "near opp. opp opposite behind beside"}
_LOCALITY_KIND = {"Indian": "nagar colony hills layout puram pet peta palli palle wadi vihar enclave bagh ganj marg "
                            "road street lane cross main block sector phase extension society"}
_LANDMARK_CUE = re.compile("(?i:near|opp|behind|beside)")
_LANDMARK_FIRST = re.compile(
    f"(?<![^\\W\\d_]){_any_case(_OPENING_LANDMARK_KIND)}"
    f"[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,3}}{_NAME_WORD}[ \\t]{{0,3}},{_PART_GAP}"
    f"[0-9]{{1,5}}[A-Za-z]?(?:[-/][0-9]{{1,5}}[A-Za-z]?){{1,3}}[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,2}}"
    f"{_any_case(_LOCALITY_KIND)}"
    f"[ \\t]{{0,3}},{_PART_GAP}{_TOWN}(?:[ \\t]{_TOWN})?{_FIELD_END}")
# (thirty-eighth attack) An Indian address by its parts, no house number beside a street word: opening the text, a
# line or a part on the person it is in the care of (`C/O Sharma`, `S/O`), then two to six parts a comma or a
# semicolon ends, the last ending the field on a six-digit PIN code after a word; after a landmark (`Opp. Bus Stand`,
# `Near`, `Behind`: a title's first word as often, `Near Mint, Graded, PSA 10, Cert - 482913`) or a village
# (`Vill.`, `Village People, Greatest Hits, 2 CD, Sony 886979`), the PIN code after its label or a state's code whose
# postal circle is the code's first digit (`HP 176001`, `(HP) 176001`, `WB 741101`: not `UK 123456`), or after a town
# (a dash maybe between) when a part names an Indian address's part: a post office, a district, a village, a
# locality's or a landmark's kind (`Vill. Zarpur, PO Zarpur, Kangra - 176 001`, `Opp. Ganesh Temple, Main Road,
# Madurai 625001`). In a search box's line with no mark, a landmark of its kind's word opening the line (`near shiv
# mandir`, not `near mint`), a numbered locality (`sector 12`, `Sector-12`), the town and the PIN code ending the text
# (`near shiv mandir sector 12 noida 201301`). Lexicon data by kind.
_CARE_OF_KIND = {"Indian English": "c/o s/o d/o w/o"}
_VILLAGE_KIND = {"Indian English": "vill. vill village"}
_IN_NUMBERED_LOCALITY_KIND = {"Indian English": "sector sec phase block pocket ward"}
# (an Indian address's part by its word, and a landmark's kind ending its name: `PO Zarpur`, `Dist. Kangra`, `Shiv
# Mandir`, `Bus Stand`)
_IN_PART_KIND = {"Indian English": "p.o. po post dist. distt. district tehsil teh. taluka tal. tq. vill. vill village"}
_IN_LANDMARK_KIND = {"Indian English": "mandir temple masjid mosque gurudwara church school college hospital stand "
                                       "station office chowk market bazar bazaar park bank pump"}
# (a state's or a territory's code and its postal circle, the PIN code's first digit)
_IN_STATE_CIRCLES = {"1": "CH DL HP HR JK LA PB", "2": "UK UP UA UT", "3": "DD DN GJ RJ", "4": "CG CT GA MH MP",
                     "5": "AP KA TG TS", "6": "KL LD PY TN", "7": "AN AR AS ML MN MZ NL OD OR SK TR WB",
                     "8": "BR JH"}
_IN_STATE_PIN = "|".join(f"(?:(?<![^\\W\\d_])(?:{'|'.join(codes.split())})[ \\t]{{1,3}}"
                         f"|\\((?:{'|'.join(codes.split())})\\)[ \\t]{{0,3}}){circle}"
                         for circle, codes in _IN_STATE_CIRCLES.items())
_IN_PIN = r"(?:-[ \t]{0,3})?[1-9][0-9]{2}[ \t]?[0-9]{3}(?![0-9])"
_IN_PIN_MARK = (f"(?:(?i:pin(?:[ \\t]?code)?|pincode)[ \\t]{{0,3}}[:.]?[ \\t]{{0,3}}[1-9]|{_IN_STATE_PIN})"
                f"[0-9]{{2}}[ \\t]?[0-9]{{3}}(?![0-9])")
_IN_PARTS = "[^,;|\\n\\r]{0,40}+[,;](?:[^,;|\\n\\r]{1,40}+[,;]){1,5}[ \\t]{0,3}"
_IN_LAST_WORDS = "[^\\W\\d_][^,;|\\n\\r0-9]{0,30}?[ \\t]"
_IN_LINES = re.compile(
    f"(?:^|(?<=[\\n\\r,;:|(\"]))[ \\t]{{0,3}}"
    f"(?:{_any_case(_CARE_OF_KIND)}{_IN_PARTS}{_IN_LAST_WORDS}{_IN_PIN}"
    f"|{_any_case(_OPENING_LANDMARK_KIND, _VILLAGE_KIND)}{_IN_PARTS}(?:{_IN_LAST_WORDS}{{1,3}})?{_IN_PIN_MARK}"
    f"|(?P<town>{_any_case(_OPENING_LANDMARK_KIND, _VILLAGE_KIND)}){_IN_PARTS}(?:{_IN_LAST_WORDS})?{_IN_PIN})"
    f"{_FIELD_END}")
# (what a town's PIN code needs in the parts after the opening word)
_IN_ADDRESS_PART = re.compile("(?<![^\\W\\d_])" + _any_case(_IN_PART_KIND, _LOCALITY_KIND, _IN_LANDMARK_KIND))
# (Hindi's postpositions after the landmark, written in Latin letters: `shiv mandir ke paas`, near it)
_IN_LANDMARK_AFTER_KIND = {"Hindi": "ke paas|ke pass|ke samne|ke saamne|ke peeche|ke piche"}
_IN_UNMARKED_LINE = re.compile(
    f"(?:^|(?<=[\\n\\r]))[ \\t]{{0,3}}(?:{_any_case(_OPENING_LANDMARK_KIND)}"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,30}}){{0,4}}[ \\t]{{1,3}}{_any_case(_IN_LANDMARK_KIND)}"
    f"|(?:[^\\W\\d_]{{2,30}}[ \\t]{{1,3}}){{0,4}}{_any_case(_IN_LANDMARK_KIND)}[ \\t]{{1,3}}"
    f"{_any_case(_IN_LANDMARK_AFTER_KIND, separator='|')})"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,30}}){{0,3}}[ \\t]{{1,3}}{_any_case(_IN_NUMBERED_LOCALITY_KIND)}"
    f"[ \\t]{{0,3}}-?[ \\t]{{0,3}}[0-9]{{1,3}}[A-Za-z]?(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,30}}){{1,3}}[ \\t]{{1,3}}{_IN_PIN}"
    f"(?:[ \\t]{{1,3}}(?i:india))?[ \\t]{{0,3}}$"
    # (or the person it is in the care of, a village and the town: `c/o sharma vill zarpur kangra 176001`)
    f"|(?:^|(?<=[\\n\\r]))[ \\t]{{0,3}}{_any_case(_CARE_OF_KIND)}(?:[ \\t]{{0,3}}[^\\W\\d_]{{2,30}}){{1,3}}"
    f"[ \\t]{{1,3}}{_any_case(_VILLAGE_KIND)}(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,30}}){{1,4}}[ \\t]{{1,3}}{_IN_PIN}"
    f"(?:[ \\t]{{1,3}}(?i:india))?[ \\t]{{0,3}}$")
_IN_OPENING_CUE = re.compile("(?i:" + "|".join(map(re.escape, _lexicon_words(
    _CARE_OF_KIND, _OPENING_LANDMARK_KIND, _VILLAGE_KIND))) + ")")  # (what _IN_LINES needs: one scan)
# (twenty-fifth attack) An Indian house by its number's word and number, its parts apart by dashes or slashes, maybe
# a letter last (`H.No. 8-2-293/A`, `House No. 12`, `D.No.`, `Plot No.`, `Flat No.`, Hindi `मकान नं.`: not a bare
# `No.`, `Flat` or `Block`, a product's or a sale's words as often), then up to four parts a comma or a line break
# ends, the last a locality named by its kind's last word after one or two capitalized words (`Banjara Hills`,
# `Gandhi Nagar`; not `MG Road`: initials are no name word) ending the field: a house line and its locality without
# the town nor the PIN code (`H.No. 8-2-293/A, Road No. 14, Banjara Hills`).
_IN_HOUSE = (r"(?i:h[ \t]?\.?[ \t]?no|house[ \t]?no|d(?:oor)?[ \t]?\.?[ \t]?no|(?:plot|flat)[ \t]?no)\.?|"
             + "|".join(re.escape(canonical(word)[0]) for word in ["मकान नं.", "म.नं."]))
# What ends a part of those lines: a comma, a line break or both. (Blanks, and a part's characters after its first,
# which is none, are taken whole, possessively: a part ends only there, and no other cut is tried.)
_PART_END = f"[ \\t]{{0,3}}+(?:,{_PART_GAP}|\\r?\\n[ \\t]{{0,3}}+)"
_HOUSE_CUE = re.compile(r"(?i:no)\.?[ \t]{0,3}#?[ \t]{0,2}[0-9]|" + re.escape(canonical("नं")[0]))
_HOUSE_TO_LOCALITY = re.compile(
    f"(?<![^\\W_])(?:{_IN_HOUSE})[ \\t]{{0,3}}#?[ \\t]{{0,2}}[0-9]{{1,5}}[A-Za-z]?"
    f"(?:[-/](?:[0-9]{{1,5}}[A-Za-z]?|[A-Za-z])){{0,3}}"
    f"{_PART_END}(?:[^,;|\\n\\r \\t][^,;|\\n\\r]{{0,39}}+{_PART_END}){{0,4}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,2}}"
    f"{_any_case(_LOCALITY_KIND)}{_FIELD_END}")
# Japanese: the postal mark and a code, a block (`1丁目`, `5番地`), a town's block numbers (`千代田1-1`); Chinese: a
# street and its number (`建国路88号`), maybe in its section (Taiwan: `信義路五段7號`), a flat by its building and its
# unit or room (`B栋4单元1203`, `3栋1502室`, `5号楼201室`); Korean: a road name and its building number
# (`세종대로 110`), a lot's number (`45-6번지`, or with a dash after its district and neighbourhood: `종로구 관철동
# 45-6`), a flat by its building and unit (`101동 1203호`). Read in the folded form (traditional characters as
# simplified ones).
_CJK_NUMBER = "[0-9〇一二三四五六七八九十百]{1,4}"
# (review 23: katakana's `ノ` or the long vowel's mark for the dash, as typed, a blank after the town's sign)
_TOWN_BLOCK = (f"[町村][ \\t]?{_CJK_NUMBER}[-のノー]{_CJK_NUMBER}[-のノー]{_CJK_NUMBER}"
               "(?![0-9〇一二三四五六七八九十百])")
# (what the detector reads in one word of kanji too, short as it is: `鵺沢町二の十四の三`)
BLOCK_IN_KANJI = re.compile(_TOWN_BLOCK)
# (review 23) What follows a town's block in an address: the field's end or a mark (a comma, a quote, `&`), or a
# building's name and its room's number ending the field (`ハイツ201`, `ヴィラ鵺沢 502`, `502号室`); not a product's
# words (`大江戸町一の二の三 落語CD`, a rakugo set). After a ward's or a city's sign before the town
# (`渋谷区鵺沢町二の十四の三`), anything may follow.
_AFTER_TOWN_BLOCK = (r"(?=[ \t]{0,3}(?:$|[^\w\s])"
                     r"|[ \t]{0,3}[^\x00-\x7f\s0-9,，、。]{1,12}[ \t]{0,3}[0-9]{3,4}(?:号室)?[ \t]{0,3}"
                     r"(?:$|[^\w\s]))")
# (review 23) The ward and the town in hiragana, apart by blanks or `、`, then the block's numbers apart by dashes or
# `の` (or `2ちょうめ 14-3`), a word's end after them (not `1-2巻`); the same in katakana.
_KANA_WARD_AND_TOWN = ("[ぁ-ゖ]{1,12}[くし][ \t、,]{1,3}[ぁ-ゖ]{1,12}(?:ちょう|まち|むら)[ \t]{0,3}"
                       "[0-9]{1,4}(?:[-の]|ちょうめ[ \t]?)[0-9]{1,4}(?:[-の][0-9]{1,4})?(?![^\\s,、。])")
_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(ord("ぁ"), ord("ゖ") + 1)}
_CJK_ADDRESS = re.compile(r"〒[ \t]?[0-9]{3}-?[0-9]{4}"
                          r"|[0-9]{1,4}+(?:丁目|番地|(?:-[0-9]{1,4})?번지|동[ \t]?[0-9]{1,5}호)"
                          r"|[区町村][^\s0-9]{1,8}[0-9]{1,4}-[0-9]{1,4}"
                          # (a road's part by its direction: Hong Kong's `德輔道中 123 號`, `皇后大道東`)
                          r"|[路街道巷弄][中東东西南北]?(?:[0-9一二三四五六七八九十]{1,3}段)?[ \t]?[0-9]{1,5}"
                          r"(?:-[0-9]{1,4})?"
                          r"[ \t]?号"
                          # a floor and a flat: `12 樓 A 室`
                          r"|(?<![0-9])[0-9]{1,3}[ \t]?楼[ \t]?[A-Za-z0-9]{1,4}[ \t]?室"
                          r"|[栋幢座](?:[0-9]{1,2}单元[0-9]{1,5}|[0-9]{1,5}室)|号楼(?:[0-9]{1,2}单元[0-9]{1,5}|[0-9]{1,5}室)"
                          r"|[가-힣](?:로|길)[ \t]?[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9가-힣])"
                          r"|[가-힣][구군읍면][ \t]{1,3}[가-힣]{1,8}[동리][ \t]?[0-9]{1,4}-[0-9]{1,4}(?![0-9가-힣])"
                          # (thirty-eighth attack) Korean: a road's numbered side street and the building's
                          # number (`뮤렌다로27길 14`, `27번길`); Japanese: a block in kanji numerals before its lot
                          # (`二丁目十四番`; not a block alone: `三丁目の夕日`), a town's three block numbers right
                          # after its `町` or `村`, apart by dashes or `の` (`鵺沢町3-14-3`, `鵺沢町二の十四の三`),
                          # the ward and the town spelled in hiragana before the block numbers (`しぶやく
                          # ぬえざわちょう 2-14-3`); Chinese: a village's group and the house's number in it
                          # (`翟鸾村3组12号`; not `村3组合`, a set)
                          # (review 23: the side street's building ends the field or stands before a mark or a
                          # floor's, a flat's or a building's number, or a district comes before the road: `해운대로
                          # 27길 14 카페 굿즈` names a café's goods)
                          r"|[가-힣]로[ \t]?[0-9]{1,3}번?길[ \t]?[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9가-힣])"
                          r"(?=[ \t]{0,3}(?:$|[^\w\s]|[0-9]{1,4}[ \t]?[층호동]))"
                          r"|[가-힣][구군][ \t]{1,3}(?:[가-힣]{1,8}[ \t]{1,3})?[가-힣]{1,12}로[ \t]?[0-9]{1,3}번?길"
                          r"[ \t]?[0-9]{1,4}(?![0-9가-힣])"
                          # (review 23: the block's kanji after its town's name, not opening a title: `二丁目十四番
                          # ポスター`; the hiragana block ends a word, not glued to a volume's `巻`; the village's house
                          # is no battery's or jersey's size, `5号电池`, `12号球衣`: nothing but a part's end or
                          # `附` after it)
                          r"|(?<=[^\s0-9〇一二三四五六七八九十、,])[一二三四五六七八九十]{1,3}丁目[ \t]?"
                          r"[0-9〇一二三四五六七八九十]{1,4}番"
                          f"|{_TOWN_BLOCK}{_AFTER_TOWN_BLOCK}|[区市郡][^\\s0-9]{{1,8}}{_TOWN_BLOCK}"
                          f"|{_KANA_WARD_AND_TOWN}|{_KANA_WARD_AND_TOWN.translate(_HIRAGANA_TO_KATAKANA)}"
                          r"|村[ \t]?第?[0-9一二三四五六七八九十]{1,3}[ \t]?小?[组組队隊社][ \t]?"
                          r"[0-9一二三四五六七八九十百]{1,5}号"
                          r"(?=[ \t]{0,3}(?:$|[^\w\s]|附))")


# Layouts of the fourteenth attack (Moscow, Kyiv, Almaty, Warsaw, Prague, Budapest, Athens), read in the canonical
# form in lower case (Cyrillic and Greek capitals fold to Latin look-alikes, the rest to lower case; one pattern
# without case folding is faster), with lexicon data by language; an abbreviation is only one with its dot (`ul.`,
# not `ul`), a whole word is not glued to letters. Street words written before the street's name:
STREET_WORDS_FIRST = {
    "Russian": "улица ул. проспект просп. пр-т пр. переулок пер. бульвар б-р бул. набережная наб. шоссе ш. "
               "пл. пр-д микрорайон мкр. туп.",
    "Ukrainian": "вулиця вул. провулок пров. бульв. майдан узвіз",
    "Kazakh": "көшесі көш. даңғылы даңғ.",
    "Russian and Ukrainian in Latin letters": "ulitsa ul. prospekt prosp. pr. pereulok per. bulvar bul. nab. shosse "
                                              "ploshchad vulytsia vulitsa vul. provulok prov. maidan",
    "Polish": "ulica aleja al. pl. osiedle",  # (not `plac`: `Plac zabaw`, a playground)
    "Greek": "οδός οδ. λεωφόρος λεωφ. πλατεία πλ.",
    "Greek in Latin letters": "odos leoforos leof. plateia",
    # (nineteenth attack) Bulgarian and Macedonian (a housing estate `ж.к.` as a street), Albanian, Romanian
    "Bulgarian and Macedonian": "улица ул. булевард булевар бул. ж.к. жк",
    "Albanian": "rruga rr.", "Romanian": "strada str. bulevardul bd.",
}
# The house's word before its number (`д. 17`, `буд. 22`, Czech `č.p. 1511`), a flat's, a building's or an
# entrance's word before theirs (`кв. 42`, `корп. 2`, Polish `m. 17`, Romanian `ap. 3`).
_HOUSE_WORDS = {
    "Russian": "д. дом", "Ukrainian": "буд. будинок", "in Latin letters": "d. dom bud.", "Czech": "č.p. č.o.",
    "Bulgarian, Macedonian and Serbian": "бр. број",
}
_FLAT_WORDS = {
    "Russian": "кв. квартира корп. стр. оф. офис под.", "Ukrainian": "корп. під.",
    "in Latin letters": "kv. korp. str. of.", "Polish": "m. lok. mieszk.", "Czech": "byt",
    "Romanian": "ap. bl. sc. et.", "Greek": "διαμ. διαμέρισμα",
    "Bulgarian": "бл. вх. ет. ап.", "Albanian": "shk. shkalla ap. kati",
}
# Hungarian writes the street word after the name and a dot after numbers (`Andrássy út 52.`), the house's word after
# its number (`12. hsz.`), a floor or a door after theirs (`3. em.`, `II. em.`, `12. ajtó`), the ground floor alone.
_HU_STREET_WORDS = {"Hungarian": "utca u. út útja tér tere körút krt. köz sor fasor rakpart sétány lakótelep ltp. "
                                 "sugárút"}
_HU_HOUSE_WORDS = {"Hungarian": "hsz. házszám"}
_HU_AFTER_NUMBER_WORDS = {"Hungarian": "emelet em. ajtó"}
_HU_GROUND_WORDS = {"Hungarian": "földszint fszt. fsz."}


def _lexicon(groups: Dict[str, str], dot_optional: bool = False) -> str:
    """An alternation of the words of `groups` (language -> words) as the canonical form writes them in lower case
    (of a word in lower case and in capitals: Greek `ω` folds to `w`, `Ω` to `ω`), grouped by their first letter (a
    pattern tries fewer branches); a word without its final dot is not glued to a letter. `dot_optional`: an
    abbreviation reads without its dot too (`ул`, `кв`: as a search box is typed), not glued to a letter then."""
    words = sorted({canonical(spelling)[0].lower() for line in groups.values() for word in line.split()
                    for spelling in (word.lower(), word.upper())}, key=longest_first)
    by_first: Dict[str, List[str]] = {}
    for word in words:
        end = "(?![^\\W\\d_])"
        if word.endswith(".") and dot_optional:
            rest = re.escape(word[1:-1]) + f"(?:\\.|{end})"
        else:
            rest = re.escape(word[1:]) + ("" if word.endswith(".") else end)
        by_first.setdefault(word[0], []).append(rest)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


# A word of a street's name in lower case; a house number (not a year), maybe a letter (`17а`) and a flat after a
# slash (`84/92`, `1511/230`).
_LOWER_WORD = r"[^\W\d_](?:[^\W\d_]|['’-]){1,29}"
_HOUSE_NUMBER = (r"(?!19[0-9]{2}(?![0-9])|20[0-9]{2}(?![0-9]))[0-9]{1,4}(?:[^\W\d_](?![^\W\d_]))?"
                 r"(?:/[0-9]{1,4}[^\W\d_]?)?")
# The street word, one to four words of its name, maybe a comma and the house's word, the number, up to three
# flats, buildings or entrances by their word (`ul. Marszałkowska 84/92 m. 17`, `вул. Хрещатик, буд. 22, кв. 7`).
_WORD_FIRST_NAME = (f"(?:{_lexicon(STREET_WORDS_FIRST)})[ \\t]{{0,3}}(?:{_LOWER_WORD}[ \\t]{{1,3}}){{0,3}}"
                    f"{_LOWER_WORD}[ \\t]{{0,3}},?[ \\t]{{0,3}}")
_HOUSE_WORD = f"(?:{_lexicon(_HOUSE_WORDS)})[ \\t]{{0,3}}"
_FLAT = f"[ \\t]{{0,3}},?[ \\t]{{1,3}}(?:{_lexicon(_FLAT_WORDS)})[ \\t]{{0,3}}[0-9]{{1,4}}[^\\W\\d_]?"
# (Russian writes a house and its flat joined by a dash too: `пр-т Мира, 5-12`)
_WORD_FIRST_LINE = (f"{_WORD_FIRST_NAME}(?:{_HOUSE_WORD})?{_HOUSE_NUMBER}(?:-[0-9]{{1,4}}[^\\W\\d_]?)?"
                    f"(?:{_FLAT}){{0,3}}(?![0-9])")
# A postal code of these countries opening the address, before its town (Polish `00-514`, Czech and Slovak `100 00`,
# Hungarian `1052`, five digits, Russian and Kazakh six), not a year; written from its first digit on, the digit
# that opens the pattern (`_LINES_OF_THE_REGION`).
_REGION_CODE_REST = (r"(?:[0-9]-[0-9]{3}|(?<=[1-9])[0-9]{2}[ \t][0-9]{2}|[0-9]{4,5}"
                     r"|(?:(?<=1)(?!9)|(?<=2)(?!0)|(?<=[03-9]))[0-9]{3})(?![0-9])")
_REGION_CODE = f"[0-9]{_REGION_CODE_REST}"
# (the street word after a name of two letters or more and a blank)
_HU_LINE = (f"(?<=[^\\W\\d_]{{2}}[ \\t])(?:{_lexicon(_HU_STREET_WORDS)})[ \\t]{{0,3}}{_HOUSE_NUMBER}"
            f"(?![0-9])\\.?(?:[ \\t]{{1,3}}(?:{_lexicon(_HU_HOUSE_WORDS)}))?")
_HU_FLAT = (f"[ \\t]{{0,3}},?[ \\t]{{1,3}}(?:(?:[0-9]{{1,3}}|[ivx]{{1,4}})\\.?[ \\t]{{0,3}}"
            f"(?:{_lexicon(_HU_AFTER_NUMBER_WORDS)})|(?:{_lexicon(_HU_GROUND_WORDS)}))")
# A street-first line opening the text, a line, a part or a field after its label, followed by the next part or a
# dash, or anywhere (not glued to a letter: `Для вул. …`) with the house's word, a flat's word or a postal code and a
# town next (not `et al. chapter 5, p. 12`); a Hungarian line followed by the next part, its floor or its door;
# either after a postal code and a town opening the address (`1052 Budapest, Váci utca 12.`, `00-514 Warszawa, ul.
# Marszałkowska 84`; a comma after the code and the country before the town: `101000, Россия, Новосибирск, пр-т Мира,
# 5-12`), nothing after it needed. Read in "\n" + the text in lower case, each pattern opening on a set
# of characters (a separator, a blank, a digit), which the engine skips to in C.
_LINES_OF_THE_REGION = (
    re.compile(f"[\\n\\r,;:|\"(][ \\t]{{0,3}}{_WORD_FIRST_LINE}{_LINE_OR_DASH}"),
    re.compile(f"[^\\w.]{_WORD_FIRST_NAME}(?:(?:{_HOUSE_WORD}{_HOUSE_NUMBER}(?:{_FLAT}){{0,3}}"
               f"|{_HOUSE_NUMBER}(?:{_FLAT}){{1,3}})(?![0-9]){_LINE_OR_DASH}"
               f"|{_HOUSE_NUMBER}(?![0-9])(?=[ \\t]{{0,3}},[ \\t]{{1,3}}{_REGION_CODE}[ \\t]{{1,3}}{_LOWER_WORD}))"),
    re.compile(f"[ \\t]{_HU_LINE}(?:{_HU_FLAT}|{_LINE_END})"),
    re.compile(f"[0-9](?<![0-9.,][0-9]){_REGION_CODE_REST},?[ \\t]{{1,3}}"
               f"(?:(?:{_LOWER_WORD}[ \\t]{{1,3}})?{_LOWER_WORD},[ \\t]{{1,3}})?"
               f"(?:{_LOWER_WORD}[ \\t]{{1,3}})?{_LOWER_WORD}"
               f"(?:[ \\t][0-9]{{1,2}})?,[ \\t]{{1,3}}(?:{_WORD_FIRST_LINE}"
               f"|(?:{_LOWER_WORD}[ \\t]{{1,3}}){{0,2}}{_LOWER_WORD}[ \\t]{_HU_LINE})"),
)

# Layouts of the fifteenth attack (Canada's rural routes; Bogotá, Lima, Quito; Santiago's labelled lines), their words
# lexicon data by country and kind, read as written or in capitals (in the canonical form: accents folded).
# A Colombian street is named by its number on a grid, its word first (`Calle 93`, `Cra. 7`, `Av. Calle 26`); the
# house is the number of the crossing street and the metres from the corner after `#` or `No.` (`# 11-27`), either
# maybe with a letter, `bis` or a quarter (`Calle 93B bis # 11A-27 sur`).
_GRID_STREET_WORDS = {
    "Colombian": "Calle Cl. Cll. Carrera Cra. Cr. Kr. Kra. Transversal Tv. Transv. Diagonal Dg. Diag. Avenida Av. "
                 "Ak. Ac. Autopista Circular",
}
# Spanish street words written before the street's name, of the countries of the attack (`Jr. Huallaga 345`); the
# short ones that are also a name's or a date's (`Jr.` of `Davis Jr.`, `Ca.` of circa) open a part only.
_NAMED_STREET_WORDS = {
    "Peruvian": "Jirón Pasaje Pje. Psje. Prolongación Prol. Malecón",
    "Ecuadorian and Chilean": "Avenida Av. Avda. Calle Pasaje",
}
_NAMED_STREET_WORDS_PART = {"Peruvian": "Jr. Ca. Cl."}
# A Peruvian block and lot (`Mz. B Lt. 4`), as a Philippine one is written (`Blk 5 Lot 12`).
_BLOCK_WORDS = {"Spanish": "Manzana Mz. Mza. Mz"}
_LOT_WORDS = {"Spanish": "Lote Lt. Lte. Lt"}
# A Canadian or US rural route and the site, compartment or box on it (`RR 2, Site 7, Box 12`, `Site 7 Comp 12 RR 2`).
_RURAL_ROUTE_WORDS = {"English": "RR R.R. Rural Route", "French": "RR R.R. Route rurale"}
_RURAL_PART_WORDS = {"English and French": "Site Comp Box"}
# The nouns of a label naming an address (key_lexicon.ADDRESS_NOUNS; a word ending in one: `Lieferadresse`): a street
# line after such a label and its colon is an address when the key lexicon calls the label personal too (`Dirección
# de despacho:`, not `Dirección de la tienda:`, a store's; not `Phone: Pixel 8, Obsidian`).
_ADDRESS_LABEL_WORDS = dict(key_lexicon.ADDRESS_NOUNS)
# ... and the key lexicon's words naming an address alone, one word each (key_lexicon.ALONE: `diefthynsi`, `bydliste`,
# `wohnsitz`).
_ADDRESS_LABEL_WORDS["key lexicon"] = " ".join(
    word for words in key_lexicon.ALONE["address"].values() for word in words.split() if "_" not in word)
_ADDRESS_LABEL_NOUNS = tuple(sorted({word.lower() for line in _ADDRESS_LABEL_WORDS.values()
                                     for word in _folded(line.split())}))
# A label naming where a parcel goes by a verb or a noun of sending and its preposition (`Ship to:`, `Deliver to:`,
# `Lieferung an:`, `Livraison à :`): a street line after it is the shopper's as after an address's noun (session 16).
# Lexicon data by language, in lower case, read in the canonical form.
_DESTINATION_LABELS = {
    "English": "ship to|deliver to|send to|mail to|shipping to|delivering to|delivery to|ship it to|deliver it to"
               "|send it to",
    "German": "lieferung an|liefern an|versand an|versenden an|zustellung an|senden an",
    "French": "livraison à|livrer à|expédier à|expédition à|envoyer à|envoi à",
    "Spanish and Portuguese": "enviar a|envío a|entregar a|entrega a|enviar para|envio para|entregar para|entrega para",
    "Italian": "spedire a|spedizione a|consegna a|consegnare a|inviare a",
    "Dutch": "verzenden naar|versturen naar|bezorgen bij|bezorgen op|levering aan|leveren aan",
    "Polish": "wysyłka do|dostawa do|wyślij do|dostarczyć do",
    "Swedish, Danish, Norwegian": "leverans till|leverera till|skicka till|levering til|send til|sendes til",
}
_DESTINATION_LABEL_FORMS = frozenset(" ".join(canonical(phrase)[0].lower().split())
                                     for line in _DESTINATION_LABELS.values() for phrase in line.split("|"))


def _forms(*groups: Dict[str, str]) -> FrozenSet[str]:
    """The words of `groups` (kind -> words) in their canonical form, as written and in capitals."""
    return frozenset(form for group in groups for line in group.values() for word in line.split()
                     for form in (canonical(word)[0], canonical(word)[0].upper()))


def _spellings(groups: Dict[str, str]) -> str:
    """An alternation of the words of `groups` (kind -> words) in their canonical form, as written and in capitals,
    longest first; a word without its final dot is not glued to a letter."""
    words = sorted(_forms(groups), key=longest_first)
    return "|".join(re.escape(word).replace(" ", "[ \\t]{1,3}") + ("" if word.endswith(".") else "(?![^\\W\\d_])")
                    for word in words)


def _street_name(particle: str) -> str:
    """A street's name: capitalized words, maybe with `particle`s, maybe opening on a date (`10 de Agosto`)."""
    return (f"(?:[0-9]{{1,2}}[ \\t]{{1,3}}de[ \\t]{{1,3}})?(?:{_NAME_WORD}[ \\t]{{1,3}}{particle}{{0,2}}){{0,3}}"
            f"{_NAME_WORD}")


_STREET_NAME = _street_name(_PARTICLE)
# (a part opens the text, a line, or follows a separator or a label's colon, maybe after a blank)
_PART_START = r"(?:^|(?<=[\n\r,;:|(\"])|(?<=[\n\r,;:|(\"][ \t]))"
_GRID_NUMBER = r"[0-9]{1,3}(?:[ \t]?[A-Z](?![^\W\d_]))?(?:[ \t]?(?i:bis)(?![^\W\d_]))?(?:[ \t]?[A-Z](?![^\W\d_]))?"
_QUARTER = r"(?:[ \t]{1,3}(?i:sur|este|norte|oeste)(?![^\W\d_]))?"
_NAMED_WORD = f"(?:{_spellings(_NAMED_STREET_WORDS)})"
_NAMED_FIRST = f"(?:(?<![^\\W\\d_]){_NAMED_WORD}|{_PART_START}(?:{_spellings(_NAMED_STREET_WORDS_PART)}))"
# Quito numbers a house by its quarter (`N`, `S`, `E`, `Oe`), the crossing street's number, a dash and the metres
# (`Av. Amazonas N34-451`), often followed by `y` and the crossing street (`y Av. Atahualpa`).
_QUITO_NUMBER = r"(?:N|S|E|Oe|OE)[0-9]{1,3}[A-Z]?-[0-9]{1,4}[A-Z]?(?![\w-])"
_CROSSING = r"[ \t]{1,3}[yY][ \t]{1,3}"
_RURAL_PART = f"(?:{_spellings(_RURAL_PART_WORDS)})[ \\t]{{0,3}}#?[0-9]{{1,4}}(?![0-9])"
_RURAL_ROUTE = f"(?:{_spellings(_RURAL_ROUTE_WORDS)})[ \\t]{{0,3}}#?[0-9]{{1,3}}(?![0-9])"
_THEN = r"[ \t]{0,3},?[ \t]{1,3}"
_GRID_WORD = f"(?:{_spellings(_GRID_STREET_WORDS)})"
_LINES_OF_THE_ANDES = re.compile(
    f"(?<![^\\W\\d_]){_GRID_WORD}[ \\t]{{0,3}}(?:{_GRID_WORD}"
    f"[ \\t]{{0,3}})?{_GRID_NUMBER}{_QUARTER}[ \\t]{{0,3}}(?:#|(?i:no|nro)\\.?|N°)[ \\t]{{0,3}}{_GRID_NUMBER}"
    f"[ \\t]{{0,2}}-[ \\t]{{0,2}}[0-9]{{1,3}}(?![0-9]){_QUARTER}{_LINE_OR_DASH_TOWN}"
    f"|{_NAMED_FIRST}[ \\t]{{0,3}}{_PARTICLE}{{0,2}}{_STREET_NAME}{_NUMBER_AFTER}(?![0-9]){_FLAT_AFTER}"
    f"{_LINE_OR_DASH_TOWN}"
    f"|(?<![^\\W\\d_]){_NAMED_WORD}[ \\t]{{0,3}}{_STREET_NAME}[ \\t]{{1,3}}{_QUITO_NUMBER}"
    f"(?:{_CROSSING}(?:{_NAMED_WORD}[ \\t]{{0,3}})?{_STREET_NAME})?{_LINE_OR_DASH_TOWN}"
    f"|(?<![\\w'’-]){_STREET_NAME}[ \\t]{{1,3}}{_QUITO_NUMBER}{_CROSSING}{_NAMED_WORD}"
    f"[ \\t]{{0,3}}{_STREET_NAME}{_LINE_OR_DASH_TOWN}"
    f"|(?<![^\\W\\d_])(?:{_spellings(_BLOCK_WORDS)})[ \\t]{{0,3}}[A-Z0-9]{{1,3}}(?![^\\W_])[ \\t]{{0,3}},?[ \\t]{{0,3}}"
    f"(?:{_spellings(_LOT_WORDS)})[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?(?![^\\W_]){_LINE_END}"
    f"|(?<![^\\W\\d_])(?:{_RURAL_ROUTE}(?:{_THEN}{_RURAL_PART}){{1,2}}|(?:{_RURAL_PART}{_THEN}){{1,2}}{_RURAL_ROUTE})"
    f"{_LINE_END}")
# What each layout above needs, in one scan (a literal's: most text holds none): a word of its lexicon.
# (grouped by first letter: a search tries a few branches at each position, the same matches)
_ANDES_CUE = re.compile(branches_by_first_letter(_words(list(_forms(
    _GRID_STREET_WORDS, _NAMED_STREET_WORDS, _NAMED_STREET_WORDS_PART, _BLOCK_WORDS, _RURAL_ROUTE_WORDS)))))
# A street line after a label and its colon (the label read by _address_label): capitalized words and a number
# (`Los Leones 1850`), maybe after an abbreviated street word and with a second number after a dash (`Av. Reforma
# 8-20`), or a number and capitalized words (`42 Wallaby`), followed by the next part. (twenty-third attack) A name's
# particle may be an article glued to it by a hyphen, as Maltese and Arabic write it (`Triq il-Kbira`, `tal-Ħamrun`).
_GLUED_ARTICLE = r"[a-z]{1,4}-(?=[A-Z])"
_LABELLED_STREET_NAME = _street_name(f"(?:{_PARTICLE}|{_GLUED_ARTICLE})")
# (thirty-eighth attack) In Hebrew or Arabic letters, which have no capitals: a street named alone by its words and
# its number, maybe after a house number's word (`آدرس: زرپنگ ۱۲`, `כתובת: הרצל 12`), not a year (nor a Solar Hijri
# one: `۱۴۰۳`) nor a noun a number counts (_PART_NOUN_KIND: `כתובת: פרק 2`, `آدرس: جلد ۲`, the shop's `סניף 12`);
# the label the address's noun alone (`آدرس فروشگاه:`, a store's address, names the business: BUSINESS_SUBJECTS).
_RTL_NAMED_LINE = (f"(?P<rtl>(?!{_PART_NOUN})(?:{_RTL_WORD}[ \\t]{{1,3}}){{0,3}}{_RTL_WORD}[ \\t]{{1,3}}"
                   f"(?:(?:{_NUMBER_WORD_ANY_CASE})[ \\t]{{0,3}})?(?!(?:19|20|13|14)[0-9]{{2}}(?![0-9]))"
                   f"[0-9]{{1,5}}(?:/[0-9]{{1,4}}|[\u05d0-\u05ea\u0621-\u064a])?(?![0-9]|[^\\W\\d_]))")
# (the value alone after the label may end on its town's words: `כתובת: הרצל 12 תל אביב`)
_RTL_NAMED_VALUE = re.compile(f"{_RTL_NAMED_LINE}(?:[ \\t]{{1,3}}(?!{_PART_NOUN}){_RTL_WORD}){{0,2}}")
_RTL_LABEL_NOUNS = frozenset(_folded(_ADDRESS_LABEL_WORDS["Persian"].split() + _ADDRESS_LABEL_WORDS["Hebrew"].split()))
# (closer 167) A companion's word ends a name after a label, as a place's preposition does (`Winner: … with Border
# Collie`, `Gewinnerin: … mit ihrem Pudel`, `… & her Beagle`), by language: `with` before a capitalized word or the
# owner's possessive, `and` before the possessive only (`Winner: Salt and Pepper` is no name's end).
_OWNERS = ("her|his|their|ihrem|ihrer|ihren|seinem|seiner|seinen|son|sa|ses|su|sus|suo|sua|haar|zijn|seu|swoim|swoja"
           "|sin|sitt|sina")
_COMPANION_END = (f"(?:(?:with|mit|avec|con|met|com|med)[ \\t]{{1,3}}(?:[A-Z]|(?:{_OWNERS})[ \\t])"
                  f"|(?:and|&|und|et|y|e|en|och|og)[ \\t]{{1,3}}(?:{_OWNERS})[ \\t])")
_ADDRESS_LABELLED = re.compile(
    f"(?:^|[\\n;|\"]|[,.?!][ \\t])[ \\t]{{0,3}}([^\\W\\d_]{{2,30}}(?:[ \\t\\-][^\\W\\d_]{{1,30}}){{0,3}})"
    f"\\.?{COLON_END}(?:(?:[A-Z][a-z]{{0,4}}\\.[ \\t]{{1,3}})?{_PARTICLE}{{0,2}}{_LABELLED_STREET_NAME}"
    f"{_NUMBER_AFTER}(?:-[0-9]{{1,4}}[A-Za-z]?)?(?![0-9])"
    f"|{_HOUSE}[ \\t]{{1,3}}{_LABELLED_STREET_NAME}|{_RTL_NAMED_LINE}){_LINE_END}")


# (thirtieth attack) A form's field for the street alone, labelled by a street's own noun (`Straße:`, `Street:`,
# `Rue :`), or a delivery's label naming where it goes (`Livraison :`, `Entrega en:`): the label, the whole of it in
# lower case, is one of these (lexicon data by language, as folded), not a store's (`Store street:`).
_STREET_LABEL_KIND = {"English": "street|street name|street line",
                      "German": "straße|strasse|str.|straße und hausnummer", "French": "rue", "Spanish": "calle",
                      "Portuguese": "rua", "Dutch": "straat|straatnaam", "Polish": "ulica|ul."}
_DELIVERY_LABEL_KIND = {"French": "livraison|livraison a|livrer a|a livrer a",
                        "Spanish": "entrega en|entregar en|envio a|enviar a",
                        "Portuguese": "entrega em|entregar em", "Italian": "consegna a|consegna in|spedire a"}
_STREET_LABELS = frozenset(_lexicon_words(_STREET_LABEL_KIND, _DELIVERY_LABEL_KIND, separator="|"))


def _address_label(label: str, personal_label: Callable[[str], bool]) -> bool:
    """Whether a label before a colon names an address (one of its words ends in an address noun of
    _ADDRESS_LABEL_WORDS: `Dirección de despacho`, `Lieferadresse`) and the key lexicon calls it personal, or is a
    street's or a delivery's label (_STREET_LABELS)."""
    lower = label.lower()
    return any(word.endswith(_ADDRESS_LABEL_NOUNS) for word in lower.replace("-", " ").split()) and (
        personal_label(label)) or " ".join(lower.split()) in _STREET_LABELS


_ADDRESS_NOUN = re.compile("|".join(_ADDRESS_LABEL_NOUNS))  # what _labelled_street needs (in lower case)
# (twenty-second attack) A file named by an address (`adresa_Vodickova_681_Praha.pdf`): a word ending in an address
# noun, then a street's capitalized words, the house's number and the town, each apart by `_` as a file's name writes
# blanks, then the file's extension; not a count of things after the number, in the plural or not (a sheet of
# labels: `Address_Labels_30_Sheet.pdf`; _COUNT_NOUN_KIND).
_COUNT_NOUN_FORMS = _words(sorted({form for word in _COUNT_NOUN_KIND["English"].split()
                                   for form in (word, word[:-1] if word.endswith("s") else word)}))
# (twenty-third attack) A name's particles there too, each followed by `_` (`cyfeiriad_Heol_y_Frenhines_12_...`).
_FILE_PARTICLE = _particle("_{1,2}")
_DOCUMENT_EXTENSION = r"\.(?i:pdf|docx?|odt|rtf|txt|jpe?g|png|heic|webp)(?![\w.])"
_ADDRESS_FILE = re.compile(
    f"(?<![^\\W\\d_])(?i:[a-z]{{0,20}}?(?:{_ADDRESS_NOUN.pattern}))_{{1,2}}(?:{_NAME_WORD}_{_FILE_PARTICLE}{{0,2}}){{1,3}}"
    r"(?!19[0-9]{2}(?![0-9])|20[0-9]{2}(?![0-9]))"
    f"[0-9]{{1,5}}[A-Za-z]?(?:_[0-9]{{1,4}})?(?!_{{1,2}}(?i:{_COUNT_NOUN_FORMS})(?![^\\W\\d_]))"
    f"_{{1,2}}{_NAME_WORD}(?:_[0-9]{{1,2}})?\\.[A-Za-z0-9]{{2,5}}"
    f"(?![\\w.])"
    # (twenty-fourth attack) ... or by its street line alone, a document's or a photo's: the house's number opening
    # the name (no track's leading `0`, no camera's counter after `IMG_`), the street's capitalized words and its
    # English street word, maybe the town (`12_Karangahape_Road_Auckland.pdf`); or by an Indian house's unit word and
    # number, then the locality's words (`invoice_H.No.8-2-293_Banjara_Hills.pdf`).
    f"|(?<![\\w.-])[1-9][0-9]{{0,3}}[A-Za-z]?_(?:{_NAME_WORD}_){{1,3}}(?i:{_words(_AFTER_NAME)})"
    f"(?:_{_NAME_WORD}){{0,2}}{_DOCUMENT_EXTENSION}"
    f"|(?<![^\\W_])(?i:h\\.?no|house_?no|door_?no|plot_?no|flat_?no)\\.?_?[0-9]{{1,5}}(?:[-/][0-9]{{1,5}}[A-Za-z]?){{0,3}}"
    f"(?:_{_NAME_WORD}){{1,3}}{_DOCUMENT_EXTENSION}")


# A street line filling its field after a label naming an address (`Address: 12 Main Street`, `Lieferadresse:
# Musterstraße 5`, a form's `Address line 1:`, `address1=742 Evergreen Terrace`), the label ended as label_ends.py
# says (a colon, maybe a line break after it, `=`, a dash between blanks, or a line break or a tab after a label alone
# on its line or in its cell: `Lieferadresse\nHauptstraße 5`): a street line alone is a store's or a product's as often
# (not claimed), but after a personal address label (_address_label: not `Store address:`, `Click & Collect:`), a
# place's to send to (`Ship to:`) or a street's (`Street:`) it is the shopper's. The label's words are one to four
# words, maybe joined by `_` or `-`, maybe with a line's digit (`Address line 1`, `address1`); the value is the rest of
# its field (to a line break, `;` or `|`) and is judged as a street line (_STREET_LINES) would be with its next part
# after it (a comma and a word), so the two readings never disagree on what a street line is; a flat may open it
# (`Flat 3, 21 Baker Street`); a post office box by its word and number is an address there too (_BOX: `PO Box 123`,
# `Postfach 10 20`), as is a line in Hebrew or Arabic letters after its own label (_RTL_NAMED_VALUE).
_LABEL_WORDS = r"(?P<words>[^\W\d_]{2,30}(?:[ \t_\-][^\W\d_]{1,30}){0,3})(?:[ \t_]?[0-9])?\.?"
_LABELLED_FIELD = re.compile(label_then_end(_LABEL_WORDS) + r"(?P<value>[^\n\r;|]{0,81})")
_MAX_LABELLED_LINE = 80
# What such a label needs, one of its words (an address's noun, a destination's or a street label's longest word),
# searched in the text in lower case (grouped by first letter: a search in any case cost a title 15 µs, this 2 µs):
# most text with a colon holds none.
_LABELLED_FIELD_CUE = re.compile(branches_by_first_letter("|".join(re.escape(word) for word in sorted({
    *_ADDRESS_LABEL_NOUNS, *(max(phrase.split(), key=len) for phrase in (*_DESTINATION_LABEL_FORMS, *_STREET_LABELS))},
    key=longest_first))))


# The next part a street line alone is judged with (a town: `12 Main Street`, `Baker Street 17`), as the line would be
# with it after it; never a record's or a print's word (_NOT_EDITION).
_NEXT_PART = ", Town"


def street_line_alone(value: str) -> bool:
    """Whether `value`, the whole of a field a key names an address in (personal_keys.address_cut_key: vCard's `adr`,
    `strt`), is a street line (_STREET_LINES), judged with its next part after it as after an address label."""
    text = value.strip(" \t.")
    return 4 <= len(text) <= _MAX_LABELLED_LINE and _DIGIT.search(text) is not None and any(
        pattern.search(f" {text}{_NEXT_PART}") is not None for pattern in _STREET_LINES)


# (closer 222) What a destination's label with no colon needs (_DESTINATION_FIELD): its preposition between blanks.
_DESTINATION_END = re.compile("(?i: (?:" + "|".join(sorted({form.split()[-1] for form in _DESTINATION_LABEL_FORMS},
                                                            key=longest_first)) + ") )")


def labelled_field_cued(form: str) -> bool:
    """Whether canonical `form` may hold a street line after an address's label ended by `=`, a tab or a dash, or a
    destination's ended by its preposition, which no other cue of the layout rules announces (a digit and a label's
    word: _LABELLED_FIELD_CUE)."""
    return ("=" in form or "\t" in form or " - " in form or _DESTINATION_END.search(form) is not None) and (
        _DIGIT.search(form) is not None and _LABELLED_FIELD_CUE.search(form.lower()) is not None)


# (closer 222, review 42) A destination's label ends at its preposition, with no colon after it (`deliver to 45 Rue de
# Rivoli`): its value is the rest of the field as after a colon.
_DESTINATION_FIELD = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(sorted((re.escape(form).replace("\\ ", "[ \\t]{1,3}")
                                                for form in _DESTINATION_LABEL_FORMS), key=longest_first))
    + "))[ \\t]{1,3}(?P<value>[^\\n\\r;|:]{0,81})")
# After a label naming where it goes (not an address's, which may name the shop's), a street line may run on into its
# town with no comma, by its post code, its town's one or two words or both (`45 Rue de Rivoli 75001`, `12 Oak Rd
# Leeds`, `12 rue des Lilas 75011 Paris`): the street line is judged without them too. Its words in lower case or
# capitals are judged as a name's capitals write them (`45 rue de rivoli paris`): after such a label any address line
# is the shopper's.
_TOWN_PART_LAST = re.compile(r"[ \t]{1,3}(?:[0-9]{4,6}|[A-Z][a-z]{1,20})$")


def _cut_town(line: str) -> List[str]:
    """`line` without its last part, then its last two and three (_TOWN_PART_LAST: a post code or a town's word)."""
    cuts: List[str] = []
    while len(cuts) < 3 and (cut := _TOWN_PART_LAST.search(line)) is not None:
        line = line[:cut.start()]
        cuts.append(line)
    return cuts


def _street_line_value(value: str, words: str, destination: bool) -> bool:
    """Whether `value`, filling its field after an address's label `words` or a `destination`'s, is a street line or
    a post box (above), after a destination's maybe run on into its town (an address's label may name the shop's:
    `Our new address is coming soon: 12 Elm Street Candles`)."""
    readings = [value] if not destination or not (value.islower() or value.isupper()) else [value, value.title()]
    for reading in readings:
        for line in (reading, *(_cut_town(reading) if destination else ())):
            line = f" {line}{_NEXT_PART}"
            if any(pattern.search(line) is not None for pattern in _STREET_LINES) or _BOX.search(line) is not None:
                return True
    return not value.isascii() and words in _RTL_LABEL_NOUNS and _RTL_NAMED_VALUE.fullmatch(value) is not None


def _labelled_street_line(address: str, personal_label: Callable[[str], bool]) -> bool:
    """Whether folded `address` holds a street line or a post box filling its field after an address's label
    (_LABELLED_FIELD) or a destination's with no colon (_DESTINATION_FIELD); one scan for a label's word first, the
    key rule asked only about a label holding one."""
    if _LABELLED_FIELD_CUE.search(address.lower()) is None:
        return False
    for field in _LABELLED_FIELD.finditer(address):
        words = field.group("words")
        value = field.group("value").strip(" \t.")
        if not 4 <= len(value) <= _MAX_LABELLED_LINE or _DIGIT.search(value) is None:
            continue
        label = " ".join(words.replace("_", " ").replace("-", " ").lower().split())
        destination = label in _DESTINATION_LABEL_FORMS
        if not destination and not _address_label(words.replace("_", " "), personal_label):
            continue
        if _street_line_value(value, words, destination):
            return True
    for field in _DESTINATION_FIELD.finditer(address):
        value = field.group("value").strip(" \t.")
        if 4 <= len(value) <= _MAX_LABELLED_LINE and _DIGIT.search(value) is not None and _street_line_value(
                value, "", True):
            return True
    return False


def _labelled_street(address: str, personal_label: Callable[[str], bool]) -> bool:
    """Whether folded `address` holds a street line after a label naming an address (_ADDRESS_LABELLED); one scan
    for an address noun first."""
    return _ADDRESS_NOUN.search(address.lower()) is not None and any(
        _address_label(match.group(1), personal_label) and (match.group("rtl") is None or match.group(1) in (
            _RTL_LABEL_NOUNS)) for match in _ADDRESS_LABELLED.finditer(address))


# Layouts of the seventeenth attack (Casablanca, Algiers, Dakar, Abidjan, San José, Panama City, Santo Domingo,
# Guatemala City), their words lexicon data by kind, read in any case in the canonical form. A unit of a home by its
# word and number (`Villa n° 14`, `Appt 12`, `Lot 45`, `Apto 3B`, `casa 14`), a quarter or a building by its word
# (`Cité 200 Logements`, `Résidence Nour`, `Urb. Los Ríos`, `Edificio Torre`), a street by its word (`Bd`, `Calle`).
# A home's unit (a villa, a flat, a floor, a door) and a plot's (a lot in its block: an auction's or a batch's `Lot 3`
# too, so a plot's unit is read next to another unit only, not its own word again: `Lot 45, Ilot 12`, not `Lot 3,
# Lot 4`).
_DWELLING_WORDS = {
    "French": "villa appt app. appartement apt maison porte",
    "Spanish": "casa apto apto. apartamento depto dpto piso puerta",
    "English": "apartment flat",
    "Portuguese (twentieth attack: Luanda)": "predio",
    "Portuguese (thirty-eighth attack: Brazil)": "ap ap. sala",
}
_PLOT_WORDS = {"French": "lot ilot bloc", "Spanish": "lote bloque", "Portuguese": "bloco",
               "Spanish (Bolivia; twenty-second attack)": "manzana manzano mz. mza."}
_QUARTER_WORDS = {
    "French": "cite residence immeuble imm. quartier lotissement hay",
    "Spanish": "urbanizacion urb. residencial reparto barrio bo. colonia col. edificio edif. torre condominio "
               "ensanche",
    # (twentieth attack) Luanda's and Maputo's quarter, Kinshasa's quarter and commune written `Q/Matonge, C/Kalamu`
    "Portuguese": "bairro",
    "French (Kinshasa)": "q/ commune",
}
_STREET_WORDS = {
    "French": "rue bd bd. boulevard avenue av. allee chemin impasse route",
    "Spanish": "calle c/ avenida av. avda. calzada callejon pasaje diagonal transversal carrera cra.",
    "Portuguese": "rua travessa",
}
# Metres and blocks from a landmark and a direction, as Costa Rica writes an address (`del Parque Central 200 m al
# norte`; French `à 200 m au nord de la mosquée`), and a city's numbered zone after a street line (Guatemala).
_DISTANCE_WORDS = {"Spanish": "m mts mts. metros varas km cuadra cuadras", "French and English": "metres meters"}
# (phrases, apart by `|`)
_DIRECTION_WORDS = {"Spanish": "al norte|al sur|al este|al oeste|al noreste|al noroeste|al sureste|al suroeste",
                    "French": "au nord|au sud|a l'est|a l'ouest|au nord-est|au nord-ouest|au sud-est|au sud-ouest"}
_LANDMARK_WORDS = {"Spanish": "del|de la|de los|de las|de", "French": "du|de la|de l'|des|de"}
_ZONE_WORDS = {"Spanish": "zona", "French": "zone"}


_NUMBERED = r"[ \t]{0,3}(?:(?i:n°|no\.?|nro\.?)|#)?[ \t]{0,3}[0-9]{1,5}(?:-?[A-Za-z])?(?![\w-])"  # `8-C`
_DWELLING = f"(?:{_any_case(_DWELLING_WORDS)}){_NUMBERED}"
_UNIT_WORD = _any_case(_DWELLING_WORDS, _PLOT_WORDS)
_QUARTER_OR_STREET = f"(?:{_any_case(_QUARTER_WORDS, _STREET_WORDS)})"
_STREET_WORD = f"(?:{_any_case(_STREET_WORDS)})"
_QUARTER_WORD = f"(?:{_any_case(_QUARTER_WORDS)})"
_HOUSE_MARKED = r"(?:#|(?i:n°|no\.|nro\.?))[ \t]{0,3}[0-9]{1,5}[A-Za-z]?"  # (the house's number after its mark)
# (review 23) The next part of a line, a place named after a comma or a dash (a quarter, a town): an abbreviated word
# and its name (`Col. Centro`, `col. centro`), words capitalized as names are, particles between them, ending the part
# (`Centro`, `Bela Vista`), or a postal code; not a product's kind (`set`, `tienda oficial`, `Miami tee`, `DVD`).
_TITLE_WORD = r"[A-ZÀ-Ý][a-zß-ÿ][^\W\d_]{0,28}(?:['’-][A-ZÀ-Ý][^\W\d_]{1,28})?"  # (`Saint-Denis`; not `Blu-ray`)
_PLACE_NEXT = (r"(?=[ \t]{0,3}(?:[,;\n\r|]|[ \t]-)[ \t]{0,3}(?:[A-Za-z]{1,4}\.[ \t]{0,3}[^\W\d_]"
               f"|{_TITLE_WORD}(?:[ \\t]{{1,3}}(?:d[aeo]s?|del|la|las|los|{_TITLE_WORD})){{0,3}}"
               r"(?=[ \t]{0,3}(?:$|[,;\n\r|\"]|[ \t]-[ \t]))|(?:C\.?P\.?[ \t]{0,3})?[0-9]{5}(?![0-9])))")
# A flat inside the house after its number, as Mexico writes it (`#45 Int. 3`, `#45 Interior B`): its word, Spanish's;
# a place named next (_PLACE_NEXT: `Av. Juárez #45 Int. 3, Col. Centro`; not `Av. Tool #45 Int. 3, set`).
_INTERIOR_KIND = {"Spanish (Mexico)": "int. interior"}
_INTERIOR_PART = (f"[ \\t]{{1,3}}(?:{_any_case(_INTERIOR_KIND)})[ \\t]{{0,3}}"
                  f"(?:[0-9]{{1,4}}[A-Za-z]?|[A-Za-z])(?![\\w-]){_PLACE_NEXT}")
_INTERIOR = f"(?:{_INTERIOR_PART})?"
# (a part's other words: anything but what ends a part, up to 40 characters)
_PART_REST = r"[^,;|\n\r]{1,40}?"
_UNIT_START = r"(?<![^\W\d_])"
_LOOSE_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-]){0,29}"
# (Spanish ordinal signs after a street's number: `6a`, `15 avenida`; a street's word and up to three more words or
# numbers of its name, before the house's number; a city's numbered zone: `zona 3`)
_ORDINAL_SIGN = "(?i:a|ra|era|o|ta|va|ma|na|da)"
_STREET_LINE_WORDS = f"{_STREET_WORD}[ \\t]{{0,3}}(?:(?:{_LOOSE_WORD}|[0-9]{{1,3}})[ \\t]{{1,3}}){{0,3}}"
_NUMBERED_ZONE = f"(?:{_any_case(_ZONE_WORDS)})[ \\t]{{1,3}}[0-9]{{1,2}}"
_UNIT_LINES = re.compile(
    # a home's unit as a part of its own next to a quarter's, a building's or a street's part (`Cité 200 Logements,
    # Villa n° 14,`, `Edificio Torre, Piso 3,`, `Villa 3, Cité des Pins,`), or two units of different words (`Lot 45,
    # Ilot 12,`, `Piso 3, Apto 3B,`), followed by the next part
    f"{_UNIT_START}{_QUARTER_OR_STREET}{_PART_REST}[ \\t]{{0,3}},[ \\t]{{1,3}}{_DWELLING}{_LINE_END}"
    f"|{_UNIT_START}{_DWELLING}[ \\t]{{0,3}},[ \\t]{{1,3}}{_QUARTER_OR_STREET}{_PART_REST}{_LINE_END}"
    f"|{_UNIT_START}(?P<unit>{_UNIT_WORD}){_NUMBERED}[ \\t]{{0,3}},[ \\t]{{1,3}}(?!(?i:(?P=unit)))(?:{_UNIT_WORD})"
    f"{_NUMBERED}{_LINE_END}"
    # a home's unit after its numbered quarter (`Sicap Liberté 6 Villa 1234,`)
    f"|(?<![\\w'’-])(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,3}}[0-9]{{1,3}}[ \\t]{{1,3}}{_DWELLING}{_LINE_END}"
    # a street named by its number and the crossing street's (`Rue 10 x 11,`), or the house's after `#` or `n°`
    # (`Calle 4 #23,`), or named by words and the house's number after `#` or `n°` (`Avenue Kasa-Vubu n° 45,`), maybe
    # Mexico's interior after it (`Av. Juárez #45 Int. 3,`), which reads the number without its mark too
    f"|{_UNIT_START}{_STREET_WORD}[ \\t]{{1,3}}(?:[0-9]{{1,3}}[A-Za-z]?[ \\t]{{0,3}}(?:[xX×][ \\t]{{0,3}}[0-9]{{1,3}}"
    f"[A-Za-z]?|{_HOUSE_MARKED})|(?:{_LOOSE_WORD}[ \\t]{{1,3}}){{1,3}}(?:{_HOUSE_MARKED}{_INTERIOR}"
    f"|[0-9]{{1,5}}[A-Za-z]?{_INTERIOR_PART}))(?![\\w-])"
    f"{_LINE_OR_DASH_TOWN}"
    # (twentieth attack) a quarter's part, then a street named by its number (`Bairro Maianga, Rua 5,`); the house's
    # number opening the address before its street's part and a quarter's or a street's (`45, av. Kasa-Vubu, Q/Matonge`)
    f"|{_UNIT_START}{_QUARTER_WORD}{_PART_REST}[ \\t]{{0,3}},[ \\t]{{1,3}}{_STREET_WORD}{_NUMBERED}{_LINE_END}"
    f"|(?<![\\w.,/-])[0-9]{{1,5}}[A-Za-z]?[ \\t]{{0,3}},[ \\t]{{1,3}}{_STREET_WORD}{_PART_REST}[ \\t]{{0,3}},"
    f"[ \\t]{{1,3}}{_QUARTER_OR_STREET}[ \\t]{{0,3}}[^\\W\\d_]"
    # metres from a landmark and a direction, either way round, followed by the next part
    f"|{_UNIT_START}(?:{_any_case(_LANDMARK_WORDS, separator='|')})[ \\t]{{0,3}}(?:{_LOOSE_WORD}[ \\t]{{1,3}}){{1,4}}"
    f"[0-9]{{1,4}}[ \\t]{{0,3}}(?:{_any_case(_DISTANCE_WORDS)})[ \\t]{{1,3}}"
    f"(?:{_any_case(_DIRECTION_WORDS, separator='|')})"
    f"{_LINE_END}"
    f"|(?<![\\w.,])[0-9]{{1,4}}[ \\t]{{0,3}}(?:{_any_case(_DISTANCE_WORDS)})[ \\t]{{1,3}}"
    f"(?:{_any_case(_DIRECTION_WORDS, separator='|')})[ \\t]{{1,3}}"
    f"(?:{_any_case(_LANDMARK_WORDS, separator='|')})[ \\t]{{0,3}}"
    f"(?:{_LOOSE_WORD}[ \\t]{{1,3}}){{0,3}}{_LOOSE_WORD}{_LINE_END}"
    # a street line, maybe its ordinal first (`6a Avenida 12-45`), and the city's numbered zone after it (`, Zona 9`)
    f"|(?<![\\w-])(?:[0-9]{{1,2}}{_ORDINAL_SIGN}\\.?[ \\t]{{1,3}})?{_STREET_LINE_WORDS}"
    f"[0-9]{{1,4}}[A-Za-z]?(?:-[0-9]{{1,4}}[A-Za-z]?)?[ \\t]{{0,3}},?[ \\t]{{1,3}}{_NUMBERED_ZONE}(?![\\w-])"
    # (twenty-second attack) the zone first, then the street line, numbered or ordinal, and its house's number after a
    # dash, as Guatemala writes it (`zona 3, 15 avenida 4-56,`)
    f"|(?<![\\w-]){_NUMBERED_ZONE}[ \\t]{{0,3}},[ \\t]{{1,3}}"
    f"(?:[0-9]{{1,2}}{_ORDINAL_SIGN}?\\.?[ \\t]{{1,3}})?{_STREET_LINE_WORDS}"
    f"[0-9]{{1,4}}[A-Za-z]?-[0-9]{{1,4}}[A-Za-z]?(?![\\w-])")
# What each layout above needs, in one scan of the text in lower case (literals, most text holds none): a unit's
# word, a zone's, the house's mark, a crossing's `x`, a direction.
_UNIT_CUE = re.compile(branches_by_first_letter("|".join(re.escape(cue) for cue in (
    "villa app apt apart maison porte casa dpto depto piso puerta flat lot bloc zon # n° no. nro predio q/ bairro "
    "manzan mz. int. interior"
    .split()
    + ["al nor", "al sur", "al est", "al oes", "au nord", "au sud", "a l'est", "a l'ouest"]))
    + "|[0-9][ \t]?[x×][ \t]?[0-9]"))  # (grouped by first letter, as _ANDES_CUE)


# Layouts of the eighteenth attack (Tbilisi, Yerevan, Baku, Tashkent, Ulaanbaatar, Addis Ababa, Kigali, Dar es
# Salaam, Yangon, Phnom Penh, Colombo), their words lexicon data by kind (phrases apart by `|`), read in the canonical
# form in lower case. Most of these scripts have no capitals: a part of an address is read by its word and its number,
# not by a name's capital. A home's unit by its number: a house, a building or a plot (the words for `number` that
# open a house's number in Burmese, Khmer, Sinhala and Amharic), or a flat.
_HOUSE_KIND = {
    "Georgian": "სახლი|კორპუსი", "Armenian": "տուն|շենք", "Uzbek": "uy|уй", "Mongolian": "байр|bair",
    "Amharic": "የቤት ቁጥር|ቤት ቁጥር|የቤት ቁ.", "Burmese": "အမှတ်|တိုက်အမှတ်", "Khmer": "ផ្ទះលេខ|ផ្ទះ",
    "Sinhala": "අංක|නිවස", "English": "house|plot|building|bldg",
    # (nineteenth attack) a house in Fiji, Haiti, Croatia, a building in Tirana, Sofia, Beirut, Amman, Baghdad, a
    # plot in Papua New Guinea
    "Fijian": "vale", "Kreyol": "kay", "Croatian": "kuća", "Albanian": "pallati|pallat", "Bulgarian": "бл.|блок",
    "Arabic": "عمارة|بناية|مبنى|دار|منزل", "English (Papua New Guinea)": "allotment",
    # (twentieth attack) a stand in Harare, a house in Bishkek, Dushanbe, Ashgabat, Dhaka, Kabul, Kathmandu
    "English (Zimbabwe)": "stand", "Russian and Kyrgyz": "дом|д.|d.", "Tajik": "хонаи|хона", "Turkmen": "jaý",
    "Bengali": "বাড়ি|বাসা", "Dari and Pashto": "خانه", "Nepali": "घर",
    "Tibetan (twenty-second attack: a house's number)": "ཨང་",
}
_FLAT_KIND = {
    "Georgian": "ბინა", "Armenian": "բնակարան|բն.", "Azerbaijani": "mənzil", "Uzbek": "xonadon|хонадон",
    "Mongolian": "тоот|toot", "Burmese": "အခန်း", "Khmer": "បន្ទប់", "English": "apt|apt.|apartment|flat",
    # (nineteenth attack) a flat, a stair or a floor
    "Croatian": "stan", "Albanian": "ap.|apartamenti|shkalla|shk.|kati", "Bulgarian": "ап.|апартамент|ет.|етаж",
    "English floors": "floor", "Arabic": "شقة",
    "Russian and Kyrgyz (twentieth attack)": "кв|кв.|квартира|kv|kv.", "Turkmen": "öý",
}
# A district by its number (`1-р хороо`, `ቀበሌ 05`, `សង្កាត់ 3`).
_DISTRICT_KIND = {
    "Armenian": "թաղամաս", "Azerbaijani": "mikrorayon|mkr.", "Uzbek": "mavzesi|мавзеси|mahalla|маҳалла",
    "Mongolian": "хороо|khoroo|дүүрэг|duureg", "Amharic": "ቀበሌ|ወረዳ", "Khmer": "សង្កាត់|ខណ្ឌ", "Burmese": "ရပ်ကွက်",
    "Arabic": "محلة",  # (nineteenth attack: Baghdad's numbered quarter)
    # (twentieth attack) a microdistrict in Bishkek and Dushanbe, a ward in Kathmandu, a district in Kabul
    "Russian, Kyrgyz and Tajik": "микрорайон|мкр|мкр.", "English (Nepal)": "ward", "Nepali": "वडा नं.|वडा",
    "Dari and Pashto": "ناحیه",
    "English (Sudan, Kuwait; twenty-first attack)": "block",
}
# A plot's section or lot by its number (Papua New Guinea, Tonga: `Section 23, Allotment 7`), only beside a home's
# unit (`Lot 3, Lot 4` is an auction's).
_PARCEL_KIND = {"English (Papua New Guinea, Tonga)": "section|lot"}
# A street, a village, a district, a building or a landmark by its word before its name, numbered or not (nineteenth
# attack: `شارع الملكة رانيا`, `Rr. Myslym Shyri`, `Koro ko Nakorovou`, `Bldg. Salam`, `kod Maksimirske`).
_NAMED_FIRST_KIND = {
    "Arabic": "شارع|زقاق|طريق|حي", "Albanian": "rruga|rr.|blloku|lagjja", "Fijian": "koro|tikina",
    "English": "bldg.", "Croatian and Serbian landmarks": "kod|pored",
    # (twentieth attack) a street, a lane, a road or a quarter in Kabul, a street or an avenue in Dushanbe
    "Dari and Pashto": "سرک|کوچه|جاده|کارته", "Tajik": "кӯчаи|хиёбони",
    # (twenty-first attack) a way in Muscat (`سكة ٢٧١٩`), a village in Lesotho (`Ha Thetsane`)
    "Arabic (Oman)": "سكة", "Sesotho": "ha",
}
# A street by its word after its name (maybe an ordinal before it: Sinhala `2 වන පටුමග`, the second lane), its number
# after it or not; the English words only with a number (`KG 11 Ave`, `Street 51`); Burmese glues the word to the
# street's name (`ဗိုလ်ချုပ်လမ်း`).
_STREET_KIND = {
    "Georgian": "ქუჩა|ქ.|გამზირი|გამზ.|შესახვევი|ჩიხი", "Armenian": "փողոց|փ.|պողոտա|պող.|նրբանցք",
    "Azerbaijani": "küçəsi|küç.|prospekti", "Uzbek": "ko'chasi|koʻchasi|ko'ch.|кўчаси|кўч.", "Mongolian": "гудамж",
    "Amharic": "መንገድ", "Khmer": "ផ្លូវ", "Sinhala": "පාර|වීදිය|මාවත|පටුමග",
    # (twentieth attack) a tole or a road in Kathmandu, a road or a lane in Dhaka, a street in Malé and Ashgabat
    "Nepali": "टोल|मार्ग|सडक", "English (Nepal)": "tole|marg", "Bengali": "রোড|সড়ক|লেন",
    "Dhivehi": "magu|hingun|goalhi|މަގު|ހިނގުން|ގޮޅި", "Turkmen": "köçesi|köçe|şaýoly",
    "Tibetan (twenty-second attack)": "ལམ",
}
_STREET_NUMBERED_KIND = {"English": "avenue|ave|street|road"}
_STREET_GLUED_KIND = {"Burmese": "လမ်း"}
# (twenty-ninth attack) Pashto's house and lane (`کور ۱۲، کوڅه ۳`, as Dari's `خانه`, `کوچه`); Uyghur's road and street
# after their name (`يەنئەن يولى`).
_HOUSE_KIND["Pashto"] = "کور"
_NAMED_FIRST_KIND["Pashto"] = "کوڅه|کوڅې"
_STREET_KIND["Uyghur"] = "يولى|كوچىسى"
# (thirty-eighth attack) a villa in the Gulf and an area named before it (`منطقة البرشاء، فيلا ٧،`); Egypt's floor
# beside the flat (`شقة ٤، الدور ٣،`); Persian's building and boulevard (`نبش کوچه ۵، ساختمان ۷`)
_HOUSE_KIND["Arabic"] += "|فيلا"
_NAMED_FIRST_KIND["Arabic"] += "|منطقة"
_FLAT_KIND["Arabic"] += "|الدور|الطابق|طابق"
_HOUSE_KIND["Persian"] = "ساختمان"
_NAMED_FIRST_KIND["Persian"] = "بلوار|خیابان"


def _kind_words(*groups: Dict[str, str], glued: bool = False) -> str:
    """An alternation of the words or phrases of `groups` (kind -> words apart by `|`) in their canonical form in
    lower case, longest first; a word without its final dot is not glued to a letter after it (nor, unless `glued`,
    before it)."""
    words = _lexicon_words(*groups, separator="|")
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))  # (a position no word opens on fails at once)
    return ("" if glued else "(?<![^\\W\\d_])") + f"(?=[{firsts}])(?:" + "|".join(
        re.escape(word).replace("\\ ", "[ \\t]{1,3}") + ("" if word.endswith(".") else "(?![^\\W\\d_])")
        for word in words) + ")"


_NOT_A_YEAR = r"(?!19[0-9]{2}(?![0-9])|20[0-9]{2}(?![0-9]))"  # (`عمارة 2024، شارع الفن`: an exhibition's)


def _numbered(words: str) -> str:
    """A part named by one of `words` and its number, either way round (`ბინა 12`, `House No. 123`, `15-uy`, `1-р
    хороо`, `1st khoroo`, `45 тоот`)."""
    return (f"(?:{words}[ \\t]{{0,3}}(?:(?:no\\.?|n°|#|br\\.)[ \\t]{{0,3}})?{_NOT_A_YEAR}"
            f"[0-9]{{1,5}}(?:[a-z]|/[0-9]{{1,4}})?(?![0-9])"
            f"|(?<![\\w.,/])[0-9]{{1,5}}(?:-?(?:p|st|nd|rd|th))?[ \\t-]{{0,3}}{words})")


# Two parts side by side, one of them a home's unit by its number, the other a home's unit, a numbered district or a
# street: apart by a comma, a Burmese, Devanagari, Tibetan or Arabic stop, a line break or blanks (Khmer writes the
# parts apart by blanks: `ផ្ទះលេខ ២៣ ផ្លូវ ៥១`).
_HOME_PART = _numbered(_kind_words(_HOUSE_KIND, _FLAT_KIND))
_OTHER_PART = (f"(?:{_HOME_PART}|{_numbered(_kind_words(_DISTRICT_KIND, _STREET_KIND, _STREET_NUMBERED_KIND))}"
               f"|{_numbered(_kind_words(_NAMED_FIRST_KIND))}"
               f"|{_kind_words(_NAMED_FIRST_KIND)}(?:[ \\t]{{1,3}}[^\\s\\d,;:|]{{1,30}}){{1,3}}"
               f"(?:[ \\t]{{1,3}}[0-9]{{1,5}})?"  # (twentieth attack: its number may end it, `кӯчаи Рӯдакӣ 45`)
               f"|(?:[^\\s,;:|၊။]{{1,30}}[ \\t]{{1,3}}){{0,3}}{_kind_words(_STREET_KIND)}"
               f"|[^\\s\\d,;:|၊။]{{1,30}}?{_kind_words(_STREET_GLUED_KIND, glued=True)})")
_PART_APART = r"(?:[ \t]{0,3}[,;،၊।།|\n\r][ \t]{0,3}|[ \t]{1,3})"  # (Tibetan's shad `།` too)
_HOUSE_PART = _numbered(_kind_words(_HOUSE_KIND))
_PARCEL_PART = _numbered(_kind_words(_PARCEL_KIND))
_KIND_LINES = re.compile(f"(?:{_HOME_PART}{_PART_APART}{_OTHER_PART}|{_OTHER_PART}{_PART_APART}{_HOME_PART}"
                         f"|{_PARCEL_PART}{_PART_APART}{_HOUSE_PART}|{_HOUSE_PART}{_PART_APART}{_PARCEL_PART})"
                         f"(?!{_PART_APART}{_PART_NOUN})")  # (a toy's or a book's noun next: `فيلا ٧، مجسم`)
# A plot or a house by its number opening the address, then two parts of words, a place and a town, ended as a field
# or a sentence is (`Plot 45, Msasani Peninsula, Dar es Salaam`), capitalized as an address writes them.
# (nineteenth attack) a house, a flat or an allotment by its word in Fijian, Kreyol, Croatian, Albanian and Tok Pisin
# English, any case, and a place numbered in its town (`Kay 14, Delmas 33, Pòtoprens`, `Plot 45, Gerehu Stage 2,`):
# after an English plot or house, a place of two words or more (`House 2, Season 1,` is a box set's).
_OPENING_UNIT_KIND = {"English": "plot|house|allotment", "English (Zimbabwe)": "stand"}
# (twentieth attack) a plot or a stand by its number after a label's colon, then a place (one to three words: _PLACE)
# and a comma, whatever follows (`Deliver to: Plot 5028, Kabulonga, leave with the guard`)
_LABELLED_UNIT_KIND = {"English (Zambia, Zimbabwe)": "plot|stand|allotment"}
_LOCAL_OPENING_UNIT_KIND = {"Fijian": "vale", "Kreyol": "kay", "Croatian": "stan|kuća", "Albanian": "pallati",
                            "French (Benin; twenty-first attack)": "carré"}
# (twenty-first attack) a plot named by a word no other text opens on with a number (an erf in Namibia and South
# Africa), then a place of one to three words ending the field (`Erf 1234, Klein Windhoek`)
_PLOT_PLACE_KIND = {"Afrikaans and English (Namibia, South Africa)": "erf"}
_OPENING_NUMBER = r"(?:[ \t]{1,3}(?i:no|br)\.?)?[ \t]{0,3}[0-9]{1,5}[A-Za-z]?,[ \t]{1,3}"
_PLACE = f"(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,2}}{_NAME_WORD}"
# Where a plot's line opens (the text, a line, a label's colon or a field) and where its place ends (a field's end or
# a sentence's).
_FIELD_START = r"(?:^|(?<=[\n\r:;|\"])[ \t]{0,3})"
_PLACE_END = r"(?=[ \t]{0,3}(?:$|[,;\n\r|\"]|[.!?](?![^\W\d_])))"
_PLOT_OPENING = re.compile(
    f"(?:{_FIELD_START}|(?<=[.!?][ \\t]))"  # (or a sentence: `Asante sana! Stand 1234,`)
    f"(?:{_any_case(_OPENING_UNIT_KIND, separator='|')}{_OPENING_NUMBER}"
    f"(?:(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,2}}{_NAME_WORD}[ \\t]{{1,3}}[0-9]{{1,3}}|{_PLACE})"
    f"|{_any_case(_LOCAL_OPENING_UNIT_KIND, separator='|')}{_OPENING_NUMBER}"
    f"{_PLACE}(?:[ \\t]{{1,3}}[0-9]{{1,3}})?),[ \\t]{{1,3}}{_NAME_WORD}"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,29}}){{0,3}}{_PLACE_END}"
    f"|(?<=:)[ \\t]{{0,3}}{_any_case(_LABELLED_UNIT_KIND, separator='|')}{_OPENING_NUMBER}{_PLACE}"
    f"[ \\t]{{0,3}},"
    # (twenty-first attack) a plot's long number (three digits or more: a box set's seasons are few) before a place
    # of one word numbered in its town (`Plot 12345, Extension 9, Gaborone`)
    f"|{_FIELD_START}(?:{_any_case(_OPENING_UNIT_KIND, separator='|')})"
    f"(?:[ \\t]{{1,3}}(?i:no)\\.?)?[ \\t]{{0,3}}[0-9]{{3,5}},[ \\t]{{1,3}}{_NAME_WORD}[ \\t]{{1,3}}[0-9]{{1,3}},"
    f"[ \\t]{{1,3}}{_NAME_WORD}{_PLACE_END}"
    f"|{_FIELD_START}(?:{_any_case(_PLOT_PLACE_KIND, separator='|')})[ \\t]{{0,3}}[0-9]{{1,6}},"
    f"[ \\t]{{1,3}}{_PLACE}{_PLACE_END}")
# What those layouts need, in one scan of the text in lower case (literals: most text holds none): a home's unit.
# (`d.` and Turkmen `öý`, `oy` in this form, end or hold too many words to be cues: the flat's `kv.` and the house's
# `jaý` beside them are)
_KIND_CUE = re.compile(by_first_letter([word for word in _lexicon_words(
    _HOUSE_KIND, _FLAT_KIND, _LOCAL_OPENING_UNIT_KIND, _PLOT_PLACE_KIND, separator="|") if word not in ("d.", "oy")]))


def _kind_lines(address: str) -> bool:
    """Whether folded `address` holds a layout of the eighteenth attack (_KIND_LINES, _PLOT_OPENING); a digit and a
    home unit's word first."""
    if _DIGIT.search(address) is None:
        return False
    lower = address.lower()
    return _KIND_CUE.search(lower) is not None and (
        _KIND_LINES.search(lower) is not None or _PLOT_OPENING.search(address) is not None)


# Layouts of the nineteenth attack (Pacific, Levant, Caribbean), their words lexicon data by kind, each behind a
# substring of its own (_NINETEENTH_CUE). A post office box or a private mail bag by its word and number opening the
# text, a line or a part, followed by the next part (`P.O. Box 4827, Apia`, `PMB 482, Boroko`, `BP 4821, 98845`).
_BOX_KIND = {
    "English": "P.O. Box|PO Box|P.O.Box|POB|PMB|Private Mail Bag|Private Bag|Locked Bag",
    "French": "BP|B.P.|Boite postale", "Spanish and Portuguese": "Apartado|Apdo.|Apartado postal|Casilla|Caixa Postal",
    "German": "Postfach", "Arabic (twenty-first attack)": "ص.ب|ص. ب|صندوق بريد|صندوق البريد",
    # (closer 107: the key lexicon's post boxes, personal_keys.POST_BOX_WORDS, and the Italian and Swiss ones)
    "English (more)": "Post Office Box|GPO Box|P.O.B.", "Dutch": "Postbus", "Danish and Norwegian": "Postboks",
    "Polish": "Skrytka pocztowa", "Italian": "Casella postale", "French (Switzerland)": "Case postale",
}
_BOX_SPELLINGS = {spelling for line in _BOX_KIND.values() for word in line.split("|")
                  for spelling in (canonical(word)[0], canonical(word)[0].upper())}  # (as written or in capitals)
_BOX_WORD = "|".join(re.escape(form).replace("\\ ", "[ \\t]{1,3}") + ("" if form.endswith(".") else "(?![^\\W\\d_])")
                     for form in sorted(_BOX_SPELLINGS, key=longest_first))
# What a box's layout needs (_UNMARKED_CUE): the first word of one of its words, as written or in capitals, built from
# the lexicon (every word a box's rules read is a cue, `Apartado 123 Managua` as `BP 1234 Lomé`; a word another one
# begins is enough: `PO` for `POB`).
_BOX_FIRST_WORDS = sorted({spelling.split(" ")[0] for spelling in _BOX_SPELLINGS})
_BOX_CUE_WORDS = [word for word in _BOX_FIRST_WORDS
                  if not any(other != word and word.startswith(other) for other in _BOX_FIRST_WORDS)]
# A box's word opening a part, maybe a number's sign, then a private bag's letter or not (`Private Bag X12`).
_BOX_OPENING = f"{_PART_START}[ \\t]{{0,3}}(?:{_BOX_WORD})[ \\t]{{0,3}}(?:(?i:no)\\.?|#)?[ \\t]{{0,3}}X?"
# (its number maybe in groups, as German writes one: `Postfach 10 20 30`)
_BOX = re.compile(f"{_BOX_OPENING}[0-9]{{1,6}}(?:[ \\t][0-9]{{2,3}}){{0,2}}(?![\\w/-]|[.,][0-9]){_LINE_END}")
# A street line and its house's number, then the crossing street or the two it stands between, maybe without a mark
# after it (`Calle 23 #1056 entre L y M`, `Mcal. López 2847 c/ Brasilia,`): the street by its word, or named after an
# abbreviated title; or named alone between two streets.
_CROSSING_KIND = {"Spanish": "entre|e/|esquina a|esquina|esq.|c/|casi"}
_CROSS_STREET = r"(?:[0-9]{1,3}|[A-Z](?:[^\W\d_]|['’-]){0,29})"
_CROSSED_LINE = re.compile(
    f"(?:{_UNIT_START}{_STREET_WORD}[ \\t]{{1,3}}(?:[0-9]{{1,3}}[A-Za-z]?|{_STREET_NAME})"
    f"|(?<![\\w.])[A-Z][a-z]{{1,4}}\\.[ \\t]{{1,3}}{_STREET_NAME})"
    f"[ \\t]{{1,3}}(?:#|(?i:n°|no\\.|nro\\.?))?[ \\t]{{0,2}}[0-9]{{1,5}}[A-Za-z]?[ \\t]{{1,3}}"
    f"(?:{_any_case(_CROSSING_KIND, separator='|')})[ \\t]{{0,3}}{_CROSS_STREET}"
    f"(?:[ \\t]{{1,3}}[yY][ \\t]{{1,3}}{_CROSS_STREET})?{_CODE_TOWN_END}"
    # (thirty-eighth attack) a street named alone, its number and the two streets it lies between, a place named next
    # (`Juárez 45 entre Hidalgo y Morelos, Col. Centro`; not a saga's `Saga 3 entre Sombras y Luz, tapa blanda`)
    f"|(?<![\\w'’.-]){_STREET_NAME}[ \\t]{{1,3}}{_NOT_A_YEAR}[0-9]{{1,5}}[A-Za-z]?[ \\t]{{1,3}}(?i:entre)[ \\t]{{1,3}}"
    f"{_CROSS_STREET}[ \\t]{{1,3}}[yY][ \\t]{{1,3}}{_CROSS_STREET}{_PLACE_NEXT}")
# A house's number after its word before a street word written first and its name, anywhere in a sentence (`at no. 12
# Kaya Flamboyan if not home`).
_NUMBER_BEFORE_STREET = re.compile(
    f"(?<![^\\W\\d_])(?i:no\\.|nr\\.|n°|#)[ \\t]{{0,3}}[0-9]{{1,5}}[A-Za-z]?[ \\t]{{1,3}}(?:{_TYPE_FIRST})[ \\t]{{1,3}}"
    f"{_PARTICLE}{{0,2}}{_NAME_WORD}")
# A house named by its word (Venezuela's `Qta. Mi Refugio`) as a part next to a street's or a quarter's part.
_NAMED_HOME_KIND = {"Spanish (Venezuela)": "qta.|quinta"}
_NAMED_HOME = re.compile(
    f"{_UNIT_START}(?:{_any_case(_NAMED_HOME_KIND, separator='|')})[ \\t]{{1,3}}{_PART_REST}[ \\t]{{0,3}},[ \\t]{{1,3}}"
    f"{_QUARTER_OR_STREET}{_PART_REST}{_LINE_END}")
# A street named with its English street word and no number, its plot's lot ending the address after two or three
# parts of words (Tonga: `Fatai Road, Kolofoʻou, Nukuʻalofa, lot 19`).
_PLOT_LAST_KIND = {"English (Tonga, Papua New Guinea)": "lot|allotment"}
_PLOT_LAST = re.compile(
    f"(?<![\\w'’-]){_NAME_WORD}[ \\t]{{1,3}}(?i:{_words(_AFTER_NAME)})\\.?"
    f"(?:,[ \\t]{{1,3}}[^\\W\\d_][^\\d,;|\\n\\r]{{0,39}}){{2,3}},"
    f"[ \\t]{{1,3}}(?:{_any_case(_PLOT_LAST_KIND, separator='|')})[ \\t]{{0,3}}[0-9]{{1,4}}(?![\\w-]){_CODE_TOWN_END}")
# The cue: a word of those lexicons (each rule needs one), or a house number's mark (_NUMBER_BEFORE_STREET's).
_NINETEENTH_CUE = re.compile(branches_by_first_letter("#|n°|no\\.|nr\\.|" + "|".join(
    re.escape(word).replace("\\ ", "[ \\t]{1,3}")
    for word in _lexicon_words(_BOX_KIND, _CROSSING_KIND, _NAMED_HOME_KIND, _PLOT_LAST_KIND, separator="|"))))


def _nineteenth_lines(address: str, kind_read: bool) -> bool:
    """Whether folded `address` holds a layout of the nineteenth attack (_BOX, _CROSSED_LINE, _NUMBER_BEFORE_STREET,
    _NAMED_HOME, _PLOT_LAST), or one of the eighteenth (_kind_lines) when `reason` has not read them (text in ASCII
    without a comma: `kuća br. 27 kod Maksimirske`); one scan for a word or a mark they need first."""
    lower = address.lower()
    if _NINETEENTH_CUE.search(lower) is None:
        return not kind_read and _kind_lines(address)
    return (_BOX.search(address) is not None or _CROSSED_LINE.search(address) is not None
            or _NUMBER_BEFORE_STREET.search(address) is not None or _NAMED_HOME.search(address) is not None
            or "," in address and _PLOT_LAST.search(address) is not None or not kind_read and _kind_lines(address))


# Layouts of the twentieth attack (Kathmandu, Malé, Douala), their words lexicon data by kind, read in the canonical
# form in lower case, behind one scan for a word they need (_TWENTIETH_CUE). A district by its number beside a street
# named by its word after its name (`Ward No. 4, Thamel Tole`, `वडा नं. ४, ठमेल टोल`); a house named after its
# abbreviated word beside such a street (Malé: `H. Blue Lagoon, Majeedhee Magu`, `ހ. ބްލޫ ލަގޫން، މަޖީދީ މަގު`); a
# quarter or a crossroads named as a part, then a part placing the house from a landmark (Douala: `Quartier Akwa,
# derrière la pharmacie`, `carrefour Kotto, maison bleue après la boulangerie`).
_NAMED_HOUSE_KIND = {"Dhivehi": "h.|ހ."}
_LANDMARK_PLACE_KIND = {"French (Cameroon)": "quartier|carrefour|rond-point|lieu-dit|lieu dit"}
_LANDMARK_KIND = {"French": "derriere|devant|apres|juste apres|en face de|en face du|en face des|a cote de|a cote du"
                            "|pres de|pres du|non loin de|face a|face au|en contrebas de"}
_STREET_AFTER = f"(?:[^\\s\\d,;:|]{{1,30}}[ \\t]{{1,3}}){{1,3}}{_kind_words(_STREET_KIND)}"
_TWENTIETH_LINES = re.compile(
    f"{_numbered(_kind_words(_DISTRICT_KIND))}{_PART_APART}{_STREET_AFTER}"
    f"|{_kind_words(_NAMED_HOUSE_KIND)}"
    f"[ \\t]{{0,3}}(?:[^\\s\\d,;:|]{{1,30}}[ \\t]{{1,3}}){{0,2}}[^\\s\\d,;:|]{{1,30}}[ \\t]{{0,3}},[ \\t]{{0,3}}"
    f"{_STREET_AFTER}"
    f"|{_kind_words(_LANDMARK_PLACE_KIND)}{_PART_REST}[ \\t]{{0,3}},[ \\t]{{1,3}}(?:[^,;|\\n\\r]{{0,40}}?[ \\t])?"
    f"{_kind_words(_LANDMARK_KIND)}[ \\t]{{1,3}}[^\\W\\d_]")
# (in lower case: a district's word of Nepal, a street's word of Malé, read from their tables, and the first words of a
# landmark's phrase; literals alone, one scan that skips to their first letters)
_TWENTIETH_CUE = re.compile("|".join(map(re.escape, _lexicon_words(
    {"English (Nepal)": _DISTRICT_KIND["English (Nepal)"], "Nepali": _DISTRICT_KIND["Nepali"],
     "Dhivehi": _STREET_KIND["Dhivehi"],
     "French": "derriere|devant|apres|en face|a cote|pres d|non loin|face a|contrebas"}, separator="|"))))


def _twentieth_lines(address: str) -> bool:
    """Whether folded `address` holds a layout of the twentieth attack (_TWENTIETH_LINES); one scan for a word it needs
    first."""
    lower = address.lower()
    return _TWENTIETH_CUE.search(lower) is not None and _TWENTIETH_LINES.search(lower) is not None



# Local layouts of the twenty-sixth attack's postal family (Thailand, the Philippines, Indonesia, Malaysia, Somalia,
# Nigeria, Kazakhstan, Estonia), each a line whose cue word is of a closed class and the next part of the address
# after it, lexicon data by language:
# - a Thai house number and its village number (`หมู่ 5`, `ม.5`; the canonical form drops the tone mark that tells
#   `หมู่` from `หมู`, pork, so the next part after a blank, `ตำบล`, `อำเภอ`, is needed too: `หมูปิ้ง 5 ไม้` is a dish);
# - a Philippine street line (a house number and `Kalye` and a name, or a `Purok` or `Sitio` and its number), then
#   a barangay and its name after a comma, a part of its own (`Kalye Kape, 250g` is a brand's coffee);
# - Indonesia's neighbourhood units by their words and numbers (`RT 02/RW 04`), or a lane (`Gg.`) named and
#   numbered as a line;
# - a Malaysian road named by a section's code (`Jalan SS 2/24`), then a postal code and its town;
# - a house's word and number and a street's word and name as two parts, in either order (Somali `Guriga 12`,
#   `Waddada ...`; Yoruba `Ile 12`, `Opopona ...`; Hausa `Gida mai lamba 12`, `Titin ...`);
# - a Kazakh street's name, its word after it (`Абай даңғылы 150`) and the house number as a line;
# - an Estonian street's name, its word apart (`tee`, `tänav`, `puiestee`, `mnt`), the house number, then a postal
#   code and its town ending the field (not a count: `Golf tee 50, 10000 Pieces`).
_LOCAL_HOUSE_WORDS = {"Somali": "Guriga Guri", "Yoruba": "Ile", "Hausa": "Gida"}
_LOCAL_STREET_WORDS = {"Somali": "Waddada Wadada Jidka", "Yoruba": "Opopona", "Hausa": "Titin Hanyar Layin"}
# (twenty-eighth attack) Swahili's house `Nyumba` (its number word `Na.`) and its street and road, `Mtaa wa`, `Barabara
# ya` (their `of` before the name); Kyrgyz streets as Kazakh's, their word after the name (`Токтогулова көч. 15`).
_LOCAL_HOUSE_WORDS["Swahili"] = "Nyumba"
_LOCAL_STREET_WORDS["Swahili"] = "Mtaa Barabara"
_LOCAL_STREET_OF = r"(?:[ \t]{1,3}(?:wa|ya))?"
_KK_STREET_AFTER = {"Kazakh": "даңғылы көшесі даңғ. көш.", "Kyrgyz": "көчөсү көч. проспектиси"}
_EE_STREET_APART = {"Estonian": "tee tänav tn. puiestee pst. maantee mnt."}
_NAME_RUN = f"{_NAME_WORD}(?:[ \\t]{{1,3}}{_NAME_WORD}){{0,2}}"
_PARTS_APART = r"[ \t]{0,3},[ \t]{1,3}"
# (each pattern opens on its cue word, so that a scan looks for that word first; what comes before it is a
# look-behind: a house number, or a name's letters and a blank)
_BEHIND_NUMBER = r"(?<=[0-9A-Za-z][ \t])"
_BEHIND_NAME = r"(?<=[^\W\d_]{2}[ \t])"
_LOCAL_HOUSE = (f"(?:{_words([word.capitalize() for word in _lexicon_words(_LOCAL_HOUSE_WORDS)])})"
                r"(?:[ \t]{1,3}(?:mai[ \t]lamba|No\.?|Na\.?))?[ \t]{1,3}[0-9]{1,5}[A-Za-z]?")
_LOCAL_STREET = (f"(?:{_words([word.capitalize() for word in _lexicon_words(_LOCAL_STREET_WORDS)])})"
                 f"{_LOCAL_STREET_OF}[ \\t]{{1,3}}{_NAME_RUN}")
_BARANGAY = f"(?:Barangay|Brgy\\.?|Bgy\\.?)[ \\t]{{1,3}}{_NAME_RUN}{_LINE_END}"
_LOCAL_LINES = (
    ((*_folded(["หมู่"]), "ม."), re.compile(
        f"{_BEHIND_NUMBER}(?:{_words(_folded(['หมู่']))}|ม\\.)[ \\t]{{0,3}}[0-9]{{1,3}}{_THAI_NEXT_PART}")),
    (("Kal",), re.compile(f"{_BEHIND_NUMBER}(?:Kalye|Kalsada)[ \\t]{{1,3}}{_NAME_RUN}{_PARTS_APART}{_BARANGAY}")),
    (("Purok", "Sitio"), re.compile(f"(?:Purok|Sitio)[ \\t]{{1,3}}[0-9]{{1,3}}[A-Za-z]?{_PARTS_APART}{_BARANGAY}")),
    (("RT",), re.compile(r"(?<!\w)RT\.?[ \t]{0,2}[0-9]{1,3}[ \t]{0,2}/?[ \t]{0,2}RW\.?[ \t]{0,2}[0-9]{1,3}(?!\w)")),
    (("Gg.",), re.compile(f"(?<![\\w.])Gg\\.[ \\t]{{1,3}}{_NAME_RUN}[ \\t]{{1,3}}No\\.?[ \\t]{{0,3}}"
                          f"[0-9]{{1,4}}[A-Za-z]?{_LINE_END}")),
    (("Jalan", "Jln", "Lorong", "Lrg", "Persiaran"), re.compile(
        f"(?:Jalan|Jln\\.?|Lorong|Lrg\\.?|Persiaran)[ \\t]{{1,3}}[A-Z]{{1,4}}[ \\t]?[0-9]{{1,3}}"
        f"(?:/[0-9]{{1,3}}[A-Za-z]{{0,2}})?{_PARTS_APART}[0-9]{{5}}[ \\t]{{1,3}}{_TOWN}")),
    ((), re.compile(f"(?:{_LOCAL_HOUSE}{_PARTS_APART}{_LOCAL_STREET}|{_LOCAL_STREET}{_PARTS_APART}{_LOCAL_HOUSE})"
                    f"{_LINE_END}")),
    ((" t", " p", " m"), re.compile(
        f"{_BEHIND_NAME}(?:{_words(_folded(_EE_STREET_APART['Estonian'].split()))})[ \\t]{{1,3}}{_HOUSE}"
        f"{_PARTS_APART}[0-9]{{5}}[ \\t]{{1,3}}"
        f"(?!(?i:{_words(_COUNT_NOUN_KIND['English'].split())})(?![^\\W\\d_])){_TOWN}{_FIELD_END}")),
)
# (read in lower case: the canonical form folds Cyrillic capitals to Latin look-alikes)
_KK_LINE = re.compile(f"{_BEHIND_NAME}(?:{_lexicon(_KK_STREET_AFTER)})[ \\t]{{1,3}}{_HOUSE_NUMBER}"
                      r"(?=[ \t]{0,3}[,;\n\r|][ \t,;\r\n]{0,3}[^\W_])")
_LOCAL_LINES_UNNUMBERED = _LOCAL_LINES[1:2]  # (`Kalye`'s: the one of them written without a digit)
_LOCAL_WORDS_CUE = re.compile(_words([word.capitalize() for word in _lexicon_words(_LOCAL_HOUSE_WORDS,
                                                                                   _LOCAL_STREET_WORDS)]))
# (every cue of _LOCAL_LINES in one scan, in C: most text holds none of them and loops over none)
_LOCAL_CUE = re.compile(branches_by_first_letter("|".join(
    [*(re.escape(cue) for cues, _ in _LOCAL_LINES for cue in cues), _LOCAL_WORDS_CUE.pattern])))
_KK_CUE = re.compile("|".join(re.escape(canonical(word)[0].lower())
                              for word in ["даңғ", "көш", "көч", "проспектиси"]))


def _local_lines(address: str, numbered: bool) -> bool:
    """Whether folded `address` holds one of the local layouts above (_LOCAL_LINES, _KK_LINE); each pattern only
    where its cue is (a substring test, or one scan), each one scan. `numbered`: `address` holds an ASCII digit, which
    every layout but the Philippine `Kalye` needs."""
    layouts = (_LOCAL_LINES if _LOCAL_CUE.search(address) is not None else ()) if numbered else (
        _LOCAL_LINES_UNNUMBERED)
    for cues, pattern in layouts:  # (no substring: one scan for words)
        if (any(cue in address for cue in cues) if cues else _LOCAL_WORDS_CUE.search(address) is not None) and (
                pattern.search(address) is not None):
            return True
    if not numbered or address.isascii():
        return False
    lower = address.lower()
    return _KK_CUE.search(lower) is not None and _KK_LINE.search(lower) is not None


# Layouts of the twenty-seventh attack (Malta, the Basque Country, Wales, Ireland, Brittany, Sri Lanka, Azerbaijan,
# Denmark), their words lexicon data by language, read in the canonical form, each followed by the next part:
# - the house number, then the street word and its name, its last word capitalized (Welsh `12 Heol y Frenhines`,
#   Irish `12 Sráid an Mhuilinn`, Breton `12 straed Sant-Mikael`);
# - Maltese `Triq`, the name (its article glued by a hyphen: `il-Kbira`) and the house number (`Triq il-Kbira 45`);
# - a street word after a name, then the house number (Basque `Nagusia kalea 12`, Azerbaijani `Nizami küçəsi 12`);
# - in Sri Lanka, a bare house number, a part of its own, then the lane's or the road's name and its word, Sinhala
#   or Tamil, an ordinal maybe before it (`12, 2 වන පටුමග,`, `இல. 12, காலி வீதி,`): their scripts' vowel signs are
#   no letters to the pattern engine, so a name's word is any run without a blank or a mark ending a part;
# - a Nordic street word with its capital after a name of two capitalized words, the second in the genitive (`Niels
#   Ebbesens Vej 12`), then a postal code and its town (as the lower-case word after one name, _STREET_LINES).
_CELTIC_STREET_FIRST = {"Welsh": "heol stryd ffordd", "Irish": "sráid bóthar ascaill", "Breton": "straed"}
_STREET_AFTER_NAME_27 = {"Basque": "kalea etorbidea pasealekua", "Azerbaijani": "küçəsi prospekti döngəsi"}
_LANKAN_STREET = {"Sinhala": "පටුමග පාර මාවත වීදිය", "Tamil": "வீதி சாலை தெரு ஒழுங்கை"}
_NORDIC_CAPITAL = _words(_folded("Vej Vei Veg Gade Gate Gata Gatan Vägen Väg".split()))
# (a year and the noun of a release after it is no postal code and town: `Star Wars Gate 3, 2019 Edition`)
_RELEASE_NOUNS = ("edition remaster remastered version collection season release deluxe limited special anniversary "
                  "ultimate premium complete definitive tour")
_LANKAN_WORD = r"[^\s,;:|،]{1,30}"


def _any_case_cue(words: List[str]) -> re.Pattern[str]:
    """One scan for `words` in any case: their first letters looked ahead for, then their branches grouped by first
    letter (a position tries one test, not every word)."""
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(f"(?i:(?=[{firsts}])(?:{branches_by_first_letter(_words(words))}))")


_CELTIC_CUE = _any_case_cue(_lexicon_words(_CELTIC_STREET_FIRST))
_AFTER_NAME_27_CUE = _any_case_cue(_lexicon_words(_STREET_AFTER_NAME_27))
_NORDIC_CAPITAL_CUE = re.compile(f"s[ \\t](?:{_NORDIC_CAPITAL})(?![^\\W\\d_])")
# (each pattern behind its own cue, one scan in C: a value made of one layout's word repeated scans one pattern)
_LINES_27 = (
    (_CELTIC_CUE, re.compile(
        f"{_HOUSE},?[ \\t]{{1,3}}{_any_case(_CELTIC_STREET_FIRST)}[ \\t]{{1,3}}(?:(?:[yY]|{_WORD})[ \\t]{{1,3}}){{0,3}}"
        f"{_NAME_WORD}{_LINE_END}")),
    (re.compile("Triq"), re.compile(
        f"(?<![^\\W\\d_])Triq[ \\t]{{1,3}}(?:(?:[a-z]{{1,3}}-)?{_NAME_WORD}[ \\t]{{1,3}}){{1,3}}{_HOUSE_NUMBER}"
        f"(?![0-9]){_LINE_END}")),
    (_AFTER_NAME_27_CUE, re.compile(
        f"{_BEHIND_NAME}{_any_case(_STREET_AFTER_NAME_27)}[ \\t]{{1,3}}{_HOUSE_NUMBER}(?![0-9]){_LINE_END}")),
    (_NORDIC_CAPITAL_CUE, re.compile(
        f"(?<![\\w'’-])[A-Z][^\\W\\d_]{{1,20}}[ \\t]{{1,3}}[A-Z][^\\W\\d_]{{1,20}}s[ \\t](?:{_NORDIC_CAPITAL})"
        f"(?![^\\W\\d_]){_NUMBER_AFTER}{_UNIT}(?![0-9]|[.,][0-9])"
        f"(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?!(?:19|20)[0-9]{{2}}[ \\t]{{1,3}}"
        f"(?i:{_words(_RELEASE_NOUNS.split())})(?![^\\W\\d_]))"
        f"(?:[0-9]{{4}}|[0-9]{{3}}[ \\t][0-9]{{2}})[ \\t]{{1,3}}[A-Z])")),
)
_LANKAN_LINE = re.compile(
    f"(?<![\\w.,/+-])[0-9]{{1,5}}(?:/[0-9]{{1,4}})?[A-Za-z]?,[ \\t]{{0,3}}(?:{_LANKAN_WORD}[ \\t]{{1,3}}){{0,3}}"
    f"(?:{_words(_folded(_LANKAN_STREET['Sinhala'].split() + _LANKAN_STREET['Tamil'].split()))})"
    f"(?=[ \\t]{{0,3}}[,;\\n\\r|][ \\t,;\\r\\n]{{0,3}}[^\\s,;|])")
_LANKAN_CUE = re.compile(_words(_folded(_LANKAN_STREET["Sinhala"].split() + _LANKAN_STREET["Tamil"].split())))


def _lines_27(address: str, is_ascii: bool) -> bool:
    """Whether folded `address` holds a line of the twenty-seventh attack's layouts (_LINES_27, _LANKAN_LINE), each
    behind one scan for its words."""
    return (any(cue.search(address) is not None and pattern.search(address) is not None for cue, pattern in _LINES_27)
            or not is_ascii and _LANKAN_CUE.search(address) is not None and _LANKAN_LINE.search(address) is not None)


# Layouts of the twenty-eighth attack (the Baltic, Nepal, Mongolia, Rwanda, Israel, the Faroes, Greenland, Morocco,
# Somalia), their words lexicon data by language, read in the canonical form, each behind one scan for its words:
# - a Baltic street, its word after a capitalized name (Lithuanian `g.`, `gatvė`, `pr.`, Latvian `iela`, `gatve`,
#   `bulvāris`), the house number, then a flat by its word (Latvian `dz.`, Lithuanian `butas`) or the next part, a
#   town maybe after its postal code, ending the field (`Petrauskas g. 15-42, LT-01103 Vilnius`, `Bērziņa iela 15
#   dz. 42`; not `Lavazza g. 250, Espresso 2x`);
# - a ward's or a khoroo's word and number as a part of its own, between two parts (Nepali `…, वडा नं. ४, काठमाडौं`,
#   Mongolian `…, 1-р хороо, …`): no other part of a text is a ward's number;
# - a Nepali house's word and number (`घर नं १५`), then a street's name and its word (`मार्ग`, `सडक`, `टोल`);
# - a street's word after its name with the house number (Greenlandic `Aqq.`, `Aqqutaa`: `Lyngeqap Aqq. 15`), a
#   Moroccan alley first and its number's sign (`Derb Alaoui n° 15`), the Hebrew street's and flat's abbreviations
#   (`רח' זילברשטיין 15 ד' 42`), each followed by the next part;
# - a Faroese street glued to its word (`-gøta`, `-vegur`), the house number, a postal code of three digits and its
#   town (`Joensenagøta 15, 700 Klaksvík`);
# - Kigali's street codes (`KG 7 Ave`: a district's letters, the street's number, its word), followed by the next part;
# - a Somali district and quarter by their words, two parts (`Degmada Hodan, Xaafadda Xasan`).
_BALTIC_STREET_AFTER = {"Lithuanian": "g. gatvė pr. prospektas al. alėja", "Latvian": "iela gatve bulvāris bulv."}
_BALTIC_FLAT = {"Lithuanian": "butas bt.", "Latvian": "dz. dzīv."}
_WARD_KIND = {"Nepali": "वडा", "Mongolian": "хороо"}
_NP_HOUSE = {"Nepali": "घर"}
_NP_STREET_AFTER = {"Nepali": "मार्ग सडक टोल पथ गल्ली"}
_STREET_AFTER_NAME_28 = {"Kalaallisut": "aqq. aqqutaa"}
_ALLEY_FIRST_28 = {"Moroccan": "Derb Zenqat Zankat"}
_FO_STREET_GLUED = {"Faroese": "gøta vegur"}
_SO_DISTRICT = {"Somali": "Degmada"}
_SO_QUARTER = {"Somali": "Xaafadda Xaafada"}
_PART_END_28 = r"(?=[ \t]{0,3}[,;\n\r|،।][ \t,;\r\n]{0,3}[^\W_])"
_BALTIC_CUE = re.compile(f"(?:{_any_case(_BALTIC_STREET_AFTER)})")
_BALTIC_LINE = re.compile(
    f"(?<![\\w'’-]){_NAME_WORD}[ \\t]{{1,3}}{_any_case(_BALTIC_STREET_AFTER)}[ \\t]{{1,3}}{_HOUSE}"
    f"(?:[ \\t]{{0,3}},?[ \\t]{{1,3}}{_any_case(_BALTIC_FLAT)}[ \\t]{{0,3}}[0-9]{{1,4}}{_FIELD_END}"
    f"|(?=[ \\t]{{0,3}},[ \\t]{{1,3}}(?:L[TV]-?[0-9]{{4,5}}[ \\t]{{1,3}})?{_TOWN}{_FIELD_END}))")
_WARD_CUE = re.compile(_words(_lexicon_words(_WARD_KIND)))
_WARD_PART = re.compile(
    f"[,;\\n\\r|،।][ \\t]{{0,3}}(?:(?:{_words(_lexicon_words(_WARD_KIND))})[ \\t]{{0,3}}"
    f"(?:{_words(_folded(['नं.', 'नं', 'न.', 'नम्बर', 'No.']))})?[ \\t]{{0,3}}[0-9]{{1,3}}"
    f"|[0-9]{{1,3}}-?(?i:{_words(_folded(['р', 'р.', 'дугаар', 'dugaar']))})?[ \\t]{{1,3}}"
    f"(?i:{_words(_lexicon_words(_WARD_KIND))})){_PART_END_28}")
_NP_HOUSE_LINE = re.compile(
    f"(?:{_words(_lexicon_words(_NP_HOUSE))})[ \\t]{{0,3}}(?:{_words(_folded(['नं.', 'नं', 'न.', 'नम्बर']))})?"
    f"[ \\t]{{0,3}}[0-9]{{1,4}}{_PART_APART}(?:[^\\s,;|،।]{{1,30}}[ \\t]{{1,3}}){{1,3}}"
    f"(?:{_words(_lexicon_words(_NP_STREET_AFTER))}){_PART_END_28}")
_NP_HOUSE_CUE = re.compile(_words(_lexicon_words(_NP_HOUSE)))
_LINES_28 = (
    (re.compile(f"(?i:{_words(_lexicon_words(_STREET_AFTER_NAME_28))})"), re.compile(
        f"{_BEHIND_NAME}{_any_case(_STREET_AFTER_NAME_28)}[ \\t]{{1,3}}{_HOUSE_NUMBER}(?![0-9]){_LINE_END}")),
    (re.compile(_words([word.capitalize() for word in _lexicon_words(_ALLEY_FIRST_28)])), re.compile(
        f"(?<![^\\W\\d_])(?:{_words([word.capitalize() for word in _lexicon_words(_ALLEY_FIRST_28)])})"
        f"(?:[ \\t]{{1,3}}{_NAME_WORD}){{1,3}}{_NUMBER_AFTER}(?![0-9]){_LINE_END}")),
    (re.compile("(?i:" + _words(_lexicon_words(_FO_STREET_GLUED)) + ")"), re.compile(
        f"(?<![\\w'’-])[A-Z][^\\W\\d_]{{1,25}}(?:{_words(_lexicon_words(_FO_STREET_GLUED))})[ \\t]{{1,3}}"
        f"{_HOUSE_NUMBER}(?![0-9]),[ \\t]{{1,3}}[1-9][0-9]{{2}}[ \\t]{{1,3}}{_TOWN}{_FIELD_END}")),
    (re.compile("K[GNK] "), re.compile(
        f"(?<![\\w-])K[GNK][ \\t][0-9]{{1,4}}[ \\t](?:Ave|St|Rd)\\.?{_LINE_END}")),
    (re.compile(_words(_lexicon_words(_SO_DISTRICT)), re.IGNORECASE), re.compile(
        f"(?i:{_words(_lexicon_words(_SO_DISTRICT))})[ \\t]{{1,3}}{_NAME_RUN}{_PARTS_APART}"
        f"(?i:{_words(_lexicon_words(_SO_QUARTER))})[ \\t]{{1,3}}{_NAME_RUN}{_LINE_END}")),
)
_HE_STREET_LINE = re.compile(
    f"(?<![\\u05d0-\\u05ea])רח'[ \\t]{{0,3}}(?:{_RTL_WORD}[ \\t]{{1,3}}){{1,3}}[0-9]{{1,4}}"
    f"(?:[ \\t]{{1,3}}(?:ד'|דירה)[ \\t]{{0,3}}[0-9]{{1,4}})?{_LINE_END}")


# Layouts of the twenty-ninth attack (Sápmi, Papua New Guinea, Jamaica, Yucatán, Luxembourg, Xinjiang), their words
# lexicon data by language, read in the canonical form, each behind one test for its words or marks:
# - a Northern Sámi street word after the street's name, then the house number and the next part (`Guovdageainnu
#   geaidnu 5, 9520 Guovdageaidnu`), as Basque's and Azerbaijani's (_LINES_27);
# - Tok Pisin's section and its lot, a plot as Papua New Guinea writes it (`Seksen 12, Lot 5, …`): no shop's section
#   is `seksen`;
# - a line opening on its house number, then a town and its district's number, then a country's name ending the field
#   (Jamaica's `12 Hope Road, Kingston 6, Jamaica`; not `12 Angry Men, Season 2`: no country);
# - a street of Yucatán, its house's number after its mark (`#`, `No.`), then the crossing street after `x` or `por`,
#   maybe the second after `y` (`Calle 60 #123 x 45 y 47,`), as `entre … y …` is read (_CROSSED_LINE; the mark is
#   needed here: `Calle 60 x 45 cm` is a size);
# - a home by its unit's word and number (_DWELLING: `Maison 12`), then a postal code after its country's letter and
#   a dash and the town ending the field (Luxembourg's `Maison 12, L-9515 Wiltz`);
# - a Uyghur street's name and word (_STREET_KIND), then the house's number before its word for a number
#   (`يەنئەن يولى ١٢-نومۇر`; a size alone, `42-نومۇر`, is no address).
_SE_STREET_AFTER = {"Northern Sami": "geaidnu gáhta luodda bálggis"}
_TPI_SECTION = {"Tok Pisin": "seksen"}
_TPI_LOT = {"Tok Pisin and English": "lot alotmen allotment"}
_CROSSING_MARKED_KIND = {"Spanish (Yucatán)": "x|×|por"}
_UG_NUMBER_KIND = {"Uyghur": "نومۇر"}
_LINES_29 = (
    (tuple(_lexicon_words(_SE_STREET_AFTER)), re.compile(
        f"{_BEHIND_NAME}{_any_case(_SE_STREET_AFTER)}[ \\t]{{1,3}}{_HOUSE_NUMBER}(?![0-9]){_LINE_END}")),
    (tuple(_lexicon_words(_TPI_SECTION)), re.compile(
        f"{_UNIT_START}{_any_case(_TPI_SECTION)}[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?[ \\t]{{0,3}},?[ \\t]{{1,3}}"
        f"{_any_case(_TPI_LOT)}[ \\t]{{0,3}}[0-9]{{1,4}}[A-Za-z]?(?![\\w-]){_LINE_END}")),
)
# (Yucatán's and Luxembourg's lines are read from their mark or their code on, the part before them then read in a
# window that ends there: a search skips to the mark's or the comma's character in C)
_CROSSED_BY_MARK = re.compile(
    f"(?:#|[Nn]°|[Nn][Oo]\\.|[Nn][Rr][Oo]\\.?)[ \\t]{{0,2}}[0-9]{{1,5}}[A-Za-z]?[ \\t]{{1,3}}"
    f"(?:{_any_case(_CROSSING_MARKED_KIND, separator='|')})[ \\t]{{1,3}}{_CROSS_STREET}"
    f"(?:[ \\t]{{1,3}}[yY][ \\t]{{1,3}}{_CROSS_STREET})?{_CODE_TOWN_END}")
_STREET_BEFORE_MARK = re.compile(
    f"{_UNIT_START}{_STREET_WORD}[ \\t]{{1,3}}(?:[0-9]{{1,3}}[A-Za-z]?|{_STREET_NAME})[ \\t]{{1,3}}$")
_PREFIXED_CODE_TOWN = re.compile(
    f",[ \\t]{{1,3}}[A-Z]{{1,2}}-[0-9]{{4,5}}[ \\t]{{1,3}}{_TOWN}(?:[ \\t]{_TOWN})?{_CODE_TOWN_END}")
_DWELLING_BEFORE_CODE = re.compile(f"{_UNIT_START}{_DWELLING}[ \\t]{{0,3}}$")
_WINDOW = 120  # (the characters a street's or a home's part may take before the mark or the comma)
# (a release's or a part's noun and its number is no town and district: `5 Seconds Summer, Volume 3, Jamaica`)
_PART_NOUNS_29 = _RELEASE_NOUNS + " " + _PART_NOUN_KIND["English"]
_DISTRICT_CUE = re.compile("[0-9],[ \\t]")
_TOWN_DISTRICT_COUNTRY = re.compile(
    f"{_HOUSE}[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{0,2}}{_NAME_WORD},[ \\t]{{1,3}}"
    f"(?!(?i:{_words(_PART_NOUNS_29.split())})(?![^\\W\\d_])){_TOWN}(?:[ \\t]{_TOWN})?"
    f"[ \\t]{{1,3}}[0-9]{{1,2}},[ \\t]{{1,3}}((?:{_TOWN}[ \\t]{{1,3}}){{0,2}}{_TOWN}){_FIELD_END}")
_UG_LINE = re.compile(
    f"(?:[^\\s\\d,;:|،]{{1,30}}[ \\t]{{1,3}}){{1,3}}{_kind_words(_STREET_KIND)}[ \\t]{{1,3}}"
    f"{_numbered(_kind_words(_UG_NUMBER_KIND))}")


_UG_NUMBER_WORDS = tuple(_lexicon_words(_UG_NUMBER_KIND))


def _lines_29(address: str, is_ascii: bool, numbered: bool) -> bool:
    """Whether folded `address` holds a line of the twenty-ninth attack's layouts (above), each only where a substring
    it needs is, in lower case (its words, a house's mark), or a dash or a comma and the characters around it (substring
    tests in C, then one scan for a character class: most text holds none). `numbered`: `address` holds an ASCII
    digit, which every layout but the town, district and country needs."""
    if not numbered:
        return ", " in address and _DISTRICT_CUE.search(address) is not None and any(
            _country(letters_key(match.group(1))) for match in _TOWN_DISTRICT_COUNTRY.finditer(address))
    lower = address.lower()
    if any(any(cue in lower for cue in cues) and pattern.search(address) is not None for cues, pattern in _LINES_29):
        return True
    # (the mark's characters in C first: `#`, `N°`, `No.`, `Nro`)
    if ("#" in address or "n°" in lower or "no." in lower or "nro" in lower) and any(
            _STREET_BEFORE_MARK.search(address, max(0, match.start() - _WINDOW), match.start()) is not None
            for match in _CROSSED_BY_MARK.finditer(address)):
        return True
    if "-" in address and any(_DWELLING_BEFORE_CODE.search(address, max(0, match.start() - _WINDOW), match.start())
                              is not None for match in _PREFIXED_CODE_TOWN.finditer(address)):
        return True
    if ", " in address and _DISTRICT_CUE.search(address) is not None and any(
            _country(letters_key(match.group(1))) for match in _TOWN_DISTRICT_COUNTRY.finditer(address)):
        return True
    if is_ascii:
        return False
    return any(word in lower for word in _UG_NUMBER_WORDS) and _UG_LINE.search(lower) is not None


def _lines_28(address: str, is_ascii: bool, numbered: bool) -> bool:
    """Whether folded `address` holds a line of the twenty-eighth attack's layouts (above), each behind one scan for
    its words. `numbered`: `address` holds an ASCII digit, which every layout but the Somali parts needs."""
    if not numbered:
        cue, pattern = _LINES_28[-1]  # (the Somali district and quarter: no number)
        return cue.search(address) is not None and pattern.search(address) is not None
    if _BALTIC_CUE.search(address) is not None and _BALTIC_LINE.search(address) is not None or any(
            cue.search(address) is not None and pattern.search(address) is not None for cue, pattern in _LINES_28):
        return True
    return not is_ascii and (
        _WARD_CUE.search(address) is not None and _WARD_PART.search(address) is not None
        or _NP_HOUSE_CUE.search(address) is not None and _NP_HOUSE_LINE.search(address) is not None
        or "רח'" in address and _HE_STREET_LINE.search(address) is not None)

# Layouts of the thirtieth attack, each behind a test in C of what it needs. A Turkish line: a street's or a
# quarter's word written apart (`Sok.`, `Cad.`, `Mah.`), the house's number after `No:`, maybe a flat after `D:`,
# `Daire:` or `Kat:`, then the district and the province joined by `/` ending the field, maybe after the postal code,
# as Turkey writes the last part (`Atatürk Mah. 123. Sok. No:5 Daire:3 Çankaya/Ankara`, `… D:5 34710 Kadıköy/İstanbul`).
# A Russian line from the country down ending on the house:
# a street's abbreviated word (`ул.`, `пер.`, `пр-т`, `наб.`), its name, a comma and the house after `д.` ending the
# field (`…, г. Москва, ул. Мясницкая, д. 7`; the name capitalized, not `ул. размер`; the house before a comma is
# _STREET_LINES'). An Arabic line after its district: `حي` ("quarter") and its name, a comma, then `شارع` ("street"),
# its name and the building's number ending the field (`الرياض، حي النخيل، شارع التخصصي ٤٥٢١`). Lexicon data by
# language, as folded.
_TR_STREET_APART = {"Turkish": "Sk. Sok. Sokak Sokagi Cad. Cd. Caddesi Cadde Bulvari Blv. Mah. Mahallesi"}
_TR_FLAT = {"Turkish": "D Daire Kat"}
_RU_STREET_ABBREVIATED = {"Russian": "ул. пер. пр-т просп. наб. б-р ш. пл. туп."}
_AR_QUARTER = {"Arabic": "حي"}
# (closer 236: a flat's door, `D:` or `Daire`, after the house, then its district alone: `İstiklal Cd. No:12 D:4
# Beyoğlu`; not a floor's `Kat`, a shelf's tier as often)
_TR_FLAT_PART = (f"[ \\t]{{1,3}}(?:{_words(_TR_FLAT['Turkish'].split())})[ \\t]?[:.][ \\t]{{0,3}}"
                 f"[0-9]{{1,4}}[A-Za-z]?")
_TR_DOOR_PART = (f"[ \\t]{{1,3}}(?:{_words(_TR_FLAT['Turkish'].split()[:2])})[ \\t]?[:.][ \\t]{{0,3}}"
                 f"[0-9]{{1,4}}[A-Za-z]?")
_TR_LINE = re.compile(
    f"(?<=[ \\t])(?:{_words(_folded(_TR_STREET_APART['Turkish'].split()))})[ \\t]{{1,3}}No[ \\t]?[:.][ \\t]{{0,3}}"
    f"[0-9]{{1,4}}[A-Za-z]?(?:(?:{_TR_FLAT_PART})?,?[ \\t]{{1,3}}(?:[0-9]{{5}}[ \\t]{{1,3}})?"
    f"{_TOWN}[ \\t]?/[ \\t]?{_TOWN}"
    f"|{_TR_DOOR_PART},?[ \\t]{{1,3}}{_TOWN}){_FIELD_END}")
_RU_LINE = re.compile(
    f"(?<![^\\W\\d_])(?:{_words(_folded(_RU_STREET_ABBREVIATED['Russian'].split()))})[ \\t]{{0,3}}"
    f"[A-ZА-ЯЁЄІЇ][^\\s,;]{{0,40}}(?:[ \\t]{{1,3}}[^\\W\\d_][^\\s,;]{{0,40}}){{0,2}},[ \\t]{{0,3}}д\\.[ \\t]{{0,3}}"
    f"[0-9]{{1,4}}[^\\W\\d_]?{_FIELD_END}")
_AR_QUARTER_STREET = re.compile(
    f"(?<![^\\W\\d_])(?:{_words(_folded(_AR_QUARTER['Arabic'].split()))})[ \\t]{{1,3}}"
    f"(?:{_RTL_WORD}[ \\t]{{1,3}}){{0,2}}{_RTL_WORD}{_GAP},{_GAP}(?:{_TYPE_FIRST_ANY_CASE})[ \\t]{{1,3}}"
    f"(?:{_RTL_WORD}[ \\t]{{1,3}}){{0,2}}{_RTL_WORD}"
    f"[ \\t]{{1,3}}{_NOT_A_YEAR}[0-9]{{1,5}}(?![0-9]){_FIELD_END}")
_AR_QUARTER_CUE = _folded(_AR_QUARTER["Arabic"].split())[0] + " "


# Two layouts of the thirtieth attack written with no mark at all (unmarked_30_cued): a US street line (the number
# first, its street word last, maybe a suite) before the town, the state's code of the closed class of US states and
# the ZIP code ending the field (`1427 Wexford Hollow Dr Suite 200 Columbus OH 43215`; not `Route 66 Map Kit CA
# 90210`, no street word); a German or Dutch street glued to its word as a search box types it, in lower case, its
# house number and the town's word ending the text (`lieferung nach sonnenblumenweg 17 münchen`; not a size or a
# count after the number: `fahrradweg 12 zoll`). Lexicon data.
_US_STATES = frozenset(("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
                        "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU").split())
_US_UNMARKED = re.compile(
    f"{_HOUSE}[ \\t]{{1,3}}(?:{_WORD}[ \\t]{{1,3}}){{1,3}}(?i:{_words(_AFTER_NAME)})\\.?{_FLAT_AFTER}"
    f"[ \\t]{{1,3}}(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,3}}(?:{'|'.join(sorted(_US_STATES))})[ \\t][0-9]{{5}}"
    f"[ \\t]{{0,3}}$")
_LOWER_AFTER_NUMBER = {"German": "zoll teile teilig stuck stk jahre jahren monate liter meter grad watt volt mal "
                                 "seiten euro", "Dutch": "stuks delig jaar maanden"}
_LOWER_GLUED = re.compile(
    f"(?<![^\\W\\d_])[a-zß]{{4,25}}(?:{_words(_GLUED_AFTER_NUMBER)})[ \\t]{{1,3}}{_NOT_A_YEAR}[0-9]{{1,4}}[a-z]?"
    f"[ \\t]{{1,3}}(?!(?:{_words(_lexicon_words(_LOWER_AFTER_NUMBER))})$)[a-zß]{{3,25}}[ \\t]{{0,3}}$")


def unmarked_30_cued(form: str) -> bool:
    """Whether `form` may end as a layout above does: a blank, a state's code, a blank and five digits; or a text in
    lower case holding a digit, or ending on one after two blanks at least (a search box's address ending on its house
    number or its ZIP code: searched_address; string tests and a set lookup first)."""
    return len(form) > 16 and form[-6:-5] == " " and form[-8:-6] in _US_STATES and form[-5:].isdigit() and (
        form[-9:-8] == " ") or (form[-1:].islower() or form[-1:].isdigit() and form.count(" ") > 1) and (
        form.islower()) and _DIGIT.search(form) is not None


def _unmarked_30(form: str) -> bool:
    """Whether ASCII `form` with no mark ends on a layout above (each searched in the text's last characters), or holds
    a Chinese street line in pinyin in lower case (_PINYIN_LINE, behind a substring test for `hao`), or, in lower case,
    a Turkish or a Brazilian line with its units (_lines_38: `gül sok no 12 daire 5 kadıköy`), or a home of Brasília
    written whole in any case (_BRASILIA_HOME)."""
    tail = form[-200:]
    return form[-1:].isdigit() and _US_UNMARKED.search(tail) is not None or (
        form[-1:].islower() and form.islower() and (
            _LOWER_GLUED.search(tail) is not None or "hao" in form and _PINYIN_LINE.search(form) is not None or (
                "aire" in form or "kat" in form or "loco" in form or " ap" in form or "asa " in form)
            and _lines_38(form))) or ("loco" in form or "LOCO" in form or "onjunto" in form or "ONJUNTO" in form) and (
        _BRASILIA_HOME.search(form) is not None)


# (thirty-eighth attack) A Chinese street line in pinyin as a search box types it: a road's word, the house's number and
# `hao` (号), then a district's or a county's name and word (`zhailuan lu 128 hao nanshan qu shenzhen`); the layout,
# not the words alone (`nanshan` and `lu` name products too). Lexicon data: pinyin of a road's and a district's words.
_PINYIN_ROAD = {"Mandarin in pinyin": "lu jie dajie dadao dao xiang hutong nong"}
_PINYIN_DISTRICT = {"Mandarin in pinyin": "qu xian shi zhen xiang"}
# (review 23) The district ends the field, or a part, or a city's name in pinyin does, a word of pinyin's syllables
# (an initial, then a final): `shanghai lu 128 hao xuhui qu poster` names a poster.
_PINYIN_SYLLABLE = ("(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao"
                    "|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)")
# (review 23: the district first, as China orders an address, `nanshan qu zhailuan lu 128 hao`, `128-hao`; a village's
# group and house, `zhailuan cun 3 zu 12 hao`)
_PINYIN_ROAD_AND_HOUSE = (f"[a-z]{{2,20}}[ \\t]{{1,3}}(?:{_words(_PINYIN_ROAD['Mandarin in pinyin'].split())})"
                          "[ \\t]{1,3}[0-9]{1,5}[ \\t-]{0,3}hao")
_PINYIN_DISTRICT_WORD = f"[a-z]{{2,20}}[ \\t]{{1,3}}(?:{_words(_PINYIN_DISTRICT['Mandarin in pinyin'].split())})"
_PINYIN_LINE = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:{_PINYIN_ROAD_AND_HOUSE},?[ \\t]{{1,3}}{_PINYIN_DISTRICT_WORD}"
    f"(?:[ \\t]{{0,3}},?[ \\t]{{1,3}}(?:{_PINYIN_SYLLABLE}){{1,4}})?"
    f"|{_PINYIN_DISTRICT_WORD},?[ \\t]{{1,3}}{_PINYIN_ROAD_AND_HOUSE}"
    f"|[a-z]{{2,20}}[ \\t]{{1,3}}cun[ \\t]{{1,3}}[0-9]{{1,3}}[ \\t]{{1,3}}(?:zu|dui)[ \\t]{{1,3}}[0-9]{{1,5}}"
    f"[ \\t-]{{0,3}}hao){_FIELD_END})")


def _lines_30(address: str, is_ascii: bool) -> bool:
    """Whether folded `address` holds a line of the thirtieth attack's layouts (above), each behind substring scans for
    what it needs (`No` and `/`; `д.`; `حي`), or text outside ASCII ending on an unmarked layout (`ß`: _unmarked_30);
    or one of the thirty-eighth's with a number (_lines_38, behind substring scans for a unit's word)."""
    return "No" in address and ("/" in address or "D" in address) and (
        _TR_LINE.search(address) is not None) or (
        "hao" in address or "Hao" in address or "HAO" in address) and _PINYIN_LINE.search(address) is not None or (
        not is_ascii) and (
        "д." in address and _RU_LINE.search(address) is not None
        or _AR_QUARTER_CUE in address and _AR_QUARTER_STREET.search(address) is not None or _unmarked_30(address)
        or _script_lines_38(address.lower())) or (
        "aire" in address or "AIRE" in address or "Kat" in address or "kat" in address or "KAT" in address
        or "loco" in address or "LOCO" in address or " ap" in address or " Ap" in address or " AP" in address
        or "asa " in address or "ASA " in address) and _lines_38(address)


# Layouts of the thirty-eighth attack, as a search box types them (lower case, no dots, no commas) or as Turkey,
# Brazil and Mexico write their units; each reads a whole layout (a street word, its name, the number, then a unit's
# word and number, a town ending the field or a next part), never a street word and a number alone.
# A Russian or Ukrainian line with or without the abbreviations' dots, the street word before or after the name (`ул
# зарвенская д 12 кв 42`, `Зарвенская ул., д 12`, `Зарвенский пер., 7, стр. 2`): the street word, its name, maybe the
# house's word, the number, then a flat's, a building's or an entrance's word and number (not `ул 5`, `пр. 2`); the
# words are STREET_WORDS_FIRST's, _HOUSE_WORDS' and _FLAT_WORDS' of these two languages. Read in lower case.
# (review 23) Typed without its dot, a street's abbreviation is a word of a title as often (`Учебник пр 5`, `пр мира 5
# стр 12 атлас`: a road atlas's page): the line then needs the house's word or ends the field after its units, and
# `стр` (a building, a page as often) is a unit with its dot only; `к` abbreviates a building (корпус) between the
# house and its flat (`д 12 к 2 кв 42`).
_EAST_SLAVIC = ("Russian", "Ukrainian")


def _east_slavic(words: Dict[str, str], dotted: bool) -> Dict[str, str]:
    """The East Slavic languages' `words` as written (`dotted`), or their abbreviations alone without the dot."""
    return {language: words[language] if dotted else " ".join(
        word[:-1] for word in words[language].split() if word.endswith(".")) for language in _EAST_SLAVIC}


_EAST_SLAVIC_NAME = f"(?:{_LOWER_WORD}[ \\t]{{1,3}}){{0,2}}{_LOWER_WORD}"
_EAST_SLAVIC_HOUSE_WORD = f"(?:{_lexicon(_east_slavic(_HOUSE_WORDS, True), True)})[ \\t]{{0,3}}"
_EAST_SLAVIC_UNITS = (
    f"{_HOUSE_NUMBER}(?:[ \\t]{{0,3}},?[ \\t]{{1,3}}(?:"
    f"{_lexicon({language: _FLAT_WORDS[language].replace('стр. ', '') + ' к.' for language in _EAST_SLAVIC}, True)}"
    f"|{_lexicon({'Russian': 'стр.'})})[ \\t]{{0,3}}[0-9]{{1,4}}[^\\W\\d_]?){{1,3}}(?![0-9])")


def _east_slavic_street(street: str) -> str:
    """A street's word (alternation `street`) before or after its name."""
    return (f"(?:(?:{street})[ \\t]{{0,3}}{_EAST_SLAVIC_NAME}|{_EAST_SLAVIC_NAME}[ \\t]{{1,3}}(?:{street}))"
            f"[ \\t]{{0,3}},?[ \\t]{{0,3}}")


_EAST_SLAVIC_LINE = re.compile(
    f"(?<![^\\W\\d_])(?:{_east_slavic_street(_lexicon(_east_slavic(STREET_WORDS_FIRST, True)))}"
    f"(?:{_EAST_SLAVIC_HOUSE_WORD})?{_EAST_SLAVIC_UNITS}"
    f"|{_east_slavic_street(_lexicon(_east_slavic(STREET_WORDS_FIRST, False)))}"
    f"(?:{_EAST_SLAVIC_HOUSE_WORD}{_EAST_SLAVIC_UNITS}|{_EAST_SLAVIC_UNITS}{_FIELD_END}))")
# A Greek line without commas: the street word (STREET_WORDS_FIRST's), its name, the number (no year), then the
# town in Greek letters and its postal code or the region's or the country's word, ending the field (`οδός ζαρβένου
# 45 αθήνα 105 52`, `οδός ζαρβένου 45 αθήνα ελλάδα`); a town alone after the street's word abbreviated (`οδ. ζαρβένου
# 45 αθήνα`). Read in lower case. (Review 23: after the whole word, one word alone is a book's or a film's kind as
# often: `οδός ονείρων 2 βιβλίο`.)
_GREEK_WORD = f"(?=[^\\W\\d_]{{0,29}}[^\\x00-\\x7f]){_LOWER_WORD}"  # (folded: Greek keeps a letter outside ASCII)


def _greek_head(words: str) -> str:
    """A Greek street's word (of `words`), its name and its number (no year) before the town."""
    return (f"(?:{_lexicon({'Greek': words})})[ \\t]{{0,3}}(?:{_LOWER_WORD}[ \\t]{{1,3}}){{0,2}}{_LOWER_WORD}"
            f"[ \\t]{{1,3}}{_NOT_A_YEAR}[0-9]{{1,4}}[^\\W\\d_]?(?![0-9])[ \\t]{{1,3}}{_GREEK_WORD}")


_GREEK_LINE = re.compile(
    f"(?<![^\\W\\d_])(?:{_greek_head(STREET_WORDS_FIRST['Greek'])}(?:[ \\t]{{1,3}}{_GREEK_WORD}"
    f"|(?:[ \\t]{{1,3}}{_GREEK_WORD})?[ \\t]{{1,3}}[0-9]{{3}}[ \\t]?[0-9]{{2}})"
    f"|{_greek_head(' '.join(word for word in STREET_WORDS_FIRST['Greek'].split() if word.endswith('.')))})"
    f"{_FIELD_END}")
# A Turkish line in any case, dots or not: a name, the street's or the quarter's word after it (_TR_STREET_APART),
# `No` (or `Numara`) and the house's number, then the flat by its word, maybe after the floor (`Zarvenli Sk. No 7
# Daire 3`, `gül sok no 12 daire 5`; a floor alone is a shelf's tier as often: `Kitaplık Sk. No 3 Kat 5`); or a
# building's name and word, its floor and its flat, with the street's part (a numbered street's too: `123. Sk.`)
# before or after them (`Zarvenli Apt. Kat 3 Daire 5, Bağdat Cad.`; alone they name a doll's house as often: `Oyuncak
# Apt. Kat 2 Daire 4`).
_TR_BUILDING = {"Turkish": "Apt. Apartmani Apartmanı"}
_TR_NUMBERED = "[ \\t]?[:.]?[ \\t]{0,3}[0-9]{1,4}"
_TR_FLAT_LAST = f"(?:kat{_TR_NUMBERED}[ \\t]{{0,3}},?[ \\t]{{1,3}})?(?:daire|d){_TR_NUMBERED}(?![0-9])"
_TR_STREET_PART = f"(?:[^\\W\\d_]{{2,30}}|[0-9]{{1,4}}\\.)[ \\t]{{1,3}}(?:{_lexicon(_TR_STREET_APART, True)})"
_TR_BUILDING_UNITS = (f"[^\\W\\d_]{{2,30}}[ \\t]{{1,3}}(?:{_lexicon(_TR_BUILDING, True)})"
                      f"(?:[ \\t]{{1,3}}no{_TR_NUMBERED})?[ \\t]{{0,3}},?[ \\t]{{1,3}}kat{_TR_NUMBERED}[ \\t]{{0,3}},?"
                      f"[ \\t]{{1,3}}(?:daire|d){_TR_NUMBERED}(?![0-9])")
_TR_UNIT_LINE = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:{_TR_STREET_PART}[ \\t]{{1,3}}(?:no|numara){_TR_NUMBERED}[a-z]?(?:/[0-9]{{1,4}})?"
    f"[ \\t]{{0,3}},?[ \\t]{{1,3}}{_TR_FLAT_LAST}|{_TR_STREET_PART}[ \\t]{{0,3}},?[ \\t]{{1,3}}{_TR_BUILDING_UNITS}"
    f"|{_TR_BUILDING_UNITS}[ \\t]{{0,3}},?[ \\t]{{1,3}}{_TR_STREET_PART}))")
# A street line of Brazil (or of a Spanish-speaking country) in any case, as a search box types it: the street word
# (_STREET_WORDS'), its name, the number (no year), then one to three units by their words (_DWELLING_WORDS',
# _PLOT_WORDS'), each with its number or letter (`av. zarvenquia 1578 bloco b ap 32`; not `Rua Augusta 100`).
_UNIT_NUMBERED = (f"[ \\t]{{0,3}}[,-]?[ \\t]{{1,3}}(?:{_UNIT_WORD})[ \\t]{{0,3}}"
                  f"(?:[0-9]{{1,5}}[A-Za-z]?|[A-Za-z])(?![\\w-])")
_UNITS_AFTER_STREET = re.compile(
    f"{_UNIT_START}{_STREET_WORD}[ \\t]{{0,3}}(?:{_LOOSE_WORD}[ \\t]{{1,3}}){{0,2}}{_LOOSE_WORD}[ \\t]{{0,3}},?"
    f"[ \\t]{{1,3}}{_NOT_A_YEAR}[0-9]{{1,5}}[A-Za-z]?(?![\\w-])(?:{_UNIT_NUMBERED}){{1,3}}")
# Brasília names a home by its sector (a code of the city's plan, below), its block's number, then a unit by its word
# (_UNIT_WORD: the building's `Bloco`, a flat's `Apto`) and its name or number (`SQS 308 Bloco C Apto 12`).
_BRASILIA_SECTORS = {"Portuguese (Brasília)": "SQS SQN SQSW SQNW SHIS SHIN SHCS SHCN SCLS SCLN CLS CLN SHCGN SHTN SMPW "
                                              "SMDB QI QL SHA SHN SHS"}
_BRASILIA_BLOCK = re.compile(
    f"(?<![\\w-])(?:{_words(_BRASILIA_SECTORS['Portuguese (Brasília)'].split())})[ \\t]{{1,3}}[0-9]{{1,3}}[A-Z]?"
    f"[ \\t]{{0,3}}[,-]?[ \\t]{{1,3}}(?:{_UNIT_WORD})[ \\t]{{1,3}}(?:[0-9]{{1,3}}(?![\\w-])|{_NAME_WORD}"
    f"|[A-Z](?![^\\W\\d_]))")
# (review 23) A home in Brasília written whole, in any case, with no mark: the sector (one or two of its codes), its
# number, the building's block by its word and its letter or number, then the flat's word and number (`SQS 308 Bloco
# C Apto 12`, `SHIS QI 5 Conjunto 3 Casa 12`; a block alone names a notepad as often: `SHA 256 Bloco A`), cued by its
# block's word written out (`Bloco`, `Conjunto`; `Bl` opens too many words to cue a search).
_BRASILIA_SECTOR = f"(?:{_words(_BRASILIA_SECTORS['Portuguese (Brasília)'].split())})"
_BRASILIA_HOME = re.compile(
    f"(?i:(?<![\\w-]){_BRASILIA_SECTOR}(?:[ \\t]{{1,3}}{_BRASILIA_SECTOR})?[ \\t]{{1,3}}[0-9]{{1,3}}[a-z]?[ \\t]{{1,3}}"
    f"(?:bloco|bl\\.?|conjunto|conj\\.?)[ \\t]{{1,3}}(?:[0-9]{{1,3}}|[a-z])(?![\\w-])[ \\t]{{1,3}}"
    f"(?:{_any_case(_DWELLING_WORDS)})[ \\t]{{0,3}}[0-9]{{1,4}}(?![\\w-]))")
# A street with no number, `s/n` in its stead or the words it stands for (Spanish `sin número`, Portuguese `sem
# número`), then a place named next (_PLACE_NEXT): the street word, its name (`Rua Zarvenquia, s/n, Centro`; not
# `Router S/N 12345`, nor the shop's `Calle Mayor s/n, tienda oficial`).
_UNNUMBERED_STREET = re.compile(
    f"{_UNIT_START}{_STREET_WORD}[ \\t]{{1,3}}{_STREET_NAME}[ \\t]{{0,3}},?[ \\t]{{1,3}}"
    f"(?i:s/n|sem[ \\t]numero|sin[ \\t]numero)(?:[o°º]|\\.)?"
    f"(?![\\w/]){_PLACE_NEXT}")


def _script_lines_38(lower: str) -> bool:
    """Whether folded `address` outside ASCII, in lower case, holds a Russian or a Greek line above."""
    return _EAST_SLAVIC_LINE.search(lower) is not None or _GREEK_LINE.search(lower) is not None


def _lines_38(address: str) -> bool:
    """Whether folded `address` holds a Turkish, a Brazilian or a Brasília line above (their units' words first)."""
    return (_TR_UNIT_LINE.search(address) is not None or _UNITS_AFTER_STREET.search(address) is not None
            or _BRASILIA_BLOCK.search(address) is not None or _BRASILIA_HOME.search(address) is not None)


# Layouts of the twenty-first attack (Lomé, Cotonou, Kuwait, Doha, Antananarivo, Accra) written with no mark
# ending their parts, each behind a substring it needs (unmarked_cued): a post office box by its word and number,
# then its town, one word, ending the field (`BP 1234 Lomé`, `ص.ب ١٢٣٤٥ الكويت`;
# not `BP 1234 Engine Oil`); a zone, a street and a building by their numbers in this order (Qatar's blue plate:
# `Zone 66 Street 950 Building 12`); a lot of Antananarivo by its code, a Roman numeral first, then its quarter
# (`Lot II M 45 Bis Antanimena`); a Ghana digital address after a label naming an address or a place and its colon,
# ending the field (`GhanaPost GPS: GA-123-4567`).
_ZONE_KIND = {"English (Qatar)": "zone", "Arabic (Qatar)": "المنطقة"}
_ADDRESS_CODE_LABEL_KIND = {"English": "gps|digital address|ghanapost|ghana post|address|location",
                            "French": "adresse|adresse numerique"}
_TOWN_END = r"(?=[ \t]{0,3}(?:$|[\n\r|\"]|[.!?](?![^\W\d_])))"
_UNMARKED_LINES = re.compile(
    f"{_BOX_OPENING}{_NOT_A_YEAR}[0-9]{{1,6}}[ \\t]{{1,3}}(?:{_NAME_WORD}|{_RTL_WORD}){_TOWN_END}"
    f"|(?<![\\w-])Lot[ \\t]{{1,3}}[IVX]{{1,4}}(?:[ \\t]?[A-Z]{{1,2}})?[ \\t]{{1,3}}[0-9]{{1,4}}"
    f"(?:[ \\t]{{1,3}}(?i:bis|ter)|[ \\t]?[A-Z])?[ \\t]{{1,3}}{_NAME_WORD}{_TOWN_END}")
_ZONE_LINE = re.compile(
    f"{_numbered(_kind_words(_ZONE_KIND))}[ \\t]{{1,3}}"
    f"{_numbered(_kind_words(_STREET_NUMBERED_KIND, _NAMED_FIRST_KIND))}"
    f"[ \\t]{{1,3}}{_numbered(_kind_words(_HOUSE_KIND))}")
_DIGITAL_ADDRESS = re.compile(f"{_kind_words(_ADDRESS_CODE_LABEL_KIND)}[^\\n\\r:]{{0,20}}:[ \\t]{{0,3}}"
                              f"[a-z]{{2}}-?[0-9]{{3,4}}-?[0-9]{{4}}(?![\\w-]){_TOWN_END}")
# (what each needs, in C: a box's word as written or in capitals, a zone's word, a lot's, or a colon and a dash)
# (its literals grouped by their first character: a search tries fewer branches where one may start)
_UNMARKED_CUE_WORDS: Dict[str, List[str]] = {}
# (review 23: a Korean district's or a Japanese ward's suffix, `-gu`, `-ku`: _UNMARKED_EAST_ASIAN)
for _cue in ["Lot ", "one ", "ONE ", "المنطق", *_BOX_CUE_WORDS, "-gu", "-Gu", "-ku", "-Ku"]:
    _UNMARKED_CUE_WORDS.setdefault(_cue[0], []).append(re.escape(_cue[1:]))
_UNMARKED_CUE = re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                                    for first, rests in _UNMARKED_CUE_WORDS.items()))


def unmarked_cued(form: str) -> bool:
    """Whether `form` holds a substring one of the layouts of _UNMARKED_LINES, _ZONE_LINE or _DIGITAL_ADDRESS
    needs (a colon and a dash in C, then one search for a box's, a lot's or a zone's word, _UNMARKED_CUE: every cued
    text pays this)."""
    return ":" in form and "-" in form or _UNMARKED_CUE.search(form) is not None


def file_named_by_address(form: str) -> bool:
    """Whether canonical `form` holds a file named by an address (_ADDRESS_FILE), after `_` and `.` in C (a user
    agent's field is read for one: it has no comma for the other address rules)."""
    return "_" in form and "." in form and _ADDRESS_FILE.search(form) is not None


def _unmarked_lines(address: str) -> bool:
    """Whether folded `address` holds a layout of the twenty-first attack (_UNMARKED_LINES, _ZONE_LINE,
    _DIGITAL_ADDRESS); their cues (unmarked_cued: the fold makes and unmakes none) and a digit first; or a file named
    by an address (_ADDRESS_FILE: a file's name writes no mark), after `_` and `.` in C."""
    if file_named_by_address(address):
        return True
    if _DIGIT.search(address) is None or not unmarked_cued(address):  # (the digit first: one scan of one class)
        return False
    if _UNMARKED_LINES.search(address) is not None:
        return True
    lower = address.lower()
    return ("zone" in lower or "المنطق" in lower) and _ZONE_LINE.search(lower) is not None or (
        ":" in lower and "-" in lower and _DIGITAL_ADDRESS.search(lower) is not None)


# (twenty-second attack) A rural home placed by its numbered road and its mile on it, as the Navajo Nation and Alaska
# write it (`Navajo Route 12, Mile 5, Window Rock`): a road's word and number, then a milepost's word and number,
# followed by the next part; lexicon data by kind, read in any case behind a substring its milepost's word needs.
_NUMBERED_ROAD_KIND = {"English": "route|rte.|rte|highway|hwy.|hwy|road|rd.|rd|state route|county road"}
_MILEPOST_KIND = {"English": "mile|milepost|mile marker|mile post|mm|mp"}
_MILEPOST_LINE = re.compile(
    f"{_UNIT_START}{_any_case(_NUMBERED_ROAD_KIND, separator='|')}[ \\t]{{0,3}}#?[0-9]{{1,4}}[A-Za-z]?[ \\t]{{0,3}},?"
    f"[ \\t]{{1,3}}{_any_case(_MILEPOST_KIND, separator='|')}[ \\t]{{0,3}}[0-9]{{1,4}}(?:\\.[0-9]{{1,2}})?(?![\\w.])"
    f"{_LINE_END}")


# (twenty-second attack) Lao writes an address without numbers, each part its word glued to its name: a village, then
# its district or province (`ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ`), apart as parts are (_PART_APART); lexicon data by kind, read
# in the canonical form (which drops Lao's vowel and tone marks), behind one scan for a district's word.
_VILLAGE_GLUED_KIND = {"Lao": "ບ້ານ"}
_DISTRICT_GLUED_KIND = {"Lao": "ເມືອງ|ແຂວງ|ນະຄອນຫຼວງ"}
_GLUED_PARTS_CUE = re.compile("|".join(map(re.escape, _lexicon_words(_DISTRICT_GLUED_KIND, separator="|"))))
_GLUED_PARTS = re.compile(
    f"(?<![^\\W\\d_])(?:{'|'.join(map(re.escape, _lexicon_words(_VILLAGE_GLUED_KIND, separator='|')))})"
    f"[^\\W\\d_]{{1,30}}{_PART_APART}(?:{_GLUED_PARTS_CUE.pattern})[^\\W\\d_]{{1,30}}")


# A whole id written as a street line and its town (`Ilica 242, Zagreb`): a name of one or two words, a house's
# number, a comma, a town of one to three words; an id is a code, and no code reads so (a phrase of more words
# before the number, `Pick-Up At Stand 12, Market`, is a note's).
_ID_STREET = re.compile(f"(?:{_NAME_WORD}[ \\t]{{1,3}}){{1,2}}{_NOT_A_YEAR}[0-9]{{1,4}}[A-Za-z]?(?:/[0-9]{{1,4}})?,"
                        f"[ \\t]{{1,3}}{_NAME_WORD}(?:[ \\t]{{1,3}}{_NAME_WORD}){{0,2}}")


def id_street(form: str) -> bool:
    """Whether an id's canonical `form` is a street line and its town (_ID_STREET); callers test `, ` first."""
    return _ID_STREET.fullmatch(form) is not None


# (closer 133) A whole address in an id: a street line (_LINE_BEFORE_CODE's layouts), maybe a comma, then a post code
# and its town ending the field (`<name>straße 19, 10115 Berlin`, `14 rue <name> 69003 Lyon`); or a Japanese one, a
# prefecture's, a city's or a ward's sign and a town's block numbers (`大阪府大阪市北区梅田1-2-3`,
# `東京都渋谷区神南1丁目2`, Sapporo's `北1条西2`). No code reads so: a store's code spells its country, code and town
# joined (`DE-10115-BER`, `JP-530-0001`).
# (a flat's or a floor's part may stand between: `ul. <name> 7 m. 3, 00-950 Warszawa`, `Calle <name> 12, 3º B, 28013
# Madrid`; an English line ends on its town and the United Kingdom's or Canada's code: `27 <name> Road, Leeds LS6 2QT`)
_LINE_BEFORE_ID_CODE = re.compile(
    f"{_LINE_BEFORE_CODE_BODY}(?:[ \\t]{{1,3}}[A-Za-z]{{1,5}}\\.?[ \\t]{{0,3}}[0-9]{{1,4}})?"
    f"(?:,[ \\t]{{1,3}}[^,;|\\n\\r]{{1,16}})?,?[ \\t]{{1,3}}$")
_ID_ENGLISH_ADDRESS = re.compile(
    f"{_HOUSE},?[ \\t]{{1,3}}(?:{_WORD}[ \\t]{{1,3}}){{1,3}}(?i:{_words(_AFTER_NAME)})\\.?{_FLAT_AFTER},?[ \\t]{{1,3}}"
    f"{_TOWN}(?:[ \\t]{_TOWN})?,?[ \\t]{{1,3}}{_UK_OR_CA_CODE}(?![\\w'’-])")
_JP_PREFECTURE_BLOCK = re.compile("[^\\W\\d_]{1,4}[都道府県][^\\W\\d_]{0,12}[市区町村郡][^\\W\\d_]{0,12}"
                                  "[0-9〇一二三四五六七八九十]{1,4}(?:-|丁目|条[東西南北]?)[0-9〇一二三四五六七八九十]{1,4}")


def id_address(form: str) -> bool:
    """Whether an id's canonical `form` holds a whole address (_LINE_BEFORE_ID_CODE before _CODE_AND_TOWN,
    _ID_ENGLISH_ADDRESS or _JP_PREFECTURE_BLOCK); callers test a blank or a non-ASCII letter first."""
    return any(_LINE_BEFORE_ID_CODE.search(form, max(0, code.start() - 100), code.start()) is not None
               for code in _CODE_AND_TOWN.finditer(form)) or _ID_ENGLISH_ADDRESS.search(form) is not None or (
        not form.isascii() and _JP_PREFECTURE_BLOCK.search(form) is not None)


# A street line in a URL's slug (closer 133: `/delivery-area/27-<name>-road-leeds-ls6-2qt`), its joints read as
# blanks and in lower case: a house's number, a street word in the order its language writes it (after the name,
# English; before it, French, Spanish, Italian, Polish; glued to its end or apart after it, German and Dutch) and,
# after them, a post code of a country's shape, a few town words between. A slug naming a street alone (`abbey-road-
# vinyl-lp`), a number and a street word as a title's (`27-road-trip-ideas`), a town and its district's code
# (`leeds-ls1`) hold no three of them so.
_SLUG_WORD = "[^\\W\\d_]{2,24}"
_SLUG_HOUSE = "[0-9]{1,4}[a-z]?"
_SLUG_CODE = ("(?:[a-z]{1,2}[0-9][a-z0-9]? [0-9][a-z]{2}"  # the United Kingdom's, whole (`ls6 2qt`)
              "|[a-z][0-9][a-z] [0-9][a-z][0-9]"  # Canada's
              # a number's before its town (a product's number ends a slug: `…-candle-12345`): Germany's, France's,
              # Spain's, Italy's, the Netherlands', Poland's
              f"|(?:[0-9]{{5}}|[1-9][0-9]{{3}} [a-z]{{2}}|[0-9]{{2}} [0-9]{{3}}) {_SLUG_WORD})")
_SLUG_AFTER_NAME = _words([word for word in _AFTER_NAME if len(word) >= 3])
_SLUG_BEFORE_NAME = _words(_folded(["rue", "boulevard", "allee", "chemin", "impasse", "quai", "avenue", "calle",
                                    "avenida", "paseo", "plaza", "carrer", "camino", "via", "viale", "piazza", "corso",
                                    "vicolo", "rua", "travessa", "ulica", "ul", "aleja", "al", "strada"]))
_SLUG_GLUED = _words(_folded([word for word in _GLUED if "." not in word]))
_SLUG_APART = _words(_folded(["strasse", "straße", "weg", "allee", "gasse", "platz", "straat", "laan"]))
_SLUG_FLAT = "(?: [a-z]{1,5})? [0-9]{1,4}[a-z]?(?: [a-z])?"  # (a flat after the house: Polish `7 m 3`, `12 3 b`)
_SLUG_ADDRESS = re.compile(
    "(?<![^ ])(?:"
    f"{_SLUG_HOUSE} (?:{_SLUG_WORD} ){{1,3}}(?:{_SLUG_AFTER_NAME})"
    f"|(?:{_SLUG_HOUSE} (?:{_SLUG_BEFORE_NAME})(?: {_SLUG_WORD}){{1,4}}"
    f"|(?:{_SLUG_BEFORE_NAME})(?: {_SLUG_WORD}){{1,4}} {_SLUG_HOUSE}(?:{_SLUG_FLAT})?"
    f"|(?:{_SLUG_WORD} ){{0,2}}[^\\W\\d_]{{3,24}}(?:{_SLUG_GLUED}) {_SLUG_HOUSE}(?:{_SLUG_FLAT})?"
    f"|(?:{_SLUG_WORD} ){{1,2}}(?:{_SLUG_APART}) {_SLUG_HOUSE}(?:{_SLUG_FLAT})?))"
    f"(?: {_SLUG_WORD}){{0,3}} {_SLUG_CODE}(?![^ ])")


def slug_address(blanked: str) -> bool:
    """Whether a URL path's segment, its joints blanked and lower-cased (`27 <name> road leeds ls6 2qt`), is or holds
    a street line with its post code (_SLUG_ADDRESS)."""
    return _SLUG_ADDRESS.search(blanked) is not None


# A person's name: capitalized words or initials, in Latin, Cyrillic or Greek letters (the canonical form writes
# many Cyrillic and Greek letters as their Latin look-alikes: `Иbah Пetpob`).
# A family name joined by hyphens keeps each part's capital (`Al-Otaibi`, `Smith-Jones`), or opens with the Arabic
# article in lower case (`al-Otaibi`, `el-Sayed`). A name's word may open on a prefix before its capital (fifteenth
# attack): a capital and an apostrophe (`O'Rourke`, `D'Arcy`), `Mc` or `Mac` (`McDonald`, `MacLeod`), or the letter
# an Irish name takes after a particle (`Mac an tSaoir`, `Ó hAodha`, `Ó nGallchobhair`).
# Arabizi (Arabic in Latin letters, seventeenth attack) writes the letters Latin lacks with digits (`3` for ع, `7` for
# ح: `Mo7amed`, `Zq3ammar`, `7assan`): a digit among a word's lower-case letters, or opening it before three or more
# (not an ordinal: `3rd`, `5eme`).
# Polynesian languages write the glottal stop with the ʻokina (U+02BB), a letter of the name (nineteenth attack:
# `Keʻala`, `Fifitaʻapaki`, `ʻIolani`), not a mark between words: it stands where a name's letters do.
_ARABIZI_LETTERS = r"(?:[2356789][a-z]{1,20}){0,2}"
# A name's letters are every letter of the alphabets with case, not only those the canonical form folds to ASCII
# (twenty-seventh attack): it keeps the Latin letters no compatibility folding brings to ASCII (Icelandic `Þ`, `Ð`,
# Danish `Æ`, Azerbaijani `Ə`, Hausa `Ɗ`, `Ƙ`, Ewe `Ɖ`, `Ɔ`, Akan `Ɛ`, Sami `Ŋ`: `Þórunn Ægisdóttir`) and the
# Cyrillic, Greek and Armenian ones it does not write as Latin look-alikes; an upper-case letter is a capital, a
# lower-case one a letter after it. The modifier letter apostrophe (U+02BC: Ojibwe `Maʼiingan`) is a letter inside a
# word, as the ʻokina is.
_CASED_BLOCKS = ((0x80, 0x2af), (0x370, 0x58f), (0x1e00, 0x1fff), (0x2c60, 0x2c7f), (0xa640, 0xa69f),
                 (0xa720, 0xa7ff))


def _letter_class(category: str) -> str:
    """The body of a regex class: the letters of _CASED_BLOCKS in Unicode `category` (`Lu`, `Ll`), as ranges."""
    points = [point for start, end in _CASED_BLOCKS for point in range(start, end + 1)
              if unicodedata.category(chr(point)) == category]
    runs: List[List[int]] = []
    for point in points:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return "".join(chr(first) if first == last else f"{chr(first)}-{chr(last)}" for first, last in runs)


CAPITAL_LETTERS = f"A-Z{_letter_class('Lu')}"  # (the body of a class: named_in_text's words in capitals)
_CAPITAL = f"[{CAPITAL_LETTERS}]"
_SMALL = f"[a-z{_letter_class('Ll')}ʻʼ'’\\-]"
_PERSON_WORD = (f"(?:(?:[ae]l-(?={_CAPITAL})|(?:[A-Z]['’]|Ma?c|[tnhʻ])(?={_CAPITAL}))?"
                f"{_CAPITAL}(?:{_SMALL}{{1,29}}{_ARABIZI_LETTERS}|\\.)"
                f"|[2356789](?!eme|ere|ieme)[a-z]{{3,29}}{_ARABIZI_LETTERS})"
                f"(?:(?<=-){_CAPITAL}{_SMALL}{{1,29}}){{0,2}}")
# The particles of a family name (`Sanne de Vries`, `Jonas von Weber`), in lower case, and Irish `an` (`Mac an
# tSaoir`: son of the craftsman) and `Ó` (`Ó Briain`, folded to `O`).
# Maghreb names join a given name to the father's by `ben`, `bent`, `b.`, `ould` (Mauritania), `ibn`; Welsh by `ap`,
# `ab`, `ferch`, `verch` (son, daughter of: `Dafydd ap Gwilym`), Irish and Gaelic by `Ní`, `Nic`, `Uí`, `Mhic` (a
# daughter's and a wife's forms of `Ó` and `Mac`, folded: `Máiréad Ní Bhriain`; twenty-third attack).
_NAME_PARTICLE = (r"(?:(?:de|van|der|den|von|da|dos|di|du|le|la|bin|binti|an|O|ben|bent|bint|ibn|ould|b\."
                  r"|ap|ab|ferch|verch|Ni|Nic|Ui|Mhic)"
                  r"[ \t]{1,3}){0,2}")
_HONORIFIC_WORD = honorifics.alternation("any")
_HONORIFIC = _HONORIFIC_WORD + r"[ \t]{1,3}"
# A letter's salutation (not `Hi`, `Hello`, `Hey`: `Hello Kitty` and `Hey Dude` are brands), then a name and the
# comma, colon or line break that ends it.
_RUSSIAN_SALUTATIONS = ["Уважаемый", "Уважаемая", "Дорогой", "Дорогая"]  # in their canonical form below
# (the salutations that are plain words, by language: the one table of them, which lower_case_names' addressing reads
# too; then the forms written as patterns)
SALUTATIONS: Dict[str, str] = {
    "English": "dear",
    "German": "liebe|lieber|sehr geehrte|sehr geehrter",
    "French": "chere|cher",
    "Spanish and Portuguese": "estimado|estimada|querido|querida|prezado|prezada",
    "Italian": "caro|cara|gentile|gentilissimo|gentilissima",
    "Dutch": "beste|geachte",
    "Danish and Norwegian": "kaere|kære|kjaere|kjære",
    "Polish": "drogi|droga|szanowny|szanowna",
    "Dutch's and Polish's to someone dear": "lieve|kochana|kochany|kochani",  # (thirty-ninth attack)
    # Italian's, Spanish's and Portuguese's formal ones (`Egregio Sig.`, `Distinguida Sra.`; closer 112)
    "Italian's and Spanish's formal ones": "egregio|egregia|distinguido|distinguida",
    "Turkish": "sayin|sayın|sevgili|degerli",
    # the other lexicon languages written in Latin letters: Finnish, Hungarian, Czech, Romanian, Swedish
    "Finnish": "hyva|arvoisa",
    "Hungarian": "kedves|tisztelt",
    "Czech": "vazena|vazeny|vazeni",
    "Romanian": "stimata|stimate|stimatul|draga|dragi",
    "Swedish": "kara|basta|baste",
    "Icelandic": "kæri|kæra|kæru|kaeri|kaera",  # (twenty-seventh attack: `Kæra Guðrún,`)
}
_SALUTATION = ("(?i:" + "|".join(re.escape(word).replace("\\ ", " ") for line in SALUTATIONS.values()
                                 for word in line.split("|")) + "|"
               r"exm[oa]\.?|"  # (Portuguese's formal `Exmo. Sr.`; closer 112)
               # Indonesian, Malay: `Kepada Yth. Ibu`, `Kepada Puan …`
               r"kepada(?:[ \t]{1,3}yth\.?)?|yth\.?|"
               f"{'|'.join(re.escape(canonical(word)[0].lower()) for word in _RUSSIAN_SALUTATIONS)}|"
               r"kinh[ \t]{1,3}gui|"  # Vietnamese (`Kính gửi`)
               # Arabic's greeting written in Latin letters, with its `upon you` (`Salam 3alikoum`, `Salam alaykoum`)
               r"(?:as-?)?sala{1,2}m(?:u)?(?:[ \t]{1,3}(?:3a?|a)l[a-z]{3,10})?)")
# Salutations of the twenty-eighth attack's languages in Latin letters (Afrikaans, Swahili, Albanian, Lithuanian,
# Latvian, Estonian, Slovene, Uzbek and Kazakh), in the canonical form, and the honorifics they write in lower case or
# abbreviated before a name (Afrikaans `Mnr.`, `Mev.`, Lithuanian `p.`, Estonian `hr`, `pr`, Slovene `g.`, `ga.`).
_SALUTATIONS_28 = ("liewe geagte mpendwa gerbiamas gerbiamoji gerbiamieji gerb. cienijamais cienijama godatais godata "
                   "lugupeetud spostovani spostovana spostovane hurmatli qurmetti").split()
_SALUTATION = (f"(?:{_SALUTATION}|(?i:" + "|".join(re.escape(word) for word in _SALUTATIONS_28)
               + "|(?:i|e|te)[ \t]{1,3}(?:dashur|nderuar)))")
_SALUTATION_HONORIFIC_28_WORD = r"(?:Mnr|Mev|Mej|p|hr|pr|g|ga)\.?"
_SALUTATION_HONORIFIC_28 = _SALUTATION_HONORIFIC_28_WORD + r"[ \t]{1,3}"
# The first word of each salutation above, capitalized, in lower case or in capitals: text in ASCII with no mark is
# read for a greeting only when it opens on one (a salutation, an honorific and a name need no mark after them).
SALUTATION_OPENERS = frozenset(form for word in (
    "dear liebe lieber sehr chere cher estimado estimada querido querida caro cara gentile gentilissimo gentilissima "
    "prezado prezada beste geachte kaere drogi droga lieve kochana kochany kochani "
    "egregio egregia distinguido distinguida exmo exma exmo. exma. "
    "szanowny szanowna sayin kepada yth hyva arvoisa kedves "
    "tisztelt vazena vazeny vazeni stimata stimate stimatul draga dragi kara basta baste kjaere sevgili degerli "
    "kinh salam salaam assalam as-salam kaeri kaera").split() + _SALUTATIONS_28
    for form in (word, word.capitalize(), word.upper()))
# An honorific a salutation writes in lower case (`Vážená paní`, `Stimată doamnă`, `Geachte mevrouw`, `Kính gửi
# ông`), in the canonical form: one name word after it is enough, as after `Mr`.
_LOWER_HONORIFIC_WORD = (r"(?:pani|pane|pan|doamna|domnule|domnisoara|mevrouw|heer|meneer|frau|herr|senora|senor|"
                         r"signora|signor|madame|monsieur|ong|ba|anh|chi)")
_LOWER_HONORIFIC = _LOWER_HONORIFIC_WORD + r"[ \t]{1,3}"
# ... and the titles a salutation writes capitalized beyond _HONORIFIC, by meaning (closer 112: a man's and a woman's
# in the salutations' languages, `Szanowny Panie`, `Vážený Pane`, `Geachte Mevrouw`, `Stimată Doamnă`, `Prezada
# Senhora`): after a salutation only (`Pane Toscano` is bread, `Heer` a family name elsewhere).
_SALUTATION_TITLE_WORD = r"(?:Panie|Pane|Pani|Mevrouw|Heer|Meneer|Doamna|Domnule|Domnisoara|Senhora|Senhor|Senhorita)"
# A salutation's title: one of them, maybe an academic one after it (`Sehr geehrte Frau Dr. Quendrix`), or a title
# called alone by a comma before the name (a template's two fields: `Sehr geehrte Frau, Anna Quendrix!`).
_SALUTATION_TITLES = (f"(?:{_HONORIFIC_WORD}|{_LOWER_HONORIFIC_WORD}|{_SALUTATION_HONORIFIC_28_WORD}"
                      f"|{_SALUTATION_TITLE_WORD})")
_TITLE_ALONE = re.compile(_SALUTATION_TITLES)
_TITLED = (f"{_SALUTATION_TITLES}[ \\t]{{1,3}}(?:{_HONORIFIC})?"
           f"|{_SALUTATION_TITLES}[ \\t]{{0,3}},[ \\t]{{1,3}}(?:{_HONORIFIC})?")
# Chinese: `尊敬的王伟先生` (a family and a given name, then the honorific).
_CHINESE_GREETING = re.compile(r"(?:尊敬的|亲爱的|親愛的)[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐)")
# What ends the name after a salutation: a comma, a colon, `!` or a line break (group 3), or, when an honorific
# stands before the name (`Vážená paní Dvořáková`, `Αγαπητή κυρία Παπαδοπούλου`), the text's or a JSON string's end.
_GREETING_END = '(?:([,!:\\n])|(?="|$))'
# Where a greeting may open besides the text's start: a line (when the text has lines), a JSON string, a sentence
# after its end and a blank (seventeenth attack: `Merci beaucoup ! Salam 3alikoum Si Hassan,`), a clause after a
# colon and a blank, as a quoted message opens (nineteenth attack: `voici : Sra. Oquendo Ferrer, su pedido …`).
_NEXT_START = re.compile(r'"|[.!?:][ \t]')
_NEXT_START_OR_LINE = re.compile(r'[\n"]|[.!?:][ \t]')
# A letter's name ends as a label does too (closer 112; label_ends.py: a dash between blanks) or as a sentence does (a
# full stop): a title's part or a subtitle ends so as often (`Dear Evan Hansen - Soundtrack`, `Dear Mr. Henshaw -
# Beverly Cleary`), so the name after them is read after a formal salutation's title (_FORMAL_SALUTATION: `Sehr
# geehrte Frau Anna Quendrix - Ihre Bestellung`, `Szanowna Pani Anna Quendrix.`), or as a full name when the sentence
# after it goes on to the person (_VOCATIVE_ADDRESSED: `Dear Anna Quendrix - your order has shipped`). The empty group
# tells such an end; a full stop ending the text is the text's end.
_SALUTATION_END = (f"(?:{_GREETING_END}|(?=\\.(?:\"|$))"  # (a full stop ending the text: its end)
                   f"|(?=(?<=[ \\t])-[ \\t]|\\.[ \\t\\r\\n])(?P<weak_end>))")
_GREETING = re.compile(f"[ \\t]{{0,3}}{_SALUTATION}[ \\t]{{1,3}}"
                       f"(?:({_TITLED})?"
                       f"((?:{_PERSON_WORD}[ \\t]{{1,3}}){{0,2}}{_PERSON_WORD}))[ \\t]{{0,3}}{_SALUTATION_END}")
# The formal salutations among them, by meaning (the respectful ones, which a letter writes with the addressee's title:
# `Sehr geehrte`, `Szanowny`, `Geachte`, `Vážený`, `Stimată`, `Tisztelt`, `Estimado`, `Gentile`, `Prezado`,
# `Egregio`, `Exmo.`; not the fond ones a book's title opens on as often: `Dear`, `Querido`, `Cher`).
_FORMAL_SALUTATION = re.compile(
    "[ \\t]{0,3}(?i:sehr[ \\t]{1,3}geehrte|szanown|geachte|vazen|stimat|tisztelt|estimad|gentil|prezad|arvoisa|"
    "sayin|yth|kepada|spostovan|lugupeetud|gerbiam|cienijam|godat|geagte|hurmatli|egregi|distinguid|exm[oa])")
# An honorific and a name called by a comma, the sentence going on in lower case (seventeenth attack: `Sra.
# Mendoza, su pedido está listo`; not a brand with a comma: `Dr. Martens, 1460 Boots`). Groups as _GREETING's.
# (thirtieth attack: the sentence speaks to the person, a word of the second person or of thanks among its first four
# words, as a greeting's does in greetings.py; not a magazine's title: `Madame Figaro, édition du week-end`)
_VOCATIVE_ADDRESSED = ("your you votre vous vos ton ta tes tu te su sus usted ustedes tus tuo tua tuoi lei seu sua "
                       "voce ihr ihre ihren ihrem ihrer sie dein deine deinen dir dich uw je jouw jij pan pani "
                       "panstwo din ditt dina er ert era sizin siz thank thanks merci gracias grazie obrigado obrigada "
                       "danke bedankt dziekujemy tack welcome bienvenue bienvenido bienvenida benvenuto benvenuta "
                       "willkommen welkom please bitte favor prego")
_VOCATIVE = re.compile(f"[ \\t]{{0,3}}({_HONORIFIC})((?:{_PERSON_WORD}[ \\t]{{1,3}}){{0,2}}{_PERSON_WORD})(,)"
                       f"(?=[ \\t]{{1,3}}[a-z])(?=(?:[ \\t]{{1,3}}[^\\W\\d_]{{1,20}}){{0,3}}[ \\t]{{1,3}}"
                       f"(?i:{'|'.join(_VOCATIVE_ADDRESSED.split())})(?![^\\W\\d_]))")
# ... and after a name a dash or a full stop ends (_SALUTATION_END): within three words such a word (closer 112).
_GOES_ON_TO_PERSON = re.compile(f"[ \\t]{{0,3}}[-.][ \\t\\r\\n]{{1,4}}(?:[^\\W\\d_]{{1,20}}[ \\t]{{1,3}}){{0,2}}"
                                f"(?i:{'|'.join(_VOCATIVE_ADDRESSED.split())})(?![^\\W\\d_])")
# Addressees of a circular, not a person (`Dear Valued Customer,`).
_GENERIC = frozenset((
    "customer customers client clients valued friend friends shopper shoppers member members guest guests team sir "
    "madam all colleague colleagues subscriber subscribers partner partners user users reader readers kunde kundin "
    "kunden cliente clientes amigo amiga amigos kund klant sirs").split()) | frozenset(
    # the circular's addressees in the scripts the canonical form leaves without capitals (below)
    canonical(word)[0].lower() for word in (
        "πελάτη πελάτες πελάτισσα φίλε φίλη φίλοι μέλος μέλη клієнте клієнти клієнтко покупцю покупці друже друзі "
        "клиент клиенты покупатель покупатели друг друзья "
        "العميل العميلة العملاء عميلنا عميلتنا الكريم الكريمة العزيز العزيزة "
        "לקוח לקוחה לקוחות ग्राहक ग्राहकों मित्र ลูกค้า 고객 고객님 회원").split())
# ... and the circular's addressees of the twenty-eighth attack's salutations (`Hurmatli mijozlar,`, `Құрметті
# тұтынушылар,`, `প্রিয় গ্রাহক,`)
_GENERIC |= frozenset(canonical(word)[0].lower() for word in (
    "klant kliënt kliente klante lede vriend vriende mteja wateja rafiki marafiki mwanachama wanachama klient klientë "
    "klientet mik miq klientai pirkėjau pirkėjai kliendid sõber sõbrad stranka stranke kupec kupci klienti mijoz "
    "mijozlar xaridor xaridorlar тұтынушы тұтынушылар клиент клиенттер достар мижоз мижозлар үйлчлүүлэгч "
    "үйлчлүүлэгчид хэрэглэгч хэрэглэгчид гишүүн гишүүд найз нар গ্রাহক গ্রাহকগণ বন্ধু বন্ধুরা সদস্য").split())
# ... and the figures a child's letter calls, as English `Dear Santa,` does (thirty-first attack: `Kedves Mikulás,`,
# `Αγαπητέ Άγιε Βασίλη,`): the Christmas gift-bringers by language and the saint's vocative (not the ones that are as
# often a given name: `Nikolaus`, `Claus`, `Noël`).
_GENERIC |= frozenset(canonical(word)[0].lower() for word in (
    "santa weihnachtsmann christkind kerstman sinterklaas mikulás jézuska ježíšek joulupukki julenissen julemanden "
    "jultomten tomten άγιε αγιε").split())
# A letter's closing formula, by language (sixteenth attack), read in the canonical form in lower case: a name after
# one and a comma or a line break, ending the text, signs the letter (`Cheers, Jo Smith`, `Mit freundlichen
# Grüßen\nJonas Weidl`). Not `Thanks` (`Thanks, Wyn` thanks as often as it signs), nor a brand's (`LG`).
_CLOSINGS = {
    "English": "cheers|regards|kind regards|best regards|warm regards|warmest regards|best wishes|sincerely|"
               "yours sincerely|yours faithfully|yours truly|all the best|"
               "respect|blessings|one love",  # Caribbean English (seventeenth attack)
    "French": "cordialement|bien cordialement|bien à vous|amicalement|sincères salutations",
    "German": "mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|liebe grüße|"
              "beste grüße|herzliche grüße|viele grüsse|liebe grüsse|beste grüsse",
    "Dutch": "met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|groetjes|"
             "hartelijke groet|hartelijke groeten|groet",  # (closer 135: `Groet,` alone, its short form)
    "Scandinavian and Finnish": "hälsningar|vänliga hälsningar|med vänliga hälsningar|mvh|med venlig hilsen|"
                                "venlig hilsen|vennlig hilsen|med vennlig hilsen|hilsen|terveisin|"
                                "ystävällisin terveisin",
    "Spanish, Italian, Portuguese": "saludos|saludos cordiales|un saludo|atentamente|cordiali saluti|"
                                    "distinti saluti|un saluto|atenciosamente|cumprimentos|melhores cumprimentos",
    "Polish, Czech, Slovak": "pozdrawiam|z poważaniem|s pozdravem|s pozdravom",
    # the Balkans (nineteenth attack): Croatian, Serbian and Bosnian in both scripts, Bulgarian and Macedonian
    "Croatian, Serbian, Bosnian": "pozdrav|lijep pozdrav|lep pozdrav|srdačan pozdrav|srdačno|s poštovanjem|"
                                  "поздрав|срдачан поздрав|срдачно|с поштовањем",
    "Bulgarian, Macedonian": "поздрави|сърдечни поздрави|с уважение|със уважение|со почит|срдечни поздрави",
    # (twenty-eighth attack: Swahili "yours", Afrikaans "greetings"; Zulu's and Xhosa's "thank you", a word their shops
    # do not title a product with, as English `Thanks, Obama` is one)
    "Swahili": "wako|wako mwaminifu|wako wa dhati|wasalaam",
    "Afrikaans": "groete|vriendelike groete|beste groete|hartlike groete|liefdegroete|baie groete",
    "Zulu and Xhosa": "ngiyabonga|siyabonga|enkosi|ndiyabulela",
}
# (session 15: the closings of the major languages that had none here, and Swedish's and Danish's singular forms; the
# others of Europe's major languages a letter or a shop's mail ends with)
_CLOSINGS_31 = {
    "Russian": "с уважением|с наилучшими пожеланиями|всего доброго|всего наилучшего|искренне ваш|искренне ваша",
    "Ukrainian": "з повагою|з найкращими побажаннями|всього найкращого|щиро ваш|щиро ваша",
    "Greek": "με εκτίμηση|με τιμή|με σεβασμό|φιλικά|με φιλικούς χαιρετισμούς|χαιρετισμούς|θερμούς χαιρετισμούς",
    "Romanian": "cu stimă|cu respect|cu deosebită stimă|cu considerație|cu deosebită considerație|toate cele bune|"
                "cu bine|o zi bună",
    "Hungarian": "tisztelettel|üdvözlettel|baráti üdvözlettel|szívélyes üdvözlettel|üdv",
    "Turkish": "saygılarımla|saygılarımızla|saygılar|sevgilerimle|sevgiler|selamlar|iyi çalışmalar",
    "Swedish, Danish, Norwegian": "med vänlig hälsning|vänlig hälsning|bästa hälsningar|med venlig hilsen|"
                                  "venlig hilsen|kærlig hilsen|de bedste hilsner|bedste hilsner|beste hilsen|"
                                  "vennlig hilsen|mvh",
    "Spanish, Portuguese": "un cordial saludo|cordialmente|un abrazo|abrazos|com os melhores cumprimentos|"
                           "um abraço|abraços|com os meus cumprimentos",
    "Czech, Slovak": "s úctou|s přátelským pozdravem|se srdečným pozdravem|s priateľským pozdravom|"
                     "so srdečným pozdravom|srdečne|srdečně",
    "Polish": "z wyrazami szacunku|pozdrawiam serdecznie|serdecznie pozdrawiam|łączę pozdrowienia|pozdrowienia",
    "Estonian, Latvian, Lithuanian": "lugupidamisega|parimate soovidega|tervitustega|ar cieņu|ar labākajiem "
                                     "vēlējumiem|pagarbiai|su pagarba|linkėjimai|geriausi linkėjimai",
}
_CLOSINGS.update(_CLOSINGS_31)
# Hungarian sets its signature after a colon as often as after a comma (`Üdvözlettel: Kovács Anna`); after another
# closing a colon opens a title's subtitle as often (`Respect: Bob Marley Tee`).
_COLON_CLOSING_FORMS = frozenset(_lexicon_words({"Hungarian": _CLOSINGS_31["Hungarian"]}, separator="|"))
# ... and in scripts without capitals (Hebrew, Arabic), whose name after them is one to three words of any case
_CLOSINGS_ANY_CASE = {
    "Hebrew": "בברכה|בברכה רבה|בכבוד רב|תודה ובברכה",
    "Arabic": "مع تحياتي|مع خالص تحياتي|مع خالص التحيات|مع أطيب التحيات|مع التحية|تحياتي",
}
_CLOSINGS.update(_CLOSINGS_ANY_CASE)
# Each closing in its lower case, opening with a capital and in capitals: Greek capitals fold to other Latin
# look-alikes than its lower case (`Με` is `me`, `με` is `μe`; Cyrillic's fold alike), and the text's closing is
# read lowered after its own folding.
_CLOSING_FORMS = tuple(_lexicon_words({kind: "|".join(form for closing in line.split("|") for form in (
    closing, closing[:1].upper() + closing[1:], closing.title(), closing.upper())) for kind, line in _CLOSINGS.items()},
    separator="|"))
# What ends a name inside running text besides the text's end and a field's separator (seventeenth attack: `Merci !
# Cordialement, Amina Kettani — à bientôt`): a dash between blanks (every dash is `-` in the canonical form), or a
# sentence's end after a word (`.`, `!`, `?` and a blank, a line break or the text's end: `Note: Name: Anna Fisher.`).
# A dot between blanks is a middle dot's or a bullet's, folded, which parts a receipt's fields as a dash does
# (`Fahrer: Anna Fisher · Toyota Prius`; closer 113).
_NAME_ENDED = r"(?<=[ \t])[-.][ \t]|(?<=[^\W\d_]{3})[.!?](?:[ \t\n\r]|$)"
# The signature: one to three words of a name (one only on a line of its own), ending the text, a line or a sentence,
# or before a dash (_NAME_ENDED) or a bar (a page title's: `Med vänlig hälsning, Anna Andersson | Shop`).
_SIGNATURE = re.compile(f"[ \t]{{0,3}}((?:{_PERSON_WORD}[ \t]{{1,3}}){{0,2}}{_NAME_PARTICLE}{_PERSON_WORD})"
                        f"(?:[ \t.!]{{0,3}}(?:$|\")|[ \t]{{0,3}}(?:[\n\r|]|{_NAME_ENDED}))")
# Who signs for a business, not a person (`Best regards, Example Shop`).
_BUSINESS_SIGNERS = frozenset("the shop store team support service services gmbh ltd inc llc bv ab as sa srl".split())
# ... and the other legal forms of companies in capitals (`Kunde: Deutsche Bahn AG`; closer 106), which a name's
# family name in capitals is never (not Norway's `ASA`: Swedish `Åsa` folds to `Asa`)
_BUSINESS_SIGNERS |= frozenset("ag kg kgaa ohg ug plc llp nv oy oyj aps spa sas sarl sro kft zrt bhd pty ltda".split())
# ... and Spain's and Belgium's (closer 158)
_BUSINESS_SIGNERS |= frozenset("sl slu bvba sprl".split())
# A European company's legal form in its capitals (Societas Europaea: `Owner: Allianz SE`; closer 158), which a family
# name in capitals is never; `Se` capitalized is a Korean given name's word (`Se Ri Pak`).
_CAPITAL_LEGAL_FORMS = frozenset(["SE"])
# ... and service and support in Māori and Kurmanji, in their canonical form (`Kiritaki (Ratonga Tautoko):`, the
# customer service desk; twenty-fourth attack)
_BUSINESS_SIGNERS |= frozenset("ratonga tautoko xizmet pistgiri".split())
# ... and in Greek, Russian and Ukrainian (`Πελάτης (Εξυπηρέτηση Πελατών):`; their capitals fold to Latin capitals, so
# that such a desk's words open in capitals as a name's do)
_BUSINESS_SIGNERS |= frozenset(canonical(word)[0].lower() for word in (
    "εξυπηρέτηση υποστήριξη служба поддержка поддержки підтримка підтримки").split())
# ... and a shop's customer service and team in the languages of the closings and contact labels of session 15
# (`Saygılarımla, Müşteri Hizmetleri`, `Kontaktperson: Kundtjänst`), its departments (`Ansprechpartner: Vertrieb`) and
# its carriers (`Toimitus: Posti Pakettiautomaatti`), compounds of German, Dutch and the Nordic languages whole
# (`Kundenservice`), in their canonical form.
_BUSINESS_SIGNERS |= frozenset(canonical(word)[0].lower() for word in (
    "kundenservice kundendienst kundensupport klantenservice klantendienst kundtjänst kundservice kundeservice "
    "kundesupport kundeservicen asiakaspalvelu hizmetleri hizmetler ekibi ekip ügyfélszolgálat ügyfélszolgálata "
    "csapat csapata serviciul echipa obsługa zespół podpora tým klienditugi klienditeenindus teenindus meeskond "
    "apkalpošana komanda aptarnavimas atendimento atención servizio assistenza equipo equipe equipa équipe squadra "
    "staff vertrieb verkauf einkauf buchhaltung versand kundenbetreuung vendite ventas vendas verkoop försäljning "
    "salg sprzedaż sales posti matkahuolto postnord budbee dhl dpd gls fedex inpost "
    "сервис команда обслуживания обслуговування ομάδα").split())
# ... and a publication's or a place's words, which a press quote signs with and a transcript's speaker may be
# followed by (`Delicious! – New York Times`, `Bewertet von Stiftung Warentest am 12.05.2026`, `Visitor Center Hours:
# Mon to Fri`; session 17's review).
_BUSINESS_SIGNERS |= frozenset(canonical(word)[0].lower() for word in (
    "times journal magazine magazin zeitung zeitschrift gazette tribune herald chronicle vogue warentest newsweek "
    "center centre").split())
# ... and a role its noun names, not a person (`Signed by: Author`, `Uploaded by: Admin`; forty-first attack), and
# the French and Spanish posts (`Envoyé par : La Poste`)
_GENERIC |= frozenset("author authors admin administrator artist editor designer photographer illustrator".split())
_BUSINESS_SIGNERS |= frozenset("poste correos".split())
# ... and a shipment's service, which an insured parcel's label names as a patient's names a person (closer 99:
# `Insured: Royal Mail Tracked`, `Insured: Standard Parcel`)
_BUSINESS_SIGNERS |= frozenset("mail parcel parcels tracked express shipping delivery courier paket".split())
# ... and a newsroom or a news agency, which a report credits (`Reported by: Example News`, `Reporter: Example Press`;
# closer 124)
_BUSINESS_SIGNERS |= frozenset(canonical(word)[0].lower() for word in (
    "news newsroom nachrichten noticias nouvelles notizie nieuws wiadomości press presse prensa imprensa stampa "
    "agency agentur agence agencia agenzia redaktion rédaction redacción redazione redactie").split())
# ... and a travel trade's words, which a booking's agent or its carrier is named by (closer 127: `Booked by: Example
# Travel`, `Gebucht von: Example Reisen`)
_BUSINESS_SIGNERS |= frozenset(canonical(word)[0].lower() for word in (
    "travel travels tours reisen reisebüro voyages viajes viaggi reizen airlines airways cruises hotel hotels "
    "resorts").split())
# Words that make the words around them no person's name: a generic addressee's or a business's.
_NOT_A_PERSON = _GENERIC | _BUSINESS_SIGNERS


def _signed(form: str) -> bool:
    """Whether a letter's closing formula (_CLOSINGS), opening the text, a line or a sentence, then a comma, a colon
    (`Üdvözlettel: Kovács Anna`) or a line break and a name (_SIGNATURE) end canonical `form`: string methods on the
    last comma, colon or line break first."""
    cut = max(form.rfind(","), form.rfind("\n"), form.rfind(":"))
    head = form[:cut].rstrip(" \t\r,!").lower()
    if cut < 3 or not head.endswith(_CLOSING_FORMS):
        return False
    closing = next(closing for closing in _CLOSING_FORMS if head.endswith(closing))  # (the longest)
    if form[cut] == ":" and closing not in _COLON_CLOSING_FORMS:
        return False
    before = head[:-len(closing)].rstrip(" \t")
    if before and before[-1] not in "\n.!?:\"":  # (a colon or a JSON string's quote opens a quoted letter too)
        return False
    match = (_SIGNATURE_ANY_CASE if closing in _CLOSING_FORMS_ANY_CASE else _SIGNATURE).match(form, cut + 1)
    if match is None:
        return False
    words = match.group(1).split()
    return (len(words) > 1 or form[cut] == "\n") and not any(word.lower() in _NOT_A_PERSON for word in words) and (
        bool(before) or not form[:cut].rstrip(" \t\r,!").istitle()
        or _RELEASE_FORMAT_AFTER.match(form, match.end(1)) is None)


# (closer 159, review 26) A closing in title case opening the text, and a record's, a film's or a book's format after
# a dash ending it: the words between are a title (`Yours Sincerely, Wasting Away – Vinyl`, a song), no signature.
_RELEASE_FORMAT_AFTER = re.compile(
    r"[ \t]{0,3}-[ \t]{1,3}(?:[^\W\d_]{2,20}[ \t]{1,3})?(?i:vinyl|lp|cd|dvd|blu-ray|bluray|cassette|paperback"
    r"|hardback|hardcover|ebook|audiobook|mp3|single|ep|album|poster|print|t-shirt|tee|sheet music|schallplatte"
    r"|taschenbuch|vinilo|vinile|disque|livre|libro|buch)[ \t.]{0,3}$")


# Salutations in scripts without capitals, or whose capitals the canonical form folds to Latin look-alikes in lower
# case (Greek `Νάντια` is `navtia`, Ukrainian `Надія` is `haдiя`): Greek, Ukrainian and Russian, Arabic, Hebrew,
# Hindi, Korean; the one to three words after them are the name, whatever their case. Not the words that are as often
# an adjective opening a title (Ukrainian and Russian `Дорога`, `Дорогой`: expensive, road), a phrase (Hebrew
# `לכבוד`: in honour of) or a verb (Thai `เรียน`: to study).
_SALUTATIONS_ANY_CASE = [
    "Αγαπητέ", "Αγαπητή", "Αξιότιμε", "Αξιότιμη", "Шановний", "Шановна", "Уважаемый", "Уважаемая",
    "عزيزي", "عزيزتي", "प्रिय", "आदरणीय", "친애하는",
    # (twenty-eighth attack: Kazakh, Uzbek and Mongolian Cyrillic, Bengali)
    "Құрметті", "Ҳурматли", "Эрхэм хүндэт", "প্রিয়", "শ্রদ্ধেয়"]
_HONORIFIC_ANY_CASE = ["κύριε", "κυρία", "пане", "пані", "господин", "госпожа", "السيد", "السيدة", "الأستاذ",
                       "الأستاذة", "מר", "גברת", "श्री", "श्रीमती", "सुश्री", "คุณ"]
# A word of a name in those scripts: letters (not CJK, whose names rule _CHINESE_GREETING), Indic vowel signs, and
# the Burmese and Khmer vowel signs and marks the canonical form keeps (`အောင်`, `ឈ្មោះ`; not their digits), and the
# tsheg between a Tibetan word's syllables (`.` in the canonical form: `བཀྲ་ཤིས་` is `བཀ.ཤས.`; twenty-second attack).
_SCRIPT_MARKS = "\u102b-\u103e\u1056-\u1059\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u17b4-\u17d3"


def _outside_letters(ranges: str) -> str:
    """The characters of regex class `ranges` (Indic, Burmese, Khmer: below U+1800) that `[^\\W\\d_]`, a letter,
    does not match (their vowel signs and marks, and digits), as a class's ranges. A word's or a label's letter is a
    letter or one of these: disjoint, each character is read one way, where a letter read by both branches would give
    a failing search two ways per letter to try (session 39: `आडनाव: ` repeated cost 350 µs a character)."""
    inside, letter = re.compile(f"[{ranges}]"), re.compile("[^\\W\\d_]")
    codes = [code for code in range(0x80, 0x1800)
             if inside.match(chr(code)) is not None and letter.match(chr(code)) is None]
    spans: List[List[int]] = []
    for code in codes:
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(f"\\u{first:04x}" + (f"-\\u{last:04x}" if last > first else "") for first, last in spans)


# (the Indic blocks' and _SCRIPT_MARKS's characters outside the letters)
_SCRIPT_SIGNS = _outside_letters(f"\\u0900-\\u0963\\u0970-\\u0dff{_SCRIPT_MARKS}")
_ANY_CASE_WORD = (r"(?:[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|["
                  f"{_SCRIPT_SIGNS}]|['’\\-]|(?<=[\u0f40-\u0f6c])\\.(?=[\u0f40-\u0f6c])){{1,30}}")
# An initial in those scripts, a letter and its dot (`Покупатель: О. П. Зайцевская`), before the last word.
_ANY_CASE_INITIAL = r"[^\W\d_]\."
# The signature in a script without capitals, after its closings (_CLOSINGS_ANY_CASE: `בברכה, יעל אברבנאלי`)
_CLOSING_FORMS_ANY_CASE = frozenset(_lexicon_words(_CLOSINGS_ANY_CASE, separator="|"))
_SIGNATURE_ANY_CASE = re.compile(f"[ \t]{{0,3}}((?:{_ANY_CASE_WORD}[ \t]{{1,3}}){{0,2}}{_ANY_CASE_WORD})"
                                 f"(?:[ \t.!]{{0,3}}(?:$|\")|[ \t]{{0,3}}(?:[\n\r|]|{_NAME_ENDED}))")
_GREETING_ANY_CASE = re.compile(
    f"[ \\t]{{0,3}}(?i:{'|'.join(re.escape(canonical(word)[0].lower()) for word in _SALUTATIONS_ANY_CASE)})"
    f"[ \\t]{{1,3}}(?:((?i:{'|'.join(re.escape(canonical(word)[0].lower()) for word in _HONORIFIC_ANY_CASE)})"
    f"[ \\t]{{1,3}})?((?:{_ANY_CASE_WORD}[ \\t]{{1,3}}){{0,2}}{_ANY_CASE_WORD}))[ \\t]{{0,3}}{_GREETING_END}")
# A Cyrillic honorific in lower case opening the text or a line, as running text writes it (`господин Зайцевский`,
# `пані Ковальчук`), is read as a salutation with its honorific, before one or two words; capitalized it opens a
# title as often (`Господин Никто`, `Госпожа Бовари`). Its first letter has no Latin look-alike: the canonical form
# keeps its case.
_LOWER_CYRILLIC_HONORIFICS = ["господин", "госпожа", "пан", "пане", "пані"]
_HONORIFIC_OPENING = re.compile(
    f"[ \\t]{{0,3}}({'|'.join(re.escape(canonical(word)[0]) for word in _LOWER_CYRILLIC_HONORIFICS)})[ \\t]{{1,3}}"
    f"((?:{_ANY_CASE_WORD}[ \\t]{{1,3}})?{_ANY_CASE_WORD})[ \\t]{{0,3}}{_GREETING_END}")
_GREETING_OPENERS = frozenset(word.lower() for word in SALUTATION_OPENERS) | frozenset(
    canonical(word)[0].lower().split()[0] for word in _RUSSIAN_SALUTATIONS + _SALUTATIONS_ANY_CASE
    + _LOWER_CYRILLIC_HONORIFICS)
# A Chinese or Japanese name has no capitals: two to six kanji or katakana (`山田花子`, `ヤマダ ハナコ`), maybe
# one blank between family and given name, maybe the honorific after it (`様`, `さん`, `殿`, `君`, `氏`).
_KANJI_KANA = "[\\u3005\\u4e00-\\u9fff\\u30a1-\\u30fa\\u30fc]"
_CJK_HONORIFIC = "(?:様|さま|さん|殿|君|くん|氏)"
_CJK_RUN = f"(?:{_KANJI_KANA}{{2,6}}|{_KANJI_KANA}{{1,6}}[ \\t]{_KANJI_KANA}{{1,6}})"
_CJK_NAME = f"{_CJK_RUN}(?:[ \\t]?{_CJK_HONORIFIC})?"
# A name before its honorific (Japanese writes it after: `山田花子様`, `山田 様`), the run opening the text or
# following a blank, a mark or a Latin letter (not more kanji or kana: `お客様` is `お` and `客`), the honorific not
# opening a word (`様式`, `氏名`, `さんま`): the text ends after it, or a blank, a mark or a particle follows
# (`へ`, `の`).
# (closer 130) A foreign name in katakana runs longer than a Japanese one in kanji (`クアストリンデル様`): seven to
# fourteen katakana, a middle dot or `＝` between its parts.
_LONG_KATAKANA_NAME = "[\\u30a0-\\u30ff]{7,14}"
_NAME_HONORED = re.compile(f"(?<![\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff])({_CJK_RUN}|{_LONG_KATAKANA_NAME})"
                           f"[ \\t]?({_CJK_HONORIFIC})"
                           f"(?!(?![へのはがにともよで])[\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff])")
# Words before an honorific that are not a name (lexicon data, by kind): a word `様` ends (`仕様`: a specification,
# `模様`: a pattern), persons named by their role or bond (`会員様`: members, `担当者様`: the person in charge), and
# what a run of kanji ends with when it names such a role (`者`, `員`, `客`, `方`: a person, a member, a guest, a
# person politely).
_NOT_NAMES_BEFORE_HONORIFIC = frozenset(canonical(word)[0] for word in (
    "仕様 模様 同様 多様 文様 紋様 異様 一様 両様 有様 左様 今様 神様 仏様 王様 奥様 皆様 殿様 姫様 "
    "会員 顧客 家族 店長 社長 部長 課長 会長 院長 校長 園長 館長 船長 駅長 所長 先生 旦那 女王 王子 王女 親御 御両親 "
    "ユーザー ゲスト メンバー オーナー スタッフ ファン ママ パパ 皆 "
    # gods and buddhas of a shrine's or a temple's goods, animals of a child's (`観音様`, `パンダさん`)
    "観音 地蔵 大仏 天神 稲荷 明神 大黒 恵比寿 弁天 不動 菩薩 如来 "
    "パンダ クマ ネコ イヌ ウサギ ブタ ゾウ カエル "
    # (closer 130: a business's words a long katakana run ends with, `カスタマーサポート様`)
    "サポート センター サービス チーム ショップ ストア カンパニー デスク").split())
_ROLE_ENDINGS = frozenset("者員客方")
_HONORIFIC_CUE = re.compile("[様殿君氏]|さ[まん]|くん")  # what _NAME_HONORED needs: one scan of text not ASCII
# Labels in Japanese that name a person the key lexicon does not read as personal alone (an addressee, a recipient,
# a sender, a buyer; closer 117: an applicant, a requester, a lawyer's client, as an office's or a court's form
# writes them: `申請者：`, `請求者：`, `依頼者：`).
_CJK_PERSON_LABELS = frozenset(canonical(word)[0] for word in (
    "宛名 宛先 受取人 受取人名 お届け先 お届け先名 送り主 ご依頼主 依頼主 注文者 購入者 差出人 "
    "申請者 申請人 申込者 請求者 依頼者 相談者").split())
# The word that ends a patronymic line (`Elvin Əliyev Rauf oğlu`, `Dilnoza Karimova Rustam qizi`: the son or the
# daughter of Rauf, of Rustam) in Azerbaijani, Uzbek, Kazakh, Kyrgyz and Turkmen, Latin and Cyrillic, in lower case
# as it is written: after a label and its colon, the words before it are a person's name whatever the label and the
# words' case (group 5 of _LABELLED).
_PATRONYMICS = ("oğlu qızı o'g'li o‘g‘li ugli qizi uly qyzy ulı uulu kyzy ogly gyzy "
                "оглы кызы ўғли угли қизи кизи улы қызы уулу").split()
_PATRONYMIC = ("(?:" + "|".join(sorted({re.escape(canonical(word)[0]) for word in _PATRONYMICS}, key=longest_first))
               + ")(?![^\\W\\d_])")
_PATRONYMIC_END = re.compile(f"[ \\t]{_PATRONYMIC}$")
# A label (one to four words, as Persian `نام و نام خانوادگی`: a name and a family name; at the start of the text or a
# line, after `;`, `|` or `, `, opening a sentence after `.`, `?` or `!` and a blank: `Nerede? Alıcı: ...`, or in a
# script outside ASCII after another field's colon or a stop or comma, blank or not, as CJK writes them (`。`, `、`
# are `.` and `,` in the canonical form): `订单备注：收货人：王小明`) and a name after its colon, ended as a field
# is: by the text's end, a separator, a sentence's end after a name outside ASCII (`收货人：王小明。`), or the next
# label and its colon after a blank (`收货人：王小明 备注：…`, `Name: Anna Smith Tel: …`).
# A label's letters: any script's, an Indic vowel sign (`नाम`), an apostrophe inside (Ukrainian `Ім'я`).
_LABEL_LETTER = f"(?:[^\\W\\d_]|[{_SCRIPT_SIGNS}]|(?<=[^\\W\\d_])['’](?=[^\\W\\d_]))"  # (_outside_letters)
# The particles of an Arabic name's lineage (`بن`, `بنت`: son, daughter of; `آل`: the family of), not counted among
# its one to three words (`الاسم: محمد بن راشد آل ثاني`; twenty-first attack): lexicon data, in their canonical form
# (`آل` is `ال`).
_LINEAGE_KIND = {"Arabic": "بن|بنت|ابن|آل"}
_ANY_CASE_PARTICLE = f"(?:{_any_case(_LINEAGE_KIND, separator='|')}[ \\t]{{1,3}})?"
# A label of one letter outside ASCII: a word whose vowels are signs the canonical form removes (Lao `ຊື່`, "name", is
# `ຊ`; twenty-second attack); the key lexicon still judges it. A Tibetan shad (`།`) ends a label as a colon does
# (`མིང་། …`: the name word, its tsheg and the shad).
_ONE_LETTER_LABEL = "[^\\W\\d_\\x00-\\x7f]"
# What ends a label is label_ends.py's, one notion for every reading of a name after a label (closers 106 and 109): its
# colon (maybe a line break after it), or, weaker, `=` or a dash between blanks, after which the name is read as after
# a role's label (_weakly_named); a line alone is one too (_labelled_above).
# In a script written without blanks between its words (Thai, Lao, Khmer, Burmese), a blank ends a phrase as a stop
# does: a label may open after one (`…จัดส่งฟรีทั่วประเทศ ผู้รับ: …`).
_SPACELESS_STOP = "|(?<=[\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff])[ \\t]"
# A word in capitals (a family name as forms write it: `NGONO`).
_IN_CAPITALS = r"[A-Z][A-Z'’\-]{1,29}"
# A label of initials with their dots, a letter or two for each word (Russian `Ф.И.О.`, Uzbek `F.I.Sh.`: the family,
# given and father's names; twenty-sixth attack): the caller's label rules read it by its letters joined, where the
# dots are written only (`fish` is a shop's word: personal_keys.names_a_person).
_INITIALS_LABEL = "(?:[^\\W\\d_]{1,2}\\.){1,3}[^\\W\\d_]{1,2}"
# After the colon, besides capitalized words: words in capitals, maybe after one or two initials (closer 113: `J. R.
# QUENDRIX`; group 2, read after a label in capitals: `CUSTOMER
# NAME: NADIA RAHMAN`, or two or more after a label in any case naming a person, a full name as forms upper-case
# it: `Alıcı: EMINE YILDIRIM`; not `Ship to: UNITED KINGDOM`), or one to three words of any case (group 3, read
# after a label holding a letter outside ASCII: a script without capitals, Arabic `الاسم`, Hebrew, Devanagari, Thai,
# Hangul, or Greek and Cyrillic, whose capitals the canonical form folds to Latin look-alikes in lower case). A label's
# words may be joined by `_` as a key's are (an indented YAML line: `  full_name: Gurpreet Sandhuwalia`; twenty-fourth
# attack), or a word's hyphen before a blank, a compound's shared end left out (Estonian `Ees- ja perekonnanimi`: given
# and family name; twenty-eighth attack). A label may also open a phrase after a blank in a script without blanks
# between words (_SPACELESS_STOP), or stand inside the marks that enclose a field (FIELD_OPENERS, FIELD_CLOSERS:
# `«Họ tên: …»`, `🎁 Người nhận: … 🎁`, Markdown's `**Nama:** …`, whose emphasis may stand on either side of the
# colon; ASCII's brackets in pairs, the opening one after a blank or at the start, `Custom Necklace (Name: …)`, not
# a word's glued bracket, `Poster(City: …`, nor a closing one after a label opened otherwise, `Print(…, City: Rome)`:
# forty-first attack; a URL's query value or fragment may open with one, closer 113: `?note=[Full name - …]`); a
# closing mark ends the name, and after a party's label (_PARTY_LABEL) an aside's bracket after
# a blank does too (group "aside": `lead applicant: Idris … (landlord reference pending)`; closer 104). (Group
# "bracket", the first, tells an ASCII bracket opened it.)
# The small words between a label's nouns (articles, "of"), which make no word of a title (session 16), and "and" in
# lower case (`Imię i nazwisko gościa`: the guest's given and family name; thirty-ninth attack).
_LABEL_SMALL_WORDS = frozenset(
    "de del la le les du des da do dos das della dello di el of the on van von der den "
    "and und et y e i en och og".split())
# A label's words may hold one of them between two of its words besides its four (closer 127: `Nome e cognome del
# passeggero`, `Nom et prénom du passager`), as _names_a_person counts them.
_LABEL_SMALL_WORD = "|".join(sorted(_LABEL_SMALL_WORDS, key=lambda word: (-len(word), word)))
# A dash between blanks opens a label as ` / ` does (`Photo book - uploaded by: …`, `Gift card - From: …`), and so
# does a blank after a code's last two digits (closer 99: `(01)04006381333931(10)481B27 Patient: …`, `EXP 2027-08
# Patient: …`; a version's `3.0 FN:…` ends in one). A URL's query value or fragment, decoded where it stands, opens a
# label too, and the next parameter ends the name (label_ends.URL_VALUE_OPENS, URL_VALUE_ENDS; closer 109).
_LABELLED = re.compile(f"(?:^|[\\n;|\"]|[,.?!:][ \\t]|[ \\t][/-][ \\t]|(?<=[0-9]{{2}})[ \\t]"
                       f"|{label_ends.URL_VALUE_OPENS}"
                       # (a mark glued to a script outside ASCII; with a blank after it, the opener before is the
                       # same, read once: each label's words are tried once a colon, not twice: perf 46b)
                       f"|[:,.?!](?=[^\\x00-\\x7f]){_SPACELESS_STOP}"
                       f"|[{FIELD_OPENERS}]|(?:(?<![^ \\t])|{label_ends.URL_VALUE_OPENS})(?P<bracket>[(\\[{{]))"
                       f"[ \\t]{{0,3}}"
                       f"((?:{_LABEL_LETTER}{{2,30}}|{_ONE_LETTER_LABEL})"
                       f"(?:-?[ \\t\\-_](?:(?:{_LABEL_SMALL_WORD})[ \\t])?{_LABEL_LETTER}{{1,30}}){{0,3}}"
                       f"|{_INITIALS_LABEL})"
                       f"\\.?\\*{{0,2}}[ \\t]{{0,3}}{label_ends.MARK}\\*{{0,2}}[ \\t]{{0,3}}(?:(?:{_HONORIFIC})?"
                       f"(?:{_PERSON_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}){{0,3}}"
                       f"{_NAME_PARTICLE}{_PERSON_WORD}|{_CJK_NAME}"
                       f"|((?:[A-Z]\\.[ \\t]{{0,3}}){{0,2}}(?:{_IN_CAPITALS}[ \\t]{{1,3}}){{0,3}}{_IN_CAPITALS})"
                       f"|((?:(?:{_ANY_CASE_INITIAL}|{_ANY_CASE_WORD})[ \\t]{{1,3}}{_ANY_CASE_PARTICLE}){{0,2}}"
                       f"{_ANY_CASE_WORD})"
                       f"|((?:{_ANY_CASE_WORD}[ \\t]{{1,3}}){{1,3}}{_PATRONYMIC}))"
                       f"[ \\t]{{0,3}}"
                       f"(?=$|[,;\\n|\"{FIELD_CLOSERS}]|{label_ends.URL_VALUE_ENDS}|(?(bracket)[)\\]}}]|(?!))"
                       f"|(?<=[^\\x00-\\x7f])[.!?]|{_NAME_ENDED}|(?<=[ \\t])(?P<aside>)\\("
                       # (a bracket glued after a name in kana or kanji, full-width as typed: `お迎え：… …（祖父）`)
                       f"|(?<=[\\u3040-\\u30ff\\u4e00-\\u9fff])\\("
                       f"|(?<=[ \\t]){_LABEL_LETTER}{{1,30}}\\.?[ \\t]{{0,3}}:"
                       # (or a preposition of where one is from before a place: `… aus Linz`, `… z Poznania`; closer
                       # 150)
                       f"|(?<=[ \\t])(?:aus|from|uit|fran|z|ze)[ \\t]{{1,3}}[A-Z]"
                       # (or a companion's word before a capitalized word or a possessive: `… with Border Collie`, `…
                       # mit ihrem Pudel`, `… & her Beagle`; closer 167)
                       f"|(?<=[ \\t]){_COMPANION_END})")
# A payment card's holder is written in capitals, as the card is embossed, after a label in any case (`Cardholder:`,
# `Name on card:`, `Account holder:`; session 16: its words in the languages of the key lexicon's card labels,
# `Titular de la tarjeta:`, `Nom du titulaire de la carte :`); the label is still judged personal by the key lexicon.
_CARD_LABEL = re.compile(r"(?i:card|holder|karte|inhaber|tarjeta|titular|carte|carta|titolare|cartao|kaart|houder"
                         r"|karta|posiadacz|kort|innehavare)")
# A label naming the person who did an act only a shopper does (`Reviewed by:`, `Written by:`, `Gift from:`) names
# a person as the key lexicon's name words do (`Sent by` is one of them); the acts of a shop or a maker (`Made by:`,
# `Sold by:`, `Shipped by:`, `Designed by:`) and a bare `From:` (`From: 12.99 USD`, `From: Example Store`) name a
# business as often.
_COMMUNITY_REPORTS = "|".join(sorted({re.escape(canonical(word)[0].casefold()).replace("_", "[ \t]")
                                      for words in key_lexicon.COMMUNITY_REPORTS.values() for word in words.split()},
                                     key=lambda word: (-len(word), word)))
_PERSON_ACT_LABEL = re.compile(r"(?i:(?:review(?:ed)?|written|posted|submitted|signed|ordered|purchased|bought"
                               r"|rated|recommended)[ \t\-]by|gift[ \t\-](?:card[ \t\-])?from"
                               # who a message is sent on behalf of, as a gift's card says it (`De la part de :`)
                               r"|de[ \t]la[ \t]part[ \t]de|de[ \t]parte[ \t]de|da[ \t]parte[ \t]d[ie]"
                               # a commit's trailers name who did a part of the work (twenty-eighth attack:
                               # `Signed-off-by: …`, `Co-authored-by: …`), their address or not
                               r"|(?:signed-off|co-authored|reported|tested|acked|suggested|helped)-by"
                               # who reported a post or a member to a community's moderators (closer 124:
                               # key_lexicon.COMMUNITY_REPORTS, `Reported by:`, `Gemeldet von:`)
                               + f"|{_COMMUNITY_REPORTS})")

# The key lexicon's parties to a contract or a file (key_lexicon.PARTIES: a patient, an insured person, a tenant, an
# applicant, a borrower, the deceased, ...) as a label's words, in the canonical form (its marks folded: `Patiënt`,
# `assurée`), a word of two with a blank or a dash between (`Versicherte Person`); a party's rank before or after it
# (key_lexicon.PARTY_RANKS: `lead applicant`, `emprunteur principal`), and the Latin prefix `co` before it
# (`co-applicant`, `co-emprunteur`; closer 104).
def _label_words(*tables: Dict[str, Dict[str, str]]) -> str:
    """The words of `tables` (meaning -> language -> words) as an alternation in the canonical form, longest first."""
    return "|".join(sorted({re.escape(canonical(word)[0].casefold()).replace("_", "[ \t-]") for table in tables
                            for languages in table.values() for words in languages.values() for word in words.split()},
                           key=lambda word: (-len(word), word)))


_PARTY_RANKS = "|".join(sorted({canonical(word)[0].casefold() for words in key_lexicon.PARTY_RANKS.values()
                                for word in words.split()}, key=lambda word: (-len(word), word)))
PARTY_WORDS = _label_words(key_lexicon.PARTIES, key_lexicon.PARTIES_IN_TEXT)
# (closer 119) A pupil's label reads a full name after it as a party's does (`Schülerin: …`, `Élève : …`, `alumna:
# …`): a course's or a promotion's words after it are no full name (`Student: Back To School`, role_labels.a_thing);
# in running text its word in lower case before one (named_in_text: `quota alunna …`), not a title's capitalized
# words (`Student Discount Code`).
_PUPILS = {"pupil": key_lexicon.PARTIES_IN_KEYS["pupil"]}
PUPIL_WORDS = _label_words(_PUPILS)
_PARTY_LABELS = (f"(?:(?:{_PARTY_RANKS})[ \t])?(?:co[ \t-]?)?(?:{PARTY_WORDS}|{PUPIL_WORDS})"
                 f"(?:[ \t](?:{_PARTY_RANKS}))?")

_PARTY_LABEL = re.compile(f"(?i:{_PARTY_LABELS})")
# The key lexicon's shop roles (key_lexicon.SHOP_ROLES: who buys, travels or stays, in the shops' languages; closer
# 106; and those read in text only, SHOP_ROLES_IN_TEXT: closer 113) as a label's words, in the canonical form
# (`Käufer` is `kaufer`).
_SHOP_ROLE_LABELS = "|".join(sorted({  # (a role of two words, a blank or a dash between: `Named driver`; closer 158)
    re.escape(canonical(word)[0].casefold()).replace("_", "[ \t-]")
    for table in (key_lexicon.SHOP_ROLES, key_lexicon.SHOP_ROLES_IN_TEXT)
    for languages in table.values() for words in languages.values() for word in words.split()},
    key=lambda word: (-len(word), word)))

# (closer 115) The holder of what a person holds in their own name (key_lexicon.HELD_IN_A_NAME), the held thing's
# words before the holder's, glued or apart (`Ticketinhaber`, `tickethouder`, `Season ticket holder`), or after it
# and `of` (`Titulaire du billet`, `Titular del abono`, `posiadacz biletu`); and a name badge (key_lexicon.NAME_BADGES).
_HELD = _label_words({"held": key_lexicon.HELD_IN_A_NAME})
_HOLDERS = _label_words({"holder": key_lexicon.PARTIES["holder"]})
_HOLDER_LABELS = (f"(?:{_HELD})[ \t-]?(?:{_HOLDERS})"
                  f"|(?:{_HOLDERS})(?:[ \t](?:de|du|des|del|de[ \t]la|della|dello|do|da|dos|das))?[ \t](?:{_HELD})"
                  f"|{_label_words({'badge': key_lexicon.NAME_BADGES})}")
# (closer 121) An owner's or a keeper's label (key_lexicon.OWNERS), a rank or a thing's word before it (`Registered
# owner`, `Pet owner`, `co-owner`).
_OWNER_LABELS = f"(?:[^\\W\\d_]{{2,20}}[ \t-])?(?:{_label_words({'owner': key_lexicon.OWNERS})})"
# A member's or a subscriber's label (key_lexicon.PARTIES_IN_KEYS: `Abonnée :`, `Mitglied:`) names a tier as often
# (`Member: Gold Plus`): a name after it only after a salutation (`Abonnée : Mme Anna Quendrix`; closer 115).
_MEMBER_LABEL = re.compile(f"(?i:{_label_words({'member': key_lexicon.PARTIES_IN_KEYS['member']})})")
# (closer 124) A community's moderator or reporter (key_lexicon.COMMUNITY_ROLES) is a role's label; a player
# (key_lexicon.PLAYERS) or a member is a community's member, whose full name before their handle in brackets is read
# (_handle_aside: `Player: … (Kowar), Team Nordwind`).
_COMMUNITY_ROLE_LABELS = _label_words({"role": key_lexicon.COMMUNITY_ROLES})
_COMMUNITY_MEMBER_LABEL = re.compile(
    f"(?i:{_label_words({'member': key_lexicon.PARTIES_IN_KEYS['member'], 'player': key_lexicon.PLAYERS})})")
# A member's handle in an aside's brackets: one word of letters, digits and a handle's marks, closed at once.
_HANDLE_ASIDE = re.compile(r"\(([^\W_][\w.\-]{1,30})\)")
_HONORIFIC_OPENS = re.compile(f"[ \t]{{0,3}}{_HONORIFIC}")
# A label naming the person by their role in a shop (`Customer:`, `Guest:`, `Passenger:`): two or more capitalized
# words after it are a full name (`Customer: Aram Petrosyan`); one word is as often a kind (`Customer: Returning`).
# Its words by themselves (a regular expression's alternatives below are these, escaped).
_ROLE_WORDS = ("customer client buyer shopper guest passenger traveler traveller patient payer payee"
               # (who opened a gift registry: forty-first attack, `Registrant: …`)
               " registrant co-registrant"
               " kunde kundin cliente klant kund acheteur comprador compradora"
               # (Polish, Czech, Slovak, Scandinavian `Klient`, Finnish `Asiakas`, Czech and Slovak `Zákazník`,
               # folded: session 15)
               " klient klientka asiakas zakaznik zakaznicka"
               # (Finnish `Toimitus`, a delivery: the person it is handed over to after its colon, as Finnish writes
               # no preposition: `Toimitus: Anna Virtanen`)
               " toimitus").split()
# (closer 127) A traveller's kind on a fare (key_lexicon.TRAVELLER_KINDS: `Adult:`, `Erwachsener:`), read as a
# role's label; a party's rank glued before a role's or a party's word (key_lexicon.GLUED_PARTY_RANKS:
# `Hauptreisender`, `Mitreisende`, `hoofdreiziger`), a dash between or not; a document a booking issues to one
# traveller after their role's word or before it and `of` (key_lexicon.ROLE_DOCUMENTS: `Passenger receipt`, `Reçu
# du passager`).
_TRAVELLER_KINDS = {"kind": key_lexicon.TRAVELLER_KINDS}
_GLUED_RANKS = _label_words({"rank": key_lexicon.GLUED_PARTY_RANKS})
_ROLE_WORD_LABELS = "|".join(re.escape(word) for word in _ROLE_WORDS)
_RANKED_ROLES = f"{_ROLE_WORD_LABELS}|{_SHOP_ROLE_LABELS}|{_label_words(_TRAVELLER_KINDS)}"
_ROLE_DOCUMENT_WORDS = _label_words({"document": key_lexicon.ROLE_DOCUMENTS})
_ROLE_DOCUMENT_LABELS = (f"(?:{_ROLE_WORD_LABELS}|{_SHOP_ROLE_LABELS})[ \t](?:{_ROLE_DOCUMENT_WORDS})"
                         f"|(?:{_ROLE_DOCUMENT_WORDS})(?:[ \t](?:de|du|del|de[ \t]la|della|dello|do|da|van))?"
                         f"[ \t](?:{_ROLE_WORD_LABELS}|{_SHOP_ROLE_LABELS})")
# (closer 180, eighty-third attack: e-government) The deceased's word after its definite article, as a death's
# registration writes the label (`the deceased:`, `der Verstorbene:`, `le défunt :`, `el fallecido:`): the article
# makes a person of the adjective. Not the other parties' words: a role after an article opens a title as often (`The
# Customer Is Always Right`, `The Keeper: …`, a novel's).
_DEFINITE_ARTICLES = {"English": "the", "German": "der die", "French": "le la", "Spanish": "el la",
                      "Portuguese": "o a", "Italian": "il la", "Dutch": "de"}
_THE_DECEASED = (f"(?:{'|'.join(sorted({word for words in _DEFINITE_ARTICLES.values() for word in words.split()}))})"
                 f"[ \t](?:{_label_words({'deceased': {'all': ' '.join(key_lexicon.PARTIES['deceased'].values())}})})")
_THE_DECEASED_LABEL = re.compile(f"(?i:{_THE_DECEASED})")
# (closer 192, review 33) What a registry's, a bank's or a guide's page sets off after the deceased's label besides
# their name, by meaning and language: an estate's or an inheritance's procedure, a survivor's pension, a death's
# declaration, a funeral, a memorial or a tribute, a guide's question (`The deceased: Estate Administration`, `Der
# Verstorbene: Letzter Wille`, `De overledene: Aangifte Overlijden`, `The deceased: Princess Diana Memorial`, `The
# deceased: What Happens Next`). Not `will`, `erbe`, `rente`, `como`, `dove`: given or family names too. Lexicon
# data, canonical, lower case, compared whole.
AFTER_A_DEATH: Dict[str, str] = {
    "an estate and its procedure": (
        "estate estates probate inheritance succession administration testament intestacy executor executors "
        "nachlass erbschaft erbschein testamentsvollstrecker verlassenschaft letzter "
        "heritage testamentaire vacante notariale herencia testamento sucesion sucesiones albacea "
        "eredita successione testamentaria heranca inventario partilha nalatenschap erfenis erfrecht regelen "
        "spadek"),
    "a survivor's pension, a death's declaration": (
        "pension bereavement widow widows widowed survivor survivors witwenrente hinterbliebenenrente sterbegeld "
        "sterbefall trauerfall reversion deces viudedad viudez orfandad defuncion fallecimiento "
        "reversibilita decesso pensao viuvez obito nabestaanden nabestaandenpensioen overlijden aangifte"),
    "a funeral, a memorial or a tribute": (
        "funeral funerals burial cremation memorial memorials tribute tributes obituary condolences remembrance "
        "bestattung beerdigung gedenken nachruf trauerfeier obseques funerailles hommage sepelio entierro "
        "homenaje esquela funerale esequie omaggio enterro homenagem uitvaart begrafenis herdenking"),
    "a guide's question": "what how when where why was wie wann warum que quoi comment quand cuando donde cosa "
                          "quando wat hoe wanneer waar",
}
_AFTER_A_DEATH_WORDS = frozenset(canonical(word)[0].lower() for words in AFTER_A_DEATH.values()
                                 for word in words.split())


def after_a_death(label: str, words: str) -> bool:
    """Whether `words` after the deceased's label (_THE_DECEASED) name a procedure, a pension, a funeral, a memorial
    or a guide's question that follows a death (AFTER_A_DEATH), not the deceased's name."""
    return _THE_DECEASED_LABEL.fullmatch(label) is not None and any(
        canonical(word.strip(".,;:()?!"))[0].lower() in _AFTER_A_DEATH_WORDS for word in words.split())


_PERSON_ROLE_LABEL = re.compile("(?i:"
                                # (closer 180: the deceased after its article)
                                + f"{_THE_DECEASED}|"
                                # (closer 106: who buys, travels or stays in the shops' languages, by meaning; a
                                # party's rank before it, closer 113: `Additional driver:`, `Lead passenger:`)
                                + f"(?:(?:{_PARTY_RANKS})[ \t])?(?:{_RANKED_ROLES})"
                                + f"|(?:{_GLUED_RANKS})-?(?:{_SHOP_ROLE_LABELS}"
                                f"|(?:co[ \t-]?)?(?:{PARTY_WORDS}|{PUPIL_WORDS}))"
                                + f"|{_ROLE_DOCUMENT_LABELS}"
                                # (closers 99 and 104: a party to a contract or a file by the key lexicon's
                                # meanings: `Patientin:`, `Versicherte Person:`, `lead applicant:`, `Mieter:`)
                                + f"|{_PARTY_LABELS}"
                                # (closer 115: a named ticket's holder, a name badge)
                                + f"|{_HOLDER_LABELS}"
                                # (closer 121: an owner or a keeper)
                                + f"|{_OWNER_LABELS}"
                                # (closer 124: a community's moderator or reporter)
                                + f"|{_COMMUNITY_ROLE_LABELS})")


def _single_words(*tables: Dict[str, Dict[str, str]]) -> Set[str]:
    """The words of `tables` (meaning -> language -> words) written as one word, in the canonical form (_label_words
    without the words of several parts)."""
    return {canonical(word)[0].casefold() for table in tables for languages in table.values()
            for words in languages.values() for word in words.split() if "_" not in word}


# What _PERSON_ROLE_LABEL matches whole in a word of letters alone: a set's look-up reads one entry where the pattern's
# walk reads the head of each of its thousands of alternatives (a cold call's pages: issue 20).
_PARTY_SINGLE_WORDS = _single_words(key_lexicon.PARTIES, key_lexicon.PARTIES_IN_TEXT, _PUPILS)
_PERSON_ROLE_WORDS = frozenset(
    {word for word in _ROLE_WORDS if word.isalpha()}
    | _single_words(key_lexicon.SHOP_ROLES, key_lexicon.SHOP_ROLES_IN_TEXT, _TRAVELLER_KINDS)
    | {rank + word for rank in _single_words({"rank": key_lexicon.GLUED_PARTY_RANKS})
       for word in _single_words(key_lexicon.SHOP_ROLES, key_lexicon.SHOP_ROLES_IN_TEXT) | _PARTY_SINGLE_WORDS
       | {"co" + word for word in _PARTY_SINGLE_WORDS}}
    | _PARTY_SINGLE_WORDS | {"co" + word for word in _PARTY_SINGLE_WORDS}
    | {held + holder for held in _single_words({"held": key_lexicon.HELD_IN_A_NAME})
       for holder in _single_words({"holder": key_lexicon.PARTIES["holder"]})}
    | _single_words({"badge": key_lexicon.NAME_BADGES}) | _single_words({"owner": key_lexicon.OWNERS})
    | _single_words({"role": key_lexicon.COMMUNITY_ROLES}))

# (a role's document's last word, which a label naming its person may end on: `Passenger receipt - …`)
_ROLE_DOCUMENT_WORD_SET = _single_words({"document": key_lexicon.ROLE_DOCUMENTS})


def person_role(label: str) -> bool:
    """Whether `label` (in the canonical form) names a person by their role in a shop or their part in a contract or
    a file (_PERSON_ROLE_LABEL): one word of letters by _PERSON_ROLE_WORDS."""
    if label.isalpha():
        return label.lower() in _PERSON_ROLE_WORDS
    return _PERSON_ROLE_LABEL.fullmatch(label) is not None


# (closer 117) The parties read only as labels (key_lexicon.PARTIES_IN_LABELS: Portuguese's claimant `autor`, Italian's
# `ricorrente`, a deed's seller) name a person in lower case, as a court's or a notary's text writes its parties'
# labels within a line (`… – autor: …`, `ricorrente: …`), or before an honorific (`Vendeur : M. …`); capitalized
# before a name they open a product's attribute or a marketplace's field as often (`Autor: Thomas Mann`, a book's
# author; `Verkäufer: Media Markt`).
_LABEL_ONLY_PARTY = re.compile(f"(?i:{_label_words(key_lexicon.PARTIES_IN_LABELS)})")
_HONORIFIC_AFTER_LABEL = re.compile(f"[ \t]{{0,3}}{label_ends.MARK}?[ \t]{{0,3}}{_HONORIFIC}")


def _label_only_party_named(form: str, match: re.Match[str], label: str) -> bool:
    """Whether `label` of _LABELLED's `match` in `form` names a party read only as a label (_LABEL_ONLY_PARTY), in
    lower case or before an honorific, and a full name follows it."""
    after = form[match.end(2):match.end()]
    return _LABEL_ONLY_PARTY.fullmatch(label) is not None and (
        label.islower() or _HONORIFIC_AFTER_LABEL.match(after) is not None) and _full_name(after)


def names_by_role_or_act(label: str) -> bool:
    """Whether a label names a person by their role in a shop or by an act only a shopper does (`Customer`, `Ordered
    by`): what follows it is read for a name (labelled_person), though the key rule calls it no personal key (a table's
    header too: detector._tabled_reason)."""
    return person_role(label) or _PERSON_ACT_LABEL.fullmatch(label) is not None


# (closer 96) An address typed into a search box: lower case, no comma between its parts, no label's colon (`12 oxley
# street leeds`, `sw1a1aa 12 oxley rd`, `10115 berlin oxleystr 12`, `delivery address 12 oxley lane`). A street line
# alone is weak there (`42nd street`, `5th avenue boots`, `10 speed road bike`); with its next part it is strong: a
# post code of its country's layout and a town (`1726 ab amsterdam`, `springfield il 62701`, `sw1a 1aa`), or a town
# known by its name (geography.TOWN_NAMES), before or after the line, or a label naming an address opening the text. The
# line: a house number, a name's words and an English street word (`12 oxley street`, glued `12oxleyroad`), a name
# glued to a German or Dutch street word and the number (`oxleystr 12`), or a street word of the languages that
# write it first, a name and the number (`calle oxley 12`). Read on the whole text in lower case or on a quoted run
# of it (a results page's title: `Results for "…"`), 120 characters at most; each reading a fullmatch.
_SEARCHED_WORD = r"[a-z](?:[a-z'-]){1,29}"
_SEARCHED_HOUSE = r"[1-9][0-9]{0,4}[a-z]?(?:-[0-9]{1,4})?"
_SEARCHED_AFTER_NAME = _words(_AFTER_NAME)
_SEARCHED_GLUED = _words(sorted({word.translate(_ADDRESS_FOLD) for word in _GLUED} | {"str"}, key=longest_first))
_SEARCHED_TYPE_FIRST_KIND = {
    "Spanish": "calle avenida avda paseo plaza carrer camino carretera travesia pasaje bulevar",
    "Italian": "viale piazza piazzale corso vicolo", "Portuguese": "rua travessa praca alameda estrada rodovia",
    "Polish": "ulica ul. ul aleja al.", "Romanian": "strada bulevardul calea splaiul soseaua",
    "Belgian French and Dutch": "chaussee steenweg", "Malay and Indonesian": "jalan jl. jln lorong persiaran lebuh"}
_SEARCHED_TYPE_FIRST = _words(_lexicon_words(_SEARCHED_TYPE_FIRST_KIND))
_SEARCHED_NUMBER = r"(?!19[0-9]{2}(?![0-9])|20[0-9]{2}(?![0-9]))[0-9]{1,4}[a-z]?"
_SEARCHED_STREET = (
    f"(?:{_SEARCHED_HOUSE} (?:{_SEARCHED_WORD} ){{1,3}}(?:{_SEARCHED_AFTER_NAME})\\.?"
    f"|[1-9][0-9]{{0,4}}[a-z]{{3,25}}(?:{_SEARCHED_AFTER_NAME})"
    f"|[a-z]{{3,25}}(?:{_SEARCHED_GLUED}) ?(?:nr\\.? ?)?{_SEARCHED_NUMBER}"
    f"|(?:{_SEARCHED_TYPE_FIRST}) (?:{_SEARCHED_WORD} ){{1,3}}(?:n[o.]{{1,2}} ?)?{_SEARCHED_NUMBER})"
    f"(?: {_FLAT_WORD.replace('(?i:', '(?:')}\\.? ?#?[0-9]{{1,4}}[a-z]?)?")
_SEARCHED_STREET_LINE = re.compile(_SEARCHED_STREET)
_US_STATE_CODES = _words(sorted(state.lower() for state in _US_STATES))
_SEARCHED_CODED_PART = (
    r"(?:[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2}"  # British
    f"(?: {_SEARCHED_WORD}){{0,2}}"
    # five digits; the Netherlands'; Poland's; four digits (Austria, Switzerland, Belgium, Denmark), not a year
    r"|(?:[0-9]{5}|[1-9][0-9]{3} ?(?!s[ads])[a-z]{2}|[0-9]{2}-[0-9]{3}|(?!19|20)[1-9][0-9]{3})"
    f"(?: {_SEARCHED_WORD}){{1,2}}"
    f"|(?:{_SEARCHED_WORD} ){{1,3}}(?:{_US_STATE_CODES}) [0-9]{{5}}(?:-[0-9]{{4}})?"  # a US town, state and ZIP
    # (closer 130: a British town before its post code, `leeds ls6 2qt`)
    f"|(?:{_SEARCHED_WORD} ){{1,2}}[a-z]{{1,2}}[0-9][a-z0-9]? ?[0-9][a-z]{{2}})")
_SEARCHED_CODED_LINE = re.compile(
    f"{_SEARCHED_STREET} {_SEARCHED_CODED_PART}|{_SEARCHED_CODED_PART} {_SEARCHED_STREET}")
_SEARCHED_RUN = re.compile(r"[a-z0-9ß .,'#-]{6,120}")
_QUOTED_RUN = re.compile(r'["\u201c\u201e\u00ab]([^"\u201c\u201d\u201e\u00ab\u00bb\n]{6,120})["\u201d\u201c\u00bb]')


def searched_address(form: str, personal_label: Callable[[str], bool]) -> bool:
    """Whether canonical `form`, in lower case, or a quoted run of it in lower case, is an address as a search box
    gets one (above)."""
    if form.islower():
        return _searched_run(form, personal_label)
    return ('"' in form or "\u201c" in form or "\u201e" in form or "\u00ab" in form) and any(
        _searched_run(match.group(1), personal_label) for match in _QUOTED_RUN.finditer(form)
        if match.group(1).islower())


def _searched_run(run: str, personal_label: Callable[[str], bool]) -> bool:
    """Whether `run`, a search box's whole text in lower case, is a street line with a post code and a town, with a
    known town, or after a label naming an address (searched_address)."""
    if _SEARCHED_RUN.fullmatch(run) is None or _DIGIT.search(run) is None:
        return False
    words = run.replace(",", " ").split()
    if len(words) < 2:
        return False
    line = " ".join(words)
    if _SEARCHED_CODED_LINE.fullmatch(line) is not None:
        return True
    for size in (1, 2):  # a known town after the line or before it
        if len(words) > size and (" ".join(words[-size:]) in TOWN_NAMES and _SEARCHED_STREET_LINE.fullmatch(
                " ".join(words[:-size])) is not None or " ".join(words[:size]) in TOWN_NAMES and (
                _SEARCHED_STREET_LINE.fullmatch(" ".join(words[size:])) is not None)):
            return True
    # a label naming an address opening the text, then the line (its words are a label's: no digit)
    return any(not any(char.isdigit() for char in " ".join(words[:size])) and (
        _SEARCHED_STREET_LINE.fullmatch(" ".join(words[size:])) is not None) and (
        " ".join(words[:size]) in _DESTINATION_LABEL_FORMS or _address_label(" ".join(words[:size]), personal_label))
        for size in (1, 2, 3) if len(words) > size + 1)


def reason(form: str, personal_label: Callable[[str], bool], segments: bool = False,
           person_label: Callable[[str], bool] = lambda label: False) -> str:
    """What canonical `form` holds of a postal address, home coordinates or a named person, or "".
    `personal_label` tells whether a label (`Ship to`) names personal data, as a key would, `person_label` whether
    it names a person (`Recipient`, not `Ship to`); `segments`: `form` is a URL path with a line break for each
    `/`. Callers test CUE (PATH_CUE in a path), code_cued or a character outside ASCII first. An address after a
    label naming a business opening the text is the business's (_a_business_address: read only once one is found)."""
    found = _reason(form, personal_label, segments, person_label)
    return "" if found == POSTAL_ADDRESS and not segments and _a_business_address(form) else found


# (closer 227, review 44) How long a business's address after its label is at most, and how many parts after its
# street line (a town, a district, a post code, a region: `1 Hacker Way, Menlo Park, CA`).
_MAX_BUSINESS_ADDRESS = 90
_MAX_PLACE_PARTS = 3
# (a post code or a region's code: four or five digits, or a capital and its letters and digits, `W1B 2EL`, `NY`, `1017
# BZ`; no flat's or floor's short number, `Wohnung 3`, `Apt 5B`)
_PLACE_CODE = r"(?:[0-9]{4,5}(?:[ \t][A-Z]{2})?|[A-Z][0-9A-Z]{1,4}(?:[ -][0-9][0-9A-Z]{2,3})?)"
_PLACE_PART = re.compile(f"[ \\t]{{0,3}}(?:{_PLACE_CODE}[ \\t]{{1,3}})?"
                         r"[^\W\d_][^\W\d_'’.-]{0,29}(?:[ \t]{1,3}[^\W\d_][^\W\d_'’.-]{0,29}){0,2}"
                         f"(?:[ \\t]{{1,3}}{_PLACE_CODE})?[ \\t.]{{0,3}}")


def _a_business_address(form: str) -> bool:
    """Whether canonical `form` opens with a label naming a business's place (business_labels.BUSINESS_LABEL: `Store
    address:`, `Filiale`, `Headquarters:`, `门店：`) and the rest, one line, is its street line (street_line_alone; in
    CJK its street and block: _CJK_ADDRESS) and at most three parts after commas, each a place's (a post code, up to
    three words, a region's code; no given name that is no town's: `…, Anna Schmidt` stays a person's)."""
    label = BUSINESS_LABEL.match(form)
    if label is None:
        return False
    rest = form[label.end():]
    if not rest or len(rest) > _MAX_BUSINESS_ADDRESS or "\n" in rest or ":" in rest:
        return False
    if not rest.isascii() and " " not in rest.strip() and _CJK_ADDRESS.search(rest) is not None:
        return not honored(rest)
    street, *places = rest.split(",")
    return len(places) <= _MAX_PLACE_PARTS and not _a_persons_part(street) and (street_line_alone(
        street) or _NAMED_STREET.fullmatch(street) is not None) and all(
        _PLACE_PART.fullmatch(place) is not None and not _a_persons_part(place) for place in places)


# (a street's capitalized words and its number, in a layout no street word tells: `Gran Vía 32`)
_NAMED_STREET = re.compile(r"[ \t]{0,3}[A-Z][^\W\d_'’.-]{0,29}(?:[ \t]{1,3}[^\W\d_][^\W\d_'’.-]{0,29}){0,3}"
                           r"[ \t]{1,3}[0-9]{1,4}[A-Za-z]?[ \t]{0,3}")


def _a_persons_part(part: str) -> bool:
    """Whether a part of an address holds a given name that is no town's (`Anna Schmidt`, not `Paris`)."""
    return any(a_given_name(word) and word.lower() not in TOWN_NAMES for word in part.split())


def _reason(form: str, personal_label: Callable[[str], bool], segments: bool,
            person_label: Callable[[str], bool]) -> str:
    """postal.reason's layouts, in their order."""
    if coordinates.located(form, segments):
        return COORDINATES
    if not segments and "<" in form:  # a line break in markup is one (`12 Awolowo Road<br>Ikoyi`)
        form = _BREAK_TAG.sub("\n", form)
    is_ascii = form.isascii()
    dash = not segments and " - " in form
    equals = not segments and "=" in form  # (a label's weak end, as a dash is: label_ends.py)
    if not segments and (form[-1:] in _CODE_LAST and form[-2:] in _CODE_ENDS and ends_on_uk_or_ca_code(form) and (
            _STREET_BEFORE_CODE.search(form[-200:]) is not None) or (
            _DIGIT.search(form) is not None and searched_address(form, personal_label))) or (
            _CODE_TOWN_CUE.search(form) is not None and street_line_before_code(form)):
        return POSTAL_ADDRESS
    if is_ascii and (PATH_CUE if segments else _TEXT_REST).search(form) is None and not dash and not equals and (
            segments or ". " not in form):  # (a Hungarian floor: `Andrássy út 52. 3. em.`)
        return (POSTAL_ADDRESS if _unmarked_lines(form) else "") if segments else _unmarked(form, personal_label)
    # what the address rules read (one scan for a variant letter first: most text has none)
    address = form if is_ascii or _VARIANT.search(form) is None else form.translate(_ADDRESS_FOLD)
    # (an ASCII digit, looked for once: most layouts below need one, most titles and names hold none)
    numbered = _DIGIT.search(address) is not None
    if not is_ascii and (_CJK_ADDRESS.search(address) is not None or ("ซอย" in form or "ถนน" in form) and (
            _THAI_LINE.search(address) is not None)) or (
            (not is_ascii or "," in form) and _kind_lines(address)) or (  # (Khmer parts are apart by blanks only)
            "," in form and _twentieth_lines(address)) or _unmarked_lines(address) or (
            _local_lines(address, numbered)) or numbered and _lines_27(address, is_ascii) or (
            _lines_28(address, is_ascii, numbered)) or _lines_29(address, is_ascii, numbered) or (
            numbered and _lines_30(address, is_ascii)) or (
            "/n" in form or "/N" in form or "mero" in form or "MERO" in form) and (
            # (a line in capitals names its next part in capitals: read as its words capitalized)
            _UNNUMBERED_STREET.search(address.title() if address.isupper() else address) is not None) or (
            not is_ascii and _GLUED_PARTS_CUE.search(form) is not None and _GLUED_PARTS.search(form) is not None) or (
            # (an entrance and a flat need no mark ending the line: `כניסה` in C first)
            not is_ascii and _HE_ENTRANCE in address and _RTL_FLAT.search(address) is not None):
        return POSTAL_ADDRESS
    if not is_ascii and honored(form):
        return PERSON_NAME
    lines = "\n" in form and not segments  # in a URL path a line break stands for `/`
    comma = "," in form
    colon = ":" in form or not is_ascii and "\u0f0d" in form  # (a Tibetan shad ends a label too)
    # (what ends a line for the layouts below, and a digit they all need: each looked for once)
    ended = comma or lines or ";" in form or "|" in form or "،" in form
    digit = (ended or dash or ". " in form) and _DIGIT.search(form) is not None
    if digit and (ended or dash) and (" " in form or "\t" in form or lines) and (
            _holds_street_line(address, is_ascii) or _cued_lines(address, is_ascii)):
        return POSTAL_ADDRESS
    if comma and digit and (_ONE_COUNTRY_NEED.search(address) is not None
                            and _LINES_OF_ONE_COUNTRY.search(address) is not None or _landmark_first(address)) or (
            digit and (comma or lines) and _HOUSE_CUE.search(address) is not None
            and _HOUSE_TO_LOCALITY.search(address) is not None):
        return POSTAL_ADDRESS
    if digit and (ended or dash) and (
            _ANDES_CUE.search(address) is not None and _LINES_OF_THE_ANDES.search(address) is not None
            or colon and _labelled_street(address, personal_label)
            or _UNIT_CUE.search(address.lower()) is not None and _UNIT_LINES.search(address) is not None) or (
            numbered and not segments and _labelled_street_line(address, personal_label)):
        return POSTAL_ADDRESS
    if digit and (comma or lines or ";" in form or "|" in form or ". " in form) and (
            _region_lines("\n" + address.lower())) or (  # (a dash alone ends none of its lines, nor `،`)
            comma or lines or ". " in form or _between_crossings(form)) and (
            _nineteenth_lines(address, not is_ascii or comma)):
        return POSTAL_ADDRESS
    if coordinates.dms_pair(form):
        return COORDINATES
    # (a salutation opening the text needs no mark after the name, in ASCII too: `Dear Mr. Henshaw` has a `. `)
    if (comma or colon or lines or "!" in form or _opens_greeting(form)) and _greeted(form, lines) or (
            (comma or lines or colon) and not segments and _signed(form)):  # (a name signing after a closing)
        return PERSON_NAME
    if comma and dash and "?" in form and _titled_name_asked(form):
        return PERSON_NAME
    # (a label ended by its colon, `=` or a dash: label_ends.py; or by a blank in a script written without blanks)
    return PERSON_NAME if (colon or dash or equals) and labelled_person(form, personal_label, person_label) or (
        lines and _labelled_above(form, personal_label, person_label)) or (
        not segments and comma and _surname_first_in_register(form)) or (
        not is_ascii and (" " in form or "\t" in form) and _labelled_before_blank(form, personal_label, person_label)
    ) else ""


# (closer 179, eighty-first attack) A label in a script written without blanks between its words (Chinese, Japanese:
# its last character one of theirs) ends at a blank as at a colon, such a script setting none inside a phrase
# (`トーナメント参加登録：氏名 …`, `お名前　…`: a full-width blank folds to one); the label opens the text, a line or
# a field after a mark (group 1), twelve characters at most, and ends on a name's word of those scripts (a phone's
# word before a blank is a device's as often: `電話機 ホワイト`, a white telephone).
_NAME_WORDS_WITHOUT_BLANKS = ("名", "名前", "氏名", "姓名", "名字", "苗字", "フリガナ", "ふりがな", "姓")
_LABEL_BEFORE_BLANK = re.compile(r"(?:^|(?<=[\n:;|,.(\]]))[ \t]{0,3}"
                                 r"([^\s:;|,.()\[\]]{0,11}[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])[ \t]{1,3}(?=\S)")


def _labelled_before_blank(form: str, personal_label: Callable[[str], bool],
                           person_label: Callable[[str], bool]) -> bool:
    """Whether a name's label of a script written without blanks, ended by a blank (above), names a person and a name
    stands after it: its line read as labelled_person reads the label with a colon."""
    for match in _LABEL_BEFORE_BLANK.finditer(form):
        if match.group(1).endswith(_NAME_WORDS_WITHOUT_BLANKS) and personal_label(match.group(1)):
            line_end = form.find("\n", match.end())
            rest = form[match.end():] if line_end < 0 else form[match.end():line_end]
            if labelled_person(f"{match.group(1)}: {rest}", personal_label, person_label):
                return True
    return False


# (closer 158, seventy-third attack) A form's step asking its visitor to confirm their own name: after a title's dash,
# an honorific and a full name, a comma and a question ending the part (`Your details – Mr … …, is this right?`,
# `Ihre Angaben – Herr … …, stimmt das?`); a product's title asks nothing of the name it holds.
_TITLED_NAME_ASKED = re.compile(f"[ \\t][-\u2013\u2014|][ \\t]{{1,3}}{_HONORIFIC}"
                                f"((?:{_PERSON_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}){{1,2}}{_PERSON_WORD})[ \\t]{{0,3}},"
                                f"[ \\t]{{1,3}}[^\\W\\d_][^?\\n|]{{0,48}}\\?")


def _titled_name_asked(form: str) -> bool:
    """Whether canonical `form` asks its visitor whether an honorific and a full name after a title's dash are theirs
    (_TITLED_NAME_ASKED), no word of the name a generic addressee's."""
    return any(_GENERIC.isdisjoint(word.lower() for word in match.group(1).split())
               for match in _TITLED_NAME_ASKED.finditer(form))


# A label alone on its line (or opening a JSON string), with or without its colon, and a name filling the next line (or
# closing the string): a form's fields exported one a line, or in JSON with `\n` (`Nom\nMutombo Kabasele`; twentieth
# attack; `Người nhận:\nPhạm Thị Lan`, twenty-sixth). The label's words, then a name: two to four capitalized words,
# or words with the family name in capitals (_mixed_case_name).
_LABEL_LINE = re.compile(f"{_LABEL_LETTER}{{2,30}}(?:-?[ \t]{_LABEL_LETTER}{{1,30}}){{0,3}}")
_NAME_LINE = re.compile(f"(?:{_HONORIFIC})?(?:{_PERSON_WORD}[ \t]{{1,3}}{_NAME_PARTICLE}){{1,3}}{_PERSON_WORD}")


def _labelled_above(form: str, personal_label: Callable[[str], bool], person_label: Callable[[str], bool]) -> bool:
    """Whether a line of canonical `form` is a label naming a person (as `reason` reads one before its colon) and the
    next line a name, nothing else on either (each line is read once or twice: linear)."""
    lines = form.split("\n")
    for label, name in zip(lines, lines[1:], strict=False):
        # (a JSON string may open before the label and close after the name: `{"note": "Nom\nMutombo Kabasele"}`;
        # another field's colon, bar or semicolon before the label on its line too: `Note: Bill to\n…`)
        label = label.rstrip(" \t\r").removesuffix(":").rstrip(" \t")
        label = label[_label_line_start(label):].lstrip(" \t")
        name = name.partition('"')[0].strip(" \t\r,")
        # (a bracket may open the label's line and close the name's, enclosing the field: `[Nome\n…, Anna]`; closer
        # 113)
        if label[:1] in _LINE_BRACKETS and name[-1:] == _LINE_BRACKETS[label[:1]]:
            label, name = label[1:].lstrip(" \t"), name[:-1].rstrip(" \t,")
        # (a sentence's stop after the name's last word, not an initial's dot: `MCQUENDRIX, J. R.`)
        name = name[:-1] if name[-1:] == "." and name[-3:-1].isalpha() else name
        if _LABEL_LINE.fullmatch(label) is None or not (name[:1].isupper() or _PARTICLE_OPENING.match(
                name) is not None) or len(name) > _LONGEST_NAME_LINE:
            continue
        if (_NAME_LINE.fullmatch(name) is not None or _mixed_case_name(name)) and person_label(label) and (
                _names_a_person(label, personal_label)) and not any(
                word.lower() in _NOT_A_PERSON for word in name.split()):
            return True
        # (a line break is a label's weak end, as `=` is: the name read as after one, closer 106: `Kunde\nQUENDRIX,
        # Anna`, `Bill to\nAnna Quendrix`)
        if labelled_person(f"{label} = {name}", personal_label, person_label):
            return True
    return False


def _label_line_start(line: str) -> int:
    """Where a label opens on the line above a name: after a JSON string's quote, another field's colon, bar or
    semicolon (`Note: Bill to`), a dash between blanks (`Re: your order - Namn`; every dash is `-` in the canonical
    form) or a code's last two digits and a blank (`Order 48172 Kunde`), as _LABELLED opens one (closer 113; C scans
    from the line's end)."""
    at = max(line.rfind('"'), line.rfind(": "), line.rfind("|"), line.rfind(";")) + 1
    dash = line.rfind(" - ")
    digit = max(line.rfind(digit) for digit in "0123456789")
    if digit > 0 and line[digit - 1].isdigit() and line[digit + 1:digit + 2] in (" ", "\t"):
        at = max(at, digit + 1)
    return max(at, dash + 3) if dash >= 0 else at


# A family name's particles in lower case opening a name's line before its capital (closer 113: `van der Quendrix,
# Anna`).
_PARTICLE_OPENING = re.compile(f"(?=[a-z]){_NAME_PARTICLE}(?={_CAPITAL})")
# The brackets that may enclose a label's line and its name's line, by their opening one.
_LINE_BRACKETS = {"[": "]", "(": ")", "{": "}"}
# The longest line under a label read as a name (a full name's words and their blanks).
_LONGEST_NAME_LINE = 80


# (review 23) A romanized Korean road's building or a lot and its district, either first, or a Japanese town's block
# by its word and its ward, ending the text with no mark, as a search box types them (`Myurenda-ro 27-gil 14
# Gangnam-gu`, `Nuezawa 2-chome 14-3 Shibuya-ku`); read in the text's last characters.
_UNMARKED_EAST_ASIAN = re.compile(
    f"(?:(?<![\\w-]){_KR_ROAD_OR_LOT}[ \\t]{{1,3}}{_KR_DISTRICT}|(?<![\\w-]){_KR_DISTRICT}[ \\t]{{1,3}}"
    f"(?<![\\w-]){_KR_ROAD_OR_LOT}|{_NAME_WORD}[ \\t]{{1,3}}{_JP_CHOME}[ \\t]{{1,3}}{_JP_CHOME_WARD})[ \\t]{{0,3}}$")


def _unmarked(form: str, personal_label: Callable[[str], bool]) -> str:
    """What text in ASCII with no mark ending a line holds: a street between its crossing streets (`Calle 23 #1056
    entre L y M`), a street line after an address's label ended by `=` or a tab (`address1=742 Evergreen Terrace`),
    or a salutation, an honorific and a name (`Vazena pani Dvorakova`)."""
    if labelled_field_cued(form) and _labelled_street_line(form, personal_label) or (
            _between_crossings(form) and _CROSSED_LINE.search(form) is not None) or _unmarked_lines(form) or (
            ("-gu" in form or "-ku" in form or "-Gu" in form or "-Ku" in form)
            and _UNMARKED_EAST_ASIAN.search(form[-120:]) is not None) or (
            _unmarked_30(form)) or " Q" in form and _VN_WARD_AND_DISTRICT.search(form) is not None or (
            pin_code_last(form) and _IN_UNMARKED_LINE.search(form[-200:]) is not None):
        return POSTAL_ADDRESS
    return PERSON_NAME if _opens_greeting(form) and _greeted(form, False) or (
        "," in form and _surname_first_in_register(form)) else ""


def _party_named(form: str, match: re.Match[str], label: str) -> bool:
    """Whether `label` of _LABELLED's `match` in `form` names a party to a contract or a file (_PARTY_LABEL) and a full
    name follows it, before an aside's bracket (`lead applicant: … (landlord reference pending)`; closer 104)."""
    return _PARTY_LABEL.fullmatch(label) is not None and _full_name(form[match.end(2):match.end()])


def _member_with_handle(form: str, match: re.Match[str], label: str) -> bool:
    """Whether `label` of _LABELLED's `match` in `form` names a community's member (_COMMUNITY_MEMBER_LABEL) and a full
    name follows it before the member's handle in brackets, no place (closer 124: `Player: … (Kowar), Team …`)."""
    if _COMMUNITY_MEMBER_LABEL.fullmatch(label) is None:
        return False
    handle = _HANDLE_ASIDE.match(form, match.end())
    return handle is not None and not _a_place(handle.group(1)) and _full_name(form[match.end(2):match.end()])


# (closer 171) A kin's word alone in the bracket after a full name (`Notfallkontakt: … (Vater)`, `Contact : … (Mère)`),
# by language (role_labels.KIN): the person's relation to the writer, as `(Mum)` is.
_KIN_WORDS = frozenset(canonical(word)[0].lower() for line in KIN.values() for word in line.split())
_ASIDE_WORD = re.compile(r"\([ \t]{0,3}([^\W\d_]{2,20}(?:-[^\W\d_]{2,20})?)[ \t]{0,3}\)")


def _kin_aside(label: str, form: str, match: re.Match[str], personal_label: Callable[[str], bool]) -> bool:
    """Whether _LABELLED's `match` before an aside's bracket, after a label naming personal data, is a full name and
    the bracket holds a kin's word alone (_KIN_WORDS)."""
    aside = _ASIDE_WORD.match(form, match.end())
    return aside is not None and aside.group(1).lower() in _KIN_WORDS and personal_label(label) and _full_name(
        form[match.end(2):match.end()])


def _named_before_aside(form: str, match: re.Match[str], personal_label: Callable[[str], bool],
                        person_label: Callable[[str], bool]) -> bool:
    """Whether _LABELLED's `match` (its name before an aside's bracket: `Name: Anna Quendrix (gift)`) holds a full name
    after a label naming someone (_names_someone), in capitals or not, none of its words a thing's, a business's, a
    place's or a placeholder's (closer 109: `Name: Product (Wit)`, `Ship to: Paris (France)` go out)."""
    label, capitals, any_case = match.group(2, 3, 4)
    after = form[match.end(2):match.end()].lstrip(" \t.*=-:\n\r")
    # (a personal label naming someone by a person's word before a full name, as without the bracket: `Assignee: …
    # (Tier 2)`, `Billing contact: … (Accounts Payable)`; closer 141)
    if not (_names_someone(label, personal_label, person_label) or capitals is None and any_case is None and (
            personal_keys.names_someone_by_word(label) and _names_a_person(label, personal_label))) or (
            _place_or_business(after)) or _placeholder(
            after) or _left_at_a_place(label, after) or _a_place(after):
        return False
    if capitals is not None:
        return _full_name_in_capitals(label, capitals, after, personal_label, person_label)
    return _full_name(after) and (any_case is None or label.isascii() and _mixed_case_name(any_case))


# (closer 127) A label numbered by its place in a booking or a form (`Passenger 1:`, `Guest 2 :`, `Passager 1 :`,
# `Adult #1:`): its number, one or two digits after a word and a blank, before the colon (not a time's: `Check-in
# 14:00`), is no part of the label and is read away.
_LABEL_ORDINAL = re.compile(r"(?<=[^\W\d_])[ \t]{1,2}#?[1-9][0-9]?(?=[ \t]{0,3}:(?![0-9]))")
_LABEL_ORDINAL_CUE = re.compile(r"[0-9][ \t]{0,3}:")


def _without_label_ordinals(form: str) -> str:
    """`form` with each label's number read away (_LABEL_ORDINAL: `Passenger 1:` is `Passenger:`)."""
    return form if _LABEL_ORDINAL_CUE.search(form) is None else _LABEL_ORDINAL.sub("", form)


# What a role's label may name that is no person (role_labels and this module: a speaker's product, a pickup's place,
# a winner's team, a witness's state, a death's procedure, a recruiting firm's branch, a bettor's club, tier or market
# (closer 198)), each asked of the label and the words after it.
_ROLES_THINGS = (a_speakers_product, a_pickup_place, a_winners_team, a_witness_state, after_a_death,
                 a_recruiting_firms_branch, a_bettors_thing)


# (closer 200, review 34) A full name after a dash between blanks ending the text or its clause, after a label's words
# (`Witness: Not Required – Orla Quenby`, `Name: Not Applicable – Orla Quenby`): the label's state or answer before it
# is no value alone, the name after the dash is the label's; not a roles' thing, a standing's, a form's answer's or a
# placeholder's words there (`Witness: Not Required – Available Weekends`, `Name: Not Applicable – See Notes`).
_DASHED_NAME = re.compile(f"[ \\t]{{0,3}}-[ \\t]{{1,3}}({_PERSON_WORD}"
                          f"(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{_PERSON_WORD}){{1,2}})"
                          r"[ \t]{0,3}(?:$|[,.;:!?)\n])")


def _a_name_after_its_dash(label: str, form: str, end: int) -> bool:
    """Whether a dash between blanks and a full name (_DASHED_NAME, _full_name) follow `label`'s words ending at `end`
    in canonical `form`, none of its words a roles' thing's, a standing's or a form's answer's."""
    dashed = _DASHED_NAME.match(form, end)
    if dashed is None:
        return False
    name = dashed.group(1)
    return _full_name(name) and not _placeholder(name) and not _a_roles_thing(label, name) and not a_standing(
        name) and _FIELDS_ANSWER_WORDS.isdisjoint(canonical(word)[0].lower() for word in name.split())


def _a_roles_thing(label: str, words: str) -> bool:
    """Whether `words` after a role's `label` name a thing of the role's, no person (_ROLES_THINGS)."""
    return any(test(label, words) for test in _ROLES_THINGS)


def labelled_person(form: str, personal_label: Callable[[str], bool],
                    person_label: Callable[[str], bool] = lambda label: False) -> bool:
    """Whether a name stands after a label naming a person or their data and its end (its colon, or a weak end:
    label_ends.py) in canonical `form` (_LABELLED; `personal_label` and `person_label` as `reason` takes them)."""
    # A label that names no person may take the next label's words for its name (`voici : Emri dhe mbiemri: …`
    # reads `Emri dhe` after `voici`): the search goes on right after each label, not after its match (each label
    # moves it on, the words after one are read once or twice: linear).
    form = _without_label_ordinals(form)
    match = _LABELLED.search(form)
    gift_at = -1  # (where a gift's word opens the text, looked for at the first gift's side label: role_labels)
    while match is not None:
        label, capitals, any_case = match.group(2, 3, 4)
        if label_ends.ended_weakly(form, match.end(2)):  # (`=` or a dash: closer 106)
            if _weakly_named(form, match, personal_label, person_label):
                return True
            match = _next_label(form, match)
            continue
        if match.group(5) is not None or any_case is not None and _PATRONYMIC_END.search(any_case) is not None:
            return True  # a patronymic line names a person after any label
        if match.group("aside") is not None:  # (before an aside's bracket, a full name: closers 104 and 109)
            if capitals is None and any_case is None and (_party_named(form, match, label) or _member_with_handle(
                    form, match, label)) or _named_before_aside(form, match, personal_label, person_label) or (
                    named_beside_allergens(label, form, match.end())) or _kin_aside(  # (`Allergie: Erdnüsse (…)`)
                    label, form, match, personal_label):
                return True
            if form.count(":", match.end(2)) + form.count("\u0f0d", match.end(2)) < 2:
                break
            match = _LABELLED.search(form, match.end(2))
            continue
        in_capitals = (capitals is None or label.isupper() or _CARD_LABEL.search(label) is not None
                       or (" " in capitals or "\t" in capitals) and person_label(label))
        if in_capitals and (any_case is None or not label.isascii()) and _names_a_person(label, personal_label) and (
                not _place_or_business(form[match.end(2):match.end()])) and (not _placeholder(
                form[match.end(2):match.end()]) or _a_name_after_its_dash(
                label, form, match.end())) and not _left_at_a_place(
                label, form[match.end(2):match.end()]) and not a_winners_team(
                label, form[match.end(2):match.end()]) and not _named_no_one(label, form, match):
            return True
        # (a role's, a kin's or a doer's label, or a gift's side after a gift's word, before a full name)
        role = person_role(label)
        if capitals is None and any_case is None:
            part = PART if role or names_a_bettor(label, form) else names_by_part(label)
            if part == SIDE and gift_at < 0:
                gift_at = first_gift(form)  # (once for the text: each side label compares its start to it)
            # (or a member's or a subscriber's label before a salutation and a full name: closer 115)
            if (part == PART or part == SIDE and gift_at < match.start(2)) and _full_name(
                    form[match.end(2):match.end()]) and (not _a_roles_thing(
                    label, form[match.end(2):match.end()]) or _a_name_after_its_dash(
                    label, form, match.end())) or _MEMBER_LABEL.fullmatch(label) is not None and (
                    _saluted_full_name(form[match.end(2):match.end()])) or _label_only_party_named(form, match, label):
                return True
            # (a patient's or an insured person's label before a family name, a comma and the given name, as a
            # register writes a name surname first: `Patient: Tarvenholm, Quendrix`; closer 99; not a shop's role,
            # whose label is answered as often: `Guest: Yes, Please`)
            if _PARTY_LABEL.fullmatch(label) is not None and _surname_first(
                    form[match.end(2):match.end()]) and (
                    _GIVEN_AFTER_COMMA.match(form, match.end()) is not None):
                return True
        # (a name in mixed case after a role's or a person's label; Cyrillic or Greek words after a Latin label naming
        # a person, read as capitalized Latin ones are: their capitals are Latin look-alikes in lower case in the
        # canonical form, `Name: Зайцевская Ольга`)
        if any_case is not None and label.isascii() and (_mixed_case_name(any_case) and (
                role or person_label(label) and _names_a_person(label, personal_label)) or not any_case.isascii() and (
                person_label(label) and _names_a_person(label, personal_label))):
            return True
        # (a family name in capitals, a comma and the given name, as a roster or a register writes it surname first:
        # `Customer: QUILDERSEN, Ottavine`, forty-sixth attack; a full name in capitals after a role's or an
        # addressee's label, closer 106)
        if capitals is not None and (_surname_in_capitals_first(form, match, personal_label, person_label) or (
                not in_capitals and _full_name_in_capitals(
                    label, capitals, form[match.end(2):match.end()], personal_label, person_label) and not _placeholder(
                    form[match.end(2):match.end()]) and not _left_at_a_place(label, form[match.end(2):match.end()]))):
            return True
        match = _next_label(form, match)
    # (the particle in C first: most text holds none)
    return (" bin" in form or " ibn " in form) and _named_by_lineage(form, personal_label, person_label)


def _saluted_full_name(after: str) -> bool:
    """Whether the words after a label's end open with a salutation and a full name (`: Mme Anna Quendrix`)."""
    after = after.lstrip(" \t.*:")
    salutation = _HONORIFIC_OPENS.match(after)
    return salutation is not None and _full_name(after[salutation.end():])


def _next_label(form: str, match: re.Match[str]) -> Optional[re.Match[str]]:
    """The next label after `match`'s (_LABELLED), or None: another label's end must follow this one's, its letters
    standing before it (one end left, counted in C: no search)."""
    at = match.end(2)
    if label_ends.ends_after(form, at) < 2:
        return None
    return _LABELLED.search(form, at)


# Labels naming who an order, a bill or a message goes to, by a phrase the key rule calls personal but whose words name
# no person alone (`Bill to`, `Attn`, `Contact`; closer 106): a name after them by its shape only, a full name or a
# family name in capitals first, neither a place.
_ADDRESSED_LABELS = _DESTINATION_LABEL_FORMS | frozenset((
    "bill to", "billed to", "shipped to", "delivered to", "sent to", "invoice to", "sold to", "attn", "attention",
    "contact", "care of"))


def _names_someone(label: str, personal_label: Callable[[str], bool], person_label: Callable[[str], bool]) -> bool:
    """Whether a label names a person (the key lexicon's person labels, a role, an act or a part: closer 106), who
    something goes to (_ADDRESSED_LABELS) or a card's holder (`Name on card`), not only their data (`Email`)."""
    return person_label(label) and _names_a_person(label, personal_label) or (
        person_role(label) or _PERSON_ACT_LABEL.fullmatch(label) is not None
        or names_by_part(label) == PART or names_a_bettor(label, "") or (
            " ".join(label.lower().split()) in _ADDRESSED_LABELS
            or _CARD_LABEL.search(label) is not None) and personal_label(label))


def _weakly_named(form: str, match: re.Match[str], personal_label: Callable[[str], bool],
                  person_label: Callable[[str], bool]) -> bool:
    """Whether a label ended by `=` or a dash (_LABELLED's `match`) names a person and a name stands after it, read as
    after a role's label (closer 106): a full name, none of its words a thing's, a business's, a place's or a
    placeholder's nor a role's thing (_ROLES_THINGS; `Name=Size`, `Customer - Service Hours`, `Ship to - United
    Kingdom`, `Tipster – Racing Post` go out), or a family name in
    capitals, a comma and the given name."""
    label, capitals, any_case = match.group(2, 3, 4)
    after = form[match.end(2):match.end()].lstrip(" \t.*=-")
    if not _names_someone(label, personal_label, person_label) or _place_or_business(after) or _placeholder(
            after) or _left_at_a_place(label, after) or _a_roles_thing(label, after):  # (`Tipster – Racing Post`)
        return False
    if capitals is not None:
        return _surname_in_capitals_first(form, match, personal_label, person_label) or (
            _full_name_in_capitals(label, capitals, after, personal_label, person_label))
    # (a family name, a comma and the given name after a label naming a person or who an order goes to, as after a
    # patient's; not a shop's role, whose label is answered as often: `Guest - Yes, Please`)
    if any_case is None and (not person_role(label) or _PARTY_LABEL.fullmatch(
            label) is not None) and _surname_first(after) and _GIVEN_AFTER_COMMA.match(form, match.end()) is not None:
        return not _a_place(after)
    return _full_name(after) and (any_case is None or label.isascii() and _mixed_case_name(any_case))


def _a_place(words: str) -> bool:
    """Whether `words` (a name's place after a label) are a country's or a known town's name."""
    key = " ".join(words.lower().split())
    return _country(letters_key(key)) or key in TOWN_NAMES


def _full_name_in_capitals(label: str, capitals: str, after: str, personal_label: Callable[[str], bool],
                           person_label: Callable[[str], bool]) -> bool:
    """Whether words in capitals (two or more: _LABELLED's group 3) after a label naming someone are a full name: after
    a person's label (`Alıcı: EMINE YILDIRIM`), or a role's or an addressee's (`Bill to: MAŁGORZATA O'QUENDRIX`;
    closer 106) when no word is a thing's, a business's or a generic addressee's and the words name no place (`Ship
    to: UNITED KINGDOM`, `Ship to: NEW YORK`)."""
    if " " not in capitals and "\t" not in capitals or not _full_name(after):
        return False
    return person_label(label) and _names_a_person(label, personal_label) or _names_someone(
        label, personal_label, person_label) and not _a_place(capitals) and not _place_or_business(after)


# The particles of a family name as forms write them in capitals before it (`DE LA QUENDRIX, Mary Ann`, `VAN DER …`).
_CAPITAL_PARTICLES = frozenset("DE LA DEL DELLA DI DA DOS DAS DO DU LE VAN DER DEN VON TER MAC MC BIN IBN".split())


def _surname_in_capitals_first(form: str, match: re.Match[str], personal_label: Callable[[str], bool],
                               person_label: Callable[[str], bool]) -> bool:
    """Whether _LABELLED's `match` holds a family name in capitals (group 3), maybe after its particles, then a comma
    and the given name, after a label naming someone (_names_someone; a role's family name longer than a tier's:
    `VIP, Gold`), the family name no generic addressee's nor business's, neither part a place after an addressee's
    label (`Ship to: FRANCE, Paris`, `Ship to: UK, Germany`)."""
    label, capitals = match.group(2, 3)
    words = capitals.split()
    given = _GIVEN_AFTER_COMMA.match(form, match.end())
    if not all(word in _CAPITAL_PARTICLES for word in words[:-1]) or given is None or (
            capitals.lower() in _NOT_A_PERSON or words[-1].lower() in _NOT_A_PERSON):
        return False
    if person_role(label):
        return len(words[-1]) > 3  # (not a tier: `VIP, Gold`)
    if person_label(label) and _names_a_person(label, personal_label):
        return True
    # (after an addressee's label, neither part a place: `Ship to: UK, Germany`)
    return _names_someone(label, personal_label, person_label) and not _a_place(capitals) and not _a_place(
        given.group().lstrip(", \t"))


# A label in Latin letters naming a person (its last word a name word, or a recipient's or a sender's noun), a given
# name, the particle of an Arabic lineage in Latin letters (`bin`, `binti`, `bint`, `ibn`: son or daughter of) and a
# capitalized name: a person's name whatever follows, no title writes such a particle between capitalized words
# (twenty-second attack: `Shukran! Name: Khalid bin Rashid Al Thani Akpe na wo`; other capitalized words after a label
# are a name only ended as a field is: `Teslim alan: Zqemine Yıldırım yazdı ki` goes out). But `bin` is an English noun
# too (`Name: Laundry bin Grey for kids`): after it the name goes on in capitals or ends, as a field or a name does.
_LINEAGE_LATIN = (r"(?:binti|bint|ibn)[ \t]{1,3}" f"{_PERSON_WORD}"
                  r"|bin[ \t]{1,3}" f"{_PERSON_WORD}(?=[ \t]{{1,3}}[A-Z]|{_FIELD_END}|[ \t]{{0,3}}(?:{_NAME_ENDED}))")
_LINEAGE_LABELLED = re.compile(f"(?:^|[\\n;|\"]|{label_ends.URL_VALUE_OPENS}|[,.?!:][ \\t]|[ \\t]/[ \\t])[ \\t]{{0,3}}"
                               f"([A-Za-z]{{2,20}}(?:['’]s)?(?:[ \\t\\-][A-Za-z]{{2,20}}){{0,2}})[ \\t]{{0,3}}:"
                               f"[ \\t]{{1,3}}({_PERSON_WORD}[ \\t]{{1,3}}(?:{_LINEAGE_LATIN}))")


def _named_by_lineage(form: str, personal_label: Callable[[str], bool], person_label: Callable[[str], bool]) -> bool:
    """Whether canonical `form` holds a label naming a person and a name joined by an Arabic lineage's particle
    (_LINEAGE_LABELLED; each label's words read once or twice: linear)."""
    match = _LINEAGE_LABELLED.search(form)
    while match is not None:
        label, name = match.group(1, 2)
        if person_label(label) and _names_a_person(label, personal_label) and not any(
                word.lower() in _NOT_A_PERSON for word in name.split()):
            return True
        match = _LINEAGE_LABELLED.search(form, match.end(1))
    return False


# A given name after a family name in capitals and its comma (`QUILDERSEN, Ottavine`), one or two words or initials
# ended as a field is, maybe after a stop, by a dash between blanks (`tenant: Surname, Given – £1,385.00`; closer
# 104) or an aside's bracket after a blank (`QUENDRIX, J. R. (gift)`; closer 109).
_GIVEN_AFTER_COMMA = re.compile(f",[ \\t]{{1,3}}{_PERSON_WORD}(?:[ \\t]{{1,3}}{_PERSON_WORD})?"
                                f"(?:\\.?{_FIELD_END}|[ \\t]{{1,3}}[-(]|{label_ends.URL_VALUE_ENDS})")


# A family name in capitals beside a capitalized given name, either first, as French and many forms write a name
# (`Nom et prénom: KABILA Marie-Josée`, `Destinataire : Christelle NGONO`; twentieth attack): two words or more, each
# a name's word or one in capitals, both kinds there, none a generic addressee's or a business's (after a colon,
# _LABELLED's group 4 holds three at most; a line under a label, _labelled_above, is read whole).
_CAPITALIZED_WORD = re.compile(_PERSON_WORD)
_CAPITALS_WORD = re.compile(_IN_CAPITALS)


def _mixed_case_name(words: str) -> bool:
    """Whether `words` (group 4 of _LABELLED after a Latin label, or the line under a label: _labelled_above) are a
    name with its family name in capitals."""
    split = words.split()
    capitals = sum(_CAPITALS_WORD.fullmatch(word) is not None for word in split)
    return len(split) > capitals > 0 and all(
        _CAPITALS_WORD.fullmatch(word) is not None or _CAPITALIZED_WORD.fullmatch(word) is not None
        for word in split) and not any(
        word.lower() in _NOT_A_PERSON or word in _CAPITAL_LEGAL_FORMS for word in split) and not a_team_or_state(words)


# Words naming an organization, not a person, after a recipient's label (`Penerima Manfaat: Yayasan Anak Bangsa`: a
# beneficiary foundation; twenty-sixth attack): foundations, cooperatives, associations and shops of the languages of
# the label lexicon, with the business and generic words above of three letters or more (`Ab`, `Sa` are names too).
_ORGANIZATIONS = frozenset((
    "foundation fundacion fondation fondazione fundacao stiftung stichting yayasan koperasi perkumpulan toko "
    "association asosiasi organization organisation charity company companies corporation corp business businesses "
    # (a society's, a school's, a league's words, by language: `Organiser: Royal Society`, review of closer 141)
    "society institute institution council committee federation league club academy museum university college "
    "network verein gesellschaft institut verband universität akademie société université académie fédération "
    "sociedad instituto universidad academia federación liga società istituto università accademia federazione "
    "vereniging instituut universiteit academie "
    # (review 24: a town's office, a fair's, `Organisateur : Mairie de Lyon`, `Veranstalter: Messe Berlin`)
    "mairie ayuntamiento rathaus municipio comune gemeente messe tourisme turismo").split()) | frozenset(
    word for word in _NOT_A_PERSON if len(word) > 2) | frozenset(canonical(word)[0].lower() for word in (
    # (closer 146) a town's office or an office by language (`Gastgeber: Stadt Wien`, `Informant: Registrar Office`;
    # not Finnish's given name `Ville`, nor `Kreis`, a family name), an event's (`Organizer: Berlin Marathon`; not
    # `Fair`, `Gala`, `Derby`, names too), a whole staff's or everyone's (`Teilnehmer: Alle Mitarbeiter`): none is a
    # given or a family name
    "stadt stadtverwaltung gemeinde bezirk landkreis municipality county borough city citta ciudad cidade "
    "prefeitura stad kommune kommun gmina miasto office offices registry bureau buro amt ufficio oficina kantoor "
    "urzad kontor toimisto "
    # (closer 163) a school's or a firm's office, its secretariat or its reception, by language (`Emergency contact:
    # School Office`, `Notfallkontakt: Sekretariat`)
    "sekretariat schulsekretariat secretariat secrétariat secretaría secretaria segreteria secretariaat "
    "reception rezeption empfang accueil recepción recepcion receptie recepcja receptionen expedition expeditionen "
    "kansli kansliet "
    # (closer 171) a reception's desk by language (`Emergency contact: Front Desk`, `Noodcontact: Balie`)
    "desk frontdesk helpdesk concierge conciergerie pforte balie conserjeria portineria "
    "marathon halbmarathon triathlon festival festivals fest cup open expo championship championships tournament "
    "turnier meisterschaft games congress kongress congres congreso congresso convention symposium carnival "
    "karneval carnaval regatta "
    "everyone everybody employees mitarbeiter mitarbeitende belegschaft personnel salaries empleados plantilla "
    "dipendenti personale iedereen medewerkers personeel wszyscy pracownicy ansatte anstallda henkilosto "
    # (session 39: a shop's, a studio's or a regulator's word, `Refund request from Amazon Marketplace`, `Booking with
    # Hair Studio Anna`, `Complaint from Trading Standards`)
    "studio studios marketplace shop store boutique salon standards authority ombudsman "
    # (closer 183: a recruitment agency's word by language, `Recruiter: Hays Recruitment`, `Personalberatung …`)
    "recruitment recruiting staffing headhunting personalberatung personaldienstleistungen zeitarbeit "
    "personalvermittlung interim recrutement reclutamiento selezione uitzendbureau "

    # (closer 184) a company's research or product house (`Owner: Yuga Labs`, `Creator: Larva Labs`)
    "labs").split())
# A name's last word naming a product's line, a plan's tier or a brand's goods (name_shapes.a_product), which no
# family name is as often (thirty-first attack: `Nike Air Max`, `Spotify Premium`, `Adobe Creative Cloud`, `Movistar
# Fibra`, `Adidas Originals`, `Ottakringer Bier`): a closed class, in the canonical form in lower case (not a word
# that is a family name as often: `Gold`, `Silver`, `Home`, `Wein`, `Beer`).
PRODUCT_LINE_ENDS = frozenset(
    "plus premium pro max mini ultra lite prime unlimited basic standard deluxe platinum cloud suite fibra fibre "
    "fiber originals original classic classics running sportswear performance air music video fitness gaming "
    "beauty cosmetics kosmetik fashion bier brauerei brewery kaffee coffee foods "
    "wireless "  # (closer 183: `Rode Wireless`, `Sennheiser Wireless`)

    # (closer 184) a crypto asset's, a token's (`Name: Wrapped Bitcoin`, `Wrapped Ether`, `USD Coin`, `Basic Attention
    # Token`)
    "bitcoin ether token coin".split())
# (closer 146) The common nouns a product's line, a plan, a channel, a guide or a course ends its name on after a
# role's label (`Host: Google Meet`, `Host: Airbnb Plus`, `Presenter: Sky Sports`, `Account manager: Enterprise
# Tier`, `Informant – Training Course`), by language: a meeting's, a call's, a plan's, a broadcast's, a guide's or a
# course's word, none a given or a family name, beyond a product line's (PRODUCT_LINE_ENDS, but `Max`, a given name
# too: `Host: Anna Max`). Read as the last word only (a name's first word may be a brand's: `Host: Amazon Chime`;
# `Host: Prime Drayford` is not one).
_OFFER_ENDS = PRODUCT_LINE_ENDS - {"max"} | frozenset(canonical(word)[0].lower() for word in (
    "meet meeting meetings chime call calls chat live stream streaming sports sport tv "
    "ads discount discounts deal deals offer offers sale voucher coupon promo "
    "radio channel podcast tier tiers plan plans subscription licence license "
    "abo abonnement tarif stufe forfait offre suscripcion abbonamento pakket "
    "guide guides handbook manual tutorial course courses training class classes lesson lessons checklist faq "
    "ratgeber leitfaden handbuch anleitung kurs schulung lehrgang cours formation guia curso manuale corso "
    "handleiding cursus opleiding poradnik szkolenie").split())
# The places of a building a parcel is left at, after a label naming where it goes (`Deliver to: Main Entrance`,
# `Ship to: Front Desk`; session 16), not a person.
_HANDOVER_PLACES = frozenset(canonical(word)[0].lower() for word in (
    "entrance entry reception lobby porch doorstep door gate mailroom mailbox letterbox garage desk counter "
    # (closer 185, review 32: a loading bay or dock, `Pickup at Loading Bay, …`)
    "bay bays dock docks laderampe quai muelle "
    "concierge backyard eingang haustür pforte empfang rezeption entrée accueil entrada recepción portería "
    "ingresso portineria ingang receptie "
    # (German, Dutch, Spanish and Swedish: the delivery labels of the thirty-ninth attack)
    "haupteingang hintereingang briefkasten hoofdingang voordeur achterdeur brievenbus puerta buzón conserjería "
    "entré ingång dörr brevlåda").split())
HANDOVER_PLACES = _HANDOVER_PLACES  # (named_in_text's delivery phrases: `Deliver to Main Entrance`)


# (closer 171) An office's or a reception's word opening the words after a label, then two capitalized words that
# are no organization's: the person at that desk (`Emergency contact: Office <a full name>`), not the desk. (Closer
# 178) A desk's words are one or two, the last a desk's word by language (`Front Desk`, `Pforte`, `Conserjería`).
_DESK_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "office reception desk frontdesk helpdesk secretariat sekretariat secrétariat secretaría segreteria "
    "secretariaat rezeption empfang accueil recepción receptie recepcja kantoor ufficio oficina bureau buro "
    "concierge conciergerie pforte portier balie conserjería portería portineria").split())
# (closer 178) A building's, a floor's, a desk's hours' or a shift's words, which end the words after a desk's word
# instead of the person at it (`Reception Main Building`, `Front Desk Opening Hours`, `Night Shift`), by language;
# none is a given or a family name.
_SITE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "building buildings block wing campus site floor level annex annexe tower entrance lobby hours times "
    "shift shifts cover rota schicht nachtschicht frühschicht spätschicht bereitschaft "
    "gebäude hauptgebäude trakt flügel stock etage eingang öffnungszeiten "
    "bâtiment aile étage entrée horaires edificio planta entrada horario "
    "edificio piano ingresso orari gebouw vleugel verdieping ingang openingstijden budynek piętro wejście "
    # (closer 185, review 32) a hotel's, a hospital's or a support line's words (`Reception Holiday Inn`, `Reception
    # Royal Infirmary`, `Service Desk First Line`); not `Park`, a family name too
    "inn hotel hostel infirmary hospital klinik klinikum clinic clinique clinica line support "
    # (closer 187, review 32) a site's gate or gatehouse (`Security Desk Gate House`); not `Gates`, a family name
    "gate gatehouse pforte torhaus portail porteria portineria poort").split())


def _behind_a_desk(words: List[str]) -> bool:
    """Whether `words` are a desk's words (one or two, the last of _DESK_WORDS), then a full name of two capitalized
    words, none an organization's (_ORGANIZATIONS), a site's (_SITE_WORDS) or a team's (role_labels.a_team_or_state)."""
    desk, name = words[:-2], words[-2:]
    return 0 < len(desk) < 3 and canonical(desk[-1])[0].lower() in _DESK_WORDS and all(
        word[:1].isupper() for word in desk) and all(
        word[:1].isupper() and word.lower() not in _ORGANIZATIONS
        and canonical(word)[0].lower() not in _SITE_WORDS for word in name) and not a_team_or_state(" ".join(name))


def _place_or_business(after: str) -> bool:
    """Whether the words after a label's colon (its colon, then capitalized words) are countries' names (`Ship to:
    Vietnam, Thailand`) or an organization's (`Yayasan Anak Bangsa`), not a person's."""
    words = after.lstrip(" \t.:*").split()
    return bool(words) and (all(_country(letters_key(word)) for word in words) or _country(letters_key(after))
                            or any(word.lower() in _ORGANIZATIONS for word in words) and not _behind_a_desk(words)
                            or len(words) > 1 and words[-1].strip(".,;").lower() in _OFFER_ENDS)


# The second person's possessive opening a form's placeholder in a product's options, where the buyer's text goes
# (`Necklace (Name: Your Text Here)`, `Name: Ihr Wunschtext`; forty-first attack), by language; none is a given name.
_PLACEHOLDER_OPENERS = frozenset("your yours ihr ihre dein deine votre vos vostro vostra seu sua uw jouw".split()
                                 # (and Polish's, closer 180: `Kubek z imieniem: Twoje Imię`)
                                 + "twoje twoj twoja".split())


# A personalisation's option a product's name label takes instead of a name (closer 137: `Name: Gold Foil`, `Nom :
# Dorure Or Rose`, `Recipient: Salon Pickup`), by language, canonical, lower case: a print's finish or technique, a
# lettering's style, a pickup or a delivery's mode. None is a given or a family name. (Not a colour alone: `Rose
# Gold`, `Gold Smith` are names' words as often.)
_PERSONALISATION_OPTIONS = frozenset(canonical(word)[0].lower() for word in (
    "foil foils foiled foiling goldfoil hotfoil embossed embossing debossed debossing engraved engraving letterpress "
    "glitter vinyl lamination laminated varnish calligraphy cursive monogram typeface pickup pick-up collection "
    "dorure dorures gaufrage gravure paillettes vernis pelliculage calligraphie retrait "
    "folie goldfolie heißfolie folienprägung prägung gravur glitzer veredelung schriftart abholung "
    "estampado estampación grabado purpurina barniz caligrafía tipografía recogida "
    "doratura incisione laminatura calligrafia ritiro "
    "goudfolie reliëf lettertype afhalen "
    "złocenie tłoczenie grawer grawerowanie brokat czcionka odbiór").split())


# (closer 163) `no name` by language after a name's label (`Name: NO NAME`): a none word, then a name's noun.
_NONE_WORDS = frozenset("no none kein keine sans sin senza sem geen bez ingen utan".split())
_NAME_NOUNS = frozenset("name names nom nombre nome naam namn imienia nazwy".split())
_CLUB_OPENERS = CLUB_AND_BREED_WORDS - {"alexandra"}  # (a given name: `Alexandra Paris`)


def _named_no_one(label: str, form: str, match: re.Match[str]) -> bool:
    """Whether the capitalized words after a label naming a person (_LABELLED's `match` in canonical `form`) name no
    one (closer 163): an allergy's allergens (allergens.allergens_after: `Allergy: Peanuts`), `no name` by language
    (`Name: NO NAME`), or a club's word then a known town, as a club's name is made (`Nombre: REAL MADRID`, `Name:
    Borussia Dortmund`; not `Name: MARIA REAL`, a town being a given name as often: `Paris`, `Victoria`), or a known
    town then a club's word, as English clubs are named (closer 171: `Name: Manchester United`, `Name: Leeds City`;
    not `Name: Tobias United`)."""
    if allergens_after(label, form, match.end(2)):
        return True
    words = [word.strip(".,;:()").lower() for word in form[match.end(2):match.end()].lstrip(" \t.:*").split()]
    return len(words) == 2 and (words[0] in _NONE_WORDS and words[1] in _NAME_NOUNS or words[0] in _CLUB_OPENERS
                                and words[1] in TOWN_NAMES or words[0] in TOWN_NAMES and words[1] in _CLUB_OPENERS)


def _placeholder(after: str) -> bool:
    """Whether the words after a label's colon open with the second person's possessive (_PLACEHOLDER_OPENERS) or
    hold a personalisation's option (_PERSONALISATION_OPTIONS): a product's option, where the buyer's text goes."""
    words = after.lstrip(" \t.:*").split()
    return bool(words) and (words[0].lower() in _PLACEHOLDER_OPENERS or any(
        word.lower() in _PERSONALISATION_OPTIONS for word in words)) or a_team_or_state(after) and (
        not _behind_a_desk(words)) or (  # (a helpdesk's person: `Helpdesk …`, closer 178)
        personal_keys.titled_state(" ".join(words))) or (  # (a form's state: `Gamertag: Taken`, closer 177)
        a_fields_answer(words))  # (closer 191: `Name of individual: Not Applicable`)


# (closer 191) What a form's field says in place of its value, by language: whether it is asked, that it does not
# apply, that the value is elsewhere (`Required`, `Not Applicable`, `See Attached`, `Entfällt`, `Voir pièce jointe`).
FIELDS_ANSWERS: Dict[str, str] = {
    "English": "required optional mandatory applicable attached enclosed see not none pending tbc tbd to follow",
    "German": "erforderlich pflicht pflichtfeld optional freiwillig entfällt siehe anlage anhang nicht zutreffend "
              "keine",
    "French": "obligatoire facultatif facultative requis requise néant voir pièce jointe ci-joint non applicable "
              "sans objet",
    "Spanish and Portuguese": "obligatorio obligatoria opcional requerido requerida no aplica ver adjunto anexo "
                              "ninguno obrigatório não aplicável",
    "Italian": "obbligatorio obbligatoria facoltativo richiesto vedi allegato non applicabile nessuno",
    "Dutch": "verplicht optioneel niet van toepassing zie bijlage geen", "Polish": "wymagane opcjonalne nie dotyczy",
}
_FIELDS_ANSWER_WORDS = frozenset(canonical(word)[0].lower() for line in FIELDS_ANSWERS.values()
                                 for word in line.split())
# (a word of them that says nothing alone: `See`, `Not`, `To`, `Non`, `Keine` need another)
_FIELDS_ANSWER_FILLERS = frozenset(canonical(word)[0].lower() for word in (
    "see not to follow siehe nicht keine voir non sans ver no vedi niet zie geen nie".split()))


def a_fields_answer(words: List[str]) -> bool:
    """Whether `words` after a label are all a form's answer in place of its value (FIELDS_ANSWERS), up to four, one
    of them more than a filler (`Not Applicable`, `See Attached`; not `See`)."""
    folded = [canonical(word.strip(".,;:()"))[0].lower() for word in words]
    return 0 < len(folded) <= 4 and all(word in _FIELDS_ANSWER_WORDS for word in folded) and not all(
        word in _FIELDS_ANSWER_FILLERS for word in folded)


def _left_at_a_place(label: str, after: str) -> bool:
    """Whether `label` names where a parcel goes (_DESTINATION_LABELS) and the words after it a place of a building
    (_HANDOVER_PLACES: `Main Entrance`)."""
    return " ".join(label.lower().split()) in _DESTINATION_LABEL_FORMS and any(
        word.lower() in _HANDOVER_PLACES for word in after.lstrip(" \t.:*").split())


def _country(key: str) -> bool:
    """Whether letters_key `key` is a country's name (not its code: `Jo`, `Al` are given names)."""
    return len(key) > 3 and key in COUNTRY_BY_KEY


# A patient's or an insured person's word with no colon, a family name, a comma and the given name, as a pharmacy's
# pick-up note or a register writes them, opening the text, a line or a part after a dash, and ending one
# (`Abholfach 7 – Patient Tarvenholm, Quendrix – Rezept liegt vor`; closer 99).
_REGISTER_NAME = re.compile(f"(?:^|[\n;|]|[ \t]-[ \t])[ \t]{{0,3}}(?i:{_PARTY_LABELS})[ \t]{{1,3}}"
                            f"({_PERSON_WORD}),[ \t]{{1,3}}{_PERSON_WORD}(?=[ \t]{{0,3}}(?:$|[\n;|]|-[ \t]))")


def _surname_first_in_register(form: str) -> bool:
    """Whether canonical `form` holds a patient's or an insured person's word, then a name surname first
    (_REGISTER_NAME), the family name no generic addressee's nor a business's word."""
    match = _REGISTER_NAME.search(form)
    return match is not None and match.group(1).lower() not in _NOT_A_PERSON and not a_thing(match.group(0))


def _surname_first(after: str) -> bool:
    """Whether the text after a role label (its colon, a word) is one word that may be a family name: none a generic
    addressee's nor a business's, nor a thing's (`Customer: Returning, VIP`)."""
    words = after.lstrip(" \t.:").split()
    return len(words) == 1 and words[0].lower() not in _NOT_A_PERSON and not a_thing(after)


def _full_name(after: str) -> bool:
    """Whether the text after a role label (its colon, a name) holds two words or more, none a generic addressee
    (`Dear Customer`) nor a business's (`Example Shop`), nor an organization's or countries' (`Organiser: Royal
    Society`)."""
    words = after.lstrip(" \t.:").split()
    return len(words) > 1 and not any(word.lower() in _NOT_A_PERSON for word in words) and not a_thing(after) and (
        not a_team_or_state(after) or _behind_a_desk(words)) and not _place_or_business(after)


def _names_a_person(label: str, personal_label: Callable[[str], bool]) -> bool:
    """Whether a label before a colon names a person or their data (`reason` reads a name after it). Four words
    are a label only in a script without Latin letters (`نام و نام خانوادگی`); in Latin letters, a title's words."""
    if _PERSON_ACT_LABEL.fullmatch(label) is not None:
        return True
    # (a hyphen before a blank is one cut between words, not two: `Ees- ja perekonnanimi`; the small words between a
    # Romance or a Germanic label's nouns, in lower case as a label writes them, cut none: `Titular de la tarjeta` has
    # two words; a title's capitals count them: `Key Features Of Phone` has four)
    small = sum(word in _LABEL_SMALL_WORDS for word in label.split())
    if label.count(" ") + label.count("\t") + label.count("-") - label.count("- ") - small > 2 and (
            _LATIN_LETTER.search(label) is not None):
        return False
    return personal_label(label) or label in _CJK_PERSON_LABELS


def _landmark_first(address: str) -> bool:
    """Whether folded `address` holds an Indian address opening on its landmark (_LANDMARK_FIRST), or on a landmark,
    a person it is in the care of or a village and ending on its PIN code (_IN_LINES), behind one scan for their
    words."""
    return _LANDMARK_CUE.search(address) is not None and _LANDMARK_FIRST.search(address) is not None or (
        _IN_OPENING_CUE.search(address) is not None and any(
            match.group("town") is None or _IN_ADDRESS_PART.search(address, match.end("town"), match.end()) is not None
            for match in _IN_LINES.finditer(address)))


def _region_lines(lower: str) -> bool:
    """Whether "\n" + the folded address in lower case holds a line of the fourteenth attack (_LINES_OF_THE_REGION)."""
    return any(pattern.search(lower) is not None for pattern in _LINES_OF_THE_REGION)


def _cued_lines(address: str, is_ascii: bool) -> bool:
    """Whether folded `address` holds a line of the thirteenth attack's layouts, each looked for only where a
    substring it needs is (`No`, a ward's word, `dong` or a road's `-ro`, five digits, a flat's or a building's
    word), or a road's milepost line (_MILEPOST_LINE: a comma and a mile's word)."""
    lower = address.lower()
    return (_LINE_CUE.search(lower) is not None and (
                ("no" in lower or "nr" in lower or "#" in lower) and _NUMBER_PART.search(address) is not None
                or any(cue in lower for cue in _VN_CUES) and _VN_LINES.search(address) is not None
                or any(cue in lower for cue in _KR_CUES) and _KR_ROMAN.search(address) is not None)
            or " Q" in address and _VN_WARD_AND_DISTRICT.search(address) is not None
            or ("Soi" in address or "SOI" in address or "soi" in address) and _TH_SOI_LINE.search(address) is not None
            or _FIVE_DIGITS.search(address) is not None and _TOWN_AND_CODE_LINES.search(address) is not None
            or "," in address and ("ile" in address or "ILE" in address) and (  # (a milepost's word: `Mile 5`)
                _MILEPOST_LINE.search(address) is not None)
            or not is_ascii and _RTL_CUE.search(address) is not None and (
                _RTL_FLAT.search(address) is not None or _RTL_BUILDING.search(address) is not None)
            or (not is_ascii or "kolan" in lower or "kuce" in lower) and (  # (Kurmanji's street words, folded ASCII)
                _SCRIPT_HOUSE_PART.search(address) is not None))


def code_cued(form: str, segments: bool, name_words: FrozenSet[str] = frozenset()) -> bool:
    """Whether `form` may hold a place's code that CUE does not announce: a geohash's label (`hash` in any case) or,
    in a URL path, a what3words address's `///` (as it is when encoded, `%2F%2F%2F`; three line breaks when not);
    in text, a street line or a name label (its last word one of `name_words`, the key lexicon's) a dash ends, or a
    British or Canadian postal code ending the text; a grid reference's label or northing's mark (coordinates.py).
    Substring scans and one set lookup, cheaper than one more pattern."""
    return ("ash" in form or "ASH" in form or segments and ("///" in form or "\n\n\n" in form)
            or ("TM" in form or "tm" in form or "GRS" in form or "grs" in form or "mN" in form) and (
                coordinates.grid_cued(form))
            # (a digit before the first ` - `, `10 Downing Street - London`; inline, a shop's title with its ` - `
            # pays no call)
            or not segments and (dash := form.find(" - ")) >= 0 and _DIGIT.search(form, 0, dash) is not None
            # (a label's word before `=` or a dash, its weak end: `Name - Maricel Bautista`, `Kunde=Anna …`; not
            # `Running Socks - Size 42`)
            or not segments and ("=" in form or dash >= 0) and _weak_label_cued(form, name_words)
            or not segments and form[-1:] in _CODE_LAST and form[-2:] in _CODE_ENDS and ends_on_uk_or_ca_code(form)
            or not segments and "#" in form and _between_crossings(form)  # (its first test inline: no call)
            # (an address's label ended by `=`, a tab or a dash: `address1=742 Evergreen Terrace`; its marks inline, a
            # product's title holding none pays no call)
            or not segments and labelled_field_cued(form)
            # (a box's, a zone's or a lot's word with no mark: _UNMARKED_LINES, _ZONE_LINE)
            or _UNMARKED_CUE.search(form) is not None
            # (a Vietnamese house, its ward and district abbreviated with no mark: `Hem 12 Khuyvenh P3 Q5`)
            or " Q" in form and _VN_WARD_AND_DISTRICT.search(form) is not None
            # (a street line, a post code and its town with no mark: a digit, a blank and a capital in C first)
            or _CODE_TOWN_CUE.search(form) is not None and street_line_before_code(form)
            # (a US line ending on its state and ZIP, a lower-case street: their first tests inline, no call)
            or not segments and (form[-6:-5] == " " or form.islower()) and unmarked_30_cued(form)
            # (a home of Brasília written whole with no mark: its block's word in C first)
            or not segments and ("loco" in form or "LOCO" in form or "onjunto" in form or "ONJUNTO" in form) and (
                _BRASILIA_HOME.search(form) is not None)
            # (an Indian PIN code ending the text: _IN_UNMARKED_LINE; its blank and first digit compared first)
            or not segments and (form[-7:-6] == " " and "1" <= form[-6:-5] <= "9" or form[-4:-3] == " "
                                 or form[-6:] in _COUNTRY_AFTER_PIN) and pin_code_last(form))


_COUNTRY_AFTER_PIN = (" India", " india", " INDIA")
# A word before `=` or a dash between blanks (a label's weak end: label_ends.py), from its first letter.
_WEAK_END_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,30})[ \t]{0,3}(?:=|(?<=[ \t])-[ \t])")
# The last words of the labels naming who an order goes to (_ADDRESSED_LABELS: `Bill to`, `Attn`).
_ADDRESSED_LAST_WORDS = frozenset(label.split()[-1] for label in _ADDRESSED_LABELS)


def _weak_label_cued(form: str, name_words: FrozenSet[str]) -> bool:
    """Whether a word before `=` or a dash in `form` may end a label naming someone: one of `name_words` (the key
    lexicon's name, person and qualifier words), a role's (_PERSON_ROLE_LABEL) or an addressed label's last word, or
    a bettor's label's last words (role_labels.names_a_bettor over the few words before it: `Tipster – …`, `Syndicate
    manager – …`; closer 200; its last word looked up first)."""
    for match in _WEAK_END_WORD.finditer(form):
        word = match.group(1).lower()
        if word in name_words or word in _ADDRESSED_LAST_WORDS or person_role(word) or (
                word.endswith(key_lexicon.GLUED_NAME_WORDS)) or _CARD_LABEL.search(word) is not None or (
                word in _ROLE_DOCUMENT_WORD_SET) or word in BETTOR_LAST_WORDS and names_a_bettor(
                form[max(0, match.start(1) - 40):match.end(1)], ""):
            return True
    return False


def pin_code_last(form: str) -> bool:
    """Whether `form` ends on six digits after a blank, maybe three and three apart by one (`201 301`), maybe before
    the country's name, an Indian PIN code's place in _IN_UNMARKED_LINE."""
    if form[-6:] in _COUNTRY_AFTER_PIN:
        form = form[:-6].rstrip()
    return (form[-7:-6] == " " and form[-6:].isdigit() or form[-8:-7] == " " == form[-4:-3] and (
        form[-7:-4] + form[-3:]).isdigit()) and form[-7:].isascii()


def _between_crossings(form: str) -> bool:
    """Whether a house's number after `#` and the two crossing streets it stands between (`y`) may end `form` with no
    mark (_CROSSED_LINE: `Calle 23 #1056 entre L y M`); substring scans first."""
    return "#" in form and (" y " in form or " Y " in form)




def _opens_greeting(form: str) -> bool:
    """Whether `form` opens on the first word of a salutation or of a Cyrillic honorific in lower case (a name after
    them needs no mark: _greeted is read without one only then)."""
    return form[:form.find(" ")].lower() in _GREETING_OPENERS


# (closer 191) God and Christ called in a prayer after a title, by language, in the canonical form (`Panie Boże,
# dziękujemy`, `Pane Bože`, `Herr Gott`, `Seigneur Dieu`): no one's name (not `Jesus`, `Jesús`, given names too).
_PRAYED_TO = frozenset(canonical(word)[0].lower() for word in (
    "boże bože jezu ježíši chryste ojcze gott herrgott jesu dieu dios deus dio god".split()))


def _titled_name(title: str, words: List[str]) -> bool:
    """Whether `words` after a salutation's `title` are a name: none of them God's or Christ's called in a prayer
    (_PRAYED_TO); after a title called alone by a comma, none of them a salutation's or a title's (a circular's pair:
    `Chère Madame, Cher Monsieur,`, `Estimada Señora, Estimado Señor:`)."""
    if any(word.lower() in _PRAYED_TO for word in words):
        return False
    return "," not in title or not any(
        word.lower() in _GREETING_OPENERS or _TITLE_ALONE.fullmatch(word) is not None for word in words)


def _greeted(form: str, lines: bool) -> bool:
    """Whether a salutation and a name open the text, a line, or a JSON string (`{"msg": "Dear Wyn Okafor,"}`)."""
    if not form.isascii() and ("尊敬的" in form or "爱的" in form or "愛的" in form) and (
            _CHINESE_GREETING.search(form) is not None):
        return True
    start, next_start = 0, _NEXT_START_OR_LINE if lines else _NEXT_START
    any_case = not form.isascii()  # the salutations of _GREETING_ANY_CASE hold a letter outside ASCII
    while True:  # each match is bounded; the next start is found going forward only
        for pattern in (_GREETING, _VOCATIVE, _GREETING_ANY_CASE, _HONORIFIC_OPENING) if any_case else (
                _GREETING, _VOCATIVE):
            match = pattern.match(form, start)
            if match is not None:
                honorific, words, mark = match.group(1), match.group(2).split(), match.group(3)
                generic = any(word.lower() in _GENERIC for word in words)
                if pattern is _GREETING and match.group("weak_end") is not None:
                    # (a dash or a full stop: after a formal salutation's title, or after a title or a full name and
                    # the sentence going on to the person; closer 112)
                    named = _titled_name(honorific, words) if honorific else len(words) > 1 and not generic
                    if named and (honorific and _FORMAL_SALUTATION.match(form, start) is not None
                                  or _GOES_ON_TO_PERSON.match(form, match.end()) is not None):
                        return True
                # a name after an honorific, or a full name a mark ends (one word alone may be `Dear Santa,`; with no
                # mark, a title: `Dear Evan Hansen`)
                elif _titled_name(honorific, words) if honorific else mark and len(words) > 1 and not generic:
                    return True
        found = next_start.search(form, start)
        if found is None:
            return False
        start = found.end()


def greeted_in_segments(form: str) -> bool:
    """Whether a salutation and a name called by a comma or `!` open a line of `form` (a URL path's segment, a user
    agent's field: a line break for each `/` or `;`) or a sentence in it, as in text (twenty-eighth attack: `/p/Mpendwa
    Amina Mwangi, asante`); a segment without a comma or `!` is a title's or a slug's (`/books/Dear Evan Hansen`)."""
    return ("," in form or "!" in form) and any(
        ("," in line or "!" in line) and _greeted(line, False) for line in form.split("\n"))


def honored(form: str) -> bool:
    """Whether a name stands before a Japanese honorific in canonical `form` (_NAME_HONORED), its run not a role or
    a word of the lexicon (`会員様`, `担当者様`, `仕様`); one scan for the honorific first."""
    if _HONORIFIC_CUE.search(form) is None:
        return False
    for match in _NAME_HONORED.finditer(form):
        run, honorific = match.group(1).replace(" ", "").replace("\t", ""), match.group(2)
        if run[-1] in _ROLE_ENDINGS or any(
                run[-size:] in _NOT_NAMES_BEFORE_HONORIFIC or run[-size:] + honorific in _NOT_NAMES_BEFORE_HONORIFIC
                for size in range(1, min(len(run), 5) + 1)):
            continue
        return True
    return False
