"""A person's record written in a structure whose field names are keys (twenty-eighth attack), read as a form's
labels and values, one a line (`name: Aigerim Zhaksybekova`), for the detector to judge as free text: its label
rules (postal.py) and the key lexicon decide, as they do for any label, what a field's name says. Each layout is a
closed class of field names or positions, never a list of values:

- an LDAP or X.509 distinguished name (`CN=…,OU=…`, `/C=ZA/CN=…`) or an LDIF line (`cn: …`): the attributes that name
  a person (the common name, the surname, the given and display names) read as a name's label;
- markup: an element holding only text, labelled by its name and its parent's (`<customer><name>…` is `customer name:
  …`, `<ns:FamilyName>` is `FamilyName:`), by its microdata property and the item's type (`itemtype=".../Person"` and
  `itemprop="name"` is `Person name: …`), but a name word alone (`<name>Rooibos Tea</name>`: a thing's as often),
  and a table's or a definition list's cell after a label cell (`<td>Name</td><td>…</td>`, `<dt>Surname</dt><dd>…`);
- EDIFACT's `NAD` segment of a party that is a buyer or a receiver (its name and address, its party name), X12's
  `N1` segment of the same parties and `NM1` of an entity that is a person (its type `1`), HL7's segments naming a
  person (a field written as a name, `family^given`), each with the separators its interchange declares (`UNA`, the
  character after X12's tag, `MSH`), but not a party named by a company's or a business's site's word;
- an SQL `INSERT` or `REPLACE` whose columns are named (each value under its table's and column's names: `users
  first_name`), a `COPY … FROM stdin`'s first row;
- an S-expression's keyword before a string, after its list's head (`(customer :last "…")`; a name's part alone,
  `first`, `last`, `given`, `family`, `middle`, is read with `name` after it);
- an airline's name element, `SURNAME/GIVEN` in capitals (each word with a vowel: not `XL/XXL`) and a title ending
  the field, glued after a passenger's number (`1.1MWANGI/AMINAMS`) or apart (`MWANGI/AMINA MS`), a boarding pass's
  name field, a passport line's names (`SSR DOCS`), after `pax:`;
- a mail's recipients' headers (`Cc:`, and `To:` among a mail's other headers or before a quoted display name).

`fields` returns those lines (each once, _MAX_FIELDS at most), or "" when the text holds none of the layouts' cues
(CUE, a scan in C, first). Every scan is one pass: bounded quantifiers, a stack of open elements at most _MAX_DEPTH
deep."""

from __future__ import annotations

import binascii
import re
from typing import Dict, List, Optional, Tuple, Union

from .canonical import branches_by_first_letter
from .personal_keys import COMPANY_WORDS, NAME_TOKENS, key_tokens

# LDAP's attribute names that name a person, by the label they are (RFC 4519: `cn`, `sn`, `givenName`; `gn` its
# X.500 short name; `displayName` of inetOrgPerson).
_DN_LABELS = {"cn": "name", "commonname": "name", "displayname": "name", "sn": "surname", "surname": "surname",
              "gn": "given name", "givenname": "given name"}
_DN_ATTRIBUTE = "(?i:cn|commonname|displayname|sn|surname|gn|givenname)"
# (a distinguished name's pair: after its start, a comma, `/`, `+` or a JSON string's quote; the value up to the next
# separator, a separator escaped by `\` being data (`CN=Nyström\, Máret`, its `\` doubled in JSON text); not after
# `;`, a calendar's parameters: `ATTENDEE;CN=…` outside a calendar is read by the detector's calendar rule, not here)
_DN_PAIR = re.compile(f"(?:^|(?<=[,/+\\n\"]))[ \\t]{{0,3}}({_DN_ATTRIBUTE})[ \\t]{{0,3}}=[ \\t]{{0,3}}"
                      f"((?:[^,/;+=\\n()\"<>\\\\]|\\\\{{1,2}}[^\\n\\\\]){{1,200}})")
