"""A full name typed in lower case after a cue that introduces a person (closer 197, narrowed by closer 199; reviews
33 and 34): the rules that read a person after a cue (a gift card's or a booking's `for`, a message's `from`, a bet's
`by`, a payout's `to`, a witness's, a sitter's or a tipster's label and its colon) ask capitalized words, and a name
typed as it came (`payment to orla quenby`, `Witness: orla quenby`) has none. Rather than each rule reading lower
case too, the text is read once more with such a name capitalized (titled), and the rules judge that reading: what
they claim there is what they claim of `for Given Family`.

Capitalization was the rules' sign of a name; without it the words must carry it, so the reading is narrow:
- the cue introduces a person: a preposition saying whom a thing is for, from, by or to, by language (_PREPOSITION),
  or a person's label and its colon (_a_persons_label: a party's, a kin's, a recruiter's, a bettor's, a witness's,
  a client's or a pro's word, by the gate's vocabularies), never a channel's nor a thing's label (`WhatsApp: chat now`,
  `Allergie: …`), nor a dash or a bracket;
- two words of letters only (three to twenty, ASCII lower case), ending the text or before a mark, a dash, a number
  or a small joining word (_ENDS), neither of them a word the gate knows as no name's (_a_name_word: a function
  word, a time's, a noun's ending, an occasion's, an audience's, a product's or a place's word by record_names,
  standings, brand_words, role_labels and postal, or a common English word of BIP39's list, its plural too).
A family name, a comma and the given name after the same cues is read given name first only when both words are
capitalized and the family name is no such word (`Payment to Quenby, Orla`; not `Allergie: Erdnüsse, Milch`). One
reading a text, made in one pass (linear).
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet

from . import key_lexicon
from .bip39_words import a_common_word
from .brand_words import BRAND_WORDS
from .canonical import canonical, phrase_alternation, table_alternation, table_phrases
from .common_words import a_common_word_in_a_language
from .geography import TOWNS_THAT_ARE_WORDS
from .given_names import a_common_words_not_a_name, a_given_name, two_name_syllables
from .home_services import CLIENT_WORDS, PRO_WORDS
from .name_shapes import (
    EAST_ASIAN_FAMILY_NAMES,
    INITIAL,
    SHORT_FAMILY_NAMES,
    WORD,
    a_family_name_by_its_shape,
    a_person,
    a_place_or_firm_word,
    a_written_style,
    an_east_asian_name_by_its_shape,
    name_parts,
    name_reading,
)
from .personal_keys import ATTRIBUTE_WORDS
from .postal import SALUTATIONS, _a_place
from .record_names import _a_lower_name
from .role_labels import _BETTORS, _WITNESS_LABELS, KIN, PICKUP_PEOPLE, RECRUITING_ROLES, _lexicon, a_team_or_state
from .standings import STANDING_WORDS

# Whom a thing is for, from, by or to, by language (English, German, French, Spanish, Italian, Dutch): not `of`, `de`,
# `van` nor `an`, which as often join a thing's words (`posters of …`, `a la atención de …`, `an …`).
_PREPOSITION = r"(?i:for|from|by|to|für|fur|von|pour|par|para|por|per|voor|door)"
# (closer 204) ... and a preposition's colon after a person's thing's word, by language (`Parcel for: …`, `Paket für:
# …`): a thing's label names a person's thing's addressee only so (`Suitable for: dry skin`).
_PERSONS_THINGS = (r"parcel|package|order|gift|present|delivery|letter|card|cake|booking|reservation|ticket|voucher"
                   r"|paket|paeckchen|packchen|bestellung|geschenk|lieferung|brief|karte|torte|buchung|colis|commande"
                   r"|cadeau|livraison|lettre|carte|gateau|paquete|pedido|regalo|entrega|carta|tarjeta|pastel|pacco"
                   r"|ordine|consegna|lettera|biglietto|torta|pakket|bestelling|cadeau|levering|kaart|taart")
_THING_FOR = f"(?i:{_PERSONS_THINGS})[ \\t]{{1,3}}(?i:for|fur|pour|para|per|voor)[ \\t]{{0,3}}:"
# (closer 204) A thanks' words by language, a tip's or a message's (`thanks maricel bautista`, `danke …`): the thanked
# person follows them as a preposition's does (`thanks for shopping` holds no name's pair).
_THANKS = (r"(?i:thanks|thank[ \t]you|thx|ty|danke|vielen[ \t]dank|merci|gracias|grazie|bedankt|dank[ \t]je"
           r"|dankjewel|obrigado|obrigada|dziekuje|tack|takk|tak)")
# ... and the words a thanks is said with besides a name, by language, canonical, lower case: an intensifier, a
# salutation, a crowd's word (`thanks mate cheers`, `danke schön leute`, `merci beaucoup madame`).
_THANKS_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "mate mates heaps lots loads guys gals folks everyone everybody fellow fellows buddy buddies bro bros bruv dude "
    "dudes cheers again much very sir madam mam maam dear lovely ladies gents friend friends fam team crew innit "
    "babe hun darling love luv peeps people travellers travelers viewers followers subs supporters "
    "schön schon sehr vielmals leute alle freunde euch ihnen lieben liebe "
    "beaucoup bien madame monsieur mesdames messieurs tous tout amis encore "
    "muchas muchos mucho amigos amigas todos todas chicos chicas señor señora "
    "mille tante tanto tutti amici ragazzi signore signora "
    "wel allemaal iedereen jongens vrienden "
    "muito muita todos amigos pessoal "
    "bardzo wszystkim serdecznie "
    "sa mycket alla er hjertelig mange").split())
# (closer 204) A person's document's or account's word before `of` (`passport of …`, `account of …`; not `posters of
# …`, a thing's).
_OWNED = (r"(?i:passport|licence|license|certificate|account|statement|profile|file|record|records|will|estate"
          r"|membership|registration|id[ \t]card|birth[ \t]certificate|death[ \t]certificate)[ \t]{1,3}of")
# (a label's last word and its colon, or (closer 204) a dash between blanks for it: read by _a_persons_label)
_LABEL = r"(?P<label>[^\W\d_]{2,30})(?:[ \t]{0,3}:|[ \t]{1,3}-(?=[ \t]))"
# (closer 231, review 36) Words that address a text to a person or sign it for one: a letter's salutation (postal's
# SALUTATIONS, the one table of them, in the languages below: the others' open an ordinary phrase in lower case as
# often, `kedves olvaso konyvjelzo`), a closing's few words read so (_SIGN_OFFS) and, by language, an attention's or a
# care-of's line, on whose behalf, a signature's word, a fond opening or sign-off, a birthday's wish, a memory's (not
# a greeting's: chat_lines reads a greeted name). A full name in lower case after one is a person's by itself
# (cued_alone), where its words are no language's (a_full_name_of_no_language: not `dear customer service,`); a comma
# may follow the word (`love, …`).
_ADDRESSED_SALUTATIONS = ("English", "German", "French", "Spanish and Portuguese", "Italian", "Danish and Norwegian",
                          "Polish", "Dutch's and Polish's to someone dear", "Swedish")
# (postal's _CLOSINGS a lower-case name after is read as signed by: not the others, which open an ordinary phrase as
# often, `yours truly, johnny dollar`, `terveisin muumilaakso postikortti`, `udv ujra itt`; a test holds them among
# postal's)
_SIGN_OFFS = frozenset(("regards", "kind regards", "best regards", "best wishes", "liebe grusse", "viele grusse",
                        "groetjes", "halsningar", "hilsen", "pozdrawiam", "saludos"))
_ADDRESSING: Dict[str, str] = {
    "English": "dearest|attn|attention|fao|c/o|care of|on behalf of|signed|love|with love|lots of love|xoxo|"
               "happy birthday|in memory of|in loving memory of|rip",
    "German": "liebste|liebster|z. hd.|zu handen|im auftrag von|gez.|in erinnerung an|in liebevoller erinnerung an|"
              "alles gute|gruss",
    "French": "à l'attention de|de la part de|au nom de|en mémoire de|joyeux anniversaire|bisous|amitiés|signé",
    "Spanish": "a la atención de|en nombre de|de parte de|en memoria de|feliz cumpleaños|firmado|besos",
    "Italian": "carissimo|carissima|alla cortese attenzione di|per conto di|da parte di|in memoria di|"
               "buon compleanno|firmato|baci|saluti",
    "Portuguese": "em nome de|em memória de|feliz aniversário|assinado|beijos",
    "Dutch": "t.a.v.|ter attentie van|namens|ter nagedachtenis aan|in herinnering aan|fijne verjaardag|getekend",
    "Swedish, Danish and Norwegian": "till minne av|til minde om|til minne om|grattis|tillykke|gratulerer",
    "Polish": "w imieniu|ku pamięci|wszystkiego najlepszego",
}
_ADDRESSING_PHRASES = (table_phrases({language: SALUTATIONS[language] for language in _ADDRESSED_SALUTATIONS})
                       + sorted(_SIGN_OFFS) + table_phrases(_ADDRESSING))
# (closer 231) ... a credit's participle before its `by` by language, maybe a colon after it (`hosted by`, `written
# by`, `ordered by:`, `geschrieben von`, `commandé par`): a lower-case full name after one is a person's by itself
# (a public author's typed in lower case too: the price).
_CREDITS: Dict[str, str] = {
    "English": "hosted by|written by|ordered by|booked by|placed by|organised by|organized by|posted by|"
               "reviewed by|requested by|submitted by|signed by|sent by|paid by|made by|created by",
    "German": "geschrieben von|bestellt von|gebucht von|gesendet von|bezahlt von|erstellt von|organisiert von",
    "French": "écrit par|commandé par|commandée par|réservé par|envoyé par|payé par|organisé par|créé par",
    "Spanish": "escrito por|pedido por|reservado por|enviado por|pagado por|organizado por|creado por",
    "Italian": "scritto da|ordinato da|prenotato da|inviato da|pagato da|organizzato da|creato da",
    "Dutch": "geschreven door|besteld door|geboekt door|verzonden door|betaald door|georganiseerd door",
}
# (closer 231) ... and a gift's or a message's word before a preposition of whom it is from or to that _PREPOSITION
# leaves out, as a thing's words join with it as often (`pastel de nata`) (`Geschenk von …`, `Nachricht an
# …`, `gåva från …`, `bericht van …`, `message de …`): after such a word it says whose the thing is.
_THINGS_PREPOSITION = ("(?i:present|presente|geschenk|cadeau|regalo|gava|gave|message|nachricht|bericht|mensaje"
                       "|messaggio|mensagem)[ \\t]{1,3}(?i:von|an|de|van|aan|till|fran|til|fra|av|af|da|di)")
# (closer 231) ... and a payment's word before such a preposition (`Zahlung an …`, `betaling aan …`, `betalning till
# …`): read as the other prepositions are (titled), since a payment goes to a firm as often (`Zahlung an paypal
# europe`), which the rules reading the capitalized name tell apart.
_PAYMENT_TO = "(?i:zahlung|uberweisung|betaling|betalning|paiement|pago|pagamento)[ \\t]{1,3}(?i:an|aan|till|til|a)"
_CUE = (f"(?<![^\\W\\d_])(?:{_THING_FOR}(?P<thing>)|{_THINGS_PREPOSITION}(?P<things_preposition>)"
        f"|(?:{_PREPOSITION}|{_PAYMENT_TO})(?P<preposition>)|{_THANKS}(?P<thanks>)|{_OWNED}(?P<owned>)"
        f"|(?i:{table_alternation(_CREDITS)})[ \\t]{{0,3}}:?(?P<credit>)"
        f"|(?i:{phrase_alternation(_ADDRESSING_PHRASES)})[ \\t]{{0,3}},?(?P<addressing>)"
        f"|{_LABEL})[ \\t]{{1,3}}")
_WORD = "[a-z]{3,20}"
# (what ends the name: the text's end, a mark, a dash, or a blank and a number, an amount, a kiss's `x`, or a small
# word joining the sentence on (a noun after the pair makes it an audience's or a thing's: `… kelly fans`))
_ENDS = (r"(?=[ \t]{0,3}(?:$|[,.;:!?()\n\"]|[-–][ \t])|[ \t]{1,3}(?:[0-9£€$#]|(?:x|xx|xxx|for|with|and|is|was|has|"
         r"in|at|from|to|by|für|mit|und|ist|pour|avec|et|est|para|con|y|es|per|e|voor|met|en|is)(?![^\W\d_])))")
_CUED_LOWER_NAME = re.compile(f"{_CUE}(?P<name>{_WORD}[ \\t]{{1,3}}{_WORD}){_ENDS}")
# (and a family name, a comma and the given name after the same cue, `Payment to Quenby, Orla`, ending the text or
# before a mark or a dash: read given name first, as the rules read one)
_CUED_REVERSED_NAME = re.compile(f"{_CUE}(?P<family>{WORD}),[ \\t]{{1,3}}(?P<given>{WORD})"
                                 "(?=[ \\t]{0,3}(?:$|[.;!?)\\n\"]|[-–][ \\t]))")
# (closer 237, review 36) ... and a lower-case full name of another shape after the same cue: its given name
# capitalized (`Message from Brenna calloway`), a middle name between (`for brenna mae calloway`), an initial for its
# given name (`Payout to b. calloway`) or its words joined by a hyphen (`gift for brenna-calloway`) (_other_shape)
_CUED_OTHER_SHAPE = re.compile(f"{_CUE}(?P<given>{_WORD}|[A-Z][a-z]{{2,19}}|(?P<initial>[a-z]\\.))"
                               f"(?:[ \\t]{{1,3}}(?P<middle>{_WORD}))?(?P<joint>[ \\t]{{1,3}}|-)(?P<family>{_WORD})"
                               f"{_ENDS}")
_LOWER_WORD = re.compile(_WORD)
# (perf 56) What every match of _CUED_LOWER_NAME holds: a blank (its cue's last), a word of three to twenty lower-case
# letters, blanks and three lower-case letters. Searched first (small, in C), it spares the cue's large alternation
# on a text holding no such pair (`Blue Sneakers - Demo Shop`, `Page with Edgee components`): a first call touches
# none of its pages. (And _CUED_REVERSED_NAME's comma, tested inline.)
_A_LOWER_PAIR = re.compile(f"[ \t]{_WORD}[ \t]{{1,3}}[a-z]{{3}}")
# (what every match of _CUED_OTHER_SHAPE holds: its joint, a blank or a hyphen, before its lower-case family name;
# searched first, it spares the cue's alternation on a text with no lower-case word after one, `Blue Sneakers - Demo`)
_A_LOWER_FAMILY = re.compile("[ \t-][a-z]{3}")
_CAPITALIZED = re.compile("[A-Z][a-z]{2,19}")
_A_VOWEL = re.compile("[aeiouy]")  # (a name's word holds one; an abbreviation, `cbd`, `ltd`, need not)

# A party's label that names a person in a record, by language (the kin, pickup people, recruiters, bettors,
# witnesses, clients and pros the gate reads are added below): whom an order, a parcel, a payment, a file or a booking
# is for. (Not a meeting's or a sales pipeline's roles, role_labels.WORK_ROLES, nor a wedding's, ROLES: `Lead: hot
# prospect`, `host: shared server`, Polish `zona` as Spanish `zona: centro storico` name things as often.)
_PARTY_LABELS = frozenset(canonical(word)[0].lower() for word in (
    "name recipient customer client patient player candidate applicant deceased individual holder cardholder payee "
    "consignee addressee guest passenger sender contact "
    "empfanger empfangerin kunde kundin patientin spieler spielerin bewerber bewerberin inhaber inhaberin "
    "kontoinhaber gast "
    "nom destinataire cliente joueur joueuse candidat candidate titulaire invite invitee "
    "nombre destinatario destinataria paciente jugador jugadora candidato candidata titular huesped "
    "nome paziente giocatore giocatrice intestatario intestataria ospite "
    "naam ontvanger klant patient speler kandidaat houder "
    # (closer 204) Portuguese, Polish, Swedish, Norwegian and Danish
    "nome destinatario destinataria cliente paciente jogador jogadora candidato candidata titular hospede remetente "
    "imie nazwisko odbiorca odbiorczyni klient klientka pacjent pacjentka gracz kandydat kandydatka posiadacz "
    "posiadaczka nadawca gosc "
    "namn mottagare kund spelare innehavare avsandare gast "
    "navn mottaker modtager kunde pasient spiller innehaver indehaver avsender afsender gjest gaest").split())
_PERSONS_LABELS: FrozenSet[str] = _PARTY_LABELS | frozenset(
    label for label in _lexicon(KIN, PICKUP_PEOPLE, RECRUITING_ROLES) | _BETTORS | _WITNESS_LABELS
    if " " not in label) | frozenset(
    word for table in (CLIENT_WORDS, PRO_WORDS) for words in table.values() for word in words.split("|")
    if " " not in word) | {"to"}  # (`Ship to:`, `Reports to:`)
# (closer 237, review 36) A party's or a role's label of one word in a record or a form, by language (key_lexicon's
# parties and shop roles: `student:`, `attendee:`, `tenant:`, `Käufer:`, English's buyer and seller), which names a
# thing or a state after its colon as often (`Alumno: nuevo ingreso`, `studente: fuori sede`): a lower-case pair after
# one is read a name only with a name's evidence (_a_role_labels_name).
_ROLE_LABELS: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for tables in (key_lexicon.PARTIES, key_lexicon.PARTIES_IN_KEYS,
                                              key_lexicon.PARTIES_IN_TEXT, key_lexicon.PARTIES_IN_LABELS,
                                              key_lexicon.SHOP_ROLES, key_lexicon.SHOP_ROLES_IN_TEXT)
    for table in tables.values() for words in table.values() for word in words.split() if "_" not in word) | frozenset(
    canonical(word)[0].lower() for words in key_lexicon.PEOPLE_BY_ROLE.values() for word in words.split()) | {
    "buyer", "seller"}

# A time's words by language, which a birthday's or an appointment's cue is followed by as often as by a name
# (`booking confirmed for tomorrow morning`, `termin für nächsten montag`), canonical, lower case.
_TIME_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "this next last coming today tomorrow tonight yesterday week weeks weekend month months year years morning "
    "evening afternoon night monday tuesday wednesday thursday friday saturday sunday "
    "diese dieser dieses diesen nächste nächsten nächster letzte letzten heute morgen gestern woche wochen "
    "wochenende monat jahr abend nachmittag montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "cette ce prochaine prochain dernier dernière aujourd demain hier semaine mois année matin soir lundi mardi "
    "mercredi jeudi vendredi samedi dimanche "
    "esta este próxima próximo pasado hoy mañana ayer semana mes año tarde noche lunes martes miércoles jueves "
    "viernes sábado domingo "
    "questa questo prossima prossimo scorso oggi domani ieri settimana mese anno sera lunedì martedì mercoledì "
    "giovedì venerdì sabato domenica "
    "deze dit volgende vorige vandaag morgen gisteren week maand jaar avond maandag dinsdag woensdag donderdag "
    "vrijdag zaterdag zondag").split())
# A noun's ending by language (German `-ung`, `-heit`, `-keit`, `-schaft`; Spanish `-ción`, Italian `-zione`, Dutch
# `-tie`, `-heid`), after three letters at least: an office's matter, not a family name (`kfz zulassung`).
_NOUN_ENDING = re.compile(".{3,}(?:ung|heit|keit|schaft|cion|sion|zione|tie|heid)")
# A pointer's or a negation's words by language, which a person's label is followed by when the value is elsewhere or
# none (`Recipient: see order`, `destinataire : voir commande`, `name: not provided`), canonical, lower case.
_POINTER_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "see not none nothing without siehe nicht kein keine keinen ohne voir pas aucun aucune sans non ver véase "
    "sin ningún ninguno ninguna vedi nessuno nessuna senza zie niet geen zonder "
    # (closer 210, review 37) the party labels' other languages (closer 204): Portuguese, Polish, Swedish, Norwegian
    # and Danish (`Odbiorca: patrz zamówienie`, `Navn: ikke oppgitt`, `Nome: não informado`)
    "não nenhum nenhuma sem vide patrz zobacz nie brak bez zadna zaden se inte ingen utan ikke intet uden").split())
# A web page's, a link's or a data format's words, which a label's colon is followed by in a site's or a tool's text
# (`recipient: url query`, `name: json text`).
_WEB_WORDS = frozenset("url uri urls link links query queries param params parameter parameters json xml html csv text "
                       "page pages site web field fields value values string form email mail "
                       # (closer 204) a page's parts, which a site's own tracking names (`?ref=nav-logo`)
                       "nav navbar menu logo header footer sidebar banner button btn hero cta widget popup modal tab "
                       "tabs".split())


def _a_persons_label(label: str) -> bool:
    """Whether a label's last word before its colon introduces a person (_PERSONS_LABELS), not a channel or a thing."""
    return canonical(label)[0].lower() in _PERSONS_LABELS


