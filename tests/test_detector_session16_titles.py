"""Session 16's closer: a person's name in an order's, an account's or a reply's wording, and a ship-to label's street
line (postal.py's destination labels, greetings.py's documents of a person, named_in_text.py's reply headers,
self_introductions.py's German `Ich bin`): the exact verdict of each leaking layout, in a page title and in capitals,
and the near misses of real shop text that must go out."""

import pytest

from meta_capi import detector, postal

ADDRESS = postal.POSTAL_ADDRESS
NAME = postal.PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Ship to: 742 Evergreen Terrace", ADDRESS),
    ("Deliver to: 12 Main Street", ADDRESS),
    ("Lieferung an: Musterstraße 5", ADDRESS),
    ("Livraison à : 12 rue de la Paix", ADDRESS),
    ("SHIP TO: 742 EVERGREEN TERRACE", ADDRESS),
    ("Order #1234\nShip to: 742 Evergreen Terrace", ADDRESS),
    ("Deliver to: John Smith", NAME),
    # near misses: a pickup point, a store, a place of a building, a count
    ("Ship to: Packstation 123", ""),
    ("Ship to: Store Pickup", ""),
    ("Deliver to: Main Entrance", ""),
    ("Deliver to: Front Desk", ""),
    ("Ship to: 12 Countries", ""),
    ("Ships to: 50 States", ""),
    ("Name: Anna Door", NAME),
])
def test_a_destination_labels_street_line_is_an_address(text, found):
    assert detector.reason(text) == found


DOCUMENTS = ["Pedido de Juan García", "Commande de Marie Dupont", "Bestellung für Anna Schmidt",
             "Bestellung von Anna Schmidt", "Ordine di Giulia Rossi", "Bestelling van Jan de Vries",
             "Zamówienie Anny Kowalskiej", "Wishlist of Anna Schmidt", "Anna Schmidt's Wishlist",
             "Wunschliste von Anna Schmidt", "Liste d'envies de Marie Dupont", "Invoice for John Smith",
             "Rechnung für Anna Schmidt", "Facture de Marie Dupont", "Factura de Juan García", "Profile of John Smith",
             "Profil von Anna Schmidt", "Perfil de Juan García", "Gift for Anna Schmidt", "Order for John Smith",
             "Encomenda de João Silva", "Geschenk für Anna Schmidt", "Regalo para Juan García"]


@pytest.mark.parametrize("text", DOCUMENTS + [title + " | Shop" for title in DOCUMENTS] + [
    "Mein Konto | " + title for title in DOCUMENTS[:3]] + ["Factura de Juan García, 12/2026"])
def test_a_persons_document_names_them(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    # one word after the phrase: a kind, a season, a test
    "Pedido de Regalo", "Pedido de Prueba", "Commande de Noël", "Bestellung für Firmenkunden",
    "Commande de Noël | Boutique",
    # a product's title, an order's kind or occasion, a gift's recipient by kin, role or love
    "Wishlist of Dreams Candle", "Invoice for Order 1234", "Gift for Him", "Gift for Mom Mug", "Für Mama Tasse",
    "Gift for Best Friend", "Gift for Coffee Lovers", "Gift for New Parents", "Gift for Mother's Day",
    "Gift for Valentine's Day", "Gift for Santa Claus", "Cadeau pour Saint Valentin", "Regalo para Papá Noel",
    "Factura de Compra Online", "Pedido de Compra Rápida", "Pedido de Muestras Gratis", "Receipt for Online Purchase",
    "Commande de Groupe Scolaire", "Geschenk für Kleine Kinder", "Geschenk für Beste Freundin",
    "Bestellung für Neue Kunden", "Ordine di Prova Gratuita", "Zamówienie Hurtowe Online",
    "Order for Same Day Delivery", "Profile of a Leader (book)", "Order for Next Day", "Invoice for Small Business",
    "Pedido de Camisetas Personalizadas", "Gift for Dog Lovers", "Gift for Her", "Regalo para Papá",
    # a title of a book, a knighthood, a sale (no English `order of`)
    "Order of the Phoenix", "Harry Potter and the Order of the Phoenix", "Order of Malta", "Portrait of Dorian Gray",
    "Letters from Felix", "On Sale, Anna Karenina Hardcover",
    # in capitals, as a banner writes its words (greetings.py reads capitalized names only)
    "PEDIDO DE JUAN GARCÍA", "GIFT FOR ANNA SCHMIDT | SHOP",
])
def test_a_documents_kind_or_a_products_title_goes_out(text):
    assert detector.reason(text) == ""


