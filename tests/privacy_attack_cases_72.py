"""The seventy-second outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: utilities (electricity, gas, water, district heating, broadband
installations) and government and civic services (council tax, parking permits and fines, building permits, waste
collection, library cards, passports and ID renewals, vehicle registration, voter registration, benefits, court fees,
school admissions) in the UK, Ireland, Germany, Austria, France, Spain, Italy, the Netherlands, Belgium, Sweden,
Poland, Portugal, the US, Canada and Australia.

About 300 ordinary cases (tariff and product names, forms' names, offices' names, public holidays, waste types,
collection days, fees, post codes' districts alone, service pages, appointment slots, document checklists, promo
codes, in ten languages) must go out whole. About 150 personal cases put a household's or a citizen's own data in the
leaves the README maps (custom properties, product names and ids, page URL, path, referrer and title, search, custom
event names, under each data-minimisation setting): a supply address with its occupant, a meter point's number, an
account's number with its holder, a meter reading tied to an account, a tariff switch, a payment plan and its arrears,
a council tax reference, a PCN with its plate, a permit's holder and plate, a library card's number, a passport
appointment with a name and a date of birth, a benefit claim's reference, a voter's name and address, a citizen's tax
number, a building permit's applicant, a vehicle's keeper, a civic office's case reference, a broadband line's
account, order, location id and fibre terminal.

A bare meter point number (an MPAN, an MPRN, a Dutch or Belgian EAN, a Zählpunkt, a MaLo-ID, a CUPS, a CPE, a PDL,
a POD, an NMI, an ESI ID) is personal here: it names one household's supply for as long as the household lives
there, and every supplier, network and switching site looks the household up by it; the README lists metering points
among a home's supply "by its country's layout and check, in ids too". A check digit is computed by each scheme's
published rule below, so a detector that checks finds a valid number.

The markers: the made-up person `Odalyn Vardrequist` (a surname nobody has, looked for in any case) and the six
digits `583914` inside every number (looked for with separators squeezed out), or the whole number where its layout
splits them.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "72"
GIVEN, FAMILY = "Odalyn", "Vardrequist"
NAME = f"{GIVEN} {FAMILY}"
MARK = "583914"
PLATE = "LK19 XQV"
DOB = "12/03/1984"


# Check digits by each scheme's rule.
def gs1(body: str) -> str:
    """A GS1 number (an EAN-18 metering point: NL 871, BE 541, SE 735999, PL 590) with its check digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def mpan_core(body: str) -> str:
    """A 13-digit MPAN core: 12 digits and the check (prime weights, mod 11, mod 10)."""
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return body + str(sum(int(d) * p for d, p in zip(body, primes, strict=True)) % 11 % 10)


_CUPS_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def cups(country: str, digits: str) -> str:
    """A Spanish CUPS (or a Portuguese CPE, same control): the country, 16 digits, two control letters."""
    rest = int(digits) % 529
    return f"{country}{digits}{_CUPS_LETTERS[rest // 23]}{_CUPS_LETTERS[rest % 23]}"


def nmi(body: str) -> str:
    """An Australian NMI: ten characters and its checksum (ASCII values, every other from the right doubled)."""
    total = 0
    for index, ch in enumerate(reversed(body)):
        value = ord(ch) * (2 if index % 2 == 0 else 1)
        total += sum(int(d) for d in str(value))
    return body + str((10 - total % 10) % 10)


def steuer_id(body: str) -> str:
    """A German tax id (Steuer-IdNr): ten digits and the ISO 7064 MOD 11,10 check."""
    product = 10
    for d in body:
        total = (int(d) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return body + str(0 if check == 10 else check)


def bsn(body: str) -> str:
    """A Dutch BSN: eight digits and the digit passing the 11-test."""
    return next(body + last for last in "0123456789"
                if (sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) - int(last)) % 11 == 0)


def pesel(body: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10)


def nif_pt(body: str) -> str:
    rest = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return body + str(0 if rest < 2 else 11 - rest)


def nif_es(digits: str) -> str:
    return digits + _CUPS_LETTERS[int(digits) % 23]


def belgian_nn(body: str) -> str:
    """A Belgian national number (born before 2000): YYMMDD, a serial of three and 97 minus the rest mod 97."""
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{97 - int(body) % 97:02d}"


def ppsn(digits: str) -> str:
    rest = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True)) % 23
    return digits + "WABCDEFGHIJKLMNOPQRSTUV"[rest]


