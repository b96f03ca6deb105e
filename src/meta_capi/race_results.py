"""An entrant's name in a race's results line, for the detector (closer 115, fifty-ninth attack: events and races). A
results list or a runner's certificate writes the placing, the entrant's name and the time after a ranking's label:
`Classement 10 km de Paris : 412e, Anna Quendrix, 41'23"`, `Ergebnis Halbmarathon: 87. Anna Quendrix – 1:41:07`,
`Results: 3rd, Anna Quendrix, 2:45:10`.

A ranking's or a result's word is lexicon data by language (RANKING_WORDS, read as stems in the canonical form in any
case), then the rest of its label to its colon; after the colon a placing (digits and an ordinal's ending: `412e`,
`1er`, `3rd`, `87.`, `5º` folded to `5o`), a full name (two or three capitalized words, or a family name in capitals),
and the race's time (`41'23"`, `1:41:07`, `2h03'15`). A team's standing writes points, not a time, after its club's
name (`Classement Ligue 1 : 1er, Paris Saint-Germain, 45 pts`): no rule here reads it after a league's or a ranking's
label. A game's leaderboard, by its own words (LEADERBOARD_WORDS: `Leaderboard`, `Highscore`, `Bestenliste`), ranks
its players by their score (closer 179): after its label's colon, maybe a placing, a full name and the score's number
and word (`Leaderboard #1: … – 98,214 pts`); a team's or a club's words there name a team (`Leaderboard #1: Team
Liquid – 2,450 pts`). Not a thing's, a business's nor a product line's words (name_shapes.a_person, a_product;
role_labels.a_thing).
"""

from __future__ import annotations

import re

from .brand_words import a_business_name
from .canonical import by_first_letter, canonical, phrase_alternation, table_phrases
from .name_shapes import CAPITAL_WORD, WORD, a_person, a_product
from .personal_keys import COMPETITION_WORDS
from .postal import _NAME_PARTICLE, _place_or_business
from .role_labels import a_team_or_state, a_thing

PERSON_NAME = "holds a person's name"