def _a_name_word(word: str) -> bool:
    """Whether `word` in lower case may be a name's: a vowel in it, no time's, no noun's ending, no pointer's, no
    vocabulary's nor common word (a plural's too, or a role's plural: `applicants`). A common English word (BIP39's
    2,048: `chat`, `order`, `orphan`, `page`, `text`) is a plain word's sign where the capital is missing; a given name
    among them (`Grace`) is then read as the word, refusing less."""
    return _A_VOWEL.search(word) is not None and not (
        word in _TIME_WORDS or _NOUN_ENDING.fullmatch(word) or a_common_word(word) or word in _WEB_WORDS
        or word in _POINTER_WORDS or word.endswith("s") and word[:-1] in _PERSONS_LABELS
        or word in STANDING_WORDS or word in BRAND_WORDS or _a_place(word.title()) or a_team_or_state(word)
        or a_place_or_firm_word(word))  # (closer 210: `Klient: firma prywatna`)


def a_name_word(word: str) -> bool:
    """Whether `word` in lower case may be a name's (_a_name_word), for a slug's given name
    (referral_links.names_a_referrer)."""
    return _a_name_word(word)


def _a_name_pair(name: str) -> bool:
    """Whether two words in lower case are a name's: each a name's word (_a_name_word), the pair one record_names reads
    as a name (_a_lower_name), no place's."""
    return all(_a_name_word(word) for word in name.split()) and _a_lower_name(name) and not _a_place(name.title())


