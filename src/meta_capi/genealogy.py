"""A person named by a genealogy or a DNA testing site's words, for the detector (closer 201, eighty-ninth attack:
family trees, DNA matches, graves and parish records). A family tree, a match list, a record's index and a shared
tree's invitation are about people, most of them living; the site's own words tell where their names stand:

- a tree's owner or person (TREE_PERSON): a full name and a possessive before a tree's word (`… 's Family Tree`),
  after a tree's manager's words (`Tree managed by …`) or a home person's label (`Home person: …`);
- a DNA match (DNA_MATCH): a full name after a match's words (`New DNA match: …`, `Shared matches with …`,
  `DNA-Treffer: …`), or opening a text that gives shared centimorgans (`… – Parent/Child – 3,487 cM`);
- a shared tree's inviter (INVITER): a full name before an invitation's verb (`… invited you to view`) or after an
  invitation's noun and its `from` (`Einladung von …`, `Invitación de …`), or after a match's message (`New message
  from your DNA match …`);
- a relative (RELATIVE): a full name after the writer's possessive and a kinship word (`my biological father …`, `my
  half sister is …`, `ma grand-mère …`), or before a tree's living mark (`… (Living)`);
- the deceased of a notice, a grave or a mourning's words (DECEASED): a full name after a notice's word (`Traueranzeige
  …`), a photo request's words, a grave's plot and a dash (`Row 12, Grave 7 – …`), or after `Rest in peace` (a kin's
  word and a sign between);
- a register's or a parish's entry (RECORD_ENTRY): a record's label and a colon before a full name, or a family and a
  given name apart by a comma (in capitals too) and the entry going on (`Passenger list: Family, Given, age 24`);
- a GEDCOM record's NAME line, its grammar `n NAME given /surname/` (GEDCOM_NAME), a surname between slashes;
- a file of a tree, of raw DNA data or a certificate named after its person (NAMED_FILE): a genealogy file's word or
  GEDCOM's extension and two capitalized words joined by `_` (`…_tree_2026.ged`, `23andMe_…_v5_raw.txt`);
- a DNA kit's number after a kit's word (KIT_NUMBER: `kit A738254`), six digits at least, in a text holding a DNA
  testing's word (`GEDmatch`, `DNA`; a `Tattoo Kit 456789` is a product's).

The words are lexicon data by language, read in the canonical form (accents folded). A public figure's life span on a
site's title is not read here (memorials.py's rule, closer 145).
"""

from __future__ import annotations

import re
import time
from typing import Dict

from .bip39_words import a_common_word
from .brand_words import a_business_name
from .given_names import only_common_words
from .name_shapes import CAPITAL_WORD, FULL_NAME, WORD, a_person, a_product
from .postal import _place_or_business
from .record_names import _a_lower_name
from .role_labels import KIN, a_thing

PERSON_NAME = "holds a person's name"
KIT_NUMBER = "holds a number labelled as personal data"


def _words(table: Dict[str, str]) -> str:
    """The alternation of a table's phrases (`|` apart in each language), longest first."""
    phrases = {phrase for phrases in table.values() for phrase in phrases.split("|")}
    return "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}") for phrase in sorted(
        phrases, key=lambda phrase: (-len(phrase), phrase)))


def _capitalized(table: Dict[str, str]) -> Dict[str, str]:
    """A table's phrases with each word capitalized, as a title writes them (`Family Tree`)."""
    return {language: "|".join(phrase.title() for phrase in phrases.split("|")) for language, phrases in table.items()}


_DASH = "[-–—·•|]"
_NAME = f"({FULL_NAME})(?![^\\W\\d_])"  # (a whole word ends it: `Brightwave GmbH` is not `Brightwave Gmb`)

# A tree's word after an owner's possessive, by language.
TREE_WORDS = {"English": "family tree|tree|pedigree", "German": "stammbaum", "Dutch": "stamboom"}
# (closer 238) A family tree's words that name no plant nor a dog's papers: after a name in any case (`… family tree`,
# `… Stammbaum`), before a maker's `by` or its person's `for` (`… Family Tree – by …`, `Slægtstræ for …`).
FAMILY_TREE_WORDS = {"English": "family tree", "German": "stammbaum", "Dutch": "stamboom",
                     "Danish and Norwegian": "slægtstræ|slaegtstrae|slektstre", "Swedish": "slakttrad"}
