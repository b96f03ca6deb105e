"""The eighty-fourth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: crypto exchanges, wallets and web3 apps (Coinbase, Binance, Kraken, Bitpanda,
Bitvavo, Upbit, WazirX, MetaMask, Ledger, Phantom, OpenSea, Magic Eden, ENS and other chains' names) and what their
users do there: KYC flows, deposits and withdrawals to addresses and bank accounts, tax reports, staking, NFT
marketplaces, airdrops, referral programmes, support tickets.

About 160 personal cases put a holder's own data in the leaves the README maps, across settings (rotated through the
thirty-sixth attack's places): a wallet's address on a dozen networks, each with its own checksum (EIP-55, ICAP,
base58check, bech32 and bech32m, cashaddr, SS58, Stellar's and TON's CRC16), with and without a label, spaced,
uppercased, in a payment URI; a web3 name (ENS, Base, cb.id, Unstoppable, SNS, Lens, NEAR, an ADA handle, a Stellar
federation address, a Hedera account, a Nostr key, an LNURL); a KYC's identity document (a passport's MRZ, national
ids with their check digits in ten countries), a selfie's or a scan's file name; a bank account for fiat (IBANs, a
card, a PIX key, a UPI id, a deposit's reference code) and its holder; a tax report's file and the holder's tax
number; an exchange's account ids (UID, a destination tag, a memo, a sub-account); a wallet's secrets (a BIP39 phrase
with its checksum, a WIF key, an xpub, an exchange's API key); a referral's code and link; an NFT's owner, buyer and
offerer; a staking statement; a support ticket's greeting in six languages; an explorer's, a profile's or a claim
page's link; the same data under keys of their own in six languages, base64'd or encoded twice. Each carries the
made-up holder `Teodrin Vashkellow` (the family name is the marker, `ヴァシュケロウ`, `바슈켈로` in Japanese and
Korean), the marker `583946` inside its id, or an address whose own characters are the marker (it is made from hashed
seeds), so a leak is found anywhere in the request. About 320 ordinary values (products and plans, trading pairs,
networks and standards, public chain data, prices and fees, dates, statuses, guidance pages, people in the news,
conferences and offices, NFT collections and their traits, ENS's own pages, promotions, tax forms, guidance URLs, in
several languages) must go out whole.
"""

from __future__ import annotations

import base64
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Teodrin", "Vashkellow", "583946"
FULL = f"{GIVEN} {FAMILY}"
HANDLE = FAMILY.lower()
KANA, HANGUL = "ヴァシュケロウ", "바슈켈로"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "84")


# Addresses, each valid by its network's own rule (computed from seeds; the Ethereum ones hold the marker in their
# hex, the others are the marker themselves).
ETH_CHECKSUMMED = "0x4b2E583946C0a7F19d3e2b8A6C4D1f0E7B9a3C5D"  # EIP-55: Keccak-256 of the lower-case hex
ETH_LOWER = "0x9f1c583946ab02de7c3b5f4a8e1d6c9b0a2f7e3d"
ETH_AIRDROP = "0xd07a3E5839465B9C2f14E8A6b3d0c7f1E9A24B6D"  # EIP-55
ETH_OPENSEA = "0x2C9E58394671f0Ad3b6e8c5a4F2d9b1E0C7a3F85"  # EIP-55
ICAP = "XE808S5G7SBZUACQXHLUBYFW2FBC1OT3LGD"  # ETH_CHECKSUMMED in base 36, IBAN's mod-97 check
WITHDRAWAL_CREDENTIALS = "0x010000000000000000000000" + ETH_LOWER[2:]  # a validator's 0x01 credentials
BTC_P2PKH = "1HiJUbb8jG9Dtg8UvsFHVuKAW9S7QmUDtN"  # base58check, version 0
BTC_P2SH = "3FK4YD1VzZgBfh3m6Ja8ScE4SoKvAnBgyw"  # base58check, version 5
BTC_BECH32 = "bc1q22vwh6369n0g2zcch9h6v4c0hw8gyjrr08z7h0"  # bech32, witness v0
BTC_TAPROOT = "bc1p8ag4kyq45dl7844mhasy64nsc4ar2ujr6sd8vvltatmg5mn27l6sl3pcps"  # bech32m, witness v1
LTC_BECH32 = "ltc1qet65z0lr29ncaq2xxf32lkr4nc926e49kkw0s9"
DOGE = "DLjzacbQr7VfMNKAWb99VRRPmYHCZWb9Kn"  # base58check, version 0x1e
XRP = "rKmkDb6T8ohz4UHpYAS5v2ZWjBe7fn7NJv"  # base58check in Ripple's alphabet
TRON = "TYqgqVG5VWSEju4hDfMR45STAZsZwc3Zw4"  # base58check, version 0x41
SOLANA = "DtKGg2ddWcSULjWgS3MkUbbFCpd9r7ptrsWrkqhmZcmr"  # base58 of 32 bytes, no check
BCH = "bitcoincash:qre7rvsv5xpfzfalkax5lax0av6s0kyvxsj2wwlcwv"  # cashaddr's 40-bit BCH check
COSMOS = "cosmos12pnm5vnse88q37zs5z9fk83mzceuysl7k4x5ea"
CARDANO = ("addr1qxyskey4s3f3ru4h3tfd6cgxyzjtsedhv3d08zx3szrtehlkpf9y5q7gq2jc274q3wygxev3h2aq6lmy52ugyv9jvmsqdw5h"
           "qg")
