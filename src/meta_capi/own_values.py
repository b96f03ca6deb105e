"""The visitor's own identifiers, known before the payload is built: the event's user, anonymous and Edgee ids and
the raw values the identity step hashes (email, phone, full name, post code, date of birth). While an event is mapped
the gate (detector.own_value_reason) leaves out any text holding one of them, or a form derived from one, as tokens:
hashed in `user_data` is the only way they leave (the README's promise "no identifier the event carries for its
visitor leaves raw in any other field").

Each value is kept as its skeleton, its letters and digits casefolded, so that spacing, marks and case do not matter
(`u_7Q4 MX2W K91`, `u7q4mx2wk91` for `u_7Q4MX2WK91`; `harnell-stoyvik`, `HarnellStoyvik` for the name), with the forms
derived from it once per event: reversed; an identifier's base64 and (when a text may hold one) its MD5, SHA-1 and
SHA-256 hex, as given and as normalized; the mail's local part; a name family name first and as an initial with the
family name, either as a username with digits after it; a date of birth in the layouts dates are written. Built here,
judged in the detector (Visitor.reason): a value too short or too common to be the visitor's alone (the floor below)
is not judged this way, and the detector's own rules still read it where a label or a shape says what it is. Meta's
own ids (fbc, fbp, click ids) are Meta's, not the visitor's, and are not among them.
"""

from __future__ import annotations

import hashlib
import re
import time
from binascii import b2a_base64
from operator import itemgetter
from typing import Callable, Dict, List, Mapping, Optional, Tuple

from . import identity
from .model import EventView, UserView, as_user
from .values import present

# The floor. An id, an email or a phone number of five characters or more (a phone's digits: seven, a plan's
# shortest) is the visitor's own; a shorter one (`42`, `e-1`) is as often a count, a size or a page's number. An id
# of letters alone counts from eight (`admin`, `guest`, `kunde` are words a shop writes), and never as a tracker's
# placeholder for no id. A name counts whole only, first and last (`Marie` alone is a product's, a street's, a
# shop's as often); a city or a state never (`Paris` names a perfume, and a town its million people); a post code
# only with letters and digits (`LS1 4AP`: a street; `75001` is a district's, and any five-digit number's). Each
# counts by its skeleton too: five letters and digits at least.
MIN_LENGTH = 5
MIN_LETTERS_ONLY = 8
MIN_PHONE_DIGITS = 7
# A skeleton of digits alone shorter than this stands only as one token, as written: `48120`, an id, is not the
# price `48 120` or `48.120` (a phone's shortest plan: from 7 digits, a value's digits may be grouped any way).
MIN_SPREAD_DIGITS = 7
# A date of birth's layouts count from six digits (`230486`, `23/04/86`): `23/4/86` is too many other dates'.
MIN_DATE_DIGITS = 6
# Longer values are no one's id (Meta's external_id allows 512; a digest is 64): not judged this way, which keeps a
# needle's search short.
MAX_LENGTH = 128
MAX_VALUES = 12  # the most a visitor can have (ids of a user call and its context, then the identity's values)
_PLACEHOLDERS = frozenset("anonymous undefined unidentified unassigned notavailable".split())
# A mailbox named for a role is nobody's own (`customer.service@`, `purchasing@`, `einkauf2@`): the words of its
# local part, by meaning, in the languages of the lexicon; its local part is not judged alone.
_ROLE_MAILBOX_WORDS = frozenset((
    "info information contact contacts kontakt contatto contacto hello hallo hi bonjour hola ciao office bureau buero "
    "buro ufficio oficina kantoor admin administrator administration webmaster postmaster hostmaster noreply no reply "
    "donotreply mail mailbox email post support help helpdesk service services customer customers client clients "
    "care team staff desk sales sale orders order purchasing purchase procurement billing accounts accounting "
    "finance invoice invoices payments returns shipping logistics marketing newsletter news press media jobs careers "
    "hr recruiting privacy legal security abuse einkauf verkauf vertrieb bestellung bestellungen buchhaltung "
    "rechnung rechnungen kundenservice kundendienst versand achats achat ventes vente commandes commande compta "
    "comptabilite facturation compras ventas pedidos facturacion contabilidad acquisti vendite ordini amministrazione "
    "fatturazione inkoop verkoop bestellingen administratie boekhouding facturen zakupy sprzedaz zamowienia "
    "ksiegowosc inkop forsaljning bestallning ekonomi").split())

