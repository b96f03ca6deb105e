"""Closer 103 (issue 16, fifty-sixth attack): a utility customer's own identifiers are left out wherever they stand, and
the trade's ordinary codes beside them go out:

- a home's metering point by its layout and its check (metering_points.py): the UK's MPAN in its supply number's
  groups, the Netherlands' 18-digit EAN from `871` (any country's after an EAN's label), Germany's and Austria's
  Zählpunkt, Spain's CUPS with its control letters, Italy's POD; after its label, any number (`MPAN:`, `MaLo-ID:`);
- a meter's number and a direct debit's mandate reference after their labels (utility_records.py);
- a contract's account, a consumer's number and a customer's reference after their labels (`Vertragskonto`,
  `Consumer No.`, `Référence client`), as labels and as keys;
- a device's serial after its label in a device serial's layout, where the text is about the visitor's device (a
  trade-in, a repair, a theft: device_serials.py);
- and, ordinary: a SEPA creditor id (the company's, its digits no phone number), a GTIN opening on a `0` and an `84`
  (no Indonesian mobile prefix), a postcode district under its key stays personal (the README's region rule).

The values are made up for the rules (their checks computed here), not the attack's."""

from __future__ import annotations

import pytest

from meta_capi import detector, device_serials, metering_points, privacy, utility_records

SHOP = "https://energy.example"
METERING_POINT = metering_points.METERING_POINT
UTILITY_RECORD = utility_records.UTILITY_RECORD
DEVICE_SERIAL = device_serials.DEVICE_SERIAL
_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def mpan(twelve: str) -> str:
    return twelve + str(sum(int(digit) * prime for digit, prime in zip(twelve, _PRIMES, strict=True)) % 11 % 10)


def gs1(body: str) -> str:
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def cups(sixteen: str) -> str:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    rest = int(sixteen) % 529
    return f"ES{sixteen}{letters[rest // 23]}{letters[rest % 23]}"


def creditor_id(country: str, business: str, national: str) -> str:
    number = "".join(str(int(char, 36)) for char in national + country) + "00"
    return f"{country}{98 - int(number) % 97:02d}{business}{national}"


def grouped(core: str) -> str:
    return f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"


