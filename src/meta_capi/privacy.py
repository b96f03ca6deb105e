"""The gate for what leaves: every free-form value, custom key and URL part passes the one detector
(detector.py) on its way into the Meta event; what fails is left out (a URL part removed), never redacted.
Meta flags events that carry raw personal data ("potentially violating personal data") and may restrict
the pixel; hashed identifiers belong in `user_data` only.

Each decision is recorded where it is made (decisions.py): when `--explain` asks, the reason goes into its
record; otherwise recording costs one test of a module global.
"""

from __future__ import annotations

import re
from contextlib import suppress
from typing import Any, Dict, List, Mapping, Optional, Sequence, Set, Tuple
from urllib.parse import unquote, unquote_plus

from . import (
    assembled,
    audiences,
    coordinates,
    counterparts,
    cued_names,
    decisions,
    detector,
    e_prescriptions,
    form_records,
    genealogy,
    greetings,
    handles,
    national_ids,
    person_routes,
    personal_keys,
    postal,
    referral_links,
    serialized,
    structured,
)
from .canonical import QP_ESCAPE, as_is, canonical, escapes_read, override_escaped, rendered_text
from .common_words import CONVERSATION_WORDS
from .decisions import note
from .filter_values import holds_a_filter
from .labelled_values import PUPIL_KEYS
from .lower_case_names import a_name_word
from .person_routes import ROUTE_OPENING_WORDS, route_names_a_person, tree_person_parameter
from .self_introductions import introduced_in_slug
from .values import bounded_json, stripped_within

# Longer free-form values carry nothing Meta uses (custom_data is for short labels and ids); they are left out
# before any pattern runs. URLs get more room.
MAX_FREE_TEXT = 4096
MAX_URL = 8192

# (the event's allowance of text to judge is the detector's: detector.JUDGED_PER_EVENT)
OVER_ALLOWANCE = detector.OVER_ALLOWANCE

TOO_LONG = f"longer than {MAX_FREE_TEXT} characters: left out"
PERSONAL_KEY = "personal key: kept out of custom_data"
EMBEDDED_KEY = detector.EMBEDDED_KEY  # (closer 235: the detector reads a name's pair in a text alike)
NAMED_FIELD = "holds a field whose name, given beside its value, is a personal key"
# Segment's spec calls what a page or promotion event is about `name`: the page (page calls), the promotion
# (Promotion Viewed and Clicked, with its `promotion_id`; a single product's `name` is its content_name already).
# There the bare key names that subject, not a person; elsewhere (a track event's other properties, URL queries,
# text holding parameters) it stays a person's name.
SUBJECT_ID = "promotion_id"


def free_text(raw: str, field: str = "", id_like: bool = False, instead: str = "left out",
              product: bool = False) -> str:
    """`raw` stripped, or "" when it may not go out (too long, or personal data in it); the reason is recorded
    under `field`, followed by `instead` (what happens then). `id_like`: the value is an id (detector.reason);
    `product`: a product's id, read as a product's code when it passes a GTIN's or an ISBN's check digit
    (detector.product_code)."""
    # (within the limit already, as almost every value is: what stripped_within would give, without its call)
    text = raw.strip() if len(raw) <= MAX_FREE_TEXT else stripped_within(raw, MAX_FREE_TEXT)
    if text is None:
        found = f"longer than {MAX_FREE_TEXT} characters"
    else:
        # (an id holds no sentence: `मेरा नंबर 9845217306 है` as an order_id is text; a sentence's blank tested
        # inline: most ids have none, and pay no call)
        found = "" if not text else detector.reason(text, id_like and not (" " in text and detector.is_sentence(text)))
        if found == detector.PHONE and product and detector.product_code(text):
            found = detector.product_code_reason(text)
        if found == detector.NATIONAL_ID and id_like and detector.dated_order_under(field, text):
            found = ""  # (the key labels its id: `order_id` = `250317-0042` is the order's number stamped with its day)
        if text[:4].lower() == "http":  # (a web page's URL alone: its path read as a URL field's, _web_url_reason)
            found = _web_url_reason(text, found, id_like)
        # (serialized.cued's first tests inline, and a UUID, which embedded_reason passes first, spared the calls)
        if not found and text and ("=" in text or "{" in text or "%" in text or (
                ":" in text or "<" in text or ">" in text or "(" in text or "[" in text) and serialized.cued(text)
                or len(text) >= 16 and TOKEN_CUE.search(text) is not None and not (
                    len(text) == 36 and detector.UUID.fullmatch(text) is not None)):  # most values: none
            refused = detector.refused_judgments()
            found = allowance_named(embedded_reason(text), refused)
    if found:
        note(field, f"{found}: {instead}")
        return ""
    return text or ""


IN_A_URLS_PATH = "holds personal data in a URL's path"
# (closer 88) A web page's URL given alone as free text (a status's, a search's: `https://…/klient/KD-48172608/orders`;
# not an id's, whose digits are an id's: `https://…/r/4917629483715` as an event id) has its path judged as a URL
# field's is (_path_reason: its segments as free text and together, a personal key's segment and the value after it,
# a customer's word and the number after it), in every language the lexicon reads.
_WEB_URL_ALONE = re.compile(r"(?i:https?)://[^\s/?#]+(/[^\s?#]*)(?:[?#]\S*)?")


def _web_url_reason(text: str, found: str, id_like: bool) -> str:
    """What free text `text`, judged `found` so far, holds when it is a web page's URL alone (no blank): its path read
    as a URL field's is (_path_reason). Free text's number across the path's segments (_ACROSS_SEGMENTS) is left to
    that reading when the rest of the URL holds nothing (closer 93: Skyscanner's `/flights/lond/bcn/261224/261227/` as
    a page's title is two dates as segments, not a phone across them). In an id only a personal key's segment and its
    value count (_web_keyed_reason): an id's digits are an id's (`https://…/r/4917629483715` as an event id)."""
    if id_like:
        return found or _web_keyed_reason(text)
    url = _WEB_URL_ALONE.fullmatch(text)
    if url is None:
        return found
    if found and url.end(1) < len(text) and "=" in text:  # (a query or a fragment's parameters: most texts have none)
        found, text = _query_read_by_keys(text, url.start(1), url.end(1), found)
    if url.group(1) == "/":
        return found
    if found in _ACROSS_SEGMENTS and not detector.reason(text[:url.start(1)] + text[url.end(1):]):
        found = ""  # (the path alone held it)
    elif found:
        return found
    return IN_A_URLS_PATH if _path_reason(url.group(1)) else ""


def _query_read_by_keys(text: str, start: int, end: int, found: str) -> Tuple[str, str]:
    """(`found`, `text`), or without what a query's keys vouch for when `text`, a web page's URL alone whose path is
    at `start`..`end`, goes out whole as a URL field (clean_url) (closer 95): each parameter that free text refuses
    (`adid=…` as a device id's label and its number) but a URL's query keeps by its key (an ad's number, a catalogue's
    or an ad network's id: Amazon's `node=16225009011`, Adobe's `s_kwcid=AL!4817!3!…`) is taken out, and the rest read
    again as free text (so no number joins across the parameters left). A value refused by its key stays refused."""
    query = text[end:].partition("#")[0][1:]
    vouched = [pair for pair in _parameters(query) if "=" in pair and _key_vouches(*pair.split("=", 1)) and (
        detector.reason(unquote_plus(pair))) and not _personal_parameter(pair, text[start:end])]
    if not vouched:
        return found, text
    mark, refused = decisions.noted(), detector.refused_judgments()
    whole = clean_url(text) == text
    decisions.withdraw_since(mark)  # (the URL reading's own notes: free text notes its verdict)
    if not whole or detector.refused_judgments() != refused:
        return found, text
    rest = "&".join(pair for pair in _parameters(query) if pair not in vouched)
    text = text[:end] + ("?" + rest if rest else "") + text[end + 1 + len(query):]
    return detector.reason(text), text


def _key_vouches(raw_key: str, raw_value: str) -> bool:
    """Whether a query's key says what its value is, an id (personal_keys.names_an_id: a catalogue's `node`, a click's
    or a campaign's `s_kwcid`), an ad network's own number (`hsa_acc`) or an ad's (`adid` holding digits alone): free
    text reading the pair as a label and its number (`eticket=…`: no id's key) is not overruled."""
    key = unquote_plus(raw_key)
    return personal_keys.names_an_id(key) or personal_keys.names_a_network_parameter(key) or (
        personal_keys.holds_an_ads_number(key, unquote_plus(raw_value)))


def _web_keyed_reason(text: str) -> str:
    """IN_A_URLS_PATH when `text`, an id's value, is a web page's URL alone whose path holds a personal key's segment
    and its value after it (_keyed_segments: `/покупатель/Quendrix%20Tarvenholm`, a buyer's name; closer 93): a
    name or a number under a key's segment is the key's, as in a URL field, whatever digits an id holds elsewhere;
    or a segment that is a NIR alone (closer 180: `/assure/<NIR>/attestation`), read by its sex, month and key of 97
    as in a URL field (national_ids.nir_segment), where the id's other digits are not."""
    url = _WEB_URL_ALONE.fullmatch(text)
    path = url.group(1) if url is not None else "/"
    return IN_A_URLS_PATH if path.count("/") >= 2 and _keyed_segments(path) or len(path) >= 16 and (
        national_ids.nir_segment(path.replace("/", "\n"))) else ""


# Free text's readings of digit groups, which a path's `/` between them joins (`261224/261227`: a phone's groups), and
# of a word before a number, which a `/` makes a label (`/ip/481726039`: Walmart's item; closer 95), that a path's own
# rules read instead (its personal key's segment and the value after it, a customer's word and the number after it).
_ACROSS_SEGMENTS = frozenset((detector.PHONE, detector.NATIONAL_ID, detector.LABELLED_NUMBER))


def names_the_subject(properties: Mapping[str, str], page: bool) -> bool:
    """Whether a bare `name` among an event's properties names what the event is about (see SUBJECT_ID)."""
    return page or bool(properties.get(SUBJECT_ID, "").strip())


