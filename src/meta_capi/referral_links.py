"""A referrer's name in a referral or an invitation link (closer 181, eightieth attack: neobanks and payment apps).

A bank's, a payment app's or a shop's referral link carries the code its customer hands out, and most apps make that
code of the customer's own name (`/referral/<given><family><digits>`, `/invite/<given>-<family>`,
`?code=<FAMILY><digits>`): the link names its referrer, whatever the host. Read by its route:

- where the code stands: the path's last segment after a referral's or an invitation's word by language, a whole
  segment (REFERRAL_WORDS: `referral`, `refer`, `invite`, `parrainage`, `indicacao`, `invita`, `einladung`), maybe
  past a link kind's one or two letters (`/invite/ih/<code>`, `/invite/u/<code>`); the path's last segment on a
  referral's host, its first label such a word (`join.`, `invite.`), maybe past those letters (`join.<host>/c/
  <code>`); the second segment after a one-letter segment opening the path (a short link's `/r/<code>`: the
  letter alone is a forum's or a category's as often, `/r/<forum>`, `/c/<category>`, so only a code of six letters
  or more glued to four digits or more is read there); on a referral word's route, the value of a code's key
  (CODE_KEYS: `?code=`, `?id=`, `?referral_code=`; not `ref`, a campaign's channel as often);
- what makes the code a name: two or three words of letters joined by `-`, `.` or `_`, maybe digits after them
  (`<given>-<family>`, `<given>.<family>-12`); one word of five letters or more glued to two digits or more
  (`<given><family>583914`, `<FAMILY>583914`); or, past a link kind's letters alone, one word of eight letters or more
  (`/invite/ih/<given><family>`: one word elsewhere is a page's as often, `/invite/colleagues`). No word of it is a
  page's, a programme's, an offer's or a campaign's (NOT_A_REFERRER by language, person_routes.CUSTOMER_SECTION_WORDS,
  a company's words: `/referral/terms-and-conditions`, `/invite/friends-and-family`, `?code=WELCOME10`,
  `?code=SUMMER2024`, `/invite/acme-corp`), nor ends as an abstract noun a page is named by (`-tion`, `-ments`); a
  glued code holds none of those words of four letters or more (`?code=FREESHIP50`).

The detector reads a URL in free text (`url_names_a_referrer`, after its other rules); privacy reads a page's URL by
its host and path (`route_names_a_referrer`) and drops a code's parameter on a referral's route
(`referrer_parameter`). Every part is split and looked up once: linear in the URL.
"""

from __future__ import annotations

import re
from typing import FrozenSet, List
from urllib.parse import unquote, unquote_plus

from .person_routes import _SECTION_NOUN_ENDINGS, CUSTOMER_SECTION_WORDS
from .personal_keys import COMPANY_WORDS

REFERRAL_LINK = "holds a referrer's name in a referral link"

# A referral's or an invitation's word, by language, as a route's whole segment (a friend's recommendation, a
# sponsorship: French `parrainage`, Portuguese `indicação`, Polish `polecenie`, Norwegian `verv`).
REFERRAL_WORDS: FrozenSet[str] = frozenset((
    "refer referral referrals referafriend refer-a-friend raf invite invites invitation invitations "
    "empfehlen empfehlung empfehlungen einladung einladen werben freunde-werben freundewerben "
    "parrainage parrainer parrain invitation inviter "
    "referido referidos invitacion invitación invitar invita recomienda recomendar "
    "invito invitare invita-amici "
    "indicacao indicação indique indica convite convidar convida "
    "uitnodiging uitnodigen aanbevelen verwijzen "
    "polecenie polec polecaj zaproszenie zapros zaproś "
    "inbjudan bjudin bjud-in tipsa varva värva "
    "invitasjon inviter verv verve vervet "
    "henvis henvisning").split())
# A referral's host: its first label such a word (`join.<app>.com`, `invite.<app>.com`, `refer.<app>.com`).
REFERRAL_HOST_WORDS: FrozenSet[str] = frozenset("join invite invites refer referral referrals ref".split())
# A code's keys in a referral route's query, their `_` and `-` left out (`?code=`, `?referral_code=`, `?invite=`,
# Portuguese `codigo`, Italian `codice`).
CODE_KEYS: FrozenSet[str] = frozenset((
    "code id c r u user referral referralcode refcode referralid invite invitecode invitation invitationcode "
    "friend friendcode codigo codigoindicacao codice codigoconvite").split())
# A referral page's, a programme's, an offer's or a campaign's words, by language: no referrer's name holds one
# (`/referral/how-it-works`, `/invite/summer-sale`, `?code=WELCOME10`), a community's or an event's words
# (`/invite/design-crew`); the plans and cards the apps name (`metal`,
# `premium`), amounts' currencies, and the glue of a phrase (`and`, `the`).
NOT_A_REFERRER: FrozenSet[str] = frozenset((
    # English
    "terms conditions rules faq faqs how it works work program programme scheme bonus bonuses reward rewards earn "
    "get give gift gifts money cash credit free welcome offer offers deal deals promo promotion code codes coupon "
    "voucher discount save saving sale summer winter spring autumn fall christmas xmas easter holiday holidays black "
    "friday cyber monday new year friend friends family colleagues colleague teammates team members contacts people "
    "everyone others partner partners affiliate affiliates link links share page landing sign signup join start "
    "today now first month months plus premium metal standard ultra business personal joint kids teen junior "
    "student card cards account accounts app apps bank banking euro euros pound pounds dollar dollars eur gbp usd "
    "cashback invite invites referral referrals refer the and for with your you our my of to in on up off more "
    "back week weekend launch beta early access trial limited special exclusive vip extra double "
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
    "villkor vilkar vilkår venner vanner vänner familj belonning belöning erbjudande tilbud sommar jul").split())
