"""Keeping secret settings out of everything the harness prints.

Two layers: values are masked where they stand (a setting, a JSON value of the request body, a header, a
query parameter), whatever their length; then, for secrets long enough not to occur by chance, every other
occurrence in the printed text is masked in each form it can take (as configured, trimmed, JSON-escaped,
shell-quoted). A one-letter token is therefore hidden in the body without touching every other letter.
"""

from __future__ import annotations

import json
import shlex
from typing import Any, Iterable, List, Optional, Set
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

MASK = "***"
MIN_TEXT_SECRET = 8  # shorter secrets are only masked where they stand, never searched for in text
# Without a manifest, settings whose name says they are secret.
SECRET_NAME_PARTS = ("token", "secret", "password", "api_key", "apikey", "private")


def is_secret_name(name: str) -> bool:
    lowered = name.lower()
    return any(part in lowered for part in SECRET_NAME_PARTS)


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

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        if not parts.query or not self.values:
            return url
        pairs = [(key, MASK if value.strip() in self.values else value)
                 for key, value in parse_qsl(parts.query, keep_blank_values=True)]
        return urlunsplit(parts._replace(query=urlencode(pairs, safe="*")))


def secrets_of(settings: Iterable[tuple], manifest_secret_names: Optional[List[str]]) -> List[str]:
    """The values to hide: the manifest's secret settings, and any whose name says it is secret."""
    names = set(manifest_secret_names or ())
    return [value for name, value in settings if name in names or is_secret_name(name)]