def _a_known_given_names_word_family(name: str) -> bool:
    """(closer 232, review 39) Whether two words in lower case are a known given name (given_names) before a colour's,
    a size's or a material's word of a language (personal_keys.ATTRIBUTE_WORDS: `elena klein`, `grace petit`, `tjorven
    gross`, `anna brown`), read where a person stands (a speaker, a greeted name, a date's or a chat's counterpart):
    such words are common family names, and a known given name opening the pair makes it a person's. The price: a
    product named after a given name in its colour or its size goes out no more in those places (`Sofia Grey: back in
    stock!`); a venue's or a firm's word is none (`Anna Bar`, `Elena Cafe`)."""
    given, family = name.split()
    return family in ATTRIBUTE_WORDS and a_given_name(given) and _a_name_word(given) and not (
        a_place_or_firm_word(family))


def _a_persons_cue(match: re.Match[str]) -> bool:
    """Whether a cue of _CUE introduces a person: a preposition, a person's thing's `for:`, a thanks' word, a person's
    document's `of`, or a person's label and its colon or dash."""
    return match.group("label") is None or _a_persons_label(match.group("label"))


# (closer 237) Family names' common endings by language, a name's evidence where no capital and no given name's table
# tells one (_a_role_labels_name): English and Scots place names' (`-ham`, `-ton`, `-ley`, `-way`, `-moor`, `-wood`,
# `-ford`, `-worth`, `-well`), patronymics' (`-son`, `-sen`, `-sson`, Spanish `-ez`, Portuguese `-des`, Greek
# `-opoulos`, `-idis`, `-akis`), German's and Scandinavian's (`-mann`, `-stein`, `-berg`, `-bruck`, `-dorf`, `-holm`,
# `-quist`, `-strom`, `-gren`), Italian's (`-ini`, `-elli`, `-etti`, `-ucci`), the rest by a_family_name_by_its_shape.
_FAMILY_ENDINGS = tuple(sorted((
    "ham ton ley way moor more wood field ford worth well bury ridge brook "
    "son sen sson ez des opoulos idis akis "
    "mann stein berg burg bruck dorf hardt holm quist strom gren lund "
    "ini elli etti ucci otti").split(), key=len, reverse=True))
