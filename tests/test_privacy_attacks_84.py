"""An eighty-fourth outside attack (tests/privacy_attack_cases_84.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): crypto exchanges, wallets and web3
apps (Coinbase, Binance, Kraken, Bitpanda, Bitvavo, Upbit, MetaMask, Ledger, Phantom, OpenSea, Magic Eden,
ENS; issue 16). About 320 ordinary values (products and plans, trading pairs, networks, public chain data, prices and
fees, dates, statuses, guidance pages, people in the news, conferences, NFT collections, ENS's pages, promotions, tax
forms, guidance URLs, in several languages), which must go out whole; and about 160 personal cases putting a
holder's own data in the same leaves (wallet addresses on a dozen networks with their checksums, web3 names, a KYC's
documents and national ids, bank accounts and cards for fiat, tax reports, exchange account ids, a wallet's secrets,
referrals, NFT owners, staking, support greetings, searches, explorer and profile links), each with a made-up marker
(`Vashkellow`, `583946`, or an address of its own); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_84 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # an Ethereum address without its `0x` after a withdrawal's label, or spelled in groups of four
    # (`Binance withdrawal address: 9f1c5839…`, `0x 9f1c 5839 46ab …`)
    "an ethereum address without 0x or in groups": ["wallet hex without 0x @", "wallet hex in groups @"],
    # a Solana address with no wallet's label before it (`Sent 2 SOL to DtKG…`)
    "a solana address unlabelled": ["wallet solana unlabelled @"],
    # an address valid by its own network's checksum: Polkadot's SS58 (`13ex…`), Stellar's (`GDD2…`) and TON's
    # (`UQA8…`) CRC16, Bitcoin Cash's cashaddr (`bitcoincash:qre7…`), Tezos' base58check under its three-byte prefix
    # (`tz1f…`), each after its network's name
    "an address by another network's checksum": ["wallet polkadot @", "wallet stellar @", "wallet ton @",
                                                 "wallet tezos @", "wallet bitcoin cash @"],
    # an address inside a validator's withdrawal credentials (`0x01`, eleven zero bytes, then the address)
    "an address in withdrawal credentials": ["staking withdrawal credentials @"],
    # another chain's name than ENS's: `….sol`, `….near`, an ADA handle `$…`, a Stellar federation address
    # `…*lobstr.co`, a Hedera account `0.0.5839461`
    "a web3 name of another chain": ["name solana name @", "name near account @", "name ada handle @",
                                     "name stellar federation @", "name hedera account @"],
    # a wallet's secrets: a BIP39 phrase with its checksum after `Secret Recovery Phrase:` or
    # `Wiederherstellungsphrase:`, bare, numbered or under `mnemonic`; a WIF key labelled or not (`Private key (WIF):
    # L1Lx…`); a hex private key after `export private key`; an xpub or a zpub; a passphrase after its label
    "a wallet's secret": ["secret recovery phrase @", "secret phrase unlabelled @", "secret phrase numbered @",
                          "secret wiederherstellungsphrase @", "secret wif @", "secret wif unlabelled @",
                          "secret hex private key @", "secret xpub @", "secret zpub @", "secret passphrase @",
                          "keyed mnemonic key @"],
    # an authenticator's otpauth URI as the page's URL, its account and its secret
    # (`otpauth://totp/Kraken:…?secret=JBSWY3DPEHPK3PXP&issuer=Kraken`)
    "an otpauth uri": ["link otpauth @"],
    # an exchange account's own id after its label or under its key: a destination tag, a deposit's memo, a user's
    # UUID, a sub-account, an anti-phishing code, a Korean member number (`Destination Tag: 5839461`, `XLM deposit
    # memo …`, `업비트 회원번호 …`, `{"destinationTag": "5839461"}`)
    "an exchange account's id": ["account coinbase user @", "account destination tag @", "account memo @",
                                 "account sub-account @", "account anti-phishing @", "account upbit member @",
                                 "keyed destination tag key @"],
    # a bank deposit's reference code, the account holder's own (`SEPA reference CBAEUR583946QX`,
    # `Verwendungszweck: KRAKEN-58394671`)
    "a deposit's reference code": ["fiat deposit reference @", "fiat verwendungszweck @"],
    # a bank transfer's payee or payer: a Japanese transfer's account and holder (`振込先：… 普通 5839461 ヴァシュケロウ
    # テオドリン`), a deposit's sender in capitals (`SEPA deposit from VASHKELLOW TEODRIN – 500,00 EUR`)
    "a transfer's payee or payer": ["fiat japanese bank @", "fiat sender @"],
    # a name after a person's label, key or honorific: Korean and Japanese labels (`실명 인증:`, `出品者：`,
    # `{"口座名義": …}`), Korean's `님`, Polish `Panie` after a greeting, `Name of individual:`, the keys
    # `właściciel_konta` and `wallet_owner`
    "a name after a label, a key or an honorific": ["kyc korean name @", "nft shuppinsha @", "keyed japanese key @",
                                                    "support nim @", "support panie @", "tax w-8ben @",
                                                    "keyed polish holder @", "keyed wallet owner @"],
    # a document made out to its holder: a tax form or a statement after a dash, `issued to` or `für` (`Form 8949
    # (2025) – …`, `Form 1099-DA issued to …`, `Staking-Bestätigung für …`, `確定申告 2025 暗号資産 …`), a tax
    # report's or a KYC upload's file named after its holder (`Koinly_Tax_Report_2025_<Given>_<Family>.pdf`,
    # `selfie_<Given>_<Family>_2026-01-14.jpg`, `passport_<family>_front.png`)
    "a document made out to its holder": ["tax form 8949 @", "tax 1099-da @", "tax japanese return @",
                                          "tax koinly report @", "tax cointracker export @",
                                          "tax blockpit report @", "kyc selfie @", "kyc passport scan @",
                                          "staking statement @", "staking bestaetigung @"],
    # a referral's code or link, the referrer's own (`referral code VASHKELLOW20`, `Referral ID: …`, `/join/…`,
    # `?ref=…`, `?referral=…`, `{'referrer': …}`)
    "a referral's code or link": ["referral code with the name @", "referral referral id @", "link coinbase join @",
                                  "link binance ref @", "link kraken referral @", "keyed referrer dict @"],
    # a profile's user name as a marketplace's only path segment or after `Owned by` (`https://opensea.io/…`)
    "a marketplace's profile name": ["link opensea user @", "nft owned by @"],
    # a KYC applicant's id in a verification dashboard's route (`#/applicant/<id>/basicInfo`)
    "a kyc applicant's id": ["link sumsub applicant @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a referrer, a buyer, a minter, a device's or a Ledger's owner after a phrase (`Invited by …`, `Parrainé par
    # …`, `Empfohlen von …`, `Sold to …`, `Minted by …`, `Ledger Nano X de …`, `…'s iPhone`), a name opening an
    # NFT's title, a full name in lower case in a search or a report's slug
    "names with no label or salutation": ["account device name @", "referral invited by @",
                                          "referral parraine par @", "referral empfohlen von @", "nft sold to @",
                                          "nft minted by @", "nft portrait @", "staking ledger of @",
                                          "search name and exchange @", "search name and tax report @",
                                          "link tax report slug @"],
    # a quest's X and Discord handles, a referral leaderboard's user name, in a product's id
    "a site's user name with no label in an id": ["referral quest handles @", "referral leaderboard @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a public contract's or a famous address, told from a holder's by nothing (Tether's and BAYC's contracts,
    # Bitcoin's genesis address, Etherscan's page of a token)
    "a public contract or address": [
        f"chain data: {value} @ {where}" for value in (
            "Tether USD contract 0xdAC17F958D2ee523a2206206994597C13D831ec7",
            "BAYC contract 0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
            "Genesis address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") for where in ("page title", "custom property")] + [
        f"urls: https://etherscan.io/token/0xdac17f958d2ee523a2206206994597c13d831ec7 @ {where}"
        for where in ("page url", "referrer")],
    # a company or an asset after a person's label word (`Owner: Yuga Labs`, `Name: Wrapped Bitcoin`)
    "a company or an asset after a person's label": [
        f"collections: {value} @ {where}" for value in ("Owner: Yuga Labs", "Name: Wrapped Bitcoin")
        for where in ("product name", "custom property")],
}


globals().update(attack_tests(globals(), "eighty-fourth", cases=(155, 160), family_count=(15, 15),
                              ordinary=(310, 320)))
