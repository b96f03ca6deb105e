"""A gender's or an age's value: a product's audience or a person's (closer 80, issue 16).

One test for a value under a gender's or an age's key (`gender=unisex`, `?age=3+`) and after its label in text
(`Gender: Women`, `Age: 14 years and up`): the value is a product's audience, who it is made for, when all of its
words are audience words (by meaning and language, below: `unisex`, `Men & Women`, `kids`, `adult`, `newborn`) or the
words of a product's age mark (numbers with their units and marks: `3+`, `6-12 years`, `18 months`, `14 years and
up`, `ab 3 Jahren`), its numbers then a mark's (`+`, `up`, `from`), a range's (two numbers) or below 13 (the youngest
Meta's terms admit: no visitor's age). Anything else is a person's: `female`, `38`, `38 years old`, a name.

The key or the label is one of that kind when its words hold a gender's or an age's word and none naming the person
(`gender`, `product_gender`, `Item gender:`): a key or a label naming the person (a person's qualifier, a possessive,
an account's word: `customer_gender`, `user_age`, `Your age:`) keeps every value personal, as `dob` and `birth_year`
do by their own words. Department words go out in either
number (`Women`, `WOMAN` as Zara writes its department, `Femme`): a person's gender is given in a form's words
(`female`, `f`, `non-binary`), which stay personal even where a product feed uses them (Google's `gender=female`).
Each test is one pass over the value's words, with a cheap exit on the first word that is none of them.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List

from . import key_lexicon
from .canonical import INDIC_SIGNS, canonical
from .personal_keys import (
    ACCOUNT_STATES,
    AGE_WORDS,
    LOGIN_WORDS,
    PERSON_KEY_WORDS,
    PERSON_QUALIFIERS,
    POSSESSIVES,
    is_personal_token,
    key_tokens,
)

GENDER, AGE = "gender", "age"

# Who a product is made for, by meaning and language (a department's, a feed's age group: Google's `newborn`,
# `infant`, `toddler`, `kids`, `adult`). Either number: French, Spanish and Italian shops name a department in the
# singular (`Homme`, `Mujer`, `Donna`), Zara in English too (`WOMAN`, `MAN`).
AUDIENCE_WORDS = {
    "everyone": {
        "English": "unisex neutral all everyone family", "German": "alle familie", "French": "tous mixte famille",
        "Spanish": "todos familia", "Italian": "tutti famiglia", "Dutch": "iedereen gezin",
    },
    "men": {
        "English": "men mens man gents", "German": "herren herr männer", "French": "homme hommes",
        "Spanish": "hombre hombres caballero caballeros", "Italian": "uomo uomini", "Dutch": "heren",
        "Portuguese": "homem homens", "Polish": "mężczyźni męskie męski męska męskich", "Turkish": "erkek",
        "Hindi": "पुरुषों", "Arabic": "رجال الرجال رجالي",
    },
    "women": {
        "English": "women womens woman ladies", "German": "damen frauen", "French": "femme femmes",
        "Spanish": "mujer mujeres dama damas", "Italian": "donna donne", "Dutch": "dames",
        "Portuguese": "mulher mulheres", "Polish": "kobiety damskie damski damska damskich", "Turkish": "kadın",
        "Hindi": "महिलाएं महिलाओं", "Arabic": "نساء النساء نسائي",
    },
    "children": {
        "English": "kids kid children child boys boy girls girl junior juniors youth",
        "German": "kinder kind jungen mädchen", "French": "enfant enfants garçon garçons fille filles",
        "Spanish": "niño niños niña niñas infantil", "Italian": "bambino bambini bambina bambine ragazzi",
        "Dutch": "kinderen jongens meisjes", "Portuguese": "criança crianças menino meninos menina meninas",
        "Polish": "dzieci dziecięce dziecięcy", "Turkish": "çocuk", "Hindi": "बच्चे बच्चों", "Arabic": "أطفال الأطفال",
    },
    "babies": {
        "English": "baby babies newborn newborns infant infants toddler toddlers", "German": "babys kleinkinder",
        "French": "bébé bébés", "Spanish": "bebé bebés", "Italian": "neonato neonati",
    },
    "teens and adults": {
        "English": "teen teens teenager teenagers adult adults seniors", "German": "jugendliche erwachsene",
        "French": "ado ados adolescents adulte adultes", "Spanish": "adolescentes adulto adultos",
        "Italian": "adolescenti adulti", "Dutch": "tieners volwassenen",
    },
    # (closer 122) an animal's life stage, as pet food and a rehoming page's filter name it (`?age=puppy`, Royal
    # Canin's `Mature`): no person's age
    "animals' life stages": {
        "English": "puppy puppies pup pups kitten kittens junior senior mature young",
        "German": "welpe welpen kätzchen junghund junghunde jungtier jungtiere senioren",
        "French": "chiot chiots chaton chatons sénior séniors", "Spanish": "cachorro cachorros gatito gatitos",
        "Italian": "cucciolo cuccioli gattino gattini", "Dutch": "pup puppy kitten", "Portuguese": "filhote filhotes",
        "Polish": "szczenię szczenięta kocię",
    },
}
# A product's age mark's words: its units (years, months, a toddler's size `3T`) and its marks (`and up`, `from`, a
# range's `to`), by language.
AGE_UNITS = ("years year yrs yr y yo jahre jahren jahr j ans an años anos anni anno jaar lat lata år vuotta yaş "
             "éves let roky t")
# ... of which months count a baby's age (`18 months`): a mark of a product's.
MONTHS = "months month mos mo m monate monaten monat mois meses mes mesi maanden maand månader"
# ... and weeks count a baby's or an animal's (`Age: 8 weeks`, a puppy's; closer 170): a mark of a product's too.
WEEKS = ("weeks week wks wk wochen woche semaines semaine semanas semana settimane settimana weken veckor uger uker "
         "tygodni tygodnie")
# (closer 170) An animal's sex as a breeder or a shelter writes it, by language: its sex's own noun (a male dog, a
# bitch, a tom cat) or its neutering (`neutered`, `kastriert`, `castré`); beside a gender's words it names an animal,
# no person (`Gender: male (neutered)`, `Geschlecht: Rüde`, `Sexe : mâle castré`). A gender's words alone stay a
# person's (`Gender: male`).
ANIMAL_SEXES = {
    "English": "neutered spayed castrated entire intact stud bitch tomcat",
    "German": "rüde rüden hündin kater kätzin kastriert kastrierte sterilisiert sterilisierte unkastriert",
    "French": "castré castrée stérilisé stérilisée entier chienne chatte", "Spanish": "castrado castrada "
    "esterilizado esterilizada perra gata", "Italian": "castrato castrata sterilizzato sterilizzata cagna gatta",
    "Dutch": "gecastreerd gesteriliseerd reu teef kater poes", "Portuguese": "castrado castrada cadela",
    "Polish": "kastrowany kastrowana sterylizowana suka kocur kotka",
}
# ... and the gender's words they stand beside (a form's `male`, `female`, by language).
SEX_WORDS = ("male female männlich weiblich mâle femelle macho hembra maschio femmina mannelijk vrouwelijk "
             "fêmea samiec samica")
AGE_MARKS = (
    "plus up and over older from to ages age till "
    "ab bis und älter mehr à partir de dès et plus a desde y más mas hasta dai da e oltre fino vanaf en ouder tot"
)


# The age rating systems of games and films (closer 177): a product's rating beside its audience's age (`Age: 18+
# (PEGI 18)`, `Alter: ab 16 (USK 16)`), whose numbers are a rating's scale (a child's or a law's age), no person's.
RATING_SYSTEMS = "pegi esrb usk cero acb grac classind iarc bbfc fsk kmrb kijkwijzer icaa"
# (closer 185, review 32) ... each rating's ages, as the system publishes them: a number off its scale after the
# system's name is no rating (`Age: 17 (PEGI 17)` is the person's age, `PEGI 16` a rating's).
RATING_SCALES: Dict[str, FrozenSet[int]] = {system: frozenset(int(age) for age in ages.split()) for system, ages in {
    "pegi": "3 7 12 16 18", "iarc": "3 7 12 16 18", "usk": "0 6 12 16 18", "fsk": "0 6 12 16 18",
    "bbfc": "12 15 18", "acb": "15 18", "grac": "12 15 18 19", "kmrb": "12 15 18 19",
    "classind": "10 12 14 16 18", "esrb": "10 17 18", "cero": "12 15 17 18",
    "kijkwijzer": "6 9 12 14 16 18", "icaa": "7 12 16 18"}.items()}  # (closer 187: the Dutch and the Spanish film's)
# (closer 187, review 32) ... each system's ratings written as letters (`CERO C`, `ACB R18+`, `ESRB M`, `Kijkwijzer
# AL`): a letter right after the system's name, or before the number it goes with, is the rating's, no initial.
RATING_LETTERS: Dict[str, FrozenSet[str]] = {system: frozenset(letters.split()) for system, letters in {
    "cero": "a b c d z", "acb": "g pg m ma r x rc", "esrb": "e t m ao ec rp", "classind": "l", "kijkwijzer": "al",
    "icaa": "tp", "bbfc": "u pg r"}.items()}
# ... and a rating's content descriptors by language (`PEGI 16, Bad Language`, `USK 12, Gewalt`), a game's platform's
# or edition's words (`PEGI 7, Nintendo Switch`, `PEGI 3, Super Mario`), which no name holds.
RATING_DESCRIPTORS: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    "nintendo switch xbox playstation series console consoles pc mac steam deck edition deluxe ultimate standard "
    "collector collectors bundle super game games gaming "
    "violence violent language fear horror sex sexual nudity drugs alcohol tobacco gambling discrimination purchases "
    "interactions online blood gore crude humour humor mild strong intense moderate bad realistic fantasy themes "
    "gewalt angst sprache drogen glucksspiel diskriminierung kaufe "
    "langage peur sexe drogues jeux hasard achats lenguaje miedo sexo drogas juegos compras linguaggio paura "
    "droghe gioco acquisti geweld eng grof taalgebruik").split())


def _folded(words: Iterable[str]) -> FrozenSet[str]:
    return frozenset(canonical(word)[0].lower() for word in words)


_AUDIENCE = _folded(word for languages in AUDIENCE_WORDS.values() for words in languages.values()
                    for word in words.split())
_UNITS = _folded(AGE_UNITS.split())
_MARKS = _folded(AGE_MARKS.split() + MONTHS.split() + WEEKS.split()) | {"+"}
_WEEKS = _folded(WEEKS.split())
# (closer 175, review 30) `old` by language after weeks' word (`8 Wochen alt`, `10 weeks old`): a baby's or a puppy's
# age still, as the weeks alone (a person's `38 years old` has no weeks)
_OLD_AFTER_WEEKS = _folded("old alt oud gammal gammel gamle".split())
# (closer 187, review 32) ... and `of age` by language after weeks' words and their particle (`9 semanas de edad`),
# and an animal's care beside its age (`10 semaines (vacciné)`, `8 weeks (microchipped)`): with weeks, an animal's
_AGE_AFTER_WEEKS = _folded("age edad idade eta età".split())
_ANIMAL_CARE = _folded(("vaccinated vaccinations jabs microchipped chipped wormed dewormed flead "
                        "geimpft gechipt entwurmt vacciné vaccinée pucé pucée vermifugé vermifugée vacunado vacunada "
                        "desparasitado desparasitada vaccinato vaccinata sverminato gevaccineerd gechipt ontwormd "
                        "szczepiony zaszczepiony zaczipowany odrobaczony vacinado vacinada").split())
_RATINGS = _folded(RATING_SYSTEMS.split())
_ANIMAL_SEXES = _folded(word for words in ANIMAL_SEXES.values() for word in words.split())
_SEX_WORDS = _folded(SEX_WORDS.split())
# A value's words: a number, a word of letters (its possessive `'s` read with it: `Men's`), or a `+`.
# (a word's letters with the Indic scripts' signs of its vowels: canonical.INDIC_SIGNS)
_WORDS = re.compile(f"[0-9]+|(?:[^\\W\\d_]|[{INDIC_SIGNS}])+(?:['’]s)?|\\+")
_GLUED_UNIT = re.compile(r"([0-9]+)([^\W\d_]+)")  # (`3T`, `12m`, `18yrs`)


def _off_its_scale(system: str, number: int) -> bool:
    """Whether `number`, after the lower-case word `system`, is off that rating system's scale (RATING_SCALES)."""
    return system in RATING_SCALES and number not in RATING_SCALES[system]


