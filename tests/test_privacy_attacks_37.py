"""A thirty-seventh outside attack (tests/privacy_attack_cases_37.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): the world's platforms and their vocabularies.
Mailboxes at the mail providers of every region (whole, without their top-level domain, after a word placing the
provider in many languages, with the local words for `@`, in local scripts, relay and disposable aliases); accounts
and profile links on the networks and messengers of every region; payment identifiers of every region (UPI, Pix,
Swish, Vipps, Bizum, MB WAY, GCash, M-Pesa, Revolut, Wise, PayPal, Venmo, Cash App, ENS ...); keys naming such
accounts; in every leaf the README maps and under each data-minimisation setting, and the Err strings of refusals;
the same platforms' ordinary vocabulary as shops write it must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_37 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # `네이버에서 drovenzka88 으로 메일 주세요`: a local part between a provider's name with its particle and the rest
    # of a Korean sentence; the pair is no clause of its own, and reading any word after a local part as its end would
    # read a product's line (`Gmail api_key setup guide`)
    "a mailbox placed at its provider by a word of another language or a declined name": [
        "mail Korean naver eseo @ custom event name"],
    # `Keybase: quarnesvel`: a network's label before a word of letters alone (closer 50: the labels of every region's
    # networks are read; an account there holds an id's mark, `Keybase: quarnesvel_88`, a word of letters alone after a
    # network's label being a product's or an offer's as often, `Patreon: exclusive`, `GitHub: Copilot`)
    "an account after a network's label in a local script or of a network the tables miss": [
        "handle Keybase @"],
    # `payid`: Australia's PayID as a key (closer 50: the networks' and apps' keys are read; `payid` names PayPal's
    # payment id as often, a label before its code, `PAYID-M12345`, and stays ordinary)
    "a key naming an account the lexicon misses": [
        "key payid:"],
    # `?line=quarnesvel_88`: Line's name as a key alone (closer 50: `?ok=`, `?bsky=`, `?ens=`, `?yandex=`, `?naver=` are
    # read as a network's key; `line` names a product line as often, `?line=spring_2024`, and stays ordinary)
    "a platform's short name as a key the lexicon misses, holding an account": [
        "key line holding an account:"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `drovenzka.lis@mailbox`, `@fastmail`, `@hey`, `@nate`, `@zoho`: small providers without their top-level domain
    "a provider not among the large ones (nor a UPI handle) without its top-level domain (`jo@mailbox`)": [
        "mail no TLD nate @", "mail no TLD mailbox @ standard contents title", "mail no TLD zoho @",
        "mail no TLD fastmail @ custom property", "mail dot-atom at hey no TLD @"],
    # `quarnesvel#2739`, `u/quarnesvel_88`, `$yzmorvelt88` with no network's label nor link
    "an id alone (`minjun_kim88`) is a code as often": [
        "handle Discord tag alone @", "handle Reddit u slash alone @ event id", "pay cashtag alone @"],
    # `?bizum=612739258`: a Spanish mobile of nine digits, the whole value under a payment app's key
    "a mobile of nine digits is read only after a word of free text": [
        "key bizum holding an account:"],
}


# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # `Instagram: @boutique.example`, `https://t.me/boutique_example_de`: the shop's own accounts
    "accepted by the README: a shop's own account after its label is left out with a visitor's": [
        f"shop accounts: {value} @ {where}" for value in [
            "Instagram: @boutique.example", "Telegram: @boutique_example_de", "https://vk.com/boutique_example",
            "https://t.me/boutique_example_de"]
        for where in ["custom property", "page title", "product name", "search string"]],
}


globals().update(attack_tests(globals(), "thirty-seventh", cases=(600, 900),
                              families=["err", "handle", "key", "mail", "pay"], ordinary=(250, 320)))