def tfn() -> str:
    """An Australian TFN holding the marker: weights 1 4 3 7 5 8 6 9 10, the sum a multiple of 11."""
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return next(f"{MARK}{a}{b}{c}" for a in "0123456789" for b in "0123456789" for c in "0123456789"
                if sum(int(d) * w for d, w in zip(f"{MARK}{a}{b}{c}", weights, strict=True)) % 11 == 0)


def austrian_svnr(serial: str, born: str) -> str:
    """An Austrian social insurance number: a serial of three, its check, the birth date DDMMYY."""
    weights = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    check = sum(int(d) * w for d, w in zip(serial + born, weights, strict=True)) % 11
    return f"{serial}{check} {born}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def codice_fiscale(body: str) -> str:
    total = 0
    for index, ch in enumerate(body):
        if index % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return body + chr(ord("A") + total % 26)


def french_spi(first_ten: str) -> str:
    """A French numéro fiscal (SPI): ten digits and the rest of their number mod 511 in three digits."""
    return f"{first_ten}{int(first_ten) % 511:03d}"


def malo(body: str) -> str:
    """A German market location id (MaLo-ID): ten digits and a check (odd places, even places doubled, mod 10)."""
    odd = sum(int(d) for d in body[0::2])
    even = sum(int(d) for d in body[1::2]) * 2
    return body + str((10 - (odd + even) % 10) % 10)


MPAN = mpan_core(f"214{MARK}027")
MPAN_PRINTED = f"S 01 801 100 {MPAN[:2]} {MPAN[2:6]} {MPAN[6:10]} {MPAN[10:]}"
EAN_NL = gs1(f"871687140{MARK}00")
EAN_BE = gs1(f"541448820{MARK}10")
EAN_SE = gs1(f"735999102{MARK}22")
EAN_PL = gs1(f"590322113{MARK}40")
ZP_DE = f"DE000562101150000000000000{MARK}1"
ZP_AT = f"AT001000010100000000000000{MARK}0"
MALO = malo(f"50{MARK}01")
CUPS = cups("ES", f"0031400{MARK}001")
CPE = cups("PT", f"0002000{MARK}123")
NMI = nmi(f"4103{MARK}")
LIBRARY = luhn_complete(f"2901000{MARK}")
STEUER_ID = steuer_id(f"27{MARK}00")
SPI = french_spi(f"30{MARK}12")
NIF_ES = nif_es(f"45{MARK}")
NIF_PT = nif_pt(f"2{MARK}0")
CF = codice_fiscale("VRDDLN84C52F205")
BSN = bsn(f"1{MARK}2")
BE_NN = belgian_nn(f"840312{MARK[:3]}")
SE_PNR = luhn_complete(f"840312{MARK[:3]}")
PESEL = pesel(f"840312{MARK[:4]}")
SIN = luhn_complete(f"{MARK}02")
TFN = tfn()
PPSN = ppsn(f"{MARK}0")
SVNR = austrian_svnr(MARK[:3], "120384")
assert len(MPAN) == 13 and len(EAN_NL) == 18 and len(ZP_DE) == 33 and len(ZP_AT) == 33 and len(CUPS) == 20
assert len(STEUER_ID) == 11 and len(SPI) == 13 and len(BSN) == 9 and len(PESEL) == 11 and len(TFN) == 9


def _v(value: str, *forms: str) -> Tuple[str, List[str]]:
    return value, list(forms)


# A home's supply: the point, the occupant, the account (family: supply).
SUPPLY: Dict[str, Tuple[str, List[str]]] = {
    "address occupier UK": _v(f"Supply address: 14 Marlpit Lane, Norwich NR5 8QZ – occupier {NAME}", FAMILY,
                              "Marlpit"),
    "Lieferstelle DE": _v(f"Lieferstelle: Lindenstraße 14, 10969 Berlin ({NAME})", FAMILY, "Lindenstra"),
    "adresse de consommation FR": _v(f"Adresse de consommation : 12 rue des Glycines, 69003 Lyon – Mme {NAME}",
                                     FAMILY, "Glycines"),
    "punto de suministro ES": _v(f"Punto de suministro: Calle Mayor 14, 3º B, 28013 Madrid – titular {NAME}", FAMILY,
                                 "Calle Mayor 14"),
    "fibre installation address": _v(f"Fibre installation: 22 Kestrel Way, Swindon SN5 7QR, contact {NAME}", FAMILY,
                                     "Kestrel"),
    "broadband engineer visit IE": _v(f"Broadband engineer visit for {NAME}, 7 Elm Grove, Dublin D08 XY28",
                                      FAMILY, "D08 XY28"),
    "Fernwärme Anschluss AT": _v(f"Fernwärme-Anschluss Wien, Kundin {NAME}, Zählpunkt {ZP_AT}", FAMILY, ZP_AT),
    "water account US": _v(f"Water service account {MARK}-01 – {NAME}, 742 Alder Court, Springfield, IL 62704",
                           FAMILY, MARK),
}

