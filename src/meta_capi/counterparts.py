"""The other member a conversation's or a dating site's link names: one table of the query's keys naming them and one
reading of a URL (closers 124, 189, 204: a conversation's page; closer 207, ninetieth attack: dating and matchmaking).

- A conversation's page (`/messages/thread`, `/inbox`, `/chat`, by language, as a whole segment; or joined to a
  marketplace's side's word, `/pro-messages/`, `/my-chats/`) names its counterpart by a key of its query (`?with=`,
  `?to=`, `?recipient=`, `?partner=`): a handle there is that member's user name, two or three capitalized words
  their full name, unless the words name a section or the site's own account (`?to=support`, `Customer+Service`).
- A date's confirmation, a like's or a match's page carry the person on the other side: a counterpart's key
  (`?partner=`, `?with=`, `?peer=`, `?match=`, by language `mit`, `avec`) holding a full name anywhere, and a sender's
  key (`?from=`, `von`) holding one on a like's, a match's, a date's, a notification's, a sign-up's or a chat's route
  (a segment's word: `/liked-you`, `/matches`, `/messages`, `/notifications`; a flight's `?from=San Francisco` is a
  town, off such a route), and Spanish's, Italian's, Portuguese's and Dutch's `con`, `com`, `met` on such a route
  (`/date?met=…`): the value two words as a full name is typed that are no vocabulary's
  (referral_links.an_inviter_in_lower_case: a common English word, a time's, a place's, a brand's, a channel's or a
  campaign's word), so a site's own tracking goes out (`?from=Home%20Page`, `?from=Summer%20Sale`, `?from=newsletter`,
  `?partner=Google%20Ads`). A full name is typed (closer 214, review 38) in any case and alphabet, family first before
  a comma, hyphenated, with an apostrophe, a particle after a known given name, or as a slug (`?liked_by=orla.quenby`);
  a known given name alone or with an initial is one too (`?from=Orla`, `?partner=Orla+Q`).
- A conversation's segment before a segment that is a full name's slug, two such words joined by `_`, `-`, `.` or a
  decoded blank, maybe a particle between and a number after them (`/app#/chat/<given>_<family>`, `/chat/<given>-
  <family>-2`), or a path ending on one before a fragment's route of such a slug (`/chat#/<given>-<family>`); a site's
  own chat (`/chat/support`, `/messages/new-message`, `/inbox/sent-items`) holds one word or a vocabulary's.

privacy._clean_query drops such a parameter (counterpart_parameter) and privacy._path_reason reads such a route
(conversation_route_names, a fragment's too); the detector reads a URL in free text with `url_names_a_counterpart`.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List
from urllib.parse import unquote, unquote_plus

from . import cyrillic_names
from .canonical import canonical
from .common_words import CONVERSATION_WORDS, a_common_word_in_a_language
from .given_names import a_common_words_not_a_name, a_given_name
from .lower_case_names import a_name_word
from .name_shapes import LODGING_WORDS, PARTICLE_WORDS, PLACE_AND_HOUSE_WORDS, SHORT_FAMILY_NAMES
from .person_routes import SECTION_WORDS, SLUG_WORD, urls_in_text
from .referral_links import an_inviter_in_lower_case
from .role_labels import CLUB_AND_BREED_WORDS

# Where a query's key names the other member, by the key (the one table of them): on a conversation's page (a handle
# or a full name), on any route (a full name no vocabulary holds), on a notice's route (a sender's, the same).
_ON_A_CONVERSATION, _ANYWHERE, _ON_A_NOTICE = 1, 2, 4
_KEY_PLACES: Dict[str, int] = {
    # (closer 214, review 38: French's, Spanish's and Portuguese's partner too)
    **dict.fromkeys("with partner peer chat_with chatwith conversation_with mit avec partenaire pareja parceiro "
                    "parceira".split(), _ON_A_CONVERSATION | _ANYWHERE),
    # (closer 218, review 40: a companion, French's, German's, and German's feminine partner; closer 219, review 41:
    # a full name, never a handle, as a tour's or a bank's page holds a thing there too, `?companion=audio-guide`,
    # `?partnerin=Sparkasse`)
    **dict.fromkeys("partnerin companion compagnon compagne begleitung begleiter begleiterin".split(), _ANYWHERE),
    **dict.fromkeys("to recipient talk_to message_to".split(), _ON_A_CONVERSATION),
    # (Spanish and Italian `con`, Portuguese `com`, Dutch `met`: prepositions of much else off a chat, a like's or a
    # date's route, `/search?con=leche`; closer 214, review 38: `/date?met=…` on a date's)
    **dict.fromkeys("con com met".split(), _ON_A_CONVERSATION | _ON_A_NOTICE),
    **dict.fromkeys("match matched_with date_with".split(), _ANYWHERE),
    **dict.fromkeys("from von sender sent_by liked_by".split(), _ON_A_NOTICE),
}
# (the keys counterpart_parameter reads at all: privacy looks a query's key up in them before calling it)
PARAMETER_KEYS: FrozenSet[str] = frozenset(_KEY_PLACES)

# Who a site's own messages come from or go to, not a member (`?to=support`, `?with=admin`), besides its sections.
# (closer 217, review 40) A support desk's or a customer service's one word by language (`?parceiro=Suporte`,
# `?met=klantenservice`, `?with=カスタマーサポート`: Japanese and Korean glue their compounds).
_SITE_ACCOUNTS_BY_LANGUAGE: Dict[str, str] = {
    "English": "support admin admins administrator team staff system moderator moderators mod mods bot bots everyone "
    "help helpdesk service noreply no-reply customerservice customersupport",
    "German": "kundenservice kundendienst kundensupport hilfe", "Dutch": "klantenservice klantendienst",
    "French": "assistance serviceclient", "Spanish": "soporte atencion atención ayuda",
    "Portuguese": "suporte atendimento ajuda", "Italian": "supporto assistenza aiuto",
    "Polish": "pomoc wsparcie", "Swedish, Danish and Norwegian": "kundservice kundeservice",
    "Japanese": "サポート カスタマーサポート カスタマーサービス ヘルプ ヘルプデスク お問い合わせ 運営 "
    "運営事務局 事務局",
    "Korean": "고객센터 고객지원 상담원 운영자 관리자", "Chinese": "客服 人工客服 在线客服 客服中心 管理员",
}
_SITE_ACCOUNTS: FrozenSet[str] = frozenset(
    word for words in _SITE_ACCOUNTS_BY_LANGUAGE.values() for word in words.split())
# A handle: a letter, then letters, digits and a handle's marks (`lenka.vorstelk`, `vorstelk639`, `quarvelle_m`).
_HANDLE = re.compile(r"[^\W\d_][\w.\-]{1,31}")
# A counterpart's name as words on a conversation's page: two or three capitalized words of letters.
_CAPITALIZED_NAME = re.compile(r"[A-Z][a-z'\-]{1,29}(?: [A-Z][a-z'\-]{1,29}){1,2}")

# (closer 189, eighty-seventh attack) A segment joining a marketplace's side's or the owner's word and a
# conversation's, as a marketplace names its side's inbox (`/pro-messages/thread`, `/customer_inbox/`, `/my-chats/`);
# a gift's messages are no conversation (`/gift-messages/`).
_SIDE_WORDS: FrozenSet[str] = frozenset((
    "pro pros customer customers client clients seller sellers buyer buyers host hosts guest guests tasker taskers "
    "provider providers member members user users my your").split())
_SIDE_SEGMENT = re.compile(r"(?:^|/)([a-z]+)[-_]([a-z]{2,15})(?=/|$)")

# A like's, a match's, a chat's or a visit's words, as a route's segment's word (`/liked-you`, `/who-likes-me`);
# (closer 214, review 38) a date's, a notification's and a sign-up's, whose `?from=` names who sent or invited
# (`/notifications?from=…`, `/signup?from=…`).
_NOTICE_ROUTE_WORDS = frozenset((
    "like likes liked liker likers match matches matched admirer admirers crush crushes wink winks visitor visitors "
    "rose roses compliment compliments beeline connections date dates dating notification notifications alert alerts "
    "signup register registration").split()) | CONVERSATION_WORDS
_ROUTE_WORD = re.compile(r"[a-z]+")
# (closer 212, review 38) A ticket's or a fixture's route's words, by language: `?match=` there names a fixture's two
# clubs (`/tickets?match=Arsenal+Chelsea`), not a date's counterpart.
_TICKET_ROUTE_WORDS = frozenset(
    "ticket tickets fixture fixtures billet billets billetterie entradas boletos biglietti biglietteria "
    "kaarten karten eintrittskarten bilety biljetter billetter "
    # (closer 239, review 39) ... and an event's or a game's page (`/event?match=Celtic+Rangers`)
    "event events game games".split())
# (closer 214, review 38) A full name as a link types it: words of letters of any alphabet (folded by canonical), an
# apostrophe or a hyphen inside one (`O'Quenby`, `Quenby-Dahlberg`), apart by blanks (decoded), or in a slug by `-`,
# `_` or `.` (`orla.quenby`, `/chat/orla-quenby`), maybe the slug's number after them (`orla-quenby-2`); one case
# throughout (capitalized, lower case or capitals) but for a particle in lower case between (`Orla van Quenby`).
_TYPED_WORD = re.compile(r"[^\W\d_]{1,30}(?:['’\-][^\W\d_]{1,30}){0,2}\.?")
_SLUG_PART = re.compile(r"[^\W\d_]{1,30}|[0-9]{1,6}")
_SLUG_JOINT = re.compile(r"[-_.]")
# (a path's blank is a decoded `%20`: a slug's joint, `/chat/Orla%20Quenby`; in free text a blank ends the URL)
_SLUG_END = re.compile(r"[?#&;\"'<>]")
# What ends a query in free text: its values read as decoded, blanks in them (the canonical form's `%20`).
_QUERY_END = re.compile(r"[\n\r\t\"'<>#]")


def conversation_route(path: str) -> bool:
    """Whether a URL's `path` is a conversation's page: a whole segment of common_words.CONVERSATION_WORDS, or one
    joining a side's word and a conversation's (_SIDE_SEGMENT)."""
    low = path.lower()
    return not CONVERSATION_WORDS.isdisjoint(low.split("/")) or any(
        match.group(1) in _SIDE_WORDS and match.group(2) in CONVERSATION_WORDS
        for match in _SIDE_SEGMENT.finditer(low))


def _a_full_name(words: List[str]) -> bool:
    """Whether two words are a full name no vocabulary holds (an_inviter_in_lower_case), none a site's section's nor a
    hotel's (name_shapes.LODGING_WORDS, closer 210: `?with=Premier+Inn`), nor (closer 212, review 38) a common word
    of the gate's other languages unless a known given name opens them (given_names.a_common_words_not_a_name, as
    lower_case_names.a_full_name_of_no_language reads it: `Klarna Pay`, `Frites Maison`, `spam-folder`); the name's
    shape read once (an_inviter_in_lower_case holds a_full_name)."""
    low = [word.lower() for word in words]
    name = " ".join(low)
    return len(low) == 2 and SECTION_WORDS.isdisjoint(low) and LODGING_WORDS.isdisjoint(low) and (
        an_inviter_in_lower_case(name)) and not a_common_words_not_a_name(name)


def _form_decoded(value: str) -> str:
    """A query's `value` with its percent escapes and its `+` for blanks decoded (left as is when it holds neither)."""
    return unquote_plus(value) if "%" in value or "+" in value else value


