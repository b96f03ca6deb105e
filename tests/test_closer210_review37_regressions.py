"""Closer 210: review 37's other regressions of session 47, fixed by rule, with their nearest look-alikes both ways.

- Common English words in a person's place, not after a known given name (given_names.a_common_words_not_a_name:
  bip39_words.a_common_word, given_names.GIVEN_NAMES) are a tool's, a state's, a class's or a product's: a bot before
  its handle (named_in_text._joined_member: `Ticket Tool (tickettool) joined`), a register's bracket
  (home_services._a_holder: `(Expires June)`), a class congratulated (greetings: `Year Six, winners`), a selfie's
  file (cued_names.document_file: `Selfie_Ring_Light.jpg`), a pro's service after its dash
  (home_services._a_pros_service: `Nanny – Maternity Cover`), an inbox's counterpart
  (counterparts: `?with=Trust+Safety`, with a hotel's word, name_shapes.LODGING_WORDS: `Premier+Inn`).
- A party label's pointer, negation and shop words in its other languages (lower_case_names._POINTER_WORDS,
  name_shapes.a_place_or_firm_word): `Odbiorca: patrz zamówienie`, `Klient: firma prywatna`.
- A mourning's wish of a common word's past or plural (genealogy._a_names_shape: `Always Loved`).
- A running text's account all of vocabulary's words (handles._running_text_account, dating.a_vocabulary_word:
  `block spam_calls`).
- A quote's customer in capitals before a known given name only (personal_documents: `Devis_TRAVAUX_Cuisine.pdf`).
Each rule's personal cases stay refused.
"""

from __future__ import annotations

import pytest

from meta_capi import privacy
from review_cases import review_tests

ORDINARY = [
    'Gas Safe ID 123456 (Expires June)', 'Devis_TRAVAUX_Cuisine.pdf', 'Offerte_DEFINITIEF_Keuken.pdf',
    'Quote_URGENT_Boiler.pdf', 'Ticket Tool (tickettool) joined the server', 'Rythm Music (rythm) joined the server',
    'Double Counter (doublecounter) joined the server', 'Odbiorca: patrz zamówienie', 'Navn: ikke oppgitt',
    'Klient: firma prywatna', 'Nadawca: sklep internetowy', 'Nome: não informado', 'Rest in Peace, Always Loved',
    'block spam_calls', 'my ig is shadow_banned lol', 'Selfie_Ring_Light.jpg', 'selfie_Summer_Vibes.jpg',
    'Selfie_Mirror_Gold.png', 'Congratulations to Year Six, winners of sports day', 'Nanny – Maternity Cover',
    'Sitter – Cat Feeding', 'Tasker – Wall Mounting',
]

PERSONAL = [
    'Gas Safe ID 123456 (Orla Quenby)', 'Gas Safe ID 123456 (Tjorven Dunstreth)', 'Devis_QUENBY_Orla.pdf',
    'Offerte_DUNSTRETH_Tjorven.pdf', 'Orla Quenby (orlaq) joined the server',
    'Tjorven Gold (tjorveng) joined the server', 'Odbiorca: orla quenby', 'Navn: tjorven dunstreth',
    'Klient: orla quenby', 'Nome: orla quenby', 'Rest in Peace, Orla Quenby', 'block quistrandel_velmo',
    'my ig is velmo.quistrandel lol', 'Selfie_Orla_Quenby.jpg', 'Selfie_Orla_Gold.jpg',
    'Congratulations to Orla Quenby, winner of the prize draw',
    'Congratulations to Tjorven Dunstreth, winners of sports day', 'Sitter – Orla Fielding', 'Carer – Orla Walker',
    'Babysitter – Tjorven Dunstreth',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}/messages/?with={value}" for value in ('Trust+Safety', 'Delivery+Updates', 'Premier+Inn')]
COUNTERPART_URLS = [f"{_SITE}/messages/?with={value}" for value in ('Orla+Quenby', 'Tjorven+Dunstreth', 'Orla+Gold')]


@pytest.mark.parametrize("url", COUNTERPART_URLS)
def test_a_counterparts_name_is_dropped(url: str) -> None:
    assert privacy.clean_url(url) == f"{_SITE}/messages/"


globals().update(review_tests(globals()))  # (PERSONAL kept, ORDINARY out, ORDINARY_URLS whole)
