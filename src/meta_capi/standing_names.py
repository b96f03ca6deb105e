"""A person's name beside a standing's or a club's word (closer 202, review 35): the standings' and the clubs' words
(standings.STANDING_WORDS, role_labels.CLUB_AND_BREED_WORDS) are family names and given names too (`Winner`,
`Berger`, `Alexandra`). Read where a winner is congratulated (greetings, a_kind_not_a_name): a standing's, a club's
or a tier's words congratulated name no one (`Lucky Winner`, `Manchester United`), a name's shape does
(`Alexandra Quenby`): a capitalized word of letters that is none of the standings', the tipsters' topics'
(person_routes.TIP_TOPICS), the towns' (geography.TOWN_NAMES) nor the words opening a standing's phrase
(OPENING_WORDS: `Scratchcard Winner`, `Top Tipster`). A club's word is a club's only beside a town's, another club's
or a standing's word or a particle (`Real Madrid`); beside a name's word alone it is a name's. (Its reading after the
standings' labels, `Payout to Orla Winner`, was withdrawn at session 46's merge: any capitalized word in no list is
no given name's proof, `Sitter: Star Sitter`.)

Closer 208 reads it again with a given name's proof (given_names.GIVEN_NAMES), for the standings' callers (a party's
label, a wager's or a payout's preposition): a_person_before_a_standing, a_person_beside_a_club.
Lexicon data, canonical, lower case.
"""

from __future__ import annotations

from typing import FrozenSet, List

from .bip39_words import WORDS as COMMON_WORDS
from .canonical import canonical
from .geography import TOWN_NAMES
from .given_names import a_given_name
from .person_routes import TIP_TOPICS
from .standings import STANDING_WORDS, a_standing

# Words opening a standing's, a service's or a market's phrase by meaning and language (a game, a sport, a time, a
# device, a client's or a vetting's word): no given name.
OPENING_WORDS: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    "scratchcard scratchcards rubbellos grattage lucky big grand super mega top first last great good new old "
    "night day morning evening emergency regular private social background ofsted dbs gas safe "
    "customer customers client clients android iphone ipad handy smartphone desktop web tennis golf "
    "season early valued dear welsh english scottish irish british german french spanish italian dutch "
    "home house boiler garden kita value group team ambulant ambulante ambulanter merry happy "
    "red blue green black white golden silver "
    # (a player's, a saver's, a holder's or a prize's word a winner is congratulated as: `Congratulations Season Ticket
    # Holder`, `Well done Super Saver`, `Congratulations Player One`, `Congratulations Early Bird`)
    "player players saver savers bird birds holder holders prize prizes ticket member members one").split())
# A trade's or a firm's word that after a given name names a franchise (`Molly Maid`, `Merry Maids`), by language:
# no family name as often.
FIRM_WORDS: FrozenSet[str] = frozenset(
    "maid maids plumbers plumbing cleaners cleaning electricians builders installers contractors support soporte "
    "supporto assistenza kundendienst klantenservice".split())
PARTICLES: FrozenSet[str] = frozenset("de del della di da do dos du van von der den la le el los las".split())


def _words(words: str) -> List[str]:
    split = []
    for word in words.split():
        word = word.strip(".,;:()!?–-")
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        if word:
            split.append(word)
    return split


def _name_shaped(word: str) -> bool:
    """Whether `word` as written has a given or a family name's shape and is no word of a standing's phrase."""
    key = canonical(word)[0].lower()
    return word[:1].isupper() and word.isalpha() and len(word) >= 2 and not word.isupper() and not (
        key in STANDING_WORDS or key in OPENING_WORDS or key in TIP_TOPICS or key in TOWN_NAMES)


