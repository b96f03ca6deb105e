"""A date's or a table's person (closer 207, ninetieth attack: dating and matchmaking), beside booked_names.py's
labels and phrases, for the detector (called with them, on a text holding a booking's stem):

- a booking's phrase (key_lexicon.BOOKED_FOR: `Reservation for`, `Tisch für`, `Réservation pour`) before one word, a
  comma and the party's size (`Reservation for <Family>, 2 guests, Friday 8pm`): the name the table is booked under,
  no vocabulary's word (lower_case_names.a_name_word) nor a meal's, a day's or an occasion's (booked_names' words:
  `Reservation for Dinner, 2 guests`, `Reservation for 2, Friday 8pm` go out); (closer 212, review 38) nor a common
  word of the gate's languages (common_words: `Omakase`, `Patio`, `Frühstück`, `Stammtisch`), unless a known given
  name (given_names: `Reservation for Orla, 2 guests`);
  (closer 213, review 38) The name in any case before a size after a comma, a dash or a bracket, a size in words,
  adults, or a party's words before the size (key_lexicon.PARTY_SIZES: `party of 2`);
- a text naming a booking or saying booked (`Date booked: …`, `Reservation …`, `gebucht`) with, after the booking's
  word, a field opened by a dash, a pipe or a comma holding `with` (`w/`, `mit`, `avec`...) and a full name no
  vocabulary of any language holds (lower_case_names.a_matched_full_name, below), ending the text or before `at` and a
  place: `Date booked: Sat 14 Feb, 19:30 – <venue> – with <Given> <Family>`; (closer 213) in one case (in lower case
  opening on a known given name), with particles, or a known given name alone or with an initial; a room's or a
  table's feature or a trainer's kind goes out in any language (`Table booked – with Garden View`, `Room booked – with
  Hot Tub`, `Réservation – avec Vue Mer`, `Booking – with Personal Trainer`).

(Closer 218, review 40) Both read a full name written any common way (name_shapes.FULL_NAME_ANY_WAY, FAMILY_FIRST,
judged by lower_case_names.a_matched_full_name): capitals, hyphen, apostrophe, an initial first, family name first.

(Closer 223, review 41) A meal's or an outing's words by language opening a clause (`Dinner with …`, `Date night w/ …`,
`Abendessen mit …`, `Dîner avec …`, `Cena con …`) before `with` and a full name written any common way, ending the text
or before `at`, a time or a day's word (`Dinner with Orla Quenby at 8`): whom the meal is with (meal_reason, behind
its own cue, MEAL_CUE_SOURCE, so a text naming no meal reads nothing more).
"""

from __future__ import annotations

import re

from . import key_lexicon
from .booked_names import BOOKING_NAMED, NOT_BOOKED_NAMES, a_booked_name
from .canonical import phrase_alternation, table_phrases
from .common_words import a_common_word_in_a_language
from .given_names import a_given_name
from .lower_case_names import a_matched_full_name, a_name_word
from .name_shapes import (
    ANY_WAY_WORD,
    CLAUSE,
    FAMILY_FIRST,
    FULL_NAME_ANY_WAY,
    INITIAL,
    OPENS,
    WORD,
    name_parts,
    name_reading,
)

PERSON_NAME = "holds a person's name"

# A party's size's words, by language, folded as the canonical form is (`Gäste` is read as `gaste`), and a party's
# words before its size (`party of 4`).
_GUESTS = phrase_alternation(table_phrases({
    "party sizes": "guests|guest|people|persons|pax|covers|diners|gäste|personen|personnes|couverts|personas|"
                   "comensales|persone|coperti|gasten|osoby|osób",
    # (closer 213, review 38: `2 adults`)
    "adults": "adults|adult|erwachsene|adultes|adultos|adulti|volwassenen|dorosłych|dorosłe"}))
_PARTY_OF = phrase_alternation(table_phrases(key_lexicon.PARTY_SIZES))
# (closer 213, review 38) The size in digits or in one word (`two guests`, `zwei Gäste`), after a comma, a dash or an
# opening bracket, or a party's words before digits; the name in any case: the booking's phrase before it and the
# party's size after it make it the name a table is booked under. (closer 218, review 40) After a slash or blanks too,
# a party's words before a size in words (`party of four`), or a guest more (`+ 1`).
_PARTY_SIZE = (f"(?:(?:(?:[ \\t]{{0,3}}[,(/]|[ \\t]{{1,3}}-)[ \\t]{{0,3}}|[ \\t]{{1,3}}(?=[0-9]))"
               f"(?:(?:[0-9]{{1,3}}|[^\\W\\d_]{{2,12}})[ \\t]{{1,3}}(?i:{_GUESTS})(?![^\\W\\d_])"
               f"|(?i:{_PARTY_OF})[ \\t]{{1,3}}(?:[0-9]{{1,3}}(?![0-9])|[^\\W\\d_]{{3,12}}(?![^\\W\\d_])))"
               f"|[ \\t]{{0,3}}\\+[ \\t]{{0,3}}[0-9]{{1,2}}(?![0-9])"
               # (closer 226, review 43) or its number alone in brackets, read after a name family first only
               # (`Table for Tanaka, Yuki (2)`: reason)
               f"|(?P<bracketed>[ \\t]{{0,3}}\\([ \\t]{{0,2}}[0-9]{{1,2}}[ \\t]{{0,2}}\\)))")
