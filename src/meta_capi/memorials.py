"""The deceased's name after a memorial phrase, for the detector (closer 104, fifty-fifth attack: memorial and charity
donations). A donation, a tribute page or a card made in someone's memory names them: `In memory of Edith …`, `Spende
im Gedenken an Hans-Jürgen …`, `In loving memory of Late Smt. Kamala …`, `Don en mémoire de Mme …`.

The phrases are lexicon data by language (MEMORIAL_PHRASES), read in the canonical form in any case; between a phrase
and the name an epithet or two (`the late`, `our beloved`, `unserer lieben`) and an honorific may stand. The name is a
full name (two or three capitalized words), ending as a name in a sentence does or before the life's dates
(`(1941–2026)`, `† 02.11.2026`). A title's phrase, its preposition capitalized as titles write it (`In Memory Of
…`), names a person only before those dates: a product's title goes on there (`In Loving Memory Of Mom Cardinal
Ornament`). A kin's word opening the words, or a thing's, a generic addressee's or a business's word in them (`In
memory of Dad Garden Stone`, `in memory of Customer Service`), is no name. A phrase to a charity (`Donate in memory
to Marie Curie`) is none of these phrases.

(closer 144, sixty-eighth attack: funerals) A wreath's ribbon and an engraving are written for one person, after their
label by language (RIBBON_LABELS, ENGRAVING_LABELS):
- a ribbon's text names whom it calls or is dedicated to (RIBBON_NAMED): a full name after a kin's word, an epithet or
  a dedication's word (`lieber Opa …`, `nonno …`, `Saudades eternas de …`, `śp. …`), or after a comma or a quote (`Vila
  i frid, …`, `ribbon 'Grandma …'`); the mourners' words (`Deine Enkel`) and a wish's (`Rest in Peace, Love Always`)
  are no name;
- an engraving's text opens on the full name (maybe after an epithet, in capitals too), maybe a maiden name after
  `née`, and the life's dates (ENGRAVED_NAMED: a sign, `*`, `†`, `ur.`, before a year, two years apart, a full date);
  Japanese's secular name (`俗名`) before a name is one whatever follows.
"""

from __future__ import annotations

import re
import time

from . import honorifics
from .brand_words import a_business_name
from .canonical import by_first_letter, canonical, phrase_alternation, table_alternation
from .name_shapes import CAPITAL_NAME, CAPITAL_WORD, FULL_NAME, HAN, OPENS, WORD, a_person, a_product
from .personal_keys import ATTRIBUTE_WORDS
from .postal import _HONORIFIC, _NAME_PARTICLE, _place_or_business
from .role_labels import KIN, a_thing

PERSON_NAME = "holds a person's name"

# In someone's memory, by language: the phrase before the deceased's name.
MEMORIAL_PHRASES = {
    "English": "in memory of|in loving memory of|in fond memory of|in memoriam|in remembrance of"
               "|in loving remembrance of|in honour and memory of|in honor and memory of",
    "German": "im gedenken an|in gedenken an|zum gedenken an|in stillem gedenken an|in liebevollem gedenken an"
              "|in erinnerung an|in liebevoller erinnerung an|zur erinnerung an|im andenken an|in memoriam",
    "French": "en memoire de|a la memoire de|en souvenir de|en hommage a la memoire de",
    "Spanish": "en memoria de|a la memoria de|en recuerdo de",
    "Portuguese": "em memoria de|a memoria de|em lembranca de|em recordacao de",
    "Italian": "in memoria di|alla memoria di|in ricordo di",
    "Dutch": "ter nagedachtenis aan|ter nagedachtenis van|in herinnering aan|in liefdevolle herinnering aan",
    "Polish": "ku pamieci|ku czci",
    "Swedish": "till minne av|till minnet av",
    # (closer 121) the languages the sixty-second attack found missing, their phrase before the name
    "Danish": "til minde om|til minde for", "Norwegian": "til minne om", "Czech": "na památku",
    "Slovak": "na pamiatku", "Romanian": "în memoria|în memoria lui|în memoria ei|în amintirea|în amintirea lui"
    "|în amintirea ei", "Croatian, Bosnian and Serbian": "u spomen na|u sjećanje na", "Slovene": "v spomin na",
    "Catalan": "en memòria de|a la memòria de",
}
# (closer 145, sixty-eighth attack) A family tree's, a genealogy's words by language and their preposition before the
# person it is of (`Family tree of …`, `Arbre généalogique de …`, `Antavla för …`): read as a memorial's phrase.
GENEALOGY_PHRASES = {
    "English": "family tree of|family tree for|ancestry of|ancestors of|descendants of|genealogy of|pedigree of"
               "|family history of",
    "German": "stammbaum von|stammbaum fur|ahnentafel von|ahnentafel fur|ahnenliste von|vorfahren von"
              "|nachkommen von",
    "French": "arbre genealogique de|arbre genealogique de la famille de|genealogie de|ascendance de"
              "|descendance de",
    "Spanish": "arbol genealogico de|arbol genealogico de la familia de|genealogia de|antepasados de"
               "|descendientes de",
    "Portuguese": "arvore genealogica de|arvore genealogica da familia de|antepassados de|descendentes de",
    "Italian": "albero genealogico di|albero genealogico della famiglia di|genealogia di|antenati di"
               "|discendenti di",
    "Dutch": "stamboom van|kwartierstaat van|parenteel van", "Swedish": "antavla for|antavla over|slakttrad for",
    "Danish and Norwegian": "anetavle for|stamtavle for|slektstre for|slaegtstrae for",
    "Polish": "drzewo genealogiczne",
}
# What a shop's family tree is of besides a person (a poster's, a book's): gods, monarchs, a people, a language, life.
_TREE_SUBJECTS = frozenset((
    "gods goddesses deities monarchs kings queens royals royal rulers emperors pharaohs presidents popes dynasty "
    "dynasties house houses languages language life species mythology myths heroes saints prophets tribes clans "
    "english british greek roman norse egyptian european chinese japanese french german spanish italian biblical "
    "celtic viking vikings lord rings harry potter wars game thrones marvel disney").split())
_MEMORIAL = frozenset(" ".join(canonical(phrase)[0].lower().split()) for line in MEMORIAL_PHRASES.values()
                      for phrase in line.split("|"))
# Words that may stand between the phrase and the name: the deceased's epithets and the mourners' determiners.
EPITHETS = {
    "English": "the late our my his her their beloved dear dearest",
    "German": "unserer unseres unserem unseren unsere meiner meines meinem meinen meine lieben geliebten",
    "French": "feu feue notre mon ma cher chere regrette regrettee", "Spanish": "nuestro nuestra mi querido querida",
    "Portuguese": "nosso nossa meu minha querido querida saudoso saudosa", "Italian": "nostro nostra mio mia caro cara",
    "Dutch": "onze ons mijn lieve dierbare", "Polish": "naszego naszej mojego mojej",
}
# The honorifics of India in Latin letters, which the postal honorifics do not hold (`Smt.`, `Shri`).
_SOUTH_ASIAN_HONORIFIC = honorifics.alternation("tribute") + r"[ \t]{1,3}"


_PHRASES = {f"{meaning} in {language}": phrases for meaning, table in (
    ("memorial", MEMORIAL_PHRASES), ("genealogy", GENEALOGY_PHRASES)) for language, phrases in table.items()}
