"""Messenger accounts in free text: an account id is a person's, as a phone number is (thirteenth attack).

Two layouts name one whatever the id looks like: the id after a messenger's label (`LINE ID: chenmeiling88`,
`카톡 ID: minjun_kim88`, `微信号：wangxm_1988`, `Telegram: @ali_rezaei_64`), and the id in a messenger's contact link,
whose host and path say an account follows (`t.me/<name>`, `line.me/ti/p/~<id>`). WeChat's generated ids
(`wxid_` and its characters) are one wherever they stand. A social network's profile link names a person's account
the same way (`vk.com/id<number>`, `vk.com/<short name>`, `ok.ru/profile/<number>`; fourteenth attack). The words are
data, by kind, folded as values are; the detector calls `reason` on a value's canonical form in free text (ids are
codes: `wechat_pay_2024`).
"""

from __future__ import annotations

import re
from typing import Callable, FrozenSet, List

from .canonical import by_first_letter, canonical
from .dating import a_vocabulary_word
from .person_routes import SCHEDULING_TEAM_WORDS

MESSENGER_ACCOUNT = "holds a messenger account id"
SOCIAL_PROFILE = "holds a social network profile id"
PAYMENT_ACCOUNT = "holds a payment app's account"

# Messengers whose users give their id to be added (KakaoTalk, WeChat, Telegram, Viber, Skype, Zalo, Threema), by
# their names in the scripts their users write them in.
_MESSENGERS = (
    "kakaotalk kakao katalk katok 카카오톡 카톡 카카오 カカオトーク "
    "wechat weixin 微信 微訊 위챗 ウィーチャット 威信 薇信 维信 v信 "  # (homophones written to pass filters: `V信`)
    "telegram 텔레그램 テレグラム телеграм телеграмм телега телегу телеге "  # (and its slang in Russian, `телега`)
    "تلگرام تلغرام تيليجرام تليجرام تيليغرام טלגרם "
    "viber вайбер وایبر فايبر ויבר "
    "skype скайп اسکایپ سكايب "
    "zalo threema qq"
)
# Messengers whose name is an ordinary word or a code too (LINE, Signal; Korean and Japanese "line"; WeChat's `vx`):
# a label only with a handle word (`LINE ID`, `라인 아이디`, `vx号`; `Line 2`, `signal: 5G`, `VX: X100` are not).
_WORD_MESSENGERS = "line 라인 ライン signal 시그널 シグナル vx"
# Social networks and payment apps whose users give their account to be found or paid (thirty-fifth attack: a
# marketplace's messages slip them past its filter), by the rule above: their name, then an account. Their names are a
# product's words as often (`Instagram Story Template`, `PayPal Gift Card`, `Snap Button Kit`): a label only with the
# account after `@` (Cash App's `$cashtag`), or before a colon, `=` or an arrow and an account that opens with a letter
# and holds a word of three letters and an id's mark (`X: 12.5cm` is a size, `Swish: 5_pack` a count), never after a
# blank alone; the short names and the ordinary words (Instagram's `IG`, Snapchat's `snap`, X, Telegram's `tg`,
# Facebook's `fb`) only after a colon, `=` or an arrow (`Nike x @brand` is a collaboration); the account ends its
# clause and is no tool's identifier (_network_account; closer 46). Threads, an ordinary word, is read after `@`
# and in its links alone.
# (closer 50: the networks of every region, by their names in the scripts their users write them in: VK's and
# Odnoklassniki's in Cyrillic, Weibo's, Douyin's, Xiaohongshu's and Bilibili's in Chinese, Instagram's and
# Facebook's in Cyrillic, Arabic, Korean and Japanese; the creators' and developers' networks; Medium and Lens,
# ordinary words, by the rule of Threads below)
_NETWORKS = ["instagram", "insta", "snapchat", "tiktok", "twitter", "facebook", "messenger", "discord", "kik",
             "bluesky", "threads", "pinterest", "twitch", "linkedin", "youtube", "reddit",
             "vkontakte", "вконтакте", "одноклассники", "odnoklassniki", "weibo", "微博", "douyin", "抖音",
             "xiaohongshu", "小红书", "小紅書", "rednote", "bilibili", "b站", "哔哩哔哩", "kick", "keybase",
             "farcaster", "warpcast", "lens", "github", "gitlab", "behance", "dribbble", "onlyfans",
             "patreon", "substack", "medium", "xing",
             "инстаграм", "инстаграмм", "инста", "انستقرام", "انستغرام", "انستجرام", "انستا",
             "인스타그램", "인스타", "インスタグラム", "インスタ",
             "фейсбук", "فيسبوك", "فيس بوك", "페이스북", "フェイスブック",
             "paypal", "venmo", "revolut", "cashapp", "cash app", "twint", "lydia", "swish", "vipps",
             "mobilepay", "zelle", "gcash", "mbway", "wise", "monzo", "pix"]
_SHORT_NETWORKS = ["ig", "snap", "x", "tg", "fb", "sc", "dc", "vk", "вк"]
# Words naming the account's id, before or after the messenger's name (`LINE ID`, `카톡 아이디`, `微信号`, Persian
# `آیدی تلگرام`, Arabic `معرف تيليجرام`).
_HANDLE_WORDS = (
    "id username handle account 아이디 계정 号 號 账号 帳號 帐号 アカウント ユーザー名 "
    "آیدی ایدی آيدي شناسه معرف حساب יוזר"
)
# Telegram's own paths after `t.me/` (names of five characters or more, as a username is), and its bots' names end
# in `bot` (a shop's bot, no person).
_TELEGRAM_PATHS = frozenset("share joinchat addstickers addemoji addtheme addlist setlanguage proxy socks login "
                            "confirmphone invoice boost iv".split())
# Payment apps labelled by more names (thirty-seventh attack): Revolut's and Wise's tags by their own names, PayPal's
# `me`, Alipay, and Alipay and WeChat Pay in Chinese (after the payment apps above: _PAYMENT_APPS is the list from
# `paypal` on).
_NETWORKS += ["revtag", "wisetag", "paypal me", "alipay", "支付宝", "微信支付"]


def _folded(words: str) -> List[str]:
    """`words` in their canonical form, lower-cased, as a value's form is read here."""
    return [canonical(word)[0].lower() for word in words.split()]


