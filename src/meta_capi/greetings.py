"""Names in a shop's personalized page titles and greetings, for the detector (detector.py): an order's confirmation,
an account's page, a mail's greeting (`Thank you, John Smith!`, `Hi John Smith, your order is on its way`, `My Account
- John Smith`, `Logged in as John Smith`). Each rule reads a layout, with the words of its cue as lexicon data by
language; the name is two or three capitalized words (name_shapes.FULL_NAME), or one where the layout says only a
person can be meant:

- an informal greeting, a word of thanks or a welcome (_GREETINGS) opening the text, a line, a sentence or a page
  title's part after ` | ` or ` - `, then:
  - a comma calling a name (`Welcome back, John Smith`, `Danke, Thomas Müller!`, `Hello, John Smith | Demo Shop`):
    a full name ended by the text's end, a mark or a title's separator; after a welcome back, one word before `!` is
    enough (`Welcome back, John!`: only an account's holder comes back);
  - a sentence said to the person (a possessive of the second person in it: _YOUR_WORDS), a comma and a full name
    ended as above (`Thank you for your order, John Smith`);
  - no comma (`Hello Kitty Backpack` and `Welcome Home Doormat` are products' titles so written): two capitalized
    words ended by `!` (`Thanks John Smith!`; three are a title as often: `Hola Soy Dora Backpack!`) or by a comma
    ending the text or going on to the person (`Hi John Smith, your order`): a word of the second person or of
    thanks (_ADDRESSED) among the next three words; after thanks, such words after a blank too (`Merci Marie Dupont
    pour votre commande`); an honorific and a name before a comma or `!` (`Hallo Frau Schmidt, Ihr Paket`);
  - in Greek and Cyrillic, whose capitals the canonical form folds, two or three words of any case of three letters
    or more, ended by a comma or `!` (`Здравствуйте, Анна Иванова!`, `Γεια σου Άννα Παπαδοπούλου, η …`);
  - a name ended as a label's value is (label_ends.py: a dash between blanks, a colon, a line break) or by a full
    stop, the sentence after going on to the person (closer 112: `Hi Anna - your order has shipped`, `Hello Anna
    Quendrix. Thanks for shopping`, `Hi Ms. Quendrix\nYour order`); a name in capitals after a greeting that is not,
    called so or by a comma or `!`, going on to the person (`Hi ANNA, your order`);
- an account's title (_ACCOUNT_TITLES: `My Account`, `Mein Konto`) and a full name after ` - `, ` | ` or `: `, the
  name ending the text or a part of it;
- a full name before `'s` and an account's word (`John Smith's Account`, `… Orders`, `… Wishlist`);
- an account named as a person's or who is signed in (`Account of John Smith`, `Logged in as John Smith`: _OF_WHOM),
  or an order's number and the word for "for" (`Order #1234 for John Smith`: _ORDERS), before a full name ended as
  above.

A name whose words are a generic addressee's or a business's (name_shapes.a_person: `Thank you, Valued Customer`,
`My Account - Demo Shop`) is none. In a URL path, only the greetings whose name a comma or `!` calls are read in a
segment (as postal.greeted_in_segments reads a salutation). Each layout needs its cue's word opening the text or a
part of it: the detector looks the text's words up in a set of the cues' first words (cued), so that most values
pay no pattern.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List, Optional, Tuple

from . import honorifics
from .brand_words import a_brands_name, a_business_name
from .canonical import branches_by_first_letter, canonical, longest_first
from .geography import COUNTRY_BY_KEY, TOWN_NAMES, letters_key
from .given_names import a_common_words_not_a_name, a_given_name, a_given_then_family_name
from .label_ends import INLINE_END, WHOLE_LINE_END
from .name_shapes import (
    CAPITAL_NAME,
    CAPITAL_WORD,
    FULL_NAME,
    WORD,
    a_person,
    a_place_before_particle,
    a_place_or_firm_word,
    a_product,
)
from .personal_documents import NOT_NAMES_BY_MEANING
from .postal import _CLOSINGS, _HONORIFIC, _NAME_PARTICLE, PERSON_NAME
from .reviews import (
    AFTER_BYLINE,
    AFTER_BYLINE_HANDLE,
    AFTER_VERIFIED,
    BYLINES,
    VERIFIED,
    a_review_title,
    byline_cues,
)
from .role_labels import CLUB_AND_BREED_WORDS, a_thing
from .standing_names import a_kind_not_a_name

# Informal greetings, thanks and welcomes, by language, as written (read in the canonical form, any case).
_GREETINGS: Dict[str, str] = {
    "English": "hi|hello|hey|hiya|heya|howdy|good morning|good afternoon|good evening|good day|welcome|welcome back|"
               "thank you|thanks|thank you so much|thanks so much|many thanks|"
               # (closer 183: a new hire's welcome, `Welcome aboard, …!`)
               "welcome aboard|welcome to the team",
    "German": "hallo|hi|hey|servus|moin|grüß gott|guten tag|guten morgen|guten abend|willkommen|"
              "willkommen zurück|herzlich willkommen|danke|danke schön|dankeschön|vielen dank|herzlichen dank|"
              "willkommen an bord|willkommen im team",
    "French": "bonjour|bonsoir|salut|coucou|bienvenue|bon retour|merci|merci beaucoup|bienvenue à bord|"
              "bienvenue dans l'équipe",
    "Spanish": "hola|buenos días|buenas tardes|buenas noches|bienvenido|bienvenida|bienvenido de nuevo|"
               "bienvenida de nuevo|gracias|muchas gracias|bienvenido a bordo|bienvenida a bordo|bienvenido al equipo|"
               "bienvenida al equipo",
    "Italian": "ciao|buongiorno|buonasera|benvenuto|benvenuta|bentornato|bentornata|grazie|grazie mille|"
               "benvenuto a bordo|benvenuta a bordo",
    "Portuguese": "olá|oi|bom dia|boa tarde|boa noite|bem-vindo|bem-vinda|bem vindo|bem vinda|"
                  "bem-vindo de volta|bem-vinda de volta|obrigado|obrigada|muito obrigado|muito obrigada",
    "Dutch": "hallo|hoi|hey|goedemorgen|goedemiddag|goedenavond|welkom|welkom terug|bedankt|dank je|dank u|"
             "dank je wel|dank u wel|beste|welkom aan boord|welkom in het team",
    "Polish": "cześć|witaj|witamy|witaj ponownie|dzień dobry|dobry wieczór|dziękujemy|dziękuję",
    "Czech": "ahoj|dobrý den|vítejte|vítej|vítejte zpět|děkujeme|děkuji|díky",
    "Romanian": "bună|bună ziua|bună seara|salut|bine ai venit|bine ați venit|bun venit|bine ai revenit|"
                "mulțumim|mulțumesc",
    "Hungarian": "szia|sziasztok|helló|jó napot|üdvözöljük|üdv|üdv újra|üdvözlünk újra|köszönjük|köszönöm|"
                 "üdv újra itt",  # (thirty-second attack's review: "welcome back here")
    "Russian": "привет|здравствуйте|здравствуй|добрый день|доброе утро|добрый вечер|добро пожаловать|"
               "с возвращением|спасибо",
    "Ukrainian": "привіт|вітаємо|вітаю|добрий день|добрий вечір|доброго дня|доброго ранку|доброго вечора|"
                 "ласкаво просимо|з поверненням|дякуємо|дякую",
    "Greek": "γεια σου|γεια σας|γειά σου|γειά σας|καλημέρα|καλησπέρα|καλώς ήρθες|καλώς ήρθατε|καλώς όρισες|"
             "καλώς ήρθες ξανά|καλώς ήρθατε ξανά|καλώς όρισες ξανά|ευχαριστούμε|ευχαριστώ",
    "Turkish": "merhaba|selam|günaydın|iyi günler|hoş geldin|hoş geldiniz|tekrar hoş geldiniz|teşekkürler|"
               "teşekkür ederiz",
    "Swedish": "hej|hallå|god morgon|välkommen|välkommen tillbaka|tack",
    "Danish": "hej|hejsa|goddag|godmorgen|velkommen|velkommen tilbage|tak|tusind tak",
    "Norwegian": "hei|hallo|god dag|god morgen|velkommen|velkommen tilbake|takk|tusen takk",
    "Finnish": "hei|moi|terve|hyvää päivää|huomenta|tervetuloa|tervetuloa takaisin|kiitos",
    # (thirty-first attack: Indonesian and Vietnamese)
    "Indonesian": "halo|hai|selamat pagi|selamat siang|selamat sore|selamat malam|selamat datang|"
                  "selamat datang kembali|terima kasih",
    "Vietnamese": "xin chào|chào|chào mừng|chào mừng trở lại|chào mừng bạn trở lại|cảm ơn|cám ơn|xin cảm ơn|"
                  "kính chào",  # (the respectful hello: session 17's review)
}
# The welcomes back among them: only an account's holder comes back, so one word is a name after them.
_WELCOMES_BACK = ("welcome back|willkommen zurück|bon retour|bienvenido de nuevo|bienvenida de nuevo|bentornato|"
                  "bentornata|bem-vindo de volta|bem-vinda de volta|welkom terug|witaj ponownie|vítejte zpět|"
                  "bine ai revenit|с возвращением|з поверненням|tekrar hoş geldiniz|välkommen tillbaka|"
                  "velkommen tilbage|velkommen tilbake|tervetuloa takaisin|"
                  # (thirty-first attack)
                  "üdv újra|üdv újra itt|üdvözlünk újra|καλώς ήρθες ξανά|καλώς ήρθατε ξανά|καλώς όρισες ξανά|"
                  "selamat datang kembali|"
                  "chào mừng trở lại|chào mừng bạn trở lại")
# Words of thanks among the greetings: a name after one may be followed by a blank and the sentence that goes on (`Merci
# Marie Dupont pour votre commande`); after a greeting, a comma is needed (`Ciao Bella Gelato per la tua estate`).
_THANKS = ("thank you|thanks|many thanks|danke|danke schön|vielen dank|herzlichen dank|merci|merci beaucoup|gracias|"
           "muchas gracias|grazie|grazie mille|obrigado|obrigada|muito obrigado|muito obrigada|bedankt|dank je|dank u|"
           "dank je wel|dank u wel|dziękujemy|dziękuję|děkujeme|děkuji|díky|mulțumim|mulțumesc|köszönjük|köszönöm|"
           "спасибо|дякуємо|дякую|ευχαριστούμε|ευχαριστώ|teşekkürler|teşekkür ederiz|tack|tak|tusind tak|takk|"
           "tusen takk|kiitos|terima kasih|cảm ơn|cám ơn|xin cảm ơn")
# The possessives of the second person, by language (your, votre, tu, Ihr, din, ваш): a sentence holding one is said
# to a person (`Thank you for your order, John Smith`).
_YOUR_WORDS = (
    "your yours dein deine deinen deiner deines ihr ihre ihren ihrer ihres euer eure votre vos ton ta tes tu tus su "
    "sus vuestro vuestra tuo tua tuoi tue vostro vostra seu sua seus suas teu tua je jouw uw twoje twoja twój "
    "twojego twoją wasze wasz vaše váš vaši tvoje tvá tvůj tău dumneavoastră voastră tale dvs din ditt dina dit "
    "dine deres sinun teidän sizin senin σας σου ваш ваша ваше ваши вашего вашу твой твоя твоё твій твоє")
# ... and with them the pronouns of the second person and the words of thanks, which tell that the sentence after a
# name goes on to the person (`…, your order`, `…, tack för din beställning`, `…, kiitos tilauksesta`).
_ADDRESSED_WORDS = (_YOUR_WORDS + " you du dir dich sie ihnen euch vous te usted ti você jij jou dig pana pani "
                    "państwa vás vám er ert era siz sen вы вас ты ви вам").split() + _THANKS.split("|")
# Turkish writes "your" as a suffix (`siparişiniz`: your order).
_TURKISH_YOUR = "[a-z]{2,20}[iu]n[iu]z"
# ... and so does Finnish, in lower case (`tilauksesi`, `tilauksenne`: your order; thirty-first attack).
_FINNISH_YOUR = "[a-z]{3,20}(?:si|nne)"
# An account's own page, as its title names it, by language (a page only its holder sees).
_ACCOUNT_TITLES = ("my account|my profile|my orders|your account|mein konto|mein profil|meine bestellungen|"
                   "mon compte|mon profil|mes commandes|mi cuenta|mi perfil|mis pedidos|il mio account|"
                   "il mio profilo|minha conta|meu perfil|mijn account|mijn profiel|moje konto|mój profil|"
                   "můj účet|contul meu|fiókom|saját fiók|мой аккаунт|мой профиль|личный кабинет|мій акаунт|"
                   "мій профіль|особистий кабінет|ο λογαριασμός μου|hesabım|profilim|mitt konto|min konto|"
                   "min profil|oma tili|omat tiedot|siparişlerim|"
                   # (the bare word of an English account's page, a German customer's account: thirty-second attack)
                   "account|kundenkonto|"
                   # (and an order's confirmation, a page only its buyer sees: `Order confirmation – Annabel Whitcombe`)
                   "order confirmation|order confirmed|bestellbestätigung|confirmation de commande|"
                   "confirmación de pedido|confirmación del pedido|conferma d'ordine|conferma dell'ordine|"
                   "conferma ordine|confirmação de encomenda|confirmação do pedido|orderbevestiging|"
                   "potwierdzenie zamówienia|orderbekräftelse|ordrebekræftelse|ordrebekreftelse|sipariş onayı|"
                   "подтверждение заказа|tilausvahvistus")
# An account's words after a possessive `'s` (`John Smith's Account`).
_ACCOUNT_WORDS = "account|profile|orders|order history|wishlist|wish list|dashboard|cart|basket|favorites|favourites"
# An account named as a person's (`Account of`), who is signed in (`Logged in as`), and an order for a person
# (`Order #1234 for`: the order's word here, its number and the word for "for" in the pattern), by language.
# (who is signed in: a handle after these names its holder too, below)
_SIGNED_IN_AS = ("logged in as|signed in as|angemeldet als|eingeloggt als|connecté en tant que|connectée en tant que|"
                 "conectado como|conectada como|connesso come|connessa come|ingelogd als|inloggad som|logget ind som|"
                 "logget inn som|zalogowano jako|přihlášen jako|přihlášena jako|вы вошли как|ви увійшли як|"
                 "zalogowany jako|zalogowana jako")
_OF_WHOM = ("account of|profile of|konto von|profil von|compte de|profil de|cuenta de|perfil de|account di|"
            "profilo di|conta de|perfil de|account van|profiel van|konto för|konto for|konto af|konto użytkownika|"
            "účet uživatele|contul lui|аккаунт пользователя|акаунт користувача|"
            f"{_SIGNED_IN_AS}")
# A person's document or list in a shop, named by its noun and the word for "of" or "for" (`Pedido de`, `Commande de`,
# `Bestellung für`, `Wishlist of`, `Invoice for`, `Rechnung für`) or, in Polish, by its noun before the name in the
# genitive (`Zamówienie Anny Kowalskiej`), and a gift for a person (`Gift for`, `Geschenk für`), by language (session
# 16); a registry's or a gift list's (`Wedding registry of`, `Liste de naissance de`, `Lista nozze di`) and a gift
# card's or a voucher's (`Gift card for`, `Geschenkgutschein für`, `Cadeaubon voor`) too (forty-first attack).
# Before a full name only: one word after such a phrase is a kind, a season or a test (`Pedido de Regalo`,
# `Commande de Noël`, `Bestellung für Firmenkunden`). No English `order of`: a title of a knighthood or a book (`Order
# of the Phoenix`, `Order of Malta`).
_DOCUMENTS_OF = {
    "English": "order for|orders of|wishlist of|wish list of|wishlist for|invoice for|invoice of|receipt for|gift for|"
               "gift list of|gift list for|registry of|registry for|wedding registry of|wedding registry for|"
               "wedding list of|baby registry of|baby registry for|baby list of|baby list for|gift card for|"
               "e-gift card for|egift card for|gift certificate for|gift voucher for|voucher for",
    "Spanish": "pedido de|pedidos de|factura de|factura para|lista de deseos de|regalo para|lista de bodas de|"
               "lista de boda de|mesa de regalos de|lista de regalos de|lista de nacimiento de|tarjeta regalo para|"
               "tarjeta de regalo para|cheque regalo para|vale regalo para",
    "Portuguese": "encomenda de|encomendas de|fatura de|fatura para|lista de desejos de|presente para|"
                  "lista de presentes de|lista de casamento de|cartão presente para|cartão-presente para|"
                  "vale-presente para|vale presente para",
    "French": "commande de|commandes de|facture de|facture pour|liste d'envies de|liste de souhaits de|cadeau pour|"
              "liste de mariage de|liste de naissance de|liste de cadeaux de|carte cadeau pour|carte-cadeau pour|"
              "bon cadeau pour|chèque cadeau pour|chèque-cadeau pour",
    "German": "bestellung für|bestellung von|bestellungen von|bestellbestätigung für|rechnung für|rechnung an|"
              "wunschliste von|wunschliste für|geschenk für|hochzeitsliste von|hochzeitsliste für|babyliste von|"
              "babyliste für|geschenkliste von|geschenkliste für|gutschein für|geschenkgutschein für|"
              "geschenkkarte für",
    "Russian": "заказ для|заказы для|подарок для",
    "Italian": "ordine di|ordini di|fattura di|fattura per|lista dei desideri di|regalo per|lista nozze di|"
               "lista nascita di|lista regali di|buono regalo per|carta regalo per",
    "Dutch": "bestelling van|bestelling voor|bestellingen van|factuur voor|factuur van|verlanglijst van|cadeau voor|"
             "huwelijkslijst van|babylijst van|babylijst voor|cadeaubon voor|cadeaukaart voor",
    "Polish (the name in the genitive)": "zamówienie|zamówienia|faktura dla|lista życzeń|prezent dla|"
                                         "lista prezentów dla|karta podarunkowa dla|bon podarunkowy dla",
    "Swedish, Danish, Norwegian": "beställning för|önskelista för|faktura för|bestilling for|bestilling til|"
                                  "ønskeliste for|gave til|presentkort till|presentkort för|gavekort til|"
                                  "gavekort for",
}
_ORDERS = ("order|bestellung|commande|pedido|ordine|encomenda|bestelling|zamówienie|objednávka|comanda|rendelés|"
           "заказ|замовлення|παραγγελία|sipariş|beställning|ordre|bestilling|tilaus|"
           # (an invoice's number names its customer as an order's does: `Invoice #INV-118 for`; session 16)
           "invoice|rechnung|facture|factura|fattura|fatura|factuur|faktura|счёт|счет|"
           # (a booking's reference names its traveller or guest as an order's number does: `Buchung QZ7K4B für`;
           # closer 82)
           "booking|buchung|reservation|réservation|reservierung|reserva|prenotazione|reservering|rezerwacja|"
           "rezervasyon|bokning")
# (the orders' and invoices' words, without the bookings')
_ORDERS_SET_OFF = _ORDERS[:_ORDERS.index("|booking")]
# (and the word for "of" after an order's number: `Ordine n. 48213 di`, `Pedido 1234 de`; a full name follows)
_FOR_WHOM = "for|für|pour|para|per|voor|för|dla|pro|pentru|для|για|için|til|af|av|di|de|von|van"
# Words a greeting puts before the name that are no name (`Thank You Card`: `You` is the thanks').
# ... and the words of a season, a sale or a delivery's kind, which a welcome or an order names (`Welcome back,
# Summer!`, `Order #1234 for Same Day Delivery`).
# ... and (session 16) the people a gift is for by their kin, their role or what they love (`Gift for Best Friend`,
# `Gift for Coffee Lovers`), and the nouns a product's title ends on (`Wishlist of Dreams Candle`, `Gift for Mom Mug`).
_NOT_NAME_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "you u du sie vous tu all everyone everybody there world summer spring autumn fall winter sale sales weekend "
    "school delivery pickup collection shipping shipment express "
    "him her them me mom mum mother dad father mama papa oma opa grandma grandpa granny nana parent parents "
    "husband wife boyfriend girlfriend son daughter sister brother baby babies kid kids child children men women "
    "man woman boy boys girl girls teen teens friend friends bestie boss coworker coworkers colleague colleagues "
    "teacher teachers nurse nurses doctor lover lovers owner owners fan fans couple couples family families "
    "bride groom guest guests host hostess mutter vater freund freundin maman papá mamá madre padre amigo amiga "
    "candle candles mug mugs cup shirt tee hoodie sweater poster print card cards book books box set kit bundle "
    "necklace bracelet ring earrings bag tote pillow blanket ornament frame edition gift gifts basket hamper "
    "tasse kerze karte buch geschenk taza vela tarjeta libro regalo tasse bougie carte livre cadeau "
    # ... and an order's or a gift's kind, occasion or channel in the languages of _DOCUMENTS_OF (`Factura de Compra
    # Online`, `Commande de Groupe Scolaire`, `Cadeau pour Saint Valentin`, `Gift for Santa Claus`)
    "online offline gratis free sample samples test prueba pruebas muestra muestras prova gratuita gratuito essai "
    "purchase compra compras achat kauf acquisto aankoop zakup rápida rapida rápido rapide schnell veloce "
    "wholesale bulk mayoreo mayorista großhandel ingrosso groothandel hurtowe group groupe grupo gruppo "
    "gruppe groep scolaire escolar schule scuola kinder niños enfants bambini kinderen dzieci "
    "christmas xmas navidad noël weihnachten natale kerst santa saint sankt valentine valentin "
    "valentín birthday cumpleaños anniversaire geburtstag compleanno verjaardag urodziny wedding boda mariage "
    "hochzeit matrimonio bruiloft ślub easter pascua pâques ostern pasqua pasen "
    "business businesses small next night tax custom personalized personalised personalizado personalizada "
    "personalizados personalizadas personnalisé personnalisée personnalisés personalizzato personalizzata "
    "personalisiert "
    # ... and (forty-first attack) a gift card's or a voucher's treat and how many it is for (`Voucher for Spa Day`,
    # `Gutschein für Zwei Personen`, `Cadeaubon voor Twee Personen`)
    "spa wellness massage dinner two zwei deux dos due twee två people persons personen personnes personas persone "
    "osoby").split())
# A teacher's or a carer's role, which a thank-you gift calls by language (closer 137: `Merci Maîtresse !`, `Danke,
# Lehrerin!`, `Gracias, Profe!`, as English's `Thank You, Teacher!`): a cued name of these words alone is none; before
# a name it is the person's title (`Danke, Lehrerin Anna Schmidt!` names her).
_ROLE_ADDRESSES = frozenset(canonical(word)[0].lower() for word in (
    "maîtresse maître maitresse maitre prof profs professeur professeure enseignant enseignante institutrice "
    "instituteur nounou lehrer lehrerin erzieher erzieherin kindergärtnerin profe profesor profesora maestro maestra "
    "seño insegnante professoressa professore juf juffrouw leraar lerares nauczyciel nauczycielka wychowawczyni "
    "professora nanny babysitter").split())

# ... and what a shop calls its visitor in a greeting (thirty-first attack: `Willkommen zurück, Schnäppchenjäger!`, the
# bargain hunter; `Hello, Gorgeous`), a closed class by language (not the words that are as often a name: `Hunter`,
# `Darling`, `Angel`).
_NOT_NAME_WORDS |= frozenset(canonical(word)[0].lower() for word in (
    "gorgeous beautiful beauty handsome lovely sweetie sweetheart cutie stranger traveller traveler explorer "
    "adventurer shopaholic fashionista trendsetter bargain gamer gamers foodie foodies bookworm champ champion hero "
    "legend superstar rockstar insider insiders vip "
    "schnäppchenjäger schnäppchenjägerin entdecker entdeckerin sammler sammlerin leseratte bücherwurm naschkatze "
    "schönheit beauté guapa guapo preciosa precioso bellezza tesoro koopjesjager schoonheid "
    # (Indonesian's "pal", Vietnamese's "friend", a sneaker collector: session 17's review)
    "sobat sahabat sneakerhead sneakerheads "
    # (Hungarian's customer, guest, dear: session 18's review)
    "vásárló vásárlónk vendég vendégünk kedves").split())
# ... and (closer 146) a trade's work a freelancer's invoice or receipt is for, by language (`Invoice for Web Design`,
# `Receipt for Logo Design`, `Invoice for Web Hosting`; record_names' `Quote for Garden Design` goes out by its end,
# _RECORD_GOES_ON, which `Invoice for <Given> <Family>` shares): none is a given or a family name
_NOT_NAME_WORDS |= frozenset(canonical(word)[0].lower() for word in (
    "design designs redesign hosting development programming coding consulting consultancy translation "
    "translations copywriting proofreading editing photography videography illustration branding marketing seo "
    "bookkeeping cleaning gardening landscaping catering tutoring coaching "
    "gestaltung entwicklung programmierung beratung ubersetzung lektorat fotografie reinigung "
    "conception developpement traduction nettoyage diseno desarrollo traduccion limpieza "
    "progettazione sviluppo traduzione pulizia ontwerp ontwikkeling vertaling schoonmaak").split())


def _folded(phrases: str) -> List[str]:
    """The canonical form in lower case of each of `phrases` (`|` between them), written in lower case, capitalized or
    in capitals (the canonical form folds a Greek or Cyrillic letter to another look-alike by its case), longest
    first."""
    forms = {canonical(written)[0].lower() for phrase in phrases.split("|")
             for written in (phrase, phrase[:1].upper() + phrase[1:], phrase.upper())}
    return sorted(forms, key=longest_first)


def _alternatives(phrases: str) -> str:
    return "|".join(re.escape(form).replace("\\ ", "[ \\t]{1,3}") for form in _folded(phrases))


_GREETING_FORMS = _folded("|".join(_GREETINGS.values()))
# (closer 213, review 38) The greetings, thanks and welcomes of all languages as one alternation (each blank one to
# three), by first letter: chat_lines' greeted name reads them too.
GREETING_ALTERNATION = branches_by_first_letter(_alternatives("|".join(_GREETINGS.values())))
# ... and their forms and the first words of each (`udv ujra` of `üdv újra itt`): a name read after a greeting is no
# longer greeting's words.
GREETING_OPENINGS = frozenset(" ".join(form.split()[:count]) for form in _GREETING_FORMS
                              for count in range(1, len(form.split()) + 1))
_ADDRESSED = (f"(?:(?i:{'|'.join(re.escape(word) for word in _folded('|'.join(_ADDRESSED_WORDS)))}|{_TURKISH_YOUR})"
              f"|{_FINNISH_YOUR})(?![^\\W\\d_])")
_YOUR = f"(?i:{'|'.join(re.escape(word) for word in _folded(_YOUR_WORDS.replace(' ', '|')))})(?![^\\W\\d_])"
_SMALL_WORD = "[^\\W\\d_A-Z][^\\W\\d_]{0,20}"
# A word of thanks or a welcome, a sentence in lower case after it holding a possessive of the second person, a comma
# and a name (`Thank you for your order, John Smith`, `Danke für Ihre Bestellung, Thomas Müller`).
_THANKED_FOR = (f"[ \\t]{{1,3}}(?:{_SMALL_WORD}[ \\t]{{1,3}}){{0,4}}{_YOUR}"
                f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{1,20}}){{0,3}}[ \\t]{{0,3}},")
# Where a part of a title or a sentence ends after a name: the text's end, a mark, a line (`\r\n` too), a title's
# separator.
_PART_END = r"[ \t]{0,3}(?=$|[,.;:!?|)\r\n\"]|[ \t]-[ \t])"
# A sentence going on after a name to the person: within three words a word of _ADDRESSED or a welcome back (`Hi Anna
# Schmidt, welcome back`: session 17's review); chat_lines' greeted name in lower case reads the same sentence
# (closer 220).
GOES_ON_WORDS = (f"(?:[^\\W\\d_]{{1,20}}[ \\t]{{1,3}}){{0,2}}"
                 f"(?:{_ADDRESSED}|(?i:{_alternatives(_WELCOMES_BACK)})(?![^\\W\\d_]))")
_GOES_ON = f"[ \\t]{{1,3}}{GOES_ON_WORDS}"
# What else ends a name a greeting calls (closer 112: `Hi Anna - your order has shipped`, `Hello Anna. Thanks for
# shopping`, `Hi Anna\nYour order`): a label's ends (label_ends.py: a dash between blanks, a colon, a line break) or a
# sentence's full stop; a title's part or a subtitle ends so as often (`Hello Kitty - Backpack`, `Hola Mundo. Curso`),
# so the sentence after them goes on to the person (GOES_ON_WORDS).
_CALLED_END = (f"(?:{INLINE_END}|{WHOLE_LINE_END}|[ \\t]{{0,3}}\\.(?:[ \\t]{{1,3}}|[ \\t]{{0,3}}\\r?\\n[ \\t]{{0,3}}))"
               f"{GOES_ON_WORDS}")
# A full name of two words (a greeting and three capitalized words before `!` are a title as often: `Hola Soy Dora
# Backpack!`).
_TWO_WORDS = f"{WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}"
_ANY_CASE_WORD = "[^\\W\\d_]{3,30}"
# What follows each kind of cue (read at the cue's end; a group holds the name):
# a greeting: a name called by a comma, a sentence said to the person then a comma and a name, or without a comma two
# words before `!`, two words before a comma ending the text or going on to the person, an honorific's name before a
# comma or `!`
_AFTER_GREETING = re.compile(
    f"[ \\t]{{0,3}},[ \\t]{{0,3}}({FULL_NAME}){_PART_END}|{_THANKED_FOR}[ \\t]{{0,3}}({FULL_NAME}){_PART_END}"
    # (an honorific and a name a comma calls, ended as a full name is: `Hi, Ms. Quendrix - your order`; closer 112)
    f"|[ \\t]{{0,3}},[ \\t]{{0,3}}{_HONORIFIC}((?:{WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}){{0,2}}{WORD}){_PART_END}"
    f"|[ \\t]{{1,3}}(?:({_TWO_WORDS})[ \\t]{{0,3}}!"
    f"|({_TWO_WORDS})[ \\t]{{0,3}},(?:[ \\t]{{0,3}}(?:$|(?=\"))|{_GOES_ON})"
    f"|{_HONORIFIC}((?:{WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}){{0,2}}{WORD})[ \\t]{{0,3}}(?:[,!]|{_CALLED_END})"
    f")")
# ... and a full name those ends call (a separate pattern: no word of it may be a greeting's object, below)
# (closer 193, attack 88: a winner's notice) Congratulations by language, read only before a full name the sentence
# after calls (_AFTER_GREETING_ENDED: `Congratulations …, you've won £500!`): a winner in the news is congratulated by
# name with no second person after it (`Congratulations Max Verstappen!`, `Glückwunsch, Real Madrid`).
_CONGRATULATIONS = ("congratulations|congrats|well done|herzlichen glückwunsch|glückwunsch|gratulation|félicitations|"
                    "bravo|felicidades|enhorabuena|felicitaciones|congratulazioni|complimenti|parabéns|gefeliciteerd|"
                    "proficiat|gratulacje|grattis|tillykke|gratulerer")
_CONGRATULATION_PHRASES = frozenset(tuple(phrase.split()) for phrase in _folded(_CONGRATULATIONS))
_AFTER_GREETING_ENDED = re.compile(
    f"(?:[ \\t]{{0,3}},[ \\t]{{0,3}}|[ \\t]{{1,3}})({FULL_NAME})"
    f"(?:[ \\t]{{0,3}}[,!][ \\t\\r\\n]{{1,4}}{GOES_ON_WORDS}|{_CALLED_END})")
# ... and a name in capitals after a greeting that is not (closer 112: `Hi ANNA, your order`, a merge tag's field in
# capitals), one to three words with a vowel, called by a comma, `!` or an end above, the sentence going on to the
# person (an acronym's greeting ends the text as often: `Thanks NHS!`, `Hello USA!`; a banner in capitals, `THANK YOU,
# JOHN SMITH!`, is not read: its greeting is in capitals too).
_AFTER_GREETING_CAPITALS = re.compile(
    f"[ \\t]{{0,3}},?[ \\t]{{1,3}}({CAPITAL_NAME}|{CAPITAL_WORD})[ \\t]{{0,3}}"
    f"(?:[,!][ \\t\\r\\n]{{1,4}}{GOES_ON_WORDS}|{_CALLED_END})")
# (closer 233, review 45) A full name a greeting, a gift's or an order's label or a letter's closing calls, ending the
# text (`Hello Anna Schmidt`, `Guten Tag Frau Sabine Krüger`, `For: Mia Thompson`, `Signed: Emily Johnson`, `Kind
# regards Oliver Smith`), or ended by the next label (`To: Emma Wilson, From: Liam Wilson`) or Turkish's postposition
# for "for" (`Hediye: Elif Şahin için`). A product's title opens on such words as often (`Hello Kitty Backpack`, `Hello
# Summer Sale`, `For Her Gift Set`), so only a known given name then a family name that is no common word of a gate
# language is read (given_names.a_given_then_family_name); before more words a capitalized greeted name stays a
# title's (session 53's lead: `Ciao Bella Gelato per la tua estate`).
_NAME_ENDS_TEXT = (r"[ \t]{0,3}(?:[.!]?[ \t]{0,3}(?:$|(?=[\"\r\n]))|,[ \t]{0,3}[^\W\d_]{2,20}[ \t]{0,3}:"
                   r"|[ \t]{1,3}icin[ \t]{0,3}$)")
_AFTER_CUE_NAME_ENDS = re.compile(
    f"(?:[ \\t]{{0,3}}[,:])?[ \\t]{{1,3}}(?:{_HONORIFIC})?({_TWO_WORDS}){_NAME_ENDS_TEXT}")
# ... the labels that name whom a gift or an order is for or from, or who signs, by language (a colon after them or
# not; the orders' words, _ORDERS, and a letter's closings, postal._CLOSINGS, are read with them)
_NAME_LABELS = {
    "English": "for|to|from|gift for|signed|signed by|ordered by|sent by|love",
    "German": "für|geschenk für|von|bestellt von|gruß|grüße|gruss|grüsse|rezension von|bewertung von",
    "French": "pour|cadeau pour|de la part de|signé|avis de",
    "Spanish": "para|regalo para|de parte de|firmado|reseña de",
    "Italian": "per|regalo per|da parte di|firmato|recensione di",
    "Portuguese": "para|presente para|da parte de|assinado|avaliação de",
    "Dutch": "voor|cadeau voor|namens|groeten|recensie van",
    "Polish": "dla|prezent dla|od",
    "Turkish": "hediye|gönderen|alıcı",
    # (a CRM's or a form's contact, by language: `Kunde Max Mustermann`, `Ansprechpartner Frau …`)
    "Contacts": "customer|client|contact person|kunde|kundin|ansprechpartner|ansprechpartnerin|cliente|klant|klient",
}
# ... and an honorific opening the text or a part (honorifics.py's `any`, with its dot and without: `Dr. Klaus Wagner`,
# `Mrs. Elizabeth Clarke`; not `Dr. Oetker Pizza`, `Mr. Bean Teddy`, whose words go on or open on no given name)
_OPENING_HONORIFICS = "|".join(sorted({form for word in honorifics.words("any") if len(word.rstrip(".")) > 1
                                       for form in (word.rstrip("."), word.rstrip(".") + ".")}))
# thanks: two words and the sentence going on to the person without a comma
_AFTER_THANKS = re.compile(f"[ \\t]{{1,3}}({_TWO_WORDS}){_GOES_ON}")
# (closer 160, seventy-sixth attack: a marketplace's review) thanks to a person, by language, then a full name and
# the word for "for" (`Danke an … für den netten Kontakt`, `Thanks to … for the quick payment`); a generic
# addressee's words are in lower case or no person's (`Danke an alle Kunden für 10 Jahre`).
_THANKS_TO = ("thanks to|thank you to|many thanks to|danke an|vielen dank an|merci à|un grand merci à|gracias a"
              "|muchas gracias a|grazie a|obrigado a|obrigada a|dank aan|bedankt aan|dziękuję dla|tack till|tak til"
              "|takk til")
_FOR_WORDS = "for|fur|für|pour|por|para|per|voor|za|pelo|pela|för|forde"
_AFTER_THANKS_TO = re.compile(f"[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{1,3}}(?i:{_alternatives(_FOR_WORDS)})"
                              f"(?![^\\W\\d_])")
# (closer 177, eighty-first attack: a streamer's thanks for a tip) thanks, a full name or one word, the word for "for"
# and, after up to two small words, an amount (a currency's sign by its number, or a number before a tip's word) or a
# tip's word by language (`Thanks … for the 5€!`, `Danke … für die 500 Bits!`, `Merci … pour le don`, `Grazie … per i
# 5€!`); a kin's word is no one's name (`Thanks Mom for the 5€`), nor a business's (`Thanks Acme Corp for the $500`).
TIP_WORDS = {
    "English": "tip tips donation donations dono bits sub subs gifted raid superchat cheer cheers coins stars follow",
    "German": "spende trinkgeld bits abo", "French": "don dons pourboire soutien abonnement",
    "Spanish": "donación donativo propina suscripción", "Italian": "donazione mancia abbonamento",
    "Portuguese": "doação gorjeta", "Dutch": "donatie fooi", "Polish": "donację darowiznę napiwek",
}
CURRENCY_SIGN = "[€$£¥₩₽₹]"
_A_TIP = (f"(?:{CURRENCY_SIGN}[ \\t]?[0-9]|(?:[0-9][0-9.,]{{0,9}}[ \\t]{{0,2}})?(?:{CURRENCY_SIGN}"
          f"|(?i:{_alternatives(' '.join(TIP_WORDS.values()).replace(' ', '|'))})(?![^\\W\\d_])))")
_AFTER_THANKS_FOR_A_TIP = re.compile(
    f"[ \\t]{{1,3}}({FULL_NAME}|{WORD})[ \\t]{{1,3}}(?i:{_alternatives(_FOR_WORDS)})[ \\t]{{1,3}}"
    f"(?:{_SMALL_WORD}[ \\t]{{1,3}}){{0,2}}{_A_TIP}(?:[^\\n!]{{0,40}}!)?")
# a welcome back: one word before `!`
_AFTER_WELCOME_BACK = re.compile(f"[ \\t]{{0,3}},[ \\t]{{0,3}}({WORD})[ \\t]{{0,3}}!")
# a greeting in Greek or Cyrillic: two or three words of any case, ended by a comma or `!`
_AFTER_SCRIPT_GREETING = re.compile(
    f"[ \\t]{{0,3}},?[ \\t]{{1,3}}((?:{_ANY_CASE_WORD}[ \\t]{{1,3}}){{1,2}}{_ANY_CASE_WORD})[ \\t]{{0,3}}"
    f"(?:[,!]|{_CALLED_END})")
# A greeting, maybe a comma, then a word of kin or an honorific as the language writes it after its greetings, and one
# to three words of a name called by a comma or `!` (thirty-first attack: Indonesian `Halo Kak Rahmawati,`,
# Vietnamese `Chào chị Lan,`, Romanian `Bună ziua, doamna Popescu,`): each language's words after its own greetings
# only (Vietnamese `Hai Bà Trưng`, "two ladies Trưng", is a street's name after Indonesian's `hai`), the name no word
# of them.
_KIN_HONORIFICS = honorifics.by_language("kin", "|")  # (honorifics.py)

# A greeting and two words before symbols ending the line in the comma's place (a wave: `Hi Annabel Whitcombe 👋`), the
# next line said to the person (thirty-first attack).
_AFTER_GREETING_SYMBOLS = re.compile(
    f"[ \\t]{{1,3}}({_TWO_WORDS})[ \\t]{{0,3}}(?:[^\\w\\s\\x00-\\x7f][ \\t]{{0,3}}){{1,6}}\\r?\\n[ \\t]{{0,3}}"
    f"(?:[^\\W\\d_]{{1,20}}[ \\t]{{1,3}}){{0,2}}{_ADDRESSED}")


# A greeting and one word of a name (closer 90: `Thank you, Quendrix!`, `Hi Quendrix, your order is on its way`,
# `Hi Quendrix!`, WooCommerce's `Hello quendrix (not quendrix? Log out)`): a comma calling one capitalized word; or,
# without a comma, after a greeting or thanks but no welcome (`Welcome Offer!`, `Welcome Home!` are titles), one
# capitalized word; then a mark (`!`, a comma; after a called word `?` and `.` too) ending the text or its part (a
# query's value too: `?utm_content=Hi Jo!&…`), or the sentence going on to the person on its line or the next (`Hey
# Jo,\nyour order`): a work's title goes on otherwise (`Hey Arnold! The Complete Series`, `Hello, Dolly! DVD`), and a
# called word ending the text unmarked is a place or a signature as often (`Üdv, Budapest`, `Thanks, Wyn`). Or one
# word in any case repeated after the word for "not" in brackets (an account's page asking whether its visitor is
# someone else). The word is no greeting's object (_GREETED_OBJECTS), no country's name, no word of kin or honorific
# (`Halo Bunda, cek koleksi baru kami`), no word _NOT_NAME_WORDS holds, no generic addressee's.
_NOT_WORDS = "not|nicht|pas|no|non|niet|nie|inte|ikke|ei|değil|не|ні|όχι|não|nu|nem|ne"
_GOES_ON_NEXT = f"[ \\t\\r\\n]{{1,4}}{GOES_ON_WORDS}"
_ONE_ENDS = f"(?:$|(?=[\"&|])|(?=[-–—][ \\t])|{_GOES_ON_NEXT})"
_AFTER_GREETING_CALLS_ONE = re.compile(
    f"[ \\t]{{0,3}},[ \\t]{{0,3}}({WORD})[ \\t]{{0,3}}(?:[!?.,][ \\t]{{0,3}}{_ONE_ENDS}|{_GOES_ON_NEXT}|{_CALLED_END})"
    f"|[ \\t]{{1,3}}([^\\W\\d_]{{2,30}})[ \\t]{{1,3}}\\([ \\t]{{0,3}}(?i:{_NOT_WORDS})[ \\t]{{1,3}}(?i:\\2)"
    f"[ \\t]{{0,3}}[?!)]")
_AFTER_GREETING_ONE = re.compile(
    f"[ \\t]{{1,3}}({WORD})[ \\t]{{0,3}}(?:[!,][ \\t]{{0,3}}{_ONE_ENDS}|{_CALLED_END})")
# What a greeting calls that is no name: the world, a crowd, a season or a day, an offer's or a gift's noun, by language
# (in the canonical form in lower case; `April`, `May`, `June`, `August` are names as often).
_GREETED_OBJECTS = frozenset(canonical(word)[0].lower() for word in (
    "again aboard home fresh sunshine kitty dude dudes folks guys gals ladies gentlemen fam gang crew squad buddy "
    "buddies pal pals mate mates neighbor neighbors neighbour neighbours team teams members shoppers readers "
    "subscribers visitors offer offers deal deals bonus gift gifts pack kit box bundle code coupon discount today "
    "tomorrow yesterday future monday tuesday wednesday thursday friday saturday sunday january february march july "
    "september october november december "
    "welt leute zusammen alle angebot geschenk rabatt mundo todos todas amigos oferta regalo monde tous amis offre "
    "cadeau mondo tutti amici offerta wereld allemaal iedereen aanbieding "
    # (a stream's audience thanked, the lead's review of closer 177: `Thanks Chat for the 100 subs!`)
    "chat viewers mods moderators followers raiders lurkers "
    # (closer 187, review 32) ... by language, the plural `you` and the crowd's words a streamer thanks (`Danke Euch
    # für die 500 Bits!`, `Gracias Chicos por la donación`, `Grazie Ragazzi per i 5€!`), an anonymous giver's word
    # (`Thanks Anonymous for the 5€!`) and a streaming platform's (`Danke Twitch für die 500 Bits!`)
    "euch ihr jungs zuschauer chicos chicas chavales gente ragazzi ragazze raga spettatori jongens mensen kijkers "
    "gars commu communaute community spectateurs espectadores pessoal galera "
    "anonymous anonym anonyme anonimo anonima anoniem anonimowy "
    "twitch youtube kick patreon tiktok streamlabs streamelements kofi "
    # (closer 112: a voice assistant's wake word, `Hey Siri - your assistant`; and what `Hi` abbreviates "high" before,
    # `Hi Tech`, `Hi Vis Vest`)
    "siri google cortana bixby tech vis viz res top tops rise def").split())
# The welcomes among the greetings, by language (one word after one without a comma is a title's: `Welcome Offer!`).
_WELCOMES = ("welcome|willkommen|herzlich willkommen|bienvenue|bienvenido|bienvenida|benvenuto|benvenuta|bem-vindo|"
             "bem-vinda|bem vindo|bem vinda|welkom|witaj|witamy|vítejte|vítej|bine ai venit|bine ați venit|bun venit|"
             "üdvözöljük|добро пожаловать|ласкаво просимо|καλώς ήρθες|καλώς ήρθατε|καλώς όρισες|hoş geldin|"
             "hoş geldiniz|välkommen|velkommen|tervetuloa|selamat datang|chào mừng")
# (closer 141) ... or, after a greeting but no welcome, one capitalized word before `!`, `?` or a comma, or symbols in
# their place (a wave: `Hey Jo 👋`), then a sentence going on to the person: a word of the second person within its
# first five words, as an agent's question (`Hi Jo! How can I help you today?`), or a welcome going on (`Hey Jo 👋
# welcome to …`; a banner's welcome ends the text: `Oi Sumida 👋 Bem-vinda`).
# ... (closer 147) or a question asked in a sentence's words, in lower case after its first (`Hey Jo! Is the wreath
# ready?`; a title's words are capitalized and ask nothing: `Hey Jude! Is This Love vinyl`).
# (closer 156) ... a question naming no release's medium by language: one asked about a vinyl, a DVD or an e-book
# asks about the title the greeting is (`Hey Jude! Is this on vinyl?`, `Hey Duggee! Is it on DVD?`).
_NO_MEDIUM = ("(?!(?:vinyl|vinyls|vinilo|vinile|schallplatte|platte|disque|cd|cds|dvd|dvds|bluray|blu-ray|lp|lps|"
              "cassette|cassettes|kassette|tape|ebook|e-book|kindle|audiobook|hörbuch|horbuch|paperback|hardcover|"
              "hardback|taschenbuch|poche|stream|streaming|spotify|download)(?![^\\W\\d_]))")
_ASKED_OR_WELCOMED = (f"(?:(?:[^\\W\\d_]{{1,20}}[ \\t]{{1,3}}){{0,4}}{_ADDRESSED}"
                      f"|(?i:{_alternatives(_WELCOMES)})(?![^\\W\\d_])[ \\t]{{1,3}}[^\\W\\d_]"
                      "|[^\\W\\d_][a-z]{0,20}(?:[ \\t]{1,3}" + _NO_MEDIUM + "[a-z][a-z'’]{0,20}){1,7}[ \\t]{0,3}\\?)")
# (closer 166, review 27) ... but after a comma the greeting is a letter's to its reader, not a title's (a title ends
# on its mark: `Hey Jude! Is this on vinyl?`), whatever the question asks about (`Hi Kelvor, is this on vinyl?`).
_ASKED_AFTER_COMMA = "[^\\W\\d_][a-z]{0,20}(?:[ \\t]{1,3}[a-z][a-z'’]{0,20}){1,7}[ \\t]{0,3}\\?"
_AFTER_GREETING_ONE_ASKED = re.compile(
    f"[ \\t]{{1,3}}({WORD})[ \\t]{{0,3}}(?:,[ \\t\\r\\n]{{1,4}}{_ASKED_AFTER_COMMA}|(?:[!?,][ \\t\\r\\n]{{1,4}}"
    f"|(?:[^\\w\\s\\x00-\\x7f][ \\t]{{0,3}}){{1,6}}(?:\\r?\\n[ \\t]{{0,3}})?){_ASKED_OR_WELCOMED})")
_UNWELCOMING_GREETINGS = [form for form in _GREETING_FORMS
                          if form not in set(_folded(_WELCOMES)) | set(_folded(_WELCOMES_BACK))]
# ... and after a welcome back with no comma, one word the sentence after goes on to the person from (closer 112:
# `Welcome back Anna - your cart is waiting`)
_AFTER_WELCOME_BACK_ONE = re.compile(
    f"[ \\t]{{1,3}}({WORD})[ \\t]{{0,3}}(?:[,!][ \\t\\r\\n]{{1,4}}{GOES_ON_WORDS}|{_CALLED_END})")
_ONE_WORD = (_AFTER_GREETING_CALLS_ONE, _AFTER_GREETING_ONE, _AFTER_WELCOME_BACK_ONE, _AFTER_GREETING_ONE_ASKED)


def _after_kin(language: str) -> re.Pattern[str]:
    kin = f"(?i:{_alternatives(_KIN_HONORIFICS[language])})"
    return re.compile(f"[ \\t]{{0,3}},?[ \\t]{{1,3}}{kin}[ \\t]{{1,3}}(?!{kin}(?![^\\W\\d_]))"
                      f"((?:{WORD}[ \\t]{{1,3}}){{0,2}}{WORD})[ \\t]{{0,3}}[,!]")


_KIN_CUES = [(_folded(_GREETINGS[language]), _after_kin(language)) for language in _KIN_HONORIFICS]
# (and the words of kin or honorifics alone in a name's place after a greeting: `Halo Bunda,`, mother; closer 90)
_KIN_WORDS = frozenset(_folded("|".join(_KIN_HONORIFICS.values()) + "|bunda|ayah|sis|gan|agan|abang|bang|teh|akang"))

# an account's title: `: ` and a full name, or a name in brackets (`Mein Konto (…)`), or ` - `, ` | `, ` · ` (a
# middle dot or a bullet, `.` in the canonical form, with a blank before it) or a breadcrumb's ` » `, ` › ` or ` :: `
# (thirty-first attack) and a full name ending a part, the empty group after it telling that another part follows
# (the last part is the shop's, below)
_AFTER_TITLE = re.compile(
    f"[ \\t]{{0,3}}(?::[ \\t]{{1,3}}({FULL_NAME}){_PART_END}|[(\\[][ \\t]{{0,3}}({FULL_NAME})[ \\t]{{0,3}}[)\\]]"
    f"|(?:[-|»›~>/]|::|(?<=[ \\t])\\.)[ \\t]{{1,3}}({FULL_NAME})(?:(?=[ \\t]{{0,3}}(?:[,.;:!?|)»›~>/(]|-[ \\t]))()"
    f"|{_PART_END}))")
# an account of a person, who is signed in: a full name
_AFTER_OF_WHOM = re.compile(f"[ \\t]{{1,3}}({FULL_NAME}){_PART_END}")
# an order: its number, the word for "for" and a full name
_AFTER_ORDER = re.compile(
    f"[ \\t]{{1,3}}(?i:no\\.?[ \\t]{{0,3}}|nr\\.?[ \\t]{{0,3}}|n\\.[ \\t]{{0,3}}|n[°º][ \\t]{{0,3}}|№[ \\t]{{0,3}})?"
    f"#?[A-Za-z0-9\\-]{{1,20}}"
    f"[ \\t]{{1,3}}(?i:{_alternatives(_FOR_WHOM)})[ \\t]{{1,3}}({FULL_NAME}){_PART_END}")
# ... or (closer 129) an order's or an invoice's number, holding three digits in a row, then a title's separator (` - `,
# ` | `, ` · `, `: `) and a full name ending the text or a part (`Zamówienie nr 48213 – Krzysztof Zieliński`, `Order
# #48213 | Annabel Whitcombe`): the order's page names its buyer, as an account's title its holder (a shop named after
# its founder there is read alike); not a booking's, which names its hotel as often (`Booking 4812 – Hotel Adlon`),
# nor a list's item (`Order 3 – …`).
_AFTER_ORDER_SET_OFF = re.compile(
    f"[ \\t]{{1,3}}(?i:no\\.?[ \\t]{{0,3}}|nr\\.?[ \\t]{{0,3}}|n\\.[ \\t]{{0,3}}|n[°º][ \\t]{{0,3}}|№[ \\t]{{0,3}})?"
    f"#?(?=[A-Za-z0-9\\-]{{0,17}}[0-9]{{3}})[A-Za-z0-9\\-]{{1,20}}(?![A-Za-z0-9\\-])"
    f"(?:[ \\t]{{0,3}}[-|:]|[ \\t]{{1,3}}\\.)[ \\t]{{1,3}}({FULL_NAME}){_PART_END}")
# An invoice's or a receipt's noun alone before a full name filling the text (closer 129: `Rechnung Katrin
# Oberhauser`, `Invoice Annabel Whitcombe`), a document made out to its buyer, in the languages that set a name so
# after a noun (a Romance language's noun is followed by its adjectives, capitalized in a title: `Fattura Elettronica
# Forfettario`; its name follows `di`, `de`: _DOCUMENTS_OF); not a template's or a thing's words (`Rechnung Vorlage
# Kostenlos`: personal_documents.NOT_NAMES_BY_MEANING, role_labels.a_thing).
_INVOICES = "invoice|receipt|rechnung|quittung|kassenbon|factuur|kwitantie|faktura|kvitto|kvittering"
# ... nor an invoice's stationery or what one does with an invoice (`Invoice Pad Duplicate`, `Quittung Block Blanko`,
# `Rechnung Schreiben Lassen`), by language (in lower case).
_INVOICE_GOODS = frozenset(canonical(word)[0].lower() for word in (
    "pad pads block blocks book books roll rolls paper printer form forms set duplicate triplicate carbon carbonless "
    "blank blanko software app tool generator maker holder folder organizer organiser binder stamp stamps "
    "schreiben erstellen bezahlen zahlen prüfen stornieren korrigieren lassen anfordern herunterladen drucken "
    "ausdrucken senden online block blöcke heft mappe ordner durchschlag "
    "maken betalen printen downloaden wystawić zapłacić pobrać drukować skriva betala ladda").split())
_AFTER_INVOICE = re.compile(f"[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}}(?=$|\")")
# A full name as an account title's last part after ` - ` or ` | ` is read as its holder's (session 16): a shop named
# after its founder there (`My Account | Ralph Lauren`, `Mein Konto - Tom Tailor`) is a drop accepted, as nothing in
# the text tells the two apart and a holder's name must not go out.
# A shop's words in a name's place (thirtieth attack): an account's sub-page after the account's title (`My Account:
# Order History`, `Mein Konto – Meine Daten – Demo Shop`), each of its words one of a closed class by language, as
# written (read in the canonical form, any case); ...
_SHOP_PAGE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    # English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish
    "my your account accounts details order orders history wish list wishlist saved card cards address addresses book "
    "payment payments methods settings profile dashboard overview personal information info data returns "
    "subscriptions password security reviews vouchers coupons points rewards favourites favorites downloads "
    "preferences newsletter messages tracking loyalty "
    # (a shop's gift cards as an account's sub-page: `[Gift Cards] | My Account`, thirty-second attack)
    "gift "
    "mein meine meinen konto kundenkonto daten kundendaten bestellungen bestellung persönliche adressen adressbuch "
    "übersicht wunschliste merkzettel zahlungsarten zahlungsmethoden einstellungen profil passwort retouren "
    "rücksendungen gutscheine sendungsverfolgung "
    "mon ma mes compte commandes commande adresses informations personnelles données liste envies favoris paramètres "
    "historique tableau bord moyens paiement cartes retours "
    "mi mis cuenta pedidos pedido datos personales direcciones deseos favoritos historial tarjetas configuración "
    "perfil contraseña devoluciones métodos pago "
    "il mio miei mie i dati personali ordini ordine indirizzi desideri preferiti storico carte impostazioni profilo "
    "resi "
    "minha meu meus minhas conta dados pessoais endereços desejos histórico cartões configurações devoluções "
    "mijn bestellingen gegevens persoonlijke adresboek verlanglijst favorieten overzicht instellingen profiel "
    "moje mój moja konto zamówienia zamówienie dane osobowe adresy lista życzeń ulubione historia ustawienia zwroty "
    "mitt mina min ordrar beställningar uppgifter personuppgifter adresser önskelista favoriter historik "
    "inställningar returer "
    "hesabım siparişlerim siparişler kargo takibi takip adreslerim adresler favorilerim favoriler bilgilerim "
    "kullanıcı bilgileri iadeler ayarlar kuponlarım").split())
# ... a shop's kind among a name's words (`Hugo Boss Outlet`, `Marc O'Polo Online-Shop`), a country's name after two
# words (`Massimo Dutti España`: a shop of a country) ...
_SHOP_KINDS = frozenset("outlet outlets store stores shop shops online-shop onlineshop webshop web-shop e-shop "
                        "eshop boutique boutiques official".split())
# ... a name before the next part naming a brand's official store (`Hello, Tommy Hilfiger | Official Store`).
_OFFICIAL_WORDS = ("official|offizieller|offizielle|officiel|officielle|oficial|ufficiale|officiële|oficjalny|"
                   "oficjalna|officiella|officiell|resmi")
_OFFICIAL = re.compile(f"[ \\t]{{0,3}}[-|:][ \\t]{{1,3}}(?i:{_alternatives(_OFFICIAL_WORDS)})(?![^\\W\\d_])")
# ... and (thirty-first attack) a name's last word naming a product's line, a plan's tier or a brand's goods
# (name_shapes.a_product: `Order #48213 for Nike Air Max`, `Ottakringer Bier · Mein Konto`).

# A holder's name first, before an account's title (thirtieth attack): a full name opening the text, alone, after a
# greeting (`Hallo Katrin Oberhauser | Mein Konto`) or in brackets (`[Katrin Oberhauser] Mein Konto`), then a title's
# separator (` | `, ` - `, ` · `, `: `) and an account's title ending the text or its part (a shop names itself last).
_NAME_FIRST = re.compile(
    f"[ \\t]{{0,3}}(?:[\\[(][ \\t]{{0,3}}({FULL_NAME})[ \\t]{{0,3}}[\\])][ \\t]{{0,3}}(?:[-|.:][ \\t]{{1,3}})?"
    f"|(?:(?i:{_alternatives('|'.join(_GREETINGS.values()))})[ \\t]{{0,3}},?[ \\t]{{1,3}})?({FULL_NAME})"
    f"[ \\t]{{0,3}}[-|.:][ \\t]{{1,3}})(?i:{_alternatives(_ACCOUNT_TITLES)})(?![^\\W\\d_]){_PART_END}")
# ... and in two more forms (thirty-first attack): an e-mail's local part, two words in lower case joined by `.` or
# `_` (`ottilie.schimmelpfennig | My Account`; not `-`: `eco-friendly | My Account`), neither of them a site's or a
# mailbox's word (a closed class: `demo.shop`, `info.online`), or a full name split or followed by symbols (`Ottilie
# 🌸 Schimmelpfennig | My Account`), before a title's separator (a breadcrumb's too: ` » `, ` > `) and an account's
# title ending the text or its part.
_MAILBOX_WORDS = frozenset("com net org info shop store online site web club tech mail email team support service help "
                           "admin kontakt contact office sales demo test user kunde kundenservice".split())
_OTHER_NAME_FIRST = re.compile(
    f"[ \\t]{{0,3}}(?:([a-z]{{2,30}}[._][a-z]{{3,30}})"
    f"|({WORD}[ \\t]{{1,3}}[^\\w\\s\\x00-\\x7f]{{1,6}}[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD})"
    f"|({FULL_NAME})[ \\t]{{1,3}}[^\\w\\s\\x00-\\x7f]{{1,6}})"
    f"[ \\t]{{0,3}}(?:[-|.:»›~>/]|::)[ \\t]{{1,3}}(?i:{_alternatives(_ACCOUNT_TITLES)})(?![^\\W\\d_]){_PART_END}")
_NAME_JOINERS = re.compile("[._]|[^\\w\\s\\x00-\\x7f]{1,6}")
# (what the three layouts above end on, an account's title, in one scan: its first letters looked ahead for, its
# phrases grouped by first letter)
_ACCOUNT_TITLE_CUE = re.compile(
    f"(?i:(?=[{''.join(sorted({re.escape(phrase[0]) for phrase in _folded(_ACCOUNT_TITLES)}))}])"
    f"(?:{branches_by_first_letter(_alternatives(_ACCOUNT_TITLES))}))")
# Symbols a title opens with before its words (`🎉 Thank you for your order, …`): emoji, stars, ticks.
_LEADING_SYMBOLS = re.compile("(?:[^\\w\\s\\x00-\\x7f][ \\t]{0,3}){1,8}")

# Russian orders of a person, the name in the genitive after them (thirtieth attack: `Заказы Ольги Смирнитской`): a
# full name whose last word ends as a genitive's does (`-ой`, `-ей`, `-ого`, `-его`, `-а`, `-я`, in the canonical form).
_GENITIVE_ORDERS = "заказы|покупки"
_GENITIVE_ENDS = "|".join(f"(?<={re.escape(canonical(ending)[0])})" for ending in "ой ей ого его а я".split())
_AFTER_GENITIVE_ORDERS = re.compile(f"[ \\t]{{1,3}}({FULL_NAME})(?:{_GENITIVE_ENDS}){_PART_END}")


# ... and a greeting's or a thanks' words in a name's place (`Bestellbestätigung · Vielen Dank`, `Mein Konto | Herzlich
# Willkommen`).
_GREETING_PHRASES = frozenset(_GREETING_FORMS)


# Thirty-second attack: who is signed in as a handle (`Logged in as anna-pfeifferqa88`): two or three words in lower
# case joined by `.`, `_` or `-`, or a word and digits, ending the text or a part, none of its words a site's, a
# mailbox's or a guest's (a closed class: `Logged in as demo-user`, `Logged in as guest`).
_AFTER_SIGNED_IN = re.compile(
    f"[ \\t]{{1,3}}([a-z]{{2,30}}(?:[._-][a-z]{{2,30}}){{1,2}}[0-9]{{0,6}}|[a-z]{{2,30}}[0-9]{{1,6}}){_PART_END}")
_GUEST_WORDS = frozenset("guest gast invité invitée invitado invitada ospite gość host anonymous anonym".split())
# ... a holder's name in lower case after an account's title and a separator, two words ending the text or a part
# (`My Account | anna pfeifferqa`), none of them an account's sub-page's or action's word (a closed class: `My Account
# | order history`, `Mein Konto | jetzt anmelden`), a greeting's, a business's or a product line's.
_AFTER_TITLE_LOWER = re.compile(
    f"[ \\t]{{0,3}}(?:[-|»›~>/:]|::|(?<=[ \\t])\\.)[ \\t]{{1,3}}([a-zß-ÿ]{{2,30}}[ \\t]{{1,3}}[a-zß-ÿ]{{2,30}})"
    f"{_PART_END}")
_ACCOUNT_ACTION_WORDS = frozenset(
    "sign log in out up login logout register registration create new edit change delete close open view manage "
    "help contact support faq now here back home menu more all my our free shipping gift track trace "
    "anmelden abmelden einloggen ausloggen registrieren jetzt hier neu neues ändern löschen hilfe kontakt "
    "connexion déconnexion inscription créer modifier aide iniciar cerrar sesión registrarse crear editar ayuda "
    "accedi esci registrati crea modifica aiuto entrar sair cadastrar inloggen uitloggen registreren "
    "zaloguj wyloguj zarejestruj".split())
# ... and a holder's name first, an account's sub-page after it (each of its words one of _SHOP_PAGE_WORDS) and the
# account's title ending the text or its part (`Anna Pfeifferqa · Bestellungen · Mein Konto`).
_NAME_SUBPAGE_TITLE = re.compile(
    f"({FULL_NAME})[ \\t]{{0,3}}[-|.:»›>/~][ \\t]{{1,3}}"
    f"((?:[^\\W\\d_]{{1,25}}[ \\t]{{1,3}}){{0,2}}[^\\W\\d_]{{1,25}})"
    f"[ \\t]{{0,3}}[-|.:»›>/~][ \\t]{{1,3}}(?i:{_alternatives(_ACCOUNT_TITLES)})(?![^\\W\\d_]){_PART_END}")


def _handle(name: str) -> bool:
    """Whether `name`, a handle after `Logged in as`, is a person's: no word of it a site's, a mailbox's or a
    guest's."""
    words = set("".join(" " if character in "._-" or character.isdigit() else character
                        for character in name).split())
    return _MAILBOX_WORDS.isdisjoint(words) and _GUEST_WORDS.isdisjoint(words)


