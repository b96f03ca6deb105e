"""The common words of brands', shops', firms', charities' and teams' names (closer 165, review 28), by meaning and
language: a trade's goods or service (`Just Eat`, `Cotswold Outdoor`), a greeting a brand opens with (`Hello Fresh`),
a firm's nationality or its home country (`Deutsche Bahn`, `Lidl Deutschland`, `El Corte Inglés`), a research body's,
a charity's or a racing team's word (`Cancer Research`, `Red Bull Racing`). None is a person's given or family name,
so a capitalized pair holding one, after a cue that reads a person's full name (an offer's sender, thanks to someone,
a marketplace's seller), names a business. A brand spelled as a person's full name (`John Lewis`, `Ted Baker`,
`Yves Rocher`) holds none and stays read as a person's: only a list of brands could tell it, and a list of spellings
is no rule. Lexicon data, in the canonical form (accents folded), lower case, compared whole.
"""

from __future__ import annotations

from typing import FrozenSet, List

from .canonical import canonical
from .geography import COUNTRY_BY_KEY, letters_key
from .postal import _ORGANIZATIONS
from .role_labels import CLUB_AND_BREED_WORDS

BRAND_WORDS: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    # a trade's goods or service in its brand (food and its delivery, drinks, outdoor and sports goods, stationery)
    # (not `cola`, `soda`, `bahn`: Italian, Japanese and German family names; `Coca Cola` stays read as a name)
    "eat eats food foods fresh grocer grocers groceries takeaway delivery deliveroo drinks juice snacks "
    "outdoor outdoors outfitters apparel clothing footwear cosmetics pharmacy chemist chemists opticians "
    "notebook notebooks planner planners journal stationery printable printables "
    # a greeting a brand or a character opens with, by language
    "hello hallo bonjour hola ciao "
    # a firm's nationality or home country in its name, by language (not one that is a family name: `English`,
    # `Welsh`, `France`, `Holland`)
    "british scottish deutsche deutscher deutsches inglés francaise española espanola italiana nederlandse "
    "deutschland österreich schweiz españa nederland polska sverige danmark norge suomi "
    # a research body's, a charity's, a railway's or a racing team's word
    "research charity charities hospice rescue relief railway railways airways airlines racing motorsport "
    # a parcel point's or a pharmacy's word by language (a pickup at one is at a shop's)
    "relais paketshop packstation parcelshop pakketpunt paczkomat farmacia apotheke pharmacie apotek "
    # (closer 171) a marketplace's, a classified ads' or a shopping club's word by language (`Ebay Kleinanzeigen`,
    # `Zalando Lounge`)
    "kleinanzeigen anzeigen marktplatz annonces anuncios annunci advertenties ogłoszenia lounge "
    # (closer 171) a grocer's, a supermarket's or a kiosk's word by language (`Ophalen bij Jumbo Supermarkt, …`)
    "supermarket supermarkets supermarkt supermarché hypermarché supermercado supermercato supermarked "
    "hypermarket minimarket kiosk kiosque tabac tabacchi estanco trafika "
    # (closer 175, review 30) a bank's, a savings bank's or an energy firm's word by language (`Sparkasse Köln`,
    # `Total Energies`; not `Power`, `Banks`, family names)
    "bank banken sparkasse volksbank raiffeisenbank banque banco banca caixa caja bancaria spaarbank "
    "energy energies energie energia energetica "
    # (closer 187, review 32) a water utility's word by language (`Thames Water`, `Berliner Wasser`; not `Waters`, a
    # family name)
    "water wasser agua acqua "
    # (closer 178) a publisher's word by language (`Penguin Books`, `Rowohlt Verlag`), a loyalty scheme's or a
    # members' day's (`Tesco Clubcard`, `Prime Day`), an ocean's or a region's word in a carrier's name (`Virgin
    # Atlantic`, `Cathay Pacific`); not `Press`, `Day`, family names too
    "books publishing publishers verlag verlage editions éditions editorial editora editore edizioni uitgeverij "
    "uitgevers wydawnictwo förlag forlag "
    "prime clubcard rewards loyalty payback membership "
    "atlantic pacific transatlantic nordic baltic "
    # (closer 187, review 32) a firm of brothers or of sons by language (`Moss Bros`, `Warner Bros`, `Gebrüder Thonet`,
    # `Hermanos Pérez`)
    "bros brothers gebruder gebroeders hermanos freres fratelli bracia sons sohne hijos figli zonen "
    # (closer 187, review 32) a book's word in a publisher's name by language (`Hachette Livre`; not `Buch`, a family
    # name), a loyalty scheme's points (not `Miles`, a given name), a carrier's nationality (`Royal Jordanian`,
    # `Flying Blue`; not `French`, `English`, `Welsh`, `Irish`, family names too; its compass point: _COMPASS_POINTS)
    "livre livres libros libri boeken bocker ksiazki points punkte puntos punti avios flying "
    "jordanian ethiopian egyptian kenyan nigerian moroccan tunisian algerian turkish saudi saudia emirati emirates "
    "qatari omani kuwaiti pakistani thai vietnamese malaysian singaporean indonesian philippine japanese korean "
    "chinese taiwanese american canadian mexican brazilian argentinian colombian peruvian chilean australian "
    "italian spanish portuguese swiss austrian belgian polish czech hungarian romanian bulgarian greek croatian "
    "serbian finnish swedish norwegian danish icelandic russian ukrainian "
    # (closer 187, review 32) a mutual's or a credit union's, and an army's of charity (`Crédit Mutuel`, `Salvation
    # Army`)
    "credit credito kredit mutuel mutuelle mutual mutua army salvation"
    ).split())