# (what ends a role's labelled name: the text's or the line's end, maybe after a mark)
_LINES_END = re.compile(r"[ \t]{0,3}[.!]?[ \t]{0,3}(?:\n|$)")


def _a_role_labels_name(match: re.Match[str]) -> bool:
    """(closer 237, review 36) Whether a match of _CUED_LOWER_NAME after a party's or a role's label (_ROLE_LABELS:
    `tenant: davor kellingham`) holds a name by its own evidence: the pair ends its line (nothing follows it: not
    `Unfallgegner: was tun?` nor a sentence), its words are no common word of any gate language or a known given name
    opens them (a_full_name_of_no_language: not `Alumno: nuevo ingreso`), a known given name first or a family name's
    ending on the second (_FAMILY_ENDINGS, five letters at least, or name_shapes.a_family_name_by_its_shape: not
    `studente: fuori sede`, `employee: remote worker`), the second no doers' plural, neither word a label's (`driver:
    named driver`) and the first no determiner. The price: a shop or a thing of two words no vocabulary holds, the
    second with a family name's ending, in lower case after such a label alone on its line (`seller: zorvak
    tradewell`)."""
    label = match.group("label")
    if label is None or canonical(label)[0].lower() not in _ROLE_LABELS:
        return False
    first, second = match.group("name").split()
    return _LINES_END.match(match.string, match.end("name")) is not None and (
        a_given_name(first) or _a_family_names_ending(second)) and a_full_name_of_no_language(
        match.group("name")) and not a_doers_plural(second) and _PERSONS_LABELS.isdisjoint((first, second)) and (
        _ROLE_LABELS.isdisjoint((first, second))) and first not in _DETERMINERS


