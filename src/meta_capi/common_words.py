"""Common words by language beside BIP39's English list (closer 212, review 38): the rules reading two capitalized
words as a full name no vocabulary holds (a chat's speaker, a greeted name, a date's person after `with`, a link's
counterpart) and one word as the family name a table is booked under asked BIP39's 2,048 English words only, so a
title, an audience, a room's feature, a partner's or a meal's words of another language (`Neue Nachricht`, `Liebe
Mitglieder`, `Chers Membres`, `Vue Mer`, `Terraza Exterior`, `Tisch für Frühstück`) read as a name. A vocabulary, not
a census: common words of the kinds those places hold (a notice's, an audience's, a feature's, a meal's or a dish's,
an activity's, a page's or a mailbox's word; a home's room and the works a trade quotes for, and a file's state, which
a quote's file puts where its customer would stand: `Devis_TRAVAUX_Cuisine.pdf`, `Quote_URGENT_Boiler.pdf`; the
adjectives and determiners opening them), by language, canonical
(accents folded), lower case, compared whole (and German's compounds by their last part: _COMPOUND_HEADS). A family
name that is such a word (`Klein`, `Vista`) is read only after a known given name
(lower_case_names.a_full_name_of_no_language).
"""

from __future__ import annotations

from typing import Dict, FrozenSet

from .bip39_words import a_common_word
from .canonical import canonical

