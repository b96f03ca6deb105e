"""Self-introductions in running text, for named_in_text.py (a support chat, a review, a note, a user agent's field): a
person saying their own name. Each rule reads a layout, with the phrases of each language as lexicon data
(_INTRODUCTIONS, _CASELESS_INTRODUCTIONS, _SYLLABIC_INTRODUCTIONS, _AROUND_THE_NAME), never a list of names. A
self-introduction (`I am`, `I'm`, `my name is`; Spanish `soy`, `me llamo`, Haitian Creole `mwen rele`, Fijian `au o`,
...: _INTRODUCTIONS) before a full name (`Hi, I am Grace Nakato,`; after `my name is` one word is enough: nothing else
is said so); not a full name that with its introduction is the whole text (`I Am Legend Blu-ray`), unless in a language
whose shops do not title a product so (Swahili `Mimi ni Amani Mwamba`); in a script without capitals, "my name" and one
to three words of its script ending the text or a clause (`मेरो नाम राम बहादुर थापा हो`); in syllabics too (`ᐊᑎᒃᑲ ᐃᓕᓴᐱ
ᓄᕙᓕᖓ`), or the name first where the language puts it first (Cherokee `ᏌᎳᏂ ᏓᏆᏙᎥ`, Navajo `Naasbaaʼ Yazzie yinishyé`), or
between the words that open and close it (Māori `ko Aroha Ngatawhai ahau`). A text in capitals is read after a greeting
(`HOLA, EM DIC JORDI PUIGVERDALET`; not `KHAN DVD`). The shapes of a name's words and of where it ends are
name_shapes.py's.
"""

from __future__ import annotations

import re
from typing import Tuple

from .canonical import HANGUL, branches_by_first_letter, by_first_letter, canonical, longest_first, table_alternation
from .given_names import a_given_name
from .greetings import GOES_ON_WORDS
from .lower_case_names import a_full_name_in_any_case, a_matched_full_name
from .name_shapes import (
    CAPITAL_NAME,
    CHINESE_FAMILY_NAMES,
    CLAUSE,
    CONJUNCTIONS,
    END,
    FULL_NAME,
    FULL_NAME_ANY_WAY,
    HAN,
    JAPANESE_FAMILY_KANJI,
    OPENS,
    WORD,
    a_person,
    a_written_style,
    after_a_stop,
    capital_blocks,
    name_parts,
)
from .personal_keys import SPACING_MARKS
from .postal import _NAME_PARTICLE, street_line_alone

