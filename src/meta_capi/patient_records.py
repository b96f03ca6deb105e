"""A patient named by a health record's words with no label (closer 182, eighty-fifth attack: telehealth, online
pharmacies, mental-health apps), by language:

- whom a sick note, a lab result or an intake form is made out to (RECORDS): its words, maybe up to three words of
  what it is (`bloedonderzoek`, `IT`, a number), then a `for` or an `of` word, a dash or a colon, or the name
  directly, and a full name, an initial and a family name, a family name and its given name after a comma, or a
  name in capitals (`Fit note for …`, `Parte de baja IT – <Family>, <Given>`, `Uitslag bloedonderzoek I. …`). After a
  dash or a colon a full name goes on (_GOES_ON: a lab's, a hospital's or an office's name ends the text there as
  often, `Laborbefund – Synlab Berlin`); read directly after the words, the name is an initial and a family name or
  is followed by its date (`Ziekmelding … per 14-01-2026`); a template's, a health matter's or an audience's words
  are none (`Fit Note for Mental Health`, `Lab results – Quest Diagnostics`).
- whose mood, symptom or sleep journal it is (JOURNALS): its words, an `of` word and a full name (`Stimmungstagebuch
  von …`); for whom a journal is sold is none (`Mood Journal for Busy Moms`: `for` is no writer's word).
- whose consultation is confirmed or booked (CONSULTATIONS, STATES): its words, maybe two words of its kind, the
  state's word, a dash or a colon and a name going on (`Rendez-vous vidéo confirmé – …, 14/01`, `Session booked: …
  with her therapist`); a practitioner's name after `Dr` is none, nor a practice's (`Termin bestätigt: Hausarzt
  Berlin Mitte`).
- who has joined a video consultation's waiting room (WAITING_ROOMS): a full name opening the text or a clause, up
  to four words in lower case and the room's words (`… has joined the waiting room`).
- an honorific and a family name in a video consultation's text (VIDEO_CONSULTATIONS, ADDRESS_HONORIFICS: `Wartezimmer:
  Frau … wartet`, `Videoconsult huisarts – mevrouw …, 14 januari`): there an honorific inside a sentence, before a
  family name going on, addresses a patient; a title (`Dr`, `Doktor`) names a practitioner, and an honorific opening
  the text a film's or a show's title as often (`Mrs Doubtfire videoconsult parody`).
- a prescription's or a treatment request's number, its state's words in lower case maybe, then a dash and the
  patient (NUMBERED_RECORDS: `Rx #… ready for pickup – <FAMILY>, <GIVEN>`, `Behandlungsanfrage #… – …`).
- a screening questionnaire's score made out to its patient (SCREENINGS: `PHQ-9 score 14 – …`); a score's severity
  is none (`PHQ-9 score 14 – Moderate Depression`).
"""

from __future__ import annotations

import re
from typing import Dict

from .brand_words import a_business_name
from .canonical import (
    branches_by_first_letter,
    by_first_letter,
    canonical,
    longest_first,
    phrase_alternation,
    table_phrases,
)
from .name_shapes import CAPITAL_NAME, CAPITAL_WORD, CLAUSE, END, FULL_NAME, OPENS, WORD
from .personal_documents import NOT_NAMES, a_meaning_not_a_name
from .postal import _HONORIFIC, _a_place
from .record_names import _a_name

PERSON_NAME = "holds a person's name"

