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
    # mail: a phone with its country code and no `+` after a messenger's short prefix, as a key: `wa_447700962814`
    # (`sms_`, `tel_`, `viber_` before the same digits are caught)
    "a phone in a key after a messenger's prefix": ["mail wa phone @ pairs property"],
    # lang: foreign keys the lexicon lacks, every leaf, each with the value `Welkortasq`. Streets, houses, postcodes
    # and places: Greek `diefthynsi`, `odos`, `tachydromikos_kodikas`, Russian `pochtovyi_indeks`, `kvartira`,
    # Turkish `sokak`, `cadde`, Romanian `strada`, Hungarian `utca`, `hazszam`, Finnish `kotiosoite`, Czech
    # `bydliste`, Swedish `gatunamn`, Danish `postnr`, Indonesian `kode_pos`, Arabic `al_madina`, Hindi `pata_pin`,
    # `mohalla`, Japanese `shichoson`, `youbinbangou`, Chinese `chengshi`, `quxian`, `jiedao`, `shengfen`
    "a foreign key for a street, a house, a postcode or a place that the lexicon lacks": [
        "lang EL diefthynsi @ custom property", "lang EL tachydromikos_kodikas @ json property",
        "lang RU pochtovyi_indeks @ page search field", "lang ID kode_pos @ json property", "lang EL odos @ url query",
        "lang TR sokak @ url fragment", "lang TR cadde @ referrer query", "lang RO strada @ matrix param",
        "lang HU utca @ pairs property", "lang HU hazszam @ listed custom property",
        "lang FI kotiosoite @ json page property", "lang CS bydliste @ url semicolon query",
        "lang SV gatunamn @ listed json property", "lang DA postnr @ dropped query fragment",
        "lang RU kvartira @ url in property", "lang AR al_madina @ pairs property",
        "lang HI pata_pin @ page search field", "lang HI mohalla @ json page property",
        "lang JA shichoson @ listed json property", "lang JA youbinbangou @ url in property",
        "lang ZH chengshi @ dropped query matrix param", "lang ZH quxian @ referrer matrix param",
        "lang ZH jiedao @ listed page property", "lang ZH shengfen @ custom property"],
    # names: Romanian `nume_familie`, Arabic `al_ism`, `ism_al_aila`, `ism_kamil`, `laqab`, Hindi `pura_naam`,
    # `upnaam`, Indonesian `nama_depan`, `nama_belakang`, Japanese `sei`, `mei`, `sei_kana`
    "a foreign key for a name that the lexicon lacks": [
        "lang RO nume_familie @ listed custom property", "lang AR al_ism @ json page property",
        "lang AR ism_al_aila @ url in property", "lang HI pura_naam @ url query first",
        "lang HI upnaam @ custom property", "lang ID nama_depan @ url query first",
        "lang ID nama_belakang @ dropped query matrix param", "lang AR ism_kamil @ url fragment",
        "lang AR laqab @ referrer query", "lang JA sei @ url semicolon query", "lang JA mei @ referrer fragment",
        "lang JA sei_kana @ dropped query fragment"],
    # contact: Japanese `meiru_adoresu`, Indonesian `surel`, Arabic `al_barid_al_iliktroni`, Greek
    # `arithmos_tilefonou`
    "a foreign key for a mail address or a phone that the lexicon lacks": [
        "lang JA meiru_adoresu @ listed json property", "lang ID surel @ referrer query",
        "lang AR al_barid_al_iliktroni @ dropped query fragment", "lang EL arithmos_tilefonou @ json property"],
    # birth, gender, nationality: Danish `foedselsdato` (`oe` for `ø`), Greek `imerominia_gennisis`, Arabic
    # `tarikh_al_milad`, `al_jins`, Indonesian `jenis_kelamin`, Vietnamese `gioi_tinh`, `quoc_tich`,
    # `ngay_thang_nam_sinh`, Hindi `janmdin`, `janm_sthan`, Chinese `shengri`
    "a foreign key for a birth date, a birthplace, a gender or a nationality that the lexicon lacks": [
        "lang DA foedselsdato @ url semicolon query", "lang EL imerominia_gennisis @ url query",
        "lang AR tarikh_al_milad @ listed json property", "lang ID jenis_kelamin @ referrer matrix param",
        "lang VI gioi_tinh @ custom property", "lang VI quoc_tich @ url query",
        "lang VI ngay_thang_nam_sinh @ json property", "lang AR al_jins @ matrix param",
        "lang HI janmdin @ listed custom property", "lang HI janm_sthan @ url fragment route",
        "lang ZH shengri @ url query first"],
    # ids: Turkish `kimlik`, Hungarian `adoszam`, `taj_szam`, Czech `obcansky_prukaz`, Indonesian `npwp`, Arabic
    # `raqm_watani`; and English `taxpayer_id` (comp, value `Pimbraskel`)
    "a key for a government id that the lexicon lacks": [
        "lang TR kimlik @ page property", "lang HU adoszam @ page search field",
        "lang HU taj_szam @ url fragment route", "lang CS obcansky_prukaz @ referrer fragment",
        "lang ID npwp @ listed page property", "lang AR raqm_watani @ page property",
        "comp taxpayer_id @ url query first"],
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