def _a_members_handle(value: str) -> bool:
    """Whether a conversation's page's counterpart's value is a member's handle or capitalized full name, naming no
    section nor the site's own account."""
    value = _form_decoded(value)
    words = SLUG_WORD.findall(value.lower())
    if " " in value:  # (closer 204, review 34: a full name's words, `?with=Orla+Quenby`; a desk's, `Customer+Service`)
        # (closer 210, review 37: a team's, a channel's words, `Trust+Safety`; a hotel's, `Premier+Inn`)
        if not value.isascii() and cyrillic_names.a_written_full_name(value):
            return True  # (closer 230, review 41: a full name in Cyrillic, `?with=Сергей+Мельник`)
        return _CAPITALIZED_NAME.fullmatch(value) is not None and not any(
            word in SECTION_WORDS or word in _SITE_ACCOUNTS or word in _SIDE_WORDS for word in words) and (
            not a_common_words_not_a_name(value) and LODGING_WORDS.isdisjoint(words))
    return _HANDLE.fullmatch(value) is not None and not all(
        word in SECTION_WORDS or word in _SITE_ACCOUNTS for word in words)


def _typed_name_words(value: str) -> List[str]:
    """A value's or a slug's words as a full name types them (_TYPED_WORD, _SLUG_PART), in lower case, folded to
    ASCII, a particle after a known given name, a slug's number and an apostrophe left out, family first after a comma
    read given name first (`Quenby, Orla`); or [] when they are no name's shape."""
    if len(value) > 80:
        return []
    if not value.isascii():
        value = canonical(value)[0]
    if " " in value:
        family, comma, given = value.partition(",")
        words = f"{given} {family}".split() if comma and " " not in family.strip() else value.split()
        if not all(_TYPED_WORD.fullmatch(word) for word in words):
            return []
    else:
        words = _SLUG_JOINT.split(value)
        if not all(_SLUG_PART.fullmatch(word) for word in words):
            return []
        if len(words) > 2 and words[-1].isdigit():
            words.pop()
    if len(words) > 2:  # (a particle only after a known given name: `Dulce de Leche`, `Tour de France` are no names)
        words = [words[0], *(word for word in words[1:-1] if word not in PARTICLE_WORDS and not (
            (value.islower() or value.isupper()) and word.lower() in PARTICLE_WORDS)), words[-1]]
        if len(words) == 2 and not a_given_name(words[0]):
            return []
    if not (all(word.istitle() for word in words) or all(word.islower() for word in words) or all(
            word.isupper() for word in words)):
        return []
    return [word.lower().rstrip(".").replace("'", "").replace("’", "") for word in words]


