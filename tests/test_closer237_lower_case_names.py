"""Closer 237: review 36's and review 43's lower-case names and short names, closed by rule, with their nearest
look-alikes both ways.

- A full name in lower case after a party's or a role's label of one word (key_lexicon's parties and shop roles,
  PEOPLE_BY_ROLE, English's buyer and seller: `student:`, `tenant:`, `Käufer:`) is read with a name's evidence, not
  for being two words no table holds (closer 231's reading the session 54's lead took back):
  lower_case_names._a_role_labels_name asks the pair to end its line, its words to be no common word of any gate
  language unless a known given name opens them (a_full_name_of_no_language), a known given name first or a family
  name's ending on the second (_FAMILY_ENDINGS: `-ham`, `-way`, `-moor`, `-son`, `-ini`…, or
  name_shapes.a_family_name_by_its_shape), neither word a label's and the first no determiner.
- A lower-case full name of another shape after a person's cue (a preposition, a person's label): a capitalized given
  name before a lower-case family name, a middle name between, an initial before a family name with a family name's
  ending, or the two words joined by a hyphen (lower_case_names._CUED_OTHER_SHAPE, _other_shape), read capitalized as
  the lower-case pair is.
- A device's host name as iOS and macOS make it (`anna-iphone`, `Annas-MacBook-Pro`): a known given name, maybe its
  `s`, a hyphen and a device's own spelling (device_owners._HOST_NAME).
- A member's slug after a conversation's preposition's segment or on a dating site's notice that is a known given name
  alone no vocabulary holds (`/messages/with/anna`, `/dating/match/anna`), or a known given name before a two-letter
  family name (`/messages/with/ming-li`): counterparts._a_members_given_name.

The price (asserted below): two words no vocabulary holds, the second with a family name's ending, alone after a
role's label (`seller: zorvak tradewell`); a shop named by a given name alone after a conversation's preposition
(`/messages/with/sofia`); a colour's slug named like a given name before a device's word (`jade-iphone`). Review
43's `/messages/with/jimmy-choo` and `hi tommy hilfiger, …` stay refused.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    # (the session 54's lead's look-alikes after a role's label: a state's, a programme's or a question's words)
    'Alumno: nuevo ingreso', 'studente: fuori sede', 'Unfallgegner: was tun?', 'CAF – allocataire : vos démarches',
    'driver: named driver', 'tenant: student let', 'studente: fuori corso', 'Alumno: primer ingreso',
    'estudiante: medio tiempo', 'tenant: fixed term', 'voter: postal ballot', 'étudiant: boursier échelon',
    'élève: demi pensionnaire', 'alumno: becado parcial', 'inquilino: contrato indefinido', 'locataire: bail mobilité',
    'seller: fulfilled amazon', 'Mitglied: beitragsfrei gestellt', 'tenant: periodic tenancy',
    'student: undergrad freshman', 'employee: remote worker', 'seller: ebay powerseller', 'seller: vintage season',
    'member: annual season', 'player: free transfer', 'renter: long term', 'attendee: general admission',
    'buyer: trade only', 'landlord: letting agent', 'member: gold plus',
    # (a name's pair not ending its line: a sentence goes on)
    'student: quessa brindlemoor wrote',
    # (other shapes' look-alikes after a preposition: a thing's or a place's words)
    'tested for e. coli', 'for dry sensitive skin', 'Message from Customer care', 'Booking confirmed for Jungle safari',
    'from Tokyo kitchens', 'for Anti-aging', 'for long-lasting', 'for self-care', 'Delivered by Royal mail',
    'gift for dog-lovers', 'Payout to Bank transfer', 'Message from support team', 'from Paris france',
    'for Amazon prime', 'Paziente: Prima visita', 'Můj účet – Objednávky',
    # (a host name's look-alikes: a shop's slug, a state's word, a model's number)
    'apple-iphone', 'used-iphone', 'refurbished-iphone', 'case-iphone', 'iphone-15', 'sofia-iphone-case',
    'zara-iphone',
]

PERSONAL = [
    # (a role's label before a lower-case full name with a name's evidence)
    'student: quessa brindlemoor', 'attendee: quessa brindlemoor', 'tenant: davor kellingham',
    'landlord: brenna calloway', 'driver: quessa brindlemoor', 'buyer: davor kellingham', 'seller: brenna calloway',
    'Mieter: jonas brenner', 'tenant: anna schmidt', 'Student: anna lee', 'locataire : brenna calloway',
    'inquilino: renske tarvellini', 'Käufer: davor kellingham\nBetrag: 120 €',
    # (other shapes after a person's cue)
    'Booking confirmed for brenna mae calloway', 'Payout to b. calloway', 'Message from Brenna calloway',
    'gift for brenna-calloway',
    # (a device's host name after a known given name: device_owners._HOST_NAME)
    'anna-iphone', 'annas-iphone', 'Annas-MacBook-Pro', 'anna-ipad-2.local', 'emma-iphone',
]

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/messages/with/support', '/messages/with/zara', '/dating/match/jordan', '/dating/match/florence',
    '/messages/with/victoria', '/dating/match/london', '/messages/with/georgia', '/messages/with/paris',
    '/messages/with/amazon', '/dating/match/settings', '/messages/anna', '/chat/emma',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/dating/match/anna', '/messages/with/anna', '/messages/with/ming-li', '/nachrichten/mit/anna',
    '/dating/like/anna',
)]

globals().update(review_tests(globals()))

PRICES = [
    'seller: zorvak tradewell', f"{_SITE}/messages/with/sofia", 'jade-iphone', f"{_SITE}/messages/with/jimmy-choo",
    'hi tommy hilfiger, your return is processed',
]


@pytest.mark.parametrize("value", PRICES)
def test_the_prices_are_refused(value: str) -> None:
    if value.startswith("https://"):
        assert privacy.clean_url(value) != value
    else:
        assert detector.reason(value) != ""