_DN_OTHER_PAIR = re.compile(r"(?:^|[,/+\n])[ \t]{0,3}[A-Za-z]{1,20}[ \t]{0,3}=")
# LDIF writes an attribute, its colon and its value on a line (`cn: …`): the short names in lower case only, as LDIF
# writes them (`CN: …` in capitals is a label of a shop's text as often).
# (a value that is not plain text is written in base64 after two colons, `displayName:: WXViYQ==`: RFC 2849)
_LDIF_LINE = re.compile(r"(?:^|(?<=\n))[ \t]{0,3}(cn|sn|gn|(?i:givenname|displayname))[ \t]{0,3}(::?)[ \t]{0,3}"
                        r"([^\n]{1,200})")
_LDIF_CUE = re.compile(r"(?:cn|sn|gn|[Nn]ame)[ \t]{0,3}:")

# The fields judged of one text at most (a record's; a text repeating one field is judged once for it).
_MAX_FIELDS = 32

# Markup: a tag (its name maybe namespaced, its attributes), an item's type and a property's name.
_MAX_DEPTH = 64
_MARKUP_TAG = re.compile(r"<(/?)([A-Za-z][\w.:-]{0,40})([^<>]{0,400}?)(/?)>")
_ITEMTYPE = re.compile(r"""(?:itemtype|typeof)[ \t]{0,3}=[ \t]{0,3}["']?(?:[^"'<>\s]{0,200}[/#])?([A-Za-z]{1,40})"""
                       r"""(?=["'\s/>]|$)""")
_ITEMPROP = re.compile(r"""(?<![\w-])(?:itemprop|property)[ \t]{0,3}=[ \t]{0,3}["']?([A-Za-z][\w-]{0,40})""")
# (RDFa's `typeof` and `property` are microdata's `itemtype` and `itemprop`; a property's value may be its element's
# `content` attribute, as `<meta itemprop="name" content="…">` writes it; text in CDATA is its element's text)
_CONTENT = re.compile(r"""(?<![\w-])content[ \t]{0,3}=[ \t]{0,3}(?:"([^"<>]{1,200})"|'([^'<>]{1,200})')""")
_CDATA = re.compile(r"<!\[CDATA\[(.{0,400}?)\]\]>", re.DOTALL)
_LABEL_CELLS = frozenset(["td", "th", "dt"])
_VALUE_CELLS = frozenset(["td", "dd"])

# (each segment opens the text, a line, a JSON string, a URL path's segment or a parenthesis (a user agent's comment),
# or follows its predecessor's end)
# EDIFACT's parties that are a buyer or a receiver (UN/EDIFACT 3035: buyer, delivery party, invoicee, consignee,
# ultimate consignee, ordered by, ship to), lexicon data. Its separators are those a `UNA` segment declares (its six
# characters: component, element, decimal mark, release, reserved, segment terminator), else `:+.? '`; a character
# after the release character is data (`O?'Kerjean`).
_EDIFACT_PARTIES = "BY|DP|IV|CN|UC|OB|ST"
_NAD = re.compile(f"(?:^|(?<=['\\n\"/(]))[ \\t]{{0,3}}NAD\\+(?:{_EDIFACT_PARTIES})\\+[^'+\\n]{{0,40}}"
                  "\\+([^'+\\n]{0,200})"
                  "(?:\\+([^'+\\n]{0,200}))?")