# (group `one`: one word, capitalized, in lower case or in capitals; (closer 218) or a full name written any common way,
# name_shapes.FULL_NAME_ANY_WAY; (closer 220) or family name first, FAMILY_FIRST: `Table for Kim, Hana, party of 2`)
_PARTY_NAMED = re.compile(f"{OPENS}(?i:{phrase_alternation(table_phrases(key_lexicon.BOOKED_FOR))})[ \\t]{{1,3}}"
                          f"(?:{FULL_NAME_ANY_WAY}|{FAMILY_FIRST}|(?P<one>{WORD}|[a-z]{{3,20}}|[A-Z]{{3,20}})){_PARTY_SIZE}")
# (closer 213, review 38) A field opens after a dash (folded to `-` in the canonical form) or a pipe between blanks, or
# a comma; `with` (`w/` too) and a full name (closer 218: written any common way, name_shapes.FULL_NAME_ANY_WAY, or
# family name first, FAMILY_FIRST), or a known given name alone (group `alone`), ending the text (a mark or two
# allowed) or before `at` and a place (after a comma too: `with Orla Q., at 8pm`).
_WITH_FIELD = re.compile(
    f"(?:[ \\t][-|]|,)[ \\t]{{1,3}}(?i:with|w/|mit|avec|con|com|met|z)[ \\t]{{1,3}}"
    f"(?:{FULL_NAME_ANY_WAY}|{FAMILY_FIRST}|(?P<alone>{ANY_WAY_WORD}))"
    f"(?:[ \\t]{{0,3}}[!?.]{{0,3}}[ \\t]{{0,3}}$|(?:[ \\t]{{0,3}},)?[ \\t]{{1,3}}(?i:at|bei|à|en|in|au|op|im)[ \\t])")

# (closer 223) A meal's or an outing's words by language, folded as the canonical form is (`Dîner` is read as `diner`).
_MEALS = phrase_alternation(table_phrases({
    "en": "dinner|lunch|brunch|breakfast|supper|drinks|a drink|coffee|a coffee|tea|date|date night|movie night|"
          "night out|cocktails|beers|a beer|dinner date|lunch date|coffee date|dinner tonight|lunch tomorrow",
    "de": "abendessen|mittagessen|frühstück|essen|kaffee|date|treffen",
    "fr": "dîner|déjeuner|petit-déjeuner|apéro|café|un café|un verre|soirée|rendez-vous|rdv",
    "es": "cena|comida|almuerzo|desayuno|café|copas|cita",
    "it": "cena|pranzo|colazione|aperitivo|caffè|appuntamento",
    "nl": "etentje|diner|borrel|koffie",
    "pl": "kolacja|obiad|kawa"}))
_MEAL_WITH = r"(?i:with|w/|mit|avec|con|met|com|z)"
# (closer 223) What a meal is had with that a given name may be the first word of (`Hugo Spritz`, `Jasmine Pearls`,
# `Caramel Drizzle`, `Destiny Tour`): a drink's, a dish's, a topping's or a show's word by language, as the name's last.
_MEAL_THINGS = frozenset(word for words in table_phrases({
    "drinks": "spritz|spritzes|cocktail|cocktails|martini|mojito|fizz|sour|mule|punch|tonic|soda|shot|shots|wine|"
              "beer|ale|lager|cider|latte|mocha|espresso|tea|chai|smoothie|shake|milkshake|liqueur|bellini|negroni",
    "dishes": "pearls|drizzle|colada|monsieur|madame|sponge|melba|sauce|cream|syrup|toast|fries|salad|soup|cake|"
              "pie|tart|pasta|pizza|burger|steak|"
              "pancakes|waffles|cookies|sandwich|curry|risotto|sushi|noodles|dumplings|tacos|jam|honey|glaze|"
              "dressing|pesto|crumble|pudding|sorbet|gelato|mousse|platter|board|bowl",
    "shows": "tour|show|live|band|trio|quartet|quintet|orchestra|choir|concert|special|menu|experience|night",
    "de": "soße|sosse|sahne|kuchen|torte|suppe|salat|wein|bier|schorle",
    "fr": "sauce|crème|tarte|gâteau|soupe|salade|vin|bière",
    "es": "salsa|crema|tarta|sopa|ensalada|vino|cerveza",
    "it": "salsa|crema|torta|zuppa|insalata|vino|birra"}) for word in words.split())
