"""The seventy-sixth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: second-hand and classifieds marketplaces (eBay, Vinted, Kleinanzeigen,
willhaben, Leboncoin, Wallapop, Subito, Marktplaats, OLX, Facebook Marketplace, Mercari, Craigslist, Gumtree, Blocket,
Tori) in the UK, the US, Germany, Austria, France, Spain, Italy, the Netherlands, Poland, Sweden, Finland, Brazil,
Japan and India (issue 16).

About 320 ordinary cases (listing titles, categories and conditions, prices, offers and counter-offers, brands,
generic chat phrases, pickup towns, shipping options, listing ids, seller ratings without names, help pages and
listing URLs, in ten languages), which must go out whole; and about 160 personal cases putting a buyer's or a seller's
own data in the leaves the README maps (custom properties, a chat message's, a listing's, an offer's and a pickup's
own keys, product names and ids, page URL, path, referrer and title, search, custom event names), under every
data-minimisation setting: a name, a phone and a mail in a chat message; a seller's contact in a listing's text; a
pickup's time with the home address; a shipping label; a seller's profile link whose slug is a real name; an IBAN, a
card, a CPF for Pix, a Bizum number or a UPI handle for the payment; a dispute naming the other party; a tracking link
carrying the recipient's name; a review signed with a name, a rated notification, thanks to a name; an offer naming
the bidder.

Each family has a made-up person (a given name and a surname nobody has: `Ysolde Trevarnick`, `Brannoc Velquist`,
`Corwen Haldisse`, `Dellan Morrowick`, `Fenwyn Oskarrel`, `Gisla Brennwort`, `Tamsin Quellbrook`, `Orla
Penhallow`, `Merrin Astlebury`, `Halric Dunmoresk`) and a 6-digit marker inside its numbers (`918364`, `384967`,
`271836`, `482917`, `839274`, `736152`), so a leak is found by the surname or the digits anywhere in the request.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "76"


def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A value in one of a marketplace's own leaves (a chat message, a listing's text, an offer's note, a pickup's
    note, a seller's profile link), else in a leaf the README maps (privacy_attack_cases_36.place)."""
    own: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "chat message": ("track", {"name": "Message Sent",
                                   "properties": {"listing_id": "L-76-1042", "chat_message": value}}),
        "listing description": ("track", {"name": "Listing Created",
                                          "properties": {"listing_description": value, "condition": "used"}}),
        "offer note": ("track", {"name": "Offer Made", "properties": {"offer_amount": "40", "offer_note": value}}),
        "pickup note": ("track", {"name": "Pickup Arranged", "properties": {"pickup_note": value}}),
        "seller link": ("track", {"name": "Seller Viewed", "properties": {"seller_url": value}}),
    }
    return own[where] if where in own else place(where, value, TAG)


# Where text goes: the marketplace's own leaves first, then every text leaf the README maps, settings included.
PLACES = ["chat message", "listing description", "offer note", "pickup note", *TEXT_PLACES]
LINK_PLACES = ["seller link", *URL_PLACES]


def _cpf(body: str) -> str:
    """A Brazilian CPF with its two check digits, printed `123.456.789-09`."""
    digits = [int(d) for d in body]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append(total * 10 % 11 % 10)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


# --- chat: a buyer's or a seller's name, phone and mail in a chat message -------------------------------------------
CHAT: Dict[str, Tuple[str, Any]] = {
    "gumtree text me": ("Hi, it's Ysolde Trevarnick – is the Kallax still available? Text me on 07700 918364",
                        ["Trevarnick", "7700918364"]),
    "kleinanzeigen hier ist": ("Hallo, hier ist Ysolde Trevarnick, ist das noch da? Erreichbar unter 0176 48918364",
                               ["Trevarnick", "17648918364"]),
    "leboncoin mail": ("Bonjour, toujours dispo ? Écrivez-moi : ysolde.trevarnick@example.fr",
                       ["ysolde.trevarnick"]),
    "husband collect": ("Can my husband Idris Trevarnick collect it tomorrow? I'm at work till 6",
                        ["Trevarnick"]),
    "craigslist call": ("Still have the bike? Call or text Ysolde (415) 555-0136, cash ready",
                        ["4155550136"]),
}

