"""A value after a personal label in free text (closer 78): a label the key lexicon judges personal by its meaning,
then its separator (`:`, `：`, `=`, ` - `) and a value, makes that value personal, by what the label names:

- a gender, pronouns, a sign-in name, a password or an API's secret, a device's id (key_lexicon.ALONE's meanings
  `gender`, `pronouns`, `sign-in name`, `password`, `secret`, `device id`, in each of their languages): every value
  (`Gender: female`, `Sexe : féminin`, `Pronouns: she/her`, `Benutzername: jo88`, `Passwort: …`, `api_key=…`,
  `IMEI2: …`, `Android ID: …`), but a product's audience after a gender's label (`Gender: unisex`, `Gender: Women`);
- an age (personal_keys' age words): every value but a product's audience (`Age: 38 years`, `Alter: 38`; not `Age:
  3+`, `Age: 6-12 years`, `Age: 18 months`, `Age: 14 years and up`, `Age: Adult`); a gender's and an age's value is
  judged by audiences.py, as under their keys (closer 80: one rule), and after a label naming the person (`Customer
  gender:`, `Your age:`) every value is personal;
- a login or a user alone (personal_keys.LOGIN_WORDS, a bare account key's words): a sign-in name, one token holding
  a letter that is no account's state, role or way in (personal_keys.sign_in_name and ACCOUNT_STATES, the key rule's
  too: `User: guest`, `Login: required`, `Login: Google`; `User: 2 seats` is two words);
- a handle (`Handle:`): an account after its `@` (Shopify's product handle is a slug: `Handle: blue-sneakers`);
- a title or a salutation (`Title:`, `Anrede:`): an honorific alone (`Title: Mrs`), not a product's title;
- `Bearer` and a token of 16 characters or more (an Authorization header's credential): its blank is the separator;
- a post code (closer 121: key_lexicon.POST_CODES and ALONE["postcode"], `Postcode:`, `Zip code:`, `Eircode:`): a
  post code of a layout that narrows to a street (the UK's, Canada's, the Netherlands', an Eircode, a ZIP+4), maybe
  its town's capitalized words after it, filling its field (`postcode: LS6 2QB`, `Postcode: 1012 AB Amsterdam`; not
  a district's digits alone, `PLZ: 10827`, `Pincode: 500034`, nor `Zip: 2-way`);
- a person's own id (closer 82: an account's holder and an id word, as the key rule pairs them: `Member ID:`,
  `Patient ID:`, `Policy number:`, `Frequent flyer number:`, `Insured no.`): one token of six letters and digits or
  more holding four digits (`QZH481726390`, `PT-481726`), which the number rule leaves when letters are glued to it
  or it is short; not a state or a word (`Member ID: required`, `Member price: 19.99` is no id's label).

After ` - ` (a page title's separator too: `Password - Demo Shop`) the value is one token that is not a capitalized
word of letters alone. Words before the label in its field are read with it by the key rule (`Customer age:` is
personal, `Minimum age:` a product's), a possessive aside (`Your age:`); a login's, a title's only after a
possessive. The labels are found from their separators: one search for `:`, `=` or ` - ` (a text with none pays
nothing more), then the words right before each read backwards (one match at the reversed text's start) and looked up
in a table of the lexicon's label forms built at import (a separator after no label's last two letters is passed at
once): a search of every label form at every position cost an ordinary title with a colon 25 µs. Reasons name the
kind, never the value.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

from . import audiences, honorifics, key_lexicon, label_ends
from .canonical import INDIC_SIGNS, by_first_letter, canonical, phrase_alternation, table_phrases
from .name_shapes import FULL_NAME
from .personal_keys import (
    ACCOUNT_HOLDERS,
    AGE_WORDS_WRITTEN,
    CUSTOMER_WORDS,
    GLUED_CREDENTIAL_ENDINGS,
    ID_WORDS,
    LEADING_ID_WORDS,
    LEADING_NUMBER_WORDS,
    LOGIN_WORDS_WRITTEN,
    NUMBER_WORDS,
    PERMIT_NUMBER_FIRST_LABELS,
    PERMIT_WORDS,
    PERSON_DOCUMENT_LABELS,
    POSSESSIVES,
    PROGRAMME_NAMES,
    TRUSTED_TRAVELLER_ID_LABELS,
    account_state,
    glued_credential,
    names_personal_data,
    sign_in_name,
    titled_state,
)
from .record_names import _a_name

GENDER = "holds a gender after its label"
AGE = "holds a person's age after its label"
SIGN_IN_NAME = "holds a sign-in name after its label"
SECRET = "holds a password or an API's secret after its label"
DEVICE_ID = "holds a device's id after its label"
HONORIFIC = "holds an honorific after a title's label"
PERSON_ID = "holds a person's id after its label"
MEMBER_BARCODE = "holds a programme member's barcode"
POST_CODE = "holds a post code after its label"

# What a label names, by the lexicon's meanings whose every value is personal (a gender's but a product's audience);
# the other kinds below are judged by their value's shape.
_EVERY_VALUE = {"gender": GENDER, "pronouns": GENDER, "sign-in name": SIGN_IN_NAME, "password": SECRET,
                "secret": SECRET, "device id": DEVICE_ID}
_LOGIN, _AGE, _HANDLE, _TITLE, _BEARER_KIND, _PERSON_ID = "login", "age", "handle", "title", "bearer", "person id"
_PASSWORD = "password"
# A gender's word that names a work's genre too (key_lexicon.GENDER_OR_GENRE): a person's gender alone after it
# (audiences.a_persons_gender).
_GENDER_OR_GENRE = "gender or genre"
# ... of which a sign-in name, a password, a secret and a device's id are one token, no account's state (a page's step
# or instruction after the label has blanks: `Reset password: step 2`; a passphrase of words so goes out, a trade-off)
_SIGN_IN = "sign-in name"
_ONE_TOKEN = frozenset(("sign-in name", "password", "secret", "device id"))
# A title's or a salutation's label, by language: an honorific alone after it is a person's (HONORIFIC).
_TITLE_WORDS = "title salutation anrede civilité tratamiento titolo aanhef".split()


def _forms(word: str) -> List[str]:
    """`word` as a label's text reads in the canonical form, lower-cased: its capitals fold to other look-alikes than
    its lower case (a Greek `Η` is `h`, `η` is `n`), so each of the three cases is folded."""
    return [canonical(written)[0].lower() for written in (word, word.capitalize(), word.upper())]


def _kinds() -> Dict[str, str]:
    """Each label form (its joints `_` apart, as the lexicon writes a word of several words), by its kind."""
    kinds: Dict[str, str] = {}
    words: List[Tuple[str, str]] = [
        *((meaning, word) for meaning in _EVERY_VALUE for words in key_lexicon.ALONE[meaning].values()
          for word in words.split()),
        *((_AGE, word) for word in sorted(AGE_WORDS_WRITTEN)), *((_LOGIN, word) for word in LOGIN_WORDS_WRITTEN),
        (_HANDLE, "handle"), *((_TITLE, word) for word in _TITLE_WORDS),
        *((_GENDER_OR_GENRE, word) for words in key_lexicon.GENDER_OR_GENRE.values() for word in words.split())]
    for kind, word in words:
        for form in _forms(word):
            kinds.setdefault(form, kind)  # (a meaning read for every value first)
    return kinds


_KIND_OF = _kinds()
_JOINTS = re.compile("[ _'’.\\-]{1,2}")  # (between a label's words: `nom d'utilisateur`, `user_name`, `Benutzer-Name`)
_KIND_BY_JOINED = {_JOINTS.sub("", form): kind for form, kind in _KIND_OF.items()}
# A person's own id's labels: an account's holder and an id word, the key rule's pairs (lower-case words, joined),
# and an insurance policy's number (personal_keys). The pairs are read by their parts (_holder_id_pair), not held:
# the holders times the id words are twenty thousand labels (issue 20's heap).
_PERSON_ID_LABELS = frozenset("policy" + word for word in NUMBER_WORDS)
# (closer 88) ... and as Romance and Slavic languages order them, the id word first (`Numer polisy`, `Nr pacjenta`,
# `Numer klienta`, `codice cliente`: the key rule's leading pairs), as the canonical form spells them (`członkowski`
# folds to `czlonkowski`).
_HOLDER_FORMS = frozenset(canonical(holder)[0].lower() for holder in ACCOUNT_HOLDERS)
# (the parts as written, or both as the canonical form spells them in lower case)
_ID_WORD_FORMS = frozenset(canonical(word)[0].lower() for word in ID_WORDS)
_LEADING_ID_WORD_FORMS = frozenset(canonical(word)[0].lower() for word in LEADING_ID_WORDS)
_PAIR_ID_LENGTHS = tuple(sorted({len(word) for word in ID_WORDS | _ID_WORD_FORMS}))
_PAIR_LEADING_LENGTHS = tuple(sorted({len(word) for word in LEADING_ID_WORDS | _LEADING_ID_WORD_FORMS}))


def _last_two(words: Iterable[str]) -> FrozenSet[str]:
    """The last two letters of each of `words` (a word of one letter, that letter): a text ending in one of them ends
    in one of these (its last two or its last letter, looked up inline: no call per label)."""
    return frozenset(word[-2:] for word in words)


def _first_two(words: Iterable[str]) -> FrozenSet[str]:
    """The first two letters of each of `words` (a word of one letter, that letter), as _last_two's."""
    return frozenset(word[:2] for word in words)