def custom_refusal(key: str, text: str, subject_named: bool = False) -> str:
    """Why a property may not go out as custom data, or "". `subject_named`: a bare `name` key names the
    event's subject (names_the_subject)."""
    refused = detector.refused_judgments()
    found = allowance_named(_key_refusal(key, text), refused)
    if found and not (subject_named and found == detector.PERSONAL_KEY and personal_keys.key_tokens(key) == ["name"]):
        return PERSONAL_KEY if found == detector.PERSONAL_KEY else f"{found}: left out"
    if len(text) > MAX_FREE_TEXT:
        return TOO_LONG
    found = detector.value_reason(key, text) or _split_reason(key, text)
    if text[:4].lower() == "http":  # (a web page's URL alone: read as free text's is, _web_url_reason; closer 95)
        found = _web_url_reason(text, found, False)
    if not found and ("=" in text or "{" in text or "%" in text or (
            ":" in text or "<" in text or ">" in text or "(" in text or "[" in text) and serialized.cued(text)
                      or len(text) >= 16 and TOKEN_CUE.search(text) is not None):  # inline: most values have none
        found = embedded_reason(text)
    return f"{allowance_named(found, refused)}: left out" if found else ""


def allowance_named(found: str, refused_before: int) -> str:
    """`found`, or OVER_ALLOWANCE when a judgment made on the way to it was refused unjudged since the allowance had
    refused `refused_before` (detector.refused_judgments): a refused part reads as a finding to the test that asked
    (a key's refusal, a parameter's), so the value is left out either way, and its reason says why."""
    return OVER_ALLOWANCE if found and detector.refused_judgments() != refused_before else found


def _key_refusal(key: str, value: str) -> str:
    """Why `key` may not go out (detector.key_reason), unless it is a latitude or a longitude with a town's
    precision only (personal_keys.town_coordinate), a post code's abbreviation holding no code
    (personal_keys.holds_no_postal_code), a bare region, IP or MAC key holding a shop's market or no address
    (personal_keys.holds_what_no_person_has), a gender's or an age's key not naming the person holding a product's
    audience (audiences.audience_under_key: `gender=unisex`, `age=3+`, as after their labels in text), a bare
    sign-in name's, password's, secret's or device id's key holding a field's state (personal_keys.holds_a_state:
    `password=required`, as `Password: required` in text), a device's key holding a device's class
    (personal_keys.holds_a_device_class: `sender_device=pc`), a device's advertising id's key holding digits alone, an
    ad's number (personal_keys.holds_an_ads_number: `adid=22222222224481726`), or a bare state's or name's key holding
    a shop's filter or sort (filter_values.holds_a_filter: `?st=in_stock`, `?name=asc`); a bare account key holding a
    sign-in name, a bare person key holding a name, a bare name part's key holding one (`sei`, `mei`), a payment app's
    or a network's name alone holding an account (detector.account_under_network_key), a role's key holding a
    person's name (`att`, `partner_name`, `author_name`), an address's word cut short holding a street line (vCard's
    `adr`, `strt`), is personal (personal_keys.login_name, personal_keys.person_named, personal_keys.name_part_named,
    personal_keys.role_named, _street_under_cut_key), and so is a geohash's abbreviation holding one
    (personal_keys.geohash_named: `gh=gcpvj0e`) and a policy's word alone holding a policy's number
    (personal_keys.holds_a_policy_number: `?policy=PP-583914-27`; `policy=privacy` goes out)."""
    found = detector.key_reason(key)
    if not found:
        # (each rule's first test inline, in C: a person's or a role's name holds a blank and opens on a capital, a name
        # part's key has three characters, a network's is one of NETWORK_KEYS, an address's cut word opens on `a` or
        # `s`; most keys and values pass none, and pay no call)
        named = " " in value and value[:1].isupper()
        return detector.PERSONAL_KEY if personal_keys.login_name(key, value) or named and personal_keys.person_named(
            key, value) or len(key) == 3 and personal_keys.name_part_named(key, value) or len(
            key) <= 9 and key.lower() in handles.NETWORK_KEYS and detector.account_under_network_key(
            key, value) or named and personal_keys.role_named(key, value) or key[:1] in "aAsS" and (
            _street_under_cut_key(key, value)) or len(key) <= 5 and personal_keys.geohash_named(key, value) or (
            # (a policy's word alone holding a policy's number, `?policy=PP-583914-27`: closer 122)
            key[:1] in "pPaAfF" and personal_keys.holds_a_policy_number(key, value)) or (
            # (a referrer's or an inviter's key holding a name or a name's slug, `?invited_by=…`: closer 168; its
            # key's length and first letters looked up first)
            referral_links.may_be_referrer_key(key) and referral_links.referrer_named(key, value)) or (
            # (a player's name's key but English's holding a full name, `spieler_name`: closer 179)
            named and personal_keys.player_named(key, value)) or (
            # (a referral link's key alone holding the referrer's code, `?ref=583…`, `?referral=jo-58…`: closer 184)
            key[:1] in "rRiI" and key[:3].lower() in referral_links.KEY_STARTS and referral_links.referral_coded(
                key, value)) else ""
    return "" if found == detector.PERSONAL_KEY and (
        personal_keys.town_coordinate(key, value) or personal_keys.holds_no_postal_code(key, value)
        or personal_keys.holds_what_no_person_has(key, value) or audiences.audience_under_key(key, value)
        or personal_keys.holds_a_state(key, value) or holds_a_filter(key, value)
        or personal_keys.holds_a_device_class(key, value) or personal_keys.holds_an_ads_number(key, value)) else found


def _street_under_cut_key(key: str, value: str) -> bool:
    """Whether `key` names an address by a word cut short (personal_keys.address_cut_key: `adr`, `strt`) and `value`
    is a street line with that key's help (postal.street_line_alone: `17 Zandrowel Close`; forty-second attack)."""
    return personal_keys.address_cut_key(key) and postal.street_line_alone(value)


def _split_reason(key: str, value: str) -> str:
    """Personal data spelled across a key and its value (`{"jo.smith": "@example.com"}`, `?jo%40example=.com`,
    `{"+1 650": "555 0173"}`): the two are judged together when either holds a character that can join or
    encode an address, or the key ends and the value begins with a digit (a number cut in two), each tested in its
    canonical form when it is not ASCII or the key holds a bracket (a full-width `＠` joins as `@` does, an
    Arabic-Indic digit as a digit, a key ending `[at]` as one ending `@`)."""
    joins_key, joins_value = key, value
    if not (key.isascii() and value.isascii()) or "[" in key or "(" in key or "{" in key or "<" in key:
        # (a mark in the key may spell its `@`: `{"jo.smith [at]": "example [dot] ph"}`)
        joins_key, joins_value = canonical(key)[0], canonical(value)[0]
    if "@" in joins_key or "@" in joins_value or "%" in key or "&" in key or "%" in value or "&" in value:
        return detector.reason(key + value)
    # (not after a key numbered by a digit glued to its word, `v1`, `item2`: its index begins no number, unless the
    # value opens on a trunk `0`, a number's rest as a split leaves it: `{"c2": "0343 6467"}`; closer 92)
    opening = joins_value.lstrip(" -./(")[:1]
    if joins_key.rstrip(" -./)")[-1:].isdigit() and opening.isdigit() and (
            opening == "0" or not joins_key.rstrip(" -./)").rstrip("0123456789")[-1:].isalpha()):
        return detector.reason(f"{key} {value}")
    return ""


# Where text that holds parameters is cut into `key=value` pairs: query strings, form dumps, cookie strings,
# URLs (`?` and `#` too: a second `?` or a route's query), one field per line.
_EMBEDDED_CUT = re.compile(r"[&;?#\n\r]")
# A form body's blank (`+` between two words or digits, or after a mark: `strt=17+Oak+Close`, `neighbour,+Quendrix`),
# read as one where a key is judged with its value; a `+` before digits alone stays a calling code's (`tel=+33…`).
_FORM_BLANK = re.compile(r"(?<=[\w,.;:!?])\+(?=\w)")
# A form's `+` between two digits (`line2=07700+936257`, `text=Call+me+07700+927485`): the groups of digits a person
# typed with a blank, a number's layout (a phone's), read as text with its `+` as blanks (_form_digits_reason).
_DIGITS_BLANK = re.compile(r"(?<=[0-9])\+(?=[0-9])")
_A_DIGIT = re.compile("[0-9]")  # (a search in C: str.translate costs a call per character)
# A log line's fields (logfmt: `INFO checkout user=Harriet Ashdown step=2`; fifteenth attack): each word glued before
# `=` after a blank or the start is a key, its value the text up to the blank before the next such key.
_BLANK_KEY = re.compile(r"(?<![^ \t])([^\s=]{1,64})=")
# A key of object text (any depth), after decoding: a quoted string followed by a colon, as JSON writes it, in
# single quotes (a Python dict printed), or a bare name after `{` or `,` (a JavaScript object literal). A quote
# between two Hebrew letters is the gershayim of an abbreviation (`דוא"ל`, `ת"ז`: its escape is decoded), not the end.
_OBJECT_KEY = re.compile(r"""(?:"((?:[^"]|(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])){1,256})"|'([^']{1,256})'"""
                         r"""|(?<=[{,])\s*([A-Za-z_$][\w$.-]{0,63}))\s*:""")


# A token that opens with an object's `{"` in base64 or hex (`eyJ`, `7b22`), unpadded in a query's value or a path's
# segment: its decoded keys are read (embedded_reason), as a padded token's are.
_OBJECT_TOKEN = re.compile(r"eyJ|7[bB]22")
_HEX_OBJECT = ("7b22", "7B22")  # (the same, tested by a slice: a query's value pays no call)
# (a run a token's base64 or hex may be in: privacy reads its decoded text's keys, detector.decoded_texts)
TOKEN_CUE = re.compile(r"[A-Za-z0-9+/_-]{16}")
_MAX_DECODED_DEPTH = 2  # (a token in a token's text is read; one more layer is not)


def embedded_reason(text: str, depth: int = 0) -> str:
    """Personal data a value holds by its keys: a URL, query string, form dump, cookie string or object text
    inside it (`https://x/?first_name=Jeanne`, `{"last_name": ...}`, `{'email': ...}`), the keys of a serialized
    layout (serialized.pairs: PHP's, Perl's, a call's labelled arguments, pairs, a plist, an LDAP filter, an HTML
    form's fields), and the same in the text a token's base64 or hex decodes to (a JWT's claims). Each key is
    judged by the key rule after decoding, with its value. Only text holding `=`, `{` or `%` (what encodes them),
    a layout's cue (serialized.CUE) or a token's run (TOKEN_CUE) is read."""
    if len(text) == 36 and detector.is_uuid(text):
        return ""  # (an event's id most often: random by construction, as detector.reason reads it)
    found = _parameters_reason(text) or _json_urls_reason(text) if "=" in text or "{" in text or "%" in text else ""
    # (a layout's cue, or an encoding of one: most titles and ids hold none, and pay no scan; serialized.cued's first
    # tests inline: a browser's user agent holds a bracket but no quote, and pays no call)
    if not found and ((":" in text or "<" in text or ">" in text or ("(" in text or "[" in text or "{" in text) and (
            '"' in text or "'" in text or "(&(" in text or "(|(" in text or "(!(" in text)) and serialized.cued(text)
                      or "%" in text or "\\" in text or "&" in text):
        found = _layout_reason(canonical(text)[0] if "%" in text or "\\" in text or "&" in text else text)
    if not found and depth < _MAX_DECODED_DEPTH and len(text) >= 16 and TOKEN_CUE.search(text) is not None:
        found = next((EMBEDDED_KEY for decoded in detector.decoded_texts(text) if (
            _decoded_reason(decoded, depth + 1) if decoded[:1] == "{" else embedded_reason(decoded, depth + 1))), "")
    return found


