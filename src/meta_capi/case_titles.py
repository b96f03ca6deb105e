"""A person's name in a legal matter's title, for the detector (closer 118, sixtieth attack: courts, notaries and public
administration). A court's docket, a lawyer's file or a filing names its parties around a separator after the docket's
number or the filing's word (`Az. 3 O 481/26 – Anna Quendrix ./. Stadtwerke Nord GmbH`, `Case No. 1:26-cv-04817
Quendrix v. Northwind LLC`, `Scheidungsantrag Quendrix ./. Brennaquist`, `Marriage certificate: Quendrix – Tovra`),
and an office's file names its subject after its number, last (`Bürgergeld Antrag – Bedarfsgemeinschaft 481BG17 –
Anna Quendrix`, `Extrait de casier judiciaire – bulletin n°3 – QUENDRIX Anna`).

- The context: a docket's label and its number (`Az.`, `Case No.`, `Claim No.`, `RG n°`: DOCKET_LABELS), or a
  filing's or a civil-status document's word (`Scheidung`, `divorcio`, `echtscheiding`, `marriage certificate`,
  `casier`, `Antrag`: FILING_WORDS); lexicon data by language, stems read in the canonical form in any case.
- The parties, within a line after it: one to three capitalized words (a family name in capitals too) on each side
  of an adversary's separator (`./.`, `v.`, `v`, `vs.`, `c/`, `gegen`, `contra`), one of them a person's; or of a
  joint filing's (`-`, `y`, `und`, `and`, `&`), both of them a person's, with nothing but lower-case words and
  marks between the filing's word and them (`Demanda de divorcio de mutuo acuerdo – … y …`). A person's: no
  company's legal form (`GmbH`, `LLC`, `SARL`: COMPANY_FORMS), no document's goods (`Vorlage`, `Holder`:
  DOCUMENT_GOODS), no generic addressee's, business's, product line's or thing's word (name_shapes, role_labels). A
  company named without its form (`Apple v. Samsung` after a docket's number) reads as a person's: a trade accepted,
  as a docket is rarely a shop's data.
- Public case law is cited with a law report or an ECLI after its parties (`Donoghue v Stevenson [1932] UKHL 100`,
  `Brown v. Board of Education, 347 U.S. 483`) and no docket's label before them: a line holding a report's
  citation is not read (_LAW_REPORT).
- The signer of a waiver (`Décharge de responsabilité signée par Anna Quendrix`, `Waiver signed by …`: WAIVER_WORDS,
  SIGNED_BY), a document the signer signs as themself; a signed shirt or a print (`Maillot signé par …`) names no
  waiver.
- The subject last: after a filing's word, a part ending in the file's number (`n°3`, `481BG4817267`, not a year)
  before a dash, then a full name (`Given Family`, `FAMILY Given`) ending the text.
"""

from __future__ import annotations

import re
from typing import Optional

from .brand_words import a_brands_name, a_business_name
from .canonical import by_first_letter, longest_first, phrase_alternation, table_phrases
from .name_shapes import (
    AT_A_PERSONS,
    CAPITAL_WORD,
    END,
    FULL_NAME,
    LOWER_WORD,
    WORD,
    a_person,
    a_product,
    word_before,
)
from .personal_documents import a_meaning_not_a_name
from .postal import HANDOVER_PLACES, _a_place, _place_or_business, street_line_alone
from .record_rows import _CAMPAIGN_WORDS
from .role_labels import PICKUP_PLACES_AND_TIMES, STORE_FORMATS, a_thing

PERSON_NAME = "holds a person's name"

# A docket's label before its number, by language (stems, canonical, lower case; the number follows).
DOCKET_LABELS = {
    "English": "case no|case number|claim no|claim number|docket no|docket number|index no|file no|matter no",
    "German": "az.|aktenzeichen|geschaftszeichen|gz.|gesch.-z.",
    "French": "rg n|n rg|r.g.|numero de role|affaire n",
    "Spanish": "autos n|expediente n|procedimiento n|recurso n",
    "Italian": "r.g.|n. r.g.|ruolo generale",
    "Dutch": "zaaknummer|rolnummer|rolnr",
    "Polish": "sygn. akt|sygnatura akt",
    "Portuguese": "processo n|autos n",
}
# A filing's or a civil-status document's word, by language (stems: `Scheidungsantrag`, `Echtscheidingsverzoek`).
FILING_WORDS = {
    "English": "divorce|custody|petition|marriage certificate|birth certificate|benefit claim",
    "German": "scheidung|sorgerecht|klage|heiratsurkunde|eheurkunde|geburtsurkunde|antrag|bescheid|zeugnis",
    "French": "divorce|requete|casier judiciaire|acte de mariage|acte de naissance|assignation",
    "Spanish": "divorcio|demanda|custodia|certificado de matrimonio|certificado de nacimiento|antecedentes",
    "Italian": "divorzio|separazione|ricorso|certificato di matrimonio|casellario",
    "Dutch": "echtscheiding|verzoekschrift|dagvaarding|huwelijksakte|geboorteakte",
    "Polish": "rozwod|pozew|wniosek|akt malzenstwa",
    "Portuguese": "divorcio|peticao|certidao de casamento|certidao de nascimento",
}
# A waiver's or a consent's word (a document its signer signs in their own name), by language (stems).
WAIVER_WORDS = {
    "English": "waiver|release form|consent form", "German": "haftungsverzicht|haftungsausschluss|einverstandnis",
    "French": "decharge", "Spanish": "descargo|exoneracion", "Italian": "liberatoria|manleva",
    "Dutch": "vrijwaring|afstandsverklaring", "Polish": "zrzeczenie", "Portuguese": "exoneracao|termo de responsab",
}
# Signed by, by language (canonical, lower case), before the signer's full name.
SIGNED_BY = ("signed by|signe par|signee par|signe\\(e\\) par|unterschrieben von|unterzeichnet von|firmado por"
             "|firmada por|firmato da|firmata da|ondertekend door|getekend door|podpisane przez|podpisany przez"
             "|assinado por|assinada por")