def _lower_name(name: str) -> bool:
    """Whether `name`, two words in lower case after an account's title, is a person's (above)."""
    words = name.split()
    return (_SHOP_PAGE_WORDS.isdisjoint(words) and _ACCOUNT_ACTION_WORDS.isdisjoint(words)
            and _MAILBOX_WORDS.isdisjoint(words) and not _SHOP_KINDS.intersection(words)
            and " ".join(words) not in _GREETING_PHRASES and a_person(name) and not a_product(name)
            and not any(word in _NOT_NAME_WORDS for word in words))


def _shops(form: str, name: str, end: int) -> bool:
    """Whether `name`, read in `form` up to `end`, is a shop's words (above), not a person's."""
    words = name.lower().split()
    return (all(word in _SHOP_PAGE_WORDS for word in words) or not _SHOP_KINDS.isdisjoint(words)
            or " ".join(words) in _GREETING_PHRASES or a_product(name)
            or len(words) == 3 and len(words[2]) > 3 and letters_key(words[2]) in COUNTRY_BY_KEY
            or _OFFICIAL.match(form, end) is not None)

# (closer 203, review 35) ... and a winner congratulated in other sentences: in the third person, after the word
# for "to" and before a comma and a winner's word (`Congratulations to …, winner of our prize draw`), before the word
# for "on" and a possessive of the second person (`Congratulations … on your win`), before Spanish's second person's
# perfect (`Enhorabuena …, has ganado`); a club, a standing or a tier congratulated so is read away as above.
_WINNER_WORDS = ("winner|winners|gewinner|gewinnerin|gagnant|gagnante|ganador|ganadora|vincitore|vincitrice|winnaar"
                 "|vencedor|vencedora|vinnare|vinner")
