"""A referral's or an invitation's link and the person or the code in it (closer 188: the one reading of closers 168,
179, 181, 183 and 184; eightieth, eighty-first and eighty-fourth attacks: neobanks, games, exchanges).

A bank's, a payment app's, a game's or a shop's referral link carries the code its customer hands out, and most apps
make that code of the customer's own name (`/referral/<given><family><digits>`, `/invite/<given>-<family>`,
`?code=<FAMILY><digits>`) or hand out an opaque one (`/join/orlaq_48`, `/invite/QX48Z7`): the link names its
referrer, whatever the host. Read by its route:

- where the code stands: the segment after a referral's or an invitation's word by language, a whole segment
  (ROUTE_WORDS: `referral`, `invite`, `join`, `friend-invite`, `parrainage`, `indicacao`, `einladung`), maybe past a
  link kind's one or two letters (`/invite/ih/<code>`, `/invite/u/<code>`); the path's last segment on a referral's
  host, its first label such a word (`join.`, `invite.`), maybe past those letters (`join.<host>/c/<code>`); the second
  segment after a one-letter segment opening the path (a short link's `/r/<code>`: the letter alone is a forum's or a
  category's as often, `/r/<forum>`, `/c/<category>`, so only a code of six letters or more glued to four digits or
  more is read there); on a referral word's route, the value of a code's key (CODE_KEYS: `?code=`, `?id=`,
  `?referral_code=`; not `ref`, a campaign's channel as often) or a full name under a key naming who invites
  (INVITER_KEYS: `?from=`, `?by=`, `?sender=`; `?from=Email+Campaign` goes out);
- what makes the code a referrer's: a name's slug, two or three words of letters joined by `-`, `.` or `_`, maybe
  digits after them (`<given>-<family>`, `<given>.<family>-12`, `<given>-<family>-517906`); a name glued to digits, one
  word of five letters or more and two digits or more (`<given><family>583914`, `<FAMILY>583914`); past a link kind's
  letters alone, one word of eight letters or more (`/invite/ih/<given><family>`: one word elsewhere is a page's as
  often, `/invite/colleagues`); after a route's word, an opaque code of letters and digits with two digits among them
  and one run of three letters at most (`/join/orlaq_48`, `/invite/QX48Z7`; `/join/premium`, `/join/step-2` are pages).
  No word of it is a page's, a programme's, an offer's, a channel's or a campaign's (NOT_A_REFERRER by language,
  CHANNEL_WORDS, person_routes' section words, a company's words: `/referral/terms-and-conditions`,
  `/invite/design-crew`, `?code=WELCOME10`, `/invite/acme-corp`), nor ends as an abstract noun a page is named by
  (`-tion`, `-ments`); a glued code holds none of those words of four letters or more (`?code=FREESHIP50`,
  `/referral/black-friday-123456` is a slug of them); nor do a campaign's words and numbers make an opaque code
  (`/referral/earn-50-euro`, `/invite/summer-sale-202611`).

And a referral's key anywhere, whatever the route: a referral link's key alone holding a code (`referral_coded`:
six to twelve digits under `ref`, no compact date, `?ref=583914`; a token with a digit under `referral`, `invite`,
`?referral=jo-5839`; a site's own `ref=sr_1_1` goes out), a referrer's or an inviter's key by language
(key_lexicon.REFERRERS: `?invited_by=`, `?parrain=`) holding a full name or, but under a bare referrer's key (the
referring site as often, `?referrer=google`), a name's slug (`referrer_named`).

The detector reads a URL in free text (`url_names_a_referrer`, after its other rules); privacy reads a page's path and
a fragment's route (`route_names_a_referrer`), its host with its path (`host_names_a_referrer`), drops a code's or an
inviter's parameter on a referral's route (`referrer_parameter`) and a referral's key anywhere (`referral_coded`,
`referrer_named`). Every part is split and looked up once: linear in the URL.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List
from urllib.parse import unquote, unquote_plus

from . import key_lexicon
from .common_words import PLAN_TIERS
from .geography import TOWN_NAMES
from .lower_case_names import a_full_name, a_name_word
from .name_shapes import LODGING_WORDS
from .person_routes import (
    _SECTION_NOUN_ENDINGS,
    CUSTOMER_SECTION_WORDS,
    SECTION_WORDS,
    TIP_TOPICS,
    urls_in_text,
)
from .personal_keys import COMPANY_WORDS, _folded, key_tokens, name_shaped
from .standing_names import OPENING_WORDS
from .standings import STANDING_WORDS

REFERRAL_LINK = "holds a referrer's name in a referral link"

# A referral's or an invitation's word, by language, as a route's whole segment (a friend's recommendation, a
# sponsorship: French `parrainage`, Portuguese `indicação`, Polish `polecenie`, Norwegian `verv`, Turkish `davet`).
_ROUTE_WORDS: Dict[str, str] = {
    "English": "refer referral referrals referafriend refer-a-friend raf ref invite invites invitation invitations "
    "friend-invite friend-invites invite-friend invite-friends join",
    "German": "empfehlen empfehlung empfehlungen einladung einladungen einladen werben freunde-werben freundewerben",
    "French": "parrainage parrainer parrain invitation inviter",
    "Spanish": "referido referidos invitacion invitación invitaciones invitar invita recomienda recomendar",
    "Italian": "invito inviti invitare invita-amici", "Portuguese": "indicacao indicação indique indica convite "
    "convites convidar convida", "Dutch": "uitnodiging uitnodigingen uitnodigen aanbevelen verwijzen",
    "Polish": "polecenie polec polecaj zaproszenie zaproszenia zapros zaproś", "Swedish": "inbjudan bjudin bjud-in "
    "tipsa varva värva", "Norwegian": "invitasjon inviter verv verve vervet", "Danish": "henvis henvisning",
    "Turkish": "davet",
}
ROUTE_WORDS: FrozenSet[str] = frozenset(" ".join(_ROUTE_WORDS.values()).split())
# A referral's host: its first label such a word (`join.<app>.com`, `invite.<app>.com`, `refer.<app>.com`).
REFERRAL_HOST_WORDS: FrozenSet[str] = frozenset("join invite invites refer referral referrals ref".split())
# A code's keys in a referral route's query, their `_` and `-` left out: a code's word alone (`?code=`, `?invite=`,
# Portuguese `codigo`, Italian `codice`) and a referral's code's keys by language (key_lexicon.REFERRAL_CODES:
# `?referral_code=`, `?code_parrainage=`); and the keys naming who invites on its route (`?from=`, `von`, `de`, `da`,
# `van`, `od`: a referrer's own keys, `?invited_by=`, are read anywhere).
CODE_KEYS: FrozenSet[str] = frozenset(
    "code id c r u user referral invite invitation friend friendcode codigo codigoconvite codice".split()) | frozenset(
    form for line in key_lexicon.REFERRAL_CODES.values() for key in line.split()
    for form in (key.lower().replace("_", ""), _folded(key)))  # (as written and without accents)
INVITER_KEYS: FrozenSet[str] = frozenset("from by sender sent_by von de da van od".split())
# A referral page's, a programme's, an offer's or a campaign's words, by language: no referrer's name holds one
# (`/referral/how-it-works`, `/invite/summer-sale`, `?code=WELCOME10`), a community's or an event's words
# (`/invite/design-crew`); the cards the apps name, their plans (common_words.PLAN_TIERS), amounts' currencies, the
# glue of a phrase (`and`, `the`).
NOT_A_REFERRER: FrozenSet[str] = frozenset((
    # English
    "terms conditions rules faq faqs how it works work program programme scheme bonus bonuses reward rewards earn "
    "get give gift gifts money cash credit credits coins points free welcome offer offers deal deals promo promotion "
    "code codes coupon voucher discount save saving sale sales summer winter spring autumn fall christmas xmas easter "
    "holiday holidays black friday cyber monday new year friend friends family colleagues colleague teammates team "
    "members contacts people everyone others partner partners affiliate affiliates link links share page landing sign "
    "signup join start today now first month months "
    "card cards account accounts app apps bank banking euro euros pound pounds dollar dollars eur "
    "gbp usd cashback invite invites referral referrals refer the and for with your you our my of to in on up off "
    "more back week weekend launch beta early access trial limited special exclusive vip extra double "
    # (a community's, a group's or an event's own words: an invitation to join one, `/invite/coffee-lovers`)
    "club clubs crew squad group groups community communities lovers fans society party night nights event events "
    "meetup webinar workshop class classes course session sessions festival conference summit camp league tour "
    # German
    "bedingungen teilnahmebedingungen praemie pramie freunde freund familie werben empfehlen gutschein rabatt "
    "sommer weihnachten angebot jetzt neu konto karte "
    # French
    "reglement prime amis ami famille offre cadeau parrainage parrain filleul ete hiver noel nouveau compte carte "
    # Spanish
    "condiciones bases amigos amigo familia premio regalo oferta codigo verano invierno navidad nuevo cuenta tarjeta "
    # Italian
    "condizioni regolamento amici amico famiglia regalo offerta codice estate inverno natale nuovo conto carta "
    # Portuguese
    "regulamento termos familia presente verao natal novo conta cartao "
    # Dutch
    "voorwaarden vrienden vriend beloning aanbieding zomer kerst nieuw rekening "
    # Polish
    "regulamin warunki znajomi znajomych rodzina nagroda prezent kod lato zima swieta nowy "
    # Swedish, Norwegian and Danish
    "villkor vilkar vilkår venner vanner vänner familj belonning belöning erbjudande tilbud sommar jul").split()) | (
    PLAN_TIERS)  # (closer 209: a plan's or a programme's tier, `?reg=GOLDEN1`: common_words.PLAN_TIERS)
# ... and a channel's, a campaign's or a placeholder's words, which a referrer's key holds as often as a name
# (`?invited_by=friend-link`, `?from=Email+Campaign`, `?referrer=google`).
CHANNEL_WORDS: FrozenSet[str] = frozenset((
    "friend friends link links share shared email mail newsletter social whatsapp facebook instagram twitter tiktok "
    "google bing search ads ad campaign promo referral invite invitation app web site home page sms text direct "
    "organic paid partner partners affiliate member members team staff admin user users test default none unknown "
    "null").split())
# (closer 195) ... a campaign's own words beside a year or a number, by meaning and language: a device's, a console's
# or a coin's name (`/invite/iphone17`, `/invite/xbox360`, `/invite/bitcoin2024`), a feast's or a
# fair's word (German `sommerfest`, `weihnachtsfeier`, Spanish `fiesta`), a holiday's (`mothers-day`,
# `saint-valentin`): none is a person's given or family name. A place's article or saint opening its name
# (`los-angeles-2026`), a club's or a hotel's word (`real-madrid`, `premier-inn`) only as a whole word (`santa` in
# `santana1988`).
CAMPAIGN_WORDS: FrozenSet[str] = frozenset((
    "iphone ipad macbook galaxy pixel xbox playstation nintendo console "
    "bitcoin ethereum crypto "
    "fest feier fiesta fete festa feest "
    "mothers fathers valentines halloween thanksgiving muttertag vatertag").split())
PLACE_AND_CLUB_WORDS: FrozenSet[str] = frozenset(
    "los las santa saint sainte sankt real athletic sporting".split()) | LODGING_WORDS
_NOT_A_REFERRER = NOT_A_REFERRER | CHANNEL_WORDS | CUSTOMER_SECTION_WORDS | SECTION_WORDS | COMPANY_WORDS | (
    CAMPAIGN_WORDS | PLACE_AND_CLUB_WORDS)
# (inside a glued code: the longer words alone, `welcome10`, `summersale20`; a short one is a name's part as often)
_GLUED_WORDS = tuple(sorted(word for word in NOT_A_REFERRER | COMPANY_WORDS | CAMPAIGN_WORDS
                            if len(word) >= 4 and word.isalpha()))
# (closer 195) A campaign's or a source's word under an inviter's key (`?from=Spring+Sale`, `?from=Black+Friday`,
# `?from=Product+Hunt`, `?from=Hacker+News`): a sale's, a sale day's, a launch's or a site's section's word, by
# language; no person's name holds one (a season's word alone does: `Summer`, `Black`, `Winter` are names too).
CAMPAIGN_SOURCE_WORDS: FrozenSet[str] = frozenset((
    "sale sales deals offers launch friday monday cyber news product products forum blog hacker "
    "soldes rebajas saldi angebote ausverkauf uitverkoop rea").split())

# A name's slug: two or three words of letters joined by `-`, `.` or `_`, maybe digits after them.
_NAME_SLUG = re.compile(r"([^\W\d_]{2,20}(?:[-._][^\W\d_]{2,20}){1,2})(?:[-._]?[0-9]{1,12})?")
# A name glued to digits: one word of five letters or more and two digits or more after it (one digit is a product's
# or a season's number as often: `/invite/season2`).
_GLUED_CODE = re.compile(r"([^\W\d_]{5,24})[0-9]{2,12}")
# ... after a short link's letter: six letters or more and four digits or more (`/c/shoes123` is a category's).
_SHORT_LINK_CODE = re.compile(r"[^\W\d_]{6,24}[0-9]{4,12}")
# One word alone, past a link kind's letters: eight letters or more.
_ONE_WORD = re.compile(r"[^\W\d_]{8,30}")
# An opaque code after a route's word: letters and digits, two digits among them and a letter (one run of three
# letters at most: _LETTER_RUN).
_OPAQUE_CODE = re.compile(
    r"(?=[a-z_-]{0,39}[0-9][a-z_-]{0,39}[0-9])(?=[a-z0-9_-]{0,39}[a-z])[a-z0-9][a-z0-9_-]{3,39}")
_LETTER_RUN = re.compile("[a-z]{3,}")
_WORD = re.compile(r"[^\W\d_]+")
_KIND = re.compile(r"[a-z]{1,2}")  # (a link kind's letters as a segment: `ih`, `u`, `c`)
_SEGMENT_END = re.compile(r"[?#&;\s\"'<>]")


def _words_ordinary(words: List[str]) -> bool:
    """Whether a code's words hold a page's or a channel's word, or a tier's, a market's or a team's (standings'
    STANDING_WORDS: `/join/red-bull-racing`; closer 198)."""
    return any(word in _NOT_A_REFERRER or word in STANDING_WORDS or len(word) >= 6 and word.endswith(
        _SECTION_NOUN_ENDINGS) for word in words)


def _a_name_slug(low: str) -> bool:
    """Whether `low`, in lower case, is a name's slug (_NAME_SLUG), none of its words a page's or a channel's."""
    slug = _NAME_SLUG.fullmatch(low)
    return slug is not None and (not _words_ordinary(_WORD.findall(slug.group(1))) or _a_name_before_its_campaign(
        _WORD.findall(slug.group(1))))


