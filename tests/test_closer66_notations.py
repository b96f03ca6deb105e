"""Closer 66: characters named or numbered in a programming or document notation (notations.py), an address's words in
camelCase and its `@` between slashes (canonical.py), uuencoded files and lists of decimal codes (byte readings), read
by the gate; and ordinary values near each still going out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical

MAIL = "jo.vantreel@example.net"
CODES = " ".join(str(byte) for byte in MAIL.encode())
UUENCODED = "begin 644 kontakt.txt\n7:F\\N=F%N=')E96Q 97AA;7!L92YN970 \n`\nend"


@pytest.mark.parametrize(("value", "form"), [
    ("jo.vantreel\\N{COMMERCIAL AT}example.net", MAIL),
    ("jo\\N{full stop}vantreel\\N{commercial at}example\\N{FULL STOP}net", MAIL),
    ("jo.vantreel\\\\N{COMMERCIAL AT}example.net", MAIL),
    ("jo.vantreel\\x{40}example.net", MAIL),
    ("jo\\x{2E}vantreel\\x{0040}example\\x{2e}net", MAIL),
    ("jo.vantreel\\'40example.net", MAIL),
    ("jo.vantreel\\u64?example.net", MAIL),
    ("jo.vantreel\\char64 example.net", MAIL),
    ("jo.vantreel\\char\"40example.net", MAIL),
    ("jo.vantreel\\char'100 example.net", MAIL),
    ("'jo.vantreel'||CHR(64)||'example.net'", f"'{MAIL}'"),
    ("'jo.vantreel' || chr(64) || 'example.net'", f"'{MAIL}'"),
    ("CONCAT('jo.vantreel', CHAR(64), 'example.net')", f"CONCAT('{MAIL}')"),
    ('=CONCAT("jo.vantreel",CHAR(64),"example.net")', f'=CONCAT("{MAIL}")'),
    ('="jo.vantreel"&CHAR(64)&"example.net"', f'="{MAIL}"'),
    ('"jo.vantreel" & Chr(64) & "example.net"', f'"{MAIL}"'),
    ('"jo.vantreel" & ChrW(64) & "example.net"', f'"{MAIL}"'),
    ('"jo.vantreel" + Chr$(64) + "example.net"', f'"{MAIL}"'),
    ("'jo.vantreel' + chr(0x40) + 'example.net'", f"'{MAIL}'"),
    ("'jo.vantreel' + NCHAR(64) + 'example.net'", f"'{MAIL}'"),
    ("<![CDATA[jo.vantreel]]>@<![CDATA[example.net]]>", MAIL),
    ("<![CDATA[jo.vantreel@example.net]]>", MAIL),
    ("jo.vantreel/@/example.net", MAIL),
    ("?to=jo.vantreel/@/example.net", f"?to={MAIL}"),
    ("joVantreelAtExampleDotNet", "joVantreel@example.net"),
    ("joVantreelAtMailDotExampleDotCo", "joVantreel@mail.example.co"),
    ("jo85AtGmailDotCom", "jo85@gmail.com"),
])
def test_a_notation_is_read_as_the_character_it_names(value, form):
    assert canonical(value)[0] == form
    assert detector.reason(value) == detector.EMAIL
    assert detector.key_reason(value) in (detector.PERSONAL_KEY, f"key {detector.EMAIL}")  # (its words or its mailbox)


@pytest.mark.parametrize("value", [CODES, CODES.replace(" ", ","), CODES.replace(" ", ", "), f"Codes: {CODES}",
                                   UUENCODED, UUENCODED.replace("\n", "\r\n")])
def test_a_mailbox_in_decimal_codes_or_uuencoded_is_read(value):
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize(("value", "form"), [
    ("SELECT CHAR(10) || name FROM customers", "SELECT \n || name FROM customers"),
    ("Basic Chr(65) tutorial", "Basic A tutorial"),
    ("TeX \\char manuals", "TeX \\char manuals"),
    ("\\char\"40e", "@e"),
    ("\\u00e9clair", "eclair"),
    ("\\N{not a name}", "\\N{not a name}"),
    ("VARCHAR(64)", "VARCHAR(64)"),
    ("<![CDATA[Summer Sale]]>", "Summer Sale"),
    ("GetAtDotNet", "GetAtDotNet"),
    ("MeetAtDawn", "MeetAtDawn"),
    ("SaveTheDateCard", "SaveTheDateCard"),
    ("MeetAtHomeDotCom", "MeetAtHomeDotCom"),
    ("shopAtExampleDotCom", "shopAtExampleDotCom"),
    ("isAtTopDotIn", "isAtTopDotIn"),
    ("formatAtDotNotation", "formatAtDotNotation"),
    ("/src/@/Button.vue", "/src/@/Button.vue"),
])
def test_ordinary_text_near_a_notation_keeps_its_form(value, form):
    assert canonical(value)[0] == form
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "SELECT CHAR(10) || name FROM customers", "name CHAR(64) NOT NULL", "Basic Chr(65) tutorial", "TeX \\char manuals",
    "The \\char primitive: \\char65 prints A", "\\u00e9clair", "Caf\\N{LATIN SMALL LETTER E WITH ACUTE} Latte",
    "<![CDATA[Summer Sale]]>", "GetAtDotNet", "MeetAtDawn", "lookAtDotCom", "checkoutAtStepDotTwo",
    "48 49 50 51 52 53 54 55 56 57", "Sizes 64 66 68 70 72 74 76 78 80", "36 38 40 42 44 46 48 50 52 54 64",
    "begin 644 notes.txt\nnot uuencoded at all\nend", "src/@/components/Button.vue", "Rock'n'Roll \\'40s hits",
])
def test_ordinary_values_near_the_notations_go_out(value):
    assert detector.reason(value) == ""