# --- listing: the seller's contact in a listing's own text --------------------------------------------------------
LISTING: Dict[str, Tuple[str, Any]] = {
    "kallax contact": ("IKEA Kallax Regal weiß – nur Abholung. Kontakt: Brannoc Velquist, 0151 27384967",
                       ["Velquist", "15127384967"]),
    "robe ecrire": ("Robe Zara taille M, jamais portée – écrire à brannoc.velquist@example.fr",
                    ["brannoc.velquist"]),
    "soffa ring": ("Soffa säljes, hämtas i Uppsala. Ring Brannoc Velquist 070-738 49 67",
                   ["Velquist", "707384967"]),
    "mercari seller": ("出品者：Brannoc Velquist 様　iPhone 12 64GB 美品",
                       ["Velquist"]),
}

# --- pickup: a pickup's time with the home address ----------------------------------------------------------------
PICKUP: Dict[str, Tuple[str, Any]] = {
    "wien tuer": ("Abholung Fr ab 17 Uhr: Neubaugasse 31/4, 1070 Wien, Corwen Haldisse",
                  ["Neubaugasse 31", "Haldisse"]),
    "berlin klingeln": ("Abholung Samstag 14 Uhr, Lindenstraße 48, 10115 Berlin – bei Haldisse klingeln",
                        ["Lindenstraße 48", "Haldisse"]),
    "lyon interphone": ("Retrait samedi 15h au 12 rue des Lilas, 69003 Lyon, interphone Haldisse",
                        ["12 rue des Lilas", "Haldisse"]),
    "klingel bei": ("Abholung morgen 18 Uhr bei Corwen Haldisse, Gartenweg 3", ["Haldisse", "Gartenweg 3"]),
    "tokyo uketori": ("受け取り：東京都世田谷区太子堂2-14-5 午後3時、ハルディッセまで", ["太子堂2-14-5"]),
}

# --- label: a shipping label's recipient and address --------------------------------------------------------------
LABEL: Dict[str, Tuple[str, Any]] = {
    "royal mail ship to": ("Ship to: Dellan Morrowick, 14 Abbey Lane, Bristol BS1 4DJ",
                           ["Morrowick", "14 Abbey Lane"]),
    "versand surname first": ("Versand an: Morrowick, Dellan – Paket bitte beim Nachbarn abgeben",
                              ["Morrowick"]),
    "usps springfield": ("USPS label: Dellan Morrowick, 500 N Elm Dr, Springfield, IL 62701",
                         ["Morrowick", "500 N Elm Dr"]),
    "india deliver to": ("Deliver to Dellan Morrowick, Flat 12B, MG Road, Bengaluru 560001, +91 98452 71836",
                         ["Morrowick", "9845271836"]),
    "yamato okurisaki": ("お届け先：〒530-0001 大阪府大阪市北区梅田1-2-3 モロウィック様 090-2718-3645",
                         ["モロウィック", "09027183645"]),
}

# --- profile: a seller's profile link whose slug is a real name ---------------------------------------------------
PROFILE: Dict[str, Tuple[str, Any]] = {
    "vinted member": ("https://www.vinted.fr/member/48291736-fenwyn-oskarrel", ["oskarrel"]),
    "ebay usr": ("https://www.ebay.co.uk/usr/fenwyn.oskarrel", ["oskarrel"]),
    "leboncoin profile": ("https://www.leboncoin.fr/profile/fenwyn-oskarrel/offers", ["oskarrel"]),
    "kleinanzeigen name query": ("https://www.kleinanzeigen.de/s-bestandsliste.html?userId=48291736"
                                 "&name=Fenwyn+Oskarrel", ["oskarrel"]),
    "wallapop user": ("https://es.wallapop.com/user/fenwyn-oskarrel-48291736", ["oskarrel"]),
}

