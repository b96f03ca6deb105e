"""The fortieth outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") only, without reading the gate's code nor
the earlier attacks' cases: money and government numbers other than cards and IBANs, as people type them into
checkout, invoice, refund and payout forms. Bank accounts by country (routing and account, sort code and account,
CLABE, BSB, IFSC, agência and conta, Pix keys, transit and institution, branch codes), a person's tax ids (ITIN, NI
number, Steuer-ID, NIR, DNI and NIE, codice fiscale, a person's RFC, RUT, TFN, PAN and the GSTIN holding it, CPF),
health and social insurance numbers (NHS, Medicare, Krankenversichertennummer, carte Vitale, SIN), driving licences
and passports after their labels, with valid check digits where the scheme has one, in local layouts, in free text
and in the leaves the README maps, under each data-minimisation setting, and under the keys the README's lexicon
names. The same forms holding the shop's own numbers (order and invoice numbers, SKUs, EANs, tracking numbers,
amounts, dates, the shop's VAT and company numbers after their labels) must go out unchanged.

Each family carries digits of its own (`…7395…` in the bank accounts, `…4821…` in the tax ids, `…3864…` in the
health numbers, `…5172…` in the documents, `…6093…` in the payout notes), so a leak is found by its digits,
folded to ASCII and read through separators, anywhere in the request.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import luhn_complete, ordinary_keys
from privacy_attack_cases_36 import TEXT_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged
from privacy_attack_cases_39 import form_place
from privacy_attack_cases_39 import in_form_keys as in_form_keys_of
from privacy_attack_cases_39 import in_one_form_key as in_one_form_key_of

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]


# Attack 36's leaves and their rotation, the ids beside a value tagged 40 (`ART-40`).
place = partial(place_tagged, tag="40")
rotated = partial(rotated_tagged, tag="40")


# --- check digits of the schemes, so every number is one its issuer could have printed
def aba(eight: str) -> str:  # US routing number: weights 3 7 1, the sum a multiple of 10
    weights = [3, 7, 1, 3, 7, 1, 3, 7]
    total = sum(int(d) * w for d, w in zip(eight, weights, strict=True))
    return eight + str((10 - total % 10) % 10)


def clabe(seventeen: str) -> str:  # Mexico: weights 3 7 1, each product mod 10
    total = sum(int(d) * [3, 7, 1][i % 3] % 10 for i, d in enumerate(seventeen))
    return seventeen + str((10 - total % 10) % 10)


def steuer_id(ten: str) -> str:  # Germany's tax id: ISO 7064 MOD 11,10
    product = 10
    for digit in ten:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return ten + str((11 - product) % 10)


def nir(thirteen: str) -> str:  # France's social security number and its key
    return thirteen + f"{97 - int(thirteen) % 97:02d}"


def cpf(nine: str) -> str:  # Brazil: two check digits mod 11
    digits = [int(d) for d in nine]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    return "".join(map(str, digits))


def cpf_printed(nine: str) -> str:
    number = cpf(nine)
    return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"


def dni(eight: str) -> str:  # Spain: the letter of the remainder mod 23
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


def nie(prefix: str, seven: str) -> str:
    return prefix + dni(str("XYZ".index(prefix)) + seven)[1:]


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale(fifteen: str) -> str:  # Italy: odd and even positions weighed apart, a check letter mod 26
    total = 0
    for index, ch in enumerate(fifteen):
        value = int(ch) if ch.isdigit() else ord(ch) - ord("A")
        total += _CF_ODD[value] if index % 2 == 0 else value
    return fifteen + chr(ord("A") + total % 26)


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(twelve_less_one: str) -> str:  # Mexico: a person's RFC, thirteen characters, check mod 11
    padded = twelve_less_one.rjust(12)
    total = sum(_RFC_CHARS.index(ch) * (13 - index) for index, ch in enumerate(padded))
    rest = 11 - total % 11
    return twelve_less_one + ("0" if rest == 11 else "A" if rest == 10 else str(rest))


def rut(body: str) -> str:  # Chile: mod 11, weights 2 to 7 from the right
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    rest = 11 - total % 11
    check = "0" if rest == 11 else "K" if rest == 10 else str(rest)
    return f"{int(body):,}".replace(",", ".") + "-" + check


def tfn(eight: str) -> str:  # Australia's tax file number: weights 1 4 3 7 5 8 6 9 10, a multiple of 11
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for last in "0123456789":
        if sum(int(d) * w for d, w in zip(eight + last, weights, strict=True)) % 11 == 0:
            return eight + last
    raise ValueError(eight)


def nhs(nine: str) -> str:  # NHS number: weights 10 to 2, 11 minus the sum mod 11
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
    if check == 10:
        raise ValueError(nine)
    return nine + str(check % 11)


def medicare_au(eight: str, issue: str = "1") -> str:  # Australia's Medicare card: weights 1 3 7 9, mod 10
    weights = [1, 3, 7, 9, 1, 3, 7, 9]
    return eight + str(sum(int(d) * w for d, w in zip(eight, weights, strict=True)) % 10) + issue


def kvnr(letter: str, eight: str) -> str:  # Germany's health insurance number: letter as 01-26, weights 1 2, cross sums
    digits = f"{ord(letter) - ord('A') + 1:02d}" + eight
    total = sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(digits))
    return letter + eight + str(total % 10)


_GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin(fourteen: str) -> str:  # India's GST number: a Luhn sum mod 36 over its characters
    total = 0
    for index, ch in enumerate(fourteen):
        product = _GST_CHARS.index(ch) * (1 + index % 2)
        total += product // 36 + product % 36
    return fourteen + _GST_CHARS[(36 - total % 36) % 36]


def spaced_as(number: str, groups: List[int], joint: str = " ") -> str:
    parts, start = [], 0
    for size in groups:
        parts.append(number[start:start + size])
        start += size
    return joint.join(parts)


# --- bank accounts, as typed into refund and payout forms (digits 7395 in every account)
US_ROUTING = aba("02100002")
CLABE = clabe("03218000011873952")
BANK: Dict[str, Tuple[str, Any]] = {
    "US routing and account": (f"Routing {US_ROUTING}, account 4827395061", "4827395061"),
    "US ABA acct hash": (f"ABA {aba('01100001')} acct # 7395820417", "7395820417"),
    "US checking account number": ("Checking account number: 000739581264", "739581264"),
    "UK sort code acc": ("refund to sort code 20-00-00 acc 73951846", "73951846"),
    "UK sort code account number": ("Sort code: 40 47 84, Account number: 17395284", "17395284"),
    "UK account no glued": ("Acc no.73958126 s/c 309634", "73958126"),
    "MX CLABE": (f"CLABE: {CLABE}", CLABE),
    "MX CLABE spaced": (f"CLABE interbancaria {spaced_as(CLABE, [3, 3, 11, 1])}", CLABE),
    "AU BSB and account": ("BSB 062-000 Account 1073 9528", "10739528"),
    "AU BSB dash account": ("BSB: 082-902, Acc: 5739 52641", "573952641"),
    "IN IFSC and account": ("IFSC HDFC0001234, A/c No. 50100739528417", "50100739528417"),
    "IN account number IFSC after": ("Account Number: 917395280046311 IFSC: SBIN0004321", "917395280046311"),
    "BR agencia conta": ("Agência 1234-5, Conta corrente 0739528-4", "07395284"),
    "BR conta poupanca": ("Banco 341, ag. 0297, conta poupança 73952-1", "739521"),
    "CA transit institution account": ("Transit 12345, Institution 003, Account 7395841", "7395841"),
    "CA cheque line": ("Direct deposit: transit 04512 inst 002 acct 7395126", "7395126"),
    "JP branch account": ("支店番号 123 口座番号 7395284", "7395284"),
    "JP Latin branch account": ("Branch 418, Ordinary account No. 7395162", "7395162"),
    "ZA branch code account": ("Branch code 250655, Account number 62739518403", "62739518403"),
    "DE Kontonummer BLZ": ("Kontonummer 7395184620, BLZ 37040044", "7395184620"),
    "ES numero de cuenta": ("Número de cuenta: 2100 0418 45 0273951862", "0273951862"),
    "PL numer konta": ("Numer konta: 7395 2186 4401", "739521864401"),
}

# Brazil's Pix keys: the person's CPF, email, phone or a random key, after `chave pix` (the README's own label)
PIX_CPF = cpf_printed("739528416")
PIX: Dict[str, Tuple[str, Any]] = {
    "BR chave pix cpf": (f"Chave Pix: {PIX_CPF}", cpf("739528416")),
    "BR chave pix email": ("chave pix: marta.pixqzv@example.com", "marta.pixqzv"),
    "BR chave pix phone": ("Chave PIX (celular): +55 11 97395-2841", "11973952841"),
    "BR chave pix random key": ("Chave aleatória Pix: 7395c1a2-4b8e-4f6a-9d3c-2e1f0a7b6c5d",
                                "7395c1a2-4b8e-4f6a-9d3c-2e1f0a7b6c5d"),
    "BR pix key English": (f"PIX key {cpf('173952846')}", cpf("173952846")),
}

# --- a person's tax ids (digits 4821)
STEUER_ID = steuer_id("8609574821")
NIR_TAX = nir("1850775114821")
CF = codice_fiscale("RSSMRA85T10A482")
TAX: Dict[str, Tuple[str, Any]] = {
    "US ITIN": ("ITIN: 912-78-4821", "912784821"),
    "US SSN on W-9": ("SSN for the W-9: 482-17-3956", "482173956"),
    "UK NI number spaced": ("NI number: JG 48 21 73 A", "482173"),
    "UK national insurance printed": ("National Insurance AB 12 48 21 C", "124821"),
    "DE Steuer-ID": (f"Steuer-ID: {STEUER_ID}", STEUER_ID),
    "DE Steueridentifikationsnummer spaced": (
        f"Steueridentifikationsnummer {spaced_as(STEUER_ID, [2, 3, 3, 3])}", STEUER_ID),
    "FR NIR": (f"N° de sécurité sociale : {spaced_as(NIR_TAX, [1, 2, 2, 2, 3, 3, 2])}", NIR_TAX),
    "ES NIF autonomo": (f"NIF: {dni('48213075')}", "48213075"),
    "ES DNI dotted": ("DNI 48.213.076-" + dni("48213076")[-1], "48213076"),
    "ES NIE": (f"NIE {nie('Y', '4821736')}", "4821736"),
    "ES VAT of a sole trader": (f"NIF-IVA: ES{dni('74821930')}", "74821930"),
    "IT codice fiscale": (f"Codice fiscale: {CF}", CF),
    "MX RFC persona": (f"RFC: {rfc('ZAVM8503164Q')}", rfc("ZAVM8503164Q")),
    "CL RUT": (f"RUT {rut('14821736')}", "14821736"),
    "AU TFN": (f"TFN: {spaced_as(tfn('48217395'), [3, 3, 3])}", tfn("48217395")),
    "IN PAN": ("PAN: BKZPT4821M", "BKZPT4821M"),
    "IN GSTIN of a proprietor": (f"GSTIN {gstin('27BKZPT4821M1Z')}", "BKZPT4821M"),
    "BR CPF printed": (f"CPF {cpf_printed('482173960')}", cpf("482173960")),
    "BR CPF na nota": (f"CPF na nota: {cpf('248217395')}", cpf("248217395")),
}

# --- health and social insurance numbers (digits 3864)
NHS_NUMBER = nhs("386417295")
MEDICARE = medicare_au("23864172")
KVNR = kvnr("M", "38641729")
NIR_VITALE = nir("2910438641729")
SIN = luhn_complete("13864172")
HEALTH: Dict[str, Tuple[str, Any]] = {
    "UK NHS number": (f"NHS number {spaced_as(NHS_NUMBER, [3, 3, 4])}", NHS_NUMBER),
    "UK NHS no glued": (f"NHS No: {NHS_NUMBER}", NHS_NUMBER),
    "AU Medicare": (f"Medicare card: {spaced_as(MEDICARE, [4, 5, 1])}", MEDICARE),
    "AU Medicare number": (f"Medicare number {MEDICARE}", MEDICARE),
    "DE Krankenversichertennummer": (f"Krankenversichertennummer: {KVNR}", KVNR),
    "DE KVNR abbreviation": (f"KVNR {KVNR}", KVNR),
    "FR carte Vitale": (f"Carte Vitale : {spaced_as(NIR_VITALE, [1, 2, 2, 2, 3, 3, 2])}", NIR_VITALE),
    "FR numero de secu": (f"numéro de sécu {NIR_VITALE}", NIR_VITALE),
    "CA SIN": (f"SIN: {spaced_as(SIN, [3, 3, 3])}", SIN),
    "CA social insurance number": (f"Social Insurance Number {spaced_as(SIN, [3, 3, 3], '-')}", SIN),
    "US Medicare MBI": ("Medicare Beneficiary Identifier: 1EG4-TE5-MK73", "1EG4TE5MK73"),
    "IT tessera sanitaria": (f"Tessera sanitaria: {codice_fiscale('BNCLRA90A41H386')}",
                             codice_fiscale("BNCLRA90A41H386")),
}

# --- driving licences and passports after their labels (digits 5172)
DOCS: Dict[str, Tuple[str, Any]] = {
    "US drivers licence": ("Driver's licence: D5172394", "D5172394"),
    "UK driving licence": ("Driving licence no. QZRVN851729AB9XY", "QZRVN851729AB9XY"),
    "US my license number": ("my license number is F517-2390-4821", "F51723904821"),
    "AU drivers licence": ("Driver licence number: 051729384", "051729384"),
    "US passport": ("Passport No: 551729384", "551729384"),
    "DE Reisepass": ("Reisepass-Nr.: C51K72X94", "C51K72X94"),
    "FR passeport": ("N° de passeport : 18AB51729", "18AB51729"),
    "ES pasaporte": ("Pasaporte: PAB517293", "PAB517293"),
    "IT passaporto": ("Passaporto n. YA5172938", "YA5172938"),
    "JP ryoken bango": ("旅券番号TK5172938", "TK5172938"),
    "DE Personalausweis": ("Personalausweis LZ6R51729", "LZ6R51729"),
    "EN passport in a sentence": ("for the customs form my passport number is K51729384", "K51729384"),
}

# --- payout and refund notes: free text from refund, invoice and payout forms (digits 6093)
PAYOUT: Dict[str, Tuple[str, Any]] = {
    "EN refund to my account": ("Please refund to my bank account 60938214, sort code 11-22-33", "60938214"),
    "EN payout details": ("Payout: BSB 033-001 acct 609381274", "609381274"),
    "ES reembolso cuenta": (f"Reembolso a mi cuenta CLABE {clabe('01218000460938127')}",
                            clabe("01218000460938127")),
    "DE Erstattung Konto": ("Bitte Erstattung auf mein Konto 6093812745 überweisen", "6093812745"),
    "FR remboursement NIR": (f"Remboursement mutuelle, n° sécu {nir('1780692609381')}", nir("1780692609381")),
    "PT reembolso cpf": (f"Reembolso via Pix, meu CPF é {cpf_printed('609381274')}", cpf("609381274")),
    "EN invoice with my TFN": (f"Invoice to my name, TFN {tfn('60938127')}", tfn("60938127")),
    "EN invoice my NI number": ("Contractor invoice, NI number: JT 60 93 81 B", "609381"),
    "EN SSN for tax form": ("Tax form: SSN 609-38-1274", "609381274"),
    "IN refund PAN": ("Refund for TDS, PAN: bzmpk6093q", "bzmpk6093q"),
}

TABLES: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "bank": {**BANK, **PIX}, "tax": TAX, "health": HEALTH, "doc": DOCS, "payout": PAYOUT}

# --- more spellings of each family, as forms abbreviate and chain them (each in two places)
MORE: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "bank": {
        "EN acc abbreviation": ("Refund to acc 73958412 please", "73958412"),
        "EN A/C savings": ("A/C 73956021 (savings)", "73956021"),
        "EN a/c no grouped": ("a/c no 7395 3318", "73953318"),
        "EN account and bank name": ("Account 7395 4417 (Monzo)", "73954417"),
        "BR conta Itau": ("Conta 0739561-2 Itaú", "07395612"),
        "BR conta corrente colon": ("conta corrente: 73957-7", "739577"),
        "US ACH routing acct": (f"ACH: routing {aba('02600959')} acct 7395004821", "7395004821"),
        "MX CLABE unlabelled": (f"transferir a {clabe('01418000739528461')}", clabe("01418000739528461")),
        "MX cuenta CLABE dashed": (f"cuenta {spaced_as(clabe('07218000739528463'), [3, 3, 11, 1], '-')}",
                                   clabe("07218000739528463")),
        "AU BSB account no": ("BSB 033-001 account no. 7395 2264", "73952264"),
        "IN A/c number IFSC": ("A/c: 30739528417, IFSC SBIN0004321", "30739528417"),
        "ZA acc no branch": ("Acc no 62739521845, branch 632005", "62739521845"),
        "DE Kto-Nr": ("Bankverbindung Sparkasse, Kto.-Nr. 7395184633", "7395184633"),
        "IT conto corrente": ("conto corrente n. 000073951846", "73951846"),
        "EN savings account hash": ("savings account # 73951879", "73951879"),
    },
    "tax": {
        "IN GSTIN colon other state": (f"GSTIN: {gstin('29BKZPT4821M2Z')}", "BKZPT4821M"),
        "IN GST number": (f"GST No. {gstin('07BKZPT4821M1Z')}", "BKZPT4821M"),
        "IN GSTIN on bill to line": (f"Bill to: Sole prop, GSTIN {gstin('33CQXPM4821R1Z')}", "CQXPM4821R"),
        "IN GSTIN unlabelled": (f"Invoice for {gstin('24DLWPS4821N1Z')}", "DLWPS4821N"),
        "FR NIR unbroken": (f"NIR {nir('1840575114821')}", nir("1840575114821")),
        "FR secu unbroken": (f"Sécu : {nir('2880169482107')}", nir("2880169482107")),
        "FR NIR alone": (nir("1920248211307"), nir("1920248211307")),
        "ES autonomo VAT spaced": (f"IVA ES {dni('24821937')}", "24821937"),
        "UK UTR": ("UTR: 4821739506", "4821739506"),
        "FR numero fiscal": ("Numéro fiscal 1748217395187", "1748217395187"),
        "IT codice fiscale lower case": (f"cf {codice_fiscale('VRDLCU82M04F482').lower()}",
                                         codice_fiscale("VRDLCU82M04F482").lower()),
    },
    "health": {
        "DE KVNR colon": (f"KVNR: {kvnr('Q', '48213864')}", kvnr("Q", "48213864")),
        "DE eGK number": (f"eGK-Nr. {kvnr('T', '38640172')}", kvnr("T", "38640172")),
        "DE KVNR alone": (kvnr("B", "38649917"), kvnr("B", "38649917")),
        "FR carte vitale unbroken": (f"n° carte vitale {nir('1750638641799')}", nir("1750638641799")),
        "CA SIN full label dashed": (f"social insurance number {spaced_as(luhn_complete('23864172'), [3, 3, 3], '-')}",
                                     luhn_complete("23864172")),
        "CA NAS dashed": (f"NAS {spaced_as(luhn_complete('43864172'), [3, 3, 3], '-')}", luhn_complete("43864172")),
        "EN medical record number": ("medical record number 3864172", "3864172"),
        "UK NHS unlabelled": (nhs("438641725"), nhs("438641725")),
        "AU Medicare IRN": (f"Medicare {spaced_as(medicare_au('33864172', '2'), [4, 5, 1])} IRN 1",
                            medicare_au("33864172", "2")),
    },
    "doc": {
        "EN my passport no is": ("my passport no. is X51729388", "X51729388"),
        "FR passeport est": ("mon numéro de passeport est 19CD51729", "19CD51729"),
        "DE Passnummer ist": ("meine Passnummer ist C5172Z8K4", "C5172Z8K4"),
        "ES pasaporte es": ("mi número de pasaporte es PAC517294", "PAC517294"),
        "EN DL hash": ("DL# D5172391", "D5172391"),
        "EN licence is": ("my drivers license is Y5172938", "Y5172938"),
        "IT patente": ("Patente n. U1517293X", "U1517293X"),
        "DE Fuehrerschein": ("Führerschein-Nr. B5172XK2T11", "B5172XK2T11"),
        "FR permis": ("Permis de conduire n° 12AB51729", "12AB51729"),
    },
    "payout": {
        "EN refund acc": ("Refund to acc 60937215 asap", "60937215"),
        "EN payout A/C": ("Payout to A/C 60938844, Barclays", "60938844"),
        "BR reembolso conta": ("Reembolso na conta 60938-2, agência 0001", "609382"),
        "FR remboursement secu": (f"Remboursement, sécu {nir('2930675609312')}", nir("2930675609312")),
        "DE Erstattung KVNR": (f"Erstattung Krankenkasse, KVNR {kvnr('H', '60938127')}", kvnr("H", "60938127")),
        "IN refund GSTIN": (f"Refund to GSTIN {gstin('27EFGPK6093B1Z')}", "EFGPK6093B"),
        "EN refund passport": ("Tax-free refund, passport number is P60931728", "P60931728"),
        "CA refund SIN": (f"T4A slip, social insurance number {spaced_as(luhn_complete('56093812'), [3, 3, 3], '-')}",
                          luhn_complete("56093812")),
    },
}

# --- the form fields a checkout, invoice, refund or payout form forwards, by family (ordinary words)
FORM_KEYS: Dict[str, List[str]] = {
    "bank": ["refund_details", "payout_note", "notes", "comment", "checkout_note", "observaciones"],
    "tax": ["invoice_note", "billing_note", "remarques", "Anmerkungen", "note_fattura", "comment"],
    "health": ["booking_note", "notes", "appointment_note", "Anmerkungen", "remarques", "comment"],
    "doc": ["customs_note", "rental_note", "notes", "comment", "checkin_note", "remarques"],
    "payout": ["refund_reason", "return_note", "message", "comment", "notes", "order_note"],
}


# (attack 39's form fields, under this attack's keys by family)
in_form_keys = partial(in_form_keys_of, form_keys=FORM_KEYS)
in_one_form_key = partial(in_one_form_key_of, form_keys=FORM_KEYS)


# --- the bare number under a key the README's lexicon names (`bank_account`, `clabe`, `bsb`, `tfn`, `nhs`, ...),
# sent as is and listed by `meta_custom_data`
LEXICON_KEYS: Dict[str, List[Tuple[str, str, str]]] = {
    "bank": [("bank_account", "73958246", "73958246"), ("clabe", CLABE, CLABE), ("bsb", "062-000", "062000"),
             ("numero_cuenta", "0273951862", "0273951862"), ("konto_nr", "7395184620", "7395184620"),
             ("numer_konta", "73952186440", "73952186440"), ("conta_numero", "0739528-4", "07395284"),
             ("chave_pix", PIX_CPF, cpf("739528416")), ("bankkonto", "7395 1846 22", "7395184622")],
    "tax": [("steueridentifikationsnummer", STEUER_ID, STEUER_ID), ("tfn", tfn("48217395"), tfn("48217395")),
            ("pan_number", "BKZPT4821M", "BKZPT4821M"), ("tax_id", "912-78-4821", "912784821"),
            ("ni_number", "JG482173A", "482173"), ("contribuinte", "248217396", "248217396"),
            ("codice_fiscale", CF, CF), ("rut", rut("14821736"), "14821736")],
    "health": [("nhs_number", NHS_NUMBER, NHS_NUMBER), ("carte_vitale", NIR_VITALE, NIR_VITALE),
               ("sin", SIN, SIN), ("medicare_number", MEDICARE, MEDICARE), ("ohip", "3864-172-951", "3864172951"),
               ("health_insurance_number", KVNR, KVNR)],
    "doc": [("passport_number", "551729384", "551729384"), ("drivers_licence", "D5172394", "D5172394"),
            ("licence_number", "QZRVN851729AB9XY", "QZRVN851729AB9XY"), ("passport_no", "C51K72X94", "C51K72X94"),
            ("driving_license_no", "F517-2390-4821", "F51723904821")],
}


def lexicon_key_cases() -> Iterator[Case]:
    for family, entries in LEXICON_KEYS.items():
        for key, value, shown in entries:
            for listed in (False, True):
                where = f"listed lexicon key {key}" if listed else f"lexicon key {key}"
                yield (f"{family} bare @ {where}", *form_place(key, value, listed), [shown])


def cases() -> List[Case]:
    found: List[Case] = []
    for offset, (family, table) in enumerate(TABLES.items()):
        found += rotated(family, table, TEXT_PLACES, 2, start=offset * 7)
        found += in_form_keys(family, table, start=offset)
        found += rotated(family, MORE[family], TEXT_PLACES, 1, start=offset * 5 + 3)
        found += in_one_form_key(family, MORE[family], start=offset + 5)
    found += lexicon_key_cases()
    return found


# --- ordinary values of the same shapes, which must go out unchanged
ORDINARY: Dict[str, List[str]] = {
    "order": ["Order #60934817", "Order no. 2026-004817", "Bestellnummer 100739582", "Pedido 48217395",
              "Commande n° 517293", "Order ID 3864172951", "PO 4500073958", "Rechnungsnummer RE-2026-04821"],
    "invoice": ["Invoice INV-2026-00739", "Invoice no. 48217", "Factura F2026/004821", "Fattura n. 386/2026",
                "Credit note CN-517293", "Refund ref RF-2026-1183", "Receipt 0001-00045678"],
    "sku": ["SKU 7395-BL-42", "Art.-Nr. 482173", "EAN 4006381333931", "EAN 5901234123457", "UPC 036000291452",
            "GTIN 00012345600012", "MPN SM-G991B", "Ref. 5536/302/800", "Model 3864-A", "ISBN 978-3-16-148410-0"],
    "tracking": ["Tracking 1Z999AA10123456784", "DHL 00340434161094042557", "GLS 48392751832",
                 "Sendungsnummer 00340434161094042557", "USPS 9400111899223100000000", "Colissimo 6A12345678901"],
    "amount": ["Refund €1.234,56", "Refund $1,299.00 to original payment method", "Total 4.821,73 EUR",
               "Subtotal 73.95 GBP", "Payout 6,093.81 AUD", "Betrag: 386,41 €", "R$ 1.739,52", "MX$ 4,821.00"],
    "date": ["Due 2026-12-31", "Fällig am 31.12.2026", "Échéance : 31/12/2026", "Invoice date 12/31/2026",
             "Delivery window 2026-12-01 to 2026-12-04", "Valid until 03/28"],
    "shopvat": ["VAT GB 284 7193 52", "USt-IdNr. DE136695976", "Partita IVA 00743110157", "ABN 51 824 753 556",
                "SIRET 732 829 320 00074", "SIREN 732 829 320", "KvK 12345678", "GSTIN 27AAACR5055K1Z7",
                "NIP sklepu 526-000-12-46", "CIF B12345674", "EIN 12-3456789 (shop)", "BTW NL001234567B01"],
    "bankshop": ["Pay by bank transfer within 14 days", "Payment method: bank transfer", "Refund via original card",
                 "Pix à vista 5% off", "Bank holiday delivery", "Account: Gold member"],
}
ORDINARY_PLACES = ["custom property", "product name", "page title", "search string"]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value under a form key and in one of the leaves in turn."""
    keys = ["invoice_note", "refund_reason", "order_note", "comment"]
    for family, values in ORDINARY.items():
        for index, value in enumerate(values):
            key = keys[index % len(keys)]
            where = ORDINARY_PLACES[index % len(ORDINARY_PLACES)]
            yield (f"{family}: {value} @ key {key}", *form_place(key, value, listed=False), value)
            yield (f"{family}: {value} @ {where}", *place(where, value), value)
    yield from ordinary_keys(["refund_method", "payout_schedule", "invoice_number", "tracking_number", "vat_rate",
                              "bank_transfer_discount", "tax_amount", "order_total"])
