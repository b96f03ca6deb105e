"""The other member a conversation's or a dating site's link names: one table of the query's keys naming them and one
reading of a URL (closers 124, 189, 204: a conversation's page; closer 207, ninetieth attack: dating and matchmaking).

- A conversation's page (`/messages/thread`, `/inbox`, `/chat`, by language, as a whole segment; or joined to a
  marketplace's side's word, `/pro-messages/`, `/my-chats/`) names its counterpart by a key of its query (`?with=`,
  `?to=`, `?recipient=`, `?partner=`): a handle there is that member's user name, two or three capitalized words
  their full name, unless the words name a section or the site's own account (`?to=support`, `Customer+Service`).
- A date's confirmation, a like's or a match's page carry the person on the other side: a counterpart's key
  (`?partner=`, `?with=`, `?peer=`, `?match=`, by language `mit`, `avec`) holding a full name anywhere, and a sender's
  key (`?from=`, `von`) holding one on a like's, a match's or a chat's route (a segment's word: `/liked-you`,
  `/matches`, `/messages`; a flight's `?from=San Francisco` is a town, off such a route): the value two words as a
  full name is typed (capitalized or in lower case) that are no vocabulary's (referral_links.an_inviter_in_lower_case:
  a common English word, a time's, a place's, a brand's, a channel's or a campaign's word), so a site's own tracking
  goes out (`?from=Home%20Page`, `?from=Summer%20Sale`, `?from=newsletter`, `?partner=Google%20Ads`).
- A conversation's segment before a segment that is a full name's slug, two such words joined by `_`, `-` or `.`
  (`/app#/chat/<given>_<family>`); a site's own chat (`/chat/support`, `/messages/new-message`, `/inbox/sent-items`)
  holds one word or a vocabulary's.

privacy._clean_query drops such a parameter (counterpart_parameter) and privacy._path_reason reads such a route
(conversation_route_names, a fragment's too); the detector reads a URL in free text with `url_names_a_counterpart`.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List
from urllib.parse import unquote, unquote_plus

from .common_words import CONVERSATION_WORDS
from .given_names import a_common_words_not_a_name
from .name_shapes import LODGING_WORDS
from .person_routes import SECTION_WORDS, SLUG_WORD, urls_in_text
from .referral_links import an_inviter_in_lower_case

# Where a query's key names the other member, by the key (the one table of them): on a conversation's page (a handle
# or a full name), on any route (a full name no vocabulary holds), on a notice's route (a sender's, the same).
_ON_A_CONVERSATION, _ANYWHERE, _ON_A_NOTICE = 1, 2, 4
_KEY_PLACES: Dict[str, int] = {
    **dict.fromkeys("with partner peer chat_with chatwith conversation_with mit avec".split(),
                    _ON_A_CONVERSATION | _ANYWHERE),
    # (a recipient's; Spanish and Italian `con`, Portuguese `com`, Dutch `met`: prepositions of much else off a chat)
    **dict.fromkeys("to recipient talk_to message_to con com met".split(), _ON_A_CONVERSATION),
    **dict.fromkeys("match matched_with date_with".split(), _ANYWHERE),
    **dict.fromkeys("from von sender sent_by liked_by".split(), _ON_A_NOTICE),
}

# Who a site's own messages come from or go to, not a member (`?to=support`, `?with=admin`), besides its sections.
_SITE_ACCOUNTS: FrozenSet[str] = frozenset(
    "support admin admins administrator team staff system moderator moderators mod mods bot bots everyone "
    "help helpdesk service noreply no-reply".split())
# A handle: a letter, then letters, digits and a handle's marks (`lenka.vorstelk`, `vorstelk639`, `quarvelle_m`).
_HANDLE = re.compile(r"[^\W\d_][\w.\-]{1,31}")
# A counterpart's name as words on a conversation's page: two or three capitalized words of letters.
_CAPITALIZED_NAME = re.compile(r"[A-Z][a-z'\-]{1,29}(?: [A-Z][a-z'\-]{1,29}){1,2}")
# Two words of letters as a full name is typed (capitalized, or as it came in lower case).
_NAME_VALUE = re.compile(r"[A-Za-z][a-z'\-]{1,29}(?: [A-Za-z][a-z'\-]{1,29})")

# (closer 189, eighty-seventh attack) A segment joining a marketplace's side's or the owner's word and a
# conversation's, as a marketplace names its side's inbox (`/pro-messages/thread`, `/customer_inbox/`, `/my-chats/`);
# a gift's messages are no conversation (`/gift-messages/`).
_SIDE_WORDS: FrozenSet[str] = frozenset((
    "pro pros customer customers client clients seller sellers buyer buyers host hosts guest guests tasker taskers "
    "provider providers member members user users my your").split())
_SIDE_SEGMENT = re.compile(r"(?:^|/)([a-z]+)[-_]([a-z]{2,15})(?=/|$)")

# A like's, a match's, a chat's or a visit's words, as a route's segment's word (`/liked-you`, `/who-likes-me`).
_NOTICE_ROUTE_WORDS = frozenset((
    "like likes liked liker likers match matches matched admirer admirers crush crushes wink winks visitor visitors "
    "rose roses compliment compliments beeline connections").split()) | CONVERSATION_WORDS
_ROUTE_WORD = re.compile(r"[a-z]+")
# (closer 212, review 38) A ticket's or a fixture's route's words, by language: `?match=` there names a fixture's two
# clubs (`/tickets?match=Arsenal+Chelsea`), not a date's counterpart.
_TICKET_ROUTE_WORDS = frozenset(
    "ticket tickets fixture fixtures billet billets billetterie entradas boletos biglietti biglietteria "
    "kaarten karten eintrittskarten bilety biljetter billetter".split())
_NAME_SLUG = re.compile(r"([A-Za-z][a-z]{2,19})[-_.]([A-Za-z][a-z]{2,19})")
_SLUG_END = re.compile(r"[?#&;\s\"'<>]")
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


def _a_members_handle(value: str) -> bool:
    """Whether a conversation's page's counterpart's value is a member's handle or capitalized full name, naming no
    section nor the site's own account."""
    value = unquote_plus(value) if "%" in value or "+" in value else value
    words = SLUG_WORD.findall(value.lower())
    if " " in value:  # (closer 204, review 34: a full name's words, `?with=Orla+Quenby`; a desk's, `Customer+Service`)
        # (closer 210, review 37: a team's, a channel's words, `Trust+Safety`; a hotel's, `Premier+Inn`)
        return _CAPITALIZED_NAME.fullmatch(value) is not None and not any(
            word in SECTION_WORDS or word in _SITE_ACCOUNTS or word in _SIDE_WORDS for word in words) and (
            not a_common_words_not_a_name(value) and LODGING_WORDS.isdisjoint(words))
    return _HANDLE.fullmatch(value) is not None and not all(
        word in SECTION_WORDS or word in _SITE_ACCOUNTS for word in words)


