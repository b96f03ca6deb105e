"""Given names by language (closer 208, review 35): what tells a person's given name from the word opening a
standing's, a service's or a brand's phrase where both have a name's shape (`Orla Winner` a person, `Star Sitter`,
`Betfair Exchange`, `Grand Winner` a kind or a firm). Capitalization alone is no proof: any capitalized word in no
list is no given name (closer 202's withdrawn reading). So the words here are common given names by language, none a
common English word as often (`Rose`, `Grace`, `Amber`, `Joy`, `Hope`, `Summer`, `Victoria`, `Star`, `Cash` are left
out: BIP39's list, the standings' and the clubs' words hold the ordinary ones). A vocabulary, not a census: a rule
reading it errs toward sending a rarer name's reading out, as the gate did before it.
Lexicon data, canonical (accents folded), lower case, compared whole.
"""

from __future__ import annotations

from typing import Dict, FrozenSet

from .bip39_words import a_common_word
from .canonical import canonical
from .common_words import EVERYDAY_NOUNS, a_common_word_in_a_language, a_common_word_of_a_language

_GIVEN_NAMES: Dict[str, str] = {
    "English and Irish": (
        "olivia emily amelia isla ava mia sophie sophia ella charlotte lily isabella evie poppy jessica alice chloe "
        "lucy sarah hannah emma laura rachel rebecca katie megan lauren amy eleanor harriet imogen orla aoife niamh "
        "siobhan saoirse ciara sinead roisin caoimhe aisling mairead grainne eimear clodagh deirdre fiona catherine "
        "elizabeth margaret mary helen susan karen linda patricia barbara jennifer michelle nicola joanne deborah "
        "alexandra alexander oliver george harry jack noah charlie thomas oscar william james henry leo arthur "
        "freddie alfie theo archie joshua samuel daniel benjamin matthew michael david andrew robert richard "
        "christopher stephen peter paul simon timothy jonathan nicholas edward patrick sean ciaran cian oisin "
        "niall eoin darragh padraig liam conor ronan declan fergus callum ewan hamish alistair angus"),
    "German": (
        "ilse hilde hildegard hertha gertrud ursula ingrid helga brigitte renate monika sabine petra claudia "
        "andrea susanne birgit katrin anja silke heike kerstin stefanie nicole julia lena leonie hannah marie "
        "johanna greta frieda ida mathilda emilia luisa annika jana lea lina mila paula tjorven jonas finn "
        "lukas leon elias felix maximilian moritz paul niklas tobias florian sebastian jan hendrik wolfgang "
        "dieter jurgen klaus gunter uwe rainer manfred horst helmut werner heinz karl friedrich wilhelm hans "
        "fritz ulrich volker bernd holger thorsten torsten matthias"),
    "French": (
        "camille manon chloe lea ines jade louise ambre margaux juliette clemence mathilde pauline amandine aurelie "
        "celine sandrine nathalie isabelle sylvie veronique brigitte francoise monique genevieve helene "
        "agathe apolline capucine solene oceane lucas hugo louis gabriel arthur jules raphael maxime antoine "
        "nicolas julien guillaume francois pierre jacques philippe thierry laurent olivier benoit mathieu "
        "etienne sebastien yannick cedric gaetan"),
    "Spanish and Portuguese": (
        "lucia sofia martina valeria paula daniela carmen pilar rocio nuria montserrat inmaculada concepcion "
        "dolores mercedes beatriz ines marta raquel cristina veronica lorena alba irene noelia ainhoa itziar "
        "leire nerea maite hugo mateo alejandro pablo alvaro javier sergio jorge diego carlos manuel jose "
        "antonio francisco juan miguel rafael fernando ignacio inaki joao goncalo tiago rodrigo afonso"),
    "Italian": (
        "giulia chiara francesca federica alessia martina giorgia elisa silvia valentina ilaria sara "
        "beatrice aurora ginevra alice vittoria gianluca giuseppe giovanni francesco alessandro lorenzo "
        "matteo leonardo riccardo davide andrea marco luca stefano massimo fabrizio maurizio claudio "
        "roberto salvatore vincenzo"),
    "Dutch": (
        "anouk sanne femke lotte fleur noor tess saar lieke maaike marloes ilse annemieke ingeborg "
        "thijs daan sem bram lars ruben jasper joost sjoerd wouter pieter gerrit jeroen maarten niels "
        "koen stijn willem"),
    "Nordic": (
        "astrid ingrid sigrid solveig liv frida freja ebba saga elsa linnea maja wilma alva tove karin "
        "birgitta kerstin margareta agneta annika malin sanna hanna emil oskar axel elias olle nils "
        "lennart gustav anders henrik mikael jens soren magnus rasmus bjorn erik sven lasse tjorven"),
    "Polish and Czech": (
        "agnieszka malgorzata katarzyna joanna magdalena ewa anna zofia zuzanna hanna julia maja "
        "aleksandra natalia weronika karolina justyna dorota krzysztof piotr tomasz pawel michal marcin "
        "grzegorz jakub mateusz kacper szymon wojciech andrzej tereza petra jiri ondrej"),
}

