"""An eighteenth outside attack (tests/privacy_attack_cases_18.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Tbilisi, Yerevan, Baku, Tashkent, Ulaanbaatar, Addis
Ababa, Kampala, Kigali, Dar es Salaam, Yangon, Phnom Penh and Colombo, their phones (also in Myanmar and Khmer
digits), ids after their labels, addresses and names in local scripts and layouts, support chats and voice
transcripts, in several leaves of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_18 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "id": [
        'id Azerbaijani FIN @ property',
        'id Azerbaijani FIN @ sentence',
        'id Azerbaijani FIN @ page title',
        'id Azerbaijani FIN @ url query',
        'id Azerbaijani FIN @ fragment',
        'id Azerbaijani FIN @ json property',
        'id Uzbek PINFL @ property',
        'id Uzbek PINFL @ sentence',
        'id Uzbek PINFL @ page title',
        'id Uzbek PINFL @ url query',
        'id Uzbek PINFL @ fragment',
        'id Uzbek PINFL @ json property',
        'id Uzbek PINFL label @ property',
        'id Uzbek PINFL label @ sentence',
        'id Uzbek PINFL label @ page title',
        'id Uzbek PINFL label @ url query',
        'id Uzbek PINFL label @ fragment',
        'id Uzbek PINFL label @ json property',
        'id Mongolian register @ property',
        'id Mongolian register @ sentence',
        'id Mongolian register @ page title',
        'id Mongolian register @ url query',
        'id Mongolian register @ fragment',
        'id Mongolian register @ json property',
        'id Mongolian register bare @ property',
        'id Mongolian register bare @ sentence',
        'id Mongolian register bare @ page title',
        'id Mongolian register bare @ url query',
        'id Mongolian register bare @ fragment',
        'id Mongolian register bare @ json property',
        'id Rwandan id @ property',
        'id Rwandan id @ sentence',
        'id Rwandan id @ page title',
        'id Rwandan id @ url query',
        'id Rwandan id @ fragment',
        'id Rwandan id @ json property',
        'id Rwandan id bare @ property',
        'id Rwandan id bare @ sentence',
        'id Rwandan id bare @ page title',
        'id Rwandan id bare @ url query',
        'id Rwandan id bare @ fragment',
        'id Rwandan id bare @ json property',
        'id Myanmar NRC @ property',
        'id Myanmar NRC @ sentence',
        'id Myanmar NRC @ page title',
        'id Myanmar NRC @ url query',
        'id Myanmar NRC @ fragment',
        'id Myanmar NRC @ json property',
        'id Armenian passport @ property',
        'id Armenian passport @ sentence',
        'id Armenian passport @ page title',
        'id Armenian passport @ url query',
        'id Armenian passport @ fragment',
        'id Armenian passport @ json property',
        'id Ethiopian FAN @ property',
        'id Ethiopian FAN @ sentence',
        'id Ethiopian FAN @ page title',
        'id Ethiopian FAN @ url query',
        'id Ethiopian FAN @ fragment',
        'id Ethiopian FAN @ json property',
    ],
    "key": [
        'key Georgian phone key:',
        'key Armenian phone key:',
        'key Mongolian register key:',
        'key Rwandan id key:',
        'key Amharic name key:',
        'key Khmer phone key:',
    ],
    "name": [
        'name Georgian label @ property',
        'name Georgian label @ sentence',
        'name Georgian label @ page title',
        'name Georgian label @ url query',
        'name Georgian label @ fragment',
        'name Armenian label @ property',
        'name Armenian label @ sentence',
        'name Armenian label @ page title',
        'name Armenian Latin @',
        'name Azerbaijani patronymic @ property',
        'name Azerbaijani patronymic @ sentence',
        'name Azerbaijani patronymic @ page title',
        'name Azerbaijani patronymic @ url query',
        'name Azerbaijani patronymic @ fragment',
        'name Uzbek patronymic @',
        'name Uzbek Cyrillic @ property',
        'name Uzbek Cyrillic @ sentence',
        'name Uzbek Cyrillic @ page title',
        'name Mongolian father first @ property',
        'name Mongolian father first @ sentence',
        'name Mongolian father first @ page title',
        'name Amharic label @ property',
        'name Amharic label @ sentence',
        'name Amharic label @ page title',
        'name Amharic label @ url query',
        'name Amharic label @ fragment',
        'name Burmese label @ property',
        'name Burmese label @ sentence',
        'name Burmese label @ page title',
        'name Burmese label @ url query',
        'name Burmese label @ fragment',
        'name Khmer label @ property',
        'name Khmer label @ sentence',
        'name Khmer label @ page title',
        'name Khmer label @ url query',
        'name Khmer label @ fragment',
        'name Sinhala label @ property',
        'name Sinhala label @ sentence',
        'name Sinhala label @ page title',
        'name Sinhala label @ url query',
        'name Sinhala label @ fragment',
    ],
    "phone": [
    ],
    "postal": [
        'postal Tbilisi Georgian @ property',
        'postal Tbilisi Georgian @ sentence',
        'postal Tbilisi Georgian @ page title',
        'postal Tbilisi Georgian @ url query',
        'postal Tbilisi Georgian @ fragment',
        'postal Yerevan Armenian @ property',
        'postal Yerevan Armenian @ sentence',
        'postal Yerevan Armenian @ page title',
        'postal Yerevan Armenian @ url query',
        'postal Yerevan Armenian @ fragment',
        'postal Baku Azerbaijani @ property',
        'postal Baku Azerbaijani @ sentence',
        'postal Baku Azerbaijani @ page title',
        'postal Baku Azerbaijani @ url query',
        'postal Baku Azerbaijani @ fragment',
        'postal Tashkent Uzbek Latin @',
        'postal Tashkent Uzbek Cyrillic @ property',
        'postal Tashkent Uzbek Cyrillic @ sentence',
        'postal Tashkent Uzbek Cyrillic @ page title',
        'postal Ulaanbaatar Mongolian @ property',
        'postal Ulaanbaatar Mongolian @ sentence',
        'postal Ulaanbaatar Mongolian @ page title',
        'postal Ulaanbaatar Mongolian @ url query',
        'postal Ulaanbaatar Mongolian @ fragment',
        'postal Ulaanbaatar Latin @',
        'postal Addis Amharic @ property',
        'postal Addis Amharic @ sentence',
        'postal Addis Amharic @ page title',
        'postal Addis Amharic @ url query',
        'postal Addis Amharic @ fragment',
        'postal Kigali street @',
        'postal Dar plot @',
        'postal Yangon Burmese @ property',
        'postal Yangon Burmese @ sentence',
        'postal Yangon Burmese @ page title',
        'postal Yangon Burmese @ url query',
        'postal Yangon Burmese @ fragment',
        'postal Phnom Penh Khmer @ property',
        'postal Phnom Penh Khmer @ sentence',
        'postal Phnom Penh Khmer @ page title',
        'postal Phnom Penh Khmer @ url query',
        'postal Phnom Penh Khmer @ fragment',
        'postal Colombo Sinhala @ property',
        'postal Colombo Sinhala @ sentence',
        'postal Colombo Sinhala @ page title',
        'postal Colombo Sinhala @ url query',
        'postal Colombo Sinhala @ fragment',
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a national number of fewer than nine digits alone, without a label, key or country code": [
        "phone Mongolian mobile @",
    ],
    "a name in a subject line's title case after `for`": [
        "name ticket subject @",
    ],
    "an address spelled in number words with no mark": [
        "postal voice address @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "eighteenth", NOT_CLAIMED))
def test_no_eighteenth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_eighteenth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "eighteenth"))
def test_ordinary_shop_data_of_the_eighteenth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
