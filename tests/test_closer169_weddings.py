"""Closer 169: attack 78's weddings and celebrations, claimed by rule, by meaning and by language.

- key_lexicon.WEDDING_PEOPLE, key_lexicon.WEDDING_COUPLES (personal_keys._WEDDING_WORDS_169): a wedding's people before
  a name word, one or several (`bride_name`, `nombre_novia`, `nome_sposa`, `couple_names`); the couple's and the plus
  one's words alone holding a name or a couple's names (personal_keys.couple_shaped: `brautpaar`, `plus_one`,
  `?couple=<given> & <given> <family>`); privacy._parameters_reason: a blank's `+` last before an encoded `&`.
- record_names.ENGRAVED_COUPLE: a personalisation's or a print's label, then two names joined by a couple's sign or word
  by language (`Engraving: … & …`, `Grabado: … y …`, `Gravure : I. … ∞ T. …`), an honorific's pair before a family
  name (`Personalised cake topper – Mr & Mrs …`) or a full name; record_names._ENGRAVED_WORDS: an engraving's
  sentiments, metals, colours are none (`Forever & Always`, `Rose Gold`).
- cued_names._couple_beside_a_number: two words of a name beside a celebration's word in a slug, a year's or an id's
  number on the other side or after them (`/gallery/<family>-<family>-wedding-2026/`, `hochzeit-<family>-<family>-
  418627`); cued_names._WEDDING_KINDS: a wedding's kind, season, venue or people are none (`rustic-barn-wedding-2026`).
- cued_names._couple_after_an_occasion: a couple's names joined by a conjunction in the segment after a registry's
  or a gallery's occasion segment (`/wedding-registry/<given>-<family>-and-<given>-<family>`, `/boda/<given>-y-<given>-
  <family>` on a registry's host); a shop's `/wedding/salt-and-pepper-shakers` names none.
- record_names.SEATED_OR_LISTED, record_names.SEATING_LABELS: a seating plan's, a place card's or a guest list's label
  by language or a table's word and its number or name (`Table 4:`, `Tischplan – Tisch 7:`, `Place card:`, `Guest list
  (2):`, `Gästeliste:`, `Liste des invités :`), then an honorific and a family name, a full name (after a table's bare
  label only before another name or an aside: `Tisch 7: Eiche Natur` is a table's goods), or a family name before a
  comma or an initial; a seat given `to guest` and a full name; record_names._SEATING_GOODS: a list's files are none.
- cued_names._COUPLE_WEDS, cued_names._WEDDING_VERBS: a couple (one of them a full name) and a wedding's verb by
  language (`… and … are getting married`, `… y … … se casan`), or `weds` between their names (`… weds … …`).
- cued_names._ROYAL_TITLES: a royal title before the first name after a celebration's word is a public figure's
  (`Royal wedding of Prince … and …` goes out).
- record_names.FAMILY_WEDDING_DATED: a couple's honorifics or a wedding named for a family before its year or date
  (`Mr & Mrs … 2026`, `The … Wedding 12.06.2026`; not `The Royal Wedding 2026`).
"""

from __future__ import annotations

import pytest

from meta_capi import cued_names, detector, personal_keys, privacy

WEDDING_KEYS = ["bride_name", "groom_name", "nombre_novia", "nome_sposa", "nom_mariee", "braeutigam_name",
                "couple_names", "bruid_naam", "noiva_nome", "bride_first_name"]
ORDINARY_KEYS = ["bride_to_be_sash", "wedding_date", "couple_id", "plus_one_allowed", "bride", "groom", "couple",
                 "product_name", "wedding_theme"]


@pytest.mark.parametrize("key", WEDDING_KEYS)
def test_a_weddings_person_key_is_personal(key: str) -> None:
    assert personal_keys.personal_tokens(personal_keys.key_tokens(key))


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_weddings_other_key_is_ordinary(key: str) -> None:
    assert not personal_keys.personal_tokens(personal_keys.key_tokens(key))


COUPLES_UNDER_KEYS = [
    ("couple", "Anselma Threfwick & Corvin Dallowmere"), ("couple", "Anselma & Corvin Threfwick"),
    ("brautpaar", "Anselma und Corvin Threfwick"), ("novios", "Anselma y Corvin Threfwick"),
    ("plus_one", "Corvin Dallowmere"), ("plus-one", "Corvin Dallowmere"), ("sposi", "Anselma e Corvin Threfwick"),
]
NO_COUPLE_UNDER_KEYS = [("couple", "Mr & Mrs"), ("plus_one", "Yes"), ("couple", "Gold & Silver"),
                        ("plus_one", "2 guests"), ("couple", "yes")]


@pytest.mark.parametrize(("key", "value"), COUPLES_UNDER_KEYS)
def test_a_couples_key_holding_names_is_personal(key: str, value: str) -> None:
    assert privacy._key_refusal(key, value)


@pytest.mark.parametrize(("key", "value"), NO_COUPLE_UNDER_KEYS)
def test_a_couples_key_holding_no_name_goes_out(key: str, value: str) -> None:
    assert not privacy._key_refusal(key, value)


def test_a_couple_in_an_encoded_query_is_personal() -> None:
    assert privacy.embedded_reason("https://shop.example/registry?couple=Anselma+Threfwick+%26+Corvin+Dallowmere")