# (perf 53) What a holder's id pair ends in (its id word) or opens on (its leading id word): a label's words ending in
# and opening on none of them (`sneakers`, a shop's title's before its dash) are passed without the slices.
_PAIR_ID_ENDS = _last_two(ID_WORDS | _ID_WORD_FORMS)
_PAIR_LEADING_OPENINGS = _first_two(LEADING_ID_WORDS | _LEADING_ID_WORD_FORMS)


def _holder_id_pair(joined: str) -> bool:
    """Whether `joined` is a holder and an id word, or a leading id word and a holder (a few slices: linear; its id
    word's ending or its leading word's opening looked up first)."""
    size = len(joined)
    if joined[-2:] in _PAIR_ID_ENDS or joined[-1:] in _PAIR_ID_ENDS:
        for length in _PAIR_ID_LENGTHS:
            holder, word = joined[:size - length], joined[size - length:]
            if size > length and (holder in ACCOUNT_HOLDERS and word in ID_WORDS
                                  or holder in _HOLDER_FORMS and word in _ID_WORD_FORMS):
                return True
    if joined[:2] in _PAIR_LEADING_OPENINGS or joined[:1] in _PAIR_LEADING_OPENINGS:
        for length in _PAIR_LEADING_LENGTHS:
            word, holder = joined[:length], joined[length:]
            if size > length and holder in _HOLDER_FORMS and (
                    word in LEADING_ID_WORDS or word in _LEADING_ID_WORD_FORMS):
                return True
    return False


# (closer 128) A travel programme's name alone before a colon or `=` (personal_keys.PROGRAMME_NAMES), as before `#`.
_PROGRAMMES = frozenset(canonical(name)[0].lower() for name in PROGRAMME_NAMES)
_PROGRAMME_MARKS = frozenset((":", "="))
_PERSON_ID_LABELS |= TRUSTED_TRAVELLER_ID_LABELS  # (`Global Entry PASSID`: closer 128)
_PERSON_ID_LABELS |= PERMIT_NUMBER_FIRST_LABELS  # (`Antragsnummer Visum`: closer 133)
_PERSON_ID_LABELS |= frozenset(canonical(label)[0].lower() for label in _PERSON_ID_LABELS)
for _label in sorted(_PERSON_ID_LABELS):
    _KIND_BY_JOINED.setdefault(_label, _PERSON_ID)  # (a sign-in name's `userid` stays one)
# (closer 119) ... and a pupil's or a student's own number by its names (key_lexicon.STUDENT_NUMBERS: `INE :`,
# `学籍番号：`), its value of any shape holding digits.
for _label in sorted(word for words in key_lexicon.STUDENT_NUMBERS.values() for word in words.split()):
    _KIND_BY_JOINED.setdefault(_label, _PERSON_ID)
# (closer 121) ... and a post code's names (key_lexicon.POST_CODES, ALONE["postcode"]: `Postcode:`, `Code postal :`).
_POST_CODE = "post code"
_POST_CODE_LABELS = sorted({_JOINTS.sub("", form) for words in [
    *key_lexicon.POST_CODES.values(), *key_lexicon.ALONE["postcode"].values()] for word in words.split()
    for form in _forms(word)})
for _label in _POST_CODE_LABELS:
    if not _holder_id_pair(_label):  # (a holder's id pair is a person's id first)
        _KIND_BY_JOINED.setdefault(_label, _POST_CODE)
# (closer 108) ... and a person's document, card or tax id by the key lexicon's words (`Reisepass:`, `Driver's
# licence:`, `Tax ID:`, `Kundenkarte`), alone or before an id or a number word, glued past German's linking `n` too
# (`Reisepassnummer`, `Kundenkartennummer`), or after a number word as Romance and Slavic languages write it (`Numer
# paszportu`, `numéro de passeport`). Read by its parts (_names_a_document), not spelled out: the documents' words
# times the number words would be a hundred thousand labels held in every instance.
_DOCUMENTS = PERSON_DOCUMENT_LABELS | frozenset(canonical(label)[0].lower() for label in PERSON_DOCUMENT_LABELS)
_DOCUMENTS = PERSON_DOCUMENT_LABELS if _DOCUMENTS == PERSON_DOCUMENT_LABELS else _DOCUMENTS  # (one table when equal)
# (closer 158) ... and a police report's or a criminal complaint's reference (key_lexicon.CRIME_REPORTS: `Crime
# reference number:`, `Numéro de récépissé de plainte :`, `Número de denuncia:`).
_DOCUMENTS |= frozenset(word for words in key_lexicon.CRIME_REPORTS.values() for word in words.split())
_ID_OR_NUMBER_WORDS = frozenset(ID_WORDS | NUMBER_WORDS) | frozenset(
    canonical(word)[0].lower() for word in ID_WORDS | NUMBER_WORDS)
_ID_OR_NUMBER_LENGTHS = tuple(sorted({len(word) for word in _ID_OR_NUMBER_WORDS}))
_LEADING_NUMBER_WORDS = frozenset(LEADING_NUMBER_WORDS) | frozenset(
    canonical(word)[0].lower() for word in LEADING_NUMBER_WORDS)
_LEADING_NUMBER_LENGTHS = tuple(sorted({len(word) for word in _LEADING_NUMBER_WORDS}))
# (their last and first two letters: perf 53, `sneakers` ends in an `s` as `ids` does, in no `rs`)
_ID_OR_NUMBER_LAST = _last_two(_ID_OR_NUMBER_WORDS)
_LEADING_NUMBER_FIRST = _first_two(_LEADING_NUMBER_WORDS)


def _names_a_document(joined: str) -> bool:
    """Whether `joined` (a label's words joined, in lower case) names a person's document, card or tax id (above):
    alone, before an id or a number word (past a linking `n` after an `e`), or after a leading number word."""
    if joined in _DOCUMENTS:
        return True
    # (most labels end in no id or number word: passed at once)
    if joined[-2:] in _ID_OR_NUMBER_LAST or joined[-1:] in _ID_OR_NUMBER_LAST:
        for length in _ID_OR_NUMBER_LENGTHS:
            if len(joined) > length and joined[-length:] in _ID_OR_NUMBER_WORDS:
                head = joined[:-length]
                if head in _DOCUMENTS or head[-2:] == "en" and head[:-1] in _DOCUMENTS:
                    return True
    return (joined[:2] in _LEADING_NUMBER_FIRST or joined[:1] in _LEADING_NUMBER_FIRST) and any(
        joined[:length] in _LEADING_NUMBER_WORDS and (
            joined[length:] in _DOCUMENTS or joined[length:length + 2] == "di" and joined[length + 2:] in _DOCUMENTS)
        for length in _LEADING_NUMBER_LENGTHS if len(joined) > length)  # (Italian's "of": `numero di denuncia`)