# A record made out to one patient, by language: a sick note, a lab result or a report, an intake form.
RECORDS: Dict[str, str] = {
    "English": "fit note|sick note|sick certificate|medical certificate|doctor's note|doctors note|lab results"
               "|lab result|lab report|blood test results|blood test result|blood results|pathology report"
               "|pathology results|biopsy results|intake form|intake questionnaire|new patient form|new client form",
    "German": "krankschreibung|krankmeldung|arbeitsunfähigkeitsbescheinigung|au-bescheinigung|ärztliches attest"
              "|laborbefund|laborergebnis|laborergebnisse|laborwerte|blutwerte|befundbericht|arztbrief"
              "|anamnesebogen|aufnahmebogen|patientenfragebogen",
    "French": "arrêt de travail|arrêt maladie|avis d'arrêt de travail|certificat médical|résultats d'analyses"
              "|résultat d'analyses|résultats d'analyse|résultats de laboratoire|compte rendu d'analyses"
              "|questionnaire médical|fiche d'admission",
    "Spanish": "baja médica|parte de baja|baja laboral|certificado médico|justificante médico|resultados de análisis"
               "|resultado de análisis|resultados de laboratorio|análisis de sangre|analítica|formulario de admisión"
               "|ficha de ingreso|cuestionario de salud",
    "Italian": "certificato di malattia|certificato medico|referto|referti|risultati degli esami|esami del sangue"
               "|esito esami|scheda anamnestica|questionario anamnestico",
    "Portuguese": "atestado médico|atestado de afastamento|resultado de exame|resultados de exames|laudo"
                  "|exame de sangue|ficha de anamnese|ficha do paciente",
    "Dutch": "ziekmelding|ziekteverklaring|doktersverklaring|medische verklaring|uitslag bloedonderzoek"
             "|labuitslag|labuitslagen|bloeduitslag|intakeformulier|intakevragenlijst",
    "Swedish": "sjukintyg|läkarintyg|sjukskrivning|provsvar|labbsvar|provresultat|hälsodeklaration",
    "Norwegian": "sykmelding|sykemelding|legeerklæring|prøvesvar|blodprøvesvar",
    "Danish": "sygemelding|lægeerklæring|prøvesvar|blodprøvesvar",
    "Finnish": "sairauslomatodistus|lääkärintodistus|laboratoriotulokset",
    "Polish": "zwolnienie lekarskie|e-zwolnienie|zaświadczenie lekarskie|wyniki badań|wynik badania",
}
# A journal a patient keeps on their own mood, symptoms, pain or sleep, by language (with a writer's `of` only).
JOURNALS: Dict[str, str] = {
    "English": "mood journal|mood diary|emotion diary|feelings journal|symptom diary|pain diary|headache diary"
               "|sleep diary|therapy journal|thought diary|thought record",
    "German": "stimmungstagebuch|gefühlstagebuch|emotionstagebuch|symptomtagebuch|schmerztagebuch"
              "|kopfschmerztagebuch|migränetagebuch|schlaftagebuch|therapietagebuch",
    "French": "journal d'humeur|journal des émotions|journal de sommeil|journal de la douleur|journal des symptômes",
    "Spanish": "diario emocional|diario de emociones|diario del estado de ánimo|diario de ánimo|diario de síntomas"
               "|diario del dolor|diario de sueño",
    "Italian": "diario dell'umore|diario emotivo|diario delle emozioni|diario dei sintomi|diario del dolore"
               "|diario del sonno",
    "Portuguese": "diário emocional|diário de humor|diário de emoções|diário de sintomas",
    "Dutch": "stemmingsdagboek|emotiedagboek|klachtendagboek|pijndagboek|slaapdagboek",
    "Swedish": "humördagbok|måendedagbok|sömndagbok|smärtdagbok", "Norwegian": "humørdagbok|søvndagbok",
}
# Whom a record is made out to, and whose a journal is, by language.
MADE_OUT_FOR: Dict[str, str] = {
    "English": "for|issued to|made out to", "German": "für|ausgestellt für|ausgestellt auf", "French": "pour",
    "Spanish and Portuguese": "para", "Italian": "per", "Dutch": "voor", "Swedish": "för",
    "Norwegian and Danish": "for|til", "Polish": "dla",
}
WRITERS_OF: Dict[str, str] = {
    "English": "of", "German": "von", "French": "de|du", "Spanish and Portuguese": "de|del|do|da", "Italian": "di|del",
    "Dutch": "van", "Swedish, Norwegian and Danish": "av|af", "Polish": "od",
}
# A consultation or a therapy session, by language, and the words of its state (`confirmed`, `booked`).
CONSULTATIONS: Dict[str, str] = {
    "English": "video consultation|video consult|video appointment|video visit|online consultation|consultation"
               "|teleconsultation|telehealth appointment|therapy session|session|appointment",
    "German": "videosprechstunde|sprechstunde|videotermin|onlinetermin|termin|therapiesitzung|sitzung",
    "French": "téléconsultation|consultation|rendez-vous|rdv|séance",
    "Spanish": "videoconsulta|teleconsulta|consulta|cita|sesión", "Italian": "videoconsulto|televisita|visita"
    "|consulto|appuntamento|seduta", "Portuguese": "teleconsulta|consulta|sessão|agendamento",
    "Dutch": "videoconsult|consult|afspraak|sessie", "Swedish": "videomöte|videobesök|läkarbesök|besök",
    "Norwegian and Danish": "videokonsultasjon|konsultasjon|videokonsultation|konsultation",
}
STATES: Dict[str, str] = {
    "English": "confirmed|booked|scheduled|rescheduled|requested", "German": "bestätigt|gebucht|vereinbart|angefragt",
    "French": "confirmé|confirmée|réservé|réservée|programmé|programmée",
    "Spanish and Portuguese": "confirmada|confirmado|reservada|reservado|agendada|agendado|marcada|marcado",
    "Italian": "confermata|confermato|prenotata|prenotato", "Dutch": "bevestigd|geboekt|ingepland",
    "Swedish": "bekräftad|bekräftat|bokad|bokat", "Norwegian and Danish": "bekreftet|bestilt|bekræftet|booket",
}
# A video consultation's and its waiting room's words, by language: the texts where an honorific and a family name
# address a patient.
VIDEO_CONSULTATIONS: Dict[str, str] = {
    "English": "video consultation|video consult|video appointment|video visit",
    "German": "videosprechstunde|videotermin", "French": "téléconsultation|consultation vidéo",
    "Spanish": "videoconsulta|teleconsulta", "Italian": "videoconsulto|televisita",
    "Portuguese": "teleconsulta", "Dutch": "videoconsult|beeldbellen",
    "Swedish": "videomöte|videobesök", "Norwegian and Danish": "videokonsultasjon|videokonsultation",
}
WAITING_ROOMS: Dict[str, str] = {
    "English": "waiting room|virtual waiting room", "German": "wartezimmer|warteraum|wartebereich",
    "French": "salle d'attente", "Spanish and Portuguese": "sala de espera", "Italian": "sala d'attesa|sala d'aspetto",
    "Dutch": "wachtkamer", "Swedish": "väntrum|väntrummet", "Norwegian": "venterom|venterommet",
    "Danish": "venteværelse|venteværelset", "Polish": "poczekalnia|poczekalni",
}
# The honorifics addressing a person, by language (a practitioner's title, `Dr`, `Prof`, is none of these).
ADDRESS_HONORIFICS: Dict[str, str] = {
    "English": "Mr|Mrs|Ms|Miss|Mx", "German": "Frau|Herr|Herrn", "French": "Madame|Monsieur|Mme|M.",
    "Spanish": "Señora|Señor|Señorita|Sra|Sr|Srta", "Italian": "Signora|Signor|Sig.ra|Sig.",
    "Portuguese": "Senhora|Senhor|Dona", "Dutch": "mevrouw|meneer|Mevrouw|Meneer|mevr.|dhr.|Mevr.|Dhr.",
    "Swedish": "fru|herr|Fru|Herr", "Polish": "Pani|Pan",
}
# A prescription or a treatment request with its number, by language (a prescription's word that is a recipe's too
# only in its electronic or medical form: `Rezept #… – Apfelstrudel Wiener Art` is a cook's).
NUMBERED_RECORDS: Dict[str, str] = {
    "English": "rx|prescription|repeat prescription|e-prescription|treatment request|consultation request",
    "German": "e-rezept|folgerezept|behandlungsanfrage|behandlungsantrag", "French": "ordonnance",
    "Spanish": "receta electrónica|receta médica|solicitud de tratamiento",
    "Italian": "ricetta elettronica|ricetta medica", "Portuguese": "receita médica|receita digital",
    "Dutch": "herhaalrecept", "Swedish and Danish": "e-recept", "Norwegian": "e-resept", "Polish": "e-recepta",
}
# A screening questionnaire's name, as its scores are written (acronyms, case-sensitive), and a score's words.
SCREENINGS = (r"PHQ-?[0-9]{1,2}|GAD-?[0-9]{1,2}|EPDS|K-?10|WHO-?5|BDI(?:-?II)?|BAI|HADS|PCL-?5|AUDIT(?:-C)?|ASRS"
              r"|PSS(?:-?10)?|CORE-?10|DASS(?:-?21)?|MADRS|HAM-?[AD]|GDS(?:-?15)?")