def _addressing_cue_reads_a_name(match: re.Match[str]) -> bool:
    """Whether a match of _CUED_LOWER_NAME after an addressing's, a credit's or a person's thing's preposition's
    words (closer 231) holds a full name by their own reading (_addressed_or_credited), or is after another cue."""
    return _addressed_or_credited(match) or (match.group("addressing") is None and match.group("credit") is None
                                              and match.group("things_preposition") is None)


def _a_family_names_ending(word: str) -> bool:
    """(closer 237) Whether lower-case `word` of five letters or more ends as family names do (_FAMILY_ENDINGS) or is
    one by its shape (name_shapes.a_family_name_by_its_shape): a name's evidence where no capital tells one."""
    return len(word) >= 5 and word.endswith(_FAMILY_ENDINGS) or a_family_name_by_its_shape(word)


def _other_shape(match: re.Match[str]) -> str:
    """(closer 237, review 36) A match of _CUED_OTHER_SHAPE after a person's cue (a preposition, a person's label) read
    capitalized (`Brenna Calloway`, `Brenna Mae Calloway`, `B. Calloway`), or "" when it is a plain pair in lower case
    (titled's first reading) or no name's: the given and the family word a name's pair (_a_name_pair: no vocabulary's
    words, as the lower-case pair), a middle word a name's word too, and a known given name first or a family name's
    ending on the last (_a_family_names_ending: not `Paziente: Prima visita`, `Můj účet – Objednávky`); after an
    initial, a family name no common word of any language with a family name's ending (`b. calloway`; not `e. coli`)."""
    given, middle, family = match.group("given", "middle", "family")
    if match.group("initial") is None and middle is None and match.group("joint") != "-" and given.islower():
        return ""
    if match.group("label") is not None and not _a_persons_label(match.group("label")) or not (
            _a_persons_cue(match) and match.group("addressing") is None and match.group("credit") is None
            and match.group("things_preposition") is None and match.group("thanks") is None):
        return ""
    if match.group("initial") is not None:
        return f"{given.upper()} {family.capitalize()}" if middle is None and _a_name_word(
            family) and not a_common_word_in_a_language(family) and _a_family_names_ending(family) else ""
    pair = f"{given.lower()} {family}"
    if not _a_name_pair(pair) or family in _PERSONS_LABELS or middle is not None and not _a_name_word(middle) or not (
            a_given_name(given) or _a_family_names_ending(family)):
        return ""  # (a sentence's case opens a thing's words as often: `Paziente: Prima visita`)
    return " ".join(word.capitalize() for word in (given, *(middle or "").split(), family))