_AFTER_CONGRATULATED = re.compile(
    f"[ \\t]{{1,3}}(?i:to|an|à|a|aan|till|til)[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}},[ \\t]{{1,3}}"
    f"(?:(?i:the|our|der|die|le|la|el|il|de)[ \\t]{{1,3}})?(?i:{_WINNER_WORDS})(?![^\\W\\d_])"
    f"|[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{1,3}}(?i:on|zu|pour|por|per|met|för|med)[ \\t]{{1,3}}{_YOUR}"
    f"|[ \\t]{{0,3}},?[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}},[ \\t]{{1,3}}(?i:has|habéis)[ \\t]{{1,3}}"
    f"[^\\W\\d_]{{2,20}}(?:ado|ido)(?![^\\W\\d_])")


_Follows = Tuple[re.Pattern[str], ...]  # (what may follow a cue)


def _cues() -> Dict[str, List[Tuple[Tuple[str, ...], _Follows]]]:
    """Each cue phrase's words in the canonical form in lower case, and what may follow it, by the phrase's first
    word, longest phrases first (built once, at import)."""
    kinds: Dict[Tuple[str, ...], List[re.Pattern[str]]] = {}
    for phrases, after in ((_GREETING_FORMS, _AFTER_GREETING), (_folded(_THANKS), _AFTER_THANKS),
                           (_folded(_THANKS_TO), _AFTER_THANKS_TO), (_folded(_THANKS), _AFTER_THANKS_FOR_A_TIP),
                           (_folded(_WELCOMES_BACK), _AFTER_WELCOME_BACK),
                           ([form for form in _GREETING_FORMS if not form.isascii()], _AFTER_SCRIPT_GREETING),
                           (_folded(_ACCOUNT_TITLES), _AFTER_TITLE), (_folded(_OF_WHOM), _AFTER_OF_WHOM),
                           (_folded("|".join(_DOCUMENTS_OF.values())), _AFTER_OF_WHOM),
                           (_folded(_ORDERS), _AFTER_ORDER), (_folded(_ORDERS_SET_OFF), _AFTER_ORDER_SET_OFF),
                           (_folded(_INVOICES), _AFTER_INVOICE),
                           (_folded(_GENITIVE_ORDERS), _AFTER_GENITIVE_ORDERS), *_KIN_CUES,
                           (_GREETING_FORMS, _AFTER_GREETING_SYMBOLS), (_GREETING_FORMS, _AFTER_GREETING_ENDED),
                           (_folded(_CONGRATULATIONS), _AFTER_GREETING_ENDED),
                           (_folded(_CONGRATULATIONS), _AFTER_CONGRATULATED),
                           (_folded(_CONGRATULATIONS), _AFTER_GREETING_CALLS_ONE),
                           (_GREETING_FORMS, _AFTER_GREETING_CAPITALS), (_GREETING_FORMS, _AFTER_GREETING_CALLS_ONE),
                           (_UNWELCOMING_GREETINGS, _AFTER_GREETING_ONE),
                           (_UNWELCOMING_GREETINGS, _AFTER_GREETING_ONE_ASKED),
                           (_folded(_WELCOMES_BACK), _AFTER_WELCOME_BACK_ONE),
                           (_folded(_SIGNED_IN_AS), _AFTER_SIGNED_IN), (_folded(_ACCOUNT_TITLES), _AFTER_TITLE_LOWER),
                           # (a review's byline, a verified shopper's label: reviews.py)
                           (_folded("|".join(BYLINES.values())), AFTER_BYLINE), (_folded(VERIFIED), AFTER_VERIFIED),
                           (_folded("|".join(BYLINES.values())), AFTER_BYLINE_HANDLE),
                           *((_folded(phrases), after) for phrases, after in byline_cues()),
                           # (closer 233: a full name ending the text after a greeting, a label or a closing)
                           (_GREETING_FORMS, _AFTER_CUE_NAME_ENDS), (_folded(_ORDERS), _AFTER_CUE_NAME_ENDS),
                           (_folded("|".join(_NAME_LABELS.values())), _AFTER_CUE_NAME_ENDS),
                           (_folded("|".join(_CLOSINGS.values())), _AFTER_CUE_NAME_ENDS),
                           (_folded(_OPENING_HONORIFICS), _AFTER_CUE_NAME_ENDS)):
        for phrase in phrases:
            kinds.setdefault(tuple(phrase.split()), []).append(after)
    cues: Dict[str, List[Tuple[Tuple[str, ...], _Follows]]] = {}
    for words in sorted(kinds, key=len, reverse=True):
        cues.setdefault(words[0], []).append((words, tuple(kinds[words])))
    return cues