# (closer 202) A place's saint or article and a club's word that are family names as often (`Santa Cruz`, `Real`,
# `Saint`): a name's when a word of a name's shape opens the slug before them.
_FAMILY_PLACE_WORDS = frozenset("santa saint sainte sankt real".split())


def _a_name_before_its_campaign(words: List[str]) -> bool:
    """Whether a slug's words hold a full name's shape, two plain words, before their first campaign's, standing's or
    page's word (`orla-quenby-halloween`, `orla-quenby-casino`), or a plain word before a place's word that is a
    family name as often (`juan-santa-cruz`, `orla-real`): the campaign's word lets out a slug with no name before it
    only (closer 202)."""
    first = next((at for at, word in enumerate(words) if _words_ordinary([word])), -1)
    if first == 1:
        return words[1] in _FAMILY_PLACE_WORDS and _plain(words[0])
    return first >= 2 and _plain(words[0]) and _plain(words[1])


def _plain(word: str) -> bool:
    """Whether a slug's word may be a name's: no campaign's, standing's, topic's, town's word nor one opening a
    standing's phrase."""
    return not (_words_ordinary([word]) or word in OPENING_WORDS or word in TIP_TOPICS or word in TOWN_NAMES)


# (closer 204) Two words of letters in lower case joined by `-` or `_` (a dot joins a domain's, `?ref=gmail.com`).
_LOWER_PAIR_SLUG = re.compile("[a-z]{3,20}[-_][a-z]{3,20}")