_NOT_A_REFERRER = NOT_A_REFERRER | CUSTOMER_SECTION_WORDS | COMPANY_WORDS
# (inside a glued code: the longer words alone, `welcome10`, `summersale20`; a short one is a name's part as often)
_GLUED_WORDS = tuple(sorted(word for word in NOT_A_REFERRER | COMPANY_WORDS if len(word) >= 4 and word.isalpha()))

# A name's slug: two or three words of letters joined by `-`, `.` or `_`, maybe digits after them.
_NAME_SLUG = re.compile(r"([^\W\d_]{2,20}(?:[-._][^\W\d_]{2,20}){1,2})(?:[-._]?[0-9]{1,12})?")
# A glued code: one word of five letters or more and two digits or more after it (one digit is a product's or a
# season's number as often: `/invite/season2`).
_GLUED_CODE = re.compile(r"([^\W\d_]{5,24})[0-9]{2,12}")
# ... after a short link's letter: six letters or more and four digits or more (`/c/shoes123` is a category's).
_SHORT_LINK_CODE = re.compile(r"[^\W\d_]{6,24}[0-9]{4,12}")
# One word alone, past a link kind's letters: eight letters or more.
_ONE_WORD = re.compile(r"[^\W\d_]{8,30}")
_WORD = re.compile(r"[^\W\d_]+")
_KIND = re.compile(r"[a-z]{1,2}")  # (a link kind's letters as a segment: `ih`, `u`, `c`)
_SEGMENT_END = re.compile(r"[?#&;\s\"'<>]")
_URL_END = re.compile(r"[\s\"'<>]")


def _words_ordinary(words: List[str]) -> bool:
    return any(word in _NOT_A_REFERRER or len(word) >= 6 and word.endswith(_SECTION_NOUN_ENDINGS) for word in words)


def names_a_referrer(code: str, one_word: bool = False, glued_only: bool = False) -> bool:
    """Whether `code`, a referral link's code (above), is made of a name: a name's slug of two or three words, or one
    word glued to digits (alone with `glued_only`), or one word of eight letters or more (with `one_word`: past a
    link kind's letters)."""
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
    slug = _NAME_SLUG.fullmatch(low)
    if slug is not None:
        return not _words_ordinary(_WORD.findall(slug.group(1)))
    return one_word and _ONE_WORD.fullmatch(low) is not None and not _words_ordinary([low]) and not any(
        word in low for word in _GLUED_WORDS)


def _segments(path: str) -> List[str]:
    """The path's segments up to its query or fragment, decoded, in lower case, without empty ones."""
    path = _SEGMENT_END.split(path, 1)[0]
    if "%" in path:
        path = unquote(path)
    return [segment for segment in path.lower().split("/") if segment]


def referral_route(path: str) -> bool:
    """Whether a URL's path holds a referral's or an invitation's word as a whole segment (REFERRAL_WORDS)."""
    return not REFERRAL_WORDS.isdisjoint(_segments(path))


def route_names_a_referrer(host: str, path: str) -> bool:
    """Whether a URL's `host` ("" when unknown) and `path` hold a referral code made of a name where a referral
    link's code stands (the module's docstring)."""
    segments = _segments(path)
    if not segments:
        return False
    last = segments[-1]
    before = segments[-2] if len(segments) >= 2 else ""
    kind = _KIND.fullmatch(before) is not None
    # (after a referral's word, maybe past a link kind's letters)
    if before in REFERRAL_WORDS or kind and len(segments) >= 3 and segments[-3] in REFERRAL_WORDS:
        return last not in REFERRAL_WORDS and names_a_referrer(last, one_word=kind)
    # (on a referral's host: the path's only segment, or one past a link kind's letters)
    if host and host.lower().partition(".")[0] in REFERRAL_HOST_WORDS and (
            len(segments) == 1 or len(segments) == 2 and kind):
        return names_a_referrer(last, one_word=kind)
    # (a short link's letter opening the path: a code glued to digits only)
    return len(segments) == 2 and len(before) == 1 and before.isalpha() and names_a_referrer(last, glued_only=True)


def referrer_parameter(pair: str, path: str) -> bool:
    """Whether a query's `key=value` pair on a referral's route (referral_route) is a code's key (CODE_KEYS) holding a
    code made of a name (a name's slug, or a word glued to digits)."""
    key, _, value = pair.partition("=")
    if key.lower().replace("_", "").replace("-", "") not in CODE_KEYS or not value:
        return False
    value = unquote_plus(value) if "%" in value or "+" in value else value
    return names_a_referrer(value.strip()) and referral_route(path)


def url_names_a_referrer(text: str) -> bool:
    """Whether a URL in free text (each `://` and what follows it up to a blank or a quote) names its referrer by its
    route or a code's parameter on a referral's route (above)."""
    at = text.find("://")
    while at >= 0:
        end = _URL_END.search(text, at)
        stop = len(text) if end is None else end.start()
        host_end = text.find("/", at + 3, stop)
        if host_end >= 0:
            host = text[at + 3:host_end]
            route = text[host_end:stop]
            path, _, query = route.partition("?")
            if route_names_a_referrer(host, path) or query and any(
                    referrer_parameter(pair, path) for pair in query.partition("#")[0].split("&")):
                return True
        at = text.find("://", stop)
    return False