def _a_typed_full_name(value: str) -> bool:
    """Whether a value (decoded) is two words as a full name is typed that no vocabulary holds (_a_full_name)."""
    if len(value) > 80:
        return False
    value = (unquote_plus(value) if "%" in value or "+" in value else value).strip()
    return _NAME_VALUE.fullmatch(value) is not None and (value.istitle() or value.islower()) and _a_full_name(
        value.split())


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
    if not places or not value or key.lower() == "match" and not _TICKET_ROUTE_WORDS.isdisjoint(
            _ROUTE_WORD.findall(path.lower())):
        return False
    return bool(places & _ON_A_CONVERSATION and conversation_route(path) and _a_members_handle(
                    _as_the_url_has_it(value) if in_text else value)
                or (places & _ANYWHERE or places & _ON_A_NOTICE and _a_notice_route(path)) and _a_typed_full_name(
                    value))


def conversation_route_names(path: str) -> bool:
    """Whether a URL's path or a fragment's route holds a conversation's segment before a full name's slug (the
    module's docstring)."""
    if "%" in path:
        path = unquote(path)
    segments = path.split("/")
    for at in range(len(segments) - 1):
        if segments[at].lower() not in CONVERSATION_WORDS:
            continue
        slug = _NAME_SLUG.fullmatch(_SLUG_END.split(segments[at + 1], 1)[0])
        if slug is not None and _a_full_name(list(slug.groups())):
            return True
    return False


def url_names_a_counterpart(text: str) -> bool:
    """Whether a URL in free text (person_routes.urls_in_text) names the other member in its route or its fragment's
    route (conversation_route_names) or in its query (counterpart_parameter: the query read to the line's end, its
    values decoded)."""
    for _, route, stop in urls_in_text(text):
        base, _, fragment = text[route:stop].partition("#")
        path, question, _ = base.partition("?")
        if conversation_route_names(path) or conversation_route_names(fragment):
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