# A tree's manager's or owner's words, and a home person's labels, before the name.
TREE_OWNER_WORDS = {
    "English": "tree managed by|managed by|tree owner|tree owned by|owned by|home person|root person|start person"
               "|tree created by|proband",
    "German": "stammbaum von|verwaltet von|besitzer|besitzerin|startperson|ausgangsperson|stammbaum erstellt von"
              "|baumbesitzer|baumbesitzerin|proband|probandin",
    "French": "gere par|arbre gere par|proprietaire de l'arbre|proprietaire|personne de depart|personne souche",
    "Spanish": "gestionado por|administrado por|persona de inicio|persona principal",
    "Italian": "gestito da|persona di partenza", "Dutch": "beheerd door|startpersoon|hoofdpersoon",
    "Swedish": "hanteras av|startperson|huvudperson",
}
# A DNA match's words before the name, by language.
MATCH_WORDS = {
    "English": "dna match|new match|shared matches with|shared match|match with|your match|matched with"
               # (closer 238: a relative found, a testing site's own features' names, a one-to-one comparison)
               "|new relative|relative finder|thrulines|theory of family relativity|one-to-one with|one to one with"
               "|comparison with",
    "German": "dna-treffer|dna treffer|gemeinsame treffer mit|treffer", "French": "correspondance adn"
    "|correspondances partagees avec|nouvelle correspondance",
    "Spanish": "coincidencia de adn|coincidencias compartidas con",
    "Italian": "corrispondenza dna", "Dutch": "dna-match|gedeelde matches met", "Polish": "dopasowanie dna",
}
# An invitation's noun and its `from`, by language; the verbs after an inviter's name.
INVITATION_FROM = {
    "English": "invitation from|invite from|message from your dna match|message from your match",
    "German": "einladung von", "French": "invitation de", "Spanish": "invitacion de",
    "Italian": "invito da|invito di", "Portuguese": "convite de", "Dutch": "uitnodiging van",
    "Polish": "zaproszenie od",
}
INVITED_VERBS = {
    "English": "invited you|has invited you|shared a tree|shared their tree|wants to share"
               "|has shared a family tree|shared a family tree|wants to connect|added you|has added you",
    "German": "hat dich eingeladen|hat sie eingeladen|lädt dich ein|ladt dich ein|hat dich zu|hat sie zu",
    "French": "vous a invite|t'a invite|vous invite|t'invite", "Spanish": "te ha invitado|te invito|te invita",
    "Dutch": "heeft je uitgenodigd|nodigt je uit",
}
# The writer's possessive (the family's too, closer 238: `our ancestor …`), and the words that may stand before a
# kinship word (`biological`, `half`).
POSSESSIVES = {"English": "my|our", "German": "mein|meine|meinen|meiner|unser|unsere|unseren",
               "French": "ma|mon|mes|notre|nos", "Spanish": "mi|nuestro|nuestra", "Italian": "mia|mio|nostro|nostra",
               "Dutch": "mijn|onze|ons", "Polish": "moja|moj", "Swedish": "min|var"}
KIN_QUALIFIERS = {"English": "biological|birth|half|step|great|late|paternal|maternal|real|adoptive|adopted|deceased"
                             "|great-great",
                  "German": "leiblicher|leibliche|verstorbener|verstorbene", "French": "biologique|defunt|defunte"}
EXTRA_KIN = {"English": "sibling|half-sister|half-brother|stepmother|stepfather|cousin|grandparent"
                        # (closer 238: the ancestors a researcher names, hyphenated as often)
                        "|great-grandmother|great-grandfather|great-grandparent|great-aunt|great-uncle|ancestor"
                        "|forefather|foremother|grandaunt|granduncle",
             "German": "halbschwester|halbbruder|cousine|cousin|großmutter|großvater|urgroßmutter|urgroßvater"
                       "|urgrossmutter|urgrossvater|ururgroßmutter|ururgroßvater|ururgrossmutter|ururgrossvater"
                       "|urahn|urahnin|vorfahr|vorfahrin",
             "French": "demi-soeur|demi-frere|cousin|cousine|arriere-grand-mere|arriere-grand-pere|ancetre|aieul"
                       "|aieule",
             "Spanish": "prima|primo|bisabuela|bisabuelo|tatarabuela|tatarabuelo|antepasado|antepasada",
             "Italian": "cugina|cugino|bisnonna|bisnonno|trisnonna|trisnonno|antenato|antenata",
             "Dutch": "nicht|neef|overgrootmoeder|overgrootvader|betovergrootmoeder|betovergrootvader|voorouder",
             "Swedish": "farfarsfar|farfarsmor|morfarsfar|morfarsmor|anfader|anmoder"}
