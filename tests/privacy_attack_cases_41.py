"""The forty-first outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") only, without reading the gate's code nor
the earlier attacks' cases: where a shop's catalogue itself carries a shopper's data. Variant and product names made
from a buyer's input (a name on a necklace, a date on a mug, initials on a ring), gift-registry and wishlist names and
URLs, baby registries (a child's name and birth date), coupon and referral codes made from names, phones or mail
addresses, gift card recipients in a product's properties, personalised print files and photo names, made-to-measure
orders (body measurements with the wearer's name), in content ids, content names, categories, URLs, page titles and
custom properties, in the languages Edgee's shops sell in, under each data-minimisation setting. The same fields
holding nothing personal (`Custom Name Necklace - 8 letters max`, `SUMMER10`, `IMG_4521_blue_sneaker.jpg`) must go
out unchanged.

Each family carries markers of its own, made-up names, mailboxes and numbers no other family uses (`Vrendelkamp` on
the personalised products, `Halmstrupp` in the registries and wishlists, `Ondrevik` in the baby registries,
`7700900631` and `jorvel.kass` in the codes, `Tessaloun` on the gift cards, `Kwaspelin` in the print files,
`Brunnelvoss` in the made-to-measure orders), so a leak is found by its marker anywhere in the request; a phone is
found by its digits, folded to ASCII.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_keys
from privacy_attack_cases_36 import TEXT_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]


# Attack 36's leaves and their rotation, the ids beside a value tagged 41 (`ART-41`).
place = partial(place_tagged, tag="41")
rotated = partial(rotated_tagged, tag="41")


# --- where a catalogue's own fields hold the buyer's input: a personalised line item's properties (Shopify's line
# item properties, WooCommerce's product add-ons), by family, English first, then the shops' languages
ITEM_KEYS: Dict[str, List[str]] = {
    "perso": ["personalization", "Personalisierung", "personnalisation", "personalizacion", "personalizzazione",
              "personalizacao", "personalisatie", "personalizacja", "personifiering", "名入れ", "각인", "定制文字"],
    "reg": ["registry_name", "wishlist_name", "Wunschliste", "liste_de_souhaits", "lista_de_deseos",
            "lista_dei_desideri", "lista_de_desejos", "verlanglijst", "lista_zyczen", "onskelista", "ほしい物リスト",
            "위시리스트"],
    "baby": ["baby_registry", "Babyliste", "liste_de_naissance", "lista_de_nacimiento", "lista_nascita",
             "cha_de_bebe", "babylijst", "lista_prezentow_dla_dziecka", "babylista", "出産祝いリスト", "출산선물"],
    "code": ["coupon", "discount_code", "referral_code", "Gutscheincode", "code_promo", "codigo_descuento",
             "codice_sconto", "cupom", "kortingscode", "kod_rabatowy", "rabattkod", "クーポンコード"],
    "gcard": ["giftcard_message", "gift_card_design", "gift_card_recipient", "Gutschein_Empfaenger",
              "carte_cadeau_destinataire", "tarjeta_regalo_destinatario", "buono_regalo_destinatario",
              "vale_presente_destinatario", "cadeaukaart_ontvanger", "karta_podarunkowa_odbiorca",
              "presentkort_mottagare", "ギフトカード宛先"],
    "file": ["upload", "print_file", "photo_upload", "Druckdatei", "fichier_impression", "archivo_impresion",
             "file_stampa", "arquivo_impressao", "printbestand", "plik_do_druku", "tryckfil", "入稿ファイル"],
    "mtm": ["measurements", "Masse", "mesures", "medidas", "misure", "medidas_corpo", "maten", "wymiary", "matt",
            "採寸", "치수", "尺寸"],
}


def item_place(key: str, value: str, listed: bool) -> Tuple[str, Dict[str, Any]]:
    """A personalised line item's property as the shop's tag manager forwards it: a property of a Product Added under
    the field's own key, sent as any custom property is or listed by `meta_custom_data` (the operator asking for that
    very field)."""
    properties = {"product_id": "ART-41", "price": "29", "currency": "EUR", key: value}
    overrides: Dict[str, Any] = {"name": "Product Added", "properties": properties}
    if listed:
        overrides["settings"] = {"meta_custom_data": key}
    return "track", overrides


def in_item_keys(family: str, table: Dict[str, Tuple[str, Any]], start: int = 0) -> Iterator[Case]:
    """Each value of `table` under one of its family's item keys (rotated through), sent as is or listed in turn."""
    keys = ITEM_KEYS[family]
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        key = keys[(start + index) % len(keys)]
        listed = index % 2 == 1
        where = f"listed key {key}" if listed else f"key {key}"
        yield (f"{family} {name} @ {where}", *item_place(key, value, listed), forms)