_CUES = _cues()
_TEMPLATE_WORDS = frozenset(word for words in NOT_NAMES_BY_MEANING.values() for word in words.split())
_BLANKS = re.compile("[ \\t]{1,3}")
_LETTER = re.compile("[^\\W\\d_]")
# A full name before `'s` and an account's word, filling the text or a part of it up to the `'s` (read before each
# `'s ` whose next word is an account's, from where its part opens: _PART_OPENINGS).
_POSSESSOR = re.compile(f"[ \\t]{{0,3}}({FULL_NAME})")
_ACCOUNT_FIRST_WORDS = frozenset(words.split()[0] for words in _ACCOUNT_WORDS.split("|"))
_PART_OPENINGS = ("\n", '"', "| ", ": ", ". ", "! ", "? ", "- ", "|", ":")
# Where a part opens besides the text's start: a line, a JSON string, a sentence, a title's part after ` | `, ` - `.
# How far a cue's layout reads from where its part opens, at most (a cue of a few words, a sentence of eight, a full
# name of three words of 95 characters at most, its end): a longer reach bounds the patterns with room to spare.
_REACH = 800
_NEXT_PART = re.compile(r'[\n"=]|[.!?:|\-»›][ \t]')  # (and a key's value after `=`: `utm_content=Hi Jo!`)
# The first words of the cues above, in the canonical form in lower case (looked up for the word that opens the text
# or a part of it).
OPENERS: FrozenSet[str] = frozenset(_CUES)
_OPENER_TOKENS = OPENERS | frozenset(word + mark for word in OPENERS for mark in ",!:") | frozenset(
    '"' + word for word in OPENERS)