# Self-introductions by language (lexicon data, as written: most in lower case, those that open a sentence in their
# language with its capital too): before a full name, or before one word where nothing else is said so.
_INTRODUCTIONS = {
    "before a full name": {"English": "I am|i am|I'm|i'm|I’m|i’m"},
    # (these only opening the text or a clause, after a mark: `organic soy Wax Candle` is a title)
    "before a full name, opening a clause": {
        "Spanish": "soy", "French": "je suis", "Haitian Creole": "mwen se|Mwen se", "Fijian": "au o|Au o",
        # (twentieth attack: the phrase opening the text with its capital too)
        "French opening": "Je suis", "Portuguese": "sou o|Sou o|sou a|Sou a",
        # (twenty-first attack: the whole text `Mon nom est Personne` is a film's title)
        "French, formal": "mon nom est|Mon nom est",
        # (twenty-second attack: Zapotec's "name" and Northern Sami's "I am", whole texts of a brand's words as often:
        # `Laa Laa Plush Toy`)
        "Zapotec": "laa|Laa", "Northern Sami": "mun lean|Mun lean",
        # (twenty-third attack: Irish and Scottish Gaelic "I am", `Is mise Seán Ó Briain`)
        "Irish and Scottish Gaelic": "is mise|Is mise",
        # (twenty-fourth attack: Guarani "I am", its glottal stop, the puso, as typed; Caribbean English "it's me",
        # its comma before the name)
        "Guarani": "che ha'e|Che ha'e|che haʼe|Che haʼe|che ha’e|Che ha’e",
        "Caribbean English": "is me,|Is me,|it's me,|It's me,|it’s me,|It’s me,|it is me,|It is me,",
        # (twenty-sixth attack: Vietnamese and Tagalog "I am", whose whole texts are a slogan's or a film's as often:
        # `Tôi là Người Việt`, `Ako si Ninoy`)
        "Vietnamese": "tôi là|Tôi là", "Tagalog": "ako si|Ako si",
        # (twenty-eighth attack: "I am" of Zulu, Kalaallisut and Estonian, Uzbek "my name", opening titles as often:
        # `Mina olen Eesti`, `Ismim Sevgi`)
        "Zulu": "ngingu|Ngingu", "Kalaallisut": "uanga|Uanga", "Estonian": "mina olen|Mina olen",
        "Uzbek, alone": "ismim|Ismim",
        # (the lead's review: "I am" of the major languages of Europe's shops, opening titles as often: `Ich bin dann
        # mal weg`, `Jestem Legendą`, `Sono Pazzo di Te`)
        "German": "ich bin|Ich bin", "Italian": "sono|Sono|io sono|Io sono",
        "Dutch": "ik ben|Ik ben", "Polish": "jestem|Jestem", "Czech": "jsem|Jsem",
        "Portuguese, I am": "eu sou|Eu sou", "Romanian": "eu sunt|Eu sunt",
        # (twenty-ninth attack: "I am" of Papiamento, Lule Sami, West Frisian, Breton, Lingala and Hawaiian, and
        # Jamaican Patois "my name", opening titles as often: `Mi Ta Bon`, `Ik bin Frysk`)
        "Papiamento": "mi ta|Mi ta", "Lule Sami": "mån lav|Mån lav", "West Frisian": "ik bin|Ik bin",
        "Breton": "me eo|Me eo", "Lingala": "nazali|Nazali", "Hawaiian": "ʻo wau ʻo|ʻO wau ʻo|'o wau 'o|'O wau 'o",
        "Jamaican Patois": "mi name|Mi name",
    },
    # (languages whose shops do not title a product so: a sentence even when the whole text, `Mimi ni Amani Mwamba`)
    "before a full name, opening a clause, even alone": {"Swahili": "mimi ni|Mimi ni", "Shona": "ndini|Ndini",
                                                          "Setswana": "ke nna|Ke nna",
                                                          # (twenty-second attack: "I am")
                                                          "Inuktitut": "uvanga|Uvanga",
        # (twenty-sixth attack: "my name is", "I am called", "they call me"; a full name, since a book's title puts
        # one word there in every language it is translated into: `Tên tôi là Đỏ`, `Minu nimi on Punane`. Not the
        # Nordic "my name is", `Mitt namn är Lucy Barton`, a title with a full name)
        "Vietnamese": "tên tôi là|Tên tôi là|tôi tên là|Tôi tên là|tên em là|Tên em là|em tên là|Em tên là"
                      "|tên mình là|Tên mình là|mình tên là|Mình tên là",
        "Tagalog": "ang pangalan ko ay|Ang pangalan ko ay|pangalan ko ay|Pangalan ko ay",
        "Indonesian and Malay": "nama saya|Nama saya|nama aku|Nama aku",
        "Azerbaijani": "mənim adım|Mənim adım", "Uzbek": "mening ismim|Mening ismim|mening otim|Mening otim",
        "Somali": "magacaygu waa|Magacaygu waa|magacayga waa|Magacayga waa", "Yoruba": "orúkọ mi ni|Orúkọ mi ni",
        "Igbo": "aha m bụ|Aha m bụ", "Wolof": "maa ngi tudd|Maa ngi tudd|sama tur mooy|Sama tur mooy",
        "Samoan": "o loʻu igoa o|O loʻu igoa o|o lo'u igoa o|O lo'u igoa o",
        "Tongan": "ko hoku hingoa ko|Ko hoku hingoa ko",
        "Norwegian, Swedish and Danish": "jeg heter|Jeg heter|jag heter|Jag heter|jeg hedder|Jeg hedder",
        "Finnish": "nimeni on|Nimeni on|minun nimeni on|Minun nimeni on",
        "Estonian": "minu nimi on|Minu nimi on|mu nimi on|Mu nimi on", "Latvian": "mani sauc|Mani sauc",
        "Lithuanian": "mano vardas|Mano vardas|mane vadina|Mane vadina",
        "Greek in Latin letters": "me lene|Me lene|to onoma mou einai|To onoma mou einai|onomazomai|Onomazomai",
        # (and in its letters: a given name alone after it is a book's title, `Με λένε Κόκκινο`)
        "Greek": "με λένε|Με λένε",
        # (the lead's review: Italian's formal "my name is", `Il mio nome è Nessuno` a film's title, as French's; Greek
        # "I am called", Ukrainian's, Bulgarian's, Serbian's, Macedonian's and Belarusian's "my name is")
        "Italian": "il mio nome è|Il mio nome è", "Greek, I am called": "ονομάζομαι|Ονομάζομαι",
        "Greek, my name is": "το όνομά μου είναι|Το όνομά μου είναι",
        # (twenty-ninth attack: Jamaican Patois "they call me", no title's words)
        "Jamaican Patois": "dem call mi|Dem call mi"},
    "before one word": {
        "English": "my name is|My name is", "Spanish": "me llamo|Me llamo|mi nombre es|Mi nombre es",
        "French": "je m'appelle|Je m'appelle|je m’appelle|Je m’appelle",
        "Haitian Creole": "mwen rele|Mwen rele|m rele|non mwen se|Non mwen se", "Fijian": "na yacaqu o|Na yacaqu o",
        "Portuguese": "meu nome e|Meu nome e|me chamo|Me chamo",  # (`é` in the canonical form)
        # twentieth attack: Central and Southern Africa, and Central Asia (Kyrgyz and Russian, whose Cyrillic the
        # canonical form folds where it looks Latin: the phrases are read as folded)
        "Lingala": "nkombo na ngai|Nkombo na ngai", "Swahili": "jina langu ni|Jina langu ni",
        "Shona": "zita rangu ndinonzi|Zita rangu ndinonzi|zita rangu ndi|Zita rangu ndi",
        "Bemba": "ishina lyandi ni|Ishina lyandi ni", "Kyrgyz": "менин атым|Менин атым",
        "Russian": "меня зовут|Меня зовут",
        # twenty-first attack: of another person, in a note ("her name is")
        "English, of another": "her name is|Her name is|his name is|His name is",
        # twenty-seventh attack: Malagasy "my name is", Romansh "I have (the) name"
        "Malagasy": "ny anarako dia|Ny anarako dia|anarako dia|Anarako dia",
        "Romansh, I have": "jau hai num|Jau hai num",
        # twenty-second attack: the name's part, as a voice assistant asks for it (`my surname is Kazlauskas`, spelled
        # aloud: assembled.spelled_readings)
        "English, a part": "my surname is|My surname is|my last name is|My last name is|my family name is"
                           "|My family name is|my first name is|My first name is",
        # twenty-second attack: the Andes, Mesoamerica and the Arctic ("my name", "my name is", "I am named")
        "Quechua": "sutiymi|Sutiymi|sutiyqa|Sutiyqa", "Aymara": "sutijaxa|Sutijaxa|sutijax|Sutijax",
        # (and with the pronoun before "my name", "of me": Aymara `Nayan sutijax`, Quechua `Ñuqaq sutiymi`, whose
        # first word opens a user agent's field as the phrase's does: FIELD_OPENED)
        "Aymara and Quechua, with the pronoun": "nayan sutijaxa|Nayan sutijaxa|nayan sutijax|Nayan sutijax"
                                                "|ñuqaq sutiymi|Ñuqaq sutiymi|noqaq sutiymi|Noqaq sutiymi",
        "Nahuatl": "notoca|Notoca|notoka|Notoka", "K'iche'": "nub'i'|Nub'i'|nub’i’|Nub’i’",
        "Inuktitut": "atikka|Atikka", "Kalaallisut": "ateqarpunga|Ateqarpunga",
        "Northern Sami": "mu namma lea|Mu namma lea",
        # twenty-third attack: Europe's smaller languages ("my name is", "I am called", "I call myself")
        "Catalan": "em dic|Em dic|el meu nom es|El meu nom es", "Galician": "chamome|Chamome|o meu nome e|O meu nome e",
        "Basque": "nire izena|Nire izena", "Welsh": "fy enw i yw|Fy enw i yw|fy enw yw|Fy enw yw",
        "Breton": "ma anv zo|Ma anv zo", "West Frisian": "myn namme is|Myn namme is|ik hjit|Ik hjit",
        "Luxembourgish": "ech heeschen|Ech heeschen|mäin numm ass|Mäin Numm ass|mäin Numm ass",
        "Maltese": "jiena jisimni|Jiena jisimni|jisimni|Jisimni", "Faroese": "eg eiti|Eg eiti",
        "Icelandic": "ég heiti|Ég heiti", "Romansh": "mes num è|Mes num è", "Turkish": "benim adım|Benim adım",
        # twenty-fourth attack: South Asia's languages as typed in Latin letters, Kurdish, Uyghur, Tatar, Chechen,
        # Yiddish, Esperanto and Guarani ("my name", "my name is"; `mera naam` opens film titles only in capitals)
        "Telugu": "naa peru|Naa peru|na peru|Na peru", "Kannada": "nanna hesaru|Nanna hesaru",
        "Malayalam": "ente peru|Ente peru|ente per|Ente per", "Gujarati": "maru naam|Maru naam|maru nam|Maru nam",
        "Marathi": "maza naav|Maza naav|maza nav|Maza nav|majha naav|Majha naav|majha nav|Majha nav",
        "Hindi, Urdu and Punjabi": "mera naam|Mera naam|mera nam|Mera nam|mera name|Mera name",
        "Sindhi": "munhinjo naalo|Munhinjo naalo|munhinjo nalo|Munhinjo nalo|muhinjo nalo|Muhinjo nalo",
        "Kurmanji": "navê min|Navê min", "Sorani": "nawm|Nawm|nawim|Nawim|nawi min|Nawi min",
        "Uyghur": "méning ismim|Méning ismim", "Tatar": "minem isemem|Minem isemem",
        "Chechen": "san tsʼe|San tsʼe|san ts'e|San ts'e|san ts’e|San ts’e",
        "Yiddish": "mayn nomen iz|Mayn nomen iz|mayn nomen is|Mayn nomen is",
        "Esperanto": "mia nomo estas|Mia nomo estas|mi nomiĝas|Mi nomiĝas|mi nomigxas|Mi nomigxas",
        "Guarani": "che réra|Che réra",
        # twenty-eighth attack: Southern and East Africa, the Baltic, the Balkans, Bengali in Latin letters ("my name
        # is", "I am called", "they call me")
        "Afrikaans": "my naam is|My naam is", "Sesotho": "lebitso la ka ke|Lebitso la ka ke",
        "Setswana": "leina la me ke|Leina la me ke", "Swahili, I am called": "naitwa|Naitwa",
        "Kinyarwanda": "nitwa|Nitwa|amazina yanjye ni|Amazina yanjye ni|izina ryanjye ni|Izina ryanjye ni",
        "Luganda": "erinnya lyange nze|Erinnya lyange nze|erinnya lyange ye|Erinnya lyange ye",
        "Somali, they call me": "waxaa la i yiraahdaa|Waxaa la i yiraahdaa",
        "Albanian": "quhem|Quhem|emri im është|Emri im është|emri im eshte|Emri im eshte",
        "Slovene and Croatian": "ime mi je|Ime mi je|zovem se|Zovem se",
        "Latvian": "mans vārds ir|Mans vārds ir", "Bengali": "amar naam|Amar naam|amar nam|Amar nam",
        # the lead's review: the major languages of Europe's shops ("my name is", "I am called"; a given name alone
        # after them titles a book or a film as in English, `Mein Name ist Eugen`: dropped as `My name is Khan` is)
        "German": "ich heiße|Ich heiße|ich heisse|Ich heisse|mein Name ist|Mein Name ist|mein name ist",
        "Italian": "mi chiamo|Mi chiamo", "Dutch": "mijn naam is|Mijn naam is|ik heet|Ik heet",
        "Polish": "nazywam się|Nazywam się|mam na imię|Mam na imię|moje imię to|Moje imię to",
        "Czech": "jmenuji se|Jmenuji se|jmenuju se|Jmenuju se|moje jméno je|Moje jméno je|mé jméno je|Mé jméno je",
        "Slovak": "volám sa|Volám sa|menujem sa|Menujem sa|moje meno je|Moje meno je",
        "Romanian": "numele meu este|Numele meu este|numele meu e|Numele meu e|mă numesc|Mă numesc|mă cheamă"
                    "|Mă cheamă",
        "Hungarian": "a nevem|A nevem|az én nevem|Az én nevem", "Portuguese, I call myself": "chamo-me|Chamo-me",
        "French, as typed": "je m appelle|Je m appelle|je mappelle|Je mappelle",
        # (and the name's part, as `my surname is`)
        "Spanish, a part": "mi apellido es|Mi apellido es|mis apellidos son|Mis apellidos son",
        "Portuguese, a part": "meu sobrenome é|Meu sobrenome é|o meu apelido é|O meu apelido é",
        "French, a part": "mon nom de famille est|Mon nom de famille est|mon prénom est|Mon prénom est",
        "German, a part": "mein Nachname ist|Mein Nachname ist|mein Vorname ist|Mein Vorname ist"
                          "|mein Familienname ist|Mein Familienname ist",
        "Italian, a part": "il mio cognome è|Il mio cognome è",
        "Dutch, a part": "mijn achternaam is|Mijn achternaam is|mijn voornaam is|Mijn voornaam is",
        "Polish, a part": "moje nazwisko to|Moje nazwisko to|mam na nazwisko|Mam na nazwisko",
        # (Cyrillic as folded, as Russian's)
        "Ukrainian": "мене звати|Мене звати|моє ім'я|Моє ім'я|моє ім’я|Моє ім’я|моє імʼя|Моє імʼя",
        "Bulgarian": "казвам се|Казвам се|името ми е|Името ми е",
        "Serbian": "зовем се|Зовем се|моје име је|Моје име је",
        "Macedonian": "се викам|Се викам|моето име е|Моето име е",
        "Belarusian": "мяне завуць|Мяне завуць|маё імя|Маё імя",
        # twenty-ninth attack: Ossetian, Romani, Tamazight in Latin letters, Fula, Yucatec Maya, Papiamento and Tok
        # Pisin ("my name is", "my name")
        "Ossetian": "мæ ном у|Мæ ном у", "Romani": "miro anav si|Miro anav si|mo anav si|Mo anav si",
        "Tamazight": "isem-iw d|Isem-iw d|isem inu d|Isem inu d", "Fula": "innde am ko|Innde am ko",
        "Yucatec Maya": "in k'aaba'e'|In k'aaba'e'|in k'aaba'|In k'aaba'|in k’aaba’e’|In k’aaba’e’",
        "Papiamento": "mi nòmber ta|Mi nòmber ta|mi nomber ta|Mi nomber ta",
        "Tok Pisin": "nem bilong mi|Nem bilong mi|nem bilong mi em|Nem bilong mi em",
    },
    # twenty-first attack: West Africa and the Indian Ocean ("my name is", "I am called", as written), before a full
    # name opening a clause; as the whole text only a given and a family name, two words (`Sunana Abdoulaye Maïga`;
    # not a title's one word or three: `Me din de Kente`, `Sunana Kasuwa Market Bag`)
    "before a full name, opening a clause, alone as two words": {
        "Twi": "me din de|Me din de", "Krio": "mi nem na|Mi nem na", "Ewe": "ŋkɔnye nye|Ŋkɔnye nye",
        "Hausa": "sunana|Sunana", "Bambara": "n tɔgɔ ye|N tɔgɔ ye", "Mooré": "mam yʋʋr la|Mam yʋʋr la",
        "Mauritian Creole": "mo apel|Mo apel", "Seychellois Creole": "mon apel|Mon apel",
    },
    # (twenty-eighth attack: "my name is" whose copula is a prefix glued to the name, its capital inside the word:
    # Zulu, Ndebele and Xhosa `Igama lami nguThandeka`, Shona `zita rangu ndiTendai`)
    "before a name glued to its copula": {
        "Zulu and Ndebele": "igama lami ngu|Igama lami ngu|ibizo lami ngu|Ibizo lami ngu",
        "Xhosa": "igama lam ngu|Igama lam ngu", "Shona": "zita rangu ndi|Zita rangu ndi",
    },
}


