"""Accounts that name their own network (thirty-seventh attack): crypto wallets' addresses and names, and accounts on
decentralised networks, whose grammar says what they are with no label before them.

Wallets: an Ethereum address (`0x` and 40 hex digits, EIP-55's mixed case or not: `0x` and exactly 40 is the
address's own layout, eight different digits or more a hash's; 40 hex digits without `0x` are a commit's or a SHA-1
and go out, and so does a filler, `0x000…0`), a Bitcoin address in bech32
(`bc1` and 39 to 59 letters and digits, all in one case as bech32 writes them) or, after a Bitcoin word, a legacy one
(`1…`/`3…` in base58 with its double SHA-256 checksum), a wallet's name under a naming service's top-level name:
ENS's `.eth` (and Base's `.base.eth`) wherever it stands, Unstoppable Domains' `.crypto`, `.nft`, `.wallet`,
`.blockchain`, `.bitcoin`... as the whole value, and those and Solana's `.sol`, `.x`, `.dao` after a chain's or a
wallet's label (`Solana: jo.sol`: `ERC20.sol` is a Solidity file, `v2.x` a version). Decentralised networks: a
Bluesky handle under its handle host (`jo.bsky.social`), a DID of the methods people hold (`did:plc:`, `did:web:`,
`did:key:`, `did:pkh:`), a Matrix user id (`@jo:matrix.org`), a Nostr public key or profile (`npub1…`,
`nprofile1…`). And a payment request's link, which names its payee after the request's path, maybe before the
request's code: Wise's `wise.com/pay/me/<name>`, Lydia's `lydia-app.com/collect/<name>`, Tikkie's
`tikkie.me/pay/<name>/<code>` (the payment apps' links to a profile are handles.py's). A TRON address (closer 82:
`T` and 33 base58 letters, its version byte 0x41 and its double SHA-256 checksum) wherever it stands; a Solana
address (base58 of 32 to 44 letters that decode to a 32-byte key, no checksum) after a Solana's or its wallets' label
with its colon, `=` or arrow (`Solana:`, `SOL address:`, `Phantom:`; `Solana: the blockchain explained` holds no
key). A checksum is read where it
is the only sign (base58); elsewhere the prefix, the alphabet and the length are the grammar (a mistyped address
is its owner's still, and no ordinary value has the shape).

The detector calls `reason` on a value's canonical form when one of their substrings is there (tested in C first),
in ids too: these grammars name an account as an address's `@` does.
"""

from __future__ import annotations

import hashlib
import re
from typing import Dict, Optional

from .handles import PAYMENT_ACCOUNT, SOCIAL_PROFILE

# Ethereum's address; Bitcoin's bech32 (its data, all in one case); Nostr's bech32 keys (their alphabet exactly).
_ETHEREUM = re.compile(r"(?<![0-9a-z])0x[0-9a-f]{40}(?![0-9a-z])")
_BECH32_BITCOIN = re.compile(r"(?<![0-9a-z])bc1[0-9a-z]{39,59}(?![0-9a-z])")
_NOSTR = re.compile(r"(?<![0-9a-z])n(?:pub|profile)1[02-9ac-hj-np-z]{50,400}(?![0-9a-z])")
# A DID of the methods that name a person's account, key, wallet or domain, and an id of eight characters or more.
_DID = re.compile(r"(?<![0-9a-z])did:(?:plc|web|key|pkh|ethr):[0-9a-z._%:-]{8,200}")
# A Bluesky handle under the host Bluesky gives them out under.
_BLUESKY = re.compile(r"(?<![0-9a-z.-])[0-9a-z][0-9a-z-]{0,62}\.bsky\.social(?![0-9a-z-]|\.[0-9a-z])")
# A Matrix user id: `@`, a local part holding a letter, `:` and the home server's domain (a top-level name of letters
# that is no file's extension: `@import:print.css` is a style sheet's).
_MATRIX = re.compile(r"(?<![\w@.-])@([0-9a-z._=/+-]{2,64}):[0-9a-z-]{1,63}((?:\.[0-9a-z-]{1,63}){1,8})"
                     r"(?![0-9a-z-]|\.[0-9a-z])")