def _a_colons_label(match: re.Match[str]) -> bool:
    """Whether a cue of _CUE is no label, or a label with its colon: a dash after a label opens a list's item as often
    (`Guest - Yes, Please`), so a capitalized `Family, Given` is read only after a colon."""
    return match.group("label") is None or ":" in match.string[match.end("label"):match.start("family")]


def titled(form: str) -> str:
    """`form` with each full name in lower case after a person's cue capitalized (_CUED_LOWER_NAME, _a_name_pair, or
    after a role's label with a name's evidence, _a_role_labels_name), a name of another shape after the cue read
    capitalized (_other_shape: a capitalized given name, a middle name, an initial, a hyphen), or a capitalized one
    family name first read given name first, or "" when it holds none."""
    pieces = []
    start = 0
    for match in _CUED_LOWER_NAME.finditer(form) if _A_LOWER_PAIR.search(form) is not None else ():
        name = match.group("name")
        if (_a_persons_cue(match) and _a_name_pair(name) or _a_role_labels_name(match)) and (
                _addressing_cue_reads_a_name(match)) and (
                name.split()[-1] not in _PERSONS_LABELS) and (  # (closer 231: a role's rank, `named driver`)
                match.group("thanks") is None or _THANKS_WORDS.isdisjoint(name.split())):
            pieces.append(form[start:match.start("name")])
            pieces.append(" ".join(word.capitalize() for word in name.split()))
            start = match.end("name")
    for other in _CUED_OTHER_SHAPE.finditer(form) if _A_LOWER_FAMILY.search(form) is not None else ():
        reading = _other_shape(other)
        if other.start("given") >= start and reading:
            pieces.append(form[start:other.start("given")])
            pieces.append(reading)
            start = other.end("family")
    for reversed_name in _CUED_REVERSED_NAME.finditer(form) if "," in form else ():
        family, given = reversed_name.group("family", "given")
        name = f"{given} {family}"
        if reversed_name.start("family") >= start and _a_persons_cue(reversed_name) and _a_colons_label(
                reversed_name) and _CAPITALIZED.fullmatch(
                family) and _CAPITALIZED.fullmatch(given) and _a_name_word(family.lower()) and a_person(
                name) and _a_lower_name(name.lower()) and not _a_place(given) and (
                given.lower() not in TOWNS_THAT_ARE_WORDS):  # (a shop's town after its comma; closer 206)
            pieces.append(form[start:reversed_name.start("family")])
            pieces.append(name)
            start = reversed_name.end("given")
    return "".join(pieces) + form[start:] if pieces else ""