def _phrases(kind: str) -> str:
    """The phrases of `kind`, as folded, for a pattern: a phrase with a letter outside ASCII in any case (the canonical
    form folds Cyrillic's and Greek's capitals that look Latin to Latin capitals, their other letters keep their case:
    `Менин Атым` is `Mehиh Aтыm`), the others as written in the lexicon."""
    words = sorted({form for line in _INTRODUCTIONS[kind].values() for phrase in line.split("|")
                    for form in _folded(phrase)}, key=longest_first)
    return "|".join(_any_case(re.escape(phrase).replace("\\ ", "[ \\t]")) for phrase in words)


def _folded(phrase: str) -> Tuple[str, ...]:
    """`phrase` as the canonical form folds it, and in capitals too where it holds a letter outside ASCII (Greek's
    `ν` folds to `v`, its capital `Ν` to `N`: case alone does not join them)."""
    return (canonical(phrase)[0],) if phrase.isascii() else (canonical(phrase)[0], canonical(phrase.upper())[0])


def _any_case(pattern: str) -> str:
    return pattern if pattern.isascii() else f"(?i:{pattern})"


# (closer 115, fifty-ninth attack) A declaration's self-naming formula: the first person's pronoun and a comma, the
# declarant's full name and a comma, and the declaration going on in lower case (`I, Anna Quendrix, parent/guardian
# of …`, `Ich, Anna Quendrix, geboren am …`, `Yo, Ana Quendrix, mayor de edad`): a release's, a waiver's, a consent's.
# A title sets a name so without the sentence going on (`I, Daniel Blake`, `I, Claudius`). Lexicon data by language.
_SELF_NAMING_PRONOUNS = {
    "English": "I", "German": "Ich", "French": "Je", "Spanish": "Yo", "Italian": "Io", "Portuguese": "Eu",
    "Dutch": "Ik", "Polish": "Ja", "Czech": "Já", "Swedish": "Jag", "Danish and Norwegian": "Jeg", "Finnish": "Minä",
}
_PRONOUNS = "|".join(sorted({canonical(word)[0] for words in _SELF_NAMING_PRONOUNS.values() for word in words.split()},
                            key=longest_first))
# (closer 183, eighty-sixth attack: recruiting) ... or its pronoun in lower case after the verb, where German, Dutch and
# the Scandinavian languages put it after an opening adverb (`Hiermit bewerbe ich, …, mich um die Stelle`, `Hierbij
# verklaar ik, …, dat`, `Härmed intygar jag, …, att`).
_INVERTED_PRONOUNS = "ich|ik|jag|jeg"
_SELF_NAMING_CUE = re.compile(f"(?<![^\\W\\d_])(?:{_PRONOUNS}|{_INVERTED_PRONOUNS}),[ \t]")
_SELF_NAMED = re.compile(f"(?:{CLAUSE}(?:{_PRONOUNS})|(?<=[a-z])[ \t]{{1,3}}(?:{_INVERTED_PRONOUNS})),[ \t]{{1,3}}"
                         f"{FULL_NAME}[ \t]{{0,3}},[ \t]{{1,3}}[a-z]")


def self_named(form: str) -> bool:
    """Whether canonical `form` holds a declaration's self-naming formula (_SELF_NAMED; its pronoun and comma in C
    first)."""
    return ", " in form and _SELF_NAMING_CUE.search(form) is not None and _SELF_NAMED.search(form) is not None


# The capitalized words that follow an introduction's verb in its other sense, no name: German `ich heiße Sie
# willkommen` ("I welcome you"), Italian `sono Io` ("it is I"); (closer 229, review 44) nor a verb's `-ing` written
# `-in'` as spoken (`I'm Lovin' It`): a name's word never ends on an apostrophe.
_OTHER_SENSE = "(?!(?:Sie|Ihnen|Dich|Euch|Willkommen|Io)(?![^\\W\\d_])|[^\\W\\d_]{1,29}in['’](?![^\\W\\d_]))"
_INTRODUCED = re.compile(f"(?:{OPENS}(?:{_phrases('before a full name')})|{CLAUSE}"
                         f"(?:{_phrases('before a full name, opening a clause')}))[ \\t]{{1,3}}"
                         f"{_OTHER_SENSE}{FULL_NAME}{END}")
_INTRODUCED_ALONE = re.compile(f"{CLAUSE}(?:{_phrases('before a full name, opening a clause, even alone')})"
                               f"[ \\t]{{1,3}}{FULL_NAME}{END}")
# (session 16) German "I am" before a full name that is the whole text: a person introducing themself, not a title,
# unless a word of the name is a German noun of kin, a role, an animal of a slogan or a product, or a determiner, which
# German capitalizes or writes there, or a number of a title (`Ich bin Papa Bär`, `Ich bin Rentner Tasse`, `Ich bin Dein
# Vater`, `Ich bin Nummer Vier`): lexicon data.
_GERMAN_INTRODUCED = re.compile(f"{CLAUSE}(?:ich|Ich)[ \\t]{{1,3}}bin[ \\t]{{1,3}}({FULL_NAME}){END}")
_GERMAN_NOT_NAMES = frozenset(canonical(word)[0].lower() for word in (
    "dein deine ihr ihre euer eure ein eine kein keine der die das mein meine nicht nur auch so "
    "papa mama oma opa vater mutter bruder schwester sohn tochter onkel tante baby kind enkel enkelin "
    "rentner rentnerin lehrer lehrerin chef chefin boss student studentin kunde kundin mann frau held heldin "
    "könig königin prinz prinzessin meister meisterin gamer fan team "
    "einhorn bär bärin katze kater hund löwe drache faultier "
    "tasse becher shirt t-shirt pullover hoodie kissen poster aufkleber sticker geschenk buch schild "
    "nummer eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf legende gott mensch").split())
_INTRODUCED_PAIR = re.compile(f"{CLAUSE}(?:{_phrases('before a full name, opening a clause, alone as two words')})"
                              f"[ \\t]{{1,3}}({FULL_NAME}){END}")
_INTRODUCED_GLUED = re.compile(f"{OPENS}(?:{_phrases('before a name glued to its copula')})(?:{FULL_NAME}|{WORD}){END}")
_INTRODUCED_ONE = re.compile(f"{OPENS}(?:{_phrases('before one word')})[ \\t]{{1,3}}{_OTHER_SENSE}"
                             f"(?:{FULL_NAME}|{WORD}){END}")
# (closer 218, review 40) ... and a full name in lower case or in capitals, where no capital tells a name, after those
# phrases in any case (`i'm orla quenby`, `MY NAME IS ORLA QUENBY`, `je m'appelle orla quenby`): a known given name
# must open it (lower_case_names.a_matched_full_name: `i'm grace under pressure`, `my name is not important` go out),
# and then it names a person even as the whole text in lower case (a title is capitalized); in capitals only after a
# greeting's comma or a sentence's end, as _introduced_in_capitals (opening the text, a title's or a print's place:
# `ICH BIN ANNA SCHMIDT`, session 16); the name ends the text or a clause (a
# word in lower case after it is no sign of its end there: `i'm jack daniels fan`). name_shapes.FULL_NAME_ANY_WAY,
# one shape for the layouts that make a name certain.
# (closer 226, review 43) ... or a dash or a conjunction joining the next clause (`… anna meier and I love shoes`), by
# language (name_shapes.CONJUNCTIONS; not Polish and Catalan `i`, English's pronoun in lower case, nor Afrikaans `'n`).
_CLAUSE_CONJUNCTIONS = {language: words for language, words in CONJUNCTIONS.items()
                        if language not in ("Polish and Catalan", "Afrikaans")}
_NAME_TYPED_ENDS = (f"(?=[ \\t]{{0,3}}(?:$|[,.;:!?)\\n\"])"
                    f"|[ \\t]{{1,3}}(?:-|{table_alternation(_CLAUSE_CONJUNCTIONS)})[ \\t])")
_INTRODUCED_ANY_WAY = re.compile(f"(?:{OPENS}(?i:{_phrases('before a full name')}|{_phrases('before one word')})"
                                 f"|{CLAUSE}(?i:{_phrases('before a full name, opening a clause')}))[ \\t]{{1,3}}"
                                 f"{FULL_NAME_ANY_WAY}{_NAME_TYPED_ENDS}")


def _introduced_any_way(form: str) -> bool:
    """Whether `form` holds a self-introduction before a full name in one case, lower or capitals, a known given name
    opening it (_INTRODUCED_ANY_WAY)."""
    return any(_typed_any_way(form, match) and a_matched_full_name(match)
               for match in _INTRODUCED_ANY_WAY.finditer(form))


# (closer 230, review 41) A sentence's end after a name in capitals opening the text: a full stop ending it, or a comma
# and words going on to the person (greetings.GOES_ON_WORDS: `MY NAME IS SERHII MELNYK.`, `I'M JUNHAO LI, YOUR NEW
# DRIVER.`); a print's or a title's text ends on none (`ICH BIN ANNA SCHMIDT`).
_CAPITALS_SENTENCE_ENDS = re.compile(f"[ \\t]{{0,2}}(?:\\.[ \\t]{{0,3}}$|,[ \\t]{{1,3}}{GOES_ON_WORDS})")


