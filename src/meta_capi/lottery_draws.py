"""A lottery draw's numbers, which a phone's reading must leave alone (closer 193, eighty-eighth attack: lotteries).

A draw prints its main numbers as five to seven small numbers of one or two digits, sorted and all different, apart
by one blank or one dash (`7 19 23 38 44`, `5-12-23-44-61`): a game draws them from a drum and a result sorts them.
A phone's digits in groups rise so one time in many, and a phone number has no bonus numbers after it. So the run is
a draw's when it has that shape and either its bonus numbers follow it (one or two of one or two digits after a `+`,
or after a bonus ball's letters: `+ 3 9`, `+ 02 11`, `+ 3 + 9`, `PB 26`, `Superzahl 4`), nothing more of digits
after them (but a run opening with a `0`, as a phone's trunk prefix does, `06 12 34 56 78`), or a draw's word stands
before it on its line (DRAW_WORDS: `Powerball 5-12-23-44-61`, `Eurojackpot 5
aus 50: 7 15 23 31 42`; but a run in a national number's shape after its trunk `0`, `06 12 34 56 78`, is a draw's
only with its bonus numbers after it: closer 202). The caller keeps a phone's label before the run a phone's (`Tel
04 12 19 33 47`). Every pattern is linear: bounded groups between fixed marks.
"""

from __future__ import annotations

import re
from typing import Dict, List

from .canonical import phrase_alternation, table_phrases

# A draw's or a lottery's word by language, lower case (a game's own name among them: a lottery's words are few).
DRAW_WORDS: Dict[str, str] = {
    "English": "lottery|lotto|lotto max|draw|draw results|winning numbers|euromillions|eurojackpot|powerball"
               "|mega millions|megamillions|thunderball|set for life|keno|main numbers",
    "German": "lotto|lottozahlen|gewinnzahlen|ziehung|ziehungsergebnis|lotterie|6 aus 49|5 aus 50|5 aus 35",
    "French": "loto|loterie|tirage|numeros gagnants|euromillions",
    "Spanish": "loteria|sorteo|primitiva|bonoloto|combinacion ganadora|numeros ganadores",
    "Italian": "lotteria|estrazione|superenalotto|numeri vincenti|combinazione vincente",
    "Portuguese": "loteria|sorteio|mega-sena|quina|totoloto|numeros sorteados",
    "Dutch": "loterij|trekking|winnende nummers", "Polish": "lotto|losowanie|wyniki lotto",
    "Swedish and Danish": "lotto|dragning|vinnartal|vindertal",
}
# A bonus ball's letters or words before its number (`PB 26`, `MB 12`, `Superzahl 4`, `Stars 3 9`).
BONUS_WORDS: Dict[str, str] = {
    "English": "pb|mb|powerball|mega ball|megaball|bonus|bonus ball|stars|lucky stars|thunderball|tb|extra",
    "German": "superzahl|sz|zusatzzahl|eurozahlen|zz", "French": "etoiles|numero chance|chance",
    "Spanish": "complementario|reintegro|estrellas", "Italian": "jolly|superstar|stelle",
}

_MAIN = re.compile(r"[0-9]{1,2}(?P<apart>[ -])[0-9]{1,2}(?:(?P=apart)[0-9]{1,2}){3,5}")
_BONUS_AFTER = re.compile(
    r"[ \t]{0,2}(?:\+[ \t]{0,2}|[(\[]?(?i:" + phrase_alternation(table_phrases(BONUS_WORDS)) + r")[:.)\]]?[ \t]{1,2})"
    r"[0-9]{1,2}(?:(?:[ \t]{1,2}|[ \t]{0,2}\+[ \t]{0,2}|,[ \t]?)[0-9]{1,2})?[)\]]?(?![ \t]?[+0-9])")
_DRAW_WORD = re.compile(r"(?<![^\W\d_])(?:" + phrase_alternation(table_phrases(DRAW_WORDS)) + r")(?![^\W\d_])")


def a_draw(run: str, text: str, start: int, end: int) -> bool:
    """Whether the digit groups `run` at `start`..`end` of `text` are a lottery draw's main numbers (above): five to
    seven of one or two digits, one to 99, rising, then its bonus numbers (none opening with a `0`), or after a
    draw's word on its line."""
    if len(run) > 20 or _MAIN.fullmatch(run) is None:
        return False
    numbers = [int(group) for group in re.split("[ -]", run)]
    if numbers[0] < 1 or any(numbers[at + 1] <= numbers[at] for at in range(len(numbers) - 1)):
        return False
    bonus_after = _BONUS_AFTER.match(text, end, min(len(text), end + 40)) is not None
    if run[0] != "0" and bonus_after:
        return True
    line = text[max(0, start - 48):start]
    line = line[line.rfind("\n") + 1:].lower()
    return _DRAW_WORD.search(line) is not None and (bonus_after or not _a_national_numbers_shape(run) or (
        _a_games_numbers(line, numbers)))


# A national number's shape after its trunk `0`: a group of two digits opening with `0`, then four pairs
# (`06 12 34 56 78`, `06-12-34-56-78`: a French or a Dutch mobile as written).
_TRUNK_AND_FOUR_PAIRS = re.compile(r"0[1-9](?P<apart>[ -])[0-9]{2}(?:(?P=apart)[0-9]{2}){3}")


def _a_national_numbers_shape(run: str) -> bool:
    """Whether `run` has a national number's shape after its trunk `0` (closer 202): a draw writes its numbers one to
    99 and, zero-padded, has its bonus numbers after them; a draw's word on the line (`Lotto syndicate – Orla Quenby
    06 12 34 56 78`) does not make a phone's shape a draw without them."""
    return _TRUNK_AND_FOUR_PAIRS.fullmatch(run) is not None


# (closer 206, review 36) The highest number a game draws its main numbers from, by its word (lower case; a game
# not named here: 59, the largest of the national lotteries that print them zero-padded, `6 aus 49`, UK Lotto 59).
GAME_TOPS: Dict[str, int] = {"thunderball": 39, "daily lotto": 36, "loto": 49, "6 aus 49": 49, "lotto": 59,
                             "euromillions": 50, "eurojackpot": 50, "powerball": 69, "mega millions": 70,
                             "megamillions": 70, "keno": 80}
# A draw's word ending the text before the run, maybe with its numbers' or results' word and a colon or a dash
# (`Lotto 06 …`, `Lotto numbers: 06 …`): nothing else, no name nor call, between the game and its numbers.
_GAME_RIGHT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<game>" + phrase_alternation(table_phrases(DRAW_WORDS)) + r")"
    r"(?:[ \t]{1,2}(?:numbers|results|zahlen|numeros|numeri|nummers|tal))?[ \t]{0,2}[:\-–]?[ \t]{0,2}$")


def _a_games_numbers(line: str, numbers: List[int]) -> bool:
    """Whether a run in a national number's shape with no bonus after it is a draw's all the same (closer 206): its
    game's word right before it (_GAME_RIGHT_BEFORE) and its numbers within the game's range (GAME_TOPS): a phone's
    pairs after a trunk `0` are a draw's only so (`Lotto 06 12 34 45 48`; `Keno – Orla 06 12 34 56 78`, `Lotto
    syndicate – Orla Quenby 06 12 34 56 78` stay phones)."""
    game = _GAME_RIGHT_BEFORE.search(line)
    return game is not None and numbers[-1] <= GAME_TOPS.get(game.group("game"), 59)