# (closer 238) A kin word's or a qualifier's stem that only a family's history writes (an ancestor, a great-grandparent,
# a late or a birth parent): a researcher's evidence by itself, as a year is (_KIN_EVIDENCE; a gift's `for my mum …`
# holds none).
_ANCESTRAL = re.compile("(?i:great|ancest|forefather|foremother|birth|biolog|adopt|late|deceased|leiblich|verstorben"
                        "|ur(?:ur)?gro|urahn|vorfahr|arriere|ancetre|aieul|defunt|bisab|tatarab|antepasad|bisnonn|trisnonn"
                        "|antenat|overgroot|voorouder|farfars|morfars|anfader|anmoder)")
# A tree's mark of a living person, by language.
LIVING_MARKS = {"English": "living", "German": "lebend", "French": "vivant|vivante", "Spanish": "vivo|viva",
                "Dutch": "levend", "Swedish": "levande"}
# A notice's and a photo request's words before the deceased's name; mourning's wishes.
NOTICE_WORDS = {
    "English": "obituary|obituary for|obituary of|death notice|death notice for|photo request for|memorial for"
               "|funeral notice",
    "German": "traueranzeige|todesanzeige|traueranzeige fur|nachruf|nachruf auf", "French": "avis de deces de"
    "|faire-part de deces de|necrologie|avis de deces", "Spanish": "esquela|esquela de|obituario de",
    "Italian": "necrologio|necrologio di|annuncio funebre", "Dutch": "overlijdensbericht|rouwadvertentie",
    "Polish": "nekrolog", "Swedish": "dodsannons",
    # (closer 238: Norwegian's and Danish's notices, French's without its `de`)
    "Danish and Norwegian": "dodsannonse|dodsfald|dodsfall",
}
# (closer 238) A funeral's, a memorial page's and a celebration of life's words before the deceased's name, by
# language, a name of two words ending the text or before a comma, a bracket, a dash or the dates (a tribute's title
# goes on: `Celebration of Life – Bob Marley Tribute`; the price, a name of three words there goes out).
FUNERAL_WORDS = {
    "English": "funeral service|funeral service for|funeral service of|funeral for|funeral of|memorial service"
               "|memorial service for|memorial page|memorial page for|find a grave memorial|celebration of life"
               "|celebration of life for|celebration of the life of",
    "German": "gedenkseite|gedenkseite fur|gedenkseite von|trauerfeier fur|trauerfeier von|beerdigung von",
    "French": "obseques de", "Spanish": "funeral de", "Italian": "funerale di", "Dutch": "uitvaart van",
    "Danish and Norwegian": "mindeside for|minneside for",
}
MOURNING_WORDS = {"English": "rest in peace|r.i.p.|rip|forever in our hearts|always in our hearts"
                             "|gone but not forgotten",
                  "German": "ruhe in frieden|fur immer in unseren herzen|unvergessen", "French": "repose en paix",
                  "Spanish": "descanse en paz|descansa en paz", "Italian": "riposa in pace", "Dutch": "rust zacht"}
GRAVE_WORDS = {"English": "grave|plot|lot|row|section|niche", "German": "grab|grabstelle|reihe|feld",
               "French": "tombe|concession|rang|carre", "Dutch": "graf|vak|rij"}
# A record's label before its entry, by language.
RECORD_LABELS = {
    "English": "birth index|death index|marriage index|register|census|baptism|christening|burial|birth|death"
               "|marriage|passenger list|parish register|probate|electoral roll|military record",
    "German": "taufe|geburt|heirat|sterbefall|tod|beerdigung|passagierliste|kirchenbuch|volkszahlung",
    "French": "bapteme|naissance|mariage|deces|inhumation|recensement|liste de passagers",
    "Spanish": "bautismo|nacimiento|matrimonio|defuncion|censo", "Italian": "battesimo|nascita|matrimonio|morte",
    "Dutch": "doop|geboorte|huwelijk|overlijden|begraven", "Polish": "chrzest|urodzenie|slub|zgon",
}
# A genealogy file's words in its name (and GEDCOM's extension).
FILE_WORDS = frozenset(
    "tree trees gedcom ged raw dna genome ancestry birth death marriage baptism census stammbaum "
    "geburtsurkunde sterbeurkunde stamboom arbre acte "
    # (closer 238: a notice's and a funeral's words)
    "obituary obituaries nachruf traueranzeige todesanzeige funeral memorial necrologie esquela".split())