def _a_typed_full_name(value: str, on_a_notice: bool) -> bool:
    """Whether a value (decoded) is a full name as it is typed (_typed_name_words) that no vocabulary holds
    (_a_full_name, each word of a hyphenated one with the other: `Orla Quenby-Dahlberg`) or a known given name and its
    family name's initial (`Orla Q.`); `on_a_notice` (a like's, a date's, a chat's route: closer 214, review 38), a
    full name's slug too (`?liked_by=orla.quenby`) or a known given name alone that is no common word of a language
    (given_names.a_given_name: `?from=Orla`). Off such a route a word alone is a handle's or a product's as often
    (`/products?with=lenka.vorstelk`, `?with=Emma`, a mattress's maker)."""
    value = _form_decoded(value).strip()
    if not on_a_notice and " " not in value:
        return False
    words = _typed_name_words(value)
    if len(words) == 1 or len(words) == 2 and len(words[1]) == 1:
        return a_given_name(words[0]) and not a_common_word_in_a_language(words[0])
    return _full_names_words(words)


def _full_names_words(words: List[str]) -> bool:
    """Whether two words (_typed_name_words) are a full name no vocabulary holds (_a_full_name), each part of a
    hyphenated word with the other word (`orla quenby-dahlberg`)."""
    return len(words) == 2 and all(_a_full_name([given, family]) for given in words[0].split("-")
                                   for family in words[1].split("-"))


