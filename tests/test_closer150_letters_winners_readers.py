"""Closer 150 (seventieth attack: news, magazines, podcasts, comments, newsletters): letters, winners, readers' ids.

- A letter to the editor signed with a full name and its town ending the text, after a letter's word by language
  opening the text or a letter's closing formula (reviews.letter_reason, LETTER_WORDS, LETTER_CLOSINGS:
  `Letters: … Osric Pellendrake, Hebden Bridge`, `Cartas al director: … . Getafe (Madrid)`, `Yours, etc, …, Ballina,
  Co Mayo.`), or after the letter's `from` by language with its post code or known town (`Leserbrief von …, 1100
  Wien`); not a letters page's title (`Letters: Brexit, Boris Johnson and the NHS`, `Leserbriefe – Archiv 2026`).
- A prize draw's or a contest's winner after a winner's label by language, alone or before its contest, read as a
  person's part before a full name (role_labels.WINNERS, CONTESTS: `Gewinner des Gewinnspiels: …`, `Zwycięzca
  konkursu: …`), a preposition of where one is from and a place after the name (postal._LABELLED: `… aus Linz`, `… z
  Poznania`); not a prize's or an award's words (role_labels.THINGS: `Winner: Best Podcast 2026`, `Winner: Best
  Actor`, `Gewinner des Gewinnspiels: Reisegutschein 500 €`).
- A name before its Japanese honorific in an id, read as in a text (postal.honored, in detector's id path:
  `当選者：ランズガース・パーシヴァル様（大阪府）` as an order's id).
- A reader's and a subscriber's id words by language before an id word, as a key and as a label (personal_keys
  ACCOUNT_HOLDERS: `Reader ID 614829`, `Lesernummer:`, `Numéro de lecteur :`, `Numer prenumeratora:`, `numer
  czytelnika`), and a subscriber's number in a route after its word by language (person_routes._HOLDER_WORDS:
  `/subscribers/927461/invoices`, `/abonnenten/AB-927461/`); not a section (`/subscribers/offers`,
  `/subscribers/2026/`).
- Whom a gift is for ending the text (wishes._GIVEN: `… – gift to …`), and an account or a subscription made out to
  its holder by language (key_lexicon.RECORD_NOUNS "accounts", record_names._RECORD_GOES_ON: a dash and a word in
  lower case after the name, `Account for … – renews 01/2027`); not `Gift to Yourself – 20% off`, `Account for
  Business – Pro`.
- A full name and its age after a personal ad's or a photo caption's label by language (record_names.AGED_AFTER_LABEL,
  AD_AND_CAPTION_LABELS: `Lonely hearts: …, 52,`, `Kontaktanzeige: … (52)`, `Pictured: …, 9,`, `Annuncio personale
  di …, 52 anni`); not a bare `Foto:` (a product's), nor a match's score (`Rencontre : Real Madrid, 2 buts`). A
  public figure's name and age opening a headline stays refused: no rule tells a public figure from a private one
  (`…, 40, dies after crash` is a local paper's private person).
- An @mention spelling a full name as its handle, a mark between its capitalized words, in every text leaf alike
  (handles.mention_names_a_person: `@Given.Family you are wrong …`); it was caught in a custom property only where the
  key glued before it read as a mail address. Not a business's handle (`@Nike.Store`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

LETTERS = [
    "Letter to the editor: Fix the roads. Maren Oakhurst, Tulsa", "Yours faithfully, Maren Oakhurst, Bristol",
    "Lezersbrief: Meer groen! Maren Oakhurst, Ede", "Leserbrief von Maren Oakhurst, 8010 Graz: Zu viele Baustellen",
    "Lettera al direttore – Maren Oakhurst, Torino (TO)", "Carta al director: Basta ya. Maren Oakhurst, Sevilla",
    "Courrier des lecteurs : Trop de bruit ! Maren Oakhurst, Lille", "Listy czytelników – Maren Oakhurst, Kraków",
    "Läsarbrev: Mer cykelbanor. Maren Oakhurst, Malmö", "Carta do leitor – MAREN OAKHURST, Niterói, RJ",
]
LETTER_LOOK_ALIKES = [
    "Letters: Brexit, Boris Johnson and the NHS", "Leserbriefe – Archiv 2026", "Scholz in Paris",
    "Letters: Readers respond. Page 2, London", "Lettere al direttore – Archivio, Roma",
    "Letter Board – Black Oak, Large",
    "Letters from Iwo Jima, DVD", "Letter – Gold Foil, Small", "Letters: Write to us. The Editor, London",
    "Cartas al director: Normas de publicación, Madrid",
]


@pytest.mark.parametrize("text", LETTERS)
def test_a_signed_letter_names_its_writer(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", LETTER_LOOK_ALIKES)
def test_a_letters_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


WINNERS = [
    "Winner: Maren Oakhurst", "Gewinnerin: Maren Oakhurst aus Graz", "Gagnante : Maren Oakhurst",
    "Ganadora del sorteo: Maren Oakhurst", "Vencedora do concurso: Maren Oakhurst", "Winnaar van de winactie: Maren "
    "Oakhurst", "Laureatka konkursu: Maren Oakhurst z Krakowa", "Vinnare: Maren Oakhurst", "Winner of the giveaway: "
    "Maren Oakhurst from Leeds", "Vincitrice del concorso: Maren Oakhurst",
]
WINNER_LOOK_ALIKES = [
    "Winner: Best Podcast 2026", "Gewinner des Gewinnspiels: Reisegutschein 500 €", "Winner: Best Actor",
    "Winners: Sunday Times Bestseller", "Winner: Blue Sneakers from Nike",
]


@pytest.mark.parametrize("text", WINNERS)
def test_a_winner_after_a_winners_label_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", WINNER_LOOK_ALIKES)
def test_a_prize_after_a_winners_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_name_before_a_japanese_honorific_in_an_id() -> None:
    text = "当選者：ランズガース・パーシヴァル様（大阪府）"
    assert detector.reason(text, id_like=True) == detector.reason(text) == PERSON_NAME
    assert detector.reason("お客様センター", id_like=True) == ""


ID_LABELLED = "holds a person's id after its label"
READER_IDS = ["Reader ID 614829", "Lesernummer: 614829", "Numéro de lecteur : 614829", "Numer czytelnika 614829",
              "Numer prenumeratora: 927461", "Maren Oakhurst · Reader ID 614829 · since 2019"]
SUBSCRIBER_ROUTES = ["/subscribers/927461/invoices", "/abonnenten/AB-927461/rechnungen", "/abonnes/927461/factures"]
SUBSCRIBER_SECTIONS = ["/subscribers/offers", "/subscribers/2026/report", "/readers/picks", "/subscribers/"]


@pytest.mark.parametrize("text", READER_IDS)
def test_a_readers_id_after_its_label(text: str) -> None:
    assert detector.reason(text) == ID_LABELLED


@pytest.mark.parametrize("path", SUBSCRIBER_ROUTES)
def test_a_subscribers_number_in_a_route(path: str) -> None:
    assert detector.reason("see https://www.example.org" + path) == "holds a person's slug in a site's route"


@pytest.mark.parametrize("path", SUBSCRIBER_SECTIONS)
def test_a_subscribers_section_goes_out(path: str) -> None:
    assert detector.reason("see https://www.example.org" + path) == ""


ACCOUNTS_AND_GIFTS = [
    "Digital Plus – 12 months – gift to Maren Oakhurst", "Account for Maren Oakhurst – renews 01/2027",
    "Konto für Maren Oakhurst – verlängert sich", "Abonnement pour Maren Oakhurst – renouvelé le 01/2027",
    "Geschenk für Maren Oakhurst",
]
ACCOUNT_LOOK_ALIKES = [
    "Gift to Yourself – 20% off", "Account for Business – Pro", "Gift for Coffee Lovers", "Gift for New Parents",
    "Account for Small Business – monthly", "Subscription for Digital Edition – monthly", "Gift to Yourself",
]


@pytest.mark.parametrize("text", ACCOUNTS_AND_GIFTS)
def test_whom_a_gift_or_an_account_is_for(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ACCOUNT_LOOK_ALIKES)
def test_a_gift_or_an_account_for_no_one_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


AGED = [
    "Lonely hearts: Maren Oakhurst, 61, retired teacher, seeks", "Partnersuche: Maren Oakhurst (47) aus Kiel",
    "Sur la photo : Maren Oakhurst, 8 ans, et son chien", "Nella foto: Maren Oakhurst (29) a Bari",
    "Caption: Maren Oakhurst, 12, with her prize marrow", "Op de foto: Maren Oakhurst (34) uit Ede",
]
AGED_LOOK_ALIKES = [
    "Foto: Samsung Galaxy (24)", "Pictured: Canon EOS (2023)", "Rencontre : Real Madrid, 2 buts",
    "Caption: Model Wears Size (10)", "Photo gallery: Summer Festival 2026",
]


@pytest.mark.parametrize("text", AGED)
def test_a_name_and_an_age_in_an_ad_or_a_caption(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", AGED_LOOK_ALIKES)
def test_a_caption_without_a_person_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


MENTIONS = ["@Maren.Oakhurst you are wrong about the bypass", "@Maren_Oakhurst", "(@Maren-Oakhurst) said so"]
MENTION_LOOK_ALIKES = ["@Nike.Store new drop", "@nike new drop", "npm i @scope/name", "@Example.Com", "@Order_Id"]


@pytest.mark.parametrize("text", MENTIONS)
def test_a_mention_spelling_a_full_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", MENTION_LOOK_ALIKES)
def test_a_business_mention_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