# How a needle's skeleton must stand in a text's skeleton (always from where one of the text's tokens starts):
SPREAD = 0  # to where one ends, any marks or blanks between its letters and digits (`u_7Q4 MX2W K91`)
ONE_TOKEN = 1  # one token of the text as written (digits alone under MIN_SPREAD_DIGITS)
USERNAME = 2  # SPREAD, or digits after it in its last token (`harnellstoyvik86`, a username)
INITIAL = 3  # USERNAME, an initial alone followed by a mark, not a blank (`H. Stoyvik`; `A Baker` is English)

# What a reason names: (what, the field it was read from, how it was derived or ""), formatted by `own` only when a
# text holds it (most events find none: no string is built for the others).
Why = Tuple[str, str, str]
# (skeleton, what its reason names, its shape), as Visitor reads them.
Needle = Tuple[str, Why, int]
Needles = Tuple[Needle, ...]

_TOKEN = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum's), as a token's boundary reads
_NOT_TOKEN = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W\d_]+")  # a run of letters
_ASCII_MARKS = bytes(byte for byte in range(128) if not chr(byte).isalnum())
_MD5_HEX = 32  # the shortest digest's hex
_HEX_RUN = re.compile(f"[0-9a-f]{{{_MD5_HEX}}}")


def skeleton(text: str) -> str:
    """`text` casefolded, its letters and digits only: what a needle and a judged text are compared by."""
    low = text.casefold()
    # (ASCII, the usual text: its marks deleted from its bytes in one C loop, no regex)
    return low.encode().translate(None, _ASCII_MARKS).decode() if low.isascii() else _NOT_TOKEN.sub("", low)


class Visitor:
    """The visitor's own values of one event as the gate reads them: `needles`, the values and the forms derived from
    them but digests, shortest first; and the forms whose digests are taken the first time a judged text holds a run
    of hex digits as long as an MD5's, unbroken as a digest is written (most events judge none: an event's uuid has
    its dashes between; their digests are never taken)."""

    __slots__ = ("needles", "_skeletons", "_shortest", "_hashed", "_digests")

    def __init__(self, needles: Needles, hashed: Tuple[Tuple[bytes, str, str], ...]) -> None:
        self.needles = needles
        self._skeletons = tuple(map(itemgetter(0), needles))  # (for one test of them all in C)
        self._shortest = min(len(needles[0][0]), _MD5_HEX) if hashed else len(needles[0][0])  # (a text's least)
        self._hashed = hashed  # (form, what, field)
        self._digests: Optional[Needles] = None

    def digests(self) -> Needles:
        """The MD5, SHA-1 and SHA-256 hex of each form hashed (hex in lower case is its own skeleton)."""
        if self._digests is None:
            self._digests = tuple(
                (digest(data, usedforsecurity=False).hexdigest(), (what, field, how), SPREAD)
                for data, what, field in self._hashed for how, digest in _DIGESTS)
        return self._digests

    def reason(self, text: str) -> str:
        """The reason of the first needle `text` holds as tokens (the needle's skeleton from where one of the text's
        tokens starts to where one ends, in any case, whatever marks or blanks stand between), or "". One search in C
        for each needle no longer than the text's skeleton (the shortest first), the tokens read only on a find:
        linear in the text."""
        if len(text) < self._shortest and text.isascii():  # (most texts: shorter than any needle, no letter to fold)
            return ""
        low = text.casefold()  # (skeleton's two lines, keeping `low` for _stands)
        letters = low.encode().translate(None, _ASCII_MARKS).decode() if low.isascii() else _NOT_TOKEN.sub("", low)
        size = len(letters)
        # (most texts hold none of the needles: one pass in C over them all, the loop only after a find)
        if any(map(letters.__contains__, self._skeletons)):
            for needle, reason, shape in self.needles:
                if len(needle) > size:
                    break
                if needle in letters and _stands(low, letters, needle, shape):
                    return own(*reason)
        if size >= _MD5_HEX and self._hashed and _HEX_RUN.search(low) is not None:
            for needle, reason, shape in self.digests():
                if needle in letters and _stands(low, letters, needle, shape):
                    return own(*reason)
        return ""


def _stands(low: str, letters: str, needle: str, shape: int) -> bool:
    """Whether `needle`, found in `letters` (the skeleton of `low`), stands there as its `shape` asks."""
    starts: Dict[int, int] = {}  # where each token starts and ends in `letters` -> its index
    ends: Dict[int, int] = {}
    after: List[int] = []  # where each token ends in `low`
    at = 0
    for index, token in enumerate(_TOKEN.finditer(low)):
        starts[at] = index
        at += token.end() - token.start()
        ends[at] = index
        after.append(token.end())
    found = letters.find(needle)
    while found >= 0:
        first = starts.get(found)
        if first is not None:
            end = found + len(needle)
            if shape >= USERNAME:  # (digits glued after it: a username's)
                while end not in ends and end < at and letters[end].isdigit():
                    end += 1
            last = ends.get(end)
            if last is not None and (shape != ONE_TOKEN or first == last) and (
                    shape != INITIAL or starts.get(found + 1) != first + 1 or not low[after[first]].isspace()):
                return True
        found = letters.find(needle, found + 1)
    return False


