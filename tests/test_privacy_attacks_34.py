"""A thirty-fourth outside attack (tests/privacy_attack_cases_34.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): where issue 16's families meet. Values split
over two leaves or two query parameters, personal values in the leaves earlier rounds used less, values in the texts
they arrive in (tickets, order notes, form echoes, `utm_*`, OAuth redirects, `mailto:`, vCard, iCalendar, JSON, CSV
and log lines) in the languages of Edgee's users, and numbers written as people write them; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README);
ordinary shop data that the gate drops today, and a number sent changed, are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from attack_tests import attack_tests
from privacy_attack_cases_2 import number_params, number_problems
from privacy_attack_cases_34 import NUMBERS, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a phone said aloud in words the gate does not read as number words: Japanese kana digits glued into words, Arabic
    # digit words before digits without a word of two places among them, Roman numerals in letters or characters
    # (pairs, groups, `oh`, `double` and tens in English, French, German, Dutch, Spanish, Italian, Portuguese and
    # Turkish, Korean Hangul digits and Chinese numerals among digits are read)
    "phone: a number said in pairs, groups or with oh/double/triple": [
        "phone words japanese kana digits @", "phone words arabic words with digits @", "phone words roman numerals @",
        "phone words roman numeral characters @"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "Each property is judged alone: a value split over several properties whose keys name nothing personal": [
        "query split two properties", "query split phone over two properties",
        # the page's title is sent as `page_title` beside the page's properties
        "query split title and property"],
    "The rules for pieces put together miss an address made a code in lower case with a dash for its `@`": [
        "query url host name holding the address @"],
    # an address one character a string
    "pieces further apart than the next two strings": ["email json array of characters @"],
    # (`query split path segments`: its `/u/<handle>`, a person's route, closer 90)
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it": ["fb fbc name camel @"],
    # national ids of shapes codes take as an order's, a content's or the listed content ids (the layouts no code
    # takes, Belgium's dotted national number and a codice fiscale, are read in ids since closer 77)
    "in free text, keys and URLs (not in ids, whose codes may share their shapes": [
        "id leaf pesel @", "id leaf dni dotted @"],
}

_ORDINARY_PLACES = ["custom property", "page title", "contents title", "search string"]
# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # four dotted numbers up to 255 not ending in `.0` and after no code label (an OS name is none); ordinary keys
    # sharing a lexicon word in its personal sense (`state`, an OAuth round trip's, is the address's state); a
    # store's coordinates in degrees, minutes and seconds with both hemispheres, which find a house
    "accepted by the README": [
        *[f"places and times of a shop: 48°51′24″N 2°21′03″E @ {where}" for where in _ORDINARY_PLACES],
        *[f"versions and builds: {version} @ {where}" for version in ["1.2.3.4", "Android 14.0.0.12"]
          for where in _ORDINARY_PLACES],
        *[f"keys: {key}" for key in ["telefon_hülle_farbe",  # (closer 234: `address_validated` goes out)
                                     "adresse_ip_masquée", "colore_cover_telefono", "kleur_telefoonhoesje"]],
        *[f"urls as {where}: https://boutique.example.fr/login?redirect_uri=%2Fcompte%2Fcommandes&state=xyz123"
          for where in ["page URL", "referrer"]],
    ],
}

# Numbers sent as another number, left out without an Err, or an Err not naming the field today, by family.
CHANGED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "thirty-fourth", cases=(300, 860),
                              families=["email", "err", "fb", "id", "ip", "key", "phone", "query", "track"],
                              ordinary=(200, None)))


@pytest.mark.parametrize("name", number_params(NUMBERS, CHANGED, "thirty-fourth"))
def test_a_number_goes_out_as_written_or_ends_in_an_err_naming_its_field(name):
    assert number_problems(*NUMBERS[name]) == []
