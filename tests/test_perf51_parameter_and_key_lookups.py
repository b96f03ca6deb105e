"""Perf 51: a query's person parameters (counterparts, person_routes, referral_links), a key's referral rules, a
referral's host and a record's path's plate (national_ids) behind look-ups in privacy: each look-up is false only
where the calls it spares are false, and an ordinary event's fbclid, keys, host and path reach none of them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import (
    canonical,
    counterparts,
    cued_names,
    key_lexicon,
    national_ids,
    notations,
    person_routes,
    postal,
    privacy,
    referral_links,
    role_labels,
)

_PARAMETER_KEYS = sorted(counterparts.PARAMETER_KEYS | person_routes.PARAMETER_KEYS | referral_links.CODE_KEYS
                         | referral_links.INVITER_KEYS)


def _parameter_rules(pair: str, path: str) -> bool:
    """The three parameter rules as _clean_query called them before perf 51: no look-up first."""
    return bool(counterparts.counterpart_parameter(pair, path) or person_routes.tree_person_parameter(pair, path)
                or referral_links.referrer_parameter(pair, path))


def test_the_rules_key_sets_are_what_their_functions_read():
    assert frozenset(counterparts._KEY_PLACES) == counterparts.PARAMETER_KEYS
    assert person_routes.PARAMETER_KEYS == person_routes._TREE_PERSON_KEYS | person_routes._SEARCH_KEYS


@pytest.mark.parametrize("key", _PARAMETER_KEYS)
def test_every_key_a_parameter_rule_reads_is_looked_up(key):
    for written in (key, key.upper(), key.title(), key[:1] + "_" + key[1:], key[:1] + "-" + key[1:]):
        if written.lower() in _PARAMETER_KEYS or written.lower().replace("_", "").replace("-", "") in (
                referral_links.CODE_KEYS) or written == key:
            assert privacy._joined_key(f"{written}=x") in privacy._PERSON_PARAMETER_KEYS


_SOME_KEYS = _PARAMETER_KEYS[::5]
_KEY_PIECES = [*_SOME_KEYS, *(key.upper() for key in _SOME_KEYS), "_", "-", "fbclid", "utm", "ref", "x", "K"]
_VALUES = ["", "Jane+Doe", "jane-doe", "Jane%20Doe", "JD58391", "583914", "orla.quenby", "Orla", "jane2024",
           "Ann+Lee+obituary", "KW-7Q3P", "Maria+Garcia"]
_PATHS = ["/", "/messages/thread", "/tree/person/details", "/invite", "/referral/join", "/liked-you", "/search",
          "/products/blue-sneakers", "/date", "/obituaries"]


@settings(max_examples=2000, deadline=None)
@given(key=st.lists(st.sampled_from(_KEY_PIECES), min_size=1, max_size=3), value=st.sampled_from(_VALUES),
       path=st.sampled_from(_PATHS))
def test_a_key_the_look_up_refuses_calls_no_rule_that_would_drop_it(key, value, path):
    pair = f"{''.join(key)}={value}"
    assert _parameter_rules(pair, path) <= (privacy._joined_key(pair) in privacy._PERSON_PARAMETER_KEYS)


@pytest.mark.parametrize("url", [
    "https://example.com/messages/thread?with=Jane+Doe", "https://example.com/tree/person/details?pid=KW7Q-3P9",
    "https://www.example.pl/polecenie/?code=KWIATRZYK7731", "https://games.example.com/invite/?FROM=Corvin+Dallowmere",
    "https://example.com/liked-you?Sent_By=Orla+Quenby"])
def test_a_person_parameter_is_still_dropped(url):
    path, _, query = url.partition("://")[2].partition("/")[2].partition("?")
    assert _parameter_rules(query, "/" + path)
    assert query not in (privacy.clean_url(url) or "")


_REFERRER_KEYS = sorted({word for line in key_lexicon.REFERRERS.values() for word in line.split()}
                        | referral_links._REFERRAL_LINK_KEYS | {"ref"})


@pytest.mark.parametrize("key", _REFERRER_KEYS)
def test_every_referrers_key_is_looked_up(key):
    for written in (key, key.upper(), key.title()):
        if referral_links.may_be_referrer_key(written) or written.lower() in referral_links._REFERRAL_LINK_KEYS:
            assert written[:3].lower() in referral_links.KEY_STARTS


@settings(max_examples=1500, deadline=None)
@given(key=st.lists(st.sampled_from([*_REFERRER_KEYS[::3], "_", "by", "fbclid", "registered", "R", "i"]), min_size=1,
                    max_size=3), value=st.sampled_from(_VALUES + ["583914123", "jane-doe-58"]))
def test_a_key_whose_start_is_no_referrers_is_refused_by_neither_rule(key, value):
    key = "".join(key)
    if key[:3].lower() not in referral_links.KEY_STARTS:
        assert not referral_links.referrer_named(key, value) and not referral_links.referral_coded(key, value)


@pytest.mark.parametrize("host", ["join.example.com", "INVITE.app.io", "ref.example.com", "shop.example.com", ""])
def test_a_referral_host_is_looked_up_by_its_first_label(host):
    looked_up = host.lower().partition(".")[0] in referral_links.REFERRAL_HOST_WORDS
    assert referral_links.host_names_a_referrer(host, "/jane-doe") <= looked_up


def _four_rules(path: str) -> bool:
    """The route rules and the record path's plate as _path_reason called them before perf 51."""
    return bool(person_routes.route_names_a_person(path) or counterparts.conversation_route_names(path)
                or referral_links.route_names_a_referrer(path) or national_ids.record_path_plate(path))