def _a_lower_name_slug(value: str) -> bool:
    """Whether `value` is two words in lower case joined by `-` or `_` that are a full name's
    (lower_case_names.a_full_name) and no page's or channel's words (_a_name_slug)."""
    return _LOWER_PAIR_SLUG.fullmatch(value) is not None and _a_name_slug(value) and an_inviter_in_lower_case(
        re.sub("[-_]", " ", value))


# (closer 204, review 34) A given name and its family name's initial (`/referral/<given>-q`): the given name a name's
# word as lower_case_names reads one (`plan-b`, `vitamin-c` go out).
_GIVEN_AND_INITIAL = re.compile("([a-z]{3,20})[-._][a-z]")


def names_a_referrer(code: str, one_word: bool = False, glued_only: bool = False, opaque: bool = False) -> bool:
    """Whether `code`, a referral link's code (above), is a referrer's: a name's slug of two or three words, or one
    word glued to digits (alone with `glued_only`), or one word of eight letters or more (with `one_word`: past a
    link kind's letters), or an opaque code (with `opaque`: after a route's word)."""
    if not code or len(code) > 64:
        return False
    low = (unquote(code) if "%" in code else code).lower()
    glued = _GLUED_CODE.fullmatch(low)
    if glued is not None:
        letters = glued.group(1)
        return (not glued_only or _SHORT_LINK_CODE.fullmatch(low) is not None) and (
            letters not in _NOT_A_REFERRER and not any(word in letters for word in _GLUED_WORDS))
    if glued_only:
        return False
    if _a_name_slug(low) or opaque and _OPAQUE_CODE.fullmatch(low) is not None and _an_opaque_run(low):
        return True
    if (initialled := _GIVEN_AND_INITIAL.fullmatch(low)) is not None and a_name_word(initialled.group(1)) and _plain(
            initialled.group(1)):
        return True
    return one_word and _ONE_WORD.fullmatch(low) is not None and not _words_ordinary([low]) and not any(
        word in low for word in _GLUED_WORDS)