_LETTER = re.compile("[a-z]")
_NOT_SERVERS = frozenset("css js json html htm xml txt png jpg svg php md py rb go ts".split())
# Naming services' top-level names: ENS's wherever a name stands before it; Unstoppable Domains' as the whole value
# or after a label; the ones that are a file's extension or a version's as often (Solana's `.sol`, a Solidity
# file's; `.x`; `.dao`, a data-access class's) after a label alone.
_NAME = r"([0-9a-z][0-9a-z_-]{1,62})"
_ENS = re.compile(r"(?<![\w.-])(?:[0-9a-z][0-9a-z_-]{0,62}\.){0,3}" + _NAME + r"(?:\.base)?\.eth(?![\w-]|\.[0-9a-z])")
_WHOLE_TOP_LEVELS = "crypto|nft|wallet|blockchain|bitcoin|zil|polygon|unstoppable|888"
_WHOLE_NAME = re.compile(f"@?{_NAME}\\.(?:{_WHOLE_TOP_LEVELS})")
# Labels naming a chain, a wallet or a naming service (their own words), then a colon, `=` or an arrow.
_LABELLED_NAME = re.compile(
    r"(?<![0-9a-z])(?:ens|sns|solana|sol|eth|ethereum|btc|bitcoin|crypto|wallet|unstoppable|metamask|phantom|"
    r"polygon|usdc|usdt)(?:[ _-]?(?:name|domain|address|id|wallet))?[ \t]{0,2}[:=\u2192\u279c][ \t]{0,3}@?"
    f"{_NAME}\\.({_WHOLE_TOP_LEVELS}|sol|x|dao)(?![\\w-]|\\.[0-9a-z])")
# Bitcoin's legacy address (base58, `1` or `3` first) after a Bitcoin word: its checksum decides.
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BASE58 = _BASE58  # (Bitcoin's alphabet, for a key's rules: wallet_secrets.py)
_LEGACY_BITCOIN = re.compile(f"(?<![0-9A-Za-z])[13][{_BASE58}]{{25,34}}(?![0-9A-Za-z])")
_BASE58_VALUE = {letter: value for value, letter in enumerate(_BASE58)}
# TRON's address: `T` (its version byte 0x41 in base58) and 33 more, 25 bytes with their checksum.
_TRON = re.compile(f"(?<![0-9A-Za-z])T[{_BASE58}]{{33}}(?![0-9A-Za-z])")
_TRON_VERSION = 0x41
# Solana's address after its chain's, a wallet app's or a wallet's label (the word in the lexicon's languages), with
# a colon, `=`, an arrow or a blank: a 32-byte public key in base58 (32 to 44 letters).
_LABELLED_SOLANA = re.compile(
    r"(?<![0-9A-Za-z])(?i:solana|sol|phantom|solflare|backpack|wallet|c[u\u00fc]zdan|carteira|cartera|portefeuille|"
    r"portafoglio|portfel|portfela|geldb[o\u00f6]rse|\u0645\u062d\u0641\u0638\u0629|\u30a6\u30a9\u30ec\u30c3\u30c8)"
    r"(?:[ _-]?(?i:address|wallet|addr|pubkey|public[ ]key|adresi|adres|endere[c\u00e7]o|direcci[o\u00f3]n|adresse|"
    r"indirizzo|\u30a2\u30c9\u30ec\u30b9))?"
    f"(?:[ \t]{{0,2}}[:=\uff1a\u2192\u279c][ \t]{{0,3}}|[ \t]{{1,3}})([{_BASE58}]{{32,44}})(?![0-9A-Za-z])")