_UNA = re.compile(r"UNA([^\w\s])([^\w\s])(.)([^\w\s])(.)([^\w\s\n]|\n)")
_RELEASED = re.compile(r"\?(['+:?])")
_HELD = str.maketrans("\x01\x02\x03\x04", "'  ?")  # (a released character, held apart while the segment is cut;
# a released `+` or `:` joins a name's parts, read as a blank)
# X12's entities that are a buyer or a receiver (98: ship to, bill to, buyer, sold to), and any entity whose type is
# a person (NM1's second element `1`); its element separator is the character after the segment's tag, one of the
# class X12 interchanges declare in their ISA (`*`, `|`, `^`, `!`), its tags and codes in either case.
_X12_PARTIES = "ST|BT|BY|SO"
_X12_ELEMENT = "((?:(?!\\1)[^~\\n]){1,60})"
_N1 = re.compile(f"(?:^|(?<=[~\\n\"'/(]))[ \\t]{{0,3}}(?i:N1)([*|^!])(?i:{_X12_PARTIES})\\1{_X12_ELEMENT}")
_NM1 = re.compile(f"(?:^|(?<=[~\\n\"'/(]))[ \\t]{{0,3}}(?i:NM1)([*|^!])[A-Za-z0-9]{{2,3}}\\1[1]\\1{_X12_ELEMENT}"
                  "(?:\\1((?:(?!\\1)[^~\\n]){0,35}))?")
_X12_CUE = re.compile(r"[Nn][Mm]?1[*|^!]")
# A party's name of a company or a place of business, not a person's (`ACME DISTRIBUTION CENTER`, `BEST BUY CO`):
# a word of a company's legal form or of a business's site, lexicon data (personal_keys.COMPANY_WORDS).
# HL7 v2: the field and component separators are the two characters after `MSH` (`MSH|^~\\&`), else `|` and `^`;
# in the segments naming a person (the patient, PID; the next of kin, NK1; the guarantor, GT1; the insured, IN1),
# each field (each of its repetitions, after `~`) written as a person's name is (family^given^…: its first two
# components words of letters).
_MSH = re.compile(r"MSH([^\w\s])([^\w\s])([^\w\s])?")
_HL7_SEGMENT = re.compile(r"(?:^|(?<=[\r\n\"'/(])|(?<=\\[rn]))(PID|NK1|GT1|IN1)([^\w\s])")
_HL7_SEGMENT_END = re.compile(r"[\r\n\"]|\\[rn]")  # (a segment ends a line, a JSON string or its escaped line)
_HL7_NAME_PART = re.compile(r"[^\W\d_][^\W\d_' .-]{0,40}")
_HL7_FIELDS = 32  # (a segment's fields read at most)
_HL7_REACH = 1000  # (a segment's characters read at most)
_HL7_SEGMENTS = 16  # (the segments read of one text at most: a record's are few)
# SQL: an INSERT (or MySQL's REPLACE) naming its columns, then one row of values; PostgreSQL's COPY naming its columns
# from its input, then its first row, cut by tabs.
_INSERT = re.compile(r"(?i:(?:insert|replace)[ \t]{1,3}into)[ \t]{1,3}([\w.`\"\[\]]{1,64})[ \t]{0,3}\(([^()]{1,400})\)"
                     r"[ \t\n]{0,3}"
                     r"(?i:values)[ \t]{0,3}\(([^()]{1,1000})\)")
_COPY = re.compile(r"(?i:copy)[ \t]{1,3}([\w.`\"\[\]]{1,64})[ \t]{0,3}\(([^()]{1,400})\)[ \t]{1,3}"
                   r"(?i:from[ \t]{1,3}stdin)[^\n]{0,40}\n([^\n]{1,1000})")
_SQL_QUOTES = " \t`\"[]"
_SQL_VALUE = re.compile(r"'((?:[^']|''){0,200})'|([^,'\s][^,]{0,200})")
# An S-expression's list: its head, then keywords and their strings, or lists of a key and its string; a keyword is
# read after its list's head, and a name's part alone with `name` after it (`(customer :last "…")`, `(customer (last
# "…"))` are `customer last name: …`); an EDN map (`{…}`) has no head, its keywords their namespace
# (`:customer/first-name` is `customer first-name`).
_KEY = "[A-Za-z][\\w-]{0,40}"
_STRING = '"[^"\\n]{0,200}"'
_KEYWORD_LIST = re.compile(f"(?:\\(({_KEY})|\\{{)((?:[ \\t,]{{0,3}}(?::{_KEY}(?:/{_KEY})?[ \\t]{{1,3}}{_STRING}"
                           f"|\\({_KEY}[ \\t]{{1,3}}{_STRING}\\))){{1,20}})")