# Words no private person's name holds where these cues read one (lexicon data, lower case): a relationship's
# category (`Shared matches with Close Family`), a burial place's (`Photo request for Lawnswood Cemetery`), a guide's
# (`Obituary Writing Guide`), a monarch's or a noble's title (`Queen Victoria's Family Tree`: a public figure's), a
# notice's service's or form's.
NOT_NAME_WORDS = frozenset(
    "family families cousin cousins sibling siblings parent parents child children relative relatives match matches "
    "tree trees ancestor ancestors ancestry heritage dna kit cemetery churchyard graveyard memorial park friedhof "
    "cimetiere cementerio cimitero begraafplaats cmentarz kyrkogard writing guide guides tips template templates "
    "sample example examples help support team queen king prince princess emperor empress tsar czar tsarina pope "
    "saint st lord lady duke duchess earl baron president pharaoh sultan "
    # (a notice's service and its forms: `Traueranzeige Online Aufgeben`, `Esquela Modelo Editable`)
    "online aufgeben schalten vorlage vorlagen muster modelo editable plantilla template word".split())
_KIN = _words({**{language: "|".join(words.split()) for language, words in KIN.items()},
               **{f"{language}, more": words for language, words in EXTRA_KIN.items()}})
# (the tree's word capitalized as a site's title writes it: `Abraham Lincoln's family tree` is prose about a public
# figure's)
_TREE_OWNED = re.compile(f"{_NAME}['’]s[ \\t]{{1,3}}(?:{_words(_capitalized(TREE_WORDS))})(?![^\\W\\d_])")
# (closer 238) A family tree's words after a name in any case, a possessive or none (`… family tree`: a public
# figure's prose too, `Abraham Lincoln family tree`, the price: only a list of public people tells them), or before a
# maker's `by` or its person's `for`, by language (`The … Family Tree – by …`).
_FAMILY_TREE_NAMED = re.compile(
    f"{_NAME}(?:['’]s)?[ \\t]{{1,3}}(?i:{_words(FAMILY_TREE_WORDS)})(?![^\\W\\d_])")
_FAMILY_TREE_BY = re.compile(
    f"(?<![^\\W\\d_])(?i:{_words(FAMILY_TREE_WORDS)})[ \\t]{{0,3}}(?:[-|:][ \\t]{{0,3}})?"
    f"(?i:by|von|par|door|af|av|for|fur|van|voor)[ \\t]{{1,3}}{_NAME}")
_NAME_AFTER_WORDS = re.compile(
    f"(?<![^\\W\\d_])(?i:{_words(TREE_OWNER_WORDS)}|{_words(MATCH_WORDS)}|{_words(INVITATION_FROM)}"
    f"|{_words(NOTICE_WORDS)})[ \\t]{{0,3}}[:\\-–=]?[ \\t]{{0,3}}(?:(?i:your|dein|deine|ta|ton|tu)[ \\t]{{1,3}})?"
    f"(?:(?i:dna)[ \\t]{{1,3}})?(?:(?i:match)[ \\t]{{1,3}})?"
    f"(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Herr|Frau|Sr|Sra)\\.?[ \\t]{{1,3}})?{_NAME}")
_FUNERAL_NAMED = re.compile(
    f"(?<![^\\W\\d_])(?i:{_words(FUNERAL_WORDS)})[ \\t]{{0,3}}[:\\-–=]?[ \\t]{{0,3}}({WORD}[ \\t]{{1,3}}{WORD})"
    f"(?=[ \\t]{{0,3}}(?:$|[,;(\\n.!0-9]|{_DASH}))")
_INVITER = re.compile(f"{_NAME}[ \\t]{{1,3}}(?i:{_words(INVITED_VERBS)})(?![^\\W\\d_])")
# (closer 238: centimorgans spelt out, and shared DNA in percent, `7.4% shared DNA`)
_CENTIMORGANS = re.compile(r"(?<![\w.,])[0-9][0-9,.]{0,6}[ \t]?(?:cM|(?i:centimorgans?))(?![^\W\d_])"
                           r"|(?<![\w.,])[0-9][0-9,.]{0,4}[ \t]?%[ \t]{0,3}(?i:(?:shared|gemeinsame|partagee?s?)"
                           r"[ \t]{1,3})?(?i:dna|adn)(?![^\W\d_])")
# (closer 238: or a match's verb after it, `… shares 212 centimorgans with you`)
_OPENING_NAME = re.compile(f"^[ \\t]*{_NAME}(?:[ \\t]{{0,3}}(?:{_DASH}|,|:|\\()"
                           f"|[ \\t]{{1,3}}(?i:shares|teilt|partage|comparte|condivide|deelt)(?![^\\W\\d_]))")
