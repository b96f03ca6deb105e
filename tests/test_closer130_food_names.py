"""Closer 130 (sixty-fifth attack: food).

- The name a booking is made in (booked_names.reason): a booking's name label (key_lexicon.BOOKINGS,
  BOOKING_NAME_WORDS: `Booking name:`, `Reservierungsname:`, `Nom de la réservation :`) before a full name, and the
  phrases saying whose name it is made in (key_lexicon.IN_THE_NAME_OF: `auf den Namen`, `a nombre de`, `em nome de`,
  `op naam van`) before a full name, or one word after a phrase naming the family name (key_lexicon.IN_THE_SURNAME_OF:
  `na nazwisko`) or in a text naming a booking first; a business's, a thing's or a place's words are no name.
- A foreign name in katakana before a Japanese honorific (postal._LONG_KATAKANA_NAME: `予約者：クアストリンデル 様`), a
  business's words before it none (postal._NOT_NAMES_BEFORE_HONORIFIC: `カスタマーサポート様`).
- A wish calling a full name (wishes.BIRTHDAY_WISHES, DEAR_WORDS: `Happy 40th Birthday …`, `…, liebe …!`, `Sto lat
  …!`) called by a mark or before an age or a date; a gift's dedication after a gift's word (wishes.GIFT_WORDS,
  FOR_WORDS: `Regalo per … da parte dei colleghi`); a wish of health after a dedication (mails._WISHES: `Voor …,
  beterschap!`). Not a kind of people (wishes.KINDS_OF_PEOPLE: `Gift for Coffee Lovers`), a kin's word, a wish's
  own words in a title (`Buon Compleanno Tanti Auguri!`).
- A receipt's or an invoice's buyer (personal_documents.DOCUMENTS["a receipt or an invoice"]: `Receipt ORD-… – <Given>
  <Family> – £42.80`, `Rechnung_7781_<Family>_<Given>.pdf`), read as a payslip's; a place to eat's or a dish's words
  are no name (personal_documents.NOT_NAMES_BY_MEANING["a place to eat and a dish"]: `… – Trattoria da Luigi`), nor
  a document's abbreviation (["an abbreviation"]: `Invoice_Inv_Am_55102.pdf`).
- A doorbell's word with no colon after a label's colon, before one capitalized word ending the clause
  (named_in_text._BELL_NAMED_BARE: `Lieferhinweis: Klingel …, 3. OG`), not a house's part (named_in_text._BELL_PARTS);
  the writer's relation, a comma and a full name before the sentence going on in lower case
  (named_in_text._OWN_RELATION_ENDED: `leave with my neighbour, … at no. 29`); a person's word in lower case after its
  determiner before a full name and the sentence going on (named_in_text._ROLE_BEFORE_NAME: `la clienta … pide`).
- A diner as a shop's role (key_lexicon.SHOP_ROLES["diner"]: `Diner: …`, `diner_name`) and, with a guest's words in the
  shops' languages, a bare key naming a person (personal_keys.PERSON_KEY_WORDS: `{"diner": "…"}`, `?gast=…`).
- A search box's street line, its British town and its post code in lower case (postal._SEARCHED_CODED_PART: `27 …
  road leeds ls6 2qt`); a Spanish floor and door between a street line and its post code and town
  (postal._SPANISH_FLOOR: `calle … 12, 3º B, 28013 Madrid`); a what3words address after `///` in an id
  (coordinates.id_reason).
- A lot's code as a pack prints it (detector._LOT_LAYOUT: the year's digits and the day of the year, then the hour
  and minute, no trunk `0`) after a code's label or its glued `L` (detector._lot_code: `L24189 0341`, `Lote
  24-189-0341`), and a lot's and a voucher's words as a code's label (personal_keys.LOT_WORDS, VOUCHER_WORDS:
  `Voucher 6284 1930 4471`); a phone's or a card's number after them stays one.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_NAME = "holds a person's name"

BOOKED = [
    "Booking name: Mathis Quarvelle – table 12", "Reservation name: Lenka Vorstelk",
    "Reservierungsname: Jonas Quarvelle",
    "Nom de la réservation : Mme Anne Quendrix", "Nombre de la reserva: Lucía Quarvelle",
    "Tischreservierung auf den Namen Jonas Quarvelle, 2 Personen", "Reserva a nombre de Lucía Quarvelle, 4 personas",
    "Mesa reservada em nome de João Quarvelle – 20h", "Prenotazione a nome di Marco Quarvelle, ore 20",
    "Tafel op naam van Sanne Quarvelle, 3 pers.", "Stolik na nazwisko Quarvelle, godz. 19:00",
    "Tisch reserviert auf den Namen Quarvelle, 19 Uhr", "Table booked in the name of Orla Quenby, 7pm",
    "予約者：クアストリンデル 様　2名", "クアストリンデル様 お誕生日おめでとう",
]


@pytest.mark.parametrize("text", BOOKED)
def test_the_name_a_booking_is_made_in_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


WISHED = [
    "Happy Birthday Mathis Quarvelle!", "Happy 30th birthday, dear Orla Quenby.", "Happy Birthday Lenka Vorstelk 1990",
    "Alles Gute zum Geburtstag, lieber Jonas Quarvelle!", "Joyeux anniversaire Anne Quendrix !",
    "Feliz cumpleaños Lucía Quarvelle – 30 años", "Buon compleanno Marco Quarvelle!",
    "Hartelijk gefeliciteerd Sanne Quarvelle, 40 jaar!", "Sto lat Anna Quarvelle!",
    "Regalo per Marco Quarvelle da parte della famiglia", "Gift for Orla Quenby, from the team",
    "Prezent dla Anna Quarvelle od zespołu", "Voor Sanne Quarvelle, beterschap!", "For Orla Quenby - get well soon",
]


@pytest.mark.parametrize("text", WISHED)
def test_a_wish_s_or_a_gift_s_addressee_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY = [
    "Happy Birthday", "Happy Birthday cake", "Happy Birthday Cake Topper", "Happy Birthday Cake Topper - Gold",
    "Happy Birthday Banner, 3 m", "Happy Birthday Mum!", "Happy 1st Birthday Baby Boy!", "Happy Birthday To You!",
    "Alles Gute Zum Geburtstag!", "Alles Gute zum Geburtstag Torte", "Feliz Cumpleaños Mamá!",
    "Tanti Auguri Nonna Maria!", "Buon Compleanno Tanti Auguri!", "Gefeliciteerd Met Je Verjaardag!",
    "Sto lat! 18 świeczek", "Regalo per la mamma", "Regalo per Natale", "Gift for Him", "Gift Box for Two",
    "Gift for Coffee Lovers, 3 pack", "Gift for Harry Potter Fans", "Geschenk für Männer",
    "Booking for 4", "Booking name: Table 12", "Reserva a nombre de Acme Corp", "In the Name of the Rose",
    "Au nom de la loi", "Der Hund hört auf den Namen Bello", "Reservierung auf den Namen Berlin",
    "Trattoria da Mario – booking for 4", "Booking confirmed: Trattoria da Mario, 19:30",
    "Reservation for 2 at Trattoria da Luigi", "Gutschein 2024", "Spaghetti alla carbonara", "Pizza Margherita",
    "Birthday cake 8 portions – chocolate", "プレミアムメンバー様", "カスタマーサポート様",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_food_text_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


RECEIPTS = [
    "Receipt ORD-2026-4711 – Mathis Quarvelle – £18.20", "Invoice 2026-4711 – Mathis Quarvelle",
    "Facture n° 4711 – Anne Quendrix", "Rechnung_4711_Quarvelle_Jonas.pdf", "Factura_4711_Lucia_Quarvelle.pdf",
    "Ricevuta 2026/118 - Nerio Quarvelle",
]


@pytest.mark.parametrize("text", RECEIPTS)
def test_a_receipt_s_buyer_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


RECEIPTS_OF_A_SHOP = [
    "Receipt ORD-2026-118734 – Trattoria da Luigi – £42.80", "Receipt ORD-65-7781 – Pizza Margherita – £12.80",
    "Ricevuta 4711 - Ristorante Da Mario", "Invoice 4711 - Office Supplies Ltd", "Invoice #100482 - Acme GmbH",
    "Invoice_4711_Acme_Corp.pdf", "Receipt printer 80mm – Epson TM-T20", "Kassenbon 4711", "Invoice_2026_11.pdf",
    "Invoice_Inv_Am_55102.pdf", "Invoice Inv-Am-55102 @ Search_String",
]


@pytest.mark.parametrize("text", RECEIPTS_OF_A_SHOP)
def test_a_shop_s_receipt_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


DELIVERY_NOTES = [
    "Lieferhinweis: Klingel Quarvelle, 3. OG links", "Hinweis: Klingel Quarvelle",
    "If out, leave with my neighbour, Orla Quenby at no. 29", "bitte bei meiner Nachbarin, Lena Quarvelle abgeben",
    "Repartidor: la clienta Lucía Quarvelle pide dejarlo en recepción",
    "the guest Mathis Quarvelle asked for a high chair",
    "le client Anne Quendrix a appelé", "Diner: Orla Quenby (coeliac)", "Comensal: Lucía Quarvelle",
]


@pytest.mark.parametrize("text", DELIVERY_NOTES)
def test_a_bell_s_a_neighbour_s_a_customer_s_or_a_diner_s_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY_NOTES = [
    "Klingel Messing, laut", "Hinweis: Klingel Hinterhaus, 2. OG", "Hinweis: Klingel Nr. 5",
    "Lieferung: Klingel defekt, bitte anrufen", "Gift for my husband, Leather Wallet in brown",
    "la clienta Premium recibe envío gratis", "Our Client Success Stories", "Diner: 4 covers",
]


@pytest.mark.parametrize("text", ORDINARY_NOTES)
def test_an_ordinary_delivery_note_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["diner", "comensal", "convive", "gast", "ospite", "diner_name"])
def test_a_diner_s_or_a_guest_s_key_holding_a_full_name_is_refused(key: str) -> None:
    assert privacy.custom_refusal(key, "Orla Quenby") == "personal key: kept out of custom_data"


@pytest.mark.parametrize(("key", "value"), [("diner", "4"), ("diners", "Orla Quenby"), ("diner_count", "2"),
                                            ("gast", "ja"), ("diner", "vegan")])
def test_a_diner_s_count_or_kind_goes_out(key: str, value: str) -> None:
    assert privacy.custom_refusal(key, value) == ""


ADDRESSES = [
    ("27 quarvelle road leeds ls6 2qt", False), ("12 quenby street london sw1a 1aa", False),
    ("calle Quarvelle 12, 3º B, 28013 Madrid", False), ("calle Quarvelle 12, 2ª izq., 28013 Madrid", False),
    ("Quarvelle 5, bajo, 28013 Madrid", False), ("///index.home.raft", True), ("ORD-7781 ///index.home.raft", True),
]


@pytest.mark.parametrize(("text", "id_like"), ADDRESSES)
def test_a_zone_check_s_address_is_refused(text: str, id_like: bool) -> None:
    assert detector.reason(text, id_like) in ("holds a postal address", "holds geographic coordinates")


@pytest.mark.parametrize(("text", "id_like"), [
    ("10 speed road bike", False), ("42nd street nyc", False), ("Calle 13 – álbum 2, 3º edición", False),
    ("SKU-12/3", True), ("LOT L24189B", True), ("Mesa 9 – 2 comensales", False),
])
def test_ordinary_codes_and_titles_go_out(text: str, id_like: bool) -> None:
    assert detector.reason(text, id_like) == ""


CODES = ["LOT L24189 0341", "L24189 0341", "Lote 24189 0341", "EXP 07/2027 LOT 24189 0341", "Lote 24-189-0341",
         "lotto 25034 1215", "Charge 25034 1215", "Voucher 6284 1930 4471", "Coupon 9912 4830 5571",
         "Gutschein 4830 5571 2290", "Buono 4830 5571 2290", "Gutschein 2024"]


@pytest.mark.parametrize("text", CODES)
def test_a_lot_s_code_or_a_voucher_s_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("24189 0341", "holds a phone number"), ("Call 24189 0341", "holds a phone number"),
    ("Tel 24189 0341", "holds a phone number"), ("Voucher 0176 47261938", "holds a phone number"),
    ("Coupon +44 7700 900123", "holds a phone number"), ("Lot 24189 0341 call 0176 47261938", "holds a phone number"),
    ("Voucher 4111 1111 1111 1111", "holds a payment card number"),
    ("Gutschein 4111 1111 1111 1111", "holds a payment card number"),
])
def test_a_phone_or_a_card_after_a_lot_s_or_a_voucher_s_word_stays_personal(text: str, found: str) -> None:
    assert detector.reason(text) == found