# (group 1: the phrase, whose last word's case tells a sentence from a title; group 2: the name)
_MEMORIAL_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))((?i:{table_alternation(_PHRASES, '|')}))[ \\t]{{1,3}}"
    f"(?:(?i:{table_alternation(EPITHETS, ' ')})[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC}|{_SOUTH_ASIAN_HONORIFIC})?"
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    # (group 3: the life's dates after it: a bracket, a cross or a star, or a year)
    r"(?:[ \t]{0,3}((?:\(|†|\*)[ \t]{0,3}[0-9]|[0-9]{4}\b)|(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"]|-[ \t])|[ \t]{1,3}[a-z]))")
# (closer 145) A death notice's words by language, and a genealogy's or a grave's words and sites: what a life's span
# after a name is read beside (_GENEALOGY_CONTEXT); the detector's cue holds them too (closer 148: one source).
_NOTICE_WORDS = ("obituary|nachruf|traueranzeige|todesanzeige|esquela|necrologio|necrologie|overlijdensbericht|nekrolog"
                 "|death notice|funeral notice|avis de deces|annuncio funebre|rouwadvertentie|nota de falecimento")
GENEALOGY_WORDS = ("obituaries|familysearch|ancestry|myheritage|wikitree|geneanet|filae|findagrave|billiongraves"
                   "|genealog|family tree|stammbaum|ahnentafel|stamboom|antavla|memorial|grave")
# The phrases' stems: what `reason` needs, searched first by the detector (CUE_SOURCE, compiled there: one scan in C,
# and a text holding none, most, reads nothing of this module).
# (French `mémoire` holds no `memor`: its own stem, `memoi`; Danish's with its preposition, `minde` alone is in
# `reminder`; closer 121)
_STEMS = ("memor|memoi|gedenk|andenk|erinner|souvenir|recuerdo|ricordo|lembran|recorda|nagedacht|herinner|pamieci|czci"
          "|minne|til minde|pamatk|pamiatk|amintir|spomen|spomin|sjecanj|remembran"
          # (closer 145: a family tree's words, a genealogy's, a grave's, an obituary's and a genealogy site's)
          "|tree|genealog|stammbaum|ahnen|vorfahren|nachkommen|antavla|slakttr|anetavl|stamtavl|slektstr|slaegtstr"
          "|stamboom|kwartierstaat|parenteel|ancest|descend|pedigree|antepasad|antenati|discendent|grave|obituar"
          "|familysearch|myheritage|wikitree|geneanet|filae|家系|系図")
# (closer 143) ... the death's phrases' and signs' stems, the life's cross, a maiden name's word, Japanese `故`
_DEATH_STEMS = ("the late|funer|wake for|passing of|celebration of life|beerdigung|beisetzung|bestattung|trauerfeier"
                "|obseques|deces de|inhumation|enterrement|feu |feue |sepelio|velorio|entierro|esquela|fallecimiento"
                "|misa por|enterro|sepultamento|falecimento|missa de|esequie|mancat|mancare|ci ha lasciato|uitvaart"
                "|begrafenis|crematie|pogrzeb|s.p.|rip|r.i.p|q.e.p.d|qepd|d.e.p|†|(nee |(geb|(geborene|(z d"
                "|(de soltera|故")
# ... and the mourners': a spouse's and the children's words, the epithets, a family's, a condolence's closings
_MOURNER_STEMS = ("wife|husband|widow|spouse|partner|sons|daughters|children|esposa|esposo|marido|viud|hijos|hijas"
                  "|nietos|viuva|filhos|filhas|netos|epou|enfants|veuve|veuf|ehefrau|ehemann|gattin|gatte|witwe"
                  "|kinder|moglie|marito|vedov|figli|nipoti|echtgeno|weduwe|zona|maz|wdow|dzieci|wnuki|beloved"
                  "|loving|devoted|cherished|pamilya|angkan|famil|rodzin|sympathy|condolenc|carino|pesame|pesar"
                  "|trauer|beileid|mitgefuhl|condoleances|condoglianze|affetto|cordoglio|carinho|sentimentos|pesames"
                  "|deelneming|sterkte|wspolczucia")
# (each reader's own stems, searched in the text in lower case before it reads: most texts that reach the module
# hold one reader's)
_MEMORIAL_CUE = re.compile(by_first_letter(_STEMS.split("|")))
# (short words a longer one holds, `trip`, `amazon`, `zonal`, as whole words only)
_WHOLE_WORDS = ("rip", "zona", "maz")
_DEATH_CUE = re.compile(by_first_letter([stem for stem in _DEATH_STEMS.split("|") if stem not in _WHOLE_WORDS])
                        + r"|\brip\b")
_MOURNER_CUE = re.compile(by_first_letter([stem for stem in _MOURNER_STEMS.split("|") if stem not in _WHOLE_WORDS])
                          + r"|\b(?:zona|maz)\b")

# (closer 145) A person's full name and their life's span in brackets, maybe after a death notice's word (`… (1938–
# 2026)`, `… Obituary (1938 – 2026)`), in a text holding a genealogy's, a grave's or a death notice's word
# (_GENEALOGY_CONTEXT): a tree's or a notice's page of that person, a public figure's too. Elsewhere the span is a
# work's author's (`Mozart (1756–1791) – Requiem CD`) and goes out. The span: birth not after death, at most 120
# years apart, death not in the future.
_LIFE_SPAN_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    f"(?:[ \\t]{{1,3}}(?i:{_NOTICE_WORDS}))?"
    r"[ \t]{0,3}\([ \t]{0,3}(1[5-9][0-9]{2}|20[0-9]{2})[ \t]{0,3}-[ \t]{0,3}(1[5-9][0-9]{2}|20[0-9]{2})[ \t]{0,3}\)")
_GENEALOGY_CONTEXT = re.compile(f"(?i:{phrase_alternation([*_NOTICE_WORDS.split('|'), *GENEALOGY_WORDS.split('|')])}"
                                "|find[ \\t]{1,3}a[ \\t]{1,3}grave)")
# (closer 148) A notice's word, maybe a colon or a dash, a full name and its life's span without brackets, maybe after
# a comma (`Obituary – …, 1938-2026`, `Nachruf … 1938–2026`): a work's author's span has no notice's word before it
# (`Mozart 1756-1791 – Requiem`).
_NOTICE_SPAN_NAMED = re.compile(
    f"{OPENS}(?i:{_NOTICE_WORDS})[ \\t]{{0,3}}(?:[:-][ \\t]{{0,3}})?[ \\t]"
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})[ \\t]{{0,3}},?[ \\t]{{0,3}}"
    r"(1[5-9][0-9]{2}|20[0-9]{2})[ \t]{0,3}-[ \t]{0,3}(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])")
_OLDEST_SPAN = 120
# A grave's memorial by its number, then a dash and the buried person's full name (`Find a Grave Memorial #… – …`).
_NUMBERED_MEMORIAL = re.compile(
    f"(?i:memorial|grave|gedenkseite|tombe|tumba)[ \\t]{{0,3}}(?:#|(?i:no|nr|n)\\.?)[ \\t]{{0,3}}[0-9]{{5,12}}"
    f"[ \\t]{{1,3}}[-|:][ \\t]{{1,3}}({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?()\n\"|]|-[ \t])|[ \t]{1,3}[a-z])")
