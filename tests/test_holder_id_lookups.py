"""An account holder's id pairs, read by their parts (tables36): a direct test against the tables they replaced.

Until commit 5c99c88b two modules held the products of an account's holders and the id words:

- personal_keys.PERSONAL_TOKENS held each holder before each id word and each leading id word before each holder
  (`customerid`, `kundennummer`, `numeroclient`), each pair folded whole as a key's token is (`_folded` of the
  word, and outside ASCII of its capitals and of its umlauts spelt `ae`, `oe`, `ue`), `license` spelt `licence` too;
- labelled_values held the same pairs as a label's words joined (`_PERSON_ID_LABELS`): each holder as written
  before each id word as written, each leading id word before each holder in the canonical form in lower case,
  and each of those labels in the canonical form in lower case; each took the kind `person id` unless the lexicon's
  labels gave it one first (`androidid` is a device's id).

Today personal_keys.is_personal_token and labelled_values._holder_id_pair read a token or a label by its two parts.
This test rebuilds those products from today's word sets, as the old code built them, and checks that the lookups
accept every member (with the kind the old table gave), and refuse near misses as the old tables refused them: a
holder or an id word alone, two holders, a pair or a holder with a letter beside it, an id word that leads no pair
before a holder, a pair's word from another set, a pair cut short, the empty string, one letter, other scripts.

One difference, in the keys' favour: a Latin leading id word before an Arabic holder. Folded whole, such a pair
keeps the holder's `ة` (`idعضوية`), but a key's words apart fold it to `ه` and their tokens are joined again
(`id_عضوية` reads `idعضويه`): the old table missed that member's id, the parts meet it.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Iterable, Iterator, List, Tuple

import pytest

from meta_capi import labelled_values, personal_keys
from meta_capi.canonical import canonical
from meta_capi.personal_keys import ACCOUNT_HOLDERS, ID_WORDS, LEADING_ID_WORDS, is_personal_token

_PERSON_ID = labelled_values._PERSON_ID


def _old_token_forms(word: str) -> List[str]:
    """`word`'s forms as the old PERSONAL_TOKENS held a pair (folded whole; outside ASCII its capitals and umlauts)."""
    written = (word,) if word.isascii() else (word, word.upper(), word.translate(personal_keys._UMLAUT_SPELLINGS))
    return [personal_keys._folded(form) for form in written]


def _old_key_pairs() -> FrozenSet[str]:
    """The old PERSONAL_TOKENS' holder and id word pairs, from today's word sets."""
    pairs = {form for firsts, seconds in ((ACCOUNT_HOLDERS, ID_WORDS), (LEADING_ID_WORDS, ACCOUNT_HOLDERS))
             for first in firsts for second in seconds for form in _old_token_forms(first + second)}
    return frozenset(pairs | {pair.replace("license", "licence") for pair in pairs if "license" in pair})


def _lower_canonical(text: str) -> str:
    return canonical(text)[0].lower()


def _old_label_pairs() -> FrozenSet[str]:
    """The old labelled_values' holder and id word labels (without the policies' and the travellers' labels, which
    it still holds), from today's word sets."""
    holder_forms = {_lower_canonical(holder) for holder in ACCOUNT_HOLDERS}
    labels = {holder + word for holder in ACCOUNT_HOLDERS for word in ID_WORDS}
    labels |= {word + holder for word in LEADING_ID_WORDS for holder in holder_forms}
    return frozenset(labels | {_lower_canonical(label) for label in labels})


def _old_label_kinds() -> Dict[str, str]:
    """The kinds the lexicon's labels took before the pairs were added (a pair took `person id` only when none)."""
    return {labelled_values._JOINTS.sub("", form): kind for form, kind in labelled_values._KIND_OF.items()}


@pytest.fixture(scope="module")
def old_key_pairs() -> FrozenSet[str]:
    return _old_key_pairs()


@pytest.fixture(scope="module")
def old_label_pairs() -> FrozenSet[str]:
    return _old_label_pairs()


def _old_key_verdict(token: str, old_key_pairs: FrozenSet[str]) -> bool:
    """Whether the old PERSONAL_TOKENS held `token`: today's (the pairs aside) or a pair."""
    return token in personal_keys.PERSONAL_TOKENS or token in old_key_pairs


# --- near misses ---------------------------------------------------------------------------------------------------
_OTHER_SCRIPTS = (
    "клиентномер", "номерклиента", "сustomerid",  # (Cyrillic `с`: unfolded, as key_tokens never passes it)
    "αριθμόςπελάτη", "πελάτηςid", "客户编号", "顧客名", "会員", "番号", "会員会員", "번호고객", "מספרלקוח", "رقم",
    "رقمالعميل", "عميل", "ग्राहक", "आईडी", "ग्राहकनाम", "ลูกค้าไอดี", "Ⅰd", "ｉｄ", "customer\u200bid")


