"""A fifty-first outside attack (tests/privacy_attack_cases_51.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): personal data as real sites put it into
events. Form plugins' keys and bracketed keys (Contact Form 7, Gravity Forms, WPForms, Ninja Forms, Elementor,
HubSpot, Mailchimp, Shopify, WooCommerce, Magento, CakePHP, Jotform) as properties, in queries and in serialized
text; auth flows (OIDC `id_token` and `access_token` in a fragment or query, an OAuth `state` of base64 JSON,
`login_hint`, magic and password-reset links, `redirect_to`/`return_url`/`next` holding a whole URL encoded once or
twice); marketing tools' landing URLs (an address, a phone or a name in `utm_*` values and subscriber parameters
beside real click ids); single-page apps' routes and webmail and CRM referrers; GraphQL and JSON `variables` in a
query string; a shop's search box holding the shopper's own data; order-tracking pages; form submissions, chat
widgets and booking forms as events; account and thank-you pages, booking tools' redirects and a site's person
routes naming their visitor: about 400 cases, and about 100 ordinary values of the same platforms that must
keep going out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary data that the gate
drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_51 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # (every leak is caught: closer 90 the greetings, person routes and an own address after `my address is`; closer
    # 91 the form containers' keys, people by role and relation, a chat widget's visitor's name, a phone glued into a
    # campaign's name)
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name under a key that says nothing of it (Gravity's `input_1_3`, Ninja's `fields[0][value]`, Formidable's
    # `item_meta[12]`, a form's `field_1`), in `utm_id`, HubSpot's `_hsenc`, a referral code, a search for one's own
    # name and an order, an order-tracking path (`/orders/1051/Tarvenholm/SW1A4RT`)
    "names with no label or salutation": [
        "formkey gravity input_1_3 @", "formkey gravity input_1_6 @", "formkey ninja fields[0][value] @",
        "formkey formidable item_meta[12] @", "utm utm_id name @", "utm hubspot _hsenc name @ referrer",
        "utm referral code name @", "search own name and order @", "tracking path name and zip @",
        "submit form_submit field values @",
        # a first name alone in a possessive title (`Quendrix's wishlist`), after `Gift for` or a product's label
        # (`Engraving: Quendrix`), a wishlist's slug, in Calendly's `answer_1` (an invoice's file naming its buyer
        # since closer 130)
        "account wishlist possessive @", "account gift for @", "account engraving @", "account wishlist slug @",
        "account calendly answer @"],
    # Gravity's address field `input_4_1` holding `12 Tarvenholm Lane`
    "a street line alone": ["formkey gravity input_4_1 street @"],
    # a delivery page's path `/delivery/12%20Tarvenholm%20Lane/slots`
    "an address in a URL slug": ["tracking delivery address slug @"],
    # a field's label (`fields[0][label]=Full name`, `field_7_label=Your name`) in one property, its value in
    # another; in one query string or one text the label names its field and the value is caught
    "a value split across properties or fields": [
        "formkey fields label value pair @ page property", "formkey field_7 label pair @ listed property"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # (closer 91: a Shopify contact form's subject, `contact[subject]=Wholesale`, goes out: a form's bracketed field is
    # judged by its own key)
}


globals().update(attack_tests(globals(), "fifty-first", cases=(390, 410), family_count=(10, 10), ordinary=(90, 110)))
