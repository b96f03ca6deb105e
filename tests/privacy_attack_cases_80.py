"""The eightieth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: banking and fintech apps. Neobanks and retail banks' apps (Revolut, N26,
Monzo, Starling, bunq, Nubank), money transfer and payment apps (Wise, PayPal, Venmo, Cash App, Zelle, Swish, Vipps,
MobilePay, Bizum, Satispay, BLIK, Lydia, PicPay, Mercado Pago, Paytm, PhonePe), buy now pay later (Klarna) and
budgeting: account opening, KYC steps, card orders, transfers and payment requests, split bills, savings pots, direct
debits, statements and in-app notifications, in the UK, Ireland, the US, Germany, France, Spain, Italy, the
Netherlands, Poland, Sweden, Norway, Denmark, Brazil, Mexico and India.

About 300 ordinary cases must go out whole: plan and card names (`Metal plan`, `N26 You`), pot and goal names
(`Holiday pot`, `Notgroschen`), merchants as a statement prints them (`TFL TRAVEL CH`, `AMZN Mktp DE`), amounts and
currencies, exchange rates, KYC step names (`Verify your identity`), help pages, fee tables, spending categories,
promo codes, transfer statuses and payment schemes, banks' own public codes (a BIC, a bank's sort code), masked cards
(`•••• 4821`), in English, German, French, Spanish, Italian, Dutch, Polish, Swedish, Norwegian, Danish and Portuguese.

About 150 personal cases put an account holder's or a counterparty's data in the leaves the README maps (custom
properties and their keys, a product's name and id, the page's URL, path, referrer and title, the search, a custom
event's name), across the settings (`standard`, a listed key, `meta_url_query = drop`): a payee's or a payer's name
on a transfer or a statement line, IBANs with their check, sort codes and account numbers, card numbers with their
Luhn digit, PIX keys (CPF, email, phone, random key), UPI ids, $cashtags and @handles, Swish, Vipps, MobilePay,
Bizum and BLIK phone numbers, an account's or a card's holder after its label, split bills naming a friend, payment
requests' notes, transfer references naming a tenant or an invoice's person, KYC documents' numbers, referral links
carrying a name, a counterparty under a key naming its role. Every person is made up, and
so is the marker a case is found by: the surnames `Vrankowelt`, `Glimbersoll`, `Pesquandre`, `Quendarrueda`,
`Scuvranetti`, `Brakvoortel`, `Skrzydwelnik`, `Hjalmquorn`, `Ormsvikkel`, `Vesterkrølby`, `Tavoquendes`,
`Tlaquevedo`, `Pandrakotil`, `Quorvenshaw` (given names `Idrunel`, `Caspelia`, `Torvenn`, `Ximora`, `Liborela`,
`Femmigje`, `Wiesława`, `Tindra`, `Ingebrit`, `Sørkild`, `Jucimara`, `Ixchelma`, `Aarushvi`, `Brantlee`), and the six
digits `583914` inside every number (accounts, cards, phones, documents).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "80"
DIGITS = "583914"
UK, UK_GIVEN = "Vrankowelt", "Idrunel"
DE, DE_GIVEN = "Glimbersoll", "Caspelia"
FR, FR_GIVEN = "Pesquandre", "Torvenn"
ES, ES_GIVEN = "Quendarrueda", "Ximora"
IT, IT_GIVEN = "Scuvranetti", "Liborela"
NL, NL_GIVEN = "Brakvoortel", "Femmigje"
PL, PL_GIVEN = "Skrzydwelnik", "Wiesława"
SE, SE_GIVEN = "Hjalmquorn", "Tindra"
NO, NO_GIVEN = "Ormsvikkel", "Ingebrit"
DK, DK_GIVEN = "Vesterkrølby", "Sørkild"
BR, BR_GIVEN = "Tavoquendes", "Jucimara"
MX, MX_GIVEN = "Tlaquevedo", "Ixchelma"
IN, IN_GIVEN = "Pandrakotil", "Aarushvi"
US, US_GIVEN = "Quorvenshaw", "Brantlee"


def _spaced(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


def _cpf(body: str) -> str:
    """A Brazilian CPF: nine digits and their two check digits, as printed (`583.914.270-xx`)."""
    digits = [int(d) for d in body]
    for weight_start in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(weight_start, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _dni(number: str) -> str:
    """A Spanish DNI: eight digits and their check letter."""
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _clabe(body: str) -> str:
    """A Mexican CLABE: seventeen digits and the check of weights 3, 7, 1."""
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _pesel(body: str) -> str:
    """A Polish PESEL: ten digits and their check digit."""
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return body + str((10 - total % 10) % 10)


def _amex(number: str) -> str:
    return f"{number[:4]} {number[4:10]} {number[10:]}"


_FISCAL_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
                        8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _codice_fiscale(body: str) -> str:
    """An Italian codice fiscale: fifteen characters and their check letter."""
    total = sum(_FISCAL_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(body))
    return body + chr(65 + total % 26)


def _text(family: str, table: Dict[str, Tuple[str, Any]], per: int, start: int) -> Iterator[Case]:
    return rotated(family, table, TEXT_PLACES, per, start=start, tag=TAG)


# The IBANs of the countries the attack covers, each with the marker inside its account's digits.
IBANS = {
    "DE": iban("DE", "100100100583914726"),
    "FR": iban("FR", "3000400823005839147264"),
    "ES": iban("ES", "21000418450583914726"),
    "IT": iban("IT", "X0542811101000000583914"),
    "NL": iban("NL", "INGB0005839147"),
    "IE": iban("IE", "AIBK93115258391472"),
    "GB": iban("GB", "NWBK60161358391427"),
    "PL": iban("PL", "102010260000583914270011"),
    "SE": iban("SE", "50000000058391472601"),
    "NO": iban("NO", "86015839147"),
    "DK": iban("DK", "00400583914726"),
}

IBAN: Dict[str, Tuple[str, Any]] = {
    "German printed in fours": (f"IBAN: {_spaced(IBANS['DE'])}", DIGITS),
    "French after RIB words": (f"Mon RIB pour le remboursement : {_spaced(IBANS['FR'])}", DIGITS),
    "Spanish compact in a Bizum note": (f"Te lo paso por transferencia a {IBANS['ES']} mejor", DIGITS),
    "Italian in a bonifico": (f"Bonifico su IBAN {IBANS['IT']} intestato a me", DIGITS),
    "Dutch in a Tikkie": (f"Tikkie: stuur naar {_spaced(IBANS['NL'])} aub", DIGITS),
    "Irish compact": (IBANS["IE"], DIGITS),
    "British with a dash": (f"Payee account – {IBANS['GB']}", DIGITS),
    "Polish in a przelew": (f"Przelew na konto {_spaced(IBANS['PL'])}", DIGITS),
    "Swedish compact in lower case": (IBANS["SE"].lower(), DIGITS),
    "Norwegian after kontonummer": (f"Kontonummer {IBANS['NO']}", DIGITS),
    "Danish in a slug": (f"beneficiary-{IBANS['DK'].lower()}-saved", DIGITS),
}

SORTCODE: Dict[str, Tuple[str, Any]] = {
    "UK sort code and account": ("Sort code 20-45-77 Account no 58391427", DIGITS),
    "UK payee details": (f"New payee: {UK_GIVEN} {UK} · 04-00-04 · 58391427", [UK, DIGITS]),
    "US routing and account": ("Routing 021000021 Acct 4758391472", DIGITS),
    "Mexican CLABE": (f"CLABE {_clabe('00218001583914720')}", DIGITS),
    "Indian account and IFSC": ("A/c No. 50100583914726 IFSC HDFC0001234", DIGITS),
    "Polish NRB printed": (f"Nr rachunku: {IBANS['PL'][2:4]} {_spaced(IBANS['PL'][4:])}", DIGITS),
}

CARD: Dict[str, Tuple[str, Any]] = {
    "Visa in fours": (_spaced(luhn_complete("453958391427001")), DIGITS),
    "Mastercard compact in a note": (f"my card {luhn_complete('522158391427003')} got declined", DIGITS),
    "Amex in 4-6-5": (_amex(luhn_complete("37125839142700")), DIGITS),
    "card with expiry and CVC": (f"{_spaced(luhn_complete('414758391427002'))} 08/29 CVC 317", DIGITS),
    "card dashed": ("-".join(_spaced(luhn_complete("516758391427004")).split()), DIGITS),
}

PIX: Dict[str, Tuple[str, Any]] = {
    "CPF key": (f"Chave Pix (CPF): {_cpf('583914270')}", DIGITS),
    "CPF key bare": (_cpf("158391427"), DIGITS),
    "email key": (f"Pix para {BR_GIVEN.lower()}.{BR.lower()}@gmail.com", BR.lower()),
    "phone key": ("Chave Pix: +55 11 95839-1472", DIGITS),
    "random key": ("Chave aleatória: 7d583914-2f6b-4c1e-9a0d-3e5b8c7f1a24", DIGITS),
}

UPI: Dict[str, Tuple[str, Any]] = {
    "name at okaxis": (f"{IN_GIVEN.lower()}.{IN.lower()}@okaxis", IN.lower()),
    "mobile at ybl": ("Paid to 9858391472@ybl", DIGITS),
    "name and digits at paytm": (f"UPI ID: {IN.lower()}{DIGITS}@paytm", [IN.lower(), DIGITS]),
    "upi pay link": (f"upi://pay?pa={IN.lower()}@oksbi&pn={IN_GIVEN}%20{IN}&am=499", [IN.lower(), IN]),
}

HANDLE: Dict[str, Tuple[str, Any]] = {
    "cashtag": (f"Sent $40 to ${US_GIVEN}{US}", US),
    "cashtag with digits": (f"$bquorvenshaw{DIGITS}", DIGITS),
    "Venmo handle": (f"@{US_GIVEN}-{US}", US),
    "Revolut revtag": (f"Revtag: @{UK_GIVEN.lower()}{UK.lower()[:4]}{DIGITS}", DIGITS),
    "Monzo.me link": (f"monzo.me/{UK_GIVEN.lower()}{UK.lower()}/12.50", UK.lower()),
    "PayPal.Me link": (f"https://www.paypal.com/paypalme/{DE_GIVEN}{DE}", DE),
    "Venmo profile link": (f"https://account.venmo.com/u/{US_GIVEN}-{US}", US),
}

PHONE: Dict[str, Tuple[str, Any]] = {
    "Swish number": ("Swisha till 070-583 91 47", DIGITS),
    "Vipps number": ("Vipps til 958 39 147", DIGITS),
    "MobilePay number": ("MobilePay 25 83 91 47", DIGITS),
    "Bizum number": ("Bizum al 658 391 472", DIGITS),
    "BLIK phone transfer": ("Przelew na telefon BLIK: 605 839 147", DIGITS),
    "Satispay number": ("Satispay: +39 345 839 1472", DIGITS),
    "Lydia number": ("Demande Lydia envoyée au 06 58 39 14 72", DIGITS),
    "Zelle number": ("Zelle® to (415) 583-9147", DIGITS),
    "Paytm number": ("Paytm to +91 98583 91472", DIGITS),
    "UK Faster Payment mobile": ("Pay by phone: 07700 583914", DIGITS),
}

PAYEE: Dict[str, Tuple[str, Any]] = {
    "German SEPA credit transfer": (f"SEPA-Überweisung an {DE_GIVEN} {DE}", DE),
    "German direct debit from": (f"Lastschrift von {DE_GIVEN} {DE}", DE),
    "French VIR SEPA received": (f"VIR SEPA RECU /DE {FR_GIVEN.upper()} {FR.upper()} /MOTIF REMBOURSEMENT", FR.upper()),
    "French VIR INST to M.": (f"VIR INST EMIS VERS M. {FR_GIVEN} {FR}", FR),
    "UK Faster Payment to initial": (f"FASTER PAYMENT TO I {UK.upper()}", UK.upper()),
    "Spanish transferencia a favor": (f"Transferencia a favor de {ES_GIVEN} {ES}", ES),
    "Italian bonifico a favore": (f"Bonifico a favore di {IT_GIVEN} {IT}", IT),
    "Dutch overboeking naar": (f"Overboeking naar F. {NL}", NL),
    "Polish przelew do": (f"Przelew do: {PL_GIVEN} {PL}", PL),
    "Swedish Swish till": (f"Swish till {SE_GIVEN} {SE}", SE),
    "Norwegian Vipps til": (f"Vipps til {NO_GIVEN} {NO}", NO),
    "Danish MobilePay fra": (f"MobilePay fra {DK_GIVEN} {DK}", DK),
    "Brazilian Pix enviado": (f"Pix enviado para {BR_GIVEN} {BR}", BR),
    "US Zelle to upper case": (f"Zelle to {US_GIVEN.upper()} {US.upper()}", US.upper()),
    "Mexican SPEI enviado": (f"SPEI enviado a {MX_GIVEN} {MX}", MX),
}

SPLIT: Dict[str, Tuple[str, Any]] = {
    "English split with": (f"Split with {UK_GIVEN} {UK}", UK),
    "English owes you": (f"Ski trip · {FR_GIVEN} {FR} owes you €45.00", FR),
    "German geteilt mit": (f"Rechnung geteilt mit {DE_GIVEN} {DE}", DE),
    "French partagé avec": (f"Addition partagée avec {FR_GIVEN} {FR}", FR),
    "Spanish dividido con": (f"Cena dividida con {ES_GIVEN} {ES} – 4 personas", ES),
    "Italian diviso con": (f"Conto diviso con {IT_GIVEN} {IT}", IT),
    "Dutch gedeeld met": (f"Rekening gedeeld met {NL_GIVEN} {NL}", NL),
    "Portuguese dividido com": (f"Racha do churrasco: {BR_GIVEN} {BR} te deve R$ 35,00", BR),
}

REQUEST: Dict[str, Tuple[str, Any]] = {
    "English requested": (f"{UK_GIVEN} {UK} requested £25.00", UK),
    "English request from": (f"Payment request from {DE_GIVEN} {DE}", DE),
    "German Zahlungsaufforderung": (f"Zahlungsaufforderung von {DE_GIVEN} {DE}: Konzertkarten", DE),
    "French demande de": (f"Demande de paiement de {FR_GIVEN} {FR}", FR),
    "Spanish Bizum solicitud": (f"Solicitud de Bizum de {ES_GIVEN} {ES}: pizza", ES),
    "Italian richiesta": (f"Richiesta di denaro da {IT_GIVEN} {IT}", IT),
    "Dutch betaalverzoek": (f"Betaalverzoek van {NL_GIVEN} {NL} voor de boodschappen", NL),
    "Venmo paid you": (f"{US_GIVEN} {US} paid you $40.00 – pizza 🍕", US),
    "Brazilian cobrança": (f"Cobrança Pix de {BR_GIVEN} {BR}", BR),
}

REFERENCE: Dict[str, Tuple[str, Any]] = {
    "English rent": (f"Rent Nov – {UK} flat 3", UK),
    "German Verwendungszweck": (f"Verwendungszweck: Miete November {DE_GIVEN} {DE}", DE),
    "French loyer": (f"Loyer novembre {FR_GIVEN} {FR}", FR),
    "invoice with a name": (f"Invoice INV-{DIGITS} {UK_GIVEN} {UK}", [UK, DIGITS]),
    "German Rechnung": (f"Rechnung Nr. {DIGITS} – {DE_GIVEN} {DE}", DE),
    "Spanish concepto": (f"Concepto: alquiler {ES_GIVEN} {ES}", ES),
    "Italian causale": (f"Causale: affitto dicembre {IT_GIVEN} {IT}", IT),
    "Dutch omschrijving": (f"Omschrijving: huur {NL_GIVEN} {NL}", NL),
    "Polish tytułem": (f"Tytułem: czynsz {PL_GIVEN} {PL}", PL),
}

FISCAL = _codice_fiscale("SCVLBR85M41H501")
KYC: Dict[str, Tuple[str, Any]] = {
    "UK passport number": (f"Passport number: 1{DIGITS}72", DIGITS),
    "German Ausweisnummer": (f"Ausweisnummer: L{DIGITS}7T", DIGITS),
    "Spanish DNI": (f"DNI {_dni('5' + DIGITS + '7')}", DIGITS),
    "Spanish NIE": (f"NIE: X{DIGITS}7" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(DIGITS + "7") % 23], DIGITS),
    "Indian PAN": ("PAN: BQRPV5839K", "BQRPV5839K"),
    "Indian Aadhaar": (f"Aadhaar: 4{DIGITS[:3]} {DIGITS[3:]}7 2603", DIGITS),
    "US SSN": ("SSN 583-91-4720", DIGITS),
    "Polish PESEL": (f"PESEL {_pesel('8504' + DIGITS)}", DIGITS),
    "Italian codice fiscale": (f"Codice fiscale: {FISCAL}", FISCAL),
    "Italian codice fiscale with a typo's check": (f"Codice fiscale: {FISCAL[:-1]}Z", f"{FISCAL[:-1]}Z"),
}

REFERRAL: Dict[str, Tuple[str, Any]] = {
    "Revolut": (f"https://revolut.com/referral/{UK_GIVEN.lower()}{UK.lower()}{DIGITS}", [UK.lower(), DIGITS]),
    "N26": (f"https://n26.com/r/{DE_GIVEN.lower()}{DE.lower()[:3]}{DIGITS}", DIGITS),
    "Monzo": (f"https://join.monzo.com/c/{UK_GIVEN.lower()}-{UK.lower()}", UK.lower()),
    "Wise": (f"https://wise.com/invite/ih/{FR_GIVEN.lower()}{FR.lower()}", FR.lower()),
    "bunq": (f"https://bunq.com/invite/{NL_GIVEN.lower()}-{NL.lower()}", NL.lower()),
    "Nubank": (f"https://nubank.com.br/indicacao/?id={BR_GIVEN.lower()}-{BR.lower()}", BR.lower()),
    "Cash App": (f"https://cash.app/$BQuorvenshaw{DIGITS}", DIGITS),
    "Klarna": (f"https://www.klarna.com/uk/refer/?code={UK.upper()}{DIGITS}", DIGITS),
    "Lydia": (f"https://lydia-app.com/collect/{FR_GIVEN.lower()}-{FR.lower()}", FR.lower()),
    "Mercado Pago": (f"https://mpago.la/invita/{MX_GIVEN.lower()}.{MX.lower()}", MX.lower()),
}

# An account's or a card's holder after the label a bank's app prints before it.
HOLDER: Dict[str, Tuple[str, Any]] = {
    "name on card upper case": (f"Name on card: {UK_GIVEN.upper()} {UK.upper()}", UK.upper()),
    "German Kontoinhaber": (f"Kontoinhaber: {DE_GIVEN} {DE}", DE),
    "Spanish titular": (f"Titular de la cuenta: {ES_GIVEN} {ES}", ES),
    "Italian intestatario": (f"Intestatario: {IT_GIVEN} {IT}", IT),
    "Dutch rekeninghouder": (f"Rekeninghouder: F. {NL}", NL),
    "Brazilian beneficiário": (f"Beneficiário: {BR_GIVEN} {BR}", BR),
}

# A counterparty under a key of its own (the property's key names the role, the value is a full name).
COUNTERPARTY_KEYS: Dict[str, Tuple[str, str]] = {
    "payee": (f"{UK_GIVEN} {UK}", UK),
    "payer_name": (f"{US_GIVEN} {US}", US),
    "beneficiary": (f"{IT_GIVEN} {IT}", IT),
    "empfaenger": (f"{DE_GIVEN} {DE}", DE),
    "destinataire": (f"{FR_GIVEN} {FR}", FR),
    "beneficiario": (f"{ES_GIVEN} {ES}", ES),
    "begunstigde": (f"{NL_GIVEN} {NL}", NL),
    "odbiorca": (f"{PL_GIVEN} {PL}", PL),
    "mottagare": (f"{SE_GIVEN} {SE}", SE),
    "favorecido": (f"{BR_GIVEN} {BR}", BR),
    "split_with": (f"{UK_GIVEN} {UK}", UK),
    "requested_from": (f"{DE_GIVEN} {DE}", DE),
    "counterparty": (f"{FR_GIVEN} {FR}", FR),
}


def counterparty_cases() -> Iterator[Case]:
    for key, (value, marker) in COUNTERPARTY_KEYS.items():
        yield (f"counterparty {key} @ custom property", "track",
               {"name": "Transfer Sent", "properties": {key: value, "amount_band": "50-100"}}, [marker])


def cases() -> List[Case]:
    return [
        *_text("iban", IBAN, 2, 0),
        *_text("sortcode", SORTCODE, 1, 5),
        *_text("card", CARD, 2, 11),
        *_text("pix", PIX, 2, 17),
        *_text("upi", UPI, 1, 23),
        *rotated("handle", HANDLE, URL_PLACES, 1, start=2, tag=TAG),
        *_text("phone", PHONE, 2, 29),
        *_text("payee", PAYEE, 1, 3),
        *_text("split", SPLIT, 1, 19),
        *_text("request", REQUEST, 1, 27),
        *_text("reference", REFERENCE, 1, 31),
        *_text("kyc", KYC, 1, 7),
        *rotated("referral", REFERRAL, URL_PLACES, 1, start=5, tag=TAG),
        *_text("holder", HOLDER, 1, 13),
        *counterparty_cases(),
    ]


# Ordinary banking app data, by family: each value goes out whole in each of its family's places.
ORDINARY: Dict[str, List[str]] = {
    "plans and cards": ["Metal plan", "Revolut Premium", "N26 You", "N26 Metal", "Monzo Extra", "Monzo Perks",
                        "Starling Personal Account", "bunq Easy Green", "Wise Multi-Currency Account",
                        "Nubank Ultravioleta", "Klarna Card", "PayPal Credit", "Cash App Card",
                        "Venmo Debit Card", "Mercado Pago Cuenta", "Paytm Wallet", "Lydia Blue",
                        "Carte Visa Premier", "Tarjeta Bizum", "Conto Satispay"],
    "pots and goals": ["Holiday pot", "Notgroschen", "Rainy day fund", "Tagesgeld", "Cagnotte vacances",
                       "Hucha Navidad", "Salvadanaio casa", "Spaarpot vakantie", "Skarbonka na wakacje",
                       "Buffert", "Sparegris", "Caixinha Viagem", "Round-ups", "Savings Vault",
                       "Sparziel Urlaub 2027", "New car fund"],
    "statement merchants": ["TFL TRAVEL CH", "AMZN Mktp DE", "UBER *TRIP", "Netflix.com", "TESCO STORES 2345",
                            "REWE SAGT DANKE", "CARREFOUR CITY", "MERCADONA", "ESSELUNGA", "ALBERT HEIJN 1234",
                            "ICA Nära", "REMA 1000", "OXXO", "PAG*IFOOD", "SWIGGY", "LIDL DANKT",
                            "SNCF INTERNET", "DB Vertrieb GmbH", "RENFE VIAJEROS", "APPLE.COM/BILL",
                            "GOOGLE *YouTube", "PAYPAL *STEAM GAMES"],
    "amounts": ["€1,234.56", "£25.00", "R$ 150,00", "₹2,499", "MXN $1,250.00", "1 234,56 zł", "499 kr",
                "1.234,56 €", "-€12,99", "+£250.00"],
    "exchange rates": ["1 EUR = 1.0834 USD", "1 GBP = 1.1702 EUR", "1 USD = 83.12 INR", "1 EUR = 4.3215 PLN",
                       "1 EUR = 11.4521 SEK", "Mid-market rate", "Wechselkurs 1,0834", "taux de change 1,1702"],
    "KYC steps": ["Verify your identity", "Take a selfie", "Scan your ID", "Identität bestätigen",
                  "Vérifiez votre identité", "Verifica tu identidad", "Verifica la tua identità",
                  "Verifieer je identiteit", "Zweryfikuj tożsamość", "Verifiera din identitet", "Proof of address",
                  "Video-Ident", "Source of funds"],
    "fees": ["Free ATM withdrawals up to €200/month", "2% fee after limit", "0.5% FX fee on weekends",
             "Card replacement £5", "Monthly fee €9.99", "Gebühr 1,7 %", "Frais de retrait 2 €",
             "Standard: €0/month · Plus: €3.99/month · Premium: €8.99/month"],
    "categories": ["Groceries", "Transport", "Eating out", "Bills", "Entertainment", "Lebensmittel",
                   "Alimentation", "Supermercado", "Spesa", "Boodschappen", "Zakupy", "Mat & dryck"],
    "promo codes": ["WELCOME50", "FRIENDS10", "SUMMER2026", "N26METAL3M", "CASHBACK5"],
    "statuses": ["Completed", "Pending", "Declined", "Reverted", "Ausstehend", "En attente", "Pendiente",
                 "In elaborazione", "Zrealizowany", "Genomförd", "Scheduled", "Refunded"],
    "payment schemes": ["SEPA Instant", "Faster Payments", "ACH transfer", "Wire transfer", "Pix", "UPI",
                        "SPEI", "BLIK", "Echtzeitüberweisung", "Virement instantané", "Bonifico istantaneo",
                        "Direct Debit – Netflix", "Lastschrift Stadtwerke München", "Prélèvement EDF"],
    "banks' own codes": ["BIC NTSBDEB1XXX", "REVOLT21", "BUNQNL2A", "Monzo sort code 04-00-04",
                         "Routing number 021000021", "IFSC SBIN0000001", "Card ending in 4821", "•••• 4821",
                         "Banco do Brasil", "ING-DiBa"],
    "transfer phrases to a business or a pot": [
        "Transfer to Holiday pot", "SEPA-Überweisung an Stadtwerke München", "Lastschrift von Vodafone GmbH",
        "VIR SEPA RECU /DE CAF DE PARIS", "FASTER PAYMENT TO BRITISH GAS", "Transferencia a favor de Iberdrola",
        "Bonifico a favore di Enel Energia", "Overboeking naar Spaarrekening", "Swish till Röda Korset",
        "Vipps til Kirkens Bymisjon", "Pix enviado para Magazine Luiza", "Zelle to Chase Savings",
        "Split with 3 friends", "Request money", "Verwendungszweck: Miete November", "Concepto: alquiler diciembre",
        "Referral bonus €20", "Invite friends, get €20"],
    "help pages": ["https://help.revolut.com/help/wealth/", "https://support.n26.com/en-de/cards-and-accounts",
                   "https://monzo.com/help/payments/sending-money", "https://www.bunq.com/en/pricing",
                   "https://nubank.com.br/perguntas/pix/", "https://www.mercadopago.com.mx/ayuda/",
                   "https://www.swish.nu/faq", "https://bizum.es/preguntas-frecuentes/",
                   "https://www.lydia-app.com/fr/help", "https://wise.com/gb/pricing/send-money"],
}

PLACES: Dict[str, List[str]] = {
    "plans and cards": ["product name", "page title"],
    "pots and goals": ["product name"],
    "statement merchants": ["custom property", "product brand"],
    "amounts": ["custom property", "page title"],
    "exchange rates": ["custom property", "page title"],
    "KYC steps": ["page title", "custom event name"],
    "fees": ["page title", "custom property"],
    "categories": ["product category", "content category"],
    "promo codes": ["search string", "order id"],
    "statuses": ["status", "custom property"],
    "payment schemes": ["custom property", "product name"],
    "banks' own codes": ["custom property", "page title"],
    "transfer phrases to a business or a pot": ["custom property"],
    "help pages": ["page url", "referrer"],
}


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, PLACES, _put)