_NAMES = _folded(_MESSENGERS)
_WORD_NAMES = frozenset(_folded(_WORD_MESSENGERS))
_HANDLE = _folded(_HANDLE_WORDS)
# The messenger's name, maybe a handle word, separators (blanks, `:`, `=`, a bracket; not `-`: `kakao-friends-2024`
# is a slug), maybe `@`, and the id (letters, digits, `.`, `_`, `-`; four characters at least, read up to one past the
# longest, 32);
# a handle word before the name is read back from it (_HANDLE_BEFORE). The pattern begins with the names, so a search
# skips in C to their first letters; every part is bounded, so the next search may begin at the id (`Telegram
# Telegram: @jo_1`) and the whole stays linear. Searched in the lower-cased form, ASCII text with the ASCII names
# alone (most values).
# (an arrow is a label's colon, `➜`; Skype's ids open with `live:`, Discord's old tags end in `#` and four digits)
# (a network's label before ` - ` or ` » ` too, blanks on both sides: `Instagram - jo.smith`, and (closer 54) a bar,
# a slash, a tilde or `>>` so: `Instagram | jo.smith`; Reddit's `u/` before its users' names)
_LABEL_REST = (f"(?:[\\s_-]{{0,2}}({by_first_letter(_HANDLE)}))?"
               "([\\s:=(\\[\u2192\u279c\u27a1\u21d2]{0,3}|\\s{1,2}(?:[-\u00bb|/~]|>>?)\\s{1,2})([@$]?)"
               "((?:live:(?:\\.cid\\.)?|u/)?[a-z0-9][a-z0-9._-]{3,32}(?:#[0-9]{4})?)")
_NETWORK_NAMES = frozenset(canonical(name)[0].lower() for name in _NETWORKS)  # (folded as a value's form is)
_PAYMENT_APPS = frozenset(_NETWORKS[_NETWORKS.index("paypal"):])
_SHORT_NAMES = frozenset(canonical(name)[0].lower() for name in _SHORT_NETWORKS)
# An ASCII name inside a word is none (`deadline`, `xxxx`): the engine skips it (`(?<![a-z0-9])`), where a search
# would stop at every letter of `xxxx…` for _labelled to reject it (session 39: 5 µs a character).
_ASCII_NAMES = [name for name in (*_NAMES, *_WORD_NAMES, *_NETWORK_NAMES, *_SHORT_NAMES) if name.isascii()]
_OTHER_NAMES = [name for name in (*_NAMES, *_WORD_NAMES, *_NETWORK_NAMES, *_SHORT_NAMES) if not name.isascii()]
_LABELLED = re.compile(f"((?<![a-z0-9])(?:{by_first_letter(_ASCII_NAMES)})|{by_first_letter(_OTHER_NAMES)})"
                       f"{_LABEL_REST}")
_LABELLED_ASCII = re.compile(f"(?<![a-z0-9])({by_first_letter(_ASCII_NAMES)}){_LABEL_REST}")
_COLONS = frozenset(":=\u2192\u279c\u27a1\u21d2-\u00bb|/~>")
_DASHES = frozenset("-\u00bb|/~>")  # (a label's dash, bar, slash, tilde or `>>` between blanks: a network's alone)
_HANDLE_BEFORE = re.compile(f"(?<![a-z0-9])(?:{by_first_letter(_HANDLE)})[\\s_-]{{0,2}}$")  # (`paid telegram` has none)
# Contact links: Telegram's `t.me/<name>` (`telegram.me`, `tg://resolve?domain=`) ending the path (`t.me/<name>/12`
# is a channel's post), LINE's friend link `line.me/ti/p/~<id>` (not `@<id>`: an official account, a business's),
# KakaoTalk's profile links `qr.kakao.com/talk/<code>`, `open.kakao.com/me/<id>`, WeChat's `u.wechat.com/<code>`.
_LINK = re.compile(
    r"(?<![\w.-])(?:(?:t|telegram)\.me/|telegram\.dog/|tg://resolve\?domain=)([a-z0-9_]{5,32})(?![a-z0-9_/])"
    r"|(?<![\w.-])(?:line\.me/(?:r/)?ti/p/|line://ti/p/)[~-]?[a-z0-9._-]{3}"
    r"|(?<![\w.-])(?:qr\.kakao\.com/talk/|open\.kakao\.com/me/|u\.wechat\.com/|weixin://dl/chat\?)[a-z0-9_-]{3}")
# Social networks' profile links, whose path names a person's account: VK's `vk.com/id<digits>` (a user's number; a
# community's is `club`, `public` or `event` and digits) and `vk.com/<short name>` ending the path (five characters or
# more, letters, digits, `_` and `.`), unless one of VK's own pages or a community's or a post's path (_VK_PATHS,
# _VK_OBJECT); Odnoklassniki's `ok.ru/profile/<digits>` (a group's is `ok.ru/group/`).
_PROFILE_LINK = re.compile(
    r"(?<![\w.-])(?:(?:m|www)\.)?(?:vk\.(?:com|ru)|vkontakte\.ru)/"
    r"([a-z0-9_]{2,32}(?:\.[a-z0-9_]{1,32}){0,3})(?![a-z0-9_-]|[./][a-z0-9_])"
    r"|(?<![\w.-])(?:(?:m|www)\.)?(?:ok|odnoklassniki)\.ru/profile/[0-9]{5}")
_VK_PATHS = frozenset("about account apps audio audios blog bookmarks browse business catalog community dev docs "
                      "donut feed friends games groups help images im jobs join legal login mail market messages "
                      "music notifications pages photos podcasts press privacy restore search services settings "
                      "stickers support terms video videos widget".split())
# A community's, a post's or a media object's path: its kind and a number (`club123`, `wall-123_45`, `photo1_2`).
_VK_OBJECT = re.compile(r"(?:club|public|event|wall|photo|video|album|topic|market|clip|app|note|story|doc|page|"
                        r"board|poll|audio|product|podcast|playlist|write)-?[0-9]")
