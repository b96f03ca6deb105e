"""The seventy-eighth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: weddings and family celebrations. Wedding and baby registries (Zola, The
Knot, Amazon, Prezola, Hochzeitstisch, liste de mariage, lista de bodas), online invitations and RSVPs (Paperless Post,
Evite), guest lists and seating plans, photographers' galleries and proofs, engraved rings and personalised gifts,
bridal shops' appointments, venues' enquiries, christenings, bar and bat mitzvahs, quinceañeras, anniversaries and
birthday parties, in the UK, Ireland, the US, Canada, Germany, Austria, France, Spain, Italy, the Netherlands, Poland,
Portugal, Mexico, Brazil, India and Japan.

141 personal cases (14 families of 10 spellings, the couple's 11, each rotated through the leaves the README maps:
custom properties and their keys, product names and ids, contents, page URL, path, referrer, title, search, custom
event names, under `meta_custom_data` `standard` or a list and `meta_url_query=drop`): a couple's or a guest's names
in a wedding's title, a registry's or a gallery's slug, a guest's mail or phone in an RSVP, an invitation's home
address, an engraving's text, a seating plan, a gift message signed with a name, a baby's name and birth date, a
honeymoon fund's transfer reference, a guest list's export, personal keys of the trade (`bride_name`, `nombre_novia`),
a christening's, a bar mitzvah's or a quinceañera's child, a bridal appointment or a venue's enquiry. About 330
ordinary values (products, registry categories, venues and towns, packages, an event's date, sizes and colours, RSVP
words, menu choices, galleries without people, a public figure's wedding in the news, help pages, shop URLs, in
several languages) which must go out whole.

The markers are made-up names nobody has, found anywhere in the request: the couple `Ilvaretta Quarndish` and
`Torbenil Brevalline` (`418627`), the guest `Maelisandre Oskerwold` (`536194`), the baby `Ysbrandine Pellekorn`
(`730516`), the celebrated children and jubilarians `Ezrilon Haddervain` and `Xiomarela Tunquedo` (`629041`).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote_plus

from privacy_attack_cases_2 import iban, ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "78"
BRIDE, BRIDE_FAMILY = "Ilvaretta", "Quarndish"
GROOM, GROOM_FAMILY = "Torbenil", "Brevalline"
COUPLE_MARK = "418627"
GUEST, GUEST_FAMILY = "Maelisandre", "Oskerwold"
GUEST_MARK = "536194"
BABY, BABY_FAMILY = "Ysbrandine", "Pellekorn"
BABY_MARK = "730516"
CHILD, CHILD_FAMILY = "Ezrilon", "Haddervain"
GIRL, GIRL_FAMILY = "Xiomarela", "Tunquedo"
CHILD_MARK = "629041"

GUEST_FULL = f"{GUEST} {GUEST_FAMILY}"
GUEST_MAIL = "maelisandre.oskerwold@example.com"
COUPLE = f"{BRIDE} {BRIDE_FAMILY} & {GROOM} {GROOM_FAMILY}"
HONEYMOON_IBAN = iban("DE", "370400440041862700")

Table = Dict[str, Tuple[str, Any]]

# A couple's names in a wedding's title, a website's heading, an announcement, by language.
COUPLE_NAMES: Table = {
    "wedding of": (f"The wedding of {COUPLE}", [BRIDE_FAMILY, GROOM_FAMILY]),
    "German Hochzeit von": (f"Hochzeit von {BRIDE} {BRIDE_FAMILY} und {GROOM} {GROOM_FAMILY} – 12.06.2026",
                            [BRIDE_FAMILY, GROOM_FAMILY]),
    "French mariage de": (f"Mariage de {BRIDE} {BRIDE_FAMILY} et {GROOM} {GROOM_FAMILY}", [BRIDE_FAMILY]),
    "Spanish boda de": (f"Boda de {BRIDE} {BRIDE_FAMILY} y {GROOM} {GROOM_FAMILY} · Sevilla", [BRIDE_FAMILY]),
    "Italian matrimonio di": (f"Matrimonio di {BRIDE} {BRIDE_FAMILY} e {GROOM} {GROOM_FAMILY}", [BRIDE_FAMILY]),
    "Dutch bruiloft van": (f"Bruiloft van {BRIDE} & {GROOM} {BRIDE_FAMILY}", [BRIDE_FAMILY]),
    "Polish slub declined": (f"Ślub {BRIDE}y {BRIDE_FAMILY} i {GROOM}a {GROOM_FAMILY}", [BRIDE_FAMILY, GROOM_FAMILY]),
    "website heading": (f"{BRIDE_FAMILY}–{GROOM_FAMILY} Wedding Website | Our Story", [BRIDE_FAMILY]),
    "getting married": (f"{BRIDE} {BRIDE_FAMILY} and {GROOM} {GROOM_FAMILY} are getting married!", [BRIDE_FAMILY]),
    "Indian weds": (f"{BRIDE} weds {GROOM} {GROOM_FAMILY} – Sangeet 11.06.2026", [BRIDE, GROOM_FAMILY]),
    "Japanese kekkonshiki": (f"結婚式 {BRIDE_FAMILY} {BRIDE} & {GROOM_FAMILY} {GROOM} 2026年6月12日", [BRIDE_FAMILY]),
}

# A registry's address with the couple in its slug (or its query).
REGISTRY_URLS: Table = {
    "Zola given names": ("https://www.zola.com/registry/ilvaretta-and-torbenil-2026", [BRIDE, GROOM]),
    "The Knot full names": ("https://www.theknot.com/us/ilvaretta-quarndish-and-torbenil-brevalline-jun-2026/registry",
                            [BRIDE_FAMILY]),
    "Amazon registry": ("https://www.amazon.com/wedding/registry/quarndish-brevalline-leeds-june-2026/3R7QX2ZK",
                        [BRIDE_FAMILY]),
    "Prezola wishlist with marker": (f"https://www.prezola.com/wishlists/quarndish-brevalline-{COUPLE_MARK}/",
                                     [BRIDE_FAMILY, COUPLE_MARK]),
    "Hochzeitstisch": ("https://www.hochzeitstisch.example.de/liste/quarndish-und-brevalline", [BRIDE_FAMILY]),
    "liste de mariage": ("https://www.liste-mariage.example.fr/quarndish-brevalline/liste.html", [BRIDE_FAMILY]),
    "lista de bodas": ("https://www.listadebodas.example.es/boda/ilvaretta-y-torbenil-quarndish", [BRIDE_FAMILY]),
    "couple in the query": (f"{SHOP}/registry?couple=Ilvaretta+Quarndish+%26+Torbenil+Brevalline", [BRIDE_FAMILY]),
    "MyRegistry with id": (f"https://www.myregistry.com/wedding-registry/ilvaretta-quarndish-and-torbenil-brevalline-"
                           f"leeds/{COUPLE_MARK}", [BRIDE_FAMILY, COUPLE_MARK]),
    "glued names": ("https://www.zola.com/wedding/quarndishandbrevalline", [BRIDE_FAMILY]),
}

# A guest's reply, with a mail or a phone.
RSVP_REPLIES: Table = {
    "attending with mail": (f"RSVP: Attending – 2 guests – {GUEST_MAIL}", [GUEST_FAMILY]),
    "German Zusage with mobile": (f"Zusage: {GUEST_FULL}, 2 Personen, Tel. 0176 {GUEST_MARK}20",
                                  [GUEST_FAMILY, GUEST_MARK]),
    "French reponse mobile": ("Réponse : oui, 2 adultes – 06 53 61 94 27", [GUEST_MARK]),
    "Spanish asistire": ("Asistiré ✔ · +34 653 619 482", [GUEST_MARK]),
    "Evite reply from": (f"Evite reply: Yes (2) from {GUEST_FULL}", [GUEST_FAMILY]),
    "Paperless Post accepted": (f"Paperless Post RSVP — {GUEST_FULL} <{GUEST.lower()}@{GUEST_FAMILY.lower()}.example>"
                                " accepted", [GUEST_FAMILY]),
    "form body": ("rsvp=yes&guests=2&email=maelisandre.oskerwold%40example.com", [GUEST_FAMILY]),
    "Italian conferma cell": (f"Confermo la presenza, {GUEST_FULL}, cell. 347 536 1948", [GUEST_FAMILY, GUEST_MARK]),
    "plus one": (f"Attending: Yes | Guest: {GUEST_FULL} | Plus one: {GROOM} {GROOM_FAMILY}",
                 [GUEST_FAMILY, GROOM_FAMILY]),
    "WhatsApp RSVP": (f"WhatsApp RSVP +44 7700 {GUEST_MARK} – coming with 1 guest", [GUEST_MARK]),
}

# An invitation's home address.
INVITATION_ADDRESSES: Table = {
    "send to": (f"Send invitation to: {GUEST_FULL}, 14 Larkspur Road, Leeds LS6 2QT", [GUEST_FAMILY, "Larkspur"]),
    "envelope lines": (f"Mrs M. {GUEST_FAMILY}\n27 Fenwick Gardens\nBristol BS6 7TH", [GUEST_FAMILY, "Fenwick"]),
    "German Einladung an": (f"Einladung an: Familie {GUEST_FAMILY}, Lindenallee 17, 80331 München", [GUEST_FAMILY]),
    "French faire-part": (f"Faire-part à envoyer : M. et Mme {GUEST_FAMILY}, 8 rue des Tilleuls, 69003 Lyon",
                          [GUEST_FAMILY]),
    "Spanish invitacion": (f"Invitación para {GUEST_FULL}, Calle Mayor 14, 3º B, 28013 Madrid", [GUEST_FAMILY]),
    "US address in brackets": (f"Guest address: 418 Maple Ave, Springfield, IL 62704 ({GUEST_FAMILY})",
                               [GUEST_FAMILY, "418 Maple"]),
    "Dutch uitnodiging": (f"Uitnodiging: fam. {GUEST_FAMILY}, Kerkstraat 12, 3511 LK Utrecht", [GUEST_FAMILY]),
    "Portuguese convite": (f"Convite: {GUEST_FULL}, Rua das Flores 21, 1200-192 Lisboa", [GUEST_FAMILY]),
    "form fields": (f"address_line1=27 Fenwick Gardens&name={GUEST_FULL}&postcode=BS6 7TH", [GUEST_FAMILY, "Fenwick"]),
    "Irish Eircode": (f"The {GUEST_FAMILY}s, 12 Seapoint Avenue, Blackrock, Co. Dublin A94 X2Y7", [GUEST_FAMILY]),
}

# An engraving's or a personalised gift's text.
ENGRAVINGS: Table = {
    "given names and date": (f"Engraving: {BRIDE} & {GROOM} 12.06.2026", [BRIDE, GROOM]),
    "German Gravur": (f"Gravur innen: {BRIDE} & {GROOM} 12.06.2026", [BRIDE, GROOM]),
    "French gravure initials": (f"Gravure : I. {BRIDE_FAMILY} ∞ T. {GROOM_FAMILY} 12/06/2026",
                                [BRIDE_FAMILY, GROOM_FAMILY]),
    "Spanish grabado": (f"Grabado: {BRIDE} y {GROOM} · 12-06-2026", [BRIDE, GROOM]),
    "Italian incisione": (f"Incisione: {BRIDE} {BRIDE_FAMILY} 12.06.2026", [BRIDE_FAMILY]),
    "cake topper Mr and Mrs": (f"Personalised cake topper – Mr & Mrs {BRIDE_FAMILY} 2026", [BRIDE_FAMILY]),
    "ring with marker": (f"Engraved ring – '{GROOM} {GROOM_FAMILY} forever {COUPLE_MARK}'",
                         [GROOM_FAMILY, COUPLE_MARK]),
    "wine label": (f"Custom wine label: The {BRIDE_FAMILY} Wedding 12.06.2026", [BRIDE_FAMILY]),
    "monogram napkins": (f"Monogram napkins – IQ & TB – {BRIDE} {BRIDE_FAMILY}", [BRIDE_FAMILY]),
    "JSON lines": (f'{{"line_1": "{BRIDE} & {GROOM}", "line_2": "{GROOM_FAMILY} 12.06.2026"}}', [GROOM_FAMILY]),
}

# A seating plan's or a place card's names.
SEATING: Table = {
    "table list": (f"Table 4: {GUEST_FULL}, {GROOM} {GROOM_FAMILY}, {BRIDE} {BRIDE_FAMILY}",
                   [GUEST_FAMILY, GROOM_FAMILY]),
    "German Tischplan": (f"Tischplan – Tisch 7: {GUEST_FULL} (vegetarisch)", [GUEST_FAMILY]),
    "French plan de table": (f"Plan de table – Table Lavande : {GUEST_FAMILY} {GUEST}, {GROOM_FAMILY} {GROOM}",
                             [GUEST_FAMILY]),
    "seating chart CSV": (f"table,guest\n4,{GUEST_FULL}\n4,{GROOM} {GROOM_FAMILY}", [GUEST_FAMILY]),
    "escort card": (f"Escort card – {GUEST_FULL} – Table 12", [GUEST_FAMILY]),
    "place card Mrs": (f"Place card: Mrs {GUEST_FAMILY}", [GUEST_FAMILY]),
    "Spanish mesa allergy": (f"Mesa 3: {GUEST_FULL}, alergia a frutos secos", [GUEST_FAMILY]),
    "Dutch tafelschikking": (f"Tafelschikking tafel 2 – {GUEST_FULL}", [GUEST_FAMILY]),
    "Japanese sekijihyo": (f"席次表 3卓 {GUEST_FAMILY} {GUEST} 様", [GUEST_FAMILY]),
    "seat assigned": (f"Seat 12B assigned to guest {GUEST_FULL}", [GUEST_FAMILY]),
}

# A photographer's gallery or proof with the couple's names in its address or file.
GALLERIES: Table = {
    "gallery slug": ("https://photos.example-studio.com/gallery/quarndish-brevalline-wedding-2026/proofs",
                     [BRIDE_FAMILY]),
    "Pixieset given names": ("https://studio.pixieset.com/ilvarettaandtorbenil/", [BRIDE]),
    "German Galerie with marker": (f"https://fotograf.example.de/galerie/hochzeit-quarndish-brevalline-{COUPLE_MARK}",
                                   [BRIDE_FAMILY, COUPLE_MARK]),
    "image file": ("https://photos.example-studio.com/img/IMG_Quarndish_Brevalline_0142.jpg", [BRIDE_FAMILY]),
    "proofs archive": (f"https://photos.example-studio.com/dl/Quarndish-Wedding-Proofs-{COUPLE_MARK}.zip",
                       [BRIDE_FAMILY, COUPLE_MARK]),
    "French galerie mariage": ("https://www.example-photo.fr/galerie/mariage-ilvaretta-torbenil/", [BRIDE, GROOM]),
    "Pic-Time with pin": (f"https://quarndishwedding2026.pic-time.com/gallery?pin={COUPLE_MARK}",
                          [BRIDE_FAMILY, COUPLE_MARK]),
    "proof selection title": (f"Proof selection – {BRIDE} & {GROOM} {BRIDE_FAMILY} – 38 favourites", [BRIDE_FAMILY]),
    "family session": (f"https://www.shootproof.example.com/gallery/brevalline-family-session-{COUPLE_MARK}",
                       [GROOM_FAMILY, COUPLE_MARK]),
    "client route": ("https://studio.example-photo.com/clients/ilvaretta-quarndish/galleries/engagement",
                     [BRIDE_FAMILY]),
}

# A gift message signed with a name.
GIFT_MESSAGES: Table = {
    "love": (f"Congratulations on your big day! Love, {GUEST_FULL}", [GUEST_FAMILY]),
    "German eure": (f"Alles Gute zur Hochzeit! Eure {GUEST_FULL}", [GUEST_FAMILY]),
    "French bises": (f"Félicitations aux mariés ! Bises, {GUEST_FULL}", [GUEST_FAMILY]),
    "Spanish con carino": (f"¡Enhorabuena, pareja! Con cariño, {GUEST_FULL}", [GUEST_FAMILY]),
    "to and from": (f"Gift note: To {BRIDE} & {GROOM}, from {GUEST_FULL}", [GUEST_FAMILY]),
    "Italian auguri dash": (f"Tanti auguri agli sposi – {GUEST_FULL}", [GUEST_FAMILY]),
    "Dutch groetjes": (f"Van harte gefeliciteerd! Groetjes, {GUEST_FULL}", [GUEST_FAMILY]),
    "Portuguese abraco": (f"Felicidades! Um abraço de {GUEST_FULL}", [GUEST_FAMILY]),
    "anniversary given name": (f"Gift message: Happy anniversary Mum & Dad – xx {GUEST}", [GUEST]),
    "Polish signed": (f"Wszystkiego najlepszego na nowej drodze życia! {GUEST_FULL}", [GUEST_FAMILY]),
}

# A baby's name and birth date in a birth announcement, a baby registry, a christening.
BIRTH_ANNOUNCEMENTS: Table = {
    "welcome born": (f"Welcome {BABY} {BABY_FAMILY}, born 03.02.2026, 3,420 g", [BABY_FAMILY]),
    "German Geburtsanzeige": (f"Geburtsanzeige: {BABY} {BABY_FAMILY}, geboren am 03.02.2026 um 04:17", [BABY_FAMILY]),
    "French nee le": (f"Faire-part de naissance : {BABY} {BABY_FAMILY}, née le 3 février 2026", [BABY_FAMILY]),
    "Spanish ha nacido": (f"Ha nacido {BABY} {BABY_FAMILY} – 03/02/2026 – 51 cm", [BABY_FAMILY]),
    "baby shower due": (f"Baby shower registry for baby {BABY_FAMILY}, due 14.03.2026, ref {BABY_MARK}",
                        [BABY_FAMILY, BABY_MARK]),
    "cards with weight": (f"Birth announcement cards – {BABY} {BABY_FAMILY} 3.2.2026 7lb 8oz", [BABY_FAMILY]),
    "Dutch geboortekaartje": (f"Geboortekaartje {BABY} {BABY_FAMILY} 03-02-2026", [BABY_FAMILY]),
    "Babylist slug": ("https://www.babylist.com/baby-ysbrandine-pellekorn", [BABY_FAMILY]),
    "Italian e nata": (f"È nata {BABY} {BABY_FAMILY}! 3 febbraio 2026", [BABY_FAMILY]),
    "German Taufe": (f"Taufe von {BABY} {BABY_FAMILY} am 12.04.2026, St. Marien", [BABY_FAMILY]),
}

# A honeymoon fund's bank transfer reference with the couple's names.
HONEYMOON_FUNDS: Table = {
    "reference capitals": (f"Honeymoon fund – reference: QUARNDISH BREVALLINE {COUPLE_MARK}",
                           [BRIDE_FAMILY, COUPLE_MARK]),
    "German Verwendungszweck IBAN": (f"Verwendungszweck: Hochzeit {BRIDE_FAMILY}/{GROOM_FAMILY}, IBAN "
                                     f"{HONEYMOON_IBAN}", [BRIDE_FAMILY, COUPLE_MARK]),
    "French virement": (f"Virement lune de miel – Réf. QUARNDISH-BREVALLINE-{COUPLE_MARK}", [BRIDE_FAMILY]),
    "Spanish concepto": (f"Luna de miel: transferencia, concepto Boda {BRIDE_FAMILY} {GROOM_FAMILY}", [BRIDE_FAMILY]),
    "gift from initial": (f"Honeymoon cash fund: Maldives – gift from M. {GUEST_FAMILY}, ref {GUEST_MARK}",
                          [GUEST_FAMILY]),
    "reference code": (f"Bank transfer ref: HM-QUARNDISH-{COUPLE_MARK}", [BRIDE_FAMILY]),
    "Italian causale": (f"Bonifico viaggio di nozze – causale: nozze {BRIDE_FAMILY} {GROOM_FAMILY}", [BRIDE_FAMILY]),
    "PayPal sender": (f"Honeymoon wish – cash fund – sent by {GUEST_FULL} via PayPal {GUEST_MAIL}", [GUEST_FAMILY]),
    "Polish tytul": (f"Przelew na podróż poślubną: tytuł {BRIDE_FAMILY} {COUPLE_MARK}", [BRIDE_FAMILY]),
    "Brazilian PIX key": (f"PIX lua de mel – chave: {GUEST_MAIL}", [GUEST_FAMILY]),
}

# A guest list exported into a property.
GUEST_LISTS: Table = {
    "CSV with mail": (f"name,email,rsvp\n{GUEST_FULL},{GUEST_MAIL},yes", [GUEST_FAMILY]),
    "JSON guests": (f'[{{"guest":"{GUEST_FULL}","table":4}},{{"guest":"{GROOM} {GROOM_FAMILY}","table":4}}]',
                    [GUEST_FAMILY]),
    "semicolon list": (f"Guest list (2): {GUEST_FULL}; {GROOM} {GROOM_FAMILY}", [GUEST_FAMILY]),
    "German Gaesteliste": (f"Gästeliste: {GUEST_FAMILY}, {GUEST} – Zusage; {GROOM_FAMILY}, {GROOM} – Absage",
                           [GUEST_FAMILY]),
    "TSV with phone": (f"{GUEST}\t{GUEST_FAMILY}\t+44 7700 {GUEST_MARK}\tattending", [GUEST_FAMILY, GUEST_MARK]),
    "query list": ("guests=Maelisandre%20Oskerwold%2CTorbenil%20Brevalline&count=2", [GUEST_FAMILY]),
    "French liste des invites": (f"Liste des invités : {GUEST_FAMILY} M., {GROOM_FAMILY} T.", [GUEST_FAMILY]),
    "YAML with phone": (f"- name: {GUEST_FULL}\n  phone: 07700 {GUEST_MARK}", [GUEST_FAMILY, GUEST_MARK]),
    "CSV row with address": (f"{GUEST_FULL},14 Larkspur Road,Leeds,LS6 2QT", [GUEST_FAMILY]),
    "Spanish lista invitados": (f"Lista invitados: {GUEST_FULL} (2), {GROOM} {GROOM_FAMILY} (1)", [GUEST_FAMILY]),
}

# The trade's personal keys, each holding what it names.
PERSONAL_KEYS: Dict[str, Tuple[str, str, List[str]]] = {
    "bride_name": ("bride_name", f"{BRIDE} {BRIDE_FAMILY}", [BRIDE_FAMILY]),
    "groom_name": ("groom_name", f"{GROOM} {GROOM_FAMILY}", [GROOM_FAMILY]),
    "guest_name": ("guest_name", GUEST_FULL, [GUEST_FAMILY]),
    "nombre_novia": ("nombre_novia", f"{BRIDE} {BRIDE_FAMILY}", [BRIDE_FAMILY]),
    "nome_sposa": ("nome_sposa", f"{BRIDE} {BRIDE_FAMILY}", [BRIDE_FAMILY]),
    "brautpaar": ("brautpaar", f"{BRIDE} & {GROOM} {BRIDE_FAMILY}", [BRIDE_FAMILY]),
    "couple_names": ("couple_names", COUPLE, [BRIDE_FAMILY]),
    "plus_one": ("plus_one", f"{GROOM} {GROOM_FAMILY}", [GROOM_FAMILY]),
    "baby_name": ("baby_name", f"{BABY} {BABY_FAMILY}", [BABY_FAMILY]),
    "rsvp_phone": ("rsvp_phone", f"07700 {GUEST_MARK}", [GUEST_MARK]),
}
KEY_PLACES = ["track property", "page property", "user event property", "standard-free listed property",
              "product's own property", "json property", "query of the page", "order property"]

# A christening's, a bar or bat mitzvah's, a quinceañera's child, a birthday's or an anniversary's person.
CELEBRATIONS: Table = {
    "bar mitzvah of": (f"Bar Mitzvah of {CHILD} {CHILD_FAMILY} – 14 March 2026", [CHILD_FAMILY]),
    "bat mitzvah save the date": (f"Bat Mitzvah – {GIRL} {CHILD_FAMILY} – Save the date", [CHILD_FAMILY]),
    "Mexican mis XV": (f"Mis XV años – {GIRL} {GIRL_FAMILY} – 20 de junio de 2026", [GIRL_FAMILY]),
    "Brazilian 15 anos": (f"Festa de 15 anos da {GIRL} {GIRL_FAMILY}", [GIRL_FAMILY]),
    "40th birthday": (f"Happy 40th Birthday {CHILD} {CHILD_FAMILY}!", [CHILD_FAMILY]),
    "christening of": (f"Christening of {BABY} {BABY_FAMILY}, St Mary's, 12 April 2026", [BABY_FAMILY]),
    "German Erstkommunion": (f"Erstkommunion {CHILD} {CHILD_FAMILY} 2026", [CHILD_FAMILY]),
    "golden anniversary": (f"Golden anniversary: {CHILD} & {GIRL} {CHILD_FAMILY}, 50 years", [CHILD_FAMILY]),
    "French bapteme": (f"Baptême de {BABY} {BABY_FAMILY} – 12 avril 2026", [BABY_FAMILY]),
    "party RSVP phone": (f"Kids' party: {CHILD} turns 7! RSVP to +44 7700 {CHILD_MARK}", [CHILD_MARK]),
}

# A bridal shop's appointment, a venue's enquiry, a fitting.
APPOINTMENTS: Table = {
    "bridal appointment for": (f"Bridal appointment for {BRIDE} {BRIDE_FAMILY} – Sat 14:00 – size 38",
                               [BRIDE_FAMILY]),
    "German Brautkleid-Termin": (f"Brautkleid-Termin: {BRIDE} {BRIDE_FAMILY}, 14.03.2026, 10:00", [BRIDE_FAMILY]),
    "French rendez-vous Mme": (f"Rendez-vous robe de mariée – Mme {BRIDE_FAMILY} – samedi 11h", [BRIDE_FAMILY]),
    "Spanish cita nupcial": (f"Cita nupcial: {BRIDE} {BRIDE_FAMILY}, talla 38, 15/03", [BRIDE_FAMILY]),
    "venue enquiry phone": (f"Venue enquiry from {BRIDE} {BRIDE_FAMILY} – 120 guests – 07700 {COUPLE_MARK}",
                            [BRIDE_FAMILY, COUPLE_MARK]),
    "German Rueckruf": (f"Anfrage Location: 80 Gäste, Rückruf an 0176 {COUPLE_MARK}95", [COUPLE_MARK]),
    "French devis mail": ("Demande de devis salle – contact : ilvaretta.quarndish@example.fr", [BRIDE_FAMILY]),
    "couple enquiry": (f"Wedding enquiry: {BRIDE_FAMILY}/{GROOM_FAMILY}, June 2026, budget £20k", [BRIDE_FAMILY]),
    "fitting booked by": (f"Fitting booked by {BRIDE} {BRIDE_FAMILY} for 2026-03-14", [BRIDE_FAMILY]),
    "suit hire groom": (f"Suit hire – groom: {GROOM} {GROOM_FAMILY}, chest 40R", [GROOM_FAMILY]),
}


def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """`place` with this attack's tag in the ids around a value."""
    return place(where, value, TAG)