# --- payment: an IBAN, a PayPal mail, a phone-number payment, a UPI handle ----------------------------------------
_DE_IBAN = iban("DE", "370400440532839274")
_FR_IBAN = iban("FR", "30006000011234567839274")
_POSTEPAY = luhn_complete("402360091483927")
PAYMENT: Dict[str, Tuple[str, Any]] = {
    "ueberweisung iban": (f"Zahlung per Überweisung an {_DE_IBAN}, Kontoinhaberin Gisla Brennwort",
                          [_DE_IBAN[4:], "Brennwort"]),
    "virement rib": (f"Paiement par virement : {_FR_IBAN[:4]} {_FR_IBAN[4:8]} {_FR_IBAN[8:12]} {_FR_IBAN[12:16]} "
                     f"{_FR_IBAN[16:20]} {_FR_IBAN[20:24]} {_FR_IBAN[24:]}", [_FR_IBAN[4:]]),
    "bizum movil": ("Pago por Bizum al 622 839 274, a nombre de Gisla Brennwort", ["622839274", "Brennwort"]),
    "pix cpf": (f"Pagamento via Pix, chave CPF {_cpf('483927415')}", [_cpf("483927415").replace(".", "")[:6]]),
    "upi handle": ("Pay via UPI to gislabrennwort@okicici before pickup", ["gislabrennwort"]),
    "postepay": (f"Ricarica PostePay n. {_POSTEPAY[:4]} {_POSTEPAY[4:8]} {_POSTEPAY[8:12]} {_POSTEPAY[12:]}",
                 [_POSTEPAY]),
}

# --- dispute: a dispute naming the other party --------------------------------------------------------------------
DISPUTE: Dict[str, Tuple[str, Any]] = {
    "kleinanzeigen kaeufer": ("Konflikt mit Käufer Tamsin Quellbrook – Artikel nicht angekommen", ["Quellbrook"]),
    "vinted acheteuse": ("Litige ouvert par l'acheteuse Tamsin Quellbrook : colis vide", ["Quellbrook"]),
    "olx kupujacy": ("Reklamacja od kupującego: Tamsin Quellbrook, przedmiot niezgodny z opisem",
                     ["Quellbrook"]),
    "wallapop compradora": ("Disputa con la compradora Tamsin Quellbrook: producto no recibido",
                            ["Quellbrook"]),
    "marktplaats koper": ("Geschil met koper Tamsin Quellbrook over de retourzending", ["Quellbrook"]),
    "seller against": ("Dispute against seller Tamsin Quellbrook – not as described, refund requested",
                       ["Quellbrook"]),
}

# --- tracking: a tracking link carrying the recipient's name ------------------------------------------------------
TRACKING: Dict[str, Tuple[str, Any]] = {
    "dhl recipient": ("https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"
                      "?piececode=00340434161094042557&recipient=Orla+Penhallow", ["Penhallow"]),
    "usps name": ("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223100736152"
                  "&name=Orla%20Penhallow", ["Penhallow"]),
    "laposte destinataire": ("https://www.laposte.fr/outils/suivre-vos-envois?code=6A17361524801"
                             "&destinataire=Orla-Penhallow", ["Penhallow"]),
    "inpost odbiorca": ("https://inpost.pl/sledzenie-przesylek?number=620736152480173615200142"
                        "&odbiorca=Orla%20Penhallow", ["Penhallow"]),
    "slug of recipient": ("https://parcels.example-tracker.com/track/JD014600003828736152/orla-penhallow-leeds",
                          ["penhallow"]),
}

# --- review: a review signed with a name --------------------------------------------------------------------------
REVIEW: Dict[str, Tuple[str, Any]] = {
    "verkaeufer stars": ("Top Verkäufer, schnelle Lieferung! – Merrin Astlebury ★★★★★", ["Astlebury"]),
    "great seller score": ("Great seller, item exactly as described. Merrin Astlebury, 5/5", ["Astlebury"]),
    "vendeuse lyon": ("Vendeuse au top, je recommande. Merrin Astlebury, Lyon", ["Astlebury"]),
    "venditore stelle": ("Venditore affidabile, pacco perfetto ⭐⭐⭐⭐⭐ — Merrin Astlebury", ["Astlebury"]),
    "groet": ("Zeer snelle verzending, alles netjes! Groet, Merrin Astlebury", ["Astlebury"]),
    "danke an": ("Danke an Merrin Astlebury für den netten Kontakt und die schnelle Zahlung!", ["Astlebury"]),
    "vinted notification": ("Merrin Astlebury a laissé une évaluation : ★★★★★", ["Astlebury"]),
}

