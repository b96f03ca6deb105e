"""Closer 128 (sixty-fourth attack: travel's own numbers).

- A travel programme's name as an account's holder (key_lexicon.LOYALTY_PROGRAMMES, HONOURED_CUSTOMERS,
  personal_keys.PROGRAMME_NAMES, ACCOUNT_HOLDERS): airlines' and hotels' loyalty programmes (`Iberia Plus`, `World of
  Hyatt`, `Smiles`, JAL's `お得意様`), before an id or a number word or after a number word or sign, the member's
  number (`Nº Iberia Plus: …`, `Smiles nº …`, `お得意様番号 …`); alone before a colon, `=` or `#` too
  (labelled_values._PROGRAMMES: `Marriott Bonvoy: …`, `World of Hyatt #…`). Alone or before other words a product's
  (`Iberia Plus Avios 5000`, `Marriott Bonvoy Platinum Elite benefits`).
- A travel permit's application (key_lexicon.TRAVEL_PERMITS, PERMIT_APPLICATIONS): the permit and the application's
  word in the order each language writes them, as an account's holder (`ESTA application number:`, `e-Visa
  Application ID:`, `numéro de demande ESTA`, `Número de solicitud de visado:`); `ESTA application guide` is a page's.
- A trusted traveller's programme and a redress (key_lexicon.TRUSTED_TRAVELLERS, TRUSTED_TRAVELLER_IDS,
  personal_keys.TRUSTED_TRAVELLER_ID_LABELS): `Redress number`, `Global Entry PASSID:`, `NEXUS number:`.
- A railcard's, a rail pass's or a discount card's name as a travel card's (mobility_ids._TRAVEL_CARD_LABEL: `Carte
  Avantage`, `CartaFRECCIA`, `Railcard`, `Eurail Pass`, `Halbtax`): a token of eight digits or more after it; a date
  in the token is no number's (mobility_ids._DATE_IN_TOKEN: `BahnCard 25 bis 18.12.2026`), and a GTIN's check no
  product's when only a number word or sign stands between (mobility_ids._NUMBER_WORD_BETWEEN: `Railcard number:
  12345670`).
- A birth label's aside in brackets (detector._BIRTH_ASIDE: `Geburtsdatum (wie im Reisepass): …`).
- A booking platform's ten digits in four, three and three apart by dots in an id (detector._DOTTED_BOOKING:
  `3512.441.209`): no plan's phone layout without its trunk `0`.
- An empty value under a personal key is a form's blank field (privacy._blank_field: `?bookingRef=&surname=`), and
  the URL goes out whole; not under a special category's key (personal_keys.names_a_special_category,
  SPECIAL_CATEGORY_TOKENS: `?pregnant=` may be a flag), nor a bare key (`?pregnant`), nor a key holding an address.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL_KEY = "personal key: kept out of custom_data"

# --- loyalty programmes -------------------------------------------------------------------------------------------
MEMBER_NUMBERS = [
    "Nº Iberia Plus: IB58391472", "World of Hyatt #583914726C", "Smiles nº 583914726",
    "JALマイレージバンク お得意様番号 583914726", "お得意様番号：583914726", "Marriott Bonvoy: 583914726",
    "Hilton Honors #583914726", "Hilton Honors: 583914726", "Numéro Iberia Plus : 58391472",
    "Skywards no. 583914726", "Executive Club number 58391472", "Wyndham Rewards number: 58391472K",
    "LATAM Pass nº 58391472683", "Iberia Plus number IB58391472", "Asia Miles membership no. 1583914726",
]


@pytest.mark.parametrize("text", MEMBER_NUMBERS)
def test_a_programme_member_s_number_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


PROGRAMME_OFFERS = [
    "Iberia Plus Avios 5000", "Iberia Plus: 4,500 Avios", "World of Hyatt Explorist benefits",
    "Hilton Honors Gold – 2026", "Marriott Bonvoy Points 50000", "Marriott Bonvoy Platinum Elite benefits",
    "Smiles Diamante 2026", "Skywards Silver: 25000 Miles", "Marriott Bonvoy: 2,000 bonus points",
    "Hilton Honors: 100000 points", "Suma: 123456", "LH 400 Frankfurt – New York JFK",
    "Business Saver – fare basis ZNC0D3N1", "Miles & More Credit Card Gold",
]


@pytest.mark.parametrize("text", PROGRAMME_OFFERS)
def test_a_programme_s_offer_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "value"), [
    ("iberia_plus_number", "IB58391472"), ("hiltonHonorsId", "583914726"), ("smiles_id", "583914726"),
    ("esta_application_number", "8WX583914QP2R7"), ("redress_number", "5583914"),
])
def test_a_programme_s_number_key_is_personal(key: str, value: str) -> None:
    assert privacy.custom_refusal(key, value) == PERSONAL_KEY


@pytest.mark.parametrize(("key", "value"), [
    ("iberia_plus_tier", "Oro"), ("loyalty_programme", "World of Hyatt"), ("esta_fee", "21"),
    ("visa_type", "Schengen C"), ("application_id", "com.example.app"),
])
def test_a_programme_s_other_keys_go_out(key: str, value: str) -> None:
    assert privacy.custom_refusal(key, value) == ""


# --- travel permits and trusted travellers -------------------------------------------------------------------------
PERMIT_NUMBERS = [
    "ESTA application number: 8WX583914QP2R7", "e-Visa Application ID: IN2611583914A",
    "ETIAS application number 58391472QX", "ETIAS application number: ETQ58391472",
    "numéro de demande ESTA : 8WX583914QP2R7", "Numéro de demande de visa : FRA1234567",
    "Visa application number VFS/LON/58391472", "Numero domanda di visto: ITA58391472",
    "Número de solicitud de visado: ESP58391472", "Visumantragsnummer 58391472",
    "K-ETA application number: KE58391472",
    "Redress number 5583914", "Redress Control Number: 5583914", "Redress no. 5583914", "TSA Redress #: 5583914",
    "Global Entry PASSID: 985839147", "Global Entry: 985839147", "SENTRI PASSID 985839147",
    "NEXUS number: 985839147", "Known Traveller Number 985839147",
]


@pytest.mark.parametrize("text", PERMIT_NUMBERS)
def test_a_permit_s_or_a_trusted_traveller_s_number_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


PERMIT_PAGES = [
    "ESTA application guide", "ESTA application fee USD 21", "ESTA – Visa Waiver Program fee",
    "Visa application centre London", "ETIAS application form 2026", "Global Entry application fee $120",
    "Redress – how to apply", "Schengen visa Type C, short stay",
]


@pytest.mark.parametrize("text", PERMIT_PAGES)
def test_a_permit_s_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- railcards and passes ------------------------------------------------------------------------------------------
CARD_NUMBERS = [
    "N° de carte Avantage : 29090108583914", "Carte Avantage n° 29090108583914", "CartaFRECCIA n. 583914726",
    "Carta Verde n. 583914726", "16-25 Railcard number: RC58391472", "Senior Railcard number: SR58391472",
    "Two Together Railcard no. 58391472", "Railcard number: 12345670", "Eurail Pass number: 415839147",
    "Interrail Pass no. 41583914726", "Halbtax-Abo Nr. 583914726", "Tarjeta Dorada nº 583914726",
    "Vorteilscard Nummer 583914726", "BahnCard 25 Nr. 70814115839147",
]


@pytest.mark.parametrize("text", CARD_NUMBERS)
def test_a_railcard_s_number_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


CARD_PRODUCTS = [
    "Railcard 16-25 (1 year)", "16-25 Railcard", "Two Together Railcard – £30", "Carte Avantage Jeune 12-27 ans",
    "Carte Avantage Adulte 27-59 ans", "CartaFRECCIA Young", "Eurail Global Pass 15 days within 2 months",
    "Interrail One Country Pass Spain 3 days", "Halbtax 2026 – CHF 190", "Railcard valid until 18/12/2026",
    "BahnCard 25 gültig bis 18.12.2026", "BahnCard 25 ab 2026-12-18", "EURAIL-GP-15D2M-20260612",
    "Carte Avantage Senior valable jusqu'au 18/12/2026", "BahnCard EAN 4006381333931",
]


@pytest.mark.parametrize("text", CARD_PRODUCTS)
def test_a_railcard_as_a_product_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a birth label's aside -----------------------------------------------------------------------------------------
BIRTHS_WITH_ASIDES = [
    "Geburtsdatum (wie im Reisepass): 14.03.1981", "Date of birth (DD/MM/YYYY): 14/03/1981",
    "Date of birth (as shown in passport): 03/14/1981", "Data di nascita (come da passaporto): 14/03/1981",
    "Fecha de nacimiento (DD/MM/AAAA): 14/03/1981", "Geboortedatum (zoals in paspoort): 14-03-1981",
]


@pytest.mark.parametrize("text", BIRTHS_WITH_ASIDES)
def test_a_birth_date_after_a_label_s_aside_is_refused(text: str) -> None:
    assert detector.reason(text) == detector.BIRTH_DATE


def test_a_birth_date_after_an_aside_in_a_url_path_is_refused() -> None:
    url = "https://shop.example/files/Geburtsdatum%20%28wie%20im%20Reisepass%29%3A%2014.03.1981"
    cleaned = privacy.clean_url(url)
    assert cleaned is not None and "1981" not in cleaned


@pytest.mark.parametrize("text", ["Date of birth (required)", "Birthday (Kids Party)", "Geburtstagskarte (A6) 2026"])
def test_a_birth_label_s_aside_without_a_date_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a booking's dotted number -------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["3512.441.209", "9876.543.210", "1234.567.890"])
def test_a_dotted_booking_number_goes_out_as_an_id(code: str) -> None:
    assert detector.reason(code, id_like=True) == ""


@pytest.mark.parametrize("code", ["0412.345.678", "0412 345 678", "351.244.1209", "+351 244 1209"])
def test_a_phone_s_groups_in_an_id_stay_a_phone(code: str) -> None:
    assert detector.reason(code, id_like=True) == detector.PHONE


@pytest.mark.parametrize("text", ["Booking 3512.441.209", "Confirmation number: 3512.441.209"])
def test_a_dotted_booking_number_after_its_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- an empty value under a personal key ---------------------------------------------------------------------------
BLANK_FORMS = [
    "https://www.example-air.com/checkin/retrieve?bookingRef=&surname=&lang=fr",
    "https://www.example-hotels.com/stay/find?conf=&guestLastName=&email=",
    "https://shop.example/checkout?first_name=&last_name=&phone=&step=2",
    "https://shop.example/app#surname=&step=1",
]


@pytest.mark.parametrize("url", BLANK_FORMS)
def test_a_form_s_blank_personal_fields_go_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


KEPT_OUT = [
    ("https://shop.example/a?pregnant=&lang=fr", "pregnant"), ("https://shop.example/a?pregnant&lang=fr", "pregnant"),
    ("https://shop.example/a?religion=&lang=fr", "religion"),
    ("https://shop.example/a?health_condition=&lang=fr", "health"),
    ("https://shop.example/a?surname&lang=fr", "surname"),
    ("https://shop.example/a?surname=Brenquillo&lang=fr", "Brenquillo"),
    ("https://shop.example/a?jo.brenquillo%40example.com=&lang=fr", "brenquillo"),
]


@pytest.mark.parametrize(("url", "form"), KEPT_OUT)
def test_a_special_category_s_or_a_bare_key_stays_out(url: str, form: str) -> None:
    cleaned = privacy.clean_url(url)
    assert cleaned is not None and form not in cleaned and "lang=fr" in cleaned