_COMMON_WORDS: Dict[str, str] = {
    "English (off BIP39's list)": (
        "hot tub tubs late checkout personal prompt prompts icebreaker pay associates associate affiliate spam folder "
        "folders archived archive threads thread sent bottomless buffet rooftop patio sushi ramen curry tapas "
        "mezze barbecue bbq dimsum omakase teppanyaki karaoke bowling squash padel minigolf golf prom "
        "graduation christening brunch pairing suite jacuzzi sauna spa yoga pilates trainer stylist info reminder "
        "sale bathroom boiler refit renovation loft roofing plumbing urgent updated revised"),
    "German": (
        "neu neue neuer neues neuen liebe lieber liebes lieben alle allen beste bester bestes besten letzte letzter "
        "letzten grosse grosser grosses kleine kleiner kleines klein gross herzlich willkommen wichtig kunden kundin "
        "nachbarn freunde leute verein team info hinweis erinnerung angebot angebote aktion chance prämie praemie "
        "empfehlung empfehlungs clubhaus vereinsheim training frühstück fruehstuck stammtisch geburtstag meer see "
        "terrasse balkon ordner posteingang spam kuche bad dach sanierung renovierung umbau heizung dringend"),
    "French": (
        "nouveau nouvelle nouveaux nouvelles cher chers chere cheres tous toutes meilleur meilleure dernier derniere "
        "chez nous vous grand grande petit petite bon bonne appetit membre membres client clients voisins amis "
        "equipe info rappel offre chance parrainage vue mer lac montagne terrasse balcon chambre petit-dejeuner "
        "dejeuner diner raclette fondue frites maison page accueil principale dossier courrier travaux cuisine "
        "salle bain toiture renovation plomberie chauffage urgent urgence"),
    "Spanish and Portuguese": (
        "nuevo nueva nuevos nuevas querido querida queridos queridas todos todas mejor ultimo ultima gran grande "
        "miembros socios clientes vecinos amigos equipo oferta aviso vista mar lago terraza exterior interior "
        "balcon habitacion desayuno almuerzo cena churrasco tapas pagina principal inicio carpeta novo nova caro "
        "cara ultimo membros clientes oferta vista mar terraco pequeno almoco jantar reforma cocina bano "
        "tejado fontaneria calefaccion urgente cozinha obra obras"),
    "Italian": (
        "nuovo nuova nuovi nuove caro cara cari care tutti tutte migliore ultimo ultima ultime grande occasione "
        "soci clienti vicini amici squadra offerta avviso vista mare lago terrazza camera colazione pranzo "
        "cena aperitivo pizzata pagina principale cartella cucina bagno tetto ristrutturazione riscaldamento "
        "completo urgente"),
    "Dutch": (
        "nieuw nieuwe beste lieve alle laatste laatst grote kleine leden klanten buren vrienden "
        "kans aanbieding info uitzicht zee meer terras balkon kamer ontbijt lunch diner borrel pagina hoofdpagina map "
        "keuken badkamer dak verbouwing renovatie definitief spoed"),
    "Swedish, Norwegian and Danish": (
        "ny nya nye kjaere kaere alla alle bästa basta beste sista siste meddelande melding medlemmar medlemmer "
        "kunder kunde grannar naboer vanner venner erbjudande tilbud utsikt havet sjo frukost frokost middag "
        "jul julen julekort julkort god godt gott glad glaedelig gledelig nytt nytar nyttar paske pask"
        " tillykke grattis"),
    # (closer 239, reviews 39 and 41) a dish's, an occasion's and an activity's English words (loanwords too) that a
    # table is booked for, and the doings an audience's plural names (`Reservation for Paella, 6 guests`, `Booking for
    # Laser Tag, 8 people`, `hi nelson kayakers, …`); none a common family name nor a given name (not `cook`,
    # `pool`, `baker`, `pho`)
    "English: dishes, occasions and activities": (
        "paella fajitas tacos burritos nachos hotpot shabu sukiyaki yakiniku kaiseki izakaya bibimbap "
        "tandoori biryani risotto lasagne lasagna gnocchi fondue raclette "
        "retirement anniversary farewell reunion engagement "
        "paintball laser lasertag tag darts billiards trampoline bouldering kayak kayaking canoe canoeing paddle "
        "hike hiking commute commuting bake baking"),
    "Polish": (
        "nowy nowa nowe drogi droga drodzy wszyscy ostatnia czlonkowie klienci sasiedzi przyjaciele firmy "
        "firma oferta widok morze jezioro taras sniadanie obiad kolacja kuchnia lazienka remont"),
    # (closer 230, review 41) Russian, Ukrainian, Bulgarian and Serbian in Cyrillic: a shop's, a notice's, a street's
    # and a venue's words opening a title, which cyrillic_names reads before a family name's ending (`Доставка
    # Ростов`, `Новая Коллекция`, `Проспект Невский`)
    "Russian, Ukrainian, Bulgarian and Serbian": (
        "новая новый новое новые новинка новинки доставка скидка скидки распродажа акция коллекция заказ магазин "
        "подарок подарки купить цена бесплатно бесплатная лучший лучшие хит сезон летняя летний зимняя зимний "
        "весенняя осенняя большая большой главная главный каталог услуги контакты отзывы корзина оплата вход отель "
        "гостиница кафе ресторан новости город центр клуб школа салон студия улица проспект площадь переулок "
        "бульвар шоссе дорогие дорогой уважаемые друзья клиенты команда привет спасибо внимание "
        "нова новий нове нові знижка знижки розпродаж замовлення подарунок ціна купити колекція літній зимовий "
        "великий головна вулиця шановні друзі команда дякуємо увага "
        "нов нова ново нови намаление поръчка подарък цена колекция улица "
        "нови нова ново попуст продавница поклон наруџбина улица"),
}
# (closer 215, review 39) A home's, a drink's, a loaf's, a vehicle's, a sky's, a pet's, a family's or a holiday's
# everyday nouns by language, which a shop's, a brand's or a game's name glues after its first word (`KaffeeHaus`,
# `MüllerBrot`, `MarioKart`) and a gift's audience names (`für Tee Trinker`, `für Oma Opa`, `for Beer Geeks`, `for
# Christmas Eve`): a thing's nouns, rarely a family name, where the adjectives above are one as often (`Klein`,
# `Petit`, `Vista`); common family names (`Berg`, `Wald`, `Fischer`, `Stern`, `Hauser`, `Wein`, `Pan`, `Dolce`) are
# left out (as everyday nouns they let `<Given> Stern: …` out: the last read of session 50).
_EVERYDAY_NOUNS: Dict[str, str] = {
    "English (off BIP39's list)": (
        "star stars beer beers cola tea teas kart karts fort studio studios christmas xmas easter halloween "
        "parents grandparents grandma grandpa geeks nerds"),
    "German": (
        "blick haus kaffee tee bier brot brötchen kuchen milch hutte huette hütte stube garten markt laden "
        "wagen luft sonne sonnen welt hund hunde katze katzen eltern kinder familie oma opa "
        "mama papa weihnachten ostern"),
    "French": (
        "maman bateau cafe biere pain gateau soleil ciel etoile monde chien chiens parents enfants "
        "famille noel paques"),
    "Spanish, Portuguese and Italian": (
        "buena buenas buenos bonita bonito cafe cerveza pane pao pastel cielo estrella "
        "mundo mondo perro gato padres ninos familia famiglia navidad natal natale pascua"),
    "Dutch": (
        "huis koffie thee bier brood taart zon hemel ster wereld hond kat ouders kinderen familie oma opa kerst"),
}

