"""The seventieth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: news sites, magazines, podcasts, comment sections and newsletters, in the
UK, the US, Ireland, Germany, Austria, France, Spain, Italy, the Netherlands, Poland, Sweden, Brazil, Japan and India.

Ordinary side (330 cases, each must go out whole): headlines naming public figures, politicians, athletes and
companies (`Scholz meets Macron in Paris`: what a minister does in office is public), section names, desks' bylines
(`By Our Foreign Staff`), podcast titles and episodes with a public guest, plan names, promo codes, article ids, tags,
topic searches and the URLs of articles about public events, in a dozen languages.

A journalist's byline is a public author's credit, published with the article: this attack treats it as public data,
as a headline naming a minister is, and lists two bylines naming a well-known journalist among the ordinary values
(`By Laura Kuenssberg`); it never uses a journalist's name on the personal side. The personal side is the readers':
people who comment, write in, subscribe, tip off, advertise, are announced or pictured, or win.

Personal side (159 cases): a commenter's real name and email, an `@mention` of a private reader, a reply quoting
a reader; a letter to the editor signed with name and town; a gift subscription's recipient with address and phone; a
subscriber's number; a reader's tip with a phone; a classified ad's phone and email; a personal ad's name; a local
paper's death and family notices; a photo gallery's readers; a sweepstakes winner; a newsletter's unsubscribe and
preference links carrying the email; a listener's voicemail on a podcast. Each value is put in a few of the leaves the
README maps (custom properties, product names and ids, the page's URL, path, referrer and title, search, custom event
names), across the data-minimisation settings, rotated as the thirty-sixth attack's helpers do.

Markers: each family has a given name and a surname nobody has (`Harvostrick`, `Pellendrake`, `Quenteberry`,
`Vrenkmoor`, `Moskovane`, `Greyvantock`, `Tarrowmere`, `Ravensholme`, `Brackenthwaite`, `Lumsgarth`, `Vonstraquil`,
`Quorlimb`) and a six-digit marker (`614829`, `583716`, `927461`, `361947`, `472958`, `815294`, `648203`, `529618`)
carried in its numbers; a leak is the surname or the number's digits found anywhere in the request.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

NEWS = "https://www.example-news.co.uk"
TAG = "70"


def _q(text: str) -> str:
    return quote(text, safe="")


def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A value in one of a news site's own leaves, else in one of the thirty-sixth attack's (`place`)."""
    money = {"value": "9.99", "currency": "GBP"}
    news: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "comment body": ("track", {"name": "Comment Posted", "properties": {"comment_body": value,
                                                                             "article_id": "art-2026-118734"}}),
        "article path": ("page", {"url": f"{NEWS}/news/local/{_q(value)}"}),
        "tip form text": ("track", {"name": "Tip Submitted", "properties": {"tip_text": value}}),
        "newsletter property": ("track", {"name": "Newsletter Signed Up", "properties": {"newsletter_note": value}}),
        "subscription product name": ("track", {"name": "Subscribe", "properties": money, "products": [
            {"product_id": "DIGI-PLUS-12", "name": value, "price": "9.99", "quantity": "1"}]}),
        "byline property": ("page", {"properties": {"byline": value}}),
        "coupon property": ("track", {"name": "Order Completed", "properties": {**money, "coupon": value}}),
        "tag property": ("page", {"properties": {"article_tags": value}}),
    }
    if where in news:
        return news[where]
    return place(where, value, TAG)


# The leaves a reader's text is put in: the thirty-sixth attack's and a news site's own.
NEWS_TEXT_PLACES = ["comment body", "article path", "tip form text", "newsletter property",
                    "subscription product name", *TEXT_PLACES]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# --- comment sections: a commenter's real name and email, an @mention of a private reader, a quoted reader ---------
