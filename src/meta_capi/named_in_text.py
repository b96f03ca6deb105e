"""Names in the texts of support tools, for the detector (detector.py): a support chat, an assistant's summary, a CRM
note, a review's signature (eighteenth attack). Each rule reads a layout that puts a person's name in running text,
never a list of names:

- a self-introduction (`I am`, `my name is`, in many languages and scripts: self_introductions.py);
- a chat speaker in square brackets whose line is said in the first person (`[陳大文] 我的包裹在哪裡？`);
- a word for a person in lower case (`the user`, `customer`, `client`) before a full name
  (`the user Tigran Hakobyan asked`; or before the person's handle in brackets, closer 179: `Discord user …
  (…) joined`), or a CRM's `contact:` or `prospect:` (`contact: Christelle Ngono, hot lead`);
- an English honorific (`Mr`, `Mrs`, `Ms`, `Mx`, `Miss`), a French or Portuguese one (`Mme`, `Mlle`, `Sra`) or a
  chiefly title (`Ratu`, `Adi`, `Tui`, `Fon`, `Ishe`), or one of India and Pakistan (`Shri`, `Smt`, `Janab`: two or
  three words) opening the text or after a lower-case word or a comma, before two capitalized words and then a mark
  or a lower-case word, as running text goes on (`Called back Mr. Kwame Mugisha re delivery`; not `Buy Mr. Potato Head
  Toy`), or the text's end or a mark after a word in lower case that is no article, or after `Attention:`
  (`Deliver to Ratu Epeli Naivalurua`, `Attn: Mr Kwame Mugisha`; not `the Mr. Potato Head`);
- a full name in apposition to a word for a person and its determiner (`the visitor, Leonor Remédios, asked`; not
  after a title's dedication, `For the customer, Free Returns`, nor before a quantity), a relation between full names
  (`S/o`, `D/o`, `W/o`, `H/o`; `C/o` before one), or in a script without capitals an honorific or a word of relation
  before two to four words (`శ్రీ రవి తేజ కొండపల్లి గారికి`; not `Shri` before a word of worship): `related`;
- a signature after `--` (the mark that opens a signature, alone on its line or not), opening the text, a line or a
  sentence, its full name ending the text, a line or before a comma (`Great fast delivery! -- Tsetseg Dorj,
  Ulaanbaatar`); in a script without capitals, after a word of thanks too (`شكراً -- رنا الخوري، بيروت`);
- a delivery tool's hand-over phrase (`ask for`, `retira`, `for` after a code: _HAND_OVER) before a full name, or
  one opening the text or a clause with its capital (`Give to Tendai Moyo at the gate`; not before a determiner, nor
  with its full name the whole text);
  neither it nor a signature when a word of the name is a generic addressee's or a business's (`ask for Customer
  Service`, `-- Example Shop Team`);
- a delivery's hand-over phrase of the major languages of Europe (`Lieferung an`, `Bestellt von`, `Dostawa dla`) and
  English's recipient's phrases (`Deliver to`, `Ship to`), maybe with a colon, in any case before an honorific and a
  word or a full name, even as the whole text, not a place's, a carrier's, a country's or a determiner's words
  (`Livraison à Domicile Offerte`, `Lieferung an Ihre Haustür`, `Ship to United Kingdom`): _DELIVERED.

A full name is two or three capitalized words (postal.py's name words), and it ends as a name in a sentence does: the
text's end, a mark, or a blank and a word in lower case; so a title's capitalized words that go on (`Agent
Provocateur`, `Name Tag Set`, `Mr. Clean Magic Eraser`) are not read as a name. Where no case tells a name (a run of
lines in capitals, a text in lower case), a few layouts read words of one case after their closed-class cue: the
apposition and Māori's `KO … TŌKU INGOA` in capitals, the relations when both names share a word, `C/O` in capitals,
a self-introduction in a text in capitals after a greeting (self_introductions.py). The shapes of a name's words
and of where it ends are name_shapes.py's. Each rule needs its cue's characters, which `reason` tests in C first.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List, Optional

from . import greetings, honorifics, key_lexicon, postal, self_introductions
from .brand_words import a_brands_name
from .canonical import (
    branches_by_first_letter,
    by_first_letter,
    canonical,
    longest_first,
    table_alternation,
)
from .geography import COUNTRY_BY_KEY, REGION_CODE_BY_NAME, letters_key
from .given_names import a_common_words_not_a_name
from .name_shapes import (
    CAPITAL_NAME,
    CAPITAL_WORD,
    CASELESS_NAME,
    CHINESE_FAMILY_NAMES,
    CLAUSE,
    END,
    FULL_NAME,
    HAN,
    INITIAL,
    OPENS,
    WORD,
    a_person,
    a_product,
    capital_blocks,
    word_before,
)
from .personal_keys import NAME_TOKENS, PERSON_QUALIFIERS, key_tokens
from .postal import _HONORIFIC, _NAME_ENDED, _NAME_PARTICLE, _PERSON_WORD, CAPITAL_LETTERS, PERSON_NAME
from .role_labels import a_team_or_state, a_thing

_PERSON_WORDS = "user|customer|client|buyer|shopper|member|caller|recipient|sender|subscriber"
_PERSON_NAMED = re.compile(f"{OPENS}(?:{_PERSON_WORDS})[ \\t]{{1,3}}{FULL_NAME}{END}")
# (closer 179, eighty-first attack: a community's member) ... or before the person's handle in brackets, one token of
# lower-case letters, digits and a handle's marks (`Discord user … (tavish.p) joined`), as a label's member is
# (postal._member_with_handle); group 1: the name
_PERSON_WITH_HANDLE = re.compile(f"{OPENS}(?:{_PERSON_WORDS})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{1,3}}"
                                 r"\([a-z0-9][a-z0-9._\-]{1,31}\)")
# (closer 192, review 33) A server's automated member or a role's name in a member's place, by language: a bot, a
# webhook, an app, a server's booster or its staff (`New member Carl Bot (carl-bot) joined`, `New member Server
# Booster (nitro)`). No given or family name is one. Lexicon data, canonical, lower case, compared whole.
SERVER_MEMBERS: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    "bot bots webhook webhooks app apps integration integrations booster boosters server nitro premium "
    "moderator moderators mod mods admin admins staff system roboter robot robots").split())


# (closer 204, review 34) ... or with no member's word, a name before the handle and a join's verb, opening the text or
# after a server's role's words (`… (orlaq) joined the server`, `Server Booster … (orlaq) joined`): group `words`, the
# words before the handle, read by _joined_member.
_JOINED_WITH_HANDLE = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?P<words>(?:{WORD}[ \\t]{{1,3}}){{2,5}})"
                                 r"\([a-z0-9][a-z0-9._\-]{1,31}\)[ \t]{1,3}joined(?![^\W\d_])")


def _joined_member(match: re.Match[str]) -> bool:
    """Whether _JOINED_WITH_HANDLE's words are a server's role's words (SERVER_MEMBERS) maybe, then a person's full
    name of two or three words (`Server Booster … (…) joined`), not a bot's (`Dyno Bot (dyno) joined`)."""
    words = match.group("words").split()
    while words and canonical(words[0])[0].lower() in SERVER_MEMBERS:
        words = words[1:]
    name = " ".join(words)
    return 2 <= len(words) <= 3 and re.fullmatch(FULL_NAME, name) is not None and a_person(name) and not a_thing(
        name) and not _a_servers_member(name) and not a_common_words_not_a_name(name, ending="")
    # (closer 210, review 37: a bot's name with no bot's word, `Ticket Tool`, `Rythm Music`, `Double Counter`)


def _a_servers_member(name: str) -> bool:
    """Whether capitalized `name` before a handle holds a server's automated member's or a role's word
    (SERVER_MEMBERS)."""
    return any(canonical(word)[0].lower() in SERVER_MEMBERS for word in name.split())


# A party to a contract or a file by its word in running text, in lower case before a full name or an initial and a
# family name, the case telling the two apart (`Rental application – co-applicant Dana …, monthly income`, `credit
# file ref … for applicant I. …`; closer 104: key_lexicon.PARTIES, with the Latin prefix `co`; not a title's
# capitalized words, `Tenant Improvement Allowance`, `Applicant Tracking System`). German capitalizes every noun, so
# its words are read capitalized too, opening a part after a dash or a line with the name ending it (`Darlehensantrag
# Nr. … – Kreditnehmer Idris …`; not opening the text: `Patient Tarvenholm-Syndrom Ratgeber`).
_PARTY_NAME = f"(?:{_HONORIFIC})?(?:{FULL_NAME}|(?:[A-Z]\\.[ \\t]{{0,3}}){{1,2}}{WORD})"
# (closer 119: and a pupil's word, `quota alunna …`)
_PARTIES_AND_PUPILS = f"{postal.PARTY_WORDS}|{postal.PUPIL_WORDS}"
_PARTY_IN_TEXT = re.compile(f"{OPENS}(?:co-?)?(?:{branches_by_first_letter(_PARTIES_AND_PUPILS)})[ \\t]{{1,3}}"
                            f"({_PARTY_NAME}){END}")
# (closer 180, eighty-second attack: personalised goods) A pet's owner in running text: the owner's word in lower case
# (key_lexicon.OWNERS) before a full name, in a text naming a pet before it by an animal's word by language (_PETS:
# `Pet portrait of Biscuit – owner …`, `Portrait de chien – propriétaire …`), the owner's word opening a part after a
# dash, a comma or a colon; a club's, a firm's or a platform's owner in the news names no pet (`Chelsea owner Todd
# Boehly`), nor does a title's audience (`Funny dog owner Christmas Jumper`, `Dog owner Gift Set`).
_PETS = {"English": "pet pets dog dogs cat cats puppy kitten horse pony rabbit hamster parrot",
         "German": "haustier hund hunde hundes katze katzen welpe pferd kaninchen",
         "French": "animal chien chienne chiot chat chatte chaton cheval lapin",
         "Spanish and Portuguese": "mascota mascotas perro perra gato gata cachorro caballo conejo cao cavalo coelho",
         "Italian": "animale cane gatto gatta cucciolo cavallo coniglio",
         "Dutch": "huisdier hond honden kat katten puppy paard konijn",
         "Polish": "zwierzak pies psa kot kota szczeniak kon krolik"}
_PET_WORDS = "|".join(sorted({word for line in _PETS.values() for word in line.split()}, key=longest_first))
_PET_WORD = re.compile(f"(?<![^\\W\\d_])(?i:{_PET_WORDS})(?![^\\W\\d_])")
_OWNER_WORDS = "|".join(sorted({canonical(word)[0].lower() for word in " ".join(key_lexicon.OWNERS.values()).split()},
                               key=longest_first))
_PET_OWNER_NAMED = re.compile(f"(?:(?<=[,;:(])|(?<=[ \\t]-))[ \\t]{{1,3}}(?:{_OWNER_WORDS})[ \\t]{{1,3}}"
                              f"({_PARTY_NAME}){END}")
# (closer 121: and an owner's or a keeper's, key_lexicon.OWNERS: `…, Halterin Anna …, bitte melden`)
_GERMAN_PARTIES = sorted({canonical(word)[0].capitalize() for languages in [
    *key_lexicon.PARTIES.values(), key_lexicon.OWNERS] for word in languages.get("German", "").split()
    if "_" not in word}, key=longest_first)
# (closer 110) After a comma too, and opening the text when a field's bar, semicolon or line break ends the name, as
# a record's first field does (`Bewerber Idris … | Stelle …`); an owner's `Inhaber` with its imprint's abbreviation
# (`… e.K., Inh. Idris …`).
_GERMAN_PARTIES_110 = sorted({*_GERMAN_PARTIES, "Inh."}, key=longest_first)
_GERMAN_PARTY = re.compile(f"(?:(?<=[\\n;|,])|(?<=[ \\t]-[ \\t]))[ \\t]{{0,3}}"
                           f"(?:{by_first_letter(_GERMAN_PARTIES_110)})"
                           f"[ \\t]{{1,3}}({_PARTY_NAME})(?=[ \\t]{{0,3}}(?:$|[\\n;|,]|-[ \\t]))")
# (closer 127) ... and a traveller's, a passenger's, a guest's, a buyer's or a driver's word (key_lexicon.SHOP_ROLES,
# maybe after a glued rank, GLUED_PARTY_RANKS: `Gast`, `Hauptreisender`, `Mitfahrerin`), the name ending its part or
# going on as a sentence does, in lower case (`Ankunftszeit: 22 Uhr, Gast … reist mit Hund`).
_GERMAN_ROLES = sorted({canonical(rank + word)[0].capitalize()
                        for meaning in ("passenger", "traveller", "guest", "buyer", "driver")
                        for language, words in key_lexicon.SHOP_ROLES[meaning].items() if "German" in language
                        for word in words.split()
                        for rank in ("", *key_lexicon.GLUED_PARTY_RANKS["German"].split())}, key=longest_first)
_GERMAN_ROLE = re.compile(f"(?:(?<=[\\n;|,])|(?<=[ \\t]-[ \\t]))[ \\t]{{0,3}}(?:{by_first_letter(_GERMAN_ROLES)})"
                          f"[ \\t]{{1,3}}({_PARTY_NAME})(?=[ \\t]{{0,3}}(?:$|[\\n;|,.]|-[ \\t])|[ \\t]{{1,3}}[a-z])")
_GERMAN_PARTY_OPENING = re.compile(f"[ \\t]{{0,3}}(?:{by_first_letter(_GERMAN_PARTIES_110)})[ \\t]{{1,3}}"
                                   f"({_PARTY_NAME})(?=[ \\t]{{0,3}}[\\n;|])")
# (closer 133) ... and opening the text, the name ending its part at a comma, a semicolon, a bar or a line break (`Gast
# …, Zimmer 12`), as a party's word opens a record's first field; not a title going on (`Gast Bewertung sehr gut`).
_GERMAN_ROLE_OPENING = re.compile(f"[ \\t]{{0,3}}(?:{by_first_letter(_GERMAN_ROLES)})[ \\t]{{1,3}}"
                                  f"({_PARTY_NAME})(?=[ \\t]{{0,3}}[,\\n;|])")
