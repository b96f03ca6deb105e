"""One rule for personal data in everything free-form we send: custom data, commerce fields, page fields,
`event_id` and URLs. Meta flags events that carry raw personal data ("potentially violating personal data")
and may restrict the pixel; hashed identifiers belong in `user_data` only.

Every check here runs in time linear in its input: values come from visitors, and a crafted one is copied
into every later event of that visitor.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import unquote_plus

from .values import stripped_within

_KEY_NOISE = re.compile(r"[^0-9a-z]+")


def key_form(name: str) -> str:
    """A property name as compared for personal keys: `FirstName`, `first-name`, `first_name` are one key."""
    return _KEY_NOISE.sub("", name.lower())


# Names (in key form) that hold personal data: never copied into custom_data or kept in a URL's query. Every
# identity alias (identity.ALIASES) is among them; a test keeps it so.
PERSONAL_KEY_FORMS = frozenset((
    "name fullname firstname lastname surname middlename middleinitial maidenname givenname familyname "
    "customername contactname billingname shippingname username "
    "email emailaddress mail "
    "phone phonenumber tel telephone mobile mobilephone mobilenumber cell cellphone fax "
    "gender sex dob dateofbirth birthday birthdate "
    "address streetaddress street address1 address2 addressline1 addressline2 billingaddress shippingaddress "
    "city state region zip zipcode postalcode postcode country countrycode "
    "ssn socialsecuritynumber nationalid nationalidnumber nin passport passportnumber taxid tin "
    "driverslicense driverlicense driverslicensenumber idnumber idcard iban "
    "ip ipaddress"
).split())
# Parts that make any key personal wherever they appear (`customer_email`, `billing_phone`, `BirthDate`).
_PERSONAL_PART = re.compile("email|phone|birth|surname|firstname|lastname|fullname|passport")


def is_personal_key(name: str) -> bool:
    form = key_form(name)
    return form in PERSONAL_KEY_FORMS or _PERSONAL_PART.search(form) is not None


# One character of an address's local part, "@", a domain label and a dot followed by more domain: no part
# repeats unbounded before the "@", so a search never rescans a long run (linear, unlike a full address regex).
_NOT_ADDRESS = "\\s@<>()\\[\\],;:\"'/\\\\"
_EMAIL_INSIDE = re.compile(f"[^{_NOT_ADDRESS}]@[^{_NOT_ADDRESS}.]+\\.[^{_NOT_ADDRESS}.]")
# "@" as typed, percent-encoded, as an HTML entity, or full-width.
_AT_SIGN = re.compile("@|%40|&#64;|&#x40;|\uff20", re.IGNORECASE)


def contains_email(text: str) -> bool:
    """True when an email address stands anywhere in `text`: alone, in a list, after `mailto:`, in a sentence,
    percent-encoded or as an HTML entity."""
    if _AT_SIGN.search(text) is None:  # most values: one scan, and done
        return False
    if _EMAIL_INSIDE.search(text) is not None:
        return True
    spelled_out = _AT_SIGN.sub("@", text)
    return spelled_out != text and _EMAIL_INSIDE.search(spelled_out) is not None


# Longer free-form values carry nothing Meta uses (custom_data is for short labels and ids); they are left out
# before any check runs, so a crafted 100 KB value costs a length test. URLs get more room.
MAX_FREE_TEXT = 4096
MAX_URL = 8192


TOO_LONG = f"longer than {MAX_FREE_TEXT} characters: left out"
HOLDS_AN_EMAIL = "holds an email address: left out"
PERSONAL_KEY = "personal key: kept out of custom_data"


def free_text(raw: str) -> str:
    """`raw` stripped, or "" when it may not go out (too long, or an email address in it): such a value is
    left out, never redacted."""
    text = stripped_within(raw, MAX_FREE_TEXT)
    return text if text is not None and not contains_email(text) else ""


def custom_refusal(key: str, text: str) -> str:
    """Why a property may not go out as custom data (one of the constants above), or ""."""
    if is_personal_key(key):
        return PERSONAL_KEY
    if len(text) > MAX_FREE_TEXT:
        return TOO_LONG
    return HOLDS_AN_EMAIL if contains_email(text) else ""


def _personal_parameter(pair: str) -> bool:
    key, _, value = pair.partition("=")
    return is_personal_key(unquote_plus(key)) or contains_email(unquote_plus(value))


def clean_url(url: str) -> Optional[str]:
    """`url` without the query parameters that hold personal data (a personal key, or an email address in the
    value); a fragment holding an email is dropped; None when personal data remains (an address in the path),
    or when the URL is longer than any real one."""
    if len(url) > MAX_URL:
        return None
    base, hash_mark, fragment = url.partition("#")
    if fragment and contains_email(fragment):
        hash_mark = fragment = ""
    path, question, query = base.partition("?")
    if question:
        pairs = query.split("&")
        kept = [pair for pair in pairs if not _personal_parameter(pair)]
        if len(kept) != len(pairs):
            query = "&".join(kept)
            question = "?" if query else ""
    if contains_email(path):
        return None
    return path + question + query + hash_mark + fragment
