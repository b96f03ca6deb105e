"""Closer 202: review 35's regressions of session 45, fixed by rule, with their nearest look-alikes both ways.

- lottery_draws.a_draw: a run in a national number's shape after its trunk `0` (a group of two digits opening with `0`,
  then four pairs: `06 12 34 56 78`) is a draw's only with its bonus numbers after it; a draw's word on its line
  alone leaves it a phone (`Lotto syndicate – Orla Quenby 06 12 34 56 78`).
- detector._a_phones_or_accounts_label: two groups of round hundreds around a spaced dash after a phone's label, a
  call's word, an account's or a number's word are a phone's or an account's, not a salary's range
  (detector._thousands_range: `Tel: 38 000 – 42 000`; `Salary: 38 000 – 42 000 SEK` still goes out).
- (withdrawn at the merge: a standing's word after a given name's shape, `Payout to Orla Winner`, or a full name's,
  and a club's word beside a name's word, `Bettor: Orla Berger`, read by the standings' callers; its name-shaped word,
  any capitalized word in no list, refused review 34's ordinary `Sitter: Star Sitter`, `Punter: Betfair Exchange`:
  its values were this file's LEAKS; closer 208 read them again with a given name's proof,
  standing_names.a_person_before_a_standing: they are PERSONAL.)
- referral_links._a_name_before_its_campaign: a campaign's, a standing's or a page's word lets out only a slug with no
  full name's shape before it (`/invite/orla-quenby-halloween`), a saint's or a club's word after a name's word is a
  family name (`/invite/orla-real`).
- person_routes._a_family_name_after_a_given_one: a compass, a county's (`…shire`) or a charge's word after a given
  name's shaped slug word on a notice's, an owner's or a sitter's route is a family name (`/obituaries/susan-
  hampshire`, `/owners/orla-child/pets`, `/sitter/orla-north`).
- greetings (standing_names.a_kind_not_a_name): a standing, a club or a tier congratulated in the second person is no
  person (`Congratulations Lucky Winner, you've won`, `Congratulations Manchester United`).
- role_labels._a_chip_or_a_mode: a fantasy game's chip, mode or record after its manager's label names no manager
  (`FPL – Manager: Wildcard Active`).
- personal_documents._SAMPLE_WORDS: a template's, a sample's or a guide's word after a proof's title words sets no
  customer's name off (`Proof_of_Address_Utility_Bill_sample.pdf`).
- person_routes.TIP_MARKETS: a race meeting's, a tournament's or a market's words head a tipster's picks
  (`/tipsters/grand-national/tips`, `/tipsters/each-way/tips`).
"""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (draws: a real draw, zero-padded with its bonus, after its word)
    'Lotto: 3 12 19 27 38 45 Bonus 7', 'EuroMillions 05 16 28 33 49 Lucky Stars 04 11',
    'Gewinnzahlen 03 09 21 30 44 + 01 12', 'Mega-Sena 04-12-23-31-44-59', 'Eurojackpot 5 aus 50: 7 15 23 31 42',
    # (salaries' ranges)
    'Salary: 38 000 – 42 000 SEK', 'Salaire : 38 000 – 42 000 EUR', 'Lön 32 000 – 38 000 SEK i månaden',
    'Number of employees: 50 000 – 100 000', 'Budget: 10 000 – 20 000 €',
    # (standings, clubs and kinds with no name's shape before them)
    'Payout to Scratchcard Winner', 'Payout to Jackpot Winners', 'Tipster: Golf Expert', 'Bettor: Casual Player',
    'Homeowner: First Time Buyer', 'Bet placed from Android Phone', 'Apostador: Real Madrid', 'Bettor: Hertha BSC',
    'Parieur : Olympique de Marseille', 'Pflegekraft: Ambulanter Pflegedienst', 'Our cleaner Merry Maids came',
    # (congratulations to a kind, a club, a tier)
    "Congratulations Lucky Winner, you've won", "Congratulations Manchester United, you've won the cup",
    "Congratulations Early Bird, you've unlocked 20% off", "Congratulations Dear Player, you've won 50 free spins",
    # (a fantasy game's chips and modes; a proof's sample)
    'FPL – Manager: Wildcard Active', 'FanDuel – Manager: Best Ball', 'Biwenger – Entrenador: Modo Carrera',
    'Proof_of_Address_Utility_Bill_sample.pdf', 'Source_of_Funds_Crypto_Assets_guide.pdf',
]

PERSONAL = [
    # (a phone's shape after a draw's word, a phone's label before a draw)
    'Lotto syndicate – Orla Quenby 06 12 34 56 78', 'Keno – Orla 06 12 34 56 78', 'Loterij: bel 06-12-34-56-78',
    'Tel 03 09 21 30 44 + 01 12', '06 12 34 56 78 + 2',
    # (a phone's, an account's number after its label or a call's word)
    'Tel: 38 000 – 42 000', 'Ring mig 12 300 – 45 600', 'Kontonummer 12 300 – 45 600', 'Call 38 000 – 42 000',
    # (a family name that is a standing's or a club's word; a standing after a full name)
    'Tipster: Orla Day',
    # (a winner congratulated by name, a manager by name, a proof's customer)
    "Congratulations Alexandra Quenby, you've won", "Congratulations Orla Winner, you've won",
    'Fantasy Premier League – Manager: Orla Winner', 'FPL – Manager: Orla Quenby',
    'Proof_of_Address_Orla_Quenby_British_Gas_bill.pdf',
    # (closer 208: the standings' and the clubs' words after a given name, a standing after a full name)
    'Payout to Orla Winner', 'Tasker: Orla Tasker', 'Nanny: Orla Daily', 'Payout to Orla Quenby Online',
    'Auszahlung an Ilse Wendtkamp Gewinner', "Bet placed from Orla Quenby's Phone", 'Tipster: Alexandra Quenby',
    'Bettor: Orla Berger', 'Apostador: Orla Real', 'Tipster: Tjorven Argyle',
]


LEAKS: Dict[str, List[str]] = {}

ORDINARY_URLS = [
    'https://www.example.com/invite/los-angeles-lakers', 'https://www.example.com/join/red-bull-racing',
    'https://www.example.com/invite/santa-monica', 'https://www.example.com/invite/black-friday-2026',
    'https://www.example.com/invite/xmas-party', 'https://shop.example.com/sitter/north-london',
    'https://shop.example.com/sitter/london-north', 'https://shop.example.com/obituaries/west-yorkshire',
    'https://shop.example.com/owners/border-collie/pets', 'https://www.example.com/tipsters/grand-national/tips',
    'https://www.example.com/tipsters/each-way/tips', 'https://www.example.com/tipsters/champions-league/picks',
]

PERSONAL_URLS = [
    'https://shop.example.com/invite/orla-quenby-halloween', 'https://shop.example.com/invite/orla-quenby-casino',
    'https://shop.example.com/invite/juan-santa-cruz', 'https://shop.example.com/invite/orla-real',
    'https://shop.example.com/invite/orla-quenby-2026', 'https://shop.example.com/obituaries/susan-hampshire',
    'https://shop.example.com/owners/orla-child/pets', 'https://shop.example.com/sitter/orla-north',
    'https://shop.example.com/oppas/orla-kinder', 'https://shop.example.com/tipsters/orla-quenby/picks',
]

globals().update(review_tests(globals()))
