"""The other member a dating site's notice names, and a member's record made out to them (closer 205, ninetieth
attack: dating and matchmaking). Each rule reads a layout and a vocabulary by language, never a case's strings:

- a match's, a like's or a gift's word with its preposition before a full name ending its clause (`Du hast ein Match
  mit …!`, `Vous avez un nouveau match avec …`, `Super Like sent to …`, `Rose sent to … ($3.99)`): _MATCHED (not a
  gift's `for` before a full name: a gift is bought for an audience written so as often, `Gift for Coffee Lovers`);
  not a thing or an occasion (`Gift subscription for Valentine's Day`, `Match with Confidence`);
- a report's or a block's word naming its member, with its label's colon or its preposition, before a full name
  ending its clause or followed by the report's reason (`Report user: … – fake profile`, `Meldung über Nutzerin …`,
  `Signalement de … pour harcèlement`): _REPORTED; not a page's title (`Report a problem – Tinder Help`);
- a record made out to a member: three fields or more set off by dashes between blanks, the last a full name filling
  it, after a field holding a record's number (five digits or more: `Invoice INV-… – Parship Premium 12 Monate – …`)
  or a plan's period (a count and a unit of time: `Tinder Gold – 1 month – …`): _made_out; and a
  record's number before `filed by`, `submitted by` (`Safety report #… filed by …`): _FILED_BY. Not a plan's title
  alone (`Invoice – Parship Premium 12 Monate`), nor a public title whose last field names no person.

cued_names.reason calls `reason` on a canonical form holding one of CUE_STEMS (its cue scan, in the lower-cased form).
"""

from __future__ import annotations

import re
from typing import Callable

from .canonical import canonical, table_alternation
from .given_names import a_given_name, a_things_words
from .lower_case_names import a_doers_plural, a_full_name_in_any_case, a_matched_full_name, a_name_word
from .name_shapes import (
    FAMILY_FIRST,
    FULL_NAME,
    FULL_NAME_ANY_WAY,
    PARTICLE_WORDS,
    a_family_name_by_its_shape,
    a_person,
    a_product,
    a_written_style,
    name_parts,
    name_reading,
)
from .role_labels import CLUB_AND_BREED_WORDS
from .standing_names import a_kind_not_a_name

PERSON_NAME = "holds a person's name"


# What ends a name in a notice: the text's end, a mark (`!`, a bracket, a comma), a dash between blanks, or a
# preposition of the reason that follows (`pour harcèlement`, `for spam`, `wegen`, `por`).
_NAME_ENDS = (r"(?=[ \t]{0,3}(?:$|[!?,.;)(\n\"])|[ \t]{1,3}[-\u2013\u2014|][ \t]"
              r"|[ \t]{1,3}(?:pour|for|wegen|por|per|voor|para|due)[ \t])")

# A match's, a like's and a virtual gift's words with the preposition naming the other member, by language.
_MATCHES = {
    "English": "match with|matched with|new match with|like sent to|super like sent to|superlike sent to|"
               "rose sent to|roses sent to|compliment sent to|wink sent to|flirt sent to|gift sent to",
    "German": "match mit|ein match mit|like an|super like an|superlike an|rose an|flirt an",
    "French": "match avec|like envoyé à|super like envoyé à|rose envoyée à|flirt envoyé à",
    "Spanish": "match con|like enviado a|super like enviado a|rosa enviada a",
    "Italian": "match con|like inviato a|super like inviato a",
    "Portuguese": "match com|like enviado para|super like enviado para",
    "Dutch": "match met|like verstuurd naar|super like verstuurd naar",
}
# (closer 213, review 38) the member's name capitalized, in lower case (`Match with orla quenby`), or family first
# (`Report user: Quenby, Orla`); (closer 218, review 40) written any common way (name_shapes.FULL_NAME_ANY_WAY: in
# capitals, hyphen, apostrophe, initial, particles): _member_named reads which.
_MEMBER = f"(?:{FULL_NAME_ANY_WAY}|{FAMILY_FIRST})"
_MATCHED = re.compile(f"(?<![^\\W\\d_])(?i:{table_alternation(_MATCHES)})[ \\t]{{1,3}}{_MEMBER}{_NAME_ENDS}")

