"""Keys and their values in serialized text that is neither a query nor JSON (forty-third closer, attack 36), for the
gate to judge each key by the key rule with its value (privacy.embedded_reason), as it judges `key=value` and object
text. Each layout is read by its structure, never by its keys' spellings:

- PHP's serialize() and session format: a string key before a value, `s:9:"last_name";s:5:"…";`, and a session's
  `last_name|s:5:"…";`;
- an arrow between a key and its value, Perl's and Ruby's hashes: `'last_name' => '…'`;
- a call's or a constructor's labelled arguments, Swift's dump and Kotlin's: `Customer(lastName: "…")`, on lines of
  their own too;
- a pair written as a two-item list or tuple, a key string first: `[["last_name", "…"]]`, `[('last_name', '…')]`,
  `{"last_name", "…"}`;
- an Apple property list's `<key>lastName</key><string>…</string>`;
- an LDAP filter's items, `(&(objectClass=person)(sn=…))`, its attributes read by what they name (`sn` a surname),
  only in a filter's layout: an item opening with `&`, `|` or `!` before its items;
- an HTML form's field (`<input>`, `<select>`, `<textarea>`), named by its `name`, `id`, `autocomplete` token,
  `placeholder`, `aria-label`, `title`, `data-label` or the `<label>` before it (for it, or wrapping it; each a
  key), its value the `value` attribute, the selected or listed options, or the text area's text.

A key that is a name word alone (`name`) is not read from these layouts: a thing's as often as a person's. Every
scan is one pass with bounded quantifiers, behind CUE (a scan in C): most values hold none of it."""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator, List, Tuple

from .canonical import branches_by_first_letter
from .personal_keys import NAME_TOKENS, key_tokens

# What one of the layouts needs: most values hold none of it. (Each alternative opens on a literal character,
# grouped by it: the engine skips to one of them and tries a few branches there.)
CUE = re.compile(branches_by_first_letter(
    r""":(?<=s:)[0-9]{1,5}:"|=>|\((?<=[\w>]\()[ \t]{0,3}[A-Za-z_]\w{0,63}:"""
    r"""|\((?<=[\w>] \()[ \t]{0,3}[A-Za-z_]\w{0,63}:[ \t]{0,3}["']"""
    r"""|\((?<=[\w>]\()[ \t]{0,3}\n[ \t]{0,12}[A-Za-z_]\w{0,63}:"""
    r"""|\([ \t]{0,3}["']|\[[ \t]{0,3}["']|\{[ \t]{0,3}["']|<key>"""
    r"|\(&\(|\(\|\(|\(!\(|<(?i:input|select|textarea)[\s>]"))


def cued(text: str) -> bool:
    """Whether `text` holds a layout's cue (CUE), what each alternative needs tested in C first: a colon, `<` or `>`,
    or a bracket or a brace with a quote, or `(&(`, `(|(`, `(!(` (a browser's user agent and most values hold none,
    and leave the pattern untouched)."""
    return (":" in text or "<" in text or ">" in text or ("(" in text or "[" in text or "{" in text) and (
        '"' in text or "'" in text or "(&(" in text or "(|(" in text or "(!(" in text)) and CUE.search(text) is not None


_PHP_PAIR = re.compile(r'(?:s:[0-9]{1,5}:"([^"\n]{1,256})";|(?:^|(?<=[;}"\s]))([A-Za-z_][\w.-]{0,63})\|)'
                       r'(?:s:[0-9]{1,5}:"([^"]{0,1024})"|[id]:(-?[0-9.]{1,24}))')
_ARROW_PAIR = re.compile(r"""(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|(?<![\w$:])([A-Za-z_][\w.-]{0,63}))[ \t]{0,3}=>"""
                         r"""[ \t]{0,3}(?:"([^"\n]{0,1024})"|'([^'\n]{0,1024})'|([^,\s}\])]{1,256}))""")
# (a call's arguments: up to its closing parenthesis, no parenthesis inside, on lines of their own as Swift's and
# Kotlin's dumps break them; each labelled argument after it, a blank after its colon unless its value is quoted,
# `lastName:"…"`; a blank between the call's name and its bracket only before a quoted value, which prose has not)
_CALL = re.compile(r"(?<![\w.])[A-Za-z_][\w.]{0,63}( ?)\(([^()]{1,2048})\)")
_LABELLED = re.compile(r"""(?:^|(?<=[,\n]))[ \t]{0,12}([A-Za-z_]\w{0,63}):(?:[ \t]{1,3}|(?=["']))"""
                       r"""(?:"([^"\n]{0,1024})"|'([^'\n]{0,1024})'|([^,\s]{1,256}))""")
# (a two-item list, tuple, or Erlang's and Elixir's tuple in braces)
_TWO_ITEMS = re.compile(r"""[(\[{][ \t]{0,3}(?:"([^"\n]{1,256})"|'([^'\n]{1,256})')[ \t]{0,3},[ \t]{0,3}"""
                        r"""(?:"([^"\n]{0,1024})"|'([^'\n]{0,1024})'|([^,\s)\]}]{1,64}))[ \t]{0,3}[)\]}]""")
_PLIST_PAIR = re.compile(r"<key>([^<]{1,256})</key>\s{0,40}<(\w{1,10})>([^<]{0,1024})</\2>")
# LDAP's attributes that name a person (RFC 4519), read as the key they are.
_LDAP_KEYS = {"sn": "surname", "cn": "full name", "commonname": "full name", "displayname": "display name",
              "gn": "given name", "givenname": "given name", "mail": "email", "telephonenumber": "telephone number",
              "mobile": "mobile", "uid": "user id", "street": "street", "postaladdress": "postal address",
              "l": "city"}