def _decoded_reason(decoded: str, depth: int) -> str:
    """embedded_reason of a token's decoded text opening with `{`. A flat JSON object's members are judged with their
    values, as a query's parameters are (_key_refusal: a market's country, `{"country": "DE"}`, goes out), a bare name
    key only holding a person's name's shape (`{"name": "Air Max 90"}` is a product's: serialized.bare_name), and a
    town's or a country's key alone only beside another personal member (`{"city": "Berlin", "store": "12"}` is a
    store's); other text as embedded_reason reads it."""
    record: Any = None
    if decoded.rstrip()[-1:] == "}":
        with suppress(ValueError):
            record = bounded_json(decoded)
    if not isinstance(record, dict) or not all(
            isinstance(value, (str, int, float, bool)) or value is None for value in record.values()):
        return embedded_reason(decoded, depth)
    refused = [key for key, value in record.items() if member_refusal(key, str(value))]
    if refused and not all(personal_keys.town_key(key) for key in refused):
        return EMBEDDED_KEY
    return next((EMBEDDED_KEY for value in record.values() if isinstance(value, str) and len(value) >= 16
                 and embedded_reason(value, depth)), "")


def member_refusal(key: str, value: str) -> bool:
    """Whether a record's member may not go out (a decoded object's, _decoded_reason; a `content_ids` piece's,
    commerce): its key refused with its value, a bare name key only before a person's name's shape."""
    if not _key_refusal(key, value):
        return False
    return not serialized.bare_name(key) or personal_keys.person_named("customer", value)


def _layout_reason(form: str) -> str:
    """EMBEDDED_KEY when a key of a serialized layout in canonical `form` (serialized.pairs) may not go out with its
    value, else "" (its cue in C first); a town's or a country's key alone only in a person's record."""
    if not serialized.cued(form):
        return ""
    refused = [key for key, value in serialized.pairs(form) if _key_refusal(key, value)]
    # A town or a country alone is a product's attribute as often (a poster's `City: Paris`, a map's `Country:
    # France`, a tuple's): refused beside another personal key, or in a record that names a person.
    if refused and all(personal_keys.town_key(key) for key in refused):
        return EMBEDDED_KEY if serialized.names_a_person(form) else ""
    return EMBEDDED_KEY if refused else ""


def _parameters_reason(text: str, escaped_override: bool = True) -> str:
    """embedded_reason's reading of parameters and object text (text holding `=`, `{` or `%`); when an escaped
    right-to-left override reverses a key (`%E2%80%AEliame=…`: decoding drops it), of the text with its escapes read
    too (canonical.escapes_read), once: its keys are read as shown (look_alike_keys)."""
    if escaped_override and override_escaped(text):
        read = escapes_read(text)
        if read != text and ("=" in read or "{" in read) and _parameters_reason(read, False):
            return EMBEDDED_KEY
    # Decoded only when encoded: `&` and `;` cut pairs either way, and each key is canonicalized when judged.
    form = canonical(text)[0] if "%" in text or "\\" in text else text
    if "=" in form:
        # (records need a bracket, or a label's word: form_records.CUE)
        pairs: Optional[List[Tuple[str, str]]] = [] if "]" in form or form_records.CUE.search(form) else None
        for piece in _pieces(form):
            key, value = _pair(piece)
            blanked = "+" in value and " " not in value
            # (a URL's value inside free text ends at the first blank: its run is read with its `+` as blanks too)
            typed = value.partition(" ")[0] if "+" in value else ""
            if blanked:  # (a blank's `+` last is one before an encoded `&` the decoding cut at: `a+b+%26+c+d`)
                value = _FORM_BLANK.sub(" ", value).rstrip("+")
            # an empty value carries nothing (and `abc==` is base64's padding, not a key)
            if key and value.strip("= ") and _key_refusal(key, value) or blanked and _form_text_reason(value) or (
                    typed and _DIGITS_BLANK.search(typed) is not None and _form_digits_reason(typed)):
                return EMBEDDED_KEY
            if (" " in piece or "\t" in piece) and _blank_separated_refusal(piece):
                return EMBEDDED_KEY
            # (a bare key naming a pupil or a child labels its value, as in a URL's own query: detector.value_reason;
            # closer 164, a portal's link in an id, `#eleve=…&classe=CM2`)
            if len(key) <= 12 and value and key.lower() in PUPIL_KEYS and detector.reason(f"{key}: {value}"):
                return EMBEDDED_KEY
            if pairs is not None:
                pairs.append((key, value))
        if pairs and _named_fields(pairs):
            return NAMED_FIELD
    if "{" in form and ":" in form:
        if _object_key_refused(form):
            return EMBEDDED_KEY
        if _json_names_a_field(text if text.lstrip()[:1] in _JSON_OPENERS else form):
            return NAMED_FIELD
        # (JSON percent-encoded in a URL's path or fragment, a segment a line: its strings' escapes kept, as JSON
        # in a JSON string needs them)
        if "%" in text and any(_json_names_a_field(line) for line in unquote(text).split("\n")
                               if line.lstrip()[:1] in _JSON_OPENERS):
            return NAMED_FIELD
    return ""


def _pair(piece: str) -> Tuple[str, str]:
    """A `key=value` piece's key and value. A query's value holds no bare `"` nor a blank, which a URL writes `%22`
    and `+`: a URL's last value in a JSON string ends at the string's quote (`…&patient=Given+Family"}`; closer 182).
    A value opening on its quote or a blank is another layout's, judged whole (logfmt's `customer="…"`, TOML's
    `last_name = "…"`)."""
    key, _, value = piece.partition("=")
    quote = value.find('"')
    if quote > 0 and " " not in value[:quote] and "\t" not in value[:quote]:
        value = value[:quote]
    return key.strip(), value


def _object_key_refused(form: str) -> bool:
    """Whether a key of object text in `form` is refused: alone (the key rule), with its string value (_person_member,
    _account_member), or a name's part under a person's key (_nested_part_refused)."""
    parent, opened = "", -1  # (the last key whose value opened an object, and where)
    for match in _OBJECT_KEY.finditer(form):
        key = match.group(1) or match.group(2) or match.group(3)
        if (detector.key_reason(key) or _person_member(key, form, match.end())
                or _account_member(key, form, match.end()) or parent and _nested_part_refused(
                    parent, key, form, opened, match.start())):
            return True
        if form[match.end():match.end() + 4].lstrip()[:1] == "{":
            parent, opened = key, match.end()
    return False


# How far after its parent's key a name's part is read as the parent's (a person's object holds few members first).
_NESTED_PART_REACH = 256


def _nested_part_refused(parent: str, key: str, form: str, opened: int, at: int) -> bool:
    """Whether `key`, a name's part alone (`first`, `last`), stands at `at` inside the object opened at `opened` under
    `parent` (no `}` between them, a slice of _NESTED_PART_REACH at most) and the parent's name is a personal key
    (`{"customer": {"first": …}}` is `customer name`: structured.nested_part_label; closer 113) or the parent a
    person's role as a text's label names one (postal.names_by_role_or_act: `{"driver": {"first": …}}`; a key's
    `driver_name` alone is a printer's driver's as often, one with a first name a person)."""
    label = structured.nested_part_label(parent, key)
    return bool(label) and at - opened <= _NESTED_PART_REACH and "}" not in form[opened:at] and bool(
        detector.key_reason(label) or postal.names_by_role_or_act(parent))


# A web URL as a JSON string (no blank, quote or escape in it).
_JSON_WEB_URL = re.compile(r'"((?i:https?)://[^\s"\\]{1,4000})"')


def _json_urls_reason(text: str) -> str:
    """IN_A_URLS_PATH when a web URL as a JSON string of `text` holds a personal key's segment and its value in its
    path, read as a URL field's (_web_keyed_reason; closer 93), or ""."""
    return IN_A_URLS_PATH if "{" in text and "http" in text and any(
        _web_keyed_reason(url.group(1)) for url in _JSON_WEB_URL.finditer(text)) else ""


def _form_text_reason(value: str) -> str:
    """What a form body's value, its `+` read as blanks, holds as text when it is a sentence with a comma
    (detector.reason), as a URL's query value is judged (closer 91:
    `order_comments=Please+leave+with+my+neighbour%2C+Quendrix+Tarvenholm`)."""
    return detector.reason(value) if "," in value and " " in value else ""


def _form_digits_reason(typed: str) -> str:
    """What a query's or a form body's value holds as text when a form's `+` joins digit groups in it (_DIGITS_BLANK:
    `line2=07700+936257`; closer 137): `typed`, the value up to its first blank (where a URL inside free text ends),
    read with each form's `+` as a blank, as the URL cleaner reads a URL field's query (a `+` opening digits after no
    word stays a calling code's: `+44+7700+900123`)."""
    return detector.reason(_FORM_BLANK.sub(" ", typed))


# A JSON member's string value right after its key's colon (read only after a bare person key: _person_member).
_STRING_VALUE = re.compile(r'[ \t]{0,3}"([^"\\]{1,256})"')


def _pieces(form: str) -> List[str]:
    """The `key=value` pieces of `form`, cut at _EMBEDDED_CUT, and a piece holding more than one `=` at its commas too
    (a record written in one line, `data[0][name]=surname,data[0][value]=…`; a value's own commas are kept)."""
    pieces = _EMBEDDED_CUT.split(form)
    if "," not in form:
        return pieces
    return [part for piece in pieces for part in (piece.split(",") if piece.count("=") > 1 else (piece,))]