# Meter points, bare and labelled (family: meter).
METER: Dict[str, Tuple[str, List[str]]] = {
    "MPAN printed": _v(MPAN_PRINTED, MPAN),
    "MPAN core bare": _v(MPAN, MPAN),
    "MPAN label": _v(f"MPAN: {MPAN}", MPAN),
    "MPRN IE label": _v(f"MPRN 10{MARK}404", MARK),
    "MPRN UK gas label": _v(f"Gas MPRN: 7{MARK}205", MARK),
    "EAN NL bare": _v(EAN_NL, EAN_NL),
    "EAN-code NL label": _v(f"EAN-code elektriciteit: {EAN_NL}", EAN_NL),
    "EAN BE label": _v(f"Code EAN : {EAN_BE}", EAN_BE),
    "anläggnings-id SE": _v(f"Anläggnings-ID: {EAN_SE}", EAN_SE),
    "PPE PL": _v(f"Numer PPE: {EAN_PL}", EAN_PL),
    "Zählpunkt DE bare": _v(ZP_DE, ZP_DE),
    "MaLo-ID label": _v(f"MaLo-ID: {MALO}", MALO),
    "CUPS bare": _v(CUPS, CUPS),
    "CUPS label": _v(f"CUPS: {CUPS[:6]} {CUPS[6:10]} {CUPS[10:14]} {CUPS[14:18]} {CUPS[18:]}", MARK),
    "CPE PT": _v(f"Código CPE: {CPE}", CPE),
    "PDL FR": _v(f"Numéro PDL : 14{MARK}002736", MARK),
    "PRM Linky FR": _v(f"Mon PRM Linky : 0921{MARK}3308", MARK),
    "PCE gaz FR": _v(f"PCE : GI{MARK}", f"GI{MARK}"),
    "POD IT": _v(f"Codice POD: IT001E06{MARK}", f"E06{MARK}"),
    "PDR gas IT": _v(f"PDR 05{MARK}000123", MARK),
    "NMI AU": _v(f"NMI {NMI}", NMI),
    "ESI ID US": _v(f"ESI ID 1044372000{MARK}123", MARK),
    "meter serial DE": _v(f"Zählernummer 1ESY11{MARK}", f"1ESY11{MARK}"),
    "meter serial UK": _v(f"Meter serial number: E10BG{MARK}", f"E10BG{MARK}"),
}

# Accounts, readings, switches and arrears (family: account).
ACCOUNT: Dict[str, Tuple[str, List[str]]] = {
    "energy account UK": _v(f"Energy account A-2F{MARK} – {NAME}", FAMILY, MARK),
    "Vertragskonto DE": _v(f"Vertragskonto 80{MARK}0, Kundin {NAME}", FAMILY, MARK),
    "référence client FR": _v(f"Référence client EDF 6000{MARK} – Mme {FAMILY}", FAMILY, MARK),
    "cuenta ES": _v(f"Contrato de luz nº 1200{MARK} a nombre de {NAME}", FAMILY, MARK),
    "customer number dot": _v(f"Customer number {MARK} · {NAME}", FAMILY, MARK),
    "Hydro-Québec client CA": _v(f"Numéro de client Hydro-Québec : 6{MARK}012", MARK),
    "klantnummer NL": _v(f"Klantnummer Vattenfall: 20{MARK}", MARK),
    "kundnummer SE": _v(f"Kundnummer {MARK}7 – Ellevio", MARK),
    "numer klienta PL": _v(f"Numer klienta Tauron: 00{MARK}", MARK),
    "reading account UK": _v(f"Meter reading 04512 kWh submitted for account 9{MARK}027", MARK),
    "Zählerstand DE": _v(f"Zählerstand 12345,6 kWh – Kundennummer 71{MARK}", MARK),
    "lettura IT": _v(f"Lettura contatore 04512 mc – cliente n. {MARK} {FAMILY}", FAMILY, MARK),
    "meterstand NL": _v(f"Meterstand doorgegeven 12345 – {NAME}", FAMILY),
    "tariff switch UK": _v(f"Tariff switch confirmed for {NAME} – Fix 24 Green", FAMILY),
    "Tarifwechsel DE": _v(f"Tarifwechsel bestätigt: Ökostrom Fix 24 für {NAME}", FAMILY),
    "payment plan UK": _v(f"Payment plan £45/month towards arrears of £1,240 – account 8{MARK} – {NAME}",
                          FAMILY, MARK),
    "Ratenplan DE": _v(f"Ratenplan Nachzahlung 312,00 € – Vertragskonto 40{MARK}2", MARK),
    "échéancier FR": _v(f"Échéancier de paiement – dette 820 € – {NAME}", FAMILY),
    "direct debit mandate UK": _v(f"Direct Debit mandate reference OCT-{MARK}-VARD for {NAME}", FAMILY, MARK),
}