# Any base58check address of the networks' versions people pay to (Bitcoin's 0x00 and 0x05, Litecoin's 0x30 and 0x32,
# Dogecoin's 0x1e and 0x16, TRON's 0x41): 25 bytes whose checksum holds, wherever they stand (a 32-bit checksum and
# a version byte: no code or id takes the shape by chance). XRP's in its own alphabet (`r` its version 0x00).
_BASE58_RUN = re.compile(f"(?<![0-9A-Za-z])[{_BASE58}]{{25,35}}(?![0-9A-Za-z])")
_PAYING_VERSIONS = frozenset((0x00, 0x05, 0x30, 0x32, 0x1E, 0x16, 0x41))
_XRP_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_XRP_VALUE = {letter: value for value, letter in enumerate(_XRP_ALPHABET)}
_XRP = re.compile(f"(?<![0-9A-Za-z])r[{_XRP_ALPHABET}]{{24,34}}(?![0-9A-Za-z])")
# TRON's address split by one blank (its `T` and the rest): joined, 34 letters whose checksum holds.
_TRON_SPLIT = re.compile(f"(?<![0-9A-Za-z])(T[{_BASE58}]{{4,32}}) ([{_BASE58}]{{1,29}})(?![0-9A-Za-z])")
# A bech32 (BIP 173) or bech32m (BIP 350) address under any network's human-readable part (Litecoin's `ltc1`,
# Cardano's `addr1`, Cosmos' `cosmos1`...): its 30-bit checksum decides; all in one case, as bech32 writes it.
_BECH32_ANY = re.compile(r"(?<![0-9a-z])([a-z]{2,20})1([02-9ac-hj-np-z]{38,110})(?![0-9a-z])")
_BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_VALUE = {letter: value for value, letter in enumerate(_BECH32_ALPHABET)}
_BECH32_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONSTANTS = frozenset((1, 0x2BC830A3))
# A run long enough to be an address (the detector's test before it calls `reason` for these grammars).
_LONG_RUN = re.compile("[0-9A-Za-z]{25}")
_SOLANA_KEY_BYTES = 32
# A payment request's link: the request's path, the payee's name, maybe the request's code.
_PAYMENT_REQUEST = re.compile(r"(?<![\w.-])(?:www\.)?(?:wise\.com/pay/me|lydia-app\.com/collect|tikkie\.me/pay)"
                              r"/[0-9a-z_][0-9a-z_.-]{2,40}(?:/[0-9a-z]{4,40})?/?(?![0-9a-z_./-])")


def reason(form: str) -> str:
    """PAYMENT_ACCOUNT when canonical `form` holds a wallet's address or name, SOCIAL_PROFILE when it holds an
    account on a decentralised network (the module's rules), else ""."""
    low = form.lower()
    # (an address is a key's hash, random: eight different digits or more; a filler repeats a few, the zero address
    # `0x000…0`, `0xabab…`)
    if "0x" in low and any(len(set(match.group()[2:])) >= 8 for match in _ETHEREUM.finditer(low)):
        return PAYMENT_ACCOUNT
    if "bc1" in low:
        for match in _BECH32_BITCOIN.finditer(low):
            written = form[match.start():match.end()]
            if written.islower() or written.isupper():
                return PAYMENT_ACCOUNT
    if ".eth" in low and _ENS.search(low) is not None:
        return PAYMENT_ACCOUNT
    if "." in low and _named_wallet(low):
        return PAYMENT_ACCOUNT
    if ("npub1" in low or "nprofile1" in low) and _NOSTR.search(low) is not None:
        return SOCIAL_PROFILE  # (before the bech32 addresses of any network: Nostr's keys are bech32 too)
    # (base58's addresses: Bitcoin's legacy one after a Bitcoin word, TRON's, Solana's after its label; any
    # network's checksummed address, closer 86)
    if (("itcoin" in low or "btc" in low) and _legacy_bitcoin(form) or len(form) >= 34 and _base58_wallet(form)
            or len(form) >= 25 and _checksummed_address(form, low)):
        return PAYMENT_ACCOUNT
    if "did:" in low and _DID.search(low) is not None:
        return SOCIAL_PROFILE
    if ".bsky.social" in low and _BLUESKY.search(low) is not None:
        return SOCIAL_PROFILE
    if ("/pay/" in low or "/collect/" in low) and _PAYMENT_REQUEST.search(low) is not None:
        return PAYMENT_ACCOUNT
    if "@" in low and ":" in low:
        for match in _MATRIX.finditer(low):
            top_level = match.group(2).rpartition(".")[2]
            if (_LETTER.search(match.group(1)) is not None and top_level.isalpha() and len(top_level) >= 2
                    and top_level not in _NOT_SERVERS):
                return SOCIAL_PROFILE
    return ""


def may_hold_address(form: str) -> bool:
    """Whether `form` holds a run of letters and digits as long as a checksummed address (a cheap test first)."""
    return _LONG_RUN.search(form) is not None