def own(what: str, field: str, how: str = "") -> str:
    """The reason the gate gives for a text holding the visitor's own `what`, read from `field`, derived `how` (never
    the value)."""
    return f"holds the visitor's own {what} ({field}), {how}" if how else f"holds the visitor's own {what} ({field})"


_IDS = (("user_id", "user id"), ("anonymous_id", "anonymous id"), ("edgee_id", "Edgee id"))
_DIGESTS = (("hashed (MD5)", hashlib.md5), ("hashed (SHA-1)", hashlib.sha1), ("hashed (SHA-256)", hashlib.sha256))
_ENCODED = "base64-encoded"


def _token(raw: str) -> str:
    """`raw` lowercased, without the characters that are no letter or digit at its ends: what the floor reads."""
    text = raw.strip().lower()
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # (the usual value: no mark at its ends; a slice of "" is "", no letter)
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def _id_counts(token: str) -> bool:
    if not MIN_LENGTH <= len(token) <= MAX_LENGTH:
        return False
    return not token.isalpha() or len(token) >= MIN_LETTERS_ONLY and token not in _PLACEHOLDERS


def _skeletons(texts: List[str]) -> List[str]:
    """The skeleton of each of `texts` (skeleton's), in one pass in C over them all: an event's values are a dozen
    short texts, each a Python call apart. A text over MAX_LENGTH gives "" (never a needle)."""
    joined = "\0".join(texts).casefold()
    if joined.count("\0") != len(texts) - 1 or max(map(len, texts)) > MAX_LENGTH:  # (NUL in a value, a long one)
        return [skeleton(text) if len(text) <= MAX_LENGTH else "" for text in texts]
    if joined.isascii():
        return joined.encode().translate(None, _ASCII_MARKS_BUT_NUL).decode().split("\0")
    return _NOT_TOKEN_NOR_NUL.sub("", joined).split("\0")


_ASCII_MARKS_BUT_NUL = _ASCII_MARKS[1:]  # (NUL, byte 0, first: what _skeletons joins the texts with)
_NOT_TOKEN_NOR_NUL = re.compile(r"(?:[^\w\0]|_)+")
# What each step of _Needles reads: an identifier (its reversed form and, when it counts, its base64 and digests
# follow), a name's or a post code's value (forms of its own follow), a date of birth's, a mail's local part alone.
_IDENTIFIER, _NAME, _POST_CODE, _BIRTH_DATE, _LOCAL_PART = range(5)