POLKADOT = "13exMAYAh89gNKKB9jgvmKFt3GWEKG3Wt4hFCvQjgMGio6v3"  # SS58: Blake2b-512 of "SS58PRE", prefix 0, key
STELLAR = "GDD2TWDM6VKZV2GUFRFBGR4ULSJS5ZOF6NYUBTSTXWMKDPHNOJZQT3TP"  # base32, CRC16-XModem
TON = "UQA8bnZssDBjJla9z43ECRl00aZlyWJfedLvO1erqqmPRL9e"  # base64url, non-bounceable, CRC16-XModem
TEZOS = "tz1fWJ217dFHyYXagATkxNHPjvYfmaLdkJ6L"
NPUB = "npub1xuljp2xgch2gf75dafrfw7awwrfmkvsj5zhy26jd76tpu4uartvswcym4g"
LNURL = "LNURL1DP68GURN8GHJ7EM9W3SKCCNE9E3K7MF09EMK2MRV944KUMMHDCHKCMN4WFK8QTMKV9EKS6M9D3KX7ACEQ9EXJ"  # a pay URL's
XPUB = ("xpub6D674VxdqkJdmKmp4Mf7Ym9eutsjvPRUNZYxdXFk84MT3cwvZcQ5uPTJPJApoKPZYVMxmtkbggr1kdxTR4i2x5nm8TSj9eDkEvXgT"
        "1X2Ar4")
ZPUB = ("zpub6rkdfqJU97PbTvA3j5EMxwLfFqAdodQUCnbQCK3Wt57D9paP4vjD9WmaRi5zo8hQMmbaGqwic1Z7XDBarTY4YZ9xs8qaKTrinNeyEA"
        "etMRm")
WIF = "L1LxrUhbb4pUcbtGzxPT8ScX9rgrrAzuKbactPKvAjavpX9gjWTQ"  # compressed key, base58check
PRIVATE_HEX = "7e583946eb3102a6cb586765d01fad324523ec0bc67b9efd6a2d9589c135adfe"
SEED_12 = "umbrella urge dice call obvious crime file gorilla educate turkey upper tornado"  # BIP39's SHA-256 bits
SEED_24 = ("immune salon prefer pumpkin bitter foam void stem actor zebra release test give uniform salt unlock "
           "talent joke appear can dial high virus come")

# Identity documents and tax numbers, each with its check digits.
PASSPORT = "558394617"
MRZ = f"P<GBRVASHKELLOW<<TEODRIN{'<' * 20}\n{PASSPORT}2GBR8803148M3109225{'<' * 14}04"  # ICAO 9303's 7-3-1 checks
AUSWEIS = "LZ65839461"  # a German ID card's serial, its 7-3-1 check
TCKN = "25839461716"
PESEL = "88031458315"
STEUER_ID = "55839460216"  # one digit twice among the first ten, ISO 7064 MOD 11,10
CODICE_FISCALE = "VSHTRN88C14F205U"
DNI = "55839467K"
NIE = "Y5839462Y"
AADHAAR = "4758 3946 2916"  # Verhoeff
CPF = "583.946.214-49"
RRN = "880314-1583948"
MY_NUMBER = "4158 3946 2072"
BSN = "583946008"  # eleven-test
TFN = "583 946 001"
NUMERO_FISCAL = "15 83 946 207 018"  # the first ten digits mod 511
PERSONNUMMER = "19880314-5831"
NINO = "JV 58 39 46 C"
PAN = "AKQPV5839L"  # its fifth letter the family name's initial
IBAN_DE = "DE63 3704 0044 0583 9462 01"
IBAN_AT = "AT15 2011 1858 3946 4201"
IBAN_LT = "LT83 3250 0695 8394 6317"
IBAN_FR = "FR76 2004 1010 0505 8394 6120 162"  # its RIB key too
IBAN_NL = "NL81 BUNQ 2058 3946 73"
IBAN_PL = "PL56109010140000071258394617"
CARD = "4583 9462 1073 0819"  # Luhn
CARD_MC = "5358 3946 1047 2197"
UUID = "5f3e5839-46ab-4c2d-9e1f-7a0b3c4d5e6f"


