"""A person's name on a document made out to one person, for the detector (closer 114, fifty-eighth attack: work). A
CV, a payslip, a certificate, a badge, a timesheet, an expense report, an application, a job interview or a receipt
(closer 130) names its one person:
in its file's name (`CV_<Given>_<Family>_2025.pdf`, `Lebenslauf_<Family>_<Given>.docx`,
`<Given>_<Family>_CV.pdf`) or in its title, set off from the document's word (`Payslip 2026-11 <Given> <Family>`,
`Urenstaat week 48 – <Given> <Family>`, `issued to`, `rilasciato a`, `Candidature de`, `Zertifikat Nr. … für`).

The documents' words are lexicon data by meaning and language (DOCUMENTS); the name is a name's shape (name_shapes:
two or three capitalized words, or a family name in capitals beside the given name) none of whose words names a
document's kind, a style, a course's level, a trip, a workplace, a month or a thing (NOT_NAMES_BY_MEANING,
role_labels.a_thing, name_shapes). In a title the name follows the document's reference or period ending in a
digit, a dash, a colon or a bracket after such words, or a phrase making the document out to someone; save after an
explicit phrase (`issued to`), a family name in capitals or the document's reference or a period finer than a year
must be there too (_DATED): a product's title carries its year (`Diploma 2025 – Bachelor Science`), a template's
none of these (`CV Template Modern`, `Certificate of Good Standing`). A payslip's file names one person even by a
family name alone after its month (`Gehaltsabrechnung_11-2026_<Family>.pdf`); a certificate's or a badge's file is a
shop's asset as often, and names one only before a credential's code or number (`Badge_<Family>_<Given>_PMP.png`). A
word for an interview alone is a press interview's as often (`Interview with …`): it names a candidate only before
the appointment's date or hour. English `application` is software's as often, and is none of these words.
Lower-case file names and slugs are not read: no case tells a name from a template's words there
(`cv-modern-blue.docx`).
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable

from .canonical import branches_by_first_letter, by_first_letter, canonical, longest_first, phrase_alternation
from .name_shapes import CAPITAL_WORD, FULL_NAME, WORD, a_person, a_product
from .role_labels import NOT_NAME_WORDS, a_thing

PERSON_NAME = "holds a person's name"

# A document made out to one person, by meaning and language: its words as a title or a file's name opens with them.
DOCUMENTS: Dict[str, Dict[str, str]] = {
    "a CV": {
        "English": "cv|resume|curriculum vitae", "German": "lebenslauf", "French": "curriculum vitae",
        "Spanish": "curriculum|curriculum vitae", "Portuguese": "curriculo", "Italian": "curriculum",
        "Polish": "życiorys",
    },
    "an application": {
        "English": "job application", "German": "bewerbung|bewerbungsunterlagen",
        "French": "candidature", "Spanish and Italian": "candidatura", "Dutch": "sollicitatie",
    },
    "a payslip": {
        "English": "payslip|paystub",
        "German": "gehaltsabrechnung|lohnabrechnung|entgeltabrechnung|verdienstabrechnung|lohnzettel|gehaltszettel",
        "French": "bulletin de paie|bulletin de salaire|fiche de paie", "Spanish": "nómina",
        "Italian": "busta paga|cedolino", "Portuguese": "holerite|contracheque|recibo de vencimento",
        "Dutch": "loonstrook|loonstrookje|salarisstrook", "Polish": "pasek wynagrodzenia|odcinek płacowy",
    },
    "a certificate": {
        "English": "certificate|diploma", "German": "zertifikat|urkunde|teilnahmebescheinigung|teilnahmebestätigung",
        "French": "certificat|attestation|diplôme", "Spanish": "certificado|diploma|constancia",
        "Portuguese": "certificado|diploma", "Italian": "attestato|certificato|diploma",
        "Dutch": "certificaat|diploma|getuigschrift", "Polish": "certyfikat|zaświadczenie|dyplom",
    },
    "a timesheet": {
        "English": "timesheet", "German": "stundenzettel|stundennachweis|arbeitszeitnachweis",
        "French": "feuille de temps|relevé d'heures", "Spanish": "parte de horas", "Italian": "foglio ore",
        "Dutch": "urenstaat|urenbriefje", "Polish": "karta czasu pracy",
    },
    "an expense report": {
        "English": "expense report|expense claim|expenses claim", "German": "spesenabrechnung|reisekostenabrechnung",
        "French": "note de frais", "Spanish": "nota de gastos|informe de gastos", "Italian": "nota spese",
        "Dutch": "onkostennota|declaratie", "Polish": "rozliczenie delegacji",
    },
    # (closer 119, sixty-first attack: schools) a card made out to one reader or one pupil: a library's card, a pupil's
    # or a student's id card
    "a reader's or a pupil's card": {
        "English": "library card|student card|student id card", "German": "bibliotheksausweis|schülerausweis",
        "French": "carte de bibliothèque|carte étudiante",
        "Spanish": "carné de biblioteca|carnet de biblioteca|carné de estudiante|carnet de estudiante",
        "Portuguese": "cartão de biblioteca|carteira de estudante", "Italian": "tessera della biblioteca",
        "Dutch": "bibliotheekpas", "Polish": "legitymacja szkolna|legitymacja studencka|karta biblioteczna",
    },
    "a job interview": {
        "English": "job interview", "German": "vorstellungsgespräch|bewerbungsgespräch",
        "French": "entretien d'embauche", "Spanish": "entrevista de trabajo", "Portuguese": "entrevista de emprego",
        "Italian": "colloquio di lavoro", "Dutch": "sollicitatiegesprek", "Polish": "rozmowa kwalifikacyjna",
    },
    # (closer 130, sixty-fifth attack: food) a shop's receipt or invoice made out to its buyer (`Receipt ORD-… – <Given>
    # <Family> – £42.80`, `Rechnung_7781_<Family>_<Given>.pdf`); a business's words after it are no name
    "a receipt or an invoice": {
        "English": "receipt|invoice", "German": "rechnung|quittung|kassenbon", "French": "facture|reçu",
        "Spanish": "factura|recibo", "Portuguese": "fatura|recibo", "Italian": "fattura|ricevuta|scontrino",
        "Dutch": "factuur|kassabon|kwitantie", "Polish": "faktura|paragon|rachunek",
    },
    # (closer 142, sixty-ninth attack: e-signature) a contract or an offer made out to one employee or one candidate:
    # a name set off after its word alone is theirs (`Employment contract – <Given> <Family>`), none being sold
    "an employment contract": {
        "English": "employment contract|contract of employment|employment agreement|offer letter|job offer",
        "German": "arbeitsvertrag|anstellungsvertrag|dienstvertrag|ausbildungsvertrag|arbeitsangebot",
        "French": "contrat de travail|promesse d'embauche|lettre d'offre|lettre d'embauche",
        "Spanish": "contrato de trabajo|contrato laboral|carta oferta|oferta de empleo",
        "Portuguese": "contrato de trabalho|carta proposta", "Italian": "contratto di lavoro|lettera di assunzione",
        "Dutch": "arbeidsovereenkomst|arbeidscontract|arbeidsaanbod", "Polish": "umowa o pracę|oferta pracy",
    },
    # (closer 184, eighty-fourth attack: crypto exchanges) a tax form or a tax report made out to one taxpayer, and an
    # account's statement made out to its holder: a name set off after its word alone is theirs (`Form 8949 (2025) –
    # …`, `Staking rewards statement 2025 – …`), none being sold; a form's number alone names no one (`Form 8949`)
    "a tax form or report": {
        "English": "tax report|tax return|tax statement|tax summary|capital gains report|form 1040|form 1099"
                   "|form 1099-b|form 1099-da|form 1099-k|form 1099-misc|form 8949|form w-2|form w-8ben|form w-9"
                   "|w-8ben",
        "German": "steuerreport|steuerbericht|steuererklärung|steuerbescheinigung|jahressteuerbescheinigung",
        "French": "déclaration de revenus|déclaration d'impôts|rapport fiscal|imprimé fiscal unique",
        "Spanish": "declaración de la renta|informe fiscal", "Portuguese": "declaração de irs|relatório fiscal",
        "Italian": "dichiarazione dei redditi|report fiscale", "Dutch": "belastingaangifte|belastingrapport",
        "Polish": "zeznanie podatkowe|raport podatkowy",
    },
    "an account's statement": {
        "English": "account statement|annual statement|rewards statement|staking statement|bank statement"
                   "|statement of account|balance confirmation",
        "German": "kontoauszug|jahresbescheinigung|jahresübersicht|saldenbestätigung|bestätigung",
        "French": "relevé de compte|relevé annuel|attestation de solde", "Spanish": "extracto de cuenta"
        "|extracto bancario|certificado de saldo", "Portuguese": "extrato bancário|extrato de conta",
        "Italian": "estratto conto|rendiconto annuale", "Dutch": "rekeningafschrift|bankafschrift|jaaroverzicht",
        "Polish": "wyciąg z konta|wyciąg bankowy",
    },
    # (closer 184) a verification's selfie, a file's name only before its date or code (a shop's images sell selfie
    # sticks: `selfie_Stick_Pro.jpg`)
    "a verification's selfie": {"English": "selfie|liveness check"},
}
# A badge: a file's name only (a shop's titles sell badge reels and holders: `Badge Reel 3 – Cute Cat`).
BADGES: Dict[str, str] = {"English, French and German": "badge", "Dutch": "badge|naambadge", "Spanish": "credencial"}
# A word for an interview alone: a press interview's as often (`Interview with …`), a candidate's before a date.
INTERVIEWS: Dict[str, str] = {
    "English and German": "interview", "German": "gespräch", "French": "entretien", "Spanish and Portuguese":
    "entrevista", "Italian": "colloquio", "Dutch": "gesprek", "Polish": "rozmowa",
}
# The phrases that make a document out to someone, by language (`issued to`, `rilasciato a`, `ausgestellt für`).
MADE_OUT_TO: Dict[str, str] = {
    "English": "issued to|awarded to|presented to|granted to|made out to|in the name of",
    "German": "ausgestellt für|ausgestellt auf|ausgestellt an|verliehen an", "French": "délivré à|délivrée à"
    "|décerné à|décernée à|attribué à|attribuée à|au nom de", "Spanish": "expedido a|expedida a|otorgado a"
    "|otorgada a|emitido a|a nombre de", "Portuguese": "emitido para|emitido a|conferido a|em nome de",
    "Italian": "rilasciato a|rilasciata a|conferito a|intestato a", "Dutch": "uitgereikt aan|op naam van",
    "Polish": "wystawiony dla|wystawione dla",
}
# ... and the words for `of` or `for` where a language names the holder with them (`Candidature de …`, `Zertifikat
# für …`, `Lebenslauf von …`): a title's words as often (`Zertifikat für Nachhaltige Forstwirtschaft`), so a name
# after them needs the document's reference or period, or a family name in capitals (below); not English's (`of`,
# `for`: `Certificate of Good Standing`, `Resume for Data Scientist`).
OF_OR_FOR: Dict[str, str] = {
    "German": "für|von", "French": "de", "Spanish and Portuguese": "de", "Italian": "di", "Dutch": "van",
    "Polish": "dla",
}
# ... and an interview's `with`, by language (with an interview's words only: `CV with Cover Letter` is a product's).
WITH: Dict[str, str] = {
    "English": "with", "German": "mit", "French": "avec", "Spanish and Italian": "con", "Portuguese": "com",
    "Dutch": "met", "Polish": "z",
}
# Words no name holds that a document's title or file name does, by meaning and language: a template's and its
# style's, a file's state, a course's level and a certification's role, a certificate's kind (what it certifies).
NOT_NAMES_BY_MEANING: Dict[str, str] = {
    "a template and its style": (
        "template templates sample samples example examples model design format layout style guide tips builder "
        "writing free pack bundle version draft final copy scan signed print printable blank editable word pdf "
        "excel modern simple classic creative professional minimalist elegant basic standard premium new old "
        "vorlage vorlagen muster beispiel entwurf kopie tipps kostenlos modele exemple gratuit plantilla ejemplo "
        "modelo formato gratis modello esempio exemplo voorbeeld sjabloon gratis wzor szablon przyklad"),
    "a course's level and a certification's role": (
        "foundation practitioner associate expert specialist architect developer engineer administrator manager "
        "master advanced intermediate beginner level course training completion achievement participation "
        "attendance excellence appreciation recognition honor honour merit award winner speaker attendee "
        "visitor staff exhibitor volunteer organizer organiser sponsor press vip employee student"),
    "what a certificate certifies": (
        "analysis conformity origin authenticity compliance insurance warranty gift deposit quality calibration "
        "inspection test testing safety security environmental energy good standing incorporation registration "
        "residence occupancy title"),
    "a workplace": "office head site branch department team store hq buro bureau filiale standort oficina ufficio "
                   "kantoor biuro",
    "a trip, a project, a visit": (
        "project projekt projet proyecto progetto projeto trip travel reise dienstreise trasferta viaje deplacement "
        "viagem reis delegacja visit meeting conference konferenz messe salon fiera feria beurs client kunde"),
    "a file's state, an employment's kind": (
        "corrected revised updated scanned korrigiert aktualisiert neu corrige rectificado corretto gecorrigeerd "
        "minijob teilzeit vollzeit aushilfe werkstudent azubi praktikant contractor freelance interim cdi cdd "
        "fixed term permanent temporary seasonal part-time full-time befristet unbefristet indefinido temporal "
        "determinato indeterminato bepaalde onbepaalde"),
    "a badge's or a certificate's goods, a company's form": (
        "holder holders reel reels clip lanyard pin pins button buttons sticker stickers patch patches maker printer "
        "frame frames paper border seal corp co company"),
    "a job's role": (
        "analyst scientist developer designer consultant assistant accountant nurse teacher driver officer executive "
        "director technician coordinator lead senior junior intern graduate entwickler berater ingenieur"),
    # (closer 130) a receipt's seller or its goods: a place to eat's kind, a dish's (`Receipt … – Trattoria da Luigi`)
    "a place to eat and a dish": (
        "restaurant ristorante trattoria osteria pizzeria taverna bistro brasserie cafe caffe bar kitchen grill diner "
        "eatery canteen bakery gasthaus gasthof wirtshaus imbiss backerei konditorei boulangerie patisserie "
        "panaderia cafeteria restaurante eetcafe bakkerij restauracja piekarnia pizza pasta burger sushi ramen "
        "salad soup menu kebab curry noodles tapas"),
    # (closer 184) a possessive, the reader's or the shop's (`Bestätigung für Ihre Bestellung …`), no name's word
    "a possessive": "your our ihre ihren ihrem ihr deine dein unser unsere votre vos notre nuestro nuestra vostro "
                    "vostra nostro nostra uw jouw onze twoje twoja wasz wasza",
    # (closer 130) a document's or a reference's abbreviation, which a file's name writes as a word (`Invoice_Inv_Am_…`)
    "an abbreviation": "inv rcpt ref doc nr no",
    "months and periods": (
        "january february march april may june july august september october november december "
        "januar februar marz juni juli oktober dezember janvier fevrier mars avril mai juin juillet aout septembre "
        "octobre novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro marco "
        "maio junho julho setembro outubro novembro dezembro januari februari maart mei augustus week month "
        "quarter year"),
}


def _canonical_words(phrases: Iterable[str]) -> FrozenSet[str]:
    return frozenset(canonical(phrase)[0].lower() for phrase in phrases)


def _phrases(table: Dict[str, str]) -> FrozenSet[str]:
    return _canonical_words(phrase for line in table.values() for phrase in line.split("|"))


_DOCUMENT_PHRASES = frozenset(phrase for table in DOCUMENTS.values() for phrase in _phrases(table))
_PAYSLIPS = _phrases(DOCUMENTS["a payslip"])
_EMPLOYMENT_CONTRACTS = _phrases(DOCUMENTS["an employment contract"])
# (the documents made out to one person whose name set off after their word alone is theirs: closer 184)
_MADE_OUT_ALONE = _EMPLOYMENT_CONTRACTS | _phrases(DOCUMENTS["a tax form or report"]) | _phrases(
    DOCUMENTS["an account's statement"])
# (a certificate's or a badge's file is a shop's asset as often, `Badge_Early_Bird.png`: a name there needs the
# credential's code or number after it, `Badge_<Family>_<Given>_PMP.png`)
_ASSETS = _phrases(DOCUMENTS["a certificate"]) | _phrases(BADGES) | _phrases(DOCUMENTS["a verification's selfie"])
_JOB_INTERVIEWS = _phrases(DOCUMENTS["a job interview"])
_INTERVIEW_PHRASES = _phrases(INTERVIEWS)
_FILED_PHRASES = _DOCUMENT_PHRASES | _phrases(BADGES)  # (the documents a file's name opens or ends with)
# (a phrase's words, not its prepositions, `de`, `di`, which a family name holds: `De Vries`)
_DOCUMENT_WORDS = frozenset(word for phrase in _FILED_PHRASES | _INTERVIEW_PHRASES for word in phrase.split()
                            if len(word) > 3 or word == phrase)
NOT_NAMES: FrozenSet[str] = _canonical_words(
    " ".join(NOT_NAMES_BY_MEANING.values()).split()) | _DOCUMENT_WORDS | NOT_NAME_WORDS

# The cue the detector searches first (CUE_SOURCE, compiled there: one scan in C, and a text holding none reads
# nothing of this module): each document's or interview's phrase by a word of its own (one a phrase alone is, else
# its longest), in any case; a word holding another is found by the other.
_ALONE = frozenset(phrase for phrase in _FILED_PHRASES | _INTERVIEW_PHRASES if " " not in phrase)
_CUE_WORDS = {next((word for word in phrase.split() if word in _ALONE), max(phrase.split(), key=len))
              for phrase in _FILED_PHRASES | _INTERVIEW_PHRASES}
CUE_SOURCE = "(?i:" + by_first_letter(sorted(
    word for word in _CUE_WORDS if not any(other != word and other in word for other in _CUE_WORDS))) + ")"

_LETTER = "[^\\W\\d_]"
_OPENS_WORD = f"(?<!{_LETTER})"
_ENDS_WORD = f"(?!{_LETTER})"
# A filler between the document's word and the name: a reference or a period holding a digit (`2026-11`, `KW48`,
# `CERT-583914-AWS`), a number's mark (`Nr.`, `n°`), a word in lower case (`de paie`, `di partecipazione`), a month
# (by its first letter: a failing search tries each filler at each document's word, `cv cv cv …`, perf 39b).
_MONTHS = _canonical_words(NOT_NAMES_BY_MEANING["months and periods"].split()[:-4])
NOT_NAME_MEANINGS = _canonical_words(word for line in NOT_NAMES_BY_MEANING.values() for word in line.split())


def a_meaning_not_a_name(name: str) -> bool:
    """Whether the words of `name` say a thing NOT_NAMES_BY_MEANING holds (`Ottobre Novembre`, `Eden Project`,
    `Boulangerie Paul`): its last word, or another that is no month (a given name is a month's as often: `June`,
    `May`, `August` before a family name)."""
    words = [canonical(word)[0].lower() for word in name.split()]
    return bool(words) and (words[-1] in NOT_NAME_MEANINGS or any(
        word in NOT_NAME_MEANINGS and word not in _MONTHS for word in words[:-1]))
_FILLER = (r"(?:[^\s0-9]{0,40}[0-9]\S{0,40}|(?i:nr|no|n°|nº|ref|id)\.?|#|[a-z][a-z'’]{0,29}|(?i:"
           + by_first_letter(_MONTHS) + "))")
# A name: a family name in capitals of four letters or more beside the given name (an acronym's are shorter: `AWS
# Cloud`), the given name before it, or a full name's capitalized words.
_NAME = (f"(?:{CAPITAL_WORD}(?<=[^ \\t]{{4}})[ \\t]{{1,3}}{WORD}|{WORD}[ \\t]{{1,3}}{CAPITAL_WORD}(?<=[^ \\t]{{4}})"
         f"|{FULL_NAME})")
# What ends a name in a title: the text's or the line's end, a mark (a JSON string's closing quote too: closer 119),
# or a word in lower case or one holding a digit.
_END = r"(?=[ \t]{0,3}(?:$|[-,;:|()\[\]/.\n\"])|[ \t]{1,3}(?:[a-z]|[^\s0-9]{0,20}[0-9]))"
_MADE_OUT = phrase_alternation(_phrases(MADE_OUT_TO) | _phrases(OF_OR_FOR))
_EXPLICIT = _phrases(MADE_OUT_TO)
_WITH = phrase_alternation(_phrases(WITH))
# (the document's phrases grouped by their first letter, longest first within each: the same match, a few branches
# tried at each position instead of every phrase; perf 39b)
_TITLED = re.compile(
    f"{_OPENS_WORD}(?i:(?P<doc>{branches_by_first_letter(phrase_alternation(_DOCUMENT_PHRASES | _INTERVIEW_PHRASES))}))"
    f"{_ENDS_WORD}(?:"
    # (a dash, a colon or a bracket after the document's reference or period)
    f"(?:[ \\t]{{1,3}}{_FILLER}){{0,5}}[ \\t]{{0,3}}[-|:(][ \\t]{{0,3}}"
    # (a preposition making the document out to someone, or an interview's `with`)
    f"|(?:[ \\t]{{1,3}}{_FILLER}){{0,5}}[ \\t]{{1,3}}(?i:(?P<to>{_MADE_OUT})|(?P<with>{_WITH}))[ \\t]{{1,3}}"
    # (a reference or a period ending in a digit right before the name)
    f"|(?:[ \\t]{{1,3}}{_FILLER}){{1,5}}(?<=[0-9])[ \\t]{{1,3}}"
    f")(?P<name>{_NAME}){_END}")
# A document's reference or period, finer than a year (a product's title carries its year, `Diploma 2025 – …`; a
# person's document its month, its week or its number: `2026-11`, `KW48`, `EXP-583914`, `novembre`, `11/12`).
_DATED = re.compile(r"(?![(\[]?(?:19|20)[0-9]{2}[),.;:\]]?$)[^\s0-9]{0,20}[0-9][^\s]{0,40}|" + "|".join(
    sorted(_MONTHS, key=longest_first)), re.IGNORECASE)
# A date or an hour after an interview's name: the appointment's (`– 11/12 ore 9:30`, `am 09.12.2026`, `10:00`).
_APPOINTMENT = re.compile(r"[0-9]{1,2}(?:[:h][0-9]{2}|[./-][0-9]{1,2})")
# A file's name: its extension, and the characters that part its words (`_`, `-`, blanks).
_EXTENSION = re.compile(r"\.(?i:pdf|docx?|odt|rtf|pages|txt|xlsx?|ods|csv|jpe?g|png|gif|webp|heic|tiff?|svg|zip)$")
_FILE_APART = re.compile(r"[_\-+]+|(?<=[0-9])\.(?=[0-9])")
_PARTS = re.compile(r"[\n/\\?#&=\"']+")
_WORD_ALONE = re.compile(f"{WORD}|{CAPITAL_WORD}")
_NAME_ALONE = re.compile(_NAME)
_CAPITALS = re.compile(CAPITAL_WORD)
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # (a credential's code: `PMP`, `AWS`, `CISSP`)
# (closer 121) A standard's or a conformity mark's code, whose certificate a company or a product holds
# (`ISO_Certificate`, `CE_Certificate`), by meaning: no credential made out to a person.
_COMPANY_MARKS = frozenset("iso ce en din iec tuv ul fsc msc pefc gots gmp haccp brc ifs bsci fda fcc rohs reach "
                           "oeko sgs dekra vde".split())


# (closer 158, seventy-third attack) An insurance's or a policy's path segment, by language: a certificate's file
# under it (`/policy/documents/Certificate_<Given>_<Family>_2026.pdf`) is its holder's, of the policy's year; a
# shop's asset lives under no policy.
_INSURANCE_SEGMENTS = frozenset((
    "policy policies insurance insurances versicherung versicherungen police polices assurance assurances poliza "
    "polizas seguro seguros polizza polizze assicurazione assicurazioni polis polissen verzekering verzekeringen "
    "polisa polisy ubezpieczenie ubezpieczenia").split())
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _credential_code(word: str) -> bool:
    """Whether `word` of a file's name is a credential's code naming a certificate's kind (`DBS`, `PMP`), not a
    standard's or a mark's (`ISO`, `CE`)."""
    return _CODE.fullmatch(word) is not None and word.lower() not in _COMPANY_MARKS


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a person's name on a document made out to them (above), in a title or
    in a file's name (a URL path's segment too), or "". (Its caller tests CUE_SOURCE first.)"""
    for match in _TITLED.finditer(form):
        if _names_a_holder(match, form):
            return PERSON_NAME
    insured = False
    for part in _PARTS.split(form):
        if ("_" in part or _EXTENSION.search(part) is not None) and _file_names_a_person(part, insured):
            return PERSON_NAME
        insured = insured or part.lower() in _INSURANCE_SEGMENTS
    return ""


