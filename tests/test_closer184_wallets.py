"""Closer 184: attack 84 (crypto exchanges, wallets, web3), a wallet's secrets and its addresses, claimed by rule.

- wallet_secrets.reason: a BIP39 recovery phrase (12 to 24 words of bip39_words.WORDS, apart by blanks or a list's
  marks, maybe numbered, whose checksum holds), a WIF private key (base58check of 0x80 and a 32-byte key), an extended
  key (`xpub…`, `zpub…`: base58check of 78 bytes), 64 hex digits after a private key's label by language
  (wallet_secrets.PRIVATE_KEY_LABELS); a transaction's hash anywhere else goes out.
- chain_checksums.holds_address: Polkadot's SS58, Stellar's and TON's CRC16, Tezos' implicit accounts, Bitcoin
  Cash's cashaddr, each by its checksum (a Tezos contract's `KT1…` goes out).
- ledgers.ADDRESS_WORDS, ledgers._ETHEREUM_GROUPS, ledgers._WITHDRAWAL_CREDENTIALS: an Ethereum address's 40 hex digits
  without `0x` after an address's label, in groups after `0x`, in a validator's withdrawal credentials; a commit's
  SHA-1 goes out. ledgers.CONTRACT_WORDS: an address right after a contract's word or a token's page goes out.
- ledgers._SOLANA_NAMED: a 32-byte base58 key in a value naming Solana or its coin.
- ledgers._NAMED_NAME, ledgers._ADA_HANDLE, ledgers._FEDERATION, ledgers._HEDERA: other chains' names (`SNS domain
  ….sol`, `NEAR account ….near`, an ADA Handle `$…` after a sending word, a Stellar federation address `…*host.tld`,
  a Hedera account `0.0.…` after Hedera's name).
- privacy._AUTHENTICATOR_SCHEMES, credentials._OTPAUTH: an authenticator's enrolment link, as a URL and in text.
- labelled_values._past_aside: a bracketed aside between a label and its colon is read past (`Passphrase (25th
  word): …`).
"""

from __future__ import annotations

import hashlib

import pytest

from meta_capi import bip39_words, chain_checksums, detector, privacy, wallet_secrets

PHRASE_12 = "draw crucial slide door vintage awake sword dolphin crane erupt nuclear inflict"
PHRASE_15 = "merit diesel paddle tank fit issue garlic decade nothing world glass income magnet vanish craft"
PHRASE_24 = ("rubber urge effort charge mass bike owner leisure breeze twist tenant error soccer hundred rather "
             "indicate distance garbage wreck magnet style later bird caution")
WIF = "L5ivHMDqkTAH5pA7Qpex3uMCTCDGd3nNqRZSoMGsMT9fb8j3LEdQ"
WIF_UNCOMPRESSED = "5KPtTVoVAametkxBnNejJ4HwvUZ99pbBXpBxKUJwhzwdywFwK4F"
XPUB = ("xpub6CKY2eLKyjtgKiBVhfXSPsR5bLk8zwu79dhL1d34CwNKmWxU3hkBDmygtZEwidFWVtVuYaaJRAg8PxQBMmjCMEevQdTMgGyxm"
        "YtzHbRB4RB")
ZPUB = ("zpub6qg53HTuiXizW8w8qugFs5EYvZoUaMdiB47cgdC2Xa7hmHvdgQeFZyJW24gMW83ULirh4FSuxkFnNc3P4QY8pi98EwEMTB77h"
        "p9qdJAnUEY")
HEX_KEY = "e4b119e01c756993cd9a3cbd78c0e9d4c8fa96c54015a65946dd44f9b4a3f628"

SECRETS = [
    f"Secret Recovery Phrase: {PHRASE_12}", PHRASE_12, PHRASE_15, f"Wiederherstellungsphrase: {PHRASE_24}",
    " ".join(f"{number}. {word}" for number, word in enumerate(PHRASE_24.split(), 1)),
    '["' + '", "'.join(PHRASE_12.split()) + '"]', f'{{"mnemonic": "{PHRASE_12}"}}', PHRASE_12.upper(),
    f"Private key (WIF): {WIF}", f"import {WIF_UNCOMPRESSED}", f"Ledger xpub {XPUB}", f"Import via zpub {ZPUB}",
    f"Export private key {HEX_KEY}", f"Clé privée : 0x{HEX_KEY}", f"秘密鍵：{HEX_KEY}", f"Klucz prywatny {HEX_KEY}",
    "Passphrase (25th word): Quenby1987!", "Password (optional): hunter2quenby",
]
NOT_SECRETS = [
    "Never share your Secret Recovery Phrase", "What is a 12-word seed phrase?", "BIP39",
    # (twelve of the list's words whose checksum fails; a sentence holding `the`, `and`, `your` is none)
    "draw crucial slide door vintage awake sword dolphin crane erupt nuclear door",
    "Keep your recovery phrase offline and never type it into a website or an app",
    "Tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
    f"Transaction hash {HEX_KEY}", f"SHA-256: {HEX_KEY}", "Public key export guide", "Ledger Nano X – xpub explained",
    "Password (min. 8 characters): at least one digit", "Size (EU): 42", "Colour (main): Blue",
]