def _typed_any_way(form: str, match: re.Match[str]) -> bool:
    """Whether _INTRODUCED_ANY_WAY's name is in lower case, in capitals after a stop (name_shapes.after_a_stop) or
    (closer 230) before a sentence's end (_CAPITALS_SENTENCE_ENDS), or (closer 226, review 43) a capitalized given
    name before a family name in lower case (`ich bin Anna meier`)."""
    styles = [a_written_style(word) for word in name_parts(match)]
    return styles in (["lower", "lower"], ["capitalized", "lower"]) or styles == ["capitals", "capitals"] and (
        after_a_stop(form, match.start()) or _CAPITALS_SENTENCE_ENDS.match(form, match.end()) is not None)


# The cues of both, for one scan in C first (grouped by first letter: each branch opens with a letter, not a class).
_INTRODUCTION_CUES = re.compile(branches_by_first_letter(
    "am |'m |’m |name is|soy |u o |suis |en se |llamo |nombre es|appelle |rele |yacaqu |chamo |nome e|Sou [oa] "
    "|sou [oa] |ngu ni |yandi ni |imi ni |dini |ngai |ngu ndi"
    "|Ke nna |ke nna |nom est |din de |nem na |nye |unana |apel "
    "|utiy[mq]|utijax|otoc?k?a |ub['’]i['’] |tikka |teqarpunga |amma lea |vanga |Laa |laa "
    "|un lean |m dic |u nom es |hamome |u nome e |re izena |enw i yw |enw yw |anv zo "
    "|amme is |k hjit |heeschen |umm ass |isimni |g eiti |g heiti |num e "
    "|nim adim |s mise "
    # (twenty-fourth attack)
    "|a peru |a hesaru |te peru? |ru naa?m |za naa?v |ha naa?v |ra naa?me? |jo naa?lo |ve min "
    "|awi?m |awi min |ng ismim |em isemem |n ts['’ʼ]e |n nomen i|a nomo estas |i nomig"
    "|e rera |e ha['’ʼ]e |s me, "
    # (twenty-sixth attack)
    "|oi la |en la |em la |nh la |ko si |ko ay |ma (?:saya|aku) |ng otim |u waa |a waa |mi ni |m bu "
    "|tudd |tur mooy |igoa o |ingoa ko |g he(?:ter|dder) |meni on |u nimi on |ni sauc "
    "|no vardas |e lene |mou einai |nomazomai "
    # (twenty-seventh attack)
    "|narako dia |hai num "
    # (twenty-eighth attack)
    "|gingu |anga |ina olen |smim |aam is |bitso la ka ke |ina la me ke |itwa |njye ni "
    "|rinnya lyange |yiraahdaa |uhem |shte |me mi je |ovem se |ards ir |mar naa?m "
    "|ane vadina |ma lami? ngu|izo lami ngu|rangu ndi"
    # (the lead's review: the major languages of Europe's shops)
    "|h bin |h hei(?:ß|ss)e |ame ist |hiamo |Sono |sono |gnome e |k heet |k ben |ywam sie "
    "|na imie |imie to |estem |Jsem |jsem |menuj[eiu]m? se |meno je |olam sa |meu e(?:ste)? "
    "|a numesc |a cheama |u sunt |nevem |hamo-me |u sou |sobrenome e |apelido e "
    "|m a?ppelle |famille est |prenom est |apellidos? (?:es|son) |nazwisko to "
    "|na nazwisko "
    # (twenty-ninth attack)
    "|mi ta |n lav |k bin |me eo |azali |wau ['ʻ]o |i name |call mi |nav si |em-iw d "
    "|em inu d |am ko |aaba['’]e?['’]? |mber ta |ilong mi "))
# (the phrases of letters outside ASCII, in any case, as _phrases reads them: each holds a letter outside ASCII, which
# no case of an ASCII letter is; read past one scan in C)
_INTRODUCTION_CUES_OUTSIDE_ASCII = re.compile("(?i:atыm |зobyt |ɔgɔ ye |ʋʋr la |λeve |зbatи |зabyць |kaзbam ce "
                                              "|зobem ce |ce bиkam |m['’ʼ]я |иme je |æ hom y |иmeto mи e |иme e "
                                              "|ae imя |ζoμai |μou eivai )")


def _introduction_cued(form: str) -> bool:
    """Whether `form` holds a cue of _INTRODUCED or _INTRODUCED_PAIR's phrases (above)."""
    return _INTRODUCTION_CUES.search(form) is not None or not form.isascii() and (
        _INTRODUCTION_CUES_OUTSIDE_ASCII.search(form) is not None)


# The cues of the phrases in Cyrillic, Greek and German's `ß` that named_in_text.cued's shared cues (`m `, `M`, a word
# of ASCII letters in lower case before a capital) may miss: `мене звати`, `моє ім'я`, `ονομάζομαι`, `ich heiße`.
_SCRIPT_CUES = ("зbatи", "зabyць", "imя ", "m'я ", "m’я ", "mʼя ", "ζoμai", "μou eivai", "heiße ")


def form_holds(form: str, cues: Tuple[str, ...]) -> bool:
    """Whether `form` holds one of `cues` (substring scans in C)."""
    return any(cue in form for cue in cues)


# A text or a URL path's segment in capitals, where no case tells a name (twenty-fourth attack): a self-introduction
# after which one word is enough ("my name is", "I call myself": _INTRODUCTIONS' "before one word", in capitals)
# opening a clause after a greeting's comma or a sentence's end, then two or three words in capitals ending the text
# or a clause, each with a vowel (`HOLA, EM DIC JORDI PUIGVERDALET`). Not opening the text, a line, a string or a
# label's value: product titles in capitals open so (`MERA NAAM KURTA SET`, `MIA NOMO ESTAS RUĜA POSTER`, as their
# title case does, `Mera Naam Kurta Set`); a word in capitals without a vowel is an acronym (`HI, MY NAME IS KHAN
# DVD`), as the capitals after a capitalized word are in mixed case (`My name is Khan DVD`). The phrases grouped by
# their first letter, for a search that skips to it in C.
_ONE_WORD_PHRASES_IN_CAPITALS = sorted({canonical(phrase.upper())[0]
                                        for line in _INTRODUCTIONS["before one word"].values()
                                        for phrase in line.split("|")}, key=longest_first)
_CAPITAL_PHRASES = re.compile(by_first_letter(_ONE_WORD_PHRASES_IN_CAPITALS).replace("\\ ", "[ \t]{1,3}"))
_INTRODUCED_IN_CAPITALS = re.compile(f"(?:{_CAPITAL_PHRASES.pattern})[ \t]{{1,3}}({CAPITAL_NAME})"
                                     "(?=[ \t]{0,3}(?:$|[,.;:!?\n\"]))")
_VOWELS = frozenset("AEIOUY")


def _introduced_in_capitals(form: str) -> bool:
    """Whether `form`, in capitals, holds a self-introduction and a name (_INTRODUCED_IN_CAPITALS) opening a clause
    after a greeting's comma or a sentence's end (not a label's colon, a line's or a string's opening: a title's
    place), each of the name's words with a vowel or a letter outside ASCII, none a generic addressee's or a
    business's."""
    return any(after_a_stop(form, match.start()) and a_person(match.group(1)) and all(
        not word.isascii() or not _VOWELS.isdisjoint(word) for word in match.group(1).split())
        for match in _INTRODUCED_IN_CAPITALS.finditer(form))


# The self-introductions written with a capital on each word (`Sutiymi`, `Sunana`): they open a title-cased text, whose
# words all open in capitals, so that `cued` looks for them there (the other layouts need a word in lower case).
_TITLED_FORMS = tuple(sorted({canonical(phrase)[0] + " " for kind in _INTRODUCTIONS.values() for line in kind.values()
                              for phrase in line.split("|") if canonical(phrase)[0].istitle()}, key=longest_first))