# (closer 116) ... and a holder after a number word or sign and maybe "of", as French, Spanish and Italian write it
# (`N° adhérent`, `Nº de socio`, `numéro d'adhérent`, `N. tessera`): read by its parts, as a document's.
_NUMBER_SIGNS = frozenset(["no", "n", *_LEADING_NUMBER_WORDS, *LEADING_ID_WORDS])
_NUMBER_SIGN_LENGTHS = tuple(sorted({len(word) for word in _NUMBER_SIGNS}))
_NUMBER_SIGN_FIRSTS = frozenset(word[0] for word in _NUMBER_SIGNS)  # (a label opening on none is passed at once)
_OF_BEFORE_HOLDER = ("", "de", "d", "di", "du", "del", "des", "do", "da")
# (closer 158) French's policy after a number word and "of" (`numéro de police :`), where `police` alone is a font.
_POLICIES_AFTER_NUMBER = frozenset(["police"])


def _names_a_holders_number(joined: str) -> bool:
    """Whether `joined` is a number word or sign, maybe "of", and a member's, a customer's or an account's holder."""
    if joined[:1] not in _NUMBER_SIGN_FIRSTS:
        return False
    for length in _NUMBER_SIGN_LENGTHS:
        if len(joined) > length and joined[:length] in _NUMBER_SIGNS:
            rest = joined[length:]
            if any(rest.startswith(of) and (rest[len(of):] in _HOLDER_FORMS or of and rest[len(of):] in (
                    _POLICIES_AFTER_NUMBER)) for of in _OF_BEFORE_HOLDER):
                return True
    return False


# (closer 120) ... and a person's account by its owner beside an account's noun (key_lexicon.ACCOUNT_OWNERS and
# ACCOUNT_NOUNS, and a customer's words: `Kundenkonto`, `Essenskonto`, `compte famille`, `nr konta ucznia`, `Family
# account number`): the owner glued or apart before the noun, or after it past "of"; a number word or sign before it
# or a number or an id word after it. Read by its parts: the owners times the nouns and the "of"s would be ten thousand
# labels; an account's noun alone names none (`Konto:`, `account settings`).
_ACCOUNT_OWNERS = frozenset(canonical(word)[0].lower() for words in key_lexicon.ACCOUNT_OWNERS.values()
                            for word in words.split()) | CUSTOMER_WORDS
_ACCOUNT_NOUNS = tuple(sorted({canonical(word)[0].lower() for words in key_lexicon.ACCOUNT_NOUNS.values()
                               for word in words.split()}))
_ACCOUNT_NOUN_ENDINGS = frozenset(noun[-3:] for noun in _ACCOUNT_NOUNS)
_OF_BEFORE_OWNER = ("of", "ofthe", "de", "dela", "du", "des", "del", "do", "da", "dos", "das", "di", "della", "dello",
                    "dei", "delle", "van", "vande", "")


def _past_number_sign(joined: str) -> str:
    """`joined` past a number word or sign and maybe "of" opening it (`nrkonta…`, `numerodecompte…`), or as it is."""
    if joined[:1] in _NUMBER_SIGN_FIRSTS:
        for length in _NUMBER_SIGN_LENGTHS:
            if len(joined) > length and joined[:length] in _NUMBER_SIGNS:
                rest = joined[length:]
                for of in ("de", "d", "du", "del", "di", "do", "da"):
                    if rest.startswith(of) and rest[len(of):].startswith(_ACCOUNT_NOUNS):
                        return rest[len(of):]
                if rest.startswith(_ACCOUNT_NOUNS):
                    return rest
    return joined


def _names_a_persons_account(joined: str) -> bool:
    """Whether `joined` (a label's words joined, in lower case) names a person's account (above)."""
    for noun in _ACCOUNT_NOUNS:
        at = joined.find(noun)
        if at < 0:
            continue
        head, tail = joined[:at], joined[at + len(noun):]
        if head:  # (the owner before the noun: its number word or id word after it, if any)
            return head in _ACCOUNT_OWNERS and (not tail or tail in _ID_OR_NUMBER_WORDS)
        return any(tail.startswith(of) and tail[len(of):] in _ACCOUNT_OWNERS for of in _OF_BEFORE_OWNER)
    return False


def _kind_of_joined(joined: str) -> Optional[str]:
    """The kind of the label whose words, joined, are `joined`, or None (_KIND_BY_JOINED, then a holder's id pair, a
    document's, a holder's after a number word, then a person's account)."""
    kind = _KIND_BY_JOINED.get(joined)
    return _PERSON_ID if kind is None and (_holder_id_pair(joined) or _names_a_document(joined) or (
        _names_a_holders_number(joined)) or _names_a_persons_account(_past_number_sign(joined))) else kind
# A gender's or an age's label naming its shopper after the word for "of" (closer 83: `Age of buyer:`, `Geschlecht der
# Kundin:`, `Sexe du client :`, `Edad del comprador:`): every value is that person's. Lexicon data by language: the
# words for "of" (and an article after one), the shopper's nouns (in the canonical form in lower case).
_OF_WORDS = frozenset("of der des du de del della dello di do da van".split())
_OF_ARTICLES = frozenset("the la le el il lo os".split())
_SHOPPERS = frozenset(canonical(word)[0].lower() for word in (
    "customer customers buyer buyers purchaser shopper client user visitor kunde kunden kundin käufer käufers käuferin "
    "besteller bestellerin nutzer nutzers nutzerin client cliente clienta acheteur acheteuse utilisateur utilisatrice "
    "comprador compradora usuario usuaria acquirente utente klant koper gebruiker").split())

# Each label's last three letters (or the whole of a label of two): a separator after any other is passed at once
# (`https:`, `?color=`).
_ENDINGS = frozenset([*(form.rsplit("_", 1)[-1][-3:] for form in _KIND_OF),  # (a last word's: `android_id`'s `id`)
                      *(holder[-3:] for holder in _HOLDER_FORMS),  # (a holder's, last in `Numer klienta`, `Member #`)
                      *(label[-3:] for label in PERSON_DOCUMENT_LABELS),  # (a document's alone: `Reisepass:`)
                      *(label[-3:] for label in _DOCUMENTS),  # (a crime report's too: `Aangifte:`; closer 158)
                      *(word[-3:] for word in ID_WORDS), *(word[-3:] for word in _SHOPPERS),
                      # (a pupil's or a student's number's names: `INE`, `学号`; closer 119)
                      *(word[-3:] for words in key_lexicon.STUDENT_NUMBERS.values() for word in words.split()),
                      # (a person's account's noun or owner: `Kundenkonto:`, `compte famille :`; closer 120)
                      *_ACCOUNT_NOUN_ENDINGS, *(owner[-3:] for owner in _ACCOUNT_OWNERS),
                      # (a post code's label's last word: `code`, `plz`, `cp`; closer 121)
                      *(form.rsplit("_", 1)[-1][-3:] for words in [*key_lexicon.POST_CODES.values(),
                                                                   *key_lexicon.ALONE["postcode"].values()]
                        for word in words.split() for form in _forms(word))])


def _last_four(*parts: Iterable[str]) -> FrozenSet[str]:
    """The last four letters of each word made of one of each of `parts` in their order (the whole of a shorter one),
    built from the last part backwards (a part's words are tried only before an ending still short of four)."""
    endings = {""}
    for part in reversed(parts):
        words = tuple(part)
        endings = {ending for ending in endings if len(ending) >= 4} | {
            (word + ending)[-4:] for ending in endings if len(ending) < 4 for word in words}
    return frozenset(endings)