def _person_member(key: str, form: str, end: int) -> bool:
    """Whether an object key of text, a bare person key (`customer`), holds a person's name as its string value
    (`{"customer": "Ratu Epeli Naivalurua"}`), a bare name part's key a name (`{"sei": "Tanaka"}`), a role's key a
    person's name (`{"att": "Jo Smith"}`), an address's word cut short a street line (`{"adr": "17 Oak Close"}`), as
    the same key and value as a property would (personal_keys.person_named, name_part_named, role_named;
    _street_under_cut_key; nineteenth and forty-second attacks, closers 70 and 74), a geohash's abbreviation a
    geohash (`{"gh": "gcpvj0e"}`, personal_keys.geohash_named; closer 79), a referrer's key a full name or a name's
    slug (`{"referred_by": …}`, referral_links.referrer_named; closer 183). A set lookup and a slice for most keys."""
    lower = key.lower()
    if (lower not in personal_keys.PERSON_KEY_WORDS and lower not in personal_keys.NAME_PART_KEYS and key.isascii()
            and not personal_keys.role_key(key) and not personal_keys.address_cut_key(key)
            and lower not in personal_keys.GEOHASH_ABBREVIATIONS and not referral_links.may_be_referrer_key(key)
            and not personal_keys.may_be_player_key(key)):
        return False
    value = _STRING_VALUE.match(form, end)
    return value is not None and (personal_keys.person_named(key, value.group(1)) or personal_keys.name_part_named(
        key, value.group(1)) or personal_keys.role_named(key, value.group(1)) or _street_under_cut_key(
        key, value.group(1)) or personal_keys.geohash_named(key, value.group(1))
        # (a referrer's key before a full name or a name's slug, `{"referred_by": …}`: closer 183)
        or referral_links.referrer_named(key, value.group(1))
        # (a player's key but English's before a full name, `{"spieler": …}`, `{"nome_giocatore": …}`: closer 190)
        or " " in value.group(1) and personal_keys.player_named(key, value.group(1)))


def _account_member(key: str, form: str, end: int) -> bool:
    """Whether an object key of text naming a network or a payment app alone (`{"paypal": "josmith"}`) holds an
    account as its string value, as the same key and value as a property would (detector.account_under_network_key;
    closer 46). One set lookup for most keys."""
    if len(key) > 9 or key.lower() not in handles.NETWORK_KEYS:
        return False
    value = _STRING_VALUE.match(form, end)
    return value is not None and bool(detector.account_under_network_key(key, value.group(1)))


def _blank_separated_refusal(piece: str) -> bool:
    """Whether a key of `piece` read as a log line's fields (_BLANK_KEY) may not go out with its value."""
    matches = list(_BLANK_KEY.finditer(piece))
    for at, match in enumerate(matches):
        value = piece[match.end():matches[at + 1].start() if at + 1 < len(matches) else len(piece)].strip()
        # (logfmt quotes a value holding blanks, `customer="Tovra Brennaquist"`: its words are judged without the
        # quotes, as a property's are; forty-sixth attack)
        value = value[1:-1] if len(value) > 2 and value[0] == value[-1] == '"' else value
        if value.strip("=") and _key_refusal(match.group(1), value):
            return True
    return False


# A field given as a record, a label member beside its answer (form_records.py).
_JSON_OPENERS = ("{", "[")
_MAX_INNER_JSON = 4


def _named_fields(pairs: Sequence[Tuple[str, str]]) -> List[int]:
    """The positions in `pairs` (decoded keys and values of one query or form dump) of the answers of records
    labelled by a personal key (form_records.named_fields)."""
    return form_records.named_fields(pairs, detector.key_reason, _key_refusal)


def _json_names_a_field(text: str) -> bool:
    """Whether `text`, when it is a JSON object or array, holds a record named by a personal key (above). It is
    parsed once (within the JSON budget: values.bounded_json), and each object visited once."""
    text = text.strip()
    if text[:1] not in _JSON_OPENERS or text[-1:] not in ("}", "]"):
        return False
    try:
        stack: List[Any] = [bounded_json(text, numbers_as_text=True)]
    except ValueError:
        return False
    inner = 0
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if _record_named(item):
                return True
            stack.extend(item.values())
        elif inner < _MAX_INNER_JSON and isinstance(item, str) and item[:1] in _JSON_OPENERS and item[-1:] in "}]":
            inner += 1  # (JSON text in a JSON string: parsed too, a few times a value at most; each shorter)
            with suppress(ValueError):  # (a string that only looks like JSON is text)
                stack.append(bounded_json(item, numbers_as_text=True))
    return False


def _record_named(record: Dict[Any, Any]) -> bool:
    """Whether a JSON object's answer members hold what its label members call personal (form_records)."""
    return form_records.record_named(record, detector.key_reason, _key_refusal)


def user_agent_refusal(user_agent: str) -> str:
    """Why the visitor's User-Agent may not go out (detector.user_agent_reason), or a personal key in `key=value`
    or JSON text inside it (`{"tel": 2348031234567}`), or ""."""
    refused = detector.refused_judgments()
    found = detector.user_agent_reason(user_agent) or embedded_reason(user_agent)
    return allowance_named(found, refused) if found else ""


_QP_FIRST = "2345789ABCDEF"  # the first hex digit of a QP_ESCAPE


def _blank_field(key: str) -> bool:
    """Whether a parameter `key=` with an empty value is a form's blank field (closer 128: `?bookingRef=&surname=`):
    its key names personal data and holds none (detector.key_reason: the personal key, no address or number in the
    key itself), and no special category (personal_keys.names_a_special_category): an empty value carries nobody's
    data, but `pregnant=` may be a flag whose presence is its value (URLSearchParams writes a bare `?pregnant` so).
    A bare key without `=` is judged by its key (`?pregnant`)."""
    return detector.key_reason(key) == detector.PERSONAL_KEY and not personal_keys.names_a_special_category(key)


def _personal_parameter(pair: str, path: Optional[str] = None, oauth: bool = False) -> bool:
    raw_key, _, value = pair.partition("=")
    # (unquote_plus leaves text without `%` or `+` as it is: the usual key and value pay no call)
    key = raw_key if "%" not in raw_key and "+" not in raw_key else unquote_plus(raw_key)
    if not value and len(pair) > len(raw_key) and _blank_field(key):
        return False
    decoded = value if "%" not in value and "+" not in value else unquote_plus(value)
    # `+` is a space in a form-encoded query, and the `+` of a phone number as typed: both readings are judged.
    # A store locator's town (personal_keys.locator_path of the URL's `path`) and an OAuth response's `state`
    # (personal_keys.oauth_response) are judged by their value alone. (The path is read only for a town key that
    # is refused: most queries have none.)
    if (_key_refusal(key, decoded) and not (path is not None and personal_keys.town_key(key)
                                            and personal_keys.locator_path(path) or oauth and key == "state")
            or "+" in raw_key and detector.key_reason(unquote(raw_key))):
        return True
    if not value:
        return bool(_split_reason(key, ""))
    # (closer 174, review 27: a plate under a quote's short key, `?reg=…`, `&vrm=…`: national_ids._PLATE_KEYS; a value
    # of twelve characters or fewer, a digit in it, pays the search)
    if len(value) <= 12 and any(character.isdigit() for character in value) and not _a_code_not_a_plate(
            value) and national_ids.holds_plate_parameter("?" + pair):
        return True
    # A parameter whose `=` opens a quoted-printable escape before a letter (`?jo.li=40example.com`: `=40` is `@`) is
    # judged whole too, as the text it was before a query's reading cut it (not before a digit: `?ref=2120…` is a
    # number; its first characters in C first: most values pay no search).
    if value[0] in _QP_FIRST and value[2:3].isalpha() and QP_ESCAPE.match(pair, len(raw_key)) is not None and (
            detector.reason(pair)):
        return True
    # A value holding parameters of its own (a second `?`, an encoded `&`, a nested URL) or object text (JSON)
    # has its keys judged.
    return bool(_decoded_value_reason(key, value, decoded) or _split_reason(key, decoded)
                or "+" in value and _dialled_reason(key, value)
                or ("=" in decoded or "%" in decoded or "{" in decoded or (
                    ":" in decoded or "<" in decoded or ">" in decoded or "(" in decoded or "[" in decoded)
                    and serialized.cued(decoded)
                    or decoded[:3] == "eyJ" or decoded[:4] in _HEX_OBJECT) and embedded_reason(decoded)
                # (a URL or a path as the value, read as the URL it is: its `/` or `%` in C first, closer 98)
                or ("/" in decoded or "%" in decoded) and _linked_value_reason(decoded))


# (closer 196, review 32) What `?reg=` holds besides a plate, by its shape: a promotion's word of six letters or more
# before its digits (`SUMMER25`: a plate's letters run five at most, a German district's three and two), a tyre's size
# (`205-55-R16`, `225/45ZR17`). A region's two letters before a year stay a plate's shape (`EU2026` is Essen's `E-U
# 2026` as well).
# (closer 203, review 35) ... past a plate's seven characters: six letters and one digit are a vanity plate's length
# (`QUENBY1`), a code's six letters take two digits or more (`SPRING15`), seven letters one or more (`WELCOME10`).
_PROMOTION_CODE = re.compile(r"[A-Za-z]{6}[0-9]{2,4}|[A-Za-z]{7,}[0-9]{1,4}")
_TYRE_SIZE = re.compile(r"[0-9]{3}[-/ ]?[0-9]{2}[-/ ]?Z?R[0-9]{2}", re.IGNORECASE)


# (closer 209, review 37) ... and six letters spelling a word a vocabulary holds before one digit, a season's, a
# launch's, a tier's or a region's (`SUMMER1`, `LAUNCH1`, `GOLDEN1`, `REGION1`): a vanity plate's six letters spell
# its owner's name, which no vocabulary holds (`QUENBY1`; lower_case_names.a_name_word, referral_links' promotion
# words).
_WORD_AND_DIGIT = re.compile(r"([A-Za-z]{6})[0-9]")


def _a_worded_code(value: str) -> bool:
    """Whether a `?reg=` value is six letters a vocabulary holds and a digit (_WORD_AND_DIGIT): a promotion's code."""
    match = _WORD_AND_DIGIT.fullmatch(value)
    return match is not None and (not a_name_word(word := match.group(1).lower())
                                  or word in referral_links.NOT_A_REFERRER)


def _a_code_not_a_plate(value: str) -> bool:
    """Whether a `?reg=` value is a promotion's code or a tyre's size (above), no plate."""
    return _PROMOTION_CODE.fullmatch(value) is not None or _TYRE_SIZE.fullmatch(value) is not None or (
        _a_worded_code(value))


