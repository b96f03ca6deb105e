"""Closer 228: review 44's key and URL drops, closed by rule, with their nearest look-alikes both ways.

- An owner that is no person (key_lexicon.NO_PERSONS_OWNERS: a shop, a hotel, a venue, an office, a clinic, a school,
  a listing, a product, a desk; not a seller, a vendor nor a dealer, review 28's sole traders) right before an
  address's, a town's, a contact's or a gender's word, or right after it in the languages that write a noun first,
  owns that datum
  (personal_keys._without_an_owners_datum): `hotel_email`, `venue_city`, `product_gender`, `telefono_hotel` go out.
  A person's word anywhere in the key keeps it personal (`hotel_guest_email`, `store_customer_phone`), and so does a
  word between the owner and the datum (`store_manager_phone`); the customer's own keys stay refused.
- A page's, a form's or a thing's tested version after it (personal_keys._TESTED_VERSIONS: `variant`, `version`, by
  language) is that page's or form's: `contact_page_variant`, `contact_form_version` go out; `contact_variant`,
  `email_variant` stay refused.
- After a person's word in a route, a slug of a vocabulary's words, the first no known given name and the last no
  English word in the singular, names a page (person_routes._a_vocabularys_page): `/members/offers` goes out;
  `/members/velmora-white`, `/u/dragon` lose their path.

Left as review 44 states them: `city`, `country`, `shipping_country` and `gender` alone (the customer's, Meta's own
customer information keys), an author's and an agent's (`author_city`, `agent_phone`: people); a brand named like a
person (`/profile/hugo-boss`, `/customer/nike`, `?name=Hugo+Boss`): no brand lexicon.

The price (asserted below): an office's or a school's telephone or mail key goes out, which may be a person's work
line or a pupil's school address (`office_phone`, `school_email`; a value of a phone's or a mail's shape is still
refused by its own rule); a user's handle of common words ending in a plural (`/u/dragons`, `/users/happy-days`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector
from review_cases import review_tests

ORDINARY_KEYS = [
    # an owner that is no person before its datum's word, by language
    'store_phone', 'store_email', 'support_email', 'clinic_phone', 'venue_phone', 'hotel_phone', 'hotel_email',
    'hotel_email_address', 'hotel_phone_number', 'hotelEmail', 'Hotel_Telefon', 'office_address', 'venue_address',
    'venueAddress', 'hotel_address', 'venue_post_code', 'listing_city', 'venue_city', 'school_city', 'product_city',
    'item_city', 'product_country', 'praxis_telefon',
    'restaurant_email', 'museum_address', 'telefono_hotel', 'direccion_oficina', 'adresse_bureau', 'email_tienda',
    'indirizzo_albergo', 'adres_hotelu',
    # a page's or a form's tested version
    'contact_page_variant', 'contact_form_variant', 'contact_page_version', 'contact_form_version',
    'email_template_variant', 'contact_form_id', 'contact_page',
    # the price: an office's line and a school's mail
    'office_phone', 'school_email',
]

PERSONAL_KEYS = [
    # the customer's own, and a person's word beside the owner's
    'shipping_city', 'billing_address', 'customer_phone', 'user_email', 'gender', 'city', 'country',
    'shipping_country', 'customer_gender', 'user_gender', 'hotel_guest_email', 'email_hotel_guest',
    'store_customer_city', 'shop_billing_address', 'store_manager_phone', 'venue_owner_phone', 'hotel_first_name',
    'store_contact', 'telefono_cliente', 'business_email', 'company_phone', 'work_email', 'home_phone',
    'property_address', 'agent_phone', 'author_city', 'student_email', 'guest_email',
    # a seller, a vendor or a dealer: a sole trader as often (review 28)
    'seller_email', 'seller_phone', 'vendor_phone', 'dealer_phone',
    # a contact's word before a version alone
    'contact_variant', 'email_variant', 'phone_variant', 'contact_form_email',
    # (the lead: a product's gender is judged by its value, audiences: closer 80; another datum after the owned one)
    'product_gender', 'productGender', 'shop_gender', 'hotel_city_email',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/members/offers', '/members/exclusive-offers', '/members/exclusive-deals', '/members/news', '/members/angebote',
    '/members/login', '/u/store42',
    # the price: a handle of common words ending in a plural
    '/u/dragons', '/users/happy-days',
)]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/members/velmora-white', '/members/white', '/u/dragon', '/u/silver-fox', '/user/jane-smith', '/people/grace',
    '/profile/rose-gold', '/profile/ben-deals', '/user/ahmed',
    # a brand named like a person: the documented price, no brand lexicon
    '/profile/hugo-boss', '/customer/nike', '/shop?name=Hugo+Boss',
)]

globals().update(review_tests(globals()))


@pytest.mark.parametrize("key", ['office_phone', 'school_email', 'store_phone', 'hotel_email'])
def test_an_owners_contact_key_goes_out_but_its_personal_value_does_not(key: str) -> None:
    # the price's bound: a value of a phone's or a mail's shape is refused by its own rule under any key
    assert detector.key_reason(key) == ""
    assert detector.reason("+49 30 1234567") != "" and detector.reason("jane.doe@acme.com") != ""
