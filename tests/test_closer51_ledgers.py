"""Variants of the thirty-seventh attack's payment and decentralised-account leaks (closer51), by the rules that close
them: wallets' addresses and names and decentralised networks' ids by their own grammars, payment requests' links
(ledgers.py), payment apps' labels and links (handles.py), a payment app's label before a mobile (Vipps, PayNow), and
Dutch `t.n.v.` before a name (named_in_text.py); each with ordinary values of the same words and shapes that must go
out, in free text and in ids."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.handles import PAYMENT_ACCOUNT, SOCIAL_PROFILE
from meta_capi.mails import PERSON_NAME
from meta_capi.privacy import clean_url

ADDRESS = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # (EIP-55's own example)
BECH32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"  # (BIP-173's own example)
LEGACY = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"  # (a base58check address whose checksum holds)


@pytest.mark.parametrize("value", [
    ADDRESS, ADDRESS.lower(), f"send to {ADDRESS} please", f"ethereum:{ADDRESS}@1?value=1e18", BECH32,
    BECH32.upper(), f"bitcoin:{BECH32}?amount=0.01", f"BTC: {LEGACY}", f"bitcoin:{LEGACY}", "jolene.eth",
    "send ETH to jolene.eth", "Tip: pay.jolene.eth", "jolene.base.eth", "@jolene.eth", "ENS name: jolene.eth",
    "ethereum:jolene.eth?value=1e16", "jolene.crypto", "jolene.nft", "jolene.wallet", "Solana: jolene.sol",
    "SNS: jolene.sol", "Wallet: jolene.x", "Unstoppable: jolene.dao",
])
def test_a_wallet_s_address_or_name_is_an_account(value):
    assert detector.reason(value) == PAYMENT_ACCOUNT
    assert detector.reason(value, id_like=True) == PAYMENT_ACCOUNT


@pytest.mark.parametrize("value", [
    "@jolene.bsky.social", "jolene.bsky.social", "follow jolene-m.bsky.social", "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
    "did:web:jolene.example.org", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
    "@jolene:matrix.org", "Matrix: @jolene_m:chat.example.net", "https://matrix.to/#/@jolene:matrix.org",
    "npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6",
    "https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz",
])
def test_an_account_in_a_decentralised_network_s_grammar_is_one(value):
    assert detector.reason(value) == SOCIAL_PROFILE
    assert detector.reason(value, id_like=True) == SOCIAL_PROFILE


@pytest.mark.parametrize("value", [
    # the chains' and the wallets' words in titles
    "ENS domain guide", "Ethereum hoodie", "ETH-HOODIE-L", "Solana phone", "Solana Saga", "Bitcoin T-shirt",
    "Crypto wallet card holder", "Ledger Nano X", "MetaMask fox plush", "Matrix pillow", "Matrix: 4x4 grid",
    "Bluesky cotton tee", "Follow us on bsky.social", "Nostr sticker pack", "BTC-USD 2024-01-01 close 42000",
    "Unstoppable Domains gift card", "Wallet: slim leather", "Crypto: 5% off", "Solana: 1 SOL airdrop poster",
    # hex in a developer shop's titles, SKUs and colours, hashes without `0x`
    "0xFF00FF", "Color 0x1a2b3c", "Sticker 0xC0FFEE", "SKU-0x12-BLK",
    "tx 0x3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b",
    "Commit 9f1c2d3e4b5a69788796a5b4c3d2e1f009182736 release notes",
    "sha1: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12", "build 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    # files and versions whose ending a naming service uses too
    "ERC20.sol template", "contracts/Token.sol", "MyToken.sol", "Solana: v2.x", "Node 18.x LTS", "v2.x migration",
    "Crypto: node18.x", "0x0000000000000000000000000000000000000000", "0xffffffffffffffffffffffffffffffffffffffff",
    "UserDao.java", "com.shop.dao", "window.crypto API guide", "Network: eth0",
    "eth0 and eth1 ports", "javax.crypto.Cipher tutorial",
    # a mention and a time, a style sheet's rule
    "@nike x @adidas: drop 12:00", "Sale @ 12:30.pm", "@import:print.css", "@media screen", "@home: 12 items",
    "did you know: plc rules", "DID: 2024 collection", "npub sticker", "bc1 adapter cable",
    # a legacy address's shape whose checksum fails is a code
    "BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",
])
def test_ordinary_values_with_the_chains_words_and_shapes_go_out(value):
    assert detector.reason(value) == ""
    assert detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize("value", [
    "Revtag: @jolene88", "Wisetag: @jolene88", "PayPal me: jolene88", "Alipay account: jolene88",
    "支付宝账号: jolene88", "支付宝: jolene_88", "微信支付: jolene88",
    "https://wise.com/pay/me/jolene88", "https://lydia-app.com/collect/jolene88",
    "https://tikkie.me/pay/jolene/3f2a1b9c", "https://paypal.me/jolene88/12.50", "https://paypal.me/jolene88/12.50EUR",
    "https://cash.app/$jolene88/12", "https://venmo.com/jolene-88", "https://venmo.com/jolene_m",
])
def test_a_payment_app_s_account_after_its_label_or_in_its_link_is_one(value):
    assert detector.reason(value) == PAYMENT_ACCOUNT


@pytest.mark.parametrize("value", ["https://wise.com/pay/me/jolene88", "https://tikkie.me/pay/jolene/3f2a1b9c"])
def test_a_payment_request_s_link_is_read_in_an_id_too(value):
    assert detector.reason(value, id_like=True) == PAYMENT_ACCOUNT


def test_a_payment_link_with_a_tip_or_an_amount_names_its_payee():
    assert detector.reason("https://ko-fi.com/jolene88/tip") == SOCIAL_PROFILE


@pytest.mark.parametrize("value", [
    "Pay with Revolut", "Revolut: metal card", "Revtag guide", "Wise: multi-currency card", "PayPal me link guide",
    "Alipay and WeChat Pay accepted", "支付宝付款", "微信支付 accepted", "Pay in 3 with PayPal",
    "https://wise.com/pay/business", "https://wise.com/gb/pricing/", "https://venmo.com/card",
    "https://venmo.com/about/", "https://venmo.com/business", "https://paypal.me/", "https://ko-fi.com/explore",
    "https://lydia-app.com/fr/", "https://www.tikkie.me/", "https://boutique.example.de/pay/checkout",
    "https://boutique.example.de/collect/summer-2024",
])
def test_ordinary_payment_words_and_pages_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["Vipps: 412 73 925", "Vipps: 41273925", "PayNow: 9273 9258", "Paynow: 81234567"])
def test_a_mobile_after_a_payment_app_paid_by_phone_is_a_phone(value):
    assert detector.reason(value) == detector.PHONE


@pytest.mark.parametrize("value", [
    "Vipps: 10% rabatt", "Vipps: ordre 41273925", "Scan to pay with PayNow", "PayNow QR 2024", "Vipps 1000 kr",
])
def test_payment_apps_before_other_numbers_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "iDEAL betaalverzoek t.n.v. L. Jansen", "Overboeken t.n.v. J. de Vries", "t.a.v. Dhr. Jan de Vries",
    "Factuur t.a.v. Mevr. Anna Bakker",
])
def test_a_dutch_payee_s_or_addressee_s_name_is_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Overmaken t.n.v. Webshop BV", "Betaling t.n.v. Boutique Example", "t.n.v. Stichting Dierenhulp",
    "T.a.v. de klantenservice", "NV Holding t.n.v. aandeelhouders",
])
def test_a_dutch_payee_that_is_a_business_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("url", [
    f"https://shop.example.com/wallet/{ADDRESS}", "https://etherscan.io/address/jolene.eth",
    "https://app.ens.domains/jolene.eth",
])
def test_a_wallet_in_a_page_s_url_is_left_out(url):
    assert clean_url(url) != url


@pytest.mark.parametrize("url", [
    "https://shop.example.com/products/ethereum-hoodie", "https://shop.example.com/blog/ens-domain-guide",
    "https://github.com/shop/app/commit/9f1c2d3e4b5a69788796a5b4c3d2e1f009182736",
    "https://shop.example.com/tx/0x3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b",
])
def test_ordinary_urls_with_the_chains_words_go_out(url):
    assert clean_url(url) == url