def _a_notice_route(path: str) -> bool:
    """Whether a segment's word of `path` is a like's, a match's, a chat's or a visit's (_NOTICE_ROUTE_WORDS)."""
    return not _NOTICE_ROUTE_WORDS.isdisjoint(_ROUTE_WORD.findall(path.lower()))


def _as_the_url_has_it(value: str) -> str:
    """A counterpart's value read from free text to the line's end: its first two words when they are a capitalized
    name's (a decoded `%20`, `?with=Premier Inn`, judged as the full name a URL holds), else its first word (a blank
    ends the handle as the URL has it)."""
    words = value.split(" ", 2)
    two = " ".join(words[:2])
    return two if len(words) > 1 and _CAPITALIZED_NAME.fullmatch(two) is not None else words[0]


def counterpart_parameter(pair: str, path: str, in_text: bool = False) -> bool:
    """Whether a query's `key=value` pair on `path` names the other member, by where its key does (_KEY_PLACES): a
    handle or a full name on a conversation's page, a full name no vocabulary holds anywhere or a sender's on a
    notice's route (the module's docstring). The key's look-up first, the path's words only after it. `in_text`: the
    pair is read from free text to the line's end (_as_the_url_has_it)."""
    key, _, value = pair.partition("=")
    places = _KEY_PLACES.get(key.lower(), 0)
    if not places or not value:
        return False
    if key.lower() == "match" and not _TICKET_ROUTE_WORDS.isdisjoint(_ROUTE_WORD.findall(path.lower())):
        return _a_persons_full_name_on_a_ticket(_as_the_url_has_it(value) if in_text else value)
    if places & _ON_A_CONVERSATION and conversation_route(path) and _a_members_handle(
            _as_the_url_has_it(value) if in_text else value):
        return True
    if not places & (_ANYWHERE | _ON_A_NOTICE):
        return False
    on_a_notice = _a_notice_route(path)
    return bool(places & _ANYWHERE or on_a_notice) and _a_typed_full_name(value, on_a_notice)