def _beside_the_age(word: str, before: str, weeks: bool, rated: bool) -> bool:
    """Whether lower-case `word`, after `before`, only qualifies the age beside it: `old` right after weeks (`8 Wochen
    alt`, closer 175); closer 187: `of age` or an animal's care after weeks (`9 semanas de edad`, `10 semaines
    (vacciné)`), a rating's letter right after its system (`CERO C`), or a descriptor after a rating (`(PEGI 18) –
    Online Interactions`)."""
    return word in _OLD_AFTER_WEEKS and before in _WEEKS or weeks and (
        word in _AGE_AFTER_WEEKS or word in _ANIMAL_CARE) or (
        before in RATING_LETTERS and word in RATING_LETTERS[before]) or rated and word in RATING_DESCRIPTORS


def is_an_audience(value: str) -> bool:
    """Whether `value` (under a gender's or an age's key or label) is a product's audience (above), no person's, or a
    field's state (personal_keys.ACCOUNT_STATES: `n/a`, `unknown`, `required`), which names no datum either."""
    written = canonical(value)[0] if not value.isascii() else value
    form = written.lower()
    if form.strip() in ACCOUNT_STATES:
        return True
    numbers: List[int] = []
    marked = audience = animal = sexed = rated = weeks = False
    previous = ""
    for written_word in _WORDS.findall(_GLUED_UNIT.sub(r"\1 \2", written)):
        word, before = written_word.lower(), previous
        previous = word
        weeks = weeks or word in _WEEKS
        if _beside_the_age(word, before, weeks, rated):
            continue
        if word in _ONE_PERSON and _a_person_s(written_word, word):
            return False  # (a form's answer: `woman`, `femme`, `Woman`; not a department: `Femme`, `WOMAN`)
        if word in _ANIMAL_SEXES:
            animal = True  # (an animal's sex: closer 170)
            continue
        if word in _SEX_WORDS:
            sexed = True  # (a gender's word: an animal's only beside an animal's sex)
            continue
        if word[:1].isdigit():
            if len(word) > 3 or _off_its_scale(before, int(word)):
                return False  # (a year, a code: no age's number; a number off a rating's scale, `PEGI 17`)
            numbers.append(int(word))
        elif word in _MARKS or word in _RATINGS:
            marked = True
            rated = rated or word in _RATINGS
        elif word.removesuffix("'s").removesuffix("’s") in _AUDIENCE:
            audience = True
        elif word not in _UNITS:
            return False  # (a word of none of them: `female`, `old`, a name)
    # (a rating's scale stops at a law's age: `Age: 38 (PEGI 38)` is a person's)
    if sexed and not animal or rated and any(number > _ADULT and number not in _LEGAL_AGES for number in numbers):
        return False
    if not numbers:
        return audience or animal
    if len(numbers) == 1 and marked and numbers[0] >= _ADULT and numbers[0] not in _LEGAL_AGES:
        return False  # (`38 years and up`: a mark's age is a child's, or a law's `18+`, `21+`)
    return marked or len(numbers) > 1 or min(numbers) < 13