_GERMAN_PARTY_CUE = re.compile(by_first_letter(sorted({*_GERMAN_PARTIES_110, *_GERMAN_ROLES}, key=longest_first)))
# A sole trader's legal form naming its one person (closer 110): France's `EI` (entrepreneur individuel, which the law
# has the trader write beside their own name) and `EIRL`, spelt out too, before a full name opening the text or a
# field, the family name maybe in capitals (`EI Idris QUENDRIX – SIRET …`); a company's legal form names no one.
_SOLE_TRADER_FORMS = {"French": "EI|E.I.|EIRL|E.I.R.L.|Entrepreneur individuel|Entreprise individuelle"}
_SOLE_TRADER_FORM = "|".join(re.escape(form).replace("\\ ", "[ \\t]{1,3}") for forms in _SOLE_TRADER_FORMS.values()
                             for form in sorted(forms.split("|"), key=longest_first))
_SOLE_TRADER_WORD = "[A-Z][^\\W\\d_]{1,29}"
_SOLE_TRADER = re.compile(f"(?:^|(?<=[\\n;|,])|(?<=[ \\t]-[ \\t]))[ \\t]{{0,3}}(?:{_SOLE_TRADER_FORM})[ \\t]{{1,3}}"
                          f"((?:{_SOLE_TRADER_WORD}[ \\t]{{1,3}}){{1,2}}{_SOLE_TRADER_WORD})"
                          f"(?=[ \\t]{{0,3}}(?:$|[\\n;|,]|-[ \\t]))")



def _sole_trader_cued(form: str) -> bool:
    """Whether `form` holds a substring each of _SOLE_TRADER_FORMS holds (scans in C)."""
    return "EI" in form or "E.I." in form or "ntrepr" in form


def _pet_owner_named(form: str) -> bool:
    """Whether canonical `form` names a pet's owner (_PET_OWNER_NAMED) after its first pet's word (found once)."""
    pet = _PET_WORD.search(form)
    return pet is not None and any(
        match.start() > pet.start() and a_person(match.group(1)) and not a_product(match.group(1))
        and not a_thing(match.group(1)) for match in _PET_OWNER_NAMED.finditer(form, pet.end()))


def _party_named(form: str) -> bool:
    """Whether canonical `form` holds a party's word and a name (_PARTY_IN_TEXT, _GERMAN_PARTY, _PET_OWNER_NAMED after
    a pet's word), the name no generic addressee's, business's or product line's, nor a brand's (closer 187:
    brand_words.a_brands_name, `Payment request from Thames Water`)."""
    # (loops, not generators: a text holding no party's word calls nothing more; perf 55. _GERMAN_PARTY and
    # _GERMAN_ROLE follow a line break, a semicolon, a bar, a comma or a dash: those in C first; perf 56)
    for pattern in (_PARTY_IN_TEXT, _GERMAN_PARTY, _GERMAN_ROLE) if (
            "\n" in form or ";" in form or "|" in form or "," in form or "-" in form) else (_PARTY_IN_TEXT,):
        for match in pattern.finditer(form):
            if a_person(match.group(1)) and not a_product(match.group(1)) and not a_thing(match.group(1)) and (
                    not a_brands_name(match.group(1))):
                return True
    if _pet_owner_named(form):
        return True
    for found in (_GERMAN_PARTY_OPENING.match(form), _GERMAN_ROLE_OPENING.match(form),
                  _SOLE_TRADER.search(form) if _sole_trader_cued(form) else None):
        if found is not None and a_person(found.group(1)) and not a_product(found.group(1)) and (
                not a_thing(found.group(1))):
            return True
    return False


# (closer 117, sixtieth attack) A person's own file or number by its holder's word, glued or apart (a client's, a
# customer's, a lawyer's client's, a party's: `Dossier client n°`, `Kundennummer`, `Mandantenakte`), its number (four
# digits or more, maybe with dots, dashes or slashes), a dash between blanks, and a name ending the text or a field:
# a family name in capitals and the given name, as a register files it (`… n° 481726 – QUENDRIX Anna`), or a full name.
# The label names a file or a number (_FILE_WORDS, before or after the holder's word, glued or apart: `Kundennummer`,
# `Expediente cliente`, `client n°`), not a card or a service (`Kundenkarte 4817 – Gold Status`). The name is that
# file's holder's; after an article's or an order's number a dash leads to a product's words (`Art. 481726 – NIKE
# Air`), which no holder's word opens.
_FILE_HOLDERS = f"client|cliente|clienta|kunde|kunden|kundin|klant|klanten|klient|{postal.PARTY_WORDS}"
_FILED_NAME = re.compile(f"(?i:(?<![^\\W\\d_])(?:{branches_by_first_letter(_FILE_HOLDERS)}))"
                         f"[^\\n;|\u2013\u2014]{{0,24}}?(?<![^\\W_])[0-9][0-9./-]{{3,19}}(?![^\\W_])"
                         f"[ \\t]{{1,3}}[-\u2013\u2014][ \\t]{{1,3}}({CAPITAL_WORD}[ \\t]{{1,3}}{WORD}|{FULL_NAME})"
                         f"(?=[ \\t]{{0,3}}(?:$|[\\n;|,]))")
_FILED_CUE = re.compile("[0-9][ \t]{1,3}[-\u2013\u2014][ \t]{1,3}[A-Z]")
# A file's or a number's words, by language: a number's sign and abbreviations, a file, a record, a matter, a case.
_FILE_WORDS = re.compile("(?i:(?<![^\\W\\d_])(?:n[°o]|nr|ref)(?![^\\W\\d_])|nummer|number|num[eé]ro|akte|dossier"
                         "|file|matter|expediente|fascicolo|pratica|processo|zaak|sprawa|teczka)")
_FILE_LABEL_REACH = 24  # (how far before the holder's word a file's word is read: `Expediente del cliente`)


# (closer 134, sixty-sixth attack) ... and a person's own document by its kind, not its holder's word: an insurance
# document, a claim, a fine or a notice, an appeal against one (`Carte verte n° …`, `Policy no. …`, `Appeal PCN …`,
# `Bußgeldbescheid Az. …`, `Multa expediente …`), its number (six digits or more, letters, dots, dashes or slashes
# about them: `FR/481726/26`, `WK48172642`), a dash between blanks and a full name ending the text or a field, as a
# file's holder's is. Read in ids too: a document's words, its number and a name say the value is text.
_DOCUMENT_WORDS = (
    # an insurance's documents and claims
    "policy|policies|polizza|polisa|polis|poliza|police|versicherungsschein|versicherungsnummer|green[ ]card"
    "|carte[ ]verte|carta[ ]verde|attestation|certificat|certificate|claim|sinistre|schadensnummer|schadennummer"
    "|schaden|siniestro|sinistro|schade|szkoda|cover[ ]note"
    # a fine, a notice, a ticket, and an appeal against one
    "|pcn|penalty[ ](?:charge[ ])?notice|parking[ ](?:ticket|fine)|citation|fine|bussgeldbescheid|bußgeldbescheid"
    "|strafzettel|verwarnung|contravention|amende|multa|denuncia|verbale|contravvenzione|boete|bekeuring|cjib"
    "|mandat|appeal|recurso|ricorso|widerspruch|einspruch|contestation|bezwaar|odwolanie|polisy|polizy")
# (a document's page's words after its dash, no name's: `PCN … - Pay Online`, `Green card … – Apply Now`)
_DOCUMENT_PAGE_WORDS = frozenset(
    "apply now pay online here renew renewal download view check status form forms info information help guide "
    "details payment portal login sign quote quotes claim claims cover policy step next back home "
    "jetzt online zahlen bezahlen antrag payer payez demande ligne pagar pagare solicitar richiesta betalen "
    "aanvragen zaplac wniosek".split())
_DOCUMENT_NAMED = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:{_DOCUMENT_WORDS})(?![^\\W\\d_]))[^\\n;|\u2013\u2014]{{0,24}}?(?<![^\\W_])"
    f"([A-Z0-9][A-Z0-9./-]{{3,23}})(?![^\\W_])"
    f"[ \\t]{{1,3}}[-\u2013\u2014][ \\t]{{1,3}}({CAPITAL_WORD}[ \\t]{{1,3}}{WORD}|{FULL_NAME})"
    f"(?=[ \\t]{{0,3}}(?:$|[\\n;|,]))")


# (closer 157, seventy-fourth attack) ... or its holder first, after the document's words and a dash: the family name
# in capitals, a comma and a given name (a register's order, as a deaths column prints it), then a dash and its number
# (`TDS certificate – <FAMILY>, <Given> – 583174`). An acronym of three capitals or fewer (`ISO, Quality`) and a
# document's grade or kind are none (_DOCUMENT_KINDS: `GOLD, Standard`, `SAFETY, Gas`).
_DOCUMENT_KINDS = frozenset((
    "gold silver bronze platinum standard premium basic quality safety energy fire gas electrical electric water "
    "building buildings contents motor home travel health life group annual final interim full provisional "
    "digital original copy sample template").split())
_DOCUMENT_HOLDER_FIRST = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:{_DOCUMENT_WORDS})(?![^\\W\\d_]))[ \\t]{{1,3}}[-\u2013\u2014][ \\t]{{1,3}}"
    f"({CAPITAL_WORD}),[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}[-\u2013\u2014][ \\t]{{1,3}}"
    f"(?=[A-Z0-9./-]{{0,23}}[0-9]{{6}})[A-Z0-9][A-Z0-9./-]{{3,23}}(?![^\\W_])")


def document_named(form: str) -> bool:
    """Whether canonical `form` holds a full name after a person's document's number and a dash (_DOCUMENT_NAMED),
    no word of it a generic addressee's, a business's, a product line's or a thing's."""
    return _FILED_CUE_ANY.search(form) is not None and any(
        sum(char.isdigit() for char in match.group(1)) >= _DOCUMENT_DIGITS and a_person(match.group(2))
        and not a_product(match.group(2)) and not a_thing(match.group(2))
        and _DOCUMENT_PAGE_WORDS.isdisjoint(match.group(2).lower().split()) for match in _DOCUMENT_NAMED.finditer(form)
    ) or "," in form and any(_a_holder_first(f"{match.group(2)} {match.group(1).title()}")
                             for match in _DOCUMENT_HOLDER_FIRST.finditer(form))


def _a_holder_first(name: str) -> bool:
    """Whether `name` (given, then family), read from a document's holder written family first, is a person's: no
    acronym, no document's kind (_DOCUMENT_KINDS), a person's."""
    return len(name.split()[-1]) > 3 and _DOCUMENT_KINDS.isdisjoint(name.lower().split()) and a_person(name) and (
        not a_product(name)) and not a_thing(name)


_DOCUMENT_DIGITS = 6  # (a document's number is long: `Parking fine 2026 – …` is a year's)
# (a number's or a code's last digit, a dash between blanks and a capital)
_FILED_CUE_ANY = re.compile("[0-9][ \t]{1,3}[-\u2013\u2014][ \t]{1,3}[A-Z]")


def _filed_name(form: str) -> bool:
    """Whether canonical `form` holds a name after a person's file or number (_FILED_NAME), no word of it a generic
    addressee's, a business's, a product line's or a thing's."""
    return _FILED_CUE.search(form) is not None and any(
        _FILE_WORDS.search(form, max(0, match.start() - _FILE_LABEL_REACH), match.start(1)) is not None
        and a_person(match.group(1)) and not a_product(match.group(1)) and not a_thing(match.group(1))
        for match in _FILED_NAME.finditer(form))



# (closer 127) A file's or a booking's code after its word (_TITLED_FILE_WORDS: `Numéro de dossier SNCF :
# QK5R8W`, `Booking ref AB12CD`), a dash between blanks, an honorific and a family name, maybe after a given name or
# an initial, in capitals or capitalized, ending the text or a field: the file's or the booking's holder (`… – M.
# QUENDRIX`, `… - Mrs Anna Quendrix`); not words going on after it (`Booking … - Mr Smith Special Offer`), nor a
# code with no digit (`Gate A - M. …`). The code: letters in capitals and digits, maybe with dots, dashes or slashes.
# (a file's noun or a booking's, not a number's word alone: `Art.-Nr. 4711 - Dr. Oetker` is a brand's)
_TITLED_FILE_WORDS = re.compile("(?i:akte|dossier|file|matter|expediente|fascicolo|pratica|processo|zaak|sprawa"
                                "|teczka|booking|reservation|r[eé]servation|buchung|reservierung|reserva"
                                "|prenotazione|boeking|reservering|bokning|(?<![^\\W\\d_])pnr(?![^\\W\\d_])"
                                "|localizador)")
_TITLED_FILED = re.compile(f"(?<![^\\W_])([A-Z0-9][A-Z0-9./-]{{3,19}})[ \\t]{{1,3}}-[ \\t]{{1,3}}{_HONORIFIC}"
                           f"((?:(?:[A-Z]\\.|{WORD})[ \\t]{{1,3}})?(?:{CAPITAL_WORD}|{WORD}))"
                           f"(?=[ \\t]{{0,3}}(?:$|[\\n;|,]))")
_TITLED_FILED_CUE = re.compile(f"[A-Z0-9][ \\t]{{1,3}}-[ \\t]{{1,3}}{_HONORIFIC}")
_TITLED_FILE_REACH = 40  # (how far before the code a file's or a booking's word is read: `dossier SNCF :`)


def _titled_filed(form: str) -> bool:
    """Whether canonical `form` holds an honorific and a name after a file's or a booking's code and a dash
    (_TITLED_FILED), the code with a digit and after a file's or a booking's word, the name no generic addressee's,
    business's, product line's or thing's."""
    for match in _TITLED_FILED.finditer(form):
        code, name = match.group(1, 2)
        start = max(0, match.start() - _TITLED_FILE_REACH)
        if any(char.isdigit() for char in code) and _TITLED_FILE_WORDS.search(
                form, start, match.start()) is not None and a_person(name) and not a_product(name) and not a_thing(
                name):
            return True
    return False