_DOCKET_STEMS = sorted({stem for stems in DOCKET_LABELS.values() for stem in stems.split("|")})
_FILING_STEMS = sorted({stem for stems in FILING_WORDS.values() for stem in stems.split("|")})
_WAIVER_STEMS = sorted({stem for stems in WAIVER_WORDS.values() for stem in stems.split("|")})
# What `reason` needs, searched first by the detector in the lower-cased form (compiled there: a text holding none
# reads nothing of this module; a case-sensitive alternation by first letter, a few µs on a title).
CUE_SOURCE = by_first_letter(_DOCKET_STEMS + _FILING_STEMS + _WAIVER_STEMS)
_DOCKET = re.compile(f"(?i:(?<![^\\W\\d_])(?:{by_first_letter(_DOCKET_STEMS)}))[^\\n|]{{0,8}}?[0-9]")
_FILING = re.compile(f"(?i:{by_first_letter(_FILING_STEMS)})")
# A company's legal form (not a person's party), lexicon data in lower case, dots dropped.
COMPANY_FORMS = frozenset(
    "gmbh ag kg ohg ug mbh ev llc llp lp inc corp co ltd plc sarl sas sa eurl sl slu srl spa snc bv nv vof sp zoo "
    "oy ab as aps kk".split())
# The goods a shop sells around a document (a template, a holder, a frame: `Heiratsurkunde Vorlage - Gold Rahmen`,
# `Marriage Certificate Holder - Gold Foil`), by language, canonical, lower case: a party holding one is a product's.
DOCUMENT_GOODS = frozenset(
    "template templates holder holders cover frame frames folder folders kit set sets form forms foil print prints "
    "vorlage vorlagen muster formular rahmen mappe hulle druck modele cadre pochette couverture plantilla marco "
    "funda carpeta modello cornice cartellina sjabloon lijst map mapje wzor ramka okladka modelo moldura capa".split())
# (group 1: the signer) a waiver's word, the rest of its title within a line, signed by and a full name
_SIGNED_WAIVER = re.compile(f"(?i:{by_first_letter(_WAIVER_STEMS)})[^\\n|]{{0,60}}?(?i:{SIGNED_BY})[ \\t]{{1,3}}"
                            f"({FULL_NAME}){END}")
# A law report's or a case law identifier's mark after public case law's parties: a year in brackets (`[1932]`,
# England's neutral citations), an ECLI, a reporter's volume and page (`347 U.S. 483`, `F.3d`, `S. Ct.`).
_LAW_REPORT = re.compile(r"\[(?:1[89]|20)[0-9]{2}\]|ECLI|U\.S\.[ ]?[0-9]|F\.[234]d|S\.[ ]?Ct\.|[0-9][ ]All[ ]ER|WLR")
# (a party's word: a name's, a word in capitals, an abbreviation, a company's form in lower case, `plc`)
_PARTY_WORD = (f"(?:{WORD}|{CAPITAL_WORD}|[A-Z][A-Za-z&.]{{0,9}}"
               f"|(?:{'|'.join(sorted(COMPANY_FORMS))})\\.?(?![^\\W\\d_]))")
_PARTY = f"{_PARTY_WORD}(?:[ \\t]{{1,3}}{_PARTY_WORD}){{0,3}}"
_ADVERSE = r"\./\.|v\.|vs\.?|v|c/|gegen|contre|contra|contro|tegen|versus|przeciwko"
_JOINT = r"-|y|e|et|und|and|&|en|i"
# (group 1, 3: the parties; group 2: the separator) after a blank, a colon or a dash, within one line
_PARTIES = re.compile(f"(?:^|(?<=[ \\t:-]))({_PARTY})[ \\t]{{1,3}}({_ADVERSE}|{_JOINT})[ \\t]{{1,3}}({_PARTY})"
                      f"(?=[ \\t]{{0,3}}(?:$|[,;(\\n]|-[ \\t]))")
_PERSON_NAME = re.compile(f"(?:{WORD}|{CAPITAL_WORD})(?:-(?:{WORD}|{CAPITAL_WORD}))?"
                          f"(?:[ \\t]{{1,3}}(?:{WORD}|{CAPITAL_WORD})){{0,2}}")
