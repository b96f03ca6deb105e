"""Closer 222: review 42's leaks in the gate's families other than names, closed by rule, with their nearest
look-alikes both ways.

- A vanity number's letters split once by a dash, a dot or a blank (`+1 415 CALL-NOW`, `+44 7700 BROS-VAN`), and a
  one-digit area code after a country's code (`+33 6 CHAT-CHAT`): the keypad's characters counted whatever the split,
  NANP's seven exactly, a word on each side of the split or an exchange's three and four characters, no third word
  joined by a dash (detector._VANITY, _vanity_split).
- Letters typed for digits read in a value with fewer than seven digits as written (`O77OO 9OO123`), and a card's four
  groups of four opening on a digit whatever their share of letters (`4lll llll llll llll`; canonical
  digits_for_letters, detector._digit_reason): the card's check and the phone's plan decide.
- A CURP in lower case by its layout; a National Insurance number in its printed pairs in any case after its name
  (national_ids).
- Four dotted numbers joined by `-` or `_` after a word naming no code or version, ending the value, a major of two
  digits at least and no 0 part (`user_81.2.69.160`; detector._joined_address).
- NANP's area code in parentheses glued to the number (`(415)5550173`; detector._NUMBER_RUN).
- Dates of birth with `the` and an ordinal day and `of` (`born on the 14th of March 1987`), a year of two digits
  after an apostrophe (`born 14 March '87`), and a birthday's word in Spanish, Italian, Portuguese, French and Polish
  as a whole word before a full date in digits with its year (detector._BIRTH_WHOLE).
- A destination's label ended by its preposition with no colon (`deliver to 45 Rue de Rivoli`), a street line run on
  into its post code and town with no comma, in lower case or capitals after such a label; a street line, its post
  code and town all in capitals read as their capitals would write them (postal).
- Keys: Japanese `電子メール` and `でんわ`, German `Festnetz`, `cardnum` (personal_keys; not `cardno`:
  `card_no_of_items`).

The price (asserted below as strict expected failures): a pack's count in brackets before seven digits (`Pack
(500)1234567`); a package's version of a two-digit major joined by a dash (`node-20.10.1.1`); a title with an ordinal
day, a month and a year after `born on the` (`born on the 4th of July 1989 DVD`); eight letters split after `+33 6`;
a key naming a landline's plan (`festnetz_flatrate`).
"""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

PERSONAL = [
    # (vanity numbers split)
    "+1 415 CALL-NOW", "+1 (415) CALL-NOW", "+1 415 CALL NOW", "+1 650 MY-PHONE", "+44 7700 BROS-VAN",
    "+33 6 CHAT-CHAT", "+1 212 EAT-PIZZ", "+1 (212) GO-TACOS", "+49 30 HAUS-BAU",
    # (letters typed for digits)
    "O77OO 9OO123", "O77OO 9OO 123", "call me: O77OO 9OO123", "O6l2345678", "4lll llll llll llll",
    "4lll-llll-llll-llll", "5lOO OOO5 5555 5559",
    # (national ids in lower case)
    "nino: ab 12 34 56 c", "ni number: jg 10 37 33 a", "national insurance: ab 12 34 56 c", "NINO: jg 10 37 33 a",
    "gode561231hdfrrn01", "curp: gode561231hdfrrn09", "hegg560427mvzrrl05",
    # (IPv4 joined to a word; NANP's area code glued)
    "user_81.2.69.160", "user-81.2.69.160", "client-81.2.69.160", "visitor-81.2.69.160", "(415)5550173",
    "(212)5550173", "+1 (212)555-0173",
    # (dates of birth)
    "born on the 14th of March 1987", "born on 3rd of May 1990", "birthday is the 14th of March, 1987",
    "born 14 March '87", "born 3 May '90", "born on the 1st of June 1975", "cumpleaños 14/03/1987",
    "cumpleaños: 01-02-1990", "compleanno 14/03/1987", "compleanno 1.2.1990", "aniversário 14/03/1987",
    "anniversaire : 14/03/1987", "urodziny 14.03.1987",
    # (street lines after a destination's label, in capitals)
    "ship to: 45 Rue de Rivoli 75001", "deliver to 45 Rue de Rivoli", "ship to 12 Oak Rd Leeds",
    "send it to 45 rue de rivoli paris", "deliver to 221B Baker Street London", "ship to 10 Downing Street",
    "Lieferung an Hauptstraße 5 10115 Berlin", "ship to: 45 RUE DE RIVOLI 75001 PARIS", "12 RUE DES LILAS 75011 PARIS",
    "HAUPTSTRASSE 5 10115 BERLIN",
]

ORDINARY = [
    # (vanity look-alikes: a toll-free business line, a third word, too few letters)
    "+1-800-FLOWERS", "1-800-GOT-JUNK", "+1 650 MY-PHONE-CASE", "ORD-1000", "Call 1-800 FLOWERS",
    "Maillot domicile 2026-27 Mbappé 10 taille L",  # (a number, not a word, before the split: a season's, a name's)
    # (letters beside digits that are no number's)
    "SKU O12", "v1.0.1l", "Room 1O4", "lll-llll", "4lll", "O1O 2O3", "2l bottle", "4lll llll llll lllO",
    # (versions and codes joined to a word)
    "python-3.12.1.4", "openssl-1.0.2.11", "SKU-185.61.27.99-blue", "release-10.2.69.160", "item-81.2.69.160",
    "user_1.2.3.4", "(12)3456789", "Qty(300)2024", "(250)1234",
    # (a birthday's or an anniversary's word with no full date, a birthday's goods)
    "anniversaire 14 mars", "Anniversaire 25/12", "aniversario de la tienda 10 años", "cumpleaños feliz",
    "urodziny 18 lat", "tort urodzinowy 14.03.2025", "aniversario tienda 14/03/2015", "Born to Run 1975",
    "born in the 80s", "4th of July 1989 DVD",
    # (a destination's words before no street line; capitals that are no street line)
    "ship to 40 countries", "Free delivery to 12 countries", "deliver to 3 addresses", "ship to 5 countries Leeds",
    "Up to 50% off 12 Oak Rd collection", "NIKE AIR MAX 90 10115 BERLIN", "SUMMER SALE 2024 50% OFF",
]

ORDINARY_KEYS = ["card_count", "card_type", "cardinal", "festival", "cardBrand", "card_no_of_items"]

PERSONAL_KEYS = ["電子メール", "でんわ", "festnetz", "festnetzNummer", "cardnum", "card_no"]

DROPPED: Dict[str, List[str]] = {
    (
        "the price: a count in brackets before seven digits reads as NANP's area code glued (detector._NUMBER_RUN)"
    ): ["Pack (500)1234567"],
    (
        "the price: a package's version of a two-digit major joined by a dash reads as an address "
        "(detector._joined_address)"
    ): ["node-20.10.1.1"],
    (
        "the price: a film's title with an ordinal day, a month and a year after `born on the`"
    ): ["born on the 4th of July 1989 DVD"],
    (
        "the price: eight letters split after a French mobile's country and area code read as a vanity number"
    ): ["+33 6 ABC DEFGH"],
}

DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "the price: a landline's plan under German's landline word (personal_keys, as `telefon_flatrate`)"
    ): ["festnetz_flatrate"],
}

globals().update(review_tests(globals()))