_RECORD_WORDS = sorted(national_ids.RECORD_PATH_WORDS)
_PATH_PIECES = [*_RECORD_WORDS, *(word.upper() for word in _RECORD_WORDS), "/", "/", "YR21KXF", "PCN-58391",
                "products", "blue-sneakers", "result", "?", "#", "\u017f", "\u0130", "\u0131", "\u212a", "%2F"]


@settings(max_examples=2000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PATH_PIECES), max_size=8))
def test_the_record_words_look_up_gives_the_record_plates_verdict(pieces):
    path = "/" + "".join(pieces)
    assert privacy._route_names_someone(path) is _four_rules(path)


@pytest.mark.parametrize("path", ["/valuation/YR21KXF/result", "/MOT/YR21KXF", "/pcn/PCN58391/YR21KXF",
                                  "/parking-fines/AB-123456/LM68QZT/pay", "/citation\u017f/AB-12345/YR21KXF"])
def test_a_plate_after_a_records_word_is_still_cut(path):
    assert national_ids.record_path_plate(path) and privacy._route_names_someone(path)


@pytest.mark.parametrize("url", [
    "https://shop.example.com/products/blue-sneakers?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB",
    "https://demo.edgee.app/analytics-with-edgee.html", "https://www.facebook.com/",
    "https://shop.example.com/collections/sale?utm_source=newsletter&utm_campaign=winter-sale&page=2"])
def test_an_ordinary_url_calls_none_of_the_spared_rules(url, monkeypatch):
    def refused(*_):
        raise AssertionError("called")
    for module, name in ((counterparts, "counterpart_parameter"), (privacy, "tree_person_parameter"),
                         (referral_links, "referrer_parameter"), (referral_links, "referrer_named"),
                         (referral_links, "referral_coded"), (referral_links, "host_names_a_referrer"),
                         (national_ids, "record_path_plate")):
        monkeypatch.setattr(module, name, refused)
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("key, value", [("fbclid", "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB"), ("registered", "false"),
                                        ("utm_source", "newsletter"), ("color", "blue")])
def test_an_ordinary_key_calls_neither_referral_rule(key, value, monkeypatch):
    monkeypatch.setattr(referral_links, "referrer_named", lambda *_: pytest.fail("called"))
    monkeypatch.setattr(referral_links, "referral_coded", lambda *_: pytest.fail("called"))
    assert privacy._key_refusal(key, value) == ""


_OCCASIONS = sorted(cued_names._OCCASION_WORDS)[::4]
_FILE_PIECES = [*_OCCASIONS, *(word.title() for word in _OCCASIONS), "/", "-", "_", "+", ".", ".jpg", ".PDF", ".docx",
                ".html", "Jane", "Doe", "John", "and", "y", "passport", "ID", "upload", "Vertrag", "Smith", "739164",
                "6th", "90", "products", "blue", "sneakers", "\u0130", "\u212a"]


_FILE_WORDS = [piece for piece in _FILE_PIECES if piece.isalnum()]