# (perf 55) The last four letters of every label _labelled reads in an ASCII text (_kind_of_joined's, a travel
# programme's, a holder's alone before `#`, a credential glued after its qualifier, a shopper's noun after "of"), by
# their parts as _kind_of_joined reads them (a superset: each part may be left out). A label's last word of four ASCII
# letters or more is the end of a label's joined words, so it ends in one of these: a page title's `Blue Sneakers -`
# (`kers`) reads no label. (A text outside ASCII reads its last word as before: kana and kanji glue their labels.)
_OR_NONE = ("",)
_LABEL_ENDINGS = frozenset(ending for ending in frozenset().union(
    (label[-4:] for label in (*_KIND_BY_JOINED, *_PROGRAMMES, *_HOLDER_FORMS, *_SHOPPERS)), GLUED_CREDENTIAL_ENDINGS,
    _last_four(ACCOUNT_HOLDERS | _HOLDER_FORMS, ID_WORDS | _ID_WORD_FORMS),  # (_holder_id_pair)
    _last_four(LEADING_ID_WORDS | _LEADING_ID_WORD_FORMS, _HOLDER_FORMS),
    _last_four((*_DOCUMENTS, *(document + "n" for document in _DOCUMENTS), *_OR_NONE),  # (_names_a_document)
               (*_ID_OR_NUMBER_WORDS, *_OR_NONE)),
    _last_four(_LEADING_NUMBER_WORDS, ("di", *_OR_NONE), _DOCUMENTS),
    _last_four(_NUMBER_SIGNS, _OF_BEFORE_HOLDER, _HOLDER_FORMS | _POLICIES_AFTER_NUMBER),  # (_names_a_holders_number)
    # (_names_a_persons_account, past a number sign and "of": _past_number_sign)
    _last_four((*_NUMBER_SIGNS, *_OR_NONE), ("de", "d", "du", "del", "di", "do", "da", *_OR_NONE),
               (*_ACCOUNT_OWNERS, *_OR_NONE), _ACCOUNT_NOUNS, (*_ID_OR_NUMBER_WORDS, *_OR_NONE)),
    _last_four((*_NUMBER_SIGNS, *_OR_NONE), ("de", "d", "du", "del", "di", "do", "da", *_OR_NONE), _ACCOUNT_NOUNS,
               _OF_BEFORE_OWNER, _ACCOUNT_OWNERS)) if len(ending) == 4 and ending.isascii() and ending.isalpha())
# A separator: what ends a label (label_ends.SEPARATORS: a colon, `=`, a dash between blanks); the number sign after a
# person's id's label or its holder alone, which it stands for the number word of (closer 88: `Member # QX481726`,
# `AAdvantage # 4QX81726`, `Policy no. #PL481726`), a blank on one side of it at least (not a URL's fragment,
# `/member#reviews`).
_SEPARATORS = (*label_ends.SEPARATORS, "#")
# The words before a separator, read backwards (matched at the reversed text's start: no search), a digit after them
# (`IMEI2`, `IMEI 1`), up to five words joined by a label's joints: the label and the words before it in its field.
# (a word's letters and, in the Indic scripts, the signs of its vowels: canonical.INDIC_SIGNS; closer 89)
_WORD = f"(?:[^\\W_]|[{INDIC_SIGNS}])+"
_WORDS_BACKWARDS = re.compile(f"(?:[0-9](?![0-9])[ _-]?)?((?:{_WORD}[ _'’.\\-]{{1,2}}){{0,4}}{_WORD})")
_REACH = 64  # (how far back the label's words are read)
_BEARER = re.compile(r"(?<![^\W_])[bB][eE][aA][rR][eE][rR][ \t]{1,3}")
_VALUE = re.compile(r"[^\n\r,;|&]{1,64}")
_PARAMETER_VALUE = re.compile(r"[ \t]{0,3}[^\s,;|&]{1,64}")
_A_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_A_LETTER = re.compile(r"[^\W\d_]")
# A person's id after its label: one token (a dash, a dot or a slash between its parts), six letters and digits or
# more, four of them digits; maybe after its series, up to three capitals and a blank (`AB 481726`, as an identity
# card's or a passport's is printed; closer 108).
_PERSON_ID_VALUE = re.compile(r"(?:[A-Z]{1,3}[ ](?=[0-9]))?[^\W_]{1,40}(?:[-./][^\W_]{1,40}){0,3}")
# A span of years (a school year, a season: `2026/27`, `2026-2027`), no id's value.
_YEARS_SPAN = re.compile(r"(?:19|20)[0-9]{2}[-/](?:(?:19|20)[0-9]{2}|[0-9]{2})")
_ID_LENGTH = 6
_ID_DIGITS = 4
# (closer 166, review 27) ... five after a label naming the record of a home's landlord or a staff member (a payroll's:
# key_lexicon.PARTIES["landlord"], EMPLOYEES: `Landlord ID 58213`, `Payroll No. 88213`, `Staff No. 88213`), whose
# records are counted in thousands; not a tenant's (a software's tenant as often: `Tenant ID 58213`).
_RECORD_HOLDER_WORDS = frozenset(canonical(word)[0].lower() for words in (
    *key_lexicon.PARTIES["landlord"].values(), *key_lexicon.EMPLOYEES.values()) for word in words.split())
_RECORD_ID_LENGTH = 5
_HONORIFIC_ALONE = re.compile(honorifics.alternation("any") + r"[ \t]{1,3}")  # (postal.py's, with its blank after it)
# A post code after its label (closer 121), of a layout that narrows to a street or a block: the UK's (spaced or not)
# and Canada's, the Netherlands' four digits and two letters, Ireland's Eircode (one address), a US ZIP+4, Portugal's
# and Brazil's (`1100-148`, `01310-100`), Japan's (`100-0001`); read in capitals, then its town's capitalized words, if
# any, in the value as written. Digits alone are a district's (`PLZ: 10827`, `Pincode: 500034`: own_values' floor).
_POST_CODE_VALUE = re.compile(
    r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}|[A-Z][0-9][A-Z][ -]?[0-9][A-Z][0-9]"
    r"|[1-9][0-9]{3}[ ]?(?!S[ADS])[A-Z]{2}|[AC-FHKNPRTV-Y][0-9][0-9W][ ]?[0-9AC-FHKNPRTV-Y]{4}"
    r"|[0-9]{5}-[0-9]{4}|[1-9][0-9]{3}-[0-9]{3}|[0-9]{5}-[0-9]{3}|[0-9]{3}-[0-9]{4})(?![^\W_])")
_TOWN_AFTER_CODE = re.compile(r"(?:[ ]{1,3}[A-Z][^\W\d_'’-]{1,29}(?:[ -][A-Z][^\W\d_'’-]{1,29}){0,2})?")

# The dial code that shows a phone's IMEI, `*#06#`, stands for its label: fifteen digits after it, maybe apart by
# blanks or dashes, a few words between (`*#06# shows 35…`).
_DIAL_CODE = re.compile(r"\*#06#[^0-9]{0,24}[0-9](?:[ -]?[0-9]){14}(?![0-9])")


def reason(form: str) -> str:
    """Why canonical `form` holds personal data by a value after a personal label (above), or "". (Its caller tests a
    separator's presence first.)"""
    if "#06#" in form and _DIAL_CODE.search(form) is not None:
        return DEVICE_ID
    ascii_form = form.isascii()  # (once per text: the look-up below asks it at every separator)
    for mark in _SEPARATORS:  # (each found by str.find, in C: a regex's alternation tries every position)
        start = form.find(mark)
        while start >= 0:
            # (most separators have no label's ending before them: a few characters sliced and compared first)
            # (an abbreviation's dot before the end too, label_ends.BEFORE_MARK: `Customer No. - …`, `Kunden-Nr. :`)
            # (a bracketed aside between the label and its mark read past: `Passphrase (25th word):`; closer 184)
            label_end = _past_aside(form, start) if form[start - 1:start] == ")" else start
            tail = form[max(0, label_end - 8):label_end].rstrip(label_ends.BEFORE_MARK).lower()
            last_four = tail[-4:]  # (four ASCII letters ending no label's words: read no further; perf 55)
            if tail[-1:].isdigit():
                tail = tail[:-1].rstrip(" _-")
            if (tail[-3:] in _ENDINGS or tail[-2:] in _ENDINGS) and (
                    mark != "#" or form[start - 1:start] == " " or form[start + 1:start + 2] == " ") and (
                    last_four in _LABEL_ENDINGS or len(last_four) < 4 or not last_four.isalpha() or not ascii_form):
                head = form[max(0, label_end - _REACH):label_end].rstrip(label_ends.BEFORE_MARK).lower()
                if "°" in head:  # (a number sign, `N° adhérent`, read as the number word it stands for)
                    head = head.replace("n°", "no")
                if " & " in head:  # (a programme's `&` for "and", `Miles & More: …`; closer 133)
                    head = head.replace(" & ", " and ")
                # (a label's words over a line break, as a form's field wraps them: `Member\nID:`, read when the
                # label's last line alone names nothing)
                # (the value past the end's blanks, and a colon's line break: `Patient ID:\nX48172639Z`)
                value_at = label_ends.value_start(form, start + len(mark))
                found = _labelled(form, head, value_at, mark) or "\n" in head and _labelled(
                    form, head.replace("\r", " ").replace("\n", " "), value_at, mark)
                if found:
                    return found
            start = form.find(mark, start + 1)
    if ("earer " in form or "EARER " in form) and (bearer := _BEARER.search(form)) is not None:
        return _value_reason(_BEARER_KIND, _field_value(form, bearer.end()), dashed=False)
    return ""