_TITLED_INTRODUCTIONS = re.compile("|".join(re.escape(phrase) for phrase in _TITLED_FORMS))
# In a script without capitals (Devanagari, Bengali, the other Indic scripts, Arabic and Hebrew scripts; and Cyrillic
# with the letters of Tatar, Bashkir and Chechen, which the canonical form folds into both cases), "my name" opening
# the text or a clause, then one to three words of letters ending the text or a clause, the language's copula after
# them or not (`मेरो नाम राम बहादुर थापा हो`, `আমার নাম রহিম উদ্দিন`, `ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ ਹੈ`): lexicon data by
# language, "my name" and its copula, read as folded (the vowel signs and viramas dropped). Where "my name" opens
# film titles (Hindi's and Punjabi's `मेरा नाम`, Urdu's `میرا نام`), only with the copula after the name: a sentence.
_CASELESS_INTRODUCTIONS = {
    "the copula after the name or not": {
        "Nepali": ("मेरो नाम", "हो"), "Bengali": ("আমার নাম", ""),
        # (twenty-fourth attack)
        "Telugu": ("నా పేరు", ""), "Kannada": ("ನನ್ನ ಹೆಸರು", ""), "Malayalam": ("എന്റെ പേര്", "ആണ്"),
        "Gujarati": ("મારું નામ|મારુ નામ", "છે"), "Marathi": ("माझं नाव|माझे नाव|माझा नाव", "आहे"),
        "Sindhi": ("منهنجو نالو", "آهي"), "Sorani": ("ناوی من|ناوم", ""), "Uyghur": ("مېنىڭ ئىسمىم", ""),
        "Yiddish": ("מײַן נאָמען איז|מיין נאמען איז", ""), "Tatar": ("минем исемем", ""),
        "Bashkir": ("минең исемем", ""), "Chechen": ("сан цӀе", "ю"),
        # (twenty-fifth attack: Tamil "my name", with no copula as a rule; twenty-seventh: Sinhala's)
        "Tamil": ("என் பெயர்", ""), "Sinhala": ("මගේ නම", ""),
        # (twenty-ninth attack: Avar "my name ... is", as Chechen's; Tamazight in Tifinagh and Mongolian in its
        # vertical script, "my name", no copula)
        "Avar": ("дир цӀар", "буго"), "Tamazight in Tifinagh": ("ⵉⵙⵎ ⵉⵏⵓ", ""),
        "Mongolian in its script": ("ᠮᠢᠨᠦ ᠨᠡᠷᠡ|ᠮᠢᠨᠤ ᠨᠡᠷᠡ", ""),
    },
    "the copula after the name": {"Hindi": ("मेरा नाम", "है"), "Punjabi": ("ਮੇਰਾ ਨਾਮ", "ਹੈ"),
                                  "Urdu": ("میرا نام", "ہے"), "Shahmukhi": ("میرا ناں", "اے|ہے"),
                                  # (twenty-sixth attack: Burmese, whose name's syllables run on as one word, its
                                  # polite closing word; Mongolian "me ... they call")
                                  "Burmese": ("ကျွန်မနာမည်|ကျွန်တော့်နာမည်|ကျွန်တော်နာမည်", "ပါ|ပါတယ်"),
                                  "Mongolian, the name inside": ("намайг|миний нэрийг", "гэдэг|гэнэ"),
                                  # (twenty-ninth attack: Pashto "my name ... is", as Urdu's)
                                  "Pashto": ("زما نوم", "دی|دے")},
    # (twenty-sixth attack: where a book's title puts one word after "my name", translated into every language, as
    # `Nimeni on Punainen`: `მე მქვია წითელი`, `Իմ անունը Կարմիր է`, `שמי אדום`, a given and a family name, two or
    # three words, the copula or the closing words after them or not; Greek's and Armenian's capitals, and the
    # Cyrillic of Kazakh, Uzbek and Mongolian, are folded into both cases by the canonical form)
    "a given and a family name, the copula after them or not": {
        "Georgian": ("მე მქვია|მქვია|ჩემი სახელია|ჩემი სახელი არის", ""), "Armenian": ("Իմ անունը|իմ անունը", "է"),
        "Amharic": ("ስሜ|የኔ ስም|የእኔ ስም", "ነው"), "Tigrinya": ("ስመይ|ሽመይ", "እዩ"),
        "Hebrew": ("שמי|השם שלי|השם שלי הוא|קוראים לי", ""),
        "Kazakh": ("менің атым|Менің атым|менің есімім|Менің есімім", ""),
        "Uzbek": ("менинг исмим|Менинг исмим|менинг отим|Менинг отим", ""),
        "Mongolian": ("миний нэр|Миний нэр", "юм|байна"),
        "Greek": ("ονομάζομαι|Ονομάζομαι|με λένε|Με λένε|το όνομά μου είναι|Το όνομά μου είναι", ""),
        # (twenty-eighth attack: Tajik's "my name ... is", Arabic's "my name", `اسمي أحمر` a book's title)
        "Tajik": ("номи ман|Номи ман", "аст|ҳастам"), "Arabic": ("اسمي|إسمي|انا اسمي|أنا اسمي", ""),
        # (the lead's review: Persian "my name ... is", as Tajik's; `نام من سرخ` a book's title)
        "Persian": ("اسم من|نام من|اسمم", "است|هست"),
    },
    # (Thai, Lao and Khmer write no blank between a sentence's words: a blank opens a clause; the pronoun and "name"
    # run on as one word, `ผมชื่อ`, "I, named", the given name run on with them or not (the lead's review:
    # `ฉันชื่อสมชาย ใจดี`), its polite closing word after the name or not)
    "a given and a family name, the closing words after them or not, after a blank": {
        "Thai": ("ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|ชื่อของผม|ชื่อของฉัน|ชื่อของดิฉัน", "ครับ|ค่ะ|คะ|นะครับ|นะคะ"),
        "Lao": ("ຂ້ອຍຊື່|ຂ້ານ້ອຍຊື່|ຊື່ຂອງຂ້ອຍ", "ເດີ|ເຈົ້າ"), "Khmer": ("ខ្ញុំឈ្មោះ|ឈ្មោះខ្ញុំ|ឈ្មោះរបស់ខ្ញុំ", "បាទ|ចាស"),
    },
}
# (a word's letters and the vowel signs the canonical form keeps, spacing marks: `ਸਿੰਘ`, `కొండపల్లి`; one letter at
# least outside ASCII, as the folded Cyrillic's `xәиpyллиha`: a Latin word is a title's, `मेरो नाम जोकर DVD`;
# possessive, as the words after it: a word ends at a blank or a mark and gives no letter back)
_INTRODUCED_WORD = f"(?=[A-Za-z]{{0,28}}[^\\W\\d_A-Za-z])(?:[^\\W\\d_]|[{SPACING_MARKS}]){{1,29}}+"


# Each "my name", as folded, and its language's copulas, whether one must follow the name, and how few words the name
# has at least.
_CASELESS_PHRASES = {form.casefold(): (tuple(canonical(end)[0] for end in ends.split("|") if end),
                                            kind == "the copula after the name", 2 if kind.startswith("a given") else 1)
                     for kind, languages in _CASELESS_INTRODUCTIONS.items()
                     for phrases, ends in languages.values() for phrase in phrases.split("|")
                     for form in _folded(phrase)}


def _caseless_alternation(after_a_blank: bool) -> str:
    return "|".join(_any_case(re.escape(phrase).replace("\\ ", "[ \t]{1,3}"))
                    for phrase in sorted({form for kind, languages in _CASELESS_INTRODUCTIONS.items()
                                          if kind.endswith("after a blank") == after_a_blank
                                          for phrases, _ in languages.values() for phrase in phrases.split("|")
                                          for form in _folded(phrase)}, key=longest_first))


# "my name" opening the text or a clause (or after a blank, in the scripts that write none between words, the first
# word run on with it or not, but for Thai's `บ`: `ชอบ`, "to like", folds as `ชื่อ`, "name", does), then one to four
# words (a name of three and a copula) ending the text or a clause: which of them is a copula is read after the match
# (_caseless_introduced); a last word of ASCII letters only as the copula, where it folds so (Tajik `аст` is `act`).
_CASELESS_INTRODUCED = re.compile(
    f"(?:{CLAUSE}({_caseless_alternation(False)})(?=[ \t])|{OPENS}({_caseless_alternation(True)}))"
    + f"((?:[ \t]{{1,3}}|(?!\u0e1a)){_INTRODUCED_WORD}(?:[ \t]{{1,3}}{_INTRODUCED_WORD}){{0,3}}+"
    + "(?:[ \t]{1,3}[a-z]{2,5})?)"
    + "(?=[ \t]{0,3}(?:$|[,.;:!?\u0964\u061f\n\"]))")


def _caseless_introduced(form: str) -> bool:
    """Whether non-ASCII `form` holds "my name" and a name in a script without capitals (_CASELESS_INTRODUCED): one
    to three words, then the language's copula or, where none must follow, nothing."""
    if form.isascii():  # (each phrase, as folded, holds a letter outside ASCII: one scan in C)
        return False
    for match in _CASELESS_INTRODUCED.finditer(form):
        # (matched in any case: looked up folded, and a letter that matches in a case of its own is no phrase's)
        found = _CASELESS_PHRASES.get(" ".join((match.group(1) or match.group(2)).casefold().split()))
        if found is None:
            continue
        copulas, required, fewest = found
        words = match.group(3).split()
        closed = words[-1] in copulas
        if words[-1].isascii() and not closed:
            continue
        if fewest <= len(words) - closed <= 3 and (closed or not required):
            return True
    return False


# In the syllabics of Inuktitut (no capitals either), "my name" or "I" opening the text or a clause and one to three
# words of the script ending the text or a clause (`ᐊᑎᒃᑲ ᐃᓕᓴᐱ ᓄᕙᓕᖓ`); in Cherokee's syllabary, whose name comes first,
# one to three of its words opening the text or a clause before "my name is" (`ᏌᎳᏂ ᏓᏆᏙᎥ`; capitals and small letters
# alike); in Navajo, one to three capitalized words before "I am called" (`Shí éí Naasbaaʼ Yazzie yinishyé`, a word
# ending on the glottal stop `ʼ`): lexicon data by language and where the name stands.
_SYLLABIC_INTRODUCTIONS = {"Inuktitut, before the name": "ᐊᑎᒃᑲ|ᐅᕙᖓ", "Cherokee, after the name": "ᏓᏆᏙᎥ",
                           "Navajo, after the name": "yinishye"}
_SYLLABICS_WORD = "[\u1400-\u167f\u18b0-\u18f5]{1,29}"
_CHEROKEE_WORD = "[\u13a0-\u13f5\uab70-\uabbf]{1,29}"
_CHEROKEE_NAMED = "|".join(sorted({form for phrase in _SYLLABIC_INTRODUCTIONS["Cherokee, after the name"].split("|")
                                   for form in (phrase, phrase.lower())}))
_CLAUSE_END = "(?=[ \t]{0,3}(?:$|[,.;:!?\n\"])|[ \t]{1,3}-[ \t])"
_SYLLABIC_INTRODUCED = re.compile(
    f"{CLAUSE}(?:(?:{_SYLLABIC_INTRODUCTIONS['Inuktitut, before the name']})(?:[ \t]{{1,3}}{_SYLLABICS_WORD}){{1,3}}"
    f"|{_CHEROKEE_WORD}(?:[ \t]{{1,3}}{_CHEROKEE_WORD}){{0,2}}[ \t]{{1,3}}(?:{_CHEROKEE_NAMED})){_CLAUSE_END}")