# --- personalised products and variants (marker: `Vrendelkamp`, `Sorvane`; 鳰沢, 솔겨울)
P_NAME = "Vrendelkamp"
P_GIVEN = "Sorvane"
PERSONALISED: Dict[str, Tuple[str, Any]] = {
    # a full name after a personal label inside a product's or a variant's name
    "EN name label": (f"Custom Name Necklace | Name: {P_GIVEN} {P_NAME}", P_NAME),
    "DE name label": (f"Namenskette mit Gravur, Name: {P_GIVEN} {P_NAME}", P_NAME),
    "FR nom label": (f"Collier prénom personnalisé, Nom : {P_GIVEN} {P_NAME}", P_NAME),
    "ES nombre label": (f"Collar con nombre, Nombre: {P_GIVEN} {P_NAME}", P_NAME),
    "IT nome label": (f"Collana con nome, Nome: {P_GIVEN} {P_NAME}", P_NAME),
    "NL naam label": (f"Naamketting, Naam: {P_GIVEN} {P_NAME}", P_NAME),
    "JA onamae label": ("名入れマグカップ お名前：鳰沢 瑞希", "鳰沢"),
    "KO ireum label": ("각인 머그컵, 이름: 김솔겨울", "솔겨울"),
    # a gift's recipient by its noun and "for", a full name after it
    "EN gift for full name": (f"Personalised mug - Gift for {P_GIVEN} {P_NAME}", P_NAME),
    "DE geschenk fuer full name": (f"Personalisierte Tasse - Geschenk für {P_GIVEN} {P_NAME}", P_NAME),
    # a birth date after a birth label on a mug or a print
    "EN born label": ("Personalised mug: Happy 40th Jo, born 14.07.1984", "14.07.1984"),
    "DE geb label": ("Fotobecher: Alles Gute, Jo, geb. 15.07.1984", "15.07.1984"),
    "FR nee le": ("Mug personnalisé : Jo, née le 16/07/1984", "16/07/1984"),
    # a mailbox or a phone in a personalised item's text
    "EN mail on a tag": ("Dog tag engraved: if lost mail sorvane.vrk@example.com", "sorvane.vrk"),
    "DE phone on a tag": ("Hundemarke Gravur: Bei Fund bitte anrufen 0151 63829174", "15163829174"),
    # a name without a label in the product's name (not claimed)
    "EN name after a dash": (f"Custom Name Necklace - {P_GIVEN} {P_NAME}", P_NAME),
    "EN engraved initials and names": (f"Engraved: S. {P_NAME} + M.K. 12/06/2021", P_NAME),
}

