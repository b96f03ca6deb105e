"""A device's name holding its owner's (closer 221; reviews 40, 41): a phone, a tablet or a computer names itself
after its owner by each language's convention, and a user agent or a message carries that name. English puts the
owner's possessive before the device's word (`Orla's iPad`, `Orla Quenby's iPhone`); French, Spanish, Portuguese,
Italian, German and Dutch put the device's word, maybe its model, then a preposition and the owner (`iPhone de Orla`,
`Galaxy S23 de Marie`, `iPhone von Orla`, `iPad di Giulia`). The owner opens on a known given name that is no common
word of a language (given_names.a_given_name): a maker's, a shop's or a firm's name there (`Apple's iPhone`,
`Galaxy S23 von Samsung`) names no one. The device's words are written as their makers write them (case-sensitive):
the module's CUE, which a text holding none of them skips the module on.

(closer 225, review 43) A device word its maker spells with a capital inside (`iPhone`, `MacBook`: no language's word)
names the device in any case (`anna's iphone`, `ANNA'S IPHONE`), and its owner may be written in any case too; German
writes the possessive without an apostrophe (`Annas iPhone`: a given name glued to `s`), and Korean names the device
`민지의 iPhone` (a Hangul name and `의`)."""

from __future__ import annotations

import re
from typing import Dict, List, Match

from .brand_words import a_brands_name
from .canonical import HANGUL, longest_first
from .common_words import a_common_word_in_a_language
from .given_names import a_given_name, a_korean_given_name_in_hangul
from .role_labels import PICKUP_PLACES_AND_TIMES, STORE_FORMATS

# A device's own words, as a device names itself (its maker's or its family's word): also the user agent's comment
# field's rule's (detector._UA_DEVICE_NAMED).
# (closer 225: and those iOS and ChromeOS name after their owner too, `Anna's AirPods`, `Anna's Apple Watch`)
DEVICE_WORDS = ("iPhone iPad iPod Mac MacBook iMac Galaxy Pixel Phone Tablet Xperia Redmi Moto OnePlus Kindle Surface "
                "Nokia Huawei Xiaomi Oppo Vivo Realme Honor Nexus Lumia Android AirPods Chromebook").split() + [
                    "Apple Watch"]


def _longest_first(words: List[str]) -> str:
    """`words` as one alternation in canonical.longest_first's order (one pattern whatever the hash seed)."""
    return "|".join(sorted(words, key=longest_first))


DEVICES = _longest_first(DEVICE_WORDS)
# (closer 225) The device words spelled with a capital past their first letter (`iPhone`, `MacBook`, `OnePlus`): a
# maker's own spelling no language's word has, so that the word names the device in any case (`iphone`, `IPHONE`);
# the others are words too (`Galaxy`, `Honor`, `Surface`, `Moto`) and name a device only as their makers write them.
_OWN_SPELLINGS = _longest_first([word for word in DEVICE_WORDS if " " not in word and not word[1:].islower()])
# (closer 229, review 43) The words an owner names a device with beside a device's own: a generic word for a
# computer (`Laptop`, `Computer`; not `Phone`, `Tablet`, `Mac`, `Notebook`, which end a shop's, a stand's, a dish's or
# a diary's name as often: mend 52's `Jimmy's Phone`, `Anna's Tablet` go out), and its maker's name where that is
# no device's word above (`Anna's Samsung`, `Anna's Lenovo`); read only where the possessive's name stands alone
# (_STANDING_POSSESSIVE: a shop's or a dish's title goes on after them). A maker before a device's word owns nothing
# (`Samsung's Galaxy`, `Google's Pixel`: _an_unlisted_owner).
_MAKERS = "Samsung Apple Google Microsoft Amazon Sony Lenovo Dell HP Asus Acer LG Motorola".split()
_OWNERS_WORDS = _longest_first(
    "Laptop Computer PC Desktop".split() + [word for word in _MAKERS if word not in (
        "Apple", "Google", "Microsoft", "Amazon")])
CUE = re.compile(f"{'|'.join(map(re.escape, DEVICE_WORDS))}|{_OWNERS_WORDS}|(?i:{_OWN_SPELLINGS})")
# The preposition naming a device's owner after it, by language (`iPhone de Orla`, `iPhone d'Anna`).
_OWNER_PREPOSITIONS: Dict[str, str] = {
    "French": "de d'", "Spanish": "de", "Portuguese": "de do da", "Italian": "di", "German": "von", "Dutch": "van"}
