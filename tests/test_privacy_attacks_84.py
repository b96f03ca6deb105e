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
    # (closer 184 closed the addresses, the web3 names, the wallet's secrets, the otpauth link, the exchange's codes,
    # the deposit's references, the transfers' parties, the referral codes and links but a bare referrer's handle,
    # OpenSea's profile, the applicant's route, and most names and documents; what it left, and why:)
    # a name after a label in a script without case: Korean's real-name verification holds its state as often (`실명
    # 인증: 완료`), a Japanese seller's label a shop's katakana name (`出品者：ショップ`)
    "a name after a label, a key or an honorific": ["kyc korean name @", "nft shuppinsha @"],
    # a document made out to its holder where no case tells the name: a file's name in lower case (`passport_<family>_
    # front.png`, `blockpit_steuerreport_<family>_<given>.pdf`), a family name alone after a form's number
    # (`CoinTracker-8949-<Family>-2025.csv`), a katakana name after a Japanese return's words
    "a document made out to its holder": ["tax japanese return @", "tax cointracker export @", "tax blockpit report @",
                                          "kyc passport scan @"],
    # a bare referrer's key holding a handle (`{'referrer': '<handle>'}`): the referring site's name as often
    # (`referrer=google`)
    "a referral's code or link": ["keyed referrer dict @"],
    # a marketplace's user name in lower case after `Owned by`, no label (as `Sold to …`, `Minted by …`)
    "a marketplace's profile name": ["nft owned by @"],
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
    # a famous address, told from a holder's by nothing (Bitcoin's genesis address: closer 184 let a contract's address
    # out after a contract's word or a token's page, `… contract 0x…`, `/token/0x…`, and left a list of famous
    # addresses alone)
    "a public contract or address": [
        f"chain data: Genesis address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa @ {where}"
        for where in ("page title", "custom property")],
}


globals().update(attack_tests(globals(), "eighty-fourth", cases=(155, 160), family_count=(15, 15),
                              ordinary=(310, 320)))