# --- gift registries and wishlists (marker: `Halmstrupp`, `Ysoldine`)
R_NAME = "Halmstrupp"
R_GIVEN = "Ysoldine"
REGISTRIES: Dict[str, Tuple[str, Any]] = {
    # a person's list named by its noun and "of" or "for", a full name after it
    "EN wishlist of": (f"Wishlist of {R_GIVEN} {R_NAME}", R_NAME),
    "DE wunschliste von": (f"Wunschliste von {R_GIVEN} {R_NAME}", R_NAME),
    "FR liste de": (f"Liste de souhaits de {R_GIVEN} {R_NAME}", R_NAME),
    "ES lista de": (f"Lista de deseos de {R_GIVEN} {R_NAME}", R_NAME),
    # a full name before `'s` and a list's word (the README's `… Wishlist`)
    "EN possessive wishlist": (f"{R_GIVEN} {R_NAME}'s Wishlist", R_NAME),
    "EN possessive wishlist title": (f"{R_GIVEN} {R_NAME}'s Wishlist | Demo Shop", R_NAME),
    # a registry shared by its owner's mailbox
    "EN share url mail": (f"https://shop.example.com/wishlist/share/{R_GIVEN.lower()}.hlm@example.com",
                          "ysoldine.hlm"),
    "EN share path mail": (f"/wishlist/share/{R_GIVEN.lower()}.hlm@example.com", "ysoldine.hlm"),
    "EN registry owner mail": (f"Registry owner: {R_GIVEN.lower()}.hlm@example.com", "ysoldine.hlm"),
    # the couple's names after a person's label
    "EN registrant label": (f"Registrant: {R_GIVEN} {R_NAME}", R_NAME),
    "EN couple names label": (f"Bride: {R_GIVEN} {R_NAME}", R_NAME),
    # the couple's names in a registry's slug or title, without a label (not claimed)
    "EN slug names": (f"/registry/{R_NAME.lower()}-jones-wedding-2025", R_NAME.lower()),
    "EN given name possessive": (f"{R_GIVEN}'s Wishlist", R_GIVEN),
    "EN couple title": (f"{R_GIVEN} {R_NAME} & Tom Jones - Wedding Registry", R_NAME),
}

# --- baby registries (marker: `Ondrevik`, `Pelleas`)
B_NAME = "Ondrevik"
B_GIVEN = "Pelleas"
BABY: Dict[str, Tuple[str, Any]] = {
    # a birth date after a birth label
    "EN born on": (f"Baby registry - {B_GIVEN}, born on 3 March 2025", "3 March 2025"),
    "EN date of birth": ("Baby registry - date of birth: 2025-03-04", "2025-03-04"),
    "DE geboren am": ("Babyliste - geboren am 05.03.2025", "05.03.2025"),
    "FR ne le": ("Liste de naissance - né le 6 mars 2025", "6 mars 2025"),
    "IT nato il": ("Lista nascita - nato il 07/03/2025", "07/03/2025"),
    "ES nacido el": ("Lista de nacimiento - nacido el 8 de marzo de 2025", "8 de marzo de 2025"),
    "JA seinengappi": ("出産祝いリスト 生年月日 2025年3月9日", "2025年3月9日"),
    # a child's or a parent's name after a personal label
    "EN baby name label": (f"Baby's name: {B_GIVEN} {B_NAME}", B_NAME),
    "EN mother label": (f"Baby registry, mother: {B_GIVEN} {B_NAME}", B_NAME),
    "DE name des kindes": (f"Name des Kindes: {B_GIVEN} {B_NAME}", B_NAME),
    # a parent's list by its noun and "of" or "for"
    "EN registry for": (f"Baby registry for {B_GIVEN} {B_NAME}", B_NAME),
    # the parents' mailbox to send thanks to
    "EN parent mail": ("Baby shower - RSVP pelleas.ondr@example.org", "pelleas.ondr"),
    # the child's name on a birth announcement, no label (not claimed)
    "EN name and star": (f"Baby {B_GIVEN} {B_NAME} * 10.03.2025", B_NAME),
}

# --- coupon and referral codes (marker: phone `07700 900631`, mailbox `jorvel.kass`)
C_DIGITS = "7700900631"
C_MAIL = "jorvel.kass@example.com"
CODES: Dict[str, Tuple[str, Any]] = {
    # a referral code made of the referrer's dialled phone number
    "EN ref trunk phone": (f"REF-0{C_DIGITS}", C_DIGITS),
    "EN ref plus phone": (f"REF+44{C_DIGITS}", C_DIGITS),
    "EN referral phone spaced": ("Referral: 07700 900631", C_DIGITS),
    "DE empfohlen von phone": ("Empfohlen von: +44 7700 900631", C_DIGITS),
    "FR parrain phone": ("Code parrain : +44 7700 900631", C_DIGITS),
    # a referral code or a coupon made of the referrer's mailbox
    "EN ref mail": (f"REF-{C_MAIL}", "jorvel.kass"),
    "EN coupon mail": (f"Coupon for {C_MAIL}", "jorvel.kass"),
    "EN invite mail url": (f"https://shop.example.com/invite?ref={C_MAIL}", "jorvel.kass"),
    "ES invitado por mail": (f"Invitado por {C_MAIL}", "jorvel.kass"),
    "EN mail slug code": ("jorvel-kass-gmail-com", "jorvel-kass"),
    # a code made of a name (not claimed)
    "EN name code": ("JORVELKASS10", "JORVELKASS"),
}