# (closer 238) A DNA match's predicted relationship in a testing site's words, then its name after a dash (`Predicted
# relationship: Half Sibling – …`), by language.
RELATIONSHIP_WORDS = {
    "English": "predicted relationship|estimated relationship|possible relationship|relationship range",
    "German": "vorhergesagte beziehung|geschatzte beziehung|verwandtschaftsgrad", "French": "relation estimee"
    "|relation possible", "Spanish": "relacion estimada|relacion posible", "Dutch": "geschatte relatie",
}
_PREDICTED = re.compile(f"(?<![^\\W\\d_])(?i:{_words(RELATIONSHIP_WORDS)})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
                        f"(?:\\w[\\w\\-]{{0,20}}[ \\t]{{1,3}}){{0,4}}{_DASH}[ \\t]{{0,3}}{_NAME}")
# (closer 238) A match named the writer's kin by a testing site (`… is your 2nd cousin`, `… ist dein Cousin`), by
# language: the possessive after a copula, a generation's count or a qualifier, a kin's word.
YOUR_KIN = {"English": "is your", "German": "ist dein|ist deine|ist ihr|ist ihre", "French": "est ton|est ta|est votre",
            "Spanish": "es tu|es su", "Italian": "e il tuo|e la tua|e tuo|e tua", "Dutch": "is je|is jouw|is uw"}
_IS_YOUR_KIN = re.compile(
    f"{_NAME}[ \\t]{{1,3}}(?i:{_words(YOUR_KIN)})[ \\t]{{1,3}}"
    f"(?:(?:[0-9]{{1,2}}(?:st|nd|rd|th|e|er|re|o|a)?\\.?|(?i:first|second|third|fourth|fifth|{_words(KIN_QUALIFIERS)}))"
    f"[ \\t\\-]{{1,3}}){{0,3}}(?i:{_KIN})(?![^\\W\\d_])")
_RELATIVE = re.compile(
    f"(?<![^\\W\\d_])((?i:{_words(POSSESSIVES)})[ \\t]{{1,3}}"
    # (closer 238: a generation's count, `3x great`, `4th great`; another kin's possessive, `my mum's cousin`)
    f"(?:[0-9]{{1,2}}(?:x|st|nd|rd|th)[ \\t\\-]{{1,3}})?(?:(?i:{_KIN})['’]s[ \\t]{{1,3}})?"
    f"(?:(?i:{_words(KIN_QUALIFIERS)})[ \\t\\-]{{1,3}}){{0,2}}"
    f"(?i:{_KIN}))(?:[ \\t]{{1,3}}(?i:is|est|ist|es|e|is called))?[ \\t]{{1,3}}{_NAME}")
# A researcher's evidence beside a relative's name: a year, a birth's or a maiden name's word, DNA (a gift's `for my mum
# Cashmere Scarf` has none; the lead at the merge, after review 28's gifts).
_KIN_EVIDENCE = re.compile(r"(?<![0-9])(?:1[5-9]|20)[0-9]{2}(?![0-9])|(?i:n[ée]e|geb\.|geboren|born|dna|adn|adopt)")
_KIN_POSSESSIVE = re.compile("['’]s[ \\t]")
_LIVING = re.compile(f"{_NAME}[ \\t]{{0,3}}\\((?i:{_words(LIVING_MARKS)})\\)")
_MOURNED = re.compile(f"(?<![^\\W\\d_])(?i:{_words(MOURNING_WORDS)})(?![^\\W\\d_])[^A-Za-z\\n]{{0,6}}"
                      f"(?:(?i:{_KIN})(?![^\\W\\d_])[^A-Za-z\\n]{{0,6}})?{_NAME}")
_PLOT = re.compile(f"(?<![^\\W\\d_])(?i:{_words(GRAVE_WORDS)})[ \\t]{{0,3}}[0-9A-Z]{{1,5}}[ \\t]{{0,3}}[-–—:]"
                   f"[ \\t]{{0,3}}{_NAME}")