# A full name opening a clause (after a greeting's comma, `Kaixo, Mikel Etxeberria naiz`) before a verb "I am" that a
# language puts after its name, ending the clause; not as the whole text, a slogan's (`Euskal Herria naiz`): lexicon
# data by language (twenty-third attack). Or between the words that open and close a self-introduction, the closing
# ones in lower case, so that the text is a sentence even when whole (twenty-fourth attack): Maori's "ko <name> tōku
# ingoa" ("<name> is my name"), "ko <name> ahau" ("I am <name>"; not a title's `Ko Aotearoa Tōku Kāinga`); a caller's
# "this is <name> from" (`Good morning, this is Keisha Ramdassingh from Diego Martin`); Hawaiian's "ʻo <name> koʻu
# inoa", as Maori's (twenty-sixth attack). By language: (the opening words, opening a clause with their capital or
# not, or none; the closing words).
_AROUND_THE_NAME = {"Basque": ("", "naiz"), "Maori": ("ko", "tōku ingoa|taku ingoa|ahau"),
                    "English, a caller": ("this is", "from|speaking|calling|here"),
                    "Hawaiian": ("ʻo|'o|’o", "koʻu inoa|ko'u inoa|ko’u inoa"),
                    # (twenty-seventh attack: Breton's "<name> is my name", as Basque's name before its verb)
                    "Breton": ("", "eo ma anv|eo va anv"),
                    # (twenty-eighth attack: Oromo's "my name <name> is called", "I <name> am")
                    "Oromo": ("maqaan koo|ani", "jedhama|dha"),
                    # (the lead's review: Hungarian's family name first, then "I am" or "my name", `Kovács Anna
                    # vagyok`: a sentence even as the whole text, a slogan's being one word, `Magyar vagyok`)
                    "Hungarian": ("", "vagyok|a nevem"),
                    # (twenty-ninth attack: Mapudungun's "I <name> am called", `iñche Ayelén Painemal pingen`)
                    "Mapudungun": ("iñche|inche", "pingen")}
# (the closing words whose name and they are a sentence even as the whole text)
_CLOSING_ALONE = frozenset(("vagyok", "a nevem"))
_OPENER_OF = {canonical(words)[0]: {canonical(one)[0] for one in opening.split("|")}
              for opening, closing in _AROUND_THE_NAME.values() for words in closing.split("|")}


def _with_capital(words: str) -> str:
    """`words` with their first cased letter in capitals (`ko`: `Ko`; Hawaiian's `ʻo`, after its ʻokina: `ʻO`)."""
    at = next((index for index, letter in enumerate(words) if letter.islower()), 0)
    return words[:at] + words[at:at + 1].upper() + words[at + 1:]


_NAME_FIRST = re.compile(
    f"{CLAUSE}(?:(" + "|".join(re.escape(canonical(words)[0]).replace("\\ ", "[ \t]{1,3}")
                                for opening, _ in _AROUND_THE_NAME.values() if opening
                                for one in opening.split("|") for words in (one, _with_capital(one)))
    + f")[ \t]{{1,3}})?({FULL_NAME})[ \t]{{1,3}}("
    + "|".join(words.replace(" ", "[ \t]{1,3}") for words in _OPENER_OF) + f")(?:(?<=naiz){_CLAUSE_END}|(?<!naiz))"
    + "(?![^\\W\\d_])")


# In a run of lines in capitals, where no case tells a name (twenty-fifth attack: `KO HEMI RANGIHAEATA TŌKU INGOA`),
# the name's words in capitals between the opening words and closing words that say "my name" (not Maori's `ahau`,
# "I", closing a slogan as often: `KO TE WHENUA AHAU`).
_AROUND_THE_NAME_IN_CAPITALS = {"Maori": ("ko", "tōku ingoa|taku ingoa")}
_NAME_FIRST_IN_CAPITALS = re.compile(
    f"{CLAUSE}(?:" + "|".join(canonical(opening)[0].upper() for opening, _ in _AROUND_THE_NAME_IN_CAPITALS.values())
    + f")[ \t]{{1,3}}({CAPITAL_NAME})[ \t]{{1,3}}(?:"
    + "|".join(canonical(words)[0].upper().replace(" ", "[ \t]{1,3}")
               for _, closing in _AROUND_THE_NAME_IN_CAPITALS.values() for words in closing.split("|"))
    + ")(?![^\\W\\d_])")


def _named_first(form: str) -> bool:
    """Whether `form` holds a name before the closing words of _AROUND_THE_NAME, after their opening words or, where
    there are none, not as the whole text (a title's, a slogan's); the name no generic addressee's nor a business's
    (`this is Customer Service speaking`). Their letters in C first."""
    if "INGOA" in form and any(a_person(match.group(1)) for start, stop in capital_blocks(form)
                               for match in _NAME_FIRST_IN_CAPITALS.finditer(form, start, stop)):
        return True
    if not ("naiz" in form or " anv" in form or "his is " in form or "jedhama" in form or " dha" in form
            or ("ko " in form or "Ko " in form) and ("ingoa" in form or "ahau" in form)
            or "o " in form and "u inoa" in form or "vagyok" in form or "a nevem" in form or "pingen" in form):
        return False
    for match in _NAME_FIRST.finditer(form):
        opening = (match.group(1) or "").lower().split()
        if (" ".join(opening) in _OPENER_OF[" ".join(match.group(3).split())] and a_person(match.group(2))
                and (opening or match.span() != (0, len(form)) or " ".join(match.group(3).split()) in _CLOSING_ALONE)):
            return True
    return False


_CALLED = re.compile(f"{OPENS}{WORD}ʼ?(?:[ \t]{{1,3}}{_NAME_PARTICLE}{WORD}ʼ?){{0,2}}[ \t]{{1,3}}"
                     f"(?:{_SYLLABIC_INTRODUCTIONS['Navajo, after the name']}){END}")


# Arabic written in Latin letters and digits (Arabizi: `7` for ḥ, `3` for ʿayn), whose writers capitalize a name as
# seldom as anything else (twenty-eighth attack): "my name" in lower case opening a clause after a mark (a greeting's
# comma: `salam, smiti Yassine`; not opening the text, a brand's place: `Esmi Skin Minerals`), or after "I" (`ana ismi`)
# opening the text or a clause, then one to three words of letters and digits ending the text or a clause.
_ARABIZI_MY_NAME = "esmi|ismi|esmy|ismy|smiti|smiyti"
_ARABIZI_WORD = "(?=[0-9]{0,3}[A-Za-z])[A-Za-z0-9][A-Za-z0-9'’\\-]{1,29}"
_ARABIZI_INTRODUCED = re.compile(
    f"(?:(?<=[,.;:!?\"\n])[ \t]{{0,3}}|{CLAUSE}(?:ana|Ana)[ \t]{{1,3}})(?:{_ARABIZI_MY_NAME})"
    f"((?:[ \t]{{1,3}}{_ARABIZI_WORD}){{1,3}})(?=[ \t]{{0,3}}(?:$|[,.;:!?\n\"]))")
# Tibetan writes no blank between words, a tsheg between syllables (`.` in the canonical form, which drops the vowel
# signs and the subjoined letters): "my name" (`ངའི་མིང་`, `ངའི་མིང་ལ་`), two to eight syllables, then "is called" or
# "is" (`ཟེར`, `ཡིན`; Dzongkha's `ཨིན`, twenty-ninth attack) ending the text or before its shad (`།`); Dzongkha's
# writers set a blank after "my name" and before "is" as often (`ངའི་མིང་ དོརྗི་ཝང་ཆུག་ ཨིན།`).
_TIBETAN_MY_NAME = canonical("ངའི་མིང་")[0]
_TIBETAN_INTRODUCED = re.compile(
    re.escape(_TIBETAN_MY_NAME) + "[ \t]{0,3}(?:[\u0f40-\u0f6c]{1,6}\\.){2,8}[ \t]{0,3}(?:"
    + "|".join(canonical(word)[0] for word in ("ཟེར", "ཡིན", "ཨིན")) + ")(?=$|[\u0f0d\u0f0e \t,.\n\"])")


# Chinese, Japanese and Korean write no blank between words either (the lead's review). Chinese: "I am called", "my
# name is", "my surname is" (`我叫`, `我的名字是`), then a family name of the lexicon (name_shapes) and one or two Han
# characters (after `我姓` the family name alone), up to a mark, a blank or the text's end: `我叫王小明`; not
# `我叫外卖` ("I ordered takeout"), nor `我是` ("I am"), whose next characters open ordinary sentences as often with
# a family name's character (`我是高中生`, "I am a high-school student"; `高` is a family name). Japanese: "my name
# is" (`私の名前は`) before two to six characters of kanji or kana and "(it) is" or "I am called" (`です`, folded
# `てす`; `と申します`), or such a name opening the text or a clause before `と申します`: `私の名前は山田花子です`; not
# `私は` ("I"), whose family names are place names as often (`私は石川県出身です`, "I am from Ishikawa"). Korean:
# "my name is" (`제 이름은`, `내 이름은`) before two to four Hangul syllables glued to "is" (`입니다`, `이에요`,
# `예요`): `제 이름은 김민준입니다`; not `저는` ("I"), whose one-syllable family names open ordinary words as often
# (`저는 고객입니다`, "I am a customer").
_CHINESE_FAMILY = (f"(?:{'|'.join(CHINESE_FAMILY_NAMES['two characters'].split())})"
                   f"|[{''.join(CHINESE_FAMILY_NAMES['one character'].split())}]")
_KANA_OR_KANJI = f"(?:{HAN}|[\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u30fb\\u3005])"
_CJK_ENDS = "(?=$|[ \\t,.;:!?\\n\"、)])"
# (closer 230, review 41) ... or Japanese's "I am" (`私は`) opening the text or a clause, before one of Japan's common
# family names in kanji (name_shapes.JAPANESE_FAMILY_KANJI) and at most three kanji of a given name, then "is" (`です`,
# folded `てす`): `私は山田花子です`, `私は田中です`. Not a place's nor a role's (`私は石川県出身です`, "I am from
# Ishikawa"; `私は山田市民です`): the given name holds no prefecture's, town's, origin's or person's word's kanji
# (_NOT_A_GIVEN_NAMES_KANJI).
_NOT_A_GIVEN_NAMES_KANJI = "県市区町村都府道州国出身人員者民生家長"
_JAPANESE_I_AM = (f"(?:^|(?<=[\\s,.;:!?\"、。]))私は(?:{'|'.join(JAPANESE_FAMILY_KANJI)})"
                  f"(?:(?![{_NOT_A_GIVEN_NAMES_KANJI}]){HAN}){{0,3}}(?:てす|です)")