def _a_persons_full_name_on_a_ticket(value: str) -> bool:
    """(closer 232, review 39) Whether a ticket's route's `?match=` holds a person's full name rather than a fixture's
    two clubs: a full name no vocabulary holds (_full_names_words) opening on a known given name
    (given_names.a_given_name), no club's word in it (role_labels.CLUB_AND_BREED_WORDS: `Hertha+Union`). Clubs are
    named after towns, founders' words and years, not a given name before a family name (`Real+Madrid`,
    `Ajax+Feyenoord`, `chelsea-arsenal` go out). The price: a family name after a given name off the list goes out
    there (`?match=Tessaly+Dranvoquist`)."""
    value = _form_decoded(value).strip()
    words = _typed_name_words(value)
    return len(words) == 2 and a_given_name(words[0]) and CLUB_AND_BREED_WORDS.isdisjoint(
        word.lower() for word in words) and _full_names_words(words)


# (closer 221, review 41) A preposition's segment between a conversation's segment and its counterpart's slug, by
# language (`/messages/with/<slug>`, `/nachrichten/mit/<slug>`).
_WITH_SEGMENTS: FrozenSet[str] = frozenset("with mit avec con com met".split())
# ... and a like's or a match's segment in the singular, a member's page, after a dating site's segment
# (`/dating/match/<slug>`, `/dating/like/<slug>`): a sports site's `/match/<clubs>` or a shop's `/matches/<brand>`
# follow no such segment; nor a slug holding a club's or a breed's word (role_labels.CLUB_AND_BREED_WORDS:
# `/dating/match/golden-retriever`). privacy reads a path holding a dating segment (DATING_SEGMENTS) with this module.
DATING_SEGMENTS: FrozenSet[str] = frozenset(
    "dating date dates singles partnersuche rencontre rencontres citas incontri".split())
