"""The fifty-sixth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", "Events", "Purchase and product data"), without reading the gate's
code, its reference nor the earlier attacks' cases: telecom, energy and water utilities, and connected devices. Mobile
operators' shops, broadband availability checkers, energy and water suppliers' switching and meter pages, device
shops with trade-in, in the UK, the US, Germany, France, Spain, Italy, the Netherlands, Poland, Japan, Brazil and
India. They send the events any shop sends (a page, a search, an added product, a purchase, a lead).

The personal side (about 150 cases) puts a subscriber's own identifiers in those leaves: a SIM's ICCID with its Luhn
digit, an IMEI with its Luhn digit, an IMSI, an eUICC's EID with its mod-97 check, an eSIM activation code, porting
codes (a UK PAC and STAC, a French RIO, a US transfer PIN, Italy's migration code, a German customer password), the
subscriber's number in each national layout, customer and contract account numbers after their labels, metering
points (a UK MPAN with its check digit, an MPRN, a Dutch 18-digit EAN with its GS1 check, a German market location id
with its check, a German Zählpunkt, a Spanish CUPS with its control letters, an Italian POD), a meter's serial, a
supply address, direct debit details, a device's name holding its owner's name, an Apple ID, a device's MAC address,
a router's public address, a traded-in device's serial. Each carries a made-up marker (the name `Oriel Varnhaugen`,
the street `Quarnby`, the digits `729364`) so a leak is findable.

The ordinary side (about 300 cases) is what those sites send that is no one's: tariffs and plan SKUs, tariff codes
(Octopus' `E-1R-AGILE-24-10-01-C`), handsets with their model numbers, part numbers and EANs, a handset model's TAC,
routers and meters by model, network codes (MCC/MNC, APN, bands), speeds, postcode-level coverage results, store ids,
order numbers, prices and landing URLs, in the same languages.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places, spaced
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "56"
NAME = "Oriel Varnhaugen"
SURNAME = "Varnhaugen"
MAIL = "oriel.varnhaugen@icloud.com"
DIGITS = "729364"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the trade's numbers carry ---------------------------------------------------------------------------
def gs1(body: str) -> str:
    """A GS1 number (EAN-13, GTIN-14, an 18-digit EAN metering point) with its check digit."""
    total = sum(int(char) * (3 if index % 2 == 0 else 1) for index, char in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


def mpan_core(twelve: str) -> str:
    """A UK MPAN's 13-digit core: the distributor's two digits, ten more and the check over prime weights."""
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return f"{twelve}{sum(int(char) * prime for char, prime in zip(twelve, primes, strict=True)) % 11 % 10}"


def market_location(ten: str) -> str:
    """A German market location id (MaLo-ID): ten digits and the check (odd places once, even places twice)."""
    odd = sum(int(char) for char in ten[0::2])
    even = sum(int(char) for char in ten[1::2]) * 2
    return f"{ten}{(10 - (odd + even) % 10) % 10}"


def cups(sixteen: str) -> str:
    """A Spanish supply point's CUPS: `ES`, the distributor's four digits, twelve more and two control letters."""
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    rest = int(sixteen) % 529
    return f"ES{sixteen}{letters[rest // 23]}{letters[rest % 23]}"


def eid(thirty: str) -> str:
    """An eUICC's EID: thirty digits and two check digits making the whole number 1 mod 97."""
    return f"{thirty}{98 - int(thirty + '00') % 97:02d}"


ICCID_UK = luhn_complete("894410" + "26" + DIGITS + "0519")
ICCID_DE = luhn_complete("894922" + "7" + DIGITS + "10472")
ICCID_FR = luhn_complete("893301" + "88" + DIGITS + "2204")
ICCID_IT = luhn_complete("893901" + "2" + DIGITS + "55810")
ICCID_NL = luhn_complete("893116" + "00" + DIGITS + "3017")
ICCID_BR = luhn_complete("895511" + "40" + DIGITS + "0931")
ICCID_JP = luhn_complete("898110" + "3" + DIGITS + "72815")
IMEI = luhn_complete("35209911" + DIGITS)
IMEI_B = luhn_complete("35209912" + DIGITS)
IMEI_DASHED = f"{IMEI[:2]}-{IMEI[2:8]}-{IMEI[8:14]}-{IMEI[14]}"
EID = eid("8904903200" + "0000" + "5" + DIGITS + "00000" + "1729")
MPAN = mpan_core("12" + "000" + "1" + DIGITS)
EAN_NL = gs1("871687" + "1400" + DIGITS + "2")
MALO = market_location("5" + "0" + DIGITS + "18")
CUPS = cups("0021" + "00" + DIGITS + "1802")
IBAN_NL = iban("NL", "INGB" + "000" + DIGITS + "4")
NL_POSTCODE = "1012 QB"