# A word for a person with its determiner, a comma and a full name set off by a comma or another mark: an apposition
# (`the visitor, Leonor Remédios, asked about the parcel`, `la clienta, Rosa Ñamandúpy, pidió un cambio`; twenty-fourth
# attack); the name may end the text when the apposition opens the text or a clause (`The customer, Anu Mathewkutty`;
# not a title's last words: `Gift for the shopper, Silk Scarf`). Lexicon data by language, read in any case and as
# folded; not a generic addressee's words nor a business's after it (`our client, Example Shop Team,`).
_ROLE_WORDS = {
    "English": "user customer client buyer shopper member caller recipient sender subscriber visitor guest patient "
               "passenger tenant applicant purchaser consignee addressee",
    "Spanish and Portuguese": "cliente clienta comprador compradora destinatario destinataria usuario usuaria "
                              "visitante paciente huesped pasajero pasajera",
    "French": "client cliente acheteur acheteuse destinataire utilisateur utilisatrice visiteur visiteuse patient "
              "patiente",
    "Italian": "acquirente utente visitatore visitatrice paziente", "German": "kunde kundin empfanger empfangerin",
}
# People near the writer, by their relation (closer 91): a neighbour, a relative, a partner, a colleague, a friend, a
# building's staff who take a parcel in; after the writer's own determiner they are set off as the words above are,
# and their name may end the text (`Please leave with my neighbour, Quendrix Tarvenholm`). Lexicon data by language.
_RELATION_WORDS = {
    "English": "neighbour neighbor husband wife partner fiance fiancee colleague coworker friend flatmate roommate "
               "housemate son daughter mother father mum mom dad brother sister landlord landlady concierge doorman "
               "receptionist assistant",
    "German": "nachbar nachbarin ehemann ehefrau kollege kollegin freund freundin sohn tochter mutter vater bruder "
              "schwester vermieter vermieterin",
    "French": "voisin voisine mari epouse collegue ami amie fils fille mere pere frere soeur gardien gardienne",
    "Spanish and Portuguese": "vecino vecina marido esposo esposa colega amigo amiga hijo hija madre padre hermano "
                              "hermana portero vizinho vizinha mulher filho filha mae pai irmao irma porteiro",
    "Italian": "vicino vicina marito moglie collega amico amica figlio figlia madre padre fratello sorella portinaio",
    "Dutch": "buurman buurvrouw echtgenoot echtgenote collega vriend vriendin zoon dochter moeder vader broer zus",
    # (closer 167, review 28: grandparents, grandchildren, aunts, uncles, cousins and in-laws by language: `meine Oma`,
    # `my nan`, `mi abuela`, `ma grand-mère`, `mia nonna`)
    "English kin": "grandma grandmother granny gran nan nana nanna grandad granddad grandpa grandfather grandson "
                   "granddaughter aunt auntie uncle cousin niece nephew stepmum stepmom stepdad",
    "German kin": "oma omi opa opi grossmutter grossvater tante onkel cousine neffe nichte enkel enkelin "
                  "schwiegermutter schwiegervater",
    "French kin": "grand-mere grand-pere mamie meme papi pepe tante oncle cousin cousine neveu niece petit-fils "
                  "petite-fille belle-mere beau-pere",
    "Spanish and Portuguese kin": "abuela abuelo abuelita abuelito tia tio prima primo sobrino sobrina nieto nieta "
                                  "suegra suegro avo vovo sobrinho sobrinha neto neta sogra sogro",
    "Italian kin": "nonna nonno zia zio cugino cugina nipote suocera suocero",
    "Dutch kin": "opa oma oom neef nicht kleinzoon kleindochter schoonmoeder schoonvader",
}
# The writer's own determiners (`my`, `mein`, `mon`, `mi`): a relation after one is the writer's person.
_OWN_DETERMINERS = {
    "English": "my our", "German": "mein meine meinem meiner unser unsere unserem unserer", "French": "mon ma notre",
    "Spanish": "mi nuestro nuestra", "Portuguese": "meu minha nosso nossa", "Italian": "mio mia nostro nostra",
    "Dutch": "mijn onze ons",
}
_ROLE_DETERMINERS = {
    "English": "the our your my this that a an their his her", "Spanish": "el la los las un una nuestro nuestra su",
    "Portuguese": "o a nosso nossa seu sua", "French": "le la notre votre un une", "Italian": "il lo la nostro nostra",
    "German": "der die unser unsere ein eine",
}


def _words_alternation(words: Dict[str, str]) -> str:
    """An alternation of the words of `words` (language -> words) in their canonical form, longest first, grouped by
    their first letter (a pattern tries one branch for each letter, not one for each word, where a word may start)."""
    by_first: Dict[str, List[str]] = {}
    for word in sorted({canonical(word)[0] for line in words.values() for word in line.split()},
                       key=lambda word: (-len(re.escape(word)), word)):  # (as the escaped words sorted before)
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


def _apposition(name: str) -> str:
    """The pattern of an apposition (a person's word, its determiner and a comma) before a name of shape `name`."""
    return (f"{OPENS}(?i:(?:(?:{_words_alternation(_ROLE_DETERMINERS)})[ \\t]{{1,3}}){{1,2}}|l['’])"
            f"(?i:{_words_alternation(_ROLE_WORDS)})[ \\t]{{0,3}},"
            f"(?:[ \\t]{{1,3}}|[ \\t]{{0,3}}\\n[ \\t]{{0,3}})({name})"  # (or next line)
            "(?=[ \t]{0,3}(?:($|[\n\"])|[,.;:!?)]))")  # (group 2: the text's, a line's or a string's end)


_APPOSED = re.compile(_apposition(FULL_NAME))
# A relation after the writer's own determiner (and an article: `il mio vicino`) in running text (a word in lower case
# before them), a comma and a full name ending the text or a line, maybe with its full stop, or set off by a comma
# before a word in lower case (closer 91: `Please leave with my neighbour, Quendrix Tarvenholm`, `bei meiner
# Nachbarin, Anna Körtvelyessy, abgeben`); not a title's (`To My Wife, Forever Yours`, `Gift for my husband, ...`).
_OWN_RELATION_ENDED = re.compile(
    f"(?<![^\\W\\d_])([a-zäöüéèàçñ]{{1,12}})[ \\t]{{1,3}}(?:(?:{_words_alternation(_ROLE_DETERMINERS)})[ \\t]{{1,3}})?"
    f"(?:{_words_alternation(_OWN_DETERMINERS)})[ \\t]{{1,3}}(?i:{_words_alternation(_RELATION_WORDS)})[ \\t]{{0,3}},"
    # (closer 130: or before a blank and a word in lower case, the sentence going on: `leave with my neighbour, …
    # at no. 29`)
    f"[ \\t]{{1,3}}({FULL_NAME})(?=[ \\t]{{0,3}}(?:[.!]?[ \\t]{{0,3}}(?:$|[\\n\"&])|[,;][ \\t]{{0,3}}[a-z])"
    f"|[ \\t]{{1,3}}[a-z])")
# (closer 130, sixty-fifth attack: food) A person's word of the apposition's (_ROLE_WORDS) in lower case after its
# determiner, then a full name with no comma and the sentence going on in lower case (`Repartidor: la clienta … pide
# dejarlo en recepción`, `the guest … asked for a high chair`); a title capitalizes its words (`Our Client Success
# Stories`), and a generic addressee's or a business's words are no name (`the customer Service Team is`).
_ROLE_BEFORE_NAME = re.compile(
    f"{OPENS}(?:(?:{_words_alternation(_ROLE_DETERMINERS)})[ \\t]{{1,3}}){{1,2}}(?:{_words_alternation(_ROLE_WORDS)})"
    f"[ \\t]{{1,3}}({FULL_NAME})(?=[ \\t]{{1,3}}[a-z])")
# (closer 160, seventy-sixth attack: a marketplace's chat) ... and a relation of the writer's after their own
# determiner (_OWN_DETERMINERS, _RELATION_WORDS, with German's and Swedish's plain `Mann`, `Frau`, `man`: `mein Mann`)
# before a full name with no comma, the sentence going on in lower case (`Can my husband … collect it?`, `Mein Mann
# … holt es ab`, `mon mari … passera`); not after a title's dedication (`Gift for my husband Leather Wallet set`).
# (closer 182, eighty-fifth attack: a symptom checker) ... or the person's age between commas after the name, as a
# form's summary gives a child's, after a dedication's `for` too (group `aged`: `Symptom check for my son …, 6, fever
# 39.2`; a product's count has its unit, `Gift for my son Lego Set, 6 pieces`).
_OWN_RELATION_NAMED = re.compile(
    f"(?<![^\\W\\d_])(?i:{_words_alternation(_OWN_DETERMINERS)})[ \\t]{{1,3}}"
    f"(?i:{_words_alternation(_RELATION_WORDS)}|mann|frau|man)[ \\t]{{1,3}}({FULL_NAME})"
    f"(?=[ \\t]{{1,3}}[a-z]|(?P<aged>,)[ \\t]{{1,3}}[1-9][0-9]?[ \\t]{{0,3}}"
    f"(?:$|[;)\\n]|,[ \\t]{{1,3}}[^\\W\\d_]))")
# (twenty-fifth attack: in a run of lines in capitals, where no case tells a name, its words in capitals: `THE
# VISITOR, LEONOR REMEDIOSQA, ASKED ABOUT DELIVERY`; the person's word with its determiner and comma is the cue)
_APPOSED_IN_CAPITALS = re.compile(_apposition(CAPITAL_NAME))
# A title dedicates a product to its buyer with a preposition opening it, with its capital (`For the customer, Free
# Returns, always`, `Pour le client, Livraison Offerte, dès 50 €`; twenty-fifth attack): no apposition follows. The
# prepositions by language (lexicon data, as folded).
_DEDICATIONS = frozenset(canonical(word)[0].lower() for line in {
    "English": "for", "French": "pour", "Spanish and Portuguese": "para", "Italian": "per", "German": "für",
    "Dutch": "voor"}.values() for word in line.split())
# A quantity and its unit after the comma that closes the words set off are a product's detail (`the visitor, Museum
# Pass, 3 days`, `the traveller, Samsonite Lite, 55 cm`), not running text after a person's name (an age is no
# quantity: `the customer, Anu Mathew, 34, called`).
_QUANTITY_AFTER = re.compile(r"[ \t]{0,3},[ \t]{0,3}[0-9]{1,9}(?:[.,][0-9]{1,9})?[ \t]{0,3}[^\W\d_]")
# (what `cued` needs before it: a person's word and the comma, one scan in C, tried where a word starts)
_APPOSED_CUE = re.compile(
    f"(?<![^\\W\\d_])(?i:{_words_alternation(_ROLE_WORDS)}|{_words_alternation(_RELATION_WORDS)})[ \t]{{0,3}},")
# A person's relation to another, as Indian and Pakistani forms write it (twenty-fourth attack): a full name, then
# `S/o`, `D/o`, `W/o` or `H/o` ("son", "daughter", "wife", "husband of") and the other's full name
# (`Ramesh Kumar Zqreddy S/o Suresh Kumar Zqreddy`); `W/o` with a word both names share, a family's (`W/o` is
# "without" too: `Samsung Tablet W/o Keyboard Cover`); or `C/o` ("care of") before a full name (`C/o Lakshmi
# Narayanaswamy, Near Bus Stand`). In lower case or in capitals, where no case tells a name (twenty-fifth attack:
# `priya raghunathan d/o suresh raghunathan`, `C/O LAKSHMI NARAYANASWAMY, NEAR BUS STAND`), two or three words of
# one case: the two names sharing a word, the family's, whatever the relation; a care-of's name in capitals, not
# opening with a determiner (`C/O THE MANAGER`; words in lower case after it are as often a phrase's: `c/o in
# capitals`).
# Where a parcel is left in someone's care that is no person (`C/o Amazon Locker pickup`): lexicon data, one kind.
_CARE_PLACES = frozenset("locker lockers hub point office depot station centre center counter desk warehouse store "
                         "shop reception lobby mailroom branch post".split())
_RELATED = re.compile(f"{OPENS}(?:({FULL_NAME}|{CASELESS_NAME})[ \\t]{{1,3}}([SDWHsdwh])|[Cc])/[oO][ \\t]{{1,3}}"
                      f"({FULL_NAME}|{CASELESS_NAME}){END}")
# In the scripts without capitals of India and Pakistan, an honorific (`శ్రీ`, `શ્રી`, `श्रीमती`, `جناب`) or a word
# of relation (`पुत्री`, "daughter of"; `ولد`, "son of") opening the text or a clause, then two to four words of a
# script without capitals ending the text or a clause (`శ్రీ రవి తేజ కొండపల్లి గారికి`, `سنیتا جوشی، پتری پرکاش جوشی`):
# lexicon data by script and kind, read as folded (the canonical form drops an Indic word's vowel signs).
_CASELESS_RELATIONS = {"Devanagari": "पुत्र पुत्री पत्नी सुपुत्र सुपुत्री", "Urdu, Shahmukhi and Sindhi": "ولد بنت زوجہ"}
_CASELESS_HONORIFICS = {script: (titles, _CASELESS_RELATIONS.get(script, ""))  # (the titles: honorifics.py)
                        for script, titles in honorifics.by_language("caseless").items()}
_CASELESS_TITLES = _words_alternation({script: " ".join(kinds) for script, kinds in _CASELESS_HONORIFICS.items()})
# (the Arabic script's letters, without its digits and marks: its comma and full stop end a clause)
_ARABIC_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
_HONORED_WORD = f"[\u0900-\u0963\u0966-\u0dff{_ARABIC_LETTERS}]{{1,29}}"
_CASELESS_HONORED = re.compile(f"{CLAUSE}({_CASELESS_TITLES})[ \t]{{1,3}}({_HONORED_WORD}"
                               f"(?:[ \t]{{1,3}}{_HONORED_WORD}){{1,3}})"
                               "(?=[ \t]{0,3}(?:$|[,.;:!?\u060c\u061f\u06d4\u0964\n\"()]))")