# (closer 225, review 43) A segment's words are read (`liked-you`), and the plurals too (`/dating/matches/<slug>`,
# `/dating/likes/<slug>`): on a dating site's route a list's page before a member's slug, as the singular's.
_MEMBER_NOTICE_SEGMENTS: FrozenSet[str] = frozenset(
    "match matched like liked crush wink admirer matches likes crushes winks admirers".split())
# (mend 52) ... save a calendar's `date` before a date (its value opens on a digit); and no slug opening on a house's
# or a place's word names a member (`/messages/with/villa-sofia`, `/messages/con/casa-lucia`: name_shapes'
# PLACE_AND_HOUSE_WORDS).
_CALENDAR_SEGMENTS: FrozenSet[str] = frozenset(("date", "dates"))
# (closer 225, review 43) A member's slug as a site glues it: an id's number before the name (`12345-anna-meier`), an
# age and a town after it (`anna-meier-28-berlin`: the name is the words before the first number).
_SLUG_ID = re.compile(r"[0-9]{1,12}[-_.](?=[^\W\d_])")
_SLUG_NUMBER = re.compile(r"[-_.][0-9]{1,6}(?![^\W_])")


def _members_slug(slug: str) -> str:
    """A member's slug without an id's number before the name nor what follows a number after its first two words or
    more (above): `12345-anna-meier-28-berlin` reads `anna-meier`."""
    opening = _SLUG_ID.match(slug)
    if opening is not None:
        slug = slug[opening.end():]
    number = _SLUG_NUMBER.search(slug)
    return slug if number is None or _SLUG_JOINT.search(slug, 0, number.start()) is None else slug[:number.start()]


def conversation_route_names(path: str) -> bool:
    """Whether a URL's path or a fragment's route holds a conversation's segment, or a like's or a match's on a dating
    site's route, maybe a preposition's segment after it, before a full name's slug (the module's docstring)."""
    if "%" in path:
        path = unquote(path)
    segments = path.split("/")
    on_a_dating_route = False
    for at in range(len(segments) - 1):
        segment = segments[at].lower()
        # (mend 52, review 43) `date` before a date's value is a calendar's (`/scores/date/2025-05-01/match/...`)
        on_a_dating_route = on_a_dating_route or segment in DATING_SEGMENTS and not (
            segment in _CALENDAR_SEGMENTS and segments[at + 1][:1].isdigit())
        if segment not in CONVERSATION_WORDS and not (on_a_dating_route and not _MEMBER_NOTICE_SEGMENTS.isdisjoint(
                _ROUTE_WORD.findall(segment))):
            continue
        # (the slug after a preposition's segment, or (closer 225) an id's: `/dating/match/12345/anna-meier`)
        slug_at = at + 2 if at + 2 < len(segments) and (
            segments[at + 1].lower() in _WITH_SEGMENTS or segments[at + 1].isdigit()) else at + 1
        words = _typed_name_words(_members_slug(_SLUG_END.split(segments[slug_at], 1)[0]))
        if _full_names_words(words) and (segment in CONVERSATION_WORDS or CLUB_AND_BREED_WORDS.isdisjoint(words)) and (
                words[0] not in PLACE_AND_HOUSE_WORDS) or _a_club_or_breed_family_name(words):
            return True
        if segment in CONVERSATION_WORDS and len(words) == 1 and _a_glued_full_name(words[0]):
            return True
        if (slug_at == at + 2 or segment not in CONVERSATION_WORDS) and _a_members_given_name(words):
            return True
    return False


