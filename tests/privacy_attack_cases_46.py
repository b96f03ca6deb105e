"""The forty-sixth outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") only, without reading the gate's code nor
the earlier attacks' cases: the families the last two attacks (mail, phone, IP and fbc keys and values) did not
touch, as values in every leaf the README maps, under each `meta_custom_data` and `meta_url_query` setting. Postal
addresses in free text laid out as a dozen countries write them; a person's name after a label, a salutation, a
greeting, a recipient's phrase or in a signature, in many languages; national ids with their check digits, passport
numbers and birth dates after a label; payment cards and IBANs; the visitor's own identity (its properties and ids)
echoed changed in another field; and a personal value in a shape a shop's tooling writes (CSV, a query string, JSON,
HTML cells, vCard, iCalendar, Markdown, an email header block). The national ids and cards written bare go once more
into a leaf written as an id (order id, event id, a product's or a content's id). The same fields holding nothing
personal (`Abbey Road vinyl`, `5th Avenue handbag`, order numbers, SKUs, versions, sizes, colour codes, hashes) must
go out.

Each family has its own made-up markers (`Morvendash` in the addresses, `Quildersen` and `Ottavine` in the names,
`Stoyvik` and `u_7Q4MX2WK91` for the visitor, `Brennaquist` in the tooling's shapes) or numbers computed with their
check digit, so a leak is found by its marker anywhere in the request, and a number by its digits through any
separator.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import _aadhaar, iban, luhn_complete
from privacy_attack_cases_36 import TEXT_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
Table = Dict[str, Tuple[str, Any]]

# Attack 36's leaves and their rotation, the ids beside a value tagged 46 (`ART-46`).
place = partial(place_tagged, tag="46")
rotated = partial(rotated_tagged, tag="46")


# --- postal addresses in free text, by country's layout (marker: the street or district `Morvendash`)
A = "Morvendash"
ADDRESSES: Table = {
    "UK one line with postcode": (f"17 {A} Road, London SW1A 1AA", A),
    "UK flat several lines": (f"Flat 3B, 22 {A} Gardens\nLondon\nN1 9GU", A),
    "UK street word first in English by a foreign shop": (f"{A} Street 17, London", A),
    "UK abbreviated St.": (f"22 {A} St., Manchester M1 4BT", A),
    "UK PO box": (f"PO Box 512, {A}, Leeds LS1 4AP", A),
    "US apartment and zip": (f"1420 {A} Ave, Apt 5C, Brooklyn, NY 11201", A),
    "US suite several lines": (f"88 {A} Blvd.\nSuite 200\nAustin, TX 78701", A),
    "US without zip": (f"500 N {A} Dr, Springfield, IL", A),
    "US PO box": (f"P.O. Box 7731, {A}, OR 97201", A),
    "DE strasse with postcode": (f"{A}straße 12, 10115 Berlin", A),
    "DE str. two lines": (f"{A}str. 12a\n80331 München", A),
    "DE weg with floor": (f"{A}weg 4, 3. OG links, 50667 Köln", A),
    "DE am without postcode": (f"Am {A} 7, Hamburg", A),
    "DE in English by a German shop": (f"{A} Str. 5, 04109 Leipzig, Germany", A),
    "FR rue with postcode": (f"12 rue {A}, 75011 Paris", A),
    "FR bis avenue two lines": (f"12 bis, avenue de {A}\n69002 Lyon", A),
    "FR building floor bd": (f"Bât. B, 3e étage, 8 bd {A}, 13001 Marseille", A),
    "FR BP and allee": (f"BP 4471, 12 allée {A}, 31000 Toulouse", A),
    "ES calle piso": (f"Calle {A} 14, 3º 2ª, 28013 Madrid", A),
    "ES C/ abbreviated": (f"C/ {A}, 14, 08001 Barcelona", A),
    "ES Av. without postcode": (f"Av. de {A} 45, Sevilla", A),
    "IT via with province": (f"Via {A} 23, 20121 Milano MI", A),
    "IT viale interno": (f"V.le {A} 5, int. 7, 00185 Roma", A),
    "IT piazza": (f"Piazza {A} 2, 50122 Firenze", A),
    "NL straat postcode": (f"{A}straat 41, 1012 AB Amsterdam", A),
    "NL weg floor two lines": (f"{A}weg 8-II\n3011 BN Rotterdam", A),
    "PL ul. flat": (f"ul. {A}a 12/4, 00-001 Warszawa", A),
    "PL al. mieszkanie": (f"al. {A}a 7 m. 15, 31-001 Kraków", A),
    "SE gatan": (f"{A}gatan 12, 114 55 Stockholm", A),
    "SE vagen lgh": (f"{A}vägen 3 lgh 1102, 412 63 Göteborg", A),
    "JP romanized chome": (f"3-14-7 {A}, Minato-ku, Tokyo 105-0011", A),
    "JP romanized mansion": (f"{A} Mansion 402, 2-5-1 Ebisu, Shibuya-ku, Tokyo", A),
    "BR rua apto CEP": (f"Rua {A}, 145, apto 32, São Paulo - SP, 01310-100", A),
    "BR avenida bloco": (f"Av. {A} 1500, Bloco B, Rio de Janeiro - RJ", A),
    "IN flat nagar PIN": (f"Flat 12, {A} Apartments, MG Road, Bengaluru 560001", A),
    "IN house number": (f"H.No. 4-12, {A} Nagar, Hyderabad, Telangana 500034", A),
    "AU unit NSW": (f"Unit 5, 17 {A} St, Surry Hills NSW 2010", A),
    "AU PO box QLD": (f"PO Box 882, {A} QLD 4000", A),
    "CA ON postcode": (f"221 {A} Ave, Toronto, ON M5V 2T6", A),
    "CA QC French": (f"4400 rue {A}, Montréal (QC) H2X 1Y4", A),
    "CA BC without postcode": (f"1200 {A} Rd, Vancouver, BC", A),
    "EN shipping address label": (f"Shipping address: 17 {A} Road, Leeds", A),
    "DE lieferadresse label": (f"Lieferadresse: {A}str. 5, Köln", A),
    "EN street line alone": (f"17 {A} Road", A),
}

# --- a person's name after a label, a salutation, a greeting or in a signature (marker: `Quildersen`)
N, G = "Quildersen", "Ottavine"
NAMES: Table = {
    "EN dear full name": (f"Dear {G} {N},", N),
    "EN dear Ms": (f"Dear Ms {N},", N),
    "DE sehr geehrte Frau": (f"Sehr geehrte Frau {N},", N),
    "DE sehr geehrter Herr full name": (f"Sehr geehrter Herr {G} {N}", N),
    "DE hallo": (f"Hallo {G} {N}!", N),
    "FR bonjour Madame": (f"Bonjour Madame {N},", N),
    "FR chere": (f"Chère {G} {N},", N),
    "ES estimada Sra.": (f"Estimada Sra. {N}:", N),
    "IT gentile Sig.ra": (f"Gentile Sig.ra {N},", N),
    "NL beste mevrouw": (f"Beste mevrouw {N},", N),
    "PL szanowna Pani": (f"Szanowna Pani {G} {N},", N),
    "SV hej": (f"Hej {G} {N}!", N),
    "PT ola": (f"Olá, {G} {N}", N),
    "EN ship to": (f"Ship to: {G} {N}", N),
    "EN recipient": (f"Recipient: {G} {N}", N),
    "EN deliver to": (f"Deliver to {G} {N}", N),
    "DE versand an": (f"Versand an: {G} {N}", N),
    "FR destinataire": (f"Destinataire : {G} {N}", N),
    "ES a la atencion de": (f"A la atención de {G} {N}", N),
    "EN attn": (f"Attn: {G} {N}", N),
    "EN c/o": (f"c/o {G} {N}", N),
    "EN best regards signature": (f"Best regards,\n{G} {N}", N),
    "DE mfg signature": (f"Mit freundlichen Grüßen\n{G} {N}", N),
    "FR cordialement signature": (f"Cordialement,\n{G} {N}", N),
    "ES saludos signature": (f"Saludos,\n{G} {N}", N),
    "EN cheers one line": (f"Cheers, {G} {N}", N),
    "EN gift message love": (f"Gift message: Happy birthday Mum! Love, {G} {N}", N),
    "DE gift message fuer": (f"Geschenknachricht: Für {G} {N} – alles Liebe!", N),
    "EN review by": (f"Review by {G} {N}: 5 stars, great fit", N),
    "EN review dash verified buyer": (f"Great shoes! – {G} {N}, verified buyer", N),
    "EN my name is": (f"Hi, my name is {G} {N} and I need a bigger size", N),
    "DE ich heisse": (f"Ich heiße {G} {N}", N),
    "FR je m'appelle": (f"Je m'appelle {G} {N}", N),
    "IT mi chiamo": (f"Mi chiamo {G} {N}", N),
    "EN customer surname first upper": (f"Customer: {N.upper()}, {G}", N),
    "EN name initial": (f"Name: O. {N}", N),
    "EN full name lower case": (f"Full name: {G.lower()} {N.lower()}", N),
    "DE kontoinhaber": (f"Kontoinhaber: {G} {N}", N),
    "FR titulaire": (f"Nom du titulaire : {G} {N}", N),
    "JP romanized sama": (f"Okurisaki: {N} {G} sama", N),
    "EN order note name": (f"Order note: leave at the door please. {G} {N}", N),
    "EN honorific alone": (f"Mrs. {G} {N}", N),
    "EN full name alone": (f"{G} {N}", N),
}


# --- national ids with their check digits, passports and birth dates after a label (numbers computed)
def _steuer_id(body: str) -> str:  # ISO 7064 MOD 11,10 over 10 digits
    product = 10
    for digit in body:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return body + str((11 - product) % 10)


def _nir(body: str) -> str:
    return body + f"{97 - int(body) % 97:02d}"


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _codice_fiscale(body: str) -> str:
    total = sum(_CF_ODD[ch] if index % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for index, ch in enumerate(body))
    return body + chr(65 + total % 26)


def _bsn(body: str) -> str:
    partial_sum = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    return next(body + str(last) for last in range(10) if (partial_sum - last) % 11 == 0)


def _pesel(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def _cpf(body: str) -> str:
    digits = [int(d) for d in body]
    for size in (10, 11):
        digits.append(sum(d * w for d, w in zip(digits, range(size, 1, -1), strict=True)) * 10 % 11 % 10)
    return "".join(map(str, digits))


STEUER = _steuer_id("8609574271")          # one digit twice, as the Steuer-ID's rule wants
NIR = _nir("2860475114471")                # a woman born in April 1986 in Paris
DNI = _dni("47382915")
NIE = "Y" + _dni("14738291")[1:]           # Y counts as 1 in the check
CF = _codice_fiscale("VLNCRS86D63F205")
BSN = _bsn("47192836")
RRN_BODY = "860423447"
RRN = f"86.04.23-447.{97 - int(RRN_BODY) % 97:02d}"
PESEL = _pesel("8604234713")
PNR = luhn_complete("860423447")
AADHAAR = _aadhaar("47192836547")
CPF = _cpf("384729156")
GOV: Table = {
    "DE steuer-id label": (f"Steuer-ID: {STEUER[:2]} {STEUER[2:5]} {STEUER[5:8]} {STEUER[8:]}", STEUER),
    "DE steuer-id bare in text": (f"Lohnsteuer Nachweis {STEUER}", STEUER),
    "FR NIR spaced": (f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}", NIR),
    "FR NIR label compact": (f"N° de sécurité sociale : {NIR}", NIR),
    "ES DNI bare": (DNI, DNI[:8]),
    "ES DNI label dashed": (f"DNI: {DNI[:8]}-{DNI[8]}", DNI[:8]),
    "ES NIE": (f"NIE {NIE[0]}-{NIE[1:8]}-{NIE[8]}", NIE[1:8]),
    "IT codice fiscale bare": (CF, CF),
    "IT codice fiscale label lower": (f"codice fiscale: {CF.lower()}", CF),
    "NL BSN label": (f"BSN: {BSN}", BSN),
    "NL BSN dotted": (f"burgerservicenummer {BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", BSN),
    "BE rijksregister dotted": (RRN, RRN_BODY),
    "BE numero national label": (f"Numéro national : {RRN.replace('.', '').replace('-', '')}", RRN_BODY),
    "PL PESEL bare": (PESEL, PESEL),
    "PL PESEL label": (f"PESEL: {PESEL}", PESEL),
    "SE personnummer dashed": (f"{PNR[:6]}-{PNR[6:]}", PNR),
    "SE personnummer twelve digits": (f"Personnummer 19{PNR[:6]}-{PNR[6:]}", PNR),
    "UK NINO spaced": ("JT 48 27 93 C", "482793"),
    "UK NINO compact label": ("NI number: JT482793C", "JT482793C"),
    "US SSN dashed": ("532-71-4968", "532714968"),
    "US SSN label spaced": ("SSN 532 71 4968", "532714968"),
    "IN Aadhaar spaced": (AADHAAR, AADHAAR.replace(" ", "")),
    "IN Aadhaar label compact": (f"Aadhaar No. {AADHAAR.replace(' ', '')}", AADHAAR.replace(" ", "")),
    "IN PAN label": ("PAN: BQKPM4471K", "BQKPM4471K"),
    "BR CPF dotted": (f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}", CPF),
    "BR CPF label compact": (f"CPF {CPF}", CPF),
    "EN passport label": ("Passport No: C7KTRVH42", "C7KTRVH42"),
    "DE reisepass label": ("Reisepass-Nr.: CF4K7RT93", "CF4K7RT93"),
    "FR passeport label": ("N° de passeport : 18AV42517", "18AV42517"),
    "ES pasaporte label": ("Pasaporte: PAA472913", "PAA472913"),
    "EN DOB slash": ("DOB: 14/03/1987", "14/03/1987"),
    "EN date of birth long": ("Date of birth: March 15, 1987", "March 15, 1987"),
    "FR ne le": ("né le 16 mars 1987", "16 mars 1987"),
    "DE geb.": ("geb. 17.03.1987", "17.03.1987"),
    "ES fecha de nacimiento": ("Fecha de nacimiento: 18-03-1987", "18-03-1987"),
    "IT data di nascita": ("data di nascita 19/03/1987", "19/03/1987"),
    "NL geboortedatum": ("Geboortedatum: 20-03-1987", "20-03-1987"),
    "PL data urodzenia": ("Data urodzenia: 21.03.1987", "21.03.1987"),
    "SV fodd": ("född 1987-03-22", "1987-03-22"),
    "EN D.O.B. ISO": ("D.O.B. 1987/03/23", "1987/03/23"),
}


# --- payment cards and IBANs (numbers computed with their check)
VISA = luhn_complete("492913845762837")
MASTER = luhn_complete("545762190384172")
MC2 = luhn_complete("222184736291047")
AMEX = luhn_complete("37428193047261")
DISCOVER = luhn_complete("601174829301746")
JCB = luhn_complete("353847192036485")
MAESTRO = luhn_complete("675912384756102938")
IBAN_DE = iban("DE", "500105174471928365")
IBAN_FR = iban("FR", "30004" "00831" "00012894471" "95")  # bank, branch, account, RIB key (97 - 89b-15g-3a mod 97)
IBAN_ES = iban("ES", "21003847190200447163")
IBAN_IT = iban("IT", "K0306909606100000447128")
IBAN_NL = iban("NL", "RABO0447192836")
IBAN_PL = iban("PL", "114020040000310244719283")
IBAN_SE = iban("SE", "60000000000447192836")
IBAN_GB = iban("GB", "BARC20038544719283")
BE_BODY = "0634471928"
IBAN_BE = iban("BE", BE_BODY + f"{int(BE_BODY) % 97 or 97:02d}")


def _groups(text: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(text[i:i + size] for i in range(0, len(text), size))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


PAYMENT: Table = {
    "card Visa spaced": (_groups(VISA), VISA),
    "card Visa dashed": (_groups(VISA, sep="-"), VISA),
    "card Visa compact in a sentence": (f"Paid with card {VISA}, thanks", VISA),
    "card Mastercard label": (f"Card number: {_groups(MASTER)}", MASTER),
    "card Mastercard 2-series compact": (MC2, MC2),
    "card Amex 4-6-5": (f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}", AMEX),
    "card Discover dotted": (_groups(DISCOVER, sep="."), DISCOVER),
    "card JCB with expiry and CVV": (f"{JCB} 12/28 CVV 123", JCB),
    "card Maestro 19 digits": (_groups(MAESTRO), MAESTRO),
    "card Visa masked two digits": (f"{VISA[:4]} {VISA[4:8]} {VISA[8:10]}** {VISA[12:]}", VISA[:10]),
    "card Visa masked middle four": (f"{VISA[:6]}****{VISA[10:]}", [VISA[:6], VISA[10:]]),
    "IBAN DE spaced": (_groups(IBAN_DE), _digits(IBAN_DE[4:])),
    "IBAN DE compact lower": (IBAN_DE.lower(), _digits(IBAN_DE[4:])),
    "IBAN DE label": (f"IBAN: {IBAN_DE}", _digits(IBAN_DE[4:])),
    "IBAN FR spaced": (_groups(IBAN_FR), _digits(IBAN_FR[4:])),
    "IBAN ES dashed": (_groups(IBAN_ES, sep="-"), _digits(IBAN_ES[4:])),
    "IBAN IT with a letter": (_groups(IBAN_IT), _digits(IBAN_IT[5:])),
    "IBAN NL bank code": (IBAN_NL, _digits(IBAN_NL[8:])),
    "IBAN NL spaced lower": (_groups(IBAN_NL).lower(), _digits(IBAN_NL[8:])),
    "IBAN PL spaced": (_groups(IBAN_PL), _digits(IBAN_PL[4:])),
    "IBAN SE compact": (IBAN_SE, _digits(IBAN_SE[4:])),
    "IBAN GB sort code": (_groups(IBAN_GB), _digits(IBAN_GB[8:])),
    "IBAN BE spaced": (_groups(IBAN_BE), _digits(IBAN_BE[4:])),
    "IBAN DE bank details line": (f"Kontoinhaber siehe oben, IBAN {IBAN_DE}, BIC COBADEFFXXX", _digits(IBAN_DE[4:])),
    "IBAN FR virement": (f"Virement sur {_groups(IBAN_FR)}", _digits(IBAN_FR[4:])),
}


# --- the visitor's own identity echoed, changed, in another field (marker: `Stoyvik`, `u_7Q4MX2WK91`)
E_MAIL = "harnell.stoyvik@example.org"
E_USER = "u_7Q4MX2WK91"
E_ANON = "anon-5f3e9c2a71b8d"
E_VISITOR = {"email": E_MAIL, "phone": "+44 7700 936482", "first_name": "Harnell", "last_name": "Stoyvik",
             "city": "Wexbridge", "zip": "KT19 8QX", "date_of_birth": "1986-04-23"}


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


ECHOES: Table = {
    "email local part": ("harnell.stoyvik", "harnell.stoyvik"),
    "email upper case": (E_MAIL.upper(), "stoyvik"),
    "email md5": (_md5(E_MAIL), _md5(E_MAIL)),
    "email sha1": (_sha1(E_MAIL), _sha1(E_MAIL)),
    "email base64": (_b64(E_MAIL), _b64(E_MAIL)),
    "email reversed": (E_MAIL[::-1], "kivyots"),
    "user id upper case": (E_USER.upper(), E_USER),
    "user id spaced": ("u_7Q4 MX2W K91", "7Q4 MX2W K91"),
    "user id without underscore": ("u7Q4MX2WK91", "7Q4MX2WK91"),
    "user id in a path": (f"/account/{E_USER}/orders", E_USER),
    "user id md5": (_md5(E_USER), _md5(E_USER)),
    "user id sha1": (_sha1(E_USER), _sha1(E_USER)),
    "user id base64": (_b64(E_USER), _b64(E_USER)),
    "user id reversed": (E_USER[::-1], E_USER[::-1]),
    "anonymous id in text": (f"session of {E_ANON}", E_ANON),
    "anonymous id without dashes": (E_ANON.replace("-", ""), "5f3e9c2a71b8d"),
    "phone national compact": ("07700936482", "7700936482"),
    "phone grouped otherwise": ("077 009 364 82", "7700936482"),
    "name surname first": ("Stoyvik, Harnell", "Stoyvik"),
    "name slug": ("harnell-stoyvik", "stoyvik"),
    "name camel case": ("HarnellStoyvik", "Stoyvik"),
    "name initial and surname": ("H. Stoyvik", "Stoyvik"),
    "name username": ("hstoyvik86", "stoyvik"),
    "zip compact": ("KT198QX", "KT198QX"),
    "zip lower case": ("kt19 8qx", "kt19 8qx"),
    "dob other layout": ("23/04/1986", "23/04/1986"),
    "dob compact": ("19860423", "19860423"),
    "city alone": ("Wexbridge", "Wexbridge"),
}


def echo_place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A leaf of the payload, the event's visitor carrying the identity the value echoes."""
    kind, overrides = place(where, value)
    return kind, {**overrides, "visitor": E_VISITOR, "user_id": E_USER, "anonymous_id": E_ANON}


