"""Names in the texts of support tools, for the detector (detector.py): a support chat, an assistant's summary, a CRM
note, a review's signature (eighteenth attack). Each rule reads a layout that puts a person's name in running text,
never a list of names:

- a self-introduction (`I am`, `I'm`, `my name is`; Spanish `soy`, `me llamo`, Haitian Creole `mwen rele`, Fijian
  `au o`, ...: _INTRODUCTIONS) before a full name (`Hi, I am Grace Nakato,`; after `my name is` one word is enough:
  nothing else is said so); not a full name that with its introduction is the whole text (`I Am Legend Blu-ray`);
- a word for a person in lower case (`the user`, `customer`, `client`) before a full name
  (`the user Tigran Hakobyan asked`);
- an English honorific (`Mr`, `Mrs`, `Ms`, `Mx`, `Miss`) or a chiefly title (`Ratu`, `Adi`, `Tui`, `Fon`, `Ishe`)
  opening the text or after a lower-case word or a comma, before two capitalized words and then a mark or a
  lower-case word, as running text goes on (`Called back Mr. Kwame Mugisha re delivery`; not `Buy Mr. Potato Head
  Toy`), or the text's end after a word in lower case (`Deliver to Ratu Epeli Naivalurua`);
- a signature after `--` (the mark that opens a signature, alone on its line or not), opening the text, a line or a
  sentence, its full name ending the text, a line or before a comma (`Great fast delivery! -- Tsetseg Dorj,
  Ulaanbaatar`); in a script without capitals, after a word of thanks too (`شكراً -- رنا الخوري، بيروت`);
- a delivery tool's hand-over phrase (`ask for`, `retira`, `for` after a code: _HAND_OVER) before a full name.

A full name is two or three capitalized words (postal.py's name words), and it ends as a name in a sentence does: the
text's end, a mark, or a blank and a word in lower case; so a title's capitalized words that go on (`Agent
Provocateur`, `Name Tag Set`, `Mr. Clean Magic Eraser`) are not read as a name. Each rule needs its cue's
characters, which `reason` tests in C first.
"""

from __future__ import annotations

import re

from .canonical import canonical
from .postal import _NAME_PARTICLE, _NOT_A_PERSON, _PERSON_WORD, PERSON_NAME

# What ends a name in a sentence: the text's end, a mark, or blanks and a lower-case word.
_END = r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"])|[ \t]{1,3}[a-z])"
# A name's word, and the ʻokina (U+02BB) of Hawaiian, Tongan and Samoan inside it (`Keʻala`, `Fifitaʻapaki`).
_WORD = f"{_PERSON_WORD}(?:ʻ[a-z]{{1,29}}){{0,3}}"
_FULL_NAME = f"{_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{_WORD}(?:[ \\t]{{1,3}}{_WORD})?"
# Where a phrase opens: the text's start, or after a blank, a mark or a JSON string's quote.
_OPENS = r"(?:^|(?<=[\s,.;:!?(\"]))"
# Self-introductions by language (lexicon data, as written: most in lower case, those that open a sentence in their
# language with its capital too): before a full name, or before one word where nothing else is said so.
_INTRODUCTIONS = {
    "before a full name": {"English": "I am|i am|I'm|i'm|I’m|i’m"},
    # (these only opening the text or a clause, after a mark: `organic soy Wax Candle` is a title)
    "before a full name, opening a clause": {
        "Spanish": "soy", "French": "je suis", "Haitian Creole": "mwen se|Mwen se", "Fijian": "au o|Au o",
    },
    "before one word": {
        "English": "my name is|My name is", "Spanish": "me llamo|Me llamo|mi nombre es|Mi nombre es",
        "French": "je m'appelle|Je m'appelle|je m’appelle|Je m’appelle",
        "Haitian Creole": "mwen rele|Mwen rele|m rele|non mwen se|Non mwen se", "Fijian": "na yacaqu o|Na yacaqu o",
        "Portuguese": "meu nome e|Meu nome e|me chamo|Me chamo",  # (`é` in the canonical form)
    },
}


def _phrases(kind: str) -> str:
    words = sorted({phrase for line in _INTRODUCTIONS[kind].values() for phrase in line.split("|")}, key=len,
                   reverse=True)
    return "|".join(re.escape(phrase).replace("\\ ", "[ \\t]") for phrase in words)


# Where a clause opens: the text's start, or after a mark or a line break (and blanks).
_CLAUSE = r"(?:^|(?<=[,.;:!?(\"\n]))[ \t]{0,3}"
_INTRODUCED = re.compile(f"(?:{_OPENS}(?:{_phrases('before a full name')})|{_CLAUSE}"
                         f"(?:{_phrases('before a full name, opening a clause')}))[ \\t]{{1,3}}{_FULL_NAME}{_END}")
