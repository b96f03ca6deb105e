"""The eighty-second outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: photo printing and personalised goods. Photo books, calendars, canvases,
name mugs and T-shirts, personalised children's books, name labels, house signs, pet portraits, business cards,
return-address stamps, engraved jewellery and cutting boards, upload file names, proofs and design editors, in the
UK, Ireland, the US, Germany, Austria, France, Spain, Italy, the Netherlands, Belgium, Poland, Sweden, Australia and
Japan.

About 130 personal cases put a customer's or a recipient's own data, as printed on a product or carried by its
project, in the leaves the README maps (custom properties, product names and ids, page URL, path, referrer and title,
search, custom event names), rotated across the data-minimisation settings: a name printed on a mug, a child's full
name and age in a book, a house sign's number and street, a business card's name, title, phone and mail, a stamp's
return address, a photo's file name with a name or a date of birth, a calendar's family birthdays, an engraving's
names and date, a name label's child and class, a pet portrait's owner, a proof link or a project id holding a mail,
a gift message signed with a full name. About 250 ordinary cases (product and format names, themes, templates,
fonts, colours, finishes, generic placeholders, public characters, quantities and prices, shipping options, upload
statuses, help pages, in several languages) must go out whole.

Markers: the family name `Quostervald` (given names `Ilvarra`, `Brennick`, `Saffelin`), the street `Brindlecote`
and the 6-digit marker `739184` (in phones, ids and house numbers), none of which any dictionary holds.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "82"
FAMILY = "Quostervald"
STREET = "Brindlecote"
MARK = "739184"
SHOP = "https://www.example-print.com"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# What a customer has printed on a product, for themselves or as a gift. name: (value, forms)
PRINTED: Dict[str, Tuple[str, Any]] = {
    "mug dad": (f"Mug: World's Best Dad – Brennick {FAMILY}", FAMILY),
    "mug grandma de": (f"Tasse: Beste Oma der Welt – Ilvarra {FAMILY}", FAMILY),
    "tshirt family reunion": (f"T-Shirt print: {FAMILY} Family Reunion 2026 – Ilvarra {FAMILY}", FAMILY),
    "tshirt hen party": (f"Hen party shirt: Team Bride Ilvarra {FAMILY} 14.06.2026", FAMILY),
    "cutting board": (f"Engraved cutting board: The {FAMILY} Kitchen – Ilvarra & Tomasz, est. 2014", FAMILY),
    "jp mug": (f"名入れマグカップ：{FAMILY} Ilvarra 様", FAMILY),
    "nl photobook cover": (f"Fotoboek omslag: Familie {FAMILY} 2025 – Ilvarra {FAMILY}", FAMILY),
    "pl mug": (f"Kubek z imieniem: Ilvarra {FAMILY}", FAMILY),
    "it mug grandpa": (f"Tazza personalizzata: Nonno Brennick {FAMILY}, nato il 12/03/1948", FAMILY),
    "wedding sign": (f"Welcome to the wedding of Ilvarra {FAMILY} & Tomasz Hervelkin", FAMILY),
    "birth announcement": (f"Birth announcement: Saffelin {FAMILY}, born 03.11.2025, 3,240 g, 51 cm", FAMILY),
    "christmas card signed": (f"Christmas card inside: Love from Ilvarra, Tomasz & Brennick {FAMILY}", FAMILY),
    "print name exactly": (f"Please print the name exactly: {FAMILY.upper()}, Ilvarra", FAMILY),
    "design layer": (f"Text layer 2: \"Brennick {FAMILY}, Kl. 1b\"", FAMILY),
    "etsy personalization": (f"Personalization: Ilvarra {FAMILY} / 14.06.2014 / Vienna", FAMILY),
}

# A child's book, a name label, a calendar's birthdays, a photo's file name.
CHILDREN: Dict[str, Tuple[str, Any]] = {
    "book age": (f"Personalised book: Brennick {FAMILY}, age 5 – The Dragon Who Lost His Roar", FAMILY),
    "book de": (f"Persönliches Kinderbuch für Saffelin {FAMILY} (6 Jahre)", FAMILY),
    "book dedication": (f"Dedication: For Brennick {FAMILY} on his 5th birthday, 14 July 2026", FAMILY),
    "book fr": (f"Livre personnalisé : Les aventures de Saffelin {FAMILY}, 4 ans", FAMILY),
    "label class": (f"Name labels: Brennick {FAMILY} – Class 2B", FAMILY),
    "label de school": (f"Namensetiketten: Saffelin {FAMILY}, Klasse 3a, Grundschule am Park", FAMILY),
    "label sv phone": (f"Namnlapp: Saffelin {FAMILY}, klass 2B, tel 070-273 91 84", [FAMILY, "0702739184"]),
    "label es nursery": (f"Etiquetas para ropa: Brennick {FAMILY} – Escuela Infantil Los Pinos", FAMILY),
    "calendar oma": (f"Calendar birthdays: Oma Ilvarra {FAMILY} 12.03.1948", FAMILY),
    "calendar de list": (f"Geburtstage: Brennick {FAMILY} 14.07.2019, Saffelin {FAMILY} 03.11.2021", FAMILY),
    "calendar nl": (f"Verjaardagskalender: opa Tomasz {FAMILY} 23-09-1951", FAMILY),
    "photo file birthday": (f"IMG_Brennick{FAMILY}_Birthday.jpg", FAMILY),
    "photo file dob": (f"{FAMILY}_Brennick_geb_14.07.2019.jpg", FAMILY),
    "photo file snake": (f"brennick_{FAMILY.lower()}_dob_2019-07-14.png", FAMILY),
    "photo file phone": (f"Scan_Ilvarra_{FAMILY}_07700{MARK}.pdf", [FAMILY, MARK]),
}

# Business cards, stamps, house signs, address labels: a person's own contact data.
CONTACT: Dict[str, Tuple[str, Any]] = {
    "card uk": (f"Business card: Ilvarra {FAMILY}, Head of Design, +44 7700 {MARK}, "
                f"ilvarra.q@example.net", [FAMILY, MARK, "ilvarra.q"]),
    "card de": (f"Visitenkarte: Dr. Ilvarra {FAMILY} · Geschäftsführerin · Tel. 0171 2{MARK}", [FAMILY, MARK]),
    "card fr": (f"Carte de visite : Ilvarra {FAMILY}, Architecte – 06 73 91 84 22", [FAMILY, "673918422"]),
    "card us email": (f"Card back: ilvarra@{FAMILY.lower()}-design.example.com", [FAMILY]),
    "card jp": (f"名刺：{FAMILY} Ilvarra　営業部長　TEL 090-7391-8422", [FAMILY, "9073918422"]),
    "stamp uk": (f"Return address stamp: Ilvarra {FAMILY}, 14 {STREET} Avenue, Leeds LS6 2QT", [FAMILY, STREET]),
    "stamp fr": (f"Tampon adresse : Famille {FAMILY}, 14 rue {STREET}, 69003 Lyon", [FAMILY, STREET]),
    "stamp au": (f"Self-inking stamp: I. {FAMILY}, 14 {STREET} St, Fitzroy VIC 3065", [FAMILY, STREET]),
    "stamp de": (f"Adressstempel: {FAMILY} · {STREET}straße 14 · 1070 Wien", [FAMILY, STREET]),
    "labels us": (f"Return address labels – The {FAMILY} Family, 739 {STREET} Dr, Austin TX 78704",
                  [FAMILY, STREET]),
    "labels ie": (f"Address labels: Mr & Mrs {FAMILY}, 14 {STREET} Avenue, Dublin D06 X739", [FAMILY, STREET]),
    "house sign number": (f"Slate house sign: 14 {STREET} Road", STREET),
    "house sign de": (f"Hausschild: Familie {FAMILY}, {STREET}weg 14", [FAMILY, STREET]),
    "house sign pl": (f"Tabliczka na dom: ul. {STREET} 14/3, 00-739 Warszawa", STREET),
    "stamp us phone": (f"Rubber stamp: Ilvarra {FAMILY} • (512) 739-1842", [FAMILY, "5127391842"]),
    "pet portrait owner": (f"Pet portrait of Biscuit – owner Ilvarra {FAMILY}", FAMILY),
    "pet portrait it": (f"Ritratto del cane Fido per Ilvarra {FAMILY}, Via {STREET} 14, Milano", [FAMILY, STREET]),
}

# Engravings and gift messages: names and dates of the people a gift is for and from.
GIFTS: Dict[str, Tuple[str, Any]] = {
    "engraving couple": (f"Engraving: Ilvarra & Tomasz {FAMILY} – 14.06.2014", FAMILY),
    "engraving es": (f"Grabado: Ilvarra y Brennick {FAMILY}, 14/06/2014", FAMILY),
    "bracelet initials": (f"Bracelet engraving: S. {FAMILY} 14/07/2019", FAMILY),
    "message en": (f"Gift message: Happy birthday, love from Ilvarra {FAMILY} x", FAMILY),
    "message fr": (f"Message cadeau : Joyeux anniversaire ! Bisous, Ilvarra {FAMILY}", FAMILY),
    "message de": (f"Grußkarte: Alles Gute zum 40.! Deine Ilvarra {FAMILY}", FAMILY),
    "message nl": (f"Kaartje: Gefeliciteerd! Liefs, Ilvarra {FAMILY}", FAMILY),
    "message sv": (f"Hälsning: Grattis på födelsedagen! Kram, Ilvarra {FAMILY}", FAMILY),
    "card to grandad": (f"Card front: To Grandad Tomasz {FAMILY}, 80 today!", FAMILY),
    "recipient jp": (f"お届け先：{FAMILY} Ilvarra 様 〒150-0001 東京都渋谷区神宮前1-2-3", FAMILY),
    "ring engraving": (f"Ring engraving: I. ♥ T. {FAMILY} 14·06·2014", FAMILY),
    "proof approved": (f"Proof approved by ilvarra.{FAMILY.lower()}@example.net on 04.12.2026", FAMILY),
}

# A project's id, a proof link or a share link carrying a mail, a name or the marker.
PROJECTS: Dict[str, Tuple[str, Any]] = {
    "id with mail": (f"PRJ-{MARK}-ilvarra.{FAMILY.lower()}@example.net", [FAMILY]),
    "id with name": (f"photobook-{FAMILY.lower()}-ilvarra-{MARK}", [FAMILY]),
}
PROJECT_LINKS: Dict[str, Tuple[str, Any]] = {
    "proof mail": (f"https://proofs.example-print.com/approve?project=PRJ-{MARK}&email=ilvarra.{FAMILY.lower()}"
                   "%40example.net", [FAMILY]),
    "project slug": (f"{SHOP}/projects/ilvarra-{FAMILY.lower()}-photo-book-{MARK}/edit", [FAMILY]),
    "share album": (f"https://share.example-print.com/album/brennick-{FAMILY.lower()}-1st-birthday?by=ilvarra."
                    f"{FAMILY.lower()}%40example.net", [FAMILY]),
    "proof pdf": (f"{SHOP}/proofs/Proof_Ilvarra_{FAMILY}_BusinessCards.pdf", [FAMILY]),
    "editor recipient": (f"{SHOP}/editor?product=mug-11oz&text=World%27s+Best+Dad+Brennick+{FAMILY}", [FAMILY]),
}


def cases() -> List[Case]:
    return [
        *rotated("printed", PRINTED, TEXT_PLACES, 2, tag=TAG),
        *rotated("children", CHILDREN, TEXT_PLACES, 2, start=7, tag=TAG),
        *rotated("contact", CONTACT, TEXT_PLACES, 2, start=13, tag=TAG),
        *rotated("gift", GIFTS, TEXT_PLACES, 2, start=21, tag=TAG),
        *rotated("project", PROJECTS, TEXT_PLACES, 2, start=30, tag=TAG),
        *rotated("project", PROJECT_LINKS, URL_PLACES, 3, start=2, tag=TAG),
    ]


# Ordinary shop data of the same shops, which must go out whole. family: values
ORDINARY: Dict[str, List[str]] = {
    "products": ["Photo Book A4 Landscape – 40 pages", "Fotobuch XL Hardcover", "Canvas 60x40",
                 "Livre photo carré 30x30", "Fotolibro A4 verticale", "Fotoboek XL liggend", "Fotoksiążka A4",
                 "Fotobok 21x28", "Wall Calendar A3 2027", "Tischkalender Quer", "Personalised Name Mug 11oz",
                 "Kids' Personalised Storybook", "Name Labels – Pack of 50", "Slate House Sign 30x20",
                 "Pet Portrait Canvas", "Business Cards – 250 Premium Matte", "Self-Inking Address Stamp",
                 "Engraved Oak Cutting Board", "Engraved Bar Necklace", "フォトブック A5 ハードカバー"],
    "themes": ["Birthday Balloons", "Minimal Monogram", "Wedding Classic", "Baby's First Year", "Travel Journal",
               "Weihnachtszauber", "Souvenirs de vacances", "Boho Floral", "Scandi Christmas", "Nordic Minimal"],
    "fonts and colours": ["Playfair Display", "Montserrat Bold", "Great Vibes", "Navy Blue", "Rose Gold",
                          "Matte Black", "Pastel Mint", "Pantone 186 C"],
    "finishes": ["Glossy", "Matte", "Lay-flat pages", "Premium Silk 170gsm", "Hochglanz", "Papier mat 250 g/m²",
                 "Soft-touch laminate", "Gold foil"],
    "placeholders": ["Your Name Here", "Add text", "Your text here", "Ihr Name", "Votre texte ici",
                     "Tu nombre aquí", "Il tuo nome", "Jouw naam hier", "Twoje imię", "Ditt namn här",
                     "Name des Kindes", "Enter a name", "ここに名前", "Add a personal message"],
    "characters": ["Peppa Pig", "Harry Potter", "Paw Patrol", "Frozen – Elsa", "Peter Rabbit", "Hello Kitty",
                   "Mickey Mouse", "Bluey", "Der kleine Drache Kokosnuss", "Le Petit Prince"],
    "shipping and statuses": ["Standard delivery 3-5 working days", "Express next day", "Click & Collect",
                              "Versand in 2-3 Werktagen", "Livraison offerte dès 49 €", "Upload complete",
                              "Uploading 12 of 48 photos", "Low resolution warning", "Proof approved",
                              "In production", "Dispatched", "In Produktion", "Envío gratis",
                              "Image quality: good"],
    "quantities and prices": ["Qty 250", "2 x Canvas 60x40", "£24.99", "29,95 €", "3 for 2 on mugs",
                              "40 extra pages + £1.00 each", "50% off photo books", "ab 19,99 €"],
    "searches": ["photo book", "fotobuch hochzeit", "calendrier photo 2027", "mug personalizzata",
                 "name labels school", "house sign slate", "peppa pig book", "canvas 60x40",
                 "dog portrait canvas", "business cards matte"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "products": ["product name", "content name", "page title"],
    "themes": ["custom property", "product variant"],
    "fonts and colours": ["custom property", "product variant", "content category"],
    "finishes": ["product variant", "custom property", "content category"],
    "placeholders": ["custom property", "page title"],
    "characters": ["product brand", "content category", "search string"],
    "shipping and statuses": ["status", "custom property"],
    "quantities and prices": ["custom property", "page title"],
    "searches": ["search string", "standard search string"],
}
ORDINARY_URLS = [
    f"{SHOP}/help/photo-books/page-count",
    f"{SHOP}/help/upload-photos?topic=resolution",
    f"{SHOP}/de/fotobuch/hardcover-xl",
    f"{SHOP}/fr/calendrier-photo/mural-a3?theme=minimal-monogram",
    f"{SHOP}/products/personalised-name-mug?variant=11oz&colour=navy",
    f"{SHOP}/kids/personalised-books/dragon-who-lost-his-roar",
    f"{SHOP}/editor?product=canvas-60x40&template=birthday-balloons",
    f"{SHOP}/ja/photobook/a5-hardcover",
    f"{SHOP}/nl/fotoboek/xl-liggend?pages=40",
    f"{SHOP}/help/delivery-times#express",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
    yield from ordinary_urls(ORDINARY_URLS)