# --- personal values in the shapes a shop's tooling writes (marker: `Brennaquist`)
T, TG = "Brennaquist", "Tovra"
T_MAIL = "tovra.brennaquist@example.net"
SHAPES: Table = {
    "CSV line with mail": (f"{TG},{T},{T_MAIL},+33 6 48 27 91 53", T),
    "CSV header and row": (f"first_name,last_name,city\n{TG},{T},Lyon", T),
    "CSV order row with name": (f"ORD-1,{TG} {T},2 items,39.90", T),
    "semicolon CSV with street": (f"4471;{TG} {T};27 {T} Lane;Leeds;LS1 4AP", T),
    "TSV row": (f"{TG}\t{T}\tLeeds\tLS1 4AP", T),
    "query string names": (f"first_name={TG}&last_name={T}&plan=pro", T),
    "query string ship to plus": (f"ship_to={TG}+{T}&method=express", T),
    "form body short keys": (f"fname={TG}&lname={T}&qty=2", T),
    "JSON nested shipping": (json.dumps({"order": {"shipping": {"name": f"{TG} {T}", "line1": f"27 {T} Lane"}}}),
                             T),
    "JSON nested customer": (json.dumps({"cart": {"customer": {"full_name": f"{TG} {T}"}, "items": 2}}), T),
    "JSON billing address": (json.dumps({"billing": {"address1": f"27 {T} Lane", "city": "Leeds"}}), T),
    "JSON label value record": (json.dumps({"label": "Recipient", "value": f"{TG} {T}"}), T),
    "JSON array of notes": (json.dumps([{"note": f"Dear {TG} {T}, thanks"}]), T),
    "Python repr dict": (repr({"customer_name": f"{TG} {T}", "total": 39.9}), T),
    "HTML table cells labelled": (f"<tr><td>Name</td><td>{TG} {T}</td></tr>", T),
    "HTML cells name and street": (f"<td>{TG} {T}</td><td>27 {T} Lane, Leeds</td>", T),
    "HTML dl ship to": (f"<dl><dt>Ship to</dt><dd>{TG} {T}</dd></dl>", T),
    "XML customer name": (f"<customer><name>{TG} {T}</name></customer>", T),
    "YAML block": (f"name: {TG} {T}\ncity: Leeds", T),
    "vCard FN": (f"BEGIN:VCARD\nVERSION:3.0\nFN:{TG} {T}\nEND:VCARD", T),
    "vCard N line": (f"N:{T};{TG};;;", T),
    "vCard ADR line": (f"ADR;TYPE=home:;;27 {T} Lane;Leeds;;LS1 4AP;UK", T),
    "iCal attendee CN": (f"ATTENDEE;CN={TG} {T}:mailto:{T_MAIL}", T),
    "iCal organizer CN only": (f"ORGANIZER;CN=\"{TG} {T}\":urn:uuid:4471", T),
    "iCal location": (f"LOCATION:27 {T} Lane\\, Leeds LS1 4AP", T),
    "Markdown table": (f"| Name | City |\n|---|---|\n| {TG} {T} | Leeds |", T),
    "Markdown row name and street": (f"| {TG} {T} | 27 {T} Lane | LS1 4AP |", T),
    "email header from": (f"From: {TG} {T} <{T_MAIL}>\nSubject: Order 4471", T),
    "email header to quoted": (f"To: \"{T}, {TG}\" <{T_MAIL}>", T),
    "email header block without address": (f"From: {TG} {T}\nDate: Mon, 23 Nov 2026\nSubject: Return", T),
    "log line key value": (f"level=info customer=\"{TG} {T}\" action=checkout", T),
}


