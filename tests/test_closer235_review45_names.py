"""Closer 235: review 45's full names in a CRM's, a back office's and an upload's everyday shapes, closed by rule,
with their nearest look-alikes both ways (crm_names.py; the detector's embedded pairs and full-name keys).

- A CRM export's order: the family name before a comma or in capitals, then a known given name, the whole text
  (`Müller, Thomas`, `SCHMIDT Anna`, `Anderson, James (VIP)`); a full name and a customer's note in brackets (`Anna
  Schmidt (Kundin seit 2019)`); a row's cells, a given name's then a family name's (`Anna;Schmidt;Berlin;VIP`).
- A pair embedded in a text whose key the key rule refuses and names a person's name is personal whatever its value
  (`{"firstName":"Anna"}`, `first_name=Anna;`); a flag's value, a name's word alone as the key (`"name":"Classic
  Tee"`) and the other personal keys' pairs, left to their labels' rules (`age=puppy`), are not.
- A signature: a dash opening the text before a full name ending it; after a sentence's end, a full name with a
  middle initial, or before `from` and a place, ending it. A note asking to call a person or to ask for one; a
  closing's two given names and a family name after `von`; a dedication's relation and full name; a love's closing,
  a relation and a given name. A chat's join line after a chat's label. A file named `Screenshot from <name>` or
  after a full name alone (`anna_schmidt_1987.jpg`). A full name as a key.

Each name opens on a known given name and ends on a family name that is no common word of a gate language, so brands
named like people in those shapes go out (`Klein, Calvin`, `BOSS Hugo`, `— Ted Baker`, `Back in stock! Tom Tailor`,
`hugo_boss.png`). The price (asserted below): a brand whose family word is no common word, in those shapes, is refused
(`Potter, Harry`, `Just landed. Ralph Lauren from Italy`, a row `Anna;Elsa;Olaf` as `Olaf` is no listed given name, a
key `Paul Smith`); a given name off given_names' list (`Kunde Max Mustermann`), a bare full name (README's limit) and a
name in lower case after a greeting still go out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector
from review_cases import review_tests

ORDINARY = [
    # (brands named like people in the same shapes: their family word a common word, or their given word no listed
    # given name)
    'Klein, Calvin', 'Boss, Hugo', 'Baker, Ted', 'Tailor, Tom', 'BOSS Hugo', 'KLEIN Calvin', 'DKNY Donna',
    'NIKE Air', 'LEGO Friends', 'Paris, Texas', 'Berlin, Germany', 'Calvin Klein, Eternity',
    'Paul Smith (Men)', 'Harry Potter (Book 1)', 'Anna Karenina (Tolstoy, paperback)',
    'Size;Color;Price', 'Calvin;Klein;Jeans', '— Calvin Klein', '- Hugo Boss', '— Ted Baker',
    'New in! Calvin Klein', 'Back in stock! Tom Tailor', 'Love it! Hugo Boss from Germany', 'Made in Italy. Tom Ford',
    'call Calvin Klein', 'Call Hugo Boss support', 'Call of Duty', 'Ring Size Chart', 'Ask for Mr. Bean',
    'Versand: ring the bell', 'Geschenk für Oma Hugo Boss', 'Eau de Toilette von Hugo und Calvin Klein',
    'Love, Actually DVD', 'calvin_klein_2024.jpg', 'hugo_boss.png', 'summer_sale_2024.jpg',
    'Screenshot from 2024-03-14 10-42-13.png', 'Photo from Calvin Klein.jpg',
    # (embedded pairs whose key names nothing personal, a flag's value, a name's word alone)
    '{"name":"Classic Tee","price":19.99}', 'email_opt_in=true', 'utm_source=newsletter&utm_medium=email',
    'phone_model=iPhone', '{"lastName":true}', 'age=puppy', 'gender=women', 'password=too_short', '"email":""',
    '?page=2&per_page=48', 'size=M;color=blue',
    # (the price's other side: still going out)
    'Kunde Max Mustermann', 'Anna Schmidt', 'hi anna schmidt',
]

PERSONAL = [
    # (a CRM's export)
    'Müller, Thomas', 'KRÜGER, Sabine', 'Anderson, James (VIP)', 'SCHMIDT Anna', 'Schmidt, Anna',
    'Anna Schmidt (Kundin seit 2019)', 'Thomas Müller (Stammkunde)', 'Sarah Williams (customer since 2020)',
    'Anna;Schmidt;Berlin;VIP', 'Berlin;Anna;Schmidt', 'Anna|Schmidt|Berlin', 'Anna,Schmidt,Berlin',
    # (embedded pairs)
    '{"firstName":"Anna","lastName":"Schmidt"}', 'first_name=Anna;last_name=Schmidt', 'order 5 {"lastName":"hidden"}',
    'ref: customer_name=unknown&x=1',
    # (signatures)
    '— Sarah Williams', '– Thomas Müller', '5 stars, would buy again. Tom K. Becker',
    'Love it!!! Stephanie Miller from Texas', 'Tolles Produkt! Sabine Krüger aus Bremen',
    # (a chat's join line, a note asking to call a person, closings and dedications)
    'chat: Maria Lopez joined the conversation', 'Order note: please call Hans Zimmermann before delivery',
    'Note: ring twice, ask for Mr. Patel', 'Bitte vorher anrufen bei Sabine Krüger', 'llamar a Carmen Ruiz',
    'Gift message: Happy birthday Lena! Love, Oma Gertrud', 'Geburtstagsgeschenk für Oma Ingrid Schulz',
    'Liebe Grüße von Katrin und Jens Schubert', 'With love from Anna and Thomas Müller',
    # (files)
    'Screenshot from Maria Lopez.png', 'Bildschirmfoto von Sabine Krüger.png', 'anna_schmidt_1987.jpg',
    'thomas-mueller.pdf',
    # (the price: brands whose family word is no common word, in those shapes)
    'Potter, Harry', 'Just landed. Ralph Lauren from Italy', 'Anna;Elsa;Olaf',
]

ORDINARY_KEYS = ['Calvin Klein', 'Hugo Boss', 'Ted Baker', 'gift wrap', 'Anna', 'Summer Sale']
PERSONAL_KEYS = ['Thomas Müller', 'Sabine Krüger', 'Maria Lopez',
                 # (the price: a brand's name as a key)
                 'Paul Smith']

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in ('/?note=please+call+Calvin+Klein', '/?note=ring+the+bell')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in ('/?note=please+call+Hans+Zimmermann', '/?msg=M%C3%BCller%2C+Thomas')]

globals().update(review_tests(globals()))


@pytest.mark.parametrize("text", ['Müller, Thomas', '{"firstName":"Anna"}', '— Sarah Williams'])
def test_each_shape_says_why(text: str) -> None:
    assert detector.reason(text) in ("holds a person's name", detector.EMBEDDED_KEY)