class _Needles:
    """The needles of one event as they are found: the values first, then the forms derived from them (a value's own
    reason wins over a derived form's with the same skeleton). The values are gathered first, in order, and their
    skeletons taken in one pass (_skeletons); `build` then adds them and derives their forms."""

    __slots__ = ("texts", "steps")

    def __init__(self) -> None:
        self.texts: List[str] = []  # every text whose skeleton a step reads, in order
        self.steps: List[Tuple[int, int, Tuple[str, ...], Why]] = []  # (kind, texts read, hashed forms, reason)

    def identifier(self, forms: Tuple[str, ...], hashed: Tuple[str, ...], what: str, field: str) -> None:
        """An identifier as given and normalized (`forms`): each the value and reversed; the base64 of each of
        `hashed`, and its digests when needed (the forms a digest is taken of: case counts there)."""
        self.texts += forms
        self.steps.append((_IDENTIFIER, len(forms), hashed, (what, field, "")))

    def visitor(self) -> Optional[Visitor]:
        """The Visitor of the values gathered, or None when none is past the floor."""
        skeletons = _skeletons(self.texts)
        values: Dict[str, Needle] = {}
        derived: Dict[str, Needle] = {}
        hashed: List[Tuple[bytes, str, str]] = []
        at = 0
        for kind, count, forms, reason in self.steps:
            what, field = reason[0], reason[1]
            if kind == _IDENTIFIER:
                _add_identifier(values, derived, hashed, skeletons[at:at + count], forms, reason)
            elif kind == _NAME:  # (the given name's and the family name's skeletons)
                given, family = skeletons[at], skeletons[at + 1]
                if not given or not family:  # (a part longer than MAX_LENGTH: judged whole, as its skeleton)
                    given, family = skeleton(self.texts[at]), skeleton(self.texts[at + 1])
                whole = given + family
                _value(values, whole if len(whole) <= MAX_LENGTH else "", reason, USERNAME)
                _derive(derived, family + given, (what, field, "family name first"), USERNAME)
                _derive(derived, (given + family)[::-1], (what, field, "reversed"), None)
                if len(family) >= MIN_LENGTH:  # (`hstoyvik`; `jlee` is too many people's and words')
                    _derive(derived, given[:1] + family, (what, field, "initial and family name"), INITIAL)
            elif kind == _POST_CODE:
                letters = _value(values, skeletons[at], reason, None)
                _derive(derived, letters[::-1], (what, field, "reversed"), None)
            elif kind == _BIRTH_DATE:
                normal = self.texts[at]
                _value(values, skeletons[at], reason, None)
                for layout in _date_layouts(normal):
                    if len(layout) >= MIN_DATE_DIGITS and layout not in derived:  # (`23/04/86`: a date's marks)
                        derived[layout] = (layout, reason, SPREAD)
            else:  # (a mail's local part: a derived form alone)
                _derive(derived, skeletons[at], reason, None)
            at += count
        if not values:
            return None
        for letters in values.keys() & derived.keys():
            del derived[letters]
        found = [*values.values(), *derived.values()]
        # (shortest first, a value before a form of the same length: a stable sort by length, its key in C)
        lengths = list(map(len, map(itemgetter(0), found)))
        order = sorted(range(len(found)), key=lengths.__getitem__)
        return Visitor(tuple(map(found.__getitem__, order)), tuple(hashed))


def _add_identifier(values: Dict[str, Needle], derived: Dict[str, Needle], hashed: List[Tuple[bytes, str, str]],
                    skeletons: List[str], forms: Tuple[str, ...], reason: Why) -> None:
    """An identifier's `skeletons` (as given and normalized), each a value and reversed; the base64 of each of
    `forms` and, taken when needed, its digests (case counts there), when one of them counts."""
    what, field = reason[0], reason[1]
    counted = False
    for letters in skeletons:
        if len(letters) >= MIN_LENGTH and (letters in values or len(values) < MAX_VALUES):
            shape = ONE_TOKEN if len(letters) < MIN_SPREAD_DIGITS and letters.isdigit() else SPREAD
            if letters not in values:
                values[letters] = (letters, reason, shape)
            backwards = letters[::-1]  # (its shape is the value's: the same length and characters)
            if backwards not in derived:
                derived[backwards] = (backwards, (what, field, "reversed"), shape)
            counted = True
    if counted:
        for form in forms:
            data = form.encode()
            hashed.append((data, what, field))
            # (base64 and base64url differ in `+/` and `-_` only, and `=` pads them: none is in the skeleton)
            encoded = b2a_base64(data, newline=False).translate(None, b"+/=").decode().lower()
            if len(encoded) >= MIN_LENGTH and encoded not in derived:
                derived[encoded] = (encoded, (what, field, _ENCODED), SPREAD)


def _value(values: Dict[str, Needle], letters: str, reason: Why, shape: Optional[int]) -> str:
    """Add the skeleton `letters` of a value past the floor (`shape` None: SPREAD, or ONE_TOKEN for a few digits
    alone); `letters`, or "" under the floor or past MAX_VALUES."""
    if len(letters) < MIN_LENGTH:
        return ""
    if letters not in values:
        if len(values) == MAX_VALUES:
            return ""
        values[letters] = (letters, reason, _shape(letters) if shape is None else shape)
    return letters


def _derive(derived: Dict[str, Needle], letters: str, reason: Why, shape: Optional[int]) -> None:
    """Add the skeleton `letters` of a form derived from a value, past the floor (`shape` as _value's)."""
    if len(letters) >= MIN_LENGTH and letters not in derived:
        derived[letters] = (letters, reason, _shape(letters) if shape is None else shape)


def _shape(letters: str) -> int:
    return ONE_TOKEN if len(letters) < MIN_SPREAD_DIGITS and letters.isdigit() else SPREAD


def _length(needle: Needle) -> int:
    return len(needle[0])


def needles(kind: str, event: EventView, now: Optional[float] = None) -> Tuple[Tuple[str, str, int], ...]:
    """Every needle of `event`'s visitor (visitor below), digests included, shortest first, each with its reason;
    () for none."""
    found = visitor(kind, event, now)
    return () if found is None else tuple((letters, own(*why), shape) for letters, why, shape in sorted(
        found.needles + found.digests(), key=_length))


