"""A quoted reply's header, for the detector (detector.py): the line a mail client writes above the message it quotes,
which names its writer between the date and the verb of writing (`On Mon, 3 Dec 2026 at 10:14, Anna Schmidt <…>
wrote:`, `Am 03.12.2026 um 10:14 schrieb Anna Schmidt:`, `Le lun. 3 déc. 2026 à 10:14, Marie Dupont a écrit :`, `Il
giorno lun 3 dic 2026 alle ore 10:14 Giulia Rossi ha scritto:`). Personal wherever it stands in a text (a support
note pastes a reply whole, its lines joined), its layout by language as data:

- the header's opening word (`On`, `Am`, `Le`, `El`, `Il giorno`, `Em`, `Op`, `W dniu`, `Den`), a date of 80
  characters at most holding a year, a time or a numeric date, or ending on a comma, then
- the name and its verb (`…, Anna Schmidt wrote:`), or the verb and the name (`… schrieb Anna Schmidt:`), the writer's
  address in angle brackets maybe after the name, a colon ending the header.

One capitalized word is enough for a name there (`On Mon, Anna wrote:`): only a person writes a mail. A business's or
a generic addressee's words are none (name_shapes.a_person: `On Mon, Example Shop wrote:`). The verbs are looked for
as substrings, behind a colon, before any pattern runs; each verb's header is read within the line before it (or after
it), 160 characters at most: linear.

Outlook's header block above the message it quotes (`From:`/`Sent:`/`To:`/`Subject:` in the client's language) names
its sender and recipient on lines next to a label only a mail has (in_block), and a help desk's `From: … via Chat`
its sender (via_channel): below.
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

from .canonical import canonical, longest_first
from .name_shapes import FULL_NAME, WORD, a_person
from .postal import _NAME_PARTICLE, PERSON_NAME

# Per language: the header's opening words, the verbs written after the name, the verbs written before it (`|`
# between phrases), as mail clients write them.
_HEADERS: Dict[str, Tuple[str, str, str]] = {
    "English": ("on", "wrote", ""),
    "German": ("am", "", "schrieb"),
    "French": ("le", "a écrit", ""),
    "Spanish": ("el", "escribió", ""),
    "Italian": ("il giorno|il", "ha scritto", ""),
    "Portuguese": ("em|no dia", "escreveu", ""),
    "Dutch": ("op", "schreef", "schreef"),
    "Polish (`napisał(a)`)": ("w dniu|dnia", "napisał|napisała|napisał(a)", ""),
    "Swedish, Danish, Norwegian": ("den|on|på", "", "skrev"),
}


def _forms(phrases: str) -> list[str]:
    """The canonical forms in lower case of `phrases` (`|` between them), longest first."""
    return sorted({canonical(phrase)[0].lower() for phrase in phrases.split("|") if phrase}, key=longest_first)


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}") for phrase in phrases)


_OPENERS = _forms("|".join(openers for openers, _, _ in _HEADERS.values()))
_VERBS_AFTER = _forms("|".join(after for _, after, _ in _HEADERS.values()))
_VERBS_BEFORE = _forms("|".join(before for _, _, before in _HEADERS.values()))
# (what `cued` looks for, in C: each verb's last word in lower case, as mail clients write it)
VERBS = tuple(sorted({verb.split()[-1] for verb in _VERBS_AFTER + _VERBS_BEFORE}))
# (a verb after a blank, after a name's letter, its address's `>` or a date's digit)
_ALL_VERBS = sorted(set(_VERBS_AFTER + _VERBS_BEFORE), key=longest_first)
_VERB = re.compile(f"(?:(?<=[^\\W_][ \\t])|(?<=>[ \\t]))(?:{_alternation(_ALL_VERBS)})"
                   f"(?![^\\W\\d_])", re.IGNORECASE)
_AFTER_NAME = frozenset(" ".join(verb.split()) for verb in _VERBS_AFTER)
_BEFORE_NAME = frozenset(_VERBS_BEFORE)
_NAME = f"{WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{0,2}}"
_ADDRESS = "(?:[ \\t]{1,3}<[^<>\\n]{0,100}>)?"
# the name and its address ending the line's part before a verb written after the name
_NAME_BEFORE = re.compile(f"(?<![^ \\t,])({_NAME}){_ADDRESS}[ \\t]{{0,3}}$")
# a colon after a verb written after the name (`wrote:`, `a écrit :`)
_COLON = re.compile("[ \\t]{0,3}:")
# the name, its address and a colon after a verb written before the name (`schrieb Anna Schmidt:`)
_NAME_AFTER = re.compile(f"[ \\t]{{1,3}}({_NAME}){_ADDRESS}[ \\t]{{0,3}}:")
# the header's opening word and its date, up to where the name (or the verb before it) stands
_OPENED = re.compile(f"(?:^|(?<=[\\s>\"(]))(?i:{_alternation(_OPENERS)})[ \\t]{{1,3}}([^\\n]{{1,80}})$")
# a date without a digit: a weekday's word and a comma (`On Mon,`, `On Monday,`)
_WEEKDAY = re.compile("[^\\W\\d_]{2,12}\\.?[ \\t]{0,3},[ \\t]{0,3}")
# a client's date: a year, a time or a numeric date (`2026`, `10:14`, `03.12.26`); a day and a month alone are a book's
# or an anthology's as often (`Le 3 décembre, Victor Hugo a écrit : anthologie`)
_DATE_DIGITS = re.compile("[0-9]{4}|[0-9][:h][0-5][0-9]|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2}")
_REACH = 160


def cued(form: str) -> bool:
    """Whether `form` holds a colon and a verb of a reply's header (substring tests, in C), or a label only a mail's
    header block has (block_cued)."""
    return ":" in form and (any(verb in form for verb in VERBS) or "via " in form) or block_cued(form)


def _dated(before: str) -> bool:
    """Whether `before` (a header's part up to its name or its verb) holds the header's opening word and a date after
    it (a year, a time or a numeric date, or a comma ending it: `On Mon,`)."""
    opened = _OPENED.search(before)
    return opened is not None and (_DATE_DIGITS.search(opened.group(1)) is not None or _WEEKDAY.fullmatch(
        opened.group(1)) is not None)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a quoted reply's header naming its writer (above), or a mail's header
    block naming its sender or its recipient (in_block, below), or ""."""
    if block_cued(form) and in_block(form) or "via " in form and via_channel(form):
        return PERSON_NAME
    read = 0  # (each header is read from the last verb's end on: no character is read for two verbs)
    for verb in _VERB.finditer(form):
        start = max(form.rfind("\n", read, verb.start()) + 1, verb.start() - _REACH, read)
        read = verb.end()
        written = " ".join(verb.group().lower().split())
        if written in _AFTER_NAME and _COLON.match(form, verb.end()) is not None:  # the name, the verb, a colon
            named = _NAME_BEFORE.search(form, start, verb.start())
            if named is not None and a_person(named.group(1)) and _dated(form[start:named.start()]):
                return PERSON_NAME
        if written in _BEFORE_NAME:  # the verb, then the name and a colon
            named = _NAME_AFTER.match(form, verb.end(), verb.end() + _REACH)
            if named is not None and a_person(named.group(1)) and _dated(form[start:verb.start()].rstrip(" \t")):
                return PERSON_NAME
    return ""


# Outlook's header block above a quoted message (thirty-first attack): its lines open on labels, the sender's
# (`From:`), the date it was sent (`Sent:`), the recipient's (`To:`) and the subject's (`Subject:`), in the client's
# language. Alone, `From: Berlin` and `To: New York` are a trip's; on lines next to a header only a mail has (`Sent:`,
# `Subject:`, `Cc:`), they name a mail's sender and recipient. Per language: the sender's, the sent date's (and the
# date's), the recipient's and the subject's labels (`|` between them), as the clients write them.
_BLOCK_LABELS: Dict[str, Tuple[str, str, str, str]] = {
    "English": ("from", "sent|date", "to", "subject"),
    "German": ("von", "gesendet|datum", "an", "betreff"),
    "French": ("de", "envoyé|date", "à", "objet"),
    "Spanish, Portuguese": ("de", "enviado|enviado em|enviada em|fecha|data", "para", "asunto|assunto"),
    "Italian": ("da", "inviato|data", "a", "oggetto"),
    "Dutch": ("van", "verzonden|datum", "aan", "onderwerp"),
    "Polish": ("od", "wysłano|data", "do", "temat"),
    "Czech, Slovak": ("od", "odesláno|odoslané|datum|dátum", "komu", "předmět|predmet"),
    "Hungarian": ("feladó", "elküldve|dátum", "címzett", "tárgy"),
    "Greek": ("από", "στάλθηκε|ημερομηνία", "προς", "θέμα"),
    "Indonesian, Malay": ("dari", "dikirim|tanggal|dihantar", "kepada", "perihal|subjek"),
    "Hebrew": ("מאת", "נשלח|תאריך", "אל", "נושא"),
    "Finnish": ("lähettäjä", "lähetetty|päivämäärä", "vastaanottaja", "aihe"),
    "Danish, Norwegian": ("fra", "sendt|dato", "til", "emne"),
    "Swedish": ("från", "skickat|datum", "till", "ämne"),
    "Ukrainian, Russian": ("від|от", "надіслано|отправлено|дата", "кому", "тема"),
    "Turkish": ("kimden", "gönderildi|tarih", "kime", "konu"),
    "Romanian": ("de la", "trimis|data", "către|catre", "subiect"),
}
_SENT_AT, _SUBJECT_OF, _DATED, _NAMING = "sent", "subject", "date", "name"
# (a date's label: a block's line, but a trip's or an event's too, so no proof of a mail)
_DATES = frozenset(_forms("date|datum|data|fecha|dato|dátum|tanggal|tarih|päivämäärä|ημερομηνία|תאריך|дата"))


def _roles() -> Dict[str, str]:
    """Each label's canonical form in lower case and its role in the block (a name's, a sent date's, a date's, a
    subject's: what a label of two roles in two languages is read as, its mail-only role first)."""
    roles: Dict[str, str] = {}
    for sender, sent, recipient, subject in _BLOCK_LABELS.values():
        for phrases, role in ((sender, _NAMING), (recipient, _NAMING), (subject, _SUBJECT_OF)):
            roles.update((form, role) for form in _forms(phrases))
        roles.update((form, _DATED if form in _DATES else _SENT_AT) for form in _forms(sent) if form not in roles)
    roles.update({"cc": _SUBJECT_OF, "bcc": _SUBJECT_OF, "kopie": _SUBJECT_OF})
    return roles


_ROLES = _roles()
_MAIL_ONLY = frozenset((_SENT_AT, _SUBJECT_OF))
# (what `block_cued` looks for, in C: a mail-only label and its colon, opening a line, a tag's end or a string)
_MAIL_ONLY_CUE = re.compile("(?:^|(?<=[\\n>\"]))[ \\t]{0,3}(?i:" + _alternation(sorted(
    (form for form, role in _ROLES.items() if role in _MAIL_ONLY), key=longest_first)) + ")[ \\t]{0,3}:")
# a label opening a line (after a line break, a tag such as `<br>` or a JSON string's quote), its colon and its value
_BLOCK_LINE = re.compile("(?:^|(?<=[\\n>\"]))[ \\t]{0,3}([^\\W\\d_]{1,16}(?:[ \\t][^\\W\\d_]{1,3})?)[ \\t]{0,3}:"
                         "[ \\t]{0,3}\"?([^\\n<\"]{0,200})\"?")
# what stands between two lines of one block: blanks, line breaks, tags (`<br>`, `</p><p>`)
_BETWEEN_LINES = re.compile("(?:\\s|<[^<>]{0,12}>){1,8}")
# a name as the block writes it: a full name, or a family name, a comma and a given name (`Schmidt, Anna`), maybe
# its address in brackets after it; Hebrew's two or three words (no case tells a name there) unless a word of a
# business's department opens them (`שירות לקוחות`, "customer service")
_BLOCK_NAME = re.compile(f"(?:{FULL_NAME}|{WORD},[ \\t]{{1,3}}{WORD})[ \\t]{{0,3}}"
                         f"(?:\\[[^\\]]{{0,100}}\\])?[ \\t]{{0,3}}")
_HEBREW_NAME = re.compile("[\u05d0-\u05ea'\u05f3]{2,15}(?:[ \\t]{1,3}[\u05d0-\u05ea'\u05f3]{2,15}){1,2}[ \\t]{0,3}")
_HEBREW_DEPARTMENTS = frozenset("שירות צוות מחלקת מחלקה תמיכה מוקד הנהלת משרד חנות אתר מערכת".split())


def _named_in_block(value: str) -> bool:
    """Whether a block's sender or recipient `value` is a person's name (above)."""
    if _BLOCK_NAME.fullmatch(value) is not None:
        return a_person(value.split("[")[0].replace(",", " "))
    return _HEBREW_NAME.fullmatch(value) is not None and value.split()[0] not in _HEBREW_DEPARTMENTS


# A help desk's message header (Gorgias's `From: Anna Schmidt via Chat`): a sender's label opening a line, a name,
# `via` and the channel it came by, maybe in brackets, ending the line: only a person writes in a chat or a mail. A
# help desk's name is channel enough without the label (`Anna Schmidt via Zendesk`: session 17's review; not `Contact
# Us via WhatsApp`). Both closed classes.
_CHANNELS = "chat|live chat|email|e-mail|mail|sms|whatsapp|messenger|facebook|instagram|contact form|phone|widget|api"
_HELP_DESKS = ("zendesk|freshdesk|help scout|helpscout|gorgias|intercom|kustomer|gladly|re:amaze|reamaze|tidio|"
               "livechat|crisp|hubspot|zoho desk|front|dixa|richpanel|helpshift")
_NAME_LABELS = sorted((form for form, role in _ROLES.items() if role == _NAMING), key=longest_first)
_VIA = re.compile("[ \\t]{0,3}(?:(?i:" + _alternation(_NAME_LABELS) + ")[ \\t]{0,3}:[ \\t]{0,3}"
                  f"({FULL_NAME})[ \\t]{{1,3}}\\(?(?i:via)[ \\t]{{1,3}}(?i:{_CHANNELS}|{_HELP_DESKS})"
                  f"|({FULL_NAME})[ \\t]{{1,3}}\\(?(?i:via)[ \\t]{{1,3}}(?i:{_HELP_DESKS}))"
                  "\\)?[ \\t]{0,3}(?:$|[\\n<\"])")


def via_channel(form: str) -> bool:
    """Whether a help desk's message header (above) names its sender in `form`: each `via ` after a blank or a bracket
    found in C, its line read from its start (a line break, a tag's end or a string's quote, 120 characters back at
    most) once."""
    read, at = -2, form.find("via ", 1)
    while at >= 0:
        bound = max(0, at - 120)
        start = max(form.rfind("\n", bound, at), form.rfind(">", bound, at), form.rfind('"', bound, at))
        # (after a blank or a bracket, the line's start within reach, not read before)
        if form[at - 1] in " (" and (start >= 0 or bound == 0) and start != read:
            read = start
            match = _VIA.match(form, start + 1)
            if match is not None and a_person(match.group(1) or match.group(2)):
                return True
        at = form.find("via ", at + 1)
    return False


def block_cued(form: str) -> bool:
    """Whether `form` holds a label only a mail's header block has (`Sent:`, `Subject:`, `Betreff:`) opening a line:
    a colon and a line break or a tag in C, then one scan."""
    return ":" in form and ("\n" in form or "<" in form) and _MAIL_ONLY_CUE.search(form) is not None


def in_block(form: str) -> bool:
    """Whether a sender's or a recipient's label of a mail's header block names a person in `form`: each label line
    read once, in a run of lines next to each other that holds a mail-only label (`Sent:`, `Subject:`)."""
    mailed, names, last = False, False, -1
    for line in _BLOCK_LINE.finditer(form):
        role = _ROLES.get(line.group(1).lower())
        if role is None or last >= 0 and _BETWEEN_LINES.fullmatch(form, last, line.start()) is None:
            if mailed and names:
                return True
            mailed, names = False, False
        last = line.end()
        if role is None:
            last = -1
            continue
        mailed = mailed or role in _MAIL_ONLY
        names = names or role == _NAMING and _named_in_block(line.group(2).strip(" \t\r"))
    return mailed and names
