"""A wallet's secrets (closer 184, eighty-fourth attack: crypto exchanges and wallets): what spends a holder's coins,
or shows every address their wallet will ever use, each by its own grammar, wherever it stands (in ids too):

- a BIP39 recovery phrase: 12, 15, 18, 21 or 24 words of the standard's English list (bip39_words.py) in a row, apart
  by blanks or a list's commas and quotes, maybe numbered (`1. word 2. word`, `1) word`), at most two more of the
  list's words around them (`phrase: word …`, the label's own word), whose checksum holds: the phrase's last bits (4
  to 8) are the first bits of the SHA-256 of the others. No sentence is twelve of the list's words in a row (`the`,
  `and`, `your`, `to` are none of them), and one run in sixteen passes the check by chance at worst;
- a private key in the Wallet Import Format: base58check (a 32-bit checksum) of 0x80 (0xef on a test network), the
  key's 32 bytes and maybe the compressed key's 0x01 (51 or 52 letters, `5…`, `K…`, `L…`, `9…`, `c…`);
- an extended key (BIP32, `xpub…`, `ypub…`, `zpub…`, their private `…prv…` and test networks' `tpub…`, `upub…`,
  `vpub…`): base58check of 78 bytes after those four letters;
- 64 hex digits, maybe after `0x`, after a private key's label by language (PRIVATE_KEY_LABELS: `private key`,
  `privater Schlüssel`, `clé privée`, `秘密鍵`, ...) and its colon, blanks, quotes or brackets: the key itself. A
  transaction's hash, a block's or a file's SHA-256 have the shape and go out anywhere else.

The reason names the kind, never the value.
"""

from __future__ import annotations

import hashlib
import re
from typing import List

from .base58 import BASE58, base58check_payload
from .bip39_words import NUMBER_OF
from .canonical import phrase_alternation, table_phrases

WALLET_SECRET = "holds a wallet's recovery phrase or private key"

# A phrase's lengths in words (each word 11 bits: 128 to 256 bits of entropy and a bit of checksum per 32).
_PHRASE_LENGTHS = (24, 21, 18, 15, 12)
_SHORTEST_PHRASE = 12
_WORDS_AROUND = 2  # (the list's own words a label or a sentence puts beside a phrase: `phrase`, `seed`, `secret`)
# A word in lower case, and what may stand between two of a phrase's words: blanks, a list's commas and quotes, a
# line break, maybe the next word's number and its dot or bracket (no letter).
_WORD = re.compile(r"[a-z]+")
_BETWEEN = re.compile(r"[\s,;\"'\[\]]{1,4}(?:[0-9]{1,2}[.):]?[\s]{1,3})?|[\s]{0,2}[0-9]{1,2}[.):][\s]{0,3}")
# A private key in the Wallet Import Format and an extended key: their letters (base58), then their bytes decided.
_WIF = re.compile(f"(?<![0-9A-Za-z])[5KL9c][{BASE58}]{{50,51}}(?![0-9A-Za-z])")
_WIF_VERSIONS = frozenset((0x80, 0xEF))
_KEY_BYTES = 32
_EXTENDED_KEY = re.compile(f"(?<![0-9A-Za-z])[xyztuvYZUV](?:pub|prv)[{BASE58}]{{100,112}}(?![0-9A-Za-z])")
_EXTENDED_KEY_BYTES = 78
# A private key's label by language, as the canonical form spells it in lower case.
PRIVATE_KEY_LABELS = {
    "English": "private key|privkey|priv key|secret key|signing key|private_key|privatekey",
    "German": "privater schlüssel|private schlüssel|privatschlüssel|geheimer schlüssel",
    "French": "clé privée|cle privee", "Spanish": "clave privada", "Portuguese": "chave privada",
    "Italian": "chiave privata", "Dutch": "privésleutel|private sleutel|geheime sleutel", "Polish": "klucz prywatny",
    "Turkish": "özel anahtar", "Russian": "приватный ключ|закрытый ключ", "Japanese": "秘密鍵|プライベートキー",
    "Chinese": "私钥|私鑰", "Korean": "개인키|개인 키|비밀키",
}
_LABELLED_HEX_KEY = re.compile(
    f"(?<![^\\W_])(?:{phrase_alternation(table_phrases(PRIVATE_KEY_LABELS))})"
    r"(?:[ \t]{0,2}\((?:hex|wif)\))?[ \t:=\"'`\-]{0,6}(?:0x)?[0-9a-f]{64}(?![0-9a-z])")
# What cues any of them: a phrase's blanks or commas, or a run of letters and digits a key's length.
_LONG_RUN = re.compile("[0-9A-Za-z]{51}")
SHORTEST = 47  # (twelve words of three letters and their blanks; a key's 51 letters)


def cued(form: str) -> bool:
    """Whether canonical `form` may hold one (a phrase's blanks or commas, counted in C; a key's run of letters)."""
    return form.count(" ") >= _SHORTEST_PHRASE - 1 or form.count(",") >= _SHORTEST_PHRASE - 1 or (
        _LONG_RUN.search(form) is not None)


def reason(form: str) -> str:
    """WALLET_SECRET when canonical `form` holds a recovery phrase, a private key or an extended key (above), or ""."""
    if (form.count(" ") >= _SHORTEST_PHRASE - 1 or form.count(",") >= _SHORTEST_PHRASE - 1) and _holds_phrase(
            form.lower()):
        return WALLET_SECRET
    if _LONG_RUN.search(form) is None:
        return ""
    for match in _WIF.finditer(form):
        payload = base58check_payload(match.group())
        if payload[:1] and payload[0] in _WIF_VERSIONS and (
                len(payload) == 1 + _KEY_BYTES or len(payload) == 2 + _KEY_BYTES and payload[-1] == 1):
            return WALLET_SECRET
    if ("pub" in form or "prv" in form) and any(
            len(base58check_payload(match.group())) == _EXTENDED_KEY_BYTES for match in _EXTENDED_KEY.finditer(form)):
        return WALLET_SECRET
    return WALLET_SECRET if _LABELLED_HEX_KEY.search(form.lower()) is not None else ""


def _holds_phrase(low: str) -> bool:
    """Whether lower-case `low` holds a run of the list's words whose checksum holds as a phrase (above)."""
    run: List[int] = []
    end = -1
    for match in _WORD.finditer(low):
        number = NUMBER_OF.get(match.group())
        if number is not None and run and _BETWEEN.fullmatch(low, end, match.start()) is None:
            if _phrase_in(run):
                return True
            run = []
        if number is None:
            if _phrase_in(run):
                return True
            run = []
        else:
            run.append(number)
        end = match.end()
    return _phrase_in(run)


def _phrase_in(run: List[int]) -> bool:
    """Whether the run of word numbers `run` is a phrase, or holds one with at most two more words around it."""
    if len(run) < _SHORTEST_PHRASE:
        return False
    return any(length <= len(run) <= length + _WORDS_AROUND and any(
        _checksum_holds(run[start:start + length]) for start in range(len(run) - length + 1))
        for length in _PHRASE_LENGTHS)


def _checksum_holds(numbers: List[int]) -> bool:
    """Whether the phrase of word `numbers` ends in its checksum: its last bits, one per 32 of the others, are the first
    bits of their SHA-256."""
    bits = 0
    for number in numbers:
        bits = bits << 11 | number
    check_bits = len(numbers) * 11 // 33
    entropy = bits >> check_bits
    digest = hashlib.sha256(entropy.to_bytes(check_bits * 4, "big")).digest()  # (32 bits of entropy a check bit)
    return digest[0] >> (8 - check_bits) == bits & ((1 << check_bits) - 1)