GIVEN_NAMES: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for words in _GIVEN_NAMES.values() for word in words.split())


def a_given_name(word: str) -> bool:
    """Whether `word` (as written, marks and a possessive `'s` aside) is a given name of GIVEN_NAMES."""
    word = word.strip(".,;:()!?–-")
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    return canonical(word)[0].lower() in GIVEN_NAMES


def a_common_words_not_a_name(words: str, ending: str = "s") -> bool:
    """(closer 210, review 37) Whether capitalized `words` in a person's place hold a common English word
    (bip39_words.a_common_word, glued to `ending`) or a common word of the gate's other languages
    (common_words.a_common_word_of_a_language, closer 212's: the same notion as
    lower_case_names.a_full_name_of_no_language) and open on no known given name (given_names.GIVEN_NAMES): a tool's, a
    bot's or a state's words (`Ticket Tool`, `Double Counter`, `Expires June`, `Neue Nachricht`), not `Orla Gold`. An
    unknown given name before a family name that is a common word goes out: the price."""
    split = [word.strip(".,;:()!?–-") for word in words.split()]
    return bool(split) and bool(split[0]) and not a_given_name(split[0]) and any(
        _a_common_word(word, (ending,)) for word in split)


def only_common_words(words: str, endings: tuple[str, ...] = ("s",)) -> bool:
    """(genealogy, closer 210; tidy 50) Whether every word of capitalized `words` is a common word of a language, as
    a_common_words_not_a_name reads one (glued to one of `endings` too: a plural's, a past's), none opening on a known
    given name: a wish's or a mood's words (`Always Loved`), no name's."""
    split = [word.strip(".,;:()!?–-") for word in words.split()]
    return bool(split) and bool(split[0]) and not a_given_name(split[0]) and all(
        _a_common_word(word, endings) for word in split)


def _a_common_word(word: str, endings: tuple[str, ...]) -> bool:
    """Whether `word` is a common English word (BIP39's, alone or glued to one of `endings`) or a common word of
    another language (common_words.a_common_word_of_a_language)."""
    return any(a_common_word(word, ending=ending) for ending in endings) or a_common_word_of_a_language(word)


def a_things_words(words: str) -> bool:
    """(closer 215, review 39) Whether capitalized `words` in a person's place are a thing's, a brand's or an
    audience's, opening on no known given name: their first word a common word of a language
    (common_words.a_common_word_in_a_language: `Neue Eltern`, `Christmas Eve`, `StarBucks`), or any an everyday
    thing's noun (common_words.EVERYDAY_NOUNS: `Tee Trinker`, `MüllerBrot`). Narrower than a_common_words_not_a_name:
    a family name that is a common adjective after an unknown given name stays a name (`Elena Klein`); the price, one
    that is a thing's noun goes out (`Velmora Haus`)."""
    split = [word.strip(".,;:()!?–-") for word in words.split()]
    return bool(split) and bool(split[0]) and not a_given_name(split[0]) and (
        a_common_word_in_a_language(split[0]) or any(canonical(word)[0].lower() in EVERYDAY_NOUNS for word in split))