# A ranking or a race's result, by language: the stems of its label's word (`Classement`, `Ergebnisse`, `Uitslag`).
RANKING_WORDS = {
    "English": "ranking results result placing", "German": "ergebnis platzierung rangliste wertung",
    "French": "classement resultat", "Spanish": "clasificacion resultado", "Italian": "classifica risultat",
    "Portuguese": "classificacao resultado", "Dutch": "uitslag klassement", "Polish": "klasyfikacj wynik",
}
# (closer 151, seventy-first attack: sport) A race's bib's words by language (in the canonical form in lower case),
# before its number and its runner's full name (`Startnummer 836…: …`, `Dossard 836… – …`); a bib's range or a bib's
# product goes out (`Bib: 1–2000 Wave A`, `Startnummernband – Schwarz`).
BIB_WORDS = {
    "English": "bib|bib number|bib no|race number", "German": "startnummer|startnr", "French": "dossard",
    "Spanish": "dorsal", "Italian": "pettorale", "Portuguese": "peitoral|dorsal", "Dutch": "startnummer|rugnummer",
    "Scandinavian": "nummerlapp|startnummer|startnr", "Polish": "numer startowy",
}
# ... and a result's label before its time (`Finish time 3:41:22 · …`, `Zielzeit 0:48:12 – …`), then the name.
RESULT_TIME_WORDS = {
    "English": "finish time|finishing time|chip time|net time|gun time|official time|result|resultat|resultaat",
    "German": "zielzeit|endzeit|nettozeit|bruttozeit|laufzeit|ergebnis", "French": "temps officiel|temps net|chrono",
    "Spanish and Portuguese": "tiempo oficial|tiempo neto|tempo oficial|tempo liquido|resultado|marca",
    "Italian": "tempo ufficiale|tempo netto|tempo finale", "Dutch": "eindtijd|netto tijd|finishtijd",
    "Scandinavian": "sluttid|maltid|nettotid", "Polish": "czas netto|czas brutto|czas oficjalny",
}
# (closer 151) A team's roster's, squad's or line-up's word by language (in the canonical form in lower case), read
# after a youth team's age group (YOUTH_WORDS, or `U10`, `Sub-9`, `JO9-2`) in the same label before its colon: the
# names after it are children's (`U10 roster: …, …`, `F-Jugend Kader: … (Jg. 2017)`). A senior club's squad names
# public players and is no child's (`Kader 2026/27 – FC Bayern`), nor is a roster's template (`U10 Roster Template`).
ROSTER_WORDS = {
    "English": "roster|squad|line-up|lineup|team sheet|team list", "German": "kader|aufstellung|mannschaft",
    "French": "effectif|composition|equipe|liste", "Spanish": "plantilla|alineacion|convocatoria|convocados",
    "Italian": "rosa|formazione|convocati|elenco", "Portuguese": "elenco|escalacao|plantel|convocados",
    "Dutch": "opstelling|selectie|spelers", "Scandinavian": "tropp|trupp|lagoppstilling|laguttak",
    "Polish": "kadra|sklad",
}
YOUTH_WORDS = {
    "English": "youth|junior|juniors|kids|minis", "German": "jugend|junioren|bambini",
    "French": "jeunes|poussins|benjamins|minimes|cadets", "Spanish": "juvenil|infantil|alevin|benjamin|cadete",
    "Italian": "pulcini|esordienti|giovanissimi|allievi", "Portuguese": "escolinha|infantil|juvenil",
    "Dutch": "jeugd|pupillen", "Scandinavian": "ungdom|gutter|jenter|pojkar|flickor", "Polish": "mlodzik|orlik|zak",
}
# (closer 179, eighty-first attack: games) A game's leaderboard's words by language (in the canonical form in lower
# case), and a score's words after its number (`98,214 pts`, `1.250 Punkte`, `2 450 XP`).
LEADERBOARD_WORDS = {
    "English": "leaderboard|leaderboards|high score|high scores|highscore|highscores|scoreboard|hall of fame",
    "German": "bestenliste|highscoreliste|ruhmeshalle", "French": "tableau des scores|meilleurs scores",
    "Spanish": "tabla de puntuaciones|mejores puntuaciones|marcador",
    "Italian": "classifica punteggi|punteggi migliori", "Portuguese": "placar|melhores pontuações",
    "Dutch": "scorebord|ranglijst", "Polish": "tabela wyników|ranking graczy",
}
SCORE_WORDS = {
    "English": "pts|pt|points|point|xp|elo|mmr|lp|rp|kills|wins|trophies", "German": "punkte|pkt|siege",
    "French": "pts|points|victoires", "Spanish": "puntos|victorias", "Italian": "punti|vittorie",
    "Portuguese": "pontos|vitórias", "Dutch": "punten|overwinningen", "Polish": "punkty|pkt|wygrane",
}
# ... and what a leaderboard ranks besides its players, by language: a mode's, an event's, a challenge's or a season's
# pass (`Leaderboard: Daily Challenge, 100 pts`, `Season Pass – 500 XP`), with the competitions' words
# (key_lexicon.COMPETITIONS: `Grand Final`, `Ranked`).
LEADERBOARD_SUBJECTS = {
    "English": "daily weekly monthly challenge challenges event events mode modes weekend pass quest quests mission "
               "missions raid raids arena map maps level levels trial trials run runs speedrun boss double",
    "German": "täglich wöchentlich herausforderung event modus wochenende pass mission karte stufe",
    "French": "quotidien hebdomadaire défi événement mode week-end passe mission carte niveau",
    "Spanish": "diario semanal desafío reto evento modo pase misión mapa nivel",
    "Italian": "giornaliera settimanale sfida evento modalità pass missione mappa livello",
}
# (closer 192, review 33) ... and a record's words, and the words a game's title is made of that no name holds: an
# edition's or a sequel's intensifier (`Highscore: Neuer Rekord 12.500 Punkte`, `Highscore: Super Mario 12.500
# Punkte`, `Mega Man`, `Ultra Street Fighter`), by language. A title of a hero's or a creature's name alone (`Pac
# Man`, `Donkey Kong`) holds none: only a list of titles tells it from a player.
RECORDS_AND_TITLE_WORDS = {
    "English": "record records highscore highscores hiscore super mega ultra hyper turbo deluxe remastered",
    "German": "rekord rekorde bestwert bestleistung", "French": "record records",
    "Spanish": "récord récords plusmarca", "Italian": "record primato", "Dutch": "record",
}
_NOT_PLAYERS = COMPETITION_WORDS | frozenset(canonical(word)[0].lower() for table in (
    LEADERBOARD_SUBJECTS, RECORDS_AND_TITLE_WORDS) for words in table.values() for word in words.split())
# (closer 200, review 34) The intensifiers among them, family names too (`Tjorven Super`): a title's word where they
# open it or stand inside it (`Super Mario`, `Sonic Mega Collection`), a family name where they close two words.
_INTENSIFIERS = frozenset("super mega ultra hyper turbo".split())
# (closer 206, review 36) ... but after a game series' one-word title its edition (`Mario Super`, `Sonic Mega`, `Puyo
# Turbo`): a hero's or a creature's name is no shape a player's lacks, so the best-known series are lexicon data, as
# brand_words holds brands. Lower case.
GAME_SERIES = frozenset((
    "mario luigi wario yoshi zelda metroid kirby pokemon sonic tails knuckles pac-man pacman puyo tetris bomberman "
    "megaman rayman spyro crash frogger galaga pong arkanoid lemmings castlevania gradius contra doom quake halo "
    "minecraft fortnite").split())