# Social networks' and payment apps' links to an account (thirty-fifth attack): the host and a name ending the path
# (a trailing `/` or a query after it), as VK's above, or before one of the profile's own tabs (`/reels`, a post's
# `/status/<number>` and its photo: the post names its author): Instagram's, Facebook's, X's and Twitter's, Messenger's
# `m.me/<name>`, PayPal's `paypal.me/<name>`, Cash App's `$<name>`, Revolut's and Monzo's `<host>.me/<name>`, and
# (closer 46) the creators' pages named by their account (Linktree, Patreon, Ko-fi, Buy Me a Coffee, OnlyFans,
# Pinterest, Twitch); not one of their own pages (_NETWORK_PATHS), a file, nor a name of fewer than three characters.
# Where a network marks its profiles' paths, only a path so marked (closer 46: `tiktok.com/shop`, `venmo.com/card`
# are the networks' pages): TikTok's, Threads' and YouTube's `@<name>` (closer 54: YouTube's older `c/` and
# `user/` too; closer 179: its `channel/`), Venmo's `u/<name>`, Snapchat's `add/<name>`, LinkedIn's `in/<name>`, Steam
# Community's custom `id/<name>` (closer 179); and a name of the network's own
# grammar (_NAME_GRAMMARS: a Facebook name holds no `_` nor `-`, an X name no `.` nor `-`, an Instagram name no `-`).
# (Closer 184) OpenSea's profiles at its root (`opensea.io/<name>`, a tab after it: `/collected`), a marketplace's user.
# (Thirty-seventh attack) Venmo's older links at its root, a name of its grammar holding an id's mark; an amount after
# a payment link's name (`paypal.me/<name>/12.50`, `cash.app/$<name>/12`) and Ko-fi's `/tip` as a profile's tabs.
_NETWORK_LINK = re.compile(
    r"(?<![\w.-])(?:(?:www|m|mobile|web)\.)?(?:(instagram|facebook|twitter|x|fb)\.(?:com|net)|(instagr)\.am|"
    r"(m)\.me|(paypal|revolut|monzo)\.me|(?:www\.)?(paypal)\.com/paypalme|(venmo)\.com/u|(venmo\.com)|(cash)\.app|"
    r"(tiktok|youtube)\.com(?=/@)|(youtube)\.com/(?:c|user|channel)|(threads)\.(?:net|com)(?=/@)|(snapchat)\.com/add|"
    r"(steamcommunity)\.com/id|"
    r"(linkedin)\.com/in|(linktr)\.ee|"
    r"(ko-fi|buymeacoffee|patreon|onlyfans)\.com|(pinterest)\.(?:com|[a-z]{2}|co\.uk|com\.[a-z]{2})|(twitch)\.tv|"
    r"(weibo|kick|warpcast|github|gitlab|dribbble)\.com|(keybase)\.io|(behance)\.net|(bio)\.link|(beacons)\.ai|"
    r"(fb)\.me|(threema)\.id|(ig)\.me/m|(opensea)\.io)"
    r"/[@$]?([a-z0-9_][a-z0-9_.-]{2,40})"
    r"(?:/(?:status/[0-9]{1,25}(?:/(?:photo|video)/[0-9]{1,2})?|reels|tagged|media|likes|with_replies|followers|"
    r"following|videos|shorts|featured|posts|about|streams|playlists|pins|boards|membership|shop|tip|"
    # (closer 183: LinkedIn's profile sections, `in/<name>/details/experience/`, `recent-activity/all/`)
    r"details?/[a-z-]{2,30}|recent-activity(?:/[a-z-]{2,20})?|overlay/[a-z-]{2,30}|"
    r"collected|created|favorited|"
    r"[0-9]{1,9}(?:[.,][0-9]{1,2})?(?:[a-z]{3})?))?/?(?![a-z0-9_./-]|\?id=)")
_HOSTS_NAMED = _NETWORK_LINK.groups - 1  # (the groups naming the host, one of which matched; the name is the last)
_PAYMENT_HOSTS = frozenset("paypal venmo cash revolut monzo".split())
# (closer 50) Profile links by their path's shape, on any host (a Mastodon instance is any host): a host, then a path
# a network marks its profiles by, `/@<name>` (Mastodon's, Medium's; Matrix's `#/@`, Telegram's web app's `#@`),
# `/u/<name>`, `/user/<name>`, `/users/<name>`, `/profile/<name>`, `/user/profile/<name>`, the name ending the path;
# not a site's own page there (_OWN_PAGES: a shop's `/user/login`, `/u/cart`), nor a name without a letter (`/@48.85,
# 2.35` is a map's place) but a user's number after `users` (Discord's); and the paths of a few networks whose
# profiles sit under a word of their own: LinkedIn's `/pub/<name>`, Zoom's personal rooms `/my/<name>`, Signal's
# usernames `#eu/<name>`, Bilibili's `space.` host, Nostr's `njump.me/<key>`, Calendly's `<name>/<event>`,
# Substack's `<name>.substack.com`; HubSpot's scheduling pages `meetings.hubspot.com/<name>` (closer 149), a
# person's by default as Calendly's, a team's when a word of its name is a team's (person_routes.SCHEDULING_TEAM_WORDS:
# `calendly.com/acme-demo/30min`); Indeed's resume pages `indeed.com/r/<name>/<id>` (closer 183).
_PROFILE_PATH = re.compile(
    r"(?<![\w.-])(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,12}/(?:[a-z]/)?(?:(#?/?@)|(u|users?|(?:user/)?profile)/)"
    r"([a-z0-9_][a-z0-9_.:-]{1,80}+)/?(?![a-z0-9_./,:-])")  # (possessive: a name is not cut short to end there)
_HOSTED_PROFILE = re.compile(
    r"(?<![\w.-])(?:(?:[a-z0-9-]{1,63}\.)?zoom\.us/my|(?:www\.)?linkedin\.com/pub|signal\.me/#eu"
    r"|njump\.me|space\.bilibili\.com(?=/[0-9]{3})|calendly\.com(?=/[a-z0-9_.-]{3,60}/[a-z0-9-]{1,40}/?(?![\w./-]))"
    r"|meetings(?:-[a-z0-9]{2,6})?\.hubspot\.com(?=/[a-z0-9_.-]{3,60}/?(?![\w./-]))"
    # (closer 183: Indeed's resumes, `indeed.com/r/<given>-<family>/<id>`)
    r"|(?:[a-z]{2,3}\.)?indeed\.(?:com|co\.uk|[a-z]{2})/r(?=/[a-z0-9_.-]{3,90}/[a-z0-9]{4,40}/?(?![\w./-])))"
    r"/([a-z0-9_][a-z0-9_.-]{2,90})"
    r"|(?<![\w.-])([a-z0-9][a-z0-9-]{2,62})\.substack\.com(?![\w.-])")
# A site's own pages where a profile's path could stand (its sign-in, its account's and its cart's pages).
_OWN_PAGES = frozenset("login logout signin sign_in sign-in signup sign_up sign-up sign_out sign-out register "
                       "registration account accounts settings edit orders order cart basket wishlist favorites "
                       "favourites password reset addresses address dashboard me new create update delete view show "
                       "index home overview preferences notifications security subscriptions payments billing "
                       "returns reviews coupons points rewards profile user users www on support".split())
