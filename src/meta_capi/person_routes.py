"""A person's slug or handle in a site's route (issue 16, fifty-first attack): a URL path's segment after a segment
naming a person (`/author/<slug>`, `/members/<handle>/profile/`, `/person/51-<slug>`, a single-page app's
`#!/profile/<slug>`, `#/u/<handle>`) names that person, whatever its spelling; the person's words are lexicon data by
meaning and language (_PERSON_WORDS). A segment naming a site's section there (`/profile/edit`, `/user/settings`,
`/members/login`: each of its words one of _SECTION_WORDS), a number alone (`/u/2/settings`, a
record's id) and a file (`/user/avatar.png`) name nobody. The person's word is a whole segment (`/members-area/`,
`/products/author-signed-edition` are none), and a segment must follow it (`/blog/authors` is a list); an author is
read in the singular only (a shop's `/authors/jane-austen` is its catalogue's page of a book's author).

privacy._path_reason reads a URL's path and its fragment's route with `route_names_a_person`; the detector reads a URL
in free text with `url_names_a_person` (its path after the host), after its other rules.
"""

from __future__ import annotations

import re
from typing import FrozenSet
from urllib.parse import unquote

from .canonical import longest_first

PERSON_ROUTE = "holds a person's slug in a site's route"

# Words naming a person, or people, as a route's segment, by language (a profile, a user, an author, a member): not an
# account's or a customer's area (`/account/…`, `/konto/…`, `/customer/…`), whose segments are its sub-pages as often,
# of an open vocabulary (`/account/loyalty-program/`, `/account/nike-membership/orders`: session 18 withdrew a rule
# reading them); an author in the singular only (a shop's `/authors/<slug>` is its catalogue's, a book's author).
_PERSON_WORDS = {
    "English": "u user users profile profiles person people author member members",
    "German": "benutzer nutzer mitglied mitglieder autor profil",
    "French": "utilisateur utilisateurs membre membres auteur profil",
    "Spanish": "usuario usuarios miembro miembros autor perfil",
    "Italian": "utente utenti membro membri autore profilo",
    "Portuguese": "utilizador utilizadores membro membros autor perfil",
    "Dutch": "gebruiker gebruikers leden auteur profiel",
}
PERSON_WORDS: FrozenSet[str] = frozenset(" ".join(_PERSON_WORDS.values()).split())
# A site's sections, pages and actions under such a segment (its sign-in, its settings, its lists, its account's
# pages), by language: a slug all of whose words are these names no one.
SECTION_WORDS: FrozenSet[str] = frozenset((
    "me my self current in up out on id new all list lists index page pages search find directory browse top "
    "login logout signin signup sign log register registration join apply become invite invites invitation "
    "invitations activate activation verify verification confirm confirmation reset forgot lost password passwords "
    "edit update delete remove create add view show manage settings setting preferences options privacy security "
    "notifications messages inbox profile profiles account accounts user users member members customer customers "
    "author authors person people dashboard overview home area portal zone center centre club lounge only "
    "exclusive benefits perks pricing plans plan subscription subscriptions billing payment payments invoices "
    "invoice orders order history returns addresses address wishlist wish favorites favourites saved cart basket "
    "checkout rewards points coupons vouchers tier tiers level levels card cards gift reviews review comments posts "
    "activity activities feed followers following friends groups photos photo avatar picture pictures media "
    "downloads download uploads upload api admin help support faq contact about terms guest guests anonymous "
    "public private details info information data personal change forum forums blog news service services care "
    "contact desk status feedback newsletter email mail phone mobile telephone name names username nickname "
    "birthday language currency country region location first last given family full middle surname store stores "
    "shop shops "
    "anmelden abmelden registrieren einstellungen bearbeiten passwort bestellungen übersicht "
    "connexion inscription paramètres modifier commandes "
    "iniciar registro ajustes editar pedidos accedi registrati impostazioni modifica ordini "
    "entrar cadastro inloggen registreren instellingen bewerken bestellingen").split()) | PERSON_WORDS
_WORDS = "|".join(sorted(PERSON_WORDS, key=longest_first))  # (never a set's order: the hash seed's)
# The person's word as a whole segment (after `/`: a path's, a fragment route's `#/`, `#!/`) and the segment after it.
_ROUTE = re.compile(f"(?<![^/])(?:{_WORDS})/([^/?#&\\s\"'<>]++)", re.IGNORECASE)
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")  # (a letter alone beside digits is an id's: `48213075-S`)
_FILE = re.compile(r"\.(?:php|aspx?|jsp|html?|js|css|png|jpe?g|gif|svg|webp|ico|xml|txt|json|rss|atom)", re.IGNORECASE)
# What ends a URL in free text.
_URL_END = re.compile(r"[\s\"'<>]")


def _names_a_person(slug: str) -> bool:
    """Whether `slug`, the segment after a person's word, is a person's: a word in it (two letters or more) not a
    section's, not a file."""
    if "%" in slug:
        slug = unquote(slug)
    if len(slug) > 120 or _FILE.search(slug) is not None:
        return False
    return any(word not in SECTION_WORDS for word in _SLUG_WORD.findall(slug.lower()))


def route_names_a_person(path: str) -> bool:
    """Whether a URL's path, or a fragment's route, holds a person's slug after a person's word (above)."""
    return any(_names_a_person(match.group(1)) for match in _ROUTE.finditer(path))


def url_names_a_person(text: str) -> bool:
    """Whether a URL in free text (each `://` and what follows it up to a blank or a quote) holds a person's slug in
    its path or its fragment's route (above)."""
    at = text.find("://")
    while at >= 0:
        end = _URL_END.search(text, at)
        stop = len(text) if end is None else end.start()
        host_end = text.find("/", at + 3, stop)
        if host_end >= 0 and route_names_a_person(text[host_end:stop]):
            return True
        at = text.find("://", stop)
    return False