TABLES: Dict[str, Table] = {"addr": ADDRESSES, "name": NAMES, "gov": GOV, "pay": PAYMENT, "shape": SHAPES}

# The ids and cards written bare, no label around them, once more in a leaf the README judges as an id or writes as
# one (`order_id` also becomes the `event_id`): a shop's tooling puts a customer's number where its own goes.
ID_PLACES = ["order id", "event id", "product id", "contents id", "content ids", "standard order id"]
BARE: Dict[str, List[str]] = {
    "gov": ["FR NIR spaced", "ES DNI bare", "NL BSN dotted", "PL PESEL bare", "UK NINO spaced", "US SSN dashed",
            "IN Aadhaar spaced", "BR CPF dotted", "SE personnummer dashed", "IT codice fiscale bare"],
    "pay": ["card Visa spaced", "card Visa dashed", "card Mastercard 2-series compact", "card Amex 4-6-5",
            "card Maestro 19 digits", "IBAN DE compact lower", "IBAN NL bank code", "IBAN SE compact"],
}


def cases() -> List[Case]:
    found: List[Case] = []
    for offset, (family, table) in enumerate(TABLES.items()):
        found += rotated(family, table, TEXT_PLACES, 2, start=offset * 7)
    found += rotated("echo", ECHOES, TEXT_PLACES, 2, start=3, put=echo_place)
    for offset, (family, names) in enumerate(BARE.items()):
        bare = {f"{name} as an id": TABLES[family][name] for name in names}
        found += rotated(family, bare, ID_PLACES, 1, start=offset)
    return found


