"""A thirty-ninth outside attack (tests/privacy_attack_cases_39.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): what shoppers type into a shop's own forms, as the shop's tag
manager forwards it (gift messages, delivery instructions, engravings, booking forms, customer-service tickets and
B2B purchase forms, in the languages Edgee's shops sell in), under the form's own keys, sent or listed, and in every
leaf the README maps, under each data-minimisation setting; the same fields holding nothing personal must go out;
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_39 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # `親愛的王霓蔓：生日快樂！`: a Chinese name after `親愛的` called by a full-width colon (the README reads
    # one "called by a mark"), in free text and under a gift message's key
    "a Chinese name after `親愛的` and a full-width colon": [
        "gift ZH qin ai de @ event name", "gift ZH qin ai de @ key mensaje_regalo",
        "gift ZH qin ai de @ listed key messaggio_regalo"],
    # `Lieve Annelvie, gefeliciteerd met je verjaardag!`, `Kochana Annelvie, wszystkiego najlepszego!`: Dutch's and
    # Polish's salutation to someone dear and one given name called by a comma, the message going on in lower case
    # (the README reads `Liebe`, `Beste`, `Drogi`, `Kära`: salutations of every lexicon language)
    "a Dutch `Lieve` or a Polish `Kochana` and a given name called by a comma": [
        "gift NL lieve given name @", "gift PL kochana given name @"],
    # `Lieferung an: Ilsabet Wachtelbruck`, `Leveren aan: …`, `Entregar a: …`, `Leverera till: …`: a name after a
    # delivery's "to" (the README reads `Ship to: Wyn Okafor`, `Deliver to Ratu Epeli Naivalurua`, and names
    # `Lieferung an:` with `Ship to:` as a label naming where a parcel goes; `Empfänger:`, `Destinataire :` are read)
    "a name after a German, Dutch, Spanish or Swedish delivery label": [
        "deliv DE lieferung an @", "deliv NL leveren aan @", "deliv ES entregar a @", "deliv SV leverera till @"],
    # `Född 2019-09-22`, `Urodzona 19.09.2019`: a date after Swedish or Polish "born" (the README reads a birth word of
    # the lexicon's languages, the Scandinavian ones and Polish among them; `Born`, `geb.`, `Geboren` are read)
    "a birth date after Swedish `Född` or Polish `Urodzona`": ["engr SV fodd @", "engr PL urodzona @"],
    # `Matrícula: 4821 KTV`, `Targa: GK 482 TQ`, `Tablica rejestracyjna: WX 48217`, `Registreringsnummer: TRV 482`: a
    # plate after its Spanish, Italian, Polish or Swedish label (`Kennzeichen:`, `Immatriculation :`, `Kenteken:` are
    # read)
    "a licence plate after its Spanish, Italian, Polish or Swedish label": [
        "book ES matricula @", "book IT targa @", "book PL tablica @", "book SV registreringsnummer @"],
    # `Nombre del huésped: Renske Tarvellini`, `Gastname: …`, `Nome dell'ospite: …`, `Nom de l'invité : …`, `Naam
    # gast: …`, `Imię i nazwisko gościa: …`: a guest's name after its label (English `Guest name:` is read)
    "a guest's name after its Spanish, German, Italian, French, Dutch or Polish label": [
        "book ES nombre del huesped @", "book DE gastname @", "book IT nome ospite @", "book FR nom invite @",
        "book NL naam gast @", "book PL imie i nazwisko goscia @"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `leave with neighbour at no. 14, gate code 4521, ring Wachtelbruck`, `Mia Quellhofer * 17.09.2019`,
    # `O. Quellhofer & J. Brandt 14.02.2015`, `To Annelvie from Sam xx`
    "a person's name written without a salutation or a personal label before it": [
        "deliv EN ring name @", "engr DE name and star @", "engr EN initials and names @", "gift EN to from names @"],
    # `Für Oma Annelvie, alles Liebe`
    "a kin word and one given name (`Für Oma Gertrud`) are not read": ["gift DE fuer oma given name @"],
    # `Re: Refund for Ana Ruizquela #4512`
    "a name in a subject line's title case after `for`": ["cs EN subject for @"],
    # `FAO: Ingmar Brackenwold` (`FAO:` is read "as after `Attention:`"; with a title it is: `FAO: Mr Ingmar …`)
    "`Attention:` written out before two capitalized words opens a shop's banner as often as a parcel's label "
    "(`Attention: Flash Sale`) and is not read without a title": ["b2b EN fao @"],
    # `Dog: Bello, microchip 276098106482173`: a pet's chip, fifteen digits without a check
    "a number of 14 to 16 digits alone with no check digit nor printed layout to read": ["book EN pet chip @"],
    # `BTW-nummer: NL<BSN>B01`: a sole trader's VAT number of the old layout, holding the BSN
    "a Dutch VAT number of the old layout": ["b2b NL btw old layout @"],
    # `Ferngrillstraße 14, 10115 Berlin` as an order's id
    "an address in an id or in a URL path with `+` for its blanks": [
        "deliv DE street line postcode @ standard order id"],
    # `親愛的王霓蔓：生日快樂！`, `王霓蔓女士您好，祝您生日快乐` as an order's or a content's id: one word, no
    # blank
    "free text only, not ids": ["gift ZH qin ai de @ order id", "gift ZH xiansheng nihao @ content ids"],
    # `Nacido 24/09/2019`: Spanish "born" with no preposition after it
    "and \"born\" of French, Italian, Spanish and Portuguese before the preposition its date takes": [
        "engr ES nacido @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-ninth", NOT_CLAIMED))
def test_no_thirty_ninth_attack_form_field_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_ninth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 500
    assert sorted({name.split(" ")[0] for name in names}) == ["b2b", "book", "cs", "deliv", "engr", "gift"]
    assert 100 <= len(ORDINARY) <= 150


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-ninth"))
def test_ordinary_data_of_the_thirty_ninth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
