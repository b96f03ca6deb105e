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

Closer 184: an Ethereum address without `0x` after an address's label (ADDRESS_WORDS), in groups after `0x`, in a
validator's withdrawal credentials; a contract's address right after a contract's word or on a token's page goes out
(CONTRACT_WORDS); a Solana key in a value naming Solana; other chains' names (`SNS domain jo.sol`, `jo.near`, an ADA
Handle, a Stellar federation address, a Hedera account); the networks whose checksum is their own are
chain_checksums.py's.

The detector calls `reason` on a value's canonical form when one of their substrings is there (tested in C first),
in ids too: these grammars name an account as an address's `@` does.
"""

from __future__ import annotations

import hashlib
import re

from . import chain_checksums
from .base58 import BASE58, base58_bytes
from .canonical import phrase_alternation, table_phrases
from .handles import PAYMENT_ACCOUNT, SOCIAL_PROFILE

# Ethereum's address; Bitcoin's bech32 (its data, all in one case); Nostr's bech32 keys (their alphabet exactly).
_ETHEREUM = re.compile(r"(?<![0-9a-z])0x[0-9a-f]{40}(?![0-9a-z])")
_ETHEREUM_LENGTH = 40
# (closer 184) ... its hex apart in groups after `0x` (`0x 9f1c 5839 …`, as a wallet prints it to be checked); a
# validator's withdrawal credentials, `0x01` (or `0x02`), eleven zero bytes and the address; 40 hex digits without
# `0x` after an address's label by language (ADDRESS_WORDS: `Withdrawal address: 9f1c…`; a commit's SHA-1 has no
# address's label).
_ETHEREUM_GROUPS = re.compile(r"(?<![0-9a-z])0x[ \t]?((?:[0-9a-f]{2,8}[ \t]){3,19}[0-9a-f]{2,8})(?![0-9a-z])")
_WITHDRAWAL_CREDENTIALS = re.compile(r"(?<![0-9a-z])0x0[12]0{22}([0-9a-f]{40})(?![0-9a-z])")
_BARE_ETHEREUM = re.compile(r"(?<![0-9a-z])[0-9a-f]{40}(?![0-9a-z])")
ADDRESS_WORDS = {
    "English": "address|addr|wallet", "German": "adresse|empfängeradresse|wallet-adresse", "French": "adresse",
    "Spanish": "dirección", "Portuguese": "endereço", "Italian": "indirizzo", "Dutch": "adres", "Polish": "adres",
    "Turkish": "adresi|adres", "Japanese": "アドレス", "Chinese": "地址", "Korean": "주소",
}
_ADDRESS_LABEL_ENDS = re.compile(
    f"(?<![^\\W_])(?:{phrase_alternation(table_phrases(ADDRESS_WORDS))})"
    # (a Romance language's qualifier after it, `adresse de retrait`, `dirección de depósito`; an aside, `(ERC20)`)
    f"(?:[ \t]{{1,3}}(?:de|du|del|di|do|da|van)[ \t]{{1,3}}[^\\W\\d_]{{2,20}})?(?:[ \t]{{0,2}}\\([^()\\n]{{1,24}}\\))?"
    f"[ \t]{{0,2}}[:=\uff1a\u2192]?[ \t]{{0,3}}\\Z")
# A contract's word by language right before an address (`Tether USD contract 0x…`, a token's page, `/token/0x…`):
# a contract's address is public, no holder's, and goes out (CONTRACT_WORDS).
CONTRACT_WORDS = {
    "English": "contract|token|smart contract", "German": "vertrag|kontrakt|token", "French": "contrat",
    "Spanish": "contrato", "Portuguese": "contrato", "Italian": "contratto", "Dutch": "contract",
    "Polish": "kontrakt", "Turkish": "sözleşme|kontrat", "Japanese": "コントラクト", "Chinese": "合约",
}
_CONTRACT_BEFORE = re.compile(
    f"(?<![^\\W_])(?:{phrase_alternation(table_phrases(CONTRACT_WORDS))})(?:[ _-]?(?:address|adresse|adres))?"
    f"[ \t]{{0,2}}[:=/#\n]?[ \t]{{0,2}}\\Z")  # (a path's segments are lines: `/token/0x…`)
_REACH_BEFORE = 40
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
_NOT_SERVERS = frozenset("css js json html htm xml txt png jpg svg php md py rb go ts pdf doc docx xls xlsx csv zip "
                         "jpeg gif webp mp3 mp4 log".split())
# Naming services' top-level names: ENS's wherever a name stands before it; Unstoppable Domains' as the whole value
# or after a label; the ones that are a file's extension or a version's as often (Solana's `.sol`, a Solidity
# file's; `.x`; `.dao`, a data-access class's) after a label alone.
_NAME = r"([0-9a-z][0-9a-z_-]{1,62})"
_ENS = re.compile(r"(?<![\w.-])(?:[0-9a-z][0-9a-z_-]{0,62}\.){0,3}" + _NAME + r"(?:\.base)?\.eth(?![\w-]|\.[0-9a-z])")
_WHOLE_TOP_LEVELS = "crypto|nft|wallet|blockchain|bitcoin|zil|polygon|unstoppable|888|near"
_WHOLE_NAME = re.compile(f"@?{_NAME}\\.(?:{_WHOLE_TOP_LEVELS})")
# Labels naming a chain, a wallet or a naming service (their own words), then a colon, `=` or an arrow.
_LABELLED_NAME = re.compile(
    r"(?<![0-9a-z])(?:ens|sns|solana|sol|eth|ethereum|btc|bitcoin|crypto|wallet|unstoppable|metamask|phantom|"
    r"polygon|usdc|usdt|near)(?:[ _-]?(?:name|domain|address|id|wallet|account))?[ \t]{0,2}[:=\u2192\u279c]"
    f"[ \t]{{0,3}}@?{_NAME}\\.({_WHOLE_TOP_LEVELS}|sol|near|x|dao)(?![\\w-]|\\.[0-9a-z])")
# (closer 184) ... or a naming service's or a chain's name and its noun, then a blank alone (`SNS domain jo.sol`,
# `NEAR account jo.near`: NEAR's accounts are names under `.near`)
_NAMED_NAME = re.compile(
    r"(?<![0-9a-z])(?:ens|sns|solana|near|unstoppable|bonfida)[ _-]?(?:name|domain|account|address|handle)s?"
    f"[ \t]{{1,3}}@?{_NAME}\\.({_WHOLE_TOP_LEVELS}|sol|near|x|dao)(?![\\w-]|\\.[0-9a-z])")
# (closer 184) Other chains' names: an ADA Handle, `$` and a name in lower case after a sending word or a handle's
# label in a value naming Cardano's coin (`Send ADA to $jo`; `$20`, `$TSLA` are no handle); a Stellar federation
# address, a name, `*` and its server's domain (`jo*lobstr.co`; a file's glob, `report*final.pdf`, is no server's);
# a Hedera account, `0.0.` and its number after Hedera's or its coin's name, maybe an account's word (`Hedera account
# 0.0.5839461`; a token's id has the shape too, after `token`).
_CARDANO_NAMED = re.compile(r"(?<![a-z])(?:ada|cardano)(?![a-z])")
_ADA_HANDLE = re.compile(r"(?<![a-z])(?:to|an|à|a|para|naar|per|handle|handle:|payee:)[ \t]{1,3}"
                         r"\$([a-z][a-z0-9_.-]{0,14})(?![\w$.-])")
_FEDERATION = re.compile(r"(?<![\w.*-])[a-z0-9][a-z0-9._-]{0,63}\*[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{1,63}){0,3}"
                         r"\.([a-z]{2,12})(?![\w-]|\.[a-z0-9])")
_HEDERA = re.compile(r"(?<![0-9a-z])(?:hedera|hbar)(?:[ _-]?(?:account|wallet|address|id|konto|compte|cuenta|conta|"
                     r"adresse)){0,2}[ \t]{0,2}(?:[:=][ \t]{0,3}|[ \t]{1,3})0\.0\.[0-9]{3,12}(?![0-9.])")
# Bitcoin's legacy address (base58, `1` or `3` first) after a Bitcoin word: its checksum decides.
_LEGACY_BITCOIN = re.compile(f"(?<![0-9A-Za-z])[13][{BASE58}]{{25,34}}(?![0-9A-Za-z])")
# TRON's address: `T` (its version byte 0x41 in base58) and 33 more, 25 bytes with their checksum.
_TRON = re.compile(f"(?<![0-9A-Za-z])T[{BASE58}]{{33}}(?![0-9A-Za-z])")
_TRON_VERSION = 0x41
# Solana's address after its chain's, a wallet app's or a wallet's label (the word in the lexicon's languages), with
# a colon, `=`, an arrow or a blank: a 32-byte public key in base58 (32 to 44 letters).
_LABELLED_SOLANA = re.compile(
    r"(?<![0-9A-Za-z])(?i:solana|sol|phantom|solflare|backpack|wallet|c[u\u00fc]zdan|carteira|cartera|portefeuille|"
    r"portafoglio|portfel|portfela|geldb[o\u00f6]rse|\u0645\u062d\u0641\u0638\u0629|\u30a6\u30a9\u30ec\u30c3\u30c8)"
    r"(?:[ _-]?(?i:address|wallet|addr|pubkey|public[ ]key|adresi|adres|endere[c\u00e7]o|direcci[o\u00f3]n|adresse|"
    r"indirizzo|\u30a2\u30c9\u30ec\u30b9))?"
    f"(?:[ \t]{{0,2}}[:=\uff1a\u2192\u279c][ \t]{{0,3}}|[ \t]{{1,3}})([{BASE58}]{{32,44}})(?![0-9A-Za-z])")
# Any base58check address of the networks' versions people pay to (Bitcoin's 0x00 and 0x05, Litecoin's 0x30 and 0x32,
# Dogecoin's 0x1e and 0x16, TRON's 0x41): 25 bytes whose checksum holds, wherever they stand (a 32-bit checksum and
# a version byte: no code or id takes the shape by chance). XRP's in its own alphabet (`r` its version 0x00).
_BASE58_RUN = re.compile(f"(?<![0-9A-Za-z])[{BASE58}]{{25,35}}(?![0-9A-Za-z])")
_PAYING_VERSIONS = frozenset((0x00, 0x05, 0x30, 0x32, 0x1E, 0x16, 0x41))
_XRP_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_XRP_VALUE = {letter: value for value, letter in enumerate(_XRP_ALPHABET)}
_XRP = re.compile(f"(?<![0-9A-Za-z])r[{_XRP_ALPHABET}]{{24,34}}(?![0-9A-Za-z])")
# TRON's address split by one blank (its `T` and the rest): joined, 34 letters whose checksum holds.
_TRON_SPLIT = re.compile(f"(?<![0-9A-Za-z])(T[{BASE58}]{{4,32}}) ([{BASE58}]{{1,29}})(?![0-9A-Za-z])")
# A bech32 (BIP 173) or bech32m (BIP 350) address under any network's human-readable part (Litecoin's `ltc1`,
# Cardano's `addr1`, Cosmos' `cosmos1`...): its 30-bit checksum decides; all in one case, as bech32 writes it.
_BECH32_ANY = re.compile(r"(?<![0-9a-z])([a-z]{2,20})1([02-9ac-hj-np-z]{38,110})(?![0-9a-z])")
_BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_VALUE = {letter: value for value, letter in enumerate(_BECH32_ALPHABET)}
_BECH32_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONSTANTS = frozenset((1, 0x2BC830A3))
# A run long enough to be an address (the detector's test before it calls `reason` for these grammars).
_LONG_RUN = re.compile("[0-9A-Za-z]{25}")
# (perf 54) What some rule of `reason` needs in an ASCII `form` (as its lower case reads it): a mark a name's, a
# handle's or a request's grammar holds (`.`, `:`, `/`, `@`, `$`, `*`), `0x` (Ethereum's groups), a base58 run of 25
# (any base58check address, XRP's, TRON's, legacy Bitcoin's, Solana's keys), TRON's `T` and four base58 letters (split
# by a blank), or a run chain_checksums' networks take (its CUE: 36 letters and digits, so also Ethereum's 40 hex
# digits and every bech32 address, Bitcoin's and Nostr's included). A click id's `IwAR2F4-dbP0l7…` holds none.
ADDRESS_CUE = re.compile(f"[.:/@$*]|0[xX]|[{BASE58}]{{25}}|T[{BASE58}]{{4}}|{chain_checksums.CUE.pattern}")
_SOLANA_KEY_BYTES = 32
# (closer 184) ... or anywhere in a value naming Solana, its coin or its wallets as a word (`Sent 2 SOL to …`): a key
# of 32 bytes, 32 to 44 letters, no contract's word before it (a token's mint is public).
_SOLANA_NAMED = re.compile(r"(?<![A-Za-z])(?:SOL|Sol|sol|Solana|SOLANA|solana|Phantom|phantom|Solflare|solflare)"
                           r"(?![A-Za-z])")
_BASE58_KEY = re.compile(f"(?<![0-9A-Za-z])[{BASE58}]{{32,44}}(?![0-9A-Za-z])")
# A payment request's link: the request's path, the payee's name, maybe the request's code.
_PAYMENT_REQUEST = re.compile(r"(?<![\w.-])(?:www\.)?(?:wise\.com/pay/me|lydia-app\.com/collect|tikkie\.me/pay)"
                              r"/[0-9a-z_][0-9a-z_.-]{2,40}(?:/[0-9a-z]{4,40})?/?(?![0-9a-z_./-])")


def reason(form: str) -> str:
    """PAYMENT_ACCOUNT when canonical `form` holds a wallet's address or name, SOCIAL_PROFILE when it holds an
    account on a decentralised network (the module's rules), else ""."""
    low = form.lower()
    # (an address is a key's hash, random: eight different digits or more; a filler repeats a few, the zero address
    # `0x000…0`, `0xabab…`)
    if len(low) >= _ETHEREUM_LENGTH and _holds_ethereum(low):
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
    # network's checksummed address, closer 86; other chains' accounts by their own grammars, closer 184)
    if (("itcoin" in low or "btc" in low) and _legacy_bitcoin(form) or len(form) >= 34 and _base58_wallet(form)
            or len(form) >= 25 and _checksummed_address(form, low)
            or ("$" in low or "*" in low or "0.0." in low) and _other_chains_account(form, low)):
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


def _an_address(digits: str) -> bool:
    """Whether hex `digits` are random as a key's hash is: eight different digits or more (a filler repeats a few,
    the zero address `0x000…0`, `0xabab…`)."""
    return len(set(digits)) >= 8


def _after_a_contract(low: str, start: int) -> bool:
    """Whether a contract's word ends right before `start` of `low` (CONTRACT_WORDS): the address is a contract's."""
    return _CONTRACT_BEFORE.search(low, max(0, start - _REACH_BEFORE), start) is not None


def _holds_ethereum(low: str) -> bool:
    """Whether `low` holds an Ethereum address after `0x` (no contract's word before it), in groups or in withdrawal
    credentials, or its 40 hex digits without `0x` after an address's label."""
    if "0x" in low and (any(_an_address(match.group()[2:]) and not _after_a_contract(low, match.start())
                            for match in _ETHEREUM.finditer(low)) or _spelled_ethereum(low)):
        return True
    return any(_an_address(match.group()) and _ADDRESS_LABEL_ENDS.search(
        low, max(0, match.start() - _REACH_BEFORE), match.start()) is not None
        for match in _BARE_ETHEREUM.finditer(low))


def _other_chains_account(form: str, low: str) -> bool:
    """Whether `form` (`low` its lower case) holds an ADA Handle, a Stellar federation address or a Hedera account
    (their grammars above)."""
    if "$" in low and _CARDANO_NAMED.search(low) is not None and any(
            match.group(1) not in ("ada", "cardano") for match in _ADA_HANDLE.finditer(form)):
        return True
    if "*" in low and "." in low and any(
            match.group(1) not in _NOT_SERVERS and _LETTER.search(match.group()) is not None
            for match in _FEDERATION.finditer(form)):
        return True
    return "0.0." in low and _HEDERA.search(low) is not None


def _spelled_ethereum(low: str) -> bool:
    """Whether `low` holds an Ethereum address in groups after `0x` or in a validator's withdrawal credentials."""
    for match in _ETHEREUM_GROUPS.finditer(low):
        digits = match.group(1).replace(" ", "").replace("\t", "")
        if len(digits) == _ETHEREUM_LENGTH and _an_address(digits):
            return True
    return any(_an_address(match.group(1)) for match in _WITHDRAWAL_CREDENTIALS.finditer(low))


def may_hold_address(form: str) -> bool:
    """Whether `form` holds a run of letters and digits as long as a checksummed address and, in ASCII, what any rule
    of `reason` needs (ADDRESS_CUE): where this is false, reason(form) finds nothing."""
    return _LONG_RUN.search(form) is not None and (not form.isascii() or ADDRESS_CUE.search(form) is not None)


def _checksummed_address(form: str, low: str) -> bool:
    """Whether `form` (`low` its lower case) holds a base58check address of a paying version, XRP's, TRON's split by a
    blank, or a bech32 address, each by its checksum."""
    for match in _BASE58_RUN.finditer(form):
        raw = base58_bytes(match.group())
        if raw[:1] and raw[0] in _PAYING_VERSIONS and _checked(raw):
            return True
    if "r" in form and any(_checked(base58_bytes(match.group(), _XRP_VALUE)) for match in _XRP.finditer(form)):
        return True
    if "T" in form and any(_base58check(match.group(1) + match.group(2), _TRON_VERSION)
                           for match in _TRON_SPLIT.finditer(form)):
        return True
    if "1" in low:
        for match in _BECH32_ANY.finditer(low):
            written = form[match.start():match.end()]
            if (written.islower() or written.isupper()) and _bech32_checked(match.group(1), match.group(2)):
                return True
    # (the networks whose checksum is their own: SS58, Stellar's, TON's, Tezos', cashaddr; closer 184)
    # (chain_checksums.CUE first, inline: a value holding no run as long as theirs reads nothing of that module)
    return len(form) >= chain_checksums.SHORTEST and (
        chain_checksums.CUE.search(form) is not None
        or not form.isascii() and chain_checksums.CUE.search(low) is not None) and chain_checksums.holds_address(form)


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
        # (no label's mark: a naming service's noun and a blank alone; closer 184)
        return ("sns" in low or "near" in low or "domain" in low) and any(
            _LETTER.search(match.group(1)) is not None for match in _NAMED_NAME.finditer(low))
    # (a name of three characters or more holding a letter; before `.x` not a version's, `v2.x`, `node18.x`)
    return any(len(name) >= 3 and _LETTER.search(name) is not None and not (top_level == "x" and name[-1].isdigit())
               for name, top_level in (match.groups() for match in _LABELLED_NAME.finditer(low)))


def _base58_wallet(form: str) -> bool:
    """Whether `form` holds a TRON address whose checksum holds, or a Solana key after a chain's, an app's or a wallet's
    label."""
    if "T" in form and any(_base58check(match.group(), _TRON_VERSION) for match in _TRON.finditer(form)):
        return True
    if any(len(base58_bytes(match.group(1))) == _SOLANA_KEY_BYTES for match in _LABELLED_SOLANA.finditer(form)):
        return True
    return _SOLANA_NAMED.search(form) is not None and any(
        len(base58_bytes(match.group())) == _SOLANA_KEY_BYTES and not _after_a_contract(form.lower(), match.start())
        for match in _BASE58_KEY.finditer(form))


def _legacy_bitcoin(form: str) -> bool:
    """Whether `form` holds a legacy Bitcoin address whose double SHA-256 checksum holds."""
    return any(_base58check(match.group()) for match in _LEGACY_BITCOIN.finditer(form))


def _checked(raw: bytes) -> bool:
    """Whether `raw` is 25 bytes whose last four are the double SHA-256 checksum of the others."""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def _base58check(text: str, version: int = -1) -> bool:
    """Whether base58 `text` spells 25 bytes whose last four are the double SHA-256 checksum of the others (and whose
    first is `version`, when given)."""
    raw = base58_bytes(text)
    return len(raw) == 25 and (version < 0 or raw[0] == version) and hashlib.sha256(
        hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