def a_name_beside_a_club(words: str, club_words: FrozenSet[str]) -> bool:
    """Whether capitalized `words` holding a club's word (`club_words`) hold a name's shape beside it and no town's,
    club's, standing's word or particle (above)."""
    keys = [canonical(word)[0].lower() for word in _words(words)]
    others = [key for key in keys if key not in club_words]
    return len(keys) >= 2 and bool(others) and len(others) < len(keys) and all(
        key not in TOWN_NAMES and key not in STANDING_WORDS and key not in PARTICLES and key not in TIP_TOPICS
        for key in others) and all(_name_shaped(word) for word in _words(words)
                                   if canonical(word)[0].lower() in others)


def a_kind_not_a_name(words: str, club_words: FrozenSet[str]) -> bool:
    """Whether capitalized `words` (a winner congratulated, closer 202) hold no word of a name's shape (_name_shaped)
    nor a club's beside one: a standing's, a club's or a tier's words (`Lucky Winner`, `Manchester United`, `Early
    Bird`), not `Alexandra Quenby`."""
    split = _words(words)
    return bool(split) and not any(_name_shaped(word) and canonical(word)[0].lower() not in club_words
                                   for word in split) and not a_name_beside_a_club(words, club_words)


_COMMON_WORDS: FrozenSet[str] = frozenset(COMMON_WORDS)


def _a_family_names_shape(word: str) -> bool:
    """Whether `word` after a given name has a family name's shape (_name_shaped) and is no common English word of
    BIP39's list, a venue's or a thing's as often (`Alexandra Palace`, `Alexandra Park`)."""
    return _name_shaped(word) and canonical(word)[0].lower() not in _COMMON_WORDS


def a_person_before_a_standing(words: str) -> bool:
    """Whether capitalized `words` holding a standing's word (standings.a_standing) are a person's name (closer 208):
    a given name (given_names.GIVEN_NAMES) and a family name that is a standing's word (`Orla Winner`, `Orla
    Tasker`, `Hilde Spiel`), or a given name, a family name's shape (_a_family_names_shape) and a standing's, a
    service's or a tier's word after the whole name (`Orla Quenby Online`, `Ilse Wendtkamp Gewinner`). No
    capitalized word in no list is a given name's proof: `Star Sitter`, `Betfair Exchange`, `Cash App`, `Grand
    Winner` stay a kind's or a firm's; nor a trade's word after a given name (FIRM_WORDS: `Molly Maid`)."""
    split = _words(words)
    if len(split) not in (2, 3) or not split[0][:1].isupper() or not a_given_name(split[0]):
        return False
    last = split[-1]
    if not (last[:1].isupper() and last.isalpha()) or canonical(last)[0].lower() in FIRM_WORDS:
        return False
    return len(split) == 2 or _a_family_names_shape(split[1])


def a_person_beside_a_club(words: str, club_words: FrozenSet[str]) -> bool:
    """Whether two capitalized `words` holding a club's word (`club_words`) are a person's name (closer 208): a given
    name (given_names.GIVEN_NAMES) before a club's word as a family name (`Orla Berger`, `Orla Real`, `Tjorven
    Argyle`), or a club's word that is a given name before a family name's shape no town's nor club's word
    (`Alexandra Quenby`, `Hertha Wendtkamp`); not `Real Madrid`, `Hertha BSC`, `Hertha Berlin`, `Crewe Alexandra`,
    `Alexandra Palace`."""
    split = _words(words)
    if len(split) != 2 or not all(word[:1].isupper() and word.isalpha() for word in split):
        return False
    first, second = (canonical(word)[0].lower() for word in split)
    if first not in club_words:
        return a_given_name(split[0]) and second in club_words
    return a_given_name(split[0]) and second not in club_words and second not in PARTICLES and _a_family_names_shape(
        split[1])


def a_standing_not_a_person(words: str) -> bool:
    """Whether capitalized `words` after a party's label or a record's preposition hold a standing's, a service's or a
    market's word (standings.a_standing) and are no person's name holding one (a_person_before_a_standing)."""
    return a_standing(words) and not a_person_before_a_standing(words)