_CJK_INTRODUCED = re.compile(
    f"(?:我叫|我的名字是|我的名字叫|我的名字:)(?:{_CHINESE_FAMILY}){HAN}{{1,2}}{_CJK_ENDS}"
    f"|我姓(?:{_CHINESE_FAMILY}){_CJK_ENDS}"
    f"|私の名前は{_KANA_OR_KANJI}{{2,6}}(?:てす|です|と申します){_CJK_ENDS}"
    f"|(?:^|(?<=[\\s,.;:!?\"])){_KANA_OR_KANJI}{{2,6}}と申します[かが]?{_CJK_ENDS}"
    f"|[제내][ \\t]{{1,3}}이름은[ \\t]{{1,3}}{HANGUL}{{2,4}}(?:입니다|이에요|예요){_CJK_ENDS}"
    f"|{_JAPANESE_I_AM}")
_CJK_CUES = ("我叫", "我的名字", "我姓", "私の名前は", "と申します", "이름은", "私は")
# (closer 207, ninetieth attack) ... or a name in Latin letters after Chinese's "I am called", "my name is"
# (`我叫<Given> <Family>，28岁`), two words no vocabulary holds (lower_case_names.a_full_name_in_any_case):
# `我叫Uber Eats` is "I ordered Uber Eats"; (closer 213, review 38) in any case, after Chinese's "I am" too (`我是`)
# where a known given name opens a full name (given_names: "I am" opens a role as often, `我是Data Scientist`), after
# Japanese's or Korean's "my name is" before "is" (`私の名前は<Given> <Family>です`, `제 이름은 <Given>
# <Family>입니다`), with a hyphenated family name (its first part read), or a known given name alone after "I am called"
# or "my name is" (given_names: `我叫Orla, …`; `我叫Pizza` is "I ordered pizza").
# (groups `given` and `family`)
_LATIN_WORD = f"(?:{WORD}|[a-z]{{2,29}}(?:-[a-z]{{2,29}})?)"
_LATIN_NAME = f"(?P<given>{_LATIN_WORD})(?:[ \\t]{{1,3}}{_NAME_PARTICLE}(?P<family>{_LATIN_WORD}))?"
_CHINESE_INTRODUCED_LATIN = re.compile(
    f"(?P<intro>我叫|我是|我的名字是|我的名字叫|私の名前は|[제내][ \\t]{{1,3}}이름은)[ \\t]{{0,3}}{_LATIN_NAME}"
    f"(?:{_CJK_ENDS}|[ \\t]{{0,3}}(?:てす|です|と申します|입니다|이에요|예요))")


def _a_latin_name(match: re.Match[str]) -> bool:
    """Whether a match's given and family names in Latin letters are a full name no vocabulary holds, or its given
    name alone a known one (above)."""
    given, family = match.group("given"), match.group("family")
    known = a_given_name(given[:1].upper() + given[1:])
    if match.group("intro") == "我是":
        return known and family is not None and a_full_name_in_any_case(f"{given} {family.split('-')[0]}")
    return known if family is None else a_full_name_in_any_case(f"{given} {family.split('-')[0]}")


def introduced_in_latin(form: str) -> bool:
    """Whether non-ASCII `form` holds a Chinese, a Japanese or a Korean self-introduction before a name in Latin
    letters (above)."""
    return ("我" in form or "名前" in form or "이름" in form) and any(
        _a_latin_name(match) for match in _CHINESE_INTRODUCED_LATIN.finditer(form))


def _arabizi_or_tibetan(form: str) -> bool:
    """Whether `form` holds an Arabizi, a Tibetan or a Chinese, Japanese or Korean self-introduction
    (_ARABIZI_INTRODUCED, _TIBETAN_INTRODUCED, _CJK_INTRODUCED; substring scans in C first)."""
    return ("smi" in form and _ARABIZI_INTRODUCED.search(form) is not None
            or _TIBETAN_MY_NAME in form and _TIBETAN_INTRODUCED.search(form) is not None
            or not form.isascii() and form_holds(form, _CJK_CUES) and _CJK_INTRODUCED.search(form) is not None)


def cued_without_blank(form: str) -> bool:
    """Whether non-ASCII `form` holds a Tibetan, Chinese, Japanese or Korean self-introduction, which have no blank
    (_TIBETAN_INTRODUCED, _CJK_INTRODUCED; "my name" in C first)."""
    return (_TIBETAN_MY_NAME in form and _TIBETAN_INTRODUCED.search(form) is not None
            or form_holds(form, _CJK_CUES) and _CJK_INTRODUCED.search(form) is not None)


_SYLLABIC_FORMS = tuple(sorted({*_CHEROKEE_NAMED.split("|"),
                                *_SYLLABIC_INTRODUCTIONS["Inuktitut, before the name"].split("|")}))


def _syllabic_cued(form: str) -> bool:
    """Whether non-ASCII `form` holds a phrase of _SYLLABIC_INTRODUCTIONS' scripts (substring scans in C)."""
    return any(phrase in form for phrase in _SYLLABIC_FORMS)


# The first words of the self-introductions, each with its blank (a user agent's field opening with one is read).
_OPENING_WORDS = tuple(sorted({canonical(phrase)[0].split()[0] + " " for kind in _INTRODUCTIONS.values()
                               for line in kind.values() for phrase in line.split("|")}, key=longest_first))
# ... after a user agent's field's opening mark and blanks (`;` or `(`), one alternation per first letter: the
# detector's cue for a plain user agent's field opening with one (a scan in C of its own: an ordinary user agent,
# which meets none, reads nothing of this module)
FIELD_OPENED = "[;(][ \t]*+(?:" + by_first_letter(_OPENING_WORDS) + ")"


def _introduced(form: str) -> bool:
    """Whether `form` holds a self-introduction and a name; one before a full name that is the whole text is a title
    (`I Am Legend Blu-ray`), not a sentence: a person introducing themself goes on, or ends on a mark; after the
    phrases of _INTRODUCED_PAIR, the whole text is a name too when it ends on a given and a family name alone."""
    if (_INTRODUCED_ONE.search(form) is not None or _INTRODUCED_ALONE.search(form) is not None
            or _INTRODUCED_GLUED.search(form) is not None or not form.istitle() and _introduced_any_way(form)):
        return True
    if "bin " in form and any(a_person(match.group(1)) and not any(
            word.lower() in _GERMAN_NOT_NAMES for word in match.group(1).split())
            for match in _GERMAN_INTRODUCED.finditer(form)):
        return True
    whole = (0, len(form))
    return any(match.span() != whole for match in _INTRODUCED.finditer(form)) or any(
        match.span() != whole or len(match.group(1).split()) == 2 for match in _INTRODUCED_PAIR.finditer(form))


def _named_after_or_syllabic(form: str) -> bool:
    """Whether `form` holds a name before Navajo's "I am called", a name before or between the words of a
    self-introduction that puts it first (_named_first), or a syllabic self-introduction (_SYLLABIC_INTRODUCTIONS;
    substring scans in C first)."""
    return ("yinishye" in form and _CALLED.search(form) is not None or _named_first(form)
            # (Arabizi's `smi`, or a letter outside ASCII, as Tibetan's and the CJK cues' are, in C before the call)
            or ("smi" in form or not form.isascii()) and _arabizi_or_tibetan(form)
            or not form.isascii() and _syllabic_cued(form) and _SYLLABIC_INTRODUCED.search(form) is not None)


def cued(form: str) -> bool:
    """Whether `form` holds a substring that a layout above needs and named_in_text.cued's shared cues (`m `, `M`,
    `is `, a word in lower case before a capital) may not: named_in_text.cued asks it last."""
    return ("unana " in form  # (Hausa's "my name is" before a title-cased name: no `m ` nor `M` needed)
            # (closer 218: a text in lower case, a self-introduction's phrase before a full name so typed,
            # _INTRODUCED_ANY_WAY; `islower` in C first; closer 221, review 41: past a capital opening it, a greeting's
            # or a sentence's, `Hallo, ich bin orla quenby`)
            or (form.islower() or form[1:].islower()) and _INTRODUCTION_CUES.search(form) is not None
            or "wau " in form  # (Hawaiian's "I am", `ʻo wau ʻo`, before a name whose first word is no ASCII word)
            # (a name glued to its copula: `Igama lami nguThandeka Dlamini`, no blank before its capital)
            or ("ngu" in form or "ndi" in form) and _INTRODUCED_GLUED.search(form) is not None
            # (Arabizi in lower case, Tibetan without blanks; their cues in C before the call, as above)
            or ("smi" in form or not form.isascii()) and _arabizi_or_tibetan(form)
            or not form.isascii() and ("зobyt" in form or form_holds(form, _SCRIPT_CUES)
                                       or _CASELESS_INTRODUCED.search(form) is not None  # (no `m `)
                                       or _syllabic_cued(form))
            # (a name before Navajo's "I am called" needs no capital after a word in lower case)
            or not form.istitle() and ("yinishye" in form or "naiz" in form or " anv" in form or "jedhama" in form
                                       or " dha" in form or "vagyok" in form or "a nevem" in form
                                       or "pingen" in form)
            # (Maori's name before closing words: `Ko Mereana Te Rangi tōku ingoa`; in capitals, `KO ... TŌKU INGOA`)
            or "ingoa" in form or "ahau" in form or "INGOA" in form or "u inoa" in form
            # (or it opens a clause, after a mark or a JSON string's quote: `"Notoca Xochitl Tepetlan"`,
            # `Allillanchu! Sutiymi Rosa Quispe`)
            or ("," in form or '"' in form or "!" in form or ". " in form or "? " in form)
            and _TITLED_INTRODUCTIONS.search(form) is not None
            # (or it opens the text, a title's or one that goes on in lower case: `Chamome Uxia Castelao — moltes
            # gracies`)
            or form.startswith(_TITLED_FORMS)
            # (a declaration's `I, <name>,`: its comma and blank in C first)
            or ", " in form and _SELF_NAMING_CUE.search(form) is not None
            # (a self-introduction in a text in capitals: `EM DIC JORDI PUIGVERDALET`; closer 221, review 41: a full
            # name's phrase after a greeting's comma or a sentence's end, `HALLO, ICH BIN ORLA QUENBY`)
            or form.isupper() and (_CAPITAL_PHRASES.search(form) is not None
                                   or _CAPITALS_AFTER_A_STOP.search(form) is not None))


