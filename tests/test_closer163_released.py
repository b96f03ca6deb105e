"""Closer 163: ordinary values the gate refused (review 26's and the seventy-third to seventy-fifth attacks' DROPPED),
released by rule, each with personal neighbours that stay refused.

- allergens.ALLERGENS (read by allergens.allergens_after in postal._named_no_one): the fourteen EU allergens' words
  by language after an allergy's label are a menu's, not a name (`Allergy: Peanuts`, `Allergie: Erdnüsse, Milch`);
  a name after it stays refused, allergens beside it too.
- postal._ORGANIZATIONS (its offices' and receptions' words by language, read by named_in_text._crm_person too): a
  school's office after an emergency contact's label (`Emergency contact: School Office`, `Notfallkontakt:
  Sekretariat`).
- reviews._PUBLISHERS: a letters' collection's title, its author right after the letters' word and a publisher's
  word after the comma (`Letters: Ted Hughes, Faber`); a letter said, then signed with a name and a town, stays.
- handles._PRODUCT_CODE: three parts or more in capitals and digits joined by dashes after `Line ID:` are a
  broadband product's code (`GEA-FTTC-80`); a LINE id is its user's, in lower case.
- postal._NONE_WORDS, postal._NAME_NOUNS, postal._CLUB_OPENERS: `no name` by language and a club's word then a known
  town after a name's label (`Name: NO NAME`, `Nombre: REAL MADRID`); a person's name with a club's word after its
  given name stays refused.
- national_ids._CODE_PREFIX: a code's letters and a dash glued before nine digits (`RM-152847391`, a portal's
  listing) are no BSN nor NIF; a country's code of those ids (`PT-`) and a personal label before stay refused.

Left, by choice: `Booking: Body Pump 45 – Les Mills` (a person's full name in shape: only a brand's list would
tell), the UK's 0300 line (`Action Fraud 0300 123 2040`: Pakistan's mobiles share its digits and its grouping,
`Ali Khan 0300 123 4567 Lahore`), `Name: ARSENAL` (one word in capitals is a printed family name's shape),
`@Marks.Spencer` (no brand list), and the keys `notfallkontakt_label`, `vrm_lookup` (closer 159 keeps a label's, a
hint's and a lookup's key the field's).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

RELEASED = [
    "Allergy: Peanuts", "Allergie: Gluten", "Allergie: Erdnüsse, Milch", "Allergy: Tree Nuts And Sesame",
    "Allergies: Milk, Eggs", "Allergène : Arachides", "Alergia: Gluten", "Allergia: Arachidi",
    "Emergency contact: School Office", "Notfallkontakt: Sekretariat", "Emergency contact: Reception",
    "Letters: Ted Hughes, Faber", "Letters: Edward Said, Verso",
    "Line ID: GEA-FTTC-80",
    "Name: NO NAME", "Nombre: REAL MADRID", "Name: Borussia Dortmund",
    "RM-152847391", "Listing RM-152847391",
]
PERSONAL = [
    "Allergy: Quendrix Tarvenholm", "Allergie: Liesgard Vellquarrin – Erdnüsse, Notfallset im Ranzen",
    "Allergy: Peanuts, Quendrix Tarvenholm",
    "Emergency contact: Quendrix Tarvenholm", "Notfallkontakt: Liesgard Vellquarrin",
    "Letters: I was appalled by your coverage. Osric Pellendrake, Hebden Bridge",
    "Letters: Marta Vellingroe, Harrogate",
    "LINE ID: chenmeiling88", "Line ID: LK12345678", "LINE ID: jo-smith-88",
    "Name: MARIA REAL", "Name: Alexandra Paris", "Nombre: MARIA LOPEZ",
    "0300 1234567", "Call 0300-1234567", "Mobile: 0300 123 2040",
    "Ali Khan 0300 123 4567 Lahore", "0300 123 4567",
    "152847391", "PT-152847391", "BSN: RM-152847391",
]


@pytest.mark.parametrize("value", RELEASED)
def test_an_ordinary_value_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_a_personal_neighbour_stays_refused(value: str) -> None:
    assert detector.reason(value) != ""
