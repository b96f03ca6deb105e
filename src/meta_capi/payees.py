"""A transfer's, a split bill's and a payment request's other person in banking and payment apps (closer 176,
eightieth attack), by language: a transfer's or a debit's word and the preposition naming its direction before the
payee or the payer (`SEPA-Überweisung an …`, `VIR INST EMIS VERS M. …`, `FASTER PAYMENT TO I …`, `Pix enviado para
…`), a split's words before the friend (`Rechnung geteilt mit …`), a request's words before its sender
(`Zahlungsaufforderung von …`, `Betaalverzoek van …`), or the friend's name before what they owe, paid or asked for
and an amount (`… owes you €45.00`, `… requested £25.00`, `… paid you $40.00`). The name is a full name, maybe after
a title, an initial and a family name, or in capitals as statements print them; a business, a charity or an own
savings pot goes out (`Transfer to Holiday pot`, `Swish till Röda Korset`, `Zelle to Chase Savings`). And a
transfer's reference naming its tenant or payer after a rent's word (`Verwendungszweck: Miete November …`)."""

from __future__ import annotations

import re
from typing import Dict

from . import key_lexicon
from .brand_words import a_business_name
from .canonical import by_first_letter, canonical, phrase_alternation, table_phrases
from .name_shapes import CAPITAL_WORD, FULL_NAME, OPENS, WORD
from .personal_documents import NOT_NAMES_BY_MEANING
from .postal import _HONORIFIC, _a_place
from .record_names import _a_name
from .standing_names import a_standing_not_a_person

PERSON_NAME = "holds a person's name"
_MONTHS = sorted({canonical(month)[0] for month in NOT_NAMES_BY_MEANING["months and periods"].split()[:-4]})

# A transfer's, a debit's or a statement line's word by language, maybe a scheme's or a direction's qualifier after
# it (`VIR SEPA RECU`, `Pix enviado`), then the preposition naming whom it went to or came from.
TRANSFERS: Dict[str, str] = {
    "English": "transfer|bank transfer|payment|faster payment|faster payments|standing order|direct debit|"
               "zelle|venmo|paypal|cash app|wire|money sent|money received|deposit",
    "German": "uberweisung|sepa-uberweisung|echtzeituberweisung|dauerauftrag|lastschrift|sepa-lastschrift|"
              "gutschrift|zahlung|einzahlung",
    "French": "vir|virement|vir sepa|vir inst|prlv|prelevement|paiement|lydia|depot",
    "Spanish": "transferencia|bizum|spei|pago|envio|deposito",
    "Italian": "bonifico|bonifico istantaneo|satispay|pagamento|giroconto|deposito",
    "Portuguese": "pix|ted|transferencia|pagamento|mb way|deposito",
    "Dutch": "overboeking|overschrijving|betaling|tikkie|incasso|storting",
    "Polish": "przelew|blik|przelew blik|platnosc|wplata",
    "Swedish": "swish|overforing|betalning", "Norwegian": "vipps|overforing|betaling",
    "Danish": "mobilepay|overforsel|betaling",
}
QUALIFIERS = ("sepa inst instant instantane emis emise emitido emitida recu recue enviado enviada enviada recibido "
              "recibida recebido recebida ricevuto disposto sent received gesendet erhalten ontvangen wyslany "
              "otrzymany skickad mottagen sendt mottatt modtaget").split()