_INTRODUCED_ONE = re.compile(f"{_OPENS}(?:{_phrases('before one word')})[ \\t]{{1,3}}(?:{_FULL_NAME}|{_WORD}){_END}")
# The cues of both, for one scan in C first.
_INTRODUCTION_CUES = re.compile("am |['’]m |name is|soy |u o |suis |en se |llamo |nombre es|appelle |rele |yacaqu |"
                                "chamo |nome e")
_PERSON_WORDS = "user|customer|client|buyer|shopper|member|caller|recipient|sender|subscriber"
_PERSON_NAMED = re.compile(f"{_OPENS}(?:{_PERSON_WORDS})[ \\t]{{1,3}}{_FULL_NAME}{_END}")
# A delivery tool's hand-over phrase in lower case, by language (lexicon data): who the parcel is for, who collects it,
# whom to ask for (`Gate code 4521, ask for Mireille Wamytan at the guardhouse`, `retira Yusleidy Ferrer Oquendo`);
# and `for` after a number and a comma, a locker's or its code's (`Locker 14 ..., code 8842, for Losana Vakaloloma`;
# not `Buy 2 for Summer Days`).
_HAND_OVER = {
    "English": "ask for|asking for|deliver to|hand to|hand over to|give to|leave with|collect by|collected by|"
               "picked up by|pick-up by|pickup by|to be collected by",
    "Spanish": "retira|recoge|entregar a|preguntar por|pregunte por|recibe",
    "French": "demander|remettre a|retrait par|a remettre a",
    "Haitian Creole and Papiamento": "mande pou|renmèt|entregá na",
}
_HAND_OVER_PHRASES = "|".join(
    re.escape(phrase).replace("\\ ", "[ \\t]{1,3}")
    for phrase in sorted({canonical(phrase)[0].lower() for line in _HAND_OVER.values() for phrase in line.split("|")},
                         key=len, reverse=True))
_HANDED = re.compile(f"(?:{_OPENS}(?:{_HAND_OVER_PHRASES})|(?<=[0-9])[,;][ \\t]{{1,3}}for)[ \\t]{{1,3}}"
                     f"({_FULL_NAME}){_END}")
_HAND_OVER_CUES = re.compile(f"[0-9][,;][ \\t]{{1,3}}for |{_HAND_OVER_PHRASES}")
# The chiefly titles of Fiji and Tonga (`Ratu`, `Adi`, `Tui`: nineteenth attack), of Cameroon's Grassfields and of
# the Shona (`Fon`, `Ishe`: twentieth attack) stand before a name as `Mr` does (not English `Chief`, a job title's
# first word as often: `Chief Marketing Officer, EMEA`). (`cued` and `reason` look for each with its blank, in C.)
_CHIEFLY = ["Ratu", "Adi", "Tui", "Fon", "Ishe"]
_TITLES = "Mr|Mrs|Ms|Mx|Miss|" + "|".join(_CHIEFLY)
_HONORIFIC_NAME = f"(?:{_TITLES})\\.?[ \\t]{{1,3}}{_PERSON_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{_PERSON_WORD}"
# Articles: after one, a title and two capitalized words ending the text are a thing's name (`the Mr. Potato Head`).
_ARTICLES = "(?:the|a|an|el|la|le|les|los|las|il|lo|un|una|une)"
# (two words, then a mark or a lower-case word: `the Mr. Potato Head`, `Buy Mr. Potato Head Toy` end otherwise; or
# the text's end after a word in lower case that is no article, running text's last words: `Deliver to Ratu Epeli
# Naivalurua`, or after the label addressing a parcel, `Attention:` (`Attn`); not a title opening the text: `Ratu
# Premium Kava`, nor after another label: `Brand: Tui Tonga Vanilla`)
_HONORED = re.compile(f"(?:(?<=[a-z,][ \\t])|^){_HONORIFIC_NAME}(?=[ \\t]{{0,3}}[,.;:!?)\\n\"]|[ \\t]{{1,3}}[a-z])"
                      f"|(?:^|(?<=[\\s\"(]))(?:(?!{_ARTICLES}[ \\t])[a-z]{{1,20}}"
                      f"|(?i:attention|attn)\\.?[ \\t]{{0,3}}:)[ \\t]{{1,3}}{_HONORIFIC_NAME}"
                      f"[ \\t]{{0,3}}(?:$|(?=[,.;!?)\\n\"]))")