def _sorted_forms(words: Iterable[str], forms: bool) -> List[str]:
    """Today's words, as a key folds them or as a label's canonical form spells them, in one order."""
    return sorted({form for word in words
                   for form in (_old_token_forms(word) if forms else [word, _lower_canonical(word)])})


def _near_misses(folded: bool, members: FrozenSet[str]) -> Iterator[Tuple[str, str]]:
    """(a family, a near miss) from today's word sets: a few thousand, each family's size bounded by a set's."""
    holders = _sorted_forms(ACCOUNT_HOLDERS, folded)
    id_words = _sorted_forms(ID_WORDS, folded)
    leading = set(_sorted_forms(LEADING_ID_WORDS, folded))
    trailing_only = [word for word in id_words if word not in leading]
    yield from (("a holder alone", holder) for holder in holders)
    yield from (("an id word alone", word) for word in id_words)
    yield from (("two holders", holder + holders[(at + 1) % len(holders)]) for at, holder in enumerate(holders))
    yield from (("two holders, an id word", holder + holders[(at + 7) % len(holders)] + id_words[at % len(id_words)])
                for at, holder in enumerate(holders))
    for letter in "qsx":
        yield from ((f"a pair and `{letter}`", holder + id_words[at % len(id_words)] + letter)
                    for at, holder in enumerate(holders))
    letters = "abcdefghijklmnopqrstuvwxyz"
    yield from (("a holder and a letter", holder + letters[at % 26]) for at, holder in enumerate(holders))
    yield from (("a letter and a holder", letters[at % 26] + holder) for at, holder in enumerate(holders))
    yield from (("an id word that leads no pair, a holder", trailing_only[at % len(trailing_only)] + holder)
                for at, holder in enumerate(holders))
    others = {"a name's word": personal_keys.NAME_TOKENS, "a place's word": personal_keys.PLACE_TOKENS,
              "a vehicle's word": personal_keys.VEHICLE_WORDS, "a dwelling's unit": personal_keys.ADDRESS_UNITS,
              "a possessive": personal_keys.POSSESSIVES, "a key word": personal_keys.KEY_WORDS,
              "an id card's word": personal_keys.ID_CARDS}
    for family, words in others.items():
        for at, word in enumerate(sorted(words)):
            yield f"{family}, an id word", word + id_words[at % len(id_words)]
            yield f"a holder, {family}", holders[at * 13 % len(holders)] + word
            yield f"a leading id word, {family}", sorted(leading)[at % len(leading)] + word
    for at, member in enumerate(sorted(members)):
        if at % 37 == 0:  # (a few hundred members cut short, each end)
            yield "a pair less its last letter", member[:-1]
            yield "a pair less its first letter", member[1:]
            yield "a pair doubled", member + member
    yield from (("one letter", letter) for letter in ["", *"abcdefghijklmnopqrstuvwxyzé", "0", "_"])
    yield from (("another script", text) for text in _OTHER_SCRIPTS)


def test_every_old_key_pair_is_a_personal_token(old_key_pairs: FrozenSet[str]) -> None:
    assert len(old_key_pairs) > 10_000  # (holders times id words: the product rebuilt, not an empty set)
    assert sorted(token for token in old_key_pairs if not is_personal_token(token)) == []


def test_the_key_lookup_meets_no_pair_the_old_table_lacked_but_the_arabic_holders_folded_apart(
        old_key_pairs: FrozenSet[str]) -> None:
    """Every token the parts' rule can meet (each holder's and id word's folded forms joined, either way): held by the
    old table, or a Latin leading id word and an Arabic holder whose whole folding kept a letter its own folds."""
    holders = _sorted_forms(ACCOUNT_HOLDERS, True)
    met = {holder + word for holder in holders for word in _sorted_forms(ID_WORDS, True)}
    met |= {word + holder for word in _sorted_forms(LEADING_ID_WORDS, True) for holder in holders}
    assert all(is_personal_token(token) for token in sorted(met))
    extra = sorted(token for token in met if not _old_key_verdict(token, old_key_pairs))
    folded_apart = {word + personal_keys._folded(holder) for word in LEADING_ID_WORDS if word.isascii()
                    for holder in ACCOUNT_HOLDERS if not holder.isascii()
                    if personal_keys._folded(word + holder) != word + personal_keys._folded(holder)}
    assert [token for token in extra if token not in folded_apart] == []