# --- gift card recipients in a product's properties (marker: `Tessaloun`, `Mirabeth`)
G_NAME = "Tessaloun"
G_GIVEN = "Mirabeth"
GIFT_CARDS: Dict[str, Tuple[str, Any]] = {
    "EN recipient label": (f"Recipient: {G_GIVEN} {G_NAME}", G_NAME),
    "EN recipient name label": (f"Recipient name: {G_GIVEN} {G_NAME}", G_NAME),
    "DE empfaenger": (f"Empfänger: {G_GIVEN} {G_NAME}", G_NAME),
    "FR destinataire": (f"Destinataire : {G_GIVEN} {G_NAME}", G_NAME),
    "PL odbiorca": (f"Odbiorca: {G_GIVEN} {G_NAME}", G_NAME),
    "NL ontvanger": (f"Ontvanger: {G_GIVEN} {G_NAME}", G_NAME),
    "EN recipient mail": ("Recipient email: mirabeth.tsl@example.com", "mirabeth.tsl"),
    "EN send to mail": ("E-gift card, send to mirabeth.tsl@example.com on 24/12", "mirabeth.tsl"),
    "EN recipient phone": ("Send by SMS to +44 7700 900742", "7700900742"),
    "EN dear full name": (f"Gift card €50. Dear {G_GIVEN} {G_NAME}, enjoy!", G_NAME),
    "EN from label": (f"Gift card - From: {G_GIVEN} {G_NAME}", G_NAME),
    "EN gift card for full name": (f"Gift card for {G_GIVEN} {G_NAME}", G_NAME),
    # a name alone (not claimed)
    "EN to from names": (f"To {G_GIVEN} from Sam", G_GIVEN),
}

# --- personalised print files and photo names (marker: `Kwaspelin`, `Eddrun`)
F_NAME = "Kwaspelin"
F_GIVEN = "Eddrun"
FILES: Dict[str, Tuple[str, Any]] = {
    # a file named by its owner's mailbox
    "EN mail file": ("eddrun.kwa@example.com_passport.jpg", "eddrun.kwa"),
    "EN mail dash file": ("eddrun.kwa@example.co.uk-photo.png", "eddrun.kwa"),
    "EN mail slug file": ("portrait-eddrun-kwa-gmail-com.pdf", "eddrun-kwa"),
    "EN mail slug url": ("https://cdn.example.com/uploads/portrait-eddrun-kwa-gmail-com.jpg", "eddrun-kwa"),
    # a file named by a street line
    "EN street file": (f"14_{F_NAME}_Road_Auckland.pdf", F_NAME),
    # a file named by a phone number
    "EN phone file": ("IMG_+447700900853_print.jpg", "7700900853"),
    "DE phone file": ("Foto_0151-73829146_Druck.png", "15173829146"),
    # a person's name after a label in an upload's caption
    "EN caption name label": (f"Photo upload, Name: {F_GIVEN} {F_NAME}", F_NAME),
    "EN uploaded by": (f"Photo book - uploaded by: {F_GIVEN} {F_NAME}", F_NAME),
    # a file named by a name with no label (not claimed)
    "EN name in file": (f"IMG_{F_GIVEN}_{F_NAME}_passport.jpg", F_NAME),
    "EN name in path": (f"/uploads/{F_GIVEN.lower()}-{F_NAME.lower()}-portrait.png", F_NAME.lower()),
}