# --- the personal side -----------------------------------------------------------------------------------------------
ICCIDS: Dict[str, Tuple[str, Any]] = {
    "uk labelled": (f"SIM number (ICCID): {ICCID_UK}", ICCID_UK),
    "de spaced": (f"SIM-Kartennummer: {spaced(ICCID_DE)}", [spaced(ICCID_DE), ICCID_DE]),
    "fr alone": (ICCID_FR, ICCID_FR),
    "it seriale": (f"Numero seriale SIM {ICCID_IT}", ICCID_IT),
    "nl with f": (f"simkaartnummer {ICCID_NL}F", ICCID_NL),
    "br chip": (f"ICCID do chip: {ICCID_BR}", ICCID_BR),
    "jp fullwidth": (f"ICCID：{ICCID_JP}（SIMカード裏面）", ICCID_JP),
}
IMEIS: Dict[str, Tuple[str, Any]] = {
    "labelled": (f"IMEI: {IMEI}", IMEI),
    "trade-in": (f"Trade-in iPhone 13 128GB (Good) – IMEI {IMEI[:2]} {IMEI[2:8]} {IMEI[8:14]} {IMEI[14]}", IMEI),
    "alone": (IMEI, IMEI),
    "imeisv": (f"IMEISV {IMEI[:14]}21", IMEI[:14]),
    "dual sim": (f"IMEI1 {IMEI} / IMEI2 {IMEI_B}", [IMEI, IMEI_B]),
    "blacklist": (f"Sperre für gestohlenes Gerät, IMEI {IMEI_DASHED}", [IMEI_DASHED, IMEI]),
}
SIMS: Dict[str, Tuple[str, Any]] = {
    "lpa": (f"LPA:1$smdp.example-carrier.com$QR-G-5C-1LXY-{DIGITS}PSD", f"1LXY-{DIGITS}PSD"),
    "lpa german": (f"Aktivierungscode eSIM: LPA:1$rsp.example.de$K2-7H3Q9-{DIGITS}Z", f"7H3Q9-{DIGITS}Z"),
    "eid labelled": (f"EID: {EID}", EID),
    "eid alone": (EID, EID),
    "imsi uk": (f"IMSI 23415{DIGITS}1720", f"23415{DIGITS}1720"),
    "imsi de": (f"IMSI: 262 01 {DIGITS}1720", f"26201{DIGITS}1720"),
}
PORTINGS: Dict[str, Tuple[str, Any]] = {
    "pac": (f"PAC code: VRN{DIGITS}", f"VRN{DIGITS}"),
    "stac": (f"STAC {DIGITS}XQB", f"{DIGITS}XQB"),
    "pac text": (f"Switching to SIMO 100GB 24m with PAC VRN {DIGITS[:3]} {DIGITS[3:]}",
                 [f"VRN {DIGITS[:3]} {DIGITS[3:]}", DIGITS]),
    "rio": (f"RIO : 02P{DIGITS}QX8", f"02P{DIGITS}QX8"),
    "us pin": (f"Number Transfer PIN {DIGITS}, account no. 9{DIGITS}18", [f"9{DIGITS}18", DIGITS]),
    "kennwort": (f"Kundenkennwort: {SURNAME}1987", f"{SURNAME}1987"),
    "migrazione": (f"Codice di migrazione: TLC{DIGITS}1802A001", f"TLC{DIGITS}1802A001"),
}
MSISDNS: Dict[str, Tuple[str, Any]] = {
    "uk keep": (f"Keep my number: 07723 {DIGITS}", f"7723{DIGITS}"),
    "de mitnahme": (f"Rufnummernmitnahme 0151 {DIGITS[:4]} {DIGITS[4:]}18", f"151{DIGITS}18"),
    "fr porter": (f"Numéro à porter : 06 {DIGITS[:2]} {DIGITS[2:4]} {DIGITS[4:]} 18", f"6{DIGITS}18"),
    "it portare": (f"Numero da portare: 347 {DIGITS[:3]} {DIGITS[3:]}1", f"347{DIGITS}1"),
    "jp": (f"携帯番号：090-{DIGITS[:4]}-{DIGITS[4:]}18", f"90{DIGITS}18"),
    "br": (f"Número do celular: (11) 9{DIGITS[:4]}-{DIGITS[4:]}18", f"119{DIGITS}18"),
    "in": (f"Mobile no. 98{DIGITS[:3]} {DIGITS[3:]}18", f"98{DIGITS}18"),
    "msisdn": (f"MSISDN 447723{DIGITS}", f"447723{DIGITS}"),
    "nl nummerbehoud": (f"Nummerbehoud: 06-{DIGITS}18", f"6{DIGITS}18"),
    "pl przeniesienie": (f"Numer do przeniesienia: 5{DIGITS[:2]} {DIGITS[2:5]} {DIGITS[5:]}18", f"5{DIGITS}18"),
    "es portabilidad": (f"Portabilidad: 6{DIGITS[:2]} {DIGITS[2:4]} {DIGITS[4:]} 18", f"6{DIGITS}18"),
}
ACCOUNTS: Dict[str, Tuple[str, Any]] = {
    "bt": (f"Account number: GP{DIGITS}18", f"GP{DIGITS}18"),
    "vertragskonto": (f"Vertragskonto 200{DIGITS}180", f"200{DIGITS}180"),
    "fr contrat": (f"Référence client : 100{DIGITS}1 – contrat Tarif Bleu", f"100{DIGITS}1"),
    "it cliente": (f"Codice cliente {DIGITS}1802", f"{DIGITS}1802"),
    "pl klient": (f"Numer klienta: {DIGITS}1802", f"{DIGITS}1802"),
    "jp": (f"お客様番号：{DIGITS[:4]}-{DIGITS[4:]}18-02", f"{DIGITS}1802"),
    "in consumer": (f"Consumer No. 102{DIGITS}180 (BESCOM)", f"102{DIGITS}180"),
}
METERS: Dict[str, Tuple[str, Any]] = {
    "mpan": (f"MPAN: {MPAN}", MPAN),
    "mpan supply line": (f"Supply number S 01 801 100 {MPAN[:2]} {MPAN[2:6]} {MPAN[6:10]} {MPAN[10:]}", MPAN),
    "mprn": (f"MPRN {DIGITS}1805", f"{DIGITS}1805"),
    "ean nl": (f"EAN-code elektriciteit: {EAN_NL}", EAN_NL),
    "malo": (f"Marktlokations-ID: {MALO}", MALO),
    "zaehlpunkt": (f"Zählpunkt: DE00056266800000000000000{DIGITS}18", f"{DIGITS}18"),
    "cups": (f"CUPS: {CUPS}0F", CUPS),
    "pod": (f"POD IT001E{DIGITS}18", f"IT001E{DIGITS}18"),
    "meter serial": (f"Zählernummer 1ESY116{DIGITS}, Zählerstand 12345 kWh", f"1ESY116{DIGITS}"),
}
DEVICES: Dict[str, Tuple[str, Any]] = {
    "possessive": (f"{NAME}'s iPhone", SURNAME),
    "french": (f"iPhone de {NAME}", SURNAME),
    "german": (f"Galaxy S24 von {NAME}", SURNAME),
    "apple id": (f"Apple ID: {MAIL}", [MAIL, "varnhaugen"]),
    "mac": (f"WLAN-MAC-Adresse: A4:83:E7:{DIGITS[:2]}:{DIGITS[2:4]}:{DIGITS[4:]}",
            f"A4:83:E7:{DIGITS[:2]}:{DIGITS[2:4]}:{DIGITS[4:]}"),
    "wan ip": ("Router WAN-IP: 87.123.72.93 (FRITZ!Box 7590 AX)", "87.123.72.93"),
    "serial trade-in": (f"Trade-in MacBook Air M1, serial C02F{DIGITS}Q6L", f"C02F{DIGITS}Q6L"),
}
ADDRESSES: Dict[str, Tuple[str, Any]] = {
    "uk": ("Supply address: 14 Quarnby Street, Leeds LS6 2AB", "Quarnby"),
    "de": ("Lieferstelle: Quarnbyweg 12, 10115 Berlin", "Quarnby"),
    "fr": ("Adresse de raccordement : 8 rue Quarnby, 69003 Lyon", "Quarnby"),
    "nl": (f"Aansluitadres: Quarnbylaan 12-2, {NL_POSTCODE} Amsterdam", "Quarnby"),
    "es": ("Dirección de suministro: C/ Quarnby 14, 3º B, 28013 Madrid", "Quarnby"),
    "it": ("Indirizzo di fornitura: Via Quarnby 7, 20121 Milano", "Quarnby"),
    "jp": ("設置先住所：東京都世田谷区太子堂2-7-29 クオーンビー荘101", "クオーンビー"),
}
DEBITS: Dict[str, Tuple[str, Any]] = {
    "uk sort code": (f"Direct Debit: sort code 40-47-84, account 72{DIGITS}", f"72{DIGITS}"),
    "mandate": (f"Mandatsreferenz STROM-{DIGITS}1802-01, Gläubiger-ID DE98ZZZ09999999999", f"{DIGITS}1802"),
    "iban nl": (f"Automatische incasso van {IBAN_NL}", IBAN_NL),
    "holder": (f"Kontoinhaber: {NAME}", SURNAME),
    "us routing": (f"AutoPay: routing 021000021, account 9{DIGITS}0", f"9{DIGITS}0"),
}