C_MAIL = "wendeline.harvostrick@example.co.uk"
COMMENTS: Dict[str, Tuple[str, Any]] = {
    "real name and email": (f"Comment by Wendeline Harvostrick ({C_MAIL}): the council should publish the figures",
                            ["Harvostrick"]),
    "display name with email": (f"Wendy H. <{C_MAIL}> replied to your comment", ["Harvostrick"]),
    "mention of a private reader": ("@Wendeline.Harvostrick you are wrong about the bypass, read the report",
                                    ["Harvostrick"]),
    "reply quoting a reader": ('Replying to Wendeline Harvostrick: "my street flooded twice this year"',
                               ["Harvostrick"]),
    "commenter profile with id": ("Wendeline Harvostrick · Reader ID 614829 · subscriber since 2019",
                                  ["Harvostrick", "614829"]),
    "German commenter and town": ("Kommentar von Wendeline Harvostrick aus Bamberg: Endlich sagt es mal einer",
                                  ["Harvostrick"]),
    "French reply": ("Réponse à Wendeline Harvostrick : vous avez raison sur le tramway", ["Harvostrick"]),
    "comment JSON": (json.dumps({"thread": "art-2026-118734", "author": {"display": "Wendy",
                                                                          "email": C_MAIL}}), ["Harvostrick"]),
}

# --- letters to the editor signed with name and town -------------------------------------------------------------
LETTERS: Dict[str, Tuple[str, Any]] = {
    "UK signed": ("Letters: The bypass will ruin our village. Osric Pellendrake, Hebden Bridge", ["Pellendrake"]),
    "US signed": ("To the Editor: The school board ignored us. — Osric Pellendrake, Dayton, Ohio", ["Pellendrake"]),
    "Irish Sir yours etc": ("Sir, – The N5 upgrade is overdue. – Yours, etc, OSRIC PELLENDRAKE, Ballina, Co Mayo.",
                            ["Pellendrake"]),
    "German Leserbrief": ("Leserbrief zu „Stadtrat kippt Radweg“ – Osric Pellendrake, Würzburg", ["Pellendrake"]),
    "Austrian Leserbrief": ("Leserbrief von Osric Pellendrake, 1100 Wien: Die U2 kommt zu spät", ["Pellendrake"]),
    "French courrier": ("Courrier des lecteurs – Osric Pellendrake, Villeurbanne (Rhône)", ["Pellendrake"]),
    "Spanish carta": ("Cartas al director: Los trenes de cercanías. Osric Pellendrake. Getafe (Madrid)",
                      ["Pellendrake"]),
    "Italian lettera": ("Lettere al direttore – Osric Pellendrake, Bergamo", ["Pellendrake"]),
    "Dutch ingezonden": ("Ingezonden brief – Osric Pellendrake, Zwolle", ["Pellendrake"]),
    "Polish list": ("List do redakcji – Osric Pellendrake, Gdańsk", ["Pellendrake"]),
    "Swedish insandare": ("Insändare: Bygg ut busslinjen! Osric Pellendrake, Umeå", ["Pellendrake"]),
    "Brazilian carta": ("Cartas do leitor – Osric Pellendrake, Campinas (SP)", ["Pellendrake"]),
}

# --- gift subscriptions to a named person, with address and phone --------------------------------------------------
GIFTS: Dict[str, Tuple[str, Any]] = {
    "recipient and address": ("Gift subscription for Marisol Quenteberry, 14 Larkspur Road, Leeds LS6 2QT",
                              ["Quenteberry"]),
    "plan gifted to a name": ("Digital Plus – 12 months – gift to Marisol Quenteberry", ["Quenteberry"]),
    "German recipient phone": ("Geschenkabo für Marisol Quenteberry, Tel. 0171 5837164", ["Quenteberry",
                                                                                           "1715837164"]),
    "gift message": ("Happy birthday Marisol Quenteberry! Enjoy a year of the weekend edition", ["Quenteberry"]),
    "French address and phone": ("Abonnement cadeau pour Marisol Quenteberry, 8 rue des Lilas, 69003 Lyon, "
                                 "06 58 37 16 42", ["Quenteberry", "658371642"]),
    "recipient JSON": (json.dumps({"plan": "Print+Digital", "recipient": {"name": "Marisol Quenteberry",
                                                                          "phone": "+44 7700 583716"}}),
                       ["Quenteberry", "7700583716"]),
    "Spanish address": ("Suscripción regalo para Marisol Quenteberry – C/ Mayor 14, 3º B, 28013 Madrid",
                        ["Quenteberry"]),
    "Japanese recipient": ("ギフト購読 お届け先：クエンテベリー・マリソル様 090-5837-1642",
                           ["クエンテベリー", "9058371642"]),
}