# (the subject last: a full name, or a family name in capitals and a given name, ending the text)
_SUBJECT_LAST = re.compile(f"[ \\t]-[ \\t]{{1,3}}({FULL_NAME}|{CAPITAL_WORD}[ \\t]{{1,3}}{WORD})[ \\t.]{{0,3}}$")
_WINDOW = 120  # (a title's parties follow its docket's number or its filing's word within a line)
_JOINT_SEPARATORS = frozenset(_JOINT.split("|"))
_JOINT_LEAD = re.compile(r"[a-z \t:.-]{0,60}")


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a person as a party after a docket's number or a filing's word, or as
    a file's subject last after its number (above), or ""."""
    if _LAW_REPORT.search(form) is not None:
        return ""
    signed = _SIGNED_WAIVER.search(form)
    if signed is not None and _a_person(signed.group(1)):
        return PERSON_NAME
    start = _context_end(form)
    if start is None:
        return ""
    for match in _PARTIES.finditer(form, start, min(len(form), start + _WINDOW)):
        first, second = match.group(1), match.group(3)
        if match.group(2) in _JOINT_SEPARATORS:
            # (a joint filing's parties follow its word with lower-case words and marks alone between: German
            # capitalizes its nouns, `Klage einreichen in 3 Schritten - Jetzt Starten` is a page's title)
            if _JOINT_LEAD.fullmatch(form, start, match.start(1)) is not None and _a_person(first) and (
                    _a_person(second)):
                return PERSON_NAME
        elif _a_person(first) or _a_person(second):
            return PERSON_NAME
    subject = _SUBJECT_LAST.search(form, start)
    if subject is not None and _ends_in_a_file_number(form[start:subject.start()]) and _a_person(subject.group(1)):
        return PERSON_NAME
    return ""


# (closer 142, sixty-ninth attack: help desks) A help desk's ticket or case, by language, before its number (`Ticket
# #730591`, `Case 00730591`, `Anfrage Nr. 4821`): what the detector searches first (compiled there, TICKET_CUE_SOURCE),
# in any case. Its subject after it names the ticket's person as a cell of a row alone (`Case … | <Given> <Family> |
# Priority: High`), or after a colon as `<Family>, <Given>` or a full name set off by a dash (`Ticket #…: <Family>,
# <Given> – cannot log in`); a ticket's topic is a thing's or a product's words (`Ticket #48213: Login Issue – …`).
TICKET_WORDS = {
    "English": "ticket|case|incident|request|issue", "German": "anfrage|vorgang|fall|meldung",
    "French": "demande|incident|requete", "Spanish": "caso|incidencia|solicitud|incidente",
    "Italian": "richiesta|segnalazione|caso", "Dutch": "melding|verzoek|zaak", "Portuguese": "chamado|pedido|caso",
    "Polish": "zgloszenie|sprawa",
    # (closer 157, seventy-fourth attack) a conveyancing lawyer's matter, as its number names it (`Matter 583174:`)
    "matters": "matter|akte|expediente|pratica|processo",
}
TICKET_CUE_SOURCE = ("(?i:(?<![^\\W\\d_])(?:" + by_first_letter(sorted({stem for stems in TICKET_WORDS.values()
                                                                        for stem in stems.split("|")}))
                     + "))[ \\t]{0,3}(?i:#|nr\\.?|no\\.?|n°)?[ \\t]{0,3}[A-Z]{0,4}-?[0-9]{4,12}"
                     # (closer 166: a year's number and its serial after a slash, `Matter 2026/118:`)
                     "(?:/[0-9]{1,8})?(?![0-9])")
_TICKET = re.compile(TICKET_CUE_SOURCE)
# A ticket's topic's words, by meaning and language (canonical, lower case): what a ticket is about, its state and
# its priority, which no name holds (`Login Issue`, `Billing Question`, `Refund Request`, `Password Reset`).
TICKET_TOPIC_WORDS = frozenset((
    "question questions issue issues problem problems request requests error errors bug bugs failed failure fail "
    "broken reset login log sign access account accounts password billing invoice invoices payment payments refund "
    "refunds charge charged order orders delivery shipping shipment cancel cancellation cancelled upgrade downgrade "
    "subscription plan trial renewal feature features outage down slow sync import export integration integrations "
    "api webhook sso setup onboarding data report reports dashboard mobile app email emails notification "
    "notifications update migration performance security permissions urgent high low medium normal critical open "
    "checkout cart page pages site website screen button form link widget template theme plugin domain dns server "
    "ssl certificate upload download file files user users seat seats license licence "
    "closed pending solved resolved new escalated "
    # (review 24: an item's or a term's words, `Missing Item`, `Grace Period`)
    "missing item items wrong damaged period refunded returned return returns "
    "frage problem fehler anmeldung zugang konto passwort rechnung zahlung erstattung bestellung lieferung kundigung "
    "probleme erreur connexion acces compte mot facture paiement remboursement commande livraison resiliation "
    "pregunta problema error acceso cuenta contrasena factura pago reembolso pedido envio cancelacion "
    "domanda problema errore accesso password fattura pagamento rimborso ordine spedizione "
    "vraag probleem fout inloggen toegang wachtwoord factuur betaling terugbetaling bestelling levering "
    "pergunta erro acesso conta senha fatura pagamento reembolso pedido entrega "
    "pytanie problem blad logowanie dostep konto haslo faktura platnosc zwrot zamowienie dostawa").split())