SCORE_WORDS: Dict[str, str] = {
    "English": "score|result|total", "German": "score|ergebnis|punktzahl|wert|summenwert", "French": "score|résultat",
    "Spanish": "puntuación|resultado", "Italian": "punteggio|risultato", "Portuguese": "pontuação|resultado",
    "Dutch": "score|uitslag", "Swedish": "poäng|resultat", "Polish": "wynik",
}
# Words no patient's name holds: a health matter, an audience, a service, a severity, a lab's or a practice's kind, a
# template's (personal_documents.NOT_NAMES), by language, canonical, lower case (`Fit Note for Mental Health`, `Intake
# Form – Free Template`, `Lab results – Quest Diagnostics`, `Session booked: Deep Tissue Massage`).
NOT_PATIENTS = frozenset(canonical(word)[0].lower() for word in (
    "health mental physical wellbeing wellness stress anxiety depression burnout pain back covid flu cold injury "
    "surgery pregnancy maternity sickness illness condition conditions disorder work workplace employers employer "
    "employees employee workers staff students pupils school children kids adults teens women men seniors patients "
    "clients gp nhs doctor doctors nurse nurses therapist therapists practice clinic clinics hospital hospitals "
    "laboratory laboratories lab labs diagnostics diagnostic pathology medical healthcare care centre center group "
    "mild moderate moderately severe minimal none low high risk normal positive negative pending "
    "yoga pilates massage therapy therapies coaching counselling counseling session sessions cbt emdr dbt "
    "mindfulness meditation nutrition physio physiotherapy discovery call free trial first intro "
    "arbeit arbeitgeber krankenkasse praxis klinik labor travail employeur sante trabajo empresa salud lavoro "
    "salute werk werkgever gezondheid arbete halsa arbeid helse praca zdrowie "
    # (a leave's, a purpose's or an institution's words: `Medical Certificate for Sick Leave`, `Parte de baja –
    # Seguridad Social`, `Referto – Ospedale San Raffaele`, `Laudo – Laboratório Fleury`)
    "sick leave pay travel sport sports driving universal credit benefit benefits allowance online app apps "
    "insurance social security seguridad seguro sicurezza assicurazione "
    "versicherung assurance verzekering forsakringskassan nav inps ameli "
    "krankenhaus klinikum hopital clinique clinica ospedale policlinico ziekenhuis sjukhus sykehus sygehus "
    "laboratoire laboratorio laboratorium instituto istituto institut zentrum centro centrum "
    # (a practitioner's kind: `Termin bestätigt: Hausarzt …`, `… – Huisartsenpraktijk …`)
    "hausarzt hausarztin arzt arztin zahnarzt zahnarztin facharzt psychologe psychologin psychotherapeut "
    "psychotherapeutin therapeut therapeutin medecin generaliste dentiste psychologue medico dentista psicologo "
    "psicologa psicoterapeuta tandarts psycholoog huisarts huisartsenpraktijk lakare tandlakare lege tannlege "
    "laege dentist psychologist psychiatrist counsellor counselor physiotherapist "
    # (an audience's by language: `Behandlungsanfrage … – Haarausfall Männer`)
    "manner frauen kinder hommes femmes enfants hombres mujeres ninos uomini donne bambini mannen vrouwen "
    "kinderen").split()) | NOT_NAMES | frozenset(canonical(word)[0].lower() for line in (
        # (closer 191) a disease's kind, by language: a disease named after its describers keeps their family names
        # before it (`Lab results for Hashimoto Thyroiditis`, `Crohn's Disease`, `Morbus Crohn`), a patient's name none
        "disease diseases syndrome disorder lymphoma sarcoma carcinoma palsy thyroiditis encephalitis dystrophy "
        "sclerosis anemia anaemia fever virus",
        "krankheit erkrankung syndrom morbus thyreoiditis lymphom sarkom karzinom parese fieber",
        "maladie syndrome thyroidite lymphome sarcome carcinome paralysie fievre",
        "enfermedad sindrome tiroiditis linfoma sarcoma carcinoma paralisis fiebre doenca",
        "malattia morbo sindrome tiroidite linfoma paralisi febbre", "ziekte syndroom", "sjukdom syndrom",
        "choroba zespol") for word in line.split())
