"""Tidy 50: an outside reader's findings on session 49's change, where a verdict moves.

- A quote's customer is a name by its shape, the family name in capitals before the given name, whether or not the
  given name is a known one (personal_documents._a_customer_in_capitals): `Quote_NGUYEN_Thanh.pdf` is refused; a
  quote's status in capitals and its job, common words of a language (common_words.py: a home's rooms and works, a
  file's state), are no name (`Devis_TRAVAUX_Cuisine.pdf` goes out).

The price (asserted below): a family name that is a common word of a language before a given name off given_names'
list (`Devis_BAIN_Thanh.pdf`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    'Devis_TRAVAUX_Cuisine.pdf', 'Offerte_DEFINITIEF_Keuken.pdf', 'Quote_URGENT_Boiler.pdf',
    'Quote_UPDATED_Kitchen.pdf', 'Estimate_TOTAL_Cost.xlsx', 'Presupuesto_REFORMA_Cocina.pdf',
    'Preventivo_BAGNO_Completo.pdf', 'Devis_PLOMBERIE_Urgence.pdf', 'Quote_Albert_Einstein.png',
    # (the price: a personal variant that goes out)
    'Devis_BAIN_Thanh.pdf',
]

PERSONAL = [
    'Quote_NGUYEN_Thanh.pdf', 'Quote_SMITH_John.pdf', 'Devis_DUPONT_Jean.pdf', 'Presupuesto_GARCIA_Lucia.pdf',
    'Quote_KLEIN_Orla.pdf', 'Devis_QUENBY_Orla.pdf', 'Quote_NGUYEN_Thanh_2026.pdf',
]

globals().update(review_tests(globals()))