_CELL_NAME = re.compile(f"\\|[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{0,3}}(?=\\||$)")
# (a ticket's subject after its colon or, closer 146, after a dash between blanks: `Ticket #… – <Given> <Family> – …`)
_COLON_NAME = re.compile(f"[ \\t]{{0,3}}(?::|(?<=[ \\t])-)[ \\t]{{1,3}}"
                         f"(?:({WORD}),[ \\t]{{1,3}}({WORD})|({FULL_NAME}))(?=[ \\t]{{0,3}}(?:$|[-|(\\n]))")


# (closer 157) A conveyancing matter's client after its number: one capitalized word, the client's family name, before
# the transaction's word by language (`Matter …: <Family> purchase`, `Akte …: <Family> Kauf`); a property's or a
# tenure's word, a place's or a season's there is none (`Matter …: Freehold purchase`, `…: London sale`).
CONVEYANCING_WORDS = ("purchase|sale|remortgage|transfer|kauf|verkauf|ankauf|achat|vente|compra|venta|compraventa"
                      "|acquisto|vendita|compravendita|aankoop|verkoop|venda")
_MATTER_CLIENT = re.compile(f"[ \\t]{{0,3}}(?::|(?<=[ \\t])-)[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}"
                            f"(?i:{CONVEYANCING_WORDS})(?![^\\W\\d_])")
_TENURES = frozenset((
    "freehold leasehold property house home flat apartment land plot commercial residential new build cash shared "
    "ownership portfolio auction probate haus wohnung grundstuck maison appartement terrain casa piso vivienda "
    "appartamento terreno huis woning grond summer winter spring autumn easter christmas clearance flash annual final "
    "big mega").split())


def ticket_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a ticket's person as its subject after the ticket's word and number
    (TICKET_WORDS, above), or ""."""
    ticket = _TICKET.search(form)
    if ticket is None:
        return ""
    line_end = form.find("\n", ticket.end())
    line_end = len(form) if line_end < 0 else line_end
    cell = _CELL_NAME.search(form, ticket.end(), line_end)
    if cell is not None and _a_ticket_person(cell.group(1)):
        return PERSON_NAME
    client = _MATTER_CLIENT.match(form, ticket.end(), line_end)
    if client is not None and client.group(1).lower() not in _TENURES and not _a_place(client.group(1)) and (
            _a_ticket_person(client.group(1))):
        return PERSON_NAME
    after = _COLON_NAME.match(form, ticket.end(), line_end)
    if after is None:
        return ""
    name = after.group(3) or f"{after.group(2)} {after.group(1)}"
    # (a full name before an item's issue, `Harry Potter – Wrong Edition`, is refused too: no rule tells a title or
    # a product from a customer, `Anna Schmidt – Firmware update fails`; a withheld title costs less than a name sent)
    return PERSON_NAME if _a_ticket_person(name) else ""


def _a_ticket_person(name: str) -> bool:
    """Whether `name` after a ticket's number is a person's: no topic's word (TICKET_TOPIC_WORDS), a person's."""
    return not any(word.lower() in TICKET_TOPIC_WORDS for word in name.split()) and _a_person(name)


# (closer 149, sixty-ninth attack: help desks) A ticket's, a request's or a complaint's sender after its word and a
# sender's preposition or verb, by language (`Refund request from <Given> <Family> - order …`, `Incidencia 730591 de
# …:`, `Ticket aperto da …`, `Ticket van … over …`): a full name there is the person who wrote in. Not a trip's
# (`Ticket from San Francisco to …`: a place's name, or a destination's preposition after the words), nor a
# business's, a department's or an organization's (`Request from Amazon`, `Ticket de Soporte Técnico`, `Ticket van
# Gogh Museum`: SENDER_DESK_WORDS, postal's organizations).
COMPLAINT_WORDS = {
    "English": "complaint", "German": "beschwerde|reklamation", "French": "reclamation|plainte",
    "Spanish": "reclamacion|queja|reclamo", "Italian": "reclamo|lamentela", "Dutch": "klacht|reclamatie",
    "Portuguese": "reclamacao|queixa", "Polish": "skarga|reklamacja",
}
SENDER_WORDS = {
    "English": "from|sent by|opened by|submitted by|raised by|filed by|created by|reported by",
    "German": "von|eroffnet von|erstellt von|gesendet von|gemeldet von",
    "French": "de|de la part de|ouvert par|ouverte par|envoye par|envoyee par|cree par|creee par",
    "Spanish": "de|abierto por|abierta por|enviado por|enviada por|creado por|creada por",
    "Italian": "da|aperto da|aperta da|inviato da|inviata da|creato da|creata da",
    "Dutch": "van|geopend door|ingediend door|verstuurd door|gemeld door",
    "Portuguese": "de|aberto por|aberta por|enviado por|enviada por",
    "Polish": "od|zgloszone przez|wyslane przez",
}
# A help desk's department or queue, by language (canonical, lower case), which a ticket is opened by as often as a
# person: no name's word.
SENDER_DESK_WORDS = frozenset((
    "support technical tech helpdesk desk billing accounts accounting finance legal marketing operations product "
    "engineering customers customer partners partner vendor vendors supplier suppliers system automation portal web "
    "website online api bot outlet "
    # (session 39: a channel a ticket comes from, `Ticket #1042 from Facebook Messenger`, `from Amazon Seller Central`)
    "messenger whatsapp telegram instagram facebook twitter chat email mail phone sms app widget form central "
    "seller sellers store shop "
    "technischer technik abteilung kunden soporte tecnico tecnica atencion clientes cliente departamento "
    "technique clients assistenza tecnica clienti ufficio klanten afdeling suporte tecnico dzial klienci").split())
_SENDER_CONTEXT_STEMS = sorted({stem for stems in (*TICKET_WORDS.values(), *COMPLAINT_WORDS.values())
                                for stem in stems.split("|")})
_SENDER_PHRASES = table_phrases(SENDER_WORDS)
# What `sender_reason` needs, searched first by the detector in the lower-cased form: a ticket's, a request's or a
# complaint's word, maybe its number, and a sender's word after it.
SENDER_CUE_SOURCE = (f"(?<![^\\W\\d_])(?:{by_first_letter(_SENDER_CONTEXT_STEMS)})"
                     f"(?:[ \\t]{{1,3}}(?:#|nr\\.?|no\\.?|n°)?[ \\t]{{0,3}}[a-z]{{0,4}}-?[0-9]{{1,12}})?"
                     f"[ \\t]{{1,3}}(?:{phrase_alternation(_SENDER_PHRASES)})[ \\t]")
_SENDER = re.compile(f"(?i:{SENDER_CUE_SOURCE})[ \\t]{{0,2}}({FULL_NAME}){END}")
# A destination's preposition after the words, by language: a trip's ticket (`… from Santa Clara to Lodi`).
_DESTINATION = re.compile(r"[ \t]{1,3}(?:to|nach|naar|a|au|para|per|do|till|til)(?![^\W\d_])")


def sender_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a ticket's, a request's or a complaint's sender after its word and a
    sender's word (SENDER_WORDS, above), no brand's (closer 187: brand_words.a_brands_name, `Payment request from
    Thames Water`), or ""."""
    for match in _SENDER.finditer(form):
        name = match.group(1)
        if _DESTINATION.match(form, match.end(1)) is None and _a_sender(name) and not a_brands_name(name) and (
                _a_senders_cue(form, match)):
            return PERSON_NAME
    return ""