# The hosts of the profile links above, as a page's URL or its referrer names them (clean_url reads such a URL's host
# and path together; a shop's own URL of a profile's shape is its own page as often, `/@adidas`, `/u/store42`).
PROFILE_HOSTS = frozenset(
    f"{prefix}{host}" for prefix in ("", "www.", "m.", "mobile.", "web.") for host in (
        "vk.com vk.ru vkontakte.ru ok.ru odnoklassniki.ru instagram.com instagr.am facebook.com fb.com fb.me m.me "
        "twitter.com x.com paypal.me revolut.me monzo.me paypal.com venmo.com cash.app tiktok.com youtube.com "
        "threads.net threads.com snapchat.com linkedin.com linktr.ee ko-fi.com buymeacoffee.com patreon.com "
        "onlyfans.com pinterest.com twitch.tv weibo.com kick.com warpcast.com github.com gitlab.com dribbble.com "
        "keybase.io behance.net bio.link beacons.ai threema.id ig.me t.me telegram.me line.me signal.me njump.me "
        "calendly.com space.bilibili.com zoom.us matrix.to telegram.org mastodon.social bsky.app hey.xyz reddit.com "
        "discord.com douyin.com xiaohongshu.com xing.com medium.com steamcommunity.com "
        # (closer 183: Indeed's resume pages, on its country hosts too)
        "indeed.com indeed.co.uk de.indeed.com uk.indeed.com fr.indeed.com es.indeed.com it.indeed.com "
        "nl.indeed.com at.indeed.com ch.indeed.com ca.indeed.com au.indeed.com in.indeed.com opensea.io").split())
# The grammar of each network's names that has one (their help centres' rules), by the host's word.
_NAME_GRAMMARS = {
    "facebook": re.compile(r"[a-z0-9.]{5,50}"), "fb": re.compile(r"[a-z0-9.]{5,50}"),
    "m": re.compile(r"[a-z0-9.]{5,50}"),  # (Messenger's `m.me/<name>`: a Facebook name)
    "x": re.compile(r"[a-z0-9_]{1,50}"), "twitter": re.compile(r"[a-z0-9_]{1,50}"),
    "instagram": re.compile(r"[a-z0-9._]{1,30}"), "instagr": re.compile(r"[a-z0-9._]{1,30}"),
    # (Venmo's names at its root, its older links: five to thirty letters, digits, `-` and `_`, and one of those
    # marks, which its own pages, `venmo.com/card`, `venmo.com/about`, have not)
    "venmo.com": re.compile(r"(?=[a-z0-9]*[0-9_-])[a-z][a-z0-9_-]{4,29}"),
}
# (Closer 79) The same networks' links in their apps' own schemes, which name the account as their web links do:
# Messenger's thread with a person (`fb-messenger://user-thread/<name>`, as `m.me/<name>`), Facebook's profile
# (`fb://profile/<number>`), Instagram's (`instagram://user?username=<name>`), X's (`twitter://user?screen_name=`),
# Snapchat's (`snapchat://add/<name>`), LinkedIn's (`linkedin://in/<name>`); each name read by its network's
# grammar (_NAME_GRAMMARS, by the web host's word in _APP_HOSTS).
_APP_LINK = re.compile(
    r"(?<![\w.+-])(?:(fb-messenger)://user(?:-thread)?/|(fb)://profile/(?:\?id=)?|(instagram)://user\?username="
    r"|(twitter)://user\?screen_name=|(snapchat)://add/|(linkedin)://in/)([a-z0-9_][a-z0-9_.-]{2,40})(?![a-z0-9_.-])")
_APP_HOSTS = {"fb-messenger": "m", "fb": "facebook", "instagram": "instagram", "twitter": "x", "snapchat": "snapchat",
              "linkedin": "linkedin"}
APP_SCHEMES = frozenset(_APP_HOSTS)  # (clean_url reads a URL of these schemes whole)
# Facebook's profiles by number (`profile.php?id=<number>`, `people/<name>/<number>`): a person's account.
_FACEBOOK_NUMBERED = re.compile(r"(?<![\w.-])(?:(?:www|m|mobile|web)\.)?(?:facebook|fb)\.com/"
                                r"(?:profile\.php\?id=[0-9]{5}|people/[^/?#\s]{1,80}/[0-9]{5})")
# The networks' own pages and the creators' sites' (their site maps: Facebook's bookmarks, X's premium, Instagram's
# download page, Pinterest's ideas, Twitch's directory, Linktree's marketplace...).
_NETWORK_PATHS = frozenset("about accounts add ads api apps blog business careers developer developers direct events "
                           "explore friends groups hashtag help home i intent jobs legal login logout marketplace "
                           "messages notifications p pages photo photos policies privacy profile.php reel reels "
                           "search settings share sharer sharer.php signup stories terms tos tv watch web "
                           "your_activity "
                           "bookmarks saved gaming offers shops fundraisers fundraiser memories games live weather "
                           "donate community news places recover reg pricing features creators create download shop "
                           "directory emails session press premium compose lists communities topics account "
                           "verified-choose ideas today pin categories shopping directory downloads subscriptions "
                           "prime turbo videos store admin register s templates discover manage c posts "
                           "support safety transparency legal cookies coins foryou following upload "
                           "community-guidelines trends "
                           # (closer 184: OpenSea's own pages, its profiles at its root)
                           "collection collections assets asset item items rankings drops activity learn stats "
                           "studio solana ethereum polygon base arbitrum deals category token tokens swap "
                           # (closer 191: its trading app's and its rewards' pages)
                           "pro rewards".split())
_FILE_NAME = re.compile(r".*\.(?:php|html?|js|css|png|jpe?g|gif|svg|xml|txt|json)")
# WeChat's generated id: `wxid_` and its letters and digits (fourteen today; six or more read).
_WXID = re.compile(r"(?<![a-z0-9])wxid_[a-z0-9]{6,}")


