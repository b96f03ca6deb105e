"""A provider's secret in its own format (closer 83), wherever it stands: a prefix the provider gives its secrets
and the token's length and alphabet after it, which no product's or order's code takes:

- GitHub's tokens: `ghp_` (a personal access token), `gho_`, `ghu_`, `ghs_`, `ghr_` and 36 letters and digits, or
  `github_pat_` and 82 letters, digits and `_` (a fine-grained personal token);
- Stripe's secret and restricted keys: `sk_live_`, `rk_live_` (and their test mode's `_test_`) and 24 letters and
  digits or more;
- Slack's tokens: `xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-` and digits and letters in dashed groups.

A label's secret (`api_key=…`, `Authorization: Bearer …`) is labelled_values.py's; these need none (`token:
ghp_…`). The reason names the rule, never the value.
"""

from __future__ import annotations

import re

SECRET = "holds a provider's secret by its format"

_TOKEN = re.compile(
    r"(?<![A-Za-z0-9_])(?:"
    r"gh[opusr]_[A-Za-z0-9]{36}"
    r"|github_pat_[A-Za-z0-9_]{82}"
    r"|[rs]k_(?:live|test)_[A-Za-z0-9]{24,99}"
    r"|xox[abprs]-[0-9]{8,13}-[0-9A-Za-z-]{8,80}"
    r")(?![A-Za-z0-9_])")
# The prefixes' letters, looked for in C before the search (most texts hold none).
_CUES = ("gh", "github_pat_", "k_live_", "k_test_", "xox")


def reason(form: str) -> str:
    """SECRET when canonical `form` holds a provider's secret in its format (above), or ""."""
    return SECRET if any(cue in form for cue in _CUES) and _TOKEN.search(form) is not None else ""