# The senders' words that are a bare preposition (a title's `of` as often: `Ticket from …` a gift's, `Pedido de
# Compra Rápida` an order's kind).
_BARE_SENDERS = frozenset("from von de da van od".split())
_SENDER_PHRASE_SET = frozenset(_SENDER_PHRASES)
_COMPLAINT_STEMS = tuple(sorted({stem for stems in COMPLAINT_WORDS.values() for stem in stems.split("|")}))


def _a_senders_cue(form: str, match: re.Match[str]) -> bool:
    """Whether the words before the name say a file's sender: a sender's verb (`opened by`, `aperto da`), or a bare
    preposition after a file's number (`Ticket #1042 from …`), a complaint's word (`Beschwerde von …`) or a topic's
    word before a request's (`Refund request from …`)."""
    cue = form[match.start():match.start(1)].lower().split()
    if not cue or cue[-1] not in _BARE_SENDERS or any(char.isdigit() for char in "".join(cue)) or any(
            " ".join(cue[-size:]) in _SENDER_PHRASE_SET for size in (2, 3, 4)):
        return True
    return cue[0].startswith(_COMPLAINT_STEMS) or (
        word_before(form, match.start()).lower() in TICKET_TOPIC_WORDS)


def _a_sender(name: str) -> bool:
    """Whether `name` after a sender's word is a person's: no desk's, topic's or organization's word, no place's."""
    return not any(word.lower() in SENDER_DESK_WORDS for word in name.split()) and _a_ticket_person(name) and (
        not _a_place(name)) and not _place_or_business(name)


# A file's number: after its number word (`n°3`, `Nr. 12`), or a token holding digits and a capital or a slash
# (`481BG4817267`, `12/26`), or five digits or more (`2026-4471`); not a year (`Antrag 2026 - Jetzt Starten`).
_NUMBER_WORD_AND_DIGITS = re.compile(r"(?i:n[°o]|nr|no|#)\.?[0-9]{1,12}")
_MAX_NUMBER = 32


def _ends_in_a_file_number(part: str) -> bool:
    """Whether `part` (the title before its last dash) ends in a file's number (above)."""
    tokens = part.split()[-2:]
    if not tokens or len(tokens[-1]) > _MAX_NUMBER:
        return False
    last = tokens[-1]
    digits = sum(char.isdigit() for char in last)
    return digits > 0 and (digits >= 5 or any(char.isupper() or char == "/" for char in last)) or any(
        _NUMBER_WORD_AND_DIGITS.fullmatch(token) is not None for token in (last, "".join(tokens)))