# Japanese's family tree's words and their colon before a name of Han letters, family and given (`家系図：… …`).
_JAPANESE_TREE_NAMED = re.compile(
    f"(?:家系図|系図)[ \\t]{{0,3}}:[ \\t\u3000]{{0,3}}{HAN}{{1,4}}[ \\t\u3000]{{1,2}}{HAN}{{1,3}}")


def _a_life_span(born: str, died: str) -> bool:
    """Whether the years `born` and `died` are a life's span: not reversed, at most _OLDEST_SPAN years, not ended in
    the future."""
    return 0 <= int(died) - int(born) <= _OLDEST_SPAN and int(died) <= time.gmtime().tm_year


def _named_in_genealogy(form: str) -> bool:
    """Whether `form` names a person by their life's span in a genealogy's text, after a grave's memorial number, or
    after Japanese's family tree's words (above)."""
    if not form.isascii() and _JAPANESE_TREE_NAMED.search(form) is not None:
        return True
    if any(_a_name(match.group(1)) for match in _NUMBERED_MEMORIAL.finditer(form)):
        return True
    if any(_a_life_span(match.group(2), match.group(3)) and _a_name(match.group(1))
           for match in _NOTICE_SPAN_NAMED.finditer(form)):
        return True
    return "(" in form and _GENEALOGY_CONTEXT.search(form) is not None and any(
        _a_life_span(match.group(2), match.group(3)) and _a_name(match.group(1))
        for match in _LIFE_SPAN_NAMED.finditer(form))
_KIN = frozenset(canonical(word)[0].lower() for line in KIN.values() for word in line.split())


# (closer 143, sixty-eighth attack: funerals and obituaries) A death's phrase by language, the deceased's name after
# it: a death notice's (`the late …`, `È mancato all'affetto dei suoi cari …`, `zmarł ś.p. …`, `Esquela de D. …`), a
# funeral's and its fund's (`the funeral of …`, `Funeral costs for …`, `obsèques de …`, `Beerdigung von …`, `na
# pogrzeb …`), a mass's (`Missa de sétimo dia de …`). Read as the memorial phrases are.
DEATH_PHRASES = {
    "English": "the late|the funeral of|funeral of|funeral for|funeral costs for|funeral expenses for"
               "|funeral fund for|the passing of|wake for|memorial service for|celebration of life for",
    "German": "beerdigung von|beisetzung von|bestattung von|trauerfeier fur|trauerfeier von|die beerdigung von",
    "French": "obseques de|funerailles de|deces de|inhumation de|enterrement de|feu|feue",
    "Spanish": "funeral de|sepelio de|velorio de|entierro de|esquela de|fallecimiento de|misa por",
    "Portuguese": "funeral de|enterro de|sepultamento de|velorio de|falecimento de|missa de setimo dia de"
                  "|missa de 7o dia de|missa de trigesimo dia de",
    "Italian": "funerale di|funerali di|esequie di|e mancato|e mancata|e mancato all'affetto dei suoi cari"
               "|e mancata all'affetto dei suoi cari|e mancato all'affetto dei suoi|e mancata all'affetto dei suoi"
               "|e venuto a mancare|e venuta a mancare|ci ha lasciato",
    "Dutch": "uitvaart van|begrafenis van|crematie van",
    "Polish": "pogrzeb|na pogrzeb|zmarl s.p.|zmarla s.p.",
}
# ... and the signs of a death notice by language, written before the name whatever the case (`Q.E.P.D.`, `RIP:`,
# `ś.p.`: Latin "requiescat in pace", Spanish "que en paz descanse", Polish "of holy memory").
DEATH_SIGNS = {"Latin": "rip|r.i.p.", "Spanish": "q.e.p.d.|qepd|d.e.p.", "Polish": "s.p.", "Portuguese": "r.i.p."}
_SIGN_FORMS = frozenset(canonical(word)[0].lower() for line in DEATH_SIGNS.values() for word in line.split("|"))
# Spanish and Portuguese honorifics of a notice, abbreviated (`D.` for Don, `Dña.`).
_NOTICE_HONORIFIC = honorifics.alternation("notice") + r"[ \t]{1,3}"
# A public figure's title before the name: royalty's, a pope's, a saint's (`In Memory of Princess Diana`): no private
# person's, by language.
PUBLIC_TITLES = ("king queen prince princess emperor empress pope saint st tsar konig konigin prinz prinzessin kaiser "
                 "kaiserin papst heilige heiliger roi reine princesse pape rey reina principe princesa papa san santa "
                 "santo re regina principessa imperatore rei rainha krol krolowa ksiezna papiez")
_PUBLIC_TITLES = frozenset(PUBLIC_TITLES.split())
_DEATH_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))((?i:{table_alternation(DEATH_PHRASES, '|')}|{table_alternation(DEATH_SIGNS, '|')}))"
    f"[:,]?[ \\t]{{1,3}}"
    f"(?:(?i:{table_alternation(EPITHETS, ' ')})[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC}|{_NOTICE_HONORIFIC})?"
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?:[ \t]{0,3}((?:\(|†|\*)[ \t]{0,3}[0-9]|[0-9]{4}\b)|(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"]|-[ \t])|[ \t]{1,3}[a-z]))")
# (closer 148) A death's phrase ending in its possessive preposition (`funeral of`, `beerdigung von`; not `for`:
# `Funeral for pet hamster`), a strong phrase whatever the case, then a full name in lower case ending the text
# (`Funeral of … …`): two words of letters, none a kin's, an epithet's, a mourning wish's or a thing's word.
_DEATH_PREPOSITIONS = frozenset("of von de di van".split())
_STRONG_DEATH_PHRASES = phrase_alternation(phrase for line in DEATH_PHRASES.values() for phrase in line.split("|")
                                           if phrase.rsplit(" ", 1)[-1] in _DEATH_PREPOSITIONS)
_LOWER_DEATH_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:{_STRONG_DEATH_PHRASES})"
    r"[ \t]{1,3}([a-z]{2,20}[ \t]{1,3}[a-z]{2,20})[ \t]{0,3}[.!]?$")
# A full name and the life's dates a notice writes after it, a star's and a cross's (`Gisela … * 03.02.1941 †
# 12.11.2026`), or a married woman's name before her maiden one (`Bríd Ó Scanvallaigh (née Drennaugh)`).
_DATE = r"(?:[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}|[0-9]{4})"
_LIFE_DATED = re.compile(
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})[ \\t]{{0,3}},?[ \\t]{{0,3}}\\*[ \\t]{{0,3}}{_DATE}"
    f"[ \\t,;]{{0,3}}(?:-[ \\t]{{0,3}})?†[ \\t]{{0,3}}{_DATE}")
MAIDEN_WORDS = {"English, French": "nee", "German": "geb.|geborene", "Polish": "z d.|z domu", "Spanish": "de soltera"}
_MAIDEN_NAMED = re.compile(
    f"{WORD}[ \\t]{{0,3}}\\((?:{table_alternation(MAIDEN_WORDS, '|')})[ \\t]{{1,3}}({WORD})\\)")
