"""The thirty-seventh outside attack's cases, written from the README's promises (sections "Personal data: one budget
in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's text only, without reading
the gate's code nor the earlier attacks' cases: the world's platforms and their vocabularies. Rules that judge a value
by a platform's vocabulary (social networks, their reserved paths and tools' words, webmail providers, payment apps)
are pressed with what such lists miss, everywhere in the world: mail providers of every region, their domains and
aliases, written whole, without their top-level domain, after a word placing them (`on`, `at`, `chez`, `bei`, `в`,
`에서`), in local scripts, with the local words for `@`, and relay and disposable aliases; handles and profile links
on the networks and messengers of every region; payment identifiers of every region (UPI addresses, Pix keys, the
phone numbers of Swish, Vipps, Bizum, MB WAY, GCash, M-Pesa ..., tags and links of Revolut, Wise, PayPal, Venmo,
Cash App, ENS names); keys naming such accounts; in every leaf the README maps and under each data-minimisation
setting, and the Err strings of refusals. The same platforms' ordinary vocabulary as shops write it (product names,
payment methods offered, SKUs, a shop's own pages) must go out unchanged.

Each family carries a marker of its own (a made-up name no dictionary holds: `drovenzka` for mailboxes,
`quarnesvel` for accounts on networks, `yzmorvelt` for payment identifiers, `Pradonvexqa` for a value only its key
marks), so a leak is found by the marker anywhere in the request; a number is found by its digits.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, _q, keys_in_places
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://boutique.example.de"


# Attack 36's leaves and their rotation, the ids beside a value tagged 37 (`ART-37`).
place = partial(place_tagged, tag="37")
rotated = partial(rotated_tagged, tag="37")


# --- mailboxes at the world's providers -------------------------------------------------------------------------------
M_MARK = "drovenzka"
M_LOCAL = "drovenzka.lis"
M_YEAR = "drovenzka88"

# Providers' domains, each the domain of an address written whole (the baseline every rule must hold).
WHOLE_DOMAINS = [
    "yandex.ru", "ya.ru", "yandex.com.tr", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ukr.net",
    "i.ua", "seznam.cz", "email.cz", "centrum.cz", "azet.sk", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "gazeta.pl",
    "web.de", "gmx.de", "gmx.at", "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "libero.it",
    "virgilio.it", "alice.it", "tiscali.it", "orange.fr", "free.fr", "sfr.fr", "laposte.net", "wanadoo.fr",
    "btinternet.com", "sky.com", "virginmedia.com", "bigpond.com", "optusnet.com.au", "shaw.ca", "rogers.com",
    "sympatico.ca", "naver.com", "daum.net", "hanmail.net", "nate.com", "163.com", "126.com", "yeah.net", "qq.com",
    "foxmail.com", "sina.com", "sohu.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
    "rediffmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "prodigy.net.mx", "telenet.be", "skynet.be",
    "ziggo.nl", "kpnmail.nl", "home.nl", "bluewin.ch", "gmx.ch", "hotmail.co.uk", "hotmail.fr", "live.fr",
    "live.com.mx", "msn.com", "me.com", "mac.com", "icloud.com", "aol.com", "zoho.com", "proton.me", "pm.me",
    "tuta.io", "fastmail.com", "hey.com", "duck.com", "freemail.hu", "abv.bg", "inbox.lv", "mail.ee",
]


def whole_address_cases() -> Iterator[Case]:
    for index, domain in enumerate(WHOLE_DOMAINS):
        where = TEXT_PLACES[(index * 3) % len(TEXT_PLACES)]
        yield (f"mail whole at {domain} @ {where}", *place(where, f"{M_LOCAL}@{domain}"), [M_MARK])


MAILS: Dict[str, Tuple[str, Any]] = {
    # without the top-level domain: a country's provider as its users type it
    "no TLD yandex": (f"{M_LOCAL}@yandex", M_MARK),
    "no TLD ya": (f"{M_LOCAL}@ya", M_MARK),
    "no TLD mailru": (f"{M_LOCAL}@mailru", M_MARK),
    "no TLD rambler": (f"{M_LOCAL}@rambler", M_MARK),
    "no TLD ukr": (f"{M_LOCAL}@ukr", M_MARK),
    "no TLD seznam": (f"{M_LOCAL}@seznam", M_MARK),
    "no TLD interia": (f"{M_LOCAL}@interia", M_MARK),
    "no TLD onet": (f"{M_LOCAL}@onet", M_MARK),
    "no TLD libero": (f"{M_LOCAL}@libero", M_MARK),
    "no TLD virgilio": (f"{M_LOCAL}@virgilio", M_MARK),
    "no TLD tiscali": (f"{M_LOCAL}@tiscali", M_MARK),
    "no TLD laposte": (f"{M_LOCAL}@laposte", M_MARK),
    "no TLD wanadoo": (f"{M_LOCAL}@wanadoo", M_MARK),
    "no TLD sfr": (f"{M_LOCAL}@sfr", M_MARK),
    "no TLD btinternet": (f"{M_LOCAL}@btinternet", M_MARK),
    "no TLD bigpond": (f"{M_LOCAL}@bigpond", M_MARK),
    "no TLD optusnet": (f"{M_LOCAL}@optusnet", M_MARK),
    "no TLD sympatico": (f"{M_LOCAL}@sympatico", M_MARK),
    "no TLD daum": (f"{M_LOCAL}@daum", M_MARK),
    "no TLD hanmail": (f"{M_LOCAL}@hanmail", M_MARK),
    "no TLD nate": (f"{M_LOCAL}@nate", M_MARK),
    "no TLD yeah": (f"{M_YEAR}@yeah", M_MARK),
    "no TLD foxmail": (f"{M_YEAR}@foxmail", M_MARK),
    "no TLD sohu": (f"{M_YEAR}@sohu", M_MARK),
    "no TLD docomo": (f"{M_LOCAL}@docomo", M_MARK),
    "no TLD ezweb": (f"{M_LOCAL}@ezweb", M_MARK),
    "no TLD rediffmail": (f"{M_LOCAL}@rediffmail", M_MARK),
    "no TLD uol": (f"{M_LOCAL}@uol", M_MARK),
    "no TLD terra": (f"{M_LOCAL}@terra", M_MARK),
    "no TLD prodigy": (f"{M_LOCAL}@prodigy", M_MARK),
    "no TLD telenet": (f"{M_LOCAL}@telenet", M_MARK),
    "no TLD ziggo": (f"{M_LOCAL}@ziggo", M_MARK),
    "no TLD bluewin": (f"{M_LOCAL}@bluewin", M_MARK),
    "no TLD posteo": (f"{M_LOCAL}@posteo", M_MARK),
    "no TLD mailbox": (f"{M_LOCAL}@mailbox", M_MARK),
    "no TLD zoho": (f"{M_LOCAL}@zoho", M_MARK),
    "no TLD proton": (f"{M_LOCAL}@proton", M_MARK),
    "no TLD protonmail": (f"{M_LOCAL}@protonmail", M_MARK),
    "no TLD tuta": (f"{M_LOCAL}@tutanota", M_MARK),
    "no TLD fastmail": (f"{M_LOCAL}@fastmail", M_MARK),
    "no TLD freemail": (f"{M_LOCAL}@freemail", M_MARK),
    "no TLD abv": (f"{M_LOCAL}@abv", M_MARK),
    # a word placing the provider, in the languages its users write
    "on rambler": (f"write to {M_LOCAL} on rambler.ru", M_MARK),
    "on yandex without TLD": (f"my mail is {M_LOCAL} on yandex", M_MARK),
    "at seznam no TLD": (f"{M_LOCAL} at seznam", M_MARK),
    "at naver dot com": (f"{M_LOCAL} at naver dot com", M_MARK),
    "chez laposte": (f"{M_LOCAL} chez laposte.net", M_MARK),
    "chez wanadoo no TLD": (f"écrivez à {M_LOCAL} chez wanadoo", M_MARK),
    "bei posteo": (f"Kontakt: {M_LOCAL} bei posteo.de", M_MARK),
    "bei freenet no TLD": (f"{M_LOCAL} bei freenet", M_MARK),
    "Russian v yandex": (f"пишите {M_LOCAL} в яндексе", M_MARK),
    "Russian na mail ru": (f"почта {M_LOCAL} на mail.ru", M_MARK),
    "Korean naver eseo": (f"네이버에서 {M_YEAR} 으로 메일 주세요", M_MARK),
    "Polish na wp": (f"{M_LOCAL} na wp.pl", M_MARK),
    "Polish na interii": (f"mail: {M_LOCAL} na interii", M_MARK),
    "Italian su libero": (f"{M_LOCAL} su libero.it", M_MARK),
    "Spanish en terra": (f"{M_LOCAL} en terra.com.br", M_MARK),
    "Dutch op ziggo": (f"{M_LOCAL} op ziggo.nl", M_MARK),
    "Czech na seznamu": (f"{M_LOCAL} na seznamu", M_MARK),
    # the local words for the sign itself
    "Russian sobaka": (f"{M_LOCAL} собака yandex точка ru", M_MARK),
    "Czech zavinac": (f"{M_LOCAL} zavináč seznam tečka cz", M_MARK),
    "Polish malpa": (f"{M_LOCAL} małpa wp kropka pl", M_MARK),
    "Hungarian kukac": (f"{M_LOCAL} kukac freemail pont hu", M_MARK),
    "Korean golbaengi": (f"{M_YEAR} 골뱅이 naver 점 com", M_MARK),
    "Italian chiocciola": (f"{M_LOCAL} chiocciola libero punto it", M_MARK),
    "Spanish arroba": (f"{M_LOCAL} arroba terra punto com punto br", M_MARK),
    "Dutch apenstaartje": (f"{M_LOCAL} apenstaartje ziggo punt nl", M_MARK),
    "Swedish snabel-a": (f"{M_LOCAL} snabel-a telia punkt com", M_MARK),
    "German Klammeraffe": (f"{M_LOCAL} Klammeraffe web Punkt de", M_MARK),
    "Greek papaki": (f"{M_LOCAL} παπάκι otenet τελεία gr", M_MARK),
    "Hebrew shtrudel": (f"{M_LOCAL} שטרודל walla נקודה co.il", M_MARK),
    "Chinese aite": (f"{M_YEAR} 艾特 163 点 com", M_MARK),
    "Japanese attomaku": (f"{M_LOCAL} アットマーク docomo.ne.jp", M_MARK),
    "Turkish et": (f"{M_LOCAL} et yandex nokta com nokta tr", M_MARK),
    "Portuguese arroba bol": (f"{M_LOCAL} arroba bol.com.br", M_MARK),
    # providers named in local scripts
    "Cyrillic domain": (f"{M_LOCAL}@яндекс.рф", M_MARK),
    "Cyrillic provider label": (f"Яндекс Почта: {M_LOCAL}", M_MARK),
    "Mail ru label Cyrillic": (f"Мейл.ру: {M_LOCAL}", M_MARK),
    "Korean naver mail label": (f"네이버 메일: {M_YEAR}", M_MARK),
    "Korean daum label": (f"다음 메일: {M_YEAR}", M_MARK),
    "Chinese netease label": (f"网易邮箱：{M_YEAR}", M_MARK),
    "Chinese QQ mail label": (f"QQ邮箱：{M_YEAR}", M_MARK),
    "Chinese sina label": (f"新浪邮箱: {M_YEAR}", M_MARK),
    "Japanese docomo label": (f"ドコモメール: {M_LOCAL}", M_MARK),
    "Thai hotmail word": (f"อีเมล {M_LOCAL} แอท hotmail ดอท com", M_MARK),
    "Arabic gmail word": (f"{M_LOCAL} على جيميل", M_MARK),
    # a provider's name as a label (not in the large table)
    "Yandex label": (f"Yandex: {M_LOCAL}", M_MARK),
    "Seznam label": (f"Seznam: {M_LOCAL}", M_MARK),
    "Rambler label": (f"Rambler: {M_YEAR}", M_MARK),
    "Naver ID label": (f"Naver ID: {M_YEAR}", M_MARK),
    "WP label": (f"Poczta WP: {M_LOCAL}", M_MARK),
    "Libero label": (f"Libero Mail: {M_LOCAL}", M_MARK),
    "Laposte label": (f"La Poste: {M_LOCAL}", M_MARK),
    "Tuta label": (f"Tuta: {M_LOCAL}", M_MARK),
    "Rediff label": (f"Rediffmail: {M_LOCAL}", M_MARK),
    "Yahoo Japan label": (f"Yahoo!メール: {M_LOCAL}", M_MARK),
    "BT label": (f"BTinternet: {M_LOCAL}", M_MARK),
    "in brackets yandex": (f"{M_LOCAL} (yandex)", M_MARK),
    "bar mail ru": (f"{M_LOCAL} | mail.ru", M_MARK),
    "provider first slash": (f"seznam / {M_LOCAL}", M_MARK),
    # relay and disposable aliases
    "Apple relay": ("k7vq2drovenzka@privaterelay.appleid.com", M_MARK),
    "Firefox relay": (f"{M_MARK}.k3j9@mozmail.com", M_MARK),
    "SimpleLogin alias": (f"shop.{M_MARK}@aleeas.com", M_MARK),
    "addy subdomain": (f"boutique@{M_MARK}.anonaddy.me", M_MARK),
    "33mail subdomain": (f"boutique@{M_MARK}.33mail.com", M_MARK),
    "Duck alias": (f"{M_MARK}-quiet-fox@duck.com", M_MARK),
    "mailinator": (f"{M_YEAR}@mailinator.com", M_MARK),
    "yopmail no TLD": (f"{M_YEAR}@yopmail", M_MARK),
    "guerrillamail": (f"{M_YEAR}@guerrillamail.com", M_MARK),
    "relay no TLD": (f"{M_MARK}.k3j9@mozmail", M_MARK),
    "plus tag at yandex": (f"{M_LOCAL}+shop@yandex.ru", M_MARK),
    "dot-atom at hey no TLD": (f"{M_LOCAL}@hey", M_MARK),
}

# --- accounts on the world's networks and messengers ------------------------------------------------------------------
H_MARK = "quarnesvel"
H_ID = "quarnesvel_88"
H_DIGITS = "4915127392581"  # a German mobile with its country code, an account's number
H_QQ = "2739258141"
HANDLES: Dict[str, Tuple[str, Any]] = {
    "VK label Cyrillic": (f"ВК: {H_ID}", H_MARK),
    "VKontakte at": (f"ВКонтакте: @{H_ID}", H_MARK),
    "OK label": (f"Одноклассники: {H_ID}", H_MARK),
    "Telegram at": (f"Telegram: @{H_ID}", H_MARK),
    "Telegram Cyrillic": (f"Телеграм: @{H_MARK}", H_MARK),
    "Telegram slang": (f"пиши в телегу @{H_ID}", H_MARK),
    "tg scheme": (f"tg://resolve?domain={H_ID}", H_MARK),
    "WhatsApp number": ("WhatsApp: +49 151 27392581", "15127392581"),
    "Viber number": ("Viber: +380 67 273 9258", "672739258"),
    "Signal username": (f"Signal username: {H_MARK}.88", H_MARK),
    "Threema ID": ("Threema ID: QRNV3L8X", "QRNV3L8X"),
    "LINE ID": (f"LINE ID: {H_ID}", H_MARK),
    "LINE Japanese": (f"ラインID: {H_ID}", H_MARK),
    "LINE Korean": (f"라인 아이디: {H_ID}", H_MARK),
    "KakaoTalk Korean": (f"카톡: {H_ID}", H_MARK),
    "KakaoTalk Latin": (f"KakaoTalk: {H_ID}", H_MARK),
    "WeChat Chinese": (f"微信: {H_ID}", H_MARK),
    "Weixin pinyin": (f"weixin: {H_ID}", H_MARK),
    "wxid": (f"wxid_{H_MARK}88", H_MARK),
    "QQ number": (f"QQ: {H_QQ}", H_QQ),
    "QQ number Chinese": (f"QQ号：{H_QQ}", H_QQ),
    "Weibo at": (f"微博：@{H_MARK}", H_MARK),
    "Douyin id": (f"抖音号: {H_ID}", H_MARK),
    "Xiaohongshu id": (f"小红书号: {H_ID}", H_MARK),
    "Bilibili Chinese": (f"B站: {H_ID}", H_MARK),
    "Zalo number": ("Zalo: 0912 739 258", "912739258"),
    "Snapchat": (f"Snapchat: {H_ID}", H_MARK),
    "Snap add": (f"add me on snap {H_ID}", H_MARK),
    "TikTok at": (f"TikTok: @{H_ID}", H_MARK),
    "Twitch": (f"Twitch: {H_ID}", H_MARK),
    "Kick": (f"Kick: {H_ID}", H_MARK),
    "Discord legacy tag": (f"Discord: {H_MARK}#2739", H_MARK),
    "Discord tag alone": (f"{H_MARK}#2739", H_MARK),
    "Discord new username": (f"discord: {H_ID}", H_MARK),
    "Reddit u slash": (f"reddit u/{H_ID}", H_MARK),
    "Reddit u slash alone": (f"u/{H_ID}", H_MARK),
    "Mastodon address": (f"@{H_MARK}@mastodon.social", H_MARK),
    "Mastodon label": (f"Mastodon: @{H_MARK}@chaos.social", H_MARK),
    "Bluesky handle": (f"Bluesky: {H_MARK}.bsky.social", H_MARK),
    "Bluesky at": (f"@{H_MARK}.bsky.social", H_MARK),
    "Bluesky DID": (f"did:plc:{H_MARK}7zk2q4xw", H_MARK),
    "Threads at": (f"Threads: @{H_ID}", H_MARK),
    "Matrix id": (f"@{H_MARK}:matrix.org", H_MARK),
    "Matrix label": (f"Matrix: @{H_ID}:matrix.org", H_MARK),
    "Nostr npub": (f"npub1{H_MARK}7xq2m5v8dz3hkfyth6pw4c9e0gjn2rs5lu7ac3d8fwqe4nm", H_MARK),
    "Keybase": (f"Keybase: {H_MARK}", H_MARK),
    "Farcaster": (f"Farcaster: @{H_MARK}", H_MARK),
    "Lens handle": (f"Lens: {H_MARK}.lens", H_MARK),
    "GitHub": (f"GitHub: {H_MARK}-88", H_MARK),
    "GitLab": (f"GitLab: @{H_ID}", H_MARK),
    "Behance": (f"Behance: {H_ID}", H_MARK),
    "Dribbble": (f"Dribbble: {H_ID}", H_MARK),
    "OnlyFans": (f"OnlyFans: {H_ID}", H_MARK),
    "Patreon": (f"Patreon: {H_ID}", H_MARK),
    "Substack": (f"Substack: {H_MARK}.substack.com", H_MARK),
    "Medium at": (f"Medium: @{H_ID}", H_MARK),
    "Xing": (f"XING: Lis_{H_MARK.capitalize()}", H_MARK.capitalize()),
    "LinkedIn": (f"LinkedIn: {H_MARK}-27b39a", H_MARK),
    "Skype live": (f"Skype: live:{H_ID}", H_MARK),
    "Skype live cid": ("skype live:.cid.27392581ab4c9d0e", "27392581ab4c9d0e"),
    "Teams address": (f"Teams: {H_MARK}.88@outlook.com", H_MARK),
    "Zoom PMI": ("Zoom PMI: 273 925 8141", "2739258141"),
    "Instagram Cyrillic": (f"Инстаграм: {H_ID}", H_MARK),
    "Instagram Arabic": (f"انستقرام: {H_ID}", H_MARK),
    "Facebook Korean": (f"페이스북: {H_ID}", H_MARK),
    "account followed by words": (f"IG: {H_ID} dm me", H_MARK),
    "handle between dashes": (f"Telegram - @{H_ID} - 24/7", H_MARK),
}

HANDLE_LINKS: Dict[str, Tuple[str, Any]] = {
    "vk profile": (f"https://vk.com/{H_ID}", H_MARK),
    "vk id": ("https://vk.com/id273925814", "273925814"),
    "ok profile": ("https://ok.ru/profile/573925814172", "573925814172"),
    "t.me": (f"https://t.me/{H_ID}", H_MARK),
    "telegram.me": (f"https://telegram.me/{H_ID}", H_MARK),
    "t.me plus number": (f"https://t.me/+{H_DIGITS}", "15127392581"),
    "wa.me": (f"https://wa.me/{H_DIGITS}", "15127392581"),
    "api whatsapp": (f"https://api.whatsapp.com/send?phone={H_DIGITS}&text=Hi", "15127392581"),
    "viber chat": ("viber://chat?number=%2B380672739258", "672739258"),
    "signal.me": (f"https://signal.me/#p/+{H_DIGITS}", "15127392581"),
    "signal.me username": (f"https://signal.me/#eu/{H_MARK}.88", H_MARK),
    "threema.id": ("https://threema.id/QRNV3L8X", "QRNV3L8X"),
    "line.me": (f"https://line.me/ti/p/~{H_ID}", H_MARK),
    "open kakao me": (f"https://open.kakao.com/me/{H_MARK}", H_MARK),
    "weixin scheme": (f"weixin://dl/chat?{H_ID}", H_MARK),
    "weibo u": ("https://weibo.com/u/2739258141", H_QQ),
    "weibo name": (f"https://weibo.com/{H_MARK}", H_MARK),
    "bilibili space": ("https://space.bilibili.com/27392581", "27392581"),
    "douyin user": (f"https://www.douyin.com/user/{H_MARK}88", H_MARK),
    "xiaohongshu profile": (f"https://www.xiaohongshu.com/user/profile/{H_MARK}88", H_MARK),
    "zalo.me": ("https://zalo.me/0912739258", "912739258"),
    "snapchat add": (f"https://www.snapchat.com/add/{H_ID}", H_MARK),
    "tiktok at": (f"https://www.tiktok.com/@{H_ID}", H_MARK),
    "twitch": (f"https://www.twitch.tv/{H_ID}", H_MARK),
    "kick": (f"https://kick.com/{H_ID}", H_MARK),
    "discord user": ("https://discord.com/users/273925814172739258", "273925814172739258"),
    "reddit user": (f"https://www.reddit.com/user/{H_ID}", H_MARK),
    "reddit u": (f"https://reddit.com/u/{H_ID}", H_MARK),
    "mastodon profile": (f"https://mastodon.social/@{H_MARK}", H_MARK),
    "mastodon other instance": (f"https://fosstodon.org/@{H_MARK}", H_MARK),
    "bluesky profile": (f"https://bsky.app/profile/{H_MARK}.bsky.social", H_MARK),
    "bluesky did profile": (f"https://bsky.app/profile/did:plc:{H_MARK}7zk2q4xw", H_MARK),
    "threads": (f"https://www.threads.net/@{H_ID}", H_MARK),
    "matrix.to": (f"https://matrix.to/#/@{H_MARK}:matrix.org", H_MARK),
    "nostr njump": (f"https://njump.me/npub1{H_MARK}7xq2m5v8dz3hkfyth6pw4c9e0gjn2rs5lu7ac3d8fwqe4nm", H_MARK),
    "keybase": (f"https://keybase.io/{H_MARK}", H_MARK),
    "warpcast": (f"https://warpcast.com/{H_MARK}", H_MARK),
    "hey.xyz lens": (f"https://hey.xyz/u/{H_MARK}", H_MARK),
    "github": (f"https://github.com/{H_MARK}-88", H_MARK),
    "gitlab": (f"https://gitlab.com/{H_ID}", H_MARK),
    "behance": (f"https://www.behance.net/{H_ID}", H_MARK),
    "dribbble": (f"https://dribbble.com/{H_ID}", H_MARK),
    "linktree": (f"https://linktr.ee/{H_ID}", H_MARK),
    "bio.link": (f"https://bio.link/{H_ID}", H_MARK),
    "beacons": (f"https://beacons.ai/{H_ID}", H_MARK),
    "onlyfans": (f"https://onlyfans.com/{H_ID}", H_MARK),
    "patreon": (f"https://www.patreon.com/{H_ID}", H_MARK),
    "ko-fi": (f"https://ko-fi.com/{H_ID}", H_MARK),
    "substack": (f"https://{H_MARK}.substack.com/", H_MARK),
    "medium at": (f"https://medium.com/@{H_ID}", H_MARK),
    "calendly": (f"https://calendly.com/{H_MARK}/30min", H_MARK),
    "xing profile": (f"https://www.xing.com/profile/Lis_{H_MARK.capitalize()}", H_MARK.capitalize()),
    "linkedin in": (f"https://www.linkedin.com/in/{H_MARK}-27b39a/", H_MARK),
    "linkedin pub": (f"https://www.linkedin.com/pub/lis-{H_MARK}/27/392/581", H_MARK),
    "skype call": (f"skype:{H_ID}?call", H_MARK),
    "zoom personal room": (f"https://us02web.zoom.us/my/{H_MARK}", H_MARK),
    "zoom pmi link": ("https://zoom.us/j/2739258141?pwd=Qm9ndXM", H_QQ),
    "facebook profile.php": ("https://www.facebook.com/profile.php?id=100027392581473", "100027392581473"),
    "fb.me": (f"https://fb.me/{H_MARK}88", H_MARK),
    "m.me": (f"https://m.me/{H_MARK}88", H_MARK),
    "ig.me": (f"https://ig.me/m/{H_ID}", H_MARK),
    "instagram": (f"https://www.instagram.com/{H_ID}/", H_MARK),
    "vk mobile": (f"https://m.vk.com/{H_ID}", H_MARK),
    "telegram web": (f"https://web.telegram.org/k/#@{H_ID}", H_MARK),
}

# --- payment identifiers of every region ------------------------------------------------------------------------------
P_MARK = "yzmorvelt"
P_ID = "yzmorvelt88"


def _cpf(body: str) -> str:
    """A Brazilian CPF from its nine digits, with its two check digits, printed in its groups."""
    digits = [int(ch) for ch in body]
    for weight_top in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(weight_top, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


P_CPF = _cpf("273925814")
PAYMENTS: Dict[str, Tuple[str, Any]] = {
    "UPI okaxis": (f"{P_MARK}@okaxis", P_MARK),
    "UPI paytm number": ("9827392581@paytm", "9827392581"),
    "UPI ybl": (f"{P_MARK}@ybl", P_MARK),
    "UPI oksbi": (f"{P_MARK}@oksbi", P_MARK),
    "UPI ibl": (f"{P_MARK}@ibl", P_MARK),
    "UPI axl": (f"{P_MARK}@axl", P_MARK),
    "UPI apl": (f"{P_MARK}@apl", P_MARK),
    "UPI upi": (f"{P_MARK}@upi", P_MARK),
    "UPI icici": (f"{P_MARK}@icici", P_MARK),
    "UPI hdfcbank": (f"{P_MARK}@hdfcbank", P_MARK),
    "UPI kotak": (f"{P_MARK}@kotak", P_MARK),
    "UPI fam": (f"{P_MARK}@fam", P_MARK),
    "UPI ptyes": (f"{P_MARK}@ptyes", P_MARK),
    "UPI jupiteraxis": (f"{P_MARK}@jupiteraxis", P_MARK),
    "UPI label": (f"UPI ID: {P_MARK}@okhdfcbank", P_MARK),
    "UPI mobile": ("UPI: 98273 92581", "9827392581"),
    "UPI spaced at": (f"{P_MARK} @ ybl", P_MARK),
    "UPI bracket at": (f"{P_MARK}(at)okaxis", P_MARK),
    "Pix phone": ("chave pix: +55 11 92739-2581", "927392581"),
    "Pix CPF": (f"Pix (CPF): {P_CPF}", P_CPF[:7]),
    "Pix random key": ("Chave aleatória Pix: 7d3f2a1b-9c8e-4b70-a1b2-c3d4e5f60737", "7d3f2a1b-9c8e-4b70"),
    "Pix email": (f"Pix: {P_ID}@uol.com.br", P_MARK),
    "Swish": ("Swish: 070-173 92 58", "701739258"),
    "Swisha till": ("Swisha till 0701739258", "701739258"),
    "Vipps": ("Vipps: 412 73 925", "41273925"),
    "MobilePay": ("MobilePay: 20 73 92 58", "20739258"),
    "Twint": ("TWINT: 079 273 92 58", "792739258"),
    "Bizum": ("Bizum al 612 739 258", "612739258"),
    "MB WAY": ("MB WAY: 912 739 258", "912739258"),
    "Satispay": ("Satispay: 347 273 9258", "3472739258"),
    "BLIK phone": ("BLIK na telefon: 512 739 258", "512739258"),
    "iDEAL payee name": (f"iDEAL betaalverzoek t.n.v. L. {P_MARK.capitalize()}", P_MARK.capitalize()),
    "Lydia at": (f"Lydia: @{P_ID}", P_MARK),
    "Paylib": ("Paylib: 06 12 73 92 58", "612739258"),
    "Revolut at": (f"Revolut: @{P_ID}", P_MARK),
    "Revtag": (f"Revtag: @{P_ID}", P_MARK),
    "Wisetag": (f"Wisetag: @{P_ID}", P_MARK),
    "PayPal me words": (f"PayPal me: {P_ID}", P_MARK),
    "Venmo at": (f"Venmo @{P_MARK}-88", P_MARK),
    "Cash App cashtag": (f"Cash App: ${P_ID}", P_MARK),
    "cashtag alone": (f"${P_ID}", P_MARK),
    "Zelle phone": ("Zelle: (650) 273-9258", "6502739258"),
    "GCash": ("GCash: 0917 273 9258", "9172739258"),
    "Maya": ("Maya: 0918-273-9258", "9182739258"),
    "M-Pesa": ("M-Pesa: 0712 739 258", "712739258"),
    "M-Pesa send": ("Lipa na M-Pesa, tuma kwa 0712739258", "712739258"),
    "MTN MoMo": ("MoMo: 024 273 9258", "242739258"),
    "Alipay phone": ("支付宝: 138 2739 2582", "13827392582"),
    "Alipay account": (f"支付宝账号: {P_ID}", P_MARK),
    "WeChat Pay id": (f"微信支付: {P_ID}", P_MARK),
    "PayNow": ("PayNow: 9273 9258", "92739258"),
    "PayID phone": ("PayID: 0412 739 258", "412739258"),
    "PayID email no TLD": (f"PayID: {P_ID}@bigpond", P_MARK),
    "Interac spelled": (f"e-Transfer: {P_ID} at rogers dot com", P_MARK),
    "ENS name": (f"ENS: {P_MARK}.eth", P_MARK),
    "ENS send": (f"send ETH to {P_MARK}.eth", P_MARK),
    "base name": (f"{P_MARK}.base.eth", P_MARK),
    "SNS name": (f"Solana: {P_MARK}.sol", P_MARK),
    "Unstoppable name": (f"{P_MARK}.crypto", P_MARK),
    "Ethereum address": ("0x27392581aB4c9D0e1F2a3b4C5d6E7f8091a2B3c4", "27392581aB4c9D0e1F2a"),
    "Bitcoin bech32 address": ("bc1q27392581qy2kgdygjrsqtzq2n0yrf2493p83kk", "bc1q27392581qy2kg"),
}

PAYMENT_LINKS: Dict[str, Tuple[str, Any]] = {
    "upi pay link": (f"upi://pay?pa={P_MARK}@okaxis&pn=Lis&am=12.50&cu=INR", P_MARK),
    "revolut.me": (f"https://revolut.me/{P_ID}", P_MARK),
    "wise pay me": (f"https://wise.com/pay/me/{P_ID}", P_MARK),
    "paypal.me": (f"https://paypal.me/{P_ID}/12.50", P_MARK),
    "paypalme path": (f"https://www.paypal.com/paypalme/{P_ID}", P_MARK),
    "venmo u": (f"https://venmo.com/u/{P_MARK}-88", P_MARK),
    "venmo old": (f"https://venmo.com/{P_MARK}-88", P_MARK),
    "venmo scheme": (f"venmo://paycharge?txn=pay&recipients={P_MARK}-88&amount=12", P_MARK),
    "cash.app": (f"https://cash.app/${P_ID}/12", P_MARK),
    "monzo.me": (f"https://monzo.me/{P_ID}", P_MARK),
    "lydia collect": (f"https://lydia-app.com/collect/{P_ID}", P_MARK),
    "tikkie named": (f"https://tikkie.me/pay/{P_MARK}/3f2a1b9c", P_MARK),
    "swish scheme": ("swish://payment?data=%7B%22payee%22%3A%220701739258%22%7D", "701739258"),
    "bizum link": ("https://bizum.es/pagar?telefono=612739258", "612739258"),
    "ethereum ens": (f"ethereum:{P_MARK}.eth?value=1e16", P_MARK),
    "gcash link": ("https://gcash.me/send?mobile=09172739258", "9172739258"),
    "ko-fi tip": (f"https://ko-fi.com/{P_ID}/tip", P_MARK),
    "buymeacoffee": (f"https://www.buymeacoffee.com/{P_ID}", P_MARK),
}

# --- keys naming accounts ---------------------------------------------------------------------------------------------
K_VALUE = "Pradonvexqa"  # a value nothing in itself marks personal: only its key can tell
ACCOUNT_KEYS: List[str] = [
    "telegram_username", "tg_username", "vk_id", "vk_profile", "ok_ru_id", "kakao_id", "kakaotalk_id",
    "line_user_id", "weixin_id", "wechat_id", "qq_number", "weibo_uid", "douyin_id", "xhs_id", "bilibili_uid",
    "zalo_phone", "viber_number", "signal_username", "threema_id", "snapchat_username", "tiktok_handle",
    "twitch_login", "kick_username", "discord_username", "reddit_username", "mastodon_acct", "bluesky_handle",
    "bsky_did", "matrix_user_id", "nostr_npub", "keybase_username", "farcaster_fid", "github_login",
    "linkedin_profile_url", "xing_profile", "skype_id", "zoom_pmi", "pix_key", "chave_pix", "upi_vpa", "vpa",
    "swish_number", "vipps_phone", "mobilepay_number", "twint_phone", "bizum_telefono", "mbway_numero",
    "blik_phone", "revolut_tag", "revtag", "wisetag", "paypal_me", "venmo_username", "cashtag", "zelle_email",
    "gcash_number", "mpesa_number", "momo_number", "alipay_account", "paynow_mobile", "payid", "interac_email",
    "ens_name", "wallet_address", "eth_address", "yandex_mail", "naver_id", "mailru_login",
]


def key_cases() -> Iterator[Case]:
    return keys_in_places(ACCOUNT_KEYS, K_VALUE, "37")


# A platform's short name as a key, holding an account of that platform: (the value, what must not go out).
SHORT_KEYS: Dict[str, Tuple[str, Any]] = {
    "vk": (H_ID, H_MARK), "ok": (H_ID, H_MARK), "tg": (f"@{H_ID}", H_MARK), "line": (H_ID, H_MARK),
    "kakao": (H_ID, H_MARK), "wechat": (H_ID, H_MARK), "qq": (H_QQ, H_QQ), "snap": (H_ID, H_MARK),
    "discord": (f"{H_MARK}#2739", H_MARK), "bsky": (f"{H_MARK}.bsky.social", H_MARK),
    "mastodon": (f"@{H_MARK}@chaos.social", H_MARK), "pix": ("+5511927392581", "927392581"),
    "upi": (f"{P_MARK}@okaxis", P_MARK), "swish": ("0701739258", "701739258"), "bizum": ("612739258", "612739258"),
    "revolut": (P_ID, P_MARK), "venmo": (f"{P_MARK}-88", P_MARK), "ens": (f"{P_MARK}.eth", P_MARK),
    "yandex": (M_LOCAL, M_MARK), "naver": (M_YEAR, M_MARK),
}


def short_key_cases() -> Iterator[Case]:
    for key, (value, shown) in SHORT_KEYS.items():
        yield (f"key {key} holding an account: url query", "page",
               {"url": f"{SHOP}/p?{key}={_q(value)}&page=2"}, [shown])
        yield (f"key {key} holding an account: custom property", "track", {"properties": {key: value}}, [shown])


# Values under the settings that must keep them out whatever the gate reads: `meta_custom_data = standard` and a
# listed key, `meta_url_query = drop`.
MINIMISED_VALUES: Dict[str, Tuple[str, Any]] = {
    "mail no TLD rambler": MAILS["no TLD rambler"],
    "mail Russian sobaka": MAILS["Russian sobaka"],
    "handle Telegram at": HANDLES["Telegram at"],
    "handle LINE ID": HANDLES["LINE ID"],
    "pay UPI okaxis": PAYMENTS["UPI okaxis"],
    "pay Bizum": PAYMENTS["Bizum"],
    "pay Revolut at": PAYMENTS["Revolut at"],
}
MINIMISED_PLACES = ["standard custom property", "standard page title", "dropped query",
                    "url fragment under dropped query", "listed page property", "standard search string"]


def minimised_cases() -> Iterator[Case]:
    for name, (value, shown) in MINIMISED_VALUES.items():
        family, rest = name.split(" ", 1)
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in MINIMISED_PLACES:
            yield (f"{family} minimised {rest} @ {where}", *place(where, value), forms)


def _order(properties: Dict[str, Any]) -> Dict[str, Any]:
    return {"name": "Order Completed", "properties": properties}


# Refusals whose Err must not echo the account: (kind, overrides, what must not be echoed).
ERR_VALUES: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "currency a UPI address": ("track", _order({"value": "5", "currency": f"{P_MARK}@okaxis"}), [P_MARK]),
    "currency a cashtag": ("track", _order({"value": "5", "currency": f"${P_ID}"}), [P_MARK]),
    "value a Bizum number": ("track", _order({"value": "Bizum 612 739 258", "currency": "EUR"}), ["612739258"]),
    "value a Swish number": ("track", _order({"value": "070-173 92 58", "currency": "SEK"}), ["701739258"]),
    "opt_out a Telegram handle": ("track", {"properties": {"opt_out": f"@{H_ID}"}}, [H_MARK]),
    "action_source a t.me link": ("track", {"properties": {"action_source": f"t.me/{H_ID}"}}, [H_MARK]),
    "action_source a mailbox": ("track", {"properties": {"action_source": f"{M_LOCAL}@yandex"}}, [M_MARK]),
    "data_processing_options a LINE id": ("track", {"properties": {"data_processing_options": f"LINE ID: {H_ID}"}},
                                          [H_MARK]),
    "ldu country a QQ number": ("track", {"properties": {"data_processing_options": "LDU",
                                                         "data_processing_options_country": H_QQ}}, [H_QQ]),
    "ldu state a Vipps number": ("track", {"properties": {"data_processing_options": "LDU",
                                                          "data_processing_options_state": "41273925"}},
                                 ["41273925"]),
    "price a GCash number": ("track", {"name": "Order Completed", "products": [{"product_id": "P-1",
                             "price": "09172739258", "quantity": "1"}], "properties": {"currency": "PHP"}},
                             ["9172739258"]),
    "quantity a WeChat id": ("track", _order({"currency": "CNY", "contents": json.dumps(
        [{"id": "S-1", "item_price": 5, "quantity": f"微信: {H_ID}"}], ensure_ascii=False)}), [H_MARK]),
    "event mapping setting naming a mailbox": ("track", {"settings": {"meta_event_mapping": json.dumps(
        {"Button Clicked": f"Lead {M_LOCAL}@seznam"})}}, [M_MARK]),
    "default currency setting a VK link": ("track", {"name": "Order Completed", "properties": {"value": "5"},
                                                     "settings": {"meta_default_currency": f"vk.com/{H_ID}"}},
                                           [H_MARK]),
    "test event code a Pix key": ("track", {"properties": {"test_event_code": f"TEST {P_CPF}"},
                                            "settings": {"meta_allow_test_event_code_property": "true"}},
                                  [P_CPF[:7]]),
}


def cases() -> List[Case]:
    found: List[Case] = [
        *whole_address_cases(),
        *rotated("mail", MAILS, TEXT_PLACES, 2, start=1),
        *rotated("handle", HANDLES, TEXT_PLACES, 2, start=5),
        *rotated("handle link", HANDLE_LINKS, URL_PLACES, 2),
        *rotated("pay", PAYMENTS, TEXT_PLACES, 2, start=9),
        *rotated("pay link", PAYMENT_LINKS, URL_PLACES, 2, start=4),
        *key_cases(), *short_key_cases(), *minimised_cases(),
    ]
    found += [(f"err {name}", kind, overrides, list(shown)) for name, (kind, overrides, shown) in ERR_VALUES.items()]
    return found


# Ordinary values of the same platforms' vocabulary as shops write it, which must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    "products": [
        "Telegram bot course", "Signal booster 5G", "LINE Friends plush", "Kakao Friends Ryan", "Threads & yarn",
        "Matrix pillow", "Discord Nitro gift card", "Revolut card holder", "Swish sign", "WeChat Pay sticker",
        "PayPal gift card", "TikTok ring light", "Snapchat Spectacles 3", "Twitch streamer kit", "Kick scooter",
        "Mastodon tusk figurine", "Bluesky cotton tee", "GitHub Octocat mug", "Zoom lens 70-200mm",
        "Skype headset", "Signal flag set", "Line 6 guitar amp", "Yandex Station Mini", "QQ Music gift card",
        "Medium roast coffee", "Kakao Friends Apeach 25cm", "Venmo debit card sleeve", "Cash App card skin",
        "Viber phone case", "Naver Webtoon poster",
    ],
    "payment text": [
        "Pay with Swish, Vipps or MobilePay", "We accept Bizum and MB WAY", "Scan to pay with PayNow",
        "Pay by UPI", "Pix à vista 5% off", "Follow us on Instagram", "Join our Telegram channel",
        "Chat with us on WhatsApp", "Find us on VK", "Share on LINE", "BLIK payment accepted", "Twint accepted",
        "M-Pesa Paybill accepted", "Alipay and WeChat Pay accepted", "E-Mail: support", "Gmail: support",
        "GCash and Maya accepted", "Interac e-Transfer accepted", "Pay in 3 with PayPal", "Ships to Yandex Market",
    ],
    "skus": [
        "UPI-2024-0012", "PIX-1000", "VK-2024-SALE", "TG-ART-77", "LINE-8842", "QQ-100", "ETH-HOODIE-L",
        "TIKTOK-LIGHT-10", "SWISH-SIGN-A5", "IG-TEMPLATE-01", "DISCORD-NITRO-12M", "ybl-case@2x.png",
        "upi-qr@3x.webp", "NAVER-WEBTOON-04",
    ],
    # a platform's name as a label before a product's or an offer's words, where an account could stand
    "labels": [
        "Telegram: 24/7 support", "WhatsApp: chat now", "Snap: 2-pack", "Signal: 5 bars", "LINE: Brown & Friends",
        "Kakao: Ryan edition", "Discord: Nitro 1 month", "Revolut: metal card", "Vipps: 10% rabatt",
        "Swish: 5_pack", "X: 12.5cm", "QQ: music", "Pix: 5% off", "UPI: 2% cashback", "Bizum: sin comisión",
        "Yandex: Alice speaker", "Naver: Webtoon", "Mail.ru: cloud 1TB", "Zoom: 3x optical", "Matrix: 4x4 grid",
        "Threads: 120 count", "Kick: 3-speed", "Lens: 50mm f/1.8", "Medium: size M", "Patreon: tier 2",
    ],
    # the shop's own accounts after their labels and links: the README leaves them out with a visitor's
    "shop accounts": [
        "Instagram: @boutique.example", "Telegram: @boutique_example_de", "https://vk.com/boutique_example",
        "https://t.me/boutique_example_de",
    ],
}
ORDINARY_PLACES = ["custom property", "page title", "product name", "search string"]
# Offers, codes and labels in the two leaves a shop writes them in most (a product's name, a free property).
SHORT_PLACES = ["custom property", "product name"]
PLACES_OF = {"products": ORDINARY_PLACES, "payment text": SHORT_PLACES, "skus": SHORT_PLACES,
             "labels": SHORT_PLACES, "shop accounts": ORDINARY_PLACES}
ORDINARY_KEYS_37 = ["payment_method", "wallet_provider", "share_channel", "social_share_network",
                    "telegram_bot_enabled", "line_friends_series", "discord_nitro_months", "signal_strength_dbm",
                    "threads_count", "matrix_size", "pix_discount", "upi_app", "paypal_fee", "wechat_pay",
                    "instagram_post_id", "youtube_url", "kakao_friends_character", "zoom_level", "kick_count",
                    "twitch_drop_id"]
ORDINARY_URLS_37 = [
    f"{SHOP}/pages/telegram-bot-course",
    f"{SHOP}/products/line-friends-brown-plush",
    "https://www.instagram.com/p/C1a2B3c4D5e/",
    "https://vk.com/wall-12345_678",
    "https://www.tiktok.com/shop",
    "https://venmo.com/card",
    f"{SHOP}/checkout?payment=swish",
    f"{SHOP}/pay?method=upi&app=phonepe",
    f"{SHOP}/products/kakao-friends-ryan?variant=123",
    "https://github.com/features/copilot",
    "https://www.reddit.com/r/sneakers/",
    "https://discord.com/nitro",
    "https://medium.com/tag/fashion",
    f"{SHOP}/?utm_source=telegram&utm_medium=social",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, PLACES_OF, place)
    yield from ordinary_keys(ORDINARY_KEYS_37)
    yield from ordinary_urls(ORDINARY_URLS_37)