# ... except a group's or a unit's common name and place, in a filter for groups (RFC 4519's `groupOfNames`,
# `organizationalUnit`, Active Directory's `group`): `(cn=Marketing)` is a team's.
_GROUP_FILTER = re.compile(r"\((?i:objectClass)=(?i:group|organizationalUnit|organization)")
_GROUP_NAMES = {key: name for key, name in _LDAP_KEYS.items() if key not in ("cn", "commonname", "l")}
_LDAP_ITEM = re.compile(r"\(([A-Za-z][\w;-]{0,63})[~<>]?=([^()\n]{1,256})\)")

_FIELD = re.compile(r"<(?i:(input|select|textarea|label))\b([^<>]{0,1024})>")
_ATTRIBUTE = re.compile(r"""([\w:-]{1,40})[ \t\n]{0,3}=[ \t\n]{0,3}"""
                        r"""(?:"([^"]{0,1024})"|'([^']{0,1024})'|([^\s>]{1,256}))""")
_FIELD_NAMES = ("name", "id", "autocomplete", "placeholder", "aria-label", "title", "data-label")
_TEXT_UNTIL_TAG = re.compile(r"[^<]{0,1024}")
_OPTION = re.compile(r"<(?i:option)\b[^<>]{0,400}>([^<]{1,256})")
_MAX_PAIRS = 64


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        found.setdefault(match.group(1).lower(), match.group(2) or match.group(3) or match.group(4) or "")
    return found


def _php(form: str) -> Iterator[Tuple[str, str]]:
    for key, session_key, text, number in _PHP_PAIR.findall(form):
        yield key or session_key, text or number


def _arrows(form: str) -> Iterator[Tuple[str, str]]:
    for match in _ARROW_PAIR.finditer(form):
        groups = match.groups()
        yield groups[0] or groups[1] or groups[2], groups[3] or groups[4] or groups[5]


def _calls(form: str) -> Iterator[Tuple[str, str]]:
    for blank, arguments in _CALL.findall(form):
        for key, double, single, bare in _LABELLED.findall(arguments):
            if not blank or not bare:
                yield key, double or single or bare


def _two_items(form: str) -> Iterator[Tuple[str, str]]:
    for double_key, single_key, double, single, bare in _TWO_ITEMS.findall(form):
        yield double_key or single_key, double or single or bare


def _ldap(form: str) -> Iterator[Tuple[str, str]]:
    names = _GROUP_NAMES if _GROUP_FILTER.search(form) is not None else _LDAP_KEYS
    for attribute, value in _LDAP_ITEM.findall(form):
        yield names.get(attribute.lower(), attribute), value


def _html_fields(form: str) -> Iterator[Tuple[str, str]]:
    """Each field's names (its attributes' and the `<label>` before it) with its value, one pair a name."""
    label, labelled = "", ""  # (the last label's text, and the id its `for` names: "" when it wraps its field)
    for match in _FIELD.finditer(form):
        kind = match.group(1).lower()
        attributes = _attributes(match.group(2)) if "=" in match.group(2) else {}
        after = _TEXT_UNTIL_TAG.match(form, match.end())
        text = after.group().strip() if after else ""
        if kind == "label":
            label, labelled = text, attributes.get("for", "")
            continue
        if kind == "input":
            values = [attributes.get("value", "")]
        elif kind == "textarea":
            values = [text]
        else:  # (a select's options up to its end: the selected one is among them)
            values = _OPTION.findall(form, match.end(), match.end() + 1024)[:8]
        names = [attributes[name] for name in _FIELD_NAMES if attributes.get(name)]
        names += [label] if label and (not labelled or labelled == attributes.get("id")) else []
        label = ""
        for name in names:
            for value in values:
                if value.strip():
                    yield name, value.strip()


# A record that names a person by its type: an LDAP filter's person class (`person`, `inetOrgPerson`, `user`), PHP's
# object class or a call's, constructor's name ending in a person's word (`O:8:"Customer"`, `Customer(`).
_PERSON_RECORD = re.compile(
    r"objectClass=(?:[a-z]{0,20}person|user)\b"
    r"|(?:\b|_)(?:customer|user|person|member|client|contact|buyer|shopper|subscriber|employee|patient)"
    r"(?:\x22:[0-9]{1,3}:\{| ?\()", re.IGNORECASE)


def names_a_person(form: str) -> bool:
    """Whether a serialized layout's record names a person by its type (_PERSON_RECORD)."""
    return _PERSON_RECORD.search(form) is not None


def pairs(form: str) -> List[Tuple[str, str]]:
    """The keys and values of the layouts above in canonical `form` (each behind a substring test in C), at most
    _MAX_PAIRS of each, keys that are a name word alone left out."""
    readers: List[Iterator[Tuple[str, str]]] = []
    if ':"' in form:
        readers.append(_php(form))
    if "=>" in form:
        readers.append(_arrows(form))
    if "(" in form and ":" in form:
        readers.append(_calls(form))
    if ("(" in form or "[" in form or "{" in form) and ("'" in form or '"' in form):
        readers.append(_two_items(form))
    if "<key>" in form:
        readers.append((key, value) for key, _, value in _PLIST_PAIR.findall(form))
    if "=" in form and ("(&(" in form or "(|(" in form or "(!(" in form):
        readers.append(_ldap(form))
    if "<" in form:
        readers.append(_html_fields(form))
    # (a record has a few fields: past _MAX_PAIRS of a layout, its pairs are not read)
    return [(key.strip(), value) for reader in readers for key, value in islice(reader, _MAX_PAIRS)
            if key.strip() and not bare_name(key)]


def bare_name(key: str) -> bool:
    """Whether `key` is a name word alone (`name`): a thing's as often as a person's."""
    tokens = key_tokens(key)
    return len(tokens) == 1 and tokens[0] in NAME_TOKENS