_CASELESS_CUE = re.compile(f"(?:{_CASELESS_TITLES})[ \t]")
# `Shri` heads a deity's name as often as a man's (`श्री गणेश पूजा थाली`, a worship plate; `श्री हनुमान चालीसा पुस्तक`, a
# hymn's book; twenty-fifth attack): after it, a word of worship among the words makes them a devotional product's
# title, not a name. By script, its `Shri` and its words of worship (lexicon data, read as folded: puja, aarti,
# chalisa, yantra, mantra, stotra, bhajan, katha, mandir, samagri).
_DEVOTIONS = {
    "Devanagari": ("श्री", "पूजा आरती चालीसा यंत्र मंत्र स्तोत्र भजन कथा मंदिर सामग्री"),
    "Bengali": ("শ্রী", "পূজা আরতি মন্ত্র"), "Gurmukhi": ("ਸ਼੍ਰੀ ਸ੍ਰੀ", "ਪੂਜਾ ਆਰਤੀ ਚਾਲੀਸਾ"),
    "Gujarati": ("શ્રી", "પૂજા આરતી ચાલીસા યંત્ર મંત્ર"), "Telugu": ("శ్రీ", "పూజ హారతి"), "Kannada": ("ಶ್ರೀ", "ಪೂಜೆ ಆರತಿ"),
    "Malayalam": ("ശ്രീ", "പൂജ"),
}
_DEVOTED_TITLES = frozenset(canonical(word)[0] for titles, _ in _DEVOTIONS.values() for word in titles.split())
_WORSHIP_WORDS = frozenset(canonical(word)[0] for _, words in _DEVOTIONS.values() for word in words.split())


def _opens_clause(form: str, start: int) -> bool:
    """Whether `start` opens `form` or a clause of it: after a mark or a line break, and up to three blanks."""
    at = start
    while at > 0 and start - at < 3 and form[at - 1] in " \t":
        at -= 1
    return at == 0 or form[at - 1] in ",.;:!?(\"\n"


def _titled(name: str) -> bool:
    """Whether `name`'s case tells it a name: neither all in lower case nor all in capitals."""
    return not name.islower() and not name.isupper()


def _relation(first: Optional[str], relation: Optional[str], other: str) -> bool:
    """Whether a match of _RELATED names people: no generic or business word in either name, the names sharing a
    word after `W/o` or where no case tells them; a care-of's name (`first` None) not in lower case, no place in it,
    no determiner first."""
    words = other.lower().split()
    if not first:
        return (a_person(other) and not other.islower() and words[0] not in _DETERMINERS
                and not any(word in _CARE_PLACES for word in words))
    return a_person(first) and a_person(other) and (
        relation in ("S", "D", "H") and _titled(first) and _titled(other)
        or not set(first.lower().split()).isdisjoint(words))


def _devotional(match: re.Match[str]) -> bool:
    """Whether a match of _CASELESS_HONORED is a devotional product's title: `Shri` before a word of worship."""
    return match.group(1) in _DEVOTED_TITLES and not _WORSHIP_WORDS.isdisjoint(match.group(2).split())


def _dedicated(form: str, start: int) -> bool:
    """Whether the words at `start` follow a preposition of dedication with its capital (_DEDICATIONS) that opens
    `form`, a line or a clause (`For the customer, Free Returns`): the blanks and the word before read in place."""
    end = start
    while end > 0 and start - end < 3 and form[end - 1] in " \t":
        end -= 1
    at = end
    while at > 0 and end - at < 5 and form[at - 1].isalpha():
        at -= 1
    return end > at and form[at].isupper() and form[at:end].lower() in _DEDICATIONS and (
        at == 0 or not form[at - 1].isalpha()) and _opens_clause(form, at)


def _apposed(form: str, match: re.Match[str]) -> bool:
    """Whether a match of _APPOSED or _APPOSED_IN_CAPITALS sets off a person's name: no generic or business word in
    it, ending the text only when the apposition opens it or a clause, not after a title's dedication nor before a
    quantity and its unit."""
    return (a_person(match.group(1)) and (match.group(2) is None or _opens_clause(form, match.start()))
            and not _dedicated(form, match.start()) and _QUANTITY_AFTER.match(form, match.end()) is None)


def _own_relation(form: str, match: re.Match[str]) -> bool:
    """Whether a match of _OWN_RELATION_ENDED sets off a person's name: no generic or business word in it, not after a
    title's dedication (`Gift for my husband, Leather Wallet`: a word of _DEDICATIONS right before)."""
    return a_person(match.group(2)) and match.group(1) not in _DEDICATIONS


def related(form: str) -> bool:
    """Whether canonical `form` holds a name in apposition to a word for a person (_APPOSED; in a run of lines in
    capitals, _APPOSED_IN_CAPITALS), a relation between names (_RELATED) or a name after an honorific or a relation in
    a script without capitals (_CASELESS_HONORED, not a devotional title); each after its cue's characters in C (a
    comma; `/o`; a script's letters and one search for its words)."""
    if "," in form and (any(_apposed(form, match) for match in _APPOSED.finditer(form)) or any(
            _own_relation(form, match) for match in _OWN_RELATION_ENDED.finditer(form)) or (
            _APPOSED_CUE.search(form) is not None and any(  # (the lines in capitals read only after the cue)
                _apposed(form, match) for start, stop in capital_blocks(form)
                for match in _APPOSED_IN_CAPITALS.finditer(form, start, stop)))):
        return True
    if ("/o" in form or "/O" in form) and any(_relation(*match.groups()) for match in _RELATED.finditer(form)):
        return True
    return not form.isascii() and _CASELESS_CUE.search(form) is not None and any(
        not _devotional(match) for match in _CASELESS_HONORED.finditer(form))


# A CRM's word for a person in lower case and a colon in a note's running text (`Lead score 85 - contact: Christelle
# Ngono, hot lead`; twentieth attack).
_CRM_NAMED = re.compile(f"{OPENS}(?:contact|prospect)[ \\t]{{0,3}}:[ \\t]{{1,3}}({FULL_NAME}){END}")
# A delivery tool's hand-over phrase in lower case, by language (lexicon data): who the parcel is for, who collects it,
# whom to ask for (`Gate code 4521, ask for Mireille Wamytan at the guardhouse`, `retira Yusleidy Ferrer Oquendo`);
# and `for` after a number and a comma, a locker's or its code's (`Locker 14 ..., code 8842, for Losana Vakaloloma`;
# not `Buy 2 for Summer Days`).
_HAND_OVER = {
    "English": "ask for|asking for|deliver to|hand to|hand over to|give to|leave with|collect by|collected by|"
               "picked up by|pick-up by|pickup by|to be collected by|"
               # (closer 161: a child collected on a day, as a parents' app logs it: `Collected today by …`)
               "collected today by|picked up today by|collected tomorrow by|picked up tomorrow by",
    "Spanish": "retira|recoge|entregar a|preguntar por|pregunte por|recibe",
    "French": "demander|remettre a|retrait par|a remettre a",
    "Haitian Creole and Papiamento": "mande pou|renmèt|entregá na",
    "Portuguese": "entregar a|entregar ao|entregue a|entregue ao", "Swahili": "mkabidhi|mpe|mpelekee",
    # (twenty-sixth attack) Vietnamese hand to, Indonesian leave with and hand to, Tagalog for and give to (`kay`
    # marks a person's name)
    "Vietnamese": "giao cho|đưa cho|gửi cho", "Indonesian": "titip ke|titipkan ke|serahkan ke|serahkan kepada",
    "Tagalog": "para kay|ibigay kay|iabot kay",
}
# An honorific between the phrase and the name, of the languages above that write it in lower case or abbreviated
# (Vietnamese kinship words: `giao cho chị Võ Thị Mỹ`; Tagalog `Gng.`, `G.`, `Bb.`: Mrs, Mr, Miss).
_HAND_OVER_HONORIFIC = "(?:" + "|".join(sorted({re.escape(canonical(word)[0]) for word in honorifics.words(
    "handover")}, key=longest_first)) + ")[ \\t]{1,3}"
_HAND_OVER_PHRASES = "|".join(
    re.escape(phrase).replace("\\ ", "[ \\t]{1,3}")
    for phrase in sorted({canonical(phrase)[0].lower() for line in _HAND_OVER.values() for phrase in line.split("|")},
                         key=longest_first))
_HANDED = re.compile(f"(?:{OPENS}(?:{_HAND_OVER_PHRASES})|(?<=[0-9])[,;][ \\t]{{1,3}}for)[ \\t]{{1,3}}"
                     f"(?:{_HAND_OVER_HONORIFIC})?({FULL_NAME}){END}")
# The phrase opening the text or a clause with its capital (`Give to Tendai Moyo at the gate`), when it is a verb and
# its preposition or a Swahili verb holding its person (`Mkabidhi`: "hand him or her"), not a bare imperative of
# marketing copy (`Recibe Tu Pedido en casa`); then, as after a self-introduction, not a full name that with it is the
# whole text: a title (`Give to Charity Edition Tote`), nor a determiner's object: marketing copy (`Deliver to Your
# Door in 24h`). (Papiamento's `Entregá na` folds to Portuguese "delivery at": `Entrega na Loja Central hoje`.)
_OPENING_LANGUAGES = ("English", "Spanish", "French", "Portuguese", "Swahili", "Vietnamese", "Indonesian", "Tagalog")
_OPENING_PHRASES = "|".join(
    re.escape(phrase[0].upper() + phrase[1:]).replace("\\ ", "[ \\t]{1,3}")
    for phrase in sorted({canonical(phrase)[0].lower() for language in _OPENING_LANGUAGES
                          for phrase in _HAND_OVER[language].split("|") if " " in phrase or language == "Swahili"},
                         key=longest_first))
_DETERMINERS = frozenset("the this that these our your my his her their any every all tu su sus sua seu suas seus "
                         "votre vos ton ta tes notre nos leur leurs".split())
_HANDED_OPENING = re.compile(f"{CLAUSE}(?:{_OPENING_PHRASES})[ \\t]{{1,3}}(?:{_HAND_OVER_HONORIFIC})?"
                             f"({FULL_NAME}){END}")
# A delivery's hand-over phrase of the major languages of Europe (session 15): a noun or a participle of delivery,
# ordering or pickup and its preposition (`Lieferung an`, `Bestellt von`, `Abholung durch`, `Consegna a`, `Bezorgen
# bij`, `Dostawa dla`, `Livraison à`, `Entregar para`, `Leverans till`, `Доставка для`), in any case, after a blank or
# a mark, then an honorific and one to three words or a full name, ending as a name in a sentence does or before a
# page title's bar (`Leverans till Anna Andersson | Shop`). Its full name may be the whole text (no product is titled
# `Bestellt von …`), but not a place or a carrier a parcel goes to (`Livraison à Domicile Offerte`, `Abholung durch
# Deutsche Post`), a business's or a generic addressee's words, nor a determiner's object (`Lieferung an Ihre Haustür`,
# `Leverans till Hela Sverige`). Lexicon data by language, read as folded.
_DELIVERY_PHRASES = {
    "German": "lieferung an|zustellung an|versand an|geliefert an|bestellt von|bestellt durch|abholung durch|"
              "abgeholt von|abholung von",
    "Italian": "consegna a|consegnare a|ordinato da|ritiro da parte di",
    "Dutch": "bezorgen bij|bezorgd bij|levering aan|besteld door|afhalen door|afgehaald door",
    "Polish (the name in the genitive after `dla`)": "dostawa dla|zamówione przez|zamówienie dla|odbiór przez",
    "French": "livraison à|livrer à|livré à|commandé par|commandée par|retiré par",
    "Portuguese and Spanish": "entregar para|entrega para|encomendado por|encomendada por|entrega a|recogida por|"
                              "pedido para",
    "Swedish, Danish, Norwegian": "leverans till|leverera till|levereras till|beställd av|beställt av|hämtas av|"
                                  "levering til|leveres til|bestilt af|bestilt av|afhentes af|hentes av",
    "Russian, Ukrainian, Bulgarian": "доставка для|доставить для|доставка за|заказано для",
    "Czech, Slovak, Croatian": "doručení pro|doručenie pre|doručit pro|dostava za|objednáno pro",
}
# (forty-sixth attack) English's recipient's phrases, a parcel's destination named as a person, read alike but before
# a full name only (`Deliver to Ottavine Quildersen` as the whole text too; `ship to Mrs Smith`, an honorific and one
# word, is a slug's product as often), not a country's, a region's or a place's words (`Ship to United Kingdom`,
# `Deliver to Your Door`).
_RECIPIENT_PHRASES = {"English": "deliver to|delivered to|delivery to|ship to|shipped to|shipping to|dispatch to|"
                                 "dispatched to"}
_DELIVERY_FORMS_LOWER = sorted({canonical(phrase)[0].lower() for table in (_DELIVERY_PHRASES, _RECIPIENT_PHRASES)
                                for line in table.values() for phrase in line.split("|")}, key=longest_first)


# The honorifics written after such a phrase, as a case governs them (German `an Herrn`, Polish `dla Pana`, `dla Pani`)
# or as their languages abbreviate them (`Fru`, `Hr.`, `Dhr.`), besides postal's (honorifics.py: kind delivery).
_DELIVERY_HONORIFIC = f"(?:{_HONORIFIC}|{honorifics.alternation('delivery')}[ \\t]{{1,3}})"
# (forty-sixth attack) A phrase's colon may follow it, a label's (`Versand an: …`): then the name ends as a field does
# (`Ship to: Khalid bin Rashid soon` goes on as a title does).
_DELIVERED = re.compile(f"{OPENS}(?i:{table_alternation(_DELIVERY_PHRASES)})([ \\t]{{0,3}}:)?[ \\t]{{1,3}}"
                        f"(?:{_DELIVERY_HONORIFIC}((?:{WORD}[ \\t]{{1,3}}){{0,2}}{WORD})|({FULL_NAME}))"
                        f"(?:{END}|(?=[ \\t]{{1,3}}\\|))")
_RECIPIENT_NAMED = re.compile(f"{OPENS}(?i:{table_alternation(_RECIPIENT_PHRASES)})([ \\t]{{0,3}}:)?[ \\t]{{1,3}}"
                              f"()({FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}\\|))")