# --- made-to-measure orders (marker: `Brunnelvoss`, `Lisandre`)
M_NAME = "Brunnelvoss"
M_GIVEN = "Lisandre"
MEASURES: Dict[str, Tuple[str, Any]] = {
    "EN customer label": (f"Customer: {M_GIVEN} {M_NAME}; chest 102 cm, waist 86 cm", M_NAME),
    "EN name label": (f"Name: {M_GIVEN} {M_NAME}, height 178 cm, inseam 81 cm", M_NAME),
    "DE kunde": (f"Kunde: {M_GIVEN} {M_NAME}, Brustumfang 102 cm", M_NAME),
    "FR client": (f"Client : {M_GIVEN} {M_NAME}, tour de poitrine 102 cm", M_NAME),
    "IT cliente": (f"Cliente: {M_GIVEN} {M_NAME}, torace 102 cm", M_NAME),
    "ES cliente": (f"Cliente: {M_GIVEN} {M_NAME}, pecho 102 cm", M_NAME),
    "EN order for opening": (f"Order #48214 for {M_GIVEN} {M_NAME} - made-to-measure suit", M_NAME),
    "EN tailor mail": ("Bespoke shirt, fitting notes to lisandre.brv@example.com", "lisandre.brv"),
    "EN fitting phone": ("Bespoke shirt, fitting call 07700 900964", "7700900964"),
    "EN dob label": ("Made-to-measure, DOB: 1990-11-05, height 178 cm", "1990-11-05"),
    # a name with the measurements and no label (not claimed)
    "EN name and sizes": (f"{M_GIVEN} {M_NAME} - chest 102, waist 86", M_NAME),
}


# --- a second round, each value in two leaves: the same layouts in more of the shops' languages and wrappings
MORE: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "perso": {
        "EN name label in brackets": (f"Custom Necklace (Name: {P_GIVEN} {P_NAME})", P_NAME),
        "EN name label in quotes": (f'Custom Necklace "Name: {P_GIVEN} {P_NAME}"', P_NAME),
        "EN line item properties": (f"Name: {P_GIVEN} {P_NAME}; Font: Script; Colour: Gold", P_NAME),
        "DE name label after semicolon": (f"Font: Script; Name: {P_GIVEN} {P_NAME}", P_NAME),
    },
    "reg": {
        "EN gift list of": (f"Gift list of {R_GIVEN} {R_NAME}", R_NAME),
        "EN wedding registry of": (f"Wedding registry of {R_GIVEN} {R_NAME}", R_NAME),
        "DE hochzeitsliste von": (f"Hochzeitsliste von {R_GIVEN} {R_NAME}", R_NAME),
        "FR liste de mariage de": (f"Liste de mariage de {R_GIVEN} {R_NAME}", R_NAME),
        "IT lista nozze di": (f"Lista nozze di {R_GIVEN} {R_NAME}", R_NAME),
        "ES mesa de regalos de": (f"Mesa de regalos de {R_GIVEN} {R_NAME}", R_NAME),
        "NL verlanglijst van": (f"Verlanglijst van {R_GIVEN} {R_NAME}", R_NAME),
        "PT lista de presentes de": (f"Lista de presentes de {R_GIVEN} {R_NAME}", R_NAME),
    },
    "baby": {
        "DE babyliste fuer": (f"Babyliste für {B_GIVEN} {B_NAME}", B_NAME),
        "FR liste de naissance de": (f"Liste de naissance de {B_GIVEN} {B_NAME}", B_NAME),
        "IT lista nascita di": (f"Lista nascita di {B_GIVEN} {B_NAME}", B_NAME),
    },
    "gcard": {
        "DE gutschein fuer": (f"Geschenkgutschein für {G_GIVEN} {G_NAME}", G_NAME),
        "FR carte cadeau pour": (f"Carte cadeau pour {G_GIVEN} {G_NAME}", G_NAME),
        "ES tarjeta regalo para": (f"Tarjeta regalo para {G_GIVEN} {G_NAME}", G_NAME),
        "IT buono regalo per": (f"Buono regalo per {G_GIVEN} {G_NAME}", G_NAME),
        "NL cadeaubon voor": (f"Cadeaubon voor {G_GIVEN} {G_NAME}", G_NAME),
        "EN gift for full name": (f"Gift for {G_GIVEN} {G_NAME}", G_NAME),
    },
    "mtm": {
        "DE bestellung fuer": (f"Bestellung #48215 für {M_GIVEN} {M_NAME}", M_NAME),
        "FR commande pour": (f"Commande n° 48216 pour {M_GIVEN} {M_NAME}", M_NAME),
    },
}

