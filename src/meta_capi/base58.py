"""Bitcoin's base58 and base58check (closer 184): the alphabet with no `0`, `O`, `I` nor `l`, a number's letters, and
the double SHA-256 checksum that ends what many networks' addresses and keys spell (ledgers.py, chain_checksums.py,
wallet_secrets.py).
"""

from __future__ import annotations

import hashlib
from typing import Dict, Optional

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_VALUE = {letter: value for value, letter in enumerate(BASE58)}


def base58_bytes(text: str, values: Optional[Dict[str, int]] = None) -> bytes:
    """The bytes base58 `text` spells in Bitcoin's alphabet or `values`' (each leading zero letter a zero byte)."""
    values = values or _BASE58_VALUE
    number = 0
    for letter in text:
        number = number * 58 + values[letter]
    zero = text[0] if text and values[text[0]] == 0 else ""
    leading_zeros = len(text) - len(text.lstrip(zero)) if zero else 0
    return b"\0" * leading_zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def base58check_payload(text: str) -> bytes:
    """The bytes base58 `text` spells before its checksum when their last four are the double SHA-256 checksum of the
    others (a key's, an extended key's, any length), else b""."""
    raw = base58_bytes(text)
    payload = raw[:-4]
    return payload if payload and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == raw[-4:] else b""
