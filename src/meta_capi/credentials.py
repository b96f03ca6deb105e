"""A provider's secret in its own format (closer 83, closer 86), wherever it stands: a prefix the provider gives its
secrets and the token's length and alphabet after it, which no product's or order's code takes (`SK-1042`, `AC-123`,
`SG.Blue`, `hf_model.bin` have the prefix, never the length and alphabet). One table, `_FORMATS`, of (prefix,
alphabet, length) rows:

- GitHub's tokens: `ghp_` (a personal access token), `gho_`, `ghu_`, `ghs_`, `ghr_` and 36 letters and digits, or
  `github_pat_` and 22 to 82 letters, digits and `_` (a fine-grained personal token); GitLab's `glpat-` and 16 to 64;
- Stripe's secret and restricted keys: `sk_live_`, `rk_live_` (and their test mode's `_test_`) and 24 letters and
  digits or more; its webhooks' signing secret, `whsec_` and 24 or more;
- Slack's tokens: `xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-` and digits and letters in dashed groups (a line break
  after a dash too), and an incoming webhook's path (`hooks.slack.com/services/T…/B…/…`);
- AWS' access key ids (`AKIA` or `ASIA` and 16 upper-case letters and digits) and a secret access key (30 to 60 of
  base64's letters) after its name (`aws_secret_access_key=`, `SecretAccessKey:`);
- Google's API keys (`AIza` and 35 of base64url's letters), OpenAI's (`sk-proj-` and 20 or more, `sk-` and 32 or
  more letters and digits), Twilio's API key and account ids (`SK`, `AC` and 32 hex digits), SendGrid's (`SG.`, 16 to
  32, `.`, 32 to 64), npm's (`npm_` and 36), Shopify's (`shpat_`, `shpss_`, `shpca_`, `shppa_` and 32 hex digits),
  Hugging Face's (`hf_` and 30 to 40 letters and digits, a digit among them).

An authenticator's enrolment link (closer 184: `otpauth://totp/<issuer>:<account>?secret=<base32>&issuer=…`, as a QR
code spells it; privacy.py sends no URL of its scheme): the second factor's key in its `secret` parameter, 16 base32
letters or more, wherever the link stands.

A label's secret (`api_key=…`, `Authorization: Bearer …`) is labelled_values.py's; these need none (`token:
ghp_…`). The reason names the rule, never the value.
"""

from __future__ import annotations

import re
from typing import Tuple

SECRET = "holds a provider's secret by its format"

_ALNUM = "A-Za-z0-9"
_BASE64URL = "A-Za-z0-9_-"
_HEX_LOWER = "0-9a-f"
# (prefix as a regex, the token's alphabet as a character class's body, its length as a regex quantifier)
_FORMATS: Tuple[Tuple[str, str, str], ...] = (
    (r"gh[opusr]_", _ALNUM, "{36}"),
    (r"github_pat_", _ALNUM + "_", "{22,82}"),
    (r"glpat-", _BASE64URL, "{16,64}"),
    (r"[rs]k_(?:live|test)_", _ALNUM, "{24,99}"),
    (r"whsec_", _ALNUM + "+/", "{24,64}"),
    (r"A[KS]IA", "A-Z0-9", "{16}"),
    (r"AIza", _BASE64URL, "{35}"),
    (r"sk-proj-", _BASE64URL, "{20,200}"),
    (r"sk-", _ALNUM, "{32,99}"),
    (r"(?:SK|AC)", _HEX_LOWER, "{32}"),
    (r"SG\.[A-Za-z0-9_-]{16,32}\.", _BASE64URL, "{32,64}"),
    (r"npm_", _ALNUM, "{36}"),
    (r"shp(?:at|ss|ca|pa)_", "0-9a-fA-F", "{32}"),
    (r"hf_(?=[A-Za-z]{0,40}[0-9])", _ALNUM, "{30,40}"),
)
_TOKEN = re.compile(
    r"(?<![A-Za-z0-9_])(?:"
    + "|".join(f"{prefix}[{alphabet}]{length}" for prefix, alphabet, length in _FORMATS)
    # (Slack's token, its dashed groups maybe broken over a line after a dash; a webhook's path)
    + r"|xox[abprs]-[0-9]{8,13}-\s{0,2}[0-9A-Za-z-]{8,80}"
    r"|hooks\.slack\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{16,40}"
    r")(?![A-Za-z0-9_])")
# AWS' secret access key after its name (the name's own words, in snake or camel case), `=` or `:`, maybe quoted.
_AWS_SECRET = re.compile(
    r"(?i:(?:aws_?)?secret_?access_?key)[\"']?[ \t]{0,2}[:=][ \t]{0,3}[\"']?[A-Za-z0-9/+]{30,60}(?![A-Za-z0-9/+])")
# An authenticator's enrolment link and its secret (base32), its other parameters before it maybe.
_OTPAUTH = re.compile(r"(?i:otpauth(?:-migration)?)://[^\s?#]{1,200}\?(?:[^\s#&]{0,200}&){0,8}(?i:secret)="
                      r"[A-Za-z2-7]{16,128}")
# The prefixes' letters, looked for in C before the search (most texts hold none).
_CUES = ("gh", "github_pat_", "glpat-", "k_live_", "k_test_", "whsec_", "xox", "AKIA", "ASIA", "AIza", "sk-", "SK",
         "AC", "SG.", "npm_", "shp", "hf_", "hooks.slack.com")
_CUE = re.compile("|".join(map(re.escape, _CUES)))  # (any of them, in one search in C)
# What every secret `reason` finds holds: a prefix, or an enrolment link's or an AWS secret key's word in any case (the
# detector's cue scan reads it: a text holding none pays no call here).
CUE = re.compile(f"{_CUE.pattern}|(?i:otpauth|secret)")


def reason(form: str) -> str:
    """SECRET when canonical `form` holds a provider's secret in its format (above), or ""."""
    if _CUE.search(form) is not None and _TOKEN.search(form) is not None:
        return SECRET
    low = form.lower()
    if "otpauth" in low and _OTPAUTH.search(form) is not None:
        return SECRET
    return SECRET if "secret" in low and "key" in low and _AWS_SECRET.search(form) is not None else ""
