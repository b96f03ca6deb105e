"""The thirty-second attack's HTML mails (canonical.py's reading of HTML): a closing above a name written with named
character references of letters with a diacritic, a list item's `Ship to:` (a `<li>` tag is no spelled `@`), Outlook's
`MsoNormal` paragraphs inside a JSON string; with the near misses that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical

PERSON_NAME = "holds a person's name"

KEPT = [
    "<p>Viele Grüße<br>\nJ&ouml;rg Br&auml;unlingqa</p>",
    "<p>Mit freundlichen Gr&uuml;&szlig;en<br>J&uuml;rgen M&uuml;ller</p>",
    "<ul><li>Order #48213</li><li>Ship to: Clara Engelhardtqa</li></ul>",
    "{\"id\": 48213, \"text\": \"<ul><li>Order #48213</li><li>Ship to: Clara Engelhardtqa</li></ul>\"}",
    "{\"id\": 48213, \"text\": \"<p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal>Clara "
    "Engelhardtqa<o:p></o:p></p>\"}",
    "{\"body\": \"<p>Kind regards,</p><p>Clara Engelhardt</p>\"}",
]

GO_OUT = [
    "<p>Caf&eacute; au lait</p>",
    "Cr&egrave;me br&ucirc;l&eacute;e",
    "<ul><li>100% cotton</li><li>Made in Portugal</li></ul>",
    "<ul><li>Ship to: Germany</li><li>Free returns</li></ul>",
    "<li>Ships to: EU, UK</li>",
    "{\"text\": \"<p>Best,</p><p>The Nike Team</p>\"}",
    "{\"d\": \"<p>Soft cotton tee.</p><p>Machine washable.</p>\"}",
    "{\"html\": \"<p>Designed by Philippe Starck</p><p>Made in Italy</p>\"}",
]


@pytest.mark.parametrize("value", KEPT)
def test_a_mails_html_keeps_the_name(value: str) -> None:
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", GO_OUT)
def test_the_htmls_near_misses_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize(("text", "letters"), [
    ("J&ouml;rg &Auml; &ccedil; &ntilde; &scaron; &aring;", "Jorg A c n s a"),
    ("&szlig; &aelig; &oslash; &thorn;", "ß æ o þ"),
    ("&rarr; &xuml;", "&rarr; &xuml;"),
])
def test_named_references_of_latin_letters_are_read_as_their_letters(text: str, letters: str) -> None:
    assert canonical(text)[0] == letters
