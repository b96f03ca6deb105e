"""A review's writer named in its byline or its signature (thirty-first attack), for the detector (detector.py) and
greetings.py's cues. Each layout reads a review's own shape, with the words of its cue as lexicon data by language;
the name is a full name (name_shapes.FULL_NAME):

- a byline: an act of reviewing and the word for "by" (BYLINES: `Reviewed by`, `Posted by`, `Bewertet von`, `Avis
  de`) opening the text or a part, a full name, then the review's date or age (a digit within two words: `on 3 Dec
  2026`, `am 3. Dezember`, `· 3 days ago`; after a colon, its rating: `Review by … : 5 stars`) or a colon and the
  review's words in lower case (`Avis de … : très bon produit`); without them a publication's or a brand's name as
  often (`Reviewed by Good Housekeeping`, `Bewertet von Stiftung Warentest`);
  a handle there is the author too (`Review by @jo_smith: love it`; closer 82);
- a shopper whose purchase is verified, as a label (VERIFIED: `Verified buyer:`, `Verifizierter Käufer:`) and a full
  name (greetings.py reads both at a cue's word opening the text or a part);
- a signature closing a review: a sentence's end (`!`, `?`, `.`) or a closing quote, a dash between blanks (an en or
  em dash, `-` in the canonical form), a full name, maybe a comma and a town of one or two words, ending the text, a
  line or a JSON string (`Super Schuhe, passen perfekt! – Anna Kowalczyk, Berlin`, `„Super!“ — Anna Kowalczyk`), or a
  verified shopper's label after the comma (`Great shoes! – Anna Kowalczyk, verified buyer`). A quote's author under
  a book's blurb (`“Unputdownable.” — Stephen King`) is read alike: a drop accepted, as nothing
  tells the two apart. A message signed so on its last line is read too: a sentence's end, then a dash or a tilde
  opening the next line, maybe glued to the name (`Thanks!\n- Annabel Whitcomb`, `~ Annabel Whitcomb`); a list of
  one item of two capitalized words after a sentence is read alike (`Great gift!\n- Travel Case`), a drop accepted.

A name whose words are a generic addressee's or a business's (name_shapes.a_person), whose last word names a
product's line (name_shapes.a_product: `Nike Running`) or whose words are an account's (`My Account`) is none, as
after greetings' cues (greetings.a_cued_name).
"""

from __future__ import annotations

import re
from typing import Callable, List, Tuple

from .canonical import canonical, longest_first, phrase_alternation, table_phrases
from .cue_grams import any_of
from .geography import TOWN_NAMES
from .name_shapes import CAPITAL_NAME, CASELESS_NAME, FULL_NAME, WORD, a_place_named_like_a_person
from .personal_documents import NOT_NAMES_BY_MEANING
from .personal_keys import ATTRIBUTE_WORDS
from .postal import STREET_WORDS_AFTER_NAME, _a_place, _place_or_business
from .role_labels import THINGS, a_thing

PERSON_NAME = "holds a person's name"

# An act of reviewing a shopper does and the word for "by", by language, as written (read in the canonical form, any
# case). Not "a review of" (`Recensione di`, `Rezension von`: a book's title follows as often).
BYLINES = {
    "English": "reviewed by|review by|posted by|written by|submitted by|rated by",
    "German": "bewertet von|geschrieben von|verfasst von|eingereicht von",
    "French": "avis de|avis par|publié par|rédigé par|écrit par|posté par|commentaire de|évalué par",
    "Spanish": "opinión de|publicado por|escrito por|valorado por|reseñado por",
    "Italian": "recensito da|scritto da|pubblicato da|valutato da|opinione di",
    "Portuguese": "opinião de|avaliado por|escrito por|publicado por",
    "Dutch": "beoordeeld door|geschreven door|geplaatst door|recensie door|beoordeling door",
    "Polish": "napisane przez|dodane przez|wystawione przez",
    "Swedish, Danish, Norwegian": "skrivet av|recenserad av|skrevet af|skrevet av",
}
# A shopper whose purchase is verified, as a review's label names them, by language.
VERIFIED = ("verified buyer|verified purchaser|verified customer|verified reviewer|verified owner|"
            "verifizierter käufer|verifizierte käuferin|verifizierter kunde|verifizierte kundin|acheteur vérifié|"
            "acheteuse vérifiée|client vérifié|cliente vérifiée|comprador verificado|compradora verificada|"
            "cliente verificado|cliente verificada|acquirente verificato|cliente verificato|geverifieerde koper|"
            "zweryfikowany kupujący|verifierad köpare|"
            # (and a verified purchase, the label's other form: session 17's review)
            "verified purchase|geprüfter kauf|verifizierter kauf|achat vérifié|compra verificada|acquisto verificato|"
            "geverifieerde aankoop|"
            # (and a verified review, the label's third form: closer 129)
            "verified review|verifizierte bewertung|avis vérifié|reseña verificada|opinión verificada|"
            "recensione verificata|avaliação verificada|geverifieerde review|zweryfikowana opinia|verifierad recension")

# Where a name ends: the text's end, a mark, a title's separator, a JSON string's quote.
_END = r"[ \t]{0,3}(?=$|[,.;:!?|)\n\"]|[ \t]-[ \t])"
# A label in brackets after a byline's name (`(verified buyer)`, `(Compra verificada)`), before its date or text.
_LABEL = r"(?:[ \t]{1,3}\([^()\n]{1,40}\))?"
# After a byline's words: a full name (maybe a label), then within two words a digit (the review's date or age, or
# after a colon its rating: `Review by … : 5 stars`; forty-sixth attack), or a colon and a word in lower case (the
# review's text).
# ... or its rating in stars (`★★★★☆`), or a verified shopper's label after a comma or in brackets (`, Verified Buyer`,
# `(verified purchase)`): a publication is no shopper (closer 83).
_VERIFIED_FORMS = "|".join(sorted({re.escape(canonical(label)[0].lower()).replace("\\ ", "[ \\t]{1,3}")
                                   for label in VERIFIED.split("|")}, key=longest_first))
_STARS = "★☆⭐"
# (closer 129: a dash or a verified badge's tick before the label, `Written by … – Verified Buyer`, `… ✔ Verified
# Buyer`)
_TICK = "[ \\t]{1,3}[✔✓☑✅][ \\t]{0,3}"
_RATED_OR_VERIFIED = (f"[ \\t]{{0,3}}(?:[,.|:\\-][ \\t]{{0,3}})?[{_STARS}]"
                      f"|[ \\t]{{0,3}}(?:,[ \\t]{{1,3}}|\\([ \\t]{{0,3}}|-[ \\t]{{1,3}}|{_TICK})(?i:{_VERIFIED_FORMS})"
                      "(?![^\\W\\d_])")
_DATE_OR_TEXT = ("(?=[ \\t]{0,3}(?:[,.|:\\-][ \\t]{0,3})?"
                 "(?:[^\\W\\d_]{1,12}\\.?[ \\t]{1,3}){0,2}[0-9]|[ \\t]{0,3}:[ \\t]{1,3}[^\\W\\d_A-Z]"
                 f"|{_RATED_OR_VERIFIED})")
AFTER_BYLINE = re.compile(f"[ \\t]{{1,3}}({FULL_NAME}){_LABEL}{_DATE_OR_TEXT}")
# ... or a handle as the byline's author (closer 82: `Review by @jo_smith: love it`, `Posted by @jo.smith · 3 days
# ago`): `@` and an account's name, then the same date, rating or text.
AFTER_BYLINE_HANDLE = re.compile(f"[ \\t]{{1,3}}@([A-Za-z0-9_][A-Za-z0-9_.]{{1,29}}(?<![.])){_DATE_OR_TEXT}")
# "A review of", by language (thirty-second attack): a book's or a product's title follows as often as a reviewer's
# name, so that the name needs the review's date after a mark or a word (AFTER_REVIEW_OF). Not in English, whose
# `Review of` names a work more often than a reviewer.
REVIEWS_OF = {
    "German": "bewertung von|rezension von|kundenbewertung von",
    "French": "critique de|évaluation de",
    "Spanish": "reseña de|valoración de|comentario de",
    "Italian": "recensione di|valutazione di",
    "Portuguese": "avaliação de|resenha de|comentário de",
    "Dutch": "recensie van|beoordeling van",
    "Swedish, Danish, Norwegian": "recension av|omdöme av|anmeldelse af|anmeldelse av",
}
# After "a review of": a full name, maybe a label, then the review's date after a mark and up to two words
# (`, 3 dicembre 2026`, `· hace 3 días`) or after one word in lower case (`am 3.`, `em 3`, `den 3`); not a number
# glued after (`Recensione di Harry Potter 2`: a volume's), nor a colon and words in lower case, which follow a book's
# title as often (`Recensione di Anna Karenina: un classico`).
AFTER_REVIEW_OF = re.compile(
    f"[ \\t]{{1,3}}({FULL_NAME}){_LABEL}(?=[ \\t]{{0,3}}[,.|\\-][ \\t]{{1,3}}"
    f"(?:[^\\W\\d_]{{1,12}}\\.?[ \\t]{{1,3}}){{0,2}}[0-9]"
    f"|[ \\t]{{1,3}}[a-z]{{2,5}}\\.?[ \\t]{{1,3}}[0-9]|{_RATED_OR_VERIFIED})")
