"""A player's own account on a gaming platform (closer 123, the sixty-third attack): a platform answers its id with
the player's profile, friends, play history and often the real name, so the id names its player.

- After its label, by meaning in the key lexicon's languages (key_lexicon.ALONE["gamer id"], GAMING_PLATFORMS,
  PLATFORM_ACCOUNT_WORDS, FRIEND_CODES): a name the platforms give the account (`Gamertag`, `SteamID64`,
  `BattleTag`, `XUID`, `Beschwörername`, `summoner name`), maybe after its platform's name (`Xbox Gamertag`), or a
  platform's name and an account's word (`PSN-ID`, `Riot ID`, `Epic Games Anzeigename`, `Steam name`); then a colon,
  `=` or a verb "is" (`My Riot ID is …`) and the account, maybe in quotes: a token holding a letter, or six digits at
  least, that is the whole of its field (`Steam Konto: Guthaben 50 €` is a sentence) and no account's state
  (`Gamertag: required`). After a friend code's names (`Freundescode`, `code ami`) a Nintendo friend code only,
  twelve digits in fours, maybe after `SW-`: a shop's referral code is a friend code too.
- Where the account has a shape of its own, that shape after the label and a blank alone, or after a platform's name
  alone and its colon: a Riot ID or a BattleTag (a name, `#` and its tag: `BattleTag Vorstelk#21784`), a SteamID64, a
  friend code. `Riot ID Change – Tagline #EUW`, `Xbox Gamertag-Änderung`, `Xbox Live: gold.membership` hold none.
- A SteamID64 (seventeen digits from `7656119`: Steam's individual accounts, 76561197960265728 and up) after a Steam
  word anywhere before it in the text (`steam:…`, `SteamID`, Steam's OpenID callback's `steamcommunity.com/openid/
  id/…`), and Steam's older spellings of an account, which name themselves (`STEAM_0:1:…`, `[U:1:…]`). Alone, 17
  digits carry no check: README's numbers with no check digit and no label.

The values are read in the canonical form; the reasons name the kind, never the value.
"""

from __future__ import annotations

import re
from typing import Iterable, List

from . import key_lexicon
from .canonical import canonical
from .personal_keys import account_state, titled_state

GAMER_ID = "holds a player's gaming account after its label"
STEAM_ID = "holds a Steam account's id"


def _label_forms(words: Iterable[str]) -> List[str]:
    """Each of `words` (the lexicon's, `_` between a label's words) as a pattern of its canonical form in lower case,
    a blank, `_`, `-` or nothing between its words (`Gamer-Tag`, `gamer_tag`), a dot kept (`battle.net`)."""
    forms = {canonical(word.replace("_", " "))[0].lower() for word in words}
    return [re.escape(form).replace("\\ ", "[ _'-]?") for form in sorted(forms, key=lambda form: (-len(form), form))]


_OWN_NAMES = _label_forms(word for words in key_lexicon.ALONE["gamer id"].values() for word in words.split())
# (a fantasy game's, a poker room's and a betting exchange's too, and their accounts' words: closer 193)
_PLATFORMS = _label_forms(f"{key_lexicon.GAMING_PLATFORMS} {key_lexicon.BETTING_PLATFORMS}".split())
_ACCOUNT_WORDS = _label_forms([word for words in key_lexicon.PLATFORM_ACCOUNT_WORDS.values() for word in words.split()]
                              + key_lexicon.BETTING_ACCOUNT_WORDS.split())
_NICKNAMES = _label_forms(key_lexicon.NICKNAMES_BEFORE_PLATFORM.split())
_FRIEND_CODE_NAMES = _label_forms(word for words in key_lexicon.FRIEND_CODES.values() for word in words.split())
_PLATFORM = f"(?:{'|'.join(_PLATFORMS)})"
# A label, read in the lower-cased form: a platform's name maybe, and an account's own name or a friend code's; or a
# platform's name and an account's word; or a platform's name alone (`platform`), whose value needs its shape. No
# letter or digit glued before it or after it; its end, a colon (its blanks), `=` or a verb "is" (`mark`: `My Riot ID is
# …`, `Mein Gamertag ist …`), or blanks alone.
_LABEL = re.compile(
    f"(?<![^\\W_])(?:(?:{_PLATFORM}[ _-]{{0,2}})?(?:(?P<friend>{'|'.join(_FRIEND_CODE_NAMES)})"
    f"|(?P<own>{'|'.join(_OWN_NAMES)}))|(?P<account>{_PLATFORM}[ _-]{{0,2}}(?:{'|'.join(_ACCOUNT_WORDS)}))"
    f"|(?P<nickname>(?:{'|'.join(_NICKNAMES)})[ _-]{{1,2}}{_PLATFORM})|(?P<platform>{_PLATFORM}))(?![^\\W_])"
    f"[ \\t]{{0,3}}(?:(?P<mark>[:=]|(?<=[ \\t])(?:is|ist|est|es)(?=[ \\t]))"
    "[ \\t]{0,3}|(?<=[ \\t]))")


def _opening(word: str) -> str:
    """A pattern of the first three letters of a label's `word` (the lexicon's), a joint allowed where its first word
    is shorter (`in-game name`: `in[ _'-]?g`)."""
    letters = canonical(word.replace("_", ""))[0].lower()[:3]
    first = canonical(word.split("_", 1)[0])[0].lower()
    if len(first) >= len(letters):
        return re.escape(letters)
    return f"{re.escape(first)}[ _'-]?{re.escape(letters[len(first):])}"


