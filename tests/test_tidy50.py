"""Tidy 50: an outside reader's findings on session 49's change, where a verdict moves.

- A quote's customer is a name by its shape, the family name in capitals before the given name, whether or not the
  given name is a known one (personal_documents._a_customer_in_capitals): `Quote_NGUYEN_Thanh.pdf` is refused; a
  quote's status in capitals and its job, common words of a language (common_words.py: a home's rooms and works, a
  file's state), are no name (`Devis_TRAVAUX_Cuisine.pdf` goes out).
- A chat's greeting is greetings.py's (greetings.GREETING_ALTERNATION since closer 213): `heya` joins greetings.py (a
  greeting: `Heya <Given> <Family>, …` refused, by chat_lines and greetings both; review 38's `Buongiorno`, `Hallå`,
  `Cześć` before a full name are refused too); `yo`, Spanish's `I` as often, is no
  greeting's only and leaves chat_lines; French's `chez nous vous` are common words (`Bienvenue Chez Nous, …`).
- A German compound ending on a common noun is a common noun (common_words._COMPOUND_HEADS: `-spiel`, `-fest`,
  `-feier`, `-bericht`, `-abend`, `-karte`, `-blick`, `-seite`, `-essen`, `-zimmer`, `-mitglieder`) in place of the
  compounds listed one by one: `Reservation for Elternabend, 20 guests` goes out; not `-haus`, `-heim`, which family
  names end on (`Reservation for Neuhaus, 2 guests` is refused).

The price (asserted below): a family name that is a common word of a language before a given name off given_names'
list (names 51 put `Thanh` on the list: `Devis_BAIN_Thanh.pdf` is refused); a full name greeted by `yo` (`Yo Orla
Quenby, drinks friday?`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    'Devis_TRAVAUX_Cuisine.pdf', 'Offerte_DEFINITIEF_Keuken.pdf', 'Quote_URGENT_Boiler.pdf',
    'Quote_UPDATED_Kitchen.pdf', 'Estimate_TOTAL_Cost.xlsx', 'Presupuesto_REFORMA_Cocina.pdf',
    'Preventivo_BAGNO_Completo.pdf', 'Devis_PLOMBERIE_Urgence.pdf', 'Quote_Albert_Einstein.png',
    'Bienvenue Chez Nous, entrez vite!', 'Heya Gym Rats, leg day tomorrow?', 'Yo Gym Rats, leg day tomorrow?',
    'Reservation for Elternabend, 20 guests', 'Tisch für Elternabend, 20 Personen', 'Neues Heimspiel: wer kommt mit?',
    'Reservation for Sommerfest, 20 guests', 'Tisch für Geburtstagskarte, 2 Personen',
    # (the price: personal variants that go out)
    'Yo Orla Quenby, drinks friday?',
]

PERSONAL = [
    'Quote_NGUYEN_Thanh.pdf', 'Quote_SMITH_John.pdf', 'Devis_DUPONT_Jean.pdf', 'Presupuesto_GARCIA_Lucia.pdf',
    'Quote_KLEIN_Orla.pdf', 'Devis_QUENBY_Orla.pdf', 'Quote_NGUYEN_Thanh_2026.pdf', 'Devis_BAIN_Thanh.pdf',
    'Heya Orla Quenby, drinks friday?', 'Heya Velmora Quistrandel, drinks friday?',
    'Reservation for Neuhaus, 2 guests', 'Reservation for Oppenheim, 2 guests', 'Velmora Neuhaus: wer kommt mit?',
    'Buongiorno Orla Quenby, ci vediamo?', 'Hallå Tjorven Dahlberg, ses vi?', 'Cześć Orla Quenby, co słychać?',
    'Willkommen Velmora Quistrandel, wie gehts?', 'Bienvenue Velmora Quistrandel, entrez vite!', 'Heya Orla,',
]

globals().update(review_tests(globals()))
