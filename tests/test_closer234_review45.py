"""Closer 234: review 45's keys, addresses and birth dates, closed by rule, with their nearest look-alikes both ways.

- Keys: Turkish `soyisim` (surname) as a name word; German CRMs' `vname`, `nname` whole; a customer's word glued
  before a lexicon word (`Kundenmail`, `klantmail`: personal_keys' compound heads); a driving licence's `dl` before a
  number word; a birth word alone as a URL key labels the date it holds (`?born=`, `?geb=`); a check's and a channel's
  word make a contact key a property (`address_validated`, `mail_channel`).
- Addresses (address_parts.py): a flat's, a floor's or a c/o part beside a street line, a flat after a number's
  slash, the post code and town before the line; German's undotted `str` after a name's small letters; lines joined by
  middle dots; a map's place slug with its comma.
- Birth dates: a genealogist's star before a date of a year before 2020 opening the text; Korean `생`/`출생` after a
  date; Chinese `生日` before one.

The price (asserted below): an office's floor beside its street line with no business label (`5th Floor, 1 Canada
Square`), a product named for a street beside a flat's word (`Abbey Road 2 Wohnung 4`), a key `kundenland`, and a
channel's or a validation's key that names the contact too (`email_channel`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    "Lindenweg 7", "Suite 200, 1 Hacker Way", "Store: Torstraße 1 2.OG", "2 floor lamps, 12 Rue Oberkampf",
    "10000 mAh Powerbank", "10115 Berlin Edition 5", "80331 München, Vinyl 12", "Instr 5, manual",
    "Abbey Road 2 vinyl", "Viale Monza 12/B", "* 01.03.2025", "*Angebot bis 14.03.2025", "** 14.03.1987",
    "Release date 14.03.1987", "生日快乐", "일생 한번", "Cotton · Blue · Size 42", "Nike · Air Max 90 · 42",
]

PERSONAL = [
    "Flat 2B, 45 Kensington High St", "Apt 3, 12 Main Street", "3rd floor, 12 Rue Oberkampf",
    "c/o Müller, Lindenweg 7", "Karl-Marx-Allee 90 Wohnung 23", "Hauptstraße 5 Whg. 3", "ul. Długa 5 m. 12",
    "Bağdat Caddesi No: 123/5", "Schillerstr 7 2.OG links", "12 Rue Oberkampf 3e étage", "10115 Berlin, Torstraße 1",
    "ZIP 10115 Berlin Musterstr 12", "Musterstr 12, Berlin", "Musterstr. 12 · 10115 Berlin · Deutschland",
    "Hauptstraße 5 · Berlin", "* 14.03.1987", "*14.3.1987", "* 1987-03-14", "1987년 3월 14일생",
    "1987년 3월 14일 출생", "生日 1987-03-14", "生日：1987年3月14日",
    # (the price: an office's floor with no business label, a product named for a street beside a flat's word)
    "5th Floor, 1 Canada Square", "Abbey Road 2 Wohnung 4",
]

ORDINARY_KEYS = [
    "address_validated", "mail_channel", "phone_validated", "dl_link", "dl_count", "kundenservice", "kundenkonto",
    "kundenbewertung", "release",
    # (the price: a channel's key naming the contact goes out, its value judged)
    "email_channel",
]

PERSONAL_KEYS = [
    "soyisim", "soyismi", "vname", "nname", "kundenmail", "klantmail", "dl_number", "dl_no", "kundenland",
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    "/?born=2", "/?bornholm=1987-03-14", "/?reborn=2024-01-01", "/p/shirt-red,-size-42", "/?release=1987-03-14")]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    "/?born=1987-03-14", "/?geb=14.03.1987", "/?dob=14.03.1987", "/?vname=Anna", "/?nname=Schmidt",
    "/maps/Calle+Mayor+15,+28013+Madrid")]

globals().update(review_tests(globals()))