# A report's or a block's words naming the member reported, by language, before its label's colon or as a
# preposition's phrase.
_REPORTS = {
    "English": "report user|report member|report profile|reported user|reported member|reported profile|"
               "blocked user|blocked member|report against|report on user|report on member",
    "German": "meldung über|meldung über nutzer|meldung über nutzerin|meldung über mitglied|gemeldeter nutzer|"
              "gemeldete nutzerin|gemeldetes mitglied|blockierter nutzer|blockierte nutzerin",
    "French": "signalement de|signalement du membre|signalement de l'utilisateur|signalement de l'utilisatrice|"
              "utilisateur signalé|utilisatrice signalée|membre signalé|membre signalée",
    "Spanish": "denuncia de|denuncia contra|usuario denunciado|usuaria denunciada|reporte de usuario",
    "Italian": "segnalazione di|segnalazione contro|utente segnalato|utente segnalata",
    "Portuguese": "denúncia de|denúncia contra|usuário denunciado|usuária denunciada",
    "Dutch": "melding over|gemelde gebruiker|geblokkeerde gebruiker",
}
_REPORTED = re.compile(f"(?<![^\\W\\d_])(?i:{table_alternation(_REPORTS)})[ \\t]{{0,3}}:?[ \\t]{{1,3}}{_MEMBER}"
                       f"{_NAME_ENDS}")

# (closer 211) A gift of a plan by language (a subscription, a membership), its plan's name maybe between, and its
# `for` before a full name ending the text (`Gift subscription: Hinge+ for …`): the member it is given to. Not a gift's
# `for` alone, which names an audience as often (`Gift for Coffee Lovers`), nor a plan's period (`… for 3 months`).
_GIFTED_PLANS = {
    "English": "gift subscription|gift membership|gifted subscription|gifted membership|subscription gift",
    "German": "geschenkabo|geschenk-abo|geschenkabonnement|geschenkmitgliedschaft|abo als geschenk",
    "French": "abonnement cadeau|abonnement offert|carte cadeau abonnement",
    "Spanish": "suscripción de regalo|suscripción regalo|membresía de regalo",
    "Italian": "abbonamento regalo|abbonamento in regalo", "Dutch": "cadeauabonnement|cadeau-abonnement",
}
_GIFT_FOR = {"English": "for", "German": "für", "French": "pour", "Spanish": "para", "Italian": "per", "Dutch": "voor"}
_GIFTED_PLAN_FOR = re.compile(
    f"(?<![^\\W\\d_])(?i:{table_alternation(_GIFTED_PLANS)})(?![^\\W\\d_])[^\\n]{{0,40}}?[ \\t]{{1,3}}"
    f"(?i:{table_alternation(_GIFT_FOR)})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}}[.!]?$")

# A record's number before the verb naming who filed it.
_FILED_BY = re.compile(f"(?<![0-9])#?[0-9]{{5,}}[ \\t]{{1,3}}(?i:filed|submitted|opened|raised|reported|"
                       f"eingereicht|déposé|presentado)[ \\t]{{1,3}}(?i:by|von|par|por)[ \\t]{{1,3}}({FULL_NAME})"
                       f"{_NAME_ENDS}")

# A record's fields set off by dashes between blanks; a field holding a record's number, or a plan's period.
# (not a bar: a campaign's name sets its parts apart so, `DE | Prospecting | …`)
_DASH = re.compile("[ \\t]{1,3}[-\u2013\u2014][ \\t]{1,3}")
# (a record's number: the detector's cue scan reads it too, a text holding none pays no call to numbered_member)
RECORD_NUMBER = re.compile("(?<![0-9])[0-9]{5,}")
_PERIODS = {"English": "day|days|week|weeks|month|months|year|years|mo|yr",
            "German": "tag|tage|woche|wochen|monat|monate|jahr|jahre",
            "French": "jour|jours|semaine|semaines|mois|an|ans|année|années",
            "Spanish and Portuguese": "día|días|dia|dias|semana|semanas|mes|meses|año|años|ano|anos",
            "Italian": "giorno|giorni|settimana|settimane|mese|mesi|anno|anni",
            "Dutch": "dag|dagen|week|weken|maand|maanden|jaar|jaren"}
