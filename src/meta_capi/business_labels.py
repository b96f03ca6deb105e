"""A business's own place named by its label (closer 227, review 44): a shop's, a branch's, an office's or a
headquarters' address after a label naming the business, not a person (`Filiale Kurfürstendamm 21, 10719 Berlin`,
`Headquarters: 1 Hacker Way, Menlo Park, CA`, `Store address: Hamngatan 18, Stockholm`, `门店：南京东路300号`).

postal.reason reads it only where it found an address: a street line after such a label opening the text is the
business's, which it publishes; a personal address label (`Ship to`, `Home address`, `my address`) is none of these
words, and a street line with no label stays a home's."""

from __future__ import annotations

import re

from .canonical import NO_BLANK_SCRIPTS, table_alternation
from .key_lexicon import ADDRESS_NOUNS

# A business's place by language (lexicon data): a store, a shop, a branch, a showroom, an office, a headquarters.
_PLACES = {
    "English": "store|shop|flagship store|flagship|branch|boutique|showroom|headquarters|hq|head office|"
               "registered office|office|outlet|salon|studio|warehouse",
    "German": "filiale|geschaftsstelle|sitz|firmensitz|hauptsitz|laden|ladengeschaft|geschaft|niederlassung|zentrale|"
              "buro|showroom|boutique",
    "French": "magasin|boutique|siege|siege social|agence|succursale|bureau|bureaux",
    "Spanish": "tienda|sucursal|sede|oficina|oficinas|local",
    "Italian": "negozio|filiale|sede|sede legale|ufficio|punto vendita",
    "Portuguese": "loja|filial|sede|escritorio",
    "Dutch": "winkel|vestiging|filiaal|kantoor|hoofdkantoor",
    "Polish": "sklep|oddzial|siedziba|biuro|salon",
    "Turkish": "magaza|sube|merkez|genel mudurluk|ofis",
    "Swedish, Danish, Norwegian": "butik|butikk|kontor|huvudkontor|hovedkontor",
    "Japanese": "店舗|本社|本店|支店|営業所|事務所",
    "Korean": "매장|본사|지점|사무실",
    "Chinese": "门店|店铺|总部|分店|门市|門市|總部|店鋪",
}
# The word for "our" before it (`Our office:`, `Unser Laden:`), and an address's noun after it (`Store address:`) or
# before it with the word for "of the" (`Adresse du magasin :`, `Dirección de la tienda:`), by language: the key
# lexicon's ADDRESS_NOUNS and Japanese's word for a business's seat.
_OUR = {"English": "our", "German": "unser|unsere", "French": "notre|nos", "Spanish": "nuestra|nuestro|nuestras",
        "Italian": "il nostro|la nostra|nostro|nostra", "Portuguese": "nossa|nosso", "Dutch": "onze|ons",
        "Polish": "nasz|nasza", "Swedish, Danish, Norwegian": "var|vart|vores"}
_ADDRESS_WORDS = {**ADDRESS_NOUNS, "Japanese": f"{ADDRESS_NOUNS['Japanese']} 所在地"}
_OF_THE = {"French": "du|de la|de l'|des", "Spanish": "de la|del|de las|de los", "Italian": "del|della|dello|dei",
           "Portuguese": "da|do|das|dos", "Dutch": "van de|van het|van onze"}

_PLACE = f"(?:{table_alternation(_PLACES)})"
_ADDRESS = f"(?:{table_alternation(_ADDRESS_WORDS, apart=' ')})"
# (every word ends at a letter's end; a CJK word needs none: its script has no blanks)
_END = f"(?![^\\W\\d_](?<![{NO_BLANK_SCRIPTS}]))"
# The label opening the text, then its end: a colon, a dash between blanks, a blank (`Store address 1 Hacker Way`), or
# none after a CJK word (its script has no blanks).
BUSINESS_LABEL = re.compile(
    f"[ \\t]{{0,3}}(?i:(?:(?:{table_alternation(_OUR)})[ \\t]{{1,3}})?"
    f"(?:{_ADDRESS}[ \\t]{{0,3}}(?:(?:{table_alternation(_OF_THE)})[ \\t]{{0,3}})?{_PLACE}{_END}"
    f"|{_PLACE}{_END}(?:[ \\t]{{0,3}}{_ADDRESS}{_END})?))"
    f"(?:[ \\t]{{0,3}}:[ \\t]{{0,3}}|[ \\t]{{1,3}}-[ \\t]{{1,3}}|[ \\t]{{1,3}}|(?<=[{NO_BLANK_SCRIPTS}]))")