def _form_blanks(raw: str) -> str:
    """A raw query value (or query) with each `+` between a word and digits written as the form's blank it is
    (`?k=ean+4006381333931`, `?s=invoice+2026-0042`, `?q=caf%C3%A9+42`): a dialled number's `+` opens the value or
    follows a blank, `=` or a sign (`?phone=+49…`, `?q=call+%2B49…`). (A letter is read decoded, from the last
    twelve characters before the `+`: its escapes, four at most.)"""
    pieces = raw.split("+")
    joined = [pieces[0]]
    for piece in pieces[1:]:
        before = joined[-1]
        blank = "0" <= piece[:1] <= "9" and (unquote(before[-12:]) if before[-3:-2] == "%" else before)[-1:].isalpha()
        joined += (" " if blank else "+", piece)
    return "".join(joined)


def _dialled_reason(key: str, value: str) -> str:
    """What personal data a query's `value` (raw, holding a `+`) holds under `key` read with each `+` that may be a
    dialled number's kept (unquote_plus reads them all as blanks), or "": "" when every `+` is a form's blank."""
    dialled = _form_blanks(value)
    return detector.value_reason(key, unquote(dialled)) if "+" in dialled else ""


def _decoded_value_reason(key: str, value: str, decoded: str) -> str:
    """detector.value_reason of a query's `value` under `key`, `decoded` (its `+` as blanks), but for a phone read only
    across both an `_` and a `+` after a filter's attribute (geizhals' `xf=9816_03+05+17+-+RTX+4090`; closer 95): a
    form's `+` is a blank a person typed, an `_` a joiner code wrote (an attribute's number, no trunk `0` opening it,
    and its option), and a number is written by one or the other. So it is read with its `+` kept (what `_` joins:
    `0612_345_678`) and in its `_` pieces (what blanks join: `06+12+34+56+78`), each judged as the whole is; a value
    opening on a trunk `0` (`06_12+34+56+78`) stays a number."""
    found = detector.value_reason(key, decoded)
    if found != detector.PHONE or "+" not in value or "_" not in value or "_" not in decoded:
        return found
    attribute = decoded.partition("_")[0]
    if not (attribute.isdigit() and attribute.isascii()) or attribute[0] == "0":
        return found
    if detector.value_reason(key, unquote(value)) or any(detector.value_reason(key, piece)
                                                          for piece in decoded.split("_") if piece):
        return found
    return ""


# Parameters are separated by `&` or `;`, except where those begin or end an HTML character reference
# (`jo&#64;example.com`, `jo&commat;example.com` are one value, as a browser would read them).
_PARAMETER = re.compile(r"(?:&#[0-9]{1,7};?|&#[xX][0-9a-fA-F]{1,6};?|&[A-Za-z]{2,8};|[^&;])+")
_REFERENCE = re.compile(r"&(?:#|[A-Za-z]{2,8};)")
_ORIGIN = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")


def _parameters(text: str) -> List[str]:
    """_PARAMETER's pairs of `text`: without `&#` or `;` no character reference joins one (the usual query), so
    they are the pieces between its `&` (a split in C, not a pattern tried at each character)."""
    if "&#" in text or ";" in text:
        return _PARAMETER.findall(text)
    return [pair for pair in text.split("&") if pair]


def _origin_only(url: str, field: str, where: str) -> Optional[str]:
    """`scheme://host/` of `url` (never its user info), or None when there is none or the host is personal."""
    match = _ORIGIN.match(url)
    scheme, _, authority = match.group().partition("://") if match else ("", "", "")
    host = authority.rpartition("@")[2]
    if not host or detector.reason(host, id_like=True):
        note(field, f"personal data {where}: not sent")
        return None
    note(field, f"personal data {where}: only the origin sent")
    return f"{scheme}://{host}/"


# An encoded `=` or `{` (`%3D`, `%7B`, or encoded again: `%253D`): a path segment holding parameters or object text.
_ENCODED_PARAMETERS = re.compile("%(?:25)*(?:3[Dd]|7[Bb])")
# Four path segments of 1 to 3 digits (`/ip/81/2/69/160`): an IPv4 address written with `/` for its dots.
_SEGMENT_QUAD = re.compile(r"(?<![^/])(?:[0-9]{1,3}/){3}[0-9]{1,3}(?![^/])")


def _address_in_segments(path: str) -> bool:
    return any(detector.reason(match.group().replace("/", ".")) in (detector.IP_ADDRESS, OVER_ALLOWANCE)
               for match in _SEGMENT_QUAD.finditer(path))


_REFERENCE_OPENERS = frozenset("/.?#")  # (a relative reference's first character: a path, a query, a fragment)
_WEB_SCHEMES = ("http", "https")  # (a web page's path: its `/home/…` is a page; as written first, in C)
# An authenticator's enrolment link (closer 184: `otpauth://totp/<issuer>:<account>?secret=…`, Google Authenticator's
# `otpauth-migration://`): its label names the account and its secret is a second factor's key, the whole link a
# credential; none of it is sent.
_AUTHENTICATOR_SCHEMES = frozenset(("otpauth", "otpauth-migration"))


# Shopify's cart permalink, `/cart/<variant id>:<quantity>,…` (its documented layout): variant ids and their
# quantities (closer 92).
_CART_ITEMS = re.compile(r"(?<=/cart/)[0-9]{1,20}:[0-9]{1,4}(?:,[0-9]{1,20}:[0-9]{1,4}){0,99}(?![^/])")
_CART_ITEM_ID = re.compile(r"[0-9]+(?=:)")


def _without_cart_items(path: str) -> str:
    """`path` with a cart permalink's items (_CART_ITEMS) read as the ids they are: left out of the reading unless
    one is personal as an id, or a card number a network issues (detector.issued_card_number: a variant's fourteen
    digits after a `4` pass Luhn's sum one time in ten, and Visa issues none that long)."""
    items = _CART_ITEMS.search(path)
    if items is None or any(detector.issued_card_number(item) or detector.reason(item, id_like=True) not in (
            "", detector.CARD) for item in _CART_ITEM_ID.findall(items.group())):
        return path  # (an id's reading: a phone only dialled or after a trunk `0`)
    return path[:items.start()] + "1:1" + path[items.end():]


# A search page's route word, by language (`/search/<terms>`, `/suche/<terms>`, `/recherche/<terms>`): the segment after
# it is what the shopper typed into the search box, read as free text as a `?q=` value is (closer 96: a BSN alone,
# `/search/481726901`, is a query there; `/p/481726901` is a product's id and stays one). Lexicon data by language.
_SEARCH_ROUTE_WORDS = {"English": "search find", "German": "suche suchen", "French": "recherche rechercher",
                       "Spanish": "buscar busqueda búsqueda busca", "Italian": "ricerca cerca", "Dutch": "zoeken zoek",
                       "Portuguese": "pesquisa procurar", "Polish": "szukaj wyszukaj wyszukiwanie",
                       "Swedish": "sok sök", "Finnish": "haku", "Turkish": "arama ara", "Czech": "hledat"}
_SEARCH_TERMS = re.compile("/(?i:" + "|".join(sorted({re.escape(word) for words in _SEARCH_ROUTE_WORDS.values()
                                                        for word in words.split()},
                                                       key=lambda word: (-len(word), word)))  # (no hash seed's order)
                           + ")/([^/]{1,512})")


def _search_terms(path: str) -> bool:
    """Whether the terms of a search page's path (_SEARCH_TERMS), decoded, hold what free text holds."""
    return any(detector.reason(unquote(match.group(1))) for match in _SEARCH_TERMS.finditer(path))


# The words a route's rules read a person's slug or code after (person_routes, counterparts, referral_links), each a
# segment of its own: one look-up per segment before any of the three is called.
_ROUTE_WORDS = ROUTE_OPENING_WORDS | CONVERSATION_WORDS | referral_links.ROUTE_WORDS | counterparts.DATING_SEGMENTS
# A segment of one character before another: a short link's letter (`/r/<code>`, referral_links.route_names_a_referrer)
_ONE_CHARACTER_SEGMENT = re.compile(r"(?:^|/)[^/]/")


def _route_words(path: str) -> Set[str]:
    """The segments of `path` before its last, in lower case, as given and decoded: what a route's rules find their
    word among."""
    words = {segment.lower() for segment in path.split("/")[:-1]}
    if "%" in path:
        words.update(segment.lower() for segment in unquote(path).split("/")[:-1])
    return words


def _route_names_someone(path: str) -> bool:
    """Whether a path's route names a person after a person's word (person_routes.py), a chat's counterpart by a full
    name's slug (counterparts.py, closer 207), a referrer by a code after a referral's word or a short link's letter
    (referral_links.py, closer 188) or a vehicle by its plate after a record's or a fine's word
    (national_ids.record_path_plate, closer 159). Each rule needs one of its words as a segment before the last (in
    lower case, as given or decoded; the plate's in any case, so a path beyond ASCII, whose letters may fold to
    ASCII's, is read whatever its words), the short link a segment of one character before another (decoded: `%` in C
    first): a path with neither calls none of them (they charge nothing before finding their word)."""
    words = _route_words(path)
    worded = not _ROUTE_WORDS.isdisjoint(words)
    return worded and (route_names_a_person(path) or counterparts.conversation_route_names(path)) or (
        worded or "%" in path or _ONE_CHARACTER_SEGMENT.search(path) is not None) and (
        referral_links.route_names_a_referrer(path)) or (
        not national_ids.RECORD_PATH_WORDS.isdisjoint(words) or not path.isascii()) and (
        national_ids.record_path_plate(path))