_PERIOD = re.compile(f"(?<![0-9])[0-9]{{1,2}}[ \\t]{{0,2}}(?i:{table_alternation(_PERIODS)})(?![^\\W\\d_])")
_LAST_NAME_FIELD = re.compile(f"({FULL_NAME})[ \\t]{{0,3}}$")

# The stems a text holds for a rule here to read it (cued_names' cue scan, lower case).
# (a dash folds to `-` in the canonical form)
CUE_STEMS = sorted({canonical(stem)[0].lower() for stem in (
    "match|like|rose|compliment|wink|flirt|gift|geschenk|cadeau|regal|offert|report|blocked|meldung|gemeldet|"
    "blockiert|signal|denunc|segnala|melding|gemelde|geblokkeerd|filed|submitted|eingereicht|depose|"
    "presentado").split("|")} | {canonical(period)[0].lower() for line in _PERIODS.values()
                                    for period in line.split("|") if len(period) > 2})  # (a plan's period, _made_out)


# (closer 209, review 37) What a dating app's notice, plan or report writes where a member's name would stand, by
# language: an audience, a profile's quality, a report's reason, an offer's or a venue's words (`Match with Verified
# Profiles`, `Report user: Fake Profile`, `Meetic – 3 mois – Offre Spéciale`, `Hotel … – 2 nights – Grand Hyatt`),
# beside the common English words lower_case_names.a_name_word already reads (`Top Picks`, `Best Value`).
_NOTICE_WORDS = {
    "English": "singles people profile profiles member members user users picks standouts matches verified real fake "
               "spam scam scammer bot inappropriate offensive abusive content photo photos account suspended banned "
               "best value most popular free trial save special offer deal grand",
    "German": "singles menschen echte echten profil profile mitglied mitglieder nutzer verifiziert verifizierte "
              "verifizierten gefälscht gefälschtes falsches unangemessen unangemessene unangemessener inhalt inhalte "
              "foto fotos konto gesperrt bestes beste bester angebot jetzt sparen testen gratis kostenlos beliebt "
              "beliebteste",
    "French": "célibataires célibataire personnes profil profils membres vérifié vérifiés vérifiée vérifiées faux "
              "fausse contenu inapproprié inappropriée photos compte suspendu offre spéciale meilleur meilleure "
              "populaire essai gratuit",
    "Spanish": "solteros solteras personas perfil perfiles falso falsa miembros verificados verificadas contenido "
               "inapropiado fotos cuenta suspendida oferta especial mejor popular prueba gratis",
    "Italian": "single persone profilo profili falso falsa membri verificati contenuto inappropriato foto account "
               "sospeso offerta speciale migliore popolare prova gratuita",
    "Portuguese": "solteiros solteiras pessoas perfil perfis falso falsa membros verificados conteúdo inapropriado "
                  "fotos conta suspensa oferta especial melhor popular teste grátis",
    "Dutch": "singles mensen echte profiel profielen nep leden geverifieerd geverifieerde ongepast ongepaste inhoud "
             "account geschorst aanbieding beste populair gratis proberen",
}
_NOTICE_WORD_SET = frozenset(canonical(word)[0].lower() for line in _NOTICE_WORDS.values() for word in line.split())


def _no_vocabularys_words(name: str) -> bool:
    """Whether no capitalized word of `name` is a vocabulary's (lower_case_names.a_name_word: common English words, a
    place's, a brand's, a standing's, a time's; or _NOTICE_WORDS): a member's name, not a page's, an audience's or an
    offer's two capitalized words (`Like sent to Top Picks`, `Tinder Gold – 1 month – Best Value`). A particle in
    lower case (`van`, `de`) and an initial (`Q.`) are a name's."""
    return all(not a_vocabulary_word(word.lower()) for word in name.split()
               if word[:1].isupper() and len(word.rstrip(".")) > 1)


def a_vocabulary_word(word: str) -> bool:
    """Whether `word` in lower case is a vocabulary's (lower_case_names.a_name_word) or a dating notice's
    (_NOTICE_WORDS), no name's (closer 210: handles._running_text_account reads an account's words so)."""
    return not a_name_word(word) or word in _NOTICE_WORD_SET