def _compact(text: str) -> str:
    return text.replace(" ", "")


# A referral's state as a sign-up page carries it, base64url without padding.
_STATE = base64.urlsafe_b64encode(f'{{"ref":"{HANDLE}","uid":"{MARK}127"}}'.encode()).decode().rstrip("=")


# A wallet's address on its network, labelled or not, as an exchange's withdrawal, a wallet's send or an address
# book shows it.
WALLETS: Dict[str, Tuple[str, Any]] = {
    "ethereum withdrawal": (f"Withdraw 0.85 ETH to {ETH_CHECKSUMMED} (Ethereum – ERC20)", [ETH_CHECKSUMMED, MARK]),
    "hex without 0x": (f"Binance withdrawal address: {ETH_LOWER[2:]}", [MARK]),
    "hex in capitals": (f"ADRESSE DE RETRAIT 0X{ETH_LOWER[2:].upper()}", [MARK]),
    "hex in groups": ("Withdrawal address (check it twice): 0x " + " ".join(
        ETH_LOWER[i:i + 4] for i in range(2, 42, 4)), [MARK, "5839 46ab"]),
    "icap": (f"Empfängeradresse (ICAP): {ICAP}", [ICAP]),
    "bitcoin legacy": (f"Auszahlung 0,015 BTC an {BTC_P2PKH} – Bitpanda", [BTC_P2PKH]),
    "bech32 whitelist": (f"Address whitelist – Ledger BTC: {BTC_BECH32}", [BTC_BECH32]),
    "taproot in capitals": (f"BITCOIN:{BTC_TAPROOT.upper()}", [BTC_TAPROOT]),
    "xrp with its tag": (f"XRP withdrawal to {XRP}, destination tag 5839461", [XRP, "5839461"]),
    "tron": (f"USDT çekim adresi (TRC20): {TRON}", [TRON]),
    "solana unlabelled": (f"Sent 2 SOL to {SOLANA}", [SOLANA]),
    "solana after a wallet": (f"Solana-Adresse meines Phantom: {SOLANA}", [SOLANA]),
    "cardano": (f"Cardano staking rewards paid to {CARDANO}", [CARDANO]),
    "cosmos": (f"Keplr – ATOM deposit {COSMOS}", [COSMOS]),
    "polkadot": (f"Polkadot (DOT) deposit address {POLKADOT}", [POLKADOT]),
    "stellar": (f"Stellar Lumens: {STELLAR}", [STELLAR]),
    "ton": (f"Кошелёк TON в Telegram: {TON}", [TON]),
    "tezos": (f"Adresse Tezos de réception : {TEZOS}", [TEZOS]),
    "bitcoin cash": (f"BCH payout → {BCH}", [BCH.split(":")[1]]),
    "address book with a name": (f"Adresboek: 'Ledger van {GIVEN}' {BTC_BECH32}", [BTC_BECH32, GIVEN]),
}

# Names in web3: ENS and the other chains' names, handles and public keys, as a wallet or a profile shows them.
NAMES: Dict[str, Tuple[str, Any]] = {
    "ens primary": (f"Primary ENS name: {HANDLE}.eth", [f"{HANDLE}.eth"]),
    "ens subdomain": (f"Send to {GIVEN.lower()}.{HANDLE}.eth", [HANDLE]),
    "ens full width": ("ENS名：ｖａｓｈｋｅｌｌｏｗ．ｅｔｈ を登録しました", ["ｖａｓｈｋｅｌｌｏｗ", HANDLE]),
    "base name": (f"Basename claimed: {HANDLE}.base.eth", [HANDLE]),
    "coinbase username": (f"Coinbase Wallet username: {HANDLE}.cb.id", [HANDLE]),
    "unstoppable domain": (f"Mon domaine Unstoppable : {HANDLE}.crypto", [HANDLE]),
    "solana name": (f"SNS domain {GIVEN.lower()}{HANDLE}.sol", [HANDLE]),
    "lens handle": (f"Lens: @{HANDLE}.lens", [HANDLE]),
    "near account": (f"NEAR account {GIVEN.lower()}-{HANDLE}.near", [HANDLE]),
    "ada handle": (f"Send ADA to ${HANDLE}", [HANDLE]),
    "stellar federation": (f"Federation address {HANDLE}*lobstr.co", [HANDLE]),
    "hedera account": ("Hedera account 0.0.5839461", ["5839461"]),
    "nostr key": (f"Nostr: {NPUB}", [NPUB]),
    "lnurl": (f"LNURL-pay: {LNURL}", [LNURL]),
}