REPLY_HEADERS = [
    "On Mon, Anna Schmidt wrote:", "On Mon, Anna wrote:", "On Monday, Anna wrote:",
    "On 3 Dec 2026, at 10:14, Anna Schmidt <…> wrote:", "On Mon, Dec 3, 2026 at 10:14 AM Anna Schmidt <…> wrote:",
    "Am 03.12.2026 schrieb Anna Schmidt:", "Am 03.12.2026 um 10:14 schrieb Anna Schmidt <…>:",
    "Le lun. 3 déc. 2026 à 10:14, Marie Dupont a écrit :", "Le mar. 4 déc. 2026, Marie a écrit :",
    "El lun, 3 dic 2026, Juan García escribió:", "Il giorno lun 3 dic 2026 alle ore 10:14 Giulia Rossi ha scritto:",
    "Em seg., 3 de dez. de 2026 às 10:14, João Silva escreveu:", "Op 3 dec. 2026 om 10:14 schreef Jan de Vries <…>:",
    "W dniu 3 grudnia 2026 10:14 Anna Kowalska napisała:", "Den 3 dec. 2026 kl. 10:14 skrev Anna Andersson:",
]


@pytest.mark.parametrize("text", REPLY_HEADERS + [
    "Thanks, see below. On Mon, Anna wrote: > the box was damaged", "On Mon, Anna Schmidt wrote:\n> hello",
    "Customer replied: " + REPLY_HEADERS[3] + " > where is my parcel?"])
def test_a_quoted_replys_header_names_its_writer(text):
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    "On Mon, Example Shop wrote:", "On Writing Well, Zinsser wrote: clutter", "Shakespeare wrote: to be or not",
    "On Sale, Anna Karenina Hardcover", "ON MON, ANNA SCHMIDT WROTE:", "On Mon, A wrote:",
])
def test_a_header_without_a_date_or_a_persons_name_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("Ich bin Anna Schmidt", NAME), ("Ich bin Anna Schmidt.", NAME), ("Ich bin Zlatan Ibrahimović", NAME),
    ("Hallo, ich bin Anna Schmidt und habe eine Frage", NAME),
    # one capitalized noun before a word in lower case, a title's words, a noun of kin, a role, a product
    ("Ich bin Student und suche Laptop", ""), ("Ich bin Kundin seit Jahren", ""),
    ("Ich bin Neukunde und habe eine Frage", ""), ("Ich bin dann mal weg", ""), ("Ich bin Malala", ""),
    ("Ich bin Papa Bär", ""), ("Ich bin Rentner Tasse", ""), ("Ich bin Einhorn T-Shirt", ""),
    ("Ich bin Mama Bär Shirt", ""), ("Ich bin Dein Vater", ""), ("ICH BIN ANNA SCHMIDT", ""),
])
def test_german_i_am_before_a_full_name_introduces_a_person(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Titular de la tarjeta: Juan García", NAME), ("Titulaire de la carte : Marie Dupont", NAME),
    ("Titolare della carta: Giulia Rossi", NAME),
    # a card's holder in capitals, as the card is embossed
    ("Titular de la tarjeta: JUAN GARCIA", NAME), ("Titulaire de la carte : MARIE DUPONT", NAME),
    # a label of more than four words apart by any cut is still none (`_` too)
    ("Key E_M_A_I_L: Custom Property", ""),
    # a store's or a collection's label, a card's kind
    ("Nombre de la tienda: Juan Valdez Café", ""), ("Dirección de la tienda: Gran Vía", ""),
    ("Nom de la collection : Marie Antoinette", ""), ("Kartentyp: VISA GOLD", ""), ("Carte cadeau : NOEL", ""),
])
def test_a_card_holders_label_of_small_words_names_a_person(text, found):
    assert detector.reason(text) == found