# --- offer: an offer or a counter-offer naming the bidder ---------------------------------------------------------
OFFER: Dict[str, Tuple[str, Any]] = {
    "offer from": ("Offer of £45 from Halric Dunmoresk – accept or counter?", ["Dunmoresk"]),
    "preisvorschlag von": ("Neuer Preisvorschlag: 40 € von Halric Dunmoresk", ["Dunmoresk"]),
    "hat dir angebot": ("Halric Dunmoresk hat dir ein Angebot gemacht: 40 € für Fahrrad 28 Zoll", ["Dunmoresk"]),
    "oferta movil": ("Oferta de 30 € de Halric Dunmoresk, móvil 623 736 152", ["Dunmoresk", "623736152"]),
    "tarjous puh": ("Tarjous 50 € – Halric Dunmoresk, puh. 040 736 1529", ["Dunmoresk", "407361529"]),
}


def cases() -> List[Case]:
    """The personal cases: each family's values rotated through the text leaves (links through the URL leaves)."""
    found: List[Case] = []
    start = 0
    for family, table in (("chat", CHAT), ("listing", LISTING), ("pickup", PICKUP), ("label", LABEL),
                          ("payment", PAYMENT), ("dispute", DISPUTE), ("review", REVIEW), ("offer", OFFER)):
        found += rotated(family, table, PLACES, 3, start=start, put=put)
        start += 3 * len(table)
    found += rotated("profile", PROFILE, LINK_PLACES, 3, put=put)
    found += rotated("tracking", TRACKING, LINK_PLACES, 3, start=1, put=put)
    return found


