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
the appointment's date or hour. English `application` is software's as often, and is none of these words. A civil
status certificate (closer 180: `Geburtsurkunde für …`, `Acte de naissance de …`) names its person after its words
alone, unless a registry's page's words follow (`Birth certificate – Apply Online`).
Lower-case file names and slugs are not read: no case tells a name from a template's words there
(`cv-modern-blue.docx`).

A patient's own medical document (closer 182: a prescription, a sick note, a lab result or a report, a referral, a
medical image; MEDICAL_FILES) names its patient in its file's name only, a family name in capitals or the document's
full date beside the name (`Ordonnance_<FAMILY>_<Given>.pdf`, `Laborbefund_<Family>_2026-01-14.pdf`,
`<Family>_<Given>_MRI_Knie_20260114.dcm`); so does a photo's file opening with a name before a symptom's or a body
part's word (`IMG_<Given>_<Family>_rash_arm.jpg`).
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable

from .bip39_words import a_common_word
from .brand_words import a_business_name
from .canonical import branches_by_first_letter, by_first_letter, canonical, longest_first, phrase_alternation
from .geography import COUNTRY_BY_KEY, REGION_CODE_BY_NAME, TOWN_NAMES, letters_key
from .given_names import GIVEN_NAMES, a_given_name, two_name_syllables
from .name_shapes import (
    CAPITAL_WORD,
    EAST_ASIAN_FAMILY_NAMES,
    FULL_NAME,
    WORD,
    a_person,
    a_product,
    an_east_asian_name_by_its_shape,
)
from .postal import _ORGANIZATIONS, CAPITAL_LETTERS
from .role_labels import NOT_NAME_WORDS, a_thing

PERSON_NAME = "holds a person's name"
APPLICATION_NUMBER = "holds an application's number beside its status"

