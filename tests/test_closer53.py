"""Closer 53: review 22's families of keys, home folders, file names, serialized layouts, tokens and `content_ids`,
both ways: near each rule, ordinary shop values that must go out beside personal ones that must be kept."""

from __future__ import annotations

from typing import List

import pytest

from meta_capi import commerce, detector, privacy

# Keys near the vendor, role and claim rules (personal_keys._role_field, _sap_field, _entra_claim, _vendor_field).
ORDINARY_KEYS = [
    'natio_shampoo', 'natio_body_lotion', 'regio_code', 'regio_express', 'sap_name', 'mc_name', 'product_name1',
    'name_regio', 'upn_code', 'item_upn', 'upn_barcode', 'unique_name_slug', 'product_unique_name',
    'unique_name_hash', 'driver_name', 'courier_name', 'sort_by_name', 'order_by_name', 'sorted_by_name',
    'group_by_name', 'created_by', 'created_by_id', 'requested_by_count', 'ldap_group_sn', 'ldap_ou_cn',
    'ldap_role_cn', 'ad_c', 'ad_st', 'ad_l', 'ad_group_cn', 'ad_campaign_name', 'input_1.1', 'input_3',
    'input_2.2', 'caller_function', 'caller_method_name', 'caller_file_name', 'reviewer_badge', 'reviewer_avatar',
    'reviewer_badge_label', 'approver_count', 'signer_count', 'technician_level', 'reviewer_location_count',
    'reporter_class_name', 'reporter_name_version', 'sort_field_3_first', 'sort_column_1_last', 'order_field_2_last',
    'nulls_field_1_last',
]

PERSONAL_KEYS = [
    'sap_natio', 'natio', 'sap_regio', 'KNA1-NAME2', 'LFA1-NAME1', 'azure_upn', 'upn', 'aad_unique_name',
    'approver_email', 'signer_first_name', 'technician_phone', 'approved_by', 'assigned_by', 'updated_by_email',
    'created_by_name', 'ldap_sn', 'ldap_cn', 'ad_gn', 'input_12.3', 'input_4.6', 'requester_name', 'reviewer_city',
    'caller_number', 'field_1_first', 'reviewer_location', 'samaccountname',
]


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_ordinary_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_personal_key_is_read(key: str) -> None:
    assert detector.key_reason(key) != ""

# Serialized text near the layouts' rules (serialized.py, privacy._layout_reason): a town or a country alone goes out
# unless its record names a person; calls with a blank before their bracket, arguments on lines, pairs in braces.
ORDINARY_FREE_TEXT = [
    'Hoodie (Size: XL)', 'Versand (Land: DE)', 'Event(at:12:30)', '{"red", "blue"}', 'Poster(\n  Size: A2\n)',
    'Tee (Color: "red")', 'Tee(Color:"red")', '(&(objectClass=groupOfNames)(l=Berlin))',
    'a:1:{s:7:"country";s:2:"FR";}',
    'Map (Country: "France")', "{'Size', 'XL'}", 'Globe(country: "Peru", scale: "1:40M")', 'Shipping(Country: DE)',
    '(&(objectClass=organizationalUnit)(cn=Sales))', 'Trip(City: Rome, Nights: 3)',
]

PERSONAL_FREE_TEXT = [
    'Customer(city: "Berlin")', 'O:8:"Customer":1:{s:4:"city";s:6:"Berlin";}',
    '(&(objectClass=inetOrgPerson)(l=Berlin))',
    'a:2:{s:4:"city";s:6:"Berlin";s:3:"zip";s:5:"10115";}', '{"first_name", "Jo"}', 'User (email: "jo@example.com")',
    'Person(\n  firstName: "Jo",\n  lastName: "Smith"\n)', '<input data-label="Email" value="jo@example.com">',
    'Poster(City: Paris, last_name: Smith)',
]

ORDINARY_URLS = [
    'https://shop.example.com/p?data=a:1:{s:5:%22color%22;s:6:%22orange%22;}',
    'https://shop.example.com/p?opt=Globe(Country:+Peru)',
]

PERSONAL_URLS = [
    'https://shop.example.com/p?data=a:1:{s:10:%22first_name%22;s:2:%22Jo%22;}',
    'https://shop.example.com/p?q=Customer(city:+%22Berlin%22)',
]


@pytest.mark.parametrize("value", ORDINARY_FREE_TEXT)
def test_ordinary_free_text_goes_out(value: str) -> None:
    assert privacy.free_text(value) == value.strip()


