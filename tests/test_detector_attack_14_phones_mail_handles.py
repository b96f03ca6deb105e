"""The fourteenth attack's phones, spelled addresses and profile links: number words of seven more languages (and
Russian and Ukrainian numbers said in groups), the phone's abbreviations in Cyrillic and Greek, a mobile in groups
after Russia's trunk prefix in an id, a spelled address whose domain is in Cyrillic, and VK and OK profile links;
exact verdicts, and the near misses that stay ordinary."""

from __future__ import annotations

import pytest

from meta_capi import assembled, detector
from meta_capi.canonical import canonical
from meta_capi.detector import EMAIL, LABELLED_NUMBER, PHONE
from meta_capi.handles import SOCIAL_PROFILE


@pytest.mark.parametrize(("text", "digits"), [
    ("восемь девять один шесть четыре восемь два семь три один девять", "89164827319"),
    ("нуль шість сім два дев'ять чотири один вісім п'ять три", "0672941853"),
    ("нуль шість сім два дев’ять чотири один вісім п’ять три", "0672941853"),
    ("pięć jeden dwa trzy osiem cztery siedem jeden sześć", "512384716"),
    ("šest nula tři čtyři osm dva devět jedna sedm", "603482917"),
    ("zero șapte doi doi patru opt unu cinci trei șase", "0722481536"),
    ("nulla hat három nulla négy nyolc kettő hét egy hat öt", "06304827165"),
    ("έξι εννέα τέσσερα ένα οκτώ τρία δύο έξι πέντε επτά", "6941832657"),
    ("восемь девятьсот шестнадцать четыреста восемьдесят два семьдесят три девятнадцать", "89164827319"),
    ("девятьсот пять сорок сорок один два три", "0905404123"),  # (said in hundreds: a trunk 0 put back, closer 39)
    ("pięćset dwanaście trzysta osiemdziesiąt cztery siedemset szesnaście", "512384716"),
    ("εξακόσια ενενήντα τέσσερα εκατό ογδόντα τρία είκοσι έξι πενήντα επτά", "6941832657"),
    ("šest set tři osmdesát dva devět jedenáct", ""),  # Czech hundreds are two words: `set` ends the run
])
def test_number_words_of_seven_more_languages_read_as_their_digits_after_the_words(text, digits):
    form = canonical(text)[0]
    # (and the digits alone in the words' place: eighteenth attack)
    assert assembled.readings(form) == ([f" {form.lower()} {digits}", f" {digits}"] if digits else [])


@pytest.mark.parametrize("text", [
    "pięć jeden dwa trzy osiem cztery siedem jeden sześć",
    "šest nula tři čtyři osm dva devět jedna sedm",
    "έξι εννέα τέσσερα ένα οκτώ τρία δύο έξι πέντε επτά",
    "zero șapte doi doi patru opt unu cinci trei șase",
    "nulla hat három nulla négy nyolc kettő hét egy hat öt",
    "восемь девятьсот шестнадцать четыреста восемьдесят два семьдесят три девятнадцать",
    "pięćset dwanaście trzysta osiemdziesiąt cztery siedemset szesnaście",
    "εξακόσια ενενήντα τέσσερα εκατό ογδόντα τρία είκοσι έξι πενήντα επτά",
])
def test_a_mobile_said_in_number_words_is_a_phone_number(text):
    assert detector.reason(text) == PHONE


@pytest.mark.parametrize("text", [
    "два три четыре",  # three words: a count
    "Кофе «Три медведя», пять штук по сто грамм",
    "один два три четыре пять шесть семь",  # seven words: no plan's mobile
    "Sto lat, sto lat, niech żyje żyje nam",
    "Egy kettő három négy öt hat hét",
])
def test_number_words_that_say_no_phone_number_stay(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("Κιν. 6941832657", PHONE), ("Τηλ. 6941832657", PHONE), ("тел. 6941832657", PHONE),  # (a mobile by its shape too)
    ("Κιν. 1941832657", LABELLED_NUMBER), ("Τηλ. 1941832657", LABELLED_NUMBER), ("тел. 1941832657", LABELLED_NUMBER),
    ("моб.: 512384716", LABELLED_NUMBER)])
def test_the_phone_s_abbreviations_in_cyrillic_and_greek_label_a_number(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("8-916-482-73-19", PHONE),
    ("8-916-482-7319", PHONE),
    ("8-800-555-35-35", ""),  # toll-free: no plan's mobile
    ("2-916-482-73-19", ""),
    ("8-123-456-78-90", ""),
])
def test_in_an_id_a_mobile_in_groups_after_russia_s_trunk_prefix_is_a_phone_number(text, expected):
    assert detector.reason(text, id_like=True) == expected


def test_a_user_agent_holding_a_russian_mobile_in_groups_is_refused():
    agent = "Mozilla/5.0 (Linux; Android 14; 8-916-482-73-19) AppleWebKit/537.36"
    assert detector.user_agent_reason(agent) == PHONE


@pytest.mark.parametrize(("text", "expected"), [
    ("zqsidorova собака яндекс точка ру", EMAIL),
    ("zqsidorova собака почта точка рф", EMAIL),
    ("zqsidorova собака mail точка ру", EMAIL),
    ("Игрушка собака, мягкая", ""),
    ("Корм для собак, точка продаж в Москве", ""),
])
def test_a_spelled_address_s_domain_may_be_in_cyrillic(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("https://vk.com/zqolga.sidorova", SOCIAL_PROFILE),
    ("vk.com/id48273915", SOCIAL_PROFILE),
    ("Мой профиль: https://m.vk.com/zqolga_s.", SOCIAL_PROFILE),
    ("https://vk.com/zqolga.sidorova/", SOCIAL_PROFILE),
    ("https://ok.ru/profile/582739164821", SOCIAL_PROFILE),
    ("https://vk.com/club12345", ""),  # a community
    ("https://vk.com/public123", ""),
    ("https://vk.com/wall-1234_56", ""),  # a post
    ("https://vk.com/video-12_34", ""),
    ("https://vk.com/away.php?to=x", ""),  # VK's own pages
    ("https://vk.com/feed", ""),
    ("https://vk.com/search?q=x", ""),
    ("https://vk.com/demo", ""),  # shorter than a short name
    ("https://ok.ru/group/582739164821", ""),
    ("https://book.ru/profile/582739164821", ""),
])
def test_a_social_network_s_profile_link_names_a_person_s_account(text, expected):
    assert detector.reason(text) == expected
