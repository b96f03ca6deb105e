"""A sixty-seventh outside attack on the privacy gate (issue 16), written blind from the README's promises (its
"Personal data", "Settings" and "Identity" sections and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: beauty, wellness and personalised printing. Salons' and barbers' booking
pages, nail and lash studios, spas, tattoo and piercing studios' consent forms, aesthetic clinics (botox, fillers),
opticians' try-ons, cosmetics shops' skin quizzes; print on demand: photo books and wedding albums, invitations,
personalised mugs, T-shirts and calendars, name labels for school clothes, engraving, business cards; in the UK, the
US, Germany, France, Spain, Italy, the Netherlands, Poland, Japan, Korea and Brazil.

About 300 ordinary cases (services and treatments, shades and colour codes, skin types and INCI ingredients, SKUs and
EANs with their GS1 check, print formats and paper weights, templates and fonts, stylists' roles, branch slugs, time
slots, promo codes, gift-card products, brands named after their founders, in several languages), which must go out
whole; and about 150 personal cases putting a client's own data in the same leaves the README maps (a booking's
client and phone, a stylist's note on a scalp condition or a pregnancy, a consent form's date of birth and id, an
aesthetic treatment tied to a name, a skin quiz's answers, a couple's names on a photo book, an invitation's hosts
and home address, a child's name and birthday on a mug, a pupil's name and school on clothing labels, engraving with
a phone, a business card, an upload named after a person, a signed review), across the settings. Each personal value
carries made-up markers: a given name and a family name nobody has (`Falstowe`, `Vessenkamp`) and, where a number
belongs, a 6-digit marker of the digits 2 to 9 (`958472`), which is what the request is searched for.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "67"
SALON = "https://salon-lumiere.example.co.uk"
PRINT = "https://druckwerk.example.de"


def _q(text: str) -> str:
    return quote(text, safe="")


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def _keyed(key: str) -> Any:
    """A place of this attack's own: the value under a custom property's key of the trade (`engraving_text`)."""
    def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
        if where == "trade key":
            return "track", {"properties": {key: value}}
        return _put(where, value)
    return put


def _gs1(body: str) -> str:
    """`body` and its GS1 check digit (EAN-13, EAN-8)."""
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _pesel(body: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10)


def _cpf(body: str) -> str:
    digits = [int(d) for d in body]
    for size in (9, 10):
        total = sum(d * w for d, w in zip(digits, range(size + 1, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(str(d) for d in digits)
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


PESEL = _pesel("0122148392")  # 2001-02-14, born in the 2000s (month + 20)
CPF = _cpf("394758263")

# --- a booking's client and phone (salons, barbers, nails, lashes, spas) -------------------------------------------
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "uk cut phone": ("Booking for Quenrida Falstowe – Balayage & Cut, Sat 14:30, tel 07700 958472",
                     ["Falstowe", "958472"]),
    "de kundin tel": ("Termin: Damenhaarschnitt, Kundin: Irmtrud Vessenkamp, Tel. 0171 4729583",
                      ["Vessenkamp", "472958"]),
    "fr manucure mme": ("Rendez-vous manucure gel – Mme Ysoline Brocquemart – 06 73 58 26 94",
                        ["Brocquemart", "735826"]),
    "es cita movil": ("Cita: corte y peinado para Maribel Olzaguirre, móvil 612 839 574", ["Olzaguirre", "839574"]),
    "it piega cell": ("Prenotazione piega + colore — cliente: Gianmaria Trovescelli, cell. 347 295 8364",
                      ["Trovescelli", "958364"]),
    "nl wimper": ("Afspraak wimperlifting voor Femke Vrolingsma, 06-42958736", ["Vrolingsma", "958736"]),
    "pl strzyzenie": ("Rezerwacja: strzyżenie męskie, klient Bożydar Zgrzebnicki, tel. 512 649 738",
                      ["Zgrzebnicki", "649738"]),
    "jp cut color": ("ご予約：カット＋カラー 鷺ノ杜 澄玲 様 090-6483-9275", ["鷺ノ杜", "648392"]),
    "kr nail": ("예약자: 옥솔비담 님, 010-5827-4936, 젤 네일 기본", ["옥솔비담", "582749"]),
    "br escova whatsapp": ("Agendamento: escova progressiva – cliente Jucimara Tavenquerque, WhatsApp (11) 97395-8246",
                           ["Tavenquerque", "958246"]),
    "us barber": ("Skin fade + beard trim, 3:15 PM — client Dashiell Prunkworth, (415) 839-2657",
                  ["Prunkworth", "839265"]),
    "spa couples": ("Couples massage 60 min – guests Oriel Hathersedge & Tamsin Hathersedge, room 3", ["Hathersedge"]),
    "uk nails name label": ("Gel Manicure 45 min\nName: Philippa Crowdenthorpe\nMobile: 07700 946285",
                            ["Crowdenthorpe", "946285"]),
}
BOOKING_URLS: Dict[str, Tuple[str, Any]] = {
    "confirm guest query": (f"{SALON}/booking/confirm?guest=Quenrida%20Falstowe&slot=1430", ["Falstowe"]),
    "manage slug": (f"{SALON}/booking/manage/irmtrud-vessenkamp-2026-12-12-1000", ["vessenkamp"]),
    "whatsapp link": ("https://wa.me/447700965382?text=Hi%2C%20this%20is%20Ysoline%20Brocquemart",
                      ["965382", "Brocquemart"]),
}

# --- health data a stylist, a spa or an aesthetic clinic notes ------------------------------------------------------
HEALTH: Dict[str, Tuple[str, Any]] = {
    "scalp psoriasis": ("Client note: Rosalind Feathergill – psoriasis on scalp, use sensitive shampoo",
                        ["Feathergill"]),
    "schwanger farbe": ("Kundin Henrike Oberwaltzer ist schwanger (12. SSW) – keine Ammoniak-Farbe", ["Oberwaltzer"]),
    "botox patient dob": ("Botox 3 areas – patient: Celestine Marrowgate, DOB 14/03/1988, ref 627485",
                          ["Marrowgate", "627485"]),
    "acide hyaluronique": ("Acide hyaluronique lèvres 1 ml – Mme Anaïs Quellembert, allergie lidocaïne",
                           ["Quellembert"]),
    "filler isotretinoin": ("Filler consult for Tobias Wrenthistle – on isotretinoin, no peel for 6 months",
                            ["Wrenthistle"]),
    "alopecia kopfhaut": ("Alopecia areata – Kopfhautanalyse für Jorinde Hapsenmeyer, Termin 2026-12-03",
                          ["Hapsenmeyer"]),
    "massaggio prenatale": ("Massaggio prenatale – Serafina Bottaleone, 28ª settimana di gravidanza", ["Bottaleone"]),
    "mesoterapia diabetes": ("Tratamiento: mesoterapia capilar — paciente Leocadia Fuenverde, diabetes tipo 1",
                             ["Fuenverde"]),
    "eczeem hoofdhuid": ("Notitie: mevrouw Sjoukje Hoekstrandel heeft eczeem op de hoofdhuid", ["Hoekstrandel"]),
    "jp pregnant memo": ("施術メモ：妊娠中のお客様 葦原 朔羅 様、カラー不可", ["葦原 朔羅", "朔羅"]),
    "optician prescription": ("Try-on saved – prescription for Ignatius Peverstone: OD -2.75 OS -3.25, glaucoma",
                              ["Peverstone"]),
    "wig chemo phone": ("Sensitive scalp after chemo – wig fitting for Marguerite Tolleshunt, tel 07700 968524",
                        ["Tolleshunt", "968524"]),
}
HEALTH_URLS: Dict[str, Tuple[str, Any]] = {
    "clinic patient path": ("https://aesthetic-clinic.example.com/patients/celestine-marrowgate/botox-2026-11",
                            ["marrowgate"]),
    "pregnancy form query": (f"{SALON}/consult?pregnant=yes&client=Henrike+Oberwaltzer", ["Oberwaltzer"]),
}

# --- tattoo and piercing consent forms: a date of birth, an id ------------------------------------------------------
TATTOO: Dict[str, Tuple[str, Any]] = {
    "uk passport dob": ("Consent form: Kieran Blathwayte, DOB 1999-07-22, passport 538296471",
                        ["Blathwayte", "538296"]),
    "de ausweis geb": ("Einverständniserklärung Tattoo – Name: Lasse Ohrndorfer, geb. 03.11.2001, "
                       "Ausweis-Nr. T22583964", ["Ohrndorfer", "583964"]),
    "fr cni nee": ("Décharge piercing – Noé Garbouillet, né le 17/05/2007, CNI n° 880692638492",
                   ["Garbouillet", "638492"]),
    "es dni": (f"Consentimiento tatuaje – Iker Zubirrondo, DNI {_dni('73849265')}", ["Zubirrondo", "738492"]),
    "it nata il": ("Modulo consenso piercing: Ludovica Sprezzantini, nata il 09/02/2004", ["Sprezzantini"]),
    "us age id checked": ("Tattoo aftercare – client Ryder Quintmoss, age 19, ID 749582 checked",
                          ["Quintmoss", "749582"]),
    "pl pesel": (f"Zgoda na tatuaż: Wiesław Grządkowiak, PESEL {PESEL}", ["Grządkowiak", "148392"]),
    "br cpf": (f"Termo de consentimento – Cauã Piramboia, CPF {CPF}", ["Piramboia", "394758"]),
    "jp seinengappi": ("タトゥー同意書 氏名：汐見 澪音 生年月日：2001年4月9日", ["汐見 澪音", "澪音"]),
    "us driver licence": ("Piercing waiver — Brynlee Tuckaberry, DL# D5839274, born 08/14/2006",
                          ["Tuckaberry", "583927"]),
}

# --- skin quizzes: answers with a name and an age -------------------------------------------------------------------
QUIZ: Dict[str, Tuple[str, Any]] = {
    "query answers": ("name=Aurelie%20Vantongeren&age=34&concern=rosacea&pregnant=yes", ["Vantongeren"]),
    "json answers": (json.dumps({"quiz": "skin-type", "name": "Odalys Kerrowby", "age": 41, "answer_3": "acne"}),
                     ["Kerrowby"]),
    "de hauttyp": ("Hauttyp-Test: Mischhaut – Ergebnis für Walburga Zinnfelder (52)", ["Zinnfelder"]),
    "fr diagnostic": ("Diagnostic peau de Clémentine Aubrevanne, 27 ans : peau sensible, eczéma", ["Aubrevanne"]),
    "kr diagnosis": ("피부 진단 결과: 민감성 – 이름: 탁서윤비, 29세", ["탁서윤비"]),
    "nl resultaat": ("Quizresultaat voor Marijke Spoelstrander: droge huid, leeftijd 45", ["Spoelstrander"]),
    "br teste": ("Teste de pele – Nome: Rosimeire Catanduvassu, 38 anos, pele oleosa", ["Catanduvassu"]),
    "uk profile dots": ("Beauty profile: Ottilie Grimsthwaite · 62 · menopause · sensitive", ["Grimsthwaite"]),
}

# --- photo books and wedding albums: a couple's names and their date -----------------------------------------------
PHOTOBOOKS: Dict[str, Tuple[str, Any]] = {
    "uk wedding title": ("Our Wedding – Ansel Fothergale & Wren Pilchester – 14 June 2025",
                         ["Fothergale", "Pilchester"]),
    "de hochzeitsalbum": ("Hochzeitsalbum Jonte & Mareike Kluvesand geb. Trenzlow, 23.08.2025",
                          ["Kluvesand", "Trenzlow"]),
    "fr mariage": ("Album photo – Mariage de Baptiste Orvennec et Solène Lagravière – 12/07/2025",
                   ["Orvennec", "Lagravière"]),
    "it nozze": ("Fotolibro: le nozze di Edoardo Spadalucci e Chiara Mirtaleone, 6 settembre 2025",
                 ["Spadalucci", "Mirtaleone"]),
    "nl bruiloft": ("Fotoboek Bruiloft Thijs & Anouk Drempelmeier 30-05-2025", ["Drempelmeier"]),
    "pl slub": ("Fotoksiążka: Ślub Kacpra Wierzbołowicza i Zofii Pąkowskiej, 18.10.2025",
                ["Wierzbołowicz", "Pąkowsk"]),
    "uk baby first year": ("Baby's first year – Elowen Mapplestone, born 02/03/2025, 3.4 kg", ["Mapplestone"]),
    "jp wedding album": ("結婚式アルバム 瑞城 湊斗 & 咲良 2025.11.3", ["瑞城"]),
    "br casamento": ("Álbum de casamento – Thiago & Lavínia Bragantuba – 15.11.2025", ["Bragantuba"]),
}
PHOTOBOOK_URLS: Dict[str, Tuple[str, Any]] = {
    "editor slug": (f"{PRINT}/editor/fotobuch/hochzeit-jonte-und-mareike-kluvesand/seite-3", ["kluvesand"]),
    "share link title": ("https://photobooks.example.com/share?title=Our%20Wedding%20%E2%80%93%20Ansel%20Fothergale"
                         "%20%26%20Wren%20Pilchester", ["Fothergale"]),
}

# --- invitations: the hosts' names and home address -----------------------------------------------------------------
INVITES: Dict[str, Tuple[str, Any]] = {
    "uk wedding address": ("Together with their families Imogen Larkspurry and Felix Dunnicombe invite you to "
                           "celebrate their marriage. RSVP: 17 Wrenfield Road, Harrogate HG1 4QX",
                           ["Larkspurry", "Dunnicombe", "Wrenfield"]),
    "de geburtstag": ("Einladung zum 50. Geburtstag von Gerlinde Haberstrauch – Lindenweg 12, 79098 Freiburg",
                      ["Haberstrauch"]),
    "fr faire part": ("Faire-part : Hortense Delacourbe et Mathis Penvennec, RSVP 06 58 39 27 46, "
                      "14 rue des Tanneurs 35000 Rennes", ["Delacourbe", "Penvennec", "839274"]),
    "es bautizo": ("Invitación: bautizo de Lucía, hija de Aitana Berrozpe y Unai Garmendi, "
                   "C/ Olmo 8, 3º B, 28005 Madrid", ["Berrozpe"]),
    "us kids party": ("Theo Ashcombrey turns 6! 42 Maple Avenue, Portland, OR 97214 – RSVP (503) 964-8257",
                      ["Ashcombrey", "964825"]),
    "nl babyshower": ("Uitnodiging babyshower voor Lotte Kraaijenbrink, Prinsengracht 263-2, 1016 GV Amsterdam",
                      ["Kraaijenbrink"]),
    "br cha de bebe": ("Convite: chá de bebê de Kemilly Sabarabuçu — Rua Girassol 410, apto 52, 05433-001 São Paulo",
                       ["Sabarabuçu"]),
    "ie save the date": ("Save the date – Priya Venkatasrinam & Oisín Mac Gabhráin – 20.09.2026 – "
                         "9 Ashgrove Lane, Cork", ["Venkatasrinam"]),
}

# --- personalised gifts: mugs, engraving, calendars, T-shirts -------------------------------------------------------
GIFTS: Dict[str, Tuple[str, Any]] = {
    "mug birthday child": ("Happy 5th Birthday Florence Amblethwaite 12.04.2021", ["Amblethwaite"]),
    "tasse fuer geb": ("Für Mila Schwendtner, geb. 03.09.2019 – unsere kleine Prinzessin", ["Schwendtner"]),
    "engraving call phone": ("If found call Rupert Vallenquist 07700 927485", ["Vallenquist", "927485"]),
    "gravure nom tel": ("Gravure : Léonie Marbeuf 06 29 74 85 36", ["Marbeuf", "748536"]),
    "grabado para fecha": ("Grabado: Para Aitor Zabalburu, 12-03-1990", ["Zabalburu"]),
    "calendar family": ("Calendar cover: The Pemberthwick Family 2027 – Jasper, Ivy & Otto Pemberthwick",
                        ["Pemberthwick"]),
    "pet tag owner": ("Pet tag: Biscuit – owner Harriet Glossington – 07700 958263", ["Glossington", "958263"]),
    "engraving form body": ("font=Great+Vibes&line1=If+found+please+call&line2=07700+936257", ["936257"]),
    "tshirt team bride": ("Team Bride – Saoirse Quillinan – 14.06.2026", ["Quillinan"]),
}
GIFT_URLS: Dict[str, Tuple[str, Any]] = {
    "mug preview text": ("https://mugs.example.com/preview?line1=Happy%205th%20Birthday&line2=Florence%20"
                         "Amblethwaite&line3=12.04.2021", ["Amblethwaite"]),
    "engraving preview": ("https://engrave.example.com/p/keyring-steel?text=Rupert+Vallenquist+07700+927485",
                          ["Vallenquist", "927485"]),
}

# --- name labels for school clothes: a pupil's name and school ------------------------------------------------------
LABELS: Dict[str, Tuple[str, Any]] = {
    "uk year school": ("Name labels: Oscar Twistleton-Bray, Year 2, St Aldhelm's Primary", ["Twistleton"]),
    "de klasse": ("Namensetiketten: Ida Krummbiegel, Klasse 1b, Grundschule am Lindenpark", ["Krummbiegel"]),
    "fr ecole": ("Étiquettes vêtements : Gaspard Lemoustier – CE2 – École Jules Ferry", ["Lemoustier"]),
    "es colegio": ("Etiquetas ropa: Martina Urquiolaga — 3º B — Colegio San Fermín", ["Urquiolaga"]),
    "nl groep": ("Naamlabels: Jens Vlietstrander, groep 4, OBS De Klimop", ["Vlietstrander"]),
    "us allergy": ("Iron-on labels: Ava Montcalmer – Room 12 – Lincoln Elementary – allergy: peanuts",
                   ["Montcalmer"]),
    "jp hiragana": ("お名前シール：ひよこ組 さくらぎ こはるね", ["こはるね"]),
    "pl przedszkole": ("Naszywki z imieniem: Antoś Gąsiorowicz, przedszkole Słoneczko, grupa Motylki",
                       ["Gąsiorowicz"]),
}
LABEL_URLS: Dict[str, Tuple[str, Any]] = {
    "label lines query": ("https://labels.example.co.uk/customise?line1=Oscar+Twistleton-Bray&line2=St+Aldhelm%27s"
                          "&colour=navy", ["Twistleton"]),
}

# --- business cards: a name, a title, a mobile, an address spelled out ---------------------------------------------
CARDS: Dict[str, Tuple[str, Any]] = {
    "uk stylist at dot": ("Delphine Aurandel | Senior Stylist | +44 7700 968347 | delphine.aurandel at "
                          "salon-lumiere dot co dot uk", ["Aurandel", "968347"]),
    "de dr mobil": ("Visitenkarte: Dr. Konstantin Wehlgraber, Dermatologe, Mobil 0176 84729563",
                    ["Wehlgraber", "847295"]),
    "fr arobase": ("Maëlys Corbinelle — Esthéticienne — 07 84 29 63 75 — maelys point corbinelle arobase gmail "
                   "point com", ["Corbinelle", "842963"]),
    "es directora": ("Tarjeta: Nerea Olabarrieta, directora, 655 374 829", ["Olabarrieta", "537482"]),
    "jp meishi": ("名刺：代表取締役 蔦屋敷 恭弥 携帯 090-2947-5836", ["蔦屋敷", "947583"]),
    "kr myeongham": ("명함: 대표 원장 남궁채솔윤 010-6392-4857", ["남궁채솔윤", "639248"]),
    "br crm": ("Cartão de visita: Dra. Gislaine Mourarrocha, dermatologista, CRM-SP 583746",
               ["Mourarrocha", "583746"]),
    "us call or text": ("Call or text Jolene Kettlewaithe (917) 482-6395 · jolene.kettlewaithe@example-mail.com",
                        ["Kettlewaithe", "482639"]),
}
CARD_URLS: Dict[str, Tuple[str, Any]] = {
    "designer fields": (f"{PRINT}/visitenkarten/editor?vorname=Konstantin&nachname=Wehlgraber&mobil=017684729563",
                        ["Wehlgraber", "847295"]),
}

# --- uploads named after a person -----------------------------------------------------------------------------------
UPLOADS: Dict[str, Tuple[str, Any]] = {
    "img wedding": ("IMG_Tamsin_Rowleybrook_wedding_2025.jpg", ["Rowleybrook"]),
    "passbild": ("passbild_jannik_oelschwaeger.png", ["oelschwaeger"]),
    "photo mariage": ("photo-mariage-clemence-vautrinot-et-hugo.jpeg", ["vautrinot"]),
    "abuela cumple": ("/uploads/print/2026/11/abuela_remedios_baralucea_90cumple.jpg", ["baralucea"]),
    "passport scan": ("Scan_Passport_Nikolai_Dremvalds.pdf", ["Dremvalds"]),
    "foto tessera": ("Gianna Pettirossoni - foto tessera.jpg", ["Pettirossoni"]),
    "hochzeit plus": ("hochzeit_lena+tobias_brendelsoog_0472.jpg", ["brendelsoog"]),
    "cake topper": ("cake_topper_Harper_Linnethorpe_6th.png", ["Linnethorpe"]),
}
UPLOAD_PLACES = ["url raw path", "custom property", "product name", "content ids", "url path", "contents title",
                 "page title", "json property", "url query value", "product variant", "standard contents title",
                 "referrer path", "order id", "search string", "url path under dropped query", "page property"]

# --- reviews signed with a full name --------------------------------------------------------------------------------
REVIEWS: Dict[str, Tuple[str, Any]] = {
    "uk stars": ("Best balayage I've had! — Cressida Mowbrayne ★★★★★", ["Mowbrayne"]),
    "de five of five": ("Super Schnitt, sehr nette Beratung. 5/5 – Hannelore Stichlbauer", ["Stichlbauer"]),
    "fr signed town": ("Accueil au top, ongles parfaits. Éloïse Parmentelle, Nantes", ["Parmentelle"]),
    "uk verified buyer": ("Photo book arrived in 3 days, colours perfect. Review by Tobiah Greavesmore "
                          "(Verified Buyer)", ["Greavesmore"]),
    "pl polecam": ("Świetny salon! Polecam – Grażyna Wódkiewska ⭐⭐⭐⭐⭐", ["Wódkiewska"]),
    "jp headspa": ("最高のヘッドスパでした。★5 湯ノ谷 美月", ["湯ノ谷"]),
    "br amei": ("Amei o resultado da escova! – Dayane Itapucuí, São Paulo", ["Itapucuí"]),
    "it pedicure": ("Ottima pedicure, personale gentile. Ornella Carbonaccio ⭐⭐⭐⭐", ["Carbonaccio"]),
}
REVIEW_URLS: Dict[str, Tuple[str, Any]] = {
    "reviewer path": (f"{SALON}/reviews/by/cressida-mowbrayne", ["mowbrayne"]),
}

# --- the same values under the settings that minimise what goes out ------------------------------------------------
MINIMISED: Dict[str, Tuple[str, Any]] = {
    "health honorific": HEALTH["acide hyaluronique"],
    "review stars": REVIEWS["uk stars"],
    "label school": LABELS["uk year school"],
    "upload passport": UPLOADS["passport scan"],
}
MINIMISED_PLACES = ["standard custom property", "standard page title", "listed custom property",
                    "url fragment under dropped query", "standard search string", "listed page property",
                    "dropped query", "standard contents title"]


def minimised_cases() -> Iterator[Case]:
    for index, (name, (value, shown)) in enumerate(MINIMISED.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for step in range(2):
            where = MINIMISED_PLACES[(index * 2 + step) % len(MINIMISED_PLACES)]
            yield (f"minimised {name} @ {where}", *_put(where, value), forms)


def cases() -> List[Case]:
    return [
        *rotated("booking", BOOKINGS, TEXT_PLACES, 1, start=0, put=_put),
        *rotated("booking", BOOKING_URLS, URL_PLACES, 1, start=0, put=_put),
        *rotated("health", HEALTH, TEXT_PLACES, 1, start=13, put=_put),
        *rotated("health", HEALTH, ["trade key"], 1, put=_keyed("stylist_note")),
        *rotated("health", HEALTH_URLS, URL_PLACES, 1, start=3, put=_put),
        *rotated("tattoo", TATTOO, TEXT_PLACES, 1, start=25, put=_put),
        *rotated("quiz", QUIZ, TEXT_PLACES, 1, start=5, put=_put),
        *rotated("photobook", PHOTOBOOKS, TEXT_PLACES, 1, start=9, put=_put),
        *rotated("photobook", PHOTOBOOKS, ["trade key"], 1, put=_keyed("album_title")),
        *rotated("photobook", PHOTOBOOK_URLS, URL_PLACES, 1, start=6, put=_put),
        *rotated("invite", INVITES, TEXT_PLACES, 1, start=21, put=_put),
        *rotated("gift", GIFTS, TEXT_PLACES, 1, start=31, put=_put),
        *rotated("gift", GIFTS, ["trade key"], 1, put=_keyed("engraving_text")),
        *rotated("gift", GIFT_URLS, URL_PLACES, 1, start=7, put=_put),
        *rotated("label", LABELS, TEXT_PLACES, 1, start=17, put=_put),
        *rotated("label", LABEL_URLS, URL_PLACES, 1, start=10, put=_put),
        *rotated("card", CARDS, TEXT_PLACES, 1, start=3, put=_put),
        *rotated("card", CARD_URLS, URL_PLACES, 1, start=12, put=_put),
        *rotated("upload", UPLOADS, UPLOAD_PLACES, 1, put=_put),
        *rotated("review", REVIEWS, TEXT_PLACES, 1, start=29, put=_put),
        *rotated("review", REVIEWS, ["trade key"], 1, put=_keyed("review_text")),
        *rotated("review", REVIEW_URLS, URL_PLACES, 1, start=1, put=_put),
        *minimised_cases(),
    ]


# --- ordinary data of the trade, which must go out whole ------------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "services": [
        "Balayage & Cut", "Gel Manicure 45 min", "Men's Skin Fade", "Beard Trim & Hot Towel", "Lash Lift + Tint",
        "Hot Stone Massage 90 min", "Hydrafacial Signature", "Brazilian Blow-Dry", "Damenhaarschnitt Waschen "
        "Schneiden Föhnen", "Coupe + brushing cheveux longs", "Manicura semipermanente", "Piega e trattamento "
        "cheratina", "Wimperextensions volume 2D-3D", "Strzyżenie męskie + broda", "ヘッドスパ 60分", "젤 네일 기본",
        "Escova progressiva", "Consultation 15 min (free)",
    ],
    "shades": [
        "7.1 Mittelaschblond", "N°5 Eau de Parfum 100 ml", "Shade 220 Natural Beige", "2C0 Cool Vanilla",
        "Ruby Woo", "10.21 Lichtblond Perl-Violett", "Teinte 03 Rose Nude", "Tono 5.35 Castaño Claro Chocolate",
        "Fondotinta 120 Avorio", "21호 라이트 베이지", "ベージュオークル10", "Nude 01 / 3,5 g",
        "Big Apple Red NL N25", "Pantone 17-1230 Mocha Mousse",
    ],
    "skincare": [
        "Dry & sensitive skin", "Mischhaut", "peau grasse à tendance acnéique", "piel mixta",
        "Aqua, Glycerin, Niacinamide, Sodium Hyaluronate", "Butyrospermum Parkii Butter", "SPF 50+ PA++++",
        "Retinol 0.3% Serum 30 ml", "Vitamin C 15% + Ferulic", "pH 5.5", "Fragrance-free, vegan, cruelty-free",
        "Hyaluronsäure Booster", "Cica Repair Cream 50 ml", "Bakuchiol Night Oil",
    ],
    "codes": [
        "SKU-BAL-CUT-01", _gs1("400638133393"), _gs1("301762122060"), _gs1("841234567890"), _gs1("871234567890"),
        _gs1("590123412345"), _gs1("490123456789"), _gs1("880123456789"), _gs1("789123456789"),
        _gs1("8012345"), "LOR-71-60ML", "PB-A4-HC-40", "MUG-11OZ-WHT", "TSHIRT-UNI-M-BLK",
    ],
    "print": [
        "A4 hardcover 40 pages", "30x45 cm matte", "Fotobuch A4 Querformat Hardcover 26 Seiten",
        "Livre photo 30x30 papier photo brillant", "Álbum 20x20 tapa dura", "Fotolibro 28x21 copertina rigida",
        "Fotoboek XL liggend 60 pagina's", "Fotoksiążka A4 pionowa 40 stron", "300 g/m² silk", "350gsm uncoated",
        "Mug 11 oz ceramic white", "T-shirt unisex M black, DTG", "Wall calendar A3 2027",
        "Business cards 85x55 mm, 500 pcs", "Name labels iron-on 50 pcs", "Laser engraving max 20 characters",
    ],
    "templates": [
        "Rustic Wedding – Kraft", "Botanical Gold Foil", "Mr & Mrs Script", "Happy Birthday Balloons",
        "Playfair Display", "Great Vibes", "Times New Roman", "Dancing Script", "Minimal Save the Date",
        "Little Miss Sunshine", "Happy Birthday Mum – Rose Gold", "Für Oma – Fotokalender 2027",
        "Dla Mamy – kubek z sercem", "Forever & Always – Engraving Script", "Je t'aime – gravure cœur",
        "Born to Shine Tee", "Best Dad Ever – Mug 11 oz", "Name: Your Text Here",
    ],
    "salon": [
        "Senior Stylist", "Top Stylist", "Art Director", "Junior Stylist", "Nail Technician", "Friseurmeisterin",
        "Coloriste expert", "london-soho", "berlin-mitte", "paris-marais", "Sat 14:30–15:15", "2026-12-12 10:00",
        "Walk-in welcome", "Stylist: Senior",
    ],
    "promos": [
        "GLOW20", "NAILS15", "Gift card €50", "Geschenkgutschein 100 €", "Carte cadeau 75 €", "Tarjeta regalo 30 €",
        "Buono regalo 50 €", "Cadeaubon €25", "Karta podarunkowa 200 zł", "ギフト券 5,000円", "기프트카드 50,000원",
        "Vale-presente R$ 100",
    ],
    "personalisation": [
        "Name: Gold Foil", "Name: Rose Gold Foil, Font: Great Vibes", "Nom : Dorure Or Rose", "Name line: Script Gold",
        "Recipient: Salon Pickup", "Für: Mama – Tasse", "Merci Maîtresse !", "Danke, Lehrerin!", "Gracias, Profe!",
        "Thank You, Teacher!", "Dear Mum, Love Always Card", "Mrs Always Right Mug", "Hair by Senior Stylist",
        "Google Reviews ★★★★★ 5.0", "Google Rating 4.9/5", "Trustpilot ★★★★★ 4.8",
        "Salon Soho – 12 Greek Street, London", "Filiale Berlin-Mitte, Friedrichstraße 68, 10117 Berlin",
    ],
    "brands": [
        "Jo Malone London", "Estée Lauder", "Miss Dior", "Giorgio Armani Beauty", "Yves Saint Laurent",
        "Charlotte Tilbury", "Paco Rabanne", "Carolina Herrera Good Girl",
    ],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "services": ["custom property", "product name"],
    "shades": ["product variant", "contents title"],
    "skincare": ["product category", "search string"],
    "codes": ["product id", "content ids"],
    "print": ["product name", "product variant"],
    "templates": ["custom property", "page title"],
    "salon": ["custom property", "page category"],
    "promos": ["custom property", "product name"],
    "personalisation": ["custom property", "product name"],
    "brands": ["product brand", "product name"],
}
ORDINARY_KEYS_67 = ["service_duration", "shade_code", "skin_type", "paper_weight", "font_name", "template_id",
                    "stylist_role", "branch_slug", "time_slot", "engraving_font", "print_format"]
ORDINARY_URLS_67 = [
    f"{SALON}/book/london-soho/balayage-and-cut?slot=2026-12-12T10:00&stylist_level=senior",
    f"{PRINT}/fotobuch/a4-querformat-hardcover?seiten=26&papier=matt",
    "https://beauty.example.fr/parfum/n5-eau-de-parfum-100-ml?utm_source=newsletter&utm_campaign=noel",
    "https://tienda.example.es/tintes/tono-5-35-castano-claro-chocolate",
    "https://print.example.com/templates/mr-and-mrs-script/customise",
    f"{SHOP}/gutschein/geschenkgutschein-100-eur?code=GLOW20",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
    yield from ordinary_keys(ORDINARY_KEYS_67)
    yield from ordinary_urls(ORDINARY_URLS_67)