def reason(form: str) -> str:
    """MESSENGER_ACCOUNT when canonical `form` holds a messenger's account id after its label or in its contact
    link, or WeChat's generated id; SOCIAL_PROFILE when it holds a social network's profile link; else "". The
    detector calls it on ASCII text (most values) only when it holds a label's `:` or `=`, an id's `@` or `_`, or a
    link's `me/`, `.com/` or `.ru/` (substring scans in C): there an id after a blank alone (`WeChat abc123`) is
    not read."""
    low = form.lower()
    if "wxid_" in low and _WXID.search(low) is not None:
        return MESSENGER_ACCOUNT
    if "/" in low:
        account = _link_reason(low)
        if account:
            return account
    if _running_text_account(low):
        return SOCIAL_PROFILE
    labelled = _LABELLED_ASCII if form.isascii() else _LABELLED
    found = labelled.search(low)  # (most values hold no messenger's name: one search, no iterator)
    while found is not None:
        if _labelled(low, found) and not _product_code(form, low, found):
            name = found.group(1)
            return (PAYMENT_ACCOUNT if name in _PAYMENT_APPS else SOCIAL_PROFILE if (
                name in _NETWORK_NAMES or name in _SHORT_NAMES) and name != "tg" else MESSENGER_ACCOUNT)
        found = labelled.search(low, found.start(5))
    return ""


# (closer 205, ninetieth attack) A member's account in running text: after `my <network> is` (`my ig is jo.smith.96`;
# the verb of being as provider_handles reads it for a mailbox), or after a user's or a member's word, a block's verb
# or a purchase's `by` (`find user jo_smith on grindr`, `unmatch and block jo_smith`, `Boost purchased by jo_smith`).
# The account is an id's shape: words joined by `.` or `_`, one of three letters at least, no tool's or field's word
# (`block user_agent`, `purchased by customer_id`), ending its clause or before `on` and an app's name.
_ACCOUNT_TOKEN = r"@?([a-z][a-z0-9]*(?:[._][a-z0-9]+){1,3})"
_POSSESSED = re.compile(f"(?<![a-z])(?:my|mein|meine|mon|ma|mi|mio|mijn)[ \t]{{1,3}}"
                        f"({by_first_letter(_ASCII_NAMES)})[ \t]{{1,3}}(?:is|ist|est|es|è|e|=)[ \t]{{1,3}}"
                        f"{_ACCOUNT_TOKEN}")
_NAMED_BY_VERB = re.compile(f"(?<![a-z])(?:user|member|username|block|unmatch|purchased by|bought by|gifted by)"
                            f"[ \t]{{1,3}}{_ACCOUNT_TOKEN}")
_ON_AN_APP = re.compile(r"[ 	]{1,3}on[ 	]{1,3}[a-z]{3,}[ 	]{0,3}$")
_FIELD_WORDS = frozenset("id ids user users agent name names key keys type types data list code codes token status "
                         "count date time url uri path file by at to".split())


def _running_text_account(low: str) -> bool:
    """Whether lower-cased `low` holds a member's account in running text (above)."""
    for pattern in (_POSSESSED, _NAMED_BY_VERB):
        for match in pattern.finditer(low):
            token = match.group(match.lastindex or 1).rstrip("._")
            words = re.split("[._]", token)
            if (_THREE_LETTERS.search(token) is None or not _FIELD_WORDS.isdisjoint(words) or all(
                    a_vocabulary_word(word) for word in words)  # (closer 210: a compound's, `block spam_calls`)
                    or names_a_tool(token) or _FILE_NAME.fullmatch(token) is not None
                    or sum(1 for word in words if word.isalpha() and len(word) >= 3) < (1 if pattern is _POSSESSED
                                                                                         else 2)):
                continue
            end = match.end()
            if (_CLAUSE_END.match(low, end) is not None or _ON_AN_APP.match(low, end) is not None
                    or pattern is _POSSESSED or _PICTOGRAPH_AFTER.match(low, end) is not None):
                return True
    return False


_SCHEDULING_WORD = re.compile(r"[a-z]{2,}")


def _profile_name(match: re.Match[str]) -> bool:
    """Whether a profile link by its path's shape (_PROFILE_PATH, _HOSTED_PROFILE) names an account: not a site's
    own page, nor a file, a letter in the name, or a user's number under `users/` (Discord's) or a network's own
    word (Bilibili's `space.`; a site's `/profile/<number>` is its own record as often)."""
    name = (match.group(match.lastindex or 0) or "").rstrip(".:-")
    if name in _OWN_PAGES or name in _NETWORK_PATHS or _FILE_NAME.fullmatch(name) is not None:
        return False
    if match.re is _HOSTED_PROFILE and ("calendly" in match.group(0) or "hubspot" in match.group(0)) and any(
            word in SCHEDULING_TEAM_WORDS for word in _SCHEDULING_WORD.findall(name)):
        return False
    return _LETTER.search(name) is not None or name.isdigit() and len(name) >= 5 and (
        match.re is not _PROFILE_PATH or match.group(2) == "users")


def _link_reason(low: str) -> str:
    """What account a messenger's contact link or a network's profile link in lower-cased `low` names, or ""."""
    if "://" in low and ("fb" in low or "gram:" in low or "ter:" in low or "chat:" in low or "din:" in low):
        account = _app_link_reason(low)
        if account:
            return account
    for match in _LINK.finditer(low):
        if not match.group(1) or _telegram_name(match.group(1)):
            return MESSENGER_ACCOUNT
    if (".com/" in low or ".me/" in low or ".app/" in low or ".am/" in low or ".ee/" in low or ".tv/" in low
            or ".net/" in low or ".io/" in low or ".ai/" in low or ".link/" in low or ".id/" in low
            or "pinterest." in low):  # (Pinterest's hosts of each country, `pinterest.co.uk/<name>`; closer 54)
        if ".com/p" in low and _FACEBOOK_NUMBERED.search(low) is not None:
            return SOCIAL_PROFILE
        for match in _NETWORK_LINK.finditer(low):
            account = _network_link_reason(match)
            if account:
                return account
    if ("/@" in low or "#@" in low or "/u/" in low or "/user" in low or "/profile/" in low) and any(
            _profile_name(match) for match in _PROFILE_PATH.finditer(low)):
        return SOCIAL_PROFILE
    if ("/my/" in low or "/pub/" in low or "#eu/" in low or "space." in low or "calendly" in low or "hubspot" in low
            or ".substack." in low or "njump" in low or "indeed." in low) and any(
                _profile_name(match) for match in _HOSTED_PROFILE.finditer(low)):
        return SOCIAL_PROFILE
    if ".ru/" in low or "vk.com/" in low:
        for match in _PROFILE_LINK.finditer(low):
            if not match.group(1) or _vk_account(match.group(1)):
                return SOCIAL_PROFILE
    return ""