_KEYWORD = re.compile(f":({_KEY}(?:/{_KEY})?)[ \\t]{{1,3}}\"([^\"\\n]{{1,200}})\""
                      f"|\\(({_KEY})[ \\t]{{1,3}}\"([^\"\\n]{{1,200}})\"\\)")
_NAME_PARTS = frozenset("first last given family middle sur maiden".split())
# An airline's name element: the family name, `/`, the given names (one to three words), each with a vowel (sizes
# have none: `XL/XXL`), then a title (lexicon data: IATA's titles) ending the field, glued after a passenger's number
# (`1.1`, or Amadeus's `NM1`; there the title may be left out), or apart; a boarding pass's name field (BCBP: `M` and
# its legs' count, then twenty characters, the name padded with blanks); a passport line's surname and given names
# (`SSR DOCS`: after its seven fields); after a passenger's label (`pax:`), in either case.
_AIRLINE_TITLES = "MRS|MR|MSTR|MISS|MS|DR"
_AIRLINE_WORD = "(?=[A-Z]{0,29}[AEIOUY])[A-Z]{2,30}"
_GIVEN_NAMES = f"{_AIRLINE_WORD}(?: {_AIRLINE_WORD}){{0,2}}"
_FIELD_END = "(?=[ \\t]{0,3}(?:$|[,;|\\n\"')]))"
_PNR_NAME = re.compile(f"(?:^|(?<=[\\s/\"]))(?:[0-9]{{1,2}}\\.[0-9]{{1,2}}|NM[0-9])({_AIRLINE_WORD})/"
                       f"((?=[A-Z]{{0,29}}[AEIOUY])[A-Z]{{2,30}}?(?: {_AIRLINE_WORD}){{0,2}}?)"
                       f"(?:[ \\t]?(?:{_AIRLINE_TITLES}))?{_FIELD_END}")
_TITLED_NAME = re.compile(f"(?<![\\w/])({_AIRLINE_WORD})/({_GIVEN_NAMES})[ \\t](?:{_AIRLINE_TITLES}){_FIELD_END}")
_BOARDING_PASS = re.compile(r"(?:^|(?<=[\s\"'(]))M[1-4]((?=[A-Z]{2,30}/[A-Z])[A-Z/ ]{20})[E ]")
_DOCS = re.compile(f"SSR[ \\t]DOCS[^/\\n]{{0,20}}(?:/[^/\\n]{{0,20}}){{7}}/({_AIRLINE_WORD})/({_GIVEN_NAMES})")
_PAX_NAME = re.compile(f"(?<!\\w)(?i:pax[ \\t]{{0,3}}:[ \\t]{{0,3}}({_AIRLINE_WORD})/({_GIVEN_NAMES}))", re.IGNORECASE)
_AIRLINE_CUE = re.compile(r"[A-Z]{2}/[A-Z]{2}")


# A mail's header block (twenty-ninth attack): its recipients' headers name people as a recipient's label does, `Cc:`
# and `Bcc:` wherever they open a line or a JSON string, `To:` when another header only a mail has opens a line of
# the text too (`Subject:`, `Date:`, `Cc:`; `From: Berlin`, `To: New York` are a trip's); `From:` is not read (a
# shop's or a maker's as often). A `To:` whose value opens with a quote is a mail's too: a display name in quotes
# (RFC 5322's quoted string), read even when a list's comma cut it before its closing quote (`To: "Brennaquist` of
# `To: "Brennaquist, Tovra" <…>` in content ids; forty-sixth attack).
_RECIPIENTS = re.compile(r"(?:^|(?<=[\n\"]))(To|(?i:b?cc))[ \t]{0,3}:[ \t]{0,3}(\"?)([^\n\"]{1,200})")
_MAIL_HEADER = re.compile(r"(?:^|[\n\"])(?:Subject|Date|Cc|CC|Bcc|Reply-To|Message-ID)[ \t]{0,3}:")


