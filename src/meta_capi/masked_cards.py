"""Payment cards written partly masked, for the detector (detector.py).

PCI DSS lets a receipt or a page show a card's first six digits (its issuer) and its last four: ten digits at most,
the rest masked. A card written with fewer digits masked shows most of its number (`492913****628376` shows twelve
of sixteen, one digit in a hundred left to guess with Luhn's help): that is the card, not a masked one. The last four
alone (`************6376`, `Gift card ending 4242`) or the first four and the last four (`4929 **** **** 6376`) are
what receipts print, and go out.

A masked card, as read here: a first digit a card network issues (2 to 6), then digits and masks (`*`, `X` or `x`,
`#`, and `•` or `·`, which the canonical form writes as `.`, in runs of two or more), maybe in groups apart by a blank
or a dash, 13 to 19 places in all, one masked at least, more than ten digits showing, and no letter, digit or mask
beside it.
"""

from __future__ import annotations

import re

# (each repeat takes one place after an optional separator that is no place: one way to match, linear)
_MASKED_RUN = re.compile(r"(?<![\w*#.+])[2-6](?:[ -]?[0-9*xX#.]){12,22}(?![\w*#.])")
_LONE_DOT = re.compile(r"(?<!\.)\.(?!\.)")  # a decimal point or a thousands separator, no mask
# PCI DSS: the first six and the last four digits at most may be shown.
MOST_DIGITS_SHOWN = 10


def cued(form: str) -> bool:
    """Whether canonical `form` holds a mask character a masked card needs (substring tests in C)."""
    return "*" in form or "X" in form or "x" in form or "#" in form or ".." in form


def holds_masked_card(form: str) -> bool:
    """Whether canonical `form` holds a card with more than MOST_DIGITS_SHOWN of its digits showing and the others
    masked (above)."""
    for match in _MASKED_RUN.finditer(form):
        places = match.group().replace(" ", "").replace("-", "")
        digits = sum(place.isdigit() for place in places)
        if 13 <= len(places) <= 19 and MOST_DIGITS_SHOWN < digits < len(places) and (
                _LONE_DOT.search(places) is None):
            return True
    return False
