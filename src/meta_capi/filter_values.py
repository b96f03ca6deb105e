"""A shop's filters and sorts under a key that names customer information: the value decides.

A query's filter or sort is often keyed by a word Meta or the identity step uses for a customer's datum (`?st=in_stock`,
`?state=open`, `?name=asc`). Such a key is personal by its word (personal_keys), and its value tells the two apart by
what it is, never by a list of a shop's own values:

- a state's key (Meta's `st`, `state`, Spanish and Portuguese `estado`, which is a status too) holding a status word
  (an order's, a stock's, a page's: `open`, `in_stock`, `sold-out`) names no state: no state or province is so
  named (the words that spell a US or Canadian region are left out of the table, `in` for Indiana, `on` for Ontario);
- a name's key alone (`name`) holding a sort's direction (`asc`, `z-a`, `absteigend`) sorts by name.

A country's and a region's key keep their value whatever it is (`?country=france`, `country=DE`, `region=bordeaux`): the
README promises Meta's customer keys personal by their name, and the visitor's country, which the identity step sends
hashed as `country`, cannot be told from a shop's market or a wine's origin by the value (review 20 keeps `region=us`
and `region=Bavaria` so). A city's key (`ct`, `city`) holding a category (`?ct=sneakers`) is not told apart either: a
category and a town are both one word, and no rule reads which one a word is without a list of towns.
"""

from __future__ import annotations

import unicodedata

from .geography import REGION_CODE_BY_NAME
from .personal_keys import key_tokens

# A value short enough to be a filter's word: longer values are judged by their key as before.
_MAX_FILTER = 40


def _folded(text: str) -> str:
    """Lowercase letters and digits only, accents removed (`Sold-Out` -> `soldout`, `décroissant` -> `decroissant`)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if character.isalnum())


# Words naming a state of an order, a stock, a page or a listing, in the lexicon's larger languages (folded, joined:
# `in_stock` is `instock`).
_STATUS_WORDS = frozenset(_folded(word) for word in (
    "open opened closed pending active inactive new draft archived cancelled canceled complete completed "
    "shipped delivered paid unpaid refunded returned processing on_hold in_stock out_of_stock low_stock "
    "available unavailable sold_out preorder pre_order backorder back_order discontinued published hidden "
    "visible enabled disabled all any none "
    "offen geschlossen abgeschlossen aktiv inaktiv storniert versandt bezahlt lieferbar verfügbar ausverkauft "
    "ouvert ouverte fermé fermée actif active annulé expédié payé disponible épuisé rupture "
    "abierto abierta cerrado cerrada activo pendiente cancelado enviado pagado disponible agotado "
    "aberto aberta fechado ativo pendente enviado pago esgotado indisponível "
    "aperto aperta chiuso attivo annullato spedito pagato disponibile esaurito "
    "open gesloten actief geannuleerd verzonden betaald beschikbaar uitverkocht").split()) - frozenset(
    [*REGION_CODE_BY_NAME, *REGION_CODE_BY_NAME.values()])
_STATE_KEYS = frozenset("st state estado".split())

# A sort's direction, in the same languages (folded: `a-z` is `az`).
_SORT_WORDS = frozenset(_folded(word) for word in (
    "asc desc ascending descending a-z z-a a_to_z z_to_a up down aufsteigend absteigend croissant décroissant "
    "ascendente descendente ascendiente crescente decrescente oplopend aflopend rosnąco malejąco stigande "
    "fallende fallande").split())
_NAME_KEYS = frozenset(["name"])


def holds_a_filter(key: str, value: str) -> bool:
    """Whether `key`, personal by a state's or a name's word alone, holds a shop's filter or sort (above)."""
    text = value.strip()
    if not text or len(text) > _MAX_FILTER:
        return False
    tokens = key_tokens(key)
    if len(tokens) != 1:
        return False
    word = tokens[0]
    if word in _STATE_KEYS:
        return _folded(text) in _STATUS_WORDS
    return word in _NAME_KEYS and _folded(text) in _SORT_WORDS