# ... whose openings (a label's first three letters: `gam`, `ste`, `psn`, `fre`) are searched first: the label is
# matched where one is found, not tried at every position of the text.
_LABEL_OPENING = re.compile("|".join(sorted({_opening(word) for word in (
    *(word for words in key_lexicon.ALONE["gamer id"].values() for word in words.split()),
    *key_lexicon.GAMING_PLATFORMS.split(), *key_lexicon.BETTING_PLATFORMS.split(),
    *key_lexicon.NICKNAMES_BEFORE_PLATFORM.split(),
    *(word for words in key_lexicon.FRIEND_CODES.values() for word in words.split()))})))
# What `reason` needs, searched by the detector in the lower-cased text (one scan in C; a text holding none reads
# nothing of this module): a platform's or an account's name's stem, a friend code's, a SteamID64's or an older
# Steam id's opening.
CUE_SOURCE = ("(?i:gamer|steam|battle|riot|psn|xbox|xuid|playstation|epic|nintendo|ubisoft|uplay|ea[ _-]?app|gog|roblox"
              "|summoner|game[ _-]?name|blizzard|friend|freund|code[ _'-]?ami|amigo|amico|vriend|znajomego"
              "|フレントコート|invoca|evocatore|beschworer|sorare|fpl|fantasy|comunio|kickbase|draftkings|fanduel"
              "|dream11|sleeper|fantacalcio|winamax|pokerstars|ggpoker|partypoker|betfair|pseudo|nick|username"
              "|apodo)|\\[u:1:")

# The account's shapes: a Riot ID or a BattleTag (a name of two to sixteen letters, digits, dots or `_`, `#` and a
# tag of three to six letters and digits), a SteamID64, a Nintendo friend code.
_TAGGED = re.compile(r"[^\W_][\w.]{1,15}#[^\W_]{3,6}(?![\w#])")
# ... and after a colon a Riot ID's name with its blanks (`Riot ID: Hide on bush#KR1`); after a blank alone it would be
# a title's words (`Riot ID Change Tagline #EUW`).
_TAGGED_SPACED = re.compile(r"[^\W_](?:[\w.]| (?! )){1,15}#[^\W_]{3,6}(?![\w#])")
_STEAM_ID64 = re.compile(r"(?<![0-9])7656119[0-9]{10}(?![0-9])")
_FRIEND_CODE = re.compile(r"(?:sw-)?[0-9]{4}([- ]?)[0-9]{4}\1[0-9]{4}(?![0-9])")
# Steam's older spellings of an account: its text id and its third form (`STEAM_0:1:…`, `[U:1:…]`), in lower case.
_OLD_STEAM_ID = re.compile(r"(?<![^\W_])steam_[0-5]:[01]:[0-9]{1,10}(?![0-9])|\[u:1:[0-9]{1,10}\]")
# The field after a label: up to the next field's mark, cut at an aside (a dash between blanks, a bracket).
_FIELD = re.compile(r"[^\n\r,;|&\"'<>{}\[\]]{1,64}")
_ASIDE = re.compile(r"[ \t](?:-|\()|\(")
_MIN_DIGITS = 6


def reason(form: str) -> str:
    """A player's gaming account in canonical `form` (above), or "". A label is matched at each of its openings, and
    its value read once from where it ends: linear. (Its caller tests CUE_SOURCE first.)"""
    low = form.lower()
    if ("steam" in low or "[u:1:" in low) and _OLD_STEAM_ID.search(low) is not None:
        return STEAM_ID
    steam_word = low.find("steam") if "7656119" in low else -1
    if steam_word >= 0 and _STEAM_ID64.search(low, steam_word + len("steam")) is not None:
        return STEAM_ID
    written = form if len(form) == len(low) else low  # (the value in its own case: `Gamertag: Stark` is a name)
    opening = _LABEL_OPENING.search(low)
    while opening is not None:  # (each opening's next searched from its second letter: openings overlap, `in game`)
        label = _LABEL.match(low, opening.start())
        if label is not None and _value_is_an_account(label, low, written):
            return GAMER_ID
        opening = _LABEL_OPENING.search(low, opening.start() + 1)
    return ""


def _value_is_an_account(label: re.Match[str], low: str, written: str) -> bool:
    """Whether the value after `label` (a match of _LABEL in lower-cased `low`; `written`, the text in its own case)
    is the account it names."""
    at = label.end()
    if low[at:at + 1] in ('"', "'"):  # (a value in quotes: `Gamertag: "NightOwl42"`)
        at += 1
    if label.group("friend") is not None:
        return _FRIEND_CODE.match(low, at) is not None
    if _TAGGED.match(low, at) is not None or _STEAM_ID64.match(low, at) is not None:
        return True
    if label.group("mark") is not None and _TAGGED_SPACED.match(low, at) is not None:
        return True
    if label.group("mark") is None or label.group("platform") is not None:
        return False  # (a blank alone, or a platform's name alone: the account's own shape only, above)
    field = _FIELD.match(written, at)
    if field is None:
        return False
    value = field.group()
    aside = _ASIDE.search(value)
    value = (value if aside is None else value[:aside.start()]).strip().rstrip(".!?")
    if not value or " " in value or "\t" in value or account_state(value) or titled_state(value):
        return False
    if value.isdigit():  # (a number: six digits at least, an account's, not a count)
        return len(value) >= _MIN_DIGITS
    return any(character.isalpha() for character in value)
