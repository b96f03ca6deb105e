"""Rules closing the token families of the tenth attack (issue 16): base64 runs read at any length (an OpenID
Connect id_token's payload, a mail tool's profile token), the base64 of an address glued after a prefix (read at
each of the four alignments), Cloudflare's email protection (hex XOR-ed with its first byte), and an undialled
international mobile before a long suffix (a path's segments read together); each with near-misses."""

import base64
import hashlib
import json
from typing import Any, Dict

import pytest

from meta_capi.detector import BASE64, EMAIL, EMAIL_BASE64, PHONE, reason
from meta_capi.privacy import clean_url

ADDRESS = "zqemine.yildirim@yandex.com.tr"


def b64url(data: Any) -> str:
    return base64.urlsafe_b64encode(data.encode() if isinstance(data, str) else data).decode().rstrip("=")


def compact(payload: Dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def random_bytes(seed: str, size: int) -> bytes:
    """Bytes that look random and are the same on every run."""
    out = b""
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{len(out)}".encode()).digest()
    return out[:size]


def cloudflare(address: str, key: int) -> str:
    """An address as Cloudflare's email protection writes it: the key byte, then each byte XOR-ed with it, in hex."""
    return f"{key:02x}" + "".join(f"{byte ^ key:02x}" for byte in address.encode())


CLAIMS = {"iss": "https://accounts.google.com", "azp": "1008719970978.apps.googleusercontent.com",
          "aud": "1008719970978.apps.googleusercontent.com", "sub": "110248495921238986420",
          "at_hash": "HK6E_P6Dh8Y93mRNtsDB1Q", "hd": "example.com", "email_verified": True, "locale": "tr",
          "iat": 1732875000, "exp": 1732878600}
HEADER = b64url(compact({"alg": "RS256", "kid": "b2620d5e7f132b52afe8875cdf3776c064249d04", "typ": "JWT"}))
SIGNATURE = b64url(random_bytes("signature", 256))


def jwt(payload: Dict[str, Any]) -> str:
    return f"{HEADER}.{b64url(compact(payload))}.{SIGNATURE}"


# ---- base64 runs of any length --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (jwt({**CLAIMS, "email": ADDRESS, "name": "Emine Yıldırım"}), EMAIL_BASE64),  # a payload of ~450 characters
    (b64url(compact({**CLAIMS, "email": ADDRESS})), EMAIL_BASE64),
    (b64url(compact({**CLAIMS, "profile": {"bio": "x" * 3000}, "email": ADDRESS})), EMAIL_BASE64),
    (b64url(compact({**CLAIMS, "phone_number": "+905324172863"})), BASE64),
    (f"https://magaza.example.com.tr/auth/callback?id_token={jwt({**CLAIMS, 'email': ADDRESS})}", EMAIL_BASE64),
])
def test_a_base64_run_of_hundreds_of_characters_is_decoded_and_read(text: str, expected: str) -> None:
    assert reason(text) == expected
    assert reason(text, id_like=True) == expected


@pytest.mark.parametrize("text", [
    jwt(CLAIMS),  # an id_token without the scopes that add personal claims
    b64url(compact({**CLAIMS, "profile": {"bio": "x" * 3000}})),
    b64url(random_bytes("long random token", 3000)),
    b64url(compact({"checkout": "gcp-europe-west4:01HCKQ8Z5W3R7T9V2N6M4P8Q0S", "cart": ["V-1"] * 120})),
])
def test_a_long_base64_run_without_personal_data_goes_out(text: str) -> None:
    assert reason(text) == ""
    assert reason(text, id_like=True) == ""


def test_a_long_id_token_in_a_callback_leaves_only_its_path() -> None:
    token = jwt({**CLAIMS, "email": ADDRESS})
    assert clean_url(f"https://magaza.example.com.tr/auth/callback#id_token={token}&state=af0ifjsldkj") == (
        "https://magaza.example.com.tr/auth/callback")
    assert clean_url(f"https://magaza.example.com.tr/giris?credential={token}&g_csrf_token=8f2a1c") == (
        "https://magaza.example.com.tr/giris?g_csrf_token=8f2a1c")


# ---- an address glued after a prefix: the four alignments -------------------------------------------------------

@pytest.mark.parametrize("prefix", ["p", "p2", "p2A", "p2AN", "p2ANq", "p2ANqt", "p2ANqtz", "p2ANqtz-",
                                    "v1_Xq3pT9vLk2MZ", b64url(random_bytes("prefix", 16))])
def test_the_base64_of_an_address_after_a_prefix_of_any_length_is_an_encoded_address(prefix: str) -> None:
    assert reason(prefix + b64url(ADDRESS), id_like=True) == EMAIL_BASE64
    assert reason(prefix + b64url("jo.li@example.se")) == EMAIL_BASE64


@pytest.mark.parametrize("raw", [
    ADDRESS.encode() + random_bytes("mac", 32),  # the address, then a binary signature (an HMAC)
    b"\x01\x9c" + random_bytes("iv", 12) + ADDRESS.encode(),  # a version byte and a nonce, then the address
], ids=["the address then a signature", "a nonce then the address"])
def test_an_address_at_either_end_of_binary_bytes_is_an_encoded_address(raw: bytes) -> None:
    assert reason(b64url(raw), id_like=True) == EMAIL_BASE64


