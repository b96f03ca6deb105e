"""A sixth outside attack (tests/privacy_attack_cases_6.py, written from the README's promises without reading the
gate's code): what real sites emit (checkout forms serialized into URLs, Measurement Protocol hits, Segment cookies,
VERP bounce addresses, click-to-chat links, in-app user agents), look-alikes not yet tried, phone layouts, ids,
addresses and labelled names of countries and languages not yet visited, transliterated keys, and data split over
several properties, in places the earlier attacks filled little (a page's name and category, a gift message, a
product flattened into properties, a flat `contents` title, a `content_ids` list, a site search, a referrer's search
query, a hash route, the visitor's `fbc`), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_6 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("mail VERP bounce address @" is
# that value in every place).
LEAKS: Dict[str, List[str]] = {
    "an address spelled with Indian English's `at the rate` for @ (a phrase, no word of the lexicon)": [
        "mail Indian English at the rate @", "mail Indian English at the rate and dot @"],
    "spelled @ and . words joined by `#` (the README reads them between blanks, `_`, `-`, `/` or `*` only)": [
        "mail hash-joined at and dot words @"],
    "`=` standing for @ as VERP writes the recipient, without the bounce address around it (`jo.li=example.com`)": [
        "mail equals for at without the bounce prefix @"],
    "a slug address whose domain has a second level (`-at-example-com-bd`)": [
        "mail CRM id that embeds the address @"],
    "parenthesized letters (NFKC makes each `(z)`, and the folded text is no address)": [
        "mail parenthesized letters @"],
    "an image standing for the @ (markup removed leaves no @; its alt text is not read)": [
        "mail image standing for the at @"],
    "a JavaScript template literal joining the parts (`${'jo'}@${'example.com'}`)": [
        "mail JavaScript template literal @"],
    "an address as a list of character codes (String.fromCharCode)": ["mail char codes of String.fromCharCode @"],
    "an address whose domain has dashes for its dots in free text (`jo@example-com-bd`; the README reads a dotless "
    "domain in ids, URLs aside)": [
        f"mail domain with dashes for dots @ {place}"
        for place in ["page name", "gift message", "contents title", "image_url query"]],
    "names of national id cards the lexicon does not hold (`cccd`, `cmnd`: Vietnamese; `mykad`; `nid_number`)": [
        "key cccd:", "key cmnd:", "key mykad:"],
    "abbreviated keys (`pcode`, `surnm`)": ["key pcode:", "key surnm:"],
    "special-category words not in the lexicon (`caste`, `tribe`, `prescription`, `wheelchair_user`, `pronouns`)": [
        "key caste:", "key tribe:", "key prescription:", "key wheelchair_user:", "key pronouns:"],
    "messaging apps and handles not in the lexicon (`imo`, `qq_number`, `discord_tag`)": [
        "key imo:", "key qq_number:", "key discord_tag:"],
    "a name word after a payer or card qualifier, and a recipient word (`payer_name`, `name_on_card`, "
    "`beneficiary`)": ["key payer_name:", "key name_on_card:", "key beneficiary:"],
    "a name after a label in a script without capitals (Arabic, Hebrew, Devanagari, Thai, Hangul)": [
        "name Arabic label @", "name Hebrew label @", "name Hindi label @", "name Thai label @",
        "name Korean label @"],
    "a name after a name label of a lexicon language (Finnish `Nimi`, Hungarian `Név`, Greek `Όνομα`, "
    "Ukrainian `Ім'я`)": ["name Finnish label @", "name Hungarian label @", "name Greek label @",
                           "name Ukrainian label @"],
    "a name in capitals after a label in capitals (`CUSTOMER NAME: NADIA RAHMAN`)": [
        "name English label in capitals @"],
    "salutations of lexicon languages not read (`Hyvä`, `Kedves`, `Vážená paní`, `Stimată doamnă`, `Αγαπητή`, "
    "`Шановна`, `عزيزتي`, `Geachte mevrouw`)": [
        "name Finnish salutation @", "name Hungarian salutation @", "name Czech salutation @",
        "name Romanian salutation @", "name Greek salutation @", "name Ukrainian salutation @",
        "name Arabic salutation @", "name Dutch salutation with mevrouw @"],
    "address layouts not read: Norwegian `-gata` with a letter after the number, Danish `-gade` with floor and side, "
    "a number before `Avenue`, `Calle` with `#`, Dhaka's `House, Road`, a Philippine block and lot, a Thai soi": [
        "postal Norwegian gata and postcode @", "postal Danish vej with floor and side @",
        "postal Moroccan avenue after its number @", "postal Mexican calle with a hash @",
        "postal Dhaka house and road @", "postal Philippine block and lot @", "postal Thai soi and road @"],
    "an fbc payload that is a mail slug (`zqnadia_rahman_gmail_com` passes the fbc grammar)": [
        "fbc payload a gmail slug @"],
    "one value split over several properties whose keys name nothing personal (the README joins pieces only "
    "within one JSON text or one key and its value)": [
        "split address over two properties", "split address as handle and provider",
        "split address between a property and the page URL's query", "split phone over three properties",
        "split IP over four properties", "split card over four properties"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a Bangladeshi number with its country code and no plus under an id key (README: the rules trade `an undialled "
    "mobile number in an id without a suffix (`46701234567`, `8801712345678` under `variant`)`)": [
        "phone BD 880 without plus @ flat product variant"],
    "key words of languages outside the lexicon's (README: `Languages: English, German, ... Indonesian and "
    "Vietnamese`; Bengali and Filipino are not among them), with a value no shape rule reads": [
        "foreign tirahan: custom property", "foreign tirahan: page query",
        "foreign \u09a0\u09bf\u0995\u09be\u09a8\u09be: custom property",
        "foreign \u09a0\u09bf\u0995\u09be\u09a8\u09be: page query"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "a German date range whose first date has no year (`30.11.–24.12.2026`)": [
        "dates and times: 30.11.\u201324.12.2026 @ gift message",
        "dates and times: 30.11.\u201324.12.2026 @ page category"],
    "product and shop keys holding a contact word (a phone shop's `phone_model`, `phone_case_color`, an app's "
    "`mobile_os`, `mobile_app_version`, `email_template_id`, `address_type`, `birthday_sale`, `tax_id_required`; "
    "the README accepts this price: ordinary keys sharing a lexicon word in its personal sense)": [
        "keys: phone_model", "keys: phone_case_color", "keys: mobile_os", "keys: mobile_app_version",
        "keys: email_template_id", "keys: address_type", "keys: birthday_sale", "keys: tax_id_required"],
    "a travel event's destination (`hotel_city`, `destination_city`, `origin_city`: Meta's own travel fields "
    "name a city, a place word with no person or address qualifier)": [
        "keys: hotel_city", "keys: destination_city", "keys: origin_city"],
    "a store locator's town in a query (`?city=Dhaka`)": [
        f"urls as {where}: https://dokan.example.com.bd/pages/store-locator?city=Dhaka"
        for where in ["page URL", "referrer"]],
}


@pytest.mark.parametrize("case", attack_params(CASES, {**LEAKS, **{f"not claimed: {family}": names for family,
                                                                    names in NOT_CLAIMED.items()}}, "sixth"))
def test_no_sixth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_sixth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 600
    assert sorted({name.split(" ")[0] for name in names}) == ["fbc", "foreign", "id", "ip", "key", "mail", "name",
                                                              "phone", "postal", "split", "ua", "url"]


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "sixth"))
def test_ordinary_shop_data_of_the_sixth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
