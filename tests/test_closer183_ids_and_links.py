"""Closer 183: attack 86 (recruiting, job boards and HR software), its numbers, links, keys and lists, claimed by rule.

- immigration_ids._A_NUMBER, _SHARE_CODE: the USCIS's A-Number after its label (`A-Number`, `Alien number`,
  `USCIS #`), a right to work's or an immigration status's share code after its right's words (no game's share code).
- detector._insurance_number_reason in ids too: a German insurance number after its label, by its layout and its
  check digit (`SV-Nummer 12 140691 Q 504` as an order's id).
- handles._NETWORK_LINK: LinkedIn's profile sections after the name (`in/<name>/details/experience/`);
  handles._HOSTED_PROFILE, PROFILE_HOSTS: Indeed's resume pages (`indeed.com/r/<name>/<id>`), cut by clean_url.
- privacy._pair, _JSON_STRING_CLOSED: a URL's last query value inside a JSON string ends at its quote
  (`…?referrer=<given>+<family>"}`); privacy._person_member with referral_links.referrer_named: a referrer's key in
  JSON text before a full name (`{"referred_by": …}`).
- personal_keys._JAPANESE_PARTY_NAME, key_lexicon.JAPANESE_PARTIES: a Japanese party's noun joined to a name's word
  (`応募者名`, `顧客名`, `会員の氏名`), not a business's (`商品名`, `会社名`).
- detector._grouped_reason: a range of two amounts in thousands, dotted too, the lower first, is no phone
  (`55.000 – 65.000 € brutto/Jahr`; attack 86's drop).
- commerce._from_first_words: a `content_ids` list holding words judged as written from its first piece holding a
  blank, its own commas and line breaks its layout's (`ART-1,Kind regards,\\n<name>`).
"""

from __future__ import annotations

import json
from typing import Dict

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import build_request, detector, privacy

IMMIGRATION = ["Form I-9 – USCIS A-Number A-072-553-918", "Alien number A72553918", "USCIS # A-072-553-918",
               "Right to work share code: W72 5S3 9KD", "Immigration status share code S4K-9D2-7QW"]
NOT_IMMIGRATION = ["Course share code: XYZ-123-ABC", "Share code: W72 5S3 9KD", "A-number of items 1234567",
                   "Right to work share code: how to get one", "Form I-9 (2026)", "USCIS fee 2026"]


@pytest.mark.parametrize("text", IMMIGRATION)
def test_an_immigration_number_after_its_label_is_refused_in_text_and_ids(text: str) -> None:
    assert detector.reason(text) != ""
    assert detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", NOT_IMMIGRATION)
def test_a_games_share_code_or_a_forms_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["SV-Nummer 12 140691 Q 504", "RV-Nr. 12140691Q504"])
def test_a_german_insurance_number_after_its_label_is_refused_as_an_id(text: str) -> None:
    assert detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", ["SV-12-140691", "RV 2026 Q1"])
def test_an_id_holding_the_insurances_letters_alone_goes_out(text: str) -> None:
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://www.linkedin.com/in/cmaelwood/details/experience/", "https://www.linkedin.com/"),
    ("https://www.indeed.com/r/Corin-Maelwood/7a3c9f2e", "https://www.indeed.com/"),
    ("https://www.indeed.com/jobs?q=data+engineer&l=Leeds", "https://www.indeed.com/jobs?q=data+engineer&l=Leeds"),
    ("https://www.indeed.com/cmp/Acme/reviews", "https://www.indeed.com/cmp/Acme/reviews"),
    ("https://www.linkedin.com/company/acme/jobs/", "https://www.linkedin.com/company/acme/jobs/"),
])
def test_a_job_boards_profile_or_resume_page_is_cut_to_its_host(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned


@pytest.mark.parametrize("text", ["https://www.linkedin.com/in/cmaelwood/details/experience/",
                                  "https://de.indeed.com/r/Corin-Maelwood/7a3c9f2e"])
def test_a_job_boards_profile_link_in_text_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["https://www.indeed.com/r/jobs/123456", "https://www.linkedin.com/in/details/skills/"])
def test_a_job_boards_own_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    '{"trace": "T-1", "detail": "https://jobs.example/jobs/12?referrer=Corin+Maelwood"}',
    '{"referred_by": "Corin Maelwood", "step": 2}', '{"geworben_von": "corin.maelwood"}',
])
def test_a_referrer_in_json_text_is_refused(text: str) -> None:
    assert privacy.embedded_reason(text) != ""


@pytest.mark.parametrize("text", [
    '{"detail": "https://shop.example/p?referrer=google", "x": 1}', '{"referrer": "google", "step": 2}',
    '{"referred_by": "Google Ads"}', '{"invited_by": "friend-link"}',
])
def test_a_referring_site_or_channel_in_json_text_goes_out(text: str) -> None:
    assert privacy.embedded_reason(text) == ""


@pytest.mark.parametrize("key", ["応募者名", "顧客名", "会員の氏名", "候補者氏名", "紹介者名"])
def test_a_japanese_partys_name_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ["商品名", "店舗名", "会社名", "応募者数", "求人名"])
def test_a_japanese_things_name_or_a_count_key_is_ordinary(key: str) -> None:
    assert detector.key_reason(key) == ""


def _content_ids(ids: str) -> Dict[str, object]:
    event = make_event(name="Product Added", properties={"content_ids": ids})
    body = json.loads(build_request("track", event, make_settings(), now=NOW).body)["data"][0]
    return dict(body.get("custom_data", {}))


@pytest.mark.parametrize("ids", ["ART-1,Kind regards,\nCorin Maelwood", "ART-1,Welcome aboard, Corin Maelwood!",
                                 "ART-1,Thanks Corin Maelwood, your application was received"])
def test_a_content_ids_list_holding_a_closing_or_a_greeting_leaves_its_products_out(ids: str) -> None:
    assert "content_ids" not in _content_ids(ids)


@pytest.mark.parametrize(("ids", "kept"), [
    ("ART-1,ART-2", ["ART-1", "ART-2"]), ("ART-1,Blue Sneakers, Red", ["ART-1", "Blue Sneakers", "Red"]),
])
def test_a_content_ids_list_of_ids_or_product_names_goes_out(ids: str, kept: list[str]) -> None:
    assert _content_ids(ids)["content_ids"] == kept


@pytest.mark.parametrize("text", ["55.000 – 65.000 € brutto/Jahr", "48.000 - 56.000 €", "1.234 - 5.678"])
def test_a_salarys_range_in_thousands_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize("text", ["65.000 - 55.000", "030.123 - 456.789", "Call 555.123 - 456.789"])
def test_a_descending_pair_or_a_trunk_prefixed_pair_is_still_a_phone(text: str) -> None:
    assert detector.reason(text) != ""