_HONORIFIC_WORD = re.compile(_DELIVERY_HONORIFIC)
# (closer 160, seventy-sixth attack: a shipping label) ... or, after the phrase's colon, a family name, a comma and a
# given name in mixed case, as a label prints a name surname first, ending the field or before a dash between blanks
# (`Versand an: <Family>, <Given> – Paket bitte beim Nachbarn abgeben`); a pickup point's, a carrier's or a town's
# words are none (`Versand an: Packstation, Filiale`, `Versand an: Wien, Graz`).
_SURNAME_FIRST_DELIVERED = re.compile(f"{OPENS}(?i:{table_alternation(_DELIVERY_PHRASES)}"
                                      f"|{table_alternation(_RECIPIENT_PHRASES)})"
                                      f"[ \\t]{{0,3}}:[ \\t]{{1,3}}({WORD}),[ \\t]{{1,3}}({WORD})"
                                      f"(?=[ \\t]{{0,3}}(?:$|[\\n;|\"])|[ \\t]{{1,3}}-[ \\t])")
_FIELD_ENDS = re.compile(r"[ \t]{0,3}(?:$|[,;\n|\"])")
# Where a parcel goes that is no person (a home, a door, a pickup point or locker, a post office, a store, a company,
# a town's quarter or its saint) and the carriers that take it there, and the determiners and totals that open a
# title's object: lexicon data, as folded.
_DELIVERY_PLACES = frozenset(canonical(word)[0].lower() for word in (
    "domicile domicilio domicílio casa home haus hause haustür tür door dörren dören døren packstation paketstation "
    "paketshop postfiliale filiale abholstation abholpunkt relais relay point punto ponto punkt paczkomat paczkomatu "
    "ombud utlämningsställe afhaalpunt pakketpunt servicepunt thuis adres adresse address post poste posten posti "
    "poczta pocztex express kurier courier spedition locker pakettiautomaatti noutopiste matkahuolto postnord "
    "inpost hermes budbee bring schenker omniva correos colissimo chronopost bpost postnl "
    "centro zentrum mitte nord sud süd est ouest ost west norte sur oeste north south east noord zuid oost "
    "butik butikk geschäft laden negozio tienda loja winkel sklep magasin myymälä kauppa firma firmy empresa azienda "
    "unternehmen bedrijf företag yritys saint sainte sankt san santa santo são "
    "пункт постамат дом двери адрес почта офис "
    # (English's places a parcel is shipped to that are no person: a region's, a mailbox's, several addresses)
    "island islands isles mainland highlands lowlands region regions country countries states territories "
    "addresses inbox mailbox doorstep northern southern eastern western central "
    # (and a town's words no person's name holds: `Los Angeles`, `Cape Town`, `Palm Springs`, `Salt Lake City`)
    "new los las el fort port cape mount lake city town county beach springs falls heights hills valley bay harbour "
    "harbor").split()) | _CARE_PLACES
_DELIVERY_DETERMINERS = frozenset(canonical(word)[0].lower() for word in (
    "ihre ihr ihren ihrem deine dein deinen die den das der votre vos la le les tutta tutto tutti tutte uw jouw het "
    "hela hele heel todo toda todos todas tout toute tous toutes ganz ganze całej cała twojego twojej twoje ваш ваша "
    "вашего всей вся").split())


def _delivered(form: str) -> bool:
    """Whether `form` holds a delivery's hand-over phrase and a person's name after it (_DELIVERED): no place, carrier,
    business or determiner among its words."""
    for match in (*_DELIVERED.finditer(form), *_RECIPIENT_NAMED.finditer(form)):
        name = match.group(2) or match.group(3)
        if match.group(1) and _FIELD_ENDS.match(form, match.end()) is None:
            continue  # (after a label's colon, a name ends as a field does)
        if match.re is _RECIPIENT_NAMED and _HONORIFIC_WORD.match(name) is not None and len(name.split()) < 3:
            continue  # (an honorific and one word after an English phrase: a slug's product as often)
        words = [word.lower() for word in name.split()]
        if a_person(name) and words[0] not in _DELIVERY_DETERMINERS and not any(
                word in _DELIVERY_PLACES or word in postal.HANDOVER_PLACES for word in words) and not (
                _a_country_or_region(name)):
            return True
    return any(_delivered_surname_first(f"{match.group(2)} {match.group(1)}")
               for match in _SURNAME_FIRST_DELIVERED.finditer(form))


# A shipping zone's or a customer kind's words by language (`Península, Baleares`, `Festland, Inseln`, `Privat,
# Geschäftlich`), which a shop's shipping options list after a delivery's phrase as often.
_DELIVERY_ZONES = frozenset(canonical(word)[0].lower() for word in (
    "mainland islands island inland international domestic europe eu worldwide private business festland inseln insel "
    "ausland inland privat geschäftlich gewerblich continent îles métropole outre-mer particulier professionnel "
    "península peninsula baleares canarias islas ceuta melilla continente isole estero privato azienda vasteland "
    "eilanden buitenland particulier zakelijk kraj zagranica").split())


def _delivered_surname_first(name: str) -> bool:
    """Whether `name` (given, then family) read surname first after a delivery's phrase is a person's: no place's,
    carrier's or business's word, no town's nor country's."""
    words = [word.lower() for word in name.split()]
    return a_person(name) and not a_thing(name) and not any(
        word in _DELIVERY_PLACES or word in _DELIVERY_ZONES or word in postal.HANDOVER_PLACES or postal._a_place(word)
        for word in words)


def _a_country_or_region(name: str) -> bool:
    """Whether `name` spells a country or a US or Canadian region (`United Kingdom`, `Puerto Rico`, `New Mexico`)."""
    key = letters_key(name)
    return key in COUNTRY_BY_KEY or key in REGION_CODE_BY_NAME


# (what _DELIVERED needs: a phrase's first word in lower case, with its capital or in capitals, one scan grouped by
# first letter; an alternation in any case scans each position several times slower)
_DELIVERY_CUE = re.compile(by_first_letter(
    form for phrase in _DELIVERY_FORMS_LOWER for word in (phrase.split(None, 1)[0],)
    for form in (word, word[:1].upper() + word[1:], word.upper())))
# (and what _HANDED needs, its phrases grouped by first letter alike)
_HAND_OVER_CUES = re.compile(branches_by_first_letter(
    f"[0-9][,;][ \\t]{{1,3}}for |{_HAND_OVER_PHRASES}|{_OPENING_PHRASES}"))
# The chiefly titles of Fiji and Tonga (`Ratu`, `Adi`, `Tui`: nineteenth attack), of Cameroon's Grassfields and of
# the Shona (`Fon`, `Ishe`: twentieth attack) stand before a name as `Mr` does (not English `Chief`, a job title's
# first word as often: `Chief Marketing Officer, EMEA`). (`cued` and `reason` look for each with its blank, in C.)
_CHIEFLY = ["Ratu", "Adi", "Tui", "Fon", "Ishe"]
# The honorifics of the twenty-eighth attack's languages, before a name as `Mr` is: Swahili `Bw.` and `Bwana` (Mr),
# `Bi.` (Mrs, Ms: its dot written, as `Bi` alone opens titles' words: `Bi Fold Door`), Somali `Mudane` (Mr),
# `Marwo` (Mrs), Zulu `Mnumzane` (Mr), `Nkosazana` (Miss), `Nkosikazi` (Mrs), Sesotho and Setswana `Ntate` (Mr),
# `Mme` (above), Afrikaans `Mnr`, `Mev`, `Mej` (Mr, Mrs, Miss). Lexicon data, a closed class.
_TITLES_28 = ["Bw", "Bwana", "Bi\\.", "Mudane", "Marwo", "Mnumzane", "Nkosazana", "Nkosikazi", "Ntate", "Mnr", "Mev",
              "Mej"]
# (and French and Portuguese ones, as an SMS signs off: twentieth attack)
_TITLES = "Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|Sra|" + "|".join(_CHIEFLY) + "|" + "|".join(_TITLES_28)
# The honorifics of India and Pakistan in Latin letters (twenty-fourth attack: `Shri`, `Smt`, `Janab`), before two or
# three words, as a name there often holds a father's or a caste's name (`Janab Ali Shah Bhuttozai ka order`; not
# `Sri`, Sri Lanka's first word).
_SOUTH_ASIAN_TITLES = "Shri|Shrimati|Smt|Janab"


def _honorific_name(group: int) -> str:
    """A title and two words, or a South Asian title (captured as group `group`) and two or three (a conditional: the
    name's words written once, as each copy of them is a compiled pattern the snapshot keeps)."""
    return (f"(?:({_SOUTH_ASIAN_TITLES})|{_TITLES})\\.?[ \\t]{{1,3}}{_PERSON_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}"
            f"{_PERSON_WORD}(?({group})(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{_PERSON_WORD})?)")


# Articles: after one, a title and two capitalized words ending the text are a thing's name (`the Mr. Potato Head`).
_ARTICLES = "(?:the|a|an|el|la|le|les|los|las|il|lo|un|una|une)"
# (two words, then a mark or a lower-case word: `the Mr. Potato Head`, `Buy Mr. Potato Head Toy` end otherwise; or
# the text's end after a word in lower case that is no article, running text's last words: `Deliver to Ratu Epeli
# Naivalurua`, or after the label addressing a parcel, `Attention:` (`Attn`); not a title opening the text: `Ratu
# Premium Kava`, nor after another label: `Brand: Tui Tonga Vanilla`)
# (after a word in lower case, a dash between blanks ends the name as a mark does: `Wish list of Mrs Aoife Kavanagh —
# moltes gràcies`; twenty-third attack; not after a title's capitalized word: `Buy Mr. Potato Head - Toy`)
# (group 1: opening the text; group 2: opened by a line or a JSON string, whose name goes on in lower case; either
# way a dash between blanks, one hyphen or two, may come before that word: `Shri Ramesh Gupta -- urgent delivery`,
# twenty-fifth attack; not before a capitalized word: `Mr. Potato Head - Toy`; after a word in lower case the next
# branch reads the dash, not after an article: `the Mr. Potato Head — gift`)
_DASH_ON = "[ \\t]{1,3}--?[ \\t]{1,3}[a-z]"
_HONORED = re.compile(f"(?:(?<=[a-z,][ \\t])|^()|(?<=[\\n\"])()){_honorific_name(3)}"
                      f"(?(2)(?=[ \\t]{{1,3}}[a-z]|{_DASH_ON})"
                      f"|(?=[ \\t]{{0,3}}[,.;:!?)\\n\"]|[ \\t]{{1,3}}[a-z]|(?(1){_DASH_ON}|(?!))))"
                      f"|(?:^|(?<=[\\s\"(]))(?:(?!{_ARTICLES}[ \\t])[a-z]{{1,20}}:?"
                      f"|(?i:attention|attn|fao)\\.?[ \\t]{{0,3}}:)[ \\t]{{1,3}}{_honorific_name(4)}"
                      f"[ \\t]{{0,3}}(?:$|(?=[,.;!?)\\n\"]|[ \\t]--?[ \\t]))")  # (a dash between blanks ends a clause,
# typed as two hyphens too: `Wish list of Mrs Aroha Ngatawhai -- kia ora`; a line or a JSON string opens as the text
# does, before a word in lower case: `{"msg": "Janab Ali Shah Bhuttozai ka order"}`; not `{"title": "Mr. Coffee
# Maker"}`)
# (the mark may end its own line, as a mail's signature delimiter `-- ` does)
_SIGNED = re.compile(f"(?:^|(?<=\\n)|(?<=[.!?])[ \\t]{{1,3}})--[ \\t]{{0,3}}(?:\\n[ \\t]{{0,3}})?({FULL_NAME})"
                     r"(?=[ \t]{0,3}(?:$|[,\n\"]))")
# A signature in a script without capitals (Arabic, Persian, Hebrew): two or three of its words after `--`, ending the
# text, a line or before a comma; the `--` opening the text, a line or a sentence, or after a word of thanks or
# greeting (lexicon data; `شكراً -- رنا الخوري، بيروت`), since no capital tells a name from a title's words.
_CASELESS_LETTERS = f"{_ARABIC_LETTERS}\u05d0-\u05ea"  # (and Hebrew's)
_CASELESS_SIGNATURE = re.compile(f"--[ \\t]{{0,3}}(?:\\n[ \\t]{{0,3}})?([{_CASELESS_LETTERS}]{{2,29}}"
                                 f"(?:[ \\t]{{1,3}}[{_CASELESS_LETTERS}]{{2,29}}){{1,2}})"
                                 r"(?=[ \t]{0,3}(?:$|[,\n\"]))")
_THANKS = {
    "Arabic": "شكرا|شكرا جزيلا|مع الشكر|مع خالص الشكر|تحياتي|مع تحياتي|مع التحية|وشكرا",
    "Persian": "مرسی|ممنون|متشکرم|با تشکر|با سپاس|سپاس",
    "Hebrew": "תודה|תודה רבה|בברכה|בתודה",
}
_THANKS_FORMS = tuple(sorted({canonical(phrase)[0].lower() for line in _THANKS.values() for phrase in line.split("|")},
                             key=longest_first))


def _signed_caseless(form: str) -> bool:
    """Whether a signature in a script without capitals (_CASELESS_SIGNATURE) follows a `--` of `form` that opens the
    text, a line or a sentence or follows a word of thanks (_THANKS)."""
    at = form.find("--")
    while at >= 0:
        end = at  # (the text before, its blanks set aside, read in place: a copy per `--` was quadratic in them)
        while end and form[end - 1] in " \t":
            end -= 1
        if not end or form[end - 1] in "\n.!?؟" or form.endswith(_THANKS_FORMS, 0, end):
            match = _CASELESS_SIGNATURE.match(form, at)
            if match is not None and a_person(match.group(1)):
                return True
        at = form.find("--", at + 2)
    return False


# What the layouts above all need and a title in capitals has not: a word in lower case, then a blank and a capital
# (one scan in C; a word is tried from its first letter only, so a run of letters is read once).
_NEW_CUES = re.compile("(?<![^\\W\\d_])[a-z]+(?:['’ʼ][a-z]{0,3})?[ \t]{1,3}[A-ZА-ЯЁΑ-Ω]")  # (K'iche' `Nub'i' Ixchel`)