# --- the ordinary side: what a marketplace sends that is nobody's ----------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "listing titles": [
        "IKEA Kallax shelf – white, collection only", "Fahrrad 28 Zoll", "Robe Zara taille M",
        "Nintendo Switch OLED + 2 Spiele", "Kinderwagen Bugaboo Fox 3", "Canapé 3 places gris – à venir chercher",
        "Sofá cama 140 cm, buen estado", "Bicicletta da corsa Bianchi, taglia 54", "Eettafel eiken 180 x 90",
        "Rower górski Kross Hexagon 29\"", "Barnvagn Emmaljunga, väl använd", "Sohva 3-istuttava, nouto Tampere",
        "iPhone 13 128GB Midnight – Akku 89%", "Levi's 501 W32 L34", "Lego Star Wars 75192 Millennium Falcon",
        "Winterjacke Wellensteyn Gr. L", "Vélo enfant 16 pouces", "Mesa de centro vintage",
        "Lavatrice Samsung 8 kg A+++", "Playmobil Bauernhof 5119", "Tênis Nike Air Max 42",
        "美品 ルイヴィトン 長財布", "Royal Enfield helmet size M", "Vintage Levi's denim jacket 90s",
        "Kaffeevollautomat De'Longhi Magnifica S",
    ],
    "categories and conditions": [
        "Möbel & Wohnen", "Electronics > Phones", "Mode femme", "Moda y accesorios", "Elettrodomestici",
        "Huis en inrichting", "Dom i Ogród", "Hem & Trädgård", "Koti ja sisustus", "Casa e Decoração",
        "New with tags", "Very good", "Neu mit Etikett", "Sehr gut", "Très bon état", "Como nuevo",
        "Usato – buone condizioni", "Zo goed als nieuw", "Używany", "Nyskick",
    ],
    "prices and offers": [
        "€40", "£45.00", "40 € VB", "$120 OBO", "25 € négociable", "30 € o mejor oferta", "Prezzo trattabile 80 €",
        "Bieden vanaf € 15", "150 zł do negocjacji", "500 kr", "50 €", "R$ 250,00", "¥3,000", "₹1,499",
        "Offer £35 accepted", "Counter-offer: 38 €", "Preisvorschlag 35 €", "Zu verschenken",
    ],
    "brands": [
        "IKEA", "Zara", "Bugaboo", "Levi's", "Nintendo", "Apple", "Samsung", "De'Longhi", "Bianchi", "Kross",
        "Emmaljunga", "Marimekko", "Uniqlo", "H&M", "Stokke",
    ],
    "chat phrases": [
        "Is this still available?", "Ist das noch da?", "Est-ce toujours disponible ?", "¿Sigue disponible?",
        "È ancora disponibile?", "Is dit nog beschikbaar?", "Czy aktualne?", "Finns den kvar?", "Onko vielä myynnissä?",
        "Ainda está disponível?", "まだ購入可能ですか？", "Can you do £30?", "Would you post it?",
        "Versand möglich?", "Letzter Preis?", "Je peux passer ce soir", "¿Haces envíos?", "Accetti 50?",
        "Kan het verzonden worden?", "When can I collect?",
    ],
    "pickup towns": [
        "Leeds", "Berlin-Neukölln", "Wien 7. Bezirk", "Lyon 3e", "Madrid centro", "Milano", "Utrecht", "Kraków",
        "Uppsala", "Tampere", "São Paulo – Pinheiros", "Osaka", "Bengaluru", "Brooklyn, NY", "Collection from Bristol",
    ],
    "shipping options": [
        "Collection only", "Nur Abholung", "Remise en main propre", "Envío disponible", "Solo ritiro a mano",
        "Alleen ophalen", "Odbiór osobisty", "Kan skickas", "Nouto", "Royal Mail 2nd Class", "DHL Paket 2 kg",
        "Mondial Relay", "InPost Paczkomat", "PostNord MyPack", "Hermes Päckchen", "Correos Express",
    ],
    "listing ids": [
        "L-2024-118734", "2718364527", "123456789012", "1047365281", "s-anzeige-2843919283", "v-48291",
        "OLX-IDWx5z3", "m58291736453", "itm-394857",
    ],
    "ratings": [
        "4.9 ★ (312 reviews)", "100% positive feedback", "Top Verkäufer", "5/5 – 87 évaluations",
        "Super vendeur", "⭐⭐⭐⭐⭐ 24 valoraciones", "Zeer goed beoordeeld", "Bardzo dobry sprzedawca",
    ],
    "help pages": [
        "Help – How offers work", "Hilfe: Sicher bezahlen", "Aide : Protection acheteurs", "Centro de ayuda",
        "Come funziona la spedizione", "Veilig betalen", "Zasady bezpieczeństwa", "Köpskydd",
    ],
}

# Where each ordinary family goes (leaves that carry the value whole).
ORDINARY_PLACES: Dict[str, List[str]] = {
    "listing titles": ["product name", "listing description"],
    "categories and conditions": ["content category", "product category"],
    "prices and offers": ["offer note", "chat message"],
    "brands": ["product brand", "custom property"],
    "chat phrases": ["chat message", "custom event name"],
    "pickup towns": ["pickup note", "search string"],
    "shipping options": ["custom property", "status"],
    "listing ids": ["order id", "content ids"],
    "ratings": ["page title", "custom property"],
    "help pages": ["page title", "page name"],
}

HELP_URLS = [
    "https://www.ebay.co.uk/help/buying/offers/making-offer?id=4020",
    "https://www.kleinanzeigen.de/s-fahrraeder/berlin/fahrrad-28-zoll/k0c217l3331",
    "https://www.vinted.fr/catalog/2-hommes?search_text=levis+501",
    "https://www.leboncoin.fr/ad/ameublement/2718364527",
    "https://es.wallapop.com/item/sofa-cama-140-cm-1047365281",
    "https://www.marktplaats.nl/l/huis-en-inrichting/tafels/",
    "https://www.olx.pl/d/oferta/rower-gorski-kross-hexagon-CID767-IDWx5z3.html",
    "https://www.blocket.se/annons/uppsala/barnvagn_emmaljunga/1047365281",
    "https://www.tori.fi/koti_ja_asuminen?q=sohva",
    "https://jp.mercari.com/item/m58291736453",
]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value in its family's leaves, and the help and listing pages as the page's URL."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, put)
    for url in HELP_URLS:
        yield (f"pages as page URL: {url}", "page", {"url": url}, url)