ADDRESSES = [
    "Polkadot (DOT) deposit address 15CjGwTuo8XTww3LpqvyrzrCFfwUf4XJpQ1QdZWYosnTRccp",
    "5GGS8cCqwMFzWQ2psCsyir23Q3wpxkyAjuGvUGXCFnkwF1cB",
    "Stellar: GBHH2P7RVMX6CUA2BJT3KOHA4XEET4JTET7X4MQM2WZFXOH3YJL7JTK7",
    "TON wallet UQDsiBYi1Cuj2X2J08SEEAMTTn1wVsyzQhhV5IwKTJiptIYs", "tz1NEQsPqdHbmHa9HBQv6qGbTv2cRPLcLpP8",
    "BCH payout → bitcoincash:qq3s80yh3ajenqv5p8zmmxtt9ux4ufc5yvaff6m60q", "qq3s80yh3ajenqv5p8zmmxtt9ux4ufc5yvaff6m60q",
    "Withdrawal address: 507ee521f0ecc07b29a2bc182ab37e5b5838fee9",
    "Adresse de retrait (ERC20) : 507ee521f0ecc07b29a2bc182ab37e5b5838fee9",
    "Check it: 0x 507e e521 f0ec c07b 29a2 bc18 2ab3 7e5b 5838 fee9",
    "Withdrawal credentials: 0x010000000000000000000000507ee521f0ecc07b29a2bc182ab37e5b5838fee9",
    "Sent 3 SOL to 8VKgAghfNLMxNb4hHaCZeTUiPHESTeDyTguSQPczvdQd",
    "Solana payout 8VKgAghfNLMxNb4hHaCZeTUiPHESTeDyTguSQPczvdQd",
    "Send to 0x507ee521f0ecc07b29a2bc182ab37e5b5838fee9",
]
NOT_ADDRESSES = [
    # (a checksum off by one letter; a contract's; a commit's; a token's public mint after its word)
    "15CjGwTuo8XTww3LpqvyrzrCFfwUf4XJpQ1QdZWYosnTRccq", "GBHH2P7RVMX6CUA2BJT3KOHA4XEET4JTET7X4MQM2WZFXOH3YJL7JTKA",
    "KT1Rn1zhXycgS6gFWKQGgpKDrpG6byz685SZ", "Commit 507ee521f0ecc07b29a2bc182ab37e5b5838fee9",
    "Tether USD contract 0xdAC17F958D2ee523a2206206994597C13D831ec7",
    "Token: 0x507ee521f0ecc07b29a2bc182ab37e5b5838fee9",
    "USDC token EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v on Solana", "Solana (SPL)", "SOL-PERP",
    "Polkadot (DOT) staking: 14 % APY", "Stellar Lumens (XLM)", "Toncoin on Telegram", "Bitcoin Cash (BCH)",
    "Block 840,000", "Validator index 482113", "Chain ID 8453",
]

NAMES = [
    "SNS domain orlaquenby.sol", "NEAR account orla-quenby.near", "orla-quenby.near", "NEAR: orlaq.near",
    "Send ADA to $orlaquenby", "Federation address orlaquenby*lobstr.co", "Hedera account 0.0.4817263",
    "HBAR wallet: 0.0.4817263",
]
NOT_NAMES = [
    "SNS domains explained", "Contract ERC20.sol", "Shops near me", "ADA price: $0.45", "Send ADA to $20",
    "report*final.pdf", "Hedera token 0.0.456858", "Version 0.0.123", "NEAR Protocol", ".sol domains",
]

URLS = [
    ("otpauth://totp/Kraken:orlaquenby?secret=JBSWY3DPEHPK3PXP&issuer=Kraken", None),
    ("https://etherscan.io/token/0xdac17f958d2ee523a2206206994597c13d831ec7",
     "https://etherscan.io/token/0xdac17f958d2ee523a2206206994597c13d831ec7"),
    ("https://etherscan.io/address/0x507ee521f0ecc07b29a2bc182ab37e5b5838fee9", "https://etherscan.io/"),
    ("https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
     "https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"),
]


def test_the_word_list_is_bip39s_english_list() -> None:
    text = "\n".join(bip39_words.WORDS) + "\n"
    assert hashlib.sha256(text.encode()).hexdigest() == (
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda")
    assert len({word[:4] for word in bip39_words.WORDS}) == 2048


@pytest.mark.parametrize("text", SECRETS)
def test_a_wallets_phrase_or_key_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", [PHRASE_12, f"import {WIF}", f"zpub {ZPUB}"])
def test_a_wallets_phrase_or_key_is_refused_in_an_id(text: str) -> None:
    assert wallet_secrets.reason(text) == wallet_secrets.WALLET_SECRET
    assert detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_a_phrases_guidance_a_hash_or_an_asides_state_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ADDRESSES)
def test_an_address_by_its_networks_checksum_or_layout_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ADDRESSES[:7])
def test_another_networks_address_holds_its_checksum(text: str) -> None:
    assert chain_checksums.holds_address(text)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_a_contract_a_wrong_checksum_a_commit_or_a_networks_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", NAMES)
def test_another_chains_name_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_NAMES)
def test_a_chains_word_a_price_a_file_or_a_version_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("url", "cleaned"), URLS)
def test_an_authenticators_link_is_not_sent_and_a_tokens_page_goes_out(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned


def test_an_authenticators_link_in_text_is_a_secret() -> None:
    assert detector.reason("Scan: otpauth://totp/Shop:orlaq?secret=JBSWY3DPEHPK3PXP&issuer=Shop") != ""
    assert detector.reason("What is otpauth://totp?") == ""