# A practitioner's title, whose name the rules above do not read (`Appointment confirmed: Dr … …`).
_PRACTITIONERS = frozenset("dr dra doctor doktor docteur doctora doutor doutora dott dottore dottoressa prof professor "
                           "professorin".split())


def _phrases(table: Dict[str, str]) -> str:
    """A vocabulary's phrases grouped by their first letter: a few branches tried at each position, not every
    phrase."""
    return branches_by_first_letter(phrase_alternation(table_phrases(table)))


_FOR = phrase_alternation(table_phrases(MADE_OUT_FOR))
_OF = phrase_alternation(table_phrases(WRITERS_OF))
# What a record or a consultation is, between its words and the name: a word in lower case, an acronym, a number.
_KIND = r"(?:[ \t]{1,3}(?:[a-z][a-z'’\-]{1,24}|[A-Z]{2,4}|[0-9][0-9./:\-]{0,9}))"
# A name after the record: maybe an honorific, then a full name (an initial and a family name too: name_shapes.WORD
# reads `I.`) or capitals (group `name`), or a family name and its given name after a comma (groups `family`, `given`).
_NAME = (f"(?:(?P<honorific>{_HONORIFIC})?(?P<name>{FULL_NAME}|{CAPITAL_NAME})"
         f"|(?P<family>{WORD}|{CAPITAL_WORD}),[ \\t]{{1,3}}(?P<given>{WORD}|{CAPITAL_WORD}))")