def _context_end(form: str) -> Optional[int]:
    """Where the first docket's label and number or filing's word of `form` ends, or None."""
    docket = _DOCKET.search(form)
    filing = _FILING.search(form)
    ends = [match.end() for match in (docket, filing) if match is not None]
    return min(ends) if ends else None


def _a_person(party: str) -> bool:
    """Whether `party` is a person's name: a name's shape, no company's form, no addressee's, business's, product
    line's nor thing's word."""
    if _PERSON_NAME.fullmatch(party) is None or any(
            word.lower().replace(".", "") in COMPANY_FORMS or word.lower() in DOCUMENT_GOODS for word in party.split()):
        return False
    return a_person(party) and not a_product(party) and not a_thing(party)


# (closer 160, seventy-sixth attack: second-hand marketplaces) A marketplace's buyer or seller, by language, named in a
# dispute, a claim or a chat by the party's word in running text (after a lower-case word or an article's elision: `mit
# Käufer …`, `par l'acheteuse …`, `od kupującego: …`, `met koper …`, `against seller …`) before a full name, maybe
# after a colon: that party is a person. Not a title's or a program's capitalized words opening a text (`Seller
# Central`, `Top Seller Badge`, `Acheteur Pro`), a compound (`Käuferschutz`), a rank before a seller (`best seller
# …`, a book's), nor a business or a shop after the word (`contact seller Apple Store`: SENDER_DESK_WORDS, postal's
# organizations).
MARKETPLACE_PARTIES = {
    "English": "buyer|seller", "German": "kaufer|kauferin|verkaufer|verkauferin",
    "French": "acheteur|acheteuse|vendeur|vendeuse",
    "Spanish and Portuguese": "comprador|compradora|vendedor|vendedora",
    "Italian": "acquirente|compratore|compratrice|venditore|venditrice", "Dutch": "koper|koopster|verkoper|verkoopster",
    "Polish": "kupujacy|kupujaca|kupujacego|kupujacej|sprzedajacy|sprzedajaca|sprzedajacego|sprzedajacej|sprzedawca"
              "|sprzedawcy|nabywca|nabywcy",
    "Swedish": "kopare|saljare|saljaren|koparen", "Danish and Norwegian": "kober|kjoper|saelger|selger",
    "Finnish": "ostaja|myyja",
}
# A rank before a seller's word makes it a book's or a product's (`best seller`, `top seller`), by language.
_SELLER_RANKS = frozenset("best top bester bestes meilleur meilleure mejor miglior beste".split())
_PARTY_WORDS = table_phrases(MARKETPLACE_PARTIES)
# A shop's words by language (canonical, lower case), which a seller's trading name holds (`Amazon Warehouse`, `Media
# Markt`, `Nike Official`) and no person's name; besides SENDER_DESK_WORDS' store, shop and outlet.
SHOP_NAME_WORDS = frozenset((
    "warehouse market marketplace deals official direct boutique magasin tienda negozio winkel sklep butik kauppa "
    "markt handel laden mercado mercato marche bazar bazaar trading traders vintage resale drogerie drogeria").split())
# What `party_reason` needs, searched first by the detector in the lower-cased form: a party's word as a word after a
# lower-case word and a blank, or an elision.
PARTY_CUE_SOURCE = (f"(?:[a-z][ \\t]{{1,3}}|[a-z]['’])(?:{by_first_letter(_PARTY_WORDS)})(?![^\\W\\d_])"
                    f"[ \\t]{{0,3}}:?[ \\t]{{1,3}}")
_PARTY_NAMED = re.compile(f"(?<![^\\W\\d_])(?:{by_first_letter(_PARTY_WORDS)}"
                          f"|{by_first_letter([word.capitalize() for word in _PARTY_WORDS])})(?![^\\W\\d_])"
                          f"[ \\t]{{0,3}}:?[ \\t]{{1,3}}({FULL_NAME}){END}")