# (a JSON string opens a text: its quote before a cue's word and a mark, `"Bentornato, …`)
_OPENER_TOKENS |= frozenset('"' + word + mark for word in OPENERS for mark in ",!:")


def _first_word(form: str, start: int) -> str:
    """The word at `start` of `form` after up to three blanks, in lower case, without a comma, `!` or `:` after it
    (a slice of 40 characters at most)."""
    head = form[start:start + 40].lstrip(" \t")
    return head.split(None, 1)[0].rstrip(",!:").lower() if head.strip() else ""


def _opens(form: str, start: int) -> bool:
    """Whether the word at `start` of `form` opens a cue (a set's look-up)."""
    return _first_word(form, start) in OPENERS


def _phrase_end(form: str, at: int, words: Tuple[str, ...]) -> int:
    """Where the cue phrase `words` ends in `form` when it stands at `at` (blanks between its words), or -1."""
    for index, word in enumerate(words):
        if index:
            blanks = _BLANKS.match(form, at)
            if blanks is None:
                return -1
            at = blanks.end()
        if form[at:at + len(word)].lower() != word:
            return -1
        at += len(word)
    return -1 if _LETTER.match(form, at) is not None else at


def _a_town_greeted_alone(name: str, called: str) -> bool:
    """Whether the one word a greeting calls is a town known by name (geography.TOWN_NAMES), no given name too, and
    the greeting ends there, said to no one after it (closer 227, review 44: a tour's poster, a city guide's title,
    `Hello, Lisbon!`, `Danke, Hamburg!`; `Hi Lisbon, your order has shipped` is said to a person)."""
    return name.lower() in TOWN_NAMES and not a_given_name(name) and not called[-1:].isalpha()