_DATE = r"(?:[0-3]?[0-9][./-][01]?[0-9](?:[./-](?:19|20)?[0-9]{2})?|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?![0-9])"
# (group `connector`: `for`, `of`, a dash or a colon; none when the name follows the record's words)
MADE_OUT = re.compile(
    f"{OPENS}(?i:(?:{_phrases(RECORDS)}))(?:{_KIND}){{0,3}}?"
    f"(?:[ \\t]{{1,3}}(?P<connector>(?i:{_FOR}|{_OF}))[ \\t]{{1,3}}"
    f"|[ \\t]{{0,3}}(?P<mark>[-:])[ \\t]{{1,3}}|[ \\t]{{1,3}}){_NAME}(?:{END}|(?=[ \\t]{{1,3}}\\())")
# (after a dash or a colon a name goes on, as a record's title does: a comma, a bracket, a dash, a word in lower case
# or a number; a name ending the text there is a lab's, a hospital's or an office's as often, `Laborbefund – … …`)
_GOES_ON = re.compile(r"[ \t]{0,3}(?:[,(]|-[ \t])|[ \t]{1,3}[a-z0-9(]")
_DATED_AFTER = re.compile(f"[ \\t]{{0,3}},?[ \\t]{{1,3}}(?:[a-z]{{1,5}}[ \\t]{{1,3}})?{_DATE}")
JOURNAL_OF = re.compile(f"{OPENS}(?i:(?:{_phrases(JOURNALS)}))[ \\t]{{1,3}}(?i:{_OF})"
                        f"[ \\t]{{1,3}}(?P<name>{FULL_NAME}){END}")