def test_key_near_misses_are_refused_as_the_old_table_refused_them(old_key_pairs: FrozenSet[str]) -> None:
    differ, refused = [], 0
    for family, token in _near_misses(True, old_key_pairs):
        old = _old_key_verdict(token, old_key_pairs)
        refused += not old
        if is_personal_token(token) != old:
            differ.append((family, token, old))
    assert differ == []
    assert refused > 1_000  # (near misses indeed: most are no personal key's word)


def test_every_old_label_pair_names_a_persons_id_or_its_first_kind(old_label_pairs: FrozenSet[str]) -> None:
    assert len(old_label_pairs) > 10_000
    first_kinds = _old_label_kinds()
    assert sorted(label for label in old_label_pairs if not labelled_values._holder_id_pair(label)) == []
    assert sorted((label, kind) for label in old_label_pairs
                  if (kind := labelled_values._kind_of_joined(label)) != first_kinds.get(label, _PERSON_ID)) == []


def test_label_near_misses_are_refused_as_the_old_table_refused_them(old_label_pairs: FrozenSet[str]) -> None:
    differ, refused = [], 0
    for family, label in _near_misses(False, old_label_pairs):
        old = label in old_label_pairs
        refused += not old
        if labelled_values._holder_id_pair(label) != old:
            differ.append((family, label, old))
    assert differ == []
    assert refused > 1_000


# --- by hand: the rule as documentation ---------------------------------------------------------------------------
KEY_PAIRS = [
    "customerid", "clientid", "memberno", "patientnr", "donorid", "taxpayerid", "consumernumber",  # holder, id word
    "kundennummer", "clientnummer", "uyeno",  # (German; Dutch; Turkish `üye no` folded)
    "numeroclient", "idcliente", "codicecliente", "nrpacjenta", "numerklienta",  # id word first (Romance, Slavic)
    "kaiinbangou",  # (Japanese in romaji: `会員番号`)
]
NOT_KEY_PAIRS = [
    "customer", "id", "number", "customercustomer", "clientidq", "tokencustomer", "idcustomerx", "productid",
    "orderid", "sessionid", "cartnumber", "", "c", "сustomerid",
]
LABEL_PAIRS = [
    ("memberid", _PERSON_ID), ("patientnumber", _PERSON_ID), ("sociono", _PERSON_ID), ("clientnummer", _PERSON_ID),
    ("numerklienta", _PERSON_ID), ("idcliente", _PERSON_ID), ("codicecliente", _PERSON_ID),
    ("üyeno", _PERSON_ID), ("uyeno", _PERSON_ID),  # (as written, and as the canonical form spells it)
    ("会員番号", _PERSON_ID), ("お客様番号", _PERSON_ID), ("رقمعميل", _PERSON_ID),
    ("androidid", "device id"),  # (the lexicon's device id first: `android` is a holder too)
]
NOT_LABEL_PAIRS = [
    "member", "id", "membermember", "memberidq", "productid", "ordernumber", "hashmember", "idproduct",
    "رقمالعميل",  # (the article `ال` before the holder: no pair as joined)
    "", "m", "номерклиента",
]


@pytest.mark.parametrize("token", KEY_PAIRS)
def test_a_holders_id_pair_is_a_personal_token(token: str, old_key_pairs: FrozenSet[str]) -> None:
    assert token in old_key_pairs
    assert is_personal_token(token)


def test_a_latin_id_word_before_an_arabic_holder_is_read_by_its_parts(old_key_pairs: FrozenSet[str]) -> None:
    joined = "".join(personal_keys.key_tokens("id_عضوية"))  # (the tokens a key's words give, joined)
    assert joined not in old_key_pairs and joined not in personal_keys.PERSONAL_TOKENS  # (the old table missed it)
    assert is_personal_token(joined)
    assert personal_keys.names_personal_data("id_عضوية")


@pytest.mark.parametrize("token", NOT_KEY_PAIRS)
def test_a_near_miss_is_no_holders_id_pair(token: str, old_key_pairs: FrozenSet[str]) -> None:
    assert token not in old_key_pairs
    assert not is_personal_token(token)


@pytest.mark.parametrize(("label", "kind"), LABEL_PAIRS)
def test_a_holders_id_label_names_a_persons_id(label: str, kind: str, old_label_pairs: FrozenSet[str]) -> None:
    assert label in old_label_pairs
    assert labelled_values._holder_id_pair(label)
    assert labelled_values._kind_of_joined(label) == kind


@pytest.mark.parametrize("label", NOT_LABEL_PAIRS)
def test_a_near_miss_label_is_no_holders_id_pair(label: str, old_label_pairs: FrozenSet[str]) -> None:
    assert label not in old_label_pairs
    assert not labelled_values._holder_id_pair(label)