_ENTRY = re.compile(
    f"(?<![^\\W\\d_])(?i:{_words(RECORD_LABELS)})[ \\t]{{0,3}}:[ \\t]{{0,3}}(?:{_NAME}(?=[ \\t]{{0,3}}[,(&])"
    f"|(({WORD}|{CAPITAL_WORD}),[ \\t]{{1,3}}(?:{WORD}|{CAPITAL_WORD}))(?:[ \\t]{{0,3}},[ \\t]{{0,3}}"
    f"(?i:age|aged|born|b\\.|geb\\.|ne|nee|[0-9]|mother|father)"
    # (closer 238: a marriage's other party, `Marriage: …, … to …, …`)
    f"|[ \\t]{{1,3}}(?i:to|and|und|et|y|en|med|&)[ \\t]{{1,3}}(?:{WORD}|{CAPITAL_WORD}),))")
# (closer 238: a NAME line after another record on one line, `0 @I1@ INDI 1 NAME …`; a given name's and a surname's
# own lines, GIVN and SURN, with a capitalized word)
_GEDCOM_NAME = re.compile(r"(?<!\S)[0-9]{1,2}[ \t]+NAME[ \t]+[^/\n]{0,60}/(?=[^/\n]{0,60}?[^\W\d_])[^/\n]{1,60}/"
                          r"|(?<!\S)[0-9]{1,2}[ \t]+(?:GIVN|SURN|_MARNM)[ \t]+[^\W\d_a-z][^\W\d_]")
# A record search's name keys in a query given as text: GeneWeb's family name `n` and given name `p`, names only
# in a query that holds both and the occurrence of that pair of names, `oc` (`?n=…&oc=0&p=…`; `n` or `p` alone is a
# count's or a page's, `?n=shoes&p=red` a filter's), MyHeritage's `fn.` and `ln.` prefixes in one query's value
# (`qname=Name+fn.…+ln.…`).
_QUERY_NAMES = re.compile(r"[?&]n=[^\W\d_]{2,30}&(?:[^&#\s]{0,30}&){0,6}p=[^\W\d_]{2,30}(?![^&#\s])"
                          r"|[?&]p=[^\W\d_]{2,30}&(?:[^&#\s]{0,30}&){0,6}n=[^\W\d_]{2,30}(?![^&#\s])"
                          r"|(?<![^\W\d_])fn\.[^\W\d_]{2,30}(?:[+ ]|%20|%2b){1,3}ln\.[^\W\d_]{2,30}")
_NAME_OCCURRENCE = re.compile(r"[?&]oc=[0-9]{1,3}(?![^&#\s])")
_FILE_NAME = re.compile(r"[\w.\-]{3,120}\.(?i:ged|gedcom|txt|csv|zip|pdf|jpe?g|png|tiff?)")
_FILE_NAME_PARTS = re.compile(r"[_.\-]")  # (what joins a file's name's words)
_CAPITALIZED = re.compile(r"[A-Z][a-z]{1,29}")
# (closer 238: a full name glued in camel case, `OrlaQuenby_DNA_raw.zip`; a GEDCOM file's name in lower case)
_GLUED_NAME = re.compile(r"([A-Z][a-z]{1,29})([A-Z][a-z]{1,29})")
_LOWER = re.compile(r"[a-z]{2,30}")
_GEDCOM_FILE = re.compile(r"(?i:\.ged(?:com)?)$")
# (closer 238: a record search's names on a genealogy site, GeneWeb's `gw.` host or a genealogy's word in the URL:
# `?n=…&p=…` with no occurrence there)
_GENEALOGY_SITE = re.compile(r"(?i:genea|geneweb|(?<![\w-])gw\.|ancest|stammbaum|stamboom|family-?tree)")
# (a kit's number is a DNA test's only beside a DNA testing's word: `Tattoo Kit 456789` is a product's)
_DNA_TESTING = re.compile(r"(?i:dna|gedmatch|23andme|ancestry|myheritage|genom|genetic|autosom|y-37|y-111)")
_KIT = re.compile(r"(?<![^\W\d_])(?i:kit)(?:[ \t]{1,3}(?i:number|no\.?|nr\.?|id|#))?[ \t]{0,3}[:#]?[ \t]{0,3}"
                  r"[A-Z]{0,2}[0-9]{6,12}(?![0-9])")