BOOKED = re.compile(
    f"{OPENS}(?i:(?:{_phrases(CONSULTATIONS)}))(?:{_KIND}){{0,2}}?[ \\t]{{1,3}}"
    f"(?i:{phrase_alternation(table_phrases(STATES))})[ \\t]{{0,3}}[-:][ \\t]{{1,3}}{_NAME}"
    f"(?:{END}|(?=[ \\t]{{1,3}}\\())")
_WAITING_ROOM = phrase_alternation(table_phrases(WAITING_ROOMS))
JOINED_WAITING_ROOM = re.compile(
    f"{CLAUSE}(?:{_HONORIFIC})?(?P<name>{FULL_NAME})(?:[ \\t]{{1,3}}[a-z][a-z'’]{{0,14}}){{1,4}}[ \\t]{{1,3}}"
    f"(?i:{_WAITING_ROOM})(?![^\\W\\d_])")
_VIDEO_CONSULTATION = re.compile(
    f"(?<![^\\W\\d_])(?i:{_phrases(VIDEO_CONSULTATIONS)}|{_WAITING_ROOM})")
_ADDRESS_HONORIFIC = "|".join(re.escape(canonical(word)[0]) + ("" if word.endswith(".") else "(?:\\.|(?![^\\W\\d_]))")
                              for word in sorted({word for line in ADDRESS_HONORIFICS.values()
                                                  for word in line.split("|")}, key=longest_first))
# (one capitalized family name, no initial, ending as a name in a sentence does)
HONORED_IN_VIDEO = re.compile(
    f"(?:(?<=[^\\W\\d_][ \\t])|(?<=[,(;:\\-])[ \\t]{{0,3}})(?:{_ADDRESS_HONORIFIC})[ \\t]{{1,3}}"
    f"(?P<family>[A-Z][a-z][^\\W\\d_]{{0,28}})(?=[ \\t]{{0,3}}[,;:]|[ \\t]{{1,3}}[a-z])")
NUMBERED = re.compile(
    f"{OPENS}(?i:(?:{_phrases(NUMBERED_RECORDS)}))[ \\t]{{0,3}}(?:#|(?i:no|nr|n°)\\.?)?"
    f"[ \\t]{{0,3}}(?=[^ \\t]{{0,23}}[0-9])[A-Za-z0-9][A-Za-z0-9./\\-]{{2,23}}"
    f"(?:[ \\t]{{1,3}}[a-z][a-z'’]{{0,20}}){{0,4}}[ \\t]{{1,3}}-[ \\t]{{1,3}}{_NAME}"
    f"(?=[ \\t]{{0,3}}(?:$|[,;)\\n\"]|-[ \\t]))")
SCORED = re.compile(
    f"(?<![^\\W\\d_])(?:{SCREENINGS})(?:[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(SCORE_WORDS))}))?"
    f"[ \\t]{{0,3}}:?[ \\t]{{0,3}}[0-9]{{1,3}}(?:/[0-9]{{1,3}})?[ \\t]{{0,3}}"
    f"(?:[-:]|[ \\t](?i:{_FOR}|{_OF}))[ \\t]{{1,3}}{_NAME}{END}")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there): a
# phrase's first word and two letters of the next (`fit no`, `new pa`, `video co`: `fit`, `new`, `video` alone are
# everywhere), a word alone to its eighth letter.
_STEMS = sorted({phrase[:len(phrase.split()[0]) + 3] if " " in phrase else phrase[:8]
                 for table in (RECORDS, JOURNALS, CONSULTATIONS, NUMBERED_RECORDS, WAITING_ROOMS, VIDEO_CONSULTATIONS)
                 for phrase in table_phrases(table)})
