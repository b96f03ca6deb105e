"""A device's name holding its owner's (closer 221; reviews 40, 41): a phone, a tablet or a computer names itself
after its owner by each language's convention, and a user agent or a message carries that name. English puts the
owner's possessive before the device's word (`Orla's iPad`, `Orla Quenby's iPhone`); French, Spanish, Portuguese,
Italian, German and Dutch put the device's word, maybe its model, then a preposition and the owner (`iPhone de Orla`,
`Galaxy S23 de Marie`, `iPhone von Orla`, `iPad di Giulia`). The owner opens on a known given name that is no common
word of a language (given_names.a_given_name): a maker's, a shop's or a firm's name there (`Apple's iPhone`,
`Galaxy S23 von Samsung`) names no one. The device's words are written as their makers write them (case-sensitive):
the module's CUE, which a text holding none of them skips the module on."""

from __future__ import annotations

import re
from typing import Dict

from .common_words import a_common_word_in_a_language
from .cue_grams import any_of
from .given_names import a_given_name
from .role_labels import PICKUP_PLACES_AND_TIMES, STORE_FORMATS

# A device's own words, as a device names itself (its maker's or its family's word): also the user agent's comment
# field's rule's (detector._UA_DEVICE_NAMED).
DEVICE_WORDS = ("iPhone iPad iPod Mac MacBook iMac Galaxy Pixel Phone Tablet Xperia Redmi Moto OnePlus Kindle Surface "
                "Nokia Huawei Xiaomi Oppo Vivo Realme Honor Nexus Lumia Android").split()
DEVICES = "|".join(sorted(DEVICE_WORDS, key=lambda word: (-len(word), word)))
CUE = any_of(*DEVICE_WORDS)
# The preposition naming a device's owner after it, by language (`iPhone de Orla`, `iPhone d'Anna`).
_OWNER_PREPOSITIONS: Dict[str, str] = {
    "French": "de d'", "Spanish": "de", "Portuguese": "de do da", "Italian": "di", "German": "von", "Dutch": "van"}
# (longest first, then alphabetical: one pattern whatever the hash seed)
_PREPOSITIONS = "|".join(sorted({word.replace("'", "['’]") for line in _OWNER_PREPOSITIONS.values()
                                 for word in line.split()}, key=lambda word: (-len(word), word)))
_CAPITALIZED = r"[A-Z][^\W\d_]{1,30}"
# (mend 52, review 43) The words a system names a device with: a generic word (`Phone`, `Tablet`, `Mac` alone) titles
# a shop, a toy or a dish as often (`Jimmy's Phone Repair`, `Annie's Mac & Cheese`), so only a Mac's own model names.
_GENERIC_WORDS = frozenset(("Phone", "Tablet", "Mac"))
_SYSTEM_DEVICES = "|".join(sorted(
    [word for word in DEVICE_WORDS if word not in _GENERIC_WORDS] + ["Mac mini", "Mac Studio", "Mac Pro"],
    key=lambda word: (-len(word), word)))
# A model's words after the device's: one holding a digit (`15`, `S23`, `A54`) or a model's word.
_MODEL_WORDS = "|".join(sorted(
    "Pro Max Plus Ultra Air mini Mini Tab Note Lite Edge Fold Flip FE SE XL XR XS".split(),
    key=lambda word: (-len(word), word)))
_MODEL = f"(?: (?:[A-Za-z]{{0,6}}[0-9][A-Za-z0-9+]{{0,8}}|(?:{_MODEL_WORDS})(?![^\\W\\d_])))"
# (mend 52) A device's name ends the text, a bracket or a user agent's separator: a word after it (`Repair`,
# `Stores`, `deals`, `– oferta`) makes it a shop's, a product's or a title's.
_NAME_ENDS = r"(?=[ \t]*(?:$|[()\[\];,]))"
# (each try opens on a word's start and reads at most two words, a possessive, a device's word and its model: linear)
_POSSESSIVE = re.compile(f"(?<![\\w'’-])({_CAPITALIZED})(?: {_CAPITALIZED}(?:-{_CAPITALIZED})?)?['’]s "
                         f"(?:{_SYSTEM_DEVICES}){_MODEL}{{0,3}}{_NAME_ENDS}")
# (the device's word, up to three model words, the preposition, the owner's first word and at most two more: bounded,
# linear)
_PREPOSITIONED = re.compile(f"(?<![\\w-])(?:{_SYSTEM_DEVICES})(?: [A-Z0-9][A-Za-z0-9+]{{0,12}}){{0,3}} "
                            f"(?:{_PREPOSITIONS})(?:(?<=['’])| )({_CAPITALIZED})((?: {_CAPITALIZED}){{0,2}})"
                            f"{_NAME_ENDS}")


def _an_owner(word: str) -> bool:
    low = word.lower()
    return a_given_name(low) and not a_common_word_in_a_language(low)


def named_device(text: str) -> bool:
    """Whether `text` holds a device's name naming its owner (the module's docstring); its CUE found by the caller."""
    possessive = "s " in text and ("'" in text or "’" in text)  # (in C first)
    return possessive and any(_an_owner(match.group(1)) for match in _POSSESSIVE.finditer(text)) or any(
        _an_owner(match.group(1)) and not any(_a_shops_word(word.lower()) for word in match.group(2).split())
        for match in _PREPOSITIONED.finditer(text))


def _a_shops_word(low: str) -> bool:
    """(mend 52) Whether `low` after an owner's given name names a shop, a place or a format (`iPad di Giulia Stores`:
    role_labels' shops', places' and stores' formats' words) or is a common word, no family name."""
    return low in PICKUP_PLACES_AND_TIMES or low in STORE_FORMATS or a_common_word_in_a_language(low)