# What `reason` needs, searched first by the detector in the lower-cased form: one of its words' stems, at a word's
# start where a stem is a piece of common words (`street`, `drawer`, `kitchen`), anywhere where a language glues it
# after another word (`Familienstammbaum`, `Todesanzeige`).
CUE_SOURCE = ("(?<![a-z])(?:tree|managed by|home person|match|invit|message|living|obituar|notice|photo request"
              "|rest in peace|r\\.i\\.p|grave|grab|tombe|graf|plot|register|census|baptism|christening|burial"
              "|birth(?!day)|death|marriage|passenger|probate|raw(?![a-z])|dna|certificate|kit(?![a-z])|fn\\."
              f"|(?:{_words(POSSESSIVES)})[ \\t])"
              "|[0-9][ \\t]{1,3}name[ \\t]"
              "|stammbaum|stamboom|verwaltet|gere par|beheerd|startperson|treffer|correspondance|coincidencia"
              "|corrispondenza|dopasowanie|einladung|uitnodiging|convite|zaproszenie|eingeladen|nachricht|lebend"
              "|vivant|levend|traueranz|todesanz|nachruf|deces|esquela|necrolog|overlijden|rouwadv|nekrolog|dodsannons"
              "|ruhe in|repose en|descans|riposa|rust zacht|taufe|geburt|heirat|sterbe|bapteme|naissance|mariage"
              "|recensement|bautismo|nacimiento|censo|battesimo|nascita|doop|geboorte|huwelijk|chrzest|urodzen|zgon"
              "|\\.ged|[0-9] ?cm(?![a-z])|[?&][np]="
              # (closer 238: a tree's, a match's, an ancestor's, a funeral's and GEDCOM's further words)
              "|proprietaire|proband|besitzer|root person|start person|slægtstr|slaegtstr|slektstr|slakttr|relativ"
              "|thruline|one-to-one|one to one"
              "|comparison with|centimorgan|relationship|beziehung|verwandtschaft|relation (?:estim|poss)"
              "|relacion|relatie|to connect|added you|vous invite|t'invite|te invita|hat (?:dich|sie) zu|nodigt"
              "|(?:is your|ist (?:dein|ihr)|est (?:ton|ta|votre)|es (?:tu|su)|e (?:il |la )?tu[oa]|is (?:je|jouw|uw))"
              "[ \\t]"
              "|ancest|forefather|foremother|vorfahr|urahn"
              "|ancetre|aieul|antepasad|antenat|voorouder|urgro|bisabuel|tatarabuel|bisnonn|trisnonn|overgroot"
              "|funeral|funerale|memorial|celebration of|gedenkseite|trauerfeier|beerdigung|obseques"
              "|uitvaart|dodsfa|mindeside|minneside|forever in|always in|gone but|fur immer|unvergessen"
              "|genom|obituar|[0-9][ \\t]{1,3}(?:givn|surn|_marnm)[ \\t]|genea|gw\\.")


def _named(match: re.Match[str] | None, group: int = 1) -> bool:
    """Whether a match's name group holds a person's name."""
    return match is not None and bool(match.group(group)) and _a_name(match.group(group).replace(",", " "))


def _a_name(name: str) -> bool:
    """Whether capitalized `name` is a private person's: no generic addressee's, business's, product's or thing's
    word, nor one of NOT_NAME_WORDS, and a name's shape (_a_names_shape)."""
    return (a_person(name) and not a_product(name) and not a_thing(name) and not a_business_name(name)
            and not _place_or_business(name) and not any(word.lower() in NOT_NAME_WORDS for word in name.split())
            and _a_names_shape(name))


def _a_names_shape(name: str) -> bool:
    """(closer 204) Whether capitalized `name`'s words have a name's shape as lower_case_names reads one (closer 199),
    since any capitalized pair after a notice's, a mourning's or a file's word is read: no function word (an article
    opening a periodical's title, `Nachruf – Der Spiegel`), no goods' nor an attribute's word (merchandise, `R.I.P.
    Harambe Tee`; record_names._a_lower_name), and not every word a common English word (BIP39's: a ribbon's wishes or
    a baby's words, `Rest in Peace, Love Always`, `Birth_Certificate_Baby_Girl.pdf`; a given name that is one, `Grace`,
    keeps a family name that is none; closer 210, review 37: nor a common word's past or plural, a wish's `Always
    Loved`, after a word no known given name is, given_names.only_common_words, a common word of another language
    too; the price: `Grace Woods` goes out)."""
    low = name.lower()
    return _a_lower_name(low) and not all(a_common_word(word, ending="") for word in low.split()) and not (
        only_common_words(low, endings=("s", "d", "ed")))


# A life's span right after a name (`… 1938-2026`, `… (1938–2026)`): one that cannot be a life's, reversed, over 120
# years or ending in the future, tells a notice's look-alike (closer 148's `Nachruf … 1838–2026`), no person.
_SPAN_AFTER = re.compile(r"[ \t,]{0,3}\(?((?:1[5-9]|20)[0-9]{2})[ \t]{0,3}[-–][ \t]{0,3}"
                         r"((?:1[5-9]|20)[0-9]{2})(?![0-9])")


