"""Closer 224: the rest of review 42 (the gate's families other than names), closed by rule, with the nearest
look-alikes both ways.

- Phones' look-alikes (detector's phone rule): three rates or more joined by `/`, each round and at least twice the
  one before, after no phone's word (`10/100/1000 Mbps`: _rate_ladder); a DOI's prefix after its label or under its
  key (`DOI 10.1000/182`, `?doi=…`: _doi); a span of years opening a run, the rest judged alone (`1995-2025 30
  years`: _YEAR_SPAN); dashed groups after `Ref` opening on `00` that fit no plan dialled abroad read as a code's
  (`Ref 00-1234-567`); after a code's label groups dialled abroad or a plan's mobile after its country code as its own
  group are a phone (`Part no. 0032-451-103-367`, `Ref 44-7700-900123`, `Order 44-7700-900123`); Germany's
  shared-cost 0180 after a hotline's or a service's word (phone_plans._LABELLED_LINE, personal_keys.BUSINESS_LINES).
- Keys (personal_keys._a_places_goods, key_lexicon.GOODS_AFTER_A_PLACES_WORD): a post code's, a street's, a town's,
  a mail's or a phone's word right before a shop's service, file, price or goods (`postal_service`, `zip_file`,
  `street_view`, `tel_plan`), no qualifier of a person or an address before it.
- A home's street said after the verb of living by language, with or without its pronoun and article
  (self_introductions._MY_ADDRESS_SAID: `wohne in der Hauptstraße 5`, `vivo en Calle Mayor 23`, `j'habite 12 rue des
  Lilas`).

A maker's part number of ten digits 4-3-3 after a product's label (`Part no. 0451-103-367`) stays dropped: it is an
Australian or a Kenyan mobile's print too (`Art.-Nr. 0712-345-678`, tests/test_shop_codes.py).

The price (asserted below as values that go out): a
number of the UK's 0180x area codes or 03 lines after a hotline's or a service's word (`Hotline 01805 123456` is
Torrington's too, `Service 0300 123 4567` Pakistan's mobile); a key naming a place's word before a shop's word
(`phone_service`, `street_view` holding a street line).
"""

from __future__ import annotations

from review_cases import review_tests

PERSONAL = [
    # (a phone after a part's or a reference's label, dialled abroad or after its country's code, or a mobile after its
    # trunk prefix after `Ref`)
    "Part no. +32 451 103 367", "Part no. 0032-451-103-367", "Part no. 32-451-103-367", "Ref +44 7700 900123",
    "SKU 0612-345-678", "Art.-Nr. 0412-345-678",
    "Ref 0044-7700-900123", "Ref 44-7700-900123", "Ref 06-12-34-56-78", "Ref: 0612-345-678", "Réf. 06-12-34-56-78",
    "Order 0044-7700-900123", "SKU 0044-7700-900123", "Order 44-7700-900123", "Ref 0612345678",
    # (no ladder: after a phone's word, not round, not rising twice; no DOI's prefix; no span of years before)
    "Tel 10/100/1000", "415/555/0173", "0171/2345678", "DOI 0612 345 678", "Tel 1995-2025 30",
    "1995-2025 0612 345 678", "2020-2024 0612345678",
    # (0180 without a hotline's word, after a phone's word, or dialled from abroad)
    "01805 123456", "Tel 01805 123456", "Mobile 01805 123456", "Hotline +44 1805 123456",
    # (a home's street after the verb of living)
    "wohne in der Hauptstraße 5", "Ich wohne in der Hauptstraße 5", "vivo en Calle Mayor 23",
    "vivo en la Calle Mayor 23", "j'habite 12 rue des Lilas", "j’habite 12 rue des Lilas",
    "J'habite au 12 rue des Lilas", "Moro na Rua Augusta 1500", "woon op Kerkstraat 12", "Abito in Via Roma 12",
    "I live at 12 Oak Road, Leeds",
]

ORDINARY = [
    "10/100/1000 Mbps", "Gigabit 10/100/1000", "10/100/1000/2500 Mbps", "100/1000/10000",
    "Ports: 4x 10/100/1000 Mbit/s",
    "Ref 00-1234-567", "Ref. 00-1234-567", "Réf. 00-1234-567", "Part no. 4911-123-456", "DOI 10.1000/182",
    "doi:10.1000/182", "https://doi.org/10.1000/182", "DOI: 10.1038/nphys1170", "1995-2025 30 years",
    "1995–2025 30 years", "Since 1995-2025 30 years of quality", "Hotline 01805 123456", "Service 01805 123456",
    "Hotline 0180 6 123456", "Service-Hotline 0180 5 123456",
    # (the verb of living before no street line)
    "wohne in Berlin seit 2019", "vivo en Madrid desde 2019", "j'habite à Paris depuis 12 ans",
    "vivo en directo 24 horas", "j'habite 5 minutes de la gare",
    # (the price: personal variants that now go out)
    "Service 0300 123 4567",
]

ORDINARY_KEYS = [
    "postal_service", "zip_file", "postal_rate", "mail_order", "street_price", "street_wear_line", "street_view",
    "city_break", "tel_plan", "zipRate", "postalService", "street_food", "zip_archive", "postal_fees",
    # (the price)
    "phone_service",
]

PERSONAL_KEYS = [
    "zip_code", "postal_code", "street_address", "street", "tel", "phone_number", "street_name", "street_line",
    "street_number", "bill_to_zip", "billing_zip_file", "customer_phone_service", "shipping_zip", "city_name",
    "zip_code_file", "phone_file", "street_file", "mail_file",
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    "/p?size=10%2F100%2F1000", "/p?doi=10.1000%2F182", "/p?street_price=99", "/p?zip_file=export.zip")]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    "/p?doi=0612%2F345%2F678", "/p?zip_code=10115", "/p?street_name=Baker+Street", "/p?size=0171%2F2345678")]

globals().update(review_tests(globals()))