# The word for "by" opening a byline alone, and the word for "on" a date follows (`By Emily Hartwell on December 3,
# 2026`, `Von Jonas Brinkmann am 3. Dezember`): without the date, a brand's or a designer's name as often (`By Malene
# Birger Dress`).
BY_DATED = {"English": ("by", "on"), "German": ("von", "am"), "French": ("par", "le"), "Dutch": ("door", "op"),
            "Spanish": ("por", "el"), "Portuguese": ("por", "em")}
# An act of reviewing in a place and "by" (`Reviewed in Germany by …`, Amazon's byline), by language.
REVIEWED_IN = {"English": ("reviewed in", "by"), "German": ("bewertet in", "von")}


def _after_by(on: str) -> re.Pattern[str]:
    """A full name after "by", then `on` and a date (maybe its month's word first)."""
    return re.compile(f"[ \\t]{{1,3}}({FULL_NAME}){_LABEL}[ \\t]{{1,3}}(?i:{on})[ \\t]{{1,3}}"
                      "(?:[^\\W\\d_]{3,9}\\.?[ \\t]{1,3})?[0-9]")


def byline_cues() -> List[Tuple[str, re.Pattern[str]]]:
    """The cues above (`|` between a cue's phrases, as written) and the pattern that reads what follows each (for
    greetings.py's cues)."""
    cues = [("|".join(REVIEWS_OF.values()), AFTER_REVIEW_OF)]
    cues += [(by, _after_by(on)) for by, on in BY_DATED.values()]
    cues += [(reviewed, re.compile(f"(?:[ \\t]{{1,3}}(?:the[ \\t]{{1,3}})?[A-Z][A-Za-z]{{1,20}}){{1,3}}"
                                   f"[ \\t]{{1,3}}(?i:{by})" + AFTER_BYLINE.pattern))
              for reviewed, by in REVIEWED_IN.values()]
    return cues


# The quotes a review's signature may follow (the detector tests them as a set before calling reason).
QUOTES = '"”“»«‹›'
# A review's signature after a dash (a sentence's end or a closing quote before it), its town maybe after a comma.
# ... or (a message's signature: thirty-first attack) a dash or a tilde opening the next line (`Thanks!\n- Annabel
# Whitcomb`, `~ Anna`, glued to the name: `-Annabel Whitcomb`).
# ... and (thirty-second attack) a tilde after a sentence's end on the same line, maybe glued to the name (`Great
# shoes!! ~Miranda Thistlewood`; not a dash glued to a name under a line ending in an emoji: `Gift idea 🎁\n-Harry
# Potter` is a product's list as often, session 18's review). After the name,
# maybe the writer's age after a comma (`, 34`), then the town after a comma, after the word for "from" (_FROM: `aus
# Hamburg`, `uit Utrecht`) or in brackets (`(Lyon)`), or a verified shopper's label after a comma (`– Anna Kowalczyk,
# verified buyer`; forty-sixth attack); a given name alone is read with an age after it (`– Anneliese, 34, aus
# Hamburg`; not `– Größe 42, Farbe Blau`).
_FROM = "aus|uit|from|de|da|di|z|ze|från|fra"
_PLACE = f"{WORD}(?:[ \\t]{{1,3}}{WORD})?"
_AGE = "[ \\t]{0,3},[ \\t]{1,3}[0-9]{2}(?![0-9])"
# A review's date after its signature's town (closer 129: `– Anna Kowalczyk, Kraków, 3 grudnia 2026`): a day, a
# month's word or number, a year; or a month's word, a day, a year (`December 3, 2026`).
_DATE = ("(?:[0-9]{1,2}\\.?[ \\t]{1,3}(?:[^\\W\\d_]{3,12}\\.?|[0-9]{1,2}\\.)[ \\t]{1,3}[0-9]{4}"
         "|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[^\\W\\d_]{3,9}\\.?[ \\t]{1,3}[0-9]{1,2},?[ \\t]{1,3}[0-9]{4})"
         "(?![0-9])")
_DATED = f"(?:[ \\t]{{0,3}},[ \\t]{{1,3}}{_DATE})?"
# Where a line ends: the text's end, a line break, a JSON string's quote.
_LINE_END = "[ \\t.]{0,3}(?=$|[\\r\\n\"])"
# After a verified shopper's label: its colon and a full name ending the text or a part; (closer 129) a middle dot or
# a bullet (`.` in the canonical form, blanks around it), ` | ` or a dash and a full name ending the line (`Verified
# Purchase · Tomasz Kowalczyk`, `Verified Purchase – Anna Kowalczyk`), or a dash and a full name before its town after
# a comma, a signature's (`Recensione verificata – Francesca Lombardini, Torino`); a page's part after the label
# (`Verified Purchase – Size Guide`, `· Top Contributor`) is a review page's words or a thing's (greetings reads them
# with REVIEW_TITLE_WORDS and role_labels.a_thing).
AFTER_VERIFIED = re.compile(f"[ \\t]{{0,3}}(?::[ \\t]{{1,3}}({FULL_NAME}){_END}"
                            f"|[ \\t]{{0,3}}(?:(?<=[ \\t])[.|]|-)[ \\t]{{1,3}}({FULL_NAME}){_LINE_END}"
                            f"|-[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}},[ \\t]{{1,3}}{_PLACE}{_DATED}{_LINE_END})")
_SIGNED = re.compile(f"(?:(?:[!?.]|[{re.escape(QUOTES)}])"
                     f"(?:[ \\t]{{0,3}}-[ \\t]{{1,3}}|[ \\t]{{0,3}}~[ \\t]{{0,3}}"
                     f"|[ \\t]{{0,3}}\\n[ \\t]{{0,3}}[-~][ \\t]{{0,3}}))({FULL_NAME}|{WORD}(?={_AGE}))(?:{_AGE})?"
                     f"(?:[ \\t]{{0,3}},[ \\t]{{1,3}}(?i:{_VERIFIED_FORMS})"
                     f"|[ \\t]{{0,3}}\\([ \\t]{{0,3}}(?i:{_VERIFIED_FORMS})[ \\t]{{0,3}}\\)"  # (closer 131)
                     f"|[ \\t]{{0,3}},[ \\t]{{1,3}}(?:(?:{_FROM})[ \\t]{{1,3}})?{_PLACE}{_DATED}"
                     f"|[ \\t]{{1,3}}(?:{_FROM})[ \\t]{{1,3}}{_PLACE}"
                     f"|[ \\t]{{1,3}}\\([ \\t]{{0,3}}{_PLACE}[ \\t]{{0,3}}\\))?[ \\t]{{0,3}}(?=$|[\n\"])")


def cued(form: str) -> bool:
    """Whether `form` may hold a review's signature: a dash between blanks or opening a line, or a tilde (substring
    tests in C)."""
    return " - " in form or "\n-" in form or "~" in form or "\n -" in form


