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

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_37 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # `drovenzka.lis@mailru`, `@bigpond`, `@docomo`: a country's largest mailbox providers, their top-level domain left
    # off or glued on, which the tables of large providers miss
    "a mailbox at a country's large provider without its top-level domain": [
        "mail no TLD mailru @", "mail no TLD btinternet @ standard contents title", "mail no TLD bigpond @",
        "mail no TLD docomo @", "mail no TLD ezweb @", "mail no TLD freemail @"],
    # `write to drovenzka.lis on rambler.ru`, `пишите drovenzka.lis в яндексе`, `drovenzka.lis su libero.it`,
    # `drovenzka.lis على جيميل`: a word placing the provider in another language, or the provider's name declined
    "a mailbox placed at its provider by a word of another language or a declined name": [
        "mail on rambler @", "mail on yandex without TLD @", "mail Russian v yandex @", "mail Russian na mail ru @",
        "mail Korean naver eseo @ custom event name", "mail Italian su libero @", "mail Spanish en terra @",
        "mail Dutch op ziggo @ referrer path under dropped query", "mail Czech na seznamu @",
        "mail Arabic gmail word @"],
    # `Яндекс Почта: drovenzka.lis`, `网易邮箱：drovenzka88`, `WP label`, `drovenzka.lis | mail.ru`: a provider's name
    # labelling a local part, in a local script or missing from the table of webmail services
    "a mailbox after its provider's name as a label, in a local script or a provider the table misses": [
        "mail Cyrillic provider label @", "mail Mail ru label Cyrillic @", "mail Korean naver mail label @",
        "mail Korean daum label @", "mail Chinese netease label @", "mail Chinese QQ mail label @",
        "mail Chinese sina label @", "mail Japanese docomo label @", "mail WP label @",
        "mail Laposte label @ custom event name", "mail Rediff label @ standard order id", "mail Yahoo Japan label @",
        "mail BT label @", "mail in brackets yandex @ event id", "mail bar mail ru @",
        "mail provider first slash @ url raw path"],
    # `ВК: quarnesvel_88`, `微信: quarnesvel_88`, `Keybase: quarnesvel`, `Инстаграм: quarnesvel_88`: a network's or a
    # messenger's label in a local script, or a network the tables miss, before its account
    "an account after a network's label in a local script or of a network the tables miss": [
        "handle VK label Cyrillic @", "handle VKontakte at @", "handle OK label @", "handle Telegram slang @",
        "handle LINE Japanese @ standard order id", "handle KakaoTalk Latin @ event id", "handle WeChat Chinese @",
        "handle QQ number @ order id", "handle Weibo at @", "handle Douyin id @", "handle Xiaohongshu id @",
        "handle Bilibili Chinese @", "handle Snap add @", "handle Kick @ custom event name", "handle Reddit u slash @",
        "handle Keybase @", "handle Farcaster @", "handle Lens handle @", "handle GitHub @", "handle GitLab @",
        "handle Behance @ custom event name", "handle Dribbble @", "handle OnlyFans @", "handle Patreon @",
        "handle Substack @", "handle Medium at @", "handle Xing @", "handle Skype live cid @",
        "handle Instagram Cyrillic @", "handle Instagram Arabic @", "handle Facebook Korean @"],
    # `@quarnesvel.bsky.social`, `@quarnesvel:matrix.org`, `did:plc:quarnesvel7zk2q4xw`, `npub1quarnesvel…`: an
    # account in its network's own grammar, the network named in the value itself
    "an account in a decentralised network's own grammar (Bluesky, Matrix, DID, Nostr)": [
        "handle Bluesky at @", "handle Bluesky DID @", "handle Matrix id @", "handle Matrix label @",
        "handle Nostr npub @"],
    # `vk.com/quarnesvel_88`, `threema.id/QRNV3L8X`, `github.com/quarnesvel-88`, `zoom.us/my/quarnesvel`: a profile link
    # on a network or a creator's site the tables miss
    "a profile link on a network the tables miss": [
        "handle link vk profile @", "handle link signal.me username @", "handle link threema.id @",
        "handle link weixin scheme @ standard search string", "handle link weibo name @",
        "handle link bilibili space @", "handle link douyin user @", "handle link xiaohongshu profile @",
        "handle link twitch @", "handle link kick @", "handle link discord user @", "handle link reddit user @",
        "handle link reddit u @", "handle link mastodon profile @",
        "handle link mastodon other instance @ standard search string", "handle link bluesky profile @",
        "handle link bluesky did profile @", "handle link matrix.to @", "handle link nostr njump @",
        "handle link keybase @", "handle link warpcast @", "handle link hey.xyz lens @ page url",
        "handle link github @", "handle link gitlab @", "handle link behance @", "handle link dribbble @",
        "handle link bio.link @", "handle link beacons @ standard search string", "handle link onlyfans @",
        "handle link substack @", "handle link medium at @", "handle link calendly @", "handle link xing profile @",
        "handle link linkedin pub @", "handle link zoom personal room @", "handle link fb.me @", "handle link ig.me @",
        "handle link telegram web @"],
    # `https://www.instagram.com/quarnesvel_88/` as the page's URL under `meta_url_query = drop`, `t.me/quarnesvel_88`
    # as a content id: a profile link the README reads, in one leaf it is missed in
    "a profile link the README reads, missed as a page's URL or an id": [
        "handle link vk id @ page url under dropped query", "handle link t.me @ content ids",
        "handle link telegram.me @ order id", "handle link tiktok at @ page url",
        "handle link patreon @ page url under dropped query", "handle link linkedin in @ page url",
        "handle link instagram @ page url under dropped query", "pay link revolut.me @ content ids",
        "pay link venmo u @ page url", "pay link buymeacoffee @ order id"],
    # `Revtag: @yzmorvelt88`, `Vipps: 412 73 925`, `PayNow: 9273 9258`, `iDEAL betaalverzoek t.n.v. L. Yzmorvelt`,
    # `微信支付: yzmorvelt88`: a payment app's account after its label
    "a payment account after its app's label": [
        "pay Vipps @", "pay iDEAL payee name @", "pay Revolut at @", "pay Revtag @", "pay Wisetag @",
        "pay PayPal me words @ order id", "pay Alipay account @ custom event name", "pay WeChat Pay id @",
        "pay PayNow @"],
    # `yzmorvelt.eth`, `send ETH to yzmorvelt.eth`, `0x27392581aB4c…`, `bc1q27392581…`: a wallet's name or address
    "crypto names and wallet addresses": [
        "pay ENS name @", "pay ENS send @", "pay base name @", "pay SNS name @", "pay Unstoppable name @",
        "pay Ethereum address @", "pay Bitcoin bech32 address @", "pay link ethereum ens @"],
    # `paypal.me/yzmorvelt88/12.50`, `cash.app/$yzmorvelt88/12`, `wise.com/pay/me/yzmorvelt88`,
    # `venmo.com/yzmorvelt-88`: a payment link naming its payee, an amount after the name or a site the tables miss
    "a payment link naming its payee": [
        "pay link wise pay me @", "pay link paypal.me @", "pay link venmo old @", "pay link cash.app @",
        "pay link monzo.me @", "pay link lydia collect @", "pay link tikkie named @", "pay link ko-fi tip @"],
    # `ok_ru_id`, `xhs_id`, `mastodon_acct`, `nostr_npub`, `revtag`, `payid`, `ens_name`, `naver_id`: keys naming an
    # account on a network, a payment app or a mail provider the lexicon misses
    "a key naming an account the lexicon misses": [
        "key ok_ru_id:", "key xhs_id:", "key mastodon_acct:", "key nostr_npub:", "key farcaster_fid:",
        "key github_login:", "key zoom_pmi:", "key revtag:", "key alipay_account:", "key payid:", "key ens_name:",
        "key naver_id:", "key mailru_login:"],
    # `?ok=quarnesvel_88`, `?line=quarnesvel_88`, `?bsky=quarnesvel.bsky.social`, `?ens=yzmorvelt.eth`,
    # `?yandex=drovenzka.lis`: a platform's short name as a key, holding an account of that platform
    "a platform's short name as a key the lexicon misses, holding an account": [
        "key ok holding an account:", "key line holding an account:", "key bsky holding an account:",
        "key ens holding an account:", "key yandex holding an account:", "key naver holding an account:"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `drovenzka.lis@mailbox`, `@fastmail`, `@hey`, `@nate`, `@zoho`: small providers without their top-level domain
    "a provider not among the large ones (nor a UPI handle) without its top-level domain (`jo@mailbox`)": [
        "mail no TLD nate @", "mail no TLD mailbox @ standard contents title", "mail no TLD zoho @",
        "mail no TLD fastmail @ custom property", "mail dot-atom at hey no TLD @"],
    # `IG: quarnesvel_88 dm me`
    "an account followed by words, `IG: jo.smith dm me`, is not claimed": [
        "handle account followed by words @"],
    # `quarnesvel#2739`, `u/quarnesvel_88`, `$yzmorvelt88` with no network's label nor link
    "an id alone (`minjun_kim88`) is a code as often": [
        "handle Discord tag alone @", "handle Reddit u slash alone @", "pay cashtag alone @"],
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


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-seventh", NOT_CLAIMED))
def test_no_thirty_seventh_attack_platform_account_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_seventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 600 <= len(names) <= 900
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "handle", "key", "mail", "pay"]
    assert 250 <= len(ORDINARY) <= 320


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-seventh"))
def test_ordinary_data_of_the_thirty_seventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