# A Japanese notice's deceased: `故` ("the late"), the family and given names apart, `儀` (`故 雲雀沢 灯里 儀`).
_JAPANESE_LATE = re.compile("故[ \u3000]?[\u4e00-\u9fff\u3040-\u30ff]{1,5}[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,5}"
                            "[ \u3000]?儀")

# (closer 143) A relative a notice names by their relation: a spouse's or the children's word (lower case, as running
# text writes it) after a possessive (`survived by his wife, …`, `Sus hijos … y … participan`) or an epithet and `of`
# (`Beloved husband of …`); one given name and `and` may open the names.
MOURNERS = {
    "English": "wife husband widow widower spouse partner sons daughters children grandchildren",
    "Spanish": "esposa esposo marido viuda viudo hijos hijas nietos",
    "Portuguese": "esposa marido viuva filhos filhas netos",
    "French": "epouse epoux mari femme veuve veuf enfants petits-enfants",
    "German": "ehefrau ehemann gattin gatte frau mann witwe witwer kinder enkel",
    "Italian": "moglie marito vedova vedovo figli figlie nipoti",
    "Dutch": "echtgenote echtgenoot vrouw man weduwe kinderen", "Polish": "zona maz wdowa wdowiec dzieci wnuki",
}
POSSESSIVES = {"English": "his her their", "Spanish": "su sus", "Portuguese": "seu sua seus suas",
               "French": "son sa ses", "German": "sein seine seiner ihr ihre ihrer", "Italian": "suo sua suoi sue",
               "Dutch": "zijn haar", "Polish": "jego jej"}
KIN_EPITHETS = {"English": "beloved loving devoted dear cherished"}
_AND = "(?:and|y|e|und|et|i|en|&)"
_NAMES = f"((?:{WORD}[ \\t]{{1,3}}{_AND}[ \\t]{{1,3}})?{WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
_MOURNER_WORDS = table_alternation(MOURNERS, " ") + "|" + table_alternation(KIN, " ")
# (closer 148: what no lower-case name after a death's phrase holds)
_NOT_LOWER_NAMES = frozenset(word for line in (*EPITHETS.values(), *KIN.values(), *KIN_EPITHETS.values())
                             for word in line.split())
# (groups 1 and 2, or 3 and 4: the possessive or the epithet and the relation's word; group 5: the names)
_KIN_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:({table_alternation(POSSESSIVES, ' ')})[ \\t]{{1,3}}({_MOURNER_WORDS}),?"
    f"|({table_alternation(KIN_EPITHETS, ' ')})[ \\t]{{1,3}}({_MOURNER_WORDS})[ \\t]{{1,3}}of)[ \\t]{{1,3}}{_NAMES}"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"]|-[ \t])|[ \t]{1,3}[a-z])")
# ... and a family named by its surname in a notice's or a card's signature (`mula sa pamilya …`, `de la familia …`),
# or by a person's full name (`a família de … com o funeral`, `the family of …`)
FAMILY_SIGNED = {"Tagalog": "mula sa pamilya|mula sa angkan", "English": "from the family of",
                 "Spanish": "de parte de la familia|de la familia", "Portuguese": "da familia",
                 "French": "de la part de la famille|de la famille", "German": "von familie|ihre familie",
                 "Dutch": "van de familie", "Italian": "dalla famiglia"}
FAMILY_OF = {"English": "the family of", "Spanish": "la familia de", "Portuguese": "a familia de|familia de",
             "French": "la famille de", "German": "die familie von|der familie von", "Italian": "la famiglia di",
             "Polish": "rodzina|rodzinie"}
_FAMILY_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?:(?i:{table_alternation(FAMILY_SIGNED, '|')})[ \\t]{{1,3}}({WORD})[ \\t]{{0,3}}"
    r"(?:family[ \t]{0,3})?(?:$|[.!\"\n])"
    f"|(?i:{table_alternation(FAMILY_OF, '|')})[ \\t]{{1,3}}({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"]|-[ \t])|[ \t]{1,3}[a-z]))")
# (closer 143) A condolence's closing by language, its signers' names ending the text: `With deepest sympathy, …`,
# `Con cariño, …`, `in stiller Trauer Ihre …`, `… from Caius and Mirela …` (a `from` or a possessive may stand first).
CONDOLENCE_CLOSINGS = {
    "English": "with deepest sympathy|with deep sympathy|with heartfelt sympathy|with sympathy|with love and sympathy"
               "|with deepest condolences|with sincere condolences|with condolences|in sympathy|deepest sympathy",
    "Spanish": "con carino|con todo mi carino|con todo nuestro carino|mi mas sentido pesame|nuestro mas sentido pesame"
               "|con profundo pesar",
    "German": "in stiller trauer|in tiefer trauer|in liebe und dankbarkeit|mit aufrichtigem beileid"
              "|herzliches beileid|in stillem gedenken|in tiefem mitgefuhl",
    "French": "sinceres condoleances|toutes nos condoleances|avec toute notre sympathie|avec toute ma sympathie",
    "Italian": "sentite condoglianze|con affetto|con profondo cordoglio", "Portuguese": "com carinho|meus sentimentos"
    "|nossos sentimentos|sentidos pesames", "Dutch": "met oprechte deelneming|innige deelneming|veel sterkte",
    "Polish": "wyrazy wspolczucia|z wyrazami wspolczucia|z wyrazami glebokiego wspolczucia",
}
SIGNERS_WORDS = {"English": "from yours your", "Spanish": "de tu tus su", "German": "von ihre ihr deine dein eure euer",
                 "French": "de ta ton tes", "Italian": "da tua tuo", "Portuguese": "de tua teu", "Dutch": "van je"}
_CONDOLENCE_SIGNED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:{table_alternation(CONDOLENCE_CLOSINGS, '|')})[ \\t]{{0,3}}[,:!.]?"
    f"(?:[ \\t]{{1,3}}|[ \\t]{{0,3}}\\n[ \\t]{{0,3}})"
    f"(?:(?i:{table_alternation(SIGNERS_WORDS, ' ')})[ \\t]{{1,3}})?{_NAMES}"
    r"[ \t]{0,3}(?:$|[.!\"\n]|-[ \t])")

def _a_name(name: str) -> bool:
    """Whether `name` after a phrase is a private person's: no kin's word opening it, no public figure's title, no
    thing's, business's or product's word."""
    first = name.split()[0].lower()
    return not (first in _KIN or first in _PUBLIC_TITLES or a_thing(name) or not a_person(name) or a_product(name))


def _last_name(names: str) -> str:
    """The full name ending `names` (`Caius and Mirela Drellmoraine` -> `Mirela Drellmoraine`)."""
    match = _AND_APART.search(names)
    return names[match.end():] if match is not None else names


_AND_APART = re.compile(f"[ \\t]{_AND}[ \\t]{{1,3}}")