def _names_a_holder(match: re.Match[str], form: str) -> bool:
    """Whether a title's match names a person: no word of its name a document's, a style's or a thing's; a family
    name in capitals, or a phrase making the document out to them, or else the document's reference or period
    (_DATED) anywhere after its word; after an interview's word alone (or its `with`) a date or an hour."""
    name = match.group("name")
    if not _a_name(name):
        return False
    document = " ".join(match.group("doc").lower().split())
    if match.group("with") is not None and document not in _INTERVIEW_PHRASES and document not in _JOB_INTERVIEWS:
        return False  # (`CV with Cover Letter`: `with` names a candidate at an interview only)
    if match.group("with") is not None and document in _JOB_INTERVIEWS:
        return True
    if document in _INTERVIEW_PHRASES:
        return _APPOINTMENT.search(form, match.end(), match.end() + 40) is not None
    if document in _MADE_OUT_ALONE:
        return True  # (an employee's, a candidate's, a taxpayer's or a holder's own, its name set off after it)
    to = match.group("to")
    if to is not None and " ".join(to.lower().split()) in _EXPLICIT or any(
            _CAPITALS.fullmatch(word) is not None for word in name.split()):
        return True
    return any(_DATED.fullmatch(token) is not None for token in form[match.end("doc"):].split()
               if token not in name)