_PREPOSITIONS = _longest_first(list({word.replace("'", "['’]") for line in _OWNER_PREPOSITIONS.values()
                                     for word in line.split()}))
# An owner's word in any case (`Anna`, `anna`, `ANNA`: _an_owner reads it in lower case).
_WORD = r"[^\W\d_]{2,31}"
# (mend 52, review 43) The words a system names a device with: a generic word (`Phone`, `Tablet`, `Mac` alone) titles
# a shop, a toy or a dish as often (`Jimmy's Phone Repair`, `Annie's Mac & Cheese`), so only a Mac's own model names.
_GENERIC_WORDS = frozenset(("Phone", "Tablet", "Mac"))
_SYSTEM_DEVICES = _longest_first(
    [word for word in DEVICE_WORDS if word not in _GENERIC_WORDS] + ["Mac mini", "Mac Studio", "Mac Pro"])
_SYSTEM_DEVICE = f"(?:{_SYSTEM_DEVICES}|(?i:{_OWN_SPELLINGS}))"
# What a user agent's text needs besides a device's word for a device's name naming its owner, by every convention
# read here: a possessive (`'s `, German's `s` before the device's word), an owner's preposition, Korean's `의`;
# searched in C first (an ordinary user agent has none, and reads nothing more of the module).
OWNER_CUE = re.compile(f"(?i:['’]s | (?:{_PREPOSITIONS})(?:(?<=['’])| ))|의|[sS] {_SYSTEM_DEVICE}")
# A model's words after the device's: one holding a digit (`15`, `S23`, `A54`) or a model's word.
_MODEL_WORDS = _longest_first("Pro Max Plus Ultra Air mini Mini Tab Note Lite Edge Fold Flip FE SE XL XR XS".split())
_MODEL = f"(?: (?:[A-Za-z]{{0,6}}[0-9][A-Za-z0-9+]{{0,8}}|(?i:{_MODEL_WORDS})(?![^\\W\\d_])))"
# (mend 52) A device's name ends the text, a bracket or a user agent's separator: a word after it (`Repair`,
# `Stores`, `deals`, `– oferta`) makes it a shop's, a product's or a title's.
_NAME_ENDS = r"(?=[ \t]*(?:$|[()\[\];,]))"
# (each try opens on a word's start and reads at most two words, a possessive, a device's word and its model: linear;
# the possessive's apostrophe is group 3, German leaving it out)
_POSSESSIVE = re.compile(f"(?<![\\w'’-])({_WORD})(?: ({_WORD})(?:-{_WORD})?)?(['’]?)[sS] "
                         f"{_SYSTEM_DEVICE}{_MODEL}{{0,3}}{_NAME_ENDS}")
# (the device's word, up to four model words, the preposition, the owner's first word and at most two more: bounded,
# linear)
_PREPOSITIONED = re.compile(f"(?<![\\w-]){_SYSTEM_DEVICE}(?: [A-Z0-9][A-Za-z0-9+]{{0,12}}){{0,4}} "
                            f"(?i:{_PREPOSITIONS})(?:(?<=['’])| )({_WORD})((?: {_WORD}){{0,2}})"
                            f"{_NAME_ENDS}")
# (closer 229, review 43) ... and a device's name standing alone (opening the text or a user agent's field, ending it):
# there a generic word or a maker's (_OWNERS_WORDS) names the device too, and before a device's own word (group 4) an
# owner's one word off the list is read (_an_unlisted_owner: `Quenby's iPhone`; `Men's Laptop` is a shop's aisle); the
# price, a shop's name alone (`Jimmy's Phone`) is refused.
_STANDING_POSSESSIVE = re.compile(f"(?:^|(?<=[(\\[;,]))[ \\t]*({_WORD})(?: ({_WORD}))?(['’]?)[sS] "
                                  f"(?:{_OWNERS_WORDS}|({_SYSTEM_DEVICE})){_MODEL}{{0,3}}{_NAME_ENDS}")
# (closer 225) Korean's default name, `민지의 iPhone`: a Hangul given name, maybe after its family name
# (given_names.a_korean_given_name_in_hangul: `애플의 iPhone`, `한국의 iPhone` go out), and `의` (`'s`) before the
# device's word.
_KOREAN_POSSESSIVE = re.compile(f"(?<!{HANGUL})({HANGUL}{{2,4}})의[ \t]?{_SYSTEM_DEVICE}{_MODEL}{{0,3}}{_NAME_ENDS}")