_STEMS_CUE = by_first_letter(_STEMS).replace("\\ ", "[ \\t]{1,3}")
# (a questionnaire's acronym with its digits where it has some: `core`, `audit` alone are words)
CUE_SOURCE = (f"(?<![^\\W\\d_])(?:{_STEMS_CUE}|phq|gad-?[0-9]|epds|k-?10|who-?5|bdi|bai(?![a-z])|hads|pcl-?5"
              "|audit-c|asrs|pss-?10|core-?10|dass-?21|madrs|ham-[ad]|gds-?15)")


def _named(match: re.Match[str]) -> bool:
    """Whether a match names a patient (a_patient): its group `name`, or `given` and `family` in a name's order,
    title-cased when in capitals; not after a practitioner's title (group `honorific`: `Dr … …`)."""
    groups = match.groupdict()
    if (groups.get("honorific") or "").strip(" \t.").lower() in _PRACTITIONERS or _after_practitioner(
            match.string, match.start("name") if groups["name"] else match.start("family")):
        return False
    name = groups["name"] or f"{groups['given']} {groups['family']}"
    return a_patient(" ".join(word.capitalize() for word in name.split()) if name.isupper() else name)


def a_patient(name: str) -> bool:
    """Whether `name` is a patient's: a name (record_names._a_name: no thing's, product's, place's or business's
    word), no practitioner's title opening it, no word of NOT_PATIENTS nor a meaning no name has, no business's, no
    known town ending it (`… – Synlab Berlin`, `… – Unimed São Paulo`)."""
    words = [canonical(word)[0].lower().strip(".,") for word in name.split()]
    return bool(words) and words[0] not in _PRACTITIONERS and NOT_PATIENTS.isdisjoint(words) and _a_name(name) and (
        not a_meaning_not_a_name(name)) and not a_business_name(name) and not any(
        _a_place(" ".join(name.split()[-size:])) for size in (1, 2))


def _after_practitioner(form: str, start: int) -> bool:
    """Whether the word before `start` in `form` (past blanks and a dot) is a practitioner's title (`Dr. … …`)."""
    at = start
    while at > 0 and start - at < 4 and form[at - 1] in " \t.":
        at -= 1
    end = at
    while at > 0 and end - at < 12 and form[at - 1].isalpha():
        at -= 1
    return form[at:end].lower() in _PRACTITIONERS


def _made_out(form: str, match: re.Match[str]) -> bool:
    """Whether a match of MADE_OUT names its patient: after a `for` or an `of` word any name; after a dash or a colon
    a family name and its given name, or a name going on (_GOES_ON); after the record's words directly an initial and
    a family name, or a name followed by its date."""
    if not _named(match):
        return False
    if match.group("connector"):
        return True
    if match.group("mark"):  # (a family name and its given name, or a name going on: _GOES_ON)
        return not match.group("name") or _GOES_ON.match(form, match.end()) is not None
    name = match.group("name") or ""
    return name[1:2] == "." or _DATED_AFTER.match(form, match.end()) is not None


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a patient by a health record's words (above), or ""."""
    if any(_made_out(form, match) for match in MADE_OUT.finditer(form)):
        return PERSON_NAME
    if any(_named(match) and (not match.group("name") or _GOES_ON.match(form, match.end()) is not None)
           for match in BOOKED.finditer(form)):
        return PERSON_NAME
    for pattern in (JOURNAL_OF, JOINED_WAITING_ROOM, NUMBERED, SCORED):
        if any(_named(match) for match in pattern.finditer(form)):
            return PERSON_NAME
    if _VIDEO_CONSULTATION.search(form) is not None and any(
            match.group("family").lower() not in _PRACTITIONERS and a_patient("Jo " + match.group("family"))
            for match in HONORED_IN_VIDEO.finditer(form)):
        return PERSON_NAME
    return ""