def cued_alone(form: str) -> bool:
    """(closer 204) Whether `form` holds a full name in lower case (_a_name_pair) after a cue that introduces a person
    by itself: a thanks' words, a person's thing's `for:`, a person's document's or account's `of` (`thanks maricel
    bautista`, `Parcel for: …`, `passport of …`), or (closer 231) an addressing's, a credit's or a person's thing's
    preposition's words (_addressed_or_credited), which the rules judging titled's reading read no name after when
    capitalized as often (a greeting's `Thanks Given Family` ending the text)."""
    return _A_LOWER_PAIR.search(form) is not None and any(
        (match.group("thanks") is not None and _THANKS_WORDS.isdisjoint(match.group("name").split())
         or match.group("thing") is not None or match.group("owned") is not None) and _a_name_pair(
            match.group("name")) or _addressed_or_credited(match) or _a_role_labels_name(match)
        for match in _CUED_LOWER_NAME.finditer(form))


# The possessive and demonstrative determiners that open a group's noun after an addressing's words, never a name's
# first word (`in memory of our soldiers`, `en mémoire de nos soldats`, `zum Gedenken an unsere Helden`), canonical.
_DETERMINERS = frozenset((
    "our your their these those all "
    "unsere unseren unserer euren eure ihre diese alle "
    "nos notre vos votre leurs leur ces tous toutes "
    "nuestros nuestras nuestro nuestra vuestros sus estos estas todos todas "
    "nostri nostre nostro nostra vostri loro questi queste tutti tutte "
    "nossos nossas nosso nossa seus suas estes todos "
    "onze uw hun deze alle").split())


def _addressed_or_credited(match: re.Match[str]) -> bool:
    """(closer 231, review 36) Whether a match of _CUED_LOWER_NAME is a full name of no language's words
    (a_full_name_of_no_language) after a word addressing or signing a text (_ADDRESSING, a greeting), a credit's
    participle and its `by` (_CREDITS), or a person's thing's word and its preposition (_THINGS_PREPOSITION)."""
    return (match.group("addressing") is not None or match.group("credit") is not None
            or match.group("things_preposition") is not None) and a_full_name_of_no_language(
        match.group("name")) and not a_doers_plural(match.group("name").split()[1]) and (  # (`hi pascal coders`)
        match.group("name").split()[0] not in _PERSONS_LABELS) and (  # (a kin's word first: `kære mor krus`, a mug)
        match.group("name").split()[0] not in _DETERMINERS)  # (`en mémoire de nos soldats`: a people's, no name)



def a_full_name(value: str) -> bool:
    """Whether `value` alone (a parameter's) is two words in lower case read as a name as titled reads them: an
    inviter's typed as it came (`from=ilvara+dunstreth`; referral_links.an_inviter_in_lower_case)."""
    words = value.split()
    return len(words) == 2 and all(_LOWER_WORD.fullmatch(word) for word in words) and (
        _a_name_pair(" ".join(words)) or _a_known_given_names_word_family(" ".join(words)))


def a_full_name_in_any_case(name: str) -> bool:
    """Whether `name`, two words as a text has them (capitalized or in lower case), is a full name no vocabulary
    holds: a_full_name on its words in lower case (a chat's speaker, a date's person, a numbered member, a name after
    a Chinese self-introduction)."""
    return a_full_name(name.lower())


def a_full_name_of_no_language(name: str) -> bool:
    """(closer 212, review 38) Whether `name`, two words as a text has them, is a full name no vocabulary holds
    (a_full_name_in_any_case) whose words are no common word of the gate's other languages either
    (`Neue Nachricht`, `Liebe Mitglieder`, `Vue Mer`, `Klarna Pay`), or one opening on a known given name (`Orla
    Klein`): given_names.a_common_words_not_a_name, the one notion. The price: a family name that is such a word after
    a given name off the list goes out."""
    return len(name.split()) == 2 and a_full_name_in_any_case(name) and not a_common_words_not_a_name(name)