# (closer 184) An aside in brackets between a label and its mark, a few words that say more of the field (`Passphrase
# (25th word):`, `Password (optional):`, `Gender (optional):`): the label is read before it.
_ASIDE_REACH = 32


def _past_aside(form: str, end: int) -> int:
    """Where the label before the mark at `end` of `form` ends, past the bracketed aside ending right before the mark
    (no bracket nor line break inside it, 32 characters at most), or `end`."""
    opening = form.rfind("(", max(0, end - _ASIDE_REACH), end)
    if opening < 1 or ")" in form[opening:end - 1] or "\n" in form[opening:end]:
        return end
    while opening > 0 and form[opening - 1] in " \t":
        opening -= 1
    return opening


# (closer 101) A person's own id's label with a blank alone before its value, as an insurer's card prints it
# (`Subscriber ID XQT481726 Group 00123`, `Member No QX481726`): one to three blanks before a token holding a digit in
# its first 41 characters, the words before them ending in an id word (ID_WORDS, glued or apart: `Mitgliedsnummer`),
# maybe its dot; the label is read as after a separator, its value is the one token (_value_reason's six letters and
# digits, four digits). The blanks are found in C (a class first: the engine skips to them), the id word's ending by
# one str.endswith: a text pays a slice for each number it holds.
# (closer 116) The words before them may end in a card's or a holder's word too, a document's label or a number's
# (`Spielerpass 593184`, `Tessera del Tifoso 593184`, `Numero tessera socio 593184`, `Carte fidélité n° 593184`: its
# last three letters, then the last word looked up in a set, slices and a partition in C). A licence's word before a
# federation's capitals is a sports licence's label (`licence FFA 593184`; key_lexicon.FEDERATION_LICENCES): a licence
# alone is a software's or a degree's as often (`licence MIT`).
_BLANK_BEFORE_A_DIGIT = re.compile(r"[ \t]{1,3}(?=[^\s,;|&]{0,40}?[0-9])")
_ID_WORD_ENDINGS = tuple(sorted(ID_WORDS))
_LONGEST_ID_WORD = max(len(word) for word in ID_WORDS)
_CARD_OR_HOLDER_WORDS = _DOCUMENTS | _HOLDER_FORMS | frozenset(
    canonical(word.rsplit("_", 1)[-1])[0].lower() for table in (
        key_lexicon.SPORTS_CARDS, *key_lexicon.IDENTITY_DOCUMENTS.values()) for words in table.values()
    for word in words.split() if "_" in word)  # (a document's last word: `ficha federativa`, `permis de conduire`)
_CARD_OR_HOLDER_WORDS |= PERMIT_WORDS  # (a permit's word after its application's number: `Antragsnummer Visum`)
_CARD_OR_HOLDER_ENDINGS = frozenset(word[-3:] for word in _CARD_OR_HOLDER_WORDS)  # (its last three letters first)
_ACCOUNT_OWNER_ENDINGS = frozenset(owner[-3:] for owner in _ACCOUNT_OWNERS)
_LONGEST_CARD_WORD = 32
_LICENCE_WORDS = frozenset(canonical(word)[0].lower() for words in key_lexicon.FEDERATION_LICENCES.values()
                           for word in words.split())
_FEDERATION_AFTER_LICENCE = re.compile(r"(?<![^\W_])([^\W\d_]{6,8})[ ]{1,2}[A-Z]{2,6}\Z")


def blank_separated_reason(form: str) -> str:
    """PERSON_ID when canonical `form` holds a person's own id after its label and a blank (above), or ""."""
    for match in _BLANK_BEFORE_A_DIGIT.finditer(form):
        label_end = match.start()
        if label_end < 2:
            continue
        if form[label_end - 1] == ".":
            label_end -= 1
        tail = form[max(0, label_end - _LONGEST_ID_WORD):label_end].lower()
        if "°" in tail:  # (a number sign, `n°`, as its word)
            tail = tail.replace("n°", "no")
        if not tail.endswith(_ID_WORD_ENDINGS) and (tail[-3:] not in _CARD_OR_HOLDER_ENDINGS or _last_word(
                form, label_end) not in _CARD_OR_HOLDER_WORDS) and not _account_word_ends(tail, form, label_end):
            if form[label_end - 1:label_end].isupper() and _federation_licence(form, label_end) and _value_reason(
                    _PERSON_ID, _field_value(form, match.end()).split(None, 1)[0], dashed=False):
                return PERSON_ID
            continue
        head = form[max(0, label_end - _REACH):label_end].lower()
        if "°" in head:
            head = head.replace("n°", "no")
        if _labelled(form, head, match.end(), " "):
            return PERSON_ID
    return ""


# (closer 151, seventy-first attack: sport) A club's or a gym's member's word by language (MEMBER_WORDS, in the
# canonical form in lower case), maybe a number word or sign and a colon, before five to ten digits ending their token
# (no unit, no word in lower case, no sum after them): the member's own number (`Socio 836…`, `Medlemsnummer 836…`,
# `club membership 836…`); a plan's figures go out (`Socio Plus – 12 meses`, `Membership 12 months – 49 €`).
MEMBER_WORDS = {
    "English": "member|membership", "German": "mitglied|mitglieds|mitgliedsnummer|mitgliedschaft",
    "French": "membre|adherent|numero d'adherent|numero adherent", "Spanish": "socio|socia|numero de socio",
    "Portuguese": "socio|associado|socia", "Italian": "socio|tessera|tessera socio|associato",
    "Dutch": "lid|lidnummer|lidmaatschap", "Scandinavian": "medlem|medlems|medlemsnummer|medlemskap|medlemsnr",
    "Polish": "czlonek|numer czlonkowski",
    # (closer 184) a member's number in the scripts without capitals (`회원번호`, `会員番号`, `会员号`)
    "Korean": "회원번호|회원 번호", "Japanese": "会員番号", "Chinese": "会员号|会员编号|會員編號|會員號",
    # (closer 168, seventy-ninth attack) a petition's signer's, a donor's and a contributor's number (`signer no. …`,
    # `Beitragsnummer …`, a church's or a union's dues)
    "signers": "signer|signatory|unterzeichner|signataire|firmante|firmatario|ondertekenaar|signatario|sygnatariusz",
    "donors and contributors": "donor|donor number|contributor number|spendernummer|beitragsnummer|beitragsnr"
                               "|donateur|numero de donateur|donante|donatore|darczyńca",
}
_MEMBER_PHRASES = table_phrases(MEMBER_WORDS)
_MEMBER_SOURCE = "(?:" + "|".join(re.escape(phrase) for phrase in _MEMBER_PHRASES) + ")"
_MEMBER_NUMBER = re.compile(
    f"(?<![^\\W\\d_])(?i:{_MEMBER_SOURCE})(?:[ \\t]{{1,3}}(?i:no|nr|n°|number|nummer|numero|num)\\.?)?"
    f"[ \\t]{{0,3}}[:#]?[ \\t]{{0,3}}[0-9]{{5,10}}(?![0-9]|[.,/-]?[^\\W_]|[ \\t]{{0,3}}[a-z€$£%+])")