def _an_opaque_run(low: str) -> bool:
    """Whether an opaque code's letters are one run of three letters at most and no campaign's, a plan's or an event's
    word, nor a compound holding one (closer 195: `navidad-2026`, `weihnachtsfeier-2026`, `galaxy-s25`)."""
    runs = _LETTER_RUN.findall(low)
    return not runs or len(runs) == 1 and runs[0] not in _NOT_A_REFERRER and not any(
        word in runs[0] for word in _GLUED_WORDS)


def _segments(path: str) -> List[str]:
    """The path's segments up to its query or fragment, decoded, in lower case, without empty ones."""
    path = _SEGMENT_END.split(path, 1)[0]
    if "%" in path:
        path = unquote(path)
    return [segment for segment in path.lower().split("/") if segment]


def referral_route(path: str) -> bool:
    """Whether a URL's path holds a referral's or an invitation's word as a whole segment (ROUTE_WORDS)."""
    return not ROUTE_WORDS.isdisjoint(_segments(path))


def route_names_a_referrer(path: str) -> bool:
    """Whether a URL's path or a fragment's route holds a referrer's code where a referral link's code stands, after
    a route's word or a short link's letter (the module's docstring)."""
    segments = _segments(path)
    for at, word in enumerate(segments[:-1]):
        if word not in ROUTE_WORDS:
            continue
        code = segments[at + 1]
        kind = _KIND.fullmatch(code) is not None and at + 2 < len(segments)
        if kind:
            code = segments[at + 2]
        if code not in ROUTE_WORDS and names_a_referrer(code, one_word=kind, opaque=True):
            return True
    # (a short link's letter opening the path: a code glued to digits only, or (closer 204, review 34) after `r`, a
    # referral's, a full name's slug as lower_case_names reads one, `/r/<given>-<family>`: a forum's, `/r/learn_python`,
    # holds a common word; `/c/`, `/p/` open a category's or a product's slug)
    return len(segments) == 2 and len(segments[0]) == 1 and segments[0].isalpha() and (names_a_referrer(
        segments[1], glued_only=True) or segments[0] == "r" and _a_lower_name_slug(segments[1]))


