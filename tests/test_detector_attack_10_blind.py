"""Rules closing two families of the tenth attack (issue 16): a field named in a sibling member of its record (a
form dump's `data[0][name]=soyad&data[0][value]=...`, Typeform's `{"field": {"ref": "phone_number"}, "text": ...}`),
and a bare account key holding a sign-in name (a webmail's `?login=...`); each with near-misses that go out."""

import json
from typing import List

import pytest

from meta_capi import privacy
from meta_capi.privacy import EMBEDDED_KEY, NAMED_FIELD, PERSONAL_KEY, clean_url, custom_refusal, embedded_reason


@pytest.mark.parametrize("text", [
    "data[0][name]=soyad&data[0][value]=Zqkaya&data[1][name]=sehir",
    "data[0][value]=Zqkaya&data[0][name]=soyad",  # the value first
    "data%5B0%5D%5Bname%5D=soyad&data%5B0%5D%5Bvalue%5D=Zqkaya",  # encoded brackets
    "fields[3][key]=phone_number&fields[3][content]=417 28 63",
    "form[1][label]=E-posta&form[1][val]=zq",
    "answers[0][field]=telefon&answers[0][answer]=4172863",
    "x=1&data[0][NAME]=Ad Soyad&data[0][Value]=Zqemine Zqkaya",  # members in any case
])
def test_a_form_dump_whose_record_is_named_by_a_personal_key_is_left_out(text: str) -> None:
    assert embedded_reason(text) == NAMED_FIELD


@pytest.mark.parametrize("text", [
    "data[0][name]=color&data[0][value]=blue",
    "data[0][name]=soyad",  # a name without a value
    "data[0][name]=soyad&data[0][value]=",  # an empty value carries nothing
    "data[0][name]=soyad&data[1][value]=blue",  # another record's value
    "data[0][name]=lat&data[0][value]=41.01",  # a town's precision, as under the key `lat`
    "data[0][label]=Phone case&data[0][value]=Black",  # a product's attribute, not a phone
    "data[0][name]=newsletter&data[0][type]=soyad",  # `type` holds no value
    "ref=email&text=Spring sale",  # no bracketed record: a referral from a mail
])
def test_a_form_dump_whose_records_name_nothing_personal_goes_out(text: str) -> None:
    assert embedded_reason(text) == ""


@pytest.mark.parametrize("value", [
    [{"field": {"id": "JwWggjAKtOkA", "ref": "phone_number", "type": "short_text"}, "type": "text",
      "text": "417 28 63"}],
    {"form_response": {"answers": [{"field": {"id": "x1", "ref": "soyad"}, "type": "text", "text": "Zqkaya"}]}},
    [{"field": "telefon", "value": "417"}],
    [{"id": "email", "answer": "zq"}],
    {"label": "Ad Soyad", "value": "Zqemine Zqkaya"},
    {"key": "phone", "value": 4172863},  # a number as the value
    {"Field": {"Label": "Birth date"}, "Content": ["29", "11"]},  # members in any case, a list as the value
])
def test_a_json_record_named_by_a_personal_key_in_a_sibling_is_left_out(value: object) -> None:
    assert custom_refusal("answers", json.dumps(value)) == f"{NAMED_FIELD}: left out"


@pytest.mark.parametrize("value", [
    [{"field": {"id": "JwWggjAKtOkA", "ref": "favourite_colour"}, "type": "text", "text": "blue"}],
    [{"type": "text", "text": "blue"}],
    {"key": "email_opt_in", "value": "true"},  # about a channel, as the key `email_opt_in` is
    {"label": "Phone", "value": ""},
    {"label": "Phone", "value": None},
    {"ref": "newsletter", "text": "Spring sale"},
    {"id": "SKU-1", "content": "Blue Sneakers"},
])
def test_a_json_record_naming_nothing_personal_goes_out(value: object) -> None:
    assert custom_refusal("answers", json.dumps(value)) == ""


def test_a_json_value_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: List[str] = []
    parse = privacy.bounded_json

    def counted(text: str, **options: bool) -> object:
        calls.append(text)
        return parse(text, **options)

    monkeypatch.setattr(privacy, "bounded_json", counted)
    text = json.dumps([{"field": {"ref": "favourite_colour"}, "text": "blue"}])
    assert (custom_refusal("answers", text), calls) == ("", [text])


@pytest.mark.parametrize("url, cleaned", [
    ("https://anket.example.com.tr/tesekkurler?data[0][name]=soyad&data[0][value]=Zqkaya&data[1][name]=renk"
     "&data[1][value]=mavi",
     "https://anket.example.com.tr/tesekkurler?data[0][name]=soyad&data[1][name]=renk&data[1][value]=mavi"),
    ("https://anket.example.com.tr/t?data%5B0%5D%5Bvalue%5D=Zqkaya&data%5B0%5D%5Bname%5D=soyad",
     "https://anket.example.com.tr/t?data%5B0%5D%5Bname%5D=soyad"),
    ("https://anket.example.com.tr/t?data[0][name]=renk&data[0][value]=mavi",
     "https://anket.example.com.tr/t?data[0][name]=renk&data[0][value]=mavi"),
])
def test_a_url_loses_the_values_of_records_named_by_a_personal_key(url: str, cleaned: str) -> None:
    assert clean_url(url) == cleaned


@pytest.mark.parametrize("url, cleaned", [
    ("https://mail.yandex.com.tr/?uid=1130000012345678&login=zqemine.yildirim#inbox", "https://mail.yandex.com.tr/#inbox"),
    ("https://webmail.example.com/?_task=mail&user=zq_yildirim", "https://webmail.example.com/?_task=mail"),
    ("https://shop.example.com/account?login=1&login_method=google&login_status=failed&logged_in=true&user=guest",
     "https://shop.example.com/account?login=1&login_method=google&login_status=failed&logged_in=true&user=guest"),
])
def test_a_url_loses_a_sign_in_name_under_a_bare_account_key(url: str, cleaned: str) -> None:
    assert clean_url(url) == cleaned


@pytest.mark.parametrize("key, value", [
    ("login", "zqemine.yildirim"), ("user", "zq_yildirim"), ("Login", "Zqemine"), ("user_login", "zqemine1987"),
    ("usuario", "Zqemine Yildirim"), ("kullanıcı", "zqemine.y"), ("ｌｏｇｉｎ", "zqemine.yildirim"),
])
def test_a_sign_in_name_under_a_bare_account_key_is_left_out(key: str, value: str) -> None:
    assert custom_refusal(key, value) == PERSONAL_KEY


@pytest.mark.parametrize("key, value", [
    ("login", "1"), ("login", "true"), ("login", "success"), ("user", "guest"), ("USER", "SSO"), ("login", "0.5"),
    ("login_method", "google.com"), ("login_status", "failed.twice"), ("logged_in", "yes.really"),
    ("last_login", "2024-11-29"), ("user_type", "Returning Customer"), ("catalog", "Spring.2025"),
])
def test_a_state_or_a_longer_account_key_goes_out(key: str, value: str) -> None:
    assert custom_refusal(key, value) == ""


def test_a_sign_in_name_in_a_cookie_string_is_a_personal_parameter() -> None:
    assert embedded_reason("lang=tr; login=zqemine.yildirim") == EMBEDDED_KEY