# (closer 161, attack 75: children) ... and a pupil's or a student's number by its label, by language (England's
# unique pupil number with its check letter, `UPN: R…`; `NIA del alumno`, `Matricola studente`, `Admission No.`), maybe
# a number word, a colon and a year's slash (`2025/…`), then maybe a letter and five to thirteen digits ending their
# token (a path's next segment may follow: `…583917/view`). A class list's place is no number of the pupil's (`Roll No.
# 17`: two digits).
PUPIL_NUMBER_WORDS = {
    "English": "upn|unique pupil number|admission no|admission number|enrolment no|enrolment number|enrollment no"
               "|enrollment number|roll number",
    "Spanish": "nia del alumno|nia de la alumna|nia alumno|numero de alumno|numero de expediente del alumno",
    "Italian": "matricola studente|matricola dello studente|matricola universitaria|numero di matricola studente",
    "Portuguese": "numero de matricula do aluno|matricula do aluno", "French": "numero d'eleve|numero eleve",
}
_PUPIL_SOURCE = "(?:" + "|".join(re.escape(phrase) for phrase in table_phrases(PUPIL_NUMBER_WORDS)) + ")"
MEMBER_CUE_SOURCE = f"(?:{_MEMBER_SOURCE}|{_PUPIL_SOURCE})"
_PUPIL_NUMBER = re.compile(
    f"(?<![^\\W\\d_])(?i:{_PUPIL_SOURCE})\\.?(?:[ \\t]{{1,3}}(?i:no|nr|n°|number|nummer|numero|num)\\.?)?"
    f"[ \\t]{{0,3}}[:#]?[ \\t]{{0,3}}(?:[0-9]{{4}}/)?[A-Z]?[0-9]{{5,13}}"
    f"(?![0-9]|[.,-]?[^\\W_]|[ \\t]{{0,3}}[a-z€$£%+])")


def member_number_reason(form: str) -> str:
    """PERSON_ID when canonical `form` holds a member's or a pupil's number after its word (above), or ""."""
    return PERSON_ID if _MEMBER_NUMBER.search(form) is not None or _PUPIL_NUMBER.search(form) is not None else ""


# A programme's member's barcode (key_lexicon.MEMBER_BARCODES): the programme's name, the detector's cue (a text
# naming none reads nothing here), and its letter before four to eight digits, a token of its own.
BARCODE_CUE_SOURCE = "(?i:" + "|".join(sorted(key_lexicon.MEMBER_BARCODES)) + ")"
_BARCODES = {programme: re.compile(f"(?<![^\\W_]){letter}[0-9]{{4,8}}(?![^\\W_])")
             for programme, letter in key_lexicon.MEMBER_BARCODES.items()}


def member_barcode_reason(form: str) -> str:
    """MEMBER_BARCODE when canonical `form` names a programme and holds its member's barcode (above), or ""."""
    lowered = form.lower()
    return MEMBER_BARCODE if any(programme in lowered and barcode.search(form) is not None
                                 for programme, barcode in _BARCODES.items()) else ""


# (closer 144) A death's civil record's number (key_lexicon.DEATH_RECORDS: a death certificate, a registration, a
# coroner's file, by language) after its record, maybe a number's words (key_lexicon.RECORD_NUMBER_WORDS) and a
# registry's letters between: a token of digits, slashes, dots and dashes holding five digits together (`DYD …`,
# `…/2026`, `2026-…`); a price, a count, a year or a span of years is none (`Death certificate copies: 3`, `Death
# Index, 1916-2007`). The cue is the records' words, searched in the lower-cased form.
def _phrases(table: Dict[str, str]) -> str:
    """The phrases of `table` (apart by `|`) as an alternation, longest first, their blanks one to three."""
    return phrase_alternation(phrase for line in table.values() for phrase in line.split("|"))


_DEATH_RECORDS = _phrases(key_lexicon.DEATH_RECORDS)
# (the cue: each record's word for death, one alternation per first letter)
DEATH_RECORD_CUE_SOURCE = f"(?:{by_first_letter(key_lexicon.DEATH_WORDS.split())})"
_RECORD_NUMBER_WORDS = _phrases({"words": key_lexicon.RECORD_NUMBER_WORDS})
_DEATH_RECORD_NUMBER = re.compile(
    f"(?<![^\\W\\d_])(?i:{_DEATH_RECORDS})(?![^\\W\\d_])"
    f"(?:[ \\t:,#.-]{{0,4}}(?i:{_RECORD_NUMBER_WORDS})(?![^\\W\\d_])\\.?){{0,3}}[ \\t:#.-]{{0,4}}"
    r"(?:[A-Z]{1,4}[ -]?)?([0-9][0-9/.-]{3,30}[0-9])(?![0-9])")
_FIVE_DIGITS = re.compile("[0-9]{5}")


def death_record_reason(form: str) -> str:
    """PERSON_ID when canonical `form` holds a death's civil record's number after the record (above), or ""."""
    return PERSON_ID if any(_FIVE_DIGITS.search(match.group(1)) is not None
                            for match in _DEATH_RECORD_NUMBER.finditer(form)) else ""


# (closer 120) A bare key naming an account (an account's noun alone: `?compte=…`, `?account=…`) holding six digits
# or more holds that account's number, as `account_id` does (a flag's or a page's short number goes out: `compte=1`);
# a bare key naming a pupil or a child (key_lexicon.PARTIES_IN_KEYS' pupil, CHILDREN: `?eleve=…`, `?alumno=…`) is its
# value's label, read as text reads `Élève : …` (the detector's value_reason).
_ACCOUNT_NUMBER = re.compile(r"[0-9]{6,17}")
PUPIL_KEYS = frozenset(form for table in (key_lexicon.PARTIES_IN_KEYS["pupil"], key_lexicon.CHILDREN)
                       for words in table.values() for word in words.split()
                       for form in (word, canonical(word)[0].lower()))


# (closer 131) ... and a bare key naming a card (key_lexicon.LOYALTY_CARD_WORDS, CLUB_CARD_WORDS: `?card=…`,
# `?karte=…`) holding twelve to nineteen digits: a card's number, whatever the card (a loyalty link's `card=`); a
# page's or a step's short number goes out (`card=2`).
_CARD_KEYS = frozenset(form for word in f"{key_lexicon.LOYALTY_CARD_WORDS} {key_lexicon.CLUB_CARD_WORDS}".split()
                       for form in (word, canonical(word)[0].lower()))
_CARD_KEY_NUMBER = re.compile(r"[0-9]{12,19}(?![0-9])")


# ... and a bare `ine` key holding France's national pupil identifier by its shape (eleven characters: nine or ten
# digits, then letters: `?ine=0…42HJ`): the same key holds Spain's statistics office's codes (INE), digits alone
# (`?ine=28079`, a municipality's).
_INE_KEYS = frozenset(key_lexicon.STUDENT_NUMBERS["French"].split())
_INE_SHAPE = re.compile(r"[0-9]{9}(?:[0-9][A-Za-z]|[A-Za-z]{2})")


def number_under_bare_key(key: str, value: str) -> str:
    """PERSON_ID when lower-case `key` is an account's noun alone and `value` six digits or more, or `ine` and a
    pupil's INE (above), or ""."""
    value = value.strip()
    if key in _ACCOUNT_NOUNS:
        return PERSON_ID if _ACCOUNT_NUMBER.fullmatch(value) is not None else ""
    if key in _CARD_KEYS:
        return PERSON_ID if _CARD_KEY_NUMBER.fullmatch(value) is not None else ""
    return PERSON_ID if key in _INE_KEYS and _INE_SHAPE.fullmatch(value) is not None else ""


def _account_word_ends(tail: str, form: str, end: int) -> bool:
    """Whether the word of `form` ending at `end` (`tail`: the text before it, in lower case) is a person's account's
    noun, maybe glued after its owner, or an owner after it (`Essenskonto`, `compte famille`, `konta ucznia`; closer
    120): its last three letters first."""
    if tail[-3:] not in _ACCOUNT_NOUN_ENDINGS and tail[-3:] not in _ACCOUNT_OWNER_ENDINGS:
        return False
    word = _last_word(form, end)
    return word.endswith(_ACCOUNT_NOUNS) or word in _ACCOUNT_OWNERS