# Council tax, local property tax and rates (family: council).
COUNCIL: Dict[str, Tuple[str, List[str]]] = {
    "tax account band": _v(f"Council tax account 60{MARK} – Band D – {NAME}", FAMILY, MARK),
    "tax reference label": _v(f"Council Tax reference number: 400{MARK}7", MARK),
    "tax ref short": _v(f"CT ref {MARK}20", MARK),
    "LPT property id IE": _v(f"LPT Property ID: L{MARK}K", f"L{MARK}K"),
    "Grundsteuer DE": _v(f"Grundsteuerbescheid Kassenzeichen 5.{MARK}.7 – {NAME}", FAMILY, MARK),
    "taxe foncière FR": _v(f"Avis de taxe foncière – référence de l'avis 26 75 {MARK} 12", MARK),
    "water rates AU": _v(f"Rates notice assessment no. {MARK}3 – owner {NAME}", FAMILY, MARK),
}

# Parking fines with plates, permits and their holders (family: parking).
PARKING: Dict[str, Tuple[str, List[str]]] = {
    "PCN with plate": _v(f"PCN WK{MARK}72 issued to vehicle {PLATE}", MARK, PLATE),
    "PCN VRM label": _v(f"Penalty Charge Notice CE{MARK}7A, VRM: BD51 SMR", MARK, "BD51 SMR"),
    "Verwarnung DE": _v(f"Verwarnungsgeld Az. {MARK}/26, Kennzeichen B-OV 5839", MARK, "B-OV 5839"),
    "avis de contravention FR": _v(f"Avis de contravention n° 7{MARK}201, immatriculation AB-583-QZ", MARK,
                                   "AB-583-QZ"),
    "multa ES": _v(f"Multa expediente {MARK}/2026 matrícula 5839 KZT", MARK, "5839 KZT"),
    "verbale IT": _v(f"Verbale n. {MARK} targa AB583QZ", MARK, "AB583QZ"),
    "citation US": _v(f"Parking citation #1{MARK} plate 8ABC391 (CA)", MARK, "8ABC391"),
    "resident permit holder UK": _v(f"Resident parking permit – Zone E – holder {NAME}, {PLATE}", FAMILY,
                                    PLATE),
    "Bewohnerparkausweis DE": _v(f"Bewohnerparkausweis für {NAME}, Kennzeichen M-OV 5839", FAMILY, "M-OV 5839"),
    "carte résident FR": _v(f"Carte de stationnement résident : {NAME}", FAMILY),
    "blue badge UK": _v(f"Blue Badge {MARK} – {FAMILY}", FAMILY, MARK),
    "parkeervergunning NL": _v(f"Parkeervergunning bewoner {NAME}, kenteken 58-KZT-3", FAMILY, "58-KZT-3"),
}

# Libraries (family: library).
LIBRARY_CARDS: Dict[str, Tuple[str, List[str]]] = {
    "card bare label": _v(f"Library card {LIBRARY}", LIBRARY),
    "Bibliotheksausweis DE": _v(f"Bibliotheksausweis Nr. {MARK} – {NAME}", FAMILY, MARK),
    "carte bibliothèque FR": _v(f"Carte de bibliothèque n° 0{MARK}", MARK),
    "bibliotheekpas NL": _v(f"Bibliotheekpas 2108{MARK}", MARK),
    "card number US": _v(f"Library card number: 2123400{MARK}7", MARK),
    "lånekort SE": _v(f"Lånekort {MARK}11 – {NAME}", FAMILY, MARK),
}

