"""Vendors' field names closed by closer 45 (attack 36): SAP's customer master and personnel fields, Mailchimp's merge
fields by number, Entra ID's claims, LDAP's short attributes in a key naming LDAP, a form builder's name parts after
a field's id, and a role word before a name word; with the same platforms' ordinary keys, which go out. Keys are
judged by detector.key_reason, values by detector.reason, URLs by privacy.clean_url (review_cases.review_tests)."""

from __future__ import annotations

from typing import List

from review_cases import review_tests

ORDINARY: List[str] = [
    # values holding the same words as text: judged as any text
    "SAP MATNR 4711 WERKS 1000", "Merge 2 bundles", "LDAP guide, 2nd edition", "Requester tray for printers",
    "Emerge3 hair serum", "cn=nothing here",
]
PERSONAL = ["Requester name: orvin taclemore", "Assignee name: tamsin quell"]

PERSONAL_KEYS = [
    # SAP: customer master (KNA1) and personnel records (PA0002, PA0006), digits cut from the token
    "KNA1-STRAS", "kna1.pstlz", "TELF2", "telfx", "PFACH", "PSTL2", "KUNNR", "STCD1", "ANRED", "NACHN", "VORNA",
    "RUFNM", "MIDNM", "GBDAT", "GBORT", "NATIO", "PERID", "PERNR", "TELNR", "customer[STRAS]", "address.TELF1",
    # Mailchimp: the email and the default contact fields by number, bare, in a webhook's form and in the API's
    "MERGE0", "MERGE1", "merge_fields.MERGE3", "data[merges][MERGE4]", "MMERGE5", "mmerge1", "merges[MMERGE2]",
    # Entra ID (Azure AD) claims, any case
    "UPN", "Unique_Name", "claims.unique_name", "uniqueName",
    # LDAP's short attributes in a key naming LDAP
    "ldap_gn", "LDAP.l", "ldapSn", "ldap[cn]", "ldap_attr_st",
    # a form builder's name part after a field's id
    "input_7_first", "fields[3][middle]", "entry_12ab_first", "wpforms[fields][4][last]", "field-9c3e-last",
    # a role before a name word, glued too; and before an address word
    "reporterName", "assignee_name", "submitter-name", "reviewer_name", "caller_name", "purchaser_nombre",
    "applicant_name", "requestername", "requester_city", "orderer_name", "requestor_nom",
]

ORDINARY_KEYS = [
    # SAP's article, plant, quantity, unit, batch, storage location, sales document, item, value, currency, text
    "MATNR", "WERKS", "MENGE", "MEINS", "CHARG", "LGORT", "VBELN", "POSNR", "NETWR", "WAERS", "MAKTX", "ERDAT",
    # Mailchimp: tags, language, an audience's own fields and other merges
    "TAGS", "LANGUAGE", "MERGE7", "MMERGE12", "merge", "merge_request", "merge_strategy", "MERGE2_status",
    "Emerge3", "submerge1", "merge_2",
    # LDAP's structure and the bare short attributes (China, a serial number, a size as often)
    "objectClass", "ou", "dc", "cn", "sn", "l", "size_l", "ldap_enabled", "ldap_ou", "ldap_port",
    # a product's number, an id
    "product_upn", "upn_code", "unique_id", "unique_visitors", "unique_product_name",
    # GA4 and Shopify keys, names of things
    "product_name", "brand_name", "store_name", "list_name", "event_name", "campaign_name", "item_list_name",
    "promotion_name", "creative_name", "item_name", "shop_name", "variant_title", "line_items[0][title]",
    "shipping_tier",
    # a field's flags and counts, and first/last without a field's id
    "field_last_updated", "fields_count", "first", "last", "input_first", "step_3_first", "page_2_last",
    # a role's kind, count or rating
    "reporter_type", "assignee_count", "reviewer_rating", "submitter_role",
]

ORDINARY_URLS = [
    "https://shop.example.com/p?MATNR=4711&WERKS=1000&MENGE=2",
    "https://shop.example.com/list?TAGS=summer&LANGUAGE=de&MERGE7=gold",
    "https://shop.example.com/s?cn=1&sn=ABC123&l=2",
    "https://shop.example.com/c?list_name=summer-sale&item_list_name=related",
]
PERSONAL_URLS = [
    "https://shop.example.com/p?STRAS=Halvergasse%2012",
    "https://shop.example.com/p?MERGE1=Orvin",
    "https://shop.example.com/t?assignee_name=Orvin",
    "https://shop.example.com/a?upn=orvin",
    "https://shop.example.com/d?ldap_sn=Taclemore",
]

globals().update(review_tests(globals()))