def on_a_referral_host(host: str) -> bool:
    """Whether `host`'s first label is one of REFERRAL_HOST_WORDS (a set look-up: privacy asks it before
    host_names_a_referrer, which asks it first)."""
    return host.lower().partition(".")[0] in REFERRAL_HOST_WORDS


def host_names_a_referrer(host: str, path: str) -> bool:
    """Whether a URL on a referral's host (on_a_referral_host) holds a code made of a name as its path's only segment,
    or one past a link kind's letters."""
    if not host or not on_a_referral_host(host):
        return False
    segments = _segments(path)
    kind = len(segments) == 2 and _KIND.fullmatch(segments[0]) is not None
    return (len(segments) == 1 or kind) and names_a_referrer(segments[-1], one_word=kind)


def referrer_parameter(pair: str, path: str) -> bool:
    """Whether a query's `key=value` pair on a referral's route (referral_route) is a code's key (CODE_KEYS) holding a
    code made of a name (a name's slug, or a word glued to digits), or an inviter's key (INVITER_KEYS) holding a full
    name (an_inviters_name)."""
    key, _, value = pair.partition("=")
    if not value or len(value) > 120:
        return False
    code = key.lower().replace("_", "").replace("-", "") in CODE_KEYS
    if not code and key.lower() not in INVITER_KEYS:
        return False
    value = (unquote_plus(value) if "%" in value or "+" in value else value).strip()
    return (names_a_referrer(value) if code else " " in value and (
        an_inviters_name(value) or an_inviter_in_lower_case(value))) and referral_route(path)