# Passports, ID cards and civic office appointments (family: appointment).
APPOINTMENT: Dict[str, Tuple[str, List[str]]] = {
    "passport UK": _v(f"Passport appointment 14/01/2027 10:30 – {NAME}, born {DOB}", FAMILY, DOB),
    "Reisepass DE": _v(f"Termin Reisepass: {NAME}, geb. 12.03.1984, 15.01.2027 09:15", FAMILY, "12.03.1984"),
    "passeport FR": _v(f"Rendez-vous passeport : {NAME}, née le {DOB}", FAMILY, DOB),
    "cita DNI ES": _v(f"Cita DNI: {NAME}, fecha de nacimiento {DOB}", FAMILY, DOB),
    "CIE IT": _v(f"Appuntamento CIE – {NAME} nata il {DOB}", FAMILY, DOB),
    "Bürgeramt Vorgang DE": _v(f"Bürgeramt Mitte 14.01.2027 10:30 für {NAME}, Vorgangsnummer {MARK}", FAMILY, MARK),
    "paspoort NL": _v(f"Afspraak paspoort {NAME} (geboren 12-03-1984)", FAMILY, "12-03-1984"),
    "pass SE": _v(f"Passansökan: {NAME}, personnummer 19840312-{SE_PNR[6:]}", FAMILY, SE_PNR),
}

# Benefits and claims (family: benefit).
BENEFIT: Dict[str, Tuple[str, List[str]]] = {
    "Universal Credit ref": _v(f"Universal Credit claim ref UC{MARK}Q", f"UC{MARK}Q"),
    "Bürgergeld BG DE": _v(f"Bürgergeld BG-Nummer 98401//0{MARK}", MARK),
    "allocataire CAF FR": _v(f"Numéro allocataire CAF : {MARK}0", MARK),
    "Centrelink CRN AU": _v(f"Centrelink CRN {MARK[:3]} {MARK[3:]} 235A", MARK),
    "Child Benefit UK": _v(f"Child Benefit claim CHB{MARK}00 – {NAME}", FAMILY, MARK),
    "Kindergeld DE": _v(f"Kindergeldnummer 123FK{MARK} – {NAME}", FAMILY, MARK),
    "EI claim CA": _v(f"EI claim for {NAME}, access code {MARK}", FAMILY, MARK),
}

# Voters, school places, building permits, courts, vehicles, case files (family: civic).
CIVIC: Dict[str, Tuple[str, List[str]]] = {
    "electoral register UK": _v(f"Electoral register: {NAME}, 14 Marlpit Lane, Norwich NR5 8QZ", FAMILY, "Marlpit"),
    "Wählerverzeichnis DE": _v(f"Wählerverzeichnis: {NAME}, Lindenstraße 14, 10969 Berlin", FAMILY, "Lindenstra"),
    "voter registration US": _v(f"Voter registration: {NAME}, 742 Alder Court, Springfield, IL 62704", FAMILY,
                                "Alder Court"),
    "poll card elector": _v(f"Poll card no. {MARK} – elector {NAME}", FAMILY, MARK),
    "school admission": _v(f"School admission application {MARK} for pupil {NAME}, DOB 12/03/2016", FAMILY, MARK),
    "building permit applicant": _v(f"Building permit BP-2026-{MARK} – applicant {NAME}", FAMILY, MARK),
    "Bauantrag DE": _v(f"Bauantrag Az. 63-{MARK}/26 – Bauherrin {NAME}", FAMILY, MARK),
    "court fee claimant": _v(f"Court fee paid – claim no. K58Q3914 – claimant {NAME}", FAMILY, "K58Q3914"),
    "V5C keeper": _v(f"V5C document reference {MARK}02718 – keeper {NAME}", FAMILY, MARK),
    "Zulassung Halterin DE": _v(f"Zulassung: Fahrzeughalterin {NAME}, Kennzeichen B-OV 5839", FAMILY, "B-OV 5839"),
    "bulky waste booking": _v(f"Bulky waste collection booked for {NAME}, 14 Marlpit Lane", FAMILY, "Marlpit"),
    "case reference": _v(f"Your case reference: CR-{MARK}-OV – {NAME}", FAMILY, MARK),
    "Aktenzeichen Antragstellerin": _v(f"Aktenzeichen {MARK} – Antragstellerin {NAME}", FAMILY, MARK),
}

