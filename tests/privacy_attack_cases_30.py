"""A thirtieth outside attack on the privacy gate, written from the README's promises only (section "Personal data:
one budget in, one gate out"), without reading the gate's code nor the earlier attacks' cases.

Twenty-nine attacks pressed languages and regions little pressed; this one presses the commonest shapes of the
languages Edgee's shops sell in (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
Japanese, Korean, Chinese in both scripts, Turkish, Arabic, Russian), both ways:

- leaks: the page titles of order, account and checkout pages with the shopper's name in them, checkout fields (full
  names, addresses in each big country's layout, delivery notes, gift messages, tax ids with their check digits,
  IBANs in free text, national phone numbers without a label), e-mail templates and support chats (greetings,
  closings and signatures, quoted replies, transcripts), and what visitors type in a search box;
- drops: real in-app browsers' user agents, ad-click URLs, products, brands, sizes, SKUs, prices, categories, shop
  page titles, films and books with people's names in them.

Each attack value is put in several leaves of Meta's payload the README maps (a custom property, the page's title,
a URL's path, query and fragment, the referrer, the page's search, a content's title and brand, the user agent, a
custom property holding JSON text, the search string); `forms` are the distinctive raw pieces that must not appear in
the request.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote, quote_plus

from privacy_attack_cases_2 import Case, Ordinary

Placed = Tuple[str, Dict[str, Any]]

SHOP = "https://shop.example.com"


def place(where: str, value: str) -> Placed:
    """(kind, make_event overrides) putting `value` in the leaf `where` of Meta's payload."""
    if where == "custom property":
        return "track", {"name": "Checkout Step Completed", "properties": {"checkout_comment": value}}
    if where == "page title":
        return "page", {"title": value}
    if where == "url path":
        return "page", {"url": f"{SHOP}/account/{quote(value, safe='')}/"}
    if where == "query value":
        return "page", {"url": f"{SHOP}/checkout?step=2&comment={quote_plus(value)}"}
    if where == "fragment":
        return "page", {"url": f"{SHOP}/checkout/thank-you#{quote(value, safe='')}"}
    if where == "referrer":
        return "page", {"referrer": f"{SHOP}/orders/view?comment={quote(value, safe='')}"}
    if where == "search":
        return "page", {"url": f"{SHOP}/search", "search": f"?q={quote_plus(value)}"}
    if where == "search string":
        return "track", {"name": "Products Searched", "properties": {"query": value}}
    if where in ("content title", "content brand"):
        field = "name" if where == "content title" else "brand"
        return "track", {"name": "Order Completed", "properties": {"order_id": "SO-90817", "value": "59.90",
                                                                    "currency": "EUR"},
                         "products": [{"product_id": "SKU-7731", field: value, "price": "59.90", "quantity": "1"}]}
    if where == "user agent":
        return "page", {"user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                                      f" (KHTML, like Gecko) Mobile/15E148 ({value})"}
    if where == "json property":
        return "track", {"name": "Checkout Step Completed",
                         "properties": {"checkout_payload": json.dumps({"step": 2, "comment": value},
                                                                       ensure_ascii=False)}}
    if where == "json escaped":
        return "track", {"name": "Checkout Step Completed",
                         "properties": {"checkout_payload": json.dumps({"step": 2, "comment": value})}}
    if where == "html entities":
        return "track", {"name": "Checkout Step Completed",
                         "properties": {"checkout_comment": "".join(f"&#{ord(ch)};" for ch in value)}}
    raise KeyError(where)


TEXT = ["custom property", "page title", "content title", "json property"]
URLS = ["url path", "query value", "fragment", "referrer"]
ALL = [*TEXT, *URLS, "search", "content brand", "user agent", "json escaped", "html entities"]
TITLES = ["page title", "custom property", "content title", "query value", "referrer", "json escaped"]
TYPED = ["search", "search string", "custom property", "query value"]

# Page titles of order, account, checkout, invoice and wishlist pages, as shops render them with the shopper's name.
TITLE_NAMES: Dict[str, Tuple[str, str]] = {
    "en order thanks": ("Order #48213 confirmed – thanks, Annabel!", "Annabel"),
    "en order thanks emoji": ("🎉 Thank you for your order, Harriet Pemberton! 🎉", "Pemberton"),
    "en wishlist of": ("Wishlist of Harriet Pemberton", "Pemberton"),
    "en thank you plain": ("Thank you for your order, Harriet Pemberton!", "Pemberton"),
    "en invoice number for": ("Invoice #INV-118 for Priya Raghunathan", "Raghunathan"),
    "de hallo konto bar": ("Hallo Katrin Oberhauser | Mein Konto", "Oberhauser"),
    "it mio account dash": ("Il mio account - Giulia Bertolazzi", "Bertolazzi"),
    "zh hans account bar": ("我的账户 | 王晓明", "王晓明"),
    "ar account bar": ("حسابي | فاطمة الزهراني", "الزهراني"),
    "en ship to": ("Ship to: Dorothea Langhorne", "Langhorne"),
    "en invoice for": ("Invoice INV-2024-118 for Priya Raghunathan", "Raghunathan"),
    "en account bar": ("My Account | Annabel Whitcombe", "Whitcombe"),
    "en hi name": ("Hi Annabel, welcome back! – My Account", "Annabel"),
    "de mein konto bar": ("Mein Konto | Anna Schwertfeger", "Schwertfeger"),
    "de bestellung fuer": ("Bestellung für Jürgen Wachtelmeier", "Wachtelmeier"),
    "de danke": ("Vielen Dank für Ihre Bestellung, Katrin Oberhauser!", "Oberhauser"),
    "de hallo konto": ("Hallo Katrin Oberhauser · Mein Konto", "Oberhauser"),
    "fr commande de": ("Commande de Marie Dufresnoy", "Dufresnoy"),
    "fr profil de": ("Profil de Camille Rousselot – Mon compte", "Rousselot"),
    "fr merci": ("Merci pour votre commande, Camille Rousselot !", "Rousselot"),
    "es pedido de": ("Pedido de Joaquín Villaseñor", "Villaseñor"),
    "es hola cuenta": ("Hola, Lucía Echeverría | Mi cuenta", "Echeverría"),
    "it mio account dot": ("Il mio account · Giulia Bertolazzi", "Bertolazzi"),
    "it ordine di": ("Ordine n. 48213 di Giulia Bertolazzi", "Bertolazzi"),
    "pt minha conta": ("Minha conta – Beatriz Figueiredo", "Figueiredo"),
    "pt obrigado": ("Obrigado pela sua compra, Rafael Cavalcanti!", "Cavalcanti"),
    "nl mijn account brackets": ("Mijn account (Sanne Vermeulen)", "Vermeulen"),
    "nl bestelling van": ("Bestelling van Joost van Dijkhuizen", "Dijkhuizen"),
    "pl moje konto": ("Moje konto: Agnieszka Wróblewska", "Wróblewska"),
    "pl zamowienie": ("Zamówienie nr 48213 – Krzysztof Zieliński", "Zieliński"),
    "sv mitt konto": ("Mitt konto – Ingrid Lindqvist", "Lindqvist"),
    "sv tack": ("Tack för din beställning, Sven Åkerlund!", "Åkerlund"),
    "ja orderer": ("注文者: 鷹司雅之", "鷹司雅之"),
    "ja sama": ("鷹司雅之様のマイページ", "鷹司雅之"),
    "ko mypage nim": ("마이페이지 | 김민수님", "김민수"),
    "ko orderer": ("주문자: 박지훈", "박지훈"),
    "zh hans account": ("我的账户 - 王晓明", "王晓明"),
    "zh hans consignee": ("收货人：王晓明", "王晓明"),
    "zh hant account": ("我的帳戶 – 陳美玲", "陳美玲"),
    "tr hesabim": ("Hesabım | Ayşe Yılmazer", "Yılmazer"),
    "tr siparis": ("Sipariş sahibi: Mehmet Karaosmanoğlu", "Karaosmanoğlu"),
    "ar account": ("حسابي - فاطمة الزهراني", "الزهراني"),
    "ru account": ("Мой аккаунт — Ольга Смирнитская", "Смирнитская"),
    "ru order for": ("Заказ для Дмитрия Колесникова", "Колесников"),
    "en order confirmation dash": ("Order confirmation – Annabel Whitcombe", "Whitcombe"),
    "en name first dash": ("Annabel Whitcombe – My Account", "Whitcombe"),
    "de bestellbestaetigung fuer": ("Bestellbestätigung für Katrin Oberhauser", "Oberhauser"),
    "de rechnung name": ("Rechnung Katrin Oberhauser", "Oberhauser"),
    "de rechnung fuer": ("Rechnung für Katrin Oberhauser", "Oberhauser"),
    "de name first bar": ("Katrin Oberhauser | Mein Konto", "Oberhauser"),
    "de name in brackets first": ("[Katrin Oberhauser] Mein Konto", "Oberhauser"),
    "de konto parens": ("Mein Konto (Katrin Oberhauser)", "Oberhauser"),
    "pl logged in as": ("Zalogowany jako Agnieszka Wróblewska", "Wróblewska"),
    "ko nim cart": ("박지훈님의 장바구니", "박지훈"),
    "zh hans orders of": ("王晓明的订单", "王晓明"),
    "ru genitive orders": ("Заказы Ольги Смирнитской", "Смирнитской"),
    "ar orders of": ("طلبات فاطمة الزهراني", "الزهراني"),
    "tr orders dash": ("Siparişlerim - Ayşe Yılmazer", "Yılmazer"),
}

# Gift messages, closings and signatures, quoted replies, chat transcripts, self-introductions.
MAIL_NAMES: Dict[str, Tuple[str, str]] = {
    "gift fuer oma": ("Für Oma Gertrud ❤️ von deiner Lina", "Gertrud"),
    "gift from to": ("From: Annika, To: Bengt", "Bengt"),
    "gift birthday de": ("Alles Gute zum Geburtstag, liebe Henrike! Dein Matthias", "Henrike"),
    "gift fr": ("Joyeux anniversaire Maëlys, bisous de Mamie", "Maëlys"),
    "gift en to from": ("To Annika, love from Bengt", "Annika"),
    "gift de fuer von": ("Für Henrike von Matthias", "Henrike"),
    "salutation en dear": ("Dear Annabel, happy birthday! Love, Harriet", "Annabel"),
    "salutation de lieber": ("Lieber Matthias, alles Gute! Deine Henrike", "Matthias"),
    "salutation es querida": ("Querida Lucía, feliz cumpleaños. Besos, Joaquín", "Lucía"),
    "salutation it cara": ("Cara Giulia, tanti auguri! Lorenzo", "Giulia"),
    "salutation tr sevgili": ("Sevgili Ayşe, iyi ki doğdun!", "Ayşe"),
    "salutation ru dorogaya": ("Дорогая Ольга, с днём рождения!", "Ольга"),
    "salutation zh hant": ("親愛的美玲，生日快樂！", "美玲"),
    "salutation ar": ("عزيزتي فاطمة، عيد ميلاد سعيد", "فاطمة"),
    "salutation fr madame": ("Madame Rousselot,\nvotre colis est arrivé.", "Rousselot"),
    "salutation ko customer": ("박지훈 고객님, 안녕하세요", "박지훈"),
    "salutation zh xiansheng": ("王晓明先生您好", "王晓明"),
    "closing informal de": ("Danke!\nLG, Katrin", "Katrin"),
    "closing informal de vg": ("VG Katrin Oberhauser", "Oberhauser"),
    "closing informal fr": ("Merci !\nBisous, Camille", "Camille"),
    "closing informal nl": ("Groetjes, Sanne", "Sanne"),
    "closing informal pt": ("Abraços, Beatriz", "Beatriz"),
    "closing informal sv": ("Mvh Sven Åkerlund", "Åkerlund"),
    "closing cheers galaxy": ("Cheers,\nAnnabel\n\nSent from my Galaxy", "Annabel"),
    "chat this is": ("Customer: Hi, this is Annabel Whitcombe", "Whitcombe"),
    "chat timestamp speaker": ("[10:14] Annabel Whitcombe: where is my order", "Whitcombe"),
    "chat joined": ("Annabel Whitcombe joined the chat", "Whitcombe"),
    "chat kunde schreibt": ("Kunde Katrin Oberhauser schreibt:", "Oberhauser"),
    "chat hi then your": ("Hi Annabel Whitcombe,\nyour order has shipped", "Whitcombe"),
    "closing en best": ("Thanks for the quick help.\nBest, Annabel Whitcombe", "Whitcombe"),
    "closing de lg": ("Danke!\nLiebe Grüße\nKatrin Oberhauser", "Oberhauser"),
    "closing fr": ("Merci d'avance.\nCordialement,\nMarie-Hélène Brisebois", "Brisebois"),
    "closing es": ("Gracias.\nAtentamente, Juan Carlos Arrieta", "Arrieta"),
    "closing it": ("Grazie mille.\nDistinti saluti, Lorenzo Sbarbaro", "Sbarbaro"),
    "closing nl": ("Alvast bedankt.\nMet vriendelijke groet,\nJoost van Dijkhuizen", "Dijkhuizen"),
    "closing pl": ("Dziękuję.\nPozdrawiam, Krzysztof Zieliński", "Zieliński"),
    "closing sv": ("Tack på förhand.\nMed vänliga hälsningar, Sven Åkerlund", "Åkerlund"),
    "closing pt": ("Obrigado.\nAtenciosamente, Rafael Cavalcanti", "Cavalcanti"),
    "closing ja": ("よろしくお願いいたします。\n敬具\n佐藤健一", "佐藤健一"),
    "closing ko": ("감사합니다, 박지훈 드림", "박지훈"),
    "closing tr": ("Teşekkürler.\nSaygılarımla, Mehmet Karaosmanoğlu", "Karaosmanoğlu"),
    "closing ru": ("Спасибо.\nС уважением, Дмитрий Колесников", "Колесников"),
    "closing ar": ("شكرا لكم.\nمع تحياتي، خالد العتيبي", "العتيبي"),
    "closing zh": ("谢谢！\n此致敬礼\n王晓明", "王晓明"),
    "sent from iphone": ("Yes please cancel it.\n\nHarriet Pemberton\nSent from my iPhone", "Pemberton"),
    "closing then iphone en": ("Kind regards,\nHarriet Pemberton\n\nSent from my iPhone", "Pemberton"),
    "closing then iphone de": ("Mit freundlichen Grüßen\nKatrin Oberhauser\nVon meinem iPhone gesendet", "Oberhauser"),
    "closing then quote": ("Best regards,\nAnnabel Whitcombe\n\n> On Mon, Shop wrote:\n> Your order has shipped",
                           "Whitcombe"),
    "quoted en": ("On Mon, 2 Dec 2024 at 10:14, Harriet Pemberton wrote:\n> Where is my parcel?", "Pemberton"),
    "quoted de": ("Am Mo., 2. Dez. 2024 um 10:14 Uhr schrieb Katrin Oberhauser:", "Oberhauser"),
    "quoted fr": ("Le mer. 4 déc. 2024 à 09:12, Camille Rousselot a écrit :", "Rousselot"),
    "quoted es": ("El lun, 2 dic 2024 a las 10:14, Lucía Echeverría escribió:", "Echeverría"),
    "chat en": ("Agent: Hi Annabel! How can I help?\nCustomer: my name is Annabel Whitcombe, my order is late",
                "Whitcombe"),
    "chat de": ("Kunde: Hallo, ich heiße Jürgen Wachtelmeier und warte auf mein Paket", "Wachtelmeier"),
    "intro es": ("Hola, soy Lucía Echeverría y quiero cambiar la talla", "Echeverría"),
    "intro it": ("Ciao, sono Giulia Bertolazzi, ho un problema con l'ordine", "Bertolazzi"),
    "intro pt": ("Olá, meu nome é Beatriz Figueiredo", "Figueiredo"),
    "intro nl": ("Hoi, ik ben Sanne Vermeulen en mijn pakket is niet aangekomen", "Vermeulen"),
    "intro pl": ("Dzień dobry, nazywam się Agnieszka Wróblewska", "Wróblewska"),
    "intro sv": ("Hej, jag heter Ingrid Lindqvist", "Lindqvist"),
    "intro fr": ("Bonjour, je m'appelle Camille Rousselot", "Rousselot"),
    "intro ja": ("こんにちは、鷹司雅之と申します。", "鷹司雅之"),
    "intro ko": ("안녕하세요, 저는 박지훈입니다", "박지훈"),
    "intro zh": ("你好，我叫王晓明，订单还没到", "王晓明"),
    "intro tr": ("Merhaba, ben Ayşe Yılmazer, siparişim gelmedi", "Yılmazer"),
    "intro ar": ("مرحبا، اسمي فاطمة الزهراني", "الزهراني"),
    "intro ru": ("Здравствуйте, меня зовут Ольга Смирнитская", "Смирнитская"),
}

# Checkout fields: full names, company and name, delivery notes.
FIELD_NAMES: Dict[str, Tuple[str, str]] = {
    "field full name": ("Annabel Whitcombe", "Whitcombe"),
    "field company and name": ("Brightwater Ltd, attn. Dorothea Langhorne", "Langhorne"),
    "field c/o": ("c/o Jürgen Wachtelmeier", "Wachtelmeier"),
    "field z. hd.": ("Müller GmbH, z. Hd. Frau Katrin Oberhauser", "Oberhauser"),
    "note neighbour de": ("Bitte bei Nachbarn Wachtelmeier abgeben", "Wachtelmeier"),
    "note reception en": ("leave with Priya at reception", "Priya"),
    "note klingel": ("Klingel: Oberhauser", "Oberhauser"),
    "note name on the bell": ("Name an der Klingel: Oberhauser", "Oberhauser"),
    "note neighbour herrn": ("Bitte beim Nachbarn Herrn Wachtelmeier abgeben", "Wachtelmeier"),
    "note attention fr": ("À l'attention de Marie Dufresnoy", "Dufresnoy"),
    "note attn capitals": ("ATTN Dorothea Langhorne, Goods In", "Langhorne"),
    "note fr": ("Si absent, laisser chez Mme Brisebois au 2e étage", "Brisebois"),
    "note es": ("Dejar con el portero, Sr. Arrieta", "Arrieta"),
    "note nl": ("Bij afwezigheid afgeven bij de buren (fam. Vermeulen, nr. 25)", "Vermeulen"),
    "note it": ("Citofonare Bertolazzi, 3° piano", "Bertolazzi"),
    "note pl": ("Proszę zostawić u sąsiadki, pani Wróblewskiej", "Wróblewskiej"),
    "note ja": ("宅配ボックスへ。不在時は隣の佐藤健一さんに", "佐藤健一"),
    "note search order name": ("track my order 48213 Schwertfeger", "Schwertfeger"),
    "typed name search": ("annabel whitcombe order", "whitcombe"),
}

# Address lines of each big country's layout (US, UK, DE, FR, ES, IT, NL, PL, SE, JP, KR, CN, BR, MX, TR, SA, RU).
ADDRESSES: Dict[str, Tuple[str, str]] = {
    "us": ("1427 Wexford Hollow Dr, Apt 3B, Columbus, OH 43215", "Wexford Hollow"),
    "uk": ("Flat 2, 17 Thistlewood Road, Leeds LS6 2QD", "Thistlewood"),
    "de after address": ("Address: Sonnenblumenweg 17, 80331 München", "Sonnenblumenweg"),
    "fr": ("12 rue des Coquelicots, 69003 Lyon", "Coquelicots"),
    "es": ("Calle de la Amargura 14, 3º B, 28012 Madrid", "Amargura"),
    "it": ("Via dei Gelsomini 8, 20121 Milano MI", "Gelsomini"),
    "nl": ("Tulpenstraat 23 bis, 1012 AB Amsterdam", "Tulpenstraat"),
    "pl": ("ul. Jaśminowa 7/12, 00-950 Warszawa", "Jaśminowa"),
    "se": ("Lingonvägen 9, 113 59 Stockholm", "Lingonvägen"),
    "jp": ("〒150-0001 東京都渋谷区神宮前3-14-7 コーポ青葉203", "コーポ青葉"),
    "kr": ("서울특별시 강남구 테헤란로 152, 1204호", "테헤란로 152"),
    "cn": ("北京市朝阳区建国路88号现代城5号楼1203室", "建国路88号"),
    "br": ("Rua das Palmeiras, 245, apto 32 – Jardim Paulista, São Paulo – SP, 01404-000", "Palmeiras"),
    "mx": ("Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 CDMX", "Crédito Constructor"),
    "tr": ("Bağdat Cad. No:314 D:7, Kadıköy/İstanbul", "Bağdat Cad"),
    "sa": ("حي النخيل، شارع الأمير سلطان، مبنى 4521، الرياض 12382", "الأمير سلطان"),
    "ru": ("ул. Садовая-Кудринская, д. 25, кв. 14, Москва", "Кудринская"),
    "de street only label": ("Straße: Mohnblumenweg 8", "Mohnblumenweg"),
    "en street label": ("Street: Mohnblumenweg 8", "Mohnblumenweg"),
    "nl plain": ("Tulpenstraat 23, 1012 AB Amsterdam", "Tulpenstraat"),
    "it plain": ("Via dei Gelsomini 8, 20121 Milano", "Gelsomini"),
    "us no commas": ("1427 Wexford Hollow Dr Suite 200 Columbus OH 43215", "Wexford Hollow"),
    "es avenida alone": ("Avda. de la Amargura, 14", "Amargura"),
    "it piazza alone": ("Piazza dei Gelsomini 8", "Gelsomini"),
    "br apto": ("Rua das Palmeiras 245 apto 32", "Palmeiras"),
    "tr mahalle sokak": ("Atatürk Mah. 123. Sok. No:5 Daire:3 Çankaya/Ankara", "123. Sok"),
    "ru country first": ("Россия, 101000, г. Москва, ул. Мясницкая, д. 7", "Мясницкая"),
    "ru street alone": ("ул. Садовая-Кудринская 25-14", "Кудринская"),
    "sa riyadh": ("الرياض، حي النخيل، شارع التخصصي ٤٥٢١", "التخصصي"),
    "de lower case search": ("lieferung nach sonnenblumenweg 17 münchen", "sonnenblumenweg"),
    "en deliver to": ("Deliver to: 14 Elmhurst Street", "Elmhurst"),
    "de lieferung an": ("Lieferung an: Holunderweg 42a", "Holunderweg"),
    "fr livraison": ("Livraison : 8 allée des Tilleuls", "Tilleuls"),
    "es entrega en": ("Entrega en: Calle Mayor 5", "Calle Mayor"),
}

# National phone numbers without a label (and one after a few words), in each country's written format.
PHONES: Dict[str, Tuple[str, str]] = {
    "de mobile": ("Rückruf bitte: 0151 4738 2916", "15147382916"),
    "uk mobile": ("07911 482637", "7911482637"),
    "fr mobile": ("06 47 38 29 16", "647382916"),
    "es mobile": ("612 47 38 29", "612473829"),
    "it mobile": ("347 481 2736", "3474812736"),
    "nl mobile": ("06-38291647", "638291647"),
    "pl mobile": ("512 473 829", "512473829"),
    "jp mobile": ("090-4738-2916", "9047382916"),
    "kr mobile": ("010-4738-2916", "1047382916"),
    "cn mobile": ("138 4738 2916", "13847382916"),
    "br mobile": ("(11) 94738-2916", "11947382916"),
    "tr mobile": ("0532 473 82 91", "5324738291"),
    "sa mobile": ("050 473 8291", "504738291"),
    "ru mobile": ("8 (916) 473-82-91", "9164738291"),
    "us bare": ("(415) 473-8291", "4154738291"),
}

# Mail addresses as visitors type them in checkout notes and search boxes.
MAILS: Dict[str, Tuple[str, str]] = {
    "typo gmial": ("annabel.whitcombe@gmial.com", "annabel.whitcombe"),
    "quoted header": ("On Mon, Harriet Pemberton <h.pemberton77@outlook.com> wrote:", "h.pemberton77"),
    "no tld web.de": ("anna.schwertfeger@web", "anna.schwertfeger"),
    "no tld t-online": ("anna.schwertfeger@t-online", "anna.schwertfeger"),
    "no tld orange": ("marie.dufresnoy@orange", "marie.dufresnoy"),
    "no tld wp": ("agnieszka.wroblewska@wp", "agnieszka.wroblewska"),
    "blank for at": ("anna.schwertfeger gmail.com", "anna.schwertfeger"),
    "at without dot": ("anna.schwertfeger at gmail", "anna.schwertfeger"),
    "underscored": ("anna_schwertfeger_gmail_com", "anna_schwertfeger"),
    "label and local part": ("E-Mail: anna.schwertfeger", "anna.schwertfeger"),
    "de bei gmx": ("meine mail ist anna.schwertfeger bei gmx", "anna.schwertfeger"),
}

# Tax ids of persons with their check digits, IBANs in free text, VAT of a sole trader.
IDS: Dict[str, Tuple[str, str]] = {
    "de steuer-id": ("Steuer-ID 47 382 916 042", "47382916042"),
    "it codice fiscale": ("Codice fiscale: RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    "es dni": ("DNI 47382916H", "47382916H"),
    "fr nir": ("N° sécu 1 85 03 75 123 047 62", "185037512304762"),
    "pl pesel": ("PESEL: 85031407387", "85031407387"),
    "se personnummer": ("Personnummer 850314-4738", "8503144738"),
    "nl bsn": ("BSN 473829162", "473829162"),
    "br cpf": ("CPF 473.829.164-56", "47382916456"),
    "tr tc": ("TC Kimlik No: 47382916482", "47382916482"),
    "cn resident": ("身份证号 110105198503144735", "110105198503144735"),
    "kr rrn": ("주민등록번호 850314-2473811", "8503142473811"),
    "jp my number": ("マイナンバー 7382 9164 5029", "738291645029"),
    "de iban text": ("Bitte erstatten auf DE35 3704 0044 0738 2916 50, danke", "0738291650"),
    "fr iban text": ("Remboursement sur FR98 2004 1010 0507 3829 1603 M02 svp", "07382916"),
    "es iban text": ("Devolución a ES84 2100 0418 4507 3829 1654", "0738291654"),
    "de personalausweis": ("Personalausweis LZ6R47V829", "LZ6R47V82"),
    "de sv-nr": ("SV-Nr. 65170839J003", "170839J"),
    "de sv-nummer spaced": ("SV-Nummer: 65 170839 J 003", "170839 J"),
    "tr t.c.": ("T.C. 47382916482", "47382916482"),
    "sa national identity label": ("هوية وطنية: 1047382914", "1047382914"),
    "de ausweisnummer label": ("Ausweisnummer: LZ6R47V829", "LZ6R47V82"),
    "uk nino printed": ("NI number JG 10 37 21 A", "JG 10 37 21"),
    "uk nino unbroken": ("JG103721A", "JG103721A"),
}

# Checkout field keys of the languages, each holding a bare value of its kind.
FIELD_KEYS: Dict[str, Tuple[str, str]] = {
    "billing_full_name": ("Annabel Whitcombe", "Whitcombe"),
    "Rechnungsname": ("Katrin Oberhauser", "Oberhauser"),
    "Vorname_Nachname": ("Jürgen Wachtelmeier", "Wachtelmeier"),
    "nom_complet": ("Camille Rousselot", "Rousselot"),
    "destinataire": ("Marie Dufresnoy", "Dufresnoy"),
    "nombre_completo": ("Lucía Echeverría", "Echeverría"),
    "destinatario": ("Giulia Bertolazzi", "Bertolazzi"),
    "nome_completo": ("Beatriz Figueiredo", "Figueiredo"),
    "volledige_naam": ("Sanne Vermeulen", "Vermeulen"),
    "imie_i_nazwisko": ("Agnieszka Wróblewska", "Wróblewska"),
    "mottagare": ("Ingrid Lindqvist", "Lindqvist"),
    "お届け先氏名": ("鷹司雅之", "鷹司雅之"),
    "받는분": ("박지훈", "박지훈"),
    "收货人姓名": ("王晓明", "王晓明"),
    "alici_adi": ("Ayşe Yılmazer", "Yılmazer"),
    "ФИО_получателя": ("Ольга Смирнитская", "Смирнитская"),
    "اسم_المستلم": ("فاطمة الزهراني", "الزهراني"),
    "Lieferanschrift": ("Holunderweg 42a", "Holunderweg"),
    "adresse_livraison": ("8 allée des Tilleuls", "Tilleuls"),
    "Handynummer": ("0176 38291647", "38291647"),
    "telefone_celular": ("(11) 94738-2916", "947382916"),
    "numero_de_telephone": ("06 47 38 29 16", "0647382916"),
}
KEY_PLACES = ["track property", "product property", "visitor property"]


def key_place(where: str, key: str, value: str) -> Placed:
    if where == "track property":
        return "track", {"name": "Checkout Step Completed", "properties": {key: value}}
    if where == "product property":
        return "track", {"name": "Order Completed", "properties": {"order_id": "SO-90817", "value": "59.90",
                                                                    "currency": "EUR"},
                         "products": [{"product_id": "SKU-7731", "price": "59.90", "quantity": "1", key: value}]}
    return "page", {"properties": {key: value}}


def _crossed(family: str, table: Dict[str, Tuple[str, str]], places: List[str]) -> Iterator[Case]:
    for name, (value, form) in table.items():
        for where in places:
            yield (f"{family} {name} @ {where}", *place(where, value), [form])


def cases() -> List[Case]:
    out: List[Case] = []
    out += _crossed("name title", TITLE_NAMES, ["page title", "content title"])
    out += _crossed("name mail", MAIL_NAMES, ["custom property", "json escaped", "referrer"])
    out += _crossed("name field", FIELD_NAMES, ["search", "search string"])
    out += _crossed("postal", ADDRESSES, ["custom property", "search"])
    out += _crossed("phone", PHONES, ["fragment", "user agent"])
    out += _crossed("mail", MAILS, ["custom property", "url path", "search"])
    out += _crossed("id", IDS, ["html entities", "content brand"])
    for key, (value, form) in FIELD_KEYS.items():
        for where in KEY_PLACES:
            out.append((f"key {key}: {where}", *key_place(where, key, value), [form]))
    return out


# --- Ordinary shop data that must go out unchanged ---

# Real in-app browsers' user agents.
IN_APP_USER_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " [FBAN/FBIOS;FBAV/468.0.0.46.110;FBBV/601214322;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;"
    "FBID/phone;FBLC/de_DE;FBOP/5;FBRV/603442110]",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/468.1.0.56.78;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Mobile/15E148 Instagram 331.0.2.18.103 (iPhone14,5; iOS 17_4_1; de_DE; de; scale=3.00; 1170x2532; 602977149)",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 Instagram 330.0.0.40.92 Android (33/13; 420dpi;"
    " 1080x2400; Google/google; Pixel 7; panther; panther; en_US; 596227482)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " musical_ly_34.8.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/de Region/DE"
    " ByteFullLocale/de-DE isDarkMode/0 WKWebView/1 RevealType/Dialog BytedanceWebview/d8a21c6",
    "Mozilla/5.0 (Linux; Android 12; M2101K6G Build/SKQ1.210908.001; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/121.0.6167.178 Mobile Safari/537.36 trill_330704 JsSdk/1.0 NetType/WIFI"
    " Channel/googleplay AppName/trill app_version/33.7.4 ByteLocale/en ByteFullLocale/en Region/GB",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Safari Line/14.1.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160083 MMWEBSDK/20231202 MMWEBID/2308"
    " MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Snapchat/12.72.0.35 (like Safari/8617.2.4.10.8, panda)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " [Pinterest/iOS]",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP1A.240305.019.A1; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 [Pinterest/Android]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Mobile/15E148 Twitter for iPhone/10.34",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " [LinkedInApp]/9.29.8432",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " GSA/313.0.629893096 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Gmail/6.0.240519 (iPhone14,2; ios 17.5)",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0"
    " Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile"
    " Safari/537.36 OPR/82.0.4227.80013",
    "Mozilla/5.0 (Linux; Android 13; 22101316G Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36 XiaoHongShu/8.16.0",
    "Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 KAKAOTALK 10.5.3",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " NAVER(inapp; search; 2000; 12.1.4; 14PRO)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " [FBAN/MessengerLiteForiOS;FBAV/466.0.0.38.107;FBBV/599736493;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5.1;"
    "FBSS/3;FBCR/;FBID/phone;FBLC/fr_FR;FBOP/0]",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/466.0.0.51.107;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Instagram 339.0.3.12.91 (iPhone16,2; iOS 17_5; fr_FR; fr; scale=3.00; 1290x2796; 618023787; IABMV/1)",
    "Mozilla/5.0 (Linux; Android 14; 23049PCD8G Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/126.0.6478.122 Mobile Safari/537.36 Instagram 339.0.0.30.105 Android (34/14; 440dpi;"
    " 1080x2220; Xiaomi/Redmi; 23049PCD8G; marble; qcom; pl_PL; 619263981)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Barcelona 339.0.3.12.91 (iPhone15,3; iOS 17_5; en_US; en; scale=3.00; 1290x2796; 618023787)",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 musical_ly_2023504030 JsSdk/1.0 NetType/WIFI"
    " Channel/googleplay AppName/musical_ly app_version/35.4.3 ByteLocale/es ByteFullLocale/es Region/ES AppId/1233"
    " Spark/1.5.8.3-bugfix AppVersion/35.4.3 BytedanceWebview/d8a21c6",
    "Mozilla/5.0 (Linux; Android 12; SM-G998B Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 Line/14.0.1/IAB",
    "Mozilla/5.0 (Linux; Android 13; 2211133C Build/TKQ1.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/5279 MMWEBSDK/20230805 MMWEBID/9418"
    " MicroMessenger/8.0.42.2460(0x28002A35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"
    " MiniProgramEnv/android",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 Snapchat/13.0.0.43 (like Safari/604.1)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Reddit/Version 2024.24.0/Build 1534128/iOS Version 17.5 (Build 21F79)",
    "Mozilla/5.0 (Linux; Android 14; moto g54 5G Build/U1TDS34.94-12-7; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 Telegram-Android/10.14.5 (Motorola moto g54 5G;"
    " Android 14; SDK 34; AVERAGE)",
    "Mozilla/5.0 (Linux; Android 13; SM-A525F Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 YaApp_Android/24.52.1 YaSearchBrowser/24.52.1"
    " BroPP/1.0 SA/3 Mobile",
    "Mozilla/5.0 (Linux; Android 13; SM-N986N Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36;KAKAOTALK 2410450",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " LinkedInApp/9.30.1086 (iPhone; iOS 17.5; scale=3.00)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " AlipayDefined(nt:WIFI,ws:390|844|3.0) AliApp(AP/10.5.86.6000) AlipayClient/10.5.86.6000 Language/zh-Hans"
    " Region/CN",
    "Mozilla/5.0 (Linux; Android 10; HMA-AL00 Build/HUAWEIHMA-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/88.0.4324.93 Mobile Safari/537.36 AliApp(TB/10.30.20) UCBS/2.11.1.1"
    " TTID/227200@taobao_android_10.30.20 WindVane/8.5.0 1080X2265",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Weibo (iPhone15,2__weibo__14.6.3__iphone__os17.5)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " aweme_30.4.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/zh Region/CN AppTheme/light"
    " BytedanceWebview/d8a21c6 WKWebView/1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Outlook-iOS/734.8235937.prod.iphone (4.2419.0)",
    "Mozilla/5.0 (Linux; U; Android 13; tr-tr; Redmi Note 11 Build/TKQ1.221114.001) AppleWebKit/537.36 (KHTML, like"
    " Gecko) Version/4.0 Chrome/112.0.5615.136 Mobile Safari/537.36 XiaoMi/MiuiBrowser/14.9.3-gn",
]

# Real ad-click and campaign URLs.
AD_URLS = [
    f"{SHOP}/products/linen-dress?fbclid=IwAR2F4-9yXx_OaCqBz3uHjKq7vQmEw0zPlR8cT1dSgnW5kYbXfMiAaVe3oLo",
    f"{SHOP}/?fbclid=IwZXh0bgNhZW0CMTEAAR0xk3hQ8mO0vZsY_aem_AZ9pR3kLqN7wT2xB",
    f"{SHOP}/collections/sale?gclid=CjwKCAiAxreqBhAxEiwAfGfndA8k6m3xJqRL0wZ9cV_hQ1BoC4NQQAvD_BwE",
    f"{SHOP}/?gbraid=0AAAAADqJ9m2Xc6kE7vNRuB3Fd1Ht5s&gad_source=1",
    f"{SHOP}/?wbraid=CkMKCAiAxreqBhB8EjMAKq3cJq9mT4Hk2Lk5VwD1bx7&utm_source=google",
    f"{SHOP}/products/sneaker?ttclid=E_C_P_CqsBZXdlcjJ4cDF3X2ZzT3JWb0xHR3RpZg",
    f"{SHOP}/?msclkid=6f1b2c3d4e5f60718293a4b5c6d7e8f9&utm_source=bing&utm_medium=cpc",
    f"{SHOP}/?epik=dj0yJnU9aHJ6cEd1ZnV2UzB0b0FOVmxwX2RkZ2JmTHk&utm_source=pinterest",
    f"{SHOP}/?ScCid=7b3c2e1a-9f4d-4b2c-8a1e-5d6f7a8b9c0d&utm_source=snapchat",
    f"{SHOP}/?utm_source=facebook&utm_medium=paid&utm_campaign=summer_sale_anna_collection",
    f"{SHOP}/?utm_source=instagram&utm_medium=story&utm_campaign=maria_kollektion_herbst_2024",
    f"{SHOP}/?utm_source=newsletter&utm_medium=email&utm_campaign=bf24_julia_edit&utm_content=hero_button",
    f"{SHOP}/?utm_source=tiktok&utm_campaign=creator_lena_x_shop&utm_term=sommerkleid",
    f"{SHOP}/?utm_campaign=2024-11_black-friday&utm_source=klaviyo&_kx=Ab3cD4eF5gH6iJ7kL8mN9o.UvWxYz",
    f"{SHOP}/?mc_cid=4b9c1d2e3f&mc_eid=8a7b6c5d4e",
    f"{SHOP}/?srsltid=AfmBOopN3xk7Tz2VqWcJ9LhRm4sYdEu1BgXa",
    f"{SHOP}/de/damen/kleider?utm_source=google&utm_medium=cpc&utm_campaign=DE_Search_Brand&gclid=EAIaIQob"
    "ChMI9L3kv7TZggMVZIxoCR0aZQ8bEAAYASAAEgJk3fD_BwE",
    f"{SHOP}/?twclid=2-7lqsd6h0xk3y4z5a6b7c8d9e0f",
    f"{SHOP}/?li_fat_id=3c1d9f2e-8a7b-4c6d-9e0f-1a2b3c4d5e6f",
    f"{SHOP}/?dclid=CJCm3qXz8oIDFdWGgwcd2X8Ckw",
    f"{SHOP}/?irclickid=Wx3TQd1hKxyLUfvTzK2Xz3yPUkGyJ3QmTX0I0",
    f"{SHOP}/?_gl=1*1k2l3m4*_ga*MTIzNDU2Nzg5MC4xNzAwMDAwMDAw*_ga_ABC123*MTcwMDAwMDAwMC4xLjEuMTcwMDAwMDAwMC4wLjAuMA..",
    f"{SHOP}/?awc=12345_1700000000_abcdef0123456789abcdef0123456789",
    f"{SHOP}/?cjevent=4f1c2d3e8a7b11ee81a5003c0a1f0e0c",
    f"{SHOP}/?utm_id=120208765432100123&utm_source=fb&utm_medium=paid"
    "&utm_campaign=DE%20%7C%20Prospecting%20%7C%20Anna%20Kollektion",
    f"{SHOP}/?_hsenc=p2ANqtz-8xYz_AbCdEf12345&_hsmi=284736251",
    f"{SHOP}/?s_kwcid=AL!4709!3!612345678901!e!!g!!sommerkleid",
    f"{SHOP}/?utm_source=whatsapp&utm_medium=share&utm_campaign=referral_maria_h",
    f"{SHOP}/?utm_campaign=julia_x_shop_2024&utm_source=influencer&utm_content=story_1",
    f"{SHOP}/?yclid=5839201746382910475",
    f"{SHOP}/?yclid=2583142317963018239",
    f"{SHOP}/?rdt_cid=4738291647382916473",
]

# Products with people's names in them, brands, films and books.
NAMED_PRODUCTS = [
    "Anna Karenina (Penguin Classics)", "Harry Potter und der Stein der Weisen",
    "Jean Paul Gaultier Le Male EdT 125ml", "Ralph Lauren Custom Fit Polo", "Dr. Martens 1460 Smooth",
    "Levi's 501 Original Fit", "Tommy Hilfiger Kapuzenpullover", "Calvin Klein Boxershorts 3er-Pack",
    "Hugo Boss Bottled EdT", "Yves Saint Laurent Libre", "Giorgio Armani Acqua di Giò",
    "Marc O'Polo Strickjacke", "Paul Smith Socken", "Stella McCartney Falabella", "Vivienne Westwood Orb Necklace",
    "Carolina Herrera Good Girl", "Jil Sander Navy", "Karl Lagerfeld Ikonik Tote", "Michael Kors Jet Set",
    "Kate Spade New York", "Ted Baker London", "Ben Sherman Oxford Shirt", "Fred Perry M3600",
    "Emma Matratze One", "Philipp Plein Hoodie", "Don Quijote de la Mancha", "Le Petit Prince",
    "Pippi Langstrumpf", "Madame Bovary", "Il nome della rosa", "Dom Casmurro", "Pan Tadeusz", "Max und Moritz",
    "Oliver Twist", "Sherlock Holmes: The Complete Novels", "Forrest Gump (4K Ultra HD)", "Amélie (Blu-ray)",
    "Frida Kahlo Puzzle 1000 Teile", "Lionel Messi Trikot 10", "Cristiano Ronaldo CR7 Eau de Toilette",
    "Hello Kitty Rucksack", "Peppa Pig Spielhaus", "Lars der kleine Eisbär", "Pettersson und Findus",
    "ハリー・ポッターと賢者の石", "名探偵コナン 105巻", "해리 포터와 마법사의 돌", "哈利·波特与魔法石",
    "Гарри Поттер и философский камень", "Анна Каренина", "هاري بوتر وحجر الفيلسوف", "Küçük Prens",
    "田中さんのパン 食パン", "佐藤さんの手作りジャム", "山田さんちのお米 5kg", "李先生牛肉面 礼盒", "张小泉 剪刀 家用",
    "王守义十三香 45g", "王妈妈手工水饺", "김가네 김밥 밀키트", "박승철 헤어 샴푸", "伊右衛門 特茶 500ml",
    "村上春樹 ノルウェイの森", "东野圭吾 白夜行", "김영하 소설 작별인사", "Лев Толстой Война и мир",
    "Михаил Булгаков Мастер и Маргарита", "Sabahattin Ali Kürk Mantolu Madonna", "نجيب محفوظ الثلاثية",
    "Gabriel García Márquez Cien años de soledad", "Paulo Coelho O Alquimista", "Umberto Eco Il nome della rosa",
    "Astrid Lindgren Bröderna Lejonhjärta", "Wisława Szymborska Wiersze wybrane", "Harry Mulisch De aanslag",
    "Sebastian Fitzek Der Insasse", "Annie Ernaux Les Années", "José Saramago Ensaio sobre a cegueira",
]

# Shop page titles in the languages.
SHOP_TITLES = [
    "Mein Warenkorb", "Mon panier", "Il mio account", "Checkout – Step 2 of 3", "Kasse – Schritt 2 von 3",
    "Mein Konto | Bestellübersicht", "Mon compte – Mes commandes", "Mi cuenta | Mis pedidos", "Minha conta",
    "Mijn account – Bestellingen", "Moje konto | Zamówienia", "Mitt konto", "Hesabım | Siparişlerim",
    "マイページ | 注文履歴", "장바구니 | 주문/결제", "购物车 - 结算", "購物車 – 結帳", "حسابي | طلباتي",
    "Корзина — Оформление заказа", "Order #48213 confirmed – thank you!", "Bestellung #48213 – Vielen Dank!",
    "Commande n° 48213 confirmée", "Pedido #48213 confirmado", "Ordine n. 48213 confermato",
    "Wunschliste (3 Artikel)", "Liste de souhaits", "Lista de deseos", "Wishlist – 3 items",
    "Sign in or create an account", "Anmelden oder Konto erstellen", "Rechnung RE-2024-00481",
    "Lieferadresse ändern", "Adresse de livraison", "Dirección de envío", "Indirizzo di spedizione",
    "Endereço de entrega", "Bezorgadres", "Adres dostawy", "Leveransadress", "お届け先の住所",
    "배송지 정보", "收货地址", "Teslimat adresi", "Адрес доставки", "عنوان الشحن",
    "Thank you for shopping with us!", "Danke für deinen Einkauf!", "Merci pour votre achat !",
    "Gracias por tu compra", "Grazie per il tuo acquisto", "Obrigado pela sua compra!", "Bedankt voor je bestelling",
    "Dziękujemy za zakup", "Tack för ditt köp", "ご注文ありがとうございました", "주문해 주셔서 감사합니다",
    "感谢您的订购", "Siparişiniz için teşekkürler", "Спасибо за заказ!", "شكرا لطلبك",
]

# Variants, sizes, colours, SKUs, order numbers and prices in the languages.
VARIANTS = [
    "Größe M / Farbe Dunkelblau", "Taille 38 – Bleu marine", "Talla L · Rojo", "Taglia 42, Nero", "Tamanho 40 – Preto",
    "Maat XL / Zwart", "Rozmiar 42, Czarny", "Storlek S, Svart", "サイズ M / ネイビー", "사이즈 270 / 블랙",
    "尺码 XL / 黑色", "Beden 42 – Lacivert", "Размер 46, Чёрный", "المقاس L / أسود",
    "EU 42 / UK 8 / US 9", "W32 L34", "Art.-Nr. 4711-0815-BL", "SKU LW-23-NAVY-M", "Ref. 0123/456/800",
    "Bestellnummer 100048213", "N° de commande 4821347", "Pedido nº 000048213", "Ordine #IT-48213",
    "注文番号 2024-1129-48213", "주문번호 20241129-0048213", "订单号 2024112948213", "Sipariş No: 48213",
    "Номер заказа 48213", "رقم الطلب 48213", "49,99 €", "€ 1.299,00", "1 299,00 €", "£24.99", "R$ 199,90",
    "$1,299.00 MXN", "¥12,800（税込）", "₩39,000", "¥199.00", "299,90 zł", "499 kr", "1.299,90 TL", "2 490 ₽",
    "٤٩٩ ر.س", "inkl. MwSt., zzgl. Versand", "Livraison offerte dès 49 €", "Envío gratis a partir de 50 €",
    "Spedizione gratuita da 39 €", "Gratis verzending vanaf € 20", "Darmowa dostawa od 199 zł",
]

# Categories and shop URLs in the languages.
CATEGORIES = [
    "Damen > Kleider > Sommerkleider", "Femme > Robes", "Mujer > Vestidos", "Donna > Abbigliamento > Vestiti",
    "Feminino > Vestidos", "Dames > Jurken", "Kobiety > Sukienki", "Dam > Klänningar", "レディース > ワンピース",
    "여성의류 > 원피스", "女装 > 连衣裙", "女裝 > 洋裝", "Kadın > Elbise", "Женщинам > Платья", "نساء > فساتين",
    "Herren > Schuhe > Sneaker", "Maison & Jardin", "Bücher > Romane", "Jouets > Puzzles", "Electrónica > Móviles",
    "Bellezza > Profumi", "Kinder > Spielzeug", "Sport & Freizeit", "Geschenke für Oma", "Cadeaux pour Maman",
    "Regalos para papá", "Muttertag Geschenke", "Fête des pères",
]
SHOP_URLS = [
    f"{SHOP}/de/damen/kleider/sommerkleid-anna-blau-48213.html",
    f"{SHOP}/fr/femme/robes/robe-marie-rouge",
    f"{SHOP}/es/mujer/vestidos/vestido-lucia?talla=m",
    f"{SHOP}/it/donna/vestiti/abito-giulia-nero",
    f"{SHOP}/pt-br/feminino/vestidos/vestido-beatriz",
    f"{SHOP}/nl/dames/jurken/jurk-sanne",
    f"{SHOP}/pl/kobiety/sukienki/sukienka-agnieszka",
    f"{SHOP}/sv/dam/klanningar/klanning-ingrid",
    f"{SHOP}/ja/products/%E3%83%AF%E3%83%B3%E3%83%94%E3%83%BC%E3%82%B9",
    f"{SHOP}/ko/goods/detail/48213",
    f"{SHOP}/zh-cn/product/48213.html",
    f"{SHOP}/tr/kadin/elbise/ayse-elbise-48213",
    f"{SHOP}/ru/catalog/platya/plate-olga",
    f"{SHOP}/ar/women/dresses/48213",
    f"{SHOP}/products/harry-potter-box-set",
    f"{SHOP}/products/anna-karenina-penguin-classics",
    f"{SHOP}/collections/jean-paul-gaultier",
    f"{SHOP}/de/checkout/schritt-2",
    f"{SHOP}/fr/mon-compte/commandes/48213",
    f"{SHOP}/account/orders/48213?key=wc_order_7kM2xQ9pL4",
    f"{SHOP}/de/geschenke-fuer-oma",
    f"{SHOP}/fr/idees-cadeaux/pour-maman",
]
# What visitors type in search boxes that is no one's data.
SEARCH_TERMS = [
    "anna karenina", "harry potter band 1", "jean paul gaultier le male", "levis 501 w32 l34",
    "dr martens 1460 gr 40", "ralph lauren polo herren", "sommerkleid damen blau", "robe longue été",
    "vestido de fiesta", "borsa in pelle", "tênis feminino", "regenjas heren", "sukienka na wesele",
    "vinterjacka dam", "ワンピース 夏", "원피스 여름", "连衣裙 夏季", "yazlık elbise", "платье летнее",
    "فستان صيفي", "geschenk für oma", "cadeau pour maman", "iphone 15 hülle", "order 48213", "bestellung 48213",
]

# Account and checkout pages of shops named after their founders (the shop's name where a holder's would stand).
FOUNDER_SHOP_TITLES = [
    "My Account | Ralph Lauren", "Mein Konto | Hugo Boss", "Mon compte – Jean Paul Gaultier",
    "Mi cuenta - Carolina Herrera", "Minha conta | Tommy Hilfiger", "Mijn account | Calvin Klein",
    "Moje konto | Michael Kors", "Mitt konto – Paul Smith", "Hesabım | Karl Lagerfeld", "Mein Konto - Tom Tailor",
    "Mein Konto | Gerry Weber", "My Account | Ted Baker", "My Account | Charlotte Tilbury",
    "Mon compte – Christian Louboutin", "Mein Konto | Marc O'Polo Online-Shop", "Mi cuenta | Massimo Dutti España",
    "Moje konto | Anna Field", "My Account | Stella McCartney", "Hello, Tommy Hilfiger | Official Store",
    "Order #48213 for Hugo Boss Outlet", "Ralph Lauren's Wishlist", "Warenkorb | Hugo Boss",
    "Wishlist - Ralph Lauren", "Mein Konto | HUGO BOSS", "Mein Konto | s.Oliver", "Mein Konto | Zalando",
]
# Product titles, promotions and delivery terms of real shops, by language.
PRODUCTS_BY_LANGUAGE: Dict[str, List[str]] = {
    "en": ["Men's Slim Fit Chino Trousers - Navy, W32 L32", "Women's Oversized Wool Blend Coat",
        "Kids' Waterproof Rain Jacket (Age 7-8)", "Stainless Steel Water Bottle 750 ml",
        "Wireless Noise Cancelling Headphones", "Organic Cotton Bath Towel Set of 4",
        "Ceramic Non-Stick Frying Pan 28cm", "Scented Soy Candle – Fig & Cassis",
        "Leather Card Holder with RFID Protection", "USB-C Fast Charger 65W", "Yoga Mat 6mm Extra Thick",
        "Christmas Jumper – Rudolph Edition", "Gift Card £50", "Sale: Up to 50% Off Summer Dresses",
        "Free UK Delivery on Orders Over £40"],
    "de": ["Herren Winterjacke mit Kapuze, Schwarz", "Damen Strickpullover aus Merinowolle",
        "Kinder Gummistiefel Gr. 28", "Edelstahl Thermoskanne 1 l", "Kabellose Kopfhörer mit Geräuschunterdrückung",
        "Bettwäsche Set 135x200 cm, Baumwolle", "Gusseisen Bräter 28 cm",
        "Adventskalender 2024 mit 24 Überraschungen", "Lederbörse mit Münzfach", "Kaffeevollautomat mit Milchsystem",
        "Gartenschlauch 20 m mit Brause", "Weihnachtsbaum künstlich 180 cm", "Gutschein im Wert von 50 €",
        "Sale: bis zu 50 % Rabatt", "Kostenloser Versand ab 29 €"],
    "fr": ["Jean slim homme bleu délavé", "Pull col roulé femme en cachemire", "Bottes de pluie enfant pointure 28",
        "Gourde isotherme inox 500 ml", "Casque sans fil à réduction de bruit", "Parure de lit 240x220 en lin lavé",
        "Cocotte en fonte 24 cm", "Calendrier de l'Avent beauté 2024", "Portefeuille en cuir homme",
        "Machine à café à grains", "Tondeuse à gazon électrique", "Sapin de Noël artificiel 180 cm",
        "Carte cadeau 50 €", "Soldes : jusqu'à -50 %", "Retour gratuit sous 30 jours"],
    "es": ["Vaqueros rectos de hombre", "Jersey de punto trenzado para mujer", "Botas de agua infantiles talla 28",
        "Botella térmica de acero inoxidable 750 ml", "Auriculares inalámbricos con cancelación de ruido",
        "Juego de sábanas de algodón 150 cm", "Sartén antiadherente 28 cm", "Calendario de Adviento 2024",
        "Cartera de piel para hombre", "Cafetera superautomática", "Cortacésped eléctrico 1600 W",
        "Árbol de Navidad artificial 180 cm", "Tarjeta regalo 50 €", "Rebajas: hasta -50 %",
        "Envío gratis en 24/48 h"],
    "it": ["Jeans uomo slim fit lavaggio scuro", "Maglione donna in lana merino", "Stivali da pioggia bambino n. 28",
        "Borraccia termica in acciaio 500 ml", "Cuffie wireless con cancellazione del rumore",
        "Completo lenzuola matrimoniale in cotone", "Padella antiaderente 28 cm", "Calendario dell'Avvento 2024",
        "Portafoglio in pelle uomo", "Macchina da caffè automatica", "Tosaerba elettrico",
        "Albero di Natale artificiale 180 cm", "Buono regalo 50 €", "Saldi fino al 50%",
        "Reso gratuito entro 30 giorni"],
    "pt": ["Calça jeans masculina skinny", "Blusa de tricô feminina", "Galocha infantil tamanho 28",
        "Garrafa térmica inox 750 ml", "Fone de ouvido sem fio com cancelamento de ruído",
        "Jogo de cama casal 100% algodão", "Frigideira antiaderente 28 cm", "Carteira masculina de couro",
        "Cafeteira expresso automática", "Árvore de Natal artificial 1,80 m", "Vale-presente R$ 100",
        "Frete grátis acima de R$ 199", "Promoção: até 50% de desconto", "Parcele em até 10x sem juros",
        "Portes grátis em encomendas acima de 30 €"],
    "nl": ["Heren jeans slim fit donkerblauw", "Dames trui van merinowol", "Kinder regenlaarzen maat 28",
        "RVS drinkfles 750 ml", "Draadloze koptelefoon met noise cancelling", "Dekbedovertrek 240x220 katoen",
        "Koekenpan 28 cm anti-aanbak", "Leren portemonnee heren", "Volautomatische espressomachine",
        "Kunstkerstboom 180 cm", "Cadeaukaart € 50", "Uitverkoop: tot 50% korting",
        "Voor 23:59 besteld, morgen in huis", "Gratis retourneren binnen 30 dagen",
        "Sinterklaas cadeautjes voor kinderen"],
    "pl": ["Jeansy męskie slim fit", "Sweter damski z wełny merino", "Kalosze dziecięce rozmiar 28",
        "Butelka termiczna 750 ml", "Słuchawki bezprzewodowe z ANC", "Pościel bawełniana 160x200",
        "Patelnia nieprzywierająca 28 cm", "Portfel skórzany męski", "Ekspres do kawy automatyczny",
        "Sztuczna choinka 180 cm", "Karta podarunkowa 100 zł", "Wyprzedaż do -50%", "Darmowa dostawa i zwrot",
        "Kalendarz adwentowy 2024", "Dostawa do paczkomatu"],
    "sv": ["Jeans herr slim fit", "Stickad tröja dam i merinoull", "Gummistövlar barn strl 28",
        "Termosflaska i rostfritt stål", "Trådlösa hörlurar med brusreducering", "Påslakanset 150x210 bomull",
        "Stekpanna 28 cm", "Plånbok i läder herr", "Helautomatisk kaffemaskin", "Konstgjord julgran 180 cm",
        "Presentkort 500 kr", "Rea: upp till 50 %", "Fri frakt över 499 kr", "Adventskalender 2024", "Hämta i butik"],
    "ja": ["メンズ スリムフィット ジーンズ", "レディース カシミヤ ニット", "キッズ レインブーツ 18cm",
        "ステンレスボトル 500ml", "ワイヤレス ノイズキャンセリング ヘッドホン", "綿100% シーツ セミダブル",
        "フライパン 28cm IH対応", "本革 長財布 メンズ", "全自動コーヒーメーカー", "クリスマスツリー 180cm",
        "ギフトカード 5,000円", "送料無料（5,000円以上）", "期間限定セール 最大50%OFF", "福袋 2025", "お歳暮ギフト"],
    "ko": ["남성 슬림핏 청바지", "여성 캐시미어 니트", "아동 레인부츠 180mm", "스테인리스 텀블러 500ml",
        "무선 노이즈캔슬링 헤드폰", "순면 침구 세트 퀸", "인덕션 프라이팬 28cm", "남성 가죽 반지갑",
        "전자동 커피머신", "크리스마스 트리 180cm", "기프트카드 5만원", "무료배송 (3만원 이상)", "최대 50% 할인",
        "오늘출발 상품", "로켓배송"],
    "zh": ["男士修身牛仔裤", "女士羊绒毛衣", "儿童雨靴 28码", "不锈钢保温杯 500ml", "无线降噪耳机",
        "纯棉四件套 1.8m床", "不粘锅 28cm", "男士真皮钱包", "全自动咖啡机", "圣诞树 1.8米", "礼品卡 500元",
        "满299包邮", "双十一 限时秒杀", "男士修身牛仔褲", "滿額免運"],
    "tr": ["Erkek Slim Fit Kot Pantolon", "Kadın Yün Triko Kazak", "Çocuk Yağmur Çizmesi 28 Numara",
        "Çelik Termos 750 ml", "Kablosuz Gürültü Önleyici Kulaklık", "Pamuklu Nevresim Takımı Çift Kişilik",
        "Yapışmaz Tava 28 cm", "Erkek Deri Cüzdan", "Tam Otomatik Kahve Makinesi", "Yılbaşı Ağacı 180 cm",
        "Hediye Kartı 500 TL", "Kargo Bedava", "Sepette %50 İndirim", "Aynı Gün Kargo", "Taksit Seçenekleri"],
    "ru": ["Мужские джинсы slim fit", "Женский свитер из мериноса", "Детские резиновые сапоги 28 размер",
        "Термос 750 мл", "Беспроводные наушники с шумоподавлением", "Постельное бельё 2-спальное", "Сковорода 28 см",
        "Мужской кожаный кошелёк", "Кофемашина автоматическая", "Искусственная ёлка 180 см",
        "Подарочный сертификат 5000 ₽", "Бесплатная доставка от 3000 ₽", "Скидки до 50%", "Чёрная пятница",
        "Самовывоз из пункта выдачи"],
    "ar": ["جينز رجالي ضيق", "كنزة صوف نسائية", "حذاء مطر للأطفال مقاس 28", "قارورة حرارية 750 مل",
        "سماعات لاسلكية بخاصية إلغاء الضوضاء", "طقم ملايات قطن", "مقلاة غير لاصقة 28 سم", "محفظة جلد رجالية",
        "ماكينة قهوة أوتوماتيكية", "بطاقة هدايا 200 ريال", "شحن مجاني للطلبات فوق 200 ريال", "تخفيضات حتى 50%",
        "عروض الجمعة البيضاء", "الدفع عند الاستلام", "عروض رمضان"],
}
PRODUCTS = [value for values in PRODUCTS_BY_LANGUAGE.values() for value in values]

# An account's sub-pages, titled in title case after the account's title, and a magazine's title after an honorific.
ACCOUNT_PAGES = [
    "My Account - Order History", "My Account | Order History", "My Account: Order History",
    "My Account – Order History – Demo Shop", "My Account - Account Details", "My Account - Wish List",
    "My Account - My Orders", "My Account – Saved Cards", "Your Account - Your Orders", "Mein Konto - Meine Daten",
    "Mein Konto – Meine Bestellungen", "Mein Konto - Persönliche Daten", "Mon compte – Mes Adresses",
    "Mon compte | Mes Commandes", "Mi cuenta - Datos Personales", "Mi cuenta - Mis Pedidos",
    "Il mio account - Dati Personali", "Minha conta - Meus Pedidos", "Mijn account - Mijn Bestellingen",
    "Moje konto - Moje Zamówienia", "Mitt konto – Mina Ordrar", "Hesabım - Kargo Takibi",
    "Madame Figaro, édition du week-end",
    "My Account - Dashboard", "My Account - Addresses", "My account – Orders", "Mein Konto - Übersicht",
    "Mein Konto - Adressen", "Kundenkonto - Meine Bestellungen", "Il mio account - I Miei Ordini",
    "Mi cuenta - Direcciones", "Minha conta - Endereços", "Mijn account - Adresboek", "Moje konto - Adresy",
    "Mitt konto - Adresser", "Hesabım - Adreslerim", "Мой аккаунт - Мои заказы", "Order History - My Account",
]
# Product references and order numbers as shops print them.
SHOP_NUMBERS = [
    "Zara Ref. 5536/302/800", "Ref. 1274/361/800", "Massimo Dutti Ref. 6855/750/401",
    "Modell 0123 456 800", "Bestellnummer 2024112900012", "Order number 2000473829164",
    "Allegro oferta 13742968051", "eBay 12-34567-89012", "Artikelnummer 0713995036", "Pedido 51173829164",
    "eBay order 23-11234-56789", "Art. 0713995036", "Art.-Nr. 802.141.46", "IKEA KALLAX 802.758.87",
    "Amazon order 302-4738291-6647382", "Sipariş No 473829164",
    "Tracking DHL 00340434161234567890", "Colissimo 6A47382916473", "Ref. 5536/302",
]

O_TEXT = ["custom property", "page title", "content title"]


def ordinary_cases() -> Iterator[Ordinary]:
    for agent in IN_APP_USER_AGENTS:
        yield (f"in-app user agents: {agent}", "page", {"user_agent": agent}, agent)
    for url in AD_URLS:
        yield (f"ad-click urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"ad-click urls as referrer: {url}", "page", {"referrer": url}, url)
    for url in SHOP_URLS:
        yield (f"shop urls as page URL: {url}", "page", {"url": url}, url)
    for family, values, places in [("named products", NAMED_PRODUCTS, [*O_TEXT, "content brand"]),
                                   ("shop titles", SHOP_TITLES, O_TEXT),
                                   ("variants and prices", VARIANTS, O_TEXT),
                                   ("categories", CATEGORIES, O_TEXT),
                                   ("search terms", SEARCH_TERMS, ["search string"]),
                                   ("founder shops' titles", FOUNDER_SHOP_TITLES, ["page title"]),
                                   ("account pages", ACCOUNT_PAGES, ["page title"]),
                                   ("products by language", PRODUCTS, O_TEXT),
                                   ("shop numbers", SHOP_NUMBERS, O_TEXT)]:
        for value in values:
            for where in places:
                yield (f"{family}: {value} @ {where}", *place(where, value), value)
