"""Closer 53: review 22's families of keys, home folders, file names, serialized layouts, tokens and `content_ids`,
both ways: near each rule, ordinary shop values that must go out beside personal ones that must be kept."""

from __future__ import annotations

import pytest

from meta_capi import detector

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