DIRECTIONS: Dict[str, str] = {
    "English": "to|from", "German": "an|von", "French": "vers|de|a|pour|en faveur de",
    "Spanish": "a|de|a favor de|para", "Italian": "a|da|a favore di|di", "Portuguese": "para|de|a favor de",
    "Dutch": "naar|van|aan", "Polish": "do|od|dla|na rzecz", "Swedish": "till|fran", "Norwegian": "til|fra",
    "Danish": "til|fra",
}
# (closer 181) ... its one-word prepositions, which a P2P app's payee follows too (`Vipps til <mobile>`, `Sent $40 to
# $<cashtag>`: detector._mobile_labelled, cashtags.py).
DIRECTION_WORDS = frozenset(phrase for phrase in table_phrases(DIRECTIONS) if " " not in phrase)
# A split bill's words before the friend it is shared with.
SPLITS: Dict[str, str] = {
    "English": "split with|shared with|splitting with", "German": "geteilt mit|aufgeteilt mit",
    "French": "partage avec|partagee avec|partages avec|divise avec", "Spanish": "dividido con|dividida con|"
    "compartido con|compartida con", "Italian": "diviso con|divisa con|condiviso con|condivisa con",
    "Portuguese": "dividido com|dividida com|compartilhado com", "Dutch": "gedeeld met|verdeeld met",
    "Polish": "podzielone z|podzielony z", "Swedish": "delad med|delat med", "Norwegian": "delt med",
}
# A payment request's words before its sender.
REQUESTS: Dict[str, str] = {
    "English": "payment request from|money request from|request for money from|requested by",
    "German": "zahlungsaufforderung von|zahlungsanforderung von|geldanforderung von|anfrage von",
    "French": "demande de paiement de|demande d'argent de|demande de remboursement de|demande lydia de",
    "Spanish": "solicitud de bizum de|solicitud de pago de|solicitud de dinero de|peticion de bizum de",
    "Italian": "richiesta di denaro da|richiesta di pagamento da|richiesta di denaro di|richiesta satispay da",
    "Portuguese": "cobranca pix de|cobranca de|pedido de pagamento de|pedido de pix de",
    "Dutch": "betaalverzoek van|tikkie van", "Polish": "prosba o platnosc od|prosba o przelew od",
    "Swedish": "betalningsforfragan fran|swishforfragan fran", "Norwegian": "betalingsforesporsel fra",
}
# The friend's verb before an amount: what they owe, asked for or paid.
OWED: Dict[str, str] = {
    "English": "owes you|requested|paid you|sent you|is requesting", "German": "schuldet dir|hat angefordert",
    "French": "te doit|vous doit|t'a envoye", "Spanish": "te debe|te ha enviado|te envio",
    "Italian": "ti deve|ti ha inviato", "Portuguese": "te deve|te enviou", "Dutch": "is je schuldig|heeft je betaald",
}
# An own account's or a pot's, a charity's or an institution's word: such a name is no person's
# (`Holiday pot`, `Chase Savings`, `Röda Korset`, `Kirkens Bymisjon`).
NOT_A_PERSONS = frozenset(canonical(word)[0].lower() for word in (
    "pot pots savings saving account accounts fund funds vault goal goals wallet reserve isa deposit deposits "
    "konto sparkonto tagesgeld spardose sparziel notgroschen rucklage depot cagnotte epargne livret compte "
    "hucha ahorro ahorros cuenta fondo salvadanaio risparmi risparmio conto spaarpot spaarrekening rekening "
    "skarbonka oszczednosci sparegris sparekonto buffert caixinha poupanca conta cofrinho "
    "cross korset kreuz croix cruz croce kruis krzyz mission misjon bymisjon stadsmission stadtmission "
    "church kirke kirkens kirche eglise "
    "iglesia chiesa kerk foundation stiftung fondation fundacion fondazione stichting fundacja stiftelse charity "
    "trust society association verein club international services service group bank banco banque insurance "
    "rent miete loyer alquiler affitto huur czynsz landlord ltd limited inc llc "
    # (a role's, a payment's or an app's word: `Top Seller requested $20`, `Nu Pagamentos`, `Google Drive`)
    "seller sellers buyer buyers user users customer customers team staff payments pagamentos pagos zahlungen "
    "paiements pagamenti betalingen platnosci drive cloud pay "
    # (the lead's review: a public office's, a salary's, a refund's and a provider's line's words, `Überweisung an
    # Finanzamt Berlin`, `Transfer from Employer Payroll`, `Transfer from Tax Refund`, `Payment to Direct Line`)
    "finanzamt finanzkasse stadtkasse gemeindekasse amt tresor tesoreria hacienda fisco belastingdienst hmrc irs "
    "payroll salary wages gehalt lohn salaire salario stipendio salaris employer arbeitgeber refund refunds "
    "erstattung remboursement reembolso rimborso tax steuer impots impuestos tasse digital line investor investors "
    "broker energy mobile telecom "
    # (closer 185, review 32) a benefit's, a loan's, a fine's, a toll's, a health insurer's or a public office's
    # words by language (`Transfer from Universal Credit`, `Lastschrift von Techniker Krankenkasse`, `Virement de
    # France Travail`, `Transferencia de Seguridad Social`)
    "credit credits benefit benefits allowance pension pensions loan loans fine fines penalty charge charges toll "
    "tolls council kasse bundeskasse landeskasse krankenkasse rentenversicherung kindergeld elterngeld bafog emploi "
    "travail urssaf ameli securite seguridad sociale social sepe prestacion previdenza inps uwv zus "
    # a charity's, a church's, a nursery's or a residents' association's word in its own language (`Swish till
    # Svenska Kyrkan`, `Vipps til Røde Kors`, `Bizum a Asociación Vecinos`, `Bonifico a Condominio Via Roma`)
    "kyrkan kyrka kors barnen protection asociacion associazione vereniging forening stowarzyszenie comunidad "
    "vecinos condominio kita kindergarten nursery creche guarderia "
    # an own pot's goal or an account's kind, a split's trip (`Transfer to Rainy Day`, `Transfer to Easy Access`,
    # `Split with Ski Trip`)
    "rainy roundup roundups ups access trip "
    # a card's, a platform's, a market's or a gym's word (`Payment to Barclaycard Visa`, `Shared with
    # Google Photos`, `Pago a Mercado Libre`, `Payment to Pure Gym`); a role's too (`Spark Driver paid you $85`)
    "card cards visa mastercard amex money play photos market markets mercado markt marche mercato gym "
    "driver drivers courier couriers "
    # a department's or a crowd's word after a request's (`Requested by Popular Demand`, `Anfrage von Google
    # Analytics`)
    "demand department abteilung analytics "
    # a plan's instalments, a station's or an island's word after a payment's or a shipment's `a` (`Pago a Plazos Sin
    # Intereses`, `Pagamento a Milano Centrale`, `Envío a Gran Canaria`)
    "plazos cuotas intereses rate parcelas centrale central centro stazione estacion bahnhof gare gran "
    # what a rent is paid for: a dwelling's, a room's, a garage's or a parking space's word by language (`Miete
    # Dezember Stellplatz Nord`, `Rent Jan 2027 Parking Space`, `Huur januari Kamer Utrecht`)
    "garage garagem garaje stellplatz parking space tiefgarage room zimmer chambre habitacion stanza kamer pokoj "
    "apartment apartamento appartamento appartement wohnung flat studio cottage piso woning "
    "mieszkanie").split())