# (closer 171) A carrier's word opening an airline's name before its country's or its own (`Air France`, `Aer Lingus`,
# `Aerolíneas Argentinas`): none is a given name, so `Air France` is a firm where `Anatole France` is a person.
_CARRIER_OPENERS = frozenset("air aer aero aerolineas aeromexico".split())
# (closer 175, review 30) A place of worship's word by language, which no given or family name is (`St Mary's
# Parish`, `Pfarrei St. Martin`, `Iglesia San José`); not `Church`, `Temple`, `Chapel`, `Kirk`, `Dom`, family names
# too: those name a place of worship after a saint's or a possessive's word (`St Anne's Church`, `Christ's Chapel`).
WORSHIP_PLACES: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    "parish cathedral abbey minster mosque synagogue gurdwara mandir diocese congregation "
    "kirche pfarrei pfarrgemeinde kirchengemeinde gemeinde kathedrale moschee synagoge kloster "
    "église paroisse cathédrale chapelle mosquée synagogue abbaye "
    "iglesia parroquia catedral capilla mezquita sinagoga "
    "chiesa parrocchia cattedrale duomo moschea sinagoga basilica "
    "kerk parochie kathedraal moskee synagoge "
    "igreja paróquia catedral capela mesquita "
    "kościół parafia katedra kaplica meczet synagoga").split())
_WORSHIP_SHARED_WITH_NAMES = frozenset("church churches temple chapel kirk dom".split())
# (closer 187, review 32) ... or after a church's dedication to a mystery, a virtue or a biblical place, or a
# denomination's word (`Trinity Church`, `Hope Church`, `Grace Chapel`, `Bethel Chapel`, `Baptist Church`): read
# before those words only, as `Charlotte Church` is a person's
_DEDICATIONS = frozenset(("trinity grace hope faith calvary emmanuel immanuel bethel zion bethany bethesda ebenezer "
                          "salem gospel baptist methodist pentecostal evangelical reformed redeemer saviour savior "
                          "holy vineyard elim cornerstone covenant").split())
# a saint's title opening a church's, a parish's or a school's name, by language (`St Mary's`, `Sankt Martin`)
_SAINTS_TITLES = frozenset("st st. ste ste. saint sainte sankt hl. sw. św.".split())


def a_place_of_worship(name: str) -> bool:
    """Whether capitalized `name` is a church's, a parish's or another place of worship's (WORSHIP_PLACES), or opens
    on a saint's title (`St Mary's Church`), or holds a worship's word shared with family names after a possessive
    (`Mary's Church`) or a dedication's word (`Trinity Church`)."""
    words = [word.strip(",;:()!?").lower() for word in name.split()]
    if not words:
        return False
    if words[0] in _SAINTS_TITLES and len(words) > 1:
        return True
    return any(canonical(word)[0] in WORSHIP_PLACES or word in _WORSHIP_SHARED_WITH_NAMES and index > 0 and (
        words[index - 1].endswith(("'s", "’s")) or words[index - 1] in _DEDICATIONS)
        for index, word in enumerate(words))


def a_brands_name(words: str) -> bool:
    """Whether capitalized `words` (a full name's shape) hold a brand's common word (BRAND_WORDS), a possessive's `'s`
    and marks aside, or open on a carrier's word (_CARRIER_OPENERS: `Air France`), or hold a carrier's compass point
    where a brand puts it (a_carriers_compass_point)."""
    split = words.split()
    return any(canonical(word.strip(".,;:()!?"))[0].lower().removesuffix("'s").removesuffix("’s") in BRAND_WORDS
               for word in split) or len(split) > 1 and (
        canonical(split[0])[0].lower() in _CARRIER_OPENERS or a_carriers_compass_point(split))


# (closer 187, review 32; closer 200, review 34) A compass point in a carrier's or a firm's name (`China Eastern`,
# `Western Union`, `China Southern`): a brand's word where it opens the name or follows a country's name; after a
# given name it is a family name (`Orla Western`). Lexicon data, lower case, compared whole.
_COMPASS_POINTS = frozenset("eastern western northern southern".split())


def a_carriers_compass_point(words: List[str]) -> bool:
    """Whether a compass point (_COMPASS_POINTS) opens capitalized `words` or follows a country's name or another
    compass point in them."""
    folded = [canonical(word.strip(".,;:()!?"))[0].lower() for word in words]
    return any(word in _COMPASS_POINTS and (index == 0 or letters_key(folded[index - 1]) in COUNTRY_BY_KEY or (
        folded[index - 1] in _COMPASS_POINTS)) for index, word in enumerate(folded))


def a_business_name(name: str) -> bool:
    """Whether capitalized `name`, where a cue reads a person's full name (thanks to someone, a prayer for someone, a
    donation from someone), is a business's, a charity's or a team's: a brand's common word (above), an
    organization's (postal's; not a country's: `Georgia Jordan` is a person's), a club's of four letters or more
    (role_labels'; its shorter forms, `As`, `If`, `Ca`, are words in names too), a place of worship's
    (a_place_of_worship)."""
    return a_brands_name(name) or a_place_of_worship(name) or any(word.lower() in _ORGANIZATIONS or len(word) > 3 and (
        word.lower() in CLUB_AND_BREED_WORDS) for word in name.split())