# --- a subscriber's number -----------------------------------------------------------------------------------------
SUBSCRIBERS: Dict[str, Tuple[str, Any]] = {
    "English number and name": ("Subscriber no. 927461-AV – Aldous Vrenkmoor", ["927461", "Vrenkmoor"]),
    "German Abonnentennummer": ("Abonnentennummer 927461 (Aldous Vrenkmoor)", ["927461", "Vrenkmoor"]),
    "French numero d'abonne": ("Numéro d'abonné : 927461", ["927461"]),
    "subscriber id glued": ("Subscriber ID SUB927461", ["927461"]),
    "Dutch abonneenummer": ("Abonneenummer: 927461", ["927461"]),
    "Polish numer prenumeratora": ("Numer prenumeratora: 927461", ["927461"]),
    "Italian codice abbonato": ("Codice abbonato 927461", ["927461"]),
    "renewal for a name": ("Account for Aldous Vrenkmoor – renews 01/2027", ["Vrenkmoor"]),
    "account URL": (f"{NEWS}/account/billing?subscriber_id=927461&plan=digital", ["927461"]),
}

# --- a reader's tip, with a phone ------------------------------------------------------------------------------------
TIPS: Dict[str, Tuple[str, Any]] = {
    "tip with a mobile": ("News tip: fire at the depot, call me on 07700 361947 – Ferelith", ["7700361947"]),
    "whistleblower on Signal": ("Whistleblower: I work at the council, reach me on Signal +44 7700 361947",
                                ["7700361947"]),
    "German Tipp": ("Tipp an die Redaktion: Ferelith Moskovane, 0151 36194725", ["Moskovane", "15136194725"]),
    "Spanish soplo": ("Soplo: llamar a Ferelith Moskovane al 612 361 947", ["Moskovane", "612361947"]),
    "Italian segnalazione": ("Segnalazione di Ferelith Moskovane, cell. 347 3619471", ["Moskovane", "3473619471"]),
    "tip with an email": ("Tip from Ferelith Moskovane <ferelith.moskovane@proton.me>", ["Moskovane"]),
    "US tip line": ("Tip line message: Ferelith Moskovane (614) 361-9470", ["Moskovane", "6143619470"]),
    "Indian tip": ("News tip from Ferelith Moskovane, +91 98361 94702", ["Moskovane", "9836194702"]),
}

# --- classified ads: a phone and an email --------------------------------------------------------------------------
CLASSIFIEDS: Dict[str, Tuple[str, Any]] = {
    "UK for sale": ("For sale: Vespa 125, £900 ono. Call 07700 472958", ["7700472958"]),
    "German zu verkaufen": ("Zu verkaufen: Kinderwagen, 80 €, Tel. 0176 47295811", ["17647295811"]),
    "French a vendre": ("À vendre : vélo cargo, 120 €, 06 47 29 58 12", ["647295812"]),
    "Spanish se vende": ("Se vende piso en Getafe, 654 472 958", ["654472958"]),
    "Italian vendo": ("Vendo Fiat Panda 2015, 3334729581", ["3334729581"]),
    "Dutch te koop": ("Te koop: bakfiets, 06-47295812", ["647295812"]),
    "Polish sprzedam": ("Sprzedam rower, tel. 604 729 581", ["604729581"]),
    "Swedish saljes": ("Säljes: kanot, ring 070-472 95 81", ["704729581"]),
    "Brazilian vendo": ("Vendo apartamento, (11) 94729-5812", ["11947295812"]),
    "room to let by email": ("Room to let, £650 pcm, email tamsin.greyvantock@example.com", ["Greyvantock"]),
    "US garage sale": ("Garage sale Sat 9am – call Tamsin Greyvantock at (312) 472-9581",
                       ["Greyvantock", "3124729581"]),
}