def _names_no_player(name: str) -> bool:
    """Whether a leaderboard's capitalized `name` holds a word no player's name holds (_NOT_PLAYERS), an intensifier
    closing a pair of words aside (_INTENSIFIERS: `Tjorven Super` is a player) but after a game series' title
    (GAME_SERIES: `Mario Super` is a game)."""
    words = [canonical(word)[0].lower() for word in name.split()]
    return any(word in _NOT_PLAYERS and not (word in _INTENSIFIERS and len(words) == 2 and index == 1 and (
        words[0] not in GAME_SERIES)) for index, word in enumerate(words))


_LEADERBOARD_PHRASES = table_phrases(LEADERBOARD_WORDS)
_ROSTER_PHRASES = table_phrases(ROSTER_WORDS)
_YOUTH_PHRASES = table_phrases(YOUTH_WORDS)
_BIB_PHRASES = table_phrases(BIB_WORDS)
_TIME_PHRASES = table_phrases(RESULT_TIME_WORDS)
_STEMS = sorted({word for words in RANKING_WORDS.values() for word in words.split()})
# What `reason` needs, searched first by the detector (CUE_SOURCE, compiled there: one scan in C, and a text holding
# none, most, reads nothing of this module).
CUE_SOURCE = (f"(?i:{by_first_letter(_STEMS)}"
              f"|{by_first_letter(_BIB_PHRASES + _TIME_PHRASES + _ROSTER_PHRASES + _LEADERBOARD_PHRASES)})")
_NAME_WORD = f"(?:{WORD}|{CAPITAL_WORD})"
_PLACING = r"[0-9]{1,5}(?:ieme|eme|ere|er|re|e|st|nd|rd|th|[.ºª°oa])(?![^\W\d_])"
_TIME = (r"[0-9]{1,2}(?:h[ \t]?[0-5][0-9](?:['’m][ \t]?[0-5][0-9])?|['’][ \t]?[0-5][0-9]|:[0-5][0-9](?::[0-5][0-9])?)"
         r"(?![0-9])")
# (group 1: the name) the ranking's word opening a word, the rest of its label to the colon (one line, one field)
_RESULT_NAMED = re.compile(
    f"(?<![^\\W\\d_])(?i:{by_first_letter(_STEMS)})[^\\n:;|]{{0,60}}:[ \\t]{{0,3}}{_PLACING}"
    f"[ \\t]{{0,3}},?[ \\t]{{0,3}}"
    f"({_NAME_WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{_NAME_WORD}){{1,2}})"
    f"[ \\t]{{0,3}}[,;-]?[ \\t]{{0,3}}{_TIME}")


# (closer 179; group 1: the name) a leaderboard's word opening a word, the rest of its label to the colon, maybe a
# placing, the name, a mark maybe, the score's number and its word
_SCORED = re.compile(
    f"(?<![^\\W\\d_])(?i:{phrase_alternation(_LEADERBOARD_PHRASES)})[^\\n:;|]{{0,40}}:[ \\t]{{0,3}}"
    f"(?:(?:#[0-9]{{1,5}}|{_PLACING})[ \\t]{{0,3}}[,-]?[ \\t]{{0,3}})?"
    f"({_NAME_WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{_NAME_WORD}){{1,2}})"
    f"[ \\t]{{0,3}}[-,;:(]?[ \\t]{{0,3}}(?:[0-9]{{1,3}}(?:[.,' ][0-9]{{3}}){{1,3}}|[0-9]{{1,9}})[ \\t]{{0,3}}"
    f"(?i:{phrase_alternation(table_phrases(SCORE_WORDS))})(?![^\\W\\d_])")


# A placing after a place's word (`Platz 88`, `place 12`, `puesto 7`), as a placing.
_PLACE_WORDS = "platz|rang|place|position|pos|puesto|posicion|posicao|posizione|plaats|plass|plats|miejsce"
_NAME_END = r"(?=[ \t]{0,3}(?:$|[-,.;:!?()|/\n\"])|[ \t]{1,3}[a-z(])"
_FULL = f"(?:{_NAME_WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{_NAME_WORD}){{1,2}}|{WORD},[ \\t]{{1,3}}{WORD})"
# (group 1: the name) a bib's word, maybe a number sign and a colon, its number (no range), a mark or a blank, a name
_BIB_NAMED = re.compile(
    f"(?<![^\\W\\d_])(?i:{by_first_letter(_BIB_PHRASES)})\\.?(?:[ \\t]{{0,3}}(?:#|no\\.?|nr\\.?))?"
    f"[ \\t]{{0,3}}:?[ \\t]{{0,3}}[0-9]{{1,6}}(?![0-9]|[ \\t]{{0,3}}[-/][ \\t]{{0,3}}[0-9])"
    f"[ \\t]{{0,3}}(?:[-:,.(][ \\t]{{0,3}})?({_FULL}){_NAME_END}")
