"""Closer 86: providers' secrets by one table of (prefix, alphabet, length) rows (credentials.py) and any network's
wallet address by its checksum (ledgers.py): base58check of the paying versions, XRP's alphabet, bech32 and bech32m
under any human-readable part, TRON's split by a blank, Solana's after a wallet app's or a wallet's label."""

from __future__ import annotations

import hashlib
from typing import List

import pytest

from meta_capi import credentials, detector
from meta_capi.handles import PAYMENT_ACCOUNT
from privacy_attack_cases_50 import base58, base58check, bech32

_XRP_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
KEY_HASH = hashlib.sha256(b"closer 86 wallet").digest()[:20]
OTHER_HASH = hashlib.sha256(b"another closer 86 wallet").digest()[:20]

# Secrets in their providers' formats, none of them the attack's.
SECRETS: List[str] = [
    "github_pat_" + "Zk3" * 7 + "Z_" + "Pq7Rs" * 11 + "Wm4X",
    "glpat-" + "Wm4-xB9_kT2vL8nQ3r",
    "whsec_" + "M2n8Pq4Rt6Vw0Xy2Za4Bc6De8Fg",
    "key id AKIA" + "Z7Q4M2K9W3R8T5N1",
    "ASIA" + "B3C5D7E9F2G4H6J8",
    "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz8" + "Zk3",
    '"SecretAccessKey": "' + "Zk3Pq7Rs" * 5 + '"',
    "maps key AIza" + "Zk3Pq7Rs_-" * 3 + "Wm4Xb",
    "sk-proj-" + "Zk3Pq7Rs-Wm4Xb9" * 3,
    "sk-" + "Zk3Pq7RsWm4Xb9Lt" * 3,
    "SK" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "account AC" + "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    "SG." + "Zk3Pq7RsWm4Xb9LtQ2vN" + "." + "Zk3Pq7RsWm4Xb9LtQ2vN-_Zk3Pq7RsWm4Xb9Lt",
    "npm_" + "Zk3Pq7RsWm4Xb9LtQ2vN" + "Zk3Pq7RsWm4Xb9Lt",
    "shpss_" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "shpat_" + "A1B2C3D4E5F60718293A4B5C6D7E8F90",
    "hf_" + "ZkPqRsWmXbLtQvNa" * 2 + "x7",
    "https://hooks.slack.com/services/T0ZK3PQ7R/B0WM4XB9L/" + "Zk3Pq7RsWm4Xb9LtQ2vN",
    "xoxp-9182736450-\n9182736450-" + "ZkPqRsWmXb",
]
# Their prefixes without their lengths and alphabets: products', orders', files' and words' codes.
NOT_SECRETS: List[str] = [
    "SK-1042 Wireless Earbuds", "AC-123 adapter", "SG.Blue Edition", "sk-1042-blue", "hf_model_weights.bin",
    "AKIA studio poster", "glpat-guide", "whsec_docs", "npm_install_guide_for_beginners", "SG.1.2.3 release",
    "Shopify shpat_ tokens explained", "hooks.slack.com/services help page", "aws_secret_access_key=required",
    "AIza in a sentence is not a key at all", "SK48172648172648 order",
]


@pytest.mark.parametrize("text", SECRETS)
def test_a_providers_secret_by_its_format_is_refused(text: str) -> None:
    assert credentials.reason(text) == credentials.SECRET
    assert detector.reason(text) == credentials.SECRET
    assert detector.reason(text, id_like=True) == credentials.SECRET


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_a_prefix_without_its_length_and_alphabet_goes_out(text: str) -> None:
    assert credentials.reason(text) == ""
    assert detector.reason(text) == ""


TRON = base58check(b"\x41", OTHER_HASH)
SOLANA = base58(hashlib.sha256(b"closer 86 solana key").digest())
# Addresses valid by their checksums, in their networks' encodings, none of them the attack's.
WALLETS: List[str] = [
    "send to " + base58check(b"\x00", KEY_HASH),  # Bitcoin's P2PKH `1…`, no Bitcoin word
    base58check(b"\x05", KEY_HASH),  # Bitcoin's P2SH `3…`
    "Litecoin " + base58check(b"\x32", KEY_HASH),  # Litecoin's `M…`
    base58check(b"\x30", OTHER_HASH),  # Litecoin's `L…`
    "Dogecoin: " + base58check(b"\x1e", OTHER_HASH),
    "XRP " + base58check(b"\x00", OTHER_HASH, _XRP_ALPHABET),
    "pay " + bech32("ltc", OTHER_HASH, 0),
    bech32("cosmos", OTHER_HASH),
    bech32("osmo", KEY_HASH),
    bech32("addr", b"\x01" + KEY_HASH + OTHER_HASH + KEY_HASH[:16]),
    bech32("cosmos", OTHER_HASH).upper(),
    f"TRON {TRON[:10]} {TRON[10:]}",
    f"Solflare: {SOLANA}",
    f"Backpack wallet {SOLANA}",
    f"Carteira {SOLANA}",
    f"Portefeuille : {SOLANA}",
    f"ウォレット：{SOLANA}",
]
# Long codes of the same alphabets that no checksum holds, and wallets' words with no address.
NOT_WALLETS: List[str] = [
    base58check(b"\x00", KEY_HASH)[:-1] + "z",
    "1" + "A" * 30,
    "ZkPqRsWmXbLtQvNaZkPqRsWmXbLtQ",
    "cosmos1" + "qpzry9x8gf2tvdw0s3jn54khce6mua7l" + "qqqqqq",
    "What is a Solana wallet? A beginner's guide",
    "Phantom wallet review and setup guide",
    "Carteira de couro masculina premium",
    f"TRON {TRON[:10]} {TRON[11:]}",
    "Ledger Nano X for Solana and Cosmos",
    "ORDER-2026-12-03-ABCDEFGHJKLMNPQRSTUV",
]


@pytest.mark.parametrize("text", WALLETS)
def test_a_networks_address_by_its_checksum_is_refused(text: str) -> None:
    assert detector.reason(text) == PAYMENT_ACCOUNT
    assert detector.reason(text, id_like=True) == PAYMENT_ACCOUNT


@pytest.mark.parametrize("text", NOT_WALLETS)
def test_a_code_no_checksum_holds_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