def _checksummed_address(form: str, low: str) -> bool:
    """Whether `form` (`low` its lower case) holds a base58check address of a paying version, XRP's, TRON's split by a
    blank, or a bech32 address, each by its checksum."""
    for match in _BASE58_RUN.finditer(form):
        raw = _base58_bytes(match.group())
        if raw[:1] and raw[0] in _PAYING_VERSIONS and _checked(raw):
            return True
    if "r" in form and any(_checked(_base58_bytes(match.group(), _XRP_VALUE)) for match in _XRP.finditer(form)):
        return True
    if "T" in form and any(_base58check(match.group(1) + match.group(2), _TRON_VERSION)
                           for match in _TRON_SPLIT.finditer(form)):
        return True
    if "1" in low:
        for match in _BECH32_ANY.finditer(low):
            written = form[match.start():match.end()]
            if (written.islower() or written.isupper()) and _bech32_checked(match.group(1), match.group(2)):
                return True
    return False


def _bech32_checked(part: str, data: str) -> bool:
    """Whether bech32 `data` under human-readable `part` ends in its checksum (bech32's or bech32m's constant)."""
    check = 1
    for value in [ord(letter) >> 5 for letter in part] + [0] + [ord(letter) & 31 for letter in part] + [
            _BECH32_VALUE[letter] for letter in data]:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for index, generator in enumerate(_BECH32_GENERATORS):
            if top >> index & 1:
                check ^= generator
    return check in _BECH32_CONSTANTS


def _named_wallet(low: str) -> bool:
    """Whether `low` is a wallet's name under Unstoppable Domains' top-level names, or one after a label."""
    if _WHOLE_NAME.fullmatch(low.strip()) is not None:
        return True
    if not (":" in low or "=" in low or "\u2192" in low or "\u279c" in low):
        return False  # (no label's mark: no search)
    # (a name of three characters or more holding a letter; before `.x` not a version's, `v2.x`, `node18.x`)
    return any(len(name) >= 3 and _LETTER.search(name) is not None and not (top_level == "x" and name[-1].isdigit())
               for name, top_level in (match.groups() for match in _LABELLED_NAME.finditer(low)))


def _base58_wallet(form: str) -> bool:
    """Whether `form` holds a TRON address whose checksum holds, or a Solana key after a chain's, an app's or a wallet's
    label."""
    if "T" in form and any(_base58check(match.group(), _TRON_VERSION) for match in _TRON.finditer(form)):
        return True
    return any(
        len(_base58_bytes(match.group(1))) == _SOLANA_KEY_BYTES for match in _LABELLED_SOLANA.finditer(form))


def _legacy_bitcoin(form: str) -> bool:
    """Whether `form` holds a legacy Bitcoin address whose double SHA-256 checksum holds."""
    return any(_base58check(match.group()) for match in _LEGACY_BITCOIN.finditer(form))


def _base58_bytes(text: str, values: Optional[Dict[str, int]] = None) -> bytes:
    """The bytes base58 `text` spells in Bitcoin's alphabet or `values`' (each leading zero letter a zero byte)."""
    values = values or _BASE58_VALUE
    number = 0
    for letter in text:
        number = number * 58 + values[letter]
    zero = text[0] if text and values[text[0]] == 0 else ""
    leading_zeros = len(text) - len(text.lstrip(zero)) if zero else 0
    return b"\0" * leading_zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def _checked(raw: bytes) -> bool:
    """Whether `raw` is 25 bytes whose last four are the double SHA-256 checksum of the others."""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def base58check_payload(text: str) -> bytes:
    """The bytes base58 `text` spells before its checksum when their last four are the double SHA-256 checksum of the
    others (a key's, an extended key's, any length), else b""."""
    raw = _base58_bytes(text)
    payload = raw[:-4]
    return payload if payload and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == raw[-4:] else b""


def _base58check(text: str, version: int = -1) -> bool:
    """Whether base58 `text` spells 25 bytes whose last four are the double SHA-256 checksum of the others (and whose
    first is `version`, when given)."""
    raw = _base58_bytes(text)
    return len(raw) == 25 and (version < 0 or raw[0] == version) and hashlib.sha256(
        hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