# --- personal ads: a name -----------------------------------------------------------------------------------------
PERSONALS: Dict[str, Tuple[str, Any]] = {
    "lonely hearts": ("Lonely hearts: Gwendolyn Tarrowmere, 52, widowed, seeks companion for walks, Box 815294",
                      ["Tarrowmere"]),
    "German Kontaktanzeige": ("Kontaktanzeige: Gwendolyn Tarrowmere (52) sucht ihn, Chiffre 815294",
                              ["Tarrowmere"]),
    "French rencontre": ("Rencontre : Gwendolyn Tarrowmere, 52 ans, cherche compagnon", ["Tarrowmere"]),
    "missed connection": ("Missed connection: to the man who helped Gwendolyn Tarrowmere on the 8:15 to Leeds",
                          ["Tarrowmere"]),
    "Italian annuncio": ("Annuncio personale di Gwendolyn Tarrowmere, 52 anni, Torino", ["Tarrowmere"]),
}

# --- a local paper's death and family notices ------------------------------------------------------------------------
NOTICES: Dict[str, Tuple[str, Any]] = {
    "UK deaths column": ("Deaths: RAVENSHOLME, Cuthbert, peacefully at home on 2 December, aged 88",
                         ["Ravensholme"]),
    "German Traueranzeige": ("Traueranzeige: Cuthbert Ravensholme * 12.03.1938 † 01.12.2026", ["Ravensholme"]),
    "French avis de deces": ("Avis de décès : M. Cuthbert Ravensholme, survenu le 1er décembre", ["Ravensholme"]),
    "Spanish esquela": ("Esquela: D. Cuthbert Ravensholme falleció en Toledo a los 88 años", ["Ravensholme"]),
    "births column": ("Births: to Aoife and Cuthbert Ravensholme, a daughter, Niamh", ["Ravensholme"]),
    "engagement": ("Engagement announced between Cuthbert Ravensholme and Orla Breenstackle",
                   ["Ravensholme", "Breenstackle"]),
    "Italian necrologio": ("Necrologio: è mancato Cuthbert Ravensholme, ne danno il triste annuncio la moglie "
                           "e i figli", ["Ravensholme"]),
    "Irish death notice": ("Death notice – Cuthbert Ravensholme, Ballina, Co. Mayo, reposing at his home",
                           ["Ravensholme"]),
}

# --- photo galleries of a local event with readers' names ------------------------------------------------------------
GALLERIES: Dict[str, Tuple[str, Any]] = {
    "pictured caption": ("Pictured: Imelda Brackenthwaite, 9, and her grandfather at the Otley Show",
                         ["Brackenthwaite"]),
    "German Bildergalerie": ("Bildergalerie Stadtfest: Imelda Brackenthwaite mit Tochter am Marktplatz",
                             ["Brackenthwaite"]),
    "winner of a bake-off": ("Photos: Imelda Brackenthwaite wins the junior bake-off at the county fair",
                             ["Brackenthwaite"]),
    "left to right": ("Gallery: school nativity – left to right, Imelda Brackenthwaite, Tom and Priya",
                      ["Brackenthwaite"]),
    "photo file name": ("otley-show-2026-imelda-brackenthwaite-004.jpg", ["brackenthwaite"]),
    "Dutch fotogalerij": ("Fotogalerij: Imelda Brackenthwaite (34) uit Deventer bij de intocht", ["Brackenthwaite"]),
}

# --- sweepstakes winners ----------------------------------------------------------------------------------------------
WINNERS: Dict[str, Tuple[str, Any]] = {
    "UK prize draw": ("Congratulations to our prize draw winner, Percival Lumsgarth of Taunton", ["Lumsgarth"]),
    "Austrian Gewinnspiel": ("Gewinner des Gewinnspiels: Percival Lumsgarth aus Linz", ["Lumsgarth"]),
    "French jeu concours": ("Gagnant du jeu concours : Percival Lumsgarth (Nantes)", ["Lumsgarth"]),
    "Brazilian sorteio": ("Ganhador do sorteio: Percival Lumsgarth, Recife", ["Lumsgarth"]),
    "Italian concorso": ("Vincitore del concorso: Percival Lumsgarth di Padova", ["Lumsgarth"]),
    "Polish konkurs": ("Zwycięzca konkursu: Percival Lumsgarth z Poznania", ["Lumsgarth"]),
    "Japanese winner": ("当選者：ランズガース・パーシヴァル様（大阪府）", ["ランズガース"]),
}