def _line(label: str, value: str) -> str:
    """A label's line, its label in capitals before a value in capitals (as forms write both: the label rules read
    capitals after a label in capitals)."""
    value = " ".join(value.split())
    return f"{label.upper() if value.isupper() else label}: {value}" if value else ""


def _distinguished(form: str, lines: List[str]) -> None:
    if "=" in form and form.count("=") > 1:
        pairs = [(match.group(1), match.group(2)) for match in _DN_PAIR.finditer(form)]
        if pairs and len(_DN_OTHER_PAIR.findall(form)) > 1:
            lines.extend(_line(_DN_LABELS[attribute.lower()], value.replace("\\", "").strip())
                         for attribute, value in pairs)
    if ":" in form and _LDIF_CUE.search(form) is not None:
        lines.extend(_line(_DN_LABELS[attribute.lower()], value.strip() if colons == ":" else _base64_text(value))
                     for attribute, colons, value in _LDIF_LINE.findall(form))


def _base64_text(value: str) -> str:
    """An LDIF value written in base64, decoded (as UTF-8, what cannot be read replaced), or "" when it is none."""
    try:
        return binascii.a2b_base64(value.strip().encode("ascii")).decode("utf-8", "replace")
    except ValueError:  # (not ASCII, or not base64: binascii.Error and UnicodeEncodeError are ValueErrors)
        return ""


def _markup(form: str, lines: List[str]) -> None:
    """The fields of markup in `form` (one pass over its tags; a stack of open elements, _MAX_DEPTH deep at most)."""
    stack: List[str] = []
    item_type = ""
    opened: Optional[Tuple[str, int, str]] = None  # (the last opening tag's local name, its end, its property)
    cell: Optional[Tuple[str, str]] = None  # (the last cell closed, its text)
    for match in _MARKUP_TAG.finditer(form):
        closing, name, attributes, empty = match.groups()
        local = name.rsplit(":", 1)[-1]
        if not closing:
            if "itemtype" in attributes or "typeof" in attributes:
                found = _ITEMTYPE.search(attributes)
                item_type = found.group(1) if found else item_type
            prop = _ITEMPROP.search(attributes) if "prop" in attributes else None
            content = _CONTENT.search(attributes) if prop is not None and "content" in attributes else None
            if content is not None and item_type:  # (a property's value in its attribute: read with its item's type)
                lines.append(_line(_part_label(f"{item_type} {prop.group(1)}" if prop else ""),
                                   content.group(1) or content.group(2) or ""))
            opened = None if empty else (local, match.end(), prop.group(1) if prop else "")
            if not empty and len(stack) < _MAX_DEPTH:
                stack.append(local)
            continue
        if opened is not None and opened[0] == local:
            text = form[opened[1]:match.start()].strip()
            text = _CDATA.sub(r"\1", text) if "<![" in text else text
            label = _part_label(f"{item_type} {opened[2]}".strip() if opened[2] else (
                f"{stack[-2] if len(stack) > 1 else ''} {local}".strip()))
            if text and not _bare_name(label):
                lines.append(_line(label, text))
            kind = local.lower()
            if cell is not None and kind in _VALUE_CELLS and cell[0] in _LABEL_CELLS and text:
                lines.append(_line(cell[1], text))
            cell = (kind, text) if kind in _LABEL_CELLS or kind in _VALUE_CELLS else cell
        opened = None
        if stack and stack[-1] == local:
            stack.pop()


def _part_label(label: str) -> str:
    """A field's label, with `name` after it when its last word is a name's part alone (`billing first`: `billing
    first name`), as a form writes it."""
    return f"{label} name" if label.rsplit(" ", 1)[-1].lower() in _NAME_PARTS else label