_LOWER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[a-z]{1,15}(?:['’]|[ \t]{1,3})$")


# (closer 160) ... and an offer's sender on a marketplace: an offer's or a bid's word by language, an amount, then a
# bare preposition (`from`, `von`, `de`, `da`, `van`, `od`) and a full name (`Offer of £45 from …`, `Preisvorschlag:
# 40 € von …`): who offered. A shop's discount names its brand there (`Offer of 20% from Nike`: a percentage is no
# offer's amount; German `Angebot`, a shop's as often, is not read alone), and a business's or a shop's words are no
# person's (case_titles._a_sender, SHOP_NAME_WORDS), nor a brand's common words (brand_words.BRAND_WORDS, closer 165:
# `… from Just Eat`, `… from seller Cotswold Outdoor`).
OFFER_WORDS = {
    "English": "offer|counteroffer|counter-offer|counter offer|bid", "German": "preisvorschlag|gegenangebot|kaufangebot"
    "|gebot", "French": "offre|contre-offre|proposition", "Spanish": "oferta|contraoferta",
    "Italian": "offerta|controfferta|controproposta", "Dutch": "bod|tegenbod|prijsvoorstel",
    "Polish": "oferta|propozycja|kontroferta", "Portuguese": "oferta|contraproposta|contraoferta",
}
_OFFER_STEMS = sorted({stem for stems in OFFER_WORDS.values() for stem in stems.split("|")})
# (an offer's word as a word, its amount within a few characters, no percentage, then a bare preposition; or, opening
# the text or a line, an offer's word, German's `Angebot` too, right before the bare preposition, as a notification's
# title writes it without its amount: `Offer from …`, `Angebot von …`; closer 171)
OFFER_CUE_SOURCE = (f"(?<![^\\W\\d_])(?:{by_first_letter(_OFFER_STEMS)})[^\\n|0-9%]{{0,12}}[0-9][0-9.,]{{0,9}}"
                    f"(?![0-9.,]*[ \\t]{{0,2}}%)[^\\n|0-9%]{{0,8}}?[ \\t](?:from|von|de|da|van|od)[ \\t]"
                    f"|(?:^|(?<=\\n))[ \\t]{{0,3}}(?:{by_first_letter(_OFFER_STEMS + ['angebot'])})[ \\t]{{1,3}}"
                    f"(?:from|von|de|da|van|od)[ \\t]")
_OFFER_SENDER = re.compile(f"(?i:{OFFER_CUE_SOURCE})[ \\t]{{0,2}}({FULL_NAME}){END}")


# (closer 164, seventy-sixth attack) ... and a marketplace's notification opening on the sender's full name, then an
# offer's or a message's verb phrase aimed at `you` by language (`… hat dir ein Angebot gemacht`, `… sent you an
# offer`, `… vous a fait une offre`, `… te ha hecho una oferta`): who offered or wrote. A brand sends offers too: one
# word is no full name (`Nike hat dir ein Angebot gemacht` goes out), a shop's or a business's words are none.
OFFERS_TO_YOU = {
    "English": "sent you an offer|made you an offer|sent you a counteroffer|sent you a counter-offer|sent you a bid"
               "|sent you a message|messaged you|has sent you an offer|has made you an offer|has sent you a message",
    "German": "hat dir ein angebot gemacht|hat ihnen ein angebot gemacht|hat dir einen preisvorschlag gemacht"
              "|hat ihnen einen preisvorschlag gemacht|hat dir einen preisvorschlag geschickt|hat dir geschrieben"
              "|hat dir eine nachricht geschickt|hat dir eine nachricht gesendet|hat ihnen eine nachricht gesendet",
    "French": "vous a fait une offre|t'a fait une offre|vous a envoyé une offre|t'a envoyé une offre"
              "|vous a envoyé un message|t'a envoyé un message|vous a écrit|t'a écrit",
    "Spanish": "te ha hecho una oferta|te hizo una oferta|le ha hecho una oferta|te ha enviado una oferta"
               "|te ha enviado un mensaje|te envió un mensaje|te ha escrito",
    "Italian": "ti ha fatto un'offerta|ti ha fatto una offerta|ti ha inviato un'offerta|ti ha inviato un messaggio"
               "|ti ha scritto",
    "Dutch": "heeft je een bod gedaan|heeft u een bod gedaan|heeft je een bericht gestuurd"
             "|heeft u een bericht gestuurd",
    "Portuguese": "te fez uma oferta|fez-te uma oferta|te enviou uma oferta|te enviou uma mensagem"
                  "|enviou-te uma mensagem",
    "Polish": "złożył ci ofertę|złożyła ci ofertę|wysłał ci wiadomość|wysłała ci wiadomość",
}
# (closer 171: the phrases with a typographic apostrophe too, `ti ha fatto un’offerta`)
_OFFER_TO_YOU_PHRASES = sorted({variant for phrase in table_phrases(OFFERS_TO_YOU)
                                for variant in (phrase, phrase.replace("'", "’"))}, key=longest_first)
_OFFERED_TO_YOU = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{1,3}}"
                             f"(?i:{phrase_alternation(_OFFER_TO_YOU_PHRASES)})(?![^\\W\\d_])")
# (closer 171) ... or, in a text wholly in lower case, where no case tells a name (name_shapes.CASELESS_NAME), two
# lower-case words there, none a determiner's, a pronoun's or a marketplace party's word (_NO_SENDERS_WORDS, by
# language: `your buyer`, `someone new`), read as the capitalized name would be (`customer service`, `summer sale` are
# no person's).
_OFFERED_TO_YOU_IN_LOWER_CASE = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}({LOWER_WORD}[ \\t]{{1,3}}{LOWER_WORD})"
                                           f"[ \\t]{{1,3}}(?:{phrase_alternation(_OFFER_TO_YOU_PHRASES)})"
                                           f"(?![^\\W\\d_])")
_NO_SENDERS_WORDS = frozenset(_PARTY_WORDS) | frozenset((
    "a an the our your my his her their its this that these those some any every each no new another other else "
    "someone somebody anyone anybody everyone everybody nobody one user member shopper customer "
    "dein deine ihr ihre der die das ein eine jemand votre ton ta le la un une quelqu'un tu su el una alguien "
    "il lo uno qualcuno je uw de het een iemand twój twoja ktoś").split())
