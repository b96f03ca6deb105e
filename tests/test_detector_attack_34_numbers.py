"""The thirty-fourth attack's numbers closed by construction (tests/test_privacy_attacks_34.py): Meta's login and lead
ids that carry a person's number's check, and variants the attack did not list."""

from __future__ import annotations

import pytest

from meta_capi import detector, meta_fields
from privacy_attack_cases_2 import luhn_complete


def _unhashed(value: str) -> dict:
    return meta_fields.unhashed_ids({"fb_login_id": value, "lead_id": value}, {})


@pytest.mark.parametrize("value", [
    luhn_complete("37144839275183"),  # an American Express card (15 digits)
    luhn_complete("222100048392751"),  # a Mastercard of the 2-series
    luhn_complete("490154203237518"),  # an IMEI
    luhn_complete("621483927518320004"),  # a UnionPay card of 19 digits
    "44051401458",  # a PESEL (born 1944-05-14)
    "52998224725",  # a CPF
    "85031412302",  # Belgium's national number
    "111222333",  # a BSN
    "185057800608491",  # a French NIR
])
def test_a_login_or_lead_id_with_a_person_s_number_s_check_is_left_out(value: str) -> None:
    assert _unhashed(value) == {}


@pytest.mark.parametrize("value", [
    luhn_complete("1015798236512412"),  # Meta's long ids open with 1: Luhn's sum says nothing of them
    "100012345678901", "10157982365124123", "122104839275183126", "525645896321548", "987654321012345",
])
def test_meta_s_own_ids_still_go_out(value: str) -> None:
    assert _unhashed(value) == {"fb_login_id": int(value), "lead_id": int(value)}


# Phones the attack did not write: other dingbat sets, traditional financial numerals, Korean digits grouped as a
# number is, pairs and groups in other layouts of the same languages.
@pytest.mark.parametrize("value", [
    "Rappel : ➓➏ ➍➐ ➑➌ ➋➒ ➊➎",  # sans-serif negative circled dingbats, the ten for 0
    "⓾⓺ ⓸⓻ ⓼⓷ ⓶⓽ ⓵⓹",  # double circled digits
    "tel ⑹⑷⑺ ⑻⑶⑵ ⑼⑴⑸",
    "零陸肆柒捌參貳玖壹伍",  # traditional financial numerals
    "幺三九 幺二三四 五六七八",  # `幺` said for 1
    "공일공 사팔삼구 이칠오일",
    "zéro six soixante-treize quatre-vingt-dix-sept vingt et un douze",
    "oh seven seven double nine, one two three, four five six",
    "06 achtenveertig negenendertig zevenentwintig eenenvijftig",
    "tre tre otto, ventitré quarantotto, cinquantuno",
    "beş yüz otuz iki, dört yüz seksen üç, doksan iki, yetmiş beş",
    "nove um dois, quatrocentos e oitenta e três, duzentos e setenta e cinco",
    "Handy: null eins sieben sechs, achtundvierzig neununddreissig siebenundzwanzig einundfünfzig",
])
def test_a_phone_in_digits_of_no_decimal_value_or_said_in_pairs_is_read(value: str) -> None:
    assert detector.reason(value) == detector.PHONE


@pytest.mark.parametrize(("value", "found"), [
    ("Routeur A483.E72B.91C5 bloqué", detector.HARDWARE_ADDRESS),
    ("client 2a02.8109.9c40.1a2b.5d3e.77ff.fe21.4c1d refused", detector.IP_ADDRESS),
    ("IP: eins acht fünf punkt vier sieben punkt zwei null drei punkt eins eins acht", detector.IP_ADDRESS),
    ("one eight five dot four seven dot two zero three dot one one eight", detector.IP_ADDRESS),
    ("Payé avec " + "".join("➉➀➁➂➃➄➅➆➇➈"[int(d)] for d in luhn_complete("453948392751832")), detector.CARD),
])
def test_hex_groups_dotted_and_a_card_in_dingbats_are_read(value: str, found: str) -> None:
    assert detector.reason(value) == found


@pytest.mark.parametrize("payload", [
    "IwAR2a02_8109_9c40_1a2b_5d3e_77ff_fe21_4c1d", "IwARa4-83-e7-2b-91-c5", "2a02-8109--4c1d",
    "IwARbdnqnn85c14h501b", "AZQPV4821K", "IwAR12345678Z",
])
def test_an_fbc_payload_holding_an_address_in_hex_groups_or_a_person_s_id_is_refused(payload: str) -> None:
    assert detector.click_id_reason(payload) != ""


@pytest.mark.parametrize("value", [
    "Windows 11 22631.4602", "Windows 10 22H2 19045.3803 Pro", "GLS 48392751832", "DPD 15501234567890",
    "Nineteen Eighty-Four", "Les quatre-vingt-dix-neuf marches du château", "Twenty Thousand Leagues Under the Sea",
    "Ocean's Eleven Twelve Thirteen DVD", "Pack 6 y 12 y 24 unidades", "Taille 10 to 12 to 14 to 16 ans",
    "v2026.1202.0042", "face.bead.cafe", "Point de croix Kit point final point un deux",
    "Step ⑴ open, ⑵ close", "삼성 갤럭시 S24 256GB 구매",
])
def test_ordinary_values_near_these_rules_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("payload", ["IwAR2x9kQz-Vb7_Lm3pRt8-Yc4N", "IwZXh0bgNhZW0CMTEAAR2a-bc-12_dE-f0"])
def test_an_fbclid_goes_out(payload: str) -> None:
    assert detector.click_id_reason(payload) == ""