def _named(form: str, start: int, segment: bool, only: Optional[re.Pattern[str]] = None) -> bool:
    """Whether a cue and its name open at `start` of `form` (each cue phrase of the opening word and what may follow
    it, a few bounded patterns; `only` the one pattern when given), the name a person's."""
    at = start
    while at < len(form) and at - start < 3 and form[at] in " \t":
        at += 1
    for words, patterns in _CUES.get(_first_word(form, start), ()):
        end = _phrase_end(form, at, words)
        if end < 0:
            continue
        for pattern in patterns if only is None else (only,) if only in patterns else ():
            if segment and pattern in _ONE_WORD:
                continue  # (a path's segment ending on a comma is a title's part as often: `Grazie Mille,`)
            match = pattern.match(form, end)
            if match is None:
                continue
            called = form[start:match.end() + 2]
            if segment and "," not in called and "!" not in called:
                continue  # (in a URL path's segment, only a name a comma or `!` calls)
            name = next((group for group in match.groups() if group), "")
            if pattern in _ONE_WORD and (name.lower() in _GREETED_OBJECTS or name.lower() in _KIN_WORDS
                                         or letters_key(name.lower()) in COUNTRY_BY_KEY
                                         or _a_town_greeted_alone(name, match.group())):
                continue
            if pattern in _CALLED_WORDS and not _called_words(form[at:end], name):
                continue
            if words in _CONGRATULATION_PHRASES and (
                    pattern is _AFTER_GREETING_ENDED or pattern is _AFTER_CONGRATULATED or pattern in _ONE_WORD) and (
                    a_kind_not_a_name(name, CLUB_AND_BREED_WORDS) or pattern is _AFTER_CONGRATULATED and (
                    a_common_words_not_a_name(name))):
                continue  # (a standing, a club, a tier congratulated: `Congratulations Lucky Winner, you've won`;
                # closer 210, review 37: a class's common words, `Congratulations to Year Six, winners`)
            if (pattern in _ONE_WORD or pattern in _CALLED_WORDS or pattern is _AFTER_THANKS_FOR_A_TIP) and " ".join(
                    words + tuple(name.lower().split()[:1])) in _GREETING_PHRASES:
                continue  # (the word goes on with the greeting: `Merci Beaucoup - Thank you card`)
            if pattern is _AFTER_SIGNED_IN or pattern is _AFTER_TITLE_LOWER or pattern is AFTER_BYLINE_HANDLE:
                # (a handle, a name in lower case)
                if (_lower_name if pattern is _AFTER_TITLE_LOWER else _handle)(name.lower()):
                    return True
                continue
            if name and not _unnamed_after(pattern, name) and a_cued_name(form, name, match.end()):
                return True
    return False