# A document made out to one person, by meaning and language: its words as a title or a file's name opens with them.
DOCUMENTS: Dict[str, Dict[str, str]] = {
    "a CV": {
        "English": "cv|resume|curriculum vitae", "German": "lebenslauf", "French": "curriculum vitae",
        "Spanish": "curriculum|curriculum vitae", "Portuguese": "curriculo", "Italian": "curriculum",
        "Polish": "życiorys",
        # (closer 183, eighty-sixth attack: recruiting) in the scripts a CV's file is named in too
        "Russian and Ukrainian": "резюме", "Japanese": "履歴書|職務経歴書",
    },
    # (closer 183) a cover letter, an employment reference and a new hire's personnel form: each one person's
    "a cover letter": {
        "English": "cover letter|covering letter|motivation letter|letter of motivation",
        "German": "anschreiben|motivationsschreiben", "French": "lettre de motivation",
        "Spanish": "carta de presentación|carta de motivación", "Portuguese": "carta de apresentação",
        "Italian": "lettera di presentazione|lettera motivazionale", "Dutch": "motivatiebrief|sollicitatiebrief",
        "Polish": "list motywacyjny",
    },
    "an employment reference": {
        "English": "reference letter|letter of reference|letter of recommendation",
        "German": "arbeitszeugnis|zwischenzeugnis|dienstzeugnis|zeugnis|zeugnisse", "French": "certificat de travail",
        "Spanish": "carta de recomendación", "Italian": "lettera di referenze", "Dutch": "referentiebrief",
        "Polish": "świadectwo pracy",
    },
    "a new hire's form": {
        "English": "new hire form|onboarding form", "German": "personalfragebogen|personalbogen",
        "French": "fiche de renseignements salarié", "Dutch": "personeelsformulier",
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
    # (closer 183, eighty-sixth attack: recruiting) an interview's kit, scorecard or screening as an ATS or a calendar
    # titles it, a new hire's onboarding plan or checklist, a candidate's salary expectation: each one person's
    "an interview's record": {
        "English": "interview kit|interview scorecard|interview feedback|onsite interview|on-site interview"
                   "|phone screening|screening call|screening interview|technical interview|final interview",
        "German": "telefoninterview|videointerview|zweitgespräch|interviewleitfaden",
        "French": "entretien téléphonique|entretien technique|entretien final",
        "Spanish": "entrevista telefónica|entrevista técnica", "Italian": "colloquio telefonico|colloquio tecnico",
        "Dutch": "telefonisch interview|tweede gesprek",
    },
    "an onboarding plan": {
        "English": "onboarding checklist|onboarding plan|day 1 checklist|day one checklist|first day checklist",
        "German": "einarbeitungsplan|onboarding-plan|onboarding-checkliste", "French": "plan d'intégration",
        "Spanish": "plan de incorporación|plan de acogida", "Italian": "piano di inserimento",
        "Dutch": "inwerkplan|onboardingplan", "Polish": "plan wdrożenia",
    },
    "a salary expectation": {
        "English": "salary expectation|salary expectations|expected salary",
        "German": "gehaltsvorstellung|gehaltswunsch|gehaltsvorstellungen", "French": "prétentions salariales",
        "Spanish": "pretensión salarial|expectativa salarial", "Italian": "aspettativa salariale",
        "Dutch": "salariswens|salarisindicatie", "Polish": "oczekiwania finansowe",
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
    # (closer 180, eighty-third attack: e-government) a civil status certificate, made out to the person born, wed or
    # dead: a name set off after its words is theirs (`Geburtsurkunde für …`, `Acte de naissance de …`, `Certificato
    # di nascita – …`), none being sold
    "a civil status certificate": {
        "English": "birth certificate|marriage certificate|death certificate|civil partnership certificate",
        "German": "geburtsurkunde|heiratsurkunde|eheurkunde|sterbeurkunde|lebenspartnerschaftsurkunde",
        "French": "acte de naissance|acte de mariage|acte de décès|extrait d'acte de naissance",
        "Spanish": "partida de nacimiento|acta de nacimiento|certificado de nacimiento|certificado de matrimonio"
                   "|acta de matrimonio|certificado de defunción|acta de defunción",
        "Portuguese": "certidão de nascimento|certidão de casamento|certidão de óbito",
        "Italian": "certificato di nascita|atto di nascita|estratto di nascita|certificato di matrimonio"
                   "|atto di matrimonio|certificato di morte|atto di morte",
        "Dutch": "geboorteakte|huwelijksakte|overlijdensakte", "Polish": "akt urodzenia|akt małżeństwa|akt zgonu",
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
    # (closer 194, eighty-eighth attack: gambling) a customer's proof of identity, of address or of funds an operator's
    # or a bank's checks ask for (`Source-of-Funds-<Given>-<Family>-payslip.pdf`), and a player's winnings made out to
    # them (`Gewinnbestätigung_<Family>_<Given>.pdf`, `W-2G`): each one person's, a name after its words theirs
    "a proof for a customer's check": {
        "English": "proof of address|proof of identity|proof of income|proof of funds|source of funds"
                   "|source of wealth",
        "German": "adressnachweis|wohnsitznachweis",
        "French": "justificatif de domicile|justificatif d'identité|justificatif de revenus|origine des fonds",
        "Spanish": "comprobante de domicilio|origen de los fondos", "Italian": "origine dei fondi",
    },
    "a player's winnings": {
        "English": "winnings statement|winnings certificate|form w-2g|w-2g",
        "German": "gewinnbestätigung|gewinnmitteilung", "French": "attestation de gain",
    },
    # (closer 184) a verification's selfie, a file's name only before its date or code (a shop's images sell selfie
    # sticks: `selfie_Stick_Pro.jpg`)
    "a verification's selfie": {"English": "selfie|liveness check"},
    # (closer 189, eighty-seventh attack: home services) a trade's quote for a job, made out to its customer, and a
    # carer's or a sitter's criminal record check, made out to its holder (`Quote_<Given>_<Family>_bathroom.pdf`,
    # `DBS_<Family>_<Given>_2026.pdf`, `Führungszeugnis_<Given>_<Family>.pdf`)
    "a quote for a job": {
        "English": "quote|estimate", "German": "kostenvoranschlag", "French": "devis", "Spanish": "presupuesto",
        "Italian": "preventivo", "Dutch": "offerte", "Polish": "wycena|kosztorys",
    },
    "a criminal record check": {
        "English": "dbs|dbs check|enhanced dbs|background check|criminal record check|pvg",
        "German": "führungszeugnis|erweitertes führungszeugnis", "French": "casier judiciaire|extrait de casier",
        "Spanish": "certificado de antecedentes penales", "Italian": "casellario giudiziale",
        "Dutch": "vog|verklaring omtrent het gedrag", "Polish": "zaświadczenie o niekaralności",
    },
}
# (closer 182, eighty-fifth attack: telehealth, pharmacies) A patient's own medical document, as a file's name only (a
# title is patient_records.py's), by meaning and language: a prescription (not a word a recipe's is too: `Rezept`,
# `receta`, `ricetta`, `recept`), a sick note, a lab result or a report, a referral, a medical image. Its name may be in
# capitals (`Referto_esami_sangue_<FAMILY>_<GIVEN>.pdf`), after the document's words in lower case, or a family name
# alone before the document's full date (`Laborbefund_<Family>_2026-01-14.pdf`).
MEDICAL_FILES: Dict[str, Dict[str, str]] = {
    "a prescription": {
        "English": "prescription|eprescription|e-prescription", "German": "e-rezept|erezept|folgerezept",
        "French": "ordonnance", "Spanish": "receta médica|receta electrónica", "Italian": "ricetta medica"
        "|ricetta elettronica", "Portuguese": "receita médica", "Dutch": "herhaalrecept",
        "Nordic": "e-recept|e-resept",
    },
    "a sick note": {
        "English": "fit note|sick note|medical certificate",
        "German": "krankschreibung|arbeitsunfähigkeitsbescheinigung|au-bescheinigung",
        "French": "arrêt de travail|arrêt maladie|certificat médical",
        "Spanish": "baja médica|parte de baja|certificado médico", "Italian": "certificato di malattia"
        "|certificato medico", "Portuguese": "atestado médico", "Dutch": "ziekmelding|ziekteverklaring",
        "Nordic": "sykmelding|sjukintyg|sygemelding",
    },
    # (not a word of results or exams alone, a school's or an election's as often: `Uitslag`, `Resultados`, `Esami`)
    "a lab result or a report": {
        "English": "lab results|lab report|blood test|blood results|pathology report|discharge letter"
        "|discharge summary", "German": "laborbefund|befundbericht|laborergebnis|blutbild|arztbrief|entlassbrief"
        "|entlassungsbrief", "French": "résultats d'analyses|compte rendu d'analyses", "Spanish": "analítica"
        "|informe médico", "Italian": "referto|referti|esami del sangue", "Portuguese": "laudo médico|laudo de exame"
        "|exame de sangue", "Dutch": "labuitslag|uitslag bloedonderzoek", "Nordic": "provsvar|prøvesvar|epikrise",
    },
    "a referral": {
        "English": "referral letter", "German": "überweisungsschein", "French": "lettre d'orientation",
        "Italian": "impegnativa", "Dutch": "verwijsbrief",
    },
    "a medical image": {
        "any language": "mri|mrt|ct|x-ray|xray|röntgen|roentgen|ultrasound|ultraschall|sonographie|irm|échographie"
        "|radiographie|radiografía|ecografía|resonancia|tac|risonanza|ressonância|dicom",
    },
}
# German's electronic certificate of incapacity for work by its abbreviation, as written (`eAU_…`; the French `eau`,
# water, is written in lower case, and `AU` alone is a country's code as often).
_MEDICAL_CAPITALS = frozenset(("eAU",))
# A camera's or a phone's prefix of a photo's file, and a symptom's or a body part's word after a name in it: a photo
# sent to a doctor (`IMG_<Given>_<Family>_rash_arm.jpg`), by language.
_CAMERA_PREFIXES = frozenset("img dsc dscn dscf pxl photo foto bild pic".split())
SYMPTOMS_AND_BODY_PARTS: Dict[str, str] = {
    "English": "rash mole wound cut burn bite sting swelling bruise lump blister eczema psoriasis acne hives "
               "infection arm leg knee hand foot ankle wrist elbow shoulder back neck face skin eye ear throat "
               "tongue mouth chest belly toe finger nail scalp lip hip",
    "German": "ausschlag muttermal wunde verbrennung stich schwellung bluterguss beule blase ekzem bein knie fuß "
              "knöchel handgelenk ellbogen schulter rücken nacken gesicht haut auge ohr hals zunge brust bauch zeh",
    "French": "éruption bouton plaie brûlure piqûre gonflement bras jambe genou main pied cheville poignet coude "
              "épaule dos cou visage peau œil oreille gorge langue bouche ventre orteil doigt ongle lèvre hanche",
    "Spanish and Portuguese": "erupción sarpullido lunar herida quemadura picadura hinchazón brazo pierna rodilla "
                              "mano pie tobillo codo hombro espalda cuello cara piel ojo oreja garganta boca pecho "
                              "barriga dedo labio cadera ferida queimadura braço perna joelho mão ombro costas "
                              "pescoço rosto pele olho",
    "Italian": "eruzione neo ferita ustione puntura gonfiore livido braccio gamba ginocchio piede caviglia polso "
               "gomito spalla schiena collo viso pelle occhio orecchio gola bocca petto pancia dito unghia",
    "Dutch": "uitslag moedervlek wond brandwond zwelling been knie voet enkel pols elleboog schouder rug nek "
             "gezicht huid oog keel buik teen vinger",
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
# (closer 183, eighty-sixth attack: recruiting) An application's applicant: after the application's word, the job it
# is for (as its language introduces it, or after a colon) and a dash (`Bewerbung als … (m/w/d) – <Given> <Family>`,
# `Application: Senior Data Analyst – …`), or after its `of` (`Candidature spontanée de …`, `Sollicitatie van …`;
# not its `for`, `für`, `voor`: the job's). English `application` is software's as often: it names an applicant only
# before a job whose last word is a job's role (NOT_NAMES_BY_MEANING) or a job ad's gender mark (`(m/w/d)`, `H/F`).
APPLIED_AS: Dict[str, str] = {
    "English": "as|for", "German": "als|für", "French": "comme|pour|en tant que|au poste de",
    "Spanish": "como|para|al puesto de", "Portuguese": "como|para", "Italian": "come|per", "Dutch": "als|voor",
    "Polish": "na stanowisko|jako",
}
# ... and the employer after the job as often (`Application for Software Engineer – Google Careers`, `Bewerbung als
# Pflegefachkraft – Klinikum Stuttgart`): a business's words (brand_words.a_business_name), a town ending it (the
# employer's site), or an employer's word by language, alone or as a German compound's head (`Universitätsklinikum`).
EMPLOYER_WORDS: Dict[str, str] = {
    "English": "careers jobs recruiting hospital clinic group holding logistics insurance",
    "German": "karriere klinikum klinik kliniken krankenhaus werke gruppe logistik versicherung versicherungen",
    "French": "carrieres recrutement hopital clinique groupe logistique assurances",
    "Spanish": "empleo hospital clinica grupo logistica seguros", "Italian": "lavora ospedale clinica gruppo",
    "Dutch": "vacatures werken ziekenhuis kliniek groep", "Polish": "kariera szpital klinika grupa",
}
APPLICANT_OF: Dict[str, str] = {
    "German": "von", "French and Spanish": "de", "Italian": "di", "Dutch": "van", "Polish": "od",
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
                   "kantoor biuro "
                   # (closer 191: a warehouse's, a depot's, a factory's by language, `AmazonWarehouseCV.pdf`)
                   "warehouse depot factory fabrik usine entrepot almacen fabrica magazzino fabbrica magazijn fabriek",
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
    # (closer 183) a guidance page's words after a document's or an interview's word (`Technical Interview – Coding
    # Questions`, `Onboarding Plan – Best Practices`)
    "guidance": (
        "questions answers tricks practices checklist preparation prep mistakes faq advice overview fragen antworten "
        "ratgeber leitfaden vorbereitung fehler reponses conseils preguntas respuestas consejos domande risposte "
        "consigli vragen antwoorden pytania odpowiedzi porady"),
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
_CIVIL_STATUS_CERTIFICATES = _phrases(DOCUMENTS["a civil status certificate"])
# (closer 189) A quote's file names its customer only before the job's words in lower case, a date or a code
# (`Quote_<Given>_<Family>_bathroom.pdf`): a saying's or a sheet's title is two capitalized words as often
# (`Quote_Albert_Einstein.png`, `Estimate_Total_Cost.xlsx`).
_QUOTES = _phrases(DOCUMENTS["a quote for a job"])
# (closer 194) ... and so does a proof's or a winnings' file, a name set off before a payslip's or a bill's word in
# lower case, a date or a code (`Source-of-Funds-<Given>-<Family>-payslip.pdf`): an operator's guide's or a draw's
# file is two capitalized words as often (`Proof_of_Identity_Accepted_Documents.pdf`, `Winnings_Statement_Mega_
# Millions.pdf`).
_QUOTES |= _phrases(DOCUMENTS["a proof for a customer's check"]) | _phrases(DOCUMENTS["a player's winnings"])
# (a certificate's or a badge's file is a shop's asset as often, `Badge_Early_Bird.png`: a name there needs the
# credential's code or number after it, `Badge_<Family>_<Given>_PMP.png`)
_ASSETS = _phrases(DOCUMENTS["a certificate"]) | _phrases(BADGES) | _CIVIL_STATUS_CERTIFICATES | _phrases(
    DOCUMENTS["a verification's selfie"])  # (a template's too)
# (the documents made out to one person whose name set off after their word alone is theirs: closer 184)
_MADE_OUT_ALONE = _phrases(DOCUMENTS["a tax form or report"]) | _phrases(DOCUMENTS["an account's statement"])
_JOB_INTERVIEWS = _phrases(DOCUMENTS["a job interview"])
# (closer 183) ... and the documents whose name set off after their word (a dash, a colon, a bracket) is their one
# person's as an employment contract's is, none being sold; an onboarding plan's after its English `for` too
_SET_OFF_NAMES = _EMPLOYMENT_CONTRACTS | _phrases(DOCUMENTS["an interview's record"]) | _phrases(
    DOCUMENTS["an onboarding plan"])
_FOR_A_NEW_HIRE = _phrases(DOCUMENTS["an onboarding plan"])
_APPLICATIONS = _phrases(DOCUMENTS["an application"])
_APPLICANT_OF = _phrases(APPLICANT_OF)
_INTERVIEW_PHRASES = _phrases(INTERVIEWS)
_MEDICAL_PHRASES = frozenset(phrase for table in MEDICAL_FILES.values() for phrase in _phrases(table))
_SYMPTOMS_AND_BODY_PARTS = _canonical_words(word for line in SYMPTOMS_AND_BODY_PARTS.values() for word in line.split())
# (the documents a file's name opens or ends with)
_FILED_PHRASES = _DOCUMENT_PHRASES | _phrases(BADGES) | _MEDICAL_PHRASES
# (a phrase's words, not its prepositions, `de`, `di`, which a family name holds: `De Vries`)
_DOCUMENT_WORDS = frozenset(word for phrase in _FILED_PHRASES | _INTERVIEW_PHRASES for word in phrase.split()
                            if len(word) > 3 or word == phrase)
NOT_NAMES: FrozenSet[str] = _canonical_words(
    " ".join(NOT_NAMES_BY_MEANING.values()).split()) | _DOCUMENT_WORDS | NOT_NAME_WORDS

# The cue the detector searches first (CUE_SOURCE, compiled there: one scan in C, and a text holding none reads
# nothing of this module): each document's or interview's phrase by a word of its own (one a phrase alone is, else
# its longest), in any case; a word holding another is found by the other.
_ALONE = frozenset(phrase for phrase in _FILED_PHRASES | _INTERVIEW_PHRASES if " " not in phrase) | {"application"}
_CUED_PHRASES = (_FILED_PHRASES - _MEDICAL_PHRASES) | _INTERVIEW_PHRASES | {"application"}
# A tagged link's parameter names (`utm_source`, `utm_content`) are no phrase's cue: every ad's landing page holds them.
_TRACKING_WORDS = frozenset({"source", "medium", "campaign", "content", "term"})
_CUE_WORDS = {next((word for word in phrase.split() if word in _ALONE),
                   max(phrase.split(), key=lambda word: (word not in _TRACKING_WORDS, len(word))))
              for phrase in _CUED_PHRASES}
# (closer 182) A medical document's, in files only, by its first word's first five letters before a file's separator
# (`Laborbefund_`, `Ordonnance_`, `fit_note_`: a word of three letters with the next), a medical image's abbreviation
# between separators (`primary`, `product` hold `mri`, `ct`), a DICOM file by its extension, German's `eAU` before a
# separator, and a photo by its camera's prefix.
_MEDICAL_STEMS = {stem for phrase in _MEDICAL_PHRASES if len(phrase) > 3 for stem in (
    [phrase.split()[0][:5]] if len(phrase.split()[0]) > 3 else [phrase.replace(" ", joint)[:5] for joint in "_-"])}
_IMAGE_ABBREVIATIONS = sorted(phrase for phrase in _MEDICAL_PHRASES if len(phrase) <= 3)
CUE_SOURCE = "(?i:" + by_first_letter(sorted(
    word for word in _CUE_WORDS if not any(other != word and other in word for other in _CUE_WORDS))) + (
    f"|(?:{'|'.join(map(re.escape, sorted(_MEDICAL_STEMS)))})[^\\s_/]{{0,30}}[_.-]"
    f"|[_-](?:{'|'.join(_IMAGE_ABBREVIATIONS)})[_.-]"
    f"|\\.dcm|(?<![a-z])eau[_-]|(?:{'|'.join(sorted(_CAMERA_PREFIXES))})[_-])")

_LETTER = "[^\\W\\d_]"
_OPENS_WORD = f"(?<!{_LETTER})"
_ENDS_WORD = f"(?!{_LETTER})"
# A filler between the document's word and the name: a reference or a period holding a digit (`2026-11`, `KW48`,
# `CERT-583914-AWS`), a number's mark (`Nr.`, `n°`), a word in lower case (`de paie`, `di partecipazione`), a month
# (by its first letter: a failing search tries each filler at each document's word, `cv cv cv …`, perf 39b).
_MONTHS = _canonical_words(NOT_NAMES_BY_MEANING["months and periods"].split()[:-4])
NOT_NAME_MEANINGS = _canonical_words(word for line in NOT_NAMES_BY_MEANING.values() for word in line.split())
# (closer 202) A template's, a sample's or a guide's word after a proof's or a quote's title words is the file's kind,
# not a word setting a customer's name off (`Proof_of_Address_Utility_Bill_sample.pdf`, `…_Crypto_Assets_guide.pdf`).
_SAMPLE_WORDS = _canonical_words(NOT_NAMES_BY_MEANING["a template and its style"].split())
POSSESSIVES = _canonical_words(NOT_NAMES_BY_MEANING["a possessive"].split())  # (no job's nor a hiring's word)


def a_meaning_not_a_name(name: str) -> bool:
    """Whether the words of `name` say a thing NOT_NAMES_BY_MEANING holds (`Ottobre Novembre`, `Eden Project`,
    `Boulangerie Paul`): its last word, or another that is no month (a given name is a month's as often: `June`,
    `May`, `August` before a family name)."""
    words = [canonical(word)[0].lower() for word in name.split()]
    return bool(words) and (words[-1] in NOT_NAME_MEANINGS or any(
        word in NOT_NAME_MEANINGS and word not in _MONTHS for word in words[:-1]))
_FILLER = (r"(?:[^\s0-9]{0,40}[0-9]\S{0,40}|(?i:nr|no|n°|nº|ref|id)\.?|[#€$£]|[a-z][a-z'’]{0,29}|(?i:"
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
    # (an onboarding plan's English `for`: closer 183)
    f"|(?:[ \\t]{{1,3}}{_FILLER}){{0,5}}[ \\t]{{1,3}}(?i:(?P<for>for))[ \\t]{{1,3}}"
    # (the name right after the document's word, a dash after it: `Arbeitsvertrag … – unterschrieben`; closer 183)
    f"|(?P<bare>[ \\t]{{1,3}})(?={_NAME}[ \\t]{{1,3}}[-|])"
    # (the family name, a comma and the given name, as a payroll's list writes it: closer 183)
    f")(?P<name>{_NAME}|(?P<inverted>{WORD}),[ \\t]{{1,3}}{WORD}){_END}")
# What every name's word opens on (name_shapes.WORD: a capital, or an Arabizi word's digit): a text without one pays no
# search of the titles above, which tries five fillers at each document's word (`cv cv cv …`).
_NAME_OPENING = re.compile(f"[{CAPITAL_LETTERS}2356789]")
# A document's reference or period, finer than a year (a product's title carries its year, `Diploma 2025 – …`; a
# person's document its month, its week or its number: `2026-11`, `KW48`, `EXP-583914`, `novembre`, `11/12`).
_DATED = re.compile(r"(?![(\[]?(?:19|20)[0-9]{2}[),.;:\]]?$)[^\s0-9]{0,20}[0-9][^\s]{0,40}|" + "|".join(
    sorted(_MONTHS, key=longest_first)), re.IGNORECASE)
# A date or an hour after an interview's name: the appointment's (`– 11/12 ore 9:30`, `am 09.12.2026`, `10:00`).
_APPOINTMENT = re.compile(r"[0-9]{1,2}(?:[:h][0-9]{2}|[./-][0-9]{1,2}|(?::[0-9]{2})?[ \t]?(?i:am|pm)(?![a-z]))")
# A file's name: its extension, and the characters that part its words (`_`, `-`, blanks).
_EXTENSION = re.compile(r"\.(?i:pdf|docx?|odt|rtf|pages|txt|xlsx?|ods|csv|jpe?g|png|gif|webp|heic|tiff?|svg|zip|dcm)$")
_PHOTO_EXTENSION = re.compile(r"\.(?i:jpe?g|png|webp|heic|heif)$")
_FILE_APART = re.compile(r"[_\-+]+|(?<=[0-9])\.(?=[0-9])")
_PARTS = re.compile(r"[\n/\\?#&=\"']+")
_WORD_ALONE = re.compile(f"{WORD}|{CAPITAL_WORD}")
_NAME_ALONE = re.compile(_NAME)
_CAPITALS = re.compile(CAPITAL_WORD)
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # (a credential's code: `PMP`, `AWS`, `CISSP`)
# (closer 183) The humps of a file's name glued in camelCase (`<Given><Family>CV`, `CV<Given><Family>`).
_HUMPS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# (closer 183) An initial glued to a family name (`S<Family>`); not a prefix's `e` or `i` (`ECommerce`, `IPhone`).
_GLUED_INITIAL = re.compile(r"(?![EI])[A-Z][A-Z][a-z]{3,29}")
# (closer 183) A word in katakana (a foreign name's script in Japanese), and the template's, the format's and the
# part-time job's words a Japanese CV's file holds in katakana instead (canonical: voiced marks folded).
_KATAKANA_WORD = re.compile("[\u30a1-\u30ff]{2,20}")
_NOT_KATAKANA_NAMES = frozenset(canonical(word)[0] for word in (
    "テンプレート フォーマット サンプル ダウンロード エクセル ワード フリー シンプル パート アルバイト バイト "
    "ハローワーク プリント コピー データ ファイル スキャン カラー モノクロ").split())
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


# (closer 180) What a registry's page sets off after a civil status certificate's words, by meaning and language: its
# office, a request, a copy's or a version's kind, a fee, help (`Birth certificate – Apply Online`, `Heiratsurkunde –
# Standesamt München`, `Acte de naissance – Copie Intégrale`, `Certidão de nascimento – Segunda Via`), besides an
# organization's words (postal._ORGANIZATIONS: `Comune di Milano`, `Mairie de Lyon`) and a known town or a country.
_REGISTRY_PAGES: Dict[str, str] = {
    "an office": "register registrar registry office standesamt burgeramt bürgerbüro etat civil registro civil "
                 "anagrafe stato civile burgerzaken urzad usc cartorio conservatoria general",
    "a request and its channel": (
        "apply application order request online post postal counter portal website site sede antrag beantragen "
        "bestellen anfordern demande demander commander commande ligne solicitud solicitar pedido pedir cita previa "
        "richiesta richiedere "
        "aanvragen aanvraag bestellen wniosek zamowienie"),
    "a copy's or a version's kind": (
        "copy copies replacement duplicate certified short long full form forms version extract international "
        "multilingual translation translated apostille digital electronic standard "
        "kopie abschrift auszug beglaubigt beglaubigte internationale mehrsprachig ubersetzung ausfuhrung "
        "copie duplicata extrait integrale plurilingue traduction traduite "
        "copia duplicado extracto literal plurilingue traduccion segunda via "
        "estratto integrale duplicato traduzione uittreksel afschrift meertalig vertaling odpis zupelny skrocony "
        "wielojezyczny tlumaczenie"),
    "a fee, a time and help": (
        "fee fees cost costs price prices time times status tracking help guide faq faqs questions frequently asked "
        "gebuhr gebuhren kosten dauer hilfe frais tarif tarifs delai aide tasa tasas plazo ayuda tassa costi tempi "
        "aiuto kosten hulp oplata koszt pomoc"),
}
_REGISTRY_PAGE_WORDS = _canonical_words(" ".join(_REGISTRY_PAGES.values()).split()) | _ORGANIZATIONS
# (where a certificate's words stand: opening the text or a part, after a mark, not after a product's words, `Novelty
# Birth Certificate – …`, `Pet Birth Certificate – …`)
_PART_OPENERS = frozenset("-:|/(\n\"'")


def _certified_person(match: re.Match[str], form: str) -> bool:
    """Whether a civil status certificate's match names its person: its words open the text or a part, and no word
    of the name is a registry's page's, nor is the name a known town, a country or a region (_REGISTRY_PAGES,
    a_region)."""
    before = form[max(0, match.start("doc") - 8):match.start("doc")].rstrip(" \t")  # (a bounded look back)
    if before and before[-1] not in _PART_OPENERS:
        return False
    name = match.group("name")
    return not any(canonical(word)[0].lower() in _REGISTRY_PAGE_WORDS or word.lower() in TOWN_NAMES
                   for word in name.split()) and letters_key(name) not in COUNTRY_BY_KEY and (
        name.lower() not in TOWN_NAMES) and not a_region(name)


# (closer 192, review 33) A state's, a territory's or a region's name as a registry's page sets it off after a
# certificate (each state keeps its own register: `Birth certificate – Western Australia`, `– Northern Territory`,
# `– South Australia`), by language: a compass word opening it, or a region's kind ending it; a country's own
# service after its possessive (`Scotland's People`); a US state or a Canadian province (geography). Not `North`,
# `West` alone before a country's word, family names too: they open a region before a second word only; not `Shire`,
# `Kreis`, `Canton`, `Land`, family names too. Lexicon data, canonical, lower case, compared whole.
REGION_WORDS: Dict[str, str] = {
    "a compass word": "north south east west northern southern eastern western central upper lower greater "
                      "nord sud sued ost nordliches sudliches nordrhein norte sur este oeste ouest noord zuid oost "
                      "noordelijk zuidelijk polnocny poludniowy",
    "a region's kind": "territory territories province provinces state states region county district bundesland "
                       "provinz kanton landkreis departement provincia comunidad "
                       "regione provincie gewest wojewodztwo voivodeship",
}
_COMPASS_WORDS = frozenset(canonical(word)[0].lower() for word in REGION_WORDS["a compass word"].split())
_REGION_KINDS = frozenset(canonical(word)[0].lower() for word in REGION_WORDS["a region's kind"].split())


def a_region(name: str) -> bool:
    """Whether capitalized `name` (two words or more) is a region's: a compass word opening it, a region's kind
    ending it, a country's possessive opening it, or a US state's or a Canadian province's name (REGION_WORDS)."""
    words = [canonical(word.strip(".,;:()"))[0].lower() for word in name.split()]
    if len(words) < 2:
        return False
    first = words[0][:-2] if words[0].endswith(("'s", "\u2019s")) else ""
    return words[0] in _COMPASS_WORDS or words[-1] in _REGION_KINDS or bool(first) and (
        letters_key(first) in COUNTRY_BY_KEY) or letters_key(name) in REGION_CODE_BY_NAME


def _credential_code(word: str) -> bool:
    """Whether `word` of a file's name is a credential's code naming a certificate's kind (`DBS`, `PMP`), not a
    standard's or a mark's (`ISO`, `CE`)."""
    return _CODE.fullmatch(word) is not None and word.lower() not in _COMPANY_MARKS


# (closer 183) An application's title: its word, the job after its preposition or a colon (up to 60 characters, no
# bar; a URL path's lines too), maybe the ad's gender mark, a dash between blanks and the applicant's name.
_GENDER_MARK = re.compile(r"\((?i:[mwdfhx]|all genders?|alle geschlechter)(?:[ \t]?/[ \t]?(?i:[mwdfhx])){0,3}\)"
                          r"|(?<![^ \t])(?i:[mwfh]/[mwfhd](?:/[dx])?)$")
_APPLIED = re.compile(
    f"{_OPENS_WORD}(?i:(?P<doc>application|job application|{phrase_alternation(_APPLICATIONS)}))"
    f"(?:[ \\t]{{0,3}}:|[ \\t]{{1,3}}(?i:{phrase_alternation(_phrases(APPLIED_AS))}))[ \\t]{{1,3}}"
    f"(?P<job>[^|:]{{2,60}}?)[ \\t]{{1,3}}-[ \\t]{{1,3}}(?P<name>{_NAME}){_END}")


_EMPLOYER_WORDS = frozenset(canonical(word)[0].lower() for line in EMPLOYER_WORDS.values() for word in line.split())


def an_employer(name: str) -> bool:
    """Whether capitalized `name` after a job or an application's `of` is an employer's or a town's bid
    (EMPLOYER_WORDS above, a business's, a town opening or ending it: `Klinikum Stuttgart`, `Barcelona Activa`)."""
    words = [canonical(word)[0].lower() for word in name.split()]
    return a_business_name(name) or bool(words) and (words[-1] in TOWN_NAMES or words[0] in TOWN_NAMES) or any(
        word.endswith(employer) for word in words for employer in _EMPLOYER_WORDS)


# (closer 183) An application's number beside its status: the application's word, maybe an id's word, the number (five
# digits or more, maybe a prefix's letters; no year) and a status's word by language after it (`Application ID APP-…
# – status: in review`, `application … status` typed into a search): one applicant's file and where it stands. A
# job's or a requisition's number is the ad's (`Job ID R0148392`), and an application's word alone software's.
STATUS_WORDS: Dict[str, str] = {
    "English": "status", "German": "status stand", "French": "statut état", "Spanish": "estado estatus",
    "Italian": "stato", "Portuguese": "estado situação", "Dutch": "status", "Polish": "status",
}
_APPLICATION_NUMBER = re.compile(
    f"{_OPENS_WORD}(?i:application|job application|{phrase_alternation(_APPLICATIONS)})"
    r"(?:[ \t]{1,3}(?i:id|no|nr|number|nummer|numéro|numero|n°|nº|ref|#)\.?)?[ \t]{0,3}[:#]?[ \t]{0,3}"
    r"(?:[A-Za-z]{1,4}[-_]?)?(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{5,12}(?![0-9])"
    f"[^\n]{{0,30}}?{_OPENS_WORD}(?i:{phrase_alternation(_phrases(STATUS_WORDS))}){_ENDS_WORD}")


def _applicant_named(match: re.Match[str]) -> bool:
    """Whether _APPLIED's `match` names an applicant: a name's words, no employer's, and after English `application`
    a job ending in a job's role or a gender mark."""
    if not _a_name(match.group("name")) or an_employer(match.group("name")):
        return False
    if match.group("doc").lower() != "application":
        return True
    job = match.group("job").rstrip()
    return _GENDER_MARK.search(job) is not None or canonical(job.split()[-1])[0].lower() in NOT_NAME_MEANINGS


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a person's name on a document made out to them (above), in a title or
    in a file's name (a URL path's segment too), or "". (Its caller tests CUE_SOURCE first.)"""
    for match in _TITLED.finditer(form) if _NAME_OPENING.search(form) is not None else ():
        if _names_a_holder(match, form):
            return PERSON_NAME
    for match in _APPLIED.finditer(form):
        if _applicant_named(match):
            return PERSON_NAME
    if _APPLICATION_NUMBER.search(form) is not None:
        return APPLICATION_NUMBER
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
    name = match.group("name").replace(",", " ")
    if not _a_name(name):
        return False
    document = " ".join(match.group("doc").lower().split())
    if match.group("bare") is not None or match.group("inverted") is not None:
        if an_employer(name):
            return False  # (`Arbeitsvertrag Deutsche Bahn – Tarif`, `Rechnung 2026-03 Berlin, Hamburg`)
        if match.group("bare") is not None:
            return document in _EMPLOYMENT_CONTRACTS
    if match.group("for") is not None:
        return document in _FOR_A_NEW_HIRE and not an_employer(name) and not _a_group(name)
    if match.group("with") is not None and document not in _INTERVIEW_PHRASES and document not in _JOB_INTERVIEWS:
        return False  # (`CV with Cover Letter`: `with` names a candidate at an interview only)
    if match.group("with") is not None and document in _JOB_INTERVIEWS:
        return True
    if document in _APPLICATIONS and match.group("to") is not None and (
            " ".join(match.group("to").lower().split()) in _APPLICANT_OF):
        return not an_employer(name)  # (an application's `of` names its applicant: `Candidature spontanée de …`)
    if document in _INTERVIEW_PHRASES:
        return _APPOINTMENT.search(form, match.end(), match.end() + 40) is not None
    if document in _CIVIL_STATUS_CERTIFICATES:
        return _certified_person(match, form)  # (the person born, wed or dead, its name set off after it)
    if document in _MADE_OUT_ALONE and an_issuer_or_a_kind(name):
        return False  # (closer 191: `Account statement – Binance Holdings`, `Form 1099-K issued to Online Sellers`)
    if document in _SET_OFF_NAMES or document in _MADE_OUT_ALONE:
        return True  # (an employee's, a candidate's, a taxpayer's or a holder's own, its name set off after it)
    to = match.group("to")
    if to is not None and " ".join(to.lower().split()) in _EXPLICIT or any(
            _CAPITALS.fullmatch(word) is not None for word in name.split()):
        return True
    return any(_DATED.fullmatch(token) is not None for token in form[match.end("doc"):].split()
               if token not in name)


# (closer 191) What issues a tax form or a statement, by its name's words and language: a bank's, a broker's, an
# exchange's, a tax tool's (`Binance Holdings`, `Lido Finance`, `Gemini Trust`, `Turbo Tax`, `Trade Republic`), and
# the kinds of people a form is made out to, in the plural (`issued to Online Sellers`, `Independent Contractors`).
ISSUER_WORDS: Dict[str, str] = {
    "English": "holdings holding finance financial trust capital securities markets exchange trade trading invest "
               "investments investing brokerage broker wealth tax taxes crypto payments",
    "German": "finanz finanzen wertpapiere depot steuer steuern börse", "French": "finances bourse courtage impots",
    "Spanish": "finanzas inversiones valores bolsa impuestos", "Italian": "finanza investimenti borsa tasse",
    "Dutch": "beleggen belastingen", "Polish": "finanse podatki",
}
RECIPIENT_KINDS: Dict[str, str] = {
    "English": "sellers merchants contractors freelancers payees recipients taxpayers residents individuals "
               "businesses creators drivers landlords employees workers investors traders users customers members",
    "German": "verkäufer selbstständige steuerpflichtige", "French": "vendeurs indépendants contribuables",
    "Spanish": "vendedores autónomos contribuyentes",
}
_ISSUER_WORDS = frozenset(canonical(word)[0].lower() for line in ISSUER_WORDS.values() for word in line.split())
_RECIPIENT_KINDS = frozenset(canonical(word)[0].lower() for line in RECIPIENT_KINDS.values() for word in line.split())


def an_issuer_or_a_kind(name: str) -> bool:
    """Whether capitalized `name` after a tax form's or a statement's words is its issuer's (an employer's, a word of
    ISSUER_WORDS), a country's or a town's, or the kind of people it is made out to (RECIPIENT_KINDS, _a_group)."""
    words = [canonical(word)[0].lower() for word in name.split()]
    return an_employer(name) or _a_group(name) or not _ISSUER_WORDS.isdisjoint(words) or not (
        _RECIPIENT_KINDS.isdisjoint(words)) or letters_key(name) in COUNTRY_BY_KEY


def _a_group(name: str) -> bool:
    """Whether a word of `name` is a plural whose singular no name holds (`Software Engineers`, `New Hires`)."""
    return any(word.lower().endswith("s") and word.lower()[:-1] in NOT_NAMES for word in name.split())


# (closer 183) The heads of German's compound job titles (`Projektmanagerin`, `Industriekauffrau`, `Pflegefachkraft`):
# a word ending in one, longer than the head alone (`Koch`, `Kaufmann` are family names), is a job's, no name's.
_JOB_HEADS = tuple(canonical(word)[0].lower() for word in (
    "manager managerin leiter leiterin berater beraterin entwickler entwicklerin ingenieur ingenieurin assistent "
    "assistentin referent referentin kaufmann kauffrau fachkraft fachfrau fachmann techniker technikerin mechaniker "
    "mechanikerin elektroniker elektronikerin pfleger pflegerin erzieher erzieherin verkäufer verkäuferin "
    "sachbearbeiter sachbearbeiterin mitarbeiter mitarbeiterin analyst analystin designer designerin koch köchin "
    "helfer helferin arzt ärztin").split())


def _a_job_compound(word: str) -> bool:
    low = canonical(word)[0].lower()
    return any(low.endswith(head) and len(low) > len(head) + 2 for head in _JOB_HEADS)


def _a_name(name: str) -> bool:
    words = name.split()
    # (closer 191: nor a business's, `Anschreiben_Deutsche_Bahn.pdf`: brand_words.a_business_name)
    return not any(word.lower() in NOT_NAMES or _a_job_compound(word) for word in words) and a_person(
        name) and not a_product(name) and not a_thing(name) and not a_business_name(name)


def _file_names_a_person(part: str, insured: bool = False) -> bool:
    """Whether a file's name `part` opens with a document's word (maybe after its issuer's) and a name after it (past
    its period's numbers), or opens with a name and a document's word after it (`<Given>_<Family>_CV.pdf`); a
    payslip's with a family name alone after its period, ending it; a certificate's under an insurance's segment
    (`insured`) with its year."""
    stem = part[:extension.start()] if (extension := _EXTENSION.search(part)) is not None else part
    words = _FILE_APART.sub(" ", stem).split()
    if len(words) == 1 and extension is not None:  # (a name glued in camelCase: `<Given><Family>CV.pdf`; closer 183)
        words = _HUMPS.sub(" ", stem).split()
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
        if words[0] in _MEDICAL_CAPITALS:
            return _names_a_patient(words[1:])
        return _name_before_document(words, lowered, part) or _photo_for_a_doctor(part, words, lowered)
    if document in _MEDICAL_PHRASES:
        return _names_a_patient(rest)
    if len(rest) > 2 and _issuer_code_before_capitals(rest):
        return True
    if document in _QUOTES and _a_customer_in_capitals(rest):
        return True
    at = 0
    while at < len(rest) and (any(char.isdigit() for char in rest[at]) or rest[at].lower() in _MONTHS):
        at += 1  # (the period's or the reference's numbers and months: `11-2026`, `mars_2026`)
    name = _leading_name(rest[at:])
    if name:
        after = rest[at + len(name.split()):]
        return document not in _ASSETS and document not in _QUOTES or coded or any(
            _CODE.fullmatch(word) is not None or _DATED.fullmatch(word) is not None
            or insured and _YEAR.fullmatch(word) is not None
            or document in _QUOTES and word.islower() and word not in _SAMPLE_WORDS
            for word in after)
    if document not in _ASSETS and (_initial_and_family(rest[at:]) or _katakana_name(rest[at:])):
        return True
    return document in _PAYSLIPS and 0 < at == len(rest) - 1 and _WORD_ALONE.fullmatch(rest[at]) is not None and (
        _a_name(rest[at])) and any(_DATED.fullmatch(word) is not None for word in rest[:at])  # (a month, not a year)


def _issuer_code_before_capitals(rest: list[str]) -> bool:
    """(closer 189) Whether the words after a document's in a file's name are a scheme's or an issuer's code in capitals
    and a name holding its family name in capitals of four letters or more beside the given name (`Facture_CESU_<FAMILY>
    _<Given>_2025.pdf`): a code alone does not set a name off, a family name in capitals does."""
    if _CODE.fullmatch(rest[0]) is None or not rest[0].isupper():
        return False
    return _capital_family_first(rest[1:])


def _a_customer_in_capitals(words: list[str]) -> bool:
    """(closers 204, 210; tidy 50; names 51) Whether the words after a quote's open with its customer, the family name
    in capitals before a known given name (`Quote_<FAMILY>_<Given>_2026.pdf`: _capital_family_first, given_names), no
    common English word (`Quote_KLEIN_Orla.pdf` refused, `Quote_URGENT_Boiler.pdf` out). A maker's name in capitals
    before its product stands there as often (`Quote_TOYOTA_Corolla.pdf`, `Devis_RENAULT_Clio.pdf`), so the shape alone
    is no customer's; with given_names' ~3,300 names most customers' are known. The price: a customer whose given name
    is off the list goes out (`Quote_QUENBY_Velmora.pdf`), and a product named like a person is refused
    (`Quote_RENAULT_Zoe.pdf`)."""
    if not _capital_family_first(words):
        return False
    family, given = words[0].lower(), canonical(words[1])[0].lower()
    if an_east_asian_name_by_its_shape(family, given) or an_east_asian_name_by_its_shape(given, family):
        # (closer 230, review 41: an East Asian family name in capitals, a word too, before a given name by its shape,
        # `Quote_PARK_Minjae.pdf`, `Quote_NGUYEN_Mai.pdf`: name_shapes.an_east_asian_name_by_its_shape)
        return True
    if not _a_customers_given_name(words[0], words[1]):
        return False
    return not any(a_common_word(word, ending="") for word in words[:2])


def _a_customers_given_name(family: str, given: str) -> bool:
    """(mend 52, review 43) Whether `given` after `family` in capitals is a customer's given name: a listed one
    (given_names), or two Chinese or Korean given names' syllables (given_names.two_name_syllables) after a Chinese or
    a Korean family name (name_shapes.EAST_ASIAN_FAMILY_NAMES). After a maker in capitals two such syllables name its
    car's model as often (`Quote_GEELY_Xingyue.pdf`, `Quote_WULING_Hongguang.pdf`)."""
    if not a_given_name(given):
        return False
    low = canonical(given)[0].lower()
    return low in GIVEN_NAMES or not two_name_syllables(low) or family.lower() in EAST_ASIAN_FAMILY_NAMES


def _capital_family_first(words: list[str]) -> bool:
    """Whether `words` open with a family name in capitals of four letters or more and the given name after it, as a
    register writes a customer (`<FAMILY>_<Given>`; closers 189, 204), or (closer 226, review 43) a shorter East Asian
    one (name_shapes.EAST_ASIAN_FAMILY_NAMES: `Quote_LEE_Jiwoo.pdf`)."""
    if len(words) < 2 or _CAPITALS.fullmatch(words[0]) is None or words[1].isupper():
        return False
    east_asian = words[0].lower() in EAST_ASIAN_FAMILY_NAMES
    return ((_NAME_ALONE.fullmatch(" ".join(words[:2])) is not None and len(words[0]) >= 4
             or east_asian and _WORD_ALONE.fullmatch(words[1]) is not None)
            and _a_name(words[0].capitalize() + " " + words[1]))


# A document's full date in a file's name, its parts apart (`2026-01-14`, `14.01.2026`, `20260114`).
_FULL_DATE = re.compile(r"(?:19|20)[0-9]{2} [01]?[0-9] [0-3]?[0-9]|[0-3]?[0-9] [01]?[0-9] (?:19|20)[0-9]{2}"
                        r"|(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]")


def _names_a_patient(rest: list[str]) -> bool:
    """Whether the words after a medical document's in a file's name (MEDICAL_FILES) name its patient: past the
    document's own words in lower case and its numbers (`esami_sangue`, `2026-01-14`), a name holding a family name
    in capitals, or a name or a family name alone before the document's full date (_FULL_DATE: a guide's or a form's
    file has none, `Fit_Note_Guidance_Employers.pdf`)."""
    while True:
        at = 0
        while at < len(rest) and (rest[at].islower() or any(char.isdigit() for char in rest[at])):
            at += 1
        words = [word.capitalize() if word.isupper() else word for word in rest[at:at + 3]]
        provider = _providers_word(words)
        if provider < 0:
            break
        rest = rest[at + provider + 1:]  # (a lab's or a hospital's name names no patient: the words after it may)
    name = _leading_name(words)
    if name:
        after = at + len(name.split())
        # (closer 191: a word in capitals before a known town is a lab's or a hospital's site as often, `Laborbefund_
        # SYNLAB_Hamburg.pdf`: a name so ending is a patient's with its date, as a name in mixed case is)
        return any(_CAPITALS.fullmatch(word) is not None and len(word) > 3 for word in rest[at:after]) and (
            canonical(name.split()[-1])[0].lower() not in TOWN_NAMES) or _dated(rest[after:])
    return len(words) > 0 and _WORD_ALONE.fullmatch(rest[at]) is not None and _a_name(words[0]) and (
        _dated(rest[at + 1:]))


# (closer 191) A lab's, a clinic's or a hospital's word in a medical file's name, by language (`QUEST_Diagnostics`,
# `HELIOS_Klinikum`, `LABORATORIO_ROSSI`): what issued the document, not its patient.
MEDICAL_PROVIDER_WORDS: Dict[str, str] = {
    "English": "diagnostics diagnostic laboratory laboratories lab labs clinic clinics hospital pathology imaging "
               "radiology healthcare medical",
    "German": "labor labore klinikum klinik kliniken krankenhaus praxis radiologie diagnostik medizin",
    "French": "laboratoire clinique hopital radiologie imagerie", "Spanish and Portuguese": "laboratorio laboratório "
    "clinica hospital radiologia diagnostico", "Italian": "laboratorio clinica ospedale policlinico radiologia "
    "diagnostica", "Dutch": "laboratorium ziekenhuis kliniek", "Polish": "laboratorium szpital klinika",
}
_MEDICAL_PROVIDER_WORDS = frozenset(canonical(word)[0].lower() for line in MEDICAL_PROVIDER_WORDS.values()
                                    for word in line.split())


def _providers_word(words: list[str]) -> int:
    """Where in a medical file's name's `words` a lab's, a clinic's or a hospital's word stands
    (MEDICAL_PROVIDER_WORDS), or -1."""
    return next((at for at, word in enumerate(words) if canonical(word)[0].lower() in _MEDICAL_PROVIDER_WORDS), -1)


def _dated(words: list[str]) -> bool:
    """Whether a file's name's `words` hold a full date (_FULL_DATE), maybe after a few words of its own."""
    return any(_FULL_DATE.match(" ".join(words[at:at + 3])) is not None for at in range(min(len(words), 4)))


def _photo_for_a_doctor(part: str, words: list[str], lowered: list[str]) -> bool:
    """Whether a photo's file (_PHOTO_EXTENSION) opens with a name, maybe after its camera's prefix
    (_CAMERA_PREFIXES), and a symptom's or a body part's word follows it (`IMG_<Given>_<Family>_rash_arm.jpg`)."""
    if _PHOTO_EXTENSION.search(part) is None:
        return False
    opening = 1 if lowered[0] in _CAMERA_PREFIXES else 0
    name = _leading_name(words[opening:])
    return bool(name) and any(word in _SYMPTOMS_AND_BODY_PARTS
                              for word in lowered[opening + len(name.split()):])


def a_files_name(text: str) -> bool:
    """Whether `text` ends in a file's extension (_EXTENSION): decoded from base64, a file's name, no random bytes'
    text (closer 183)."""
    return _EXTENSION.search(text) is not None


def _initial_and_family(words: list[str]) -> bool:
    """Whether `words` open with an initial and a family name, apart or glued (`S_<Family>`, `S<Family>`; closer
    183): a name's shape no template's, employer's or topic's word has."""
    if not words:
        return False
    if len(words) > 1 and len(words[0]) == 1 and words[0].isupper() and _WORD_ALONE.fullmatch(words[1]) is not None:
        return _a_name(words[1])
    return _GLUED_INITIAL.fullmatch(words[0]) is not None and _a_name(words[0][1:])


def _katakana_name(words: list[str]) -> bool:
    """Whether `words` open with two words in katakana, none a template's or a job's word (_NOT_KATAKANA_NAMES): a
    family and a given name as a Japanese file writes a foreign one (`履歴書_<family>_<given>.pdf`; closer 183)."""
    return len(words) >= 2 and all(
        _KATAKANA_WORD.fullmatch(word) is not None and word not in _NOT_KATAKANA_NAMES for word in words[:2])


def _leading_name(words: list[str]) -> str:
    """The name's two or three words opening `words`, or ""."""
    for size in (3, 2):
        candidate = " ".join(words[:size])
        if len(words) >= size and _NAME_ALONE.fullmatch(candidate) is not None and _a_name(candidate):
            return candidate
    return ""


def _name_before_document(words: list[str], lowered: list[str], part: str) -> bool:
    """Whether a file's name opens with two or three name's words and a document's word after them, maybe past the
    credential's code naming its kind (`<Family>_<Given>_DBS_certificate_2026.pdf`, `<Given>_<Family>_PMP_Badge.png`;
    closer 121); before a medical document's word (closer 182), with the document's full date after it or as a DICOM
    file, whose image is a patient's (`<Family>_<Given>_MRI_Knie_20260114.dcm`; `Philips_Ingenia_MRI_Scanner.jpg` is a
    maker's)."""
    for size in (2, 3):
        at = size + 1 if len(words) > size + 1 and _credential_code(words[size]) and (
            lowered[size] not in _FILED_PHRASES) else size  # (`MRI`, a medical image's, is no credential: closer 182)
        if len(words) > at and lowered[at] in _FILED_PHRASES and _NAME_ALONE.fullmatch(
                candidate := " ".join(words[:size])) is not None and _a_name(candidate) and (
                lowered[at] not in _MEDICAL_PHRASES or part.lower().endswith(".dcm") or _dated(words[at + 1:])):
            return True
    return False