@settings(max_examples=3000, deadline=None)
@given(folder=st.sampled_from(["", "gallery/", "wedding-registry/", "boda/", "uploads/"]),
       words=st.lists(st.sampled_from(_FILE_WORDS), min_size=1, max_size=5), joint=st.sampled_from(["_", "-", "+"]),
       end=st.sampled_from(["", ".jpg", ".PDF", ".docx", ".html", "/", "?x=1"]))
def test_a_file_named_after_someone_holds_the_file_cue(folder, words, joint, end):
    form = "/" + folder + joint.join(words) + end
    assert cued_names.named_file(form) <= (cued_names.FILE_CUE.search(form) is not None)


@pytest.mark.parametrize("path", ["/uploads/Passport_Jane_Doe.jpg", "/gallery/wedding-jane-and-john-doe",
                                  "/wedding-registry/emma-and-james-carter", "/files/Vertrag_Anna_Schmidt_2024.pdf",
                                  "/ID_upload_passport_Schmidt_739164.png"])
def test_a_named_file_in_a_path_is_still_cut(path):
    assert cued_names.FILE_CUE.search(path) is not None and cued_names.named_file(path)
    assert privacy.clean_url("https://example.com" + path) != "https://example.com" + path


@pytest.mark.parametrize("path", ["/products/blue-sneakers", "/analytics-with-edgee.html", "/collections/summer-sale"])
def test_an_ordinary_path_reads_no_file_rule(path, monkeypatch):
    monkeypatch.setattr(cued_names, "named_file", lambda *_: pytest.fail("called"))
    assert privacy.clean_url("https://shop.example.com" + path) == "https://shop.example.com" + path


def test_every_bettors_last_word_is_a_run_of_letters_as_a_weak_labels_word_is():
    assert all(re.fullmatch(r"[^\W\d_]+", word) for word in role_labels.BETTOR_LAST_WORDS)


_LABEL_WORDS = sorted(role_labels._BETTORS)[::3] + sorted(role_labels.FANTASY_MANAGER_WORDS) + [
    "Name", "Tipster", "Running Socks", "Size", "Demo", "Shop", "9", "_", "Spieler", "lotto", "Fantasy"]


@settings(max_examples=2000, deadline=None)
@given(words=st.lists(st.sampled_from(_LABEL_WORDS + [word.title() for word in _LABEL_WORDS]), min_size=1,
                      max_size=4), apart=st.sampled_from([" ", "_", "9", ": "]))
def test_a_bettors_label_ends_on_a_looked_up_word(words, apart):
    form = apart.join(words) + " - Anna Schmidt"
    for match in postal._WEAK_END_WORD.finditer(form):
        label = form[max(0, match.start(1) - 40):match.end(1)]
        assert role_labels.names_a_bettor(label, "") <= (match.group(1).lower() in role_labels.BETTOR_LAST_WORDS)


@pytest.mark.parametrize("title", ["Blue Sneakers - Demo Shop", "Running Socks - Size 42", "Summer Dress - Acme"])
def test_a_shops_title_reads_no_bettors_label(title, monkeypatch):
    monkeypatch.setattr(postal, "names_a_bettor", lambda *_: pytest.fail("called"))
    assert not postal._weak_label_cued(title, frozenset())


@pytest.mark.parametrize("title", ["Tipster - Anna Schmidt", "Syndicate manager - Anna Schmidt",
                                   "Lotto winner - Anna Schmidt"])
def test_a_bettors_label_is_still_cued(title):
    assert postal._weak_label_cued(title, frozenset())


@settings(max_examples=2000, deadline=None)
@given(pieces=st.lists(st.sampled_from(["(", ")", "<", "![CDATA[", "chr", "ChrW", "$", "r", "W", "65", " ", "KHTML",
                                        "x", "]]>", ";"]), min_size=1, max_size=8))
def test_as_is_asks_called_ahead_of_every_text_it_reads_a_call_in(pieces):
    text = "".join(pieces)
    looked_up = "<" in text or "r(" in text or "R(" in text or "w(" in text or "W(" in text or "$(" in text
    assert notations.called_ahead(text) <= looked_up


@pytest.mark.parametrize("user_agent", [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"])
def test_a_browsers_user_agent_reads_nothing_of_notations(user_agent, monkeypatch):
    monkeypatch.setattr(canonical, "called_ahead", lambda *_: pytest.fail("called"))
    assert canonical.as_is(user_agent)