def _a_life_or_none(form: str, end: int) -> bool:
    """Whether no life's span follows `end` of `form`, or one that can be a life's."""
    span = _SPAN_AFTER.match(form, end)
    if span is None:
        return True
    born, died = int(span.group(1)), int(span.group(2))
    return born <= died <= time.gmtime().tm_year and died - born <= 120


def _any_named(pattern: re.Pattern[str], form: str) -> bool:
    return any(_named(match) for match in pattern.finditer(form))


def _file_named(form: str) -> bool:
    """Whether a file's name in `form` holds a genealogy file's word and two capitalized words joined by `_`."""
    for match in _FILE_NAME.finditer(form):
        parts = _FILE_NAME_PARTS.split(match.group(0))
        if not any(part.lower() in FILE_WORDS for part in parts):
            continue
        # (closer 238: a GEDCOM file's words in lower case are read capitalized, a tree's export named after its
        # person; a glued pair is read apart)
        word = _LOWER if _GEDCOM_FILE.search(match.group(0)) is not None else _CAPITALIZED
        if any(_glued_named(part) for part in parts):
            return True
        for first, second in zip(parts, parts[1:], strict=False):
            pair = f"{first.capitalize()} {second.capitalize()}"
            if ((_CAPITALIZED.fullmatch(first) or word.fullmatch(first))
                    and (_CAPITALIZED.fullmatch(second) or word.fullmatch(second)) and first.lower() not in FILE_WORDS
                    and second.lower() not in FILE_WORDS and _a_name(pair)):
                return True
    return False


def _glued_named(part: str) -> bool:
    """(closer 238) Whether a file name's `part` glues a full name in camel case (`OrlaQuenby`)."""
    glued = _GLUED_NAME.fullmatch(part)
    return glued is not None and not any(word.lower() in FILE_WORDS for word in glued.groups()) and _a_name(
        f"{glued.group(1)} {glued.group(2)}")


def query_named(form: str) -> bool:
    """Whether a query in `form` gives a name by a record search's keys (_QUERY_NAMES)."""
    searched = False
    for match in _QUERY_NAMES.finditer(form):
        if "fn." in match.group(0):
            return True
        if not searched:  # (the text's occurrence and site are searched once, not at every match)
            if _NAME_OCCURRENCE.search(form) is not None or _GENEALOGY_SITE.search(form) is not None:
                return True
            searched = True
    return False


def _relative_named(form: str) -> bool:
    """Whether `form` names a relative after the writer's possessive and a kinship word, with a researcher's evidence:
    a year or a birth's word beside it (_KIN_EVIDENCE), or (closer 238) an ancestor's or a late parent's word in the
    kinship's words, or another kin's possessive before them (`my mum's cousin …`)."""
    for match in _RELATIVE.finditer(form):
        kin = match.group(1)
        if _named(match, 2) and (_ANCESTRAL.search(kin) is not None or _KIN_POSSESSIVE.search(kin) is not None
                                 or _KIN_EVIDENCE.search(form) is not None):
            return True
    return False


def reason(form: str) -> str:
    """PERSON_NAME or KIT_NUMBER when canonical `form` names a person or gives a kit's number by a genealogy site's
    words (the module's docstring), or ""."""
    if (_any_named(_TREE_OWNED, form) or _any_named(_INVITER, form)
            or any(_named(match) and _a_life_or_none(form, match.end()) for match in _NAME_AFTER_WORDS.finditer(form))
            or any(_named(match) and _a_life_or_none(form, match.end()) for match in _FUNERAL_NAMED.finditer(form))
            or _any_named(_FAMILY_TREE_NAMED, form) or _any_named(_FAMILY_TREE_BY, form)
            or _any_named(_IS_YOUR_KIN, form) or _any_named(_PREDICTED, form) or _relative_named(form)
            or _any_named(_LIVING, form) or _any_named(_MOURNED, form)
            or _any_named(_PLOT, form) or _GEDCOM_NAME.search(form) is not None
            or _CENTIMORGANS.search(form) is not None and _named(_OPENING_NAME.search(form))
            or any(_named(match) or _named(match, 2) for match in _ENTRY.finditer(form))
            or "." in form and _file_named(form) or query_named(form)):
        return PERSON_NAME
    return KIT_NUMBER if _KIT.search(form) is not None and _DNA_TESTING.search(form) is not None else ""
