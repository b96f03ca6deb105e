"""A guest's name in a reply to an invitation, for the detector (closer 118, fifty-ninth attack: events, weddings).
An RSVP form's confirmation writes the guest's full name and whether they come, after the reply's or the
invitation's word: `Réponse au faire-part : Anna Quendrix viendra, 2 adultes`, `RSVP – Anna Quendrix will attend`,
`Rückmeldung Hochzeit: Anna Quendrix kommt mit Begleitung`.

- The attendance: a verb of coming or declining right after the name (ATTENDANCE, lexicon data by language, the
  canonical form in any case; French `ne` may stand between).
- The context: an invitation's or a reply's word anywhere in the text (REPLY_WORDS: `RSVP`, `faire-part`, `Zusage`,
  `invitation`); a news title (`Anna Quendrix will attend the premiere`) holds none.
- The name: a full name (two or three capitalized words), not opening with an article (`Der Weihnachtsmann kommt`),
  none a generic addressee's, a business's, a product line's
  nor a thing's word (name_shapes, role_labels).
"""

from __future__ import annotations

import re

from .canonical import by_first_letter
from .name_shapes import FULL_NAME, a_person, a_product
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"

# A guest's coming or not, by language (canonical: accents folded; lower case), right after their name.
ATTENDANCE = {
    "English": "will attend|will be attending|is attending|attending|will not attend|can't attend|cannot attend"
               "|will come|is coming|declines|accepts",
    "German": "kommt|kommen|nimmt teil|nehmen teil|sagt zu|sagt ab|sagen zu|sagen ab",
    "French": "viendra|viendront|sera present|sera presente|seront presents|participera|participeront",
    "Spanish": "asistira|asistiran|vendra|vendran",
    "Italian": "partecipera|parteciperanno|verra|verranno|sara presente",
    "Dutch": "komt|komen|is aanwezig|zijn aanwezig",
    "Portuguese": "comparecera|comparecerao|vai comparecer",
    "Polish": "przyjdzie|przyjda|bedzie obecna|bedzie obecny",
}
# An invitation's or a reply's word, by language (stems: `faire-part`, `Rückmeldung`, `invitación`).
REPLY_WORDS = {
    "English": "rsvp|invitation|reply|response", "German": "einladung|zusage|absage|ruckmeldung|antwort",
    "French": "faire-part|invitation|reponse", "Spanish": "invitacion|confirmacion|respuesta",
    "Italian": "invito|conferma|risposta|partecipazione", "Dutch": "uitnodiging|antwoord|aanmelding",
    "Portuguese": "convite|confirmacao|resposta", "Polish": "zaproszenie|odpowiedz|potwierdzenie",
}
# An article opening a title's subject (`Der Weihnachtsmann kommt`, `The Band will attend`), not a name's first word.
_ARTICLES = frozenset("der die das ein eine the a an le la les un une el los las il lo gli het een".split())
_VERBS = sorted({verb for verbs in ATTENDANCE.values() for verb in verbs.split("|")})
_REPLIES = sorted({word for words in REPLY_WORDS.values() for word in words.split("|")})
# What `reason` needs, searched first by the detector in the lower-cased form (compiled there): a verb of attendance.
CUE_SOURCE = by_first_letter(_VERBS)
_REPLY = re.compile(f"(?i:{by_first_letter(_REPLIES)})")
# (group 1: the guest's name) the name, French `ne`, the verb closing a word
_NAME_ATTENDING = re.compile(f"({FULL_NAME})[ \\t]{{1,3}}(?:ne[ \\t]{{1,3}})?(?i:{by_first_letter(_VERBS)})"
                             f"(?![^\\W\\d_])")


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a reply's word and a guest's full name before a verb of attendance,
    or ""."""
    if _REPLY.search(form) is None:
        return ""
    for match in _NAME_ATTENDING.finditer(form):
        name = match.group(1)
        if name.split()[0].lower() not in _ARTICLES and a_person(name) and not a_product(name) and not a_thing(name):
            return PERSON_NAME
    return ""
