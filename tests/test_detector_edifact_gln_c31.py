"""An EDIFACT party's GS1 GLN with its code list (`NAD+BY+5412345000013::9'`): the number's tail before `::` is no
IPv6 address's group, an address's run stands at its own start (detector._HEX_COLON_RUN). With the near misses that
are still kept: a person's `NAD` with a name, IPv6 addresses after a label, a bracket, a colon."""

from __future__ import annotations

import pytest

from meta_capi import detector

IP = "holds an IP address"


@pytest.mark.parametrize("text", [
    "NAD+BY+5412345000013::9'", "NAD+SU+5412345000013::9'", "NAD+DP+5412345000013::9'",
    "UNH+1+ORDERS:D:96A:UN'NAD+BY+5412345000013::9'NAD+SU+4012345000009::9'",
])
def test_a_party_s_gln_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("NAD+BY+++Muller:Hans+Hauptstrasse 1+Berlin++10115+DE'", "holds a person's name"),
    ("NAD+BY+5412345000013::9++Muller:Hans'", "holds a person's name"),
    ("2001:db8::1", IP), ("ip=2001:db8::7334", IP), ("[2001:db8::1]:8080", IP), ("IPv6:2001:db8::1", IP),
    ("fe80::1ff:fe23:4567:890a", IP),
])
def test_a_person_s_party_and_an_address_are_still_kept(text: str, found: str) -> None:
    assert detector.reason(text) == found