def _app_link_reason(low: str) -> str:
    """SOCIAL_PROFILE when lower-cased `low` holds a network's app link to an account (_APP_LINK), else ""."""
    for match in _APP_LINK.finditer(low):
        grammar = _NAME_GRAMMARS.get(_APP_HOSTS[next(word for word in match.groups()[:-1] if word)])
        name = match.group(match.lastindex or 0).rstrip(".-")
        if name not in _NETWORK_PATHS and (grammar is None or grammar.fullmatch(name) is not None):
            return SOCIAL_PROFILE
    return ""


def _network_link_reason(match: re.Match[str]) -> str:
    """SOCIAL_PROFILE or PAYMENT_ACCOUNT when a network's link (_NETWORK_LINK) names an account, else ""."""
    host = next(word for word in match.groups()[:_HOSTS_NAMED] if word)
    name = match.group(_HOSTS_NAMED + 1).rstrip(".-")
    grammar = _NAME_GRAMMARS.get(host)
    if (name in _NETWORK_PATHS or _FILE_NAME.fullmatch(name) is not None or _LETTER.search(name) is None
            or grammar is not None and grammar.fullmatch(name) is None or _a_marketplace_section(host, name)):
        return ""
    return PAYMENT_ACCOUNT if host.partition(".")[0] in _PAYMENT_HOSTS else SOCIAL_PROFILE  # (`venmo.com`: Venmo's)


def _a_marketplace_section(host: str, name: str) -> bool:
    """Whether `name` at OpenSea's root is one of its own pages' sections, its page's word before a hyphen and the
    section's (`explore-art`, `explore-collections`; closer 191): a profile's name at its root opens on none of
    them."""
    return host == "opensea" and "-" in name and name.partition("-")[0] in _NETWORK_PATHS


def account_under_key(key: str, form: str) -> str:
    """PAYMENT_ACCOUNT, SOCIAL_PROFILE or MESSENGER_ACCOUNT when canonical `form`, the value of a key naming a
    network or a payment app alone (NETWORK_KEYS: `?paypal=`, `?tg=`), is an account: the key is its label and the
    value its whole field (closer 46), so an account of letters alone is read too (`?paypal=josmith`), unless the
    name is an ordinary word (`snap`, `wise`) and the value holds no id's mark; not a flag (_FLAG_WORDS: `?paypal=1`,
    `?swish=enabled`), an identifier of the networks' tools (`?tg=ab_test`) nor a file's name; else as `<key>:
    <value>` in free text (reason)."""
    value = form.strip().lower()
    account = value[1:] if value[:1] in ("@", "$") else value
    if _WHOLE_ACCOUNT.fullmatch(account) is None:
        return reason(f"{key}: {form}")
    if (account in _FLAG_WORDS or _THREE_LETTERS.search(account) is None or _FILE_NAME.fullmatch(account) is not None
            or not _TOOL_WORDS.isdisjoint(_WORD_RUN.findall(account))
            or key in _ORDINARY_WORD_KEYS and _ID_MARKS.isdisjoint(account)):
        return ""
    return (PAYMENT_ACCOUNT if key in _PAYMENT_APPS or key == "pix" else MESSENGER_ACCOUNT if key == "tg"
            else SOCIAL_PROFILE)


def channel_tag(key: str, form: str) -> bool:
    """Whether canonical `form`, under a key naming where a visit comes from (_SOURCE_KEYS: `ref`, `utm_campaign`),
    is a channel's tag: a network's name glued by a colon to a code (`?ref=ig:summer_sale`), as `utm_source=instagram`
    names the channel; an id after it is a campaign's code as an id alone is (`?ref=jo.smith`)."""
    if key.lower() not in _SOURCE_KEYS:
        return False
    found = _CHANNEL_TAG.fullmatch(form.strip().lower())
    return found is not None and (found.group(1) in _NETWORK_NAMES or found.group(1) in _SHORT_NAMES)


_SOURCE_KEYS = frozenset("ref referrer source src via from channel campaign utm_source utm_medium utm_campaign "
                         "utm_content utm_term utm_id".split())
_CHANNEL_TAG = re.compile(r"([a-z]{2,12}):[a-z0-9][a-z0-9._-]{2,40}")


def _vk_account(path: str) -> bool:
    """Whether the one-segment path of a VK link names an account: `id` and a user's number, or a short name."""
    if path.startswith("id") and path[2:].isdigit():
        return True
    return (len(path) >= 5 and path not in _VK_PATHS and _VK_OBJECT.match(path) is None
            and _FILE_NAME.fullmatch(path) is None)


def _telegram_name(name: str) -> bool:
    return name not in _TELEGRAM_PATHS and not name.endswith("bot")


# (closer 163) A product's or a line's code: three parts or more of capitals or digits joined by dashes, one of digits
# (`Line ID: GEA-FTTC-80`, a broadband product); a LINE id is chosen by its user in lower case.
_PRODUCT_CODE = re.compile(r"[A-Z0-9]{2,8}(?:-[A-Z0-9]{1,8}){2,4}")


def _product_code(form: str, low: str, match: re.Match[str]) -> bool:
    """Whether the id after a messenger's label in `form` (`low` lower-cased, of its length) is written as a product's
    code (_PRODUCT_CODE), in a text that is not all in capitals."""
    token = form[match.start(5):match.end(5)].rstrip(".-_") if len(form) == len(low) else ""
    return (_PRODUCT_CODE.fullmatch(token) is not None and any(char.isdigit() for char in token)
            and not form.isupper())


# A community's invite link after its network's label (closer 177: `Discord: discord.gg/fortnite`, Discord's server
# invites, Telegram's and WhatsApp's groups' `joinchat` and `chat.` links): a server's or a group's, no person's; and
# (closer 187, review 32) a community's own page, a subreddit or a Facebook or LinkedIn group (`Reddit:
# reddit.com/r/gaming`, `facebook.com/groups/…`), where a member's profile has its own path (`/u/`, `/user/`, `/in/`).
_COMMUNITY_INVITE = re.compile(r"(?:https?://)?(?:www\.|m\.|old\.)?(?:discord\.gg/|discord(?:app)?\.com/invite/"
                               r"|t\.me/(?:joinchat/|\+)|chat\.whatsapp\.com/|reddit\.com/r/"
                               r"|(?:facebook|linkedin)\.com/groups/)")


