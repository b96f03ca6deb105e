"""Payment cards written partly masked, for the detector (detector.py).

PCI DSS lets a receipt or a page show a card's first six digits (its issuer) and its last four: ten digits at most,
the rest masked. A card written with fewer digits masked shows most of its number (`492913****628376` shows twelve
of sixteen: a thousand numbers pass Luhn's check in the four masked): that is the card, not a masked one. The last
four alone (`************6376`, `Gift card ending 4242`), the first six and the last four (`492913******6376`) or the
first four and the last four (`4929 **** **** 6376`) are what receipts print, and go out.

A masked card, as read here: a first digit a card network issues (2 to 6), then digits and masks (`*`, `X` or `x`,
`#`, and `•` or `·`, which the canonical form writes as `.`), unbroken or in a card's groups (fours, or 4-6-5) apart
by a blank or a dash, 13 to 19 places in all, the masks in runs of two or more (one alone is a decimal point, a
phone's extension `x204`, a check character), more than ten digits showing, and no letter, digit or mask beside it.
"""

from __future__ import annotations

import re

# (each repeat takes one place after an optional separator that is no place: one way to match, linear)
_MASKED_RUN = re.compile(r"(?<![\w*#.+\-/])[2-6](?:[ -]?[0-9*xX#.]){12,22}(?![\w*#.\-/])")
# The groups a card is printed in, unbroken or apart by one kind of separator: fours (the last maybe shorter), or
# American Express's 4-6-5 (4-6-4 for Diners' fourteen)
_GROUPS = re.compile(r"[^ -]{13,19}|[^ -]{4}(?P<gap>[ -])(?:[^ -]{4}(?P=gap)){1,3}[^ -]{1,4}|[^ -]{4}(?P<gap6>[ -])"
                     r"[^ -]{6}(?P=gap6)[^ -]{4,5}")
# A mask of one place alone: a decimal point, a thousands separator, a phone's extension (`x204`), a check
# character (`…009X`), no card's mask
_LONE_MASK = re.compile(r"(?<![*xX#.])[*xX#.](?![*xX#.])")
# PCI DSS: the first six and the last four digits at most may be shown.
MOST_DIGITS_SHOWN = 10


def cued(form: str) -> bool:
    """Whether canonical `form` holds a mask character a masked card needs (substring tests in C)."""
    return "*" in form or "X" in form or "x" in form or "#" in form or ".." in form


def holds_masked_card(form: str) -> bool:
    """Whether canonical `form` holds a card with more than MOST_DIGITS_SHOWN of its digits showing and the others
    masked (above)."""
    for match in _MASKED_RUN.finditer(form):
        run = match.group()
        run = run[:-1] if run[-1] == "." and run[-2] != "." else run  # (a sentence's full stop after it)
        if _GROUPS.fullmatch(run) is None:
            continue  # (not a card's groups: `PO-2026-0042**20261201`, an EDI segment's fields)
        places = run.replace(" ", "").replace("-", "")
        digits = sum(place.isdigit() for place in places)
        if 13 <= len(places) <= 19 and MOST_DIGITS_SHOWN < digits < len(places) and (
                _LONE_MASK.search(places) is None):
            return True
    return False