# (mend 51) The cue of _INTRODUCED_ANY_WAY's capitals in a text in mixed case: a greeting's comma or a sentence's end
# (name_shapes.after_a_stop), up to three blanks, and a phrase's first word in capitals (`Hi, MY NAME IS ORLA QUENBY`,
# `Hello. I'M …`); _INTRODUCTION_CUES holds the phrases in lower case only. By first letter, for a scan in C.
_ANY_WAY_KINDS = ("before a full name", "before one word", "before a full name, opening a clause")
_FIRST_WORDS_IN_CAPITALS = {canonical(phrase.upper())[0].split()[0] for kind in _ANY_WAY_KINDS
                            for line in _INTRODUCTIONS[kind].values() for phrase in line.split("|")}
_CAPITALS_AFTER_A_STOP = re.compile(f"(?:[,.;!?]| -)[ \t]{{0,3}}(?:{by_first_letter(sorted(_FIRST_WORDS_IN_CAPITALS))})"
                                    "[ \t]")


def introduced(form: str) -> bool:
    """Whether canonical `form` holds a self-introduction and a name in one of the layouts above (substring scans in
    C before each pattern: most values hold none of their cues)."""
    return ((_INTRODUCTION_CUES.search(form) is not None or not form.isascii() and (  # (_introduction_cued, inline)
                _INTRODUCTION_CUES_OUTSIDE_ASCII.search(form) is not None)) and _introduced(form)
            # (a text in capitals: `isupper` in C first)
            or form.isupper() and (_introduced_in_capitals(form) or _introduced_any_way(form))
            # (mend 51: the capitals after a greeting's comma or a sentence's end in a text in mixed case)
            or not form.isupper() and _CAPITALS_AFTER_A_STOP.search(form) is not None and _introduced_any_way(form)
            or self_named(form)  # (a declaration's `I, <name>,`: closer 115)
            or not form.isascii() and _caseless_introduced(form) or _named_after_or_syllabic(form))


def introduced_in_segments(form: str) -> bool:
    """`introduced` for a URL path with a line break for each `/` (or a user agent's fields so parted): a
    self-introduction is a sentence, not a slug's words, and each segment is read as a whole text, so that a title's
    segment stays a title (`/books/Mon nom est Personne Novel`)."""
    return (_introduction_cued(form) and any(
                _introduced(segment) for segment in form.split("\n") if " " in segment or "\t" in segment)
            or _CAPITAL_PHRASES.search(form) is not None and any(  # (a segment or a field in capitals)
                segment.isupper() and _introduced_in_capitals(segment) for segment in form.split("\n"))
            or _caseless_introduced(form) or _named_after_or_syllabic(form))


def introduced_in_slug(form: str) -> bool:
    """`introduced` for a URL path's slug read with blanks for its `-`, `_` and `+` (privacy._slug_sentences): the
    sentence readings only, behind their cue (a slug's words are no sentence without one)."""
    return _introduction_cued(form) and _introduced(form)


# A person saying their own age (closer 78): "I am" or "I have" in a language, a number from 13 (the youngest Meta's
# terms admit) to 120, its years word, and where the language says an age with "to be" (English, German, Dutch, the
# Nordic languages) its "old" or the clause's end: `I am 38 years old`, `I'm 38 yrs.`, `Ich bin 38 Jahre alt`, `j'ai
# 38 ans`, `tengo 38 años`; not `I am 20 years into my career`, `This wine is 12 years old` (nobody says it of
# themselves). Lexicon data by language: the phrases, the years words, the "old" words ("" where the years word says
# it alone).
AGE_STATED = "holds a person's own age in a sentence"
_AGE_SAID = {
    "English": ("i am|i'm|i’m|im", "years|year|yrs|yr", "old|of age"),
    "German": ("ich bin", "jahre|jahr", "alt"), "Dutch": ("ik ben", "jaar", "oud"),
    "Swedish, Danish and Norwegian": ("jag är|jeg er", "år", "gammal|gammel"),
    "French": ("j'ai|j’ai", "ans", ""), "Spanish": ("tengo", "años", ""), "Portuguese": ("tenho", "anos", ""),
    "Italian": ("ho", "anni", ""), "Polish": ("mam", "lat|lata", ""), "Czech": ("je mi", "let", ""),
}
_CLAUSE_ENDS = "(?=[ \\t]*(?:$|[,.;:!?)\\n]))"


def _age_said(phrases: str, years: str, old: str) -> str:
    said, year_words, old_words = ("|".join(re.escape(canonical(word)[0].lower()) for word in words.split("|"))
                                   for words in (phrases, years, old))
    after = f"(?:[ \\t]{{1,3}}(?:{old_words})(?![^\\W\\d_])|{_CLAUSE_ENDS})" if old else "(?![^\\W\\d_])"
    return (f"(?<![^\\W\\d_])(?:{said})[ \\t]{{1,3}}(?:1[3-9]|[2-9][0-9]|1[01][0-9]|120)[ \\t]{{0,2}}(?:{year_words})"
            f"\\.?{after}")


_AGE_STATED = re.compile("|".join(_age_said(*said) for said in _AGE_SAID.values()))
# What every such sentence holds: the number and a years word after it (a search that opens on a digit: most texts
# with a digit hold none, and pay no search of the phrases).
_NUMBER_OF_YEARS = re.compile("[1-9][0-9]{1,2}[ \t]{0,2}(?:" + "|".join(sorted({
    re.escape(canonical(word)[0].lower()) for _, years, _ in _AGE_SAID.values() for word in years.split("|")},
    key=longest_first)) + ")", re.IGNORECASE)


# ... or names it as its own (closer 83): "my age is" in a language and a number from 13 to 120, its years word
# maybe, then the clause's end (`my age is 38`, `Mein Alter ist 38 Jahre`, `mon âge est 38 ans`, `mi edad es 38`).
_MY_AGE_SAID = "my age is|mein alter ist|mon âge est|mi edad es|la mia età è|mijn leeftijd is|minha idade é"
_MY_AGE = re.compile(
    "(?<![^\\W\\d_])(?:" + "|".join(re.escape(canonical(phrase)[0].lower()).replace("\\ ", "[ \\t]{1,3}")
                                      for phrase in _MY_AGE_SAID.split("|")) + ")[ \\t]{1,3}"
    "(?:1[3-9]|[2-9][0-9]|1[01][0-9]|120)(?:[ \\t]{0,2}[^\\W\\d_]{1,5}\\.?)?" + _CLAUSE_ENDS)
# (each phrase's word for "age", looked up before the search: most texts hold none)
_MY_AGE_NOUNS = tuple(sorted({canonical(phrase)[0].lower().split()[-2] for phrase in _MY_AGE_SAID.split("|")}))


# ... or (closer 85) in a language that says "I am" as the years word's suffix after the number (Turkish `38
# yaşındayım`, Hungarian `38 éves vagyok`: lexicon data, in the canonical form).
_AGE_SUFFIXED = re.compile("(?<![0-9])(?:1[3-9]|[2-9][0-9]|1[01][0-9]|120)[ \t]{0,2}(?:" + "|".join(
    re.escape(canonical(phrase)[0].lower()).replace("\\ ", "[ \t]{1,3}")
    for phrase in "yaşındayım|yaşımdayım|éves vagyok".split("|")) + ")(?![^\\W\\d_])", re.IGNORECASE)


def states_an_age(form: str) -> bool:
    """Whether canonical `form` (holding a digit) says its writer's age (_AGE_SAID, _MY_AGE above)."""
    if _NUMBER_OF_YEARS.search(form) is not None and _AGE_STATED.search(form.lower()) is not None:
        return True
    lowered = form.lower()
    return any(noun in lowered for noun in _MY_AGE_NOUNS) and _MY_AGE.search(lowered) is not None or (
        _AGE_SUFFIXED.search(form) is not None)


# A person's own address said as their name is (closer 90): "my address is" or "I live at" in a language, then a
# street line (postal.street_line_alone: a house's number and a street's word) up to the clause's end (`my address is
# 12 Tarvenholm Lane`, `meine Adresse ist Hauptstraße 5`, `mi dirección es Calle Mayor 12`), as after an address's
# label. By language (closer 224, review 42: the verb of living with or without its pronoun and article, `wohne in der
# Hauptstraße 5`, `vivo en Calle Mayor 23`, `j'habite 12 rue des Lilas`, as English's `I live at`).
_MY_ADDRESS_SAID = {
    "English": "my address is|my home address is|my street address is|my shipping address is|my delivery address is|"
               "i live at",
    "German": "meine adresse ist|meine anschrift ist|wohne in|wohne an",
    "French": "mon adresse est|mon adresse c'est|j'habite au|j'habite",
    "Spanish": "mi dirección es|mi domicilio es|vivo en",
    "Italian": "il mio indirizzo è|abito in",
    "Portuguese": "o meu endereço é|meu endereço é|moro na|moro no|moro em",
    "Dutch": "mijn adres is|ik woon aan de|ik woon op|woon aan|woon op",
}
_MY_ADDRESS_PHRASES = sorted((canonical(phrase)[0].lower() for phrases in _MY_ADDRESS_SAID.values()
                              for phrase in phrases.split("|")), key=longest_first)
_MY_ADDRESS = re.compile(
    "(?<![^\\W\\d_])(?:" + "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}").replace("'", "['’]")
                                      for phrase in _MY_ADDRESS_PHRASES) + ")[ \\t]{1,3}([^\\n;|,]{4,120})",
    re.IGNORECASE)
# (each phrase's longest word, looked up before the search: most texts hold none)
_MY_ADDRESS_WORDS = tuple(sorted({max(phrase.replace("'", " ").split(), key=len) for phrase in _MY_ADDRESS_PHRASES}))


def states_own_address(form: str) -> bool:
    """Whether canonical `form` (holding a digit) says its writer's street line as their own (above)."""
    lowered = form.lower()
    return any(word in lowered for word in _MY_ADDRESS_WORDS) and any(  # (its words in C first)
        street_line_alone(match.group(1)) for match in _MY_ADDRESS.finditer(form))
