"""Session 49's last read of the change: a counterpart's query in free text read up to the next URL only (each
character read for one URL: linear in the text), a value with a decoded blank judged as the full name the URL holds
(`?with=Premier%20Inn` goes out in text as in the URL), and the common words' English table off BIP39's list (one
source for each word); family names that are a place's word too (`Villa`, `Hof`) names again after a
party's label."""

from __future__ import annotations

import pytest

from meta_capi import common_words, counterparts, detector, privacy
from meta_capi.bip39_words import a_common_word

SITE = "https://www.example-dating.com"


@pytest.mark.parametrize("text", [
    f"Open {SITE}/messages?with=Premier%20Inn",
    f"{SITE}/messages?to=Trust%20Safety",
    f"see {SITE}/inbox?with=Customer%20Service today",
])
def test_a_teams_or_a_hotels_words_in_texts_counterpart_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    f"see {SITE}/messages?with=Orla%20Quenby thanks",
    f"{SITE}/messages?with=orla_q",
    f"first {SITE}/help?q=1 then {SITE}/messages?with=Orla%20Quenby",
])
def test_a_members_name_or_handle_in_texts_counterpart_is_kept(text: str) -> None:
    assert detector.reason(text) != ""


def test_a_query_is_read_up_to_the_next_url_only() -> None:
    # (read to the line's end, the first URL's query would take the second's `&with=` for its own)
    text = f"{SITE}/messages?q=1 {SITE}/help&with=orla_q"
    assert not counterparts.url_names_a_counterpart(text)
    assert privacy.clean_url(f"{SITE}/messages?with=Premier+Inn") == f"{SITE}/messages?with=Premier+Inn"


def test_the_english_common_words_are_none_of_bip39s() -> None:
    english = common_words._COMMON_WORDS["English (off BIP39's list)"].split()
    assert [word for word in english if a_common_word(word)] == []


@pytest.mark.parametrize("text", ["Odbiorca: orla villa", "Empfänger: orla hof", "Nadawca: tjorven haven"])
def test_a_family_name_that_is_a_places_word_too_is_a_name_after_a_partys_label(text: str) -> None:
    # (closer 210 made every word of name_shapes' places no name's word; those that are family names too stay names)
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["Klient: firma prywatna", "Odbiorca: sklep internetowy"])
def test_a_firms_or_a_shops_word_after_a_partys_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("value", ["Neue+Nachricht", "Vue+Mer", "Frites+Maison"])
def test_common_words_of_any_language_are_no_counterpart_on_a_conversations_page(value: str) -> None:
    # (one notion of common words not a name for both of counterparts' branches: given_names.a_common_words_not_a_name
    # reads common_words' languages as lower_case_names.a_full_name_of_no_language does)
    url = f"{SITE}/messages?with={value}"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("value", ["Orla+Klein", "Orla+Quenby", "Tjorven+Dunstreth"])
def test_a_members_full_name_on_a_conversations_page_is_dropped(value: str) -> None:
    assert privacy.clean_url(f"{SITE}/messages?with={value}") == f"{SITE}/messages"