# A label in Latin letters naming a person's name, a name word of the key lexicon after a person qualifier (`customer
# name`, `full name`; twenty-first attack), opening the text, a line or a field, its colon, then two or three words
# in lower case, as a chat or a form typed them, ending the text or the field (`customer name: nana yaa asantewaa`;
# not `product name: classic tee`, nor one word: `first name: guest`). The qualifier may be a possessive (`recipient's
# name: maria kowalska`), and the words end, in running text, as a name after a label does (postal.py: a dash between
# blanks, a sentence's end: `customer name: jonas kazlauskas — gracias`; twenty-second attack).
_LOWER_LABELLED = re.compile(r"(?:^|(?<=[\n;|\"])|(?<=[,.?!][ \t]))[ \t]{0,3}"
                             r"([A-Za-z]{2,20}(?:['’]s)?(?:[ \t_\-][A-Za-z]{2,20}){1,2})[ \t]{0,3}:[ \t]{1,3}"
                             r"[a-z][a-z'’\-]{1,29}(?:[ \t]{1,3}[a-z][a-z'’\-]{1,29}){1,2}[ \t]{0,3}"
                             f"(?=$|[,;\\n|\"]|{_NAME_ENDED})")


def _lower_labelled(form: str) -> bool:
    """Whether `form` holds a label naming a person's name and words in lower case after it (_LOWER_LABELLED)."""
    for match in _LOWER_LABELLED.finditer(form):
        tokens = key_tokens(match.group(1))
        if tokens and tokens[-1] in NAME_TOKENS and any(token in PERSON_QUALIFIERS for token in tokens[:-1]):
            return True
    return False


# A chat transcript's speaker: a word for a person (_PERSON_WORDS, in any case) and their full name in brackets before
# the colon of the line they said (`[10:02] Customer (Yaw Boateng): where is my order?`; twenty-first attack; not an
# agent's or a shop's: `Agent (Bot):`, `Customer (Service Desk):`).
# (twenty-third attack: the word for a customer in the round's languages, lexicon data read as folded, in any case:
# `[10:02] Πελάτης (Nikos Georgiou): ...`)
_CUSTOMER_WORDS = {"Catalan, Spanish, Portuguese, Italian": "client cliente clienta", "Greek": "πελάτης πελάτισσα",
                   "Welsh": "cwsmer", "Basque": "bezeroa bezero", "Turkish": "müşteri", "Maltese": "klijent klijenta",
                   "Dutch and Frisian": "klant", "Icelandic": "viðskiptavinur", "Hebrew": "לקוח לקוחה",
                   "Persian": "مشتری", "Irish": "custaiméir", "German and Luxembourgish": "kunde kundin",
                   # (twenty-fourth attack: South Asia's, Kurdistan's and Aotearoa's customer)
                   "Kurmanji": "mişterî", "Māori": "kiritaki", "Hindi and Marathi": "ग्राहक", "Urdu": "گاہک",
                   "Telugu": "కస్టమర్ వినియోగదారు", "Kannada": "ಗ್ರಾಹಕ", "Malayalam": "ഉപഭോക്താവ്", "Gujarati": "ગ્રાહક",
                   "Gurmukhi": "ਗਾਹਕ", "Tamil": "வாடிக்கையாளர்"}


_SPEAKER_WORDS = _words_alternation(_CUSTOMER_WORDS)
# In a script without capitals (Arabic, Hebrew, the Indic scripts, Thai, Lao, Burmese, Khmer), the name in brackets
# is one to three words of its letters (twenty-fourth attack: `కస్టమర్ (రవి తేజ కొండపల్లి): …`; the canonical form has
# dropped the vowel signs, so a word may be one letter).
_SPEAKER_CASELESS_WORD = "[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{1,29}"
_SPEAKER = re.compile(f"{OPENS}(?i:{_PERSON_WORDS}|guest|visitor|{_SPEAKER_WORDS})[ \\t]{{0,3}}"
                      f"\\(({FULL_NAME}|{_SPEAKER_CASELESS_WORD}(?:[ \\t]{{1,3}}{_SPEAKER_CASELESS_WORD}){{0,2}})\\)"
                      f"[ \\t]{{0,3}}:")

# ... and (closer 141) the speaker's full name first, the tag of their side in brackets after it, then the line said
# (`… (Visitor): is SSO included?`, `… (Kunde): …`, `… (Agent): …`): a chat widget's transcript writes either.
_TAGGED_SPEAKER = re.compile(f"{OPENS}({FULL_NAME})[ \\t]{{0,3}}"
                             f"\\((?i:{_PERSON_WORDS}|guest|visitor|agent|operator|{_SPEAKER_WORDS})\\)[ \\t]{{0,3}}:"
                             f"(?=[ \\t]{{0,3}}[^\\W\\d_])")


# A chat transcript's speaker in square brackets (twenty-second attack): a full name, or a Chinese name (a family name
# of name_shapes' lexicon, then one or two Han characters), in brackets opening the text, a line, a clause or a JSON
# string or after another bracket (a time: `[10:02] [Ilisapi Nuvalinga]: ...`), then the line they said, in the first
# person (_FIRST_PERSON: `[Ilisapi Nuvalinga]: where is my parcel?`, `[陳大文] 我的包裹在哪裡？`; not a tag's
# words: `[New Arrivals] Summer Dress`, `[Size Guide]: see chart`, `[現貨] 夏季連衣裙`), not an agent's or a shop's
# (`[Customer Service]: how can I help?`).
# (a family name of one character and one more is as often a word, `[黃金]`, "gold", a tag: a speaker's only before a
# colon, `[王芳]：我要退货`)
_HAN_NAME = (f"(?:(?:{'|'.join(CHINESE_FAMILY_NAMES['two characters'].split())}){HAN}{{1,2}}"
             f"|[{''.join(CHINESE_FAMILY_NAMES['one character'].split())}]"
             f"(?:{HAN}{{2}}|{HAN}(?=\\][ \\t]{{0,3}}:)))")
_BRACKETED = re.compile(f"(?:^|(?<=[\\n\",.;:!?\\]]))[ \\t]{{0,3}}\\[(?:({FULL_NAME})|{_HAN_NAME})\\]")
# The words of a line said in the first person, by language (lexicon data, read in any case): English, Spanish,
# French, Portuguese, Estonian, Latvian, Lithuanian, Czech and Slovak, Slovene; and Chinese's `我` anywhere. English's
# `I` only as English writes it, a capital: a lower-case `i` is a word of other languages ("to" in Welsh, "and" in
# Catalan and Polish: `[Cynnig Arbennig]: 20% i ffwrdd`, a tag; twenty-third attack).
_FIRST_PERSON_WORDS = {
    "English": "i'm i’m my me mine",
    # (twenty-third attack: Welsh "my", "me", and Basque "I", "my", "to me", "mine")
    "Welsh": "fy fi", "Basque": "ni nik nire nere niri nirea",
    "Spanish": "yo mi mis me", "French": "je j' mon ma mes moi",
    "Portuguese": "eu meu minha", "Estonian": "ma mina minu", "Latvian": "es mans mana", "Lithuanian": "as mano",
    "Czech and Slovak": "ja moje moj moja mam", "Slovene": "jaz moj moja moje",
    # (twenty-fourth attack: Hindi and Urdu as typed in Latin letters, "my", "to me", "I (did)")
    "Hindustani": "mera meri mere mujhe maine",
}
_FIRST_PERSON = re.compile("(?i:(?<![^\\W\\d_])(?:" + _words_alternation(_FIRST_PERSON_WORDS)
                           + "))(?![^\\W\\d_])|(?<![^\\W\\d_])I(?![^\\W\\d_])|我")


# German's `zu Händen` (for the attention of), abbreviated `z. Hd.`, before a name, its title (`Herr`, `Frau`, `Dr`,
# `Prof`) or not, ending as a name in a sentence does (twenty-eighth attack: `z. Hd. Frau Ingrid Ozolina`); `Hd.` in
# C first. (`Frau` and `Herr` are not among _TITLES: German capitalizes its nouns, `für Frau Mama Tasse`.) Dutch's
# `t.a.v.` (ter attentie van) and `t.n.v.` (ten name van, a payment's or an account's holder: `iDEAL betaalverzoek
# t.n.v. L. Jansen`; thirty-seventh attack) before a name with its initials or its title, as Dutch writes a person's
# there (`t.n.v. Stichting Dierenhulp`, `t.n.v. Boutique Example` are a business's), `.v.` in C first.
_FOR_THE_HANDS = re.compile(f"(?:^|(?<=[\\s\"(]))(?:(?:z\\.|zu)[ \\t]{{0,3}}Hd|([Tt]\\.[ ]?[AaNn]\\.[ ]?[Vv]))\\."
                            f"[ \\t]{{0,3}}:?[ \\t]{{0,3}}"
                            f"((?:Herr|Frau|Dr|Prof|Dhr|Mevr|Mw)\\.?[ \\t]{{1,3}})?({FULL_NAME}){END}")


# Thirtieth attack: a checkout's delivery note names a neighbour, a doorman or a recipient by the family name alone
# after an honorific, as German, French, Spanish, Polish and Dutch write it inside a sentence: German `Herrn` (the
# object's case of `Herr`, before a name only), French `Mme`, Spanish `Sr.`, `Sra.`, `Srta.` with their dot, Polish
# `pani`, `panu`, `panią` in lower case (after a mark only: `pani` is Italian breads, `Farina per pani Caputo`; and not
# `pana`, Spanish corduroy: `Chaqueta de pana Zara`), Dutch and German `fam.` (the family) with its dot. The honorific
# inside a sentence (after a word in lower case, a comma or a bracket; `Herrn` after any word), not after an article
# (`el Sr. Potato`), then one capitalized word, ending as a name in a sentence does (`Bitte beim Nachbarn Herrn
# Wachtelmeier abgeben`, `laisser chez Mme Brisebois au 2e étage`, `Dejar con el portero, Sr. Arrieta`; not `Taza
# Sr. Wonderful`, `Sr. Wonderful taza`). Lexicon data by language.
_ONE_NAME_HONORIFICS = {"German": "Herrn", "French": "Mme", "Spanish": "Sr. Sra. Srta.",
                        "Polish": "pani panu panią", "Dutch and German": "fam. Fam."}
# (closer 113) French `M.` (Monsieur) is a size's letter or an initial as often (`taille M. Expédié sous 24 h`): a
# title only after a preposition naming the person a contract, a card or a parcel is for or from (`Contrat de
# location au nom de M. …`, `chez M. …`, `pour M. …`). Lexicon data by language, the prepositions as folded.
_TITLES_AFTER_A_PREPOSITION = {"French": "M."}
_PREPOSITIONS_BEFORE_A_TITLE = {"French": "de du à chez par pour avec"}
_PREPOSITIONS_BEFORE_TITLE = frozenset(canonical(word)[0] for line in _PREPOSITIONS_BEFORE_A_TITLE.values()
                                       for word in line.split())
_PREPOSITION_TITLES = frozenset(word for line in _TITLES_AFTER_A_PREPOSITION.values() for word in line.split())
_ONE_NAME_TITLES = "|".join(re.escape(form) + ("" if form.endswith(".") else "(?![^\\W\\d_])") for form in sorted(
    {canonical(word)[0] for line in (*_ONE_NAME_HONORIFICS.values(), *_TITLES_AFTER_A_PREPOSITION.values())
     for word in line.split()}, key=longest_first))
_ONE_NAME = re.compile(f"(?:(?<=[^\\W\\d_][ \\t])|(?<=[,(;:])[ \\t]{{0,3}})(?:{_ONE_NAME_TITLES})[ \\t]{{1,3}}"
                       f"({WORD}){END}")
# (closer 141) ... and after a title's dash between blanks, as a ticket's or a file's title names its customer
# (`Problème de facturation – M. …`, `Reklamation – Herrn …`), before an aside's bracket too (`– M. … (commande …)`):
# one capitalized word, not a colour's (a size's `M.` before its colour: `Sweat – M. Noir`; _named_after_dash).
_ONE_NAME_AFTER_DASH = re.compile(f"(?<=[ \\t]-)[ \\t]{{1,3}}(?:{_ONE_NAME_TITLES})[ \\t]{{1,3}}({WORD})"
                                  f"(?:{END}|(?=[ \\t]{{1,3}}\\())")
_COLOURS = frozenset(canonical(word)[0].lower() for word in (
    "noir noire blanc blanche bleu bleue rouge vert verte gris grise beige marine kaki jaune orange violet violette "
    "marron rose ecru écru black white blue red green grey gray navy khaki yellow purple brown pink "
    "schwarz weiss weiß blau rot grün grau negro negra blanco blanca azul rojo roja verde gris").split())
# The abbreviated label addressing a parcel, `Attn` in any case, with or without its dot or colon (`Brightwater Ltd,
# attn. Dorothea Langhorne`, `ATTN Dorothea Langhorne, Goods In`), and French `À l'attention de` (for the attention
# of), after a blank, a mark or opening the text, before a full name (maybe after an honorific) ending as a name in a
# sentence does; not a determiner's words (`À l'attention de Nos Clients`), nor a generic addressee's or a business's.
# (`FAO` is a toy shop's name too: `FAO Schwarz Teddy Bear`; `Attention:` written out opens a banner: above.)
_ATTENTION_PHRASES = {"English": "attn", "French": "a l'attention de|a l'attention du|a l'att. de|a l'intention de",
                      "Spanish": "a la atencion de|a la atención de", "Italian": "all'attenzione di|alla c.a. di"}
_ATTENTION_FORMS = "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}") for phrase in sorted(
    {canonical(phrase)[0].lower() for line in _ATTENTION_PHRASES.values() for phrase in line.split("|")},
    key=longest_first))
_ATTENDED = re.compile(f"{OPENS}(?i:{_ATTENTION_FORMS})\\.?[ \\t]{{0,3}}:?[ \\t]{{1,3}}"
                       f"(?:{_DELIVERY_HONORIFIC})?({FULL_NAME}){END}")
# A doorbell's label (German `Klingel:`, `Klingelschild:`, `Name an der Klingel:`; Dutch, French, English and Italian
# labels naming the name on the bell alike) opening the text, a line or a clause, its colon, then the family name
# written on the bell: one to three capitalized words ending the field or the clause (`Klingel: Oberhauser`). Not a
# bicycle's or a bell's specification (`Klingel: Ja`, `Klingel: Messing`: its values are lexicon data too), nor a bare
# `Doorbell:` or `Buzzer:`, a product's feature as often (`Doorbell: Wireless`). Lexicon data by language.
_BELL_LABELS = {"German": "klingel|klingelschild|name an der klingel|name auf der klingel|name am klingelschild",
                "Dutch": "naam op de bel|naambordje", "French": "nom sur la sonnette|nom sur l'interphone",
                "English": "name on the doorbell|name on the bell|name on the buzzer",
                "Italian": "nome sul citofono|nome sul campanello"}