# A citizen's tax and national numbers (family: tax).
TAX: Dict[str, Tuple[str, List[str]]] = {
    "Steuer-IdNr DE": _v(f"Steuer-IdNr. {STEUER_ID}", STEUER_ID),
    "Steuer-IdNr bare": _v(STEUER_ID, STEUER_ID),
    "numéro fiscal FR": _v(f"Numéro fiscal : {SPI}", SPI),
    "UTR UK": _v(f"UTR {MARK[:5]} {MARK[5:]}0276", f"{MARK}0276"),
    "NINO UK": _v(f"National Insurance number: JT {MARK[:2]} {MARK[2:4]} {MARK[4:]} C", f"JT{MARK}C"),
    "NIF ES": _v(f"NIF {NIF_ES}", NIF_ES),
    "NIF PT": _v(f"NIF: {NIF_PT}", NIF_PT),
    "codice fiscale IT": _v(f"Codice fiscale {CF}", CF),
    "BSN NL": _v(f"BSN {BSN}", BSN),
    "rijksregisternummer BE": _v(f"Rijksregisternummer {BE_NN}", BE_NN),
    "PESEL PL": _v(f"PESEL {PESEL}", PESEL),
    "SIN CA": _v(f"SIN {SIN[:3]} {SIN[3:6]} {SIN[6:]}", SIN),
    "TFN AU": _v(f"TFN {TFN[:3]} {TFN[3:6]} {TFN[6:]}", TFN),
    "PPSN IE": _v(f"PPS number {PPSN}", PPSN),
    "SVNR AT": _v(f"SV-Nummer {SVNR}", SVNR.replace(" ", "")),
    "SSN US": _v(f"SSN {MARK[:3]}-{MARK[3:5]}-{MARK[5:]}021", f"{MARK}021"),
}

# Broadband and telephone lines at a home (family: telecom).
TELECOM: Dict[str, Tuple[str, List[str]]] = {
    "broadband account UK": _v(f"Broadband account BT{MARK}21 – installation for {NAME}", FAMILY, MARK),
    "Openreach order": _v(f"Openreach order ref 1-{MARK}2207, engineer visit Tue AM – {NAME}", FAMILY, MARK),
    "Glasfaser Vertragsnummer DE": _v(f"Glasfaser-Anschluss Vertragsnummer {MARK}0 – Kundin {NAME}", FAMILY, MARK),
    "référence PTO FR": _v(f"Référence prise (PTO) : FI-{MARK}-12 – abonné {NAME}", FAMILY, MARK),
    "NBN location id AU": _v(f"NBN location ID LOC000{MARK}21", f"LOC000{MARK}21"),
    "ONT serial": _v(f"ONT serial number: ALCL{MARK}F2", f"ALCL{MARK}F2"),
}

# Whole links of a household's or a citizen's own pages (family: link).
LINKS: Dict[str, Tuple[str, List[str]]] = {
    "energy readings path": _v(f"https://www.example-energy.co.uk/account/A-2F{MARK}/meters/{MPAN}/readings", MARK),
    "council tax account path": _v(f"https://www.leeds.example.gov.uk/council-tax/account/60{MARK}/bill", MARK),
    "pcn plate path": _v(f"https://parking.example.gov.uk/pcn/WK{MARK}72/LK19XQV/pay", MARK, "LK19XQV"),
    "library patron path": _v(f"https://library.example.org/patron/{LIBRARY}/loans", LIBRARY),
    "termin query name": _v(f"https://service.berlin.example.de/termin/bestaetigung?name={GIVEN}+{FAMILY}"
                            f"&vorgang={MARK}", FAMILY),
    "cups query": _v(f"https://www.example-distribuidora.es/consumos?cups={CUPS}", CUPS),
    "voter lookup query": _v(f"https://vote.example.gov/lookup?first={GIVEN}&last={FAMILY}&dob=1984-03-12", FAMILY),
    "permit holder slug": _v(f"https://permits.example.gov.uk/resident/{GIVEN.lower()}-{FAMILY.lower()}/lk19xqv",
                             FAMILY),
}

# Keys a council's or a supplier's site writes, each holding the person's value (family: key).
KEYS: Dict[str, str] = {
    "mpan": MPAN,
    "meter_point_reference": f"10{MARK}404",
    "zaehlpunkt": ZP_DE,
    "council_tax_ref": f"400{MARK}7",
    "pcn_vrm": PLATE,
    "permit_holder": NAME,
    "library_card_number": LIBRARY,
    "steuer_id": STEUER_ID,
    "numero_fiscal": SPI,
    "voter_name": NAME,
    "claimant": NAME,
    "kundennummer": f"71{MARK}",
}
_KEY_FORMS = {"pcn_vrm": PLATE}