# A KYC's identity documents and what the verification names.
KYC: Dict[str, Tuple[str, Any]] = {
    "passport number": (f"Passport number: {PASSPORT}", [PASSPORT]),
    "mrz": (MRZ, [PASSPORT, FAMILY]),
    "personalausweis": (f"Ausweis-Seriennummer {AUSWEIS} – Video-Ident", [AUSWEIS]),
    "name and birth": (f"KYC Level 2: {FULL}, born 14/03/1988", [FAMILY]),
    "codice fiscale": (f"Verifica identità – codice fiscale {CODICE_FISCALE}", [CODICE_FISCALE]),
    "dni": (f"DNI {DNI} – verificación pendiente", [DNI]),
    "tc kimlik": (f"Kimlik doğrulama başarısız: {TCKN}", [TCKN]),
    "aadhaar": (f"Aadhaar {AADHAAR} linked to WazirX", [_compact(AADHAAR)]),
    "pan": (f"PAN card {PAN} – KYC submitted", [PAN]),
    "cpf": (f"Verificação de identidade {CPF}", [CPF, "58394621449"]),
    "rrn": (f"주민등록번호 {RRN}", [RRN, "8803141583948"]),
    "my number": (f"マイナンバー：{MY_NUMBER}", [_compact(MY_NUMBER)]),
    "japanese name": (f"氏名：{KANA} テオドリン　生年月日：1988年3月14日", [KANA]),
    "korean name": (f"실명 인증: {HANGUL} 테오드린", [HANGUL]),
    "proof of address": (f"Proof of address – {FULL}, 27 Tilvaress Road, Leeds LS6 2QT", [FAMILY, "Tilvaress"]),
}
KYC_FILES: Dict[str, Tuple[str, Any]] = {
    "selfie": (f"selfie_{GIVEN}_{FAMILY}_2026-01-14.jpg", [FAMILY]),
    "passport scan": (f"passport_{HANDLE}_front.png", [HANDLE]),
    "utility bill": (f"Rechnung_Stadtwerke_{FAMILY}_Dez2025.pdf", [FAMILY]),
}

# Fiat in and out: a bank account, a card, a payment handle, a deposit's reference, their holder.
FIAT: Dict[str, Tuple[str, Any]] = {
    "iban de": (f"Auszahlung auf IBAN {IBAN_DE}", [_compact(IBAN_DE), MARK]),
    "iban fr with holder": (f"RIB : {IBAN_FR} – titulaire M. {FULL}", [_compact(IBAN_FR), FAMILY]),
    "iban pl": (f"Wypłata na rachunek {IBAN_PL[2:]}", [MARK]),
    "card": (f"Binance Card {CARD}", [_compact(CARD)]),
    "card half masked": (f"Visa {_compact(CARD_MC)[:12]}****", [MARK]),
    "account holder": (f"Account holder: {FULL}", [FAMILY]),
    "travel rule": (f"Travel Rule – beneficiary: {FULL} (Kraken)", [FAMILY]),
    "deposit reference": (f"SEPA reference CBAEUR{MARK}QX", [MARK]),
    "verwendungszweck": (f"Verwendungszweck: KRAKEN-{MARK}71", [MARK]),
    "sender": (f"SEPA deposit from {FAMILY.upper()} {GIVEN.upper()} – 500,00 EUR", [FAMILY]),
    "pix cpf": (f"Chave PIX: {CPF}", ["58394621449", CPF]),
    "upi": (f"UPI ID: {GIVEN.lower()}.{HANDLE}@okhdfcbank", [HANDLE]),
    "japanese bank": (f"振込先：三菱UFJ銀行 渋谷支店 普通 5839461 {KANA} テオドリン", ["5839461", KANA]),
}

# A tax report: its file, its title, the holder's tax number.
TAX: Dict[str, Tuple[str, Any]] = {
    "form 8949": (f"Form 8949 (2025) – {FULL}", [FAMILY]),
    "1099-da": (f"Form 1099-DA issued to {FULL}", [FAMILY]),
    "steuer-id": (f"Steuer-ID {STEUER_ID} – Anlage SO Kryptowährungen", [STEUER_ID]),
    "steuer-id unlabelled": (f"Bitpanda Steuerreport 2025 {STEUER_ID}", [STEUER_ID]),
    "numero fiscal": (f"Formulaire 2086 – numéro fiscal {NUMERO_FISCAL}", [_compact(NUMERO_FISCAL)]),
    "nino": (f"HMRC crypto gains – NI {NINO}", [_compact(NINO)]),
    "japanese return": (f"確定申告 2025 暗号資産 {KANA} テオドリン", [KANA]),
    "w-8ben": (f"W-8BEN – Name of individual: {FULL}", [FAMILY]),
}
TAX_FILES: Dict[str, Tuple[str, Any]] = {
    "koinly report": (f"Koinly_Tax_Report_2025_{GIVEN}_{FAMILY}.pdf", [FAMILY]),
    "cointracker export": (f"CoinTracker-8949-{FAMILY}-2025.csv", [FAMILY]),
    "blockpit report": (f"blockpit_steuerreport_{HANDLE}_{GIVEN.lower()}.pdf", [HANDLE]),
}