def _a_members_given_name(words: List[str]) -> bool:
    """(closer 237, review 43) Whether a member's slug after a conversation's preposition's segment or a dating site's
    notice (`/messages/with/anna`, `/dating/match/anna`) is a known given name alone that no vocabulary holds
    (given_names.a_given_name; lower_case_names.a_name_word: no common word, place, brand, team nor time: `jordan`,
    `florence`, `victoria`, `rose` go out), or one before a two-letter family name (name_shapes.SHORT_FAMILY_NAMES:
    `ming-li`). A desk, a team or a shop is named by a word of a vocabulary (`support`, `team`, `london`); the price, a
    shop named by a given name alone after such a segment (`/messages/with/zara` is refused)."""
    if len(words) == 2 and words[1] in SHORT_FAMILY_NAMES:
        return a_given_name(words[0]) and a_name_word(words[0])
    return len(words) == 1 and words[0].isalpha() and a_given_name(words[0]) and a_name_word(words[0]) and (
        not a_common_word_in_a_language(words[0])) and words[0] not in SECTION_WORDS and (
        words[0] not in CLUB_AND_BREED_WORDS) and words[0] not in PLACE_AND_HOUSE_WORDS


def _a_club_or_breed_family_name(words: List[str]) -> bool:
    """(closer 229, review 43) Whether a slug's two words are a known given name and a family name that is a club's or a
    breed's word of four letters or more (role_labels.CLUB_AND_BREED_WORDS: `emma-real`, `tom-setter`): such a word
    keeps a club's or a breed's slug out only where it opens it or follows no given name (`real-madrid`)."""
    return len(words) == 2 and len(words[1]) >= 4 and words[1] in CLUB_AND_BREED_WORDS and (
        words[0] not in CLUB_AND_BREED_WORDS) and a_given_name(words[0])


# (closer 229) A member's slug glued into one word: its letters, a known given name's three or more opening it and a
# family name's four or more after it (`annameier`); bounded, so each slug tries at most two dozen splits.
_GLUED_NAME = re.compile("[a-z]{7,24}")


def _a_glued_full_name(word: str) -> bool:
    """(closer 229, review 43) Whether a conversation's slug of one word is a full name glued (`annameier`): no given
    name itself (`annabelle`), a known given name opening it before a word read with it as a full name
    (_full_names_words: `hugoboss`, `rosegarden` go out)."""
    return _GLUED_NAME.fullmatch(word) is not None and not a_given_name(word) and not _a_possessives_shop(word) and any(
        a_given_name(word[:cut]) and _full_names_words([word[:cut], word[cut:]]) for cut in range(3, len(word) - 3))


def _a_possessives_shop(word: str) -> bool:
    """Whether a glued slug ends on a possessive's `s` and a common word of four letters or more (`annasbakery`,
    `tomsdiner`: a shop's name)."""
    return any(word[at] == "s" and a_common_word_in_a_language(word[at + 1:]) for at in range(3, len(word) - 4))


def fragment_names_a_counterpart(path: str, fragment: str) -> bool:
    """Whether a URL's fragment, read as the route a single-page app continues the path's with, names a chat's
    counterpart (conversation_route_names): by its own conversation's segment (`#chat/orla-quenby`) or (closer 214,
    review 38; tidy 51, review 40: with or without its `/`) after a path ending on one (`/chat#/orla-quenby`,
    `/chat#orla-quenby`)."""
    return conversation_route_names(f"{path.rstrip('/')}/{fragment.lstrip('/')}")


def url_names_a_counterpart(text: str) -> bool:
    """Whether a URL in free text (person_routes.urls_in_text) names the other member in its route or its fragment's
    route (conversation_route_names) or in its query (counterpart_parameter: the query read to the line's end, its
    values decoded)."""
    for _, route, stop in urls_in_text(text):
        base, _, fragment = text[route:stop].partition("#")
        path, question, _ = base.partition("?")
        if conversation_route_names(path) or fragment_names_a_counterpart(path, fragment):
            return True
        if question:
            # (read to the line's end but never past the next URL's `://`: each character is read for one URL only, so
            # a text of many URLs costs its length, not its length times their count)
            next_url = text.find("://", stop)
            limit = len(text) if next_url < 0 else next_url
            query_end = _QUERY_END.search(text, route, limit)
            query = text[text.find("?", route) + 1:limit if query_end is None else query_end.start()]
            if any(counterpart_parameter(pair, path, in_text=True) for pair in query.split("&")):
                return True
    return False