def _deceased_named(form: str) -> bool:
    """Whether canonical `form` holds a death's phrase or sign and the deceased's full name after it, a name before the
    life's star and cross, a maiden name, or a Japanese notice's deceased."""
    for match in _DEATH_NAMED.finditer(form):
        phrase, name, dates = match.group(1, 2, 3)
        sign = phrase.lower() in _SIGN_FORMS
        if sign and phrase.lower() == "s.p." and phrase != "s.p.":
            continue  # (Polish writes its sign in lower case: `S.P.` is initials)
        if not sign and phrase.split()[-1][0].isupper() and dates is None:
            continue  # (a title's phrase, `The Late Show …`: a name only before the life's dates)
        if sign and dates is None and form[match.end():match.end() + 4].lstrip(" \t")[:1] not in tuple(",.;:!?)-"):
            continue  # (a notice goes on after the name: `RIP …, Ballyhaunis`; a shirt's title ends: `RIP … Tee`)
        if _a_name(name):
            return True
    lower = _LOWER_DEATH_NAMED.search(form)
    if lower is not None and _NOT_LOWER_NAMES.isdisjoint(lower.group(1).split()) and _MOURNING_NOT_NAMES.isdisjoint(
            lower.group(1).split()) and _a_name(lower.group(1).title()):
        return True
    return ("†" in form and any(_a_name(match.group(1)) for match in _LIFE_DATED.finditer(form))
            or "(" in form and _MAIDEN_NAMED.search(form) is not None
            or "故" in form and _JAPANESE_LATE.search(form) is not None)


def _mourners_named(form: str) -> bool:
    """Whether canonical `form` names a relative after their relation's word, a family, or a condolence's signers."""
    for match in _KIN_NAMED.finditer(form):
        opening, relation = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
        if opening[0].isupper() and relation[0].isupper() and form[match.end():].strip(" \t") == "":
            continue  # (a title ending the text, `His Wife … Tee`; German's noun goes on: `Seine Ehefrau … und`)
        if _a_name(_last_name(match.group(5))):
            return True
    # (a condolence's signers are no mourners' nouns nor a wish's words: `Com Carinho, Seus Netos`, `Con Affetto, La
    # Famiglia`)
    return any(_a_name(match.group(1) or match.group(2)) for match in _FAMILY_NAMED.finditer(form)) or any(
        _a_name(_last_name(match.group(1))) and _MOURNING_NOT_NAMES.isdisjoint(
            word.lower() for word in match.group(1).split()) for match in _CONDOLENCE_SIGNED.finditer(form))



# (closer 144) A wreath's ribbon's label and an engraving's, by language (canonical, lower case).
RIBBON_LABELS = {
    "English": "ribbon|ribbon text|ribbon message|ribbon wording|ribbon inscription|sash text|banner text",
    "German": "schleife|schleifentext|schleifenaufdruck|schleifenbeschriftung|kranzschleife|trauerschleife",
    "French": "ruban|texte du ruban|texte ruban|texte sur le ruban|message du ruban|ruban de deuil",
    "Spanish": "cinta|texto de la cinta|texto cinta|leyenda de la cinta", "Italian": "nastro|testo del nastro"
    "|testo nastro|dedica sul nastro", "Portuguese": "fita|texto da fita|dizeres da fita|faixa",
    "Dutch": "lint|linttekst|rouwlint|tekst op lint", "Polish": "szarfa|napis na szarfie|tekst na szarfie",
    "Swedish": "band|bandtext|sorgband|text pa bandet",
}
ENGRAVING_LABELS = {
    "English": "engraving|engraving text|inscription|headstone inscription|headstone|gravestone|tombstone|epitaph"
               "|urn plate|plaque|memorial plaque|grave marker",
    "German": "grabinschrift|inschrift|gravur|gravurtext|grabstein|grabplatte|grabtafel|urnenplatte|urnentafel",
    "French": "epitaphe|inscription|gravure|plaque|plaque funeraire|pierre tombale",
    "Spanish": "lapida|inscripcion|grabado|epitafio|placa", "Italian": "targa|epitaffio|iscrizione|incisione|lapide",
    "Portuguese": "lapide|epitafio|inscricao|gravacao|placa", "Dutch": "grafsteen|grafschrift|inscriptie|gravure"
    "|gedenkplaat", "Polish": "tablica|tablica nagrobna|napis|inskrypcja|nagrobek|epitafium|grawer",
    "Swedish": "gravsten|gravyr|inskription|gravtext|minnesplatta",
}


# Words before the name on a ribbon, by language: a kin's word (role_labels.KIN and the spouses'), an epithet, a
# greeting or a dedication's word (`lieber`, `cher`, `ciao`, `śp.`, `to`, `für`, `à`, `para`, `de`).
_RIBBON_CUES = {
    "English": "to for dear dearest beloved our my the late grandad granddad gran nan nana husband wife",
    "German": "fur an lieber liebe lieben lieblingsopa lieblingsoma unserem unserer unseren mein meine meinem "
              "meiner ehemann ehefrau gatte gattin",
    "French": "a pour cher chere notre mon ma feu feue mari epouse papy", "Spanish": "a para de querido querida "
              "nuestro nuestra mi esposo esposa", "Italian": "a per ciao addio caro cara nostro nostra mio mia marito "
              "moglie", "Portuguese": "a para de querido querida nosso nossa meu minha marido esposa vovo vovó",
    "Dutch": "voor aan lieve onze mijn", "Polish": "dla sp s.p. kochanemu kochanej naszemu naszej mezowi zonie",
    "Swedish": "till kara alskade make maka",
}
# Words no name holds in a ribbon's text or a condolence's signature: the mourners' possessives and a wish's words
# (`Deine Enkel`, `Love Always`).
_MOURNING_NOT_NAMES = frozenset(canonical(word)[0].lower() for word in (
    "your yours love loved loving always forever rest peace sleep memory memories missed remembered never forgotten "
    "goodbye farewell heaven thanks thank dein deine deinen deiner euer eure ruhe frieden liebe dank abschied "
    "erinnerung ewig ewige unvergessen letzte gruss grusse ton tes ta vos votre repose paix adieu souvenir tu tus "
    "su sus descanse paz siempre recuerdo tuo tua tuoi tue riposa pace sempre ricordo teu tua teus tuas saudade "
    "saudades eterna eternas sempre je jouw rust vrede twoj twoja twoi spoczywaj pokoj pamiec din ditt dina vila "
    "frid alltid minne familjen familia famiglia famille familie family rodzina seu sua seus suas vosso vossa "
    "vostro vostra vostri nuestros vuestros tuyos "
    # the mourners' nouns (`Deine Enkel`, `Seus Netos`)
    "children grandchildren friends colleagues neighbours neighbors kinder enkel enkelkinder freunde kollegen "
    "nachbarn enfants petits-enfants amis collegues hijos nietos amigos companeros figli nipoti amici colleghi "
    "filhos netos amigos colegas kinderen kleinkinderen vrienden collega's dzieci wnuki przyjaciele barn barnbarn "
    "vanner kollegor").split())
# ... and an engraving's goods, which an engraving's label and dates may stand before (`Inscription: Oak Bench
# 1990-2020`).
_ENGRAVED_THINGS = frozenset(canonical(word)[0].lower() for word in (
    "bench tree garden rose stone granite marble oak brass bronze slate plaque urn vase memorial church school club "
    "society company anniversary edition jubilee bank bench heart angel cross book team").split())
_RIBBON_KIN = " ".join(KIN.values())
_RIBBON_CUE_WORDS = table_alternation({"cues": f"{_RIBBON_KIN} {' '.join(_RIBBON_CUES.values())}"}, " ")
_RIBBON_CUE_SET = frozenset(canonical(word)[0].lower().rstrip(".") for line in (_RIBBON_KIN, *_RIBBON_CUES.values())
                            for word in line.split())