def _key_cases() -> Iterator[Case]:
    for index, (key, value) in enumerate(KEYS.items()):
        form = _KEY_FORMS.get(key, FAMILY if FAMILY in value else value)
        where = ["custom property", "page property", "user event property", "listed custom property"][index % 4]
        properties = {key: value, "service": "civic"}
        settings: Dict[str, str] = {"meta_custom_data": key} if where == "listed custom property" else {}
        if where == "page property":
            overrides: Dict[str, Any] = {"properties": properties}
            kind = "page"
        elif where == "user event property":
            overrides, kind = {"user_properties": properties}, "user"
        else:
            overrides, kind = {"properties": properties, "settings": settings}, "track"
        yield (f"key {key}: {where}", kind, overrides, [form])


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def cases() -> List[Case]:
    """The personal cases: each value in one leaf (a link in two of the URL leaves), rotated so every leaf the
    README maps is used three times, and the keys."""
    out: List[Case] = []
    start = 0
    for family, table in (("supply", SUPPLY), ("meter", METER), ("account", ACCOUNT), ("council", COUNCIL),
                          ("parking", PARKING), ("library", LIBRARY_CARDS), ("appointment", APPOINTMENT),
                          ("benefit", BENEFIT), ("civic", CIVIC), ("tax", TAX), ("telecom", TELECOM)):
        out += rotated(family, table, TEXT_PLACES, 1, start=start, put=_put)
        start += len(table)
    out += rotated("link", LINKS, URL_PLACES, 2, put=_put)
    out += _key_cases()
    return out


