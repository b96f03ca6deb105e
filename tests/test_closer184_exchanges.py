"""Closer 184: attack 84 (crypto exchanges, wallets, web3), an exchange account's codes, its holder's documents and
names, claimed by rule.

- exchange_accounts.reason (key_lexicon.EXCHANGE_ACCOUNT_CODES, key_lexicon.REFERRAL_CODES,
  exchange_accounts.DEPOSIT_REFERENCES): a destination tag, a deposit's memo, a sub-account (a code holding a digit,
  `_` or `@`), a referral's code or id (a digit, or five capitals), a bank deposit's reference (six digits in a row),
  after their labels; exchange_accounts.judged_by_shape: no name is read after those labels (`Sub-account: Main`). The
  first two tables' words are personal keys (personal_keys._MORE_TOKENS); key_lexicon.ALONE["password"]'s
  anti-phishing code is a secret's label and key.
- labelled_values.MEMBER_WORDS: a member's number in Korean, Japanese and Chinese (`회원번호 …`).
- detector._holders_uuid: a UUID after an account holder's word, in ids too (`Coinbase user <uuid>`).
- referral_links.referral_coded: a referral link's key alone holding a code (`?ref=<digits>`, `?referral=<code>`);
  referral_links.ROUTE_WORDS, person_routes.APPLICANT_WORDS: a referral's code (`/join/<code>`) and a verification's
  applicant (`#/applicant/<id>`) in a route.
- handles._NETWORK_LINK: OpenSea's profiles at its root (`opensea.io/<name>`), not its own pages.
- personal_documents.DOCUMENTS["a tax form or report"], ["an account's statement"], ["a verification's selfie"]:
  documents made out to one holder, in a title or a file's name (maybe after its issuer's word: `Koinly_Tax_Report_
  …`); a possessive is no name (`Bestätigung für Ihre Bestellung`).
- personal_keys._HOLDERS_84: a wallet's or an account's owner's keys (`wallet_owner`, `właściciel_konta`, `口座名義`);
  an individual's name (`Name of individual:`).
- postal._HONORIFIC_WORD: Polish `Panie`; titled_names._KOREAN_OPENING_HONORED: a foreign name of four or five
  syllables before `님` opening a message.
- payees.TRANSFERS: a deposit's word by language (`SEPA deposit from …`); personal_keys.BANK_ACCOUNT_WORDS: a Japanese
  transfer's `普通` before the account's number.
- postal._ORGANIZATIONS' `labs` and postal.PRODUCT_LINE_ENDS' crypto assets: `Owner: Yuga Labs`, `Name: Wrapped
  Bitcoin` go out.
"""

from __future__ import annotations

from typing import Optional

import pytest

from meta_capi import detector, exchange_accounts, privacy

CODES = [
    "Destination Tag: 4817263", "destination tag 4817263", "XLM deposit memo 481726390", "Memo ID: 481726390",
    "Sub-account: orlaq_trading", "Unterkonto: orla@quenby", "Referral ID: 481726390",
    "Use my referral code QUENBY20 and get $20 in BTC", "Code parrainage : ORLAQ2026", "Referral code: QUENBYORLA",
    "SEPA reference CBQEUR481726ZX", "Verwendungszweck: KRAKQ-48172639", "Anti-Phishing-Code: Quenby87",
    "업비트 회원번호 481726390", "会員番号：481726390", "Coinbase user 6a1e4817-26ab-4c2d-9e1f-7a0b3c4d5e6f",
]
NOT_CODES = [
    "What is a destination tag or memo?", "Destination tag required", "Destination tag: Required", "Sub-account: Main",
    "Sub-account: Trading", "Referral code: Optional", "Invite code: Summer", "Referral bonus: $10 in BTC",
    "Invite friends, earn 20% commission", "Promo-Code: KRYPTO10", "Code promo : BIENVENUE2026", "WELCOME50",
    "Verwendungszweck: Rechnung 2026-0012", "Verwendungszweck bitte angeben", "Anti-phishing code: enabled",
    "Set your anti-phishing code", "회원번호 12", "Order 6a1e4817-26ab-4c2d-9e1f-7a0b3c4d5e6f",
    "Memo: gift for mum",
]
CODE_KEYS = ["destinationTag", "destination_tag", "sub_account", "referral_code", "referralCode", "code_parrainage",
             "ref_id", "anti_phishing_code", "wallet_owner", "account_owner", "właściciel_konta", "口座名義",
             "individual_name"]
NOT_CODE_KEYS = ["memo", "referral", "ref", "sub_account_count", "referral_code_used", "owner", "individual_price",
                 "individual_item_name"]