def _a_member(name: str, a_name: Callable[[str], bool]) -> bool:
    """Whether `name` is a person's (`a_name`) whose words no vocabulary holds (_no_vocabularys_words) and no
    occasion's possessive (`Valentine's Day`, `Mother's Day`: a given name never ends in `'s`), nor a thing's or an
    audience's words of the gate's other languages (closer 215, review 39: given_names.a_things_words reading
    common_words: `für Neue Eltern`, `für Tee Trinker`, `for Christmas Eve`; `Elena Klein` stays a name)."""
    return a_name(name) and not a_product(name) and not any(
        word.endswith(("'s", "\u2019s")) for word in name.split()) and _no_vocabularys_words(name) and not (
        a_things_words(name))


def _made_out(form: str, a_name: Callable[[str], bool]) -> bool:
    """Whether `form` is a record's fields set off by dashes, the last a full name filling it (`a_name`), after a
    field holding a record's number or a plan's period (RECORD_NUMBER, _PERIOD)."""
    fields = _DASH.split(form)
    # (three fields at least: a number and two capitalized words alone are a register's or a shop's title as often,
    # `Gas Safe Register no. 123456 – Check an Engineer`, `Anfrage Nr. 55120: Kranz – Weiße Rosen`; review 24, 33-35)
    if len(fields) < 3:
        return False
    last = _LAST_NAME_FIELD.fullmatch(fields[-1])
    if last is None or not _a_member(last.group(1), a_name):
        return False
    return any(RECORD_NUMBER.search(field) is not None or _PERIOD.search(field) is not None
               for field in fields[:-1])


# (closer 213, review 38) A match's record (`Match ID …`, `Match #…`): the member is certain after its number, so its
# number's colon sets the name off too, a third field (a status) may follow, and the name may be written family first.
_MATCH_RECORD = re.compile("(?i:match)(?![^\\W\\d_])")


def _numbered_name(name: str, a_match: bool) -> str:
    """The full name a record's field holds, as `Given Family` capitalized, or "": two words, or a particle in lower
    case between them (name_shapes.PARTICLE_WORDS: `Orla van Quenby`), in any case (`orla quenby`, `ORLA QUENBY`);
    on a match's record, family first too (`Quenby, Orla`: a known given name after the comma)."""
    words = name.split()
    if a_match and len(words) == 2 and words[0].endswith(",") and a_given_name(words[1]):
        words = [words[1], words[0][:-1]]
    if len(words) == 3 and words[1].lower() in PARTICLE_WORDS and (words[1].islower() or name.isupper()):
        words = [words[0], words[2]]
    if len(words) != 2:
        return ""
    if name.islower() or name.isupper():
        words = [word[:1].upper() + word[1:].lower() for word in words]
    return " ".join(words) if _LAST_NAME_FIELD.fullmatch(" ".join(words)) is not None else ""


def numbered_member(form: str) -> bool:
    """(closer 207) Whether canonical `form` is two fields set off by one dash between blanks, a record's number in the
    first (RECORD_NUMBER: `Match ID 739164-TND`, `Eventbrite order 77391642081`) and a full name filling the second
    that no vocabulary holds (lower_case_names.a_full_name_in_any_case, and a member's test, _a_member): a register's
    or a shop's title after its number holds a common word or three (`Gas Safe Register no. 123456 – Check an
    Engineer`, `Order 20245 – Summer Sale`, `Bestellung 12345 – Mein Konto`). (closer 213) The name in any case or with
    a particle (_numbered_name); on a match's record, after its number's colon too, or before a third field."""
    fields = _DASH.split(form)
    a_match = _MATCH_RECORD.search(fields[0]) is not None
    if len(fields) == 1 and a_match:
        head, _, rest = form.partition(":")
        fields = [head, rest] if rest else fields
    if len(fields) < 2 or len(fields) > 2 and not a_match or RECORD_NUMBER.search(fields[0]) is None:
        return False
    name = _numbered_name(fields[1].strip(), a_match)
    # (closer 217, review 40: a breed's or a club's words, as a congratulation reads them, `Golden Retriever`)
    return name != "" and _a_member(name, a_person) and a_full_name_in_any_case(name) and not a_kind_not_a_name(
        name, CLUB_AND_BREED_WORDS)