def _last_word(form: str, end: int) -> str:
    """The word of `form` ending at `end`, in lower case, after a blank, a hyphen or an apostrophe."""
    word = form[max(0, end - _LONGEST_CARD_WORD):end].rpartition(" ")[2].lower()
    return word[max(word.rfind("-"), word.rfind("'")) + 1:]


def _federation_licence(form: str, end: int) -> bool:
    """Whether `form` holds a licence's word and a federation's capitals before `end` (`licence FFA`)."""
    licence = _FEDERATION_AFTER_LICENCE.search(form, max(0, end - 18), end)
    return licence is not None and licence.group(1).lower() in _LICENCE_WORDS


def _labelled(form: str, head: str, end: int, mark: str) -> str:
    """The reason for the value at `end` of `form` after the words of lower-case `head` (the text before its
    separator `mark`), when they end in a label of a kind (the shortest that is one: `user name` is `username`'s)."""
    words_match = _WORDS_BACKWARDS.match(head[::-1])
    if words_match is None:
        return ""
    words = [word[::-1] for word in reversed(_JOINTS.split(words_match.group(1)))]
    if "\u3040" <= words[-1][0] <= "\u9fff" and _kind_of_joined(words[-1]) is None:
        words[-1:] = _glued_label(words[-1])
    for count in range(1, len(words) + 1):
        joined = "".join(words[-count:])
        kind = _kind_of_joined(joined)
        if mark == "#":  # (a person's id's label, or its holder alone: the sign is its number word)
            kind = _PERSON_ID if kind == _PERSON_ID or joined in _HOLDER_FORMS else None
        elif kind is None and mark in _PROGRAMME_MARKS and joined in _PROGRAMMES:
            kind = _PERSON_ID  # (a travel programme's name alone, `Marriott Bonvoy: …`: its member's id; closer 128)
        elif mark == " ":  # (a blank alone after it: a person's id's label only, its value one token)
            kind = _PERSON_ID if kind == _PERSON_ID else None
        if kind is not None and _read_with_words_before(words[:-count], words[-count:], kind):
            # (a gender's or an age's label naming the person, `Customer age:`, `Your gender:`, holds a person's
            # whatever its value; alone or a product's, `Item gender:`, a product's audience goes out: audiences.py)
            audience_read = kind in _BY_AUDIENCE and bool(audiences.kind_of_key("_".join(words)))
            if audience_read and mark == "=" and audiences.is_an_audience(_field_value(form, end)):
                return ""  # (a parameter's value with its blanks, a query's decoded: `age=14 years and up`)
            if audience_read and kind == _AGE and mark != "=" and _named_after_the_age(form, end):
                return AGE  # (an age's rating, then a person's full name: `Age: 16+ (PEGI 16), …`; closer 185)
            value = _field_value(form, end, mark == "=")
            if mark == "#" and value[:1] == ":":  # (`Member #: QX481726`)
                value = value[1:].lstrip(" \t")
            elif kind == _PERSON_ID and value[:1] == "#":  # (the number sign before it: `Member ID: #X48172639Z`)
                value = value[1:]
            elif mark == " ":
                value = value.split(None, 1)[0] if value else ""
            return _value_reason(kind, value, mark == " - ", audience_read,
                                 kind == _PERSON_ID and words[-count] in _RECORD_HOLDER_WORDS)
    # (a password's word glued after what qualifies it, `Kundenkennwort:`, read as the two words apart: the key rule's
    # compound, personal_keys.glued_credential; closer 102)
    credential = glued_credential(words[-1]) if mark not in ("#", " ") else ""
    kind = _PASSWORD if credential and _read_with_words_before(
        [*words[:-1], words[-1][:-len(credential)]], [credential], _PASSWORD) else ""
    kind = kind or (_of_a_shopper(words) if mark not in ("#", " ") else "")
    return _value_reason(kind, _field_value(form, end, mark == "="), mark == " - ") if kind else ""


def _glued_label(word: str) -> List[str]:
    """`word`, of a script writing no blanks between words (kana and kanji), as the words before a person's id's label
    and the label it ends in (`ファンクラブ会員番号`: a fan club's, `会員番号`), or alone (closer 116)."""
    for cut in range(1, min(len(word) - 1, _REACH)):
        if _kind_of_joined(word[cut:]) == _PERSON_ID:
            return [word[:cut], word[cut:]]
    return [word]


def _of_a_shopper(words: List[str]) -> str:
    """A gender's or an age's kind when `words` (a label's, lower-case) end in its word, "of" and a shopper's noun
    (above), or ""."""
    if len(words) < 3 or words[-1] not in _SHOPPERS:
        return ""
    at = len(words) - 2
    at -= words[at] in _OF_ARTICLES
    kind = (_kind_of_joined(words[at - 1]) or "") if at >= 1 and words[at] in _OF_WORDS else ""
    return kind if kind in _BY_AUDIENCE or kind == "pronouns" else ""


# (closer 185, review 32) A full name after an age's value, past a comma or a semicolon, ending the text or its
# sentence (`Age: 16+ (PEGI 16), …`): the age is that person's, though a rating's scale lets the value alone go out.
_NAME_AFTER_A_VALUE = re.compile(f"[ \\t]{{0,3}}[,;][ \\t]{{1,3}}(?P<name>{FULL_NAME})(?=[ \\t]{{0,3}}(?:$|[.!\\n]))")


def _named_after_the_age(form: str, at: int) -> bool:
    """Whether the age's value opening at `at` of `form` is followed by a person's full name (above; _a_name: not a
    rating's descriptor, `Bad Language`, audiences.RATING_DESCRIPTORS)."""
    value = _VALUE.match(form, at)
    named = _NAME_AFTER_A_VALUE.match(form, value.end()) if value is not None else None
    return named is not None and audiences.RATING_DESCRIPTORS.isdisjoint(
        canonical(word)[0].lower() for word in named.group("name").split()) and _a_name(named.group("name"))


def _field_value(form: str, at: int, parameter: bool = False) -> str:
    """The value opening at `at` of `form`: the rest of its field, 64 characters at most, stripped; a parameter's
    (after `=`) up to a blank too (`level=info user_name=… action=checkout`)."""
    value = (_PARAMETER_VALUE if parameter else _VALUE).match(form, at)
    return value.group().strip() if value is not None else ""


# (closer 143) A study of a name by language, a genealogy site's page on it (`Surname meaning: Smith`, `Origine du nom
# : Dupont`): the label's head is the name's meaning, origin or spread, a field about a name, not anyone's.
NAME_STUDIES = {
    "English": "meaning meanings origin origins etymology popularity pronunciation distribution statistics",
    "German": "bedeutung herkunft ursprung etymologie verbreitung aussprache haufigkeit",
    "French": "signification sens origine origines etymologie popularite prononciation repartition",
    "Spanish": "significado origen etimologia popularidad pronunciacion distribucion",
    "Portuguese": "significado origem etimologia popularidade pronuncia distribuicao",
    "Italian": "significato origine etimologia diffusione pronuncia", "Dutch": "betekenis herkomst oorsprong",
    "Polish": "znaczenie pochodzenie etymologia",
}
# ... beside a name's word (an origin's label alone, `Origin address:`, is a place's)
NAME_WORDS = {
    "English": "name names surname surnames forename lastname firstname", "German": "nachname vorname familienname",
    "French": "nom prenom patronyme", "Spanish": "apellido apellidos nombre", "Portuguese": "sobrenome nome apelido",
    "Italian": "cognome nome", "Dutch": "achternaam naam voornaam", "Polish": "nazwisko nazwiska imie",
}
_NAME_STUDY_WORDS = frozenset(canonical(word)[0] for line in NAME_STUDIES.values() for word in line.split())
_NAME_WORDS = frozenset(canonical(word)[0] for line in NAME_WORDS.values() for word in line.split())
_LABEL_WORDS = re.compile(r"[^\W\d_]+")


