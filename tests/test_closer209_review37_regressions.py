"""Closer 209: review 37's regressions of session 47, fixed by rule, with their nearest look-alikes both ways.

- dating.py (closer 205): a member named by a match's, a like's, a report's, a `filed by` or a record's last dashed
  field is a name whose words no vocabulary holds (dating._no_vocabularys_words: lower_case_names.a_name_word, the
  common English words, places, brands; and _NOTICE_WORDS by language, a dating app's audiences, a profile's
  qualities, a report's reasons, an offer's words). `Like sent to Top Picks`, `Report user: Fake Profile`, `Tinder
  Gold – 1 month – Best Value` go out; a member's name, an initial or a particle in it, is still refused.
- `?reg=` (closer 203): six letters a vocabulary holds and a digit are a promotion's code (privacy._a_worded_code:
  lower_case_names.a_name_word, referral_links.NOT_A_REFERRER with its tiers): `SUMMER1`, `GOLDEN1` go out; a vanity
  plate's six letters spell a name no vocabulary holds (`QUENBY1`), still refused.
- a phone's label before round groups (closer 206): a call's preposition or pronoun of four letters or more (`Ruf
  mich an unter`: detector._CALL_PHRASE_WORDS) or a person's capitalized name, one or two words no vocabulary holds,
  the first no agent's noun nor a plural (detector._names_its_person: `Tel. Orla:`, `Phone Orla Quenby`) leave the
  label its number's; a job's title before a salary (`Call Handler`, `Phone Sales`, `Account Manager`) still goes
  out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector
from review_cases import review_tests

ORDINARY = [
    # (dating: pages, audiences, reasons and offers where a member's name would stand)
    'Like sent to Top Picks', 'Match mit Echten Menschen!', 'Report user: Fake Profile', 'Denuncia de Perfil Falso',
    'Report 482913 filed by Trust Safety', 'Tinder Gold – 1 month – Best Value', 'Meetic – 3 mois – Offre Spéciale',
    'Hotel 482913 – 2 nights – Grand Hyatt', 'Gift sent to Verified Members', 'Segnalazione di Contenuto Inappropriato',
    'Hinge+ – 3 months – Most Popular',
    # (a phone's or a call's word as a job's modifier before a salary's range)
    'Call Handler: 22 000 – 24 000 £', 'Phone Sales: 24 000 – 28 000 £', 'Account Manager: 38 000 – 42 000 €',
    'Telefonistin: 28 000 – 32 000 €', 'Mobile Operator 30 000 – 34 000 €', 'Account Executive 45 000 – 55 000 $',
]

PERSONAL = [
    # (dating: a member's name, an initial or a particle in it)
    'Like sent to Velmora Quistrandel', 'Report user: Velmora Quistrandel – fake profile',
    'Tinder Gold – 1 month – Velmora Q.', 'Match avec Velmora de Quistrandel',
    'Report 482913 filed by Velmora Quistrandel',
    # (a phone's label, a call's preposition or a person's name before round groups)
    'Ruf an unter 38 000 – 42 000', 'Ruf mich an unter 38 000 – 42 000', 'Phone Orla Quenby 38 000 – 42 000',
    'Tel. Orla: 38 000 – 42 000', 'Tel: 38 000 – 42 000', 'Tel. Office: 38 000 – 42 000',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}/p?reg={code}" for code in (
    'SUMMER1', 'GOLDEN1', 'LAUNCH1', 'REGION1', 'SILVER2', 'HOLIDAY1')]
PERSONAL_URLS = [f"{_SITE}/quote?reg={code}" for code in ('QUENBY1', 'quenby1', 'VELMOR1')]


# (session 48's last read) A known given name after a phone's label is a person's whatever its ending (`Peter`,
# `James`); a party's size word is read in its folded form (`Gäste`): both kept.
@pytest.mark.parametrize("text", [
    "Phone James Quenby 38 000 – 42 000", "Tel. Peter: 38 000 – 42 000", "Reservierung für Müller, 2 Gäste",
    "Rezerwacja dla Kowalski, 4 osób",
])
def test_a_given_name_with_an_agents_ending_and_a_folded_party_size_are_kept(text: str) -> None:
    assert detector.reason(text) != ""


globals().update(review_tests(globals()))  # (PERSONAL kept, ORDINARY out; the URLs whole or cut)