# --- a third round, each value in two leaves: labels, birth dates and contacts in the rest of the shops' languages
THIRD: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "perso": {
        "PL imie i nazwisko label": (f"Naszyjnik z imieniem, Imię i nazwisko: {P_GIVEN} {P_NAME}", P_NAME),
        "SV namn label": (f"Halsband med namn, Namn: {P_GIVEN} {P_NAME}", P_NAME),
        "PT nome label": (f"Colar com nome, Nome: {P_GIVEN} {P_NAME}", P_NAME),
        "ZH xingming label": ("定制项链，姓名：李鳰蕾", "鳰蕾"),
        "EN name label in square brackets": (f"Custom Necklace [Name: {P_GIVEN} {P_NAME}]", P_NAME),
        "DE name label in brackets": (f"Namenskette (Name: {P_GIVEN} {P_NAME})", P_NAME),
    },
    "reg": {
        "EN owner mail in a query": (f"/wishlist?owner={R_GIVEN.lower()}.hlm%40example.com", "ysoldine.hlm"),
        "EN registry phone": ("Registry contact: +44 7700 900517", "7700900517"),
        "DE wunschliste von mail": (f"Wunschliste von {R_GIVEN.lower()}.hlm@example.com", "ysoldine.hlm"),
    },
    "baby": {
        "PL urodzona": ("Lista prezentów - urodzona 11.03.2025", "11.03.2025"),
        "NL geboren op": ("Babylijst - geboren op 12-03-2025", "12-03-2025"),
        "SV fodd": ("Babylista - född 2025-03-13", "2025-03-13"),
        "PT nascida em": ("Chá de bebê - nascida em 14/03/2025", "14/03/2025"),
        "KO saengnyeonwol": ("출산선물 생년월일 2025.03.15", "2025.03.15"),
        "ZH chusheng riqi": ("宝宝清单 出生日期：2025年3月16日", "2025年3月16日"),
        "EN child name label": (f"Child's name: {B_GIVEN} {B_NAME}", B_NAME),
    },
    "code": {
        "EN plus phone": ("+447700900631", C_DIGITS),
        "EN letters glued to trunk phone": ("REF07700900631", C_DIGITS),
        "EN double zero phone": ("0044-7700-900631", C_DIGITS),
        "FR parrainage mail": (f"Parrainage : {C_MAIL}", "jorvel.kass"),
        "DE gutschein fuer mail": (f"Gutschein für {C_MAIL}", "jorvel.kass"),
    },
    "gcard": {
        "SV mottagare": (f"Mottagare: {G_GIVEN} {G_NAME}", G_NAME),
        "PT destinatario": (f"Destinatário: {G_GIVEN} {G_NAME}", G_NAME),
        "ES destinatario": (f"Destinatario: {G_GIVEN} {G_NAME}", G_NAME),
        "IT destinatario": (f"Destinatario: {G_GIVEN} {G_NAME}", G_NAME),
        "JA atena": ("ギフトカード 宛名：鵜沢 美蘭", "鵜沢"),
    },
    "file": {
        "EN phone in caption": ("Photo print, call me 07700 900875", "7700900875"),
        "DE mail in file": ("Passfoto_eddrun.kwa@example.de.jpg", "eddrun.kwa"),
        "EN mail in upload url": ("https://cdn.example.com/u/eddrun.kwa%40example.com/photo.jpg", "eddrun.kwa"),
    },
    "mtm": {
        "DE name label": (f"Name: {M_GIVEN} {M_NAME}, Körpergröße 178 cm", M_NAME),
        "NL naam label": (f"Naam: {M_GIVEN} {M_NAME}; borstomvang 102 cm", M_NAME),
        "EN customer name label": (f"Customer name: {M_GIVEN} {M_NAME} | chest 102 cm", M_NAME),
        "DE mail": ("Maßhemd, Rückfragen an lisandre.brv@example.de", "lisandre.brv"),
    },
}