# (the mark may end its own line, as a mail's signature delimiter `-- ` does)
_SIGNED = re.compile(f"(?:^|(?<=\\n)|(?<=[.!?])[ \\t]{{1,3}})--[ \\t]{{0,3}}(?:\\n[ \\t]{{0,3}})?({_FULL_NAME})"
                     r"(?=[ \t]{0,3}(?:$|[,\n\"]))")
# A signature in a script without capitals (Arabic, Persian, Hebrew): two or three of its words after `--`, ending the
# text, a line or before a comma; the `--` opening the text, a line or a sentence, or after a word of thanks or
# greeting (lexicon data; `شكراً -- رنا الخوري، بيروت`), since no capital tells a name from a title's words.
_CASELESS_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u05d0-\u05ea"
_CASELESS_SIGNATURE = re.compile(f"--[ \\t]{{0,3}}(?:\\n[ \\t]{{0,3}})?([{_CASELESS_LETTERS}]{{2,29}}"
                                 f"(?:[ \\t]{{1,3}}[{_CASELESS_LETTERS}]{{2,29}}){{1,2}})"
                                 r"(?=[ \t]{0,3}(?:$|[,\n\"]))")
_THANKS = {
    "Arabic": "شكرا|شكرا جزيلا|مع الشكر|مع خالص الشكر|تحياتي|مع تحياتي|مع التحية|وشكرا",
    "Persian": "مرسی|ممنون|متشکرم|با تشکر|با سپاس|سپاس",
    "Hebrew": "תודה|תודה רבה|בברכה|בתודה",
}
_THANKS_FORMS = tuple(sorted({canonical(phrase)[0].lower() for line in _THANKS.values() for phrase in line.split("|")},
                             key=len, reverse=True))


def _a_person(name: str) -> bool:
    """Whether the words of `name` are no generic addressee's nor a business's (`Customer Service`, `Example Shop`)."""
    return not any(word.lower() in _NOT_A_PERSON for word in name.split())


def _signed_caseless(form: str) -> bool:
    """Whether a signature in a script without capitals (_CASELESS_SIGNATURE) follows a `--` of `form` that opens the
    text, a line or a sentence or follows a word of thanks (_THANKS)."""
    at = form.find("--")
    while at >= 0:
        before = form[:at].rstrip(" \t")
        if not before or before[-1] in "\n.!?؟" or before.endswith(_THANKS_FORMS):
            match = _CASELESS_SIGNATURE.match(form, at)
            if match is not None and _a_person(match.group(1)):
                return True
        at = form.find("--", at + 2)
    return False


# What the layouts above all need and a title in capitals has not: a word in lower case, then a blank and a capital
# (one scan in C; a word is tried from its first letter only, so a run of letters is read once).
_NEW_CUES = re.compile("(?<![^\\W\\d_])[a-z]+[ \t]{1,3}[A-ZА-ЯЁΑ-Ω]")


def cued(form: str) -> bool:
    """Whether `form` holds a substring one of the layouts needs (the detector tests it before calling `reason`)."""
    return ("m " in form or "M" in form or "er " in form or "nt " in form or "is " in form or "--" in form
            or "Ratu " in form or "Adi " in form or "Tui " in form or "Fon " in form or "Ishe " in form
            or not form.istitle() and _NEW_CUES.search(form) is not None)  # (a title's words all open in capitals)


def _introduced(form: str) -> bool:
    """Whether `form` holds a self-introduction and a name; one before a full name that is the whole text is a title
    (`I Am Legend Blu-ray`), not a sentence: a person introducing themself goes on, or ends on a mark."""
    if _INTRODUCED_ONE.search(form) is not None:
        return True
    return any(match.start() > 0 or match.end() < len(form) for match in _INTRODUCED.finditer(form))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name in one of the layouts above, or "" (substring scans in C
    before each pattern: most values hold none of their cues)."""
    if _INTRODUCTION_CUES.search(form) is not None and _introduced(form):
        return PERSON_NAME
    if ("er " in form or "ent " in form) and _PERSON_NAMED.search(form) is not None:  # (each of _PERSON_WORDS' ends)
        return PERSON_NAME
    if _HAND_OVER_CUES.search(form) is not None and any(_a_person(match.group(1)) for match in _HANDED.finditer(form)):
        return PERSON_NAME
    if (("M" in form and ("Mr" in form or "Ms" in form or "Mx" in form or "Miss" in form)
         or "Ratu " in form or "Adi " in form or "Tui " in form or "Fon " in form or "Ishe " in form) and (
            _HONORED.search(form) is not None)):
        return PERSON_NAME
    if "--" in form and (any(_a_person(match.group(1)) for match in _SIGNED.finditer(form))
                         or not form.isascii() and _signed_caseless(form)):
        return PERSON_NAME
    return ""
