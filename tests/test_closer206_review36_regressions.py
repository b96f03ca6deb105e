"""Closer 206: review 36's regressions of session 46, fixed by rule, with their nearest look-alikes both ways.

- detector._labels_its_number (read by detector._a_phones_or_accounts_label): a phone's, a call's or an account's
  word labels the round groups after it only when nothing but a number's word, a possessive, a line's kind or a short
  function word stands between (`Tel: 38 000 – 42 000`, `Ring mig 12 300 – 45 600`, `Call me on …`); a noun after it
  makes it that noun's modifier, a job's title or a measure, and the range a salary's (`Account Manager: 38 000 –
  42 000 €`, `Call volume: 10 000 – 20 000 a month`).
- lottery_draws._a_games_numbers: a run in a national number's shape after its trunk `0` with no bonus after it is a
  draw's when its game's word stands right before it (a numbers' word and a colon at most between) and its numbers
  stay within the game's range (GAME_TOPS: `Lotto 06 12 34 45 48`); a name or a call between, or a number past the
  game's top, leaves it a phone (`Keno – Orla 06 12 34 56 78`, `Lotto 06 12 34 56 78`). `TB` is Thunderball's bonus
  word (BONUS_WORDS).
- home_services._a_pros_service: two words after a pro's dash closing on a service's word (SERVICE_WORDS: `care`,
  `walking`, `sitting`, `clearance`, `charge`) are the pro's service (`Sitter – Dog Walking`), no name.
- race_results.GAME_SERIES: an intensifier closing a pair after a game series' one-word title is its edition
  (`Highscore: Mario Super 12.500 Punkte`); after any other word it stays a family name (`Tjorven Super`). Only a
  lexicon tells a hero's name from a player's given name.
- geography.TOWNS_THAT_ARE_WORDS in lower_case_names.titled: a town left out of geography.TOWN_NAMES for being a word
  of its own (`Oxford`, `Reading`) is no given name after a shop's comma in `Family, Given` (`Payment to Tesco,
  Oxford`); a person's name there stays refused (`Payment to Quenby, Orla`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (a job's title or a measure holding a phone's, a call's or an account's word before a salary's range)
    'Account Manager: 38 000 – 42 000 €', 'Key Account Manager 55 000 – 65 000 €', 'Call Handler: 22 000 – 24 000 £',
    'Mobile Developer: 48 000 – 56 000 €', 'Phone Sales: 24 000 – 28 000 £', 'Call volume: 10 000 – 20 000 a month',
    'Kontoführer Gehalt 38 000 – 42 000', 'Salary: 38 000 – 42 000 €',
    # (a zero-padded draw right after its game's word, within its range; a Thunderball bonus)
    'Lotto 06 12 34 45 48', 'Loto: 06 12 34 45 48', 'Daily Lotto 02 11 19 27 35', 'Keno 06 12 34 56 78',
    'Thunderball 06 12 34 35 38 TB 07', 'Lotto numbers: 06 12 34 45 48 drawn Saturday',
    'EuroMillions 05 16 28 33 49 Stars 04 11',
    # (a pro's service after its dash)
    'Sitter – Dog Walking', 'Carer – Home Care', 'Nanny – Sole Charge', 'Tasker – Flat Pack Assembly',
    'Nanny – Live In',
    # (a game series' title and its edition on a leaderboard)
    'Highscore: Mario Super 12.500 Punkte', 'Bestenliste: Metroid Hyper 9.800 Punkte',
    'Highscore: Mega Man 12.500 Punkte',
    # (a shop and its town after a payment's `to`)
    'Payment to Tesco, Oxford', 'Refund from Boots, Cambridge', 'Payment to Argos, Leeds',
]

PERSONAL = [
    # (a phone's, a call's or an account's word labelling its number)
    'Tel: 38 000 – 42 000', 'Tel. 12 300 – 45 600', 'Ring mig 12 300 – 45 600', 'Kontonummer 12 300 – 45 600',
    'Call 38 000 – 42 000', 'Call me on 38 000 – 42 000', 'Phone number: 38 000 – 42 000',
    'My phone: 38 000 – 42 000', 'Account no. 38 000 – 42 000', 'Account: 38 000 42 000',
    'Telefon privat 38 000 – 42 000', 'Mobile Developer, call 38 000 – 42 000',
    # (a phone's shape with a name or a call between the game and it, or past the game's range)
    'Lotto syndicate – Orla Quenby 06 12 34 56 78', 'Keno – Orla 06 12 34 56 78', 'Loterij: bel 06-12-34-56-78',
    'Lotto 06 12 34 56 78', 'Thunderball 06 12 34 45 48', 'Lotto – Orla 06 12 34 45 48', 'Lotto: bel 06 12 34 45 48',
    'Tel 06 12 34 45 48 TB 07', '06 12 34 56 78 + 2',
    # (a person after a pro's dash, a family name that is a trade's word)
    'Sitter – Orla Quenby', 'Babysitter – Orla Quenby', 'Carer – Orla Walker', 'Sitter – Orla Fielding',
    # (an intensifier after a given name, a player's full name)
    'Highscore: Tjorven Super 12.000 Punkte', 'Bestenliste: Tjorven Hyper 9.800 Punkte',
    'Highscore: Mario Rossi 12.500 Punkte',
    # (`Family, Given` after a payment's `to`, a town's name as the family name)
    'Payment to Quenby, Orla', 'Payment to Oxford, Orla', 'Payment to Tesco, Orla',
]

globals().update(review_tests(globals()))