# A single person's noun of a gender's, in the singular (closer 83): a department is named in the plural in English
# (`Women`, `Men`) or in capitals (Zara's `WOMAN`), in the singular capitalized in the Romance languages (`Femme`,
# `Mujer`, `Homme`) and in Turkish (`Kadın`, `Erkek`), or by an adjective (Polish `damskie`, `męskie`: women's,
# men's); written in lower case (`woman`, `femme`, `mujer`, `kadın`, `kobieta`), or in English capitalized (`Woman`),
# it is a form's answer about a person, and always in a script without capitals (Hindi `महिला`, Arabic `امرأة`).
_ONE_PERSON = _folded(("man woman homme femme hombre mujer uomo donna homem mulher herr frau mann kobieta mężczyzna "
                       "kadın erkek महिला पुरुष امرأة رجل").split())
_ENGLISH_ONE_PERSON = frozenset(("man", "woman"))
# A person's gender as a form's answer writes it, an adjective in lower case, by language (closer 89): after a word
# naming a work's genre too (key_lexicon.GENDER_OR_GENRE: `Gênero: feminino`), only these and a person's noun above
# are a gender's (`Gênero: Romance` is a book's; `Gênero: Feminino`, capitalized, a department).
FORM_ANSWERS = {
    "English": "female male", "French": "féminin féminine masculin masculine", "Spanish": "femenino masculino",
    "Portuguese": "feminino masculino", "Italian": "femminile maschile",
}
_ANSWERS = _folded(word for words in FORM_ANSWERS.values() for word in words.split())