# An exchange account's own ids and sign-in.
ACCOUNTS: Dict[str, Tuple[str, Any]] = {
    "binance uid": (f"Binance UID: {MARK}127", [MARK]),
    "coinbase user": (f"Coinbase user {UUID}", [MARK]),
    "destination tag": ("Destination Tag: 5839461", ["5839461"]),
    "memo": (f"XLM deposit memo {MARK}127", [MARK]),
    "sub-account": (f"Sub-account: {HANDLE}_trading", [HANDLE]),
    "login": (f"Login: {GIVEN.lower()}.{HANDLE}", [HANDLE]),
    "anti-phishing": (f"Anti-Phishing-Code: {FAMILY}58", [FAMILY]),
    "upbit member": (f"업비트 회원번호 {MARK}127", [MARK]),
    "device name": (f"New sign-in: {GIVEN}'s iPhone 15 Pro", [GIVEN]),
}

# A wallet's secrets and an exchange's API keys.
SECRETS: Dict[str, Tuple[str, Any]] = {
    "recovery phrase": (f"Secret Recovery Phrase: {SEED_12}", [SEED_12]),
    "phrase unlabelled": (SEED_12, [SEED_12]),
    "phrase numbered": (" ".join(f"{i}. {word}" for i, word in enumerate(SEED_24.split(), 1)),
                        ["1. immune 2. salon 3. prefer"]),
    "wiederherstellungsphrase": (f"Wiederherstellungsphrase: {SEED_24}", [SEED_24]),
    "wif": (f"Private key (WIF): {WIF}", [WIF]),
    "wif unlabelled": (f"import {WIF}", [WIF]),
    "hex private key": (f"MetaMask – export private key {PRIVATE_HEX}", [PRIVATE_HEX]),
    "xpub": (f"Ledger Live xpub {XPUB}", [XPUB]),
    "zpub": (f"Import via zpub {ZPUB}", [ZPUB]),
    "binance api key": (f"API Key: Xk7pQ2{MARK}vRmT9sLwYb3NcA8eHu1ZjGf4Kd6PqW0yBx5iOtEn2aSlMhVrCg7U", [MARK]),
    "passphrase": (f"Passphrase (25th word): {FAMILY}1988!", [FAMILY]),
}

# A referral's code and who invited whom; an airdrop's claimant; a quest's handles.
REFERRALS: Dict[str, Tuple[str, Any]] = {
    "code with the name": (f"Use my referral code {FAMILY.upper()}20 and get $20 in BTC", [FAMILY]),
    "referral id": (f"Referral ID: {MARK}127", [MARK]),
    "invited by": (f"Invited by {FULL}", [FAMILY]),
    "parraine par": (f"Parrainé par {FULL} – 10 € offerts", [FAMILY]),
    "empfohlen von": (f"Empfohlen von {FULL} – 10 € Bonus", [FAMILY]),
    "airdrop claimant": (f"Airdrop claimed by {HANDLE}.eth: 1,250 ARB", [HANDLE]),
    "quest handles": (f"Follow @{HANDLE} on X and join Discord {HANDLE}#5839", [HANDLE]),
    "leaderboard": (f"#3 {HANDLE} – 42 referrals", [HANDLE]),
}

# An NFT's owner, buyer, offerer or maker.
NFTS: Dict[str, Tuple[str, Any]] = {
    "offer from an ens": (f"Offer of 0.45 WETH from {HANDLE}.eth", [HANDLE]),
    "sold to": (f"Sold to {FULL} for 1.2 ETH", [FAMILY]),
    "minted by": (f"Minted by {FULL}", [FAMILY]),
    "owned by": (f"Owned by {HANDLE}", [HANDLE]),
    "shuppinsha": (f"出品者：{KANA}", [KANA]),
    "portrait": (f"{FAMILY} Family Portrait #1 (1/1)", [FAMILY]),
    "transfer": (f"Transferred from @{HANDLE} to {ETH_OPENSEA}", [HANDLE, MARK]),
}

# Staking and hardware wallets: a validator's credentials, a statement, a device named for its owner, an order.
STAKING: Dict[str, Tuple[str, Any]] = {
    "withdrawal credentials": (f"Withdrawal credentials: {WITHDRAWAL_CREDENTIALS}", [MARK]),
    "statement": (f"Staking rewards statement 2025 – {FULL}", [FAMILY]),
    "ledger of": (f"Ledger Nano X de {FULL}", [FAMILY]),
    "bestaetigung": (f"Staking-Bestätigung für {FULL} – 32 ETH", [FAMILY]),
    "ledger order": (f"Ledger order #LDG-{MARK}1 shipped to {FULL}", [FAMILY, MARK]),
    "ship to": (f"Ship to: {FULL}, 12 Tilvaress Road, Leeds LS6 2QT", [FAMILY, "Tilvaress"]),
}