TABLES: Dict[str, Dict[str, Tuple[str, Any]]] = {"perso": PERSONALISED, "reg": REGISTRIES, "baby": BABY,
                                                "code": CODES, "gcard": GIFT_CARDS, "file": FILES,
                                                "mtm": MEASURES}


def cases() -> List[Case]:
    found: List[Case] = []
    for offset, (family, table) in enumerate(TABLES.items()):
        found += rotated(family, table, TEXT_PLACES, 3, start=offset * 5)
        found += in_item_keys(family, table, start=offset)
        found += rotated(family, MORE.get(family, {}), TEXT_PLACES, 2, start=offset * 3 + 1)
        found += rotated(family, THIRD[family], TEXT_PLACES, 2, start=offset * 4 + 2)
    return found


# --- ordinary values of the same fields, which must go out unchanged
ORDINARY: Dict[str, List[str]] = {
    "perso": ["Custom Name Necklace - 8 letters max", "Personalised mug - add your text", "Namenskette Silber",
              "Collier prénom personnalisé", "Engraving: up to 12 characters", "Font: Script, Gold foil",
              "名入れマグカップ", "Monogram wallet - 3 initials",
              "Name: up to 10 letters", "Necklace (Name: your text here)", "Engraving for pets"],
    "reg": ["Wedding Registry", "/registry/wedding-gifts", "Wishlist", "Baby & Wedding Registry Guide",
            "Gift Registry - How it works", "Liste de mariage", "Wunschliste teilen", "Lista de bodas",
            "Wishlist (3 items)", "Registry: Wedding", "Wishlist of Dreams Candle"],
    "baby": ["Baby registry checklist", "Babyliste: Erstausstattung", "Liste de naissance - essentiels",
             "Newborn 0-3 months", "Born to Run T-shirt", "Birth announcement cards, set of 20",
             "Baby registry for twins", "Lista nascita di Natale"],
    "code": ["SUMMER10", "WELCOME-2025", "BLACKFRIDAY25", "FREESHIP", "NEWSLETTER15", "REF-SPRING-2025",
             "XMAS2025", "10OFF", "VIP-2025", "SPRING-SALE",
             "REF-0042"],
    "gcard": ["Gift card €50", "E-gift card - delivered by email", "Gutschein 25 €", "Carte cadeau 100 €",
              "Tarjeta regalo", "Recipient: Example Shop",
              "Gift card for Mother's Day", "Gift card for Best Friend", "Carte cadeau pour Noël"],
    "file": ["IMG_4521_blue_sneaker.jpg", "product-42@2x.jpg", "print_A4_300dpi.pdf", "banner_summer_2025.png",
             "logo_final_v3.svg", "DSC_0042.JPG",
             "hero_banner_1920x1080.webp", "photo_book_20x30cm.pdf"],
    "mtm": ["Chest 102 cm, waist 86 cm", "Made-to-measure suit", "Inseam 32 in", "Size guide: EU 42 / US 9.5",
            "Brustumfang 102 cm", "Tour de taille 86 cm",
            "Made-to-measure: chest 102 cm, waist 86 cm"],
}

ORDINARY_PLACES = ["product name", "product variant", "content name", "custom property", "page title"]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value under its family's first item key, and in one of the catalogue's leaves in turn."""
    turn = 0
    for family, values in ORDINARY.items():
        key = ITEM_KEYS[family][0]
        for value in values:
            where = ORDINARY_PLACES[turn % len(ORDINARY_PLACES)]
            yield (f"{family}: {value} @ key {key}", *item_place(key, value, listed=False), value)
            yield (f"{family}: {value} @ {where}", *place(where, value), value)
            turn += 1
    yield from ordinary_keys([keys[1] for keys in ITEM_KEYS.values()] + ["gift_wrap", "engraving_font"])
