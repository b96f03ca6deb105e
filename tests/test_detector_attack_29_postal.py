"""The twenty-ninth attack's postal layouts (tests/privacy_attack_cases_29.py): Frisian's street word glued to its name
and the Dutch postal code (`8911 AB`), Northern Sámi's street word after the name, Tok Pisin's section and lot, a town
and its district's number before a country, Yucatán's house between its crossing streets (`#123 x 45 y 47`), a home's
unit before a postal code after its country's letter (`Maison 12, L-9515 Wiltz`), Pashto's house and lane, Uyghur's road
and the house's number before its number word. With the near misses of shop text each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS


@pytest.mark.parametrize("text", [
    "Tsjerkestrjitte 12, Ljouwert",  # Frisian's street word glued to its name
    "Tsjerkestrjitteqa 12, 8911 AB Ljouwert",  # a street line, the Dutch postal code and the town
    "Keizersgracht 12, 1015CJ Amsterdam",
    "Guovdageainnuqa geaidnu 5, 9520 Guovdageaidnu",  # Northern Sámi's street word after the name
    "Guovdageainnu geaidnu 5, Guovdageaidnu",
    "Seksen 12, Lot 5, Boroko Driveqa, Port Moresby NCD 111",  # Tok Pisin's section and lot
    "Seksen 12, Lot 5, Boroko",
    "12 Hope Roadqa, Kingston 6, Jamaica",  # a town and its district's number before a country
    "12 Merrion Squareqa, Dublin 2, Ireland",
    "Calle 60 #123 x 45 y 47, Centro, Mérida, Yuc. 97000",  # Yucatán's house between its crossing streets
    "Calle 60 No. 123 por 45 y 47, Centro",
    "Calle 60 #123 x 45, Mérida",
    "Maison 12, L-9515 Wiltzqa",  # a home's unit, the postal code after the country's letter, the town
    "Appartement 3, L-1234 Luxembourg",
    "کور ۱۲، کوڅه ۳، کارته پروان، کابل",  # Pashto's house and lane
    "ئۈرۈمچى شەھىرى، يەنئەن يولى ١٢-نومۇر",  # Uyghur's road and the house's number
    "يەنئەن يولى ١٢-نومۇر، ئۈرۈمچى",
])
def test_a_twenty_ninth_attack_postal_layout_is_an_address(text: str) -> None:
    assert detector.reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", [
    "Seksen Gym Bag",
    "Seksen Gym Bag 12, Lot 5, Red",
    "Seksen 12 Lot 5 bag",  # no part apart, nothing after
    "Section 12, Lot 5, Auction",  # an auction's section and lot (English: no Tok Pisin word)
    "Lot 12, Lot 13, Lot 14",
    "Hope Road Coffee 250g",
    "12 Hope Road Coffee, 250g",
    "12 Angry Men, Season 2",  # no country after the number
    "3 Body Problem, Part 2, Netflix",
    "5 Seconds Summer, Volume 3, Jamaica",  # a release's part, no town
    "Kingston 6, Jamaica",
    "Maison 12 Eau de Parfum",
    "Maison 12, Eau de Parfum",
    "Poster 12, A-1010 Wien",  # no home's unit
    "Calle 60 x 45 cm poster",  # a size
    "Calle 60 #12 x 45 cm poster",
    "Calle 60 x 45 y 47, Centro",  # no house's mark
    "Shampoo 12, 1000 ML Refill",  # a unit in capitals, not a Dutch code's letters
    "Nike Air 90, 1000 XL Pieces",
    "Wimbledon 3, 2024 US Open",
    "1000 AB",
    "geaidnu Sweater 5, Red",
    "geaidnu 5",
    "ئاياغ 42-نومۇر",  # a shoe's size
    "ئاياغ 42-نومۇر، 43-نومۇر",
    "کور ۱۲",
])
def test_near_misses_of_the_twenty_ninth_attacks_postal_layouts_go_out(text: str) -> None:
    assert detector.reason(text) == ""