_BELL_FORMS = "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}") for phrase in sorted(
    {canonical(phrase)[0].lower() for line in _BELL_LABELS.values() for phrase in line.split("|")},
    key=longest_first))
_BELL_VALUES = frozenset(canonical(word)[0].lower() for word in (
    "ja nein yes no oui non si inklusive inkl vorhanden mit ohne keine kein integriert standard optional included none "
    "defekt kaputt funk kabellos wireless messing chrom aluminium stahl edelstahl silber schwarz weiß gold laut "
    "leise").split())
_BELL_NAMED = re.compile(f"{CLAUSE}(?i:{_BELL_FORMS})[ \\t]{{0,3}}:[ \\t]{{0,3}}({WORD}(?:[ \\t]{{1,3}}{WORD}){{0,2}})"
                         "(?=[ \t]{0,3}(?:$|[,.;!?)\n\"]))")
# (closer 130) ... and a doorbell's word with no colon inside a delivery note, after a label's colon (not opening the
# text: a product's title, `Klingel Messing`), before one capitalized word ending the clause (`Lieferhinweis: Klingel
# …, 3. OG links`): the family name on the bell; not a bell's value, a house's part or a number's label (`Klingel
# Hinterhaus,`, `Klingel Nr. 5`).
_BELL_PARTS = frozenset(canonical(word)[0].lower() for word in (
    "nr no hinterhaus vorderhaus seitenflugel seitenflügel gartenhaus links rechts oben unten mitte eg og dg "
    "erdgeschoss obergeschoss dachgeschoss haupteingang eingang tur tür tor").split())
_BELL_NAMED_BARE = re.compile(f"(?<=:)[ \t]{{0,3}}(?i:{_BELL_FORMS})[ \t]{{1,3}}({WORD})"
                              "(?=[ \t]{0,3}(?:$|[,;!?)\n\"]))")
# (what the three need, in substring scans in C: a title's letters, `ttn`, `l'att`, a bell's word; written out, as a
# generator over them cost a short value several times more, and a regex in any case a slower scan)
def _one_name_cued(form: str) -> bool:
    """Whether `form` holds a substring one of _named_once's layouts needs."""
    return ("Herr" in form or "Frau" in form or "Mme" in form or "M." in form or "Sr" in form or "pan" in form
            or "am." in form or "ttn" in form or "TTN" in form or "l'att" in form or "L'Att" in form or "L'ATT" in form
            or "tencion" in form or "TENCION" in form or "ingel" in form or "INGEL" in form or "onnette" in form
            or "bell" in form or "uzzer" in form or "nterphone" in form or "itofono" in form or "ampanello" in form
            or "aambordje" in form)


# (and German's, before `Herrn` in a title's genitive or a hymn's dative: `Die Abenteuer des Herrn Thaddäus`, `Lob
# dem Herrn`)
_ARTICLE_WORDS = frozenset(_ARTICLES[3:-1].split("|") + "der die das des dem den".split())


def _inside_sentence(form: str, match: re.Match[str]) -> bool:
    """Whether a match of _ONE_NAME stands inside a sentence: after a mark, or after a word in lower case (any word
    before `Herrn`) that is no article, an honorific in lower case after a mark only, French `M.` after a preposition
    only (the word before read in place: a few characters)."""
    end = match.start()
    while end > 0 and form[end - 1] in " \t":
        end -= 1
    at = end
    while at > 0 and end - at < 30 and form[at - 1].isalpha():
        at -= 1
    word = form[at:end]
    if form[match.start():match.start(1)].strip() in _PREPOSITION_TITLES:  # (`M.`: closer 113)
        return word.lower() in _PREPOSITIONS_BEFORE_TITLE
    if end and form[end - 1] in ",(;:":
        return True
    if form[match.start():match.start() + 1].islower():
        return False
    return (word.islower() or form.startswith("Herrn", match.start())) and word.lower() not in _ARTICLE_WORDS


def _named_after_dash(form: str, match: re.Match[str]) -> bool:
    """Whether _ONE_NAME_AFTER_DASH's `match` in `form` names a person: no generic, business or colour's word; French
    `M.` only after a word in lower case (a ticket's subject: `Problème de facturation – M. …`), not after a code or a
    number, where it is a size's or a metro's letter as often (`Size 42 - M. Regular`, `Gate A12 – M. Lyon`)."""
    name = match.group(1)
    if not a_person(name) or name.lower() in _COLOURS:
        return False
    if form[match.start():match.start(1)].strip() not in _PREPOSITION_TITLES:
        return True
    end = form.rfind("-", 0, match.start())
    while end > 0 and form[end - 1] in " \t":
        end -= 1
    at = end
    while at > 0 and end - at < 30 and form[at - 1].isalpha():
        at -= 1
    return at < end and form[at:end].islower()


def _named_once(form: str) -> bool:
    """Whether `form` holds a family name after an honorific inside a sentence (_ONE_NAME) or a title's dash
    (_ONE_NAME_AFTER_DASH), a full name after `Attn` or its phrases (_ATTENDED), or a name after a doorbell's label
    (_BELL_NAMED); no generic or business word in it."""
    return any(a_person(match.group(1)) and _inside_sentence(form, match)
               for match in _ONE_NAME.finditer(form)) or " -" in form and any(
        _named_after_dash(form, match) for match in _ONE_NAME_AFTER_DASH.finditer(form)) or " -" in form and any(
        a_person(match.group(1)) for match in _MADAM_BEFORE_NUMBERED_ASIDE.finditer(form)) or any(
        a_person(match.group(1)) and match.group(1).split(None, 1)[0].lower() not in _DETERMINERS
        for match in _ATTENDED.finditer(form)) or ":" in form and any(
        a_person(match.group(1)) and match.group(1).split(None, 1)[0].lower() not in _BELL_VALUES
        for match in _BELL_NAMED.finditer(form)) or any(
        a_person(match.group(1)) and match.group(1).lower() not in _BELL_VALUES
        and match.group(1).lower() not in _BELL_PARTS for match in _BELL_NAMED_BARE.finditer(form))


# An honorific written after a full name (twenty-eighth attack: `Gift for Ilze Bērziņa kundze, thanks`): Kazakh
# `ханым` (Mrs), `мырза` (Mr), Latvian `kundze` (Mrs), `kungs` (Mr), `jaunkundze` (Miss) and their dative (`kundzei`,
# `kungam`: for Mrs, for Mr). Two or three words opening with a capital of any cased alphabet before it
# (postal.CAPITAL_LETTERS: Kazakh capitals that look Latin fold to Latin ones), the honorific ending the text or a
# clause. Lexicon data, read as folded, a scan for its forms in C first. (forty-sixth attack) Japanese romanized, in
# lower case after a blank or a hyphen (`Okurisaki: Quildersen Ottavine sama`, `Tanaka Yui-sensei`): `sama`, `san`,
# `sensei`, `dono`.
_TITLES_AFTER = {"Kazakh": "ханым мырза", "Latvian": "kundze kungs jaunkundze kundzei kungam",
                 "Japanese (romanized)": "sama san sensei dono"}
_TITLES_AFTER_FORMS = "|".join(sorted({canonical(word)[0] for line in _TITLES_AFTER.values() for word in line.split()},
                                      key=longest_first))
_CASED_WORD = f"[{CAPITAL_LETTERS}][^\\W\\d_]{{1,29}}"
# (closer 110) Japanese writes its honorific after a romanized name in its own script too, maybe glued (`面接予約：…
# Idris 様`, `… Quendrix様`): `様`, `さま`, `殿`, and the everyday `さん`, `くん` (closer 141: a trial's mail, `…さん、
# トライアルは…`), not opening a word (`様式`: a form; `さんかく`), as after a name in kanji (postal._NAME_HONORED: a
# particle may follow).
_TITLES_AFTER_IN_KANA = {"Japanese": "様 さま 殿 さん くん"}
_KANA_TITLES_AFTER = "|".join(sorted({word for line in _TITLES_AFTER_IN_KANA.values() for word in line.split()},
                                     key=longest_first))
_TITLED_AFTER = re.compile(f"(?<![^\\W\\d_])(?:{_CASED_WORD}[ \\t]{{1,3}}){{1,2}}{_CASED_WORD}(?:([ \\t]{{1,3}}|-)"
                           f"({_TITLES_AFTER_FORMS})(?=[ \\t]{{0,3}}(?:$|[,.;:!?)\\n\"]))"
                           f"|[ \\t]{{0,3}}(?:{_KANA_TITLES_AFTER})"
                           f"(?!(?![へのはがにともよで])[\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff]))")
# (`san` after a blank ends a title as often, `Hello Kitty san`: read glued by its hyphen only, `Tanaka Yui-san`)
_GLUED_ONLY = "san"
_TITLE_AFTER_CUE = re.compile(f"[ \\t-](?:{_TITLES_AFTER_FORMS})|{_KANA_TITLES_AFTER}")
# The honorifics of Burmese (`ဦး`, Mr; `ဒေါ်`, Mrs; `မောင်`, a young man) and Khmer (`លោក`, Mr; `លោកស្រី`, `អ្នកស្រី`,
# Mrs; `កញ្ញា`, Miss), scripts without capitals, after a blank or a mark, then a blank and one to three words of
# their script, ending the text or a clause (`Gift for ဒေါ် ခင်မာလာဝင်း, thanks`); read as folded (the canonical form
# drops their vowel signs). Lexicon data; a scan for them in C first.
_SCRIPT_TITLES = {"Burmese": "ဦး ဒေါ် မောင်", "Khmer": "លោក លោកស្រី អ្នកស្រី កញ្ញា"}
_SCRIPT_TITLE_FORMS = "|".join(sorted({canonical(word)[0] for line in _SCRIPT_TITLES.values() for word in line.split()},
                                      key=longest_first))
_SCRIPT_NAME_WORD = "(?:[\u1000-\u109f]{2,30}|[\u1780-\u17ff]{2,30})"
_SCRIPT_TITLED = re.compile(f"(?:^|(?<=[\\s\"(,:]))(?:{_SCRIPT_TITLE_FORMS})[ \\t]{{1,3}}{_SCRIPT_NAME_WORD}"
                            f"(?:[ \\t]{{1,3}}{_SCRIPT_NAME_WORD}){{0,2}}"
                            "(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"\u104a\u104b\u17d4\u17d5]))")
_SCRIPT_TITLE_CUE = re.compile(f"(?:{_SCRIPT_TITLE_FORMS})[ \\t]")


def _hands(form: str) -> bool:
    """Whether `form`'s first `z. Hd.` or `t.n.v.` is before a person's name (_FOR_THE_HANDS; one search)."""
    match = _FOR_THE_HANDS.search(form)
    if match is None:
        return False
    dutch, title, name = match.groups()
    return a_person(name) and (not dutch or bool(title) or INITIAL.match(name) is not None)


def titled_after_or_in_script(form: str) -> bool:
    """Whether `form` holds a full name before an honorific written after it (_TITLED_AFTER) or a Burmese or Khmer
    honorific before a name (_SCRIPT_TITLED); text outside ASCII or holding a blank and a title's form (C scans)."""
    is_ascii = form.isascii()
    return ("kun" in form or "sa" in form or "sensei" in form or "dono" in form or not is_ascii) and (
        _TITLE_AFTER_CUE.search(form) is not None) and any(
        match.group(2) != _GLUED_ONLY or match.group(1) == "-" for match in _TITLED_AFTER.finditer(form)) or (
        not is_ascii and _SCRIPT_TITLE_CUE.search(form) is not None and _SCRIPT_TITLED.search(form) is not None)


# The titles' letters _HONORED needs, in one scan in C (fifteen substring scans before: every user agent holds `M`
# and `S`, `Mozilla` and `Safari`, and paid them all); those with no `M` alone for `cued`, which passes every `M`.
_TITLED_WITHOUT_M = re.compile(r"S(?:ra|hri|mt)|Janab|Ratu |Adi |Tui |Fon |Ishe "
                               r"|B(?:w|i\.)|M(?:udane|arwo|numzane|nr|ev|ej)|N(?:kosazana|kosikazi|tate)")
_HONORED_CUE = re.compile(r"M(?:r|s|x|iss|me|lle)|" + _TITLED_WITHOUT_M.pattern)
# ... no real user agent holds them: a user agent's field opening with one is read as a whole text, where `honored`
# on the whole would miss it (detector's cue for a plain user agent, a scan of its own)
TITLE_LETTERS = _HONORED_CUE.pattern


def honored(form: str) -> bool:
    """Whether `form` holds an honorific and a name in running text (_HONORED; the titles' letters in C first)."""
    return _HONORED_CUE.search(form) is not None and _HONORED.search(form) is not None


def _titled_without_m(form: str) -> bool:
    """Whether `form` holds the letters of a title of _HONORED that opens with no `M` (`cued` passes every `M`)."""
    return _TITLED_WITHOUT_M.search(form) is not None


def spoken(form: str) -> bool:
    """Whether `form` holds a chat transcript's speaker, a word for a person and a full name in brackets (_SPEAKER), or
    a full name and their side's tag in brackets (_TAGGED_SPEAKER; `):` in C first)."""
    return "):" in form and (any(a_person(match.group(1)) for match in _SPEAKER.finditer(form)) or any(
        a_person(match.group(1)) and not a_product(match.group(1)) for match in _TAGGED_SPEAKER.finditer(form)))


# (closer 156) A help page's or a tag's title word in brackets is no speaker's name (`[Order Status]: hi there`).
_HELP_TITLE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "status tracking guide info information faq help returns refunds shipping delivery policy update updates news "
    "notice details overview account settings support contact hours chart sizes size "
    "sendungsstatus hilfe versand lieferung rückgabe statut suivi aide livraison estado envío ayuda devoluciones "
    "stato spedizione aiuto reso").split())