def _member_named(match: re.Match[str], a_name: Callable[[str], bool]) -> bool:
    """(closer 213, review 38) Whether a like's, a match's or a report's member (_MEMBER, read capitalized:
    name_shapes.name_reading) is a person: in lower case or in capitals, a full name no vocabulary holds
    (lower_case_names.a_full_name_in_any_case: the cue makes a member certain) and a member's (_a_member); family
    first, a known given name after the comma; capitalized, a member's, or a known given name no vocabulary holds
    before a family name that is a notice's word (_NOTICE_WORDS: `Orla Grand`, `Orla Deal`; `Top Picks` opens on no
    such given name, `Hugo Boss` ends on no notice's word); (closer 218) its words written otherwise, a person's full
    name written any common way (lower_case_names.a_matched_full_name: `Orla quenby`)."""
    given, family = name_parts(match)
    name = name_reading(given, family)
    words = name.split()
    if match.group("given_after") and not a_given_name(words[0]):
        return False
    styles = {a_written_style(given), a_written_style(family)}
    if styles in ({"lower"}, {"capitals"}):
        return a_full_name_in_any_case(name) and _a_member(name, a_name)
    if not styles <= {"capitalized", "initial"}:
        return a_matched_full_name(match) and _a_member(name, a_name)
    return _a_member(name, a_name) or a_given_name(words[0]) and not a_vocabulary_word(
        words[0].lower()) and canonical(words[1])[0].lower() in _NOTICE_WORD_SET and a_name(name)


# (closer 230, review 41) A match's record with a short number, the member, then a status or a score (`Match 12 – …
# – Accepted`): a fixture's, a shop's or a club's record is written so as often (`Match 12 – Real Madrid – 2:1`,
# `Match 5 – Harvey Nichols – Accepted`: no lexicon of brands), so its member is read only where the name's shape is a
# person's with no vocabulary asked: a known given name before a family name by its shape
# (name_shapes.a_family_name_by_its_shape: Arabic's article, `Mohammed Al-Farsi`; an East Asian or a Japanese family
# name, `yuki tanaka`; a Slavic ending, `Oleksandr Kovalenko`).
_SHORT_MATCH_RECORD = re.compile(f"^[ \\t]{{0,3}}(?i:match)[ \\t]{{1,3}}#?[0-9]{{1,4}}[ \\t]{{1,3}}-[ \\t]{{1,3}}"
                                 f"{FULL_NAME_ANY_WAY}[ \\t]{{1,3}}-[ \\t]{{1,3}}[^\\W_]")


def _a_member_by_shape(match: re.Match[str], a_name: Callable[[str], bool]) -> bool:
    """Whether a short match record's member (_SHORT_MATCH_RECORD) is a known given name and a family name by its
    shape, a member's (_a_member)."""
    given, family = name_parts(match)
    name = name_reading(given, family)
    return a_given_name(name.split()[0]) and a_family_name_by_its_shape(family) and _a_member(name, a_name)


def reason(form: str, a_name: Callable[[str], bool]) -> str:
    """PERSON_NAME when canonical `form` names a member by one of the layouts above (`a_name`: whether a name's words
    are a person's, no thing's, place's or business's), or ""."""
    for pattern in (_MATCHED, _REPORTED):
        if any(_member_named(match, a_name) for match in pattern.finditer(form)):
            return PERSON_NAME
    if any(_a_member(match.group(1), a_name) for match in _FILED_BY.finditer(form)):
        return PERSON_NAME
    if any(_a_member(match.group(1), a_name) and not a_doers_plural(match.group(1).split()[-1])
           for match in _GIFTED_PLAN_FOR.finditer(form)):
        return PERSON_NAME
    if " - " in form and _made_out(form, a_name):
        return PERSON_NAME
    if " - " in form and any(_a_member_by_shape(match, a_name) for match in _SHORT_MATCH_RECORD.finditer(form)):
        return PERSON_NAME
    return ""

