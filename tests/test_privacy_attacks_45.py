"""A forty-fifth outside attack (tests/privacy_attack_cases_45.py, written from the README's promises and issue 16's
families without reading the gate's code nor the earlier attacks' cases): personal data carried by keys. Keys that
are or hold a mailbox or a phone number, keys naming personal data in the languages shops write, the same words in
every casing and path form, compound keys, look-alike keys, form builders whose label names a numbered field, and
personal keys in every leaf an event has, under each data-minimisation setting; ordinary keys near personal words
must go out with their values; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by the documents' sentence, which a test finds
there); ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_45 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a phone with its country code and no `+` after a messenger's short prefix, as a key: `wa_447700962814`
    "a phone in a key after a messenger's prefix": ["mail wa phone @ listed json property"],
    # a foreign key the lexicon lacks, every leaf: `foedselsdato` (Danish date of birth, its `oe` for `ø`),
    # `nume_familie` (Romanian surname), `diefthynsi`, `imerominia_gennisis`, `tachydromikos_kodikas` (Greek address,
    # date of birth, postcode), `pochtovyi_indeks` (Russian postcode), `meiru_adoresu` (Japanese mail address),
    # `kode_pos`, `surel` (Indonesian postcode, e-mail), `al_ism`, `tarikh_al_milad`, `al_barid_al_iliktroni`,
    # `ism_al_aila` (Arabic name, date of birth, e-mail, family name), `pura_naam`, `upnaam` (Hindi full name,
    # surname), each with the value `Welkortasq`
    "a foreign key naming personal data that the lexicon lacks": [
        "lang DA foedselsdato @ url semicolon query", "lang RO nume_familie @ listed custom property",
        "lang EL diefthynsi @ custom property", "lang EL imerominia_gennisis @ url query",
        "lang EL tachydromikos_kodikas @ json property", "lang RU pochtovyi_indeks @ page search field",
        "lang JA meiru_adoresu @ listed json property", "lang ID kode_pos @ json property",
        "lang ID surel @ referrer query", "lang AR al_ism @ json page property",
        "lang AR tarikh_al_milad @ listed json property", "lang AR al_barid_al_iliktroni @ dropped query fragment",
        "lang AR ism_al_aila @ url in property", "lang HI pura_naam @ url query first",
        "lang HI upnaam @ custom property"],
    # an English compound the lexicon lacks: `taxpayer_id` = `Pimbraskel`
    "a taxpayer's id as a key": ["comp taxpayer_id @ url query first"],
    # look-alike keys: `рһопе` (Cyrillic р, һ, о, п, е: `п` is drawn as an italic `n`), `\u202eliame\u202c` (a
    # right-to-left override showing `email`), and in JSON text written with `\u` escapes of surrogate pairs
    # (`json.dumps` by default) a key of mathematical monospace letters (`𝚊𝚍𝚍𝚛𝚎𝚜𝚜`) or of tag characters (`email`
    # invisible), each with the value `Strapholdine`
    "a look-alike key: Cyrillic п for n, a reversed word under a bidi override, astral letters in JSON escapes": [
        "look cyrillic all phone @ url in property", "look right to left override email @ pairs property",
        "look right to left override email @ listed custom property",
        "look math monospace address @ listed json property", "look tag characters email @ listed json property"],
    # a form builder's record whose label names its value by other members than the README's name/value:
    # `[{"title": "Your phone number", "answer": "Quarnelby"}]`, `[{"question": "Nachname", "response": …}]`,
    # Gravity Forms' `[{"field_id": "input_3", "field_label": "Last Name", "field_value": …}]`, and a form's
    # parameters in one text pairing a label with its field by name, `field_7_label=Phone&field_7=Quarnelby`, or
    # in one URL (`?field_7=Quarnelby&field_7_label=Last%20name`, `?label_7=Phone&value_7=…`,
    # `?form_field=surname&form_value=…`)
    "a form builder's label naming its field's value": [
        "form record title answer @ listed custom property", "form record question response @ url query",
        "form record question response @ url fragment", "form gravity entry @ custom property",
        "form gravity entry @ page property", "form query label suffix @ custom property",
        "form query label suffix @ page property", "form sibling label after @ url query",
        "form sibling label before @ url query", "form sibling form field name @ url query"],
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a form's label in one property and its value in another: `field_7_label` = `Last name`, `field_7` = `Quarnelby`
    "Each property is judged alone: a value split over several properties whose keys name nothing personal (`u` = "
    "`jo.smith`, `d` = `@example.com`) is not put together, since property order means nothing and joined "
    "neighbours would read an RGBA colour (`255`, `128`, `0`, `1`) as an IP address.": [
        "form sibling label after @ custom property", "form sibling label before @ custom property",
        "form sibling form field name @ custom property"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # ordinary keys about the channel, the form or the shop, near a personal word, whose value is left out:
    # `tel_cta_clicked` = `hero-banner` (a property, and a URL's parameter `?tel_cta_clicked=1`), `contact_form_id` =
    # `cf-42`, `address_autocomplete_used` = `places-v2`, `phone_support_hours` = `9-17`, `mail_order_catalogue` =
    # `winter`, `contact_method_preference` = `email`, `username_taken` = `retry`, `gender_category` = `unisex`
    "an ordinary key about a channel, a form or a category, near a personal word": [
        "keys: tel_cta_clicked", "url: https://laden.example.nl/p?tel_cta_clicked=1", "keys: contact_form_id",
        "keys: address_autocomplete_used", "keys: phone_support_hours", "keys: mail_order_catalogue",
        "keys: contact_method_preference", "keys: username_taken", "keys: gender_category"],
    # a product's name in Greek transliterated, `onoma_proiontos` = `Papoutsi` (`onoma` is a person's name alone)
    "a thing's name in a foreign key": ["keys: onoma_proiontos"],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "forty-fifth", NOT_CLAIMED))
def test_no_forty_fifth_attack_key_leaves_the_core(case):
    assert outcome(case) == []


def test_the_forty_fifth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 520
    assert sorted({name.split(" ")[0] for name in names}) == ["comp", "form", "lang", "leaf", "look", "mail", "shape"]
    assert 80 <= len(ORDINARY) <= 130


def test_every_sentence_not_claimed_is_the_documents_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "forty-fifth"))
def test_ordinary_data_of_the_forty_fifth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