def slug_calls_full_name(form: str) -> bool:
    """(closer 233) Whether canonical `form`, a URL path's segment with its joints read as blanks
    (`Hallo-Anna-Schmidt`), is a greeting's, a label's or a closing's cue and a full name ending it
    (_AFTER_CUE_NAME_ENDS)."""
    return _opens(form, 0) and _named(form, 0, False, _AFTER_CUE_NAME_ENDS)


def _unnamed_after(pattern: re.Pattern[str], name: str) -> bool:
    """Whether `name` after the cue `pattern` reads is no one's there (closer 129): a template's, a thing's or
    stationery's words after an invoice's noun (`Rechnung Vorlage Kostenlos`), a good's after an order's number
    (`Order #1234 – Steam Deck`), a review page's badge after a verified label (`Verified Purchase · Top
    Contributor`), a business, a charity or a team thanked (brand_words.a_business_name, closer 165: `Thanks to
    British Heart Foundation for …`), or a brand greeted or thanked by its name (closer 217)."""
    words = name.lower().split()
    return (pattern is _AFTER_INVOICE and (a_thing(name) or not _TEMPLATE_WORDS.isdisjoint(words)
                                           or not _INVOICE_GOODS.isdisjoint(words))
            or pattern is _AFTER_ORDER_SET_OFF and a_thing(name)
            or pattern is AFTER_VERIFIED and (a_review_title(name) or a_thing(name))
            or pattern is _AFTER_THANKS_TO and a_business_name(name)
            # (closer 217, review 40: and a brand greeted or thanked by its name, brand_words.a_brands_name: `Danke
            # Deutsche Bahn!`, `Merci Air France !`, `Welcome back Hello Kitty!`)
            or (pattern is _AFTER_GREETING or pattern in _CALLED_WORDS) and _a_brand_first(name)
            # (closer 233: a name ending the text after a cue opens on a known given name, its family name no common
            # word: given_names.a_given_then_family_name)
            or pattern is _AFTER_CUE_NAME_ENDS and (not a_given_then_family_name(name) or _a_brand_first(name)
                                                    or a_place_or_firm_word(name.split()[-1].lower()))
            or pattern is _AFTER_THANKS_FOR_A_TIP and (a_business_name(name) or name.lower() in _KIN_WORDS
                                                       or name.lower() in _GREETED_OBJECTS))