def referral_pair(pair: str) -> bool:
    """Whether a query's `key=value` pair is a referral's key anywhere holding a referrer's code or name
    (referral_coded, referrer_named)."""
    key, _, value = pair.partition("=")
    if not value or len(value) > 120:
        return False
    value = unquote_plus(value) if "%" in value or "+" in value else value
    return referral_coded(key, value) or referrer_named(key, value)


def url_names_a_referrer(text: str) -> bool:
    """Whether a URL in free text (each `://` and what follows it up to a blank or a quote) names its referrer by its
    route, its host, a code's or an inviter's parameter on a referral's route, or a referral's key anywhere
    (above); each URL as person_routes.urls_in_text finds it."""
    for host, route, stop in urls_in_text(text):
        path, _, query = text[route:stop].partition("?")
        if route_names_a_referrer(path) or host_names_a_referrer(text[host:route], path) or query and any(
                referrer_parameter(pair, path) or referral_pair(pair) for pair in query.partition("#")[0].split("&")):
            return True
    return False


# A referrer's or an inviter's key (key_lexicon.REFERRERS), its tokens joined, and its first three letters.
_REFERRER_KEYS = frozenset("".join(key_tokens(word)) for line in key_lexicon.REFERRERS.values()
                           for word in line.split())
_BARE_REFERRER_KEYS = frozenset(key_lexicon.BARE_REFERRERS.split())
_REFERRER_KEY_STARTS = frozenset(word[:3] for word in _REFERRER_KEYS)
# A referral link's key alone, and a code under it: digits alone under `ref` (no compact date: a site's own
# `ref=sr_1_1`, `ref=nav_logo`, `ref=producthunt` are a page's tracking), a token holding a digit under the others (a
# channel's word, `referral=newsletter`, holds none; a URL under a bare referrer's key is no code).
_REFERRAL_LINK_KEYS = frozenset("referral referrer invite invitation inviter ref_code refcode".split())
_REFERRAL_CODE_VALUE = re.compile(r"(?=[A-Za-z0-9_-]{0,39}[0-9])[A-Za-z0-9][A-Za-z0-9_-]{3,39}")
_REFERRER_DIGITS = re.compile(r"(?!(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$)[0-9]{6,12}")
# The first three letters, in lower case, of every key referrer_named and referral_coded read: privacy looks a key's up
# here before calling either (`fbclid`, `registered` call neither).
KEY_STARTS = _REFERRER_KEY_STARTS | frozenset(key[:3] for key in _REFERRAL_LINK_KEYS | {"ref"})


