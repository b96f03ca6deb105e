"""Free text of one short part repeated up to the limit of a free text (4,096 characters), the part made of a
postal layout's cue word, a number, a comma, blanks, tabs or line breaks (the thirteenth speed review): the layouts
of postal.py now fail at once where no word of theirs opens and are not tried where the text lacks what they need
(_any_case's and _kind_words' first letters, _ONE_COUNTRY_NEED). Their time is measured by benchmarks, never here;
these hold the verdicts unchanged, alone and with an address after the repeated parts."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _reason(text: str) -> str:
    detector.forget_remembered()
    return detector.reason(text, False)


@pytest.mark.parametrize(("unit", "verdict"), [
    ('Flat 1,\t\t\t\r\n', ''),
    ('Flat 1,   a,   ', ''),
    ('House 3,\n\n', ''),
    ('1, ', ''),
    ('Kalye 1, ', ''),
    ('a, b\n', ''),
    ('PO Box 1,\n', POSTAL_ADDRESS),
    ('Unit 4, ', POSTAL_ADDRESS),
    ('Dear A,\n', ''),
    ('Calle 1,\n', ''),
    ('Villa 2, ', ''),
    ('Lot 4,\n\n', ''),
    ('Apto 1,\r\n', ''),
    ('No. 4, ', ''),
    ('Zona 1, ', ''),
    ('Hem 2, ', ''),
    ('Flat 1-2,\n', ''),
    ('Квартира 5, ', POSTAL_ADDRESS),
    ('1\xa0,\u2009', ''),
])
def test_a_text_of_one_short_part_repeated_keeps_its_verdict(unit, verdict):
    assert _reason(_repeated(unit, 4096)) == verdict


# The addresses of the layouts made cheaper, after repeated parts: the layout still finds them (or, where the
# repeated parts join the address into another reading, the verdict is the one it was).
@pytest.mark.parametrize(("unit", "address", "verdict"), [
    ('Flat 1,\t\t\t\r\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Flat 1,\t\t\t\r\n', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Flat 1,\t\t\t\r\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Flat 1,\t\t\t\r\n', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Flat 1,\t\t\t\r\n', 'kv. 12, ul. Lenina 5', POSTAL_ADDRESS),
    ('Flat 1,\t\t\t\r\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('Flat 1,   a,   ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Flat 1,   a,   ', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('Flat 1,   a,   ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Flat 1,   a,   ', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Flat 1,   a,   ', 'kv. 12, ul. Lenina 5', ''),
    ('Flat 1,   a,   ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('House 3,\n\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('House 3,\n\n', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('House 3,\n\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('House 3,\n\n', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('House 3,\n\n', 'kv. 12, ul. Lenina 5', ''),
    ('House 3,\n\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('1, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('1, ', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('1, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('1, ', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('1, ', 'kv. 12, ul. Lenina 5', ''),
    ('1, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Kalye 1, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Kalye 1, ', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Kalye 1, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Kalye 1, ', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('Kalye 1, ', 'kv. 12, ul. Lenina 5', ''),
    ('Kalye 1, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('a, b\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', ''),
    ('a, b\n', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('a, b\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('a, b\n', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('a, b\n', 'kv. 12, ul. Lenina 5', ''),
    ('a, b\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('PO Box 1,\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('PO Box 1,\n', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('PO Box 1,\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('PO Box 1,\n', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('PO Box 1,\n', 'kv. 12, ul. Lenina 5', POSTAL_ADDRESS),
    ('PO Box 1,\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('Unit 4, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Unit 4, ', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('Unit 4, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Unit 4, ', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Unit 4, ', 'kv. 12, ul. Lenina 5', POSTAL_ADDRESS),
    ('Unit 4, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('Dear A,\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', ''),
    ('Dear A,\n', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Dear A,\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Dear A,\n', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Dear A,\n', 'kv. 12, ul. Lenina 5', ''),
    ('Dear A,\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Calle 1,\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Calle 1,\n', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Calle 1,\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Calle 1,\n', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('Calle 1,\n', 'kv. 12, ul. Lenina 5', ''),
    ('Calle 1,\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('Villa 2, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Villa 2, ', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Villa 2, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Villa 2, ', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('Villa 2, ', 'kv. 12, ul. Lenina 5', ''),
    ('Villa 2, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Lot 4,\n\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', ''),
    ('Lot 4,\n\n', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('Lot 4,\n\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Lot 4,\n\n', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Lot 4,\n\n', 'kv. 12, ul. Lenina 5', ''),
    ('Lot 4,\n\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('Apto 1,\r\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Apto 1,\r\n', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Apto 1,\r\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Apto 1,\r\n', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('Apto 1,\r\n', 'kv. 12, ul. Lenina 5', ''),
    ('Apto 1,\r\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('No. 4, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('No. 4, ', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('No. 4, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('No. 4, ', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('No. 4, ', 'kv. 12, ul. Lenina 5', ''),
    ('No. 4, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Zona 1, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', ''),
    ('Zona 1, ', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('Zona 1, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Zona 1, ', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Zona 1, ', 'kv. 12, ul. Lenina 5', ''),
    ('Zona 1, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Hem 2, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Hem 2, ', '1-2-3 Jingumae, Shibuya-ku', ''),
    ('Hem 2, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Hem 2, ', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('Hem 2, ', 'kv. 12, ul. Lenina 5', ''),
    ('Hem 2, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Flat 1-2,\n', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Flat 1-2,\n', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('Flat 1-2,\n', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Flat 1-2,\n', 'Villa n° 14, Cité des Pins, Dakar', ''),
    ('Flat 1-2,\n', 'kv. 12, ul. Lenina 5', ''),
    ('Flat 1-2,\n', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
    ('Квартира 5, ', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('Квартира 5, ', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('Квартира 5, ', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('Квартира 5, ', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('Квартира 5, ', 'kv. 12, ul. Lenina 5', POSTAL_ADDRESS),
    ('Квартира 5, ', 'Plot 45, Msasani Peninsula, Dar es Salaam', POSTAL_ADDRESS),
    ('1\xa0,\u2009', 'Flat 4B, 12 MG Road, Bengaluru 560038', POSTAL_ADDRESS),
    ('1\xa0,\u2009', '1-2-3 Jingumae, Shibuya-ku', POSTAL_ADDRESS),
    ('1\xa0,\u2009', 'Shibuya-ku, Tokyo 150-0001', POSTAL_ADDRESS),
    ('1\xa0,\u2009', 'Villa n° 14, Cité des Pins, Dakar', POSTAL_ADDRESS),
    ('1\xa0,\u2009', 'kv. 12, ul. Lenina 5', ''),
    ('1\xa0,\u2009', 'Plot 45, Msasani Peninsula, Dar es Salaam', ''),
])
def test_an_address_after_repeated_parts_keeps_its_verdict(unit, address, verdict):
    assert _reason(_repeated(unit, 4096 - len(address)) + address) == verdict