@pytest.mark.parametrize("value", PERSONAL_FREE_TEXT)
def test_personal_free_text_is_left_out(value: str) -> None:
    assert privacy.free_text(value) == ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_ordinary_url_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_personal_url_loses_its_query(url: str) -> None:
    assert privacy.clean_url(url) != url

# Paths near the home folder's rule (detector.home_folder_account): a shop's pages under `/home/`, its slugs before a
# category written in lower case; accounts before a profile's own folder, on a mounted drive, a share, a mail spool.
ORDINARY_TEXT = [
    '/home/office-furniture/desktop/', '/home/home-office/documents/', '/home/new-arrivals/music/',
    '/home/summer_sale/', '/homes-and-gardens/jo.smith/', '/mnt/data/users/catalog.pdf', '/var/mailers/summer.sale/',
    '/home3/', '/homepage/x.y/',
    '\\\\server\\share\\catalog.pdf', '/mnt/c/Users/Public/Documents',
]

PERSONAL_TEXT = [
    '/home/jo_smith/Desktop/', '/Users/jo-smith/Downloads/x.zip', '/mnt/d/Users/jo.smith/Pictures/x.jpg',
    '\\\\nas\\homes\\jo.smith\\cv.pdf', '/var/spool/mail/jo.smith', '/home3/jo.smith/public_html',
    'D:\\Users\\Jo Smith',
]

ORDINARY_PAGE_URLS = [
    'https://shop.example.com/home/kitchen.dining/', 'https://shop.example.com/home/living.room/sofas',
    'https://shop.example.com/home/office-furniture/desktop/', 'https://shop.example.com/Users/Gift_Cards/list',
    'https://shop.example.com/home/garden.furniture/lounge.html',
]

PERSONAL_PAGE_URLS = [
    'https://uni.example.edu/home/jo.smith/cv.pdf', 'https://shop.example.com/home/jo.smith/.bash_history',
    'https://shop.example.com/Users/Jo%20Smith/Desktop/x.pdf', 'ftp://files.example.com/home/jo.smith/notes/',
]


@pytest.mark.parametrize("value", ORDINARY_TEXT)
def test_ordinary_path_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_TEXT)
def test_personal_path_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("url", ORDINARY_PAGE_URLS)
def test_ordinary_page_url_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_PAGE_URLS)
def test_personal_page_url_loses_its_path(url: str) -> None:
    assert privacy.clean_url(url) != url

# File names near the file rules: guides naming two providers, a slug's words after it only when the address opens
# the name, passport holders' SKUs joined by `_`, a tilde after an address's country.
ORDINARY_FILES = [
    'how-to-forward-gmail-com-to-outlook-com.pdf', 'outlook-com-vs-gmail-com-comparison.pdf',
    'how-to-set-up-gmail-com-sync.pdf', 'migrate-yahoo-com-to-gmail-com-guide.pdf', 'web-de-freemail-handbuch.pdf',
    'gmail-com-setup-guide.pdf', 'Passport_PC2024A_navy.jpg', 'passport_PH12034_front.jpg', 'passport_PW2025_black.jpg',
    'reisepass_huelle_RH2024A.jpg', 'Ausweis_Etui_3er', 'ausweis_huelle_AH2024001.jpg', 'icon@2x.de~DE.png',
    'logo@2x~retina.png', 'smtp-gmail-com-settings-guide-v2.pdf',
]

PERSONAL_FILES = [
    'jo-smith-gmail-com-resume.pdf', 'jo_smith_gmail_com_cv.docx', 'cv-jo-smith-web-de.pdf', 'jo-smith-gmx-de-cv.pdf',
    'jo-smith-gmail-com.pages', 'jo-smith-orange-fr.jpg', 'passport_X48217365_scan.pdf', 'passport_L1234567_front.jpg',
    'ausweis_T22000129_scan.pdf', 'jo.smith@example.nl~factuur.pdf', 'jo@example.de~rechnung.pdf',
]


@pytest.mark.parametrize("value", ORDINARY_FILES)
def test_ordinary_file_name_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_FILES)
def test_personal_file_name_is_kept(value: str) -> None:
    assert detector.reason(value) != ""