def cases() -> List[Case]:
    return [
        *rotated("iccid", ICCIDS, TEXT_PLACES, 2, put=_put),
        *rotated("imei", IMEIS, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("sim", SIMS, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("porting", PORTINGS, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("msisdn", MSISDNS, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("account", ACCOUNTS, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("meter", METERS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("device", DEVICES, TEXT_PLACES, 2, start=9, put=_put),
        *rotated("address", ADDRESSES, TEXT_PLACES, 2, start=15, put=_put),
        *rotated("debit", DEBITS, TEXT_PLACES, 2, start=21, put=_put),
        *url_cases(),
    ]


def url_cases() -> Iterator[Case]:
    urls: Dict[str, Tuple[str, Any]] = {
        "availability": (f"{SHOP}/broadband/availability?postcode=LS6%202AB&building=14&street=Quarnby%20Street"
                         "&result=fttp", "Quarnby"),
        "nl postcode": (f"{SHOP}/glasvezel/check?postcode={NL_POSTCODE.replace(' ', '')}&huisnummer=12"
                        "&toevoeging=2", "huisnummer=12"),
        "iccid activate": (f"{SHOP}/activate?iccid={ICCID_UK}&plan=SIMO-30D-100GB", ICCID_UK),
        "imei unlock": (f"{SHOP}/unlock/status?imei={IMEI}&model=A2633", IMEI),
        "mpan quote": (f"{SHOP}/switch/quote?mpan={MPAN}&tariff=E-1R-AGILE-24-10-01-C", MPAN),
        "account path": (f"{SHOP}/mein-konto/vertraege/{DIGITS}1802/rechnungen", f"{DIGITS}1802"),
        "device path": (f"{SHOP}/devices/{quote(NAME.replace(' ', '-'))}s-iPhone/settings", SURNAME),
    }
    return rotated("url", urls, URL_PLACES, 2, start=0, put=_put)


# --- the ordinary side -----------------------------------------------------------------------------------------------
HANDSET_EAN = gs1("019425310321")
GALAXY_EAN = gs1("880609573018")
PIXEL_EAN = gs1("084035308731")
SIM_PACK = gs1("0501234800729")
JAN = gs1("454999543395")
UPC = gs1("19594903684")
TEXTS = [
    "O2 Unlimited Max 5G SIM Only 24 Monate", "Vodafone GigaMobil M 5G (24 Monate)", "MagentaMobil L mit Smartphone",
    "EE SIM Only 100GB 24 months", "Free Forfait 5G 350 Go", "Orange Forfait 5G 200 Go", "Movistar miMovistar Total",
    "TIM Power Supreme 5G 300 Giga", "Odido Unlimited 5G", "Plus Abonament 5G L", "ahamo 20GB", "Vivo Controle 25GB",
    "Jio ₹299 plan: 2GB/day, 28 days", "T-Mobile Go5G Plus, 2 lines", "Apple iPhone 15 Pro 256GB Natural Titanium",
    "Samsung Galaxy S24 Ultra SM-S928B/DS 512GB Titanium Black", "Google Pixel 8a 128GB Obsidian",
    "AVM FRITZ!Box 7590 AX", "BT Smart Hub 2 (Type A)", "Livebox 7 Fibre",
    "Trade-in value £320 for iPhone 13 128GB (Good)",
    "Octopus Agile October 2024 v1", "Flexible Octopus December 2026", "E.ON Next Flex", "Ökostrom Kompakt 24",
    "EDF Tarif Bleu Option Base 6 kVA", "Iberdrola Plan Estable 24h", "Enel Luce Flex Monoraria",
    "Vattenfall Stroom 3 jaar vast", "Tauron Taryfa G11", "東京ガス ずっとも電気1", "Standing charge 53.35p/day",
    "Unit rate 24.50p/kWh, Economy 7", "FTTP 900/110 Mbit/s", "Glasfaser 1000 verfügbar in PLZ 10115",
    "5G available at postcode district LS6",
]
CODES = [
    HANDSET_EAN, f"EAN {GALAXY_EAN}", PIXEL_EAN, SIM_PACK, "MTV13ZD/A", "SM-S928BZKGEUB", "GA05769-GB", "A2848",
    "TAC 35209911", "20002998", "E-1R-AGILE-24-10-01-C", "G-1R-VAR-22-11-01-J", "AGILE-24-10-01",
    "SIMO-30D-100GB", "VF-GMM-24-5G", "EE-SIMO-100GB-24M", "Profile class 01, MTC 801, LLFC 100",
    "MCC 234 MNC 15", "PLMN 26201", "APN web.vodafone.de", "Band n78 3.5 GHz", "SMETS2 EDMI ES-10B",
    "Landis+Gyr E470 5424", "STORE-0421-LDS", "ORD-2026-558210", "ES-LUZ-2.0TD-24H", "DE98ZZZ09999999999",
    f"JAN {JAN}", "ST-BAS-24", "SKU-SIM-TRIO-PAYG", "01 801 100", f"UPC {UPC}", "HSN 85171300", "NCM 8517.13.00",
    "SIMO-12M-UNL-5G-TRIO",
]
URLS = [
    f"{SHOP}/handys/apple-iphone-15-pro-256gb?farbe=titan-natur", f"{SHOP}/tarife/gigamobil-m?laufzeit=24",
    f"{SHOP}/broadband/availability?postcode_district=LS6&result=fttp",
    f"{SHOP}/energie/strom/oekostrom-kompakt-24?verbrauch=2500", f"{SHOP}/esim/activate?device=iphone-15-pro",
    f"{SHOP}/trade-in/apple/iphone-13?condition=good&storage=128", f"{SHOP}/smart-meter/book?meter_type=SMETS2",
    f"{SHOP}/es/tarifas/fibra-600mb", f"{SHOP}/fr/forfaits/5g-350go?engagement=sans",
    f"{SHOP}/it/offerte/luce-gas?tipo=domestico", f"{SHOP}/nl/glasvezel/1-gbit", f"{SHOP}/pl/abonament/5g-l",
    f"{SHOP}/jp/plan/ahamo-20gb", f"{SHOP}/br/planos/controle-25gb", f"{SHOP}/in/prepaid/recharge?plan=299",
    f"{SHOP}/switch/quote?tariff=E-1R-AGILE-24-10-01-C&product=AGILE-24-10-01",
    f"{SHOP}/products/samsung-galaxy-s24-ultra-sm-s928b-ds-512gb", f"{SHOP}/routers/fritzbox-7590-ax?sku=20002998",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"telecom text": TEXTS, "telecom code": CODES, "telecom url": URLS},
                                  {"telecom text": TEXT_ORDINARY_PLACES, "telecom code": CODE_PLACES,
                                   "telecom url": URL_ORDINARY_PLACES}, _put)