def _labelled(low: str, match: re.Match[str]) -> bool:
    """Whether a messenger's label (_LABELLED) is followed by an account id."""
    name, after, separator, sign, token = match.groups()
    start = match.start()
    handle_word = bool(after) or _HANDLE_BEFORE.search(low, max(0, start - 16), start) is not None
    if not separator and (after or name)[-1].isascii():
        return False  # a Latin label glued to what follows is another word (`wechatpay`); CJK labels are glued
    if name in _WORD_NAMES and not handle_word:
        return False
    token = token.rstrip(".-_")
    if _COMMUNITY_INVITE.match(low, match.start(5)) is not None:
        return False
    if name == "qq" and token.isdigit() and 5 <= len(token) <= 11 and ":" in separator:
        return True  # (a QQ account is its number: `QQ: 2739258141`)
    if not 4 <= len(token) <= 32 or not any(char.isalpha() for char in token):
        return False
    if name in _NETWORK_NAMES or name in _SHORT_NAMES:
        return _network_account(low, match, token)
    if not sign and not _DASHES.isdisjoint(separator):
        return False  # (a messenger's name before a dash is a title's: `Kakao - Friends_2024`)
    if sign == "$":
        return False  # (a cashtag is Cash App's alone)
    if sign or _ID_MARKS.intersection(token):
        return True
    # a word of letters alone is an id only after a handle word and the label's colon, ending the field
    # (`LINE ID: chenmeiling`; `Line ID link` is a title, `Kakao ID: custom property` a phrase)
    return handle_word and (":" in separator or "=" in separator) and _FIELD_END.match(low, match.end()) is not None


def _network_account(low: str, match: re.Match[str], token: str) -> bool:
    """Whether `token` after a social network's or a payment app's name (_NETWORKS, _SHORT_NETWORKS) in `low` is an
    account: after `@` (`$` after Cash App's), or after a colon, `=`, an arrow or a dash between blanks, opening with a
    letter, holding a word of three letters and an id's mark, and ending its clause (_CLAUSE_END: `IG: summer_sale
    lookbook` names a product); never a file's name, nor an identifier holding a word of the networks' own tools
    (_TOOL_WORDS: `Facebook: pixel_id`, `PayPal: smart_buttons`); X, SC and DC, letters of a product's name as often
    (`Tesla Model X:`, `Kerbal SC:`), only opening the text or a clause; after a short name, a colon, `=` or an arrow
    always; after a colon, an account of a person's shape whatever follows (_PERSON_SHAPED)."""
    name, separator, sign = match.group(1), match.group(3), match.group(4)
    colon = not _COLONS.isdisjoint(separator)
    if sign:
        # (Telegram's short name is a messenger's, whose accounts are people's: `hmu on tg @…`; closer 205)
        return (colon or name in _NETWORK_NAMES or name == "tg") and (sign == "@" or name in ("cashapp", "cash app"))
    if name == "reddit" and token.startswith("u/"):
        return _CLAUSE_END.match(low, match.end()) is not None  # (Reddit's `u/` marks its users as `@` does)
    if name in _AT_ONLY_NAMES:
        # (`Threads: cotton_50wt` is a sewing thread's; a Lens account ends in its network's `.lens`)
        return (colon and name == "lens" and token.endswith(".lens")
                and _CLAUSE_END.match(low, match.end()) is not None)
    # (an invitation in the first person names the account after the network's name and a blank: `add me on snap
    # jo_smith`; `Follow us on Instagram` has none after it)
    invited = not separator.strip() and low.endswith("me on ", 0, match.start())
    if not ((colon or invited) and token[0].isalpha() and _THREE_LETTERS.search(token) is not None
            and not (_ID_MARKS.isdisjoint(token) and "#" not in token and not (name in _DASHED and "-" in token))):
        return False
    if name in _LETTER_NAMES and not _opens_clause(low, match.start()):
        return False
    return ((_CLAUSE_END.match(low, match.end()) is not None or colon and _DASHES.isdisjoint(separator)
             and (_PERSON_SHAPED.fullmatch(token) is not None and addressed_after(low, match.end())
                  or _PICTOGRAPH_AFTER.match(low, match.end()) is not None))
            and _FILE_NAME.fullmatch(token) is None and _TOOL_WORDS.isdisjoint(_WORD_RUN.findall(token)))