def nested_part_label(parent: str, key: str) -> str:
    """The label of an object's member `key` that is a name's part alone (`first`, `last`, `given`, `family`) inside
    the object under `parent`: a part of the parent's name (`{"customer": {"first": …}}` is `customer name`, personal
    as the parent names a person; `{"page": {"first": 1}}` is `page name`, a thing's; closer 113), or "" for any other
    key (one set lookup)."""
    return f"{parent} name" if key.lower() in _NAME_PARTS else ""


def _bare_name(label: str) -> bool:
    """Whether a markup field's label is a name word alone (`<name>`, `itemprop="name"` with no item's type nor
    parent): a thing's name as often as a person's (`<name>Rooibos Tea</name>`)."""
    tokens = key_tokens(label)
    return len(tokens) == 1 and tokens[0] in NAME_TOKENS


def _cased(value: str) -> str:
    """A segment's value in capitals when written in lower case (`n1*st*jess kieffer`): an interchange's case says
    nothing of its data, and the label rules read capitals after a label."""
    return value.upper() if value.islower() else value


def _company(name: str) -> bool:
    """Whether a party's name holds a word of a company's legal form or a business's site (COMPANY_WORDS)."""
    return any(word in COMPANY_WORDS for word in re.split(r"[\W_]+", name.lower()))


def _edifact(form: str) -> str:
    """`form` with EDIFACT's separators as `UNA` declares them turned into the usual ones, and each released
    character held apart (_HELD)."""
    una = _UNA.search(form) if "UNA" in form else None
    if una is not None:
        component, element, _, release, _, terminator = una.groups()
        declared: Dict[str, Union[str, int, None]] = {component: ":", element: "+", release: "?", terminator: "'"}
        form = form[una.end():].translate(str.maketrans(declared))
    return _RELEASED.sub(lambda held: "\x01\x02\x03\x04"["'+:?".index(held.group(1))], form) if "?" in form else form


def _hl7(form: str, lines: List[str]) -> None:
    msh = _MSH.search(form) if "MSH" in form else None
    field, component, repetition = msh.groups("~") if msh is not None else ("|", "^", "~")
    for count, match in enumerate(_HL7_SEGMENT.finditer(form)):
        if count == _HL7_SEGMENTS:
            break
        if match.group(2) != field:
            continue
        segment = form[match.start():match.start() + _HL7_REACH]
        end = _HL7_SEGMENT_END.search(segment)
        for value in segment[:end.start() if end else None].replace(repetition, field).split(field, _HL7_FIELDS)[
                1:_HL7_FIELDS]:  # (a field's repetitions are fields of their own)
            parts = value.split(component, 3) if component in value else []
            if len(parts) > 1 and all(_HL7_NAME_PART.fullmatch(part) is not None for part in parts[:2]):
                lines.append(_line("surname", parts[0]))
                lines.append(_line("name", " ".join(parts[1:3] + parts[:1])))


def _segments(form: str, lines: List[str]) -> None:
    """EDIFACT's, X12's and HL7's segments naming a person, not a company (_company)."""
    if "NAD" in form:
        edifact = _edifact(form) if "UNA" in form or "?" in form else form
        for match in _NAD.finditer(edifact):
            parts = [_cased(part.replace(":", " ").translate(_HELD)) for part in match.groups() if part]
            lines.extend(_line("name", part) for part in parts if not _company(part))
    if "1" in form and _X12_CUE.search(form) is not None:
        lines.extend(_line("name", _cased(value)) for _, value in _N1.findall(form) if not _company(value))
        for _, family, given in _NM1.findall(form):
            family, given = _cased(family), _cased(given)
            lines.append(_line("surname", family))
            lines.append(_line("name", f"{given} {family}"))
    if "PID" in form or "NK1" in form or "GT1" in form or "IN1" in form:
        _hl7(form, lines)