# (group 1: the name) a result's label, its race's words (`21K`) to a colon or not, maybe a placing or a place's word
# and its number, then the name before or after the time.
_RESULT_TIMED = re.compile(
    f"(?<![^\\W\\d_])(?i:{by_first_letter(_TIME_PHRASES)})(?:[ \\t]{{1,3}}[0-9]{{1,3}}(?:k|km|K)?)?[ \\t]{{0,3}}:?"
    f"[ \\t]{{0,3}}(?:(?:(?i:{_PLACE_WORDS})[ \\t]{{0,3}}[0-9]{{1,5}}|{_PLACING})[ \\t]{{0,3}}[,;-]?[ \\t]{{0,3}})?"
    f"(?:({_FULL})[ \\t]{{0,3}}[,;-]?[ \\t]{{0,3}}{_TIME}"
    f"|{_TIME}[ \\t]{{0,3}}[-,;.][ \\t]{{0,3}}({_FULL}){_NAME_END})")


# (group 1: the first name) a youth team's age group or word, the rest of its label, a roster's word, its colon, a name
_YOUTH_ROSTER = re.compile(
    f"(?:(?<![^\\W_])(?:U|Sub-?|JO|MO)[0-9]{{1,2}}(?:-[0-9]{{1,2}})?(?![0-9])"
    f"|(?i:{by_first_letter(_YOUTH_PHRASES)}))[^:\\n|]{{0,24}}?(?<![^\\W\\d_])(?i:{by_first_letter(_ROSTER_PHRASES)})"
    f"(?![^\\W\\d_])[ \\t]{{0,3}}:[ \\t]{{0,3}}({_FULL}){_NAME_END}")


def bib_or_time_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a runner's full name after a bib's number or beside a result's time
    after its label, or a child's after a youth team's roster's label (above), or ""."""
    for match in _BIB_NAMED.finditer(form):
        if _an_entrant(match.group(1)):
            return PERSON_NAME
    for match in _RESULT_TIMED.finditer(form):
        if _an_entrant(match.group(1) or match.group(2)):
            return PERSON_NAME
    for match in _YOUTH_ROSTER.finditer(form) if ":" in form else ():
        if _an_entrant(match.group(1)):
            return PERSON_NAME
    return ""


# A race's, a club's or a team's words, which no entrant's name holds (`Dorsal 10 – Real Madrid`, `Finish time 2:01:09 –
# Berlin Marathon`; in lower case).
RACE_OR_CLUB_WORDS = frozenset((
    "marathon marathons maraton maratona marathonien half halbmarathon semi run running race races lauf trail ultra "
    "triathlon ironman cup open championship championships grand prix tour classic series wave edition plan pacing "
    "club fc cf sc sv ac real united city athletic atletico sporting team squad academy rovers wanderers "
    "olympique borussia bayern inter juventus milan "
    # (session 39: a race's words by language, a kit's: `Dorsal 42 – Carrera Popular Madrid`, `Startnummer 88 –
    # Trikot Orange`)
    "carrera corrida corsa course volkslauf stadtlauf firmenlauf loop bieg lopp popular trikot maillot camiseta "
    "maglia jersey shirt kit").split())


def _an_entrant(name: str) -> bool:
    """Whether `name` is an entrant's: a person's, no product's, thing's, race's nor club's words."""
    return (a_person(name) and not a_product(name) and not a_thing(name) and not _place_or_business(name)
            and RACE_OR_CLUB_WORDS.isdisjoint(word.lower().strip(",") for word in name.split()))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a ranking's label, a placing, an entrant's full name and a time, or
    "" (or a bib's or a result's time's: bib_or_time_reason)."""
    for match in _RESULT_NAMED.finditer(form) if ":" in form else ():
        if _an_entrant(match.group(1)):
            return PERSON_NAME
    for match in _SCORED.finditer(form) if ":" in form else ():  # (closer 179: a game's leaderboard)
        name = match.group(1)
        if _an_entrant(name) and not a_business_name(name) and not a_team_or_state(name) and not _names_no_player(name):
            return PERSON_NAME
    return bib_or_time_reason(form)