# (closer 205, ninetieth attack) A pictograph right after an account ends its clause, as a bio sets its clauses apart
# (`snap: jo_smith 👻 no hookups`); a product's identifier is followed by its own words (`IG: summer_sale lookbook`).
_PICTOGRAPH_AFTER = re.compile("[ \t]{1,3}[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _opens_clause(low: str, start: int) -> bool:
    """Whether the word at `start` opens `low` or a clause (after a clause's mark and up to three blanks)."""
    before = start
    while before > 0 and start - before < 3 and low[before - 1] in " \t":
        before -= 1
    return before == 0 or low[before - 1] in _CLAUSE_MARKS


# Words the networks and payment apps name their own tools and settings by (their business dashboards' and developer
# documentation's: the Pixel, the Conversions API, catalogs, shopping tags, smart buttons, a transaction's id, a
# sandbox, a bot, Bluesky's starter packs) and their own products (closer 54: the payment apps' cards, Twitch's
# streams and Prime Gaming, LinkedIn's Sales Navigator, YouTube Premium, Facebook's Portal; the mail providers'
# mail, inbox, calendar and setup guides, and as internet providers their lines, fibre, tariffs and routers): an
# identifier holding one is a setting, a feature or a product, not an account.
_TOOL_WORDS = frozenset("api apis sdk capi pixel pixels events conversions catalog catalogue ads shopping tag tags "
                        "button buttons checkout sync template templates test sandbox webhook webhooks widget plugin "
                        "txn payid pay bot starter card cards stream streaming navigator premium prime gaming "
                        "portal mail email inbox calendar setup guide dsl fibra fibre fiber tarif tariff "
                        "router".split())


def names_a_tool(token: str) -> bool:
    """Whether lower-cased `token` holds a word the platforms name their own tools, settings or products by
    (_TOOL_WORDS: `pixel_id`, `mail.guide`, `setup_guide`)."""
    return not _TOOL_WORDS.isdisjoint(_WORD_RUN.findall(token))
_WORD_RUN = re.compile("[a-z]+")
# Networks whose name is an ordinary word of shop data (Threads: a sewing thread's, a screw's): an account after
# `@` alone.
_AT_ONLY_NAMES = frozenset(["threads", "medium", "lens"])
# Networks' short names that are letters of a product's name or a code as often (`Model X`, `Kerbal SC`, `12V DC`).
_LETTER_NAMES = frozenset(["x", "sc", "dc"])
# Networks whose account names are written with a dash between words, as their own grammar allows (Venmo's
# `jo-smith`, as its links show): there a dash is an id's mark too.
_DASHED = frozenset(["venmo"])
_CLAUSE_MARKS = frozenset(",;|/()[]\n\r.!?:#")
# What may follow an account ending its clause: no word, up to a clause's mark or the end (emoji, punctuation:
# `Instagram: jo.smith 📸`; a URL's query, `?x=1`, `&step=2`); a word after it makes the identifier part of a phrase
# (`X: size_xl long`).
_CLAUSE_END = re.compile(r"[^\w,;|/)\]\n\r.!?#&]*+(?:$|[,;|/)\]\n\r#&]|[.!?]++(?:\s|$)|\?(?=[\w%]))")
# An account of a person's shape, a dot between letters or a birth year's digits after letters (`jo.smith`,
# `jo_smith85`), after a label's colon is an account when the word after it addresses the reader (_ADDRESSED:
# `Instagram: jo.smith follow me`; review 22): a product's dotted name is followed by its own words
# (`TikTok: trending.sounds 2024`, `iCloud: photo.library export tool`).
# Words a visitor writes after their own account, to the reader: a call (`follow`, `add me`, `dm`, `subscribe`,
# `live now`), a courtesy (`pls`, `thx`, `merci`, `bitte`), an urgency or a time (`asap`, `today`, `daily`) or a
# conjunction joining more (`and more`), in the languages of the networks' users.
_ADDRESSED = frozenset("follow follows add dm pm message msg text write subscribe sub watch live join check me "
                       "pls plz please thx thanks thank ty merci bitte danke gracias grazie obrigado asap today now "
                       "daily tonight and or und oder et ou y".split())
_NEXT_WORD = re.compile(r"[ \t]{1,3}([a-z]{1,12})(?![a-z])")


def addressed_after(low: str, end: int) -> bool:
    """Whether the word after position `end` of `low` addresses the reader (_ADDRESSED), as a visitor's words after
    their own account do."""
    word = _NEXT_WORD.match(low, end)
    return word is not None and word.group(1) in _ADDRESSED


_PERSON_SHAPED = re.compile(r"[a-z0-9_]*[a-z]\.[a-z][a-z0-9._]*"
                            r"|[a-z][a-z._]*[a-z][._]?(?:[4-9][0-9]|0[0-9]|19[4-9][0-9]|200[0-9])")


# Keys naming a network or a payment app alone (not X, SC, DC: a coordinate's and a code's letters, `?x=size_xl`).
# (closer 50: and the short names of platforms as keys alone, `?ok=`, `?bsky=`, `?ens=`, and of the mail providers
# whose accounts are their users' names, `?yandex=`, `?naver=`; not Medium and Lens, a campaign's and a product's
# words, nor Line, a product line's)
NETWORK_KEYS = frozenset(name for name in (*_NETWORKS, *_SHORT_NETWORKS, "ok", "bsky", "ens", "yandex", "naver")
                         if name.isalpha() and name.isascii()) - _LETTER_NAMES - {"medium", "lens"}
_ORDINARY_WORD_KEYS = frozenset(["snap", "wise", "threads", "kick", "ok", "yandex", "naver"])  # (`?snap=grid`)
_WHOLE_ACCOUNT = re.compile(r"[a-z][a-z0-9._-]{2,40}(?:#[0-9]{4})?")
# A flag's words, as a setting's value writes them (`?paypal=enabled`).
_FLAG_WORDS = frozenset("true false yes no on off enabled disabled enable disable active inactive none null".split())
_THREE_LETTERS = re.compile("[a-z]{3}")
_LETTER = re.compile("[a-z]")
_FIELD_END = re.compile(r"\s*(?:$|[,;|)\]\n\r])")
_ID_MARKS: FrozenSet[str] = frozenset("0123456789_.")  # what sets an id apart from the word after a name


# (closer 150) An @mention spelling a full name as its handle, a mark between the capitalized given and family names
# (`@Given.Family you are wrong …`, `@Given_Family`), opening the text or after a blank: a private reader's name
# however a leaf reads it (no word before the `@`, not a mail address; no dot and a word after it, not a domain).
# (closer 162, review 26: or both in lower case, `@given.family`, judged by their capitalized form)
_MENTIONED_NAME = re.compile(r"(?:^|(?<=[\s(\"]))@([A-Z][a-z]{1,29}|[a-z]{2,30})[._-]([A-Z][a-z]{1,29}|[a-z]{2,30})"
                             r"(?![\w@-]|\.[A-Za-z])")


# A domain's ending or a field's word, a handle's second part where a domain or a key was split (`@Example.Com`,
# `@Order_Id`): no family name.
_NOT_FAMILY_WORDS = frozenset("com org net edu gov info biz io co de uk fr is id ids key keys list name names".split())
# (closer 162) A brand's account's section, its handle's second part (`@zara.home`, `@bbc.sport`, `@nike.running`):
# no family name. And a lower-case part with no vowel is an acronym's (`@bbc.…`), no name.
_ACCOUNT_SECTIONS = frozenset(
    "home store stores shop shops official sport sports news music running football live tv radio originals kids "
    "women men beauty style fashion outlet deals offers support help care team world global europe usa us es it nl "
    "au ca jp app apps games gaming food eats travel studio studios magazine mag daily online direct".split())
_VOWEL = re.compile("[aeiouy]")
# (a lower-case handle only before running text, as a reply writes it: `@odata.context` alone is an OData key)
_TEXT_GOES_ON = re.compile(r"[ \t]{1,3}[^\W\d_]")


def mention_names_a_person(form: str, a_person: Callable[[str], bool]) -> bool:
    """Whether canonical `form` holds an @mention spelling a full name (above) that `a_person` calls a person's."""
    return any(family.lower() not in _NOT_FAMILY_WORDS and given.lower() != "example" and family.lower() != "example"
               and family.lower() not in _ACCOUNT_SECTIONS and not (given.islower() and (
                   _VOWEL.search(given) is None or _VOWEL.search(family) is None
                   or _TEXT_GOES_ON.match(form, match.end()) is None))
               and a_person(f"{given.capitalize()} {family.capitalize()}") for match in _MENTIONED_NAME.finditer(form)
               for given, family in (match.groups(),))