# --- newsletters: unsubscribe and preference links carrying the email ----------------------------------------------
N_MAIL = "hesper.vonstraquil@example.net"
NEWSLETTERS: Dict[str, Tuple[str, Any]] = {
    "unsubscribe query": (f"{NEWS}/newsletters/unsubscribe?email={_q(N_MAIL)}&list=morning-briefing",
                          ["vonstraquil"]),
    "preferences path": (f"{NEWS}/newsletters/preferences/{N_MAIL}", ["vonstraquil"]),
    "base64 token": (f"https://list.example-zeitung.de/abmelden?e={_b64(N_MAIL)}&nl=morgenlage",
                     [_b64(N_MAIL)]),
    "uid and email": (f"https://news.example.com/nl/unsub?uid=648203&e={N_MAIL}", ["vonstraquil"]),
    "mailto unsubscribe": (f"mailto:unsubscribe@example-news.com?subject=unsubscribe%20{N_MAIL}",
                           ["vonstraquil"]),
    "French desinscription": (f"https://www.example-journal.fr/newsletters/desinscription?adresse={_q(N_MAIL)}",
                              ["vonstraquil"]),
}
NEWSLETTER_TEXTS: Dict[str, Tuple[str, Any]] = {
    "sign-up line": (f"Newsletter sign-up: Hesper Vonstraquil, {N_MAIL}, Morning Briefing", ["Vonstraquil"]),
    "Spanish alta": (f"Alta en el boletín: {N_MAIL} – Hesper Vonstraquil", ["Vonstraquil"]),
}

# --- podcasts: a listener's voicemail and question -------------------------------------------------------------------
PODCASTS: Dict[str, Tuple[str, Any]] = {
    "listener voicemail": ("Listener voicemail from Thaddeus Quorlimb, +353 87 529 6184", ["Quorlimb", "875296184"]),
    "question with a town": ("Listener question from Thaddeus Quorlimb in Cork: is the housing plan real?",
                             ["Quorlimb"]),
    "German Hoererfrage": ("Hörerfrage von Thaddeus Quorlimb, Tel. 0160 5296184", ["Quorlimb", "1605296184"]),
    "mailbag email": ("Mailbag: thaddeus.quorlimb@example.ie asks about the election", ["Quorlimb"]),
}


# A few values in two chosen leaves each: a commenter's profile link and a Japanese poster's label, a subscriber's
# number in a route, an Indian classified's WhatsApp number.
CHOSEN: Dict[str, Tuple[str, List[str], Tuple[str, str]]] = {
    "comment profile link": ("https://disqus.example.com/by/wendelineharvostrick/", ["harvostrick"],
                             ("page url", "referrer")),
    "comment Japanese poster label": ("投稿者：ハルヴォストリック・ウェンデリン さん", ["ハルヴォストリック"],
                                      ("comment body", "page title")),
    "subscriber number in a route": (f"{NEWS}/subscribers/927461/invoices", ["927461"], ("page url", "referrer")),
    "classified Indian WhatsApp": ("Flat for rent in Pune, WhatsApp 98472 95812", ["9847295812"],
                                   ("custom property", "product name")),
}