_CAMEL_NAME = re.compile("[A-Z][a-z]{2,19}[A-Z][a-z]{2,19}")
_HUMP = re.compile("(?<=[a-z])(?=[A-Z])")


def referral_coded(key: str, value: str) -> bool:
    """Whether `key` is a referral link's key alone and `value` a referrer's code (above), or under `ref` a full
    name's slug as lower_case_names reads one (closer 204, review 34: `?ref=<given>-<family>`; a channel's slug holds
    a channel's, a brand's or a common word, `?ref=google-ads`)."""
    low = key.lower()
    if low == "ref":
        return _REFERRER_DIGITS.fullmatch(value) is not None or _a_lower_name_slug(value)
    return len(low) <= 12 and low in _REFERRAL_LINK_KEYS and _REFERRAL_CODE_VALUE.fullmatch(value) is not None


def may_be_referrer_key(key: str) -> bool:
    """Whether `key` may be a referrer's (REFERRERS): its length and its first three letters (a slice for most keys)."""
    return len(key) <= 24 and key[:3].lower() in _REFERRER_KEY_STARTS


def referrer_named(key: str, value: str) -> bool:
    """Whether `key` is a referrer's or an inviter's (REFERRERS) and `value` a person's full name, or a name's slug
    under a key other than a bare referrer's."""
    if not may_be_referrer_key(key):
        return False
    joined = "".join(key_tokens(key))
    if joined not in _REFERRER_KEYS:
        return False
    if " " in value:  # (closer 204, review 34: typed in lower case too, `?invited_by=<given>+<family>`)
        return an_inviters_name(value) or an_inviter_in_lower_case(value)
    # (closer 204, review 34) a name camel-cased under any referrer's key, bare too (`?referrer=<Given><Family>`), read
    # as its words in lower case are (a site's glued name holds a common or a brand's word, `ProductHunt`, `YouTube`)
    if _CAMEL_NAME.fullmatch(value) is not None and an_inviter_in_lower_case(_HUMP.sub(" ", value).lower()):
        return True
    return joined not in _BARE_REFERRER_KEYS and value.islower() and value.isascii() and _a_name_slug(value) and (
        not any(char.isdigit() for char in value))


def an_inviter_in_lower_case(value: str) -> bool:
    """(closer 197) Whether `value`, an inviter's, is a full name typed in lower case (lower_case_names.a_full_name),
    no company's nor a channel's or a campaign's word in it, as an_inviters_name reads it capitalized."""
    return a_full_name(value) and an_inviters_name(" ".join(word.capitalize() for word in value.split()))


def an_inviters_name(value: str) -> bool:
    """Whether `value`, a referrer's or an inviter's, is a person's full name (personal_keys.name_shaped), no company's
    nor a channel's or a campaign's word in it (`Email Campaign`)."""
    words = [_folded(word.lower().strip(".,")) for word in value.split()]
    return name_shaped(value) and COMPANY_WORDS.isdisjoint(words) and CHANNEL_WORDS.isdisjoint(words) and (
        CAMPAIGN_SOURCE_WORDS.isdisjoint(words))