def _a_brand_first(name: str) -> bool:
    """(closer 217, review 40) Whether a greeted or thanked `name` is a brand's (brand_words.a_brands_name) by its
    first word: a given name is no brand's word, a family name may be one (`Bank`, `Deutsche`)."""
    return a_brands_name(name) and not a_brands_name(name.partition(" ")[2])


# (the patterns whose name's words are read as a called word's are, below)
_CALLED_WORDS = (_AFTER_GREETING_ENDED, _AFTER_GREETING_CAPITALS)
_VOWELS = frozenset("aeiouy")


def _called_words(greeting: str, name: str) -> bool:
    """Whether `name`, called after `greeting` by an end of _CALLED_END or written in capitals, has words a person's
    name has: none a greeting's object, a word of kin or a country's (`Hey Dude Shoes - Your comfort`), and in
    capitals, each with a vowel after a greeting not in capitals (`Thank you NHS, your …` is an acronym's)."""
    words = name.lower().split()
    if any(word in _GREETED_OBJECTS or word in _KIN_WORDS or letters_key(word) in COUNTRY_BY_KEY for word in words):
        return False
    return not name.isupper() or not greeting.isupper() and all(not _VOWELS.isdisjoint(word) for word in words)


def a_cued_name(form: str, name: str, end: int) -> bool:
    """Whether `name`, read in canonical `form` up to `end` after a cue, is a person's: none of its words a generic
    addressee's, a business's or _NOT_NAME_WORDS', not all a role's (_ROLE_ADDRESSES), no `'s` in it, no shop's words
    (_shops), no place's word before a particle (closer 239, review 36: `Booking confirmed for Museum van Loon`)."""
    return a_person(name) and not a_place_before_particle(name) and not any(
        word.lower() in _NOT_NAME_WORDS for word in name.split()) and not all(
        word.lower() in _ROLE_ADDRESSES for word in name.split()) and (
        "'s" not in name and "’s" not in name) and (  # (a day's or a place's name: `Gift for Mother's Day`)
        not _shops(form, name, end))


def _possessed(form: str) -> bool:
    """Whether a full name and `'s` before an account's word open the text or a part of it (each `'s ` whose next word
    is an account's: the name after the last opening of a part within 120 characters before it, one bounded match)."""
    read = set()  # (the same characters before a `'s ` are read once)
    for mark in ("'s ", "’s "):
        at = form.find(mark)
        while at >= 0:
            if _first_word(form, at + 3) in _ACCOUNT_FIRST_WORDS and (at < 120 or form[at - 120:at] not in read):
                read.add(form[at - 120:at] if at >= 120 else "")
                window = max(0, at - 120)
                start = 0 if window == 0 else -1
                for opening in _PART_OPENINGS:
                    found = form.rfind(opening, window, at)
                    start = max(start, found + len(opening) if found >= 0 else -1)
                match = _POSSESSOR.fullmatch(form, start, at) if start >= 0 else None
                if match is not None and a_person(match.group(1)):
                    return True
            at = form.find(mark, at + 3)
    return False


def cued(form: str) -> bool:
    """Whether `form` holds a word that opens a cue (its words in lower case, a mark after one or a JSON string's quote
    before one, looked up in a set: C's loops; a JSON string's words apart from its quotes and brackets, `["Hallo`:
    session 17's review) or `s` after an apostrophe (substring tests)."""
    lowered = form.lower()
    return (not _OPENER_TOKENS.isdisjoint(lowered.split()) or "'s " in form or "’s " in form
            or '"' in form and not _OPENER_TOKENS.isdisjoint(lowered.replace('"', " ").split())
            # (a key's value opening on a cue's word: `?utm_content=Hi Jo!`, closer 90)
            or "=" in form and not _OPENER_TOKENS.isdisjoint(lowered.replace("=", " ").split()))


def reason(form: str, segments: bool = False) -> str:
    """PERSON_NAME when canonical `form` holds a name in a page title's or a greeting's layout (above), or ""; in a URL
    path (`segments`: a line break for each `/`), each segment is read alone, for a name a comma or `!` calls."""
    if segments:
        return PERSON_NAME if ("," in form or "!" in form) and any(
            ("," in line or "!" in line) and _opens(line, 0) and _named(line, 0, True)
            for line in form.split("\n")) else ""
    if _text_named(form, 0):
        return PERSON_NAME
    if ("'s " in form or "’s " in form) and _possessed(form):
        return PERSON_NAME
    read = set()  # (a part opening as one already read, the same characters within a cue's reach, is not read again)
    for found in _NEXT_PART.finditer(form):  # (each part's opening is looked up in the set before a pattern)
        start = found.end()
        text = found.group() == '"'  # (a JSON string opens a text: read as the text's start is, below)
        if not (_opens(form, start) or text and _may_open_text(form, start)):
            continue
        reach = form[start:start + _REACH]
        if reach in read and start + _REACH < len(form):
            continue
        read.add(reach)
        if _text_named(form, start) if text else _named(form, start, False):
            return PERSON_NAME
    return ""


def _may_open_text(form: str, start: int) -> bool:
    """Whether a text's layouts may open at `start` of `form` past its cues' words: a letter, a bracket or a symbol
    (a character's test)."""
    opening = form[start:start + 1]
    return opening.isalpha() or opening in ("[", "(") or not opening.isascii()


def _text_named(form: str, start: int) -> bool:
    """Whether a name in a layout above opens the text at `start` of `form` (its start, or a JSON string's: a text's
    value is read alike wherever it stands), maybe after symbols: a cue and its name, or a name before an account's
    title."""
    lead = _LEADING_SYMBOLS.match(form, start)
    start = start if lead is None else lead.end()
    if _opens(form, start) and _named(form, start, False):
        return True
    if _ACCOUNT_TITLE_CUE.search(form, start) is None:  # (no account's title after `start`: none of the layouts below)
        return False
    opening = form[start:start + 1]
    first = _NAME_FIRST.match(form, start) if opening.isupper() or opening in ("[", "(") else None
    if first is None and opening.isupper():
        sub_page = _NAME_SUBPAGE_TITLE.match(form, start)
        if sub_page is not None and all(word.lower() in _SHOP_PAGE_WORDS for word in sub_page.group(2).split()):
            name = sub_page.group(1)
            return a_person(name) and not _shops(form, name, sub_page.end())
    if first is None:
        first = _OTHER_NAME_FIRST.match(form, start) if opening.islower() or not form.isascii() else None
        name = "" if first is None else " ".join(_NAME_JOINERS.sub(
            " ", first.group(1) or first.group(2) or first.group(3)).split())
        return first is not None and a_person(name) and _MAILBOX_WORDS.isdisjoint(name.split()) and not _shops(
            form, name, first.end())
    name = first.group(1) or first.group(2)
    return a_person(name) and not _shops(form, name, first.end())


# An account's title after a title's separator, ending the text or its part (`… | My Account`): its `My` is no line
# said in the first person (named_in_text's speaker in brackets: `[Gift Cards] | My Account`; thirty-second attack).
TITLE_AFTER_SEPARATOR = re.compile(
    f"[ \\t]{{0,3}}(?:[-|.:»›>/~]|::)[ \\t]{{1,3}}(?i:{_alternatives(_ACCOUNT_TITLES)})(?![^\\W\\d_]){_PART_END}")