def _path_reason(path: str, folders: bool = False) -> bool:
    """Whether a URL path, or a fragment's route (a single-page app's `#/form/...`, read as a path is), holds
    personal data: each segment judged as free text and the segments together as an id (a line break for each `/`,
    `/` being a base64 character and a separator between digit groups), four number segments as a dotted address, a
    segment's parameters (`;last_name=...`, `/naam=...`: its key is the segment's own text) and object text
    percent-encoded (`%3D`, `%7B`: twenty-fourth attack), and a personal key's segment with its value after it.
    `folders`: the path is a file's or a share's (a URL whose scheme is not the web's), where a home folder's account
    is read as in a local path (detector.home_folder_account; a web page's path is read as one)."""
    if "/cart/" in path:
        path = _without_cart_items(path)
    lines = path.replace("/", "\n")
    return bool(detector.reason(lines, segments=True)
                or _route_names_someone(path)  # (and a plate after a fine's or a record's segment: closer 159)
                # (a file named after an identity document's holder or a celebration's people, a celebration's slug:
                # cued_names.py, a file's dot or a joint in C first, then its cue: a file's extension, an occasion's
                # word or a digit)
                or ("." in path or "-" in path or "_" in path) and cued_names.FILE_CUE.search(
                    decoded := unquote(path)) is not None and cued_names.named_file(decoded)
                or _search_terms(path)
                or folders and detector.home_folder_account(unquote(path))
                or ("%20" in path or " " in path) and _sentence_segments(path)
                # (_slug_sentences' cues inline for a path in lower case, its own lower case: most slugs, which pay
                # no call)
                or ("-" in path or "_" in path or "+" in path) and (
                    not path.islower() or "mr" in path or "ms" in path or "mx" in path or "miss" in path
                    or _RECIPIENT_OPENING.search(path) is not None) and _slug_sentences(path)
                or path.count("/") >= 4 and _address_in_segments(path)
                # (a street line with its post code as a slug: a joint and a digit in C first)
                or ("-" in path or "_" in path or "+" in path) and _DIGIT_IN_PATH.search(path) is not None
                and _slug_addresses(path)
                or ("=" in path or "{" in path or "%" in path and _ENCODED_PARAMETERS.search(path) is not None)
                and embedded_reason(lines)
                or ("%" in path or "<" in path or "(" in path or "[" in path) and bool(_layout_reason(unquote(path)))
                # (a key's segment needs a segment after it, a route word's skipped: tested in C first; a path's first
                # pair, after its opening `/`, has no key)
                or (path.count("/") >= 2 or path[:1] != "/") and _ROUTE_PATH.fullmatch(path) is None
                and _keyed_segments(path)
                or "<" in path and ">" in path and _tags_in_path(path)
                or ("eyJ" in path or "7b22" in path or "7B22" in path) and any(
                    embedded_reason(segment) for segment in path.split("/") if _OBJECT_TOKEN.match(segment)))


_DIGIT_IN_PATH = re.compile("[0-9]")


def _slug_addresses(path: str) -> bool:
    """Whether a segment of `path` with words joined by `-`, `_` or `+` is or holds a street line and its post code
    (postal.slug_address; closer 133), read decoded, its joints as blanks, in lower case; each distinct segment once,
    in its first 256 characters."""
    for segment in dict.fromkeys(path.split("/")):
        if ("-" in segment or "_" in segment or "+" in segment) and _DIGIT_IN_PATH.search(segment) is not None:
            # (a comma before a joint ends a line, as a map's place writes it: `Calle+Mayor+15,+28013+Madrid`)
            blanked = unquote(segment[:_SLUG_READ]).translate(_SLUG_BLANKS).lower().replace(", ", " ")
            if postal.slug_address(canonical(blanked)[0]):
                return True
    return False


def _tags_in_path(path: str) -> bool:
    """Whether a raw path holds personal data once its markup is rendered (`jo<span>@</span>example.com`: the `/` of a
    closing tag cuts no segment)."""
    rendered = rendered_text(path)
    return rendered != path and bool(detector.reason(rendered.replace("/", "\n"), segments=True))


_SCORE_DENOMINATORS = frozenset(("5", "10"))


def _sentence_segments(path: str) -> bool:
    """Whether a segment of `path` written as a sentence (a blank in it, `%20` as sent; a slug's: _slug_sentences)
    holds what free text holds, read as free text is (`/p/ID%20number%3A%208807125084087`; twenty-eighth attack);
    each distinct segment once; a segment opening on a blank with the one before it, as text with its `/` (no path's
    segment opens so: the `/` was text's, Spain's `C/ Mayor 12, Madrid`)."""
    segments = path.split("/")
    texts = dict.fromkeys(segment for segment in segments if "%20" in segment or " " in segment)
    texts.update(dict.fromkeys(f"{before}/{segment}" for before, segment in zip(segments, segments[1:], strict=False)
                               if before and segment.startswith((" ", "%20"))))
    # ... and a sentence's segment (four words or more: no product's title of two words and a size) ending in a digit
    # with a score's denominator after its `/` (`… rated QuickFit Leeds 5/5`): the `/` was the text's (closer 135)
    texts.update(dict.fromkeys(f"{segment}/{after}" for segment, after in zip(segments, segments[1:], strict=False)
                               if after in _SCORE_DENOMINATORS and segment in texts and segment[-1:].isdigit()
                               and len(segment.replace("%20", " ").split()) >= 4))
    # ... and a sentence's segment ending in a figure and a unit written with `/` (`VO2max 48 ml/kg/min – …`): its `/`
    # were the text's, joined with the unit's parts and the segment after them (closer 151)
    for at, segment in enumerate(segments):
        if segment in texts and _RATE_UNIT_OPENING.search(segment) is not None:
            end = at + 1
            while end < len(segments) and end - at <= 3 and _UNIT_PART.fullmatch(segments[end]) is not None:
                end += 1
            texts["/".join(segments[at:end + 1])] = None
    return any(detector.reason(text) for text in texts)


# A figure and a unit ending a segment, and a unit's next part (lower-case letters, a few), for _sentence_segments.
_RATE_UNIT_OPENING = re.compile("[0-9](?: |%20)?[a-z]{1,4}$")
_UNIT_PART = re.compile("[a-z]{1,4}")


# A slug's sentence (twenty-ninth attack): a segment whose words are joined by `-`, `_` or `+` (`%20` among them) is
# read with blanks for them where a cue phrase makes it a sentence, never for its capitalized words alone (a shop's
# slug names people as titles: `/authors/jane-austen`, `/products/dear-evan-hansen-vinyl`). The cues: a
# self-introduction (self_introductions: `my_name_is_Ayelenqa_Painemal`, read with its case as written), a hand-over
# phrase and an honorific before a word (`deliver-to-mr-sjoerdqa-hettinga-at-gate`: a slug writes the name in lower
# case, read capitalized up to a word of the closed class that ends it), a label naming a person that opens the
# segment, a recipient's noun and a name word (`recipient-name-tinaqa-boersma`, read as `recipient name: …`).
_SLUG_BLANKS = str.maketrans("-_+", "   ")
_HAND_OVER = re.compile(r"(?<![a-z])(?:deliver(?:ed)?|ship(?:ped)?|send|sent|hand(?:ed)?|give|given|leave|left)"
                        r" (?:it |this |parcel |package |order )?(?:to|with|for) (mr|mrs|ms|mx|miss)"
                        r"((?: [a-z]+){1,3})")
# Who receives a parcel, the label's first word (not its sender: `sender-name-label-printer` is a product).
_RECIPIENT_WORDS = frozenset("recipient recipients addressee consignee receiver receivers destinataire destinatario "
                             "destinataria empfanger empfaenger ontvanger mottagare mottaker modtager penerima".split())
# A slug's sentence is read in its first 256 characters (a slug is a title's words; a longer segment pays no more).
_SLUG_READ = 256
_RECIPIENT_OPENING = re.compile("/(?:" + "|".join(sorted(_RECIPIENT_WORDS)) + ")[-_+]")
# Words that end the name after the honorific (`… hettinga at gate`).
_AFTER_A_NAME = frozenset("at in on from by near before after and or the with of to please thanks".split())


def _slug_sentences(path: str) -> bool:
    """Whether a segment of `path` with words joined by `-`, `_` or `+` is a sentence by its cue (above) that
    holds what free text holds; each distinct segment once."""
    # (each cue in C over the whole path first: a self-introduction is read with its capitals, and most slugs are in
    # lower case; an honorific's letters; a recipient's word opening a segment)
    lower = path.lower()
    capitals = not path.islower()
    handing = "mr" in lower or "ms" in lower or "mx" in lower or "miss" in lower
    labelled = _RECIPIENT_OPENING.search(lower) is not None
    if not (capitals or handing or labelled):
        return False
    for segment in dict.fromkeys(path.split("/")):
        if "-" not in segment and "_" not in segment and "+" not in segment:
            continue
        blanked = segment[:_SLUG_READ].replace("%20", " ").translate(_SLUG_BLANKS)
        if capitals and not segment.islower() and introduced_in_slug(blanked):
            return True
        # (closer 233: a greeting's or a label's full name, `/greeting/Hallo-Anna-Schmidt`; its opening word in a set)
        if capitals and not segment.islower() and greetings.slug_calls_full_name(canonical(blanked)[0]):
            return True
        lowered = blanked.lower()
        handed = _HAND_OVER.search(lowered) if handing else None
        if handed is not None:
            named = _capitalized_name(handed.group(2))
            if named and detector.reason(f"{lowered[:handed.start(1)]}{handed.group(1).capitalize()} {named}."):
                return True
        words = lowered.split(None, 2) if labelled else []
        if (len(words) == 3 and words[0] in _RECIPIENT_WORDS and words[1] in personal_keys.NAME_TOKENS
                and detector.reason(f"{words[0]} {words[1]}: {_capitalized_name(words[2])}")):
            return True
    return False


def _capitalized_name(words: str) -> str:
    """A slug's words after its cue as a name is written, capitalized, up to a word that ends a name (_AFTER_A_NAME);
    three at most."""
    names: List[str] = []
    for word in words.split(None, 3)[:3]:
        if word in _AFTER_A_NAME:
            break
        names.append(word.capitalize())
    return " ".join(names)


# A segment that can be a key, decoded: no blank, no digit first, at most 64 characters (`billing_full_name`, `naam`).
_KEY_SEGMENT = re.compile(r"[^\s\d/][^\s/]{0,63}")
# A route's word: lower-case ASCII letters and `-` with four digits at most (`android`, `blue-sneakers-42`, `2`). As a
# label's value it holds nothing the label reading finds (no capital, no blank, no number long enough for an id).
_ROUTE_WORD = re.compile(r"[a-z-]*(?:[0-9][a-z-]*){0,4}")
# A path whose segments are all route words (`/products/blue-sneakers`): no key's value to read (_keyed_segments
# skips each pair), told by one match in C.
_ROUTE_PATH = re.compile(r"(?:/[a-z-]*+(?:[0-9][a-z-]*+){0,4}+)*+")


