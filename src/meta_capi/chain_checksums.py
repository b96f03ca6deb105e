"""Addresses of the networks whose checksum is their own (closer 184, eighty-fourth attack: crypto wallets), beside
ledgers.py's base58check and bech32 ones, each read wherever it stands, in ids too, by its alphabet, its length, its
version and its checksum (no code or id takes all four by chance):

- Polkadot's and every Substrate chain's SS58: base58 of a network's prefix (one byte under 64), a 32-byte key and
  two bytes of the BLAKE2b-512 of `SS58PRE`, the prefix and the key (47 or 48 letters: `1…` on Polkadot, `5…`);
- Stellar's account (`G…`), muxed account (`M…`) and secret seed (`S…`): base32 of their version byte, the key (and a
  muxed account's id) and its CRC16-XModem, little-endian (56 or 69 capitals and digits 2 to 7);
- TON's user-friendly address: base64 (URL-safe or not) of its flags (bounceable or not, a test network's bit), its
  workchain (0 or -1), a 32-byte hash and its CRC16-XModem (48 letters: `UQ…`, `EQ…`, `kQ…`, `0Q…`);
- Tezos' implicit account (`tz1…` to `tz4…`): base58check of its three-byte prefix and a 20-byte hash (36 letters);
  a contract's `KT1…` is a contract's, public, and goes out;
- Bitcoin Cash's cashaddr, with its `bitcoincash:` or without: `q…` or `p…` and 41 letters of bech32's alphabet in
  one case, whose 40-bit BCH checksum holds under that prefix.

ledgers.py calls `holds_address` on a value holding a run of 25 letters and digits, after its own networks', where CUE
finds what one of them needs (perf 53).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from .base58 import BASE58, base58_bytes, base58check_payload

# Polkadot's SS58: base58 of 35 bytes, a prefix under 64 first.
_SS58 = re.compile(f"(?<![0-9A-Za-z])[{BASE58}]{{46,48}}(?![0-9A-Za-z])")
_SS58_BYTES = 35
_SS58_SIMPLE_PREFIXES = 64
_SS58_CONTEXT = b"SS58PRE"
# Stellar's strkeys: an account's `G`, a muxed account's `M`, a secret seed's `S` and base32 capitals.
_STELLAR = re.compile(r"(?<![0-9A-Za-z])(?:[GS][A-Z2-7]{55}|M[A-Z2-7]{68})(?![0-9A-Za-z])")
_STELLAR_VERSIONS = frozenset((6 << 3, 12 << 3, 18 << 3))
# TON's user-friendly address: 48 letters of base64 (URL-safe or standard), its flags' byte and workchain's first.
_TON = re.compile(r"(?<![0-9A-Za-z_+/-])[EUk0][Qf][0-9A-Za-z_+/-]{46}(?![0-9A-Za-z_+/=-])")
_TON_FLAGS = frozenset((0x11, 0x51, 0x91, 0xD1))
_TON_WORKCHAINS = frozenset((0x00, 0xFF))
# Tezos' implicit accounts: `tz1` to `tz4` and 33 base58 letters; their prefixes' bytes.
_TEZOS = re.compile(f"(?<![0-9A-Za-z])tz[1-4][{BASE58}]{{33}}(?![0-9A-Za-z])")
_TEZOS_PREFIXES = frozenset((b"\x06\xa1\x9f", b"\x06\xa1\xa1", b"\x06\xa1\xa4", b"\x06\xa1\xa6"))
_TEZOS_BYTES = 23
# Bitcoin Cash's cashaddr: a key's or a script's hash (`q`, `p`), in one case, maybe after its prefix.
_CASHADDR = re.compile(r"(?<![0-9a-z])(?:bitcoincash:)?([qp][qpzry9x8gf2tvdw0s3jn54khce6mua7l]{41})(?![0-9a-z])")
_CASHADDR_PREFIX = "bitcoincash"
_BECH32_VALUE = {letter: value for value, letter in enumerate("qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
_CASHADDR_GENERATORS = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
# (perf 53) What every address above needs, searched before `holds_address` is called: a run of letters and digits as
# long as the shortest of them (Tezos'; SS58's, Stellar's and cashaddr's longer), or TON's opening and its base64 (in
# the value as written; a cashaddr's run in it in lower case, the value outside ASCII). The bench's click id, cut by
# its `-` into shorter runs, meets neither.
SHORTEST = 36
CUE = re.compile(f"[0-9A-Za-z]{{{SHORTEST}}}|[EUk0][Qf][0-9A-Za-z_+/-]{{46}}")


def holds_address(form: str) -> bool:
    """Whether canonical `form` holds an address of one of these networks whose checksum holds (above)."""
    if any(_ss58_checked(match.group()) for match in _SS58.finditer(form)):
        return True
    if any(_stellar_checked(match.group()) for match in _STELLAR.finditer(form)):
        return True
    if ("Q" in form or "f" in form) and any(_ton_checked(match.group()) for match in _TON.finditer(form)):
        return True
    if "tz" in form and any(base58check_payload(match.group())[:3] in _TEZOS_PREFIXES and len(
            base58check_payload(match.group())) == _TEZOS_BYTES for match in _TEZOS.finditer(form)):
        return True
    low = form.lower()
    for match in _CASHADDR.finditer(low):
        written = form[match.start(1):match.end(1)]
        if (written.islower() or written.isupper()) and _cashaddr_checked(match.group(1)):
            return True
    return False


def _ss58_checked(text: str) -> bool:
    raw = base58_bytes(text)
    return len(raw) == _SS58_BYTES and raw[0] < _SS58_SIMPLE_PREFIXES and hashlib.blake2b(
        _SS58_CONTEXT + raw[:-2]).digest()[:2] == raw[-2:]


def _crc16_xmodem(data: bytes) -> int:
    """CRC-16 with the polynomial 0x1021, from zero, not reflected (XModem's: Stellar's and TON's)."""
    return binascii.crc_hqx(data, 0)


def _stellar_checked(text: str) -> bool:
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        return False
    return raw[0] in _STELLAR_VERSIONS and _crc16_xmodem(raw[:-2]).to_bytes(2, "little") == raw[-2:]


def _ton_checked(text: str) -> bool:
    try:
        raw = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return False
    return (len(raw) == 36 and raw[0] in _TON_FLAGS and raw[1] in _TON_WORKCHAINS
            and _crc16_xmodem(raw[:-2]).to_bytes(2, "big") == raw[-2:])


def _cashaddr_checked(data: str) -> bool:
    """Whether cashaddr `data` (its version letter, hash and checksum) ends in its checksum under Bitcoin Cash's
    prefix (the BCH code's polynomial modulus, its constant 1)."""
    check = 1
    for value in [ord(letter) & 31 for letter in _CASHADDR_PREFIX] + [0] + [_BECH32_VALUE[letter] for letter in data]:
        top = check >> 35
        check = (check & 0x07FFFFFFFF) << 5 ^ value
        for index, generator in enumerate(_CASHADDR_GENERATORS):
            if top >> index & 1:
                check ^= generator
    return check == 1