# A support ticket's or a notification's greeting and reference.
SUPPORT: Dict[str, Tuple[str, Any]] = {
    "case reference": (f"Case #{MARK}12 – {FULL} – withdrawal pending", [FAMILY, MARK]),
    "hi given": (f"Hi {GIVEN}, your withdrawal of 0.5 BTC has been processed", [GIVEN]),
    "visitor chat": (f"{FULL} (Visitor): where is my USDT?", [FAMILY]),
    "bonjour monsieur": (f"Bonjour M. {FAMILY}, votre vérification est terminée", [FAMILY]),
    "sama": (f"{KANA}様 出金が完了しました", [KANA]),
    "nim": (f"{HANGUL}님, 출금이 완료되었습니다", [HANGUL]),
    "sayin": (f"Sayın {FULL}, çekim talebiniz onaylandı", [FAMILY]),
    "panie": (f"Dzień dobry Panie {FAMILY}, wypłata została zrealizowana", [FAMILY]),
}

# What a holder types into an exchange's or an explorer's search box.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "name and exchange": (f"{GIVEN.lower()} {HANDLE} binance", [HANDLE]),
    "ens": (f"{HANDLE}.eth", [HANDLE]),
    "address": (ETH_LOWER, [MARK]),
    "iban in lower case": (f"withdraw to {IBAN_DE.lower()}", [MARK]),
    "name and tax report": (f"koinly {GIVEN.lower()} {HANDLE} 2025", [HANDLE]),
}

# Links: an explorer's, a profile's, a claim's or a referral's page, a payment URI.
LINKS: Dict[str, Tuple[str, Any]] = {
    "etherscan": (f"https://etherscan.io/address/{ETH_LOWER}#tokentxns", [MARK]),
    "tronscan": (f"https://tronscan.org/#/address/{TRON}/transfers", [TRON]),
    "opensea user": (f"https://opensea.io/{FAMILY}", [FAMILY]),
    "opensea address": (f"https://opensea.io/{ETH_OPENSEA}/collected", [MARK]),
    "ens app": (f"https://app.ens.domains/{HANDLE}.eth?tab=records", [HANDLE]),
    "coinbase join": (f"https://coinbase.com/join/{HANDLE[:6]}_{MARK[:2]}", [f"{HANDLE[:6]}_{MARK[:2]}"]),
    "binance ref": (f"https://accounts.binance.com/register?ref={MARK}127", [MARK]),
    "kraken referral": (f"https://www.kraken.com/sign-up?referral={HANDLE}-{MARK}", [MARK]),
    "bip21 label": (f"bitcoin:{BTC_P2PKH}?amount=0.01&label={quote(FULL)}&message=Miete", [BTC_P2PKH, FAMILY]),
    "eip-681": (f"ethereum:{ETH_CHECKSUMMED}@1?value=2.5e17", [MARK]),
    "airdrop checker": (f"https://claim.example-airdrop.xyz/check?address={ETH_AIRDROP}&utm_source=x", [MARK]),
    "sumsub applicant": (f"https://cockpit.sumsub.com/checkus#/applicant/65f1c2a9{MARK}e0b7d4c1aa/basicInfo",
                         [MARK]),
    "tax report slug": (f"https://app.koinly.io/p/reports/2025/{GIVEN.lower()}-{HANDLE}/capital-gains", [HANDLE]),
    "magic eden": (f"https://magiceden.io/u/{HANDLE}?tab=listings", [HANDLE]),
    "otpauth": (f"otpauth://totp/Kraken:{HANDLE}?secret=JBSWY3DPEHPK3PXP&issuer=Kraken", [HANDLE]),
}


# A holder's data under keys of their own, in several languages (a form body, a JSON record, a Python dict), as an
# exchange's or a wallet's page puts them in a property.
KEYED: Dict[str, Tuple[str, Any]] = {
    "german kyc form": (f"kyc_vorname={GIVEN}&kyc_nachname={FAMILY}&stufe=2", [FAMILY]),
    "wallet owner": (f'{{"wallet_owner": "{FAMILY}", "chain": "ethereum"}}', [FAMILY]),
    "destination tag key": ('{"destinationTag": "5839461", "network": "XRP"}', ["5839461"]),
    "spanish holder": (f"titular_cuenta={GIVEN}+{FAMILY}&moneda=EUR", [FAMILY]),
    "italian holder": (f'{{"nomeIntestatario": "{FULL}", "valuta": "EUR"}}', [FAMILY]),
    "polish holder": (f"właściciel_konta={quote(FULL)}&waluta=PLN", [FAMILY]),
    "mnemonic key": (f'{{"mnemonic": "{SEED_12}", "path": "m/44\'/60\'/0\'/0/0"}}', [SEED_12]),
    "referrer dict": (f"{{'referrer': '{HANDLE}', 'campaign': 'spring'}}", [HANDLE]),
    "applicant record": (f'{{"kyc": {{"applicantId": "65f1c2a9{MARK}e0b7d4c1aa", "reviewStatus": "completed"}}}}',
                         [MARK]),
    "japanese key": (f'{{"口座名義": "{KANA} テオドリン", "通貨": "JPY"}}', [KANA]),
    "turkish holder": (f"hesap_sahibi={quote(FULL)}&para_birimi=TRY", [FAMILY]),
}