# (closer 190, attack 88: betting, lotteries) A payout of winnings, a withdrawal or a cash-out to a player, by
# language, maybe with a winnings' word as its qualifier, before its direction and the player (`Auszahlung an …`,
# `Bonifico vincita a favore di …`, `Withdrawal to …`); an own account or a wallet goes out as a transfer's does
# (NOT_A_PERSONS: `Withdrawal to Bank Account`, `Auszahlung an Skrill Wallet`).
PAYOUTS: Dict[str, str] = {
    "English": "payout|pay-out|withdrawal|cash out|cashout|prize payment|winnings payment",
    "German": "auszahlung|gewinnauszahlung|abhebung", "French": "retrait|versement des gains|paiement des gains",
    "Spanish": "retiro|cobro|pago de premio", "Italian": "prelievo|pagamento vincita|accredito vincita",
    "Portuguese": "saque|levantamento|pagamento de premio", "Dutch": "uitbetaling|opname",
    "Polish": "wyplata|wyplata wygranej", "Swedish": "utbetalning|uttag", "Norwegian": "utbetaling|uttak",
}
# (a payout's card or wallet in the operator's language: `Retrait vers Carte Bancaire`, `Auszahlung an Karte Visa`)
NOT_A_PERSONS |= frozenset("carte karte tarjeta bancaire bancaria bancario portefeuille monedero portafoglio".split())
WINNINGS_QUALIFIERS = "vincita vincite gewinn gains premio premios winnings prize wygranej".split()
_TRANSFER = phrase_alternation(table_phrases(TRANSFERS) + table_phrases(PAYOUTS))
_QUALIFIER = phrase_alternation(QUALIFIERS + WINNINGS_QUALIFIERS)
_DIRECTION = phrase_alternation(table_phrases(DIRECTIONS))
_NAME_END = r"(?=[ \t]{0,3}(?:$|[,.;:!?)/\n\"(\-–·|])|[ \t]{1,3}[a-z0-9€£$])"
_CAPITAL_NAME = f"{CAPITAL_WORD}(?:[ \\t]{{1,3}}{CAPITAL_WORD}){{1,2}}"
# A name after the words: a title maybe, then a full name, an initial and a family name, or capitals.
_NAME = (f"(?:{_HONORIFIC})?(?P<name>{FULL_NAME}|[A-Z]\\.?[ \\t]{{1,3}}(?:{WORD}|{CAPITAL_WORD})"
         f"|{_CAPITAL_NAME})")