# Tokens near the readings of base64 and hex (privacy._OBJECT_TOKEN, detector._base64_runs): an object's token whose
# keys are a product's goes out, unpadded in a query or a path; pieces glued again between `/`.
ORDINARY_TOKEN_URLS = [
    'https://shop.example.com/p?t=eyJza3UiOiAiNDQ1MSIsICJxdHkiOiAyfQ',
    'https://shop.example.com/p/eyJza3UiOiAiNDQ1MSIsICJxdHkiOiAyfQ',
    'https://shop.example.com/p?t=7b22736b75223a202234343531227d',
    'https://shop.example.com/p?page_info=eyJsYXN0X2lkIjo3ODk2MjM0fQ',
]

PERSONAL_TOKEN_URLS = [
    'https://shop.example.com/p?t=eyJlbWFpbCI6ICJqb0BleGFtcGxlLmNvbSJ9',
    'https://shop.example.com/p/eyJmaXJzdF9uYW1lIjogIkpvIn0/x',
]

ORDINARY_PIECES = ['/i/aGVyby1iYW5uZXI/c3VtbWVy/800x600.webp', '/assets/Qm9vdHNfV2ludGVy/Boots-Winter.png']
PERSONAL_PIECES = ['/u/am8uc21p/dGhAZXhhbXBsZS5jb20', 'see /m/am8uc21pdG/hAZXhhbXBsZS5jb20/x']


@pytest.mark.parametrize("url", ORDINARY_TOKEN_URLS)
def test_ordinary_token_url_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_TOKEN_URLS)
def test_personal_token_url_is_cut(url: str) -> None:
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("value", ORDINARY_PIECES)
def test_ordinary_pieces_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_PIECES)
def test_personal_pieces_are_kept(value: str) -> None:
    assert detector.reason(value) != ""

# Decoded objects near privacy._decoded_reason: a product's name, a market, a store's town go out; a person's name,
# a town beside a person's field, a nested token of a person's field are kept.
ORDINARY_DECODED = [
    'eyJuYW1lIjogIlNvZmEgMy1TaXR6ZXIifQ',  # {"name": "Sofa 3-Sitzer"}
    'eyJuYW1lIjogImFpciBtYXggOTAifQ',  # {"name": "air max 90"}
    'eyJjb3VudHJ5IjogIkZSIiwgImxhbmciOiAiZnIifQ',  # {"country": "FR", "lang": "fr"}
    'eyJjaXR5IjogIlBhcmlzIn0',  # {"city": "Paris"}
]

PERSONAL_DECODED = [
    'eyJuYW1lIjogIk1hcmllIER1cG9udCJ9',  # {"name": "Marie Dupont"}
    'eyJjaXR5IjogIkJlcmxpbiIsICJsYXN0X25hbWUiOiAiU21pdGgifQ',  # {"city": "Berlin", "last_name": "Smith"}
    'eyJlbWFpbCI6ICJqb0BleGFtcGxlLmNvbSJ9',  # {"email": "jo@example.com"}
]


@pytest.mark.parametrize("value", ORDINARY_DECODED)
def test_ordinary_decoded_object_goes_out(value: str) -> None:
    assert privacy.free_text(value) == value


@pytest.mark.parametrize("value", PERSONAL_DECODED)
def test_personal_decoded_object_is_left_out(value: str) -> None:
    assert privacy.free_text(value) == ""

# `content_ids` near commerce._keyed_piece and _ids_on_lines: ids with a label's word, ids on lines, a record's field.
ORDINARY_CONTENT_IDS = [
    '4451,4452\n4453,4454', 'AM90-42\nAF1-43', '4451 (Color: Red),4452', 'Gift Card 50,4451', 'Color: Red,4451',
    'Size M,4452', '4451,Name: Air Max 90',
]

PERSONAL_CONTENT_IDS = [
    '4451,Last name: Smith', '4451,email jo@example.com', '4451,customer: Jo Smith', '4451,Name: Jo Smith',
    'ART-36,first_name,last_name\nJo,Smith',
]


def _ids_sent(content_ids: str) -> List[str]:
    products, _ = commerce.products_of({"content_ids": content_ids}, [])
    return [content["id"] for content in commerce.contents_of(products)[0]]


@pytest.mark.parametrize("value", ORDINARY_CONTENT_IDS)
def test_ordinary_content_ids_go_out_whole(value: str) -> None:
    assert _ids_sent(value) == [part.strip() for part in value.split(",") if part.strip()]


@pytest.mark.parametrize("value", PERSONAL_CONTENT_IDS)
def test_personal_content_ids_send_the_product_alone(value: str) -> None:
    assert all(sent == "4451" for sent in _ids_sent(value))