# (group 1: the ribbon's text, to its line's end)
_RIBBON_TEXT = re.compile(f"{OPENS}(?i:{table_alternation(RIBBON_LABELS, '|')})"
                          r"(?:[ \t]{0,3}:|[ \t]{1,3}(?=['‘“\"]))[ \t]{0,3}([^\n]{1,160})")
# (group 1: the name) A mark or a cue's word, maybe more cue words, maybe an honorific, then the full name.
_RIBBON_NAMED = re.compile(
    f"(?:[,;'‘“\"][ \\t]{{0,3}}|(?<![^\\W\\d_])(?i:{_RIBBON_CUE_WORDS})\\.?[ \\t]{{1,3}})"
    f"(?:(?i:{_RIBBON_CUE_WORDS})\\.?[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC})?({FULL_NAME})"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"'’”])|[ \t]{1,3}(?:[a-z]|-[ \t]))")
# An engraving's epithets before the name (Polish `ś.p.`, `śp.`), and a maiden name's word after it.
_ENGRAVED_EPITHETS = table_alternation({"epithets": f"{' '.join(EPITHETS.values())} s.p. sp."}, " ")
_MAIDEN = r"nee|ne|geb\.|geborene|nata|nacida|nascida|z[ ]d\.|z[ ]domu|born|fodd"
_YEAR = r"(?:[0-9]{1,2}[./-][0-9]{1,2}[./-])?(?:1[6-9]|20)[0-9]{2}(?![0-9])"
_LIFE_SIGN = (r"[*†✝✞★]"
              r"|(?i:ur|b|geb|n|born|fodd|nato|nata|nacido|nacida|nascido|nascida)\.?(?=[ \t])")
# (group 1: the name) The label, an epithet, the name in title case or in capitals, a maiden name, then the life's
# dates: a sign before a year, two years apart, or a full date.
ENGRAVED_NAMED = re.compile(
    f"{OPENS}(?i:{table_alternation(ENGRAVING_LABELS, '|')})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
    f"(?:(?i:{_ENGRAVED_EPITHETS})[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC})?({FULL_NAME}|{CAPITAL_NAME})"
    f"(?:[ \\t]{{1,3}}(?i:{_MAIDEN})[ \\t]{{1,3}}(?:{WORD}|{CAPITAL_WORD}))?[ \\t,]{{0,3}}"
    f"(?:(?:{_LIFE_SIGN})[ \\t]{{0,3}}{_YEAR}|\\(?{_YEAR}[ \\t]{{0,3}}-[ \\t]{{0,3}}{_YEAR}"
    r"|[0-9]{1,2}[./][0-9]{1,2}[./](?:1[6-9]|20)[0-9]{2}(?![0-9])"
    # (closer 148) or an epithet and a relative's word after a comma (`…, beloved wife`)
    f"|,[ \\t]{{0,3}}(?i:{table_alternation(KIN_EPITHETS, ' ')}|{table_alternation(EPITHETS, ' ')})[ \\t]{{1,3}}"
    f"(?i:{_MOURNER_WORDS})(?![^\\W\\d_]))")
# (closer 148) A grave's, a plot's or a memorial bench's words by language before the buried or remembered person
# (`Grave of …, plot 14`, `Grabstelle von …`, `Memorial bench for …`); the name ends the text or goes on with a plot
# after a comma or a bracket: a dash before a tour's or a film's title is a public grave's product (`Grave of Karl
# Marx – Highgate Tour`, `Grave of the Fireflies – Blu-ray`).
GRAVE_PHRASES = {
    "English": "grave of|gravesite of|grave site of|resting place of|burial plot of|plot of|headstone for|headstone of"
               "|memorial bench for|memorial bench of|memorial plaque for|memorial tree for|bench in memory of",
    "German": "grab von|grabstelle von|grabstatte von|ruhestatte von|grabstein fur|gedenkbank fur|grabpflege fur",
    "French": "tombe de|sepulture de|concession de|pierre tombale de|banc commemoratif pour",
    "Spanish": "tumba de|sepultura de|nicho de|lapida de", "Italian": "tomba di|sepoltura di|lapide di|loculo di",
    "Portuguese": "tumulo de|sepultura de|jazigo de|campa de", "Dutch": "graf van|grafmonument van|grafsteen voor",
    "Polish": "grob|nagrobek",
}
# ... and a plot's words by language, what a grave's record goes on with after the name's comma (a public grave's
# cemetery is no plot: `Grave of Karl Marx, Highgate Cemetery`)
PLOT_WORDS = {"English": "plot row section lot grave sector", "German": "reihe feld grab abteilung grabnummer",
              "French": "carre allee rang division concession emplacement", "Spanish": "parcela fila cuartel nicho",
              "Italian": "settore fila campo loculo", "Portuguese": "quadra lote fila jazigo",
              "Dutch": "vak rij grafnummer", "Polish": "kwatera rzad miejsce"}