_AFTER = re.compile(
    f"{OPENS}(?i:(?:{_TRANSFER})(?:[ \\t]{{1,3}}(?:{_QUALIFIER})){{0,2}}[ \\t]{{1,3}}/?(?:{_DIRECTION})"
    f"|{phrase_alternation(table_phrases(SPLITS))}|{phrase_alternation(table_phrases(REQUESTS))})"
    f"[ \\t]{{0,3}}:?[ \\t]{{1,3}}{_NAME}{_NAME_END}")
_BEFORE = re.compile(f"(?P<name>{FULL_NAME}|{_CAPITAL_NAME})[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(OWED))})"
                     r"[ \t]{1,3}(?:[A-Z]{0,3}\$|[€£¥₹]|[0-9])")
# (a transfer's reference naming its tenant or payer: a reference's label and a colon maybe, a rent's word by
# language, a month or a year maybe, and a full name: `Verwendungszweck: Miete November …`, `Loyer novembre …`,
# `Tytułem: czynsz …`; with no name, `Concepto: alquiler diciembre` goes out; with neither a label nor a month, a
# listing's title as often: `Alquiler Vacacional Mallorca`, `Rent Payment Portal`)
RENTS: Dict[str, str] = {
    "English": "rent|rent payment|monthly rent", "German": "miete|mietzahlung|kaltmiete|warmmiete|monatsmiete",
    "French": "loyer|paiement loyer", "Spanish": "alquiler|renta|arriendo", "Italian": "affitto|canone|canone affitto",
    "Portuguese": "aluguel|aluguer|renda", "Dutch": "huur|huurbetaling", "Polish": "czynsz|najem|oplata za najem",
    "Swedish": "hyra", "Norwegian": "husleie", "Danish": "husleje",
}
_MONTH_OR_YEAR = (f"(?:(?i:{phrase_alternation(_MONTHS)}|{phrase_alternation(month[:3] for month in _MONTHS)})\\.?"
                  f"|(?:19|20)[0-9]{{2}}|[01]?[0-9]/(?:19|20)?[0-9]{{2}})")
_RENT = re.compile(
    f"{OPENS}(?P<label>(?i:{phrase_alternation(table_phrases(key_lexicon.TRANSFER_REFERENCES))})[ \\t]{{0,3}}:"
    f"[ \\t]{{1,3}})?(?i:{phrase_alternation(table_phrases(RENTS))})(?P<when>(?:[ \\t]{{1,3}}{_MONTH_OR_YEAR}){{1,2}})?"
    f"[ \\t]{{0,3}}[:\\-]?[ \\t]{{1,3}}(?P<name>{FULL_NAME}){_NAME_END}")
_STEMS = sorted({phrase.split()[0].strip("-")[:5] for table in (TRANSFERS, PAYOUTS, SPLITS, REQUESTS, OWED, RENTS)
                 for phrase in table_phrases(table)})
# What `reason` needs, searched first by the detector in the lower-cased form.
CUE_SOURCE = f"(?<![^\\W\\d_])(?:{by_first_letter(_STEMS)})"


def _a_counterparty(name: str) -> bool:
    """Whether `name` is a person's: a name (record_names._a_name, capitals read title-cased) with no pot's, account's
    or institution's word (NOT_A_PERSONS), no business's (brand_words.a_business_name), no winner's, app's or
    retailer's word (standings.a_standing: `Payout to Cash App`; closer 198) unless a given name opens it (`Payout
    to Orla Winner`; standing_names, closer 208) and no place after a particle (`CAF DE
    PARIS`)."""
    words = name.replace(".", " ").split()
    if not NOT_A_PERSONS.isdisjoint(word.lower() for word in words):
        return False
    if len(words) > 2 and words[-2].lower() in ("de", "di", "du", "da") and _a_place(words[-1]):
        return False
    name = name.title() if name.isupper() else name
    return _a_name(name) and not a_business_name(name) and not a_standing_not_a_person(name)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a transfer's, a split's or a request's other person (above), or ""."""
    for pattern in (_AFTER, _BEFORE):
        if any(_a_counterparty(match.group("name")) for match in pattern.finditer(form)):
            return PERSON_NAME
    return PERSON_NAME if any((match.group("label") or match.group("when")) and _a_counterparty(match.group("name"))
                              for match in _RENT.finditer(form)) else ""