def studies_a_name(label: str) -> bool:
    """Whether `label` (the words before a colon in text) names a name's meaning, origin or spread (NAME_STUDIES and
    NAME_WORDS): what follows is the name studied, no person's."""
    if len(label) > 60:
        return False
    words = {canonical(word)[0].lower() for word in _LABEL_WORDS.findall(label)}
    return not words.isdisjoint(_NAME_STUDY_WORDS) and not words.isdisjoint(_NAME_WORDS)


def judged_by_shape(label: str) -> bool:
    """Whether `label` (the words before a colon in text) is a gender's or an age's alone or with a product's words
    (audiences.kind_of_key: `Gender`, `Item gender`), whose value this module judges (a product's audience goes out): no
    name is read after it."""
    return len(label) <= 40 and bool(audiences.kind_of_key(label))


def _read_with_words_before(before: List[str], label: List[str], kind: str) -> bool:
    """Whether a label's words name its datum with the words `before` them in its field: none, a possessive, or words
    the key rule reads as personal with the label (`Customer age`, a club's member's id: `Gym member ID`; not `Minimum
    age`); a handle's, whose value's shape is an account's, after any (`Instagram handle: @…`)."""
    words = [word for word in before if word not in POSSESSIVES]
    if not words or kind == _HANDLE:
        return True
    return (kind in _EVERY_VALUE or kind in (_AGE, _PERSON_ID, _POST_CODE)) and names_personal_data(
        " ".join([*words, *label]))


_BY_AUDIENCE = frozenset((audiences.GENDER, audiences.AGE))


def _value_reason(kind: str, value: str, dashed: bool, audience_read: bool = False, a_record: bool = False) -> str:
    """The reason for `value` after a label of `kind` (its separator ` - ` when `dashed`); `audience_read`: a gender's
    or an age's label whose product's audience goes out (audiences.py); `a_record`: a landlord's or a staff member's
    record's label (_RECORD_HOLDER_WORDS)."""
    if _A_LETTER_OR_DIGIT.search(value) is None:
        return ""
    if dashed and (" " in value or value.isalpha() and value[:1].isupper()):
        return ""  # (a page title's next part: `Password - Demo Shop`)
    if kind in _EVERY_VALUE:
        if kind in _ONE_TOKEN and (" " in value or account_state(value)):
            return ""  # (a page's step or a field's state: `Reset password: step 2`, `Password: required`)
        if kind == _SIGN_IN and titled_state(value):
            return ""  # (a name's availability or blocking capitalized, `Username: Blocked`, closer 196; a password's
            # `Taken` stays one)
        return "" if audience_read and audiences.is_an_audience(value) else _EVERY_VALUE[kind]
    if kind == _AGE:
        return "" if audience_read and audiences.is_an_audience(value) else AGE
    if kind == _GENDER_OR_GENRE:
        return GENDER if audiences.a_persons_gender(value) else ""
    if kind == _LOGIN:
        return SIGN_IN_NAME if " " not in value and sign_in_name(value) else ""
    if kind == _HANDLE:
        return SIGN_IN_NAME if value[:1] == "@" and " " not in value and _A_LETTER.search(value) else ""
    if kind == _TITLE:
        return HONORIFIC if _HONORIFIC_ALONE.fullmatch(value + " ") is not None else ""
    if kind == _POST_CODE:  # (its value ends at a quote or an aside, as a person's id's does)
        value = value.partition('"')[0].partition(" - ")[0].partition("(")[0].strip()
        code = _POST_CODE_VALUE.match(value.upper())
        return POST_CODE if code is not None and _TOWN_AFTER_CODE.fullmatch(value, code.end()) is not None else ""
    if kind == _PERSON_ID:
        value = value.partition('"')[0].rstrip()  # (a JSON string's value ends at its quote: closer 99)
        # (and at an aside, a dash's or a bracket's, as a name's does: `Mitgliedsnummer: 593184 – Tarif Premium`,
        # `会員番号：593184（ゴールド会員）`; closer 116)
        value = value.partition(" - ")[0].partition("(")[0].rstrip()
        # (and at a blank before a word of a script writing none between its words, the next field's: `学籍番号：24L…
        # 前期授業料`; closer 119)
        first, _, rest = value.partition(" ")
        if rest and ("\u3040" <= rest[0] <= "\u9fff" or "\uac00" <= rest[0] <= "\ud7af"):
            value = first
        if _YEARS_SPAN.fullmatch(value) is not None:
            return ""  # (a school's or a season's years are no id: `Schülerkonto 2026/27`; closer 120)
        return PERSON_ID if _PERSON_ID_VALUE.fullmatch(value) is not None and sum(
            character.isalnum() for character in value) >= (_RECORD_ID_LENGTH if a_record else _ID_LENGTH) and sum(
            character.isdigit() for character in value) >= _ID_DIGITS else ""
    # `Bearer` and a token's run
    return SECRET if " " not in value and len(value) >= 16 and any(character.isdigit() for character in value) else ""


# (closer 131) A shop's loyalty card named by its scheme, before its number: a scheme's capitalized name (one to three
# words) before a card's word as the Germanic languages write it (`Nectar card:`, `Payback Karte`), or after a card's
# word as the Romance and Slavic languages do, a loyalty word maybe between (`Carte fidélité Carrefour n°`, `Tarjeta
# Club Dia nº`, `Karta Moja Biedronka`); then maybe a number's word or sign and a colon. The number after it is read as
# the card's only when it holds ten digits or more (the detector: a card's number is long; `Nectar card 500 points`
# is an offer's). The label's window is short and the pattern anchored at its end, each part bounded.
_CARD_AFTER_NAME = "|".join(sorted({canonical(word)[0].lower() for word in ("card karte kaart kort kortti").split()}))
_CARD_BEFORE_NAME = "|".join(sorted({form for word in f"{key_lexicon.LOYALTY_CARD_WORDS} {key_lexicon.CLUB_CARD_WORDS}"
                                     .split() if word not in ("card", "karte", "kaart", "kort", "kortti")
                                     for form in (word, canonical(word)[0].lower())}))
_LOYALTY_WORDS = "|".join(sorted({form for words in key_lexicon.LOYALTY_HOLDERS.values() for word in words.split()
                                  for form in (word, canonical(word)[0].lower())}, key=lambda form: (-len(form), form)))
_SCHEME_WORD = r"[A-Z][^\W\d_]{0,19}"
SCHEMED_CARD_LABEL = re.compile(
    r"(?<![^\W_])(?:((?:" + _SCHEME_WORD + r"[ ]){1,3})(?i:" + _CARD_AFTER_NAME + r")"
    r"|(?i:" + _CARD_BEFORE_NAME + r")(?:[ ](?i:" + _LOYALTY_WORDS + r"))?((?:[ ]" + _SCHEME_WORD + r"){1,3}))"
    r"[ ]{0,2}(?:(?i:n[°º]|no\.?|nr\.?|n\.o|num\.?|núm\.?|number|numéro|numero|número|nummer|numer)[ ]{0,2})?"
    r"[:#]?[ ]{0,2}\Z")
# (a card's kind before or after its word is no scheme: `Gift card no. …`, `Carte Cadeau …`; key_lexicon.CARD_KINDS)
_CARD_KINDS = frozenset(canonical(word)[0].lower() for words in key_lexicon.CARD_KINDS.values()
                        for word in words.split())
_LONG_CARD_NUMBER = re.compile(r"[0-9](?:[ -]?[0-9]){9,22}(?![0-9])")


def card_number_label(text: str, number_at: int, tokens: List[str], separators: str) -> bool:
    """Whether the label before `number_at` of `text` (its lower-case `tokens` and `separators`, as the detector reads
    them) names a card whose number that is: a loyalty card by its scheme (above) before ten digits or more, or a
    parameter naming a card before twelve to nineteen digits (`?card=…`, as number_under_bare_key reads it)."""
    if separators == "=" and tokens and tokens[-1] in _CARD_KEYS:
        return _CARD_KEY_NUMBER.match(text, number_at) is not None
    if _LONG_CARD_NUMBER.match(text, number_at) is None:
        return False
    label = SCHEMED_CARD_LABEL.search(text[max(0, number_at - 64):number_at])
    return label is not None and _CARD_KINDS.isdisjoint(
        canonical(word)[0].lower() for word in (label.group(1) or label.group(2)).split())
