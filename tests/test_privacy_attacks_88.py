"""An eighty-eighth outside attack (tests/privacy_attack_cases_88.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): betting, lotteries, casinos and fantasy
sports (Bet365, Betfair, Tipico, PokerStars, DraftKings, FanDuel, Lottoland, EuroMillions, national lotteries,
Sorare; issue 16). About 300 ordinary values (operators and games, bet types and promotions, fixtures, athletes and
racehorses, odds and stakes, draws' dates, statuses, lottery numbers and codes, responsible-gambling guidance,
venues, results, in several languages), which must go out whole; and about 160 personal cases putting a player's own
data in the same leaves (a KYC check's national id or passport, a withdrawal's IBAN, card or wallet, a bet slip
shared by a named player, a tipster's or a syndicate's members, a ticket's holder and a winner, a prize claim, a
self-exclusion or a limit, a VIP host's note, a player's label, a fantasy manager, a referral link, an upload's file
name, a search), each with a made-up marker (`Orlquenby`, `731946`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_88 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a player's name after a tip's, a lineup's or a team's word and its preposition (`Tipp von …`, `DraftKings lineup
    # by <GivenFamily>`, `équipe de …`; a bet's slip shared or placed by its player is caught, closer 190): a tip's
    # names a pundit in the news as often, a team's a national side, a lineup's name is glued
    "a bet's or a team's player after its preposition": [
        "people Tipp von @", "fantasy DraftKings lineup by @", "fantasy équipe de @"],
    # a player's word before a full name in running text, or a player's word shared with athletes as a label with no
    # stake's word (`Kupon gracza …`, `VIP manager note: player …`, `Comp request for guest …`, `Giocatore: …`; a
    # gamer's and a bettor's labels are caught, closer 190): `Giocatore: …` alone is a replica's or a result's as often
    "a player's word before a full name": [
        "slip kupon gracza @", "vip VIP player note @", "vip comp for guest @", "label Giocatore @"],
    # a player card's number after its label (`Casino-Spielerkarte Nr. …1023`; a fantasy manager's id after its
    # platform's label is caught, closer 193): a trading card's player card is numbered so too
    "a player's card": ["label Spielerkarte @"],
    # a salutation or an honorific before the name after a dash or a colon, in a referrer's path or a product's name
    # (`… – Sehr geehrter Herr …,`, `: M. …`, `Stammgast Herr … – Tisch 4`; a winner's congratulations before a
    # name the sentence after calls are caught, closer 193)
    "a winner's greeting or honorific": [
        "winner Gewinnbenachrichtigung Herr @", "exclusion ANJ interdiction @", "vip Stammgast Herr @"],
    # a winner's word before a full name and a town in running text (`Jackpot winner … from Bolton`; `Winner: …` is
    # caught)
    "a winner in running text": ["label jackpot winner from @"],
    # a tipster's handle in running text (`Bet Builder tailed from @…_tips – 4 legs`) as a page's name
    "a tipster's handle": ["slip tipped by handle @"],
    # a refer-a-friend or an affiliate link holding the player's name (`?ref=<given>.<family>`, `/invite/<GIVENFAMILY>`,
    # `/r/<given>-<family>-<id>`, `/r/<family>`, `?btag=aff_<family>_<id>`), as a URL or as text
    "a referral link naming its player": [
        "link refer a friend name @", "link invite slug @", "link referral name and code @", "link Sorare referral @",
        "link btag name @"],
    # a winner's or a syndicate's page by its person's slug (`/gewinner/2026/<given>-<family>-aus-bremen`,
    # `/tippgemeinschaft/<family>-familie/mitglieder`; a tipster's, `/tipsters/<given>-<family>/picks`, is caught,
    # closer 194)
    "a player's page": ["link winner story @", "link syndicate members route @"],
    # a fantasy team's id, which names its manager, in its entry route (`/entry/<id>/event/14`; after its platform's
    # label, `FPL team ID: …`, it is caught, closer 193)
    "a fantasy team's id": ["link FPL entry @"],
    # a KYC or a winnings document's file named after its player (`proof_of_address_<given>_<family>.pdf`,
    # `bank_statement_<Family>_Nov2026.pdf`, `W2G_2026_<Family>.pdf`, `Gewinnbestätigung_<Family>_<Given>.pdf`; a
    # name before a payslip's word in lower case, `Source-of-Funds-<Given>-<Family>-payslip.pdf`, is caught, closer
    # 194): in lower case no case tells a name from a guide's words, a family name alone before a month is a bank's or
    # a biller's as often, and two capitalized words alone a guide's or a draw's (`Accepted_Documents`, `Mega_Millions`)
    "a player's document's file": [
        "file proof of address @", "file bank statement @", "file W2G file @", "file selfie with id @",
        "file Gewinnbestätigung @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name before a possessive (`…'s Saturday acca – 5 folds`) or a verb (`Reality check: … has been playing`),
    # a name in lower case typed into a search (`… lottery winner`, `lotto gewinner …`)
    "names with no label or salutation": ["slip possessive acca @", "exclusion reality check @",
                                          "search winner name @", "search own account closed @",
                                          "search Gewinner Suche @"],
}

# Ordinary values the gate drops or cuts today, by family.
DROPPED: Dict[str, List[str]] = {
    # a jockey, a footballer or a referee in the news after a winner's or an official's label (`Winner: Frankie
    # Dettori`, `Gagnant : Kylian Mbappé`, `Referee: Michael Oliver`; `Jockey: …`, `Player: …`, `Manager: …` go out)
    "a public figure after a winner's or a referee's label": [
        "results: Winner: Frankie Dettori @ custom property", "results: Gagnant : Kylian Mbappé @ custom property",
        "results: Referee: Michael Oliver @ custom property"],
}



globals().update(attack_tests(globals(), "eighty-eighth", cases=(155, 165), family_count=(13, 13),
                              ordinary=(300, 330)))