# The ordinary side: what utilities' and councils' pages send that names no one. family: values
ORDINARY: Dict[str, List[str]] = {
    "tariffs": ["Fix 24 Green – 12 months", "Flexible Octopus", "Agile Octopus April 2025 v1", "Ökostrom Fix 24",
                "Tarif Bleu – option Base 6 kVA", "Tempo – jours rouges", "Tarifa PVPC 2.0TD",
                "Plan Estable 12 meses", "Offerta Luce Fissa 12 mesi", "Vast 3 jaar Groene Stroom",
                "Fast pris 1 år", "Taryfa G11", "Tarifa bi-horária", "Economy 7", "Single rate 24.50p/kWh",
                "Standing charge 53.35p per day", "Fibre 500 – 24 month contract",
                "Glasfaser 1000 – Installation inklusive", "Fibre 2 Gb/s – frais de mise en service offerts",
                "Fernwärme Grundpreis 2026"],
    "forms": ["Form V5C", "Cerfa 13750", "Cerfa n°12100*03", "Form P60", "Modelo 030", "Formulaire 2042",
              "Form DS-82", "Form N-400", "Form SA100", "Anlage N", "Modello F24", "Form W-9", "Form V62",
              "Antrag auf Wohngeld (Formular WoG 1)"],
    "offices": ["Bürgeramt Mitte – Rathaus Tiergarten", "Mairie du 11e arrondissement",
                "Ayuntamiento de Madrid – OAC Chamberí", "Comune di Milano – Anagrafe Centrale", "Stadskantoor Utrecht",
                "Hôtel de Ville de Bruxelles", "Skatteverket servicekontor Göteborg",
                "Urząd Miasta Krakowa – Wydział Spraw Obywatelskich", "Loja do Cidadão Laranjeiras",
                "DMV Sacramento Field Office", "Service Canada Centre – Ottawa", "Service NSW Centre Parramatta",
                "Leeds City Council – Merrion House", "Dublin City Council Civic Offices", "Magistrat Wien – MA 35"],
    "holidays": ["Tag der Deutschen Einheit – Bürgeramt geschlossen", "14 juillet : collecte décalée au lendemain",
                 "Día de la Hispanidad", "Festa della Repubblica", "Koningsdag", "Midsommarafton",
                 "Święto Niepodległości", "Dia de Portugal", "Thanksgiving Day closures", "Canada Day",
                 "Australia Day", "Bank Holiday Monday collections", "St Patrick's Day"],
    "waste": ["Restmüll", "Gelber Sack", "Biotonne", "Encombrants", "Verre", "Residuos orgánicos",
              "Raccolta differenziata – umido", "GFT-afval", "Matavfall", "Odpady bio",
              "Garden waste subscription 2026/27", "Recycling – blue bin", "Bulky waste collection"],
    "collection days": ["Collection day: Tuesday (fortnightly)", "Abfuhrtermin: Donnerstag, 14-täglich",
                        "Collecte le mardi et le vendredi", "Recogida: lunes, miércoles y viernes", "Ritiro: giovedì",
                        "Ophaaldag: woensdag", "Tömning varannan vecka", "Wywóz: co drugi poniedziałek"],
    "fees": ["Parking permit £95 per year", "Passport renewal fee £88.50", "Bewohnerparkausweis 30,70 € pro Jahr",
             "Timbre fiscal 86 €", "Tasa DNI 12,00 €", "Carta d'identità elettronica 22,21 €",
             "Leges paspoort €82,25", "Passavgift 400 kr", "Opłata paszportowa 140 zł", "Court fee £332",
             "Building permit fee $1,250", "Library late fee 20p per day", "Grundgebühr Wasser 9,80 €/Monat"],
    "districts": ["Deliveries to LS6", "Covered area: D08, D12", "Secteur 75011", "Zona 28013 centro",
                  "Bezirk 1010", "Service area NR5", "Postnummerområde 413"],
    "service pages": ["Find your bin day", "Apply for a resident parking permit", "Renew your passport online",
                      "Pay a Penalty Charge Notice", "Council Tax bands explained", "Submit a meter reading",
                      "Zählerstand melden", "Transmettre mon index", "Comunicar la lectura del contador",
                      "Autolettura contatore", "Meterstanden doorgeven", "Register to vote"],
    "slots": ["Slot 09:30–09:45", "Termin 14:15 Uhr", "Créneau 10h30", "Cita 11:00", "Ore 15:20",
              "Tijdslot 08:45", "Tid 13:10", "Godzina 12:00"],
    "checklists": ["Bring: proof of address, passport photo, old passport",
                   "Mitbringen: Personalausweis, Meldebescheinigung, biometrisches Foto",
                   "Pièces à fournir : justificatif de domicile de moins de 3 mois",
                   "Documentación: DNI original y fotografía", "Documenti: vecchio passaporto e due fototessere",
                   "Meenemen: oude paspoort en pasfoto"],
    "promo codes": ["SWITCH50", "WINTER2026", "REFERRAL-50", "FIBRE100", "GREEN12", "MOVEIN25", "BIN-BUNDLE",
                    "NEWHOME10"],
    "notices": ["Council Tax Band D £2,171.20 for 2026/27", "Polling station: St Mark's Church Hall",
                "Wahllokal: Grundschule am Park", "Permit zone CPZ-K", "Octopus Go 8.5p 00:30–05:30",
                "Opening hours Mon–Fri 09:00–17:00", "Passport Fast Track – 1 week",
                "Nächster Abfuhrtermin: 09.12.2026", "Bureau de vote n° 12 – École Jules Ferry", "Meter type: SMETS2",
                "Form D1 – driving licence application"],
}
_TEXT = ["custom property", "page title"]
PLACES: Dict[str, List[str]] = {
    "tariffs": ["product name", "content name"],
    "forms": ["page title", "content category"],
    "offices": _TEXT,
    "holidays": ["page title", "status"],
    "waste": ["product category", "search string"],
    "collection days": ["custom property", "product variant"],
    "fees": ["product name", "custom property"],
    "districts": ["custom property", "search string"],
    "service pages": ["page name", "custom property"],
    "slots": ["product variant", "page title"],
    "checklists": _TEXT,
    "promo codes": ["search string", "order id"],
    "notices": ["page title", "custom property"],
}
ORDINARY_URLS = [
    "https://www.gov.uk/vehicle-log-book", "https://www.gov.uk/renew-adult-passport",
    "https://www.service-public.fr/particuliers/vosdroits/F1342", "https://service.berlin.de/dienstleistung/120686/",
    "https://www.comune.milano.it/servizi/carta-d-identita-elettronica",
    "https://www.rijksoverheid.nl/onderwerpen/paspoort-en-identiteitskaart",
    "https://www.skatteverket.se/privat/deklaration", "https://www.gov.pl/web/gov/uzyskaj-paszport",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html",
    "https://www.servicesaustralia.gov.au/centrelink", "https://octopus.energy/smart/agile/",
    "https://www.leeds.gov.uk/bins-and-recycling/bin-collection-days?area=LS6&week=2",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, PLACES, _put)
    for url in ORDINARY_URLS:
        yield (f"urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"urls as referrer: {url}", "page", {"referrer": url}, url)