# The same data encoded as a page's state or a mail's markup carries it.
ENCODED: Dict[str, Tuple[str, Any]] = {
    "base64 state": (f"state={_STATE}", [_STATE]),
    "twice percent-encoded": (quote(quote(f"Account holder: {FULL}", safe=""), safe=""), [FAMILY]),
    "html entities": (f"Kontoinhaber: {GIVEN} Vas&#104;kellow", [FAMILY]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("wallet", WALLETS, TEXT_PLACES, 1, 0, put=_put)
    found += rotated("name", NAMES, TEXT_PLACES, 1, 7, put=_put)
    found += rotated("kyc", KYC, TEXT_PLACES, 1, 10, put=_put)
    found += rotated("kyc", KYC_FILES, FILE_PLACES, 1, 0, put=_put)
    found += rotated("fiat", FIAT, TEXT_PLACES, 1, 12, put=_put)
    found += rotated("tax", TAX, TEXT_PLACES, 1, 27, put=_put)
    found += rotated("tax", TAX_FILES, FILE_PLACES, 1, 6, put=_put)
    found += rotated("account", ACCOUNTS, TEXT_PLACES, 1, 3, put=_put)
    found += rotated("secret", SECRETS, TEXT_PLACES, 1, 27, put=_put)
    found += rotated("referral", REFERRALS, TEXT_PLACES, 1, 31, put=_put)
    found += rotated("nft", NFTS, TEXT_PLACES, 1, 9, put=_put)
    found += rotated("staking", STAKING, TEXT_PLACES, 1, 17, put=_put)
    found += rotated("support", SUPPORT, TEXT_PLACES, 1, 27, put=_put)
    found += rotated("search", SEARCHES, ["search string", "standard search string", "page search field"], 1, 0,
                     put=_put)
    found += rotated("link", LINKS, URL_PLACES, 1, 1, put=_put)
    found += rotated("keyed", KEYED, TEXT_PLACES, 1, 11, put=_put)
    found += rotated("encoded", ENCODED, TEXT_PLACES, 1, 0, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "products": ["Coinbase One", "Binance Simple Earn", "Kraken Pro", "Bitpanda Sparplan", "Bitpanda Card",
                 "Ledger Nano X", "Ledger Stax", "Ledger Flex – Graphite", "Trezor Safe 5", "MetaMask Portfolio",
                 "Coinbase Wallet", "Crypto.com Visa Card – Ruby Steel", "OpenSea Pro", "Uniswap v4",
                 "Lido Staked ETH (stETH)", "Rocket Pool rETH", "Phantom Wallet", "Binance Launchpool",
                 "Bitvavo Staking", "Kraken Krak App"],
    "pairs": ["BTC/EUR", "ETH/USDT", "SOL-PERP", "BTCUSDT Perpetual", "USDC on Base", "Wrapped Ether (WETH)",
              "Shiba Inu (SHIB)", "XRP/JPY", "PEPE/TRY"],
    "networks": ["ERC-20", "TRC20", "BEP20 (BNB Smart Chain)", "Solana (SPL)", "Arbitrum One", "Lightning Network",
                 "Chain ID 8453", "ERC-1155", "BIP39", "Taproot (BIP341)"],
    "chain data": ["Tether USD contract 0xdAC17F958D2ee523a2206206994597C13D831ec7",
                   "BAYC contract 0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
                   "Genesis address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                   "Tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
                   "Pizza day tx a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d",
                   "Block 840,000", "Block #21,458,302", "Validator index 482113"],
    "prices": ["1 BTC = 97,412.55 USD", "0,0025 BTC", "Network fee: 0.00012 BTC", "Withdrawal fee 1 USDT (TRC20)",
               "APY 3.2 %", "Gas: 23 gwei", "Maker 0.16% / Taker 0.26%", "¥14,850,000", "₺3.412.850,00"],
    "dates": ["Snapshot: 12 Feb 2026, 00:00 UTC", "Unlock date: 2026-03-15", "Epoch 312", "Next halving: April 2028",
              "Claim window closes 31.03.2026", "Clôture des inscriptions le 15/02/2026",
              "Fecha de liquidación: 20/01/2026", "2026年3月31日まで"],
    "statuses": ["Pending", "Completed", "Awaiting confirmations (2/6)", "Under review", "Identity verified",
                 "KYC Level 2", "Withdrawal suspended", "Ausstehend", "En attente de validation", "İşlem tamamlandı",
                 "処理中", "W trakcie weryfikacji"],
    "guidance": ["How to withdraw crypto to an external wallet", "What is a destination tag or memo?",
                 "Wie verifiziere ich meine Identität?", "Comment déclarer mes cryptos aux impôts ?",
                 "Cómo depositar euros por SEPA", "Come funziona lo staking",
                 "Never share your Secret Recovery Phrase", "Travel Rule: what information we need",
                 "DAC8: reporting of crypto-asset transactions", "Hoe koppel ik mijn Ledger aan Bitvavo?",
                 "Jak wypłacić środki na konto bankowe", "Kripto para nasıl çekilir?", "本人確認の方法",
                 "Lost access to your 2FA?"],
    "people": ["Brian Armstrong on Coinbase's fourth quarter", "Changpeng Zhao steps down as Binance CEO",
               "Richard Teng named Binance CEO", "Sam Bankman-Fried sentenced to 25 years",
               "Vitalik Buterin on Ethereum's roadmap", "Michael Saylor: Strategy buys more bitcoin",
               "Do Kwon extradited to the United States", "Bitpanda-Gründer Eric Demuth im Interview",
               "Satoshi Nakamoto's white paper (2008)", "Hal Finney received the first bitcoin transaction",
               "Jesse Powell: Kraken co-founder"],
    "places": ["Consensus 2026, Toronto", "ETHDenver 2026", "Devcon 7 Bangkok", "Token2049 Singapore",
               "Bitcoin 2026 Las Vegas", "Bitpanda Headquarters Vienna", "Kraken, San Francisco",
               "Crypto Valley Zug", "Lugano Plan ₿", "Binance office in Paris"],
    "collections": ["Bored Ape Yacht Club #8817", "CryptoPunk #7804", "Pudgy Penguins #6873", "Azuki #9605",
                    "Chromie Squiggle #1780 by Snowfro", "Nouns #1", "Beeple – Everydays: The First 5000 Days",
                    "Owner: Yuga Labs", "Creator: Larva Labs", "Artist: Tyler Hobbs", "Name: Wrapped Bitcoin",
                    "Background: Blue"],
    "ens": [".eth renewal: 5 USD per year", "3-character names: 640 USD/year", "Register a .eth name",
            "Primary name", "Base Names", "Name Wrapper", "Unstoppable Domains .crypto"],
    "promotions": ["WELCOME50", "Referral bonus: $10 in BTC", "Invite friends, earn 20% commission",
                   "Code promo : BIENVENUE2026", "Promo-Code: KRYPTO10", "Affiliate Programme – Tier 2",
                   "Arbitrum ARB airdrop: check eligibility"],
    "tax forms": ["Form 1099-DA", "Form 8949", "Anlage SO 2025", "Formulaire 2086", "Modelo 721", "Quadro RW",
                  "Koinly Pro – 279 €", "CoinTracker Prime", "Box 3: crypto op 1 januari"],
    "urls": ["https://www.coinbase.com/learn/crypto-basics/what-is-a-crypto-wallet",
             "https://www.binance.com/en/support/faq/how-to-withdraw-crypto-from-binance",
             "https://opensea.io/collection/boredapeyachtclub",
             "https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
             "https://etherscan.io/token/0xdac17f958d2ee523a2206206994597c13d831ec7",
             "https://app.uniswap.org/swap?chain=base&inputCurrency=ETH",
             "https://www.ledger.com/ledger-live", "https://metamask.io/download/",
             "https://www.bitpanda.com/de/preise",
             "https://mempool.space/tx/a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d",
             "https://koinly.io/de/guides/krypto-steuer-deutschland/",
             "https://www.kraken.com/de/features/staking-coins"],
}
_TWO = ["page title", "custom property"]
ORDINARY_PLACES: Dict[str, List[str]] = {
    "products": ["product name", "page title"],
    "pairs": ["product name", "search string"],
    "networks": ["custom property", "content category"],
    "chain data": _TWO,
    "prices": ["custom property", "product variant"],
    "dates": _TWO,
    "statuses": ["status", "custom property"],
    "guidance": _TWO,
    "people": _TWO,
    "places": ["page title", "content name"],
    "collections": ["product name", "custom property"],
    "ens": _TWO,
    "promotions": ["custom property", "content name"],
    "tax forms": ["product name", "page title"],
    "urls": ["page url", "referrer"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