def _keyed_segments(path: str) -> bool:
    """Whether a segment of `path` is a personal key (personal_keys.names_personal_data: a query key's words) and
    the next one its value (`/form/naam/Ayesha%20Siddiqueeqa`, `#/form/cnic_number/3520276543213`): the two are read
    as a label and its value in one segment (`naam: Ayesha Siddiqueeqa`). A name read there counts only after a key
    naming a person (personal_keys.names_a_person): the label reading takes capitalized words after any personal
    label for a name, and a path names places and categories so (`/country/India`, `/c/mobile_phones/Samsung`)."""
    segments = path.split("/")
    # (each distinct segment judged as a key once, each distinct pair once: a path repeating its segments, or
    # pairs, pays the key lexicon and the label reading once for each, not once per repeat)
    keys: Dict[str, bool] = {}
    judged = set()
    for at in range(len(segments) - 1):
        key, value = segments[at], segments[at + 1]
        # (a route's word after it first: most segments are one, and their keys are not judged)
        if _ROUTE_WORD.fullmatch(value) is not None or (key, value) in judged:
            continue
        judged.add((key, value))
        personal = keys.get(key)
        if personal is None:
            personal = keys[key] = _personal_key_segment(key)
        if not personal:
            continue
        key = unquote(key) if "%" in key else key
        value = unquote(value)
        if ("_" in value or "+" in value) and not value.islower():  # a name joined by `_` or `+` (`Yannqa_Kerjean`)
            value = value.translate(_SLUG_BLANKS)
        tokens = personal_keys.key_tokens(key)
        found = detector.reason(f"{' '.join(tokens)}: {value}", segments=True)
        # (an IP address's word as a segment labels no number: `/ip/481726039` is Walmart's item page, an address
        # is read by its own shape, `/ip/192.168.0.12`; closer 93)
        if found == detector.LABELLED_NUMBER and detector.IP_LABEL_WORDS.issuperset(tokens):
            continue
        if found and (found != postal.PERSON_NAME or personal_keys.names_a_person(key)):
            return True
    return False


def _personal_key_segment(segment: str) -> bool:
    """Whether a path segment, decoded, is a key (_KEY_SEGMENT) that names personal data."""
    key = unquote(segment) if "%" in segment else segment  # (its length and blanks as decoded: `पूरा_नाम` is 64
    # encoded)
    return _KEY_SEGMENT.fullmatch(key) is not None and personal_keys.names_personal_data(key)


# A race's bib's keys by language, and a name's generic keys beside which a bib makes the name a runner's (closer 151).
BIB_KEYS = frozenset(("bib bib_number bibnumber bib_no bibno startnummer startnr start_number startno dossard dorsal "
                      "pettorale numero_pettorale nummerlapp rugnummer peitoral").split())
_RUNNER_NAME_KEYS = frozenset("name nom nombre nome naam navn namn nazwisko runner athlete lastname surname".split())


def _runner_pairs(pairs: List[str]) -> Tuple[str, ...]:
    """The pairs of a query holding both a bib's key with a number and a name's key with a value (above), or ()."""
    keyed = {pair.partition("=")[0].lower(): pair for pair in pairs if pair and pair.partition("=")[2]}
    bibs = [pair for key, pair in keyed.items() if key in BIB_KEYS and pair.partition("=")[2].isdigit()]
    names = [pair for key, pair in keyed.items() if key in _RUNNER_NAME_KEYS]
    return tuple(bibs + names) if bibs and names else ()


# The query keys a person's parameter rules read (counterparts.counterpart_parameter,
# person_routes.tree_person_parameter, referral_links.referrer_parameter: each its key in lower case, a referral
# code's without `_` and `-`), all written so: a key not among them (`fbclid`, `utm_source`) calls none of the three.
_PERSON_PARAMETER_KEYS = frozenset(key.replace("_", "").replace("-", "") for key in (
    counterparts.PARAMETER_KEYS | person_routes.PARAMETER_KEYS | referral_links.CODE_KEYS
    | referral_links.INVITER_KEYS))


def _joined_key(pair: str) -> str:
    """A query's `key=value` pair's key in lower case without `_` and `-` (as _PERSON_PARAMETER_KEYS holds them)."""
    return pair.partition("=")[0].lower().replace("_", "").replace("-", "")


def _clean_query(query: str, path: str, oauth: bool = False) -> Tuple[str, bool]:
    """The query without its personal parameters, and whether any was removed; `path`: the URL's (a store
    locator's, personal_keys.locator_path); `oauth`: an OAuth authorization response's."""
    pairs = _parameters(query)
    # records of bracketed keys (`data[0][value]`), or of keys labelled by others (`field_7_label`: form_records)
    if "]" in query or "%5D" in query or "%5d" in query or form_records.CUE.search(query) is not None:
        named = set(_named_fields([(unquote_plus(key), unquote_plus(value))
                                   for key, _, value in (pair.partition("=") for pair in pairs)]))
        pairs = [pair if at not in named else "" for at, pair in enumerate(pairs)]  # ("": left out below)
    # (an E-Rezept's access code under `ac`, beside the prescription's words or path: e_prescriptions.py)
    cued = "ac=" in query
    # (a conversation's page names its counterpart by a key of the query: `/messages/thread?with=<handle>`, closer 124;
    # the key's look-up first, the path's segments only after a counterpart's key)
    # (a race's bib beside a name's key: the runner's, both go; closer 151)
    runner = _runner_pairs(pairs) if ("bib" in query or "start" in query or "dors" in query or "doss" in query
                                      or "pettorale" in query) else ()
    # (a pair repeated, `?q=1&q=1&…`, is judged once: its verdict depends on the pair and this URL alone; but it is
    # charged each time, so that the allowance still bounds what the request writes: detector.written_again)
    refused: Dict[str, bool] = {}
    kept = []
    for pair in pairs:
        if not pair or pair in runner:
            continue
        verdict = refused.get(pair)
        if verdict is None:
            verdict = refused[pair] = bool(
                cued and e_prescriptions.access_code_parameter(pair, f"{path}?{query}")
                or _personal_parameter(pair, path, oauth)
                # (the other member a conversation's or a dating site's link names, a family tree's person, a
                # referral's code or inviter: counterparts.py, person_routes.py, referral_links.py; a pair whose key
                # none of them reads calls none)
                or _joined_key(pair) in _PERSON_PARAMETER_KEYS and (
                    counterparts.counterpart_parameter(pair, path) or tree_person_parameter(pair, path)
                    or referral_links.referrer_parameter(pair, path)))
        elif not detector.written_again(pair):
            verdict = True
        if not verdict:
            kept.append(pair)
    if len(kept) == len(pairs):
        return query, False
    return "&".join(kept), True


# A parameter naming a phone's calling code, or a value that is one (`+33`), in one search of the query: the cue for
# joined_phones below.
_CALLING_CODE_CUE = re.compile(r"(?:^|[&;])(?:cc|country_?code|calling_?code|dial(?:_?code)?|indicatif"
                               r"|prefi(?:x|jo|sso)|ddi)=|=(?:\+|%2[Bb])[0-9]", re.IGNORECASE)


def _value_across_semicolons(part: str) -> bool:
    """Whether a query's `key=value` part, its `;` kept in the value, holds personal data (not when `;` cuts
    parameters there, a `=` after it: each is judged alone), by itself or by the keys of a layout it holds (PHP's
    serialize() writes `;` after each item: `?data=a:1:{s:9:"last_name";…;}`)."""
    key, equals, value = part.partition("=")
    if not equals or ";" not in value or "=" in value:
        return False
    decoded = unquote_plus(value)
    return bool(detector.value_reason(unquote_plus(key), decoded) or embedded_reason(decoded))


def _pieces_across(path: str, query: str) -> bool:
    """Whether the last segment of `path` and the values of `query`, side by side in a URL's order, put together an
    address or a phone number the detector reads (assembled.joined_addresses, joined_phones:
    `?u=jo.smith&d=example.com`, `/u/jo.smith?d=@example.com`, `?cc=33&n=647832915`); an address needs a `.` in the
    query, a phone the cue above."""
    addresses = "." in query
    phones = _CALLING_CODE_CUE.search(query) is not None
    if not (addresses or phones):
        return False
    pieces = [(unquote_plus(key).lower(), unquote_plus(value))
              for key, _, value in (pair.partition("=") for pair in _parameters(query))]
    segment = path.rstrip("/").rpartition("/")[2]
    if segment:
        pieces.insert(0, ("", unquote(segment)))
    joined = " ".join(filter(None, (assembled.joined_addresses(pieces) if addresses else "",
                                    assembled.joined_phones(pieces) if phones else "")))
    return bool(joined) and bool(detector.reason(joined))


def _linked_where(scheme: str, host: str, path: str, base: str, fragment: str, field: str, drop_query: bool,
                  pasted: bool) -> str:
    """Where a URL (its `scheme` and `host`, "" when it is relative; its `path`, its `base` before the fragment, its
    `fragment` with its `#`) holds a link's personal data read with its host or its scheme, or "": a network's
    profile link, a network's app link, a what3words link, a link pasted into the path (_pasted_link, not again
    within one: `pasted`)."""
    # (a network's profile link names its holder's account, its host and path read together; closer 50)
    if host in handles.PROFILE_HOSTS and handles.reason(canonical(host + path + fragment)[0]):
        return "in the path"
    # (a network's app link, `fb-messenger://user-thread/<name>`, read whole as its web link is; closer 79)
    if scheme and scheme.lower() in handles.APP_SCHEMES and handles.reason(canonical(base)[0]):
        return "in the path"
    # (a referral link's code made of its referrer's name, read with its host: referral_links.py, closer 181; its
    # host's word looked up first)
    if referral_links.on_a_referral_host(host) and referral_links.host_names_a_referrer(host, path):
        return "in the path"
    # (a what3words link's path is the place: `https://w3w.co/<three.words>`; closer 79)
    if host and host.lower() in coordinates.WHAT3WORDS_HOSTS and coordinates.located(
            canonical(f"{host}{path}")[0], False):
        return "in the path"
    # (a link pasted into the path, `/dl/https://m.me/<name>`: its segments read together as the link they are, once)
    if not pasted and ("/http" in path or "/HTTP" in path) and _pasted_link(path, field, drop_query):
        return "in a link in the path"
    return ""


# A web link pasted into a path after a segment of its own (`/dl/https://…`, `/go/http:/…` as some servers keep it).
_PASTED_LINK = re.compile(r"/(https?):/+(?=[^/])", re.IGNORECASE)


def _pasted_link(path: str, field: str, drop_query: bool) -> bool:
    """Whether a web link pasted into URL `path` (_PASTED_LINK) holds personal data: cleaned as a URL of its own
    (its reasons noted under `field`), something of it is removed."""
    match = _PASTED_LINK.search(path)
    if match is None:
        return False
    link = f"{match.group(1)}://{path[match.end():]}"
    return _cleaned_url(link, field, drop_query, pasted=True) != link


# (closer 98) A URL as a parameter's value: a scheme's `scheme://…`, a host's `//host/…` (a network-path reference),
# or a path relative to the site, one `/` before a character that opens a segment (`?next=/account/orders`: a login's,
# a checkout's or a single-page app's redirect); no line break or tab, which no URL holds.
_LINKED_VALUE = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{0,31}:)?//(?=[^/\s])|/(?=[^/\s])")
_NOT_IN_A_URL = re.compile(r"[\n\r\t]")
_linked_depth = 0  # (how many URLs in values are being read, one within another: _MAX_DECODED_DEPTH at most)