def a_full_name_written_any_way(given: str, family: str) -> bool:
    """(closer 218, review 40) Whether `given` and `family` (name_shapes.name_parts of FULL_NAME_ANY_WAY) are a
    person's full name, written any common way and read capitalized (name_shapes.name_reading: `ORLA O'QUENBY`,
    `orla quenby-dahlberg` are read `Orla Quenby`):
    - a known given name before a family name's initial (`Orla Q.`), or an initial before a capitalized family name
      that is no vocabulary's word of any language (`O. Quenby`; not `A. Lange`? a family name too: the price);
    - both words capitalized, or a known given name opening them where no capital tells a name (in lower case, in
      capitals, or a family name written otherwise: `orla quenby`, `ORLA QUENBY`, `Orla quenby`; not `hi penny lane`,
      `HELLO KITTY`: the price, a given name off the list in lower case or in capitals goes out);
    - the reading no generic addressee's nor business's words (name_shapes.a_person) and a full name no vocabulary of
      any language holds (a_full_name_of_no_language: what keeps a title's, a brand's or a greeting's words in
      capitals or in lower case out, unless a known given name opens them)."""
    given_style, family_style = a_written_style(given), a_written_style(family)
    if family_style == "lower" and a_doers_plural(family):
        return False  # (a greeted audience after a name: `hi pascal coders`, `Hi Pascal coders`; not `Orla quenby`)
    reading = name_reading(given, family)
    if family_style == "initial":
        return given_style != "initial" and a_given_name(reading.split()[0])
    if given_style == "initial":
        last = reading.split()[-1]
        return family_style != "lower" and a_person(last) and _a_name_word(last.lower()) and not (
            a_common_word_in_a_language(last))
    first, last = reading.split()[0], reading.split()[-1]
    if an_east_asian_name_by_its_shape(first.lower(), last.lower()):
        return a_person(reading)
    if (given_style != family_style or given_style != "capitalized") and not a_given_name(first):
        return False  # (where no capital tells a name, a known given name must open it: `hi penny lane, …`)
    if a_given_name(first) and (last.lower() in SHORT_FAMILY_NAMES or last.lower() in EAST_ASIAN_FAMILY_NAMES and (
            two_name_syllables(canonical(first)[0].lower()))):
        # (closer 220: an East Asian family name of two letters, `hi ming li, …`; closer 226: or any of the table's
        # after a Chinese or Korean given name's two syllables, a word too, `Minjae Park`, `Jiho Song`)
        return a_person(reading)
    return a_person(reading) and a_full_name_of_no_language(reading)


# (closer 219, review 41) A plural of doers (`coders`, `cyclists`: `-ers`, `-ors`, `-ists`, `-ians`) names an
# audience, no family name, when it is no given name's with an `s` (`Peters`) and (lead, session 51) its doing is a
# common word (`code`, `cycle`, `sing`, `program`, `travel`): family names end the same way (`Myers`, `Rogers`,
# `Powers`, `Walters`, `Summers`), their stems no word.
_DOERS = re.compile("([A-Za-z]{2,})(?:er|or|ist|ian)s")


def a_doers_plural(word: str) -> bool:
    """Whether `word` is a plural of doers (_DOERS: `programmers`, `cyclists`), no given name's with an `s`
    (`Peters`), whose stem is a common word (as written, with an `e` or a `y`, or its last consonant once:
    `coders`, `historians`, `travellers`): an audience's word (`hi pascal coders`, `… for Tea Drinkers`);
    `myers`, `rogers` are no such."""
    match = _DOERS.fullmatch(word)
    if match is None or a_given_name(word[:-1]):
        return False
    stem = match.group(1).lower()
    return len(stem) >= 3 and (any(a_common_word_in_a_language(f"{stem}{end}") for end in ("", "e", "y")) or (
        stem[-1] == stem[-2] and a_common_word_in_a_language(stem[:-1])))


def a_matched_full_name(match: re.Match[str]) -> bool:
    """Whether a match of name_shapes.FULL_NAME_ANY_WAY or FAMILY_FIRST holds a person's full name
    (a_full_name_written_any_way); family name first, a known given name after its comma (`Quenby, Orla`; not
    `Paella, Valenciana`) or an initial (`Tanaka, Y.`); a known given name before a capitalized first particle (`Carlos
    De La Cruz`)."""
    given, family = name_parts(match)
    groups = match.groupdict()
    if groups.get("given_after") and INITIAL.fullmatch(given):
        return a_full_name_written_any_way(given, family)  # (closer 226: an initial after the comma, `Tanaka, Y.`)
    if (groups.get("given_after") or groups.get("titled_particles")) and not a_given_name(
            name_reading(given, family).split()[0]):
        return False  # (closer 226: a capitalized first particle after a known given name only, `Casa Di Giulia`)
    return a_full_name_written_any_way(given, family)