def visitor(kind: str, event: EventView, now: Optional[float] = None) -> Optional[Visitor]:
    """The visitor's own values of `event` (`kind` page/track/user) and the forms derived from them, with the reason
    naming each: its ids, then the identity's email, phone number, full name, post code and date of birth; at most
    MAX_VALUES values. None for a visitor with no value past the floor."""
    found = _Needles()
    user = event.context.user
    sources: Tuple[UserView, ...] = (as_user(event.data), user) if kind == "user" else (user,)
    for field, what in _IDS:
        for source in sources:
            raw = getattr(source, field)
            token = _token(raw) if raw and (source is user or raw != getattr(user, field)) else ""
            if token and _id_counts(token):
                given = raw.strip()
                found.identifier((given, token) if given != token else (given,), (given,), what, field)
    visitor = present(event.context.user.properties)
    if kind == "user":
        visitor.update(present(event.data.properties))
    if not visitor.keys().isdisjoint(identity.ALIAS_RANK):  # (most events: their ids only)
        _identity_values(visitor, event.context.client.country_code, now, found)
    return found.visitor() if found.steps else None


def _first(candidates: Mapping[str, List[Tuple[str, str]]], key: str,
           normalize: Callable[[str], str]) -> Tuple[str, str, str]:
    """(alias, raw value, normal form) of the first alias of `key` whose value normalizes, as identity takes it."""
    for name, raw in candidates.get(key, ()):
        normal = normalize(raw) if len(raw) <= MAX_LENGTH else ""
        if normal:
            return name, raw, normal
    return "", "", ""


def _identity_values(visitor: Mapping[str, str], client_country: str, now: Optional[float], found: _Needles) -> None:
    """Add to `found` the values identity.customer_information hashes, whose forms it derives (the floor above)."""
    candidates = identity.alias_candidates(visitor)
    steps, texts = found.steps, found.texts
    name, raw, normal = _first(candidates, "em", identity.normalize_email)
    if name:
        given = raw.strip()  # (a mail's digest is taken of it in lower case, as Gravatar's, as often as given)
        forms = (normal, given) if given != normal else (normal,)
        found.identifier(forms, forms, "email address", name)
        local = normal.rpartition("@")[0]
        if _id_counts(local) and _ROLE_MAILBOX_WORDS.isdisjoint(_WORD.findall(local)):
            texts.append(local)
            steps.append((_LOCAL_PART, 1, (), ("email address", name, "its local part")))
    if "ph" in candidates:
        if client_country and not client_country.isspace():
            candidates.setdefault("country", []).append((identity.CLIENT_COUNTRY, client_country))
        country = identity.visitor_country(candidates)
        name, raw, normal = _first(candidates, "ph", lambda text: identity.normalize_phone(text, country))
        if name and len(normal) >= MIN_PHONE_DIGITS:
            found.identifier((raw, normal), (normal, "+" + normal), "phone number", name)
    first, first_raw, first_normal = _first(candidates, "fn", identity.normalize_name)
    last, last_raw, last_normal = _first(candidates, "ln", identity.normalize_name)
    if first and last and len(first_normal + last_normal) >= MIN_LENGTH:
        texts += (first_normal, last_normal)
        steps.append((_NAME, 2, (), ("name", f"{first} and {last}", "")))
    name, raw, normal = _first(candidates, "zp", identity.normalize_zip)
    if name and not normal.isdigit() and not normal.isalpha():
        texts.append(normal)
        steps.append((_POST_CODE, 1, (), ("post code", name, "")))
    if "db" in candidates:
        year = time.gmtime(time.time() if now is None else now).tm_year
        name, raw, normal = _first(candidates, "db", lambda text: identity.normalize_date_of_birth(text, year))
        if name:
            texts.append(normal)
            steps.append((_BIRTH_DATE, 1, (), ("date of birth", name, "")))


def _date_layouts(normal: str) -> Tuple[str, ...]:
    """The digits of a date `normal` (YYYYMMDD) in the layouts dates are written, marks aside (they are read as
    tokens): year first, day first, month first; month and day with their 0 or both without; years of 4 and 2
    digits (`19860423`, `23.04.1986`, `4/23/1986`, `23/4/86`, `860423`)."""
    year, month, day = normal[:4], normal[4:6], normal[6:]
    layouts = []
    for y in (year, year[2:]):
        for m, d in dict.fromkeys(((month, day), (month.lstrip("0"), day.lstrip("0")))):
            layouts += [y + m + d, d + m + y, m + d + y]
    return tuple(layouts)
