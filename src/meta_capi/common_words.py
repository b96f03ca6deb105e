"""Common words by language beside BIP39's English list (closer 212, review 38): the rules reading two capitalized
words as a full name no vocabulary holds (a chat's speaker, a greeted name, a date's person after `with`, a link's
counterpart) and one word as the family name a table is booked under asked BIP39's 2,048 English words only, so a
title, an audience, a room's feature, a partner's or a meal's words of another language (`Neue Nachricht`, `Liebe
Mitglieder`, `Chers Membres`, `Vue Mer`, `Terraza Exterior`, `Tisch für Frühstück`) read as a name. A vocabulary, not
a census: common words of the kinds those places hold (a notice's, an audience's, a feature's, a meal's or a dish's,
an activity's, a page's or a mailbox's word; the adjectives and determiners opening them), by language, canonical
(accents folded), lower case, compared whole. A family name that is such a word (`Klein`, `Vista`) is read only after
a known given name (lower_case_names.a_full_name_of_no_language).
"""

from __future__ import annotations

from typing import Dict, FrozenSet

from .bip39_words import a_common_word
from .canonical import canonical

_COMMON_WORDS: Dict[str, str] = {
    "English (off BIP39's list)": (
        "hot tub tubs late checkout personal prompt prompts icebreaker pay associates associate affiliate spam folder "
        "folders archived archive threads thread inbox sent bottomless buffet rooftop patio sushi ramen curry tapas "
        "mezze fondue raclette barbecue bbq dimsum omakase teppanyaki karaoke bowling squash padel minigolf golf prom "
        "graduation christening brunch pairing suite jacuzzi sauna spa yoga pilates trainer stylist info reminder "
        "sale"),
    "German": (
        "neu neue neuer neues neuen liebe lieber liebes lieben alle allen beste bester bestes besten letzte letzter "
        "letzten grosse grosser grosses kleine kleiner kleines klein gross herzlich willkommen wichtig nachricht "
        "nachrichten mitglied mitglieder vereinsmitglieder kunden kundin nachbarn freunde leute verein team info "
        "hinweis erinnerung angebot angebote aktion chance prämie praemie empfehlung empfehlungs spielbericht "
        "heimspiel auswaertsspiel auswärtsspiel clubhaus vereinsheim training frühstück fruehstuck mittagessen "
        "abendessen stammtisch weihnachtsfeier grillfest sommerfest geburtstag meer see seeblick terrasse "
        "balkon zimmer seite startseite hauptseite ordner posteingang spam"),
    "French": (
        "nouveau nouvelle nouveaux nouvelles cher chers chere cheres tous toutes meilleur meilleure dernier derniere "
        "grand grande petit petite bon bonne appetit message messages membre membres client clients voisins amis "
        "equipe info rappel offre chance parrainage vue mer lac montagne terrasse balcon chambre petit-dejeuner "
        "dejeuner diner raclette fondue frites maison page accueil principale dossier courrier"),
    "Spanish and Portuguese": (
        "nuevo nueva nuevos nuevas querido querida queridos queridas todos todas mejor ultimo ultima gran grande "
        "mensaje miembros socios clientes vecinos amigos equipo oferta aviso vista mar lago terraza exterior interior "
        "balcon habitacion desayuno almuerzo cena churrasco tapas pagina principal inicio carpeta novo nova caro "
        "cara ultimo mensagem membros clientes oferta vista mar terraco pequeno almoco jantar"),
    "Italian": (
        "nuovo nuova nuovi nuove caro cara cari care tutti tutte migliore ultimo ultima ultime grande occasione "
        "messaggio soci clienti vicini amici squadra offerta avviso vista mare lago terrazza camera colazione pranzo "
        "cena aperitivo pizzata pagina principale cartella"),
    "Dutch": (
        "nieuw nieuwe beste lieve alle laatste laatst grote kleine bericht berichten leden klanten buren vrienden "
        "kans aanbieding info uitzicht zee meer terras balkon kamer ontbijt lunch diner borrel pagina hoofdpagina map"),
    "Swedish, Norwegian and Danish": (
        "ny nya nye kjaere kaere alla alle bästa basta beste sista siste meddelande melding medlemmar medlemmer "
        "kunder kunde grannar naboer vanner venner erbjudande tilbud utsikt havet sjo frukost frokost middag"),
    "Polish": (
        "nowy nowa nowe drogi droga drodzy wszyscy ostatnia wiadomosc czlonkowie klienci sasiedzi przyjaciele firmy "
        "firma oferta widok morze jezioro taras sniadanie obiad kolacja"),
}
# (closer 215, review 39) A home's, a drink's, a loaf's, a vehicle's, a sky's, a pet's, a family's or a holiday's
# everyday nouns by language, which a shop's, a brand's or a game's name glues after its first word (`KaffeeHaus`,
# `MüllerBrot`, `MarioKart`) and a gift's audience names (`für Tee Trinker`, `für Oma Opa`, `for Beer Geeks`, `for
# Christmas Eve`): a thing's nouns, rarely a family name, where the adjectives above are one as often (`Klein`,
# `Petit`, `Vista`); common family names (`Berg`, `Wald`, `Fischer`) are left out.
_EVERYDAY_NOUNS: Dict[str, str] = {
    "English (off BIP39's list)": (
        "star stars beer beers cola tea teas kart karts fort studio studios christmas xmas easter halloween "
        "parents grandparents grandma grandpa geeks nerds"),
    "German": (
        "blick haus hauser kaffee tee bier brot brötchen kuchen wein milch hutte huette hütte stube garten markt laden "
        "wagen luft sonne sonnen schein himmel stern welt hund hunde katze katzen eltern kinder familie oma opa "
        "mama papa weihnachten ostern"),
    "French": (
        "maman bateau cafe biere pain gateau soleil ciel etoile monde chien chiens parents enfants "
        "famille noel paques"),
    "Spanish, Portuguese and Italian": (
        "buena bueno buenas buenos bonita bonito cafe cerveza pan pane pao pastel dolce sole cielo estrella "
        "stella mundo mondo perro gato padres ninos familia famiglia navidad natal natale pascua"),
    "Dutch": (
        "huis koffie thee bier brood taart zon hemel ster wereld hond kat ouders kinderen familie oma opa kerst"),
}

EVERYDAY_NOUNS: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for words in _EVERYDAY_NOUNS.values() for word in words.split())
COMMON_WORDS: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for words in _COMMON_WORDS.values() for word in words.split()) | EVERYDAY_NOUNS


def a_common_word_in_a_language(word: str) -> bool:
    """Whether `word`, in any case, is a common word of BIP39's English list (its plural too) or of COMMON_WORDS."""
    return a_common_word(word) or canonical(word)[0].lower() in COMMON_WORDS