# (closer 237, review 43) A device's host name as iOS and macOS make it from the device's name (`anna-iphone`,
# `Annas-MacBook-Pro`, `annas-ipad-2.local`): the whole value an owner's word, maybe German's or the system's
# possessive `s`, a hyphen and a device's own spelling, maybe its model's words and a number after hyphens.
_HOST_NAME = re.compile(f"({_WORD})-(?i:{_OWN_SPELLINGS})(?:-(?i:{_MODEL_WORDS}))?(?:-[0-9]{{1,2}})?(?:\\.local)?")


def _a_host_names_owner(text: str) -> bool:
    """Whether `text` is a device's host name (_HOST_NAME) after a known given name (_an_owner), maybe with its `s`
    (`annas-iphone`): `apple-iphone`, `used-iphone` go out."""
    match = _HOST_NAME.fullmatch(text.strip())
    if match is None:
        return False
    owner = match.group(1)
    return _an_owner(owner) or owner[-1:] in "sS" and _an_owner(owner[:-1])


def _an_owner(word: str) -> bool:
    low = word.lower()
    return a_given_name(low) and not a_common_word_in_a_language(low)


def _a_possessives_owner(match: Match[str]) -> bool:
    """Whether a possessive's words (_POSSESSIVE) hold an owner's given name: either word with an apostrophe (`Orla
    Quenby's`, `for anna's`), else the word glued to German's `s` (`Annas`, never `Samsungs`)."""
    first, second, apostrophe = match.groups()
    return _an_owner(first) or second is not None and _an_owner(second) if apostrophe else _an_owner(second or first)


def _an_unlisted_owner(word: str) -> bool:
    """(closer 229) Whether capitalized `word` before a possessive's apostrophe may be an owner off given_names' list
    (`Quenby's`): no common word of a language (`Apple's`, `Best Buy's`), no maker's (`Samsung's`) nor a brand's
    word."""
    return word[:1].isupper() and word[1:].islower() and word not in _MAKERS and not a_common_word_in_a_language(
        word.lower()) and not a_brands_name(word)


def _a_standing_owner(match: Match[str]) -> bool:
    """Whether a device's name standing alone (_STANDING_POSSESSIVE) holds an owner: as _a_possessives_owner, or one
    unlisted owner's word and its apostrophe before a device's own word (`Quenby's iPhone`)."""
    first, second, apostrophe, own_word = match.groups()
    if not apostrophe:
        return _an_owner(second or first)
    return _an_owner(first) or second is not None and _an_owner(second) or (
        second is None and own_word is not None and _an_unlisted_owner(first))


def named_device(text: str) -> bool:
    """Whether `text` holds a device's name naming its owner (the module's docstring); its CUE found by the caller."""
    if " " not in text:
        return "-" in text and _a_host_names_owner(text)
    return ("s " in text or "S " in text) and (any(map(_a_possessives_owner, _POSSESSIVE.finditer(text))) or any(
        map(_a_standing_owner, _STANDING_POSSESSIVE.finditer(text)))) or any(
        _an_owner(match.group(1)) and _no_shops_words(match.group(1), match.group(2).split())
        for match in _PREPOSITIONED.finditer(text)) or "의" in text and any(
        a_korean_given_name_in_hangul(match.group(1)) for match in _KOREAN_POSSESSIVE.finditer(text))


def _no_shops_words(owner: str, more: List[str]) -> bool:
    """Whether the words after a preposition's owner go on with its name: in its case (`iPhone de Anna Meier`, `iPhone
    de anna meier`; `iPhone de Anna para regalo` is a title's), none a shop's word (_a_shops_word)."""
    return all(word[0].isupper() == owner[0].isupper() and not _a_shops_word(word.lower()) for word in more)


def _a_shops_word(low: str) -> bool:
    """(mend 52) Whether `low` after an owner's given name names a shop, a place or a format (`iPad di Giulia Stores`:
    role_labels' shops', places' and stores' formats' words) or is a common word, no family name."""
    return low in PICKUP_PLACES_AND_TIMES or low in STORE_FORMATS or a_common_word_in_a_language(low)