def wrong_check(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


CORE = mpan("231610012345")
CORE_B = mpan("160000481726")
EAN_NL = gs1("87169400012345678")
EAN_BE = gs1("54144882000012345")
CUPS = cups("0031405128394017")


# --- a metering point by its layout and check, in text and in ids
@pytest.mark.parametrize("text", [
    f"S 03 801 110 {grouped(CORE)}", f"Supply no. S 01 845 100 {grouped(CORE_B)}", f"S01801100 {CORE}",
    f"Aansluiting {EAN_NL} (stroom)", EAN_NL, f"EAN {EAN_BE}", f"Code EAN électricité : {EAN_BE}",
    "DE0001234512345000000000000012345", "AT0010000000000000001000004812345",
    "Zp de00012345123450000000000000abc12", CUPS, f"{CUPS}1F", CUPS.lower(), f"CUPS luz: {CUPS}0F, tarifa 2.0TD",
    "IT001E48172635", "Codice POD: IT012E00481726A",
    f"{SHOP}/switch/{CUPS}/quote",
])
@pytest.mark.parametrize("id_like", [False, True])
def test_a_metering_point_by_its_layout_and_check_is_personal(text: str, id_like: bool) -> None:
    assert detector.reason(text, id_like=id_like) == METERING_POINT


# ... and the trade's codes of those shapes: a tariff's top line, a core whose check fails, a product's GTIN, an
# 18-digit number neither Dutch nor after an EAN's label (an SSCC), control letters that disagree, a POD's prefix alone
@pytest.mark.parametrize("text", [
    "01 801 100", "Profile class 01, MTC 801, LLFC 100", f"S 03 801 110 {grouped(wrong_check(CORE))}",
    f"S01801100 {wrong_check(CORE)}", gs1("871694000123"), f"EAN {gs1('401234500012')}",
    f"SSCC {gs1('38712345000012345')}",
    wrong_check(EAN_NL), f"EAN {wrong_check(EAN_BE)}", CUPS[:-2] + "AA", "IT001", "ES-LUZ-2.0TD-24H",
    "DE0001234512345", "E-1R-AGILE-24-10-01-C", "SMETS2 EDMI ES-10B", "Landis+Gyr E470 5424",
])
@pytest.mark.parametrize("id_like", [False, True])
def test_the_trade_s_codes_beside_a_metering_point_go_out(text: str, id_like: bool) -> None:
    assert detector.reason(text, id_like=id_like) == ""


# --- after a metering point's, a contract account's, a consumer's or a customer reference's label: any number
@pytest.mark.parametrize("text", [
    f"MPAN: {CORE}", f"MPAN core {CORE_B}", "MPRN 48172635", "Marktlokations-ID: 10726354817", "MaLo-ID 10726354817",
    "Zählpunktbezeichnung: 48172635", "Codice PDR 48172635", "Punto de suministro: 48172635",
    "Vertragskonto 400123456789", "Contract account: 400123456789", "compte contrat 4100123456",
    "Consumer No. 1234567890123", "consumer number 4560123789", "Référence client : 4100123456",
    "Customer reference 51234567", "Kundenreferenz 71234567", "Mandatsreferenz 48172635",
])
def test_a_number_after_a_supply_s_label_is_personal(text: str) -> None:
    assert detector.reason(text) == detector.LABELLED_NUMBER


@pytest.mark.parametrize("text", [
    "Vertragsnummer 12345678", "Contract 24 months", "Vertragslaufzeit 24 Monate", "Consumer Electronics 2024",
    "Référence produit : 4100123456", "Meter type SMETS2", "Zählerstand 12345 kWh", "Zählernummer eingeben",
    "meter number required", "10 meter cable 3x1.5", "Flexible Octopus December 2026",
])
def test_a_supply_s_other_words_name_no_one(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", [
    "mpan", "mprn", "mpan_core", "meteringPointId", "zaehlpunkt", "marktlokation", "malo_id", "codice_pod",
    "meter_number", "meterSerial", "zaehlernummer", "numero_contatore", "vertragskonto", "contract_account",
    "consumer_no", "consumerNumber", "customer_reference", "mandate_reference", "mandatsreferenz",
])
def test_a_supply_s_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", ["meter_type", "meter_model", "contract_type", "contract_length", "tariff", "serial",
                                 "consumer_segment", "reference"])
def test_a_supply_s_ordinary_key_is_not(key: str) -> None:
    assert detector.key_reason(key) == ""


# --- a meter's number and a mandate's reference after their labels (letters and digits)
@pytest.mark.parametrize("text", [
    "Zählernummer 1EMH0048172635", "Zähler-Nr.: 7ELS8135012345", "Meter serial: E10BG12345", "meter no. K17W012345",
    "Numéro de compteur : 021543ZX0987", "Número de contador: CNT48K172635", "matricola contatore 12M3456789",
    "meternummer E0071K48172", "numer licznika 12345ABC678", "Mandatsreferenz STROM-2024-88123",
    "Mandate reference: SEPA00DD48172Q", "machtigingskenmerk 3X7K9Q2M4817",
])
def test_a_meter_s_number_or_a_mandate_after_its_label_is_personal(text: str) -> None:
    assert detector.reason(text) == UTILITY_RECORD


@pytest.mark.parametrize("text", [
    "Meter serial: required", "Zählernummer: siehe Rechnung", "Mandate reference ACME", "meter no. 12A",
    "Stromzählernummer-Rechner", "Meter ID card holder 12 cm",
])
def test_a_meter_s_or_a_mandate_s_label_without_its_number_names_no_one(text: str) -> None:
    assert detector.reason(text) == ""


