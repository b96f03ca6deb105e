"""Closer 139 (sixty-seventh attack: personalised printing): a couple's, a family's or a person's names in a
celebration's title, a file's name or a slug, with no label nor salutation.

- A celebration's word by language (cued_names._OCCASIONS: wedding, Hochzeit, mariage, nozze, bruiloft, ślub,
  casamento, boda, birthday, ...; German's and Dutch's compounds open with one, `Hochzeitsalbum`), maybe a break or
  short words in lower case (`Mariage de …`, `le nozze di …`), then two full names, or a given name and a full name,
  joined by a conjunction of a language (cued_names._CONJUNCTIONS: `&`, `+`, and, und, et, e, y, en, i):
  cued_names._COUPLE_CELEBRATED; Japanese's wedding's word before a family name and two given names joined by `&`:
  cued_names._HAN_COUPLE_CELEBRATED. Not two single given names with no family name (`Hochzeit Lena & Tobias –
  14.06.2026`: the shape of `Romeo & Juliet`'s and `Simon & Garfunkel`'s titles), nor a form of address (`Mr & Mrs`),
  nor a product's colour, size or material (personal_keys.ATTRIBUTE_WORDS: `Hochzeit Deko Gold & Rose Gold`).
- A hen or stag party's title by language (cued_names._HEN_PARTIES: `Team Bride`, `JGA`, `EVJF`) naming one person
  between breaks before a date (cued_names._DATED_CELEBRATION: `Team Bride – … – 14.06.2026`); not another
  occasion's theme or venue (`Birthday Party – Peppa Pig – <date>`).
- A family's name (`The … Family`, `Familie …`, `famille …`) that ends again the list of its members' given names
  (cued_names._FAMILY_NAMED, cued_names._MEMBERS: `The … Family 2027 – Jasper, Ivy & Otto …`); not `The Addams
  Family – Musical Tickets`.
- A file's name or a slug (cued_names.celebration_file, in free text, ids and URL paths: privacy._path_reason): a
  celebration's word or an age's ordinal (`6th`, `90cumple`: cued_names._AGE_ORDINAL) beside two or three words of a
  name joined by `_`, `+` or `-` (cued_names._CELEBRATION_TOKEN), none a file's or a celebration's goods word
  (cued_names._CELEBRATION_NOISE, role_labels.THINGS); words in lower case joined by hyphens only when a conjunction
  joins three of them as a couple's are (`photo-mariage-<given>-<family>-et-<given>.jpeg`): a product's slug's way.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_NAME = "holds a person's name"
SITE = "https://prints.example.com"

NAMED = [
    "Our Wedding – Maren Quelloway & Dario Fenstrick – 2 August 2025",
    "Wedding Album: Maren Quelloway and Dario Fenstrick, 02.08.2025",
    "Hochzeit von Lotte Quelloway und Jan Fenstrick, 23.08.2025",
    "Livre photo – Mariage de Élodie Quelloway et Yann Fenstrick – 05/09/2026",
    "Album di nozze: Giulia Quelloway e Marco Fenstrick",
    "Fotoalbum Bruiloft Sanne & Joris Quelloway 12-06-2025",
    "Álbum de boda – Lucía Quelloway y Pablo Fenstrick – 4.10.2025",
    "Album de casamento – Ana & Rafael Quelloway – 15.11.2025",
    "Fotoksiążka: Ślub Marty Quellowej i Piotra Fenstricka, 18.10.2025",
    "Anniversary Book – Helen Quelloway & Tom Quelloway",
    "結婚式アルバム 高瀬 悠真 & 美咲 2025.11.3",
    "Team Bride – Ciara Quelloway – 14.06.2026",
    "Hen Party: Aoife Quelloway, 12.05.2026",
    "Calendar cover: The Quelloway Family 2027 – Nora, Elias & Finn Quelloway",
    "Kalender 2027 – Familie Quelloway: Lea, Ben und Mia Quelloway",
    "IMG_Maren_Quelloway_wedding_2025.jpg",
    "hochzeit_lotte+jan_quelloway_0013.jpg",
    "photo-mariage-elodie-quelloway-et-yann.jpeg",
    "cake_topper_Nora_Quelloway_7th.png",
    "oma_hilde_quelloway_80geburtstag.jpg",
    "https://prints.example.com/editor/fotobuch/hochzeit-lotte-und-jan-quelloway/seite-2",
]


@pytest.mark.parametrize("text", NAMED)
def test_names_in_a_celebrations_title_or_file_are_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


LOOK_ALIKES = [
    "Wedding Album 30x30 cm – Linen Cover", "Mr & Mrs Cake Topper – Gold Acrylic", "Save the Date Cards – Rustic Kraft",
    "Dolce & Gabbana Light Blue", "Marks & Spencer Gift Card", "Hochzeitsalbum Leinen 30x30",
    "Faire-part Mariage Élégance", "The Addams Family – Musical Tickets", "Family Calendar 2027 A3",
    "Team Bride T-Shirt – Rose Gold Print", "IMG_2025_0614.jpg", "wedding_album_template_v2.jpg", "Romeo & Juliet",
    "Simon & Garfunkel – Greatest Hits",
    # (two given names alone, no family name: the shape of a show's or a band's title with its date)
    "Hochzeit Lena & Tobias – 14.06.2026", "Romeo & Juliet – 14.02.2026",
    "Wedding Cake Topper – Mr & Mrs Gold Acrylic", "Birthday Card – Happy Birthday & Best Wishes",
    "wedding-guest-book-linen.jpg", "birthday-banner-gold-30th.png", "Hochzeitskarte Kraft & Gold 2025",
    "The Family Stone – DVD", "Familie Sonntag – Staffel 2", "birthday_party_invitation_template.pdf",
    # (a colour's, a size's or a material's word is a product's: personal_keys.ATTRIBUTE_WORDS; a theme or a venue
    # in an occasion's dated title other than a hen party's)
    "Hochzeit Deko Gold & Rose Gold", "Boda – Blanco y Negro Decoración", "wedding-rustic-and-boho-decor.jpg",
    "birthday_balloons_Rose_Gold.png", "Birthday Party – Peppa Pig – 12.05.2026",
    "Wedding Fair – Alexandra Palace – 14.02.2026",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_celebrations_goods_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("path", [
    "/dl/IMG_Maren_Quelloway_wedding_2025.jpg", "/uploads/cake_topper_Nora_Quelloway_7th.png",
    "/editor/fotobuch/hochzeit-lotte-und-jan-quelloway/seite-2", "/dl/Team Bride – Ciara Quelloway – 14.06.2026",
])
def test_a_celebrations_file_or_slug_is_left_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + "/"


@pytest.mark.parametrize("path", [
    "/p/wedding-guest-book-linen.jpg", "/img/wedding_album_template_v2.jpg", "/c/hochzeit/fotobuecher",
    "/p/birthday-banner-gold-30th.png",
])
def test_a_celebrations_product_route_goes_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + path