def _bracketed(form: str) -> bool:
    """Whether a speaker in brackets (_BRACKETED) opens a line of `form` they said in the first person (the rest of
    its line searched once; `[` and `]` in C first)."""
    if "]" not in form or "[" not in form:
        return False
    for match in _BRACKETED.finditer(form):
        if match.group(1) is not None and (not a_person(match.group(1)) or not _HELP_TITLE_WORDS.isdisjoint(
                word.lower() for word in match.group(1).split())):
            continue
        if greetings.TITLE_AFTER_SEPARATOR.match(form, match.end()) is not None:
            continue  # (an account's title after it, no line said: greetings reads a holder's name there)
        end = form.find("\n", match.end())
        if _FIRST_PERSON.search(form, match.end(), len(form) if end < 0 else end) is not None or (
                _GREETS_OR_ASKS.match(form, match.end()) is not None):
            return True
    return False


# (closer 147) ... or a line said that opens with a greeting's word in lower case after the colon (`[…]: hi,
# refund?`); a tag's line does not greet (`[Size Guide]: see chart`).
_GREETS_OR_ASKS = re.compile("[ \t]{0,3}:[ \t]{0,3}(?:(?:hi|hello|hey|hallo|bonjour|salut|hola|ciao|ola|hej|hoi)"
                             "(?![^\\W\\d_]))")
# (closer 147) A chat's agent by their role's word and one given name opening a line, then the line said in lower
# case (`Agent …: happy to help`), the role's words by language; not a bot's (`Agent Bot: hi`). A brand naming an
# agent is read alike (`Agent Provocateur: new in`): a drop accepted.
_AGENT_WORDS = ("agent|support agent|operator|advisor|adviser|berater|beraterin|mitarbeiter|mitarbeiterin|"
                "conseiller|conseillere|agente|asesor|asesora|operatore|operatrice|medewerker|medewerkster|konsultant")
_AGENT_NAMED = re.compile(f"(?:^|(?<=[\\n\"\\]]))[ \\t]{{0,3}}(?i:{_AGENT_WORDS})[ \\t]{{1,3}}({WORD})[ \\t]{{0,3}}:"
                          "[ \\t]{1,3}[a-z]")
_NOT_AGENTS = frozenset("bot chatbot assistant ai auto system".split()) | frozenset(  # (closer 156)
    # a software's feature after `Agent`, by language (`Agent Assist:`, `Agent Desk:`, `Agent Workspace:`)
    "assist assistance copilot desk workspace mode builder studio console portal dashboard hub inbox center centre "
    "panel app tools toolkit network view login chat handoff escalation transfer status queue routing "
    "arbeitsplatz bureau escritorio scrivania".split())
# (closer 156) A French agent noun after `Agent` is a brand's or a title's word, no given name (`Agent Provocateur`)
_AGENT_NOUN = re.compile(r"[a-z]{4,}(?:eur|euse|trice)")
def _agent_named(form: str) -> bool:
    """Whether a chat's agent's role word and given name open a line of `form` (_AGENT_NAMED)."""
    return any(a_person(match.group(1)) and not a_product(match.group(1)) and match.group(1).lower() not in (
        _NOT_AGENTS) and _AGENT_NOUN.fullmatch(match.group(1).lower()) is None for match in _AGENT_NAMED.finditer(form))


# (closer 147) A family name after German's `Frau` or `Herr` after a title's dash, before an aside holding a number of
# four digits at least (a ticket's or a complaint's customer: `Reklamation – Frau … (Bestellung 5512)`); `Frau`
# elsewhere opens a title as often (`Frau Holle`, `Märchen – Frau Holle (Band 2)`). A year is no order's number
# (closer 154: an edition's `Frau Holle (Ausgabe 1812)`): four digits from 1500 to 2099 alone are not read.
_MADAM_BEFORE_NUMBERED_ASIDE = re.compile(f"(?<=[ \\t]-)[ \\t]{{1,3}}(?:Frau|Herr)[ \\t]{{1,3}}({WORD})"
                                          "[ \\t]{1,3}\\([^()\\n]{0,30}(?:[0-9]{5}"
                                          "|(?!(?:1[5-9][0-9]{2}|20[0-9]{2})(?![0-9]))[0-9]{4})")


def _crm_person(form: str, match: re.Match[str]) -> bool:
    """Whether _CRM_NAMED's `match` in `form` holds a person's full name: not a team's or a department's, its next word
    read too (closer 141: `contact: Accounts Payable team`; role_labels.a_team_or_state)."""
    after = form[match.end(1):match.end(1) + 40].split()
    return a_person(match.group(1)) and not a_team_or_state(f"{match.group(1)} {after[0] if after else ''}") and (
        not postal._place_or_business(match.group(1)))  # (an office's: `contact: School Office`, closer 163)


def _crm_cued(form: str) -> bool:
    return ":" in form and ("contact" in form or "prospect" in form)  # (_CRM_NAMED's words)


# The cues `cued` searches that the detector's cue scan reads too (cue_grams.py), the n-th its bit 1 << n in `held`:
# a clear bit says the pattern can open on no piece of the text, so its search is skipped (the same answer).
SCANNED = (_TITLED_WITHOUT_M, _GERMAN_PARTY_CUE, _FILED_CUE, _TITLED_FILED_CUE)
_TITLED_WITHOUT_M_BIT, _GERMAN_PARTY_BIT, _FILED_BIT, _TITLED_FILED_BIT = (
    1 << number for number in range(len(SCANNED)))
_EVERY_BIT = (1 << len(SCANNED)) - 1


def cued(form: str, held: int = _EVERY_BIT) -> bool:
    """Whether `form` holds a substring one of the layouts needs (the detector tests it before calling `reason`;
    `held`: the cue scan's bits of `form` for SCANNED, every bit when not scanned)."""
    # (every layout's name has a blank or a tab between its words, but a speaker's in brackets: an id or a click id
    # pays three scans, no more)
    return (" " in form or "\t" in form) and (
        "m " in form or "M" in form or "er " in form or "nt " in form or "is " in form or "--" in form
        or held & _TITLED_WITHOUT_M_BIT and _TITLED_WITHOUT_M.search(form) is not None  # (_titled_without_m, inline)
        or "ame" in form and ":" in form  # (a label naming a person's name before words in lower case)
        or "):" in form  # (a chat transcript's speaker)
        or "," in form and _APPOSED_CUE.search(form) is not None  # (an apposition, a relation: `related`)
        or "/" in form and ("/o" in form or "/O" in form)
        or ":" in form and _crm_cued(form)  # (its colon in C first, inline: no call)
        # (a German party's word opening a part after a dash or a line: _GERMAN_PARTY)
        or held & _GERMAN_PARTY_BIT and (
            "- " in form or "\n" in form or "," in form or "|" in form or ";" in form) and (
            _GERMAN_PARTY_CUE.search(form) is not None)
        or _sole_trader_cued(form) and _SOLE_TRADER.search(form) is not None  # (a sole trader's form: closer 110)
        or held & _FILED_BIT and _FILED_CUE.search(form) is not None  # (a number, a dash, a capital: closer 117)
        # (a code, a dash and an honorific: a file's or a booking's holder, closer 127)
        or held & _TITLED_FILED_BIT and " - " in form and _TITLED_FILED_CUE.search(form) is not None
        or "Hd." in form or ".v." in form or ".V." in form  # (`z. Hd.`, `t.n.v.` before a name: _FOR_THE_HANDS)
        or ") joined" in form  # (a member's name before a handle and a join's verb: _JOINED_WITH_HANDLE)
        # (a family name after `Herrn`, `Attn`, `Klingel:`: read here: their cues are common letters)
        or _one_name_cued(form) and _named_once(form)
        # (an honorific after a name, _TITLED_AFTER: its Latvian forms hold `kun`; Burmese and Khmer: _SCRIPT_TITLED)
        or ("kun" in form or "sa" in form or "sensei" in form or "dono" in form or not form.isascii()) and (
            _TITLE_AFTER_CUE.search(form) is not None)
        or not form.isascii() and _SCRIPT_TITLE_CUE.search(form) is not None
        or not form.isascii() and _CASELESS_CUE.search(form) is not None
        # (a delivery's hand-over phrase in Cyrillic, whose words in lower case _NEW_CUES does not read)
        or not form.isascii() and _DELIVERY_CUE.search(form) is not None
        # (... and one with its colon, `Versand an: …`, which leaves no lower-case word before a blank and a capital)
        or ":" in form and _DELIVERY_CUE.search(form) is not None
        # (a title's words all open in capitals: a self-introduction written so is self_introductions.cued's)
        or not form.istitle() and _NEW_CUES.search(form) is not None
        or self_introductions.cued(form)) or (
        "]" in form and "[" in form  # (a speaker in brackets; in Han characters with no blank: `[陳大文]：我要退货`)
        or not form.isascii() and self_introductions.cued_without_blank(form))  # (Tibetan writes none)


# (closer 161) A day's adverb inside a hand-over phrase makes it a log's line, no title's, even as the whole text
# (`Collected today by …`).
_DAY_ADVERB = re.compile(r"(?i:[ \t](?:today|tomorrow)[ \t])")


def _handed(form: str) -> bool:
    """Whether `form` holds a hand-over phrase and a person's full name; opening a clause with its capital, not before
    a determiner nor with its full name the whole text (_HANDED_OPENING)."""
    if any(a_person(match.group(1)) for match in _HANDED.finditer(form)):
        return True
    return any(a_person(match.group(1)) and (match.start() > 0 or match.end() < len(form) or (
                   _DAY_ADVERB.search(match.group(0)) is not None))
               and match.group(1).split(None, 1)[0].lower() not in _DETERMINERS
               for match in _HANDED_OPENING.finditer(form))


def introduced_reason(form: str) -> str:
    """PERSON_NAME when canonical `form`, a URL path with a line break for each `/`, holds a self-introduction and a
    name (self_introductions.introduced_in_segments: a sentence, not a slug's words), or words in lower case after a
    label naming a person's name (_LOWER_LABELLED), or a chat speaker (_bracketed, spoken), or an honorific and a name
    in a segment's running text (honored), or an apposition or a relation (related), or ""."""
    if self_introductions.introduced_in_segments(form) or postal.greeted_in_segments(form):
        return PERSON_NAME
    if "ame" in form and ":" in form and _lower_labelled(form):  # (a field's layout: a segment ends it)
        return PERSON_NAME
    # (a chat speaker in brackets opening a segment, the line they said in it in the first person, a chat line's
    # speaker, an honorific before a name in running text are no slug's words either: twenty-third attack,
    # `[Gwenllian Prichard]: ble mae fy mharsel?`, `/u/[10:02] Client (Jordi Puigcer): …/orders`, a user agent's
    # `Wish list of Mrs Aoife Kavanagh`)
    if _bracketed(form):
        return PERSON_NAME
    if spoken(form) or honored(form) and any(honored(line) for line in form.split("\n")):  # (each a whole text)
        return PERSON_NAME
    if related(form):  # (an apposition, a relation, an honorific: a sentence's layouts, no slug's)
        return PERSON_NAME
    if titled_after_or_in_script(form) and any(titled_after_or_in_script(line) for line in form.split("\n")):
        return PERSON_NAME  # (an honorific after a name, or Burmese's or Khmer's before one, in a segment's sentence)
    return ""


def _role_before_name(form: str) -> bool:
    """Whether `form` holds a person's word in lower case before a full name in running text (_ROLE_BEFORE_NAME), or a
    relation of the writer's (_OWN_RELATION_NAMED)."""
    for match in _ROLE_BEFORE_NAME.finditer(form):  # (loops, as _party_named's)
        if a_person(match.group(1)) and not a_thing(match.group(1)):
            return True
    for match in _OWN_RELATION_NAMED.finditer(form):
        if a_person(match.group(1)) and not a_thing(match.group(1)) and (
                match.group("aged") or word_before(form, match.start()).lower() not in _DEDICATIONS):
            return True
    return False


def _member_named(form: str) -> bool:
    """Whether `form` names a person after a person's word (_PERSON_NAMED), maybe before a handle
    (_PERSON_WITH_HANDLE), or a member before a handle and `joined` (_JOINED_WITH_HANDLE)."""
    return ("er " in form or "ent " in form) and (_PERSON_NAMED.search(form) is not None or "(" in form and any(
        a_person(match.group(1)) and not a_thing(match.group(1)) and not _a_servers_member(match.group(1))
        for match in _PERSON_WITH_HANDLE.finditer(form))) or (  # (each of _PERSON_WORDS' ends)
        ") joined" in form and any(_joined_member(match) for match in _JOINED_WITH_HANDLE.finditer(form)))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name in one of the layouts above, or "" (substring scans in C
    before each pattern: most values hold none of their cues)."""
    if _one_name_cued(form) and _named_once(form):  # (first: `cued` read it already, when no other cue passed)
        return PERSON_NAME
    if self_introductions.introduced(form) or ":" in form and _agent_named(form):
        return PERSON_NAME
    if _member_named(form):
        return PERSON_NAME
    if _HAND_OVER_CUES.search(form) is not None and _handed(form):
        return PERSON_NAME
    if _party_named(form) or _filed_name(form) or document_named(form) or " - " in form and (
            _titled_filed(form)):
        return PERSON_NAME
    if _DELIVERY_CUE.search(form) is not None and _delivered(form):
        return PERSON_NAME
    if "ame" in form and ":" in form and _lower_labelled(form):
        return PERSON_NAME
    # (below, each rule's own first substring tests, inline: a title that holds none of them pays no call)
    if "):" in form and spoken(form):
        return PERSON_NAME
    if "]" in form and _bracketed(form):
        return PERSON_NAME
    if ":" in form and _crm_cued(form) and any(_crm_person(form, match) for match in _CRM_NAMED.finditer(form)):
        return PERSON_NAME
    if honored(form) or ("," in form or "/o" in form or "/O" in form or not form.isascii()) and related(form) or (
            _role_before_name(form)):
        return PERSON_NAME
    if ("Hd." in form or ".v." in form or ".V." in form) and _hands(form):
        return PERSON_NAME
    if titled_after_or_in_script(form):  # (its cues in C first)
        return PERSON_NAME
    if "--" in form and (any(a_person(match.group(1)) for match in _SIGNED.finditer(form))
                         or not form.isascii() and _signed_caseless(form)):
        return PERSON_NAME
    return ""