# --- a device's serial where the text is about the visitor's device
@pytest.mark.parametrize("text", [
    "Trade-in iPhone 13, serial F4GXK2L9QH", "Inzahlungnahme MacBook Pro, Seriennummer C02XL0GZJGH5",
    "Repair request: Galaxy S23, S/N R58N12ABCDE", "Stolen laptop serial number: 5CD1234XYZ",
    "Reprise de votre iPad, numéro de série DMPXK2L9QH7F", "Permuta smartphone, numero di serie 35AB12CD34EF",
    "Register your device: serial no. G7K2L9QH12",
])
def test_a_device_s_serial_about_the_visitor_s_device_is_personal(text: str) -> None:
    assert detector.reason(text) == DEVICE_SERIAL


# ... and `serial` before a product's own codes, a serial in no such text, or in no device serial's layout
@pytest.mark.parametrize("text", [
    "Serial 28503141234", "Router S/N 12345", "S/N: AB12345, warranty", "USB Serial Adapter FT232RL",
    "Serial ATA cable 50 cm", "Refurbished MacBook Pro, serial C02XL0GZJGH5", "Trade-in value £320, serial ABC1234567",
    "Trade-in: serial number required", "Repair kit, serial port RS-232", "Trade-in Galaxy S24, serial SM-S928BZKGEUB",
])
def test_a_serial_label_before_a_product_s_code_or_in_no_device_text_is_not(text: str) -> None:
    assert detector.reason(text) == ""


# --- URLs: a metering point's key is removed from a switching quote's query; a district under a post code's key too
@pytest.mark.parametrize(("url", "cleaned"), [
    (f"{SHOP}/switch/quote?mpan={CORE}&tariff=E-1R-AGILE-24-10-01-C",
     f"{SHOP}/switch/quote?tariff=E-1R-AGILE-24-10-01-C"),
    (f"{SHOP}/switch/quote?tariff=AGILE&meter_number=K17W012345", f"{SHOP}/switch/quote?tariff=AGILE"),
    (f"{SHOP}/switch?supply={CUPS}&step=2", f"{SHOP}/switch?step=2"),
    (f"{SHOP}/broadband/availability?postcode_district=LS6&result=fttp", f"{SHOP}/broadband/availability?result=fttp"),
    (f"{SHOP}/smart-meter/book?meter_type=SMETS2", None),
])
def test_a_url_s_supply_parameters_are_removed(url: str, cleaned: str | None) -> None:
    assert privacy.clean_url(url) == (url if cleaned is None else cleaned)


# --- a SEPA creditor id is the company's: its national id's digits are no phone number; its check must hold
CREDITOR_IDS = [creditor_id("DE", "ZZZ", "09999999999"), creditor_id("DE", "ZZZ", "01234567890"),
                creditor_id("NL", "ZZZ", "123456780000"), creditor_id("ES", "ZZZ", "B12345678"),
                creditor_id("IT", "ABC", "0000012345678901"), creditor_id("AT", "ZZZ", "07700900461")]


@pytest.mark.parametrize("text", [*CREDITOR_IDS, *(f"Gläubiger-ID: {value}" for value in CREDITOR_IDS)])
@pytest.mark.parametrize("id_like", [False, True])
def test_a_sepa_creditor_id_is_no_phone_number(text: str, id_like: bool) -> None:
    assert detector.reason(text, id_like=id_like) == ""


@pytest.mark.parametrize("text", ["DE97ZZZ09999999999", "REF07700900461"])
def test_a_mobile_glued_to_letters_that_are_no_creditor_id_stays_a_phone(text: str) -> None:
    assert detector.reason(text) == detector.PHONE


# --- Indonesia's mobiles open on 81 to 83 and 85 to 89: a GTIN opening on `084` is no phone, in an id too
@pytest.mark.parametrize("text", [gs1("084035308731"), gs1("084012345678"), "0840123456789"])
def test_a_number_on_an_unallocated_indonesian_prefix_is_no_mobile_in_an_id(text: str) -> None:
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize("text", ["081234567890", "0812 3456 7890", "085712345678", "+62 812 3456 7890"])
def test_an_indonesian_mobile_stays_one(text: str) -> None:
    assert detector.reason(text, id_like=True) == detector.PHONE