URLS = [
    ("https://accounts.binance.com/register?ref=481726390", "https://accounts.binance.com/register"),
    ("https://www.kraken.com/sign-up?referral=orlaq-481726", "https://www.kraken.com/sign-up"),
    ("https://coinbase.com/join/orlaq_48", "https://coinbase.com/"),
    ("https://shop.example.com/invite/QX48Z7", "https://shop.example.com/"),
    ("https://cockpit.example-kyc.com/checkus#/applicant/65f1c2a9481726e0b7d4c1aa/basicInfo",
     "https://cockpit.example-kyc.com/checkus"),
    ("https://opensea.io/OrlaQuenby", "https://opensea.io/"), ("https://opensea.io/orlaq_88/collected",
                                                              "https://opensea.io/"),
    # (a page's tracking, a channel, a date, a page's word, a section: out whole)
    ("https://www.amazon.de/dp/B0C1234567?ref=sr_1_1", None), ("https://shop.example.com/?ref=producthunt", None),
    ("https://shop.example.com/?referral=newsletter", None), ("https://shop.example.com/?ref=20260114", None),
    ("https://shop.example.com/?referrer=https%3A%2F%2Fgoogle.com%2F", None),
    ("https://shop.example.com/join/premium", None), ("https://shop.example.com/invite/friends", None),
    ("https://shop.example.com/join/step-2", None), ("https://shop.example.com/applicants/new", None),
    ("https://opensea.io/collection/boredapeyachtclub", None), ("https://opensea.io/rankings", None),
    ("https://opensea.io/learn", None),
]

NAMED = [
    "Form 8949 (2025) – Orla Quenby", "Form 1099-DA issued to Orla Quenby", "Tax report 2025 – Orla Quenby",
    "Staking rewards statement 2025 – Orla Quenby", "Staking-Bestätigung für Orla Quenby – 32 ETH",
    "Kontoauszug – Orla Quenby", "Koinly_Tax_Report_2025_Orla_Quenby.pdf", "selfie_Orla_Quenby_2026-01-14.jpg",
    "Acme_Invoice_2025_Orla_Quenby.pdf", "W-8BEN – Name of individual: Orla Quenby",
    "Dzień dobry Panie Kwiatrzak, wypłata została zrealizowana",
    "퀜비올라님, 출금이 완료되었습니다", "SEPA deposit from QUENBY ORLA – 500,00 EUR", "Einzahlung von Orla Quenby",
    "振込先：みずほ銀行 新宿支店 普通 4817263 クエンビ オルラ",
]
NOT_NAMED = [
    "Form 8949", "Form 1099-DA", "Anlage SO 2025", "Formulaire 2086", "Tax report – Koinly Pro",
    "Account statement – Acme Corp", "Tax Return 2025 – Simple Guide", "Bank statement – How To Read It",
    "Kontoauszug – Deutsche Bank", "Bestätigung für Ihre Bestellung 12345", "selfie_Stick_Pro.jpg",
    "Modern_CV_Template_Blue.docx", "Nike_Certificate_Of_Authenticity.pdf", "Dzień dobry, Panie i Panowie",
    "관리자님, 안녕하세요", "고객센터님, 문의드립니다", "SEPA deposit from KRAKEN – 500,00 EUR",
    "Deposit from Bank Account",
    "Deposit to Savings Account", "Deposit from PayPal", "普通車 料金 1234567円", "Owner: Yuga Labs",
    "Creator: Larva Labs", "Name: Wrapped Bitcoin", "Name: Wrapped Ether",
]


@pytest.mark.parametrize("text", CODES)
def test_an_exchange_accounts_code_after_its_label_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", CODES[:12])
def test_an_exchange_accounts_code_is_refused_in_an_id(text: str) -> None:
    assert detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", NOT_CODES)
def test_a_codes_guidance_state_or_a_shops_promotion_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("label", ["Sub-account", "Destination tag", "XLM deposit memo", "Referral code"])
def test_an_account_codes_label_is_judged_by_its_codes_shape(label: str) -> None:
    assert exchange_accounts.judged_by_shape(label)


@pytest.mark.parametrize("key", CODE_KEYS)
def test_an_account_codes_or_an_owners_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", NOT_CODE_KEYS)
def test_a_note_a_count_a_flag_or_a_products_key_is_not(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize(("url", "cleaned"), URLS)
def test_a_referrers_code_an_applicant_or_a_profile_in_a_url_is_left_out(url: str, cleaned: Optional[str]) -> None:
    assert privacy.clean_url(url) == (url if cleaned is None else cleaned)


@pytest.mark.parametrize("text", NAMED)
def test_a_holders_name_on_a_document_after_a_label_or_an_honorific_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ['{"wallet_owner": "Quenby", "chain": "ethereum"}',
                                  "właściciel_konta=Orla%20Quenby&waluta=PLN", '{"口座名義": "クエンビ オルラ"}'])
def test_an_owners_key_in_object_text_is_refused(text: str) -> None:
    assert privacy.embedded_reason(text) != ""


@pytest.mark.parametrize("text", NOT_NAMED)
def test_a_forms_number_a_business_a_greeting_to_all_or_an_asset_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
