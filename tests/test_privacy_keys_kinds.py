"""Keys of the lexicon's kinds the sixth attack found missing (identity cards by their own names, special
categories, messaging apps, payers and recipients, abbreviations), and ordinary keys that hold a contact word
as a thing's attribute, a flag about a field, or a trip's or a store locator's town, and a range of days
whose first date leaves its year to the second: each with its near misses."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import PERSONAL_KEY, key_reason
from meta_capi.privacy import clean_url


@pytest.mark.parametrize("key", [
    # identity cards by their own names, and short card names before a number word
    "cccd", "so_cccd", "cmnd", "CMND", "mykad", "myKad_no", "mykid", "cnic", "CNIC_Number", "nrc", "can_cuoc",
    "ausweisnummer", "dowod_osobisty", "carta_identita", "teudat_zehut", "jumin_beonho", "kojin_bango", "philsys",
    "nid_number", "NIDNo", "nid_card", "ic_no", "ic_number", "sss_number", "umid_no", "cni_numero",
    # special categories (GDPR art. 9) and gender identity
    "caste", "castes", "kaste", "tribe", "ethnic_group", "religious_belief", "agama", "ton_giao", "宗教",
    "prescription", "prescriptions", "ordonnance", "medical_record", "vaccination_status", "wheelchair_user",
    "hearing_impaired", "impairment", "pronouns", "pronoun", "gender_identity", "sex_life", "genetic_data",
    # messaging apps and their handles
    "imo", "imo_number", "qq", "qq_number", "QQ", "discord_tag", "vk_id", "weibo", "kik_username", "twitter_tag",
    # payers, payees and recipients
    "payer_name", "payerName", "payee_name", "name_on_card", "nameOnCard", "name_on_account", "beneficiary",
    "beneficiary_name", "beneficiario", "begunstigde", "remitter_name",
    # abbreviations with their vowels cut
    "pcode", "surnm", "lastnm", "firstnm", "postcd", "phn",
])
def test_a_key_of_a_kind_the_sixth_attack_found_missing_is_personal(key):
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "nid", "node_id", "ic", "ic_chip", "sss", "cc_cd", "ci_token", "product_code", "p_code", "pcodes_count",
    "wheelchair", "wheelchair_width", "wheelchair_accessible", "ethnic_wear", "race_distance", "payment_method",
    "payer_country_count", "qq_pay", "imo_class", "discord_server_invite", "card_brand", "name_engraving_font",
    "tribe_pattern_count",
])
def test_a_near_miss_of_those_kinds_is_ordinary(key):
    assert key_reason(key) == ""


@pytest.mark.parametrize(("key", "verdict"), [
    # a contact word followed by a thing's attribute: the thing's, not the person's contact
    ("phone_model", ""), ("phone_case_color", ""), ("mobile_os", ""), ("mobile_app_version", ""),
    ("email_template_id", ""), ("address_type", ""), ("birthday_sale", ""), ("phone_number_type", ""),
    ("billing_address_type", ""), ("phone_plan", ""), ("email_provider", ""), ("birthday_card", ""),
    # a flag about a field, whatever the field
    ("tax_id_required", ""), ("passport_optional", ""), ("phone_enabled", ""), ("email_valid", ""),
    # the contact itself, a thing's attribute that is personal without its thing word, ids and hashes
    ("phone", PERSONAL_KEY), ("phone_number", PERSONAL_KEY), ("mobile", PERSONAL_KEY),
    ("email_address", PERSONAL_KEY), ("home_address", PERSONAL_KEY), ("birthday", PERSONAL_KEY),
    ("birthday_month", PERSONAL_KEY), ("email_hash", PERSONAL_KEY), ("mobile_device_id", PERSONAL_KEY),
    ("street_address_type", PERSONAL_KEY), ("blood_type", PERSONAL_KEY), ("religion_type", PERSONAL_KEY),
    ("model_phone", PERSONAL_KEY), ("phone_type_owner_name", PERSONAL_KEY), ("required_email", PERSONAL_KEY),
    # a phone's country is the visitor's country, which Meta hashes as customer information
    ("phone_country", PERSONAL_KEY),
])
def test_a_contact_word_before_a_things_attribute_or_a_flag_is_no_contact(key, verdict):
    assert key_reason(key) == verdict


@pytest.mark.parametrize(("key", "verdict"), [
    ("hotel_city", ""), ("destination_city", ""), ("origin_city", ""), ("departure_city", ""),
    ("flight_arrival_city", ""), ("ciudad_destino", ""),
    ("city", PERSONAL_KEY), ("billing_city", PERSONAL_KEY), ("traveler_city", PERSONAL_KEY),
    ("hotel_guest_city", PERSONAL_KEY), ("destination_address", PERSONAL_KEY), ("destination_zip", PERSONAL_KEY),
    ("hotel_city_email", PERSONAL_KEY), ("home_city", PERSONAL_KEY),
])
def test_a_town_word_next_to_a_trip_word_names_the_trips_place(key, verdict):
    assert key_reason(key) == verdict


def test_a_trips_town_goes_out_in_a_url_query_and_the_visitors_does_not():
    assert clean_url("https://s.com/hotels?destination_city=Dhaka&city=Dhaka") == (
        "https://s.com/hotels?destination_city=Dhaka")


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://s.com/pages/store-locator?city=Dhaka", "https://s.com/pages/store-locator?city=Dhaka"),
    ("https://s.com/find-a-store?city=Dhaka&country=BD", "https://s.com/find-a-store?city=Dhaka&country=BD"),
    ("https://s.com/storefinder?Stadt=Berlin", "https://s.com/storefinder?Stadt=Berlin"),
    ("https://s.com/en/stores/?region=Sylhet", "https://s.com/en/stores/?region=Sylhet"),
    # a finer place, a person's place, personal data as the town, a page that is no store locator
    ("https://s.com/store-locator?city=Dhaka&zip=1205", "https://s.com/store-locator?city=Dhaka"),
    ("https://s.com/store-locator?home_city=Dhaka&billing_city=Dhaka", "https://s.com/store-locator"),
    ("https://s.com/store-locator?city=01712345678", "https://s.com/store-locator"),
    ("https://s.com/store-locator?city=jo%40example.com", "https://s.com/store-locator"),
    ("https://s.com/checkout?city=Dhaka", "https://s.com/checkout"),
    ("https://s.com/store?city=Dhaka", "https://s.com/store"),
    ("https://s.com/shop/checkout?city=Dhaka", "https://s.com/shop/checkout"),
    ("https://s.com/store-locator/dhaka?city=Dhaka", "https://s.com/store-locator/dhaka"),
    ("https://s.com/customer-search?city=Dhaka", "https://s.com/customer-search"),
])
def test_a_store_locators_town_in_its_query_goes_out_and_no_other_place_does(url, cleaned):
    assert clean_url(url) == cleaned


@pytest.mark.parametrize(("text", "verdict"), [
    ("30.11.\u201324.12.2026", ""), ("Aktion 30.11.-24.12.2026", ""), ("30.11. \u2013 24.12.2026", ""),
    ("30/11 - 24/12/2026", ""), ("30.11.2026\u201324.12.2026", ""),
    # a phone number's groups, and a range whose second date has no four-digit year, stay phone numbers
    ("0171.234-56.78.2026", detector.PHONE), ("017 12.34-56.78", detector.PHONE),
    ("Ruf 0301 1234-5678", detector.PHONE), ("30.11.-24.12.2026 call 0171 2345678", detector.PHONE),
])
def test_a_range_of_days_whose_first_date_leaves_its_year_to_the_second_is_no_phone_number(text, verdict):
    assert detector.reason(text) == verdict