# --- ordinary values of the same fields, which must go out unchanged
ORDINARY: Dict[str, List[str]] = {
    "streets": ["Abbey Road vinyl", "5th Avenue handbag", "Baker Street board game", "Penny Lane poster",
                "Rue de la Paix perfume 50 ml", "Route 66 enamel mug", "Park Avenue armchair", "Via Roma sandals",
                "Sunset Blvd sunglasses", "Carnaby Street jacket", "Portobello Road rug 160x230",
                "Savile Row suit 50R", "Main Street coffee beans 1 kg", "Sesame Street plush 30 cm",
                "Kurfürstendamm Edition watch", "Calle Mayor linen shirt", "Ships from our Rotterdam warehouse",
                "Store pickup: Berlin Mitte", "Oxford Street shopping bag", "221B Baker Street print",
                "10 Downing Street mug", "1600 Pennsylvania Avenue poster", "Rue de Rivoli 2026 calendar",
                "Schlossallee Monopoly edition", "Hauptstraße board game, 2-4 players"],
    "greetings": ["Dear Evan Hansen soundtrack", "Best regards card set", "Ship to: Germany",
                  "Recipient: 2 adults", "Mrs. Doubtfire DVD", "Hello Kitty lunch box",
                  "Greeting card - Happy Birthday", "Sincerely Yours candle", "Love Actually Blu-ray",
                  "Cher Ami notebook", "Dear John letter DVD",
                  "Sehr geehrte Damen und Herren", "Best regards, the Example Shop team", "Recipient: see order",
                  "Name: Summer Dress 2026", "Born in the USA vinyl"],
    "numbers": ["ORD-2026-004812", "#100245", "WC-48213", "SKU-4471-BLK-M", "B08N5WRWNW", "EAN 4006381333931",
                "SM-G991B", "978-3-16-148410-0", "1Z999AA10123456784", "INV-2026-11-0042", "Model 55-AX900",
                "Batch L2026-311", "Art.-Nr. 100-447-19", "Réf. 18-2026-B", "Gift card ending 4242", "Card type: Visa",
                "IBAN payments accepted", "Order 2026-11-23-0042"],
    "dates": ["Black Friday 2026-11-27", "Sale ends 30.11.2026", "Soldes du 07/01/2026 au 03/02/2026",
              "Best before 12/2027", "Season 2026/27", "Launch date: March 14, 2026"],
    "versions": ["v2.14.3", "1.0.0-beta.2", "build 20261123.4", "iOS 18.1", "firmware 4.7.1"],
    "prices": ["19.99", "EUR 1,299.00", "€ 49,90", "Was £120, now £89", "3 for 2", "-25%"],
    "sizes": ["EU 42 / UK 8", "W32 L34", "XL", "120x200 cm", "Size 38-40", "75B", "10.5 US"],
    "colours": ["#1A2B3C", "RAL 7016", "Pantone 19-4052", "rgb(12, 34, 56)", "Midnight Blue 402"],
    "utm": ["spring_sale_2026", "cpc", "newsletter-2026-11", "retargeting_lookalike_3pct", "fb_ads_carousel"],
    "hashes": ["d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "f0523df",
               "3a5b9c7d1e2f4a6b8c0d"],
    "shapes": ["SKU-1,Blue shirt,19.99,EUR", "color=blue&size=M", "<td>Blue shirt</td><td>19.99</td>",
               "| SKU-1 | Blue shirt | 19.99 |", "Subject: Your order has shipped", "BEGIN:VEVENT",
               "Name: Classic Oxford shirt"],
}

ORDINARY_PLACES = ["custom property", "page title", "product name", "content name", "search string",
                   "content category", "page name", "contents title", "status"]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value in one of the leaves in turn (the default settings)."""
    turn = 0
    for family, values in ORDINARY.items():
        for value in values:
            where = ORDINARY_PLACES[turn % len(ORDINARY_PLACES)]
            yield (f"{family}: {value} @ {where}", *place(where, value), value)
            turn += 1
