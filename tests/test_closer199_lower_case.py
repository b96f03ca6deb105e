"""Closer 199: closer 197's lower-case reading, narrowed until only people move (reviews 33 and 34).

- lower_case_names.titled (read by detector._titled_reason, its verdict a person's name only): two words in lower case
  are capitalized, and the rules judge that reading as they judge `for Given Family`, only
  - after a cue that introduces a person: a preposition saying whom a thing is for, from, by or to, by language
    (lower_case_names._PREPOSITION; not `of`, `de`, `van`, a dash nor a bracket), or a person's label and its colon
    (lower_case_names._a_persons_label: _PARTY_LABELS by language and the kin, pickup people, recruiters, bettors,
    witnesses, clients and pros of role_labels and home_services), never a channel's nor a thing's label
    (`WhatsApp: …`, `Allergie: …`) nor a meeting's or a sales pipeline's role (`Lead: hot prospect`);
  - when each word may be a name's (lower_case_names._a_name_word): a vowel in it, no time's word, no noun's ending,
    no pointer's or negation's word (_POINTER_WORDS: `see`, `voir`, `not`), no web page's word (_WEB_WORDS), no
    common English word of BIP39's list (_COMMON_WORDS, a plural's `s` aside), no role's plural, no standing's
    (standings.STANDING_WORDS), brand's (brand_words.BRAND_WORDS), place's (postal._a_place) or team's word, and the
    pair one record_names._a_lower_name reads as a name.
- A family name, a comma and the given name after the same cues are read given name first only when both words are
  capitalized and the family name may be a name's (`Payment to <Family>, <Given>`; `Allergie: Erdnüsse, Milch` goes
  out).
Each personal value below is refused and each ordinary one beside it, the nearest lower-case words after the same
cues (searches, titles, a channel's or a thing's label), goes out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSONAL = [
    # (a person's label and its colon: a client's, a pro's, a bettor's, a player's, a witness's, a party's)
    'homeowner: brenna calloway', 'Sitter: quessa brindlemoor', 'Tipster: davor kellingham',
    'Player: quessa brindlemoor – Lotto', 'Witness: davor kellingham', 'recipient: brenna calloway',
    'Customer: quessa brindlemoor', 'Empfänger: davor kellingham', 'destinataire : quessa brindlemoor',
    # (a preposition saying whom a thing is for, from, by or to)
    'Booking confirmed for brenna calloway', 'Message from davor kellingham:', 'Bet slip shared by quessa brindlemoor',
    'Self-exclusion confirmed for brenna calloway', 'Payout to davor kellingham',
    'Payment request from quessa brindlemoor', 'Rechnung für davor kellingham',
    # (a capitalized family name, a comma and the given name after the same cues)
    'Tasker: Brindlemoor, Quessa', 'Booking confirmed for Calloway, Brenna', 'Payout to Kellingham, Davor',
]

ORDINARY = [
    # (the nearest lower-case words after the same cues: an audience, a team, a time, a standing)
    'gift card for gamers', 'gift card for coffee lovers', 'message from support', 'message from customer service',
    'message from the team', 'booking confirmed for tomorrow', 'booking confirmed for saturday morning',
    'booking confirmed for two adults', 'sitter: available weekends', 'sitter: dog lover', 'tipster: racing tips',
    'tipster: daily picks', 'player: free agent', 'player: level up', 'witness: not required',
    'homeowner: first time buyer', 'homeowner: detached house', 'payout to bank account',
    'bet slip shared by friends', 'payment request from paypal', 'payment to credit card',
    'transfer to savings account', 'tip from our team',
    # (a pointer or a negation after a person's label, a web page's words, a role's plural)
    'Recipient: see order', 'recipient: see below', 'destinataire : voir commande', 'Empfänger: siehe rechnung',
    'name: not provided', 'name: your name', 'key recipient_full_name: url query',
    'candidate: shortlisted applicants', 'customer: guest checkout',
    # (a channel's or a thing's label, a preposition the reading does not take)
    'WhatsApp: chat now', 'telegram: join channel', 'Allergie: Erdnüsse, Milch', 'posters of harry potter',
    'Lead: hot prospect', 'Lead: cold outreach', 'zona: centro storico', 'zona: nord est',
    # (searches and titles: a cause, a place, a product, a maker)
    'Zakat for orphans appeal', 'great quality, delivered to harare cbd', 'flights to new york',
    'shoes for flat feet', 'cream for dry skin', 'recipes for sourdough bread', 'sent from my iphone',
    'powered by shopify plus', 'delivered by royal mail', 'ships from amazon warehouse', 'cadeau pour saint valentin',
    'books by stephen king', 'author: jane austen', 'tickets for taylor swift', 'vote for bernie sanders',
    # (capitalized words, a comma, after the same cues: a place, a department, goods)
    'Payment to London, England', 'Reports to: Head, Marketing', 'Gutschein für Sauna, Massage',
]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_full_name_in_lower_case_after_a_persons_cue_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_lower_case_words_after_the_same_cues_go_out(text: str) -> None:
    assert detector.reason(text) == ""
