"""A twenty-eighth outside attack (tests/privacy_attack_cases_28.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers of Southern and East Africa (Zulu, Xhosa,
Afrikaans, Sesotho, Setswana, Shona, Swahili, Somali, Oromo, Kinyarwanda, Luganda), Central Asia and Mongolia, the
Baltic, Albanian, Slovene, Faroese, Greenlandic, Hebrew, Maghreb and Gulf Arabic (in its script and in Arabizi), Urdu,
Bengali, Nepali, Burmese, Khmer, Lao, Tibetan, Inuktitut, Cherokee and Navajo: self-introductions, name labels (a
mother's name, the attention of), addresses, phones (in their digits and number words), national ids with their check
digits, IBANs, passports' machine-readable zones, licence plates, dates of birth of several calendars; carried in QR
payloads, `mailto:`/`tel:`/`sms:`/`sip:`/WhatsApp links, vCard 2.1 quoted-printable, LDAP and X.509 names, JSON-LD,
microdata, XML, HTML, SQL, EDIFACT, X12, S-expressions, form bodies, chat mentions, commit trailers and shipping
labels; in the leaves of Meta's payload the README maps (a custom property and its key, JSON text nested three
levels, the page's title, URL path, query, fragment and search, the referrer and its fragment, a content's title,
brand and category, a coupon, the user agent, the track name), run natively; and ordinary shop data that looks like
them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_28 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # an address in Inuktitut's syllabics: a name, then a house number and a town (`ᐊᓯᓐᓇᖅ ᑭᓪᓚᓐ, 15 ᐃᖃᓗᐃᑦ`), no word of a
    # closed class to read it by
    "postal layouts": [
        "postal iu syllabics @",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it": [
        "name age with a name @", "birth age with name @", "birth sw age @", "name WIFI with a name @",
    ],
    "Not the openers that begin titles as often (`Дорогой`: expensive, `Дорога`: road; Hebrew `לכבוד`; Thai"
    " `เรียน`)": [
        "name he attention @",
    ],
    "of one language of the key lexicon (but Hausa, Yoruba, Swahili, Zulu and Afrikaans, whose words for them are not"
    " read)": [
        "mail sw words @", "mail af words @", "mail zu words @",
    ],
    "Afrikaans `van` (a surname, and a vehicle) is not read alone, Slovene `naslov` (an address, and Croatian's and"
    " Serbian's title) is not read alone as `cím` is not, nor is a `registration_number` in any language (a business's"
    " as often as a car's: `nambari_ya_usajili`)": [
        "key af van: nested JSON", "key sl naslov: page property", "key sw registration: query parameter",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # the README accepts this drop ("a property holding object text or parameters with a bare `name` key"); a
    # page's and a content's title holding that JSON-LD is dropped too
    "structures of a shop": [
        f"structures of a shop: {{\"@type\":\"Product\",\"name\":\"Rooibos Tea\",\"brand\":\"Freshpak\"}} @ {where}"
        for where in ["custom property", "page title", "content title"]
    ],
    # the README accepts this drop ("capitalized words after a personal label"): `c/o` before a designer's name
    "near misses of the round's labels": [
        f"near misses of the round's labels: c/o Virgil Abloh Catalogue @ {where}"
        for where in ["custom property", "page title", "content title"]
    ],
}


globals().update(attack_tests(globals(), "twenty-eighth", cases=(300, 1000),
                              families=["birth", "budget", "id", "key", "mail", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