def cases() -> List[Case]:
    """About 150 personal cases, each value in a few leaves rotated over the news site's and the README's."""
    text = NEWS_TEXT_PLACES
    return [
        *rotated("comment", COMMENTS, text, 2, start=0, put=put),
        *rotated("letter", LETTERS, text, 1, start=3, put=put),
        *rotated("gift", GIFTS, text, 2, start=7, put=put),
        *rotated("subscriber", SUBSCRIBERS, text, 1, start=11, put=put),
        *rotated("tip", TIPS, text, 2, start=17, put=put),
        *rotated("classified", CLASSIFIEDS, text, 1, start=23, put=put),
        *rotated("personals", PERSONALS, text, 2, start=29, put=put),
        *rotated("notice", NOTICES, text, 2, start=31, put=put),
        *rotated("gallery", GALLERIES, text, 2, start=37, put=put),
        *rotated("sweepstakes", WINNERS, text, 1, start=13, put=put),
        *[(f"sweepstakes Japanese winner in an id @ {where}", *put(where, WINNERS["Japanese winner"][0]),
           list(WINNERS["Japanese winner"][1])) for where in ("order id", "product id")],
        *rotated("newsletter", NEWSLETTERS, URL_PLACES, 2, start=0, put=put),
        *rotated("newsletter", NEWSLETTER_TEXTS, text, 2, start=19, put=put),
        *rotated("podcast", PODCASTS, text, 2, start=5, put=put),
        *[(f"{name} @ {where}", *put(where, value), forms) for name, (value, forms, leaves) in CHOSEN.items()
          for where in leaves],
    ]