ENGRAVINGS = [
    "Engraving: Anselma & Corvin 14.08.2027", "Gravur innen: Anselma & Corvin 14.08.2027",
    "Gravure : A. Threfwick ∞ C. Dallowmere 14/08/2027", "Grabado: Anselma y Corvin · 14-08-2027",
    "Incisione: Anselma Threfwick 14.08.2027", "Personalised cake topper – Mr & Mrs Threfwick 2027",
    "Engraved ring – 'Corvin Dallowmere forever'", "Monogram napkins – AT & CD – Anselma Threfwick",
    "Embroidered towels: Anselma and Corvin", "Custom wine label: The Threfwick Wedding 14.08.2027",
    "Mr & Mrs Threfwick 2027",
]
ORDINARY_ENGRAVINGS = [
    # (the lead's merge: an occasion's wish and kin, beside closer 167's `Print: Happy Birthday with Love`)
    "Engraving: Mum & Dad 2026", "Print: Happy Birthday with Love",
    "Engraving: Forever & Always", "Engraving: Love & Light 2026", "Engraved Ring – Rose Gold",
    "Engraved ring – tungsten, 6 mm", "Personalised engraving – up to 20 characters", "Cake topper – Mr & Mrs – oak",
    "Mr & Mrs cushion – grey", "Mrs & Mrs mugs – set of 2", "Engraving: Paris & London", "Gravur: Für Immer",
    "Engraving: Gold & Silver", "The Royal Wedding 2026", "The Summer Wedding 12.06.2026", "The Beatles 1965",
    "Team Bride sash – rose gold", "Happy 40th Birthday banner – gold", "Summer weddings 2026",
]


@pytest.mark.parametrize("text", ENGRAVINGS)
def test_an_engraved_couple_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY_ENGRAVINGS)
def test_an_engravings_option_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


SLUGS = [
    "https://photos.example-studio.com/gallery/threfwick-dallowmere-wedding-2027/proofs",
    "https://fotograf.example.de/galerie/hochzeit-threfwick-dallowmere-551902",
    "https://www.listadebodas.example.es/boda/anselma-y-corvin-threfwick",
    "https://www.example-registry.com/wedding-registry/anselma-threfwick-and-corvin-dallowmere-york/551902",
    "https://x.example/lista-de-bodas/anselma-y-corvin-threfwick",
]
ORDINARY_SLUGS = [
    "https://boutique.example.de/wedding/dresses/ivory", "https://boutique.example.de/hochzeit/deko",
    "https://photos.example-studio.com/gallery/summer-weddings-2026", "https://www.zola.com/wedding-planning/registry",
    "https://x.example/weddings/rustic-barn-wedding-2026", "https://x.example/blog/lake-como-wedding-2026",
    "https://x.example/blog/tuscany-villa-wedding-2025", "https://x.example/wedding/salt-and-pepper-shakers",
    "https://x.example/hochzeit/braut-und-brautigam-figuren", "https://x.example/wedding-registry/kitchen-and-dining-sets",
    "https://x.example/wedding-2026/table-and-chair-hire", "https://x.example/wedding/bride-and-groom-gifts",
]


@pytest.mark.parametrize("url", SLUGS)
def test_a_couples_slug_is_personal(url: str) -> None:
    assert cued_names.celebration_file(url)


@pytest.mark.parametrize("url", ORDINARY_SLUGS)
def test_a_celebrations_catalogue_slug_goes_out(url: str) -> None:
    assert not cued_names.celebration_file(url)


SEATED = [
    "Table 4: Anselma Threfwick, Corvin Dallowmere", "Tischplan – Tisch 7: Anselma Threfwick (vegetarisch)",
    "Plan de table – Table Lavande : Threfwick Anselma, Dallowmere Corvin",
    "Escort card – Anselma Threfwick – Table 12",
    "Place card: Mrs Threfwick", "Tafelschikking tafel 2 – Anselma Threfwick",
    "Seat 12B assigned to guest Anselma Threfwick", "Guest list (2): Anselma Threfwick; Corvin Dallowmere",
    "Gästeliste: Threfwick, Anselma – Zusage", "Liste des invités : Threfwick A., Dallowmere C.",
    "Lista de invitados: Anselma Threfwick (2)", "Segnaposto: Sig.ra Threfwick",
]
ORDINARY_SEATING = [
    "Place cards – blush, set of 50", "Table numbers 1–20 – gold acrylic", "Guest book – linen, 120 pages",
    "Table 4: Rose Gold", "Guest list: Download PDF", "Table 12: Round Oak", "Tisch 7: Eiche Natur",
    "Mesa 3: Centro de Mesa", "Guest list (120): Excel Template", "Table 5: Oak, Walnut", "Seating chart tips",
]


@pytest.mark.parametrize("text", SEATED)
def test_a_seated_or_listed_guest_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY_SEATING)
def test_a_seating_plans_goods_go_out(text: str) -> None:
    assert detector.reason(text) == ""


WEDDED = ["Anselma Threfwick and Corvin Dallowmere are getting married!", "Anselma weds Corvin Dallowmere – Sangeet",
          "Anselma y Corvin Threfwick se casan", "Anselma und Corvin Threfwick heiraten"]
NOT_WEDDED = ["Royal wedding of Prince William and Kate Middleton", "Hochzeit von Königin Silvia und Carl Gustaf",
              "Bride and Groom are getting married", "Gold & Silver are engaged", "Mr and Mrs are getting married",
              "Jeff Bezos and Lauren Sánchez marry in Venice", "Happy Couple weds Forever"]


@pytest.mark.parametrize("text", WEDDED)
def test_a_couple_wedding_is_named(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_WEDDED)
def test_no_couple_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