def _sql(form: str, lines: List[str]) -> None:
    rows = [(table, columns, [quoted if quoted or not bare else bare.strip()
                              for quoted, bare in _SQL_VALUE.findall(values)])
            for table, columns, values in _INSERT.findall(form)] if "(" in form and "alues" in form.lower() else []
    if "stdin" in form:
        rows.extend((table, columns, row.split("\t")) for table, columns, row in _COPY.findall(form))
    for table, columns, row in rows:
        table = table.strip(_SQL_QUOTES).rsplit(".", 1)[-1]
        names = [table + " " + column.strip(_SQL_QUOTES) for column in columns.split(",")]
        lines.extend(_line(name, value.replace("''", "'")) for name, value in zip(names, row, strict=False))


def _keywords(form: str, lines: List[str]) -> None:
    for head, pairs in _KEYWORD_LIST.findall(form):
        if len(lines) > _MAX_FIELDS:  # (a record's fields are few: the lines past them are not judged)
            break
        for keyword, value, key, listed in _KEYWORD.findall(pairs):
            label = _part_label(f"{head} {(keyword or key).replace('/', ' ')}".strip())
            lines.append("" if _bare_name(label) else _line(label, value or listed))  # (`{:name …}`: a thing's too)


def _mail_headers(form: str, lines: List[str]) -> None:
    block: Optional[bool] = None  # (whether another header of a mail opens a line: looked for once, at a `To:`)
    for header, quote, value in _RECIPIENTS.findall(form):
        if header == "To" and not quote:
            block = _MAIL_HEADER.search(form) is not None if block is None else block
            if not block:
                continue
        lines.append(_line("recipient", value))


def _airline(form: str, lines: List[str]) -> None:
    for pattern in (_PNR_NAME, _TITLED_NAME, _DOCS):
        lines.extend(_line("name", f"{given} {family}") for family, given in pattern.findall(form))
    for field in _BOARDING_PASS.findall(form):
        family, _, given = field.strip().partition("/")
        lines.append(_line("name", f"{given} {family}"))
    if "pax" in form or "PAX" in form or "Pax" in form:
        lines.extend(_line("name", f"{given} {family}".upper()) for family, given in _PAX_NAME.findall(form))


# What one of the layouts needs, in one scan in C (a URL path's `/` is a line break: both are read): most values
# hold none of it. (Each alternative opens on a literal character, grouped by it: the engine skips to one of them and
# tries a few branches there.)
CUE = re.compile(branches_by_first_letter(
    r"=|<[A-Za-z]|NAD[^\w\s]|N1[*|^!]|NM1[*|^!]|n1[*|^!]|nm1[*|^!]|PID[^\w\s]|NK1[^\w\s]|GT1[^\w\s]|IN1[^\w\s]"
    r"|\([A-Za-z]|\{:|VALUES|values|stdin|/(?<=[A-Z]{2}/)[A-Z]{2}"
    r"|\n(?<=[A-Z]{2}\n)[A-Z]{2}|:(?:(?<=[cgs]n:)|(?<=ame:)|(?<=To:)|(?<=[Cc][Cc]:)|(?<=[Pp][Aa][Xx]:))"))


def fields(form: str) -> str:
    """The labels and values the structures in canonical `form` hold, one a line, or "" (each layout behind a
    substring scan in C)."""
    lines: List[str] = []
    _distinguished(form, lines)
    if "<" in form and ">" in form:
        _markup(form, lines)
    if "+" in form or "*" in form or "|" in form or "^" in form or "!" in form or "#" in form:
        _segments(form, lines)
    if "(" in form and ("VALUES" in form or "values" in form or "Values" in form or "stdin" in form):
        _sql(form, lines)
    if ' "' in form and ("(" in form or "{:" in form):
        _keywords(form, lines)
    if ":" in form and ("To" in form or "cc" in form or "Cc" in form or "CC" in form):
        _mail_headers(form, lines)
    if "/" in form and (_AIRLINE_CUE.search(form) is not None or "pax" in form or "PAX" in form or "Pax" in form):
        _airline(form, lines)
    # (each line once, the first _MAX_FIELDS of them: a record has a few fields, and the text judged stays short)
    return "\n".join(list(dict.fromkeys(line for line in lines if line))[:_MAX_FIELDS])
