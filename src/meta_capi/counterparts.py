"""The other member a dating site's link names (closer 207, ninetieth attack: dating and matchmaking). A date's
confirmation, a like's or a match's page and a chat's route carry the person on the other side:

- a counterpart's key (`?partner=`, `?with=`, `?peer=`, `?match=`, by language `mit`, `avec`) holding a full name
  anywhere, and a sender's key (`?from=`, `von`) holding one on a like's, a match's or a chat's route (a segment's
  word: `/liked-you`, `/matches`, `/messages`; a flight's `?from=San Francisco` is a town, off such a route): the
  value two words as a full name is typed (capitalized or in lower case) that are no vocabulary's
  (referral_links.an_inviter_in_lower_case: a common English word, a time's, a place's, a brand's, a channel's or a
  campaign's word), so a site's own tracking goes out (`?from=Home%20Page`, `?from=Summer%20Sale`, `?from=newsletter`,
  `?partner=Google%20Ads`);
- a conversation's route (person_routes.CONVERSATION_WORDS as a whole segment: `/chat/`, `/messages/`, `/inbox/`)
  before a segment that is a full name's slug, two such words joined by `_`, `-` or `.` (`/app#/chat/<given>_<family>`);
  a site's own chat (`/chat/support`, `/messages/new-message`, `/inbox/sent-items`) holds one word or a vocabulary's.

privacy._clean_query drops such a parameter and privacy._path_reason reads such a route (a fragment's too); the
detector reads a URL in free text with `url_names_a_counterpart`.
"""

from __future__ import annotations

import re
from typing import List
from urllib.parse import unquote, unquote_plus

from .person_routes import CONVERSATION_WORDS, LODGING_WORDS, SECTION_WORDS, urls_in_text
from .referral_links import an_inviter_in_lower_case

# The keys naming the other person whatever the route, and those naming a sender, read on a notice's route only.
COUNTERPART_KEYS = frozenset(
    "partner with peer match matched_with date_with chat_with chatwith conversation_with mit avec".split())
SENDER_KEYS = frozenset("from von sender sent_by liked_by".split())
# A like's, a match's, a chat's or a visit's words, as a route's segment's word (`/liked-you`, `/who-likes-me`).
_NOTICE_ROUTE_WORDS = frozenset((
    "like likes liked liker likers match matches matched admirer admirers crush crushes wink winks visitor visitors "
    "rose roses compliment compliments beeline connections").split()) | CONVERSATION_WORDS
# Two words of letters as a full name is typed (capitalized, or as it came in lower case).
_NAME_VALUE = re.compile(r"[A-Za-z][a-z'\-]{1,29}(?: [A-Za-z][a-z'\-]{1,29})")
_ROUTE_WORD = re.compile(r"[a-z]+")
_NAME_SLUG = re.compile(r"([A-Za-z][a-z]{2,19})[-_.]([A-Za-z][a-z]{2,19})")
_SLUG_END = re.compile(r"[?#&;\s\"'<>]")
_QUERY_END = re.compile(r"[\n\r\t\"'<>#]")


def _a_full_name(words: List[str]) -> bool:
    """Whether two words are a full name no vocabulary holds (an_inviter_in_lower_case), none a site's section's nor a
    hotel's (person_routes.LODGING_WORDS, closer 210: `?with=Premier+Inn`)."""
    low = [word.lower() for word in words]
    return len(low) == 2 and SECTION_WORDS.isdisjoint(low) and LODGING_WORDS.isdisjoint(low) and (
        an_inviter_in_lower_case(" ".join(low)))


def _a_notice_route(path: str) -> bool:
    """Whether a segment's word of `path` is a like's, a match's, a chat's or a visit's (_NOTICE_ROUTE_WORDS)."""
    return not _NOTICE_ROUTE_WORDS.isdisjoint(_ROUTE_WORD.findall(path.lower()))


def counterpart_named(pair: str, path: str) -> bool:
    """Whether a query's `key=value` pair on `path` names the other member: a counterpart's key anywhere, or a
    sender's key on a notice's route, holding a full name no vocabulary holds (the module's docstring)."""
    key, _, value = pair.partition("=")
    key = key.lower()
    if not value or len(value) > 80 or key not in COUNTERPART_KEYS and key not in SENDER_KEYS:
        return False
    value = (unquote_plus(value) if "%" in value or "+" in value else value).strip()
    if _NAME_VALUE.fullmatch(value) is None or not (value.istitle() or value.islower()):
        return False
    return _a_full_name(value.split()) and (key in COUNTERPART_KEYS or _a_notice_route(path))


def chat_route_names(path: str) -> bool:
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
    """Whether a URL in free text (each `://` and what follows it up to a blank or a quote) names the other member in
    its route or its fragment's route (chat_route_names) or in its query (counterpart_named); each URL as
    person_routes.urls_in_text finds it."""
    for _, route, stop in urls_in_text(text):
        base, _, fragment = text[route:stop].partition("#")
        path, question, query = base.partition("?")
        if question:  # (its values read as decoded, blanks in them: the canonical form's `%20`, to the line's end)
            query_end = _QUERY_END.search(text, route)
            query = text[text.find("?", route):len(text) if query_end is None else query_end.start()]
        if ("/" in path and chat_route_names(path) or "/" in fragment and chat_route_names(fragment)
                or query and any(counterpart_named(pair, path) for pair in query[1:].split("&"))):
            return True
    return False