def reason(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` holds a review's signature (above), or "" (each dash's match bounded);
    `a_name(form, name, end)` tells whether a name read there is a person's, as after greetings' cues (not an
    account's title: `Hi Anna, welcome back! – My Account`)."""
    for match in _SIGNED.finditer(form):
        if "\n" in form[match.start():match.start(1)] and not _last_line_signed(form, match):
            continue
        if a_name(form, match.group(1), match.end()) and not _a_publication(match.group(1)):
            return PERSON_NAME
    return ""


# A relative's word by language, which thanks sign with as a child or a grandchild does (`Gracias – Abuela`, `Danke –
# Oma`, `Merci – Mamie`): no given name (canonical, lower case; not a word a given name is as often, `Anne`, `Zia`).
RELATIVES = frozenset(canonical(word)[0].lower() for word in (
    "mum mom mummy mommy mama mamma mami mother dad daddy papa papi father grandma grandpa granny grandad gran "
    "auntie aunt uncle sis bro mutti vati mutter vater oma opa omi opi tante onkel maman mamie papy papi mémé pépé "
    "tata tonton abuela abuelo abuelita abuelito mamá papá abuelos tía tío nonna nonno nonni mamma papà "
    "avó avô vovó vovô vó vô mãe pai titia titio moeder vader mams paps opa oma tante oom "
    "babcia dziadek mamo tato ciocia wujek mormor farmor morfar farfar mamma pappa moster faster").split())


# (closer 166, review 27) What a shop thanks its customer for, by language (canonical, lower case): an order, a
# purchase, shopping, a subscription, a delivery, a visit or a booking; the one word signing such a thanks is the
# shop's brand (`Thanks for shopping – Nike`, `Merci pour votre commande – Fnac`, `Thanks for the quick delivery –
# Amazon`), where a person's thanks is for help or a reply (`Thanks for the quick reply – Priya`).
CUSTOMERS_DEALINGS = {
    "English": "order orders ordering purchase purchases purchasing shopping subscribing subscription delivery "
               "deliveries visit visiting booking custom business",
    "German": "bestellung bestellungen einkauf kauf abonnement abo lieferung besuch buchung",
    "French": "commande commandes achat achats abonnement livraison visite reservation",
    "Spanish": "compra compras pedido pedidos suscripcion entrega visita reserva",
    "Italian": "ordine ordini acquisto acquisti abbonamento consegna visita prenotazione",
    "Portuguese": "encomenda compra pedido assinatura entrega visita reserva",
    "Dutch": "bestelling aankoop abonnement levering bezoek boeking",
    "Polish": "zamowienie zakup zakupy subskrypcje dostawe wizyte",
    "Swedish": "bestallning kop kopet leverans besok bokning",
}
_CUSTOMERS_DEALINGS = frozenset(word for line in CUSTOMERS_DEALINGS.values() for word in line.split())
# (the customer thanking for its own order speaks in the first person: `… for sorting out my order – Ingrid`)
_FIRST_PERSON = frozenset((
    "i me my mine we us our ich mich mir mein meine meinen meiner wir uns unser unsere je moi mon ma mes nous notre "
    "nos yo mi mis nosotros nuestro nuestra io mio mia miei nostro nostra eu meu minha ik mij mijn wij ons onze ja "
    "mnie moje moj moja my nasz nasza jag mig min mitt mina vi oss var").split())


def one_signed_reason(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` holds a message signed with one given name (_ONE_SIGNED; the detector tests a
    dash between blanks first), or "" (one match at each line's opening)."""
    for match in _ONE_SIGNED.finditer(form):
        words, name = match.group(1, 2)
        split = words.rstrip("!.").replace(",", " ").split()
        if any(word.lower() in THINGS for word in split):
            continue  # (a thanks' goods: `Thank you card – Kraft`, a card's paper, not its sender)
        lowered = {word.lower() for word in split}
        if not _CUSTOMERS_DEALINGS.isdisjoint(lowered) and _FIRST_PERSON.isdisjoint(lowered):
            continue  # (a shop thanking its customer, signed by its brand: `Thanks for shopping – Nike`)
        if (_THANKED.search(words) is not None and (len(split) == 1 or any(word.islower() for word in split))
                or _review_words(" ".join(split)) and all(word.islower() for word in split[1:])) and a_name(
                form, name, match.end(2)) and not a_thing(name) and name.lower() not in ATTRIBUTE_WORDS and (
                name.lower() not in _PLACES_AND_DISHES and not a_review_title(name)) and name.lower() not in RELATIVES:
            return PERSON_NAME
    return ""




# A publication signing a press quote (thirty-second attack: `“Gripping.” – Daily Mail`, `„Ein Meisterwerk.“ — Die
# Zeit`, `« Bouleversant. » — Le Monde`): its name opens with an article, which no person's name does, or holds the
# word of a newspaper's rhythm (lexicon data, in the canonical form in lower case).
_ARTICLES = frozenset("the die der das le la les el il lo los las gli het".split())
_PERIODICALS = frozenset("daily weekly monthly".split())


def _a_platforms_rating(name: str) -> bool:
    """Whether the author's place holds a rating's noun (_RATING_NOUNS) and one other word at most: a platform's name
    and its rating (`Google Reviews`), no full name (`Juan García Reviews` stays one)."""
    words = name.lower().split()
    others = sum(word not in _RATING_NOUNS for word in words)
    return others < len(words) and others < 2


def _a_publication(name: str) -> bool:
    """Whether the signature `name` is a publication's (above)."""
    words = name.lower().split()
    return words[0] in _ARTICLES or not _PERIODICALS.isdisjoint(words)


def _last_line_signed(form: str, match: re.Match[str]) -> bool:
    """Whether a signature on a line of its own (`…!\n- Annabel Whitcomb`) ends the text or a JSON string, under a
    line that is no list's item (`Features:\n- Soft cotton.\n- Machine Washable` is a product's list)."""
    end = match.end()
    while end < len(form) and form[end] in " \t.":
        end += 1
    if end < len(form) and form[end] != '"':
        return False
    line = form[form.rfind("\n", 0, match.start()) + 1:match.start()].lstrip(" \t")
    return not line.startswith(("-", "~", "*", "•", "·", "."))


# A review's author opening the text before its rating, with no byline (closer 85: `Petra Quendrix ★★★★★`,
# `@jo_smith - 5/5`, `Petra Quendrix: 5 gwiazdek`, `Petra Quendrix, Rating: 5`): a full name, a handle (`@` and an
# account's name, or one in lower case joined by `.`/`_` or ending in digits: `jo.smith`, `jo88`) or two words of a
# script without capitals, maybe a mark or a bracket, then a rating: stars (`★★★★☆`, `⭐`, `★5`), a score out of five
# or ten (`4.5/5`, `4 out of 5`), a number and the word for stars by language in lower case (`5 étoiles`, `5 yıldız`;
# `Rhum Barbancourt 5 Étoiles` is a grade's name) or a rating's label and its number (`Rating: 5`). A publication or
# a product's name before stars (`Good Housekeeping ★★★★★`, `Nike Air ★★★★☆`) is none (name_shapes.a_person,
# a_product, as after greetings' cues); a rating before the
# name (`★★★★★ Petra Quendrix`) is not read: a product's title follows a rating as often; a name after a whole rating
# and the word for "by" is (`5/5 by Petra Quendrix`, `★★★★★ von Anna Kowalczyk`), ending the text or a part.
STAR_WORDS = ("stars|star|etoiles|etoile|sterne|stern|stelle|stella|estrellas|estrella|estrelas|estrela|sterren|ster|"
              "gwiazdek|gwiazdki|gwiazdka|yildiz|stjarnor|stjerner|points|punkte")
RATING_LABELS = "rating|rated|score|note|bewertung|valutazione|valoracion|avaliacao|ocena|puan|betyg|beoordeling"
# The word for "by" after a whole rating (`5/5 by Petra Quendrix`, `★★★★★ von Anna Kowalczyk`), by language.
RATED_BY = "by|von|par|por|przez|da|door|av|af"
_BY_WORDS = frozenset(word.capitalize() for word in RATED_BY.split("|"))
# A review's or a rating's noun by language (closer 137): a platform's rating line holds one after the platform's one
# word where an author's name would be (`Google Reviews ★★★★★ 5.0`, `Google Rating 4.9/5`); no person's name does.
# (Not French `avis` nor `note`: `Avis` is a given name too.)
_RATING_NOUNS = frozenset(canonical(word)[0].lower() for word in (
    "review reviews rating ratings rated score scores bewertung bewertungen rezension rezensionen reseñas resenas "
    "opiniones valoración valoraciones recensione recensioni valutazione valutazioni recensies beoordeling "
    "beoordelingen avaliação avaliações opinie recenzje oceny ocena puan betyg omdömen").split())
_HANDLE = ("@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<![.])|[a-z][a-z0-9]{1,20}(?:[._][a-z0-9]{1,20}){1,2}"
           "|[a-z][a-z]{1,20}[0-9]{2,4}(?![A-Za-z0-9])")
# (a word of a script without capitals: a letter, then letters or its vowels' marks, as Devanagari's `ा`)
_CAPITALLESS_WORD = f"[^\\W\\d_A-Za-z\u00c0-\u024f][^\\s\\x00-\\x7f\u00c0-\u024f{_STARS}]{{1,19}}"
_CAPITALLESS = f"{_CAPITALLESS_WORD}[ \\t]{{1,3}}{_CAPITALLESS_WORD}"
_RATING = (f"[{_STARS}]"
           "|(?:[0-9]{1,2}(?:[.,][0-9])?[ \\t]{0,3}(?:/[ \\t]{0,3}(?:5|10)(?![0-9])|out[ \\t]{1,3}of[ \\t]{1,3}[0-9])"
           f"|[0-9](?:[.,][0-9])?[ \\t]{{1,3}}(?:{STAR_WORDS})(?![^\\W\\d_])"
           f"|(?i:{RATING_LABELS})[ \\t]{{0,3}}:[ \\t]{{0,3}}[0-9](?:[.,/][0-9]{{1,2}})?(?![0-9]))")
_MARK = "[ \\t]{0,3}(?:[,:(|·\\-–—][ \\t]{0,3})?"
OPENING_RATED = re.compile(f"[ \\t]{{0,3}}(?:({FULL_NAME}|{_HANDLE}){_MARK}(?:{_RATING})"
                           f"|({_CAPITALLESS})[ \\t]{{1,3}}[{_STARS}]"
                           f"|(?:[{_STARS}]{{1,10}}|[0-9](?:[.,][0-9])?[ \\t]{{0,3}}/[ \\t]{{0,3}}(?:5|10))"
                           f"[ \\t]{{1,3}}(?i:{RATED_BY})[ \\t]{{1,3}}({FULL_NAME}){_END})")


# Where a JSON string's value opens (its quote after the key's colon or an array's `[` or `,`): a text of its own
# when a structure is judged whole (a property holding JSON text, `{"detail": "Petra Quendrix ★★★★★"}`; closer 89).
# (its first character a set: the scan skips to it in C)
_JSON_STRING_OPENING = re.compile(r'[:\[,][ \t]{0,3}"')
# A rating read in a JSON string (its cues, substrings tested in C before the strings are read; a product's JSON holds
# none mostly): stars (`&#9733;` decoded) or a score out of five or ten. A number and the word for stars, a rating's
# label are read opening the text alone (their cues are words: a search of each in every JSON text cost too much).
_SCORE_CUE = re.compile(r"/[ \t]{0,3}(?:5|10)(?![0-9])")  # (its `/` a literal: the scan skips to it in C)
_STRING_REACH = 240  # (how far a string's rating is looked for: a name of 95 characters at most, a mark, a rating)


# What every rating of OPENING_RATED holds somewhere (a star; a digit before `/`, `out` or a word; a label's colon
# before a digit): a text without one is not matched against the whole pattern, whose alternatives span 40 KiB that a
# cold call would read. (The detector's cue scan reads it too: a text it cannot open on pays no call here.)
RATED_CUE = re.compile(f"[{_STARS}]|:[ \\t]{{0,3}}[0-9]|[0-9](?:[ \\t]{{0,3}}(?:/|out)|[ \\t]{{1,3}}[^\\W\\d_])")


def opening_rated(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` opens with a review's author before its rating, or a JSON string's value in
    it before stars or a score (above), or "" (one anchored match at the text's start, and at each string's opening
    quote whose string holds a cue; none when the text holds no rating's cue)."""
    if RATED_CUE.search(form) is None:
        return ""
    found = _opening_rated_at(form, 0, a_name)
    if found or '"' not in form or not _rating_cue(form):
        return found
    for opening in _JSON_STRING_OPENING.finditer(form):
        at = opening.end()
        close = form.find('"', at, at + _STRING_REACH)
        string = form[at:close if close >= 0 else at + _STRING_REACH]
        if _rating_cue(string):
            found = _opening_rated_at(form, at, a_name)
            if found:
                return found
    return ""


def _rating_cue(text: str) -> bool:
    """Whether `text` holds a star (_STARS, each a test in C) or a score's `/5`, `/10` (above)."""
    return "★" in text or "☆" in text or "⭐" in text or _SCORE_CUE.search(text) is not None


def _opening_rated_at(form: str, at: int, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when a review's author before its rating (above) opens at `at` of canonical `form`, or ""."""
    match = OPENING_RATED.match(form, at)
    if match is None:
        return ""
    name = match.group(1) or match.group(3)
    if name is None or not name[0].isupper():  # (a handle or a script without capitals: the shape alone)
        return PERSON_NAME
    if not _BY_WORDS.isdisjoint(name.split()) or _a_platforms_rating(name):
        return ""  # (a byline's words capitalized as a title's: `Reviewed By Wirecutter ★★★★★`)
    # (closer 227, review 44) ... but a good's word ending the name (role_labels.a_thing, or a fashion house's goods
    # here alone: `Ralph Lauren Polo – 4.7/5`; `Customer: Eva Polo` names a person) makes it a product's rating, and a
    # place's word or `Chez` opening it a restaurant's or a shop's (name_shapes.a_place_named_like_a_person: `Casa
    # Lucio – 4,6/5`, `Chez Paul – 4.5/5`).
    return PERSON_NAME if a_name(form, name, match.end(1)) and not _a_publication(name) and not (
        a_thing(name) or name.split()[-1].lower() in _RATED_GOODS or a_place_named_like_a_person(name)) else ""


# (closer 227, review 44) A fashion house's goods after its founder's name before a rating (`Kate Spade Wallet 5/5`):
# read by _opening_rated_at alone, as a family name is one as often elsewhere (`Polo`).
_RATED_GOODS = frozenset("polo polos jeans wallet wallets pumps handbag handbags tote totes".split())


# Closer 129 (thirty-second attack's leaks): a review's writer beside a verified label, under a review's label, above
# a reviewer's profile line.


def _words_of(phrases: str) -> str:
    """`phrases` (`|` between them) in their canonical form in lower case as a pattern's alternation, longest first,
    blanks between words."""
    return "|".join(sorted({re.escape(canonical(phrase)[0].lower()).replace("\\ ", "[ \\t]{1,3}")
                            for phrase in phrases.split("|")}, key=longest_first))


# A full name opening the text, a line or a JSON string, then a verified shopper's or purchase's label in brackets
# (round, square, braces) or after a comma, a dash, ` | ` or a middle dot, ending the line, maybe after a dash and the
# rating (`Tomasz Kowalczyk (Verified Buyer)`, `Jonas Brinkmann – Verifizierter Kauf`, `Anna K. [Verified Purchase] –
# 5 stars`).
_LINE_OPENS = "(?:^|(?<=[\\n\"]))[ \\t]{0,3}"
# ... or (closer 135) after a sentence's end and a blank, the review's words before it (`Muy buen cerrajero. … (cliente
# verificada)`); and after the label, a dash and the review's words in lower case (`…, Verified Buyer – cleaner was
# brilliant`).
_LINE_OR_SENTENCE_OPENS = "(?:^|(?<=[\\n\"])|(?<=[!?.][ \\t]))[ \\t]{0,3}"
_REVIEW_WORDS_AFTER = "[ \\t]{0,3}-[ \\t]{1,3}(?=[^\\W\\d_A-Z]{2,})"
NAMED_VERIFIED = re.compile(f"{_LINE_OR_SENTENCE_OPENS}({FULL_NAME})(?:[ \\t]{{0,3}}[,\\-|][ \\t]{{1,3}}|{_TICK}"
                            f"|[ \\t]{{1,3}}\\.[ \\t]{{1,3}}|[ \\t]{{1,3}}[(\\[{{]"
                            f"[ \\t]{{0,3}}(?=[^()\\[\\]{{}}\\n]{{1,40}}[)\\]}}]))"
                            f"(?i:{_VERIFIED_FORMS})(?![^\\W\\d_])[ \\t]{{0,3}}[)\\]}}]?"
                            f"(?:(?:[ \\t]{{0,3}}-[ \\t]{{1,3}}(?:[{_STARS}]{{1,10}}|{_RATING}))?{_LINE_END}"
                            f"|{_REVIEW_WORDS_AFTER})")
# A review's label and its colon opening the text or a line (`Opinia:`, `Review:`, `Bewertung:`), by language; then a
# sentence's end and its signature: a full name, a comma and a town, maybe the review's date, ending the text or a
# line (`Opinia: świetne buty. Magdalena Wróblewska, Kraków, 3 grudnia 2026`).
REVIEW_LABELS = ("review|customer review|bewertung|kundenbewertung|rezension|avis|avis client|opinion|opinión|reseña|"
                 "recensione|opinione|avaliação|opinião|recensie|beoordeling|opinia|recenzja|recension|omdöme|"
                 "anmeldelse|yorum|değerlendirme")
_REVIEW_LABEL = re.compile(f"{_LINE_OPENS}(?i:{_words_of(REVIEW_LABELS)})[ \\t]{{0,3}}:")
_SIGNED_UNDER_LABEL = re.compile(
    f"[!?.][ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}},[ \\t]{{1,3}}{_PLACE}{_DATED}{_LINE_END}")
# A full name alone on a line above a reviewer's profile line, as Google's and Trustpilot's exports write it: `Local
# Guide`, or a country's code, before the count of the writer's reviews, or that count before the count of photos, a
# middle dot or a bullet between (`Henrik Albrechtsen\nLocal Guide · 42 reviews · 18 photos`, `Johanna Vierling\nDE •
# 3 reviews`); a product's card writes its count of reviews alone (`Blue Sneakers\n42 reviews`). The words for reviews
# and photos by language (lexicon data, in the canonical form in lower case).
_REVIEWS_WORDS = ("reviews|review|bewertungen|bewertung|rezensionen|avis|reseñas|reseña|opiniones|recensioni|"
                  "recensione|avaliações|avaliação|beoordelingen|recensies|opinie|opinii|opinia|recensioner|"
                  "anmeldelser|değerlendirme|yorum")
_PHOTOS_WORDS = "photos|photo|fotos|foto|fotografie|zdjęcia|zdjęć|zdjęcie|bilder|bild|billeder|fotoğraf"


_DOT = "[ \\t]{1,3}\\.[ \\t]{1,3}"


def _count_of(words: str) -> str:
    """A count (digits, maybe grouped) and one of `words` (`|` between them) after it."""
    return f"[0-9][0-9,.]{{0,6}}[ \\t]{{1,3}}(?i:{_words_of(words)})(?![^\\W\\d_])"


PROFILE_ABOVE = re.compile(
    f"{_LINE_OPENS}({FULL_NAME})[ \\t]{{0,3}}\\r?\\n[ \\t]{{0,3}}"
    f"(?:(?i:local[ \\t]{{1,3}}guide)(?![^\\W\\d_])|[A-Z]{{2}}{_DOT}{_count_of(_REVIEWS_WORDS)}"
    f"|{_count_of(_REVIEWS_WORDS)}{_DOT}{_count_of(_PHOTOS_WORDS)})")
# The words of a review's title and of a review page's badges, by language (in the canonical form in lower case): a
# title before a verified label (`Perfect Fit – Verified Purchase`, `Sehr Gut (Verifizierter Kauf)`) or a badge after
# it (`Verified Purchase · Top Contributor`) is no name.
REVIEW_TITLE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "great good perfect excellent amazing awesome love loved lovely nice best fantastic wonderful beautiful "
    "comfortable comfy fit fits quality value recommend recommended highly happy super top product item buy worth "
    "money fast delivery shipping size small large true disappointed poor bad terrible okay ok not very really so too "
    "just works cute gorgeous stunning solid sturdy soft cheap pretty five stars star helpful report read more "
    "reviewer reviewers contributor guide member customer early vine review reviews purchase verified "
    "gut sehr toll perfekt klasse prima schön schöne qualität empfehlung empfehlenswert passt preis leistung schnell "
    "lieferung bequem tolle tolles gute guter wunderbar enttäuscht leider schlecht "
    "très bien bon bonne parfait parfaite génial qualité conforme rapide livraison beau belle confortable déçu "
    "muy bueno buena perfecto perfecta excelente genial calidad precio rápido envío bonito bonita cómodo recomendable "
    "molto buono ottimo ottima perfetto perfetta eccellente prezzo veloce consigliato bello bella comodo "
    "muito bom boa ótimo ótima perfeito perfeita qualidade recomendo lindo linda confortável "
    "goed heel erg mooi mooie kwaliteit snel aanrader tevreden "
    "bardzo dobry dobra świetny świetne polecam jakość szybko idealne "
    "mycket bra snabb kvalitet").split())


def a_review_title(name: str) -> bool:
    """Whether a word of `name` is a review's title's or a badge's (REVIEW_TITLE_WORDS)."""
    return any(word.lower() in REVIEW_TITLE_WORDS for word in name.split())


# A verified label's stem in lower case (`verified`, `zweryfikowany`, `geprüft`): the detector's cue scan reads it too,
# so that a text holding none, nor a colon nor a line break, pays no call here (perf 52).
VERIFIED_CUE = any_of("erifi", "eryfi", "gepr")


def labelled_cued(form: str) -> bool:
    """Whether `form` may hold one of closer 129's layouts: a verified label's stem (VERIFIED_CUE), a colon, or a line
    above another (substring tests in C)."""
    return ":" in form or "\n" in form or VERIFIED_CUE.search(form.lower()) is not None


def labelled_reason(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` holds a full name beside a verified label, a signature under a review's
    label, or a name above a reviewer's profile line (above), or "" (one scan for each layout; the name a person's by
    `a_name`, none of its words a review title's, no publication's nor a good's: `Hiking Boots\n12 reviews · 30
    photos`)."""
    lowered = form.lower()
    candidates = []
    if VERIFIED_CUE.search(lowered) is not None:
        candidates += [(match.group(1), match.end(1)) for match in NAMED_VERIFIED.finditer(form)]
    if ":" in form and "," in form:
        label = _REVIEW_LABEL.search(form)
        signed = _SIGNED_UNDER_LABEL.search(form, label.end()) if label is not None else None
        if signed is not None:
            candidates.append((signed.group(1), signed.end(1)))
    if "\n" in form:
        candidates += [(match.group(1), match.end(1)) for match in PROFILE_ABOVE.finditer(form)]
    for name, end in candidates:
        if a_name(form, name, end) and not a_review_title(name) and not _a_publication(name) and not a_thing(
                name) and _PLACES_AND_DISHES.isdisjoint(name.lower().split()):
            return PERSON_NAME
    return ""


# Closer 131 (sixty-fifth attack's leaks): a review's author beside its rating after the review's words.
# A whole rating: stars (maybe a score after them, `★5`) or a rating as OPENING_RATED reads it (`4/5`, `5 gwiazdek`).
_WHOLE_RATING = f"(?:[{_STARS}]{{1,10}}(?:[ \\t]{{0,2}}[0-9](?:[.,][0-9])?(?![0-9]))?|{_RATING})"
# (closer 138: stars before the name may carry their score too, `★5`, `★★★★★ 5.0`)
_SCORE = (f"(?:[{_STARS}]{{1,10}}(?:[ \\t]{{0,2}}[0-9](?:[.,][0-9])?(?![0-9]))?"
          "|[0-9](?:[.,][0-9])?[ \\t]{0,3}/[ \\t]{0,3}(?:5|10)(?![0-9]))")
# A foreign name in katakana: one run of eight to fourteen characters (a dish's word is shorter mostly,
# `ペペロンチーノ`; postal reads seven before an honorific, which names a person).
_KATAKANA_NAME = "[\\u30a0-\\u30ff]{8,14}|[\\u30a0-\\u30ff]{2,14}[ \\t][\\u30a0-\\u30ff]{2,14}"
# ... or (closer 135) a family name and a given name apart by a blank (`… ヨルヴェナ ★5`), as many letters in all
# (_KATAKANA_LETTERS; a dish of two short words, `チキン カレー`, has fewer).
_KATAKANA_LETTERS = 8
# After a sentence's end (`。` is `.` in the canonical form), ending the text or a line: a full name and its rating
# (`Ottima pizza! … ⭐⭐⭐⭐`, `… : 5 gwiazdek`), a whole score or stars and a full name, maybe a dash between
# (`Lecker. 5/5 …`, `Best ramen! ★★★★★ – …`), a name in katakana before stars (`美味しかったです。… ★5`); or a full
# name after a dash between blanks, a comma and its rating (`Świetne pierogi — …, 5 gwiazdek`). A rating opening the
# text before a product's title is not read (`★★★★★ Great product`: no sentence before it), nor a score alone.
# ... (closer 138) or a full name after a dash between blanks, then its rating: the dash after the sentence's end or
# after up to three words closing it (`Best balayage I've had! — … ★★★★★`, `Świetny salon! Polecam – … ⭐⭐⭐⭐⭐`);
# a sentence's end before the dash is what tells a review from a product's or a place's title and its stars, which
# have none (`Hotel Adlon Kempinski ★★★★★`, `Balayage & Cut – Senior Stylist ★ 4.9`, `Rated ★★★★★ – Best Seller`);
# or a name in kanji after the rating (`…でした。★5 … …`: _CJK_NAME).
# A name in kanji and kana: a family name of one to four characters led by a kanji (`ノ`, `ヶ`, `々` inside:
# `湯ノ谷`), a blank, a given name of one to three kanji or hiragana (a dish's word in katakana is none, `醤油
# ラーメン`), not ending in a shop's or a place's word (_CJK_PLACE_ENDS: `東京 本店`).
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\u3005"
_CJK_PLACE_ENDS = "店駅町市区村県府都館院堂屋園寺社"
_CJK_NAME = (f"[{_KANJI}][{_KANJI}\u30ce\u30f6\u30b1]{{0,3}}[ \\t]"
             f"[{_KANJI}\u3041-\u3096]{{0,2}}[{_KANJI}\u3041-\u3096](?<![{_CJK_PLACE_ENDS}])"
             f"(?![{_KANJI}\u3040-\u30ff])")
RATED_AFTER_REVIEW = re.compile(
    f"[!?.][ \\t]{{0,3}}(?:({FULL_NAME}){_MARK}{_WHOLE_RATING}"
    f"|{_SCORE}[ \\t]{{0,3}}(?:-[ \\t]{{1,3}})?({FULL_NAME})"
    f"|({_KATAKANA_NAME})[ \\t]{{0,3}}[{_STARS}]{{1,10}}(?:[ \\t]{{0,2}}[0-9](?![0-9]))?"
    f"|(?:[ \\t]{{1,3}}[^\\W\\d_]{{1,20}}){{0,3}}[ \\t]{{1,3}}-[ \\t]{{1,3}}({FULL_NAME}){_MARK}{_WHOLE_RATING}"
    f"|[{_STARS}]{{1,10}}(?:[ \\t]{{0,2}}[0-9](?:[.,][0-9])?(?![0-9]))?[ \\t]{{1,3}}({_CJK_NAME}))"
    f"|[ \\t]-[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}},[ \\t]{{1,3}}{_WHOLE_RATING}")
_RATED_END = re.compile(_LINE_END)
# (closer 147) A review's words opening the text or a line with no sentence's end before the dash (`Great cut — …
# ★★★★★`): up to four words, one of them in lower case and one a review title's (REVIEW_TITLE_WORDS; a product's or a
# place's title is in title case, `Lily Wreath – White Roses ★★★★★`); or a sentence's end and a dash. Then a full name
# (maybe in capitals or in lower case: name_shapes.CASELESS_NAME), maybe a staff's role after a comma (`…, Stylist`:
# its last word one of _STAFF_ROLES) and the rating ending the line. (groups: the review's words, the name, the role)
_REVIEW_WORD = "[^\\W\\d_]{1,20}"
RATED_AFTER_WORDS = re.compile(
    f"{_LINE_OPENS}((?:{_REVIEW_WORD}[ \\t]{{1,3}}){{0,3}}{_REVIEW_WORD}[!?.]{{0,3}})[ \\t]{{1,3}}-[ \\t]{{1,3}}"
    f"({FULL_NAME}|{CASELESS_NAME})(?:[ \\t]{{0,3}},[ \\t]{{1,3}}((?:{_REVIEW_WORD}[ \\t]{{1,3}})?{_REVIEW_WORD}))?"
    f"{_MARK}{_WHOLE_RATING}{_LINE_END}")
# (closer 160, seventy-sixth attack: a marketplace's seller rated) ... and after the rating ending the review's words,
# a dash between blanks: the review's words opening the text or a line (up to eight words, as _review_words reads
# them: `Venditore affidabile, pacco perfetto`; not a title's, `Best seller ⭐⭐⭐⭐⭐ — Harry Potter`), stars (maybe
# their score), a dash and a full name ending the line. (groups: the review's words, the name)
RATED_THEN_SIGNED = re.compile(
    f"{_LINE_OPENS}((?:{_REVIEW_WORD},?[ \\t]{{1,3}}){{0,7}}{_REVIEW_WORD}[!?.]{{0,3}})[ \\t]{{1,3}}"
    f"[{_STARS}]{{1,10}}(?:[ \\t]{{0,2}}[0-9](?:[.,][0-9])?(?![0-9]))?[ \\t]{{1,3}}-[ \\t]{{1,3}}"
    f"({FULL_NAME}|{CASELESS_NAME}){_LINE_END}")
# (closer 147) A Japanese review's author after its rating with no sentence's end before it, the review's last word
# in hiragana (`最高でした ★5 …`), or a family and a given name glued, three or four kanji (`★5 柳瀬千晴`) with no
# dish's, drink's or place's character among them (_CJK_NOT_NAME_KANJI: `★5 海鮮丼`, `★4 焼肉定食`).
_CJK_GLUED_NAME = f"[{_KANJI}]{{3,4}}(?![{_KANJI}\u3040-\u30ff])"
_CJK_NOT_NAME_KANJI = frozenset(_CJK_PLACE_ENDS + "館場所"
                                "丼麺飯鍋食焼肉魚鶏豚牛寿司汁茶酒餅菓餃粥麦米菜揚煮蕎天定膳串油噌酢塩甘辛味")
RATED_CJK = re.compile(  # (closer 156: or the line's opening, a bare rating before the name, `★5 …`)
    f"(?:{_LINE_OPENS}|[!?.]|[\u3041-\u3096])[ \\t]{{0,3}}[{_STARS}]{{1,10}}"
    f"(?:[ \\t]{{0,2}}[0-9](?:[.,][0-9])?(?![0-9]))?"
    f"[ \\t]{{1,3}}({_CJK_NAME}|{_CJK_GLUED_NAME}){_LINE_END}")
# The verb of rating a place or a good, by language (in the canonical form in lower case): a full name opening the
# text, the verb, up to six words (what was rated) and a whole rating ending the text (`… rated Trattoria da Luigi
# 4/5`, `… bewertete Pizzeria Roma mit 5/5`).
RATED_VERBS = ("rated|gave|reviewed|bewertete|bewertet|gab|a noté|a note|a évalué|valoró|valoro|dio|ha valutato|"
               "ha dato|avaliou|deu|beoordeelde|gaf|ocenił|ocenila|oceniła|betygsatte|gav")
OPENING_WITH_VERB = re.compile(
    f"[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{1,3}}(?:{_words_of(RATED_VERBS)})[ \\t]{{1,3}}"
    f"(?:[^\\s{_STARS}]{{1,30}}[ \\t]{{1,3}}){{0,6}}{_WHOLE_RATING}{_LINE_END}")

# (closer 160, seventy-sixth attack: a marketplace's notification) A full name opening the text, the act of leaving a
# review or a rating by language, maybe a colon, and a whole rating ending the line (`… a laissé une évaluation :
# ★★★★★`, `… hat eine Bewertung abgegeben: 5/5`, `… left you a review ★★★★☆`): who rated.
REVIEWS_LEFT = {
    "English": "left a review|left you a review|left a rating|left you a rating|left feedback|left you feedback"
               "|rated you|reviewed you",
    "German": "hat eine bewertung abgegeben|hat dir eine bewertung gegeben|hat ihnen eine bewertung gegeben"
              "|hat eine bewertung hinterlassen|hat dich bewertet|hat sie bewertet",
    "French": "a laissé une évaluation|a laissé un avis|vous a laissé une évaluation|vous a laissé un avis"
              "|t'a laissé une évaluation|t'a laissé un avis|vous a évalué|t'a évalué",
    "Spanish": "ha dejado una valoración|te ha dejado una valoración|ha dejado una reseña|te ha dejado una reseña"
               "|te ha valorado",
    "Italian": "ha lasciato una recensione|ti ha lasciato una recensione|ha lasciato un feedback|ti ha valutato",
    "Dutch": "heeft een beoordeling achtergelaten|heeft een review achtergelaten|heeft je beoordeeld",
    "Portuguese": "deixou uma avaliação|te avaliou|deixou uma opinião",
    "Polish": "wystawił ocenę|wystawiła ocenę|wystawił opinię|wystawiła opinię",
}
OPENING_REVIEW_LEFT = re.compile(
    f"[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(REVIEWS_LEFT))})"
    f"[ \\t]{{0,3}}:?[ \\t]{{0,3}}{_WHOLE_RATING}{_LINE_END}")

# A place to eat's or a dish's words (personal_documents.NOT_NAMES_BY_MEANING): a rated dish or restaurant is no author
# (`Delicious! Pizza Margherita ★★★★★`).
_PLACES_AND_DISHES = frozenset(canonical(word)[0].lower() for word in NOT_NAMES_BY_MEANING["a place to eat and a dish"]
                               .split())


# A staff's role as a rated name's last word (closer 138: a stylist's card and its rating, `Senior Stylist ★ 4.9`), by
# language (in the canonical form in lower case); not a role that is a family name as often (`Barber`, `Baker`).
_STAFF_ROLES = frozenset(canonical(word)[0].lower() for word in (
    "stylist stylists colourist colorist therapist therapists technician specialist consultant advisor adviser artist "
    "manager assistant expert team staff "
    # (review 24: a barber's, a kitchen's, a gym's roles)
    # (not a word a family name is as often: `Barber`, `Cook`, `Coach`, `Driver`, `Host`)
    "chef chefs trainer trainers instructor tutor waiter waitress sommelier barista dentist physio "
    "stylistin friseur friseurin kosmetikerin coiffeur coiffeuse styliste estilista peluquero peluquera "
    "parrucchiere parrucchiera estetista cabeleireiro cabeleireira kapper schoonheidsspecialiste fryzjer fryzjerka "
    "kosmetyczka").split())


# A shop's badge after a review title's word (`Great gift – …`, `Best seller – …`), in lower case: no review's words.
_SHOP_BADGE_NOUNS = frozenset("gift gifts seller sellers deal deals choice pick picks idea ideas find finds offer "
                              "offers buy price pricing sale geschenk angebot cadeau idée regalo oferta".split())


# (closer 167, review 28) What a buyer appraises, by language, in lower case: with a review title's word it makes a
# review's words (`Great product`, `Sehr gute Qualität`, `Très bonne qualité`), though both are a title's words.
_APPRAISED = frozenset(canonical(word)[0].lower() for word in (
    "product item purchase quality produkt artikel qualität qualitaet produit article qualité producto artículo "
    "calidad prodotto articolo qualità produto artigo qualidade kwaliteit artikel jakość produkt kvalitet").split())


# (closer 175, review 30) A recommendation's verb by language, in lower case: words after a review's rating holding
# one are the review's own (`… ★★★★ – je recommande`, `… – ich empfehle es`), no reviewer's name.
_RECOMMENDS = frozenset(canonical(word)[0].lower() for word in (
    "recommend recommended recommends recommande recommandé recommandons recommandée empfehle empfehlen empfohlen "
    "empfehlenswert weiterempfehlen recomiendo recomendado recomendable recomendamos consiglio consigliato "
    "consigliatissimo raccomando aanrader aanbevolen aanbevelen recomendo recomendamos polecam polecamy "
    "rekommenderar rekommenderas").split())


def _review_words(words: str) -> bool:
    """Whether `words`, with no sentence's end after them, are a review's (closer 147): one a review title's, one in
    lower case (no title's case), one of three letters at least neither a review title's nor a shop badge's (`Great
    cut`, `Sehr gute Beratung`; not `Great value`, `Best seller`, `Love it`), or what a buyer appraises (_APPRAISED:
    `Great product`) after another word."""
    split = words.split()
    return a_review_title(words) and any(word.islower() for word in split) and any(
        len(word) > 2 and word.lower() not in REVIEW_TITLE_WORDS and word.lower() not in _SHOP_BADGE_NOUNS
        or index > 0 and word.lower() in _APPRAISED for index, word in enumerate(split))


def rated_cued(form: str) -> bool:
    """Whether `form` may hold closer 131's layouts: a star, or a digit and `/` or a word after it (RATED_CUE)."""
    return RATED_CUE.search(form) is not None


def rated_reason(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` holds a review's author beside its rating after the review's words, or
    opening the text before a verb of rating and a rating (above), or "" (one scan, one anchored match; the name a
    person's by `a_name`, none of its words a review title's, no publication's nor a thing's)."""
    candidates = []
    for match in RATED_AFTER_REVIEW.finditer(form):
        if _RATED_END.match(form, match.end()) is None:
            continue
        katakana = match.group(3)
        if katakana:
            if len(katakana) - katakana.count(" ") - katakana.count("\t") >= _KATAKANA_LETTERS:
                return PERSON_NAME  # (a script without capitals: its shape alone)
            continue
        if match.group(5):
            return PERSON_NAME  # (kanji: the shape alone)
        name = match.group(1) or match.group(2) or match.group(4) or match.group(6)
        candidates.append((name, match.start() + match.group().index(name) + len(name)))
    for opening in (OPENING_WITH_VERB.match(form), OPENING_REVIEW_LEFT.match(form)):
        if opening is not None:
            candidates.append((opening.group(1), opening.end(1)))
    for match in RATED_CJK.finditer(form):
        if " " in match.group(1) or _CJK_NOT_NAME_KANJI.isdisjoint(match.group(1)):
            return PERSON_NAME  # (kanji: the shape alone)
    for match in RATED_AFTER_WORDS.finditer(form):
        words, name, role = match.group(1, 2, 3)
        if role is not None and role.split()[-1].lower() not in _STAFF_ROLES:
            continue
        if words[-1] not in "!?." and not _review_words(words):
            continue
        candidates.append((name, match.end(2)))
    candidates += [(match.group(2), match.end(2)) for match in RATED_THEN_SIGNED.finditer(form)
                   if _review_words(match.group(1).rstrip("!?."))]
    for name, end in candidates:
        if a_name(form, name, end) and not a_review_title(name) and not _a_publication(name) and not a_thing(
                name) and _PLACES_AND_DISHES.isdisjoint(name.lower().split()) and name.split()[-1].lower() not in (
                _STAFF_ROLES) and _RECOMMENDS.isdisjoint(name.lower().split()):
            return PERSON_NAME
    return ""


# (closer 132) A review signed with no dash: the review's words in lower case, a sentence's end (`.`, `!`, `?`), a full
# name, a comma and a known town or a country ending the text (`… je recommande. <Given> <Family>, Lyon`). A place of
# one word before the town is no full name (`Made in Italy. Milano, Italia`), nor a place's, a site's or a business's
# words (`Visit us. New York, USA`, `Bella Italia, Roma`, `Covent Garden, London`); the town is a known one
# (geography.TOWN_NAMES) or a country (postal._a_place), so that a product's or a shop's words after the comma are
# none. (groups: the name, the town)
_SIGNED_IN_TOWN = re.compile(f"[a-z][!?.][ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}},[ \\t]{{1,3}}({_PLACE})"
                             f"[ \\t.!]{{0,3}}$")


# A place's word in a site's name before its town (`Covent Garden, London`, `Oxford Street, London`): the street
# words after a name (postal.STREET_WORDS_AFTER_NAME) and a site's, in lower case.
_SITES = frozenset(STREET_WORDS_AFTER_NAME) | frozenset(
    "garden market centre center station airport park bridge tower castle palace harbour port beach village".split())


def signed_in_town_cued(form: str) -> bool:
    """Whether `form` may end with a signature and its town: a comma within its last 40 characters, a sentence's end
    before it (substring tests in C)."""
    return "," in form[-40:] and ("." in form or "!" in form or "?" in form)


def signed_in_town_reason(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` ends with a review's signature and its town (above), or "" (one search over
    the text's last 160 characters)."""
    tail_at = max(0, len(form) - 160)
    match = _SIGNED_IN_TOWN.search(form, tail_at)
    if match is None:
        return ""
    name, town = match.group(1, 2)
    if not (_a_place(town) or town.lower() in TOWN_NAMES) or _place_or_business(name) or any(
            _a_place(word) or word.lower() in _SITES for word in name.split()):
        return ""
    return PERSON_NAME if a_name(form, name, match.end(1)) and not a_thing(name) and not _a_publication(name) else ""


# (closer 147) A message signed with one given name after a dash, ending the line, maybe before a support's tag in
# brackets (`Thanks – … (Support)`): the message's words opening the line hold a thanks' or a sign-off's words by
# language, one word or in sentence case (not a title's: `Danke Schön - Dankeskarte`; not a greeting's: `Hello –
# Kitty`, `Hi – Tech`) (_THANKS_AND_SIGN_OFFS), or are a review's in sentence case (`Great work – …`:
# _review_words); one capitalized word after a dash is a product's colour or size far more often (`T-Shirt – Navy`,
# `Rose – Juliet`), and a colour's, a thing's or a dish's word is none here (`Thanks – Navy`).
_THANKS_AND_SIGN_OFFS = {
    "English": "thanks|thank you|many thanks|cheers|regards|best regards|kind regards|best wishes",
    "German": "danke|vielen dank|grusse|viele grusse|beste grusse|liebe grusse|gruss",
    "French": "merci|cordialement|bien a vous|amities", "Spanish": "gracias|saludos|un saludo",
    "Italian": "grazie|saluti|cordiali saluti", "Portuguese": "obrigado|obrigada|abracos|cumprimentos",
    "Dutch": "bedankt|dank je|dank u|groeten|met vriendelijke groet",
    "Polish": "dzieki|dziekuje|pozdrawiam", "Swedish, Danish, Norwegian": "tack|takk|tak|halsningar|hilsen",
}
_SUPPORT_TAGS = ("support|team|agent|service|customer service|customer care|helpdesk|kundenservice|kundendienst|"
                 "service client|soporte|atencion al cliente|assistenza|klantenservice|obsluga klienta|kundtjanst")
_THANKED = re.compile(f"(?i:(?<![^\\W\\d_])(?:{_words_of('|'.join(_THANKS_AND_SIGN_OFFS.values()))})"
                      "(?![^\\W\\d_]))")
# (closer 156: up to twelve words before the dash, as a thanks of a sentence is, `Thanks for the quick reply – …`;
# a line's opening anchors it, so each try reads the line once)
_ONE_SIGNED = re.compile(
    f"{_LINE_OPENS}((?:{_REVIEW_WORD}[ \\t,]{{1,3}}){{0,11}}{_REVIEW_WORD}[!.]{{0,3}})[ \\t]{{1,3}}-[ \\t]{{1,3}}"
    f"({WORD})(?:[ \\t]{{1,3}}\\([ \\t]{{0,3}}(?i:{_words_of(_SUPPORT_TAGS)})[ \\t]{{0,3}}\\))?{_LINE_END}")
# (closer 150) A letter to the editor signed with a full name and its town ending the text. A letter's word by
# language opens the text (`Letters:`, `To the Editor:`, `Leserbrief`, `Courrier des lecteurs`, `Cartas al director`,
# `Lettera al direttore`, `Ingezonden brief`, `List do redakcji`, `Insändare`, `Carta do leitor`), or a letter's
# closing formula stands before the signature (`Yours, etc,`, `Yours faithfully,`). The signature follows a sentence's
# end, a dash, a colon or the formula's comma: a full name (or one in capitals), a comma or a full stop, and its place
# (a post code maybe, one to three capitalized words, a region in brackets or after a comma: `…, Getafe (Madrid)`,
# `…, Dayton, Ohio`). Or the letter's word and its `from` by language before the name, its post code or known town
# after a comma (`Leserbrief von …, 1100 Wien: …`). A letters page's title names no signer (`Letters: Brexit, Boris
# Johnson and the NHS`, `Leserbriefe – Archiv 2026`).
LETTER_WORDS = {  # (the canonical form's letters, in lower case)
    "English": "letters? to the editor|letters?(?=[ \\t]{0,3}:)|to the editor|dear editor",
    "German": "leserbriefe?|leserzuschrift(?:en)?",
    "French": "courriers? des lecteurs|lettres? (?:de|des|d'un|d’un) lecteurs?",
    "Spanish": "cartas? al director|cartas? de (?:los )?lectores",
    "Italian": "letter[ae] al direttore|letter[ae] (?:dei|dai) lettori",
    "Dutch": "ingezonden brie(?:f|ven)|lezersbrie(?:f|ven)",
    "Polish": "list(?:y)? do redakcji|listy czytelnikow",
    "Swedish": "insandare|lasarbrev",
    "Portuguese": "cartas? (?:do|dos|ao) (?:leitor(?:es)?|diretor)",
}
# (closer 162, review 26: a letter's formal closing by language, canonical, `Mit freundlichen Grüßen, …, Graz`)
LETTER_CLOSINGS = ("yours,?[ \\t]{1,3}(?:etc\\.?|faithfully|sincerely|truly)"
                   "|mit[ \\t]{1,3}freundlichen[ \\t]{1,3}gru(?:ß|ss)en|hochachtungsvoll"
                   "|veuillez[ \\t]{1,3}agreer[^,\\n]{0,80}|cordialement|atentamente|distinti[ \\t]{1,3}saluti"
                   "|cordiali[ \\t]{1,3}saluti|met[ \\t]{1,3}vriendelijke[ \\t]{1,3}groet(?:en)?|hoogachtend"
                   "|z[ \\t]{1,3}powazaniem|med[ \\t]{1,3}vanlig[ \\t]{1,3}halsning|atenciosamente")
_LETTER_OPENING = re.compile(f"[ \\t\"'“„]{{0,3}}(?:{'|'.join(LETTER_WORDS.values())})\\b", re.IGNORECASE)
_LETTER_CLOSING = re.compile(f"\\b{LETTER_CLOSINGS}[ \\t]{{0,3}},", re.IGNORECASE)
_PLACE_WORDS = f"{WORD}(?:[ \\t]{{1,3}}{WORD}){{0,2}}"
_LETTER_REGION = f"(?:[ \\t]{{0,3}}\\([^()\\n]{{1,30}}\\)|,[ \\t]{{1,3}}(?:{_PLACE_WORDS}|[A-Z]{{2,3}}))?"
_LETTER_SIGNED = re.compile(
    f"(?:[.!?:,]|[ \\t]-)[ \\t]{{1,3}}({FULL_NAME}|{CAPITAL_NAME})[ \\t]{{0,2}}[,.][ \\t]{{1,3}}"
    f"(?:[0-9]{{4,5}}[ \\t]{{1,3}})?{_PLACE_WORDS}{_LETTER_REGION}[ \\t.]{{0,3}}$")
# (closer 162, review 26) ... or the letter's word and a colon before its writer's full name, `of` by language and
# the town, then a verb of writing (`Letter: … of Harrogate writes`).
_LETTER_OF_TOWN = re.compile(
    f"[ \\t]{{0,3}}:[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{1,3}}(?:of|aus|von|de|d'|di|van|uit|z|fran)[ \\t]{{1,3}}"
    f"{WORD}(?:[ \\t]{{1,3}}{WORD}){{0,2}},?[ \\t]{{1,3}}(?i:writes|wrote|says|asks|argues|schreibt|meint|fragt"
    f"|ecrit|escribe|scrive|schrijft|pisze|skriver)(?![^\\W\\d_])")
_LETTER_FROM = re.compile(
    f"(?:von|from|de|di|van|od|av|por|by)[ \\t]{{1,3}}({FULL_NAME}),[ \\t]{{1,3}}"
    f"([0-9]{{4,5}}[ \\t]{{1,3}}{WORD}|{WORD})")


# A letter's word or closing formula's stem, by language, in lower case (the detector's cue scan reads it too: a text it
# cannot open on pays no call here).
LETTER_CUE = any_of(
    "lett", "editor", "leser", "courrier", "carta", "ingezonden", "lezersbrie", "redakcji", "czytelnik", "insandare",
    "lasarbrev", "yours", "freundlichen", "hochachtungsvoll", "agree", "cordial", "atent", "saluti", "groet",
    "hoogachtend", "powazaniem", "halsning")


def letter_cued(low: str) -> bool:
    """Whether lower-cased `form` may be a signed letter: a letter's word or closing formula's stem (LETTER_CUE)."""
    return LETTER_CUE.search(low) is not None


# (closer 163) A publisher's word by language, or a known publishing house's or imprint's name, in lower case: what
# follows a letters' collection's editor or author after the comma in its title (`Letters: <author>, Faber`), where a
# signed letter has its town.
_PUBLISHERS = frozenset(
    "press books publishing publishers verlag editions edition editorial editore editori editrice uitgeverij "
    "wydawnictwo forlag forlaget classics paperback hardcover "
    "faber verso penguin vintage picador bloomsbury hachette harpercollins macmillan knopf norton virago granta "
    "routledge gallimard seuil flammarion suhrkamp rowohlt hanser anagrama einaudi feltrinelli adelphi mondadori "
    "bonnier "
    # (closer 171) art's and the classics' houses, known by their first word (`Thames` for Thames & Hudson)
    "thames phaidon taschen reclam diogenes insel dtv".split())
# ... of them, the common words that end a house's name after its own (`Insel Verlag`, `Harvill Press`), by language.
_PUBLISHER_KINDS = frozenset(
    "press books publishing publishers verlag verlage editions edition editorial editore editori editrice "
    "uitgeverij wydawnictwo forlag forlaget".split())


def _a_publisher(place: str) -> bool:
    """Whether the words after a signature's comma are a publisher's (_PUBLISHERS), or end on a publisher's common
    word (_PUBLISHER_KINDS: `Insel Verlag`), not a town's."""
    words = [word.strip(".,;&").lower() for word in place.split()]
    return bool(words) and (all(word in _PUBLISHERS for word in words) or len(words) > 1 and (
        words[-1] in _PUBLISHER_KINDS))


def letter_reason(form: str, a_name: Callable[[str, str, int], bool]) -> str:
    """PERSON_NAME when canonical `form` is a letter to the editor signed with a full name and its town (above), or
    "" (an anchored match at the start, one search over the last 160 characters). A signature right after the letter's
    word and its colon, with nothing said before it and a publisher's words after its comma, is a collection's title
    (`Letters: <author>, Faber`; closer 163)."""
    opening = _LETTER_OPENING.match(form)
    closing = None if opening is not None else _LETTER_CLOSING.search(form)
    if opening is None and closing is None:
        return ""
    candidates = []
    if opening is not None:
        by = _LETTER_FROM.match(form, opening.end() + (1 if form[opening.end():opening.end() + 1] == " " else 0))
        if by is not None and (by.group(2)[0].isdigit() or _a_place(by.group(2)) or by.group(2).lower() in TOWN_NAMES):
            candidates.append((by.group(1), by.end(1)))
        of_town = _LETTER_OF_TOWN.match(form, opening.end())
        if of_town is not None:
            candidates.append((of_town.group(1), of_town.end(1)))
    signed = _LETTER_SIGNED.search(form, max(0, len(form) - 160, closing.end() - 1 if closing is not None else 0))
    if signed is not None and (opening is None or signed.start() != opening.end() or not _a_publisher(
            form[signed.end(1):].lstrip(" \t,."))):
        candidates.append((signed.group(1), signed.end(1)))
    for name, end in candidates:
        if a_name(form, name, end) and not a_thing(name) and not _a_publication(name) and not _place_or_business(
                name) and not any(_a_place(word) for word in name.split()):
            return PERSON_NAME
    return ""