# ... and the words opening a drink's or a dish's name before a given name (`Bloody Mary`, `Virgin Mary`).
_MEAL_OPENERS = frozenset(table_phrases({
    "en": "bloody|virgin|frozen|iced|hot|spiced|mulled|dirty|classic|spicy|sweet|sour|dry|double|single|grilled|"
          "roasted|fried|baked|stuffed|glazed"}))
# What may follow the name: a place's or a time's preposition, a day's word, by language.
_MEAL_WHEN = phrase_alternation(table_phrases({
    "en": "at|on|tonight|today|tomorrow", "de": "bei|um|am|im|heute|morgen", "fr": "à|au|le|ce soir|demain",
    "es": "a|en|el|esta noche|mañana", "it": "alle|al|il|stasera|domani", "nl": "om|op|bij|vanavond",
    "pl": "o|w|dziś|jutro"}))
# The detector's cue (searched in the lower-cased form): a meal's word before `with`.
MEAL_CUE_SOURCE = f"(?i:{_MEALS})[ \\t]{{1,3}}{_MEAL_WITH}[ \\t]"
# (group names: name_shapes.FULL_NAME_ANY_WAY's, FAMILY_FIRST's) The meal's words opening a clause, `with` and a full
# name, ending the text (a mark or two allowed) or before `at`, `@`, a time's digits or a day's word (group `when`).
_MEAL_WITH_NAME = re.compile(
    f"{CLAUSE}(?i:{_MEALS})[ \\t]{{1,3}}{_MEAL_WITH}[ \\t]{{1,3}}(?:{FULL_NAME_ANY_WAY}|{FAMILY_FIRST})"
    f"(?:[ \\t]{{0,3}}[!?.]{{0,3}}[ \\t]{{0,3}}$"
    f"|(?:[ \\t]{{0,3}},)?[ \\t]{{1,3}}(?P<when>@|[0-9]|(?i:{_MEAL_WHEN})(?![^\\W\\d_])))")


def _a_booked_full_name(match: re.Match[str]) -> bool:
    """Whether a match's full name (name_shapes.FULL_NAME_ANY_WAY, FAMILY_FIRST) is a person's written any common way
    (lower_case_names.a_matched_full_name) and a booking's party, none of its words a booking's thing
    (NOT_BOOKED_NAMES: `with breakfast included`, `with Jasmine tea`)."""
    words = [word for word in name_reading(*name_parts(match)).split() if not INITIAL.fullmatch(word)]
    return a_matched_full_name(match) and NOT_BOOKED_NAMES.isdisjoint(
        word.lower() for word in words) and a_booked_name(" ".join(words))


def _a_dates_person(match: re.Match[str]) -> bool:
    """Whether _WITH_FIELD's name is a person's: a full name (_a_booked_full_name), or a known given name alone,
    capitalized (`with Orla`)."""
    alone = match.group("alone")
    if alone is not None:
        return alone[:1].isupper() and not alone.isupper() and a_given_name(alone) and a_booked_name(alone)
    return _a_booked_full_name(match)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a table's or a date's person as above, or ""."""
    for match in _PARTY_NAMED.finditer(form):
        if match.group("bracketed") is not None and match.group("given_after") is None:
            continue
        if match.group("one") is None:
            if _a_booked_full_name(match):
                return PERSON_NAME
            continue
        one = match.group("one")
        one = one.capitalize() if one.isupper() else one[:1].upper() + one[1:]
        if a_booked_name(one) and one.lower() not in NOT_BOOKED_NAMES and a_name_word(one.lower()) and (
                a_given_name(one) or not a_common_word_in_a_language(one)):
            return PERSON_NAME
    if " - " not in form and " | " not in form and ", " not in form:
        return ""
    # (the first booking's word once, each field after it: searching the text before every field was quadratic)
    booking = BOOKING_NAMED.search(form)
    if booking is None:
        return ""
    return PERSON_NAME if any(_a_dates_person(field) for field in _WITH_FIELD.finditer(form, booking.end())) else ""


def meal_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names whom a meal or an outing is with (_MEAL_WITH_NAME, a full name
    _a_booked_full_name reads as a person's), or ""."""
    return PERSON_NAME if any(_a_meals_person(match) for match in _MEAL_WITH_NAME.finditer(form)) else ""


def _a_meals_person(match: re.Match[str]) -> bool:
    """Whether _MEAL_WITH_NAME's name is a person's (_a_booked_full_name), its last word no drink's, dish's or show's
    (_MEAL_THINGS); in lower case, where no capital tells a name, before a time or a place only (`drinks w/ harvey
    wallbanger` goes out, `dinner with hana kim at 8` does not); its first word no drink's or dish's (_MEAL_OPENERS)."""
    given, family = name_parts(match)
    if match.group("when") is None and (given + family).islower():
        return False
    words = name_reading(given, family).split()
    return _a_booked_full_name(match) and words[-1].lower() not in _MEAL_THINGS and (
        words[0].lower() not in _MEAL_OPENERS)
