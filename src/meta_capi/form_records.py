"""A form builder's fields given as records (a form's dump, a survey tool's answers): one member labels the field, a
sibling holds what was typed in it. A record whose label names personal data (a personal key's words) holds personal
data in its answer members, as `soyad=...` would; the gate (privacy.py) judges each answer with its label as its key.

- In JSON, the members of one object are a record: a label member, `label`, `title`, `question`, `caption`,
  `prompt`, `name`, `field`, `ref`, `key`, `id` or a key ending in `label`, `question` or `prompt` (Gravity Forms'
  `field_label`; not a `page_title`), and
  a nested `field` object's, mark the answer members, `value`, `answer`, `response`, `val`, `input` or a key ending
  in one (`field_value`), and `text` and `content` after a field's name (a title and its text are a page's block:
  `{"title": "Email", "text": "Sign up"}`) (`[{"title": "Your phone number", "answer": ...}]`).
- In a query or a form dump, the parameters sharing a bracketed prefix (`data[0]` of `data[0][name]`) are one
  record; and a key that is another's name with a label word before or after it labels that one: `field_7_label`
  labels `field_7` (and `field_7_value`), `label_7` labels `value_7`, `form_field` labels `form_value`; a name's or
  a title's word only after a numbered field's (`field_7_name`: `product_name` is a product's own name).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Sequence, Tuple

Refusal = Callable[[str, str], str]  # (a key with its value: why they may not go out, or "")

_NAMES = frozenset("name field ref key label id".split())
_TITLES = frozenset("title question caption prompt".split())  # (a label of a question, not of a page's block)
RECORD_NAMES = _NAMES | _TITLES
_ANSWERS = frozenset("value answer response val input".split())
_TEXTS = frozenset("text content".split())
# The label and answer words that end a member's key as its role (`field_label`, `q3_question`, `field_value`; a
# `page_title` or an `image_caption` is a thing's own).
_ENDS = frozenset("label question prompt".split()) | _ANSWERS
RECORD_VALUES = _ANSWERS | _TEXTS
# The words that make a key a label of another in one query, after it (`field_7_label`, `form_field`) or, `label`
# alone, before it (`label_7`); a name's or a title's word only after a numbered field (`field_7_name`).
_LABEL_ENDS = frozenset("label field question caption prompt".split())
_NUMBERED_ENDS = frozenset("name title".split())
_MEMBER_WORDS = re.compile(r"[_.-]")
_FIRST_WORD = re.compile(r"([A-Za-z]+)[_.-]")
_LAST_WORD = re.compile(r"[_.-]([A-Za-z]+)$")
CUE = re.compile(r"(?i:label|field|question|caption|prompt|name|title)")  # (any of them, searched in C first)


def _role(member: str) -> str:
    """A JSON member's role: "name", "title", "answer", "text", or ""."""
    lowered = member.lower()
    if lowered not in RECORD_NAMES and lowered not in RECORD_VALUES:
        lowered = _MEMBER_WORDS.split(lowered)[-1]
        if lowered not in _ENDS:
            return ""
    return ("name" if lowered in _NAMES else "title" if lowered in _TITLES else
            "answer" if lowered in _ANSWERS else "text")


def record_named(record: Dict[Any, Any], personal: Callable[[str], str], refused: Refusal) -> bool:
    """Whether a JSON object's answer members hold what its label members (or its `field` object's) call personal
    (`personal`: a key's reason, `refused`: a key's with its value)."""
    names: List[Any] = []
    titles: List[Any] = []
    answers: List[Any] = []
    texts: List[Any] = []
    for member, value in record.items():
        role = _role(member) if isinstance(member, str) else ""
        if role in ("answer", "text") and value not in (None, "", [], {}):
            (answers if role == "answer" else texts).append(value)
        elif role == "name" and member.lower() == "field" and isinstance(value, dict):
            names.extend(inner for name, inner in value.items() if name.lower() in RECORD_NAMES)
        elif role == "name":
            names.append(value)
        elif role == "title":
            titles.append(value)
    for labels, values in ((names, answers + texts), (titles, answers)):
        if not values:
            continue
        name = next((name.strip() for name in labels if isinstance(name, str) and name.strip()
                     and personal(name.strip())), "")
        if name and any(refused(name, value if isinstance(value, str) else "") for value in values):
            return True
    return False


def _labelled(key: str) -> str:
    """The key `key` labels (above), or ""."""
    last = _LAST_WORD.search(key)
    if last is not None:
        word, stem = last.group(1).lower(), key[:last.start()]
        if word in _LABEL_ENDS or word in _NUMBERED_ENDS and stem[-1:].isdigit():
            return stem
    first = _FIRST_WORD.match(key)
    return key[first.end():] if first is not None and first.group(1).lower() == "label" else ""


def _answered(key: str) -> str:
    """The key whose answer `key` is by an answer word before or after it (`field_7_value`, `value_7`), or ""."""
    last = _LAST_WORD.search(key)
    if last is not None and last.group(1).lower() in _ANSWERS:
        return key[:last.start()]
    first = _FIRST_WORD.match(key)
    return key[first.end():] if first is not None and first.group(1).lower() in _ANSWERS else ""


def named_fields(pairs: Sequence[Tuple[str, str]], personal: Callable[[str], str], refused: Refusal) -> List[int]:
    """The positions in `pairs` (decoded keys and values of one query or form dump) of the answers of records
    labelled by a personal key (above): one pass over the pairs, each label judged once."""
    named: Dict[str, str] = {}  # a record's prefix or stem: its first label that is a personal key
    values: List[Tuple[str, int]] = []
    affixed = any(CUE.search(key) is not None for key, _ in pairs)
    for at, (key, value) in enumerate(pairs):
        label = value.strip()
        if key[-1:] == "]" and label:
            prefix, _, member = key[:-1].rpartition("[")
            member = member.strip().lower()
            if prefix and member in _NAMES and prefix not in named and personal(label):
                named[prefix] = label
            elif prefix and member in RECORD_VALUES:
                values.append((prefix, at))
            continue
        if not affixed or not label:
            continue
        stem = _labelled(key)
        if stem and stem not in named and personal(label):
            named[stem] = label
        values.append((key, at))
        answered = _answered(key)
        if answered:
            values.append((answered, at))
    return sorted({at for stem, at in values if stem in named and refused(named[stem], pairs[at][1])})