# A conversation's or a mailbox's words, by language, as written (counterparts reads them as a route's whole segment:
# `/messages/thread`, `/inbox`, `/chat/`, `/nachrichten/`, `/conversations/`); common words of their languages too.
CONVERSATION_WORDS: FrozenSet[str] = frozenset((
    "messages message msg msgs inbox mailbox chat chats conversation conversations dm dms pm pms messenger "
    "nachrichten nachricht postfach unterhaltung unterhaltungen mensajes mensaje conversaciones conversacion "
    "mensagens mensagem conversas conversa messaggi messaggio conversazioni conversazione chatten berichten bericht "
    "gesprekken gesprek wiadomosci wiadomości wiadomosc czat rozmowy rozmowa").split())

# A plan's, a card's or a programme's tier and an account's kind, as the apps name them (`/join/premium`,
# `/join/pro-2026`, `?reg=GOLDEN1`, `/invite/metal`, `/referral/kids`): a page's words, no person's (referral_links).
PLAN_TIERS: FrozenSet[str] = frozenset((
    "plus premium pro metal standard ultra gold golden silver bronze platinum "
    "business personal joint kids teen junior student").split())

EVERYDAY_NOUNS: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for words in _EVERYDAY_NOUNS.values() for word in words.split())
COMMON_WORDS: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for words in _COMMON_WORDS.values() for word in words.split()) | frozenset(
    canonical(word)[0].lower() for word in CONVERSATION_WORDS) | EVERYDAY_NOUNS


# (tidy 50) German's common nouns a compound ends on (`Heimspiel`, `Sommerfest`, `Weihnachtsfeier`, `Spielbericht`,
# `Elternabend`, `Geburtstagskarte`, `Seeblick`, `Startseite`, `Mittagessen`, `Badezimmer`, `Vereinsmitglieder`,
# closer 216's `Sonnenterrasse`): each a common word alone, and a compound ending on one is a common noun too. Not
# `haus`, `heim`, `tisch`, which family names end on (`Neuhaus`, `Oppenheim`): `Clubhaus`, `Vereinsheim`, `Stammtisch`
# are words of the table above.
_COMPOUND_HEADS = tuple(canonical(word)[0].lower() for word in (
    "spiel fest feier bericht abend karte blick seite essen zimmer mitglied mitglieder terrasse").split())


def a_common_word_of_a_language(word: str) -> bool:
    """Whether `word`, in any case, is a word of COMMON_WORDS, one of German's common nouns a compound ends on
    (_COMPOUND_HEADS) or such a compound (its first part three letters or more)."""
    low = canonical(word)[0].lower()
    return low in COMMON_WORDS or low.endswith(_COMPOUND_HEADS) and any(
        len(low) == len(head) or len(low) >= len(head) + 3 for head in _COMPOUND_HEADS if low.endswith(head))


def a_common_word_in_a_language(word: str) -> bool:
    """Whether `word`, in any case, is a common word of BIP39's English list (its plural too) or of another language
    (a_common_word_of_a_language)."""
    return a_common_word(word) or a_common_word_of_a_language(word)