def a_persons_gender(value: str) -> bool:
    """Whether `value` (after a word naming a gender or a genre) is a person's gender: one word, a form's answer in
    lower case or a single person's noun written as one (above)."""
    written = (canonical(value)[0] if not value.isascii() else value).strip()
    word = written.lower()
    return written in _ANSWERS or word in _ONE_PERSON and _a_person_s(written, word)


# A product's age mark names a child's age (under 18) or a law's (`18+`, `21+`): an adult's number with a mark is a
# person's (`Age: 38 years and up`).
_ADULT = 18
_LEGAL_AGES = frozenset((18, 21))


def _a_person_s(written: str, word: str) -> bool:
    """Whether the singular person's noun `word` (`written` as in the value) is a form's answer (above)."""
    return written == word or word in _ENGLISH_ONE_PERSON and written[1:] == word[1:] and written[:1].isupper()


# A gender's words (the lexicon's meaning, its words of several words joined) and an age's, as a key's tokens read.
_GENDER_WORDS = frozenset("".join(key_tokens(word)) for words in key_lexicon.ALONE[GENDER].values()
                          for word in words.split())
# The words that name the person beside them (`customer_gender`, `user_age`, `Your age:`, `baby_gender`): a person's
# qualifier, a possessive, an account's or a person's own key word.
_PERSON_WORDS = PERSON_QUALIFIERS | POSSESSIVES | LOGIN_WORDS | PERSON_KEY_WORDS | frozenset(
    "visitor visitors person people besucher visiteur visitante visitatore bezoeker".split())


def kind_of_key(key: str) -> str:
    """GENDER or AGE when `key`'s words (a key's, or a label's words in text) hold a gender's or an age's word and no
    word naming the person (above), whose value is_an_audience judges; "" for any other (`customer_gender`, `dob`,
    `gender_identity`: a gender's word within a longer personal word)."""
    tokens = key_tokens(key)
    kind = ""
    for at, token in enumerate(tokens):
        if token in _PERSON_WORDS:
            return ""
        pair = token + tokens[at + 1] if at + 1 < len(tokens) else ""
        if token in _GENDER_WORDS or pair in _GENDER_WORDS:
            kind = GENDER
        elif token in AGE_WORDS:
            kind = kind or AGE
        else:
            continue
        if is_personal_token(pair) and pair not in _GENDER_WORDS or at and is_personal_token(tokens[at - 1] + token):
            return ""  # (`gender_identity`, `sex_life`)
    return kind


def audience_under_key(key: str, value: str) -> bool:
    """Whether `value` under `key` of a gender's or an age's kind is a product's audience (it goes out)."""
    return bool(value.strip()) and len(value) <= 64 and bool(kind_of_key(key)) and is_an_audience(value)
