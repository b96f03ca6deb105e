"""The thirty-second outside attack's cases, written from the README's promises (section "Personal data: one budget
in, one gate out") without reading the gate's code nor the earlier attacks' cases: the thirty-first round's young
layouts pressed both ways. Reviews' bylines, verified labels and signatures in the shops' languages and in
Trustpilot's, Google's and Amazon's exports; support transcripts and tickets (reply verbs, chat titles, help desks'
`via` lines, Slack, Teams and Discord copy-paste); forwarded and HTML mails of Gmail, Apple Mail and Outlook;
account titles with other separators, in lower case, in a URL path, in Korean and Chinese; and the older families
(addresses, phones, mail addresses, birth dates, bank and national ids) inside those new layouts. Each text goes
in several leaves of Meta's payload. The ordinary values share these shapes and must go out unchanged.

Every surname carries the suffix `qa` (`Kesslerqa`), so that a form found in the request is the attack's value.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import crossed, ordinary_in_places, ordinary_urls

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

PLACES = ["custom property", "page title", "content title", "json property"]
SHORT_PLACES = [*PLACES, "query value", "referrer query", "fragment", "search"]
OLDER_PLACES = ["custom property", "page title", "json property"]


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """An attack's text put in one leaf of Meta's payload the README maps."""
    if where == "custom property":
        return "track", {"properties": {"note": value}}
    if where == "page title":
        return "page", {"title": value}
    if where == "content title":
        return "track", {"products": [{"product_id": "SKU-32", "name": value, "price": "5"}]}
    if where == "content brand":
        return "track", {"products": [{"product_id": "SKU-32", "name": "Tote Bag", "brand": value, "price": "5"}]}
    if where == "json property":
        return "track", {"properties": {"payload": json.dumps({"id": 48213, "text": value}, ensure_ascii=False)}}
    if where == "query value":
        return "page", {"url": "https://shop.example.com/reviews?comment=" + quote(value)}
    if where == "referrer query":
        return "page", {"referrer": "https://help.example.com/ticket?body=" + quote(value)}
    if where == "fragment":
        return "page", {"url": "https://shop.example.com/account#" + quote(value)}
    if where == "search":
        return "page", {"search": "?q=" + quote(value)}
    if where == "url path":
        return "page", {"url": "https://shop.example.com" + value}
    raise ValueError(where)


# Reviews: bylines, verified labels before or after the name, signatures with a city or an age, ratings, exports.
REVIEWS: Dict[str, Tuple[str, Any]] = {
    "it recensione di dated": ("Recensione di Giulia Rossettiqa, 3 dicembre 2026: ottime scarpe", "Rossettiqa"),
    "es resena de ago": ("Reseña de Marta Villalobosqa · hace 3 días", "Villalobosqa"),
    "fr avis de colon": ("Avis de Claire Dumoulinqa : très bon produit, taille bien", "Dumoulinqa"),
    "de bewertung von am": ("Bewertung von Jonas Brinkmannqa am 3. Dezember 2026", "Brinkmannqa"),
    "en by on date": ("By Emily Hartwellqa on December 3, 2026", "Hartwellqa"),
    "en reviewed in germany by": ("Reviewed in Germany by Lukas Oberreiterqa on 3 December 2026", "Oberreiterqa"),
    "en verified purchase dot name": ("Verified Purchase · Tomasz Kowalczykqa", "Kowalczykqa"),
    "en name verified buyer brackets": ("Tomasz Kowalczykqa (Verified Buyer)\nGreat fit, true to size.",
                                        "Kowalczykqa"),
    "de signature age town": ("Super Schuhe, passen perfekt! – Friederike Wendlingqa, 34, aus Hamburg",
                              "Wendlingqa"),
    "de signature given age town": ("Passt super! – Annelieseqa, 34, aus Hamburg", "Annelieseqa"),
    "en stars before name": ("★★★★★ Mareike Sondermannqa", "Sondermannqa"),
    "trustpilot export": ("Rated 5 out of 5 stars\nJohanna Vierlingqa\nDE • 3 reviews\n"
                          "Date of experience: December 03, 2026", "Vierlingqa"),
    "google export": ("Henrik Albrechtsenqa\nLocal Guide · 42 reviews · 18 photos\n★★★★★ a week ago\nFast delivery",
                      "Albrechtsenqa"),
    "amazon export": ("Pieter van Houtenbeekqa\n5.0 out of 5 stars Great fit\nReviewed in the Netherlands on "
                      "3 December 2026\nVerified Purchase", "Houtenbeekqa"),
    "en posted by ago": ("Posted by Ingrid Solbakkenqa · 2 days ago", "Solbakkenqa"),
    "es opinion de verified": ("Opinión de Lucía Etxeberriaqa (Compra verificada): me encantan", "Etxeberriaqa"),
    "it verified dash town": ("Recensione verificata – Francesca Lombardiniqa, Torino", "Lombardiniqa"),
    "nl signature uit town": ("Geweldige jas! – Sanne Dijkhuizenqa uit Utrecht", "Dijkhuizenqa"),
    "de quote signature age": ("„Perfekt!“ — Matthias Kornblumqa, 52, München", "Kornblumqa"),
    "fr signature town brackets": ("Très satisfaite. – Élodie Marchettiqa (Lyon)", "Marchettiqa"),
    "en review by verified date": ("Review by Olivia Brennanqa (verified buyer) 03/12/2026", "Brennanqa"),
    "pt rating dash verified": ("5/5 – Rafael Quintanilhaqa, Porto – Compra verificada", "Quintanilhaqa"),
    "pl opinia name town date": ("Opinia: świetne buty. Magdalena Wróblewskaqa, Kraków, 3 grudnia 2026",
                                 "Wróblewskaqa"),
    "pt avaliacao de em": ("Avaliação de Beatriz Nogueiraqa em 3 de dezembro de 2026", "Nogueiraqa"),
    "nl recensie door op": ("Recensie door Daan Verheijenqa op 3 december 2026", "Verheijenqa"),
    "en reviewed by age from": ("Reviewed by Chloe Ashworthqa, 34, from Leeds", "Ashworthqa"),
    "en tilde after bang": ("Great shoes!! ~Miranda Thistlewoodqa", "Thistlewoodqa"),
    "en dash glued after emoji": ("Love it 😍\n-Jessica Pembridgeqa", "Pembridgeqa"),
    "de verifizierter kauf after": ("Jonas Brinkmannqa – Verifizierter Kauf\nTop Qualität", "Brinkmannqa"),
    "fr achat verifie label": ("Achat vérifié : Claire Dumoulinqa", "Dumoulinqa"),
    "sv recension av": ("Recension av Elin Lindqvistqa den 3 december 2026", "Lindqvistqa"),
    "en stars initial": ("★★★★☆ Anna Schimmelqa S.\nComfy but runs small", "Schimmelqa"),
}

# Transcripts and tickets: reply verbs, chat titles, help desks' lines, team messengers' copy-paste.
CHATS: Dict[str, Tuple[str, Any]] = {
    "chat with": ("Chat with Anna Kesslerqa", "Kesslerqa"),
    "transcript colon dated": ("Transcript: Anna Kesslerqa – 3 Dec 2026", "Kesslerqa"),
    "replied capitals": ("ANNA KESSLERQA REPLIED: WHERE IS MY ORDER", "KESSLERQA"),
    "replied same line": ("Anna Kesslerqa replied: where is my parcel?", "Kesslerqa"),
    "replied same line capital": ("Anna Kesslerqa replied: Where is my parcel?", "Kesslerqa"),
    "via zendesk": ("From: Jonas Feldmannqa via Zendesk", "Feldmannqa"),
    "via freshdesk subject": ("From: Jonas Feldmannqa via Freshdesk\nSubject: Return request", "Feldmannqa"),
    "via help scout": ("Jonas Feldmannqa via Help Scout\nwhere is my refund", "Feldmannqa"),
    "ticket customer dash time": ("Lena Horvathqa (customer) – 10:42\nmy parcel never arrived", "Horvathqa"),
    "ticket kunde dash time": ("Lena Horvathqa (Kundin) – 10:42\nmein Paket ist nicht angekommen", "Horvathqa"),
    "slack two blanks time": ("Lena Horvathqa  10:42 AM\nhey, where is my order?", "Horvathqa"),
    "teams family comma given": ("[10:42 AM] Horvathqa, Lena\nhi team, refund please", "Horvathqa"),
    "discord today at": ("Lena Horvathqa — Today at 10:42 AM\nwhere is my order", "Horvathqa"),
    "conversation with": ("Conversation with Marta Ruizqa", "Ruizqa"),
    "visitor capitals message": ("Visitor Marta Ruizqa: HI WHERE IS MY ORDER", "Ruizqa"),
    "joined the conversation": ("Marta Ruizqa joined the conversation", "Ruizqa"),
    "replied to conversation": ("Marta Ruizqa replied to conversation #48213", "Ruizqa"),
    "customer wrote next line": ("Customer Tobias Wernerqa wrote:\nthe zipper broke", "Wernerqa"),
    "intercom ago": ("Tobias Wernerqa · 2m ago\nthe zipper broke", "Wernerqa"),
    "de chatverlauf mit": ("Chatverlauf mit Tobias Wernerqa", "Wernerqa"),
    "es conversacion con": ("Conversación con Tobias Wernerqa", "Wernerqa"),
    "fr discussion avec": ("Discussion avec Tobias Wernerqa", "Wernerqa"),
    "it chat con": ("Chat con Tobias Wernerqa del 3 dicembre", "Wernerqa"),
    "left the chat": ("Tobias Wernerqa left the chat", "Wernerqa"),
    "gorgias ticket from": ("Ticket #48213 from Tobias Wernerqa", "Wernerqa"),
}

# Mails: forwarded headers, HTML bodies of Gmail, Apple Mail, Outlook; entities inside names.
MAILS: Dict[str, Tuple[str, Any]] = {
    "gmail forwarded": ("---------- Forwarded message ---------\nFrom: Clara Engelhardtqa <claraqa.e@example.net>\n"
                        "Date: Thu, 3 Dec 2026 at 10:14\nSubject: Return\nTo: <support@shop.example>",
                        ["Engelhardtqa", "claraqa.e"]),
    "apple begin forwarded": ("Begin forwarded message:\n\nFrom: Clara Engelhardtqa\nSubject: Order 48213\n"
                              "Date: December 3, 2026 at 10:14:00 CET\nTo: Support", "Engelhardtqa"),
    "fr message d origine": ("-------- Message d'origine --------\nDe : Clara Engelhardtqa\nDate : 03/12/2026\n"
                             "À : service@shop.example\nObjet : Commande", "Engelhardtqa"),
    "de original nachricht": ("-------- Original-Nachricht --------\nBetreff: Bestellung\nDatum: 03.12.2026\n"
                              "Von: Clara Engelhardtqa", "Engelhardtqa"),
    "gmail signature div": ('<div dir="ltr">Hi,<div>where is my order?</div><div><br></div>-- <br>'
                            '<div class="gmail_signature">Clara Engelhardtqa<br>Lindenqastraße 14<br>10115 Berlin'
                            '</div></div>', ["Engelhardtqa", "Lindenqastraße"]),
    "apple blockquote cite": ('<div>ok</div><blockquote type="cite">On 3 Dec 2026, at 10:14, Clara Engelhardtqa '
                              '&lt;claraqa.e@example.net&gt; wrote:<br><br></blockquote>',
                              ["Engelhardtqa", "claraqa.e"]),
    "outlook divrplyfwdmsg": ('<div id="divRplyFwdMsg"><font><b>From:</b> Clara Engelhardtqa<br><b>Sent:</b> '
                              'Thursday, December 3, 2026 10:14 AM<br><b>To:</b> Support<br><b>Subject:</b> Order'
                              '</font></div>', "Engelhardtqa"),
    "mso closing": ("<p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal>Clara Engelhardtqa<o:p></o:p>"
                    "</p>", "Engelhardtqa"),
    "entity umlaut closing": ("<p>Viele Grüße<br>\nJ&ouml;rg Br&auml;unlingqa</p>", "Bräunlingqa"),
    "entity numeric name": ("Kind regards,<br>Clara Engelhardt&#113;&#97;", "Engelhardtqa"),
    "table cells label": ("<table><tr><td>Name</td><td>Clara Engelhardtqa</td></tr></table>", "Engelhardtqa"),
    "list ship to": ("<ul><li>Order #48213</li><li>Ship to: Clara Engelhardtqa</li></ul>", "Engelhardtqa"),
    "heading greeting": ("<h3>Hello Clara Engelhardtqa,</h3><p>your order has shipped</p>", "Engelhardtqa"),
    "signature before iphone": ("Where is my order?\n\nBest,\nClara Engelhardtqa\n\nSent from my iPhone",
                                "Engelhardtqa"),
    "gmail wrote html": ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Dec 3, 2026 at 10:14 AM '
                         'Clara Engelhardtqa &lt;<a href="mailto:claraqa.e@example.net">claraqa.e@example.net</a>&gt;'
                         ' wrote:<br></div>', ["Engelhardtqa", "claraqa.e"]),
    "outlook original message": ("-----Original Message-----\nFrom: Engelhardtqa, Clara\nSent: Thursday, "
                                 "December 3, 2026 10:14 AM\nTo: Support\nSubject: RE: Order", "Engelhardtqa"),
    "es mensaje reenviado": ("---------- Mensaje reenviado ---------\nDe: Clara Engelhardtqa\n"
                             "Fecha: jue, 3 dic 2026\nAsunto: Pedido", "Engelhardtqa"),
}

# Account titles: other separators, brackets, lower case, handles, Korean and Chinese.
ACCOUNTS: Dict[str, Tuple[str, Any]] = {
    "tilde": ("My Account ~ Anna Pfeifferqa", "Pfeifferqa"),
    "greater than": ("Mein Konto > Anna Pfeifferqa", "Pfeifferqa"),
    "slash": ("Account / Anna Pfeifferqa", "Pfeifferqa"),
    "em dash": ("Mein Konto — Anna Pfeifferqa", "Pfeifferqa"),
    "brackets bar": ("[Anna Pfeifferqa] | My Account", "Pfeifferqa"),
    "lower case": ("My Account | anna pfeifferqa", "pfeifferqa"),
    "logged in hyphen digits": ("Logged in as anna-pfeifferqa88", "pfeifferqa88"),
    "hyphenated double name": ("Mein Konto | Anna Pfeifferqa-Schmidt", "Pfeifferqa"),
    "pl moje konto": ("Moje konto | Anna Pfeifferqa", "Pfeifferqa"),
    "it il mio account": ("Il mio account — Anna Pfeifferqa", "Pfeifferqa"),
    "middle dot orders": ("Anna Pfeifferqa · Bestellungen · Mein Konto", "Pfeifferqa"),
    "breadcrumb chevron": ("Home › Mein Konto › Anna Pfeifferqa", "Pfeifferqa"),
    "ko given name nim": ("서윤 님, 주문이 완료되었습니다", "서윤"),
    "ko mypage chevron": ("마이페이지 > 김서윤 님", "김서윤"),
    "zh account slash": ("我的账户 / 欧阳晓婷", "欧阳晓婷"),
    "nickname welcome": ("Welcome back, Annie Pfeifferqa! | My Account", "Pfeifferqa"),
}

# The older families in the new layouts.
OLDER: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "postal": {
        "review signature street": ("Top Verkäufer! – Anna, Kastanienqaallee 12, 10435 Berlin", "Kastanienqaallee"),
        "visitor address": ("Visitor: my address is Kastanienqaallee 12, 10435 Berlin", "Kastanienqaallee"),
        "html lieferadresse": ("Lieferadresse:<br>Kastanienqaallee 12<br>10435 Berlin", "Kastanienqaallee"),
        "gmail signature street": ('<div class="gmail_signature">Anna<br>Kastanienqaallee 12<br>10435 Berlin</div>',
                                   "Kastanienqaallee"),
        "ticket street": ("Anna (customer) – 10:42\nplease ship to 221 Maplequa Avenue, Springfield, IL 62704",
                          "Maplequa"),
    },
    "phone": {
        "gmail signature mobil": ('<div class="gmail_signature">Clara<br>Mobil: +49 151 2345 6789</div>',
                                  "15123456789"),
        "ticket number": ("Anna (customer) – 10:42\nmy number is 0151 2345 6789", "15123456789"),
        "review signature tel": ("Schnelle Lieferung. – Anna, Tel. 0151/23456789", "15123456789"),
        "slack call me": ("Lena  10:42 AM\ncall me on +44 7700 900123", "7700900123"),
        "html table tel": ("<table><tr><td>Telefon</td><td>+49 151 2345 6789</td></tr></table>", "15123456789"),
    },
    "email": {
        "visitor my mail": ("Visitor: my mail is annaqa.kessler@posteo.de", "annaqa.kessler"),
        "html mailto": ('Reply to <a href="mailto:annaqa.kessler@gmx.de">Anna</a>', "annaqa.kessler"),
        "review signature mail": ("Love it! – Anna (annaqa.kessler@gmail.com)", "annaqa.kessler"),
        "forwarded to line": ("---------- Forwarded message ---------\nFrom: Support\nTo: annaqa.kessler@web.de",
                              "annaqa.kessler"),
    },
    "birth": {
        "ticket birthday": ("Anna (customer) – 10:42\nmy birthday is 14.03.1987", "14.03.1987"),
        "html geburtsdatum": ("<table><tr><td>Geburtsdatum</td><td>14.03.1987</td></tr></table>", "14.03.1987"),
        "review signature born": ("Great gift! – Anna, born 14/03/1987", "14/03/1987"),
    },
    "id": {
        "visitor iban": ("Visitor: refund to DE89 3704 0044 0532 0130 00 please", "370400440532013000"),
        "html iban": ("<p>IBAN:<br>DE89 3704 0044 0532 0130 00</p>", "370400440532013000"),
        "ticket ssn": ("Anna (customer) – 10:42\nmy SSN is 536-90-4399", "536904399"),
    },
}


def cases() -> List[Case]:
    out: List[Case] = []
    out += crossed("review", REVIEWS, PLACES, place)
    out += crossed("chat", CHATS, PLACES, place)
    out += crossed("mail", MAILS, PLACES, place)
    out += crossed("account", ACCOUNTS, SHORT_PLACES, place)
    out += [("account path slug @ url path", *place("url path", "/account/anna-pfeifferqa/orders"), ["pfeifferqa"]),
            ("account path title case @ url path", *place("url path", "/konto/Anna-Pfeifferqa/bestellungen"),
             ["Pfeifferqa"])]
    for family, table in OLDER.items():
        out += crossed(family, table, OLDER_PLACES, place)
    return out


# Ordinary shop data sharing these shapes, which must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    "blurbs and press quotes": [
        "“Unputdownable.” — Stephen King", "“A triumph.” — The New York Times", "— The Guardian",
        "“Gripping from the first page.” – Daily Mail", "„Ein Meisterwerk.“ — Die Zeit",
        "« Bouleversant. » — Le Monde", "“Five stars.” — Vogue", "Best Book of the Year — Time Magazine",
    ],
    "brands after an order's or account's title": [
        "Order Confirmation | Urban Outfitters", "My Account | Urban Outfitters", "Your Order ~ Free People",
        "Bestellbestätigung — Peek & Cloppenburg", "Order #48213 / Urban Decay", "Mein Konto > Bergfreunde",
        "My Account | Mountain Warehouse", "Order Confirmation | Banana Republic", "Order Confirmation | Old Navy",
        "Order Confirmation | Warby Parker", "Mon compte — La Redoute", "Mi cuenta | El Corte Inglés",
        "Il mio account · Yoox", "Order Confirmation | Ted Baker",
    ],
    "account sub-pages": [
        "Mein Konto – Bestellungen", "My Account > Orders > #48213", "Account / Settings / Privacy",
        "My Account ~ Wishlist", "[Gift Cards] | My Account", "Home › Mein Konto › Adressbuch",
        "마이페이지 > 주문내역", "我的账户 / 订单", "고객님, 주문이 완료되었습니다", "Mein Konto — Meine Daten",
    ],
    "brand handles": ["hello.fresh", "@hellofresh", "glossier.", "the.ordinary", "@zara_official",
                      "nike.running"],
    "conversations, chats and podcasts": [
        "Conversation with Barack Obama", "Chat with the Chef", "Chat with Customer Service",
        "Conversations with Friends", "Conversation with God (Book)", "Chat Noir Print",
        "Transcript: Episode 42", "Chat with us", "Fireside Chat with the Founders",
    ],
    "by and von in titles": [
        "Dress by Zara", "Reviewed by Experts", "Reviewed by Good Housekeeping", "Bewertet von Stiftung Warentest",
        "Tested by Which?", "Designed by Philippe Starck", "Made by Hand", "Posted by Admin",
        "Written by AI? A Field Guide", "Sweater by COS", "Review of the Year 2026", "Recensione di Dante",
    ],
    "review widgets without a name": [
        "★★★★★ Bestseller", "4.8 out of 5 stars (2,314 reviews)", "Verified Purchase", "Top Rated – Editor's Choice",
        "Reseñas de clientes", "Avis clients (128)", "Kundenbewertungen (4,7 von 5)",
        "Reviewed in the United States on December 3, 2026", "Rated 5 out of 5 stars", "Local Guide Favourite",
        "5/5 – Compra verificada", "Verifizierter Kauf", "Great shoes! – Size 42",
    ],
    "shop support pages": [
        "Contact us via WhatsApp", "Live chat – Mon–Fri 9–17", "Support: Mo–Fr 9–17 Uhr",
        "Chat en direct – lun.–ven. 9h–17h", "Help Center – Returns & Refunds", "Ticket #48213 – Return received",
        "Forwarded to our warehouse", "Sent from our Berlin warehouse", "From: Paris with Love",
    ],
    "html product descriptions": [
        "<ul><li>100% cotton</li><li>Machine washable</li></ul>", "<h2>Features</h2><p>Soft cotton<br>Regular fit</p>",
        "<table><tr><td>Size</td><td>M</td></tr></table>", "<p class=MsoNormal>Free shipping over 50 €</p>",
        '<div dir="ltr">Summer Sale – 20% off</div>', "<p>Care:<br>30 °C wash<br>Do not tumble dry</p>",
        "<h3>Hello Summer</h3><p>New arrivals</p>", '<blockquote type="cite">Best coffee in town</blockquote>',
        "<p>Kind regards,<br>Your Demo Shop Team</p>", "<table><tr><td>Material</td><td>Oak</td></tr></table>",
    ],
    "films, books and products": [
        "The Talented Mr. Ripley", "Dear John", "Love Actually", "Begin Again", "Yours Truly Candle",
        "Sincerely Yours Stationery Set", "Hello Kitty Backpack", "Anna Karenina", "Jane Eyre (Penguin Classics)",
        "Harry Potter and the Goblet of Fire", "Emily in Paris Season 4", "Forrest Gump DVD",
        "Little Women – Greta Gerwig", "The Devil Wears Prada", "Gone Girl by Gillian Flynn",
    ],
    "categories and breadcrumbs": [
        "Damen › Schuhe › Sneaker", "Women > Dresses > Maxi", "Home / Kitchen / Coffee", "Herren — Jacken",
        "Sale | Up to 50% off", "Books · Fiction · Thrillers", "Men ~ Outerwear", "Kids > Toys > Lego",
    ],
    "order numbers, prices and dates": [
        "Order #48213", "Bestellung 2026-000123", "Rechnung RE-2026-00042", "49,90 €", "$1,299.00",
        "03.12.2026", "Dec 3, 2026 10:42 AM", "10:42 – 11:30", "Ticket 48213", "Lieferung am 3. Dezember",
    ],
    "reviews' and chats' words in shop data": [
        "By Appointment Only", "Posted on December 3, 2026", "Ask an Expert – Live Chat", "Joined the Club – 10% off",
        "Customer Service Chat – Transcript", "Reviewed in Germany on 3 December 2026", "Verified Buyer Program",
        "Bewertungen von Kunden", "Avis de nos clients", "Opiniones de clientes", "Recensioni dei clienti",
        "Chat with Santa Claus", "Interview with the Vampire", "From: Paris To: London Print", "Forwarded Message Tote",
        "Original Message Mug", "Kind Regards Notebook", "Signature Collection – Gold", "Begin Again – Soundtrack",
        "Replied: Yes", "Rated 4.9 by 12,000 customers", "Top Reviewer Badge", "Guest Checkout",
    ],
    "designers and makers after by": [
        "Dress by Anna Sui", "Handbag by Kate Spade", "Sneaker by Stella McCartney", "Perfume by Carolina Herrera",
        "Lamp by Tom Dixon", "Chair by Charles Eames", "Scarf — Paul Smith", "Bag – Marc Jacobs",
    ],
    "near misses of the leaking layouts": [
        "By Malene Birger Dress", "From: Paris via London", "From: Warehouse via DHL Express",
        "Visitor Center Hours: 9-17", "Chat con el Chef", "Chatverlauf mit dem Kundenservice",
        "Discussion avec un Sommelier", "My Account ~ Order History", "Mein Konto > Meine Bestellungen",
        "Account / Addresses", "My Account | orders", "Logged in as guest", "고양이님 간식", "我的账户 / 收货地址",
        "Order Confirmation | Mango", "Account · Orders · Demo Shop", "★★★★★ Hello Kitty Plush", "★★★★☆ Very Good",
        "Rated 5 out of 5 stars – Excellent", "Top Qualität – Verifizierter Kauf",
        "Great fit, true to size. (Verified Buyer)", "Ticket #48213 from Berlin", "Ticket from Amsterdam to Paris",
        "<ul><li>Order #48213</li><li>Ship to: Germany</li></ul>", "<p>Viele Grüße<br>Ihr Demo Shop Team</p>",
        "<h3>Hello Summer,</h3><p>our new collection is here</p>", "Replied: Where is my order? (FAQ)",
        "Love it 😍\n- Soft Cotton", "Passt super! – Größe 42, Farbe Blau", "Transcript: Keynote 2026",
    ],
    "korean chinese japanese shop titles": [
        "마이페이지 | 주문/배송조회", "장바구니 - 무신사", "我的账户 | 订单详情", "购物车 - 京东",
        "マイページ | 注文履歴",
        "고객센터 채팅 상담", "客服聊天记录", "レビュー（4.5）",
    ],
}
ORDINARY_PLACES = ["custom property", "page title", "content title"]

IN_APP_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "[FBAN/FBIOS;FBAV/441.0.0.36.118;FBBV/547151208;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;"
    "FBID/phone;FBLC/de_DE;FBOP/5]",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 Instagram 307.0.0.34.111 Android (34/14; 480dpi; "
    "1080x2340; samsung; SM-S918B; dm3q; qcom; de_DE; 531188775)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "musical_ly_32.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/de Region/DE",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "[Pinterest/iOS]",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile "
    "Safari/537.36 Snapchat/12.62.0.35 (like Chrome)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Line/13.17.0 LIFF",
]

AD_CLICK_URLS = [
    "https://shop.example.com/p/sneaker?fbclid=IwAR2F4nQz8kT1pXyWvB7cLmN0dEeHgS3uJ5oKq&utm_source=facebook"
    "&utm_medium=paid&utm_campaign=bf_2026",
    "https://shop.example.com/p/sneaker?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRLZ2A&gad_source=1",
    "https://shop.example.com/p/sneaker?ttclid=E_C_P_CrQBk3Zx7aWQ&utm_source=tiktok",
    "https://shop.example.com/p/sneaker?msclkid=3f2a1b9c8d7e4f6a5b0c1d2e3f4a5b6c&utm_source=bing",
    "https://shop.example.com/p/sneaker?epik=dj0yJnU9QmN4&utm_source=pinterest",
    "https://shop.example.com/p/sneaker?ScCid=8b3c2a1d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
    "https://shop.example.com/p/sneaker?twclid=2-4k3j2h1g0f9e8d7c6b5a&utm_source=x",
    "https://shop.example.com/account/orders/48213?utm_source=newsletter&utm_campaign=review_request",
    "https://shop.example.com/reviews/write?product=SKU-32&rating=5",
    "https://shop.example.com/support/chat?topic=returns",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, {family: ORDINARY_PLACES for family in ORDINARY},
                                  lambda where, value: place(where, value))
    for agent in IN_APP_AGENTS:
        yield (f"in-app user agents: {agent[-40:]}", "page", {"user_agent": agent}, agent)
    yield from ordinary_urls(AD_CLICK_URLS)
