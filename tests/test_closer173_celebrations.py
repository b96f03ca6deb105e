"""Closer 173: attack 78's weddings and celebrations left, claimed by rule, by meaning and by language.

- record_names.HONEYMOON_REFERENCE, key_lexicon.WEDDING_FUNDS: in a text holding a wedding's, a honeymoon's or a
  wedding gift's word by language, a transfer's reference label, maybe a wedding's word, then a full name (in
  capitals too), names in capitals glued by dashes before the reference's number, or one name before a reference's
  number (not a year); or a gift's sender (`gift from`, `Geschenk von`) and an honorific or an initial and a family
  name, or a full name before a reference (record_names._a_fund_name: no wedding's, gift's, record's or place's word).
- cued_names._CHILDS_OCCASIONS (in cued_names._ONE_CELEBRATED): a child's rite's or coming-of-age celebration's
  words, or a birth announcement's, by language (`Bar Mitzvah of`, `Mis XV años`, `Festa de 15 anos da`,
  `Erstkommunion`, `Geboortekaartje`, `È nata`), then a full name ending the text or before its date (after `am`,
  `on`, a `!`, an aside between commas, `20 de junio de 2026`), a save-the-date's words, or a year right after a
  rite's word (cued_names._BIRTH_CARDS: not a card's); cued_names._ROYAL_TITLES: a royal's christening is news.
- cued_names._BABY_DUE, cued_names._NOT_BABY_NAMES: a baby's name before its due date by language (`baby …, due
  14.03.2026`, `bébé …, prévu le …`); not a baby's sex or a shower's words (`Baby Girl, due …`).
- record_names.BRIDAL_BOOKED, key_lexicon.BRIDAL_APPOINTMENTS: a bridal appointment's, a fitting's or a wedding
  enquiry's words by language, `for`/`booked by`/`from`, a colon or a dash, then a full name or two family names
  joined by a slash; an RSVP's reply, its answer (maybe a count) and `from` and a full name.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

FUND_REFERENCES = [
    "Honeymoon fund – payment reference: Anselma Threfwick",
    "Honeymoon fund – reference: THREFWICK DALLOWMERE 551902",
    "Hochzeitsgeschenk – Verwendungszweck: Hochzeit Threfwick Dallowmere",
    "Wedding gift – ref: THREFWICK-DALLOWMERE-551902",
    "Huwelijksreis – omschrijving: Threfwick 551902",
    "Lua de mel – referência: casamento Anselma Threfwick",
    "Wedding gift from Mrs. Threfwick, ref 551902",
    "Honeymoon fund: gift from Anselma Threfwick, ref 551902",
    "Cadeau de mariage de M. Threfwick",
    "Bröllop – meddelande: Anselma Threfwick",
]
ORDINARY_FUND_REFERENCES = [
    "Honeymoon fund – reference: HONEYMOON FUND 2026", "Honeymoon fund – reference: Bali 2026",
    "Wedding gift – payment reference: Order 418627", "Honeymoon fund – reference: Maldives Trip",
    "Luna de miel: transferencia, concepto Regalo de boda", "Bonifico viaggio di nozze – causale: regalo nozze",
    "Bonifico viaggio di nozze – causale: Lista Nozze 2026", "Virement lune de miel – Réf. CADEAU-MARIAGE-2026",
    "Honeymoon cash fund: Maldives – gift from the whole team, ref 536194", "Wedding gift from John Lewis",
    "Honeymoon fund reference: WEDDING GIFT", "Wedding gift voucher – ref GIFT-CARD-418627",
    "Honeymoon fund – reference: Maldives Package 418627", "Honeymoon fund – reference: Save The Date 418627",
    "Payment reference: Anselma Threfwick", "Save the date – 12.06.2026",
]


@pytest.mark.parametrize("text", FUND_REFERENCES)
def test_a_wedding_funds_reference_names_a_person(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY_FUND_REFERENCES)
def test_a_wedding_funds_other_reference_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


CELEBRATED_CHILDREN = [
    "Bar Mitzvah of Corvin Dallowmere – 9 May 2027", "Bat Mitzvah – Anselma Threfwick – Save the date",
    "Mis XV años – Anselma Threfwick – 3 de julio de 2027", "Festa de 15 anos da Anselma Threfwick",
    "Christening of Anselma Threfwick, St John's, 9 May 2027", "Erstkommunion Corvin Dallowmere 2027",
    "First Communion of Anselma Threfwick on 12.05.2027", "Eerste communie Anselma Threfwick 12-05-2027",
    "Prima comunione di Anselma Threfwick – 12 maggio 2027", "Faire-part de naissance Anselma Threfwick 03/02/2027",
    "Geboortekaartje Anselma Threfwick 03-02-2027", "È nata Anselma Threfwick! 3 febbraio 2027",
    "Taufe von Anselma Threfwick am 12.04.2027, St. Marien", "Birth announcement cards – Anselma Threfwick 3.2.2027",
    "Baby shower registry for baby Threfwick, due 14.03.2027", "Baby Threfwick – due 14.03.2027",
]
ORDINARY_CELEBRATIONS = [
    "Save the date – 12.06.2026", "Bar Mitzvah gift ideas", "Christening gown – ivory", "Baby shower games",
    "Bar Mitzvah Party – DJ Services 2026", "First Communion Dress – White Lace 2026", "Erstkommunion Kerze Blau 2026",
    "Quinceañera Dresses – Rose Gold 2026", "Mis XV años – Vestidos Largos 2026", "Bat Mitzvah – Save the date",
    "Birth announcement cards – Modern Floral 2026", "Geboortekaartje Roze Olifant 2026",
    "Festa de 15 anos da Barbie", "Christening of Prince George, Buckingham Palace, 23 October 2013",
    "Baby Girl, due 14.03.2026", "Baby Boy due 14.03.2026", "Baby registry – due date 14.03.2026",
    # (the lead's review: a rite's goods and motifs by language, role_labels.THINGS; a place after its preposition,
    # cued_names._AT_A_PLACE)
    "Erstkommunion Kerze Regenbogen", "Mis XV años – Vestidos Rosa", "Mis XV años – Decoración Dorada",
    "Geboortekaartje Roze Olifant", "Festa de 15 anos da Escola Municipal", "Erstkommunion in Sankt Peter 03.05.2026",
    "Taufe in Sankt Peter 03.05.2026", "Taufe Kerze Regenbogen",
]


@pytest.mark.parametrize("text", CELEBRATED_CHILDREN)
def test_a_celebrated_child_or_a_baby_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY_CELEBRATIONS)
def test_a_celebrations_product_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


BRIDAL_PEOPLE = [
    "Bridal appointment for Anselma Threfwick – Sat 11:00", "Dress fitting booked by Anselma Threfwick for 2027-03-14",
    "Brautkleid-Termin: Anselma Threfwick, 14.03.2027", "Cita nupcial: Anselma Threfwick, talla 40",
    "Wedding enquiry: Threfwick/Dallowmere, May 2027", "Prova abito da sposa – Anselma Threfwick, 10:00",
    "Pasafspraak: Anselma Threfwick, 14-03-2027", "RSVP: Yes (3) from Corvin Dallowmere",
    "Antwort: Nein von Corvin Dallowmere",
]
ORDINARY_BRIDAL = [
    "Bridal appointment for Plus Size Brides", "Bridal appointment: Saturday Morning", "Fitting booked by phone",
    "Cita nupcial: Sábado 10:00", "Brautkleid-Termin: Online buchen", "Wedding enquiry: Summer/Autumn, 2026",
    "Evite reply: Yes (2) from Evite Team", "Dress fitting – Mermaid Style", "Bridal appointment for Groups",
    "Wedding enquiry – Country House Hotel", "Prova abito da sposa – Taglia 42",
]


@pytest.mark.parametrize("text", BRIDAL_PEOPLE)
def test_a_bridal_appointments_or_an_rsvps_person_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY_BRIDAL)
def test_a_bridal_appointments_option_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