# --- ordinary: what a news site sends about its articles -----------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "headlines": [
        "Scholz meets Macron in Paris", "Starmer faces backbench revolt over welfare cuts",
        "Biden and Xi agree to resume military talks", "Taylor Swift adds three Wembley dates to Eras Tour",
        "Haaland hat-trick sends Manchester City top", "Apple fined €1.8bn by EU over music streaming",
        "Sinner beats Alcaraz to win ATP Finals in Turin", "Merz kündigt Kabinettsumbildung an",
        "Macron dissout l'Assemblée nationale", "Sánchez convoca elecciones anticipadas para el 23 de julio",
        "Meloni incontra Zelensky a Roma", "Rutte benoemd tot secretaris-generaal van de NAVO",
        "Tusk: Polska nie wyśle wojsk na Ukrainę", "Kristersson presenterar ny regering",
        "Lula sanciona reforma tributária", "岸田首相、衆院解散を見送り", "Modi inaugurates new Parliament building",
        "Taoiseach Simon Harris announces general election", "Van der Bellen vereidigt neue Bundesregierung",
        "Nadal announces retirement after Davis Cup", "Elon Musk's X sued by advertisers in Texas",
        "Serena Williams opens up about life after tennis", "Virat Kohli scores 50th ODI century",
        "Volkswagen to close three German plants", "Ryanair's Michael O'Leary warns of higher summer fares",
        "Mbappé signs for Real Madrid", "Obituary: Queen Elizabeth II, 1926–2022",
        "Interview: Olaf Scholz on Germany's energy crisis", "Le Pen condamnée à cinq ans d'inéligibilité",
        "Ohtani signs record $700m deal with the Dodgers", "Zelensky addresses European Parliament in Strasbourg",
        "Rory McIlroy, 36, wins the Masters at last", "In Memory of Pope Francis (1936–2025)",
        "Letter from Kyiv: Zelensky's long winter", "Lotto: winning numbers 4, 12, 19, 27, 33, 41",
        "Liverpool 2-1 Chelsea: Salah scores twice at Anfield",
    ],
    "sections": ["World", "UK News", "Politics", "Business", "Sport", "Football", "Culture", "Opinion", "Letters",
                 "Obituaries", "Lifestyle", "Feuilleton", "Économie", "Deportes", "Cronaca"],
    "bylines": ["By Our Foreign Staff", "By Our Political Correspondent", "From Our Correspondent in Brussels",
                "Von unserem Korrespondenten in Wien", "Par notre envoyé spécial à Kyiv", "Redacción Internacional",
                "Dalla nostra inviata a Bruxelles", "Van onze correspondent in Berlijn", "By Laura Kuenssberg",
                "Analysis by Jeremy Bowen, International Editor"],
    "podcasts": ["The Rest Is Politics", "The Daily", "Today in Focus", "Political Thinking with Nick Robinson",
                 "Lage der Nation", "Les Pieds sur terre", "Hoy en EL PAÍS", "Il Mondo", "De Dag",
                 "Café da Manhã", "Episode 214: Angela Merkel in conversation",
                 "Ep. 88 – Mary Robinson on climate justice"],
    "plans": ["Digital Plus – 12 months", "Print + Digital, 6 days a week", "Student subscription – £1 a week",
              "Weekend Print Edition", "Abo Digital Basis – monatlich", "Formule Intégrale – 1 an",
              "Suscripción Premium anual", "Abbonamento Digital 3 mesi", "Digitaal Basis – 1 jaar",
              "Pakiet Premium 12 miesięcy", "Assinatura Digital Completa", "デジタル版 月額プラン",
              "Gift subscription – 3 months", "Family plan (up to 4 readers)"],
    "promo codes": ["SAVE50", "XMAS2026", "WELCOME1", "STUDENT25", "BLACKFRIDAY", "ABO-HERBST-24", "NOEL2026",
                    "VERANO30", "TRYFOR1", "READ3MONTHS"],
    "article ids": ["art-2026-118734", "c0r4x9k2vw3o", "GB-NEWS-20261204-0042", "A-20261204-ZB7",
                    "politik/ausland/art-3815562", "urn:nyt:article:5b1e5d1a-3c2d-5f4e-9a0b-1c2d3e4f5a6b",
                    "LIVE-9812", "ep-214", "story_4419203", "articleshow-105123456"],
    "tags": ["ukraine-war", "general-election-2026", "climate-crisis", "premier-league", "Bundestagswahl",
             "réforme des retraites", "elecciones generales", "Serie A", "klimaat", "wybory prezydenckie",
             "eleições 2026", "cricket-world-cup"],
    "searches": ["budget 2026", "Scholz Macron", "election results Leeds", "Premier League table", "Wetter Wien",
                 "réforme des retraites", "precio de la luz", "sciopero treni", "stikstof", "wybory 2025",
                 "Lula reforma", "大谷翔平", "IPL auction", "crossword answers"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "headlines": ["page title", "content name", "custom property"],
    "sections": ["page category", "content category"],
    "bylines": ["byline property", "page title"],
    "podcasts": ["content name", "page title"],
    "plans": ["subscription product name", "content name"],
    "promo codes": ["coupon property", "custom property"],
    "article ids": ["product id", "content ids"],
    "tags": ["tag property", "content category"],
    "searches": ["search string", "standard search string"],
}
ARTICLE_URLS = [
    "https://www.example-news.co.uk/politics/2026/dec/04/starmer-faces-backbench-revolt",
    "https://www.example-zeitung.de/politik/ausland/scholz-trifft-macron-in-paris-a-3815562.html",
    "https://www.example-journal.fr/politique/article/2026/12/04/macron-dissout-l-assemblee_6123456_823448.html",
    "https://elpais.example.es/espana/2026-12-04/sanchez-convoca-elecciones.html",
    "https://www.example-corriere.it/politica/26_dicembre_04/meloni-zelensky-roma.shtml",
    "https://nos.example.nl/artikel/2518274-rutte-navo",
    "https://wiadomosci.example.pl/tusk-polska-ukraina,nId,7481923",
    "https://g1.example.com.br/politica/noticia/2026/12/04/lula-sanciona-reforma.ghtml",
    "https://www3.example-nhk.jp/news/html/20261204/k10014281234000.html",
    "https://www.example-times.in/sports/cricket/kohli-50th-odi-century/articleshow/105123456.cms",
    "https://www.example-irishtimes.ie/politics/2026/12/04/taoiseach-announces-general-election/",
    "https://www.example-standard.at/story/3000000198765/van-der-bellen-vereidigt-regierung",
    "https://www.example-dn.se/sverige/kristersson-presenterar-ny-regering/",
    "https://podcasts.example.com/the-rest-is-politics/episodes/214-angela-merkel?utm_source=newsletter&utm_medium=email",
]


def ordinary_cases() -> Iterator[Ordinary]:
    """330 ordinary cases: each value in its family's leaves, and each article URL as the page and referrer."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, put)
    yield from ordinary_urls(ARTICLE_URLS)
