"""Closer 197: review 33's personal values in lower case or written family name first after the rules' cues, claimed
once where the cues meet (a reading of the text), not per rule.

- lower_case_names.titled (read by detector._judged, its verdict a person's name only): two words in lower case after
  a cue (a preposition saying whom a thing is for, from, to or of by language, a label's colon, a bracket, a dash
  between blanks), ending the text or before a mark, a dash, a number, an amount, a kiss's `x` or a small joining
  word, each no vocabulary's word (record_names._a_lower_name; a time's words by language, lower_case_names
  ._TIME_WORDS; a noun's ending, `-ung`, `-cion`), are capitalized, and the rules judge that reading as they judge
  `for Given Family` (`payment to …`, `Witness: …`, `sick note for … – 7 days`). A family name, a comma and a given
  name after the same cue (`Payment to <Family>, <Given>`), no place's and no vocabulary's words, are read given name
  first.
- referral_links.an_inviter_in_lower_case (read by referral_links.referrer_parameter under an invitation's key): a
  full name in lower case (lower_case_names.a_full_name) read as an_inviters_name reads it capitalized
  (`/invite/?from=<given>+<family>`); a channel's or a campaign's words go out (`from=google+ads`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

# (closer 199 narrowed the cues to those introducing a person: a thing's label, a dash or `of` before a lower-case name,
# `mood diary of …`, `birth certificate – …`, `geburtstage: …`, `Parental consent: …`, `leaderboard #1: …`, are read no
# more; tests/test_closer199_lower_case.py)
PERSONAL = [
    'payment to maelor thistlebrook', 'Witness: maelor thistlebrook', 'tip £5 from maelor thistlebrook',
    'sick note for senna vardakis – 5 days', 'the deceased: bertil oxenhald',
    'Termin Bürgeramt 03.02.2026 für bertil oxenhald', 'Happy birthday, love from senna vardakis x',
    'Payment to Thistlebrook, Maelor', 'Reports to: Vardakis, Senna', 'Guthaben für Oxenhald, Bertil – alles Liebe!',
]

ORDINARY = [
    'steam gift card for birthday', 'gift card for gamers', 'gift card for new parents', 'gift card for coffee lovers',
    'gift card for grace kelly fans', 'payment to paypal account', 'payment to credit card',
    'transfer to savings account',
    'tip from our team', 'witness: not required', 'witness: expert evidence', 'birth certificate – long form',
    'sick note for back pain – 7 days', 'sick note for mental health', 'leaderboard: weekly challenge',
    'prescription ready – collect in store', 'session booked: free trial', 'form 8949 – sales and dispositions',
    'geburtstage: nächste woche', 'geburtstage: heute morgen', 'termin für kfz zulassung',
    'happy birthday, love from grandma and grandpa', 'tickets for taylor swift', 'flights to new york',
    'books by stephen king', 'author: jane austen', 'cod. fiscale come calcolarlo', 'classement général',
    'Payment to London, England', 'Flights to Paris, France', 'Reports to: Head, Marketing', 'Payment to Amazon, Inc.',
    'Gutschein für Sauna, Massage',
]

PERSONAL_URLS = ['https://shop.example.com/invite/?from=maelor+thistlebrook']

ORDINARY_URLS = [
    'https://shop.example.com/invite/?from=google+ads', 'https://shop.example.com/invite/?from=email+campaign',
    'https://shop.example.com/invite/?from=spring+sale', 'https://shop.example.com/invite/?from=landing+page',
    'https://shop.example.com/invite/?from=your+friend',
]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_full_name_in_lower_case_or_family_name_first_after_a_cue_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_after_the_same_cues_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_an_inviters_name_in_lower_case_loses_its_query(url: str) -> None:
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_a_channels_or_a_campaigns_words_under_from_go_out(url: str) -> None:
    assert privacy.clean_url(url) == url