@pytest.mark.parametrize("text", [
    "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB",  # fbclid
    "IwZXh0bgNhZW0CMTAAAR2kXq3pT9vLk2MZbR8sWcN4_aem_AbC1x2Y3z4W5v6U7t8S9r0Q",
    "Cj0KCQiA0MD_BRCTARIsADXoopa8x3pT9vLk2MZbR8sWcN4zqemine2MZbR8sWcN4EALw_wcB",  # gclid
    "p2ANqtz-8Dg7Kq3pT9vLk2MZbR8sWcN4x_Yt2vQ9pL3mN7bR1cS5dF0gH4jK",  # HubSpot's _hsenc
    b64url("gcp-europe-west4:01HCKQ8Z5W3R7T9V2N6M4P8Q0S"),  # a Shopify checkout token
    "1*1x2y3z4*_ga*MTIzNDU2Nzg5MC4xNzMyODc1MDAw*_ga_ABC123*MTczMjg3NTAwMC4xLjEuMTczMjg3NTAwMC4wLjAuMA..",
    "p2ANqtz-" + b64url(ADDRESS.encode() + random_bytes("mac", 32)),  # an address between binary bytes: not read
])
def test_ordinary_click_ids_and_tokens_hold_no_glued_address(text: str) -> None:
    assert reason(text, id_like=True) == ""


@pytest.mark.parametrize("size", [16, 24, 30, 32, 48, 64, 96])
def test_random_tokens_of_every_size_hold_no_glued_address(size: int) -> None:
    tokens = [b64url(random_bytes(f"token {size} {number}", size)) for number in range(300)]
    assert [token for token in tokens if reason(token, id_like=True)] == []


# ---- Cloudflare's email protection ------------------------------------------------------------------------------

@pytest.mark.parametrize("key", [0x5A, 0x01, 0x1F, 0x80, 0xFF, 0x00])
def test_cloudflare_protected_hex_is_an_address_whatever_its_key(key: int) -> None:
    hex_address = cloudflare(ADDRESS, key)
    assert reason(hex_address) == EMAIL
    assert reason(f"/cdn-cgi/l/email-protection#{hex_address}") == EMAIL
    assert reason(f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{hex_address}">'
                  "[email&#160;protected]</a>") == EMAIL


def test_a_cloudflare_protection_link_loses_its_fragment() -> None:
    url = f"https://magaza.example.com.tr/cdn-cgi/l/email-protection#{cloudflare(ADDRESS, 0x5A)}"
    assert clean_url(url) == "https://magaza.example.com.tr/cdn-cgi/l/email-protection"


@pytest.mark.parametrize("text", [
    hashlib.sha256(ADDRESS.encode()).hexdigest(), hashlib.md5(b"order 1001").hexdigest(),
    "4c6f7a2b9e1d8a3f5b7c", cloudflare("order 1001 shipped", 0x5A), cloudflare("logo@2x.png", 0x5A),
    "https://magaza.example.com.tr/cdn-cgi/l/email-protection",
])
def test_hex_that_is_no_keyed_address_goes_out(text: str) -> None:
    assert reason(text) == ""


# ---- an undialled international mobile before a long suffix -----------------------------------------------------

SIGNED = ("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20241129T103000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
          "&X-Amz-Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024")


@pytest.mark.parametrize(("text", "id_like", "segments"), [
    ("\nfaturalar\n905324172863\n2024-1001.pdf", False, True),
    ("\nu\n447700900123\n2024-1001.pdf", False, True),
    ("905324172863-20241129", True, False),
    ("447700900123_20241129", True, False),
])
def test_an_undialled_international_mobile_before_a_long_suffix_is_a_phone(text: str, id_like: bool,
                                                                          segments: bool) -> None:
    assert reason(text, id_like=id_like, segments=segments) == PHONE


def test_a_signed_url_under_the_phone_leaves_only_its_origin_as_in_a_property() -> None:
    url = f"https://faturalar.s3.eu-central-1.amazonaws.com/905324172863/2024-1001.pdf?{SIGNED}"
    assert clean_url(url) == "https://faturalar.s3.eu-central-1.amazonaws.com/"
    assert reason(url) == PHONE


@pytest.mark.parametrize("url", [
    "https://magaza.example.com.tr/account/activate/6789012345/4c6f7a2b9e1d8a3f5b7c?syclid=8f2a1c3b",
    "https://magaza.example.com.tr/orders/1234567890123/2024-1001",
    "https://magaza.example.com.tr/blog/2024/11/29/kasim-indirimleri",
    f"https://faturalar.s3.eu-central-1.amazonaws.com/100234567890/2024-1001.pdf?{SIGNED}",
])
def test_ids_and_dates_across_path_segments_go_out(url: str) -> None:
    assert clean_url(url) == url


@pytest.mark.parametrize("text", ["100234567890-20241129", "4006381333931-20241129", "20241129-000123456789"])
def test_an_id_of_numbers_without_an_international_mobile_first_goes_out(text: str) -> None:
    assert reason(text, id_like=True) == ""