def _a_name(name: str) -> bool:
    words = name.split()
    return not any(word.lower() in NOT_NAMES for word in words) and a_person(name) and not a_product(
        name) and not a_thing(name)


def _file_names_a_person(part: str, insured: bool = False) -> bool:
    """Whether a file's name `part` opens with a document's word (maybe after its issuer's) and a name after it (past
    its period's numbers), or opens with a name and a document's word after it (`<Given>_<Family>_CV.pdf`); a
    payslip's with a family name alone after its period, ending it; a certificate's under an insurance's segment
    (`insured`) with its year."""
    stem = part[:extension.start()] if (extension := _EXTENSION.search(part)) is not None else part
    words = _FILE_APART.sub(" ", stem).split()
    if len(words) < 2:
        return False
    lowered = [word.lower().strip(".") for word in words]
    # (the credential's code naming its kind before the document's word stands for the code after the name: `DBS_
    # Certificate_<Given>_<Family>.pdf`; closer 121)
    coded = len(words) > 2 and _credential_code(words[0]) and any(
        " ".join(lowered[1:1 + size]) in _FILED_PHRASES for size in (3, 2, 1))
    # (or after one word, its issuer's or its app's: `Koinly_Tax_Report_2025_<Given>_<Family>.pdf`; closer 184)
    document = ""
    for opening in (1,) if coded else (0, 1):
        for size in (3, 2, 1):  # (the document's words at the file's start)
            if " ".join(lowered[opening:opening + size]) in _FILED_PHRASES:
                rest = words[opening + size:]
                document = " ".join(lowered[opening:opening + size])
                break
        if document:
            break
    else:
        return _name_before_document(words, lowered)
    at = 0
    while at < len(rest) and (any(char.isdigit() for char in rest[at]) or rest[at].lower() in _MONTHS):
        at += 1  # (the period's or the reference's numbers and months: `11-2026`, `mars_2026`)
    name = _leading_name(rest[at:])
    if name:
        after = rest[at + len(name.split()):]
        return document not in _ASSETS or coded or any(
            _CODE.fullmatch(word) is not None or _DATED.fullmatch(word) is not None
            or insured and _YEAR.fullmatch(word) is not None for word in after)
    return document in _PAYSLIPS and 0 < at == len(rest) - 1 and _WORD_ALONE.fullmatch(rest[at]) is not None and (
        _a_name(rest[at])) and any(_DATED.fullmatch(word) is not None for word in rest[:at])  # (a month, not a year)


def _leading_name(words: list[str]) -> str:
    """The name's two or three words opening `words`, or ""."""
    for size in (3, 2):
        candidate = " ".join(words[:size])
        if len(words) >= size and _NAME_ALONE.fullmatch(candidate) is not None and _a_name(candidate):
            return candidate
    return ""


def _name_before_document(words: list[str], lowered: list[str]) -> bool:
    """Whether a file's name opens with two or three name's words and a document's word after them, maybe past the
    credential's code naming its kind (`<Family>_<Given>_DBS_certificate_2026.pdf`, `<Given>_<Family>_PMP_Badge.png`;
    closer 121)."""
    for size in (2, 3):
        at = size + 1 if len(words) > size + 1 and _credential_code(words[size]) else size
        if len(words) > at and lowered[at] in _FILED_PHRASES and _NAME_ALONE.fullmatch(
                candidate := " ".join(words[:size])) is not None and _a_name(candidate):
            return True
    return False