# ... and a pickup at a person's: a pickup's word by language (PICKUPS), up to thirty characters of its time, a word for
# `at a person's` (name_shapes.AT_A_PERSONS: `bei`, `chez`, `da`, `bij`, `u`, `hos`), a full name, a comma and a
# street line (postal.street_line_alone: `Abholung morgen 18 Uhr bei …, Gartenweg 3`); a branch or a shop is no person
# (`Abholung bei Filiale Köln`). English `at` too (closer 171): the street line after the name is the cue, and a
# shop's, a brand's or a place's words are no person's (`Pickup at Tesco Extra, 5 High Street` goes out).
PICKUPS = {
    "English": "pickup|pick-up|pick up|collection|collect", "German": "abholung|abholen|selbstabholung|abholbereit",
    "French": "retrait|à récupérer|remise en main propre", "Spanish": "recogida|recoger|entrega en mano",
    "Italian": "ritiro|ritirare|consegna a mano", "Dutch": "ophalen|afhalen|ophaling", "Polish": "odbiór",
    "Swedish": "hämtning|upphämtning|hämtas", "Finnish": "nouto|noutaa",
}


_PICKUP_PHRASES = table_phrases(PICKUPS)
_PICKED_UP_AT = re.compile(f"(?<![^\\W\\d_])(?i:{phrase_alternation(_PICKUP_PHRASES)})(?![^\\W\\d_])"
                           f"[^\\n,;:]{{0,30}}?[ \\t](?i:{AT_A_PERSONS})[ \\t]{{1,3}}({FULL_NAME}),[ \\t]{{1,3}}"
                           f"([^,;\\n]{{4,60}})")
NOTICE_CUE_SOURCE = f"(?:{by_first_letter(_OFFER_TO_YOU_PHRASES)}|{by_first_letter(_PICKUP_PHRASES)})"


def offer_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names an offer's sender after its word, its amount and a bare preposition
    (OFFER_WORDS, above), or ""."""
    for match in _OFFER_SENDER.finditer(form):
        name = match.group(1)
        # (closer 165: `Offer of £5 from Just Eat`; a club's, 171; a campaign's or a meaning's, as a notifier's:
        # `Offer from Black Friday`, the lead's review of closer 171)
        if _a_notifier(name):
            return PERSON_NAME
    return ""


def notice_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` opens on a full name who offered or wrote to `you` (OFFERS_TO_YOU), or names a
    pickup at a person's before a street line (PICKUPS, above), or ""."""
    for match in _OFFERED_TO_YOU.finditer(form):
        if _a_notifier(match.group(1)):
            return PERSON_NAME
    if form.islower():  # (no capital in the text: `… sent you an offer` after a name in lower case)
        for match in _OFFERED_TO_YOU_IN_LOWER_CASE.finditer(form):
            words = match.group(1).split()
            if _NO_SENDERS_WORDS.isdisjoint(words) and _a_notifier(" ".join(word.capitalize() for word in words)):
                return PERSON_NAME
    for match in _PICKED_UP_AT.finditer(form):
        name = match.group(1)
        if _a_notifier(name) and not _a_place(name.split()[-1]) and street_line_alone(match.group(2)) and (
                name.split()[-1].lower() not in STORE_FORMATS) and (  # (`Pickup at Tesco Extra, …`)
                name.split()[-1].lower() not in PICKUP_PLACES_AND_TIMES) and (  # (`Pickup at Main Entrance, …`)
                HANDOVER_PLACES.isdisjoint(name.lower().split())):  # (a building's door, closer 178: `Back Door`)
            return PERSON_NAME
    return ""


def _a_notifier(name: str) -> bool:
    """Whether `name`, opening a notification or after a pickup's `at a person's`, is a person's: a sender's
    (_a_sender) holding no shop's, campaign's (`Black Friday`), brand's nor business's (brand_words.a_business_name:
    `Just Eat`, `Relais Colis`, `Zalando Lounge`; closer 171) nor thing's word (`Dm Drogerie`, `Boulangerie Paul`:
    personal_documents.a_meaning_not_a_name)."""
    return _a_sender(name) and not a_business_name(name) and not any(
        word.lower() in SHOP_NAME_WORDS or word.lower() in _CAMPAIGN_WORDS for word in name.split()) and (
        not a_meaning_not_a_name(name))


def party_reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a marketplace's buyer or seller by the party's word in running text
    before a full name (MARKETPLACE_PARTIES, above), or ""."""
    for match in _PARTY_NAMED.finditer(form):
        before = form[max(0, match.start() - 19):match.start()]
        lead = _LOWER_WORD_BEFORE.search(before)
        if lead is None or lead.group().strip(" \t'’") in _SELLER_RANKS:
            continue
        name = match.group(1)
        # (after a colon a heading's words as often, `Guía del vendedor: Cómo Vender Rápido`: two words there)
        if ":" in form[match.start():match.start(1)] and len(name.split()) > 2:
            continue
        if _a_sender(name) and not _a_place(name.split()[-1]) and not any(
                word.lower() in SHOP_NAME_WORDS for word in name.split()) and not a_brands_name(name):
            return PERSON_NAME
    return ""