_GRAVE_NAMED = re.compile(
    f"{OPENS}(?i:{table_alternation(GRAVE_PHRASES, '|')})[ \\t]{{1,3}}"
    f"(?:(?i:{table_alternation(EPITHETS, ' ')})[ \\t]{{1,3}}){{0,3}}"
    f"(?:{_HONORIFIC})?({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    f"(?=[ \\t]{{0,3}}(?:$|\\n|[,;(][ \\t]{{0,3}}(?:[0-9]|(?i:{table_alternation(PLOT_WORDS, ' ')})(?![^\\W\\d_]))))")
# (closer 148) A family tree's label and its colon before the person it is of (`Family tree: …, b. 1921`): the
# genealogy's phrases without their preposition.
_TREE_LABELS = table_alternation({"labels": "|".join(
    phrase.rsplit(" ", 1)[0] for line in GENEALOGY_PHRASES.values() for phrase in line.split("|") if " " in phrase)},
    "|")
_TREE_LABEL_NAMED = re.compile(
    f"{OPENS}(?i:{_TREE_LABELS})[ \\t]{{0,3}}:[ \\t]{{1,3}}({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?=[ \t]{0,3}(?:$|[,;(\n]|-[ \t]))")
# (closer 148) A death notice's label, a colon or a dash, then the deceased's name before a comma or a bracket, as a
# notice goes on with a town or the dates (`Death notice – …, Killarney`); a guide's title ends (`Obituary: Writing
# Guide`).
_NOTICE_NAMED = re.compile(
    f"{OPENS}(?i:{_NOTICE_WORDS})[ \\t]{{0,3}}[:-][ \\t]{{1,3}}({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?=[ \t]{0,3}[,;(])")
# (closer 155) ... or the deceased's honorific after the label (`Esquela: D. …`, `Avis de décès : M. …`) and a full
# name, wherever it ends; a template's or a guide's title has no honorific (`Esquela plantilla – Word`).
_NOTICE_HONOURED = re.compile(
    f"{OPENS}(?i:{_NOTICE_WORDS})[ \\t]{{0,3}}[:-][ \\t]{{1,3}}(?:{_HONORIFIC}|{_NOTICE_HONORIFIC})"
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})(?![^\\W\\d_])")
# (closer 155) A deaths column's label by language, a colon, the family name in capitals, a comma and the given names,
# then a notice's words after a comma (NOTICE_GOES_ON: `Deaths: …, …, peacefully at home`); figures have no name in
# capitals (`Deaths: 2026 figures rise in Leeds`), a list of places no notice's words (`Deaths: UK, Europe, and …`).
DEATHS_COLUMNS = {"English": "deaths", "German": "todesfalle|sterbefalle", "French": "deces|carnet du jour",
                  "Spanish": "defunciones|fallecimientos|esquelas", "Portuguese": "obitos|falecimentos",
                  "Italian": "decessi|necrologi", "Dutch": "overlijdens|overleden", "Polish": "zgony|nekrologi",
                  "Swedish": "dodsfall|avlidna"}
NOTICE_GOES_ON = {
    "English": "peacefully|suddenly|unexpectedly|aged|died|passed away|late of|formerly of|at home|in hospital|nee",
    "German": "im alter|verstorben|verstarb|plotzlich|friedlich|unerwartet|geb.|geborene",
    "French": "survenu|survenue|decede|decedee|paisiblement|pieusement|subitement|a l'age|nee",
    "Spanish": "fallecio|fallecido|fallecida|a los|en paz|de soltera|viuda de|viudo de",
    "Portuguese": "faleceu|falecido|falecida|aos|em paz", "Italian": "deceduto|deceduta|serenamente|improvvisamente"
    "|di anni|all'eta", "Dutch": "overleden|in vrede|plotseling|op de leeftijd", "Polish": "zmarl|zmarla|w wieku",
    "Swedish": "avled|somnade|i en alder"}
_DEATHS_COLUMN_NAMED = re.compile(
    f"{OPENS}(?i:{table_alternation(DEATHS_COLUMNS, '|')})[ \\t]{{0,3}}:[ \\t]{{1,3}}({CAPITAL_WORD}),[ \\t]{{1,3}}"
    f"({WORD}(?:[ \\t]{{1,3}}{WORD}){{0,2}}),[ \\t]{{1,3}}(?i:{table_alternation(NOTICE_GOES_ON, '|')})"
    "(?![^\\W\\d_])")
# (closer 148) A sympathy card's words by language, maybe a mark, then `from` and its signers (`Sympathy card – from
# … and …`); `from all of us` is no name.
SYMPATHY_CARDS = {
    "English": "sympathy card|condolence card|condolences card|bereavement card",
    "German": "trauerkarte|beileidskarte|kondolenzkarte", "French": "carte de condoleances|carte de deuil",
    "Spanish": "tarjeta de condolencias|tarjeta de pesame", "Italian": "biglietto di condoglianze",
    "Portuguese": "cartao de condolencias|cartao de pesames", "Dutch": "condoleancekaart|rouwkaart",
}
_CARD_SIGNED = re.compile(
    f"{OPENS}(?i:{table_alternation(SYMPATHY_CARDS, '|')})[ \\t]{{0,3}}(?:[-:,][ \\t]{{0,3}})?[ \\t]"
    f"(?i:{table_alternation(SIGNERS_WORDS, ' ')})[ \\t]{{1,3}}{_NAMES}"
    r"(?=[ \t]{0,3}(?:$|[,;.!(\n]|-[ \t]))")
# (closer 156) ... or signed by two given names joined by `and` (`Sympathy card from … & …`), as a couple signs;
# not a colour's pair (personal_keys.ATTRIBUTE_WORDS: `from Black & White`).
_CARD_SIGNED_GIVEN = re.compile(
    f"{OPENS}(?i:{table_alternation(SYMPATHY_CARDS, '|')})[ \\t]{{0,3}}(?:[-:,][ \\t]{{0,3}})?[ \\t]"
    f"(?i:{table_alternation(SIGNERS_WORDS, ' ')})[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}{_AND}[ \\t]{{1,3}}({WORD})"
    r"(?=[ \t]{0,3}(?:$|[,;.!(\n]|-[ \t]))")
# Japanese's secular name (`俗名`), a Buddhist grave's label for the name the deceased bore in life, then that name.
_SECULAR_NAME = re.compile("俗名[ :]{0,2}[\u4e00-\u9fff\u3040-\u30ff]{2,}")


def _ribbon_named(form: str) -> bool:
    """Whether canonical `form` holds a ribbon's label and a name its text calls or is dedicated to."""
    for text in _RIBBON_TEXT.finditer(form):
        for match in _RIBBON_NAMED.finditer(form, text.start(1), text.end(1)):
            name = match.group(1)
            words = name.split()
            lowered = [word.lower() for word in words]
            if (not _MOURNING_NOT_NAMES.isdisjoint(lowered) or not _RIBBON_CUE_SET.isdisjoint(lowered)
                    or a_thing(name) or not a_person(name) or a_product(name)):
                continue
            return True
    return False


def _engraved_named(form: str) -> bool:
    """Whether canonical `form` holds an engraving's label, a full name and its life's dates, or a secular name."""
    if _SECULAR_NAME.search(form) is not None:
        return True
    return any(a_person(name) and not a_thing(name) and not a_product(name)
               and _ENGRAVED_THINGS.isdisjoint(word.lower() for word in name.split())
               for name in (match.group(1) for match in ENGRAVED_NAMED.finditer(form)))



# (closer 168, seventy-ninth attack: civic life) A prayer's phrase or label by language, and a Mass intention's, before
# the person prayed for or the Mass is offered for (`Please pray for …, in hospital`, `Prayer request: … – …`,
# `Gebetsanliegen: für …`, `Dua request for …'s recovery`, `Messintention: für + …`, `Intenzione S. Messa: def. …`):
# a full name after it, maybe after a preposition, a deceased's sign (`+`, `def.`, `śp.`) and an honorific; a cause, a
# country or a public figure is none (`Please pray for peace in Sudan`, `Pray for Ukraine`, `for Pope Francis`).
PRAYER_PHRASES = {
    "English": "please pray for|pray for|praying for|prayers for|prayer for|prayer request|prayer requests"
               "|prayer request for|prayer intention|prayer intention for|please keep in your prayers|dua request"
               "|dua request for|please make dua for|make dua for|dua for",
    "German": "gebetsanliegen|gebetsanliegen fur|gebetsbitte|gebetsbitte fur|betet fur|bitte betet fur"
              "|bitte beten sie fur|furbitte fur",
    "French": "priez pour|prions pour|priere pour|intention de priere|intention de priere pour"
              "|demande de priere|demande de priere pour",
    "Spanish": "oremos por|orad por|oren por|oracion por|peticion de oracion|peticion de oracion por",
    "Portuguese": "orem por|oremos por|oracao por|pedido de oracao|pedido de oracao por",
    "Italian": "preghiamo per|pregate per|preghiera per|intenzione di preghiera|intenzione di preghiera per",
    "Dutch": "bid voor|bidt voor|laten we bidden voor|gebedsintentie|gebedsintentie voor",
    "Polish": "modlmy sie za|modlitwa za|prosba o modlitwe|prosba o modlitwe za",
    # a due or an offering paid on someone's behalf (`Zakat al-Fitr paid for … and family`, `Qurbani on behalf of …`)
    "Islamic offerings": "zakat for|zakat paid for|zakat al-fitr for|zakat al-fitr paid for|zakat ul-fitr for"
                         "|fitrana for|fitrana paid for|fidya for|fidya paid for|sadaqah for|sadaqa for"
                         "|sadaqah on behalf of|qurbani for|qurbani on behalf of|udhiyah for|aqiqah for",
}
MASS_INTENTIONS = {
    "English": "mass intention|mass intention for|mass offered for|mass for the repose of the soul of",
    "German": "messintention|messintention fur|messe fur|heilige messe fur|messstipendium fur",
    "French": "intention de messe|intention de messe pour|messe pour|messe a l'intention de",
    "Spanish": "intencion de misa|intencion de la misa|misa por|misa en sufragio de",
    "Portuguese": "intencao de missa|missa por|missa em sufragio de",
    "Italian": "intenzione s. messa|intenzione santa messa|intenzione della messa|intenzione messa|messa per"
               "|messa in suffragio di",
    "Dutch": "misintentie|misintentie voor|mis voor", "Polish": "intencja mszy sw.|intencja mszy|intencja mszalna"
    "|msza sw. za|msza za",
}
# ... the prepositions after a label (`für`, `pour`, `za`), and the deceased's signs a Mass intention writes: a cross,
# Italian `def.` or `defunto`, Polish `śp.`, the memorial's epithets (`the late`, `feu`)
_INTENTION_PREPOSITIONS = "for fur pour por per voor za"
_DECEASED_SIGNS = (r"(?:\+|†|✝|(?i:def|defunto|defunta|defunti|sp|s\.p)\.?(?=[ \t])"
                   r"|(?i:the[ \t]{1,3}late|late|feu|feue|fu|verstorbene|verstorbenen|zmarlego|zmarlej)(?=[ \t]))")
# What one prays for or a Mass is offered for that is no person: the souls, a cause, a people, a church's words, by
# language (`Mass offered for Holy Souls`, `Prayer for Healing Scripture`, `Pray for Notre Dame`). Canonical, lower
# case.
_PRAYED_FOR_THINGS = frozenset(canonical(word)[0].lower() for word in (
    "holy soul souls faithful departed healing peace justice unity vocations vocation refugees victims people nation "
    "nations world church parish community families children sick scripture scriptures novena rosary strength "
    "guidance protection day week month year notre our nuestra nuestro nostra unsere unser seelen arme frieden "
    "ames paix paz pace dusze pokoj").split())
_INTENTION_PHRASES = table_alternation({"prayers": "|".join(PRAYER_PHRASES.values()),
                                   "masses": "|".join(MASS_INTENTIONS.values())}, "|")
_INTENTION_NAMED = re.compile(
    f"{OPENS}(?i:{_INTENTION_PHRASES})[ \\t]{{0,3}}[:-]?[ \\t]{{1,3}}"
    f"(?:(?i:{table_alternation({'prepositions': _INTENTION_PREPOSITIONS}, ' ')})[ \\t]{{1,3}})?"
    f"(?:{_DECEASED_SIGNS}[ \\t]{{0,3}})?"
    f"(?:{_HONORIFIC})?({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?()\n\"]|-[ \t])|[ \t]{1,3}[a-z]|['’]s(?![^\W\d_]))")


def _intention_named(form: str) -> bool:
    """Whether canonical `form` holds a prayer's or a Mass intention's phrase and a private person's full name after
    it (closer 168)."""
    return any(_a_name(name) and not _place_or_business(name) and not a_business_name(name)
               and _PRAYED_FOR_THINGS.isdisjoint(word.lower() for word in name.split())
               for name in (match.group(1) for match in _INTENTION_NAMED.finditer(form)))


_CUE_STEMS = (_STEMS.split("|"), _DEATH_STEMS.split("|"), _MOURNER_STEMS.split("|"), _NOTICE_WORDS.split("|"),
              [phrase for line in DEATHS_COLUMNS.values() for phrase in line.split("|")],
              GENEALOGY_WORDS.split("|"), *([phrase for line in table.values() for phrase in line.split("|")]
                                            for table in (GRAVE_PHRASES, SYMPATHY_CARDS, PRAYER_PHRASES,
                                                          MASS_INTENTIONS)))
CUE_SOURCE = (f"(?i:{by_first_letter(*_CUE_STEMS)}"
              f"|(?:{table_alternation(RIBBON_LABELS, '|')}|{table_alternation(ENGRAVING_LABELS, '|')})[ \\t]{{0,3}}:"
              "|俗名|ribbon[ \\t]{1,3}['‘“\"]|band[ \\t]{1,3}['‘“\"])")


def _grave_or_card_named(form: str) -> bool:
    """Whether canonical `form` names a grave's or a bench's person, a tree's person after its label's colon, a death
    notice's deceased after its label, or a sympathy card's signers (closer 148)."""
    return (any(_a_name(match.group(1)) for match in _GRAVE_NAMED.finditer(form))
            or any(_a_name(name) and _TREE_SUBJECTS.isdisjoint(word.lower() for word in name.split())
                   for name in (match.group(1) for match in _TREE_LABEL_NAMED.finditer(form)))
            or any(_a_name(match.group(1)) and not _place_or_business(match.group(1))
                   for match in _NOTICE_NAMED.finditer(form))
            or any(_a_name(match.group(1)) for match in _NOTICE_HONOURED.finditer(form))
            or any(_a_name(f"{match.group(2)} {match.group(1).title()}") and not _place_or_business(match.group(2))
                   for match in _DEATHS_COLUMN_NAMED.finditer(form))
            or any(_a_name(_last_name(match.group(1))) for match in _CARD_SIGNED.finditer(form))
            or any(_a_name(match.group(1)) and _a_name(match.group(2))
                   and ATTRIBUTE_WORDS.isdisjoint(name.lower() for name in match.group(1, 2))
                   for match in _CARD_SIGNED_GIVEN.finditer(form)))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a memorial phrase and the deceased's full name after it, a death's
    phrase and the deceased's, a mourner's name (a relative's, a family's, a condolence's signer's), or a ribbon's or
    an engraving's text naming a person, or ""."""
    if _ribbon_named(form) or _engraved_named(form) or _grave_or_card_named(form) or _intention_named(form):
        return PERSON_NAME
    low = form.lower()
    for match in _MEMORIAL_NAMED.finditer(form) if _MEMORIAL_CUE.search(low) is not None else ():
        phrase, name, dates = match.group(1, 2, 3)
        preposition = phrase.split()[-1]
        if preposition[0].isupper() and preposition.lower() not in ("memoriam", "pamieci", "czci") and dates is None:
            continue  # (a title's phrase, `In Memory Of …`: a name only before the life's dates)
        words = name.split()
        if any(word.lower() in _TREE_SUBJECTS for word in words) and " ".join(phrase.lower().split()) not in _MEMORIAL:
            continue  # (a poster's or a book's family tree: `Family tree of Greek Gods`)
        if _a_name(name):
            return PERSON_NAME
    return PERSON_NAME if (_DEATH_CUE.search(low) is not None and _deceased_named(form)
                           or _MOURNER_CUE.search(low) is not None and _mourners_named(form)
                           or _named_in_genealogy(form)) else ""