def _linked_value_reason(decoded: str) -> bool:
    """Whether a query's or a fragment's parameter value, `decoded` once (unquote_plus), is a URL or a path relative
    to the site (_LINKED_VALUE; decoded once more when only that makes it one, `%252F…`) that holds personal data read
    as the URL it is: cleaned as a page's URL is (_cleaned_url: its host, its path's segments and routes, its own
    query's parameters and fragment, each such value within in turn, _MAX_DECODED_DEPTH URLs deep at most), something
    of it is removed (`?next=/form/name/<name>`, `#route=/author/<slug>`). The reasons of that reading are withdrawn:
    the parameter's removal is noted where it is removed."""
    global _linked_depth
    text = decoded
    if _LINKED_VALUE.match(text) is None:
        if "%" not in text:
            return False
        text = unquote(text)  # (encoded twice: `%252Fform%252F…`)
        if _LINKED_VALUE.match(text) is None:
            return False
    if _linked_depth >= _MAX_DECODED_DEPTH or _NOT_IN_A_URL.search(text) is not None:
        return False
    url = "https:" + text if text[:2] == "//" else text  # (a host's reference read as the web page it opens)
    mark = decisions.noted()
    _linked_depth += 1
    try:
        cleaned = _cleaned_url(url, "", False)
    finally:
        _linked_depth -= 1
        decisions.withdraw_since(mark)
    return cleaned != url


# A fragment of a query's shape: `key=value` pairs apart by `&`, each key of a query's characters (no blank, `/`, `?`).
_QUERY_SHAPED = re.compile(r"[\w.\[\]%-]+=[^&]*(?:&[\w.\[\]%-]+=[^&]*)*")


def _fragment_parameters_reason(path: str, fragment: str) -> bool:
    """Whether a fragment of `key=value` pairs (_QUERY_SHAPED) holds personal data read as a query is: a parameter
    (_personal_parameter), a value holding `;` (_value_across_semicolons), the values beside the last segment of
    `path` (_pieces_across), its parameters' keys read together (embedded_reason), or a counterpart's key on a
    conversation's page (counterparts.counterpart_parameter), as a query's are."""
    return (any(_personal_parameter(part, path) for part in _parameters(fragment))
            or ";" in fragment and any(_value_across_semicolons(part) for part in fragment.split("&") if ";" in part)
            or _pieces_across(path, fragment) or bool(embedded_reason(fragment))
            or any(counterparts.counterpart_parameter(part, path) for part in fragment.split("&")))


def joined_refusal(texts: Sequence[str]) -> str:
    """Why texts sent side by side (a product's id, then its title, brand and category) put an address together
    (assembled.joined_addresses: `{"id": "jo.smith", "title": "@example.com"}`), or ""."""
    joined = assembled.joined_addresses([("", text.strip()) for text in texts if text])
    return detector.reason(joined) if joined else ""


def clean_url(url: str, field: str = "", drop_query: bool = False) -> Optional[str]:
    """`url` with every part that holds personal data removed: user info, query parameters (a personal key,
    or personal data in the key or the value), the fragment; personal data in the path leaves only the origin.
    None when nothing can be sent (a relative URL with personal data in its path, or longer than any real
    one). `drop_query` removes the whole query (setting meta_url_query = drop). Reasons go under `field`."""
    if len(url) > MAX_URL:
        note(field, f"longer than {MAX_URL} characters: not sent")
        return None
    if url[:7].lower() == "otpauth" and url.partition("://")[0].lower() in _AUTHENTICATOR_SCHEMES:
        note(field, "an authenticator's key link: not sent")
        return None
    refused, mark = detector.refused_judgments(), decisions.noted()
    cleaned = _cleaned_url(url, field, drop_query)
    if detector.refused_judgments() != refused:  # a part was refused unjudged: no part of it can be vouched for
        decisions.withdraw_since(mark)  # (the parts' reasons: a refused part read as a personal one)
        note(field, f"{OVER_ALLOWANCE}: not sent")
        return None
    return cleaned


def _cleaned_url(url: str, field: str, drop_query: bool, pasted: bool = False) -> Optional[str]:
    """clean_url's work on a URL within the length limit and the allowance to judge (`pasted`: a link pasted into
    another's path, _pasted_link)."""
    # A character reference cuts a URL where a browser would not read a cut (`?jo&#64;x.com`: `#` starts the
    # fragment, `&` and `;` separate parameters), so parts could each be clean and the URL not: such a URL
    # (real ones have none) holding personal data as a whole is reduced to its origin.
    if _REFERENCE.search(url) is not None and detector.reason(url.replace("/", "\n"), id_like=True):
        return _origin_only(url, field, "across the URL's parts")
    base, hash_mark, fragment = url.partition("#")
    path, question, query = base.partition("?")
    scheme, separator, rest = path.partition("://")
    # Text that is no URL (no scheme, no relative reference's opening `/`, `.`, `?` or `#`, and a blank no URL holds:
    # `Gender: female` as a page's URL) is judged as the free text it is, its `/` cutting nothing (closer 79).
    if not separator and " " in url and url[:1] not in _REFERENCE_OPENERS and (
            detector.reason(url) or "=" in url and embedded_reason(url)):
        note(field, "not a URL, personal data in it: not sent")
        return None
    origin = host = ""
    if separator:
        authority, slash, path = rest.partition("/")
        if "@" in authority:
            authority = authority.rpartition("@")[2]
            note(field, "user name and password removed")
        # the port removed (a host of digits alone, `1359103392`, has none)
        name, colon, port = authority.rpartition(":")
        host = name if colon and port.isdigit() else authority
        # an IP address as the host, or personal data in its name (a digit, or a slug's dashes: an address spelled
        # into a label, `jo-smith-at-example-org.shop.net`, needs three)
        if (_A_DIGIT.search(host) is not None or host.count("-") >= 3) and detector.host_reason(host):
            note(field, "personal data in the host: not sent")
            return None
        origin = f"{scheme}://{authority}"
        path = slash + path
    # (the root, `/`, has no segment: a referrer's usual path pays no call)
    if path and path != "/" and _path_reason(path, bool(separator) and scheme not in _WEB_SCHEMES and (
            scheme.lower() not in _WEB_SCHEMES)):
        return _origin_only(url, field, "in the path")
    linked = "" if not path or path == "/" else _linked_where(
        scheme if separator else "", host, path, base, hash_mark + fragment, field, drop_query, pasted)
    if linked:
        return _origin_only(url, field, linked)
    # (a fragment with a `/` is a single-page app's route too, read as a path is: `#inbox/maza naav Sachin Deshmukhe`,
    # `#/form/naam/Ayesha%20Siddiqueeqa`; one of `key=value` pairs, a search widget's `#q=…&page=1`, is read by its
    # keys as a query is, its values side by side with the path's last segment too)
    if fragment and ((_fragment_parameters_reason(path, fragment) if _QUERY_SHAPED.fullmatch(fragment) is not None
                      else detector.reason(fragment) or embedded_reason(fragment) or any(
                          _personal_parameter(part) for part in _parameters(fragment) if "=" in part))
                     or "/" in fragment and _path_reason(fragment)
                     # (a fragment continuing a conversation's route, its look-up of the words first: counterparts.py)
                     or not CONVERSATION_WORDS.isdisjoint(_route_words(f"{path}/{fragment}")) and (
                         counterparts.fragment_names_a_counterpart(path, fragment))):
        hash_mark = fragment = ""
        note(field, "fragment with personal data removed")
    # (pieces side by side: a `.` for an address's domain, or a calling code's key or `+`, in C first)
    if question and not drop_query and ("." in query or "=+" in query or "=%2" in query or "cc=" in query
                                        or "code=" in query or "dial" in query or "indicatif" in query
                                        or "prefi" in query or "ddi=" in query) and _pieces_across(path, query):
        return _origin_only(url, field, "across the URL's parameters")
    # (a value cut by `;` where a server reads `;` as part of it, `?q=4539;1488;0343;6467`: each `&` part holding a
    # `;` after its `=` and no second `=` is judged whole too, as the value it is there; a substring test in C first)
    if question and not drop_query and ";" in query and any(
            _value_across_semicolons(part) for part in query.split("&") if ";" in part):
        question = query = ""
        note(field, "query removed: a value across `;` holds personal data")
    if question and (drop_query or "n=" in query and "p=" in query and _record_search_names(host, path, query)):
        question = query = ""
        note(field, "query removed (meta_url_query = drop)" if drop_query else "query removed: a record search's names")
    elif question:
        query, removed = _clean_query(query, path, "state=" in query and personal_keys.oauth_response(path, query))
        if removed:
            note(field, "query parameters with personal data removed")
            question = "?" if query else ""
    cleaned = origin + path + question + query + hash_mark + fragment
    # What remains can spell personal data together though no part does alone (decoded, or an address cut by
    # `?` or `#`: `/jo.smith?@example.com`): a URL that decoding changes, or that holds an `@` past its host,
    # is checked whole too.
    # (canonical's first tests, as_is, without its calls: the usual URL is its own canonical form; a form's blank
    # between a word and digits in the query or a query-shaped fragment read as the blank it is: `?q=café+ean+400…`)
    if ("@" in cleaned or not as_is(cleaned) and canonical(cleaned)[0] != cleaned) and detector.reason(
            _with_form_blanks(origin + path, question + query, hash_mark + fragment).replace("/", "\n"), id_like=True):
        return _origin_only(url, field, "across the URL's parts")
    return cleaned


def _record_search_names(host: str, path: str, query: str) -> bool:
    """(closer 238) Whether `query` names a person across two parameters, GeneWeb's family name `n` and given name `p`
    on a genealogy site, each a word alone (genealogy.query_named; its caller tests both keys in C first)."""
    return genealogy.query_named(f"{host}{path}?{query}")


def _with_form_blanks(base: str, query: str, fragment: str) -> str:
    """A URL's `base`, `query` (with its `?`) and `fragment` (with its `#`) joined, a form's blank between a word and
    digits (_form_blanks) read as a blank in the query and in a fragment of `key=value` pairs (_QUERY_SHAPED)."""
    if "+" in query:
        query = _form_blanks(query)
    if "+" in fragment and _QUERY_SHAPED.fullmatch(fragment, 1) is not None:
        fragment = _form_blanks(fragment)
    return base + query + fragment
