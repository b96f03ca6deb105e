"""Perf 50: the route rules of a URL's path (person_routes, counterparts, referral_links) behind one look-up of the
path's segments in their route words (privacy._route_names_someone), and a plain user agent's introduction and title
cues in one scan of the detector's own (detector._UA_INTRODUCED_CUE): the same verdicts as the calls they spare, and
an ordinary event's path and user agent reach none of those modules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import counterparts, detector, mails, named_in_text, privacy, referral_links, self_introductions
from meta_capi.canonical import canonical
from meta_capi.person_routes import route_names_a_person


def _three_rules(path: str) -> bool:
    """The three route rules as _path_reason called them before perf 50: one after the other, no look-up first."""
    return bool(route_names_a_person(path) or counterparts.conversation_route_names(path)
                or referral_links.route_names_a_referrer(path))


_SOME_ROUTE_WORDS = sorted(privacy._ROUTE_WORDS)[::7]
_PIECES = ["/", "%2F", "%20", "%C3%A9", "?", "#", "-", "_", "jane", "doe", "Jane-Doe", "r", "R", "x", "583914",
           "jane-doe-583914", "JD58391", "edit", "profile", "&", ";"]


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES + _SOME_ROUTE_WORDS + [w.upper() for w in _SOME_ROUTE_WORDS]),
                       max_size=9))
def test_the_route_words_look_up_gives_the_three_rules_verdict(pieces):
    path = "/" + "".join(pieces)
    assert privacy._route_names_someone(path) is _three_rules(path)


@pytest.mark.parametrize("word", sorted(privacy._ROUTE_WORDS))
def test_every_route_word_before_a_slug_reaches_the_rules(word):
    for path in (f"/{word}/jane-doe", f"/x/{word.upper()}/Jane-Doe/edit", "/" + word.replace("e", "%65") + "/x"):
        assert privacy._route_names_someone(path) is _three_rules(path)


@pytest.mark.parametrize("path", [
    "/r/jane-doe", "/ref/jane2024", "/invite/jane58391", "/messages/jane-doe", "/obituaries/jane-doe",
    "/chat/maria-garcia",
    "/contacts/391846/jane-doe/activity", "/%72/jane-doe", "/invite/jane-doe-583914", "/m%65ssages/maria-garcia",
])
def test_a_route_naming_someone_is_still_cut(path):
    assert _three_rules(path) and privacy._route_names_someone(path)
    assert privacy.clean_url("https://example.com" + path) == "https://example.com/"


@pytest.mark.parametrize("path", [
    "/products/blue-sneakers", "/analytics-with-edgee.html", "/collections/sale/products/summer-dress-floral",
    "/blogs/news/how-to-choose-running-shoes-2024", "/pages/contact", "/account/orders/1234",
])
def test_an_ordinary_path_calls_none_of_the_route_rules(path, monkeypatch):
    def refused(*_):
        raise AssertionError("called")
    for module, name in ((privacy, "route_names_a_person"), (counterparts, "conversation_route_names"),
                         (referral_links, "route_names_a_referrer")):
        monkeypatch.setattr(module, name, refused)
    assert privacy._route_names_someone(path) is False


_USER_AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Safari/537.36",
]


@pytest.mark.parametrize("user_agent", _USER_AGENTS)
def test_an_ordinary_user_agent_reads_neither_introductions_nor_titles(user_agent, monkeypatch):
    monkeypatch.setattr(named_in_text, "introduced_reason", lambda *_: pytest.fail("called"))
    assert detector._UA_INTRODUCED_CUE.search(user_agent) is None
    assert privacy.user_agent_refusal(user_agent) == ""


@pytest.mark.parametrize("comment", [
    "(Shri Ramesh Gupta ka order)", "(Linux; Ich bin Anna Schmidt)", "(Linux; Chamome Uxia Castelao)"])
def test_a_user_agent_field_introduced_or_titled_is_still_refused(comment):
    user_agent = "Mozilla/5.0 (X11; Linux x86_64) " + comment
    assert detector._UA_INTRODUCED_CUE.search(user_agent) is not None
    assert privacy.user_agent_refusal(user_agent) != ""
    assert self_introductions.FIELD_OPENED and named_in_text.TITLE_LETTERS


def _dedication_looked_up(form: str) -> bool:
    """The detector's look-up before mails.dedicated: a part's opening mark, or the one opening's word a
    dedication's."""
    return not (detector._PART_OPENINGS.isdisjoint(form)
                and form.split(None, 1)[0].lower() not in detector._DEDICATION_OPENERS)


_OPENERS = sorted(mails.DEDICATION_OPENERS)[::3]


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from([*_OPENERS, *(w.title() for w in _OPENERS), " ", " - ", "\n", ".", "!", "?",
                                        '"', ":", "Anna", "Schmidt", "alles", "Liebe", "Blue", "Sneakers", "\t"]),
                       min_size=1, max_size=8))
def test_the_dedications_look_up_passes_every_text_mails_reads_a_dedication_in(pieces):
    form = "".join(pieces)
    if form.split():
        assert mails._dedication_opened(form) <= _dedication_looked_up(form)


@pytest.mark.parametrize("title", ["Blue Sneakers - Demo Shop", "Summer Dress - Floral - Acme", "Product 17 - Bench"])
def test_a_shops_title_reads_nothing_of_mails(title, monkeypatch):
    monkeypatch.setattr(mails, "dedicated", lambda *_: pytest.fail("called"))
    assert not _dedication_looked_up(title)
    assert detector.reason(title) == ""


@pytest.mark.parametrize("text", ["Für Anna Schmidt - alles Liebe", "For Anna Schmidt - with love"])
def test_a_dedication_after_a_dash_is_still_refused(text):
    form = canonical(text)[0]
    assert _dedication_looked_up(form) and mails.dedicated(form)
    assert detector.reason(text) != ""