def key_place(where: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A personal key holding its value in one of the places a property's key reaches."""
    money = {"value": "49", "currency": "GBP"}
    product = {"product_id": f"REG-{TAG}", "price": "49", "quantity": "1"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "track property": ("track", {"name": "RSVP Submitted", "properties": {key: value, "guests": "2"}}),
        "page property": ("page", {"properties": {key: value}}),
        "user event property": ("user", {"user_properties": {key: value}}),
        "standard-free listed property": ("track", {"name": "Product Added", "properties": {key: value},
                                                    "settings": {"meta_custom_data": key}}),
        "product's own property": ("track", {"name": "Order Completed", "properties": money,
                                             "products": [{**product, key: value}]}),
        "json property": ("track", {"properties": {"form_state": f'{{"{key}": "{value}", "step": 3}}'}}),
        "query of the page": ("page", {"url": f"{SHOP}/rsvp/thanks?{key}={quote_plus(value)}&step=3"}),
        "order property": ("track", {"name": "Order Completed", "properties": {**money, key: value}}),
    }
    return table[where]


def key_cases() -> Iterator[Case]:
    for index, (name, (key, value, forms)) in enumerate(PERSONAL_KEYS.items()):
        where = KEY_PLACES[index % len(KEY_PLACES)]
        yield (f"key {name}: {where}", *key_place(where, key, value), forms)


def cases() -> List[Case]:
    """The personal cases: each family's spellings rotated through the leaves, from a start of its own."""
    text_families = [("couple", COUPLE_NAMES, 0), ("rsvp", RSVP_REPLIES, 11), ("address", INVITATION_ADDRESSES, 21),
                     ("engraving", ENGRAVINGS, 31), ("seating", SEATING, 5), ("gift", GIFT_MESSAGES, 15),
                     ("birth", BIRTH_ANNOUNCEMENTS, 25), ("honeymoon", HONEYMOON_FUNDS, 35),
                     ("guestlist", GUEST_LISTS, 8), ("celebration", CELEBRATIONS, 18),
                     ("appointment", APPOINTMENTS, 28)]
    out: List[Case] = []
    for family, table, start in text_families:
        out += rotated(family, table, TEXT_PLACES, 1, start, TAG, put)
    out += rotated("registry", REGISTRY_URLS, URL_PLACES, 1, 0, TAG, put)
    out += rotated("gallery", GALLERIES, URL_PLACES, 1, 7, TAG, put)
    out += key_cases()
    return out


# The ordinary side: what a wedding shop, a registry, a photographer or a venue sends about things, not people.
ORDINARY_VALUES: Dict[str, List[str]] = {
    "products": [
        "Save the date cards – kraft", "Hochzeitseinladung Eukalyptus", "Faire-part mariage – Bohème",
        "Invitaciones de boda acuarela", "Partecipazioni nozze – Linea Amalfi", "Trouwkaarten goudfolie",
        "Zaproszenia ślubne – rustykalne", "Convites de casamento – Botânico", "Thank you cards – pack of 25",
        "Place cards – blush, set of 50", "Table numbers 1–20 – gold acrylic", "Guest book – linen, 120 pages",
        "Ring pillow – ivory lace", "Cake topper – Mr & Mrs – oak", "Confetti cones – rose petals",
        "Baby shower invitations – little bear", "Christening candle – white", "Quinceañera tiara – rose gold",
        "Bar Mitzvah kippot – navy suede (set of 30)", "Shagun envelope – red & gold",
        "Mehndi favour boxes – 24 pcs", "ご祝儀袋 水引 金銀", "引き出物 カタログギフト",
        "Geburtskarte Sternchen – 10 Stück",
        "Taufkerze Regenbogen", "Sparkler send-off – 36 inch", "Hochzeitstisch Gutschein 50 €",
        "Anniversary photo book – 30 x 30 cm", "Personalised engraving – up to 20 characters",
        "Engraved ring – tungsten, 6 mm", "Mr & Mrs cushion – grey", "Team Bride sash – rose gold",
        "Just Married car sign", "Mrs & Mrs mugs – set of 2", "Happy 40th Birthday banner – gold",
    ],
    "registry categories": [
        "Kitchen & Dining", "Honeymoon fund", "Cash funds", "Home décor", "Bed & Bath", "Küche & Haushalt",
        "Liste de mariage – Voyage de noces", "Lista de bodas – Hogar", "Experiences", "Baby registry – Nursery",
        "Registry essentials", "Group gifts",
    ],
    "venues": [
        "Ashridge House, Hertfordshire", "Schloss Elmau", "Château de Varennes, Bourgogne",
        "Finca La Concepción, Marbella", "Villa Balbiano, Lake Como", "Kasteel de Haar, Utrecht",
        "Pałac Mała Wieś", "Quinta da Regaleira, Sintra", "Hacienda San Gabriel, Mérida",
        "The Leela Palace Udaipur", "Happo-en, Tokyo", "Ballymagarvey Village, Co. Meath",
        "Fazenda Vila Rica, Itu",
    ],
    "packages": [
        "Elopement package – 2 hours", "Full day coverage – 10 hours + album", "Hochzeitspaket Gold",
        "Formule Prestige – 120 invités", "Paquete Boda Civil", "Pacchetto Sposi Premium",
        "Sangeet & Mehndi package", "Micro wedding – up to 30 guests",
    ],
    "event dates": [
        "Saturday 12 June 2026", "12.06.2026", "12/06/2026", "June 12, 2026", "2026-06-12",
        "Samstag, 12. Juni 2026", "samedi 12 juin 2026", "sábado, 12 de junio de 2026", "2026年6月12日（土）",
        "Save the date: 12.06.2026",
    ],
    "sizes and colours": [
        "UK 12", "EU 38", "US 8", "Size 10 – Ivory", "Champagne", "Dusty rose", "Salbeigrün", "Bleu poudré",
        "Verde salvia", "Burgundy, Size M", "Chest 40R", "Ring size N½", "Ringgröße 56",
    ],
    "rsvp words": [
        "Attending", "Not attending", "Zusage", "Absage", "2 guests", "Accepted", "Declined", "Maybe",
        "Je serai présent(e)", "Asistiré", "Parteciperò", "Ik kom", "Będę", "Vou comparecer", "出席", "欠席",
    ],
    "menu choices": [
        "Beef Wellington", "Wild mushroom risotto (v)", "Kids' menu – chicken goujons", "Vegan option",
        "Lachsfilet mit Dillsauce", "Magret de canard", "Paella valenciana", "Biryani – veg", "Gluten-free cake tier",
    ],
    "galleries": [
        "Summer weddings 2026", "Engagement sessions – autumn", "Hochzeiten am See", "Mariages en Provence",
        "Bodas en la playa", "Getting ready – details", "First dance", "Confetti exit", "Best of 2025",
    ],
    "news": [
        "Taylor Swift and Travis Kelce wedding: every detail", "Royal wedding of Prince William and Kate Middleton",
        "Jeff Bezos and Lauren Sánchez marry in Venice", "Anant Ambani and Radhika Merchant wedding in Mumbai",
        "Selena Gomez and Benny Blanco's wedding",
    ],
    "help pages": [
        "How do I add a cash fund to my registry?", "How to manage RSVPs", "Wie funktioniert der Hochzeitstisch?",
        "Comment créer une liste de mariage ?", "¿Cómo funciona la lista de bodas?",
        "Shipping & returns for registry gifts", "Invitation wording ideas", "Seating chart tips",
    ],
    "urls": [
        "https://www.zola.com/wedding-planning/registry", "https://www.theknot.com/content/wedding-invitation-wording",
        "https://www.prezola.com/wedding-gift-list-ideas",
        f"{SHOP}/hochzeit/einladungskarten?farbe=eukalyptus&page=2", "https://www.example-photo.fr/galeries/mariages-2026",
        "https://www.paperlesspost.com/cards/category/wedding", "https://www.evite.com/category/birthday",
        "https://www.amazon.com/wedding/home", f"{SHOP}/registry/categories/kitchen",
        "https://photos.example-studio.com/gallery/summer-weddings-2026",
    ],
}

ORDINARY_PLACES: Dict[str, List[str]] = {
    "products": ["product name", "page title", "custom property"],
    "registry categories": ["content category", "product category"],
    "venues": ["custom property", "search string"],
    "packages": ["product name", "content name"],
    "event dates": ["custom property", "page title"],
    "sizes and colours": ["product variant", "custom property"],
    "rsvp words": ["status", "custom property"],
    "menu choices": ["custom property", "contents title"],
    "galleries": ["page title", "content name"],
    "news": ["page title", "search string"],
    "help pages": ["page title", "page name"],
    "urls": ["page url", "referrer"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY_VALUES, ORDINARY_PLACES, put)
