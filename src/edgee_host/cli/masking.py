"""Keeping secret settings out of everything the harness prints.

Two layers: values are masked where they stand (a setting, a JSON value of the request body, a header, a
query parameter), whatever their length; then, for secrets long enough not to occur by chance, every other
occurrence in the printed text is masked in each form it can take (as configured, trimmed, JSON-escaped,
shell-quoted). A one-letter token is therefore hidden in the body without touching every other letter.
"""

from __future__ import annotations

import base64
import json
import re
import shlex
from typing import Any, Iterable, List, Optional, Set, Tuple
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

from edgee_host.proxy.delivery import without_password

MASK = "***"
MIN_TEXT_SECRET = 8  # shorter secrets are only masked where they stand, never searched for in text
# Settings whose name says they are secret, judged by the name's words (`meta_access_token`, `apiKey`,
# `signing-secret`, `x_key`), so that `monkey` or `keyboard_layout` are not.
SECRET_WORDS = frozenset({"token", "secret", "password", "passwd", "key", "apikey", "private", "credential",
                          "credentials", "auth", "authorization"})
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def name_words(name: str) -> List[str]:
    """A setting name's words: split at separators and at camelCase humps, lowercased."""
    return [word.lower() for word in _WORDS.findall(name)]


def is_secret_name(name: str) -> bool:
    return any(word in SECRET_WORDS for word in name_words(name))


class Masker:
    """Masks the given secret values; call it on text, or use the structural helpers on values."""

    def __init__(self, secrets: Iterable[str]) -> None:
        values: Set[str] = set()
        for secret in secrets:
            for form in (secret, secret.strip()):
                if form:
                    values.add(form)
        self.values = values
        forms: Set[str] = set()
        for value in values:
            if len(value) >= MIN_TEXT_SECRET:
                forms |= {value, json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1],
                          shlex.quote(value), quote_plus(value)}
        self.text_forms = sorted(forms, key=len, reverse=True)
        # A peer may also quote a piece of a long secret (cut, or split around other text): any 8 characters of it.
        pieces = {value[start:start + MIN_TEXT_SECRET] for value in values
                  for start in range(len(value) - MIN_TEXT_SECRET + 1)}
        self.peer_forms = set(values) | pieces | {form for value in values for form in _base64_cores(value)}

    def __call__(self, text: str) -> str:
        for form in self.text_forms:
            text = text.replace(form, MASK)
        return text

    def value(self, value: Any) -> Any:
        """A JSON-like value with every string equal to a secret masked, at any depth."""
        if isinstance(value, str):
            return MASK if value.strip() in self.values or value in self.values else value
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        return value

    def peer(self, text: str) -> str:
        """Text a peer wrote (an answer, an error it quoted): withheld whole when it holds a secret's value,
        whatever the secret's length, since a peer may echo a short token back."""
        if any(form in text for form in self.peer_forms):
            return "(withheld: the peer's answer quotes a secret setting)"
        return self(text)

    def peer_value(self, value: Any) -> Any:
        """A peer's JSON answer with every string passed through `peer`."""
        if isinstance(value, str):
            return self.peer(value)
        if isinstance(value, list):
            return [self.peer_value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.peer_value(item) for key, item in value.items()}
        return value

    def url(self, url: str) -> str:
        url = without_password(url)
        parts = urlsplit(url)
        if not parts.query or not self.values:
            return url
        pairs = [(key, MASK if value.strip() in self.values else value)
                 for key, value in parse_qsl(parts.query, keep_blank_values=True)]
        return urlunsplit(parts._replace(query=urlencode(pairs, safe="*")))


def _base64_cores(secret: str) -> Set[str]:
    """What a base64 text holding `secret` always contains, wherever the secret starts (3 alignments, standard
    and URL-safe alphabets): the characters that depend on its bytes alone. Only long enough cores count."""
    cores: Set[str] = set()
    for offset in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(b"\0" * offset + secret.encode("utf-8", "surrogatepass")).decode("ascii")
            core = text[4 if offset else 0:-4]  # the first group mixes in what precedes, the last what follows
            if len(core) >= MIN_TEXT_SECRET:
                cores.add(core)
    return cores


def secrets_of(settings: Iterable[Tuple[str, str]], manifest_secret_names: Optional[List[str]]) -> List[str]:
    """The values to hide: the manifest's secret settings, and any whose name says it is secret."""
    names = set(manifest_secret_names or ())
    return [value for name, value in settings if name in names or is_secret_name(name)]
