"""Names in a shop's personalized page titles and greetings (greetings.py; the fifteenth session's closer): informal
greetings, thanks and welcomes of the major languages before a name, an honorific after a greeting, Dutch `Beste`
before a name with its particle, and the account's titles (`My Account - John Smith`, `John Smith's Account`,
`Logged in as John Smith`, `Order #1234 for John Smith`); and the near misses of real shop text that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

_GREETED = [
    "Thank you for your order, John Smith",
    "Thank you, John Smith!",
    "Thanks John Smith!",
    "Welcome back, John Smith",
    "Welcome, John Smith | My Account",
    "Hello, John Smith | Demo Shop",
    "Hi John Smith, your order is on its way",
    "Hi Wyn Okafor, thanks",  # (the README left it out before this rule)
    "Hey Sarah Connor! Your order shipped",
    "Good morning John Smith, your order",
    "Willkommen zurück, Thomas Müller",
    "Merci Marie Dupont pour votre commande",
    "Danke, Thomas Müller!",
    "Danke für Ihre Bestellung, Thomas Müller",
    "Grazie Giulia Rossi per il tuo ordine",
    "Gracias Juan García por tu compra",
    "Hallo Frau Schmidt, Ihr Paket ist unterwegs",
    "Beste Jan de Vries, bedankt voor je bestelling",
    "Hej Anna Andersson, tack för din beställning",
    "Hei Anna Virtanen, kiitos tilauksesta",
    "Merhaba Ayşe Yılmaz, siparişiniz",
    "Здравствуйте, Анна Иванова! Ваш заказ",
    "Ciao Giulia Rossi, il tuo ordine",
    "Hola Juan García, tu pedido",
    "Olá João Silva, o seu pedido",
    "Bonjour Marie Dupont, votre commande",
    "Hallo Jan de Vries, je bestelling",
    "Cześć Anna Kowalska, twoje zamówienie",
    "Bună ziua, Ana Popescu, comanda",
    "Γεια σου Άννα Παπαδοπούλου, η παραγγελία",
    "Привіт, Олена Коваленко! Ваше замовлення",
    "Hoi Sanne Bakker, je pakket is onderweg",
    "Dzień dobry, Anna Kowalska!",
    "Dobrý den, Jana Nováková, vaše objednávka",
    "Szia Kovács Anna, köszönjük a rendelést",
    "Hej Mette Hansen, tak for din ordre",
    "Hei Ola Nordmann, takk for bestillingen din",
    "Welcome back, John!",
    "Willkommen zurück, Thomas!",
    "Demo Shop | Welcome back, John Smith",
    "Hello, John Smith - Demo Shop",
    "HELLO, John Smith | Demo Shop",
    "Order confirmed. Thank you, John Smith!",
    "Your order\nHi John Smith, your parcel is on its way",
    '{"title": "Hi John Smith, your order"}',
]
# (closer 233, review 45) ... and a known given name and a family name that is no common word a greeting calls,
# ending the text
_GREETED += ["Bienvenue Marie Dupont", "Obrigado João Silva"]
_TITLED = [
    "My Account - John Smith",
    "My Account | John Smith | Demo Shop",
    "Mein Konto - Thomas Müller",
    "Mon compte : Marie Dupont",
    "John Smith's Account",
    "John Smith’s Orders | Demo Shop",
    "Demo Shop | John Smith's Wishlist",
    "Account of John Smith",
    "Konto von Thomas Müller - Demo Shop",
    "Order #1234 for John Smith",
    "Bestellung #1234 für Thomas Müller",
    "Commande n° 1234 pour Marie Dupont",
    "Logged in as John Smith",
    "Demo Shop - Signed in as John Smith",
    "Angemeldet als Thomas Müller",
]


@pytest.mark.parametrize("text", _GREETED + _TITLED)
def test_a_name_in_a_personalized_title_or_greeting_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Hello Kitty Backpack",
    "Hello Kitty, Pink Backpack",
    "Hello World, a Programming Book",
    "Hi-Tec Sneakers",
    "Hey Dude Wally Sox",
    "Thank You Mario",
    "Thanks Obama T-Shirt",
    "Welcome Home Doormat",
    "Bonjour Tristesse",
    "Ciao Bella Gelato",
    "Hola Mamacita Tee",
    "Merci Handy Hand Cream",
    "Danke Schön Mug",
    "Grazie Mille Card",
    "Hej Stockholm Poster",
    "My Account",
    "Account Settings - Demo Shop",
    "Order #1234 for Delivery",
    "Liefern an Packstation",
    "Inhaber: Example GmbH",
    "Kontaktperson: Kundenservice",
    # a greeting's word in a title, then capitalized words and a mark
    "Hello Kitty Backpack | Demo Shop",
    "Hello Kitty Backpack - Demo Shop",
    "Welcome Home Doormat, natural coir",
    "Welcome Home Doormat, Natural Coir Brown",
    "Thank You Card for your teacher",
    "Thank You For Shopping, Demo Shop",
    "Welcome to Demo Shop, Free Shipping",
    "Thanks for visiting, Acme Outdoor Co",
    "Good Morning Vietnam, Poster",
    "Hey Jude, The Beatles",
    "Hello Dolly, Broadway Cast",
    "Ciao Bella Gelato per la tua estate",
    "Bonjour Paris Tote Bag, natural",
    "Merci Maman Necklace, gold",
    "Hallo Welt, Kinderbuch",
    "Salut Les Copains, Vinyl",
    "Hola Soy Dora Backpack!",
    "Hello, World!",
    "Hello, Summer!",
    "Welcome back, Summer!",
    "Welcome back, Summer Sale!",
    "Thank you, Valued Customer!",
    "Thanks for shopping with Demo Shop!",
    "Добро пожаловать в магазин, ура",
    "Спасибо за покупку!",
    # an account's title and a shop, a kind of delivery, a guest
    "My Account - Demo Shop",
    "My Account | Nike",
    "Order #1234 for Same Day Delivery",
    "Logged in as Guest",
    "Levi's Jeans | Demo Shop",
    "Women's Account Settings",
    # a greeting and a full name as the whole text: a product's title is written so (`Ciao Bella Gelato`); closer 233
    # reads a known given name before a family name that is no common word (`Bienvenue Marie Dupont`: _GREETED)
    "Ciao Bella Gelato",
    "Bienvenue Velmora Quistrandel",
])
def test_a_greeting_or_a_title_of_shop_text_is_ordinary(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("path", [
    "\np\nHi John Smith, your order\n",
    "\naccount\nWelcome back, John!\n",
    "\nthanks\nThanks John Smith!\n",
    "\nde\nDanke, Thomas Müller!\n",
])
def test_a_greeting_calling_a_name_in_a_url_path_segment_is_a_name(path):
    assert detector.reason(path, segments=True) == PERSON_NAME


@pytest.mark.parametrize("path", [
    "\nbooks\nHello Kitty Backpack\n",
    "\nproducts\nHello Kitty, Pink Backpack\n",
    "\naccount\nMy Account - John Smith\n",
    "\nproducts\nwelcome-home-doormat\n",
])
def test_a_title_or_a_slug_in_a_url_path_is_ordinary(path):
    assert detector.reason(path, segments=True) == ""


@pytest.mark.parametrize("part", ["Hi A B, ", "Hi A B! ", "Welcome back, A! ", "Order #1 for A B - ",
                                  "A B's Account | ", "Hello, A B | ", "Thank you for your a b c, "])
def test_a_long_value_of_a_greeting_repeated_is_judged(part):
    detector.forget_remembered()
    assert detector.reason((part * 600)[:4096]) in ("", PERSON_NAME)
